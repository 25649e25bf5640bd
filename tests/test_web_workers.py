"""Large submissions are analysed in a process of their own, with a time limit (web/workers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bylines.models import load_models
from bylines.options import ReportOptions
from bylines.web.app import create_app
from bylines.web.service import WebConfig
from conftest import make_fetcher
from hostile import GOOD

OPTIONS = ReportOptions(embedder="tfidf", entities="rules")


def client_with(tmp_path: Path, **limits: Any) -> TestClient:
    config = WebConfig(db_path=tmp_path / "r.sqlite3", options=OPTIONS, **limits)
    return TestClient(create_app(config, models=load_models(OPTIONS), fetcher=make_fetcher()))


@pytest.fixture
def threads_and_processes(tmp_path: Path) -> Iterator[tuple[TestClient, TestClient]]:
    """The same service twice: every submission in a thread, and every one in a process."""
    with (
        client_with(tmp_path / "t", small_bytes=10**9) as threads,
        client_with(tmp_path / "p", small_bytes=0) as processes,
    ):
        yield threads, processes


def articles() -> list[dict[str, str]]:
    return [{"id": Path(name).stem, "text": text} for name, text in GOOD.items()]


# What differs between two stored reports of the same input: the random id and delete link.
PER_REPORT = ("id", "delete_url", "expires")


def without_id(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key not in PER_REPORT}


def test_a_report_made_in_a_worker_process_is_the_one_made_in_a_thread(
    threads_and_processes: tuple[TestClient, TestClient], tmp_path: Path
) -> None:
    threads, processes = threads_and_processes
    files = [("files", ("wire.jsonl", b'{"text": "Bad line', "text/plain"))]
    in_thread = threads.post("/api/reports", data={"texts": list(GOOD.values())}, files=files)
    in_process = processes.post("/api/reports", data={"texts": list(GOOD.values())}, files=files)
    assert in_thread.status_code == in_process.status_code == 201
    assert without_id(in_process.json()) == without_id(in_thread.json())
    stored = processes.get(f"/api/reports/{in_process.json()['id']}")  # stored by the service
    assert stored.status_code == 200 and len(stored.json()["articles"]) == 3


def test_a_refusal_inside_a_worker_process_keeps_its_status_and_reasons(
    threads_and_processes: tuple[TestClient, TestClient],
) -> None:
    _, processes = threads_and_processes
    files = [("files", ("empty.txt", b"", "text/plain")), ("files", ("bin.txt", b"\0" * 9, "x/y"))]
    response = processes.post("/api/reports", files=files)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "nothing_readable"
    assert [d["name"] for d in error["details"]] == ["empty.txt", "bin.txt"]


def test_an_analysis_past_the_time_limit_is_stopped_with_a_clear_503(tmp_path: Path) -> None:
    # No worker process starts (imports, models) in a millisecond: the limit always strikes.
    with client_with(tmp_path, small_bytes=0, analysis_seconds=0.001) as client:
        response = client.post("/api/reports", json={"articles": articles()})
        assert response.status_code == 503
        error = response.json()["error"]
        assert error["code"] == "timeout" and "took longer than" in error["message"]
        assert client.get("/api/health").status_code == 200
