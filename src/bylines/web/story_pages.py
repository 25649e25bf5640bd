"""The stories' HTML pages: the front page (most covered first) and one story's page.

Built on the service's shell (same stylesheet, same strict CSP, no script). Every value that
comes from an article goes through ``html.escape``; article links are made only from http(s) URLs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from html import escape

from bylines.render._view import when
from bylines.render.stories import article_outlet, counts, latest, link, outlets_line, seen
from bylines.stories.types import Story, WhatsNew
from bylines.web.pages import shell

# Articles a story page shows (the JSON API has all of them).
SHOWN_ARTICLES = 50
# Past this many days a time is given as a date, not as "4826 days ago" (a month of days still
# reads at a glance; a year of them does not).
AGO_DAYS = 30


def front_page(
    stories: Sequence[Story], now: datetime | None = None, held: int | None = None
) -> str:
    """The most covered stories first; ``held``: how many the database holds, said when the
    page shows fewer."""
    now = now or datetime.now(UTC)
    items = "".join(_front_item(s, now) for s in stories)
    body = (
        f'<ol class="sources stories">{items}</ol>'
        if items
        else '<p class="meta">No stories yet. Send articles to '
        "<code>POST /api/stories/articles</code>.</p>"
    )
    return shell(
        "Stories",
        '<h1>Stories</h1><p class="meta">Articles of many events, grouped into stories; '
        f"the most covered first.{_shown_of(len(stories), held)}</p>{body}",
    )


def _shown_of(shown: int, held: int | None) -> str:
    """ " The 30 shown of 214." when the page shows fewer than the database holds."""
    return f" The {shown} shown of {held}." if held is not None and held > shown else ""


def _front_item(story: Story, now: datetime) -> str:
    return (
        f'<li class="story"><h2><a href="/stories/{escape(story.id)}">{escape(story.title)}</a>'
        f'</h2><p class="meta">{escape(counts(story))} · {_fresh(story, now)}</p>'
        f'<p class="meta">{escape(outlets_line(story))}</p>'
        f"<p>Latest: {escape(latest(story))}</p></li>"
    )


def _fresh(story: Story, now: datetime) -> str:
    """ "last published 3 hours ago", from its articles' publication times; a story with none
    says so and when it was first seen, labelled so ("no publication date · first seen just
    now"): the time a page was read is not when it was published. The exact time for machines
    and tooltips."""
    if story.last_published is None:
        return f"no publication date · first seen {_ago_time(story.first_seen, now)}"
    return f"last published {_ago_time(story.last_published, now)}"


def _ago_time(moment_text: str, now: datetime) -> str:
    shown = escape(moment_text[:16].replace("T", " "))
    try:
        moment = datetime.fromisoformat(moment_text.replace("Z", "+00:00"))
    except ValueError:
        return shown
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    delta = now - moment
    if delta > timedelta(days=AGO_DAYS):
        ago = when(moment_text)
    elif len(moment_text) == len("2025-03-02"):  # a day and no time: not "5 hours ago"
        ago = _days_ago((now.date() - moment.date()).days)
    else:
        ago = _ago(delta)
    return f'<time datetime="{escape(moment_text)}" title="{shown}">{escape(ago)}</time>'


def _days_ago(days: int) -> str:
    return {0: "today", 1: "yesterday"}.get(days, f"{days} days ago" if days > 1 else "today")


def _ago(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "just now"
    for size, unit in ((60 * 24, "day"), (60, "hour"), (1, "minute")):
        if minutes >= size:
            n = minutes // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def story_page(story: Story, briefing_html: str, *, listing: bool = True) -> str:
    """The story (counts, what's new, articles) around its full briefing, whose timeline is
    the story's (one section, one ``id="timeline"``)."""
    head = (
        f'<div class="wrap toolbar" id="story"><h1>{escape(story.title)}</h1>'
        f'<p class="meta">{escape(counts(story))} · {escape(seen(story))}</p>'
        f'<p class="actions"><a href="/api/stories/{escape(story.id)}">JSON</a></p>'
        + _merged(story)
        + _new(story.new)
        + "</div>"
    )
    tail = f'<div class="wrap">{_articles(story)}</div>'
    return shell(story.title, head + briefing_html + tail, main=False, listing=listing)


def _merged(story: Story) -> str:
    if not story.merged_from:
        return ""
    return f'<p class="meta">Merged from: {escape(", ".join(story.merged_from))}</p>'


def _new(new: WhatsNew | None) -> str:
    if new is None:
        return ""
    parts = [f"<li>New outlets: {escape(', '.join(new.outlets))}</li>"] if new.outlets else []
    parts += [
        f"<li>{escape(f.subject)}: {escape(f.before)} → {escape(f.after)} "
        f"({escape(', '.join(f.sources))})</li>"
        for f in new.figures
    ]
    parts += [f"<li>{escape(fact)}</li>" for fact in new.facts]
    items = "".join(parts) or "<li>Nothing new.</li>"
    return (
        f'<section id="new"><h2>What’s new since {escape(when(new.since or ""))}</h2>'
        f"<ul>{items}</ul></section>"
    )


def _articles(story: Story) -> str:
    items = "".join(
        f"<li>{link(a.title or a.id, a.url)} — {escape(article_outlet(a))}"
        f'<span class="meta"> · {escape(_dated(a.published, a.seen))}'
        + (f" · copy of {escape(a.duplicate_of)}" if a.duplicate_of else "")
        + "</span></li>"
        for a in story.articles[:SHOWN_ARTICLES]
    )
    return f'<section id="articles"><h2>Articles</h2><ul>{items}</ul></section>'


def _dated(published: str | None, seen_at: str) -> str:
    """When the article was published, or else when it was seen, saying which: a time the
    service read it is not a time the outlet published it."""
    return when(published) if published else f"seen {when(seen_at)}"
