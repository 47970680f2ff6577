"""Load through HTTP webhooks: the whole bot on one and two processes, beside an echo bot.

    python -m bench.load [--delegates 1000] [--seconds 90] [--rate 300] [--workers 16]
                         [--only echo|cidi1|cidi2]... [--mode capacity|paced]... [--repeat N]

Simulated delegates (hundreds at once, each in their own private chat) post updates to
`cidi-bot run --webhook-url` processes on the local PostgreSQL, with the fake Bot API
(`cidi-bot fake-api`, over HTTP) behind them. Each delegate registers (name, actor
button, country, position, time zone button, consent button), submits an offer through
the whole dialog (title, description, six buttons, a country, a contact, Submit), then
reads /agenda, runs /search and asks for /help: 24 updates, at least 1.5 s apart for one
person. Delegates go through the script in step, so 1,000 of them allow at most 667 updates
a second (the generator's own ceiling, above the echo bot's) and make 24,000 updates: a run
of 90 s at 270 a second reaches Submit, search and the rest, not only registration; a run
ends early when every delegate is done. The echo bot gets three times as many people (the
same script each), so that its ceiling is its own. A webhook
request is answered once its update has been handled, so its latency is the update's.

Each bot is measured twice:
- *capacity*: `--workers` requests in flight at all times (closed loop): updates/s at
  saturation, with the latency that costs;
- *paced*: updates arrive at `--rate` a second whatever the bot does (open loop, the way
  Telegram delivers them); latency runs from the moment an update was due, so a bot that
  falls behind pays for its queue.

A bare python-telegram-bot echo bot behind the same webhook server gets the same number of
updates (text messages, each answered with one message): the framework's own ceiling.
Delegates visit the bot in turn, so none is answered more than Telegram's one message a
second per chat on average; the fake keeps its per-chat limit and drops its 30 a second
overall limit, which is about bulk notifications, not replies to people writing in.
After each CIDI run the database is checked: every delegate registered, every offer saved.
Everything (bot processes, fake Bot API, PostgreSQL, this generator) shares this machine, so
each row also gives, read from /proc over the run, the CPU each of them spent per update
and how busy the machine was: where the time goes, and how far the machine was from full.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select, text

from bot.webhook import SECRET_HEADER, derive_secret
from presentation.i18n import label
from storage.models import Entry

TOKEN = "777777:LOAD-test-token"
LANGS = ("en", "es", "fr", "pt")
FIRST_ID = 8_000_000
THINK = 1.5  # seconds at least between two updates of one person (reading, typing)
ECHO = """
import asyncio, sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters
from bot.webhook import serve, derive_secret
async def echo(update, context):
    await update.effective_message.reply_text(update.effective_message.text or "?")
app = (ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2] + "/bot")
       .base_file_url(sys.argv[2] + "/file/bot").build())
app.add_handler(MessageHandler(filters.ALL, echo))
asyncio.run(serve(app, sys.argv[3], "127.0.0.1", int(sys.argv[4]), derive_secret(sys.argv[1])))
"""


SUBMIT = 18  # the step that presses Submit on the offer


def script(lang: str) -> list[tuple[str, str | None]]:
    """What one delegate does: ("text", message) or ("press", button label or None)."""
    return [
        ("text", "/start"),
        ("text", "Load Delegate"),
        ("press", label(lang, "actor-member_state")),
        ("text", "Haiti"),
        ("text", "Cooperation officer"),
        ("press", None),  # the proposed time zone
        ("press", label(lang, "consent-direct")),
        ("text", "/offer"),
        ("text", "Telehealth training for rural clinics"),
        ("text", "Training of rural nurses in telemedicine tools, with online mentoring."),
        ("press", label(lang, "area-button-health")),
        ("press", label(lang, "type-technical_assistance")),
        ("press", label(lang, "modality-south_south")),
        ("text", "Honduras"),
        ("press", label(lang, "entry-countries-done")),
        ("press", label(lang, "entry-groups-none")),
        ("press", label(lang, "timeframe-short")),
        ("press", label(lang, "answer-yes")),
        ("text", "focal.point@example.org"),
        ("press", label(lang, "entry-submit")),
        ("text", "/agenda"),
        ("text", "/search telemedicine rural"),
        ("text", "/help"),
        ("text", "/mine"),
        ("text", "/help"),
    ]


def text_update(update_id: int, uid: int, lang: str, text_: str) -> bytes:
    """A private text message from a delegate, as Telegram posts it to the webhook."""
    user = {"id": uid, "is_bot": False, "first_name": "Delegate", "language_code": lang}
    msg: dict[str, object] = {
        "message_id": update_id % 10**6,
        "from": user,
        "date": int(time.time()),
        "chat": {"id": uid, "type": "private", "first_name": "Delegate"},
        "text": text_,
    }
    if text_.startswith("/"):
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text_.split()[0])}]
    return json.dumps({"update_id": update_id, "message": msg}).encode()


class Http:
    """Keep-alive HTTP/1.1 connections written by hand: the generator must cost far less
    than what it measures, and an HTTP client library costs about as much as the bot."""

    IDLE = 30.0  # seconds a kept-alive connection may rest: aiohttp's server closes at 75

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []

    async def post(self, path: str, body: bytes, headers: str = "") -> tuple[int, bytes]:
        now = time.monotonic()
        while self.idle and now - self.idle[0][2] > self.IDLE:  # oldest first: let them go
            self.idle.pop(0)[1].close()
        if self.idle:
            reader, writer, _ = self.idle.pop()
        else:
            reader, writer = await asyncio.open_connection(self.host, self.port)
        writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"{headers}Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        status = int((await reader.readline()).split()[1])
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        answer = await reader.readexactly(length)
        self.idle.append((reader, writer, time.monotonic()))
        return status, answer

    def close(self) -> None:
        for _, writer, _ in self.idle:
            writer.close()


@dataclass
class Person:
    uid: int
    lang: str
    steps: list[tuple[str, str | None]]
    done: int = 0
    ready: bytes | None = None  # the next update, made while "thinking"
    last_sent: float = 0.0


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    wall: float = 0.0
    submitted: int = 0  # offers the bot answered Submit for

    def row(self) -> str:
        lat = sorted(self.latencies) or [float("nan")]
        p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))]
        return (
            f"{len(self.latencies):,} | {len(self.latencies) / self.wall:.0f} | "
            f"{statistics.median(lat) * 1000:.0f} | {p99 * 1000:.0f} | {self.errors}"
        )


class Load:
    def __init__(self, api: Http, hooks: list[Http], uids: range, echo: bool) -> None:
        self.api, self.hooks, self.echo = api, hooks, echo
        self.header = f"{SECRET_HEADER}: {derive_secret(TOKEN)}\r\n"
        self.update_id = 10**9
        self.delegates = []
        for uid in uids:
            lang = LANGS[uid % len(LANGS)]
            steps = script(lang)
            if echo:  # the echo bot answers text: the same number of text messages
                steps = [("text", value or "hello") for _, value in steps]
            self.delegates.append(Person(uid, lang, steps))
        random.Random(7).shuffle(self.delegates)

    def message(self, d: Person, text_: str) -> bytes:
        self.update_id += 1
        return text_update(self.update_id, d.uid, d.lang, text_)

    async def prepare(self, d: Person, result: Result) -> None:
        """Make the delegate's next update (a press needs the button the bot just sent)."""
        d.ready = None
        if d.done >= len(d.steps):
            return
        kind, value = d.steps[d.done]
        if kind == "text":
            d.ready = self.message(d, value or "")
            return
        status, body = await self.api.post(
            "/_fake/press", json.dumps({"user_id": d.uid, "label": value}).encode()
        )
        if status != 200:
            result.errors += 1  # the bot did not show the button this delegate expected
            d.done = len(d.steps)
            return
        d.ready = json.dumps(json.loads(body)["result"]).encode()

    async def send(self, d: Person, due: float, result: Result) -> None:
        assert d.ready is not None
        hook = self.hooks[d.uid % len(self.hooks)]
        d.last_sent = time.perf_counter()
        try:
            status, _ = await hook.post("/telegram", d.ready, self.header)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            status = 0
        if status == 200:
            result.latencies.append(time.perf_counter() - due)
            if d.steps[d.done][0] == "press" and d.done == SUBMIT and not self.echo:
                result.submitted += 1
        else:
            result.errors += 1
        d.done += 1
        await self.prepare(d, result)

    async def start(self, result: Result) -> deque[Person]:
        for d in self.delegates:
            await self.prepare(d, result)
        return deque(self.delegates)

    async def capacity(self, workers: int, seconds: float) -> Result:
        """Closed loop: `workers` updates in flight, each worker taking the next delegate."""
        result = Result()
        queue = await self.start(result)
        began = time.perf_counter()

        async def worker() -> None:
            while queue and time.perf_counter() - began < seconds:
                d = queue.popleft()
                wait = d.last_sent + THINK - time.perf_counter()  # a person, not a flood
                if wait > 0:
                    await asyncio.sleep(wait)
                await self.send(d, time.perf_counter(), result)
                if d.ready is not None:
                    queue.append(d)

        await asyncio.gather(*(worker() for _ in range(workers)))
        result.wall = time.perf_counter() - began
        return result

    async def paced(self, rate: float, seconds: float) -> Result:
        """Open loop: one update due every 1/rate s, sent by the next delegate who is ready."""
        result = Result()
        queue = await self.start(result)
        in_flight: set[asyncio.Task[None]] = set()

        async def one(d: Person, due: float) -> None:
            await self.send(d, due, result)
            if d.ready is not None:
                queue.append(d)

        began = time.perf_counter()
        n = 0
        while (queue or in_flight) and time.perf_counter() - began < seconds:
            due = began + n / rate
            if not queue:
                await asyncio.sleep(0.001)
                continue
            due = max(due, queue[0].last_sent + THINK)  # nobody types faster than that
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            n += 1
            task = asyncio.create_task(one(queue.popleft(), due))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        if in_flight:
            await asyncio.wait(in_flight)
        result.wall = time.perf_counter() - began
        return result


@dataclass
class Cpu:
    """CPU seconds per component from /proc (Linux): what an update costs, and where."""

    bot: float = 0.0
    fake: float = 0.0
    postgres: float = 0.0
    generator: float = 0.0
    machine: float = 0.0  # busy seconds of all cores
    cores: int = os.cpu_count() or 1

    @staticmethod
    def read(bots: list[int], fake: int) -> Cpu:
        if not Path("/proc/stat").exists():
            return Cpu()
        with open("/proc/stat") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
        idle = fields[3] + fields[4]  # idle and iowait
        hz = os.sysconf("SC_CLK_TCK")
        return Cpu(
            bot=sum(_ticks(pid) for pid in bots) / hz,
            fake=_ticks(fake) / hz,
            postgres=sum(_ticks(pid) for pid in _postgres_pids()) / hz,
            generator=_ticks(os.getpid()) / hz,
            machine=(sum(fields[:8]) - idle) / hz,
        )

    def since(self, before: Cpu) -> Cpu:
        return Cpu(*(getattr(self, f) - getattr(before, f) for f in _CPU_FIELDS))

    def row(self, updates: int, wall: float) -> str:
        """ms per update: bot / fake Telegram / PostgreSQL / generator; machine busy %."""
        if not self.machine or not updates:
            return "– | –"
        per = [1000 * getattr(self, f) / updates for f in _CPU_FIELDS[:4]]
        busy = 100 * self.machine / (wall * self.cores)
        return f"{' / '.join(f'{v:.1f}' for v in per)} | {busy:.0f} %"


_CPU_FIELDS = ("bot", "fake", "postgres", "generator", "machine")


def _ticks(pid: int) -> int:
    """utime + stime of a process, 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _postgres_pids() -> list[int]:
    """The server's processes: the postmaster and a backend per connection (the bots')."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as comm:
                    if comm.read().strip() == "postgres":
                        found.append(int(entry))
            except OSError:
                continue
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fresh_database(url: str, name: str = "cidi_load") -> str:
    """A database of its own (never the test suite's), on the same server."""
    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return url.rsplit("/", 1)[0] + "/" + name


def saved(db_url: str) -> int:
    """Offers in the database, to set beside those the bot confirmed."""
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        offers = conn.execute(select(func.count()).select_from(Entry)).scalar_one()
    engine.dispose()
    return int(offers)


def start_bots(
    n: int, api: str, db_url: str, tmp: Path, echo: bool
) -> list[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api,
        "DATABASE_URL": db_url,
        "LOG_FORMAT": "json",
    }
    procs = []
    for i in range(n):
        port = PORTS[i]
        hook = f"http://127.0.0.1:{port}/telegram"
        cmd = [sys.executable, "-c", ECHO, TOKEN, api, hook, str(port)] if echo else [
            sys.executable, "-m", "bot", "--log-level", "WARNING", "run",
            "--webhook-url", hook, "--listen", "127.0.0.1", "--port", str(port),
        ]  # fmt: skip
        procs.append(subprocess.Popen(cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL))
        wait_until_ready(f"http://127.0.0.1:{port}/healthz")  # the first one migrates alone
    return procs


def start_fake_api(port: int) -> subprocess.Popen[bytes]:
    """The fake Bot API over HTTP (with Telegram's limits), ready to take calls."""
    fake = subprocess.Popen(
        [sys.executable, "-m", "bot", "--log-level", "WARNING", "fake-api", "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    wait_until_ready(f"http://127.0.0.1:{port}/_fake/stats")
    return fake


def wait_until_ready(url: str, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


PORTS = [free_port(), free_port()]


async def measure(
    api_url: str, n: int, uids: range, echo: bool, mode: str, args: argparse.Namespace
) -> Result:
    api = Http("127.0.0.1", int(api_url.rsplit(":", 1)[1]))
    hooks = [Http("127.0.0.1", PORTS[i]) for i in range(n)]
    await api.post("/_fake/users", json.dumps({"ids": list(uids)}).encode())
    load = Load(api, hooks, uids, echo)
    try:
        if mode == "capacity":
            return await load.capacity(args.workers, args.seconds)
        return await load.paced(args.rate, args.seconds)
    finally:
        for h in (api, *hooks):
            h.close()


def run_one(
    args: argparse.Namespace,
    api_url: str,
    fake_pid: int,
    uids: range,
    echo: bool,
    n: int,
    mode: str,
) -> tuple[Result, Cpu, float, str]:
    """One row: fresh database, fresh bot processes, the load, then the database checked."""
    db_url = fresh_database(args.postgres)
    with tempfile.TemporaryDirectory() as tmp:
        procs = start_bots(n, api_url, db_url, Path(tmp), echo)
        pids = [p.pid for p in procs]
        try:
            before, began = Cpu.read(pids, fake_pid), time.perf_counter()
            r = asyncio.run(measure(api_url, n, uids, echo, mode, args))
            cpu = Cpu.read(pids, fake_pid).since(before)
            window = time.perf_counter() - began
        finally:
            stop(procs)
    check = "–" if echo else f"{r.submitted} confirmed, {saved(db_url)} in the database"
    return r, cpu, window, check


def print_ratios(rates: dict[tuple[str, str], list[float]]) -> None:
    """The CIDI bot's capacity as a share of the echo bot's, round by round: the machine's
    speed drifts between runs (see README), a ratio of neighbouring runs much less."""
    echo = rates.get(("echo", "capacity"), [])
    for key, label_ in (("cidi1", "one process"), ("cidi2", "two processes")):
        cidi = rates.get((key, "capacity"), [])
        shares = [c / e for c, e in zip(cidi, echo, strict=False)]
        if shares:
            each = ", ".join(f"{100 * v:.0f} %" for v in shares)
            print(
                f"CIDI bot, {label_}, capacity / echo capacity: median "
                f"{100 * statistics.median(shares):.0f} % ({each})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--delegates", type=int, default=1000, help="per run (default 1000)")
    parser.add_argument("--seconds", type=float, default=90, help="length of a run at most")
    parser.add_argument("--rate", type=float, default=300, help="paced updates a second")
    parser.add_argument("--workers", type=int, default=16, help="in flight, capacity runs")
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CIDI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument(
        "--only",
        choices=("echo", "cidi1", "cidi2"),
        action="append",
        help="run only these bots (repeatable; default all three, side by side)",
    )
    parser.add_argument(
        "--mode", choices=("capacity", "paced"), action="append", help="default both"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of every chosen run, in turn (the capacity ratio is given per round)",
    )
    args = parser.parse_args()
    api_url = f"http://127.0.0.1:{free_port()}"
    fake = subprocess.Popen(
        [sys.executable, "-m", "bot", "--log-level", "WARNING", "fake-api",
         "--port", api_url.rsplit(":", 1)[1], "--global-rate", "0"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until_ready(f"{api_url}/_fake/stats")
    print(
        f"{args.delegates} simulated delegates, {args.seconds:.0f} s a run; webhooks over HTTP; "
        f"fake Bot API over HTTP; PostgreSQL; {os.cpu_count()} cores shared by everything"
    )
    print(
        "| bot | processes | load | updates | updates/s | p50 (ms) | p99 (ms) | errors | offers "
        "| CPU ms/update: bot / fake Telegram / PostgreSQL / generator | machine busy |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    first = FIRST_ID
    rates: dict[tuple[str, str], list[float]] = {}
    try:
        for _ in range(args.repeat):
            for key, name, echo, n in (
                ("echo", "echo (bare python-telegram-bot)", True, 1),
                ("cidi1", "CIDI bot", False, 1),
                ("cidi2", "CIDI bot", False, 2),
            ):
                if args.only and key not in args.only:
                    continue
                for mode in args.mode or ("capacity", "paced"):
                    # The echo bot gets three times the people, so that its capacity, not
                    # the generator's ceiling (people / THINK), is what is measured.
                    people = args.delegates * (3 if echo else 1)
                    uids = range(first, first + people)
                    first += people
                    r, cpu, window, check = run_one(args, api_url, fake.pid, uids, echo, n, mode)
                    rates.setdefault((key, mode), []).append(len(r.latencies) / r.wall)
                    load = (
                        f"{args.workers} in flight"
                        if mode == "capacity"
                        else f"{args.rate:.0f}/s offered"
                    )
                    print(
                        f"| {name} | {n} | {load} | {r.row()} | {check} "
                        f"| {cpu.row(len(r.latencies), window)} |",
                        flush=True,
                    )
        print_ratios(rates)
    finally:
        fake.terminate()
        fake.wait()


if __name__ == "__main__":
    main()
