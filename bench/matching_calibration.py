"""Calibrating the matching score: fit on the development part, report on the held-out part.

    python -m bench.matching_calibration                 # fit, then the held-out tables
    python -m bench.matching_calibration --feedback f.jsonl   # the meeting's own pairs too

For every need of a labelled set (each set a catalogue of its own), the engine ranks the offers as `cidi-bot catalogue match`
does (top 10); each candidate is a labelled pair (relevant when the labels list it). A
logistic regression on (score, first candidate, gap below the first) is fitted on the
development sets; the coefficients to paste into catalogue/matching/calibration.py are
printed, then, with the shipped coefficients and thresholds, on each held-out set:
- the reliability table: for each confidence word, how many pairs and the share relevant;
- pushed notifications: how many, the share relevant, and the share of the needs that have
  a relevant offer which get one pushed.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass

import numpy as np

from bench.matching_quality import load, load_feedback
from catalogue.matching import Doc, MatchIndex, calibration
from catalogue.matching.engine import with_vectors
from catalogue.matching.semantic import Encoder

DEV = ["matching_dev", "matching_wide_dev", "matching_cal_dev"]
HELD_OUT = {
    "new held-out (matching_cal_holdout)": ["matching_cal_holdout"],
    "earlier held-out (matching_holdout + matching_check)": ["matching_holdout", "matching_check"],
    "all held-out": ["matching_cal_holdout", "matching_holdout", "matching_check"],
}
TOP = 10


@dataclass
class Pair:
    need: str
    score: float
    rank: int
    best: float
    relevant: bool
    answered: bool  # the need has a relevant offer in the set


def pairs(
    docs: list[Doc],
    labels: dict[str, list[str]],
    encoder: Encoder,
    judged: dict[str, set[str]] | None = None,
) -> list[Pair]:
    """The engine's top candidates of each need as labelled pairs (with `judged`, only
    the pairs judged: the delegates' feedback says nothing of the others)."""
    docs = with_vectors(docs, encoder)
    index = MatchIndex(encoder=encoder)
    index.extend(d for d in docs if d.kind == "offer")
    out = []
    for need in docs:
        if need.kind != "need":
            continue
        relevant = set(labels.get(need.id, []))
        matches = index.best_offers(need, top=TOP)
        best = matches[0].score if matches else 0.0
        for rank, m in enumerate(matches):
            if judged is not None and m.id not in judged.get(need.id, set()):
                continue
            out.append(Pair(need.id, m.score, rank, best, m.id in relevant, bool(relevant)))
    return out


def features(rows: list[Pair]) -> np.ndarray:
    return np.array(
        [[1.0, p.score / 100, float(p.rank == 0), max(0.0, p.best - p.score) / 100] for p in rows]
    )


def fit(rows: list[Pair], l2: float = 1e-3) -> np.ndarray:
    """Logistic regression by Newton's method (a few dozen rows of four features)."""
    x = features(rows)
    y = np.array([p.relevant for p in rows], dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x.T * (p * (1 - p))) @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    return w


def wilson(hits: int, n: int) -> str:
    """A share's 95 % interval (Wilson), in per cent."""
    if n == 0:
        return "-"
    z, p = 1.96, hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return f"{100 * (centre - half):.0f}-{100 * (centre + half):.0f} %"


def report(rows: list[Pair]) -> dict[str, float]:
    """The reliability table and the notification figures, with the shipped calibration."""
    words: dict[str, list[bool]] = {"strong": [], "possible": [], "weak": []}
    pushed: list[bool] = []
    answered: dict[str, bool] = {}
    for p in rows:
        prob = calibration.probability(p.score, p.rank, p.best)
        words[calibration.confidence(prob)].append(p.relevant)
        if p.answered:
            answered.setdefault(p.need, False)
        if calibration.notify(prob):
            pushed.append(p.relevant)
            if p.relevant:
                answered[p.need] = True
    print(
        "| confidence | pairs | relevant | share relevant | 95 % interval |\n|---|---|---|---|---|"
    )
    for word, found in words.items():
        share = f"{100 * sum(found) / len(found):.0f} %" if found else "-"
        print(
            f"| {word} | {len(found)} | {sum(found)} | {share} | {wilson(sum(found), len(found))} |"
        )
    precision = sum(pushed) / len(pushed) if pushed else float("nan")
    recall = sum(answered.values()) / len(answered) if answered else float("nan")
    reached = sum(answered.values())
    print(
        f"pushed: {len(pushed)} pairs, {100 * precision:.0f} % relevant "
        f"({wilson(sum(pushed), len(pushed))}); {reached} of {len(answered)} needs with a "
        f"relevant offer get one pushed ({100 * recall:.0f} %, "
        f"{wilson(reached, len(answered))})"
    )
    strong = words["strong"]
    return {
        "strong": sum(strong) / len(strong) if strong else float("nan"),
        "pushed_precision": precision,
        "pushed_recall": recall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--feedback", help="a file from `cidi-bot catalogue feedback` to fit on too"
    )
    args = parser.parse_args()
    encoder = Encoder()
    rows = []
    for name in DEV:  # each set is a catalogue of its own (its labels say nothing across)
        docs, labels = load([name])
        rows += pairs(docs, labels, encoder)
    if args.feedback:
        fb_docs, fb_labels, judged = load_feedback(args.feedback)
        rows += pairs(fb_docs, fb_labels, encoder, judged)
    w = fit(rows)
    print(f"development: {len(rows)} labelled pairs, {sum(p.relevant for p in rows)} relevant")
    print("COEFFICIENTS = (" + ", ".join(f"{v:.4f}" for v in w) + ")")
    print("\ndevelopment (fitted on):")
    report(rows)
    for name, sets in HELD_OUT.items():
        held: list[Pair] = []
        for one in sets:
            docs, labels = load([one])
            held += pairs(docs, labels, encoder)
        print(f"\n{name}:")
        report(held)


if __name__ == "__main__":
    main()
