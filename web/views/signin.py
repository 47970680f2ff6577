"""Signing in with a one-time link, and signing out. These pages need no session.

Signing in is guarded against a cross-site form (login CSRF: a page elsewhere signing the
visitor's browser into someone else's session): the confirmation page sets a pre-session
token in a cookie of its own and in the form, the POST must carry both, and an Origin
header naming another site is refused. Failed attempts (forged, used or expired links, or
such forms) are audited and limited per client: past FAILED_BURST, one more every
FAILED_EVERY seconds, the rest answered 429 without touching the database.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import secrets
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from aiohttp import web

from catalogue import delegates, signin
from storage.db import transaction
from web.http import COOKIE, Console, Page, language_of, render, visitor_language

PRE_COOKIE = "cidi_signin"  # the pre-session token of the confirmation form
FAILED_BURST = 10
FAILED_EVERY = 30.0  # seconds


def _page(console: Console, lang: str, status: int = 200, **values: object) -> web.Response:
    html = render(None, Page("signin.html", dict(values)), lang)
    return web.Response(text=html, status=status, content_type="text/html")


def client_of(request: web.Request) -> str:
    """Who is asking: the peer's address, or the one the local reverse proxy names
    (deploy/nginx.conf sets X-Real-IP)."""
    remote = request.remote or "?"
    try:
        local = ipaddress.ip_address(remote).is_loopback
    except ValueError:
        local = False
    forwarded = request.headers.get("X-Real-IP", "").strip()
    return forwarded[:64] if local and forwarded else remote


class Failures:
    """Failed sign-ins per client: a token bucket of FAILED_BURST, refilled one every
    FAILED_EVERY seconds (process memory; a restart forgets it)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, at)

    def _tokens(self, client: str) -> float:
        now = self.clock()
        tokens, at = self.buckets.get(client, (float(FAILED_BURST), now))
        return min(float(FAILED_BURST), tokens + (now - at) / FAILED_EVERY)

    def limited(self, client: str) -> bool:
        return self._tokens(client) < 1

    def failed(self, client: str) -> None:
        self.buckets[client] = (self._tokens(client) - 1, self.clock())
        if len(self.buckets) > 10_000:  # many clients: keep the memory bounded
            self.buckets.pop(next(iter(self.buckets)))


def _same_origin(request: web.Request, console: Console) -> bool:
    """Not from another site: an Origin, when the browser names one, is the console's own
    (its public address, or the address it was reached at), and the browser's
    Sec-Fetch-Site, when it sends one, is not "cross-site". Pages are sent with
    `Referrer-Policy: no-referrer`, so browsers post their forms with `Origin: null`: that
    (or no Origin, from an old browser) leaves the pre-session token to decide."""
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        return True
    public = urlsplit(console.base_url)
    return origin in (f"{public.scheme}://{public.netloc}", f"{request.scheme}://{request.host}")


def routes(console: Console) -> list[web.RouteDef]:
    failures = Failures()

    async def how(request: web.Request) -> web.Response:
        return _page(console, visitor(request))

    def visitor(request: web.Request) -> str:
        accept = request.headers.get("Accept-Language")
        return visitor_language(request.query, accept, console.default_language)

    def look(token: str, client: str, fallback: str) -> tuple[str, str | None, str | None]:
        """The link owner's language and name, or why the link does not work."""
        now = console.clock()
        with transaction(console.sessions, via="web") as session:
            try:
                user_id, chosen = signin.link_owner(session, token, now)
            except signin.LinkRefused as refused:
                signin.refused(session, now, client, refused.reason)
                return fallback, None, f"web-link-{refused.reason}"
            row = delegates.get(session, user_id)
            lang = language_of(session, user_id, chosen, console.default_language)
            return lang, (row.full_name if row and row.full_name else str(user_id)), None

    def limited(request: web.Request) -> web.Response:
        return _page(console, visitor(request), 429, problem="web-signin-limited")

    async def confirm(request: web.Request) -> web.Response:
        """GET shows whose link it is and a button: a link preview must not use it up."""
        client = client_of(request)
        if failures.limited(client):
            return limited(request)
        token = request.match_info["token"]
        lang, name, problem = await asyncio.to_thread(look, token, client, visitor(request))
        if problem:
            failures.failed(client)
        pre = secrets.token_urlsafe(signin.TOKEN_BYTES)
        response = _page(console, lang, 403 if problem else 200, name=name, token=token,
                         pre=pre, problem=problem)  # fmt: skip
        response.set_cookie(PRE_COOKIE, pre, httponly=True, samesite="Strict",
                            secure=console.secure, path="/signin", max_age=600)  # fmt: skip
        return response

    def use(
        token: str, client: str, problem: str | None, fallback: str
    ) -> tuple[str, str | None, str | None]:
        now = console.clock()
        if problem is not None:  # a cross-site form: the link is not touched
            with transaction(console.sessions, via="web") as session:
                signin.refused(session, now, client, problem)
            return fallback, None, "web-csrf"
        try:
            with transaction(console.sessions, via="web") as session:
                opened = signin.redeem(session, token, now)
                lang = language_of(session, opened.user_id, None, console.default_language)
                chosen = signin.current(session, opened.session_id, now)
                if chosen is not None and chosen.language:
                    lang = chosen.language
                return lang, opened.session_id, None
        except signin.LinkRefused as refused:
            with transaction(console.sessions, via="web") as session:
                signin.refused(session, now, client, refused.reason)
            return fallback, None, f"web-link-{refused.reason}"

    async def redeem(request: web.Request) -> web.StreamResponse:
        client = client_of(request)
        if failures.limited(client):
            return limited(request)
        form = await request.post()
        sent, kept = str(form.get("pre") or ""), request.cookies.get(PRE_COOKIE, "")
        problem = None
        if not _same_origin(request, console):
            problem = "origin"
        elif not (sent and kept and hmac.compare_digest(sent, kept)):
            problem = "pre-session"
        lang, session_id, refused = await asyncio.to_thread(
            use, request.match_info["token"], client, problem, visitor(request)
        )
        if session_id is None:
            failures.failed(client)
            return _page(console, lang, 403, problem=refused)
        response = web.HTTPSeeOther("/")
        response.set_cookie(
            COOKIE,
            session_id,
            httponly=True,
            samesite="Lax",
            secure=console.secure,
            path="/",
        )
        response.del_cookie(PRE_COOKIE, path="/signin")
        raise response

    def end(cookie: str | None, sent: str) -> bool:
        now = console.clock()
        with transaction(console.sessions, via="web") as session:
            row = signin.current(session, cookie, now, console.session_lifetime)
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
