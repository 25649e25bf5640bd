"""What the web service does with stories, without any web framework in sight.

Stories live in a second SQLite file beside the reports database (``reports.sqlite3`` ->
``reports-stories.sqlite3``): both stores name a table ``articles`` with different columns, and
the stories schema belongs to the stories pipeline (``bylines.stories.store``), so sharing one
file would tie two schemas' migrations together for no gain. The service opens a ``StoryStore``
per operation (an sqlite3 connection may not cross threads) and places articles under one lock:
placing reads the desk of open stories, changes it and writes it back, so two placements at once
would lose one another's changes. Assignment is sequential by nature anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bylines.errors import BylinesError, MissingExtraError
from bylines.ingest.fetch import Fetcher
from bylines.models import Models
from bylines.stories.store import StoryStore
from bylines.stories.types import StoriesResult, Story
from bylines.types import Report
from bylines.web.service import Refused, Submission, WebConfig, check, check_read, gather

# Stories on the front page (and the API's default list): the most covered first.
FRONT_PAGE = 30
MAX_LISTED = 100


def stories_path(reports_path: Path) -> Path:
    """The stories database beside the reports one."""
    return reports_path.with_name(f"{reports_path.stem}-stories.sqlite3")


@dataclass
class StoriesDesk:
    """The service's stories database: one file, one writer at a time."""

    path: Path
    _writing: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        with self.open() as store:
            # WAL: the front page reads while a placement writes, without waiting for it.
            store.db.execute("PRAGMA journal_mode = WAL")

    @contextmanager
    def open(self) -> Iterator[StoryStore]:
        with StoryStore(self.path) as store:
            yield store

    def add(self, submission: Submission, config: WebConfig, fetcher: Fetcher) -> StoriesResult:
        """Read the submission and place its articles; the stories they are now in."""
        from bylines.stories.pipeline import group_stories

        check(submission, config)
        if submission.words is not None or submission.keep_days is not None:
            message = "words and keep_days apply to reports; stories keep every article"
            raise Refused(422, "invalid_request", message)
        read = gather(submission, fetcher, config.fetch.workers)
        if not read.articles:
            details = [{"name": s.name, "reason": s.reason} for s in read.skipped]
            raise Refused(422, "nothing_readable", "none of the inputs could be read", details)
        check_read(read, config.max_articles)
        with self._writing, self.open() as store:
            return group_stories(read.articles, store, skipped=read.skipped)

    def front(self, limit: int = FRONT_PAGE) -> tuple[Story, ...]:
        """The most covered stories first (independent reports, then articles)."""
        from bylines.stories.pipeline import list_stories

        with self.open() as store:
            return list_stories(store, limit=max(1, min(limit, MAX_LISTED)))

    def count(self) -> int:
        """How many stories the database holds."""
        from bylines.stories.store import story_count

        with self.open() as store:
            return story_count(store)

    def story(self, story_id: str) -> Story | None:
        """The story as it stands, with what is new since it was last shown."""
        from bylines.stories.pipeline import get_story

        with self.open() as store:
            return get_story(store, story_id)

    def shown(self, story: Story) -> None:
        """The story was served to a reader whole (with its briefing): what is new is now old.
        Marked only when no placement is writing: a page never waits for a large poll, and a
        view left unmarked shows the same news again, which is harmless."""
        from bylines.stories.pipeline import mark_shown

        if self._writing.acquire(blocking=False):
            try:
                with self.open() as store:
                    mark_shown(store, [story])
            finally:
                self._writing.release()

    def briefing(self, story_id: str, config: WebConfig, models: Models) -> Report:
        """The story's full briefing by the report pipeline (CPU-bound: run it in a worker)."""
        from bylines.stories.pipeline import story_report

        with self.open() as store:
            try:
                return story_report(store, story_id, config.options, models)
            except MissingExtraError:
                raise
            except BylinesError as exc:
                raise Refused(422, "cannot_analyse", str(exc)) from exc
