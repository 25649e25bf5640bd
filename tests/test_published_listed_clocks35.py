"""A clock time with no date beside it is the page's publication time only in the shape of a
stamp: a stamp word ("Updated 16:45 GMT", "Filed 09:12 GMT"), a zone, or a cell of a header of
its own ("Radio Kestrel | Travel | 10:05"). A clock that is the value of a labelled field ("Time
of call: 14:05"), or one of several times listed on one line (tide times, a timetable strip),
is the time of what the line lists. Every page here is invented."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published
from bylines.types import Article
from harbour_page import HEADLINE, LAST, LEAD, MIDDLE, cleaned


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
        ("09:00 — Breakfast with Nora Hult", "09:00:00"),  # a programme's name, no entry
        # a date with the time is a stamp whatever labels it
        ("Time of call: 14:05 | 3 May 2029", "2029-05-03T14:05:00"),
        # two zones of one time, a stamp's own label, a byline's two clocks: stamps (review35)
        ("21:40 GMT / 22:40 CET", "21:40:00+00:00"),
        ("08:15 BST · 07:15 GMT", "08:15:00+01:00"),
        ("As of: 17:25", "17:25:00"),
        ("Time: 17:25", "17:25:00"),
        ("Stand: 17.25 Uhr", "17:25:00"),
        ("Mis à jour : 17:25", "17:25:00"),
        ("Last edited: 17:25", "17:25:00"),
        ("Uploaded: 17:25", "17:25:00"),
        ("Ben Kowal, river reporter · 08:20 · 10:45", "08:20:00"),
        ("Ben Kowal · 8:20am · 1:15pm", "08:20:00"),
        # a byline after a clock and its mark is the stamp's, no entry of a live page
        ("07:55 — from our correspondent in Wendle", "07:55:00"),
        ("07:55 · by staff reporters at the Wendle desk", "07:55:00"),
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
        ("Filed 11:20 · Published 11:50", "11:50:00"),
        # a stamp word before the first clock: the line is as of it, whatever follows
        ("Published 11:50 | Filed 11:20", "11:50:00"),
        ("Posted 16:35 (copy first filed 16:05)", "16:35:00"),
        ("Published 4 May 2029 23:10 · Posted to app 5 May 2029 06:30", "2029-05-04T23:10:00"),
    ],
)
def test_the_time_a_page_went_online_beats_the_time_it_aired(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


def test_a_labelled_clock_does_not_hide_the_page_s_own_stamp() -> None:
    page = cleaned("Time of call: 14:05 | Status: CLOSED", "Posted 16:10", LEAD, MIDDLE, LAST)
    assert page.published == "16:10:00"


_ENTRIES = (
    "11:40 — The harbour board says the quay wall at Orrin has partly collapsed.",
    "12:05 — Two fishing boats were damaged by falling stone, the board says.",
    "13:20 — Nobody was hurt, the coastguard confirms.",
    "14:05 — Engineers will inspect the rest of the wall on Thursday.",
)


def _page(title: str, *lines: str) -> Article:
    return clean_article(
        Article(id="000_c4f1a9", text="\n".join([title, *lines]), source="000_c4f1a9")
    )


_LIVE = "Live: quay wall gives way at Orrin harbour"


@pytest.mark.parametrize(
    "title",
    [
        _LIVE,
        "Orrin quay wall collapse - live updates",
        "Quay wall: the latest",
        "Harbour radio at the quay: rolling updates",
    ],
)
def test_a_live_page_with_no_stamp_is_as_of_its_latest_entry(title: str) -> None:
    assert _page(title, *_ENTRIES).published == "14:05:00"
    # the newest entry first, as many live pages order them
    assert _page(title, *reversed(_ENTRIES)).published == "14:05:00"
    zoned = [entry.replace(" —", " BST ·", 1) for entry in _ENTRIES]
    assert _page(title, *zoned).published == "14:05:00+01:00"


@pytest.mark.parametrize(
    "title",
    [
        "How the Wendle bridge collapse unfolded",
        "Wendle bridge: a timeline",
        "Bridge reopening day: the schedule",
        HEADLINE,
    ],
)
def test_entries_of_a_page_that_says_it_is_no_live_page_give_no_time(title: str) -> None:
    # a timeline of the event's times or a day's programme: its clocks are events', not the
    # page's
    events = (
        "04:35 — A crack is seen in the bridge's second span.",
        "05:10 — Police close the road at both ends.",
        "06:20 — The span drops into the river.",
    )
    plan = (
        "10:00 — Councillors walk the new deck with engineers.",
        "12:30 — A public meeting will be held in the town hall.",
        "15:00 — The council will vote on the toll.",
    )
    assert _page(title, *events).published is None
    assert _page(title, *plan).published is None


def test_a_live_page_s_own_stamp_beats_its_entries() -> None:
    assert _page(_LIVE, "Updated 16:45 GMT", *_ENTRIES).published == "16:45:00+00:00"


def test_a_timeline_box_in_a_story_is_no_live_page() -> None:
    story = (
        "The quay wall at Orrin harbour partly collapsed on Tuesday night, the board said.",
        "Nobody was hurt, but two fishing boats were damaged by falling stone.",
        "The wall was last repaired in 1998, according to council records.",
        "Fishermen say cracks had been visible for months.",
        "The harbour master, Ruth Okafor, said the quay would stay shut until Monday.",
        "How the night unfolded:",
        "21:10 — a crack opens along the wall",
        "21:40 — the first stones fall",
        "22:05 — the coastguard closes the quay",
    )
    assert cleaned(*story).published is None


def test_minute_marks_of_a_match_are_no_clock_times() -> None:
    minutes = (
        "23' — Trenow heads Rovers in front at Marrow Park.",
        "51' — Hollin are level through Ibori.",
        "64' — Trenow again, and Rovers lead 2-1.",
    )
    assert cleaned(*minutes).published is None


def test_a_masthead_under_the_standfirst_dates_the_page() -> None:
    standfirst = "Two boats damaged as the old wall gives way"
    page = cleaned(
        standfirst, "THE ORRIN LAMP :: HARBOUR :: Friday 24 September 2038", LEAD, MIDDLE, LAST
    )
    assert page.published == "2038-09-24"
    assert LEAD in page.text


@pytest.mark.parametrize("menu", ["Listen live", "Watch live", "Latest news"])
def test_a_menu_s_live_link_does_not_make_a_timeline_a_live_page(menu: str) -> None:
    events = (
        "04:35 — A crack is seen in the bridge's second span.",
        "05:10 — Police close the road at both ends.",
        "06:20 — The span drops into the river.",
    )
    assert _page("How the Wendle bridge collapse unfolded", menu, *events).published is None
