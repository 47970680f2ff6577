"""Text normalisation shared by the thesaurus and the engine.

rapidfuzz compares code points, so "coopération" and "cooperation" differ
unless accents are folded first; folding, tokenising, dropping the stop words
of the four languages and treating plurals as one word happen here, once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TOKEN = re.compile(r"[a-z0-9][a-z0-9&+]*")

# Function words of English, Spanish, French and Portuguese (folded), plus the words every
# cooperation text uses and that therefore say nothing about what is offered or needed.
_STOP_TEXT = """
a an and are as at be by for from has have in into is it its of on or our that the their
this to was we were will with which who whom what when where how all any can may also
more most other such than then these those through within without over under per via el
la los las un una unos unas y o u de del al en con por para que se su sus es son como
mas muy sin sobre entre hasta desde este esta estos estas ese esa esos esas lo le les ya
le la les un une des et ou de du au aux en dans par pour que qui sur avec sans est sont
ce cet cette ces son sa ses leur leurs nous vous il elle ils elles plus tres entre afin
o a os as um uma uns umas e ou de do da dos das no na nos nas em com por para que se seu
sua seus suas sao como mais muito sem sobre entre ate desde este esta estes estas esse
essa nosso nossa ao aos pelo pela pelos pelas offer offers need needs oferta ofertas
necesidad necesidades offre offres besoin besoins necessidade necessidades project
projects proyecto proyectos projet projets projeto projetos support apoyo appui apoio
country countries pais paises pays cooperation cooperacion cooperacao program
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces (keeps & and + inside words)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        out.append(ch if ch.isalnum() or ch in "&+" else " ")
    return " ".join("".join(out).split())


def tokens(text: str) -> list[str]:
    """Folded words, in order (stop words kept: phrases need them)."""
    return TOKEN.findall(fold(text))


@lru_cache(maxsize=200_000)
def stems(token: str) -> tuple[str, ...]:
    """The forms a word may take without its plural ending, most specific first.

    Used on both sides of every comparison, so over-eager forms do no harm:
    "vaccines" meets "vaccine", "ciudades" meets "ciudad", "populacoes" meets
    "populacao", "nacionais" meets "nacional".
    """
    forms = [token]
    if len(token) <= 3 or token.isdigit():
        return tuple(forms)
    if token.endswith("oes") and len(token) > 5:
        forms.append(token[:-3] + "ao")
    if token.endswith("ais") and len(token) > 5:
        forms.append(token[:-3] + "al")
    if token.endswith("eis") and len(token) > 5:
        forms.append(token[:-3] + "el")
    if token.endswith("aux") and len(token) > 5:
        forms.append(token[:-3] + "al")
    if token.endswith("es") and len(token) > 4:
        forms.append(token[:-2])
    if token.endswith("s") and not token.endswith("ss"):
        forms.append(token[:-1])
    return tuple(forms)


def content_words(words: list[str]) -> list[str]:
    """Words that carry meaning: no stop words, no one-letter words."""
    return [w for w in words if len(w) > 1 and w not in STOP_WORDS]
