"""The multilingual thesaurus: concepts, their words in four languages, and lookup.

Texts in different languages meet on shared concepts: "télémédecine",
"telesalud" and "telessaúde" all become the concept `telemedicine`. The data is
`thesaurus.txt` beside this file, one concept a line, meant to be extended.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from catalogue.matching.text import stems, tokens

MAX_PHRASE = 6
FUZZY_MIN_LENGTH = 7
FUZZY_CUTOFF = 88.0


@dataclass
class Concept:
    id: str
    area: str | None
    broader: str | None
    weight: float
    label: str  # the first English term, used in reasons
    terms: dict[str, list[str]] = field(default_factory=dict)


class Thesaurus:
    """Concepts, and a phrase table from canonical word sequences to concept ids."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {c.id: c for c in concepts}
        # Every form of every word the thesaurus uses, to its canonical spelling.
        self.canon: dict[str, str] = {}
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        for concept in self.concepts.values():
            for terms in concept.terms.values():
                for term in terms:
                    words = tokens(term)
                    if not words:
                        continue
                    for w in words:
                        for form in stems(w):
                            self.canon.setdefault(form, w)
                    key = tuple(self.canon[stems(w)[0]] for w in words)
                    self.phrases.setdefault(key, set()).add(concept.id)
        self._vocabulary = [w for w in self.canon if len(w) >= FUZZY_MIN_LENGTH]
        self._fuzzy_cache: dict[str, str | None] = {}

    def canonical(self, word: str) -> str:
        """The thesaurus's spelling of a word: plural forms and near-typos included."""
        for form in stems(word):
            found = self.canon.get(form)
            if found is not None:
                return found
        if len(word) < FUZZY_MIN_LENGTH or word.isdigit():
            return word
        if word not in self._fuzzy_cache:
            hit = process.extractOne(
                word,
                self._vocabulary,
                scorer=fuzz.ratio,
                score_cutoff=FUZZY_CUTOFF,
                processor=None,
            )
            known = hit[0] if hit and is_typo_of(word, hit[0]) else None
            self._fuzzy_cache[word] = self.canon[known] if known else None
        return self._fuzzy_cache[word] or word

    def concepts_in(self, words: list[str]) -> set[str]:
        """The concepts named in a text, on whole words: the longest phrase at each word
        wins, and the words it covers name nothing else ("pregnant women" is maternal
        health, not also "women", gender equality)."""
        canon = [self.canonical(w) for w in words]
        found: set[str] = set()
        n = len(canon)
        covered_to = 0  # words before this position belong to a phrase already taken
        for i in range(n):
            for length in range(min(MAX_PHRASE, n - i), 0, -1):
                if i + length <= covered_to:
                    break  # inside a longer phrase found before
                ids = self.phrases.get(tuple(canon[i : i + length]))
                if ids:
                    found.update(ids)
                    covered_to = max(covered_to, i + length)
                    break
        return found

    def ancestors(self, concept_id: str) -> list[str]:
        """The broader concepts, nearest first (cycles guarded)."""
        chain = []
        current = self.concepts.get(concept_id)
        while current is not None and current.broader and current.broader not in chain:
            chain.append(current.broader)
            current = self.concepts.get(current.broader)
        return chain


def is_typo_of(word: str, known: str) -> bool:
    """Whether `word` may be a typo of the thesaurus word `known`: same first letter, and
    not a whole word inside the other ("lecciones" is not a typo of "elecciones")."""
    if word[0] != known[0]:
        return False
    return word not in known and known not in word


def parse(text: str) -> list[Concept]:
    concepts = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 8:
            raise ValueError(f"thesaurus line {number}: expected 8 fields, got {len(parts)}")
        area, cid, broader, weight, *langs = parts
        terms = {
            lang: [t.strip() for t in field_.split(";") if t.strip()]
            for lang, field_ in zip(("en", "es", "fr", "pt"), langs, strict=True)
        }
        concepts.append(
            Concept(
                id=cid.strip(),
                area=None if area == "any" else area.strip(),
                broader=broader.strip() or None,
                weight=float(weight or 1),
                label=terms["en"][0] if terms["en"] else cid,
                terms=terms,
            )
        )
    return concepts


@cache
def default() -> Thesaurus:
    """The shipped thesaurus (loaded once per process)."""
    text = resources.files("catalogue.matching").joinpath("thesaurus.txt").read_text("utf-8")
    return Thesaurus(parse(text))
