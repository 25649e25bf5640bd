"""bylines: one cited briefing from many reports of the same news event.

>>> from bylines import read_inputs, build_report, to_markdown
>>> read = read_inputs(["reports/"])
>>> print(to_markdown(build_report(read.articles)))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bylines.errors import BylinesError, FetchError, InputError, MissingExtraError
from bylines.options import ReportOptions
from bylines.types import (
    SCHEMA,
    Article,
    Claim,
    Conflict,
    Entity,
    Position,
    Quote,
    QuoteVariant,
    ReadResult,
    Report,
    Sentence,
    Skipped,
    SummarySentence,
    TimelineEntry,
)

if TYPE_CHECKING:
    from bylines.ingest.read import read_inputs
    from bylines.models import Models, load_models
    from bylines.render import report_to_dict, to_html, to_json, to_markdown, to_text
    from bylines.report.pipeline import build_report

# Heavy parts (scikit-learn, trafilatura, the renderers) load on first use, so `import bylines`
# stays fast (PEP 562).
_LAZY = {
    "Models": "bylines.models",
    "load_models": "bylines.models",
    "build_report": "bylines.report.pipeline",
    "read_inputs": "bylines.ingest.read",
    "report_to_dict": "bylines.render",
    "to_html": "bylines.render",
    "to_json": "bylines.render",
    "to_markdown": "bylines.render",
    "to_text": "bylines.render",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'bylines' has no attribute {name!r}")


__all__ = [
    "SCHEMA",
    "Article",
    "BylinesError",
    "Claim",
    "Conflict",
    "Entity",
    "FetchError",
    "InputError",
    "MissingExtraError",
    "Models",
    "Position",
    "Quote",
    "QuoteVariant",
    "ReadResult",
    "Report",
    "ReportOptions",
    "Sentence",
    "Skipped",
    "SummarySentence",
    "TimelineEntry",
    "build_report",
    "load_models",
    "read_inputs",
    "report_to_dict",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
]
