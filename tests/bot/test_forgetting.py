"""Forgetting forgets: a delegate who took part in everything asks to be forgotten, and no
table of the database holds their name, username, email or phone any more, nor a row of
what was theirs alone (check-ins, console sessions, roles)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from sqlalchemy import MetaData, select

from bot import callbacks as cb
from catalogue import followups, roles, signin
from fakegram.driver import Harness
from presentation.i18n import label, t
from scheduler import broadcasts
from storage.db import transaction
from storage.models import AuditEntry
from tests.bot.helpers import entries_of, register, stored, submit_entry
from tests.conftest import ORGANISER_ID, SECRETARIAT_ID

NAME, USERNAME = "Zacarías Quintero", "zq_delegate"
THIRD = "Agencia Guatemalteca de Cooperación"  # a third party he named
EMAIL, PHONE = "zacarias.quintero@example.org", "+502 5555 0199"


def needles_in_database(harness: Harness) -> list[str]:
    found = []
    engine = harness.services.engine
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)):
                text = json.dumps([str(v) for v in row], ensure_ascii=False)
                for needle in (NAME, USERNAME, EMAIL, PHONE, "Zacarías", "Quintero", THIRD):
                    if needle in text:
                        found.append(f"{table.name}: {needle}")
    return found


# The columns that hold a person's Telegram id, and the tables that may keep it once the
# person is forgotten: their row (their language, to answer them), who did what (the audit,
# the review and partnership histories, read as "an anonymous delegate"), the connections
# they asked for (their message erased), the outbox rows (blanked, pruned later) and the mark
# of the "forget me" press itself (two days, so that a redelivered press does not run again).
ID_COLUMNS = {"user_id", "actor_id", "owner_id", "requester_id", "created_by", "used_by",
              "blocked_id"}  # fmt: skip
KEPT = {"delegates", "audit_log", "review_events", "partnership_events", "connections",
        "deliveries", "handled_updates"}  # fmt: skip


def tables_naming(harness: Harness, user_id: int) -> set[str]:
    """The tables with a row that holds this person's Telegram id."""
    meta = MetaData()
    meta.reflect(harness.services.engine)
    found = set()
    with harness.services.engine.connect() as conn:
        for table in meta.sorted_tables:
            for column in table.columns:
                if (
                    column.name in ID_COLUMNS
                    and conn.execute(select(column).where(column == user_id).limit(1)).first()
                ):
                    found.add(table.name)
    return found


async def test_a_delegate_who_took_part_in_everything_is_forgotten_everywhere(
    harness: Harness,
) -> None:
    zq = harness.user(1401, language_code="es", username=USERNAME)
    other = harness.user(1402, language_code="en", username="other_delegate")
    await register(zq, "es", name=NAME, country="Guatemala")
    await register(other, "en", name="Olga Other")
    await submit_entry(zq, "es", kind="need", title="Telemedicina rural", contact=EMAIL)
    await submit_entry(zq, "es", title="Formación en telesalud", contact=PHONE)
    await submit_entry(other, "en", title="Telemedicine training for rural clinics")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    for _ in range(3):
        await sec.press(label("en", "review-approve"))
        await sec.press(label("en", "review-next"))
    theirs = entries_of(harness, 1402)[0].id
    await zq.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, theirs))  # zq asks…
    await zq.send(f"Call me: {PHONE} or write to {EMAIL}")
    await other.press(label("en", "connect-accept"))  # …and gets Olga's contact and gives theirs
    mine = entries_of(harness, 1401)[0].id
    await other.press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, mine))  # Olga asks zq
    await other.press(label("en", "entry-skip"))
    await zq.press(label("es", "connect-accept"))
    await zq.send("/search telemedicina")
    # Partnerships: a move, a note with his phone, a third party; Olga's note about him, with
    # his first name and his phone.
    await zq.send("/partnerships")
    await zq.press(label("es", "partnership-next", id=1, stage=label("es", "stage-agreed")))
    await zq.press(label("es", "partnership-note", id=1))
    await zq.send(f"{NAME}: llamar al {PHONE}")
    await zq.send("/partnerships")
    await zq.press(label("es", "partnership-third-button", id=2))
    await zq.send(THIRD)
    await zq.press(label("es", "role-facilitator"))
    await other.send("/partnerships")
    await other.press(label("en", "partnership-note", id=2))
    await other.send(f"First call with Zacarías held ({PHONE}); next steps agreed.")
    # Check-ins: asked after a month, one answered, then turned off.
    harness.advance(timedelta(days=31).total_seconds())
    with transaction(harness.services.sessions) as session:
        followups.advance(session, harness.clock(), followups.horizon_after(date(2021, 12, 3)))
    await harness.deliver_outbox()
    await zq.press(label("es", "followup-same", stage=label("es", "stage-talking")))
    await zq.send("/followup off")
    # The console: he is also a secretariat member, and signs in with a link from the chat.
    with transaction(harness.services.sessions) as session:
        roles.grant(session, 1401, "secretariat", harness.clock())
    await zq.send("/web")
    token = re.search(r"/signin/(\S+)", zq.last_text())
    assert token is not None
    with transaction(harness.services.sessions) as session:
        signin.redeem(session, token.group(1), harness.clock())
    with transaction(harness.services.sessions) as session:
        broadcasts.create(
            session,
            ORGANISER_ID,
            broadcasts.Draft(texts={"en": "Hello all"}, language="en"),
            harness.now,
            None,
            15,
        )
    harness.advance(60)
    await harness.deliver_outbox()
    assert needles_in_database(harness)  # the probes find them before
    theirs_alone = {"follow_ups", "follow_up_pauses", "console_links", "console_sessions", "roles"}
    assert theirs_alone <= tables_naming(harness, 1401)

    await zq.send("/forget_me")
    await zq.press(label("es", "forget-yes"))
    assert zq.last_text() == t("es", "forget-done")
    harness.advance(timedelta(days=1).total_seconds())
    await harness.deliver_outbox()
    assert needles_in_database(harness) == []
    assert tables_naming(harness, 1401) <= KEPT


async def test_an_old_or_forged_forget_confirmation_changes_nothing(harness: Harness) -> None:
    ka = harness.user(1403, language_code="fr")
    await register(ka, "fr", name="Karine Arnaud")
    await ka.press_data(cb.FORGET.data(cb.Forget.YES, 123456))  # never offered
    assert ka.last_answer()["text"] == t("fr", "dialog-stale-button")  # type: ignore[index]
    await ka.send("/forget_me")
    old = ka.last_message()
    old_yes = next(
        b["callback_data"]
        for row in old["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == label("fr", "forget-yes")
    )
    await ka.send("/forget_me")  # a second question: the first one's button is void
    await ka.press_data(old_yes, old)
    assert ka.last_answer()["text"] == t("fr", "dialog-stale-button")  # type: ignore[index]
    row = stored(harness, 1403)
    assert row is not None and row.full_name == "Karine Arnaud"


async def test_refused_privileged_attempts_are_in_the_audit_log(harness: Harness) -> None:
    mo = harness.user(1404, language_code="en")
    await register(mo, "en", name="Mo Curious")
    await mo.send("/export")
    await mo.press_data(cb.REVIEW.data(cb.Review.APPROVE, 1, 1))
    with harness.services.sessions() as session:
        refused = (
            session.execute(
                select(AuditEntry.target).where(
                    AuditEntry.action == "refused", AuditEntry.actor_id == 1404
                )
            )
            .scalars()
            .all()
        )
    assert sorted(refused) == ["export", "review_button"]
