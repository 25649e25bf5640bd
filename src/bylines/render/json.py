"""The ``bylines.report/1`` JSON object (documented in docs/report-format.md)."""

from __future__ import annotations

import json
from typing import Any

from bylines.types import (
    SCHEMA,
    Article,
    Claim,
    Conflict,
    Position,
    Quote,
    Report,
    Sentence,
    TimelineEntry,
)


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [_article(a) for a in report.articles],
        "summary": [
            {
                "text": s.text,
                "sources": list(s.sources),
                "claim": s.claim,
                "disputed": [_position(p) for p in s.disputed],
                "support": [_mention(m) for m in s.support],
            }
            for s in report.summary
        ],
        "claims": [_claim(c) for c in report.claims],
        "entities": [
            {"name": e.name, "type": e.type, "sources": list(e.sources)} for e in report.entities
        ],
        "conflicts": [_conflict(c) for c in report.conflicts],
        "updates": [_conflict(c) for c in report.updates],
        "quotes": [_quote(q) for q in report.quotes],
        "timeline": [timeline_entry(e) for e in report.timeline],
        "skipped": [{"name": s.name, "reason": s.reason} for s in report.skipped],
    }


def timeline_entry(entry: TimelineEntry) -> dict[str, Any]:
    """One timeline entry as both JSON formats write it (``bylines.report/1`` and
    ``bylines.stories/2``)."""
    return {
        "date": entry.date,
        "text": entry.text,
        "expression": entry.expression,
        "sources": list(entry.sources),
        "articles": list(entry.articles),
        "ahead": entry.ahead,
    }


def to_json(report: Report) -> str:
    # allow_nan=False: an unbounded value is null (docs/report-format.md); a stage that hands
    # on ``inf`` fails here, in the tests, rather than writing JSON no parser reads.
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "removed": list(article.removed),
        "duplicate_of": article.duplicate_of,
        "outlet_known": article.outlet_known,
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "text": claim.text,
        "sources": list(claim.sources),
        "coverage": claim.coverage,
        "mentions": [_mention(m) for m in claim.mentions],
        "support": [_mention(m) for m in claim.support],
    }


def _mention(sentence: Sentence) -> dict[str, Any]:
    return {"article": sentence.article, "sentence": sentence.index, "text": sentence.text}


def _position(p: Position) -> dict[str, Any]:
    return {
        "value": p.value,
        "low": p.low,
        "high": p.high,
        "unit": p.unit,
        "sources": list(p.sources),
        "evidence": p.evidence,
    }


def _conflict(conflict: Conflict) -> dict[str, Any]:
    positions = [_position(p) for p in conflict.positions]
    return {"kind": conflict.kind, "subject": conflict.subject, "positions": positions}


def _quote(quote: Quote) -> dict[str, Any]:
    variants = [
        {
            "text": v.text,
            "sources": list(v.sources),
            "difference": v.difference or None,
            "diff": [[op, words] for op, words in v.diff],
            "speaker": v.speaker,
            "reported": v.reported,
        }
        for v in quote.variants
    ]
    return {"speaker": quote.speaker, "variants": variants}
