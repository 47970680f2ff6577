"""The published catalogue as a document: one self-contained HTML file (QR codes inline, the
system's fonts, readable on a phone and printable) and a PDF drawn from the same HTML by
WeasyPrint. Labels in the chosen language; each entry's own text in its language, marked."""

from __future__ import annotations

import base64
import io

import qrcode
import qrcode.image.svg
from babel.dates import format_date
from jinja2 import Environment, PackageLoader, select_autoescape

from bot.i18n import label
from bot.render import affiliation, places
from catalogue import countries
from catalogue.publish import Edition, Published
from catalogue.taxonomy import AREAS, LANGUAGE_NAMES

FORMATS = ("html", "pdf")
ENV = Environment(
    loader=PackageLoader("bot", "templates"),
    autoescape=select_autoescape(("html",), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def deep_link(bot_username: str, entry_id: int) -> str:
    """Opens the bot on the entry, with "I'm interested" (handled by /start e_<id>)."""
    return f"https://t.me/{bot_username}?start=e_{entry_id}"


def qr_data_uri(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, border=1)
    out = io.BytesIO()
    image.save(out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def html(edition: Edition, lang: str, bot_username: str, theme: str = "") -> str:
    def place_name(code: str) -> str:
        return countries.name(code, lang) if code and countries.is_place(code) else "—"

    def name_of(key: str) -> str:  # a section or group: an area, or a country (or the EU)
        return label(lang, f"area-{key}") if key in AREAS else place_name(key)

    values = {
        "lang": lang,
        "edition": edition,
        "theme": theme,
        "date": format_date(edition.at.date(), format="long", locale=lang),
        "country_name": place_name(edition.country) if edition.country else None,
        "label": lambda key, **kw: label(lang, key, **kw),
        "section_name": name_of,
        "group_name": name_of,
        "owner": lambda e: _owner(lang, e),
        "places": lambda codes: places(lang, list(codes)) or "—",
        "link": lambda e: deep_link(bot_username, e.id),
        "qr": lambda e: qr_data_uri(deep_link(bot_username, e.id)),
        "LANGUAGE_NAMES": LANGUAGE_NAMES,
    }
    return ENV.get_template("published.html").render(**values)


def _owner(lang: str, e: Published) -> str:
    where = {"organisation": e.organisation, "actor_kind": e.actor_kind,
             "owner_country": e.owner_country}  # fmt: skip
    return affiliation(lang, where) or "—"


def pdf(document: str) -> bytes:
    """The HTML drawn as a PDF (WeasyPrint; nothing is fetched: every image is inline)."""
    from weasyprint import HTML

    return bytes(HTML(string=document).write_pdf())


def render(edition: Edition, fmt: str, lang: str, bot_username: str, theme: str = "") -> bytes:
    document = html(edition, lang, bot_username, theme)
    return document.encode("utf-8") if fmt == "html" else pdf(document)
