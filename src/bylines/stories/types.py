"""The frozen values of the stories pipeline: what a stage returns and a renderer reads.

A story is a real-world event followed across a stream of articles. Its id is derived from the
content of the article that started it, so the same input gives the same ids in every run, and it
never changes afterwards: later articles join it, and a story found to be the same event is
merged into it, its id kept in ``merged_from``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bylines.types import Skipped, TimelineEntry

# /2: first_seen/last_seen, outlets, latest.source, new.outlets and timeline dates changed
# meaning (docs/stories-format.md, "Changes from bylines.stories/1")
STORIES_SCHEMA = "bylines.stories/2"


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article as placed in a story: enough to list it without reading the text again."""

    id: str
    key: str  # hash of the cleaned text: the same article read twice is placed once
    source: str
    title: str | None
    url: str | None
    published: str | None
    seen: str  # ISO time the article was placed
    duplicate_of: str | None = None  # the article (id) whose wire copy this repeats
    # False when nothing named its outlet and ``source`` is only a label to tell it apart
    # ("Source 3", its headline's first words): an unknown outlet is not an outlet
    named: bool = True


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure about the same thing that changed between what was shown and what is new."""

    subject: str
    before: str
    after: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WhatsNew:
    """What arrived since the story was last shown."""

    since: str | None
    outlets: tuple[str, ...]
    facts: tuple[str, ...]
    figures: tuple[FigureChange, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    articles: tuple[StoryArticle, ...]
    first_seen: str  # when its first article was placed (read into this store)
    last_seen: str  # when its latest article was placed
    merged_from: tuple[str, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    new: WhatsNew | None = None

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets named by its articles, first placed first (labels of unknown ones out)."""
        return tuple(dict.fromkeys(a.source for a in self.articles if a.named))

    @property
    def unnamed(self) -> int:
        """Articles whose outlet nothing names."""
        return sum(1 for a in self.articles if not a.named)

    @property
    def first_published(self) -> str | None:
        """The earliest publication time of its articles, as written; None when none has one."""
        dated = self._dated()
        return dated[0][1] if dated else None

    @property
    def last_published(self) -> str | None:
        """The latest publication time of its articles, as written; None when none has one."""
        dated = self._dated()
        return dated[-1][1] if dated else None

    @property
    def undated(self) -> int:
        """Articles with no readable publication time."""
        return len(self.articles) - len(self._dated())

    def _dated(self) -> list[tuple[datetime, str]]:
        """The readable publication times (naive UTC, as written), oldest first."""
        dated = ((published_time(a.published), a.published) for a in self.articles)
        return sorted((t, p) for t, p in dated if t is not None and p)

    @property
    def independent(self) -> int:
        """Reports that are not a copy of another one in the story (wire copies collapsed)."""
        return sum(1 for a in self.articles if a.duplicate_of is None)

    @property
    def latest(self) -> StoryArticle:
        """The article published last; the last placed where none gives a readable time (an
        undated article's time of reading is not compared with another's publication)."""
        dated = [(t, a.seen) for a in self.articles if (t := published_time(a.published))]
        if not dated:
            return max(self.articles, key=lambda a: a.seen)
        latest = max(dated)
        return next(a for a in self.articles if (published_time(a.published), a.seen) == latest)


@dataclass(frozen=True, slots=True)
class StoriesResult:
    stories: tuple[Story, ...]
    skipped: tuple[Skipped, ...] = ()
    # stories in the database the result was read from (None: no database, a run's own store):
    # a run lists only the stories it touched, and a reader must not take them for all
    in_database: int | None = None
    listed: bool = False  # the database's stories listed, no article placed


def published_time(published: str | None) -> datetime | None:
    """A publication time as naive UTC, or None when there is none or it is not a date (a page
    may give only a time of day)."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
