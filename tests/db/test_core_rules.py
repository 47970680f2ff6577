"""Rules that both front ends used to copy, now the core's own: an uploaded agenda is judged
from its bytes (size, encoding, shape) by the service, and the follow-up's end is one rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import delegates, followups, roles
from scheduler import agenda_store
from scheduler.agenda import default_text
from storage.db import transaction
from storage.models import Delivery, Meta
from storage.outbox import Kind
from tests.db.people import register

NOW = datetime(2021, 11, 20, tzinfo=UTC)
ORGANISER = 7
MOVED = default_text().replace("start: 2021-12-03 10:00", "start: 2021-12-03 10:30")


@pytest.fixture
def organiser(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(factory) as session:
        delegates.ensure(session, ORGANISER, "fr", None, NOW)
        roles.grant(session, ORGANISER, "organiser", NOW)
    return factory


@pytest.mark.parametrize(
    ("data", "refused"),
    [
        (b"x" * (agenda_store.MAX_FILE_BYTES + 1), "too-big"),
        (b"\xff\xfe\x00not utf-8 \xc3", "not-agenda"),
        (b"just: a mapping\nof: things\n", "not-agenda"),
        (MOVED.replace("start: 2021-12-03 10:30", "start: tomorrow").encode(), "invalid"),
        (default_text().encode(), "nochange"),
    ],
    ids=["too big", "not UTF-8", "not an agenda", "an agenda with a mistake", "the same"],
)
def test_an_agenda_file_that_cannot_apply_is_refused_with_its_reason_and_nothing_kept(
    organiser: sessionmaker[Session], data: bytes, refused: str
) -> None:
    with transaction(organiser) as session:
        preview = agenda_store.stage(session, ORGANISER, data)
    assert preview.refused == refused
    assert preview.change is None or refused == "nochange"
    if refused == "invalid":
        assert preview.problems and not preview.problems[0].not_agenda  # each with its line
    with organiser() as session:
        assert session.execute(select(func.count()).select_from(Meta)).scalar_one() == 0


def test_an_agenda_file_that_changes_something_waits_for_its_uploader(
    organiser: sessionmaker[Session],
) -> None:
    with transaction(organiser) as session:
        preview = agenda_store.stage(session, ORGANISER, "\ufeff".encode() + MOVED.encode())
    assert preview.refused is None and preview.change is not None
    assert [new.id for _, new in preview.change.moved] == ["partnerships"]
    with transaction(organiser) as session:
        applied = agenda_store.apply_staged(session, ORGANISER, True, NOW, 15)
    assert applied not in (None, False)


def test_an_import_changing_five_followed_sessions_tells_each_follower_once(
    organiser: sessionmaker[Session],
) -> None:
    """Every session moves to the next week: one notice per person for the import, listing
    each session they follow, not one per session (231 delegates were sent 1,105)."""
    later = default_text().replace("2021-12-02", "2021-12-09").replace("2021-12-03", "2021-12-10")
    all_sessions, one_session, none = 11, 12, 13
    with transaction(organiser) as session:
        register(session, all_sessions, one_session, none)
        agenda = agenda_store.current(session)
        for uid, follow in ((one_session, "opening"), (none, None)):
            change = agenda_store.PrefsChange.FOLLOW if follow else agenda_store.PrefsChange.TOGGLE
            agenda_store.change_reminders(session, uid, change, follow, agenda, NOW, 15)
        agenda_store.stage(session, ORGANISER, later.encode())
    with transaction(organiser) as session:
        applied = agenda_store.apply_staged(session, ORGANISER, True, NOW, 15)
    assert isinstance(applied, agenda_store.Applied)
    assert applied.told == 2  # people told, one message each
    with organiser() as session:
        rows = session.execute(
            select(Delivery).where(Delivery.kind == Kind.AGENDA_CHANGE).order_by(Delivery.user_id)
        ).scalars()
        told = {row.user_id: [c["session"] for c in row.payload["changes"]] for row in rows}
    assert told == {
        all_sessions: ["opening", "member-states", "observers", "partnerships", "closing"],
        one_session: ["opening"],
    }


def test_check_ins_end_on_the_setting_or_three_years_after_the_meeting() -> None:
    last = date(2021, 12, 3)
    assert followups.horizon(None, last) == followups.horizon_after(last)
    assert followups.horizon(None, last).date() == date(2024, 12, 3)
    until = followups.horizon(date(2027, 6, 30), last)
    assert until.date() == date(2027, 6, 30) and until.tzinfo is UTC and until.hour == 23
