"""Entries' sentence embeddings in the database, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from catalogue import io as catalogue_io
from catalogue import vectors
from catalogue.matches import CatalogueIndex
from catalogue.matching import MatchIndex, semantic
from storage.db import transaction
from storage.models import Entry, EntryVector

NOW = datetime(2021, 12, 2, 14, 0, tzinfo=UTC)
HEADER = "external_id,kind,title,description,area,cooperation_type,modality,countries,time_frame,language"
ROWS = [
    "lion,offer,Controle do peixe-leão invasor,Captura e consumo do peixe-leão nos recifes,climate,technical_assistance,south_south,BS,short,pt",
    "sarg,offer,Gestión integral del sargazo,Barreras y recolección en playas,climate,technical_assistance,south_south,BB,short,es",
]


class CountingEncoder(semantic.Encoder):
    """The real model, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return super().encode(texts)


def import_rows(session: Session, tmp_path: Path, rows: list[str]) -> None:
    path = tmp_path / "entries.csv"
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    good, bad = catalogue_io.prepare(catalogue_io.read(path))
    assert not bad
    catalogue_io.import_rows(session, good, "test", NOW, approved=True)


def search_ids(factory: sessionmaker[Session], index: CatalogueIndex, text: str) -> list[str]:
    with factory() as session:
        return [m.id for m in index.search(session, text).matches]


def test_imported_entries_are_embedded_once_and_found_by_meaning(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with transaction(factory) as session:
        import_rows(session, tmp_path, ROWS)
    with factory() as session:
        stored = session.execute(select(EntryVector)).scalars().all()
        assert len(stored) == 2
        assert {row.model for row in stored} == {semantic.MODEL_ID}
        assert all(len(row.vector) == 2 * semantic.DIMENSIONS for row in stored)  # float16

    counting = CountingEncoder()
    with transaction(factory) as session:
        assert vectors.reindex(session, NOW, counting) == 0  # nothing stale: nothing embedded
    assert counting.texts == []

    index = CatalogueIndex()
    lionfish = search_ids(factory, index, "invasive fish eating the reef")[0]
    with factory() as session:
        assert session.get(Entry, int(lionfish)).external_id == "lion"  # type: ignore[union-attr]


def test_an_edited_text_is_embedded_again_and_the_old_vector_is_never_used(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with transaction(factory) as session:
        import_rows(session, tmp_path, ROWS)
    index = CatalogueIndex()
    with factory() as session:
        index.sync(session)
        lion_id = session.execute(select(Entry.id).where(Entry.external_id == "lion")).scalar_one()
    # The vector goes stale: another text hash, as after an edit made without one.
    with transaction(factory) as session:
        session.execute(
            update(EntryVector).where(EntryVector.entry_id == lion_id).values(text_hash="stale")
        )
        session.execute(
            update(Entry).where(Entry.id == lion_id).values(updated_at=NOW + timedelta(1))
        )
    with factory() as session:
        index.sync(session)
    assert index.index.rows.get(index.index.position[str(lion_id)]) is None

    counting = CountingEncoder()
    with transaction(factory) as session:
        assert vectors.reindex(session, NOW + timedelta(2), counting) == 1
    assert counting.texts == [
        semantic.text_of(
            "Controle do peixe-leão invasor", "Captura e consumo do peixe-leão nos recifes"
        )
    ]
    with factory() as session:
        index.sync(session)  # the new vector reaches the index of a running process
    assert index.index.rows.get(index.index.position[str(lion_id)]) is not None


def test_reindex_embeds_entries_written_before_embeddings_and_all_on_request(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with transaction(factory) as session:
        import_rows(session, tmp_path, ROWS)
        session.execute(EntryVector.__table__.delete())
    progress: list[tuple[int, int]] = []
    with transaction(factory) as session:
        assert vectors.reindex(session, NOW, progress=lambda d, t: progress.append((d, t))) == 2
    assert progress == [(2, 2)]
    with transaction(factory) as session:
        assert vectors.reindex(session, NOW, everything=True) == 2


def test_a_vector_of_another_model_is_not_mixed_with_this_one(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with transaction(factory) as session:
        import_rows(session, tmp_path, ROWS)
        session.execute(update(EntryVector).values(model="some-other-model"))
    index = CatalogueIndex(MatchIndex(encoder=semantic.default()))
    with factory() as session:
        index.sync(session)
    assert all(index.index.rows.get(i) is None for i in index.index.position.values())
    with transaction(factory) as session:
        assert vectors.reindex(session, NOW) == 2


def test_a_batch_written_at_one_time_is_indexed_once_not_at_every_search(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """An import (or a reindex) stamps its rows with one time: later searches look at their
    stamps again, but index them only once."""
    with transaction(factory) as session:
        import_rows(session, tmp_path, ROWS)
    index = CatalogueIndex()
    with factory() as session:
        assert index.sync(session) == 2
        assert index.sync(session) == 0  # same stamps: nothing applied again
    assert len(index.index.features) == 2  # no dead copies piling up
    with transaction(factory) as session:
        session.execute(update(Entry).where(Entry.external_id == "sarg").values(updated_at=NOW))
    with factory() as session:
        entry = session.execute(select(Entry).where(Entry.external_id == "sarg")).scalar_one()
        was = index.applied[entry.id]
    with transaction(factory) as session:
        later = NOW + timedelta(seconds=1)
        session.execute(update(Entry).where(Entry.external_id == "sarg").values(updated_at=later))
    with factory() as session:
        assert index.sync(session) == 1 and index.applied[entry.id] != was


def test_searches_from_threads_while_entries_change_break_nothing(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """The console searches from worker threads while the chat changes the catalogue."""
    import threading

    with transaction(factory) as session:
        import_rows(session, tmp_path, ROWS)
    index = CatalogueIndex()
    errors: list[BaseException] = []

    def search_many() -> None:
        try:
            for _ in range(30):
                search_ids(factory, index, "sargazo")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=search_many) for _ in range(3)]
    for th in threads:
        th.start()
    for n in range(30):
        with transaction(factory) as session:
            session.execute(update(Entry).values(updated_at=NOW + timedelta(seconds=n + 1)))
        search_ids(factory, index, "peixe-leão")
    for th in threads:
        th.join()
    assert errors == []
    assert index.index.live == 2
