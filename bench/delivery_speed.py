"""Reminder delivery through the fake Bot API enforcing Telegram's limits.

    python -m bench.delivery_speed [--delegates 1000 10000] [--rate 25] [--real-time]

N delegates follow the opening session (digests off, so one message each); their reminders are planned into the
outbox and delivered by the bot's own Deliverer, through the in-process fake
Telegram that answers 429 above 30 messages a second overall or 1 a second per
chat. By default time is simulated (the fake's clock and the bot's limiter share
it, so the limits are enforced exactly and 10,000 deliveries take seconds to
run); --real-time uses the wall clock.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.settings import Settings
from fakegram.driver import Harness
from fakegram.server import Limits
from scheduler import agenda_store
from storage.db import transaction
from storage.models import Delegate, ReminderPrefs

OPENING = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)


async def run(n: int, rate: float, real_time: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None, database_url=f"sqlite:///{Path(tmp) / 'b.sqlite3'}", broadcast_rate=rate
        )  # type: ignore[call-arg]
        h = Harness(
            settings,
            start=OPENING - timedelta(minutes=16),
            limits=Limits(global_per_second=30, chat_per_second=1.0, chat_burst=1.0),
        )
        if real_time:
            h.api.clock = time.monotonic
            h._sleep = asyncio.sleep  # type: ignore[method-assign,assignment]
            h._ticks = 0.0
            began = time.monotonic()  # the bot's clock runs with the wall clock too

            def wall_clock() -> datetime:
                return h.now + timedelta(seconds=time.monotonic() - began)

            h.clock = wall_clock  # type: ignore[method-assign]
        await h.start()
        if real_time:
            h.services.deliverer.limiter.monotonic = time.monotonic
            h.services.deliverer.limiter.sleep = asyncio.sleep
        now = h.now
        with transaction(h.services.sessions) as session:
            for i in range(n):
                uid = 5_000_000 + i
                h.api.add_user(uid, f"D{i}", "en")
                session.add(
                    Delegate(
                        user_id=uid,
                        language="en",
                        full_name=f"Delegate {i}",
                        actor_kind="member_state",
                        country="BR",
                        position="Officer",
                        timezone="America/Sao_Paulo",
                        consent="direct",
                        verified=False,
                        active=True,
                        created_at=now,
                        updated_at=now,
                        registered_at=now,
                    )
                )
                session.add(
                    ReminderPrefs(
                        user_id=uid,
                        enabled=True,
                        all_sessions=True,
                        sessions=[],
                        lead_minutes=15,
                        digest=False,
                        updated_at=now,
                    )
                )
            session.flush()
            agenda = agenda_store.current(session)
            agenda_store.replan(session, agenda, now, 15)
        h.advance(60)  # reminders of the opening are due (15 minutes before 10:00 New York)
        sent_before = h.api.stats.sent
        start_sim, start_wall = h._ticks, time.perf_counter()
        h.services.deliverer.batch = 1000
        while True:
            stats = await h.deliver_outbox()
            if not stats.claimed:
                break
        wall = time.perf_counter() - start_wall
        elapsed = (time.perf_counter() - start_wall) if real_time else (h._ticks - start_sim)
        sent = h.api.stats.sent - sent_before
        last = h.now
        await h.stop()
    return {
        "delegates": n,
        "sent": sent,
        "seconds": elapsed,
        "rate": sent / elapsed if elapsed else 0.0,
        "rejected_429": h.api.stats.rejected_429,
        "before_start": float(last < OPENING),
        "wall": wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--delegates", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--rate", type=float, default=25.0, help="BROADCAST_RATE (messages a second)"
    )
    parser.add_argument("--real-time", action="store_true")
    args = parser.parse_args()
    mode = "real time" if args.real_time else "simulated time"
    print(f"configured rate {args.rate}/s, fake Telegram: 30/s overall, 1/s per chat ({mode})")
    print(
        "| delegates | delivered | time to last (s) | rate (msg/s) | % of configured | 429s | all before the session? | run time (s) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for n in args.delegates:
        r = asyncio.run(run(n, args.rate, args.real_time))
        print(
            f"| {n:,} | {r['sent']:,.0f} | {r['seconds']:.1f} | {r['rate']:.1f} | {100 * r['rate'] / args.rate:.0f}% | "
            f"{r['rejected_429']:.0f} | {'yes' if r['before_start'] else 'no'} | {r['wall']:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
