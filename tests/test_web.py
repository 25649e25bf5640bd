"""The web service through FastAPI's test client (the real app, real store, real pipeline)."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bylines.models import Models, load_models
from bylines.options import ReportOptions
from bylines.web.app import create_app
from bylines.web.service import (
    Submission,
    WebConfig,
    briefing_title,
    gather,
    pasted_articles,
    url_list,
)
from conftest import make_fetcher
from httpserver import HOSTILE_TEXT, STORIES, Site

OPTIONS = ReportOptions(embedder="tfidf", entities="rules")
ERROR_KEYS = {"status", "code", "message", "details"}


def story_text(slug: str) -> str:
    return " ".join(STORIES[slug][3])


def story_articles() -> list[dict[str, str]]:
    return [
        {
            "id": slug,
            "source": STORIES[slug][0],
            "title": STORIES[slug][1],
            "text": story_text(slug),
        }
        for slug in STORIES
    ]


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models(OPTIONS)


@pytest.fixture(scope="module")
def client(models: Models, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    config = WebConfig(
        db_path=tmp_path_factory.mktemp("web") / "reports.sqlite3",
        options=OPTIONS,
        max_articles=6,
        max_bytes=60_000,
        max_running=1,
        max_waiting=1,
    )
    app = create_app(config, models=models, fetcher=make_fetcher())
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """Every failure has exactly this shape; this pins it."""
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], list)
    return dict(body["error"])


def test_post_json_returns_the_report_with_its_id(client: TestClient) -> None:
    response = client.post("/api/reports", json={"articles": story_articles()})
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/api/reports/{body['id']}"
    assert body["schema"] == "bylines.report/1"
    assert [a["id"] for a in body["articles"]] == list(STORIES)
    assert [a["source"] for a in body["articles"]] == [s[0] for s in STORIES.values()]
    assert body["summary"] and body["claims"]
    assert body["skipped"] == []

    stored = client.get(f"/api/reports/{body['id']}").json()
    assert stored.pop("created")
    # The delete link is given once, to whoever made the report; nobody reading it sees it.
    assert body.pop("delete_url").startswith(f"/reports/{body['id']}/delete?secret=")
    assert stored == body

    listed = client.get("/api/reports").json()["reports"]
    assert listed[0]["id"] == body["id"]
    assert listed[0]["articles"] == 3
    assert listed[0]["title"] == STORIES["harbour-bridge"][1]


def test_the_page_and_the_listing_count_the_articles_the_briefing_is_made_from(
    client: TestClient,
) -> None:
    """An article clean leaves empty is a skipped input, not one of the briefing's reports: the
    page's toolbar and the listing count what the briefing says it is made from."""
    furniture = "Share this article\nSign up for our newsletter.\nComments (3)"
    articles = [*story_articles()[:2], {"id": "furniture", "text": furniture}]
    response = client.post("/api/reports", json={"articles": articles})
    assert response.status_code == 201
    body = response.json()
    assert [a["id"] for a in body["articles"]] == [a["id"] for a in articles[:2]]
    assert [s["name"] for s in body["skipped"]] == ["furniture"]
    listed = client.get("/api/reports").json()["reports"]
    assert next(r for r in listed if r["id"] == body["id"])["articles"] == 2
    page = client.get(f"/reports/{body['id']}").text
    assert "Briefing from 2 reports" in page and "A briefing from 2 reports" in page


def test_a_disputed_figure_with_no_upper_end_is_answered_not_a_500(client: TestClient) -> None:
    """A toll given as a floor ("At least 30") against another outlet's 12: the API answers
    201 with null for the floor's missing end (its encoder refuses a non-finite number)."""
    articles = [
        {
            "id": "coast",
            "text": "At least 30 people were killed when a storm hit the coast of Varnia on "
            "Tuesday, officials said.",
        },
        {"id": "wire", "text": "A storm killed 12 people on the coast of Varnia on Tuesday."},
    ]
    response = client.post("/api/reports", json={"articles": articles})
    assert response.status_code == 201
    highs = [p["high"] for s in response.json()["summary"] for p in s["disputed"]]
    assert None in highs


def test_an_html_page_posted_as_text_is_read_as_a_page(client: TestClient) -> None:
    page = (Path(__file__).parent / "fixtures" / "harbour.html").read_text(encoding="utf-8")
    articles = [{"text": page}, *story_articles()[:1]]
    response = client.post("/api/reports", json={"articles": articles})
    assert response.status_code == 201
    read = response.json()["articles"][0]
    assert read["source"] == "The Coastal Gazette"  # from the page's site name
    assert read["title"] == "Harbour bridge reopens after repairs"
    assert "<" not in read["text"] and "og:site_name" not in read["text"]
    assert "forty steel cables" in read["text"]
    named = client.post("/api/reports", json={"articles": [{"text": page, "source": "Gazette"}]})
    assert named.json()["articles"][0]["source"] == "Gazette"  # the sender's name wins


def test_report_page_shows_summary_with_citations_and_sources(client: TestClient) -> None:
    report = client.post("/api/reports", json={"articles": story_articles()}).json()
    page = client.get(f"/reports/{report['id']}")
    assert page.status_code == 200
    assert "script-src" not in page.headers["content-security-policy"]  # no script allowed
    assert "default-src 'none'" in page.headers["content-security-policy"]
    html = page.text
    first = report["summary"][0]
    assert first["text"].split()[0] in html
    for article in report["articles"]:
        assert article["source"] in html
    assert 'href="#s1-' in html  # a citation jumps to a sentence of source 1
    assert 'id="s1-0"' in html
    assert html.count("<main") == 1
    export = client.get(f"/reports/{report['id']}/export.html")
    assert export.status_code == 200
    assert "attachment" in export.headers["content-disposition"]


def test_urls_are_fetched_and_failures_listed(client: TestClient, site: Site) -> None:
    urls = [
        site.url("/harbour-bridge.html", host="public.test"),
        site.url("/bridge-opens.html", host="public.test"),
        site.url("/to-loopback", host="public.test"),
        site.url("/nothing", host="public.test"),
        "file:///etc/passwd",
    ]
    response = client.post(
        "/api/reports", json={"urls": urls, "articles": [{"text": story_text("crossing-ready")}]}
    )
    assert response.status_code == 201
    body = response.json()
    assert [a["id"] for a in body["articles"]] == ["text-1", "harbour-bridge", "bridge-opens"]
    assert body["articles"][1]["source"] == "Lorvik Post"
    reasons = {s["name"]: s["reason"] for s in body["skipped"]}
    assert "loopback" in reasons[urls[2]]
    assert reasons[urls[3]] == "HTTP 404"
    assert reasons[urls[4]].startswith("refused: only http and https")


def test_nothing_readable_is_422_with_every_reason(client: TestClient, site: Site) -> None:
    urls = [
        site.url("/to-metadata", host="public.test"),
        site.url("/image.png", host="public.test"),
    ]
    error = assert_error(client.post("/api/reports", json={"urls": urls}), 422, "nothing_readable")
    assert [d["name"] for d in error["details"]] == urls
    assert "metadata" in error["details"][0]["reason"]


def test_multipart_uploads_and_pasted_texts(client: TestClient) -> None:
    html = "<html><head><title>Crossing ready</title></head><body><article>"
    html += (
        "".join(f"<p>{p}</p>" for p in STORIES["crossing-ready"][3]) + "</article></body></html>"
    )
    files = [
        ("files", ("harbour-bridge.txt", story_text("harbour-bridge").encode(), "text/plain")),
        ("files", ("../../crossing ready.html", html.encode(), "text/html")),
    ]
    data = {"texts": story_text("bridge-opens"), "urls": ""}
    response = client.post("/api/reports", files=files, data=data)
    assert response.status_code == 201, response.text
    ids = [a["id"] for a in response.json()["articles"]]
    assert ids[0] == "pasted-1"
    assert "harbour-bridge" in ids
    assert len(ids) == 3


def test_pasted_uploaded_fetched_in_that_order_for_reports_and_stories(
    client: TestClient, site: Site
) -> None:
    url = site.url("/harbour-bridge.html", host="public.test")
    files = [("files", ("crossing.txt", story_text("crossing-ready").encode(), "text/plain"))]
    data = {"texts": story_text("bridge-opens"), "urls": url}
    response = client.post("/api/reports", files=files, data=data)
    assert response.status_code == 201, response.text
    order = ["pasted-1", "crossing", "harbour-bridge"]
    assert [a["id"] for a in response.json()["articles"]] == order
    submission = Submission(
        articles=pasted_articles([story_text("bridge-opens")]),
        urls=(url,),
        uploads=(("crossing.txt", story_text("crossing-ready").encode()),),
    )
    assert [a.id for a in gather(submission, make_fetcher(), workers=2).articles] == order


def test_unreadable_uploads_are_skipped_by_their_own_name(client: TestClient) -> None:
    files = [
        ("files", ("notes.txt", story_text("harbour-bridge").encode(), "text/plain")),
        ("files", ("scan.txt", bytes(range(256)) * 8, "text/plain")),
        ("files", ("empty.txt", b"", "text/plain")),
    ]
    response = client.post("/api/reports", files=files)
    assert response.status_code == 201, response.text
    body = response.json()
    assert [a["id"] for a in body["articles"]] == ["notes"]
    assert [s["name"] for s in body["skipped"]] == ["scan.txt", "empty.txt"]
    assert all("bylines-upload-" not in s["reason"] for s in body["skipped"])


def test_hostile_markup_is_shown_as_text(client: TestClient) -> None:
    text = " ".join(HOSTILE_TEXT)
    articles = [
        {"id": "museum", "source": "<b>Evil</b> Outlet", "text": text, "url": "javascript:alert(1)"}
    ]
    report = client.post("/api/reports", json={"articles": articles}).json()
    for path in (f"/reports/{report['id']}", f"/reports/{report['id']}/export.html"):
        html = client.get(path).text
        assert "<script>alert" not in html
        assert "onerror=" not in html.replace("onerror=&quot;", "")
        assert "<b>Evil</b>" not in html
        assert 'href="javascript:' not in html
    page = client.get(f"/reports/{report['id']}").text
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


def test_form_post_redirects_to_the_page(client: TestClient) -> None:
    texts = "\n---\n".join(story_text(slug) for slug in STORIES)
    response = client.post(
        "/reports", data={"texts": texts, "urls": ""}, files=[], follow_redirects=False
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    assert "Briefing from 3 reports" in page.text


def test_form_errors_come_back_in_the_form(client: TestClient) -> None:
    response = client.post("/reports", data={"texts": "  ", "urls": "  "}, files=[])
    assert response.status_code == 422
    assert 'role="alert">nothing to report' in response.text
    assert '<form class="card"' in response.text


def test_pages_and_docs_are_served(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200
    assert '<label for="urls">' in home.text and 'name="viewport"' in home.text
    assert client.get("/reports").status_code == 200
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/reports"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    assert body["application/json"]["schema"]["properties"]["articles"]["items"]["required"] == [
        "text"
    ]


# --- the one error shape -------------------------------------------------------------------


def test_bad_query_parameters_are_422(client: TestClient) -> None:
    error = assert_error(client.get("/api/reports?limit=many"), 422, "invalid_request")
    assert error["details"][0]["loc"] == ["query", "limit"]


def test_too_large_form_gets_an_html_page(client: TestClient) -> None:
    response = client.post(
        "/reports", data={"texts": "word " * 20_000}, headers={"accept": "text/html"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "the request is too large" in response.text


def test_unknown_report_and_route_are_404(client: TestClient) -> None:
    assert_error(client.get("/api/reports/nope"), 404, "not_found")
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    page = client.get("/reports/nope", headers={"accept": "text/html"})
    assert page.status_code == 404
    assert "no briefing at this address" in page.text


@pytest.mark.parametrize(
    "path",
    ["/reports/nope", "/reports/nope/export.html", "/reports/a/b", "/reports/%3Cscript%3Ex"],
)
def test_an_unknown_report_is_an_html_page_for_a_browser_and_json_for_a_client(
    client: TestClient, path: str
) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = client.get(path, headers={"accept": browser})
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>Not found (404)</h1>" in page.text and "<script>" not in page.text
    for accept in ("application/json", "*/*", ""):
        assert_error(client.get(path, headers={"accept": accept}), 404, "not_found")


def test_wrong_method_is_405(client: TestClient) -> None:
    assert_error(client.delete("/api/reports"), 405, "method_not_allowed")


def test_invalid_json_bodies_are_422(client: TestClient) -> None:
    error = assert_error(
        client.post("/api/reports", json={"articles": [{"title": "no text"}]}),
        422,
        "invalid_request",
    )
    assert error["details"][0]["loc"] == ["articles", 0, "text"]
    assert_error(
        client.post("/api/reports", json={"articles": [{"text": ""}]}), 422, "invalid_request"
    )
    assert_error(client.post("/api/reports", json={"unknown": 1}), 422, "invalid_request")
    bad_json = client.post(
        "/api/reports", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_error(bad_json, 422, "invalid_request")
    assert_error(client.post("/api/reports", json={}), 422, "empty")


def test_too_many_articles_is_422(client: TestClient) -> None:
    articles = [{"text": f"Sentence number {n} of the test."} for n in range(7)]
    error = assert_error(
        client.post("/api/reports", json={"articles": articles}), 422, "too_many_articles"
    )
    assert error["message"] == "too many articles (7); the limit is 6"


def test_too_many_bytes_is_413(client: TestClient) -> None:
    big = [{"text": "word " * 13_000}]
    error = assert_error(client.post("/api/reports", json={"articles": big}), 413, "too_large")
    assert "the limit is 60000 bytes" in error["message"]


def test_streamed_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"articles": [{"text": "'
        for _ in range(20):
            yield b"x" * 5_000
        yield b'"}]}'

    response = client.post(
        "/api/reports", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "too_large")


def test_unsupported_media_type_is_415(client: TestClient) -> None:
    response = client.post("/api/reports", content=b"text", headers={"content-type": "text/plain"})
    assert_error(response, 415, "unsupported_media_type")


def test_busy_service_answers_429(client: TestClient) -> None:
    state = client.app.state.bylines  # type: ignore[attr-defined]
    state.admitted = 2  # max_running 1 + max_waiting 1 are taken
    try:
        response = client.post("/api/reports", json={"articles": story_articles()})
    finally:
        state.admitted = 0
    error = assert_error(response, 429, "busy")
    assert response.headers["retry-after"] == "10"
    assert "2 analyses" in error["message"]


def test_text_helpers() -> None:
    pasted = pasted_articles(["First story.\n---\nSecond story.\n\n-----\n  \n", "Third."])
    assert [(a.id, a.text) for a in pasted] == [
        ("pasted-1", "First story."),
        ("pasted-2", "Second story."),
        ("pasted-3", "Third."),
    ]
    assert url_list(" https://a.example/1\nhttps://b.example/2  https://a.example/1\n") == (
        "https://a.example/1",
        "https://b.example/2",
    )
    # words that are no URL are one mistake, named once
    assert url_list("not a url\nhttps://a.example/1") == ("not a url", "https://a.example/1")


def test_store_keeps_the_input_articles(client: TestClient, tmp_path: Path) -> None:
    report = client.post("/api/reports", json={"articles": story_articles()}).json()
    state = client.app.state.bylines  # type: ignore[attr-defined]
    stored = state.store.get(report["id"])
    assert [a.text for a in stored.inputs] == [story_text(slug) for slug in STORIES]
    made = {"id", "delete_url", "expires"}  # about the stored report, not the report itself
    assert json.loads(json.dumps(stored.report)) == {
        k: v for k, v in report.items() if k not in made
    }


def test_api_docs_are_served_without_a_cdn(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    script = client.get("/docs-assets/swagger-ui-bundle.js")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text
    assert client.get("/openapi.json").json()["info"]["title"] == "bylines"


# --- hardening ---------------------------------------------------------------------------


def test_a_jsonl_upload_cannot_bypass_the_article_limit(client: TestClient) -> None:
    lines = "".join(
        json.dumps({"text": f"Ferry number {n} left Lorvik harbour on time today."}) + "\n"
        for n in range(7)
    )
    files = [("files", ("many.jsonl", lines.encode(), "application/x-ndjson"))]
    error = assert_error(client.post("/api/reports", files=files), 422, "too_many_articles")
    assert error["message"] == "too many articles (7); the limit is 6"


def test_an_article_of_blanks_is_422_not_500(client: TestClient) -> None:
    error = assert_error(
        client.post("/api/reports", json={"articles": [{"text": "   "}]}), 422, "cannot_analyse"
    )
    assert error["message"].startswith("no article has any story text left")


def test_pasted_page_furniture_only_is_422(client: TestClient) -> None:
    furniture = "Copyright 2026 Lorvik Post. All rights reserved.\n---\nAll rights reserved."
    files = [("files", ("x.txt", b"", "text/plain"))]
    response = client.post("/api/reports", data={"texts": furniture, "urls": ""}, files=files)
    error = assert_error(response, 422, "cannot_analyse")
    assert error["message"].startswith("no article has any story text left")


def test_an_article_url_that_does_not_parse_is_422(client: TestClient) -> None:
    article = {"text": story_text("harbour-bridge"), "url": "http://[bad"}
    error = assert_error(
        client.post("/api/reports", json={"articles": [article]}), 422, "invalid_request"
    )
    assert error["details"][0]["loc"] == ["articles", 0, "url"]


def test_form_parts_are_limited_by_the_configured_size(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.requests import Request

    asked: list[int] = []
    form = Request.form

    def recording(self: Request, **limits: Any) -> Any:
        asked.append(limits["max_part_size"])
        return form(self, **limits)

    monkeypatch.setattr(Request, "form", recording)
    texts = {"texts": story_text("harbour-bridge"), "urls": ""}
    client.post("/api/reports", data=texts, files=[("files", ("x.txt", b"", "text/plain"))])
    client.post("/reports", data=texts, files=[], follow_redirects=False)
    assert asked == [60_000, 60_000]  # the service's max_bytes, not a second constant


def test_briefing_title_is_the_neutral_title() -> None:
    from bylines.types import Article, Report, SummarySentence

    first = SummarySentence("Ferries stopped.", ("a",), "c1")
    untitled = Article("a", "Ferries stopped.", "a")
    titled = Article("b", "Ferries stopped.", "b", title="Ferry strike")
    assert briefing_title(Report((untitled, titled), (first,), ())) == "Ferry strike"
    assert briefing_title(Report((untitled,), (first,), ())) == "Ferries stopped"  # as a title
    assert briefing_title(Report((untitled,), (), ())) == "Briefing"
    # a story's briefing is named by the story's title, as its page and listing name it
    assert briefing_title(Report((untitled, titled), (first,), (), title="Ferries")) == "Ferries"


def test_default_ids_come_from_the_service() -> None:
    from bylines.web.service import text_article

    assert text_article("Ferry news.", 3).id == "text-3"
    assert text_article("Ferry news.", 3, article_id="  ").id == "text-3"
    assert text_article("Ferry news.", 3, article_id="mine").id == "mine"


def test_report_body_comes_from_the_html_renderer() -> None:
    from bylines import web
    from bylines.web import service

    assert not (Path(web.__file__).parent / "report_page.py").exists()
    assert "INTEGRATION" not in (service.__doc__ or "") + (service.report_body.__doc__ or "")


def test_the_listing_can_be_turned_off(models: Models, tmp_path: Path) -> None:
    config = WebConfig(db_path=tmp_path / "r.sqlite3", options=OPTIONS, listing=False)
    app = create_app(config, models=models, fetcher=make_fetcher())
    with TestClient(app, raise_server_exceptions=False) as quiet:
        made = quiet.post("/api/reports", json={"articles": story_articles()})
        assert made.status_code == 201
        assert_error(quiet.get("/api/reports"), 404, "not_found")
        assert quiet.get("/reports", headers={"accept": "text/html"}).status_code == 404
        for path in ("/", f"/reports/{made.json()['id']}"):
            page = quiet.get(path)
            assert page.status_code == 200 and 'href="/reports"' not in page.text


def test_the_service_freezes_what_it_loaded_out_of_the_collectors_reach(
    models: Models, tmp_path: Path
) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    config = WebConfig(db_path=tmp_path / "r.sqlite3", options=OPTIONS)
    app = create_app(config, models=models, fetcher=make_fetcher())
    try:
        with TestClient(app, raise_server_exceptions=False) as started:
            assert gc.get_freeze_count() > 0  # every object alive once the models are loaded
            assert (
                started.post("/api/reports", json={"articles": story_articles()}).status_code == 201
            )
    finally:
        gc.unfreeze()


def test_the_listing_is_on_by_default(client: TestClient) -> None:
    assert 'href="/reports"' in client.get("/").text
    assert client.get("/api/reports").status_code == 200


def _variants() -> list[list[dict[str, str]]]:
    """Four different requests: each drops one story or renames the outlets."""
    stories = story_articles()
    renamed = [{**a, "source": a["source"] + " Weekly"} for a in stories]
    return [stories, stories[:2], stories[1:], renamed]


def test_concurrent_analyses_on_shared_models_are_all_correct(tmp_path: Path) -> None:
    shared = load_models(ReportOptions(embedder="minilm", entities="rules"))
    config = WebConfig(db_path=tmp_path / "r.sqlite3", max_running=2, max_waiting=4)
    app = create_app(config, models=shared, fetcher=make_fetcher())
    with TestClient(app, raise_server_exceptions=False) as both:

        def post(articles: list[dict[str, str]]) -> dict[str, Any]:
            response = both.post("/api/reports", json={"articles": articles})
            assert response.status_code == 201, response.text
            return {k: v for k, v in response.json().items() if k not in {"id", "delete_url"}}

        alone = [post(v) for v in _variants()]
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(post, _variants()))
    assert together == alone
    assert [len(r["articles"]) for r in together] == [3, 2, 2, 3]


def example_texts() -> list[str]:
    example = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"
    return [path.read_text(encoding="utf-8") for path in sorted(example.glob("*.txt"))]


def test_a_request_may_ask_for_a_summary_length(client: TestClient) -> None:
    articles = [{"text": t} for t in example_texts()]
    short = client.post("/api/reports", json={"articles": articles, "words": 30}).json()
    long = client.post("/api/reports", json={"articles": articles, "words": 200}).json()
    assert sum(len(s["text"].split()) for s in short["summary"]) < sum(
        len(s["text"].split()) for s in long["summary"]
    )
    refused = client.post("/api/reports", json={"articles": articles, "words": 5})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "invalid_request"
    form = client.post("/api/reports", data={"texts": example_texts()[:2], "words": "abc"})
    assert form.status_code == 422 and "words must be a whole number" in form.text


# --- the maker's controls: delete link, expiry, progress ------------------------------------


def test_the_maker_can_delete_a_report_with_its_secret_and_nobody_else_can(
    client: TestClient,
) -> None:
    made = client.post("/api/reports", json={"articles": story_articles()}).json()
    report_id, secret = made["id"], made["delete_url"].split("secret=")[1]
    assert_error(client.delete(f"/api/reports/{report_id}?secret=guess"), 404, "not_found")
    assert client.get(f"/api/reports/{report_id}").status_code == 200
    # The link opens a page that asks first; only its form deletes.
    page = client.get(made["delete_url"])
    assert page.status_code == 200 and "Delete this briefing" in page.text
    assert client.get(f"/reports/{report_id}").status_code == 200
    done = client.post(f"/reports/{report_id}/delete", data={"secret": secret})
    assert done.status_code == 200 and "Briefing deleted" in done.text
    assert client.get(f"/api/reports/{report_id}").status_code == 404
    assert client.delete(f"/api/reports/{report_id}?secret={secret}").status_code == 404

    other = client.post("/api/reports", json={"articles": story_articles()}).json()
    other_secret = other["delete_url"].split("secret=")[1]
    assert client.delete(f"/api/reports/{other['id']}?secret={other_secret}").status_code == 204
    assert client.get(f"/reports/{other['id']}").status_code == 404


def test_the_form_shows_its_maker_the_delete_link_and_the_expiry(client: TestClient) -> None:
    form = {"texts": [story_text(s) for s in STORIES], "sources": ["Lorvik Post", "", ""]}
    form |= {"urls": "", "keep": "7"}
    response = client.post("/reports", data=form, follow_redirects=False)
    assert response.status_code == 303
    location = response.headers["location"]
    assert "secret" not in location  # the shareable address carries no secret
    page = client.get(location)
    assert "You made this briefing" in page.text and "delete?secret=" in page.text
    assert "deleted after" in page.text
    stored = client.get(f"/api/{location.lstrip('/')}").json()
    assert stored["expires"] > stored["created"]
    client.cookies.clear()
    assert "You made this briefing" not in client.get(location).text


def test_the_form_names_each_article_outlet(client: TestClient) -> None:
    texts = [story_text(s) for s in STORIES]
    form = {"texts": texts, "sources": ["Valley Post", "", "Ridge Radio"], "urls": ""}
    location = client.post("/reports", data=form, follow_redirects=False).headers["location"]
    articles = client.get(f"/api/{location.lstrip('/')}").json()["articles"]
    assert articles[0]["source"] == "Valley Post" and articles[2]["source"] == "Ridge Radio"
    page = client.get(location).text
    assert re.search(r'<li id="src-1"><span class="num">\[1\]</span> <strong>Valley Post', page)
    assert re.search(r'<li id="src-3"><span class="num">\[3\]</span> <strong>Ridge Radio', page)


def test_the_form_says_a_box_outlet_names_every_article_in_the_box(client: TestClient) -> None:
    """Two outlets' articles pasted in one box under one outlet name become one outlet's: the
    hint under the boxes says so before anyone does it."""
    hint = re.search(r'<p class="hint" id="texts-hint">(.*?)</p>', client.get("/").text)
    assert hint is not None
    assert "given to every article in it, so keep one box per outlet" in hint.group(1)
    two = "\n---\n".join(story_text(s) for s in list(STORIES)[:2])
    form = {"texts": [two], "sources": ["Valley Post"], "urls": ""}
    location = client.post("/reports", data=form, follow_redirects=False).headers["location"]
    articles = client.get(f"/api/{location.lstrip('/')}").json()["articles"]
    assert [a["source"] for a in articles] == ["Valley Post", "Valley Post"]


def test_a_bad_expiry_is_refused(client: TestClient) -> None:
    response = client.post("/reports", data={"texts": "A story.", "keep": "9999"})
    assert response.status_code == 422
    assert "0 (until I delete it)" in response.text and "7 (7 days)" in response.text
    api = client.post("/api/reports", json={"articles": story_articles(), "keep_days": 0})
    assert_error(api, 422, "invalid_request")


def test_only_the_form_page_may_run_a_script_and_only_its_own(client: TestClient) -> None:
    page = client.get("/")
    policy = page.headers["content-security-policy"]
    nonce = re.search(r"script-src 'nonce-([\w-]+)'", policy)
    assert nonce is not None
    assert f'<script nonce="{nonce.group(1)}">' in page.text
    assert client.get("/").headers["content-security-policy"] != policy  # fresh every time
    assert "script-src" not in client.get("/reports").headers["content-security-policy"]


def test_a_refused_form_comes_back_with_what_was_typed_escaped(client: TestClient) -> None:
    form = {"texts": ["Leave a Comment", ""], "sources": ["Valley <b>Post</b>", ""]}
    response = client.post("/reports", data=form | {"keep": "7", "urls": ""})
    assert response.status_code == 422
    assert 'value="Valley &lt;b&gt;Post&lt;/b&gt;"' in response.text
    assert '<option value="7" selected>' in response.text
    assert "Leave a Comment</textarea>" in response.text
    assert "script-src 'nonce-" in response.headers["content-security-policy"]


def test_an_unknown_form_field_is_refused_by_name_as_an_unknown_json_key_is(
    client: TestClient,
) -> None:
    """The form calls the expiry `keep`; `keep_days` (the JSON key) in a form was dropped in
    silence and the report kept for ever (check9)."""
    texts = [story_text(s) for s in STORIES]
    form = {"texts": texts, "keep_days": "7"}
    error = assert_error(client.post("/api/reports", data=form), 422, "invalid_request")
    assert "keep_days" in error["message"] and "keep" in error["message"]
    assert [d["loc"] for d in error["details"]] == [["keep_days"]]
    json_error = assert_error(
        client.post("/api/reports", json={"articles": story_articles(), "keep": 7}),
        422,
        "invalid_request",
    )
    assert [d["loc"] for d in json_error["details"]] == [["keep"]]
    page = client.post("/reports", data=form | {"sources": ["Valley Post", "", ""]})
    assert page.status_code == 422 and "keep_days" in page.text
    stories = client.post("/api/stories/articles", data={"texts": "A story.", "colour": "red"})
    assert "colour" in assert_error(stories, 422, "invalid_request")["message"]
    # every field the form page itself sends is read
    sent = {"texts": texts, "sources": ["", "", ""], "urls": "", "words": "80", "keep": "7"}
    files = [("files", ("note.txt", story_text("harbour-bridge").encode(), "text/plain"))]
    made = client.post("/api/reports", data=sent, files=files)
    assert made.status_code == 201 and made.json()["expires"] is not None
