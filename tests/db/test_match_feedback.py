"""Which matches are pushed, and the delegates' judgements kept as labelled pairs (issue 28):
"Not relevant" and "I'm interested" become pairs `cidi-bot catalogue feedback` exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from catalogue import connections, feedback, matches, review, roles
from catalogue.matching import calibration
from storage.db import transaction
from storage.models import Delivery, MatchFeedback, MatchPair
from tests.conftest import Cidi
from tests.db.people import NOW, OFFER, entry_input, register

SECRETARIAT, OWNER, ASKER = 1, 2, 3
NEED = dict(OFFER, title="Telemedicina para clínicas rurales",
            description="Buscamos formación de enfermeras en telemedicina.")  # fmt: skip


def approve_pair(factory: sessionmaker[Session]) -> tuple[int, int]:
    """OWNER's offer and ASKER's need, both approved (the need last): (need, offer)."""
    with transaction(factory) as session:
        register(session, SECRETARIAT, OWNER, ASKER, language="es")
        roles.grant(session, SECRETARIAT, "secretariat", NOW)
        ids = []
        for who, kind, text in ((OWNER, "offer", OFFER), (ASKER, "need", NEED)):
            entry = review.submit(session, who, entry_input(kind, text, "es"), NOW).entry
            review.decide(session, SECRETARIAT, entry.id, entry.version, "approve", None, NOW)
            ids.append(entry.id)
    return ids[1], ids[0]


def pushed(session: Session) -> list[int]:
    rows = session.execute(select(Delivery.user_id, Delivery.payload)).all()
    return sorted(u for u, p in rows if p.get("about") == "match-new")


def test_a_likely_pair_is_pushed_to_both_owners(factory: sessionmaker[Session]) -> None:
    approve_pair(factory)
    with factory() as session:
        assert session.execute(select(func.count()).select_from(MatchPair)).scalar_one() == 1
        assert pushed(session) == [OWNER, ASKER]


def test_a_possible_pair_is_listed_in_matches_but_not_pushed(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calibration, "NOTIFY", 1.01)  # nothing is likely enough to push
    need_id, _ = approve_pair(factory)
    with factory() as session:
        assert pushed(session) == []
        listed = matches.matches_of(session, ASKER)
        assert [own.id for _pair, own, _other in listed] == [need_id]


def test_a_weak_pair_is_not_even_listed(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calibration, "POSSIBLE", 1.01)
    monkeypatch.setattr(calibration, "STRONG", 1.02)
    approve_pair(factory)
    with factory() as session:
        assert session.execute(select(func.count()).select_from(MatchPair)).scalar_one() == 0


def test_not_relevant_and_im_interested_are_kept_as_labelled_pairs_without_who_judged(
    factory: sessionmaker[Session],
) -> None:
    need_id, offer_id = approve_pair(factory)
    with transaction(factory) as session:
        pair = session.execute(select(MatchPair)).scalar_one()
        assert matches.dismiss(session, OWNER, pair.id, NOW)  # "Not relevant", offer's side
        assert matches.dismiss(session, OWNER, pair.id, NOW)  # twice: judged once
        connections.request(session, ASKER, offer_id, "Hola", NOW)  # "I'm interested"
    with factory() as session:
        judged = [(j.need_id, j.offer_id, j.relevant)
                  for j in session.execute(select(MatchFeedback)).scalars()]  # fmt: skip
        assert judged == [(need_id, offer_id, False), (need_id, offer_id, True)]
        assert not {"user_id", "owner_id", "requester_id"} & set(MatchFeedback.__table__.c.keys())
        lines = [json.loads(line) for line in feedback.export_lines(session)]
    entries = [row for row in lines if "kind" in row]
    assert {row["id"] for row in entries} == {str(need_id), str(offer_id)}
    assert all("owner" not in key and "contact" not in key for row in entries for key in row)
    assert [row for row in lines if "kind" not in row] == [
        {"need": str(need_id), "offer": str(offer_id), "relevant": False},
        {"need": str(need_id), "offer": str(offer_id), "relevant": True},
    ]


def test_the_feedback_command_writes_a_labelled_set_the_bench_reads(
    factory: sessionmaker[Session], migrated_url: str, tmp_path: Path, cidi: Cidi
) -> None:
    from bench.matching_quality import load_feedback

    need_id, offer_id = approve_pair(factory)
    with transaction(factory) as session:
        connections.request(session, ASKER, offer_id, None, NOW)
    out = tmp_path / "feedback.jsonl"
    result = cidi("catalogue", "feedback", "--output", str(out), cwd=tmp_path,
                  env={"DATABASE_URL": migrated_url})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    docs, relevant, judged = load_feedback(str(out))
    assert {d.id for d in docs} == {str(need_id), str(offer_id)}
    assert relevant == {str(need_id): [str(offer_id)]}
    assert judged == {str(need_id): {str(offer_id)}}
