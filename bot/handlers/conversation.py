"""/start and the open conversation: the dialog's buttons, typed answers, /cancel."""

from __future__ import annotations

from bot import callbacks as cb
from bot.dialogs.engine import LINEAR, Screen
from bot.dialogs.profile import CAME_FOR, RegistrationDialog
from bot.handlers import catalogue
from bot.handlers.common import Turn, handler
from bot.handlers.matching import entry_details
from bot.handlers.organisers import redeem
from bot.keyboards import languages
from bot.screens import Button
from catalogue import delegates
from presentation import links
from presentation.i18n import label, t
from presentation.render import meeting_dates
from scheduler import agenda_store
from storage import ids

DIALOG = RegistrationDialog.name


def main_menu(lang: str) -> list[list[Button]]:
    return [
        [
            Button(label(lang, "menu-offer"), cb.MENU.data(cb.Menu.OFFER)),
            Button(label(lang, "menu-need"), cb.MENU.data(cb.Menu.NEED)),
            Button(label(lang, "menu-mine"), cb.MENU.data(cb.Menu.MINE)),
        ]
    ]


@handler(touch_row=True)
async def start(turn: Turn[None]) -> None:
    """Welcome; then registration, or where the user left it, or the menu."""
    lang, dialogs = turn.lang, turn.s.dialogs
    payload = (turn.args or [""])[0]
    if payload.startswith(links.INVITATION):  # a one-time invitation link
        await redeem(turn, payload.removeprefix(links.INVITATION))
    published = payload.removeprefix(links.ENTRY)
    came_for = None
    if payload.startswith(links.ENTRY):
        # A link or QR code of the published catalogue: the entry first, then as usual (a
        # newcomer sees it again when registration ends). A number no entry can have is gone.
        number = ids.parse(published)
        shown = entry_details(turn, number) if number is not None else None
        await turn.say(*(shown or (t(lang, "publish-gone"), [])))
        came_for = number if shown else None
    if turn.registered:
        with turn.read() as session:
            row = delegates.get(session, turn.user_id)
            name = row.full_name if row and row.full_name else None
        user = turn.update.effective_user
        name = name or (user.first_name if user else "")
        text = t(lang, "start-welcome-back", name=name) + "\n\n" + t(lang, "menu-registered")
        await turn.say(text, main_menu(lang))
        return
    remembered = {CAME_FOR: came_for} if came_for else {}
    if dialogs.active(turn.user_id) == DIALOG:
        dialogs.note(turn.user_id, DIALOG, remembered)
        screen = dialogs.show(turn.user_id, lang, notice=t(lang, "start-resume"))
        if screen is not None:
            await turn.show(screen)
            return
    with turn.read() as session:  # the meeting as its agenda names it, in the reader's language
        agenda = agenda_store.current(session, turn.s.settings.agenda_file)
    welcome = t(lang, "start-welcome", meeting=agenda.title_in(lang),
                dates=meeting_dates(agenda.days, lang))  # fmt: skip
    await turn.say(welcome, languages())
    screen = dialogs.start(turn.user_id, DIALOG, lang, data=remembered, mode=LINEAR)
    screen.text = t(lang, "reg-intro") + "\n\n" + screen.text
    await turn.show(screen)


@handler()
async def dialog_button(turn: Turn[None]) -> None:
    query = turn.update.callback_query
    data = query.data if query else None
    if catalogue.is_cancel_press(data) and await catalogue.confirm_cancel(turn):
        await turn.answer()
        return
    screen = turn.s.dialogs.on_button(turn.user_id, turn.lang, data or "")
    if screen.stale:
        if query is not None:
            await query.answer(screen.text[:200])
        return
    if screen.same_step:  # a toggle or a page turn: the pressed message changes in place
        await turn.replace(screen.text, screen.rows)
        return
    await turn.done()
    await turn.show(screen)
    await came_for_shown(turn, screen)


async def came_for_shown(turn: Turn[object], screen: Screen) -> None:
    """Registration just ended for a newcomer who came for an entry: that entry again, with
    "I'm interested", where they left it."""
    if screen.came_for is None:
        return
    shown = entry_details(turn, screen.came_for)
    await turn.say(*(shown or (t(turn.lang, "publish-gone"), [])))


@handler(touch_row=True)
async def dialog_text(turn: Turn[None]) -> None:
    """A typed message: an answer to the open dialog, or something we do not expect."""
    message = turn.update.effective_message
    text = (message.text if message else None) or ""
    html_text = message.text_html if message and message.text else None
    screen = turn.s.dialogs.on_text(turn.user_id, turn.lang, text, html_text)
    if screen is not None:
        await turn.show(screen)
        await came_for_shown(turn, screen)
        return
    await turn.say(
        t(turn.lang, "error-not-understood" if turn.registered else "error-not-registered")
    )


@handler(touch_row=True)
async def not_text(turn: Turn[None]) -> None:
    """Stickers, photos, voice, files: say we read text, ask the question again."""
    await ask_again(turn)


async def ask_again(turn: Turn[object]) -> None:
    screen = turn.s.dialogs.show(turn.user_id, turn.lang, notice=t(turn.lang, "dialog-not-text"))
    if screen is not None:
        await turn.show(screen)
        return
    await turn.say(
        t(turn.lang, "error-not-understood" if turn.registered else "error-not-registered")
    )


@handler()
async def cancel(turn: Turn[None]) -> None:
    if await catalogue.confirm_cancel(turn):
        return
    cancelled = turn.s.dialogs.cancel(turn.user_id)
    await turn.say(t(turn.lang, "dialog-cancelled" if cancelled else "dialog-none-open"))
