"""The published catalogue: an HTML file and a PDF that hold every approved entry and none
that waits, each with the way to reach its owner and a link that opens it in the bot."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from fakegram.driver import Harness
from presentation.i18n import label, t
from presentation.publish import gather, render
from scheduler import agenda_store
from tests.bot.helpers import approve_pending, entries_of, register, submit_entry
from tests.conftest import SECRETARIAT_ID, Cidi, Ran

APPROVED = ["Telemedicine for rural clinics", "Formación docente en línea", "Gestão de resíduos"]
PENDING = "Early warning for hurricanes"


async def a_catalogue(harness: Harness) -> None:
    for n, (lang, title) in enumerate(zip(("en", "es", "pt"), APPROVED, strict=True)):
        person = harness.user(1300 + n, language_code=lang)
        await register(person, lang, country=("Chile", "Perú", "Brasil")[n],
                       consent="direct" if n == 0 else "secretariat")  # fmt: skip
        await submit_entry(person, lang, title=title, contact=f"person{n}@example.org")
    await approve_pending(harness)
    late = harness.user(1310, language_code="en")
    await register(late, "en")
    await submit_entry(late, "en", kind="need", title=PENDING)


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(page.extract_text() or "" for page in reader.pages)


async def test_the_pdf_holds_every_approved_title_and_none_pending(harness: Harness) -> None:
    await a_catalogue(harness)
    with harness.services.sessions() as session:
        document = gather(session, harness.clock(), agenda_store.current(session), "fr")
    content = render(document, "pdf", "cidi_bot")
    assert content[:5] == b"%PDF-"
    text = " ".join(pdf_text(content).split())
    for title in APPROVED:
        assert title in text
    assert PENDING not in text
    assert label("fr", "publish-contents") in text


async def test_the_html_is_one_file_with_contacts_as_agreed_and_links_to_the_bot(
    harness: Harness,
) -> None:
    await a_catalogue(harness)
    with harness.services.sessions() as session:
        agenda = agenda_store.current(session)
        document = gather(session, harness.clock(), agenda, "es", "country")
    page = render(document, "html", "cidi_bot").decode()
    assert "person0@example.org" in page  # agreed to share
    assert "person1@example.org" not in page and "person2@example.org" not in page
    assert label("es", "publish-through-secretariat") in page
    first = entries_of(harness, 1300)[0].id
    assert f"https://t.me/cidi_bot?start=e_{first}" in page
    assert page.count("data:image/png;base64,") == 3  # one QR code a entry, inline
    assert "http://" not in page and 'src="http' not in page  # nothing fetched from outside
    assert 'lang="pt"' in page and 'lang="es"' in page  # each entry's text marked
    assert PENDING not in page
    assert page.index("Chile") < page.index("Perú") or "Brasil" in page


async def test_a_published_link_opens_the_entry_with_im_interested(harness: Harness) -> None:
    await a_catalogue(harness)
    entry = entries_of(harness, 1300)[0]
    reader = harness.user(1320, language_code="fr")
    await reader.send(f"/start e_{entry.id}")
    assert entry.title in " ".join(reader.messages())
    await reader.press(label("fr", "connect-interested"))  # on the entry's message
    assert reader.last_text().startswith(t("fr", "connect-register-first"))  # register first
    assert reader.last_text().endswith(t("fr", "reg-ask-name", max=100))  # where they were


async def test_a_newcomer_from_a_link_is_brought_back_to_the_entry_after_registering(
    harness: Harness,
) -> None:
    """The entry is remembered in the registration's row, not in memory: a restart halfway
    loses nothing."""
    await a_catalogue(harness)
    entry = entries_of(harness, 1300)[0]
    reader = harness.user(1321, language_code="es")
    await reader.send(f"/start e_{entry.id}")
    await reader.send("Lucía Gómez")
    await reader.press(label("es", "actor-member_state"))
    await harness.restart()
    await reader.press(label("es", "connect-interested"))
    assert reader.last_text().startswith(t("es", "connect-register-first"))
    await reader.send("Guatemala")
    await reader.send("Directora de cooperación")
    await reader.press(reader.buttons()[0])  # the proposed time zone
    await reader.press(label("es", "consent-direct"))
    card = reader.last_text()
    assert entry.title in card and label("es", "connect-interested") in reader.buttons()
    assert reader.messages()[-2].startswith(t("es", "reg-done", name="Lucía Gómez")[:20])
    await reader.press(label("es", "connect-interested"))  # registered now: the request
    assert reader.last_text().startswith(t("es", "connect-ask", title=entry.title, max=500)[:30])


async def test_the_secretariat_gets_the_document_with_publish(harness: Harness) -> None:
    await a_catalogue(harness)
    sec = harness.user(SECRETARIAT_ID, language_code="pt")
    await sec.send("/publish")
    said = harness.api.bot_messages(SECRETARIAT_ID)
    preparing = next(n for n, m in enumerate(said) if m.get("text", "").startswith("⏳"))
    assert preparing < min(n for n, m in enumerate(said) if "document" in m)  # told at once
    sent = [m for m in harness.api.bot_messages(SECRETARIAT_ID) if "document" in m]
    names = [m["document"]["file_name"] for m in sent[-2:]]
    assert names[0].endswith(".html") and names[1].endswith(".pdf")
    pdf = harness.api.files[sent[-1]["document"]["file_id"]].content
    assert APPROVED[2] in " ".join(pdf_text(pdf).split())


def test_the_command_line_publishes_offline_with_the_setting(tmp_path: Path, cidi: Cidi) -> None:
    db = f"sqlite:///{tmp_path / 'pub.sqlite3'}"
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "external_id,kind,title,description,area,cooperation_type,modality,countries,time_frame,language,owner_country\n"
        "p1,offer,Telemedicine for rural clinics,Training and teleconsultations for rural clinics,health,technical_assistance,south_south,HT,short,en,CL\n",
        encoding="utf-8",
    )
    env = {"DATABASE_URL": db, "BOT_USERNAME": "cidi_bot"}

    def run(*args: str) -> Ran:
        return cidi(*args, cwd=tmp_path, env=env)

    assert run("catalogue", "import", str(rows), "--approved").returncode == 0
    out = tmp_path / "catalogue.pdf"
    done = run("catalogue", "publish", "--format", "pdf", "--language", "es",
                "--country", "Chile", "--output", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Telemedicine for rural clinics" in " ".join(pdf_text(out.read_bytes()).split())
    env.pop("BOT_USERNAME")
    missing = run("catalogue", "publish", "--output", str(tmp_path / "x.html"))
    assert missing.returncode == 2 and "BOT_USERNAME" in missing.stderr
