"""Entries' sentence embeddings in the database: the one write path of `entry_vectors`.

An entry is embedded when its text is written (submitted, edited, imported), from its
title and description in its own language, and the vector is stored so that every
process shares it. Each vector records the model and a hash of the text it was computed
from: a vector that no longer fits its entry is never used, and `reindex` (the command
`cidi-bot catalogue reindex`) recomputes what is missing or stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.matching import semantic
from storage.models import Entry, EntryVector

BATCH = 256


def text_hash(title: str, description: str) -> str:
    return hashlib.blake2b(
        semantic.text_of(title, description).encode("utf-8"), digest_size=16
    ).hexdigest()


def published_hash(published: dict[str, Any]) -> str:
    """The hash of an approved version's text (what the catalogue index shows)."""
    return text_hash(str(published.get("title") or ""), str(published.get("description") or ""))


def decode(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def refresh(
    session: Session,
    entries: Sequence[Entry],
    now: datetime,
    encoder: semantic.Encoder | None = None,
    force: bool = False,
) -> int:
    """Embed the entries whose stored vector is missing, stale or from another model
    (every one of them with `force`). Returns how many were embedded. Batched: one model
    call for the lot."""
    if not entries:
        return 0
    encoder = encoder or semantic.default()
    stored = {
        row.entry_id: row
        for row in session.execute(
            select(EntryVector).where(EntryVector.entry_id.in_([e.id for e in entries]))
        ).scalars()
    }
    todo = []
    for entry in entries:
        digest = text_hash(entry.title, entry.description)
        row = stored.get(entry.id)
        if force or row is None or row.model != encoder.model_id or row.text_hash != digest:
            todo.append((entry, digest, row))
    if not todo:
        return 0
    vectors = encoder.encode([semantic.text_of(e.title, e.description) for e, _, _ in todo])
    for (entry, digest, row), vector in zip(todo, vectors, strict=True):
        blob = vector.astype(np.float16).tobytes()
        if row is None:
            session.add(
                EntryVector(
                    entry_id=entry.id,
                    model=encoder.model_id,
                    text_hash=digest,
                    vector=blob,
                    updated_at=now,
                )
            )
        else:
            row.model, row.text_hash, row.vector, row.updated_at = (
                encoder.model_id,
                digest,
                blob,
                now,
            )
    session.flush()
    return len(todo)


def stale(session: Session, model: str) -> list[int]:
    """Ids of entries without a vector of `model` for their current text, oldest first."""
    rows = session.execute(
        select(Entry.id, Entry.title, Entry.description, EntryVector.model, EntryVector.text_hash)
        .outerjoin(EntryVector, EntryVector.entry_id == Entry.id)
        .order_by(Entry.id)
    )
    return [
        entry_id
        for entry_id, title, description, row_model, digest in rows
        if row_model != model or digest != text_hash(title, description)
    ]


def reindex(
    session: Session,
    now: datetime,
    encoder: semantic.Encoder | None = None,
    everything: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Embed every entry that needs it (or all of them): after a model change, or for
    entries written before embeddings existed. Returns how many were embedded;
    `progress(done, total)` is called after each batch."""
    encoder = encoder or semantic.default()
    ids = (
        list(session.execute(select(Entry.id).order_by(Entry.id)).scalars())
        if everything
        else stale(session, encoder.model_id)
    )
    done = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        found = list(session.execute(select(Entry).where(Entry.id.in_(batch))).scalars())
        done += refresh(session, found, now, encoder, force=everything)
        if progress:
            progress(start + len(batch), len(ids))
    return done
