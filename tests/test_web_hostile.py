"""The hostile-input corpus (tests/hostile.py) through the web service: 0 HTTP 500, 0 good
articles lost, every bad upload named in ``skipped``; the limits answer as documented; after a
4xx the next request on the same keep-alive connection works (a real server on loopback)."""

from __future__ import annotations

import http.client
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient
from starlette.types import Message

from bylines.models import load_models
from bylines.options import ReportOptions
from bylines.web.app import create_app
from bylines.web.service import MAX_ARTICLES, WebConfig
from conftest import make_fetcher
from hostile import GOOD, Hostile, hostile_cases

ROOT = Path(__file__).resolve().parents[1]
OPTIONS = ReportOptions(embedder="tfidf", entities="rules")
GOOD_IDS = {Path(name).stem for name in GOOD}
FORM = "application/x-www-form-urlencoded"
Files = list[tuple[str, tuple[str, bytes, str]]]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    config = WebConfig(db_path=tmp_path_factory.mktemp("web") / "r.sqlite3", options=OPTIONS)
    app = create_app(config, models=load_models(OPTIONS), fetcher=make_fetcher())
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def good_files() -> Files:
    return [("files", (name, text.encode(), "text/plain")) for name, text in GOOD.items()]


def upload(case: Hostile) -> Files:
    return [("files", (case.name, case.data, "application/octet-stream"))]


def error_of(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    return str(error["message"])


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda case: case.kind)
def test_a_hostile_upload_mixed_with_good_ones_loses_no_good_article(
    client: TestClient, case: Hostile
) -> None:
    response = client.post("/api/reports", files=good_files() + upload(case))
    assert response.status_code == 201, response.text
    body = response.json()
    assert {a["id"] for a in body["articles"]} >= GOOD_IDS
    named = [s for s in body["skipped"] if s["name"] in (case.name, Path(case.name).stem)]
    assert len(named) == len(body["skipped"]) == case.skips


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda case: case.kind)
def test_a_hostile_upload_alone_is_a_report_or_a_422_never_a_500(
    client: TestClient, case: Hostile
) -> None:
    response = client.post("/api/reports", files=upload(case))
    if case.skips:
        assert response.status_code in (201, 422), response.text
    else:
        assert response.status_code == 201, response.text


@pytest.mark.parametrize("count", [MAX_ARTICLES + 10, 200])
def test_too_many_files_is_422_naming_the_limit(client: TestClient, count: int) -> None:
    files = [("files", (f"f{n}.txt", b"The ferry burned.", "text/plain")) for n in range(count)]
    message = error_of(client.post("/api/reports", files=files), 422, "too_many_articles")
    assert f"the limit is {MAX_ARTICLES} articles" in message


def test_exactly_the_limit_of_files_is_accepted(client: TestClient) -> None:
    stories = list(GOOD.values())
    files = [
        ("files", (f"f{n}.txt", stories[n % 3].encode(), "text/plain")) for n in range(MAX_ARTICLES)
    ]
    response = client.post("/api/reports", files=files)
    assert response.status_code == 201 and len(response.json()["articles"]) == MAX_ARTICLES


@pytest.mark.parametrize("words", ["²", "abc", "12.5", "-20", "٣٠", "9" * 40])
def test_a_word_budget_that_is_not_a_number_is_422_in_the_api_and_the_form(
    client: TestClient, words: str
) -> None:
    data = {"texts": list(GOOD.values()), "words": words}
    api = client.post("/api/reports", data=data, files=good_files())
    assert "words must be a whole number" in error_of(api, 422, "invalid_request")
    page = client.post("/reports", data=data, headers={"accept": "text/html"})
    assert page.status_code == 422 and "words must be a whole number" in page.text
    assert "Pellmouth" in page.text  # the pasted texts come back in the form


def test_an_upload_with_a_300_character_name_is_read(client: TestClient) -> None:
    name = "ferry-" + "x" * 290 + ".txt"
    files = [*good_files(), ("files", (name, GOOD["coast-daily.txt"].encode(), "text/plain"))]
    response = client.post("/api/reports", files=files)
    assert response.status_code == 201, response.text
    assert len(response.json()["articles"]) == 4


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31T23:59:59-14:00", "yesterday"])
def test_a_publication_time_no_page_carries_is_dropped_not_a_500(
    client: TestClient, published: str
) -> None:
    # Year 1 from a CMS's empty date made the figures stage overflow the calendar (HTTP 500);
    # "yesterday" was kept and shown as the time.
    texts = list(GOOD.values())
    articles = [{"text": texts[0], "published": published}, {"text": texts[1]}]
    response = client.post("/api/reports", json={"articles": articles})
    assert response.status_code == 201, response.text
    assert [a["published"] for a in response.json()["articles"]] == [None, None]
    stories = client.post("/api/stories/articles", json={"articles": articles})
    assert stories.status_code == 201, stories.text


def test_a_publication_time_given_as_a_number_is_unix_time_as_in_a_jsonl_file(
    client: TestClient,
) -> None:
    texts = list(GOOD.values())
    articles = [{"text": texts[0], "published": 1772443800}, {"text": texts[1], "published": 1e300}]
    response = client.post("/api/reports", json={"articles": articles})
    assert response.status_code == 201, response.text
    published = [a["published"] for a in response.json()["articles"]]
    assert published == ["2026-03-02T09:30:00+00:00", None]
    flag = client.post("/api/reports", json={"articles": [{"text": texts[0], "published": True}]})
    assert flag.status_code == 422  # true is no time: refused as the API refuses a wrong type


def test_a_url_that_does_not_parse_is_named_in_skipped_not_a_500(client: TestClient) -> None:
    articles = [{"text": text} for text in GOOD.values()]
    response = client.post("/api/reports", json={"articles": articles, "urls": ["http://[::1"]})
    assert response.status_code == 201, response.text
    assert [s["name"] for s in response.json()["skipped"]] == ["http://[::1"]
    assert len(response.json()["articles"]) == len(GOOD)


def test_a_json_body_nested_too_deeply_is_422(client: TestClient) -> None:
    body = '{"articles": ' + "[" * 100_000 + "]" * 100_000 + "}"
    headers = {"content-type": "application/json"}
    response = client.post("/api/reports", content=body, headers=headers)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_json_fields_with_escapes_are_stored_and_shown_as_one_escaped_line(
    client: TestClient,
) -> None:
    article = {"id": "x\x1b[31m", "source": "Outlet\nTwo", "title": "T\x07"}
    response = client.post(
        "/api/reports", json={"articles": [{**article, "text": GOOD["harbour-wire.txt"]}]}
    )
    assert response.status_code == 201, response.text
    (stored,) = response.json()["articles"]
    assert (stored["id"], stored["source"], stored["title"]) == (
        "x\\x1b[31m",
        "Outlet Two",
        "T\\x07",
    )
    page = client.get(f"/reports/{response.json()['id']}")
    assert page.status_code == 200 and "\x1b" not in page.text


def test_a_lone_surrogate_in_a_json_body_is_422(client: TestClient) -> None:
    body = json.dumps({"articles": [{"text": "Half \ud800 a pair. " + GOOD["harbour-wire.txt"]}]})
    headers = {"content-type": "application/json"}
    response = client.post("/api/reports", content=body, headers=headers)
    error_of(response, 422, "invalid_request")


@pytest.mark.parametrize(
    "words",
    [b"1e309", b"-1e309", b"NaN", b"Infinity", b'"\xff\xfe"'],
    ids=["infinite", "minus infinite", "NaN", "Infinity", "not UTF-8"],
)
def test_a_json_value_that_cannot_be_echoed_back_is_422_not_500(
    client: TestClient, words: bytes
) -> None:
    """The error lists where and why, never the offending value: JSON cannot carry an infinite
    number or bytes that are not UTF-8 (echoing them made the error itself fail with a 500)."""
    article = json.dumps({"text": GOOD["harbour-wire.txt"]}).encode()
    body = b'{"articles": [' + article + b'], "words": ' + words + b"}"
    response = client.post(
        "/api/reports", content=body, headers={"content-type": "application/json"}
    )
    error_of(response, 422, "invalid_request")
    assert all("input" not in detail for detail in response.json()["error"]["details"])


def test_invalid_utf8_inside_a_json_string_is_422(client: TestClient) -> None:
    body = b'{"articles": [{"text": "Ferry \xff\xfe fire."}]}'
    response = client.post(
        "/api/reports", content=body, headers={"content-type": "application/json"}
    )
    error_of(response, 422, "invalid_request")


def test_bidi_overrides_in_upload_names_and_urls_are_shown_escaped(client: TestClient) -> None:
    files = [*good_files(), ("files", ("evil\u202etxt.exe", b"\x00" * 64, "text/plain"))]
    response = client.post("/api/reports", files=files, data={"urls": "http://\u202eexample.test/"})
    assert response.status_code == 201, response.text
    names = [s["name"] for s in response.json()["skipped"]]
    assert names == ["evil\\u202etxt.exe", "http://\\u202eexample.test/"]
    page = client.get(f"/reports/{response.json()['id']}")
    assert page.status_code == 200 and "\u202e" not in page.text


@pytest.mark.parametrize(
    "path,kind",
    [("/api/reports", "application/json"), ("/reports", FORM), ("/api/stories/articles", FORM)],
)
def test_a_client_gone_before_its_body_is_sent_is_no_500_and_no_traceback(
    client: TestClient, caplog: pytest.LogCaptureFixture, path: str, kind: str
) -> None:
    # A client that hangs up mid-body (a timeout, a closed tab, a slow-body attack) was taken for
    # a crash: a 500 and two tracebacks in the log for each one.
    sent: list[Message] = []

    async def hang_up() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [(b"content-type", kind.encode()), (b"content-length", b"100000")]
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
        "query_string": b"", "headers": headers, "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }  # fmt: skip
    with caplog.at_level(logging.INFO):
        anyio.run(client.app, scope, hang_up, send)
    statuses = [m["status"] for m in sent if m["type"] == "http.response.start"]
    assert statuses and statuses[0] != 500
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


# --- a real server on loopback: keep-alive after a 4xx ----------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    port = free_port()
    db = tmp_path_factory.mktemp("serve") / "r.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "bylines", "serve", "--port", str(port), "--db", str(db)]
    command += ["--embedder", "tfidf", "--entities", "rules"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        process.wait(timeout=30)


def multipart(files: list[tuple[str, bytes]], fields: dict[str, str]) -> tuple[bytes, str]:
    boundary = "hostileboundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts += [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        f"Content-Type: text/plain\r\n\r\n".encode()
        + data
        + b"\r\n"
        for name, data in files
    ]
    return b"".join(
        parts
    ) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def refusals() -> list[tuple[str, str, bytes, str]]:
    """(name, path, body, content type) of requests the service must refuse with a 4xx."""
    too_many, kind = multipart([(f"f{n}.txt", b"x") for n in range(200)], {})
    words, words_kind = multipart([("a.txt", GOOD["coast-daily.txt"].encode())], {"words": "²"})
    return [
        ("too many files", "/api/reports", too_many, kind),
        ("words=²", "/api/reports", words, words_kind),
        ("form words=abc", "/reports", b"texts=The+ferry+burned.&words=abc", FORM),
        ("too large", "/api/reports", b"x" * 6_000_000, "application/json"),
        ("bad json", "/api/reports", b"{", "application/json"),
        ("deep json", "/api/reports", b"[" * 50_000, "application/json"),
        ("wrong type", "/api/reports", b"hello", "text/plain"),
    ]  # fmt: skip


@pytest.mark.parametrize("name,path,body,kind", refusals(), ids=[r[0] for r in refusals()])
def test_after_a_4xx_the_next_request_on_the_same_connection_works(
    server: tuple[str, int], name: str, path: str, body: bytes, kind: str
) -> None:
    connection = http.client.HTTPConnection(*server, timeout=60)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": kind})
        refused = connection.getresponse()
        refused.read()
        assert 400 <= refused.status < 500
        report = json.dumps({"articles": [{"text": t} for t in GOOD.values()]})
        connection.request(
            "POST", "/api/reports", body=report, headers={"Content-Type": "application/json"}
        )
        after = connection.getresponse()
        assert after.status == 201, after.read()
        assert json.loads(after.read())["schema"] == "bylines.report/1"
    finally:
        connection.close()


def test_the_api_docs_say_the_limits_the_service_applies(client: TestClient) -> None:
    from bylines.report.bounds import MAX_ARTICLE_CHARS, MAX_TOTAL_CHARS
    from bylines.web.service import ANALYSIS_SECONDS, MAX_BYTES, MAX_WORDS, SMALL_BYTES

    post = client.get("/openapi.json").json()["paths"]["/api/reports"]["post"]
    text = " ".join(post["description"].split())
    assert f"up to {MAX_BYTES // 1_000_000} MB a request (413 `too_large`)" in text
    assert f"up to {MAX_ARTICLES} articles, files and URLs" in text
    assert f"`words` 10-{MAX_WORDS}" in text and f"{ANALYSIS_SECONDS:.0f} s" in text
    assert f"{MAX_ARTICLE_CHARS:,} characters" in text and f"{MAX_TOTAL_CHARS:,}" in text
    assert f"over {SMALL_BYTES // 1000} KB" in text
    assert {"413", "422", "429", "503"} <= set(post["responses"])


def test_after_a_chunked_body_over_the_limit_the_connection_still_answers(
    server: tuple[str, int],
) -> None:
    connection = http.client.HTTPConnection(*server, timeout=60)
    chunks = (b"x" * 100_000 for _ in range(70))  # 7 MB with no Content-Length
    try:
        connection.request(
            "POST",
            "/api/reports",
            body=chunks,
            headers={"Content-Type": "application/json"},
            encode_chunked=True,
        )
        refused = connection.getresponse()
        refused.read()
        assert refused.status == 413
        connection.request("GET", "/api/health")
        assert connection.getresponse().status == 200
    finally:
        connection.close()


@pytest.mark.parametrize("path", ["/", "/reports", "/stories", "/api/health", "/api/reports"])
def test_head_is_answered_as_get_without_a_body(client: TestClient, path: str) -> None:
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))


def test_head_of_a_missing_report_is_the_404_of_get_without_its_body(client: TestClient) -> None:
    head = client.head("/api/reports/nosuchreport")
    assert head.status_code == client.get("/api/reports/nosuchreport").status_code == 404
    assert head.content == b""


def test_a_files_part_with_no_file_name_is_read_not_dropped(client: TestClient) -> None:
    """A 'files' part with no file name (a client that names none, or curl's -F "files=<f")
    was dropped without a word: its article lost. The empty nameless part a browser sends for
    an untouched file picker is still nothing."""
    nameless = ("files", ("", GOOD["north-radio.txt"].encode(), "text/plain"))
    picker = ("files", ("", b"", "application/octet-stream"))
    files = [*good_files()[:2], nameless, picker]
    response = client.post("/api/reports", files=files, data={"files": GOOD["harbour-wire.txt"]})
    assert response.status_code == 201, response.text
    data = response.json()
    assert len(data["articles"]) == 4 and data["skipped"] == []
    assert {"coast-daily", "harbour-wire"} <= {a["id"] for a in data["articles"]}
