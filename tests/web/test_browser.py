"""The console in a real browser (headless Chromium driven by Selenium): a secretariat member
signs in with a link from the chat, approves a submission from the queue, sends a small
broadcast and downloads an export, while the bot of the test harness and its fake Telegram
record what delegates receive.

Selenium blocks; the console runs on this test's event loop, so every browser step runs
in a worker thread (`step`). With CIDI_SCREENSHOTS=DIR the pages are saved there (the
README's pictures come from such a run)."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp.test_utils import TestServer

from fakegram.driver import Harness
from presentation.i18n import label, t
from tests.bot.helpers import register, submit_entry
from tests.conftest import SECRETARIAT_ID
from web.app import Console, make_app

AXE = resources.files("axe_selenium_python").joinpath("node_modules/axe-core/axe.min.js")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (CHROMIUM and DRIVER):
    pytest.skip(
        "no headless browser: install the system packages (apt-get install chromium "
        "chromium-driver; .ci/run does)",
        allow_module_level=True,
    )

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

T = TypeVar("T")


async def step(action: Callable[..., T], *args: Any) -> T:
    return await asyncio.to_thread(action, *args)


@pytest.fixture
async def site(harness: Harness) -> AsyncIterator[str]:
    console = Console(
        sessions=harness.services.sessions,
        clock=harness.clock,
        base_url="http://127.0.0.1",
    )
    server = TestServer(make_app(console), host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


@pytest.fixture
def chromium(tmp_path: Path) -> Any:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en"):  # fmt: skip
        options.add_argument(argument)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


async def shows(driver: Any, text: str) -> str:
    """The page once it shows `text` (a click's navigation may still be under way)."""
    page = ""
    for _ in range(100):
        page = await step(lambda: driver.page_source)
        if text in page:
            return page
        await asyncio.sleep(0.05)
    raise AssertionError(f"the page never showed {text!r}:\n{page[-2000:]}")


def snapshot(driver: Any, name: str) -> None:
    folder = os.environ.get("CIDI_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def seed_queue(harness: Harness, count: int) -> list[int]:
    """Delegates of Haiti (French) and Chile (Spanish) with entries waiting, made through
    the core directly (the chat's dialogs are tested elsewhere; here the lists need rows)."""
    from catalogue import delegates, review
    from storage.db import transaction
    from tests.db.people import OFFER, PROFILE, entry_input

    now = harness.clock()
    made = []
    with transaction(harness.services.sessions) as session:
        for n in range(count):
            uid, country, lang = 4200 + n, ("HT", "CL")[n % 2], ("fr", "es")[n % 2]
            delegates.ensure(session, uid, lang, None, now)
            profile = {**PROFILE, "country": country, "full_name": f"Persona {n:02d}"}
            delegates.save_profile(session, uid, delegates.ProfileInput.read(profile), now)
            values = {**OFFER, "title": f"Cooperación número {n:02d}", "countries": [country]}
            made.append(
                review.submit(session, uid, entry_input("offer", values, lang), now).entry.id
            )
        review.withdraw(session, SECRETARIAT_ID, made[-1], "Duplicate of another", now)
    return made


def axe_problems(driver: Any) -> list[str]:
    """axe-core (shipped by the axe-selenium-python wheel) run on the page: the serious and
    critical violations, one line each."""
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(AXE.read_text("utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations)).catch(e => done([{id: String(e),"
        " impact: 'critical', nodes: []}]));"
    )
    return [
        f"{v['id']} ({v['impact']}): {[(n.get('target'), n.get('failureSummary')) for n in v.get('nodes', [])][:2]}"
        for v in result
        if v.get("impact") in ("serious", "critical")
    ]


async def walk(
    chromium: Any, site: str, width: int, height: int, shot: str, axe: tuple[str, ...]
) -> None:
    """Every console page at one size: no page wider than the screen; axe clean on the
    pages named (every page once at the desk; where the layout changes on a phone)."""
    await step(chromium.set_window_size, width, height)
    for path in PAGES:
        await step(chromium.get, site + path)
        wide = await step(chromium.execute_script,
                          "return document.documentElement.scrollWidth")  # fmt: skip
        inner = await step(chromium.execute_script, "return window.innerWidth")
        if wide > inner:
            wider = await step(chromium.execute_script, WIDER)
            raise AssertionError(f"{path} is {wide} px wide at {width} px: {wider}")
        if path in axe:
            problems = await step(axe_problems, chromium)
            assert not problems, f"{path} at {width} px: {problems}"
        snapshot(chromium, f"{shot}{path.strip('/').split('?')[0] or 'overview'}")


WIDER = """return Array.from(document.querySelectorAll('body *'))
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));"""
PAGES = ("/", "/review", "/catalogue", "/catalogue?by=country", "/delegates", "/connections",
         "/figures", "/agenda", "/broadcasts", "/exports", "/nowhere")  # fmt: skip


async def test_the_secretariat_runs_the_meeting_from_the_console_in_a_browser(
    harness: Harness, site: str, chromium: Any
) -> None:
    made = seed_queue(harness, 29)
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/web")  # the link arrives in the chat
    link = sec.last_text().split("http://127.0.0.1:8080", 1)[1].split()[0]
    await step(chromium.set_window_size, 1366, 768)
    await step(chromium.get, site + link)
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "form button").click())
    await shows(chromium, label("en", "web-nav-review"))

    # pages: 28 waiting, 25 a page
    await step(chromium.get, site + "/review?size=25")
    await shows(chromium, label("en", "web-page-of", page=1, pages=2))
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "a[rel=next]").click())
    await shows(chromium, label("en", "web-page-of", page=2, pages=2))

    # a filter kept across a bulk decision (confirmed first) and a language switch
    await step(chromium.get, site + "/review?language=fr")
    snapshot(chromium, "console-review")
    boxes = await step(lambda: chromium.find_elements(By.NAME, "pick"))
    for box in boxes[:3]:
        await step(box.click)
    await step(lambda: Select(chromium.find_element(By.NAME, "decision")).select_by_value("reject"))
    await step(lambda: Select(chromium.find_element(By.NAME, "preset")).select_by_index(1))
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "#decide button").click())
    await shows(chromium, label("en", "web-confirm-reject", count=3))
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "button[value=yes]").click())
    await shows(chromium, "Rejected (3)")
    assert (await step(lambda: chromium.current_url)).endswith("/review?language=fr")
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "a[lang=fr]").click())
    await shows(chromium, label("fr", "web-nav-review"))
    assert "language=fr" in await step(lambda: chromium.current_url)
    await step(chromium.get, site + "/review?lang=en")

    # a withdrawn entry found by its status
    await step(chromium.get, site + "/catalogue")
    await step(
        lambda: Select(chromium.find_element(By.NAME, "status")).select_by_value("withdrawn")
    )
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "form.filters button").click())
    await shows(chromium, f'href="/entries/{made[-1]}"')

    # a broadcast to "Haiti and French", previewed, then confirmed
    await step(chromium.get, site + "/broadcasts")
    await step(
        lambda: Select(chromium.find_element(By.NAME, "audience")).select_by_value("criteria")
    )
    await step(lambda: Select(chromium.find_element(By.NAME, "c_country")).select_by_value("HT"))
    await step(
        lambda: chromium.find_element(By.CSS_SELECTOR, "input[name=c_language][value=fr]").click()
    )
    await step(
        lambda: chromium.find_element(By.NAME, "text_fr").send_keys("La séance **B.2** commence.")
    )
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "button[value=preview]").click())
    await shows(chromium, label("en", "web-broadcast-count", count=15))
    assert "<b>B.2</b>" in await step(lambda: chromium.page_source)
    snapshot(chromium, "console-broadcast-preview")
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "button[value=send]").click())
    await shows(chromium, t("en", "web-broadcast-started", id=1, count=15))

    await walk(chromium, site, 1366, 768, "console-desk-", PAGES)
    await walk(chromium, site, 390, 844, "console-phone-", ("/", "/review", "/broadcasts"))


async def test_the_published_catalogue_opens_in_a_browser(
    harness: Harness, chromium: Any, tmp_path: Path
) -> None:
    from presentation.publish import gather, render
    from scheduler import agenda_store
    from tests.bot.helpers import approve_pending

    samples = (
        ("es", "Chile", "offer", "health", "Telesalud para zonas rurales",
         "Formación de equipos de atención primaria en teleconsulta y telemedicina rural."),
        ("en", "Jamaica", "need", "climate", "Hurricane early warning for coastal towns",
         "Early warning systems and evacuation drills for coastal communities."),
        ("pt", "Brasil", "offer", "climate", "Gestão de resíduos sólidos urbanos",
         "Assistência técnica para coleta seletiva e reciclagem em municípios."),
    )  # fmt: skip
    for n, (lang, country, kind, area, title, description) in enumerate(samples):
        person = harness.user(4100 + n, language_code=lang)
        await register(person, lang, country=country, consent="direct" if n else "secretariat")
        await submit_entry(person, lang, kind=kind, area=area, title=title,
                           description=description, country=country,
                           groups=("women",) if n == 1 else ())  # fmt: skip
    await approve_pending(harness)
    with harness.services.sessions() as session:
        document = gather(session, harness.clock(), agenda_store.current(session), "en")
    page = tmp_path / "catalogue.html"
    page.write_bytes(render(document, "html", "cidi_cooperation_bot"))
    await step(chromium.set_window_size, 900, 1300)
    await step(chromium.get, page.as_uri())
    text = await step(lambda: chromium.find_element(By.TAG_NAME, "body").text)
    assert "Hurricane early warning" in text and "Telesalud para zonas rurales" in text
    assert "Through the OAS Secretariat" in text  # Chile's delegate shares only that way
    assert not await step(axe_problems, chromium)
    await step(chromium.execute_script, "document.getElementById('s-1').scrollIntoView()")
    snapshot(chromium, "published-catalogue")
