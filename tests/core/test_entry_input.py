"""The one typed input of an offer or a need, as the dialog, the console and an import
hand their values to the core."""

from __future__ import annotations

import pytest

from catalogue import entries

GOOD = {"kind": "offer", "language": "es", "title": "Telemedicina rural",
        "description": "Formación de enfermeras en telemedicina para clínicas rurales.",
        "area": "health", "cooperation_type": "programme", "modality": "south_south",
        "countries": "CL; pe", "time_frame": "short", "financing": "sí"}  # fmt: skip


def test_raw_values_from_any_front_end_become_one_clean_typed_entry() -> None:
    data = entries.EntryInput.read(GOOD)
    assert data.countries == ["CL", "PE"] and data.financing is True
    assert data.role is None and data.target_groups == [] and data.contact is None
    assert data.fields()["title"] == "Telemedicina rural"


def test_every_problem_is_reported_at_once_and_no_input_is_made() -> None:
    forged = {**GOOD, "area": "space", "modality": "triangular", "countries": "XX",
              "kind": "gift", "title": "  "}  # fmt: skip
    with pytest.raises(entries.Invalid) as invalid:
        entries.EntryInput.read(forged)
    fields = {p.field for p in invalid.value.problems}
    assert fields == {"area", "role", "countries", "kind", "title"}


def test_a_typed_input_cannot_be_changed_or_given_fields_it_does_not_have() -> None:
    data = entries.EntryInput.read(GOOD)
    with pytest.raises(ValueError):
        entries.EntryInput(**{**data.model_dump(), "owner_id": 7})
    with pytest.raises(ValueError):
        data.title = "Otra cosa"  # type: ignore[misc]
