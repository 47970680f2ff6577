"""Dialog rows and redelivery marks: the one write path of `dialog_states` and `handled_updates`.

The dialog engine (bot.dialogs.engine) steps dialogs over a `DialogStore`: each user action
is one unit of work, in which the engine reads the user's row, changes it, writes it back
and marks the Telegram update handled, all committed together or not at all. Two stores:
`SqlDialogStore` (SQLAlchemy, one transaction a unit, through storage.db.transaction) for
the bot, and `MemoryDialogStore` for testing the engine without a database.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from storage.db import transaction
from storage.models import DialogState, HandledUpdate


@dataclass
class DialogRow:
    """Where a user stands in a dialog, as plain data (the engine never sees ORM rows)."""

    user_id: int
    dialog: str = ""
    step: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    token: int = 0
    updated_at: datetime | None = None


class DialogUnit(Protocol):
    """One user action's unit of work."""

    # For steps that look something up and for a dialog's finish, which stores its result
    # in this same unit (None in the memory store).
    session: Session | None

    def read(self) -> DialogRow | None:
        """The user's row (locked against a concurrent unit of the same user)."""
        ...

    def save(self, row: DialogRow) -> None: ...

    def delete(self) -> None: ...

    def mark(self, update_id: int, reply: dict[str, Any] | None, now: datetime) -> bool:
        """Record the update as handled, with the answer it got; False if it already was."""
        ...


class DialogStore(Protocol):
    def unit(self, user_id: int) -> Any:
        """A context manager yielding a `DialogUnit`, committed when it exits normally."""
        ...

    def active(self, user_id: int) -> str | None:
        """The name of the user's open dialog."""
        ...

    def stored_reply(self, update_id: int) -> dict[str, Any] | None:
        """The answer a handled update got, kept to send again if Telegram redelivers it."""
        ...


_STATES = cast(Table, DialogState.__table__)
_HANDLED = cast(Table, HandledUpdate.__table__)
_COLUMNS = ("dialog", "step", "data", "token", "updated_at")
# Built once: a dialog step runs on nearly every update, and building a statement (its
# clauses and cache key) costs more CPU than running it; the ORM's identity map and flush
# cost more again (measured: 2.5 ms of CPU a typed answer through the ORM, against about
# 1 ms with these). Values come as parameters; "uid" because "user_id" is a column.
_WHERE_USER = _STATES.c.user_id == bindparam("uid")
_READ = select(*(_STATES.c[c] for c in _COLUMNS)).where(_WHERE_USER).with_for_update()
_INSERT = insert(_STATES)
_UPDATE = update(_STATES).where(_WHERE_USER)
_DELETE = delete(_STATES).where(_WHERE_USER)
_MARK = {
    dialect: upsert(_HANDLED)
    .on_conflict_do_nothing(index_elements=["update_id"])
    .returning(_HANDLED.c.update_id)
    for dialect, upsert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
_RECORD = {
    dialect: upsert(_HANDLED)
    .values(kind="update")
    .on_conflict_do_nothing(index_elements=["update_id"])
    for dialect, upsert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
_KIND = select(_HANDLED.c.kind).where(_HANDLED.c.update_id == bindparam("update_id"))


class _SqlUnit:
    def __init__(self, session: Session, user_id: int) -> None:
        self.session: Session | None = session
        self._conn = session.connection()
        self.user_id = user_id
        self._stored: tuple[Any, ...] | None = None  # the row as read (None: there was none)

    def read(self) -> DialogRow | None:
        # FOR UPDATE serialises two processes handling the same user on PostgreSQL (with
        # bot.ordering's advisory lock); SQLite's BEGIN IMMEDIATE already does.
        found = self._conn.execute(_READ, {"uid": self.user_id}).first()
        if found is None:
            return None
        self._stored = tuple(found)
        dialog, step, data, token, updated_at = found
        return DialogRow(self.user_id, dialog, step, copy.deepcopy(data), token, updated_at)

    def save(self, row: DialogRow) -> None:
        values = {
            "dialog": row.dialog,
            "step": row.step,
            "data": row.data,
            "token": row.token,
            "updated_at": row.updated_at,
        }
        if self._stored is None:
            self._conn.execute(_INSERT, {"user_id": self.user_id, **values})
        elif tuple(values.values()) != self._stored:  # unchanged (a stale press): no write
            self._conn.execute(_UPDATE, {"uid": self.user_id, **values})
        self._stored = tuple(values.values())

    def delete(self) -> None:
        if self._stored is not None:
            self._conn.execute(_DELETE, {"uid": self.user_id})
            self._stored = None

    def mark(self, update_id: int, reply: dict[str, Any] | None, now: datetime) -> bool:
        statement = _MARK[self._conn.dialect.name]
        values = {"update_id": update_id, "user_id": self.user_id, "handled_at": now}
        return self._conn.execute(statement, {**values, "reply": reply}).first() is not None


class SqlDialogStore:
    """Dialog rows in the database: a unit is one transaction (storage.db.transaction)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    @contextmanager
    def unit(self, user_id: int) -> Iterator[_SqlUnit]:
        with transaction(self.sessions) as session:
            yield _SqlUnit(session, user_id)

    def active(self, user_id: int) -> str | None:
        with self.sessions() as session:
            state = session.get(DialogState, user_id)
            return state.dialog if state is not None else None

    def stored_reply(self, update_id: int) -> dict[str, Any] | None:
        with self.sessions() as session:
            handled = session.get(HandledUpdate, update_id)
            return handled.reply if handled is not None else None


class _MemoryUnit:
    session: Session | None = None

    def __init__(self, store: MemoryDialogStore, user_id: int) -> None:
        self.user_id = user_id
        self.rows = dict(store.rows)
        self.marks = dict(store.marks)

    def read(self) -> DialogRow | None:
        found = self.rows.get(self.user_id)
        return copy.deepcopy(found)

    def save(self, row: DialogRow) -> None:
        self.rows[self.user_id] = copy.deepcopy(row)

    def delete(self) -> None:
        self.rows.pop(self.user_id, None)

    def mark(self, update_id: int, reply: dict[str, Any] | None, now: datetime) -> bool:
        if update_id in self.marks:
            return False
        self.marks[update_id] = reply
        return True


class MemoryDialogStore:
    """The same contract in memory: a unit's changes apply only if it ends without error."""

    def __init__(self) -> None:
        self.rows: dict[int, DialogRow] = {}
        self.marks: dict[int, dict[str, Any] | None] = {}

    @contextmanager
    def unit(self, user_id: int) -> Iterator[_MemoryUnit]:
        unit = _MemoryUnit(self, user_id)
        yield unit
        self.rows, self.marks = unit.rows, unit.marks

    def active(self, user_id: int) -> str | None:
        row = self.rows.get(user_id)
        return row.dialog if row is not None else None

    def stored_reply(self, update_id: int) -> dict[str, Any] | None:
        return self.marks.get(update_id)


HANDLED_KEPT = timedelta(days=2)  # Telegram gives up redelivering an update long before that


def prune_handled(session: Session, now: datetime) -> int:
    """Forget redelivery marks older than HANDLED_KEPT (their updates can no longer come)."""
    gone = session.execute(
        delete(HandledUpdate).where(HandledUpdate.handled_at < now - HANDLED_KEPT)
    )
    return int(gone.rowcount)  # type: ignore[attr-defined]


class Seen(Enum):
    NEW = "new"  # not handled yet: handle it
    DIALOG = "dialog"  # a dialog step handled it: the engine sends its stored reply again
    DONE = "done"  # handled and answered already (a replay): nothing to do


def seen(conn: Connection, update_id: int) -> Seen:
    """Whether this update was handled before (checked under the user's lock)."""
    kind = conn.execute(_KIND, {"update_id": update_id}).scalar()
    return Seen.NEW if kind is None else Seen.DIALOG if kind == "dialog" else Seen.DONE


def record(conn: Connection, update_id: int, user_id: int, now: datetime) -> None:
    """An update handled and answered: a replay of it is ignored. Recorded after the
    handling, not before: a process killed halfway leaves no mark, and Telegram's next
    delivery is handled in full (a dialog step has its own mark, in its transaction)."""
    values = {"update_id": update_id, "user_id": user_id, "handled_at": now, "reply": None}
    conn.execute(_RECORD[conn.dialect.name], values)


def forget_user(session: Session, user_id: int) -> None:
    """The replies kept for redelivery hold what the bot told this person (their card)."""
    session.execute(delete(HandledUpdate).where(HandledUpdate.user_id == user_id))
