"""Import and export of the catalogue: CSV, XLSX and JSON Lines, one set of columns.

The columns use the taxonomy codes (a contract shared with the matching
command). Import checks every row before it writes anything, so a file is taken
whole or not at all (unless the caller asks to skip the invalid rows).

Size (over 400 lines): reading, checking and writing the three file formats share one
column contract and one row check; split apart, each would need the others' internals.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue import countries, delegates, entries, vectors
from catalogue.taxonomy import ACTOR_KINDS
from storage import rights
from storage.audit import audit
from storage.models import Connection, Delegate, Entry, Partnership, ReviewEvent
from storage.rights import Action

COLUMNS = (
    "external_id",
    "kind",
    "status",
    "title",
    "description",
    "area",
    "cooperation_type",
    "modality",
    "role",
    "countries",
    "scope",  # national or regional, derived from the countries (export only; import skips)
    "target_groups",
    "time_frame",
    "financing",
    "contact",
    "language",
    "organisation",
    "owner_country",
    "actor_kind",
    "verified",
    "submitted_by",  # who sent it in the chat, and their position (export only; import skips)
    "submitter_position",
    "source",
    "created_at",
    "updated_at",
    "partnership_stage",  # the most advanced stage of the partnerships it led to (export only)
    "partnerships",  # how many (export only)
)
# The schema of an exported row (JSON Lines, CSV and XLSX alike), for CooperaNet or any copy.
SCHEMA_FILE = "catalogue-export.schema.json"
REQUIRED = (
    "kind",
    "title",
    "description",
    "area",
    "cooperation_type",
    "modality",
    "countries",
    "time_frame",
)
ALIASES = {"id": "external_id", "type": "cooperation_type", "country": "owner_country"}
MAX_CELL = 100_000  # characters read from one cell before it is called too long
# Rows read from one file before it is refused: a meeting's catalogue is hundreds of entries;
# a sheet of millions of rows is a mistake or an attack, refused before it is read whole.
MAX_ROWS = 10_000
FORMATS = ("csv", "xlsx", "json")


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1-based data row (the header is row 0 in CSV and XLSX terms)
    field: str
    key: str
    values: dict[str, Any]


class FileProblem(ValueError):
    """The file cannot be read as a catalogue at all (format, header)."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


# -- export ---------------------------------------------------------------


def _contact_allowed(entry: Entry, owner: Delegate | None) -> bool:
    if entry.owner_id is None:
        return True  # imported: the source vouches for it
    return owner is not None and owner.consent == "direct"


def schema() -> dict[str, Any]:
    """The JSON Schema of one exported row (catalogue/data/catalogue-export.schema.json)."""
    text = resources.files("catalogue.data").joinpath(SCHEMA_FILE).read_text("utf-8")
    found: dict[str, Any] = json.loads(text)
    return found


# Which partnership stage says most about an entry: the furthest one reached.
STAGE_RANK = {"dropped": 0, "talking": 1, "agreed": 2, "implementing": 3, "completed": 4}


def _partnerships_of(session: Session) -> dict[int, tuple[str, int, datetime]]:
    """Per entry: its most advanced partnership stage, how many, and the latest change. A
    partnership counts on both entries it joins: the one asked about and, when the request
    came from a match, the requester's own entry (the need that led to it)."""
    found: dict[int, tuple[str, int, datetime]] = {}
    rows = session.execute(
        select(
            Connection.entry_id,
            Connection.requester_entry_id,
            Partnership.stage,
            Partnership.updated_at,
        ).join(Partnership, Partnership.connection_id == Connection.id)
    )
    for asked, own, stage, updated_at in rows:
        for entry_id in {e for e in (asked, own) if e is not None}:
            best, count, latest = found.get(entry_id, (stage, 0, updated_at))
            if STAGE_RANK[stage] > STAGE_RANK[best]:
                best = stage
            found[entry_id] = (best, count + 1, max(latest, updated_at))
    return found


def export_rows(
    session: Session,
    status: str = "approved",
    country: str | None = None,
    since: datetime | None = None,
) -> list[dict[str, Any]]:
    """Rows for export: the published version of approved entries, or every entry as it is;
    with `country`, only the entries of that country's actors (its catalogue); with `since`,
    only the entries that changed since then (they or their partnerships), whatever their
    status, so that a copy kept up to date also learns what was withdrawn or rejected."""
    owners = {d.user_id: d for d in session.execute(select(Delegate)).scalars()}
    partners = _partnerships_of(session)
    rows = []
    query = select(Entry).order_by(Entry.kind, Entry.id)
    if country is not None:
        query = query.where(Entry.owner_country == country)
    for entry in session.execute(query).scalars():
        owner = owners.get(entry.owner_id) if entry.owner_id else None
        stage, count, partnered_at = partners.get(entry.id, (None, 0, None))
        changed = max(entry.updated_at, partnered_at) if partnered_at else entry.updated_at
        if since is not None and changed < since:
            continue
        if status == "approved" and since is None:
            if entry.published is None:  # entries.in_catalogue
                continue
            values = dict(entry.published)
            row_status = "approved"
        elif entry.status == "approved" and entry.published is not None:
            values, row_status = dict(entry.published), "approved"
        else:
            values = entries.snapshot(entry)
            row_status = entry.status
        row: dict[str, Any] = {c: values.get(c) for c in COLUMNS}
        row.update(
            external_id=entry.external_id or f"cidi-{entry.id}",
            kind=entry.kind,
            status=row_status,
            verified=bool(owner.verified) if owner else False,
            source=entry.source,
            created_at=entry.created_at.isoformat(),
            updated_at=changed.isoformat(),
            scope=entries.scope(values.get("countries") or []),
            target_groups=values.get("target_groups") or [],
            partnership_stage=stage,
            partnerships=count,
        )
        if not _contact_allowed(entry, owner):
            row["contact"] = None
        if owner is not None and owner.consent == "direct":  # only where the owner agreed
            row.update(submitted_by=owner.full_name, submitter_position=owner.position)
        if not row.get("organisation") and delegates.is_state(row.get("actor_kind")):
            code = str(row.get("owner_country") or "")
            row["organisation"] = countries.name(code, "en") if countries.is_country(code) else None
        rows.append(row)
    return rows


def export(
    session: Session,
    by: int | None,
    now: datetime,
    status: str = "approved",
    country: str | None = None,
    since: datetime | None = None,
) -> list[dict[str, Any]]:
    """The rows of a file that leaves the system with people's names in it: only the
    secretariat (or the operator at the command line, `by=None`) takes one, and the audit
    history says who took it, from where and what (export_rows is the read alone)."""
    rights.require(session, by, Action.EXPORT)
    rows = export_rows(session, status, country, since)
    detail: dict[str, Any] = {"status": status, "rows": len(rows)}
    if country:
        detail["country"] = country
    if since:
        detail["since"] = since.isoformat()
    audit(session, now, by, "export", None, detail)
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


# What a spreadsheet would read as the start of a formula (OWASP's "CSV injection" list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as the text it is, never runs: a leading `'`
    before a formula character (Excel and LibreOffice hide it; the import takes it off)."""
    text = _cell(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _untext_cell(value: str) -> str:
    """The import's side of `_text_cell`."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def render(rows: list[dict[str, Any]], fmt: str) -> bytes:
    """The rows as a file's bytes."""
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_text_cell(row.get(c)) for c in COLUMNS])
        return out.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM correctly
    if fmt == "json":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
    if fmt == "xlsx":
        return _xlsx(rows)
    raise ValueError(fmt)


def sheet(header: list[str], rows: list[list[Any]]) -> bytes:
    """Any list as CSV for a spreadsheet: UTF-8 with a BOM, every cell text (never a
    formula: see `_text_cell`)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([_text_cell(h) for h in header])
    for row in rows:
        writer.writerow([_text_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def _xlsx(rows: list[dict[str, Any]]) -> bytes:
    # openpyxl is loaded only when a spreadsheet is written or read (it is slow to import).
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    widths = {"title": 45, "description": 80, "contact": 28, "organisation": 30, "countries": 20}
    for kind, sheet_name in (("offer", "Offers"), ("need", "Needs")):
        sheet = book.create_sheet(sheet_name)
        sheet.append(list(COLUMNS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            if row["kind"] == kind:
                sheet.append([_cell(row.get(c)) for c in COLUMNS])
                for cell in sheet[sheet.max_row]:
                    # openpyxl takes a string starting with "=" for a formula: every cell is
                    # people's text, typed as a string so no spreadsheet ever runs it.
                    if isinstance(cell.value, str):
                        cell.data_type = "s"
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for index, column in enumerate(COLUMNS, 1):
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = widths.get(column, max(12, len(column) + 2))
            if column == "description":
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- reading files ------------------------------------------------------------


def read(path: Path) -> list[dict[str, Any]]:
    """The rows of a CSV, XLSX or JSON Lines file, keyed by column name."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".jsonl", ".json", ".ndjson"):
        return _read_jsonl(path.read_bytes())
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path.read_bytes())
    raise FileProblem("import-unknown-format", name=path.name)


def _read_csv(data: bytes) -> list[dict[str, Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # what Excel on Windows writes
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration as exc:
        raise FileProblem("import-empty") from exc
    rows = []
    for number, values in enumerate(reader, 1):
        if number > MAX_ROWS:
            raise FileProblem("import-too-many-rows", max=MAX_ROWS)
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            values = [*values[: len(header)], delimiter.join(values[len(header) :])]
        rows.append(dict(zip(header, (_untext_cell(v) for v in values), strict=False)))
    return rows if header else []


def _read_jsonl(data: bytes) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(data.decode("utf-8-sig").splitlines(), 1):
        if number > MAX_ROWS:
            raise FileProblem("import-too-many-rows", max=MAX_ROWS)
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise FileProblem("import-bad-json", line=number) from exc
        if not isinstance(value, dict):
            raise FileProblem("import-bad-json", line=number)
        rows.append(value)
    return rows


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise FileProblem("import-bad-xlsx", name=path.name) from exc
    rows: list[dict[str, Any]] = []
    try:
        for sheet in book.worksheets:
            # The sheet's own dimension first (free), then the header, then the rows, counted
            # as they are read (the dimension may be missing or wrong).
            if (sheet.max_row or 0) > MAX_ROWS + 1:
                raise FileProblem("import-too-many-rows", max=MAX_ROWS)
            values = sheet.iter_rows(values_only=True)
            header = next(values, None)
            if not header:
                continue
            names = [str(h).strip() if h is not None else "" for h in header]
            check_header([{n: "" for n in names if n}])
            for number, raw in enumerate(values, 1):
                if number > MAX_ROWS:
                    raise FileProblem("import-too-many-rows", max=MAX_ROWS)
                if raw is None or all(v in (None, "") for v in raw):
                    continue
                rows.append(
                    {n: ("" if v is None else v) for n, v in zip(names, raw, strict=False) if n}
                )
    finally:
        book.close()
    return rows


# -- import -------------------------------------------------------------------


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    published: list[int] = field(default_factory=list)  # entries this import made public


def _normalise_keys(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        name = str(key).strip().lower().replace(" ", "_").lstrip("\ufeff")
        out[ALIASES.get(name, name)] = value
    return out


def check_header(rows: list[dict[str, Any]]) -> None:
    """Unknown or missing columns make the whole file unreadable."""
    if not rows:
        raise FileProblem("import-empty")
    seen: set[str] = set()
    for row in rows:
        seen.update(_normalise_keys(row))
    unknown = sorted(k for k in seen if k not in COLUMNS)
    if unknown:
        raise FileProblem("import-unknown-column", column=unknown[0], known=", ".join(COLUMNS))
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        raise FileProblem("import-missing-column", column=missing[0])


def stable_id(row: dict[str, Any]) -> str:
    """An id for a row that has none: the same row gives the same id on every import."""
    basis = "|".join(
        countries.fold(str(row.get(k) or ""))
        for k in ("kind", "title", "organisation", "owner_country")
    )
    return "row-" + hashlib.sha1(basis.encode()).hexdigest()[:16]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def prepare(
    raw_rows: list[dict[str, Any]], default_language: str = "en"
) -> tuple[list[tuple[int, dict[str, Any]]], list[RowProblem]]:
    """Every row checked; the clean ones with their row number, and all problems."""
    check_header(raw_rows)
    good: list[tuple[int, dict[str, Any]]] = []
    problems: list[RowProblem] = []
    seen_ids: dict[str, int] = {}
    for number, original in enumerate(raw_rows, 1):
        row = _normalise_keys(original)
        row_problems: list[RowProblem] = []
        for key, value in row.items():
            if isinstance(value, str) and len(value) > MAX_CELL:
                row_problems.append(
                    RowProblem(
                        number, key, "error-too-long", {"max": MAX_CELL, "length": len(value)}
                    )
                )
                row[key] = ""
        for key in (
            "kind",
            "area",
            "cooperation_type",
            "modality",
            "role",
            "time_frame",
            "language",
            "actor_kind",
        ):
            if isinstance(row.get(key), str):
                row[key] = row[key].strip().lower() or None
        row["language"] = row.get("language") or default_language
        if isinstance(row.get("countries"), str):
            row["countries"] = [c for c in re.split(r"[;,|\s]+", row["countries"]) if c]
        try:  # the same typed input as the chat's dialog and the console's form
            clean: dict[str, Any] = entries.EntryInput.read(row).model_dump()
        except entries.Invalid as invalid:
            clean = {}
            for p in invalid.problems:
                if not any(rp.field == p.field for rp in row_problems):
                    row_problems.append(RowProblem(number, p.field, p.key, p.values))
        country = _text(row.get("owner_country")).strip().upper() or None
        if country is not None and not countries.is_place(country):
            row_problems.append(
                RowProblem(number, "owner_country", "error-code", {"value": country})
            )
        actor = row.get("actor_kind") or None
        if actor is not None and actor not in ACTOR_KINDS:
            row_problems.append(
                RowProblem(number, "actor_kind", "error-code", {"value": str(actor)})
            )
        organisation = " ".join(_text(row.get("organisation")).split())[:200] or None
        external = _text(row.get("external_id")).strip()[:128] or stable_id(row)
        if external in seen_ids:
            row_problems.append(
                RowProblem(
                    number,
                    "external_id",
                    "import-duplicate-id",
                    {"value": external, "other": seen_ids[external]},
                )
            )
        seen_ids.setdefault(external, number)
        status = _text(row.get("status")).strip().lower()
        if status and status not in entries.STATUSES:
            row_problems.append(RowProblem(number, "status", "error-code", {"value": status}))
        if row_problems:
            problems.extend(row_problems)
            continue
        clean.update(
            external_id=external,
            organisation=organisation,
            owner_country=country,
            actor_kind=actor,
            status=status or None,
            created_at=_when(row.get("created_at")),
            source=_text(row.get("source")).strip()[:120] or None,
        )
        good.append((number, clean))
    return good, problems


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = _text(value).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def import_rows(
    session: Session,
    rows: Iterable[tuple[int, dict[str, Any]]],
    source: str,
    now: datetime,
    approved: bool = False,
    progress: Callable[[Iterable[Any]], Iterator[Any]] | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Create or update entries by their external id (re-importing never duplicates)."""
    report = report or ImportReport()
    items = list(rows)
    existing = (
        {
            e.external_id: e
            for e in session.execute(
                select(Entry).where(Entry.external_id.in_([r["external_id"] for _, r in items]))
            ).scalars()
        }
        if items
        else {}
    )
    iterator: Iterable[tuple[int, dict[str, Any]]] = progress(items) if progress else items
    touched: list[tuple[Entry, str]] = []
    for _number, row in iterator:
        status = "approved" if approved else (row.get("status") or "pending")
        fields = {f: row[f] for f in entries.FIELDS}
        meta = {
            "organisation": row["organisation"],
            "owner_country": row["owner_country"],
            "actor_kind": row["actor_kind"],
        }
        entry = existing.get(row["external_id"])
        if entry is None:
            entry = Entry(
                kind=row["kind"],
                owner_id=None,
                external_id=row["external_id"],
                source=row.get("source") or source,
                status=status,
                version=1,
                language=row["language"],
                created_at=row.get("created_at") or now,
                updated_at=now,
                submitted_at=now,
                **fields,
                **meta,
            )
            session.add(entry)
            report.created += 1
            touched.append((entry, "import"))
        else:
            current = {f: getattr(entry, f) for f in (*fields, *meta)} | {"status": entry.status}
            if current == {**fields, **meta, "status": status}:
                report.unchanged += 1
                continue
            for key, value in {**fields, **meta}.items():
                setattr(entry, key, value)
            entry.status = status
            entry.version += 1
            entry.updated_at = now
            report.updated += 1
            touched.append((entry, "import_update"))
        entry.published = entries.snapshot(entry) if status == "approved" else None
        if status == "approved":
            entry.decided_at = now
    session.flush()
    vectors.refresh(session, [entry for entry, _ in touched], now)
    report.published.extend(entry.id for entry, _ in touched if entry.published)
    for entry, action in touched:
        session.add(
            ReviewEvent(
                entry_id=entry.id,
                at=now,
                actor_id=None,
                action=action,
                reason=source,
                version=entry.version,
            )
        )
    return report
