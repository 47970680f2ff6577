"""Unmet needs, and the report to the CIDI in JSON, XLSX and PDF."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from catalogue import partnerships, report
from fakegram.driver import Harness
from presentation.i18n import label
from presentation.report import render
from scheduler.agenda import default_text, parse
from storage.db import transaction
from storage.models import Partnership
from tests.bot.helpers import approve_pending, entries_of, register, submit_entry
from tests.conftest import ORGANISER_ID, Cidi

AGENDA = parse(default_text())[0]
assert AGENDA is not None


async def a_meeting(harness: Harness) -> tuple[int, int]:
    """A telehealth offer and need that match; a need for lionfish control nobody offers."""
    ana = harness.user(1401, language_code="es")
    await register(ana, "es", country="Chile")
    await submit_entry(ana, "es", kind="offer", title="Telesalud para zonas rurales",
                       description="Teleconsultas y formación en telemedicina rural.")  # fmt: skip
    bea = harness.user(1402, language_code="en")
    await register(bea, "en", country="Honduras")
    await submit_entry(bea, "en", kind="need", title="Telemedicine for rural clinics",
                       description="We need teleconsultation and telemedicine training.")  # fmt: skip
    cid = harness.user(1403, language_code="fr")
    await register(cid, "fr", country="Haïti")
    await submit_entry(cid, "fr", kind="need", area="climate",
                       title="Lutte contre le poisson-lion invasif",
                       description="Capture du poisson-lion sur les récifs coralliens.")  # fmt: skip
    await approve_pending(harness)
    return entries_of(harness, 1402)[0].id, entries_of(harness, 1403)[0].id


async def test_a_need_nothing_matches_for_30_days_is_unmet(harness: Harness) -> None:
    matched, lonely = await a_meeting(harness)
    with harness.services.sessions() as session:
        assert report.unmet_needs(session, harness.clock()) == []  # too early to say
        later = harness.clock() + timedelta(days=31)
        assert [e.id for e in report.unmet_needs(session, later)] == [lonely]
    harness.advance(31 * 86400)
    org = harness.user(ORGANISER_ID, language_code="en")
    await org.send("/unmet")
    assert "poisson-lion" in org.last_text() and "Telemedicine" not in org.last_text()
    assert org.last_text().startswith(
        label("en", "unmet-title", count=1).replace("<b>", "").replace("</b>", "")
    )
    assert matched != lonely


async def test_the_report_says_the_same_in_json_xlsx_and_pdf(
    harness: Harness, tmp_path: Path
) -> None:
    matched, lonely = await a_meeting(harness)
    with transaction(harness.services.sessions) as session:
        from storage.models import Connection

        connection = Connection(entry_id=matched, requester_id=1401, owner_id=1402,
                                status="accepted", created_at=harness.clock())  # fmt: skip
        session.add(connection)
        session.flush()
        partnership = partnerships.start(session, connection, harness.clock())
        partnerships.move(session, 1401, partnership.id, "agreed",
                          harness.clock() + timedelta(days=10))  # fmt: skip
    later = harness.clock() + timedelta(days=40)
    with harness.services.sessions() as session:
        figures = report.figures(session, later)
        assert session.query(Partnership).count() == 1
    assert (figures["offers"], figures["needs"]) == (1, 2)
    assert figures["by_area"]["needs"] == {"health": 1, "climate": 1}
    assert figures["by_country"]["offers"] == {"CL": 1}
    assert figures["partnerships"]["agreed"] == 1 and figures["stage_days"] == {"talking": 10.0}
    assert figures["unmet_needs"] == [lonely]
    assert sorted(figures["member_states"]) == ["CL", "HN", "HT"]
    data = json.loads(render(figures, "json", "en", {}, AGENDA))
    assert {"offers", "needs", "by_area", "by_country", "partnerships", "unmet_needs"} <= set(data)
    titles = {lonely: "Lutte contre le poisson-lion invasif"}
    book = load_workbook(io.BytesIO(render(figures, "xlsx", "fr", titles, AGENDA)))
    assert label("fr", "report-unmet") in book.sheetnames
    unmet = book[label("fr", "report-unmet")]
    assert [c.value for c in unmet[2]] == [lonely, "Lutte contre le poisson-lion invasif"]
    assert book[book.sheetnames[0]]._images  # the charts, as pictures
    pdf = render(figures, "pdf", "es", titles, AGENDA)
    text = " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split()
    )
    assert label("es", "report-unmet") in text and "poisson-lion" in text


def test_the_report_command_writes_the_json_twin(tmp_path: Path, cidi: Cidi) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'r.sqlite3'}"}
    out = tmp_path / "report.json"
    done = cidi("report", "--format", "json", "--output", str(out), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["offers"] == 0 and data["unmet_needs"] == [] and "talking" in data["partnerships"]
    bad = cidi("report", "--output", str(out), "--since", "soon", cwd=tmp_path, env=env)
    assert bad.returncode == 2


async def test_an_offer_that_meets_an_unmet_need_is_told_to_its_owner(harness: Harness) -> None:
    _, lonely = await a_meeting(harness)
    harness.advance(31 * 86400)
    with harness.services.sessions() as session:
        assert [e.id for e in report.unmet_needs(session, harness.clock())] == [lonely]
    cid = harness.user(1403, language_code="fr")
    heard = len(cid.messages())
    dan = harness.user(1404, language_code="es")
    await register(dan, "es", country="Bahamas")
    await submit_entry(dan, "es", kind="offer", area="climate",
                       title="Control del pez león invasor",
                       description="Captura del pez león en los arrecifes de coral.")  # fmt: skip
    await approve_pending(harness)
    await harness.deliver_outbox()
    assert any(m.startswith("🤝") and "pez león" in m for m in cid.messages()[heard:])
    with harness.services.sessions() as session:
        assert report.unmet_needs(session, harness.clock()) == []
