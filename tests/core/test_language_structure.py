"""The texts are right by construction, not key by key (issue 32, the second language review):
a count beside a noun agrees with it in every language; a country or a language reaches a
sentence only where it needs no article or case; the catalogues keep their register."""

from __future__ import annotations

import re

import pytest
from babel import Locale
from babel.numbers import format_decimal

from catalogue import countries
from catalogue.taxonomy import LANGUAGES
from presentation.i18n import catalogue_shape, source, t
from presentation.render import language_name, place_name

SHAPES = {lang: catalogue_shape(lang) for lang in LANGUAGES}

# Placeholders that carry words (a title, a name, a list, a label), never a quantity. Every
# other placeholder is taken for a count and rendered as one below, so a new count is tested
# without anyone listing it; a new text placeholder that trips the test belongs here.
WORDS = frozenset(
    [
        "id",
        "title",
        "name",
        "who",
        "user",
        "link",
        "query",
        "kind",
        "stage",
        "list",
        "role",
        "status",
        "reason",
        "value",
        "note",
        "zone",
        "new",
        "old",
        "edits",
        "country",
        "city",
        "area",
        "when",
        "date",
        "time",
        "day",
        "month",
        "start",
        "end",
        "at",
        "since",
        "first",
        "last",
        "language",
        "languages",
        "field",
        "fields",
        "message",
        "text",
        "contact",
        "column",
        "type",
        "theme",
        "format",
        "source",
        "heading",
        "page",
        "line",
        "preview",
        "audience",
        "by",
        "why",
        "decision",
        "requester",
        "owner",
        "own",
        "other",
        "own_title",
        "other_title",
        "other_kind",
        "typed",
        "given",
        "known",
        "point",
        "eta",
        "affiliation",
        "username",
        "filter",
        "action",
        "modality",
        "lead",
        "ids",
        "scope",
        "statuses",
        "digest",
        "notices",
        "reminders",
        "problems",
        "confidence",
        "pages",
        "length",
        "percent",
        "score",
        "proposed",
        "moved",
        "removed",
        "added",
        "edited",
        "meeting",
        "dates",
    ]
)

# Words that may follow any number: invariable nouns ("1 pays"), units, prepositions.
AFTER_ANY_NUMBER = frozenset(
    [
        "pays",
        "país",
        "mois",
        "mês",
        "fois",
        "%",
        "×",
        "·",
        "min",
        "h",
        "s",
        "kb",
        "ko",
        "more",
        "más",
        "mais",
        "de",
        "of",
        "sur",
        "sobre",
        "em",
        "en",
        "on",
        "a",
        "à",
        "au",
        "characters",
        "caractères",
        "caracteres",
    ]
)

NUMBER = (
    r"(?<![\w#/_.,\d])({})(?![\d\w%])\s+([^\s<>()«»“”:;,.!?—–-]+)((?:\s+[^\s<>()«»“”:;,.!?—–-]+)?)"
)


def _counts(lang: str) -> list[tuple[str, str]]:
    return [(key, var) for key, names in SHAPES[lang].items() for var in names - WORDS]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


def _render(lang: str, key: str, var: str, n: int) -> str:
    values: dict[str, object] = dict.fromkeys(SHAPES[lang][key], "Q")
    for other in SHAPES[lang][key] - WORDS:
        values[other] = 7  # every other count a number too: a select on it must work
    values[var] = n
    return _plain(t(lang, key, **values))


def _word_after(lang: str, text: str, n: int, words: int = 1) -> list[str]:
    """The word (or two) after the number `n` written as the language writes it."""
    shown = format_decimal(n, locale=lang)
    variants = {re.escape(shown), re.escape(str(n)), re.escape(shown).replace("\\ ", "\\s")}
    found = [m for v in variants for m in re.finditer(NUMBER.format(v), text)]
    return [m.group(2) + (m.group(3) if words == 2 else "") for m in found]


def test_every_count_is_found_in_the_catalogue() -> None:
    """The placeholders taken for counts are the ones the bot fills with a number."""
    found = {var for lang in LANGUAGES for _key, var in _counts(lang)}
    assert {"count", "offers", "needs", "max", "minutes", "taking", "silent"} <= found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_count_of_one_never_stands_before_a_plural_word(lang: str) -> None:
    """No "1 Offres", "1 des 35 États membres ont", "1 personnes": one is singular, or
    the count stands in label position ("Offres : 1")."""
    wrong = []
    for key, var in _counts(lang):
        text = _render(lang, key, var, 1)
        for word in _word_after(lang, text, 1):
            if word.lower() not in AFTER_ANY_NUMBER and re.search(r"[sx]$", word, re.I):
                wrong.append(f"{key} (${var}=1): …1 {word}…")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("n", [0, 2, 1000])
def test_other_counts_never_stand_before_a_word_left_singular(lang: str, n: int) -> None:
    """When a word follows the count, it changes between one and many ("1 offre", "2 offres"),
    or it is one that does not ("pays"); zero is singular in French and Brazilian Portuguese,
    as CLDR says."""
    same_as_one = Locale.parse(lang).plural_form(n) == "one"  # CLDR: 0 in fr and pt-BR
    wrong = []
    for key, var in _counts(lang):
        one = set(_word_after(lang, _render(lang, key, var, 1), 1, words=2))
        for word in _word_after(lang, _render(lang, key, var, n), n, words=2):
            first = word.split()[0].lower()
            if word in one and first not in AFTER_ANY_NUMBER and not same_as_one:
                wrong.append(f"{key} (${var}={n}): …{n} {word}…")
    assert wrong == []


# ---- names in sentences --------------------------------------------------------------

# Placeholders that receive a country's name, and those that receive a language's name.
COUNTRY_PLACEHOLDERS = frozenset({"country", "countries"})
LANGUAGE_PLACEHOLDERS = frozenset({"language", "languages"})

# Where a name needs neither an article nor a case: after a colon, at the head of a line
# (after an emoji or a bold tag), in parentheses, or as the only text.
LABEL_POSITION = re.compile(
    r"(?:^|\n|[:：]\s|\(|—\s|➕\s)\s*(?:<b>)?\s*(?:[^\w\s<]{1,3}\s)?(?:<b>)?SENTINEL"
    r"|^(?:\W{1,3}\s)?(?:<b>)?SENTINEL(?:</b>)?\s*(?:[:—(]|$)",
    re.MULTILINE,
)


def _label_position(text: str) -> bool:
    return all(
        LABEL_POSITION.search(text[: m.end()] + text[m.end() :])
        for m in re.finditer("SENTINEL", text)
    ) and bool(LABEL_POSITION.search(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_country_stands_in_a_sentence_only_in_label_position(lang: str) -> None:
    """ "pour États-Unis", "de Estados Unidos", "from United States" (Y9): a country's name,
    which would need an article or a contraction in the sentence, stands where it needs none
    ("États-Unis : aucune offre…", "pays : Brésil")."""
    wrong = []
    for key, names in SHAPES[lang].items():
        for var in names & COUNTRY_PLACEHOLDERS:
            values: dict[str, object] = dict.fromkeys(names, "Q")
            values.update(dict.fromkeys(names - WORDS, 3))
            values[var] = "SENTINEL"
            if not _label_position(t(lang, key, **values)):
                wrong.append(key)
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_country_and_language_fits_every_sentence_that_takes_one(lang: str) -> None:
    """Each of the OAS's 105 states and observers, and each language, said in the reader's
    language, goes into every key that takes one; nothing is left in another language."""
    codes = countries.codes_for("state")
    for key, names in SHAPES[lang].items():
        for var in names & (COUNTRY_PLACEHOLDERS | LANGUAGE_PLACEHOLDERS):
            values: dict[str, object] = dict.fromkeys(names, "Q")
            values.update(dict.fromkeys(names - WORDS, 3))
            inserted = (
                [place_name(c, lang) for c in codes]
                if var in COUNTRY_PLACEHOLDERS
                else [language_name(lang, code) for code in LANGUAGES]
            )
            for value in inserted:
                values[var] = value
                assert value.replace("&", "&amp;") in t(lang, key, **values), (key, value)


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_a_language_is_named_in_the_readers_language_in_lower_case(lang: str) -> None:
    """ "Rédigée en Português", "Written in Français" (Y1): in running text a language is
    the reader's word for it, lower case in French, Spanish and Portuguese."""
    for code in LANGUAGES:
        named = language_name(lang, code)
        assert named == named.lower(), named
        assert named != t(code, f"language-{code}").lower() or code == lang


def test_a_language_in_english_running_text_keeps_its_capital() -> None:
    assert [language_name("en", c) for c in LANGUAGES] == [
        "English",
        "Spanish",
        "French",
        "Portuguese",
    ]


# ---- register ------------------------------------------------------------------------

# pt-PT words where Brazil says another (the catalogue is Brazilian Portuguese).
PT_PT = re.compile(
    r"\b(equipa|ecrã|telemóvel|registo|registos|utilizador\w*|facto|contacto\w*|receção|"
    r"ação de graças|sítio|ficheiro\w*|carregue|carregar em|guardar|partilh\w+|autocarro)\b",
    re.IGNORECASE,
)


def _messages(lang: str) -> list[tuple[str, str]]:
    """Each message's source text, comments left out (the policy quotes the forbidden forms)."""
    out: list[tuple[str, str]] = []
    key = ""
    for line in source(lang).splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^([a-z][\w-]*)\s*=\s*(.*)$", line)
        if m:
            key, line = m.group(1), m.group(2)
        out.append((key, line))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogue_states_its_register_at_the_top(lang: str) -> None:
    head = source(lang)[:2000]
    assert "### Register" in head


def test_brazilian_portuguese_never_says_voce_explicitly() -> None:
    """The register is the implicit "você": no pronoun, "o seu / a sua" (Y19)."""
    found = [k for k, line in _messages("pt") if re.search(r"\b[Vv]ocês?\b", line)]
    assert found == []


def test_brazilian_portuguese_uses_no_european_portuguese_words() -> None:
    found = [(k, m.group(0)) for k, line in _messages("pt") for m in PT_PT.finditer(line)]
    assert found == []


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_inclusive_language_is_neutral_phrasing_never_doublets_or_marks(lang: str) -> None:
    """One policy (Y5): epicene and collective words. No "/a", "(e)s", "·e", and no doublet
    ("auteur ou autrice", "delegados y delegadas") whose agreement then breaks."""
    marks = re.compile(r"\w+/(?:a|as|o|os|e|es)\b|\w+\((?:e|a|es|as)\)\w*|\w+·\w+|\w+\.e\.s\b")
    doublets = re.compile(
        r"\b(\w{3,}?)(eur|o|e)s?\s+(?:ou|y|e|et)\s+(?:l’|l'|las?\s+|les\s+|as?\s+)?\1(rice|a|e)s?\b",
        re.IGNORECASE,
    )
    found = []
    for key, line in _messages(lang):
        found += [(key, m.group(0)) for m in marks.finditer(line)]
        found += [
            (key, m.group(0))
            for m in doublets.finditer(line)
            if m.group(2).lower() != m.group(3).lower()
            and not key.startswith("group-")  # "Niñas y niños": the UN's fixed label
        ]
    assert found == []


def test_french_uses_the_typographic_apostrophe_and_no_break_spaces() -> None:
    """’ never ' ; a no-break space before ; : ! ? » and after « (X14, Y15)."""
    found = []
    for key, line in _messages("fr"):
        line = re.sub(r'\{\s*"\\u(?:202F|00A0)"\s*\}', "\u202f", line, flags=re.I)  # a literal
        text = re.sub(r"\{[^}]*\}|<[^>]+>|https?://\S+", "", line)
        if "'" in text:
            found.append((key, "'"))
        for m in re.finditer(r"([;:!?»])(?=\s|$)", text):  # "HH:MM" and "10:00" are no colons
            before = text[: m.start(1)]
            if not before.endswith(("\u00a0", "\u202f")):
                found.append((key, text[max(0, m.start(1) - 12) : m.end(1)]))
        for m in re.finditer("«(.)", text):
            if m.group(1) not in "\u00a0\u202f":
                found.append((key, text[m.start() : m.start() + 12]))
    assert found == []


def test_a_number_shown_above_a_label_gives_the_label_its_count() -> None:
    """ "1 Offres", "1 personnes inscrites" on the catalogue's cover, the report's cards and
    the console's overview (Y13 d): the label under a number is told the number, so that its
    plural selector agrees with it."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    bare = re.compile(
        r"\}\}\s*</(?:b|div|strong|span)>\s*(?:<div>\s*)?\{\{\s*label\((?:\"[\w-]+\"|\w+)\)\s*\}\}"
    )
    found = []
    for template in [
        *root.glob("web/templates/*.html"),
        *root.glob("presentation/templates/*.html"),
    ]:
        found += [f"{template.name}: {m.group(0)}" for m in bare.finditer(template.read_text())]
    assert found == []
