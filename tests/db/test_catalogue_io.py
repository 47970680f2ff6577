"""Import and export of the catalogue, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from catalogue import countries, entries, review, roles
from catalogue import io as catalogue_io
from storage.db import make_engine, make_session_factory, transaction, upgrade
from storage.models import Entry
from tests.conftest import Cidi, Ran
from tests.db.people import entry_input

NOW = datetime(2021, 12, 2, 14, 0, tzinfo=UTC)
HEADER = "external_id,kind,title,description,area,cooperation_type,modality,role,countries,time_frame,financing,contact,language,organisation,owner_country"
ROWS = [
    "n1,need,Renforcement des capacités en télémédecine,Télémédecine pour les zones rurales d'Haïti,health,technical_assistance,south_south,,HT,short,,,fr,Ministère de la Santé,HT",
    'o1,offer,Cooperação técnica em telessaúde,"Capacitação em telessaúde, com tutoria",health,knowledge_exchange,triangular,pivot,HT;BR,medium,yes,coop@example.org,pt,Agência de Cooperação,BR',
    "n2,need,Gestión del riesgo de desastres,Sistemas de alerta temprana para municipios costeros,climate,programme,north_south,,ALL,medium,,,es,,",
]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def load(
    factory: sessionmaker[Session], path: Path, approved: bool = False
) -> catalogue_io.ImportReport:
    good, problems = catalogue_io.prepare(catalogue_io.read(path))
    assert problems == []
    with transaction(factory) as session:
        return catalogue_io.import_rows(session, good, "2021 needs survey", NOW, approved=approved)


def exported(factory: sessionmaker[Session], status: str = "all") -> list[dict[str, object]]:
    with factory() as session:
        rows = catalogue_io.export_rows(session, status)
    for row in rows:
        row.pop("created_at"), row.pop("updated_at")
    return rows


def test_a_csv_imports_every_row_with_its_source(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    report = load(factory, write(tmp_path, "survey.csv", "\n".join([HEADER, *ROWS])))
    assert (report.created, report.updated) == (3, 0)
    rows = exported(factory)
    assert {r["external_id"] for r in rows} == {"n1", "o1", "n2"}
    offer = next(r for r in rows if r["external_id"] == "o1")
    assert (
        offer["countries"] == ["BR", "HT"]
        and offer["financing"] is True
        and offer["role"] == "pivot"
    )
    assert offer["source"] == "2021 needs survey" and offer["status"] == "pending"


def test_reimporting_the_same_file_does_not_duplicate(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    path = write(tmp_path, "survey.csv", "\n".join([HEADER, *ROWS]))
    load(factory, path)
    again = load(factory, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert len(exported(factory)) == 3


def test_rows_without_an_id_get_a_stable_one(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    header = HEADER.replace("external_id,", "")
    rows = [r.split(",", 1)[1] for r in ROWS]
    path = write(tmp_path, "noids.csv", "\n".join([header, *rows]))
    load(factory, path)
    load(factory, path)
    assert len(exported(factory)) == 3


def test_bom_windows_line_ends_and_semicolons_are_read(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    header = HEADER.replace(",", ";")
    row = ROWS[0].replace(",", ";")
    path = write(tmp_path, "excel.csv", "\ufeff" + "\r\n".join([header, row]) + "\r\n")
    report = load(factory, path)
    assert report.created == 1
    assert exported(factory)[0]["title"] == "Renforcement des capacités en télémédecine"


@pytest.mark.parametrize(
    ("change", "field", "key"),
    [
        (("health", "heath"), "area", "error-code"),
        (("Renforcement des capacités en télémédecine", ""), "title", "error-empty"),
        (("south_south", "sideways"), "modality", "error-code"),
        (("HT,short", "XX,short"), "countries", "error-code"),
    ],
)
def test_every_bad_row_is_reported_with_its_row_and_field_and_nothing_is_imported(
    factory: sessionmaker[Session], tmp_path: Path, change: tuple[str, str], field: str, key: str
) -> None:
    bad = ROWS[0].replace(*change)
    path = write(tmp_path, "bad.csv", "\n".join([HEADER, ROWS[1], bad]))
    good, problems = catalogue_io.prepare(catalogue_io.read(path))
    assert [(p.row, p.field, p.key) for p in problems] == [(2, field, key)]
    assert [n for n, _ in good] == [1]


def test_a_10_mb_cell_is_reported_not_swallowed(tmp_path: Path) -> None:
    big = ROWS[0].replace("Télémédecine pour", "x" * 10_000_000 + " pour")
    path = write(tmp_path, "big.csv", "\n".join([HEADER, big]))
    _, problems = catalogue_io.prepare(catalogue_io.read(path))
    assert [(p.row, p.field, p.key) for p in problems] == [(1, "description", "error-too-long")]


def test_an_unknown_column_refuses_the_whole_file(tmp_path: Path) -> None:
    path = write(tmp_path, "wrong.csv", "\n".join([HEADER + ",colour", ROWS[0] + ",blue"]))
    with pytest.raises(catalogue_io.FileProblem) as caught:
        catalogue_io.prepare(catalogue_io.read(path))
    assert caught.value.key == "import-unknown-column" and caught.value.values["column"] == "colour"


def test_an_invalid_json_line_is_named_by_its_number(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.jsonl", '{"kind": "need"}\n{not json}\n')
    with pytest.raises(catalogue_io.FileProblem) as caught:
        catalogue_io.read(path)
    assert caught.value.values == {"line": 2}


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_export_then_import_into_an_empty_database_gives_the_same_catalogue(
    factory: sessionmaker[Session], tmp_path: Path, fmt: str, db_url: str
) -> None:
    load(factory, write(tmp_path, "survey.csv", "\n".join([HEADER, *ROWS])), approved=True)
    before = exported(factory)
    with factory() as session:
        content = catalogue_io.render(catalogue_io.export_rows(session, "all"), fmt)
    suffix = {"csv": "csv", "xlsx": "xlsx", "json": "jsonl"}[fmt]
    path = tmp_path / f"export.{suffix}"
    path.write_bytes(content)
    other = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    upgrade(other)
    other_factory = make_session_factory(other)
    load(other_factory, path)
    assert exported(other_factory) == before
    other.dispose()


def test_the_xlsx_is_made_for_people(factory: sessionmaker[Session], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    load(factory, write(tmp_path, "survey.csv", "\n".join([HEADER, *ROWS])), approved=True)
    with factory() as session:
        content = catalogue_io.render(catalogue_io.export_rows(session), "xlsx")
    path = tmp_path / "c.xlsx"
    path.write_bytes(content)
    book = load_workbook(path)
    assert book.sheetnames == ["Offers", "Needs"]
    needs = book["Needs"]
    assert needs.freeze_panes == "A2" and needs["A1"].font.b
    assert needs.max_row == 3 and needs.column_dimensions["D"].width > 20


def test_contact_is_exported_only_with_consent(factory: sessionmaker[Session]) -> None:
    from catalogue import delegates

    with transaction(factory) as session:
        for uid, consent in ((1, "direct"), (2, "secretariat")):
            row = delegates.ensure(session, uid, "en", None, NOW)
            delegates.save_profile(
                session,
                uid,
                delegates.ProfileInput.read(
                    {
                        "full_name": f"Person {uid}",
                        "actor_kind": "member_state",
                        "country": "BR",
                        "position": "Officer",
                        "timezone": "America/Sao_Paulo",
                        "consent": consent,
                    }
                ),
                NOW,
            )
            entry = entries.submit(
                session,
                row,
                entry_input(
                    "offer",
                    {
                        "title": f"Offer number {uid}",
                        "description": "Technical assistance on telehealth.",
                        "area": "health",
                        "cooperation_type": "programme",
                        "modality": "south_south",
                        "countries": ["HT"],
                        "time_frame": "short",
                        "financing": False,
                        "contact": f"p{uid}@example.org",
                    },
                    "en",
                ),
                NOW,
            )
            approve(session, entry.id, entry.version)
    contacts = {r["title"]: r["contact"] for r in exported(factory, "approved")}
    assert contacts == {"Offer number 1": "p1@example.org", "Offer number 2": None}


def test_two_reviewers_deciding_concurrently_only_one_wins(factory: sessionmaker[Session]) -> None:
    from catalogue import delegates

    with transaction(factory) as session:
        row = delegates.ensure(session, 1, "en", None, NOW)
        entry = entries.submit(
            session,
            row,
            entry_input(
                "need",
                {
                    "title": "Early warning systems",
                    "description": "Alerts for coastal towns and cities.",
                    "area": "climate",
                    "cooperation_type": "programme",
                    "modality": "south_south",
                    "countries": ["HT"],
                    "time_frame": "short",
                },
                "en",
            ),
            NOW,
        )
        entry_id, version = entry.id, entry.version
        for reviewer in (10, 11):
            roles.grant(session, reviewer, "secretariat", NOW)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def decide_as(reviewer: int, decision: str) -> None:
        barrier.wait()
        try:
            with transaction(factory) as session:
                review.decide(session, reviewer, entry_id, version, decision, "r", NOW)
            outcomes.append(decision)
        except entries.AlreadyDecided:
            outcomes.append("already")

    threads = [
        threading.Thread(target=decide_as, args=(10, "approve")),
        threading.Thread(target=decide_as, args=(11, "reject")),
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(outcomes)[0] == "already" and len(outcomes) == 2
    with factory() as session:
        assert len([e for e in review.history(session, entry_id) if e.action != "submit"]) == 1


def test_the_command_line_import_and_export(tmp_path: Path, cidi: Cidi) -> None:
    path = write(
        tmp_path,
        "survey.csv",
        "\n".join([HEADER, *ROWS, ROWS[0].replace("health", "heath").replace("n1,", "n9,")]),
    )

    def run(*a: str) -> Ran:
        return cidi("catalogue", *a, cwd=tmp_path)

    refused = run("import", str(path))
    assert (
        refused.returncode == 1
        and "row 4, area" in refused.stderr
        and "nothing imported" in refused.stderr
    )
    skipped = run(
        "import", str(path), "--skip-invalid", "--approved", "--source", "2021 needs survey"
    )
    assert skipped.returncode == 0 and "3 new" in skipped.stdout and "rows 4" in skipped.stdout
    out = run("export", "--format", "json")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 0 and {r["external_id"] for r in lines} == {"n1", "o1", "n2"}
    assert all(r["source"] == "2021 needs survey" for r in lines)
    xlsx = run("export", "--format", "xlsx", "--output", "c.xlsx")
    assert xlsx.returncode == 0 and (tmp_path / "c.xlsx").stat().st_size > 1000
    haiti = run("export", "--format", "json", "--country", "Haïti")  # one country's catalogue
    assert [json.loads(line)["external_id"] for line in haiti.stdout.splitlines()] == ["n1"]
    assert run("export", "--country", "Narnia").returncode == 2


def approve(session: Session, entry_id: int, version: int) -> None:
    """Approved by a secretariat member (user 99), through the one review service."""

    roles.grant(session, 99, "secretariat", NOW)
    review.decide(session, 99, entry_id, version, "approve", None, NOW)


def approved_entry(session: Session, uid: int, kind: str, title: str, lang: str = "en") -> int:
    """A registered delegate's entry, approved by the secretariat."""
    from catalogue import delegates

    row = delegates.ensure(session, uid, lang, None, NOW)
    delegates.save_profile(
        session,
        uid,
        delegates.ProfileInput.read(
            {
                "full_name": f"Person {uid}",
                "actor_kind": "member_state",
                "country": "HT",
                "position": "Officer",
                "timezone": "America/Port-au-Prince",
                "consent": "direct",
            }
        ),
        NOW,
    )
    entry = entries.submit(
        session,
        row,
        entry_input(
            kind,
            {
                "title": title,
                "description": "Teleconsultations for rural health posts.",
                "area": "health",
                "cooperation_type": "programme",
                "modality": "south_south",
                "countries": ["HT"],
                "time_frame": "short",
            },
            lang,
        ),
        NOW,
    )
    approve(session, entry.id, entry.version)
    return entry.id


def test_an_offer_imported_approved_is_announced_to_the_delegate_whose_need_matches(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    from bot.notices import render
    from catalogue.review import announce_imported
    from storage.models import Delivery, MatchPair

    with transaction(factory) as session:
        # (close in meaning to the offer: a shared concept alone is not pushed, issue 28)
        approved_entry(
            session, 1, "need", "Capacitação em telessaúde para os postos de saúde rurais", "pt"
        )
    path = write(tmp_path, "offers.csv", "\n".join([HEADER, ROWS[1]]))

    def import_and_announce() -> int:
        good, _ = catalogue_io.prepare(catalogue_io.read(path))
        with transaction(factory) as session:
            report = catalogue_io.import_rows(session, good, "survey", NOW, approved=True)
            return announce_imported(session, report.published, NOW)

    assert import_and_announce() == 1

    def match_notices(session: Session) -> list[Delivery]:
        rows = session.query(Delivery).all()
        return [d for d in rows if d.payload.get("about") == "match-new"]

    with factory() as session:
        queued = match_notices(session)
        assert session.query(MatchPair).count() == 1
        assert [d.user_id for d in queued] == [1]
        assert queued[0].payload["about"] == "match-new"
        said = render(session, "pt", queued[0].payload)  # the need's owner reads it in Portuguese
        assert said is not None and "Cooperação técnica em telessaúde" in said[0]
    assert import_and_announce() == 0  # the same file again: nothing new to tell
    with factory() as session:
        assert len(match_notices(session)) == 1


def test_two_processes_approving_a_pair_at_once_record_and_notify_it_once(
    factory: sessionmaker[Session],
) -> None:
    from catalogue import matches

    with transaction(factory) as session:
        ids = [
            approved_entry(session, 1, "need", "Telemedicine for rural clinics"),
            approved_entry(session, 2, "offer", "Telemedicina para zonas rurales"),
        ]
    barrier = threading.Barrier(2)

    engine = factory.kw["bind"]
    # Two processes: two engines on the database, so two indexes (one per engine).
    makers = [factory, make_session_factory(make_engine(engine.url.render_as_string(False)))]

    def approve_side(entry_id: int, maker: sessionmaker[Session]) -> None:
        barrier.wait()
        with transaction(maker) as session:
            matches.record_matches(session, entry_id, NOW)

    threads = [
        threading.Thread(target=approve_side, args=pair) for pair in zip(ids, makers, strict=True)
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    from storage.models import Delivery, MatchPair

    with factory() as session:
        assert session.query(MatchPair).count() == 1
        rows = session.query(Delivery).filter_by(kind="tell").all()
        told = sorted(d.user_id for d in rows if d.payload["about"] == "match-new")
    assert told == [1, 2]


def big_sheet(path: Path, header: list[str], rows: int) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    values = ROWS[0].split(",")
    for n in range(rows):
        sheet.append([f"x{n}", *values[1 : len(header)]])
    book.save(path)
    return path


def test_a_sheet_with_more_rows_than_a_catalogue_has_is_refused_before_it_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue_io, "MAX_ROWS", 50)
    path = big_sheet(tmp_path / "huge.xlsx", HEADER.split(","), 200)
    with pytest.raises(catalogue_io.FileProblem) as refused:
        catalogue_io.read(path)
    assert refused.value.key == "import-too-many-rows" and refused.value.values == {"max": 50}
    lines = "\n".join([HEADER] + [ROWS[0].replace("n1,", f"x{n},", 1) for n in range(60)])
    with pytest.raises(catalogue_io.FileProblem):  # CSV the same
        catalogue_io.read(write(tmp_path, "huge.csv", lines))


def test_a_sheet_with_a_foreign_header_is_refused_before_its_rows_are_read(
    tmp_path: Path,
) -> None:
    path = big_sheet(tmp_path / "other.xlsx", ["name", "phone", "city", "notes"], 2_000)
    with pytest.raises(catalogue_io.FileProblem) as refused:
        catalogue_io.read(path)
    assert refused.value.key == "import-unknown-column"


EVIL_TITLE = '=HYPERLINK("http://evil.example/x","Click")'
EVIL_ROW = (
    'e1,offer,"=HYPERLINK(""http://evil.example/x"",""Click"")",'
    '"@everyone: telehealth training for rural clinics",health,programme,south_south,,HT,'
    "short,,+1 555 0100 200,en,-Ministry,HT"
)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_every_cell_a_delegate_wrote_is_exported_as_text_never_as_a_formula(
    factory: sessionmaker[Session], tmp_path: Path, fmt: str
) -> None:
    from openpyxl import load_workbook

    load(factory, write(tmp_path, "evil.csv", "\n".join([HEADER, EVIL_ROW])), approved=True)
    with factory() as session:
        content = catalogue_io.render(catalogue_io.export_rows(session), fmt)
    path = write(tmp_path, f"export.{fmt}", "")
    path.write_bytes(content)
    if fmt == "xlsx":
        sheet = load_workbook(path)["Offers"]
        cells = {c.value: c.data_type for c in sheet[2] if isinstance(c.value, str)}
        assert cells[EVIL_TITLE] == "s"  # a string, which no spreadsheet evaluates
        assert all(kind == "s" for kind in cells.values())
        assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    else:
        text = content.decode("utf-8-sig")
        assert "'=HYPERLINK" in text and "'@everyone" in text and "'+1 555 0100 200" in text
        assert "'-Ministry" in text
    other = make_engine(f"sqlite:///{tmp_path / 'again.sqlite3'}")  # and it comes back as typed
    upgrade(other)
    load(make_session_factory(other), path)
    assert [r["title"] for r in exported(make_session_factory(other))] == [EVIL_TITLE]
    other.dispose()


def test_the_secretariats_export_says_who_submitted_each_entry(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as session:
        approved_entry(session, 7, "offer", "Telemedicine for rural clinics")
    (row,) = exported(factory, "approved")
    assert row["submitted_by"] == "Person 7" and row["submitter_position"] == "Officer"
    assert row["organisation"] == "Haiti"  # a member state's delegate speaks for the state


def test_target_groups_and_a_sub_region_are_imported_and_exported_with_the_scope(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """A regional need names its sub-region in the file; the export says it is regional."""
    header = HEADER + ",target_groups"
    rows = [
        "r1,need,Protección de personas refugiadas,Protocolos de acogida y registro de solicitantes de asilo,cross_cutting,knowledge_exchange,multi_stakeholder,,central_america,medium,,,es,,CR,refugees;women",
        ROWS[0] + ",",
    ]
    load(factory, write(tmp_path, "regional.csv", "\n".join([header, *rows])))
    by_id = {r["external_id"]: r for r in exported(factory)}
    assert by_id["r1"]["countries"] == sorted(countries.SUBREGIONS["central_america"])
    assert by_id["r1"]["scope"] == "regional"
    assert by_id["r1"]["target_groups"] == ["women", "refugees"]  # the taxonomy's order
    assert (by_id["n1"]["scope"], by_id["n1"]["target_groups"]) == ("national", [])
    csv_text = catalogue_io.render(list(by_id.values()), "csv").decode()
    assert "women;refugees" in csv_text


def test_an_unknown_target_group_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", f"{HEADER},target_groups\n{ROWS[0]},aliens")
    good, problems = catalogue_io.prepare(catalogue_io.read(path))
    assert good == []
    assert [(p.row, p.field, p.key) for p in problems] == [(1, "target_groups", "error-code")]


def test_every_export_validates_against_the_published_schema(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """The flat schema CooperaNet reads (catalogue/data/catalogue-export.schema.json): every
    row of every kind of export validates, and its columns are the files' columns."""
    from jsonschema import Draft202012Validator

    header = HEADER + ",target_groups"
    rows = [ROWS[0] + ",women", ROWS[1] + ",", ROWS[2] + ",children;refugees"]
    load(factory, write(tmp_path, "survey.csv", "\n".join([header, *rows])), approved=True)
    schema = catalogue_io.schema()
    assert list(schema["properties"]) == list(catalogue_io.COLUMNS)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    with factory() as session:
        exports = [
            catalogue_io.export_rows(session, "approved"),
            catalogue_io.export_rows(session, "all"),
            catalogue_io.export_rows(session, "all", since=NOW),
        ]
    for rows_ in exports:
        assert rows_
        lines = catalogue_io.render(rows_, "json").decode().splitlines()
        for line in lines:
            errors = [e.message for e in validator.iter_errors(json.loads(line))]
            assert errors == [], errors


def test_the_schema_names_the_taxonomy_as_it_is() -> None:
    from catalogue.partnerships import STAGES
    from catalogue.taxonomy import AREAS, MODALITIES, TARGET_GROUPS

    props = catalogue_io.schema()["properties"]
    assert props["area"]["enum"] == list(AREAS)
    assert props["modality"]["enum"] == list(MODALITIES)
    assert props["target_groups"]["items"]["enum"] == list(TARGET_GROUPS)
    assert props["partnership_stage"]["enum"] == [*STAGES, None]


def test_since_gives_what_changed_including_withdrawals_and_partnerships(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    from catalogue import partnerships
    from storage.models import Connection

    load(factory, write(tmp_path, "survey.csv", "\n".join([HEADER, *ROWS])), approved=True)
    later = NOW + timedelta(days=30)
    with transaction(factory) as session:
        n1 = session.query(Entry).filter(Entry.external_id == "n1").one()
        n1.status, n1.published, n1.updated_at = "withdrawn", None, later
        o1 = session.query(Entry).filter(Entry.external_id == "o1").one()
        connection = Connection(entry_id=o1.id, requester_id=42, owner_id=None,
                                status="accepted", created_at=later)  # fmt: skip
        session.add(connection)
        session.flush()
        partnerships.start(session, connection, later)
    with factory() as session:
        changed = catalogue_io.export_rows(session, "approved", since=later)
    by_id = {r["external_id"]: r for r in changed}
    assert set(by_id) == {"n1", "o1"}  # n2 did not change
    assert by_id["n1"]["status"] == "withdrawn"
    assert (by_id["o1"]["partnership_stage"], by_id["o1"]["partnerships"]) == ("talking", 1)
    assert by_id["o1"]["updated_at"] == later.isoformat()


def test_the_command_line_export_since_a_date(tmp_path: Path, cidi: Cidi) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}"}
    csv_path = write(tmp_path, "survey.csv", "\n".join([HEADER, *ROWS]))

    def run(*args: str) -> Ran:
        return cidi(*args, cwd=tmp_path, env=env)

    assert run("catalogue", "import", str(csv_path), "--approved").returncode == 0
    everything = run("catalogue", "export", "--format", "json", "--since", "2000-01-01")
    assert everything.returncode == 0 and len(everything.stdout.splitlines()) == 3
    nothing = run("catalogue", "export", "--format", "json", "--since", "2999-01-01T00:00")
    assert nothing.returncode == 0 and nothing.stdout == ""
    bad = run("catalogue", "export", "--since", "yesterday")
    assert bad.returncode == 2 and "--since" in bad.stderr
