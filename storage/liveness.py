"""Which bot processes are running against a database: each one writes a heartbeat in the
`meta` table every BEAT and removes it when it stops. A restore refuses to run while any
heartbeat is fresh (a process killed without stopping is taken as gone after STALE)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from storage.models import Meta

BEAT = timedelta(seconds=30)
STALE = timedelta(seconds=90)
PREFIX = "alive:"


def beat(session: Session, worker: str, now: datetime) -> None:
    key = (PREFIX + worker)[:64]
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=now.isoformat()))
    else:
        row.value = now.isoformat()


def stopped(session: Session, worker: str) -> None:
    session.execute(delete(Meta).where(Meta.key == (PREFIX + worker)[:64]))


def alive(rows: Iterable[tuple[str, str]], now: datetime) -> list[str]:
    """The workers among (key, value) rows whose last heartbeat is recent."""
    found = []
    for key, value in rows:
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            continue
        if now - at < STALE:
            found.append(key.removeprefix(PREFIX))
    return found
