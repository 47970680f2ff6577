"""Acronyms an entry defines itself: "Sistema Nacional de Emergencias (SINAE)".

The organisations of the field are in the thesaurus, in the four languages (OAS/OEA,
PAHO/OPS/OPAS, IDB/BID, CABEI/BCIE...). An entry may define others: an acronym in
parentheses after the words whose initials spell it (stop words skipped), or the other way
round, "SINAE (Sistema Nacional de Emergencias)". A search for the acronym then also looks
for the words, and the words for the acronym.
"""

from __future__ import annotations

import re

from catalogue.matching.text import STOP_WORDS, fold

_AFTER = re.compile(r"((?:[\w'-]+\s+){1,12})\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,9})\s*\(\s*([^()]{3,120})\)")


def _spelled(acronym: str, words: list[str]) -> list[str] | None:
    """The shortest run of words, ending the list, that the acronym stands for: it starts
    with a content word whose initial is the acronym's, and the content words' initials
    are letters of the acronym in order, at least half of them ("Sistema Nacional de
    Emergencias" for SINAE); None when no run is."""
    letters = fold(acronym).replace(" ", "")
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        initials = "".join(w[0] for w in run if w not in STOP_WORDS)
        if len(initials) > len(letters):
            return None
        if (
            run[0] not in STOP_WORDS
            and initials[:1] == letters[:1]
            and 2 * len(initials) >= len(letters)
            and _in_order(initials, letters)
        ):
            return run
    return None


def _in_order(initials: str, letters: str) -> bool:
    rest = iter(letters)
    return all(ch in rest for ch in initials)


def defined(text: str) -> dict[str, str]:
    """Acronyms the text defines, folded, each with its words (folded)."""
    found: dict[str, str] = {}
    for words_text, acronym in _AFTER.findall(text):
        words = fold(words_text).split()
        run = _spelled(acronym, words)
        if run and len(acronym) >= 2:
            found[fold(acronym)] = " ".join(run)
    for acronym, inside in _BEFORE.findall(text):
        words = fold(inside).split()
        if words and _spelled(acronym, words) is not None:
            found[fold(acronym)] = " ".join(words)
    return found
