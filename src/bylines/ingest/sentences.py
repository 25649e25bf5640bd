"""Stage 3: split cleaned articles into sentences with character offsets.

nupunkt (Punkt with a model inside the package) gets abbreviations, initials, clock times and
quotations right and downloads nothing. We split paragraph by paragraph, because scraped text
often has headline-like lines without final punctuation that must not run into the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import nupunkt

from bylines.types import Article, Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A "sentence" that is only a closing quote or bracket belongs to the one before it.
_FRAGMENT = re.compile(r"^[\"”’'»)\]\s.,;:]+$")
# News sentences never start in lower case; one that does is the tail of a sentence that Punkt
# cut after an unknown abbreviation ("China-U.S. relations,” Xi added.").
_CONTINUATION = re.compile(r"^[a-z]")


def split_sentences(articles: Sequence[Article]) -> tuple[Sentence, ...]:
    """Every sentence of every article, in article order then text order."""
    return tuple(s for article in articles for s in split_article(article))


def split_article(article: Article) -> tuple[Sentence, ...]:
    spans = [span for para in _PARAGRAPH.finditer(article.text) for span in _spans(para)]
    return tuple(
        Sentence(article.id, index, article.text[start:end], start, end)
        for index, (start, end) in enumerate(_merge_fragments(article.text, spans))
    )


def _spans(paragraph: re.Match[str]) -> Iterator[tuple[int, int]]:
    offset = paragraph.start()
    for start, end in nupunkt.sent_spans(paragraph.group()):
        text = paragraph.group()[start:end]
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            yield offset + start + lead, offset + start + lead + len(stripped)


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end]
        if merged and (_FRAGMENT.match(piece) or _CONTINUATION.match(piece)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
