"""Drive the real Application as people would: send text, press buttons, read replies.

``alice = harness.user(101, language_code="es")``, ``await alice.send("/start")``,
``await alice.press("Español")``, ``alice.last_text()``. Each action is handed
to ``Application.process_update`` and returns once every handler has finished,
so tests need no sleeps. Time is the harness's own clock: a person takes a few
seconds between two actions, which also keeps the fake's flood limits honest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.services import Services
from bot.settings import Settings
from fakegram.request import FakeRequest
from fakegram.server import FakeBotApi, Limits, StoredFile

FAKE_TOKEN = "123456789:FAKE-token-for-the-in-process-bot-api"
THINK_SECONDS = 3.0


class Harness:
    """One fake Telegram and the bot's Application on a database."""

    def __init__(
        self,
        settings: Settings,
        start: datetime | None = None,
        limits: Limits | None = None,
        prepare: Callable[[Application[Any, Any, Any, Any, Any, Any]], None] | None = None,
    ) -> None:
        self.settings = settings
        self.prepare = prepare  # changes the application before it starts (e.g. run --web)
        self.now = start or datetime(2021, 12, 1, 15, 0, tzinfo=UTC)
        self._ticks = 0.0
        self.api = FakeBotApi(clock=lambda: self._ticks, limits=limits)
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.errors: list[BaseException] = []
        self._users: dict[int, FakeUser] = {}
        self.jobs = False

    def clock(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self._ticks += seconds
        self.now += timedelta(seconds=seconds)

    @property
    def services(self) -> Services:
        assert self.app is not None, "start the harness first"
        found: Services = self.app.bot_data["services"]
        return found

    async def start(self) -> None:
        self.app = build_application(
            self.settings,
            request=FakeRequest(self.api),
            token=FAKE_TOKEN,
            clock=self.clock,
            monotonic=lambda: self._ticks,
            sleep=self._sleep,
            jobs=self.jobs,
        )
        self.services.on_error = self.errors.append
        if self.prepare is not None:
            self.prepare(self.app)
        await self.app.initialize()
        if self.app.post_init is not None:  # run_polling would call it; process_update does not
            await self.app.post_init(self.app)
        await self.app.start()

    async def _sleep(self, seconds: float) -> None:
        """The outbox's waits pass on the harness clock, instantly."""
        self.advance(seconds)

    async def deliver_outbox(self) -> Any:
        """One run of the outbox worker at the harness's current time."""
        return await self.services.deliverer.run_once()

    async def stop(self) -> None:
        if self.app is not None:
            if self.app.post_stop is not None:
                await self.app.post_stop(self.app)
            await self.app.stop()
            await self.app.shutdown()
            self.app = None

    async def restart(self) -> None:
        """A new Application on the same database and the same fake Telegram."""
        await self.stop()
        await self.start()

    async def __aenter__(self) -> Harness:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def user(
        self,
        id: int,
        language_code: str | None = "en",
        first_name: str = "Delegate",
        username: str | None = None,
    ) -> FakeUser:
        self.api.add_user(id, first_name, language_code, username)
        found = FakeUser(self, id)
        self._users[id] = found
        return found

    async def deliver(self, update: dict[str, Any], think: float = THINK_SECONDS) -> None:
        assert self.app is not None, "start the harness first"
        self.advance(think)
        await self.app.process_update(Update.de_json(update, self.app.bot))


class FakeUser:
    """A Telegram user in a private chat with the bot."""

    def __init__(self, harness: Harness, user_id: int) -> None:
        self.h = harness
        self.id = user_id

    @property
    def api(self) -> FakeBotApi:
        return self.h.api

    # -- actions ------------------------------------------------------------

    async def send(self, text: str, bold: tuple[int, int] | None = None) -> None:
        """Send text; `bold` = (offset, length) marks a bold span, as a Telegram client does."""
        update = self.api.user_message(self.id, text=text)
        if bold is not None:
            entities = update["message"].setdefault("entities", [])
            entities.append({"type": "bold", "offset": bold[0], "length": bold[1]})
        await self.h.deliver(update)

    async def send_in(self, chat_id: int, text: str) -> None:
        """Write in a group chat the user and the bot are in."""
        await self.h.deliver(self.api.user_message(self.id, chat_id=chat_id, text=text))

    async def send_sticker(self) -> None:
        sticker = {
            "file_id": "sticker1",
            "file_unique_id": "sticker1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        await self.h.deliver(self.api.user_message(self.id, sticker=sticker))

    async def send_photo(self) -> None:
        photo = [{"file_id": "photo1", "file_unique_id": "photo1", "width": 90, "height": 90}]
        await self.h.deliver(self.api.user_message(self.id, photo=photo))

    async def send_voice(self) -> None:
        voice = {"file_id": "voice1", "file_unique_id": "voice1", "duration": 3}
        await self.h.deliver(self.api.user_message(self.id, voice=voice))

    async def send_document(self, file_name: str = "notes.pdf") -> None:
        document = {"file_id": "doc1", "file_unique_id": "doc1", "file_name": file_name}
        await self.h.deliver(self.api.user_message(self.id, document=document))

    async def send_file(self, file_name: str, content: bytes, mime: str = "text/yaml") -> None:
        """Send a document the bot can download (getFile, then the file URL)."""
        file_id = f"upload{len(self.api.files) + 1}"
        self.api.files[file_id] = StoredFile(file_name, content, mime)
        document = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": file_name,
            "mime_type": mime,
            "file_size": len(content),
        }
        await self.h.deliver(self.api.user_message(self.id, document=document))

    async def press(self, label: str) -> None:
        """Press the inline button with this label on the latest message that has it."""
        for message in reversed(self.api.bot_messages(self.id)):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label and "callback_data" in button:
                        await self.h.deliver(
                            self.api.user_press(self.id, message, button["callback_data"])
                        )
                        return
        raise AssertionError(f"no button {label!r}; the last buttons are {self.buttons()}")

    async def press_data(self, data: str, message: dict[str, Any] | None = None) -> None:
        """Send callback data of our own making (a forged or stale button)."""
        message = message or self.last_message()
        await self.h.deliver(self.api.user_press(self.id, message, data))

    async def block_bot(self) -> None:
        await self.h.deliver(self.api.chat_member(self.id, "kicked"))

    async def unblock_bot(self) -> None:
        await self.h.deliver(self.api.chat_member(self.id, "member"))

    # -- what the user sees ---------------------------------------------------

    def messages(self) -> list[str]:
        """Every text the bot sent this user, oldest first."""
        return [m.get("text") or m.get("caption") or "" for m in self.api.bot_messages(self.id)]

    def last_message(self) -> dict[str, Any]:
        messages = self.api.bot_messages(self.id)
        assert messages, "the bot has not written to this user"
        return messages[-1]

    def last_text(self) -> str:
        return str(self.last_message().get("text", ""))

    def buttons(self, message: dict[str, Any] | None = None) -> list[str]:
        """The labels of the inline buttons on a message (the latest by default)."""
        if message is None:
            messages = self.api.bot_messages(self.id)
            if not messages:
                return []
            message = messages[-1]
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        return [b["text"] for row in rows for b in row]

    def last_answer(self) -> dict[str, Any] | None:
        """The bot's answer to this user's latest button press (a toast), if any."""
        if not self.api.callback_answers:
            return None
        return self.api.callback_answers[max(self.api.callback_answers, key=int)]
