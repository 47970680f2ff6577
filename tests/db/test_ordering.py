"""A user's updates are handled one at a time across processes (PostgreSQL advisory lock)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from bot.ordering import user_lock
from storage.db import make_engine, upgrade


async def test_a_second_update_of_the_same_user_waits_for_the_first(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serves one process; its Application queue already orders updates")
    first, second = make_engine(db_url), make_engine(db_url)  # two processes' engines
    upgrade(first)
    order: list[str] = []

    async def handle(engine, user: int, name: str, hold: float) -> None:  # type: ignore[no-untyped-def]
        async with user_lock(engine, user):
            order.append(f"{name} start")
            await asyncio.sleep(hold)
            order.append(f"{name} end")

    a = asyncio.create_task(handle(first, 42, "a", 0.5))
    await asyncio.sleep(0.1)
    b = asyncio.create_task(handle(second, 42, "b", 0))
    c = asyncio.create_task(handle(second, 43, "c", 0))  # another user does not wait
    await asyncio.gather(a, b, c)
    assert order.index("a end") < order.index("b start")
    assert order.index("c end") < order.index("a end")
    for engine in (first, second):
        engine.dispose()


async def test_updates_of_one_user_in_one_process_keep_their_order(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serves one process; its Application queue already orders updates")
    engine = make_engine(db_url)
    upgrade(engine)
    order: list[str] = []

    async def handle(name: str, hold: float) -> None:
        async with user_lock(engine, 44):
            order.append(f"{name} start")
            await asyncio.sleep(hold)
            order.append(f"{name} end")

    await asyncio.gather(*(handle(n, 0.05) for n in "abcd"))
    assert order == [f"{n} {e}" for n in "abcd" for e in ("start", "end")]
    with engine.connect() as conn:  # every lock handed back
        held = conn.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())"
            )
        )
        assert held.scalar() == 0
    engine.dispose()


async def test_updates_waiting_for_their_turn_hold_no_connection_and_no_slot(
    db_url: str,
) -> None:
    """One user flooding and twenty others writing at once, with two slots and a pool of
    four connections (two an update): the pool never runs dry, a calm user is answered
    within a few turns, and each user's updates keep their order."""
    from sqlalchemy import create_engine

    from bot.ordering import Slots
    from storage.db import normalise_url

    if not db_url.startswith("postgresql"):
        pytest.skip("the cross-process lock and its connection exist on PostgreSQL")
    engine = create_engine(normalise_url(db_url), pool_size=4, max_overflow=0, pool_timeout=2)
    slots = Slots(2)
    order: list[tuple[int, int]] = []

    async def handle(user: int, n: int) -> None:
        async with user_lock(engine, user, slots) as holder:
            assert holder is not None
            with engine.connect() as work:  # the update's own work needs a second connection
                work.execute(text("SELECT 1"))
            await asyncio.sleep(0.01)
            order.append((user, n))

    flood = [asyncio.create_task(handle(50, n)) for n in range(50)]
    crowd = [asyncio.create_task(handle(user, n)) for user in range(60, 80) for n in range(3)]
    await asyncio.sleep(0.005)
    await asyncio.wait_for(handle(51, 0), timeout=2.0)
    assert order.index((51, 0)) < 30  # not behind the flood
    await asyncio.gather(*flood, *crowd)
    for user in (50, *range(60, 80)):
        mine = [n for u, n in order if u == user]
        assert mine == sorted(mine)
    engine.dispose()
