"""The stories' SQLite store: placed articles, merges, when a story was last shown, and the desk.

Plain functions over one ``StoryStore`` so the CLI and the web layer share them. Without a file
the store lives in memory for one run. The desk (open stories and term statistics) is saved as one
JSON value: it is bounded by the open stories, and a later run resumes exactly where this one
stopped, so articles placed before never move.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bylines.errors import BylinesError
from bylines.stories.assign import Desk, OpenStory
from bylines.stories.types import StoryArticle
from bylines.types import Article

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, story TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL,
    title TEXT, url TEXT, published TEXT, seen TEXT NOT NULL, duplicate_of TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story);
CREATE TABLE IF NOT EXISTS merges (absorbed TEXT PRIMARY KEY, kept TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shown (story TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS desk (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL);
"""


class StoryStore:
    """One SQLite connection (a file, or memory when ``path`` is None)."""

    def __init__(self, path: str | Path | None = None) -> None:
        try:
            if path is not None:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(":memory:" if path is None else str(path))
            self.db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise BylinesError(f"{path}: cannot open the stories database ({exc})") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> StoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db


def known_keys(store: StoryStore, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = store.db.execute(f"SELECT key FROM articles WHERE key IN ({marks})", chunk)
        found |= {row[0] for row in rows}
    return found


def add_article(db: sqlite3.Connection, story: str, placed: StoryArticle, text: str) -> None:
    db.execute(
        "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)",
        (placed.key, story, placed.id, placed.source, placed.title, placed.url,
         placed.published, placed.seen, placed.duplicate_of, text),
    )  # fmt: skip


def add_merge(db: sqlite3.Connection, kept: str, absorbed: str) -> None:
    db.execute("INSERT OR REPLACE INTO merges VALUES (?, ?)", (absorbed, kept))
    db.execute("UPDATE merges SET kept = ? WHERE kept = ?", (kept, absorbed))
    db.execute("UPDATE articles SET story = ? WHERE story = ?", (kept, absorbed))


def story_articles(store: StoryStore, story: str | None = None) -> dict[str, list[StoryArticle]]:
    """The placed articles by story, in the order they were placed (rowid order)."""
    query = "SELECT story, id, key, source, title, url, published, seen, duplicate_of FROM articles"
    rows = store.db.execute(
        query + (" WHERE story = ?" if story else "") + " ORDER BY rowid",
        (story,) if story else (),
    )
    stories: dict[str, list[StoryArticle]] = {}
    for row in rows:
        stories.setdefault(row[0], []).append(StoryArticle(*row[1:]))
    return stories


def full_articles(store: StoryStore, story: str) -> list[Article]:
    """A story's articles with their text, as the report pipeline reads them."""
    rows = store.db.execute(
        "SELECT id, text, source, title, url, published FROM articles WHERE story = ?"
        " ORDER BY rowid",
        (story,),
    )
    return [Article(*row) for row in rows]


def merged_from(store: StoryStore) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for absorbed, kept in store.db.execute("SELECT absorbed, kept FROM merges ORDER BY absorbed"):
        merged.setdefault(kept, []).append(absorbed)
    return merged


def resolve(store: StoryStore, story: str) -> str:
    """The story an id now lives in (itself, or the story it was merged into)."""
    row = store.db.execute("SELECT kept FROM merges WHERE absorbed = ?", (story,)).fetchone()
    return str(row[0]) if row else story


def shown_at(store: StoryStore, story: str) -> str | None:
    row = store.db.execute("SELECT at FROM shown WHERE story = ?", (story,)).fetchone()
    return str(row[0]) if row else None


def mark_shown(store: StoryStore, stories: Sequence[str], at: str) -> None:
    with store.transaction() as db:
        db.executemany("INSERT OR REPLACE INTO shown VALUES (?, ?)", [(s, at) for s in stories])


def load_desk(store: StoryStore) -> Desk:
    row = store.db.execute("SELECT state FROM desk WHERE id = 1").fetchone()
    if row is None:
        return Desk()
    state = json.loads(row[0])
    return Desk(
        stories={
            s["id"]: OpenStory(s["id"], s["words"], s["anchors"],
                               datetime.fromisoformat(s["last"]), s["merged_from"])
            for s in state["stories"]
        },
        word_df=Counter(state["word_df"]),
        anchor_df=Counter(state["anchor_df"]),
        documents=state["documents"],
        clock=datetime.fromisoformat(state["clock"]),
    )  # fmt: skip


def save_desk(db: sqlite3.Connection, desk: Desk) -> None:
    state = {
        "stories": [
            {"id": s.id, "words": s.words, "anchors": s.anchors, "last": s.last.isoformat(),
             "merged_from": s.merged_from}
            for s in desk.stories.values()
        ],
        "word_df": desk.word_df,
        "anchor_df": desk.anchor_df,
        "documents": desk.documents,
        "clock": desk.clock.isoformat(),
    }  # fmt: skip
    db.execute("INSERT OR REPLACE INTO desk VALUES (1, ?)", (json.dumps(state),))
