"""A broadcast to 1,000 and 10,000 delegates, a crash at a random point, a restart.

    python -m bench.broadcast_crash [--delegates 1000 10000] [--rate 25] [--seed 1]

The bot's Deliverer sends through the in-process fake Telegram enforcing 30
messages a second overall and 1 a second per chat (simulated time, one clock for
both). At a random point the worker "dies": its task stops while it waits for
the rate limiter (where a sending worker spends nearly all its time), leaving
its claimed rows behind. A new worker starts, takes them over once the lease has
run out, and finishes. Counted from what the fake Telegram received: duplicates
and omissions.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.jobs import make_deliverer
from bot.settings import Settings
from fakegram.driver import Harness
from fakegram.server import Limits
from scheduler import broadcasts
from storage import outbox
from storage.db import transaction
from storage.models import Delegate


class Crash(BaseException):  # a kill: nothing the deliverer could handle
    """The process is killed."""


async def run(n: int, rate: float, seed: int) -> dict[str, float]:
    rng = random.Random(seed + n)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None, database_url=f"sqlite:///{Path(tmp) / 'b.sqlite3'}", broadcast_rate=rate
        )  # type: ignore[call-arg]
        h = Harness(
            settings,
            start=datetime(2021, 12, 2, 14, 0, tzinfo=UTC),
            limits=Limits(global_per_second=30, chat_per_second=1.0, chat_burst=1.0),
        )
        await h.start()
        now = h.now
        with transaction(h.services.sessions) as session:
            for i in range(n):
                uid = 6_000_000 + i
                h.api.add_user(uid, f"D{i}", "en")
                session.add(
                    Delegate(
                        user_id=uid,
                        language=rng.choice(["en", "es", "fr", "pt"]),
                        full_name=f"Delegate {i}",
                        actor_kind="member_state",
                        country="MX",
                        position="Officer",
                        timezone="America/Mexico_City",
                        consent="direct",
                        verified=False,
                        active=True,
                        created_at=now,
                        updated_at=now,
                        registered_at=now,
                    )
                )
            session.flush()
            b = broadcasts.create(
                session,
                1,
                broadcasts.Draft(
                    texts={
                        "en": "The MSME session starts in 10 minutes.",
                        "es": "La sesión MIPYME empieza en 10 minutos.",
                    },
                    language="en",
                ),
                now,
                None,
                15,
            )
        crash_at = rng.randint(1, n - 1)
        waits = 0
        deliverer = h.services.deliverer
        deliverer.batch = 500
        original_sleep = deliverer.limiter.sleep

        async def dying_sleep(seconds: float) -> None:
            nonlocal waits
            waits += 1
            if waits == crash_at:
                raise Crash()
            await original_sleep(seconds)

        deliverer.limiter.sleep = dying_sleep
        start = h._ticks
        try:
            while (await deliverer.run_once()).claimed:
                pass
        except Crash:
            pass
        # A new process: a new worker id; the dead one's rows come back after the lease.
        h.advance(outbox.LEASE.total_seconds() + 1)
        second = make_deliverer(
            h.services.sessions,
            h.clock,
            None,
            rate,
            lambda: h.app.bot,  # type: ignore[union-attr]
            monotonic=lambda: h._ticks,
            sleep=h._sleep,
        )
        second.batch = 500
        while (await second.run_once()).claimed:
            pass
        elapsed = h._ticks - start - outbox.LEASE.total_seconds() - 1
        received: Counter[int] = Counter()
        for uid in range(6_000_000, 6_000_000 + n):
            received[uid] = len(h.api.bot_messages(uid))
        with h.services.sessions() as session:
            progress = broadcasts.progress(session, b.id)
        await h.stop()
    return {
        "delegates": n,
        "crash_after": crash_at - 1,
        "sent": progress.sent,
        "seconds": elapsed,
        "rate": n / elapsed if elapsed else 0.0,
        "rejected_429": h.api.stats.rejected_429,
        "duplicates": sum(c - 1 for c in received.values() if c > 1),
        "omissions": sum(1 for c in received.values() if c == 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--delegates", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rate", type=float, default=25.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(
        f"BROADCAST_RATE {args.rate}/s; fake Telegram: 30/s overall, 1/s per chat (simulated time)"
    )
    print(
        "| delegates | crash after | sending time (s, without the lease wait) | rate (msg/s) | % of BROADCAST_RATE | 429s | duplicates | omissions |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for n in args.delegates:
        r = asyncio.run(run(n, args.rate, args.seed))
        print(
            f"| {n:,} | {r['crash_after']:,.0f} | {r['seconds']:.1f} | {r['rate']:.1f} | {100 * r['rate'] / args.rate:.0f}% | "
            f"{r['rejected_429']:.0f} | {r['duplicates']:.0f} | {r['omissions']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
