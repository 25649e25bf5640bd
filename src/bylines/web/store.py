"""Reports and the articles they were made from, kept in SQLite (standard library sqlite3).

One connection per operation: sqlite3 connections are cheap, and it keeps the store safe to use
from the service's worker threads without sharing a connection between them. The database runs
in WAL mode, so readers (several service workers, a second process) never wait for a writer.
Every write is one transaction. The schema version lives in ``PRAGMA user_version``; a database
made by a newer bylines is refused rather than misread.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bylines.errors import BylinesError
from bylines.types import Article

SCHEMA_VERSION = 1
BUSY_TIMEOUT_SECONDS = 10.0  # a writer holds the lock for milliseconds; this is generous
# 12 URL-safe characters: ids cannot be guessed. Whether a report is public is the service's
# choice, not the store's: with its list of recent reports on (the default) every report is
# listed; with it off, a report is reached only through a link someone shared.
ID_BYTES = 9
TITLE_CHARS = 120  # list pages show one line per report

_SCHEMA_V1 = """
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    title TEXT NOT NULL,
    report_json TEXT NOT NULL,
    body_html TEXT NOT NULL,
    export_html TEXT NOT NULL
);
CREATE INDEX reports_created ON reports (created DESC);
CREATE TABLE articles (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (report_id, position)
);
"""


class StoreError(BylinesError):
    """The report database cannot be opened or used."""


@dataclass(frozen=True, slots=True)
class StoredReport:
    """A saved report: its JSON object, the rendered HTML and the input articles."""

    id: str
    created: str
    title: str
    report: dict[str, Any]
    body_html: str
    export_html: str
    inputs: tuple[Article, ...]

    @property
    def article_count(self) -> int:
        """How many articles the report was made from (the listing counts the same)."""
        return len(self.inputs)


@dataclass(frozen=True, slots=True)
class ReportListing:
    id: str
    created: str
    title: str
    articles: int


def default_db_path() -> Path:
    """``$XDG_DATA_HOME/bylines/reports.sqlite3``, else ``~/.local/share/bylines/...``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bylines" / "reports.sqlite3"


class ReportStore:
    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the report database ({exc})") from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
        with self._transaction() as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: made by a newer bylines (schema {version}, "
                    f"this one reads {SCHEMA_VERSION})"
                )
            if version == 0:
                for statement in _SCHEMA_V1.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def save(
        self,
        report: dict[str, Any],
        inputs: Sequence[Article],
        body_html: str,
        export_html: str,
        *,
        title: str,
    ) -> str:
        """Store a report (its JSON object, rendered HTML and one-line title) and its input
        articles in one transaction; return the new id."""
        report_id = secrets.token_urlsafe(ID_BYTES)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        row = (report_id, created, _one_line(title), json.dumps(report), body_html, export_html)
        with self._transaction() as conn:
            conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?)", row)
            conn.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (report_id, n, a.id, a.source, a.title, a.url, a.published, a.text)
                    for n, a in enumerate(inputs)
                ],
            )
        return report_id

    def get(self, report_id: str) -> StoredReport | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, created, title, report_json, body_html, export_html FROM reports "
                "WHERE id = ?",
                (report_id,),
            ).fetchone()
            if row is None:
                return None
            articles = conn.execute(
                "SELECT id, text, source, title, url, published FROM articles "
                "WHERE report_id = ? ORDER BY position",
                (report_id,),
            ).fetchall()
        inputs = tuple(Article(*a) for a in articles)
        return StoredReport(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], inputs)

    def recent(self, limit: int = 20) -> list[ReportListing]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT r.id, r.created, r.title, "
                "(SELECT count(*) FROM articles a WHERE a.report_id = r.id) "
                "FROM reports r ORDER BY r.created DESC, r.rowid DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [ReportListing(*row) for row in rows]

    def delete(self, report_id: str) -> bool:
        with self._transaction() as conn:
            return conn.execute("DELETE FROM reports WHERE id = ?", (report_id,)).rowcount > 0


def _one_line(title: str) -> str:
    title = " ".join(title.split()) or "Untitled briefing"
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"
