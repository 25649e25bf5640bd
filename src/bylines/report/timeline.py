"""Stage 13: what happened when, across the articles of one event (a report's or a story's).

Dates in the text ("on Sunday", "yesterday", "Tuesday night", "last week", "on March 3",
"March 3, 2013") are resolved against the publication time of the article that says them: news
reports the past, so a bare weekday is the latest such day on or before publication, and a month
and day without a year is the latest such date not more than FUTURE_DAYS after it. A weekday is
read ahead only in a few narrow shapes (``_reads_ahead``): "next" and "this coming Sunday"; a day a
thing is set for ("will vote on Thursday", "is scheduled for Monday", "is due on Friday"); the end
of a state told by a present or future auxiliary of its clause ("are suspended until Tuesday",
"remains closed through Sunday"); and main's older reading of "until / by" in a sentence that
tells only of what is to come. A list after such a day reads alike ("for Saturday and Sunday"),
and a range ending on one starts in its week. A past day shown as to come is the worse failure,
so every other weekday, "from Monday" included, stays the latest such day. Weeks and
months resolve to ISO weeks ("2026-W47") and months ("2026-11"), not to an invented day. An
article with no publication time gives the dates it writes in full ("June 18, 2023") and a month
and day as a day of no known year ("--01-06", ISO 8601's form), which joins the day another
article dates (``_date_yearless``); a relative date means nothing without the day it was written.

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
from bylines.ingest.stamps import is_only_a_date
from bylines.types import Article, Sentence, TimelineEntry
from bylines.wordlists import (
    IRREGULAR_PASTS,
    MONTH_NAMES,
    MONTH_OR_SEPT_PATTERN,
    UNCHANGED_PASTS,
    WEEKDAY_NAMES,
    alternation,
)

# A month-and-day a little after publication is an announced date ("the vote on March 3"); more
# than this many days after, it is last year's.
FUTURE_DAYS = 60
# ... unless it is a deadline in a sentence about what is to come ("must respond by July 26",
# written on May 16: ten weeks ahead, not last July): then it is the next such date, up to a
# year ahead. Set by hand from the sentence's reading, not tuned (the labelled set has no
# deadline past FUTURE_DAYS; its scores are unchanged).
_DEADLINE = re.compile(r"\b(?:by|until|till|before|no later than|deadline of)\s*$", re.I)
# Two sentences about the same day with this share of content words in common are one entry.
SAME_ENTRY = 0.3
# Entries kept for one day (see _add): ten times what an event's busiest day gives in our data
# (the 70 labelled divergence events, 3-6 reports each: at most 5 entries a day), where one
# 5 MB text of one day's wire would give thousands.
MAX_PER_DAY = 50
# A sentence longer than this is not checked for being only a date line (``_only_says_when``):
# the longest line any stamp check takes is a 20-word meta line (stamps.MAX_META_WORDS; "Published
# on Monday 3 March 2025 at 09:30 GMT and last updated on ..." fills it), and in the 14,372
# sentences of all 982 ECB+ articles the date-only ones had at most 6 words. The check took 2.1 s
# of those sentences' 5 s timeline; a story's page builds a timeline on every new article.
MAX_DATE_LINE_WORDS = 20

_MONTH = rf"(?P<month>{MONTH_OR_SEPT_PATTERN})\.?"
# The weekdays as one alternation, for every pattern that names a day.
_WEEKDAY = "|".join(WEEKDAY_NAMES)
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
        re.compile(rf"\bnext\s+(?P<weekday>{_WEEKDAY}){_PART}\b", re.I),
    ),
    (
        # "this coming Sunday", "the coming Sunday": the day still to come, in any tense
        "coming_weekday",
        re.compile(rf"\b(?:this|the)\s+coming\s+(?P<weekday>{_WEEKDAY}){_PART}\b", re.I),
    ),
    (
        # "until Tuesday", "by Friday": ahead in a sentence about what is to come ("are
        # cancelled until Tuesday"), past in one that looks back ("had left by Wednesday"); not
        # "by Friday's quake"
        "until_weekday",
        re.compile(
            rf"\b(?:until|till|by)\s+(?P<weekday>{_WEEKDAY}){_PART}\b(?!['’])",
            re.I,
        ),
    ),
    (
        # "through Sunday": ahead only in a clause told in the present or the future
        # (``_held_until``), else read as a bare weekday is; not "through Sunday's crowds"
        "through_weekday",
        re.compile(rf"\bthrough\s+(?P<weekday>{_WEEKDAY}){_PART}\b(?!['’])", re.I),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:on|last|this|late|early)\s+)?(?P<weekday>{_WEEKDAY}){_PART}\b",
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
# The words of the future a weekday after them is set for (``_planned_for``), and what between
# them and it tells of another, past, thing: a verb of saying or a past form (not a passive's
# participle after "be": "is to be voted on Thursday"), or the end of the clause.
_PLANNED = re.compile(
    r"\b(?:will|shall|won't|(?:is|are)\s+(?:to|due\s+to|expected\s+to|set\s+to|scheduled\s+to|"
    r"going\s+to)|plans?\s+to|to\s+be)\b",
    re.I,
)
# A past form: an irregular past or an "-ed" word ("-eed" verbs are not pasts: "will proceed").
_PAST_FORM_PATTERN = (
    alternation(IRREGULAR_PASTS)
    + r"|(?!(?:pro|suc|ex)ceed\b|(?:n|f|sp|bl|br|h|s|gr|cr|ind)eed\b)[a-z]{2,}ed"
)
_PAST_FORM = re.compile(_PAST_FORM_PATTERN, re.I)
# Irregular pasts are listed only where the present is another word ("will hit", "will set",
# "will quit" are still to come); a participle after "be" is the future's passive ("will be held
# on Friday", "is to be paid"); "-eed" verbs are not pasts ("will proceed on Thursday").
_PAST_BETWEEN = re.compile(
    r"\b(?:says|had|was|were|did|been)\b|(?<!\bbe )(?<!\bbeen )\b(?:" + _PAST_FORM_PATTERN + r")\b",
    re.I,
)
# A thing set for a weekday by the present of "be", without a "to" (``_PLANNED`` has "is due
# to"): "is scheduled for Monday", "is due on Friday", "is expected on Tuesday", "has been set
# for Sunday" (not "had been", not "was"). "set" only before "for": "prices are set by the board
# on Monday each week" is a habit, "the record is set on Monday" a report.
_SET_BY_BE = re.compile(
    r"\b(?:is|are|(?:has|have)\s+been)\s+(?:(?:now|still|also|provisionally|tentatively)\s+)?"
    r"(?:due|expected|scheduled|planned|set(?=\s+for\b))\b",
    re.I,
)
# After "is expected" these tell of a day before the thing expected ("more rain is expected
# after Monday's storm", "is expected to be worse than on Monday"), not the day it is set for.
_LOOKS_BACK = re.compile(r"\b(?:after|since|than|following)\b", re.I)
# "on Monday's vote" after "is expected" is what the thing expected is about, not its day ("a
# decision is expected soon on Monday's vote"); "at Wednesday's meeting" is its day.
_ABOUT_DAYS = re.compile(rf"on\s+(?:{_WEEKDAY})\s*['’]", re.I)
# The cues of a state that lasts until a day (``_held_until``); not "by" (a deadline, which
# ``_ahead`` reads as main did) and not "from" (a start, told of the past as often).
_HELD_CUE = re.compile(r"(?:until|till|through)\b", re.I)
# The present and future auxiliaries (and "remain", "stay") whose clause sets a day ahead:
# "are suspended until", "won't reopen until", "can't publish until", "remains closed through".
_PRESENT_AUX = re.compile(
    r"\b(?:is|are|am|isn['’]t|aren['’]t|remains?|stays?|will|shall|won['’]t|must|can|cannot|"
    r"can['’]t|should|don['’]t|doesn['’]t)\b",
    re.I,
)
# "the remains", "her stay": a noun, not a verb of the present.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|whose|human|mortal|of)\s+$", re.I)
# Between a present auxiliary and its day: words of a past ("are angry they were kept until")
# and of another clause than the bare comma-and ones _CLAUSE_BREAK knows ("than on Monday").
_TOLD_PAST = frozenset({"was", "were", "had", "did", "didn't", "didn’t", "said", "says", "told"})
_OTHER_CLAUSE = re.compile(r"\b(?:after|before|when|since|because|than|that|until|till)\b", re.I)
# A day after a noun phrase of the present tells the period a figure or a thing covers, not a
# state that lasts until it ("are for the week through Sunday", "is 14, up from 9 through
# Sunday", "are counting the cost of flooding through Sunday", "are up 4% in the three days
# through Tuesday"): a preposition of a noun or a figure between the auxiliary and its day.
# "in force / in place / in effect" is a state ("the curfew is in force through Sunday"). The
# prepositions are English's common ones of a noun's complement, set by hand from the invented
# look-alikes (not tuned on events); "through" also needs ``_is_state``, which is stricter.
_NOUN_PHRASE = re.compile(r"\b(?:of|from|in|for|with|at|by|about|over|per|into)\b|\d|%", re.I)
# The first day of a range ending on the day is no noun's ("is forecast from Monday through").
_RANGE_START = re.compile(rf"\bfrom\s+(?:{_WEEKDAY}){_PART}\s*$", re.I)
_IN_FORCE = re.compile(r"\bin\s+(?:force|place|effect)\b", re.I)
# Participles that tell what is owed or counted over a period, not a state that ends on the
# day: "workers are paid through Monday", "fares are refunded through Sunday". Found by the
# review's look-alikes, not tuned.
_ACCOUNT_WORDS = frozenset({"paid", "owed", "refunded", "covered", "counted", "booked", "sold"})
# Participles that are their present ("is shut", "is forecast") and "open": the last word of
# a state as much as "closed" is.
_STATE_WORDS = UNCHANGED_PASTS | frozenset({"forecast", "open", "likely"})
# A verb of speech told on a day gone by after the words it reports: their present is that
# day's, so the day they name is read as main reads it.
_SPOKEN_ON = re.compile(
    rf"\b(?:said|told|added|warned)\b[^.;]*?\b(?:(?:on|last)\s+(?:{_WEEKDAY})"
    r"|yesterday)\b",
    re.I,
)
# "are thought to have been suspended until Thursday": a past told in the present.
_PERFECT_INFINITIVE = re.compile(r"\bto\s+have\b", re.I)
# The words an auxiliary governs before its day at most: "are expected to stay suspended until"
# has 4, "can't publish its manifesto until" 3; a longer stretch is seldom one verb phrase. Set
# by hand from the review's cases, not tuned.
MAX_HELD_WORDS = 6
# A past form right after these is the participle of the present's passive or state ("are
# suspended", "will be closed", "remains shut", "are expected to stay closed").
_CARRIES_PARTICIPLE = frozenset(
    {"is", "are", "am", "be", "been", "being", "remain", "remains", "stay", "stays", "get", "gets"}
)
# Words between a carrier and its participle that do not end its hold ("are still closed").
_PASSED_ADVERBS = frozenset({"still", "now", "also", "all", "not", "again", "currently"})
_WEEKDAY_KINDS = ("next_weekday", "coming_weekday", "until_weekday", "through_weekday", "weekday")
# A relative clause tells of another thing than the verb of the future before it: "will meet
# the envoy who arrived on Monday", "will visit the town where talks stalled on Friday".
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:after|before|when|while|since|as|but|and)\b|\b(?:who|whom|whose|which|where)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Dated:
    """One date expression found in a sentence, resolved."""

    date: str
    expression: str


def resolve_dates(sentence: str, published: datetime | None) -> list[Dated]:
    """Every date expression of a sentence, resolved against the publication time (without
    one, the dates written in full, and a month and day as a day of no known year: "--01-06")."""
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        if published is None and kind not in ("absolute", "month_day"):
            continue
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            ahead = published is not None and kind in _WEEKDAY_KINDS and _reads_ahead(kind, match)
            resolved = _resolved(kind, match, published, ahead)
            if resolved is not None:
                taken.append(match.span())
                found.append(_Found(match, kind, Dated(resolved, match.group().strip()), ahead))
    found.sort(key=lambda f: f.match.start())
    found = _against_their_weekdays(sentence, found)
    return [f.dated for f in _ranges_read_alike(_lists_read_alike(found))]


def _resolved(
    kind: str, match: re.Match[str], published: datetime | None, ahead: bool
) -> str | None:
    """One expression's reading: a weekday's by ``_weekday``, any other's by ``_resolve``, and
    without a publication time only the dates written in full or as a month and day."""
    if published is None:
        if kind == "month_day":
            return _yearless(match)
        return _month_day(match, date.min, absolute=True, deadline=False)
    if kind in _WEEKDAY_KINDS:
        # a bare weekday is the only kind set on a day ("will vote on Tuesday"); every other cue
        # to come names an end or a "next" day
        set_on = kind == "weekday"
        return _weekday(match, published.date(), ahead, set_on=set_on).isoformat()
    return _resolve(kind, match, published.date())


@dataclass(frozen=True, slots=True)
class _Found:
    """A date expression of a sentence while the sentence is read: its match, its pattern's
    kind, its reading and whether that reading is of a weekday still to come."""

    match: re.Match[str]
    kind: str
    dated: Dated
    ahead: bool


# What joins the days of one list ("for Saturday and Sunday", "Saturday, Sunday", "on Monday or
# on Tuesday"): not ", and" ("will reopen on Sunday, and on Monday crews left" starts a clause).
_LIST_LINK = re.compile(r"(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:on\s+)?", re.I)
# After a day, what makes it the subject of a clause of its own: a possessive ("Monday's
# storm") or a past verb ("Tuesday saw").
_STARTS_CLAUSE = re.compile(r"['’]|\s+(?:" + _PAST_FORM_PATTERN + r")\b", re.I)
# What joins a range's first day to its last ("from Monday until Wednesday", "Monday to Friday").
_RANGE_LINK = re.compile(r"\s*(?:-|–|\s(?:to|until|till|through)\s)\s*", re.I)


def _lists_read_alike(found: list[_Found]) -> list[_Found]:
    """A list of weekdays after a cue to come reads each day as its first ("this coming
    Saturday and Sunday", "are suspended until Monday or Tuesday"): each the next such day after
    the one before it, so one list is never split between two weeks."""
    read = list(found)
    for i in range(1, len(read)):
        before, this = read[i - 1], read[i]
        if before.ahead and _movable(this) and _joined(before, this, _LIST_LINK):
            after = date.fromisoformat(before.dated.date)
            read[i] = _moved(
                this, after + timedelta(days=(_target(this) - after.weekday() - 1) % 7 + 1)
            )
    return read


def _ranges_read_alike(found: list[_Found]) -> list[_Found]:
    """A range whose last day is still to come has its first day in the same week, on or
    before the last ("are suspended from Monday until Wednesday", written on a Friday: the
    coming Monday, not the one gone by)."""
    read = list(found)
    for i in range(len(read) - 2, -1, -1):
        this, last = read[i], read[i + 1]
        if (
            last.ahead
            and _movable(this)
            and _joined(this, last, _RANGE_LINK)
            and not _told_done(this)
        ):
            end = date.fromisoformat(last.dated.date)
            read[i] = _moved(this, end - timedelta(days=(end.weekday() - _target(this)) % 7))
    return read


def _told_done(found: _Found) -> bool:
    """ "which ran from Friday until Sunday": the range is told by a past verb of its own (a
    past form right before "from" not after a carrier: "are suspended from Monday" is a state)."""
    words = re.findall(r"[a-z'’]+", found.match.string[: found.match.start()].lower())[-3:]
    if len(words) < 2 or words[-1] != "from" or not _PAST_FORM.fullmatch(words[-2]):
        return False
    return len(words) < 3 or words[-3] not in _CARRIES_PARTICIPLE


def _joined(first: _Found, then: _Found, link: re.Pattern[str]) -> bool:
    """Two weekdays joined by ``link`` alone (the second's own cue counts as a link: "Monday
    through Wednesday")."""
    between = first.match.string[first.match.end() : then.match.start("weekday")]
    return (
        first.kind in _WEEKDAY_KINDS
        and then.kind in _WEEKDAY_KINDS
        and bool(link.fullmatch(between))
    )


def _movable(found: _Found) -> bool:
    """A weekday read back only for want of a cue of its own (not "last Sunday"), and not one
    that starts a clause of its own: "until Monday and Tuesday saw the worst", "until Sunday,
    Monday's storm having washed away the track" tell of days gone by."""
    return (
        found.kind == "weekday"
        and not found.ahead
        and not found.match.group().lower().startswith(("last", "late", "early"))
        and not _STARTS_CLAUSE.match(found.match.string, found.match.end())
    )


def _target(found: _Found) -> int:
    return WEEKDAY_NAMES.index(found.match.group("weekday").lower())


def _moved(found: _Found, day: date) -> _Found:
    return _Found(found.match, found.kind, Dated(day.isoformat(), found.dated.expression), True)


def _resolve(kind: str, match: re.Match[str], day: date) -> str | None:
    if kind in ("absolute", "month_day"):
        # "by July 26" in a sentence of what is to come, "will continue at a Nov. 15 hearing":
        # the next such date, not last year's (not "will review the damage of the Nov. 15
        # storm": a day a thing is set for follows on/at/by/until)
        set_for = _SET_FOR.search(match.string[: match.start()]) and _planned_for(match)
        ahead = _is_deadline(match) or bool(set_for)
        return _month_day(match, day, kind == "absolute", ahead)
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


def _weekday(match: re.Match[str], day: date, ahead: bool, *, set_on: bool = False) -> date:
    """The day a weekday names, read on ``day``: the latest such day on or before it (news
    reports the past: "said on Friday", written on a Friday, is that day), or when ``ahead``
    the first such day at which it can still be to come. A day a thing is set on (``set_on``)
    may be the publication's own, as wires name the day they write on ("will vote on Tuesday
    evening", written on a Tuesday, is that evening); the end a state lasts until, a deadline,
    "next" or "this coming" Friday, written on a Friday, is a week on (a state that ends on the
    day it is told is told "until later today"). Main's two readings, told as one rule (the
    labelled t- events' plans written on their own weekday are all that day)."""
    target = WEEKDAY_NAMES.index(match.group("weekday").lower())
    if ahead and set_on:
        return day + timedelta(days=(target - day.weekday()) % 7)
    if ahead:
        return day + timedelta(days=(target - day.weekday() - 1) % 7 + 1)
    return day - timedelta(days=(day.weekday() - target) % 7)


def _reads_ahead(kind: str, match: re.Match[str]) -> bool:
    """Whether a weekday is one still to come: "this coming Sunday"; a day a thing is set for
    ("will vote on Thursday", "is scheduled for Monday"); the end of a state told in the present
    or the future ("are suspended until Tuesday", "remains closed through Sunday"), or a
    deadline or end in a sentence that tells only of what is to come (``_ahead``)."""
    if kind == "next_weekday":
        return True
    if kind == "coming_weekday":
        return _still_coming(match)
    if kind == "weekday":
        return _planned_for(match) or _set_by_be(match)
    return kind in ("until_weekday", "through_weekday") and _end_ahead(kind, match)


def _end_ahead(kind: str, match: re.Match[str]) -> bool:
    """ "until / through Tuesday" still to come: main's readings (a sentence of what is to come
    for "until", a verb of the future for "through"), else the end of a held state."""
    if kind == "until_weekday" and _ahead(match.string):
        return True
    if _SPOKEN_ON.search(match.string, match.end()):
        # '"Roads are closed through Monday," she said on Saturday': a present of that day
        return False
    if kind == "through_weekday" and _planned_for(match):
        # "will fly at half-mast through Sunday": main's reading of a day after the future
        return True
    return _held_until(match)


def _set_by_be(match: re.Match[str]) -> bool:
    """A day set by the present of "be" ("is scheduled for Monday"), but not a possessive day
    after "for / into" (what the thing set is about: "an apology is expected for Tuesday's
    blackout", "an inquiry is expected into Sunday's crash"), nor a day past an "and" that may
    start a clause of its own ("is set for Friday's reopening and Monday's storm left it")."""
    before = match.string[: match.start()]
    cue = list(_SET_BY_BE.finditer(before))
    if not cue or re.search(r"\band\b", before[cue[-1].end() :], re.I):
        return False
    possessive = match.string[match.end() : match.end() + 1] in ("'", "’")
    if possessive and re.search(r"\b(?:for|into)\s+$", before, re.I):
        return False
    return _planned_for(match, _SET_BY_BE)


def _still_coming(match: re.Match[str]) -> bool:
    """ "this coming Sunday" is ahead in any tense; "the coming Sunday" only with no past before
    it in its sentence ("residents were told to prepare for the coming Sunday" was written
    after that Sunday as often as before it)."""
    if match.group().lower().startswith("this"):
        return True
    return not _PAST_BETWEEN.search(match.string[: match.start()])


def _held_until(match: re.Match[str]) -> bool:
    """ "until / till / through Tuesday" after a present or future auxiliary of its own clause
    ("are suspended until Tuesday", "will stay shut till Monday", "remains closed through
    Sunday"): a state that lasts to that day. Not "until" after a past ("were cancelled until
    Tuesday", "are angry they waited until Tuesday"), nor the noun "the remains"."""
    if not _HELD_CUE.match(match.group()):
        return False
    before = match.string[: match.start()]
    auxiliaries = [
        found
        for found in _PRESENT_AUX.finditer(before)
        if not _NOUN_BEFORE.search(before[: found.start()])
    ]
    if not auxiliaries:
        return False
    between = before[auxiliaries[-1].end() :]
    start = _RANGE_START.search(between)
    if start is not None:
        # "are suspended from Monday until": a range of a state; "are counting losses from
        # Monday through" is a period gone by
        if not _is_state(between[: start.start()]):
            return False
        between = between[: start.start()]
    if match.group().lower().startswith("through") and not _is_state(between):
        return False
    return _told_now(between)


def _is_state(between: str) -> bool:
    """The words between a present auxiliary and its day are a state and nothing more: a
    participle or a state word after a chain of carriers ("are suspended", "remains closed",
    "are expected to stay suspended", "is in force"). Not a figure ("are up four points", "is
    twelve"), a verb with an object ("are owed refunds", "are counting losses"), an account
    ("are paid through Monday") or another clause after a comma ("are clear, crews working")."""
    words = re.findall(r"[a-z'’]+|,", _IN_FORCE.sub(" shut ", between.lower()))
    words = [w for w in words if w in _STATE_WORDS or not _passed_adverb(w)]
    if not words or "," in words:
        return False
    *chain, last = words
    if last in _ACCOUNT_WORDS or not (_PAST_FORM.fullmatch(last) or last in _STATE_WORDS):
        return False
    return all(
        w in _CARRIES_PARTICIPLE or w == "to" or (then == "to" and _PAST_FORM.fullmatch(w))
        for w, then in zip(chain, words[1:], strict=True)
    )


def _told_now(between: str) -> bool:
    """The words between a present auxiliary and its day add no past and no other clause: a
    past form is allowed only as the participle of "be", "remain", "stay" or the auxiliary
    itself ("are suspended", "will be closed", "remains shut"), adverbs passed over."""
    if _CLAUSE_BREAK.search(between) or _OTHER_CLAUSE.search(between):
        return False
    if _PERFECT_INFINITIVE.search(between):
        return False
    if _NOUN_PHRASE.search(_IN_FORCE.sub("", between)) or len(between.split()) > MAX_HELD_WORDS:
        return False
    carrier = True  # right after the auxiliary
    for word in re.findall(r"[a-z'’]+", between.lower()):
        if word in _TOLD_PAST or (_PAST_FORM.fullmatch(word) and not carrier):
            return False
        if not _passed_adverb(word):
            carrier = word in _CARRIES_PARTICIPLE
    return True


def _passed_adverb(word: str) -> bool:
    """An adverb that does not end a verb phrase's hold ("are still closed", "is now shut")."""
    return word.endswith("ly") or word in _PASSED_ADVERBS


def _planned_for(match: re.Match[str], cue: re.Pattern[str] | None = None) -> bool:
    """A weekday that what is still to come is set for: "will vote on Thursday", "is to be
    voted on Thursday" (its next such day, or the day itself); with ``cue`` _SET_BY_BE, "is
    scheduled for Monday", "is due on Friday". Only where the words of the future come before
    it in its clause with no past between: not "said on Monday it will", not "will resume after
    talks collapsed on Monday", not "last Thursday"."""
    if match.group().lower().startswith(("last", "late", "early")):
        return False
    before = match.string[: match.start()]
    planned = [found.end() for found in (cue or _PLANNED).finditer(before)]
    if not planned:
        return False
    between = before[planned[-1] :]
    if cue is _SET_BY_BE and (
        _LOOKS_BACK.search(between) or _ABOUT_DAYS.match(match.string, match.start())
    ):
        return False
    return not _CLAUSE_BREAK.search(between) and not _PAST_BETWEEN.search(between)


def _ahead(sentence: str) -> bool:
    """The sentence tells of what is still to come (and looks back to nothing done)."""
    return bool(_TO_COME.search(sentence)) and not _DONE.search(sentence)


def _yearless(match: re.Match[str]) -> str | None:
    """A month and day written without a year, in an article with no publication time: the day
    as ISO 8601 writes a day of no known year ("--01-06"), or None when it is no day ("Feb 30";
    a leap year's calendar tells)."""
    month = _month_number(match.group("month"))
    number = int(match.group("day"))
    try:
        date(2000, month, number)
    except ValueError:
        return None
    return f"--{month:02d}-{number:02d}"


def _month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTH_NAMES, 1) if m.startswith(name[:3].lower()))


# The words before a day something is set for: "on", "at a", "by", "until" (not "for the Nov.
# 15 robbery": what is to come about a day gone by).
_SET_FOR = re.compile(r"\b(?:on|at|by|until|till)\s+(?:(?:a|an|the)\s+)?$", re.I)


def _is_deadline(match: re.Match[str]) -> bool:
    """ "by July 26" in a sentence about what is still to come."""
    return bool(_DEADLINE.search(match.string[: match.start()])) and _ahead(match.string)


def _month_day(match: re.Match[str], day: date, absolute: bool, deadline: bool) -> str | None:
    month = _month_number(match.group("month"))
    number = int(match.group("day"))
    try:
        if absolute:
            return date(int(match.group("year")), month, number).isoformat()
        if deadline:  # the next such date: a deadline is not in the past of the page
            this_year = date(day.year, month, number)
            return (
                this_year if this_year >= day else date(day.year + 1, month, number)
            ).isoformat()
        dated = in_its_year(month, number, day)
    except ValueError:  # "February 30": not a date
        return None
    return dated.isoformat() if dated else None


# A weekday written just before a date ('on Thursday, 12 March', 'Sunday the 4th of March'):
# the date's own day of the week, as its writer gives it.
_WEEKDAY_BEFORE_DATE = re.compile(rf"\b(?P<name>{_WEEKDAY}),?\s+(?:the\s+)?$", re.IGNORECASE)
# (a weekday and its date are a few words at most: the search looks back this far, characters)
_WEEKDAY_REACH = 20


def weekday_before_date(text: str, start: int) -> tuple[int, int] | None:
    """The weekday (0 Monday .. 6 Sunday) written right before the date at ``start``, and where
    the weekday starts; None when no weekday stands there."""
    match = _WEEKDAY_BEFORE_DATE.search(text, max(0, start - _WEEKDAY_REACH), start)
    if match is None:
        return None
    return WEEKDAY_NAMES.index(match.group("name").lower()), match.start()


def _against_their_weekdays(sentence: str, found: list[_Found]) -> list[_Found]:
    """The expressions without a date and the weekday written before it when the weekday is not
    the date's ('on Wednesday, 12 March' in a year whose 12 March is a Thursday): the report
    names no one day, so neither is placed."""
    dropped: set[int] = set()
    for index, item in enumerate(found):
        if item.kind not in ("absolute", "month_day") or item.dated.date.startswith("--"):
            continue
        named = weekday_before_date(sentence, item.match.start())
        if named is None or date.fromisoformat(item.dated.date).weekday() == named[0]:
            continue
        dropped.add(index)
        dropped.update(
            i for i, f in enumerate(found) if f.match.start() <= named[1] < f.match.end()
        )
    return [item for index, item in enumerate(found) if index not in dropped]


def in_its_year(month: int, number: int, day: date) -> date | None:
    """The day a month and day written without a year name, read on ``day``: the latest of
    next, this and last year's that is not too far ahead ("January 2" written on December 31 is
    two days ahead, "December 31" written on January 2 is past). Raises ValueError for no day
    ("February 30", or 29 February in a year that has none)."""
    for year in (day.year + 1, day.year, day.year - 1):
        candidate = date(year, month, number)
        if (candidate - day).days <= FUTURE_DAYS:
            return candidate
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
        found = resolve_dates(sentence.text, published[sentence.article])
        if not found or _only_says_when(sentence.text):
            continue
        when = published[sentence.article]
        for dated in found:
            ahead = when is not None and _after(dated.date, when.date())
            article = by_id[sentence.article]
            _add(days.setdefault(dated.date, []), dated, sentence.text, article, ahead)
    _date_yearless(days)
    return tuple(
        TimelineEntry(day, e.text, e.expression, tuple(e.sources), tuple(e.articles), e.ahead)
        for day in sorted(days, key=_first_day)
        for e in days[day]
    )


def _after(when: str, day: date) -> bool:
    """Is a timeline date ("2026-03-10") a day after ``day``? A week or a month ("last week")
    never is, nor a day of no known year."""
    return (
        len(when) == len("2026-03-10")
        and not when.startswith("-")
        and (date.fromisoformat(when) > day)
    )


def _only_says_when(text: str) -> bool:
    """A page's date line ("16 September 2013 Last updated at 12:42 GMT") is no event. Checked
    only on a dated sentence (an undated one gives no entry anyway) of a date line's length."""
    return len(text.split()) <= MAX_DATE_LINE_WORDS and is_only_a_date(text)


def _first_day(when: str) -> tuple[date, str]:
    """The first day of an entry's date, week ("2026-W19": its Monday) or month ("2026-05"),
    so that a week is listed before the days in it and after the days before it; a day of no
    known year ("--01-06") after every dated one, in calendar order."""
    if when.startswith("--"):
        return date.max, when
    if "-W" in when:
        year, week = when.split("-W")
        return date.fromisocalendar(int(year), int(week), 1), when
    if len(when) == len("2026-05"):
        return date.fromisoformat(f"{when}-01"), when
    return date.fromisoformat(when), when


def _date_yearless(days: dict[str, list[_Entry]]) -> None:
    """A day of no known year ("--01-06", from an undated article) joins the one dated day of
    that month and day the other articles give ("2009-01-06"): the same event's reports date
    it. With none, or two years to choose from, it stays a day of no known year."""
    for yearless in [d for d in days if d.startswith("--")]:
        dated = [d for d in days if len(d) == len("2009-01-06") and d[4:] == yearless[1:]]
        if len(dated) != 1:
            continue
        day = days[dated[0]]
        for entry in days.pop(yearless):
            same = next((e for e in day if _overlap(e.words, entry.words) >= SAME_ENTRY), None)
            if same is not None:  # (an undated article cannot tell whether it was ahead)
                same.sources.update(entry.sources)
                same.articles.update(entry.articles)
            elif len(day) < MAX_PER_DAY:
                day.append(entry)


@dataclass(slots=True)
class _Entry:
    """A timeline entry while the sentences are read (working state, never returned)."""

    text: str
    words: frozenset[str]
    expression: str
    sources: dict[str, None]
    articles: dict[str, None]
    ahead: bool


def _add(day: list[_Entry], dated: Dated, text: str, article: Article, ahead: bool) -> None:
    """Join the first entry of the day that says the same, else start one (while the day has
    fewer than MAX_PER_DAY: past them, comparing each sentence with every entry of its day made
    an archive's timeline quadratic, and no reader reads a day's hundredth entry). An entry is
    ahead while every sentence it joins is: "flights resume on Tuesday" from Friday's article
    and "flights resumed on Tuesday" from Wednesday's tell a thing that happened."""
    words = _words(text)
    for entry in day:
        if _overlap(entry.words, words) >= SAME_ENTRY:
            entry.sources[article.source] = None
            entry.articles[article.id] = None
            entry.ahead = entry.ahead and ahead
            return
    if len(day) < MAX_PER_DAY:
        sources, articles = {article.source: None}, {article.id: None}
        day.append(_Entry(text, words, dated.expression, sources, articles, ahead))


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
