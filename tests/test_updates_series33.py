"""A count that a report says rose ('shared 11,000 times, up from 4,000') is a series: another
report's larger value of it ('19,000 times') is the series moving on, and its old value given
elsewhere ('4,000 times by late morning') is the earlier step, not a rival count (issue 7,
slots33 D1). A plain disagreement of two undated reports stays a conflict. All texts are invented
(places, people, outlets, counts).
"""

from __future__ import annotations

from bylines.report.figure_pairs import _moved_past
from dated_reports import report_of, sides
from test_figure_kinds import read_figures

LEAD = (
    "A baby boy was born on the early ferry from Orvel to Castlemere on Tuesday.\n"
    "The mother, Ana Lisk, went into labour as the ferry left Orvel.\n"
)
POST = "Brenlow Ferries' post about the birth"
MORNING = f"{LEAD}{POST} had been shared 4,000 times by late morning."
RISEN = f"{LEAD}{POST} has now been shared 11,000 times, up from 4,000 at lunchtime."


def _plain(value: str) -> str:
    return f"{LEAD}{POST} has been shared {value} times."


def test_a_larger_value_than_a_risen_count_is_the_series_moving_on() -> None:
    (risen,) = (f for f in read_figures(RISEN.splitlines()[-1]).values() if f.revised)
    (beyond,) = read_figures(_plain("19,000").splitlines()[-1]).values()
    (between,) = read_figures(_plain("7,000").splitlines()[-1]).values()
    assert _moved_past(risen, beyond)
    assert not _moved_past(beyond, risen)  # the plain figure says nothing of a rise
    assert not _moved_past(risen, between)  # below the risen value: _moved_from's case


def test_a_rising_series_and_its_last_value_in_an_undated_report_are_one_update() -> None:
    report = report_of((MORNING, "2031-05-06T11:20"), (RISEN, None), (_plain("19,000"), None))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"4,000": ("a0",), "11,000": ("a1",), "19,000": ("a2",)}


def test_two_undated_plain_counts_still_disagree() -> None:
    report = report_of((_plain("11,000"), None), (_plain("19,000"), None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"11,000": ("a0",), "19,000": ("a1",)}
    assert report.updates == ()


def test_a_count_that_fell_is_no_series_for_a_larger_value() -> None:
    fell = f"{POST} has now been shared 11,000 times, down from 14,000 before it was edited."
    (fallen,) = (f for f in read_figures(fell).values() if f.revised)
    (beyond,) = read_figures(_plain("19,000").splitlines()[-1]).values()
    assert fallen.direction < 0
    assert not _moved_past(fallen, beyond)


def test_a_finished_rise_on_a_day_is_no_count_so_far() -> None:
    dated = f"{LEAD}{POST} was shared 11,000 times on Tuesday, up from 4,000 on Monday."
    risen = read_figures(dated.splitlines()[-1])["11,000"]
    (beyond,) = read_figures(_plain("19,000").splitlines()[-1]).values()
    assert not _moved_past(risen, beyond)
