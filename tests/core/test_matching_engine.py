"""The matching engine finds counterparts across languages and says why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue import countries
from catalogue.matching import Doc, MatchIndex, explain
from catalogue.matching.text import fold, stems
from catalogue.matching.thesaurus import default

HAITI_NEED = Doc(
    "n1",
    "need",
    "Renforcement des capacités en télémédecine pour les zones rurales",
    "Téléconsultations pour les dispensaires",
    area="health",
    country="HT",
    language="fr",
)
BRAZIL_OFFER = Doc(
    "o1",
    "offer",
    "Cooperação técnica em telessaúde",
    "Teleconsultas em áreas remotas",
    area="health",
    countries=("HT", "BO"),
    language="pt",
)
SPAIN_OFFER = Doc(
    "o2",
    "offer",
    "Programa de formación en salud digital",
    "Cursos de telemedicina",
    area="health",
    countries=("ALL",),
    language="es",
)
DISTRACTOR = Doc(
    "o3",
    "offer",
    "Formation des guides touristiques en zones rurales",
    "Renforcement des capacités des guides",
    area="msme",
    countries=("HT",),
    language="fr",
)


def test_folding_removes_case_accents_and_punctuation() -> None:
    assert fold("Coopération, TÉLÉMÉDECINE!") == "cooperation telemedecine"


def test_plural_forms_meet_their_singular() -> None:
    assert set(stems("vaccines")) & set(stems("vaccine"))
    assert "ciudad" in stems("ciudades") and "populacao" in stems("populacoes")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("télémédecine", "telemedicine"),
        ("telesalud", "telemedicine"),
        ("telessaúde", "telemedicine"),
        ("MIPYMES", "msme"),
        ("PME", "msme"),
        ("MPE", "msme"),
        ("SMEs", "msme"),
        ("gestión del riesgo de desastres", "disaster_risk"),
        ("gestão de risco de desastres", "disaster_risk"),
        ("gestion des risques de catastrophe", "disaster_risk"),
        ("telemedicna", "telemedicine"),
    ],
)
def test_words_in_any_language_or_with_a_typo_name_the_concept(text: str, concept: str) -> None:
    th = default()
    from catalogue.matching.text import tokens

    assert concept in th.concepts_in(tokens(text))


def test_the_thesaurus_has_a_few_hundred_concepts_in_four_languages() -> None:
    th = default()
    assert len(th.concepts) >= 190
    for concept in th.concepts.values():
        assert all(concept.terms[lang] for lang in ("en", "es", "fr", "pt")), concept.id
        assert concept.broader is None or concept.broader in th.concepts, concept.id
        assert concept.area in (None, "digital", "msme", "education", "work", "climate", "health")


def test_a_need_meets_offers_in_other_languages_before_a_distractor() -> None:
    index = MatchIndex()
    index.extend([BRAZIL_OFFER, SPAIN_OFFER, DISTRACTOR])
    ranked = index.best_offers(HAITI_NEED, top=3)
    assert [m.id for m in ranked[:2]] == ["o1", "o2"]
    assert all(0 <= m.score <= 100 for m in ranked)
    reasons = [explain(r) for r in ranked[0].reasons]
    assert "same area: health" in reasons
    assert any(r.startswith("shared: ") and "telemedicine" in r for r in reasons)
    assert "offer covers Haiti" in reasons


def test_a_regional_need_is_served_by_an_offer_covering_any_of_its_countries() -> None:
    """A Caribbean need from a Dominican ministry: an offer for Jamaica alone covers it."""
    need = Doc(
        "n9",
        "need",
        "Alerta temprana de huracanes",
        "Sistemas de alerta temprana para comunidades costeras",
        area="climate",
        country="DO",
        countries=countries.SUBREGIONS["caribbean"],
        target_groups=("older_persons", "disability"),
    )
    jamaica = Doc(
        "o9",
        "offer",
        "Hurricane early warning systems",
        "Early warning for coastal communities",
        area="climate",
        countries=("JM",),
        target_groups=("disability",),
    )
    chile = Doc(
        "o8",
        "offer",
        "Hurricane early warning systems",
        "Early warning for coastal communities",
        area="climate",
        countries=("CL",),
    )
    index = MatchIndex()
    index.extend([jamaica, chile])
    ranked = index.best_offers(need, top=2)
    assert [m.id for m in ranked] == ["o9", "o8"]
    reasons = [explain(r) for r in ranked[0].reasons]
    assert "offer covers Jamaica" in reasons
    assert "same target groups: disability" in reasons
    national = Doc("n8", "need", need.title, need.description, area="climate", country="DO")
    assert not any(r.code == "country" for r in index.best_offers(national, top=2)[0].reasons)


def test_a_removed_entry_is_never_returned() -> None:
    index = MatchIndex()
    index.extend([BRAZIL_OFFER, SPAIN_OFFER])
    index.remove("o1")
    assert [m.id for m in index.best_offers(HAITI_NEED)] == ["o2"]


def test_search_uses_the_index_on_a_large_catalogue() -> None:
    index = MatchIndex()
    filler = [
        Doc(f"f{i}", "offer", f"Curso de turismo número {i}", "Guías turísticos", area="msme")
        for i in range(3500)
    ]
    index.extend([*filler, BRAZIL_OFFER])
    assert index.live > 3000  # above the brute-force threshold: candidates come from postings
    assert index.search("telemedicina rural")[0].id == "o1"


def run_match(tmp_path: Path, lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "entries.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "catalogue", "match", str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )


def as_line(doc: Doc) -> str:
    row = {
        "id": doc.id,
        "kind": doc.kind,
        "title": doc.title,
        "description": doc.description,
        "area": doc.area,
        "country": doc.country,
        "countries": list(doc.countries) or None,
        "language": doc.language,
    }
    return json.dumps(row, ensure_ascii=False)


def test_the_match_command_prints_one_object_per_need_in_file_order(tmp_path: Path) -> None:
    second_need = Doc("n2", "need", "Sistemas de alerta temprana", "huracanes")
    result = run_match(
        tmp_path,
        [
            as_line(BRAZIL_OFFER),
            as_line(HAITI_NEED),
            as_line(SPAIN_OFFER),
            as_line(second_need),
            '{"id": "o9", "kind": "offer", "title": "x"}',
        ],
        "--top",
        "1",
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["need"] for r in rows] == ["n1", "n2"]
    assert len(rows[0]["matches"]) == 1 and rows[0]["matches"][0]["offer"] == "o1"
    assert isinstance(rows[0]["matches"][0]["score"], float) and rows[0]["matches"][0]["why"]


def test_missing_optional_keys_and_nulls_are_fine(tmp_path: Path) -> None:
    result = run_match(
        tmp_path,
        [
            '{"id": "a", "kind": "offer", "title": "Telemedicine", "area": null}',
            '{"id": "b", "kind": "need", "title": "telemedicina"}',
        ],
    )
    assert result.returncode == 0 and json.loads(result.stdout)["matches"][0]["offer"] == "a"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"kind": "need", "title": "x"}', "missing id"),
        ('{"id": "n1", "kind": "need", "title": "dup"}', "duplicate id"),
        ('{"id": "z", "kind": "need", "title": "x", "area": "space"}', "unknown area"),
        ('{"id": "z", "kind": "wish", "title": "x"}', "unknown kind"),
        ('{"id": "z", "kind": "need", "title": "x", "country": "XX"}', "unknown country"),
        ('{"id": "z", "kind": "need", "title": ', "not valid JSON"),
        ('{"id": "z", "kind": "need", "target_groups": ["aliens"]}', "target_groups must"),
    ],
)
def test_a_bad_line_is_named_exit_2_and_nothing_printed(
    tmp_path: Path, bad: str, message: str
) -> None:
    result = run_match(tmp_path, [as_line(HAITI_NEED), bad])
    assert result.returncode == 2
    assert result.stdout == ""
    assert ":2: " in result.stderr and message in result.stderr
