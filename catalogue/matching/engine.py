"""Match needs and offers across four languages, and say why.

A score from 0 to 100 says how close two entries are in meaning: what the two texts mean
(sentence embeddings, `catalogue.matching.semantic`: a need written as a problem in everyday
words meets the offer that names its solution, in another language), the concepts they share
(through the multilingual thesaurus, with partial credit for broader and narrower ones, each
weighed by how specific it is in the catalogue), and fuzzy text similarity (rapidfuzz,
tolerant of typos and word order). The structured fields (area, kind of cooperation, modality
and triangular roles, the need's country among the countries an offer covers) only order
candidates close in meaning, by a few per cent. A ranking then turns each score into the
probability that the pair is relevant (`catalogue.matching.calibration`): the confidence
words and the notification rule follow from it.

Why an index: scoring every entry for every query does not scale (a brute-force
rapidfuzz pass over 100k entries takes 150-240 ms and holds the GIL, stalling
the bot's event loop). Each entry's concepts and rare words are posted in an
inverted index; a query accumulates weights over the postings of its own
features; the entries closest in meaning (one matrix product over int8 vectors)
join them, and only those candidates get the full score.

Size (over 400 lines): the index, the candidate search and the scoring share the
posting lists and the weights; kept together so the ranking can be read in one place.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz import fuzz

from catalogue import countries
from catalogue.matching import acronyms, calibration
from catalogue.matching.dense import VectorRows
from catalogue.matching.semantic import Encoder, text_of
from catalogue.matching.spelling import Speller
from catalogue.matching.text import content_words, tokens
from catalogue.matching.thesaurus import Thesaurus, default
from catalogue.taxonomy import ROLE_ALIASES

# What the two texts mean (the score), and the structured fields (which only order it).
MEANING = frozenset({"semantic", "concepts", "text"})
FIELDS_SHARE = 0.3
WEIGHTS = {
    "semantic": 0.70,
    "concepts": 0.20,
    "text": 0.10,
    "area": 0.056,
    "type": 0.024,
    "modality": 0.02,
    "role": 0.012,
    "country": 0.028,
    "groups": 0.012,
}
# Cosine similarities of the sentence encoder mapped onto 0..1: below the floor two texts
# are unrelated, at the ceiling they say the same thing (measured on the development set).
SEMANTIC_FLOOR = 0.0
SEMANTIC_CEILING = 0.50
# Cosines from which "close in meaning" is given as a reason: between two entries, and for
# a search (where every result says how close it is).
CLOSE_MEANING = 0.35
SEARCH_MEANING = 0.15
CANDIDATES = 60
# With a vector, the 30 closest in meaning join the 40 best by postings (70 to score in full
# instead of 60: all-against-all at 10k x 10k stays under a minute).
DENSE_CANDIDATES = 30
CANDIDATES_BESIDE_DENSE = 40
BRUTE_FORCE_BELOW = 300  # tiny catalogues: score everything, it is cheaper than pruning
MAX_POSTING = 6000  # features more common than this only count in the final score
MIN_SCORE = 15.0
# A concept carried by 1 entry in SPECIFIC_SHARE or fewer is fully specific (see specificity).
SPECIFIC_SHARE = 30.0
SPECIFIC_PRIOR = 100
# A concept with this many narrower ones or more is a broad subject (health systems,
# gender): sharing it says less, whatever the catalogue holds.
BROAD_CHILDREN = 3
BROAD_FACTOR = 0.6
TEXT_WORDS = 60

KIND_CODES = {"offer": 0, "need": 1}
WORD = re.compile(r"[^\W\d_]+")  # a word as written, accents kept

TYPE_AFFINITY = {
    frozenset({"technical_assistance", "knowledge_exchange"}): 0.7,
    frozenset({"technical_assistance", "good_practice"}): 0.6,
    frozenset({"technical_assistance", "programme"}): 0.6,
    frozenset({"knowledge_exchange", "good_practice"}): 0.8,
    frozenset({"knowledge_exchange", "programme"}): 0.5,
    frozenset({"good_practice", "programme"}): 0.5,
}
MODALITY_AFFINITY = {
    frozenset({"south_south", "triangular"}): 0.6,
    frozenset({"north_south", "triangular"}): 0.6,
    frozenset({"south_south", "north_south"}): 0.3,
    frozenset({"multi_stakeholder", "triangular"}): 0.5,
    frozenset({"multi_stakeholder", "north_south"}): 0.4,
    frozenset({"multi_stakeholder", "south_south"}): 0.4,
}


@dataclass(frozen=True)
class Doc:
    """An offer or a need as the engine sees it (all but id, kind and title optional)."""

    id: str
    kind: str
    title: str
    description: str = ""
    area: str | None = None
    cooperation_type: str | None = None
    modality: str | None = None
    role: str | None = None
    country: str | None = None
    countries: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    language: str | None = None
    # Its sentence embedding (unit length), when computed: see catalogue.matching.semantic.
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Reason:
    """Why two entries match: a code and its values (rendered by the caller's language)."""

    code: str  # meaning, area, shared, related, type, modality, role, country, groups, words
    values: tuple[str, ...] = ()


@dataclass
class Match:
    id: str
    score: float
    reasons: list[Reason] = field(default_factory=list)
    # How likely the pair is relevant (catalogue.matching.calibration), set by the ranking.
    probability: float = 0.0

    @property
    def confidence(self) -> str:
        """'strong', 'possible' or 'weak': said to the reader instead of a hidden cut-off."""
        return calibration.confidence(self.probability)

    @property
    def notify(self) -> bool:
        """Whether the pair would be pushed to its owners (not only listed)."""
        return calibration.notify(self.probability)


def with_vectors(docs: Sequence[Doc], encoder: Encoder) -> list[Doc]:
    """The docs with their sentence embeddings (computed in batches where missing)."""
    missing = [i for i, d in enumerate(docs) if d.vector is None]
    vectors = encoder.encode([text_of(docs[i].title, docs[i].description) for i in missing])
    result = list(docs)
    for row, i in enumerate(missing):
        result[i] = replace(docs[i], vector=vectors[row])
    return result


@dataclass(slots=True)
class Features:
    """What the index keeps of an entry: compact enough for 100k entries in memory."""

    doc_id: str
    kind: str
    area: str | None
    cooperation_type: str | None
    modality: str | None
    role: str | None
    country: str | None
    countries: tuple[str, ...]
    target_groups: tuple[str, ...]
    concepts: tuple[str, ...]
    expanded: tuple[str, ...]  # concepts and their broader concepts
    words: tuple[str, ...]
    text: str
    vector: np.ndarray | None = None
    alive: bool = True


@dataclass
class _Query:
    concepts: list[tuple[str, float, str | None]]
    concept_total: float
    expanded: frozenset[str]
    words: list[tuple[str, float]]
    word_total: float


class MatchIndex:
    """Entries indexed by concept, word and meaning; ranking of counterparts and search.

    With an encoder, free-text queries are embedded too; entries bring their own vectors
    (`Doc.vector`, stored in the database by catalogue.vectors). An entry without one is
    still found by concepts and words."""

    def __init__(self, thesaurus: Thesaurus | None = None, encoder: Encoder | None = None) -> None:
        self.th = thesaurus or default()
        self.encoder = encoder
        self.rows = VectorRows(encoder.dimensions if encoder else 512)
        # Real words, not stems: the thesaurus's as written (accents kept for corrections).
        written = {
            w for c in self.th.concepts.values() for ts in c.terms.values() for t in ts
            for w in WORD.findall(t)
        }  # fmt: skip
        self.speller = Speller(
            [*self.th.canon.values(), *written], pieces=encoder.pieces if encoder else None
        )
        # Acronyms the entries define ("Sistema Nacional de Emergencias (SINAE)").
        self.acronyms: dict[str, str] = {}
        self.features: list[Features] = []
        self.position: dict[str, int] = {}
        self.concept_postings: dict[str, array[int]] = {}
        self.word_postings: dict[str, array[int]] = {}
        # One code a position: 0 offer, 1 need, -1 removed (a numpy view filters candidates).
        self.kind_codes: array[int] = array("b")
        self.live = 0
        self._weights: dict[str, float] = {}
        narrower: dict[str, int] = {}
        for c in self.th.concepts.values():
            if c.broader:
                narrower[c.broader] = narrower.get(c.broader, 0) + 1
        self._broad = frozenset(c for c, n in narrower.items() if n >= BROAD_CHILDREN)
        self._query_cache: tuple[Features, _Query] | None = None

    # -- building ---------------------------------------------------------------

    def analyse(self, doc: Doc) -> Features:
        words = tokens(f"{doc.title} {doc.title} {doc.description}")
        concepts = self.th.concepts_in(words)
        expanded = set(concepts)
        for c in concepts:
            expanded.update(self.th.ancestors(c))
        canonical = [self.th.canonical(w) for w in content_words(words)]
        unique = tuple(dict.fromkeys(canonical))
        area = doc.area or self._area_of(concepts)
        return Features(
            doc_id=doc.id,
            kind=doc.kind,
            area=area,
            cooperation_type=doc.cooperation_type,
            modality=doc.modality,
            role=doc.role,
            country=doc.country,
            countries=tuple(doc.countries),
            target_groups=tuple(doc.target_groups),
            concepts=tuple(sorted(concepts)),
            expanded=tuple(sorted(expanded)),
            words=unique,
            text=" ".join(canonical[:TEXT_WORDS]),
            vector=doc.vector,
        )

    def _area_of(self, concepts: Iterable[str]) -> str | None:
        """The priority area the text is most about, when the entry gives none."""
        totals: dict[str, float] = {}
        for c in concepts:
            concept = self.th.concepts[c]
            if concept.area:
                totals[concept.area] = totals.get(concept.area, 0.0) + concept.weight
        return max(totals, key=lambda a: (totals[a], a)) if totals else None

    def add(self, doc: Doc) -> None:
        """Index an entry (replacing any entry with the same id)."""
        if doc.id in self.position:
            self.remove(doc.id)
        f = self.analyse(doc)
        self.speller.learn(WORD.findall(f"{doc.title} {doc.description}"))
        for acronym, words in acronyms.defined(f"{doc.title} {doc.description}").items():
            self.acronyms.setdefault(acronym, words)
        idx = len(self.features)
        self.features.append(f)
        self.kind_codes.append(KIND_CODES.get(f.kind, 2))
        self.position[doc.id] = idx
        self.rows.put(idx, f.vector)
        f.vector = None  # kept once, compactly, in self.rows
        for c in f.expanded:
            self.concept_postings.setdefault(c, array("i")).append(idx)
        for w in f.words:
            self.word_postings.setdefault(w, array("i")).append(idx)
        self.live += 1
        self._weights.clear()
        self._query_cache = None

    def remove(self, doc_id: str) -> None:
        idx = self.position.pop(doc_id, None)
        if idx is not None and self.features[idx].alive:
            self.features[idx].alive = False
            self.kind_codes[idx] = -1
            self.rows.put(idx, None)
            self.live -= 1
            self._weights.clear()
            self._query_cache = None

    def extend(self, docs: Iterable[Doc]) -> None:
        for doc in docs:
            self.add(doc)

    # -- weights ----------------------------------------------------------------

    def _idf(self, df: int) -> float:
        return 1.0 + math.log((self.live + 1) / (df + 1))

    def concept_weight(self, concept: str) -> float:
        """How much sharing a concept says: its thesaurus weight times its specificity."""
        key = "c:" + concept
        found = self._weights.get(key)
        if found is None:
            found = self.base_weight(concept) * self.specificity(concept)
            self._weights[key] = found
        return found

    def base_weight(self, concept: str) -> float:
        return self.th.concepts[concept].weight if concept in self.th.concepts else 1.0

    def specificity(self, concept: str) -> float:
        """1 for a concept few entries carry, towards 0 for one carried by a large share of
        the catalogue (hospitals, local governments, gender): sharing it says little; less
        again for a broad subject of the thesaurus. SPECIFIC_PRIOR entries that do not carry
        it are assumed, so that a small catalogue does not make every concept look common."""
        df = len(self.concept_postings.get(concept, ()))
        share = (df + 1) / (self.live + SPECIFIC_PRIOR)
        value = min(1.0, max(0.0, math.log(1.0 / share) / math.log(SPECIFIC_SHARE)))
        return value * (BROAD_FACTOR if concept in self._broad else 1.0)

    def word_weight(self, word: str) -> float:
        found = self._weights.get(word)
        if found is None:
            found = self._idf(len(self.word_postings.get(word, ())))
            self._weights[word] = found
        return found

    # -- ranking ----------------------------------------------------------------

    def counterparts(self, doc: Doc, top: int = 10) -> list[Match]:
        """The best entries of the other kind for `doc` (offers for a need, and back)."""
        want = "offer" if doc.kind == "need" else "need"
        query = self.analyse(self._own_vector(doc))
        return self._rank(query, {want}, top, exclude=doc.id)

    def best_offers(self, need: Doc, top: int = 10) -> list[Match]:
        return self._rank(self.analyse(self._own_vector(need)), {"offer"}, top, exclude=need.id)

    def _own_vector(self, doc: Doc) -> Doc:
        """An indexed entry asked about without its vector gets the one the index holds."""
        if doc.vector is None and doc.id in self.position:
            return replace(doc, vector=self.rows.get(self.position[doc.id]))
        return doc

    def search(
        self,
        text: str,
        kinds: Sequence[str] = ("offer", "need"),
        area: str | None = None,
        top: int = 10,
    ) -> list[Match]:
        """Free-text search (a query is scored as a need with no structured fields). An
        acronym an entry defines brings its words into the query."""
        spelled = [self.acronyms[w] for w in tokens(text) if w in self.acronyms]
        if spelled:
            text = " ".join([text, *spelled])
        vector = self.encoder.query(text) if self.encoder and text.strip() else None
        query = self.analyse(Doc(id="\0query", kind="query", title=text, vector=vector))
        matches = self._rank(query, set(kinds), top * 3 if area else top, symmetric=True)
        if area:
            matches = [m for m in matches if self.features[self.position[m.id]].area == area][:top]
        return matches

    def find(
        self,
        text: str,
        kinds: Sequence[str] = ("offer", "need"),
        area: str | None = None,
        top: int = 10,
    ) -> tuple[list[Match], str | None]:
        """A search as /search makes it: near-typos corrected first (the corrected query,
        or None when nothing was corrected, comes back with the results)."""
        corrected = self.speller.correct(text)
        return self.search(corrected or text, kinds=kinds, area=area, top=top), corrected

    def _candidates(self, q: Features, kinds: set[str], exclude: str | None) -> list[int]:
        if self.live <= BRUTE_FORCE_BELOW:
            return [
                i
                for i, f in enumerate(self.features)
                if f.alive and f.kind in kinds and f.doc_id != exclude
            ]
        # Accumulate feature weights over postings in C (numpy), not in a Python loop:
        # at 100k entries a query touches tens of thousands of postings.
        chunks: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for c in q.expanded:
            postings = self.concept_postings.get(c)
            if postings is None or len(postings) > MAX_POSTING:
                continue
            w = self.concept_weight(c) * (1.0 if c in q.concepts else 0.5)
            chunks.append(np.frombuffer(postings, dtype=np.int32))
            weights.append(np.full(len(postings), w))
        for word in q.words:
            postings = self.word_postings.get(word)
            if postings is None or len(postings) > MAX_POSTING:
                continue
            chunks.append(np.frombuffer(postings, dtype=np.int32))
            weights.append(np.full(len(postings), 0.5 * self.word_weight(word)))
        codes = np.frombuffer(self.kind_codes, dtype=np.int8)
        wanted = ~np.isin(codes, [KIND_CODES[k] for k in kinds if k in KIND_CODES])
        skip = self.position.get(exclude) if exclude is not None else None
        found: list[int] = []
        if chunks:
            total = np.bincount(
                np.concatenate(chunks),
                weights=np.concatenate(weights),
                minlength=len(self.features),
            )
            # With a vector, the closest in meaning join below: fewer are taken from postings.
            most = CANDIDATES if q.vector is None else CANDIDATES_BESIDE_DENSE
            found = self._best(total, wanted, skip, most)
        if q.vector is not None:
            close = self.rows.similarities(q.vector, len(self.features))
            seen = set(found)
            found += [i for i in self._best(close, wanted, skip, DENSE_CANDIDATES) if i not in seen]
        return found

    @staticmethod
    def _best(
        scores: np.ndarray, unwanted: np.ndarray, skip: int | None, most: int = CANDIDATES
    ) -> list[int]:
        """Positions of the best `most` positive scores, best first."""
        scores[unwanted] = 0.0
        if skip is not None:
            scores[skip] = 0.0
        hits = int(np.count_nonzero(scores > 0))
        if hits == 0:
            return []
        keep = min(most, hits)
        top = np.argpartition(-scores, keep - 1)[:keep]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [int(i) for i in top if scores[i] > 0]

    def _rank(
        self,
        q: Features,
        kinds: set[str],
        top: int,
        exclude: str | None = None,
        symmetric: bool = False,
    ) -> list[Match]:
        scored = []
        for i in self._candidates(q, kinds, exclude):
            f = self.features[i]
            score, reasons = self.score(q, f, symmetric=symmetric, position=i)
            if score >= MIN_SCORE:
                scored.append(Match(f.doc_id, score, reasons))
        scored.sort(key=lambda m: (-m.score, m.id))
        best = scored[0].score if scored else 0.0
        for rank, m in enumerate(scored):
            m.probability = calibration.probability(m.score, rank, best)
        return scored[:top]

    # -- the score ----------------------------------------------------------------

    def score(
        self,
        need: Features,
        offer: Features,
        symmetric: bool = False,
        position: int | None = None,
    ) -> tuple[float, list[Reason]]:
        """0-100 and the reasons, for a need (or query) against an offer (or any entry)."""
        signals: dict[str, float] = {}
        reasons: list[Reason] = []

        offer_vector = offer.vector
        if offer_vector is None and position is not None:
            offer_vector = self.rows.get(position)
        if need.vector is not None and offer_vector is not None:
            cosine = float(np.dot(need.vector, offer_vector))
            signals["semantic"] = semantic_signal(cosine)
            # In a search every result says how close it is (the figure differs between
            # results); between two entries only a close meaning is worth saying.
            if cosine >= (SEARCH_MEANING if symmetric else CLOSE_MEANING):
                reasons.append(Reason("meaning", (str(round(100 * max(0.0, cosine))),)))

        concept_sim, shared, related = self._concept_similarity(need, offer)
        if concept_sim is not None:
            signals["concepts"] = concept_sim

        signals["text"] = self._text_similarity(need, offer)

        if need.area and offer.area:
            signals["area"] = 1.0 if need.area == offer.area else 0.0
            if need.area == offer.area:
                reasons.append(Reason("area", (need.area,)))
        if shared:
            reasons.append(Reason("shared", tuple(shared[:4])))
        if related:
            reasons.append(Reason("related", tuple(related[:3])))
        if not symmetric:
            self._structure(need, offer, signals, reasons)
        if concept_sim is None and not shared:
            words = [w for w in need.words if w in set(offer.words)][:4]
            if words:
                reasons.append(Reason("words", tuple(words)))
        meaning = weighted({k: v for k, v in signals.items() if k in MEANING})
        # The structured fields order candidates already close in meaning: they move a
        # score by at most FIELDS_SHARE / 2 of itself, up or down, and never lift a pair
        # that means little (a shared area or modality is not a match).
        fields = {k: v for k, v in signals.items() if k not in MEANING}
        fit = weighted(fields) if fields else 0.5
        value = min(1.0, meaning * (1.0 + FIELDS_SHARE * (fit - 0.5)))
        return round(100.0 * value, 1), reasons

    def _concept_similarity(
        self, need: Features, offer: Features
    ) -> tuple[float | None, list[str], list[str]]:
        if not need.concepts:
            return None, [], []
        query = self._query(need)
        offer_concepts = set(offer.concepts)
        offer_expanded = set(offer.expanded)
        need_expanded = query.expanded
        got = 0.0
        total = query.concept_total
        shared: list[tuple[float, str]] = []
        related: list[tuple[float, str]] = []
        for c, w, parent in query.concepts:
            # The total counts each concept at its base weight, what is got at its
            # specific weight: generic concepts shared give little.
            if c in offer_concepts:
                got += w
                shared.append((w, c))
            elif c in offer_expanded:  # the offer is about something narrower: it covers c
                got += 0.7 * w
                related.append((w, c))
            elif parent is not None and parent in offer_concepts:
                got += 0.5 * w  # the offer is about the broader subject
                related.append((w, c))
            elif parent is not None and parent in offer_expanded:
                got += 0.25 * w  # siblings under one parent
        need_side = got / total if total else 0.0
        got_o = total_o = 0.0
        for c in offer.concepts:
            total_o += self.base_weight(c)
            if c in need_expanded:
                got_o += self.concept_weight(c)
        offer_side = got_o / total_o if total_o else 0.0
        shared.sort(key=lambda p: (-p[0], p[1]))
        related.sort(key=lambda p: (-p[0], p[1]))
        return 0.7 * need_side + 0.3 * offer_side, [c for _, c in shared], [c for _, c in related]

    def _text_similarity(self, need: Features, offer: Features) -> float:
        if not need.text or not offer.text:
            return 0.0
        fuzzy = fuzz.token_set_ratio(need.text, offer.text) / 100.0
        query = self._query(need)
        offer_words = set(offer.words)
        overlap = sum(w for word, w in query.words if word in offer_words) / query.word_total
        return 0.5 * fuzzy + 0.5 * overlap

    def _query(self, need: Features) -> _Query:
        """What a ranking needs of its query, computed once per query, not per candidate."""
        cached = self._query_cache
        if cached is not None and cached[0] is need:
            return cached[1]
        concepts = []
        for c in need.concepts:
            concept = self.th.concepts.get(c)
            concepts.append((c, self.concept_weight(c), concept.broader if concept else None))
        words = [(w, self.word_weight(w)) for w in need.words]
        query = _Query(
            concepts=concepts,
            concept_total=sum(self.base_weight(c) for c, _, _ in concepts),
            expanded=frozenset(need.expanded),
            words=words,
            word_total=sum(w for _, w in words) or 1.0,
        )
        self._query_cache = (need, query)
        return query

    @staticmethod
    def _structure(
        need: Features, offer: Features, signals: dict[str, float], reasons: list[Reason]
    ) -> None:
        if need.cooperation_type and offer.cooperation_type:
            if need.cooperation_type == offer.cooperation_type:
                signals["type"] = 1.0
                reasons.append(Reason("type", (need.cooperation_type,)))
            elif "financing" in (need.cooperation_type, offer.cooperation_type):
                signals["type"] = 0.2
            else:
                pair = frozenset({need.cooperation_type, offer.cooperation_type})
                signals["type"] = TYPE_AFFINITY.get(pair, 0.4)
        if need.modality and offer.modality:
            if need.modality == offer.modality:
                signals["modality"] = 1.0
                reasons.append(Reason("modality", (need.modality,)))
            else:
                signals["modality"] = MODALITY_AFFINITY.get(
                    frozenset({need.modality, offer.modality}), 0.3
                )
        if need.role and offer.role:
            need_role = ROLE_ALIASES.get(need.role, need.role)
            offer_role = ROLE_ALIASES.get(offer.role, offer.role)
            fits = {
                ("beneficiary", "facilitator"),
                ("beneficiary", "pivot"),
                ("pivot", "facilitator"),
            }
            if (need_role, offer_role) in fits:
                signals["role"] = 1.0
                reasons.append(Reason("role", (need.role, offer.role)))
            else:
                signals["role"] = 0.3 if need_role != offer_role else 0.1
        # A national need concerns its owner's country; a regional one lists several (or a
        # sub-region's) and is served by an offer covering any of them.
        places = [c for c in need.countries if c != "ALL"] or (
            [need.country] if need.country else []
        )
        if places and offer.countries:
            covered = [c for c in places if c in offer.countries or "ALL" in offer.countries]
            if covered:
                signals["country"] = 1.0
                reasons.append(Reason("country", (covered[0],)))
            else:
                signals["country"] = 0.0
        if need.target_groups and offer.target_groups:
            shared = [g for g in need.target_groups if g in offer.target_groups]
            signals["groups"] = 1.0 if shared else 0.5
            if shared:
                reasons.append(Reason("groups", tuple(shared)))


def weighted(signals: dict[str, float]) -> float:
    """The weighted mean of the signals present (a missing one does not count as zero)."""
    total = sum(WEIGHTS[k] for k in signals)
    return sum(WEIGHTS[k] * v for k, v in signals.items()) / total if total else 0.0


def semantic_signal(cosine: float) -> float:
    """A cosine of two sentence embeddings on 0..1 (see SEMANTIC_FLOOR and _CEILING)."""
    value = (cosine - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR)
    return min(1.0, max(0.0, value))


def concept_label(concept_id: str, lang: str = "en") -> str:
    """A concept's name in a language: its first term there (English as a fallback)."""
    concept = default().concepts.get(concept_id)
    if concept is None:
        return concept_id
    terms = concept.terms.get(lang) or concept.terms.get("en") or [concept.label]
    return terms[0]


def explain(reason: Reason) -> str:
    """A reason in plain English, for the command line."""
    v = reason.values
    if reason.code == "meaning":
        return f"close in meaning ({v[0]} %)"
    if reason.code == "area":
        return f"same area: {v[0]}"
    if reason.code == "shared":
        return "shared: " + ", ".join(concept_label(c) for c in v)
    if reason.code == "related":
        return "related: " + ", ".join(concept_label(c) for c in v)
    if reason.code == "type":
        return f"same kind of cooperation: {v[0].replace('_', ' ')}"
    if reason.code == "modality":
        return f"same modality: {v[0].replace('_', '-')}"
    if reason.code == "role":
        return f"triangular roles fit: {v[0]} and {v[1]}"
    if reason.code == "country":
        name = countries.name(v[0], "en") if countries.is_country(v[0]) else v[0]
        return f"offer covers {name}"
    if reason.code == "groups":
        return "same target groups: " + ", ".join(g.replace("_", " ") for g in v)
    if reason.code == "words":
        return "same words: " + ", ".join(v)
    return reason.code
