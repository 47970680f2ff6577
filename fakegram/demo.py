"""`cidi-bot demo`: the real bot, on a throw-away SQLite database, through the in-process
fake Telegram, in a scripted rehearsal that needs no token and no network.

Three delegates in three languages register, a need and an offer go into the catalogue,
the secretariat approves them, the bot matches the two across languages, the owners are put
in touch, a third delegate searches, and everyone reads the agenda. Each person's words and
the bot's answers are printed as they happen; the exit status is 0 only if every step went
as a delegate would expect.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bot.settings import Settings
from catalogue import entries
from fakegram.driver import FakeUser, Harness
from presentation.i18n import label

SECRETARIAT = 900
WIDTH = 76


class Transcript:
    def __init__(self, harness: Harness, short: bool = True) -> None:
        self.h = harness
        self.short = short
        self.seen: dict[int, int] = {}
        self.names: dict[int, str] = {}

    def person(self, user_id: int, lang: str, name: str) -> FakeUser:
        self.names[user_id] = name
        return self.h.user(user_id, language_code=lang, first_name=name.split()[0])

    def says(self, user: FakeUser, what: str) -> None:
        print(f"\n{self.names[user.id]} ▸ {what}")

    def answers(self, user: FakeUser) -> None:
        """What the bot wrote to this person since last time, buttons in brackets."""
        messages = self.h.api.bot_messages(user.id)
        for message in messages[self.seen.get(user.id, 0) :]:
            lines = (message.get("text") or message.get("caption") or "").splitlines()
            if self.short and len(lines) > 8:
                lines = [*lines[:8], "…"]
            for line in lines:
                print(f"    bot ▸ {line}"[:WIDTH] if self.short else f"    bot ▸ {line}")
            buttons = user.buttons(message)
            if buttons:
                shown = " ".join(f"[{b}]" for b in buttons[:6]) + (" …" if len(buttons) > 6 else "")
                print(f"          {shown}"[: WIDTH + 40])
        self.seen[user.id] = len(messages)

    async def send(self, user: FakeUser, text: str) -> None:
        self.says(user, text)
        await user.send(text)
        self.answers(user)

    async def press(self, user: FakeUser, button: str) -> None:
        self.says(user, f"[{button}]")
        await user.press(button)
        self.answers(user)

    def quietly(self, *users: FakeUser) -> None:
        """Forget what was written meanwhile (steps shown once already)."""
        for user in users:
            self.seen[user.id] = len(self.h.api.bot_messages(user.id))


async def register(tr: Transcript, user: FakeUser, lang: str, country: str) -> None:
    await tr.send(user, "/start")
    await tr.send(user, tr.names[user.id])
    await tr.press(user, label(lang, "actor-member_state"))
    await tr.send(user, country)
    await tr.send(user, "Director of international cooperation")
    await tr.press(user, user.buttons()[0])  # the proposed time zone
    await tr.press(user, label(lang, "consent-direct"))


async def submit(
    tr: Transcript, user: FakeUser, lang: str, kind: str, title: str, description: str, country: str
) -> None:
    await tr.send(user, f"/{kind}")
    await tr.send(user, title)
    await tr.send(user, description)
    await tr.press(user, label(lang, "area-button-health"))
    await tr.press(user, label(lang, "type-technical_assistance"))
    await tr.press(user, label(lang, "modality-south_south"))
    await tr.send(user, country)
    await tr.press(user, label(lang, "entry-countries-done"))
    await tr.press(user, label(lang, "entry-groups-none"))
    await tr.press(user, label(lang, "timeframe-short"))
    if kind == "offer":
        await tr.press(user, label(lang, "answer-yes"))
    await tr.send(user, f"cooperation@{tr.names[user.id].split()[-1].lower()}.example.org")
    await tr.press(user, label(lang, "entry-submit"))


async def rehearse(short: bool = True) -> int:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,
            database_url=f"sqlite:///{Path(folder) / 'demo.sqlite3'}",
            secretariat_ids=[SECRETARIAT],
        )
        harness = Harness(settings, start=datetime(2021, 12, 1, 15, 0, tzinfo=UTC))
        await harness.start()
        try:
            return await _script(Transcript(harness, short))
        finally:
            await harness.stop()


async def _script(tr: Transcript) -> int:
    ana = tr.person(7001, "es", "Ana Morales")
    paulo = tr.person(7002, "pt", "Paulo Souza")
    claire = tr.person(7003, "fr", "Claire Martin")
    sec = tr.person(SECRETARIAT, "en", "Sam (OAS secretariat)")
    print("A rehearsal of the CIDI Cooperation Bot: the real bot, a fake Telegram, no token.")
    print("\n== Ana registers, in Spanish")
    await register(tr, ana, "es", "Guatemala")
    print("\n== Ana submits a need")
    await submit(
        tr,
        ana,
        "es",
        "need",
        "Telemedicina para centros de salud rurales",
        "Teleconsultas y formación del personal de los puestos de salud rurales.",
        "Guatemala",
    )
    print("\n== Meanwhile Paulo (Portuguese) and Claire (French) register, and Paulo offers")
    with contextlib.redirect_stdout(io.StringIO()):  # the same steps, not shown twice
        for user, lang, country in ((paulo, "pt", "Brasil"), (claire, "fr", "Haïti")):
            await register(tr, user, lang, country)
        await submit(
            tr,
            paulo,
            "pt",
            "offer",
            "Cooperação técnica em telessaúde",
            "Teleconsultas e formação de equipes de atenção primária em áreas remotas.",
            "Guatemala",
        )
    tr.quietly(paulo, claire, sec)
    print("\n== The secretariat reviews, in English")
    await tr.send(sec, "/review")
    await tr.press(sec, label("en", "review-approve"))
    await tr.press(sec, label("en", "review-next"))
    await tr.press(sec, label("en", "review-approve"))
    print("\n== Ana hears of Paulo's offer (matched across languages) and asks to meet")
    tr.answers(ana)
    await tr.press(ana, label("es", "connect-interested"))
    await tr.send(ana, "Nos interesa mucho formar a nuestros equipos.")
    print("\n== Paulo accepts: each gets the other's contact")
    tr.answers(paulo)
    await tr.press(paulo, label("pt", "connect-accept"))
    tr.answers(ana)
    print("\n== Claire searches the catalogue in French")
    await tr.send(claire, "/search télémédecine rurale")
    print("\n== The agenda, in Ana's language and time zone")
    await tr.send(ana, "/agenda")
    checks = {
        "Ana is registered and her need approved": _status(tr.h, ana.id) == "approved",
        "Paulo's offer is approved": _status(tr.h, paulo.id) == "approved",
        "Ana got Paulo's contact": any("Paulo Souza" in m for m in ana.messages()),
        "Claire's search found the offer": "telessaúde" in claire.last_text(),
    }
    print("\n== What the rehearsal checked")
    for check, ok in checks.items():
        print(f"  {'✔' if ok else '✘'} {check}")
    print("\nNext: put a bot token in .env and run `cidi-bot run` (README, “Create the bot”).")
    return 0 if all(checks.values()) else 1


def _status(h: Harness, user_id: int) -> str | None:
    with h.services.sessions() as session:
        own = entries.of_owner(session, user_id)
        return own[0].status if own else None
