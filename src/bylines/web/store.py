"""Reports and the articles they were made from, kept in SQLite (standard library sqlite3).

One connection per operation: sqlite3 connections are cheap, and it keeps the store safe to use
from the service's worker threads without sharing a connection between them. The database runs
in WAL mode, so readers (several service workers, a second process) never wait for a writer.
Every write is one transaction. The schema version lives in ``PRAGMA user_version``; a database
made by a newer bylines is refused rather than misread.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bylines.errors import BylinesError
from bylines.types import Article

SCHEMA_VERSION = 2
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


# Version 2: the hash of each report's delete secret, and when the report expires (NULL: never).
_SCHEMA_V2 = """
ALTER TABLE reports ADD COLUMN delete_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN expires TEXT;
CREATE INDEX reports_expires ON reports (expires) WHERE expires IS NOT NULL
"""
# The delete secret: 16 random bytes, URL-safe. It is shown once, when the report is made; only
# its SHA-256 is kept (a random secret this long needs no slow password hash).
SECRET_BYTES = 16
_LIVE = "(r.expires IS NULL OR r.expires > ?)"


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
    expires: str | None = None

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
            steps = (_SCHEMA_V1, _SCHEMA_V2)[version:]
            for script in steps:
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if steps:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def save(
        self,
        report: dict[str, Any],
        inputs: Sequence[Article],
        body_html: str,
        export_html: str,
        *,
        title: str,
        delete_secret: str = "",
        keep_days: int | None = None,
    ) -> str:
        """Store a report (its JSON object, rendered HTML and one-line title) and its input
        articles in one transaction; return the new id. ``delete_secret`` (see ``new_secret``)
        lets its maker delete it; ``keep_days`` makes it expire. Expired reports are purged."""
        report_id = secrets.token_urlsafe(ID_BYTES)
        now = datetime.now(UTC)
        created = now.isoformat(timespec="seconds")
        expires = _iso(now + timedelta(days=keep_days)) if keep_days else None
        row = (
            report_id,
            created,
            _one_line(title),
            json.dumps(report, allow_nan=False),
            body_html,
            export_html,
        )
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO reports (id, created, title, report_json, body_html, export_html, "
                "delete_hash, expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*row, _hash(delete_secret) if delete_secret else "", expires),
            )
            conn.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (report_id, n, a.id, a.source, a.title, a.url, a.published, a.text)
                    for n, a in enumerate(inputs)
                ],
            )
            _purge(conn)
        return report_id

    def get(self, report_id: str) -> StoredReport | None:
        """The report, or None when there is none or it has expired."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, created, title, report_json, body_html, export_html, expires "
                f"FROM reports r WHERE id = ? AND {_LIVE}",
                (report_id, _now()),
            ).fetchone()
            if row is None:
                return None
            articles = conn.execute(
                "SELECT id, text, source, title, url, published FROM articles "
                "WHERE report_id = ? ORDER BY position",
                (report_id,),
            ).fetchall()
        inputs = tuple(Article(*a) for a in articles)
        report = json.loads(row[3])
        return StoredReport(row[0], row[1], row[2], report, row[4], row[5], inputs, row[6])

    def recent(self, limit: int = 20) -> list[ReportListing]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT r.id, r.created, r.title, "
                "(SELECT count(*) FROM articles a WHERE a.report_id = r.id) "
                f"FROM reports r WHERE {_LIVE} ORDER BY r.created DESC, r.rowid DESC LIMIT ?",
                (_now(), limit),
            ).fetchall()
        return [ReportListing(*row) for row in rows]

    def delete(self, report_id: str) -> bool:
        with self._transaction() as conn:
            return conn.execute("DELETE FROM reports WHERE id = ?", (report_id,)).rowcount > 0

    def delete_with_secret(self, report_id: str, secret: str) -> bool:
        """Delete the report when ``secret`` is the one it was saved with; False otherwise
        (no such report, or a wrong secret: the caller cannot tell which)."""
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT delete_hash FROM reports WHERE id = ?", (report_id,)
            ).fetchone()
            if row is None or not row[0] or not hmac.compare_digest(row[0], _hash(secret)):
                return False
            conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
            return True

    def purge_expired(self) -> int:
        """Delete every expired report now; how many were deleted."""
        with self._transaction() as conn:
            return _purge(conn)


def new_secret() -> str:
    """A fresh delete secret for ``ReportStore.save``."""
    return secrets.token_urlsafe(SECRET_BYTES)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> str:
    return _iso(datetime.now(UTC))


def _iso(moment: datetime) -> str:
    """One fixed-width form, so that timestamps compare as strings in SQL."""
    return moment.isoformat(timespec="microseconds")


def _purge(conn: sqlite3.Connection) -> int:
    """Expired reports are gone, with their articles (ON DELETE CASCADE)."""
    cursor = conn.execute(
        "DELETE FROM reports WHERE expires IS NOT NULL AND expires <= ?", (_now(),)
    )
    return cursor.rowcount


def _one_line(title: str) -> str:
    title = " ".join(title.split()) or "Untitled briefing"
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"
