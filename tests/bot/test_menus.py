"""The command menu is set per language, with the admin commands only in admin chats."""

from __future__ import annotations

from fakegram.driver import Harness
from presentation.i18n import label, t
from tests.conftest import ORGANISER_ID, SECRETARIAT_ID


def names(commands: list[dict[str, str]]) -> list[str]:
    return [c["command"] for c in commands]


async def test_every_language_gets_the_delegate_menu_in_its_words(harness: Harness) -> None:
    for lang in ("en", "es", "fr", "pt"):
        menu = harness.api.commands[("default", lang)]
        assert "start" in names(menu) and "verify" not in names(menu)
        assert {"command": "profile", "description": label(lang, "cmd-profile")} in menu
    assert ("default", "") in harness.api.commands


async def test_the_secretariat_chat_menu_adds_the_secretariat_commands(harness: Harness) -> None:
    menu = names(harness.api.commands[(f"chat:{SECRETARIAT_ID}", "")])
    assert {"verify", "unverify", "start", "profile"} <= set(menu)
    organiser_menu = names(harness.api.commands[(f"chat:{ORGANISER_ID}", "")])
    assert "verify" not in organiser_menu and "start" in organiser_menu


async def test_an_admin_changing_language_gets_the_menu_in_that_language(
    harness: Harness,
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/language")
    await sec.press("Français")
    menu = harness.api.commands[(f"chat:{SECRETARIAT_ID}", "")]
    assert {"command": "verify", "description": label("fr", "cmd-verify")} in menu


async def test_help_lists_the_commands_of_the_users_roles(harness: Harness) -> None:
    delegate = harness.user(501, language_code="es")
    await delegate.send("/help")
    assert delegate.last_text().startswith("Comandos")
    assert "/verify" not in delegate.last_text()
    sec = harness.user(SECRETARIAT_ID, language_code="es")
    await sec.send("/help")
    assert "/verify" in sec.last_text()
    org = harness.user(ORGANISER_ID, language_code="es")
    await org.send("/help")
    assert (
        t("es", "help-organiser").split("\n")[0].replace("<b>", "").replace("</b>", "")
        in org.last_text()
    )
