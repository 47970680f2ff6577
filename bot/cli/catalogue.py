"""`cidi-bot catalogue`: import, export, match, search, feedback, reindex."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from bot.cli.common import EXIT_USAGE, Subparsers, database, load_settings, problem_text
from catalogue.matching import Doc, MatchIndex, semantic
from catalogue.matching.engine import with_vectors
from storage.files import write_private


def cmd_catalogue_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from bot.services import utc_now
    from catalogue import io as catalogue_io
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
        print(f"{path.name}: {problem_text(exc.key, exc.values)}", file=sys.stderr)
        return EXIT_USAGE
    for p in problems:
        print(f"row {p.row}, {p.field}: {problem_text(p.key, p.values)}", file=sys.stderr)
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
        told = announce_imported(session, report.published, now)
    print(
        f"Imported {path.name}: {report.created} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(bad_rows)} skipped"
        + (f" (rows {', '.join(map(str, bad_rows))})" if bad_rows else "")
        + "."
    )
    if told:
        print(f"{told} match notice(s) queued for delegates; the running bot sends them.")
    return 0


def place_of(text: str | None) -> str | None:
    """--country: the code of the one country (or the EU) the text names, None if not
    given; exit 2, said on standard error, if it names none or several."""
    if not text:
        return None
    from catalogue import countries

    hits = countries.find_place(text)
    if len(hits) != 1:
        print(f"--country: no single country matches {text!r}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    return hits[0].code


def cmd_catalogue_export(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime
    from pathlib import Path

    from catalogue import io as catalogue_io

    country = place_of(args.country)
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            print(f"--since: {args.since!r} is not a date (2021-12-03, or 2021-12-03T14:00)",
                  file=sys.stderr)  # fmt: skip
            return EXIT_USAGE
        since = since if since.tzinfo else since.replace(tzinfo=UTC)
    settings = load_settings()
    from bot.services import utc_now
    from storage.db import transaction

    with database(settings) as factory, transaction(factory, via="cli") as session:
        rows = catalogue_io.export(session, None, utc_now(), args.status, country, since)
    content = catalogue_io.render(rows, args.format)
    if args.output in (None, "-"):
        if args.format == "xlsx":
            print("XLSX is a binary format: give --output FILE.", file=sys.stderr)
            return EXIT_USAGE
        sys.stdout.buffer.write(content)
    else:
        write_private(Path(args.output), content)  # names and contacts: 0600
        print(f"Exported {len(rows)} entries to {args.output}.", file=sys.stderr)
    return 0


def cmd_catalogue_publish(args: argparse.Namespace) -> int:
    """The approved catalogue as a document (HTML or PDF) in one language."""
    from pathlib import Path

    from bot.services import utc_now
    from presentation.publish import gather, render
    from scheduler import agenda_store

    country = place_of(args.country)
    settings = load_settings()
    username = settings.bot_username or bot_username_from_telegram(settings)
    if not username:
        print(
            "The deep links need the bot's username: set BOT_USERNAME (or TELEGRAM_BOT_TOKEN "
            "with Telegram reachable).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    with database(settings) as factory, factory() as session:
        agenda = agenda_store.current(session, settings.agenda_file)
        document = gather(session, utc_now(), agenda, args.language, args.by, country)
    write_private(Path(args.output), render(document, args.format, username))
    edition = document.edition
    print(
        f"Published {edition.offers} offers and {edition.needs} needs to {args.output}.",
        file=sys.stderr,
    )
    return 0


def bot_username_from_telegram(settings: Any) -> str | None:
    """The bot's @username from getMe, when a token is set and Telegram answers."""
    token = settings.token()
    if not token:
        return None
    import httpx

    try:
        answer = httpx.get(f"{settings.telegram_api_url}/bot{token}/getMe", timeout=10).json()
    except (httpx.HTTPError, ValueError):
        return None
    found = (answer.get("result") or {}).get("username") if answer.get("ok") else None
    return str(found) if found else None


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
                {
                    "offer": m.id,
                    "score": m.score,
                    "confidence": m.confidence,
                    "notify": m.notify,
                    "why": [explain(r) for r in m.reasons],
                }
                for m in matches
            ],
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


def _read_problems(path: str, reader: Any) -> tuple[list[Any], bool]:
    """Rows of a JSON Lines file read by `reader`; False when it could not be read or a
    line is bad (each named on standard error with its line number)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            rows, problems = reader(handle)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return [], False
    for p in problems:
        print(f"{path}:{p.line}: {p.message}", file=sys.stderr)
    return rows, not problems


def cmd_catalogue_search(args: argparse.Namespace) -> int:
    """The search contract: entries and queries in, one JSON object per query out."""
    import json

    from catalogue.matching import explain
    from catalogue.matching.jsonl import read_docs, read_queries

    if args.top < 1:
        print("--top must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    docs, docs_ok = _read_problems(args.file, read_docs)
    queries, queries_ok = _read_problems(args.queries, read_queries)
    if not (docs_ok and queries_ok):
        return EXIT_USAGE
    encoder = semantic.default()  # the same engine and ranking as /search
    index = MatchIndex(encoder=encoder)
    index.extend(with_vectors(docs, encoder))
    out = sys.stdout
    try:
        for q in queries:
            matches, _corrected = index.find(q.query, top=args.top)
            row = {
                "query_id": q.query_id,
                "results": [
                    {
                        "id": m.id,
                        "score": m.score,
                        "confidence": m.confidence,
                        "why": [explain(r) for r in m.reasons],
                    }
                    for m in matches
                ],
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
    except BrokenPipeError:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
    return 0


def cmd_catalogue_feedback(args: argparse.Namespace) -> int:
    """The delegates' judgements of match pairs, as a labelled set."""
    from catalogue import feedback
    from storage.db import transaction

    settings = load_settings()
    with database(settings) as factory, transaction(factory) as session:
        lines = feedback.export_lines(session)
    try:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in lines)
    except OSError as exc:
        print(f"cannot write {args.output}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    judged = sum(1 for line in lines if '"relevant"' in line)
    print(f"{judged} judged pair(s) written to {args.output}.", file=sys.stderr)
    return 0


def add(sub: Subparsers) -> None:
    """The catalogue of offers and needs."""
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
    exp.add_argument(
        "--country", help="only one country's entries (its code, e.g. BR, or its name)"
    )
    exp.add_argument(
        "--since",
        metavar="DATE",
        help="only the entries changed since then (ISO date or time, UTC unless given), "
        "whatever their status: a continuous update of a copy such as CooperaNet",
    )
    exp.set_defaults(func=cmd_catalogue_export)
    pub = cat_sub.add_parser(
        "publish",
        help="the approved catalogue as a document (HTML or PDF)",
        description="Build the published catalogue: a cover, a table of contents, the "
        "approved entries grouped by area then country (or by country), each with its owner "
        "as they agreed to be reached and a link and QR code that open it in the bot. Links "
        "use BOT_USERNAME (or getMe when a token is set).",
    )
    pub.add_argument("--format", choices=["html", "pdf"], default="html")
    pub.add_argument("--language", choices=["en", "es", "fr", "pt"], default="en")
    pub.add_argument("--country", help="one country's catalogue (its code or name)")
    pub.add_argument(
        "--by",
        choices=["area", "country"],
        default="area",
        help="group by area then country (default), or by country then area",
    )
    pub.add_argument("--output", required=True, help="the file to write")
    pub.set_defaults(func=cmd_catalogue_publish)

    match = cat_sub.add_parser(
        "match",
        help="rank offers for each need of a JSON Lines file (no database)",
        description="Read a JSON Lines file of entries (id, kind, title, and optionally "
        "description, area, cooperation_type, modality, role, country, countries, language) "
        "and print, for each need in file order, one JSON object with its best offers: "
        '{"need": ID, "matches": [{"offer": ID, "score": 0-100, "confidence": '
        '"strong"|"possible"|"weak", "notify": true|false, "why": [...]}]}. '
        "Problems go to standard error with their line number (exit code 2).",
    )
    match.add_argument("file", metavar="FILE", help="a .jsonl file of offers and needs")
    match.add_argument(
        "--top", type=int, default=10, metavar="K", help="offers per need (default 10)"
    )
    match.set_defaults(func=cmd_catalogue_match)
    search = cat_sub.add_parser(
        "search",
        help="search entries of a JSON Lines file for each query (no database)",
        description="Read a JSON Lines file of entries (as for match) and one of queries "
        '({"query_id": ID, "query": TEXT, "language": "en"|"es"|"fr"|"pt" optional}) and '
        "print, for each query in order, one JSON object with its results, ranked as "
        '/search ranks them: {"query_id": ID, "results": [{"id": ID, "score": 0-100, '
        '"confidence": "strong"|"possible"|"weak", "why": [...]}]}. Problems go to '
        "standard error with their line number (exit code 2).",
    )
    search.add_argument("file", metavar="ENTRIES", help="a .jsonl file of offers and needs")
    search.add_argument(
        "--queries", required=True, metavar="QUERIES", help="a .jsonl file of queries"
    )
    search.add_argument(
        "--top", type=int, default=10, metavar="K", help="results per query (default 10)"
    )
    search.set_defaults(func=cmd_catalogue_search)
    fb = cat_sub.add_parser(
        "feedback",
        help="export the delegates' judgements of matches as a labelled set",
        description="Write every 'Not relevant' and 'I'm interested' given to a match, as a "
        "labelled set: JSON Lines, the entries judged (as for match, without owners) then "
        'one line a judgement, {"need": ID, "offer": ID, "relevant": true|false}. '
        "python -m bench.matching_quality --feedback FILE and "
        "python -m bench.matching_calibration --feedback FILE read it.",
    )
    fb.add_argument("--output", required=True, metavar="FILE", help="the file to write")
    fb.set_defaults(func=cmd_catalogue_feedback)
    reindex = cat_sub.add_parser(
        "reindex",
        help="compute the entries' sentence embeddings (after a model change)",
        description="Embed every entry whose stored vector is missing, stale or from "
        "another model (the bot also does this when it starts). --all recomputes every one.",
    )
    reindex.add_argument("--all", action="store_true", help="recompute every entry's vector")
    reindex.set_defaults(func=cmd_catalogue_reindex)
