"""Generated bad updates (random unicode, huge texts, forged buttons, groups, channels,
edits, unknown kinds) give no unhandled exception and change nothing they should not."""

from __future__ import annotations

from bench.fuzz_updates import run


async def test_fifteen_hundred_generated_bad_updates_break_nothing(db_url: str) -> None:
    result = await run(1500, seed=3, database_url=db_url)
    assert result["unhandled"] == 0, result["first_error"]
    assert (result["approved"], result["roles"], result["broadcasts"]) == (0, 0, 0)
