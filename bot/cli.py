"""The `cidi-bot` command: run, console, fake-api, db, catalogue, agenda, roles, stats.

Each command imports what it needs inside its function: `cidi-bot --help` or
`catalogue match` should not pay for loading python-telegram-bot, SQLAlchemy's models or
the fake Telegram. None of these lazy imports dodges an import cycle (import-linter's
acyclic contract counts them).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from catalogue.matching import Doc, MatchIndex, semantic
from catalogue.matching.engine import with_vectors

EXIT_USAGE = 2

NO_TOKEN = """\
cidi-bot run needs a bot token, and TELEGRAM_BOT_TOKEN is not set.

  1. In Telegram, talk to @BotFather and send /newbot; it answers with a token.
  2. Put it in the environment or in a .env file in this folder:
       TELEGRAM_BOT_TOKEN=123456789:AA...
  3. Run `cidi-bot run` again.

To try the bot without Telegram or a token, run `cidi-bot console`.
"""


class RedactToken(logging.Filter):
    """Never let the bot token reach a log line (httpx logs request URLs)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        message = record.getMessage()
        if self.secret in message:
            record.msg = message.replace(self.secret, "<token>")
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            text = str(record.exc_info[1])
            if self.secret in text:
                record.exc_info = None
                record.msg = f"{record.msg} (exception text withheld: it contained the token)"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: what log collectors read; ids only, never personal data."""

    def format(self, record: logging.LogRecord) -> str:
        import json

        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("update_id", "user_id", "event"):
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = value
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str, secret: str | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if os.environ.get("LOG_FORMAT", "").lower() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if secret:
        handler.addFilter(RedactToken(secret))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs every request URL, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


@contextmanager
def database(settings: Settings) -> Iterator[sessionmaker[Session]]:
    """The migrated database of the settings, for one command; disposed after."""
    from storage.db import make_engine, make_session_factory, upgrade

    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        yield make_session_factory(engine)
    finally:
        engine.dispose()


def load_settings() -> Settings:
    """Settings from the environment and .env; a clear message and exit 2 if wrong."""
    try:
        return Settings()
    except ValidationError as exc:
        lines = ["The settings are not valid:"]
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]).upper()
            lines.append(f"  {where}: {err['msg']}")
        print("\n".join(lines), file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def use_uvloop() -> None:
    """uvloop where it is installed: the same asyncio, with less CPU per socket event."""
    try:
        import uvloop
    except ImportError:
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def cmd_run(args: argparse.Namespace) -> int:
    from telegram import Update
    from telegram.error import InvalidToken

    from bot.app import build_application

    settings = load_settings()
    token = settings.token()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    configure_logging(args.log_level, token)
    log = logging.getLogger("cidi-bot")
    use_uvloop()
    try:
        application = build_application(settings)
    except Exception as exc:
        print(f"cidi-bot could not start: {_safe(exc, token)}", file=sys.stderr)
        return 1
    if args.webhook_url:
        from bot.webhook import derive_secret, serve

        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        try:
            asyncio.run(
                serve(
                    application,
                    args.webhook_url,
                    args.listen,
                    args.port,
                    secret or derive_secret(token),
                )
            )
        except InvalidToken:
            print("Telegram refused the bot token: check TELEGRAM_BOT_TOKEN.", file=sys.stderr)
            return EXIT_USAGE
        log.info("stopped")
        return 0
    log.info("starting (long polling) against %s", settings.telegram_api_url)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)
    except InvalidToken:
        print("Telegram refused the bot token: check TELEGRAM_BOT_TOKEN.", file=sys.stderr)
        return EXIT_USAGE
    log.info("stopped")
    return 0


def _safe(exc: BaseException, token: str) -> str:
    return str(exc).replace(token, "<token>") if token else str(exc)


def cmd_console(args: argparse.Namespace) -> int:
    # The fake Telegram is a tool beside the product: only these two commands load it.
    from fakegram.console import run_console

    settings = load_settings()
    configure_logging(args.log_level)
    return asyncio.run(run_console(settings, args.user_id, args.name, args.language))


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from storage.db import normalise_url

    settings = load_settings()
    with database(settings):
        pass
    where = make_url(normalise_url(settings.database_url)).render_as_string(hide_password=True)
    print(f"Database {where} is at the latest schema.")
    return 0


def _problem_text(key: str, values: dict[str, object]) -> str:
    from bot.i18n import MissingMessage, label

    try:
        return label("en", key, **values)
    except MissingMessage:
        return key


def cmd_db_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from storage.backup import BackupError, backup

    settings = load_settings()
    try:
        backup(settings.database_url, Path(args.file))
    except BackupError as exc:
        print(f"backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"Backed up to {args.file}.")
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from storage.backup import BackupError, restore

    settings = load_settings()
    try:
        restore(settings.database_url, Path(args.file))
        with database(settings):  # migrate a backup taken by an older version
            pass
    except BackupError as exc:
        print(f"restore failed: {exc}", file=sys.stderr)
        return 1
    print(f"Restored from {args.file}.")
    return 0


def cmd_catalogue_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from bot.services import utc_now
    from catalogue import io as catalogue_io
    from catalogue.matches import CatalogueIndex
    from catalogue.review import announce_imported
    from storage.db import transaction

    settings = load_settings()
    path = Path(args.file)
    if not path.is_file():
        print(f"No such file: {path}", file=sys.stderr)
        return EXIT_USAGE
    try:
        raw = catalogue_io.read(path)
        good, problems = catalogue_io.prepare(raw, args.language)
    except catalogue_io.FileProblem as exc:
        print(f"{path.name}: {_problem_text(exc.key, exc.values)}", file=sys.stderr)
        return EXIT_USAGE
    for p in problems:
        print(f"row {p.row}, {p.field}: {_problem_text(p.key, p.values)}", file=sys.stderr)
    bad_rows = sorted({p.row for p in problems})
    if bad_rows and not args.skip_invalid:
        print(
            f"{len(bad_rows)} invalid row(s) of {len(raw)}: nothing imported "
            "(fix them, or use --skip-invalid to import the valid rows).",
            file=sys.stderr,
        )
        return 1
    source = args.source or path.stem
    with database(settings) as factory, transaction(factory) as session:

        def progress(items: list[object]) -> object:
            return tqdm(
                items, desc="importing", unit="row", file=sys.stderr, disable=len(items) < 200
            )

        now = utc_now()
        report = catalogue_io.import_rows(
            session,
            good,
            source,
            now,
            approved=args.approved,
            progress=progress,  # type: ignore[arg-type]
        )
        told = announce_imported(session, CatalogueIndex(), report.published, now)
    print(
        f"Imported {path.name}: {report.created} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(bad_rows)} skipped"
        + (f" (rows {', '.join(map(str, bad_rows))})" if bad_rows else "")
        + "."
    )
    if told:
        print(f"{told} match notice(s) queued for delegates; the running bot sends them.")
    return 0


def cmd_catalogue_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from catalogue import io as catalogue_io

    settings = load_settings()
    with database(settings) as factory, factory() as session:
        rows = catalogue_io.export_rows(session, args.status)
    content = catalogue_io.render(rows, args.format)
    if args.output in (None, "-"):
        if args.format == "xlsx":
            print("XLSX is a binary format: give --output FILE.", file=sys.stderr)
            return EXIT_USAGE
        sys.stdout.buffer.write(content)
    else:
        Path(args.output).write_bytes(content)
        print(f"Exported {len(rows)} entries to {args.output}.", file=sys.stderr)
    return 0


def cmd_catalogue_reindex(args: argparse.Namespace) -> int:
    """Embed the entries that have no vector of the current model for their text."""
    from tqdm import tqdm

    from bot.services import utc_now
    from catalogue import vectors
    from storage.db import transaction

    settings = load_settings()
    with database(settings) as factory, transaction(factory) as session:
        bar = tqdm(desc="embedding", unit="entry", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        count = vectors.reindex(session, utc_now(), everything=args.all, progress=progress)
        bar.close()
    print(f"Embedded {count} entries with {semantic.MODEL_ID}.")
    return 0


def cmd_catalogue_match(args: argparse.Namespace) -> int:
    """The matching contract: JSON Lines in, one JSON object per need out, nothing else."""

    from catalogue.matching.jsonl import read_docs

    if args.top < 1:
        print("--top must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        with open(args.file, encoding="utf-8-sig") as handle:
            docs, problems = read_docs(handle)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if problems:
        for p in problems:
            print(f"{args.file}:{p.line}: {p.message}", file=sys.stderr)
        return EXIT_USAGE
    encoder = semantic.default()  # the same engine as the bot: meaning, concepts, words, fields
    docs = with_vectors(docs, encoder)
    index = MatchIndex(encoder=encoder)
    index.extend(d for d in docs if d.kind == "offer")
    out = sys.stdout
    try:
        _write_matches(out, index, docs, args.top)
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
    return 0


def _write_matches(out: TextIO, index: MatchIndex, docs: list[Doc], top: int) -> None:
    import json

    from catalogue.matching import explain

    for doc in docs:
        if doc.kind != "need":
            continue
        matches = index.best_offers(doc, top=top)
        row = {
            "need": doc.id,
            "matches": [
                {"offer": m.id, "score": m.score, "why": [explain(r) for r in m.reasons]}
                for m in matches
            ],
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


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
    from scheduler.agenda import parse

    text = _read_agenda_file(args.file)
    if text is None:
        return EXIT_USAGE
    agenda, problems = parse(text)
    for p in problems:
        print(f"{args.file}: {p}", file=sys.stderr)
    if agenda is None:
        return 1
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
    from scheduler import agenda_store

    settings = load_settings()
    with database(settings) as factory, factory() as session:
        agenda = agenda_store.current(session, settings.agenda_file)
    lang = args.language
    print(agenda.title_in(lang) + (" (hours to be confirmed)" if agenda.to_be_confirmed else ""))
    print(f"Time zone: {agenda.timezone}")
    for day in agenda.days:
        print(f"\n{day.isoformat()}")
        for sess in agenda.on_day(day):
            title = sess.text("title", lang, agenda.default_language)
            print(
                f"  {sess.start:%H:%M}-{sess.end:%H:%M}  [{sess.id}] {title}"
                + (" (tbc)" if sess.to_be_confirmed else "")
            )
    return 0


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
    d, e = figures["delegates"], figures["entries"]
    print(f"Delegates: {d['registered']} registered, {d['active']} reachable, ", end="")
    print(f"{d['verified']} verified")
    for title, key in (
        ("By kind", "by_kind"),
        ("By country", "by_country"),
        ("By language", "by_language"),
    ):
        print(f"{title}: " + (", ".join(f"{k} {v}" for k, v in sorted(d[key].items())) or "-"))
    print(f"Entries: {e['by_kind']}; by status: {e['by_status']}")
    for area, counts in sorted(e["approved_by_area"].items()):
        print(f"  {area}: {counts['offer']} offers, {counts['need']} needs approved")
    print(f"Matches: {figures['matches']}; connections: {figures['connections']}")
    print(f"Deliveries: {figures['deliveries']}")
    return 0


def cmd_fake_api(args: argparse.Namespace) -> int:
    from fakegram.http import serve_forever
    from fakegram.server import Limits

    configure_logging(args.log_level)
    limits = Limits(
        global_per_second=args.global_rate or 10**9,
        chat_per_second=args.chat_rate,
        chat_burst=args.chat_burst,
        enabled=not args.no_limits,
    )
    return asyncio.run(serve_forever(args.host, args.port, limits, args.chaos, args.seed))


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
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much to log on standard error (default INFO)",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    run = sub.add_parser(
        "run",
        help="run the bot against Telegram (long polling)",
        description="Run the bot against the Bot API at TELEGRAM_API_URL with long polling. "
        "Applies database migrations first. Stops cleanly on SIGTERM or Ctrl-C.",
    )
    run.add_argument(
        "--webhook-url",
        help="run in webhook mode: the public HTTPS URL Telegram posts updates to "
        "(polling is the default)",
    )
    run.add_argument("--listen", default="0.0.0.0", help="webhook mode: address to listen on")
    run.add_argument("--port", type=int, default=8080, help="webhook mode: port (default 8080)")
    run.set_defaults(func=cmd_run)

    console = sub.add_parser(
        "console",
        help="chat with the bot in this terminal, without Telegram or a token",
        description="Chat with the real bot in the terminal through an in-process fake "
        "Telegram. Type text, or a button's number; ':quit' leaves, ':user ID [LANG] [NAME]' "
        "switches user. Uses the same database as `run`.",
    )
    console.add_argument("--user-id", type=int, default=1001, help="your Telegram user id")
    console.add_argument("--name", default="Console Delegate", help="your first name")
    console.add_argument(
        "--language", default="en", help="your Telegram language code (en, es, fr, pt, ...)"
    )
    console.set_defaults(func=cmd_console)

    db = sub.add_parser("db", help="database maintenance", description="Database maintenance.")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.required = True
    up = db_sub.add_parser(
        "upgrade",
        help="apply all database migrations",
        description="Create or migrate the database at DATABASE_URL to the latest schema.",
    )
    up.set_defaults(func=cmd_db_upgrade)
    bk = db_sub.add_parser(
        "backup",
        help="copy the database to a file while the bot runs",
        description="SQLite: an online backup (a consistent copy). PostgreSQL: pg_dump "
        "--format=custom (needs the PostgreSQL client tools).",
    )
    bk.add_argument("file", metavar="FILE")
    bk.set_defaults(func=cmd_db_backup)
    rs = db_sub.add_parser(
        "restore",
        help="replace the database with a backup (stop the bot first)",
        description="Restore a backup made by `cidi-bot db backup`, then apply migrations.",
    )
    rs.add_argument("file", metavar="FILE")
    rs.set_defaults(func=cmd_db_restore)

    cat = sub.add_parser(
        "catalogue",
        help="import, export (and match) the catalogue of offers and needs",
        description="The catalogue of offers and needs: import and export files.",
    )
    cat_sub = cat.add_subparsers(dest="catalogue_command", metavar="ACTION")
    cat_sub.required = True
    imp = cat_sub.add_parser(
        "import",
        help="import entries from CSV, XLSX or JSON Lines",
        description="Import offers and needs. Every row is checked first; if any row is "
        "invalid nothing is imported (or, with --skip-invalid, the valid rows are). "
        "Re-importing a file updates its entries instead of duplicating them.",
    )
    imp.add_argument("file", metavar="FILE", help="a .csv, .xlsx or .jsonl file")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, list the others"
    )
    imp.add_argument("--approved", action="store_true", help="import as already approved")
    imp.add_argument(
        "--source",
        help="where the entries come from (default: the file name), e.g. '2021 needs survey'",
    )
    imp.add_argument(
        "--language",
        default="en",
        choices=["en", "es", "fr", "pt"],
        help="language of rows without a language column (default en)",
    )
    imp.set_defaults(func=cmd_catalogue_import)
    exp = cat_sub.add_parser(
        "export",
        help="export the catalogue as CSV, XLSX or JSON Lines",
        description="Export the catalogue. Contact details only where the owner consented.",
    )
    exp.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv")
    exp.add_argument(
        "--status",
        choices=["approved", "all"],
        default="approved",
        help="approved entries only (default), or every entry with its status",
    )
    exp.add_argument("--output", help="file to write (default: standard output; required for xlsx)")
    exp.set_defaults(func=cmd_catalogue_export)

    match = cat_sub.add_parser(
        "match",
        help="rank offers for each need of a JSON Lines file (no database)",
        description="Read a JSON Lines file of entries (id, kind, title, and optionally "
        "description, area, cooperation_type, modality, role, country, countries, language) "
        "and print, for each need in file order, one JSON object with its best offers: "
        '{"need": ID, "matches": [{"offer": ID, "score": 0-100, "why": [...]}]}. '
        "Problems go to standard error with their line number (exit code 2).",
    )
    match.add_argument("file", metavar="FILE", help="a .jsonl file of offers and needs")
    match.add_argument(
        "--top", type=int, default=10, metavar="K", help="offers per need (default 10)"
    )
    match.set_defaults(func=cmd_catalogue_match)
    reindex = cat_sub.add_parser(
        "reindex",
        help="compute the entries' sentence embeddings (after a model change)",
        description="Embed every entry whose stored vector is missing, stale or from "
        "another model (the bot also does this when it starts). --all recomputes every one.",
    )
    reindex.add_argument("--all", action="store_true", help="recompute every entry's vector")
    reindex.set_defaults(func=cmd_catalogue_reindex)

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
    st.set_defaults(func=cmd_stats)

    fake = sub.add_parser(
        "fake-api",
        help="serve the fake Telegram Bot API over HTTP (for tests and rehearsals)",
        description="Serve the in-process fake Bot API on HTTP so that `cidi-bot run` can be "
        "pointed at it with TELEGRAM_API_URL.",
    )
    fake.add_argument("--host", default="127.0.0.1")
    fake.add_argument("--port", type=int, default=8081)
    fake.add_argument(
        "--global-rate",
        type=int,
        default=30,
        help="messages a second accepted from the bot overall, as Telegram's bulk limit "
        "(0: no overall limit; default 30)",
    )
    fake.add_argument("--chat-rate", type=float, default=1.0, help="messages a second per chat")
    fake.add_argument("--chat-burst", type=float, default=3.0, help="short burst to one chat")
    fake.add_argument("--no-limits", action="store_true", help="accept everything at once")
    fake.add_argument(
        "--chaos",
        type=float,
        default=0.0,
        metavar="RATE",
        help="fail this share of calls at random with 429, 500, 502 or a timeout",
    )
    fake.add_argument("--seed", type=int, default=0, help="seed of --chaos")
    fake.set_defaults(func=cmd_fake_api)
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
