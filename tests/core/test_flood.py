"""The flood gate and the handling slots: a sender beyond a human pace is asked once to
slow down and then ignored until their bucket refills; a handler waiting on one chat's
rate limit lends its slot to the others meanwhile."""

from __future__ import annotations

import asyncio

from bot.ordering import FloodGate, Slots, Verdict, outside_slot


def test_a_burst_passes_then_one_warning_then_silence_until_the_bucket_refills() -> None:
    now = [0.0]
    gate = FloodGate(rate=1.0, burst=5, monotonic=lambda: now[0])
    verdicts = [gate.admit(7) for _ in range(8)]
    assert verdicts == [Verdict.PASS] * 5 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert gate.admit(8) is Verdict.PASS  # someone else is not affected
    now[0] += 2.0
    assert [gate.admit(7) for _ in range(3)] == [Verdict.PASS, Verdict.PASS, Verdict.WARN]


async def test_a_handler_waiting_on_a_rate_limit_lends_its_slot() -> None:
    slots = Slots(1, lendable=1)
    order: list[str] = []
    waiting = asyncio.Event()

    async def slow_reply() -> None:
        async with slots.hold():
            order.append("slow: in")
            waiting.set()
            await outside_slot(asyncio.sleep(0.05))  # a 429 for this one chat
            order.append("slow: done")

    async def other_user() -> None:
        await waiting.wait()
        async with slots.hold():
            order.append("other: answered")

    await asyncio.wait_for(asyncio.gather(slow_reply(), other_user()), 2)
    assert order == ["slow: in", "other: answered", "slow: done"]


async def test_slots_are_lent_only_within_their_budget() -> None:
    """Each lent slot keeps a database connection busy (the user's lock): beyond the budget a
    waiting handler keeps its slot, so the pool cannot run dry."""
    slots = Slots(1, lendable=1)
    inside: list[int] = []

    async def waiting_on_a_chat(n: int) -> None:
        async with slots.hold():
            inside.append(n)
            await outside_slot(asyncio.sleep(0.05))

    await asyncio.wait_for(asyncio.gather(*(waiting_on_a_chat(n) for n in range(3))), 2)
    assert slots.lent == 0 and sorted(inside) == [0, 1, 2]
    peak = 0

    async def watch() -> None:
        nonlocal peak
        for _ in range(20):
            peak = max(peak, slots.lent)
            await asyncio.sleep(0.005)

    await asyncio.gather(watch(), *(waiting_on_a_chat(n) for n in range(3)))
    assert peak == 1
