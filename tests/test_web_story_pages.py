"""The service's story pages (front page and one story), on invented articles."""

from __future__ import annotations

import re

from bylines import Article
from bylines.stories.pipeline import group_stories
from bylines.web.story_pages import front_page, story_page

QUAY = (
    "A crane collapsed onto the quay at Tessaly harbour on Monday, injuring two dock workers, "
    "the port authority said. The harbour was closed to shipping for the rest of the day."
)


def test_an_article_without_a_publication_time_is_shown_as_seen_not_published() -> None:
    dated = Article("q-1", QUAY, "Tessaly Gazette", "Crane collapses",
                    published="2027-02-01T06:30:00+00:00")  # fmt: skip
    undated = Article("q-2", QUAY, "Harbour Wire", "Crane falls on quay")
    (story,) = group_stories([dated, undated]).stories
    page = story_page(story, "")
    articles = page.split('<section id="articles">')[1]
    assert (
        'Crane collapses — Tessaly Gazette<span class="meta"> · 1 Feb 2027, 06:30 UTC' in articles
    )
    assert 'Crane falls on quay — Harbour Wire<span class="meta"> · seen ' in articles
    # The undated article was seen now, before the other's (future) publication time.
    assert re.search(
        r"first seen \d+ \w{3} \d{4}, \d\d:\d\d; last seen 1 Feb 2027, 06:30 UTC", page
    )


def test_the_front_page_names_an_untitled_latest_article_once() -> None:
    pile = [Article(f"q-{n}", QUAY, f"q-{n}") for n in (1, 2)]  # no title, no outlet named
    (story,) = group_stories(pile).stories
    # the outlet is the readable label a report gives it, not the file name again
    assert story.latest.source in {"Source 1", "Source 2"}
    assert f"<p>Latest: {story.latest.id} ({story.latest.source})</p>" in front_page([story])


def test_the_list_of_briefings_and_a_briefing_toolbar_write_times_and_counts_plainly() -> None:
    from bylines.web.pages import list_page, report_page
    from bylines.web.store import ReportListing, StoredReport

    listing = [
        ReportListing("abc", "2027-02-01T06:30:00+00:00", "Crane collapses", 1),
        ReportListing("def", "2027-02-02T07:45:00+00:00", "Quay reopens", 3),
    ]
    page = list_page(listing)
    assert ">1 report</td>" in page and ">3 reports</td>" in page
    assert ">1 Feb 2027, 06:30 UTC</td>" in page
    stored = StoredReport(
        "abc", "2027-02-01T06:30:00+00:00", "Crane collapses", {}, "", "", (),
        expires="2027-02-08T06:30:00.123456+00:00",
    )  # fmt: skip
    toolbar = report_page(stored)
    assert ">1 Feb 2027, 06:30 UTC</time> · deleted after " in toolbar
    assert ">8 Feb 2027, 06:30 UTC</time>" in toolbar
