"""An in-process Telegram Bot API that behaves like Telegram where it matters.

It keeps every chat's messages, hands updates out through getUpdates, and
refuses what Telegram refuses: over-long or empty text, broken HTML, callback
data over 64 bytes, over 100 buttons, edits of missing messages, and sending
faster than Telegram's flood limits. Tests can make chosen calls answer 429,
403 (blocked), 5xx or time out. Used by the tests, by `cidi-bot console`, and
served over HTTP by `fakegram.http` for whole-process tests.

Size (over 400 lines): an emulator of the Bot API methods the bot uses, with their
limits and faults; one file per method family would scatter the shared chat state.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from richtext import HTMLParseError, parse, utf16_length

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_LIMIT = 64
BUTTON_LIMIT = 100
SEND_METHODS = {"sendMessage", "sendDocument", "sendPhoto"}


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


class FakeTimeout(Exception):
    """The call never answers in time (the transport turns this into a timeout)."""


@dataclass
class Limits:
    """Telegram's flood limits. `chat_burst` tolerates a short burst to one chat,
    as Telegram does, while holding the sustained rate to `chat_per_second`."""

    global_per_second: int = 30
    chat_per_second: float = 1.0
    chat_burst: float = 3.0
    enabled: bool = True


@dataclass
class Fault:
    method: str
    # Refused: "retry_after", "blocked", "server_error", "timeout", "bad_gateway".
    # Done, but answered badly: "garbage" (a result that is not a Message), "not_json" (an
    # HTML error page from a proxy, the message not sent), "slow" (`delay` seconds late).
    kind: str
    remaining: int = 1
    retry_after: int = 1
    chat_id: int | None = None
    delay: float = 0.0


@dataclass
class StoredFile:
    file_name: str
    content: bytes
    mime_type: str | None


@dataclass
class Stats:
    calls: dict[str, int] = field(default_factory=dict)
    rejected_429: int = 0
    rejected_global: int = 0  # of those, for the 30-a-second overall limit (not one chat's)
    sent: int = 0


class FakeBotApi:
    """The state of a fake Telegram: users, chats, messages, updates."""

    def __init__(
        self,
        clock: Callable[[], float] | None = None,
        limits: Limits | None = None,
        bot_id: int = 7_000_000_001,
        bot_username: str = "cidi_test_bot",
    ) -> None:
        self.clock = clock or time.monotonic
        self.limits = limits or Limits()
        self.bot_user = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "CIDI Cooperation Bot",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.history: dict[int, list[dict[str, Any]]] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self.updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self._pending_callbacks: set[str] = set()
        self._callback_ids = itertools.count(1)
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.blocked: set[int] = set()
        self.faults: list[Fault] = []
        self.files: dict[str, StoredFile] = {}
        self.stats = Stats()
        self.log: list[tuple[str, dict[str, Any]]] = []
        self._global_window: deque[float] = deque()
        self._chat_buckets: dict[int, tuple[float, float]] = {}
        self.webhook_url = ""
        self.webhook_secret = ""
        self.chaos_rate = 0.0
        self._chaos_random = random.Random(0)
        self.injected: dict[str, int] = {}  # faults answered, by kind

    # -- set-up by tests ----------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str = "Delegate",
        language_code: str | None = "en",
        username: str | None = None,
    ) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        if username:
            user["username"] = username
        self.users[user_id] = user
        chat = {"id": user_id, "type": "private", "first_name": first_name}
        if username:
            chat["username"] = username
        self.chats.setdefault(user_id, chat)
        return user

    def add_group(self, chat_id: int, title: str = "CIDI delegates") -> dict[str, Any]:
        chat = {"id": chat_id, "type": "supergroup", "title": title}
        self.chats[chat_id] = chat
        return chat

    def block(self, user_id: int) -> None:
        self.blocked.add(user_id)

    def fail(
        self,
        method: str,
        kind: str,
        times: int = 1,
        retry_after: int = 1,
        chat_id: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """Make the next `times` calls of `method` (to `chat_id`, or any) fail as `kind`."""
        self.faults.append(Fault(method, kind, times, retry_after, chat_id, delay))

    def chaos(self, rate: float, seed: int = 0) -> None:
        """From now on, fail about `rate` of all calls at random: 429, 5xx or a timeout.

        For fault runs over HTTP (`cidi-bot fake-api --chaos`), where a test cannot script
        each failure as it does in process with `fail`."""
        self.chaos_rate = rate
        self._chaos_random = random.Random(seed)

    # -- what users do ------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def user_message(
        self, user_id: int, chat_id: int | None = None, **content: Any
    ) -> dict[str, Any]:
        """An update for a message a user sends (text, sticker, photo...)."""
        chat_id = user_id if chat_id is None else chat_id
        user = self.users[user_id]
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": self.chats[chat_id],
            "date": int(time.time()),
        }
        text = content.pop("text", None)
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                msg["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": utf16_length(command)}
                ]
        msg.update(content)
        self.history.setdefault(chat_id, []).append(msg)
        return self._update({"message": msg})

    def user_edit(self, user_id: int, message: dict[str, Any], text: str) -> dict[str, Any]:
        edited = dict(message, text=text, edit_date=int(time.time()))
        return self._update({"edited_message": edited})

    def user_press(self, user_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
        """An update for a press on an inline button of a bot message."""
        query_id = str(next(self._callback_ids))
        self._pending_callbacks.add(query_id)
        public = {k: v for k, v in message.items() if not k.startswith("_")}
        return self._update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.users[user_id],
                    "chat_instance": str(message["chat"]["id"]),
                    "message": public,
                    "data": data,
                }
            }
        )

    def chat_member(self, user_id: int, status: str) -> dict[str, Any]:
        """The my_chat_member update Telegram sends when a user blocks or unblocks the bot."""
        old = "member" if status == "kicked" else "kicked"
        if status == "kicked":
            self.blocked.add(user_id)
        else:
            self.blocked.discard(user_id)

        def member(state: str) -> dict[str, Any]:
            body: dict[str, Any] = {"user": self.bot_user, "status": state}
            if state == "kicked":
                body["until_date"] = 0
            return body

        return self._update(
            {
                "my_chat_member": {
                    "chat": self.chats[user_id],
                    "from": self.users[user_id],
                    "date": int(time.time()),
                    "old_chat_member": member(old),
                    "new_chat_member": member(status),
                }
            }
        )

    def _update(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"update_id": next(self._update_ids), **body}

    def push(self, update: dict[str, Any]) -> None:
        """Queue an update for getUpdates (long polling)."""
        self.updates.append(update)
        self._new_update.set()

    # -- reading the chat (tests) ---------------------------------------------

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        return [
            m
            for m in self.history.get(chat_id, [])
            if m.get("from", {}).get("id") == self.bot_user["id"] and not m.get("_deleted")
        ]

    # -- the API ------------------------------------------------------------

    async def call(
        self, method: str, params: dict[str, Any], files: dict[str, StoredFile] | None = None
    ) -> tuple[int, bytes]:
        """Answer one Bot API call as (HTTP status, JSON body)."""
        self.stats.calls[method] = self.stats.calls.get(method, 0) + 1
        self.log.append((method, params))
        try:
            answer = self._inject_fault(method, params)
            if answer is not None and answer.kind == "slow":
                await asyncio.sleep(answer.delay)
            if answer is not None and answer.kind == "not_json":
                return 502, b"<html><body>502 Bad Gateway</body></html>"
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if method in SEND_METHODS:
                self._check_chat(params)
                self._check_rate(int(params["chat_id"]))
            result = await handler(params, files or {})
        except ApiError as exc:
            if exc.status == 429:
                self.stats.rejected_429 += 1
            return exc.status, json.dumps(exc.payload()).encode()
        if method in SEND_METHODS:
            self.stats.sent += 1
        if answer is not None and answer.kind == "garbage":
            # What a broken emulator answered: sent, but fields of the wrong type.
            result = {"message_id": "x", "link_preview_options": "off", "chat": 5}
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _inject_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        """Raise the refusal due for this call, or return the bad answer it is to get."""
        if self.chaos_rate and method not in ("getMe", "setWebhook", "deleteWebhook"):
            draw = self._chaos_random.random()
            if draw < self.chaos_rate:
                kind = ("retry_after", "server_error", "bad_gateway", "timeout")[
                    int(draw / self.chaos_rate * 4)
                ]
                self.faults.insert(0, Fault(method, kind))
        for fault in self.faults:
            if fault.method != method or fault.remaining <= 0:
                continue
            if fault.chat_id is not None and str(params.get("chat_id")) != str(fault.chat_id):
                continue
            fault.remaining -= 1
            self.injected[fault.kind] = self.injected.get(fault.kind, 0) + 1
            if fault.kind == "retry_after":
                raise ApiError(
                    429,
                    f"Too Many Requests: retry after {fault.retry_after}",
                    {"retry_after": fault.retry_after},
                )
            if fault.kind == "blocked":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if fault.kind == "server_error":
                raise ApiError(500, "Internal Server Error")
            if fault.kind == "bad_gateway":
                raise ApiError(502, "Bad Gateway")
            if fault.kind == "timeout":
                raise FakeTimeout(method)
            self.faults = [f for f in self.faults if f.remaining > 0]
            return fault
        self.faults = [f for f in self.faults if f.remaining > 0]
        return None

    def _check_chat(self, params: dict[str, Any]) -> None:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ApiError(400, "Bad Request: chat_id is empty") from exc
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")

    def _check_rate(self, chat_id: int) -> None:
        if not self.limits.enabled:
            return
        now = self.clock()
        window = self._global_window
        while window and now - window[0] >= 1.0:
            window.popleft()
        if len(window) >= self.limits.global_per_second:
            self.stats.rejected_global += 1
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        tokens, last = self._chat_buckets.get(chat_id, (self.limits.chat_burst, now))
        tokens = min(self.limits.chat_burst, tokens + (now - last) * self.limits.chat_per_second)
        if tokens < 1.0:
            wait = max(1, math.ceil((1.0 - tokens) / self.limits.chat_per_second))
            raise ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        self._chat_buckets[chat_id] = (tokens - 1.0, now)
        window.append(now)

    # -- checks shared by sends and edits --------------------------------------

    def _text(self, params: dict[str, Any], key: str = "text", limit: int = TEXT_LIMIT) -> str:
        raw = params.get(key)
        if raw is None or raw == "":
            if key == "caption":
                return ""
            raise ApiError(400, "Bad Request: message text is empty")
        raw = str(raw)
        if params.get("parse_mode", "").upper() == "HTML":
            try:
                plain = parse(raw)
            except HTMLParseError as exc:
                raise ApiError(400, f"Bad Request: {exc}") from exc
        elif params.get("parse_mode"):
            raise ApiError(400, "Bad Request: unsupported parse_mode in this fake")
        else:
            plain = raw
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(plain) > limit:
            what = "message is too long" if key == "text" else "message caption is too long"
            raise ApiError(400, f"Bad Request: {what}")
        return plain

    @staticmethod
    def _markup(params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if isinstance(markup, str):
            markup = json.loads(markup)
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            count = sum(len(r) for r in rows)
            if count > BUTTON_LIMIT:
                raise ApiError(400, "Bad Request: reply markup is too long")
            for row in rows:
                for button in row:
                    if not str(button.get("text", "")).strip():
                        raise ApiError(
                            400, "Bad Request: text buttons are unallowed in the inline keyboard"
                        )
                    data = button.get("callback_data")
                    if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_LIMIT:
                        raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                    if data is None and not any(
                        k in button for k in ("url", "switch_inline_query", "copy_text")
                    ):
                        raise ApiError(400, "Bad Request: can't parse inline keyboard button")
        elif "keyboard" in markup:
            count = sum(len(r) for r in markup["keyboard"])
            if count > 300:
                raise ApiError(400, "Bad Request: reply markup is too long")
        return dict(markup)

    def _store(self, chat_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        msg = {
            "message_id": self._next_message_id(chat_id),
            "from": self.bot_user,
            "chat": self.chats[chat_id],
            "date": int(time.time()),
            **fields,
        }
        self.history.setdefault(chat_id, []).append(msg)
        return msg

    @staticmethod
    def _public(msg: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in msg.items() if not k.startswith("_")}

    def _find(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            chat_id = int(params["chat_id"])
            message_id = int(params["message_id"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ApiError(400, "Bad Request: message to edit not found") from exc
        for msg in self.history.get(chat_id, []):
            if msg["message_id"] == message_id and not msg.get("_deleted"):
                return msg
        raise ApiError(400, "Bad Request: message to edit not found")

    # -- methods --------------------------------------------------------------

    async def _m_getMe(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return self.bot_user

    async def _m_getUpdates(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        offset = int(p.get("offset") or 0)
        limit = int(p.get("limit") or 100)
        timeout = min(float(p.get("timeout") or 0), 50.0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
        return self.updates[:limit]

    async def _m_deleteWebhook(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        self.webhook_url = ""
        return True

    async def _m_setWebhook(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        self.webhook_url = str(p.get("url", ""))
        self.webhook_secret = str(p.get("secret_token", ""))
        return True

    async def _m_getWebhookInfo(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return {"url": self.webhook_url, "has_custom_certificate": False, "pending_update_count": 0}

    async def _m_sendMessage(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        plain = self._text(p)
        markup = self._markup(p)
        fields: dict[str, Any] = {"text": plain, "_html": p["text"]}
        if markup is not None:
            fields["reply_markup"] = markup
        return self._public(self._store(int(p["chat_id"]), fields))

    async def _m_editMessageText(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        msg = self._find(p)
        if msg["from"]["id"] != self.bot_user["id"] or "text" not in msg:
            raise ApiError(400, "Bad Request: message can't be edited")
        plain = self._text(p)
        markup = self._markup(p)
        if p["text"] == msg.get("_html") and markup == msg.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        msg["text"], msg["_html"] = plain, p["text"]
        msg["edit_date"] = int(time.time())
        if markup is None:
            msg.pop("reply_markup", None)
        else:
            msg["reply_markup"] = markup
        return self._public(msg)

    async def _m_editMessageReplyMarkup(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        msg = self._find(p)
        if msg["from"]["id"] != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        markup = self._markup(p)
        if markup == msg.get("reply_markup") or (markup is None and "reply_markup" not in msg):
            raise ApiError(400, "Bad Request: message is not modified")
        if markup is None:
            msg.pop("reply_markup", None)
        else:
            msg["reply_markup"] = markup
        return self._public(msg)

    async def _m_deleteMessage(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        try:
            msg = self._find(p)
        except ApiError as exc:
            raise ApiError(400, "Bad Request: message to delete not found") from exc
        msg["_deleted"] = True
        return True

    async def _m_answerCallbackQuery(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        query_id = str(p.get("callback_query_id"))
        if query_id not in self._pending_callbacks:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        text = p.get("text")
        if text is not None and len(str(text)) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._pending_callbacks.discard(query_id)
        self.callback_answers[query_id] = dict(p)
        return True

    async def _m_sendChatAction(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        self._check_chat(p)
        return True

    async def _m_setMyCommands(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        commands = p.get("commands")
        if isinstance(commands, str):
            commands = json.loads(commands)
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for c in commands:
            name = str(c.get("command", ""))
            desc = str(c.get("description", ""))
            if not (1 <= len(name) <= 32) or not all(
                ch.islower() or ch.isdigit() or ch == "_" for ch in name
            ):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not (1 <= len(desc) <= 256):
                raise ApiError(400, "Bad Request: command description is empty or too long")
        self.commands[self._scope_key(p)] = commands
        return True

    async def _m_getMyCommands(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return self.commands.get(self._scope_key(p), [])

    async def _m_deleteMyCommands(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        self.commands.pop(self._scope_key(p), None)
        return True

    @staticmethod
    def _scope_key(p: dict[str, Any]) -> tuple[str, str]:
        scope = p.get("scope") or {"type": "default"}
        if isinstance(scope, str):
            scope = json.loads(scope)
        key = scope["type"] + (f":{scope['chat_id']}" if "chat_id" in scope else "")
        return key, str(p.get("language_code") or "")

    async def _send_file(self, p: dict[str, Any], f: dict[str, StoredFile], kind: str) -> Any:
        caption = self._text(p, "caption", CAPTION_LIMIT) if p.get("caption") else ""
        ref = str(p.get(kind, ""))
        stored = (
            f.get(ref.removeprefix("attach://")) if ref.startswith("attach://") else f.get(kind)
        )
        if stored is None:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        if len(stored.content) > 50 * 1024 * 1024:
            raise ApiError(413, "Request Entity Too Large")
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = stored
        info = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": len(stored.content),
        }
        fields: dict[str, Any] = {}
        if kind == "document":
            info.update(
                file_name=stored.file_name, mime_type=stored.mime_type or "application/octet-stream"
            )
            fields["document"] = info
        else:
            fields["photo"] = [dict(info, width=800, height=600)]
        if caption:
            fields["caption"] = caption
        markup = self._markup(p)
        if markup is not None:
            fields["reply_markup"] = markup
        return self._public(self._store(int(p["chat_id"]), fields))

    async def _m_sendDocument(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return await self._send_file(p, f, "document")

    async def _m_sendPhoto(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return await self._send_file(p, f, "photo")

    async def _m_getFile(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        file_id = str(p.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": len(self.files[file_id].content),
            "file_path": f"documents/{file_id}",
        }

    async def _m_close(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return True

    async def _m_logOut(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return True
