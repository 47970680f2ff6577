"""Samples for the next language review (issue 32): on the rehearsed meeting, one notice of
each kind, each console page and both documents, in each of the four languages, as they are
sent and shown.

    CIDI_WRITE_SAMPLES=1 python -m pytest tests/db/test_samples.py -n 0

writes them to docs/samples/. Without it the test is skipped: it builds the rehearsed meeting
once more in a process of its own (minutes of CPU), for files only a reviewer reads."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.notices import RENDERERS, render
from catalogue import report, roles, signin
from catalogue.taxonomy import LANGUAGES
from presentation import publish as published_document
from presentation import report as report_document
from scheduler import agenda_store
from storage.db import transaction
from storage.models import Delivery, Entry
from tests.db.test_meeting_outputs import built
from web.app import Console, make_app

ROOT = Path(__file__).resolve().parents[2]
PAGES = (
    "/",
    "/review",
    "/catalogue",
    "/delegates",
    "/connections",
    "/figures",
    "/agenda",
    "/broadcasts",
    "/exports",
    "/signin",
    "/no-such-page",
)


@pytest.fixture
def out() -> Path:
    if not os.environ.get("CIDI_WRITE_SAMPLES"):
        pytest.skip("set CIDI_WRITE_SAMPLES=1 to write the samples to docs/samples/")
    return ROOT / "docs" / "samples"


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def _write(out: Path, files: dict[str, str]) -> None:
    """Every sample to `out`; each one says something once its tags are gone."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        assert _plain(text).strip(), name
        (out / name).write_text(text, "utf-8")


async def test_a_sample_of_every_notice_page_and_document_in_each_language(
    tmp_path_factory: pytest.TempPathFactory, out: Path
) -> None:
    meeting = built("sqlite", tmp_path_factory)
    factory, now = meeting.factory, meeting.done.now
    files: dict[str, str] = {}
    with factory() as session:
        payloads: dict[str, dict[str, object]] = {}
        for row in session.scalars(select(Delivery).order_by(Delivery.id)):
            about = str((row.payload or {}).get("about"))
            if about in RENDERERS and about not in payloads:
                for lang in LANGUAGES:  # one that still says something (not a gone entry)
                    if render(session, lang, row.payload or {}) is None:
                        break
                else:
                    payloads[about] = dict(row.payload or {})
        agenda = agenda_store.current(session)
        figures = report.figures(session, now)
        entry_id = session.scalars(select(Entry.id).order_by(Entry.id)).first()
        secretariat = next(u for u, held in sorted(roles.admins(session).items()) if held)
    assert len(payloads) >= len(RENDERERS) // 2, sorted(payloads)
    for lang in LANGUAGES:
        lines = [f"# Notices ({lang}), one of each kind, as sent\n"]
        with factory() as session:
            for about in sorted(payloads):
                said = render(session, lang, payloads[about])
                assert said is not None
                buttons = " ".join(f"[{b.label}]" for row in said[1] for b in row)
                lines.append(f"## {about}\n\n```\n{said[0]}\n```\n{buttons}\n")
            document = published_document.gather(session, now, agenda, lang)
        files[f"notices.{lang}.md"] = "\n".join(lines)
        catalogue_html = published_document.render(document, "html", "cidi_demo_bot")
        files[f"catalogue.{lang}.html"] = catalogue_html.decode()
        files[f"report.{lang}.html"] = report_document.html(figures, lang, {}, agenda)

    console = Console(sessions=factory, clock=lambda: now, base_url="http://127.0.0.1")
    client = TestClient(TestServer(make_app(console), host="127.0.0.1"))
    await client.start_server()
    try:
        with transaction(factory) as session:
            token = signin.issue_link(session, secretariat, now)
        assert (await client.post(f"/signin/{token}", allow_redirects=False)).status == 303
        for lang in LANGUAGES:
            for path in (*PAGES, f"/entries/{entry_id}"):
                page = await client.get(f"{path}?lang={lang}")
                text = await page.text()
                assert f'<html lang="{lang}">' in text, (path, lang, page.status)
                name = path.strip("/").replace("/", "-") or "overview"
                files[f"console-{name}.{lang}.html"] = text
    finally:
        await client.close()
    _write(out, files)
