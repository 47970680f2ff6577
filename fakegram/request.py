"""python-telegram-bot's request interface, answered by the in-process fake.

Plugged in with ``ApplicationBuilder().request(...)`` so that the real
Application, handlers and JobQueue run unchanged, with no network at all.
"""

from __future__ import annotations

from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from fakegram.server import FakeBotApi, FakeTimeout, StoredFile


class FakeRequest(BaseRequest):
    """Routes each Bot API call to a `FakeBotApi` instead of HTTP."""

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a file download
            file_id = url.rsplit("/", 1)[-1]
            stored = self.api.files.get(file_id)
            return (200, stored.content) if stored else (404, b'{"ok":false}')
        api_method = url.rsplit("/", 1)[-1]
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        files: dict[str, StoredFile] = {}
        if request_data is not None and request_data.contains_files:
            for name, value in request_data.multipart_data.items():
                filename, content, mime = value[0], value[1], value[2] if len(value) > 2 else None
                data = content if isinstance(content, bytes) else content.read()
                files[name] = StoredFile(filename or name, data, mime)
        try:
            return await self.api.call(api_method, params, files)
        except FakeTimeout as exc:
            raise TimedOut(f"fake timeout on {exc}") from exc
