"""The rehearsed meeting: about 230 delegates and 300 entries that went through every path,
then three simulated years of partnerships and check-ins.

Everything is done through the services a delegate, the secretariat or an organiser would
have called (registration, submission, review, import, withdrawal, edits, matching,
contact requests and answers, partnership stages, check-ins, a broadcast, an agenda
change, forgetting), at simulated times (`now` is a parameter of each), one transaction a
step. The same seed gives the same meeting. What it builds:

- delegates of the 35 member states (the state's delegation, and private-sector, academic,
  NGO and foundation delegates), of permanent observer states and of multilateral actors,
  in the four languages; some never finish registering, some block the bot, some are
  forgotten at their request;
- entries submitted in the chat (approved, sent back then resubmitted, sent back and left,
  rejected, withdrawn by their owner or by the secretariat, corrected by the secretariat,
  edited while approved so that an edit waits, never reviewed), and rows imported pending,
  approved, rejected and withdrawn, some with no owner country nor kind of actor;
- the matches the engine records, contact requests from matches and from search, accepted,
  declined, blocked, reported and unanswered; partnerships at every stage over three years
  with check-ins answered and ignored; unmet needs (themes nobody offers);
- a broadcast and an agenda change.

Size (over 400 lines would need a reason; this is under): the data is in data/themes.yaml.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import (
    connections,
    countries,
    delegates,
    entries,
    followups,
    partnerships,
    review,
    roles,
)
from catalogue import io as catalogue_io
from catalogue import meetings as bilateral
from catalogue.connections import Answer
from catalogue.entries import Decision
from catalogue.partnerships import DropReason, Stage
from catalogue.taxonomy import MODALITIES, TARGET_GROUPS, TRIANGULAR_ROLES
from scheduler import agenda_store, broadcasts
from scheduler.agenda import default_text
from storage import outbox
from storage.db import transaction
from storage.models import Connection, Delegate, Entry, FollowUp, MatchPair, Partnership
from storage.rights import NotAllowed, Role

WORKER = "rehearsal"  # the outbox's worker name while the rehearsal delivers
SECRETARIAT = (900_001, 900_002)
ORGANISER = 900_010
FIRST_DELEGATE = 700_000
LEAD = 15  # reminder lead, minutes
START = datetime(2021, 11, 15, 14, 0, tzinfo=UTC)  # registration opens
MEETING = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)
FOLLOW_UP_YEARS = 3
# Themes whose offer nobody makes: their needs stay unmet.
NEED_ONLY = 4

# The language each member state's delegates write in; others (observers) in FRENCH_SPEAKING
# write French, the rest English.
MEMBER_LANGUAGE = {"BR": "pt", "HT": "fr", "US": "en", "CA": "en"} | {
    c: "en" for c in ("AG", "BS", "BB", "BZ", "DM", "GD", "GY", "JM", "KN", "LC", "VC", "TT")
}
SPANISH_SPEAKING_OBSERVERS = ("ES", "EQ")
FRENCH_SPEAKING = ("FR", "BE", "CH", "MC", "LU", "MA", "TN", "SN", "CI", "BJ")
PORTUGUESE_SPEAKING = ("PT", "AO")

GIVEN = {
    "en": ["Alicia", "Brian", "Camille", "Desmond", "Eleanor", "Grace", "Kevin", "Marcia",
           "Nigel", "Patricia", "Ravi", "Sharon", "Trevor", "Yvonne"],
    "es": ["Ana", "Bernardo", "Carmen", "Diego", "Elena", "Fernando", "Gabriela", "Héctor",
           "Inés", "Jorge", "Lucía", "Mariana", "Nicolás", "Paola", "Raúl", "Sofía"],
    "fr": ["Amélie", "Bastien", "Chantal", "Didier", "Élodie", "Fabrice", "Geneviève",
           "Hervé", "Isabelle", "Jérôme", "Mireille", "Nadège", "Rodrigue"],
    "pt": ["Adriana", "Bruno", "Cláudia", "Daniel", "Fernanda", "Gustavo", "Juliana",
           "Leonardo", "Márcia", "Rafael", "Tatiana", "Vinícius"],
}  # fmt: skip
FAMILY = {
    "en": ["Baptiste", "Charles", "Douglas", "Edwards", "Gordon", "Henry", "James", "Lewis",
           "Mitchell", "Richards", "Thompson", "Williams"],
    "es": ["Álvarez", "Benítez", "Castillo", "Domínguez", "Fernández", "García", "Herrera",
           "Jiménez", "López", "Martínez", "Núñez", "Ortega", "Pérez", "Quintero", "Ramírez"],
    "fr": ["Augustin", "Beaulieu", "Charles", "Desrosiers", "Étienne", "Fontaine",
           "Gauthier", "Joseph", "Lefebvre", "Pierre", "Toussaint"],
    "pt": ["Almeida", "Barbosa", "Carvalho", "Costa", "Ferreira", "Gomes", "Oliveira",
           "Ribeiro", "Santos", "Souza"],
}  # fmt: skip
POSITION = {
    "en": ["Director of International Cooperation", "Senior Advisor", "Programme Officer",
           "Head of Partnerships"],
    "es": ["Directora de Cooperación Internacional", "Asesor principal",
           "Coordinadora de proyectos", "Jefe de alianzas"],
    "fr": ["Directrice de la coopération internationale", "Conseiller principal",
           "Chargée de programme", "Responsable des partenariats"],
    "pt": ["Diretora de Cooperação Internacional", "Assessor sênior",
           "Coordenadora de projetos", "Chefe de parcerias"],
}  # fmt: skip
ORGANISATIONS = {
    "private_sector": ["Andes Logistics S.A.", "Caribe Digital Ltd.", "AgroSur Cooperativa",
                       "TecnoSalud S.A.", "Blue Energy Partners"],
    "foundation": ["Fundación Horizonte", "Fondation pour l’enfance", "Instituto Semear",
                   "Bridges Foundation"],
    "academia": ["Universidad del Pacífico", "University of the West Indies",
                 "Universidade Federal do Norte", "Université d’État d’Haïti"],
    "multilateral": ["Inter-American Development Bank", "Pan American Health Organization",
                     "CARICOM Secretariat", "Banco Centroamericano de Integración Económica"],
    "ngo": ["Red de Mujeres Rurales", "Save the Coast", "Ação Comunitária",
            "Solidarité Caraïbes"],
    "oas_secretariat": ["OAS – SEDI"],
}  # fmt: skip
KINDS = (  # (actor kind, how many); member-state delegations are added per state
    ("observer_state", 40), ("private_sector", 22), ("foundation", 10), ("academia", 18),
    ("multilateral", 14), ("ngo", 16), ("oas_secretariat", 2),
)  # fmt: skip
PER_MEMBER_STATE = 2


@dataclass
class Rehearsed:
    """What was built, for the caller to say and the tests to check against."""

    now: datetime  # the end of the simulation
    delegates: list[int] = field(default_factory=list)
    forgotten: list[int] = field(default_factory=list)
    entries: int = 0
    paths: dict[str, int] = field(default_factory=dict)


def themes() -> list[dict[str, Any]]:
    text = resources.files("rehearsal.data").joinpath("themes.yaml").read_text("utf-8")
    found: list[dict[str, Any]] = yaml.safe_load(text)
    return found


def language_of(country: str) -> str:
    if country in MEMBER_LANGUAGE:
        return MEMBER_LANGUAGE[country]
    if country in countries.OAS_MEMBERS or country in SPANISH_SPEAKING_OBSERVERS:
        return "es"
    if country in FRENCH_SPEAKING:
        return "fr"
    return "pt" if country in PORTUGUESE_SPEAKING else "en"


class Meeting:
    """One rehearsal: a random source, a clock, and the services called at each step."""

    def __init__(self, factory: sessionmaker[Session], seed: int = 2021) -> None:
        self.factory = factory
        self.rng = random.Random(seed)
        self.now = START
        self.done = Rehearsed(now=START)
        self.titles: set[str] = set()

    @contextmanager
    def step(self, minutes: float = 7) -> Iterator[Session]:
        """One transaction, at the simulated time, which then moves on a little."""
        with transaction(self.factory) as session:
            yield session
        self.now += timedelta(minutes=minutes)

    def count(self, path: str) -> None:
        self.done.paths[path] = self.done.paths.get(path, 0) + 1

    # People -------------------------------------------------------------------------------

    def people(self) -> list[tuple[int, str, str, str]]:
        """(user id, actor kind, country, language) of everyone who will register."""
        plan = []
        for code in countries.OAS_MEMBERS:
            kinds = ["member_state"] * PER_MEMBER_STATE
            kinds += self.rng.sample(["private_sector", "academia", "ngo", "foundation"], 1)
            plan += [(kind, code) for kind in kinds]
        observers = [c for c in countries.OAS_OBSERVERS]
        for kind, how_many in KINDS:
            for _ in range(how_many):
                if kind == "observer_state":
                    code = self.rng.choice(observers)
                elif kind in ("multilateral", "oas_secretariat"):
                    code = self.rng.choice(("US", "PA", "BB", "HN", "CR"))
                else:
                    code = self.rng.choice(countries.OAS_MEMBERS)
                plan.append((kind, code))
        return [
            (FIRST_DELEGATE + n, kind, code, language_of(code))
            for n, (kind, code) in enumerate(plan)
        ]

    def register(self) -> list[tuple[int, str, str, str]]:
        with self.step(1) as session:
            agenda_store.apply(session, default_text(), "cidi-2021.yaml", None, self.now, LEAD)
            for uid in SECRETARIAT:
                delegates.ensure(session, uid, "en" if uid == SECRETARIAT[0] else "es",
                                 None, self.now)  # fmt: skip
                roles.grant(session, uid, Role.SECRETARIAT, self.now)
            delegates.ensure(session, ORGANISER, "fr", None, self.now)
            roles.grant(session, ORGANISER, Role.ORGANISER, self.now)
        plan = self.people()
        for uid, kind, code, lang in plan:
            with self.step(self.rng.uniform(5, 90)) as session:
                delegates.ensure(session, uid, lang, f"user{uid}", self.now)
                if self.rng.random() < 0.02:  # started, never finished registering
                    self.count("registration_unfinished")
                    continue
                given, family = self.rng.choice(GIVEN[lang]), self.rng.choice(FAMILY[lang])
                organisation = None
                if kind not in ("member_state", "observer_state"):
                    organisation = self.rng.choice(ORGANISATIONS[kind])
                delegates.save_profile(session, uid, delegates.ProfileInput.read({
                    "full_name": f"{given} {family}",
                    "actor_kind": kind,
                    "organisation": organisation,
                    "country": code,
                    "position": self.rng.choice(POSITION[lang]),
                    "timezone": countries.zones_for(code)[0],
                    "consent": "direct" if self.rng.random() < 0.6 else "secretariat",
                }), self.now)  # fmt: skip
                agenda_store.ensure_prefs(session, uid, LEAD, self.now)
                if self.rng.random() < 0.3:
                    delegates.set_verified(session, uid, True, SECRETARIAT[0], self.now)
                self.done.delegates.append(uid)
        return [p for p in plan if p[0] in set(self.done.delegates)]

    # Entries ------------------------------------------------------------------------------

    def values(self, theme: dict[str, Any], kind: str, lang: str, country: str) -> dict[str, Any]:
        """An entry's fields: the theme's text in the owner's language, a plausible rest."""
        text = theme[kind][lang]
        title = f"{text['title']} — {countries.name(country, lang)}"
        n = 2
        while title in self.titles:  # one title an entry, so that outputs can be read back
            title = f"{text['title']} ({n}) — {countries.name(country, lang)}"
            n += 1
        self.titles.add(title)
        modality = self.rng.choice(MODALITIES)
        if kind == "need":
            subregion = [r for r, members in countries.SUBREGIONS.items() if country in members]
            places = [subregion[0]] if subregion and self.rng.random() < 0.2 else [country]
        else:
            places = self.rng.choice(
                [["ALL"], [self.rng.choice(list(countries.SUBREGIONS))],
                 self.rng.sample(countries.OAS_MEMBERS, 3)]
            )  # fmt: skip
        return {
            "title": title,
            "description": text["description"],
            "area": theme["area"],
            "cooperation_type": theme["cooperation_type"],
            "modality": modality,
            "role": self.rng.choice(TRIANGULAR_ROLES) if modality == "triangular" else None,
            "countries": places,
            "target_groups": self.rng.sample(TARGET_GROUPS, self.rng.choice((0, 0, 1, 2))),
            "time_frame": self.rng.choice(("short", "medium")),
            "financing": self.rng.random() < 0.4 if kind == "offer" else None,
            "contact": f"cooperation{self.rng.randrange(100, 999)}@example.org"
            if self.rng.random() < 0.7
            else None,
        }

    def submissions(self, people: list[tuple[int, str, str, str]]) -> list[tuple[int, int]]:
        """Entries submitted in the chat: (entry id, owner)."""
        offerers = [p for p in people if p[1] != "member_state" or self.rng.random() < 0.25]
        askers = [p for p in people if p[1] in ("member_state", "ngo")]
        made = []
        for n, theme in enumerate(themes()):
            plans = [("need", self.rng.sample(askers, 5))]
            if n >= NEED_ONLY:
                plans.append(("offer", self.rng.sample(offerers, 4)))
            for kind, owners in plans:
                for uid, _actor, code, lang in owners:
                    with self.step(self.rng.uniform(3, 40)) as session:
                        try:
                            data = entries.EntryInput.read({
                                **self.values(theme, kind, lang, code),
                                "kind": kind, "language": lang})  # fmt: skip
                            done = review.submit(session, uid, data, self.now)
                        except entries.LimitReached:
                            continue
                        made.append((done.entry.id, uid))
        self.done.entries += len(made)
        return made

    def edit(self, session: Session, owner: int, entry: Entry, values: dict[str, Any]) -> None:
        """The owner edits their entry (it goes back to review)."""
        data = entries.EntryInput.read({**values, "kind": entry.kind, "language": entry.language})
        review.submit(session, owner, data, self.now, entry.id)

    def decide(self, session: Session, entry_id: int, decision: str, reason: str | None) -> None:
        """A secretariat member decides (`decision` as the review buttons say it)."""
        entry = session.get(Entry, entry_id)
        assert entry is not None
        reviewer = self.rng.choice(SECRETARIAT)
        review.decide(
            session, reviewer, entry_id, entry.version, Decision(decision), reason, self.now
        )

    def review_all(self, made: list[tuple[int, int]]) -> None:
        """The secretariat's review at the meeting, and what owners did after: every path."""
        paths = (
            ["approve"] * 62 + ["resubmitted"] * 8 + ["sent_back"] * 3 + ["rejected"] * 6
            + ["withdrawn_pending"] * 2 + ["withdrawn_approved"] * 3
            + ["withdrawn_by_secretariat"] * 3 + ["edit_waiting"] * 6 + ["corrected"] * 2
            + ["never_reviewed"] * 5
        )  # fmt: skip
        for entry_id, owner in made:
            path = self.rng.choice(paths)
            self.count(path)
            with self.step(self.rng.uniform(2, 20)) as session:
                if path == "never_reviewed":
                    continue
                if path == "withdrawn_pending":
                    entries.withdraw(session, owner, entry_id, self.now)
                    continue
                if path in ("resubmitted", "sent_back"):
                    self.decide(session, entry_id, "request_changes", "Please add the budget.")
                elif path == "rejected":
                    self.decide(session, entry_id, "reject", "preset:out_of_scope")
                    continue
                else:
                    self.decide(session, entry_id, "approve", None)
            if path == "resubmitted":
                with self.step(60 * 24) as session:
                    entry = session.get(Entry, entry_id)
                    assert entry is not None
                    values = {f: getattr(entry, f) for f in entries.FIELDS}
                    values["description"] += " Budget: USD 40,000, co-financed."
                    self.edit(session, owner, entry, values)
                with self.step(60) as session:
                    self.decide(session, entry_id, "approve", None)
            elif path == "withdrawn_approved":
                with self.step(60 * 24 * 20) as session:
                    entries.withdraw(session, owner, entry_id, self.now)
            elif path == "withdrawn_by_secretariat":
                with self.step(60 * 24 * 5) as session:
                    review.withdraw(session, SECRETARIAT[0], entry_id,
                                    "Duplicate of another entry.", self.now)  # fmt: skip
            elif path == "edit_waiting":
                with self.step(60 * 24 * 3) as session:
                    entry = session.get(Entry, entry_id)
                    assert entry is not None
                    values = {f: getattr(entry, f) for f in entries.FIELDS}
                    values["title"] = f"{entry.title} (rev.)"
                    values["area"] = "cross_cutting" if entry.area != "cross_cutting" else "health"
                    self.edit(session, owner, entry, values)
            elif path == "corrected":
                with self.step(60) as session:
                    review.correct(session, SECRETARIAT[1], entry_id,
                                   {"time_frame": "medium"}, self.now)  # fmt: skip

    def imports(self) -> None:
        """A file the secretariat consolidated before the meeting: rows in every status,
        some with no owner country nor kind of actor."""
        statuses = ["pending"] * 8 + ["approved"] * 12 + ["rejected"] * 2 + ["withdrawn"] * 2
        rows = []
        for n, theme in enumerate(themes()[: len(statuses)]):
            kind = "offer" if n % 2 else "need"
            lang = ("en", "es", "fr", "pt")[n % 4]
            code = self.rng.choice(countries.OAS_MEMBERS)
            values = self.values(theme, kind, lang, code)
            anonymous = n % 7 == 3
            rows.append({
                **values,
                "countries": ";".join(values["countries"]),
                "target_groups": ";".join(values["target_groups"]),
                "kind": kind,
                "language": lang,
                "external_id": f"cooperanet-{1000 + n}",
                "status": statuses[n],
                "organisation": None if anonymous else self.rng.choice(ORGANISATIONS["ngo"]),
                "owner_country": None if anonymous else code,
                "actor_kind": None if anonymous else "ngo",
            })  # fmt: skip
            self.count(f"imported_{statuses[n]}")
        with self.step(30) as session:
            good, problems = catalogue_io.prepare(rows)
            assert not problems, problems
            report = catalogue_io.import_rows(session, good, "CooperaNet", self.now)
            review.announce_imported(session, report.published, self.now)
        self.done.entries += len(rows)

    # Contacts and partnerships ------------------------------------------------------------

    def contacts(self, people: list[tuple[int, str, str, str]]) -> None:
        """Owners of matched needs ask to be put in touch; a few ask from a search."""
        with self.factory() as session:
            pairs = session.execute(
                select(MatchPair.need_id, MatchPair.offer_id).order_by(MatchPair.id)
            ).all()
            owner = dict(session.execute(select(Entry.id, Entry.owner_id)).all())
        asks = [(uid, offer) for need, offer in pairs if (uid := owner.get(need)) is not None]
        asks = [a for a in asks if self.rng.random() < 0.6]
        asks += [(self.rng.choice(people)[0], self.rng.choice([o for _, o in pairs]))
                 for _ in range(12)]  # fmt: skip
        for requester, offer in asks:
            with self.step(self.rng.uniform(30, 600)) as session:
                try:
                    connections.request(session, requester, offer, "We would like to talk.",
                                        self.now)  # fmt: skip
                except connections.ConnectionRefused as exc:
                    self.count(f"contact_refused_{exc.reason}")
        answers = ["accept"] * 12 + ["decline"] * 3 + ["block", "report"] + ["none"] * 2
        with self.factory() as session:
            waiting = session.execute(
                select(Connection.id, Connection.owner_id).where(Connection.owner_id.is_not(None))
            ).all()
        for connection_id, owner_id in waiting:
            assert owner_id is not None
            how = self.rng.choice(answers)
            self.count(f"contact_{how}")
            if how != "none":
                with self.step(self.rng.uniform(60, 60 * 30)) as session:
                    connections.answer(session, owner_id, connection_id, Answer(how), self.now)

    def three_years(self) -> None:
        """Partnerships followed through check-ins, a fortnight at a time, for three years:
        each has a course (where it ends), each party answers or not. A fortnight is shorter
        than the shortest gap between check-ins (60 days), so none is skipped, and it halves
        the rehearsal's longest part (the tests build it once per database)."""
        horizon = followups.horizon_after(MEETING.date() + timedelta(days=1), FOLLOW_UP_YEARS)
        courses: dict[int, list[str]] = {}
        quiet: set[int] = set()
        with self.factory() as session:
            for pid in session.execute(select(Partnership.id)).scalars():
                end = self.rng.choice(["talking", "agreed", "implementing", "completed",
                                       "completed", "dropped"])  # fmt: skip
                course = ["agreed", "implementing", "completed"]
                courses[pid] = ["dropped"] if end == "dropped" else course[
                    : course.index(end) + 1] if end != "talking" else []  # fmt: skip
                if self.rng.random() < 0.2:
                    quiet.add(pid)  # nobody answers its check-ins
        named = False
        while self.now < horizon:
            with self.step(60 * 24 * 14) as session:
                followups.advance(session, self.now, horizon)
            self.deliver()
            with self.step(60) as session:
                asked = session.execute(
                    select(FollowUp.partnership_id, FollowUp.user_id).where(
                        FollowUp.unanswered > 0, FollowUp.stopped.is_(None)
                    )
                ).all()
                for pid, uid in asked:
                    if pid in quiet or self.rng.random() < 0.3:
                        continue
                    partnership = session.get(Partnership, pid)
                    assert partnership is not None
                    todo = courses.get(pid) or []
                    if partnership.stage in partnerships.FINAL:
                        continue
                    stage = Stage(
                        todo.pop(0) if todo and self.rng.random() < 0.5 else partnership.stage
                    )
                    reason = DropReason.NO_FUNDING if stage is Stage.DROPPED else None
                    followups.answer(
                        session,
                        uid,
                        pid,
                        stage,
                        self.now,
                        reason,
                        "Progress as planned." if stage != "dropped" else None,
                    )
                    if not named and stage == "agreed":
                        partnerships.name_third_party(session, uid, pid, "Agencia de Cooperación",
                                                      "facilitator", self.now)  # fmt: skip
                        named = True

    def bilateral_meetings(self) -> None:
        """Partners meet by video: the requester proposes one of the slots (or the
        meeting's programme leaves none and nothing is proposed); the other accepts, asks
        for another time, declines or leaves it; a few are moved or cancelled; a fortnight
        later a party says whether the booked ones took place."""
        with self.factory() as session:
            pairs = session.execute(
                select(Partnership.id, Connection.requester_id)
                .join(Connection, Connection.id == Partnership.connection_id)
                .order_by(Partnership.id)
            ).all()
            agenda = agenda_store.current(session)
        programme = bilateral.Programme(
            tuple(agenda.days), agenda.timezone,
            tuple((s.id, s.start, s.end) for s in agenda.sessions),
        )  # fmt: skip
        booked: list[int] = []
        for pid, requester in pairs:
            if self.rng.random() < 0.25:
                continue  # these partners talk another way
            with self.step(self.rng.uniform(30, 240)) as session:
                source = bilateral.Source("partnership", pid)
                try:
                    other = bilateral.other_party(session, requester, source)
                    minutes = self.rng.choice(bilateral.LENGTHS)
                    found = bilateral.slots(session, requester, other, self.now, programme,
                                            minutes)  # fmt: skip
                    if not found:
                        self.count("meeting_no_slot")
                        continue
                    start = self.rng.choice(found)
                    proposed = bilateral.propose(session, requester, source, start, minutes,
                                                 self.now).meeting  # fmt: skip
                except NotAllowed:
                    continue
                meeting_id = proposed.id
            how = self.rng.choice(["accept"] * 6 + ["counter", "decline", "none", "cancel"])
            self.count(f"meeting_{how}")
            with self.step(self.rng.uniform(30, 600)) as session:
                try:
                    if how == "accept":
                        bilateral.accept(session, other, meeting_id, self.now)
                        booked.append(meeting_id)
                    elif how == "counter":
                        later = start + timedelta(days=1)
                        bilateral.counter(session, other, meeting_id, later, self.now)
                        bilateral.accept(session, requester, meeting_id, self.now)
                        booked.append(meeting_id)
                    elif how == "decline":
                        bilateral.decline(session, other, meeting_id, self.now,
                                          "Not possible this week, sorry.")  # fmt: skip
                    elif how == "cancel":
                        bilateral.cancel(session, requester, meeting_id, self.now)
                except (bilateral.Busy, bilateral.NotPossible):
                    self.count("meeting_refused")
        for meeting_id in booked[::5]:  # some move, one is then cancelled
            with self.step(20) as session:
                meeting = bilateral.get(session, meeting_id)
                assert meeting is not None
                try:
                    bilateral.move(session, meeting.invitee_id, meeting_id,
                                   meeting.start_at + timedelta(hours=2), self.now)  # fmt: skip
                except (bilateral.Busy, bilateral.NotPossible):
                    self.count("meeting_refused")
        if booked:
            with self.step(20) as session:
                meeting = bilateral.get(session, booked[-1])
                assert meeting is not None
                bilateral.cancel(session, meeting.requester_id, booked[-1], self.now)
        self.deliver()
        self.now += timedelta(days=15)
        for meeting_id in booked:
            with self.step(5) as session:
                meeting = bilateral.get(session, meeting_id)
                assert meeting is not None
                if meeting.status != bilateral.Status.ACCEPTED or self.rng.random() < 0.2:
                    continue  # cancelled, or nobody said
                bilateral.mark_held(session, meeting.requester_id, meeting_id,
                                    self.rng.random() < 0.8, self.now)  # fmt: skip
        self.deliver()

    # The rest -----------------------------------------------------------------------------

    def deliver(self) -> None:
        """What the outbox holds and is due goes out, as the bot's worker would take it: a
        simulated Telegram accepts every message but for people who blocked the bot."""
        with self.step(1) as session:
            while rows := outbox.claim(session, WORKER, self.now, 500):
                for row in rows:
                    person = session.get(Delegate, row.user_id)
                    if person is not None and not person.active:
                        outbox.mark_failed(session, row.id, WORKER, "blocked")
                    else:
                        outbox.mark_sent(session, row.id, WORKER, self.now)
            broadcasts.advance(session, self.now)

    def organisers(self) -> None:
        with self.step(30) as session:
            agenda = agenda_store.current(session)
            welcome = broadcasts.Draft(language="en", texts={
                "en": "Welcome to the meeting: the catalogue is open.",
                "es": "Bienvenidos a la reunión: el catálogo está abierto.",
                "fr": "Bienvenue à la réunion : le catalogue est ouvert.",
                "pt": "Bem-vindos à reunião: o catálogo está aberto.",
            })  # fmt: skip
            broadcasts.create(session, ORGANISER, welcome, self.now, agenda, LEAD)
        moved = default_text().replace("start: 2021-12-03 10:00", "start: 2021-12-03 10:30", 1)
        with self.step(30) as session:
            agenda_store.apply(session, moved, "rehearsal", ORGANISER, self.now, LEAD)

    def leave(self, people: list[tuple[int, str, str, str]]) -> None:
        """Some delegates block the bot, some ask to be forgotten."""
        owners = [uid for uid, *_ in people]
        for uid in self.rng.sample(owners, 4):
            with self.step(60) as session:
                delegates.set_active(session, uid, False, self.now)
        for uid in self.rng.sample(owners, 3):
            with self.step(60) as session:
                delegates.forget(session, uid, self.now)
            self.done.forgotten.append(uid)


def rehearse(
    factory: sessionmaker[Session], seed: int = 2021, say: Callable[[str], None] | None = None
) -> Rehearsed:
    """Build the rehearsed meeting in a migrated, empty database."""
    meeting = Meeting(factory, seed)
    tell = say or (lambda _text: None)
    tell("registering delegates…")
    people = meeting.register()
    tell(f"{len(people)} delegates registered; submitting offers and needs…")
    made = meeting.submissions(people)
    meeting.now = max(meeting.now, MEETING)
    meeting.deliver()
    meeting.imports()
    tell(f"{len(made)} entries submitted; reviewing them…")
    meeting.organisers()
    meeting.review_all(made)
    meeting.deliver()
    tell("contact requests and answers…")
    meeting.contacts(people)
    meeting.deliver()
    tell("bilateral meetings between partners…")
    meeting.bilateral_meetings()
    meeting.leave(people)
    tell("three years of partnerships and check-ins…")
    meeting.three_years()
    meeting.done.now = meeting.now
    return meeting.done
