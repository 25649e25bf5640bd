"""Figures of another, earlier event are not compared with the story's: a sentence dated to a
month well before its report, or to a year more than one before the reports came out, even
when no text names the story's own year. All texts are invented."""

from __future__ import annotations

from dated_reports import report_of
from test_figure_kinds import read_figures

OCTOBER = "2031-10-05T09:00"


def test_a_toll_of_an_earlier_month_is_not_the_story_toll() -> None:
    report = report_of(
        (
            "Eleven people are confirmed dead after a fishing boat capsized off Harran Point "
            "on Sunday.",
            OCTOBER,
        ),
        (
            "A fishing boat capsized off Harran Point on Sunday. "
            "In March, 23 people died when another boat sank on the same route.",
            OCTOBER,
        ),
    )
    assert not [c for c in report.conflicts if c.kind == "number"]


def test_a_duration_of_a_search_years_ago_is_not_this_one() -> None:
    report = report_of(
        ("The girl had been missing in Carrick Wood for nearly 20 hours.", OCTOBER),
        (
            "The girl was found in Carrick Wood on Sunday. "
            "The wood's last big search, in 2027, lasted two days.",
            OCTOBER,
        ),
    )
    assert not [c for c in report.conflicts if c.kind == "number"]


def test_only_a_month_well_before_the_report_dates_another_event() -> None:
    # read_figures reads a report published on 21 March 2031
    assert read_figures("In January, 23 people died when another boat sank.")["23"].historic
    assert read_figures("Last December, 23 people died when another boat sank.")["23"].historic
    assert not read_figures("In February, 23 people died when a boat sank.")["23"].historic
    assert not read_figures("In March, 23 people died when a boat sank.")["23"].historic
    # a later month is next year's or last year's: only a year would tell
    assert not read_figures("In November, 23 people died when a boat sank.")["23"].historic
    # a month with its year is the year's to date: this year's January is the story's year
    assert not read_figures("In January 2031, 23 people died when a boat sank.")["23"].historic


def test_a_month_dates_only_its_own_clause_of_what_happened() -> None:
    # (review16a) a month of what is to come, or of another clause, dates no figure
    assert not read_figures(
        "Fourteen people died; the owner will face trial in January, prosecutors said."
    )["Fourteen"].historic
    assert not read_figures(
        "The ferry, which was repaired in January, was carrying 46 people when it capsized."
    )["46"].historic
    # a month opening the sentence dates all of it
    assert read_figures("In January, a ferry sank off Harran Point and 23 people died.")[
        "23"
    ].historic


def test_the_year_before_the_reports_may_still_be_the_story_year() -> None:
    assert read_figures("In 2029, 23 people died when another boat sank.")["23"].historic
    assert not read_figures("The 2030 accounts show a loss of 23 million euros.")[
        "23 million euros"
    ].historic


def test_an_old_year_dates_only_the_figure_next_to_it() -> None:
    # read_figures reads a report of 2031; no other text names a later year
    assert read_figures("The wood's last big search, in 2027, lasted two days.")[
        "two days"
    ].historic
    # the year dates the bear's arrival, not her age now
    assert not read_figures("Mira, 9, came to the zoo from a breeding centre in Lund in 2025.")[
        "9"
    ].historic
    # (review16a) a year of another thing's slot, or past a comma after the figure, dates it not
    assert not read_figures("The ferry, built in 2001, was carrying 46 people.")["46"].historic
    assert not read_figures("Its skipper, Ewan Maclure, 47, took over the route in 2009.")[
        "47"
    ].historic
    # a date's own year is its value, compared with another report's date of that event
    assert not read_figures("The last deadly avalanche at Karsen was in February 2027.")[
        "February 2027"
    ].historic
