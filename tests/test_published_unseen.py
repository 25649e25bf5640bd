"""Publication times in page shapes the rules were not written on: a "Last modified" or "Posted
... by" stamp, a masthead with a date under a headline that holds a sum, and sums that are no
clock times."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import read_stamp
from bylines.types import Article

STORY = "The Tolmar dam spillways were opened on Wednesday as the river rose, officials said."
MORE = "About 1,200 residents of low-lying villages were moved to schools overnight."


def published(text: str) -> str | None:
    return clean_article(Article(id="a", text=text, source="a")).published


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Last modified: 3 March 2026 17:05", "2026-03-03T17:05:00"),
        ("Modified 3 March 2026, 17:05 CET", "2026-03-03T17:05:00+01:00"),
        ("Last edited: Tuesday 3 March 2026 at 09:40", "2026-03-03T09:40:00"),
        ("Posted Tuesday 3 March 2026 at 09:40 by the newsdesk", "2026-03-03T09:40:00"),
        ("Posted 3 March 2026 at 9.40am by Ana Pires", "2026-03-03T09:40:00"),
    ],
)
def test_stamp_with_a_label_or_a_poster_is_read_and_removed(stamp: str, expected: str) -> None:
    article = clean_article(Article(id="a", text=f"{stamp}\n{STORY}\n{MORE}", source="a"))
    assert article.published == expected
    assert article.removed == (stamp,)


def test_a_sum_in_the_headline_is_no_publication_time() -> None:
    headline = "Tolmar's $2.45bn dam rescue: what it means"
    text = f"{headline}\nVeralia Courier — March 3, 2026 6:30 PM\n{STORY}"
    assert published(text) == "2026-03-03T18:30:00"


@pytest.mark.parametrize(
    "text", ["a $1.25bn deal", "€3.15 billion", "2.30 million people", "rates of 4.15 per cent"]
)
def test_a_sum_is_no_clock_time(text: str) -> None:
    assert read_stamp(text) is None


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("Posted 6.10pm", 18, 10), ("at 9.15am", 9, 15), ("13.40 BST", 13, 40)],
)
def test_a_clock_time_written_with_a_dot_is_still_read(text: str, hour: int, minute: int) -> None:
    stamp = read_stamp(text)
    assert stamp is not None and stamp.time is not None
    assert (stamp.time.hour, stamp.time.minute) == (hour, minute)
