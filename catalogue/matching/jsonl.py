"""Reading the matching command's JSON Lines input, with every problem named by line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from catalogue import countries
from catalogue.matching.engine import Doc
from catalogue.taxonomy import (
    AREAS,
    COOPERATION_TYPES,
    LANGUAGES,
    MODALITIES,
    ROLE_ALIASES,
    TARGET_GROUPS,
    TRIANGULAR_ROLES,
)

CODES: dict[str, tuple[str, ...]] = {
    "kind": ("offer", "need"),
    "area": AREAS,
    "cooperation_type": COOPERATION_TYPES,
    "modality": MODALITIES,
    "role": (*TRIANGULAR_ROLES, *ROLE_ALIASES),
    "language": LANGUAGES,
}


@dataclass(frozen=True)
class LineProblem:
    line: int
    message: str


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def read_docs(lines: Iterable[str]) -> tuple[list[Doc], list[LineProblem]]:
    """Docs in file order, and every problem (bad JSON, missing or duplicate id, bad code)."""
    docs: list[Doc] = []
    problems: list[LineProblem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(LineProblem(number, f"not valid JSON ({exc.msg})"))
            continue
        if not isinstance(row, dict):
            problems.append(LineProblem(number, "not a JSON object"))
            continue
        raw_id = row.get("id")
        if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
            problems.append(LineProblem(number, "missing id"))
            continue
        if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
            problems.append(LineProblem(number, "id must be a string"))
            continue
        doc_id = str(raw_id)
        if doc_id in seen:
            problems.append(
                LineProblem(number, f"duplicate id {doc_id!r} (first on line {seen[doc_id]})")
            )
            continue
        seen[doc_id] = number
        bad = False
        for key, allowed in CODES.items():
            value = row.get(key)
            if key == "kind" and value is None:
                problems.append(LineProblem(number, "missing kind (offer or need)"))
                bad = True
            elif value is not None and value not in allowed:
                problems.append(
                    LineProblem(number, f"unknown {key} {value!r} (one of {', '.join(allowed)})")
                )
                bad = True
        country = row.get("country")
        if country is not None and not (
            isinstance(country, str) and countries.is_country(country.upper())
        ):
            problems.append(
                LineProblem(number, f"unknown country {country!r} (ISO 3166-1 alpha-2)")
            )
            bad = True
        listed = row.get("countries")
        if listed is not None and not isinstance(listed, list):
            problems.append(LineProblem(number, "countries must be a list"))
            bad = True
        groups = row.get("target_groups")
        if groups is not None and not (
            isinstance(groups, list) and all(g in TARGET_GROUPS for g in groups)
        ):
            problems.append(
                LineProblem(number, f"target_groups must be a list of {', '.join(TARGET_GROUPS)}")
            )
            bad = True
        title = row.get("title")
        if title is not None and not isinstance(title, str):
            problems.append(LineProblem(number, "title must be a string"))
            bad = True
        if bad:
            continue
        codes = tuple(str(c).upper() for c in (listed or []) if isinstance(c, str) and c.strip())
        docs.append(
            Doc(
                id=doc_id,
                kind=row["kind"],
                title=_text(title),
                description=_text(row.get("description")),
                area=row.get("area"),
                cooperation_type=row.get("cooperation_type"),
                modality=row.get("modality"),
                role=row.get("role"),
                country=country.upper() if isinstance(country, str) else None,
                countries=codes,
                target_groups=tuple(groups or ()),
                language=row.get("language"),
            )
        )
    return docs, problems


@dataclass(frozen=True)
class Query:
    query_id: str
    query: str
    language: str | None = None


def read_queries(lines: Iterable[str]) -> tuple[list[Query], list[LineProblem]]:
    """Search queries in file order (`{"query_id", "query", "language"?}`), and every
    problem (bad JSON, missing or duplicate query_id, empty query, unknown language)."""
    queries: list[Query] = []
    problems: list[LineProblem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(LineProblem(number, f"not valid JSON ({exc.msg})"))
            continue
        if not isinstance(row, dict):
            problems.append(LineProblem(number, "not a JSON object"))
            continue
        raw_id = row.get("query_id")
        if raw_id is None or isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
            problems.append(LineProblem(number, "missing query_id (a string)"))
            continue
        query_id = str(raw_id)
        if not query_id.strip():
            problems.append(LineProblem(number, "missing query_id (a string)"))
            continue
        if query_id in seen:
            problems.append(
                LineProblem(
                    number, f"duplicate query_id {query_id!r} (first on line {seen[query_id]})"
                )
            )
            continue
        seen[query_id] = number
        text = row.get("query")
        if not isinstance(text, str) or not text.strip():
            problems.append(LineProblem(number, "missing query (a non-empty string)"))
            continue
        language = row.get("language")
        if language is not None and language not in LANGUAGES:
            problems.append(
                LineProblem(
                    number, f"unknown language {language!r} (one of {', '.join(LANGUAGES)})"
                )
            )
            continue
        queries.append(Query(query_id, text, language))
    return queries, problems
