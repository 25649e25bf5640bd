"""From a stream of articles to stories: the table of contents of the stories pipeline.

1. clean      page furniture removed (shared with the report pipeline)        (ingest/clean.py)
2. represent  each article's content words and anchors (names, numbers)        (represent.py)
3. assign     into an open story or a new one; stories that meet are merged     (assign.py)
4. dedup      a wire copy of an article already in its story is marked          (ingest/dedup.py)
5. store      placements, merges and the desk kept in SQLite for the next run   (store.py)
6. title      a neutral headline: the one whose words most outlets carry       (title.py)
7. timeline   dated events, relative dates resolved against publication time  (report/timeline.py)
8. new        what arrived since the story was last shown                      (new.py)

``add_articles`` places articles (steps 1-5); ``prepare`` is the part of 1-4 that needs no desk,
which another engine may run ahead, in parallel (``ray_engine.py``); ``list_stories`` and
``get_story`` read stories back (6-8); ``story_report`` gives one story's full briefing by the
report pipeline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bylines.ingest.clean import clean_article
from bylines.ingest.dedup import (
    MAYBE_COPY,
    SURE_COPY,
    Signature,
    contains_copy,
    copy_share,
    shingles,
    signature,
)
from bylines.ingest.outlet import label_outlets
from bylines.models import Models
from bylines.options import ReportOptions
from bylines.report.timeline import build_timeline
from bylines.stories import assign
from bylines.stories import store as db
from bylines.stories.assign import Desk
from bylines.stories.new import whats_new
from bylines.stories.represent import Represented, content_key, represent
from bylines.stories.store import StoryStore
from bylines.stories.title import story_title
from bylines.stories.types import StoriesResult, Story, StoryArticle, WhatsNew, published_time
from bylines.types import Article, Report, Skipped

_EMPTY = "nothing left after removing page furniture"
# Stories a listing of the database builds (``stored_stories``), the most recently added to:
# as many as the service's API lists at most (web/stories.py MAX_LISTED). Built stories cost
# about 5 ms an article: a database of all 982 ECB+ articles (194 stories) listed whole in
# 4.5-5.4 s, its 100 most recently added to (516 articles) in 2.5 s (in-process, load ~4).
LISTED = 100


def group_stories(
    articles: Sequence[Article],
    store: StoryStore | None = None,
    skipped: Sequence[Skipped] = (),
    now: datetime | None = None,
) -> StoriesResult:
    """Place the articles (into ``store``, or a store for this call only) and list every story
    they are in: the one-call form of ``add_articles`` then ``list_stories``."""
    own = store is None
    store = store or StoryStore()
    try:
        placed = add_articles(store, articles, now)
        return placed_stories(store, articles, placed, skipped, now)
    finally:
        if own:
            store.close()


def placed_stories(
    store: StoryStore,
    articles: Sequence[Article],
    placed: Mapping[str, str],
    skipped: Sequence[Skipped] = (),
    now: datetime | None = None,
) -> StoriesResult:
    """The stories ``placed`` (article id -> story id) put articles in; the articles that were
    not placed (nothing left after cleaning) are added to ``skipped``."""
    stories = list_stories(store, {db.resolve(store, s) for s in placed.values()}, now)
    empty = [Skipped(a.id, _EMPTY) for a in articles if a.id not in placed]
    # (a store in memory holds this run's stories only: no database to count)
    stored = db.story_count(store) if store.path is not None else None
    return StoriesResult(stories, (*skipped, *empty), in_database=stored)


def stored_stories(
    store: StoryStore, now: datetime | None = None, limit: int | None = None
) -> StoriesResult:
    """The ``limit`` stories (default ``LISTED``) an article was most recently placed in, most
    independent reports first, no article placed: each listed story is built whole (title,
    timeline, what is new), so a year's database is not read at every listing; the caller marks
    what it shows (``mark_shown``). ``in_database`` counts them all."""
    recent = set(db.recent_stories(store, LISTED if limit is None else limit))
    stories = list_stories(store, recent, now)
    return StoriesResult(stories, in_database=db.story_count(store), listed=True)


def mark_shown(store: StoryStore, stories: Sequence[Story], now: datetime | None = None) -> None:
    """Remember that these stories were shown to a reader now, with the articles they were shown
    with: their ``new`` then lists the articles placed since (even within the same second, or
    while the page was being built). The caller says what showing is: the command line's
    listing, the service's story page (not the service's answer to a poll, or every poll would
    hide the news from the page's readers)."""
    served = {s.id: [a.key for a in s.articles] for s in stories}
    db.mark_shown(store, served, _moment(now).isoformat())


def _moment(now: datetime | None) -> datetime:
    """A moment as the store keeps it: naive UTC, whole seconds."""
    return (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A cleaned article with its terms and MinHash signature: what placing it needs that does
    not depend on the desk, so it can be computed ahead, on other processes or machines."""

    rep: Represented
    signature: Signature


def prepare(article: Article) -> Prepared | None:
    """Clean, represent and sign one article; None when nothing is left after cleaning."""
    cleaned = clean_article(article)
    if not cleaned.text.strip():
        return None
    return Prepared(represent(cleaned), signature(cleaned.text))


def add_articles(
    store: StoryStore, articles: Sequence[Article], now: datetime | None = None
) -> dict[str, str]:
    """Place each new article in a story, in input order; returns article id -> story id.

    An article already in the store (same text) is not placed again: it keeps its story.
    """
    cleaned = [c for c in (clean_article(a) for a in articles) if c.text.strip()]
    return add_cleaned(store, cleaned, now)


def add_cleaned(
    store: StoryStore,
    cleaned: Sequence[Article],
    now: datetime | None = None,
    ready: Mapping[str, Prepared] | None = None,
) -> dict[str, str]:
    """``add_articles`` after cleaning; ``ready`` holds articles prepared ahead, by content key
    (the rest are represented and signed here, as needed)."""
    ready = ready or {}
    seen = _moment(now)
    # an article whose page names no outlet gets the readable label a report gives it
    # (its headline's first words, 'Source 3'), not its file name; its key is read with that
    # label, so that reading the same file again finds it
    labelled = label_outlets(cleaned)
    keys = [content_key(a) for a in labelled]
    with store.placing():
        placements, desk, version = _placed(store, cleaned, labelled, keys, seen=seen, ready=ready)
    db.keep_desk(store, desk, version)
    return placements


def _placed(
    store: StoryStore,
    cleaned: Sequence[Article],
    labelled: Sequence[Article],
    keys: Sequence[str],
    *,
    seen: datetime,
    ready: Mapping[str, Prepared],
) -> tuple[dict[str, str], Desk, int]:
    """``add_cleaned`` inside its transaction (what is already known is read under the lock):
    the placements, and the desk with the version it was saved as."""
    conn = store.db
    known = db.known_keys(store, keys)
    unlabelled = {k: a for k, a in zip(keys, cleaned, strict=True) if k not in known}
    unnamed = {k for k, a in unlabelled.items() if a.source == a.id}
    fresh = _distinctly_labelled(store, unlabelled)
    desk, version = db.load_desk(store)
    reps = [
        replace(ready[k].rep, article=a) if k in ready else replace(represent(a), key=k)
        for k, a in fresh.items()
    ]
    named = {rep.key: rep.key not in unnamed for rep in reps}
    desk.count(reps)
    placements = {a.id: known[k] for k, a in zip(keys, labelled, strict=True) if k in known}
    copies = _Copies(store, {k: p.signature for k, p in ready.items()})
    for start in range(0, len(reps), assign.SETTLE_EVERY):
        for rep in reps[start : start + assign.SETTLE_EVERY]:
            placements[rep.article.id] = _place(conn, desk, rep, seen, copies, named=named[rep.key])
        for merge in desk.settle():
            db.add_merge(conn, merge.kept, merge.absorbed)
            copies.merge(merge.kept, merge.absorbed)
    return placements, desk, db.save_desk(conn, desk, version)


def _distinctly_labelled(store: StoryStore, fresh: Mapping[str, Article]) -> dict[str, Article]:
    """The new articles (by key) labelled where no page names their outlet, each label distinct
    from the outlet names already stored: another run's 'Source 1' is another outlet."""
    labelled = label_outlets(list(fresh.values()), db.outlet_names(store))
    return dict(zip(fresh, labelled, strict=True))


def _place(
    conn: object, desk: Desk, rep: Represented, seen: datetime, copies: _Copies, *, named: bool
) -> str:
    """Place one article and store it (``named``: its outlet is known, not only labelled)."""
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    signed = copies.signed(rep)
    copied: list[str] = []  # the original the desk placed it by, if it did so

    def copies_one_in(story: str) -> bool:
        copied.extend(filter(None, [copies.copied_in(story, rep.article.text, signed)]))
        return bool(copied)

    placement, merge = desk.place(rep, seen, published_time(rep.article.published), copies_one_in)
    if merge is not None:
        db.add_merge(conn, merge.kept, merge.absorbed)
        copies.merge(merge.kept, merge.absorbed)
    article = rep.article
    placed = StoryArticle(
        id=article.id,
        key=rep.key,
        source=article.source,
        title=article.title,
        url=article.url,
        published=article.published,
        seen=seen.isoformat(),
        duplicate_of=copied[0] if copied else copies.original(placement.story, rep, signed),
        named=named,
    )
    db.add_article(conn, placement.story, placed, article.text, signed)
    return placement.story


class _Copies:
    """MinHash signatures of the articles of the stories touched in this run, by story, so a
    wire copy is found among its own story's articles only (not against the whole pile)."""

    def __init__(self, store: StoryStore, ready: Mapping[str, Signature]) -> None:
        self._store = store
        self._ready = ready  # signatures computed ahead, by content key
        self._by_story: dict[str, list[tuple[str, str, Signature]]] = {}
        self._shingled: dict[str, set[str]] = {}  # stored articles' shingles, by key, this run

    def signed(self, rep: Represented) -> Signature:
        """The article's signature: computed ahead, or here."""
        return self._ready.get(rep.key) or signature(rep.article.text)

    def original(self, story: str, rep: Represented, mine: Signature) -> str | None:
        """The article of the story this one copies, if one (as report dedup reads a copy): by
        MinHash where its estimate is sure, by counting shingles where it may be one."""
        signatures = self._signatures(story)
        shares = [(copy_share(sig, mine), aid, key) for aid, key, sig in signatures]
        found = next((aid for share, aid, _ in shares if share >= SURE_COPY), None)
        maybe = [(aid, key) for share, aid, key in shares if MAYBE_COPY <= share < SURE_COPY]
        if found is None and maybe:
            text = shingles(rep.article.text)
            stored = ((aid, self._shingles(key)) for aid, key in maybe)
            found = next((aid for aid, theirs in stored if contains_copy(theirs, text)), None)
        if found is None:
            signatures.append((rep.article.id, rep.key, mine))
        return found

    def copied_in(self, story: str, text: str, signed: Signature) -> str | None:
        """The story's article that the article copies (or that copies it, as report dedup
        reads a copy), if one. Shingles counted exactly from the stored texts: a lead cut from
        a long article is too small a part of it for MinHash to estimate the share (it only
        says which texts to read)."""
        mine = shingles(text)
        stored = db.signatures(self._store, story)  # (every article, copies too)
        sharing = (
            (aid, key) for aid, key, theirs in stored if copy_share(theirs, signed) > 0
        )  # (only those whose MinHash shares a value can hold it: their texts are read)
        return next((aid for aid, key in sharing if contains_copy(self._shingles(key), mine)), None)

    def _shingles(self, key: str) -> set[str]:
        """A stored article's shingles, counted once a run."""
        if key not in self._shingled:
            self._shingled[key] = shingles(db.text_of(self._store, key))
        return self._shingled[key]

    def merge(self, kept: str, absorbed: str) -> None:
        self._signatures(kept).extend(self._by_story.pop(absorbed, []))

    def _signatures(self, story: str) -> list[tuple[str, str, Signature]]:
        if story not in self._by_story:
            self._by_story[story] = db.signatures(self._store, story)
        return self._by_story[story]


def list_stories(
    store: StoryStore,
    only: set[str] | None = None,
    now: datetime | None = None,
    limit: int | None = None,
) -> tuple[Story, ...]:
    """Stories from the store, most independent reports first (``only``: these ids; ``limit``:
    the first so many). Ranked from the placed articles, and only those listed are built whole
    (title, timeline, what is new): a front page of 30 never reads a store's every story."""
    merged = db.merged_from(store)
    placed = [
        (story_id, articles)
        for story_id, articles in db.story_articles(store).items()
        if only is None or story_id in only
    ]
    ranked = sorted(placed, key=lambda p: (-_independent(p[1]), -len(p[1]), p[0]))[:limit]
    return tuple(_story(store, sid, articles, merged.get(sid, [])) for sid, articles in ranked)


def _independent(articles: Sequence[StoryArticle]) -> int:
    """As ``Story.independent``: reports that are not a copy of another one in the story."""
    return sum(1 for a in articles if a.duplicate_of is None)


def get_story(store: StoryStore, story_id: str) -> Story | None:
    """One story by its id, or by an id that was merged into it."""
    story_id = db.resolve(store, story_id)
    articles = db.story_articles(store, story_id).get(story_id)
    if not articles:
        return None
    return _story(store, story_id, articles, db.merged_from(store).get(story_id, []))


def _story(
    store: StoryStore, story_id: str, articles: list[StoryArticle], merged: list[str]
) -> Story:
    full = db.full_articles(store, story_id)
    seen = sorted(a.seen for a in articles)
    since = db.shown_at(store, story_id)
    return Story(
        id=story_id,
        title=story_title(full),
        articles=tuple(articles),
        first_seen=seen[0],
        last_seen=seen[-1],
        merged_from=tuple(merged),
        timeline=build_timeline(full),
        new=_whats_new(store, story_id, full, articles, since),
    )


def _whats_new(
    store: StoryStore,
    story_id: str,
    full: Sequence[Article],
    articles: Sequence[StoryArticle],
    since: str | None,
) -> WhatsNew | None:
    """``whats_new``, kept in the store for the story's articles, shown ones and showing."""
    if since is None:
        return None
    shown = db.shown_keys(store, story_id)
    parts = [since, *(a.key for a in articles), "shown:", *sorted(shown)]
    key = hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()
    kept = db.kept_news(store, story_id, key)
    if kept is not None:
        return kept
    new = whats_new(full, articles, since, shown)
    if new is not None:
        db.keep_news(store, story_id, key, new)
    return new


def story_report(
    store: StoryStore,
    story_id: str,
    options: ReportOptions | None = None,
    models: Models | None = None,
) -> Report:
    """The full briefing for one story (by the report pipeline over its stored articles), built
    once per set of articles and options: a story's page is viewed far more often than it
    changes, and building a briefing takes seconds. Its title is the story's, as the stories
    listing and the story page show it (the briefing chose its own from the cleaned texts, and
    one story had two titles, newuser30)."""
    from bylines.errors import BylinesError
    from bylines.report.pipeline import build_report

    resolved = db.resolve(store, story_id)
    articles = db.full_articles(store, resolved)
    if not articles:
        raise BylinesError(f"no story {story_id} in this database")
    key = db.briefing_key(store, resolved, repr(options or ReportOptions()))
    report = db.kept_briefing(store, resolved, key)
    if report is None:
        report = build_report(_unlabelled(articles), options, models)
        db.keep_briefing(store, resolved, key, report)
    return replace(report, title=story_title(articles))


def _unlabelled(articles: Sequence[Article]) -> list[Article]:
    """The articles with the placeholder label of an unknown outlet taken off, so the briefing
    labels them by their place in it: a label was numbered across the pile of the run that
    stored the article ("[2] Source 11", "[10] Source 16 (2)" in a briefing of ten, newuser35)."""
    return [a if a.outlet_known else replace(a, source=a.id) for a in articles]
