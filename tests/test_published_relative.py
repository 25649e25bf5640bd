"""Publication times in stamp formats no tuning page has, and relative stamps ("2 hours ago",
"Yesterday at 18:40") read only against the time the page was read: without that reference
they are not guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published
from bylines.types import Article

READ_AT = dt.datetime(2026, 3, 3, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3/3/2026 14:05", "2026-03-03T14:05:00"),  # day and month the same: either order
        ("Posted: Tue, 03/03/2026 - 14:05", "2026-03-03T14:05:00"),
        ("2026/03/03 14:05", "2026-03-03T14:05:00"),  # year first
        ("3-Mar-2026 14:05", "2026-03-03T14:05:00"),
        ("2:05 PM · Mar 3, 2026", "2026-03-03T14:05:00"),
        ("Tuesday 3 March 2026 14:05 (UTC+8)", "2026-03-03T14:05:00+08:00"),
        ("Published 14:05 GMT+05:30 on 3 March 2026", "2026-03-03T14:05:00+05:30"),
        ("3 Mar 2026 14:05 AEDT", "2026-03-03T14:05:00+11:00"),
        ("Mar 3, 2026 • 2:05 PM ET", "2026-03-03T14:05:00-05:00"),
        # 5 March or 3 May, and no other date on the page settles it: the date is not guessed,
        # and its clock time alone is no publication time either
        ("05/03/2026 14:05", None),
    ],
)
def test_stamp_formats(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated 2 hours ago", "2026-03-03T14:30:00+01:00"),
        ("3 hrs ago", "2026-03-03T13:30:00+01:00"),
        ("Published an hour ago", "2026-03-03T15:30:00+01:00"),
        ("45 mins ago", "2026-03-03T15:45:00+01:00"),
        ("Yesterday at 18:40", "2026-03-02T18:40:00+01:00"),
        ("Yesterday at 18:40 GMT", "2026-03-02T18:40:00+00:00"),  # the zone written wins
        ("Today, 09:10", "2026-03-03T09:10:00+01:00"),
        ("2 days ago", "2026-03-01"),  # a day count gives a date only
        ("Updated yesterday", "2026-03-02"),
    ],
)
def test_a_relative_stamp_is_read_against_the_reference(line: str, expected: str) -> None:
    assert find_published(None, [line], reference=READ_AT) == expected


@pytest.mark.parametrize(
    "line", ["Updated 2 hours ago", "Yesterday at 18:40", "Today, 09:10", "2 days ago"]
)
def test_a_relative_stamp_without_reference_is_not_guessed(line: str) -> None:
    assert find_published(None, [line]) is None


def test_words_of_a_day_in_a_call_are_no_stamp() -> None:
    assert find_published(None, ["Become a member today"], reference=READ_AT) is None


def test_an_absolute_date_beside_a_relative_stamp_is_kept_without_reference() -> None:
    line = "Published 3 March 2026 09:10 | Updated 2 hours ago"
    assert find_published(None, [line]) == "2026-03-03T09:10:00"
    assert find_published(None, [line], reference=READ_AT) == "2026-03-03T14:30:00+01:00"


def test_the_clean_stage_passes_the_reference_on() -> None:
    text = (
        "Hull crack halts the Quellmoor ferry\nUpdated 3 hours ago\n"
        "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
    )
    article = Article(id="a", text=text, source="a")
    assert clean_article(article).published is None
    assert clean_article(article, reference=READ_AT).published == "2026-03-03T13:30:00+01:00"
    assert "Updated 3 hours ago" in clean_article(article).removed
