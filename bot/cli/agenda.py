"""`cidi-bot agenda`: check, import and show the meeting's agenda."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import EXIT_USAGE, Subparsers, database, load_settings


def _read_agenda_file(path_text: str) -> str | None:
    from pathlib import Path

    path = Path(path_text)
    if not path.is_file():
        print(f"No such file: {path}", file=sys.stderr)
        return None
    try:
        return path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        print(f"{path}: not a text file (UTF-8 YAML expected)", file=sys.stderr)
        return None


def cmd_agenda_check(args: argparse.Namespace) -> int:
    from scheduler.agenda import parse, warnings

    text = _read_agenda_file(args.file)
    if text is None:
        return EXIT_USAGE
    agenda, problems = parse(text)
    for p in problems:
        print(f"{args.file}: {p}", file=sys.stderr)
    if agenda is None:
        return 1
    for w in warnings(agenda):  # valid, but not for delegates' eyes
        print(f"{args.file}: warning: {w}", file=sys.stderr)
    print(
        f"{args.file}: valid, {len(agenda.sessions)} sessions over {len(agenda.days)} days "
        f"({agenda.timezone})."
    )
    return 0


def cmd_agenda_import(args: argparse.Namespace) -> int:
    from bot.services import utc_now
    from scheduler import agenda_store
    from storage.db import transaction

    text = _read_agenda_file(args.file)
    if text is None:
        return EXIT_USAGE
    settings = load_settings()
    try:
        with database(settings) as factory, transaction(factory) as session:
            lead = settings.reminder_lead_minutes
            applied = agenda_store.apply(
                session, text, args.file, None, utc_now(), lead, settings.agenda_file
            )
    except agenda_store.AgendaInvalid as exc:
        for p in exc.problems:
            print(f"{args.file}: {p}", file=sys.stderr)
        return 1
    change, planned = applied.change, applied.planned
    print(
        f"Imported {args.file}: {len(change.added)} added, {len(change.removed)} removed, "
        f"{len(change.moved)} moved, {len(change.edited)} edited; reminders planned: "
        f"{planned.added} new, {planned.dropped} dropped; change notices: {applied.told}."
    )
    return 0


def cmd_agenda_show(args: argparse.Namespace) -> int:
    from bot.agenda_view import programme_text
    from richtext import parse
    from scheduler import agenda_store

    settings = load_settings()
    with database(settings) as factory, factory() as session:
        agenda = agenda_store.current(session, settings.agenda_file)
    print(parse(programme_text(agenda, args.language)))  # the chat's words, as plain text
    return 0


def add(sub: Subparsers) -> None:
    """The agenda file (YAML)."""
    ag = sub.add_parser(
        "agenda",
        help="check, import and show the meeting's agenda",
        description="The agenda file (YAML): check it, import it (reminders are re-planned "
        "and subscribers of moved or cancelled sessions told), show the current one.",
    )
    ag_sub = ag.add_subparsers(dest="agenda_command", metavar="ACTION")
    ag_sub.required = True
    check = ag_sub.add_parser(
        "check",
        help="validate an agenda file, every problem with its line",
        description="Validate an agenda file; exit 1 if it has problems.",
    )
    check.add_argument("file", metavar="FILE")
    check.set_defaults(func=cmd_agenda_check)
    agi = ag_sub.add_parser(
        "import",
        help="load an agenda file into the database",
        description="Load an agenda file into the database and re-plan reminders.",
    )
    agi.add_argument("file", metavar="FILE")
    agi.set_defaults(func=cmd_agenda_import)
    show = ag_sub.add_parser(
        "show", help="print the current agenda", description="Print the current agenda."
    )
    show.add_argument("--language", default="en", choices=["en", "es", "fr", "pt"])
    show.set_defaults(func=cmd_agenda_show)
