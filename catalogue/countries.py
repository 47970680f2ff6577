"""Countries: the OAS lists, CLDR names in four languages, fuzzy lookup, IANA zones.

Names come from CLDR through Babel and the country list and zones from the
IANA time zone database shipped by `tzdata`, so nothing here is a hand-kept
translation. Lookup folds case and accents so that "Brésil", "brasil" and
"brazil" all find BR. The one hand-kept list is what people type for a time zone
(catalogue/data/zone_names.yaml: capitals, main cities, the Americas' abbreviations), read
before any guess, because a guess there sets reminders at a wrong hour.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import yaml
from babel import Locale
from babel.dates import get_timezone_location
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from catalogue.taxonomy import LANGUAGES

# The 35 member states of the OAS (ISO 3166-1 alpha-2).
OAS_MEMBERS: tuple[str, ...] = (
    "AG",
    "AR",
    "BS",
    "BB",
    "BZ",
    "BO",
    "BR",
    "CA",
    "CL",
    "CO",
    "CR",
    "CU",
    "DM",
    "DO",
    "EC",
    "SV",
    "US",
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PA",
    "PY",
    "PE",
    "KN",
    "LC",
    "VC",
    "SR",
    "TT",
    "UY",
    "VE",
)

# The sub-regions a regional need can name (the seed: "national and regional needs"), as the
# member states they hold. Groupings overlap as they do in practice: Belize is Central American
# and in CARICOM, Guyana and Suriname South American and in CARICOM. The Andean group is the
# Andean Community.
SUBREGIONS: dict[str, tuple[str, ...]] = {
    "caribbean": (
        "AG", "BS", "BB", "BZ", "CU", "DM", "DO", "GD", "GY", "HT", "JM", "KN", "LC", "VC",
        "SR", "TT",
    ),
    "central_america": ("BZ", "CR", "SV", "GT", "HN", "NI", "PA"),
    "south_america": ("AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE"),
    "north_america": ("CA", "MX", "US"),
    "andean": ("BO", "CO", "EC", "PE"),
}  # fmt: skip


def subregion_code(text: str) -> str | None:
    """ "Caribbean", "central_america", "Central America": the sub-region's code, or None."""
    code = fold(text).replace(" ", "_").replace("-", "_")
    return code if code in SUBREGIONS else None


def regions_in(codes: Iterable[str]) -> tuple[list[str], list[str]]:
    """The sub-regions wholly among `codes` (largest first, none nested in another chosen),
    and the countries left over: how a list of countries is best said."""
    chosen = set(codes)
    regions: list[str] = []
    covered: set[str] = set()
    for region, members in sorted(SUBREGIONS.items(), key=lambda kv: -len(kv[1])):
        if set(members) <= chosen and not set(members) <= covered:
            regions.append(region)
            covered |= set(members)
    return regions, [c for c in codes if c not in covered]


# The European Union is a permanent observer and not a country: "EU" in files, named by
# CLDR (which lists it beside the territories) in each language, no time zone of its own.
EUROPEAN_UNION = "EU"

# The OAS's permanent observers (its published list of 70): 69 states and the European Union.
OAS_OBSERVERS: tuple[str, ...] = (
    "AL",
    "DZ",
    "AO",
    "AM",
    "AT",
    "AZ",
    "BE",
    "BJ",
    "BA",
    "BG",
    "CN",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EG",
    "GQ",
    "EE",
    "FI",
    "FR",
    "GE",
    "DE",
    "GH",
    "GR",
    "VA",
    "HU",
    "IS",
    "IN",
    "IE",
    "IL",
    "IT",
    "JP",
    "KZ",
    "KR",
    "LV",
    "LB",
    "LI",
    "LT",
    "LU",
    "MT",
    "MC",
    "ME",
    "MA",
    "NL",
    "NG",
    "MK",
    "NO",
    "PK",
    "PH",
    "PL",
    "PT",
    "QA",
    "RO",
    "RU",
    "SA",
    "RS",
    "SK",
    "SI",
    "ES",
    "LK",
    "SE",
    "CH",
    "TH",
    "TN",
    "TR",
    "UA",
    "GB",
    "VU",
    "YE",
    EUROPEAN_UNION,
)

# Where a country spans several zones, the zone of its capital is proposed first.
# Every value is an IANA zone of that country (checked by a test).
CAPITAL_ZONES: dict[str, str] = {
    "AR": "America/Argentina/Buenos_Aires",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "CL": "America/Santiago",
    "EC": "America/Guayaquil",
    "ES": "Europe/Madrid",
    "KZ": "Asia/Almaty",
    "MX": "America/Mexico_City",
    "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
    "CN": "Asia/Shanghai",
    "DE": "Europe/Berlin",
}

# Common short forms CLDR does not list as names.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "EEUU", "EE UU", "EUA", "Estados Unidos de America"),
    "GB": ("UK", "Great Britain", "Royaume Uni", "Reino Unido"),
    "KN": ("Saint Kitts and Nevis", "St Kitts"),
    "VC": ("Saint Vincent", "St Vincent"),
    "LC": ("St Lucia",),
    "TT": ("Trinidad", "Tobago"),
    "KR": ("Korea", "South Korea", "Corea", "Coree"),
    "VA": ("Vatican", "Vaticano", "Vatican City"),
}

SCOPES = ("member", "observer", "state", "world")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form all lookups compare."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        kept.append(ch if ch.isalnum() else " ")
    return " ".join("".join(kept).split())


@cache
def world() -> tuple[str, ...]:
    """Every ISO 3166-1 country, from the IANA database's iso3166.tab."""
    text = resources.files("tzdata").joinpath("zoneinfo/iso3166.tab").read_text("utf-8")
    codes = [line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"]
    return tuple(sorted(codes))


def codes_for(scope: str) -> tuple[str, ...]:
    """The countries offered for a scope: member states, observers, or the world."""
    if scope == "member":
        return OAS_MEMBERS
    if scope == "observer":
        return OAS_OBSERVERS
    if scope == "state":
        return OAS_MEMBERS + OAS_OBSERVERS
    return world()


def is_country(code: object) -> bool:
    """True for an ISO 3166-1 alpha-2 code the IANA database knows."""
    return isinstance(code, str) and code in world()


def is_place(code: object) -> bool:
    """Where an actor stands: a country, or the European Union (an observer, not a country)."""
    return code == EUROPEAN_UNION or is_country(code)


@cache
def oas_table() -> dict[str, dict[str, dict[str, str]]]:
    """The OAS's names of its Member States and Permanent Observers in the four languages
    (catalogue/data/oas_names.yaml): {"members": {code: {lang: name}}, "observers": …}."""
    text = resources.files("catalogue.data").joinpath("oas_names.yaml").read_text("utf-8")
    table: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(text)
    return table


# The names the bot writes, by language (the language review, X12 and Y10): the OAS's for its
# members and observers, CLDR's for every other country. CLDR's names still find a country
# when typed ("Surinam", "Czechia").
OAS_NAMES: dict[str, dict[str, str]] = {
    lang: {code: names[lang] for part in oas_table().values() for code, names in part.items()}
    for lang in LANGUAGES
}


def name(code: str, lang: str) -> str:
    """The country's name in one of the four languages: the OAS's for its members and
    observers, else CLDR's."""
    return OAS_NAMES.get(lang, {}).get(code) or _territories(lang).get(code, code)


def sorted_codes(codes: Iterable[str], lang: str) -> list[str]:
    """Codes ordered by their name in the reader's language, accents ignored."""
    return list(_sorted_codes(tuple(codes), lang))


@cache
def _sorted_codes(codes: tuple[str, ...], lang: str) -> tuple[str, ...]:
    # Kept: the same few lists (member states, observers) are sorted again for every
    # delegate who reaches the country question, and folding the names costs the most.
    return tuple(sorted(codes, key=lambda c: fold(name(c, lang))))


@cache
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).territories)


@dataclass(frozen=True)
class CountryHit:
    code: str
    score: float


@cache
def _choices(scope: str) -> tuple[list[str], list[str]]:
    """Folded names (all four languages, codes, aliases) and the code each stands for."""
    names: list[str] = []
    owners: list[str] = []
    for code in codes_for(scope):
        variants: set[str] = set()
        for lang in LANGUAGES:
            variants.add(fold(name(code, lang)))
            variants.add(fold(_territories(lang).get(code, "")))  # CLDR's, where the OAS differs
        variants.update(fold(a) for a in ALIASES.get(code, ()))
        for v in variants:
            if v:
                names.append(v)
                owners.append(code)
    return names, owners


def find(query: str, scope: str = "world", limit: int = 6) -> list[CountryHit]:
    """Countries whose name in any of the four languages is close to `query`.

    An exact (folded) name wins alone; otherwise the best fuzzy hits, so that a
    typo still finds the country and the delegate picks from a short list.
    """
    q = fold(query)
    if not q:
        return []
    names, owners = _choices(scope)
    exact = {owners[i] for i, n in enumerate(names) if n == q}
    if not exact and q.upper() in codes_for(scope):  # an ISO code, exact only
        exact = {q.upper()}
    if len(exact) == 1:
        return [CountryHit(exact.pop(), 100.0)]
    if len(q) < 2:
        return []
    typos = _one_typo(q, names, owners)
    if typos:
        return typos[:limit]
    hits = process.extract(q, names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=75)
    best: dict[str, float] = {}
    for _name, score, idx in hits:
        code = owners[idx]
        # A short query that is merely contained in a long name scores high with
        # WRatio; penalise by the length gap so "peru" does not find "perú y ...".
        adjusted = float(score) - abs(len(names[idx]) - len(q)) * 0.1
        if adjusted > best.get(code, 0.0):
            best[code] = adjusted
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < GUESS:
        return []  # a weak guess ("Narnia" for Armenia) is no answer
    top = ranked[0][1]
    return [CountryHit(c, round(s, 1)) for c, s in ranked[:limit] if s >= top - CLOSE]


def _one_typo(q: str, names: list[str], owners: list[str]) -> list[CountryHit]:
    """Countries one typo away from `q`: two letters swapped, one added, dropped or changed
    ("Frnace", "Mexcio", "Peur"). WRatio scores a swap in a short name too low to tell it
    from a guess ("Narnia"), so these are looked for first, in names of TYPO_MIN letters or
    more only, where one edit does not turn one word into another."""
    if len(q) < TYPO_MIN:
        return []
    near = process.extract(q, names, scorer=OSA.distance, score_cutoff=1, limit=None)
    best: dict[str, int] = {}
    for _name, distance, idx in near:
        if len(names[idx]) >= TYPO_MIN and distance < best.get(owners[idx], 2):
            best[owners[idx]] = int(distance)
    ranked = sorted(best.items(), key=lambda kv: (kv[1], kv[0]))
    return [CountryHit(code, 100.0 - 5 * distance) for code, distance in ranked]


def find_place(query: str) -> list[CountryHit]:
    """Where an actor may stand: any country, else the permanent observers (the EU)."""
    return find(query[:80], "world") or find(query[:80], "observer")


GUESS = 84.0  # below this a fuzzy match is a guess, not a typo ("Hati" 89, "Narnia" 77)
CLOSE = 10.0  # candidates this far below the best are not offered beside it
TYPO_MIN = 4  # a name this long or longer is found despite one typo
LISTED = re.compile(r"\s*[,;/\n]\s*")
JOINED = re.compile(r"\s+(?:and|y|e|et)\s+", re.IGNORECASE)


@dataclass
class Resolved:
    """Several typed country names: those found, those unknown, those to choose between."""

    codes: list[str]
    unknown: list[str]
    ambiguous: list[tuple[str, list[CountryHit]]]


def resolve_many(text: str, scope: str = "world") -> Resolved:
    """ "Haiti, Jamaïque et république dominicaine" -> HT, JM, DO. A name that holds a
    conjunction ("Trinidad y Tobago", "Antigua and Barbuda") stays whole when it is one.
    Every piece typed ends somewhere: found, to choose between, or unknown, never dropped
    ("Colombie, Guatemla et Mexcio" is three pieces, not one name nothing quite matches)."""
    found = Resolved([], [], [])
    for part in (p for p in LISTED.split(text) if p.strip()):
        pieces = [(piece, find(piece, scope)) for piece in _pieces(part, scope)]
        sure = {hits[0].code for _piece, hits in pieces if len(hits) == 1}
        for piece, hits in pieces:
            if len(hits) == 1:
                if hits[0].code not in found.codes:
                    found.codes.append(hits[0].code)
            elif any(h.code in sure for h in hits):
                continue  # the other half of a name found ("Trinidad y Tobgo")
            elif hits:
                found.ambiguous.append((piece, hits))
            else:
                found.unknown.append(piece)
    return found


def _pieces(part: str, scope: str) -> list[str]:
    """A part of a typed list as the names it holds: whole when it is one name (exactly, or
    the one country a typo points to while its pieces are not all names), else split at
    its conjunctions so that each piece is found or named as not found."""
    if not JOINED.search(part):
        return [part]
    whole = find(part, scope)
    if whole and whole[0].score >= 100:
        return [part]
    split = [p for p in JOINED.split(part) if p.strip()]
    if all(find(piece, scope) for piece in split):
        return split
    return [part] if len(whole) == 1 else split


@cache
def _zone_tab() -> dict[str, tuple[str, ...]]:
    text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text("utf-8")
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        zones.setdefault(parts[0], []).append(parts[2])
    return {k: tuple(v) for k, v in zones.items()}


def zones_for(code: str) -> tuple[str, ...]:
    """The IANA zones of a country, the capital's first."""
    zones = list(_zone_tab().get(code, ()))
    capital = CAPITAL_ZONES.get(code)
    if capital in zones:
        zones.remove(capital)
        zones.insert(0, capital)
    return tuple(zones)


def zone_choices(code: str) -> tuple[str, ...]:
    """One zone per distinct clock of the country (its winter and summer offsets), the
    capital's first, then in zone.tab's order (which lists each region's main city first):
    the United States as New York, Chicago, Denver, Phoenix, Los Angeles, Anchorage…,
    not eight variants of Eastern time."""
    seen: set[tuple[timedelta | None, ...]] = set()
    chosen = []
    for zone in zones_for(code):
        info = ZoneInfo(zone)
        clock = tuple(datetime(2021, month, 15, 12, tzinfo=info).utcoffset() for month in (1, 7))
        if clock not in seen:
            seen.add(clock)
            chosen.append(zone)
    return tuple(chosen)


def proposed_zone(code: str | None, fallback: str) -> str:
    """The zone to propose for a delegate from this country."""
    zones = zones_for(code) if code else ()
    return zones[0] if zones else fallback


@dataclass(frozen=True)
class ZoneMatch:
    """What a typed time zone answer means: `zone` when it is sure; `candidates` to ask
    about with buttons when it is a guess or names places in several zones; neither when
    nothing fits. A guess is never applied silently: reminders would come at a wrong hour."""

    zone: str | None = None
    candidates: tuple[str, ...] = ()


ZONE_GUESS = 80.0  # below this fuzz.ratio a typed name is no guess at all ("qwertyuiop")
ZONE_CANDIDATES = 6  # at most this many zones offered for one answer
ZONE_DATA = "zone_names.yaml"
# "UTC−5", "GMT-3", "UTC -03:00", "+01:00": a fixed offset from UTC.
OFFSET = re.compile(
    r"^(?:(?:utc|gmt)\s*)?([+\-−–])\s*(\d{1,2})(?:\s*[:h.]?\s*(\d{2}))?$", re.IGNORECASE
)
SAINTS = {"st": "saint", "ste": "sainte"}


def _zone_key(text: str) -> str:
    """The form typed places are compared in: folded, "St" read as "Saint", no spaces, so
    that "Washington DC" is "Washington D.C." and "St Johns" is "St. John's"."""
    return "".join(SAINTS.get(w, w) for w in fold(text).split())


@dataclass(frozen=True)
class TypedPlace:
    """One name of the curated table (catalogue/data/zone_names.yaml)."""

    country: str
    zone: str
    lang: str
    name: str


@cache
def _zone_data() -> dict[str, Any]:
    text = resources.files("catalogue.data").joinpath(ZONE_DATA).read_text("utf-8")
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}


@cache
def typed_places() -> tuple[TypedPlace, ...]:
    """Every capital and main city of the table, with its country, zone and language, in the
    table's order. A place without a zone is in its country's only zone."""
    found: list[TypedPlace] = []
    for code, places in (_zone_data().get("places") or {}).items():
        for place in places:
            zone = place.get("zone")
            if zone is None:
                zones = zones_for(str(code))
                if len(zones) != 1:
                    raise ValueError(f"{ZONE_DATA}: {code} has several zones, name one")
                zone = zones[0]
            for lang in LANGUAGES:
                for typed in place.get(lang) or ():
                    found.append(TypedPlace(str(code), str(zone), lang, str(typed)))
    return tuple(found)


def zone_abbreviations() -> dict[str, str]:
    """ "EST" -> America/New_York: the abbreviations read as the Americas read them."""
    return {str(k): str(v) for k, v in (_zone_data().get("abbreviations") or {}).items()}


@cache
def _links() -> dict[str, str]:
    """IANA link names to their zone ("Brazil/East" -> America/Sao_Paulo), except the links
    zone.tab lists as a country's own zone (America/Antigua stays itself)."""
    text = resources.files("tzdata").joinpath("zoneinfo/tzdata.zi").read_text("utf-8")
    listed = {z for zones in _zone_tab().values() for z in zones}
    links = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "L" and parts[2] not in listed:
            links[parts[2]] = parts[1]
    return links


def _add(table: dict[str, list[str]], name: str, zone: str) -> None:
    key = _zone_key(name)
    if key and zone not in table.setdefault(key, []):
        table[key].append(zone)


@cache
def _zone_tiers() -> tuple[dict[str, tuple[str, ...]], ...]:
    """The typed names, by how sure they are, first tier first; each name to its zones, in a
    fixed order (never a set's: the same answer gives the same zone in every process).

    1. the curated table of capitals and main cities (catalogue/data/zone_names.yaml);
    2. CLDR's named times in four languages ("Eastern Time", "hora del Pacífico");
    3. country names in four languages: a one-zone country is its zone, a country with
       several is asked about (its zones as buttons);
    4. the city of every zone zone.tab lists (canonical zones only: never a link's last
       part such as "East" or "West"), in IANA's spelling and CLDR's in four languages.
    """
    places: dict[str, list[str]] = {}
    for place in typed_places():
        _add(places, place.name, place.zone)
    named: dict[str, list[str]] = {}
    for meta, zone in (_zone_data().get("metazones") or {}).items():
        for lang in LANGUAGES:
            forms = Locale.parse(lang).meta_zones.get(str(meta), {}).get("long", {})
            for form in ("generic", "standard", "daylight"):
                if forms.get(form):
                    _add(named, str(forms[form]), str(zone))
    states: dict[str, list[str]] = {}
    names, owners = _choices("world")
    for typed, code in zip(names, owners, strict=True):
        for zone in zone_choices(code):
            _add(states, typed, zone)
    cities: dict[str, list[str]] = {}
    for zones in _zone_tab().values():
        for zone in zones:
            _add(cities, zone.rsplit("/", 1)[-1].replace("_", " "), zone)
            for lang in LANGUAGES:
                _add(cities, get_timezone_location(zone, locale=lang, return_city=True), zone)
    return tuple({k: tuple(v) for k, v in t.items()} for t in (places, named, states, cities))


@cache
def _guess_pool() -> tuple[list[str], list[tuple[str, ...]]]:
    """Every typed name of four letters or more and its zones, for the fuzzy guess."""
    keys: list[str] = []
    zones: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for tier in _zone_tiers():
        for key, found in tier.items():
            if len(key) >= 4 and key not in seen:
                seen.add(key)
                keys.append(key)
                zones.append(found)
    return keys, zones


@cache
def _iana_names() -> tuple[dict[str, str], dict[str, str]]:
    """Every IANA name by its case-folded spelling, and (but the fixed-offset Etc zones,
    whose sign folding would lose) by its folded key ("america lima")."""
    names = sorted(z for z in available_timezones() if not z.startswith(("posix/", "right/")))
    exact = {z.casefold(): z for z in names}
    folded = {_zone_key(z): z for z in names if "/" in z and not z.startswith("Etc/")}
    return exact, folded


def _iana(query: str) -> str | None:
    """An IANA name as typed ("America/Lima", "america/lima", "US/Eastern" -> its zone)."""
    typed = "_".join(query.split())
    if "/" not in typed:
        return None  # "EST", "Cuba", "Japan" are IANA names too, but read as people mean them
    exact, folded = _iana_names()
    zone = exact.get(typed.casefold()) or folded.get(_zone_key(query))
    return _links().get(zone, zone) if zone else None


def _offset(query: str) -> ZoneMatch | None:
    """ "UTC−5" -> Etc/GMT+5 (IANA's sign is reversed: Etc/GMT+5 is five hours behind UTC);
    "UTC+05:30" -> the zones keeping that offset, to choose from (there is no Etc zone)."""
    if fold(query) in ("utc", "gmt", "z"):
        return ZoneMatch("Etc/UTC")
    m = OFFSET.match(query.strip())
    if not m:
        return None
    sign = 1 if m.group(1) == "+" else -1
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if minutes not in (0, 30, 45) or hours > (14 if sign > 0 else 12):
        return ZoneMatch()  # no such offset: refused, not guessed
    if minutes == 0:
        return ZoneMatch(f"Etc/GMT{'-' if sign > 0 else '+'}{hours}" if hours else "Etc/UTC")
    wanted = timedelta(minutes=sign * (hours * 60 + minutes))
    keeping = [
        zone
        for zones in _zone_tab().values()
        for zone in zones
        if any(
            datetime(2021, month, 15, 12, tzinfo=ZoneInfo(zone)).utcoffset() == wanted
            for month in (1, 7)
        )
    ]
    return ZoneMatch(candidates=tuple(keeping[:ZONE_CANDIDATES]))


def _exact(query: str) -> ZoneMatch | None:
    """The answer read without guessing, or None when it is no name we know."""
    zone = _iana(query)
    if zone:
        return ZoneMatch(zone)
    by_offset = _offset(query)
    if by_offset is not None:
        return by_offset
    abbreviation = zone_abbreviations().get(fold(query).upper().replace(" ", ""))
    if abbreviation:
        return ZoneMatch(abbreviation)
    key = _zone_key(query)
    for tier in _zone_tiers():
        zones = tier.get(key)
        if zones:
            if len(zones) == 1:
                return ZoneMatch(zones[0])
            return ZoneMatch(candidates=zones[:ZONE_CANDIDATES])
    return None


PLACE_AND_COUNTRY = re.compile(r"\s*[,;(]\s*|\s+-\s+")


def _in_country(query: str) -> ZoneMatch | None:
    """ "San Juan, Puerto Rico", "Kingston (Jamaica)": a place narrowed by its country."""
    parts = [p for p in PLACE_AND_COUNTRY.split(query.replace(")", " ")) if p.strip()]
    if len(parts) != 2:
        return None
    place = _exact(parts[0])
    if place is None:
        return None
    hits = find(parts[1], "world")
    if len(hits) != 1:
        return place
    own = zones_for(hits[0].code)
    within = [z for z in (place.zone, *place.candidates) if z and z in own]
    if len(within) == 1:
        return ZoneMatch(within[0])
    return ZoneMatch(candidates=tuple(within)) if within else place


def _guess(query: str) -> ZoneMatch:
    """The names closest to a misspelt answer, to ask about; nothing when none is close."""
    key = _zone_key(query)
    if len(key) < 4:
        return ZoneMatch()
    keys, zones = _guess_pool()
    hits = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=ZONE_GUESS, limit=12)
    ranked = sorted(hits, key=lambda h: (-h[1], h[2]))  # ties in the table's order
    candidates: list[str] = []
    for _key, _score, index in ranked:
        for zone in zones[index]:
            if zone not in candidates:
                candidates.append(zone)
    return ZoneMatch(candidates=tuple(candidates[:ZONE_CANDIDATES]))


def find_zone(query: str) -> ZoneMatch:
    """What a typed time zone answer means, surest reading first: an IANA name
    ("America/Lima"), an offset ("UTC−5"), an abbreviation of the Americas ("EST"), a
    capital or main city in any of the four languages ("Nueva York", "Brasília"), a named
    time ("hora del Pacífico"), a country ("Cuba"), any zone's city ("Honolulu"); only then
    a fuzzy guess, which is offered as candidates, never applied."""
    q = " ".join(query.split())
    if not q:
        return ZoneMatch()
    return _exact(q) or _in_country(q) or _guess(q)


def utc_offset(zone: str, now: datetime) -> str:
    """The zone's UTC offset at `now`, as ``UTC−05:00``."""
    offset = now.astimezone(ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "−"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
