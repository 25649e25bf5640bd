"""Stage 1: remove what is not the story. (Skeleton: normalises whitespace only.)"""

from __future__ import annotations

import dataclasses

from bylines.types import Article


def clean_article(article: Article) -> Article:
    lines = [line.strip() for line in article.text.splitlines()]
    return dataclasses.replace(article, text="\n".join(line for line in lines if line))
