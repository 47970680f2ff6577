"""One word per concept (issue 32, Y7): the chat and the console name a thing alike, because
both are held to one glossary (presentation/i18n/glossary.yaml)."""

from __future__ import annotations

import re

import pytest

from catalogue.taxonomy import LANGUAGES
from presentation.i18n import catalogue_shape, glossary, label, source, t

CONCEPTS = {k: v for k, v in glossary().items() if k != "pending"}
PENDING: dict[str, list[str]] = glossary().get("pending") or {}


def _texts(lang: str) -> dict[str, str]:
    """Each message as its source says it (comments left out: they may quote what to avoid)."""
    texts: dict[str, str] = {}
    key = ""
    for line in source(lang).splitlines():
        if line.startswith("#") or not line.strip():
            continue
        found = re.match(r"^([a-z][\w-]*)\s*=\s*(.*)$", line)
        if found:
            key, line = found.group(1), found.group(2)
        texts[key] = texts.get(key, "") + " " + line
    return texts


def _departures(lang: str) -> dict[str, list[str]]:
    """Message → the words it uses that the glossary says to avoid."""
    found: dict[str, list[str]] = {}
    for key, text in _texts(lang).items():
        for concept, entry in CONCEPTS.items():
            for pattern in (entry.get("avoid") or {}).get(lang, []):
                for m in re.finditer(pattern, text):
                    found.setdefault(key, []).append(f"{concept}: {m.group(0)}")
    return found


def test_every_concept_has_a_term_in_every_language() -> None:
    for concept, entry in CONCEPTS.items():
        for lang in LANGUAGES:
            assert entry[lang]["one"] and entry[lang]["other"], (concept, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_names_a_concept_with_a_word_the_glossary_avoids(lang: str) -> None:
    """pt « entrada » beside « ficha », es « Coincidencias » beside « vinculaciones », « la
    secretaría » beside « la Secretaría »: each concept is said one way, chat and console."""
    left = {k: v for k, v in _departures(lang).items() if k not in PENDING.get(lang, [])}
    assert left == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pending_list_holds_only_messages_still_to_fix(lang: str) -> None:
    """A message fixed by the text pass comes off the list, so the list only shrinks."""
    still = set(_departures(lang))
    assert [k for k in PENDING.get(lang, []) if k not in still] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_that_name_a_concept_use_its_term(lang: str) -> None:
    """The chat's and the console's keys for one concept (connections-title and
    web-nav-connections, review-reject and web-decision-reject…) say its term."""
    shapes = catalogue_shape(lang)
    wrong = []
    for concept, entry in CONCEPTS.items():
        term = entry[lang]
        for key in entry.get("keys", []):
            if key in PENDING.get(lang, []):
                continue
            said = t(lang, key, **dict.fromkeys(shapes[key], 2)).casefold()
            if term["one"].casefold() not in said and term["other"].casefold() not in said:
                wrong.append(f"{key} ({concept}: {term['one']}): {said}")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogues_can_draw_every_term_from_the_glossary(lang: str) -> None:
    from fluent.runtime import FluentResource

    from presentation.i18n import _bundle

    bundle = _bundle(lang)
    probe = " | ".join(f"{{ -g-{c} }} {{ -g-{c}(count: 2) }} {{ -g-{c}-cap }}" for c in CONCEPTS)
    bundle.add_resource(FluentResource(f"glossary-probe-{lang} = {probe}"))
    message = bundle.get_message(f"glossary-probe-{lang}")
    said, errors = bundle.format_pattern(message.value, {})
    assert errors == [] or all("count" in str(e) for e in errors)
    for concept, entry in CONCEPTS.items():
        assert entry[lang]["one"] in said and entry[lang]["other"] in said, concept
    assert label(lang, "entry-limit", max=1)  # a message drawing from it renders


if __name__ == "__main__":  # `python -m tests.core.test_glossary`: the pending list as it is now
    print("pending:")
    for language in LANGUAGES:
        print(f"  {language}:")
        for still in sorted(_departures(language)):
            print(f"    - {still}")
