"""One invented harbour story's lines and a page built around them, for the tests of what
cleaning keeps and removes, the outlet and the publication time read from a page's furniture."""

from __future__ import annotations

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEADLINE = "Quay wall gives way at Orrin harbour"
LEAD = "Part of the quay wall at Orrin harbour collapsed on Tuesday night, the harbour board said."
MIDDLE = "Nobody was hurt, but two fishing boats were damaged by falling stone."
LAST = "Engineers from the county council will inspect the rest of the wall on Thursday."


def cleaned(*lines: str) -> Article:
    """The cleaned article of a page: the headline, then the lines given."""
    text = "\n".join([HEADLINE, *lines])
    return clean_article(Article(id="000_c4f1a9", text=text, source="000_c4f1a9"))
