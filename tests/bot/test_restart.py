"""A dialog interrupted by a restart continues where it was."""

from __future__ import annotations

import pytest

from fakegram.driver import Harness
from presentation.i18n import label, t
from tests.bot.helpers import stored

# The dialect matters here (state kept across a restart, on the database): on PostgreSQL too.
pytestmark = pytest.mark.both_databases


async def test_a_new_application_on_the_same_database_continues_registration(
    harness: Harness,
) -> None:
    lu = harness.user(401, language_code="es")
    await lu.send("/start")
    await lu.send("Lucía Gómez")
    await lu.press(label("es", "actor-member_state"))
    await lu.send("Colombia")
    assert lu.last_text().startswith(t("es", "reg-ask-position", max=120))

    await harness.restart()  # as after kill -9: nothing was kept in memory

    await lu.send("Asesora de cooperación")
    assert "America/Bogota" in lu.last_text()
    await lu.press(lu.buttons()[0])
    await lu.press(label("es", "consent-direct"))
    row = stored(harness, 401)
    assert row is not None and row.registered_at is not None
    assert (row.full_name, row.country, row.position) == (
        "Lucía Gómez",
        "CO",
        "Asesora de cooperación",
    )


async def test_buttons_sent_before_the_restart_still_work(harness: Harness) -> None:
    mo = harness.user(402, language_code="pt")
    await mo.send("/start")
    await mo.send("Mo Teixeira")
    await harness.restart()
    await mo.press(label("pt", "actor-academia"))
    assert mo.last_text().startswith(t("pt", "reg-ask-organisation", max=200))


async def test_start_after_a_restart_resumes_the_open_question(harness: Harness) -> None:
    ni = harness.user(403, language_code="fr")
    await ni.send("/start")
    await ni.send("Ni Dupont")
    await harness.restart()
    await ni.send("/start")
    assert ni.last_text().startswith(t("fr", "start-resume"))
    assert t("fr", "reg-ask-kind") in ni.last_text()
