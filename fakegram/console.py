"""`cidi-bot console`: the real bot in a terminal, through the in-process fake Telegram."""

from __future__ import annotations

import asyncio
import shlex
from datetime import UTC, datetime

from bot.settings import Settings
from fakegram.driver import FakeUser, Harness
from fakegram.server import Limits

HELP = (
    "Type a message, or a button's number. ':user ID [LANG] [NAME]' switches user, ':quit' leaves."
)


class Console:
    """Prints what the bot writes, numbers the buttons, reads what the person types."""

    def __init__(self, harness: Harness, user: FakeUser) -> None:
        self.h = harness
        self.user = user
        self.seen: dict[int, int] = {}

    def show_new(self) -> None:
        messages = self.h.api.bot_messages(self.user.id)
        start = self.seen.get(self.user.id, 0)
        for message in messages[start:]:
            text = message.get("text") or message.get("caption") or ""
            if "document" in message:
                text = f"[file: {message['document'].get('file_name')}] {text}"
            print("\n" + "─" * 60)
            print(text)
            for i, label in enumerate(self.user.buttons(message), 1):
                print(f"  [{i}] {label}")
        self.seen[self.user.id] = len(messages)

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the person wants to leave."""
        line = line.strip()
        if line in (":quit", ":q", ":exit"):
            return False
        if line.startswith(":wait"):
            parts = line.split()
            seconds = (
                float(parts[1])
                if len(parts) > 1 and parts[1].replace(".", "", 1).isdigit()
                else 5.0
            )
            await asyncio.sleep(min(seconds, 600))
            self.show_new()
            return True
        if line.startswith(":user"):
            parts = shlex.split(line)[1:]
            if not parts or not parts[0].isdigit():
                print("usage: :user ID [LANG] [NAME]")
                return True
            lang = parts[1] if len(parts) > 1 else "en"
            name = " ".join(parts[2:]) or "Console Delegate"
            self.user = self.h.user(int(parts[0]), language_code=lang, first_name=name)
            print(f"(now user {parts[0]}, language {lang})")
            self.show_new()
            return True
        if not line:
            return True
        labels = self.user.buttons()
        if line.isdigit() and 1 <= int(line) <= len(labels):
            await self.user.press(labels[int(line) - 1])
        else:
            await self.user.send(line)
        self.show_new()
        return True


async def run_console(settings: Settings, user_id: int, name: str, language: str) -> int:
    harness = Harness(settings, start=datetime.now(UTC), limits=Limits(enabled=False))
    harness.clock = lambda: datetime.now(UTC)  # type: ignore[method-assign]
    harness.jobs = True  # reminders arrive on their own, on the real clock
    harness._sleep = asyncio.sleep  # type: ignore[method-assign,assignment]
    await harness.start()
    try:
        console = Console(harness, harness.user(user_id, language_code=language, first_name=name))
        print(f"CIDI bot console, user {user_id} ({language}). {HELP}")
        print("Send /start to begin.")
        console.show_new()

        async def watch() -> None:  # reminders and notices arrive while you read
            while True:
                await asyncio.sleep(1.0)
                console.show_new()

        watcher = asyncio.create_task(watch())
        while True:
            try:
                line = await asyncio.to_thread(input, "\nyou> ")
            except EOFError:
                break
            if not await console.handle(line):
                break
        watcher.cancel()
    finally:
        await harness.stop()
    return 0
