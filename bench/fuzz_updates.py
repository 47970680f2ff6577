"""Thousands of generated bad updates through the real Application: nothing may break.

    python -m bench.fuzz_updates [--updates 10000] [--seed 1]

Random text and unicode, huge messages, commands with junk arguments, forged and
stale callback data, stickers and documents, edited messages, updates from groups
and channels, unknown update kinds. Counts unhandled exceptions (must be 0) and
checks that nobody got registered, approved or promoted by accident.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import string
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.settings import Settings
from fakegram.driver import Harness
from fakegram.server import Limits
from storage.models import Broadcast, Delegate, Entry, Role

COMMANDS = [
    "/start",
    "/offer",
    "/need",
    "/mine",
    "/search",
    "/matches",
    "/review",
    "/export",
    "/agenda",
    "/now",
    "/next",
    "/calendar",
    "/reminders",
    "/broadcast",
    "/stats",
    "/invite",
    "/roles",
    "/verify",
    "/unverify",
    "/profile",
    "/language",
    "/forget_me",
    "/cancel",
    "/help",
    "/connections",
    "/open_1",
    "/open_999999",
    "/unknown",
    "/start inv_forged",
    "/verify 1",
    "/export all",
]
PREFIXES = [
    "d:",
    "lang:s:",
    "prof:e:",
    "forget:",
    "ent:o:",
    "ent:e:",
    "ent:w:",
    "ent:wy:",
    "cd:",
    "menu:",
    "rv:a:",
    "rv:r:",
    "rv:c:",
    "rv:s:",
    "rv:h:",
    "rv:n",
    "sr:p:",
    "ct:d:",
    "ct:i:",
    "mt:x:",
    "cn:a:",
    "cn:d:",
    "ag:d:",
    "rm:l:",
    "rm:s:",
    "rm:t",
    "agu:y",
    "bc:x:",
    "iv:r:",
    "rl:r:",
    "",
]
ALPHABETS = [
    string.printable,
    "áéíóúñçãõâêôàèùëïüœæ¿¡«»“”‘’—–…",
    "телемедицина远程医疗🙂🚀🇧🇷\u200b\u202e\ufeff",
    "<b></b>&amp;&<>\"'`;--%_*.?[](){}|\\/",
]


def random_text(rng: random.Random) -> str:
    size = rng.choice([0, 1, 2, 5, 20, 100, 1000, 4096, 5000])
    alphabet = rng.choice(ALPHABETS)
    return "".join(rng.choice(alphabet) for _ in range(size))


def random_update(h: Harness, rng: random.Random, users: list[int], group: int) -> dict[str, Any]:
    api = h.api
    uid = rng.choice(users)
    roll = rng.random()
    if roll < 0.30:
        return api.user_message(uid, text=random_text(rng) or " ")
    if roll < 0.50:
        return api.user_message(uid, text=f"{rng.choice(COMMANDS)} {random_text(rng)[:50]}".strip())
    if roll < 0.70:
        messages = api.bot_messages(uid)
        target = (
            messages[-1]
            if messages
            else {
                "message_id": 1,
                "chat": api.chats[uid],
                "date": 0,
                "from": api.bot_user,
                "text": "x",
            }
        )
        data = rng.choice(PREFIXES) + "".join(
            rng.choice(string.digits + ":-abc") for _ in range(rng.randint(0, 30))
        )
        return api.user_press(uid, target, data[:64] or "x")
    if roll < 0.78:
        kind = rng.choice(["sticker", "photo", "voice", "document", "location", "contact"])
        content: dict[str, Any] = {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            },
            "photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}],
            "voice": {"file_id": "v", "file_unique_id": "v", "duration": 1},
            "document": {"file_id": "missing", "file_unique_id": "m", "file_name": "x.yaml"},
            "location": {"latitude": 18.5, "longitude": -72.3},
            "contact": {"phone_number": "+509", "first_name": "X"},
        }[kind]
        return api.user_message(uid, **{kind: content})
    if roll < 0.85:
        sent = api.user_message(uid, text="original")
        return api.user_edit(uid, sent["message"], random_text(rng) or "x")
    if roll < 0.92:
        return api.user_message(
            uid, chat_id=group, text=rng.choice([*COMMANDS, "hello", random_text(rng) or "x"])
        )
    if roll < 0.96:
        return {
            "update_id": 10**9 + rng.randint(0, 10**6),
            "channel_post": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": -100777, "type": "channel", "title": "News"},
                "text": "post",
            },
        }
    # An update kind this version of the Bot API does not know yet.
    return {
        "update_id": 10**9 + rng.randint(0, 10**6),
        "future_kind": {"id": "x", "payload": random_text(rng)[:50]},
    }


async def run(n: int, seed: int, database_url: str | None = None) -> dict[str, float]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = database_url or f"sqlite:///{Path(tmp) / 'fuzz.sqlite3'}"
        settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
        h = Harness(settings, limits=Limits(enabled=False))
        await h.start()
        users = [7_000_000 + i for i in range(20)]
        for uid in users:
            h.api.add_user(uid, "Fuzz", rng.choice(["en", "es", "fr", "pt", "de", None]))  # type: ignore[arg-type]
        group = -100555
        h.api.add_group(group)
        start = time.perf_counter()
        for _ in range(n):
            await h.deliver(random_update(h, rng, users, group), think=rng.choice([0.1, 1.0, 3.0]))
        elapsed = time.perf_counter() - start
        with h.services.sessions() as session:
            registered = session.execute(
                select(func.count()).where(Delegate.registered_at.is_not(None))
            ).scalar_one()
            approved = session.execute(
                select(func.count()).where(Entry.status == "approved")
            ).scalar_one()
            admins = session.execute(select(func.count(Role.user_id))).scalar_one()
            broadcasts = session.execute(select(func.count(Broadcast.id))).scalar_one()
        errors = list(h.errors)
        await h.stop()
    return {
        "updates": n,
        "seconds": elapsed,
        "unhandled": len(errors),
        "registered": registered,
        "approved": approved,
        "roles": admins,
        "broadcasts": broadcasts,
        "first_error": repr(errors[0]) if errors else "",
    }  # type: ignore[dict-item]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--updates", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    r = asyncio.run(run(args.updates, args.seed))
    print(
        f"{r['updates']:,} updates in {r['seconds']:.1f} s: {r['unhandled']} unhandled exceptions; "
        f"registered by accident: {r['registered']}, approved: {r['approved']}, roles: {r['roles']}, "
        f"broadcasts: {r['broadcasts']}"
    )
    if r["first_error"]:
        print("first error:", r["first_error"])


if __name__ == "__main__":
    main()
