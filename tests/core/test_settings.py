"""Settings are typed and validated once, with messages that name the problem."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.settings import Settings


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_defaults_match_the_readme(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "DATABASE_URL",
        "SECRETARIAT_IDS",
        "ORGANISER_IDS",
        "MEETING_TIMEZONE",
        "DEFAULT_LANGUAGE",
    ):
        monkeypatch.delenv(name, raising=False)
    s = make()
    assert s.token() is None
    assert s.telegram_api_url == "https://api.telegram.org"
    assert s.database_url == "sqlite:///cidi-bot.sqlite3"
    assert (s.secretariat_ids, s.organiser_ids) == ([], [])
    assert (s.meeting_timezone, s.default_language) == ("America/New_York", "en")


def test_ids_are_read_from_a_comma_separated_environment_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECRETARIAT_IDS", " 11, 12 ,")
    monkeypatch.setenv("ORGANISER_IDS", "13")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (s.secretariat_ids, s.organiser_ids) == ([11, 12], [13])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("meeting_timezone", "EST5"),
        ("meeting_timezone", "Mars/Olympus"),
        ("default_language", "de"),
        ("database_url", "mysql://x"),
        ("telegram_api_url", "api.telegram.org"),
        ("secretariat_ids", "12,abc"),
    ],
)
def test_bad_values_are_refused_at_start(field: str, value: str) -> None:
    with pytest.raises(ValidationError):
        make(**{field: value})


def test_the_token_is_never_in_the_settings_repr() -> None:
    s = make(telegram_bot_token="123:SECRET")
    assert "SECRET" not in repr(s) and "SECRET" not in str(s)
    assert s.token() == "123:SECRET"


def test_api_url_loses_its_trailing_slash() -> None:
    assert (
        make(telegram_api_url="http://127.0.0.1:8081/").telegram_api_url == "http://127.0.0.1:8081"
    )


def test_a_meeting_link_template_is_https_with_a_room_or_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MEETING_LINK_TEMPLATE", raising=False)
    assert make().meeting_link_template == "https://meet.jit.si/{room}"
    assert make(
        meeting_link_template=" https://video.example.org/{room} "
    ).meeting_link_template == ("https://video.example.org/{room}")
    for wrong in ("http://meet.jit.si/{room}", "https://meet.jit.si/fixed-room"):
        with pytest.raises(ValidationError, match="meeting_link_template"):
            make(meeting_link_template=wrong)
