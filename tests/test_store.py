"""The SQLite report store."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bylines.types import Article
from bylines.web import store as store_module
from bylines.web.store import (
    SCHEMA_VERSION,
    ReportStore,
    StoreError,
    default_db_path,
    new_secret,
)

INPUTS = (
    Article(
        "one", "The ferry stopped on Monday.", "Lorvik Post", "Ferry stops", "https://a.example/1"
    ),
    Article("two", "Ferries halted on Monday.", "two"),
)


def _report() -> dict[str, Any]:
    return {
        "schema": "bylines.report/1",
        "articles": [{"id": "one", "title": "Ferry stops"}, {"id": "two", "title": None}],
        "summary": [{"text": "The ferry stopped on Monday.", "sources": ["one", "two"]}],
    }


def test_save_and_get_round_trip(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    report_id = store.save(
        _report(), INPUTS, "<main>body</main>", "<html>export</html>", title="Ferry stops"
    )
    stored = store.get(report_id)
    assert stored is not None
    assert stored.report == _report()
    assert stored.title == "Ferry stops"
    assert stored.body_html == "<main>body</main>"
    assert stored.export_html == "<html>export</html>"
    assert stored.inputs == INPUTS
    assert stored.created.endswith("+00:00")
    assert store.get("no-such-id") is None


def test_ids_are_unguessable_and_distinct(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    ids = {store.save(_report(), INPUTS, "", "", title="Ferry stops") for _ in range(20)}
    assert len(ids) == 20
    assert all(len(i) == 12 for i in ids)


def test_recent_lists_newest_first_with_article_counts(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    first = store.save(_report(), INPUTS, "", "", title="First")
    second = store.save(_report(), INPUTS[:1], "", "", title="  Ferry\n halted ")
    third = store.save(_report(), INPUTS[:1], "", "", title="long " * 40)
    listing = store.recent()
    assert [(r.id, r.title, r.articles) for r in listing][1:] == [
        (second, "Ferry halted", 1),
        (first, "First", 2),
    ]
    assert listing[0].id == third and len(listing[0].title) == 120
    assert listing[0].title.endswith("long…")
    stored = store.get(first)
    assert stored is not None and stored.article_count == 2
    assert len(store.recent(limit=1)) == 1


def test_schema_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    ReportStore(path)
    ReportStore(path)  # opening again must not try to create the tables twice
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer bylines"):
        ReportStore(path)


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    broken = (Article("x", None, "s"),)  # type: ignore[arg-type]  # text NOT NULL fails mid-write
    with pytest.raises(sqlite3.IntegrityError):
        store.save(_report(), broken, "", "", title="Ferry stops")
    assert store.recent() == []


def test_delete_cascades_to_articles(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    report_id = store.save(_report(), INPUTS, "", "", title="Ferry stops")
    assert store.delete(report_id)
    conn = sqlite3.connect(tmp_path / "r.sqlite3")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    conn.close()


def test_readers_and_writers_in_threads(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                stored = store.get(store.save(_report(), INPUTS, "", "", title="Ferry stops"))
                assert stored is not None
                store.recent()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store.recent(limit=100)) == 40


def test_default_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "bylines" / "reports.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert (
        default_db_path() == tmp_path / "home" / ".local" / "share" / "bylines" / "reports.sqlite3"
    )


def test_unusable_path_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(StoreError, match="cannot open the report database"):
        ReportStore(tmp_path / "dir.sqlite3")


def test_only_the_secret_it_was_made_with_deletes_a_report(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    secret = new_secret()
    report_id = store.save(_report(), INPUTS, "", "", title="Ferry", delete_secret=secret)
    unguarded = store.save(_report(), INPUTS, "", "", title="Ferry")
    assert not store.delete_with_secret(report_id, "wrong")
    assert not store.delete_with_secret(unguarded, "")  # no secret given: nobody may delete it
    assert not store.delete_with_secret("no-such-id", secret)
    assert store.get(report_id) is not None
    assert store.delete_with_secret(report_id, secret)
    assert store.get(report_id) is None
    conn = sqlite3.connect(tmp_path / "r.sqlite3")
    hashes = [row[0] for row in conn.execute("SELECT delete_hash FROM reports")]
    conn.close()
    assert secret not in " ".join(hashes)  # only its hash was ever stored


def test_expired_reports_are_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ReportStore(tmp_path / "r.sqlite3")
    short = store.save(_report(), INPUTS, "", "", title="Short", keep_days=1)
    kept = store.save(_report(), INPUTS, "", "", title="Kept")
    stored = store.get(short)
    assert stored is not None and stored.expires is not None
    later = datetime.now(UTC) + timedelta(days=1, seconds=1)
    monkeypatch.setattr(store_module, "_now", lambda: later.isoformat(timespec="microseconds"))
    assert store.get(short) is None
    assert [r.id for r in store.recent()] == [kept]
    assert store.purge_expired() == 1
    conn = sqlite3.connect(tmp_path / "r.sqlite3")
    assert (
        conn.execute("SELECT count(*) FROM articles WHERE report_id = ?", (short,)).fetchone()[0]
        == 0
    )
    assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    conn.close()


def test_a_version_1_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(store_module._SCHEMA_V1 + ";PRAGMA user_version = 1;")
    conn.execute(
        "INSERT INTO reports VALUES ('old', '2026-01-01T00:00:00+00:00', 'Old', '{}', '', '')"
    )
    conn.commit()
    conn.close()
    store = ReportStore(path)
    old = store.get("old")
    assert old is not None and old.expires is None and old.title == "Old"
    assert not store.delete_with_secret("old", "")
