"""Steps of a changing count that nothing else ties: two reports' only counts of one named kind
of thing ('rescuers', 'results') at two times, and a floor followed by an exact count its report
calls the latest when the order of the reports is not known. And where they must not fire: two
counts of one time, a count whose noun is a modifier ('cave rescue teams' / 'cave divers'), a
floor that is a threshold. All texts are invented."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides

# Two opening sentences of other things: the counts below are not the reports' lead figures,
# which the lead alone would tie.
OPENING = (
    "A storm swept across the Tolvern hills on Friday, closing roads and schools. ",
    "Forecasters at the Ardley office had warned of gales since Wednesday. ",
)


def deep(sentence: str, article: int) -> str:
    return OPENING[article % 2] + OPENING[(article + 1) % 2] + sentence


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (
            "Between 30 and 40 rescuers are searching the Tolvern gorge for the missing climber.",
            "More than 90 rescuers have joined the hunt, the mountain rescue service said.",
        ),
        (
            "Four of her results from the spring have been struck off by the federation.",
            "Seven of her results have been wiped from the record, the federation said.",
        ),
        (
            "The reservoir is holding less than a quarter of its capacity.",
            "The reservoir is now at 60 percent of its capacity after the rain.",
        ),
    ],
)
def test_two_reports_only_counts_of_one_thing_hours_apart_are_steps(early: str, late: str) -> None:
    report = report_of((deep(early, 0), "2031-03-08T07:40"), (deep(late, 1), "2031-03-08T19:10"))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sorted(s for side in sides(update).values() for s in side) == ["a0", "a1"]


def test_two_counts_of_one_thing_at_one_time_are_not_paired_as_steps() -> None:
    report = report_of(
        (
            deep("Between 30 and 40 rescuers are searching the gorge for the missing climber.", 0),
            "2031-03-08T07:40",
        ),
        (
            deep("More than 90 rescuers have joined the hunt, the rescue service said.", 1),
            "2031-03-08T07:50",
        ),
    )
    assert report.updates == ()
    assert report.conflicts == ()  # nothing ties them as one count: not a disagreement either


def test_a_noun_that_modifies_another_is_not_what_two_counts_share() -> None:
    report = report_of(
        (deep("Four cave rescue teams are at the Holme Pot entrance, police said.", 0), "07:40"),
        (deep("A dozen cave divers have been working through the flooded sections.", 1), "19:10"),
    )
    assert report.updates == ()


@pytest.mark.parametrize(
    ("floor", "count"),
    [
        (
            "More than 40 prisoners were being moved to other jails overnight, a spokesman said.",
            "Fifty-two prisoners have now been transferred to jails across the region.",
        ),
        (
            "At least 15 families were evacuated from their homes after the gas leak.",
            "Twenty-three families have now been evacuated from their homes, the council said.",
        ),
    ],
)
def test_an_exact_count_called_the_latest_follows_an_undated_floor(floor: str, count: str) -> None:
    report = report_of((deep(floor, 0), None), (deep(count, 1), "16:00"))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sorted(s for side in sides(update).values() for s in side) == ["a0", "a1"]


def test_an_exact_count_with_no_word_of_the_latest_agrees_with_an_undated_floor() -> None:
    report = report_of(
        (
            deep("More than 40 prisoners were being moved to other jails overnight.", 0),
            None,
        ),
        (
            deep("Fifty-two prisoners were transferred to jails across the region.", 1),
            "16:00",
        ),
    )
    assert report.updates == ()
    assert report.conflicts == ()


def test_a_threshold_is_no_count_so_far() -> None:
    report = report_of(
        (deep("Our data show smoke levels above 150 micrograms for 31 hours in Dellan.", 0), None),
        (
            deep(
                "Smoke readings in the centre of Dellan reached 240 micrograms per cubic metre.", 1
            ),
            "2031-09-11T08:40",
        ),
    )
    assert report.updates == ()


def test_a_value_a_later_report_says_was_the_earlier_one_is_a_step_not_a_side() -> None:
    report = report_of(
        (
            "Dozens of diners fell ill after a banquet at the Orlen Hall in Carvey on Saturday. "
            "Five guests were taken to Carvey General Hospital, officials said on Sunday.",
            "2031-06-20",
        ),
        (
            "Dozens of diners at a banquet in Carvey were taken ill on Saturday. "
            "Nine people are being treated in hospital, a nurse at Carvey General said.",
            "2031-06-20T21:47",
        ),
        (
            "Inspectors are looking at the Orlen Hall kitchens after the Carvey banquet. "
            "The number of guests admitted to hospital now stands at eleven, up from five at "
            "the weekend.",
            "2031-06-22",
        ),
    )
    assert all("Five" not in sides(c) for c in report.conflicts)
    (update,) = (u for u in report.updates if "eleven" in sides(u))
    assert {"Five", "Nine", "eleven"} <= set(sides(update))
