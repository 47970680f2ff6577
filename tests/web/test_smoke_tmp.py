from tests.conftest import SECRETARIAT_ID
from tests.web.conftest import Browser


async def test_pages_render(browser: Browser) -> None:
    await browser.sign_in(SECRETARIAT_ID)
    for path in (
        "/",
        "/review",
        "/catalogue",
        "/catalogue?by=area",
        "/catalogue?by=country",
        "/catalogue?q=health",
        "/delegates",
        "/connections",
        "/figures",
        "/agenda",
        "/broadcasts",
        "/exports",
    ):
        status, html = await browser.get(path)
        assert status == 200, (path, html[-3000:])
