"""How fast the web console answers, and whether it slows the bot down.

    python -m bench.console [--pending 1000] [--catalogue 10000] [--queries 100]
                            [--delegates 2000] [--lists-only]
                            [--calm 20] [--seconds 20] [--browsers 2] [--postgres URL]

On a database of its own on the local PostgreSQL, seeded with `--pending` submissions
waiting for review and `--catalogue` approved entries (with their sentence embeddings):

1. `/review`'s first page and `/catalogue?q=…` searches, timed as HTTP round trips on
   127.0.0.1 against the console served in this process (an upper bound of the server's
   time). Targets: /review ≤ 200 ms; /catalogue p95 ≤ 100 ms.
2. The bot and the console in one process (`cidi-bot run --webhook-url … --web`), the fake
   Bot API in another: `--calm` people send /help about once a second; their latency is
   measured twice in the same run, once with nobody in the console and once while
   `--browsers` people click through /review and /catalogue searches without pause.
   Target: p95 within 10 % of the quiet run.
3. Every list page (catalogue.lists: a page, its total, a sort, filters) with `--delegates`
   registered delegates: p95 ≤ 150 ms each; a typed search in a list (the queue's words,
   a delegate's name) p95 ≤ 200 ms. `--lists-only` measures these alone (no embeddings,
   no chat run).
4. The same, while one person keeps `--hammer` requests to /figures in flight at once (one
   session; the console serves a session IN_FLIGHT requests at a time, heavy pages on a
   thread of their own). Target: the chat's p95 within 1.5× of the quiet run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta

import aiohttp
from aiohttp import web as aioweb
from tqdm import tqdm

from bench.flood import Traffic, pct
from bench.load import (
    PORTS,
    TOKEN,
    Http,
    free_port,
    fresh_database,
    start_fake_api,
    stop,
    wait_until_ready,
)
from bench.matching_speed import generate
from catalogue import entries, roles, signin, vectors
from storage.db import make_engine, make_session_factory, transaction, upgrade
from storage.models import Delegate, Entry
from web.app import Console, make_app

SECRETARIAT = 777
SESSIONS: dict[str, aiohttp.ClientSession] = {}
START = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)


async def sign_in(client: aiohttp.ClientSession, link: str) -> None:
    """Open the link's confirmation page and press its button (with the page's token)."""
    page = await (await client.get(link)).text()
    pre = page.split('name="pre" value="', 1)[1].split('"', 1)[0]
    await client.post(link, data={"pre": pre})


def seed(
    db_url: str, pending: int, approved: int, people: int = 300, embeddings: bool = True
) -> list[str]:
    """Delegates, `pending` submissions and `approved` entries; the search words to try."""
    engine = make_engine(db_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    docs = list(generate(pending + approved, seed=11))
    rng = random.Random(5)
    owners = list(range(100_000, 100_000 + people))
    with transaction(sessions) as session:
        roles.grant(session, SECRETARIAT, "secretariat", START)
        for uid in owners:
            session.add(
                Delegate(
                    user_id=uid, language=rng.choice(("en", "es", "fr", "pt")),
                    full_name=f"Delegate {uid}", actor_kind="member_state",
                    country=rng.choice(("BR", "CL", "HN", "JM", "MX", "PE", "US", "HT", "FR")),
                    organisation=f"Agency {uid % 97}",
                    created_at=START, updated_at=START, registered_at=START,
                )
            )  # fmt: skip
    made: list[Entry] = []
    with transaction(sessions) as session:
        for n, doc in enumerate(tqdm(docs, desc="entries", unit="entry")):
            owner = rng.choice(owners)
            when = START - timedelta(minutes=len(docs) - n)
            entry = Entry(
                kind=doc.kind, owner_id=owner, source="bench",
                status="pending" if n < pending else "approved", version=1,
                title=doc.title[: entries.TITLE_MAX], description=doc.description,
                area=doc.area or "digital", cooperation_type=doc.cooperation_type or "programme",
                modality=doc.modality or "south_south", role=None,
                countries=list(doc.countries), target_groups=[], time_frame="short",
                financing=None, contact=None, language=doc.language or "en",
                organisation=None, owner_country=doc.country, actor_kind="member_state",
                created_at=when, updated_at=when, submitted_at=when,
            )  # fmt: skip
            if n >= pending:
                entry.published = entries.snapshot(entry)
                entry.decided_at = when
            session.add(entry)
            made.append(entry)
    with transaction(sessions) as session:
        ids = [e.id for e in made] if embeddings else []
        for start in tqdm(range(0, len(ids), vectors.BATCH), desc="embeddings", unit="batch"):
            batch = session.query(Entry).filter(Entry.id.in_(ids[start : start + vectors.BATCH]))
            vectors.refresh(session, list(batch), START)
    engine.dispose()
    return [d.title for d in docs[pending : pending + 200]]


async def console_timings(db_url: str, words: list[str], queries: int) -> dict[str, list[float]]:
    engine = make_engine(db_url)
    sessions = make_session_factory(engine)
    console = Console(sessions, lambda: datetime.now(UTC), "http://127.0.0.1")
    runner = aioweb.AppRunner(make_app(console))
    await runner.setup()
    port = free_port()
    await aioweb.TCPSite(runner, "127.0.0.1", port).start()
    site = f"http://127.0.0.1:{port}"
    with transaction(sessions) as session:
        token = signin.issue_link(session, SECRETARIAT, datetime.now(UTC))
    out: dict[str, list[float]] = {"review": [], "catalogue": []}
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
        await sign_in(client, f"{site}/signin/{token}")
        await (await client.get(f"{site}/catalogue?q=health")).text()  # the index is loaded once
        for _ in range(30):
            started = time.perf_counter()
            page = await (await client.get(f"{site}/review")).text()
            out["review"].append((time.perf_counter() - started) * 1000)
        assert "Page 1 of" in page, page[-500:]
        rng = random.Random(3)
        for _ in tqdm(range(queries), desc="catalogue searches", unit="query"):
            q = " ".join(rng.choice(words).split()[:3])
            started = time.perf_counter()
            await (await client.get(f"{site}/catalogue", params={"q": q})).text()
            out["catalogue"].append((time.perf_counter() - started) * 1000)
    await runner.cleanup()
    engine.dispose()
    return out


LIST_PAGES = (
    "/catalogue", "/catalogue?status=pending", "/catalogue?country=HT&where=covered",
    "/catalogue?sort=title&order=asc&page=40", "/catalogue?language=es&kind=need&sort=area",
    "/review", "/review?sort=title&page=10", "/review?country=BR&language=pt",
    "/delegates", "/delegates?sort=country&page=30", "/delegates?country=HT&verified=no",
    "/connections", "/broadcasts",
)  # fmt: skip
LIST_SEARCHES = ("/review?q=health", "/review?q=water+management", "/delegates?q=delegate+1001",
                 "/delegates?q=agency+12", "/delegates?q=haiti")  # fmt: skip


async def list_timings(db_url: str, loads: int) -> dict[str, list[float]]:
    """Each list page and list search `loads` times, as HTTP round trips."""
    engine = make_engine(db_url)
    sessions = make_session_factory(engine)
    console = Console(sessions, lambda: datetime.now(UTC), "http://127.0.0.1")
    runner = aioweb.AppRunner(make_app(console))
    await runner.setup()
    port = free_port()
    await aioweb.TCPSite(runner, "127.0.0.1", port).start()
    site = f"http://127.0.0.1:{port}"
    with transaction(sessions) as session:
        token = signin.issue_link(session, SECRETARIAT, datetime.now(UTC))
    out: dict[str, list[float]] = {}
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
        await client.post(f"{site}/signin/{token}")
        for path in (*LIST_PAGES, *LIST_SEARCHES):
            await (await client.get(site + path)).text()  # warm
            for _ in range(loads):
                started = time.perf_counter()
                response = await client.get(site + path)
                await response.text()
                assert response.status == 200, path
                out.setdefault(path, []).append((time.perf_counter() - started) * 1000)
    await runner.cleanup()
    engine.dispose()
    return out


def print_lists(timings: dict[str, list[float]]) -> bool:
    print("| list page | p50 (ms) | p95 (ms) | target | result |")
    print("|---|---|---|---|---|")
    ok = True
    for path, values in timings.items():
        target = 200 if path in LIST_SEARCHES else 150
        passed = pct(values, 0.95) <= target
        ok = ok and passed
        print(f"| `{path}` | {statistics.median(values):.0f} | {pct(values, 0.95):.0f} | "
              f"p95 ≤ {target} | {'PASS' if passed else 'FAIL'} |")  # fmt: skip
    return ok


async def browse(
    site: str, link: str, until: float, words: list[str], pages: list[int], pause: float
) -> None:
    """One person clicking through the console, `pause` seconds between pages (signed in
    once: the session is kept across runs)."""
    rng = random.Random(len(pages))
    client = SESSIONS.get(link)
    if client is None:
        client = SESSIONS[link] = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        await sign_in(client, link)
    while time.monotonic() < until:
        path = rng.choice(["/review", "/catalogue", "/review?page=2"])
        params = {"q": " ".join(rng.choice(words).split()[:3])} if path == "/catalogue" else {}
        await (await client.get(site + path, params=params)).text()
        pages[0] += 1
        await asyncio.sleep(pause)


async def hammer(site: str, link: str, until: float, count: int, pages: list[int]) -> None:
    """One person (one session) keeping `count` requests to /figures in flight."""
    client = SESSIONS.get(link)
    if client is None:
        client = SESSIONS[link] = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        await sign_in(client, link)

    async def one() -> None:
        while time.monotonic() < until:
            async with client.get(site + "/figures") as response:
                await response.read()
            pages[0] += 1

    await asyncio.gather(*(one() for _ in range(count)))


async def chat_while_browsing(
    args: argparse.Namespace, api_port: int, web_port: int, links: list[str], words: list[str]
) -> dict[str, object]:
    api = Http("127.0.0.1", api_port)
    calm_ids = list(range(9_100_000, 9_100_000 + args.calm))
    await api.post("/_fake/users", json.dumps({"ids": calm_ids}).encode())
    traffic = Traffic(PORTS[0])
    site = f"http://127.0.0.1:{web_port}"
    quiet: list[float] = []
    runs: dict[str, tuple[list[float], int]] = {
        "browsed": ([], 0), "hammered": ([], 0), "stress": ([], 0),
    }  # fmt: skip
    # Quiet and browsed (then hammered) runs alternate (twice each), so that a slow moment of
    # the machine does not fall on one side only; the stress run comes last.
    plan = [("quiet", [], 0.0), ("browsed", links[:1], args.pause)] * 2
    plan += [("quiet", [], 0.0), ("hammered", links[2:3], 0.0)] * 2
    plan.append(("stress", links[3:], 0.0))
    for name, theirs, pause in plan:
        latencies = quiet if name == "quiet" else runs[name][0]
        pages = [0]
        until = time.monotonic() + args.seconds
        if name == "hammered":
            people = [hammer(site, link, until, args.hammer, pages) for link in theirs]
        else:
            people = [browse(site, link, until, words, pages, pause) for link in theirs]
        await asyncio.gather(
            *people,
            *(traffic.calm(uid, until, latencies) for uid in calm_ids),
        )
        if name != "quiet":
            runs[name] = (runs[name][0], runs[name][1] + pages[0])
    api.close()
    for client in SESSIONS.values():
        await client.close()
    return {"quiet": quiet, "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pending", type=int, default=1000)
    parser.add_argument("--catalogue", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--delegates", type=int, default=2000)
    parser.add_argument("--loads", type=int, default=30, help="loads of each list page")
    parser.add_argument("--lists-only", action="store_true")
    parser.add_argument("--calm", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--browsers", type=int, default=2, help="people in the stress run")
    parser.add_argument(
        "--hammer", type=int, default=12, help="/figures requests one person keeps in flight"
    )
    parser.add_argument(
        "--pause", type=float, default=1.0, help="seconds between one person's clicks"
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CIDI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    suffix = os.environ.get("CIDI_TEST_DB_SUFFIX", "")  # two checkouts benched at once
    db_url = fresh_database(args.postgres, "cidi_console" + (f"_{suffix}" if suffix else ""))
    words = seed(db_url, args.pending, args.catalogue, args.delegates, not args.lists_only)
    lists_ok = print_lists(asyncio.run(list_timings(db_url, args.loads)))
    if args.lists_only:
        return 0 if lists_ok else 1
    timings = asyncio.run(console_timings(db_url, words, args.queries))

    api_port, web_port = free_port(), free_port()
    fake = start_fake_api(api_port)
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"http://127.0.0.1:{api_port}",
        "DATABASE_URL": db_url, "SECRETARIAT_IDS": str(SECRETARIAT),
        "WEB_BASE_URL": f"http://127.0.0.1:{web_port}",
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        hook = f"http://127.0.0.1:{PORTS[0]}/telegram"
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot", "--log-level", "WARNING", "run", "--webhook-url", hook,
             "--listen", "127.0.0.1", "--port", str(PORTS[0]), "--web", "--web-port", str(web_port)],
            env=env, cwd=tmp, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_until_ready(f"http://127.0.0.1:{PORTS[0]}/healthz", 180)
            wait_until_ready(f"http://127.0.0.1:{web_port}/signin", 60)
            links = []
            for _ in range(args.browsers + 3):  # a link signs in once: one per person and run
                printed = subprocess.run(
                    [sys.executable, "-m", "bot", "web", "login-link", str(SECRETARIAT)],
                    env=env, cwd=tmp, capture_output=True, text=True, check=True,
                )  # fmt: skip
                links.append(printed.stdout.strip().splitlines()[-1])
            r = asyncio.run(chat_while_browsing(args, api_port, web_port, links, words))
        finally:
            stop([bot])
            fake.terminate()
    review, search = timings["review"], timings["catalogue"]
    quiet, runs = r["quiet"], r["runs"]
    assert isinstance(quiet, list) and isinstance(runs, dict)
    print(f"{args.pending} pending, {args.catalogue} approved entries (PostgreSQL)")
    print("| measure | p50 (ms) | p95 (ms) | target | result |")
    print("|---|---|---|---|---|")
    ok_review = statistics.median(review) <= 200
    ok_search = pct(search, 0.95) <= 100
    print(f"| /review, first page (30 loads) | {statistics.median(review):.0f} | "
          f"{pct(review, 0.95):.0f} | ≤ 200 | {'PASS' if ok_review else 'FAIL'} |")  # fmt: skip
    print(f"| /catalogue?q=… ({len(search)} searches) | {statistics.median(search):.0f} | "
          f"{pct(search, 0.95):.0f} | p95 ≤ 100 | {'PASS' if ok_search else 'FAIL'} |")  # fmt: skip
    print()
    print(f"{args.calm} people sending /help every second, the bot and the console in one "
          f"process; quiet and browsed runs of {args.seconds:.0f} s alternate, twice each")  # fmt: skip
    print(
        "| run | chat answers | p50 (ms) | p95 (ms) | p50 / quiet | p95 / quiet | console pages |"
    )
    print("|---|---|---|---|---|---|---|")
    print(f"| nobody in the console | {len(quiet)} | {statistics.median(quiet):.0f} | "
          f"{pct(quiet, 0.95):.0f} | – | – | 0 |")  # fmt: skip
    names = {
        "browsed": f"one person browsing (a page every {args.pause:g} s)",
        "hammered": f"one person keeping {args.hammer} /figures requests in flight",
        "stress": f"{args.browsers} people clicking without pause",
    }
    ratios = {}
    for name, (lat, pages) in runs.items():
        p50 = statistics.median(lat) / statistics.median(quiet)
        p95 = pct(lat, 0.95) / pct(quiet, 0.95)
        ratios[name] = p95
        print(f"| {names[name]} | {len(lat)} | {statistics.median(lat):.0f} | "
              f"{pct(lat, 0.95):.0f} | {p50:.2f}× | {p95:.2f}× | {pages} |")  # fmt: skip
    ok_chat = ratios["browsed"] <= 1.10
    print(f"chat p95 while someone browses: {ratios['browsed']:.2f}× the quiet run "
          f"(target ≤ 1.10×) {'PASS' if ok_chat else 'FAIL'}")  # fmt: skip
    ok_hammer = ratios["hammered"] <= 1.5
    print(f"chat p95 while one person hammers /figures: {ratios['hammered']:.2f}× the quiet "
          f"run (target ≤ 1.5×) {'PASS' if ok_hammer else 'FAIL'}")  # fmt: skip
    return 0 if ok_review and ok_search and ok_chat and ok_hammer and lists_ok else 1


if __name__ == "__main__":
    sys.exit(main())
