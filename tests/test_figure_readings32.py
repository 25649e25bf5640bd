"""Readings an unseen check (fresh32) found narrow, each with look-alikes that must not change
(issue 7). All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report.names import build_index, name_tokens
from bylines.report.quantities import extract_quantities
from bylines.types import Article, Report
from dated_reports import report_of, sides

# A Thursday: 'Wednesday' in a lead is the day before, 'Saturday' the Saturday before.
PUBLISHED = "2031-03-20T09:00"


def _report(*texts: str) -> Report:
    return report_of(*((text, PUBLISHED) for text in texts))


def _days_compared(report: Report) -> list[str]:
    return [c.subject for c in (*report.conflicts, *report.updates) if c.subject.startswith("day")]


# B1: a weekday written as a possessive names an occasion; in a report whose lead tells its
# event on another day, that occasion is another one (a coming fixture).
_MATCH_ON_TUESDAY = (
    "Kell Rovers' league match against Hollin Town was abandoned on Tuesday night after the"
    " floodlights failed in the 71st minute."
)


@pytest.mark.parametrize("day", ["Saturday's game", "Saturday night's game"])
def test_a_possessive_weekday_other_than_the_leads_is_another_occasion(day: str) -> None:
    report = _report(
        "Kell Rovers were 2-1 up on Wednesday night when the floodlights failed.\n"
        f"The club has hired a generator for {day}.",
        _MATCH_ON_TUESDAY,
    )
    assert _days_compared(report) == []


@pytest.mark.parametrize(
    "text",
    [
        # a lead with no day: the possessive is the day of the report's own match
        "Floodlight failure at Kell Park.\n"
        "Saturday's match against Hollin Town was abandoned in the 71st minute.",
        "Kell Rovers were 2-1 up when the floodlights failed.\n"
        "Saturday's game was abandoned in the 71st minute.",
        # the lead's own day: the same match
        "The floodlights failed at Kell Park on Saturday.\n"
        "Saturday's game against Hollin Town was abandoned in the 71st minute.",
    ],
)
def test_a_possessive_weekday_of_the_reports_own_event_is_still_compared(text: str) -> None:
    subjects = _days_compared(_report(text, _MATCH_ON_TUESDAY))
    assert any(subject.startswith("day of the match") for subject in subjects)


# B3: what a record 'since' a year measures: when one last happened ('the first ban since')
# or when one was last as much ('the driest spring since').
def _years(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.kind == "date"]


def test_the_driest_since_and_the_first_since_are_two_years() -> None:
    report = report_of(
        ("Orrendale Water will bring in a hosepipe ban after the driest spring since 1976.", None),
        ("It is the company's first hosepipe ban since 2022, Orrendale Water said.", None),
    )
    assert _years(report) == []


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # two superlatives of one spring
        (
            "Orrendale Water will bring in a hosepipe ban after the driest spring since 1976.",
            "This spring was the driest in the region since 1971, Orrendale Water said.",
            {"1976", "1971"},
        ),
        # a sentence giving both: the first since is compared with the first since
        (
            "After the driest spring since 1976, Orrendale Water has its first hosepipe ban"
            " since 2022.",
            "Orrendale Water said it was the company's first hosepipe ban since 2019.",
            {"2022", "2019"},
        ),
    ],
)
def test_records_of_one_kind_still_conflict(first: str, second: str, values: set[str]) -> None:
    years = _years(report_of((first, None), (second, None)))
    assert [set(side) for side in years] == [values]


# F1: a role on a train, a ground or a park written before a name ('Guard Petra Holloway') is
# no word of the name; the same word after a given name is a surname.
def _index_counts(*texts: str) -> dict[str, int]:
    articles = [Article(f"a{i}", text, f"Outlet {i}") for i, text in enumerate(texts)]
    return build_index(articles).counts


def test_a_role_before_a_name_is_not_learned_as_part_of_it() -> None:
    counts = _index_counts(
        "Guard Petra Holloway delivered the baby in the first-class carriage.",
        "The guard, Petra Holloway, delivered the baby.",
    )
    assert counts == {"Petra Holloway": 2}


@pytest.mark.parametrize(
    ("raw", "tokens"),
    [
        ("Warden Ada Roos", ["Ada", "Roos"]),
        ("Conductor Ivo Rask", ["Ivo", "Rask"]),
        # a surname that is a role word, and a role word opening no person's name
        ("Petra Warden", ["Petra", "Warden"]),
        ("Tom Driver", ["Tom", "Driver"]),
        ("Keeper Street", ["Keeper", "Street"]),
    ],
)
def test_a_role_opens_a_name_without_being_part_of_it(raw: str, tokens: list[str]) -> None:
    assert name_tokens(raw) == tokens


def test_a_surname_that_is_a_role_word_is_still_learned() -> None:
    counts = _index_counts(
        "Ranger Petra Warden found the walkers.", "The walkers were found by Petra Warden."
    )
    assert counts == {"Petra Warden": 2}


# A3: after 'of the X's', what a count counts is the noun after the possessive.
@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("All 12 of the borough's libraries will close.", ["libraries"]),
        ("All 1.2 million of the company's customers face the ban.", ["customers"]),
        ("All 12 of Harnby's libraries will close.", ["libraries"]),
        # a part of a whole: the whole's own count names what is counted, as before
        ("12 of the borough's 40 libraries will close.", ["borough", "libraries"]),
        # the possessive before the number, and no possessive: as before
        ("The borough's 12 libraries will close.", ["libraries"]),
        ("12 of the libraries will close.", ["libraries"]),
    ],
)
def test_a_count_of_an_owners_things_counts_the_things(text: str, nouns: list[str]) -> None:
    assert [q.noun for q in extract_quantities(text)] == nouns


def test_all_of_an_owners_things_meets_another_count_of_them() -> None:
    report = _report(
        "Harnby council will close all 12 of the borough's libraries in April.",
        "Harnby council will close the borough's 14 libraries in April.",
    )
    assert [sides(c) for c in report.conflicts] == [{"12": ("a0",), "14": ("a1",)}]


def test_a_possessive_weekday_still_meets_another_reports_day_of_that_occasion() -> None:
    report = _report(
        "The riot at Fenly Prison on Saturday was the worst in the region for a decade.\n"
        "Thursday's cell searches had turned up drugs and phones, officers say.",
        "Inmates took over B wing at Fenly Prison on Saturday night.\n"
        "Trouble had been brewing since a search for drugs on Friday, when officers found phones.",
    )
    assert any(subject.startswith("day of the search") for subject in _days_compared(report))
