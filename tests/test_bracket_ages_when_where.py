"""A wire's bracketed age after a name, followed by a wire's present verb ("Ivo Marsh (39) takes
over", "Tom Hale (52) appears in court"), is the person's age, not a count. Near-misses stay no
age: a bracket before when or where (a batsman's or a golfer's score stands there as often as an
age: "opener Dev Sol (58) on Tuesday", "Mia Lund (67) yesterday took the lead"), a score at a
ground, a goal's minute in lower case, a list of tallies, a place's or a boat's name, a scoring
verb.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities


def dimension_of(text: str, number: str) -> str:
    (found,) = [q for q in extract_quantities(text) if q.text == number]
    return found.dimension


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale (47) appears before magistrates in Kelby next week.",
        "Tom Hale (47) denies the charge.",
        "Forwards coach Ivo Marsh (47) takes over until the end of the season.",
        "Ivo Rask (47) faces trial in the spring.",
        "Councillor Ana Lind (47) steps down at the end of the month.",
    ],
)
def test_a_bracketed_age_before_a_present_or_where_is_an_age(text: str) -> None:
    assert dimension_of(text, "47") == "age"
    assert not [q for q in extract_quantities(text) if q.text == "47" and q.dimension == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "Arun Kell (58) at Lord's was the top score.",
        "Owen Dray (58) in the first half put Rovers ahead.",
        "Goals: Owen Dray (58) on Saturday and Ruth Penhale (61).",
        "Ruth Penhale (58) in Kelby polled well ahead of the field.",
        "Lake Road Primary (58) on Monday sent pupils home.",
        "The Sea Wren (58) on Monday landed her catch.",
        "Ivo Rask (58) scored twice on Monday.",
        "Orrin won by four wickets, opener Dev Sol (58) on Tuesday seeing them home.",
        "Mia Lund (58) yesterday moved three shots clear at the Dunmore Classic.",
        "Opener Dev Sol (58) in Orrin today carried his side to 212.",
        "Dev Sol (58) from Lower Brack took the last wicket.",
    ],
)
def test_a_tally_score_or_name_of_a_thing_stays_no_age(text: str) -> None:
    assert dimension_of(text, "58") != "age"
