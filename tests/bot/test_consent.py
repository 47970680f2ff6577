"""Consent holds everywhere a person can be named: an owner who chose "only through the
secretariat" is named to no other delegate — not in the partnership list, its history, the
notices of its moves and notes, the check-ins, the connection notices —, nor in an export,
the published catalogue or the report; their affiliation stands for them. The secretariat
still reads their name (its views are for brokering)."""

from __future__ import annotations

import json
from datetime import date

from bot import callbacks as cb
from catalogue import followups, io, report
from fakegram.driver import FakeUser, Harness
from presentation import publish as published_document
from presentation.i18n import label
from scheduler import agenda_store
from storage.db import transaction
from tests.bot.helpers import approve_pending, entries_of, register, submit_entry

OWNER, POSITION = "Paulo Souza", "Coordenador de cooperação internacional"
ASKER = "Marie Joseph"
HORIZON = followups.horizon_after(date(2021, 12, 3))


async def connected(harness: Harness, owner_consent: str, asker_consent: str
                    ) -> tuple[FakeUser, FakeUser]:  # fmt: skip
    """Paulo offers telehealth; Marie is interested; Paulo accepts."""
    paulo = harness.user(1201, language_code="pt", username="paulo")
    await register(paulo, "pt", name=OWNER, position=POSITION, consent=owner_consent,
                   organisation=None)  # fmt: skip
    await submit_entry(paulo, "pt", title="Cooperação técnica em telessaúde")
    await approve_pending(harness)
    marie = harness.user(1202, language_code="fr", username="marie")
    await register(marie, "fr", name=ASKER, country="Haïti", consent=asker_consent)
    await marie.press_data(cb.CATALOGUE.data(cb.Cat.DETAILS, entries_of(harness, 1201)[0].id))
    await marie.press(label("fr", "connect-interested"))
    await marie.press(label("fr", "entry-skip"))
    await paulo.press(label("pt", "connect-accept"))
    return paulo, marie


def said(person: FakeUser) -> str:
    return "\n".join(person.messages())


async def test_an_owner_who_chose_the_secretariat_is_named_to_no_partner_and_in_no_output(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness, owner_consent="secretariat", asker_consent="direct")
    assert ASKER in said(paulo)  # Marie agreed to share her details: Paulo learns her name
    # the partnership, its moves and notes, as Marie reads them
    await marie.send("/partnerships")
    assert "Brésil" in marie.last_text()  # his affiliation stands for him
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-next", id=1, stage=label("pt", "stage-agreed")))
    await paulo.send("/partnerships")
    await paulo.press(label("pt", "partnership-note", id=1))
    await paulo.send("Primeira reunião técnica marcada para janeiro.")
    await marie.send("/partnerships")
    # the check-ins, 30 days on
    for _ in range(31):
        harness.advance(86400)
        with transaction(harness.services.sessions) as session:
            followups.advance(session, harness.clock(), HORIZON)
        await harness.deliver_outbox()
    assert len(marie.messages()) > 6
    assert OWNER not in said(marie) and "Paulo" not in said(marie)
    assert POSITION not in said(marie) and "paulo" not in said(marie)
    # what leaves the bot: exports, the published catalogue, the report
    with harness.services.sessions() as session:
        rows = io.export_rows(session, "all")
        mine = next(r for r in rows if r["title"] == "Cooperação técnica em telessaúde")
        assert mine["submitted_by"] is None and mine["submitter_position"] is None
        agenda = agenda_store.current(session, None)
        document = published_document.gather(session, harness.clock(), agenda, "en")
        figures = report.figures(session, harness.clock())
    html = published_document.render(document, "html", "cidi_bot").decode()
    for text in (json.dumps(rows, ensure_ascii=False), html, json.dumps(figures, default=str)):
        assert OWNER not in text and POSITION not in text


async def test_a_requester_who_chose_the_secretariat_is_not_named_to_the_owner(
    harness: Harness,
) -> None:
    paulo, marie = await connected(harness, owner_consent="direct", asker_consent="secretariat")
    await paulo.send("/partnerships")
    await marie.send("/partnerships")
    await marie.press(label("fr", "partnership-next", id=1, stage=label("fr", "stage-agreed")))
    assert ASKER not in said(paulo) and "marie" not in said(paulo)
    assert "Haïti" in said(paulo) or "Haiti" in said(paulo)
    assert OWNER in said(marie)  # Paulo agreed: she learns his name


async def test_an_owner_who_agreed_is_in_the_export_with_the_position(harness: Harness) -> None:
    await connected(harness, owner_consent="direct", asker_consent="direct")
    with harness.services.sessions() as session:
        (row,) = [r for r in io.export_rows(session, "all") if r["kind"] == "offer"]
    assert (row["submitted_by"], row["submitter_position"]) == (OWNER, POSITION)
