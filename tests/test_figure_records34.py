"""A record said of a figure in an apposition right after it ('Turnout was 38 per cent, the lowest
since 2001', '14 per cent of normal, the driest spring since 1976') measures the figure against
the past: the figure is now, not historic, and is compared with other reports'. Where anything
else of the sentence is of the past (a clause before the figure, a past phrase between the figure
and the record, a year after the record), the figure stays historic (issue 7, slots33 A9 and its
review: a06, a12, a12b, a13b). All texts are invented (places, people, outlets, figures).
"""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.slots import is_superlative
from bylines.types import Report
from dated_reports import MODELS, articles_of, report_of, sides
from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Turnout was 38 per cent, the lowest since 2001.", "38 per cent"),
        (
            "Rainfall since March has been 14 per cent of normal, the driest spring since 1976.",
            "14 per cent",
        ),
        ("The Lessing peaked at 4.1 metres, its highest level since 1998.", "4.1 metres"),
        ("Sales fell 12 per cent, the first fall since 2009, the firm said.", "12 per cent"),
        ("Car sales fell to 41,000, the lowest April total since 2009.", "41,000"),
        # a record after a spaced dash (review slots34 a103)
        ("Turnout was 36 per cent - the lowest since 1997.", "36 per cent"),
    ],
)
def test_a_record_said_right_after_the_figure_leaves_it_of_now(text: str, figure: str) -> None:
    assert not read_figures(text)[figure].historic


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a clause before the figure puts it in the past (review a13b, a06)
        (
            "In his first season at the club, Heller scored 31 goals, the most by a Penmore "
            "player since 1988.",
            "31",
        ),
        (
            "When the river last flooded the town, it rose to 5.2 metres, the highest since 1947.",
            "5.2 metres",
        ),
        # ...or a year after the record (review a12)
        (
            "Just 40mm of rain fell, the lowest since records began, in the drought summer of "
            "1976.",
            "40mm",
        ),
        # ...or a past phrase between the figure and the record
        ("Heller scored 31 goals in his first season, the most since 1988.", "31"),
        (
            "Tarrow had 14 per cent of its usual rain in 1976, the driest since records began.",
            "14 per cent",
        ),
        # ...or anything beyond the figure's own noun phrase (review slots34 a101 a104)
        ("Orme scored 31 goals that season, the most since 1988.", "31"),
        (
            "Car sales fell 12 per cent the year the plant opened, the steepest fall since 1981.",
            "12 per cent",
        ),
        ("Pell had 14 per cent rain after the dam was built, the least since 1950.", "14 per cent"),
        # ...or a clause of the past after the record (review slots34 a105)
        (
            "The river rose to 5.6 metres, the highest since 1968, when the old bridge was lost.",
            "5.6 metres",
        ),
        # a year before the figure
        ("In 1976, rainfall fell to 40mm, the lowest since records began.", "40mm"),
        # no record: only a year in the apposition
        ("Tarrow had 14 per cent of its usual rain, a level last seen since 1976.", "14 per cent"),
        # 'latest' is the newest, not a record
        ("Prices rose 9 per cent, the latest rise since 2019.", "9 per cent"),
        # 'since' a year, not a month, in the figure's own clause
        (
            "Rainfall since 1976 has been 14 per cent of normal, the driest on record.",
            "14 per cent",
        ),
    ],
)
def test_a_figure_with_the_past_outside_the_record_stays_historic(text: str, figure: str) -> None:
    assert read_figures(text)[figure].historic


def test_words_that_only_end_like_a_superlative_are_none() -> None:
    assert is_superlative("driest") and is_superlative("most")
    assert not any(map(is_superlative, ("latest", "priest", "southwest", "harvest")))


def _report(*texts: str) -> Report:
    return build_report(articles_of(list(texts)), models=MODELS)


VOTE = "Voters in Brackwater chose Lena Oduya as mayor on Thursday.\n"
WON = "\nOduya won 52 per cent of the vote."


def test_a_turnout_called_the_lowest_since_a_year_is_this_votes() -> None:
    report = _report(
        f"{VOTE}Turnout was 38 per cent, the lowest since 2001.{WON}",
        f"{VOTE}Turnout was 41 per cent.{WON}",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"38 per cent": ("a0",), "41 per cent": ("a1",)}


def test_a_count_of_that_season_is_not_compared_with_this_seasons() -> None:
    # review slots34 a101: 'that season' is more than the figure's noun phrase
    signed = "Striker Ivo Tamm signed a new contract with Pell Rovers on Thursday.\n"
    fee = "\nThe fee was not disclosed."
    report = _report(
        f"{signed}Tamm scored 31 goals that season, the most since 1988.{fee}",
        f"{signed}Tamm has scored 19 goals this season.{fee}",
    )
    assert report.conflicts == ()
    assert report.updates == ()


def test_a_turnout_of_a_past_vote_is_not_compared() -> None:
    past = f"{VOTE}At the last election, turnout was 38 per cent, the lowest since 2001.{WON}"
    report = _report(past, f"{VOTE}Turnout was 41 per cent.{WON}")
    assert report.conflicts == ()
    assert report.updates == ()


LEAD = "Tarrow Water will bring in a hosepipe ban on Friday, the company said.\n"
NOW = "Rainfall in Tarrow was just 41 per cent of normal."


def _dated_conflicts(text: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((LEAD + text, "2039-07-04T09:00"), (LEAD + NOW, "2039-07-04T10:00"))
    return [sides(c) for c in report.conflicts]


def test_a_figure_beside_a_record_is_compared_with_another_reports() -> None:
    record = "Rainfall in Tarrow was just 14 per cent of normal, the driest spring since 1976."
    assert _dated_conflicts(record) == [{"14 per cent": ("a0",), "41 per cent": ("a1",)}]


def test_a_figure_dated_after_the_record_is_not_compared_with_this_years() -> None:
    dated = (
        "Rainfall in Tarrow was just 14 per cent of normal, the driest since records began, "
        "in the drought summer of 1976."
    )
    assert _dated_conflicts(dated) == []
