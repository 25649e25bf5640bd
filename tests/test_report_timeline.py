"""A report's timeline: what happened when, relative dates resolved against each article's
publication time. Every event, outlet and person here is invented."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from bylines import Article, build_report
from bylines.ingest.sentences import split_sentences
from bylines.models import Models, load_models
from bylines.report.timeline import MAX_PER_DAY, build_timeline, resolve_dates, timeline_of


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


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The dispute will continue at a Nov. 15 hearing in Varn.", "2027-11-15"),  # set for
        ("The trial is due to open on 20 November.", "2027-11-20"),
        ("The dispute continued at a Nov. 15 hearing in Varn.", "2026-11-15"),  # told as done
        ("The council said on Nov. 15 it would appeal.", "2026-11-15"),  # a past between
        # what is to come about a day gone by (review16b)
        ("Officials will review the damage from the Nov. 15 storm.", "2026-11-15"),
        ("Police will release footage of the Nov. 15 attack.", "2026-11-15"),
        ("He will be sentenced for the robbery of Nov. 15.", "2026-11-15"),
        ("He will be sentenced for the Nov. 15 robbery.", "2026-11-15"),
    ],
)
def test_a_date_something_is_set_for_is_the_next_such_day(sentence: str, day: str) -> None:
    (dated,) = resolve_dates(sentence, datetime(2027, 9, 8, 12, 0))  # ten weeks before
    assert dated.date == day


def test_a_deadline_ahead_is_this_years_and_a_date_line_is_no_event() -> None:
    written = datetime(2027, 5, 16, 18, 0)
    (ahead,) = resolve_dates("The council must answer the inspectors by July 26.", written)
    assert ahead.date == "2027-07-26"  # ten weeks ahead, not last July
    (done,) = resolve_dates("The council had answered the inspectors by July 26.", written)
    assert done.date == "2026-07-26"  # told as done: last year's
    pile = [
        Article(
            "a-1",
            "16 May 2027 Last updated at 12:42 GMT\nThe bridge at Varn closed on Sunday.",
            "Varn Courier",
            published="2027-05-16T12:42:00+00:00",
        )
    ]
    assert [e.text for e in build_timeline(pile)] == ["The bridge at Varn closed on Sunday."]


def test_only_a_short_dated_sentence_is_checked_for_being_a_date_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The date-line check is the timeline's dearest step: a sentence with no date gives no
    entry anyway, and a long one is no date line, so neither is checked."""
    from bylines.report import timeline

    checked: list[str] = []
    real = timeline.is_only_a_date

    def counted(text: str) -> bool:
        checked.append(text)
        return real(text)

    monkeypatch.setattr(timeline, "is_only_a_date", counted)
    line = "16 May 2027 Last updated at 12:42 GMT"
    long = (
        "The inspectors, who had spent three weeks in the flooded quarter of Varn talking to "
        "shopkeepers, landlords and the harbour master, closed the bridge on Sunday."
    )
    assert len(long.split()) > timeline.MAX_DATE_LINE_WORDS
    pile = [Article("a-1", f"{line}\n{long} Nobody was hurt.", "Varn Courier",
                    published="2027-05-16T12:42:00+00:00")]  # fmt: skip
    assert [e.text for e in build_timeline(pile)] == [long]
    assert checked == [line]


def test_an_undated_articles_month_and_day_is_a_day_of_no_known_year_until_another_dates_it() -> (
    None
):
    undated = Article("u-1", "Kestrel Motors on Tuesday (Jan 6) showed its lightest van at the "
                      "Varn motor fair.", "Varn Courier")  # fmt: skip
    (alone,) = build_timeline([undated])
    assert alone.date == "--01-06"  # the month and day it gives, no year invented
    assert resolve_dates("The fair closes on Feb 30.", None) == []  # no such day
    dated = Article("d-1", "Kestrel Motors showed its lightest van at the Varn motor fair on "
                    "Tuesday.", "Motor Wire", published="2032-01-07T09:00:00")  # fmt: skip
    (joined,) = build_timeline([undated, dated])
    assert joined.date == "2032-01-06" and set(joined.articles) == {"u-1", "d-1"}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The budget is to be voted on Thursday, the finance minister said.", "2030-05-09"),
        ("Parliament will vote on the cuts on Thursday.", "2030-05-09"),
        ("The minister will meet the unions on Wednesday.", "2030-05-08"),
        # the future comes after the day, or a past thing stands between them
        ("The minister said on Tuesday she will resign.", "2030-05-07"),
        ("The company will report its results, it said on Monday.", "2030-05-06"),
        ("Talks will resume after the ceasefire collapsed on Monday.", "2030-05-06"),
        ("The strike will go ahead, as agreed last Thursday.", "2030-05-02"),
        ("Talks will continue after the envoy spoke on Monday.", "2030-05-06"),
        ("The minister will meet the envoy who quit on Monday.", "2030-05-06"),
        ("Officers will visit the town where the mayor resigned on Monday.", "2030-05-06"),
        ("The ferry will sail again now that the crew tried on Monday.", "2030-05-06"),
        # verbs that look past but are still to come
        ("The vote will proceed on Thursday.", "2030-05-09"),
        ("The storm will hit the coast on Thursday.", "2030-05-09"),
        ("The funeral will be held on Thursday.", "2030-05-09"),
        ("The summit will indeed go ahead on Thursday.", "2030-05-09"),
        ("The minister will quit on Thursday.", "2030-05-09"),
        ("The firm will pay what it agreed on Monday.", "2030-05-06"),
    ],
)
def test_a_weekday_what_is_to_come_is_set_for_is_ahead(sentence: str, day: str) -> None:
    written = datetime(2030, 5, 8, 10, 0)  # a Wednesday
    (found,) = resolve_dates(sentence, written)
    assert found.date == day


def test_a_day_still_to_come_is_an_entry_marked_ahead_in_every_format(models: Models) -> None:
    """ "Suspended until Tuesday" and "scheduled for Sunday", written on a Friday, are days to
    come: entries marked as such, not things that happened; the past look-alikes on the same
    days of the week are last week's, unmarked."""
    from bylines.render.json import to_json
    from bylines.render.markdown import to_markdown

    friday = "2026-03-06T09:00:00+00:00"
    articles = [
        Article("p1", "Gales drove the Tamsel ferry onto rocks at Orrin Point.\nFerry crossings "
                "to Tamsel Island are suspended until Tuesday.\nExtra flights to the island "
                "are scheduled for Sunday, the airline said.", "Harbour Post",
                published=friday),
        Article("r1", "The Tamsel ferry hit rocks at Orrin Point in a gale.\nThe harbour master "
                "was suspended on Tuesday over an unrelated dispute.\nThe island's school "
                "marked its centenary for the first time on Sunday.", "Coast Radio",
                published=friday),
    ]  # fmt: skip
    report = build_report(articles, models=models)

    def entry(words: str) -> tuple[str, bool]:
        (found,) = [e for e in report.timeline if words in e.text]
        return found.date, found.ahead

    assert entry("Ferry crossings") == ("2026-03-10", True)
    assert entry("Extra flights") == ("2026-03-08", True)
    assert entry("harbour master") == ("2026-03-03", False)
    assert entry("centenary") == ("2026-03-01", False)
    md = to_markdown(report)
    assert "- **10 Mar 2026 (to come when reported)** Ferry crossings" in md
    assert "- **3 Mar 2026** The harbour master" in md
    entries = {e["date"]: e["ahead"] for e in json.loads(to_json(report))["timeline"]}
    assert entries["2026-03-10"] is True and entries["2026-03-03"] is False


def test_a_day_one_article_gives_ahead_and_a_later_one_as_done_is_no_longer_ahead() -> None:
    articles = [
        Article("a", "Flights to Orlen will resume on Monday.", "Harbour Post",
                published="2026-03-06T09:00:00+00:00"),  # a Friday: Monday is ahead
        Article("b", "Flights to Orlen resumed on Monday.", "Coast Radio",
                published="2026-03-10T09:00:00+00:00"),  # the Tuesday after: it happened
        Article("c", "A new terminal at Orlen will open on Thursday.", "Coast Radio",
                published="2026-03-10T09:00:00+00:00"),
        Article("d", "The Orlen council will vote on Tuesday evening.", "Coast Radio",
                published="2026-03-10T09:00:00+00:00"),  # that day: set for it, not after it
    ]  # fmt: skip
    timeline = build_timeline(articles)
    assert [(e.date, e.articles, e.ahead) for e in timeline] == [
        ("2026-03-09", ("a", "b"), False),
        ("2026-03-10", ("d",), False),
        ("2026-03-12", ("c",), True),
    ]
