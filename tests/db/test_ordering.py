"""A user's updates are handled one at a time across processes (PostgreSQL advisory lock)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from bot.ordering import release, user_lock
from catalogue import delegates
from storage.db import make_engine, make_session_factory, take_read_ahead, transaction, upgrade


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
        release(engine)
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
    release(engine)
    engine.dispose()


async def test_the_lock_brings_the_users_row_for_one_read_and_a_write_drops_it(
    db_url: str,
) -> None:
    """Every update takes its user's lock and then reads their row: one round trip for both
    (storage/migrations/versions/0008_enter.py). The row read ahead serves one read, and
    none after a write, which may have changed it."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serves one process: no lock to take, nothing read ahead")
    engine, other = make_engine(db_url), make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    now = datetime(2021, 12, 2, tzinfo=UTC)
    with transaction(factory) as session:
        delegates.ensure(session, 46, "pt", "rosa", now)
        delegates.bootstrap_roles(session, [46], [], now)
    key = delegates.presence_key(46)
    async with user_lock(engine, 46):
        found, row = take_read_ahead(key)
        assert found and row is not None and row.language == "pt"
        assert row.roles == {"delegate", "secretariat"} and row.username == "rosa"
        assert take_read_ahead(key) == (False, None)  # used up: the next read asks the database
    async with user_lock(engine, 47):  # no row yet: read ahead as "none"
        assert take_read_ahead(delegates.presence_key(47)) == (True, None)
    async with user_lock(engine, 46):
        with transaction(factory) as session:
            delegates.ensure(session, 46, "pt", "rosa_new", now)
        assert take_read_ahead(key) == (False, None)
    held = asyncio.Event()
    done = asyncio.Event()

    async def elsewhere() -> None:  # another process has the user: nothing read ahead there
        async with user_lock(other, 46):
            held.set()
            await done.wait()

    task = asyncio.create_task(elsewhere())
    await held.wait()
    waiting = asyncio.create_task(_read_ahead_once_locked(engine, 46))
    await asyncio.sleep(0.2)
    done.set()
    await task
    assert await waiting == (False, None)
    for e in (engine, other):
        release(e)
        e.dispose()


async def _read_ahead_once_locked(engine, user_id: int):  # type: ignore[no-untyped-def]
    async with user_lock(engine, user_id):
        return take_read_ahead(delegates.presence_key(user_id))


def test_the_lock_function_returns_every_field_of_the_per_update_read(db_url: str) -> None:
    """`cidi_enter` copies the columns of `catalogue.delegates.Presence`: a field added to
    one and not the other must fail here, not quietly take a default on the hot path."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serves one process: no lock function")
    from dataclasses import fields

    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        result = conn.execute(text("SELECT * FROM cidi_enter(48)"))
        names = list(result.keys())
        conn.execute(text("SELECT pg_advisory_unlock(48)"))
    assert names == ["locked", "has_row", *(f.name for f in fields(delegates.Presence))]
    engine.dispose()
