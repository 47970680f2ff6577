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
        held = conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"))
        assert held.scalar() == 0
    engine.dispose()
