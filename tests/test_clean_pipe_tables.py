"""A pipe table's rows of figures kept as the story's facts (as their cells between bars), its
heading row and rule lines kept out; and the lines between bars that are no table (a menu, a
row of names, one line alone) left to the furniture rules as before. Every text here is
invented (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.ingest.tables import row_text, table_fact_rows
from bylines.models import Models, load_models
from cleaned import clean, kept_lines
from model_reports import report

HEADLINE = "Silver hoard found near Tarnby"
LEAD = "A hoard of 900 silver coins has been found near Tarnby by two detectorists."
LAST = "The finds officer said the coins would go to the county museum."


def _page(*lines: str) -> str:
    return "\n".join((HEADLINE, LEAD, *lines, LAST))


def test_a_tables_rows_of_figures_are_kept_as_cells_and_its_heading_and_rule_go() -> None:
    article = clean(
        _page(
            "| Site | Coins | Value |",
            "|---|:---:|--:|",
            "| Tarnby Farm | 900 | £62,000 |",
            "| Holm Hill | 14 | £800 |",
        )
    )
    assert article.text.splitlines() == [
        LEAD,
        "Tarnby Farm | 900 | £62,000",
        "Holm Hill | 14 | £800",
        LAST,
    ]
    assert "| Site | Coins | Value |" in article.removed


def test_a_table_with_no_rule_line_keeps_its_rows_of_figures() -> None:
    lines = kept_lines(_page("| Find | Depth | Coins |", "| Tarnby pot | 40 cm | 900 |"))
    assert lines == [LEAD, "Tarnby pot | 40 cm | 900", LAST]


@pytest.mark.parametrize(
    "junk",
    [
        # a menu: one line between bars, with or without a figure
        ("| Home | News | Sport |",),
        ("| Live | Radio 101.2 | Podcasts |",),
        # a table of names only: no figure, no fact a reader is given a number for
        ("| Detectorist | Club |", "| Ana Roos | Tarnby Diggers |"),
        # a pointer with one bar, no table
        ("Next page: P303 Weather | Index P100",),
    ],
)
def test_lines_between_bars_that_are_no_table_of_figures_still_go(junk: tuple[str, ...]) -> None:
    assert kept_lines(_page(*junk)) == [LEAD, LAST]


def test_which_lines_are_a_tables_rows_of_figures() -> None:
    texts = ["| A | B |", "|---|---|", "| x | 1 |", "Story line with 3 words.", "| y | 2 |"]
    # the heading over the rule is no fact; the row alone after the story line is no table
    assert table_fact_rows(texts) == frozenset({2})
    assert row_text("|  Tarnby pot |40 cm|  900 |") == "Tarnby pot | 40 cm | 900"


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def test_a_tables_row_reaches_the_report_and_its_heading_does_not(models: Models) -> None:
    table = _page("| Site | Coins |", "|---|---|", "| Tarnby Farm | 900 |")
    other = "Two detectorists have found 900 silver coins on a farm near Tarnby, police said."
    briefing = report(models, (table, other))
    (cleaned, _) = briefing.articles
    assert "Tarnby Farm | 900" in cleaned.text
    shown = [c.text for c in briefing.claims] + [s.text for s in briefing.summary]
    assert not any("Site | Coins" in text or "---" in text for text in shown)


# Rows the review of small34 found dropped: a name and a time, times, a year and counts. Their
# bars are cells, not a meta line's separators, and the year is the row's, not a date line.
@pytest.mark.parametrize(
    ("heading", "row"),
    [
        ("| Runner | Club | Time |", "| Ilse Drew | Tarnby Harriers | 2:31:07 |"),
        ("| Start | Finish | Distance |", "| 9:00 | 14:30 | 42 km |"),
        ("| Year | Finds | Coins |", "| 2025 | 3,800 | 4 |"),
    ],
)
def test_a_row_of_times_or_a_year_is_kept(heading: str, row: str) -> None:
    assert kept_lines(_page(heading, "|---|---|---|", row)) == [LEAD, row_text(row), LAST]


# The same cells on lines that are no table stay page furniture: a meta line, a date line.
@pytest.mark.parametrize("line", ["Live | Updated 14:02", "14 May 2025 | 09:30"])
def test_a_stamp_line_with_bars_out_of_a_table_still_goes(line: str) -> None:
    assert kept_lines(_page(line)) == [LEAD, LAST]


@pytest.mark.parametrize(
    "heading", ["| Team | 2025 | 2026 |", "| Ward | Turnout 2022 | Turnout 2026 |"]
)
def test_a_first_row_of_words_and_years_over_rows_of_counts_is_the_heading(heading: str) -> None:
    lines = kept_lines(_page(heading, "| Tarnby Rovers | 31 | 40 |"))
    assert lines == [LEAD, "Tarnby Rovers | 31 | 40", LAST]


def test_a_table_of_names_and_years_keeps_its_first_row() -> None:
    texts = ["| Tarnby Rovers | 2019 |", "| Holm Town | 2021 |"]
    assert table_fact_rows(texts) == frozenset({0, 1})
    # and a first row of years over counts is data when the rows under it are years too
    assert table_fact_rows(["| 2025 | 3,800 |", "| 2026 | 4,100 |"]) == frozenset({0, 1})
