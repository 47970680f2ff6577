"""The three button-only step kinds every dialog is made of, on their own."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.dialogs.engine import Accepted, Option, Rejected, StepContext
from bot.dialogs.steps import ChoiceStep, ConfirmStep, ToggleStep, yes_no
from presentation.i18n import t

NOW = datetime(2021, 12, 2, 15, 0, tzinfo=UTC)


def ctx(**data: Any) -> StepContext:
    return StepContext("fr", 1, dict(data), NOW)


def test_a_choice_keeps_a_value_on_offer_and_refuses_a_forged_one_or_typed_text() -> None:
    kind = ChoiceStep("actor_kind", "reg-ask-kind", ("member_state", "ngo"), "actor",
                      then=lambda c, v: {"organisation": None} if v == "member_state" else {})  # fmt: skip
    taken = kind.on_choice(ctx(), "member_state")
    assert isinstance(taken, Accepted)
    assert taken.updates == {"actor_kind": "member_state", "organisation": None}
    assert kind.answered(taken.updates) and not kind.answered({"actor_kind": "king"})
    for refused in (kind.on_choice(ctx(), "king"), kind.on_text(ctx(), "ngo")):
        assert isinstance(refused, Rejected)
        assert refused.message == t("fr", "dialog-expect-button")
    labels = [o.label for o in kind.prompt(ctx()).options]
    assert labels == [t("fr", "actor-member_state"), t("fr", "actor-ngo")]


def test_a_yes_or_no_is_kept_as_a_bool_and_only_asked_when_it_applies() -> None:
    financing = yes_no("financing", "entry-ask-financing", when=lambda d: d.get("kind") == "offer")
    taken = financing.on_choice(ctx(kind="offer"), "no")
    assert isinstance(taken, Accepted) and taken.updates == {"financing": False}
    assert financing.answered({"financing": False}) and not financing.answered({})
    assert not financing.needed({"kind": "need"})


def test_a_toggle_drafts_its_choice_until_done_and_keeps_the_vocabularys_order() -> None:
    groups = ToggleStep("target_groups", "entry-ask-target_groups", ("women", "children"),
                        "group", "entry-groups-chosen", "entry-countries-done",
                        "entry-groups-none")  # fmt: skip
    data: dict[str, Any] = {}
    for value in ("children", "women", "children", "children"):
        step = groups.on_choice(ctx(**data), value)
        assert isinstance(step, Accepted) and step.stay
        data.update(step.updates)
    assert not groups.answered(data)  # drafted, not kept, until Done
    assert "Groupes choisis" in groups.prompt(ctx(**data)).text  # not « Pays choisis » (F1)
    done = groups.on_choice(ctx(**data), "done")
    assert isinstance(done, Accepted) and done.updates["target_groups"] == ["women", "children"]
    none = groups.on_choice(ctx(**data), "none")
    assert isinstance(none, Accepted) and none.updates["target_groups"] == []
    assert isinstance(groups.on_choice(ctx(), "men"), Rejected)


def test_a_confirmation_goes_on_or_back_to_a_part_it_offers_and_nowhere_else() -> None:
    confirm = ConfirmStep("confirm", lambda c: "Résumé", "broadcast-confirm",
                          lambda c: [Option("edit:audience", "Public")],
                          reset=lambda target: {"audience": None})  # fmt: skip
    go = confirm.on_choice(ctx(), "go")
    assert isinstance(go, Accepted) and go.updates == {"_confirmed": True}
    back = confirm.on_choice(ctx(), "edit:audience")
    assert isinstance(back, Accepted) and back.goto == "audience"
    assert back.updates["audience"] is None
    assert isinstance(confirm.on_choice(ctx(), "edit:texts"), Rejected)  # not offered


def test_the_entry_dialogs_target_groups_are_said_as_groups_not_countries() -> None:
    """F1: the target-group step showed « Pays choisis : Femmes »."""
    from bot.dialogs.entry import EntryDialog

    step = next(s for s in EntryDialog().steps if getattr(s, "name", "") == "target_groups")
    said = step.prompt(ctx(target_groups=["women"])).text
    assert "Groupes choisis" in said and "Pays choisis" not in said
