"""The durable outbox on SQLite and PostgreSQL: planned once, claimed once, sent once."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from scheduler.agenda import default_text, parse
from scheduler.delivery import MAX_ATTEMPTS, Deliverer, Message, RateLimiter, SendResult
from scheduler.planning import Planned, Subscriber, plan
from storage import outbox
from storage.db import transaction
from storage.models import Delivery

NOW = datetime(2021, 12, 1, 12, 0, tzinfo=UTC)
AGENDA, _ = parse(default_text())


class FakeClock:
    """Time that passes only when the deliverer waits."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.ticks = 0.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.ticks

    async def sleep(self, seconds: float) -> None:
        self.ticks += seconds
        self.now += timedelta(seconds=seconds)


def deliverer(
    factory: sessionmaker[Session], send, clock: FakeClock, worker: str = "w1", rate: float = 25.0
) -> Deliverer:  # type: ignore[no-untyped-def]
    def render(session: Session, row: Delivery, now: datetime) -> Message | None:
        return Message(f"message {row.key}")

    return Deliverer(
        factory,
        render,
        send,
        worker,
        clock,
        RateLimiter(rate, monotonic=clock.monotonic, sleep=clock.sleep),
    )


def status_counts(factory: sessionmaker[Session]) -> dict[str, int]:
    with factory() as session:
        return dict(
            session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all()
        )  # type: ignore[arg-type]


def test_replanning_twice_plans_once(factory: sessionmaker[Session]) -> None:
    assert AGENDA is not None
    planned = plan(AGENDA, [Subscriber(u, "en", "UTC") for u in range(1, 11)], NOW)
    with transaction(factory) as session:
        first = outbox.replan(session, planned, NOW)
    with transaction(factory) as session:
        second = outbox.replan(session, planned, NOW)
    assert first.added == len(planned) == 10 * (5 + 2) and second.added == 0 and second.dropped == 0


def test_a_moved_session_drops_the_old_reminder(factory: sessionmaker[Session]) -> None:
    assert AGENDA is not None
    moved, _ = parse(default_text().replace("start: 2021-12-02 10:00", "start: 2021-12-02 10:15"))
    assert moved is not None
    subs = [Subscriber(1, "en", "UTC")]
    with transaction(factory) as session:
        outbox.replan(session, plan(AGENDA, subs, NOW), NOW)
    with transaction(factory) as session:
        result = outbox.replan(session, plan(moved, subs, NOW), NOW)
    assert (result.added, result.dropped) == (1, 1)
    with factory() as session:
        pending = (
            session.execute(
                select(Delivery.due_at).where(
                    Delivery.status == "pending", Delivery.key.like("rem:opening:%")
                )
            )
            .scalars()
            .all()
        )
    assert [d.astimezone(UTC).strftime("%H:%M") for d in pending] == [
        "15:00"
    ]  # 10:15 EST minus 15 min


def enqueue_many(factory: sessionmaker[Session], n: int) -> None:
    with transaction(factory) as session:
        for i in range(n):
            outbox.enqueue(session, f"b:{i}", 10_000 + i, "text", NOW, {}, NOW)


def in_two_processes(work: Callable[[str], None]) -> None:
    """Run `work(worker_name)` twice at once, as two bot processes would."""
    threads = [threading.Thread(target=work, args=(f"worker-{i}",)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()


async def drain(d: Deliverer) -> None:
    while (await d.run_once()).claimed:
        pass


def test_a_429_in_the_middle_of_a_batch_pauses_and_every_message_still_goes_once(
    factory: sessionmaker[Session],
) -> None:
    enqueue_many(factory, 30)
    sent: Counter[int] = Counter()
    calls = 0

    async def send(chat_id: int, message: Message) -> SendResult:
        nonlocal calls
        calls += 1
        if calls == 10:
            return SendResult(False, retry_after=7)
        sent[chat_id] += 1
        return SendResult(True)

    clock = FakeClock(NOW)
    d = deliverer(factory, send, clock)
    asyncio.run(d.run_once())
    assert d.totals.rate_limited == 1
    clock.now += timedelta(seconds=10)
    asyncio.run(drain(d))
    assert len(sent) == 30 and set(sent.values()) == {1}
    assert status_counts(factory) == {"sent": 30}
    assert clock.ticks >= 7  # it waited for retry_after


def test_a_blocked_user_is_not_retried(factory: sessionmaker[Session]) -> None:
    enqueue_many(factory, 3)
    blocked_calls: Counter[int] = Counter()

    async def send(chat_id: int, message: Message) -> SendResult:
        if chat_id == 10_001:
            blocked_calls[chat_id] += 1
            return SendResult(False, blocked=True)
        return SendResult(True)

    clock = FakeClock(NOW)
    d = deliverer(factory, send, clock)
    asyncio.run(drain(d))
    clock.now += timedelta(hours=1)
    asyncio.run(drain(d))
    assert blocked_calls[10_001] == 1
    assert status_counts(factory) == {"sent": 2, "failed": 1}


def test_the_rate_limiter_keeps_the_configured_rate_and_one_a_second_per_chat() -> None:
    clock = FakeClock(NOW)
    limiter = RateLimiter(25.0, monotonic=clock.monotonic, sleep=clock.sleep)
    stamps: list[tuple[int, float]] = []

    async def run() -> None:
        for i in range(100):
            chat = 1 if i % 10 == 0 else 1000 + i
            await limiter.wait(chat)
            stamps.append((chat, clock.ticks))

    asyncio.run(run())
    overall = stamps[-1][1] - stamps[0][1]
    assert overall >= 99 / 25 - 1e-9
    same_chat = [t for c, t in stamps if c == 1]
    assert all(b - a >= 1.0 - 1e-9 for a, b in itertools.pairwise(same_chat))


def test_a_crashed_worker_leaves_its_rows_to_another_after_the_lease(
    factory: sessionmaker[Session],
) -> None:
    enqueue_many(factory, 5)
    with transaction(factory) as session:
        taken = outbox.claim(session, "dead-worker", NOW, 5)
        assert len(taken) == 5
    sent: Counter[int] = Counter()

    async def send(chat_id: int, message: Message) -> SendResult:
        sent[chat_id] += 1
        return SendResult(True)

    clock = FakeClock(NOW)
    d = deliverer(factory, send, clock, worker="w2")
    asyncio.run(d.run_once())
    assert not sent  # still leased to the dead worker
    clock.now += outbox.LEASE + timedelta(seconds=1)
    asyncio.run(drain(d))
    assert len(sent) == 5 and set(sent.values()) == {1}


def test_two_workers_deliver_5000_rows_with_no_duplicate_and_no_omission(
    factory: sessionmaker[Session], db_url: str
) -> None:
    enqueue_many(factory, 5000)
    sent: Counter[int] = Counter()
    lock = threading.Lock()

    async def send(chat_id: int, message: Message) -> SendResult:
        with lock:
            sent[chat_id] += 1
        return SendResult(True)

    def work(name: str) -> None:
        clock = FakeClock(NOW)
        d = deliverer(factory, send, clock, worker=name, rate=30.0)
        d.batch = 200
        asyncio.run(drain(d))

    in_two_processes(work)
    assert len(sent) == 5000 and max(sent.values()) == 1
    assert status_counts(factory) == {"sent": 5000}


def test_planned_rows_are_reminders_and_digests_only(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as session:
        outbox.enqueue(session, "notice:1", 1, "notice", NOW, {}, NOW)
        outbox.replan(session, [Planned("rem:x", 1, "reminder", NOW, {})], NOW)
        outbox.replan(session, [], NOW)
    assert status_counts(factory) == {"pending": 1, "dropped": 1}  # the notice is untouched


async def test_a_row_held_past_its_lease_is_left_to_the_worker_who_took_it_over(
    factory: sessionmaker[Session],
) -> None:
    enqueue_many(factory, 3)
    delivered: Counter[str] = Counter()
    second: list[Deliverer] = []

    class Clock(FakeClock):
        async def sleep(self, seconds: float) -> None:
            await super().sleep(seconds)
            if second and self.now > NOW + outbox.LEASE:  # while w1 waits, w2 works
                await second.pop().run_once()

    clock = Clock(NOW)

    async def send(chat_id: int, message: Message) -> SendResult:
        if not delivered and clock.now == NOW:
            # Telegram says "wait": the rest of w1's batch waits past its lease.
            return SendResult(False, retry_after=outbox.LEASE.total_seconds() + 1)
        delivered[message.text] += 1
        return SendResult(True)

    first = deliverer(factory, send, clock, worker="w1")
    second.append(deliverer(factory, send, clock, worker="w2"))
    stats = await first.run_once()
    assert stats.claimed == 3 and stats.lost_claims == 2
    assert delivered == Counter({f"message b:{i}": 1 for i in range(3)})  # each exactly once
    assert status_counts(factory) == {"sent": 3}


def test_two_processes_keep_the_overall_rate_together_not_each(
    factory: sessionmaker[Session],
) -> None:
    """Telegram's 30 a second is per bot: two workers at rate 20 must send 20 a second in all."""
    enqueue_many(factory, 120)
    stamps: list[datetime] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        clock = FakeClock(NOW)  # each process has its own clock; the slots are shared

        async def send(chat_id: int, message: Message) -> SendResult:
            with lock:
                stamps.append(clock.now)
            return SendResult(True)

        d = deliverer(factory, send, clock, worker=name, rate=20.0)
        d.batch = 10
        asyncio.run(drain(d))

    in_two_processes(work)
    assert len(stamps) == 120 and status_counts(factory) == {"sent": 120}
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(sorted(stamps))]
    assert min(gaps) >= 1 / 20 - 1e-6  # never two sends closer than one interval, whoever sent


def test_a_429_seen_by_one_process_holds_back_the_others(
    factory: sessionmaker[Session],
) -> None:
    enqueue_many(factory, 6)
    first_sends: list[datetime] = []

    async def refused(chat_id: int, message: Message) -> SendResult:
        return SendResult(False, retry_after=30)

    d1 = deliverer(factory, refused, FakeClock(NOW), worker="w1")
    d1.batch = 1
    assert asyncio.run(d1.run_once()).rate_limited == 1
    other = FakeClock(NOW)  # another process, which never saw the 429 itself

    async def send(chat_id: int, message: Message) -> SendResult:
        first_sends.append(other.now)
        return SendResult(True)

    d2 = deliverer(factory, send, other, worker="w2")
    asyncio.run(d2.run_once())
    assert len(first_sends) == 5  # the refused row is due again only after retry_after
    assert min(first_sends) >= NOW + timedelta(seconds=30)


def test_claims_by_workers_that_died_before_sending_are_not_counted_as_attempts(
    factory: sessionmaker[Session],
) -> None:
    enqueue_many(factory, 1)
    clock = FakeClock(NOW)
    for i in range(MAX_ATTEMPTS + 2):  # each claims the row, then dies before sending
        with transaction(factory) as session:
            assert len(outbox.claim(session, f"dead-{i}", clock(), 1)) == 1
        clock.now += outbox.LEASE + timedelta(seconds=1)

    async def flaky(chat_id: int, message: Message) -> SendResult:
        return SendResult(False, error="Bad Gateway")

    d = deliverer(factory, flaky, clock, worker="alive")
    assert asyncio.run(d.run_once()).retried == 1  # its first real attempt: retried, not failed
    with factory() as session:
        row = session.execute(select(Delivery)).scalar_one()
    assert (row.status, row.attempts) == ("pending", 1)
