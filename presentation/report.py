"""The report to the CIDI as a file: JSON (the machine-readable twin), XLSX (a sheet per
table, charts as pictures) or PDF (drawn by WeasyPrint from HTML with matplotlib charts).
Labels in one language; the figures come from catalogue.report."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from typing import Any

from babel.dates import format_skeleton
from markupsafe import Markup
from openpyxl import Workbook
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Font

from catalogue import countries
from catalogue.taxonomy import UNKNOWN
from presentation.chart import area_chart, counts_chart
from presentation.i18n import format_locale, label
from presentation.publish import ENV, pdf
from presentation.render import date_text, decimal_text, moment_text, place_name
from scheduler.agenda import Agenda

FORMATS = ("json", "xlsx", "pdf")
TABLES = ("by_area", "by_country", "by_actor_kind", "by_modality", "by_cooperation_type")
PREFIX = {"by_area": "area", "by_actor_kind": "actor", "by_modality": "modality",
          "by_cooperation_type": "type"}  # fmt: skip


def _name(lang: str, table: str, code: str) -> str:
    if table == "by_country":
        return place_name(code, lang)
    if code == UNKNOWN:
        return label(lang, "not-given-actor_kind")
    return label(lang, f"{PREFIX[table]}-{code}")


def rows_of(figures: dict[str, Any], table: str, lang: str) -> list[tuple[str, int, int]]:
    """(name, offers, needs) of one breakdown, in the alphabetical order of the reader's
    language, what was not given last."""
    split = figures[table]
    codes = set(split["offers"]) | set(split["needs"])
    rows = [(code, _name(lang, table, code), split["offers"].get(code, 0),
             split["needs"].get(code, 0)) for code in codes]  # fmt: skip
    rows.sort(key=lambda r: (r[0] == UNKNOWN, countries.fold(r[1])))
    return [(name, offers, needs) for _, name, offers, needs in rows]


def narrative(figures: dict[str, Any], lang: str, agenda: Agenda) -> str:
    """The report's opening paragraph, written from its own figures."""
    month = (
        format_skeleton("yMMMM", agenda.days[0], locale=format_locale(lang)) if agenda.days else ""
    )
    places = set(figures["by_country"]["offers"]) | set(figures["by_country"]["needs"])
    return label(
        lang,
        "report-narrative",
        month=month,
        delegates=figures["delegates"],
        states=len(figures["member_states"]),
        offers=figures["offers"],
        needs=figures["needs"],
        places=len(places - {UNKNOWN}),
        matches=figures["matches"],
        contacts=sum(figures["contacts"].values()),
        partnerships=sum(figures["partnerships"].values()),
        completed=figures["partnerships"].get("completed", 0),
        unmet=len(figures["unmet_needs"]),
    )


def _charts(figures: dict[str, Any], lang: str, fmt: str) -> list[tuple[str, bytes]]:
    by_area = {
        a: {"offer": figures["by_area"]["offers"].get(a, 0),
            "need": figures["by_area"]["needs"].get(a, 0)}
        for a in set(figures["by_area"]["offers"]) | set(figures["by_area"]["needs"])
    }  # fmt: skip
    stages = {label(lang, f"stage-{s}"): n for s, n in figures["partnerships"].items()}
    return [
        ("report-chart-area", area_chart(lang, by_area, fmt)),
        ("report-chart-stages", counts_chart(lang, stages, fmt)),
    ]


def render(
    figures: dict[str, Any], fmt: str, lang: str, titles: dict[int, str], agenda: Agenda
) -> bytes:
    """The report as a file; `agenda` names the meeting (its official name, its dates)."""
    if fmt == "json":
        return (json.dumps(figures, ensure_ascii=False, indent=2) + "\n").encode()
    if fmt == "xlsx":
        return _xlsx(figures, lang, titles)
    if fmt == "pdf":
        return pdf(html(figures, lang, titles, agenda))
    raise ValueError(fmt)


def _xlsx(figures: dict[str, Any], lang: str, titles: dict[int, str]) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = label(lang, "report-summary")[:31]
    bold = Font(bold=True)
    for key, value in (
        ("report-delegates", figures["delegates"]),
        ("report-member-states", len(figures["member_states"])),
        ("search-offers", figures["offers"]),
        ("search-needs", figures["needs"]),
        ("report-matches", figures["matches"]),
        ("report-contacts", sum(figures["contacts"].values())),
        ("report-meetings-proposed", figures["meetings"]["proposed"]),
        ("report-meetings-accepted", figures["meetings"]["accepted"]),
        ("report-meetings-held", figures["meetings"]["held"]),
        ("report-unmet", len(figures["unmet_needs"])),
    ):
        summary.append([label(lang, key, count=value), value])
    summary.column_dimensions["A"].width = 40
    row = summary.max_row + 2
    for _key, picture in _charts(figures, lang, "png"):
        image = SheetImage(io.BytesIO(picture))
        image.width, image.height = image.width * 0.6, image.height * 0.6
        summary.add_image(image, f"A{row}")
        row += int(image.height / 20) + 2
    for table in TABLES:
        sheet = book.create_sheet(label(lang, f"report-{table}")[:31])
        sheet.append([label(lang, f"report-column-{table}"), label(lang, "search-offers"),
                      label(lang, "search-needs")])  # fmt: skip
        for name, offers, needs in rows_of(figures, table, lang):
            sheet.append([name, offers, needs])
        sheet.column_dimensions["A"].width = 45
    stages = book.create_sheet(label(lang, "report-partnerships")[:31])
    stages.append([label(lang, "report-stage"), label(lang, "report-count"),
                   label(lang, "report-days")])  # fmt: skip
    for stage, count in figures["partnerships"].items():
        stages.append([label(lang, f"stage-{stage}"), count, figures["stage_days"].get(stage)])
    unmet = book.create_sheet(label(lang, "report-unmet")[:31])
    unmet.append(["#", label(lang, "entry-field-title")])
    for entry_id in figures["unmet_needs"]:
        unmet.append([entry_id, titles.get(entry_id, "")])
    unmet.column_dimensions["B"].width = 70
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        for row_cells in sheet.iter_rows():
            for cell in row_cells:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    cell.data_type = "s"  # a title stays text, never a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def html(figures: dict[str, Any], lang: str, titles: dict[int, str], agenda: Agenda) -> str:
    """The report as the HTML its PDF is drawn from."""
    charts = []
    for n, (key, svg) in enumerate(_charts(figures, lang, "svg")):
        text = svg.decode("utf-8")
        text = text[text.index("<svg") :]
        # matplotlib names the parts of every chart alike ("patch_1"): one prefix a chart
        # keeps the ids of one document unique
        text = re.sub(r'(id="|url\(#|href="#)', rf"\g<1>c{n}-", text)
        charts.append((key, Markup(text)))
    return ENV.get_template("report.html").render(
        lang=lang,
        f=figures,
        label=lambda key, **kw: label(lang, key, **kw),
        tables=[(t, rows_of(figures, t, lang)) for t in TABLES],
        charts=charts,
        titles=titles,
        states=sorted((countries.name(c, lang) for c in figures["member_states"]),
                      key=countries.fold),
        meeting=agenda.title_in(lang),
        number=lambda n: decimal_text(n, lang),
        narrative=narrative(figures, lang, agenda),
        date=date_text(datetime.fromisoformat(figures["generated_at"]).date(), lang),
        # as every date is said; the key says "UTC" itself
        generated=moment_text(datetime.fromisoformat(figures["generated_at"]), lang, "UTC"),
        since=date_text(date.fromisoformat(figures["since"][:10]), lang) if figures.get("since")
        else None,
    )  # fmt: skip
