"""The console over HTTP: signing in, who may see what, forms that cannot be forged, and
the secretariat's work done through the same services as in the chat."""

from __future__ import annotations

import html
import json
from datetime import timedelta

import aiohttp
import pytest
from markupsafe import escape
from sqlalchemy import select

from catalogue import roles
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label, t
from storage.db import transaction
from storage.models import AuditEntry, Broadcast, Delivery, Entry
from tests.bot.helpers import entries_of, register, submit_entry
from tests.conftest import ORGANISER_ID, SECRETARIAT_ID
from tests.web.conftest import Browser
from web.app import Console

EVIL_TITLES = ["<script>alert(1)</script> clinics", '<img src=x onerror="alert(2)"> schools']


async def delegate_with_entry(
    harness: Harness, uid: int, lang: str = "es", title: str | None = None, country: str = "Chile"
) -> tuple[FakeUser, Entry]:
    person = harness.user(uid, language_code=lang, username=f"user{uid}")
    await register(person, lang, country=country, name=f"Persona {uid}")
    await submit_entry(person, lang, title=title)
    return person, entries_of(harness, uid)[0]


def shown(text: str) -> str:
    """Plain text (a label, a title) as the console's autoescaping templates write it."""
    return str(escape(text))


# -- signing in ------------------------------------------------------------------------


async def test_a_link_opens_a_confirmation_then_signs_in_once(browsers: list[Browser]) -> None:
    first, second = browsers
    path = first.link(SECRETARIAT_ID)
    for _ in range(2):  # a link preview, then the person: the GET never uses it up
        status, page = await first.get(path)
        assert status == 200 and label("en", "web-signin-button") in page
    assert (await first.confirm(path, look=False)).status == 303
    status, page = await first.get("/")
    assert status == 200 and label("en", "web-nav-review") in page
    again = await second.confirm(path)  # the same link, reused
    assert again.status == 403 and t("en", "web-link-used") in await again.text()
    assert (await second.client.get("/review", allow_redirects=False)).status == 303


async def test_pages_before_sign_in_speak_the_visitors_language(browser: Browser) -> None:
    """Y2: the sign-in page, a refused link and an unknown address follow ?lang= and then the
    browser's Accept-Language; an unknown address is the console's page, not the server's."""
    status, page = await browser.get("/signin?lang=fr")
    assert status == 200 and '<html lang="fr">' in page
    asked = await browser.client.get("/signin", headers={"Accept-Language": "pt-BR,pt;q=0.9"})
    assert '<html lang="pt">' in await asked.text()
    weighed = await browser.client.get(
        "/signin", headers={"Accept-Language": "de-DE, en;q=0.3, es;q=0.8"}
    )
    assert '<html lang="es">' in await weighed.text()
    forged = await browser.client.get(
        "/signin/" + "A" * 32, headers={"Accept-Language": "es-419,es;q=0.9"}
    )
    assert forged.status == 403 and t("es", "web-link-unknown") in await forged.text()
    missing = await browser.client.get("/no/such/page?lang=fr")
    assert missing.status == 404 and t("fr", "web-not-found") in await missing.text()
    away = await browser.client.get("/review?lang=es", allow_redirects=False)
    assert away.status == 303 and away.headers["Location"] == "/signin?lang=es"


async def test_expired_and_forged_links_are_refused(harness: Harness, browser: Browser) -> None:
    path = browser.link(SECRETARIAT_ID)
    harness.advance(11 * 60)  # links live 10 minutes
    refused = await browser.confirm(path)
    assert refused.status == 403 and t("en", "web-link-expired") in await refused.text()
    forged = await browser.confirm("/signin/" + "A" * 32)
    assert forged.status == 403 and t("en", "web-link-unknown") in await forged.text()
    status, _ = await browser.get("/review")
    assert (
        status == 200
        and browser.client.session.cookie_jar.filter_cookies(browser.client.make_url("/")).get(
            "cidi_console"
        )
        is None
    )


async def test_the_session_cookie_is_httponly_and_lax_and_signing_out_ends_it(
    browser: Browser,
) -> None:
    path = browser.link(SECRETARIAT_ID)
    response = await browser.confirm(path)
    cookie = next(c for c in response.headers.getall("Set-Cookie") if "cidi_console=" in c)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    csrf = await browser.csrf("/")
    await browser.post("/signout", {"csrf": csrf})
    assert (await browser.client.get("/", allow_redirects=False)).status == 303


async def test_a_session_idle_for_eight_hours_is_over(harness: Harness, browser: Browser) -> None:
    await browser.sign_in(ORGANISER_ID)
    harness.advance(7 * 3600)
    assert (await browser.client.get("/", allow_redirects=False)).status == 200
    harness.advance(8 * 3600 + 1)
    assert (await browser.client.get("/", allow_redirects=False)).status == 303


async def test_the_web_command_sends_a_working_link_without_a_preview(
    harness: Harness, browser: Browser
) -> None:
    sec = harness.user(SECRETARIAT_ID, language_code="fr")
    await sec.send("/web")
    _method, params = next(c for c in reversed(harness.api.log) if c[0] == "sendMessage")
    preview = params["link_preview_options"]
    preview = json.loads(preview) if isinstance(preview, str) else preview
    assert preview["is_disabled"] is True  # a preview fetch must not use the link up
    link = str(params["text"]).split("http://127.0.0.1:8080", 1)[1].split()[0]
    assert (await browser.confirm(link)).status == 303
    status, page = await browser.get("/")
    assert status == 200 and label("fr", "web-nav-review") in page  # their chat's language


async def test_a_delegate_asking_for_a_link_gets_the_chats_refusal(harness: Harness) -> None:
    ana = harness.user(3001, language_code="es")
    await register(ana, "es")
    await ana.send("/web")
    assert ana.last_text() == t("es", "error-not-allowed")


# -- who may see what ----------------------------------------------------------------------

PAGES = [
    "/",
    "/review",
    "/catalogue",
    "/entries/1",
    "/delegates",
    "/connections",
    "/figures",
    "/agenda",
    "/broadcasts",
    "/exports",
    "/exports/catalogue.csv",
]


async def test_a_withdrawn_role_ends_every_session_of_that_person_and_a_new_grant_revives_none(
    harness: Harness, browsers: list[Browser]
) -> None:
    await delegate_with_entry(harness, 3002)
    with transaction(harness.services.sessions) as session:
        roles.grant(session, 3100, "secretariat", harness.clock())
    laptop, phone = browsers
    await laptop.sign_in(3100)
    await phone.sign_in(3100)
    unused = laptop.link(3100)  # a link asked for and not used yet
    assert (await laptop.get("/review"))[0] == 200
    with transaction(harness.services.sessions) as session:
        roles.revoke(session, 3100, "secretariat", harness.clock())
        roles.grant(session, 3100, "secretariat", harness.clock())  # and given back at once
    for browser in (laptop, phone):
        for path in PAGES:
            response = await browser.client.get(path, allow_redirects=False)
            assert response.status == 303 and response.headers["Location"] == "/signin", path
            assert "Persona 3002" not in await response.text()
    refused = await laptop.confirm(unused)
    assert refused.status == 403 and t("en", "web-link-unknown") in await refused.text()
    await laptop.sign_in(3100)  # a new link signs in again
    assert (await laptop.get("/review"))[0] == 200


async def test_a_page_the_role_does_not_open_is_refused_and_audited(browser: Browser) -> None:
    await browser.sign_in(ORGANISER_ID)
    status, _ = await browser.get("/review")
    assert status == 403
    with browser.harness.services.sessions() as session:
        refused = session.execute(
            select(AuditEntry).where(
                AuditEntry.actor_id == ORGANISER_ID, AuditEntry.action == "refused"
            )
        ).scalars()
        assert {a.via for a in refused} == {"web"}


async def test_an_organiser_sees_figures_but_not_the_review_queue(browser: Browser) -> None:
    await browser.sign_in(ORGANISER_ID)
    assert (await browser.get("/figures"))[0] == 200
    assert (await browser.get("/broadcasts"))[0] == 200
    for path in ("/review", "/delegates", "/exports", "/connections"):
        assert (await browser.get(path))[0] == 403, path


async def test_a_form_without_its_csrf_token_changes_nothing(
    harness: Harness, browser: Browser
) -> None:
    _, entry = await delegate_with_entry(harness, 3003)
    await browser.sign_in(SECRETARIAT_ID)
    for data in ({}, {"csrf": "forged"}):
        response = await browser.post(
            "/review", {**data, "pick": f"{entry.id}:{entry.version}", "decision": "approve"}
        )
        assert response.status == 400
    assert entries_of(harness, 3003)[0].status == "pending"


@pytest.mark.parametrize("title", EVIL_TITLES)
async def test_a_title_with_markup_is_shown_as_text_everywhere(
    harness: Harness, browser: Browser, title: str
) -> None:
    _, entry = await delegate_with_entry(harness, 3004, "en", title=title)
    await browser.sign_in(SECRETARIAT_ID)
    for path in ("/review", f"/entries/{entry.id}"):
        _, page = await browser.get(path)
        assert shown(title) in page and title not in page
    csrf = await browser.csrf("/review")
    await browser.post("/review", {"csrf": csrf, "pick": f"{entry.id}:{entry.version}",
                                   "decision": "approve", "confirm": "yes"})  # fmt: skip
    for path in ("/catalogue", "/catalogue?q=clinics+schools", "/connections"):
        _, page = await browser.get(path)
        assert title not in page


# -- the secretariat's work ------------------------------------------------------------------


async def test_approving_in_the_console_tells_the_owner_as_the_chat_does(
    harness: Harness, browser: Browser
) -> None:
    owner, entry = await delegate_with_entry(harness, 3005, "pt")
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get("/review")
    assert shown(entry.title) in page
    csrf = await browser.csrf("/review")
    asked = await browser.post(
        "/review", {"csrf": csrf, "pick": f"{entry.id}:{entry.version}", "decision": "approve"}
    )
    assert shown(label("en", "web-confirm-approve", count=1)) in await asked.text()
    assert entries_of(harness, 3005)[0].status == "pending"  # shown, not yet done
    response = await browser.post(
        "/review",
        {"csrf": csrf, "pick": f"{entry.id}:{entry.version}", "decision": "approve",
         "confirm": "yes", "back": "/review?kind=offer"},
    )  # fmt: skip
    assert response.status == 200 and response.url.path_qs == "/review?kind=offer"
    assert "Approved (1)" in await response.text()  # the flash survives the redirect
    assert entries_of(harness, 3005)[0].status == "approved"
    await harness.deliver_outbox()
    told = t("pt", "notify-approved", kind=label("pt", "kind-offer"), id=entry.id,
             title=entry.title)  # fmt: skip
    assert owner.last_text() == html.unescape(told).replace("<b>", "").replace("</b>", "")
    with harness.services.sessions() as session:
        audit = session.execute(
            select(AuditEntry).where(AuditEntry.action == "review")
        ).scalar_one()
        assert (audit.actor_id, audit.via, json.loads(audit.detail or "{}")["decision"]) == (
            SECRETARIAT_ID,
            "web",
            "approve",
        )


@pytest.mark.both_databases
async def test_two_reviewers_deciding_one_entry_apply_it_once(
    harness: Harness, browsers: list[Browser]
) -> None:
    _, entry = await delegate_with_entry(harness, 3006)
    with transaction(harness.services.sessions) as session:
        roles.grant(session, 3101, "secretariat", harness.clock())
    sec = harness.user(3101, language_code="en")
    await register(sec, "en", name="Second Reviewer")
    first, second = browsers
    await first.sign_in(SECRETARIAT_ID)
    await second.sign_in(3101)
    forms = [await b.csrf(f"/entries/{entry.id}") for b in (first, second)]
    one = await first.post(f"/entries/{entry.id}/decide",
                           {"csrf": forms[0], "version": entry.version, "decision": "approve"})  # fmt: skip
    two = await second.post(
        f"/entries/{entry.id}/decide",
        {"csrf": forms[1], "version": entry.version, "decision": "reject", "preset": "duplicate"},
    )
    assert one.status == two.status == 200
    page = await two.text()
    assert "already decided by" in page
    assert entries_of(harness, 3006)[0].status == "approved"
    await harness.deliver_outbox()
    owner_messages = harness.api.bot_messages(3006)
    assert sum("aprobada" in m.get("text", "") for m in owner_messages) == 1
    assert not any("no fue aceptada" in m.get("text", "") for m in owner_messages)


@pytest.mark.both_databases
async def test_several_entries_are_decided_at_once_with_one_reason(
    harness: Harness, browser: Browser
) -> None:
    picked = []
    for uid in (3007, 3008, 3009):
        _, entry = await delegate_with_entry(harness, uid, "fr")
        picked.append(f"{entry.id}:{entry.version}")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/review")
    rejected = await browser.post(
        "/review?language=fr", [("csrf", csrf), ("decision", "reject"), ("reason", ""),
                                ("confirm", "yes"), *(("pick", p) for p in picked[:2])],
    )  # fmt: skip
    # a rejection needs its reason: nothing is applied, said beside the form, ticks kept
    page = await rejected.text()
    assert rejected.status == 200 and shown(label("en", "web-reason-needed")) in page
    assert page.count("checked") == 2 and 'value="fr" selected' in page
    assert 'href="/review?language=fr&amp;lang=es"' in page  # the switch leaves the form
    assert {e.status for uid in (3007, 3008) for e in entries_of(harness, uid)} == {"pending"}
    done = await browser.post(
        "/review",
        [("csrf", csrf), ("decision", "request_changes"), ("preset", "not_specific"),
         ("confirm", "yes"), *(("pick", p) for p in picked[:2])],
    )  # fmt: skip
    assert done.status == 200
    statuses = [entries_of(harness, uid)[0].status for uid in (3007, 3008, 3009)]
    assert statuses == ["changes_requested", "changes_requested", "pending"]


async def test_the_review_queue_filters_by_country_and_kind(
    harness: Harness, browser: Browser
) -> None:
    await delegate_with_entry(harness, 3010, "es", title="Telesalud en Chile", country="Chile")
    await delegate_with_entry(harness, 3011, "es", title="Telesalud en Perú", country="Perú")
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get("/review?country=PE&kind=offer")
    assert "Telesalud en Perú" in page and "Telesalud en Chile" not in page
    _, page = await browser.get("/review?kind=need")
    assert shown(label("en", "web-list-empty-filtered")) in page


async def test_the_secretariat_corrects_an_entry_and_the_owner_is_told(
    harness: Harness, browser: Browser
) -> None:
    owner, entry = await delegate_with_entry(harness, 3012, "en")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf(f"/entries/{entry.id}")
    form = {
        "csrf": csrf, "title": "Telehealth training for rural clinics",
        "description": entry.description, "area": "health",
        "cooperation_type": entry.cooperation_type, "modality": entry.modality,
        "time_frame": entry.time_frame, "countries": "caribbean", "target_groups": "women",
    }  # fmt: skip
    response = await browser.post(f"/entries/{entry.id}/correct", form)
    assert response.status == 200 and response.url.path == f"/entries/{entry.id}"
    corrected = entries_of(harness, 3012)[0]
    assert corrected.title == "Telehealth training for rural clinics"
    assert corrected.target_groups == ["women"] and "JM" in corrected.countries
    await harness.deliver_outbox()
    assert "corrected your" in owner.last_text()
    bad = await browser.post(f"/entries/{entry.id}/correct", {**form, "title": "x"})
    assert bad.status == 200 and "flash-bad" in await bad.text()
    assert entries_of(harness, 3012)[0].title == "Telehealth training for rural clinics"


async def test_delegates_are_verified_and_given_roles_from_the_console(
    harness: Harness, browser: Browser
) -> None:
    await delegate_with_entry(harness, 3013)
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get("/delegates")
    assert "Persona 3013" in page
    assert shown(label("en", "web-progress-summary", taking=1, silent=0)) in page
    csrf = await browser.csrf("/delegates")
    asked = await browser.post("/delegates", {"csrf": csrf, "user": "3013", "action": "verify"})
    assert shown(label("en", "web-confirm-verify", name="Persona 3013")) in await asked.text()
    await browser.post("/delegates", {"csrf": csrf, "user": "3013", "action": "verify",
                                      "confirm": "yes"})  # fmt: skip
    await browser.post("/delegates", {"csrf": csrf, "user": "3013", "action": "grant",
                                      "role": "organiser", "confirm": "yes"})  # fmt: skip
    with harness.services.sessions() as session:
        assert "organiser" in roles.roles_of(session, 3013)
        actions = session.execute(
            select(AuditEntry.action, AuditEntry.via).where(AuditEntry.target == "user:3013")
        ).all()
        assert set(actions) >= {("verify", "web"), ("role_grant", "web")}
    invite = await browser.post("/delegates", {"csrf": csrf, "action": "invite",
                                               "role": "secretariat"})  # fmt: skip
    assert "?start=inv_" in await invite.text()


async def test_a_broadcast_is_counted_then_sent_once_to_its_segment(
    harness: Harness, browser: Browser
) -> None:
    for uid, country in ((3014, "Chile"), (3015, "Perú"), (3016, "Chile")):
        await register(harness.user(uid, language_code="es"), "es", country=country)
    await browser.sign_in(ORGANISER_ID)
    csrf = await browser.csrf("/broadcasts")
    form = {"csrf": csrf, "text_es": "La sesión <b>B.2</b> empieza a las 14:00.",
            "audience": "country", "value_country": "CL"}  # fmt: skip
    counted = await browser.post("/broadcasts", {**form, "go": "count"})
    assert shown(label("en", "web-broadcast-count", count=2)) in await counted.text()
    with harness.services.sessions() as session:
        assert session.execute(select(Broadcast)).first() is None  # counting sends nothing
    sent = await browser.post("/broadcasts", {**form, "go": "send"})
    assert sent.status == 200
    await harness.deliver_outbox()
    for uid, expected in ((3014, 1), (3015, 0), (3016, 1)):
        got = [m for m in harness.api.bot_messages(uid) if "B.2" in m.get("text", "")]
        assert len(got) == expected
    bad = await browser.post("/broadcasts", {**form, "text_es": "<b>sin cerrar", "go": "send"})
    assert t("en", "broadcast-bad-html") in await bad.text()


async def test_a_scheduled_broadcast_is_cancelled_from_the_console(
    harness: Harness, browser: Browser
) -> None:
    await register(harness.user(3017, language_code="en"), "en")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/broadcasts")
    at = (harness.clock() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    await browser.post("/broadcasts", {"csrf": csrf, "text_en": "Tomorrow", "audience": "all",
                                       "at": at, "go": "send"})  # fmt: skip
    with harness.services.sessions() as session:
        broadcast = session.execute(select(Broadcast)).scalar_one()
    await browser.post(f"/broadcasts/{broadcast.id}/cancel", {"csrf": csrf})
    with harness.services.sessions() as session:
        assert session.get(Broadcast, broadcast.id).status == "cancelled"  # type: ignore[union-attr]
        pending = session.execute(
            select(Delivery).where(Delivery.kind == "broadcast", Delivery.status == "pending")
        ).first()
        assert pending is None


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
async def test_exports_download_the_catalogue_of_one_country(
    harness: Harness, browser: Browser, fmt: str
) -> None:
    await delegate_with_entry(harness, 3018, "es", title="Oferta de Chile")
    await delegate_with_entry(harness, 3019, "es", title="Oferta del Perú", country="Perú")
    await browser.sign_in(SECRETARIAT_ID)
    response = await browser.client.get(f"/exports/catalogue.{fmt}?status=all&country=PE")
    assert response.status == 200
    assert "attachment" in response.headers["Content-Disposition"]
    body = await response.read()
    if fmt != "xlsx":
        text = body.decode("utf-8")
        assert "Oferta del Perú" in text and "Oferta de Chile" not in text
    else:
        assert body[:2] == b"PK"
    with harness.services.sessions() as session:
        audit = session.execute(
            select(AuditEntry).where(AuditEntry.action == "export")
        ).scalar_one()
        assert audit.via == "web" and json.loads(audit.detail or "{}")["country"] == "PE"


async def test_an_agenda_upload_shows_its_changes_and_followers_before_it_applies(
    harness: Harness, browser: Browser
) -> None:
    text = (await _agenda_text(harness)).replace(
        "start: 2021-12-02 13:30", "start: 2021-12-02 13:45"
    )
    await register(harness.user(3020, language_code="en"), "en")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/agenda")
    form = aiohttp.FormData({"csrf": csrf})
    form.add_field("file", text.encode(), filename="agenda.yaml", content_type="text/yaml")
    preview = await browser.client.post("/agenda", data=form)
    page = await preview.text()
    assert label("en", "web-agenda-moved") in page
    # the session by its title, the dates with their year and the month in words
    assert "2 December 2021, 13:30 → 2 December 2021, 13:45" in page
    assert shown(label("en", "web-agenda-told", count=1)) in page
    applied = await browser.post("/agenda/apply", {"csrf": csrf, "confirm": "yes"})
    assert applied.url.path == "/agenda"
    assert t("en", "agenda-upload-applied", notices=1) in await applied.text()


async def _agenda_text(harness: Harness) -> str:
    from importlib import resources

    return resources.files("scheduler.data").joinpath("cidi-2021.yaml").read_text("utf-8")


async def test_the_figures_are_drawn_as_charts(harness: Harness, browser: Browser) -> None:
    await delegate_with_entry(harness, 3021)
    await browser.sign_in(ORGANISER_ID)
    _, page = await browser.get("/figures")
    assert page.count('<img src="data:image/svg+xml;base64,') >= 3


async def test_the_catalogue_search_ranks_as_the_chat_does(
    harness: Harness, browser: Browser
) -> None:
    _, entry = await delegate_with_entry(harness, 3022, "pt")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/review")
    await browser.post("/review", {"csrf": csrf, "pick": f"{entry.id}:{entry.version}",
                                   "decision": "approve", "confirm": "yes"})  # fmt: skip
    # (a query close in meaning: a shared concept alone is no longer strong, issue 28)
    _, page = await browser.get("/catalogue?q=capacitação+em+telessaúde")
    assert shown(entry.title) in page and label("en", "confidence-strong") in page
    _, page = await browser.get("/catalogue?q=capacitação+em+telessaúde&country=PE")
    assert shown(entry.title) not in page
    _, page = await browser.get(f"/entries/{entry.id}")
    assert label("en", "web-history") in page and "Persona 3022" in page


async def test_the_chat_and_the_console_say_a_pairs_score_alike(
    harness: Harness, browser: Browser
) -> None:
    from presentation.render import score_text
    from storage.models import MatchPair
    from tests.bot.helpers import approve_pending

    need_owner = harness.user(3024, language_code="en")
    await register(need_owner, "en", country="Chile")
    await submit_entry(need_owner, "en", kind="need", title="Telemedicine for rural clinics",
                       description="Teleconsultations for rural health posts and nurses.")  # fmt: skip
    await delegate_with_entry(harness, 3025, "es", title="Telemedicina rural")
    await approve_pending(harness)
    with harness.services.sessions() as session:
        pair = session.query(MatchPair).order_by(MatchPair.score.desc()).first()
        assert pair is not None
        said, need_id = score_text(pair.score), pair.need_id
    await need_owner.send("/matches")
    assert f"({said}/100)" in need_owner.last_text()
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get(f"/entries/{need_id}")
    assert f'<td class="num">{said}</td>' in page


@pytest.mark.parametrize(
    ("lang", "day", "weekday"),
    [
        ("en", "2 December 2021", "Thursday, 2 December"),  # British order, as the texts
        ("fr", "2 décembre 2021", "jeudi 2 décembre"),
    ],
)
async def test_the_chat_and_the_console_say_a_date_one_way(
    harness: Harness, browser: Browser, lang: str, day: str, weekday: str
) -> None:
    """The agenda's day, the day an entry entered the catalogue (its card in the chat, its
    page in the console) and the console's agenda: CLDR's long date, or its full one with
    the weekday, never ISO and never another order."""
    from datetime import UTC, datetime

    from tests.bot.helpers import approve_pending

    harness.advance((datetime(2021, 12, 2, 16, 0, tzinfo=UTC) - harness.now).total_seconds())
    _, entry = await delegate_with_entry(harness, 3026, lang, title="Telemedicina rural")
    await approve_pending(harness)
    reader = harness.user(3027, language_code=lang)
    await register(reader, lang)
    await reader.send(f"/start e_{entry.id}")
    card = reader.messages()[-2]  # the entry, then the welcome back
    assert f"{label(lang, 'entry-field-since')}" in card and day in card
    await reader.send("/agenda")
    weekday = weekday[:1].upper() + weekday[1:]  # a heading opens with its capital (X3)
    assert weekday in reader.last_text()
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get(f"/entries/{entry.id}?lang={lang}")
    assert f"<dd>{day}</dd>" in page
    _, agenda = await browser.get(f"/agenda?lang={lang}")
    assert f"<h2>{weekday}" in agenda  # the console says the year too
    for text in (card, reader.last_text(), page, agenda):
        assert "2021-12-02" not in text and "December 2," not in text  # ISO nor the US order


async def test_behind_https_the_session_cookie_is_secure(harness: Harness) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from web.app import make_app

    console = Console(
        sessions=harness.services.sessions,
        clock=harness.clock,
        base_url="https://console.example.org",
    )
    client = TestClient(TestServer(make_app(console), host="127.0.0.1"))
    await client.start_server()
    try:
        path = Browser(client, harness).link(SECRETARIAT_ID)
        page = await client.get(path)
        pre = page.cookies["cidi_signin"]
        assert pre["secure"] and pre["httponly"] and pre["samesite"] == "Strict"
        response = await client.post(path, data={"pre": pre.value}, allow_redirects=False,
                                     headers={"Cookie": f"cidi_signin={pre.value}"})  # fmt: skip
        cookie = next(c for c in response.headers.getall("Set-Cookie") if "cidi_console=" in c)
        assert "Secure" in cookie and "HttpOnly" in cookie
    finally:
        await client.close()


async def test_the_published_catalogue_is_downloaded_from_the_console(
    harness: Harness, console: Console, browser: Browser
) -> None:
    _, entry = await delegate_with_entry(harness, 3030, "en", title="Telehealth published")
    await browser.sign_in(SECRETARIAT_ID)
    refused = await browser.client.get("/exports/published.html")
    assert refused.status == 400  # no BOT_USERNAME: the links could not be written
    console.bot_username = "cidi_bot"
    csrf = await browser.csrf("/review")
    await browser.post("/review", {"csrf": csrf, "pick": f"{entry.id}:{entry.version}",
                                   "decision": "approve", "confirm": "yes"})  # fmt: skip
    page = await browser.client.get("/exports/published.html?language=es&by=country")
    assert page.status == 200 and "Telehealth published" in await page.text()
    assert f"start=e_{entry.id}" in await page.text()
    pdf = await browser.client.get("/exports/published.pdf")
    assert (await pdf.read())[:5] == b"%PDF-"


async def test_the_secretariat_moves_a_partnership_and_names_its_third_party(
    harness: Harness, browser: Browser
) -> None:
    from catalogue import partnerships
    from storage.models import Connection, Partnership

    _, entry = await delegate_with_entry(harness, 3040, "en")
    with transaction(harness.services.sessions) as session:
        connection = Connection(entry_id=entry.id, requester_id=3041, owner_id=3040,
                                status="accepted", created_at=harness.clock())  # fmt: skip
        session.add(connection)
        session.flush()
        partnership_id = partnerships.start(session, connection, harness.clock()).id
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/connections")
    refused = await browser.post("/connections", {"csrf": csrf, "partnership": partnership_id,
                                                  "stage": "dropped"})  # fmt: skip
    assert "flash-warn" in await refused.text()  # a drop needs its reason
    await browser.post("/connections", {"csrf": csrf, "partnership": partnership_id,
                                        "stage": "agreed"})  # fmt: skip
    await browser.post("/connections", {"csrf": csrf, "partnership": partnership_id,
                                        "action": "third", "name": "<b>JICA</b>",
                                        "role": "facilitator"})  # fmt: skip
    _, page = await browser.get("/connections")
    assert label("en", "stage-agreed") in page and "&lt;b&gt;JICA&lt;/b&gt;" in page
    with harness.services.sessions() as session:
        p = session.get(Partnership, partnership_id)
        assert p is not None and (p.stage, p.third_role) == ("agreed", "facilitator")


async def test_a_console_correction_shows_in_the_chats_history_in_the_readers_time(
    harness: Harness, browser: Browser
) -> None:
    _, entry = await delegate_with_entry(harness, 3050, "en")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf(f"/entries/{entry.id}")
    await browser.post(f"/entries/{entry.id}/withdraw", {"csrf": csrf, "reason": "Duplicate"})
    sec = harness.user(SECRETARIAT_ID, language_code="es")
    await register(sec, "es", country="Perú")  # America/Lima
    await sec.send("/review")
    from bot import callbacks as cb

    await sec.press_data(cb.REVIEW.data(cb.Review.HISTORY, entry.id))
    text = sec.last_text()
    assert label("es", "action-withdrawn_by_secretariat") in text
    assert "UTC" not in text and label("es", "time-local", time="§").split("§")[1] in text


async def test_a_pdf_is_drawn_in_the_background_and_downloaded_when_ready(
    harness: Harness, console: Console, browsers: list[Browser]
) -> None:
    import asyncio
    import re

    _, entry = await delegate_with_entry(harness, 3040, "fr", title="Télésanté en arrière-plan")
    owner, other = browsers
    await owner.sign_in(SECRETARIAT_ID)
    console.bot_username = "cidi_bot"
    csrf = await owner.csrf("/review")
    await owner.post("/review", {"csrf": csrf, "pick": f"{entry.id}:{entry.version}",
                                 "decision": "approve", "confirm": "yes"})  # fmt: skip
    csrf = await owner.csrf("/exports")
    for document in ("catalogue", "report"):
        started = await owner.client.post(
            "/exports/documents",
            data={"csrf": csrf, "document": document, "language": "fr"},
            allow_redirects=False,
        )
        assert started.status == 303  # answered at once, with where to follow it
        progress = started.headers["Location"]
        for _ in range(300):
            status, page = await owner.get(progress)
            assert status == 200
            if 'id="download"' in page:
                break
            assert 'http-equiv="refresh"' in page  # the page follows the drawing by itself
            await asyncio.sleep(0.1)
        link = re.search(r'href="(/exports/documents/[^"]+/file)"', page)
        assert link, page
        pdf = await owner.client.get(link.group(1))
        assert pdf.status == 200 and (await pdf.read())[:5] == b"%PDF-"
    harness.user(SECRETARIAT_ID + 50)
    with transaction(harness.services.sessions) as session:
        roles.grant(session, SECRETARIAT_ID + 50, "secretariat", harness.clock())
    await other.sign_in(SECRETARIAT_ID + 50)
    status, _ = await other.get(link.group(1))
    assert status == 404  # a document is its asker's only
    refused = await owner.client.post("/exports/documents", data={"csrf": csrf, "document": "x"})
    assert refused.status == 400


async def test_the_console_and_the_chat_gate_each_page_by_the_cores_table_of_rights(
    harness: Harness, browser: Browser
) -> None:
    """An organiser may upload an agenda in the chat, so in the console too (the console
    allowed only the secretariat before: two rules for one right); what the table gives
    only to the secretariat stays closed to an organiser on both sides."""
    from storage.rights import RIGHTS, Action
    from web.http import NAV

    text = (await _agenda_text(harness)).replace(
        "start: 2021-12-02 13:30", "start: 2021-12-02 13:45"
    )
    await browser.sign_in(ORGANISER_ID)
    csrf = await browser.csrf("/agenda")
    form = aiohttp.FormData({"csrf": csrf})
    form.add_field("file", text.encode(), filename="agenda.yaml", content_type="text/yaml")
    preview = await browser.client.post("/agenda", data=form)
    assert preview.status == 200 and label("en", "web-agenda-moved") in await preview.text()
    for path, _key, allowed in NAV:
        status, _ = await browser.get(path)
        assert (status == 200) == ("organiser" in allowed), path
    assert {a for a in Action if "organiser" in RIGHTS[a]} == {
        Action.BROADCAST, Action.AGENDA, Action.FIGURES, Action.CONSOLE, Action.READ_CATALOGUE,
    }  # fmt: skip
    organiser = harness.user(ORGANISER_ID, language_code="en")
    await organiser.send("/review")  # the chat reads the same table
    assert organiser.last_text() == t("en", "error-not-allowed-secretariat")


# -- lists that scale, forms that behave (issue 31) -------------------------------------


async def test_the_catalogue_pages_sorts_filters_and_keeps_them_across_a_language_switch(
    harness: Harness, browser: Browser
) -> None:
    for uid in (3050, 3051, 3052):
        await delegate_with_entry(harness, uid, "es", title=f"Telesalud número {uid}")
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get("/catalogue")
    assert shown(label("en", "web-list-empty")) in page  # nothing approved yet, in words
    _, page = await browser.get("/catalogue?status=pending&size=25&sort=title&order=desc")
    assert page.index("número 3052") < page.index("número 3050")
    assert shown(label("en", "web-list-total", total=3, first=1, last=3)) in page
    # the language switch keeps the filters and the sort
    assert (
        'href="/catalogue?status=pending&amp;size=25&amp;sort=title&amp;order=desc&amp;lang=fr"'
        in page
    )
    _, page = await browser.get("/catalogue?status=pending&language=en")
    assert shown(label("en", "web-list-empty-filtered")) in page
    csv = await browser.client.get("/catalogue?status=pending&sort=id&order=asc&format=csv")
    rows = (await csv.text()).splitlines()
    assert csv.headers["Content-Disposition"].endswith('catalogue.csv"')
    assert len(rows) == 4 and "Telesalud número 3050" in rows[1]


async def test_a_csv_cell_is_never_a_formula(harness: Harness, browser: Browser) -> None:
    await delegate_with_entry(harness, 3053, "en", title="=HYPERLINK(1) clinics")
    await browser.sign_in(SECRETARIAT_ID)
    csv = await (await browser.client.get("/review?format=csv")).text()
    assert "'=HYPERLINK(1) clinics" in csv


async def test_delegates_are_searched_paged_and_confirmed_before_a_role_is_given(
    harness: Harness, browser: Browser
) -> None:
    for uid, country in ((3054, "Haití"), (3055, "Chile")):
        await register(harness.user(uid, language_code="fr"), "fr", country=country,
                       name=f"Persona {uid}")  # fmt: skip
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get("/delegates?q=haiti")
    assert "Persona 3054" in page and "Persona 3055" not in page
    _, page = await browser.get("/delegates?q=nobody+at+all")
    assert shown(label("en", "web-list-empty-filtered")) in page
    csrf = await browser.csrf("/delegates")
    # someone who never registered in the chat is named by the name given at the grant
    asked = await browser.post(
        "/delegates",
        {
            "csrf": csrf,
            "user": "777003",
            "action": "grant",
            "role": "secretariat",
            "back": "/delegates?q=x",
        },
    )
    assert 'name="name"' in await asked.text()
    done = await browser.post(
        "/delegates",
        {
            "csrf": csrf,
            "user": "777003",
            "action": "grant",
            "role": "secretariat",
            "name": "Marta Ruiz",
            "confirm": "yes",
            "back": "/delegates?q=x",
        },
    )
    assert done.url.path_qs == "/delegates?q=x"
    assert shown(label("en", "web-grant-done", name="Marta Ruiz",
                       role=label("en", "role-secretariat"))) in await done.text()  # fmt: skip
    with harness.services.sessions() as session:
        assert roles.staff_name(session, 777003) == "Marta Ruiz"


async def test_unknown_addresses_and_methods_answer_with_a_page_of_the_console(
    browser: Browser,
) -> None:
    await browser.sign_in(SECRETARIAT_ID)
    status, page = await browser.get("/nowhere?lang=es")
    assert status == 404 and shown(t("es", "web-not-found")) in page
    assert label("es", "web-nav-review") in page  # with the navigation
    wrong = await browser.client.get("/entries/1/decide")
    assert wrong.status == 405 and label("es", "web-nav-review") in await wrong.text()


async def test_the_header_names_who_is_signed_in_and_what_they_hold(browser: Browser) -> None:
    await browser.sign_in(SECRETARIAT_ID)
    _, page = await browser.get("/")
    assert label("en", "role-secretariat") in page and label("en", "web-skip") in page


async def test_after_a_decision_on_its_page_the_next_in_the_queue_is_offered(
    harness: Harness, browser: Browser
) -> None:
    _, first = await delegate_with_entry(harness, 3056, "en")
    _, second = await delegate_with_entry(harness, 3057, "en")
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf(f"/entries/{first.id}")
    none = await browser.post(f"/entries/{first.id}/decide",
                              {"csrf": csrf, "version": first.version})  # fmt: skip
    assert shown(label("en", "web-decision-needed")) in await none.text()  # no default
    done = await browser.post(
        f"/entries/{first.id}/decide",
        {"csrf": csrf, "version": first.version, "decision": "approve"},
    )
    page = await done.text()
    assert done.url.path == f"/entries/{first.id}" and "Approved (1)" in page
    assert f'href="/entries/{second.id}"' in page and label("en", "web-next-in-queue") in page


async def test_a_broadcast_to_haiti_and_french_is_previewed_then_sent_to_them_alone(
    harness: Harness, browser: Browser
) -> None:
    for uid, lang, country in ((3060, "fr", "Haïti"), (3061, "es", "Haití"),
                               (3062, "fr", "Chili")):  # fmt: skip
        await register(harness.user(uid, language_code=lang), lang, country=country)
    await browser.sign_in(ORGANISER_ID)
    csrf = await browser.csrf("/broadcasts")
    form = [("csrf", csrf), ("format", "markdown"), ("audience", "criteria"),
            ("text_fr", "La séance **B.2** commence à 14h <script>"),
            ("c_country", "HT"), ("c_country", "FR"), ("c_language", "fr")]  # fmt: skip
    asked = await browser.post("/broadcasts", [*form, ("go", "preview")])
    page = await asked.text()
    assert shown(label("en", "web-broadcast-count", count=1)) in page
    assert "<b>B.2</b>" in page and "<script>" not in page  # formatted, and only formatted
    assert "Haiti, France" in page and "Français" in page  # the audience in words
    with harness.services.sessions() as session:
        assert session.execute(select(Broadcast)).first() is None  # a preview sends nothing
    sent = await browser.post("/broadcasts", [*form, ("go", "send")])
    assert sent.url.path == "/broadcasts" and "#1" in await sent.text()
    await harness.deliver_outbox()
    for uid, expected in ((3060, 1), (3061, 0), (3062, 0)):
        got = [m for m in harness.api.bot_messages(uid) if "B.2" in m.get("text", "")]
        assert len(got) == expected


@pytest.mark.parametrize(
    "elsewhere", ["//evil.example/x", "/\t/evil.example", "https://evil.example"]
)
async def test_a_forms_way_back_never_leads_to_another_site(
    browser: Browser, elsewhere: str
) -> None:
    await browser.sign_in(SECRETARIAT_ID)
    csrf = await browser.csrf("/delegates")
    done = await browser.client.post(
        "/delegates", data={"csrf": csrf, "action": "invite", "role": "organiser",
                            "back": elsewhere}, allow_redirects=False,
    )  # fmt: skip
    assert done.status == 303 and done.headers["Location"] == "/delegates"
