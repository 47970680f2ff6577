"""A small declarative dialog engine whose state is a database row.

Why not python-telegram-bot's ConversationHandler: it keeps states in process
memory (persistence writes them back every 60 s at best and loads them once at
start), so it cannot be the source of truth when the bot restarts mid-dialog or
when several processes serve one bot. Here every step loads the user's row,
applies the answer and saves the row in one transaction, committed before the
bot answers. A dialog is a list of steps; each step says whether it is needed
(given the answers so far), whether it is answered, what to ask, and how to
read an answer. The engine does ordering, Back, Cancel, paging of long button
lists and stale-button detection. It never imports telegram: it returns a
`Screen` that the bot layer renders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar, cast

import psycopg
from psycopg.types.json import Json
from sqlalchemy import Connection, Engine, Table, bindparam, delete, exists, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.postgresql import psycopg as pg_psycopg
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from bot.i18n import label, t
from bot.notices import enqueue
from bot.screens import Button, Notice
from storage.db import WRITE_OPTION, HeldConnections, forget_read_ahead
from storage.models import DialogState, HandledUpdate, utc_for_db, utc_from_db


@dataclass
class Handling:
    """The Telegram update being handled (set by bot.ordering), for redelivery checks."""

    update_id: int
    marked: bool = False
    answer_lost: bool = False  # Telegram refused our answer for good: ask it to send again
    locked: bool = False  # this user's PostgreSQL advisory lock is held (bot.ordering)


T = TypeVar("T")
CURRENT_UPDATE: ContextVar[Handling | None] = ContextVar("cidi_update", default=None)


class AnswerLost(Exception):
    """The update was handled but its answer never reached Telegram. In webhook mode the
    request is answered 503, so Telegram sends the update again and gets the stored answer."""


class Redelivered(Exception):
    """Telegram sent again an update whose dialog change is already committed: the
    process that handled it died before answering. Nothing is applied twice; the error
    handler shows the current question again instead."""


PAGE_SIZE = 12
CALLBACK_PREFIX = "d"
MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True)
class Option:
    """A closed choice: `value` travels in callback data, `label` is shown."""

    value: str
    label: str


@dataclass
class Prompt:
    text: str
    options: Sequence[Option] = ()
    columns: int = 2
    free_text: bool = True


@dataclass
class Accepted:
    """The answer is taken. `stay` asks the same step again (a multi-choice toggle);
    `goto` jumps to a named step (an Edit button on a summary)."""

    updates: dict[str, Any]
    stay: bool = False
    goto: str | None = None
    notice: str | None = None


@dataclass
class Rejected:
    """The answer changes nothing; `message` says why, `options` may narrow the choice."""

    message: str
    options: Sequence[Option] | None = None


Outcome = Accepted | Rejected


@dataclass
class StepContext:
    lang: str
    user_id: int
    data: dict[str, Any]
    now: datetime
    extras: dict[str, Any] = field(default_factory=dict)
    # The step's transaction, for steps that look something up (a duplicate title).
    session: Session | None = None


@dataclass
class Finished:
    """What `Dialog.finish` returns: the answer, and messages for others."""

    text: str
    notices: list[Notice] = field(default_factory=list)
    rows: list[list[Button]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


class Step(Protocol):
    name: str

    def needed(self, data: dict[str, Any]) -> bool: ...
    def answered(self, data: dict[str, Any]) -> bool: ...
    def prompt(self, ctx: StepContext) -> Prompt: ...
    def on_text(self, ctx: StepContext, text: str) -> Outcome: ...
    def on_choice(self, ctx: StepContext, value: str) -> Outcome: ...


class Dialog(Protocol):
    name: str
    steps: Sequence[Step]

    def finish(self, session: Session, ctx: StepContext) -> str | Finished:
        """Store the result (same transaction as the last step) and say so."""
        ...


@dataclass
class Screen:
    """What to show: a notice (error or confirmation) and the current question."""

    text: str
    rows: list[list[Button]] = field(default_factory=list)
    done: bool = False
    stale: bool = False
    notices: list[Notice] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


LINEAR = "linear"
EDIT = "edit"

_STATES = cast(Table, DialogState.__table__)
_HANDLED = cast(Table, HandledUpdate.__table__)
_ROW_KEY = "cidi_dialog_row"  # Session.info key: the user's dialog row in this unit

# Built once: these run on every dialog step, and building a statement (clauses, its cache
# key) costs more CPU than executing it (measured: 1.07 ms a step built each time, 0.58 ms
# prebuilt, on PostgreSQL). Values come as parameters; "uid" because "user_id" is a column.
_WHERE_USER = _STATES.c.user_id == bindparam("uid")
_ACTIVE = select(_STATES.c.dialog).where(_WHERE_USER)
_READ_ROW = select(
    _STATES.c.dialog, _STATES.c.step, _STATES.c.data, _STATES.c.token, _STATES.c.updated_at
).where(_WHERE_USER)
_READ_ROW_LOCKED = _READ_ROW.with_for_update()
_INSERT_ROW = insert(_STATES)
_UPDATE_ROW = update(_STATES).where(_WHERE_USER)
_DELETE_ROW = delete(_STATES).where(_WHERE_USER)
_MARK = {
    dialect: upsert(_HANDLED)
    .on_conflict_do_nothing(index_elements=["update_id"])
    .returning(_HANDLED.c.update_id)
    for dialect, upsert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
_FAST = "cidi_fast"  # Session.info key: the connection of a unit run without a transaction
_COLUMNS = ("dialog", "step", "data", "token", "updated_at")


def _marked_writes() -> dict[str, Any]:
    """PostgreSQL: the redelivery mark and the row's write in one statement, per kind of
    write. The row is written only if the mark is new (`EXISTS` on the mark's CTE); the
    statement returns the mark, so "seen before" still reads as no row."""
    mark = (
        pg_insert(_HANDLED)
        .values(
            update_id=bindparam("m_update_id"),
            user_id=bindparam("m_user_id"),
            handled_at=bindparam("m_handled_at", type_=_HANDLED.c.handled_at.type),
            reply=bindparam("m_reply", type_=_HANDLED.c.reply.type),
        )
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_HANDLED.c.update_id)
        .cte("mark")
    )
    fresh = exists(select(mark.c.update_id))
    values = {c: bindparam(f"v_{c}", type_=_STATES.c[c].type) for c in _COLUMNS}
    uid = bindparam("uid", type_=_STATES.c.user_id.type)
    writes: dict[str, Any] = {
        "update": update(_STATES).where(_WHERE_USER, fresh).values(**values),
        "delete": delete(_STATES).where(_WHERE_USER, fresh),
        "insert": insert(_STATES).from_select(
            ["user_id", *_COLUMNS], select(uid, *values.values()).where(fresh)
        ),
    }
    out: dict[str, Any] = {
        kind: select(mark.c.update_id).add_cte(write.cte(f"w_{kind}"))
        for kind, write in writes.items()
    }
    out["none"] = select(mark.c.update_id)
    return out


_MARKED_WRITE = _marked_writes()


def _driver_sql(statement: Any) -> str:
    """The statement as psycopg runs it, compiled once (see `_on_driver`)."""
    return str(statement.compile(dialect=pg_psycopg.dialect()))


_READ_ROW_SQL = _driver_sql(_READ_ROW)
_MARKED_WRITE_SQL = {kind: _driver_sql(stmt) for kind, stmt in _MARKED_WRITE.items()}


def _on_driver(conn: Connection, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | None:
    """One statement straight on psycopg, for the two a dialog step runs on PostgreSQL.

    Why not through SQLAlchemy: a step runs on nearly every update, and SQLAlchemy's
    execution of these two statements cost more CPU than psycopg's (about 0.5 ms an update
    under the load bench). The types SQLAlchemy would apply are applied by the callers
    (JSON wrapped, datetimes in UTC). A connection the server dropped is marked invalid,
    as SQLAlchemy would, so that the next update takes a fresh one."""
    driver: Any = conn.connection.dbapi_connection
    try:
        found: tuple[Any, ...] | None = driver.execute(sql, params).fetchone()
    except psycopg.Error:
        if driver.broken:
            conn.invalidate()
        raise
    return found


class _StaleConnection(Exception):
    """The held connection was found dropped by the server (a restart) at a fast unit's
    first statement, before anything was written: the unit runs again on a fresh one."""


class _NeedsTransaction(Exception):
    """A unit begun without a transaction reached a step that stores more than the dialog
    row (a dialog's finish): it is run again, from the start, in a transaction."""


@dataclass
class DialogRow:
    """A user's dialog_states row as plain data.

    Why not the ORM entity: a dialog step runs on every message a delegate types, and the
    ORM's identity map and unit of work cost more CPU than the step itself. The row is read
    FOR UPDATE and written back (insert, update or delete) with single Core statements when
    the unit ends."""

    user_id: int
    dialog: str = ""
    step: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    token: int = 0
    updated_at: datetime | None = None
    stored: tuple[Any, ...] | None = None  # the values as read; None for a new row
    deleted: bool = False

    def columns(self) -> dict[str, Any]:
        """What is stored besides the key, in the order `_lock` reads it."""
        return {
            "dialog": self.dialog,
            "step": self.step,
            "data": self.data,
            "token": self.token,
            "updated_at": self.updated_at,
        }


class DialogEngine:
    """Runs dialogs against the database; one transaction per user action."""

    def __init__(
        self,
        dialogs: Sequence[Dialog],
        session_factory: sessionmaker[Session],
        clock: Callable[[], datetime],
        extras: dict[str, Any] | None = None,
        held: HeldConnections | None = None,
    ) -> None:
        self.dialogs = {d.name: d for d in dialogs}
        self._held = held
        self.session_factory = session_factory
        self._bind: Engine = session_factory.kw["bind"]
        self._autocommit = self._bind.execution_options(isolation_level="AUTOCOMMIT")
        self.clock = clock
        self.extras = extras or {}

    # -- public API -------------------------------------------------------

    def active(self, user_id: int) -> str | None:
        """The name of the user's open dialog, if any."""
        with self._bind.connect() as conn:
            name = conn.execute(_ACTIVE, {"uid": user_id}).scalar()
            return str(name) if name is not None else None

    def start(
        self,
        user_id: int,
        dialog: str,
        lang: str,
        data: dict[str, Any] | None = None,
        mode: str = LINEAR,
        at_step: str | None = None,
    ) -> Screen:
        """Open `dialog` (replacing any open one) and ask its first question."""

        def work(session: Session) -> Screen:
            row = self._lock(session, user_id)
            d = self.dialogs[dialog]
            draft = dict(data or {})
            draft["_mode"] = mode
            draft["_history"] = []
            ctx = self._ctx(lang, user_id, draft, session)
            first = at_step or self._next(d, draft, None)
            if first is None:  # nothing to ask
                if row is not None:
                    row.deleted = True
                return self._finish(d, session, ctx)
            if row is None:
                row = session.info[_ROW_KEY] = DialogRow(user_id=user_id)
            row.dialog, row.step, row.data = dialog, first, draft
            return self._advance_token_and_render(row, ctx, None)

        return self._unit(user_id, work)

    def show(self, user_id: int, lang: str, notice: str | None = None) -> Screen | None:
        """Ask the current question again (after /start, a language change, a restart).

        Not a `_unit`: it answers a redelivered update too, which must not be marked again."""
        with self._transaction() as session:
            row = self._lock(session, user_id)
            if row is None or row.dialog not in self.dialogs:
                return None
            ctx = self._ctx(lang, user_id, dict(row.data), session)
            screen = self._advance_token_and_render(row, ctx, notice)
            self._save(session)
            return screen

    def cancel(self, user_id: int) -> str | None:
        """Drop the user's open dialog; returns its name, or None if there was none."""

        def work(session: Session) -> str | None:
            row = self._lock(session, user_id)
            if row is None:
                return None
            name = row.dialog
            row.deleted = True
            return name

        return self._unit(user_id, work)

    def on_text(
        self, user_id: int, lang: str, text: str, html_text: str | None = None
    ) -> Screen | None:
        """A typed answer to the current question; None when no dialog is open.

        A dialog that reads Telegram HTML (`reads_html`, the broadcast) gets `html_text`."""

        def work(session: Session) -> Screen | None:
            row = self._lock(session, user_id)
            if row is None or row.dialog not in self.dialogs:
                return None
            d = self.dialogs[row.dialog]
            html = getattr(d, "reads_html", False) and html_text is not None
            answer = html_text if html and html_text is not None else text
            step = self._step(d, row.step)
            ctx = self._ctx(lang, user_id, dict(row.data), session)
            prompt = step.prompt(ctx)
            if not prompt.free_text:
                return self._render(row, ctx, t(lang, "dialog-expect-button"), keep_token=True)
            return self._apply(session, row, d, step, ctx, step.on_text(ctx, answer))

        return self._unit(user_id, work)

    def on_button(self, user_id: int, lang: str, callback_data: str) -> Screen:
        """A pressed button. Old or forged data is answered and changes nothing."""
        parsed = parse_callback(callback_data)

        def work(session: Session) -> Screen:
            row = self._lock(session, user_id)
            if parsed is None or row is None or row.dialog not in self.dialogs:
                return Screen(text=t(lang, "dialog-stale-button"), stale=True)
            token, action, value = parsed
            if token != row.token:
                return Screen(text=t(lang, "dialog-stale-button"), stale=True)
            d = self.dialogs[row.dialog]
            step = self._step(d, row.step)
            ctx = self._ctx(lang, user_id, dict(row.data), session)
            if action == "x":
                row.deleted = True
                return Screen(text=t(lang, "dialog-cancelled"), done=True)
            if action == "<":
                history = list(ctx.data.get("_history", []))
                if not history:
                    return self._render(row, ctx, None, keep_token=True)
                row.step = history.pop()
                ctx.data["_history"] = history
                ctx.data.pop("_narrow", None)
                row.data = ctx.data
                return self._advance_token_and_render(row, ctx, None)
            if action == "p":
                if not value.isdigit():
                    return Screen(text=t(lang, "dialog-stale-button"), stale=True)
                ctx.data["_page"] = int(value)
                row.data = ctx.data
                return self._advance_token_and_render(row, ctx, None)
            if action == "v":
                allowed = self._current_options(step, ctx)
                if value not in {o.value for o in allowed}:
                    return Screen(text=t(lang, "dialog-stale-button"), stale=True)
                return self._apply(session, row, d, step, ctx, step.on_choice(ctx, value))
            return Screen(text=t(lang, "dialog-stale-button"), stale=True)

        return self._unit(user_id, work)

    # -- internals --------------------------------------------------------

    def _ctx(
        self, lang: str, user_id: int, data: dict[str, Any], session: Session | None = None
    ) -> StepContext:
        return StepContext(
            lang=lang,
            user_id=user_id,
            data=data,
            now=self.clock(),
            extras=self.extras,
            session=session,
        )

    @staticmethod
    def _lock(session: Session, user_id: int) -> DialogRow | None:
        """The user's row, locked: FOR UPDATE serialises two processes handling the same
        user's updates on PostgreSQL; SQLite's BEGIN IMMEDIATE already does."""
        conn: Connection | None = session.info.get(_FAST)
        if conn is not None:  # see _fast_unit: no FOR UPDATE, no SQLAlchemy
            try:
                found: Any = _on_driver(conn, _READ_ROW_SQL, {"uid": user_id})
            except psycopg.Error as exc:
                if conn.invalidated:  # nothing written yet: the unit may run again
                    raise _StaleConnection from exc
                raise
        else:
            found = session.connection().execute(_READ_ROW_LOCKED, {"uid": user_id}).first()
        row = None
        if found is not None:
            dialog, step, data, token, updated_at = found
            updated_at = utc_from_db(updated_at)  # as UTCDateTime reads it
            found = (dialog, step, data, token, updated_at)
            row = DialogRow(user_id, dialog, step, data, token, updated_at, stored=tuple(found))
        session.info[_ROW_KEY] = row
        return row

    @staticmethod
    def _save(session: Session) -> None:
        """Write the unit's row back: one statement, or none when nothing changed."""
        row: DialogRow | None = session.info.pop(_ROW_KEY, None)
        if row is not None:
            DialogEngine._save_row(session.connection(), row)

    @staticmethod
    def _save_row(conn: Connection, row: DialogRow) -> None:
        kind = _write_kind(row)
        if kind == "delete":
            conn.execute(_DELETE_ROW, {"uid": row.user_id})
        elif kind == "insert":
            conn.execute(_INSERT_ROW, {"user_id": row.user_id, **row.columns()})
        elif kind == "update":
            conn.execute(_UPDATE_ROW, {"uid": row.user_id, **row.columns()})

    @staticmethod
    def _finish(d: Dialog, session: Session, ctx: StepContext) -> Screen:
        """The dialog's result, stored in the step's transaction (never in a fast unit)."""
        if session.info.get(_FAST):
            raise _NeedsTransaction
        return _finished(d.finish(session, ctx), session, ctx.now)

    def _unit(self, user_id: int, work: Callable[[Session], T]) -> T:
        """One dialog change in one transaction, with the update marked handled in it."""
        forget_read_ahead()  # a finish may change the delegate's row
        handling = CURRENT_UPDATE.get()
        if handling is not None and handling.locked and self._bind.dialect.name == "postgresql":
            try:
                try:
                    return self._fast_unit(user_id, work, handling)
                except _StaleConnection:
                    return self._fast_unit(user_id, work, handling)  # on a fresh connection
            except _NeedsTransaction:
                pass
        with self._transaction() as session:
            result = work(session)
            self._save(session)
            self._mark(session, user_id, result)
            return result

    def _fast_unit(self, user_id: int, work: Callable[[Session], T], handling: Handling) -> T:
        """A dialog step in two round trips instead of five (BEGIN, read, write, mark, COMMIT).

        Only under the user's PostgreSQL advisory lock (bot.ordering), which already
        serialises everything that touches this user's dialog row (their own updates, in
        any process): the row is read without FOR UPDATE, outside a transaction, and written
        back together with the redelivery mark in one statement, which PostgreSQL applies
        all or nothing. A step that would store more than the row (a finish) raises
        `_NeedsTransaction` before it writes anything and runs again in `_transaction`."""
        with self._autocommit_connection() as conn:
            session = self.session_factory(bind=conn)
            session.info[_FAST] = conn
            try:
                result = work(session)
                if session.new or session.dirty or session.deleted:  # nothing may write here
                    raise _NeedsTransaction
                row: DialogRow | None = session.info.pop(_ROW_KEY, None)
            finally:
                session.close()
            kind = _write_kind(row)
            if handling.marked:  # a second unit in the same update: the row alone
                if row is not None and kind != "none":
                    self._save_row(conn, row)
                return result
            params: dict[str, Any] = {}
            if row is not None and kind != "none":
                params["uid"] = row.user_id
                params.update({f"v_{k}": v for k, v in row.columns().items()})
                params["v_data"] = Json(row.data)
                params["v_updated_at"] = utc_for_db(row.updated_at)
            reply = _stored_reply(result)
            params.update(
                m_update_id=handling.update_id,
                m_user_id=user_id,
                m_handled_at=utc_for_db(self.clock()),
                m_reply=None if reply is None else Json(reply),
            )
            if _on_driver(conn, _MARKED_WRITE_SQL[kind], params) is None:
                raise Redelivered(handling.update_id)
            handling.marked = True
            return result

    @contextmanager
    def _autocommit_connection(self) -> Iterator[Connection]:
        """The connection held for this thread where there is one (wired on PostgreSQL,
        see storage.db.HeldConnections), else one from the pool."""
        if self._held is None:
            with self._autocommit.connect() as conn:
                yield conn
        else:
            yield self._held.get()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """A write transaction begun on a connection, with a session joined to it.

        The same as `storage.db.transaction`, for less CPU on every step: the session's own
        begin and commit bookkeeping is skipped. The session (for steps that look something
        up and for `finish`) joins the connection's transaction and is flushed before the
        commit."""
        with self._bind.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})  # SQLite: BEGIN IMMEDIATE
            with conn.begin():
                session = self.session_factory(bind=conn)
                try:
                    yield session
                    session.flush()
                finally:
                    session.close()

    def _mark(self, session: Session, user_id: int, result: object) -> None:
        """Record the update and the answer it got, in the transaction that made the change.

        Seen before, it raises Redelivered: the transaction (this second, repeated change) is
        rolled back and the stored answer is sent again."""
        handling = CURRENT_UPDATE.get()
        if handling is None or handling.marked:
            return
        reply = _stored_reply(result)
        conn = session.connection()
        fresh = conn.execute(  # one round trip: "new, so marked" or "seen before"
            _MARK[conn.dialect.name],
            {
                "update_id": handling.update_id,
                "user_id": user_id,
                "handled_at": self.clock(),
                "reply": reply,
            },
        ).first()
        if fresh is None:
            raise Redelivered(handling.update_id)
        handling.marked = True

    def stored_reply(self, update_id: int) -> Screen | None:
        """The answer a redelivered update got the first time, if it had one."""
        with self.session_factory() as session:
            row = session.get(HandledUpdate, update_id)
            if row is None or not row.reply:
                return None
            rows = [[Button(label, data) for label, data in r] for r in row.reply["rows"]]
            return Screen(text=row.reply["text"], rows=rows)

    @staticmethod
    def _step(d: Dialog, name: str) -> Step:
        for s in d.steps:
            if s.name == name:
                return s
        raise KeyError(name)

    @staticmethod
    def _next(d: Dialog, data: dict[str, Any], current: str | None) -> str | None:
        names = [s.name for s in d.steps]
        if data.get("_mode") == EDIT:
            for s in d.steps:
                if s.needed(data) and not s.answered(data):
                    return s.name
            return None
        start = names.index(current) + 1 if current in names else 0
        for s in d.steps[start:]:
            if s.needed(data):
                return s.name
        return None

    def _current_options(self, step: Step, ctx: StepContext) -> Sequence[Option]:
        narrow = ctx.data.get("_narrow")
        if narrow:
            return [Option(v, lbl) for v, lbl in narrow]
        return step.prompt(ctx).options

    def _apply(
        self,
        session: Session,
        row: DialogRow,
        d: Dialog,
        step: Step,
        ctx: StepContext,
        outcome: Outcome,
    ) -> Screen:
        if isinstance(outcome, Rejected):
            if outcome.options is not None:
                ctx.data["_narrow"] = [[o.value, o.label] for o in outcome.options]
                row.data = ctx.data
                return self._advance_token_and_render(row, ctx, outcome.message)
            return self._render(row, ctx, outcome.message, keep_token=True)
        ctx.data.update(outcome.updates)
        ctx.data.pop("_narrow", None)
        if not outcome.stay:
            ctx.data.pop("_page", None)
        if outcome.stay:
            row.data = ctx.data
            return self._advance_token_and_render(row, ctx, outcome.notice)
        if outcome.goto is not None:
            nxt: str | None = outcome.goto
        else:
            nxt = self._next(d, ctx.data, step.name)
        if nxt is None:
            row.deleted = True
            return self._finish(d, session, ctx)
        ctx.data["_history"] = [*ctx.data.get("_history", []), step.name]
        row.step = nxt
        row.data = ctx.data
        return self._advance_token_and_render(row, ctx, outcome.notice)

    def _advance_token_and_render(
        self, row: DialogRow, ctx: StepContext, notice: str | None
    ) -> Screen:
        row.token = (row.token or 0) % 999_999 + 1
        row.updated_at = ctx.now
        return self._render(row, ctx, notice, keep_token=False)

    def _render(
        self, row: DialogRow, ctx: StepContext, notice: str | None, keep_token: bool
    ) -> Screen:
        d = self.dialogs[row.dialog]
        step = self._step(d, row.step)
        prompt = step.prompt(ctx)
        lang = ctx.lang
        options = list(self._current_options(step, ctx))
        rows: list[list[Button]] = []
        page = int(ctx.data.get("_page", 0))
        pages = max(1, -(-len(options) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        shown = options[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        columns = 1 if ctx.data.get("_narrow") else max(1, prompt.columns)
        for i in range(0, len(shown), columns):
            rows.append(
                [Button(o.label, callback(row.token, "v", o.value)) for o in shown[i : i + columns]]
            )
        if pages > 1:
            nav = []
            if page > 0:
                nav.append(
                    Button(label(lang, "dialog-previous"), callback(row.token, "p", str(page - 1)))
                )
            nav.append(Button(f"{page + 1}/{pages}", callback(row.token, "p", str(page))))
            if page < pages - 1:
                nav.append(
                    Button(label(lang, "dialog-next"), callback(row.token, "p", str(page + 1)))
                )
            rows.append(nav)
        controls = []
        if ctx.data.get("_history"):
            controls.append(Button(label(lang, "dialog-back"), callback(row.token, "<")))
        controls.append(Button(label(lang, "dialog-cancel"), callback(row.token, "x")))
        rows.append(controls)
        text = prompt.text if notice is None else f"{notice}\n\n{prompt.text}"
        return Screen(text=text, rows=rows)


def _write_kind(row: DialogRow | None) -> str:
    """What writing the row back takes: insert, update, delete or none."""
    if row is None:
        return "none"
    if row.deleted:
        return "delete" if row.stored is not None else "none"
    if row.stored is None:
        return "insert"
    return "update" if tuple(row.columns().values()) != row.stored else "none"


def _stored_reply(result: object) -> dict[str, Any] | None:
    """The answer kept with the mark, sent again if Telegram delivers the update again."""
    if not isinstance(result, Screen) or result.stale:
        return None
    return {"text": result.text, "rows": [[[b.label, b.data] for b in r] for r in result.rows]}


def _finished(result: str | Finished, session: Session, now: datetime) -> Screen:
    """The closing screen; notices for others go into the outbox in this same transaction."""
    if isinstance(result, Finished):
        meta = dict(result.meta)
        if result.notices:
            meta["outbox_keys"] = enqueue(session, result.notices, now)
        return Screen(text=result.text, rows=result.rows, done=True, meta=meta)
    return Screen(text=result, done=True)


def callback(token: int, action: str, value: str = "") -> str:
    """Callback data for a dialog button: ``d:<token>:<action>:<value>`` (≤ 64 bytes)."""
    data = f"{CALLBACK_PREFIX}:{token}:{action}:{value}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data too long for Telegram: {data!r}")
    return data


def parse_callback(data: str) -> tuple[int, str, str] | None:
    """The (token, action, value) of dialog callback data, or None if malformed."""
    parts = data.split(":", 3)
    if len(parts) != 4 or parts[0] != CALLBACK_PREFIX or not parts[1].isdigit():
        return None
    if parts[2] not in ("v", "<", "x", "p"):
        return None
    return int(parts[1]), parts[2], parts[3]
