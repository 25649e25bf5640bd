"""Every quantity in a sentence, as an interval in normalised units.

Off-the-shelf parsers (quantulum3 and friends) misread news: "80 minutes" came back as an angle.
This one knows the few things news writes: counts of people and things, durations, money,
percentages, distances, ages, calendar dates and clock times with a time zone, in digits
("9,000", "$95bn", "2.3%", "6-hour") and in words ("seven and a half", "half an hour",
"a dozen", "two-day").

A hedge turns a value into an interval ("nearly 6 hours" is just under six, "at least 32" is
32 or more); a bare value is a point. Units are normalised so intervals compare: durations in
minutes, distances in kilometres, money in units of its own currency (never converted), dates
as day numbers. The scanner is a handful of compiled regular expressions applied once per
match with bounded look-behind and look-ahead windows, so time is linear in the text.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from bylines.report.clock import read_times
from bylines.report.names import TITLES
from bylines.wordlists import (
    BUILT_THINGS,
    HOMELY_KIN,
    IRREGULAR_PASTS,
    KIN,
    MONTH_OR_SEPT_PATTERN,
    NUMBER_WORDS_BELOW_20,
    PLURALS_WITHOUT_S,
    TENS_WORDS,
    WEEKDAY_NAMES,
    ZERO_PLURALS,
    alternation,
    person_noun,
    s_plural,
    wordset,
)


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one string: easier to read and edit than a list of literals."""
    return tuple(text.split())


# Hedge tolerances (relative). Chosen by reading how news rounds: "about 80" covers 72-88,
# "nearly 6 hours" 5.1-6, "just over half an hour" 30-36 (so it agrees with "35 minutes").
ABOUT = 0.10  # about / around / roughly / some / an estimated
# A length said with no figure ('lasted a day', 'shut for a month') is a round word, not a
# count: 'a day' of a search that ran 30 hours, 'a month' of a six-week closure (review23d's
# invented pairs); half the unit either side still tells 'a day' from 'six hours'.
WORDED_SPREAD = 0.5
NEARLY = 0.15  # nearly / almost / close to / just under: below the value, within this much
JUST_OVER = 0.20  # just over / a little more than: above the value, within this much
# Vague plurals: "dozens of" and friends, as [low, high] multiples of the base unit.
VAGUE = {"dozens": (24.0, 144.0), "scores": (40.0, 200.0), "hundreds": (200.0, 999.0)}
VAGUE |= {"thousands": (2e3, 9999.0), "millions": (2e6, 9.99e8), "tens": (20.0, 99.0)}

# How far the scanner looks around a number for a hedge, a unit or the counted noun.
_BEFORE = 40
_AFTER = 60

_WORD_VALUE = {w: float(i) for i, w in enumerate(NUMBER_WORDS_BELOW_20)}
_WORD_VALUE |= {w: float(20 + 10 * i) for i, w in enumerate(TENS_WORDS)}
_SCALE = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SUFFIX_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
_SUFFIX_SCALE |= _SCALE
# The words that scale an amount ("million", "bn", the "m" of "£4m"), for readers of a sum's
# context.
SCALE_WORDS = frozenset(_SUFFIX_SCALE)

_NUMWORD = "|".join(sorted([*_WORD_VALUE, *_SCALE, "dozen"], key=len, reverse=True))
# 'a hundred', 'a thousand': the article stands for one
_ONE_SCALE = r"an?\s+(?=(?:hundred|thousand|million|billion|trillion)\b)"
# ('and' joins only after a scale word: 'one hundred and six' is one number, 'six and seven' two)
_AFTER_SCALE = "".join(f"(?<={w})" if not i else f"|(?<={w})" for i, w in enumerate(_SCALE))
_WHOLE_WORDS = (
    rf"(?:{_ONE_SCALE})?(?:{_NUMWORD})"
    rf"(?:(?:[\s-]+|(?:{_AFTER_SCALE})\s+and\s+)(?:{_NUMWORD}))*"
)
# A decimal said as broadcasters and transcripts write it: 'four point two million', 'six
# point four' (read as 2 million and 4 before: 'four point two million crowns' met '2 million
# crowns' as one figure). Not after 'at': 'at one point two men ...' is a moment.
_DIGIT_WORD = "zero|nought|one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_DECIMAL = (
    rf"(?<!\bat\s){_WHOLE_WORDS}\s+point(?:\s+(?:{_DIGIT_WORD}))+"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion))?"
)
_WORDS = rf"(?:{_SPOKEN_DECIMAL}|{_WHOLE_WORDS}(?:\s+and\s+a\s+half)?)"
# A share written as a fraction ('a quarter of the staff', 'fell by a fifth', 'two-thirds of
# voters'), read as a percentage; not a length ('a quarter of an hour', 'a third of a mile') or
# an ordinal ('a third suspect'). Not 'half of': too common in news for the part of something
# no other report counts ('half of them were children').
_FRACTION = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_FRACTION_WORDS = r"(?:a|one|two|three|four)[\s-]+(?:third|quarter|fifth|tenth)s?"
_SHARE = (
    # 'fell by a fifth in two years', 'by a third.'; not 'by a third party', 'by a quarter past'
    rf"(?<=by\s){_FRACTION_WORDS}(?=\s*[,.;:]|\s+(?:in|over|since|from|to|on|last|this|than)\b)"
    rf"|{_FRACTION_WORDS}(?=\s+of\b(?!\s+an?\s)|\s*[,.;:](?:\s|$))"
)
# A share said as so many in so many ('four in ten of the shops', 'one in five adults', '3 in
# 10 voters'), read as a percentage; the part is a small number, the whole ten or less or a
# hundred, so years and scores ('2 in 2019', 'won 3 in 4 games' aside) stay out.
_SMALL_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|\d)"
_RATIO = (
    rf"{_SMALL_NUMBER}\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|hundred|[2-9]|10|100)"
    # (not so many spread over places or times: 'killed 9 in 3 villages', 'two in five minutes',
    # 'a one in 100 year flood')
    r"(?=\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?!(?:seconds?|minutes?|hours?|days?|weeks?"
    r"|months?|years?|decades?|villages?|towns?|cities|city|raids?|attacks?|places?|countries"
    r"|districts?|provinces?|regions?|states?|areas?|years?-old)\b)[a-z])"
)
# A share is less than the whole: 'nine in three' is no share ('killed 9 in 3 raids').
FULL_SHARE = 100.0
# Thousands separated by commas or by a (thin, no-break) space: "45,000", "45 000"; and a
# tokeniser's "2, 000" (a comma and a space before a group with a leading zero, which no number
# standing alone in a list has); and a tokeniser's decimal point where only a decimal makes sense:
# a sum's cents ("$9. 21", "$1,234. 56") or a share or scaled figure ("5. 4 per cent", "2. 6
# million"); never a bare count ("killed 6. 12 others were hurt" is two sentences the splitter
# joined). A magnitude's "6. 1" is read by ``_MAGNITUDE``.
_SPACED_DECIMAL = (
    r"(?<=[$£€¥])\d{1,3}(?:,\d{3})*\.\s\d{2}(?![\d.,])"
    r"|\d{1,3}\.\s\d{1,2}(?=\s*(?:%|per\s*cent\b|percent\b|(?:million|billion|trillion)\b))"
)
_DIGITS = (
    _SPACED_DECIMAL + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:,\s0\d\d)+(?![\d,])"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?"
)
# Unit symbols news writes stuck to the digits: '200ft', '2.5cm', '6.6lb', '3.5km', '70mph'
# ('m' is among the scale suffixes: '60m' is metres or millions by what follows, ``_UNIT_AFTER``).
# 'hl' and 'ha' (hectolitres, hectares: '300hl of stout', '2ha of woodland') are read as
# units only here and after a digit and a space (``_UNIT_AFTER``), never as words, and only in
# lower case, which this one pattern keeps in both places: the symbols are written so, and a
# capital 'HA' after a number ('12HA', '2 Ha brothers') is an initialism or a name.
_LOWER_CASE_SYMBOLS = r"(?-i:ha|hl)"
# Kilolitres as a water authority writes them, a symbol only in this case ('kl' is not read).
# 'ML' and 'Ml' are left out: a bottle's '500ML' is millilitres, so megalitres would need a
# water context the unit pattern cannot see (review of figures33, e17); words still read them.
_VOLUME_SYMBOLS = r"(?-i:kL)"
_GLUED_UNIT = rf"ft|km|cm|mm|kg|lbs?|mph|kph|in|{_LOWER_CASE_SYMBOLS}|{_VOLUME_SYMBOLS}"
# ...and the small words a volume symbol may stand before ('300 kL a day', '40 kL of water',
# '12 kL on Monday'); any other word after it ('12 kL Kell') leaves the number a count.
_AFTER_VOLUME = "of|a|an|per|each|in|into|from|to|on|and|or|was|were|is|are|had|has|have|daily"
# Fractions set as one glyph after the whole number: '6½ points', 'a 2½-mile walk', '3¾ hours'
# (the glyph is a word character to the regex, so without this the figure went unread). Only
# after digits: a glyph alone ('½ mile') is rare in copy and no whole number says it is a figure.
_VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
# A score out of a total written with a slash after a decimal ('finished on 6.5/9', 'rated
# 8.5/10'): the score is the figure. Only after a decimal: a whole '6/9' may be a date, '24/7'
# and '50/50' are idioms, '9/11' a name, and all stay unread. (A decimal's whole part is never
# read alone: before, '6.5/9' was read as 6.) The total may end a clause or a sentence ('on
# 6.5/9, half a point clear', 'finishing on 6.5/9.'), but a total that goes on in digits is none:
# '6.5/9.2' and '6.5/9,000' are no score out of 9, so a stop or comma counts only before no digit.
_OUT_OF = r"\d{1,3}\.\d{1,2}/\d{1,3}(?![\d/]|[.,]\d)"
_VAGUE_WORDS = "|".join(VAGUE)
# A vague plural of a vague plural: 'tens of thousands' is 20,000-99,000, 'hundreds of millions'
# 200-999 million (not 'tens' and 'thousands', two figures of their own).
_VAGUE_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE_SCALE_WORDS = "|".join(_VAGUE_SCALE)
# Number phrases that carry their own unit: 'a fortnight', 'a quarter', 'a quarter of an hour'.
_OWN_UNIT = {"fortnight": "day", "share": "percent", "ratio": "percent", "quarterhour": "minute"}
_OWN_UNIT |= {"threequarters": "minute"}
# What 'half a' is half of: a unit ('half an hour', 'half a kilometre') or a scale ('half a
# million').
_HALF_OF = (
    "hours?|days?|years?|weeks?|months?|minutes?|miles?|kilomet(?:er|re)s?|met(?:er|re)s?"
    "|tonnes?|tons?|hectares?|acres?|million|billion|trillion"
)
# What 'a quarter of a' or 'three-quarters of a' is a share of: a scale ('a quarter of a
# million') or a length ('a quarter of a mile', 'three-quarters of a kilometre'); 'a quarter of
# an hour' has a core of its own.
_QUARTER_OF = "million|billion|trillion|mile|kilomet(?:er|re)"
# Units a fraction is written before with a hyphen, as a measure's adjective: 'the half-tonne
# bomb', 'a three-quarter-mile queue', 'a quarter-hour wait' (the unit is read as any other).
_HYPHEN_UNITS = (
    "tonne|ton|mile|kilomet(?:er|re)|met(?:er|re)|hour|day|kilogram|kg|litre|liter|acre|hectare"
)
# A length said with no figure: 'for a week', 'lasted a day', 'at least a month' (issue 7:
# 'shut for at least a week' against 'closed for around six hours' went unread). 'a second' is
# an ordinal ('a second day'), never read.
_A_LENGTH_UNITS = "minute|day|week|month|year|decade"
# ...but not a point in time ('a week ago', 'a year earlier'), an idiom ('a day of mourning', 'a
# minute's silence'), an age ('a year old'), a break or an outing ('took a day off', 'a day
# trip') nor a measure's adjective ('a week-long festival', 'a year-round service').
_NOT_A_LENGTH_AFTER = (
    r"(?!\s*(?:['’]s\b|-)|\s+(?:of|ago|later|earlier|previously|beforehand|old|off|out"
    r"|trips?)\b"
    # ...nor a length given loosely ('a week or two', 'a day or so') or one that recurs ('for
    # a day each month', 'for a year at a time', 'a month every summer'; review23d)
    r"|\s+(?:or\s+(?:two|so|more|less)|each|every|at\s+a\s+time|a\s+(?:day|week|month|year))\b)"
)
# A word after the unit that is no noun the unit qualifies ('a day pass', 'a week ticket' are
# things, not lengths): what may follow a length in a sentence. Tuned on review23d's invented
# cases; a word not listed (most likely a noun) makes 'a day' no length.
_WORD_AFTER_UNIT = re.compile(r"\s+[a-z]+\s+([a-z]+)\b")
_LENGTH_FOLLOWER = re.compile(
    r"(?:after|before|in|at|on|from|until|till|to|while|as|and|or|but|since|during|because|so"
    r"|when|with|without|by|into|following|amid|over|under|now|last|this|that|next|then|longer"
    r"|more|than|is|was|were|are|has|had|have|will|would|could|should|may|might|the|its|their"
    r"|his|her|if|unless|despite|pending|\w+ly|\w+ing)"
)
# ...and a length after 'for' that is none: 'the first for a decade', 'the worst for a year'
# (since when), 'asked for a day to decide' (what was asked).
_NO_LENGTH_FOR = re.compile(
    r"\b(?:(?:first|worst|best|biggest|largest|highest|lowest|heaviest)\s+(?:[\w-]+\s+){0,3}"
    r"|(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|plead(?:ed|s|ing)?|begg?(?:ed|s|ing)?)\s+)for\s+$",
    re.IGNORECASE,
)
# One regex finds every number core; the named group says which kind it is.
_CORE = re.compile(
    rf"(?<![\w.,/-])(?:(?P<half>(?:a\s+)?half\s+an?)(?=\s+(?:{_HALF_OF})\b)"
    rf"|(?P<fortnight>a\s+fortnight)|(?P<quarterhour>(?:a|one)\s+quarter\s+of\s+an\s+hour)"
    rf"|(?P<quarterof>(?:a|one)\s+quarter\s+of\s+a)(?=\s+(?:{_QUARTER_OF})\b)"
    rf"|(?P<threequartersof>three[\s-]+quarters\s+of\s+a)(?=\s+(?:{_QUARTER_OF})\b)"
    rf"|(?P<andquarter>an?\s+(?:hour|mile)\s+and\s+a\s+quarter)"
    rf"|(?P<threequarters>three[\s-]+quarters\s+of\s+an\s+hour)"
    rf"|(?P<share>{_SHARE})|(?P<ratio>{_RATIO})"
    rf"|(?P<anda>an?\s+(?:hour|day|week|month|year|decade|mile|kilomet(?:er|re)|met(?:er|re))"
    rf"\s+and\s+a\s+half)"
    rf"|(?:(?P<hyphenthreequarter>three[\s-]+quarter)|(?P<hyphenquarter>quarter)"
    rf"|(?P<hyphenhalf>half))(?=-(?:{_HYPHEN_UNITS})\b)"
    rf"|(?P<halfdozen>half\s+a\s+dozen)|(?P<adozen>a\s+dozen)|(?P<couple>a\s+couple(?=\s+of\b))"
    rf"|(?P<aunit>an?(?=\s+(?:mile|kilomet(?:er|re)|hour)\b(?!\s+and\s+a\s+(?:half|quarter))"
    rf"(?!\s+(?:later|earlier|ago)\b)))"
    rf"|(?P<alength>an?(?=\s+(?:{_A_LENGTH_UNITS})\b{_NOT_A_LENGTH_AFTER}))"
    rf"|(?P<vague>{_VAGUE_WORDS})(?=\s+of\b)(?:\s+of\s+(?P<vaguescale>{_VAGUE_SCALE_WORDS})\b)?"
    rf"|(?P<mixed>\d{{1,3}}\s+[1-9]/[1-9])"
    rf"|(?P<vulgar>\d{{1,3}}[{_VULGAR_FRACTIONS}])|(?P<outof>{_OUT_OF})"
    rf"|(?P<digits>{_DIGITS})(?!/\d|\.\d)|(?P<words>{_WORDS}))(?:(?![\w])|(?=(?:bn|mn|tn|m|k|b)\b)"
    rf"|(?<=\d)(?=(?:{_GLUED_UNIT})\b))",
    re.IGNORECASE,
)

# Number phrases with a fixed value; "a couple of hours" is two, perhaps three.
_FIXED = {"half": (0.5, 0.5), "anda": (1.5, 1.5), "adozen": (12.0, 12.0)}
_FIXED |= {"halfdozen": (6.0, 6.0), "couple": (2.0, 3.0), "fortnight": (14.0, 14.0)}
_FIXED |= {"quarterhour": (15.0, 15.0), "threequarters": (45.0, 45.0)}  # minutes
_FIXED |= {"aunit": (1.0, 1.0), "alength": (1.0, 1.0), "andquarter": (1.25, 1.25)}
# 'the half-tonne bomb', 'a three-quarter-mile queue': a fraction of the unit after it
_FIXED |= {"hyphenhalf": (0.5, 0.5), "hyphenquarter": (0.25, 0.25)}
_FIXED |= {"hyphenthreequarter": (0.75, 0.75)}
# 'a quarter of a million': a share of the scale word after it
_FIXED |= {"quarterof": (0.25, 0.25), "threequartersof": (0.75, 0.75)}
# 'a mile' or 'an hour' is a measure only after a hedge or a 'for' ('about a mile from the
# road', 'more than an hour', 'for an hour'), or where what it measures follows ('a mile of
# flooded passage', 'a mile-long slick', 'an hour-long delay'): not a rate ('60 miles an
# hour'), nor 'an hour later', which says when, not how long.
_A_UNIT_REACH = 16  # characters: the longest hedge ('roughly') and its space, with room
_A_UNIT_AFTER = re.compile(
    r"\b(?:about|around|nearly|almost|than|over|under|roughly|barely|some|within|for)\s+$",
    re.IGNORECASE,
)
# 'a week' or 'a day' is a length only right after 'for', a verb of lasting or taking, or a
# hedge that bounds a length ('at least a week' is seven days or more): not after a number
# ('twice a week', '£90 a week', 'once a day' are rates), nor after 'within', 'over' or 'in'
# ('within a week of the crash', 'in a week' say when; 'over a year' is a span of comparison).
_A_LENGTH_AFTER = re.compile(
    r"\b(?:(?P<hedge>about|around|nearly|almost|than|least|roughly|barely)"
    r"|for|last(?:ed|s|ing)|took|takes?|taking)\s+$",
    re.IGNORECASE,
)
# After a hedge alone, a length that a moment follows says when: 'more than a week after the
# crash', 'nearly a year before the vote', 'about a day on from the fire' ('closed for a week
# after the crash' is a length).
_A_POINT_AFTER = re.compile(r"\s+[a-z]+\s+(?:after|before|on|since|from|into)\b", re.IGNORECASE)
_A_UNIT_MEASURES = re.compile(
    r"\s+(?:(?:mile|kilomet(?:er|re)|hour)-(?:long|wide|high|deep)\b|(?:mile|kilomet(?:er|re))"
    r"\s+of\s)",  # (not "an hour of": "in an hour of need", "at an hour of the night")
    re.IGNORECASE,
)

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        _words(
            "january february march april may june july august september october november december"
        )
    )
}
_MONTHS |= {m[:3]: n for m, n in list(_MONTHS.items())} | {"sept": 9}
_MONTH_RE = rf"(?:{MONTH_OR_SEPT_PATTERN})\.?"
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Half a year: 'in the first half of 2026'.
_HALF_YEAR = re.compile(
    r"\b(?P<half>first|second)\s+half\s+of\s+(?P<year>1[89]\d\d|20\d\d)\b", re.I
)
# A month of a year with no day: 'in February 2019'.
_MONTH_YEAR = re.compile(rf"(?<![\d,] )\b(?P<month>{_MONTH_NAMES})\s+(?P<year>1[89]\d\d|20\d\d)\b")
# A month alone, where only a month can be meant ('resigned in January', not 'May' the verb):
# unit "month", compared only with other months.
_BARE_MONTH = re.compile(
    rf"\b(?i:in|last|early|late|mid|since|until|till|by|from|during|this|next|for|before|after"
    rf"|around|of|through|throughout)[\s-]+(?P<month>{_MONTH_NAMES})\b(?!\s*\d)"
    # 'for June Tessaly': a first name
    r"(?![ \t]+[A-Z][a-z])"
)
# "Nov. 12-18" is one interval of days, not the 12th alone; "Dec.14" (the stop, no space) is a
# day too.
_DATE_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_RE})(?:\s+|(?<=\.))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\s*[-–]\s*(?P<last>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?\b",
    re.IGNORECASE,
)
# The days of a month in ordinal words, as broadcasters and some papers write a date ('Monday,
# January the second', 'the twenty-first of March').
_UNITS_ORDINAL = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORDINAL_DAYS = {word: day for day, word in enumerate(_UNITS_ORDINAL, start=1)}
_ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
_ORDINAL_DAYS |= {
    f"twenty-{word}": 20 + day for word, day in list(_ORDINAL_DAYS.items()) if day < 10
}
ORDINAL_DAY_RE = "|".join(sorted(_ORDINAL_DAYS, key=lambda word: (-len(word), word)))
# 'January the second', 'the second of January' (not 'January the second time', 'the second
# of January's games': the ordinal must be the day, so no noun after it). The month is
# capitalised: 'Protesters will march the third day running' is the verb (review figures25).
_CAPITAL = r"(?-i:(?=[A-Z]))"
_DATE_WORDED = re.compile(
    rf"\b(?:{_CAPITAL}(?P<month>{_MONTH_RE})\s+the\s+(?P<day>{ORDINAL_DAY_RE})(?![\w-])(?!\s+[a-z])"
    rf"|the\s+(?P<dayfirst>{ORDINAL_DAY_RE}|\d{{1,2}}(?:st|nd|rd|th))\s+of\s+"
    rf"{_CAPITAL}(?P<monthafter>{MONTH_OR_SEPT_PATTERN})(?![\w'’]))"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
    re.IGNORECASE,
)
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    # a zone in capitals ('4:30 p.m. EDT'), not the next word ('5 a.m. on Saturday')
    r"(?:\s*\(?(?P<tz>(?-i:[A-Z]{2,4}))\b)?"
    r"|\b(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?:hours?\s+)?(?P<tz24>GMT|UTC|EST|EDT|PST"
    r"|PDT|CET|CEST|BST|JST|IST|HKT)\b",
    re.IGNORECASE,
)

_HEDGE = re.compile(
    r"\b(?:(?P<just_over>just\s+(?:over|above|more\s+than)|a\s+little\s+(?:over|more\s+than)"
    r"|slightly\s+(?:over|more\s+than))"
    r"|(?P<nearly>nearly|almost|close\s+to|just\s+(?:under|short\s+of|below)"
    r"|a\s+little\s+(?:under|less\s+than))"
    r"|(?P<atleast>at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|more\s+than|over"
    r"|upwards\s+of|in\s+excess\s+of|above|exceeding|greater\s+than)"
    # ('revised up to 1,750' is a value moved up, not a bound: no 'up to' after a verb in -ed)
    r"|(?P<atmost>less\s+than|fewer\s+than|under|below|(?<!ed\s)up\s+to|at\s+most|no\s+more\s+than"
    r"|a\s+maximum\s+of)"
    r"|(?P<about>about|around|approximately|roughly|some|an\s+estimated|estimated|circa"
    r"|approx\.|nearly\s+about|almost\s+exactly)"
    r")\s+(?:(?:(?:US|U\.S\.|A|C|HK)?[$£€¥]|(?:USD|EUR|GBP|CHF|SEK|NOK|DKK))\s?)?$",
    re.IGNORECASE,
)
# ISO codes written before a sum ("EUR 2.2 million", "CHF 40m"), as in wire copy.
_CODES = "USD|EUR|GBP|CHF|SEK|NOK|DKK|ISK|PLN|CZK|JPY|CNY|INR|AUD|CAD|NZD|ZAR"
# (a code is a unit, never a name: "EUR 5.4m" names no company or place)
CURRENCY_CODES = frozenset(_CODES.split("|"))
_CURRENCY_SIGN = re.compile(
    rf"(?P<cur>US\s?\$|U\.S\.\s?\$|A\$|C\$|HK\$|\$|£|€|¥|Rs\.?|\b(?:{_CODES})\b)\s?$"
)
_SIGN_CODE = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "a$": "AUD", "c$": "CAD"}
_SIGN_CODE |= {"hk$": "HKD", "rs": "INR", "rs.": "INR"}
_SIGN_CODE |= {code.lower(): code for code in _CODES.split("|")}
_SCALE_AFTER = re.compile(
    r"\s?(?P<scale>bn|mn|trn|tn|k|m|b)\b|\s+(?P<wscale>hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
# (a sum's range may write its sign and scale twice: '$24 to $26', '$4m-$5m', '€2 billion to
# €3 billion')
_RANGE_AFTER = re.compile(
    rf"\s*(?:-|–|to|or|and)\s*(?P<sign>[$£€¥])?(?P<hi>{_DIGITS}|{_WORDS})"
    r"(?P<hiscale>\s?(?:bn|mn|m|k)|\s+(?:thousand|million|billion|trillion))?(?![\w])",
    re.IGNORECASE,
)
# Nouns a length in metres stands before ('a 600m drop'): what is measured by its height,
# depth or length. A count in millions ('60m people') never stands before them.
_MEASURE_NOUNS = (
    "drops?|falls?|plunges?|climbs?|descents?|cliffs?|ridges?|walls?|towers?|waves?|dives?"
    "|jumps?|stretch|stretches|sections?|runs?|races?|sprints?|swims?|depths?|heights?"
)
_UNIT_AFTER = re.compile(
    r"(?P<sep>\s*-\s*|\s+|\s*)(?:(?P<unit>percentage\s+points?|per\s?cent|percent|%"
    r"|mph|kph|km/h|m/s|knots"
    # a distance per hour or second: '43 miles an hour', '20 metres a second'
    r"|(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?)\s+(?:an|a|per)\s+(?:hour|second(?!\s+time))"
    r"|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?"
    # ('ha' and 'hl' as symbols only after a digit, glued or after one space, in lower case:
    # no capitalised word after a number, no laugh written 'ha ha')
    rf"|(?<=\d){_LOWER_CASE_SYMBOLS}|(?<=\d\s){_LOWER_CASE_SYMBOLS}(?!\s+ha\b)"
    r"|hectares?|acres?|square\s+(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|yards?)"
    r"|sq\.?\s?(?:km|mi|ft|m)|sqft|km2|km²"
    # inches spelled out ('5 inches of rain'), not a model's size ('the 15-inch laptop'); glued
    # only after digits ('5in'), never the preposition ('5 in the morning')
    r"|(?<!-)(?<!-\s)inch(?:es)?"
    # (glued, only before what is measured in inches: '2in of rain', 'a 55in TV', 'grew 3in.';
    # never '1in 4 of the races'; after feet, '6ft 2in', it is read by ``_PARTED``)
    r"|(?<=\d)in(?=\s+(?:of|long|wide|deep|tall|high|thick|across)\b"
    r"|\s+(?:TVs?|televisions?|screens?|monitors?|waist|chest|collar|pipes?|blades?|gap|hole"
    r"|crack|rain|rainfall|snow|hail)\b|\s*[,;:)]|\s*\.(?!\d)|$)"
    # a weight in stone, in lower case ('Harlow 3 Stone 1' is a score): 'a 20-stone man',
    # 'weighed 20 stone'; not '20 stone walls' (a count of walls), '12 stone and brick
    # cottages', '20 stone of rock', 'laid 40 stone in a day' (the material), 'a 3-stone
    # diamond ring' (a count of gems) nor 'stones' (a count)
    r"|(?-i:(?<=-)stone(?=\s+(?:man|men|woman|women|boy|boys|girl|girls|person|people|teenager"
    r"|pensioner|patient|boxer|fighter|player|[A-Z])|\s*[,.;:)]|$)"
    r"|stone(?=\s*(?:[,.;:)]|$)|\s+\d|\s+(?:at|on|to|by|when|after|before"
    r"|but|was|is|he|she|they|had|has|who)\b))"
    r"|nautical[\s-]+miles?|kilometers?|kilometres?|km|miles?|meters?|metres?|feet|foot|ft|yards?"
    r"|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm"
    # "a 420 m bridge", "fell 30m from": metres only where no counted noun follows ("1.5m people")
    r"|m(?=\s+(?:long|high|deep|wide|tall|from|above|below|away|up|down|in|of|and|to)\b"
    # ('a 600m-high cliff', 'a 400m drop': a measure's adjective or noun; '60m people' is not)
    rf"|-(?:long|high|deep|wide|tall)\b|\s+(?:{_MEASURE_NOUNS})\b"
    # ...or given again in feet: '60m (200ft)'
    r"|\s*\(\s*(?:about\s+|around\s+)?[\d,.]+\s*(?:ft|feet|foot|yards?)\b"
    r"|\s*[,.;:)]|(?-i:\s+[A-Z])|$)"
    # a volume, not a size in a name ('a 2-litre Golf', hyphenated) nor a flow ('m³/s')
    r"|(?<!-)(?<!-\s)(?:litres?|liters?|(?:hecto|kilo|mega|giga)lit(?:er|re)s?"
    r"|cubic\s+met(?:er|re)s?|m³"
    # a water authority's kilolitres as a symbol, in its case only ('300 kL'), and never before
    # a capitalised word or another word ('12 kL Kell')
    rf"|(?:(?<=\d)|(?<=\d\s)){_VOLUME_SYMBOLS}(?=\s*[,.;:)]|\s+(?:{_AFTER_VOLUME})\b|$))"
    r"(?!\s*(?:/\s*s(?:ec)?\b|per\s+second|an?\s+second))"
    r"|tonnes?|tons?|kilograms?|kg|pounds?(?!\s+sterling)|lbs?|dollars?|euros?|pounds?\s+sterling|yen|yuan|rupees?"
    # 'kilos' is kilograms as people say them ('beat the old mark of 936 kilos'); not a
    # prefix: 'kilometres', 'kilowatts' and 'kilo-calories' are read as before
    r"|kilos?(?!-)"
    r"|crowns?|kronor|krona|kroner|krone"
    r"|francs?|marks?|pesos?|rubles?|roubles?)(?P<old>[\s-]+old)?(?![\w])"
    r"|(?P<plus>\s+or\s+more|\+)(?![\w]))",
    re.IGNORECASE,
)
# ('all 12 of the borough's libraries' counts libraries, not the borough: after 'of' an owner
# in the possessive says whose the counted things are, fresh32. With a number after the owner,
# '12 of the borough's 40 libraries', the noun is read as before: a part of a whole, which the
# whole's own count names)
_NOUN_AFTER = re.compile(
    r"(?:\s*-\s*|\s+)"
    r"(?:of\s+(?:(?:the|his|her|their|its|our|my|your)\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?"
    r"|(?:the|his|her|their|its|our|my|your)\s+)?"
    r"(?P<noun>[a-z][a-z-]{2,})(?:\s+(?P<noun2>[a-z]{3,}))?"
)
# Words of value before a sum: 'valued at', 'worth', 'cost', 'a fine of', 'refunds of', 'spent'.
_VALUE_BEFORE = re.compile(
    r"\b(?:valued?|worth|cost(?:s|ing)?|price[ds]?|paid|pay|fined?|fine\s+of|raised|bail|reward|"
    r"damages?|compensation|salary|budget|funding|loss(?:es)?|sum|profits?|refund(?:s|ed)?|spent|"
    r"spend(?:s|ing)?|fees?|fares?|grants?|donat(?:ed|ions?)|awarded|owed|charged?|invested|"
    r"pledged|prize)\s+(?:at\s+|of\s+)?"
    r"(?:about\s+|around\s+|some\s+|an?\s+estimated\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
_SPAN = re.compile(r"^\s*(?:over|under)\b", re.IGNORECASE)
# An extent's 'over' after a verb of spreading is the preposition 'across', not 'more than':
# 'lava had spread over 30 hectares', 'debris scattered over two kilometres'.
_EXTENTS = frozenset({"distance", "area"})
_SPREAD_OVER = re.compile(
    r"\b(?:spread(?:s|ing)?|scatter(?:s|ed|ing)?|strewn|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?"
    r"|sprawl(?:s|ed|ing)?)\s+over\s+$",
    re.IGNORECASE,
)
# A distance 'up to' so far 'away' (or 'from' a place) is how far something reached, its
# farthest point, as 'as far as 800 metres from the site' is: a value, not a ceiling.
_UP_TO = re.compile(r"^\s*up\s+to\b", re.IGNORECASE)
_AWAY_AFTER = re.compile(r"\s+(?:away|from)\b", re.IGNORECASE)
_LASTED = re.compile(r"\b(?:last(?:ed|ing|s)?|for|took|tak(?:es|ing)|in)\s+\S+\s*$", re.IGNORECASE)
_ADJECTIVE = re.compile(r"(?:ary|al|ic|ive|ian|ese|ous|ful|ish|ern|ble|ing)$")
# (a half point is a chess or cricket score's: 'won 6½-3½')
_SCORE = re.compile(rf"-(\d+)[{_VULGAR_FRACTIONS}]?\b(?!\s*(?:percent|%)|-)")
_OF_AFTER = re.compile(r"\s+of")
# Pounds given to each person or home, or by the week, are money: 'a hundred and fifty pounds
# per household', '90 pounds a week', '20 pounds each' (pounds of something take 'of').
_PAID_PER = re.compile(
    r"\s+(?:(?:per|a|an|each)\s+(?:household|home|family|person|head|resident|worker|child|pupil"
    r"|patient|passenger|hour|day|week|month|year)\b(?!\s+(?:later|earlier|ago|before|after)\b)"
    r"|each\b)",
    re.IGNORECASE,
)
# A sum's verb after it: 'Six million pounds was spent', 'thirty pounds are being refunded'
# (pounds of weight are weighed, lost, gained, not spent or paid).
_SPENT_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?:being\s+)?(?:\w+ly\s+)?(?:spent|paid|awarded|donated|invested|pledged|stolen|owed"
    r"|offered|refunded|set\s+aside|earmarked|allocated|granted|charged"
    # raised for a cause, not 'raised by the crane' (lifted)
    r"|raised(?!\s+by\s+(?:the|a|an)\s+(?:crane|jack|winch|hoist|derrick)))\b",
    re.IGNORECASE,
)
# A scale word written in the number ('six million pounds'): a sum, as '6m pounds' is, unless
# the pounds are of something ('2 million pounds of beef'), weighed, or what a ship, a bridge or
# an engine carries, lifts or thrusts (``_WEIGHT_BEFORE``).
_WORD_SCALE = re.compile(r"\b(?:million|billion|trillion)\b", re.IGNORECASE)
# What a sum in pounds names when its figure is a compound adjective: 'a twenty-pound voucher',
# 'a 50-pound fine' are money; 'a 20-pound salmon', 'a 20-pound bag of flour' stay weight, and
# so do words with a weight's sense too ('a 500-pound charge' of explosive; review letters28).
# 'Five thousand pounds' stays weight unless a word of value says otherwise: British pages
# write sums so, American ones weights ('the trailer held forty thousand pounds').
_MONEY_THINGS = (
    r"(?:voucher|note|coin|fine|fee|fare|reward|bonus|ticket|cheque|gift\s+card|prize"
    r"|payment|payout|donation|grant|levy|surcharge|deposit|refund|loan|bribe|penalt(?:y|ie)"
    r"|subscription|tip)s?\b"
)
_MONEY_THING_AFTER = re.compile(rf"\s+{_MONEY_THINGS}", re.IGNORECASE)
# Pounds taken in or from such things are a sum: 'collected 3,400 pounds in fines', '900 pounds
# from parking fees', 'raised 80 pounds through donations' (up to two words before the thing:
# 'in unpaid parking fines'); 'lost 30 pounds in weight', '300 pounds in sacks' stay weight, and
# 'pounds of fines' is weight's shape, read so by ``_OF_AFTER`` first.
_MONEY_IN_AFTER = re.compile(
    rf"\s+(?:in|from|through)\s+(?P<free>(?:[a-z]+\s+){{0,2}}?){_MONEY_THINGS}"
    r"(?!\s+of\s+(?!money\b|cash\b))",
    re.IGNORECASE,
)
# Goods a drive or a bin gathers by weight: among the free words before 'donations' they make the
# pounds a weight ('3,000 pounds in canned food donations', '200 pounds from the food donations';
# review of figures33, e10). A short list of the goods drives collect, not every noun of goods.
_GOODS_WORDS = wordset(
    "food foods canned tinned groceries grocery clothing clothes goods produce toys books items"
    " supplies scrap metal paper waste rubbish litter fruit vegetables meat fish grain feed"
)
# A verb of holding before pounds taken in such things: 'The bin held 200 pounds in donations' is
# what the bin weighed ('carried', 'weighed' are ``_WEIGHT_BEFORE``'s already).
_HELD_BEFORE = re.compile(r"\b(?:h[eo]lds?|holding|contain(?:s|ed|ing)?)\s+(?:\w+\s+)?$", re.I)
# Pounds weighed ('weighed two million pounds'), or borne: 'can carry two million pounds', 'a
# cargo of', 'a thrust of', 'lifted': weight even with a scale word ('gained' may be a sum's,
# 'gained 2 million pounds in fees', so it is not here).
_WEIGHT_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?(?:\s+in\s+at)?|carr(?:y|ies|ied|ying)|cargo|payload|load|capacity"
    r"|thrust|lift(?:s|ed|ing)?|hoist(?:s|ed|ing)?)\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|up\s+to\s+|just\s+)?$",
    re.IGNORECASE,
)
# A verb of weight right before pounds 'each' or 'a week': 'weighed 20 pounds each', 'gained
# two pounds a week' are weight, not pay ('Nurses gained a rise to 90 pounds a week' is pay).
_WEIGHED = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|gain(?:s|ed|ing)?|put\s+on|lift(?:s|ed|ing)?)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|just\s+)?$",
    re.IGNORECASE,
)
# A group said by its size, the count after it: 'a crew of 19', 'a staff of 40', 'a workforce
# of 1,200' count the crew, staff, workforce as '21 crew' does
# (a determiner or a possessive first, up to two words between: 'the ship's normal crew of 19';
# a hedge may follow 'of': 'has a workforce of about 3,000'); a crowd or an audience too ('in front
# of a crowd of 18,000': those watching, as another outlet's '18,000 spectators'; fresh35)
COUNTED_GROUPS = _words(
    "crew staff workforce team fleet squad garrison population membership congregation herd "
    "flock convoy crowd audience"
)
# A crowd or an audience that a place holds or has room for ('can hold a crowd of 25,000',
# 'which has room for a crowd of 40,000', 'a capacity crowd of up to 9,000'): a limit, not who
# came (review of nouns36); 'was held before an audience of 900' is the event's, so not 'held'.
_WATCHING_GROUPS = frozenset({"crowd", "audience"})
_ROOM_FOR = re.compile(
    r"\b(?:holds?|room\s+for|capacity|seats?|seating|fit|fits|accommodates?"
    r"|accommodating|could|can|up\s+to)\b",
    re.IGNORECASE,
)
_GROUP_OF = re.compile(
    r"\b(?:a|an|the|its|their|his|her|\w+['’]s)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?P<group>{'|'.join(COUNTED_GROUPS)})\s+of\s+(?:about\s+"
    r"|around\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|more\s+than\s+|over\s+"
    r"|up\s+to\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_OF_NOUN = re.compile(r"\s+of\s+[a-z]")
_AFTER_NAME = re.compile(r"(?P<name>[A-Z][a-z]+),\s*$")
# Capitalised words ending a place's name, not a person's: 'Harbour Road, 45' is an address's
# number, 'Quay Street, 12' too.
_STREET_WORDS = wordset(
    "Road Street Avenue Lane Drive Terrace Crescent Boulevard Quay Square Place Gardens Close"
    " Way Row Parade Wharf Walk Mews Court Estate"
)
# Capitalised words ending a firm's name: 'The owner, Kelby Boats, 12.' gives no one's age.
_FIRM_WORDS = wordset(
    "Ltd Limited Plc Inc Group Company Boats Ferries Airlines Air Airways Shipping Holdings"
    " Partners Services Motors Haulage Builders Trust Council Club United Rovers City"
)
_NO_PERSONS_NAME = _STREET_WORDS | _FIRM_WORDS
# A name of one to four capitalised words ('Idris Menheniot', 'Nia Treloar'), as the readings of
# an age said of a person named spell it; and the verb an age said of one follows ('is', 'was
# aged').
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_IS_AGED = r"(?:is|was)\s+(?:aged\s+)?$"
# 'Penrose, 3, 2 and 1', 'Brown, 4, 6 or 9': a number opening a list of numbers closed by 'and'
# or 'or' (a score, flats, rooms) is not an age; a number after an age's comma is ('Ewan Dale,
# 52, 30 years a fisherman', 'Ann Lee, 34, 5ft 4in').
_A_LIST_OF_NUMBERS = re.compile(r"\s*,\s*\d+(?:\s*,\s*\d+)*,?\s+(?:and|or)\s+\d")
# 'the warden, Idris Menheniot, 61.': a person's role, the name in apposition and the age ending
# the sentence (no comma closes it); 'named the man as Nia Treloar, 34.' likewise.
_ROLE_NAME_AGE = re.compile(
    r"\b(?:(?:named|identified)\b[^,.;]{0,30}?\s+as|(?P<role>[a-z]+),?)\s+"
    rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{_NAME_WORDS},\s*$"
)
_SENTENCE_END = re.compile(r"\s*(?:[.;]|$)")
# 'a retired teacher, 71, had drunk': an age after a person's role, set off by commas; the
# role may carry a short phrase of where or from whom ('The firefighter in hospital, 41,', 'a
# nurse from Kelby, 29,'), or the count of people in hospital is read where an age is written.
_AFTER_ROLE = re.compile(
    r"\b(?P<role>[a-z]+)(?:\s+(?:in|at|from|on|with)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z]+)?,\s*$"
)
# 'The master of the Selma Brun, Arvid Dahl, is 58.': an age said of a person named in apposition
# (the comma closes the name; 'Karvo is 58 km' or 'the toll in Karvo is 58.' has none).
_NAME_IS = re.compile(
    r",\s+(?:(?:identified|named)\s+as\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"(?!(?:{'|'.join(day.title() for day in WEEKDAY_NAMES)})\b){_NAME_WORDS},\s+{_IS_AGED}"
)
# Nouns of a place, whose name in apposition is no person's ('the province, Vell Marra, is 58').
_PLACE_NOUNS = wordset(
    "province region state county district town city village country island capital port"
    " municipality parish valley area suburb borough neighbourhood neighborhood settlement"
)
# 'The man is 43 and lives in Nordby': an age said of a person's role.
_ROLE_IS = re.compile(r"\b(?P<role>[a-z]+)\s+(?:is|was)\s+$")
# 'her mum Ilka is twenty-nine.', 'the driver Tam Orr was 52 and': an age said of a person named
# after the role or kin word that presents them (the role a person noun or one of
# ``KIN`` or ``HOMELY_KIN``; not 'the river Tay is 29 metres', 'striker Kane is 29th').
_ROLE_NAME_IS = re.compile(
    r"\b(?P<role>[a-z]+)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s+(?:is|was)\s+(?:now\s+)?$"
)
# 'Tomas Breck, who is 49, lives in Kettlebeck': an age in a clause about a named person.
_WHO_IS = re.compile(r"[A-Z][a-z]+,?\s+who\s+(?:is|was)\s+(?:aged\s+)?$")
# 'The ferryman, who is 47, was unhurt': the same clause about a person named by role (a
# person noun, not 'the figure, who is 52' nor 'the crew, who were 12').
_ROLE_WHO_IS = re.compile(r"\b(?P<role>[a-z]+),?\s+who\s+(?:is|was)\s+(?:aged\s+)?$")
# 'a woman of 64', 'the fisherman of 71': a person of an age (not 'a crowd of 64', 'a fleet of
# 52': no person noun).
_ROLE_OF = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>[a-z]+)\s+of\s+$")
# Person nouns whose 'of N' counts the people or things they head, have or belong to, whatever
# follows ('the captain of 11', 'the teacher of 30', 'an owner of 12', 'a mother of three'):
# never an age there (review23b found these read as ages).
_HEADS_OF = wordset(
    """mother father grandmother grandfather parent captain teacher leader owner head coach
    manager chairman chairwoman chair boss director founder commander skipper guardian member
    winner keeper"""
)
# A verb right after 'a woman of 64' ('a woman of 64 was cut free', '... said she was'): the
# number ends its noun phrase, as an age does ('a driver of 2 lorries' goes on to what is
# counted).
_VERB_AFTER = re.compile(
    r"\s+(?:was|is|were|had|has|who|died|suffered|remains|remained|said|told)\b"
)
# 'a woman of 34 from Thelby is being questioned': where the person of an age is from may stand
# between the age and the verb or the clause's end.
_FROM_A_PLACE = re.compile(r"\s+(?:from|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
# 'Ellie Marr, the girl who was worst hurt, is 11': an age said of a person named, with a role
# and a short phrase about them in apposition between (the role a person noun).
_NAME_ROLE_IS = re.compile(
    rf"\b{_NAME_WORDS},\s+(?:the|a|an)\s+(?P<role>[a-z]+)\b(?!['’])[^,.;]{{0,40}},\s+{_IS_AGED}"
)
# Characters before an age read for a name and the role phrase in apposition after it (a name,
# a role and a relative clause of some six words; ``_NAME_ROLE_IS``).
BEFORE_APPOSED_AGE = 90
# 'died at 44', 'died of a stroke at 80', 'retired at 60', 'at the age of 61': a life's event at
# an age (not 'landed at 14', a time). Public: the figures stage tells such an age from an age
# now with it.
AGE_AT_EVENT_RE = re.compile(
    r"(?:\b(?:died|retired)\b(?:\s+(?:of|in|from)(?:\s+[a-z]+){1,3})?\s+(?P<at>at)"
    r"|\bat\s+the\s+age\s+of)\s+$",
    re.IGNORECASE,
)
# 'died in hospital at 6' may be six o'clock: after a bare 'at', an age from 13 up (no clock
# hour past 12 is written without its minutes).
MIN_BARE_AT_AGE = 13
# 'At 78, ...' opening a sentence or clause: the age of its subject.
_OPENING_AT = re.compile(r"(?:^|[.;:]\s+|\n)[Aa]t\s+$")
_AGE_END = re.compile(r"\s*(?:[,.;)]|and\b(?!\s+(?:a\s+half|\d))|years?\s+old\b)")
# Characters before a number searched for what makes it an age: room for a role and a short
# phrase after it ('The firefighter in hospital, ' is 29).
BEFORE_AGE = 40
_APPOSITION_END = re.compile(r"\s*[,)]")
# 'Mara Oyelaran (41) was flown to hospital': the house style of some wires, a person's age in
# brackets right after the name. A name of two to four capitalised words, not a place's or a
# firm's ('Harbour Road (41)', 'Kelby Boats (12)') nor one word ('Route (41)', a footnote's
# 'Table (3)'), and one or two digits alone in the brackets ('(41 per cent)', '(41 of them)' go
# on to what they count). A comma may stand between the name and the bracket, as an
# apposition's does ('Ivo Rask, (67), of Lower Brack'; fresh31).
_NAME_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}),?\s*\(\s*$"
)
_BRACKET_AGE = re.compile(r"\d{1,2}")
# After the comma shape, only an apposition's end: 'of' or 'from' a place, or a stop ('Ivo Rask,
# (67), of Lower Brack'). A deed after it ('Dele Amaku, (41), broke the deadlock') is a tally's
# as often as a person's (review of slots32).
_COMMA_BRACKET_CLOSE = re.compile(r"\s*\)\s*(?:,\s*(?:of|from)\b|[.!?](?:\s|$))")
# What may follow the closing bracket of an age: a comma or stop, 'and' ('Lydia Sorrell (34)
# and her son'), or the verbs that end an age's noun phrase (``_VERB_AFTER``: 'was flown',
# 'died', 'said'). Not a noun ('(14) goals', 'St Mary's School (14) pupils') nor a deed a tally
# follows ('Dele Amaku (41) scored', 'Ruth Penhale (45) won', 'polled'): goal minutes, votes,
# seats (review figures25).
_BRACKET_CLOSE = re.compile(rf"\s*\)(?:\s*[,.;:]|\s+and\b|{_VERB_AFTER.pattern})")
# ...or one of the verbs in the past that a person, not a tally, is the subject of ('Tove
# Aldersey (41) swam the 34 kilometres', '(41) set off', '(33) pleaded guilty'; fresh26 read a
# swimmer's age as a count). A named list, not any verb in the past: a goal's minute, a seed or
# a batsman's score stands before most of them ('(41) levelled', '(21) reached the fourth
# round', '(58) hit three sixes'; review readings26).
_PERSON_PAST_AFTER = re.compile(
    r"\s*\)\s+(?:swam|rowed|sailed|cycled|set\s+off|drowned|collapsed|fled|pleaded|denied"
    r"|admitted|appeared)\b"
)
# ...or one of the present verbs of a wire's person ('Ivo Marsh (39) takes over', '(41) faces
# trial', '(52) appears in court'; fresh34 read these ages as counts). Not when or where: a
# score stands before a weekday, a day word or a place as often as an age does ('opener Arun
# Kell (58) on Tuesday', 'Ada Roos (67) yesterday took the lead', '(74) in Kelby today').
_BRACKET_PRESENT_VERB = re.compile(
    r"\s*\)\s+(?:says|faces|denies|admits|appears|takes\s+over|steps\s+(?:up|down|in))\b"
)
# ...or any verb in the past after a person named with a role ('Farmer Ewan Tarrow (64) found
# the gate open', 'sheep farmer Ewan Tarrow (64) found'; fresh28): a tally's name (a batsman's,
# a seed's) stands without one.
_PAST_AFTER = re.compile(rf"\s*\)\s+(?P<verb>[a-z]{{2,}}ed|{alternation(IRREGULAR_PASTS)})\b")
# Presents in -ed, no past ('Nurse Ada Pellow (38) need not worry').
_PRESENTS_IN_ED = wordset("need speed feed bleed breed heed seed weed proceed succeed exceed")
# Roles a match report also names players by, whose bracket is a score or a minute ('Captain
# Arun Kell (58) reached his fifty', 'keeper Finn Orrell (78) saved'), and the verbs of a score
# ('Local man Ben Ashe (71) carded a level-par round'): no age by this rule (review letters28).
_PLAYING_ROLES = wordset("captain skipper keeper runner rider driver cyclist swimmer")
# ('struck her head', 'shot the fox' are deeds too, missed as ages: a golf round 'shot' or
# sixes 'struck' read as an age would be a false one; review letters28-3)
_SCORING_VERBS = wordset("batted bowled carded scored shot struck hit posted netted")
_NO_AGE_VERBS = _SCORING_VERBS | _PRESENTS_IN_ED
# Roles of the young, whose bracket is no age of 20 or more ('Teenager Jo Price (45) batted'):
# a teenager is 19 at most.
_YOUNG_ROLES = wordset("teenager boy girl child baby pupil")
ADULT_AGE = 20
# A name the lower-case article opens is a boat's, a pub's or a band's, not a person's ('the
# Sea Wren (24), a trawler', 'the Kelby Arms (12)')...
_THE_BEFORE = re.compile(r"\bthe\s+$")
# ...unless a title or role is in the name ('the Rev Ann Hale (61)', 'the Labour MP Hanne Sorel
# (52)', 'the Chief Constable Maria Fenwick (57)'): TITLES and the members' letters it lacks.
_TITLES_AFTER_THE = (TITLES - wordset("the a an of")) | wordset("mp mep msp mla")
# The youngest age a bracket after a name is read as: wires bracket adults' ages, while a
# small number there is most often a tally ('Owen Dray (2)', 'Harrow Town (1)', 'Lake Road
# Primary (12)'); a child's age is missed rather than a tally read as one.
MIN_BRACKET_AGE = 16
# Words of a place's or an institution's name that a person's name does not hold ('Harlow West
# (45)', 'Lake Road Primary (45)', 'Mount Seren (45)', 'New York (45)': a tally or a ranking).
# Not words that are also surnames ('Green', 'Hill', 'Park').
_PLACE_NAME_WORDS = wordset(
    "Primary School Academy College Surgery Hospital Infirmary Town West East North South"
    " Central Mount St Saint New Ward"
)
# Words near a bracket that make it a tally, a vote or a score, not an age.
_TALLY_NEAR = re.compile(
    r"\b(?:goals?|scor\w*|scorers?|votes?|voted|seats?|polled|ballots?|count|elected|match"
    r"|minutes?|table|tally|league|points?)\b",
    re.IGNORECASE,
)
# A length in hours and minutes is no match's minute ('swam ... in 11 hours 12 minutes' read a
# swimmer's '(41)' as a tally: fresh26), unless its minutes are the bracket's number.
_HOURS_AND_MINUTES = re.compile(
    r"\b(?:\d+|[a-z]+)\s+hours?\s+(?:and\s+)?(?P<minutes>\d+|[a-z]+(?:-[a-z]+)?)\s+minutes?\b",
    re.IGNORECASE,
)
# Another 'Name (n)' in the sentence: a list of tallies ('Goals: Owen Dray (2), Ruth Penhale
# (1)'), not of ages, is how two or more are most often written.
_ANOTHER_BRACKET = re.compile(r"[A-Z][\w'’-]+,?\s*\(\s*\d+\s*\)")
_SENTENCE_BOUND = re.compile(r"[.!?](?:\s|$)")
# Capitalised words opening a phrase that is no name ('The Pilot (41)', 'A Level (3)').
_NOT_NAME_OPENINGS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our"})
_PREFIX_HINT = re.compile(r"(?P<aged>\baged|\bage)\s+$", re.IGNORECASE)

_MINUTES = {"second": 1 / 60, "sec": 1 / 60, "minute": 1.0, "min": 1.0, "hour": 60.0, "hr": 60.0}
_MINUTES |= {"day": 1440.0, "week": 10080.0, "month": 43830.0, "year": 525960.0}
_MINUTES |= {"decade": 5259600.0}
_KM = {"kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "mile": 1.609344, "meter": 1e-3}
_KM |= {"nautical mile": 1.852, "nautical-mile": 1.852}
_KM |= {"centimetre": 1e-5, "centimeter": 1e-5, "cm": 1e-5}
_KM |= {"millimetre": 1e-6, "millimeter": 1e-6, "mm": 1e-6}
_KM |= {
    "m": 1e-3,
    "metre": 1e-3,
    "feet": 3.048e-4,
    "foot": 3.048e-4,
    "ft": 3.048e-4,
    "yard": 9.144e-4,
    "inch": 2.54e-5,
    # 'inches' as the unit reader keys it: it strips a plural's trailing 's' ('inches' ->
    # 'inche'), and 'inch' + 'es' is the one plural here it leaves a stray 'e' on
    "inche": 2.54e-5,
    "in": 2.54e-5,
}
_KPH = {"mph": 1.609344, "kph": 1.0, "km/h": 1.0, "m/s": 3.6, "knots": 1.852}
_PER_TIME = re.compile(r"(?P<distance>\w+)\s(?:an|a|per)\s(?P<time>hour|second)")
_TONNES = {"tonne": 1.0, "ton": 1.0, "kilogram": 1e-3, "kg": 1e-3, "kilo": 1e-3, "pound": 4.536e-4}
_TONNES |= {"lb": 4.536e-4, "stone": 6.35029e-3}
# (an ounce only as the last part of a weight in pounds and ounces, ``_PARTED``: no figure is
# read in ounces alone, as the unit pattern has no ounces)
_TONNES |= {"ounce": 4.536e-4 / 16}
_HECTARES = {"hectare": 1.0, "ha": 1.0, "acre": 0.404686, "square kilometre": 100.0}
_HECTARES |= {"square kilometer": 100.0, "sq km": 100.0, "sqkm": 100.0, "km2": 100.0}
_HECTARES |= {"km²": 100.0, "square mile": 258.999, "sq mi": 258.999, "sqmi": 258.999}
_HECTARES |= {"square metre": 1e-4, "square meter": 1e-4}
_HECTARES |= {"sq m": 1e-4, "sqm": 1e-4, "square foot": 9.2903e-6, "square feet": 9.2903e-6}
_HECTARES |= {"sq ft": 9.2903e-6, "sqft": 9.2903e-6, "square yard": 8.3613e-5}
# Volumes in litres: a spill, a reservoir, a flood ('2.4 billion litres' / '2.4 million
# cubic metres' of one reservoir).
_LITRES = {"litre": 1.0, "liter": 1.0, "cubic metre": 1e3, "cubic meter": 1e3, "m³": 1e3}
# (a brewer's and a vintner's measure: '300hl of stout' is 30,000 litres)
_LITRES |= {"hectolitre": 100.0, "hectoliter": 100.0, "hl": 100.0}
# (a water authority's measures: a reservoir's megalitres, a plant's kilolitres a day; no 'ml'
# key, since 'ML' after a number is as often a bottle's millilitres)
_LITRES |= {"kilolitre": 1e3, "kiloliter": 1e3, "kl": 1e3}
_LITRES |= {"megalitre": 1e6, "megaliter": 1e6, "gigalitre": 1e9, "gigaliter": 1e9}
_UNIT_TABLES = (
    (_LITRES, "litre", "volume"),
    (_KPH, "kph", "speed"),
    (_MINUTES, "minute", "duration"),
    (_KM, "km", "distance"),
    (_TONNES, "tonne", "weight"),
    (_HECTARES, "hectare", "area"),
)
_CURRENCY_WORD = {"dollar": "USD", "euro": "EUR", "pounds sterling": "GBP", "yen": "JPY"}
_CURRENCY_WORD |= {"yuan": "CNY", "rupee": "INR", "franc": "CHF", "mark": "DEM", "peso": "MXN"}
_CURRENCY_WORD |= {"ruble": "RUB", "rouble": "RUB"}
# Nordic and Czech crowns (krona, krone, koruna) are one currency word here: an event's
# reports write one of them.
_CURRENCY_WORD |= {"crown": "crowns", "krona": "crowns", "kronor": "crowns", "krone": "crowns"}
_CURRENCY_WORD |= {"kroner": "crowns", "koruna": "crowns"}
# ...and so are their codes: 'NOK 1,000' and '1,500 kroner' are two sums of one currency.
_CROWN_CODES = frozenset({"NOK", "SEK", "DKK", "ISK", "CZK"})
# Words after a number that are not what it counts (the noun is the one after them).
# A past participle, as a modifier of what is counted ('planned').
_PARTICIPLE = re.compile(r"^[a-z]{2,}ed$")
# Participles that name who is counted on their own ('15 wounded', '45 detained'): '12 wounded
# soldiers' counts the wounded too, as another report's '15 wounded' does. Not those that only
# say which ('20 confirmed deaths', '33 trapped miners': deaths and miners are counted).
_HEAD_PARTICIPLES = frozenset(
    _words(
        "wounded injured killed detained arrested displaced evacuated rescued hospitalised "
        "hospitalized jailed imprisoned kidnapped abducted"
    )
)
# Plurals after a word that are no head of its phrase: another number ('nine died, hundreds
# hurt'), or a time ('died hours later').
_NOT_HEADS = frozenset(
    {"hundreds", "thousands", "dozens", "millions", "billions", "others", "tens", "scores"}
    | {"minutes", "hours", "days", "weeks", "months", "years", "times"}
)
_NOT_NOUNS = frozenset(
    _words(
        "and or of the a an to in on at for from with by as than more less per were was are is "
        "have has had who which that other new more most such them those these they people's "
        "across into onto over under after before near along around through since during "
        "within without against between behind beyond "
        # adverbs of time after a number ('fell to two overnight') are no counted noun
        "overnight today tonight yesterday now ago earlier later since apiece altogether"
    )
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity as written (``text``, ``start``/``end`` offsets) and as an interval.

    ``low``/``high`` are in ``unit`` (minutes, km, tonnes, a currency code, "percent", "count",
    "day" for calendar dates as proleptic ordinals, "clock" or "clock GMT" for minutes since
    midnight). ``high`` is ``math.inf`` when the text only gives a lower bound. ``noun`` is what
    a count counts or what a hyphenated unit qualifies ("6-hour meeting" -> "meeting").
    """

    text: str
    low: float
    high: float
    unit: str
    dimension: str
    start: int
    end: int
    value: float
    noun: str | None = None
    hedge: str | None = None
    # The unit word as written ("mile" for "235 miles" stored in km): conversions round.
    written_unit: str | None = None
    # A length said with no figure ('for a decade', 'lasted a day'): rough, and as often the
    # background's as the event's (the pairing stage compares it only where a slot says what
    # lasted). Not 'half an hour' or 'a fortnight', read long before.
    worded: bool = False
    # A limit, a capacity or a permitted most ('can lift up to 2 tonnes', 'a height limit of
    # 4.2 metres'; ``_as_limit``): what a thing may or can be, never an amount that was. The
    # interval stays the bound's; what compares it with an actual figure reads this first.
    limit: bool = False


# Texts whose quantities are remembered (``extract_quantities``): the stages read the same
# sentences and clauses again (fact linking, verify, figures, the summary's check), 4,058 calls
# for 1,875 distinct texts in a pile of 100 DUC articles (447 for 164 in a cluster of 10), at
# ~0.29 ms a call. A few piles' worth; the answer is immutable and depends on the text alone.
QUANTITIES_MEMO = 8192


# Digits of other scripts (Arabic-Indic '٣٥', Devanagari '३५', full-width '３５') are read as the
# ASCII ones, and so are the separators written with them: the Arabic thousands, decimal and
# percent signs and the full-width comma, stop and percent sign. Each is one character for one,
# so offsets hold. '٤٬٠٠٠' was read as the two numbers 4 and 0 (the regexes' \d takes any
# script's digits, their separators only the ASCII ones), and '٠٠٠' stood in a conflict as 0.
_FIGURE_SIGNS = {"\u066c": ",", "\u066b": ".", "\u066a": "%", "\uff0c": ",", "\uff0e": "."}
_FIGURE_SIGNS |= {"\uff05": "%"}
_FOREIGN_FIGURE = re.compile(rf"(?![0-9])\d|[{''.join(_FIGURE_SIGNS)}]")


def _ascii_figures(text: str) -> str:
    """``text`` with every digit and figure sign of another script in its ASCII form."""
    if text.isascii():
        return text
    return _FOREIGN_FIGURE.sub(lambda m: _ascii_figure(m.group()), text)


def _ascii_figure(char: str) -> str:
    return _FIGURE_SIGNS.get(char) or str(unicodedata.decimal(char))


@lru_cache(maxsize=QUANTITIES_MEMO)
def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order of appearance; dates and times before plain numbers.
    Each quantity's ``text`` is as written, whatever the script of its digits."""
    read = _ascii_figures(text)
    if read == text:
        return _extract(text)
    return tuple(replace(q, text=text[q.start : q.end]) for q in _extract(read))


def _extract(text: str) -> tuple[Quantity, ...]:
    clocks = list(_clocks(text))
    on_clocks = sorted((q.start, q.end) for q in clocks)
    # ('until 1800 hrs' is a time, not the year 1800)
    dates = [q for q in _dates(text) if not _overlaps(q.start, q.end, on_clocks)]
    special = [*dates, *clocks, *_splits(text), *_magnitudes(text)]
    special += _temperatures(text)
    found = sorted(special, key=lambda q: q.start)
    taken = [(q.start, q.end) for q in found]
    last_end = 0
    for match in _CORE.finditer(text):
        if _overlaps(match.start(), match.end(), taken) or _not_a_figure(text, match):
            continue
        quantity = _quantity(text, match)
        if quantity is None or quantity.start < last_end:
            continue
        if not _overlaps(quantity.start, quantity.end, taken):
            found.append(quantity)
            last_end = quantity.end
    in_order = sorted(found, key=lambda q: q.start)
    read = [_as_limit(text, _as_rate(text, q)) for q in _with_parts(text, in_order)]
    return _with_conversions(text, read)


# Minutes either side of a local time that another outlet's time may fall in and agree: news
# rounds its times ('about 7.30' for 07:40 is no dispute).
CLOCK_SLACK = 7
# ...but a time given to the minute off the five-minute steps ('8.21pm', '08:27', 'twenty-seven
# minutes past eight') is no rounded one: two such times six minutes apart are two times (the
# fire service called at 8.21pm, not at 8.27pm), and either still meets a rounded time near it
# ('about 8.25'), unless a hedge says it is rounded ('at about 6.41pm'). Two minutes, not
# one: a minute either way of each of two outlets' readings (8.21pm and 8.23pm still meet).
PRECISE_CLOCK_SLACK = 2
ROUND_MINUTES = 5  # the steps a rounded time is given in
# A clock time written with a dot ("07.40", "at 7.40"): a time of day, never a count.
_DOTTED_CLOCK = re.compile(r"0\d\.[0-5]\d|(?:[01]?\d|2[0-3])\.[0-5]\d")
_AT = re.compile(r"\b(?:at|from|until|till|by|after|before)\s+$", re.IGNORECASE)
# A wire editor's paragraph reference ("graf 19 pvs", "2nd graf pvs") counts nothing.
_GRAF = re.compile(r"\bgrafs?\s+$|^(?:st|nd|rd|th)?\s+grafs?\b", re.IGNORECASE)


def _not_a_figure(text: str, match: re.Match[str]) -> bool:
    """A number that is no quantity of the story: a dotted clock time ('left at 07.40'), a
    wire paragraph reference ('graf 5 pvs'), a slashed ratio over 1 ('2.5/1')."""
    core = match.group()
    if match.group("outof"):
        score, total = core.split("/")
        return float(score) > float(total)  # '2.5/1' is a ratio, no score out of a total
    before = text[max(0, match.start() - 8) : match.start()]
    if _GRAF.search(before) or _GRAF.match(text, match.end()):
        return True
    if not _DOTTED_CLOCK.fullmatch(core):
        return False
    unit = _UNIT_AFTER.match(text, match.end())
    if unit is not None and unit.group("unit"):
        return False  # "at 3.50 dollars", "at 2.45 percent"
    return core.startswith("0") or bool(_AT.search(before))


# Dimensions news converts in brackets: "380 kilometers (235 miles)". Not counts ("12 (15)"
# is a correction or a score) nor currencies (never converted here).
CONVERTIBLE = frozenset({"distance", "speed", "weight", "area", "volume"})
# (a compound adjective keeps its word on both readings: 'a 30-meter-long (100-foot-long) row')
_CONVERSION_OPEN = re.compile(r"(?:-[a-z]+)?\s*\(\s*$")
_CONVERSION_CLOSE = re.compile(r"(?:-[a-z]+)?\s*\)")


# Relative slack between values written in different units (miles vs kilometres, hours vs
# minutes): news rounds conversions to whole numbers, so 235 miles is 378 km, not 380.
CONVERSION = 0.02
# ...and where both figures are round, either may be the conversion's own rounding: '30 miles'
# is 48.3 km, written '50 km' (a figure with a trailing zero rounds to its last non-zero digit,
# half a step either way), up to this much: '40 miles' (64.4 km) against '70 km' stays a
# disagreement (8.7% apart), '90 mph' against '80 knots' (92.1 mph, 2.3%) does not.
MAX_CONVERSION_ROUNDING = 0.06
# ...but a one-digit whole figure against a figure with decimals gets no more than this: '6ft'
# is 1.83 m, which a converting writer gives as '1.8m' (1.6% off) and never as '1.9m' (3.9%),
# the conversion of 6ft 3in; and a one-digit figure's own half step (8% for '6') would make
# both agree. 3% keeps '5 miles' / '8.1 km' (0.6%) and '3ft' / '0.9m' (1.6%) together.
MAX_SMALL_FIGURE_ROUNDING = 0.03
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def conversion_slack(a: Quantity, b: Quantity) -> float:
    """The relative slack two figures written in two units meet within: none in one unit or
    for temperatures (their reading carries their rounding); CONVERSION where either is
    hedged (a hedge already says how far a figure is rounded); else up to
    MAX_CONVERSION_ROUNDING, for two measures the rounding either figure surely has (a whole
    '13ft' is 12.5 to 13.5 feet, so it meets '4.1 metres', 13.45 feet; '20 metres a second' is
    19.5 to 20.5, not 43 mph) or the rounding of trailing zeros both may have ('30 miles' /
    '50 km'); for figures of another kind, two spellings of one unit or hours against minutes,
    only the latter ('EUR 2.4m' / '3 million euros' stay apart: money is never converted)."""
    if a.written_unit == b.written_unit or a.dimension == "temperature":
        return 0.0
    if a.dimension in CONVERTIBLE and _unit_size(a) == _unit_size(b):
        return 0.0  # one unit spelled two ways ('120 km' / '122-kilometre'): no conversion
    if a.hedge is not None or b.hedge is not None:
        return CONVERSION
    rounding = min(_half_step(a), _half_step(b))
    if a.dimension in CONVERTIBLE:
        rounding = max(rounding, _half_step(a, zeros=False), _half_step(b, zeros=False))
    return max(CONVERSION, min(_max_rounding(a, b), rounding))


def _max_rounding(a: Quantity, b: Quantity) -> float:
    """MAX_CONVERSION_ROUNDING, or MAX_SMALL_FIGURE_ROUNDING where a one-digit whole figure
    meets a figure with decimals: a decimal is written from a conversion's exact value."""
    numbers = [_WRITTEN_NUMBER.search(q.text) for q in (a, b)]
    said = [found.group() for found in numbers if found is not None]
    small = any(len(n) == 1 for n in said) and any("." in n for n in said)
    return MAX_SMALL_FIGURE_ROUNDING if small else MAX_CONVERSION_ROUNDING


def _unit_size(quantity: Quantity) -> float | None:
    """The size of the figure's unit as written, in the unit it is read in ('km' and
    'kilometre' 1.0, 'mile' 1.609)."""
    word = quantity.written_unit
    return None if word is None else _normalise_unit(word, None, False)[2]


def _half_step(quantity: Quantity, zeros: bool = True) -> float:
    """Half the step a written whole number is rounded to, relative to it: '90' 5/90 (0.5/90
    without its trailing ``zeros``), '235' 0.5/235; 0 for a decimal or a number not written in
    digits."""
    parted = _PARTED.search(quantity.text)
    if parted is not None:  # '6ft 2in' is rounded to its inch: half an inch of 74
        per = _part_sizes(parted)[0]
        return 0.5 / (float(parted.group("big")) * per + float(parted.group("small")))
    found = _WRITTEN_NUMBER.search(quantity.text)
    if found is None or "." in found.group():
        return 0.0
    digits = found.group().replace(",", "")
    step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return (step if zeros else 1.0) / 2 / max(float(digits), 1.0)


def _with_conversions(text: str, found: list[Quantity]) -> tuple[Quantity, ...]:
    """'four kilometers (two miles)' is one quantity written twice: its interval spans both
    readings, since either may be the rounded one. Only two different unit words of one
    convertible dimension."""
    merged: list[Quantity] = []
    for quantity in found:
        previous = merged[-1] if merged else None
        close = _CONVERSION_CLOSE.match(text, quantity.end)
        if (
            previous is not None
            and close is not None
            and previous.unit == quantity.unit
            and previous.dimension in CONVERTIBLE
            and previous.written_unit != quantity.written_unit
            and _CONVERSION_OPEN.search(text[previous.end : quantity.start])
        ):
            merged[-1] = _merge(text, previous, quantity, close.end())
        else:
            merged.append(quantity)
    return tuple(merged)


# A measure written in two units of one system, the larger first: '13ft 5in', '6 ft 2 ins',
# '6ft 2 tall', '20st 4lb', '20 stone 4lb', '7lb 8oz', '7 pounds, 8 ounces' is one figure, the
# sum of its parts (read apart, '13ft' met another report's '4.1 metres' as 3.96 m and the
# '5in' as a second figure; '7lb' met a baby's '3.4kg' as 3.18 kg and the '8' was a count). A
# bare second figure is inches only straight before a word of height or the sentence's end
# ('6ft 2 tall'; never '6ft 2 men', '6ft 2.4 metres'); pounds and ounces are always named. A
# comma may stand between pounds and ounces only, as birth notices write a weight ('7 lbs, 8
# oz'); ounces are no unit of their own ('eight ounces of flour', 'an 8oz steak' stay as read).
_PARTED = re.compile(
    r"(?<![\w.,])(?P<big>\d{1,2})\s?"
    r"(?:(?P<feet>ft|feet|foot)|(?P<stone>st|stone)|(?P<pounds>lbs?|pounds?))\.?"
    r"(?(pounds),?)\s*(?:and\s+)?(?P<small>\d{1,2}(?:\.\d)?)"
    # (an abbreviation's point only before a word, never the sentence's stop: '30ft 6in.')
    r"(?:(?(feet)\s?(?:inch(?:es)?|ins?)\b(?:\.(?=\s+[a-z]))?"
    r"|(?(stone)\s?(?:lbs?|pounds?)\b|\s?(?:oz|ounces?)\b(?:\.(?=\s+[a-z]))?))"
    r"|(?(feet)(?=\s+(?:tall|high|long|wide|deep)\b|\s*[.;)]?\s*$)|(?!)))",
    re.IGNORECASE,
)
# The second unit's size in the first's, both in the unit the measure is read in, and the
# unit word the joined measure is written in (its last part's, as the unit reader keys it).
_FEET = (12.0, _KM["ft"], _KM["inch"], "inche")
_STONE = (14.0, _TONNES["stone"], _TONNES["lb"], "pound")
_POUNDS = (16.0, _TONNES["lb"], _TONNES["ounce"], "ounce")
_BETWEEN_PARTS = re.compile(r"\s*(?:and\s+)?")
_PART_UNITS = frozenset({("feet", "inche"), ("foot", "inche"), ("stone", "pound")})
# Ounces spelled out after pounds spelled out: 'seven pounds eight ounces' ('eight' is read as a
# count of ounces, since ounces are no unit); the comma as in ``_PARTED``.
_POUND_WORDS = frozenset({"pound", "lb"})
_BETWEEN_POUNDS_AND_OUNCES = re.compile(r",?\s*(?:and\s+)?")
_OUNCES_AFTER = re.compile(r"\s?(?:ounces?|oz)\b", re.IGNORECASE)


def _part_sizes(parted: re.Match[str]) -> tuple[float, float, float, str]:
    """``_FEET``, ``_STONE`` or ``_POUNDS``: the sizes of the measure ``parted`` reads."""
    if parted.group("feet"):
        return _FEET
    return _STONE if parted.group("stone") else _POUNDS


def _with_parts(text: str, found: list[Quantity]) -> list[Quantity]:
    """'13ft 5in' read as one length (the sum of its feet and inches), '20st 4lb' as one
    weight: the quantities read inside it give way to it."""
    joined = [q for q in (_parted(text, m, found) for m in _PARTED.finditer(text)) if q]
    kept = [q for q in found if not any(j.start <= q.start < j.end for j in joined)]
    return _worded_parts(text, sorted(kept + joined, key=lambda q: q.start))


def _parted(text: str, parted: re.Match[str], found: list[Quantity]) -> Quantity | None:
    """The one figure '6ft 2in' is, read from the quantity its first (else its second) part
    was read as (for its hedge); None where a part is out of range ('6ft 14in') or was read
    as something else."""
    per, big_size, small_size, written = _part_sizes(parted)
    small = float(parted.group("small"))
    within = [q for q in found if q.start < parted.end() and q.end > parted.start()]
    dimension = "distance" if parted.group("feet") else "weight"
    if small >= per or not within or within[0].dimension != dimension:
        return None
    base = within[0]
    value = float(parted.group("big")) * big_size + small * small_size
    start = min(base.start, parted.start())  # (a hedge read before the first part)
    low, high = (base.low / base.value, base.high / base.value) if base.value else (1.0, 1.0)
    return replace(
        base,
        text=text[start : parted.end()],
        low=value * low,
        high=value * high,
        start=start,
        end=parted.end(),
        value=value,
        hedge=base.hedge if base.start <= parted.start() else None,
        written_unit=written,
    )


def _worded_parts(text: str, found: list[Quantity]) -> list[Quantity]:
    """'six feet two inches', 'fifteen stone four pounds', 'seven pounds eight ounces': the
    two parts as one figure (the larger part's reading, the parts' sum)."""
    merged: list[Quantity] = []
    for quantity in found:
        previous = merged[-1] if merged else None
        second = None if previous is None else _second_part(text, previous, quantity)
        if previous is not None and second is not None:
            merged[-1] = replace(
                previous,
                text=text[previous.start : second.end],
                low=previous.low + second.low,
                high=previous.high + second.high,
                end=second.end,
                value=previous.value + second.value,
                noun=previous.noun or second.noun,
                written_unit=second.written_unit,
            )
        else:
            merged.append(quantity)
    return merged


def _second_part(text: str, previous: Quantity, quantity: Quantity) -> Quantity | None:
    """``quantity`` as the second part of a measure ``previous`` begins ('two inches' after
    'six feet', 'eight ounces' after 'seven pounds', read as a weight), or None."""
    if quantity.hedge is not None:
        return None
    if (previous.written_unit, quantity.written_unit) in _PART_UNITS:
        return quantity if _BETWEEN_PARTS.fullmatch(text, previous.end, quantity.start) else None
    ounces = _OUNCES_AFTER.match(text, quantity.end)
    if (
        previous.dimension != "weight"
        or previous.written_unit not in _POUND_WORDS
        or quantity.dimension != "count"
        or ounces is None
        or not _BETWEEN_POUNDS_AND_OUNCES.fullmatch(text, previous.end, quantity.start)
        or not 0 < quantity.value < _POUNDS[0]
    ):
        return None
    weight = quantity.value * _POUNDS[2]
    # (the count's noun 'ounces' is the unit, no thing weighed)
    return replace(
        quantity,
        low=weight,
        high=weight,
        value=weight,
        end=ounces.end(),
        noun=None,
        written_unit="ounce",
    )


def a_first_part(first: Quantity, second: Quantity) -> bool:
    """Is one figure the other's first part alone ('6ft' / '6ft 2in', '15 stone' / '15st
    4lb')? The first part is the whole rounded down, no disagreement."""
    return _first_part_of(first, second) or _first_part_of(second, first)


# A first part's unit: its size in the unit its measure is read in, and what a measure in
# two parts that begins with it is written in (its last part's unit, ``_with_parts``).
_FIRST_PARTS = {
    "ft": (_KM["ft"], "inche"),
    "feet": (_KM["ft"], "inche"),
    "foot": (_KM["ft"], "inche"),
    "stone": (_TONNES["stone"], "pound"),
    "pound": (_TONNES["lb"], "ounce"),
    "lb": (_TONNES["lb"], "ounce"),
}


def _first_part_of(part: Quantity, whole: Quantity) -> bool:
    """'6ft' of '6ft 2in' ('six feet' of 'six feet two inches', '7lb' of '7lb 8oz'): a whole
    number of the first part's unit, less than one of it below the whole."""
    size, last = _FIRST_PARTS.get(part.written_unit or "", (0.0, None))
    if last is None or whole.written_unit != last or part.unit != whole.unit:
        return False
    whole_units = math.isclose(part.value / size, round(part.value / size), abs_tol=1e-6)
    return whole_units and 0.0 < whole.value - part.value < size * (1 - 1e-6)


# How often something comes, in times an hour (dimension "frequency"): 'a train every 20
# minutes' and 'three trains an hour' are one service (read before as a length of 20 minutes
# and a count of 3, never compared). Only by the minute or the hour: 'ten a day' or '30 a year'
# stays a count, as other reports give such counts with the period left out ('30 people die
# each year' has no figure of its own).
PER_HOUR = "per hour"
_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
_EVERY_UNITS = frozenset({"minute", "min", "hour", "hr"})
# Only the thing counted, or nothing, between the count and its period: 'three trains an
# hour', 'six a minute'; never a verb or a preposition of a length ('Three died within an
# hour', '5 trapped for an hour', 'The 12 passengers waited an hour' are counts and a length).
_TIMES_PER = re.compile(
    r"(?:\s+(?!(?:within|in|for|over|under|after|took|spent|waited|lasted|\w+ed)\b)[a-z]+)?"
    r"\s+(?:an?|per|each)\s+(?P<per>minute|hour)\b(?!['’])"
    # ('two an hour later' or 'two men an hour into the search' says when; 'two boats an hour
    # apart', 'an hour's drive' (above) or 'an hour from the camp' how far; 'a minute or so'
    # is a length)
    r"(?!\s+(?:later|earlier|ago|before|after|or|into|apart|away|from|of|drive|walk)\b|-)",
    re.IGNORECASE,
)
# Times an hour a figure a minute or an hour is.
_TO_PER_HOUR = {"minute": 60.0, "hour": 1.0}


def _as_rate(text: str, quantity: Quantity) -> Quantity:
    """'every 20 minutes' (three times an hour) or 'three trains an hour' as a frequency; any
    other quantity as read."""
    start = quantity.start
    # ('every ' is six characters; eight lets a second space or a line break in)
    every = _EVERY_BEFORE.search(text, max(0, start - 8), start)
    if every and quantity.dimension == "duration" and quantity.written_unit in _EVERY_UNITS:
        if quantity.low <= 0 or math.isinf(quantity.high):
            return quantity
        return replace(
            quantity,
            text=text[every.start() : quantity.end],
            low=60.0 / quantity.high,
            high=60.0 / quantity.low,
            unit=PER_HOUR,
            dimension="frequency",
            start=every.start(),
            value=60.0 / quantity.value,
            written_unit="every",
        )
    per = _TIMES_PER.match(text, quantity.end) if quantity.dimension == "count" else None
    if per is None or quantity.hedge == "vague":
        return quantity
    times = _TO_PER_HOUR[per.group("per").lower()]
    return replace(
        quantity,
        low=quantity.low * times,
        high=quantity.high * times,
        unit=PER_HOUR,
        dimension="frequency",
        value=quantity.value * times,
        written_unit=PER_HOUR,
    )


def _merge(text: str, first: Quantity, second: Quantity, end: int) -> Quantity:
    return Quantity(
        text[first.start : end],
        min(first.low, second.low),
        max(first.high, second.high),
        first.unit,
        first.dimension,
        first.start,
        end,
        first.value,
        first.noun or second.noun,
        first.hedge or second.hedge,
        first.written_unit,
        first.worded,
        first.limit or second.limit,
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Does [start, end) overlap a span of ``spans`` (sorted, disjoint)? Binary search."""
    at = bisect.bisect_right(spans, (start, math.inf))
    return any(s < end and start < e for s, e in spans[max(0, at - 1) : at + 1])


def _core_value(match: re.Match[str]) -> tuple[float, float] | None:
    """The number a core match denotes, as (low, high); None if it is not a number."""
    for group, value in _FIXED.items():
        if match.group(group):
            return value
    if vague := match.group("vague"):
        low, high = VAGUE[vague.lower()]
        scale = _VAGUE_SCALE.get((match.group("vaguescale") or "").lower(), 1.0)
        return low * scale, high * scale
    for group, percent in (("share", _share_percent), ("ratio", _ratio_percent)):
        if share := match.group(group):
            part = percent(share)
            return None if part >= FULL_SHARE else (part, part)
    if (fraction := _written_fraction(match)) is not None:
        return fraction, fraction
    if digits := match.group("digits"):
        number = float(re.sub(r"[,\s]", "", digits))
        return number, number
    spelled = words_to_number(match.group("words"))
    return None if spelled is None else (spelled, spelled)


def _written_fraction(match: re.Match[str]) -> float | None:
    """A whole number and a fraction: '3 1/2' and '3½' are 3.5; a score out of a total, '6.5/9',
    its score 6.5; None for any other core."""
    if mixed := match.group("mixed"):  # "3 1/2 hours"
        whole, fraction = mixed.split()
        numerator, denominator = fraction.split("/")
        return int(whole) + int(numerator) / int(denominator)
    if vulgar := match.group("vulgar"):  # "6½ points"
        return int(vulgar[:-1]) + unicodedata.numeric(vulgar[-1])
    if out_of := match.group("outof"):  # "6.5/9": the score (``_not_a_figure`` checks it)
        return float(out_of.split("/")[0])
    return None


def _share_percent(share: str) -> float:
    """'a quarter' -> 25.0, 'two-thirds' -> 66.67 (as a percentage)."""
    *count, part = re.split(r"[\s-]+", share.lower())
    how_many = 1.0 if not count or count[0] in {"a", "one"} else _WORD_VALUE[count[0]]
    return round(100.0 * how_many / _FRACTION[part.rstrip("s")], 2)


def _ratio_percent(ratio: str) -> float:
    """'four in ten' -> 40.0, 'one in every five' -> 20.0, '3 out of 100' -> 3.0."""
    words = ratio.lower().split()
    part, whole = words[0], words[-1]
    value = {"hundred": 100.0, **_WORD_VALUE}
    number = float(part) if part.isdigit() else value[part]
    return round(100.0 * number / (float(whole) if whole.isdigit() else value[whole]), 2)


_DECIMAL_DIGIT = {"nought": 0.0, **{w: v for w, v in _WORD_VALUE.items() if v < 10}}


def words_to_number(words: str) -> float | None:
    """'seven and a half' -> 7.5, 'two hundred thousand' -> 200000, 'four point two million'
    -> 4200000; None for a bare scale word."""
    total, current, seen_digit = 0.0, 0.0, False
    tokens = re.split(r"[\s-]+", words.lower())
    if tokens[0] in {"a", "an"} and tokens[1:2] and tokens[1] in _SCALE:  # 'a hundred'
        tokens, current, seen_digit = tokens[1:], 1.0, True
    place = 1.0  # the value of a digit said after 'point': 0.1, then 0.01 ...
    for token in tokens:
        if token == "point":
            place = 0.1
        elif place < 1.0 and token in _DECIMAL_DIGIT:
            current += _DECIMAL_DIGIT[token] * place
            place /= 10.0
        elif token in _WORD_VALUE:
            current += _WORD_VALUE[token]
            seen_digit = True
        elif token == "dozen":
            current = (current or 1.0) * 12.0
            seen_digit = True
        elif token == "hundred":
            current = (current or 1.0) * 100.0
        elif token in _SCALE:
            total += (current or 1.0) * _SCALE[token]
            current = 0.0
        elif token == "half":
            current += 0.5
    if not seen_digit:
        return None
    return total + current


def _no_measure(text: str, match: re.Match[str]) -> bool:
    """'the 07.40 service', '07': a clock time or a code; 'an hour later': a moment ('a mile'
    or 'an hour' measures only after a hedge or before what it measures: _A_UNIT_MEASURES; 'a
    week' only after a hedge or a verb of lasting: _A_LENGTH_AFTER)."""
    if re.match(r"0\d", match.group("digits") or ""):
        return True
    start = match.start()  # (a window, not the whole text before: linear on a long line)
    before = text[max(0, start - _A_UNIT_REACH) : start]
    if match.group("alength"):
        gate = _A_LENGTH_AFTER.search(before)
        follower = _WORD_AFTER_UNIT.match(text, match.end())
        noun_after = follower is not None and not _LENGTH_FOLLOWER.fullmatch(follower.group(1))
        return (
            gate is None
            or noun_after
            or _NO_LENGTH_FOR.search(before) is not None
            or bool(gate.group("hedge") and _A_POINT_AFTER.match(text, match.end()))
        )
    return (
        bool(match.group("aunit"))
        and not _A_UNIT_AFTER.search(before)
        and not _A_UNIT_MEASURES.match(text, match.end())
    )


def _quantity(text: str, match: re.Match[str]) -> Quantity | None:
    value = _core_value(match)
    if value is None or _is_score(text, match.end(), value[0]) or _no_measure(text, match):
        return None
    low, high = value
    start, end = match.start(), match.end()
    before = text[max(0, start - _BEFORE) : start]
    currency, start = _currency(before, start)
    low, high, end, multiplier = _scaled(text, end, low, high)
    if _former_value(text, end, match):
        return None
    low, high, end = _ranged(text, end, (low, high, multiplier), match, currency)
    of = _OF_AFTER.match(text, end) if match.group("couple") else None
    end = of.end() if of else end
    unit_match = _UNIT_AFTER.match(text, end, min(len(text), end + _AFTER))
    unit, dimension, factor, end, noun, plus = _unit(text, unit_match, end, currency)
    noun = _unless_a_model(text, start, end, noun)
    noun = _per_what(text, end, dimension) or _of_a_group(before, dimension, noun)
    noun = SPEED_LIMIT if _a_speed_limit(text, start, end, dimension) else noun
    scaled = multiplier > 1 or _WORD_SCALE.search(match.group(0)) is not None
    if dimension == "weight" and _pounds_sterling(text, before, end, scaled, unit_match):
        unit, dimension, factor = "GBP", "money", 1.0
    if anda := match.group("anda") or match.group("andquarter"):  # "an hour and a half"
        unit, dimension, factor = _normalise_unit(anda.split()[1].lower(), None, False)
        unit_match = None
    elif own_unit := next((g for g in _OWN_UNIT if match.group(g)), None):
        unit, dimension, factor = _normalise_unit(_OWN_UNIT[own_unit], None, False)
        unit_match, end = None, match.end()
    if _is_year(match, dimension, low, high):
        return None
    if dimension == "count" and _is_age(text, start, end, low):
        dimension, unit, noun = "age", "year", None
    hedge_match = _hedge_before(text, start, end, dimension)
    if hedge_match is not None:
        start -= len(hedge_match.group(0))
    hedge = "atleast" if plus else _hedge_name(hedge_match)
    if match.group("vague"):
        hedge = "vague"
    worded = bool(match.group("alength"))
    low, high = _hedged(low * factor, high * factor, hedge, worded)
    written = None
    if unit_match is not None and unit_match.group("unit"):
        written = unit_match.group("unit").lower().rstrip("s")
    central = value[0] * multiplier * factor
    return Quantity(
        text[start:end],
        low,
        high,
        unit,
        dimension,
        start,
        end,
        central,
        noun,
        hedge,
        written,
        worded,
    )


# A speed that is a road's limit ('doing 90mph in a 60mph limit', 'a 30mph zone'): its noun
# says so, and the pairing stage never compares it with a speed something went at.
SPEED_LIMIT = "limit"
_LIMIT_AFTER = re.compile(r"\s*-?\s*(?:speed\s+)?(?:limits?|zones?|restrictions?)\b", re.I)
# ...or its name straight before the figure, only through a verb of being or of changing it:
# 'the speed limit there is 40mph', 'a limit of 30 mph', 'the limit on the Harl road was
# lowered to 50mph', 'cut from 60mph to 50mph' (both figures). Never a speed something went
# at near the word: 'caught over the speed limit at 95mph', 'within the limit at 28mph',
# 'three times the drink-drive limit and driving at 80mph'.
_LIMIT_BEFORE = re.compile(
    r"\b(?:speed\s+)?limits?(?:\s+there|\s+(?:on|in)(?:\s+[\w']+){1,3}?)?\s+"
    r"(?:(?:is|was)(?:\s+now)?|of|remains|stands\s+at"
    r"|(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+)?(?:cut|lowered|raised|reduced)"
    r"\s+(?:from|(?:from\s+[\d.,]+\s?(?:mph|kph|km/h)\s+)?to))\s+$",
    re.IGNORECASE,
)
# How far before a speed its limit's name is looked for (the longest form above, with three
# words of a road's name, fits in it).
LIMIT_REACH = 80


def _a_speed_limit(text: str, start: int, end: int, dimension: str) -> bool:
    """Is the speed at ``start``-``end`` a road's limit ('a 40mph zone', 'the limit is 40mph'),
    not a speed something went at?"""
    if dimension != "speed":
        return False
    before = _LIMIT_BEFORE.search(text, max(0, start - LIMIT_REACH), start)
    return _LIMIT_AFTER.match(text, end) is not None or before is not None


# What a place or a vehicle holds: one list for every capacity reading below ('can seat 500',
# 'holds 4,200 fans', 'the boat carries up to 12 tonnes'), in base and third-person forms.
_HOLD_VERBS = ("carry", "hold", "take", "seat", "accommodate")
_HOLDS = "|".join(
    form
    for verb in _HOLD_VERBS
    for form in (verb, verb[:-1] + "ies" if verb.endswith("y") else verb + "s")
)
# What a thing can bear, hold or carry, or how it may go: the verbs after a modal or a
# permission that make the figure after them a limit ('can lift 2 tonnes', 'may carry no more
# than 120 passengers', 'licensed to carry 120', 'may travel at up to 70 mph'). Base forms
# only (a modal's or 'to's verb). Not 'reach' ('snow could reach 40 cm' is a forecast), nor
# 'fly', nor 'run' but before a speed's 'at' ('trams may run at no more than 50 km/h'; not 'the
# river could run 2 metres above normal', 'the agency may fly 40 walkers out': a forecast, a
# plan; review of limits34).
_LIMIT_VERBS = (
    rf"(?:{'|'.join(_HOLD_VERBS)}|lift|handle|bear|support|withstand|transport|load|tow|haul"
    r"|store|contain|travel|sail|drive|run(?=\s+at\b))"
)
# A permission or an ability before a figure (the hedge 'up to' may stand after it: 'carried
# up to 16' is read as 16, ``_HEDGE``'s revision rule). Not 'could' before 'be' or 'have' (a
# guess: 'could be under water'), not 'were able to carry 12 to safety' (a deed), not 'built
# for' ('built for £3m' is its cost). Not of a length of time: 'could take three months' is
# how long clearing may last (t-containers-ravensby).
_GRANT_BEFORE = re.compile(
    rf"\b(?:(?:can|cannot|can['’]t)\s+(?:only\s+|safely\s+)?{_LIMIT_VERBS}(?:\s+at)?"
    r"|(?:allowed|permitted|licen[sc]ed|authori[sz]ed|certified|cleared|designed|rated|approved)"
    rf"\s+(?:to\s+{_LIMIT_VERBS}(?:\s+at)?|for)"
    r"|\b(?:is|are|was|were|be|been)\s+(?:only\s+)?(?:allowed|permitted)"
    r")\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
# 'could' and 'may' say a limit less surely than 'can': as often what someone managed or plans
# ('rescuers could lift 14 miners', 'the agency may fly 40 walkers out'). Read a limit after
# them only of a bound ('could carry up to 12', 'may take no more than 120') or of a built thing
# or vehicle that is the verb's subject ('the ferry may carry 120', ``BUILT_THINGS``; review of
# limits34).
_MAYBE_GRANT_BEFORE = re.compile(
    rf"\b(?:(?P<subject>[a-z]+)\s+)?(?:could|may)\s+(?:only\s+|safely\s+)?{_LIMIT_VERBS}"
    r"(?:\s+at)?\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
# A deed after a modal's figure, not a limit: 'could carry 12 people to safety', 'could lift 14
# miners to the surface before the shaft flooded', 'may fly 40 walkers out of the gill', 'could
# only take 4 of the 9 survivors', 'could take 30 children home' (review of limits34). Read in
# the figure's clause, within _DEED_REACH characters.
_DEED_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:to\s+(?:safety|the\s+surface|shore|hospital|land)|out\s+of"
    r"|home\b|of\s+the\s+[\w,]+|before\b|from\s+the\b)",
    re.IGNORECASE,
)
# (four words of a noun phrase and its verb's particle: ' stranded walkers out of' fits)
_DEED_REACH = 60
# What a place or a vehicle holds, said of a count only ('carried up to 16 passengers', 'which
# holds 4,200 fans', 'seats 40', 'room for 900'; not 'held', a deed: 'the bin held 200 pounds
# in donations', nor 'seats for 40 guests were laid out', chairs). Of a measure these say what
# it holds now: 'the silo holds some 3,000 tonnes of wheat', 'diners had to stay in their seats
# for 50 minutes' (t-silo-fernlow, t-picnic-pellbury).
_COUNT_CAPACITY_BEFORE = re.compile(
    rf"\b(?:(?:{_HOLDS}|carried)\s+up\s+to|holds|seats|room\s+for)\s+$", re.IGNORECASE
)
# Before an upper bound ('up to', 'no more than'; ``_HEDGE``'s 'atmost') of a measure, what
# makes it a thing's capacity: 'the boat carries up to 12 tonnes'; not 'snow up to 60 cm deep
# fell', nor a length of time ('takes up to three months').
_BOUND_CAPACITY_BEFORE = re.compile(rf"\b(?:{_HOLDS}|sleeps?)\s+$", re.IGNORECASE)
# The most a law lets a court or an inspector give, of any kind of figure: 'a maximum fine of
# £5,000', 'a maximum sentence of 10 years'; before an upper bound, 'the offence carries fines
# of up to £5,000', 'faces up to ten years', 'could face a fine of up to', 'the inspectorate
# can fine a company up to EUR 500,000', 'punishable by up to'. Not 'fines of up to £5,000
# were handed out' (fines given).
# A maximum only where the law's threat is said ('faces a maximum sentence of', 'carries a
# maximum fine of', 'punishable by a maximum', 'the maximum penalty for the offence is'), never
# given: 'was given the maximum sentence of ten years', 'handed a maximum fine of £20,000',
# 'imposed the maximum jail term of 7 years' are what a court gave (review of limits34).
_PENALTY_NOUN = r"(?:fine|penalty|sentence|(?:jail|prison)\s+term)"
_MAXIMUM_PENALTY_BEFORE = re.compile(
    rf"\b(?:(?:carr(?:y|ies|ying)|faces?|faced|facing|punishable\s+by)\s+(?:a\s+|the\s+)?"
    rf"maximum\s+{_PENALTY_NOUN}\s+of"
    rf"|\bthe\s+maximum\s+{_PENALTY_NOUN}(?:\s+(?:for|on)(?:\s+[\w']+){{1,3}}?)?\s+(?:is|remains))"
    r"\s+$",
    re.IGNORECASE,
)
_PENALTY_BEFORE = re.compile(
    r"\b(?:(?:carr(?:y|ies)|faces?|facing|punishable\s+by)\s+(?:a\s+)?(?:maximum\s+)?"
    r"(?:(?:fines?|penalt(?:y|ies)|sentences?|(?:jail|prison)\s+terms?)\s+of\s+)?"
    r"|(?:can|could|may)\s+(?:fine|jail|imprison)\s+(?:[\w'’]+\s+){0,3})$",
    re.IGNORECASE,
)
# A speed a rule holds a road to: 'the school road is limited to 20 mph', 'restricted to 30
# mph'. Not other figures: 'damage was limited to two homes', 'It is capped at £500' beside
# another outlet's 'advances of up to £500' (t-payroll-brennock) are amounts.
_HELD_TO_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:now\s+)?(?:limited|restricted)\s+to\s+$", re.IGNORECASE
)
# A limit's name before its figure, through a verb of being or 'of': 'a height limit of 4.2
# metres', 'the weight limit is 7.5 tonnes', 'a capacity of 900', 'the concert capacity is
# 48,000'; not 'exceeded the limit by 2 tonnes' (a difference), 'a capacity crowd of 40,000'
# (a crowd), nor 'within the limits of 15 km around the plant' (an area's bounds: the plural).
_LIMIT_NAMED_BEFORE = re.compile(
    r"\b(?:limit|restriction|capacity)(?:\s+(?:on|for)(?:\s+[\w']+){1,3}?)?"
    r"\s+(?:(?:is|was)(?:\s+now)?|of|remains|stands\s+at|set\s+at)\s+$",
    re.IGNORECASE,
)
# ...but not a limit a figure moved by: 'shares fell by the daily limit of 10 percent' is how
# far they fell (tests/test_told_apart_guards.py).
_MOVED_BY_A_LIMIT = re.compile(
    r"\bby\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:limits?|restrictions?)\b", re.I
)
# ...or after it: 'a 7.5-tonne weight limit', 'a 4,200-capacity stadium', 'the 3.8m height
# restriction'. Not a crowd that filled a place: 'the 40,000 capacity crowd', 'a 30,000-capacity
# attendance', 'a capacity house' are people who came (review of limits34).
_LIMIT_NAMED_AFTER = re.compile(
    r"\s*-?\s*(?:(?:weight|height|width|length|load|axle|speed|size)\s+)?"
    r"(?:limits?|restrictions?|capacity\b(?!\s*(?:crowds?|attendances?|houses?|gates?|audiences?)\b))"
    r"\b",
    re.IGNORECASE,
)
# An upper bound of things a rule then lets pass: 'vehicles up to 4.2 metres tall can pass
# under the bridge', 'only vehicles under 7.5 tonnes may use it', 'lorries weighing up to 7.5
# tonnes are allowed'. A plural noun right before the bound (with a participle of measure),
# and in the figure's clause a grant through a verb of use or passage: not 'snow up to 40 cm
# may fall', 'gusts up to 100 km/h may hit' (guesses of an amount), 'up to 30 may have died'.
_BOUNDED_THINGS = re.compile(r"\b[a-z]+s(?:\s+(?:weighing|measuring))?\s+$", re.IGNORECASE)
# (Up to 30 characters between the figure and the grant, in its clause: ' metres tall can pass'
# and ' tonnes are allowed' fit; set from the invented forms of tests/test_figure_limits.py, not
# tuned on the benchmarks: a longer reach would take a grant of another thing in a long clause.)
_GRANT_AFTER = re.compile(
    r"^[^.;:,!?]{0,30}?\b(?:(?:can|may)\s+(?:only\s+|still\s+|safely\s+)?(?:use|pass|cross|enter"
    r"|travel|go|drive|board|park|moor|ride|land|fish|apply|attend|carry|take)"
    r"|(?:are|is)\s+(?:only\s+)?(?:allowed|permitted))\b",
    re.IGNORECASE,
)
# How far before a figure a grant or a limit's name is looked for: 'is allowed up to ' and
# 'may only safely carry at ' fit, as 'the limit on the Harl road was ' does (LIMIT_REACH).
# Set from those forms, not tuned on the benchmarks: it also bounds the look for 'the maximum
# penalty for the offence is ', the longest form read before a figure.
_GRANT_REACH = 40
# Figures no limit is read for: a day, a time, a vote, a magnitude say no capacity, and a
# percentage says how full a place is or how much a thing moved ('the arena was at 90 percent
# capacity' is 'the venue was 90 percent full'; review of limits34).
_NEVER_LIMITS = frozenset({"date", "time", "split", "magnitude", "percent"})


def _as_limit(text: str, quantity: Quantity) -> Quantity:
    """``quantity`` marked a limit when its words say it is one: a road's speed limit
    (``_a_speed_limit``), a limit's name either side, the most a law lets be given, a
    permission, an ability or a capacity before it, or a thing's upper bound a rule lets pass
    (``_GRANT_AFTER``)."""
    if quantity.dimension in _NEVER_LIMITS:
        return quantity
    start, end = quantity.start, quantity.end
    before = text[max(0, start - _GRANT_REACH) : start]
    limit = (
        quantity.noun == SPEED_LIMIT
        or (
            _LIMIT_NAMED_BEFORE.search(before) is not None
            and _MOVED_BY_A_LIMIT.search(before) is None
        )
        or _LIMIT_NAMED_AFTER.match(text, end) is not None
        or _a_penalty_most(before, quantity)
        or (quantity.dimension != "duration" and _a_capacity(text, before, quantity))
    )
    return replace(quantity, limit=True) if limit else quantity


def _a_penalty_most(before: str, quantity: Quantity) -> bool:
    """'a maximum fine of £5,000', 'faces up to ten years': the most a law lets be given."""
    bound = quantity.hedge == "atmost"
    penalty = bound and _PENALTY_BEFORE.search(before) is not None
    return penalty or _MAXIMUM_PENALTY_BEFORE.search(before) is not None


def _a_capacity(text: str, before: str, quantity: Quantity) -> bool:
    """What a thing may or can carry, hold or go at, or what a rule lets pass
    (``_as_limit``)."""
    bound = quantity.hedge == "atmost"
    if quantity.dimension == "count":
        if _COUNT_CAPACITY_BEFORE.search(before) is not None:
            return True
    elif bound and _BOUND_CAPACITY_BEFORE.search(before) is not None:
        return True
    if quantity.dimension == "speed" and _HELD_TO_BEFORE.search(before) is not None:
        return True
    after = text[quantity.end : quantity.end + _GRANT_REACH]
    bounded = bound and _BOUNDED_THINGS.search(before) is not None
    granted = bounded and _GRANT_AFTER.match(after) is not None
    return granted or (_a_granted_most(before, bound) and not _a_deed(text, quantity.end))


def _a_granted_most(before: str, bound: bool) -> bool:
    """'can lift 2 tonnes', 'licensed to carry 120'; after 'could' or 'may', only a bound or a
    built thing's or vehicle's capacity ('may carry up to 120', 'the ferry may carry 120')."""
    if _GRANT_BEFORE.search(before) is not None:
        return True
    maybe = _MAYBE_GRANT_BEFORE.search(before)
    if maybe is None:
        return False
    return bound or (maybe.group("subject") or "").lower() in BUILT_THINGS


def _a_deed(text: str, end: int) -> bool:
    """'could carry 12 people to safety': what was or will be done with the figure."""
    return _DEED_AFTER.match(text[end : end + _DEED_REACH]) is not None


# A product line's sizes, in the model's name: 'the 15-inch MacBook Pro', 'the MBP 17-inch',
# 'a 2-litre Golf'. Two reports' models of two sizes are two products, not a disagreement.
_MODEL_SIZES = frozenset({"inch-size", "litre-size", "liter-size", "megapixel-size"})
# (a capitalised word after the compound, or a capitalised or CamelCase one right before it)
_MODEL_AFTER = re.compile(r"\s*-\s*[a-z]+\s+[A-Z]")
_MODEL_BEFORE = re.compile(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z])\w*\s+$")


# A sum paid per unit of something: 'EUR 180 for each animal', 'EUR 120 a head', '90 euros per
# night', '$25 an hour', '£40 each'. Its noun is RATE + what it is paid for, so rates of one
# thing meet and a rate never meets a total (nor 'an hour later', a time).
RATE = "per "
# What any rate is paid for when written without a noun ('each', 'a head', 'apiece'): a unit of
# whatever the sentence counts.
ANY_UNIT = RATE + "unit"
# The word after 'a', 'per' or 'each' must end the phrase ('£5 a trip.', '£40 each for adults'):
# not 'paid £80,000 a spokesman confirmed', 'a head teacher', 'a one-way ticket', 'each way'
# (review rates18). 'for each animal the wolves killed' needs no end.
_PHRASE_END = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|to|and)\b)"
_PER_WHAT = re.compile(
    r"\s+(?:for\s+(?:each|every)\s+(?P<each_noun>[a-z]{3,})\b"
    rf"|(?:per|an?|each|every)\s+(?!way\b)(?P<noun>[a-z]{{3,}}){_PHRASE_END}"
    rf"|(?P<each>each|apiece){_PHRASE_END})",
    re.IGNORECASE,
)
_ANY_UNIT_WORDS = frozenset({"head", "piece", "one", "unit", "item"})
# Not a sum by the year, month or week ('costs £3.6m a year', 'earn £31,400 a year'): a budget or
# a salary, which other reports give with the period left out (tuning events: two citations of
# one pay deal lost when such sums were rates).
_PERIODS = frozenset({"year", "month", "week", "annum", "fortnight", "quarter"})


def _per_what(text: str, end: int, dimension: str) -> str | None:
    """RATE + the noun a sum is paid for ('for each animal' -> 'per animal'), or None."""
    found = _PER_WHAT.match(text, end) if dimension == "money" else None
    if found is None:
        return None
    noun = (found.group("noun") or found.group("each_noun") or "").lower()
    if not noun or noun in _ANY_UNIT_WORDS:
        return ANY_UNIT
    return None if noun in _NOT_NOUNS or noun in _PERIODS else RATE + noun


def _of_a_group(before: str, dimension: str, noun: str | None) -> str | None:
    """A bare count after a group said by its size counts the group: 'with a crew of 19'."""
    group = _GROUP_OF.search(before) if dimension == "count" and noun is None else None
    if group is None:
        return noun
    watching = group.group("group").lower() in _WATCHING_GROUPS
    if watching and _ROOM_FOR.search(before[max(0, group.start() - 40) : group.end()]):
        return noun  # 'can hold a crowd of 25,000': the room's size, not who came
    return group.group("group").lower()


def _unless_a_model(text: str, start: int, end: int, noun: str | None) -> str | None:
    """No counted noun for a size in a model's name ('the 17-inch MacBook Pro'): a name, not a
    measure to compare."""
    if noun not in _MODEL_SIZES:
        return noun
    before = text[max(0, start - 20) : start]
    return None if _MODEL_AFTER.match(text, end) or _MODEL_BEFORE.search(before) else noun


def _is_score(text: str, end: int, value: float) -> bool:
    """'beat the Braves 3-0', 'trailed 5-2': a score, not a quantity (ranges rise: '10-12')."""
    score = _SCORE.match(text, end)
    return score is not None and float(score.group(1)) <= value


def _is_age(text: str, start: int, end: int, value: float) -> bool:
    """'aged 60', and the news apposition 'Pinochet, 82, was arrested'."""
    if _PREFIX_HINT.search(text[max(0, start - 8) : start]):
        return True
    before = text[max(0, start - BEFORE_AGE) : start]
    if not 1 <= value <= 120:
        return False
    apposed = _in_apposition(text, before, end) and not _A_LIST_OF_NUMBERS.match(text, end)
    if apposed or _bracketed_after_name(text, before, start, end):  # 'Mara Oyelaran (41)'
        return True
    if _OPENING_AT.search(text[:start]) and text.startswith(",", end):
        return True  # 'At 78, Hallgrim Toft refused to leave'
    event = AGE_AT_EVENT_RE.search(before)
    if event and _AGE_END.match(text, end) and (not event.group("at") or value >= MIN_BARE_AT_AGE):
        return True  # 'died of tuberculosis at 44 and', 'at the age of 6.'
    return _said_of_a_person(text, before, end) or _said_of_a_named_role(text, start, end)


def _said_of_a_person(text: str, before: str, end: int) -> bool:
    """'The man is 43 and', 'The driver, who is 52,', 'Tomas Breck, who is 49,': a number said
    of a person, by role or by name; 'a woman of 64 was': a person of that number."""
    said = (form.search(before) for form in (_ROLE_IS, _ROLE_WHO_IS, _ROLE_NAME_IS))
    said_of_role = any(role and _presents_a_person(role.group("role")) for role in said)
    named = bool(_WHO_IS.search(before) or _named_is(before))
    if (said_of_role or named) and _AGE_END.match(text, end):
        return True
    of = _ROLE_OF.search(before)
    of_a_person = of is not None and person_noun(of["role"]) and of["role"] not in _HEADS_OF
    if of_a_person and (place := _FROM_A_PLACE.match(text, end)):
        end = place.end()  # 'a woman of 34 from Thelby is'
    return of_a_person and bool(_AGE_END.match(text, end) or _VERB_AFTER.match(text, end))


def _presents_a_person(role: str) -> bool:
    """A person noun, or a word of family before a name ('mum Ilka')."""
    return person_noun(role) or role in KIN or role in HOMELY_KIN


def _said_of_a_named_role(text: str, start: int, end: int) -> bool:
    """'Nia Marr, the girl who was worst hurt, is 11 and': a number said of a person named, with
    a role in apposition between; not of a place ('Orrin Vale, the town worst hit, is 40')."""
    apposed = _NAME_ROLE_IS.search(text, max(0, start - BEFORE_APPOSED_AGE), start)
    return bool(apposed and person_noun(apposed["role"]) and _AGE_END.match(text, end))


def _in_apposition(text: str, before: str, end: int) -> bool:
    """'Pinochet, 82, was', 'The fireman, 23,', and at a sentence's end after a role and its
    name: 'the warden, Idris Menheniot, 61.'"""
    if _APPOSITION_END.match(text, end) and _after_person(before):
        return True
    return bool(_SENTENCE_END.match(text, end)) and _after_named_role(before)


def _bracketed_after_name(text: str, before: str, start: int, end: int) -> bool:
    """'Mara Oyelaran (41)': one or two digits alone in brackets right after a person's name."""
    if not _BRACKET_AGE.fullmatch(text, start, end):
        return False
    named = _NAME_BRACKET.search(before)
    if named is None or int(text[start:end]) < MIN_BRACKET_AGE:
        return False
    if "," in named.group(0) and not _COMMA_BRACKET_CLOSE.match(text, end):
        return False
    if not (_bracket_closed(text, end) or _role_then_deed(text, before, named, (start, end))):
        return False
    if not _a_bracketed_name(before, named):
        return False
    sentence = _sentence_around(text, start, end)
    tally = _tally_near(sentence, text[start:end])
    return not tally and len(_ANOTHER_BRACKET.findall(sentence)) == 1


def _bracket_closed(text: str, end: int) -> bool:
    """What follows a bracketed number ends an age's noun phrase: a stop, 'and', or a verb a
    person is the subject of (``_BRACKET_CLOSE``, ``_PERSON_PAST_AFTER``,
    ``_BRACKET_PRESENT_VERB``)."""
    return any(
        shape.match(text, end)
        for shape in (_BRACKET_CLOSE, _PERSON_PAST_AFTER, _BRACKET_PRESENT_VERB)
    )


def _role_then_deed(text: str, before: str, named: re.Match[str], span: tuple[int, int]) -> bool:
    """A verb in the past after the bracket, and a role naming the person in or right before the
    name ('Farmer Ewan Tarrow (64) found', 'the shepherd Ewan Tarrow (64) found')."""
    start, end = span
    past = _PAST_AFTER.match(text, end)
    if past is None or past.group("verb") in _NO_AGE_VERBS:
        return False
    roles = [named.group("name").split()[0], *before[: named.start()].split()[-1:]]
    roles = [r.lower() for r in roles if person_noun(r) and r.lower() not in _PLAYING_ROLES]
    too_old = int(text[start:end]) >= ADULT_AGE and not _YOUNG_ROLES.isdisjoint(roles)
    return bool(roles) and not too_old


def _a_bracketed_name(before: str, named: re.Match[str]) -> bool:
    """Whether the name before a bracket is a person's: not a boat's or a pub's after a
    lower-case 'the' unless a title is in it, nor a place's or a firm's."""
    words = named.group("name").split()
    titled = any(word.lower().strip(".") in _TITLES_AFTER_THE for word in words)
    if _THE_BEFORE.search(before, 0, named.start()) and not titled:
        return False
    if words[0] in _NOT_NAME_OPENINGS or words[-1] in _NO_PERSONS_NAME:
        return False
    return not any(word in _PLACE_NAME_WORDS for word in words)


def _tally_near(sentence: str, number: str) -> bool:
    """A word of a tally in the sentence, a length in hours and minutes not counted."""
    lengths = _HOURS_AND_MINUTES.sub(
        lambda length: length[0] if length["minutes"] == number else "", sentence
    )
    return bool(_TALLY_NEAR.search(lengths))


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span stands in, bounded by stops (a text is often one sentence)."""
    opened = max((m.end() for m in _SENTENCE_BOUND.finditer(text, 0, start)), default=0)
    closed = _SENTENCE_BOUND.search(text, end)
    return text[opened : closed.start() if closed else len(text)]


def _after_person(before: str) -> bool:
    """A number in apposition after a person: a name ('Pinochet, 82,'), not a street's ('Harbour
    Road, 45,') nor a firm's ('Kelby Boats, 12,'); or a role ('The fireman, 23,', 'a nurse from
    Kelby, 29,')."""
    name = _AFTER_NAME.search(before)
    if name is not None and name.group("name") not in _NO_PERSONS_NAME:
        return True
    role = _AFTER_ROLE.search(before)
    return role is not None and person_noun(role.group("role"))


def _after_named_role(before: str) -> bool:
    """A person's role and the name set beside it, or 'named as' a name, right before."""
    named = _ROLE_NAME_AGE.search(before)
    if named is None or before.rstrip(", ").split()[-1] in _NO_PERSONS_NAME:
        return False  # ('the landlord, Harbour Road, 45.' is an address, 'Kelby Boats' a firm)
    role = named.group("role")
    return role is None or person_noun(role)


def _named_is(before: str) -> bool:
    """'The master of the Selma Brun, Arvid Dahl, is': an age said of a person named in
    apposition; not of a place named so ('the toll in the worst-hit province, Vell Marra, is')."""
    named = _NAME_IS.search(before)
    described = before[: named.start()].split()[-1:] if named else []
    return bool(named) and not (described and described[0].lower() in _PLACE_NOUNS)


def _currency(before: str, start: int) -> tuple[str | None, int]:
    sign = _CURRENCY_SIGN.search(before)
    if sign is None:
        return None, start
    raw = re.sub(r"[\s.]", "", sign.group("cur")).lower().replace("us", "")
    code = _SIGN_CODE.get(raw, "USD")
    return ("crowns" if code in _CROWN_CODES else code), start - len(sign.group(0))


def _scaled(text: str, end: int, low: float, high: float) -> tuple[float, float, int, float]:
    """'95bn', '2.5 million': the number times its scale word, and the scale."""
    scale = _SCALE_AFTER.match(text, end)
    if scale is None:
        return low, high, end, 1.0
    word = (scale.group("scale") or scale.group("wscale")).lower()
    factor = _SUFFIX_SCALE[word]
    if scale.group("scale") and word in {"m", "b"} and not _looks_money(text, end):
        return low, high, end, 1.0
    return low * factor, high * factor, scale.end(), factor


def _looks_money(text: str, end: int) -> bool:
    # "5m" after a currency sign is five million; "5 m" elsewhere may be metres. (A fraction
    # glyph is part of the sum: '£2½m' is £2.5 million as '£2.5m' is; '2½m high' is metres.)
    sum_before = rf"(?:[$£€¥]|\b(?:{_CODES}))\s?[\d.,]+[{_VULGAR_FRACTIONS}]?$"
    return bool(re.search(sum_before, text[max(0, end - 20) : end]))


# A change from one figure to another: 'the toll rose from 10 to 12', 'cut the price from $30 to
# $25' (not a range: the first figure is the one before the change, ``_former_value``). The verb
# is at most 40 characters before "from" (its object between: 'cut the price of a ticket from'),
# so 60 characters before the figure are read; a range of values ('ranging from 10 to 20') is
# not a change.
_CHANGE_REACH = 60
_TO_THE_NEW_FIGURE = re.compile(
    r"\s*(?:%|per\s*cent|percent|[a-z]+(?:\s+[a-z]+)?)?\s*(?:-|–|to)\s*"
    rf"(?:[$£€¥]?\d|(?:{_NUMWORD})\b(?!(?<=\bone)\s+of\b))",
    re.IGNORECASE,
)
_CHANGED_FROM = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|climb\w*|dropp?\w*"
    r"|jump\w*|gr[eo]w\w*|rais\w*|cut|cuts|cutting|lower\w*|revis\w*|soar\w*|plung\w*"
    r"|slipp?\w*|surg\w*|doubl\w*|tripl\w*|halv\w*|shr[iau]nk\w*|went|gone|moved?|changed?)"
    r"\b[^.;:]{0,40}?(?<!ranging )(?<!varying )(?<!range )\bfrom\s+[$£€¥]?$"
    # ('up from 10 to 12'; not 'picked up survivors from 10 to 15 km offshore')
    r"|\b(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per\s*cent)\s*,?\s+)?from\s+[$£€¥]?$",
    re.IGNORECASE,
)


def _former_value(text: str, end: int, core: re.Match[str]) -> bool:
    """The figure a change started from ('the toll rose from 10 to 12'): not what the report
    gives now, so not compared with other reports' figures; the figure it changed to is."""
    # (the unit may come after both figures or after each: 'from 3.5% to 4%', 'from 10 people
    # to 12')
    after = _TO_THE_NEW_FIGURE.match(text, end, end + _CHANGE_REACH)
    return bool(after) and bool(
        _CHANGED_FROM.search(text, max(0, core.start() - _CHANGE_REACH), core.start())
    )


def _ranged(
    text: str,
    end: int,
    scaled: tuple[float, float, float],
    core: re.Match[str],
    currency: str | None,
) -> tuple[float, float, int]:
    """'10 to 20', '10-20', 'six or seven', '$24 to $26', '$4m-$5m': one interval
    (``scaled``: the low and high read so far, and the scale they were multiplied by). Dates
    like '1998-99' are left alone."""
    low, high, multiplier = scaled
    rng = _RANGE_AFTER.match(text, end)
    top = _range_top(rng, core, (low, multiplier), currency)
    if rng is None or top is None or top[0] <= high * top[2]:
        return low, high, end
    hi, hi_end, low_scale = top
    low *= low_scale
    if re.search(r"\bbetween\s+[$£€¥]?$", text[max(0, core.start() - 10) : core.start()], re.I):
        return low, hi, hi_end
    if rng.group(0).strip().startswith("and"):
        return low / low_scale, high, end  # ('six and seven': two figures)
    if rng.group("hi")[0].isdigit() != core.group(0)[0].isdigit():
        return low / low_scale, high, end
    return low, hi, hi_end


def _range_top(
    rng: re.Match[str] | None,
    core: re.Match[str],
    scaled: tuple[float, float],
    currency: str | None,
) -> tuple[float, int, float] | None:
    """The range's upper figure, where it ends and the scale the lower figure takes from it
    ('10 to 12 million', '8 to 10k': both scaled; not '500,000 to 1 million', whose lower
    figure is written whole); None where there is no range ('24 to $26'). A bare 'm' is a
    scale only after a currency sign ('10 to 12 m high' is metres). ``scaled``: the lower
    figure and the scale it was read with."""
    low, multiplier = scaled
    if rng is None or core.group("half") or core.group("adozen"):
        return None
    hi_text = rng.group("hi")
    hi = float(re.sub(r"[,\s]", "", hi_text)) if hi_text[0].isdigit() else words_to_number(hi_text)
    if hi is None or (rng.group("sign") and not currency):
        return None
    scale = (rng.group("hiscale") or "").strip().lower()
    if not scale or not (currency or scale in _SCALE or scale in {"bn", "mn", "k"}):
        # ('six or seven million': both in millions; not 'five and a hundred', 'forty and two
        # thousand', whose lower figure is written whole)
        said = hi_text.lower().split()[-1]
        in_words = said in _SCALE and multiplier == 1.0 and bool(core.group("words"))
        in_words = in_words and low * _SCALE[said] < hi
        return hi, rng.end("hi"), _SCALE[said] if in_words else 1.0
    factor = _SUFFIX_SCALE[scale]
    if multiplier != 1.0 or low >= factor / 10:
        return hi * factor, rng.end(), 1.0  # ('$4m-$5bn'; '500,000 to 1 million': written whole)
    if low < hi:
        return hi * factor, rng.end(), factor  # ('10 to 12 million': both in millions)
    return None  # ('15 to 12 million': falling, two figures)


def _unit(
    text: str, unit_match: re.Match[str] | None, end: int, currency: str | None
) -> tuple[str, str, float, int, str | None, bool]:
    """(unit, dimension, factor, end, noun, 'or more') from what follows the number."""
    if unit_match is not None and unit_match.group("plus"):
        unit, dim, noun = (currency, "money", None) if currency else ("count", "count", None)
        noun = None if currency else _noun(text, unit_match.end())
        return unit or "count", dim, 1.0, unit_match.end(), noun, True
    if unit_match is None or unit_match.group("unit") is None:
        if currency:
            return currency, "money", 1.0, end, None, False
        return "count", "count", 1.0, end, _compound(text, end, _counted_noun(text, end)), False
    word = re.sub(r"\s+", " ", unit_match.group("unit").lower())
    new_end = unit_match.end()
    hyphenated = "-" in unit_match.group("sep")
    noun = _noun(text, new_end) if hyphenated or unit_match.group("old") else None
    if noun is None and _OF_NOUN.match(text, new_end):
        noun = _noun(text, new_end)  # "seven hours of talks" measures the talks
    unit, dimension, factor = _normalise_unit(word, currency, bool(unit_match.group("old")))
    return unit, dimension, factor, new_end, noun, False


# What an 'N-time' compound counts: 'a four-time All-Star', 'the two-time world champion',
# 'a three-time NBA All-Defensive pick' (a word, and a second one when capitalised or
# hyphenated; a tokeniser's spaced hyphens, 'four - time All - Star', read as hyphens). Two
# titles are two counts.
_TITLE_WORD = r"\w+(?:\s?-\s?\w+)*"
_TITLE_AFTER = re.compile(
    rf"\s?-\s?time\s+(?:(?:world|national|former|defending)\s+)?"
    rf"(?P<title>{_TITLE_WORD}(?:\s+(?-i:[A-Z]){_TITLE_WORD}|\s+\w+\s?-\s?\w+)?)"
)


# A group said by its strength: 'the five-strong pack', 'a 40-strong crew' count the pack, the
# crew (not the size of a 'strong' thing).
_STRONG_OF = re.compile(r"-strong\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def _compound(text: str, end: int, noun: str | None) -> str | None:
    """'the 115-yacht fleet', 'a 124-member council': a hyphenated count gives the size of a
    group, not a number of yachts or members doing something ('37 yachts retired')."""
    if noun == "time" and (title := _TITLE_AFTER.match(text, end)):
        # 'a four-time All-Star': wins of a title
        return "time-" + re.sub(r"\s?-\s?", "-", title.group("title")).lower()
    if noun is None or not text.startswith("-", end):
        return noun
    if noun.startswith("strong") and (counted := _STRONG_OF.match(text, end)):
        return counted.group("noun").lower()  # 'a 40-strong crew' is 40 crew
    return f"{noun}-size"


def _normalise_unit(word: str, currency: str | None, old: bool) -> tuple[str, str, float]:
    """(unit, dimension, factor to the unit) for a unit word as written."""
    stem = word[:-1] if word.endswith("s") and word not in {"percentage points"} else word
    if word in {"%", "percent", "per cent", "percentage point", "percentage points"}:
        return ("points" if word.startswith("percentage") else "percent"), "percent", 1.0
    if stem in _MINUTES and old:
        return "year", "age", _MINUTES[stem] / _MINUTES["year"]
    if per := _PER_TIME.fullmatch(word):  # '20 metres a second' in km/h
        per_hour = _KM[per.group("distance").rstrip("s")] * (
            3600 if per.group("time") == "second" else 1
        )
        return "kph", "speed", per_hour
    for table, unit, dimension in _UNIT_TABLES:
        factor = table.get(word) or table.get(stem)
        if factor:
            return unit, dimension, factor
    code = _CURRENCY_WORD.get(stem) or _CURRENCY_WORD.get(word) or currency or "USD"
    return code, "money", 1.0


def _pounds_sterling(
    text: str, before: str, end: int, scaled: bool, unit_match: re.Match[str] | None
) -> bool:
    """'valued at 2.3 million pounds': pounds are money after a scale word ('6m', 'six
    million') or a word of value, paid per person or week (``_PAID_PER``), or spent, paid or
    refunded after them (``_SPENT_AFTER``); weight when they are pounds of something ('2.3
    million pounds of beef'), weighed or borne ('weighed two million pounds', 'can carry two
    million pounds'); weight too gained or lifted by the week ('gained two pounds a week')."""
    if unit_match is None or not (unit_match.group("unit") or "").lower().startswith("pound"):
        return False
    if _OF_AFTER.match(text, end) or _WEIGHT_BEFORE.search(before):
        return False
    paid_per = _PAID_PER.match(text, end) and not _WEIGHED.search(before)
    paid = (
        paid_per
        or _SPENT_AFTER.match(text, end)
        or _MONEY_THING_AFTER.match(text, end)
        or _taken_in_money(text, before, end)
    )
    return scaled or bool(_VALUE_BEFORE.search(before) or paid)


def _taken_in_money(text: str, before: str, end: int) -> bool:
    """'collected 3,400 pounds in fines', '900 pounds from parking fees': pounds taken in a thing
    of money; not held ('the bin held 200 pounds in donations') nor in goods ('3,000 pounds in
    canned food donations', 'in donations of food')."""
    taken = _MONEY_IN_AFTER.match(text, end)
    if taken is None or _HELD_BEFORE.search(before):
        return False
    return not any(word.lower() in _GOODS_WORDS for word in taken.group("free").split())


def _noun(text: str, end: int) -> str | None:
    """The word a number counts: '32 people', '10,000 troops', '6-hour meeting'."""
    noun = _NOUN_AFTER.match(text, end, min(len(text), end + _AFTER))
    if noun is None:
        return None
    first, second = noun.group("noun"), noun.group("noun2")
    if first.lower() in _NOT_NOUNS:
        return None
    adjective = _ADJECTIVE.search(first.lower()) and first.lower() not in ZERO_PLURALS
    if second and second.lower() not in _NOT_NOUNS and adjective:
        return second.lower()  # "122 parliamentary seats" counts seats ('12 fish died': fish)
    return first.lower().strip("-")


def _counted_noun(text: str, end: int) -> str | None:
    """What a plain count counts: the head of its noun phrase. A past participle before a
    plural is its modifier ('212 planned operations', 'three parked cars'), not what is
    counted. Not an adjective or a noun ('114 preseason games', 'three outspoken dissidents'):
    on DUC's clusters those told two counts apart (false conflicts per cluster 0.46 -> 0.52
    when read through)."""
    # (not a zero plural after a make or kind, '52,000 Atlantic salmon': 'two Boeing aircraft'
    # and 'three Airbus aircraft' were one count of aircraft and a false conflict, review of
    # readings26; such a count names no noun, as before)
    noun = _noun(text, end)
    after = _NOUN_AFTER.match(text, end, min(len(text), end + _AFTER))
    if noun is None or after is None or "-" in after.group(0)[:2]:
        return noun  # ('the 115-yacht fleet': a hyphenated count names a group's size)
    first, second = after.group("noun"), (after.group("noun2") or "").lower()
    if first.lower() != noun or noun in _HEAD_PARTICIPLES:
        return noun
    if _people_after_a_modifier(noun, second) or _things_of_a_person(noun, second):
        return second
    # a participle or a zero plural before a plural modifies it: '212 planned operations',
    # '25,000 salmon farms' count operations and farms ('12 fish farms' reads so already; not a
    # people noun, '12 police officers' pairs as police with another outlet's '14 police')
    modifier = _PARTICIPLE.search(first) or (noun in ZERO_PLURALS and second.endswith("s"))
    if not modifier:
        return noun
    return second if _plural(second) and second not in _NOT_HEADS | _NOT_NOUNS else noun


def _people_after_a_modifier(first: str, second: str) -> bool:
    """'48 cruise passengers', '30 factory workers', 'ten bus drivers': a singular noun before
    the plural of a person noun says which people; the people are what is counted, as another
    report's '38 passengers' counts them (fresh34: 'cruise' as the noun kept 48 from meeting 38).
    Only people: 'two fire engines', '114 preseason games' keep their first word (read through,
    such compounds told two DUC counts apart: ``_counted_noun``); nor after a word that counts
    people itself ('12 police officers' meets '14 police', 'five crew members' '5 crew'), a
    plural ('three farmers' wives') or a person noun ('two student nurses' stays as read)."""
    if first in PLURALS_WITHOUT_S or _plural(first) or person_noun(first):
        return False
    if first in _NOT_READ_THROUGH:
        return False
    return second.endswith("s") and person_noun(second.removesuffix("s"))


# Plurals that count people by what befell them: '3 worker deaths' is three workers dead, the
# count another outlet gives as 'five workers have died' (review of nouns36).
_WHAT_BEFELL_PEOPLE = _words(
    "deaths injuries casualties fatalities arrests rescues admissions evacuations"
)


def _things_of_a_person(first: str, second: str) -> bool:
    """'12 witness statements', '40 passenger seats': a person noun in the singular right
    before a plural of things says whose they are; a count of people is never written with a
    singular noun, so the plural is what is counted (fresh35: '12 witness statements' was a count
    of witnesses). Not a plural person noun after it ('two student nurses' count the nurses,
    read as before), nor a word that counts people itself ('five crew members')."""
    if first in PLURALS_WITHOUT_S or _plural(first) or not person_noun(first):
        return False
    if second in _WHAT_BEFELL_PEOPLE:
        return False  # '3 worker deaths' counts dead workers, as 'five workers died' does
    things = _plural(second) and not person_noun(second.removesuffix("s"))
    return things and second not in _NOT_HEADS | _NOT_NOUNS


# Words before a people noun that add to a group or set it beside another rather than say
# which people: '40 extra workers', '30 more passengers', 'two fellow teachers' are not what
# another report's '400 workers' counts, so such a count keeps its first word as its noun
# (review of slots35: 'take on 40 extra workers' met 'employs 400 workers' as a conflict).
_NOT_READ_THROUGH = frozenset(
    {"extra", "more", "other", "additional", "further", "spare", "fellow", "new"}
)
# -ly words that are nouns, not manners ('family members', 'supply teachers', 'rally drivers').
_NOUNS_IN_LY = re.compile(r"(?:ily|lly|ply)$")


def read_through_by_head(first: str, second: str) -> bool:
    """Did ``_counted_noun`` read the count past ``first`` to the people noun ``second`` ('48
    cruise passengers' counts passengers), where the word before it alone would have been the
    noun (an adjective by its ending was read through before: ``_noun``)?"""
    adjective = _ADJECTIVE.search(first) and first not in ZERO_PLURALS
    return not adjective and _people_after_a_modifier(first, second)


def names_which_people(first: str, second: str) -> bool:
    """Is ``first`` a word saying which people the plural ``second`` are ('cruise' of '48
    cruise passengers', 'hospital' of '30 hospital cleaners', 'music' of '20 music teachers'),
    not a participle or a manner in -ly ('stranded', 'elderly': how they are, which another
    report may say otherwise)? An ending is no test of a noun: 'hospital', 'music', 'mining'
    and 'family' say which people as 'bus' does (review of slots35)."""
    manner = first.endswith("ly") and not _NOUNS_IN_LY.search(first)
    describes = _PARTICIPLE.search(first) or manner
    return not describes and _people_after_a_modifier(first, second)


def _plural(word: str) -> bool:
    if word in PLURALS_WITHOUT_S:
        return True
    return s_plural(word)


def _is_year(core: re.Match[str], dimension: str, low: float, high: float) -> bool:
    """A bare four-digit year ('in 1998') is a date, handled by _years, not a count."""
    digits = core.group("digits")
    if dimension != "count" or not digits or "," in digits or "." in digits:
        return False
    return len(digits) == 4 and 1800 <= low <= 2100 and low == high


def _preposition(text: str, start: int, end: int, dimension: str, hedge: re.Match[str]) -> bool:
    """Is the hedge word a preposition, not a bound: 'talks over two days' (a span of time, not
    'more than two days'), 'spread over 30 hectares' (across), 'up to two kilometres away' (as
    far as)?"""
    if dimension == "duration" and _SPAN.search(hedge.group(0)):
        return not _LASTED.search(text[max(0, start - 30) : start])
    if dimension not in _EXTENTS:
        return False
    if _SPREAD_OVER.search(text, max(0, start - _BEFORE), start):
        return True
    reach = dimension == "distance" and _UP_TO.match(hedge.group(0)) is not None
    return reach and _AWAY_AFTER.match(text, end) is not None


def _hedge_before(text: str, start: int, end: int, dimension: str) -> re.Match[str] | None:
    """The hedge word bounding a figure, unless it is a preposition."""
    hedge = _HEDGE.search(text[max(0, start - _BEFORE) : start])
    if hedge is None or _preposition(text, start, end, dimension, hedge):
        return None
    return hedge


def _hedge_name(hedge: re.Match[str] | None) -> str | None:
    if hedge is None:
        return None
    return next(name for name, value in hedge.groupdict().items() if value)


def _hedged(
    low: float, high: float, hedge: str | None, worded: bool = False
) -> tuple[float, float]:
    """The interval a hedge word (or none) leaves around a value; a length said in words
    ('lasted a day', 'about a day', 'nearly a week') is rough (WORDED_SPREAD), hedged or not: a
    hedge made it stricter than the bare words ('about a day' / '30 hours': review23g)."""
    rough = WORDED_SPREAD if worded else 0.0
    if hedge == "just_over":
        return low, high * (1 + max(JUST_OVER, rough))
    if hedge == "nearly":
        return low * (1 - max(NEARLY, rough)), high
    if hedge == "atleast":
        return low, math.inf
    if hedge == "atmost":
        return 0.0, high
    if hedge == "about" or (worded and hedge is None):
        spread = max(ABOUT, rough) if hedge else rough
        return low * (1 - spread), high * (1 + spread)
    return low, high


def _dates(text: str) -> Iterator[Quantity]:
    """Calendar dates: 'June 19, 2023', '19 June', and years standing alone ('in 1998')."""
    seen: list[tuple[int, int]] = []
    for pattern in (_DATE_MDY, _DATE_DMY, _DATE_WORDED):
        for match in pattern.finditer(text):
            quantity = None if _overlaps(*match.span(), seen) else _date(match)
            if quantity is not None:
                bisect.insort(seen, match.span())
                yield quantity
    for match in _HALF_YEAR.finditer(text):
        if not _overlaps(*match.span(), seen):
            bisect.insort(seen, match.span())
            yield _half_of_year(match)
    for match in _MONTH_YEAR.finditer(text):
        if not _overlaps(*match.span(), seen):
            bisect.insort(seen, match.span())
            yield _month_of_year(match)
    for match in _BARE_MONTH.finditer(text):
        if not _overlaps(*match.span("month"), seen):
            month = _MONTHS[match.group("month").lower()]
            yield Quantity(
                match.group("month"), month, month, "month", "date", *match.span("month"), month
            )
    for match in re.finditer(r"(?<![\w$£€.,-])(1[89]\d\d|20\d\d)(?![\w%-]|,\d)", text):
        if not _overlaps(match.start(), match.end(), seen):
            year = int(match.group(1))
            low, high = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
            yield Quantity(match.group(0), low, high, "day", "date", *match.span(), float(year))


def _half_of_year(match: re.Match[str]) -> Quantity:
    """'the first half of 2026': January to June; 'the second half': July to December."""
    year = int(match.group("year"))
    first_half = match.group("half").lower() == "first"
    start = date(year, 1 if first_half else 7, 1).toordinal()
    end = (date(year, 7, 1) if first_half else date(year + 1, 1, 1)).toordinal() - 1
    return Quantity(match.group(0), start, end, "day", "date", *match.span(), float(start))


def _month_of_year(match: re.Match[str]) -> Quantity:
    """'February 2019': every day of that month."""
    year, month = int(match.group("year")), _MONTHS[match.group("month").lower()]
    first = date(year, month, 1).toordinal()
    last = (date(year + month // 12, month % 12 + 1, 1)).toordinal() - 1
    return Quantity(match.group(0), first, last, "day", "date", *match.span(), float(first))


def _date(match: re.Match[str]) -> Quantity | None:
    groups = match.groupdict()
    named = groups.get("month") or groups.get("monthafter") or ""
    month = _MONTHS.get(named.lower().rstrip(".")[:4].rstrip("t"))
    month = month or _MONTHS.get(named.lower().rstrip(".")[:3])
    day = day_number(groups.get("day") or groups.get("dayfirst") or "0")
    if month is None or not 1 <= day <= 31:
        return None
    year = int(match.group("year")) if match.group("year") else 2000  # leap year: 29 Feb is fine
    try:
        ordinal = float(date(year, month, day).toordinal())
    except ValueError:
        return None
    last = match.groupdict().get("last")
    high = ordinal + int(last) - day if last and day < int(last) <= 31 else ordinal
    # Without a year only month and day are known: unit "monthday" keeps them apart from dates.
    unit = "day" if match.group("year") else "monthday"
    return Quantity(match.group(0), ordinal, high, unit, "date", *match.span(), ordinal)


def day_number(written: str) -> int:
    """A day of the month, in digits ('2') or in an ordinal word ('second')."""
    digits = written.rstrip("stndrhSTNDRH")  # '2nd'
    return int(digits) if digits.isdigit() else _ORDINAL_DAYS[written.lower()]


# A vote split: "by 31 votes to 12", "backed it 29-14". Only in a sentence about a vote, where
# "29-14" is not a score. The value is for * SPLIT_BASE + against, so two splits are equal only
# when both sides are.
SPLIT_BASE = 10_000.0
_VOTE_CONTEXT = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballot|referendum|motion|margin|in\s+favou?r|abstentions?"
    # a court's or a chamber's split: "ruled 6-3", "in a 7-2 decision", "approved it 221 to 178"
    r"|rul(?:ed|ing)|decision|verdict|upheld|struck\s+down|justices|judges|approved|passed"
    r"|majority|lawmakers|deputies|senators|councillors)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"(?<![\w.,-])(?P<yes>\d{1,4})(?:\s+votes?)?\s*(?:-|–|to)\s*(?P<no>\d{1,4})(?![\w%-]|[.,]\d)",
    re.IGNORECASE,
)


def _splits(text: str) -> Iterator[Quantity]:
    """Vote splits in a sentence about a vote, as one quantity of dimension "split"."""
    if not _VOTE_CONTEXT.search(text):
        return
    for match in _SPLIT.finditer(text):
        yes, no = int(match.group("yes")), int(match.group("no"))
        if yes > SPLIT_BASE or no > SPLIT_BASE or (yes < no and "to" not in match.group(0)):
            continue  # a range ("10-20") rises; a split is written winner first
        value = yes * SPLIT_BASE + no
        yield Quantity(match.group(0), value, value, "votes", "split", *match.span(), value)


# An earthquake's magnitude: "a magnitude 6.1 quake", "6.1-magnitude", "magnitude of 6.4",
# "measured at 5.8" or "5.8 on the Richter scale" in a sentence about a quake.
_QUAKE = re.compile(r"\b(?:earthquake|quake|tremor|temblor|seismic|aftershock)", re.IGNORECASE)
# (a tokeniser's "6. 1" is 6.1, as in ``_DIGITS``)
_MAGNITUDE = re.compile(
    r"\bmagnitude(?:\s+(?:of|at|was|is))?(?:\s+(?:about|around|nearly|some|(?P<floor>at\s+least)))?"
    r"[\s-]+"
    r"(?P<a>\d(?:\.\s?\d)?)(?![\d.])"
    r"|(?<![\w.])(?<!\d\.\s)(?P<b>\d(?:\.\s?\d)?)[\s-]+(?:magnitude|on\s+the\s+richter)\b"
    r"|\b(?:measured|registered|measuring|registering|rated)(?:\s+at)?\s+(?P<c>\d\.\s?\d)"
    r"(?![\d.])",
    re.IGNORECASE,
)


def _magnitudes(text: str) -> Iterator[Quantity]:
    """Magnitudes of an earthquake; the number alone, so spans stay one figure each."""
    if not _QUAKE.search(text):
        return
    for match in _MAGNITUDE.finditer(text):
        group = next(g for g in ("a", "b", "c") if match.group(g))
        value = float(match.group(group).replace(" ", ""))
        start, end = match.span(group)
        high = math.inf if match.group("floor") else value  # ('a magnitude of at least 5.9')
        yield Quantity(match.group(group), value, high, "magnitude", "magnitude", start, end, value)


def _clocks(text: str) -> Iterator[Quantity]:
    """'4:30 pm EDT', '0830 GMT' as minutes after midnight in a named zone; a local time ('07:40',
    '5 a.m.', 'twenty to nine', 'half past three') as minutes on the twelve-hour dial, unit
    "clock" (words seldom say which half of the day they mean: ``clock``)."""
    zoned: list[tuple[int, int]] = []
    for match in _CLOCK.finditer(text):
        if match.group("h24"):
            minutes = int(match.group("h24")) * 60 + int(match.group("m24"))
            zone = match.group("tz24").upper()
        else:
            hour = int(match.group("h")) % 12
            if hour > 12 or int(match.group("h")) > 12:
                continue
            pm = match.group("ampm").lower().startswith("p")
            minutes = (hour + 12 * pm) * 60 + int(match.group("m") or 0)
            zone = (match.group("tz") or "").upper()
        if zone:
            zoned.append(match.span())
            value = float(minutes)
            yield Quantity(
                match.group(0), value, value, f"clock {zone}", "time", *match.span(), value
            )
    for time in read_times(text):
        if not _overlaps(time.start, time.end, zoned):  # (sorted: a bisection, not a scan)
            value = float(time.minutes)
            slack = _clock_slack(text, time.start, time.minutes)
            low, high = value - slack, value + slack
            written = text[time.start : time.end]
            yield Quantity(written, low, high, "clock", "time", time.start, time.end, value)


def _clock_slack(text: str, start: int, minutes: int) -> int:
    """Minutes either side a time read at ``start`` may meet another outlet's in."""
    # A hedge ('at about 6.41pm', 'around 8.22pm') says the writer rounds even an odd minute.
    if minutes % ROUND_MINUTES and not _HEDGE.search(text, max(0, start - _BEFORE), start):
        return PRECISE_CLOCK_SLACK
    return CLOCK_SLACK


# Temperatures, in degrees Celsius: '30C', 'minus 4C', '-4°C', '86 degrees Fahrenheit', '25F'.
# A letter alone after the digits ('4C', '25F') is a temperature only after a verb or noun of
# temperature or before a word of heat (``_TEMPERATURE_VERB`` and below), and not after a
# seat's, a flat's or a class's word ('seat 14F', 'Block 4C', 'Flight 14F', 'in 5C'); a
# letter with no number ('grade C', 'Block F') never is. Degrees with no scale ('40 degrees',
# 'minus two degrees') are not read here: Celsius or Fahrenheit, or an angle, they stay a
# count of degrees, compared only with one.
_DEGREE_WORDS = (
    rf"(?:{'|'.join(TENS_WORDS)})(?:[\s-]+(?:{'|'.join(NUMBER_WORDS_BELOW_20[1:10])}))?"
    rf"|{'|'.join(NUMBER_WORDS_BELOW_20)}"
)
_TEMPERATURE = re.compile(
    # (a hyphen is a sign only glued to the digits: '14 - 23F' is a range)
    r"(?<![\w.,/-])(?P<minus>minus\s+|[-\u2212])?"
    rf"(?P<number>\d{{1,3}}(?:\.\d)?|(?:{_DEGREE_WORDS})(?=\s+degrees?\b))"
    r"(?:\s?(?:°|º|degrees?\s+)\s?(?P<sign>(?-i:C|F)|celsius|centigrade|fahrenheit)"
    r"|\s?(?P<word>celsius|centigrade|fahrenheit)|(?P<letter>(?-i:C|F)))\b",
    re.IGNORECASE,
)
# What makes a lone letter after a figure a temperature's scale: a verb of reading one
# straight before the figure ('the mercury hit 30C', 'Ossby recorded 93F', 'reached a high of
# 31C', 'highs of 25C', 'temperatures of 5C'); a verb further off reads a class, an address or
# a size ('pupils from 7C were hit', 'a car hit the front of 14C High Street'). ('Shares hit a
# high of 4F' is still read as a temperature: nothing near it tells the two apart.)
_TEMPERATURE_VERB = re.compile(
    r"\b(?:(?:hit|reached|recorded|peaked\s+at|rose\s+to|climbed\s+to|fell\s+to|dropped\s+to)"
    r"(?:\s+an?\s+(?:high|low)\s+of)?|(?:an?\s+)?(?:highs?|lows?)\s+of|temperatures?\s+of)"
    r"(?:\s+(?:about|around|nearly|almost|up\s+to|over|just\s+over|more\s+than))?\s+$",
    re.IGNORECASE,
)
# ...or a noun that only a temperature goes with, shortly before ('temperatures in Kell fell
# overnight to 5C', 'the thermometer showed 30C'); a word of weather is not enough ('Flight
# 14F was delayed by the snow')...
_TEMPERATURE_NOUN = re.compile(r"\b(?:temperatures?|thermometers?|mercury)\b", re.IGNORECASE)
# ...or a word of heat or cold, in lower case, straight after the letter, which even after
# 'in' makes it a temperature ('run in 34C heat', 'the 30C heatwave', 'in 5C temperatures',
# '5C lows'; not 'at 12C Frost Lane'). 'The 4C chill cabinet' is read as a temperature: the
# cabinet's, which is what it says.
_HEAT_AFTER = re.compile(
    r"[\s-]+(?:heat(?:wave)?s?|temperatures?|sunshine|warmth|cold|chill|frost|highs?|lows?)\b"
)
# ...but not where a size is what changed: 'her collar size rose to 17C'.
_SIZE_BEFORE = re.compile(r"\bsizes?\b", re.IGNORECASE)
# ...nor straight after an article, where no word of heat follows: a label ('temperatures on
# the 4C ward reached 31C', 'the 4C final').
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# A name straight after the letter makes it an address or a part of a name: 'the lorry hit
# 12F Marl Road'.
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# How far before a lone letter's figure its noun of temperature, or its verb, is looked for (a
# place between: 'temperatures across the Kell valley fell to').
TEMPERATURE_WORD_BEFORE = 40
_NUMBERED_PLACE = re.compile(
    r"\b(?:seat|flat|room|block|gate|platform|row|unit|apartment|class|form|grade|bus|route|no"
    r"|number|level|floor|suite|cell|ward|bay|stand|pier|berth|plot|house|cabin|deck|flight|year"
    r"|(?P<preposition>in|at))\.?\s+$",
    re.IGNORECASE,
)
# A change of temperature, not a reading: 'rose by 8C', '10C above normal', '3C warmer'.
_CHANGE_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    r"\s+(?:above|below|higher|lower|warmer|colder|cooler|hotter|up|down|more|less|rise|drop"
    r"|fall|increase)\b",
    re.IGNORECASE,
)
# A whole Fahrenheit figure stands for any Celsius value that rounds to it: half a degree F
# either side (a hair less, so that 86F and 87F do not meet), in Celsius. A whole Celsius
# figure is compared as written: '30C' and '86F' (30.0C) are one temperature, '-4C' and '25F'
# (-3.9C, 24.8F the other way) too; '30C' and '85F' (29.4C) are not.
FAHRENHEIT_ROUNDING = 0.49 * 5 / 9
# Degrees Celsius either side of a temperature hedged 'about' or 'around'; how far 'nearly'
# or 'just over' reaches. A relative spread means nothing on a scale whose zero is arbitrary.
ABOUT_DEGREES = 1.0
NEAR_DEGREES = 2.0
# The floor of 'up to 35C', 'below 10C': no temperature is lower.
ABSOLUTE_ZERO = -273.15


def _temperatures(text: str) -> list[Quantity]:
    """Temperatures in degrees Celsius (unit "celsius", dimension "temperature")."""
    return [
        _temperature(text, match)
        for match in _TEMPERATURE.finditer(text)
        if _a_reading(text, match)
    ]


def _a_reading(text: str, match: re.Match[str]) -> bool:
    """Is the figure a temperature read, not a change of one, and a lone letter's a scale?"""
    start, end = match.start(), match.end()
    if _CHANGE_BEFORE.search(text, max(0, start - 4), start) or _CHANGE_AFTER.match(text, end):
        return False
    return not match.group("letter") or _a_scale(text, start, end)


def _a_scale(text: str, start: int, end: int) -> bool:
    """Is the lone letter after the figure at ``start``-``end`` ('4C') a temperature's scale,
    not a class, an address, a label or a size?"""
    # (a place's number first: 'Room 12C reached 35C' has 12C no temperature; after 'in' or
    # 'at' only a word of heat makes one: 'run in 34C heat', never 'at 12C Frost Lane')
    place = _NUMBERED_PLACE.search(text, max(0, start - 12), start)
    if place is not None and not place.group("preposition"):
        return False
    if _HEAT_AFTER.match(text, end):
        return True
    if place is not None or _NAME_AFTER.match(text, end):
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None:
        return False
    reach = max(0, start - TEMPERATURE_WORD_BEFORE)
    verb = _TEMPERATURE_VERB.search(text, reach, start)
    verb = verb if _SIZE_BEFORE.search(text, reach, start) is None else None
    return verb is not None or _TEMPERATURE_NOUN.search(text, reach, start) is not None


def _temperature(text: str, match: re.Match[str]) -> Quantity:
    """One temperature, with the range it closes and its hedge."""
    start = match.start()
    scale = match.group("sign") or match.group("word") or match.group("letter")
    fahrenheit = scale.lower().startswith("f")
    said = match.group("number")
    number = float(said) if said[0].isdigit() else words_to_number(said) or 0.0
    number = -number if match.group("minus") else number
    value = (number - 32) * 5 / 9 if fahrenheit else number
    spread = FAHRENHEIT_ROUNDING if fahrenheit and "." not in said else 0.0
    lowest, start = _range_start(text, start, number)
    lowest = (lowest - 32) * 5 / 9 if fahrenheit else lowest
    hedge_match = _HEDGE.search(text, max(0, start - _BEFORE), start)
    hedge = _hedge_name(hedge_match)
    start -= len(hedge_match.group(0)) if hedge_match else 0
    low, high = _degrees_hedged(min(lowest, value) - spread, value + spread, hedge)
    return Quantity(
        text[start : match.end()],
        low,
        high,
        "celsius",
        "temperature",
        start,
        match.end(),
        value,
        hedge=hedge,
        written_unit="fahrenheit" if fahrenheit else "celsius",
    )


# The lower end of a range of temperatures written with the unit once ('from 10 to 20
# degrees', '10 - 12C'): one interval, not a count and a temperature.
_DEGREES_RANGE = re.compile(r"(?<![\w.,-])(?P<low>\d{1,3}(?:\.\d)?)\s+(?:to|-|–)\s+$")


def _range_start(text: str, start: int, number: float) -> tuple[float, int]:
    """(the range's lower figure, where it starts), or (``number``, ``start``) with none."""
    found = _DEGREES_RANGE.search(text, max(0, start - 12), start)
    if found is None or float(found.group("low")) >= number:
        return number, start
    return float(found.group("low")), found.start()


def _degrees_hedged(low: float, high: float, hedge: str | None) -> tuple[float, float]:
    """The interval a hedge leaves around a temperature, in degrees (not a share of it)."""
    if hedge == "about":
        return low - ABOUT_DEGREES, high + ABOUT_DEGREES
    if hedge == "nearly":
        return low - NEAR_DEGREES, high
    if hedge == "just_over":
        return low, high + NEAR_DEGREES
    if hedge == "atleast":
        return low, math.inf
    if hedge == "atmost":
        return ABSOLUTE_ZERO, high
    return low, high
