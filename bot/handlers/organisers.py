"""/broadcast, /broadcasts, /stats, /invite, /roles: organisers and the secretariat.

Every action checks the role when it runs, not when its button was shown.
"""

from __future__ import annotations

from telegram import Update

from bot.chart import area_chart
from bot.dialogs import broadcast as broadcast_dialog
from bot.dialogs.engine import LINEAR
from bot.handlers.common import (
    Context,
    answer_and_drop,
    language_of,
    refused,
    send,
    send_screen,
    services,
)
from bot.handlers.menu import publish_chat_menu
from bot.i18n import label, t
from bot.render import fit
from bot.screens import Button
from bot.telegram_html import HTMLParseError, parse
from catalogue import countries, delegates, stats
from catalogue import roles as role_service
from catalogue.taxonomy import ACTOR_KINDS, LANGUAGE_NAMES
from scheduler import broadcasts
from storage.db import transaction

ORGANISERS = {"organiser", "secretariat"}


async def broadcast(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, *ORGANISERS):
        return
    screen = services(context).dialogs.start(
        user.id, broadcast_dialog.NAME, lang, data={"lang": lang, "texts": {}}, mode=LINEAR
    )
    await send_screen(context, chat.id, screen)


async def broadcasts_list(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, *ORGANISERS):
        return
    lines = [t(lang, "broadcasts-title")]
    rows: list[list[Button]] = []
    with services(context).sessions() as session:
        for b in broadcasts.active(session):
            preview = next(iter((b.texts or {}).values()), "")
            lines.append(
                t(
                    lang,
                    "broadcasts-line",
                    id=b.id,
                    status=label(lang, f"broadcast-status-{b.status}"),
                    when=b.scheduled_at.strftime("%Y-%m-%d %H:%M UTC"),
                    count=b.recipients,
                    preview=_plain(preview)[:60],
                )
            )
            rows.append([Button(label(lang, "broadcast-cancel") + f" #{b.id}", f"bc:x:{b.id}")])
    if not rows:
        lines.append(t(lang, "broadcasts-none"))
    await send(context, chat.id, "\n".join(lines), rows)


def _plain(html_text: str) -> str:
    try:
        return parse(html_text)
    except HTMLParseError:
        return ""


async def broadcast_button(update: Update, context: Context) -> None:
    """bc:x:<id> cancels a broadcast (what is sent stays sent; the rest is dropped)."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    if await refused(update, context, *ORGANISERS):
        return
    raw = (query.data or "").removeprefix("bc:x:")
    if not raw.isdigit():
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    with transaction(s.sessions) as session:
        done = broadcasts.cancel(session, int(raw), s.clock())
        if done:
            delegates.audit(session, s.clock(), user.id, "broadcast_cancel", f"broadcast:{raw}")
    if not done:
        await query.answer(t(lang, "broadcast-cannot-cancel")[:200])
        return
    await answer_and_drop(update)
    await send(context, chat.id, t(lang, "broadcast-cancelled", id=int(raw)))


def stats_text(lang: str, figures: dict[str, object]) -> str:
    d = figures["delegates"]
    e = figures["entries"]
    assert isinstance(d, dict) and isinstance(e, dict)
    lines = [t(lang, "stats-title")]
    lines.append(
        t(
            lang,
            "stats-delegates",
            registered=d["registered"],
            active=d["active"],
            verified=d["verified"],
        )
    )
    kinds = ", ".join(
        f"{label(lang, f'actor-{k}')}: {v}"
        for k, v in sorted(d["by_kind"].items())
        if k in ACTOR_KINDS
    )
    lines.append(t(lang, "stats-by-kind", list=kinds or "—"))
    langs = ", ".join(
        f"{LANGUAGE_NAMES.get(k, k)}: {v}" for k, v in sorted(d["by_language"].items())
    )
    lines.append(t(lang, "stats-by-language", list=langs or "—"))
    top = sorted(d["by_country"].items(), key=lambda kv: -kv[1])[:10]
    places = ", ".join(
        f"{countries.name(k, lang) if countries.is_country(k) else k}: {v}" for k, v in top
    )
    lines.append(t(lang, "stats-by-country", list=places or "—"))
    statuses = ", ".join(
        f"{label(lang, f'status-{k}')}: {v}" for k, v in sorted(e["by_status"].items())
    )
    lines.append(
        t(
            lang,
            "stats-entries",
            offers=e["by_kind"].get("offer", 0),
            needs=e["by_kind"].get("need", 0),
            statuses=statuses or "—",
        )
    )
    for area, counts in sorted(e["approved_by_area"].items()):
        lines.append(
            t(
                lang,
                "stats-area",
                area=label(lang, f"area-{area}"),
                offers=counts["offer"],
                needs=counts["need"],
            )
        )
    connections = figures["connections"]
    assert isinstance(connections, dict)
    lines.append(
        t(
            lang,
            "stats-matches",
            matches=figures["matches"],
            connections=sum(connections.values()),
            accepted=connections.get("accepted", 0),
        )
    )
    deliveries = figures["deliveries"]
    assert isinstance(deliveries, dict)
    lines.append(
        t(
            lang,
            "stats-deliveries",
            reminders=sum(
                v for k, v in deliveries.items() if k.startswith(("reminder:sent", "digest:sent"))
            ),
            broadcasts=deliveries.get("broadcast:sent", 0),
        )
    )
    return fit("\n".join(lines))


async def stats_command(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, *ORGANISERS):
        return
    with services(context).sessions() as session:
        figures = stats.figures(session)
    await send(context, chat.id, stats_text(lang, figures))
    by_area = figures["entries"]["approved_by_area"]
    png = area_chart(lang, by_area)
    await context.bot.send_photo(
        chat.id, png, caption=t(lang, "stats-chart-caption"), parse_mode="HTML"
    )


async def invite(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    rows = [[Button(label(lang, f"role-{r}"), f"iv:{r}") for r in role_service.GRANTABLE]]
    await send(context, chat.id, t(lang, "invite-ask"), rows)


async def invite_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    role = (query.data or "").removeprefix("iv:")
    if await refused(update, context, "secretariat"):
        return
    if role not in role_service.GRANTABLE:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    with transaction(s.sessions) as session:
        invitation = role_service.invite(session, role, user.id, s.clock())
        token = invitation.token
    await query.answer()
    link = f"https://t.me/{context.bot.username}?start=inv_{token}"
    await send(
        context,
        chat.id,
        t(lang, "invite-link", role=label(lang, f"role-{role}"), link=link, hours=48),
    )


async def redeem(update: Update, context: Context, token: str) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    with transaction(s.sessions) as session:
        outcome, role = role_service.redeem(session, token[:64], user.id, s.clock())
        user_roles = delegates.roles_of(session, user.id)
    if outcome == "ok" and role:
        await send(context, chat.id, t(lang, "invite-ok", role=label(lang, f"role-{role}")))
        await publish_chat_menu(context.application, user.id, lang, user_roles)
    else:
        await send(context, chat.id, t(lang, f"invite-{outcome}"))


async def roles_command(update: Update, context: Context) -> None:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    lines = [t(lang, "roles-title")]
    rows: list[list[Button]] = []
    with services(context).sessions() as session:
        for uid, user_roles in sorted(delegates.admins(session).items()):
            row = delegates.get(session, uid)
            name = row.full_name if row and row.full_name else str(uid)
            for role in sorted(user_roles):
                lines.append(
                    t(
                        lang,
                        "roles-line",
                        name=name,
                        user=str(uid),
                        role=label(lang, f"role-{role}"),
                    )
                )
                if uid != user.id:
                    rows.append(
                        [
                            Button(
                                label(
                                    lang,
                                    "roles-revoke",
                                    name=name[:30],
                                    role=label(lang, f"role-{role}"),
                                ),
                                f"rl:r:{uid}:{role}",
                            )
                        ]
                    )
    await send(context, chat.id, fit("\n".join(lines)), rows[:50])


async def roles_button(update: Update, context: Context) -> None:
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    assert query is not None and chat is not None and user is not None
    s = services(context)
    lang = language_of(update, context)
    if await refused(update, context, "secretariat"):
        return
    parts = (query.data or "").split(":")
    if len(parts) != 4 or not parts[2].isdigit() or parts[3] not in role_service.GRANTABLE:
        await query.answer(t(lang, "dialog-stale-button")[:200])
        return
    with transaction(s.sessions) as session:
        done = role_service.revoke(session, int(parts[2]), parts[3], s.clock(), by=user.id)
    await answer_and_drop(update)
    key = "roles-revoked" if done else "dialog-stale-button"
    await send(context, chat.id, t(lang, key))
