"""How long the meeting's documents take to build, on the rehearsed meeting.

    python -m bench.documents [--repeat 2] [--images DIR]

Builds the rehearsed meeting (rehearsal.meeting) on a throw-away SQLite database, then times
each document as the secretariat gets it: the published catalogue (HTML, and PDF in each of
the four languages) and the report to the CIDI (JSON, PDF), from reading the database to the
finished bytes. Not a timed test: the figures go into the README. With --images, the first
pages of the French catalogue and of the report are written there as PNG (pdftoppm), for
the README.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from catalogue import report
from presentation import publish as published_document
from presentation import report as report_document
from rehearsal.meeting import rehearse
from scheduler import agenda_store
from storage.db import make_engine, make_session_factory, upgrade


def timed(build: Callable[[], bytes], repeat: int) -> tuple[float, bytes]:
    runs, content = [], b""
    for _ in range(repeat):
        began = time.perf_counter()
        content = build()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs), content


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--images", type=Path, help="write PNGs of the first pages there")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cidi-bench-documents-"))
    engine = make_engine(f"sqlite:///{folder / 'meeting.sqlite3'}")
    upgrade(engine)
    factory = make_session_factory(engine)
    began = time.perf_counter()
    done = rehearse(factory)
    built = time.perf_counter() - began
    with factory() as session:
        shown = report.figures(session, done.now)
    print(f"rehearsed meeting: {len(done.delegates)} delegates, {done.entries} entries "
          f"({shown['offers']} offers and {shown['needs']} needs in the catalogue), "
          f"built in {built:.1f} s")  # fmt: skip

    def catalogue(lang: str, fmt: str) -> bytes:
        with factory() as session:
            agenda = agenda_store.current(session)
            document = published_document.gather(session, done.now, agenda, lang)
        return published_document.render(document, fmt, "cidi_demo_bot")

    def cidi_report(lang: str, fmt: str) -> bytes:
        with factory() as session:
            figures = report.figures(session, done.now)
            titles = report.unmet_titles(session, figures)
            agenda = agenda_store.current(session)
        return report_document.render(figures, fmt, lang, titles, agenda)

    print(f"{'document':<34}{'median s':>10}{'size':>12}")
    outputs = {}
    for name, build in (
        ("published catalogue, HTML (en)", lambda: catalogue("en", "html")),
        *((f"published catalogue, PDF ({lang})", lambda lang=lang: catalogue(lang, "pdf"))
          for lang in ("en", "es", "fr", "pt")),
        ("report, JSON", lambda: cidi_report("en", "json")),
        ("report, PDF (en)", lambda: cidi_report("en", "pdf")),
        ("report, PDF (fr)", lambda: cidi_report("fr", "pdf")),
    ):  # fmt: skip
        seconds, content = timed(build, args.repeat)
        outputs[name] = content
        print(f"{name:<34}{seconds:>10.2f}{len(content) / 1024:>10.0f} KB")
    if args.images:
        args.images.mkdir(parents=True, exist_ok=True)
        for name, stem, pages in (
            ("published catalogue, PDF (fr)", "published-catalogue-pdf", "3"),
            ("report, PDF (en)", "report-pdf", "2"),
        ):
            pdf = folder / f"{stem}.pdf"
            pdf.write_bytes(outputs[name])
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", pages, "-l", pages,
                            "-singlefile", str(pdf), str(args.images / stem)], check=True)  # fmt: skip
            print(f"page {pages} of {name}: {args.images / stem}.png")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
