"""Stage 6: a neutral headline for a story, chosen as a briefing's is (``report.headline``).

One of its articles' headlines as written, the one whose words most of its outlets carry: not
one outlet's angle, and always readable as a headline (a list of the words headlines share,
"lawmaker planned run president elections", is neither). In a story with no headline at all, an
article's first line stands in, cut at a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bylines.ingest.stamps import is_only_a_date
from bylines.report.headline import FALLBACK, neutral_title
from bylines.types import Article

# Characters of an article's first line that stand for its headline when it has none: about a
# long headline's length (a lead sentence runs to 200 and more).
HEADLINE_CHARS = 100
# Characters of each article read for the words its outlet carries: a lead of a few sentences.
LEAD_CHARS = 600


def story_title(articles: Sequence[Article]) -> str:
    """The neutral headline of a story of these articles (as stored: ``duplicate_of`` unset);
    where no headline has a word the comparison reads (it reads Latin letters and digits: a
    story in Cyrillic, Greek or Chinese), the first article's."""
    # (each outlet's lead carries the event's own words; reading whole texts cost a listing
    # about 11 ms a story)
    # (an untitled article's first line stands for a headline only where none has one: a lead
    # sentence whose words the others carry must not win over the headlines)
    # (a title that only says when, "16 September 2013 Last updated at 12:42 GMT", is a page's
    # date line read as its headline: no title, in a database written before that was known)
    titles = [a.title if a.title and not is_only_a_date(a.title) else None for a in articles]
    titled = any(titles)
    headed = [
        replace(
            a, title=title or (None if titled else first_line(a.text)), text=a.text[:LEAD_CHARS]
        )
        for a, title in zip(articles, titles, strict=True)
    ]
    title = neutral_title(headed)
    first = next((a.title for a in headed if a.title), None)
    return first or title if title == FALLBACK else title


def first_line(text: str) -> str:
    """What stands for the headline of an article that has none: its first line, cut at a
    word within HEADLINE_CHARS (with an ellipsis); a line with no space there is cut at
    HEADLINE_CHARS."""
    line = text.strip().split("\n", 1)[0]
    if len(line) <= HEADLINE_CHARS:
        return line
    cut = line.rfind(" ", 0, HEADLINE_CHARS)
    return line[: cut if cut > 0 else HEADLINE_CHARS].rstrip(" ,;:") + "…"
