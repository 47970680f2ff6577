"""HTTP to the Bot API over aiohttp instead of python-telegram-bot's default httpx.

Why: under load the bot spends more of its time in httpx than in its own work. A profile
of a webhook process answering delegates showed about 1.5 ms of CPU per Bot API call in
httpx/httpcore/anyio, against a few hundred microseconds for aiohttp, on a 2-core machine
where every millisecond of CPU is an update not handled (bench/load.py). The contract is
python-telegram-bot's own `BaseRequest`, so nothing else changes: the errors raised are
the library's TimedOut and NetworkError, the timeouts mean what they mean there.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        connection_pool_size: int = 64,
        read_timeout: float | None = 15.0,
        write_timeout: float | None = 15.0,
        connect_timeout: float | None = 10.0,
        media_write_timeout: float | None = 30.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            await self.initialize()
        assert self._session is not None
        files = request_data.multipart_data if request_data and request_data.contains_files else {}
        fields = request_data.json_parameters if request_data else {}
        body: Any = None
        headers = None
        if fields and not files:
            # Encoded here rather than by aiohttp's FormData, which builds a multipart writer
            # for every call, to send the same bytes: about 0.2 ms of CPU per call here.
            body = urlencode(fields).encode()
            headers = FORM
        if files:
            form = aiohttp.FormData(quote_fields=False)
            for key, value in fields.items():
                form.add_field(key, value)
            for key, upload in files.items():
                name, content, mime = upload[0], upload[1], upload[2] if len(upload) > 2 else None
                form.add_field(key, content, filename=name, content_type=mime)
            body = form
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self._connect_timeout
        if isinstance(write_timeout, DefaultValue):
            write_timeout = self._media_write_timeout if files else self._write_timeout
        # aiohttp has no write timeout of its own: the whole call is bounded by both.
        total = None
        if read_timeout is not None and write_timeout is not None:
            total = read_timeout + write_timeout + (connect_timeout or 0)
        timeout = aiohttp.ClientTimeout(
            total=total, connect=connect_timeout, sock_read=read_timeout
        )
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as res:
                return res.status, await res.read()
        except TimeoutError as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
