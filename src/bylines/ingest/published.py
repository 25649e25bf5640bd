"""When an article was published, as ISO 8601: from markup, the input, or the page's own stamps.

Sources, best first: a time the input gave (JSON Lines ``published``, the page's metadata read by
trafilatura) when it reads as a date; else the stamps the clean stage removed from the page
("Updated 16:45 GMT", a date line under the byline, "Mon, October 6, 2025", "Published 2 March
2025 09:10", "March 2, 2025 5:40 p.m. ET", "Last modified: 12 June 2027 18:20", "Posted Sunday 13
June 2027 at 10:15 by the editor"). Only removed lines are read, never the story: "the vote on
March 2, 2025" is an event's date, not the article's; the headline only when nothing else gives a
time ("Halden's $1.25bn swoop" holds no clock time, and a sum is never read as one).

The result keeps what is known and no more: "2025-03-02" when only a date is given,
"2025-03-02T17:40:00-05:00" with a zone, "2025-03-02T09:10:00" without one, and "16:45:00+00:00"
when a page gives a clock time and no date anywhere (a stamp's; the heads of a live page's
entries, "15:22 BST" alone on a line, three or more, are not one). When a page shows both a
first-published and an updated stamp the updated one is taken: the text as read is that version.

A stamp that cannot be fully dated gives what it knows and nothing guessed. A day and month
without a year (a wire's dateline "VINTRA, Selmark, Oct 9 (BNA) -" or "BRACKWELL, 14 June (NP)
-", 'Updated Sunday 5 March, 4pm') or only a weekday ('Sun 09:30', 'WEDNESDAY EDITION') takes
the year and week of the other reports of the pile when one of them is dated within days
(``with_dateline_years``); with none, the page keeps its bare clock time, or no time. A relative
stamp ("Updated 3 minutes ago") is dated only against the time the page was read; a file or
pasted text has none (its file time is when it was saved or copied, not read), so it gives
nothing. A slashed date of either order ("10/02/2032") is read the way the page's other removed
dates settle (a dateline's "Feb 9"), else the dates of the other reports of the pile
(``with_dateline_years``); unsettled, its line gives no time at all. A wire's
date-time group ("042340 MAR 28": 23:40 on 4 March 2028) is a full stamp. A clock time given
as ``published`` ("18:04") is written as ISO ("18:04:00") and put on the day the page's stamps
or dateline give; any other value that reads as no date is kept as given.

dateparser would parse a string once it is isolated, but finding which line is a stamp is the work
here, and the pattern that finds it already holds the fields; it also cannot say whether a time
was given, which decides between a date and a date-time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bylines.ingest.furniture import (
    CALL_TO_ACTION_RE,
    EVENT_LISTING_RE,
    JOB_ADVERT_RE,
    PHONE_IN_RE,
    READ_MORE_HEADING_RE,
    TRAILER_RE,
    is_inline_read_more,
)
from bylines.ingest.lines import BULLET_RE, SEPARATOR_GLYPHS
from bylines.types import Article
from bylines.wordlists import MONTH_OR_SEPT_PATTERN, NUMBER_WORDS_BELOW_20, WEEKDAY_NAMES

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# a month's name as a named group, its name given by ``format`` ("month", "month2")
_MONTH = "(?P<{}>" + MONTH_OR_SEPT_PATTERN + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# "2 March 2025", "Mon, October 6, 2025", "March 2nd, 2025", "2025-03-02", "2025年3月2日".
DATE_RE = re.compile(
    rf"\b{_WEEKDAY}(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-){_MONTH.format('month')},?(?:\s+|-)"
    rf"(?P<year>\d{{4}})|{_MONTH.format('month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year2>\d{4}))\b"
    r"|\b(?P<iyear>\d{4})-(?P<imonth>\d{2})-(?P<iday>\d{2})(?!\d)"
    r"|\b(?P<eday>\d{1,2})\.(?P<emonth>\d{1,2})\.(?P<eyear>\d{4})\b"
    # with the year's last two figures, as sites print their date beside a clock time
    # ("03.05.29 · 08:15"): two figures each, and no more dotted figures either side
    # ("Version 3.4.12", "1.2.29" are no dates)
    r"|(?<![\d.])(?P<tday>\d{2})\.(?P<tmonth>\d{2})\.(?P<tyear>\d{2})(?![.\d])"
    r"|\b(?P<da>\d{1,2})-(?P<db>\d{1,2})-(?P<dyear>\d{4})\b"  # "13-02-2030", "11-09-2027"
    # a wire's slug date, "06MAR29": day, month's three letters in capitals, two-digit year
    r"|\b(?P<wday>\d{2})(?-i:(?P<wmonth>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))"
    r"(?P<wyear>\d{2})(?!\d)"
    r"|\b(?P<sa>\d{1,2})\s?/\s?(?P<sb>\d{1,2})\s?/\s?(?P<syear>\d{4}|\d{2})\b"
    r"|\b(?P<yyear>\d{4})/(?P<ymonth>\d{1,2})/(?P<yday>\d{1,2})\b"  # "2026/03/03": year first
    r"|(?P<cyear>\d{4})\s*年\s*(?P<cmonth>\d{1,2})\s*月\s*(?P<cday>\d{1,2})\s*日",
    re.I,
)
# Words shortly before a clock-like figure that make it the length of a clip: 'Listen 5:32',
# 'Watch: the rescue (2:14)'.
MEDIA_LENGTH_RE = re.compile(
    r"\b(?:listen|watch|play|duration|length|runtime|video|audio|podcast)\w*\b[^.!?\d]{0,24}$",
    re.I,
)
# A broadcast's production cue opening a square bracket that a time closes, with what plays
# between them: '[JINGLE ⩔ Sallow Sound News ⩔ 0:06]', '[SFX: water … 0:04]', '[CLIP: the
# mayor 0:21]' (how long it plays). Not '[Intro 09:30]', the cue word alone before the hour
# the programme opens, nor '[Updated 14:05]', a stamp.
PRODUCTION_CUE_RE = re.compile(
    r"\[\s*(?:jingle|sting|sfx|fx|sound|music|theme|bed|clip|audio|actuality|package|pkg|vt"
    r"|intro|outro|trail|trailer)\b[^\]\dA-Za-z]*[A-Za-z][^\]\d]*$",
    re.I,
)
# ... and the time reads as a length, minutes and seconds of a short item ('0:06', '1:05',
# '00:21'), not an hour ('[Theme — Breakfast 06:30]', '[Music bed 12:30]').
CUE_LENGTH_RE = re.compile(r"(?:00|[0-5]):\d{2}$")
# A clip's mark anywhere on a line: a play symbol or a media word.
MEDIA_MARK_RE = re.compile(r"[▶►▷]|\b(?:listen|watch|play|video|audio|podcast|clip)\b", re.I)
# (a dot between two numbers followed by another dot is a day and month with no year, as
# German and Nordic pages write them, a time after it: 'Updated 23.11. 20:05' is 20:05 on 23
# November; not '16.45.', with no month 45, nor 'Updated at 16.05.' ending a sentence)
_DAY_MONTH_DOT = r"\.(?!(?:0[1-9]|1[0-2])\.\s+(?:[a-z]+\.?\s+)?\d)"
# "09:10", "5:40 p.m.", "4.30pm", "16h45" ("8: 56am" as some scrapers space it), then a zone:
# "GMT", "ET", "UTC+8", "+0100". A sum ("$1.25bn", "2.30 million") is no time.
TIME_RE = re.compile(
    rf"(?<![\d:.$€£¥])(?P<hour>\d{{1,2}})(?:(?:{_DAY_MONTH_DOT}|h|: ?)(?P<minute>\d{{2}}))"
    r"(?::(?P<second>\d{2}))?"
    r"(?![.:]?\d)(?!\s?(?:bn|mn?|k|million|billion|trillion|per\s?cent|%)(?!\w))"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
    r"|(?<![\d:.])(?P<hour2>\d{1,2})\s*(?P<ampm2>[ap])\.?\s?m\b\.?"
    # a wire's four-digit clock time before its zone: "0710 GMT", "1532 EST" (a bare "0412" on a
    # wire header may be an item number, so the zone must follow)
    # ("0412 PORT FIRE/ORRIN" is no "0412 PT": a zone has four letters at most, a T last)
    r"|(?<![\d:.$€£¥])(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d)(?=\s?(?-i:GMT|UTC|Z|[A-Z]{1,2}[SD]?T)\b)",
    re.I,
)
# A wire's slug line gives the item's time as four figures standing alone between its parts
# ("TARNPRESS ✣ 0815 ✣ COAST-STORM/FLOOD ✣ urgent", "⟦KNB⟧ 2210 ⁘ PORT-FIRE/ORRIN"): the line
# carries a slug (capitals joined by hyphens or slashes, two joins at least, as credits'
# SLUG_LINE_RE) and a separator glyph follows the figures. "KPS 0412 NORTH COAST/STORM (FLASH)"
# runs words on after its figures: an item number, as is a bare code on a line with no slug.
# The slug's words are letters only: "A1-M6-M62" and "BA-1234-X" are a road's and a flight's
# codes, and their lines' figures no time. Figures in a date or after a month ("3 May 2029 ✣")
# are its year; four figures that could be a year, on a line with no date, are read as one
# ("KNB ✣ 2029 ✣ PORT-FIRE/ORRIN").
SLUG_WORDS_RE = re.compile(r"(?<![\w/-])[A-Z]+(?:[-/][A-Z]+){2,}(?![\w/-])")
SLUG_CLOCK_RE = re.compile(
    rf"(?<![\w:.$€£¥])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*{SEPARATOR_GLYPHS}"
)
MONTH_BEFORE_RE = re.compile(rf"\b(?:{MONTH_OR_SEPT_PATTERN})\.?,?\s*$", re.I)
# The years a slug line's four figures may be (19:00 to 20:59 read the same).
SLUG_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# A clock time right after a word that names what happens then ("high tide 19:38", "kick-off
# 15:00", "Sunrise 05:12", "doors open at 19:30") is that thing's time, not the page's. A short
# list of such words, not "any word before the clock": a stamp's clock follows a desk, a place or
# a section as often ("night desk 16:45", "London 14:20", "News 14:20", "Julkaistu 30.12. klo
# 14.40"), and those are the page's. Tuned on the weather, tide and fixtures lines of the
# invented t- events and the review of masthead22 (every stamp it listed keeps its time).
EVENT_BEFORE_CLOCK_RE = re.compile(
    r"(?<![\w-])(?:(?:high|low)\s+(?:tide|water)|tides?|sunrise|sunset|moonrise|moonset"
    r"|kick-?off|tip-off|throw-in|first\s+ball|departs?|departures?|arrives?|arrivals?"
    r"|doors(?:\s+open)?|starts?|start\s+time|curtain\s+up|lights\s+out)"
    r"(?:\s+at)?\s*:?\s*$",
    re.I,
)
ZONE_RE = re.compile(
    r"\s*\(?(?P<zone>(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<off>\d{1,2})(?::?(?P<offm>\d{2}))?"
    r"|[+-]\d{2}:?\d{2}|[A-Z]{1,5})\b\)?"
)
# Fixed offsets (hours) of the zone abbreviations news pages print. "CST" is read as US Central:
# Chinese outlets write "Beijing time" or "GMT+8" far more often than "CST" in English copy.
ZONE_OFFSETS = {
    "Z": 0, "GMT": 0, "UTC": 0, "WET": 0, "BST": 1, "CET": 1, "WAT": 1, "CEST": 2, "EET": 2,
    "SAST": 2, "CAT": 2, "EEST": 3, "MSK": 3, "EAT": 3, "GST": 4, "IST": 5.5, "PKT": 5,
    "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8, "AWST": 8, "JST": 9, "KST": 9, "AEST": 10,
    "AEDT": 11, "NZST": 12, "NZDT": 13, "AST": -4, "EDT": -4, "EST": -5, "CDT": -5, "CST": -6,
    "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AKST": -9, "HST": -10,
}  # fmt: skip
# A zone written as a signed offset from GMT/UTC ("GMT+8", "+05:30", "UTC - 3").
_SIGNED_OFFSET_RE = re.compile(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}):?(\d{2})?")
# The offsets the world's clocks keep run from UTC-12:00 (Baker Island) to UTC+14:00 (the Line
# Islands). "GMT+25" or "+25:00" is no zone: a datetime refuses it, and a JSON Lines article or
# a web request giving it as its time was lost whole (a skipped line; an HTTP 500).
EARLIEST_OFFSET = dt.timedelta(hours=-12)
LATEST_OFFSET = dt.timedelta(hours=14)
MINUTES_AN_HOUR = 60
# Zones that follow daylight saving: their offset depends on the date.
ZONE_NAMES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",
}
ZONE_STANDARD = {"ET": -5, "CT": -6, "MT": -7, "PT": -8, "UK": 0}
# An "updated" stamp ("Updated", "Last updated", "Mis à jour"), preferred over the first one.
UPDATED_RE = re.compile(r"\b(?:updated|update|last modified|revised)\b", re.I)
# A time counted back from when the page was read: "3 hours ago", "an hour ago", "Yesterday at
# 18:40", "Today, 09:10", "just now".
RELATIVE_RE = re.compile(
    r"\b(?P<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s?"
    r"(?P<unit>min(?:ute)?s?|mins|hours?|hrs?|h|days?|weeks?)\s+ago\b"
    r"|\b(?P<day>yesterday|today)\b"
    r"|\b(?P<now>just now|moments ago)\b",
    re.I,
)
# A relative stamp is a short line ("Updated 3 hours ago | 4 min read"); "today" or "yesterday"
# without a clock time only on a line of a word or two ("Updated yesterday").
MAX_RELATIVE_WORDS = 10
MAX_BARE_DAY_WORDS = 2
NUMBER_WORDS = {"a": 1, "an": 1} | {w: i for i, w in enumerate(NUMBER_WORDS_BELOW_20[:11]) if i}
RELATIVE_UNITS = {
    "min": "minutes", "minute": "minutes", "mins": "minutes", "hour": "hours", "hr": "hours",
    "h": "hours", "day": "days", "week": "weeks",
}  # fmt: skip
# The years a news page's stamp can carry. The last one is the bound the markup reader uses
# (read.MAX_PAGE_DATE): a stamp line is the page's own date as it gives it, whatever today is —
# bounding it by the current year made an archive's (or an invented test event's) 2028 pages
# undated, and the same input give another report next year.
MIN_YEAR = 1900
MAX_YEAR = 2100
# A JSON number given as a time is Unix time: seconds, or milliseconds (JavaScript's Date.now())
# where seconds would fall past MAX_YEAR, so the two readings never overlap within the years.
UNIX_SCALES = (1, 1000)
_UNIX_FIRST = dt.datetime(MIN_YEAR, 1, 1, tzinfo=dt.UTC).timestamp()
_UNIX_LAST = dt.datetime(MAX_YEAR, 12, 31, 23, 59, 59, tzinfo=dt.UTC).timestamp()
# A whole number in this range is a date's figures (20260302, a feed's YYYYMMDD), never Unix
# time: as seconds it would be a day of August 1970, which no news page is.
COMPACT_FIRST = MIN_YEAR * 10_000 + 101
COMPACT_LAST = MAX_YEAR * 10_000 + 1231
# A time given as a bare year or month ("2026", "2026-03"): kept as given.
_YEAR_OR_MONTH = re.compile(r"^(\d{4})(?:-(?:0[1-9]|1[0-2]))?$")
# Two-digit years: from CENTURY_PIVOT on they are the 1900s' (POSIX strptime's %y).
CENTURY_PIVOT = 69
CENTURY_PIVOT_BASE = 1900
CENTURY_BASE = 2000
MONTHS_IN_YEAR = 12
# A clock time alone as ``iso`` writes it: "11:04:00", "16:20:00+01:00".
_CLOCK = re.compile(r"\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d)?")
# A wire dateline's month and day, with no year: "ALDENMOOR, June 16 (ALP) -", with the region
# after the place ("VELLPORT, Kessland, Oct 9 (KPN) -") and day first as European agencies write
# it ("BRACKWELL, 14 June (NP) -").
_PLACE = r"[A-Z][A-Za-z .'’-]*,\s+"
DATELINE_DAY_RE = re.compile(
    rf"^{_PLACE}(?:{_PLACE})?(?i:{_MONTH.format('month')}\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.format('month2')})\b(?!,?\s*\d{{4}})"
)
# A wire's date-time group, as military and agency signal traffic end an item: day, hour and
# minute, a zone letter (Z: UTC), the month in capitals, the year: "042340 MAR 28", "150930Z
# SEP 2027". The month's capitals and the six digits tell it from a count ("120 MAR 28" is not).
DATE_TIME_GROUP_RE = re.compile(
    r"(?<![\d:.])(?P<day>0[1-9]|[12]\d|3[01])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
    r"(?P<zone>Z)?\s?(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?"
    r"(?P<year>\d{4}|\d{2})(?!\d)"
)
# A stamp line's day and month with no year: 'Sunday 5 March', 'Wed 9 Sep', 'May 14', '23.11.'.
YEARLESS_DAY_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format('month')}(?![\w.]|\.?,?\s*\d{{4}})"
    rf"|\b{_MONTH.format('month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}}|:)"
    r"|(?<![\d.])(?P<dday>\d{1,2})\.(?P<dmonth>\d{1,2})\.(?!\d)",
    re.I,
)
# A weekday on a stamp line: a whole name ('Sunday'), or three letters before a day or a time
# ('Wed 9 Sep', 'Tue 07:15'; 'Sun' alone may be a paper's name).
STAMP_WEEKDAY_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)(?=\.?,?\s+\d))\b",
    re.I,
)
# A paper's edition of a weekday, on a masthead line: 'WEDNESDAY EDITION', 'The Vallemark
# Standard | Sunday edition', 'Saturday paper', 'Sunday Review': the day it is published (a whole
# weekday name: 'Harnby Sun' is a paper's name).
EDITION_DAY_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?:edition|paper|issue|supplement|magazine|review)\b",
    re.I,
)
# A masthead with its edition is a few words; a longer removed line that names one is a promotion
# ("Read the whole interview in our Sunday Review, out this weekend"). Set by hand: the mastheads
# of tests/test_published_editions.py have 3 to 7 words.
MAX_EDITION_LINE_WORDS = 8
WEEKDAY_NUMBERS = {
    name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
}
# A dateline's day takes the year that puts it this close (days) to another report's date:
# one event's reports span days, and a week either side still tells the year apart.
MAX_DATELINE_GAP_DAYS = 7
# A line whose clock is written the American way, AM/PM or a US zone: its dotted short date
# ("05.12.29 8:15 AM ET") may be month first, so it is not read.
AMERICAN_CLOCK_RE = re.compile(
    r"\d\s*[ap]\.?m\b|\b(?-i:E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AKST|HST)\b", re.I
)
# A house's separator glyph opening a removed line ("⩫ Webinar: ... ⩫ Thursday 14:00 ⩫"): a page
# that parts its header with a glyph frames its notes with it too, and the rules that tell a
# listing's time from the page's read the note behind it.
LEADING_GLYPH_RE = re.compile(rf"^{SEPARATOR_GLYPHS}\s+")
# A stamp line is short; a longer removed item (a note, a credit) is not read for times.
MAX_STAMP_CHARS = 160


@dataclasses.dataclass(frozen=True, slots=True)
class LocalDates:
    """Day-month-year dates in one language, month names from the CLDR data Babel ships."""

    pattern: re.Pattern[str]
    months: dict[str, int]

    @classmethod
    def of(cls, language: str) -> LocalDates | None:
        from babel import Locale, UnknownLocaleError
        from babel.dates import get_month_names

        try:
            Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            return None
        months: dict[str, int] = {}
        tables = (
            get_month_names("wide", "format", language),
            get_month_names("abbreviated", "format", language),
            get_month_names("wide", "stand-alone", language),
            get_month_names("abbreviated", "stand-alone", language),
        )
        for names in tables:
            months.update({str(name).casefold().rstrip("."): n for n, name in names.items()})
        alternatives = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
        # "2 марта 2025", "17 août 2025", "3. März 2025", "2 de marzo de 2025": a short joining
        # word ("de") may stand between the parts.
        join = r"\.?,?\s*(?:[^\W\d_]{1,3}\s+)?"
        pattern = re.compile(
            rf"(?<!\w)(?P<day>\d{{1,2}}){join}(?P<month>{alternatives}){join}(?P<year>\d{{4}})"
            rf"|(?<!\w)(?P<month2>{alternatives}){join}(?P<day2>\d{{1,2}}),?\s*(?P<year2>\d{{4}})",
            re.I,
        )
        return cls(pattern, months)

    def date(self, match: re.Match[str]) -> dt.date | None:
        groups = match.groupdict()
        month = self.months[(groups["month"] or groups["month2"]).casefold()]
        return _checked_date(
            groups["year"] or groups["year2"], month, groups["day"] or groups["day2"]
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Stamp:
    """What one line says about a time: any of date, clock time and UTC offset may be missing."""

    date: dt.date | None
    time: dt.time | None
    zone: str | None  # an abbreviation or offset as written, resolved in ``iso``
    updated: bool = False


def find_published(
    given: str | None,
    removed: Sequence[str],
    language: str | None = None,
    reference: dt.datetime | None = None,
) -> str | None:
    """ISO 8601 publication time from the given value, else from the removed stamp lines
    (month names in the article's ``language`` too, when it is not English).

    A relative stamp ("Updated 2 hours ago", "Yesterday at 18:40") is read against
    ``reference``, the time the page was read, when there is one; without it, it is not guessed.
    """
    if given:
        normal = normalise(given)
        if normal:
            return normal
        given = _as_given(given)
    local = LocalDates.of(language) if language and language != "en" else None
    read = [(line, stamp) for line in removed if (stamp := _stamp(line, local, reference))]
    read = [(line, settled) for line, stamp in read if (settled := _settled(line, stamp, removed))]
    read = _without_entry_heads(read, removed)
    stamps = [stamp for _, stamp in read]
    clocks = [stamp for line, stamp in read if stamp.time and _CLOCK_LINE.search(line)]
    chosen = _with_given_clock(_choose(stamps, clocks), read_stamp(given) if given else None)
    return iso(chosen) if chosen else given


# A clock time alone on its line ("15:22 BST", "09:40", "4.15pm"): the head of a live page's
# entry or a timeline's step when several stand on one page.
_BARE_CLOCK_LINE_RE = re.compile(
    r"^\W{0,3}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T)?\W{0,3}$",
    re.I,
)


def _without_entry_heads(
    read: Sequence[tuple[str, Stamp]], removed: Sequence[str]
) -> list[tuple[str, Stamp]]:
    """The stamps without the heads of a live page's entries (fresh35: a live page of no date
    gave its first entry's "15:22 BST" as its publication time): MIN_LIVE_ENTRIES lines or more
    of a clock time alone are the times of what the entries tell, and a clock time with no date
    is no publication time. Another line of the page giving the day, with its year or without
    ("Tuesday 12 March", "12 March": the year comes from the other reports) keeps them: the page
    is then of that day, as of its entries' times (the first or the updated one, as any stamps)."""
    heads = [line for line, stamp in read if _BARE_CLOCK_LINE_RE.match(line)]
    if len(heads) < MIN_LIVE_ENTRIES or any(stamp.date for _, stamp in read):
        return list(read)
    if any(YEARLESS_DAY_RE.search(line) for line in removed if line not in heads):
        return list(read)
    return [(line, stamp) for line, stamp in read if line not in heads]


def _settled(line: str, stamp: Stamp, removed: Sequence[str]) -> Stamp | None:
    """The stamp, its slashed date of either order ("10/02/2032": 10 February or 2 October) read
    the way the page's other dates settle (the dateline "CORROWMERE, Feb 9 (...)", a spelled
    "Monday 9 February 2032"); unsettled, the line gives nothing: its clock time alone
    ("09:40:00") stood as a publication time with no day."""
    readings = _slashed_readings(line) if stamp.date is None else ()
    if not readings:
        return stamp
    others = [other for other in removed if other != line]
    return _one_reading(stamp, readings, lambda day: any(_near_day(o, day) for o in others))


# A slashed date standing as a cell of its own on a masthead ("⌘ 09/03/36", "09/03/36 |").
_DATE_CELL_RE = re.compile(
    rf"(?:^|{SEPARATOR_GLYPHS})\s*\d{{1,2}}\s?/\s?\d{{1,2}}\s?/\s?(?:\d{{4}}|\d{{2}})\s*"
    rf"(?:{SEPARATOR_GLYPHS}|$)"
)


def _undecided(line: str) -> Stamp | None:
    """A masthead whose only time is a slashed date of either order and no clock ("RADIO ⌘
    BREAKFAST NEWS ⌘ 09/03/36"): a stamp with nothing known yet, which the page's other dates or
    the other reports of the pile settle (``_settled``, ``_slashed_stamp``), or which gives
    nothing. Only a date standing as a cell of its own, on a line with no label: a teaser's
    ("Related: Pier closure | 03/04/36", "Most read: ... 01/03/36"), an event's ("Inquiry
    hearing: 06/04/36") or an archive note's date is no time of this page (review letters28)."""
    if len(line) > MAX_STAMP_CHARS or ":" in line or not _DATE_CELL_RE.search(line):
        return None
    rest = _DATE_CELL_RE.sub("", LEADING_GLYPH_RE.sub("", line)).strip()
    if is_inline_read_more(rest) or READ_MORE_HEADING_RE.match(rest):
        return None  # "Related | Fell car park closure | 03/04/36", "Read more | 09/03/36"
    return Stamp(date=None, time=None, zone=None) if _slashed_readings(line) else None


def _one_reading(
    stamp: Stamp, readings: Sequence[dt.date], fits: Callable[[dt.date], bool]
) -> Stamp | None:
    """The stamp on the one reading of its slashed date that ``fits``; None when both or neither
    do (the order stays unknown, and a clock time alone is no publication time)."""
    fitting = [day for day in readings if fits(day)]
    return dataclasses.replace(stamp, date=fitting[0]) if len(fitting) == 1 else None


def _within_gap(day: dt.date, other: dt.date) -> bool:
    return abs((day - other).days) <= MAX_DATELINE_GAP_DAYS


def _slashed_readings(line: str) -> tuple[dt.date, ...]:
    """Both readings of the line's slashed date when the order does not show ("05/02/2032")."""
    match = DATE_RE.search(line)
    if match is None or not match.group("syear"):
        return ()
    year, a, b = str(_full_year(match.group("syear"))), match.group("sa"), match.group("sb")
    readings = (_checked_date(year, a, b), _checked_date(year, b, a))
    return tuple(day for day in readings if day is not None) if a != b else ()


def _near_day(line: str, day: dt.date) -> bool:
    """Whether a removed line dates itself within MAX_DATELINE_GAP_DAYS of ``day``: a full date,
    or a day and month without a year (a dateline's "Feb 9", "Updated 9 February")."""
    if len(line) > MAX_STAMP_CHARS:
        return False
    stamp = read_stamp(line)
    if stamp is not None and stamp.date is not None:
        return _within_gap(stamp.date, day)
    month_day = DATELINE_DAY_RE.match(line) or YEARLESS_DAY_RE.search(line)
    return month_day is not None and _in_year(*_month_and_day(month_day), [day]) is not None


def _as_given(given: str | None) -> str | None:
    """A caller's value that is no date is kept as written ("last spring"); one that parses as
    an ISO time got here only because its year is past the bounds, and is dropped."""
    try:
        dt.datetime.fromisoformat((given or "").strip().replace(" ", "T", 1))
    except ValueError:
        return given
    return None


def _with_given_clock(chosen: Stamp | None, given: Stamp | None) -> Stamp | None:
    """A clock time the input gave ("18:04", "6.04pm BST") as ISO 8601, on the day the page's
    stamps give when they give no time of their own: the input's time is the better one then,
    and written "18:04:00" it takes a dateline's day later (``with_dateline_years``)."""
    if given is None or given.time is None or (chosen is not None and chosen.time is not None):
        return chosen
    return Stamp(chosen.date if chosen else None, given.time, given.zone)


# A broadcaster's or live page's trailer for what comes later: 'Next: Harbour Tonight at 18:30
# on Seaboard TV', 'Coming up at 13:00: the minister live', 'Up next - sport at 19:40'. Its
# time is when that airs, not when the page was written (not 'Next week', 'Later on Monday').
_COMING_UP = re.compile(
    r"^\W*(?:(?:up )?next|coming up|still to come|later)\b(?!\s+(?:on\s+)?(?:week|month|year|"
    rf"day|today|{'|'.join(WEEKDAY_NAMES)})\b)",
    re.I,
)


# A line whose clock time is when the page was written, to complete a day read elsewhere: said
# so ("filed 16:45", "Posted 09:10"), given with a zone ("2215 GMT"), or set last after a mark
# as a stamp is ("Ada Roos, river correspondent · 18:10"); not a link's or a ticker's time
# ("Sirens sound at 03:15 as river tops banks", "Sunrise 05:12").
_STAMP_WORDS = r"\b(?:filed|posted|published|updated|modified|sent)\b"
_STAMP_WORD_RE = re.compile(_STAMP_WORDS, re.I)
_ZONED_CLOCK = (
    r"\b\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST"
    r"|[ECMP][SD]?T)\b"
)
_ZONED_CLOCK_RE = re.compile(_ZONED_CLOCK, re.I)
_CLOCK_LINE = re.compile(
    _STAMP_WORDS
    + "|"
    + _ZONED_CLOCK
    + r"|(?:^|[|·•—–§/,])\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[|·•—–§/]\s*)?$",
    re.I,
)


# A running order's cue right before a clock time makes it where a clip goes in or out, not when
# the page was written: '[ENDS — VT OUT 18:36:40]', 'SOT IN 10:02:13'. In capitals only, as
# scripts write cues ('out' and 'in' are words of a sentence too).
_CUE_BEFORE_CLOCK_RE = re.compile(r"\b(?:VT|SOT|OOV|IN|OUT|ENDS|TC|CUE|OUTCUE)\s*:?\s*$")
# A removed line of a story, a bullet or a sentence, is this many words at least ("- Baby girl
# born on the 08:12 Harnmoor service", eight); a stamp's words with no glyph between them are
# fewer ("Posted at 08:12", "Live | Last updated 19:05" has a glyph). Tuned on the dateless clock
# lines of the t- events: none of their stamps is a sentence this long without a glyph or a
# stamp word.
MIN_STORY_WORDS = 6
# A note of a correction is a stamp of when the page changed ('Correction appended 20:05: an
# earlier version gave the wrong name', 'This article was amended at 13:40 to correct ...').
_AMENDED_RE = re.compile(r"\b(?:amended|corrected|correction)\b", re.I)


def _clock_of_no_stamp(line: str) -> bool:
    """Is a line's clock time (with no date on the line) something else's time: a running
    order's cue ('VT OUT 18:36:40'), or inside a sentence or bullet of the story ('- The 08:12
    from Harnmoor was held at Wendle'), or a live page's or a timeline's entry ('21:10 — a
    crack opens along the wall': its event's time, ``live_entry_time``)? A stamp word ('Posted
    at 08:12', 'Updated 19:05'), a zone or a house's glyph between the parts ('QUELL FM ⧊
    EARLY NEWS ⧊ 09:00') keeps it."""
    time_match = TIME_RE.search(line)
    if time_match and _CUE_BEFORE_CLOCK_RE.search(line[: time_match.start()]):
        return True
    if any(rule.search(line) for rule in (_CLOCK_LINE, UPDATED_RE, _AMENDED_RE)):
        return False
    text = BULLET_RE.sub("", line)
    entry = _LIVE_ENTRY_RE.match(text)
    told = text[entry.end() - 1 :] if entry else ""
    if entry and not _BYLINE_AFTER_RE.match(told) and _tells(told.split(), MIN_ENTRY_WORDS):
        return True  # '21:10 — a crack opens along the wall': an entry's time, of what it tells
    if re.search(SEPARATOR_GLYPHS, text):
        return False
    return _tells(text.split(), MIN_STORY_WORDS)


# A byline after a clock and its mark is the stamp's ('18:10 — from our correspondent in Orrin',
# '09:05 · by staff reporters'), not an entry telling what happened.
_BYLINE_AFTER_RE = re.compile(
    r"(?:by|from|for)\s+(?:our|staff|the\s+\w+\s+desk)\b|.*\b(?:correspondent|reporter)s?\b", re.I
)
# An entry of a live page or a timeline box after its clock and mark tells what happened in
# this many words at least, half of them lowercase ('the first stones fall'); a programme's or
# a desk's name after a clock ('09:00 — Breakfast with Nora Hult') is capitalised.
MIN_ENTRY_WORDS = 4


def _tells(words: Sequence[str], least: int) -> bool:
    """Words of a sentence: ``least`` of them at least, half of them lowercase."""
    lower = [word for word in words if word[:1].islower()]
    return len(words) >= least and 2 * len(lower) >= len(words)


# A clock that is the value of a labelled field opens its cell after the label's colon ('Time
# of call: 14:05 | Status: CLOSED', 'Tide times: HW 06:12', 'Incident opened: 03:15'), at most a
# short code between ('HW', 'LW'): the time of what the field names. A stamp's own label
# ('Posted: 09:10', 'Updated: 16:20') is a stamp word, read before this.
_FIELD_CLOCK_RE = re.compile(
    rf"(?:^|{SEPARATOR_GLYPHS})\s*(?P<label>[^\W\d_][\w '’-]*?)\s*:\s*(?:[A-Z]{{1,3}}\s+)?$"
)
# Labels of a page's own time, in the languages stamps come in ('As of: 14:05', 'Stand: 14.05
# Uhr', 'Mis à jour : 14:05'): a field so labelled is the stamp.
_STAMP_LABEL_RE = re.compile(
    r"(?:last\s+)?(?:time|as\s+of|stand|uploaded|edited|revised|aktualisiert|mis\s+à\s+jour"
    r"|actualizado|date)",
    re.I,
)
# Codes of a tide table's clock times ('HW 06:12 LW 12:30'): two of them are a table's.
_TABLE_CODE_RE = re.compile(r"\b[HL]W\b")
# A line listing this many clock times or more with no date and no stamp word is a table of
# times (tide times, a timetable strip: 'Orrin ferry · 07:45 · 09:15 · 11:30'), not a stamp,
# which gives the page one time (or two with its words: 'Published 19:30 | Updated 20:05').
# (a stamp gives two in a byline ('Ada Roos · 09:10 · 11:20') or two zones ('18:10 GMT / 19:10
# CET'): two are a list only with a table's codes, and a zone makes any line a stamp's)
MIN_LISTED_CLOCKS = 3


def _listed_clock(line: str) -> bool:
    """Is a dateless line's clock time one a field or a list gives ('Time of call: 14:05',
    'HW 06:12 LW 12:30'), with no stamp word to say it is when the page was written?"""
    if _STAMP_WORD_RE.search(line) or UPDATED_RE.search(line) or _AMENDED_RE.search(line):
        return False
    clocks = [
        match
        for match in TIME_RE.finditer(line)
        if not _clip_length(match) and not _time_of_a_thing(match)
    ]
    if _ZONED_CLOCK_RE.search(line):
        return False
    if len(clocks) >= MIN_LISTED_CLOCKS or (len(clocks) == 2 and _TABLE_CODE_RE.search(line)):
        return True
    return any(_other_field(line[: match.start()]) for match in clocks)


def _other_field(before: str) -> bool:
    """Is a clock the value of a field labelled for something else than the page's time?"""
    field = _FIELD_CLOCK_RE.search(before)
    return field is not None and not _STAMP_LABEL_RE.fullmatch(field.group("label"))


def _stamp_line(line: str, local: LocalDates | None) -> Stamp | None:
    """The line's stamp, unless its only time is a clock time of something else ('- Baby born on
    the 08:12 service', 'VT OUT 18:36:40', 'Time of call: 14:05', 'HW 06:12 LW 12:30'): not when
    the page was written."""
    stamp = read_stamp(line, local)
    dateless_clock = stamp is not None and stamp.date is None and stamp.time is not None
    if dateless_clock and (_clock_of_no_stamp(line) or _listed_clock(line)):
        return None
    return stamp


def _stamp(line: str, local: LocalDates | None, reference: dt.datetime | None) -> Stamp | None:
    """What a removed line says about a time; a relative stamp only against a reference (not
    "18:40" alone from "Yesterday at 18:40": the day is not known)."""
    if CALL_TO_ACTION_RE.match(line):
        return None  # 'Sign up ... straight to your inbox at 6pm': when it comes, not when written
    if TRAILER_RE.match(line) or _COMING_UP.match(line):
        return None  # 'Next: Harbour Tonight at 18:30': when the programme airs
    unframed = LEADING_GLYPH_RE.sub("", line)  # "⩫ Webinar: ... ⩫ Thursday 14:00 ⩫"
    if any(rule.match(unframed) for rule in (JOB_ADVERT_RE, EVENT_LISTING_RE, PHONE_IN_RE)):
        return None  # 'Job of the week: ..., closing date 30 April', 'Studio lines open until 11pm'
    relative = _relative_match(line)
    if relative is None:
        return _stamp_line(line, local) or _undecided(line)
    if reference:
        return _relative(line, relative, reference)
    stamp = read_stamp(line, local)  # "3 March 2026 09:10 | Updated 2 hours ago": the date
    return stamp if stamp and stamp.date else None


# A live page's entry opens with the clock time it was posted, a zone maybe, and a mark before
# its text: "14:05 BST · Police confirm ...", "⏱ 11:42 | The council says ...", "21:55 — ...".
_LIVE_ENTRY_RE = re.compile(
    rf"^\W{{0,3}}(?P<clock>\d{{1,2}}[:.]\d{{2}}(?:\s?(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T))?)"
    rf"\s*(?:[|·•—–-]|{SEPARATOR_GLYPHS})\s+\S"
)
# A live page is entries this many at least, and they are at least half of its lines: a
# story's timeline box ('06:20 — the tower loses power') is a few lines of a longer text, and
# its times are of the events it lists. Set by hand: on the t- events it dates their four
# undated live pages (16:00, 15:55, 16:30 BST, 17:30 against keyed 16:02, 16:00, 16:30, 17:30)
# and no other page.
MIN_LIVE_ENTRIES = 3
# What a live page calls itself ('Live: wall collapse in Orrin', 'Orrin wall - live updates',
# 'rolling updates', 'As it happened', 'Latest'); a timeline or schedule page says none of it,
# though its menus may ('Listen live', 'Watch live', 'Latest news': links to other pages).
_LIVE_MARK_RE = re.compile(
    r"\b(?:(?<!listen )(?<!watch )live|rolling|as\s+it\s+happened"
    r"|latest(?!\s+(?:news|stories|videos|headlines|articles|episodes)\b))\b",
    re.I,
)


def live_entry_time(text: str, heads: Sequence[str]) -> str | None:
    """The clock time of a live page's latest entry (the last in time order, the first when
    the newest come first), for a page that gives no stamp and says it is live in its title or
    a removed line (``heads``): its text as read is as of then. A timeline of an event ('How
    the wall collapse unfolded') or a day's programme is no live page: its times are events'."""
    if not any(_LIVE_MARK_RE.search(head) for head in heads):
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    clocks = [
        stamp
        for line in lines
        if (entry := _LIVE_ENTRY_RE.match(line))
        and (stamp := read_stamp(entry.group("clock"))) is not None
        and stamp.time is not None
    ]
    if len(clocks) < MIN_LIVE_ENTRIES or 2 * len(clocks) < len(lines):
        return None
    times = [stamp.time for stamp in clocks if stamp.time is not None]
    steps = [later > earlier for earlier, later in pairwise(times)]
    newest_last = 2 * sum(steps) >= len(steps)
    return iso(clocks[-1] if newest_last else clocks[0])


def given_time(value: str | None) -> str | None:
    """A time the input gave (a JSON field, a form) as ISO 8601; a bare year or month ("2026",
    "2026-03") is kept as given. Anything else that does not read as a time ("yesterday", month
    13, year 1) is None rather than shown, sorted as the latest report, or counted from: the
    article's own text may still give one."""
    if value is None:
        return None
    value = value.strip()
    if year := _YEAR_OR_MONTH.match(value):
        return value if MIN_YEAR <= int(year.group(1)) <= MAX_YEAR else None
    return normalise(value)


def unix_time(value: float) -> str | None:
    """A number given as a time (a JSON field): a whole number of the years (2024) is that year,
    as the string "2024" is, and one of a date's figures (20240302) that date; else Unix time as
    ISO 8601 in UTC, whole seconds; None when neither
    reading falls in MIN_YEAR..MAX_YEAR (1e300, NaN: no float overflow)."""
    if MIN_YEAR <= value <= MAX_YEAR and value == int(value):
        return str(int(value))
    if COMPACT_FIRST <= value <= COMPACT_LAST and value == int(value):
        return _compact_date(int(value))
    for scale in UNIX_SCALES:
        # compared before dividing: an integer of 400 digits has no float quotient
        if _UNIX_FIRST * scale <= value <= _UNIX_LAST * scale:
            return dt.datetime.fromtimestamp(int(value / scale), dt.UTC).isoformat()
    return None


def _compact_date(value: int) -> str | None:
    """A date's figures (20260302) as that date; None for figures of no day (20261345)."""
    year, month_day = divmod(value, 10_000)
    try:
        return dt.date(year, *divmod(month_day, 100)).isoformat()
    except ValueError:
        return None


def normalise(value: str) -> str | None:
    """A given time ("2025-03-02T09:10:00+0100", "2 March 2025") as ISO 8601, or None; a year
    past MIN_YEAR..MAX_YEAR is None as a stamp's is ("0001-01-01", a CMS's empty date: a weekday
    counted back from it fell off the calendar)."""
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        stamp = read_stamp(value)
        return iso(stamp) if stamp and stamp.date else None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    if len(value) <= len("2025-03-02") or (parsed.time() == dt.time() and not parsed.tzinfo):
        return parsed.date().isoformat()  # htmldate writes a lone date as midnight
    return parsed.isoformat()


def read_stamp(line: str, local: LocalDates | None = None) -> Stamp | None:
    """The date, time and zone a short line gives, or None when it gives neither date nor time.

    ``local`` also reads dates written with another language's month names ("2 марта 2025").
    """
    if len(line) > MAX_STAMP_CHARS:
        return None
    updated = UPDATED_RE.search(line)
    # 'Published 23.11. 19:30 | Updated 23.11. 20:05': the time after 'Updated' is the version
    # read, the date borrowed from anywhere on the line
    tail = _read_stamp(line[updated.end() :], local) if updated else None
    whole = _read_stamp(line, local)
    if tail is not None:
        date = tail.date or (whole.date if whole else None)
        return Stamp(date, tail.time, tail.zone, updated=True)
    if whole and updated:
        return dataclasses.replace(whole, updated=True)
    return _posted_after(line, whole, local) or whole


# A word saying the page went online at the time after it, read after another clock on the
# line: 'Broadcast 18:30 · Published online 18:40' (the page is the text published at 18:40).
# (not when the line's first clock has a stamp word of its own: 'Published 10:15 | Filed 09:40',
# 'Posted 09:10 (story first filed 08:50)' are as of their first time; a 'filed' before it is
# the copy's, which the page published later: 'Filed 09:40 · Published 10:15' is 10:15)
_POSTED_RE = re.compile(r"\b(?:published|posted)\b", re.I)


def _posted_after(line: str, whole: Stamp | None, local: LocalDates | None) -> Stamp | None:
    """The clock time after a publishing word that follows the line's first clock time, with
    the date the whole line gives; None when the line has no such second clock."""
    first = TIME_RE.search(line)
    if first is None or _POSTED_RE.search(line, 0, first.start()):
        return None
    if UPDATED_RE.search(line, 0, first.start()):
        return None
    posted = _POSTED_RE.search(line, first.end())
    tail = _read_stamp(line[posted.end() :], local) if posted else None
    if tail is None or tail.time is None:
        return None
    return Stamp(tail.date or (whole.date if whole else None), tail.time, tail.zone)


def _read_stamp(line: str, local: LocalDates | None) -> Stamp | None:
    group = DATE_TIME_GROUP_RE.search(line)
    if group and (stamp := _date_time_group(group)):
        return stamp
    date_match = DATE_RE.search(line)
    date = _date(date_match) if date_match else None
    if date_match is None and local is not None:
        date_match = local.pattern.search(line)
        date = local.date(date_match) if date_match else None
    rest = line[date_match.end() :] if date_match else line
    before = line[: date_match.start()] if date_match else ""
    time_match = TIME_RE.search(rest) or TIME_RE.search(before)
    if time_match and _clip_length(time_match):
        time_match = None  # 'Listen 5:32', 'Watch (2:14)': how long a clip runs, not when
    if time_match and local is None and _time_of_a_thing(time_match):
        time_match = None  # 'high tide 19:38': when the tide is high, not when written
    clock = _time(time_match) if time_match else _slug_clock(line)
    if date is None and clock is None:
        return None
    zone = _zone(time_match.string[time_match.end() :]) if time_match and clock else None
    return Stamp(date, clock, zone)


def _slug_clock(line: str) -> dt.time | None:
    """A wire slug line's four-figure time ("TARNPRESS ✣ 0815 ✣ COAST-STORM/FLOOD")."""
    if not SLUG_WORDS_RE.search(line):
        return None
    dates = [date.span() for date in DATE_RE.finditer(line)]
    for match in SLUG_CLOCK_RE.finditer(line):
        in_date = any(start <= match.start() < end for start, end in dates)
        if in_date or MONTH_BEFORE_RE.search(line[: match.start()]):
            continue  # the year of "3 May 2029 ✣"
        if not dates and SLUG_YEAR_RE.fullmatch(match.group("hour") + match.group("minute")):
            continue  # "KNB ✣ 2029 ✣ ...": a year alone, as likely as a time
        return dt.time(int(match.group("hour")), int(match.group("minute")))
    return None


def _time_of_a_thing(time_match: re.Match[str]) -> bool:
    """Is the clock time the time of what the words before it name ('high tide 19:38')? A zone
    after the time, or a line that says it is a stamp ('Updated after high tide 19:38'), says it
    is the page's."""
    line = time_match.string
    named = EVENT_BEFORE_CLOCK_RE.search(line[: time_match.start()])
    stamp = UPDATED_RE.search(line) or _zone(line[time_match.end() :])
    return named is not None and not stamp


def _date_time_group(match: re.Match[str]) -> Stamp | None:
    """ "042340 MAR 28": 23:40 on 4 March 2028, in UTC when a Z follows the minute."""
    year = str(_full_year(match.group("year")))
    date = _checked_date(year, _month(match.group("month")), match.group("day"))
    if date is None:
        return None
    clock = dt.time(int(match.group("hour")), int(match.group("minute")))
    return Stamp(date, clock, match.group("zone"))


def _clip_length(time_match: re.Match[str]) -> bool:
    """Is a clock-like figure how long a clip runs: shortly after 'Listen' or 'Watch', in
    brackets after a clip's caption ('▶ WATCH: Drone footage of the fire (0:48)'), or closing
    a broadcast's production cue in square brackets ('[JINGLE ⩔ Sallow Sound News ⩔ 0:06]')?"""
    text = time_match.string
    before, after = text[: time_match.start()], text[time_match.end() :]
    if MEDIA_LENGTH_RE.search(before):
        return True
    if PRODUCTION_CUE_RE.search(before) and after.lstrip().startswith("]"):
        return CUE_LENGTH_RE.match(time_match.group()) is not None
    bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    return bracketed and MEDIA_MARK_RE.search(before) is not None


def _relative_match(line: str) -> re.Match[str] | None:
    """A relative stamp on a short line: "3 hours ago", "Updated yesterday", "Today, 09:10"."""
    if len(line.split()) > MAX_RELATIVE_WORDS:
        return None
    match = RELATIVE_RE.search(line)
    if match is None or not match.group("day"):
        return match
    if TIME_RE.search(line, match.end()) or len(line.split()) <= MAX_BARE_DAY_WORDS:
        return match
    return None  # "Become a member today" is no stamp


def _relative(line: str, match: re.Match[str], reference: dt.datetime) -> Stamp:
    """The time a relative stamp counts back from ``reference``: minutes and hours give a clock
    time in the reference's zone; days and weeks only a date; "yesterday at 18:40" the date
    before and the clock time written (in the zone written, else the reference's)."""
    updated = UPDATED_RE.search(line) is not None
    zone = _zone_of(reference)
    if match.group("unit"):
        count = NUMBER_WORDS.get(match.group("count").lower()) or int(match.group("count"))
        unit = RELATIVE_UNITS[match.group("unit").lower().rstrip("s")]
        moment = reference - dt.timedelta(**{unit: count})
        if unit in ("days", "weeks"):
            return Stamp(moment.date(), None, None, updated)
        return Stamp(moment.date(), _minute(moment), zone, updated)
    if match.group("now"):
        return Stamp(reference.date(), _minute(reference), zone, updated)
    back = 1 if match.group("day").lower() == "yesterday" else 0
    date = reference.date() - dt.timedelta(days=back)
    time_match = TIME_RE.search(line, match.end())
    clock = _time(time_match) if time_match else None
    if time_match is None or clock is None:
        return Stamp(date, None, None, updated)
    written = _zone(line[time_match.end() :])
    return Stamp(date, clock, written or zone, updated)


def _minute(moment: dt.datetime) -> dt.time:
    return moment.time().replace(second=0, microsecond=0)


def _zone_of(reference: dt.datetime) -> str | None:
    offset = reference.utcoffset()
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def iso(stamp: Stamp) -> str:
    """The stamp as ISO 8601, with what it knows: date, date and time, with or without offset."""
    offset = _offset(stamp.zone, stamp.date) if stamp.zone else None
    if stamp.time is None:
        return stamp.date.isoformat() if stamp.date else ""
    clock = stamp.time.replace(tzinfo=offset)
    if stamp.date is None:
        return clock.isoformat()
    return dt.datetime.combine(stamp.date, clock).isoformat()


def _choose(stamps: Sequence[Stamp], clocks: Sequence[Stamp]) -> Stamp | None:
    """The updated stamp if any, else the first; a missing date borrowed from another stamp,
    and a missing clock time from one of ``clocks`` of no other day (a masthead's "Monday 14
    June 2027" and the byline's "filed 16:45"; a dateline's day, the wire's "2215 GMT")."""
    if not stamps:
        return None
    chosen = next((s for s in stamps if s.updated), stamps[0])
    if chosen.date is None:
        date = next((s.date for s in stamps if s.date), None)
        chosen = dataclasses.replace(chosen, date=date)
    if chosen.time is None:
        clock = next((s for s in clocks if s.date in (None, chosen.date)), None)
        if clock is not None:
            chosen = dataclasses.replace(chosen, time=clock.time, zone=chosen.zone or clock.zone)
    return chosen


def _date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    if groups["iyear"]:
        numbers = (groups["iyear"], groups["imonth"], groups["iday"])
    elif groups["eyear"]:  # "21.07.2025": day first, as everywhere dots are written
        numbers = (groups["eyear"], groups["emonth"], groups["eday"])
    elif groups["tyear"]:
        return _short_dotted_date(match)
    elif groups["syear"]:
        return _slashed_date(groups["sa"], groups["sb"], groups["syear"])
    elif groups["dyear"]:
        # "11-09-2027": day first when the order does not show, as with dots: month-first
        # American dates are written with slashes or words ('11/09/2027', 'Nov. 9')
        first, second = int(groups["da"]), int(groups["db"])
        if max(first, second) > MONTHS_IN_YEAR:
            return _slashed_date(groups["da"], groups["db"], groups["dyear"])
        numbers = (groups["dyear"], groups["db"], groups["da"])
    elif groups["wyear"]:
        year = str(_full_year(groups["wyear"]))
        numbers = (year, str(_month(groups["wmonth"])), groups["wday"])
    elif groups["yyear"]:
        numbers = (groups["yyear"], groups["ymonth"], groups["yday"])
    elif groups["cyear"]:
        numbers = (groups["cyear"], groups["cmonth"], groups["cday"])
    else:
        month = str(_month(groups["month"] or groups["month2"]))
        numbers = (groups["year"] or groups["year2"], month, groups["day"] or groups["day2"])
    return _checked_date(*numbers)


def _short_dotted_date(match: re.Match[str]) -> dt.date | None:
    """ "03.05.29": day first, unless the line is American (AM/PM or a US zone: '05.12.29 8:15
    AM ET' may be month first) or names a weekday the date is not ('Wednesday 06.05.30')."""
    line = match.string
    if AMERICAN_CLOCK_RE.search(line):
        return None
    year = str(_full_year(match.group("tyear")))
    date = _checked_date(year, match.group("tmonth"), match.group("tday"))
    weekday = STAMP_WEEKDAY_RE.search(line)
    if date and weekday and WEEKDAY_NUMBERS[weekday.group(1).lower()[:3]] != date.weekday():
        return None
    return date


def _slashed_date(first: str, second: str, year: str) -> dt.date | None:
    """ "12/19/2005" (month first) or "19/12/2005" (day first): read only when the order shows,
    as one of the two is over 12, or does not matter ("03/03/2026"); "05/02/07" could be either
    and is not read."""
    a, b = int(first), int(second)
    if a != b and (a <= MONTHS_IN_YEAR) == (b <= MONTHS_IN_YEAR):
        return None  # "03/03/2026" reads the same either way
    month, day = (a, b) if a <= MONTHS_IN_YEAR else (b, a)
    return _checked_date(str(_full_year(year)), month, str(day))


def _full_year(year: str) -> int:
    """A two-digit year as POSIX strptime reads one: 69-99 the 1900s, 00-68 the 2000s (the same
    answer whatever today is)."""
    if len(year) != 2:
        return int(year)
    return int(year) + (CENTURY_PIVOT_BASE if int(year) >= CENTURY_PIVOT else CENTURY_BASE)


def _checked_date(year: str, month: str | int, day: str) -> dt.date | None:
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:  # "31 February"
        return None
    return date if MIN_YEAR <= date.year <= MAX_YEAR else None


def _time(match: re.Match[str]) -> dt.time | None:
    groups = match.groupdict()
    hour = int(groups["hour"] or groups["hour2"] or groups["hour3"])
    ampm = (groups["ampm"] or groups["ampm2"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    try:
        minute = int(groups["minute"] or groups["minute3"] or 0)
        return dt.time(hour, minute, int(groups["second"] or 0))
    except ValueError:  # "25:70"
        return None


def _zone(after: str) -> str | None:
    match = ZONE_RE.match(after)
    if match is None:
        return None
    zone = match.group("zone").upper()
    if zone[0] in "+-" or match.group("sign"):
        return zone if _signed_offset(zone) is not None else None
    return zone if zone in ZONE_OFFSETS or zone in ZONE_NAMES else None


def _signed_offset(zone: str) -> dt.timedelta | None:
    """A zone written as a signed offset ("GMT+8", "+05:30", "UTC-3") as a timedelta; None when
    it is not one, or names no offset the world's clocks use ("GMT+25", "+99:99")."""
    match = _SIGNED_OFFSET_RE.fullmatch(zone)
    if match is None or int(match.group(3) or 0) >= MINUTES_AN_HOUR:
        return None
    sign = -1 if match.group(1) == "-" else 1
    delta = sign * dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
    return delta if EARLIEST_OFFSET <= delta <= LATEST_OFFSET else None


def _offset(zone: str, date: dt.date | None) -> dt.tzinfo | None:
    if _SIGNED_OFFSET_RE.fullmatch(zone):
        delta = _signed_offset(zone)
        return dt.timezone(delta) if delta is not None else None
    if zone in ZONE_NAMES:
        return _named_offset(zone, date)
    return dt.timezone(dt.timedelta(hours=ZONE_OFFSETS[zone]))


def _named_offset(zone: str, date: dt.date | None) -> dt.tzinfo:
    """The offset of a daylight-saving zone on that date (its standard offset when undated)."""
    standard = dt.timezone(dt.timedelta(hours=ZONE_STANDARD.get(zone, ZONE_OFFSETS.get(zone, 0))))
    if date is None:
        return standard
    try:
        moment = dt.datetime.combine(date, dt.time(12), ZoneInfo(ZONE_NAMES[zone]))
    except ZoneInfoNotFoundError:  # no time-zone database on this system
        return standard
    offset = moment.utcoffset()
    return dt.timezone(offset) if offset is not None else standard


def with_dateline_years(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Articles dated only by a dateline's month and day ("HESTERBY, Feb 11 (Tidewater) -",
    removed in cleaning) take the year of the other reports of the pile, when one of them is
    dated within a week of that day; a clock time the page gave ("1104Z") is kept."""
    dated = [day for a in articles if (day := _day_of(a.published)) is not None]
    return tuple(_with_dateline_year(article, dated) for article in articles)


def _with_dateline_year(article: Article, dated: Sequence[dt.date]) -> Article:
    if _day_of(article.published) is not None or not dated:
        return article
    slashed = _slashed_stamp(article, dated)
    if slashed is not None:
        return dataclasses.replace(article, published=iso(slashed))
    when = _dateline_day(article, dated) or _stamp_day(article, dated)
    if when is None:
        return article
    # a clock time the page gave is kept ("11:04:00+00:00"); any other given value is not ISO
    # and gives way to the date
    clock = article.published if article.published and _CLOCK.fullmatch(article.published) else ""
    return dataclasses.replace(
        article, published=f"{when.isoformat()}T{clock}" if clock else when.isoformat()
    )


def _slashed_stamp(article: Article, dated: Sequence[dt.date]) -> Stamp | None:
    """A removed stamp whose slashed date reads either way ("10/02/2032 ⧊ 09:40") and that its
    page left unsettled (``_settled``), read in the order that puts it within
    MAX_DATELINE_GAP_DAYS of the other reports of the pile (10 February among reports of 9 and
    10 February, not 2 October), with its clock time; None when both orders or neither do.
    Only the page's first stamp line is read (``removed`` is in page order, the head first): a
    page whose head gave a clock of its own ("BRACK TRIBUNE | 09:40") is not dated by a related
    story's teaser below it ("Read more | ... | 03/04/2032 | 16:20")."""
    for line in article.removed:
        stamp = _stamp(line, None, None)
        if stamp is None:
            continue
        readings = _slashed_readings(line)
        if not readings or stamp.date is not None:
            return None
        return _one_reading(
            stamp, readings, lambda day: any(_within_gap(day, other) for other in dated)
        )
    return None


def _dateline_day(article: Article, dated: Sequence[dt.date]) -> dt.date | None:
    month_day = next(filter(None, map(DATELINE_DAY_RE.match, article.removed)), None)
    if month_day is None:
        return None
    return _in_year(*_month_and_day(month_day), dated)


def _in_year(month: int, day: int, dated: Sequence[dt.date]) -> dt.date | None:
    """The day and month in the year that puts it within a week of a dated report."""
    if not 1 <= month <= MONTHS_IN_YEAR:
        return None
    candidates = [
        (abs((when - other).days), when)
        for other in dated
        for year in (other.year - 1, other.year, other.year + 1)
        if (when := _checked_date(str(year), month, str(day))) is not None
    ]
    gap, when = min(candidates, default=(MAX_DATELINE_GAP_DAYS + 1, None))
    return when if when is not None and gap <= MAX_DATELINE_GAP_DAYS else None


def _stamp_day(article: Article, dated: Sequence[dt.date]) -> dt.date | None:
    """The day of a stamp line that gives no year ('Updated Sunday 5 March, 4pm', 'Last
    updated: Wed 9 Sep, 18:10', 'Published 23.11. 19:30', 'heard at eight ▸ Sun 20 Jun'), or
    only a weekday beside the clock time the page gave ('Posted 6.10pm, Wednesday', 'Tuesday
    07:15'): the day and month in the year of the other reports, the weekday the one nearest
    their days (a story's reports span a few days, and a weekday is never more than three from
    one of them); a weekday's edition of a paper ('Sunday edition') the same way. Only on the
    line of the page's own clock time, or with a weekday beside the day: 'Next residents'
    meeting: 14 May' is another day."""
    clock = article.published if article.published and _CLOCK.fullmatch(article.published) else ""
    for line in article.removed:
        if len(line) > MAX_STAMP_CHARS or CALL_TO_ACTION_RE.match(line):
            continue
        stamp = read_stamp(line)
        time = stamp.time if stamp else None
        own = time is not None and bool(clock) and clock.startswith(time.isoformat())
        if time is not None and not own:
            continue
        month_day = YEARLESS_DAY_RE.search(line)
        weekday = STAMP_WEEKDAY_RE.search(line)
        if month_day and (own or weekday):
            return _in_year(*_month_and_day(month_day), dated)
        short = len(line.split()) <= MAX_EDITION_LINE_WORDS
        day = (EDITION_DAY_RE.search(line) if short else None) or (weekday if own else None)
        if day:
            return _nearest_weekday(WEEKDAY_NUMBERS[day.group(1).lower()[:3]], dated)
    return None


def _month_and_day(match: re.Match[str]) -> tuple[int, int]:
    groups = match.groupdict()
    if groups.get("dmonth"):
        return int(groups["dmonth"]), int(groups["dday"])
    return _month(groups["month"] or groups["month2"]), int(groups["day"] or groups["day2"])


def _nearest_weekday(weekday: int, dated: Sequence[dt.date]) -> dt.date:
    candidates = [
        (abs(shift), other + dt.timedelta(days=shift))
        for other in dated
        for shift in range(-3, 4)
        if (other + dt.timedelta(days=shift)).weekday() == weekday
    ]
    return min(candidates)[1]


def _month(name: str) -> int:
    """A month's number from its name as the patterns match it: by its first three letters,
    so a misspelling they accept ('Sepember') is still September."""
    return MONTHS[name.lower().rstrip(".")[:3]]


def _day_of(published: str | None) -> dt.date | None:
    """The calendar day of an ISO 8601 publication time, if it has one."""
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:  # a clock time alone, "11:04:00+00:00"
        return None
