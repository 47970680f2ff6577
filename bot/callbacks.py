"""Callback data: one typed codec per feature.

A button carries `prefix:action:value:value…`, at most 64 bytes (Telegram's limit). Each
feature declares its actions as an enum and, per action, the kinds of value it carries: a
whole number, or one of a fixed set of words. `parse` gives back the action and the values,
converted, or None for anything else — a forged button, one from an older version, a value
out of range — which the prologue (bot.handlers.common.handler) answers as a stale button.
The dialog engine's own buttons (`d:`) keep their codec in bot.dialogs.engine.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from catalogue import meetings, partnerships
from catalogue.countries import EUROPEAN_UNION, world
from catalogue.delegates import PROFILE_FIELDS
from catalogue.roles import GRANTABLE
from catalogue.searches import FILTERS
from catalogue.taxonomy import LANGUAGES
from storage import ids

MAX_BYTES = 64
PLACES = (*world(), EUROPEAN_UNION)  # where an actor stands: a country, or the EU
INT = int  # a value kind: a row's id or a small whole number (within the database's INTEGER)


class User(int):
    """A value kind: a Telegram user id (the database's BIGINT)."""


USER = User
A = TypeVar("A", bound=StrEnum)
Kind = type[int] | type[User] | Collection[str]
Value = int | str


@dataclass(frozen=True)
class Call(Generic[A]):
    """A parsed button press: what to do, and the values it carries."""

    action: A
    values: tuple[Value, ...]

    def number(self, index: int = 0) -> int:
        value = self.values[index]
        assert isinstance(value, int)
        return value

    def word(self, index: int = 0) -> str:
        return str(self.values[index])


class Feature(Generic[A]):
    def __init__(self, prefix: str, actions: Mapping[A, tuple[Kind, ...]]) -> None:
        self.prefix = prefix
        self.actions = dict(actions)
        self.pattern = rf"^{prefix}:"  # what CallbackQueryHandler routes on

    def data(self, action: A, *values: Value) -> str:
        kinds = self.actions[action]
        if len(values) != len(kinds) or _convert(kinds, [str(v) for v in values]) is None:
            raise ValueError(f"{self.prefix}:{action.value} takes {kinds}, not {values}")
        data = ":".join([self.prefix, action.value, *(str(v) for v in values)])
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    def parse(self, data: str | None) -> Call[A] | None:
        parts = (data or "").split(":")
        if len(parts) < 2 or parts[0] != self.prefix:
            return None
        action = next((a for a in self.actions if a.value == parts[1]), None)
        if action is None:
            return None
        values = _convert(self.actions[action], parts[2:])
        return None if values is None else Call(action, values)


def _convert(kinds: tuple[Kind, ...], raw: list[str]) -> tuple[Value, ...] | None:
    if len(raw) != len(kinds):
        return None
    values: list[Value] = []
    for kind, text in zip(kinds, raw, strict=True):
        if kind is int or kind is User:
            number = ids.parse(text, ids.BIG_MAX if kind is User else ids.ID_MAX)
            if number is None:  # not ASCII digits, or beyond what the column holds
                return None
            values.append(number)
        elif isinstance(kind, Collection) and text in kind:
            values.append(text)
        else:
            return None
    return tuple(values)


class Entry(StrEnum):
    OPEN = "o"
    EDIT = "e"
    WITHDRAW = "w"
    WITHDRAW_YES = "wy"
    WITHDRAW_NO = "wn"


ENTRY = Feature("ent", {a: (INT,) for a in Entry})


class Draft(StrEnum):
    DISCARD = "y"
    KEEP = "n"


DRAFT = Feature("cd", {a: () for a in Draft})


class Menu(StrEnum):
    OFFER = "offer"
    NEED = "need"
    MINE = "mine"


MENU = Feature("menu", {a: () for a in Menu})


class Review(StrEnum):
    APPROVE = "a"
    CHANGES = "c"
    REJECT = "r"
    SKIP = "s"
    HISTORY = "h"
    NEXT = "n"


REVIEW = Feature(
    "rv",
    {
        Review.APPROVE: (INT, INT),  # entry id, the version the reviewer saw
        Review.CHANGES: (INT, INT),
        Review.REJECT: (INT, INT),
        Review.SKIP: (INT,),
        Review.HISTORY: (INT,),
        Review.NEXT: (),
    },
)


class Search(StrEnum):
    PAGE = "p"  # search id, page
    MENU = "m"  # search id, a filter's name: its choices
    KIND = "k"  # search id, a value of that filter ("-": any)
    AREA = "a"
    COUNTRY = "c"
    MODALITY = "o"
    ACTOR = "t"
    GROUP = "g"
    CLEAR = "x"  # search id: every filter off
    NEW = "n"  # another search: the words asked for


# The filter each setting action sets (catalogue.searches.FILTERS names them).
SEARCH_FILTERS: dict[Search, str] = {
    Search.KIND: "kind",
    Search.AREA: "area",
    Search.COUNTRY: "country",
    Search.MODALITY: "modality",
    Search.ACTOR: "actor_kind",
    Search.GROUP: "target_group",
}
SEARCH = Feature(
    "sr",
    {
        Search.PAGE: (INT, INT),
        Search.MENU: (INT, tuple(SEARCH_FILTERS.values())),
        Search.CLEAR: (INT,),
        Search.NEW: (),
        **{a: (INT, ("-", *FILTERS[name])) for a, name in SEARCH_FILTERS.items()},
    },
)


class Cat(StrEnum):
    DETAILS = "d"
    INTERESTED = "i"


CATALOGUE = Feature("ct", {a: (INT,) for a in Cat})


class Match(StrEnum):
    DISMISS = "x"


MATCH = Feature("mt", {Match.DISMISS: (INT,)})


class Conn(StrEnum):
    ACCEPT = "a"
    DECLINE = "d"
    BLOCK = "b"
    REPORT = "r"


CONNECTION = Feature("cn", {a: (INT,) for a in Conn})


class Partner(StrEnum):
    NEXT = "n"  # partnership id, the stage it moves to (a second tap finds it there: stale)
    DROP = "d"  # partnership id: the reasons
    REASON = "r"  # partnership id, the reason: dropped
    NOTE = "o"  # partnership id: write a note
    THIRD = "t"  # partnership id: name a third party
    BACK = "b"  # partnership id: from the reasons back to the list
    KEEP = "k"  # partnership id: the reasons' Cancel (not dropped)


PARTNERSHIP = Feature(
    "ps",
    {
        Partner.NEXT: (INT, tuple(partnerships.FORWARD.values())),
        Partner.DROP: (INT,),
        Partner.REASON: (INT, partnerships.DROP_REASONS),
        Partner.NOTE: (INT,),
        Partner.THIRD: (INT,),
        Partner.BACK: (INT,),
        Partner.KEEP: (INT,),
    },
)


class FollowUp(StrEnum):
    ANSWER = "a"  # partnership id, the stage it is at now
    DROP = "d"  # partnership id: the reasons
    REASON = "r"  # partnership id, the reason: dropped
    BACK = "b"  # partnership id: from the reasons back to the check-in
    KEEP = "k"  # partnership id: the reasons' Cancel (not dropped)


FOLLOWUP = Feature(
    "fu",
    {
        FollowUp.ANSWER: (INT, tuple(s for s in partnerships.STAGES if s != "dropped")),
        FollowUp.DROP: (INT,),
        FollowUp.REASON: (INT, partnerships.DROP_REASONS),
        FollowUp.BACK: (INT,),
        FollowUp.KEEP: (INT,),
    },
)


class Agenda(StrEnum):
    DAY = "d"


AGENDA = Feature("ag", {Agenda.DAY: (INT,)})


class Reminders(StrEnum):
    TOGGLE = "t"
    LEAD = "l"
    DIGEST = "d"
    ALL = "a"
    SESSION = "s"
    FOLLOW = "f"  # from /agenda: be reminded of this session


REMINDERS = Feature(
    "rm",
    {
        Reminders.TOGGLE: (),
        Reminders.LEAD: (INT,),
        Reminders.DIGEST: (),
        Reminders.ALL: (),
        Reminders.SESSION: (INT,),
        Reminders.FOLLOW: (INT,),
    },
)


class Upload(StrEnum):
    APPLY = "y"
    KEEP = "n"


AGENDA_UPLOAD = Feature("agu", {a: () for a in Upload})


class Broadcast(StrEnum):
    CANCEL = "x"


BROADCAST = Feature("bc", {Broadcast.CANCEL: (INT,)})


class Language(StrEnum):
    SET = "s"


LANGUAGE = Feature("lang", {Language.SET: (LANGUAGES,)})


class Forget(StrEnum):
    YES = "yes"
    NO = "no"


# "yes" carries the one-time ticket shown with the question (catalogue.delegates.forget_ticket)
FORGET = Feature("forget", {Forget.YES: (INT,), Forget.NO: ()})


class Country(StrEnum):
    SHOW = "s"


COUNTRY = Feature("co", {Country.SHOW: (PLACES,)})


class Invite(StrEnum):
    ROLE = "r"


INVITE = Feature("iv", {Invite.ROLE: (GRANTABLE,)})


class Roles(StrEnum):
    REVOKE = "r"


ROLES = Feature("rl", {Roles.REVOKE: (USER, GRANTABLE)})  # user id, role


class Person(StrEnum):
    PROFILE = "p"  # user id: the secretariat reads a delegate's profile and contact record
    BAR = "b"  # user id: bars them from contact requests
    UNBAR = "u"  # user id: lifts that


PERSON = Feature("pe", {a: (USER,) for a in Person})


class Profile(StrEnum):
    EDIT = "e"


PROFILE = Feature("prof", {Profile.EDIT: ((*PROFILE_FIELDS, "language"),)})


class Meet(StrEnum):
    SLOTS = "s"  # source kind, source id, minutes: the slots to propose
    PICK = "p"  # source kind, source id, minutes, start (minutes since the epoch): proposed
    TYPE = "t"  # source kind, source id, minutes: type another time
    ACCEPT = "a"  # meeting id
    DECLINE = "d"  # meeting id: with or without words?
    DECLINE_NOW = "dn"  # meeting id: declined without words
    DECLINE_WORDS = "dw"  # meeting id: write the words
    RESLOT = "r"  # meeting id: the slots for another time (a counter-proposal, or a move)
    REPICK = "rp"  # meeting id, start: proposed in return, or moved
    RETYPE = "rt"  # meeting id: type another time
    CANCEL = "c"  # meeting id
    HELD = "h"  # meeting id, yes or no
    LINK = "l"  # meeting id: paste a video link of one's own


SOURCES = meetings.SOURCES
MEET = Feature(
    "mg",
    {
        Meet.SLOTS: (SOURCES, INT, ("30", "60")),
        Meet.PICK: (SOURCES, INT, ("30", "60"), INT),
        Meet.TYPE: (SOURCES, INT, ("30", "60")),
        Meet.ACCEPT: (INT,),
        Meet.DECLINE: (INT,),
        Meet.DECLINE_NOW: (INT,),
        Meet.DECLINE_WORDS: (INT,),
        Meet.RESLOT: (INT,),
        Meet.REPICK: (INT, INT),
        Meet.RETYPE: (INT,),
        Meet.CANCEL: (INT,),
        Meet.HELD: (INT, ("yes", "no")),
        Meet.LINK: (INT,),
    },
)


class Avail(StrEnum):
    DAYS = "d"  # weekdays preset
    HOURS = "h"  # hours preset


WEEKDAY_PRESETS = {"mf": "01234", "ms": "012345", "all": "0123456"}
HOUR_PRESETS = {"7-16": (7, 16), "8-17": (8, 17), "9-18": (9, 18), "10-19": (10, 19),
                "12-21": (12, 21)}  # fmt: skip
AVAILABILITY = Feature(
    "av", {Avail.DAYS: (tuple(WEEKDAY_PRESETS),), Avail.HOURS: (tuple(HOUR_PRESETS),)}
)

FEATURES = (
    ENTRY,
    COUNTRY,
    DRAFT,
    MENU,
    REVIEW,
    SEARCH,
    CATALOGUE,
    MATCH,
    CONNECTION,
    PARTNERSHIP,
    FOLLOWUP,
    AGENDA,
    REMINDERS,
    AGENDA_UPLOAD,
    BROADCAST,
    LANGUAGE,
    FORGET,
    INVITE,
    ROLES,
    PERSON,
    PROFILE,
    MEET,
    AVAILABILITY,
)
