"""Near-typos of real words corrected in search queries ("riezgo desatres" → riesgo desastres).

The vocabulary is every word the thesaurus knows and every word of the indexed entries,
folded (no case, no accents). A query word outside it, of five letters or more, is replaced
by the closest known word starting with the same letter when they are close enough
(rapidfuzz ratio): phone typing swaps, drops and doubles letters inside a word far more
often than at its start, and the first letter keeps proper names from being "corrected".

A word is left alone when the sentence encoder knows it at least as well as the correction
(`pieces`: how many pieces its tokenizer cuts a word into; "estimulacion" is two, as is
"estimaciones", so it is a real word the catalogue lacks, while "riezgo" is three against
"riesgo"'s one). A correction is shown as the catalogue writes the word, with its accents
(the first accented spelling seen of each folded word).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from catalogue.matching.text import STOP_WORDS, fold

MIN_LENGTH = 5
CUTOFF = 80.0


class Speller:
    def __init__(
        self, words: Iterable[str] = (), pieces: Callable[[str], int] | None = None
    ) -> None:
        self.known: set[str] = set()
        self.spelling: dict[str, str] = {}  # folded word -> as written, accents and all
        self.pieces = pieces
        self._by_initial: dict[str, list[str]] = {}
        self._cache: dict[str, str | None] = {}
        self.learn(words)

    def learn(self, words: Iterable[str]) -> None:
        """Words as written (any case, with accents) or folded."""
        for raw in words:
            word = fold(raw)
            if len(word) < MIN_LENGTH - 1 or not word.isalpha():
                continue
            written = raw.casefold()
            if word not in self.known:
                self.known.add(word)
                self._by_initial.setdefault(word[0], []).append(word)
                self._cache.clear()
            if written != word and self.spelling.get(word, word) == word:
                self.spelling[word] = written

    def word(self, word: str) -> str | None:
        """The known word a typed one stands for, or None when it stands as typed."""
        if len(word) < MIN_LENGTH or word in self.known or word in STOP_WORDS:
            return None
        if not word.isalpha():
            return None
        if word not in self._cache:
            hits = process.extract(
                word,
                self._by_initial.get(word[0], ()),
                scorer=fuzz.ratio,
                score_cutoff=CUTOFF,
                limit=8,
            )
            # Fewest edits first; among equals, a letter typed wrong (same length) before one
            # dropped or doubled: "riezgo" is riesgo (risk), not riego (irrigation).
            best = min(
                (h[0] for h in hits),
                key=lambda w: (Levenshtein.distance(word, w), abs(len(w) - len(word)), w),
                default=None,
            )
            pieces = self.pieces
            if best is not None and pieces is not None and pieces(word) <= pieces(best):
                best = None  # the encoder knows it as a word: a real one, left alone
            self._cache[word] = best
        return self._cache[word]

    def worth_saying(self, text: str, corrected: str) -> bool:
        """Whether a correction changed more than an ending ("rurale" → rural is searched for
        but not announced to a French speaker as a typo)."""
        for typed, used in zip(text.split(), corrected.split(), strict=False):
            folded, used = fold(typed), fold(used)
            if used != folded and not _inflection(folded, used):
                return True
        return False

    def correct(self, text: str) -> str | None:
        """The query with its near-typos corrected, or None when nothing was changed."""
        changed = False
        out = []
        for raw in text.split():
            folded = fold(raw)
            better = self.word(folded) if folded and " " not in folded else None
            if better is not None and better != folded:
                out.append(self.spelling.get(better, better))
                changed = True
            else:
                out.append(raw)
        return " ".join(out) if changed else None


ENDINGS = ("s", "e", "es", "a", "as", "o", "os")  # gender and number in the four languages


def _inflection(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short) :] in ENDINGS
