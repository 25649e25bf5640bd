"""Date and time lines of a page: stamps, mastheads and page headers, in any language.

"Updated: 19 June 2023 12:30 GMT", "Published 3 hours ago", a line of date tokens only ("10 Jun
2013 09:10"), a date in another script ("2 марта 2025", "21.07.2025"), a masthead with a date
("Harbour Times — Monday 10 August 2026"), a page header whose parts are joined by "|" or "·"
("Live · Updated 14:02 BST"), and a date line in the article's own language ("Publié le 17 août
2025 à 12h30"). The clean stage removes them; ingest/published.py then reads the publication time
from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bylines.ingest.credits import CREDIT_PART_START_RE, is_reporting_credit
from bylines.ingest.furniture import CALL_TO_ACTION_RE
from bylines.ingest.lines import (
    MAX_WIDGET_CHARS,
    SEPARATOR_GLYPHS,
    Line,
    LinePredicate,
    Removed,
    ends_sentence,
    has_quote,
    matches,
)
from bylines.ingest.published import LocalDates, read_stamp

# Meta lines: parts joined by "|", "·" or "•" ("Live · Updated 14:02 BST", "Kestrel News |
# 21.07.2025 | Updated 08:15") of which one is a time stamp: the page's header, not a sentence.
META_SEPARATOR_RE = re.compile(r"\s(?:[|·•]|\+{2,}|--)\s")
MAX_META_WORDS = 20
# A masthead or stamp line with weak separators ("Lowland Post — Monday, 22 September 2025",
# "Radio Kestrel, 16 October 2025, 13:00 news bulletin", "Business desk, updated 20:10"): parts
# split by commas or dashes, one of them nothing but a date or time.
MASTHEAD_SEPARATOR_RE = re.compile(r"\s*,\s+|\s+(?:[—–|·•]|--?)\s+")
# At the head of a page, before the story's first sentence, any separator glyph parts a masthead
# ("THE ORRIN LAMP ✤✤ Sunday 3 May 2029", "kelvale now ⁖ notes from the valley ⁖ 03.05.2029
# 08:15": a name, glyphs and a date whatever the glyph). Inside the story the same shape is a
# story line ("Kick-off → 15:00", "Harbour reopens 🎉 4 June 2029"), so clean.py asks this of
# the head only.
GLYPH_SEPARATOR_RE = re.compile(rf"\s*,\s+|\s+(?:{SEPARATOR_GLYPHS}|--?)\s+")
MAX_MASTHEAD_WORDS = 14
# A date line in any language: a few words at most, a year, and the day as a number
# ("2 марта 2025", "21.07.2025"); no sentence ends that way.
NUMERIC_DATE_RE = re.compile(
    r"^(?=.*\b(?:19|20)\d{2}\b)(?=.*\b\d{1,2}\b)(?:[^\W\d_]+\.?,? ?|\d{1,4}[.,/-]? ?){2,5}$"
)
# A date line in another language: "Publié le 17 août 2025 à 12h30" (a label, a date, a time).
MAX_LOCAL_STAMP_WORDS = 8
# A weekday and a month name are the most words such a date line has.
MAX_DATE_WORDS = 2
# A line that is only a date and/or time: "10 Jun 2013 09:10", "June 19, 2023, 4:30 PM EDT".
DATE_TOKEN_RE = re.compile(
    r"\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|(?:mon|tue|wed|thu|fri|sat"
    r"|sun)[a-z]*|[ap]\.?m|gmt|utc|bst|cest?|[ecmp][sd]?t|ist|aest|st|nd|rd|th|at|on|[apm]"
    r"|published|updated|posted|time|yesterday|today|h|[年月日时分]",
    re.I,
)
MAX_DATE_TOKENS = 12
# Time stamps: "Updated: 19 June 2023 12:30 GMT", "Published 3 hours ago": the keyword, then only a
# date or time (read by ingest/published.py) and date words; "Updated figures showed 14 dead." is
# story.
TIMESTAMP_RE = re.compile(
    # ('Story filed 14:20', 'This report was updated at 14:20', 'Correct as of 14:20'); a trade
    # site's or a wire's log names the item it logs ('Item logged 14.03.2029 at 08:15', 'Entry
    # created 3 March 2029'): a bare 'Logged at 09:40 on 3 June, the call warned' opens a story
    # sentence, and so does a log's 'by the coastguard', so a log stamp takes no 'by'
    r"^(?:(?P<log>(?:item|entry|story)(?: was)? (?:logged|created|entered))"
    r"|(?:(?:this )?(?:story|article|report|page|post)(?: was)? )?"
    r"(?:published|updated|last updated|posted|first published|filed|(?:last )?modified"
    r"|(?:correct|accurate|true) as (?:of|at)|as of"
    r"|last (?:edited|changed|reviewed|checked|verified)|(?:medically |fact[- ])?(?:reviewed"
    r"|checked)|sent|issued|dated?|timestamp|recorded|broadcast|aired|taken|captured"
    r"|filmed|moved|transmitted))(?: on(?: the [\w ]{1,30}? (?:wire|desk|service))?| at)?\s*:?\s*"
    r"(?P<rest>.{1,60})$",
    re.I,
)
# Who posted it may follow the time: "Posted 3 March 2025 at 9:10 by the editor"; where, before
# it: "Published in the Varrow Daily on 3 March 2025".
POSTED_BY_RE = re.compile(r"\s+by\s+(?:the\s+)?[\w.'’ -]{1,40}$", re.I)
POSTED_IN_RE = re.compile(r"^in (?:the )?[A-Z][\w.'’ -]{1,40}? (?=(?:on|at)\b)")
RELATIVE_TIME_RE = re.compile(r"^\d+ (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago\.?$", re.I)


def _is_date_line(text: str) -> bool:
    """A line of date and time tokens only, with at least one number.

    Words in any script are tokens ("[^\\W\\d_]+"): a Chinese or Russian sentence with digits in it
    is not a date line because its words are not date words.
    """
    tokens = re.findall(r"[^\W\d_]+|\d+", text)
    if not 0 < len(tokens) <= MAX_DATE_TOKENS or not any(t.isdigit() for t in tokens):
        return False
    return all(DATE_TOKEN_RE.fullmatch(token) for token in tokens)


def _is_timestamp(text: str) -> bool:
    match = TIMESTAMP_RE.match(text)
    if match is None:
        return False
    rest = match.group("rest")
    if not match.group("log"):
        rest = POSTED_IN_RE.sub("", POSTED_BY_RE.sub("", rest))
    return RELATIVE_TIME_RE.match(rest) is not None or _is_stamp(rest) or _is_date_line(rest)


def _is_stamp(text: str) -> bool:
    """A date or time with nothing else but date words, zones and punctuation."""
    if read_stamp(text) is None:
        return False
    tokens = re.findall(r"[^\W\d_]+", text)
    return all(DATE_TOKEN_RE.fullmatch(t) or (t.isupper() and len(t) <= 5) for t in tokens)


def _is_meta_line(text: str) -> bool:
    """ "Live · Updated 14:02 BST": parts split by | or ·, one of them a time stamp or a credit."""
    text = re.sub(r"^\+{2,}\s*|\s*\+{2,}$", "", text)  # "+++ CNW +++ 8 May 2027 +++"
    parts = META_SEPARATOR_RE.split(text)
    if len(parts) < 2 or len(text.split()) > MAX_META_WORDS or ends_sentence(text):
        return False
    return any(
        read_stamp(part) is not None
        or _is_timestamp(part)
        or is_reporting_credit(part)
        or CALL_TO_ACTION_RE.match(part) is not None
        for part in parts
    )


def _is_masthead_line(text: str) -> bool:
    """ "Stonebridge Gazette, 14 May 2025 at 09:30": a part that is only a date or time."""
    return _has_dated_part(MASTHEAD_SEPARATOR_RE.split(text), text)


def is_glyph_masthead_line(text: str) -> bool:
    """ "THE ORRIN LAMP ✤✤ Sunday 3 May 2029": a masthead parted by any glyph, asked of the
    lines above the story only; no part a credit (a byline's "By Ana Lind ✎ 3 May 2029" is a
    reporter's line, not a masthead's name)."""
    parts = [part for part in GLYPH_SEPARATOR_RE.split(text) if part]
    if any(CREDIT_PART_START_RE.match(part) or is_reporting_credit(part) for part in parts):
        return False
    return _has_dated_part(parts, text)


def _has_dated_part(parts: Sequence[str], text: str) -> bool:
    if len(parts) < 2 or len(text.split()) > MAX_MASTHEAD_WORDS or ends_sentence(text):
        return False
    return not has_quote(text) and any(_is_stamp(p) or _is_timestamp(p) for p in parts if p)


def _is_numeric_date_line(text: str) -> bool:
    """ "2 марта 2025": at most MAX_DATE_WORDS words beside the numbers, no sentence end
    ("Dilger had 42 in 1995." is story)."""
    if len(text) > MAX_WIDGET_CHARS or ends_sentence(text):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) <= MAX_DATE_WORDS and NUMERIC_DATE_RE.match(text) is not None


# A second stamp on a stamp's line: "Posted: Mar 3, 2024 8:20 AM ET Last Updated: Mar 3, 2024
# 8:10 PM ET".
NEXT_STAMP_RE = re.compile(
    r"(?<!last)(?<!first)\s+(?=(?:last |first )?(?:updated|published|posted|modified)\b)", re.I
)


def _is_stamps_line(text: str) -> bool:
    """Two or more time stamps on one line, each a stamp of its own."""
    parts = NEXT_STAMP_RE.split(text.strip())
    return len(parts) > 1 and all(_is_timestamp(part) for part in parts)


# Date and time lines, each a check on a whole line (without its bullet marker).
STAMP_CHECKS: tuple[LinePredicate, ...] = (
    matches(RELATIVE_TIME_RE),
    _is_meta_line,
    _is_numeric_date_line,
    _is_masthead_line,
    _is_date_line,
    _is_timestamp,
    _is_stamps_line,
)
# The same for a pipe table's row (``tables.py``), given as its cells between bars: the bars
# are no meta line's or masthead's separators, and a row of a year and counts ("2025 | 3,800 |
# 4") or of times ("9:00 | 14:30 | 42 km") is the table's data, not a date line (the review of
# small34 found such rows dropped).
TABLE_ROW_STAMP_CHECKS: tuple[LinePredicate, ...] = tuple(
    check
    for check in STAMP_CHECKS
    if check not in (_is_meta_line, _is_masthead_line, _is_date_line, _is_stamps_line)
)


# Words a line that only says when may carry beside its date and time: "16 September 2013 Last
# updated at 12:42 GMT", "First published on Monday 3 March 2025"; the first of them tell
# nothing of the news ("at", "on" and "the" are in headlines too, ``_says_what``).
_STAMP_ONLY_WORDS = r"last|first|updated?|published|posted|modified|filed|edition|am|pm"
STAMP_ONLY_WORD_RE = re.compile(_STAMP_ONLY_WORDS, re.I)
STAMP_WORD_RE = re.compile(_STAMP_ONLY_WORDS + r"|on|at|of|the|and", re.I)


def is_only_a_date(text: str) -> bool:
    """A line that says when and nothing else (a date or time, with date words and stamp words
    only): no headline, whatever its place on the page."""
    line = text.strip()
    if any(check(line) for check in STAMP_CHECKS):
        parts = MASTHEAD_SEPARATOR_RE.split(line)
        return len(parts) < 2 or not any(_says_what(part) for part in parts)
    if read_stamp(line) is None:
        return False
    words = re.findall(r"[^\W\d_]+", line)
    return all(DATE_TOKEN_RE.fullmatch(w) or STAMP_WORD_RE.fullmatch(w) for w in words)


# A part of a dated page header says what happened when it has this many words or more, or at
# least MIN_TOLD_WORDS words with a lowercase one that is no stamp word: "Quake kills
# 12 in Tarvia | 14 May 2025" and "Floods in Marl, 2 March 2027" are headlines with their date;
# an outlet's name ("Harbour Valley Times"), "Business desk", "3 min read", "Comments (3)" and
# "Share this article" are not. Set by hand from the headline and header lines of
# tests/test_read.py and tests/test_clean_*.py (the shortest headline part there has 3 words).
MIN_HEADLINE_PART_WORDS = 5
MIN_TOLD_WORDS = 3
LOWERCASE_WORD_RE = re.compile(r"\b[^\W\d_A-Z][^\W\d_]+\b")


def _says_what(part: str) -> bool:
    if _is_stamp(part) or _is_timestamp(part) or _is_date_line(part) or is_reporting_credit(part):
        return False
    if CALL_TO_ACTION_RE.match(part) or RELATIVE_TIME_RE.match(part):
        return False
    words = re.findall(r"[^\W\d_]+", part)
    if len(words) >= MIN_HEADLINE_PART_WORDS:
        return True
    told = [w for w in LOWERCASE_WORD_RE.findall(part) if not STAMP_ONLY_WORD_RE.fullmatch(w)]
    return bool(told) and len(words) >= MIN_TOLD_WORDS


def drop_local_stamps(lines: Sequence[Line], language: str | None, removed: Removed) -> list[Line]:
    """Date lines in the article's own language ("Publié le 17 août 2025 à 12h30") removed: short,
    no sentence end, and a date with that language's month names in them."""
    local = LocalDates.of(language) if language and language != "en" else None
    if local is None:
        return list(lines)
    kept: list[Line] = []
    for line in lines:
        short = len(line.text.split()) <= MAX_LOCAL_STAMP_WORDS and not ends_sentence(line.text)
        if short and local.pattern.search(line.text) and read_stamp(line.text, local):
            removed.append((line.pos, line.text))
        else:
            kept.append(line)
    return kept
