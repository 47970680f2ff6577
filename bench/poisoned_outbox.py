"""A poisoned outbox: some chats answer garbage, 500s, HTML error pages or slowly, forever.

    python -m bench.poisoned_outbox [--delegates 400] [--bad 10]

The real outbox worker (scheduler.delivery through the bot's sender) on SQLite, in process,
against the fake Bot API with Telegram's limits, on a simulated clock. One notice is queued
for each delegate; for `--bad` chats each, the fake answers every send with a result that is
not a Message (the message went out), a 500, an HTML page instead of JSON, or a 0.2 s delay.
The worker runs until nothing is left to send. Checked: every other delegate got their notice
exactly once; the "garbage" and "slow" chats got theirs once too (sent, never again); the
500 and HTML chats' rows are parked as failed after MAX_ATTEMPTS attempts, each with its
error; nothing was left claimed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.settings import Settings
from fakegram.driver import Harness
from scheduler.delivery import MAX_ATTEMPTS
from storage import outbox
from storage.db import transaction
from storage.models import Delivery

FIRST = 5_000_000
FAULTS = ("garbage", "server_error", "not_json", "slow")


async def run(delegates: int, bad: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, database_url=f"sqlite:///{Path(tmp) / 'o.sqlite3'}")
        h = Harness(settings, start=datetime(2021, 12, 2, 14, 0, tzinfo=UTC))
        await h.start()
        try:
            return await _run(h, delegates, bad)
        finally:
            await h.stop()


async def _run(h: Harness, delegates: int, bad: int) -> int:
    uids = range(FIRST, FIRST + delegates)
    fault_of: dict[int, str] = {}
    with transaction(h.services.sessions) as session:
        for n, uid in enumerate(uids):
            h.api.add_user(uid, f"D{n}", "en")
            outbox.enqueue(
                session,
                f"bench:{uid}",
                uid,
                "text",
                h.now,
                {"text": f"Notice for {uid}", "buttons": []},
                h.now,
            )
            if n < bad * len(FAULTS):
                kind = FAULTS[n // bad]
                fault_of[uid] = kind
                h.api.fail("sendMessage", kind, times=1000, chat_id=uid, delay=0.2)
    started = time.perf_counter()
    rounds = 0
    while rounds < 60:
        await h.deliver_outbox()
        rounds += 1
        with h.services.sessions() as session:
            open_rows = (
                session.query(Delivery).filter(Delivery.status.in_(("pending", "claimed"))).count()
            )
        if open_rows == 0:
            break
        h.advance(400)  # past every back-off and lease
    wall = time.perf_counter() - started
    received: Counter[int] = Counter()
    for uid in uids:
        received[uid] = sum(
            f"Notice for {uid}" in m.get("text", "") for m in h.api.bot_messages(uid)
        )
    with h.services.sessions() as session:
        rows = {d.user_id: d for d in session.query(Delivery).filter(Delivery.key.like("bench:%"))}
    healthy = [u for u in uids if u not in fault_of]
    once = sum(received[u] == 1 for u in healthy)
    twice = sum(received[u] > 1 for u in uids)
    by_fault = {kind: [u for u, k in fault_of.items() if k == kind] for kind in FAULTS}
    sent_once = {k: sum(received[u] == 1 for u in by_fault[k]) for k in ("garbage", "slow")}
    parked = {
        k: sum(
            rows[u].status == "failed"
            and rows[u].attempts == MAX_ATTEMPTS
            and bool(rows[u].last_error)
            for u in by_fault[k]
        )
        for k in ("server_error", "not_json")
    }
    left = sum(r.status in ("pending", "claimed") for r in rows.values())
    ok = (
        once == len(healthy)
        and twice == 0
        and left == 0
        and all(v == bad for v in sent_once.values())
        and all(v == bad for v in parked.values())
    )
    print(
        f"{delegates} notices, {bad} chats each answering garbage / 500 / HTML / slowly; "
        f"{rounds} outbox rounds, {wall:.1f} s"
    )
    print(
        "| healthy chats: once | any chat twice | garbage: sent once | slow: sent once "
        "| 500: parked after 5 | HTML: parked after 5 | left claimed/pending | result |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {once}/{len(healthy)} | {twice} | {sent_once['garbage']}/{bad} | {sent_once['slow']}/{bad} "
        f"| {parked['server_error']}/{bad} | {parked['not_json']}/{bad} | {left} "
        f"| {'PASS' if ok else 'FAIL'} |"
    )
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--delegates", type=int, default=400)
    parser.add_argument("--bad", type=int, default=10, help="chats per kind of fault")
    args = parser.parse_args()
    return asyncio.run(run(args.delegates, args.bad))


if __name__ == "__main__":
    sys.exit(main())
