"""/profile, /language and /forget_me."""

from __future__ import annotations

from bot import callbacks as cb
from bot.dialogs.engine import EDIT
from bot.handlers.common import Turn, handler
from bot.handlers.menu import publish_chat_menu
from bot.keyboards import languages
from bot.screens import Button
from catalogue import delegates, roles
from presentation.i18n import label, t
from presentation.render import profile_card

EDITABLE = delegates.PROFILE_FIELDS


def _button_field(field: str) -> str:
    """The field's name on its edit button: "consent" has a short one for a half-width button."""
    return "field-consent-short" if field == "consent" else f"field-{field}"


def _edit_rows(lang: str, actor_kind: str | None) -> list[list[Button]]:
    fields = [f for f in EDITABLE if f != "organisation" or not delegates.is_state(actor_kind)]
    buttons = [
        Button(
            label(lang, "profile-edit-button", field=label(lang, _button_field(f))),
            cb.PROFILE.data(cb.Profile.EDIT, f),
        )
        for f in [*fields, "language"]
    ]
    language = buttons.pop()
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)] + [[language]]


@handler()
async def profile(turn: Turn[None]) -> None:
    text, rows = "", []
    with turn.read() as session:
        row = delegates.get(session, turn.user_id)
        if row is not None and row.registered_at is not None:
            text = (
                profile_card(turn.lang, row, turn.now())
                + "\n\n"
                + t(turn.lang, "profile-edit-hint")
            )
            rows = _edit_rows(turn.lang, row.actor_kind)
    if not text:
        await turn.say(t(turn.lang, "error-not-registered"))
        return
    await turn.say(text, rows)


@handler(feature=cb.PROFILE)
async def profile_button(turn: Turn[cb.Profile]) -> None:
    """An Edit button: open the profile dialog on that one field."""
    assert turn.call is not None
    field = turn.call.word()
    if field == "language":
        await turn.answer()
        await turn.say(t(turn.lang, "language-ask"), languages())
        return
    with turn.read() as session:
        row = delegates.get(session, turn.user_id)
        draft = delegates.profile_data(row) if row and row.registered_at else None
    if draft is None or (field == "organisation" and delegates.is_state(draft.get("actor_kind"))):
        await turn.stale()
        return
    await turn.done()
    await turn.show(
        turn.s.dialogs.start(
            turn.user_id, "profile", turn.lang, data=draft, mode=EDIT, at_step=field
        )
    )


@handler()
async def language(turn: Turn[None]) -> None:
    await turn.say(t(turn.lang, "language-ask"), languages())


@handler(feature=cb.LANGUAGE)
async def language_button(turn: Turn[cb.Language]) -> None:
    assert turn.call is not None
    code = turn.call.word()
    with turn.write() as session:
        delegates.ensure(session, turn.user_id, code, turn.username, turn.now())
        delegates.set_language(session, turn.user_id, code, turn.now())
        user_roles = roles.roles_of(session, turn.user_id)
    await turn.answer()
    await turn.say(t(code, "language-set"))
    if user_roles - {"delegate"}:
        await publish_chat_menu(turn.context.application, turn.user_id, code, user_roles)
    screen = turn.s.dialogs.show(turn.user_id, code)
    if screen is not None:  # ask the open question again, now in the new language
        await turn.show(screen)


@handler()
async def forget_me(turn: Turn[None]) -> None:
    in_dialog = turn.s.dialogs.active(turn.user_id) is not None
    with turn.read() as session:
        row = delegates.get(session, turn.user_id)
        holds_data = row is not None and (
            row.registered_at is not None or row.full_name is not None or in_dialog
        )
    if not holds_data:
        await turn.say(t(turn.lang, "forget-nothing"))
        return
    with turn.write() as session:
        ticket = delegates.forget_ticket(session, turn.user_id)
    rows = [
        [
            Button(label(turn.lang, "forget-yes"), cb.FORGET.data(cb.Forget.YES, ticket)),
            Button(label(turn.lang, "forget-no"), cb.FORGET.data(cb.Forget.NO)),
        ]
    ]
    await turn.say(t(turn.lang, "forget-confirm"), rows)


@handler(feature=cb.FORGET)
async def forget_button(turn: Turn[cb.Forget]) -> None:
    assert turn.call is not None
    if turn.call.action is cb.Forget.NO:
        await turn.done()
        await turn.say(t(turn.lang, "forget-kept"))
        return
    with turn.write() as session:
        ticket = delegates.use_forget_ticket(session, turn.user_id, turn.call.number())
        done = ticket and delegates.forget(session, turn.user_id, turn.now())
    if not ticket:  # an old confirmation, pressed twice, or forged
        await turn.stale()
        return
    await turn.done()
    await turn.say(t(turn.lang, "forget-done" if done else "forget-nothing"))
