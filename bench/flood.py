"""One user flooding the webhook must not slow down everybody else.

    python -m bench.flood [--calm 20] [--seconds 20] [--flood 300] [--burst 50]

One `cidi-bot run --webhook-url` process on the local PostgreSQL, the fake Bot API over
HTTP behind it with Telegram's limits (1 message a second per chat, 30 overall). `--calm`
people each send /help about once a second; their latency is measured twice in the same
run: once quiet, once while one more person posts `--flood` messages `--burst` at a time
(as in the repro of issue 17: 300 messages, 50 at a time, over and over). Reported: the calm
people's p50 and p95 in both runs, their ratio (the target: p95 within 2×), how many of the
flooder's updates were answered 503 (Telegram would send them again), and what the flooder
got back (one "please slow down", the rest ignored).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.load import (
    PORTS,
    TOKEN,
    Http,
    free_port,
    fresh_database,
    start_bots,
    start_fake_api,
    stop,
    text_update,
)
from bot.webhook import SECRET_HEADER, derive_secret
from presentation.i18n import t

CALM_FIRST = 9_100_000
FLOODER = 9_000_001
HEADER = f"{SECRET_HEADER}: {derive_secret(TOKEN)}\r\n"


class Traffic:
    def __init__(self, hook_port: int) -> None:
        self.hook_port = hook_port
        self.update_id = 0

    def body(self, uid: int, text: str) -> bytes:
        self.update_id += 1
        return text_update(self.update_id, uid, "en", text)

    async def post(self, http: Http, body: bytes) -> tuple[int, float]:
        started = time.perf_counter()
        try:
            status, _ = await asyncio.wait_for(http.post("/telegram", body, HEADER), 60)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError):
            status = 0
        return status, (time.perf_counter() - started) * 1000

    async def calm(self, uid: int, until: float, latencies: list[float]) -> None:
        http = Http("127.0.0.1", self.hook_port)
        await asyncio.sleep((uid % 10) / 10)  # spread over the second
        while time.monotonic() < until:
            status, ms = await self.post(http, self.body(uid, "/help"))
            if status == 200:
                latencies.append(ms)
            await asyncio.sleep(1.0)
        http.close()

    async def flood(self, until: float, total: int, burst: int, statuses: list[int]) -> None:
        """`total` messages, `burst` in flight at all times."""
        left = [total]

        async def worker() -> None:
            http = Http("127.0.0.1", self.hook_port)
            while left[0] > 0 and time.monotonic() < until:
                left[0] -= 1
                status, _ = await self.post(http, self.body(FLOODER, f"spam {left[0]}"))
                statuses.append(status)
            http.close()

        await asyncio.gather(*(worker() for _ in range(burst)))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def run(args: argparse.Namespace, api_port: int) -> dict[str, object]:
    api = Http("127.0.0.1", api_port)
    calm_ids = list(range(CALM_FIRST, CALM_FIRST + args.calm))
    await api.post("/_fake/users", json.dumps({"ids": [*calm_ids, FLOODER]}).encode())
    traffic = Traffic(PORTS[0])
    quiet: list[float] = []
    until = time.monotonic() + args.seconds
    await asyncio.gather(*(traffic.calm(uid, until, quiet) for uid in calm_ids))
    busy: list[float] = []
    statuses: list[int] = []
    until = time.monotonic() + args.seconds
    await asyncio.gather(
        traffic.flood(until, args.flood, args.burst, statuses),
        *(traffic.calm(uid, until, busy) for uid in calm_ids),
    )
    url = f"http://127.0.0.1:{api_port}/_fake/stats?history=1"
    history = (await asyncio.to_thread(httpx.get, url)).json()["result"]["history"]
    flooder_got = history.get(str(FLOODER), [])
    api.close()
    return {
        "quiet": quiet,
        "busy": busy,
        "statuses": statuses,
        "flooder_messages": len(flooder_got),
        "slow_down": sum(t("en", "error-slow-down") in m for m in flooder_got),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calm", type=int, default=20, help="people writing calmly")
    parser.add_argument("--seconds", type=float, default=20, help="length of each run")
    parser.add_argument("--flood", type=int, default=300, help="the flooder's messages")
    parser.add_argument("--burst", type=int, default=50, help="posted at once")
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CIDI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    api_port = free_port()
    fake = start_fake_api(api_port)
    db_url = fresh_database(args.postgres, "cidi_flood")
    with tempfile.TemporaryDirectory() as tmp:
        bots = start_bots(1, f"http://127.0.0.1:{api_port}", db_url, Path(tmp), echo=False)
        try:
            r = asyncio.run(run(args, api_port))
        finally:
            stop(bots)
            fake.terminate()
    quiet, busy = r["quiet"], r["busy"]
    assert isinstance(quiet, list) and isinstance(busy, list)
    statuses = r["statuses"]
    assert isinstance(statuses, list)
    ratio = pct(busy, 0.95) / pct(quiet, 0.95)
    print(
        f"{args.calm} calm people sending /help every second; one flooder posting "
        f"{args.flood} messages {args.burst} at a time; {args.seconds:.0f} s a run"
    )
    print(
        "| run | calm answers | p50 (ms) | p95 (ms) | flooder's posts: 200 / 503 / other | "
        "messages to the flooder | p95 vs quiet | result |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| quiet | {len(quiet)} | {statistics.median(quiet):.0f} | {pct(quiet, 0.95):.0f} "
        "| – | – | – | – |"
    )
    ok = ratio <= 2.0 and r["slow_down"] == 1
    print(
        f"| one flooding | {len(busy)} | {statistics.median(busy):.0f} | {pct(busy, 0.95):.0f} "
        f"| {statuses.count(200)} / {statuses.count(503)} / "
        f"{len(statuses) - statuses.count(200) - statuses.count(503)} "
        f"| {r['flooder_messages']} (slow down: {r['slow_down']}) | {ratio:.2f}× "
        f"| {'PASS' if ok else 'FAIL'} |"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
