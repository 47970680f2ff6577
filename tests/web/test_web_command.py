"""`cidi-bot web`: an operator prints a sign-in link, and the served console honours it."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from storage import backup
from tests.conftest import Cidi


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_login_link_prints_a_link_on_its_last_line_that_the_console_accepts(
    tmp_path: Path, cidi: Cidi
) -> None:
    port = free_port()
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "SECRETARIAT_IDS": "900",
        "WEB_BASE_URL": f"http://127.0.0.1:{port}",
    }
    refused = cidi("web", "login-link", "12345", cwd=tmp_path, env=env)
    assert refused.returncode == 2 and "neither secretariat nor organiser" in refused.stderr
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "web", "--port", str(port)],
        cwd=tmp_path,
        env={**clean, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        printed = cidi("web", "login-link", "900", cwd=tmp_path, env=env)
        assert printed.returncode == 0, printed.stderr
        link = printed.stdout.strip().splitlines()[-1]
        assert link.startswith(f"http://127.0.0.1:{port}/signin/")
        assert len(link.rsplit("/", 1)[1]) >= 22  # at least 128 random bits, URL-safe
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(NoRedirect(), urllib.request.HTTPCookieProcessor(jar))
        for _ in range(200):  # the server loads the sentence encoder first
            try:
                page = opener.open(link, timeout=5).read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise AssertionError(f"the console never answered: {server.stderr}")
        assert "Sign in" in page
        # The console serving alone says it is alive, as the bot does: no restore under it.
        url = env["DATABASE_URL"]
        assert backup.running_processes(url, datetime.now(UTC)), "no heartbeat from the console"
        restore = cidi("db", "restore", str(tmp_path / "bot.sqlite3"), "--yes", cwd=tmp_path,
                       env=env)  # fmt: skip
        assert restore.returncode != 0 and "running" in restore.stderr, restore.stderr
        pre = re.search(r'name="pre" value="([^"]+)"', page)
        assert pre is not None
        data = urlencode({"pre": pre.group(1)}).encode()
        request = urllib.request.Request(link, data=data, method="POST")
        try:
            opener.open(request, timeout=5)
            raise AssertionError("signing in should redirect")
        except urllib.error.HTTPError as answer:
            assert answer.code == 303
            assert "cidi_console=" in answer.headers["Set-Cookie"]
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert server.returncode == 0
    # stopped cleanly, it took its heartbeat with it
    assert not backup.running_processes(env["DATABASE_URL"], datetime.now(UTC))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


async def test_beside_the_bot_the_console_tells_the_owner_at_once(tmp_path: Path) -> None:
    """`cidi-bot run --web`: one process; a decision in the console reaches the owner's chat
    without waiting for the outbox job."""
    import aiohttp

    from bot.cli.web import beside
    from fakegram.driver import Harness
    from tests.bot.helpers import entries_of, register, submit_entry
    from tests.conftest import SECRETARIAT_ID, make_settings

    port = free_port()
    settings = make_settings(
        f"sqlite:///{tmp_path / 'bot.sqlite3'}", web_base_url=f"http://127.0.0.1:{port}"
    )
    harness = Harness(settings, prepare=lambda app: beside(app, settings, "127.0.0.1", port))
    await harness.start()
    try:
        owner = harness.user(5001, language_code="fr")
        await register(owner, "fr")
        await submit_entry(owner, "fr")
        entry = entries_of(harness, 5001)[0]
        sec = harness.user(SECRETARIAT_ID, language_code="en")
        await sec.send("/web")
        link = sec.last_text().split(f"http://127.0.0.1:{port}", 1)[1].split()[0]
        site = f"http://127.0.0.1:{port}"
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as web:
            confirmation = await (await web.get(site + link)).text()
            pre = confirmation.split('name="pre" value="', 1)[1].split('"', 1)[0]
            await web.post(site + link, data={"pre": pre})
            page = await (await web.get(site + "/review")).text()
            csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            await web.post(site + "/review", data={"csrf": csrf, "decision": "approve",
                                                   "pick": f"{entry.id}:{entry.version}",
                                                   "confirm": "yes"})  # fmt: skip
        assert "approuvée" in owner.last_text()
    finally:
        await harness.stop()
    assert not harness.errors
