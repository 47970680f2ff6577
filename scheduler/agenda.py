"""The agenda file: parse, validate (every problem with its line), compare two versions.

YAML that organisers edit by hand. Scalars are read as text and converted here,
so that a date such as 29 February 2021 becomes a clear problem on its line
instead of a parser traceback.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

LANGUAGES = ("en", "es", "fr", "pt")
KINDS = ("opening", "plenary", "panel", "dialogue", "break", "networking", "closing")
MAX_SESSIONS = 300
MAX_TEXT = 3000
MAX_TITLE = 200


@dataclass(frozen=True)
class Session:
    id: str
    start: datetime  # aware, in the meeting's zone
    end: datetime
    kind: str
    title: dict[str, str]
    description: dict[str, str]
    link: str | None = None
    to_be_confirmed: bool = False
    line: int = 0
    video: str | None = None  # a recording or a video room beside the main link
    livestream: str | None = None
    interpretation: tuple[str, ...] = ()  # languages interpreted into
    point: str | None = None  # the point of the annotated agenda it comes from ("B.1")
    addition: bool = False  # the secretariat's own item, not named by the agenda

    def text(self, name: str, lang: str, default: str) -> str:
        values: dict[str, str] = getattr(self, name)
        return values.get(lang) or values.get(default) or next(iter(values.values()), "")


@dataclass(frozen=True)
class Agenda:
    title: dict[str, str]
    timezone: str
    default_language: str
    days: tuple[date, ...]
    sessions: tuple[Session, ...]
    to_be_confirmed: bool = False
    theme: dict[str, str] = field(default_factory=dict)

    def theme_in(self, lang: str) -> str:
        return self.theme.get(lang) or self.theme.get(self.default_language) or ""

    def session(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title.get(self.default_language) or ""

    def on_day(self, day: date) -> list[Session]:
        return [s for s in self.sessions if s.start.date() == day]

    def current(self, now: datetime) -> list[Session]:
        return [s for s in self.sessions if s.start <= now < s.end]

    def upcoming(self, now: datetime) -> list[Session]:
        return [s for s in self.sessions if s.start > now]


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str
    # The file is not an agenda at all (not YAML of this shape), rather than an agenda with
    # mistakes: the front ends say so in other words.
    not_agenda: bool = False

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class _Reader:
    problems: list[Problem] = field(default_factory=list)

    def fail(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(line, message))


def _mapping(node: yaml.Node | None) -> dict[str, yaml.Node] | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return {str(k.value): v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _scalar(node: yaml.Node | None) -> str | None:
    return str(node.value).strip() if isinstance(node, yaml.ScalarNode) else None


def _texts(r: _Reader, node: yaml.Node | None, what: str, limit: int) -> dict[str, str]:
    if node is None:
        return {}
    if isinstance(node, yaml.ScalarNode):
        value = str(node.value).strip()
        return {"*": value} if value else {}
    values = _mapping(node)
    if values is None:
        r.fail(node, f"{what} must be a text or a mapping of languages (en, es, fr, pt)")
        return {}
    out = {}
    for lang, child in values.items():
        if lang not in LANGUAGES:
            r.fail(child, f"{what}: unknown language {lang!r} (en, es, fr, pt)")
            continue
        text = _scalar(child) or ""
        if len(text) > limit:
            r.fail(child, f"{what} ({lang}) is {len(text)} characters long; the limit is {limit}")
            continue
        if text:
            out[lang] = text
    return out


def _day(r: _Reader, node: yaml.Node | None, what: str) -> date | None:
    text = _scalar(node)
    if not text:
        r.fail(node, f"{what} is missing")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        r.fail(node, f"{what} {text!r} is not a real date (YYYY-MM-DD)")
        return None


def _moment(
    r: _Reader, node: yaml.Node | None, what: str, zone: ZoneInfo | None
) -> datetime | None:
    text = _scalar(node)
    if not text:
        r.fail(node, f"{what} is missing")
        return None
    try:
        value = datetime.fromisoformat(text.replace("T", " "))
    except ValueError:
        r.fail(node, f"{what} {text!r} is not a real date and time (YYYY-MM-DD HH:MM)")
        return None
    if value.tzinfo is not None:
        r.fail(node, f"{what} must be written in the meeting's time zone, without an offset")
        return None
    return value.replace(tzinfo=zone) if zone else value


def parse(text: str) -> tuple[Agenda | None, list[Problem]]:
    """An agenda from YAML text, or None and every problem found."""
    r = _Reader()
    if not text.strip():
        return None, [Problem(None, "the file is empty")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        return None, [Problem(line, f"not valid YAML: {getattr(exc, 'problem', exc)}")]
    except RecursionError:  # thousands of nested brackets: no agenda looks like that
        return None, [Problem(1, "not an agenda: nested too deeply to be read", True)]
    top = _mapping(root)
    if top is None or "meeting" not in top or "sessions" not in top:
        return None, [Problem(1, "not an agenda: expected the keys 'meeting' and 'sessions'", True)]
    meeting = _mapping(top["meeting"])
    if meeting is None:
        r.fail(top["meeting"], "'meeting' must be a mapping")
        return None, r.problems
    zone_name = _scalar(meeting.get("timezone")) or ""
    zone: ZoneInfo | None = None
    try:
        if "/" not in zone_name:
            raise ZoneInfoNotFoundError(zone_name)
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        r.fail(
            meeting.get("timezone") or top["meeting"],
            f"unknown time zone {zone_name!r}: use an IANA name such as America/New_York",
        )
    default_language = _scalar(meeting.get("default_language")) or "en"
    if default_language not in LANGUAGES:
        r.fail(
            meeting.get("default_language"),
            f"default_language must be one of {', '.join(LANGUAGES)}",
        )
        default_language = "en"
    title = _texts(r, meeting.get("title"), "meeting title", MAX_TITLE)
    days_node = meeting.get("days")
    days: list[date] = []
    if not isinstance(days_node, yaml.SequenceNode) or not days_node.value:
        r.fail(days_node or top["meeting"], "'days' must list the meeting's days (YYYY-MM-DD)")
    else:
        for d in days_node.value:
            found = _day(r, d, "day")
            if found:
                days.append(found)
    tbc = (_scalar(meeting.get("to_be_confirmed")) or "").lower() in ("true", "yes")
    sessions_node = top["sessions"]
    if not isinstance(sessions_node, yaml.SequenceNode):
        r.fail(sessions_node, "'sessions' must be a list")
        return None, r.problems
    if len(sessions_node.value) > MAX_SESSIONS:
        r.fail(sessions_node, f"{len(sessions_node.value)} sessions; at most {MAX_SESSIONS}")
        return None, r.problems
    sessions: list[Session] = []
    seen: dict[str, int] = {}
    for node in sessions_node.value:
        s = _session(r, node, zone, default_language, days)
        if s is None:
            continue
        if s.id in seen:
            r.fail(node, f"duplicate session id {s.id!r} (first on line {seen[s.id]})")
            continue
        seen[s.id] = s.line
        sessions.append(s)
    sessions.sort(key=lambda s: (s.start, s.id))
    for a, b in itertools.pairwise(sessions):
        if b.start < a.end and "break" not in (a.kind, b.kind):
            r.problems.append(
                Problem(b.line, f"session {b.id!r} overlaps {a.id!r} (line {a.line})")
            )
    if r.problems or zone is None:
        return None, r.problems
    theme = _texts(r, meeting.get("theme"), "theme", MAX_TITLE)
    if "*" in theme:
        theme = {default_language: theme.pop("*")}
    agenda = Agenda(title, zone_name, default_language, tuple(days), tuple(sessions), tbc, theme)
    return agenda, []


PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", ".example", "localhost")


def warnings(agenda: Agenda) -> list[Problem]:
    """What is valid but should not reach delegates: links to placeholder hosts."""
    found = []
    for s in agenda.sessions:
        for link in (s.link, s.video, s.livestream):
            host = link.split("/")[2].lower() if link and link.count("/") >= 2 else ""
            if host and any(host == h.strip(".") or host.endswith(h) for h in PLACEHOLDER_HOSTS):
                found.append(
                    Problem(s.line, f"session {s.id!r}: {link} is a placeholder, not a real link")
                )
    return found


def _session(
    r: _Reader, node: yaml.Node, zone: ZoneInfo | None, default_language: str, days: list[date]
) -> Session | None:
    values = _mapping(node)
    if values is None:
        r.fail(node, "a session must be a mapping")
        return None
    before = len(r.problems)
    session_id = _scalar(values.get("id")) or ""
    if (
        not session_id
        or len(session_id) > 32
        or not all(ch.isalnum() or ch in "-_" for ch in session_id)
    ):
        r.fail(values.get("id") or node, "session id must be 1-32 letters, digits, - or _")
    start = _moment(r, values.get("start"), "start", zone)
    end = _moment(r, values.get("end"), "end", zone)
    if start and end and end <= start:
        r.fail(values.get("end"), f"session {session_id!r} ends before it starts")
    if start and days and start.date() not in days:
        r.fail(values.get("start"), f"session {session_id!r} is outside the meeting's days")
    kind = _scalar(values.get("kind")) or "plenary"
    if kind not in KINDS:
        r.fail(values.get("kind"), f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    title = _texts(r, values.get("title"), "title", MAX_TITLE)
    if "*" in title:
        title = {default_language: title.pop("*")}
    if not title:
        r.fail(values.get("title") or node, f"session {session_id!r} has no title")
    description = _texts(r, values.get("description"), "description", MAX_TEXT)
    if "*" in description:
        description = {default_language: description.pop("*")}
    links = {}
    for name in ("link", "video", "livestream"):
        links[name] = _scalar(values.get(name)) or None
        if links[name] and not str(links[name]).startswith(("https://", "http://")):
            r.fail(values.get(name), f"{name} must start with https://")
    interpretation: tuple[str, ...] = ()
    interpreted = values.get("interpretation")
    if isinstance(interpreted, yaml.SequenceNode):
        interpretation = tuple(str(_scalar(n)) for n in interpreted.value)
        if any(lang not in LANGUAGES for lang in interpretation):
            r.fail(interpreted, "interpretation lists languages among en, es, fr, pt")
    elif interpreted is not None:
        r.fail(interpreted, "interpretation must be a list of languages, e.g. [en, es, fr, pt]")
    tbc = (_scalar(values.get("to_be_confirmed")) or "").lower() in ("true", "yes")
    addition = (_scalar(values.get("addition")) or "").lower() in ("true", "yes")
    point = _scalar(values.get("point")) or None
    if len(r.problems) > before or start is None or end is None:
        return None
    return Session(
        session_id,
        start,
        end,
        kind,
        title,
        description,
        links["link"],
        tbc,
        node.start_mark.line + 1,
        links["video"],
        links["livestream"],
        interpretation,
        point,
        addition,
    )


@dataclass
class Change:
    added: list[Session] = field(default_factory=list)
    removed: list[Session] = field(default_factory=list)
    moved: list[tuple[Session, Session]] = field(default_factory=list)
    edited: list[Session] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.edited)


def diff(old: Agenda | None, new: Agenda) -> Change:
    """What changes from `old` to `new`: sessions added, removed, moved, edited."""
    change = Change()
    before = {s.id: s for s in (old.sessions if old else ())}
    after = {s.id: s for s in new.sessions}
    for sid, s in after.items():
        if sid not in before:
            change.added.append(s)
        elif (before[sid].start, before[sid].end) != (s.start, s.end):
            change.moved.append((before[sid], s))
        elif (
            before[sid].title,
            before[sid].description,
            before[sid].link,
            before[sid].video,
            before[sid].livestream,
        ) != (s.title, s.description, s.link, s.video, s.livestream):
            change.edited.append(s)
    change.removed = [s for sid, s in before.items() if sid not in after]
    return change


@cache
def default_text() -> str:
    """The shipped agenda of the 2021 CIDI meeting (hours to be confirmed)."""
    return resources.files("scheduler").joinpath("data/cidi-2021.yaml").read_text("utf-8")
