"""Renderers for a list of stories (``bylines.stories/2``): JSON, text, Markdown and HTML.

Every piece of article text in HTML goes through ``html.escape``; links only from http(s) URLs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from typing import Any

from bylines.render._view import ahead_note, day_shown, entry_day, when
from bylines.render.json import timeline_entry
from bylines.render.markdown import escape as markdown_escape
from bylines.stories.types import STORIES_SCHEMA, StoriesResult, Story, StoryArticle, WhatsNew
from bylines.types import TimelineEntry

# Timeline entries and articles shown per story in the text formats (JSON has all of them).
SHOWN = 8


def stories_to_dict(result: StoriesResult) -> dict[str, Any]:
    return {
        "schema": STORIES_SCHEMA,
        "in_database": result.in_database,
        "stories": [_story(s) for s in result.stories],
        "skipped": [{"name": s.name, "reason": s.reason} for s in result.skipped],
    }


def _story(story: Story) -> dict[str, Any]:
    latest = story.latest
    return {
        "id": story.id,
        "title": story.title,
        "articles": [a.id for a in story.articles],
        "outlets": list(story.outlets),
        "counts": {"articles": len(story.articles), "independent": story.independent,
                   "outlets": len(story.outlets), "unknown_outlet": story.unnamed,
                   "undated": story.undated},
        "first_published": story.first_published,
        "last_published": story.last_published,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "latest": {"id": latest.id, "title": latest.title,
                   "source": latest.source if latest.named else None},
        "merged_from": list(story.merged_from),
        "timeline": [timeline_entry(e) for e in story.timeline],
        "new": _new(story.new),
    }  # fmt: skip


def _new(new: WhatsNew | None) -> dict[str, Any] | None:
    if new is None:
        return None
    return {
        "since": new.since,
        "outlets": list(new.outlets),
        "facts": list(new.facts),
        "figures": [
            {"subject": f.subject, "before": f.before, "after": f.after, "sources": list(f.sources)}
            for f in new.figures
        ],
    }


def stories_to_json(result: StoriesResult) -> str:
    return json.dumps(stories_to_dict(result), ensure_ascii=False, indent=2) + "\n"


def counts(story: Story) -> str:
    """ "12 articles, 7 independent reports, 9 outlets": wire copies collapsed; an article whose
    outlet nothing names is not counted as an outlet ("13 articles, 13 independent reports,
    outlets unknown"; "…, 3 outlets (1 article's outlet unknown)")."""
    n, k = len(story.articles), story.independent
    articles = f"{n} article{'s' if n != 1 else ''}"
    reports = f"{k} independent report{'s' if k != 1 else ''}"
    return f"{articles}, {reports}, {outlet_count(story)}"


def outlet_count(story: Story) -> str:
    """ "9 outlets", "outlets unknown", "3 outlets (2 articles' outlets unknown)"."""
    named, unnamed = len(story.outlets), story.unnamed
    if not named:
        return "outlets unknown"
    outlets = f"{named} outlet{'s' if named != 1 else ''}"
    if not unnamed:
        return outlets
    return f"{outlets} ({_unknown(unnamed)})"


def _unknown(unnamed: int) -> str:
    return f"{unnamed} article's outlet unknown" if unnamed == 1 else (
        f"{unnamed} articles' outlets unknown")  # fmt: skip


def outlets_line(story: Story) -> str:
    """ "Outlets: A, B" (named outlets only): "Outlets: unknown" when no article names one."""
    named = ", ".join(story.outlets)
    if not named:
        return "Outlets: unknown"
    return f"Outlets: {named}" + (f" ({_unknown(story.unnamed)})" if story.unnamed else "")


def timeline_html(story: Story, shown: int) -> str:
    """The story's first ``shown`` timeline entries as an HTML list ("" when it has none). The
    web's story page shows the timeline of the story's briefing instead (render/html.py)."""
    entries = "".join(
        f'<li><time datetime="{escape(e.date)}">{escape(day_shown(e.date))}</time> '
        + _ahead_html(e)
        + f"{escape(e.text)} "
        f'<span class="meta">({escape(told_by(story, e))})</span></li>'
        for e in story.timeline[:shown]
    )
    return f"<ol>{entries}</ol>" if entries else ""


def _ahead_html(entry: TimelineEntry) -> str:
    """The mark of an entry still to come when reported, muted as a note as the briefing's HTML
    shows it (render/html.py), or ""."""
    note = ahead_note(entry)
    return f'<span class="note">{escape(note)}</span> ' if note else ""


def told_by(story: Story, entry: TimelineEntry) -> str:
    """Who gives a timeline entry: the outlets named, then the ids of the articles whose
    outlet nothing names ("Harbour News; article d3_D1"). Their labels ("Source 13", numbered
    across the whole pile) named no article a story's listing shows."""
    placed = {a.id: a for a in story.articles}
    if not entry.articles or not all(i in placed for i in entry.articles):  # labels as given
        return ", ".join(entry.sources)
    told = [placed[i] for i in entry.articles]
    named = ", ".join(dict.fromkeys(a.source for a in told if a.named))
    ids = list(dict.fromkeys(a.id for a in told if not a.named))
    unnamed = f"article{'s' if len(ids) > 1 else ''} {', '.join(ids)}" if ids else ""
    return "; ".join(part for part in (named, unnamed) if part)


def _lines(story: Story, bullet: str, quoted: Callable[[str], str]) -> list[str]:
    """A story's lines, every piece of article text passed through ``quoted`` (the Markdown
    escape, or as it is for plain text)."""
    lines = [
        f"{quoted(story.title)}  [{story.id}]",
        f"{counts(story)}; {seen(story)}",
        f"Latest: {quoted(latest(story))}",
        quoted(outlets_line(story)),
    ]
    if story.merged_from:
        lines.append("Merged from: " + ", ".join(story.merged_from))
    lines += [
        f"{bullet}{entry_day(e)}: {quoted(e.text)} ({quoted(told_by(story, e))})"
        for e in story.timeline[:SHOWN]
    ]
    if story.new is not None:
        lines.append(quoted(_new_line(story.new)))
    return lines


def seen(story: Story) -> str:
    """When the story happened, from its articles' publication times ("published 1 Feb 2027,
    01:30 UTC; last published 2 Feb 2027, 02:30 UTC"), the undated ones counted; a story with
    none says so and gives when it was first seen (read into this database), labelled so: a
    time of reading is not a time of publishing. The times written as the briefings write them
    (a semicolon between: a time has a comma of its own)."""
    first, last = story.first_published, story.last_published
    if first is None or last is None:
        return f"no publication date; first seen {when(story.first_seen)}"
    span = f"published {when(first)}"
    span += f"; last published {when(last)}" if last != first else ""
    undated = story.undated
    return span + (f"; {undated} undated article{'s' if undated != 1 else ''}" if undated else "")


def latest(story: Story) -> str:
    """The latest article's title and outlet; no outlet when nothing names it (its label is no
    outlet), nor when the article has no title and its id doubles as its outlet."""
    label = story.latest.title or story.latest.id
    source = story.latest.source if story.latest.named else ""
    return label if source in ("", label) else f"{label} ({source})"


def article_outlet(article: StoryArticle) -> str:
    """An article's outlet in a story's list of articles: "outlet unknown" when nothing names
    it, as its label (its headline's first words, "Source 13" numbered across a run's pile)
    beside its title read "Paris hit by 2 mn - euro jewelry heist — Paris hit by 2…"."""
    return article.source if article.named else "outlet unknown"


def _new_line(new: WhatsNew) -> str:
    parts = [f"new outlets: {', '.join(new.outlets)}"] if new.outlets else []
    parts += [f"{f.subject} {f.before} -> {f.after}" for f in new.figures]
    parts += [f"new: {fact}" for fact in new.facts[:2]]
    since = f"Since {when(new.since)}" if new.since else "Since it was last shown"
    return f"{since}: " + ("; ".join(parts) or "nothing new")


def heading(result: StoriesResult) -> str:
    """ "3 stories", "1 story"; from a database, how many it holds: "12 stories touched by this
    run; 14 in the database", "14 stories in the database" (a listing)."""
    count = len(result.stories)
    stories = f"{count} stor{'y' if count == 1 else 'ies'}"
    if result.in_database is None:
        return stories
    if result.listed:
        return f"{stories} in the database" if count == result.in_database else (
            f"{stories} of {result.in_database} in the database")  # fmt: skip
    return f"{stories} touched by this run; {result.in_database} in the database"


def stories_to_text(result: StoriesResult) -> str:
    blocks = ["\n".join(_lines(s, "  - ", _as_is)) for s in result.stories]
    return "\n\n".join([heading(result), *blocks]) + "\n"


def _as_is(text: str) -> str:
    return text


def stories_to_markdown(result: StoriesResult) -> str:
    blocks = []
    for story in result.stories:
        first, *rest = _lines(story, "- ", markdown_escape)
        blocks.append(
            "\n".join([f"## {first}", "", *(r if r.startswith("- ") else r + "  " for r in rest)])
        )
    return "\n\n".join([f"# {heading(result)}", *blocks]) + "\n"


def stories_to_html(result: StoriesResult) -> str:
    items = "\n".join(_html_story(s) for s in result.stories)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{heading(result)}</title></head>\n<body>\n"
        f"<h1>{heading(result)}</h1>\n{items}\n</body></html>\n"
    )


def _html_story(story: Story) -> str:
    timeline = timeline_html(story, SHOWN)
    articles = "".join(f"<li>{link(a.title or a.id, a.url)} — {escape(article_outlet(a))}</li>"
                       for a in story.articles[:SHOWN])  # fmt: skip
    return (
        f'<section id="{escape(story.id)}"><h2>{escape(story.title)}</h2>\n'
        f"<p>{escape(counts(story))}; {escape(seen(story))}</p>\n"
        + "".join(f"<p>{escape(line)}</p>\n" for line in _notes(story))
        + f"<ul>{articles}</ul>\n"
        + (f"{timeline}\n" if timeline else "")
        + "</section>"
    )


def _notes(story: Story) -> list[str]:
    """What the text formats say of a story besides its counts, articles and timeline: the
    stories merged into it and what is new since it was last shown."""
    notes = ["Merged from: " + ", ".join(story.merged_from)] if story.merged_from else []
    return notes + ([_new_line(story.new)] if story.new is not None else [])


def link(text: str, url: str | None) -> str:
    """A link to an article only from an http(s) URL; otherwise its escaped text."""
    if url and url.startswith(("https://", "http://")):
        return f'<a href="{escape(url)}" rel="noreferrer">{escape(text)}</a>'
    return escape(text)
