"""The stories' SQLite store: placed articles, merges, when a story was last shown, and the desk.

Plain functions over one ``StoryStore`` so the CLI and the web layer share them. Without a file
the store lives in memory for one run. The desk (open stories and term statistics) is saved as rows,
one per open story and one per term, and only the rows a run changed are written: it is bounded
by the open stories, and a later run resumes exactly where this one stopped, so articles placed
before never move. The store keeps the desk it last saved in memory, with the version it saved,
so the next call on the same store skips reading it back unless another writer moved it on.
Each article's MinHash signature is stored with it, so a wire copy is checked without signing
the story's earlier articles again.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bylines import types as bylines_types
from bylines.errors import BylinesError
from bylines.ingest.dedup import Signature, signature
from bylines.stories.assign import Desk, OpenStory
from bylines.stories.types import FigureChange, StoryArticle, WhatsNew
from bylines.types import Article, Report

# The classes a pickled Report is made of (``kept_briefing`` refuses any other).
_REPORT_TYPES = frozenset(
    {"Article", "Claim", "Conflict", "Entity", "Position", "Quote", "QuoteVariant", "Report"}
    | {"Sentence", "Skipped", "StageTiming", "SummarySentence", "TimelineEntry"}
)
# The layout of a pickled Report: raised whenever its fields change, so that a briefing kept by
# an older bylines is built again rather than read into the wrong fields (a slots dataclass is
# restored field by field, in order). 2: ``timeline`` added; 3: ``Article.outlet_known`` and
# ``QuoteVariant.reported``;
# 4: ``outlet_known`` read from the store (a layout 3 briefing took every label for an outlet);
# 5: ``Report.title`` added; 6: ``TimelineEntry.ahead``; 7: an unknown outlet labelled by its
# place in the briefing (a layout 6 briefing kept the label numbered across a run's pile).
BRIEFING_LAYOUT = 7

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, story TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL,
    title TEXT, url TEXT, published TEXT, seen TEXT NOT NULL, duplicate_of TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story);
CREATE TABLE IF NOT EXISTS merges (absorbed TEXT PRIMARY KEY, kept TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shown (story TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shown_articles (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS desk (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS news (story TEXT PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS briefings (
    story TEXT PRIMARY KEY, key TEXT NOT NULL, report BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS open_stories (id TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS term_df (
    kind TEXT NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY (kind, term)
);
"""
_WORDS, _ANCHORS = "w", "a"
# The largest integer SQLite holds: a larger limit is "all of them".
SQLITE_MAX_INTEGER = 2**63 - 1
# How long a run waits for another run placing articles in the same file: placing is sequential
# by nature (an article's story depends on every story before it), so two runs at once take turns.
# Generous, not tuned: 10,000 articles are placed in about 90 s on 2 cores (stories bench).
LOCK_WAIT_SECONDS = 600.0


class StoryStore:
    """One SQLite connection (a file, or memory when ``path`` is None)."""

    def __init__(self, path: str | Path | None = None) -> None:
        try:
            if path is not None:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(
                ":memory:" if path is None else str(path), timeout=LOCK_WAIT_SECONDS
            )
            _check_layout(self.db)
            self.db.executescript(_SCHEMA)
            _add_signature_column(self.db)
            _add_named_column(self.db)
        except (OSError, sqlite3.Error) as exc:
            raise BylinesError(f"{path}: cannot open the stories database ({exc})") from None
        self.kept: tuple[int, Desk] | None = None  # the desk this store last saved, by version
        self.path = path  # None: in memory, for one run

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

    @contextmanager
    def placing(self) -> Iterator[sqlite3.Connection]:
        """One transaction that holds the write lock from the first read of what is placed to
        the last write: two runs on one file each read the desk and the known articles, then
        both inserted the same article (an IntegrityError that lost the second run)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise BylinesError(f"{self.path}: the stories database is busy ({exc})") from None
        with self.db:
            yield self.db


def known_keys(store: StoryStore, keys: Sequence[str]) -> dict[str, str]:
    """The articles (by key) already placed, with the story each is in now."""
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = store.db.execute(f"SELECT key, story FROM articles WHERE key IN ({marks})", chunk)
        found.update({row[0]: row[1] for row in rows})
    return found


def _check_layout(db: sqlite3.Connection) -> None:
    """Refuse a SQLite file whose tables of our names lack our columns (another program's
    file, or the service's reports file, which also has ``articles``) before writing to it: it
    failed deep in a run with "no such column", after our tables were added to it."""
    with closing(sqlite3.connect(":memory:")) as model:  # closed on the refusal too
        model.executescript(_SCHEMA)
        for (table,) in model.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            have = _columns(db, table)
            missing = sorted(_columns(model, table) - have) if have else []
            if missing:
                raise sqlite3.DatabaseError(
                    f"not a bylines stories database: its table {table} has no {', '.join(missing)}"
                )


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _add_signature_column(db: sqlite3.Connection) -> None:
    """Databases written before signatures were stored get the column (empty: signed on use)."""
    if "signature" not in _columns(db, "articles"):
        db.execute("ALTER TABLE articles ADD COLUMN signature BLOB")


def _add_named_column(db: sqlite3.Connection) -> None:
    """Databases written before unknown outlets were told from named ones get the column, empty
    (NULL): such a row is read as named unless its label is a placeholder ("Source 3")."""
    if "named" not in _columns(db, "articles"):
        db.execute("ALTER TABLE articles ADD COLUMN named INTEGER")


# The placeholder label of an article whose outlet nothing names (ingest/outlet.py), as an older
# database kept it without saying it was one: "Source 3", "Source 3 (2)".
_PLACEHOLDER_RE = re.compile(r"Source \d+(?: \(\d+\))?")


def _named(flag: int | None, source: str) -> bool:
    """Whether a stored article's outlet is named: as stored, or read from its label."""
    return bool(flag) if flag is not None else _PLACEHOLDER_RE.fullmatch(source) is None


def add_article(
    db: sqlite3.Connection, story: str, placed: StoryArticle, text: str, signed: Signature
) -> None:
    db.execute(
        "INSERT INTO articles (key, story, id, source, title, url, published, seen, duplicate_of,"
        " text, signature, named) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (placed.key, story, placed.id, placed.source, placed.title, placed.url,
         placed.published, placed.seen, placed.duplicate_of, text, _signature_bytes(signed),
         int(placed.named)),
    )  # fmt: skip


def signatures(store: StoryStore, story: str) -> list[tuple[str, str, Signature]]:
    """A story's articles (id, content key) with their MinHash signatures, in placing order."""
    rows = store.db.execute(
        "SELECT id, key, text, signature FROM articles WHERE story = ? ORDER BY rowid", (story,)
    )
    return [
        (aid, key, _signature_of(blob) if blob else signature(text))
        for aid, key, text, blob in rows
    ]


def text_of(store: StoryStore, key: str) -> str:
    """A placed article's text, by its content key."""
    row = store.db.execute("SELECT text FROM articles WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def _signature_bytes(signed: Signature) -> bytes:
    """Shingle count (8 bytes), hashing scheme (8 bytes of ASCII), then the hash values."""
    minhash: Any = signed.minhash
    scheme = str(minhash.scheme).encode("ascii").ljust(8)
    values = bytes(minhash.hashvalues.astype("<u8").tobytes())
    return int(signed.size).to_bytes(8, "little") + scheme + values


def _signature_of(blob: bytes) -> Signature:
    import numpy as np

    hashvalues = np.frombuffer(blob[16:], dtype="<u8").astype(np.uint64)
    stored = _StoredMinHash(blob[8:16].decode("ascii").strip(), hashvalues)
    return Signature(int.from_bytes(blob[:8], "little"), stored)


@dataclass(frozen=True, slots=True)
class _StoredMinHash:
    """A stored MinHash's values, compared like datasketch's MinHash (same seed as dedup.py's
    signatures) without rebuilding its permutations, which cost more than the comparison."""

    scheme: str
    hashvalues: Any
    seed: int = 1

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: Any) -> float:
        if other.scheme != self.scheme or other.seed != self.seed or len(other) != len(self):
            raise ValueError("MinHash signatures of different kinds cannot be compared")
        return float((self.hashvalues == other.hashvalues).sum()) / len(self)


def add_merge(db: sqlite3.Connection, kept: str, absorbed: str) -> None:
    db.execute("INSERT OR REPLACE INTO merges VALUES (?, ?)", (absorbed, kept))
    db.execute("UPDATE merges SET kept = ? WHERE kept = ?", (kept, absorbed))
    db.execute("UPDATE articles SET story = ? WHERE story = ?", (kept, absorbed))


def story_articles(store: StoryStore, story: str | None = None) -> dict[str, list[StoryArticle]]:
    """The placed articles by story, in the order they were placed (rowid order)."""
    query = (
        "SELECT story, id, key, source, title, url, published, seen, duplicate_of, named"
        " FROM articles"
    )
    rows = store.db.execute(
        query + (" WHERE story = ?" if story else "") + " ORDER BY rowid",
        (story,) if story else (),
    )
    stories: dict[str, list[StoryArticle]] = {}
    for story_id, aid, key, source, title, url, published, seen, copy_of, named in rows:
        placed = StoryArticle(
            aid, key, source, title, url, published, seen, copy_of, _named(named, source)
        )
        stories.setdefault(story_id, []).append(placed)
    return stories


def story_count(store: StoryStore) -> int:
    """How many stories the store holds (a merged story is one)."""
    row = store.db.execute("SELECT COUNT(DISTINCT story) FROM articles").fetchone()
    return int(row[0])


def recent_stories(store: StoryStore, limit: int) -> list[str]:
    """The ``limit`` stories an article was most recently placed in (or merged into), latest
    first: placing order is rowid order, and a merged story's articles carry the kept id."""
    rows = store.db.execute(
        "SELECT story FROM articles GROUP BY story ORDER BY MAX(rowid) DESC LIMIT ?",
        (min(limit, SQLITE_MAX_INTEGER),),  # '--recent 10**23' overflowed SQLite's integer
    )
    return [str(row[0]) for row in rows]


def full_articles(store: StoryStore, story: str) -> list[Article]:
    """A story's articles with their text, as the report pipeline reads them (an article whose
    outlet nothing named is marked so, or its briefing would count its label as an outlet)."""
    rows = store.db.execute(
        "SELECT id, text, source, title, url, published, named FROM articles WHERE story = ?"
        " ORDER BY rowid",
        (story,),
    )
    return [
        Article(aid, text, source, title, url, published, outlet_known=_named(named, source))
        for aid, text, source, title, url, published, named in rows
    ]


def briefing_key(store: StoryStore, story: str, options: str) -> str:
    """What a story's briefing depends on: its articles (by content key, in placing order) and
    the options it was built with, and the layout of a Report (BRIEFING_LAYOUT)."""
    rows = store.db.execute("SELECT key FROM articles WHERE story = ? ORDER BY rowid", (story,))
    keys = "\n".join([f"layout {BRIEFING_LAYOUT}", options, *(row[0] for row in rows)])
    return hashlib.sha1(keys.encode("utf-8")).hexdigest()


def kept_briefing(store: StoryStore, story: str, key: str) -> Report | None:
    """The briefing built for this story when it had the same articles and options, if any.
    Pickled by ``keep_briefing``; read back by an unpickler that builds nothing but the report's
    own types, as a store file may come from someone else (``--db PATH``)."""
    row = store.db.execute("SELECT key, report FROM briefings WHERE story = ?", (story,)).fetchone()
    if row is None or row[0] != key:
        return None
    try:
        report = _ReportUnpickler(io.BytesIO(row[1])).load()
    except (pickle.UnpicklingError, EOFError, TypeError, ValueError, AttributeError):
        return None  # not a briefing this program wrote: build it again
    return report if isinstance(report, Report) else None


class _ReportUnpickler(pickle.Unpickler):
    """Loads only the frozen dataclasses of ``bylines.types`` (all a Report is made of)."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "bylines.types" and name in _REPORT_TYPES:
            return getattr(bylines_types, name)
        raise pickle.UnpicklingError(f"a kept briefing may not hold {module}.{name}")


def keep_briefing(store: StoryStore, story: str, key: str, report: Report) -> None:
    """Keep one briefing per story: a new article changes the key and replaces it."""
    with store.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO briefings VALUES (?, ?, ?)", (story, key, pickle.dumps(report))
        )


def kept_news(store: StoryStore, story: str, key: str) -> WhatsNew | None:
    """What is new in the story, as worked out when it had the same articles, shown ones and
    time of showing (``key``), if kept: comparing its figures takes a tenth of a second a
    story, and a front page lists thirty on every view."""
    row = store.db.execute("SELECT key, value FROM news WHERE story = ?", (story,)).fetchone()
    if row is None or row[0] != key:
        return None
    value = json.loads(row[1])
    figures = tuple(FigureChange(f[0], f[1], f[2], tuple(f[3])) for f in value["figures"])
    return WhatsNew(value["since"], tuple(value["outlets"]), tuple(value["facts"]), figures)


def keep_news(store: StoryStore, story: str, key: str, new: WhatsNew) -> None:
    """Keep one what's-new per story: a new article or a showing changes the key."""
    figures = [[f.subject, f.before, f.after, list(f.sources)] for f in new.figures]
    value = {"since": new.since, "outlets": new.outlets, "facts": new.facts, "figures": figures}
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO news VALUES (?, ?, ?)", (story, key, json.dumps(value)))


def merged_from(store: StoryStore) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for absorbed, kept in store.db.execute("SELECT absorbed, kept FROM merges ORDER BY absorbed"):
        merged.setdefault(kept, []).append(absorbed)
    return merged


def resolve(store: StoryStore, story: str) -> str:
    """The story an id now lives in (itself, or the story it was merged into)."""
    row = store.db.execute("SELECT kept FROM merges WHERE absorbed = ?", (story,)).fetchone()
    return str(row[0]) if row else story


def outlet_names(store: StoryStore) -> set[str]:
    """Every outlet name the stored articles carry."""
    return {str(row[0]) for row in store.db.execute("SELECT DISTINCT source FROM articles")}


def shown_at(store: StoryStore, story: str) -> str | None:
    row = store.db.execute("SELECT at FROM shown WHERE story = ?", (story,)).fetchone()
    return str(row[0]) if row else None


def shown_keys(store: StoryStore, story: str) -> set[str]:
    """The keys of a story's articles that were shown with it (or with a story merged into it)."""
    rows = store.db.execute(
        "SELECT a.key FROM articles a JOIN shown_articles s ON s.key = a.key WHERE a.story = ?",
        (story,),
    )
    return {str(row[0]) for row in rows}


def mark_shown(store: StoryStore, shown: Mapping[str, Sequence[str]], at: str) -> None:
    """The stories (id -> the keys of the articles the reader was shown) were shown at ``at``.
    By the keys served, not the articles stored: one placed while a page was being built was
    not seen."""
    with store.transaction() as db:
        db.executemany("INSERT OR REPLACE INTO shown VALUES (?, ?)", [(s, at) for s in shown])
        db.executemany(
            "INSERT OR IGNORE INTO shown_articles VALUES (?)",
            [(key,) for keys in shown.values() for key in keys],
        )


def load_desk(store: StoryStore) -> tuple[Desk, int]:
    """The desk and its version: the one this store kept when no one saved another since."""
    row = store.db.execute("SELECT state FROM desk WHERE id = 1").fetchone()
    if row is None:
        return Desk(), 0
    state = json.loads(row[0])
    version = int(state.get("version", 0))
    kept, store.kept = store.kept, None  # taken: put back only once saved (keep_desk)
    if kept is not None and kept[0] == version:
        return kept[1], version
    if "stories" in state:  # written as one value by an earlier version: rows from now on
        return _desk_of_value(state), version
    stories = [_open_story(json.loads(text)) for (text,) in store.db.execute(
        "SELECT state FROM open_stories ORDER BY rowid")]  # fmt: skip
    df = {_WORDS: Counter[str](), _ANCHORS: Counter[str]()}
    for kind, term, count in store.db.execute("SELECT kind, term, df FROM term_df"):
        df[kind][term] = count
    desk = Desk(
        stories={s.id: s for s in stories},
        word_df=df[_WORDS],
        anchor_df=df[_ANCHORS],
        documents=state["documents"],
        clock=datetime.fromisoformat(state["clock"]),
    )
    return desk, version


def save_desk(db: sqlite3.Connection, desk: Desk, version: int) -> int:
    """Write what changed on the desk since it was loaded; returns the new version."""
    db.executemany("DELETE FROM open_stories WHERE id = ?", [(i,) for i in desk.gone])
    db.executemany(
        "INSERT OR REPLACE INTO open_stories VALUES (?, ?)",
        [(i, json.dumps(_story_value(desk.stories[i]))) for i in desk.touched],
    )
    for kind, terms, df in (
        (_WORDS, desk.counted, desk.word_df),
        (_ANCHORS, desk.counted_anchors, desk.anchor_df),
    ):
        db.executemany("INSERT OR REPLACE INTO term_df VALUES (?, ?, ?)",
                       [(kind, t, df[t]) for t in terms])  # fmt: skip
    state = {"documents": desk.documents, "clock": desk.clock.isoformat(), "version": version + 1}
    db.execute("INSERT OR REPLACE INTO desk VALUES (1, ?)", (json.dumps(state),))
    desk.saved()
    return version + 1


def keep_desk(store: StoryStore, desk: Desk, version: int) -> None:
    """Keep the desk just saved (and committed) for this store's next placement."""
    store.kept = (version, desk)


def _story_value(story: OpenStory) -> dict[str, object]:
    return {"id": story.id, "words": story.words, "anchors": story.anchors,
            "last": story.last.isoformat(), "merged_from": story.merged_from,
            "first_dated": story.first_dated and story.first_dated.isoformat(),
            "last_dated": story.last_dated and story.last_dated.isoformat(),
            "size": story.size, "lead_days": story.lead_days,
            "lead_minutes": story.lead_minutes,
            "lead_magnitudes": story.lead_magnitudes,
            "lead_money": story.lead_money,
            "lead_years": story.lead_years, "years": story.years,
            "days": story.days}  # fmt: skip


def _open_story(value: dict[str, Any]) -> OpenStory:
    return OpenStory(value["id"], value["words"], value["anchors"],
                     datetime.fromisoformat(value["last"]), value["merged_from"],
                     _time(value.get("first_dated")), _time(value.get("last_dated")),
                     value.get("size", 0), value.get("lead_days", {}),
                     value.get("lead_minutes", {}), value.get("lead_magnitudes", {}),
                     value.get("lead_money", {}), value.get("lead_years", {}),
                     value.get("years", {}), value.get("days", {}))  # fmt: skip


def _desk_of_value(state: dict[str, Any]) -> Desk:
    """A desk saved as one JSON value; every part marked changed, so it is saved as rows."""
    desk = Desk(
        stories={s["id"]: _open_story(s) for s in state["stories"]},
        word_df=Counter(state["word_df"]),
        anchor_df=Counter(state["anchor_df"]),
        documents=state["documents"],
        clock=datetime.fromisoformat(state["clock"]),
    )
    desk.touched.update(dict.fromkeys(desk.stories))
    desk.grown.update(dict.fromkeys(desk.stories))
    desk.counted.update(dict.fromkeys(desk.word_df))
    desk.counted_anchors.update(dict.fromkeys(desk.anchor_df))
    return desk


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
