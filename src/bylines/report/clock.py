"""Times of day however an outlet writes them, for finding two sentences that give one time.

"The power went off at 06:20" and "No planes have taken off since about twenty past six", "the
ship struck the reef at 22:40" and "at twenty to eleven on Friday night", "2:40 am" and "twenty
to three in the morning": one time of day in digits, with am/pm, or in words. Words seldom say
which half of the day they mean, so a time is read on a twelve-hour dial (minutes after twelve
o'clock, 0-719): two outlets giving one minute of the dial are taken to give one time. Fact
linking reads these (``align``), and the citation check, so that "22:40" and "twenty to
eleven" are no two values (``verify``); the figures stage compares the times it reads itself.

Publication stamps are ordered here too (``publication_stamp``, ``stamp_order``): the figures
stage orders the steps of an update by them, and the summary's check which step is the latest.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bylines.wordlists import NUMBER_WORDS_BELOW_20, PLURALS_WITHOUT_S, TENS_WORDS, wordset

# Minutes on the twelve-hour dial.
DIAL = 12 * 60

_HOURS = {w: i for i, w in enumerate(NUMBER_WORDS_BELOW_20[:13]) if i}
_HOURS |= {"midnight": 12, "noon": 12, "midday": 12}
_MINUTES = {
    "five": 5,
    "ten": 10,
    "a quarter": 15,
    "quarter": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "half": 30,
}
# Every other minute of an hour in words, 1-59 ('seven', 'twenty-seven', 'forty one'): a time
# only in the clock's own shapes, 'twenty-seven minutes past eight', 'seven minutes to eight',
# 'seven past eight' (``_read_in_words``); 'seven to eight' is as often two counts. (Built here
# from the word lists: ``quantities.words_to_number`` reads the same words, but quantities
# imports this module.)
_WORDED_MINUTES = (
    {w: i for i, w in enumerate(NUMBER_WORDS_BELOW_20) if i}
    | {
        f"{tens}{join}{unit}": 20 + 10 * t + u
        for t, tens in enumerate(TENS_WORDS[:4])  # (twenty to fifty)
        for u, unit in enumerate(("", *NUMBER_WORDS_BELOW_20[1:10]))
        for join in (("",) if not u else ("-", " "))
    }
)
_ANY_MINUTES = {w: m for w, m in _WORDED_MINUTES.items() if w not in _MINUTES}
_HOUR = r"(?P<hour>\d{1,2}|" + "|".join(_HOURS) + r")"
_MINUTE = (
    r"(?P<minute>"
    + "|".join(sorted([*_MINUTES, *_ANY_MINUTES], key=len, reverse=True))
    + r"|\d{1,2})"
)
# "twenty past six", "a quarter to one", "half past three", "ten to twelve", "seventeen minutes
# past nine"; not an hour joined to the next word ('eleven past three-time winners'), nor the
# minutes of a time in digits ('at 16:12 after four climbers went missing' is 16:12, and four
# climbers, not 4:12)
_IN_WORDS = re.compile(
    r"\b(?<!\d[:.])"
    + _MINUTE
    + r"\s+(?P<said>minutes?\s+)?(?P<side>past|after|to)\s+"
    + _HOUR
    + r"\b(?![-\u2010\u2011]\w)",
    re.IGNORECASE,
)
# Minutes in words that only ever tell the time: 'half past four people' is still 4:30.
_ONLY_CLOCK_MINUTES = wordset("half quarter")
# "four in the morning", "eleven o'clock", "six o'clock in the evening"
_ON_THE_HOUR = re.compile(
    r"\b" + _HOUR + r"(?:\s+o[’']clock|(?=\s+in\s+the\s+(?:morning|afternoon|evening|night)))",
    re.IGNORECASE,
)
# "2:40 am", "4 a.m.", "1.30am", "7.40 p.m."
_WITH_HALF = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b", re.IGNORECASE
)
# "06:20", "22:40", "18.05"; a dotted one only after a word that sets a time ("at 18.05"),
# since "2.40" may be metres.
_DIGITS = re.compile(
    r"(?:\b|(?P<at>\b(?:at|by|from|until|till|before|after|around|about|the)\s+))"
    r"(?P<hour>[01]?\d|2[0-3])(?P<sep>[:.])(?P<minute>[0-5]\d)\b(?![.,]?\d)",
    re.IGNORECASE,
)
# A wire's clock time in four digits ('set off at 0530', 'came ashore at 1642 local time'): a
# time only after a word that sets one and with a leading zero, 'local time' or a zone after it,
# since four digits alone are as often a year or a count ('in 1642', 'the 1642 charter', 'a
# 2100 deadline', 'by 2100'). 'hours' or 'hrs' is no clock word: '1500 hours' after a word of
# time is as often a length ('cut by 1500 hours', 'after 1200 hours in service', 'before 2000
# hours in service', 'at 2100 hours, short of its 3000-hour overhaul'; reviews of readings26).
# Three digits after are a telephone number's ('call at 0800 555 0199'), a unit after makes a
# measure ('levelled off at 0900 feet': ``_MEASURE_AFTER``). Zones in capitals are read with
# their zone by the figures stage (``quantities._CLOCK``), and as a time of day here.
_WIRE_DIGITS = re.compile(
    r"\b(?P<at>at|from|until|till|by|before|after)\s+(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
    r"(?![.,:]?\d)(?!\s+\d{3})(?P<mark>\s*(?:local\s+time\b|(?-i:GMT|UTC|BST)\b))?",
    re.IGNORECASE,
)
# A dotted number that a unit follows is a measure, not a time: 'closed at 3.50 dollars', 'rose
# by 2.45 per cent', 'at 1.20 metres'.
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|points?\b|dollars?\b|euros?\b|pounds?\b|pence\b|cents?\b"
    r"|crowns?\b|francs?\b|yen\b|yuan\b|rupees?\b|m\b|km\b|met(?:er|re)s?\b|kilomet\w*"
    r"|miles?\b|feet\b|foot\b|inch\w*|kg\b|kilo\w*|tonnes?\b|tons?\b|litres?\b|million\b"
    r"|billion\b|bn\b|times\b)",
    re.IGNORECASE,
)
# A part of its text each reader's pattern cannot match without, found by a cheap pattern
# first: a text without it is not scanned by the reader's pattern (the same times, in the same
# order). The side and the hour of a time in words, the clock words of one on the hour, a digit
# before am/pm, the separator of a time in digits, a wire's four digits. Most sentences give
# no time: on 1,538 DUC sentences the five scans took ~70 us a sentence, ~12 with these
# (``_IN_WORDS`` alone ~40: its ~100 minute words are tried at every word's start).
_NEEDED_IN_WORDS = re.compile(
    r"(?:past|after|to)\s+" + _HOUR.replace("?P<hour>", "?:") + r"\b", re.I
)
_NEEDED_ON_THE_HOUR = re.compile(
    r"o[’']clock|in\s+the\s+(?:morning|afternoon|evening|night)", re.IGNORECASE
)
_NEEDED_WITH_HALF = re.compile(r"\d\s?[ap]\.?\s?m\b", re.IGNORECASE)
_NEEDED_DIGITS = re.compile(r"\d[:.][0-5]\d")
_NEEDED_WIRE_DIGITS = re.compile(r"\d{4}")
# A number a range starts from: 'from 12 to 19' (read in the few characters before it).
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
RANGE_WORD = 12
# A change from one count to another ('the toll rose from five to seven'; not 'held from
# twenty-five to seven', a time): its verb up to 40 characters before "from".
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|increas\w*|decreas\w*|climb\w*|jump\w*|grew"
    r"|grown|dropp?\w*|cut|revis\w*|up|down)\b[^.;:]{0,40}?\bfrom\s+$",
    re.IGNORECASE,
)
CHANGE_REACH = 60
# A word that sets a time before it ('at ten to seven police were called'); 'about', 'around',
# 'after' are as often a count's hedge ('about five to six people', 'after five to seven years').
_AT_A_TIME = re.compile(r"\b(?:at|by)\s+$", re.I)
_LENGTHS = wordset("minutes hours days weeks months years")
# Scale words after a range say the numbers count ('five to seven hundred', 'at five to six
# thousand').
_SCALE_WORDS = wordset("hundred thousand million billion")
_COUNT_AFTER_A_TIME_WORD = _LENGTHS | _SCALE_WORDS | wordset("knots people")
# 'put at', 'estimated at', 'grown by': a figure follows, not a time.
_ESTIMATED = re.compile(
    r"\b(?:put|puts|estimated?|estimates|priced|valued|forecast|grown|grew|rose|fell"
    r"|increased|decreased|cut)\s+(?:\w+\s+){0,4}?(?:at|by)\s+$",
    re.IGNORECASE,
)
# Characters after a time read for the word that follows it ('half past three hours'): a window,
# so that a line of many times is read in linear time.
NEXT_WORD = 24
# Words that make "half past" a length, not a time: "an hour and a half past the deadline".
_NOT_HOURS = wordset("hour hours")
# Minutes in words that are also plain numbers: "five to seven" may be two counts.
_COUNTABLE_MINUTES = wordset("five ten twenty twenty-five")
# Plural words that are no counted noun ('at ten to six this evening was ...').
_NOT_PLURAL_NOUNS = wordset("was is as has this its his hers ours yours always perhaps")
_IRREGULAR_PLURALS = PLURALS_WITHOUT_S | _SCALE_WORDS


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time of day as written ("22:40", "twenty to eleven"), where it stands in its text, and
    its minutes on the twelve-hour dial."""

    text: str
    minutes: int
    start: int
    end: int


def times_of_day(text: str) -> frozenset[int]:
    """Every time of day the text gives, as minutes on the twelve-hour dial."""
    return frozenset(time.minutes for time in read_times(text))


def read_times(text: str) -> tuple[TimeOfDay, ...]:
    """Each time of day the text gives, in the order the readers find them (am/pm first, then
    words, the hour, digits); a span read once is not read again."""
    found: list[TimeOfDay] = []
    taken: list[tuple[int, int]] = []  # the spans read, sorted (they never overlap)
    for pattern, needed, read in (
        (_WITH_HALF, _NEEDED_WITH_HALF, _read_with_half),
        (_IN_WORDS, _NEEDED_IN_WORDS, _read_in_words),
        (_ON_THE_HOUR, _NEEDED_ON_THE_HOUR, _read_on_the_hour),
        (_DIGITS, _NEEDED_DIGITS, _read_digits),
        (_WIRE_DIGITS, _NEEDED_WIRE_DIGITS, _read_wire_digits),
    ):
        if needed.search(text) is None:
            continue
        read_now: list[tuple[int, int]] = []  # (one pattern's matches never overlap)
        for match in pattern.finditer(text):
            at = bisect.bisect_left(taken, match.span())
            near = taken[max(0, at - 1) : at + 1]  # (a line of many times stays near linear)
            if any(start < match.end() and match.start() < end for start, end in near):
                continue
            minutes = read(match)
            if minutes is not None:
                # (the digit readers' matches open with the word that sets the time)
                at_word = pattern is _DIGITS or pattern is _WIRE_DIGITS
                start = match.start("hour") if at_word else match.start()
                found.append(TimeOfDay(match.group(), minutes % DIAL, start, match.end()))
                read_now.append(match.span())
        taken = sorted(taken + read_now)
    return tuple(found)


def _hour(word: str) -> int | None:
    hour = int(word) if word.isdigit() else _HOURS.get(word.lower())
    return hour if hour is not None and 1 <= hour <= 24 else None


def _read_with_half(match: re.Match[str]) -> int | None:
    hour = _hour(match.group("hour"))
    if hour is None or hour > 12:
        return None
    return hour * 60 + int(match.group("minute") or 0)


def _read_in_words(match: re.Match[str]) -> int | None:
    hour = _hour(match.group("hour"))
    word = match.group("minute").lower()
    minute = int(word) if word.isdigit() else _MINUTES.get(word, _ANY_MINUTES.get(word))
    if hour is None or minute is None or minute >= 60:
        return None
    if not _a_clocks_shape(match, word) or _counts_in_words(match, word):
        return None
    return hour * 60 - minute if match.group("side").lower() == "to" else hour * 60 + minute


def _a_clocks_shape(match: re.Match[str], word: str) -> bool:
    """Minutes and an hour said as a clock says them: not minutes after an event ('twenty
    minutes after eight passengers were freed'), and a minute off the five-minute steps only
    with 'minutes' or 'past' ('seven to eight', 'twelve after six' count as often as they tell
    the time)."""
    side, said = match.group("side").lower(), bool(match.group("said"))
    if said and side == "after":
        return False
    return word not in _ANY_MINUTES or said or side == "past"


def _counts_in_words(match: re.Match[str], word: str) -> bool:
    """Two numbers, not a time: a range or a change ('rose from 12 to 19', 'five to seven
    people'), a length ('half past three hours'), an hour that counts the noun after it."""
    said = bool(match.group("said"))
    to_side = match.group("side").lower() == "to"
    # 'rose from 12 to 19', 'between 10 and 20': two numbers, not '12 minutes to seven'
    before = match.string[max(0, match.start() - RANGE_WORD) : match.start()]
    if word.isdigit() and not said and (to_side or _RANGE_BEFORE.search(before)):
        return True
    after = match.string[match.end() : match.end() + NEXT_WORD].split()[:1]
    next_word = after[0].lower().strip(".,;") if after else ""
    if next_word in _NOT_HOURS:
        return True
    if not to_side:
        # minutes in digits with an hour in words ('at 10 past six passengers short') are no
        # clock's shape a plural noun follows, even after 'at': the hour counts the noun
        if word.isdigit():
            return _counted_noun(next_word)
        return _after_a_count(match, word, before, next_word)
    # 'rose from five to seven', 'five to seven people': two counts, not 6:55 ('a quarter to
    # seven' and 'half past' are only ever times)
    if word not in _COUNTABLE_MINUTES:
        return False
    # after 'at' or 'by' a plural is the next word of the sentence ('at ten to seven police were
    # called'), unless it is a length ('at five to six weeks')
    at = _AT_A_TIME.search(before)
    counted = _measured(match, next_word) if at else _counted_noun(next_word)
    reach = max(0, match.start() - CHANGE_REACH)
    return counted or bool(_CHANGE_BEFORE.search(match.string, reach, match.start()))


def _after_a_count(match: re.Match[str], word: str, before: str, next_word: str) -> bool:
    """'nineteen minutes past four people were still trapped', 'twenty after six homes': the
    hour counts the noun after it, and the minutes are a length; after 'at' or 'by' a plural is
    the sentence's next word ('at ten past four firefighters arrived') unless it is a length or
    a unit ('at ten past four hours'). 'half past', 'a quarter past' only ever tell the time.
    (No verb of estimating is asked of, as ``_measured`` does: 'fell in at twenty past four'.)"""
    if word.rsplit(maxsplit=1)[-1] in _ONLY_CLOCK_MINUTES:
        return False
    if not _AT_A_TIME.search(before):
        return _counted_noun(next_word)
    return next_word in _COUNT_AFTER_A_TIME_WORD or bool(
        _MEASURE_AFTER.match(match.string, match.end())
    )


def _measured(match: re.Match[str], next_word: str) -> bool:
    """After 'at' or 'by', two numbers still when a length, a scale word or a unit follows
    (``next_word``: 'at five to six weeks', 'put at five to six hundred', 'priced at five to ten
    dollars') or a verb of estimating stands before ('estimated at five to six')."""
    text, end = match.string, match.end()
    if next_word in _COUNT_AFTER_A_TIME_WORD or _MEASURE_AFTER.match(text, end):
        return True
    return bool(_ESTIMATED.search(text, max(0, match.start() - CHANGE_REACH), match.start()))


def _counted_noun(word: str) -> bool:
    """'people', 'homes', 'years' (or a scale word, 'five to seven hundred'): the numbers
    before it count something."""
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.isalpha() and word.endswith("s") and word not in _NOT_PLURAL_NOUNS


def _read_on_the_hour(match: re.Match[str]) -> int | None:
    hour = _hour(match.group("hour"))
    return None if hour is None or hour > 12 else hour * 60


def _read_digits(match: re.Match[str]) -> int | None:
    if match.group("sep") == "." and (
        not match.group("at") or _MEASURE_AFTER.match(match.string, match.end())
    ):
        return None
    return int(match.group("hour")) * 60 + int(match.group("minute"))


def _read_wire_digits(match: re.Match[str]) -> int | None:
    """'at 0530', 'at 1642 local time': a wire's time, with its leading zero or clock word."""
    hour = match.group("hour")
    if not (hour.startswith("0") or match.group("mark")):
        return None
    if _MEASURE_AFTER.match(match.string, match.end()):
        return None
    return int(hour) * 60 + int(match.group("minute"))


# A publication time as written: '2025-03-12T15:00', '2025-03-12 15:00:00', '11:02:00',
# '06:30:00+00:00' (the zone is not read).
_STAMP = re.compile(r"(?:(?P<day>\d{4}-\d\d-\d\d)(?:[T ]|$))?(?P<time>\d\d:\d\d)?")
# (day, time of day) of a publication; either may be empty.
Stamp = tuple[str, str]


def publication_stamp(published: str | None) -> Stamp | None:
    """(day, time of day) of a publication time, as written; an empty day when only the time is
    known, an empty time when only the day is; the zone dropped."""
    match = _STAMP.match((published or "").strip())
    if match is None or not (match.group("day") or match.group("time")):
        return None
    return match.group("day") or "", match.group("time") or ""


def publication_order(first: str | None, second: str | None) -> int | None:
    """-1 when the publication time ``first`` is before ``second``, 1 after, None when that
    cannot be told (``stamp_order``)."""
    return stamp_order(publication_stamp(first), publication_stamp(second))


def stamp_order(one: Stamp | None, two: Stamp | None) -> int | None:
    """The order of two publication stamps. Two times with no day ('Updated 11:02') are taken
    to be of one day; a time with no day is not ordered against a dated report: '13:15' may be
    the day before '07:30 on the 14th'; nor a day with no time against a time of that day."""
    if one is None or two is None or bool(one[0]) != bool(two[0]):
        return None
    if one[0] and two[0] and one[0] != two[0]:
        return -1 if one[0] < two[0] else 1
    if not (one[1] and two[1]) or one[1] == two[1]:
        return None
    return -1 if one[1] < two[1] else 1
