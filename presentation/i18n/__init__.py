"""Every text the bot shows, by key, in en/es/fr/pt (Project Fluent catalogues).

`t()` returns text ready for ``parse_mode=HTML``: the catalogues may use
Telegram's tags, and every value passed in is escaped here, so user text can
never break a message. `label()` is for button labels, which Telegram shows as
plain text.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources
from typing import Any

import yaml
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from catalogue.taxonomy import LANGUAGES


@cache
def source(lang: str) -> str:
    return resources.files("presentation.i18n").joinpath(f"{lang}.ftl").read_text("utf-8")


@cache
def glossary() -> dict[str, Any]:
    """The glossary (glossary.yaml): each concept's term in each language, the words to avoid
    for it, and the messages that name it."""
    text = resources.files("presentation.i18n").joinpath("glossary.yaml").read_text("utf-8")
    found: dict[str, Any] = yaml.safe_load(text)
    return found


def glossary_terms(lang: str) -> str:
    """The glossary as Fluent terms of `lang`: `-g-entry` ("fiche"; `-g-entry(count: 2)`
    "fiches") and `-g-entry-cap` ("Fiche"), which every catalogue may use."""
    lines = []
    for concept, entry in glossary().items():
        if concept == "pending" or lang not in entry:
            continue
        one, other = entry[lang]["one"], entry[lang]["other"]
        for suffix, a, b in (("", one, other), ("-cap", one[:1].upper() + one[1:],
                                                other[:1].upper() + other[1:])):  # fmt: skip
            lines.append(f"-g-{concept}{suffix} = {{ $count ->\n   *[one] {a}\n    [other] {b}\n}}")
    return "\n".join(lines) + "\n"


@cache
def _bundle(lang: str) -> FluentBundle:
    bundle = FluentBundle([lang], use_isolating=False)
    bundle.add_resource(FluentResource(glossary_terms(lang)))
    bundle.add_resource(FluentResource(source(lang)))
    return bundle


# The locale dates and numbers are formatted in, by language: English in the British order its
# texts are written in ("Thursday, 2 December 2021", "2 December 2021"), one order everywhere
# (the language review, Y3 c); the other three as CLDR has them.
FORMAT_LOCALES = {"en": "en_GB"}


def format_locale(lang: str) -> str:
    """The Babel locale for `lang`'s dates, times and numbers (chat, console and documents)."""
    return FORMAT_LOCALES.get(lang, lang)


class MissingMessage(KeyError):
    """A key that is not in a catalogue: a bug, caught by the catalogue test."""


# Values that are identifiers, not quantities: Fluent would group their digits by locale
# ("#1,234", "#1 234"), which breaks "/open_1234" and reads like an amount.
IDENTIFIERS = frozenset({"id", "own", "other", "user"})


def _format(lang: str, key: str, values: dict[str, Any]) -> str:
    if not values:  # most texts and nearly all labels: formatted once per process
        return _static(lang, key)
    return _render(lang, key, {k: str(v) if k in IDENTIFIERS else v for k, v in values.items()})


@cache
def _static(lang: str, key: str) -> str:
    return _render(lang, key, {})


def _render(lang: str, key: str, values: dict[str, Any]) -> str:
    bundle = _bundle(lang if lang in LANGUAGES else "en")
    if not bundle.has_message(key):
        raise MissingMessage(f"{key} ({lang})")
    message = bundle.get_message(key)
    if message.value is None:
        raise MissingMessage(f"{key} ({lang}) has no value")
    text, errors = bundle.format_pattern(message.value, values)
    if errors:
        raise MissingMessage(f"{key} ({lang}): {errors}")
    return str(text)


def t(lang: str, key: str, **values: Any) -> str:
    """The message `key` in `lang`, HTML-safe, with `values` escaped."""
    safe = {k: html.escape(v, quote=False) if isinstance(v, str) else v for k, v in values.items()}
    return _format(lang, key, safe)


def label(lang: str, key: str, **values: Any) -> str:
    """A button label or command description: plain text, nothing escaped."""
    return _format(lang, key, values)


def catalogue_shape(lang: str) -> dict[str, set[str]]:
    """Each key of a catalogue and the variables it uses (for the completeness test)."""
    resource = FluentParser().parse(source(lang))
    shape: dict[str, set[str]] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            raise ValueError(f"{lang}.ftl: cannot parse: {(entry.content or '')[:80]!r}")
        if isinstance(entry, ast.Message):
            shape[entry.id.name] = _variables(entry)
    return shape


def _variables(node: object) -> set[str]:
    found: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, ref: ast.VariableReference) -> None:
            found.add(ref.id.name)
            self.generic_visit(ref)

    Collect().visit(node)
    return found
