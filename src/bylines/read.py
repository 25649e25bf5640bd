"""Reading inputs into articles. (Skeleton: plain-text files only.)"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bylines.types import Article, ReadResult, Skipped


def read_inputs(paths: Sequence[str], stdin: TextIO | None = None) -> ReadResult:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for name in paths:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            skipped.append(Skipped(name, str(exc)))
            continue
        articles.append(Article(id=path.stem, text=text, source=path.stem))
    return ReadResult(tuple(articles), tuple(skipped))
