"""Typed settings, read once at start from the environment and a `.env` file.

Validation happens here so that a wrong value stops the bot at start with a
clear message instead of failing later in the middle of the meeting.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from catalogue.taxonomy import LANGUAGES
from scheduler.agenda import parse

DEFAULT_DATABASE_URL = "sqlite:///cidi-bot.sqlite3"


def _parse_ids(value: object) -> list[int]:
    if value is None or value == "":
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list | tuple | set):
        return [int(v) for v in value]
    ids: list[int] = []
    for part in str(value).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ValueError(f"{part!r} is not a Telegram user id (a whole number)")
        ids.append(int(part))
    return ids


class Settings(BaseSettings):
    """Everything the bot needs to start; nothing else reads the environment."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    database_url: str = DEFAULT_DATABASE_URL
    secretariat_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    organiser_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    meeting_timezone: str = "America/New_York"
    default_language: str = "en"
    agenda_file: str | None = None
    reminder_lead_minutes: int = 15
    broadcast_rate: float = 25.0
    webhook_secret: SecretStr | None = None
    # Per user: updates at once, then a second (beyond: one "slow down", the rest ignored).
    flood_burst: int = Field(default=20, ge=1)
    flood_rate: float = Field(default=1.0, gt=0)
    # "I'm interested" requests one delegate may send in a day.
    connect_daily_cap: int = Field(default=10, ge=1)
    # How delegates reach the secretariat outside the bot (an e-mail address, a @username):
    # shown in /help and when a limit stops them. Unset: no address is ever given.
    secretariat_contact: str | None = Field(default=None, max_length=200)
    # Days a sent (or given up) notice is kept before it is deleted.
    sent_kept_days: int = Field(default=30, ge=1)
    # The web console's public address, used in the sign-in links (https: cookies are Secure).
    web_base_url: str = "http://127.0.0.1:8080"
    # A console session ends this many hours after signing in, however busy (and after 8
    # idle hours before that).
    console_session_hours: int = Field(default=24, ge=1, le=24 * 30)
    # The bot's @username (without @), for links written outside a chat (invitations from
    # the console, the published catalogue); the chat asks Telegram instead.
    bot_username: str | None = None
    # The last day partnerships are followed up; by default three years after the agenda's
    # last day (the seed agenda's horizon).
    followup_until: date | None = None
    # A bilateral meeting's video link; `{room}` is an unguessable name made per meeting
    # (nothing is fetched to make it). A party may paste a link of their own instead.
    meeting_link_template: str = "https://meet.jit.si/{room}"

    @field_validator("meeting_link_template")
    @classmethod
    def _link_template(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith("https://") or "{room}" not in value:
            raise ValueError("must start with https:// and contain {room}")
        return value

    @field_validator("web_base_url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("secretariat_ids", "organiser_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> list[int]:
        return _parse_ids(value)

    @field_validator("secretariat_contact", mode="before")
    @classmethod
    def _contact(cls, value: object) -> object:
        if isinstance(value, str):
            return " ".join(value.split()) or None
        return value

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _token(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _db_url(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("sqlite", "postgresql", "postgres")):
            raise ValueError("must be sqlite:///path or postgresql://user@host/db")
        return value

    @field_validator("meeting_timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"{value!r} is not an IANA time zone (e.g. America/New_York)") from exc
        return value

    @field_validator("default_language")
    @classmethod
    def _lang(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("agenda_file", mode="before")
    @classmethod
    def _agenda_file(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        path = Path(str(value)).expanduser()
        if not path.is_file():
            raise ValueError(f"no agenda file at {path}")
        agenda, problems = parse(path.read_text("utf-8"))
        if agenda is None:
            raise ValueError("; ".join(str(p) for p in problems[:5]))
        return str(path)

    @field_validator("reminder_lead_minutes")
    @classmethod
    def _lead(cls, value: int) -> int:
        if value not in (5, 15, 30, 60):
            raise ValueError("must be 5, 15, 30 or 60")
        return value

    @field_validator("broadcast_rate")
    @classmethod
    def _rate(cls, value: float) -> float:
        if not 0.1 <= value <= 30:
            raise ValueError("must be between 0.1 and 30 messages a second (Telegram's limit)")
        return value

    def token(self) -> str | None:
        """The raw token, for the one place that hands it to python-telegram-bot."""
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None
