"""Matching quality on the labelled development set: the engine beside two baselines.

    python -m bench.matching_quality [--data bench/data/matching_dev.jsonl]

Prints MRR, recall@5 and precision@1 for the engine (the same code path as
`cidi-bot catalogue match`), plain rapidfuzz WRatio on raw title and
description, and BM25 on folded words.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

from catalogue.matching import Doc, MatchIndex
from catalogue.matching.jsonl import read_docs
from catalogue.matching.text import content_words, tokens

HERE = Path(__file__).parent / "data"
Ranker = Callable[[Doc, list[Doc]], list[str]]


def engine_ranker(offers: list[Doc]) -> Ranker:
    index = MatchIndex()
    index.extend(offers)
    return lambda need, _offers: [m.id for m in index.best_offers(need, top=len(offers))]


def wratio_ranker(need: Doc, offers: list[Doc]) -> list[str]:
    query = f"{need.title} {need.description}"
    choices = {o.id: f"{o.title} {o.description}" for o in offers}
    return [
        key
        for _text, _score, key in process.extract(query, choices, scorer=fuzz.WRatio, limit=None)
    ]


class BM25:
    def __init__(self, docs: list[Doc], k1: float = 1.5, b: float = 0.75) -> None:
        self.ids = [d.id for d in docs]
        self.tf = [Counter(content_words(tokens(f"{d.title} {d.description}"))) for d in docs]
        self.len = [sum(t.values()) for t in self.tf]
        self.avg = sum(self.len) / max(1, len(self.len))
        df: Counter[str] = Counter()
        for t in self.tf:
            df.update(t.keys())
        n = len(docs)
        self.idf = {w: math.log(1 + (n - c + 0.5) / (c + 0.5)) for w, c in df.items()}
        self.k1, self.b = k1, b

    def rank(self, need: Doc, _offers: list[Doc]) -> list[str]:
        query = content_words(tokens(f"{need.title} {need.description}"))
        scores = []
        for i, tf in enumerate(self.tf):
            s = 0.0
            for w in query:
                if w in tf:
                    f = tf[w]
                    s += (
                        self.idf[w]
                        * f
                        * (self.k1 + 1)
                        / (f + self.k1 * (1 - self.b + self.b * self.len[i] / self.avg))
                    )
            scores.append((s, self.ids[i]))
        scores.sort(key=lambda p: (-p[0], p[1]))
        return [i for _s, i in scores]


def evaluate(
    ranker: Ranker, needs: list[Doc], offers: list[Doc], labels: dict[str, list[str]]
) -> dict[str, float]:
    rr, recall5, p1 = [], [], []
    for need in needs:
        relevant = set(labels.get(need.id, []))
        if not relevant:
            continue
        ranking = ranker(need, offers)
        rank = next((i for i, o in enumerate(ranking, 1) if o in relevant), None)
        rr.append(1 / rank if rank else 0.0)
        recall5.append(len(relevant & set(ranking[:5])) / len(relevant))
        p1.append(1.0 if ranking and ranking[0] in relevant else 0.0)
    n = len(rr)
    return {"MRR": sum(rr) / n, "recall@5": sum(recall5) / n, "P@1": sum(p1) / n, "needs": n}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", default=str(HERE / "matching_dev.jsonl"))
    parser.add_argument("--labels", default=str(HERE / "matching_dev_labels.json"))
    args = parser.parse_args()
    with open(args.data, encoding="utf-8") as handle:
        docs, problems = read_docs(handle)
    assert not problems, problems
    labels = json.loads(Path(args.labels).read_text())
    needs = [d for d in docs if d.kind == "need"]
    offers = [d for d in docs if d.kind == "offer"]
    results = {
        "engine": evaluate(engine_ranker(offers), needs, offers, labels),
        "rapidfuzz WRatio": evaluate(wratio_ranker, needs, offers, labels),
        "BM25": evaluate(BM25(offers).rank, needs, offers, labels),
    }
    pairs = sum(len(v) for v in labels.values())
    print(f"{len(needs)} needs, {len(offers)} offers, {pairs} relevant pairs")
    print("| method | MRR | recall@5 | P@1 |\n|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['MRR']:.3f} | {r['recall@5']:.3f} | {r['P@1']:.3f} |")
    best_baseline = max(results["rapidfuzz WRatio"]["MRR"], results["BM25"]["MRR"])
    print(f"engine MRR / best baseline MRR = {results['engine']['MRR'] / best_baseline:.2f}")


if __name__ == "__main__":
    main()
