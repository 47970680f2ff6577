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
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp.test_utils import TestServer

from fakegram.driver import Harness
from presentation.i18n import label, t
from tests.bot.helpers import entries_of, register, submit_entry
from tests.conftest import SECRETARIAT_ID
from web.app import Console, make_app

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


async def test_the_secretariat_reviews_broadcasts_and_exports_in_a_browser(
    harness: Harness, site: str, chromium: Any
) -> None:
    owner = harness.user(4001, language_code="es", username="ana")
    await register(owner, "es", name="Ana Pérez", country="Honduras")
    await submit_entry(owner, "es")
    entry = entries_of(harness, 4001)[0]
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/web")  # the link arrives in the chat
    link = sec.last_text().split("http://127.0.0.1:8080", 1)[1].split()[0]

    await step(chromium.get, site + link)
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "form button").click())
    await shows(chromium, label("en", "web-nav-review"))

    await step(chromium.get, site + "/review")
    snapshot(chromium, "console-review")
    await step(
        lambda: chromium.find_element(By.CSS_SELECTOR, f"input[value^='{entry.id}:']").click()
    )
    await step(
        lambda: Select(chromium.find_element(By.NAME, "decision")).select_by_value("approve")
    )
    await step(lambda: chromium.find_element(By.XPATH, "//fieldset//button").click())
    await shows(chromium, label("en", "web-queue-empty"))
    assert entries_of(harness, 4001)[0].status == "approved"
    await harness.deliver_outbox()
    assert "fue aprobada" in owner.last_text()  # told in the chat, in Spanish

    await step(chromium.get, site + "/broadcasts")
    await step(
        lambda: chromium.find_element(By.NAME, "text_es").send_keys("La sesión B.2 empieza pronto.")
    )
    await step(
        lambda: chromium.find_element(By.NAME, "text_en").send_keys("Session B.2 starts soon.")
    )
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "button[value=count]").click())
    await shows(chromium, label("en", "web-broadcast-count", count=1))
    await step(lambda: chromium.find_element(By.CSS_SELECTOR, "button[value=send]").click())
    await shows(chromium, t("en", "web-broadcast-started", id=1, count=1))
    snapshot(chromium, "console-broadcasts")
    harness.advance(2)  # one message a second per chat: the approval notice went just now
    await harness.deliver_outbox()
    assert owner.last_text() == "La sesión B.2 empieza pronto."
    assert sum(m == "La sesión B.2 empieza pronto." for m in owner.messages()) == 1

    await step(chromium.get, site + "/exports")
    await step(lambda: chromium.find_element(By.XPATH, "//button[text()='CSV']").click())
    for _ in range(50):
        files = [p for p in chromium.downloads.iterdir() if p.suffix == ".csv"]
        if files:
            break
        await asyncio.sleep(0.1)
    assert files and entry.title in files[0].read_text("utf-8")


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
    await step(chromium.execute_script, "document.getElementById('s-1').scrollIntoView()")
    snapshot(chromium, "published-catalogue")
