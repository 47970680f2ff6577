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
from datetime import datetime
from typing import Any, Protocol

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


_MARK: dict[str, Any] = {"postgresql": pg_insert, "sqlite": sqlite_insert}


class _SqlUnit:
    def __init__(self, session: Session, user_id: int) -> None:
        self.session: Session | None = session
        self._session = session
        self.user_id = user_id
        self._state: DialogState | None = None

    def read(self) -> DialogRow | None:
        # FOR UPDATE serialises two processes handling the same user on PostgreSQL (with
        # bot.ordering's advisory lock); SQLite's BEGIN IMMEDIATE already does.
        self._state = self._session.get(DialogState, self.user_id, with_for_update=True)
        s = self._state
        if s is None:
            return None
        return DialogRow(s.user_id, s.dialog, s.step, copy.deepcopy(s.data), s.token, s.updated_at)

    def save(self, row: DialogRow) -> None:
        if self._state is None:
            self._state = DialogState(user_id=self.user_id)
            self._session.add(self._state)
        s = self._state
        s.dialog, s.step, s.token = row.dialog, row.step, row.token
        if row.updated_at is not None:  # the engine sets it at every step that changes the row
            s.updated_at = row.updated_at
        if s.data != row.data:
            s.data = copy.deepcopy(row.data)

    def delete(self) -> None:
        if self._state is not None:
            self._session.delete(self._state)
            self._state = None

    def mark(self, update_id: int, reply: dict[str, Any] | None, now: datetime) -> bool:
        insert = _MARK[self._session.get_bind().dialect.name]
        statement = (
            insert(HandledUpdate)
            .values(update_id=update_id, user_id=self.user_id, handled_at=now, reply=reply)
            .on_conflict_do_nothing(index_elements=["update_id"])
            .returning(HandledUpdate.update_id)
        )
        return self._session.execute(statement).first() is not None


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
