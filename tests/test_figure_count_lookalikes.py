"""The cases a review found against three readings that were tried and dropped (issue 7): a
count's noun after a name ('26,000 Skylark e-bikes' as 'skylark e-bikes'), 'flooded' as a frame
of its own, and a bare count after 'out of' as a count of the part's plural. Each test holds a
true conflict those readings lost, or a false one they made, on invented articles."""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities
from dated_reports import report_of, sides

BLAST_A = "A gas blast wrecked a row of shops in Corrow on Tuesday, police said. "
BLAST_B = "An explosion tore through shops in the town of Corrow on Tuesday morning. "
RECALL_A = "Halden Cycles said on Tuesday it was recalling e-bikes over a charger fault. "
RECALL_B = "Halden Cycles is recalling e-bikes because of a charger fault, it said on Tuesday. "
AMBUSH_A = "Gunmen ambushed a patrol near Velsk on Monday, the army said. "
AMBUSH_B = "An army patrol was attacked outside Velsk on Monday. "
FLOOD_A = (
    "The River Brenn burst its banks in Corrow on Thursday after days of rain, officials said. "
)
FLOOD_B = "The River Brenn overflowed in Corrow on Thursday after a week of heavy rain. "
SPILL_A = "A cargo ship shed containers in a storm off Tessa Point on Sunday, the coastguard said. "
SPILL_B = "Containers fell from a cargo ship in a storm off Tessa Point on Sunday. "
CUTS_A = "The Orrin Mills plant in Corrow will cut jobs, the company said on Monday. "
CUTS_B = "Orrin Mills is cutting jobs at its Corrow plant, it said on Monday. "


def _number_sides(first: str, second: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((first, None), (second, None))
    return [sides(conflict) for conflict in report.conflicts if conflict.kind == "number"]


# A count whose noun follows a nationality, a place or a word of kind ('12 Velskan soldiers')
# is still a count of that noun, and meets another outlet's count of it with no name.
@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            AMBUSH_A + "Twelve Velskan soldiers were killed, the army said.",
            AMBUSH_B + "Fourteen soldiers were killed in the attack, officials said.",
            {"Twelve", "Fourteen"},
        ),
        (
            "Divers reached a flooded cave near Velsk on Sunday. Divers freed 8 Velskan boys "
            "from the cave, officials said.",
            "Rescue divers worked in a flooded cave near Velsk on Sunday. Divers freed 6 boys "
            "from the cave, officials said.",
            {"8", "6"},
        ),
        (
            AMBUSH_A + "About 30 U.S. troops were wounded, the army said.",
            AMBUSH_B + "About 40 troops were wounded, officials said.",
            {"About 30", "About 40"},
        ),
        (
            BLAST_A + "In Corrow 40 homes were damaged, police said.",
            BLAST_B + "The blast damaged 55 Corrow homes, the council said.",
            {"40", "55"},
        ),
        (
            "Officials in Dunmere reported a rise in cases on Monday. They counted 40 Covid "
            "deaths in the region last week.",
            "Dunmere officials reported rising cases on Monday. There were 45 deaths in the "
            "region last week.",
            {"40", "45"},
        ),
    ],
)
def test_a_named_count_meets_the_same_count_with_no_name(
    first: str, second: str, values: set[str]
) -> None:
    assert values in [set(found) for found in _number_sides(first, second)]


# Two counts of one named thing are no conflict when different things happened to them.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            RECALL_A + "Halden has recalled 26,000 Skylark e-bikes, the company said.",
            RECALL_B + "By Friday 3,000 Skylark e-bikes had been returned to shops, it said.",
        ),
        (
            RECALL_A + "Halden has recalled 26,000 Skylark e-bikes, the company said.",
            RECALL_B + "Halden sells 40,000 Skylark e-bikes a year in Britain, it said.",
        ),
        (
            "Staff at a Parcelo depot in Corrow walked out on Monday. The union said 300 "
            "Parcelo drivers joined the strike.",
            "Parcelo staff in Corrow struck on Monday. Last month 1,000 Parcelo drivers signed a "
            "petition over pay, the union said.",
        ),
    ],
)
def test_named_counts_of_different_happenings_are_no_conflict(first: str, second: str) -> None:
    assert not _number_sides(first, second)


def test_a_name_read_across_a_line_break_or_before_a_verb_is_no_noun() -> None:
    texts = [
        "Blast toll rises to 12\n\nRescue workers dug through the rubble on Tuesday.",
        "The toll rose to 12 Marsh adds.",
        "The toll rose to 12 Wirepress reports.",
    ]
    assert [[q.noun for q in extract_quantities(text)] for text in texts] == [[None]] * 3


# The flooding as the event's name frames nothing: the count's own verb says what it counts.
@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            FLOOD_A + "In the flooding, 3,000 people were evacuated, police said.",
            FLOOD_B + "About 4,000 people were evacuated, police said.",
            {"3,000", "About 4,000"},
        ),
        (
            FLOOD_A + "Severe flooding forced 300 residents from their homes, police said.",
            FLOOD_B + "About 450 residents were evacuated, police said.",
            {"300", "About 450"},
        ),
        (
            FLOOD_A + "Flooding closed 12 roads, a police spokesman said.",
            FLOOD_B + "Police closed 20 roads, a spokesman said.",
            {"12", "20"},
        ),
        (
            FLOOD_A + "The council was inundated with 300 calls for help, a spokesman said.",
            FLOOD_B + "The council received 450 calls for help, a spokesman said.",
            {"300", "450"},
        ),
        (
            FLOOD_A + "The river flooded 40 homes on Quay Lane, the council said.",
            FLOOD_B + "Some 65 homes were under water on Quay Lane, the council said.",
            {"40", "Some 65"},
        ),
    ],
)
def test_flooding_keeps_the_conflicts_of_its_counts(
    first: str, second: str, values: set[str]
) -> None:
    assert values in [set(found) for found in _number_sides(first, second)]


def test_both_counts_a_flood_verb_governs_keep_their_conflicts() -> None:
    found = _number_sides(
        FLOOD_A + "The river flooded 40 homes and 12 shops, the council said.",
        FLOOD_B + "Some 65 homes and 20 shops were under water, the council said.",
    )
    assert {"40", "Some 65"} in [set(one) for one in found]
    assert {"12", "20"} in [set(one) for one in found]


# A whole after 'out of' is no count of the part: the part meets the other outlet's part.
@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            SPILL_A + "So far 25 containers have washed up, the coastguard said.",
            SPILL_B + "Seventeen containers were on the beaches, out of 64 that fell.",
            {"25", "Seventeen"},
        ),
        (
            CUTS_A + "It will lay off 400 workers, the company said.",
            CUTS_B + "It will lay off 300 workers, out of 1,200, it said.",
            {"400", "300"},
        ),
    ],
)
def test_a_whole_after_out_of_leaves_the_part_to_pair(
    first: str, second: str, values: set[str]
) -> None:
    assert values in [set(found) for found in _number_sides(first, second)]


def test_a_count_after_out_of_takes_no_noun_from_a_phrase_before() -> None:
    found = extract_quantities("Around 40 nurses walked out of 3 clinics, out of 200.")
    assert [(q.text, q.noun) for q in found] == [
        ("Around 40", "nurses"),
        ("3", "clinics"),
        ("200", None),
    ]
