"""Ages an unseen check found unread (fresh31, issue 7): a bracketed age after an apposition's
comma, and a spelled age capitalised after a broadcast cue (an injury after a bracket was read
too, and taken out after the review of slots32: a scorer breaks a leg as well).
Each reading with the look-alikes that must stay as they were. All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities
from bylines.types import Report
from dated_reports import report_of, sides

_LEAD = "A church bell fell inside the tower of St Aldric's in Ostrey on Tuesday evening. "


def _two(first: str, second: str) -> Report:
    return report_of(
        (_LEAD + first, "2027-06-14T09:00"),
        (_LEAD + second, "2027-06-14T10:00"),
    )


def _number_conflicts(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.kind == "number"]


# --- A2: an age in brackets after a name --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ivo Rask, (67), of Lower Brack, was first on the scene.", "67"),
        ("Ivo Rask, (67), from Lower Brack, was first on the scene.", "67"),
        ("The bell fell on Ivo Rask, (67).", "67"),
    ],
)
def test_a_bracketed_age_after_a_comma_or_before_an_injury_is_an_age(text: str, age: str) -> None:
    ages = [q.text for q in extract_quantities(text) if q.dimension == "age"]
    assert ages == [age]


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on Route (67) broke down near Ostrey.",  # one word, no name
        "Unit (12) was closed after the fall.",
        "The plan (2029) was shelved by the parish.",
        "The 240 (Harkley) bus was late.",
        "The fine (£67) was paid by the church.",
        "The vote was close (3). Table (4) shows it.",
        "Dele Amaku (41) broke the deadlock before the break.",  # a goal's minute, no body
        "Arun Kell (58) broke his duck after lunch.",  # a score: no body part
        "Goals: Owen Dray, (22), Ruth Penhale, (71).",  # a list of tallies
        "Dele Amaku, (41), scored for the visitors.",
        "Harbour Road, (41), was shut.",  # a street
        "Ruth Penhale (45) broke his record in the final.",
        # review of slots32 (R5, R6): after the comma only 'of', 'from' or a stop; and an
        # injury after a bracket is no age's sign, as a tally's name breaks a leg too
        "Substitute Dele Amaku, (41), broke the deadlock with a header.",
        "The ringer, Ivo Rask, (67), was taken to hospital.",
        "Tomas Greel (67) broke his leg when the bell fell.",
        "Mirela Haddon (58) fractured her left hip on the ice.",
    ],
)
def test_look_alikes_of_a_bracketed_age_stay_no_age(text: str) -> None:
    assert all(q.dimension != "age" for q in extract_quantities(text))


def test_a_scorer_who_broke_his_leg_meets_no_age() -> None:
    """Review of slots32 (R6): after a list of scorers, 'Owen Dray (22) broke his leg' is his
    goal's minute again, and another outlet's age of him is no conflict with it."""
    report = _two(
        "Scorers: Owen Dray (22), Mika Holt (67). Owen Dray (22) broke his leg in the second "
        "half and was taken to hospital.",
        "Striker Owen Dray, 24, broke his leg in a 3-1 win. He had opened the scoring after 22 "
        "minutes.",
    )
    assert {"22": ("a0",), "24": ("a1",)} not in _number_conflicts(report)


def test_a_bracketed_age_after_a_comma_meets_another_outlets_age() -> None:
    report = _two(
        "Bell ringer Ivo Rask, (67), of Lower Brack, fell from the ladder. He broke his hip.",
        "Ivo Rask, 76, a ringer at the church for 50 years, was taken to hospital.",
    )
    assert {"67": ("a0",), "76": ("a1",)} in _number_conflicts(report)


def test_a_bracketed_goal_minute_after_a_comma_meets_no_age() -> None:
    report = _two(
        "Dele Amaku, (41), scored for Ostrey before the break.",
        "Dele Amaku, 23, equalised for Ostrey in the 41st minute.",
    )
    assert _number_conflicts(report) == []


# --- A3: a spelled age before a name, after a broadcast cue -------------------------------
def test_a_spelled_age_after_a_cue_is_the_named_persons() -> None:
    report = _two(
        "OOV: Sixty-seven-year-old Tomas Greel broke his leg.",
        "Tomas Greel, 76, broke his leg as the bell came down.",
    )
    assert {"Sixty-seven-year-old": ("a0",), "76": ("a1",)} in _number_conflicts(report)


def test_an_age_before_a_role_meets_the_roles_age() -> None:
    report = _two(
        "The 72-year-old grower broke his leg in the fall.",
        "The grower, aged 76, broke his leg in the fall.",
    )
    assert {"72-year-old": ("a0",), "76": ("a1",)} in _number_conflicts(report)


@pytest.mark.parametrize(
    "aged",
    [
        "OOV: Sixty-seven-year-old records fell at the show.",
        "OOV: A 67-year-old bridge in Ostrey was shut.",
        "OOV: The 72-year-old record for the tower fell.",
    ],
)
def test_an_age_of_a_thing_meets_no_persons_age(aged: str) -> None:
    report = _two(aged, "Tomas Greel, 76, broke his leg as the bell came down.")
    assert _number_conflicts(report) == []
