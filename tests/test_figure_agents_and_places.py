"""A count after a preposition is not counted by its sentence's verb: 'injured in 30 villages'
counts places, not the injured; 'killed by three dogs' counts who did it, not the dead. All
texts are invented."""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

DAY = "2027-06-14T"


def two_reports(first: str, second: str) -> Report:
    return report_of((first, f"{DAY}09:00"), (second, f"{DAY}09:30"))


def conflict_sides(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(conflict) for conflict in report.conflicts]


def test_a_count_of_places_is_no_count_of_the_injured() -> None:
    report = two_reports(
        "A storm tore through the Harnby valley on Sunday. People were injured in 30 villages, "
        "the county said.",
        "A storm hit the Harnby valley on Sunday. Fourteen people were injured, the county said.",
    )
    assert conflict_sides(report) == []


def test_the_agents_of_a_killing_are_counted_by_their_own_noun() -> None:
    report = two_reports(
        "Dogs attacked sheep at Coldby farm on Sunday. Forty sheep were killed by three dogs, "
        "the farmer said.",
        "Dogs attacked sheep at Coldby farm on Sunday. The farmer said five dogs had been seen, "
        "and 40 sheep were killed.",
    )
    assert conflict_sides(report) == [{"three": ("a0",), "five": ("a1",)}]
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number of dog")


def test_agents_of_two_kinds_stay_apart() -> None:
    report = two_reports(
        "Animals attacked sheep at Coldby farm on Sunday. Forty sheep were killed by three "
        "dogs, the farmer said.",
        "Animals attacked sheep at Coldby farm on Sunday. Forty sheep were killed by five "
        "foxes, the farmer said.",
    )
    assert conflict_sides(report) == []


def test_a_frame_said_after_the_agent_is_still_its_own() -> None:
    report = two_reports(
        "Two shop workers in Velby were hurt on Sunday. They were attacked by three youths "
        "who were later arrested, police said.",
        "Two shop workers in Velby were hurt on Sunday. Police said four youths were arrested.",
    )
    assert {"three": ("a0",), "four": ("a1",)} in conflict_sides(report)


def test_a_toll_that_stood_at_a_figure_keeps_its_frame() -> None:
    report = two_reports(
        "Floods swept through Ostley on Sunday. The death toll stood at 12, officials said.",
        "Floods swept through Ostley on Sunday. The death toll stood at 15, officials said.",
    )
    # (half an hour apart, a toll that rose: an update of the number of dead)
    assert [(c.subject, sides(c)) for c in (*report.conflicts, *report.updates)] == [
        ("number of dead", {"12": ("a0",), "15": ("a1",)})
    ]


def test_in_all_before_a_count_is_a_total_not_a_place() -> None:
    report = two_reports(
        "In all 140 guests at a christening party in Varrowby have fallen ill, officials said.",
        "As many as 95 guests have fallen ill after a christening party in Varrowby.",
    )
    assert [(c.subject, sides(c)) for c in report.conflicts] == [
        ("number who fell ill (Varrowby)", {"95": ("a1",), "140": ("a0",)})
    ]


FIRE = "A fire swept through a hostel in Dunmarrow on Sunday night, the fire service said. "


@pytest.mark.parametrize(
    ("first", "second", "subject"),
    [
        # the count's own noun is its frame, whatever preposition stands before
        ("The night ended in 12 deaths, police said.", "Fifteen people died, police said.", "dead"),
        (
            "The fire spread quickly, resulting in 30 injuries.",
            "The fire spread quickly and 45 people were injured.",
            "injured",
        ),
        (
            "Two children were among those counted in the 12 dead.",
            "Two children were among the 15 dead.",
            "dead",
        ),
        (
            "The blaze resulted in at least 12 dead.",
            "At least 20 people died in the blaze.",
            "dead",
        ),
        ("The coroner said she had papers on 12 dead.", "Fifteen people died.", "dead"),
        # people after the preposition are those the sentence counts
        (
            "Burns were treated in up to 30 patients.",
            "Doctors treated 45 patients for burns.",
            "treated",
        ),
        # 'near' as 'nearly'
        (
            "Near 40 people were injured, officials said.",
            "About 60 people were injured, officials said.",
            "injured",
        ),
    ],
)
def test_a_count_after_a_preposition_keeps_a_frame_of_its_own(
    first: str, second: str, subject: str
) -> None:
    (conflict,) = two_reports(FIRE + first, FIRE + second).conflicts
    assert subject in conflict.subject
    assert set(sides(conflict).values()) == {("a0",), ("a1",)}
