"""The console's request handling: sessions, roles, CSRF, one transaction per request,
templates. The pages are in web/views; web/app.py puts them together.

Every request: the session cookie is looked up (catalogue.signin), the role is checked for
the page, a form's CSRF token is compared, and the view runs in a worker thread inside one
transaction marked "via web" (the audit history says where each change came from). The
event loop stays free for the bot when both run in one process (`cidi-bot run --web`): the
console has threads of its own (never the bot's), heavy pages (figures, documents) one
thread between them, and one browser session at most IN_FLIGHT requests at a time and PACE
a second (more wait their turn, past WAITING_MAX they are answered 429), so one person
hammering a page cannot take the process from the chat (bench/console.py --hammer).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

from aiohttp import web
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from multidict import MultiDictProxy
from sqlalchemy.orm import Session, sessionmaker

from catalogue import delegates, roles, signin
from catalogue.taxonomy import LANGUAGE_NAMES, LANGUAGES
from presentation.i18n import label, t
from presentation.render import date_text, heading, moment_text, zoned_moment
from storage import ids
from storage.audit import audit
from storage.db import transaction
from storage.rights import RIGHTS, Action, NotAllowed, Role
from web.documents import Jobs

E = TypeVar("E", bound=StrEnum)

log = logging.getLogger("cidi-bot.web")
T = TypeVar("T")

COOKIE = "cidi_console"
IN_FLIGHT = 2  # requests of one browser session served at once
WAITING_MAX = 16  # more of them waiting: 429
PACE = 10.0  # requests a second one browser session is served, past a burst of PACE
STATIC = Path(__file__).parent / "static"  # the stylesheet and the one script (CSP: 'self')


@dataclass
class Console:
    """What the console needs; built by the command line (alone) or beside the bot."""

    sessions: sessionmaker[Session]
    clock: Callable[[], datetime]
    base_url: str
    default_language: str = "en"
    agenda_file: str | None = None
    reminder_lead: int = 15
    bot_username: str | None = None
    # Delivers outbox keys at once when the bot runs in this process; otherwise the bot's
    # outbox job sends them within seconds.
    deliver: Callable[[list[str]], Awaitable[Any]] | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    documents: Jobs = field(default_factory=Jobs)  # PDFs drawn in the background
    # What a POST said (its flash), kept for the page its redirect opens: per session
    # cookie, taken by the next GET (post/redirect/get).
    flashes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # A session ends this long after signing in, however busy (CONSOLE_SESSION_HOURS).
    session_lifetime: timedelta = signin.LIFETIME
    # Where charts are drawn: a process of their own when served (web.app.start), so that
    # matplotlib never holds the interpreter the bot's loop needs; in this thread otherwise.
    charts: Executor | None = None
    # Pages that may be a little old (the figures): key -> (when, values), per console.
    kept: dict[str, tuple[float, Any]] = field(default_factory=dict)

    def fresh(self, key: str, seconds: float, make: Callable[[], T]) -> T:
        """What `make` gives, made again at most every `seconds` (one person reloading a
        heavy page costs it once)."""
        now = time.monotonic()
        found = self.kept.get(key)
        if found is not None and now - found[0] < seconds:
            return cast(T, found[1])
        value = make()
        self.kept[key] = (time.monotonic(), value)
        return value

    def draw(self, chart: Callable[..., T], *args: Any) -> T:
        """A chart drawn from plain values (counts, labels): in the charts' process if any."""
        if self.charts is None:
            return chart(*args)
        return self.charts.submit(chart, *args).result()

    @property
    def secure(self) -> bool:
        return self.base_url.startswith("https://")


class Refused(Exception):
    """A request answered with a page explaining why (403, 404, 400), nothing changed."""

    def __init__(self, status: int, key: str, **values: Any) -> None:
        super().__init__(key)
        self.status, self.key, self.values = status, key, values


@dataclass
class Req:
    """One request, as a view sees it: who, in which language, what was sent."""

    console: Console
    session: Session
    user_id: int
    roles: set[Role]
    lang: str
    csrf: str
    now: datetime
    path: str
    query: dict[str, str]
    form: dict[str, list[str]]
    files: dict[str, bytes]
    match: dict[str, str]
    told: list[str] = field(default_factory=list)
    flash: list[tuple[str, str]] = field(default_factory=list)  # (kind, html)

    def t(self, key: str, **values: Any) -> Markup:
        return Markup(t(self.lang, key, **values))

    def label(self, key: str, **values: Any) -> str:
        return label(self.lang, key, **values)

    def one(self, name: str, default: str = "") -> str:
        values = self.form.get(name)
        return values[0].strip() if values else default

    def many(self, name: str) -> list[str]:
        return [v for v in self.form.get(name, []) if v.strip()]

    def choice(self, name: str, kind: type[E]) -> E:
        """A form field that must be one of an enum's values (a stage, a decision): anything
        else is a bad request, refused before any change."""
        try:
            return kind(self.one(name))
        except ValueError as exc:
            raise Refused(400, "web-bad-input") from exc

    def actor(self, user_id: int | None) -> str:
        """Who did something, as a history line says it: their name; a forgotten person as
        anonymous; a staff member never named as their role, never as a Telegram number."""
        if user_id is None:
            return "—"
        name = roles.known_name(self.session, user_id)
        if name:
            return name
        forgotten = roles.is_forgotten(self.session, user_id)
        return self.label("entry-anonymous" if forgotten else "role-secretariat")

    def arg(self, name: str, default: str = "") -> str:
        return self.query.get(name, default).strip()

    def path_id(self, name: str = "id") -> int:
        """A row's id in the address: ASCII digits within the database's range, else 404."""
        number = ids.parse(self.match.get(name))
        if number is None:
            raise Refused(404, "web-not-found")
        return number

    def form_id(self, name: str, user: bool = False) -> int | None:
        """A row's id (or a Telegram user id) in the form, None when it is none."""
        return ids.parse(self.one(name), ids.BIG_MAX if user else ids.ID_MAX)

    def arg_number(self, name: str) -> int | None:
        """A whole number in the query string (ASCII digits within INTEGER), else None."""
        return ids.parse(self.arg(name))

    def may(self, action: Action) -> bool:
        """Whether this person's roles allow it (the core's table, storage.rights)."""
        return bool(RIGHTS[action] & self.roles)

    def has(self, *wanted: str) -> bool:
        return bool(self.roles & set(wanted))

    def here(self) -> str:
        """This page's address with its filters (the language switch and the forms come
        back to it), the language choice aside."""
        kept = {k: v for k, v in self.query.items() if k != "lang"}
        return self.path + ("?" + urlencode(kept) if kept else "")

    def back(self, default: str) -> Redirect:
        """After a POST, back to the page the form was on (its address with its filters,
        sent as `back`), or to `default`: never to another site."""
        wanted = self.one("back")
        local = (
            wanted.startswith("/")
            and not wanted.startswith("//")
            and wanted.isascii()
            and all(c.isprintable() and not c.isspace() and c != "\\" for c in wanted)
        )  # a path here, never another site ("//x", "/\\x", "/\t/x" are refused)
        return Redirect(wanted if local and len(wanted) < 2000 else default)


@dataclass
class Page:
    template: str
    values: dict[str, Any]
    status: int = 200


@dataclass
class Redirect:
    to: str


@dataclass
class Download:
    content: bytes
    filename: str
    content_type: str


@dataclass
class Html:
    """A rendered page (the view's Page after its template ran)."""

    text: str
    status: int = 200


Result = Page | Redirect | Download
View = Callable[[Req], Result]


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("web", "templates"),
        autoescape=select_autoescape(("html",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(LANGUAGE_NAMES=LANGUAGE_NAMES, LANGUAGES=LANGUAGES, urlencode=urlencode)
    return env


ENV = _environment()

# The pages, in the order of the navigation bar, and who may open each (the core's table).
NAV: tuple[tuple[str, str, frozenset[Role]], ...] = (
    ("/", "web-nav-overview", RIGHTS[Action.FIGURES]),
    ("/review", "web-nav-review", RIGHTS[Action.REVIEW]),
    ("/catalogue", "web-nav-catalogue", RIGHTS[Action.READ_CATALOGUE]),
    ("/delegates", "web-nav-delegates", RIGHTS[Action.READ_PEOPLE]),
    ("/connections", "web-nav-connections", RIGHTS[Action.READ_PEOPLE]),
    ("/meetings", "web-nav-meetings", RIGHTS[Action.FIGURES]),
    ("/figures", "web-nav-figures", RIGHTS[Action.FIGURES]),
    ("/agenda", "web-nav-agenda", RIGHTS[Action.AGENDA]),
    ("/broadcasts", "web-nav-broadcasts", RIGHTS[Action.BROADCAST]),
    ("/exports", "web-nav-exports", RIGHTS[Action.EXPORT]),
)


def render(req: Req | None, page: Page, lang: str) -> str:
    template = ENV.get_template(page.template)
    values: dict[str, Any] = dict(page.values)

    def tt(key: str, **kw: Any) -> Markup:
        return Markup(t(lang, key, **kw))

    said: dict[str, str] = {}  # a list's headings and labels, said once per page

    def ll(key: str, **kw: Any) -> str:
        if kw:
            return label(lang, key, **kw)
        if key not in said:
            said[key] = label(lang, key)
        return said[key]

    values.update(t=tt, label=ll, lang=lang, req=req)
    # Dates as the chat says them (presentation.render), in the reader's language; a moment
    # in the zone asked for, else in the reader's own zone named by its city (UTC if unknown).
    reader = delegates.get(req.session, req.user_id) if req is not None else None
    own_zone = reader.timezone if reader is not None else None
    values.update(
        date_text=lambda day, weekday=False: date_text(day, lang, weekday),
        heading=heading,
        moment_text=lambda at, zone=None: (
            moment_text(at, lang, zone) if zone else zoned_moment(at, lang, own_zone)
        ),
    )
    if req is not None:
        values.update(
            csrf=req.csrf,
            nav=[(href, key) for href, key, allowed in NAV if req.roles & allowed],
            current=req.path,
            flash=req.flash,
            here=req.here(),
            language_link=_language_link(req),
            me=_me(req),
        )
    return template.render(**values)


def _language_link(req: Req) -> Callable[[str], str]:
    """The language switch's address: this page with its filters; for a page answering a
    form (a confirmation, a form shown again with what is wrong), the page the form came
    from (its `back`), never the form's own address."""
    base = req.back(req.here()).to if req.form else req.here()

    def link(code: str) -> str:
        return base + ("&" if "?" in base else "?") + urlencode({"lang": code})

    return link


def _me(req: Req) -> tuple[str, str]:
    """Who is signed in, as the header says it: a name (the chat's, else the one the
    secretariat gave) and the roles held."""
    held = ", ".join(req.label(f"role-{r}") for r in sorted(req.roles) if r != "delegate")
    return roles.staff_name(req.session, req.user_id), held


CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def _security_headers(response: web.StreamResponse) -> None:
    response.headers["Server"] = "cidi-console"  # no versions of Python or aiohttp
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")  # links carry no token out
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.setdefault("Content-Security-Policy", CSP)


def visitor_language(query: Any, accept: str | None, default: str) -> str:
    """The language of a page shown before anyone is known (sign-in, a refused link, an
    error, a missing page): `?lang=` if given, else the browser's Accept-Language (its first
    of the four languages, by quality), else the console's default (the language review, Y2)."""
    chosen = query.get("lang") if query is not None else None
    if chosen in LANGUAGES:
        return str(chosen)
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        code = tag.strip().lower()[:2]
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, i, code))
    return sorted(ranked)[0][2] if ranked else default


def language_of(session: Session, user_id: int, chosen: str | None, default: str) -> str:
    """The language the console speaks to someone: chosen in the console, else their chat's."""
    if chosen in LANGUAGES:
        return str(chosen)
    row = delegates.get(session, user_id)
    return row.language if row is not None and row.language in LANGUAGES else default


ALL_ROLES: frozenset[Role] = frozenset().union(*(allowed for _, _, allowed in NAV))


class Router:
    """The console's routes: each page a view and the roles it needs."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.app = web.Application(
            client_max_size=2 * 1024 * 1024,
        )
        self.app.on_response_prepare.append(_on_prepare)
        self.app.middlewares.append(self._styled_errors)
        self.app.on_cleanup.append(self._cleanup)
        self.app.router.add_static("/static", STATIC, append_version=False)
        # Threads of the console's own: the bot's (asyncio's default) stay free for it.
        self.pages = ThreadPoolExecutor(4, thread_name_prefix="console")
        self.heavy = ThreadPoolExecutor(1, thread_name_prefix="console-heavy")
        self.running: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}
        self.paced: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)

    @web.middleware
    async def _styled_errors(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[Any]]
    ) -> web.StreamResponse:
        """An unknown address (404) or a method the address does not take (405: a reload
        of a form's address, say) as a page of the console, in the reader's language and
        with the navigation, rather than aiohttp's bare text."""
        try:
            response: web.StreamResponse = await handler(request)
            return response
        except (web.HTTPNotFound, web.HTTPMethodNotAllowed) as error:
            status = error.status
            key = "web-not-found" if status == 404 else "web-method-not-allowed"

            def refuse(_req: Req) -> Result:
                raise Refused(status, key)

            cookie = request.cookies.get(COOKIE)
            query = {k: v for k, v in request.query.items()}
            visitor = visitor_language(query, request.headers.get("Accept-Language"),
                                       self.console.default_language)  # fmt: skip
            result, lang, _ = await asyncio.to_thread(
                self._run, "GET", request.path, cookie, query, {}, {}, {}, refuse, ALL_ROLES,
                visitor,
            )  # fmt: skip
            if isinstance(result, Redirect):  # not signed in: a plain page, no navigation
                result = Refused(status, key)
            return self._respond(result, lang)

    async def _cleanup(self, _app: web.Application) -> None:
        self.pages.shutdown(wait=False, cancel_futures=True)
        self.heavy.shutdown(wait=False, cancel_futures=True)

    def add(
        self, method: str, path: str, view: View, allowed: frozenset[Role], heavy: bool = False
    ) -> None:
        async def handle(request: web.Request) -> web.StreamResponse:
            return await self.limited(request, view, allowed, heavy)

        self.app.router.add_route(method, path, handle)

    async def limited(
        self, request: web.Request, view: View, allowed: frozenset[Role], heavy: bool
    ) -> web.StreamResponse:
        """At most IN_FLIGHT requests of one browser session at a time (one client's when
        there is no session): the others wait, past WAITING_MAX they are refused."""
        key = request.cookies.get(COOKIE) or f"client:{request.remote}"
        gate, waiting = self.running.setdefault(key, (asyncio.Semaphore(IN_FLIGHT), [0]))
        if waiting[0] >= WAITING_MAX:
            return self._respond(Refused(429, "web-busy"), self.console.default_language)
        waiting[0] += 1
        try:
            await asyncio.sleep(self._wait(key))  # past the pace, a parked coroutine waits
            async with gate:
                return await self.serve(request, view, allowed, heavy)
        finally:
            waiting[0] -= 1
            if waiting[0] == 0:
                self.running.pop(key, None)

    def _wait(self, key: str) -> float:
        """Seconds this request waits for its turn at PACE a second (a token bucket of PACE)."""
        now = time.monotonic()
        tokens, at = self.paced.get(key, (PACE, now))
        tokens = min(PACE, tokens + (now - at) * PACE) - 1
        self.paced[key] = (tokens, now)
        if len(self.paced) > 10_000:  # many sessions: keep the memory bounded
            self.paced.pop(next(iter(self.paced)))
        return max(0.0, -tokens / PACE)

    async def serve(
        self, request: web.Request, view: View, allowed: frozenset[Role], heavy: bool = False
    ) -> web.StreamResponse:
        form: dict[str, list[str]] = {}
        files: dict[str, bytes] = {}
        if request.method == "POST":
            posted: MultiDictProxy[Any] = await request.post()
            for key, value in posted.items():
                if isinstance(value, web.FileField):
                    files[key] = value.file.read(1024 * 1024 + 1)
                else:
                    form.setdefault(key, []).append(str(value))
        cookie = request.cookies.get(COOKIE)
        query = {k: v for k, v in request.query.items()}
        visitor = visitor_language(query, request.headers.get("Accept-Language"),
                                   self.console.default_language)  # fmt: skip
        run = functools.partial(
            self._run, request.method, request.path, cookie, query, form, files,
            dict(request.match_info), view, allowed, visitor,
        )  # fmt: skip
        loop = asyncio.get_running_loop()
        result, lang, told = await loop.run_in_executor(self.heavy if heavy else self.pages, run)
        if told and self.console.deliver is not None:
            try:
                await self.console.deliver(told)
            except Exception:  # the outbox job sends them later; the change is committed
                log.exception("could not deliver the console's notices at once")
        return self._respond(result, lang)

    def _run(
        self,
        method: str,
        path: str,
        cookie: str | None,
        query: dict[str, str],
        form: dict[str, list[str]],
        files: dict[str, bytes],
        match: dict[str, str],
        view: View,
        allowed: frozenset[Role],
        visitor: str,
    ) -> tuple[Result | Html | Refused, str, list[str]]:
        console = self.console
        now = console.clock()
        lang = visitor  # until the signed-in person's own language is known
        try:
            with transaction(console.sessions, via="web") as session:
                row = signin.current(session, cookie, now, console.session_lifetime)
                if row is None:  # the sign-in page in the language asked for, if any
                    asked = f"?lang={lang}" if query.get("lang") in LANGUAGES else ""
                    return Redirect(f"/signin{asked}"), str(lang), []
                if query.get("lang") in LANGUAGES:
                    signin.set_language(row, query["lang"])
                lang = language_of(session, row.user_id, row.language, console.default_language)
                user_roles = roles.roles_of(session, row.user_id)
                if not user_roles & allowed:
                    # A delegate, or someone whose role was withdrawn: no data, and the
                    # refusal is in the audit history as in the chat.
                    roles_refused(session, now, row.user_id, path)
                    return Refused(403, "web-forbidden"), lang, []
                if method == "POST" and not signin.csrf_ok(row, (form.get("csrf") or [""])[0]):
                    return Refused(400, "web-csrf"), lang, []
                req = Req(
                    console, session, row.user_id, user_roles, lang, row.csrf, now, path,
                    query, form, files, match,
                )  # fmt: skip
                key = _flash_key(cookie)
                if method == "GET":
                    req.flash = [(k, Markup(m)) for k, m in console.flashes.pop(key, [])]
                try:
                    with session.begin_nested():
                        result = view(req)
                except Refused as refused:
                    values = {"key": refused.key, "values": refused.values}
                    page = Page("refused.html", values, refused.status)
                    return Html(render(req, page, lang), refused.status), lang, []
                except NotAllowed:  # the core's own check of the right (storage.rights)
                    roles_refused(session, now, row.user_id, path)
                    return Refused(403, "web-forbidden"), lang, []
                if isinstance(result, Page):
                    return Html(render(req, result, lang), result.status), lang, req.told
                if isinstance(result, Redirect) and req.flash:
                    _keep_flash(console.flashes, key, req.flash)
                return result, lang, req.told
        except Exception:
            log.exception("console page %s failed", path)
            return Refused(500, "web-error"), str(lang), []

    def _respond(self, result: Any, lang: str) -> web.StreamResponse:
        if isinstance(result, Html):
            return web.Response(text=result.text, status=result.status, content_type="text/html")
        if isinstance(result, Redirect):
            raise web.HTTPSeeOther(result.to)
        if isinstance(result, Download):
            return web.Response(
                body=result.content,
                content_type=result.content_type,
                charset="utf-8" if result.content_type.startswith("text/") else None,
                headers={"Content-Disposition": f'attachment; filename="{result.filename}"'},
            )
        assert isinstance(result, Refused)
        page = Page("refused.html", {"key": result.key, "values": result.values}, result.status)
        return web.Response(
            text=render(None, page, lang), status=result.status, content_type="text/html"
        )


def _flash_key(cookie: str | None) -> str:
    return hashlib.sha256((cookie or "").encode()).hexdigest()


FLASHES_KEPT = 2000  # sessions with a flash waiting; the oldest are dropped beyond


def _keep_flash(
    flashes: dict[str, list[tuple[str, str]]], key: str, flash: list[tuple[str, str]]
) -> None:
    flashes[key] = flashes.pop(key, []) + [(kind, str(text)) for kind, text in flash]
    while len(flashes) > FLASHES_KEPT:
        flashes.pop(next(iter(flashes)))


def roles_refused(session: Session, now: datetime, user_id: int, path: str) -> None:
    audit(session, now, user_id, "refused", path[:128])


async def _on_prepare(_request: web.Request, response: web.StreamResponse) -> None:
    _security_headers(response)
