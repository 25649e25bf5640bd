"""Publication time: from the input, the page's markup, or the stamps the clean stage removed;
ISO 8601 with what is known and no more."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published, normalise, read_stamp
from bylines.ingest.read import article_from_html
from bylines.types import Article

STORY = "The Tolmar dam spillways were opened on Wednesday as the river rose, officials said."


def published(header: str, given: str | None = None) -> str | None:
    article = Article(id="a", text=f"{header}\n{STORY}", source="a", published=given)
    return clean_article(article).published


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Mon, October 6, 2025", "2025-10-06"),  # a date alone stays a date
        ("Published 2 March 2025 09:10", "2025-03-02T09:10:00"),  # no zone given, none invented
        ("March 2, 2025 5:40 p.m. ET", "2025-03-02T17:40:00-05:00"),  # ET in winter
        ("June 19, 2024, 4:30 PM EDT", "2024-06-19T16:30:00-04:00"),
        ("Updated: 9 December 2024, 15:20 GMT", "2024-12-09T15:20:00+00:00"),
        ("Posted Wednesday 8 January 2025 at 11am", "2025-01-08T11:00:00"),
        ("Updated 16:45 GMT", "16:45:00+00:00"),  # a clock time and no date anywhere
        ("Kestrel News | 21.07.2025 | Updated 08:15 (GMT+3)", "2025-07-21T08:15:00+03:00"),
        ("2025年3月2日", "2025-03-02"),
    ],
)
def test_time_is_read_from_the_page_stamp(header: str, expected: str) -> None:
    assert published(header) == expected


def test_updated_stamp_wins_and_borrows_the_date_line() -> None:
    header = "Live · Updated 14:02 BST\n2 March 2025"
    assert published(header) == "2025-03-02T14:02:00+01:00"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the masthead's day and the byline's clock time
        (
            "TOLMAR COURIER * News * Wednesday 14 May 2025\nBy Ada Roos | filed 16:45",
            "2025-05-14T16:45:00",
        ),
        (
            "Veralia Post | Wednesday 14 May 2025\nAda Roos, river correspondent · 18:10",
            "2025-05-14T18:10:00",
        ),
        ("Veralia Post | Wednesday 14 May 2025\n4:45pm ET", "2025-05-14T16:45:00-04:00"),
        ("Veralia Post | Wednesday 14 May 2025\nBy Ada Roos, 16:45", "2025-05-14T16:45:00"),
        # a clock time beside another day is not this day's, nor a link's or a ticker's
        ("Wednesday 14 May 2025\nSirens sound at 03:15 as river tops banks", "2025-05-14"),
        ("Wednesday 14 May 2025\nSunrise 05:12 | Sunset 20:51", "2025-05-14"),
        ("Wednesday 14 May 2025\nFirst published Tuesday 13 May 2025 at 21:00", "2025-05-14"),
    ],
)
def test_a_day_takes_the_clock_time_of_another_line(header: str, expected: str) -> None:
    assert published(f"Spillways opened on the Tolmar\n{header}") == expected


def test_et_follows_daylight_saving() -> None:
    assert published("July 2, 2025 5:40 p.m. ET") == "2025-07-02T17:40:00-04:00"


def test_a_date_in_a_story_sentence_is_not_the_publication_time() -> None:
    text = f"The vote on March 2, 2025 at 10:00 GMT was close.\n{STORY}"
    assert clean_article(Article(id="a", text=text, source="a")).published is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-03-02", "2025-03-02"),
        ("2025-03-02T09:10:00+0100", "2025-03-02T09:10:00+01:00"),
        ("2025-03-02T00:00:00", "2025-03-02"),  # htmldate's way of writing a date alone
        ("2 March 2025", "2025-03-02"),
        ("Mon, 02 Mar 2025 09:10:00 +0100", "2025-03-02T09:10:00+01:00"),  # RFC 2822, as feeds
        ("2025-03-02T09:10:00Z", "2025-03-02T09:10:00+00:00"),
    ],
)
def test_given_time_is_normalised(given: str, expected: str) -> None:
    assert normalise(given) == expected
    assert published("", given) == expected


def test_given_value_that_is_not_a_date_is_kept_as_given() -> None:
    assert find_published("last spring", ()) == "last spring"


def test_markup_time_keeps_clock_and_offset() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2025-03-02T09:10:00+01:00">'
        "<title>Dam opens spillways</title></head><body><article><h1>Dam opens spillways</h1>"
        f"<p>{STORY}</p><p>About 1,200 residents of low-lying villages were moved overnight.</p>"
        "</article></body></html>"
    )
    assert article_from_html(html, "dam").published == "2025-03-02T09:10:00+01:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2 марта 2025\nОператор парома приостановил все рейсы в воскресенье после того, как "
            "инспекторы обнаружили трещину в корпусе судна.",
            "2025-03-02",
        ),
        (
            "Mis à jour le 17 août 2025 | 12h30\nQuelque 2 000 personnes ont été évacuées dimanche "
            "près de la ville, en raison d'un incendie qui a déjà brûlé 900 hectares.",
            "2025-08-17T12:30:00",
        ),
    ],
)
def test_month_names_in_the_article_language(text: str, expected: str) -> None:
    assert clean_article(Article(id="a", text=text, source="a")).published == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Posted 12 / 19 / 2005 3:36 PM", "2005-12-19T15:36:00"),  # month first: 19 is a day
        ("19/12/2005", "2005-12-19"),  # day first
        ("Posted 05/02/2007", None),  # either order: not read
        ("8: 56am Monday 10th June 2013", "2013-06-10T08:56:00"),  # a scraper's spacing
    ],
)
def test_numeric_dates_are_read_only_when_their_order_shows(
    stamp: str, expected: str | None
) -> None:
    assert find_published(None, [stamp]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Save · Share · Listen 4:48",
        "Watch: the rescue (2:14)",
        "Audio 12:05",
        "Podcast · 38:10",
    ],
)
def test_the_length_of_a_clip_is_no_clock_time(line: str) -> None:
    assert read_stamp(line) is None


def test_a_clock_time_after_other_words_is_still_read() -> None:
    stamp = read_stamp("Posted by the night desk 16:45 GMT")
    assert stamp is not None and stamp.time is not None
    assert (stamp.time.hour, stamp.time.minute, stamp.zone) == (16, 45, "GMT")


@pytest.mark.parametrize(
    "trailer",
    [
        "Next: Harbour Tonight at 18:30 on Coastline One",
        "Coming up at 13:00: the minister live from the quay",
        "Next bulletin at 15:00",
        "Next on Coastline One: Harbour Tonight at 18:30",
        "Coming up on Coastline One at 18:30: Harbour Tonight",
    ],
)
def test_a_trailer_for_a_later_programme_is_not_the_publication_time(trailer: str) -> None:
    stamp = "Coastline One · Wednesday 26 May 2027 · 12:40"
    assert find_published(None, [trailer, stamp]) == "2027-05-26T12:40:00"
    assert find_published(None, [stamp, trailer]) == "2027-05-26T12:40:00"
