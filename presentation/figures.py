"""The meeting's figures in words, in the reader's language: /stats and `cidi-bot stats`."""

from __future__ import annotations

from catalogue import countries
from catalogue.taxonomy import (
    ACTOR_KINDS,
    LANGUAGE_NAMES,
    MODALITIES,
    SCOPES,
    TARGET_GROUPS,
    UNKNOWN,
)
from presentation.i18n import label, t
from presentation.render import fit
from scheduler.delivery import MAX_ATTEMPTS


def item(lang: str, name: str, count: int) -> str:
    """ "Health: 3" as each language writes it (French puts a space before the colon)."""
    return label(lang, "stats-item", name=name, count=count)


def stats_text(lang: str, figures: dict[str, object]) -> str:
    d = figures["delegates"]
    e = figures["entries"]
    assert isinstance(d, dict) and isinstance(e, dict)
    lines = [t(lang, "stats-title")]
    lines.append(
        t(
            lang,
            "stats-delegates",
            registered=d["registered"],
            active=d["active"],
            verified=d["verified"],
        )
    )
    kinds = ", ".join(
        item(lang, label(lang, f"actor-{k}"), v)
        for k, v in sorted(d["by_kind"].items())
        if k in ACTOR_KINDS
    )
    lines.append(t(lang, "stats-by-kind", list=kinds or "—"))
    langs = ", ".join(
        item(lang, label(lang, f"language-{k}") if k in LANGUAGE_NAMES else k, v)
        for k, v in sorted(d["by_language"].items())
    )
    lines.append(t(lang, "stats-by-language", list=langs or "—"))
    top = sorted(d["by_country"].items(), key=lambda kv: -kv[1])[:10]
    places = ", ".join(
        item(lang, countries.name(k, lang) if countries.is_place(k) else k, v) for k, v in top
    )
    lines.append(t(lang, "stats-by-country", list=places or "—"))
    statuses = ", ".join(
        item(lang, label(lang, f"status-{k}"), v) for k, v in sorted(e["by_status"].items())
    )
    lines.append(
        t(
            lang,
            "stats-entries",
            offers=e["by_kind"].get("offer", 0),
            needs=e["by_kind"].get("need", 0),
            statuses=statuses or "—",
        )
    )
    shown = e["in_catalogue"]
    lines.append(
        t(lang, "stats-catalogue", offers=shown.get("offer", 0), needs=shown.get("need", 0))
    )
    for area, counts in sorted(e["approved_by_area"].items()):
        lines.append(
            t(
                lang,
                "stats-area",
                area=label(lang, f"area-{area}"),
                offers=counts["offer"],
                needs=counts["need"],
            )
        )
    for key, prefix, codes in (
        ("approved_by_modality", "modality", MODALITIES),
        ("approved_by_actor_kind", "actor", ACTOR_KINDS),
        ("approved_by_target_group", "group", TARGET_GROUPS),
        ("approved_needs_by_scope", "scope", SCOPES),
    ):
        counts = e.get(key) or {}
        named = [item(lang, label(lang, f"{prefix}-{c}"), counts[c]) for c in codes
                 if counts.get(c)]  # fmt: skip
        if counts.get(UNKNOWN):  # imported rows without a kind of actor: counted, and named
            named.append(item(lang, label(lang, "not-given-actor_kind"), counts[UNKNOWN]))
        listed = ", ".join(named)
        if listed:
            lines.append(t(lang, f"stats-{key.replace('_', '-')}", list=listed))
    connections = figures["connections"]
    assert isinstance(connections, dict)
    lines.append(
        t(
            lang,
            "stats-matches",
            matches=figures["matches"],
            connections=sum(connections.values()),
            accepted=connections.get("accepted", 0),
        )
    )
    held = figures.get("meetings")
    if isinstance(held, dict):
        lines.append(t(lang, "stats-meetings", **held))
    deliveries = figures["deliveries"]
    assert isinstance(deliveries, dict)
    lines.append(
        t(
            lang,
            "stats-deliveries",
            reminders=sum(
                v for k, v in deliveries.items() if k.startswith(("reminder:sent", "digest:sent"))
            ),
            broadcasts=deliveries.get("broadcast:sent", 0),
        )
    )
    failed = figures.get("undelivered", 0)
    if failed:  # parked after MAX_ATTEMPTS: someone should look (the logs say why)
        lines.append(t(lang, "stats-failed", count=failed, attempts=MAX_ATTEMPTS))
    return fit("\n".join(lines))
