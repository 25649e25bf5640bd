"""The year a work was made ('painted in 1984', 'carved in 1612') is a slot of its own
(``slots.YEAR_MADE``): each report's only such year of the story's work is compared, and a
year of another event, of another work or of no making is not. All texts are invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.slots import YEAR_MADE, made_thing
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides

MURAL_1989 = "Council workers painted over a mural in Harnby. The mural was painted in 1989."


def report_of(*texts: str) -> Report:
    """The report of the texts, published a minute apart on one morning."""
    published = [f"2031-03-24T12:{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


@pytest.mark.parametrize(
    "other",
    [
        "A Harnby mural has been painted over by mistake. It was painted in 1984 by Ada Morrow.",
        "Harnby's lost mural, The Spinners, painted in 1984, covered the library wall.",
        "A mural in Harnby was painted over. It was painted by local schoolchildren in 1984.",
    ],
)
def test_two_years_a_work_was_painted_conflict(other: str) -> None:
    (conflict,) = report_of(MURAL_1989, other).conflicts
    assert conflict.subject == YEAR_MADE
    assert sides(conflict) == {"1989": ("a0",), "1984": ("a1",)}


def test_one_year_of_making_agrees() -> None:
    other = "A Harnby mural has been painted over by mistake. It was painted in 1989 by Ada Morrow."
    assert report_of(MURAL_1989, other).conflicts == ()


@pytest.mark.parametrize(
    "other",
    [
        # a year of another event, not of the making
        "Council workers painted over a mural in Harnby. In 1984 the council bought the wall.",
        "Council workers painted over a mural in Harnby. The mural was restored in 1984.",
        "Council workers painted over a mural in Harnby. It had been on the wall since 1984.",
        "Council workers painted over a mural in Harnby. The mural, painted by pupils, came "
        "down in 1984.",
        # another work, named by its noun
        "Council workers painted over a mural in Harnby. The portrait of the mayor inside "
        "was painted in 1984.",
    ],
)
def test_years_of_other_events_or_works_are_not_the_year_made(other: str) -> None:
    assert report_of(MURAL_1989, other).conflicts == ()


def test_a_report_of_two_works_years_ties_neither() -> None:
    # which of the two, if either, is the other report's mural?
    other = (
        "Two works were lost when council workers painted a wall in Harnby: a frieze carved "
        "in 1912 and a panel painted in 1984."
    )
    assert report_of(MURAL_1989, other).conflicts == ()


@pytest.mark.parametrize(
    ("before", "thing"),
    [
        ("The 18-metre mural was painted in ", "mural"),
        ("The portrait of the mayor was painted in ", "portrait"),
        ("The statue in the square was carved by Orm Vell in ", "statue"),
        ("It was painted in ", None),
        ("The Spinners, painted in ", None),
        ("Workers painted over the mural in ", None),
    ],
)
def test_what_was_made_is_the_subject_of_the_making(before: str, thing: str | None) -> None:
    assert made_thing(before) == thing
