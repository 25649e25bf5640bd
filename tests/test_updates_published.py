"""Publication times that order the reports of a changing figure: a day and month with no year
before the time ('Updated 23.11. 20:05'), the time after 'Updated' on a line that gives two, a
clip's length in brackets after its caption, and a newsletter's delivery time (none of them a
publication time)."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published, read_stamp, with_dateline_years
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
        ("Updated at 16.05.", "16:05:00"),  # a time ending a sentence, no time after it
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


def cleaned(stamp: str) -> Article:
    return clean_article(Article(id="a", text=f"{stamp}\n{STORY}\n{MORE}", source="a"))


# A report of the pile dated Wednesday 14 May 2031.
PAPER = Article(id="p", text=STORY, source="p", published="2031-05-14T07:00:00")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Updated Thursday 15 May, 4pm", "2031-05-15T16:00:00"),
        ("Lessock Echo | Last updated: Tue 13 May, 18:10", "2031-05-13T18:10:00"),
        ("Published 15.05. 19:30 | Updated 15.05. 20:05", "2031-05-15T20:05:00"),
        ("Harnby Radio ▸ heard on the breakfast bulletin ▸ Thu 15 May", "2031-05-15"),
        ("By Ana Pires | Posted 6.10pm, Thursday", "2031-05-15T18:10:00"),
        ("BREAKING · LESSOCK TV · Tuesday 07:15", "2031-05-13T07:15:00"),
        ("Last updated Friday 9:40am", "2031-05-16T09:40:00"),
    ],
)
def test_a_stamp_with_no_year_takes_the_other_reports_year_and_week(
    stamp: str, expected: str
) -> None:
    undated = cleaned(stamp)
    dated = with_dateline_years([undated, PAPER])
    assert dated[0].published == expected
    assert dated[1] == PAPER


@pytest.mark.parametrize(
    "furniture",
    [
        "Next residents' meeting: 20 May, see the noticeboard",  # another day, no stamp
        "Harnby Sun · Lessock edition",  # a paper named Sun: no weekday
        "Thursday's weather: rain",  # a weekday with no clock time the page gave
    ],
)
def test_a_date_or_weekday_that_is_no_stamp_gives_no_day(furniture: str) -> None:
    undated = cleaned(f"Updated 16:40\n{furniture}")
    assert with_dateline_years([undated, PAPER])[0].published == "16:40:00"


def test_no_day_is_given_without_a_dated_report_of_the_pile() -> None:
    undated = cleaned("Updated Thursday 15 May, 4pm")
    alone = Article(id="x", text=STORY, source="x", published="16:00:00")
    assert [a.published for a in with_dateline_years([undated, alone])] == [
        "16:00:00",
        "16:00:00",
    ]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Updated: 14h20", "14:20:00"),
        ("As of 14:20 on Tuesday", "14:20:00"),
        ("Correct as of 14:20 BST", "14:20:00+01:00"),
        ("Story filed 14:20", "14:20:00"),
        ("This report was updated at 2.20pm", "14:20:00"),
    ],
)
def test_a_time_of_day_stamp_is_read_and_removed(stamp: str, expected: str) -> None:
    article = cleaned(stamp)
    assert article.published == expected
    assert stamp in article.removed


@pytest.mark.parametrize(
    "line",
    [
        "As of Tuesday, 40 people had been moved out of Lessock.",
        "As of 2020, it carried 9,000 cars.",
    ],
)
def test_a_story_sentence_opening_with_as_of_is_kept(line: str) -> None:
    article = cleaned(line)
    assert article.published is None
    assert line in article.text
