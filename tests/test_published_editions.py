"""Stamps of agency copy and print editions that date a page with the other reports' help, or
alone: a dateline with a region or day first, a wire's date-time group, a weekday's edition;
none of them read from a story sentence."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published, with_dateline_years
from bylines.types import Article

STORY = "Floodwater closed the Harnby bridge on Tuesday, the county council said."
MORE = "About 70 homes in Lessock were without power until the evening, the council said."
# A report of the pile dated Wednesday 14 May 2031.
PAPER = Article(id="p", text=STORY, source="p", published="2031-05-14T07:00:00")


def cleaned(text: str) -> Article:
    return clean_article(Article(id="a", text=text, source="a"))


@pytest.mark.parametrize(
    "dateline",
    [
        "HARNBY, Lessmark, May 13 (KPN) -",  # a region after the place
        "HARNBY, 13 May (Nordpress) -",  # day first
        "HARNBY, Lessmark, Sept 13 (KPN) -",
    ],
)
def test_a_dateline_with_a_region_or_day_first_takes_the_piles_year(dateline: str) -> None:
    wire = cleaned(f"{dateline} {STORY}\n{MORE}")
    assert wire.published is None  # no year on the page
    month = "09" if "Sept" in dateline else "05"
    paper = Article(id="p", text=STORY, source="p", published=f"2031-{month}-14T07:00:00")
    assert with_dateline_years([wire, paper])[0].published == f"2031-{month}-13"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("-- KPN -- ab/cd -- 042340 MAR 31 --", "2031-03-04T23:40:00"),
        ("KPN ends 150930Z SEP 2031", "2031-09-15T09:30:00+00:00"),  # Z: UTC
    ],
)
def test_a_wire_date_time_group_is_read(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Items 120 MAR 31",  # three digits: a count
        "Ref 042340 mar 31",  # a month in capitals only, as signal traffic writes it
        "Ref 322340 MAR 31",  # no 32nd day
    ],
)
def test_a_figure_that_is_no_date_time_group_is_not_read(line: str) -> None:
    assert find_published(None, [line]) is None


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("HARNBY POST — LOCAL — THURSDAY EDITION", "2031-05-15"),
        ("The Lessock Standard | Sunday edition", "2031-05-11"),  # three days before
        ("THE HARNBY TIMES · Monday Review · Heritage", "2031-05-12"),
    ],
)
def test_a_weekdays_edition_is_the_day_nearest_the_piles_reports(
    masthead: str, expected: str
) -> None:
    page = cleaned(f"{masthead}\n{STORY}\n{MORE}")
    assert masthead in page.removed
    assert with_dateline_years([page, PAPER])[0].published == expected


def test_an_edition_gives_no_day_without_a_dated_report() -> None:
    page = cleaned(f"The Lessock Standard | Sunday edition\n{STORY}\n{MORE}")
    alone = Article(id="x", text=STORY, source="x", published="16:00:00")
    assert with_dateline_years([page, alone])[0].published is None


def test_a_long_removed_line_naming_an_edition_is_a_promotion_not_the_masthead() -> None:
    promo = "Read the whole interview with the mayor in our Sunday Review this weekend"
    page = Article(id="a", text=STORY, source="a", removed=(promo,))
    assert with_dateline_years([page, PAPER])[0].published is None


@pytest.mark.parametrize(
    "line",
    [
        "The vote on March 2 was close, and the Sunday edition of the Post called it a rout.",
        "HARNBY, the council said on May 13, will close the bridge for a week.",
    ],
)
def test_a_date_or_edition_in_a_story_sentence_is_not_the_publication_time(line: str) -> None:
    page = cleaned(f"{line}\n{STORY}\n{MORE}")
    assert line in page.text
    assert with_dateline_years([page, PAPER])[0].published is None


@pytest.mark.parametrize(
    ("given", "removed", "expected"),
    [
        ("18:04", (), "18:04:00"),  # ISO, as the page's own clock times are written
        ("6.04pm BST", (), "18:04:00+01:00"),
        ("18:04", ("Harnby Post | Wednesday 14 May 2031",), "2031-05-14T18:04:00"),
        ("18:04", ("Updated 14 May 2031 19:30",), "2031-05-14T19:30:00"),  # the page's own time
    ],
)
def test_a_given_clock_time_is_written_as_iso_on_the_pages_day(
    given: str, removed: tuple[str, ...], expected: str
) -> None:
    assert find_published(given, removed) == expected


def test_a_given_clock_time_takes_a_datelines_day() -> None:
    wire = clean_article(
        Article(
            id="w", text=f"HARNBY, May 13 (KPN) - {STORY}\n{MORE}", source="w", published="9:40"
        )
    )
    assert wire.published == "09:40:00"
    assert with_dateline_years([wire, PAPER])[0].published == "2031-05-13T09:40:00"
