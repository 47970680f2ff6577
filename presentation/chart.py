"""The meeting's charts, drawn by matplotlib: PNG for the chat's /stats, SVG for the web
console's figures. Labels in the reader's language; no user text is drawn."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

import matplotlib

matplotlib.use("Agg")  # no display: files only (set before pyplot is imported)

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from catalogue.taxonomy import AREAS
from presentation.i18n import label
from presentation.render import place_name

OFFER, NEED = "#2171b5", "#ef8a62"


def _save(figure: Figure, fmt: str) -> bytes:
    out = io.BytesIO()
    figure.tight_layout()
    figure.savefig(out, format=fmt, dpi=100, metadata={"Date": None} if fmt == "svg" else None)
    plt.close(figure)
    return out.getvalue()


def _paired_bars(
    lang: str, names: Sequence[str], offers: Sequence[int], needs: Sequence[int], fmt: str
) -> bytes:
    figure, axes = plt.subplots(figsize=(9, 0.45 * len(names) + 1.4))
    positions = range(len(names))
    height = 0.4
    axes.barh([p - height / 2 for p in positions], offers, height, color=OFFER,
              label=label(lang, "search-offers"))  # fmt: skip
    axes.barh([p + height / 2 for p in positions], needs, height, color=NEED,
              label=label(lang, "search-needs"))  # fmt: skip
    for bars in axes.containers:
        if isinstance(bars, BarContainer):
            axes.bar_label(bars, padding=2, fontsize=8)  # the figure itself, readable in print
    axes.set_yticks(list(positions), list(names))
    axes.invert_yaxis()
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="lower right")
    axes.spines[["top", "right"]].set_visible(False)
    return _save(figure, fmt)


def area_chart(lang: str, by_area: dict[str, dict[str, int]], fmt: str = "png") -> bytes:
    """Approved offers and needs per priority area."""
    names = [label(lang, f"area-short-{a}") for a in AREAS]
    offers = [by_area.get(a, {}).get("offer", 0) for a in AREAS]
    needs = [by_area.get(a, {}).get("need", 0) for a in AREAS]
    return _paired_bars(lang, names, offers, needs, fmt)


def country_chart(lang: str, by_country: dict[str, dict[str, int]], fmt: str = "svg") -> bytes:
    """Approved offers and needs of the 15 countries with the most."""
    top = sorted(by_country.items(), key=lambda kv: -(kv[1]["offer"] + kv[1]["need"]))[:15]
    names = [place_name(c, lang) for c, _ in top]
    offers = [n["offer"] for _, n in top]
    needs = [n["need"] for _, n in top]
    return _paired_bars(lang, names, offers, needs, fmt)


def counts_chart(lang: str, counts: dict[str, int], fmt: str = "svg") -> bytes:
    """One bar per labelled count (entries by kind or status, delegates by kind of actor)."""
    figure, axes = plt.subplots(figsize=(9, 0.45 * max(1, len(counts)) + 1.2))
    names = list(counts)
    bars = axes.barh(range(len(names)), list(counts.values()), color=OFFER)
    axes.bar_label(bars, padding=2, fontsize=8)
    axes.set_yticks(list(range(len(names))), names)
    axes.invert_yaxis()
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    return _save(figure, fmt)


def timeline_chart(
    lang: str, days: Sequence[date], offers: Sequence[int], needs: Sequence[int], fmt: str = "svg"
) -> bytes:
    """Offers and needs submitted so far, day by day (cumulative)."""
    figure, axes = plt.subplots(figsize=(9, 3.6))
    when = np.array(days, dtype="datetime64[D]")
    axes.plot(when, list(offers), color=OFFER, marker="o", label=label(lang, "search-offers"))
    axes.plot(when, list(needs), color=NEED, marker="o", label=label(lang, "search-needs"))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="upper left")
    axes.spines[["top", "right"]].set_visible(False)
    figure.autofmt_xdate()
    return _save(figure, fmt)
