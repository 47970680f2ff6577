"""Delegates' judgements of matches, kept as labelled pairs: the one write path of
`match_feedback`.

"Not relevant" on a match says the pair is not relevant; "I'm interested" in an entry
matched with one of the delegate's own says it is. Only the pair, the engine's score then
and the time are kept (nobody's identity): `export_lines` writes them with the entries'
published texts in the format `bench.matching_quality --feedback` and
`bench.matching_calibration --feedback` read, so the calibration can be refitted on the
meeting's own judgements (`cidi-bot catalogue feedback --output FILE`).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Entry, MatchFeedback, MatchPair

# What of an entry is exported: the matching contract's fields, never its owner.
EXPORTED = (
    "area",
    "cooperation_type",
    "modality",
    "role",
    "countries",
    "target_groups",
    "language",
)


def record(session: Session, need_id: int, offer_id: int, relevant: bool, now: datetime) -> None:
    """Keep one judgement of a pair (its score as the engine gave it, when it was recorded)."""
    pair = session.execute(
        select(MatchPair).where(MatchPair.need_id == need_id, MatchPair.offer_id == offer_id)
    ).scalar_one_or_none()
    session.add(
        MatchFeedback(
            need_id=need_id,
            offer_id=offer_id,
            relevant=relevant,
            score=pair.score if pair is not None else 0.0,
            created_at=now,
        )
    )
    session.flush()


def entry_row(entry: Entry) -> dict[str, Any]:
    """An entry as the matching contract reads it, from its published version."""
    published = entry.published or {}
    row: dict[str, Any] = {
        "id": str(entry.id),
        "kind": entry.kind,
        "title": str(published.get("title") or ""),
        "description": str(published.get("description") or ""),
    }
    owner_country = published.get("owner_country")
    if owner_country:
        row["country"] = owner_country
    for key in EXPORTED:
        value = published.get(key)
        if value:
            row[key] = list(value) if isinstance(value, list | tuple) else value
    return row


def export_lines(session: Session) -> list[str]:
    """The labelled set: the entries judged (published ones), then one line a judgement
    `{"need", "offer", "relevant"}`, oldest first."""
    judgements = list(session.execute(select(MatchFeedback).order_by(MatchFeedback.id)).scalars())
    ids = {j.need_id for j in judgements} | {j.offer_id for j in judgements}
    entries = {
        e.id: e
        for e in session.execute(select(Entry).where(Entry.id.in_(ids))).scalars()
        if e.published
    }
    lines = [json.dumps(entry_row(entries[i]), ensure_ascii=False) for i in sorted(entries)]
    for j in judgements:
        if j.need_id in entries and j.offer_id in entries:
            row = {"need": str(j.need_id), "offer": str(j.offer_id), "relevant": j.relevant}
            lines.append(json.dumps(row))
    return lines
