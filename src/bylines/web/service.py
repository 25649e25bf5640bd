"""What the web service does with a submission, without any web framework in sight.

A submission (pasted texts, uploaded files, URLs) is read into articles, analysed with the
process's loaded models, rendered and stored; the result is the stored report's id and its
``bylines.report/1`` object. Everything here runs in a worker thread of the service.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bylines.errors import BylinesError
from bylines.fetch import Fetcher, FetchSettings, fetch_articles, merge_results
from bylines.models import Models
from bylines.options import ReportOptions
from bylines.store import ReportStore
from bylines.types import Article, ReadResult, Report, Skipped

# Limits of one request. 50 articles is five times a typical event cluster; 5 MB holds 50 long
# articles as HTML uploads. Two analyses run at once on a 2-core machine (each is CPU-bound);
# eight more may wait in line before the service answers 429.
MAX_ARTICLES = 50
MAX_BYTES = 5_000_000
MAX_RUNNING = 2
MAX_WAITING = 8
RECENT = 20

SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class WebConfig:
    db_path: Path | None = None
    fetch: FetchSettings = field(default_factory=FetchSettings)
    options: ReportOptions = field(default_factory=ReportOptions)
    max_articles: int = MAX_ARTICLES
    max_bytes: int = MAX_BYTES
    max_running: int = MAX_RUNNING
    max_waiting: int = MAX_WAITING


@dataclass(frozen=True, slots=True)
class Submission:
    """Everything one request asks bylines to read."""

    articles: tuple[Article, ...] = ()
    urls: tuple[str, ...] = ()
    uploads: tuple[tuple[str, bytes], ...] = ()

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


def pasted_articles(texts: Sequence[str], first: int = 1) -> tuple[Article, ...]:
    """Articles from pasted texts; one box may hold several, separated by a line of ---.

    Each is read like a plain-text file (a headline-like first line becomes the title).
    """
    from bylines.read import article_from_text

    pieces = [p.strip() for text in texts for p in SEPARATOR.split(text)]
    return tuple(
        article_from_text(p, f"pasted-{n}")
        for n, p in enumerate((p for p in pieces if p), start=first)
    )


def url_list(text: str) -> tuple[str, ...]:
    """URLs from a text box: one per line or separated by spaces."""
    return tuple(dict.fromkeys(u for u in text.split() if u))


def analyse(
    submission: Submission,
    config: WebConfig,
    models: Models,
    fetcher: Fetcher,
    store: ReportStore,
) -> tuple[str, dict[str, Any]]:
    """Read, analyse, render and store; return the new report's id and its JSON object."""
    from bylines.pipeline import build_report
    from bylines.render import report_to_dict, to_html

    read = gather(submission, fetcher, config.fetch.workers)
    if not read.articles:
        details = [{"name": s.name, "reason": s.reason} for s in read.skipped]
        raise Refused(422, "nothing_readable", "none of the inputs could be read", details)
    report = build_report(read.articles, config.options, models, read.skipped)
    data = report_to_dict(report)
    report_id = store.save(data, read.articles, report_body(report), to_html(report))
    return report_id, data


def gather(submission: Submission, fetcher: Fetcher, workers: int) -> ReadResult:
    pasted = ReadResult(submission.articles)
    uploaded = read_uploads(submission.uploads)
    fetched = (
        fetch_articles(submission.urls, fetcher, workers) if submission.urls else ReadResult(())
    )
    return merge_results(pasted, uploaded, fetched)


def read_uploads(uploads: Sequence[tuple[str, bytes]]) -> ReadResult:
    """Uploaded files go through ``read_inputs`` like files on disk (same formats, same checks)."""
    if not uploads:
        return ReadResult(())
    from bylines.read import read_inputs

    with tempfile.TemporaryDirectory(prefix="bylines-upload-") as tmp:
        paths: list[Path] = []
        for name, content in uploads:
            path = Path(tmp) / _safe_name(name, {p.name for p in paths})
            path.write_bytes(content)
            paths.append(path)
        result = read_inputs([str(p) for p in paths])
        by_path = {str(p): name for p, (name, _) in zip(paths, uploads, strict=True)}
    skipped = tuple(
        Skipped(by_path.get(s.name, s.name), _strip(s.reason, tmp)) for s in result.skipped
    )
    return ReadResult(result.articles, skipped)


def _safe_name(name: str, taken: set[str]) -> str:
    """A file name safe to write in the temporary directory, keeping stem and extension."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).name).strip(".-") or "upload.txt"
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
    """The report as an HTML fragment for the service's page.

    INTEGRATION: uses ``render.render_body`` (with ``render.stylesheet``) once the HTML renderer
    provides them; until then the service's own compact body (``bylines.web.report_page``).
    """
    from bylines import render

    body = getattr(render, "render_body", None)
    style = getattr(render, "stylesheet", None)
    if body is not None and style is not None:
        return f"<style>{style()}</style>{body(report)}"
    from bylines.web.report_page import report_body as fallback

    return fallback(report)
