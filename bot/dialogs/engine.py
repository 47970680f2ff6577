"""A small declarative dialog engine whose state is a database row.

Why not python-telegram-bot's ConversationHandler: it keeps states in process
memory (persistence writes them back every 60 s at best and loads them once at
start), so it cannot be the source of truth when the bot restarts mid-dialog or
when several processes serve one bot. Here every step loads the user's row,
applies the answer and saves the row in one unit of work (a transaction of the
`storage.dialog_rows` store), committed before the bot answers. A dialog is a
list of steps; each step says whether it is needed (given the answers so far),
whether it is answered, what to ask, and how to read an answer. The engine
does ordering, Back, Cancel, paging of long button lists and stale-button
detection. It never imports telegram or SQL: it returns a `Screen` that the bot
layer renders, and can be tested on `MemoryDialogStore`.

Size (over 400 lines): the dialog model and its stepping (Back, Cancel, paging, stale
buttons, redelivery) are one state machine; its parts are only meaningful together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy.orm import Session

from bot.screens import Button
from bot.settings import Settings
from presentation.i18n import label, t
from storage import ids
from storage.dialog_rows import DialogRow, DialogStore, DialogUnit


@dataclass
class Handling:
    """The Telegram update being handled (set by bot.ordering), for redelivery checks."""

    update_id: int
    marked: bool = False
    answer_lost: bool = False  # Telegram refused our answer for good: ask it to send again


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


_DEFAULTS = Settings.model_fields  # a Setup made without settings has the settings' defaults


@dataclass
class Setup:
    """What the dialogs read of the deployment (wired once, in bot/app.py)."""

    meeting_timezone: str = _DEFAULTS["meeting_timezone"].default
    agenda_file: str | None = None
    reminder_lead: int = _DEFAULTS["reminder_lead_minutes"].default  # minutes before a session
    connect_daily: int = _DEFAULTS["connect_daily_cap"].default  # "I'm interested" a day
    agenda_loader: Callable[[], Any] | None = None  # the current agenda (scheduler.Agenda)
    secretariat_contact: str | None = None  # where to write when the bot cannot help
    meeting_link_template: str = _DEFAULTS["meeting_link_template"].default  # video rooms

    def agenda(self) -> Any | None:
        return self.agenda_loader() if self.agenda_loader is not None else None


@dataclass
class StepContext:
    lang: str
    user_id: int
    data: dict[str, Any]
    now: datetime
    setup: Setup = field(default_factory=Setup)
    # The step's transaction, for steps that look something up (a duplicate title).
    session: Session | None = None


@dataclass
class Finished:
    """What `Dialog.finish` returns: the answer, and the outbox keys of the notices its
    service queued for others (delivered right after the commit)."""

    text: str
    told: list[str] = field(default_factory=list)
    rows: list[list[Button]] = field(default_factory=list)
    broadcast: int | None = None  # a broadcast just made: its message shows the progress
    came_for: int | None = None  # registration done: the entry the newcomer's link named


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
    outbox_keys: list[str] = field(default_factory=list)  # notices to deliver after commit
    broadcast: int | None = None  # the message that shows this broadcast's progress
    came_for: int | None = None  # an entry to show again after this screen
    # The same question again after a toggle or a page turn: shown in place of the message
    # that was pressed rather than as a new one.
    same_step: bool = False


LINEAR = "linear"
EDIT = "edit"


@dataclass
class _Work:
    """The user's row in one unit of work, and whether the unit ends their dialog."""

    unit: DialogUnit
    row: DialogRow | None
    deleted: bool = False

    @property
    def session(self) -> Session:
        # The memory store has no session: dialogs tested on it store nothing of their own.
        return cast(Session, self.unit.session)


class DialogEngine:
    """Runs dialogs over a DialogStore; one unit of work (one transaction) per user action."""

    def __init__(
        self,
        dialogs: Sequence[Dialog],
        store: DialogStore,
        clock: Callable[[], datetime],
        setup: Setup | None = None,
    ) -> None:
        self.dialogs = {d.name: d for d in dialogs}
        self.store = store
        self.clock = clock
        self.setup = setup or Setup()

    # -- public API -------------------------------------------------------

    def active(self, user_id: int) -> str | None:
        """The name of the user's open dialog, if any."""
        return self.store.active(user_id)

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

        def work(w: _Work) -> Screen:
            d = self.dialogs[dialog]
            draft = dict(data or {})
            draft["_mode"] = mode
            draft["_history"] = []
            ctx = self._ctx(lang, user_id, draft, w.unit.session)
            first = at_step or self._next(d, draft, None)
            if first is None:  # nothing to ask
                w.deleted = True
                return self._finish(d, w, ctx)
            if w.row is None:
                w.row = DialogRow(user_id=user_id)
            w.row.dialog, w.row.step, w.row.data = dialog, first, draft
            return self._advance_token_and_render(w.row, ctx, None)

        return self._unit(user_id, work)

    def show(self, user_id: int, lang: str, notice: str | None = None) -> Screen | None:
        """Ask the current question again (after /start, a language change, a restart).

        Not marked handled: it answers a redelivered update too."""

        def work(w: _Work) -> Screen | None:
            row = w.row
            if row is None or row.dialog not in self.dialogs:
                return None
            ctx = self._ctx(lang, user_id, dict(row.data), w.unit.session)
            return self._advance_token_and_render(row, ctx, notice)

        return self._unit(user_id, work, mark=False)

    def note(self, user_id: int, dialog: str, values: dict[str, Any]) -> bool:
        """Keep facts in the user's open `dialog` without answering its question (the entry
        a newcomer came for, shown again when registration ends); False if it is not open."""

        def work(w: _Work) -> bool:
            if w.row is None or w.row.dialog != dialog:
                return False
            w.row.data = {**w.row.data, **values}
            return True

        return self._unit(user_id, work, mark=False)

    def cancel(self, user_id: int) -> str | None:
        """Drop the user's open dialog; returns its name, or None if there was none."""

        def work(w: _Work) -> str | None:
            if w.row is None:
                return None
            w.deleted = True
            return w.row.dialog

        return self._unit(user_id, work)

    def on_text(
        self, user_id: int, lang: str, text: str, html_text: str | None = None
    ) -> Screen | None:
        """A typed answer to the current question; None when no dialog is open.

        A dialog that reads Telegram HTML (`reads_html`, the broadcast) gets `html_text`."""

        def work(w: _Work) -> Screen | None:
            row = w.row
            if row is None or row.dialog not in self.dialogs:
                return None
            d = self.dialogs[row.dialog]
            html = getattr(d, "reads_html", False) and html_text is not None
            answer = html_text if html and html_text is not None else text
            step = self._step(d, row.step)
            ctx = self._ctx(lang, user_id, dict(row.data), w.unit.session)
            prompt = step.prompt(ctx)
            if not prompt.free_text:
                return self._render(row, ctx, t(lang, "dialog-expect-button"), keep_token=True)
            return self._apply(w, row, d, step, ctx, step.on_text(ctx, answer))

        return self._unit(user_id, work)

    def on_button(self, user_id: int, lang: str, callback_data: str) -> Screen:
        """A pressed button. Old or forged data is answered and changes nothing."""
        parsed = parse_callback(callback_data)

        def work(w: _Work) -> Screen:
            row = w.row
            if parsed is None or row is None or row.dialog not in self.dialogs:
                return Screen(text=t(lang, "dialog-stale-button"), stale=True)
            token, action, value = parsed
            if token != row.token:
                return Screen(text=t(lang, "dialog-stale-button"), stale=True)
            d = self.dialogs[row.dialog]
            step = self._step(d, row.step)
            ctx = self._ctx(lang, user_id, dict(row.data), w.unit.session)
            if action == "x":
                w.deleted = True
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
                page = ids.parse(value)
                if page is None:
                    return Screen(text=t(lang, "dialog-stale-button"), stale=True)
                ctx.data["_page"] = page
                row.data = ctx.data
                screen = self._advance_token_and_render(row, ctx, None)
                screen.same_step = True
                return screen
            if action == "v":
                allowed = self._current_options(step, ctx)
                if value not in {o.value for o in allowed}:
                    return Screen(text=t(lang, "dialog-stale-button"), stale=True)
                return self._apply(w, row, d, step, ctx, step.on_choice(ctx, value))
            return Screen(text=t(lang, "dialog-stale-button"), stale=True)

        return self._unit(user_id, work)

    def stored_reply(self, update_id: int) -> Screen | None:
        """The answer a redelivered update got the first time, if it had one."""
        reply = self.store.stored_reply(update_id)
        if not reply:
            return None
        rows = [[Button(label, data) for label, data in r] for r in reply["rows"]]
        return Screen(text=reply["text"], rows=rows)

    # -- internals --------------------------------------------------------

    def _unit(self, user_id: int, work: Callable[[_Work], T], mark: bool = True) -> T:
        """One user action: read the row, change it, write it back and mark the Telegram
        update handled, committed together. An update marked before (Telegram sent it
        again after a crash) raises Redelivered: nothing is applied twice."""
        with self.store.unit(user_id) as unit:
            w = _Work(unit, unit.read())
            result = work(w)
            if w.deleted:
                unit.delete()
            elif w.row is not None:
                unit.save(w.row)
            handling = CURRENT_UPDATE.get()
            if mark and handling is not None and not handling.marked:
                if not unit.mark(handling.update_id, _stored_reply(result), self.clock()):
                    raise Redelivered(handling.update_id)
                handling.marked = True
            return result

    def _ctx(
        self, lang: str, user_id: int, data: dict[str, Any], session: Session | None = None
    ) -> StepContext:
        return StepContext(
            lang=lang,
            user_id=user_id,
            data=data,
            now=self.clock(),
            setup=self.setup,
            session=session,
        )

    @staticmethod
    def _finish(d: Dialog, w: _Work, ctx: StepContext) -> Screen:
        """The dialog's result, stored in the step's unit of work."""
        return _finished(d.finish(w.session, ctx))

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
        w: _Work,
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
            screen = self._advance_token_and_render(row, ctx, outcome.notice)
            screen.same_step = True
            return screen
        if outcome.goto is not None:
            nxt: str | None = outcome.goto
        else:
            nxt = self._next(d, ctx.data, step.name)
        if nxt is None:
            w.deleted = True
            return self._finish(d, w, ctx)
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


def _stored_reply(result: object) -> dict[str, Any] | None:
    """The answer kept with the mark, sent again if Telegram delivers the update again."""
    if not isinstance(result, Screen) or result.stale:
        return None
    return {"text": result.text, "rows": [[[b.label, b.data] for b in r] for r in result.rows]}


def _finished(result: str | Finished) -> Screen:
    """The closing screen, with the keys of the notices committed with it."""
    if isinstance(result, Finished):
        return Screen(
            result.text,
            result.rows,
            done=True,
            outbox_keys=result.told,
            broadcast=result.broadcast,
            came_for=result.came_for,
        )
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
    token = ids.parse(parts[1]) if len(parts) == 4 else None
    if token is None or parts[0] != CALLBACK_PREFIX:
        return None
    if parts[2] not in ("v", "<", "x", "p"):
        return None
    return token, parts[2], parts[3]
