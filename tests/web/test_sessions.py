"""The console's sessions and headers: signing in cannot be forced from another site,
failed attempts are audited and limited per client, a session ends 24 hours after it
began however busy, and the pages run no inline script or style and name no versions."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from fakegram.driver import Harness
from presentation.i18n import t
from storage.models import AuditEntry
from tests.conftest import ORGANISER_ID, SECRETARIAT_ID
from tests.web.conftest import Browser
from web.app import Console, make_app
from web.views.signin import FAILED_BURST


async def test_a_cross_site_form_cannot_sign_a_browser_in(
    harness: Harness, browser: Browser
) -> None:
    """Login CSRF: a page elsewhere posts the attacker's own link from the victim's browser.
    Without the confirmation page's token (its cookie is SameSite=Strict), or from another
    Origin, nothing happens and the link stays unused."""
    path = browser.link(SECRETARIAT_ID)
    forced = await browser.client.post(path, allow_redirects=False)  # no pre-session token
    assert forced.status == 403 and t("en", "web-csrf") in await forced.text()
    await browser.client.get(path)
    jar = browser.client.session.cookie_jar.filter_cookies(browser.client.make_url(path))
    pre = jar["cidi_signin"].value
    elsewhere = await browser.client.post(path, data={"pre": pre}, allow_redirects=False,
                                          headers={"Origin": "https://evil.example"})  # fmt: skip
    assert elsewhere.status == 403
    fetched = await browser.client.post(path, data={"pre": pre}, allow_redirects=False,
                                        headers={"Sec-Fetch-Site": "cross-site"})  # fmt: skip
    assert fetched.status == 403
    assert (await browser.client.get("/", allow_redirects=False)).status == 303  # not signed in
    done = await browser.confirm(path)  # the person, on the console's own page
    assert done.status == 303
    with harness.services.sessions() as session:
        reasons = [
            a.detail
            for a in session.execute(
                select(AuditEntry).where(AuditEntry.action == "console_signin_refused")
            ).scalars()
        ]
    assert any("pre-session" in (r or "") for r in reasons)
    assert any("origin" in (r or "") for r in reasons)


async def test_failed_sign_ins_are_audited_and_limited_per_client(
    harness: Harness, browsers: list[Browser]
) -> None:
    guesser, other = browsers
    statuses = []
    for n in range(FAILED_BURST + 5):
        response = await guesser.client.get(f"/signin/{'G' * 30}{n:04d}")
        statuses.append(response.status)
    assert statuses[:FAILED_BURST] == [403] * FAILED_BURST
    assert set(statuses[FAILED_BURST:]) == {429}  # answered without looking the link up
    with harness.services.sessions() as session:
        refused = session.execute(
            select(AuditEntry).where(AuditEntry.action == "console_signin_refused")
        ).scalars()
        assert len(list(refused)) == FAILED_BURST
    # the limit is per client: the same address here, so the test server's other browser
    # is limited too; a client elsewhere (behind the proxy, X-Real-IP) is not
    path = other.link(SECRETARIAT_ID)
    page = await other.client.get(path, headers={"X-Real-IP": "203.0.113.7"})
    assert page.status == 200


async def test_a_busy_session_ends_24_hours_after_it_began(
    harness: Harness, browser: Browser
) -> None:
    await browser.sign_in(ORGANISER_ID)
    for _ in range(23):
        harness.advance(3600)  # used every hour: never idle
        assert (await browser.client.get("/", allow_redirects=False)).status == 200
    harness.advance(3600)
    response = await browser.client.get("/", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/signin"


async def test_the_lifetime_is_a_setting(harness: Harness) -> None:
    console = Console(sessions=harness.services.sessions, clock=harness.clock,
                      base_url="http://127.0.0.1", session_lifetime=timedelta(hours=2))  # fmt: skip
    client = TestClient(TestServer(make_app(console), host="127.0.0.1"))
    await client.start_server()
    try:
        browser = Browser(client, harness)
        await browser.sign_in(ORGANISER_ID)
        harness.advance(3600)
        assert (await client.get("/", allow_redirects=False)).status == 200
        harness.advance(3600)
        assert (await client.get("/", allow_redirects=False)).status == 303
    finally:
        await client.close()


async def test_pages_allow_no_inline_script_or_style_and_name_no_versions(
    browser: Browser,
) -> None:
    await browser.sign_in(SECRETARIAT_ID)
    for path in ("/", "/review", "/catalogue", "/delegates", "/figures", "/agenda",
                 "/broadcasts", "/exports", "/signin"):  # fmt: skip
        response = await browser.client.get(path)
        html = await response.text()
        policy = response.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in policy and "script-src 'self'" in policy, path
        assert "style-src 'self'" in policy
        assert "<style" not in html and " style=" not in html, path
        assert "<script>" not in html and " onclick=" not in html, path
        assert response.headers["Server"] == "cidi-console"
    for asset in ("/static/console.css", "/static/console.js"):
        response = await browser.client.get(asset)
        assert response.status == 200 and "Python" not in response.headers["Server"]


def test_the_proxy_configuration_sends_hsts_and_serves_the_console_without_logs() -> None:
    from pathlib import Path

    conf = (Path(__file__).parents[2] / "deploy" / "nginx.conf").read_text()
    servers = conf.split("server {")[1:]
    tls = [s for s in servers if "listen 443 ssl" in s]
    assert len(tls) == 2 and all("Strict-Transport-Security" in s for s in tls)
    console = next(s for s in tls if "console.example.org" in s)
    assert "proxy_pass http://127.0.0.1:8080" in console and "access_log off" in console
    assert "X-Real-IP $remote_addr" in console
    assert "server_tokens off" in conf


def test_the_console_takes_its_session_lifetime_from_the_settings(harness: Harness) -> None:
    from types import SimpleNamespace

    from bot.cli.web import console_of
    from tests.conftest import make_settings

    settings = make_settings("sqlite://", console_session_hours=6)
    services = SimpleNamespace(sessions=harness.services.sessions, clock=harness.clock,
                               deliverer=SimpleNamespace(run_keys=None))  # fmt: skip
    assert console_of(settings, services).session_lifetime == timedelta(hours=6)
    assert make_settings("sqlite://").console_session_hours == 24
