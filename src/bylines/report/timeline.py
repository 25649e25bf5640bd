"""Stage 11: what happened when, across the articles of one event (a report's or a story's).

Dates in the text ("on Sunday", "yesterday", "Tuesday night", "last week", "on March 3",
"March 3, 2013") are resolved against the publication time of the article that says them: news
reports the past, so a bare weekday is the latest such day on or before publication, and a month
and day without a year is the latest such date not more than FUTURE_DAYS after it. Weeks and
months resolve to ISO weeks ("2026-W47") and months ("2026-11"), not to an invented day. An
article with no publication time gives only the dates it writes in full ("June 18, 2023"): a
relative date means nothing without the day it was written.

A handful of patterns, not dateparser: dateparser parses a date you hand it, it does not find the
relative dates inside a sentence, and it resolves a bare weekday to the wrong week unless told
(MODELS.md). The labelled set in benchmarks/data/timeline/ measures these rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bylines.ingest.sentences import split_sentences
from bylines.types import Article, Sentence, TimelineEntry
from bylines.wordlists import WEEKDAY_NAMES

# A month-and-day a little after publication is an announced date ("the vote on March 3"); more
# than this many days after, it is last year's.
FUTURE_DAYS = 60
# Two sentences about the same day with this share of content words in common are one entry.
SAME_ENTRY = 0.3
# Entries kept for one day (see _add): ten times what an event's busiest day gives in our data
# (the 70 labelled divergence events, 3-6 reports each: at most 5 entries a day), where one
# 5 MB text of one day's wire would give thousands.
MAX_PER_DAY = 50

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PATTERNS = (
    (
        "absolute",
        re.compile(
            rf"\b{_MONTH}(?:\s+|(?<=\.))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
            re.I,
        ),
    ),
    (
        "absolute",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b{_MONTH}(?:\s+|(?<=\.))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)", re.I
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?!\s*,?\s*\d)", re.I
        ),
    ),
    (
        "next_weekday",
        re.compile(rf"\bnext\s+(?P<weekday>{'|'.join(WEEKDAY_NAMES)}){_PART}\b", re.I),
    ),
    (
        # "until Tuesday", "by Friday": ahead in a sentence about what is to come ("are
        # cancelled until Tuesday"), past in one that looks back ("had left by Wednesday"); not
        # "by Friday's quake"
        "until_weekday",
        re.compile(
            rf"\b(?:until|till|by)\s+(?P<weekday>{'|'.join(WEEKDAY_NAMES)}){_PART}\b(?!['’])",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:on|last|this|late|early)\s+)?(?P<weekday>{'|'.join(WEEKDAY_NAMES)}){_PART}\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I)),
    ("today", re.compile(r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
    ("last_week", re.compile(r"\blast\s+week\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
)


# Words of a sentence about what is still to come, and of one that looks back.
_TO_COME = re.compile(
    r"\b(?:will|shall|won't|is|are|remains?|stays?|expected|scheduled|due|planned|plans?|must|"
    r"set to|going to|cancell?ed|closed|suspended|postponed|delayed)\b",
    re.I,
)
_DONE = re.compile(r"\b(?:had|was|were|did|been)\b", re.I)


@dataclass(frozen=True, slots=True)
class Dated:
    """One date expression found in a sentence, resolved."""

    date: str
    expression: str


def resolve_dates(sentence: str, published: datetime | None) -> list[Dated]:
    """Every date expression of a sentence, resolved against the publication time (without
    one, only the dates written in full)."""
    found: list[tuple[int, Dated]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        if published is None and kind != "absolute":
            continue
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            resolved = _resolve(kind, match, published.date() if published else date.min)
            if resolved is not None:
                taken.append(match.span())
                found.append((match.start(), Dated(resolved, match.group().strip())))
    return [dated for _, dated in sorted(found, key=lambda f: f[0])]


def _resolve(kind: str, match: re.Match[str], day: date) -> str | None:  # noqa: PLR0911
    if kind in ("absolute", "month_day"):
        return _month_day(match, day, kind == "absolute")
    if kind == "weekday":
        target = WEEKDAY_NAMES.index(match.group("weekday").lower())
        return (day - timedelta(days=(day.weekday() - target) % 7)).isoformat()
    if kind == "until_weekday" and _ahead(match.string):
        kind = "next_weekday"
    if kind in ("weekday", "until_weekday"):
        target = WEEKDAY_NAMES.index(match.group("weekday").lower())
        return (day - timedelta(days=(day.weekday() - target) % 7)).isoformat()
    if kind == "next_weekday":
        target = WEEKDAY_NAMES.index(match.group("weekday").lower())
        return (day + timedelta(days=(target - day.weekday() - 1) % 7 + 1)).isoformat()
    if kind == "yesterday":
        return (day - timedelta(days=1)).isoformat()
    if kind == "today":
        return day.isoformat()
    if kind == "tomorrow":
        return (day + timedelta(days=1)).isoformat()
    if kind == "last_week":
        year, week, _ = (day - timedelta(days=7)).isocalendar()
        return f"{year}-W{week:02d}"
    first = day.replace(day=1) - timedelta(days=1)
    return f"{first.year}-{first.month:02d}"


def _ahead(sentence: str) -> bool:
    """The sentence tells of what is still to come (and looks back to nothing done)."""
    return bool(_TO_COME.search(sentence)) and not _DONE.search(sentence)


def _month_day(match: re.Match[str], day: date, absolute: bool) -> str | None:
    month = next(
        i for i, m in enumerate(_MONTHS, 1) if m.startswith(match.group("month")[:3].lower())
    )
    number = int(match.group("day"))
    try:
        if absolute:
            return date(int(match.group("year")), month, number).isoformat()
        # The latest of next, this and last year's date that is not too far ahead: "January 2"
        # written on December 31 is two days ahead, "December 31" written on January 2 is past.
        for year in (day.year + 1, day.year, day.year - 1):
            candidate = date(year, month, number)
            if (candidate - day).days <= FUTURE_DAYS:
                return candidate.isoformat()
    except ValueError:  # "February 30": not a date
        return None
    return None


def build_timeline(articles: Sequence[Article]) -> tuple[TimelineEntry, ...]:
    """Dated sentences of the articles, one entry per day and statement, oldest first."""
    return timeline_of(split_sentences(articles), articles)


def timeline_of(
    sentences: Sequence[Sentence], articles: Sequence[Article]
) -> tuple[TimelineEntry, ...]:
    """The timeline of articles already split into ``sentences``."""
    by_id = {article.id: article for article in articles}
    published = {article.id: _published(article) for article in articles}
    days: dict[str, list[_Entry]] = {}
    for sentence in sentences:
        for dated in resolve_dates(sentence.text, published[sentence.article]):
            _add(days.setdefault(dated.date, []), dated, sentence.text, by_id[sentence.article])
    return tuple(
        TimelineEntry(day, e.text, e.expression, tuple(e.sources), tuple(e.articles))
        for day in sorted(days, key=_first_day)
        for e in days[day]
    )


def _first_day(when: str) -> tuple[date, str]:
    """The first day of an entry's date, week ("2026-W19": its Monday) or month ("2026-05"),
    so that a week is listed before the days in it and after the days before it."""
    if "-W" in when:
        year, week = when.split("-W")
        return date.fromisocalendar(int(year), int(week), 1), when
    if len(when) == len("2026-05"):
        return date.fromisoformat(f"{when}-01"), when
    return date.fromisoformat(when), when


@dataclass(slots=True)
class _Entry:
    """A timeline entry while the sentences are read (working state, never returned)."""

    text: str
    words: frozenset[str]
    expression: str
    sources: dict[str, None]
    articles: dict[str, None]


def _add(day: list[_Entry], dated: Dated, text: str, article: Article) -> None:
    """Join the first entry of the day that says the same, else start one (while the day has
    fewer than MAX_PER_DAY: past them, comparing each sentence with every entry of its day made
    an archive's timeline quadratic, and no reader reads a day's hundredth entry)."""
    words = _words(text)
    for entry in day:
        if _overlap(entry.words, words) >= SAME_ENTRY:
            entry.sources[article.source] = None
            entry.articles[article.id] = None
            return
    if len(day) < MAX_PER_DAY:
        day.append(
            _Entry(text, words, dated.expression, {article.source: None}, {article.id: None})
        )


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w{3,}", text.lower()))


def _overlap(one: frozenset[str], two: frozenset[str]) -> float:
    return len(one & two) / len(one | two) if one | two else 0.0


def _published(article: Article) -> datetime | None:
    if not article.published:
        return None
    try:
        return datetime.fromisoformat(article.published.replace("Z", "+00:00"))
    except ValueError:
        return None
