"""`cidi-bot roles` and `stats`: who may do what, and the meeting's figures."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import EXIT_USAGE, Subparsers, database, load_settings
from storage.files import write_private


def cmd_roles(args: argparse.Namespace) -> int:
    from bot.services import utc_now
    from catalogue import delegates, roles
    from storage.db import transaction

    settings = load_settings()
    with database(settings) as factory:
        if args.roles_command == "list":
            with factory() as session:
                admins = roles.admins(session)
                for uid, user_roles in sorted(admins.items()):
                    row = delegates.get(session, uid)
                    name = row.full_name if row and row.full_name else "(not registered)"
                    print(f"{uid}\t{', '.join(sorted(user_roles))}\t{name}")
            if not admins:
                print("No organisers or secretariat members.", file=sys.stderr)
            return 0
        if args.role not in roles.GRANTABLE:
            print(f"ROLE must be one of: {', '.join(roles.GRANTABLE)}", file=sys.stderr)
            return EXIT_USAGE
        with transaction(factory) as session:
            if args.roles_command == "grant":
                changed = roles.grant(session, args.user_id, args.role, utc_now())
            else:
                changed = roles.revoke(session, args.user_id, args.role, utc_now())
        verb = "granted" if args.roles_command == "grant" else "revoked"
        print(f"{args.role} {verb} for {args.user_id}." if changed else "Nothing to change.")
        return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from catalogue import stats

    settings = load_settings()
    with database(settings) as factory, factory() as session:
        figures = stats.figures(session)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    from presentation.figures import stats_text
    from richtext import parse

    print(parse(stats_text(args.language, figures)))  # the chat's words, as plain text
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The report to the CIDI as JSON, XLSX or PDF."""
    from datetime import UTC, datetime
    from pathlib import Path

    from bot.services import utc_now
    from catalogue import report
    from presentation.report import render
    from scheduler import agenda_store

    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            print(f"--since: {args.since!r} is not a date (2021-12-03)", file=sys.stderr)
            return EXIT_USAGE
        since = since if since.tzinfo else since.replace(tzinfo=UTC)
    settings = load_settings()
    with database(settings) as factory, factory() as session:
        figures = report.figures(session, utc_now(), since)
        titles = report.unmet_titles(session, figures)
        agenda = agenda_store.current(session, settings.agenda_file)
    write_private(Path(args.output), render(figures, args.format, args.language, titles, agenda))
    print(
        f"Report written to {args.output}: {figures['offers']} offers, {figures['needs']} "
        f"needs, {len(figures['unmet_needs'])} unmet.",
        file=sys.stderr,
    )
    return 0


def add(sub: Subparsers) -> None:
    """Roles, figures and the report."""
    rep = sub.add_parser(
        "report",
        help="the report to the CIDI (JSON, XLSX or PDF)",
        description="Delegates and member states taking part; offers and needs by area, "
        "country, kind of actor, modality and kind of cooperation; matches, contacts, "
        "partnerships by stage and the days each stage took; the unmet needs; charts. "
        "JSON is the machine-readable twin (keys in the README).",
    )
    rep.add_argument("--format", choices=["json", "xlsx", "pdf"], default="json")
    rep.add_argument("--output", required=True, help="the file to write")
    rep.add_argument("--since", metavar="DATE", help="entries and partnerships from then on")
    rep.add_argument("--language", choices=["en", "es", "fr", "pt"], default="en")
    rep.set_defaults(func=cmd_report)
    roles = sub.add_parser(
        "roles",
        help="grant, revoke and list organiser and secretariat roles",
        description="Roles beyond delegate: organiser and secretariat.",
    )
    roles_sub = roles.add_subparsers(dest="roles_command", metavar="ACTION")
    roles_sub.required = True
    for action in ("grant", "revoke"):
        p = roles_sub.add_parser(
            action, help=f"{action} a role", description=f"{action.capitalize()} a role."
        )
        p.add_argument("user_id", type=int, metavar="USER_ID", help="Telegram user id")
        p.add_argument("role", metavar="ROLE", help="organiser or secretariat")
        p.set_defaults(func=cmd_roles)
    rl = roles_sub.add_parser("list", help="list who has which role", description="List roles.")
    rl.set_defaults(func=cmd_roles)

    st = sub.add_parser(
        "stats",
        help="the meeting's figures",
        description="Delegates, entries, matches, connections and deliveries, as text or JSON.",
    )
    st.add_argument("--json", action="store_true", help="print JSON")
    st.add_argument("--language", default="en", choices=["en", "es", "fr", "pt"])
    st.set_defaults(func=cmd_stats)
