"""/broadcast, /broadcasts, /stats, /invite, /roles: organisers and the secretariat.

Every action checks the role when it runs, not when its button was shown.
"""

from __future__ import annotations

from bot import callbacks as cb
from bot.dialogs import broadcast as broadcast_dialog
from bot.dialogs.engine import LINEAR
from bot.handlers.common import Turn, handler
from bot.handlers.menu import publish_chat_menu
from bot.screens import Button
from catalogue import delegates, invitations, report, roles, signin, stats
from presentation.chart import area_chart
from presentation.figures import stats_text
from presentation.i18n import label, t
from presentation.links import invitation_link
from presentation.render import affiliation, fit, your_time
from richtext import HTMLParseError, parse
from scheduler import broadcasts
from storage.rights import Action


@handler(Action.BROADCAST)
async def broadcast(turn: Turn[None]) -> None:
    data = {"lang": turn.lang, "texts": {}}
    await turn.show(
        turn.s.dialogs.start(turn.user_id, broadcast_dialog.NAME, turn.lang, data=data, mode=LINEAR)
    )


@handler(Action.BROADCAST)
async def broadcasts_list(turn: Turn[None]) -> None:
    lang = turn.lang
    lines = [t(lang, "broadcasts-title")]
    rows: list[list[Button]] = []
    with turn.read() as session:
        me = delegates.get(session, turn.user_id)
        zone = me.timezone if me is not None else None
        for b in broadcasts.active(session):
            preview = next(iter((b.texts or {}).values()), "")
            lines.append(
                t(
                    lang,
                    "broadcasts-line",
                    id=b.id,
                    status=label(lang, f"broadcast-status-{b.status}"),
                    when=your_time(lang, b.scheduled_at, zone),
                    count=b.recipients,
                    preview=_plain(preview)[:60],
                )
            )
            cancel = cb.BROADCAST.data(cb.Broadcast.CANCEL, b.id)
            rows.append([Button(label(lang, "broadcast-cancel") + f" #{b.id}", cancel)])
    if not rows:
        lines.append(t(lang, "broadcasts-none"))
    await turn.say("\n".join(lines), rows)


def _plain(html_text: str) -> str:
    try:
        return parse(html_text)
    except HTMLParseError:
        return ""


@handler(Action.BROADCAST, feature=cb.BROADCAST)
async def broadcast_button(turn: Turn[cb.Broadcast]) -> None:
    """Cancel a broadcast (what is sent stays sent; the rest is dropped)."""
    assert turn.call is not None
    broadcast_id = turn.call.number()
    with turn.write() as session:
        done = broadcasts.cancel(session, broadcast_id, turn.now(), by=turn.user_id)
    if not done:
        await turn.answer("broadcast-cannot-cancel")
        return
    await turn.done()
    await turn.say(t(turn.lang, "broadcast-cancelled", id=broadcast_id))


@handler(Action.FIGURES)
async def stats_command(turn: Turn[None]) -> None:
    with turn.read() as session:
        figures = stats.figures(session)
    await turn.say(stats_text(turn.lang, figures))
    png = area_chart(turn.lang, figures["entries"]["approved_by_area"])
    await turn.context.bot.send_photo(
        turn.chat_id, png, caption=t(turn.lang, "stats-chart-caption"), parse_mode="HTML"
    )


@handler(Action.FIGURES)
async def unmet_command(turn: Turn[None]) -> None:
    """Needs approved over 30 days ago that no approved offer matches (catalogue.report)."""
    lang = turn.lang
    with turn.read() as session:
        unmet = report.unmet_needs(session, turn.now())
        lines = [t(lang, "unmet-title", count=len(unmet))]
        for entry in unmet[:40]:
            owner = delegates.get(session, entry.owner_id) if entry.owner_id else None
            who = affiliation(lang, entry.published or {}, owner)
            title = str((entry.published or {}).get("title") or entry.title)
            lines.append(t(lang, "unmet-line", id=entry.id, title=title, who=who))
    await turn.say(fit("\n".join(lines)) if unmet else t(lang, "unmet-none"))


@handler(Action.CONSOLE)
async def web_command(turn: Turn[None]) -> None:
    """A one-time link to the web console (sent with previews off, so that no preview fetch
    uses it up)."""
    with turn.write() as session:
        token = signin.issue_link(session, turn.user_id, turn.now(), turn.lang)
    link = f"{turn.s.settings.web_base_url}/signin/{token}"
    minutes = int(signin.LINK_LIFETIME.total_seconds() // 60)
    await turn.say(t(turn.lang, "web-link", link=link, minutes=minutes))


@handler(Action.MANAGE_ROLES)
async def invite(turn: Turn[None]) -> None:
    rows = [
        [
            Button(label(turn.lang, f"role-{r}"), cb.INVITE.data(cb.Invite.ROLE, r))
            for r in roles.GRANTABLE
        ]
    ]
    await turn.say(t(turn.lang, "invite-ask"), rows)


@handler(Action.MANAGE_ROLES, feature=cb.INVITE)
async def invite_button(turn: Turn[cb.Invite]) -> None:
    assert turn.call is not None
    role = turn.call.word()
    with turn.write() as session:
        token = roles.invite(session, role, turn.user_id, turn.now()).token
    await turn.answer()
    link = invitation_link(turn.context.bot.username, token)
    await turn.say(
        t(turn.lang, "invite-link", role=label(turn.lang, f"role-{role}"), link=link, hours=48)
    )


async def redeem(turn: Turn[object], token: str) -> None:
    with turn.write() as session:
        outcome, role, told = invitations.redeem(session, token[:64], turn.user_id, turn.now())
        user_roles = roles.roles_of(session, turn.user_id)
    if outcome == "ok" and role:
        await turn.say(t(turn.lang, "invite-ok", role=label(turn.lang, f"role-{role}")))
        await publish_chat_menu(turn.context.application, turn.user_id, turn.lang, user_roles)
        await turn.deliver(told)  # its maker hears who used it
    else:
        await turn.say(t(turn.lang, f"invite-{outcome}"))


@handler(Action.MANAGE_ROLES)
async def roles_command(turn: Turn[None]) -> None:
    lang = turn.lang
    lines = [t(lang, "roles-title")]
    rows: list[list[Button]] = []
    with turn.read() as session:
        for uid, user_roles in sorted(roles.admins(session).items()):
            row = delegates.get(session, uid)
            name = row.full_name if row and row.full_name else str(uid)
            for role in sorted(user_roles):
                role_name = label(lang, f"role-{role}")
                lines.append(t(lang, "roles-line", name=name, user=str(uid), role=role_name))
                if uid != turn.user_id:
                    text = label(lang, "roles-revoke", name=name[:30], role=role_name)
                    rows.append([Button(text, cb.ROLES.data(cb.Roles.REVOKE, uid, role))])
    await turn.say(fit("\n".join(lines)), rows[:50])


@handler(Action.MANAGE_ROLES, feature=cb.ROLES)
async def roles_button(turn: Turn[cb.Roles]) -> None:
    assert turn.call is not None
    with turn.write() as session:
        done = roles.revoke(
            session, turn.call.number(0), turn.call.word(1), turn.now(), by=turn.user_id
        )
    await turn.done()
    await turn.say(t(turn.lang, "roles-revoked" if done else "dialog-stale-button"))
