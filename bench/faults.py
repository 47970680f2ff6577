"""Fault run: processes killed with SIGKILL and Telegram failing, then everything checked.

    python -m bench.faults [--delegates 60] [--kills 50] [--chaos 0.03]

Two `cidi-bot run --webhook-url` processes serve the bot on the local PostgreSQL, with the
fake Bot API (over HTTP) answering a share of all calls (`--chaos`) with 429, 500, 502 or a
timeout, and keeping Telegram's limits (30 messages a second overall, 1 a second per chat).
A supervisor kills one process at random moments with `kill -9` and starts it again, until
at least `--kills` kills and the end of the run. Meanwhile:

- delegates register and submit an offer through the whole dialog, then read the agenda
  (the scripted traffic of bench/load.py); every update is posted again, to either
  process, until one answers 200, as Telegram does with a webhook;
- an organiser broadcasts to everyone through the dialog;
- the agenda (AGENDA_FILE, written for this run) has three sessions starting a few minutes
  ahead, so every delegate's reminders fall due during the run.

Afterwards it checks, and prints: every delegate reached the end of the script (every
dialog continued: each button they had to press was there), every offer the bot confirmed
is in the database, and each delegate received each due reminder and the broadcast exactly
once. Exit status 1 if any check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, func, select

from bench.load import (
    FIRST_ID,
    LANGS,
    TOKEN,
    Http,
    free_port,
    fresh_database,
    script,
    stop,
    text_update,
    wait_until_ready,
)
from bot.webhook import SECRET_HEADER, derive_secret
from presentation.i18n import label
from presentation.i18n import t as t_
from storage.models import Delivery, Entry

ORGANISER = 7_999_999
BROADCAST = "Broadcast 4242: the plenary resumes at the top of the hour."
SESSIONS = ("F1", "F2", "F3")
TZ = "America/New_York"
LEAD = 5  # minutes: the smallest lead a delegate can choose


def agenda_file(folder: Path, first_start: datetime) -> Path:
    """Three sessions, a minute apart, the first `first_start` (meeting time)."""
    days = sorted({(first_start + timedelta(minutes=i)).date() for i in range(4)})
    lines = [
        "meeting:",
        "  title: {en: Fault run, es: Fault run, fr: Fault run, pt: Fault run}",
        f"  timezone: {TZ}",
        "  default_language: en",
        f"  days: [{', '.join(d.isoformat() for d in days)}]",
        "sessions:",
    ]
    for i, name in enumerate(SESSIONS):
        start = first_start + timedelta(minutes=i)
        end = start + timedelta(minutes=1)
        title = f"Session {name}"
        lines += [
            f"  - id: s-{name.lower()}",
            f"    start: {start:%Y-%m-%d %H:%M}",
            f"    end: {end:%Y-%m-%d %H:%M}",
            "    kind: dialogue",
            f"    title: {{en: {title}, es: {title}, fr: {title}, pt: {title}}}",
        ]
    path = folder / "agenda.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass
class Bots:
    """The two webhook processes, killed and started again by the supervisor."""

    env: dict[str, str]
    cwd: Path
    ports: list[int]
    procs: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    kills: int = 0

    def start(self, port: int) -> None:
        hook = f"http://127.0.0.1:{port}/telegram"
        cmd = [sys.executable, "-m", "bot", "--log-level", "WARNING", "run",
               "--webhook-url", hook, "--listen", "127.0.0.1", "--port", str(port)]  # fmt: skip
        log = open(self.cwd / f"bot-{port}.log", "ab")  # noqa: SIM115 - the child owns it
        self.procs[port] = subprocess.Popen(cmd, env=self.env, cwd=self.cwd, stderr=log)

    async def supervise(self, until: asyncio.Event, kills: int, rng: random.Random) -> None:
        while not (until.is_set() and self.kills >= kills):
            await asyncio.sleep(rng.uniform(1.5, 6.0))
            port = rng.choice(self.ports)
            self.procs[port].kill()  # SIGKILL: no goodbye, claims and locks left behind
            self.procs[port].wait()
            self.kills += 1
            self.start(port)

    def stop(self) -> None:
        stop(list(self.procs.values()))


@dataclass
class Person:
    uid: int
    lang: str
    steps: list[tuple[str, str | None]]
    done: int = 0
    stuck: str | None = None


class Traffic:
    def __init__(self, api: Http, ports: list[int], rng: random.Random) -> None:
        self.api, self.ports, self.rng = api, ports, rng
        self.header = f"{SECRET_HEADER}: {derive_secret(TOKEN)}\r\n"
        self.update_id = 10**9
        self.attempts = 0
        self.redelivered = 0

    def message(self, uid: int, lang: str, text: str) -> bytes:
        self.update_id += 1
        return text_update(self.update_id, uid, lang, text)

    async def deliver(self, body: bytes) -> None:
        """Post until a process answers 200, as Telegram does (to whichever process is up)."""
        tries = 0
        while True:
            tries += 1
            self.attempts += 1
            hook = Http("127.0.0.1", self.rng.choice(self.ports))
            try:
                status, _ = await asyncio.wait_for(
                    hook.post("/telegram", body, self.header), timeout=60
                )
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError, TimeoutError):
                status = 0
            finally:
                hook.close()
            if status == 200:
                self.redelivered += tries > 1
                return
            await asyncio.sleep(0.5)

    async def step(self, p: Person, kind: str, value: str | None) -> bool:
        if kind == "text":
            await self.deliver(self.message(p.uid, p.lang, value or ""))
            return True
        for _ in range(40):  # the question may still be on its way (a retry, a restart)
            status, body = await self.api.post(
                "/_fake/press", json.dumps({"user_id": p.uid, "label": value}).encode()
            )
            if status == 200:
                await self.deliver(json.dumps(json.loads(body)["result"]).encode())
                return True
            await asyncio.sleep(0.5)
        chat = await get_json(self.api.port, f"/_fake/chat/{p.uid}")
        seen = [
            (m.get("text", "")[:60], [b["text"] for r in m.get("reply_markup", {}).get(
                "inline_keyboard", []) for b in r][:3])
            for m in chat["result"][-3:]
        ]  # fmt: skip
        p.stuck = f"step {p.done}: no button {value!r}; last messages: {seen}"
        return False

    async def person(self, p: Person) -> None:
        await asyncio.sleep(self.rng.uniform(0, 5))
        for kind, value in p.steps:
            if not await self.step(p, kind, value):
                return
            p.done += 1
            await asyncio.sleep(self.rng.uniform(0.5, 1.5))

    async def broadcast(self, lang: str = "en") -> Person:
        org = Person(ORGANISER, lang, [])
        org.steps = [
            ("text", "/start"),
            ("text", "Olga Organiser"),
            ("press", label(lang, "actor-member_state")),
            ("text", "Canada"),
            ("text", "Organiser"),
            ("press", None),
            ("press", label(lang, "consent-direct")),
            ("text", "/broadcast"),
            ("text", BROADCAST),
            ("press", label(lang, "broadcast-versions-done")),
            ("press", label(lang, "audience-all")),
            ("press", label(lang, "broadcast-now")),
            ("press", label(lang, "broadcast-confirm")),
        ]
        for kind, value in org.steps:
            if not await self.step(org, kind, value):
                break
            org.done += 1
            await asyncio.sleep(0.7)
        return org


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--chaos", type=float, default=0.03, help="share of calls failing")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CIDI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    db_url = fresh_database(args.postgres, "cidi_faults")
    api_port = free_port()
    fake = subprocess.Popen(
        [sys.executable, "-m", "bot", "--log-level", "ERROR", "fake-api", "--port",
         str(api_port), "--chaos", str(args.chaos), "--seed", str(args.seed)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until_ready(f"http://127.0.0.1:{api_port}/_fake/stats")
    began = time.time()
    first_session = datetime.now(ZoneInfo(TZ)).replace(second=0, microsecond=0) + timedelta(
        minutes=LEAD + 3
    )
    # Kept after the run: the bots' logs (JSON, one line an event) are what explains a failure.
    tmp = tempfile.mkdtemp(prefix="cidi-faults-")
    print(f"bot logs and agenda in {tmp}", flush=True)
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": f"http://127.0.0.1:{api_port}",
        "DATABASE_URL": db_url,
        "LOG_FORMAT": "json",
        "AGENDA_FILE": str(agenda_file(Path(tmp), first_session)),
        "REMINDER_LEAD_MINUTES": str(LEAD),
        "ORGANISER_IDS": str(ORGANISER),
        "MEETING_TIMEZONE": TZ,
    }
    bots = Bots(env, Path(tmp), [free_port(), free_port()])
    for port in bots.ports:
        bots.start(port)
        wait_until_ready(f"http://127.0.0.1:{port}/healthz")
    try:
        result = asyncio.run(run(args, api_port, bots, rng, first_session, db_url))
    finally:
        bots.stop()
        fake.terminate()
        fake.wait()
    result["minutes"] = (time.time() - began) / 60
    return report(result)


async def run(
    args: argparse.Namespace,
    api_port: int,
    bots: Bots,
    rng: random.Random,
    first_session: datetime,
    db_url: str,
) -> dict[str, Any]:
    api = Http("127.0.0.1", api_port)
    uids = range(FIRST_ID, FIRST_ID + args.delegates)
    await api.post("/_fake/users", json.dumps({"ids": [*uids, ORGANISER]}).encode())
    traffic = Traffic(api, bots.ports, rng)
    people = [Person(uid, LANGS[uid % 4], script(LANGS[uid % 4])) for uid in uids]
    done = asyncio.Event()
    supervisor = asyncio.create_task(bots.supervise(done, args.kills, rng))
    await asyncio.gather(*(traffic.person(p) for p in people))
    organiser = await traffic.broadcast()
    # Every reminder is due by the last session's start minus the lead; then the outbox drains.
    last_due = first_session + timedelta(minutes=len(SESSIONS) - 1 - LEAD)
    wait = (last_due + timedelta(seconds=20) - datetime.now(first_session.tzinfo)).total_seconds()
    await asyncio.sleep(max(0.0, wait))
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    # Leases of killed processes run out after 90 s; a failed send is retried with backoff.
    deadline = time.time() + 300
    while time.time() < deadline:
        with engine.connect() as conn:
            open_rows = conn.execute(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status.in_(("pending", "claimed")))
                .where(Delivery.kind != "digest")  # tomorrow morning's, not this run's
                .where(Delivery.payload.is_not(None))
            ).scalar_one()
        if open_rows == 0 and bots.kills >= args.kills:
            break
        await asyncio.sleep(2)
    done.set()
    await supervisor
    await asyncio.sleep(8)  # the last restarted process settles; nothing else may arrive
    stats = (await get_json(api_port, "/_fake/stats?history=1"))["result"]
    with engine.connect() as conn:
        offers = dict(
            conn.execute(select(Entry.owner_id, func.count()).group_by(Entry.owner_id)).all()
        )
        kinds = Counter(
            dict(
                conn.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all()
            )
        )
    engine.dispose()
    history: dict[str, list[str]] = stats["history"]
    reminders: Counter[int] = Counter()  # how many delegates got a reminder n times
    broadcasts: Counter[int] = Counter()
    confirmed = []
    for p in people:
        texts = history.get(str(p.uid), [])
        for name in SESSIONS:
            reminders[sum(t.startswith("⏰") and f"Session {name}" in t for t in texts)] += 1
        broadcasts[sum(BROADCAST in t for t in texts)] += 1
        saved = t_(p.lang, "entry-saved-offer", id=0).split("#")[0]
        if any(t.startswith(saved) for t in texts):  # the bot told them "saved"
            confirmed.append(p.uid)
    return {
        "delegates": len(people),
        "finished": sum(p.done == len(p.steps) for p in people),
        "stuck": [p.stuck for p in people if p.stuck][:5],
        "organiser_finished": organiser.done == len(organiser.steps),
        "confirmed": len(confirmed),
        "confirmed_in_db": sum(offers.get(uid, 0) == 1 for uid in confirmed),
        "reminders": dict(reminders),
        "broadcasts": dict(broadcasts),
        "kills": bots.kills,
        "updates": traffic.update_id - 10**9,
        "posts": traffic.attempts,
        "redelivered": traffic.redelivered,
        "faults": stats["faults"],
        "rejected_429": stats["rejected_429"],
        "rejected_global": stats["rejected_global"],  # the shared outbox pace keeps this low
        "outbox": dict(kinds),
    }


async def get_json(port: int, path: str) -> dict[str, Any]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    raw = await reader.read()
    writer.close()
    return dict(json.loads(raw.split(b"\r\n\r\n", 1)[1]))


def report(r: dict[str, Any]) -> int:
    n = r["delegates"]
    ok = (
        r["finished"] == n
        and r["organiser_finished"]
        and r["confirmed"] == r["confirmed_in_db"] == n
        and r["reminders"] == {1: 3 * n}
        and r["broadcasts"] == {1: n}
    )
    print(json.dumps(r, indent=1, default=str))
    print("| kills (SIGKILL) | Telegram faults | updates | webhook posts | dialogs finished "
          "| offers confirmed / in DB | reminders once | broadcast once | result |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    faults = sum(r["faults"].values()) + r["rejected_429"]
    print(
        f"| {r['kills']} | {faults} | {r['updates']} | {r['posts']} | {r['finished']}/{n} "
        f"| {r['confirmed']} / {r['confirmed_in_db']} "
        f"| {r['reminders'].get(1, 0)}/{3 * n} "
        f"| {r['broadcasts'].get(1, 0)}/{n} | {'PASS' if ok else 'FAIL'} |"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
