"""The meeting's outputs agree with each other and with the database, on a whole rehearsed
meeting (rehearsal.meeting: every status, every path, three years of partnerships), on
SQLite and PostgreSQL.

Each test states a property of the outputs (totals add up, nothing unapproved is public,
every approved entry appears once), never a number copied from a run."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from catalogue import countries, entries, meetings, partnerships, publish, report, searches, stats
from catalogue import io as catalogue_io
from presentation import publish as published_document
from presentation import report as report_document
from presentation.render import place_name
from rehearsal.meeting import Rehearsed, rehearse
from scheduler import agenda_store
from storage.db import make_engine, make_session_factory, normalise_url, upgrade
from storage.models import (
    Connection,
    Delegate,
    Entry,
    FollowUp,
    MeetingBusy,
    Partnership,
)
from storage.models import Meeting as Bilateral
from tests.conftest import own_database, postgres_url

TABLES = ("by_area", "by_country", "by_actor_kind", "by_modality", "by_cooperation_type")


@dataclass
class Meeting:
    factory: sessionmaker[Session]
    done: Rehearsed
    dialect: str


def _postgres_database(url: str, name: str) -> str:
    """A database of its own beside the tests' (which reset theirs at every test)."""
    admin = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"


# Built once per database in each test process and kept to its end. The PostgreSQL meeting's
# tests are these same functions, collected by test_meeting_outputs_postgresql.py: a file of
# their own, so that pytest-xdist (`--dist loadfile`) builds the two meetings on two workers.
_MEETINGS: dict[str, Meeting] = {}


def built(database: str, tmp_path_factory: pytest.TempPathFactory) -> Meeting:
    """The rehearsed meeting on "sqlite" or "postgresql", built at first use."""
    if database not in _MEETINGS:
        if database == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('meeting') / 'meeting.sqlite3'}"
        else:
            url = _postgres_database(postgres_url(), own_database("cidi_rehearsed_meeting"))
        engine = make_engine(url)
        upgrade(engine)
        factory = make_session_factory(engine)
        _MEETINGS[database] = Meeting(factory, rehearse(factory), database)
    return _MEETINGS[database]


@pytest.fixture
def meeting(tmp_path_factory: pytest.TempPathFactory) -> Meeting:
    """The rehearsed meeting on SQLite (and its documents, read back once)."""
    return built("sqlite", tmp_path_factory)


def in_catalogue(session: Session) -> dict[int, Entry]:
    return {e.id: e for e in session.execute(select(Entry).where(entries.IN_CATALOGUE)).scalars()}


def test_the_rehearsal_went_through_every_path(meeting: Meeting) -> None:
    with meeting.factory() as session:
        statuses = Counter(session.execute(select(Entry.status)).scalars())
        assert set(statuses) == set(entries.STATUSES)
        editing = session.execute(
            select(func.count()).where(Entry.status == "pending", entries.IN_CATALOGUE)
        ).scalar_one()
        assert editing > 0  # approved entries with an edit waiting
        imported = Counter(
            session.execute(select(Entry.status).where(Entry.owner_id.is_(None))).scalars()
        )
        assert {"pending", "approved", "rejected", "withdrawn"} <= set(imported)
        assert (
            session.execute(
                select(func.count()).where(entries.IN_CATALOGUE, Entry.owner_country.is_(None))
            ).scalar_one()
            > 0
        )  # an imported entry nobody gave a country
        answered = set(session.execute(select(Connection.status)).scalars())
        assert {"requested", "accepted", "declined"} <= answered
        stages = set(session.execute(select(Partnership.stage)).scalars())
        assert {"talking", "agreed", "implementing", "completed", "dropped"} <= stages
        assert (
            session.execute(select(func.count()).where(FollowUp.stopped == "silent")).scalar_one()
            > 0
        )  # check-ins nobody answered, the secretariat told
        assert report.unmet_needs(session, meeting.done.now)
        forgotten = session.execute(
            select(func.count()).where(Delegate.forgotten_at.is_not(None))
        ).scalar_one()
        assert forgotten == len(meeting.done.forgotten) > 0
    assert 200 <= len(meeting.done.delegates) <= 260 and 250 <= meeting.done.entries <= 350


def test_no_entry_holds_a_json_null_where_sql_sees_a_value(meeting: Meeting) -> None:
    with meeting.factory() as session:
        for entry in session.execute(select(Entry)).scalars():
            assert entries.in_catalogue(entry) == (entry.published is not None)
        hidden = session.execute(
            select(func.count()).where(
                entries.IN_CATALOGUE, Entry.status.in_(("rejected", "withdrawn"))
            )
        ).scalar_one()
        assert hidden == 0


def test_the_reports_totals_equal_the_sums_of_its_own_tables(meeting: Meeting) -> None:
    with meeting.factory() as session:
        figures = report.figures(session, meeting.done.now)
    for table in TABLES:
        assert sum(figures[table]["offers"].values()) == figures["offers"], table
        assert sum(figures[table]["needs"].values()) == figures["needs"], table
    assert sum(figures["partnerships"].values()) > 0


def test_the_meeting_figures_add_up_in_the_report_stats_and_the_database(
    meeting: Meeting,
) -> None:
    """Bilateral meetings: the report's `meetings`, /stats and the database say the same
    numbers; held ≤ accepted ≤ proposed; every status was reached; only booked meetings hold
    their parties' time, and a held meeting is a step of its partnership's history."""
    with meeting.factory() as session:
        figures = report.figures(session, meeting.done.now)["meetings"]
        assert figures == stats.figures(session)["meetings"]
        rows = session.execute(select(Bilateral)).scalars().all()
        assert figures["proposed"] == len(rows)
        assert figures["accepted"] == sum(1 for m in rows if m.accepted_at is not None)
        assert figures["held"] == sum(1 for m in rows if m.status == "held")
        assert 0 < figures["held"] <= figures["accepted"] <= figures["proposed"]
        assert {"accepted", "declined", "cancelled", "held", "missed"} <= {m.status for m in rows}
        busy = set(session.execute(select(MeetingBusy.meeting_id)).scalars())
        assert busy == {m.id for m in rows if m.status in ("accepted", "held", "missed")}
        for m in rows:
            assert m.end_at > m.start_at and meetings.is_party(m, m.proposer_id)
            if m.status == "held" and m.partnership_id is not None:
                partnership = session.get(Partnership, m.partnership_id)
                assert partnership is not None
                kinds = [s.kind for s in partnerships.steps(session, partnership)]
                assert "meeting" in kinds


def test_report_stats_console_catalogue_and_export_count_the_same_entries(
    meeting: Meeting,
) -> None:
    with meeting.factory() as session:
        shown = in_catalogue(session)
        kinds = Counter(e.kind for e in shown.values())
        figures = report.figures(session, meeting.done.now)
        numbers = stats.figures(session)
        edition = publish.edition(session, meeting.done.now)
        rows = catalogue_io.export_rows(session, "approved")
        by_country = stats.approved_by(session, "owner_country")  # the console's view, chart
        by_area = numbers["entries"]["approved_by_area"]
    expected = (kinds["offer"], kinds["need"])
    assert (figures["offers"], figures["needs"]) == expected
    in_stats = numbers["entries"]["in_catalogue"]
    assert (in_stats["offer"], in_stats["need"]) == expected
    assert (edition.offers, edition.needs) == expected
    assert Counter(r["kind"] for r in rows) == kinds
    for split in (by_country, by_area):
        assert sum(n["offer"] for n in split.values()) == expected[0]
        assert sum(n["need"] for n in split.values()) == expected[1]
    assert figures["delegates"] == numbers["delegates"]["registered"]
    assert figures["member_states"] == numbers["delegates"]["member_states"]


def test_every_entry_in_the_catalogue_appears_once_in_each_output_and_nothing_else(
    meeting: Meeting,
) -> None:
    with meeting.factory() as session:
        shown = set(in_catalogue(session))
        edition = publish.edition(session, meeting.done.now)
        exported = catalogue_io.export_rows(session, "approved")
        external = dict(session.execute(select(Entry.external_id, Entry.id)).all())
        browsed = searches.newest(session, {}, 100_000)
        by_country = {c: entries.of_country(session, c) for c in countries.OAS_MEMBERS}
    printed = [e.id for e in edition.entries]
    assert len(printed) == len(set(printed)) and set(printed) == shown
    ids = [external[r["external_id"]] for r in exported]
    assert len(ids) == len(set(ids)) and set(ids) == shown
    assert {e.id for e in browsed} == shown
    assert {e.id for es in by_country.values() for e in es} <= shown


def test_an_approved_entry_with_an_edit_waiting_counts_with_its_approved_version(
    meeting: Meeting,
) -> None:
    with meeting.factory() as session:
        editing = list(
            session.execute(
                select(Entry).where(Entry.status == "pending", entries.IN_CATALOGUE)
            ).scalars()
        )
        edition = publish.edition(session, meeting.done.now)
        figures = report.figures(session, meeting.done.now)
    assert editing
    printed = {e.id: e for e in edition.entries}
    for entry in editing:
        assert entry.published is not None
        assert printed[entry.id].title == entry.published["title"] != entry.title
        assert printed[entry.id].area == entry.published["area"]
    area_total = sum(figures["by_area"]["offers"].values()) + sum(
        figures["by_area"]["needs"].values()
    )
    assert area_total == figures["offers"] + figures["needs"]


def test_member_states_taking_part_are_member_states_with_a_state_delegate(
    meeting: Meeting,
) -> None:
    with meeting.factory() as session:
        figures = report.figures(session, meeting.done.now)
        people = session.execute(
            select(Delegate.country, Delegate.actor_kind).where(Delegate.registered_at.is_not(None))
        ).all()
    states = {c for c, kind in people if kind == "member_state"}
    others = {c for c, kind in people if kind != "member_state"} & set(countries.OAS_MEMBERS)
    assert set(figures["member_states"]) == states & set(countries.OAS_MEMBERS)
    assert others  # private-sector, academic and NGO delegates of member states took part
    assert figures["member_states"] == sorted(figures["member_states"])


def test_a_partnership_counts_on_both_entries_it_joins(meeting: Meeting) -> None:
    with meeting.factory() as session:
        joined = session.execute(
            select(Connection.entry_id, Connection.requester_entry_id).join(
                Partnership, Partnership.connection_id == Connection.id
            )
        ).all()
        rows = catalogue_io.export_rows(session, "all")
        external = dict(session.execute(select(Entry.external_id, Entry.id)).all())
    both = [(a, b) for a, b in joined if b is not None]
    assert both  # partnerships that grew out of a match join a need and an offer
    per_entry = Counter(e for a, b in joined for e in {a, b} - {None})
    counted = {external[r["external_id"]]: r["partnerships"] for r in rows}
    assert {e: n for e, n in counted.items() if n} == dict(per_entry)


def test_no_group_of_any_output_is_nameless(meeting: Meeting) -> None:
    bad = {"", "—", "None", "none", "unknown"}
    with meeting.factory() as session:
        figures = report.figures(session, meeting.done.now)
        agenda = agenda_store.current(session)
        for by in publish.GROUPINGS:  # the published catalogue's headings, as printed
            document = published_document.gather(session, meeting.done.now, agenda, "fr", by)
            page = published_document.render(document, "html", "cidi_demo_bot").decode()
            headings = re.findall(r"<h[23][^>]*>([^<]*)</h[23]>", page)
            assert len(headings) > len(document.edition.sections)
            assert not {h.strip() for h in headings} & bad, by
            assert place_name("unknown", "fr") in headings  # named, not "—"
        console = stats.approved_by(session, "owner_country")
    for lang in ("en", "es", "fr", "pt"):
        for table in TABLES:
            names = [name for name, _, _ in report_document.rows_of(figures, table, lang)]
            assert not set(names) & bad, (table, lang)
        assert (
            place_name("unknown", lang)
            == report_document.rows_of(figures, "by_country", lang)[-1][0]
        )  # "no country given", last
    assert "unknown" in console  # the console names it the same way (place_name)


def test_countries_are_in_the_alphabetical_order_of_the_readers_language(
    meeting: Meeting,
) -> None:
    with meeting.factory() as session:
        for lang in ("en", "es", "fr", "pt"):
            edition = publish.edition(session, meeting.done.now, "country", lang=lang)
            names = [place_name(s.key, lang) for s in edition.sections]
            known = [countries.fold(n) for n, s in zip(names, edition.sections, strict=True)
                     if s.key != "unknown"]  # fmt: skip
            assert known == sorted(known), lang
            assert edition.sections[-1].key == "unknown"


def documents(meeting: Meeting, lang: str) -> tuple[bytes, bytes, dict[str, object]]:
    with meeting.factory() as session:
        agenda = agenda_store.current(session)
        document = published_document.gather(session, meeting.done.now, agenda, lang)
        figures = report.figures(session, meeting.done.now)
    catalogue_pdf = published_document.render(document, "pdf", "cidi_demo_bot")
    report_pdf = report_document.render(figures, "pdf", lang, {}, agenda)
    return catalogue_pdf, report_pdf, figures


_DOCUMENTS: dict[str, tuple[bytes, bytes, dict[str, object]]] = {}


@pytest.fixture
def french_documents(meeting: Meeting) -> tuple[bytes, bytes, dict[str, object]]:
    """The published catalogue and the report in French, drawn once (from the SQLite
    meeting) for every test that reads them."""
    if "fr" not in _DOCUMENTS:
        _DOCUMENTS["fr"] = documents(meeting, "fr")
    return _DOCUMENTS["fr"]


def pages_of(pdf: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_published_pdf_holds_every_catalogue_entry_once_and_nothing_else(
    meeting: Meeting, french_documents: tuple[bytes, bytes, dict[str, object]]
) -> None:
    catalogue_pdf, _, _ = french_documents
    pages = pages_of(catalogue_pdf)
    whole = " ".join(pages)
    with meeting.factory() as session:
        shown = in_catalogue(session)
        hidden = list(session.execute(select(Entry).where(~entries.IN_CATALOGUE)).scalars())
    printed = Counter(int(n) for n in re.findall(r"#(\d+)", whole))
    assert set(printed) == set(shown) and set(printed.values()) == {1}
    for entry in shown.values():
        assert entry.published is not None
        assert " ".join(str(entry.published["title"]).split()) in whole
    for entry in hidden:
        assert entry.title not in whole
    assert "(rev.)" not in whole  # the edits waiting for review are not printed
    entry_pages = [p for p in pages if re.search(r"#\d+", p)]
    assert len(shown) / len(entry_pages) >= 4  # dense enough to be read


def test_the_published_pdf_reads_as_a_document(
    french_documents: tuple[bytes, bytes, dict[str, object]],
) -> None:
    from presentation.i18n import label

    catalogue_pdf, _, _ = french_documents
    pages = pages_of(catalogue_pdf)
    contents = next(p for p in pages if label("fr", "publish-contents") in p)
    assert re.search(r"\b\d+\b", contents.split(label("fr", "publish-contents"), 1)[1])
    for n, page in enumerate(pages[1:], 2):  # running header and "Page n / N" on each page
        assert "Troisième Réunion spécialisée du CIDI" in page
        assert f"Page {n} / {len(pages)}" in page
    whole = " ".join(pages)
    written = label("fr", "publish-written-in", language="{}")
    assert written.format("espagnol") in whole and written.format("anglais") in whole
    for own_name in ("Español", "English", "Français", "Português"):
        assert written.format(own_name) not in whole  # never in the language's own name


def test_every_glyph_of_the_pdfs_is_drawn_by_the_documents_font(
    french_documents: tuple[bytes, bytes, dict[str, object]],
) -> None:
    import io

    from pypdf import PdfReader

    drawable = published_document._drawable()
    for pdf in french_documents[:2]:
        assert isinstance(pdf, bytes)
        reader = PdfReader(io.BytesIO(pdf))
        fonts = set()
        for page in reader.pages:
            resources = page["/Resources"]
            for font in resources.get("/Font", {}).values():
                fonts.add(str(font.get_object()["/BaseFont"]))
        assert fonts and all("DejaVu" in f for f in fonts), fonts
        missing = {ch for page in pages_of(pdf) for ch in page if ord(ch) not in drawable}
        assert not missing - {" "}, missing


def test_the_reports_cover_and_narrative_say_the_figures_of_its_json(
    french_documents: tuple[bytes, bytes, dict[str, object]], meeting: Meeting
) -> None:
    _, report_pdf, figures = french_documents
    pages = pages_of(report_pdf)
    assert all(len(p) > 80 for p in pages)  # no blank page
    with meeting.factory() as session:
        agenda = agenda_store.current(session)
    narrative = " ".join(report_document.narrative(figures, "fr", agenda).split())
    whole = " ".join(pages)
    assert narrative[:120] in whole
    offers, needs = figures["offers"], figures["needs"]
    assert isinstance(offers, int) and isinstance(needs, int)
    assert f"{offers} offres" in narrative and f"{needs} besoins" in narrative
    from presentation.i18n import label

    cards = pages[1]  # the figures under the narrative say the same as the JSON
    assert f"{offers} {label('fr', 'count-offers', count=offers)}" in cards
    assert f"{needs} {label('fr', 'count-needs', count=needs)}" in cards


def test_the_catalogues_cover_counts_what_it_prints(
    french_documents: tuple[bytes, bytes, dict[str, object]],
) -> None:
    from presentation.i18n import label

    catalogue_pdf, _, figures = french_documents
    cover = pages_of(catalogue_pdf)[0]  # the number above its label: read as one line
    offers, needs = figures["offers"], figures["needs"]
    assert re.search(rf"\b{offers}\s*{label('fr', 'count-offers', count=offers)}", cover)
    assert re.search(rf"\b{needs}\s*{label('fr', 'count-needs', count=needs)}", cover)


def test_the_reports_tables_are_in_the_alphabetical_order_of_each_language(
    meeting: Meeting,
) -> None:
    from presentation.i18n import label

    with meeting.factory() as session:
        figures = report.figures(session, meeting.done.now)
    for lang in ("en", "es", "fr", "pt"):
        for table in TABLES:
            names = [name for name, _, _ in report_document.rows_of(figures, table, lang)]
            missing = {place_name("unknown", lang), label(lang, "not-given-actor_kind")}
            given = [countries.fold(n) for n in names if n not in missing]
            assert set(names[len(given) :]) <= missing  # what nobody gave comes last
            assert given == sorted(given), (lang, table)


def test_a_catalogue_imported_with_every_status_is_published_reported_and_counted_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line on an imported catalogue in every status (the published catalogue
    used to crash on the first withdrawn or pending row): the same entries everywhere."""
    import json

    from bot.cli import main

    statuses = ("pending", "approved", "changes_requested", "rejected", "withdrawn", "approved")
    kinds = ("need", "offer", "need", "offer", "need", "need")
    lines = ["external_id,kind,title,description,area,cooperation_type,modality,countries,"
             "time_frame,language,owner_country,actor_kind,status"]  # fmt: skip
    for n, status in enumerate(statuses):
        place = "" if n == 5 else "CL,member_state"  # the last: nobody gave a country
        lines.append(f"r{n},{kinds[n]},Entry {status} {n},"
                     f"A description of row {n},health,programme,south_south,CL,short,es,"
                     f"{place or ','},{status}")  # fmt: skip
    rows = tmp_path / "rows.csv"
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'imported.sqlite3'}")
    monkeypatch.setenv("BOT_USERNAME", "cidi_bot")
    assert main(["catalogue", "import", str(rows)]) == 0
    for fmt in ("html", "pdf"):
        out = tmp_path / f"catalogue.{fmt}"
        assert main(["catalogue", "publish", "--format", fmt, "--language", "es",
                     "--output", str(out)]) == 0  # fmt: skip
    page = (tmp_path / "catalogue.html").read_text("utf-8")
    assert sorted(re.findall(r'<article id="e(\d+)"', page)) == ["2", "6"]  # r1 and r5
    from presentation.i18n import label

    assert label("es", "not-given-owner_country") in page and "—</h3>" not in page
    for status in ("pending", "changes_requested", "rejected", "withdrawn"):
        assert f"Entry {status}" not in page
    assert main(["report", "--format", "json", "--output", str(tmp_path / "r.json")]) == 0
    figures = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert (figures["offers"], figures["needs"]) == (1, 1)
    assert figures["by_country"] == {"offers": {"CL": 1}, "needs": {"unknown": 1}}
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert numbers["entries"]["in_catalogue"] == {"offer": 1, "need": 1}
    assert main(["catalogue", "export", "--format", "json", "--output",
                 str(tmp_path / "e.jsonl")]) == 0  # fmt: skip
    exported = (tmp_path / "e.jsonl").read_text("utf-8").splitlines()
    assert sorted(json.loads(line)["external_id"] for line in exported) == ["r1", "r5"]


def test_demo_meeting_wants_an_empty_database(meeting: Meeting, tmp_path: Path) -> None:
    from bot.cli import main

    url = str(meeting.factory.kw["bind"].url.render_as_string(hide_password=False))
    assert main(["demo", "--meeting", "--database", url]) == 2
