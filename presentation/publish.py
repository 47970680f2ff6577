"""The published catalogue as a document: one self-contained HTML file (QR codes inline, the
system's fonts, readable on a phone and printable) and a PDF drawn from the same HTML by
WeasyPrint. Labels in the chosen language; each entry's own text in its language, marked.

The PDF is set in DejaVu Sans (installed with the system's fonts, and shipped inside
matplotlib): a character that font cannot draw (an emoji in a title) is left out of the PDF
rather than printed as an empty box (`printable`)."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import qrcode
from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy.orm import Session

from catalogue import publish
from catalogue.publish import Edition, Published
from catalogue.taxonomy import AREAS, UNKNOWN
from presentation.i18n import label
from presentation.links import entry_link
from presentation.render import affiliation, date_text, language_name, place_name, places
from scheduler.agenda import Agenda

FORMATS = ("html", "pdf")
ENV = Environment(
    loader=PackageLoader("presentation", "templates"),
    autoescape=select_autoescape(("html",), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def qr_data_uri(text: str) -> str:
    """The QR code as a small PNG, inline: 4 pixels a module, scaled without smoothing.
    (As SVG paths, 220 codes took WeasyPrint half of a catalogue's drawing time.)"""
    image = qrcode.make(text, box_size=4, border=1)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


def html(edition: Edition, lang: str, bot_username: str, meeting: str, theme: str = "") -> str:
    """The edition as one HTML document: `meeting` is the meeting's official name in `lang`
    (from the agenda), `theme` its theme."""

    def name_of(key: str) -> str:  # a section or group: an area, or a country (or the EU)
        return label(lang, f"area-{key}") if key in AREAS else place_name(key, lang)

    values = {
        "lang": lang,
        "edition": edition,
        "meeting": meeting,
        "theme": theme,
        "date": date_text(edition.at.date(), lang),
        "country_name": place_name(edition.country, lang) if edition.country else None,
        "label": lambda key, **kw: label(lang, key, **kw),
        "field": lambda key: label(lang, "doc-field", name=label(lang, key)),
        "section_name": name_of,
        "group_name": name_of,
        "break_sections": edition.by == "area",
        "owner": lambda e: _owner(lang, e),
        "places": lambda codes: places(lang, list(codes)) or "—",
        "written_in": lambda code: label(lang, "publish-written-in",
                                         language=language_name(lang, code)),
        "link": lambda e: entry_link(bot_username, e.id),
        "qr": lambda e: qr_data_uri(entry_link(bot_username, e.id)),
    }  # fmt: skip
    return ENV.get_template("published.html").render(**values)


def _owner(lang: str, e: Published) -> str:
    where = {"organisation": e.organisation, "actor_kind": e.actor_kind,
             "owner_country": e.owner_country if e.owner_country != UNKNOWN else None}  # fmt: skip
    return affiliation(lang, where) or "—"


@cache
def _drawable() -> frozenset[int]:
    """The characters DejaVu Sans draws (its copy inside matplotlib: the same font the
    system's fonts-dejavu package installs for WeasyPrint)."""
    from fontTools.ttLib import TTFont
    from matplotlib import get_data_path

    font = TTFont(Path(get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    return frozenset(font.getBestCmap()) | {ord("\n"), ord("\t"), ord("\r")}


def printable(text: str) -> str:
    """The text without the characters the document's font cannot draw (emoji, mostly):
    a PDF never shows an empty box."""
    drawable = _drawable()
    return "".join(ch for ch in text if ord(ch) in drawable)


def pdf(document: str) -> bytes:
    """The HTML drawn as a PDF (WeasyPrint; nothing is fetched: every image is inline)."""
    from weasyprint import HTML

    return bytes(HTML(string=printable(document)).write_pdf())


@dataclass(frozen=True)
class Document:
    """What a published catalogue is made of, read in one short transaction; `render` then
    draws it outside any (a PDF takes seconds)."""

    edition: Edition
    lang: str
    meeting: str  # the meeting's official name in `lang`, from the agenda
    theme: str


def gather(
    session: Session,
    now: datetime,
    agenda: Agenda,
    lang: str,
    by: str = "area",
    country: str | None = None,
) -> Document:
    """The chat's /publish, the console's exports and `cidi-bot catalogue publish` alike."""
    edition = publish.edition(session, now, by, country, lang)
    return Document(edition, lang, agenda.title_in(lang), agenda.theme_in(lang))


def render(document: Document, fmt: str, bot_username: str) -> bytes:
    text = html(document.edition, document.lang, bot_username, document.meeting, document.theme)
    return text.encode("utf-8") if fmt == "html" else pdf(text)
