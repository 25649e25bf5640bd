"""A wire's bracketed age after a name, followed by when or where the deed happened or by a
wire's present verb ("sacked head coach Ivo Marsh (47) on Monday", "arrested Tom Hale (52) in
Kelby", "Ivo Marsh (39) takes over"), is the person's age, not a count. Near-misses stay counts:
a score at a ground, a goal's minute in lower case, a list of tallies, a place's or a boat's
name, a scoring verb.

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
        "Rovers sacked head coach Ivo Marsh (47) on Monday, two days after the club went down.",
        "Police arrested Tom Hale (47) in Kelby on Friday.",
        "Tom Hale (47) yesterday denied the charge.",
        "Forwards coach Ivo Marsh (47) takes over until the end of the season.",
        "Ivo Rask (47) faces trial in the spring.",
        "Councillor Ana Lind (47) steps down at the end of the month.",
        "The club confirmed Ivo Marsh (47) from Lower Brack would stay.",
    ],
)
def test_a_bracketed_age_before_when_or_where_is_an_age(text: str) -> None:
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
    ],
)
def test_a_tally_score_or_name_of_a_thing_stays_no_age(text: str) -> None:
    assert dimension_of(text, "58") != "age"
