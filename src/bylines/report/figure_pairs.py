"""Which figures are about the same thing, and how they relate (stage 5, second part).

Two figures from different articles are *about the same thing* when they have the same
dimension and unit, nothing tells them apart (another counted noun, frame or stage, another
day, names that share nothing, an older event, one far larger than the other), and enough ties
them together (``same_subject``): the same claim, a shared specific name or day, two
lead-sentence tolls, or two tolls of the story itself (no place named next to them), plus what
is measured or shared predicate words.

Same-subject figures whose intervals overlap agree. Otherwise they differ, and the difference is
an *update* when one side is a figure the reports say was replaced ("police earlier had reported
65 dead", or an article that says its toll was "lowered to 180"), or when a report published
at least an hour later (``Article.published``) gives the larger count and no report after it
goes back to the smaller; else a *conflict*.

Cost: figures meet only in blocks that share a unit and an anchor (claim, name, day, what is
measured), and a sentence with more than MAX_PER_SENTENCE figures (a flattened table) is not
compared at all, so the stage stays near linear in sentences (benchmarks/conflicts_bench.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import combinations, pairwise
from typing import Literal

from rapidfuzz.distance import Indel

from bylines.report.clock import publication_stamp, stamp_order
from bylines.report.figure_reading import (
    BEFORE_WORDS,
    CROWD_NOUN,
    DAYS,
    FAMILY_ALONE,
    HISTORY_YEAR_REACH,
    PROTAGONIST,
    ROLE,
    STRETCH_END,
    UP_FROM_REACH,
    YEAR_BUILT,
    YEAR_WRITTEN,
    Figure,
    changed_frames,
    clause_of,
    day_of_a_change,
    lemma,
    named_thing,
    roles,
    tells_a_difference,
    what_measured,
)
from bylines.report.quantities import (
    AGE_AT_EVENT_RE,
    RATE,
    Quantity,
    a_first_part,
    conversion_slack,
    names_which_people,
    read_through_by_head,
)
from bylines.report.slots import (
    ABOARD,
    ALONE_SUMS,
    ANY_EVENT,
    LEAD_WEEKDAY,
    MONTH_SINCE,
    RATING,
    REPEATED,
    SINCE_RECORDS,
    SIZES_OF_THINGS,
    WITH_FEES,
    YEAR_SINCE,
    is_service,
    is_weekday,
    strong,
)
from bylines.report.spelling import transposed
from bylines.types import Article
from bylines.wordlists import (
    BUILT_THINGS,
    KIN,
    PERSON_NOUNS,
    PLURALS_WITHOUT_S,
    WEEKDAYS,
    wordset,
)

# specific name, day, lead toll or story toll ANCHOR each; the same counted noun or frame THING;
# each shared predicate word (or protagonist's name) WORD, at most MAX_WORDS. An anchor is
# required. Tuned on benchmarks/data/conflicts_labels.jsonl: an anchor plus what is measured plus
# one shared word (2.5) is enough; without the word, bodies found and people killed on the same
# Friday were paired. A shared claim was 2.0 while claims were single sentences; with the real
# aligner a claim groups looser paraphrases, so it is necessary-but-not-sufficient evidence
# (1.5): it still needs the same counted noun or frame, or two shared predicate words (it
# stopped pairing '62 percent stunted' with '30 percent malnourished' in one claim).
SAME_CLAIM = 1.5
ANCHOR = 1.0
THING = 1.0
WORD = 0.5
MAX_WORDS = 2
SAME_SUBJECT = 2.5
# Predicate words (besides the counted noun) that, with the same slot, stand for an anchor: one
# shared word ('reef', 'company') joined figures of other things, and the same counted noun or
# frame with two words added 8 false groups on DUC's topic clusters (other seats, athletes, miles).
SAID_ALIKE = 2
# Words two sentences must share to say an unnamed person's age ('the teacher') is one person's:
# one shared word ('district') joined the ages of two different men in the tuning events.
ROLE_WORDS = 2
# Two spellings of one name word ('Chastity' / 'Chasity', 'Vasquez' / 'Vasques'): normalised
# Indel similarity at least this; two different given names rarely reach it.
NAME_ALIKE = 0.8
# Roles a story of one vehicle has one of: the driver, the pilot, the captain.
_SOLE_ROLES = frozenset(ROLE + role for role in wordset("driver pilot captain skipper"))
_SOLE_ROLES |= {PROTAGONIST}
# The only value of a specific thing in each of two reports of one event ('14 knots', '9
# knots') is as strong a tie as a shared claim: enough with what is measured. Set equal to
# SAME_CLAIM; at 1.0 the ferry's 12 against 21 knots of the tuning events was not paired.
ALONE = 1.5
# A figure so far above or below the other that it is likely a different aggregate (a national
# against a village toll) is more often two things than a disagreement.
MAX_RATIO = 10.0
# The dimensions MAX_RATIO tells apart (``told_apart``, ``_another_aggregate``): counts,
# lengths and sums, one list so that the two readings of 'another aggregate' stay one.
_AGGREGATES = frozenset({"count", "duration", "money"})
# Two sums of one thing more than this far apart are more often two sums (a part and a total,
# a budget and a bill) than a misreport: the DUC budget clusters pair $500bn with $1.7tn.
MAX_MONEY_RATIO = 2.0
# ...unless the two are the same digits a power of ten apart (a slipped zero); relative.
SLIP_TOLERANCE = 1e-6
# ...or their digits are two neighbours swapped ('a £15,000 reward' / 'a £51,000 reward'), in
# one slot of ALONE_SUMS, the sums a story has one of (``_one_sum_mistyped``). Not prices,
# budgets or fines: a story has several (a grant paid and a whole project's cost, repairs and a
# refit, a firm's fine and its director's), and their swapped digits prove nothing. Tuned on
# the review of missed33's invented cases: with any one slot, a £14m grant against a £41m
# cost, $1.3bn of repairs against $3.1bn to modernise and a firm fined £130,000 against its
# director fined £310,000 were false conflicts; no keyed conflict of the tuning events needs it
# A count that rises between two reports at least this many minutes apart is an update even
# with no word of change; closer together, two outlets' counts ('at least 9' at 10:00, 'at
# least 14' at 10:20) disagree. Between 20 minutes (a disagreement in issue 7) and the shortest
# keyed update of the tuning events (70 minutes).
MIN_UPDATE_GAP = 60.0
_AT_LEAST = re.compile(r"at\s+least\b", re.IGNORECASE)
# Between a part and its whole in one sentence: '140,000, out of a total of 1.2 million', '40 of
# its 300 staff', '12 of the 50'.
# (a counted noun may stand between: '90,000 customers, out of'; not '40 homes in a village of')
_PART_OF = re.compile(
    r"(?:\s+[a-z]+){0,2},?\s+(?:out\s+of\s+(?:(?:a|the|its|their)\s+)?(?:total\s+of\s+)?"
    r"|of\s+(?:its|their|the|a\s+total\s+of|the\s+total\s+of)\s+)"
)
# How far either side of an age the definite word of its role is read: 'The 58-year-old
# security officer' (a role of three words and an age of eleven characters).
DEFINITE_REACH = 40
# How far before an age its life event's words are read ('died of tuberculosis at 44').
AT_AGE_REACH = 60
_SCALED_MONEY = re.compile(
    r"(?P<digits>\d[\d,]*(?:\.\d+)?)\s?(?:million|billion|trillion|bn|mn|m|tn|trn)\b", re.I
)
# Two lower bounds ("at least N") are one figure when within this share of each other: the
# same rounding as "about" (quantities.ABOUT).
OPEN_SLACK = 0.10
# A sentence with more figures than this is a table flattened into text, not a claim: its figures
# are extracted but not compared (and cannot make the stage quadratic).
MAX_PER_SENTENCE = 12
# A block (figures sharing a unit and one anchor) larger than this is dropped: in one event's
# cluster no anchor is that common, in a pile of unrelated articles it pairs strangers.
MAX_BLOCK = 300
# A date written as a range of days ("Nov. 12-18") is compared like a day; a year or a month
# alone is too vague to contradict anything.
MAX_DATE_SPAN = 31

Label = Literal["agree", "conflict", "update"]
# Dimensions whose value does not move through a day: a vote's split, a quake's magnitude, a
# date. Two of them differ by mistake, never by news.
_FIXED = frozenset({"split", "date", "time", "age"})
# What grows as a story goes on: tolls and counts, the tonnes of dead fish.
_ACCUMULATE = frozenset({"count", "weight"})
# ...but not what one thing weighs: a verb of weighing right before the figure ('weighs
# nearly 90 tonnes', 'weighing about 40 tonnes'), or a weight written as the thing's adjective
# ('a 40-tonne fatberg'; fresh25 traced '40-tonne mass' -> 'weighs nearly 90 tonnes' read as
# an update of a fatberg that only two reports weighed differently).
_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?$", re.IGNORECASE)
_WEIGHED_REACH = 20  # characters: 'weighing in at ' and a space
_COMPOUND_WEIGHT = re.compile(r"\d-[a-z]")
# ...unless the sentence says the weight is of what has been gathered so far: a running tally
# keeps growing even written with 'weighed' ('The dead fish collected by Monday evening weighed
# 70 tonnes', 'collected dead fish weighing 70 tonnes', 'so far ... weigh'; review figures25).
_GATHERED = re.compile(
    r"\b(?:collect|remov|gather|pull|recover|clear|haul|lift|dredg|scoop|pick)(?:ed|ing)\b"
    r"|\b(?:haul|tally)\b"  # 'The haul of dead fish weighs 70 tonnes'
    r"|\b(?:so\s+far|to\s+date|in\s+total|by\s+(?:now|then|noon|midday|(?:this|last|mon|tues"
    r"|wednes|thurs|fri|satur|sun)\w*))\b",
    re.IGNORECASE,
)
# The word right after a figure, and words that may stand there before its counted noun
# (partitives, modifiers of a count, plurals not ending in s).
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z'-]*)")
_BEFORE_A_NOUN = wordset("of more other further new additional extra to and or per in")
# (the shared list of plurals without an 's', and 'feet', which only measures take)
_PLURAL_WORDS = PLURALS_WITHOUT_S | wordset("feet")
# A year, 'last year', 'a year earlier' or 'the previous election' in an old value's own
# stretch (to ``STRETCH_END``): the value is of another year or another count. Not 'the last
# poll' or 'vote': in a run of polls that is the very count another outlet gave (review of
# updates26).
ANOTHER_COUNTS_DATE = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|last\s+year|a\s+year\s+(?:earlier|ago|before)"
    r"|(?:the\s+)?(?:previous|last)\s+(?:election|census|season))\b",
    re.IGNORECASE,
)
# characters before an old value its stretch reaches back ('up from the 2019 figure of '):
# as far as the reader looks back for 'up from' with a determiner, a little more.
OLD_VALUE_REACH = UP_FROM_REACH + 4
# What a story gives in steps that its reports name by a noun alone ('rescuers', 'results',
# 'of its capacity'): see _steps_of_one_count.
_STEPPED = frozenset({"count", "weight", "percent"})
# Counted nouns that say nothing of what is counted: two counts of people are not one thing.
ANYONE = frozenset({"people", "person", "men", "women", "children", "time", "other"})
# Frames that only people are counted in (not 'cancelled' flights or 'damaged' homes).
_BEFELL = frozenset({"dead", "hurt", "missing", "homeless", "held", "freed", "ill", "treated"})
# Nouns for people counted as the ones an event befell or gathered: 'eleven residents were
# inside the cabin' and 'the nine passengers' may be one group, said by two outlets in two
# nouns, where the other says only 'people' ('214 people aboard' / '198 passengers and crew').
# Two such nouns, neither of them 'people', stay two groups ('40 passengers and 6 crew'); not
# children, who are as often a part of the people counted ('12 people, five of them children').
_PEOPLE_NOUNS = frozenset(
    {
        *("passenger", "inmat", "pupil", "guest", "patient", "tourist", "villager", "saver"),
        *("customer", "fan", "crew", "miner", "climber", "hiker", "caver", "diner", "shopper"),
        *("commuter", "worker", "marcher"),
    }
)
_GROUP_NOUNS = _PEOPLE_NOUNS | {"people"}  # what a lead's count of a group is of
# What may stand before a count that opens its sentence: 'The nine passengers', 'About 60'.
_SENTENCE_OPENING = re.compile(
    r"\s*(?:the|all|about|some|around|nearly|almost|more than|at least|an estimated)?\s*",
    re.IGNORECASE,
)
# The years a thing's age counts from (``figure_reading.YEAR_BUILT``: 'the 40-year-old works').
_BUILT_OR_OPENED = frozenset({YEAR_BUILT, "year opened", "year founded"})
# Years of a thing put to work or lent (``slots``: 'installed in 1868', 'borrowed in 1984'): a
# story may date more than one such thing (the clock and a new bell, a vicar installed, the book
# and the council's loan), so two such years are of one thing only if their nouns are one.
_THINGS_DATED = frozenset({"year installed", "year borrowed"})
# The noun of the deed's thing: the word before it ('A new bell was installed in', 'the clock,
# which was first started in', 'An atlas taken out of'), past a place named after the thing
# ('The turret clock of Sulcombe Town Hall, installed in', 'The vicar of St Mary's at Orby was
# installed in': the clock and the vicar, not the hall or Orby). The place is one of its
# modifiers (``_DatedThing``).
_PLACE_AFTER = (
    r"(?P<place>(?:\s+(?:of|at|in|on)\s+(?:the\s+)?(?-i:[A-Z])[\w'’]*"
    r"(?:\s+(?-i:[A-Z])[\w'’]*)*)*)"
)
_DATED_THING = re.compile(
    rf"\b(?P<noun>[a-z]+){_PLACE_AFTER}\s*,?(?:\s+(?:which|that))?"
    r"(?:\s+(?:was|were|is|are|had\s+been|has\s+been))?(?:\s+first)?"
    r"\s+(?:installed|started|set|borrowed|taken|took|checked)\b",
    re.IGNORECASE,
)
# A place right after the year ('installed in 2019 on the A40', 'at Bow church'): two things
# put in at two named places are two things, whatever their nouns (review-slots36's cameras).
_PLACE_AFTER_YEAR = re.compile(
    r"\s*(?:on|at|in|near)\s+(?:the\s+)?(?P<where>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)"
)
# The words that open a noun phrase: its modifiers are the words after them ('the choir organ').
_DETERMINERS = wordset("the a an its their his her this that these those another")
# Modifiers of the noun read at most this far back from it ('the old church tower clock').
_MODIFIER_REACH = 3
# A word of a sentence, as modifiers are read (``_modified_apart``).
_WORD = re.compile(r"[\w'’-]+")
# Words that make a thing another of its kind ('A new clock was installed in 1990 in its
# place', 'a second organ'): never the thing an outlet dates otherwise.
_ANOTHER_OF_ITS_KIND = wordset("new replacement second another old other former original")
# Built things (``figure_reading.BUILT_THINGS``) that outlets call by one another's nouns:
# each kind's general words, then its specific ones ('the 33-year-old ship' may be the ferry,
# 'the tower' the block). Read only to keep such a pair as main reads it, never told apart as
# two things (``_another_built_thing``); not to join it: review26's false conflicts (the
# ferry company founded in 1952 against the 33-year-old ship, a church's tower against the
# block) came from joining them. Not 'boat' (a ship's lifeboats) nor 'building' (any nearby).
_KINDS_OF_BUILT = (
    (wordset("ship vessel"), wordset("ferry steamer trawler tanker liner freighter")),
    (wordset("tower block"), frozenset[str]()),
)
# What after a built thing's noun makes it one of its kind among others ('the bridge at
# Hesket', 'the bridge over the Orvel', 'the tower next door'), not the story's named one.
# Review20c's cases; tuning events: no conflict found by a named thing's age lost.
_ANOTHER_ONE = (
    r"(?:at|of|in|on|near|over|across|by|to|from|beside|next|opposite|downstream|upstream)\b"
)
# Things alone in each report that still need a shared word to be one: counts, and measures
# of more than one thing in a story (a ship's speed and the wind's, two distances, a day's high
# and the night's low).
_NEEDS_A_WORD = frozenset(
    {"count", "speed", "distance", "weight", "volume", "temperature", "frequency"}
)
# A distance's slots that name a size of the story's thing: a hole's width, a cave's depth.
_SIZES = frozenset({"width", "depth"})
# Words that make a speed the wind's.
_WIND = wordset("wind winds windspeed gust gusts gusting gusted gale gales breeze")
# Dimensions whose unit says what is measured when no noun does: '21 knots', '12 hectares'.
_MEASURES = frozenset({"speed", "distance", "weight", "area", "volume", "temperature"})
# What a duration that is no point in time measures (see _thing).
LENGTH = "length of time"
# An event slot's words before the event ('length of the raid').
LENGTH_OF = "length of the "
DAY_MINUTES = 24 * 60
# The longest length (minutes) read as the story's happening's own: three days (cavers 53
# hours underground, a satellite silent for a day and a half; DUC's wrongly paired lengths
# were of 20 days and more).
MAX_EVENT_LENGTH = 3 * DAY_MINUTES
# A programme's days, a kind of event rather than a measure: 'a two-day summit'.
_DAYS_ADJECTIVE = re.compile(r"(?:[a-z]+|\d+)-day", re.I)
# Words saying a day or more is how long something lasted.
_SAID_LENGTH = re.compile(
    r"\b(?:for|spent|spending|lasted|lasting|took|after)\s+(?:\w+\s+){0,2}$", re.I
)
# A plan or a rule before a length: not how long the event lasted.
_PLANNED_BEFORE = re.compile(
    r"\b(?:should\s+have\s+been|planned|scheduled|meant\s+to\s+(?:be|last)|expected\s+to"
    # the modals in lower case only: 'Will Orme', 'In May' are a name and a month
    r"\s+(?:be|last)|(?-i:can|could|may|might|must|will|would|shall))\b[^.;]{0,30}$",
    re.I,
)
# A length that is a difference of two times: 'a 40-minute delay', 'put back by 10 minutes'.
_SHIFT_NOUNS = frozenset({"delay", "wait", "hold-up", "lag"})
_SHIFT_BEFORE = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# An article's first sentence (up to its first stop or line end): where its lead day is.
_FIRST_SENTENCE = re.compile(r"[^\n]{0,400}?(?:[.!?](?=\s)|\n|$)")
_TIME_OF_DAY = frozenset(
    map(lemma, wordset("morning afternoon evening night dawn dusk noon midnight overnight"))
)
# Words (as lemmas) that make a figure a forecast or a target, not a measurement.
_FORECAST = frozenset({"forecast", "expect", "predict", "project", "target", "outlook"})
# A sentence that tells a later moment of the day than the story's first: 'By Sunday evening',
# 'in an update'. Not 'later said' (a statement given later may dispute the lead's count) nor a
# bare weekday.
_LATER = re.compile(
    r"\bby\s+(?:\w+\s+)?(?:morning|afternoon|evening|night|midnight|noon|nightfall|dusk)\b"
    r"|\bby\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bin\s+an\s+update\b",
    re.IGNORECASE,
)
# A count given as it stands when its report was written ('has now been shared 11,000 times',
# 'viewed 50,000 times so far', 'has currently been downloaded 5,000 times'): a step of a series
# that may have moved on since. Not figure_reading's _CURRENT: 'still' and 'remain' say a value
# holds, not that it has grown so far. Read only in the figure's own clause (``_so_far``):
# 'now deleted,' and ', and the road is now closed' say it of something else (review slots33).
_SO_FAR = re.compile(r"\b(?:now|so\s+far|to\s+date|currently)\b", re.IGNORECASE)
# ...and before the figure only in its verb group: at most this many words between ('has now
# been shared 11,000', 'has now drawn donations from 2,000'); 'Police now say the death toll rose
# to 12' (six) is the saying that is now, not the count. Three is the widest verb group of the
# review cases ('has now been shared': two; 'has now drawn donations from': three).
_SO_FAR_GAP = 3
# ...and after the figure (or its own noun) only right next to it: 'so far' and 'to date' are
# two words, so two words are read; a word beyond belongs to another verb ('rose to 340 as crews
# now pump water', review slots34 d103).
_SO_FAR_AFTER_WORDS = 2
_ANY = "*"  # in a key of _Context.figures: every figure of the unit, whatever it measures
_ARTICLE = -1  # in a key of _Context.figures, for a sentence index: anywhere in the article


@dataclass(frozen=True, slots=True)
class _Context:
    """What labelling a pair needs beyond the pair: dates, and every figure per article/unit."""

    dates: dict[str, tuple[str, str] | None]
    figures: dict[tuple[str, int, str, str], list[Quantity]]
    superseded: dict[tuple[str, str], list[Quantity]]
    # Every current figure per (article, unit, what), with where it starts in the article.
    placed: dict[tuple[str, str, str], list[tuple[int, Quantity]]]
    # The deeds (``Figure.deed``) of each (unit, what) some report says change through the day.
    changing: dict[tuple[str, str], frozenset[str | None]]
    # (article, frame) of the counts an article says changed ('toll rises' in its headline).
    changed: frozenset[tuple[str, str]]
    # What is measured (``_thing``) of which every article gives one value at most: in one
    # event's reports 'the only area in each report' is the same area.
    alone: frozenset[tuple[str, str, str]] = frozenset()
    # The weekday each article's first sentence names ('talks on Thursday'), if one.
    lead_days: dict[str, str] | None = None
    # (part, whole) pairs some sentence gives ('140,000, out of a total of 1.2 million').
    parts: tuple[tuple[Figure, Figure], ...] = ()
    # Every age per (article, role) of an unnamed person known by role ('the boy, 14').
    role_ages: dict[tuple[str, str], list[Quantity]] | None = None
    # Each latest figure with a value its own sentence says it replaced (``_changes``).
    changes: tuple[tuple[Figure, Quantity], ...] = ()
    # The values each revised figure, by (article, offset), is said to have replaced ('2,600,
    # up from about 1,800'): what its sentence gives as the old value, not as another figure.
    replaced: dict[tuple[str, int], list[Quantity]] = field(default_factory=dict)
    # Two deeds of one counted thing that some article tells apart, as (unit, what, deeds):
    # 'fined 6,240 drivers' and '1,950 drivers have been repaid' (``_deeds_told_apart``).
    deeds_apart: frozenset[tuple[str, str, frozenset[str | None]]] = frozenset()
    # Where an article last gives a figure exactly, per (article, unit, what, figure), filled as
    # pairs ask (``_said_later``): a long article is scanned once per figure, not once per pair.
    last_said: dict[tuple[str, str, str, Quantity], int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FigurePair:
    """Two figures judged to be about the same thing, and how they relate."""

    first: Figure
    second: Figure
    label: Label


def pair_figures(figures: Sequence[Figure], articles: Sequence[Article]) -> tuple[FigurePair, ...]:
    """Every two same-subject figures of different articles, labelled agree/conflict/update."""
    context = _context(figures, articles)
    pairs = tuple(_pairs(figures, context))
    return _explained((*pairs, *_restated(figures, pairs, context)), context)


def _restated(
    figures: Sequence[Figure], pairs: Sequence[FigurePair], context: _Context
) -> Iterable[FigurePair]:
    """A report that gives a figure's change ('now stands at £17.5m, up from £14m') ties both
    values to one thing: another report's £14m, published no later, is the earlier value of
    it, an update, however differently that report names the thing."""
    paired = {frozenset((id(p.first), id(p.second))) for p in pairs}
    for new, old in context.changes:
        for earlier in figures:
            key = frozenset((id(earlier), id(new)))
            if (
                earlier.sentence.article != new.sentence.article
                and earlier.quantity.unit == old.unit
                and earlier.quantity.value == old.value
                and not earlier.superseded
                and not _counts_another(earlier, new)
                and not _another_thing_than_bare(earlier, new, old)
                and not _after(context, earlier.sentence.article, new)
                and key not in paired
            ):
                paired.add(key)
                yield FigurePair(earlier, new, "update")


def _another_thing_than_bare(earlier: Figure, new: Figure, old: Quantity) -> bool:
    """A value read bare (``_in_unit_of``: a measure with no unit written) is a step only of a
    figure of the same thing: '900 hectares of farmland' flooded is no step of '1,600
    hectares of heath, up from 900'. A figure naming no thing may be."""
    bare = old.written_unit is None and old.dimension in _BARE_OLD_VALUE
    return bare and bool(earlier.noun and new.noun) and earlier.noun != new.noun


def _counts_another(earlier: Figure, new: Figure) -> bool:
    """The earlier figure is of what its own words say is another thing than the changed
    figure: a part ('two of them brothers'), a count in another frame, or a count of things
    against one of people ('two helicopters' is no step of 'Three men have been saved, up from
    the two found'; 'seven bodies' may be one of 'Eleven people, up from seven')."""
    if earlier.part:
        return True
    if earlier.frame and new.frame and earlier.frame != new.frame:
        return True
    nouns = earlier.noun and new.noun and earlier.noun != new.noun
    if not nouns:
        return False
    if _of_people(earlier) or _of_people(new):
        # ('two helicopters' are no step of 'three men'; two nouns of people may be one group)
        return not (_of_people(earlier) and _of_people(new))
    # (two nouns of one thing, 'eight cars' / 'fourteen vehicles', are apart only when what
    # befell them is said of one and not the other)
    return bool(earlier.frame) != bool(new.frame)


def _of_people(figure: Figure) -> bool:
    """A count of people: by its noun ('men', 'pupils') or by what befell them ('seven
    bodies', '40 evacuated')."""
    return of_people(figure.noun) or figure.frame in _BEFELL


def of_people(noun: str | None) -> bool:
    """A counted noun (folded, as ``Figure.noun``) of people: 'men', 'pupils', 'villagers'."""
    return bool(noun) and (noun in ANYONE or noun in _PEOPLE_NOUNS or noun in PERSON_NOUNS)


def _of_another_year(figure: Figure) -> bool:
    """A replaced value its own stretch dates to another year ('up from 12 in 2019', 'down from
    the 40 counted last year', 'up from 12 a year earlier', 'at the previous election'): a
    trend, no earlier step of today's count. Only the words of that stretch, from the clause
    mark before the figure to the one after it: a year elsewhere in the sentence ('the worst
    since 2019') says nothing of this value."""
    text, quantity = figure.sentence.text, figure.quantity
    start = max(text.rfind(", ", 0, quantity.start), quantity.start - OLD_VALUE_REACH, 0)
    after = STRETCH_END.search(text, quantity.end)
    stretch = text[start : after.start() if after else len(text)]
    return bool(ANOTHER_COUNTS_DATE.search(stretch))


def _changes(figures: Sequence[Figure]) -> Iterable[tuple[Figure, Quantity]]:
    """Each latest figure with a value its own sentence says it replaced, of the same unit."""
    by_sentence: dict[tuple[str, int], list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault((figure.sentence.article, figure.sentence.index), []).append(figure)
    for same in by_sentence.values():
        olds = [f.quantity for f in same if f.superseded and not _of_another_year(f)]
        for new in (f for f in same if (f.revised or f.current) and not f.superseded):
            for old in olds:
                if (replaced := _in_unit_of(old, new.quantity)) is not None:
                    yield new, replaced


# Measures whose replaced value may be written bare ('1,600 hectares, up from the 900 first
# estimated'). Not money: '£17.5m, up from 14' leaves the scale unsaid; nor shares: small whole
# percentages of other things coincide too often ('polled 12 per cent' / 'unemployment rose to
# 14 per cent, up from 12', review of updates26).
_BARE_OLD_VALUE = frozenset({"area", "weight", "volume", "distance", "speed"})


def _in_unit_of(old: Quantity, new: Quantity) -> Quantity | None:
    """The replaced value in the unit of the figure that replaced it: its own unit, or the new
    figure's where the old value is a bare number ('1,600 hectares, up from the 900 first
    estimated' replaced 900 hectares). Not a count of things ('up from 12 farms'), nor where
    the new figure's unit was converted from the one written ('40 square kilometres' is kept
    in hectares: 'up from 25' is not 25 of them)."""
    if old.unit == new.unit:
        return old
    # (the reader takes 'first' in 'the 900 first estimated' for the count's noun)
    bare = old.unit == "count" and (old.noun is None or old.noun.lower() in BEFORE_WORDS)
    as_written = new.written_unit == new.unit
    if not (bare and as_written and new.dimension in _BARE_OLD_VALUE):
        return None
    return replace(old, unit=new.unit, dimension=new.dimension, noun=None)


def _explained(pairs: tuple[FigurePair, ...], context: _Context) -> tuple[FigurePair, ...]:
    """A difference that dated reports show to be an update is an update wherever the order of
    the two reports is unknown: 'Two killed' in an undated report and 'four' in the morning
    paper, when the evening bulletin already moved from two to four."""
    moved = {key for p in pairs if p.label == "update" for key in _values(p)}
    return tuple(
        FigurePair(p.first, p.second, "update")
        if p.label == "conflict"
        and not moved.isdisjoint(_values(p))
        and _order(context, p.first, p.second) is None
        else p
        for p in pairs
    )


def _values(pair: FigurePair) -> frozenset[tuple[str, str, frozenset[float]]]:
    """The pair's two values, once under what each of its figures measures: which figure of a
    pair comes first follows the order the articles were given in, so naming the pair by its
    first figure alone made a change found between 'About 12 tonnes of fuel oil' and 'about
    40 tonnes' miss the undated pair of '40 tonnes' (no noun) and that same '12 tonnes'."""
    first, second = pair.first, pair.second
    values = frozenset({first.quantity.value, second.quantity.value})
    return frozenset((first.quantity.unit, what_measured(f), values) for f in (first, second))


def _context(figures: Sequence[Figure], articles: Sequence[Article]) -> _Context:
    per_sentence: dict[tuple[str, int, str, str], list[Quantity]] = {}
    superseded: dict[tuple[str, str], list[Quantity]] = {}
    revised: dict[tuple[str, str, str], list[Figure]] = {}
    placed: dict[tuple[str, str, str], list[tuple[int, Quantity]]] = {}
    for figure in figures:
        unit, what = figure.quantity.unit, what_measured(figure)
        key = (figure.sentence.article, figure.sentence.index, unit, what)
        per_sentence.setdefault(key, []).append(figure.quantity)
        if not (figure.superseded or figure.revised):
            # the whole article too: one that gives both values disputes neither
            per_sentence.setdefault((key[0], _ARTICLE, unit, what), []).append(figure.quantity)
            placed.setdefault((key[0], unit, what), []).append((figure.offset, figure.quantity))
        per_sentence.setdefault((*key[:3], _ANY), []).append(figure.quantity)
        if figure.superseded and not _of_another_year(figure):
            # (not a value of another year: 'up from 12 in 2019' is a trend, and today's 12
            # elsewhere is no earlier step of the count)
            superseded.setdefault((unit, what), []).append(figure.quantity)
        if figure.revised:
            revised.setdefault((figure.sentence.article, unit, what), []).append(figure)
    # A change a sentence gives ('now stands at eleven, up from five at the weekend') says the
    # old value was the thing's earlier value, whatever stage the new one names ('admitted')
    changes = tuple(_changes(figures))
    for latest, earlier in changes:
        if what := _changed_thing(latest):
            superseded.setdefault((earlier.unit, what), []).append(earlier)
    # An article that says its figure was revised ("lowered to 180") supersedes its others of
    # the same deed ('1,950 drivers have been repaid, up from 800' no earlier 'fined 6,240').
    apart = _deeds_told_apart(figures)
    for figure in figures:
        unit, what = figure.quantity.unit, what_measured(figure)
        new = [
            f
            for f in revised.get((figure.sentence.article, unit, what), ())
            if not _other_deeds(f, figure, apart)
        ]
        if new and not any(overlap(figure.quantity, f.quantity) for f in new):
            superseded.setdefault((unit, what), []).append(figure.quantity)
    dates = _on_event_day({a.id: publication_stamp(a.published) for a in articles}, figures)
    changing = _changing_deeds(figures)
    changed = frozenset((a.id, frame) for a in articles for frame in changed_frames(a.text))
    alone = _alone(figures)
    lead_days = {a.id: day for a in articles if (day := _lead_day(a.text))}
    parts = _parts_of_wholes(figures)
    role_ages: dict[tuple[str, str], list[Quantity]] = {}
    for figure in figures:
        if figure.quantity.dimension == "age" and not figure.historic:
            for role in roles(figure.person or frozenset()):
                role_ages.setdefault((figure.sentence.article, role), []).append(figure.quantity)
    return _Context(
        dates,
        per_sentence,
        superseded,
        placed,
        changing,
        changed,
        alone,
        lead_days,
        parts,
        role_ages,
        changes,
        _replaced(changes),
        apart,
    )


def _changed_thing(latest: Figure) -> str:
    """What a change's old value was the earlier value of: the latest figure's thing
    (``_thing``), or for a count in a generic noun that has none ('has now been shared 11,000
    times, up from 4,000') what it measures, when its clause gives it as the count so far
    (``_so_far``): another report's '4,000 times by late morning' is then that earlier step.
    Never nothing: an empty key would take every unnamed count of the unit."""
    thing = _thing(latest)
    if thing:
        return thing[2]
    return what_measured(latest) if _so_far(latest) else ""


def _replaced(
    changes: Iterable[tuple[Figure, Quantity]],
) -> dict[tuple[str, int], list[Quantity]]:
    """The values each revised figure, by (article, offset), its own sentence says it replaced
    ('All 2,600 people moved out, up from about 1,800')."""
    replaced: dict[tuple[str, int], list[Quantity]] = {}
    for latest, earlier in changes:
        if latest.revised:
            replaced.setdefault((latest.sentence.article, latest.offset), []).append(earlier)
    return replaced


def _parts_of_wholes(figures: Sequence[Figure]) -> tuple[tuple[Figure, Figure], ...]:
    """(part, whole) as one sentence gives them ('140,000 customers, out of a total of 1.2
    million', '40 of its 300 staff'): two values of one unit that are two things."""
    parts: list[tuple[Figure, Figure]] = []
    for first, second in pairwise(figures):
        same_sentence = first.sentence == second.sentence
        if not same_sentence or first.quantity.unit != second.quantity.unit:
            continue
        between = first.sentence.text[first.quantity.end : second.quantity.start]
        if _PART_OF.fullmatch(between) and first.quantity.high < second.quantity.low:
            parts.append((first, second))
    return tuple(parts)


def _lead_day(text: str) -> str | None:
    """The weekday an article's first sentence names: the day of what it reports."""
    lead = _FIRST_SENTENCE.match(text)
    words = re.findall(r"[a-z]+", lead.group(0).lower()) if lead else ()
    return next((word for word in words if word in WEEKDAYS), None)


def _on_event_day(
    dates: dict[str, tuple[str, str] | None], figures: Sequence[Figure]
) -> dict[str, tuple[str, str] | None]:
    """A time with no day ('Updated 11:02') put on the first day the reports are dated, when
    that is the day of the event itself (the weekday the dated leads give): live coverage of
    the day. When the first dated report is of a later day, a bare time may be of the event's
    day or the next, and stays without a day (``_order``)."""
    days = sorted(when[0] for when in dates.values() if when and when[0])
    leads = Counter(
        date.fromordinal(int(f.quantity.value)).isoformat()
        for f in figures
        if f.quantity.noun == LEAD_WEEKDAY and (dates.get(f.sentence.article) or ("", ""))[0]
    )
    event = min(leads, key=lambda day: (-leads[day], day)) if leads else None
    if not days or event != days[0]:
        return dates
    return {a: (days[0], when[1]) if when and not when[0] else when for a, when in dates.items()}


def _thing(figure: Figure) -> tuple[str, str, str] | None:
    """What a figure measures, as a key: its frame, slot or counted noun, or for a measure
    with a unit of its own (a speed, an area) the dimension itself."""
    quantity = figure.quantity
    if quantity.dimension in _MEASURES:  # 'about 20 hectares of the slope' is still the area
        measured = figure.slot or quantity.dimension
        # ...but a route's length is not a banner's: a distance's noun says whose it is
        whose = figure.noun if quantity.dimension == "distance" else None
        return (quantity.dimension, quantity.unit, f"{measured} ({whose})" if whose else measured)
    if _short_length(figure):
        # how long the story's happening lasted ('the raid lasted seven minutes', 'inside for
        # four minutes'); _alone keeps only a report's one such length, so all are one thing
        return (quantity.dimension, quantity.unit, LENGTH)
    noun = figure.noun if figure.noun not in ANYONE else None
    what = figure.frame or figure.slot or noun
    return (quantity.dimension, quantity.unit, what) if what else None


def _alone(figures: Sequence[Figure]) -> frozenset[tuple[str, str, str]]:
    """The things (``_thing``) that no article gives two different values of, and at least
    two articles give: measures with a unit of their own ('21 knots', '12 hectares') and
    ratings ('level 4'). Not counts, sums or shares: on DUC's topic clusters 'the only count of
    athletes' or 'the only prize money' of two reports were other athletes, other prizes."""
    values: dict[tuple[str, str, str], dict[str, list[Quantity]]] = {}
    for figure in figures:
        key = _thing(figure)
        settled = not (figure.superseded or figure.historic)
        if key is not None and settled and _measure(figure):
            per_article = values.setdefault(key, {})
            per_article.setdefault(figure.sentence.article, []).append(figure.quantity)
    return frozenset(
        key
        for key, per_article in values.items()
        if len(per_article) >= 2
        and all(overlap(a, b) for given in per_article.values() for a, b in combinations(given, 2))
    )


def _measure(figure: Figure) -> bool:
    rating = figure.slot is not None and figure.slot.endswith(RATING)
    named_sum = figure.quantity.dimension == "money" and figure.slot in ALONE_SUMS
    # the month something was done ('closes in September'), not when a tenure began (of
    # whom?), and the year such an event last happened ('last erupted in 1916'); not the year
    # the story's thing was built (a story's ferry and the lighthouse by the rocks are two
    # things built: review16a), nor the year of any deed: on DUC's clusters 'Franco's reign
    # ended in 1975' met another reign's end
    slot = figure.slot or ""
    done = figure.quantity.dimension == "date" and (
        (slot.startswith("month ") and slot != MONTH_SINCE) or slot in SINCE_RECORDS
    )
    return (
        figure.quantity.dimension in _MEASURES
        or rating
        or named_sum
        or done
        or _short_length(figure)
        or _group_count(figure)
        or _load(figure)
    )


def _load(figure: Figure) -> bool:
    """How many a vehicle carried ('The coach was carrying 46 people', 'with 52 on board'):
    a report of one coach, ship or plane that gives one such count gives its one load."""
    load = figure.quantity.dimension == "count" and figure.frame == ABOARD
    return load and not figure.quantity.limit  # 'can carry 60 people': a capacity


def _group_count(figure: Figure) -> bool:
    """A count of a group of people named as such ('3,400 savers', '21 crew members'): a
    report's only count of its savers or its crew is the story's one group; not a capacity
    ('carried up to 16 passengers', 'room for 40 guests')."""
    group = figure.quantity.dimension == "count" and figure.noun in _PEOPLE_NOUNS
    return group and not figure.quantity.limit  # 'room for 40 guests': a capacity


def _short_length(figure: Figure) -> bool:
    """How long something lasted, in minutes, hours or a few days: in a report of an event, the
    event's own length (a raid, a stand-off, a blackout, cavers' days underground). Longer
    lengths are the background's (an inquiry, a career): on DUC's clusters the only such
    length of two reports ('an extra 20 days', 'a three-week inquiry') was two things. Nor a
    programme's days ('a one-day visit', 'a two-day summit'), a plan or a rule ('what should have
    been a six-hour trip', 'can be held for up to 72 hours') or a shift ('delayed by 10
    hours'), which is a difference of two times."""
    quantity = figure.quantity
    if quantity.dimension != "duration" or figure.span or quantity.high > MAX_EVENT_LENGTH:
        return False
    before = figure.sentence.text[: quantity.start]
    programme = _DAYS_ADJECTIVE.fullmatch(quantity.text) is not None
    if figure.noun in _SHIFT_NOUNS:
        return False  # 'a 40-minute delay': a difference of two times
    # a day or more only when said to be how long ('for 31 hours', 'spent 53 hours'): 'who one
    # day commands' is no length
    unsaid = quantity.high >= DAY_MINUTES and not _SAID_LENGTH.search(before)
    return not (
        programme or unsaid or _SHIFT_BEFORE.search(before) or _PLANNED_BEFORE.search(before)
    )


def _pairs(figures: Sequence[Figure], context: _Context) -> Iterable[FigurePair]:
    """Same-subject pairs of figures from different articles.

    Figures only meet when they share a unit and an anchor (a claim, a specific name or a day):
    same_subject needs one anyway, and blocking on them keeps the stage near linear.
    """
    seen: set[tuple[int, int]] = set()
    for block in _blocks(figures).values():
        for first, second in combinations(block, 2):
            key = (id(first), id(second))
            if first.sentence.article == second.sentence.article or key in seen:
                continue
            seen.add(key)
            if _another_occasion(first, second, context) or _another_occasion(
                second, first, context
            ):
                continue
            alone = _thing(first) in context.alone and _thing(first) == _thing(second)
            # two reports leading on other days report two occasions: the meeting on Thursday
            # lasted five hours, Tuesday's three and a half
            alone = alone and not (
                _short_length(first)
                and (_other_days(first, second, context) or _other_events(first, second))
            )
            alone = alone or _one_age_of_a_role(first, second, context)
            if _other_deeds(first, second, context.deeds_apart):
                continue  # 'fined 6,240 drivers' / '1,950 drivers have been repaid'
            if same_subject(first, second, alone) and not _one_of_several(first, second, context):
                yield FigurePair(first, second, _label(first, second, context))
            elif _steps_of_one_count(first, second, context):
                yield FigurePair(first, second, "update")


def _steps_of_one_count(first: Figure, second: Figure, context: _Context) -> bool:
    """Two reports' only counts of one named kind of thing ('60 rescuers' in the morning, 'more
    than 100 rescuers' at night; 'six of his results' at 11:02, 'nine of his results' at 20:05)
    with no name or day to tie them are still one count when the reports' times (or words of
    change) show it moving: the steps of a changing figure, an update. Without that evidence
    such a pair stays unpaired, never a conflict: on DUC's topic clusters two reports' only
    counts of athletes were other athletes."""
    thing = _thing(first)
    if thing is None or thing != _thing(second) or first.quantity.dimension not in _STEPPED:
        return False
    if first.noun is None or first.noun in ANYONE or first.noun != second.noun:
        return False
    if told_apart(first, second) or not all(_only_value(f, context) for f in (first, second)):
        return False
    if _modifier_read(first) or _modifier_read(second):
        return False
    return _label(first, second, context) == "update"


def _modifier_read(figure: Figure) -> bool:
    """Is the word read as what a count counts a singular word after a count of several ('four
    cave rescue teams', 'a dozen cave divers'): a modifier of a noun further on, so two counts
    'of cave' may be of teams and of divers?"""
    if figure.quantity.dimension != "count" or figure.quantity.low <= 1:
        return False
    following = _NEXT_WORD.match(figure.sentence.text, figure.quantity.end)
    word = following.group(1) if following else ""
    plural = word.endswith("s") or word in _PLURAL_WORDS
    return bool(word) and word.islower() and not plural and word not in _BEFORE_A_NOUN


def _one_age_of_a_role(first: Figure, second: Figure, context: _Context) -> bool:
    """Two reports each giving one age, and no other, to an unnamed person of the same role
    ('A 12-year-old boy was taken to hospital' / 'The boy, 14, was discharged'; 'the man, 34'
    / 'The man is 43'): in one event's reports, the one boy each tells of is the same boy.
    A report that gives the role two ages tells of two such people, and ties neither."""
    if first.quantity.dimension != "age" or second.quantity.dimension != "age":
        return False
    one, two = first.person or frozenset(), second.person or frozenset()
    if one - roles(one) or two - roles(two):
        return False  # a named person's age: _same_person reads the names
    shared: set[str] = set(roles(one) & roles(two))
    # one of them must be definite ('The boy, 14'), the report's own boy; 'A farmer, 31, who
    # saw the smoke' and 'a 58-year-old farmer was arrested' introduce two people
    shared = {r for r in shared if _definite(first, r) or _definite(second, r)}
    if bool(_SUSPECTED.search(first.sentence.text)) != bool(
        _SUSPECTED.search(second.sentence.text)
    ):
        return False  # 'A 16-year-old girl was taken to hospital' / 'A girl, 15, was arrested'
    ages = context.role_ages or {}
    return any(
        all(
            overlap(q, f.quantity)
            for f in (first, second)
            for q in ages.get((f.sentence.article, r), ())
        )
        for r in shared
    )


# Words that make a person of a role a suspect: a victim and a suspect of one role ('a girl')
# are two people.
_SUSPECTED = re.compile(
    r"\b(?:arrested|charged|detained|held on suspicion|accused|suspected|in custody|"
    r"questioned by police|remanded|appeared (?:in|at|before) [\w ]{0,30}court|pleaded|"
    r"sentenced|convicted|on trial)\b",
    re.I,
)


def _definite(figure: Figure, role: str) -> bool:
    """Is the role next to an age said with a definite word ('The boy, 14', 'its 41-year-old
    skipper'), a person its report has already brought in?"""
    noun = role.rsplit(maxsplit=1)[-1]
    start = max(0, figure.quantity.start - DEFINITE_REACH)
    near = figure.sentence.text[start : figure.quantity.end + DEFINITE_REACH]
    return (
        re.search(
            rf"\b(?:the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", near, re.I
        )
        is not None
    )


def _one_of_several(first: Figure, second: Figure, context: _Context) -> bool:
    """The day of an event a story tells of many times (``REPEATED``) where either report gives
    that event more than one day: its talks on Sunday and its talks on Monday were two
    meetings, and neither is the day the other report gives."""
    event = (first.slot or "").removeprefix("day of the ")
    return event in REPEATED and not all(_only_value(f, context) for f in (first, second))


def _only_value(figure: Figure, context: _Context) -> bool:
    """Does the figure's article give no other value of what it measures?"""
    key = (figure.sentence.article, figure.quantity.unit, what_measured(figure))
    return all(overlap(q, figure.quantity) for _, q in context.placed.get(key, ()))


def _other_events(first: Figure, second: Figure) -> bool:
    """Two lengths each naming what lasted, and not the same ('a 14-hour stand-off', 'the
    raid lasted'): the event's slot, else the counted noun of a '40-minute delay'."""
    one, two = (
        (figure.slot or "").removeprefix(LENGTH_OF) or figure.noun for figure in (first, second)
    )
    return one is not None and two is not None and one != two


# A weekday written as a possessive before what happens on it ('Saturday's game', 'Friday
# night's vote'): the weekday is part of the name of an occasion.
_POSSESSIVE_DAY = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b", re.I)


def _another_occasion(figure: Figure, other: Figure, context: _Context) -> bool:
    """A weekday naming an occasion by its day ('hired a generator for Saturday's game') in an
    article whose lead tells its event on another weekday ('up on Wednesday night when the
    floodlights failed'), against the weekday another report's lead tells its event on (its
    lead's day, wherever it is said): the occasion is not that event (a coming fixture),
    whatever slot its noun gives. It may still meet another report's other day of the same
    occasion ('Thursday's cell searches' / 'a search for drugs on Friday': a keyed conflict
    of t-riot-fenwater). Not so where the lead names the same day, or none ('Saturday's match
    was abandoned' in a report of Saturday's match: that day)."""
    quantity = figure.quantity
    if not is_weekday(quantity) or not _POSSESSIVE_DAY.match(figure.sentence.text, quantity.end):
        return False
    days = context.lead_days or {}
    lead, their_lead = days.get(figure.sentence.article), days.get(other.sentence.article)
    theirs = is_weekday(other.quantity) and other.quantity.text.lower() == their_lead
    return theirs and lead is not None and lead != quantity.text.lower()


def _other_days(first: Figure, second: Figure, context: _Context) -> bool:
    days = context.lead_days or {}
    mine, theirs = days.get(first.sentence.article), days.get(second.sentence.article)
    return mine is not None and theirs is not None and mine != theirs


def _blocks(figures: Sequence[Figure]) -> dict[tuple[str, ...], list[Figure]]:
    per_sentence = Counter((f.sentence.article, f.sentence.index) for f in figures)
    blocks: dict[tuple[str, ...], list[Figure]] = {}
    for figure in figures:
        crowded = per_sentence[(figure.sentence.article, figure.sentence.index)] > MAX_PER_SENTENCE
        if crowded or not _comparable(figure):
            continue
        unit = (figure.quantity.dimension, figure.quantity.unit)
        anchors = _anchors(figure)
        if figure.frame == ABOARD:
            # a load meets the same load said without 'on board' (``_load_unsaid``)
            anchors = list(dict.fromkeys([*anchors, *_anchors(replace(figure, frame=None))]))
        for anchor in anchors:
            blocks.setdefault((*unit, *anchor), []).append(figure)
    # An anchor that hundreds of figures share tells none of them apart; comparing them all
    # would make the stage quadratic.
    return {key: block for key, block in blocks.items() if len(block) <= MAX_BLOCK}


def _anchors(figure: Figure) -> list[tuple[str, str]]:
    """The keys a figure is blocked on: its claim, names, days, person, lead or story toll,
    and what it measures."""
    anchors = [("claim", figure.claim), *(("name", w) for n in figure.names for w in n.split())]
    anchors += [("day", day) for day in figure.days]
    anchors += [("person", word) for word in sorted(figure.person or ())]
    if figure.lead and figure.frame:
        anchors.append(("lead", what_measured(figure)))
    elif figure.lead and figure.noun in _GROUP_NOUNS:
        anchors.append(("lead", "group of people"))  # see _one_group
    if figure.story:
        anchors.append(("story", what_measured(figure)))
    if strong(figure.slot):
        anchors.append(("slot", figure.slot or ""))
    elif figure.slot in _BUILT_OR_OPENED:
        anchors.append(("what", YEAR_BUILT))  # see _one_thing_built
    elif thing := _thing(figure):
        anchors.append(("what", thing[2]))  # what is measured: see _alone
    return anchors


# A clause whose subject is a possessive with its noun left out ('Exxon's spending rose 8
# percent. Mobil's rose 14 percent.'): what its figure measures is in another sentence, and a
# report's other sentence of the same words ('shares of Mobil rose 9.7 percent') is no tie.
_ELIDED_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+)(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+"
    r"(?:rose|fell|grew|dropped|increased|decreased|climbed|declined|jumped|slipped|gained"
    r"|lost|doubled|was|were|is|are|stood|reached|totall?ed)\s+(?:by\s+|to\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$"
)


def _comparable(figure: Figure) -> bool:
    """Figures worth comparing: a count must say what it counts; a year alone is too vague."""
    quantity = figure.quantity
    # "hundreds of" can agree with anything and contradicts nothing; 'Mobil's rose 14
    # percent': whose what, only the sentence before says
    if quantity.hedge == "vague" or _ELIDED_BEFORE.search(figure.sentence.text[: quantity.start]):
        return False
    part = quantity.dimension == "count" and figure.part and figure.frame != "hospital"
    # (compared through the whole it is part of; 'three more than first reported': no total)
    if part or tells_a_difference(figure):
        return False
    if quantity.dimension == "count":
        return figure.noun is not None or figure.frame is not None or figure.slot is not None
    # "over the past two years", "18 months ago": when, not how long; 'had demanded for a
    # decade': rough, and as often the background's as the event's, so compared only where its
    # slot names what lasted (tuning events: 'for a decade' against 'over five years', a law's
    # phase-in, was a false conflict as each report's only length)
    worded = figure.slot is None and quantity.worded
    if quantity.dimension == "duration" and (figure.span or worded):
        return False
    # a clock time without a zone cannot be compared across outlets; nor "on Monday" in the
    # body next to no event: the day of what?
    body_weekday = is_weekday(quantity) and quantity.noun != LEAD_WEEKDAY
    # (nor the day a toll rose: 'rose to three on Wednesday' is no day of the event)
    changed = is_weekday(quantity) and day_of_a_change(figure)
    # (a time with no zone only of an event a story has one of: 'the crane fell at 07:40'; two
    # outlets' times of other things may be in other zones, or of other moments)
    # (nor a run's name, 'the 08:12 from Harnmoor', but in a lead: the service the story
    # happened on, named up top; one further down is as often the one passengers were moved to.
    # A lead's replacement run, 'were put on the 9.45 from Paddington', has no run slot at all:
    # ``slots._service_slot``)
    service = is_service(figure.slot) and figure.lead
    local = quantity.unit == "clock" and not strong(figure.slot) and not service
    if local or changed or (body_weekday and figure.slot in {None, ANY_EVENT}):
        return False
    # "built in 1887": a year (a slot) is precise enough for what was done in it; 'in June'
    # of what? Only of something done in it
    precise = quantity.high - quantity.low < MAX_DATE_SPAN and quantity.unit != "month"
    return quantity.dimension != "date" or precise or figure.slot is not None


def same_subject(first: Figure, second: Figure, alone: bool = False) -> bool:
    """Are two figures of the same dimension and unit about the same thing?

    Needs an anchor (the same claim, or a shared specific name or day), something that says
    what is measured (the same counted noun or frame, or shared predicate words), and nothing
    that tells the two apart.
    """
    if told_apart(first, second):
        return False
    if first.slot == second.slot and strong(first.slot):
        return True
    if first.slot in {YEAR_SINCE, MONTH_SINCE} and not _shared_names(first.names, second.names):
        return False  # "since 1994" of what? Only a named person's or body's tenure
    # (in one claim too when a name ties them: 'The owner, Hector Graal, 58' / 'the
    # 65-year-old showman Hector Graal')
    if first.quantity.dimension == "age" and (
        first.claim != second.claim or _named_alike(first, second)
    ):
        return alone or _one_person(first, second)
    anchors = SAME_CLAIM * (first.claim == second.claim)
    # two lead tolls, two lead sums of one currency, or two lead counts of one kind of people
    # or thing ('carrying 214 passengers' / '241 passengers were on the ship'): the story's
    # main figure
    alike = first.quantity.dimension == "count" and first.noun == second.noun
    alike = alike and first.noun is not None and first.noun not in ANYONE
    people = _one_group(first, second)
    alike = alike or people
    main = first.frame is not None or first.quantity.dimension == "money" or alike
    anchors += ANCHOR * (first.lead and second.lead and main)
    anchors += ANCHOR * (first.story and second.story)
    anchors += ANCHOR * (_shared_names(first.names, second.names) + len(first.days & second.days))
    thing = first.noun is not None and first.noun == second.noun
    thing = thing or (first.frame is not None and first.frame == second.frame)
    thing = thing or (first.slot is not None and first.slot == second.slot)
    thing = thing or alone or people  # (the same _thing, a measure's dimension included)
    # The story's protagonists (names in most articles) are weak evidence, like a shared word.
    common = _shared_names(first.all_names, second.all_names) - _shared_names(
        first.names, second.names
    )
    if first.quantity.dimension == "date":
        # 'on Monday evening' / 'by Tuesday evening': the time of day says nothing of what
        # happened on the day
        shared = (first.near & second.near) - _TIME_OF_DAY
    else:
        shared = _with_noun(first) & _with_noun(second)
    words = min(MAX_WORDS, len(shared) + max(0, common))
    alone = alone and _worded(first, second, shared)
    anchors += ALONE * alone
    # "The satellites cost 118 million euros" / "The satellites cost 180 million euros": the
    # same slot said with the same predicate words ties two sentences with no name or day
    said_alike = first.slot is not None and len(shared - {first.noun}) >= SAID_ALIKE
    anchors += ANCHOR * (said_alike and first.slot == second.slot)
    # Two sentences of one claim, one figure's slot read and the other's not, that share a
    # predicate word ('Assets worth €18 million have been frozen' / '€26 million of his assets
    # has been frozen'): nothing says the unread one is of another thing. Tuning events: 2 more
    # keyed conflicts and 1 more update found, no false conflict; DUC's false conflicts per
    # cluster unchanged (0.48). Not across claims: with two shared words there, nothing more.
    unread = None in {first.slot, second.slot} and first.slot != second.slot
    thing = thing or (unread and first.claim == second.claim and bool(shared - {first.noun}))
    built = _one_thing_built(first, second)
    anchors += ANCHOR * built
    thing = thing or built
    if not anchors or not (thing or words):
        return False
    return anchors + THING * thing + WORD * words >= SAME_SUBJECT


def _worded(first: Figure, second: Figure, shared: frozenset[str]) -> bool:
    """Two figures, each the only value of its thing in its report, are said of one thing in
    words besides (``shared``: the words around them both have)."""
    # a count's noun ('14 helicopter missions', 'two helicopters') or a speed's, a distance's
    # or a weight's unit ('sailing at 12 knots', 'winds gusted to 40 knots') needs a word of the
    # context besides
    worded = first.quantity.dimension not in _NEEDS_A_WORD or bool(shared - {first.noun})
    # ...and so does a length that names what lasted against one that names nothing ('three
    # hours of decompression stops' / 'bottom times of 20 minutes': two lengths of a dive).
    # Tuning events: 1 false conflict fewer, no keyed one lost; DUC unchanged
    named_once = (first.noun is None) != (second.noun is None)
    if first.quantity.dimension == "duration" and named_once:
        worded = bool(shared - {first.noun, second.noun})
    worded = worded or (_group_count(first) and first.noun == second.noun)
    # ...or a measure with a unit of its own, of one named thing ('The Marit Kessler was
    # travelling at about 11 knots' / 'The Marit Kessler was doing 17 knots'); not a distance,
    # which measures too many things of one place (a sinkhole's depth, a street's closed length)
    own_unit = first.quantity.dimension in _MEASURES - {"distance"}
    worded = worded or (own_unit and bool(_shared_names(first.all_names, second.all_names)))
    # ...or a measure named alike, with what it measures: 'the 4-kilometre route', 'the whole
    # six-kilometre route' (both a route's length)
    named = first.noun is not None and (first.noun, first.slot) == (second.noun, second.slot)
    worded = worded or (named and first.slot is not None)
    # ...or a size said as one ('15 metres across' / '30 metres wide'), each report's only one
    return worded or (first.slot in _SIZES and first.slot == second.slot)


def _with_noun(figure: Figure) -> frozenset[str]:
    return figure.words | {figure.noun} if figure.noun else figure.words


def _shared_names(first: frozenset[str], second: frozenset[str]) -> int:
    """Names in common; 'Qin' and 'Qin Gang' are one, 'Bay Islands' and 'Swan Islands' two."""
    return sum(any(same_name(a, b) for b in second) for a in first)


def same_name(a: str, b: str) -> bool:
    one, two = set(a.split()), set(b.split())
    return one <= two or two <= one


def _one_person(first: Figure, second: Figure) -> bool:
    """One person's age (told_apart checked the name) in two claims; an unnamed one, known
    only by role ('the teacher'), when the two sentences also say the same of them — or the
    role is one a story has one of (a vehicle has one driver)."""
    one, two = first.person or frozenset(), second.person or frozenset()
    own_roles = roles(one)
    if not own_roles or one - own_roles or own_roles & two & _SOLE_ROLES:
        return True  # (a named person's: told_apart checked the names and roles)
    return len(first.words & second.words) >= ROLE_WORDS


def _named_alike(first: Figure, second: Figure) -> bool:
    """Two ages given to a person of one name: the same person, whatever else the two sentences
    say (``told_apart`` has checked that nothing tells the two apart: a past age, kin, other
    names), in one claim as across two (``_one_person``)."""
    one, two = first.person or frozenset(), second.person or frozenset()
    return bool((one - roles(one)) & (two - roles(two)))


def told_apart(first: Figure, second: Figure) -> bool:
    """Something in the two contexts says these are two different things."""
    dimension = first.quantity.dimension
    a, b = sorted((abs(first.quantity.value), abs(second.quantity.value)))
    one, two = first.all_names, second.all_names
    built = _one_thing_built(first, second)
    return (
        _other_nouns(first, second)
        or (
            dimension == "count" and first.frame != second.frame and not _load_unsaid(first, second)
        )
        or _other_modifiers(first, second)
        # "59 bodies were found" and "14 bodies identified" count different things
        or (dimension == "count" and first.stage != second.stage)
        or (dimension in _AGGREGATES and bool(a) and b / a > MAX_RATIO)
        or (
            dimension == "money"
            and bool(a)
            and b / a > MAX_MONEY_RATIO
            and not (_slip(a, b) or _one_sum_mistyped(first, second))
        )
        # "paid $340 million" and "a budget of $300 million" are two sums
        or (bool(first.slot and second.slot and first.slot != second.slot) and not built)
        # 'the 86-year-old Kingsway Bridge' meets only its name or the bare noun, not 'the
        # bridge at Hesket' whose place the two sentences share
        or (not built and _named_aged(first, second))
        # 'the 33-year-old ship' is not 'The bridge, built in 1989', however alike the rest
        or (not built and _another_built_thing(first, second))
        # 'A new bell was installed in 1990' is not 'The church clock, installed in 1868'
        or _two_things_dated(first, second)
        # a length said without a figure ('closed the road for a day') meets only a length of
        # what it is the length of, never an unslotted one ('residents were shut indoors for
        # two days': review23d)
        or ((first.quantity.worded or second.quantity.worded) and None in (first.slot, second.slot))
        # a sum with its fees and one without ('312 million with fees', 'the hammer at 270')
        or (first.slot or "").endswith(WITH_FEES) != (second.slot or "").endswith(WITH_FEES)
        # "inflation reached 5.1%" and "forecast inflation of 3.1%": what is, what may be
        or bool(first.near & _FORECAST) != bool(second.near & _FORECAST)
        # "the worst previous fire, in 1978, killed 20" is another event
        or (
            first.historic != second.historic
            and not _both_at_death(first, second)
            and not _one_year_named(first, second)
        )
        # two past figures dated by other years ('in 2019, killed 12' / '30 killed, the
        # most since 2019': a year beside one only) are of two events
        or (
            first.historic
            and second.historic
            and _years_near(first) != _years_near(second)
            and not _both_at_death(first, second)
        )
        # 'emerged only at the age of 60' is the age of a past event, not 'Saramago, 75'
        or (_at_an_age(first) != _at_an_age(second) and not _both_at_death(first, second))
        or _other_near_days(first, second)
        or (dimension == "distance" and not _same_places(first, second))
        or (dimension == "distance" and _another_things_length(first, second))
        or (dimension == "distance" and _size_and_reach(first, second))
        # (the places next to a count in hospital are the hospital's or the event's)
        # (nor an age's: whose it is, _same_person tells)
        or bool(
            one
            and two
            and not _shared_names(one, two)
            and first.frame != "hospital"
            and dimension != "age"
            and not _once_in_a_story(first, second)
        )
        or (dimension == "age" and not _same_person(first.person, second.person))
        or _split_group(first, second)
        or _split_group(second, first)
        # 'carrying 14 passengers' / 'carried up to 16 passengers', 'in a 60mph limit' /
        # 'travelling at 90mph', 'a height limit of 4.2 metres' / 'the bus was 4.4 metres
        # tall': a limit or a capacity, and an amount that was
        or first.quantity.limit != second.quantity.limit
        # 'winds of 40 knots' / 'travelling at 11 knots': the wind's speed and a ship's
        or (dimension == "speed" and bool(first.near & _WIND) != bool(second.near & _WIND))
    )


def _other_near_days(first: Figure, second: Figure) -> bool:
    """Do the two name other days next to them ('on Monday' / 'on Tuesday')? Not where the
    words name one calendar day ('on Monday' in a report of Tuesday, 'yesterday' in another of
    that Tuesday: fresh33's boiler failed at 4.40am 'on Monday' and 'yesterday')."""
    one, two = first.near_days, second.near_days
    return bool(one and two and not one & two and not first.near_dates & second.near_dates)


# Named things whose length is their own, not the story's thing's: an area set up around it
# (review rates18: any named length here lost 'backed up for 5 miles' / 'an 8-mile queue').
_AREAS = frozenset({"zone", "exclusion", "cordon", "radius", "perimeter", "area"})


def _another_things_length(first: Figure, second: Figure) -> bool:
    """A length said of nothing named ('it was nearly four feet long') and one of an area named
    ('a 400-metre exclusion zone', 'a 200-metre cordon') whose name the first sentence never
    writes: the zone's, not the first's thing (a bomb), even when both name the same street."""
    named, unnamed = (first, second) if first.noun else (second, first)
    if named.noun not in _AREAS or unnamed.noun:
        return False
    words = {lemma(word) for word in re.findall(r"[a-z]+", unnamed.sentence.text.lower())}
    return named.noun not in words


def _size_and_reach(first: Figure, second: Figure) -> bool:
    """A thing's size ('the slick covers a 5-kilometre stretch of the bay', '15 metres deep')
    and how far something is from somewhere ('drifting 12 kilometres from the shore', 'some 9
    kilometres offshore'): two distances, whatever they share (review: the length of a spill
    and its distance from the shore were one conflict)."""
    sized = [f.slot in SIZES_OF_THINGS for f in (first, second)]
    # (not two sizes, one said with where it lies: 'at a depth of 44 metres off Kelmouth')
    return sized[0] != sized[1] and (second.reach if sized[0] else first.reach)


def _load_unsaid(first: Figure, second: Figure) -> bool:
    """A vehicle's load said with 'on board' in one report and without it in the other ('its
    21 crew members are held on board' / 'its company of 19 seafarers'): the word is no
    other frame, only one left unsaid."""
    return {first.frame, second.frame} == {ABOARD, None}


def _once_in_a_story(first: Figure, second: Figure) -> bool:
    """The same slot of what the story's thing has once: the year it was built or opened, the
    time or day of a named event ('the earth dam at Hollins Reservoir gave way at half past
    three' / 'the dam failed at 5 a.m., flooding Brisket'). Names beside such figures say
    where or by whom, not of what. Not a vote's split nor 'the first time since 1969': on DUC's
    clusters those were other votes, other records (false conflicts per cluster 0.48 -> 0.56
    with every shared slot). Tuning events: 2 more keyed conflicts found, no false one. Nor
    an event a story tells of many times (``REPEATED``: talks, hearings, votes, marches): the
    US, Japan and the Philippines' talks on Friday are not a secretary's talks on Sunday."""
    slot = first.slot or ""
    moment = slot.startswith(("day of the ", "time of the ")) and slot != ANY_EVENT
    once = moment and slot.removeprefix("day of the ").removeprefix("time of the ") not in REPEATED
    return slot == second.slot and (slot in _BUILT_OR_OPENED or once)


def _one_year_named(first: Figure, second: Figure) -> bool:
    """Both sentences name the same year ('fetched 1.8 million crowns at auction in 2019' /
    'sold for 2.4 million crowns in 2019, a record'): whether either reads as an earlier
    event's, both are of that year, not one of the story's day and one of the past."""
    years = _years_near(first)
    return bool(years & _years_near(second))


def _years_near(figure: Figure) -> set[str]:
    """The years written within HISTORY_YEAR_REACH of the figure, the reach in which a year
    dates it ('the most since 2019' far along the sentence dates no '30 people were killed'
    at its start). Not the figure's own text: a year is not another year near itself (with
    it, two past years of one slot were always 'dated by other years' and never compared)."""
    text, quantity = figure.sentence.text, figure.quantity
    before = text[max(0, quantity.start - HISTORY_YEAR_REACH) : quantity.start]
    after = text[quantity.end : quantity.end + HISTORY_YEAR_REACH]
    return set(YEAR_WRITTEN.findall(before)) | set(YEAR_WRITTEN.findall(after))


def _at_an_age(figure: Figure) -> bool:
    """An age something happened at ('died at 44', 'at the age of 60')."""
    before = figure.sentence.text[
        max(0, figure.quantity.start - AT_AGE_REACH) : figure.quantity.start
    ]
    return figure.quantity.dimension == "age" and AGE_AT_EVENT_RE.search(before) is not None


def _both_at_death(first: Figure, second: Figure) -> bool:
    """Two ages at which one person died ('who died in 1931 aged 47', 'died at 44'): the year
    of the death does not make one of them another, earlier event."""
    dimension = first.quantity.dimension
    return dimension == "age" and all("died" in f.words for f in (first, second))


def _slip(low: float, high: float) -> bool:
    """The same digits a power of ten apart ('$40 million' and '400 million dollars', '$2
    million' and '$2 billion'): a zero or a scale word slipped, one sum misreported; or one
    digit dropped or added ('€18m' and 'some 8 million euros', '£1.9m' and '£900,000')."""
    ratio = high / low
    if any(abs(ratio - power) < SLIP_TOLERANCE * power for power in (10.0, 1000.0)):
        return True
    return Indel.distance(_digits(low), _digits(high)) == 1


def _one_sum_mistyped(first: Figure, second: Figure) -> bool:
    """Two sums whose digits are swapped ('a £15,000 reward' / 'a £51,000 reward') and that
    are of one thing: one slot of the sums a story has one of (ALONE_SUMS). A £14m grant
    beside a £41m cost, or $1.3bn of repairs beside $3.1bn to modernise the whole dam, are two
    sums however their digits fall (review of missed33)."""
    one_slot = first.slot in ALONE_SUMS and first.slot == second.slot
    return one_slot and digits_swapped(first.quantity.value, second.quantity.value)


def digits_swapped(one: float, other: float) -> bool:
    """Two values of one size whose digits differ only by two neighbours struck in the other
    order ('46' / '64', '3,400' / '4,300', '£180,000' / '£810,000', '€12m' / '21 million
    euros'): one figure mistyped, not two figures. Of one size (the same digits before the
    point), so '£1.2m' / '£2.1bn' or '120' / '2,100' are not swapped digits. The digits are
    the significant ones (``_digits``: trailing zeros stripped); a swap that leaves a ratio
    past MAX_MONEY_RATIO is of the leading digits, where '1,200' / '2,100' and '12' / '21'
    read alike with or without the zeros."""
    if one <= 0 or other <= 0 or one == other:
        return False
    if len(str(int(one))) != len(str(int(other))):
        return False
    return transposed(_digits(one), _digits(other))


def _digits(value: float) -> str:
    """The significant digits of a value: 18,000,000 -> '18', 1.9 -> '19'."""
    return f"{value:.2f}".replace(".", "").lstrip("0").rstrip("0")


def _other_nouns(first: Figure, second: Figure) -> bool:
    """Two counted nouns that tell figures apart; 'people' is anyone in a frame ('350 people
    were evacuated', 'about 300 workers were evacuated'), or the group another outlet names
    ('214 people aboard' / '198 passengers')."""
    if _is_rate(first) or _is_rate(second):
        return _rates_apart(first, second)
    if not (first.noun and second.noun) or first.noun == second.noun:
        return False
    framed = first.frame is not None and first.frame == second.frame
    # ...but not everyone aboard: '450 people on board' are passengers and crew
    framed = framed and first.frame != ABOARD
    # ...and a crowd is its people: '18,000 spectators', 'a crowd of 18,000', 'the 18,000 people
    # on the airfield' (fresh35), in one frame or none; what pairs them is still an anchor
    crowd = {first.noun, second.noun} == {"people", CROWD_NOUN} and first.frame == second.frame
    people = (framed and "people" in {first.noun, second.noun}) or crowd
    return not people and not _one_group(first, second)


def _other_modifiers(first: Figure, second: Figure) -> bool:
    """'12 bus passengers' and '40 train passengers': people of one noun that the word before
    it says are two groups (``quantities.names_which_people``: not a participle or a manner,
    '38 elderly passengers' may meet '48 cruise passengers'). A count read through its
    modifier ('48 cruise passengers' as passengers) meets another count of the noun only where
    both are of one non-empty frame ('a coach carrying 48 cruise passengers', 'carrying 38
    passengers'): elsewhere '30 rescue workers' and '200 workers', '3 agency nurses' and '9
    nurses' are a part and a whole or two groups (review of slots35), and stay apart as before
    the head reading."""
    one, two = _modifier(first), _modifier(second)
    if one == two:
        return False
    noun = first.quantity.noun or ""
    read = [m for m in (one, two) if m is not None and read_through_by_head(m, noun)]
    if read and not (first.frame and first.frame == second.frame):
        return True
    return (
        one is not None
        and two is not None
        and names_which_people(one, noun)
        and names_which_people(two, noun)
    )


def _modifier(figure: Figure) -> str | None:
    """The word between a count and its counted noun ('cruise' of '48 cruise passengers')."""
    quantity = figure.quantity
    if quantity.dimension != "count" or not quantity.noun:
        return None
    between = _MODIFIED.match(figure.sentence.text, quantity.end)
    if between is None or between.group("noun").lower() != quantity.noun:
        return None
    modifier = between.group("modifier").lower()
    return modifier if modifier != quantity.noun else None


# A count's noun with one word between ('48 cruise passengers').
_MODIFIED = re.compile(r"\s+(?P<modifier>[A-Za-z]+)\s+(?P<noun>[A-Za-z]+)\b")


def _is_rate(figure: Figure) -> bool:
    return figure.quantity.dimension == "money" and (figure.noun or "").startswith(RATE)


# What a rate by the time is paid per ('EUR 90 per night'): not per a thing (a ticket, a head).
_PER_TIMES = frozenset(RATE + time for time in ("hour", "night", "day", "week", "month", "year"))
# A sum said to be a total: 'a total of EUR 900', 'EUR 900 in all', 'EUR 900 for the stay'.
_TOTAL_BEFORE = re.compile(r"\btotal\s+of\s+(?:\w+\s+)?$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(
    r"\s+(?:in\s+(?:all|total)|altogether"
    r"|for\s+the\s+(?:[a-z]+\s+)?(?:week|weekend|fortnight|stay|trip|holiday|visit|season))\b",
    re.IGNORECASE,
)


def _rates_apart(first: Figure, second: Figure) -> bool:
    """A rate and another sum told apart: a rate by the time and one by a thing ('EUR 90 per
    night' / 'EUR 95 a ticket'), or a rate and a sum marked a total ('EUR 900 for the stay').
    Rates per things of any noun ('£85 per person' / '£95 a ticket') meet, and so does a rate and
    a plain sum: 'each' may stand before it ('were each fined £600' / 'fined £500 each')."""
    if _is_rate(first) and _is_rate(second):
        times = {first.noun, second.noun} & _PER_TIMES
        return bool(times) and first.noun != second.noun
    plain = second if _is_rate(first) else first
    text, quantity = plain.sentence.text, plain.quantity
    return bool(
        _TOTAL_BEFORE.search(text[: quantity.start]) or _TOTAL_AFTER.match(text, quantity.end)
    )


def _one_group(first: Figure, second: Figure) -> bool:
    """Two counts of people in one frame (or none), one said as 'people' and the other in a
    noun for a group of people, both in their reports' leads: perhaps the story's one group in
    two words. (Deeper in a report, 'three others who had been aboard' and 'the five crew
    aboard' the other yacht of a race were two crews on a DUC cluster.)"""
    nouns = {first.noun, second.noun}
    if not (
        first.lead
        and second.lead
        and first.quantity.dimension == "count"
        and first.frame == second.frame
        and first.stage == second.stage
        and "people" in nouns
        and nouns & _PEOPLE_NOUNS
    ):
        return False
    # ...unless the 'people' sentence names the group too: 'rescuers have reached three men,
    # and 11 miners remain trapped' counts a part of the miners
    generic, group = (first, second) if first.noun == "people" else (second, first)
    named = re.search(rf"\b{re.escape(group.noun or '')}", generic.sentence.text, re.IGNORECASE)
    # ...and each count opens its sentence, as the group the sentence is about: not 'the
    # ferry, which serves the island's 300 people', 'a school with 400 people on its roll'
    return named is None and _opens_sentence(first) and _opens_sentence(second)


def _opens_sentence(figure: Figure) -> bool:
    return _SENTENCE_OPENING.fullmatch(figure.sentence.text, 0, figure.quantity.start) is not None


def _same_last(a: str, b: str) -> bool:
    """One name spelled two ways keeps its last word: 'Chastity Pasley', 'Chasity Pasley'."""
    return a.rsplit(maxsplit=1)[-1] == b.rsplit(maxsplit=1)[-1]


def _same_person(one: frozenset[str] | None, two: frozenset[str] | None) -> bool:
    """Ages of different people are never the same thing; an age with no name next to it
    cannot be told to be anyone's. One person: a shared name word, and the words the two do
    not share spelled alike or left out ('Kristen Leann Price', 'Kristen Price'; 'Chastity
    Vera Pasley', 'Chasity Pasley') — not a father and son ('Qin Qinguo', 'Qin Yongmin')."""
    if not (one and two and one & two) or any(_kin(word) for word in one ^ two):
        return False  # (one of them is someone's father: ``figure_reading._person``)
    if FAMILY_ALONE in one | two:
        return False  # 'Mr Hest' where the cluster names two Hests: either of them
    named, also_named = one - roles(one), two - roles(two)
    if bool(named) != bool(also_named):
        # a name and its role in one, the role alone in the other: one person where a story
        # has one of them ('Its pilot, Gareth Tolland' / 'The pilot, aged 49')
        return bool(one & two & _SOLE_ROLES)
    mine, theirs = sorted((one - two, two - one), key=len)
    return all(
        any(Indel.normalized_similarity(word, other) >= NAME_ALIKE for other in theirs)
        for word in mine
    )


def _one_thing_built(first: Figure, second: Figure) -> bool:
    """'the embankment, built in 1911' / 'the 136-year-old embankment', 'The East Terrace,
    opened in 1957' / 'the 61-year-old terrace': the year a thing was built (or opened, which
    its age may count from), the thing named in both sentences."""
    slots = {first.slot, second.slot}
    if not slots <= _BUILT_OR_OPENED:
        return False
    for aged, other in ((first, second), (second, first)):
        noun = aged.quantity.noun if aged.quantity.text.lower().endswith("year-old") else None
        named = named_thing(aged.sentence.text, aged.quantity) if noun else None
        if named is not None:
            # 'the 86-year-old Kingsway Bridge': the other names the bridge by its name or as
            # the bare noun ('The bridge opened in 1931'), not another thing of that name's
            # last word with its own modifier ('The old rail bridge', 'The bridge at Hesket')
            name = " ".join(named.group(0).split())
            if name.lower() in other.sentence.text.lower() or _bare(noun or "", other):
                return True
        elif noun and re.search(rf"\b{re.escape(noun)}\b", other.sentence.text, re.IGNORECASE):
            return True
    return False


def _two_things_dated(first: Figure, second: Figure) -> bool:
    """Two years of a thing put to work or lent said of two things: two nouns ('A new bell was
    installed in 1990' / 'The church clock, installed in 1868'), one marked another of its kind
    ('A new clock was installed in 1990'), modifiers told apart (``_modified_apart``: 'The
    church clock' / 'The station clock') or two places after the year ('on the A40' / 'on the
    A41'). A noun alone meets its noun with modifiers ('the clock' / 'the turret clock of
    Sulcombe Town Hall'). Two words for one thing ('the book' / 'the guide') are told apart
    too: a side short of an outlet, not a false conflict."""
    if not (first.slot == second.slot and first.slot in _THINGS_DATED):
        return False
    one, two = _dated_thing(first), _dated_thing(second)
    if one is None or two is None:
        return False
    return (
        lemma(one.noun) != lemma(two.noun)
        or one.another
        or two.another
        or _modified_apart(one, two, first, second)
        or bool(one.where and two.where and one.where != two.where)
    )


def _modified_apart(one: _DatedThing, two: _DatedThing, first: Figure, second: Figure) -> bool:
    """Two things each said with a modifier the other's sentence never says ('The church
    clock' / 'The station clock'). A modifier the other sentence names elsewhere is one thing
    said twice ('A library book borrowed in 1984' / 'An overdue book taken out of Quorndale
    Library'; 'The turret clock of Sulcombe Town Hall' / 'The Sulcombe clock')."""
    mine = {word.lower() for word in _WORD.findall(first.sentence.text)}
    theirs = {word.lower() for word in _WORD.findall(second.sentence.text)}
    return not (one.modifiers <= theirs or two.modifiers <= mine)


@dataclass(frozen=True)
class _DatedThing:
    """The thing a year installed or borrowed is of: its noun, its modifiers (the words
    between its determiner and the noun, and a place named after it, lower case), whether it
    is marked another of its kind, and the place named right after the year."""

    noun: str
    modifiers: frozenset[str]
    another: bool
    where: str


def _dated_thing(figure: Figure) -> _DatedThing | None:
    """The thing a figure's deed is of, read before the figure, or None."""
    text = figure.sentence.text
    found = list(_DATED_THING.finditer(text[: figure.quantity.start]))
    if not found:
        return None
    thing = found[-1]
    lead = re.split(r"[,;:.()]", text[: thing.start("noun")])[-1]
    words = [word.lower() for word in _WORD.findall(lead)][-_MODIFIER_REACH:]
    opened = max((at + 1 for at, word in enumerate(words) if word in _DETERMINERS), default=0)
    place = re.findall(r"(?-i:[A-Z])[\w'’]*", thing.group("place"))
    modifiers = frozenset(words[opened:]) | {word.lower() for word in place}
    where = _PLACE_AFTER_YEAR.match(text[figure.quantity.end :])
    return _DatedThing(
        noun=thing.group("noun").lower(),
        modifiers=modifiers,
        another=bool(_ANOTHER_OF_ITS_KIND & set(words)),
        where=where.group("where") if where else "",
    )


def _another_built_thing(first: Figure, second: Figure) -> bool:
    """Two years a thing was built, one an age of a thing its noun names ('the 33-year-old
    ship') and the other said in a sentence that names other built things only ('The bridge,
    built in 1989'): two things, even in one claim of alike words."""
    if not {first.slot, second.slot} <= _BUILT_OR_OPENED:
        return False
    for aged, other in ((first, second), (second, first)):
        noun = aged.quantity.noun if aged.quantity.text.lower().endswith("year-old") else None
        if noun not in BUILT_THINGS:
            continue
        things = _kind_words(other, BUILT_THINGS)
        if things and not any(_one_kind(noun or "", thing) for thing in things):
            return True
    return False


def _one_kind(noun: str, thing: str) -> bool:
    """One noun, or two a kind groups (``_KINDS_OF_BUILT``): maybe one thing."""
    return noun == thing or any(
        {noun, thing} <= general | specific for general, specific in _KINDS_OF_BUILT
    )


def _kind_words(figure: Figure, kind: frozenset[str]) -> frozenset[str]:
    """The words of a kind of built thing a figure's sentence names."""
    return frozenset(re.findall(r"[a-z]+", figure.sentence.text.lower())) & kind


def _named_aged(first: Figure, second: Figure) -> bool:
    """Is either an age of a named built thing ('the 86-year-old Kingsway Bridge')?"""
    return any(
        f.slot == YEAR_BUILT
        and f.quantity.text.lower().endswith("year-old")
        and named_thing(f.sentence.text, f.quantity) is not None
        for f in (first, second)
    )


def _bare(noun: str, figure: Figure) -> bool:
    """'The bridge opened in 1931': a thing's noun right after 'the', and no phrase after it
    that makes it another one of its kind ('the bridge at Hesket', 'the bridge of the old
    line')."""
    return bool(
        re.search(
            rf"\bthe\s+{re.escape(noun)}\b(?!\s+{_ANOTHER_ONE})",
            figure.sentence.text,
            re.IGNORECASE,
        )
    )


def _kin(word: str) -> bool:
    return word.startswith(ROLE) and word.rsplit(maxsplit=1)[-1] in KIN


def _split_group(first: Figure, second: Figure) -> bool:
    """A figure for 'Kenya and Tanzania' is not a figure for Kenya alone: second names some,
    not all, of a group written together next to first; unless second writes the whole group
    too ('the line between Tallowby and Rensford' in both: a story's own place may be left out
    of the names read near a figure, issue 7)."""
    names = second.all_names
    for group in first.together - second.together:
        shared = sum(any(same_name(g, n) or _same_last(g, n) for n in names) for g in group)
        if 0 < shared < len(group):
            return True
    return False


def _same_places(first: Figure, second: Figure) -> bool:
    """Distances are between two places: every name near one must be near the other; unless
    only one names a place, and both say what they measure alike ('the 4-kilometre route from
    Station Square' / 'the whole six-kilometre route') or neither is a size (``_unplaced``)."""
    one, two = first.all_names, second.all_names
    if one and two:
        return _shared_names(one, two) == len(one) and _shared_names(two, one) == len(two)
    named_alike = first.noun is not None and first.noun == second.noun
    return not (one or two) or named_alike or _unplaced(first, second)


def _unplaced(first: Figure, second: Figure) -> bool:
    """Two distances between places, one of them with no place named: 'the flood wave swept 14
    km down the valley' leaves unsaid what another report names ('ran some 22 kilometres
    before it spread out below Obersk'), so the name tells nothing apart. Not sizes (a slot:
    'the 36-foot Unity' / 'the unit is 18 feet long', whose names say what is measured), nor
    two distances MAX_RATIO apart ('drove him one mile' / 'drove 300 miles'). Tuning events: 3
    more keyed conflicts found, no false one; DUC's false conflicts per cluster unchanged
    (0.48; 0.50 without the ratio, 0.54 with sizes too)."""
    low, high = sorted(abs(f.quantity.value) for f in (first, second))
    sizes = first.slot is not None or second.slot is not None
    return not sizes and bool(low) and high / low <= MAX_RATIO


def _label(first: Figure, second: Figure, context: _Context) -> Label:
    if meets(first.quantity, second.quantity, both_runs(first, second)):
        floor = _floor_then_count(first, second, context)
        return "update" if floor or _floor_then_count(second, first, context) else "agree"
    if _stated_elsewhere(first, second, context) or _stated_elsewhere(second, first, context):
        return "agree"
    if _part_and_whole(first, second, context):
        return "agree"  # not one thing: a report gives the one as part of the other
    if _superseded(first, context) != _superseded(second, context):
        return "update"  # one side is a figure the reports say was revised
    if _moved_on(first, second, context) or _moved_on(second, first, context):
        return "update"
    return _difference(first, second, context)


def both_runs(first: Figure, second: Figure) -> bool:
    """Do both figures name a scheduled run ('the 08:12 from Orvel'), compared to the minute?"""
    return is_service(first.slot) and is_service(second.slot)


def meets(
    one: Quantity,
    two: Quantity,
    exact: bool,
    meet: Callable[[Quantity, Quantity], bool] | None = None,
) -> bool:
    """Do two values meet: by ``meet`` (``overlap`` unless given), or, ``exact`` (two runs'
    times, ``both_runs``), only at the same minute: 'the 08:20 from Orvel' is not the 08:12
    however near (no clock slack); '8.12am' is 08:12. The one exact-minute rule of pairing and
    of a conflict's sides."""
    if exact:
        return one.value == two.value
    return (meet or overlap)(one, two)


def rose_from_floor(floor: Quantity, count: Quantity) -> bool:
    """An open floor ('at least four') and an exact count above it ('seven')."""
    return math.isinf(floor.high) and not math.isinf(count.high) and count.low > floor.low


def _part_and_whole(first: Figure, second: Figure, context: _Context) -> bool:
    """Does a report give the smaller of the two as a part of the larger, both counting the
    same thing (or the whole naming no noun: 'out of a total of 1.2 million')?"""
    low, high = sorted((first, second), key=lambda f: f.quantity.low)
    return any(
        _counted_alike(part, low)
        and _counted_alike(whole, high)
        and overlap(part.quantity, low.quantity)
        and overlap(whole.quantity, high.quantity)
        for part, whole in context.parts
    )


def _counted_alike(one: Figure, other: Figure) -> bool:
    return one.noun is None or other.noun is None or one.noun == other.noun


def _floor_then_count(early: Figure, late: Figure, context: _Context) -> bool:
    """'injuring at least four people' in the morning, 'seven people are now known to have been
    injured' in the evening: the floor was the count so far, and the later report's exact,
    larger count is the news (an update), though the two values do not contradict. When the
    order of the two reports is not known, the story's exact count that its report calls the
    latest ('52 prisoners have now been transferred' against an undated 'more than 40 were
    being moved') is as much the later one, as for two differing values (``_difference``);
    not any floor's ('levels above 150 micrograms for 31 hours' is no count so far)."""
    if not rose_from_floor(early.quantity, late.quantity):
        return False
    order = _order(context, early, late)
    if order is None:
        dated = any(context.dates.get(f.sentence.article) for f in (early, late))
        story = early.story and late.story
        now = late.current and not early.current
        return dated and story and now and _latest(late, early, context)
    if order != -1 or _apart(context, early, late) < MIN_UPDATE_GAP:
        return False
    return _latest(late, early, context)


def _moved_on(new: Figure, old: Figure, context: _Context) -> bool:
    """Does new's own report first give old's value and then, at a later moment it names, new's
    ('About 300 households were moved out early on Sunday ... By Sunday evening, 420 had been
    told to leave')? Then old is the earlier value of a figure that changed, not another count."""
    if not _LATER.search(new.sentence.text):
        return False
    placed = context.placed.get((new.sentence.article, new.quantity.unit, what_measured(new)), ())
    return any(at < new.offset and overlap(q, old.quantity) for at, q in placed)


def _difference(first: Figure, second: Figure, context: _Context) -> Label:
    """Two values of one thing: a conflict, or an update when the reports say it changes and
    the later report gives the latest value."""
    order = _order(context, first, second)
    if _day_of_its_own_news(first, second, context) or _day_of_its_own_news(second, first, context):
        return "agree"
    if first.quantity.dimension in _FIXED:
        return "conflict"
    if order is None:
        # no times to order them: a figure the text calls changed ('rose to 14') against
        # another value of the same thing is the story moving, not a disagreement
        # ('now', 'still' alone say nothing of which is the newer)
        moved = _moved_from(first, second) or _moved_from(second, first)
        # ...and so is a larger value of a count the text calls risen so far ('has now been
        # shared 11,000 times, up from 4,000' against '19,000 times'): the count moved on past it
        moved = moved or _moved_past(first, second) or _moved_past(second, first)
        # an undated report against a dated one, when either calls its figure the latest ('17
        # are now in hospital'): one dated report of the pile is enough to say it is covered
        # over time
        dated = any(context.dates.get(f.sentence.article) for f in (first, second))
        # ...or an undated report gives its figure as of a later moment ('fourteen had died by
        # nightfall' against a dated 'nine have died')
        later = any(_LATER.search(f.sentence.text) for f in (first, second) if _undated(f, context))
        latest = dated and (first.current or second.current or later)
        return "update" if moved or latest else "conflict"
    early, late = (first, second) if order < 0 else (second, first)
    rose = _rise(early, late) and _apart(context, early, late) >= MIN_UPDATE_GAP
    # a figure that falls is news only when its own report says so ('now 212', 'lowered to'):
    # that another report calls it changing does not make every lower figure the latest (the
    # insurers' £2.3m a day after the wire's £3.2m is the digits swapped, not a new estimate)
    fell = late.quantity.high < early.quantity.low
    changing = (late.current or late.revised) if fell else _changing(late, context)
    if (changing or rose) and _latest(late, early, context):
        return "update"  # a figure that moves between an earlier and a later report
    return "conflict"


def _moved_past(risen: Figure, other: Figure) -> bool:
    """Is other a larger value of a growing count (``_rise``) that risen's own clause says has
    risen so far ('has now been shared 11,000 times, up from 4,000')? Not a step finished on a
    day ('rose to 12 on Friday, ... to date'), nor against a value its own sentence dates ('By
    Saturday afternoon, 21 had died' may be before the rise), nor a fall ('down to 11')."""
    grown = risen.revised and risen.direction > 0 and _rise(risen, other)
    return grown and _so_far(risen) and not _dated(other.sentence.text)


def _so_far(figure: Figure) -> bool:
    """Does a word of the figure's own clause give it as the count so far: in its verb group
    before it (``_SO_FAR_GAP``) or after it ('50,000 times so far'), in a clause naming no day
    or time of day?"""
    text, quantity = figure.sentence.text, figure.quantity
    clause = clause_of(text, quantity)
    if _dated(text[clause.start : clause.stop]):
        return False
    before = text[clause.start : quantity.start]
    after = text[quantity.end : clause.stop]
    near = any(
        len(re.findall(r"[A-Za-z]+", before[found.end() :])) <= _SO_FAR_GAP
        for found in _SO_FAR.finditer(before)
    )
    return near or _so_far_after(after, figure.quantity.noun)


def _so_far_after(after: str, noun: str | None) -> bool:
    """Does the word of the count so far stand right after the figure, or after the figure's
    own noun ('50,000 times so far')? Further on it is another verb's: 'rose to 340 as crews now
    pump water' says the pumping is now, not the count (review slots34 d103)."""
    words = re.findall(r"[a-z]+", after.lower())[: _SO_FAR_AFTER_WORDS + 1]
    if noun and words and lemma(words[0]) == lemma(noun.lower().split()[-1]):
        words = words[1:]
    return bool(_SO_FAR.match(" ".join(words[:_SO_FAR_AFTER_WORDS])))


def _dated(text: str) -> bool:
    """Does the text name a day or a time of day ('on Friday', 'Saturday afternoon', 'by late
    morning')?"""
    words = re.findall(r"[a-z]+", text.lower())
    return any(w in DAYS or lemma(w) in _TIME_OF_DAY for w in words) or bool(_LATER.search(text))


def _changing_deeds(figures: Sequence[Figure]) -> dict[tuple[str, str], frozenset[str | None]]:
    """The deeds of each (unit, what) of which some figure is current or superseded."""
    deeds: dict[tuple[str, str], set[str | None]] = {}
    for f in figures:
        if f.current or f.superseded:
            deeds.setdefault((f.quantity.unit, what_measured(f)), set()).add(f.deed)
    return {key: frozenset(told) for key, told in deeds.items()}


def _deeds_told_apart(
    figures: Sequence[Figure],
) -> frozenset[tuple[str, str, frozenset[str | None]]]:
    """The deeds (``Figure.deed``) of one counted thing that one article gives other values of
    ('fined 6,240 drivers', '1,950 drivers have been repaid'): in that story they are two
    figures, drivers fined and drivers repaid. Only so: news gives one deed in many words
    ('drew 2.5 million viewers' / '5.2 million viewers have watched'), and two outlets' other
    words are no evidence of two things."""
    deeds: dict[tuple[str, str, str], dict[str, set[float]]] = {}
    for figure in figures:
        deed = figure.deed
        if deed is not None and not figure.superseded:
            key = (figure.sentence.article, figure.quantity.unit, what_measured(figure))
            deeds.setdefault(key, {}).setdefault(deed, set()).add(figure.quantity.value)
    return frozenset(
        (unit, what, frozenset[str | None]((one, two)))
        for (_, unit, what), told in deeds.items()
        for one, two in combinations(sorted(told), 2)
        if told[one] != told[two]
    )


def _other_deeds(
    one: Figure, other: Figure, apart: frozenset[tuple[str, str, frozenset[str | None]]]
) -> bool:
    """Are two counts of one thing of two deeds that some article tells apart?"""
    deeds = frozenset((one.deed, other.deed))
    return (one.quantity.unit, what_measured(one), deeds) in apart


def _undated(figure: Figure, context: _Context) -> bool:
    return not context.dates.get(figure.sentence.article)


def _day_of_its_own_news(late: Figure, early: Figure, context: _Context) -> bool:
    """A follow-up report's lead tells that day's news ('as the water drained out on Sunday'),
    not the event's day that an earlier report gives ('the dam burst on Saturday'): the later
    day is the follow-up's own publication day, after the earlier report's day and its
    publication."""
    if late.slot != ANY_EVENT or early.slot != ANY_EVENT:
        return False
    published = context.dates.get(late.sentence.article)
    earlier = context.dates.get(early.sentence.article)
    if not (published and published[0] and earlier and earlier[0]):
        return False
    day = date.fromisoformat(published[0]).toordinal()
    before = date.fromisoformat(earlier[0]).toordinal()
    return late.quantity.value == day and early.quantity.value < day and before < day


def _rise(early: Figure, late: Figure) -> bool:
    """A count that is larger in a later report (the caller asks MIN_UPDATE_GAP): a toll, a number
    stranded or in hospital that grows as the story is covered through the day, even when no
    word says so ('9 in hospital' at 08:40, '17' at 18:10). _latest still checks the
    trajectory: a later report that returns to the earlier value makes it a disagreement, not
    news (146, 164, 146)."""
    rose = late.quantity.low > early.quantity.high
    # (not a load: who was aboard a coach that crashed was settled when it set out; nor one
    # thing's weight, which changes only when a report says so)
    accumulates = late.quantity.dimension in _ACCUMULATE and not _one_things_weight(late)
    return rose and accumulates and not _load(late)


def _one_things_weight(figure: Figure) -> bool:
    """What one thing weighs ('the blockage weighs nearly 90 tonnes', 'a 40-tonne fatberg'),
    not tonnes of something gathered ('40 tonnes of dead fish removed'), which grow."""
    quantity = figure.quantity
    if quantity.dimension != "weight":
        return False
    if _GATHERED.search(figure.sentence.text):
        return False  # tonnes collected so far: a tally, whatever verb weighs it
    before = figure.sentence.text[max(0, quantity.start - _WEIGHED_REACH) : quantity.start]
    return _WEIGHED.search(before) is not None or _COMPOUND_WEIGHT.search(quantity.text) is not None


def _apart(context: _Context, first: Figure, second: Figure) -> float:
    """Minutes between the two figures' publication times (days apart when only the days are
    known); 0 when that cannot be told."""
    one = context.dates.get(first.sentence.article)
    two = context.dates.get(second.sentence.article)
    if one is None or two is None or bool(one[0]) != bool(two[0]):
        return 0.0  # a bare time against a dated report: not known (see _order)
    timed = bool(one[1] and two[1])
    if not (timed or (one[0] and two[0] and one[0] != two[0])):
        return 0.0
    try:
        times = [
            datetime.fromisoformat(f"{day or '2000-01-01'}T{clock if timed else '00:00'}")
            for day, clock in (one, two)
        ]
    except ValueError:
        return 0.0
    return abs((times[1] - times[0]).total_seconds()) / 60


def _moved_from(new: Figure, old: Figure) -> bool:
    """Can old be the value new was changed from? 'rose to 14' from 11, 'lowered to 180' from
    more than 180 (not from 157: that is another count), 'revised to 4' from anything."""
    if not new.revised:
        return False
    if new.direction > 0:
        return old.quantity.high < new.quantity.low
    if new.direction < 0:
        return old.quantity.low > new.quantity.high
    return True


def _order(context: _Context, first: Figure, second: Figure) -> int | None:
    """-1 when first's article was published before second's, 1 after, None when unknown."""
    return stamp_order(
        context.dates.get(first.sentence.article), context.dates.get(second.sentence.article)
    )


def _changing(late: Figure, context: _Context) -> bool:
    """Do the reports say this figure changes ('rose to', 'now', 'still', 'remain')? Without
    such words two values of one thing are two outlets' counts, however far apart in time
    ('at least 9 dead' at 10:00 and 'at least 14' at 10:20 is a disagreement)."""
    if late.frame and (late.sentence.article, late.frame) in context.changed:
        return True
    unit, what = late.quantity.unit, what_measured(late)
    # (of a deed not told apart: drivers repaid that change say nothing of drivers fined)
    return late.current or any(
        (unit, what, frozenset((late.deed, done))) not in context.deeds_apart
        for done in context.changing.get((unit, what), ())
    )


def _latest(late: Figure, early: Figure, context: _Context) -> bool:
    """Is the later figure the news, not one outlet's count: no report published after it
    still gives the earlier value, and none published before the earlier one already gave the
    later value ('31 hurt' at 13:00 between '27 hurt' at 09:00 and again at 17:00 is a
    conflict, both ways)."""
    unit, what = late.quantity.unit, what_measured(late)
    pair = {late.sentence.article, early.sentence.article}

    def gives(article: str, value: Figure, other: Figure) -> bool:
        return any(
            overlap(q, value.quantity)
            and not overlap(q, other.quantity)
            and not _another_aggregate(q, late, early)
            for q in context.figures.get((article, _ARTICLE, unit, what), ())
        )

    return not any(
        (_after(context, article, late) and gives(article, early, late))
        or (_after(context, early.sentence.article, article) and gives(article, late, early))
        for article in context.dates
        if article not in pair
    )


def _another_aggregate(quantity: Quantity, late: Figure, early: Figure) -> bool:
    """Is a figure of the same thing more than MAX_RATIO times the larger of a pair's values?
    Then it is another aggregate (``told_apart``): 'sells 1.2 million tickets a week' in a
    later report repeats no 'more than 40 tickets under suspicion', though an open floor meets
    any larger value. (Only a larger figure can be another: the figures asked about overlap one
    of the pair's values, so none is below a MAX_RATIO-th of them.)"""
    if quantity.dimension not in _AGGREGATES:
        return False
    values = [f.quantity.low for f in (late, early)]
    values += [f.quantity.high for f in (late, early) if not math.isinf(f.quantity.high)]
    return quantity.low > max(values) * MAX_RATIO


def _after(context: _Context, article: str, figure: Figure | str) -> bool:
    """Was article published after figure's article (or the article named)?"""
    other = figure if isinstance(figure, str) else figure.sentence.article
    when, then = context.dates.get(article), context.dates.get(other)
    if when is None or then is None or bool(when[0]) != bool(then[0]):
        return False
    if when[0] and then[0] and when[0] != then[0]:
        return when[0] > then[0]
    return bool(when[1] and then[1]) and when[1] > then[1]


def _superseded(figure: Figure, context: _Context) -> bool:
    """Is this figure, or the same value anywhere in the cluster, called earlier or revised?"""
    if figure.superseded:
        return True
    unit, thing = figure.quantity.unit, _thing(figure)
    keys = {(unit, what_measured(figure)), *([(unit, thing[2])] if thing else [])}
    value = figure.quantity.value  # the value as written: "about 180" is not the old 190
    olds = [old for key in sorted(keys) for old in context.superseded.get(key, ())]
    return any(old.low <= value <= old.high for old in olds)


def _stated_elsewhere(first: Figure, second: Figure, context: _Context) -> bool:
    """Does first's sentence also give second's figure? Then they do not dispute it: the pair
    matched the wrong figure ('213 killed, 12 of them Americans' vs '12 Americans'). Within one
    claim any figure of the unit counts, except for counts, whose frames (killed, injured) do
    tell figures apart: 'a 13-year term for Xu, an 11-year sentence for Wang' against 'Xu, 12
    years in prison already, got 13 years'."""
    article, index, unit = first.sentence.article, first.sentence.index, second.quantity.unit
    loose = first.claim == second.claim and second.quantity.dimension != "count"
    whats = {what_measured(second), _ANY} if loose else {what_measured(second)}
    others = [q for what in whats for q in context.figures.get((article, index, unit, what), ())]
    # (the value first's sentence says first replaced is no other figure matched wrongly: the
    # pair of another report's 1,800 and '2,600, up from about 1,800' is the update)
    olds = context.replaced.get((article, first.offset), ())
    others = [q for q in others if q not in olds]
    # "Fifty firefighters ... Later, 70 firefighters": the article moves on to the other value
    # further down (only exact figures: "at least 19" or "about 180" elsewhere gives no toll of
    # 162). A lead's "22 wounded" and a statement's "19 wounded" below it are the article
    # reporting a disagreement, not a story that moved on.
    moves_on = second.quantity.dimension == "count" and _said_later(
        article, what_measured(second), second.quantity, first.offset, context
    )
    # (a run's time, 'the 08:20 from Orvel', only by its exact minute: ``meets``)
    exact = is_service(second.slot)
    return moves_on or any(meets(other, second.quantity, exact) for other in others)


def _said_later(
    article: str, what: str, quantity: Quantity, offset: int, context: _Context
) -> bool:
    """Does the article give the figure exactly (no hedge) after ``offset``?"""
    key = (article, quantity.unit, what, quantity)
    if key not in context.last_said:
        whole = context.placed.get(key[:3], ())
        alike = (at for at, q in whole if q.hedge is None and overlap(q, quantity))
        context.last_said[key] = max(alike, default=-1)
    return context.last_said[key] > offset


def overlap(a: Quantity, b: Quantity) -> bool:
    """Do two intervals meet? Values converted from another unit ('235 miles' against
    '380 kilometers') get CONVERSION slack for the rounding of the conversion; a measure's
    first part alone meets the whole ('6ft' / '6ft 2in')."""
    if a_first_part(a, b):
        return True  # '6ft' is '6ft 2in' rounded down
    slack = conversion_slack(a, b)
    if _AT_LEAST.match(a.text) and _AT_LEAST.match(b.text) and a.low and b.low:
        # "at least 9 dead" and "at least 14 dead" are two tolls, each the count known to its
        # reporter ("more than 10,000" and "more than 15,000" may just be two roundings).
        return max(a.low, b.low) / min(a.low, b.low) <= 1 + OPEN_SLACK
    low_a, high_a = _rounded(a)
    low_b, high_b = _rounded(b)
    return low_a <= high_b * (1 + slack) and low_b <= high_a * (1 + slack)


def _rounded(quantity: Quantity) -> tuple[float, float]:
    """A whole sum written with a scale word is rounded as written: "$4 billion" is 3.5-4.5
    billion and agrees with "$4.2 billion"; "$340 million" is 335-345 million."""
    if quantity.dimension != "money" or math.isinf(quantity.high):
        return quantity.low, quantity.high
    scale = _SCALED_MONEY.search(quantity.text)
    if scale is None:
        return quantity.low, quantity.high
    digits = scale.group("digits").replace(",", "")
    if "." in digits:
        return quantity.low, quantity.high  # "$1.2 billion" is precise: not "$1.25 billion"
    step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    half = step / 2 * quantity.value / float(digits)
    return quantity.low - half, quantity.high + half
