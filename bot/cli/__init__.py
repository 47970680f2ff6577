"""The `cidi-bot` command. Each group of commands lives in its own module with its parser:
run (run, console, fake-api), db, catalogue, agenda, admin (roles, stats), web (the console).

Each command imports what it needs inside its function: `cidi-bot --help` or
`catalogue match` should not pay for loading python-telegram-bot, SQLAlchemy's models or
the fake Telegram. None of these lazy imports dodges an import cycle (import-linter's
acyclic contract counts them).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot.cli import admin, agenda, catalogue, db, run, web
from bot.cli.common import RedactToken
from catalogue.matching import semantic

__all__ = ["RedactToken", "main", "parser"]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="cidi-bot",
        description=(
            "Telegram bot of the CIDI meeting of high-level cooperation authorities: "
            "registration, catalogue of offers and needs, matching, agenda reminders. "
            "Settings come from the environment or a .env file (see README)."
        ),
    )
    top.add_argument(
        "--log-level",
        default=None,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much to log on standard error (default INFO; WARNING in the console)",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    for group in (run, db, catalogue, agenda, admin, web):
        group.add(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        result: int = args.func(args)
    except semantic.ModelUnavailable as exc:
        print(f"cidi-bot: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `cidi-bot … | head`: the reader left, which is not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    return result


if __name__ == "__main__":
    sys.exit(main())
