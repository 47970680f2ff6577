"""The agenda file: the shipped one is valid, and every problem is named with its line."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler.agenda import default_text, diff, parse

HEADER = """meeting:
  title: {en: Test meeting}
  timezone: America/New_York
  days: [2021-12-02]
sessions:
"""


def session(sid: str, start: str, end: str, extra: str = "") -> str:
    return f"  - id: {sid}\n    start: {start}\n    end: {end}\n    title: {{en: Session {sid}}}\n{extra}"


def test_the_shipped_agenda_is_valid_and_follows_the_seed() -> None:
    agenda, problems = parse(default_text())
    assert problems == [] and agenda is not None
    assert agenda.days == (date(2021, 12, 2), date(2021, 12, 3))
    assert agenda.timezone == "America/New_York" and agenda.to_be_confirmed
    ids = [s.id for s in agenda.sessions]
    assert (
        ids[0] == "opening"
        and ids[-1] == "closing"
        and "observers" in ids
        and "partnerships" in ids
    )
    assert all(set(s.title) == {"en", "es", "fr", "pt"} for s in agenda.sessions)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", None, "empty"),
        ("meeting: [unclosed", 1, "not valid YAML"),
        ("just: text\n", 1, "not an agenda"),
        (HEADER.replace("2021-12-02]", "2021-02-29]"), 4, "not a real date"),
        (HEADER.replace("America/New_York", "EST5"), 3, "unknown time zone"),
        (HEADER + session("a", "2021-12-02 10:00", "2021-12-02 09:30"), 8, "ends before it starts"),
        (HEADER + session("a", "2021-12-02 10:00", "2021-12-02 10:00"), 8, "ends before it starts"),
        (
            HEADER + session("a", "2021-12-05 10:00", "2021-12-05 11:00"),
            7,
            "outside the meeting's days",
        ),
        (
            HEADER
            + session("a", "2021-12-02 10:00", "2021-12-02 11:00")
            + session("a", "2021-12-02 12:00", "2021-12-02 13:00"),
            10,
            "duplicate session id",
        ),
        (
            HEADER
            + session("a", "2021-12-02 10:00", "2021-12-02 11:00")
            + session("b", "2021-12-02 10:30", "2021-12-02 12:00"),
            10,
            "overlaps",
        ),
        (
            HEADER
            + session(
                "a",
                "2021-12-02 10:00",
                "2021-12-02 11:00",
                "    description: {en: " + "x" * 20000 + "}\n",
            ),
            10,
            "limit is 3000",
        ),
        (
            HEADER + session("a", "2021-12-02 25:00", "2021-12-02 26:00"),
            7,
            "not a real date and time",
        ),
    ],
)
def test_each_problem_is_named_with_its_line(text: str, line: int | None, words: str) -> None:
    agenda, problems = parse(text)
    assert agenda is None
    assert any(words in p.message and p.line == line for p in problems), problems


def test_ten_thousand_sessions_are_refused_quickly() -> None:
    text = HEADER + "".join(
        session(f"s{i}", "2021-12-02 10:00", "2021-12-02 10:01") for i in range(10000)
    )
    agenda, problems = parse(text)
    assert agenda is None and "at most 300" in problems[0].message


def test_a_missing_translation_falls_back_to_the_default_language() -> None:
    agenda, _ = parse(HEADER + session("a", "2021-12-02 10:00", "2021-12-02 11:00"))
    assert agenda is not None
    assert agenda.sessions[0].text("title", "pt", agenda.default_language) == "Session a"


def test_diff_names_sessions_added_removed_moved_and_edited() -> None:
    old, _ = parse(
        HEADER
        + session("a", "2021-12-02 10:00", "2021-12-02 11:00")
        + session("b", "2021-12-02 12:00", "2021-12-02 13:00")
        + session("c", "2021-12-02 14:00", "2021-12-02 15:00")
    )
    new, _ = parse(
        HEADER
        + session("a", "2021-12-02 10:30", "2021-12-02 11:30")
        + session("c", "2021-12-02 14:00", "2021-12-02 15:00", "    link: https://x.example\n")
        + session("d", "2021-12-02 16:00", "2021-12-02 17:00")
    )
    assert old is not None and new is not None
    change = diff(old, new)
    assert [s.id for s in change.added] == ["d"] and [s.id for s in change.removed] == ["b"]
    assert [(o.id, n.start.hour, n.start.minute) for o, n in change.moved] == [("a", 10, 30)]
    assert [s.id for s in change.edited] == ["c"]


@pytest.mark.parametrize("text", ["a: " + "[" * 50_000, "- " * 30_000 + "x", "{a: " * 20_000])
def test_yaml_nested_beyond_reason_is_not_an_agenda_and_crashes_nothing(text: str) -> None:
    agenda, problems = parse(text)
    assert agenda is None and problems
    assert "not an agenda" in problems[0].message or "not valid YAML" in problems[0].message


def test_the_shipped_agenda_is_true_to_the_seed_and_invents_no_link() -> None:
    from scheduler.agenda import warnings

    agenda, problems = parse(default_text())
    assert agenda is not None, problems
    assert agenda.theme_in("en").startswith("Cooperation and partnerships as engines")
    assert "moteurs de la reprise" in agenda.theme_in("fr")
    assert [s.point for s in agenda.sessions if s.point] == ["B.1", "B.2", "B.3"]
    b1 = next(s for s in agenda.sessions if s.point == "B.1").text("description", "en", "en")
    assert "recommended actions" in b1 and "financing of development cooperation" in b1
    assert all(s.to_be_confirmed for s in agenda.sessions if s.addition)
    assert {s.id for s in agenda.sessions if s.addition} == {"opening", "break-day-1", "closing"}
    assert not any(s.link for s in agenda.sessions) and warnings(agenda) == []
    assert all(
        s.interpretation == ("en", "es", "fr", "pt") for s in agenda.sessions if s.kind != "break"
    )
    day_two = [s for s in agenda.sessions if s.start.date() == agenda.days[1]]
    assert sum((s.end - s.start).total_seconds() for s in day_two) <= 4 * 3600  # a half day


def test_a_placeholder_link_is_valid_but_warned_about() -> None:
    from scheduler.agenda import warnings

    text = default_text().replace(
        "    interpretation: [en, es, fr, pt]\n", "    link: https://meet.example.org/x\n", 1
    )
    agenda, problems = parse(text)
    assert agenda is not None, problems
    (warning,) = warnings(agenda)
    assert "placeholder" in warning.message and warning.line
