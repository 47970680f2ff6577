"""/search, /matches, "I'm interested" and the answers to it, /connections."""

from __future__ import annotations

from bot import callbacks as cb
from bot.dialogs import connect as connect_dialog
from bot.dialogs import search as search_dialog
from bot.dialogs.engine import LINEAR
from bot.dialogs.profile import CAME_FOR, RegistrationDialog
from bot.handlers.common import Turn, handler
from bot.screens import Button
from catalogue import connections as connection_service
from catalogue import countries, delegates, entries, matches, searches
from catalogue.connections import Answer
from presentation.i18n import label, t
from presentation.render import affiliation, entry_card, fit, score_text, why
from storage.rights import Action


@handler(touch_row=True)
async def search(turn: Turn[None]) -> None:
    query = " ".join(turn.args).strip()
    if not query:
        data: dict[str, object] = {}
        await turn.show(
            turn.s.dialogs.start(
                turn.user_id, search_dialog.NAME, turn.lang, data=data, mode=LINEAR
            )
        )
        return
    problem = searches.problem(query)
    if problem:
        await turn.say(t(turn.lang, problem))
        return
    with turn.write() as session:
        text, rows = search_dialog.new_search(session, turn.user_id, turn.lang, query, turn.now())
    await turn.say(text, rows)


@handler(feature=cb.SEARCH)
async def search_button(turn: Turn[cb.Search]) -> None:
    """A page of results (5), a filter's choices, or a filter set: shown in place."""
    assert turn.call is not None
    if turn.call.action is cb.Search.NEW:  # after a search that found nothing
        await turn.done()
        await turn.show(
            turn.s.dialogs.start(turn.user_id, search_dialog.NAME, turn.lang, data={}, mode=LINEAR)
        )
        return
    action, search_id, lang = turn.call.action, turn.call.number(), turn.lang
    with turn.write() as session:
        saved = searches.own(session, turn.user_id, search_id)
        if saved is not None and action in cb.SEARCH_FILTERS:
            value = turn.call.word(1)
            name = cb.SEARCH_FILTERS[action]
            searches.set_filter(
                session, turn.user_id, search_id, name, None if value == "-" else value
            )
        elif saved is not None and action is cb.Search.CLEAR:
            searches.clear_filters(session, turn.user_id, search_id)
        if saved is not None and action is cb.Search.MENU:
            name = turn.call.word(1)
            index = matches.index_of(session)
            counts = index.facets(session, saved.query, saved.filters or {}, name, turn.user_id)
            text, rows = search_dialog.filter_menu(lang, saved, name, counts)
        elif saved is not None:
            found = matches.index_of(session).search(
                session, saved.query, saved.filters, top=50, searcher=turn.user_id
            )
            page = turn.call.number(1) if action is cb.Search.PAGE else 0
            text, rows = search_dialog.results_page(session, lang, saved, found, page)
    if saved is None:
        await turn.stale()
        return
    await turn.answer()
    await turn.replace(text, rows)


def entry_details(turn: Turn[object], entry_id: int) -> tuple[str, list[list[Button]]] | None:
    """An approved entry whole, with "I'm interested" (unless it is the reader's own); None
    if it is not in the catalogue. Search results, matches and published links open this."""
    with turn.read() as session:
        entry = entries.published(session, entry_id)
        if entry is None:
            return None
        owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
        since = entries.listed_since(session, entry.id)
        card = entry_card(
            turn.lang,
            {**(entry.published or {}), "id": entry.id},
            with_status=False,
            owner=owner,
            show_contact=False,
            since=since.date() if since else None,
        )
    if entry.owner_id == turn.user_id:
        return card, []
    button = Button(
        label(turn.lang, "connect-interested"), cb.CATALOGUE.data(cb.Cat.INTERESTED, entry.id)
    )
    return card, [[button]]


@handler(feature=cb.CATALOGUE, touch_row=True)
async def catalogue_button(turn: Turn[cb.Cat]) -> None:
    """A result or a match, whole, with "I'm interested"; or "I'm interested" itself."""
    assert turn.call is not None
    if turn.call.action is cb.Cat.DETAILS:
        shown = entry_details(turn, turn.call.number())
        if shown is None:
            await turn.stale()
            return
        await turn.answer()
        await turn.say(*shown)
        return
    with turn.read() as session:
        entry = entries.published(session, turn.call.number())
    if entry is None:
        await turn.stale()
        return
    await turn.answer()
    if not turn.registered:
        await _register_first(turn, entry.id)
        return
    daily = turn.s.dialogs.setup.connect_daily
    with turn.read() as session:  # refused now, before the message is written, not after
        try:
            connection_service.check(session, turn.user_id, entry.id, turn.now(), daily)
            refused = None
        except connection_service.ConnectionRefused as exc:
            refused = exc.reason
    if refused is not None:
        contact = turn.s.dialogs.setup.secretariat_contact
        await turn.say(connect_dialog.refusal(turn.lang, refused, daily, contact))
        return
    data = {"entry_id": entry.id, "title": str((entry.published or {}).get("title"))}
    await turn.show(
        turn.s.dialogs.start(turn.user_id, connect_dialog.NAME, turn.lang, data=data, mode=LINEAR)
    )


async def _register_first(turn: Turn[object], entry_id: int) -> None:
    """A newcomer taps "I'm interested": registration first (where they are in it, or from
    its start), the entry kept in its row and shown again when it ends."""
    dialogs, lang = turn.s.dialogs, turn.lang
    notice = t(lang, "connect-register-first")
    came_for = {CAME_FOR: entry_id}
    if dialogs.note(turn.user_id, RegistrationDialog.name, came_for):
        screen = dialogs.show(turn.user_id, lang, notice=notice)
    else:
        screen = dialogs.start(turn.user_id, RegistrationDialog.name, lang, came_for, LINEAR)
        screen.text = f"{notice}\n\n{t(lang, 'reg-intro')}\n\n{screen.text}"
    if screen is not None:
        await turn.show(screen)


@handler()
async def my_matches(turn: Turn[None]) -> None:
    lang = turn.lang
    lines = [t(lang, "matches-title")]
    rows: list[list[Button]] = []
    with turn.read() as session:
        found = matches.matches_of(session, turn.user_id, limit=10)
        for pair, own, other in found:
            lines.append(
                t(
                    lang,
                    "matches-line",
                    own=own.id,
                    other=other.id,
                    score=score_text(pair.score),
                    title=str((other.published or {}).get("title")),
                    kind=label(lang, f"kind-{other.kind}"),
                    why=why(lang, matches.reasons_of(pair)) or "—",
                )
            )
            rows.append(
                [
                    Button(f"#{other.id} ℹ️", cb.CATALOGUE.data(cb.Cat.DETAILS, other.id)),
                    Button(
                        label(lang, "connect-interested"),
                        cb.CATALOGUE.data(cb.Cat.INTERESTED, other.id),
                    ),
                    Button(label(lang, "match-dismiss"), cb.MATCH.data(cb.Match.DISMISS, pair.id)),
                ]
            )
            if other.owner_id is not None and other.owner_id != turn.user_id:
                meet = cb.MEET.data(cb.Meet.SLOTS, "pair", pair.id, "30")
                rows.append([Button(label(lang, "meeting-propose-id", id=other.id), meet)])
    if not found:
        await turn.say(t(lang, "matches-empty"))
        return
    await turn.say("\n\n".join(lines), rows)


@handler(feature=cb.MATCH)
async def match_button(turn: Turn[cb.Match]) -> None:
    assert turn.call is not None
    with turn.write() as session:
        done = matches.dismiss(session, turn.user_id, turn.call.number(), turn.now())
    if not done:
        await turn.stale()
        return
    await turn.answer("match-dismissed")
    await turn.drop()


CONNECTION_ANSWERS = {
    cb.Conn.ACCEPT: Answer.ACCEPT,
    cb.Conn.DECLINE: Answer.DECLINE,
    cb.Conn.BLOCK: Answer.BLOCK,
    cb.Conn.REPORT: Answer.REPORT,
}


ANSWERED = {
    "accept": "connect-you-accepted",
    "decline": "connect-you-declined",
    "block": "connect-you-blocked",
    "report": "connect-you-reported",
}


@handler(feature=cb.CONNECTION)
async def connection_button(turn: Turn[cb.Conn]) -> None:
    """The owner accepts (contacts exchanged, by consent), declines, blocks or reports."""
    assert turn.call is not None
    how = CONNECTION_ANSWERS[turn.call.action]
    with turn.write() as session:
        answered = connection_service.answer(
            session, turn.user_id, turn.call.number(), how, turn.now()
        )
    if answered is None:
        await turn.stale()
        return
    await turn.done()
    await turn.say(t(turn.lang, ANSWERED[how]))
    await turn.deliver(answered.told)


@handler(Action.READ_PEOPLE)
async def connections(turn: Turn[None]) -> None:
    """The secretariat's view of every connection: the meeting's partnerships."""
    lang = turn.lang
    lines = [t(lang, "connections-title")]
    with turn.read() as session:
        listed = connection_service.listing(session, limit=40)
    anonymous, kept = t(lang, "entry-anonymous"), t(lang, "connections-catalogue")
    for c in listed:
        # A forgotten delegate reads as anonymous; an imported entry is the secretariat's.
        owner = c.owner or (kept if c.owner_kind == "catalogue" else anonymous)
        lines.append(
            t(
                lang,
                "connections-line",
                id=c.entry_id,
                title=c.title,
                requester=c.requester or anonymous,
                owner=owner,
                status=label(lang, f"connection-{c.status}"),
            )
        )
    if len(lines) == 1:
        lines.append(t(lang, "connections-empty"))
    await turn.say("\n".join(lines))


@handler()
async def country(turn: Turn[None]) -> None:
    """/country NAME: a country's approved offers and needs, by area (any of the four
    languages' names, or the ISO code: "Brasil", "Brésil", "Brazil", "BR")."""
    query = " ".join(turn.args).strip()
    if not query:
        await turn.say(t(turn.lang, "country-usage"))
        return
    hits = countries.find_place(query)
    if not hits:
        await turn.say(t(turn.lang, "reg-country-not-found", query=query[:80]))
        return
    if len(hits) > 1:
        rows = [
            [Button(countries.name(h.code, turn.lang), cb.COUNTRY.data(cb.Country.SHOW, h.code))]
            for h in hits
        ]
        await turn.say(t(turn.lang, "reg-country-pick", query=query[:80]), rows)
        return
    await _show_country(turn, hits[0].code)


@handler(feature=cb.COUNTRY)
async def country_button(turn: Turn[cb.Country]) -> None:
    assert turn.call is not None
    await turn.answer()
    await _show_country(turn, turn.call.word())


async def _show_country(turn: Turn[object], code: str) -> None:
    """The entries of a country's actors and those covering it: an entry from elsewhere
    says whose it is ("· Ministry X, France")."""
    lang = turn.lang
    with turn.read() as session:
        views = []
        for e in entries.of_country(session, code):
            pub = e.published or {}
            foreign = pub.get("owner_country") != code
            owner = delegates.get(session, e.owner_id) if foreign and e.owner_id else None
            source = affiliation(lang, pub, owner) if foreign else None
            views.append((e.id, e.kind, pub.get("area"), str(pub.get("title")), source))
    place = countries.name(code, lang)
    if not views:
        await turn.say(t(lang, "country-empty", country=place))
        return
    lines = [t(lang, "country-title", country=place, count=len(views))]
    area = None
    for entry_id, kind, entry_area, title, source in views:
        if entry_area != area:
            area = entry_area
            lines.append("\n<b>" + label(lang, f"area-{area}") + "</b>")
        kind_name = label(lang, f"kind-{kind}")
        if source is None:
            lines.append(t(lang, "country-line", id=entry_id, kind=kind_name, title=title))
        else:
            lines.append(
                t(lang, "country-line-covering", id=entry_id, kind=kind_name, title=title,
                  source=source)
            )  # fmt: skip
    buttons = [Button(f"#{i} ℹ️", cb.CATALOGUE.data(cb.Cat.DETAILS, i)) for i, *_ in views[:20]]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    await turn.say(fit("\n".join(lines)), rows)
