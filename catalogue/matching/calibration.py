"""The engine's score as a probability that a pair is relevant, and what follows from it.

A score from 0 to 100 orders candidates but says little by itself: at the same score a
need's best candidate is far more often right than its fifth. The probability is a logistic
regression on three things known when a ranking is made: the score, whether the candidate
is the first, and how far it is below the first. Fitted on the development part of the
labelled sets (`python -m bench.matching_calibration`, which prints new coefficients and the
reliability table on the held-out part); `cidi-bot catalogue feedback` exports the
delegates' own judgements so that it can be refitted on the meeting's pairs.

The confidence words and the notification rule are thresholds on the probability, chosen
on the development part: "strong" pairs should be relevant at least 4 times in 5, pushed
pairs at least 3 times in 4, while most needs that have an answer still get it pushed.
"""

from __future__ import annotations

import math

# intercept, score / 100, first candidate (0 or 1), (first's score - this score) / 100
COEFFICIENTS = (-3.0803, 4.5831, 0.9401, -7.8847)
STRONG = 0.70
POSSIBLE = 0.25
NOTIFY = 0.60


def probability(score: float, rank: int, best: float) -> float:
    """How likely a candidate is relevant: its score, its rank (0 for the first) and the
    first candidate's score in the same ranking."""
    b0, b_score, b_first, b_gap = COEFFICIENTS
    z = b0 + b_score * score / 100 + b_first * (rank == 0) + b_gap * max(0.0, best - score) / 100
    return 1.0 / (1.0 + math.exp(-z))


def confidence(p: float) -> str:
    """'strong', 'possible' or 'weak': said to the reader instead of a hidden cut-off."""
    if p >= STRONG:
        return "strong"
    return "possible" if p >= POSSIBLE else "weak"


def notify(p: float) -> bool:
    """Whether a pair is pushed to its owners (likely), or only listed (possible)."""
    return p >= NOTIFY
