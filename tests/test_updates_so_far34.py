"""A count whose own clause says it has risen so far ('has now been shared 11,000 times, up
from 4,000', 'viewed 50,000 times so far') is a step of a series: another undated report's larger
value is the series moving on, an update, not a rival count. The word must be the figure's own:
'now' of another clause ('now deleted,', ', and the road is now closed'), of the saying ('Police
now say the toll rose to 12'), a rise finished on a day ('rose to 12 on Friday') or another value
its sentence dates ('By Saturday afternoon, 21 had died') still disagree (issue 7, slots33 D1 and
its review). All texts are invented (places, people, outlets, counts).
"""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.figure_pairs import _moved_past
from bylines.types import Report
from dated_reports import MODELS, articles_of, report_of, sides
from test_figure_kinds import read_figures

APP = "A free app that maps bike racks in Castlemere was launched by student Ivo Renn on Monday.\n"
BUILT = "\nIvo said he wrote it over two weekends."
QUARRY = "A rockfall closed the Dellow quarry road near Pennick on Tuesday.\n"
CREWS = "\nCrews brought in a digger."


def _report(*texts: str) -> Report:
    return build_report(articles_of(list(texts)), models=MODELS)


def _app(sentence: str) -> str:
    return f"{APP}{sentence}{BUILT}"


def _quarry(sentence: str) -> str:
    return f"{QUARRY}{sentence}{CREWS}"


LARGER = _app("It has been downloaded 9,000 times, the developer said.")

# The risen count's own verb group or clause says 'so far': the larger value moved on past it.
SERIES = {
    "now in the verb group": _app(
        "The app has now been downloaded 4,000 times, up from 1,500 at launch."
    ),
    "currently in the verb group": _app(
        "The app has currently been downloaded 4,000 times, up from 1,500 at launch."
    ),
    "so far after the count": _app(
        "The app has been downloaded 4,000 times so far, up from 1,500 at launch."
    ),
}


@pytest.mark.parametrize("case", SERIES, ids=list(SERIES))
def test_a_larger_value_than_a_count_risen_so_far_is_an_update(case: str) -> None:
    report = _report(SERIES[case], LARGER)
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update)["4,000"] == ("a0",)
    assert sides(update)["9,000"] == ("a1",)


# Look-alikes: the same rise, but the 'now' is not the count's, the rise is dated, or the other
# count is dated.
STILL_CONFLICTS = {
    "now of the saying": (
        _quarry("Police now say the number of cars trapped rose to 30, up from 12."),
        _quarry("Police said 45 cars were trapped."),
        ("30", "45"),
    ),
    "now in an apposition before it": (
        _app("The app, now withdrawn, was downloaded 4,000 times, up from 1,500 at launch."),
        _app("The app was downloaded 9,000 times before it was withdrawn."),
        ("4,000", "9,000"),
    ),
    "currently in the next clause": (
        _quarry(
            "The number of cars trapped rose to 30, up from 12, and the road is currently shut."
        ),
        _quarry("Police said 45 cars were trapped."),
        ("30", "45"),
    ),
    "now but the rise dated to a day": (
        _quarry("The number of cars trapped has now risen to 30 on Tuesday night, up from 12."),
        _quarry("Police said 45 cars were trapped."),
        ("30", "45"),
    ),
    # (review slots34 d103: the 'now' is the pumping's, a verb after the figure)
    "now of another verb after the count": (
        _quarry("The number of cars trapped rose to 30 as crews now clear the road."),
        _quarry("Police said 45 cars were trapped."),
        ("30", "45"),
    ),
    "the larger value dated": (
        _quarry("The number of cars trapped has now risen to 30, up from 12."),
        _quarry("By Tuesday afternoon, 45 cars were trapped, police said."),
        ("30", "45"),
    ),
}


@pytest.mark.parametrize("case", STILL_CONFLICTS, ids=list(STILL_CONFLICTS))
def test_a_so_far_word_not_of_the_count_leaves_the_conflict(case: str) -> None:
    first, second, (low, high) = STILL_CONFLICTS[case]
    report = _report(first, second)
    (conflict,) = report.conflicts
    assert sides(conflict) == {low: ("a0",), high: ("a1",)}
    assert report.updates == ()


def test_a_rise_with_no_so_far_word_still_disagrees() -> None:
    risen = _app("The app has been downloaded 4,000 times, up from 1,500 at launch.")
    report = _report(risen, LARGER)
    (conflict,) = report.conflicts
    assert sides(conflict) == {"4,000": ("a0",), "9,000": ("a1",)}
    assert report.updates == ()


def test_a_count_that_fell_so_far_has_not_moved_past_a_larger_value() -> None:
    # (a report's own fall from a larger value is _moved_from's reading, not this one)
    fell = read_figures(
        "The app has now been downloaded 4,000 times, down from 5,500 after a purge."
    )
    rose = read_figures("The app has now been downloaded 4,000 times, up from 1,500 at launch.")
    (larger,) = read_figures("It has been downloaded 9,000 times.").values()
    assert not _moved_past(fell["4,000"], larger)
    assert _moved_past(rose["4,000"], larger)
    assert not _moved_past(larger, rose["4,000"])  # the plain count says nothing of a rise


EARLY = _app("It had been downloaded 1,500 times by Monday evening.")


def test_the_old_value_given_elsewhere_is_the_series_earlier_step() -> None:
    risen = SERIES["now in the verb group"]
    report = report_of((EARLY, "2031-05-06T11:20"), (risen, None), (LARGER, None))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"1,500": ("a0",), "4,000": ("a1",), "9,000": ("a2",)}


def test_a_rise_not_said_so_far_leaves_the_larger_value_disputed() -> None:
    risen = _app("The app was downloaded 4,000 times, up from 1,500 at launch.")
    report = report_of((EARLY, "2031-05-06T11:20"), (risen, None), (LARGER, None))
    (conflict,) = report.conflicts
    assert sides(conflict)["4,000"] == ("a1",)
    assert sides(conflict)["9,000"] == ("a2",)
