"""One invented article cleaned as the read stage hands it over, for the cleaning test modules:
the article itself, or the lines it keeps."""

from __future__ import annotations

from bylines.ingest.clean import clean_article
from bylines.types import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="a", text=text, source="a"))


def kept_lines(text: str) -> list[str]:
    return clean(text).text.splitlines()
