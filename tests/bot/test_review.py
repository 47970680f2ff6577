"""The secretariat reviews submissions in the chat; delegates hear the decision in their language."""

from __future__ import annotations

import pytest

from bot import callbacks as cb
from catalogue import notices
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from tests.bot.helpers import entries_of, register, shown, stored, submit_entry
from tests.conftest import SECRETARIAT_ID

SECOND_SECRETARIAT = 902


async def submitted(harness: Harness, user_id: int, lang: str) -> tuple[FakeUser, int]:
    user = harness.user(user_id, language_code=lang)
    await register(user, lang)
    await submit_entry(user, lang)
    return user, entries_of(harness, user_id)[0].id


async def test_approval_puts_the_entry_in_the_catalogue_and_tells_the_submitter(
    harness: Harness,
) -> None:
    ana, entry_id = await submitted(harness, 701, "pt")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    assert shown("en", "review-header", left=1) in sec.last_text()
    assert "Ana Pérez" in sec.last_text()
    await sec.press(label("en", "review-approve"))
    assert sec.last_text() == t("en", "review-done-approve", id=entry_id)
    entry = entries_of(harness, 701)[0]
    assert entry.status == "approved" and entry.published is not None
    assert ana.last_text().startswith("✅")
    assert label("pt", "kind-offer") in ana.last_text()
    await sec.press(label("en", "review-next"))
    assert sec.last_text() == t("en", "review-empty")


async def test_ask_for_changes_then_the_delegate_edits_from_the_message(harness: Harness) -> None:
    bo, entry_id = await submitted(harness, 702, "es")
    sec = harness.user(SECRETARIAT_ID, language_code="fr")
    await sec.send("/review")
    await sec.press(label("fr", "review-changes"))
    assert sec.last_text().startswith(t("fr", "review-ask-changes", id=entry_id))
    await sec.send("Précisez le nombre d'infirmiers formés.")
    assert entries_of(harness, 702)[0].status == "changes_requested"
    assert "Précisez le nombre d'infirmiers formés." in bo.last_text()
    assert bo.last_text().startswith("✏️")
    await bo.press(label("es", "entry-edit"))
    assert "Précisez le nombre d'infirmiers formés." in bo.last_text()  # kept in view
    await bo.press(label("es", "profile-edit-button", field=label("es", "entry-field-description")))
    await bo.send("Formación de 40 enfermeras rurales en telesalud, con tutorías en línea.")
    await bo.press(label("es", "entry-submit"))
    entry = entries_of(harness, 702)[0]
    assert entry.status == "pending" and entry.description.startswith("Formación de 40")
    await sec.send("/review")
    assert "Formación de 40" in sec.last_text()
    changed = shown("fr", "review-changed", fields=label("fr", "entry-field-description"))
    assert changed in sec.last_text()
    owner_line = shown("fr", "profile-line", field=label("fr", "entry-field-owner"), value="")
    assert owner_line.strip() not in sec.last_text()  # the affiliation is said once, above


async def test_rejection_with_a_preset_reason_reaches_the_submitter_in_their_language(
    harness: Harness,
) -> None:
    cy, _entry_id = await submitted(harness, 703, "fr")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    await sec.press(label("en", "review-reject"))
    await sec.press(label("en", "reason-duplicate"))
    assert entries_of(harness, 703)[0].status == "rejected"
    assert label("fr", "reason-duplicate") in cy.last_text()
    await sec.press(label("en", "review-history"))
    history = sec.last_text()
    assert label("en", "action-submit") in history and label("en", "action-reject") in history


@pytest.mark.both_databases
async def test_two_secretariat_members_deciding_at_once_do_not_overwrite(
    harness: Harness,
) -> None:
    _, entry_id = await submitted(harness, 704, "en")
    from catalogue import roles
    from storage.db import transaction

    with transaction(harness.services.sessions) as session:
        roles.grant(session, SECOND_SECRETARIAT, "secretariat", harness.now)
    first = harness.user(SECRETARIAT_ID, language_code="en")
    second = harness.user(SECOND_SECRETARIAT, language_code="es")
    await first.send("/review")
    await second.send("/review")
    await first.press(label("en", "review-approve"))
    await second.press(label("es", "review-reject"))
    await second.send("No corresponde")
    assert second.last_text() == t("es", "review-already-decided", id=entry_id)
    assert entries_of(harness, 704)[0].status == "approved"


async def test_skip_moves_to_the_next_entry_oldest_first(harness: Harness) -> None:
    _, first_id = await submitted(harness, 705, "en")
    dy = harness.user(706, language_code="en")
    await register(dy, "en")
    await submit_entry(dy, "en", title="Second telehealth offer for review")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    assert f"#{first_id}" in sec.last_text()
    await sec.press(label("en", "review-skip"))
    assert "Second telehealth offer for review" in sec.last_text()


@pytest.mark.parametrize("data", ["rv:a:{id}:1", "rv:r:{id}:1", "rv:c:{id}:1", "rv:n", "rv:h:{id}"])
async def test_a_delegate_forging_review_buttons_is_refused(harness: Harness, data: str) -> None:
    ed, entry_id = await submitted(harness, 707, "en")
    await ed.press_data(data.format(id=entry_id))
    answer = ed.last_answer()
    assert answer is not None and answer["text"] == t("en", "error-not-allowed-secretariat")
    assert entries_of(harness, 707)[0].status == "pending"
    assert harness.services.dialogs.active(707) is None


async def test_a_delegate_typing_review_or_export_is_refused(harness: Harness) -> None:
    fi = harness.user(708, language_code="es")
    await register(fi, "es")
    for command in ("/review", "/export"):
        await fi.send(command)
        assert fi.last_text() == t("es", "error-not-allowed-secretariat")


async def test_a_role_revoked_after_the_buttons_were_shown_no_longer_counts(
    harness: Harness,
) -> None:
    _, _entry_id = await submitted(harness, 709, "en")
    from sqlalchemy import delete

    from storage.models import Role

    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    with harness.services.sessions() as session, session.begin():
        session.execute(delete(Role).where(Role.user_id == SECRETARIAT_ID))
    await sec.press(label("en", "review-approve"))
    assert entries_of(harness, 709)[0].status == "pending"


async def test_the_secretariat_marks_a_submitter_verified_and_the_review_shows_it(
    harness: Harness,
) -> None:
    await submitted(harness, 710, "en")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/verify 710")
    await sec.send("/review")
    assert t("en", "profile-verified-yes") in sec.last_text()
    row = stored(harness, 710)
    assert row is not None and row.verified


async def test_export_sends_the_catalogue_as_three_documents(harness: Harness) -> None:
    await submitted(harness, 711, "en")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    await sec.press(label("en", "review-approve"))
    await sec.send("/export")
    docs = [
        m["document"]["file_name"]
        for m in harness.api.bot_messages(SECRETARIAT_ID)
        if "document" in m
    ]
    assert sorted(n.rsplit(".", 1)[1] for n in docs) == ["csv", "jsonl", "xlsx"]
    csv_doc = next(
        m
        for m in harness.api.bot_messages(SECRETARIAT_ID)
        if m.get("document", {}).get("file_name", "").endswith(".csv")
    )
    content = harness.api.files[csv_doc["document"]["file_id"]].content.decode("utf-8-sig")
    assert "Telehealth training for rural clinics" in content


async def test_a_decision_notice_survives_a_crash_before_it_was_sent(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, _ = await submitted(harness, 712, "es")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")

    async def died(keys: list[str]) -> None:  # the process dies right after the commit
        return None

    monkeypatch.setattr(harness.services.deliverer, "run_keys", died)
    await sec.press(label("en", "review-approve"))
    assert "fue aprobada" not in ana.last_text()
    assert entries_of(harness, 712)[0].status == "approved"
    monkeypatch.undo()
    await harness.restart()
    await harness.deliver_outbox()  # the outbox job of the restarted process
    assert "fue aprobada" in ana.last_text()
    await harness.deliver_outbox()
    assert sum(1 for m in ana.messages() if "fue aprobada" in m) == 1


async def test_a_burst_of_submissions_reaches_the_secretariat_as_one_notice_then_one_summary(
    harness: Harness,
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="fr")
    await sec.send("/start")  # the bot learns their language
    heard = len(sec.messages())
    people = []
    for n, uid in enumerate(range(720, 725)):
        lang = ("es", "pt", "en", "fr", "es")[n]
        people.append((harness.user(uid, language_code=lang), lang))
        await register(people[-1][0], lang)
    window = notices.BATCH.total_seconds()
    harness.advance(window - harness.clock().timestamp() % window)  # a window starts
    for person, lang in people:
        await submit_entry(person, lang)
    waiting = [m for m in sec.messages()[heard:] if m.startswith("📥")]
    assert len(waiting) == 1  # the first at once; the others wait for the summary
    harness.advance(6 * 60)
    await harness.deliver_outbox()
    waiting = [m for m in sec.messages()[heard:] if m.startswith("📥")]
    assert len(waiting) == 2
    assert waiting[-1].startswith(shown("fr", "notify-waiting", new=5, edits=0, list="").strip())
    assert label("fr", "review-open") in sec.buttons()


async def test_the_secretariat_is_told_an_edit_apart_from_new_entries(harness: Harness) -> None:
    """An edit of an approved entry is announced as an edit, alone or in the summary, whose
    counts agree in number in each language."""
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/start")
    editor, entry_id = await submitted(harness, 740, "es")
    await sec.send("/review")
    await sec.press(label("en", "review-approve"))
    window = notices.BATCH.total_seconds()
    harness.advance(window - harness.clock().timestamp() % window)  # a window starts
    heard = len(sec.messages())
    await editor.send(f"/open_{entry_id}")
    await editor.press(label("es", "entry-edit"))
    await editor.press(label("es", "entry-submit"))
    title = entries_of(harness, 740)[0].title
    alone = shown("en", "notify-edited-entry", id=entry_id, kind=label("en", "kind-offer"),
                  title=title)  # fmt: skip
    assert [m for m in sec.messages()[heard:] if m.startswith("📥")] == [alone]
    for uid in (741, 742):
        await submitted(harness, uid, "pt")
    harness.advance(6 * 60)
    await harness.deliver_outbox()
    summary = sec.messages()[-1]
    assert summary.startswith("📥 Waiting for review: 2 new entries and 1 edit. The newest:")
    assert f"#{entry_id} {label('en', 'kind-offer')}: {title} ✏️" in summary
    for lang, said in (("fr", "2 nouvelles fiches et 1 modification"),
                       ("es", "1 ficha nueva y 3 modificaciones"),
                       ("pt", "3 alterações")):  # fmt: skip
        new, edits = (2, 1) if lang == "fr" else (1, 3) if lang == "es" else (0, 3)
        assert said in t(lang, "notify-waiting", new=new, edits=edits, list="")


async def test_a_summary_due_after_the_queue_was_emptied_is_not_sent(harness: Harness) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    for uid in (730, 731):
        await submitted(harness, uid, "en")
    await sec.send("/review")
    for _ in range(2):
        await sec.press(label("en", "review-approve"))
        await sec.press(label("en", "review-next"))
    heard = len(sec.messages())
    harness.advance(6 * 60)
    await harness.deliver_outbox()
    assert not [m for m in sec.messages()[heard:] if m.startswith("📥")]


async def test_the_review_history_says_who_and_why_only_when_there_is_one(
    harness: Harness,
) -> None:
    """No "— —" for a step without a reason; a submitter who was forgotten reads as such."""
    ana, entry_id = await submitted(harness, 706, "pt")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    await sec.press(label("en", "review-approve"))
    await ana.send("/forget_me")
    await ana.press(label("pt", "forget-yes"))
    await sec.press_data(cb.REVIEW.data(cb.Review.HISTORY, entry_id))
    lines = sec.last_text().split("\n")[1:]
    assert len(lines) == 2
    assert not any(line.endswith("—") or "— —" in line for line in lines)
    submit = label("en", "action-submit") + " — " + t("en", "entry-anonymous")
    assert lines[0].endswith(submit) and "706" not in lines[0]
    # A Secretariat member with no participant record reads as the role, not a Telegram id.
    assert lines[1].endswith(label("en", "action-approve") + " — " + t("en", "role-secretariat"))
    assert str(SECRETARIAT_ID) not in lines[1]
