"""What the web service does with a submission, without any web framework in sight.

A submission (pasted texts, uploaded files, URLs) is read into articles, analysed with the
process's loaded models, rendered and stored; the result is the stored report's id and its
``bylines.report/1`` object. Everything here runs in a worker thread of the service.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bylines.errors import BylinesError, MissingExtraError
from bylines.ingest.fetch import Fetcher, FetchSettings, fetch_articles, merge_results
from bylines.models import Models
from bylines.options import ReportOptions
from bylines.types import Article, ReadResult, Report, Skipped
from bylines.web.store import ReportStore, new_secret

if TYPE_CHECKING:
    from bylines.web.workers import Job

# Limits of one request. 50 articles is five times a typical event cluster; 5 MB holds 50 long
# articles as HTML uploads. Two analyses run at once on a 2-core machine (each is CPU-bound);
# eight more may wait in line before the service answers 429.
MAX_ARTICLES = 50
MAX_BYTES = 5_000_000
MAX_RUNNING = 2
MAX_WAITING = 8
# Submissions over this many characters/bytes are analysed in a process of their own
# (web/workers.py): ten typical articles are 40 KB, the 100 largest DUC 2004 ones 308 KB. Two
# such processes at once, each stopped after ANALYSIS_SECONDS: a 5 MB submission takes about
# 15 s on 2 cores next to another (benchmarks/results/load.md).
SMALL_BYTES = 300_000
MAX_PROCESSES = 2
ANALYSIS_SECONDS = 120.0
# Default ids: a JSON article sent without an id is numbered by its position among the articles;
# a piece of a pasted text box by its position among the pieces.
JSON_ID = "text-{}"
PASTED_ID = "pasted-{}"

# How long a report may be kept when its maker sets an expiry: from a day to a year.
MIN_KEEP_DAYS = 1
MAX_KEEP_DAYS = 365
# The choices the web form offers (days; 0 = until deleted).
KEEP_CHOICES = ((0, "until I delete it"), (1, "1 day"), (7, "7 days"), (30, "30 days"))
# Pasted articles the form offers a box (and an outlet field) for; more go in one box with ---.
FORM_ARTICLES = 4
# Uploaded file names are written into a temporary folder: cut to fit any file system (255 bytes),
# with room for a "-2" suffix; the user still sees the name as sent.
MAX_NAME_CHARS = 120
MAX_SUFFIX_CHARS = 10

# The longest summary a request may ask for: past it the "summary" is most of the pile, and the
# request costs what a limit on articles is there to bound.
MAX_WORDS = 1000


@dataclass(frozen=True, slots=True)
class WebConfig:
    db_path: Path | None = None
    fetch: FetchSettings = field(default_factory=FetchSettings)
    options: ReportOptions = field(default_factory=ReportOptions)
    max_articles: int = MAX_ARTICLES
    max_bytes: int = MAX_BYTES
    max_running: int = MAX_RUNNING
    max_waiting: int = MAX_WAITING
    small_bytes: int = SMALL_BYTES
    max_processes: int = MAX_PROCESSES
    analysis_seconds: float = ANALYSIS_SECONDS
    # The public list of recent reports (GET /reports, /api/reports). Report ids cannot be
    # guessed, so with the list off a report is seen only by those given its link.
    listing: bool = True


@dataclass(frozen=True, slots=True)
class Submission:
    """Everything one request asks bylines to read."""

    articles: tuple[Article, ...] = ()
    urls: tuple[str, ...] = ()
    uploads: tuple[tuple[str, bytes], ...] = ()
    # The summary budget this request asks for; None keeps the service's default.
    words: int | None = None
    # Days until the report is deleted on its own; None keeps it until its maker deletes it.
    keep_days: int | None = None

    @property
    def size(self) -> int:
        return len(self.articles) + len(self.urls) + len(self.uploads)


class Refused(BylinesError):
    """A request the service will not analyse: an HTTP status, a code and a user message."""

    def __init__(self, status: int, code: str, message: str, details: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = list(details)


def check(submission: Submission, config: WebConfig) -> None:
    if submission.size == 0:
        raise Refused(422, "empty", "nothing to report: give article texts, files or URLs")
    if submission.size > config.max_articles:
        raise Refused(
            422,
            "too_many_articles",
            f"too many articles ({submission.size}); the limit is {config.max_articles}",
        )


def check_read(read: ReadResult, max_articles: int) -> None:
    """The article limit again, after reading: one uploaded JSON Lines file holds many."""
    if len(read.articles) > max_articles:
        raise Refused(
            422,
            "too_many_articles",
            f"too many articles ({len(read.articles)}); the limit is {max_articles}",
        )


def text_article(
    text: str,
    n: int,
    *,
    article_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    """An article sent as text, read like a JSON Lines record (same defaults, title from a
    headline-like first line; an HTML page read as a page); ``n`` numbers it when it has no id."""
    from bylines.ingest.read import article_from_pasted

    return article_from_pasted(
        text,
        (article_id or "").strip() or JSON_ID.format(n),
        source=(source or "").strip() or None,
        title=title,
        url=url,
        published=published,
    )


def pasted_articles(
    texts: Sequence[str], sources: Sequence[str] = (), first: int = 1
) -> tuple[Article, ...]:
    """Articles from pasted texts; one box may hold several, separated by a line of ---.

    ``sources[i]`` names the outlet of every article in ``texts[i]`` (blank: not named). Each is
    read like a plain-text file (a headline-like first line becomes the title).
    """
    from bylines.ingest.read import article_from_text, split_articles

    named = [
        (piece, (sources[i] if i < len(sources) else "").strip() or None)
        for i, text in enumerate(texts)
        for piece in split_articles(text)
    ]
    return tuple(
        article_from_text(piece, PASTED_ID.format(n), source=source)
        for n, (piece, source) in enumerate(named, first)
    )


def url_list(text: str) -> tuple[str, ...]:
    """URLs from a text box: one per line or separated by spaces. The words of a line that
    are no URL stay together as one entry, refused once ("not a url" is one mistake, not
    three)."""
    found: list[str] = []
    for line in text.splitlines():
        words = line.split()
        found += [w for w in words if "://" in w]
        rest = " ".join(w for w in words if "://" not in w)
        if rest:
            found.append(rest)
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class Made:
    """A stored report as its maker gets it: id, JSON object, and the secret that deletes it
    (shown only now; the store keeps its hash)."""

    id: str
    data: dict[str, Any]
    delete_secret: str

    @property
    def delete_path(self) -> str:
        return f"/reports/{self.id}/delete?secret={self.delete_secret}"


@dataclass(frozen=True, slots=True)
class Lanes:
    """How many analyses may run at once: in threads of this process (small submissions, with
    the loaded models) and in processes of their own (large ones, see ``web/workers.py``)."""

    threads: threading.BoundedSemaphore
    processes: threading.BoundedSemaphore

    @classmethod
    def of(cls, config: WebConfig) -> Lanes:
        return cls(
            threading.BoundedSemaphore(config.max_running),
            threading.BoundedSemaphore(config.max_processes),
        )


@dataclass(frozen=True, slots=True)
class Analysed:
    """A finished analysis, ready to store."""

    data: dict[str, Any]
    articles: tuple[Article, ...]
    body: str
    export: str
    title: str


def analyse(
    submission: Submission,
    config: WebConfig,
    models: Models,
    fetcher: Fetcher,
    store: ReportStore,
    *,
    lanes: Lanes | None = None,
) -> Made:
    """Fetch, read, analyse, render and store; return the new report with its delete secret.

    A submission over ``config.small_bytes`` is analysed in a process of its own, at a lower
    priority and under ``config.analysis_seconds``; a smaller one in this thread.
    """
    from bylines.web.workers import Job, run_in_process

    lanes = lanes or Lanes.of(config)
    options = config.options
    if submission.words is not None:
        options = dataclasses.replace(options, words=submission.words)
    pasted = ReadResult(submission.articles)
    fetched = _fetched(submission, fetcher, config.fetch.workers)
    job = Job(pasted, submission.uploads, fetched, options, config.max_articles)
    if weight((pasted, fetched), submission.uploads) > config.small_bytes:
        with lanes.processes:
            done: Analysed = run_in_process(job, config.analysis_seconds)
    else:
        with lanes.threads:
            done = analysed(job, models)
    secret = new_secret()
    report_id = store.save(
        done.data,
        done.articles,
        done.body,
        done.export,
        title=done.title,
        delete_secret=secret,
        keep_days=submission.keep_days,
    )
    return Made(report_id, done.data, secret)


def gather(submission: Submission, fetcher: Fetcher, workers: int) -> ReadResult:
    """Every article of a submission, read in this thread: pasted, uploaded and fetched."""
    fetched = _fetched(submission, fetcher, workers)
    return in_order(ReadResult(submission.articles), submission.uploads, fetched)


def in_order(
    pasted: ReadResult, uploads: Sequence[tuple[str, bytes]], fetched: ReadResult
) -> ReadResult:
    """A submission's inputs in the one order reports and stories both use: pasted texts,
    uploaded files, fetched URLs (source numbers and article order follow it)."""
    return merge_results(pasted, read_uploads(uploads), fetched)


def _fetched(submission: Submission, fetcher: Fetcher, workers: int) -> ReadResult:
    """The articles of the submission's URLs (none asked: nothing fetched)."""
    return fetch_articles(submission.urls, fetcher, workers) if submission.urls else ReadResult(())


def weight(reads: Sequence[ReadResult], uploads: Sequence[tuple[str, bytes]]) -> int:
    """The size of a submission in characters and bytes: what its analysis time grows with."""
    texts = sum(len(a.text) for read in reads for a in read.articles)
    return texts + sum(len(data) for _, data in uploads)


def analysed(job: Job, models: Models) -> Analysed:
    """Read the uploads, analyse everything and render it (in a thread or a worker process)."""
    from bylines.render import report_to_dict, to_html

    read = in_order(job.pasted, job.uploads, job.fetched)
    if not read.articles:
        details = [{"name": s.name, "reason": s.reason} for s in read.skipped]
        raise Refused(422, "nothing_readable", "none of the inputs could be read", details)
    check_read(read, job.max_articles)
    report = _build(read, job.options, models)
    data = report_to_dict(report)
    body, export = report_body(report), to_html(report)
    # Only the articles the briefing is made from are kept with it: one that clean left empty
    # is named in its skipped inputs, and counted, the page would say "from 3 reports" above a
    # briefing "from 2 reports".
    briefed = {a.id for a in report.articles}
    kept = tuple(a for a in read.articles if a.id in briefed)
    return Analysed(data, kept, body, export, briefing_title(report))


def _build(read: ReadResult, options: ReportOptions, models: Models) -> Report:
    """The report; a BylinesError about the articles (none has story text left) is the
    request's fault, so it is a 422, not a 500. A missing extra is the server's."""
    from bylines.report.pipeline import build_report

    try:
        return build_report(read.articles, options, models, read.skipped)
    except MissingExtraError:
        raise
    except BylinesError as exc:
        raise Refused(422, "cannot_analyse", str(exc)) from exc


def briefing_title(report: Report) -> str:
    """A report's one-line name: the briefing's title (the store cuts it to one line)."""
    from bylines.report.headline import report_title

    return report_title(report)


def read_uploads(uploads: Sequence[tuple[str, bytes]]) -> ReadResult:
    """Uploaded files go through ``read_inputs`` like files on disk (same formats, same checks)."""
    if not uploads:
        return ReadResult(())
    from bylines.ingest.read import printable, read_inputs

    with tempfile.TemporaryDirectory(prefix="bylines-upload-") as tmp:
        paths: list[Path] = []
        for name, content in uploads:
            path = Path(tmp) / _safe_name(name, {p.name for p in paths})
            path.write_bytes(content)
            paths.append(path)
        result = read_inputs([str(p) for p in paths])
        by_path = {str(p): name for p, (name, _) in zip(paths, uploads, strict=True)}
    skipped = tuple(
        Skipped(printable(by_path.get(s.name, s.name)), _strip(s.reason, tmp))
        for s in result.skipped
    )
    return ReadResult(result.articles, skipped)


def _safe_name(name: str, taken: set[str]) -> str:
    """A file name safe to write in the temporary directory, keeping stem and extension."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).name).strip(".-") or "upload.txt"
    if len(base) > MAX_NAME_CHARS:  # file systems refuse names over 255 bytes
        stem, dot, ext = base.rpartition(".")
        ext = ext[:MAX_SUFFIX_CHARS] if dot else ""
        base = (stem if dot else base)[: MAX_NAME_CHARS - len(ext) - 1] + ("." + ext if ext else "")
    candidate, n = base, 2
    while candidate in taken:
        stem, dot, ext = base.rpartition(".")
        candidate = f"{stem}-{n}.{ext}" if dot else f"{base}-{n}"
        n += 1
    return candidate


def _strip(reason: str, tmp: str) -> str:
    """Reasons must not show the server's temporary paths."""
    return reason.replace(tmp + "/", "")


def report_body(report: Report) -> str:
    """The report as an HTML fragment for the service's page: the HTML renderer's body."""
    from bylines.render import render_body, stylesheet

    return f"<style>{stylesheet()}</style>{render_body(report)}"
