"""What a figure is the value of: its *slot*, read from the words around it, for the whole cluster.

A toll, a magnitude, a price or a vote split is one slot of the event wherever it is written:
two figures of one slot from different articles can be compared even when alignment put their
sentences in different claims (sentences that disagree are exactly the ones it keeps apart).
``figures`` compares figures; this module names what they measure:

- ``slot_of``: the slot of a figure from cue words next to it ("paid $340 million" is a price,
  "built in 1887" the year built, "the meeting lasted three hours" the length of the talks);
- ``weekdays``: "on Monday" as a figure, resolved to a calendar day by the article's
  publication time (a weekday means nothing without it);
- ``describe``: a conflict's subject as a person would write it ("magnitude of the
  earthquake", "number of dead", "length of the talks").

The cue lists are general news vocabulary, not words of any one event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta

from bylines.report.quantities import ORDINAL_DAY_RE, Quantity, day_number
from bylines.report.timeline import in_its_year
from bylines.report.values import is_negation
from bylines.wordlists import (
    CALENDAR_NAMES,
    IRREGULAR_VERBS,
    UNCHANGED_PASTS,
    WEEKDAY_NAMES,
    alternation,
    wordset,
)

# Slots precise enough that the slot alone says two figures are the same thing: a cluster
# reports one earthquake's magnitude and one vote's split. Others also need a shared word.
STRONG_SLOTS = frozenset({"magnitude of the earthquake", "vote split", "turnout"})
# A weekday names a day within the week before publication (past tense, the news default) or
# after it ("will meet on Friday"): never further.
WEEK = 7
# The noun of a weekday figure: its slot is the day of the event its lead sentence tells.
WEEKDAY = "weekday"
LEAD_WEEKDAY = "lead weekday"  # in a lead sentence: the day of the story's event
ANY_EVENT = "day of the event"
YEAR_SINCE = "year since"  # "in office since 1987": the year a tenure began
MONTH_SINCE = "month since"  # "in post since March"
RECORD_SINCE = "year it last happened"  # "the first eruption since 1961", "last erupted in 1916"
# "the deepest cuts since 2011", "the driest spring since 1976": the last year one was as deep
# or as dry, another thing than when the last one happened ("the first hosepipe ban since
# 2022" beside "the driest spring since 1976" was a false conflict, fresh32)
MATCHED_SINCE = "year it was last matched"
SINCE_RECORDS = frozenset({RECORD_SINCE, MATCHED_SINCE})
_SUPERLATIVE = re.compile(r"(?:worst|best|most|least|\w{3,}est)$")
_NOT_SUPERLATIVE = wordset(
    "interest forest protest arrest request contest suggest invest harvest conquest inquest "
    "manifest modest honest earnest digest attest detest"
    # (not records either: 'the latest figure since Monday' is the newest, not the most; the
    # rest only end like one; review slots33)
    " latest priest southwest northwest southeast northeast midwest"
)
DATED_WEEKDAY = "weekday of "  # + the date it is written with: 'weekday of March 19'
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The date a weekday is written with, in any of its orders: 'Thursday, March 19', 'Sunday 2
# January', 'Monday, January the second', 'Sunday the 2nd of January' (each read as 'January
# 2', so two reports' weekdays of one date meet).
_DAY_WRITTEN = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDINAL_DAY_RE})"
_DATE_AFTER = re.compile(
    rf",?\s+(?:(?P<month>{_MONTHS})\s+(?:the\s+)?(?P<day>{_DAY_WRITTEN})"
    rf"|(?:the\s+)?(?P<dayfirst>{_DAY_WRITTEN})\s+(?:of\s+)?(?P<monthafter>{_MONTHS}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w-])"
)
# A number that rates on a scale: 'level 4', 'a Category 3 storm', 'stage 2 restrictions'.
_RATING_BEFORE = re.compile(
    r"\b(?P<scale>level|category|grade|tier|phase|stage|force|class)\s+$", re.IGNORECASE
)
RATING = " (rating)"  # the end of a rating's slot: 'level (rating)'
LOCAL_CLOCK = "clock"  # the unit of a time of day with no zone (``quantities._clocks``)
# A clock time that names a scheduled run ('the 08:12 from Harnmoor', "yesterday's 08:42 to
# Castlebridge"): 'the' or a possessive just before the time, 'from' or 'to' and a capitalised
# place right after it. The slot ends with the direction and the place ('from harnmoor'), so two
# runs named by other places ('the 07:50 from Dunmere', 'the 08:05 to Ashby') are two things,
# never compared (``figure_pairs._comparable``). Not a time with a kind between ('the 08:12
# commuter train from Orvel'): that reading also took 'the 08:12 deadline for the bus', and a
# place that is a time or a day ('the 8pm to Midnight shift') is none (review slots33 c06 c07
# c11).
SERVICE_TIME = "departure time of the service "  # (not "time of the ...": no strong slot)
_SERVICE_BEFORE = re.compile(r"(?:\bthe|\w['’]s)\s+$", re.IGNORECASE)
_SERVICE_AFTER = re.compile(
    r"^(?:\s*[ap]\.?m\b\.?)?\s+(?P<way>from|to)\s+"
    # (the place's capitalised words, all of them: 'St Albans' is not 'St Pancras')
    r"(?P<place>[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,2})(?![\w'’-])"
)
# Words no place of a run has, any of them: a time or a day ('the 8pm to Midnight shift') or an
# end of opening hours ('the 7pm to Close opening hours', 'the 9am to Late market'; review
# slots34 c107). Every word of the place is checked: 'the 6pm to Late Close' is no run either.
_NOT_PLACES = frozenset(CALENDAR_NAMES) | wordset(
    "midnight noon midday dawn dusk close closing finish late end"
)
# A run named as the one passengers were moved to ('were put on the 9.45 from Paddington',
# 'transferred onto the 10:02 to Hale'): a replacement, as often a rival of the story's run as a
# second name for it (review slots34 c101)...
_REPLACEMENT_BEFORE = re.compile(
    r"\b(?:(?:put|placed|moved|transferred|switched|diverted|sent)\s+(?:on\s+to|onto|on|to|aboard)"
    r"|onto|aboard)\s+(?:the|\w+['’]s)\s+$",
    re.IGNORECASE,
)
# ...and a sentence naming two runs ('the 08:12 from Orvel hit the 08:05 to Ashby') names the
# one a time is of no better than the other.
_A_RUN = re.compile(
    r"(?:\bthe|\w['’]s)\s+(?:\d{1,2}[.:]\d\d(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?)"
    r"\s+(?:from|to)\s+[A-Z]",
    re.IGNORECASE,
)
PLANNED_WEEKDAY = "planned weekday"  # "will vote on Friday": not the day something happened
# How far back in its clause a weekday's "will" or "is due" is looked for (characters): a
# sentence's whole clause, bounded so the search stays linear in the text.
FUTURE_WINDOW = 120

# Cue words (lower case, as written) next to a figure, per dimension, and the slot they name.
_MONEY_CUES = {
    "price": "pay paid pays paying price priced worth valued sold sell sells sale buy buys "
    "bought buying deal acquisition bid offer offered cost costs costing fare fares contract "
    "fetched fetch fetches fetching",  # 'fetched 1.8 million crowns at auction'
    "budget": "budget budgets spend spends spending spent funding allocated",
    "fine": "fine fined fines penalty damages compensation settlement settle settled",
    "refund": "refund refunds refunded reimburse reimbursed",
    "sum stolen": "stole stolen steal stealing embezzled embezzling embezzlement misappropriated "
    "defrauded",
    "reward": "reward rewards bounty",
    # what kidnappers or extortionists ask for: 'demanded €1.2m', 'a ransom of two million'
    "ransom": "ransom ransoms demanded demanding extort extorted extortion",
    # what a claimant asks a court for: 'seeking $6 million in a suit' is no contract's price
    "sum claimed": "seeking seek seeks sought sue sues sued suing lawsuit suit",
    "savings": "save saves saving savings saved",
    "cost of the damage": "damage",
    "severance pay": "severance redundancy payout",
    "bail": "bail",
    # what a winner is given ('the £1,500 prize', 'a prize of £500', 'wins £1,500 in prize
    # money'): no sum raised or paid (fresh31's show). Not 'jackpot' or 'winnings': a lottery
    # win beside a show's prize is a second sum, not the prize (review of slots32)
    "prize": "prize prizes",
}
# Sums an event has one of, so that the only such sum of each of two reports is one thing ('a
# £25,000 reward' / 'the £2,500 reward'); not prices, budgets or fines, of which a story often
# has several (on DUC's clusters: other deals, other budgets). Debts have no slot: a story
# names the nation's debt beside a firm's, and the nation's 'had reached' made the firm's two
# debts an update (review of slots32); a debt needs its holder read before it comes back.
ALONE_SUMS = frozenset(
    {"reward", "ransom", "savings", "cost of the damage", "severance pay", "bail", "prize"}
    | {"sum paid to each"}
)
# A sum given to each of a group, 'each' its receiver: 'is paying each of them £420', 'offered
# each passenger £240', 'each of them will get £420', 'each family will receive £500' (fresh34:
# three outlets' £420 and one's £240, each read as a price or nothing, never met). Not the
# payer ('each of them paid £40', 'fans paid £40 each'), a fine ('fined each of them £600'), a
# charge ('charged each passenger £40') or a cost ('each ticket costs £40'); not a total ('a
# total of £500,000', no 'each'), which stays another sum than the share of each.
_EACH = r"each(?:\s+of\s+(?:them|those|us|the\s+[a-z]+(?:\s+[a-z]+)?)|\s+[a-z]+)?"
_TO_EACH_BEFORE = re.compile(
    r"\b(?:(?:pay|pays|paid|paying|offer|offers|offered|offering|give|gives|gave|giving"
    rf"|award|awards|awarded|awarding)\s+{_EACH}"
    rf"|{_EACH}\s+(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|has|have)\s+)?"
    r"(?:get|gets|got|receive|receives|received|be\s+(?:paid|given|offered|awarded)"
    r"|(?:was|were|is|are|been)\s+(?:paid|given|offered|awarded))"
    r"(?:\s+(?:up\s+to|about|around|some|nearly|almost))?)\s+$",
    re.IGNORECASE,
)
# ...but not a sum by the time ('pays each driver £31,000 a year'): a wage, not a payment.
_BY_THE_TIME_AFTER = re.compile(
    r"\s+(?:a|an|per|every)\s+(?:year|month|week|day|hour|night|shift)\b", re.IGNORECASE
)
# The words before a month, in its clause, where its verb may stand: 'resigned in March', 'will
# close its engine plant in Ravensholm in September' (not 'built in 1994, was inspected in June').
MONTH_CUE_WORDS = 7
# ...and before a written date ('was detained as he stepped off a flight from Lisbon on 12
# March'): a day is precise enough that its clause's verb may stand further back.
DATE_CUE_WORDS = 12
_FIRST_HELD = frozenset({"held", "staged", "hosted", "organised", "organized"})
_YEAR_CUES = {
    "built": "built constructed erected completed",
    "founded": "founded established created formed",
    "opened": "opened inaugurated launched",
    "born": "born",
    # a find dated: a fossil, a hoard, a wreck ('found on the cliffs in 1911', 'dug out in 1923')
    "found": "found discovered unearthed dug excavated",
    "died": "died",
    # "in office since 1987", "has run the club since 1978": when something began
    "since": "since",
    # when someone took or left a post
    "resigned": "resigned resignation quit stepped",
    "elected": "elected appointed named sworn",
    "dismissed": "fired sacked dismissed ousted",
    # when a plant, a line or a service shuts
    "closed": "close closes closed closing closure shut shuts end ends ended ending",
    # when a fitting was put in ('the turret clock, installed in 1868'; fresh36's clock: two
    # outlets' years never compared). Not 'fitted' or 'set up': said as often of a part or a
    # scheme beside the thing itself.
    "installed": "installed",
    # when a library's book was borrowed ('a library book borrowed in 1984'; fresh36's
    # library), and only with a library or its item named (``_LIBRARY_ITEM``). Not 'lent' or
    # 'loaned': said of a painting lent to one museum, then another (review-slots36), of
    # players and of money.
    "borrowed": "borrowed",
}
# The same two slots said in phrases no one word of the table reads, right before the year's
# 'in': a thing first put to work, said as a participle ('The clock, first started in 1886',
# 'was first set going in 1868'), not of a subject doing it ('her career first started in
# 1990'), and a book taken out of a library ('taken out of Quorndale Library in 1984', 'checked
# out in 1984'), not out of service, the ground or a river.
_YEAR_PHRASES = (
    (
        "installed",
        re.compile(
            r"(?:\b(?:was|were|been|is|are)|,)\s+first\s+"
            r"(?:started|set\s+(?:going|running|in\s+motion))\s+(?:in|during)\s+$",
            re.IGNORECASE,
        ),
    ),
    (
        "borrowed",
        re.compile(
            r"\b(?:taken|took|checked)\s+out\s+(?:(?:of|from)\s+(?:[\w'’.-]+\s+){0,4}"
            r"librar(?:y|ies)\s+)?(?:in|during)\s+$",
            re.IGNORECASE,
        ),
    ),
)
# A library or a thing it lends, named near a year borrowed (``_year_slot``): 'borrowed' and
# 'taken out' are said of loans, of money and of paintings lent twice in a story as well.
_LIBRARY_ITEM = re.compile(
    r"\b(?:librar(?:y|ies|ian)|books?|novels?|cop(?:y|ies)|atlas(?:es)?|dictionar(?:y|ies)|volumes?"
    r"|encyclop(?:a)?edias?|manuscripts?)\b",
    re.IGNORECASE,
)
# What a percentage is a share of, when news names it next to the figure.
_PERCENT_CUES = {
    "containment of the fire": "contained containment",
    "turnout": "turnout",
    "inflation": "inflation",
    "unemployment": "unemployment jobless",
    "stake": "stake",
}
# What a distance measures of a thing ("420 m long", "the 2.8-kilometre tunnel").
_SIZE_CUES = {
    "length": "long length lengths span stretch stretches",
    "height": "high height tall",
    "depth": "deep depth",
    "width": "wide width",
    "height of the fall": "fell fall falls falling plunged plunge dropped drop jumped",
}
# What a distance measures, said right after it: 'a hole about 15 metres across', 'sheltering
# 150 metres below the surface', 'a wall standing 23 metres above the road'. Only right after
# the figure: 'walked 15 kilometres across the desert' or 'across Tarnby Moor' is a journey,
# so 'across' must end the phrase (punctuation, or the verb of the thing measured follows:
# 'a sinkhole 15 metres across opened'), or 'in diameter' stand there.
_SIZE_AFTER = (
    (
        "width",
        re.compile(
            r"\s*(?:in\s+diameter\b|across(?=\s*[,.;:)]|\s+(?:and|opened|has|had|was|is|were"
            r"|are|with|when|where|after|in|at|on)\b))"
        ),
    ),
    (
        "depth",
        re.compile(
            r"\s*(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground)\b|\s*underground\b"
            # 'she lies 62 metres down.', 'found in 62 metres of water'
            r"|\s*down(?=\s*[,.;:])|\s*of\s+water\b"
        ),
    ),
    (
        "height",
        re.compile(r"\s*above\s+(?:the\s+)?(?:ground|road|street|valley|river|water|sea)\b"),
    ),
)
# A distance from somewhere, said right after it: 'some 9 kilometres offshore', '800 metres from
# the site', 'two miles south of the town': no size of a thing, whatever size word is near
# ('at a depth of 44 metres, about 17 kilometres off the coast').
_AWAY_AFTER = re.compile(
    r"\s*(?:offshore|inland|away|off|from|out\s+to\s+sea"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of)\b",
    re.IGNORECASE,
)
SIZES_OF_THINGS = frozenset({"length", "height", "depth", "width"})  # not a fall's height
# ...and a distance is no reach from somewhere when it spans the thing from end to end ('140
# metres from bow to stern', '30 metres from rim to rim'), stands on the ground ('30 metres off
# the ground', '110 metres from the seabed'), or follows a verb or phrase of extent ('stretched
# 12 kilometres from the harbour mouth', 'queued for 15 kilometres from the border', 'sank to
# 300 metres off Varna', 'going down 45 metres off', 'up to 500 metres from the bomb'): then it is
# the size of what the sentence is about. Words from review spans21a's nine sizes that a bare
# _AWAY_AFTER took for a reach, and the verbs news writes for a length, height or depth reached.
_SPANNED_AFTER = re.compile(
    r"\s*(?:from\s+(?:[\w'-]+\s+){1,3}?to\b"
    r"|(?:from|off)\s+(?:the\s+)?(?:ground|floor|surface|seabed|sea\s+bed|bottom)\b)",
    re.IGNORECASE,
)
_EXTENT_BEFORE = re.compile(
    r"\b(?:stretch(?:ed|es|ing)?|r[au]n|runs|running|extend(?:ed|s|ing)?|measur(?:e|ed|es|ing)"
    r"|r[io]se|rises|rising|(?:sank|sunk|sinking|dived|dove|diving|grew|grown|growing)\s+to"
    r"|down|up\s+to|for)"
    r"\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# ...but a size named right before its figure is that size wherever it lies: 'at a depth of 44
# metres off Kelmouth'.
_SIZE_OF = re.compile(
    r"\b(?:depth|height|length|width|altitude)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+"
    r"|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# The bill for putting damage right is the cost of the damage ('the repair bill will be £2.1m',
# 'a clean-up bill of £40,000'); a bill alone may be a law ('an emergency bill releasing £2m').
_REPAIR_BILL = re.compile(r"\b(?:repair|repairs|clean-?up|rebuilding)\s+bill\b", re.IGNORECASE)
# ...and so is what the repairs are said to cost ('repairs would cost £3.2m', 'the cost of the
# repairs, £3.2m', 'repairing the roof will cost £40,000'; fresh31's telescope gave '£2.3m' as
# the repair bill): the repair is what costs, in the words right before the sum. Not a cost
# with no repair before it ('the ship cost £30m to build, and needs repairs').
_REPAIR_COST = re.compile(
    r"\b(?:repairs?|repairing|clean-?up|rebuilding)\b[^.;]{0,30}?\bcost(?:s|ing)?\s+"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|up\s+to)\s+)?$"
    r"|\bcost\s+of\s+(?:the\s+)?(?:repairs?|repairing|clean-?up|rebuilding)\b[^.;]{0,20}$",
    re.IGNORECASE,
)
# A sum lodged to free someone or something is bail, whatever it is called: 'released against
# a bond of 1.5 million euros', 'can free the ship if the owner lodges a €500,000 guarantee'
# (someone or something freed: not 'the city released a bond', 'freed up €2 million').
_BAIL_NAMES = frozenset({"bond", "guarantee", "surety"})
_FREED = re.compile(
    r"\b(?:be|is|are|was|were|been|being)\s+(?:freed|released)\b"
    r"|\b(?:free|release)\s+(?:the|her|him|them|it|its)\b",
    re.IGNORECASE,
)
# What is added to a price or a sum ('with fees', 'including the buyer's premium', 'plus VAT'):
# the sum with it and the sum without are two things.
_FEES = frozenset({"fees", "fee", "premium", "commission", "vat", "tax", "taxes", "charges"})
_WITH_FEES = frozenset({"with", "including", "includes", "included", "plus", "inclusive"})
WITH_FEES = " with fees"
# Events whose length news reports ("the meeting lasted three hours").
_EVENTS = {
    "talks": "talk talks talked talking meeting meetings met meet negotiations discussions session",
    "speech": "speech spoke address",
    "strike": "strike strikes walkout",
    "hearing": "hearing trial",
    "flight": "flight flew",
    "search": "search searches rescue operation",
    "siege": "siege standoff",
    "blackout": "blackout outage",
    # ('to be shut for six hours', 'shut down for a week': the closure's length as much as
    # 'closed for at least 48 hours' is; issue 7)
    "closure": "closure closures closed shutdown shut shuts",
    "reopening": "reopen reopens reopened reopening",
    "delay": "delay delayed",
    "vote": "vote votes voted ballot referendum election",
    "earthquake": "earthquake earthquakes quake quakes tremor tremors",
    # (an aftershock is another quake, on a day of its own)
    "aftershock": "aftershock aftershocks",
    "leak": "leak leaks leaked spill spilled",
    "fire": "fire blaze",
    "crash": "crash derailment derailed collision",
    "raid": "raid robbery heist break-in",
    "journey": "journey trip voyage crossing",
    "march": "march protest rally demonstration",
    "eruption": "eruption erupted",
    "evacuation": "evacuation",
    # gatherings a story dates ('Saturday's wedding reception', 'the funeral on Friday')
    # ('the wedding reception' / 'the reception' / 'the wedding': one gathering)
    "reception": "reception receptions wedding",
    "funeral": "funeral burial",
    "ceremony": "ceremony",
    "concert": "concert gig",
    "meal": "lunch dinner banquet meal",
    "match": "match game fixture",
}


# A count of people at a gathering is the size of the crowd.
_PEOPLE = frozenset({"people", "protesters", "demonstrators", "marchers", "supporters"})
_CROWD = {
    "size of the crowd": "rally rallies protest protests march marched marching demonstration "
    "demonstrations crowd gathered took joined attended turnout"
}


def _cue_table(table: dict[str, str]) -> dict[str, str]:
    return {word: slot for slot, words in table.items() for word in words.split()}


_MONEY = _cue_table(_MONEY_CUES)
_YEAR = _cue_table(_YEAR_CUES)
_PERCENT = _cue_table(_PERCENT_CUES)
_SIZE = _cue_table(_SIZE_CUES)
_EVENT = _cue_table(_EVENTS)
# What a written date is the day of, said by its clause's verb: one arrest, one sinking, one
# inspection of a story. (Not "died" or "born": a story tells of several people's lives; nor
# attacks or launches: a DUC cluster set a grenade attack on Sep. 7 beside a rocket attack on
# Sept. 24.)
_DATED_EVENT = _cue_table(
    {
        "arrest": "arrested arrest detained captured",
        "sinking": "sank sunk foundered capsized",
        "inspection": "inspected inspection checked examination",
        "collapse": "collapsed collapse burst breached toppled",
        # a vehicle on its side or roof: one overturning of a story, however it is said
        # ('overturned', 'tipped onto its side', 'went over': ``_WENT_OVER``)
        "overturning": "overturned overturns overturning",
    }
)
# ...and what a time of day is of: the same, and 'fell' ('the crane fell at 07:40'; a day is no
# such evidence: 'shares fell on 3 March' and 'fell on 5 March' are two falls), and the alarm
# ('the alarm sounded at 8.21pm', 'the alarm was raised at 20:27': a story's one call for
# help; not a day's: 'an alarm on 3 March' may be any drill).
_TIMED_EVENT = {**_DATED_EVENT, "fell": "collapse", "personfound": "finding", "alarm": "alarm"}
# The finding of the one missing person a story seeks, said with 'found' and a complement that
# means the person (``_FOUND`` reads it as 'personfound', a stand-in no text has): 'was found
# alive at 11:15', 'found her safe', 'was found dead'. Not 'found' alone: 'her bicycle was found
# at 08:15', 'found her phone', 'a body was found at 4pm', 'found guilty', 'found him gone' are
# other finds (review19d).
_FOUND = re.compile(r"\bfound\s+(?:(?:him|her)\s+)?(?:alive|safe|unharmed|dead)\b")
_CROWD_CUES = _cue_table(_CROWD)
# What a duration after these measures is how long something lasted, not when it happened.
_LENGTH_BEFORE = re.compile(r"\b(?:last(?:ed|s|ing)?|for|took|after)\s+(?:\w+\s+){0,2}$", re.I)
# A length said just before a duration that rules out a lead time ('lasted 10 hours before the
# arrest', 'held for 36 hours before the hearing', 'went on for hours before'): review rates18.
_NO_LEAD_TIME = re.compile(
    r"\b(?:last(?:ed|s|ing)?|for|took|takes?|went\s+on|goes\s+on)\s+(?:\w+\s+){0,2}$", re.I
)

_DAY_NAME = "|".join(WEEKDAY_NAMES)
# The words that may follow a weekday named after 'the night of': a part of the day, or a
# word opening the rest of the clause.
_AFTER_A_DAY = alternation(
    wordset(
        "morning afternoon evening night when as after before and but while until in at on to"
        " with from near by the a an last this that which who amid during following"
    )
)
_WEEKDAY = re.compile(
    rf"\b(?:on|late|early|last|this|by|until|since)\s+({_DAY_NAME})\b"
    # "Saturday's reception", "Friday night's reception"
    rf"|\b({_DAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?['’]s\b"
    # "on the night of Friday", "the morning of Tuesday": a part of the day, then its name; not
    # "the evening of Sunday Mass" (a word after it but a part of the day or a word joining a
    # clause makes the weekday the first word of a noun phrase). Not "hours of": "the early
    # hours of Sunday" are the night another outlet calls "late on Saturday", and "within 24
    # hours of Tuesday" is no day of the event
    rf"|\b(?:morning|afternoon|evening|night)\s+of\s+({_DAY_NAME})\b(?!['’]s)"
    rf"(?!\s+(?!(?:{_AFTER_A_DAY})\b)[a-z])",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:will|would|next|is\s+due|are\s+due|to\s+be|plans?\s+to)\b", re.I)
# A weekday joined to another ("discussions on Sunday and Monday", "from Friday to Sunday")
# gives a span of days, not the one day of an event: neither is read as its date. Not so with
# a preposition of its own ("arrested on Sunday and on Monday he appeared in court": two days).
_DAY_SPAN_AFTER = re.compile(
    rf"\s*(?:,|and|or|to|through|until|[-–])\s*(?:{_DAY_NAME})\b", re.IGNORECASE
)
_DAY_SPAN_BEFORE = re.compile(
    rf"\b(?:{_DAY_NAME})\s*(?:,|and|or|to|through|until|[-–])\s*$", re.IGNORECASE
)
# "the hospital said on Sunday", "told reporters on Monday": the weekday dates the statement,
# not the event, so it is not a value of the event's day (a later report may well quote a
# statement made a day after the event).
_STATEMENT_DAY = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|announced|added|confirmed|stated|reported)\s*$", re.I
)


# Events one story may tell of several times (talks on Sunday with one minister, on Monday with
# another; a trial's hearings, a week of strikes or marches, a search resumed day after day):
# names, not the slot alone, say which one a day is of. A story has one earthquake, one fire,
# one crash.
REPEATED = frozenset({"talks", "speech", "hearing", "vote", "march", "strike", "search"})


# A time before a named event: its slot is LEAD_TIME + the event's noun.
LEAD_TIME = "time before the "
_LEAD_TIME = re.compile(
    r"\s+(?:before|ahead\s+of)\s+(?:the|its|their|his|her)\s+(?P<event>[a-z]{3,})\b",
    re.IGNORECASE,
)


def strong(slot: str | None) -> bool:
    """A slot that alone says two figures are one thing: one quake's magnitude, one vote's
    split, the day a named event happened."""
    return slot in STRONG_SLOTS or bool(
        slot and slot.startswith(("day of the ", "time of the ")) and slot != ANY_EVENT
    )


def is_weekday(quantity: Quantity) -> bool:
    noun = quantity.noun or ""
    return noun in {WEEKDAY, LEAD_WEEKDAY, PLANNED_WEEKDAY} or noun.startswith(DATED_WEEKDAY)


def slot_of(quantity: Quantity, near: Sequence[str], before: str, after: str = "") -> str | None:
    """The slot a figure fills, from the words ``near`` it (lower case) and the text just
    ``before`` and ``after`` it; None when nothing says (counts are read by their frame and noun
    instead)."""
    fixed = {"magnitude": "magnitude of the earthquake", "split": "vote split"}
    if quantity.dimension in fixed:
        return fixed[quantity.dimension]
    if is_weekday(quantity):
        return _day_slot(quantity, near)
    if quantity.dimension in {"money", "percent", "distance"}:
        return _measure_slot(quantity, near, before, after)
    if quantity.dimension == "count":
        return _count_slot(quantity, near, before)
    if quantity.dimension in {"date", "time"}:
        return _when_slot(quantity, near, before, after)
    return _length_slot(quantity, near, before, after) if quantity.dimension == "duration" else None


def is_reach(before: str, after: str) -> bool:
    """A distance that says how far from somewhere ('drifting 12 kilometres from the shore',
    'some 9 kilometres offshore'), not the size of a thing said with from/off ('measures 140
    metres from bow to stern', 'stuck 30 metres off the ground', 'stretched 12 kilometres from
    the harbour mouth'), from the text just ``before`` and ``after`` it."""
    if _AWAY_AFTER.match(after) is None or _SPANNED_AFTER.match(after):
        return False
    return _EXTENT_BEFORE.search(before) is None


def _lead_time_slot(after: str) -> str | None:
    """'about 14 hours before the exam', 'two days ahead of the vote': how long before an event
    of the story something happened, a lead time that another report's lead time before the
    same event can be compared with (not a length, nor a date that moves with the report)."""
    found = _LEAD_TIME.match(after)
    return f"{LEAD_TIME}{found.group('event').lower()}" if found else None


def _measure_slot(quantity: Quantity, near: Sequence[str], before: str, after: str) -> str | None:
    """What a sum, a share or a distance measures, from its cue words."""
    if quantity.dimension == "distance":
        said_after = next((slot for slot, cue in _SIZE_AFTER if cue.match(after)), None)
        if said_after:
            return said_after
    if quantity.dimension == "money" and (said := _sum_said_by_phrase(near, before, after)):
        return said
    cues = {"money": _MONEY, "percent": _PERCENT, "distance": _SIZE}[quantity.dimension]
    if quantity.dimension == "percent" and quantity.noun:
        # a share of a group ('nearly a third of the residents of Luxembourg, which has low
        # unemployment') is named before it, not by what the rest of the sentence is about
        near = re.findall(r"[a-z]+", before.lower())[::-1]
    slot = _first(cues, near)
    if slot in SIZES_OF_THINGS and _AWAY_AFTER.match(after) and not _SIZE_OF.search(before):
        return None  # how far from somewhere, not the size the sentence names
    if quantity.dimension == "money" and _with_fees(near, before):
        return f"{slot or 'price'}{WITH_FEES}"
    # "the 2.8-kilometre tunnel": a distance written as an adjective is the thing's length
    hyphened = quantity.dimension == "distance" and "-" in quantity.text
    return slot or ("length" if hyphened else None)


def _sum_said_by_phrase(near: Sequence[str], before: str, after: str) -> str | None:
    """A sum whose slot a phrase around it says, before any cue word: given to each of a group
    (unless a cue near it names a kind of sum other than a price: 'pay each passenger 1,500
    kroner in compensation' stays the compensation another report gives as 'NOK 1,000 in
    compensation', as before: a tuning conflict lost when it did not), bail, the cost of the
    damage."""
    named = {_MONEY[word] for word in near if word in _MONEY} - {"price"}
    if not named and _paid_to_each(before, after):
        return "sum paid to each"
    if _BAIL_NAMES & set(near) and _FREED.search(before):
        return "bail"
    if _REPAIR_BILL.search(before) or _REPAIR_COST.search(before):
        return "cost of the damage"  # 'the repair bill will be £2.1m'
    return None


def _paid_to_each(before: str, after: str) -> bool:
    """'offered each of them £240': a sum each of a group is given (``_TO_EACH_BEFORE``)."""
    return bool(_TO_EACH_BEFORE.search(before)) and not _BY_THE_TIME_AFTER.match(after)


def _with_fees(near: Sequence[str], before: str) -> bool:
    """'sold for 312 million crowns with fees', 'including the buyer's premium': the sum with
    what is added to it, not the hammer price or the fare before it."""
    around = {*near, *re.findall(r"[a-z]+", before.lower())}
    return bool(_FEES & around and _WITH_FEES & around)


def _count_slot(quantity: Quantity, near: Sequence[str], before: str) -> str | None:
    """A rating on a scale ('danger at level 4 of 5'), or the size of a crowd."""
    if rating := _RATING_BEFORE.search(before):
        return f"{rating.group('scale').lower()}{RATING}"
    return _first(_CROWD_CUES, near) if quantity.noun in _PEOPLE else None


def _length_slot(quantity: Quantity, near: Sequence[str], before: str, after: str) -> str | None:
    """'the meeting lasted three hours': how long an event named next to it lasted; or a lead
    time before one (``_lead_time_slot``), unless a length is said before the figure ('lasted
    10 hours before the arrest', 'held for 36 hours before the hearing': how long, not when)."""
    if not _NO_LEAD_TIME.search(before) and (lead := _lead_time_slot(after)):
        return lead
    if not _LENGTH_BEFORE.search(before):
        return None
    event = _first(_EVENT, _closing_words(near, before)) or _EVENT.get(quantity.noun or "")
    return f"length of the {event}" if event else None


def _day_slot(quantity: Quantity, near: Sequence[str]) -> str | None:
    """'the vote on Wednesday': the day an event happened, or is planned for."""
    if (quantity.noun or "").startswith(DATED_WEEKDAY):
        return f"day of the week of {(quantity.noun or '').removeprefix(DATED_WEEKDAY)}"
    event = _first(_EVENT, near)
    if quantity.noun == PLANNED_WEEKDAY:
        return f"day of the {event} (planned)" if event else None
    return f"day of the {event}" if event else ANY_EVENT


def _when_slot(quantity: Quantity, near: Sequence[str], before: str, after: str) -> str | None:
    """A date's slot (``_year_slot``), or the time of the event a local time is of ('the crane
    fell at 07:40'), or the service it names ('the 08:12 from Harnmoor'); a time in a named
    zone has none."""
    if quantity.dimension == "date":
        return _year_slot(quantity, near, before, after)
    if quantity.unit != LOCAL_CLOCK:
        return None
    return (
        _service_slot(before, after)
        or _dated_event_slot(before, "time")
        or _incident_time_slot(before, after)
    )


def _incident_time_slot(before: str, after: str) -> str | None:
    """'The near miss happened at 3.10pm', 'the fire broke out at ten past three': the time of
    the incident its clause's subject names (``_HAPPENED_AT``), one slot per kind of incident
    ('the collision' is 'the crash', ``_INCIDENT_FOLD``)."""
    found = _HAPPENED_AT.search(_CLAUSE_BREAK.split(before)[-1])
    # ('Last month the fire broke out at 5am', 'the fire broke out at 5am in 2041': another
    # incident of the kind, of another time; after the time, in its clause: 'at 4.10pm, as the
    # team began its last loop' is the story's)
    if not found or _PAST_TIME.search(before) or _PAST_TIME.search(_CLAUSE_BREAK.split(after)[0]):
        return None
    incident = " ".join(found.group("incident").lower().replace("near-", "near ").split())
    return f"time of the {_INCIDENT_FOLD.get(incident, incident)}"


def _service_slot(before: str, after: str) -> str | None:
    """SERVICE_TIME and the run's direction and place: 'the 08:12 from Harnmoor'."""
    found = _SERVICE_AFTER.match(after)
    if not (found and _SERVICE_BEFORE.search(before)) or _REPLACEMENT_BEFORE.search(before):
        return None
    place = found.group("place").lower()
    if _NOT_PLACES.intersection(place.split()) or _names_another_run(before, after[found.end() :]):
        return None
    return f"{SERVICE_TIME}{found.group('way')} {place}"


def _names_another_run(before: str, after: str) -> bool:
    """Does the text around a run's name name a second run ('the 08:12 from Orvel hit the 08:05
    to Ashby')?"""
    return any(_A_RUN.search(text) for text in (before, after))


def _run_subject(slot: str) -> str:
    """A run's slot as a reader would say it: 'scheduled time of the service from St
    Pancras'. The slot keeps the place in lower case, for comparing, so the place comes back in
    title case, not as written ('McAllister' would read 'Mcallister')."""
    way, _, place = slot.removeprefix(SERVICE_TIME).partition(" ")
    return f"scheduled time of the service {way} {place.title()}"


def is_service(slot: str | None) -> bool:
    """Is the slot a scheduled run's name (``SERVICE_TIME``)?"""
    return bool(slot and slot.startswith(SERVICE_TIME))


def _year_slot(quantity: Quantity, near: Sequence[str], before: str, after: str) -> str | None:
    """'built in 1887': the year of what was done; a year alone is too vague to compare. A
    month alone ('resigned in January') is the month of what was done."""
    if quantity.unit in {"day", "monthday"} and quantity.high == quantity.low:
        return _dated_event_slot(before)
    if quantity.unit not in {"day", "month"}:
        return None
    # a month's verb stands right before it ('resigned in March', not 'built in 1994, was
    # inspected in June')
    if quantity.unit == "month":  # nearest first, within its clause
        clause = re.split(r"[,;:]", before)[-1]
        near = re.findall(r"[a-z]+", clause.lower())[-MONTH_CUE_WORDS:][::-1]
    if _LAST_DONE.search(before):
        return RECORD_SINCE  # 'last erupted in 1916' says what 'the first eruption since' does
    verb = _year_verb(quantity, near, before)
    if verb is None or (verb == "borrowed" and not _LIBRARY_ITEM.search(f"{before} {after}")):
        return None
    superlative = any(is_superlative(w) for w in near)
    if verb == "since" and (superlative or "first" in near):
        return _record_since(before)  # 'the deepest cuts since 2011': a record, not a tenure
    if verb == "since" and _shut_since(before):
        verb = "closed"  # 'has been shut since 2039': the year it closed, not a tenure
    return f"month {verb}" if quantity.unit == "month" else f"year {verb}"


def _shut_since(before: str) -> bool:
    """'has been shut since 2039', 'closed to the public since 2039': the year it closed; not
    'has not closed since 2030' / 'has never been shut since' (no closing at all), nor a state
    of another thing ('_SHUT_OTHER')."""
    shut = _SHUT_SINCE.search(before)
    if shut is None or _SHUT_OTHER.search(before):
        return False
    clause = re.split(r"[,;:.]", before[: shut.start()])[-1]
    return not _NOT_SHUT.search(clause)


def year_ago_slot(before: str, after: str) -> str | None:
    """The slot of a year said as a time ago right after its verb ('The inn closed four years
    ago', 'was built 40 years ago'): 'year closed', 'year built' as 'closed in 2039' is; None
    for any other length ('for four years', 'four years ago, when it closed': the verb after).
    Only a closing or a building: 'elected', 'found', 'formed' N years ago name one of many such
    deeds in a story (a first election and a re-election, two finds), and so does a sentence
    that tells of a first time or of a deed done again ('first closed', 're-elected',
    'reopened months later')."""
    if not _AGO.match(after) or _DONE_AGAIN.search(before + after):
        return None
    verb = _VERB_BEFORE_AGO.search(before)
    cue = _YEAR.get(verb.group("verb").lower()) if verb else None
    return f"year {cue}" if cue in _AGO_CUES else None


def is_superlative(word: str) -> bool:
    """A superlative ('driest', 'worst', 'most'), as a record 'since' a year is said."""
    return bool(_SUPERLATIVE.match(word)) and word not in _NOT_SUPERLATIVE


def _record_since(before: str) -> str:
    """What a record 'since' a year measures, said by the nearer of 'first' and a superlative
    before it: 'the first hosepipe ban since' when one last happened (as 'last erupted in'),
    'the driest spring since' when one was last as dry ('after the driest spring since 1976,
    the first ban since 2022': each year its own)."""
    for word in reversed(re.findall(r"[a-z]+", before.lower())):
        if word == "first":
            return RECORD_SINCE
        if is_superlative(word):
            return MATCHED_SINCE
    return RECORD_SINCE  # the cue is after the year ('since 1976, the first')


def _year_verb(quantity: Quantity, near: Sequence[str], before: str) -> str | None:
    """The cue of what a year or month was the time of ('built', 'founded'), or None."""
    dated = _DATES_FROM.search(before) if quantity.unit == "day" else None
    if dated is not None and _built_subject(before[: dated.start()]):
        return "built"  # 'the sewer dates from 1886'
    phrased = next((slot for slot, said in _YEAR_PHRASES if said.search(before)), None)
    if phrased is not None and quantity.unit == "day":
        return phrased
    own = _own_verb(before) if quantity.unit == "day" else None
    if own is not None and own not in _YEAR and own not in _FIRST_HELD:
        return None  # 'relined in 1986': not the year of a cue further back
    # 'since' is the year's own only right before it ('in office since 1987'), not after
    # ('found in 1911 and on display since the gallery opened')
    verb = _YEAR.get(own or "") or _first(
        _YEAR, (w for w in near if w != "since" or _SINCE_BEFORE.search(before))
    )
    if verb is None and quantity.unit == "day":
        # ...or its clause's verb further back: 'the skull was found on the cliffs at Carrick
        # Bay in 1911'
        clause = _CLAUSE_BREAK.split(before)[-1].lower()
        verb = _first(_YEAR, re.findall(r"[a-z]+", clause)[-DATE_CUE_WORDS:][::-1])
        verb = None if verb == "since" else verb
    if verb is None and "first" in near and _FIRST_HELD & set(near):
        verb = "founded"  # 'first held in 1998', not 'the first half of 2026'
    return verb


def names_a_day_done(before: str) -> bool:
    """The text before a date names what was done on it ('arrested in Ostrel on'), not a day
    still to come ('will be inspected on') nor a date of no named event ('after a blaze on',
    'reopened to traffic on'): such a date may be read in its report's year and compared with a
    weekday (review19d)."""
    slot = _dated_event_slot(before)
    return slot is not None and not slot.endswith("(planned)")


def _dated_event_slot(before: str, what: str = "day") -> str | None:
    """'arrested at the airport on 2 March', 'foundered before dawn on 17 November 1887', 'the
    crane came down at twenty to nine': the day (or time) of what its clause's verb tells
    (nearest first, as for a month), one of the events a story has one of."""
    # (its own clause: 'arrested in Lisbon last year and extradited to Spain on 4 March' dates
    # the extradition)
    clause = _GAVE_WAY.sub(" collapsed ", _CLAUSE_BREAK.split(before)[-1].lower())
    clause = _WENT_OVER.sub(" overturned ", _OVERTURNED_THING.sub(" the upturned", clause))
    clause = _FOUND.sub(" personfound ", clause) if what == "time" else clause
    words = re.findall(r"[a-z]+", clause)[-DATE_CUE_WORDS:][::-1]
    event = _first(_TIMED_EVENT if what == "time" else _DATED_EVENT, words)
    if what == "time":
        # 'a second vehicle, a van, overturned at 03:40': the time of another such event
        another = _ANOTHER_ONE.search(before) or _FIRST_ONE.search(clause)
        return f"time of the {event}" if event and not another else None
    if FUTURE_DONE.search(clause) or _DEADLINE_BEFORE.search(before):
        # 'will be inspected on 3 July', 'must be checked by 30 June': a day still to come, told
        # apart from the day the story's event happened (a day to come of no named event keeps
        # no slot: on DUC, 'paychecks due Nov. 15' and 'a ruling due before Oct. 18' shared one)
        return f"day of the {event} (planned)" if event else None
    return f"day of the {event}" if event else None


# A clock time said as when the story's incident happened: 'the' right before an incident's
# noun as the subject, then a verb of happening and 'at' ('The near miss happened at 3.10pm',
# 'the collision occurred at about 07:40', 'The fire broke out at ten past three', 'the near
# miss came at 4.10pm'). Only nouns of an unplanned incident (fresh35's airshow: a keyed time
# conflict never compared, as a zone-less time with no slot). No word between 'the' and the
# noun (review-clocks36: 'the warehouse fire' / 'the house fire', 'the Leeds crash' / 'the
# Bradford crash', 'the unrelated incident' are two incidents of a kind, and a word before the
# noun is how a report tells them apart; so are 'the first / previous / 2019 crash'); not an
# indefinite ('a similar near miss'), a plan ('will happen at 4pm', 'opens at 10am'), the end
# of one ('ended at 3pm'), a statement's time ('said at 4pm', 'the announcement came at'), a
# deadline ('by 5pm') or a report's other words between the subject and its verb.
_INCIDENT_NOUNS = (
    "near[\\s-]+miss|incident|accident|crash|collision|derailment|explosion|blast|fire|blaze"
    "|attack|shooting|stabbing|robbery|raid|break-in|collapse|escape|outage|blackout|leak|spill"
    "|landslide|earthquake|quake|tremor|eruption"
)
_HAPPENED_AT = re.compile(
    rf"\bthe\s+(?P<incident>{_INCIDENT_NOUNS})\s+"
    r"(?:had\s+)?(?:happened|occurred|took\s+place|came|struck|broke\s+out)\s+at\s+"
    r"(?:(?:about|around|approximately|roughly)\s+)?$",
    re.IGNORECASE,
)
# The nouns of one incident folded to one slot: only those that never name another incident of
# the story ('the collision' is 'the crash'). Not the length table's wider folds
# (review-clocks36: a robbery and a police raid, a quake and its aftershock 'tremor', a gas
# leak and an oil spill are two incidents of one story).
_INCIDENT_FOLD = {
    "collision": "crash",
    "derailment": "crash",
    "blaze": "fire",
    "outage": "blackout",
}
# A time said of another time than the story's: a year ('in 2019', 'the 2019 floods'), a time
# ago or a past one ('a decade ago', 'last month', 'the previous winter', 'earlier', 'during
# the floods', 'in March', 'two years before'), around the incident's time (review-clocks36:
# each of these took an older fire's 5am as the story's). A miss for 'last night' too, on
# purpose: a missed time is better than a false conflict.
_PAST_TIME = re.compile(
    rf"\b(?:(?:1[89]|20)\d\d|ago|last|previous|earlier|during|decades?|in\s+(?:{_MONTHS})"
    r"|years?\s+before)\b",
    re.IGNORECASE,
)


# Another event of the kind the story tells, named before its time: 'a second vehicle', 'another
# lorry' (review19d: a second van's overturning took the tanker's). Not 'earlier': mostly an
# adverb ('overturned earlier this morning at 03:25'). Nor 'first', mostly an adverb or another
# phrase ('was first raised', 'officers first saw', 'first on the scene', 'for the first time',
# 'the first floor': review-clocks36) but in ``_FIRST_ONE``.
_ANOTHER_ONE = re.compile(r"\b(?:second|third|another)\b", re.IGNORECASE)
# The first of its kind as a noun phrase right before its verb ('the first alarm was raised at',
# 'the first crane fell at'; two of one day): 'first', a noun, auxiliaries and one verb, 'at'.
_FIRST_ONE = re.compile(
    r"\b(?:the|a)\s+first\s+(?!(?:time|floor)\b)[a-z-]+\s+"
    r"(?:(?:was|were|had|has|have|been)\s+)*[a-z]+\s+at\s+"
    r"(?:(?:about|around|approximately|roughly)\s+)?$",
    re.IGNORECASE,
)
# A verb phrase of something still to be done: 'will be inspected on 3 July', 'is due to open
# on 20 October', 'next week' (not bare 'next' or 'would': 'arrested next to the station on 5
# June', 'would not say why he was arrested on 5 June' are days it was done; review19d).
FUTURE_DONE = re.compile(
    r"\b(?:will|would\s+be|(?:is|are|was|were)\s+due\s+to|next\s+(?:week|month)|plans?\s+to)\b",
    re.I,
)
# A written date by which something is to be done: 'must be in by 30 June', 'until 4 May'.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|no\s+later\s+than)\s+$", re.I)

_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|then|but)\s", re.IGNORECASE)
# A structure's failure said in two words: 'the crane came down', 'the dam gave way'.
# (Not 'caved in': 'managers caved in at 23:00 to union demands' is no collapse.)
_GAVE_WAY = re.compile(r"\b(?:came|comes|come|coming) down\b|\b(?:gave|gives|give) way\b")
# A vehicle's overturning said in two words or more: 'the lorry went over', 'tipped onto its
# side', 'the coach rolled over', 'flipped onto its roof' (not 'went over the plans', 'rolled
# over the loan': 'over' with an object is no overturning).
_WENT_OVER = re.compile(
    r"\b(?:went|goes|go|going|keeled|tipped|tips|tipping|rolled|rolls|rolling|flipped|flips"
    r"|flipping)\s+(?:over(?=\s*(?:[,.;:!?]|$)|\s+(?:at|on|in|near|shortly|about|after|into"
    r"|onto|when)\b)"
    r"|on(?:to|\s+to)?\s+(?:its|their)\s+(?:side|sides|roof|back)\b)"
)
# 'the overturned lorry', 'from the overturned cab': an adjective of a thing, no overturning
# said where the figure stands ('lifted the overturned lorry at 09:30'; review19d).
_OVERTURNED_THING = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that)\s+overturned\b", re.IGNORECASE
)


# A closure's state right before 'since' and its year ('The pub has been shut since 2039', 'closed
# to the public since 2039', 'shut down since early 2039'): the year it closed, which another
# outlet's 'closed in 2039' gives; not a tenure ('has worked there since', 'chair since') nor a
# state that began otherwise ('empty since', 'open since'). (fresh35: the pub's year closed in
# one report was read as 'year since' and never met another's 'closed in'.)
_SHUT_SINCE = re.compile(
    r"\b(?:shut|closed)(?:\s+(?:down|for\s+good|to\s+the\s+public))?(?:\s+ever)?\s+since\s+"
    r"(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
# A negation in the clause before 'shut/closed since': 'has not closed since 2030', 'has never
# been shut since' say it stayed open, no year it closed (review of nouns36).
_NOT_SHUT = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
# A time ago and the verb right before it: 'closed four years ago', 'was built 40 years ago'.
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_AGO_CUES = frozenset({"closed", "built"})
_DONE_AGAIN = re.compile(r"\bfirst\b|\bre-[a-z]|\breopen", re.IGNORECASE)
_VERB_BEFORE_AGO = re.compile(r"\b(?P<verb>[a-z]+)\s+$", re.IGNORECASE)
# 'since' right before a year, or before 'early'/'late'/'mid' and the year ('since early 2019'):
# only then is it the year's own cue (``_year_slot``).
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# 'the volcano last erupted in 1916', 'the club last won the cup in 1987': the year of the last
# such event, which 'the first eruption since 1961' also gives.
_LAST_DONE = re.compile(r"\blast\s+[a-z]+(?:ed|ne|on|ok|ad|as|ere)\s+(?:[a-z]+\s+){0,3}in\s+$")
# 'the sewer dates from 1886', 'dating back to 1886': the year it was built (not 'the dates in
# 1886', 'up to date').
_DATES_FROM = re.compile(
    r"\b(?:dates?|dated|dating)\s+(?:back\s+)?(?:from|to)\s+(?:the\s+)?(?:early\s+|late\s+)?$",
    re.IGNORECASE,
)
# What a thing built is not, as the subject of 'dates from': complaints, records, a dispute or
# a design date from a year too, but it is not the year the thing was built (review figures25).
# A preposition in the subject ('Complaints about the viaduct', 'the oldest part of the
# church') also leaves it: the head is not the thing named last.
_NOT_BUILT = wordset(
    "complaint complaints record records dispute disputes row feud design designs plan plans"
    " tradition custom practice problem problems issue issues claim claims rule rules law laws"
    " link links rivalry concern concerns campaign idea name"
)
_SUBJECT_PREPOSITION = wordset("about of over for with on between against from in at by")
# Words pointing back at a thing named before: 'The viaduct, which dates from 1874'.
_POINTERS = wordset("it which that this")


def _built_subject(before: str) -> bool:
    """Is the subject of 'dates from' a built thing or a pointer to one ('The sewer', 'which'),
    not complaints about it or a part of it ('Complaints about the viaduct date back to 1998')?"""
    clauses = [part for part in re.split(r"[,;:.]", before) if part.strip()]
    if not clauses:
        return False
    words = re.findall(r"[a-z'’]+", clauses[-1].lower())
    if words and words[-1] in {"still", "also", "now", "only"}:
        words = words[:-1]  # 'it still dates from'
    if not words:
        return False
    if len(words) == 1 and words[0] in _POINTERS:
        return True
    return not any(w in _SUBJECT_PREPOSITION for w in words) and words[-1] not in _NOT_BUILT


# The verb right before a year's preposition: 'relined in 1986', 'was sold in 1990'. A verb
# there that is no year cue tells what the year is of, so a cue further back ('built in 1886
# and relined in 1986', 'The chapel, built in 1886, was restored in 1986') is another year's.
# ('buried in the summer of 1992', 'opened in early 1886': the season or part of the year between)
_VERB_BEFORE_YEAR = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:in|on|during)\s+"
    r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|early|late|mid)(?:\s+of)?[\s-]+)?$",
    re.IGNORECASE,
)
# Past forms not made with -ed ('sold', 'rebuilt'), as the year's own verb may be.
_PAST_FORMS = UNCHANGED_PASTS | frozenset(
    form for forms in IRREGULAR_VERBS.values() for form in forms
)


def _own_verb(before: str) -> str | None:
    """The past verb right before a year's 'in', whose event the year is of: a cue ('opened in
    1886, closed on Monday' dates the opening) or another verb ('relined', 'restored',
    'rebuilt', 'sold': no cue further back is the year's)."""
    found = _VERB_BEFORE_YEAR.search(before)
    if found is None:
        return None
    verb = found.group("verb").lower()
    bare = verb.removeprefix("re")  # 'rebuilt', 'reopened': done again, not first
    past = verb.endswith("ed") or verb in _PAST_FORMS or bare in _PAST_FORMS or bare in _YEAR
    return verb if verb in _YEAR or past else None


def _first(table: dict[str, str], words: Iterable[str]) -> str | None:
    return next((table[w] for w in words if w in table), None)


# 'shut' in another sense than a closure: 'residents were shut indoors', 'pupils shut out of
# lessons', 'shut away', 'shut up', 'shut in their homes' (review23d: each made a false closure
# conflict); not 'shut in June' (review23g).
_SHUT_OTHER = re.compile(
    r"\bshut\s+(?:indoors|out|away|up|in\s+(?:their|his|her|its|homes?|houses?))\b",
    re.IGNORECASE,
)


def _closing_words(near: Sequence[str], before: str) -> Sequence[str]:
    """``near`` without 'shut' when ``before`` says it in another sense ('shut indoors')."""
    return [w for w in near if w != "shut"] if _SHUT_OTHER.search(before) else near


def is_length(before: str) -> bool:
    """'lasted three hours', 'for 90 minutes': a length, even with 'before leaving' after it."""
    return bool(_LENGTH_BEFORE.search(before))


def weekdays(text: str, published: str | None, lead: bool = False) -> Iterator[Quantity]:
    """'on Monday' as a date: the calendar day it names, counted from the publication day
    (unit "day", comparable with written dates). Without a publication time a weekday is not a
    figure: two articles' Mondays may be different weeks."""
    day = publication_day(published)
    if day is None:
        return
    for match in _WEEKDAY.finditer(text):
        if _STATEMENT_DAY.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        group = next(group for group in (1, 2, 3) if match.group(group))
        name = match.group(group)
        if _DAY_SPAN_AFTER.match(text, match.end(group)) or _DAY_SPAN_BEFORE.search(
            text, max(0, match.start(group) - 30), match.start(group)
        ):
            continue
        future = bool(_FUTURE.search(_clause_before(text, match.start())))
        weekday = WEEKDAY_NAMES.index(name.lower())
        start, end = match.span(group)
        noun = PLANNED_WEEKDAY if future else LEAD_WEEKDAY if lead else WEEKDAY
        dated = _DATE_AFTER.match(text, end)
        written = _written_day(dated, day) if dated is not None else None
        if dated is None:
            ordinal = float(resolve(weekday, day, future).toordinal())
            yield Quantity(name, ordinal, ordinal, "day", "date", start, end, ordinal, noun)
        elif written is not None and _names_its_day(text, start, weekday, written, day):
            # "on Thursday, 12 March" read on Friday 13 March 2026: the day itself, as the bare
            # weekday would be read; a date after the publication day is a plan's
            noun = PLANNED_WEEKDAY if written > day else noun
            ordinal = float(written.toordinal())
            yield Quantity(name, ordinal, ordinal, "day", "date", start, end, ordinal, noun)
        if dated is not None:
            # "on Thursday, March 19": also the weekday a report gives a written date, compared
            # with another report's weekday of that date; the only reading of one that is not
            # the date's day of the week in its year (neither names the day: the date gives no
            # figure either, ``figure_reading._against_its_weekday``)
            index = float(weekday)
            dated_noun = f"{DATED_WEEKDAY}{_written_date(dated)}"
            yield Quantity(name, index, index, "day", "date", start, end, index, dated_noun)


def _names_its_day(text: str, start: int, named: int, written: date, day: date) -> bool:
    """Does a weekday (``named``) written with its date name the day of the report's event, as
    a bare weekday would? Only when the date is that weekday's and the one a bare weekday names
    from the publication day (the last or the next: 'last gave way on Thursday, 12 March 2020' is a
    history, 'until Friday, 20 March' two weeks ahead is no day of the event either), not after
    'until', 'by' or 'before' (a deadline), and not in a negated clause ('did not collapse on
    Wednesday, 11 March')."""
    weekday = written.weekday()
    if weekday != named or written not in (
        resolve(weekday, day, False),
        resolve(weekday, day, True),
    ):
        return False
    if _DEADLINE_BEFORE.search(text[:start]):  # (its match holds the 'until' before the name)
        return False
    return not negated_before(text, start)


def negated_before(text: str, start: int) -> bool:
    """Is the clause before ``start`` negated ('did not collapse on ...', "didn't collapse"):
    what follows is a day it did not happen."""
    clause = _CLAUSE_BREAK.split(_clause_before(text, start))[-1]
    return any(is_negation(word.lower()) for word in re.findall(r"[\w'’]+", clause))


def date_after_weekday(text: str, end: int) -> tuple[int, int] | None:
    """Where the date written right after a weekday ending at ``end`` stands ('Thursday, 12
    March'): its words are the weekday's date, not cue words of its slot ('March' is no
    march)."""
    dated = _DATE_AFTER.match(text, end)
    return dated.span() if dated is not None else None


def _written_day(dated: re.Match[str], day: date) -> date | None:
    """The calendar day of a date written after a weekday: in the year written with it, else
    in the year its report of ``day`` reads it in; None for a day no calendar has."""
    month = _MONTHS.split("|").index(dated.group("month") or dated.group("monthafter")) + 1
    number = day_number(dated.group("day") or dated.group("dayfirst"))
    try:
        if dated.group("year"):
            return date(int(dated.group("year")), month, number)
        return in_its_year(month, number, day)
    except ValueError:  # 30 February
        return None


def _written_date(dated: re.Match[str]) -> str:
    """'January 2' of a date written after a weekday in any order ('2 January', 'January the
    second')."""
    month = dated.group("month") or dated.group("monthafter")
    return f"{month} {day_number(dated.group('day') or dated.group('dayfirst'))}"


_OWN_CLAUSE = re.compile(
    r"[,;:()]|\s[–—-]\s|\s(?:that|which|who|whom|whose|when|where|while|after|before|because)\s",
    re.IGNORECASE,
)


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before a weekday: 'The council will hold a public meeting in
    the school hall on Thursday' is planned however far its verb stands ('will ... on
    Thursday'); 'He will stay, after the fire on Sunday' is not."""
    window = text[max(0, start - FUTURE_WINDOW) : start]
    # (a relative or time clause is its own: 'will pay for the hall that burned down on Sunday',
    # 'who would normally be at the market were at home when the fire broke out on Saturday')
    return _OWN_CLAUSE.split(window)[-1]


def resolve(weekday: int, published: date, future: bool) -> date:
    """The day a weekday names: the latest one on or before publication (the news tense), or
    the first one after it when the sentence speaks of the future."""
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % WEEK or WEEK)
    return published - timedelta(days=(published.weekday() - weekday) % WEEK)


def publication_day(published: str | None) -> date | None:
    """The calendar day of an ISO publication time ('2026-03-01T08:00', '2026-03-01')."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


# How a conflict on a count names what is counted, by the frame of the count.
# The frame of everyone a vehicle carried ('46 people on board'; ``figure_reading``): read only
# when no verb frame is, so a figure without it may be the same load said without the word.
ABOARD = "aboard"
_FRAME_SUBJECT = {
    "dead": "number of dead",
    "hurt": "number of injured",
    "missing": "number of missing",
    "homeless": "number evacuated or displaced",
    "held": "number held",
    "freed": "number freed",
    "hospital": "number in hospital",
    "cancelled": "number cancelled",
    "ill": "number who fell ill",
    "stranded": "number stranded",
}
_DIMENSION_SUBJECT = {
    "count": "number",
    "duration": "length of time",
    "money": "sum of money",
    "percent": "percentage",
    "date": "date",
    "time": "time of day",
    "distance": "distance",
    "speed": "speed",
    "weight": "weight",
    "area": "area",
    "volume": "volume",
    "temperature": "temperature",
    "frequency": "how often",
    "age": "age",
}


def describe(
    dimension: str,
    slot: str | None,
    frame: str | None,
    noun: str | None,
    stage: str | None = None,
) -> str:
    """A subject a person would write: 'number of dead', 'price', 'number of firefighters'."""
    if slot:
        return _run_subject(slot) if is_service(slot) else slot
    if frame:
        head = _FRAME_SUBJECT.get(frame, f"number {frame}")
        if frame == ABOARD and noun and dimension == "count":
            head = f"number of {noun} {ABOARD}"  # 'number of passengers aboard'
        return f"{head} ({stage})" if stage else head
    if noun and noun.endswith("-size"):
        return f"size of the {noun.removesuffix('-size')}"
    if noun and dimension == "count":
        return f"number of {noun}"
    if noun and dimension == "duration":
        return f"length of the {noun}"
    base = _DIMENSION_SUBJECT.get(dimension, dimension)
    return f"{base} of the {noun}" if noun else base
