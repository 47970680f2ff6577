"""Every notice reads in its reader's language only: whoever caused it, in whatever
language they use, a reader of each of the four languages finds none of another
language's words for kinds, actors, areas, reasons or countries in it."""

from __future__ import annotations

from typing import Any

from bot import callbacks as cb
from bot.notices import RENDERERS, render
from catalogue import countries
from catalogue.taxonomy import LANGUAGES
from fakegram.driver import Harness
from presentation.i18n import catalogue_shape, label
from storage.models import Delivery
from tests.bot.helpers import entries_of, register, submit_entry
from tests.conftest import SECRETARIAT_ID

FAMILIES = ("actor-", "kind-", "area-", "type-", "modality-", "reason-", "connect-", "entry-edit")
COUNTRIES = ("GT", "HT", "BR", "MX", "CL")


def words_of(lang: str) -> set[str]:
    """The words a reader of `lang` may meet in a notice, from its catalogue and CLDR."""
    keys = [k for k in catalogue_shape(lang) if k.startswith(FAMILIES)]
    found = set()
    for key in keys:
        try:
            found.add(label(lang, key))
        except Exception:  # a message that needs values: its wording is checked elsewhere
            continue
    return found | {countries.name(code, lang) for code in COUNTRIES}


def foreign_words(lang: str) -> set[str]:
    """Words of the other languages that never appear in `lang`'s own."""
    own = words_of(lang)
    own_text = " ".join(own)
    foreign = set()
    for other in LANGUAGES:
        if other != lang:
            foreign |= {w for w in words_of(other) if len(w) > 4 and w not in own_text}
    return foreign


async def test_every_notice_reads_in_the_readers_language_only(harness: Harness) -> None:
    people: dict[int, Any] = {}
    for uid, lang, country in (
        (1301, "fr", "Haïti"),
        (1302, "es", "Guatemala"),
        (1303, "pt", "Brasil"),
        (1304, "en", "Mexico"),
    ):
        people[uid] = harness.user(uid, language_code=lang, username=f"u{uid}")
        await register(people[uid], lang, country=country)
    await submit_entry(people[1301], "fr", title="Formation en télémédecine rurale")
    await submit_entry(people[1302], "es", kind="need", title="Telemedicina para zonas rurales")
    await submit_entry(people[1303], "pt", title="Cooperação técnica em telessaúde")
    sec = harness.user(SECRETARIAT_ID, language_code="en")
    await sec.send("/review")
    await sec.press(label("en", "review-approve"))
    await sec.press(label("en", "review-next"))
    await sec.press(label("en", "review-approve"))
    await sec.press(label("en", "review-next"))
    await sec.press(label("en", "review-reject"))
    await sec.press(label("en", "reason-duplicate"))
    offer = entries_of(harness, 1301)[0].id
    for uid in (1302, 1304):
        await people[uid].press_data(cb.CATALOGUE.data(cb.Cat.INTERESTED, offer))
        await people[uid].send("Nos interesa mucho para nuestros centros de salud.")
    await people[1301].press(label("fr", "connect-accept"))
    await harness.deliver_outbox()

    with harness.services.sessions() as session:
        told = [d.payload for d in session.query(Delivery).filter_by(kind="tell")]
        abouts = {p["about"] for p in told}
        assert {
            "entry-decided",
            "match-new",
            "connection-requested",
            "connection-accepted",
            "entries-waiting",
        } <= abouts
        assert abouts <= set(RENDERERS)
        checked = 0
        for lang in LANGUAGES:
            foreign = foreign_words(lang)
            for payload in told:
                said = render(session, lang, payload)
                if said is None:
                    continue
                text = said[0] + " " + " ".join(b.label for row in said[1] for b in row)
                strays = sorted(w for w in foreign if w in text)
                assert not strays, f"{payload['about']} for a {lang} reader: {strays}"
                checked += 1
    assert checked >= 4 * len(abouts)


async def test_a_secretariat_member_who_never_registered_reads_notices_in_their_chats_language(
    harness: Harness,
) -> None:
    """Y2: the Secretariat's "new entry waiting for review" reached a member who had only used
    their commands in English, whatever their Telegram language; it follows that language."""
    sec = harness.user(SECRETARIAT_ID, language_code="fr")
    await sec.send("/review")  # a command, no /start, no registration
    author = harness.user(1311, language_code="es", username="u1311")
    await register(author, "es", country="Guatemala")
    await submit_entry(author, "es", title="Telemedicina para zonas rurales")
    await harness.deliver_outbox()
    waiting = [m for m in sec.messages() if m.startswith("📥")]
    assert waiting and all(label("fr", "kind-offer") in m for m in waiting), waiting
    # Their Telegram now speaks Portuguese: the next notice follows their last update.
    sec = harness.user(SECRETARIAT_ID, language_code="pt")
    await sec.send("/review")
    harness.advance(6 * 60)  # past the Secretariat's five-minute batch
    await submit_entry(author, "es", title="Vigilancia epidemiológica comunitaria")
    await harness.deliver_outbox()
    latest = [m for m in sec.messages() if m.startswith("📥")][-1]
    assert label("pt", "kind-offer") in latest and label("fr", "kind-offer") not in latest
