"""Signing in with a one-time link, and signing out. These pages need no session."""

from __future__ import annotations

import asyncio

from aiohttp import web

from catalogue import delegates, signin
from storage.db import transaction
from web.http import COOKIE, Console, Page, language_of, render, visitor_language


def _page(console: Console, lang: str, status: int = 200, **values: object) -> web.Response:
    html = render(None, Page("signin.html", dict(values)), lang)
    return web.Response(text=html, status=status, content_type="text/html")


def routes(console: Console) -> list[web.RouteDef]:
    async def how(request: web.Request) -> web.Response:
        return _page(console, visitor(request))

    def visitor(request: web.Request) -> str:
        accept = request.headers.get("Accept-Language")
        return visitor_language(request.query, accept, console.default_language)

    def look(token: str, fallback: str) -> tuple[str, str | None, str | None]:
        """The link owner's language and name, or why the link does not work."""
        now = console.clock()
        with console.sessions() as session:
            try:
                user_id, chosen = signin.link_owner(session, token, now)
            except signin.LinkRefused as refused:
                return fallback, None, f"web-link-{refused.reason}"
            row = delegates.get(session, user_id)
            lang = language_of(session, user_id, chosen, console.default_language)
            return lang, (row.full_name if row and row.full_name else str(user_id)), None

    async def confirm(request: web.Request) -> web.Response:
        """GET shows whose link it is and a button: a link preview must not use it up."""
        token = request.match_info["token"]
        lang, name, problem = await asyncio.to_thread(look, token, visitor(request))
        status = 403 if problem else 200
        return _page(console, lang, status, name=name, token=token, problem=problem)

    def use(token: str, fallback: str) -> tuple[str, str | None, str | None]:
        now = console.clock()
        try:
            with transaction(console.sessions, via="web") as session:
                opened = signin.redeem(session, token, now)
                lang = language_of(session, opened.user_id, None, console.default_language)
                chosen = signin.current(session, opened.session_id, now)
                if chosen is not None and chosen.language:
                    lang = chosen.language
                return lang, opened.session_id, None
        except signin.LinkRefused as refused:
            return fallback, None, f"web-link-{refused.reason}"

    async def redeem(request: web.Request) -> web.StreamResponse:
        lang, session_id, problem = await asyncio.to_thread(
            use, request.match_info["token"], visitor(request)
        )
        if session_id is None:
            return _page(console, lang, 403, problem=problem)
        response = web.HTTPSeeOther("/")
        response.set_cookie(
            COOKIE,
            session_id,
            httponly=True,
            samesite="Lax",
            secure=console.secure,
            path="/",
        )
        raise response

    def end(cookie: str | None, sent: str) -> bool:
        now = console.clock()
        with transaction(console.sessions, via="web") as session:
            row = signin.current(session, cookie, now)
            if row is None or not signin.csrf_ok(row, sent):
                return False
            signin.sign_out(session, str(cookie), now)
            return True

    async def sign_out(request: web.Request) -> web.StreamResponse:
        form = await request.post()
        ended = await asyncio.to_thread(end, request.cookies.get(COOKIE), str(form.get("csrf")))
        if not ended:
            return _page(console, visitor(request), 400, problem="web-csrf")
        response = web.HTTPSeeOther("/signin")
        response.del_cookie(COOKIE, path="/")
        raise response

    return [
        web.get("/signin", how),
        web.get("/signin/{token}", confirm),
        web.post("/signin/{token}", redeem),
        web.post("/signout", sign_out),
    ]
