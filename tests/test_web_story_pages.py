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
    # The story's dates are its articles' publication times; the undated one is counted, its
    # time of reading not taken for one.
    assert "published 1 Feb 2027, 06:30 UTC; 1 undated article" in page
    assert "first seen" not in page


def test_the_front_page_names_an_untitled_latest_article_once() -> None:
    pile = [Article(f"q-{n}", QUAY, f"q-{n}") for n in (1, 2)]  # no title, no outlet named
    (story,) = group_stories(pile).stories
    # the label a report gives it ("Source 1") is no outlet: neither named nor counted
    assert story.latest.source in {"Source 1", "Source 2"}
    front = front_page([story])
    assert f"<p>Latest: {story.latest.id}</p>" in front
    assert "2 articles, 1 independent report, outlets unknown" in front
    assert "Outlets: unknown" in front


def test_the_front_page_dates_stories_by_publication_and_says_when_it_has_none() -> None:
    from datetime import UTC, datetime

    old = Article("q-1", QUAY, "Tessaly Gazette", "Crane collapses", published="2013-09-16")
    fog = "Fog closed the Varn ferry crossing for a second day, stranding lorries at Quillon."
    undated = Article("s-1", fog, "Varn Courier", "Fog shuts Varn")
    stories = group_stories([old, undated]).stories
    front = front_page(stories, now=datetime(2026, 12, 4, 4, 30, tzinfo=UTC))
    assert "last published <time" in front and ">16 Sep 2013</time>" in front  # not "4827 days"
    assert re.search(r"no publication date · first seen <time[^>]*>(just now|\d+ \w+ ago)<", front)
    assert "updated" not in front
    assert "The 2 shown of 5." in front_page(stories, held=5)  # the page lists fewer
    assert "shown of" not in front_page(stories, held=2)


def test_a_story_dated_by_a_day_alone_says_the_day_not_the_hours() -> None:
    from datetime import UTC, datetime

    story = group_stories(
        [Article("q-1", QUAY, "Tessaly Gazette", "Crane", published="2026-12-03")]
    )
    front = front_page(story.stories, now=datetime(2026, 12, 4, 5, 0, tzinfo=UTC))
    assert "last published <time" in front and ">yesterday</time>" in front
    today = front_page(story.stories, now=datetime(2026, 12, 3, 5, 0, tzinfo=UTC))
    assert ">today</time>" in today and "hours ago" not in today


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
