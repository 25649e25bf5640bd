"""A weekday written with its date ('on Thursday, 12 March', 'Thursday 12 March 2026') names that
day itself: a report with no publication time still meets another's bare weekday of the event's
day, and one whose weekday is not its date's day of the week names no day. Every report here
is invented (12 March 2026 is a Thursday)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bylines.report.slots import LEAD_WEEKDAY, weekdays
from bylines.report.timeline import resolve_dates
from dated_reports import report_of, sides

_WEDNESDAY = (
    "Sawmill destroyed in Orrin blaze\n\nA fire destroyed the Orrin sawmill on Wednesday, the "
    "fire service said. About forty firefighters fought the blaze. Owner Ada Lind said the mill "
    "would be rebuilt."
)
_THURSDAY = (
    "Orrin sawmill burns down\n\nA fire destroyed the Orrin sawmill on Thursday, fire crews said. "
    "Forty firefighters were sent. The owner, Ada Lind, said she would rebuild the mill."
)


def _written(day: str) -> str:
    return (
        f"Fire guts Orrin sawmill\n\nA fire destroyed the Orrin sawmill on {day}, the fire "
        "service said. Forty firefighters fought the blaze for six hours. The owner, Ada Lind, "
        "said the mill would be rebuilt."
    )


@pytest.mark.parametrize(
    "day", ["Thursday, 12 March", "Thursday 12 March 2026", "Thursday, March 12"]
)
@pytest.mark.parametrize("published", ["2026-03-13T09:00", "2026-03-14T18:00"])
def test_a_weekday_with_its_date_joins_the_side_of_that_day(
    day: str, published: str | None
) -> None:
    report = report_of(
        (_written(day), published),
        (_WEDNESDAY, "2026-03-13T08:00"),
        (_THURSDAY, "2026-03-13T10:00"),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"Wednesday": ("a1",), "Thursday": ("a0", "a2")}


def test_a_weekday_that_is_not_its_date_s_day_names_no_day() -> None:
    # 12 March 2026 is a Thursday: the report says Wednesday and 12 March, so neither is trusted
    report = report_of(
        (_written("Wednesday, 12 March"), "2026-03-13T09:00"),
        (_THURSDAY, "2026-03-13T10:00"),
    )
    assert report.conflicts == ()


def test_the_day_of_a_weekday_with_its_date_needs_its_publication_day() -> None:
    (thursday, dated) = weekdays("The mill burned on Thursday 12 March 2026.", "2026-03-13", True)
    assert (thursday.noun, thursday.value) == (LEAD_WEEKDAY, 739687.0)
    assert dated.noun == "weekday of March 12"
    # without a publication day, no day (as a bare weekday gives none), year written or not
    assert [q.noun for q in weekdays("The mill burned on Thursday, 12 March.", None)] == []
    assert [q.noun for q in weekdays("The mill burned on Thursday 12 March 2026.", None)] == []


# (review35: a weekday with its date is the day of the event only where the bare weekday would
# name that day, in a clause that says it happened then)
@pytest.mark.parametrize(
    "text",
    [
        # a history: the same date and weekday six years before
        "The old mill had burned once before, on Thursday, 12 March 2020, in a storm.",
        "It burned exactly six years after a first fire on Thursday 12 March 2020.",
        # a deadline, ahead or not
        "Traders have until Friday, 20 March, to claim for lost stock.",
        "Owners must file their claims by Friday, 20 March.",
        "The insurer wants every claim before Friday, 13 March.",
        # a day it did not happen
        "The mill did not burn on Wednesday, 11 March, as first reported, but a day later.",
        "The mill never burned on Wednesday, 11 March, the brigade said.",
        # a weekday weeks back is no day a bare weekday names
        "The owner first saw smoke on Thursday, 26 February.",
    ],
)
def test_a_weekday_with_its_date_that_names_no_day_of_the_event(text: str) -> None:
    read = weekdays(text, "2026-03-13T09:00", lead=True)
    assert [q.noun for q in read if q.unit == "day" and q.value > 7] == []


def test_a_weekday_with_a_date_ahead_is_a_plan() -> None:
    (monday, dated) = weekdays("The mill will reopen on Monday, 16 March.", "2026-03-13T09:00")
    assert (monday.noun, monday.value) == ("planned weekday", 739691.0)
    assert dated.noun == "weekday of March 16"


@pytest.mark.parametrize(
    "other",
    [
        # a history with its year, beside this fire's Wednesday
        "A fire destroyed the Orrin sawmill on Wednesday. It had burned before, on Thursday, "
        "12 March 2020, the fire service said. The owner, Ada Lind, said she would rebuild it.",
        # a deadline
        "Orrin sawmill fire: traders have until Friday, 20 March, to claim for lost stock. The "
        "fire destroyed the mill on Wednesday. Forty firefighters were sent to the blaze.",
        # a day it did not happen
        "The Orrin sawmill did not burn on Thursday, 12 March, as first reported, but a day "
        "earlier, on Wednesday. Forty firefighters fought the blaze. Ada Lind owns the mill.",
    ],
)
def test_no_day_of_the_event_from_a_history_a_deadline_or_a_denial(other: str) -> None:
    report = report_of((other, "2026-03-13T09:00"), (_WEDNESDAY, "2026-03-13T08:00"))
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "text",
    [
        "The mill burned on Wednesday 12 March 2026.",  # the date's day is a Thursday
        "The mill burned on Friday, March 12, 2026.",
    ],
)
def test_a_weekday_its_date_contradicts_gives_only_the_weekday_of_that_date(text: str) -> None:
    assert [q.noun for q in weekdays(text, "2026-03-13T09:00", lead=True)] == [
        "weekday of March 12"
    ]


def test_the_date_s_month_is_no_cue_of_the_weekday_s_slot() -> None:
    # 'March' after the weekday is the date's month, not a protest march
    report = report_of(
        (_written("Thursday, 12 March"), "2026-03-13T09:00"),
        (_WEDNESDAY, "2026-03-13T08:00"),
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("day of the fire")


def test_timeline_places_an_undated_report_s_written_weekday_and_date() -> None:
    report = report_of((_written("Thursday 12 March 2026"), None), (_WEDNESDAY, None))
    assert [entry.date for entry in report.timeline if "a0" in entry.articles] == ["2026-03-12"]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("The mill burned on Thursday, 12 March.", "2026-03-13", ["2026-03-12", "2026-03-12"]),
        ("The mill burned on Wednesday, 12 March.", "2026-03-13", []),  # a Thursday: neither
        ("The mill burned on Wednesday 12 March 2026.", None, []),
        ("The mill burned on Thursday 12 March 2026.", None, ["2026-03-12"]),
        # a weekday and a date of two clauses are two days
        (
            "The mill burned on Wednesday and reopened on 14 March.",
            "2026-03-16",
            ["2026-03-11", "2026-03-14"],
        ),
    ],
)
def test_the_timeline_trusts_neither_a_weekday_nor_its_date_when_they_disagree(
    text: str, published: str | None, dates: list[str]
) -> None:
    when = datetime.fromisoformat(published) if published else None
    assert [found.date for found in resolve_dates(text, when)] == dates


@pytest.mark.parametrize("denied", ["didn't", "didn’t", "did not"])
def test_a_contracted_denial_names_no_day_of_the_event(denied: str) -> None:
    text = f"The mill {denied} burn on Wednesday, 11 March, as first reported, but a day later."
    read = weekdays(text, "2026-03-13T09:00", lead=True)
    assert [q.noun for q in read if q.unit == "day" and q.value > 7] == []
