"""Matches a delegate can trust (issue 28): meaning first, a calibrated confidence, search
that knows the field's acronyms and leaves real words alone."""

from __future__ import annotations

import numpy as np
import pytest

from catalogue.matching import Doc, MatchIndex, calibration
from catalogue.matching.acronyms import defined
from catalogue.matching.spelling import Speller
from catalogue.matching.text import tokens
from catalogue.matching.thesaurus import default


def unit(*values: float) -> np.ndarray:
    """A 512-dimension unit vector whose first components are `values`."""
    v = np.zeros(512, dtype=np.float32)
    v[: len(values)] = values
    return v / np.linalg.norm(v)


# -- meaning first ----------------------------------------------------------------------


def test_a_shared_concept_no_longer_vouches_for_a_pair_whose_meanings_are_apart() -> None:
    """The thesaurus and the fields share "telemedicine", health, the country: with the
    texts' embeddings orthogonal, the pair stays weak (it was lifted to the concepts'
    score before)."""
    need = Doc("n", "need", "Telemedicina para clínicas rurales", area="health",
               country="HT", vector=unit(1.0))  # fmt: skip
    offer = Doc("o", "offer", "Telemedicine platform licences", area="health",
                countries=("HT",), vector=unit(0.0, 1.0))  # fmt: skip
    index = MatchIndex()
    index.add(offer)
    [match] = index.best_offers(need)
    assert match.score < 40
    close = Doc("o2", "offer", "Telemedicine platform licences", area="health",
                countries=("HT",), vector=unit(1.0, 0.1))  # fmt: skip
    index.add(close)
    assert index.best_offers(need)[0].id == "o2"


def test_lecciones_is_not_taken_for_elecciones() -> None:
    th = default()
    assert "elections" not in th.concepts_in(tokens("Las lecciones se pierden"))
    assert "elections" in th.concepts_in(tokens("observación de elecciones"))
    assert th.canonical("lecciones") == "lecciones"


def test_pregnant_women_is_maternal_health_not_gender_equality() -> None:
    th = default()
    for text in ("pregnant women", "mujeres embarazadas", "femmes enceintes"):
        found = th.concepts_in(tokens(text))
        assert "maternal_child_health" in found and "gender" not in found, text
    assert "gender" in th.concepts_in(tokens("violence and women's rights for women"))


def test_a_concept_much_of_the_catalogue_carries_weighs_less_than_a_rare_one() -> None:
    index = MatchIndex()
    index.extend(
        Doc(str(i), "offer", f"Hospital services number {i}", "Telemedicine" if i == 0 else "")
        for i in range(300)
    )
    assert index.specificity("hospitals") < 0.5 * index.specificity("telemedicine")
    assert index.concept_weight("hospitals") < index.concept_weight("telemedicine")


def test_fields_order_candidates_close_in_meaning_and_lift_no_distant_one() -> None:
    need = Doc("n", "need", "Water for the villages", area="climate", modality="south_south",
               cooperation_type="technical_assistance", country="BO", vector=unit(1.0))  # fmt: skip
    fields = {"area": "climate", "modality": "south_south",
              "cooperation_type": "technical_assistance", "countries": ("BO",)}  # fmt: skip
    close_bare = Doc("a", "offer", "Rural drinking water systems", vector=unit(1.0, 0.2))
    close_fit = Doc("b", "offer", "Rural drinking water systems", vector=unit(1.0, 0.2), **fields)
    far_fit = Doc("c", "offer", "Music festival logistics", vector=unit(0.0, 1.0), **fields)
    index = MatchIndex()
    index.extend([close_bare, close_fit, far_fit])
    ranked = {m.id: m.score for m in index.best_offers(need)}
    assert ranked["b"] > ranked["a"]  # same meaning: the fields decide
    assert ranked.get("c", 0.0) < 0.5 * ranked["a"]  # every field fits, the meaning does not


# -- a calibrated confidence -------------------------------------------------------------


def test_the_probability_grows_with_the_score_and_favours_the_first_candidate() -> None:
    p = calibration.probability
    assert p(40, 0, 40) < p(60, 0, 60) < p(80, 0, 80)
    assert p(70, 1, 70) < p(70, 0, 70)
    assert p(60, 1, 90) < p(60, 1, 62)  # far below the first: less likely


def test_confidence_words_and_pushes_follow_the_probability() -> None:
    assert calibration.confidence(calibration.STRONG) == "strong"
    assert calibration.confidence(calibration.STRONG - 0.01) == "possible"
    assert calibration.confidence(calibration.POSSIBLE - 0.01) == "weak"
    assert calibration.notify(calibration.NOTIFY) and not calibration.notify(
        calibration.NOTIFY - 0.01
    )
    assert calibration.POSSIBLE < calibration.NOTIFY <= calibration.STRONG


def test_a_ranking_gives_each_match_its_probability_confidence_and_push() -> None:
    need = Doc("n", "need", "Water for villages", vector=unit(1.0))
    index = MatchIndex()
    index.extend([Doc("a", "offer", "Water for villages", vector=unit(1.0, 0.05)),
                  Doc("b", "offer", "Water for villages", vector=unit(0.3, 1.0))])  # fmt: skip
    first, second = index.best_offers(need)
    assert first.probability == pytest.approx(calibration.probability(first.score, 0, first.score))
    assert first.confidence == "strong" and first.notify
    assert second.probability < first.probability and not second.notify


# -- search that knows the field -----------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "written"),
    [("OEA", "OAS"), ("OAS", "OEA"), ("OPS", "PAHO"), ("OPAS", "OPS"), ("BID", "IDB"),
     ("BCIE", "CABEI"), ("CEPAL", "ECLAC"), ("PNUD", "UNDP"), ("BDC", "CDB")],
)  # fmt: skip
def test_an_acronym_in_one_language_finds_entries_written_with_another(
    query: str, written: str
) -> None:
    index = MatchIndex()
    index.extend([Doc("1", "offer", f"Training with the {written} for ministries"),
                  Doc("2", "offer", "Training for ministries of culture")])  # fmt: skip
    assert [m.id for m in index.search(query)][:1] == ["1"]


def test_an_acronym_an_entry_defines_finds_it() -> None:
    assert defined("Apoyo al Sistema Nacional de Emergencias (SINAE) del Uruguay") == {
        "sinae": "sistema nacional de emergencias"
    }
    assert defined("cursos (2024) con la gente (OK)") == {}
    index = MatchIndex()
    index.extend([Doc("1", "offer", "Apoyo al Sistema Nacional de Emergencias (SINAE)"),
                  Doc("2", "offer", "Sistema de alerta para emergencias nacionales"),
                  Doc("3", "need", "Coordinar el sistema nacional de emergencias")])  # fmt: skip
    assert "3" in [m.id for m in index.search("SINAE")]


def test_the_speller_leaves_alone_a_word_the_encoder_knows_and_keeps_accents() -> None:
    pieces = {"estimulacion": 2, "estimaciones": 2, "riesgo": 1, "educacion": 1}
    speller = Speller(["estimaciones", "riesgo", "educación"], pieces=lambda w: pieces.get(w, 3))
    assert speller.correct("estimulacion temprana") is None  # a real word the catalogue lacks
    assert speller.correct("riezgo") == "riesgo"
    assert speller.correct("educasion") == "educación"  # shown as the catalogue writes it
    assert not speller.worth_saying("educacion", "educación")
