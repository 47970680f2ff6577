"""The `cidi-bot` command explains itself and fails clearly."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import RedactToken
from tests.conftest import Cidi


def test_run_without_a_token_explains_how_to_get_one_and_exits_2(
    tmp_path: Path, cidi: Cidi
) -> None:
    result = cidi("run", cwd=tmp_path)
    assert result.returncode == 2
    assert "@BotFather" in result.stderr and "cidi-bot console" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_settings_are_named_and_exit_2(tmp_path: Path, cidi: Cidi) -> None:
    result = cidi(
        "run", cwd=tmp_path, env={"TELEGRAM_BOT_TOKEN": "1:x", "MEETING_TIMEZONE": "EST5"}
    )
    assert result.returncode == 2
    assert "MEETING_TIMEZONE" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [[], ["run"], ["console"], ["db"], ["db", "upgrade"]])
def test_every_command_has_help(tmp_path: Path, args: list[str], cidi: Cidi) -> None:
    result = cidi(*args, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "usage: cidi-bot" in result.stdout


def test_db_upgrade_creates_the_sqlite_database_in_the_working_folder(
    tmp_path: Path, cidi: Cidi
) -> None:
    result = cidi("db", "upgrade", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cidi-bot.sqlite3").exists()


def test_a_env_file_is_read(tmp_path: Path, cidi: Cidi) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///from-dotenv.sqlite3\n")
    result = cidi("db", "upgrade", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-dotenv.sqlite3").exists()


DONE = {
    "en": "you are registered",
    "es": "su registro está completo",
    "fr": "votre inscription est terminée",
    "pt": "a sua inscrição está concluída",
}
HAITI = {"en": "Haiti", "es": "Haití", "fr": "Haïti", "pt": "Haiti"}


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_the_console_registers_a_delegate_from_typed_lines(
    tmp_path: Path, lang: str, cidi: Cidi
) -> None:
    lines = "\n".join(
        [
            "/start",
            "Marie Curie",
            "1",
            "haiti",
            "Ministre conseillère",
            "1",
            "1",
            "/profile",
            ":quit",
        ]
    )
    result = cidi("console", "--user-id", "42", "--language", lang, cwd=tmp_path, input=lines)
    assert result.returncode == 0, result.stderr
    assert DONE[lang] in result.stdout
    assert HAITI[lang] in result.stdout and "America/Port-au-Prince" in result.stdout


def test_log_lines_never_show_the_token() -> None:
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    logger = logging.getLogger("test.redaction")
    handler = Keep()
    handler.addFilter(RedactToken("123:SECRET"))
    logger.addHandler(handler)
    logger.warning("POST https://api.telegram.org/bot%s/getMe", "123:SECRET")
    logger.removeHandler(handler)
    assert records == ["POST https://api.telegram.org/bot<token>/getMe"]


def test_the_console_shows_a_reminder_arriving_for_a_session_about_to_start(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=3)
    end = start + timedelta(minutes=30)
    (tmp_path / "soon.yaml").write_text(
        "meeting:\n  title: {en: Rehearsal}\n  timezone: Etc/UTC\n"
        f"  days: [{start.date().isoformat()}]\n"
        "sessions:\n  - id: soon\n"
        f"    start: {start:%Y-%m-%d %H:%M}\n    end: {end:%Y-%m-%d %H:%M}\n"
        "    title: {en: Rehearsal session}\n    link: https://meeting.example.org/r\n"
    )
    lines = "\n".join(
        [
            "/start",
            "Rehearsal Delegate",
            "1",
            "haiti",
            "Officer",
            "1",
            "1",
            "/agenda",
            ":wait 8",
            ":quit",
        ]
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["AGENDA_FILE"] = str(tmp_path / "soon.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--user-id", "43", "--language", "en"],
        cwd=tmp_path,
        input=lines,
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Rehearsal session" in result.stdout  # the agenda
    assert "⏰ In" in result.stdout  # and the reminder, which arrived on its own


def test_stats_prints_words_in_the_chosen_language_not_python_dicts(
    tmp_path: Path, cidi: Cidi
) -> None:
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'figures.sqlite3'}"}
    result = cidi("stats", "--language", "es", cwd=tmp_path, env=database)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("La reunión en cifras")
    assert "{" not in result.stdout and "offers" not in result.stdout


def test_the_demo_shows_the_bot_working_with_no_token_and_no_network(tmp_path: Path) -> None:
    """The README's first command: a fresh machine, no token, no server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    verdicts = [line for line in result.stdout.splitlines() if line.startswith(("  ✔", "  ✘"))]
    assert len(verdicts) == 4 and all(v.startswith("  ✔") for v in verdicts)
    assert "Ana Morales ▸ /start" in result.stdout and "cidi-bot run" in result.stdout
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_the_console_shows_the_conversation_without_log_lines(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'console.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--language", "es"],
        input="/start\n:quit\n",
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "bienvenida" in result.stdout
    assert " INFO " not in result.stdout + result.stderr
