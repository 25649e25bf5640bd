"""Hostile inputs of the fifth round (hostile35): time zones no clock keeps. All text is
invented."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bylines.cli import main
from bylines.errors import InputError
from bylines.ingest.clean import clean_article
from bylines.ingest.published import given_time, read_stamp
from bylines.ingest.read import (
    CROWDED_TAG_RE,
    MAX_TAG_ATTRIBUTES,
    _bare_if_crowded,
    article_from_html,
    article_from_text,
)
from bylines.models import load_models
from bylines.options import ReportOptions
from bylines.web.app import create_app
from bylines.web.service import WebConfig
from conftest import make_fetcher
from hostile import GOOD

FAST = ["--embedder", "tfidf", "--entities", "rules"]
OPTIONS = ReportOptions(embedder="tfidf", entities="rules")
STORY = GOOD["harbour-wire.txt"].split("\n\n", 1)[1]


@pytest.mark.parametrize(
    ("given", "read"),
    [
        # past the world's offsets (UTC-12:00 to UTC+14:00): the date and clock, with no zone
        ("2026-03-03T10:00:00+25:00", "2026-03-03T10:00:00"),
        ("3 March 2026 10:00 GMT+25", "2026-03-03T10:00:00"),
        ("3 March 2026 10:00 UTC-13", "2026-03-03T10:00:00"),
        ("3 March 2026 10:00 +2500", "2026-03-03T10:00:00"),
        ("3 March 2026 10:00 UTC+05:75", "2026-03-03T10:00:00"),  # no hour has 75 minutes
        # near-misses: the offsets at the world's ends, and in minutes, are read as before
        ("3 March 2026 10:00 UTC+14", "2026-03-03T10:00:00+14:00"),
        ("2026-03-03T10:00:00-12:00", "2026-03-03T10:00:00-12:00"),
        ("3 March 2026 10:00 GMT+5:30", "2026-03-03T10:00:00+05:30"),
        ("3 March 2026 10:00 +0545", "2026-03-03T10:00:00+05:45"),
        ("3 March 2026 10:00 EST", "2026-03-03T10:00:00-05:00"),
        ("3 March 2026 10:00 ET", "2026-03-03T10:00:00-05:00"),
    ],
)
def test_a_zone_no_clock_keeps_leaves_the_date_and_clock_without_a_zone(
    given: str, read: str
) -> None:
    """dt.timezone refuses an offset of a day or more: 'GMT+25' raised out of the reader."""
    assert given_time(given) == read


def test_a_stamp_line_with_an_impossible_zone_is_still_a_stamp() -> None:
    stamp = read_stamp("Published 3 March 2026 10:00 GMT+25")
    assert stamp is not None and stamp.zone is None
    assert (stamp.date.isoformat(), stamp.time.isoformat()) == ("2026-03-03", "10:00:00")


def test_a_dateline_with_an_impossible_zone_loses_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole run ended in 'internal error' (exit 2, no briefing): every article was lost."""
    for name, text in GOOD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    dateline = f"Ferry fire in Pellmouth\n\nPublished 3 March 2026 10:00 GMT+25\n\n{STORY}"
    (tmp_path / "zone.txt").write_text(dateline, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["report", str(tmp_path), "-o", str(out), *FAST]) == 0
    assert capsys.readouterr().err == ""
    articles = {a["id"]: a for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert len(articles) == 4
    assert articles["zone"]["published"] == "2026-03-03T10:00:00"


def test_a_jsonl_published_time_with_an_impossible_zone_keeps_its_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The line was skipped whole, named with Python's own message about timedelta."""
    records = [
        {"id": "plus-25", "published": "2026-03-03T10:00:00+25:00", "text": STORY},
        {"id": "plus-2", "published": "2026-03-03T10:00:00+02:00", "text": GOOD["north-radio.txt"]},
    ]
    path = tmp_path / "zones.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["report", str(path), "-o", str(out), *FAST]) == 0
    assert capsys.readouterr().err == ""
    articles = json.loads(out.read_text(encoding="utf-8"))["articles"]
    published = {a["id"]: a["published"] for a in articles}
    assert published == {"plus-25": "2026-03-03T10:00:00", "plus-2": "2026-03-03T10:00:00+02:00"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    config = WebConfig(db_path=tmp_path_factory.mktemp("web") / "r.sqlite3", options=OPTIONS)
    app = create_app(config, models=load_models(OPTIONS), fetcher=make_fetcher())
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def zoned_articles() -> list[dict[str, str]]:
    articles = [{"id": Path(n).stem, "text": t} for n, t in GOOD.items()]
    return [*articles, {"id": "zone", "text": STORY, "published": "2026-03-03T10:00:00+25:00"}]


def test_a_report_given_a_time_with_an_impossible_zone_is_no_http_500(client: TestClient) -> None:
    response = client.post("/api/reports", json={"articles": zoned_articles()})
    assert response.status_code == 201, response.text
    published = {a["id"]: a["published"] for a in response.json()["articles"]}
    assert len(published) == 4 and published["zone"] == "2026-03-03T10:00:00"


def test_stories_given_a_time_with_an_impossible_zone_are_no_http_500(client: TestClient) -> None:
    response = client.post("/api/stories/articles", json={"articles": zoned_articles()})
    assert response.status_code == 201, response.text
    placed = [a for story in response.json()["stories"] for a in story["articles"]]
    assert "zone" in placed and response.json()["skipped"] == []


def crowded_page(attributes: str) -> str:
    return f"<html><head><title>Ferry</title></head><body><p {attributes}>{STORY}</p></body></html>"


@pytest.mark.parametrize("closed", [True, False], ids=["closed", "left open"])
def test_a_tag_of_more_attributes_than_the_limit_keeps_its_text(closed: bool) -> None:
    """The parser compared each attribute with those before it: 100,000 took over six minutes.
    The tag is read bare, its text kept."""
    attributes = " ".join(f"data-n{n}=1" for n in range(20_000))
    page = crowded_page(attributes) if closed else f"<html><body><p>{STORY}</p><p {attributes}"
    article = article_from_html(page, "crowded")
    assert "The ferry Marisol was carrying 212 passengers." in article.text


@pytest.mark.parametrize(
    "tag",
    [
        # as many attributes as the limit, a long class list, and a long quoted value with '>'
        "<p " + " ".join(f"a{n}=1" for n in range(MAX_TAG_ATTRIBUTES)) + ">",
        '<p class="' + " ".join(f"c{n}" for n in range(200)) + '" id="x">',
        "<img alt='" + "word " * 100 + '\' src="a.jpg">',
        # a '<' in running text, no tag: left to the parser as it was
        "x <y and " + "word " * 100 + " <b>",
    ],
)
def test_tags_within_the_attribute_limit_and_text_are_left_as_they_are(tag: str) -> None:
    assert CROWDED_TAG_RE.sub(_bare_if_crowded, tag) == tag


def test_a_tag_one_attribute_past_the_limit_is_its_name_alone() -> None:
    tag = "<p " + " ".join(f"a{n}" for n in range(MAX_TAG_ATTRIBUTES + 1)) + ">text</p>"
    assert CROWDED_TAG_RE.sub(_bare_if_crowded, tag) == "<p>text</p>"


def test_many_short_paragraphs_are_cleaned_each_kept_once() -> None:
    """Removing the page lines compared each line with each kept one (12,500 took 97 s); the
    story's lines are kept and the page's removed, each once."""
    notes = [f"Pellmouth harbour note {n}." for n in range(3000)]
    page = ["Subscribe now", *notes, "Share this article", "Follow us on Twitter"]
    cleaned = clean_article(article_from_text("\n\n".join(page), "notes"))
    assert cleaned.text.split("\n") == notes
    assert cleaned.removed == ("Subscribe now", "Share this article", "Follow us on Twitter")


@pytest.mark.parametrize(
    "fragment",
    [
        f"<p>{STORY}</p>",
        f"<article><h1>Ferry fire</h1><p>{STORY}</p></article>",
        f"<div>{STORY}</div>",
    ],
)
def test_a_file_of_one_bare_html_element_is_read_as_a_page(fragment: str) -> None:
    """A story's body saved alone ('<p>...</p>') was 'no article text found in the HTML'."""
    assert STORY in article_from_html(fragment, "fragment").text


@pytest.mark.parametrize(
    "page",
    ["<script>render()</script>", "<html><body><script>render()</script></body></html>"],
)
def test_a_fragment_or_a_page_with_no_text_is_still_no_article(page: str) -> None:
    with pytest.raises(InputError, match="no article text found"):
        article_from_html(page, "empty")
