"""RSS and Atom feeds: the entries' links become URLs to fetch (``bylines report --feed``).

The feed itself is fetched through the guarded fetcher and handed to feedparser as bytes, so
feedparser never opens a URL of its own (given a string, it would fetch it unguarded).
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from bylines.errors import FetchError
from bylines.ingest.fetch import FEED_TYPES, WORKERS, Fetcher, Progress, article_ids, fetch_articles
from bylines.types import ReadResult


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: datetime | None = None


def parse_since(text: str) -> datetime:
    """``2026-03-02`` or ``2026-03-02T08:00`` (UTC unless an offset is given)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date (use YYYY-MM-DD): {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_feed(url: str, fetcher: Fetcher) -> tuple[FeedEntry, ...]:
    """The entries of an RSS or Atom feed that link to a page, in feed order."""
    import feedparser

    fetched = fetcher.fetch(url, FEED_TYPES)
    headers = {"content-location": fetched.final_url, "content-type": fetched.content_type}
    parsed = feedparser.parse(io.BytesIO(fetched.body), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(url, "not an RSS or Atom feed")
    entries = (_entry(e) for e in parsed.entries)
    return tuple(e for e in entries if e is not None)


def _entry(raw: Any) -> FeedEntry | None:
    link = raw.get("link")
    if not link or not str(link).startswith(("http://", "https://")):
        return None
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
    return FeedEntry(str(link), raw.get("title"), published)


def select_entries(
    entries: Sequence[FeedEntry], since: datetime | None = None, limit: int | None = None
) -> list[FeedEntry]:
    """Newest first (undated entries last); ``since`` drops older and undated ones; ``limit`` cuts.

    Undated entries are dropped under ``since`` because nothing says they are recent.
    """
    oldest = datetime.min.replace(tzinfo=UTC)
    ordered = sorted(entries, key=lambda e: e.published or oldest, reverse=True)
    if since is not None:
        ordered = [e for e in ordered if e.published is not None and e.published >= since]
    unique = list({e.url: e for e in reversed(ordered)}.values())[::-1]
    return unique[:limit] if limit is not None else unique


def feed_articles(
    url: str,
    fetcher: Fetcher,
    *,
    since: datetime | date | None = None,
    limit: int | None = None,
    workers: int = WORKERS,
    progress: Progress | None = None,
) -> ReadResult:
    """Fetch a feed, choose its entries, fetch and extract each linked page.

    A page with no date of its own takes the entry's date from the feed.
    """
    if isinstance(since, date) and not isinstance(since, datetime):
        since = datetime(since.year, since.month, since.day, tzinfo=UTC)
    entries = select_entries(read_feed(url, fetcher), since, limit)
    result = fetch_articles([e.url for e in entries], fetcher, workers, progress)
    # fetch_articles names each article by article_ids(urls), so the id finds the entry again
    dates = dict(zip(article_ids([e.url for e in entries]), entries, strict=True))
    articles = tuple(
        replace(a, published=a.published or _iso(dates[a.id].published)) for a in result.articles
    )
    return ReadResult(articles, result.skipped)


def _iso(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment else None
