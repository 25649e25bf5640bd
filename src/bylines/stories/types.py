"""The frozen values of the stories pipeline: what a stage returns and a renderer reads.

A story is a real-world event followed across a stream of articles. Its id is derived from the
content of the article that started it, so the same input gives the same ids in every run, and it
never changes afterwards: later articles join it, and a story found to be the same event is
merged into it, its id kept in ``merged_from``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bylines.types import Skipped, TimelineEntry

STORIES_SCHEMA = "bylines.stories/1"


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
    first_seen: str
    last_seen: str
    merged_from: tuple[str, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    new: WhatsNew | None = None

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.source for a in self.articles))

    @property
    def independent(self) -> int:
        """Reports that are not a copy of another one in the story (wire copies collapsed)."""
        return sum(1 for a in self.articles if a.duplicate_of is None)

    @property
    def latest(self) -> StoryArticle:
        return max(self.articles, key=lambda a: (a.published or a.seen, a.seen))


@dataclass(frozen=True, slots=True)
class StoriesResult:
    stories: tuple[Story, ...]
    skipped: tuple[Skipped, ...] = ()
