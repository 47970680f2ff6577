"""The search contract (`cidi-bot catalogue search`) and the match contract's confidence and
notify: JSON Lines in, one line per query or need out, bad lines named with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cidi, Ran

ENTRIES = [
    {"id": "o1", "kind": "offer", "language": "pt", "title": "Cooperação técnica em telessaúde",
     "description": "Teleconsultas e capacitação de equipes de saúde em áreas remotas"},
    {"id": "o2", "kind": "offer", "language": "en", "title": "Training with the OAS on elections",
     "description": "Electoral observation methods"},
    {"id": "n1", "kind": "need", "language": "es", "title": "Alerta temprana de huracanes",
     "description": "Sistemas de alerta temprana para municipios costeros"},
    {"id": "o3", "kind": "offer", "language": "es",
     "title": "Gestión del riesgo de desastres en municipios",
     "description": "Sistemas de alerta temprana, mapas de riesgo y simulacros"},
]  # fmt: skip
QUERIES = [
    {"query_id": "q1", "query": "telemedicina rural", "language": "es"},
    {"query_id": "q2", "query": "OEA"},
    {"query_id": "q3", "query": "riezgo desatres"},
]


def write(tmp_path: Path, name: str, rows: list[Any]) -> str:
    path = tmp_path / name
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)
        + "\n",
        encoding="utf-8",
    )
    return str(path)


def search(tmp_path: Path, cidi: Cidi, entries: list[Any], queries: list[Any], *args: str) -> Ran:
    return cidi(
        "catalogue", "search", write(tmp_path, "entries.jsonl", entries),
        "--queries", write(tmp_path, "queries.jsonl", queries), *args, cwd=tmp_path,
    )  # fmt: skip


def test_search_prints_one_line_per_query_in_order_ranked_as_search_ranks(
    tmp_path: Path, cidi: Cidi
) -> None:
    result = search(tmp_path, cidi, ENTRIES, QUERIES, "--top", "2")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["query_id"] for r in rows] == ["q1", "q2", "q3"]
    assert all(len(r["results"]) <= 2 for r in rows)
    first = rows[0]["results"][0]
    assert set(first) == {"id", "score", "confidence", "why"}
    assert first["id"] == "o1" and first["confidence"] in ("strong", "possible", "weak")
    assert rows[1]["results"][0]["id"] == "o2"  # OEA finds the entry that says OAS
    assert {r["id"] for r in rows[2]["results"]} >= {"o3"}  # the typo corrected first
    assert any(r["id"] == "n1" for r in rows[2]["results"])  # needs are searched too


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"query": "agua"}', "missing query_id"),
        ('{"query_id": "q1", "query": "dup"}', "duplicate query_id"),
        ('{"query_id": "q9", "query": "  "}', "missing query"),
        ('{"query_id": "q9", "query": "agua", "language": "de"}', "unknown language"),
        ('{"query_id": "q9", ', "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_a_bad_query_line_is_named_with_its_number_exit_2_and_nothing_printed(
    tmp_path: Path, cidi: Cidi, bad: str, message: str
) -> None:
    result = search(tmp_path, cidi, ENTRIES, [json.dumps(QUERIES[0]), bad])
    assert result.returncode == 2
    assert result.stdout == ""
    assert "queries.jsonl:2: " in result.stderr and message in result.stderr


def test_a_bad_entry_line_is_named_too(tmp_path: Path, cidi: Cidi) -> None:
    entries = [json.dumps(ENTRIES[0]), '{"id": "x", "kind": "wish", "title": "x"}']
    result = search(tmp_path, cidi, entries, QUERIES)
    assert result.returncode == 2 and result.stdout == ""
    assert "entries.jsonl:2: " in result.stderr and "unknown kind" in result.stderr


def test_match_says_each_pairs_confidence_and_whether_it_would_be_pushed(
    tmp_path: Path, cidi: Cidi
) -> None:
    path = write(tmp_path, "entries.jsonl", ENTRIES)
    result = cidi("catalogue", "match", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["need"] == "n1"
    best = row["matches"][0]
    assert best["offer"] == "o3" and best["confidence"] == "strong" and best["notify"] is True
    assert set(best) == {"offer", "score", "confidence", "notify", "why"}
    assert all(m["notify"] is False for m in row["matches"] if m["confidence"] == "weak")
