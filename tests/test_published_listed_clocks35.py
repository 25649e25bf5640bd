"""A clock time with no date beside it is the page's publication time only in the shape of a
stamp: a stamp word ("Updated 16:45 GMT", "Filed 09:12 GMT"), a zone, or a cell of a header of
its own ("Radio Kestrel | Travel | 10:05"). A clock that is the value of a labelled field ("Time
of call: 14:05"), or one of several times listed on one line (tide times, a timetable strip),
is the time of what the line lists. Every page here is invented."""

from __future__ import annotations

import pytest

from bylines.ingest.published import find_published
from harbour_page import LAST, LEAD, MIDDLE, cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Tide times: HW 06:12 LW 12:30",
        "HW 06:12 ⧊ LW 12:30 ⧊ Orrin bar",
        "Time of call: 14:05 | Status: CLOSED",
        "Incident opened: 03:15 · Crews attending: 4",
        "Departures ⧊ 09:10 Harnmoor ⧊ 09:25 Castlebridge ⧊ 09:40 Wendle",
        "Orrin ferry · 07:45 · 09:15 · 11:30",
        "Next bulletin at ten",
    ],
)
def test_a_listed_or_labelled_clock_is_no_publication_time(line: str) -> None:
    assert cleaned(line, LEAD, MIDDLE, LAST).published is None
    assert find_published(None, [line]) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated 16:45 GMT", "16:45:00+00:00"),
        ("Filed 09:12 GMT", "09:12:00+00:00"),
        ("Radio Kestrel | Travel | 10:05", "10:05:00"),
        ("Published: 14:05 | Updated: 16:20", "16:20:00"),
        ("Posted: 09:10 · 3 comments", "09:10:00"),
        ("Orrin Post | Sports desk 14:20", "14:20:00"),
        # a date with the time is a stamp whatever labels it
        ("Time of call: 14:05 | 3 May 2029", "2029-05-03T14:05:00"),
    ],
)
def test_a_stamp_shaped_clock_is_still_read(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Broadcast 18:30 · Published online 18:40", "18:40:00"),
        ("Aired 07:00 · Posted 07:20 GMT", "07:20:00+00:00"),
        ("Broadcast 18:30", "18:30:00"),  # a broadcast's own time, when the page gives no other
        ("Published 09:30 · Updated 11:05", "11:05:00"),
    ],
)
def test_the_time_a_page_went_online_beats_the_time_it_aired(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


def test_a_labelled_clock_does_not_hide_the_page_s_own_stamp() -> None:
    page = cleaned("Time of call: 14:05 | Status: CLOSED", "Posted 16:10", LEAD, MIDDLE, LAST)
    assert page.published == "16:10:00"
