"""RSS/Atom through the guarded fetcher, and `bylines report --feed` as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bylines.errors import FetchError
from bylines.ingest.feeds import FeedEntry, feed_articles, parse_since, read_feed, select_entries
from bylines.ingest.fetch import GuardedFetcher
from httpserver import Site

SRC = Path(__file__).resolve().parents[1] / "src"


def test_rss_entries_in_feed_order_with_dates(site: Site, fetcher: GuardedFetcher) -> None:
    entries = read_feed(site.url("/feed.xml", host="public.test"), fetcher)
    base = site.url("", host="public.test")
    assert [e.url for e in entries] == [
        f"{base}/harbour-bridge.html",
        f"{base}/bridge-opens.html",
        f"{base}/crossing-ready.html",
        f"{base}/missing.html",
        f"{site.base}/harbour-bridge.html",
        f"{base}/crossing-ready.html?undated",
    ]
    assert entries[1].published == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert entries[1].title == "Ribbon cut"
    assert entries[5].published is None


def test_atom_relative_links_resolve_against_the_feed(site: Site, fetcher: GuardedFetcher) -> None:
    entries = read_feed(site.url("/atom.xml", host="public.test"), fetcher)
    assert entries[0].url == site.url("/crossing-ready.html", host="public.test")
    assert entries[0].published == datetime(2026, 3, 3, 7, 0, tzinfo=UTC)


def test_a_page_is_not_a_feed(site: Site, fetcher: GuardedFetcher) -> None:
    with pytest.raises(FetchError, match="content type text/html"):
        read_feed(site.url("/harbour-bridge.html", host="public.test"), fetcher)


def test_select_newest_first_since_and_limit() -> None:
    entries = [
        FeedEntry("https://a.example/old", published=datetime(2026, 1, 1, tzinfo=UTC)),
        FeedEntry("https://a.example/undated"),
        FeedEntry("https://a.example/new", published=datetime(2026, 3, 3, tzinfo=UTC)),
        FeedEntry("https://a.example/mid", published=datetime(2026, 3, 1, tzinfo=UTC)),
        FeedEntry("https://a.example/new", published=datetime(2026, 3, 3, tzinfo=UTC)),
    ]
    urls = [e.url.rsplit("/", 1)[1] for e in select_entries(entries)]
    assert urls == ["new", "mid", "old", "undated"]
    since = datetime(2026, 3, 1, tzinfo=UTC)
    assert [e.url[-3:] for e in select_entries(entries, since=since)] == ["new", "mid"]
    assert [e.url[-3:] for e in select_entries(entries, limit=1)] == ["new"]


def test_parse_since() -> None:
    assert parse_since("2026-03-02") == datetime(2026, 3, 2, tzinfo=UTC)
    assert parse_since("2026-03-02T10:30+02:00").hour == 10
    with pytest.raises(ValueError, match="not a date"):
        parse_since("last week")


def test_feed_articles_fetch_the_chosen_pages(site: Site, fetcher: GuardedFetcher) -> None:
    result = feed_articles(
        site.url("/feed.xml", host="public.test"), fetcher, since=date(2026, 3, 2), limit=2
    )
    assert [a.id for a in result.articles] == ["crossing-ready", "bridge-opens"]
    assert result.articles[0].source == "Fjord Daily"
    assert result.skipped == ()


def test_feed_failures_are_skipped_not_fatal(site: Site, fetcher: GuardedFetcher) -> None:
    result = feed_articles(site.url("/feed.xml", host="public.test"), fetcher)
    assert len(result.articles) == 4  # three stories and the undated repeat of one
    reasons = {s.name.rsplit("/", 1)[1]: s.reason for s in result.skipped}
    assert reasons == {
        "missing.html": "HTTP 404",
        "harbour-bridge.html": "refused: 127.0.0.1, a loopback address",
    }


def _bylines(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    command = [sys.executable, "-m", "bylines", "report", *args, "--embedder", "tfidf"]
    command += ["--entities", "rules"]
    return subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_feed_since_limit_as_json(site: Site) -> None:
    run = _bylines(
        "--feed", site.url("/feed.xml"), "--since", "2026-03-02", "--limit", "2",
        "--allow-private", "--format", "json",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert [a["id"] for a in report["articles"]] == ["crossing-ready", "bridge-opens"]
    assert [a["source"] for a in report["articles"]] == ["Fjord Daily", "Coastal Herald"]
    assert report["summary"]


def test_cli_mixes_files_and_urls_and_lists_failures(site: Site, tmp_path: Path) -> None:
    local = tmp_path / "local-notes.txt"
    local.write_text("The harbour bridge in Lorvik opened on Monday. It cost 84 million euros.\n")
    run = _bylines(
        str(local), site.url("/harbour-bridge.html"), site.url("/image.png"),
        "--allow-private", "--format", "json",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert [a["id"] for a in report["articles"]] == ["local-notes", "harbour-bridge"]
    assert f"bylines: skipped {site.url('/image.png')}: content type image/png" in run.stderr


def test_cli_refuses_loopback_feeds_without_the_flag(site: Site) -> None:
    run = _bylines("--feed", site.url("/feed.xml"))
    assert run.returncode == 1
    assert "refused: 127.0.0.1, a loopback address" in run.stderr
    assert "Traceback" not in run.stderr
