"""Stories in the web service, through FastAPI's test client (real app, stores and pipelines).

Every article is invented: a warehouse fire in one made-up town and a ferry strike in another,
told by made-up outlets; one article carries markup that must come out escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bylines.models import Models, load_models
from bylines.options import ReportOptions
from bylines.web.app import create_app
from bylines.web.service import WebConfig
from bylines.web.stories import stories_path
from conftest import make_fetcher

OPTIONS = ReportOptions(embedder="tfidf", entities="rules")
ERROR_KEYS = {"status", "code", "message", "details"}

FIRE = [
    (
        "fire-1",
        "Brennet Gazette",
        "Fire destroys Oskarby grain warehouse",
        "A fire destroyed the grain warehouse on Mallow Quay in Oskarby on Monday night, fire "
        "chief Petra Lindqvist said. Forty firefighters fought the blaze for six hours. "
        "Nobody was hurt, but 3,000 tonnes of barley were lost, the Oskarby harbour board said.",
    ),
    (
        "fire-2",
        "Valley Herald",
        "Oskarby warehouse blaze: 3,000 tonnes of barley lost",
        "Fire chief Petra Lindqvist said the Mallow Quay warehouse in Oskarby burned for six hours "
        "on Monday night. The harbour board said 3,000 tonnes of barley were lost and that nobody "
        "was injured. Forty firefighters were sent.",
    ),
    (
        "fire-3",
        "Coast <b>Radio</b>",
        "Cause of Oskarby quay fire <script>x</script> unknown",
        "Investigators have not found the cause of Monday's fire at the Mallow Quay grain "
        "warehouse in Oskarby, fire chief Petra Lindqvist said. The harbour board put the loss at "
        "3,000 tonnes of barley <script>alert(1)</script>.",
    ),
]
STRIKE = [
    (
        "strike-1",
        "Island Courier",
        "Ferry crews on Tessaly strike for 48 hours",
        "Ferry crews on the Tessaly crossing began a 48-hour strike on Wednesday over pay, the "
        "Maritime Union said. Union leader Joran Vesk said twelve sailings a day were cancelled "
        "between Port Amsel and Tessaly.",
    ),
    (
        "strike-2",
        "Northern Daily",
        "Tessaly ferries halted as crews walk out",
        "No ferries ran between Port Amsel and Tessaly on Wednesday as crews started a 48-hour "
        "strike over pay. Joran Vesk of the Maritime Union said twelve sailings a day were lost.",
    ),
]


def payload(rows: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    return {
        "articles": [
            {"id": i, "source": s, "title": t, "text": x, "published": "2026-05-04T08:00:00"}
            for i, s, t, x in rows
        ]
    }


def assert_error(response: Any, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["code"] == code


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models(OPTIONS)


def make_client(models: Models, db: Path, listing: bool = True) -> TestClient:
    config = WebConfig(
        db_path=db, options=OPTIONS, max_articles=6, max_bytes=60_000, listing=listing
    )
    return TestClient(
        create_app(config, models=models, fetcher=make_fetcher()), raise_server_exceptions=False
    )


@pytest.fixture(scope="module")
def client(models: Models, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("web-stories") / "reports.sqlite3"
    with make_client(models, db) as test_client:
        first = test_client.post("/api/stories/articles", json=payload(FIRE + STRIKE[:1]))
        assert first.status_code == 201, first.text
        yield test_client


def story_of(stories: list[dict[str, Any]], article: str) -> dict[str, Any]:
    (found,) = [s for s in stories if article in s["articles"]]
    return found


def test_articles_of_two_events_become_two_stories(client: TestClient) -> None:
    listed = client.get("/api/stories").json()
    assert listed["schema"] == "bylines.stories/2"
    assert listed["in_database"] == 2  # what the database holds, beside what is listed
    assert len(client.get("/api/stories?limit=1").json()["stories"]) == 1
    stories = listed["stories"]
    placed = sorted(a for s in stories for a in s["articles"])
    assert placed == sorted(["fire-1", "fire-2", "fire-3", "strike-1"])  # each exactly once
    assert sorted(story_of(stories, "fire-1")["articles"]) == ["fire-1", "fire-2", "fire-3"]
    assert story_of(stories, "strike-1")["articles"] == ["strike-1"]
    assert stories[0]["articles"][0].startswith("fire")  # the most covered first
    assert stories[0]["counts"] == {
        "articles": 3, "independent": 3, "outlets": 3, "unknown_outlet": 0, "undated": 0
    }  # fmt: skip


def test_a_later_article_joins_its_story_and_keeps_the_id(client: TestClient) -> None:
    before = story_of(client.get("/api/stories").json()["stories"], "strike-1")
    added = client.post("/api/stories/articles", json=payload(STRIKE[1:]))
    assert added.status_code == 201
    (touched,) = added.json()["stories"]
    assert touched["id"] == before["id"]
    assert touched["articles"] == ["strike-1", "strike-2"]
    again = client.post("/api/stories/articles", json=payload(STRIKE[1:]))  # sent twice
    assert again.json()["stories"][0]["articles"] == ["strike-1", "strike-2"]


def test_one_story_comes_with_its_briefing(client: TestClient) -> None:
    fire = story_of(client.get("/api/stories").json()["stories"], "fire-1")
    body = client.get(f"/api/stories/{fire['id']}").json()
    assert body["story"]["id"] == fire["id"]
    assert body["briefing"]["schema"] == "bylines.report/1"
    assert [a["id"] for a in body["briefing"]["articles"]] == fire["articles"]
    assert body["briefing"]["summary"]
    assert_error(client.get("/api/stories/no-such-story"), 404, "not_found")


def test_front_page_lists_stories_escaped(client: TestClient) -> None:
    page = client.get("/stories")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "script-src" not in page.headers["content-security-policy"]
    html = page.text
    fire = story_of(client.get("/api/stories").json()["stories"], "fire-1")
    assert f'href="/stories/{fire["id"]}"' in html
    assert "3 articles, 3 independent reports, 3 outlets" in html
    assert "Coast &lt;b&gt;Radio&lt;/b&gt;" in html and "<b>Radio" not in html
    assert "last published <time" in html


def test_story_page_shows_briefing_timeline_and_articles(client: TestClient) -> None:
    fire = story_of(client.get("/api/stories").json()["stories"], "fire-1")
    page = client.get(f"/stories/{fire['id']}", headers={"accept": "text/html"})
    assert page.status_code == 200
    html = page.text
    for section in ('id="story"', 'id="report"', 'id="timeline"', 'id="articles"'):
        assert html.count(section) == 1  # the timeline is the briefing's, shown once
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Valley Herald" in html
    missing = client.get("/stories/nope", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_bad_additions_get_the_one_error_shape(client: TestClient) -> None:
    assert_error(client.post("/api/stories/articles", json={"articles": []}), 422, "empty")
    too_many = payload(FIRE + FIRE + FIRE)
    assert_error(client.post("/api/stories/articles", json=too_many), 422, "too_many_articles")
    keep = {**payload(FIRE[:1]), "keep_days": 3}
    assert_error(client.post("/api/stories/articles", json=keep), 422, "invalid_request")
    big = {"articles": [{"text": "word " * 20_000}]}
    assert_error(client.post("/api/stories/articles", json=big), 413, "too_large")
    assert_error(
        client.post("/api/stories/articles", content=b"x", headers={"content-type": "text/plain"}),
        415,
        "unsupported_media_type",
    )


def test_multipart_upload_adds_articles(models: Models, tmp_path: Path) -> None:
    keys = ("id", "source", "title", "text")
    lines = "\n".join(json.dumps(dict(zip(keys, row, strict=True))) for row in STRIKE)
    with make_client(models, tmp_path / "r.sqlite3") as client:
        response = client.post(
            "/api/stories/articles", files=[("files", ("stream.jsonl", lines.encode()))]
        )
        assert response.status_code == 201, response.text
        (story,) = response.json()["stories"]
        assert story["articles"] == ["strike-1", "strike-2"]
    assert stories_path(tmp_path / "r.sqlite3").is_file()  # beside the reports database


def test_no_listing_hides_the_lists_not_the_stories(models: Models, tmp_path: Path) -> None:
    with make_client(models, tmp_path / "r.sqlite3", listing=False) as client:
        added = client.post("/api/stories/articles", json=payload(STRIKE))
        story_id = added.json()["stories"][0]["id"]
        hidden = client.get("/api/stories")
        assert_error(hidden, 404, "not_found")
        assert hidden.json()["error"]["message"] == "this service does not list its stories"
        front = client.get("/stories", headers={"accept": "text/html"})
        assert front.status_code == 404 and "does not list its stories" in front.text
        assert "does not list its reports" in client.get("/api/reports").text
        page = client.get(f"/stories/{story_id}")
        assert page.status_code == 200
        assert 'href="/stories"' not in page.text


def test_a_story_page_served_marks_the_story_shown(tmp_path: Path) -> None:
    """What the service serves of a story is then "shown": a report placed after the view is
    listed as new on the next one, and nothing placed before it."""
    from datetime import UTC, datetime, timedelta

    from bylines.stories.pipeline import group_stories
    from bylines.types import Article
    from bylines.web.stories import StoriesDesk

    desk = StoriesDesk(tmp_path / "stories.sqlite3")
    fire = [Article(a["id"], a["text"], a["source"]) for a in payload(FIRE)["articles"]]
    with desk.open() as store:
        group_stories(fire[:2], store, now=datetime.now(UTC) - timedelta(days=1))
    (story,) = desk.front()
    viewed = desk.story(story.id)
    assert viewed is not None and viewed.new is None  # never shown: everything is new
    assert desk.story(story.id) == viewed  # read, not yet served: still never shown
    desk.shown(viewed)  # the page was served with its briefing
    with desk.open() as store:  # a later poll, after the view
        group_stories(fire[2:], store, now=datetime.now(UTC) + timedelta(days=1))
    later = desk.story(story.id)
    assert later is not None and later.new is not None
    assert later.new.outlets == (fire[2].source,)


def test_a_story_page_lists_an_article_no_outlet_names_as_outlet_unknown(
    models: Models, tmp_path: Path
) -> None:
    """An article sent without an outlet is labelled by its headline's first words; beside its
    title in the list of articles that label only repeated the title ("… — Tessaly ferries
    halted…"): the list says the outlet is unknown, and a named one keeps its name."""
    rows = [{"id": i, "title": t, "text": x} for i, _, t, x in STRIKE]
    rows[0]["source"] = STRIKE[0][1]
    with make_client(models, tmp_path / "r.sqlite3") as client:
        response = client.post("/api/stories/articles", json={"articles": rows})
        assert response.status_code == 201, response.text
        (story,) = response.json()["stories"]
        html = client.get(f"/stories/{story['id']}", headers={"accept": "text/html"}).text
    articles = html[html.index('id="articles"') :]
    assert "Ferry crews on Tessaly strike for 48 hours — Island Courier" in articles
    assert "Tessaly ferries halted as crews walk out — outlet unknown" in articles
    assert "Tessaly ferries halted…" not in articles
