"""A report's timeline: what happened when, relative dates resolved against each article's
publication time. Every event, outlet and person here is invented."""

from __future__ import annotations

import pytest

from bylines import Article, build_report
from bylines.ingest.sentences import split_sentences
from bylines.models import Models, load_models
from bylines.report.timeline import MAX_PER_DAY, timeline_of


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def test_a_reports_timeline_resolves_each_articles_days_and_names_who_says_them(
    models: Models,
) -> None:
    articles = [
        Article("a1", "A fire swept through the Velmark dance hall on Friday night, killing 14 "
                "people.\nThe mayor visited the hall on Saturday.", "Harbour Post",
                published="2026-03-08T09:00:00+00:00"),  # a Sunday
        Article("a2", "Fourteen people died when fire tore through a dance hall in Velmark on "
                "Friday night.\nFuneral services will be held tomorrow.", "Coast Radio",
                published="2026-03-09T07:00:00+00:00"),  # a Monday
        Article("a3", "The Velmark hall had passed a fire inspection on January 12, 2026, the "
                "town said.\nThe inspector retired on Friday.", "Daily Lantern"),  # undated
    ]  # fmt: skip
    report = build_report(articles, models=models)
    days = [(e.date, e.articles) for e in report.timeline]
    assert ("2026-01-12", ("a3",)) in days  # written in full: no publication time needed
    assert ("2026-03-06", ("a1", "a2")) in days  # "on Friday night", from a Sunday and a Monday
    assert ("2026-03-07", ("a1",)) in days
    assert ("2026-03-10", ("a2",)) in days  # "tomorrow", from a Monday
    # the undated article's "on Friday" means no day
    assert not any("inspector retired" in e.text for e in report.timeline)
    fire = next(e for e in report.timeline if e.date == "2026-03-06")
    assert fire.sources == ("Harbour Post", "Coast Radio")


def test_a_day_named_by_thousands_of_sentences_keeps_a_bounded_timeline() -> None:
    # 3,000 sentences of one day, no two alike: each is compared with at most MAX_PER_DAY
    text = "\n".join(
        " ".join(f"w{n}x{k}" for k in range(6)) + " happened on Monday." for n in range(3000)
    )
    article = Article("a", text, "Post", published="2026-03-10T08:00:00+00:00")
    timeline = timeline_of(split_sentences([article]), [article])
    assert len(timeline) == MAX_PER_DAY
    assert {e.date for e in timeline} == {"2026-03-09"}


def test_weeks_and_months_stand_before_their_days_in_time_order() -> None:
    article = Article(
        "a", "The strike began last week.\nTalks failed last month.\nThe port shut on Monday.\n"
        "The ferries stopped on 30 April.", "Post", published="2026-05-14T08:00:00+00:00",
    )  # fmt: skip
    timeline = timeline_of(split_sentences([article]), [article])
    assert [e.date for e in timeline] == ["2026-04", "2026-04-30", "2026-W19", "2026-05-11"]
