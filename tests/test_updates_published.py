"""Publication times that order the reports of a changing figure: a day and month with no year
before the time ('Updated 23.11. 20:05'), the time after 'Updated' on a line that gives two, a
clip's length in brackets after its caption, and a newsletter's delivery time (none of them a
publication time)."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published, read_stamp
from bylines.types import Article

STORY = "Floodwater closed the Harnby bridge on Tuesday, the county council said."
MORE = "About 70 homes in Lessock were without power until the evening, the council said."


def published(text: str) -> str | None:
    return clean_article(Article(id="a", text=text, source="a")).published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 23.11. 19:30 | Updated 23.11. 20:05", "20:05:00"),
        ("Veröffentlicht 4.03. 08:15", "08:15:00"),
        ("Julkaistu 30.12. klo 14.40", "14:40:00"),
        ("Updated 16.45.", "16:45:00"),  # no month 45: a time, stop and all
    ],
)
def test_a_day_and_month_with_no_year_is_no_clock_time(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14 June 2027, 09:00 (updated 11:40)", "2027-06-14T11:40:00"),
        ("First published 08:10 · Last updated 12:55 GMT", "12:55:00+00:00"),
        ("Published 2 March 2026 09:10, updated 4 March 2026", "2026-03-04"),
        ("Updated: 19 June 2023 12:30 GMT", "2023-06-19T12:30:00+00:00"),
    ],
)
def test_the_time_after_updated_is_the_version_read(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "▶ WATCH: Drone footage shows the flooded bridge from above (0:48)",
        "► Video: the moment the bank gave way (1:12)",
        "Listen to our reporter at the scene, who spoke to residents (3:05)",
    ],
)
def test_a_clip_length_in_brackets_after_its_caption_is_no_time(line: str) -> None:
    assert read_stamp(line) is None


def test_a_time_in_brackets_on_a_page_header_is_still_read() -> None:
    stamp = read_stamp("Harnby Courier (16:20)")
    assert stamp is not None and stamp.time is not None
    assert (stamp.time.hour, stamp.time.minute) == (16, 20)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to the Lessock Echo's evening bulletin — straight to your inbox at 6pm",
        "Subscribe to our morning briefing, sent at 7am every weekday",
    ],
)
def test_a_newsletter_delivery_time_is_no_publication_time(line: str) -> None:
    assert published(f"{STORY}\n{MORE}\n{line}") is None


def test_a_real_stamp_beside_a_newsletter_line_is_read() -> None:
    text = f"Updated 15:35\n{STORY}\n{MORE}\nSign up for our newsletter — in your inbox at 6pm"
    assert published(text) == "15:35:00"
