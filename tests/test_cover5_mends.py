"""Mends of the fifth round of fact linking and citation checks (issues 7 and 9): counts of
people read in linear time, one unit spelled two ways, a time of day compared by where it
stands, agents and parts that are no count of a group, and dates that state no shared fact.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import event_counts
from bylines.report.values import Reading
from bylines.report.verify import _counts_otherwise, _other_values, _share_a_figure
from bylines.types import Sentence


def test_a_long_line_of_many_figures_reads_as_its_pieces_do() -> None:
    # issue 9: each figure's words are read from a window around it, not the whole line
    # (a 70,000-character line of 2,000 figures took 22 s, now well under a second here)
    piece = "Two pensioners from Corvel died at the scene and 14 goats were hurt"
    other = "Police in Ambry arrested 3 men, and 16 drums were seized"
    small = event_counts(piece, Reading()) | event_counts(other, Reading())
    long_line = "; ".join([piece, other] * 1500)
    assert small == {(2.0, "die"), (3.0, "arrest")}
    assert event_counts(long_line, Reading()) == small


def test_words_far_from_a_figure_are_not_read_with_it() -> None:
    # the clause reaches further than the window: its far end says nothing of the count
    text = "Nine " + "very " * 60 + "tired walkers rested"
    assert event_counts(text, Reading()) == frozenset()
    assert event_counts("Nine walkers died", Reading()) == {(9.0, "die")}


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        ("The new road to Harnby is 120 km long.", "the 122-kilometre road to Harnby"),
        ("The Ostra pier is 240 metres long.", "the 243 meters of the Ostra pier"),
        ("The barge carried 30 tonnes of grain.", "a barge with 30.5 tons of grain"),
        ("The convoy drove at 60 mph.", "the convoy at 61 miles per hour"),
    ],
)
def test_one_unit_spelled_two_ways_is_no_conversion(shown: str, other: str) -> None:
    assert _other_values(shown, other, Reading())


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        ("The Ostra pier is 240 metres long.", "the 790-foot Ostra pier"),
        ("The new road to Harnby is 120 km long.", "the 75-mile road to Harnby"),
    ],
)
def test_two_units_within_a_rounded_conversion_are_one_measure(shown: str, other: str) -> None:
    assert not _other_values(shown, other, Reading())


@pytest.mark.parametrize(
    ("shown", "other", "values"),
    [
        # the count of injured differs: a digit of the time is no excuse for it
        (
            "The gas main at Pell Street burst at 04:15, injuring 5 people.",
            "The main burst at 4.15am, injuring 4 people.",
            ("5", "4"),
        ),
        (
            "The crane at Dunmore yard fell at 14:10, injuring 10 workers.",
            "The crane fell at 2.10pm, injuring 2 workers.",
            ("10", "2"),
        ),
    ],
)
def test_a_figure_beside_one_time_of_day_is_still_compared(
    shown: str, other: str, values: tuple[str, str]
) -> None:
    assert [(m.shown, m.other) for m in _other_values(shown, other, Reading())] == [values]


def test_one_time_of_day_written_two_ways_is_still_one_value() -> None:
    shown = "The gas main at Pell Street burst at 04:15, injuring 5 people."
    assert not _other_values(shown, "The main burst at 4.15am, injuring 5 people.", Reading())
    assert not _other_values(
        "The ferry Maren ran aground at 22:40.",
        "at twenty to eleven the Maren ran aground",
        Reading(),
    )


@pytest.mark.parametrize(
    "text",
    [
        # those who rescue are no count of those rescued
        "The fifteen passengers waited for rescuers on the roof of the coach.",
        "Nine villagers sheltered in the chapel until searchers reached them.",
        # machines and vehicles are no people
        "The crew were rescued by two helicopters from Brannock.",
        "Three tankers were evacuated from the harbour at Sollow.",
        "Four generators were hurt by the flood water.",
    ],
)
def test_no_count_of_people_where_agents_or_machines_are_counted(text: str) -> None:
    assert event_counts(text, Reading()) == frozenset()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Rescuers pulled seven climbers from the snow.", None),
        ("Seven climbers were rescued from the snow.", (7.0, "rescue")),
        # a count of staff is a count of those employed only where employing is said
        ("Two staff were hurt when the shelving fell.", (2.0, "injure")),
        ("The depot has 300 staff.", None),
        ("The depot employs 300 staff.", (300.0, "employ")),
        ("Two divers were airlifted to Corran.", (2.0, "rescue")),
    ],
)
def test_what_is_counted_is_what_happened_to_those_counted(
    text: str, count: tuple[float, str] | None
) -> None:
    found = event_counts(text, Reading())
    assert found == (frozenset() if count is None else {count})


@pytest.mark.parametrize(
    ("shown", "said", "otherwise"),
    [
        # a count of staff hurt and the depot's staff are two things
        ("Two staff were hurt at the Orrin depot.", ("The depot has 300 staff.",), False),
        # a part of a group is no count of the group
        (
            "A man and a woman were among the 12 injured in the crash at Tolby.",
            ("Twelve people were injured.",),
            False,
        ),
        (
            "Three children were among the 20 people killed at Tolby.",
            ("Twenty people died in the crash.",),
            False,
        ),
        # the group's count given otherwise still is
        (
            "A man and a woman were among the 12 injured in the crash at Tolby.",
            ("Fifteen people were injured.",),
            True,
        ),
        # the count of those who died among the people on board is the toll
        (
            "Two of the passengers died at the scene.",
            ("Three passengers died.",),
            True,
        ),
    ],
)
def test_counts_of_other_things_or_of_a_part_are_no_other_count(
    shown: str, said: tuple[str, ...], otherwise: bool
) -> None:
    assert _counts_otherwise(shown, _said("b", *said), Reading()) is otherwise


def _said(article: str, *texts: str) -> list[Sentence]:
    return [Sentence(article, n, t, 0, len(t)) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("unit", "other", "shared"),
    [
        # a year or a date alike is when, not what: the counts differ
        (
            "The Brack mill, which opened in 1961, employs 180 people",
            "The Brack mill opened in 1961 and employs 400 people",
            False,
        ),
        (
            "The ferry Orla sailed on 4 May 2021 with 60 passengers",
            "On 4 May 2021 the Orla left Pellham with 85 passengers",
            False,
        ),
        # a count alike is a fact of both, whatever the years
        (
            "The Brack mill, which opened in 1961, employs 180 people",
            "Around 180 people work at the Brack mill, opened in 1958",
            True,
        ),
    ],
)
def test_a_date_alike_is_no_figure_shared(unit: str, other: str, shared: bool) -> None:
    assert _share_a_figure(unit, other, Reading()) is shared
