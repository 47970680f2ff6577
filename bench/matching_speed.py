"""Matching and search speed on generated catalogues of 1k, 10k and 100k entries.

    python -m bench.matching_speed [--sizes 1000 10000 100000] [--queries 200]

Reports the model's embedding throughput (entries a second, batches of 64) and the event
loop's worst stall while a worker thread embeds 1,000 entries; then, per size: index build
time, search p50/p95 (each query embedded anew: no two queries are the same), matching one
newly approved entry p95, the event loop's worst stall while searches run on it, resident
memory with the model loaded; and all needs against all offers at 10k x 10k.

Entries carry sentence embeddings as in the bot. Embedding 100,000 generated entries would
take minutes and measure nothing new, so the first 2,000 are embedded for real and the rest
reuse those vectors with a little noise (same size and spread as real ones).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import resource
import statistics
import time
from collections.abc import Iterator
from dataclasses import replace

import numpy as np

from catalogue.matching import Doc, MatchIndex, semantic
from catalogue.matching.engine import with_vectors
from catalogue.matching.thesaurus import default
from catalogue.taxonomy import COOPERATION_TYPES, MODALITIES

LANGS = ("en", "es", "fr", "pt")
FILLER = {
    "en": [
        "we",
        "offer",
        "support",
        "strengthening",
        "national",
        "capacity",
        "with",
        "experts",
        "and",
        "training",
        "for",
        "our",
        "institutions",
    ],
    "es": [
        "ofrecemos",
        "apoyo",
        "para",
        "fortalecer",
        "la",
        "capacidad",
        "nacional",
        "con",
        "expertos",
        "y",
        "formación",
        "para",
        "instituciones",
    ],
    "fr": [
        "nous",
        "proposons",
        "un",
        "appui",
        "pour",
        "renforcer",
        "les",
        "capacités",
        "nationales",
        "avec",
        "des",
        "experts",
        "et",
        "des",
        "formations",
    ],
    "pt": [
        "oferecemos",
        "apoio",
        "para",
        "fortalecer",
        "a",
        "capacidade",
        "nacional",
        "com",
        "especialistas",
        "e",
        "formação",
        "para",
        "instituições",
    ],
}
COUNTRIES = (
    "HT",
    "BR",
    "MX",
    "CO",
    "PE",
    "GT",
    "HN",
    "JM",
    "BB",
    "DO",
    "AR",
    "CL",
    "BO",
    "PY",
    "EC",
)


def generate(n: int, seed: int = 7) -> Iterator[Doc]:
    """Entries written from thesaurus terms in random languages, with filler words."""
    rng = random.Random(seed)
    concepts = [c for c in default().concepts.values() if c.area]
    for i in range(n):
        lang = rng.choice(LANGS)
        picked = rng.sample(concepts, 3)
        area = picked[0].area
        terms = [rng.choice(c.terms[lang] or c.terms["en"]) for c in picked]
        words = rng.sample(FILLER[lang], 6)
        title = f"{terms[0]} {terms[1]}"
        description = " ".join([*words[:3], terms[2], *words[3:], terms[0]])
        kind = "offer" if i % 2 else "need"
        yield Doc(
            id=str(i),
            kind=kind,
            title=title,
            description=description,
            area=area,
            cooperation_type=rng.choice(COOPERATION_TYPES),
            modality=rng.choice(MODALITIES),
            country=rng.choice(COUNTRIES),
            countries=tuple(rng.sample(COUNTRIES, 3)),
            language=lang,
        )


REAL = 2000
_pool: dict[int, list[Doc]] = {}


def embedded(docs: Iterator[Doc], encoder: semantic.Encoder) -> Iterator[Doc]:
    """The docs with vectors: the first REAL embedded, the rest borrowed with noise.

    A generator, so that the benchmark itself never holds 100,000 float32 vectors (its RSS
    is the index's and the model's)."""
    if REAL not in _pool:
        _pool[REAL] = with_vectors(list(generate(REAL)), encoder)
    pool = _pool[REAL]
    rng = np.random.default_rng(3)
    for i, doc in enumerate(docs):
        base = pool[i % REAL].vector
        assert base is not None
        vector = base if i < REAL else base + rng.normal(0, 0.01, base.shape).astype(np.float32)
        yield replace(doc, vector=vector / np.linalg.norm(vector))


def throughput(encoder: semantic.Encoder, n: int = 1000) -> float:
    texts = [f"{d.title}. {d.description}" for d in generate(n, seed=5)]
    start = time.perf_counter()
    encoder.encode(texts)
    return n / (time.perf_counter() - start)


async def stall_while_embedding(encoder: semantic.Encoder, n: int = 1000) -> float:
    """A worker thread embeds n entries (as an import does) beside a 5 ms loop ticker."""
    texts = [f"{d.title}. {d.description}" for d in generate(n, seed=9)]
    worst = 0.0
    loop = asyncio.get_running_loop()
    work = asyncio.ensure_future(asyncio.to_thread(encoder.encode, texts))
    while not work.done():
        start = loop.time()
        await asyncio.sleep(0.005)
        worst = max(worst, loop.time() - start - 0.005)
    await work
    return worst * 1000


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def loop_stall(index: MatchIndex, queries: list[str]) -> float:
    """Run searches on the event loop beside a 5 ms ticker; the worst lateness of a tick."""
    worst = 0.0
    done = False

    async def ticker() -> None:
        nonlocal worst
        loop = asyncio.get_running_loop()
        while not done:
            start = loop.time()
            await asyncio.sleep(0.005)
            worst = max(worst, loop.time() - start - 0.005)

    task = asyncio.create_task(ticker())
    for q in queries:
        index.search(q, top=10)
        await asyncio.sleep(0)  # a handler yields between updates
    done = True
    await task
    return worst * 1000


def bench_size(n: int, queries: int, encoder: semantic.Encoder) -> dict[str, float]:
    gc.collect()
    before = rss_mb()
    rng = random.Random(1)
    picked = {rng.randrange(n) for _ in range(queries)}
    sample: list[Doc] = []

    def keep(docs: Iterator[Doc]) -> Iterator[Doc]:
        for i, doc in enumerate(docs):
            if i in picked:
                sample.append(doc)
            yield doc

    start = time.perf_counter()
    index = MatchIndex(encoder=encoder)
    index.extend(keep(embedded(generate(n), encoder)))
    build = time.perf_counter() - start
    texts = [f"{d.title} {i}" for i, d in enumerate(sample)]  # each one new to the cache
    search_ms = []
    for text in texts:
        t0 = time.perf_counter()
        index.search(text, top=10)
        search_ms.append((time.perf_counter() - t0) * 1000)
    match_ms = []
    for doc in sample:
        t0 = time.perf_counter()
        index.counterparts(doc, top=10)
        match_ms.append((time.perf_counter() - t0) * 1000)
    stall = asyncio.run(loop_stall(index, [f"{t} again" for t in texts]))
    gc.collect()
    return {
        "entries": n,
        "build_s": build,
        "search_p50": statistics.median(search_ms),
        "search_p95": percentile(search_ms, 0.95),
        "match_p95": percentile(match_ms, 0.95),
        "stall_ms": stall,
        "rss_mb": rss_mb(),
        "index_mb": rss_mb() - before,
    }


def all_against_all(n_each: int, encoder: semantic.Encoder) -> float:
    docs = list(embedded(generate(2 * n_each, seed=11), encoder))
    index = MatchIndex(encoder=encoder)
    index.extend(d for d in docs if d.kind == "offer")
    needs = [d for d in docs if d.kind == "need"]
    start = time.perf_counter()
    for need in needs:
        index.best_offers(need, top=10)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--pairs", type=int, default=10000, help="needs and offers for all-against-all"
    )
    args = parser.parse_args()
    encoder = semantic.default()
    print(f"embedding: {throughput(encoder):.0f} entries/s (batches of 64, one thread)")
    stall = asyncio.run(stall_while_embedding(encoder))
    print(f"worst loop stall while a worker thread embeds 1,000 entries: {stall:.1f} ms\n")
    print(
        "| entries | build (s) | search p50 (ms) | search p95 (ms) | match one p95 (ms) | worst loop stall (ms) | RSS (MB) |"
    )
    print("|---|---|---|---|---|---|---|")
    for n in args.sizes:
        r = bench_size(n, args.queries, encoder)
        print(
            f"| {n:,} | {r['build_s']:.1f} | {r['search_p50']:.2f} | {r['search_p95']:.2f} | "
            f"{r['match_p95']:.2f} | {r['stall_ms']:.1f} | {r['rss_mb']:.0f} |",
            flush=True,
        )
    if args.pairs:
        seconds = all_against_all(args.pairs, encoder)
        print(f"\nall needs against all offers, {args.pairs:,} x {args.pairs:,}: {seconds:.1f} s")


if __name__ == "__main__":
    main()
