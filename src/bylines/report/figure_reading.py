"""Figures read in their sentences: what each quantity is about (stage 5, first part).

Every quantity of every sentence (``bylines.report.quantities``) becomes a *figure* with what
surrounds it: the names and days near it, what it counts (its noun), the frame of a count
(killed, injured, missing...), what was done to those counted (found, identified, in
intensive care), its slot (``bylines.report.slots``), and whether the text calls it an
earlier or revised figure. ``figure_pairs`` decides which figures are about the same thing.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations, pairwise

from rapidfuzz import process
from rapidfuzz.distance import Indel

from bylines.ingest.outlet import OUTLET_WORD_RE
from bylines.report.align import MINUTES_A_YEAR, event_families
from bylines.report.quantities import (
    AGE_AT_EVENT_RE,
    COUNTED_GROUPS,
    CURRENCY_CODES,
    SCALE_WORDS,
    Quantity,
    extract_quantities,
)
from bylines.report.slots import (
    ABOARD,
    LEAD_TIME,
    date_after_weekday,
    is_length,
    is_reach,
    is_superlative,
    is_weekday,
    names_a_day_done,
    negated_before,
    publication_day,
    resolve,
    slot_of,
    strong,
    weekdays,
    year_ago_slot,
)
from bylines.report.timeline import in_its_year, weekday_before_date
from bylines.types import Article, Claim, Sentence
from bylines.wordlists import (
    BUILT_THINGS,
    IRREGULAR_PASTS,
    IRREGULAR_VERBS,
    KIN,
    MONTH_NAMES,
    PERSON_NOUNS,
    UNCHANGED_PASTS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    alternation,
    person_noun,
    s_plural,
    wordset,
)

# Context windows, in word tokens either side of a figure. The frame (killed/injured...) must be
# close to the number; names and predicates may sit in the rest of the clause. Tuned by reading
# the example cluster and the DUC pairs in benchmarks/data/conflicts_labels.jsonl.
FRAME_WINDOW = 7
CONTEXT_WINDOW = 15
# A report's opening sentences state its main figures: two lead tolls (killed, injured...) are
# about the same event even when they share no name.
LEAD_SENTENCES = 2
# Tolls of the story itself (in a lead sentence, or with no place or group named next to them)
# are one subject per frame: "killing 60 people" in one report, "a fire that killed 67" in
# another.
STORY_FRAMES = wordset(
    "dead hurt missing homeless held freed hospital cancelled ill stranded destroyed damaged "
    "aboard treated"
)
# How far from a whole number of years a time ago may be and still be one ('four years ago'; not
# 'four and a half years ago').
_WHOLE_YEAR_SLACK = 0.01
# The slot of a year something was built in (``slots``: 'built in 1887').
YEAR_BUILT = "year built"
# A name carried by at least this share of the articles is the story's protagonist, not a way
# to tell two figures apart (Blinken is in every report; Qin in some).
UBIQUITOUS_SHARE = 0.8
# Words before a role that say which one it is ('the lorry driver'), at most this many back;
# articles, possessives of the speaker's kind and the age itself say nothing of which.
ROLE_QUALIFIER_SPAN = 2
_ROLE_OPENERS = wordset("the a an its his her their our")
_AGE_WORD = re.compile(r"^\d+$|year-old$|^aged?$")
# How a spelled age written as one adjective ends ('Sixty-seven-year-old', 'Twelve-year-olds'):
# capitalised after a broadcast cue or a heading ('OOV: Sixty-seven-year-old Tomas Greel'), it
# is no word of the name after it, which the age is of (fresh31's bell report lost its age).
_AGED_ADJECTIVE = ("year-old", "year-olds")
# A state a role is in, between it and its age ('The firefighter in hospital, 41', 'the guard on
# duty, 58'); a position tells two people apart ('The driver in front, 52' / 'the driver behind
# him') and is not read past. Two words at most after the preposition.
ROLE_PHRASE_WORDS = 2
_ROLE_STATES = frozenset(
    {"in hospital", "on duty", "in custody", "in care", "in intensive care", "on board", "on shift"}
)
# ...and the clause that says an age of a role ('The driver, who is 52,', 'the skipper, who was
# aged 61'): what stands between is no other person.
_ROLE_STATES |= {f"who {verb}{aged}" for verb in ("is", "was") for aged in ("", " aged")}
# Words between an age and the name it describes: 'a 19-year-old student, Mikko Aaltonen'.
AGE_NOUN_SPAN = 2
# Counted nouns news uses for one another: '62,000 households' / '80,000 homes', 'staff' /
# 'employees' / 'workers', 'travellers' / 'passengers'.
_NOUN_FOLD = {"home": "household", "house": "household", "employee": "worker", "staff": "worker"}
_NOUN_FOLD |= {"traveller": "passenger", "traveler": "passenger"}
# (as lemmas: 'houses' is 'hous') '11 houses' / 'eleven dwellings' / 'nine homes'; '230 posts' /
# '320 jobs'; '30 hectares of grazing land' / '50 hectares of fields'
_NOUN_FOLD |= {"hous": "household", "dwelling": "household", "apartment": "household"}
_NOUN_FOLD |= {"jobs": "job", "post": "job", "position": "job"}
_NOUN_FOLD |= {"field": "land", "farmland": "land", "pastur": "land", "grassland": "land"}
# one group of people in the words outlets use for it: '3,400 savers' / '4,300 investors', '21
# crew members' / '19 seafarers', '60 inmates' / '85 prisoners', '9,000 pupils' / 'students',
# 'marchers' / 'protesters', 'fans' / 'spectators' (as lemmas: 'inmates' is 'inmat'; 'fans' is
# too short to lose its s)
_NOUN_FOLD |= {"investor": "saver", "depositor": "saver"}
_NOUN_FOLD |= {"seafarer": "crew", "sailor": "crew", "crewman": "crew", "crewmen": "crew"}
_NOUN_FOLD |= {"prisoner": "inmat", "student": "pupil", "schoolchildren": "pupil"}
_NOUN_FOLD |= {"protester": "marcher", "demonstrator": "marcher"}
_NOUN_FOLD |= {"fans": "fan", "spectator": "fan", "supporter": "fan"}
# ...and a crowd or an audience counted ('a crowd of 18,000') is those watching it
CROWD_NOUN = "fan"
_NOUN_FOLD |= {"crowd": CROWD_NOUN, "audience": CROWD_NOUN, "onlooker": CROWD_NOUN}
# Who treat the hurt or ill: a frame word next to a count of others ('paramedics saw four
# tenants'), never the frame of their own count.
_TREATERS = frozenset({"paramedic", "medic"})
# 'medical' qualifying the count's own noun: those counted treat ('40 medical staff').
_MEDICAL_NOUN = re.compile(r"\s+medical\s+[a-z]", re.IGNORECASE)
# A built thing named after its age ('the 86-year-old Kingsway Bridge', 'the 27-year-old East
# Stand'): a run of capitalised words whose last is the thing's noun, read when that noun is a
# built thing; one to three words of name before it, as street and place names run.
_NAMED_THING = re.compile(r"[\s-]+(?:[A-Z][\w'’-]*\s+){1,3}(?P<thing>[A-Z][a-z]+)\b")
# ...not the built things that are as often a family name ('the 44-year-old Anna Hall', 'the
# 61-year-old Robert Plant'): there a person's age is read.
_FAMILY_NAMES_TOO = wordset("hall mill church castle plant block manor chapel market")
# ...nor a name followed by a lowercase noun before its verb: the name is where a person works
# or was ('the 44-year-old City Hospital nurse', 'the 52-year-old Kingsway Bridge toll
# collector', 'the 30-year-old London Bridge victim'). A thing's name goes on to a verb
# (an auxiliary, a past '-ed', a present '-s', a few irregular pasts), a preposition, a
# relative word or punctuation; any other lowercase word is read as a noun. Review20c's cases;
# tuning events: the rule's 2 conflicts kept (197 -> 194 of 286 is rules 2 and 3 dropped).
_AFTER_A_THING = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|lost|fell|stood|took|shook|held|gave|saw|broke|sank|ran|shut|cut|hit|burnt|"
    r"which|that|where|when|and|or|but|over|under|on|in|at|near|across|into|onto|to|from|by|"
    r"for|with|after|before|since|during|as|between|beside|behind|off)\b|[a-z]+(?:ed|s)\b)"
)
# ...nor a name said after it to be something else than a built thing ('the 9-year-old Grey
# Tower, the favourite, was withdrawn': a horse). Review20c's case.
_SAID_TO_BE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*,")
# ...nor a name whose sentence tells of a person ('the 27-year-old Tom Bridge was swept off
# his feet', 'the 40-year-old Jack Tower was rescued', 'the 31-year-old Max Stand was in the
# crowd'): a person's pronoun or what happens to people, after the name. Review20c's cases.
_OF_SOMEONE = re.compile(
    r"\b(?:he|she|him|his|her|himself|herself|rescued|hurt|injured|killed|died|named|"
    r"evacuated|among|crowd|arrested|wounded|survived|drowned|missing)\b",
    re.IGNORECASE,
)
# 'who died in 1931 aged 47': an age given with a death, apart from it
_DIED_AGED = re.compile(r"\b(?:died|retired)\b[^.;]{0,40}\baged\s+$", re.IGNORECASE)
# 'people who work at the plant' are its workers, 'people who live nearby' its residents.
_PEOPLE_WHO = re.compile(r"\s+people\s+who\s+(work|live)", re.IGNORECASE)
_PEOPLE_WHO_NOUN = {"work": "worker", "live": "resident"}
# Words before a frame word that make it an object or a place, not the count's verb.
_NOT_VERB_BEFORE = wordset("in to the a an those these their his her its our who")
# 'N hours after' an event, up to a day (in minutes), is how long something lasted; days after
# it move with the day a report is written ('two days after the flood' / 'three days after').
HOURS_AFTER = 24 * 60
# A month named this many months or more before a report's own ("In March, 23 people died" in
# October) dates another event; a report early in a month may still call its own event's
# days "in September". Set by hand, not tuned. With the year rule below, on the 65 tuning
# events false conflicts 6/162 -> 4/160 (the two: a March toll and a 2021 search compared with
# the story's), conflicts found 156/238 either way, every other total unchanged.
HISTORY_MONTHS = 2
# Characters either side of a figure in which a year well before the reports dates it (the
# reach of the 'highest since 2010' rule below; a clause of a few words). Every year of the
# sentence, as for a year older than a text's, lost two keyed conflicts (an age in a sentence
# naming when the animal arrived; a past avalanche's month, a date whose year is its value).
HISTORY_YEAR_REACH = 30
# Words before a count that still opens its sentence: 'As many as 240 people ...' (three: the
# longest hedge; past them the count is an object or in a subordinate clause).
SUBJECT_OPENING = 3
# Characters before a count searched for the preposition it stands after: the longest
# preposition and hedges together ('during at least more than'; ``_PREPOSITION_BEFORE``).
PREPOSITION_REACH = 40
# Characters before a figure read for its slot's cue words ('built in', 'lasted'); a month's
# verb, further (``slots.MONTH_CUE_WORDS`` words of its clause).
SLOT_REACH = 30
MONTH_REACH = 60
# ...and a written date's or a time's (``slots.DATE_CUE_WORDS`` words of its clause): 'was
# arrested alongside his accountant outside the headquarters in Frankfurt on 2 March'.
DATE_REACH = 100
# The longest word a full stop inside a name follows: 'St. Albans', 'Mt. Erebus', 'Ft. Worth'.
ABBREVIATION = 3
# A built thing's noun that is the first of a person's ('bus driver', 'factory worker',
# 'prison officer', 'hotel receptionist').
_OF_A_PERSON = re.compile(
    r"[\s-]*[a-z-]+\s+(?!(?:over|under|after|ever|never|for|nor|or|per|other|either|neither"
    r"|whether|rather|together|later|earlier|further)\b)"
    r"[a-z]+(?:er|or|ist|ian|man|woman|men|women|ant|ent)\b",
    re.IGNORECASE,
)
# Words before a name that make it a place, not the person an age is of ('a 52-year-old
# mechanic from Dunmere').
_PLACE_WORDS = frozenset({"from", "in", "of", "at", "near", "to", "on", "for"})
# A possessive right before an age ('Halvorsen's 16-year-old daughter'): the age is the
# noun's after it, a relative or an employee of the owner, not the owner's.
_OWNER_BEFORE = re.compile(r"\b[A-Z][A-Za-z-]*['’]s?\s*$")
# Words that join a clause of its own after a weekday, and a time it may give its own event.
_SUBORDINATORS = wordset("as after when while since because before though although amid")
_OWN_TIME = re.compile(
    r"\b(?:(?:a|one|two|three|the)\s+days?\s+(?:before|earlier)|the\s+previous\s+day"
    rf"|yesterday|last\s+(?:week|night)|on\s+(?:{'|'.join(WEEKDAYS)}))\b",
    re.IGNORECASE,
)
# Events of the kinds a story tells of, for a sentence about another one (``_other_event``).
_EVENT_NOUNS = (
    "earthquake|quake|tremor|fire|blaze|explosion|blast|crash|storm|flood|attack|bombing"
    "|shooting|accident|collision|derailment|landslide|typhoon|hurricane|cyclone|tornado|eruption"
)
_ANOTHER_EVENT = re.compile(
    rf"\b(?:another|a\s+similar|an\s+earlier|a\s+previous)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{_EVENT_NOUNS})s?\b",
    re.IGNORECASE,
)
_EVENT_AT_A_PLACE = re.compile(
    rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}(?:{_EVENT_NOUNS})\s+(?:in|near|at|off)\s+"
    r"(?:[a-z]+\s+){0,2}(?P<place>[A-Z][\w-]+)"
)
# A count of one stretch of a match or race ('68 punches thrown during the round', '12 shots
# in the second half'): a part of the whole contest's count. (Not a quarter, an hour or a day:
# 'sold 2 million in the first quarter' is often the story's own figure.)
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|opening"
_IN_A_STRETCH = re.compile(
    r"[\w\s-]{0,30}?\b(?:during|in|over)\s+(?:the|that|this)\s+"
    rf"(?:(?:{_ORDINALS}|\d+(?:st|nd|rd|th))\s+)?(?:round|half|period|innings?|set|lap)\b",
    re.IGNORECASE,
)
# ...but not the whole group a clause is about, named with its determiner before the count and a
# noun of people after it ('Its 64 singers scored 94 per cent in the final round', 'The 11 riders
# set off in the first lap', 'All 40 players were on the pitch in the second half'): the group
# that did it in the stretch, not some of what was done in it. An indefinite count stays a part
# ('Twelve riders crashed on the final lap': some of the field), and so does a group narrowed by
# a relative clause ('the 12 riders who crashed in the final lap') or a count of things ('the 68
# punches thrown in the round'). (fresh35: a choir's 64 singers never met another outlet's 46.)
_WHOLE_GROUP_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\band\s+)(?:all\s+)?(?:the|its|their|our|his|her|all)\s+$", re.IGNORECASE
)
# ...nor narrowed by a participle or an adverb right after the noun, as a relative clause does
# ('The 20 riders left in the final lap', 'the 4 players booked in the first half', 'the 9
# riders still racing'; review of nouns36); a past tense with its object stays the clause's verb
# ('Its 64 singers scored 94 per cent'), a participle is known by the phrase after it
_PEOPLE_AFTER = re.compile(
    r"\s+(?P<noun>[a-z]{3,})\b(?!\s+(?:who|that|which|whom|left|still|sent|kept|held|caught"
    r"|shown|given|taken|now|yet|only|remaining|[a-z]+ing|[a-z]+ly"
    r"|[a-z]+(?:ed|en)\s+(?:in|on|at|during|off|out|by|from|for|after|before|with|to))\b)"
)
# A count given as 'it' ('Organisers put it at about 8,000', 'It was about 8,000'), and the
# counted group a sentence opens on ('The crowd was smaller than last year.'): the count of the
# group the sentence before names (``_count_of_the_group_before``). Only a group counted as a
# whole (``quantities.COUNTED_GROUPS``): 'it' after 'The route was longer' or 'The price was
# higher' is a length or a sum, and after a sentence naming things of many kinds, of any.
# Only a count put on it by someone ('Organisers put it at about 8,000') or a sentence that opens
# on it ('It was about 8,000.'); and not a sentence with a time of its own ('In 2042 it was
# 12,000', 'Last year it was', 'had put it at 15,000 before the rain', 'expected it to be'):
# a count from another time is no count of this group (review of nouns36).
_IT_COUNTED = re.compile(
    r"(?:\b(?:put|puts|estimated|estimates|reckoned|reckons)\s+it\s+at|^\s*it\s+(?:was|is))"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_IT_OTHER_TIME = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|last|previous|next|before|after|earlier|expected|forecast\w*"
    r"|predicted|had\s+(?:\w+ly\s+)?\w+(?:ed|en|t))\b",
    re.IGNORECASE,
)
_GROUP_SUBJECT = re.compile(
    rf"\s*(?:the|its|their|this|that|our|this\s+year['’]s)\s+(?P<group>{'|'.join(COUNTED_GROUPS)})"
    r"\s+(?:was|were|is|are|had|has|seemed|looked|appeared)\b",
    re.IGNORECASE,
)
# A clause telling what things of a kind do, not what this one did ('_is_generic').
_HABITUAL = re.compile(r"\b(?:typically|usually|generally|normally|commonly|tends?\s+to)\b", re.I)
# ...or opening with an indefinite subject and a modal of what may be: 'A 7.0 quake could
# flatten the town'; not 'may have' (this event's, hedged), nor a speaker's 'a spokesman said
# 10 would be charged'.
_INDEFINITE_MODAL = re.compile(
    r"\s*(?:a|an)\s+(?:(?!(?:said|says|told|that)\b)[\w.-]+\s+){1,5}"
    r"(?:can|could|may|might|would)\s+(?!(?:not\s+)?have\b)",
    re.IGNORECASE,
)
# The person a story is about, as an age's person: its name is in most reports, or 'The
# 57-year-old' stands for it (``_whose_age``).
PROTAGONIST = "the protagonist"
_THE_AGED = re.compile(r"\s*the\s+", re.IGNORECASE)
# An unnamed person an age is of, by role: 'the teacher'.
ROLE = "the "
# An age's person written by a family name alone ('Mr Hest, 71') where the cluster names two
# people of that family in full ('Tom Hest', 'Ivo Hest', a son and his father): it may be
# either, so it is told to be no one's ('figure_pairs._same_person'), and a son's 45 and a
# father's 71 are no conflict.
FAMILY_ALONE = f"{ROLE}one of a family"
# A relative of someone's: 'his father', 'her son', 'their mother'; read only right after a
# full name of the family, within _KIN_GAP lower-case words or figures ('Tom Hest, 45, and his
# father'), so another person's relative ('farmer Ian Bole and his son', 'Ian Bole said his
# brother') makes no family of the name before it.
_KIN_OF_SOMEONE = rf"(?i:his|her|their)\s+(?P<kin>{'|'.join(sorted(KIN))})\b"
_KIN_GAP = 4
# A relative's word right before a full name ('his wife Ana Hest'): that person's sex.
_KIN_BEFORE = rf"\b(?P<kin>{'|'.join(sorted(KIN))})\s+"
# Each kin pattern alone, with no name: a sentence neither matches has no relative before or
# after any of its names, so the patterns of its names (compiled per name, as a name's own
# words) are not built. A pile of 100 DUC articles compiled ~500 of them in its figures stage.
_KIN_BEFORE_RE = re.compile(_KIN_BEFORE)
_KIN_OF_SOMEONE_RE = re.compile(_KIN_OF_SOMEONE)
# The honorific key of a family name written with none ('Hest, 71, said').
_NO_HONORIFIC = "none"
# The sex a relative's word and an honorific give ('his father', 'Mr Hest'): a bare family name
# under an honorific may be a relative of that sex only.
_KIN_SEX = {
    **dict.fromkeys(
        ("father", "son", "brother", "husband", "uncle", "nephew", "grandson", "grandfather"),
        "male",
    ),
    **dict.fromkeys(
        (
            "mother",
            "daughter",
            "sister",
            "wife",
            "widow",
            "aunt",
            "niece",
            "granddaughter",
            "grandmother",
        ),
        "female",
    ),
}
_HONORIFIC_SEX = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
# Two given names are one person's spelled two ways at this similarity or more ('Katrin' /
# 'Katrine Holm'), as ``names.SPELLING_RATIO`` (85 of 100): not two of a family.
GIVEN_ALIKE = 0.85
# Evidence needed to call two figures the same thing: a shared claim scores SAME_CLAIM; a shared

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
DAYS = WEEKDAYS | wordset("yesterday today tonight weekend")
_CAPITAL_STOP = (
    wordset(
        "i the a an in on at of for and but or as if it its he she they we his her their this that "
        "mr mrs ms dr president minister secretary prime chief state general sen rep gov officials "
        "foreign defense defence interior finance foreign ministry department "
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec u.s us un ap afp reuters "
        "north south east west northeast northwest southeast southwest central eastern western"
    )
    | DAYS
)
_STOP = wordset(
    "a an the of to in on at for from with by as and or but than that this these those is was "
    "were are be been being has have had it its he she they them his her their who which what "
    "said says say told also after before during while about more less least most nearly just "
    "over under some around almost up down out into than other one new last first per cent "
    "percent not no would could will may might can there here when where all any each"
)
# Verb frames: what happened to the counted people. Two figures in different frames are two
# things (11 killed, 58 injured). Lemmas are prefixes so inflections match.
_FRAMES = {
    "dead": re.compile(r"kill|dead|death|die[ds]?$|dying|fatalit|bod(?:y|ies)$|lives$"),
    "hurt": re.compile(r"injur|wound|hurt"),
    # those paramedics or doctors saw, hurt or ill: '26 fans needed treatment', '38 residents
    # treated for stomach upsets' (a hospital word still makes it the count in hospital)
    # ...said by who saw them ('paramedics saw four tenants', 'medics attended to 120
    # runners') or what they needed ('210 runners needed medical help'; not '40 medical staff
    # were sent', ``_counted_in_frame``)
    "treated": re.compile(r"treat(?:ed|ment|ing|s)?$|(?:para)?medics?$|medical$"),
    "missing": re.compile(r"missing|unaccounted"),
    "homeless": re.compile(
        r"homeless|displac|evacu|refugee|shelter|relocat|rehous|fled$|flee(?:s|ing)?$"
    ),
    "held": re.compile(r"arrest|detain|jail|prison|captiv|hostage|custody"),
    # hostages or captives let go: not those still held
    "freed": re.compile(r"releas|freed$"),
    # flights, trains, matches called off: what a disruption counts
    "cancelled": re.compile(r"cancel|scrapp|axed$"),
    "diverted": re.compile(r"divert|rerout"),
    # an outbreak's or a poisoning's count: 'fell ill', 'sickened', 'reported symptoms'
    "ill": re.compile(r"ill$|illness|sick|symptom|poison|infect"),
    # travellers held up where they are: 'stranded', 'stuck at the terminal'
    "stranded": re.compile(r"strand|stuck$"),
    # buildings lost, and buildings harmed: '20 destroyed and 300 damaged' are two counts
    "destroyed": re.compile(r"destroy|flatten|razed?$|demolish|swept$|sweeping$|wreck"),
    "damaged": re.compile(r"damag"),
}
# A frame word that says what happened to those counted rather than who they are ('50
# injured', '12 dead', not '40 hostages'): ``_frame``.
_PARTICIPLE = re.compile(r"[a-z]+ed$|hurt$|dead$|missing$|ill$|homeless$|stuck$")
# 'was carrying 46 people', 'carried some 300 passengers': a vehicle's load, read up to
# CARRYING_REACH characters before the figure (a verb and up to two hedge words).
CARRYING_REACH = 40
# (not 'carried out 46 raids', 'carried over', 'carried on')
_CARRYING_BEFORE = re.compile(
    r"\b(?:carrying|carried|carries)\s+(?!(?:out|over|on)\b)(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
# 'passengers and crew' after a count: everyone a vehicle carried, as 'people aboard' is (not
# '183 passengers and six crew', two counts).
_EVERYONE_ABOARD = re.compile(r"\s+passengers\s+and\s+crew\b(?!\s+of\b)", re.I)
# Counts joined by 'and' in one clause, up to the word after them ('passengers and 38 crew',
# 'six passengers and four crew').
_LISTED = re.compile(r"[\s\w-]*?\band\s+(?:[\d,]+|[a-z]+)[\s\w-]*", re.IGNORECASE)
# "taken to hospital with (serious) injuries": the hospital word qualifies the injured.
_INJURIES_AFTER = re.compile(r"with\s+(?:\w+\s+){0,2}(?:injur|wound|burn)")
_INJURY_SPAN = 4  # tokens after the hospital word: "with minor burn injuries"
# Words joining a clause of its own: a hospital word across one is another clause's ("Five
# treated in hospital as all fourteen on board were rescued": 14 were rescued, not in
# hospital). Not 'and' ("14 were rescued and taken to hospital": the same 14).
_CLAUSE_JOINERS = frozenset({"as", "while", "after", "when", "whereas"})
# 'as' in 'as many as', 'as well as', 'as far as', 'such as', 'as of Monday' joins no clause:
# the words on either side of it that make it part of a phrase (review figures25, table C).
_PHRASE_AS_BEFORE = frozenset({"many", "much", "well", "far", "such", "few", "high", "long"})
_PHRASE_AS_AFTER = frozenset({"of", "many", "much", "well", "far", "few", "high", "long"})
# A verb that already gives the figure's clause its own verb: a joiner after one opens another
# clause ('Fourteen were rescued as five were taken to hospital'); with none, the joiner is in
# the figure's noun phrase ('Twelve people injured when a lorry hit the bus were taken to
# hospital': the same twelve).
_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had", "remain", "remains"})
# Words that may stand between a joiner and a figure opening the joined clause ('as all
# fourteen on board were rescued'); not 'the' ('in hospital after the two were pulled out' may
# be the same two), nor a phrase of time ('Those in hospital after the fire number 14').
_CLAUSE_OPENING = frozenset({"all", "some", "another", "other", "a", "further"})
# The word naming a hospital. Not 'Infirmary', though British hospitals are often one by name:
# in the names of stops, streets, hills and buses ('the Infirmary stop with 31 people on
# board', 'Eleven homes on Infirmary Hill', 'the number 14 Infirmary bus') it put counts of
# passengers and homes in hospital (review figures25-2), and a place's words cannot all be listed.
_HOSPITAL_WORD = "hospital"
# Words after a hospital word that make it a street's or a building's name: 'Twelve homes on
# Hospital Road were flooded', 'the old hospital building housed 12 families'.
_HOSPITAL_PLACES = wordset(
    "road street lane avenue drive way close square terrace gardens building buildings site"
)
# Groups of people counted as such whom an event moves out: '40 families were moved out'.
_MOVED_GROUPS = wordset("families households")
# ...and plurals naming people by where they live that no person noun lists: 'drove 200 locals
# from the valley' counts people (review of nouns36; 'moved 40 elderly out' is no plural noun,
# and residents, tenants and neighbours are person nouns).
_PEOPLE_BY_STATE = wordset("locals occupants inhabitants evacuees")
# People moved from their homes, said in more than one word.
_DISPLACED = re.compile(
    r"\b(?:moved|moving|forced|forcing|driven|driving|led|ordered|taken|got|brought)"
    r"\s+(?:\w+\s+){0,2}(?:out|from)\b|\bleft\s+their\s+homes\b"
    r"|\bhad\s+to\s+(?:leave|flee)\b"
    r"|\b(?:ordered|told|forced|asked|urged)\s+to\s+(?:leave|flee|evacuate|quit)\b"
)
# Words after a figure saying it is what the first reports gave ('three dead against one in
# the first reports', 'the 30 first reported'): a value since replaced. Tuning events: 2 false
# conflicts fewer (a toll's first value against a later one), 1 more update; DUC unchanged.
_FIRST_REPORTED = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:in|by)\s+(?:the\s+)?(?:first|earliest|early|initial)\s+"
    r"(?:reports?|accounts?|estimates?|counts?)|first\s+(?:reported|announced|suggested|given"
    r"|estimated|counted))\b",
    re.IGNORECASE,
)
# 'first' right before a verb of estimating, right before the figure: 'first valued at
# £40,000' (then 'now £90,000'; fresh33) is the value since replaced. Not 'the first coin was
# valued at £40', where 'first' counts coins, nor 'valued at £40 at first sight'.
_FIRST_ESTIMATED = re.compile(
    r"\bfirst\s+(?:valued|estimated|put|reported|priced|assessed|given|thought)\s+(?:at|as|to\s+be)"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly))?\s+$",
    re.IGNORECASE,
)
# Characters before a figure searched for ``_FIRST_ESTIMATED``.
FIRST_ESTIMATED_REACH = 40
# Words near a figure saying it was replaced by a later one ("earlier had reported 65"). Not
# "rose to" or "lowered to": the figure after them is the new one.
_SUPERSEDED = re.compile(
    r"\b(?:earlier|initially|initial|previously|backed)\b",
    re.IGNORECASE,
)
# ...and near a day or a time: 'earlier on Monday', 'earlier in the day' say when, not that the
# day was replaced ('initially set for Tuesday', 'previously reported on Saturday' say so).
_SUPERSEDED_WHEN = re.compile(r"\b(?:initially|initial|originally|previously)\b", re.I)
# A figure of a count still under way, which the final count replaces: 'with two thirds of the
# ballots counted', 'half of the precincts reporting', 'partial results', 'provisional figures'.
_PARTIAL_COUNT = re.compile(
    r"\bof\s+(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations|constituencies|districts)"
    r"\s+(?:now\s+|so\s+far\s+)?(?:counted|declared|reporting|in)\b"
    r"|\b(?:provisional|preliminary|partial|incomplete)\s+(?:results?|counts?|figures?|returns)\b",
    re.IGNORECASE,
)
# Verbs of a figure moved to a new value, before 'to' ('rose to 14', 'was revised down to 9').
_CHANGE_VERBS = (
    r"lowered|raised|revised|rose|rises|rising|risen|climbed|climbs|climbing|increased"
    r"|increases|dropped|drops|fell|falls|fallen|jumped|jumps|grew|grows|grown|swelled|swollen"
    r"|cut|updated"
)
# 'Calder Reservoir is down to 35 per cent full', 'numbers are now down to 40': a fall, as 'fell
# to' is (not 'up to', a cap: 'carried up to 16 passengers'; nor 'came down to 50 votes', a
# margin)
_DOWN_TO = r"(?:is|are|was|were|been|now)\s+down\s+to"
_CHANGED_TO = rf"(?:{_CHANGE_VERBS})\s+(?:\w+\s+){{0,2}}to|{_DOWN_TO}"
_REVISED = re.compile(
    rf"\b(?:{_CHANGED_TO}|reached|reaches|hit|hits|stands\s+at|stood\s+at)\s+$",
    re.IGNORECASE,
)
# Measures whose value a verb of reaching gives as a peak, not as a count moving on.
_PEAKS = frozenset({"speed"})  # (not an area: 'the wildfire had reached 5,000 hectares' grew)
_REACHED = re.compile(r"(?:reached|reaches|hit|hits)\s+$", re.IGNORECASE)
_UP = re.compile(
    r"\b(?:raised|rose|rises|rising|risen|climb|increas|jump|grew|grows|grown|swell|swoll)", re.I
)
# (a bare 'down' is a fall here: this is asked only of the words ``_REVISED`` found, where it
# stands in 'is down to')
_DOWN = re.compile(r"\b(?:lowered|dropped|drops|fell|falls|fallen|cut|down)\b", re.I)
# What a figure after a linking or change verb is the value of, named as the sentence's subject
# far before it: "The death toll from the quake in the north rose to 14", "the number of
# wounded has been revised to four". Only read when nothing near the figure names a frame.
# ('the total of homes damaged stood at 310'; a word, not a figure: 'a total of 26 fans')
_SUBJECT = re.compile(
    r"\b(?:(?P<toll>death\s+toll|toll)|(?:number|count|tally|total)\s+of\s+(?:the\s+)?"
    r"(?P<word>[A-Za-z][\w-]*)(?:\s+(?P<then>\w+))?)\b",
    re.IGNORECASE,
)
# A change said of a whole story line, with or without a figure in it.
_CHANGE = re.compile(
    r"\b(?:rises|rose|risen|rising|climbs|climbed|climbing|mounts|mounted|mounting|revised"
    r"|updated|jumps|jumped|grows|grew|increased|increases|lowered|raised)\b",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\b", re.IGNORECASE)  # 'up from two on Tuesday'
_FROM_AFTER = re.compile(r",\s*(up|down)\s+from\b", re.IGNORECASE)  # '17, up from nine'
# 'Six of the injured', 'two of those evacuated': a count drawn from a group ('of the' is
# PARTITIVE_WORDS words, skipped when its frame is read).
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those)\b", re.IGNORECASE)
PARTITIVE_WORDS = 2
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b", re.IGNORECASE)
PARTITIVE_FRAMES = 2
_CLAUSES = re.compile(r"[.!?;\n]+\s")
# A joined clause with a verb of its own ('and an appeal has raised', 'but donors have given',
# 'while the fund was at'): its figure is another thing's (``_told_apart_before``). Auxiliaries
# only, by hand: a main verb alone ('and tickets cost') is not told from a noun here.
_OWN_PREDICATE = re.compile(
    r"\b(?:and|but|while|whereas)\b[^,;:]*?\b(?:has|have|had|is|are|was|were|will|would|can|"
    r"could)\b",
    re.I,
)
# Where an 'up from ...' stretch ends: a clause mark before a space (not the comma of '3,800').
STRETCH_END = re.compile(r"[,;:.!?](?:\s|$)")
# The punctuation that ends a clause around a figure (``clause_of``).
CLAUSE_MARKS = ",;:"
_WORD = re.compile(r"[A-Za-z]+")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_TIME_ONLY = re.compile(r"\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d|Z)?$")
# (with a word of time between: 'the number of pupils who must resit is now 27,000')
_LINKED = re.compile(
    r"\b(?:is|was|are|were|at|to|reached|reaches|stands|stood)"
    r"(?:\s+(?:now|currently|so\s+far))?\s+$",
    re.I,
)
# Words next to a figure saying it is the latest value of something that changes through the day
# ("are now known to have died", "11 remain trapped", "still without power", "climbed to 40%"):
# a difference with an earlier report is then news, not a disagreement.
_CURRENT = wordset("now latest still remain remains remained remaining updated so-far")
# A figure given as the final one: 'In the end 43 whales came ashore', '43 stranded in all',
# 'the final toll'.
_FINAL = re.compile(
    r"\bin\s+the\s+end\b|\bin\s+all(?=\s*[,.;]|\s*$)|\baltogether\b"
    r"|\bfinal\s+(?:toll|count|tally|figure|number)\b",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+)?[$£€]?\d")
# Words saying a value was the one given before ('first', 'previously'): figure_pairs reads
# them too, after a bare replaced value ('up from the 900 first estimated').
BEFORE_WORDS = wordset("first initially originally earlier previously")
# A figure compared with the one it replaced: '4 500, far more than first estimated' is the
# latest value; in '17, up from nine' nine is the earlier one.
_ABOVE_FIRST = re.compile(
    r"\b(?:more|higher|fewer|lower|less|greater|larger|smaller)\s+than\s+"
    rf"(?:{alternation(BEFORE_WORDS)})\b",
    re.IGNORECASE,
)
# (a determiner may name the old value as given before: 'up from the 38,000 it gave earlier',
# 'down from an earlier 14')
UP_FROM_REACH = 32  # characters: 'down from an earlier ' with room for a longer adjective
# (a determiner only after 'up'/'down': 'smoke was still rising from the 40 homes' is no change)
_UP_FROM = re.compile(
    r"\b(?:(?:up|down)\s+from\s+(?:(?:the|an?)\s+(?:(?:earlier|initial|first|previous)\s+)?)?"
    r"|(?:rising|falling|risen|fallen)\s+from\s+)$",
    re.IGNORECASE,
)
# A value a change just before it in its clause replaced, after a bare 'from': 'is down to 35
# per cent full, from 38 per cent this morning', 'rose to 14, from 11' (the change's verb and
# its new value within CHANGED_REACH characters, no clause mark between but a decimal point or a
# thousands comma: '35.2', '1,200'). Not after 'up to', a
# cap ('up to 16 passengers, from 3 ports'), nor a 'from' with no change before it ('12
# complaints, from 3 villages').
_CHANGED_THEN_FROM = re.compile(
    rf"\b(?:{_CHANGED_TO})\s+(?:[^,;:.]|(?<=\d)[.,](?=\d)){{1,40}},\s*from\s+$",
    re.IGNORECASE,
)
# Characters before a figure read for a change and its new value: a verb, 'to', a new value of
# up to 40 characters ('35.2 per cent full') and ', from '.
CHANGED_REACH = 80
_SPAN_BEFORE = re.compile(
    r"\b(?:past|last|next|coming|previous|first|final|within|recent|in|since|than)\s+(?:the\s+)?$",
    re.I,
)
_SPAN_AFTER = re.compile(r"\s*(?:ago|earlier|later|before|after|from\s+now|a|an|per|each)\b", re.I)
# A year as written: 'in 2019', '1978' (figure_pairs reads it too).
YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        1,
    )
}
# "In March," "last March", "earlier in March": a month a figure is dated to, with no day or
# year after it (a year is read by ``_historic``; 'on 3 March' is a date the slots compare).
_IN_A_MONTH = re.compile(
    rf"\b(in|last|during)\s+(?:early\s+|late\s+|mid-)?({'|'.join(_MONTH_NUMBER)})\b"
    r"(?!\s+\d)",
    re.IGNORECASE,
)
_HISTORY = re.compile(r"\b(?:previous|worst|deadliest|since|ago|history|record|last time)\b", re.I)
# A year that is the value of a thing's own slot ('built in 2001', 'since 2018'), which dates
# no other figure of its sentence.
_YEAR_OF_A_THING = re.compile(
    r"\b(?:built|founded|opened|established|launched|born|since|made|completed)\s+(?:in\s+)?$",
    re.I,
)
# A clause after a figure's comma that describes its thing: a past participle ('probably dropped
# during a raid in') or 'a' + a noun + its participle ('a rate set in'). Not 'the company said in
# 1987', nor a finite verb after a relative clause ('which killed 300 people, struck in 1985'),
# nor 'since' (review rates18: each cleared 'historic' on really old figures).
_PARTICIPLES = frozenset(forms[-1] for forms in IRREGULAR_VERBS.values()) | UNCHANGED_PASTS
_DESCRIBING = re.compile(
    r",\s+(?:(?:probably|possibly|apparently|likely|first|originally|thought\s+to\s+have\s+been)\s+)?"
    r"(?:an?\s+(?P<noun>[a-z]+)\s+)?"
    rf"(?!said\b)(?:[a-z]{{3,}}ed|{alternation(_PARTICIPLES)})\b[^,]*",
    re.IGNORECASE,
)
# A record said of a figure in an apposition right after it ('14 per cent of normal, the driest
# spring since 1976', 'Turnout was 38 per cent, the lowest since 2001'): the record measures the
# figure against the past, the figure itself is now (``_record_of_it``). The apposition opens
# with one of these determiners...
_APPOSITION_OPENERS = wordset("the its their")
# ...and holds a superlative or 'first' within this many words after it: a noun phrase's head
# and two modifiers ('the lowest April total', 'the second-highest level'; the review cases of
# slots33 need two at most)...
_RECORD_MARK_WORDS = 3
# ...over a span of the past ('since 1976', 'since records began', 'on record').
_RECORD_SPAN = re.compile(r"\bsince\b|\bon\s+record\b", re.I)
# Between the figure and the apposition only the figure's own noun phrase (``_own_tail``): its
# noun, then at most an 'of' phrase this long ('per cent of its usual spring rain': of and four
# words, the longest of the review cases of slots33). Anything else is more than the figure:
# '31 goals that season', '12 per cent the year the plant opened' keep it of the past (review
# slots34 a101 a104), as a list of past words never could.
_RECORD_OF_WORDS = 5
# The separators of an apposition: a comma or a spaced dash ('36 per cent - the lowest since
# 1997', review slots34 a103).
_APPOSITION_MARK = re.compile(r",|\s[-–—]\s|—")
# A clause after the record that tells of the past ('the highest since 1968, when the old bridge
# was lost', review slots34 a105): the record may be of that event, not of the figure.
_PAST_CLAUSE_AFTER = re.compile(r"^\W*(?:when|as|after|before|while)\b", re.I)
# 'since March' in the figure's own clause is the period the figure covers now ('Rainfall since
# March has been 14 per cent of normal'), not an older event.
_SINCE_A_MONTH = re.compile(
    rf"\bsince\s+(?:{alternation(frozenset(MONTH_NAMES))})\b(?!\s+\d)", re.I
)
# An apposition right after a sentence's subject that dates the thing's making or placing, then
# the figure's clause: 'The steel box, buried under the playground in 1992, held 214 items',
# 'The ferry, built in 2001, was carrying 46 people'. The year is the thing's (a year built
# is a slot's value, compared with another report's), not the figure's (fresh34: the
# capsule's 214 items read as an old count, kept from the other reports' 241). Making and
# placing only: 'The mine, closed in 1986, employed 900 men' tells of the past.
_MADE_PARTICIPLES = wordset(
    "built constructed erected completed founded established opened launched made born"
    " buried laid installed planted sealed"
)
_THING_DATED_BEFORE = re.compile(
    r"^(?P<subject>[^,]{3,80}),\s+(?:(?:first|originally)\s+)?"
    rf"(?:{alternation(_MADE_PARTICIPLES)})\b(?P<apposition>[^,]*),\s+(?P<clause>[^,]*)$",
    re.IGNORECASE,
)
# A tenure clause after a person's age, in the present perfect: 'Idris Mabb, 91, sang in the front
# row as he has since 1969', 'as she has done every year since 1984'. Its year is when the
# habit began (the slot 'year since'), still going: it dates no other figure of the sentence
# (fresh35: the singer's age, read as of 1969, was kept off the side giving it). Up to three
# words between the verb and 'since' ('done every year'); 'had' tells of a habit that may have
# ended, and is left to ``_historic``.
_TENURE_WORDS = 3
_TENURE_AFTER = re.compile(
    r"\b(?:as|like)\s+(?:he|she|they|it|we|i|you)\s+(?:has|have)\b"
    rf"(?:\s+[a-z]+){{0,{_TENURE_WORDS}}}?\s+since\s+{YEAR_WRITTEN.pattern}",
    re.IGNORECASE,
)
# A relative clause open before a month: ', which was repaired in' (up to the month).
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|that|where|when)\b[^,]*$", re.I)
# Words of what is still to come, in a month's clause: 'will face trial in March'.
_TO_COME = re.compile(r"\b(?:will|shall|next|due|expected|scheduled|set to|is to|are to)\b", re.I)
_PART_BEFORE = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+them|of\s+whom"
    # "Among the dead were four children": some of those counted, not the toll
    r"|among\s+(?:the\s+)?\w+\s+(?:were|was|are|is)(?:\s+at\s+least)?"
    # "struck a further two results, bringing the total to eleven": what was added, not the total
    r"|an?\s+(?:further|additional|extra))\s+$",
    re.I,
)
_PART_AFTER = re.compile(
    r"\s+(?:\w+\s+)?of\s+(?:them|whom|those|these|the\s+(?:dead|injured|wounded|victims))\b"
    # "19 were wounded, eight seriously": how many of those hurt are badly hurt
    r"|\s+(?:seriously|critically|severely|gravely|badly)\b",
    re.I,
)
_ONE_OF = re.compile(r"one\s+of\b", re.IGNORECASE)
# A count that tells a difference, not a total: 'eleven were hurt, three more than were first
# reported', 'three more were hurt than first reported', 'two fewer pupils than last year',
# 'four more.' (not 'three more buses arrived', an addition that still counts its buses).
# Not 'than a mile from the town', a distance ('killed 15 more than a mile from'; review rates18).
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:more|fewer|less)(?:\s+[a-z]+){0,3}?\s+than\b"
    r"(?!\s+an?\s+(?:mile|kilomet(?:er|re)|met(?:er|re)|yard|foot|inch|acre|hectare|tonne|ton)s?\b)"
    r"|\s+(?:more|fewer)\s*(?:[,.;:)]|$)",
    re.IGNORECASE,
)
# 'his first two seasons', 'the last three victims': the first or last of more.
_FIRST_OR_LAST = re.compile(r"\b(?:first|last)\s+$", re.IGNORECASE)
# A role a count of a tenure is of: 'seven seasons as an assistant coach', 'one season as coach',
# '12 people as ministers' (the noun, an article or possessive, and up to three words of the role).
# Two counts of one noun in two roles, or one in a role and one not, are two tenures ('11
# seasons' as a player).
_AS_ROLE = re.compile(
    r"(?:\s+(?P<noun>[a-z]+))?\s+as\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+|our\s+)?"
    r"(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2})",
    re.IGNORECASE,
)
# An agent noun by its ending ('director', 'volunteer', 'pianist', 'librarian'), lower case (not
# 'as Italian police'), longer than five letters: the short words with these endings are
# mostly not agents ('water', 'other', 'after', 'under', 'never', 'for').
_AGENT = re.compile(r"^[a-z][a-z-]{3,}(?:er|or|ist|ian)$")
# Words with an agent's ending that name no one: 'as higher water rose', 'as another winter'.
_NOT_AGENTS = wordset(
    "another either neither whether together however rather further number matter order "
    "weather winter summer border corner letter paper river mirror factor sector motor colour "
    "color honour honor labour labor favour favor interior exterior minor major junior senior "
    "earlier later higher lower bigger larger smaller greater better faster slower longer "
    "shorter wider deeper stronger weaker fewer older younger power shower tower centre center "
    "chapter"
)
# Words before a role's noun that make 'as' a conjunction or a comparison, not a role: 'as the
# other supporters left', 'as many fans', 'as such'.
_NOT_ROLE_WORDS = _STOP | wordset("others such many much well soon long far usual expected")
# A verb right after the noun makes 'as' open a clause: 'as officers arrived', 'as water rose'.
_CLAUSE_VERB = re.compile(
    r"\s+(?:\w+ed|is|are|was|were|has|have|had|do|does|did|will|would|could|can|may|might|"
    rf"must|should|{alternation(IRREGULAR_PASTS | UNCHANGED_PASTS)})\b",
    re.IGNORECASE,
)
# ('as a matter of course', 'as a member of the board' is a member)
_OF_AFTER_ROLE = re.compile(r"\s+of\b")
_OFFICE_WORDS = wordset(
    "coach chief captain head member aide deputy mayor chairman chairwoman chair president "
    "minister secretary governor senator judge ambassador envoy spokesman spokeswoman "
    "spokesperson executive intern apprentice consultant attorney trustee delegate "
    "representative premier king queen bishop sheriff clerk actor tutor"
)
_ROLE_NOUNS = PERSON_NOUNS | _OFFICE_WORDS
# Who says a figure ('killed 31, a spokesman confirmed in 1987'): no thing a clause describes.
_SPEAKERS = _ROLE_NOUNS | wordset(
    "company police ministry council agency army official source statement report spokesman"
)
# Counts added up in one noun phrase, sharing its noun: 'One Australian and one English
# climber', 'two British and three French divers'. Each is a part of the sum the sentence does
# not write. Not when the first names its own plural noun ('183 passengers and six crew': each
# a count of its own, compared with the same noun elsewhere; the tuning events lost 2 keyed
# conflicts when they were parts), nor with a frame word between ('12 dead and 30 injured': two
# tolls). Up to ENUMERATION_WORDS words between a count and the 'and'.
ENUMERATION_WORDS = 3
_PLURAL = re.compile(r"(?:[^su]s|people|children|men|women|crew|staff|police)$", re.IGNORECASE)
_COUNT_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
)
_AND_A_COUNT = re.compile(
    rf"(?P<between>(?:\s+[A-Za-z][\w'-]*){{1,{ENUMERATION_WORDS}}})\s+and\s+{_COUNT_WORD}\s+[A-Za-z]",
    re.IGNORECASE,
)
_A_COUNT_AND = re.compile(
    rf"\b{_COUNT_WORD}(?P<between>(?:\s+[A-Za-z][\w'-]*){{1,{ENUMERATION_WORDS}}})\s+and\s+$",
    re.IGNORECASE,
)
# Capitalised words for groups of people, not names: "12 Americans", "a Muslim guard".
_GROUP = re.compile(
    r"(?:ans|ese|ims|ats|ists|ites|ian|ean|ish)$|^(?:Muslim|Arab|Jewish|Christian)$"
)
# A clause that gives the new total of what the clause before it counted (not 'bringing the
# toll to 14': a toll is the dead, however they were found).
_BRINGING = re.compile(
    r"\b(?:bringing|taking|raising|pushing)\s+(?:the|its|their)\s+(?:\w+\s+)?"
    r"(?:total|number|tally|count)\b",
    re.IGNORECASE,
)
# What was done to those counted, beyond the frame: a count of bodies found is not a count of
# bodies identified, nor of the dead; "two men confessed to killing" counts the killers.
_STAGE = re.compile(
    r"(?:found|identified|recovered|buried|rescued|released|discharged|freed|convicted"
    r"|confessed|pleaded|charged|accused|admitted|sentenced"
    r"|intensive|critical|serious|hospitali[sz]ed"
    # "four votes short of a majority" is a shortfall, not a margin
    r"|short)$"
)
# A name right after these is who reports the figure, not what it is about ("news agency TT",
# "said Sven Martinell", "told Reuters").
_SOURCE_BEFORE = wordset("agency newspaper daily radio television station told said")
# Words before a name that make it a place ("in Guatemala"); outlets are not written so.
_PLACE_BEFORE = wordset("in across near throughout")
_TOLD_AFTER = re.compile(
    r"(?:has|have|was|were|had)\s+(?:been\s+)?(?:told|learned|learnt|informed)\b"
)
_SOURCE_AFTER = wordset("said says say told understands reported reports learned learnt")
# "Tressnet put the damage at", "the ministry estimates": who gives a figure, not what it is of
_SOURCE_AFTER |= wordset("put puts estimated estimates")
_SYNONYMS = {
    "talk": "talk",
    "meeting": "talk",
    "meet": "talk",
    "met": "talk",
    "discussion": "talk",
    "session": "talk",
    "negotiation": "talk",
    "person": "people",
    "persons": "people",
    "resident": "people",
    "residents": "people",
    # those who live in a place, in the words outlets use for them ('six residents were
    # treated' / 'paramedics saw four tenants'); not 'participants', a summit's delegates as
    # much as a march's crowd
    "tenant": "people",
    "tenants": "people",
    "occupant": "people",
    "occupants": "people",
    "civilian": "people",
    "civilians": "people",
    "men": "people",
    "man": "people",
    "individuals": "people",
    "victims": "people",
    "victim": "people",
    "other": "people",
    "others": "people",
    "staff": "worker",
    "employee": "worker",
    "employees": "worker",
    "workers": "worker",
}


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in its sentence, with the context that says what it is about."""

    quantity: Quantity
    sentence: Sentence
    claim: str
    names: frozenset[str]
    all_names: frozenset[str]
    days: frozenset[str]
    near_days: frozenset[str]
    words: frozenset[str]
    frame: str | None
    noun: str | None
    near: frozenset[str]
    span: bool
    superseded: bool
    historic: bool
    part: bool
    lead: bool
    stage: str | None
    story: bool
    revised: bool
    # Which way a revised figure moved: 1 'rose to', -1 'lowered to', 0 'revised to' or none.
    direction: int
    # The text calls it the latest value of a changing figure ('now', 'still', 'rose to').
    current: bool
    # An age's person: the name it is in apposition with ('Linkov, 27'), as its words; or,
    # unnamed, its role marked with ROLE ('the teacher').
    person: frozenset[str] | None
    # Names written together near the figure ('in Kenya and Tanzania'): a figure for both is
    # not a figure for one of them.
    together: frozenset[frozenset[str]]
    # What the figure is the value of, from cue words ("price", "year built"; ``slots``).
    slot: str | None = None
    # A distance says how far from somewhere, not a size ('12 kilometres from the shore';
    # ``slots.is_reach``).
    reach: bool = False
    # The calendar days its near days name in a dated report ('Monday', 'yesterday'), as ISO
    # dates: 'yesterday' in Tuesday's report is another's 'on Monday' (``_near_dates``).
    near_dates: frozenset[str] = frozenset()
    # What was done to those a count counts ('fined 6,240 drivers' -> 'fin'; ``_count_deed``),
    # read once here: pairing asks it of every two figures.
    deed: str | None = None

    @property
    def offset(self) -> int:
        """Where the figure starts in its article's text."""
        return self.sentence.start + self.quantity.start


def collect_figures(claims: Sequence[Claim], articles: Sequence[Article]) -> tuple[Figure, ...]:
    """Every figure of every sentence the claims mention, but a near-duplicate article's only
    where it gives other values than the line of its original it repeats: a copy's edited line
    ('the toll rose to 15' in a re-issued wire story) is what changed, and its figures are
    compared; a line it only reworded is its original's, not a second source."""
    repeats = {a.id: a.duplicate_of for a in articles if a.duplicate_of is not None}
    mentions = {(s.article, s.index): (s, c.id) for c in claims for s in c.mentions}
    originals = set(repeats.values())
    lines: dict[str, list[str]] = {}  # each original's lines, in text order
    for sentence, _ in sorted(mentions.values(), key=lambda m: m[0].start):
        if sentence.article in originals:
            lines.setdefault(sentence.article, []).append(sentence.text)
    sentences = [
        v
        for k, v in sorted(mentions.items())
        if k[0] not in repeats or _changes_values(v[0].text, lines.get(repeats[k[0]], []))
    ]
    # an outlet named in a sentence ('told the Meridian Daily') is who reports, not what about
    # each outlet's name as its words, split once: every name of every sentence is tried
    # against every outlet (``_outlet``)
    outlets = frozenset(frozenset(a.source.lower().split()) for a in articles if a.source)
    # each sentence's words, cut once: the cluster's names, its families and each sentence's
    # figures all read them (three cuts of every sentence were ~4% of a pile's figures stage)
    tokens = {sentence: _tokens(sentence.text) for sentence, _ in sentences}
    cluster = _cluster_names(sentences, tokens, len(articles) - len(repeats))
    names = (*cluster, outlets, _families(sentences, tokens, cluster[1]))
    days = sorted(a.published[:10] for a in articles if a.published and _DAY.match(a.published))
    year = _story_year(s.text for s, _ in sentences)
    published = _dated(articles, days)
    # an undated article's lead weekday may be its own day's news, not the event's day, and
    # there is no publication day to tell (``figure_pairs._day_of_its_own_news``): only its
    # weekdays next to what happened on them are read, and only those that name one day read
    # from the cluster's first day as from its last
    undated = frozenset(a.id for a in articles if not a.published) if days else frozenset()
    return tuple(
        _count_of_the_group_before(figure, mentions.get((sentence.article, sentence.index - 1)))
        for sentence, claim in sentences
        for figure in _sentence_figures(
            sentence,
            claim,
            names,
            year,
            published.get(sentence.article),
            undated_from=days[0] if sentence.article in undated else None,
            first_day=days[0] if days else None,
            tokens=tokens[sentence],
        )
    )


# The days a word names counted back from its report's day: 'yesterday' the day before.
_DAYS_BACK = {"today": 0, "tonight": 0, "yesterday": 1}


def _count_of_the_group_before(figure: Figure, before: tuple[Sentence, str] | None) -> Figure:
    """A count said of 'it' with no noun ('Organisers put it at about 8,000') counts the group
    the sentence before opens on, when that sentence gives no count of its own ('The crowd was
    smaller than last year.'): one figure told over two sentences."""
    quantity, text = figure.quantity, figure.sentence.text
    if quantity.dimension != "count" or figure.noun is not None or figure.frame is not None:
        return figure
    if before is None or not _IT_COUNTED.search(text[: quantity.start]):
        return figure
    if _IT_OTHER_TIME.search(text[: quantity.start] + " " + text[quantity.end :]):
        return figure  # (the count itself is no year: 'put it at about 2500')
    group = _GROUP_SUBJECT.match(before[0].text)
    counts = (q for q in extract_quantities(before[0].text) if q.dimension == "count")
    if group is None or next(counts, None) is not None:
        return figure
    noun = lemma(group.group("group"))
    return replace(figure, noun=_NOUN_FOLD.get(noun, noun))


def _near_dates(words: Iterable[str], published: date | None) -> frozenset[str]:
    """The calendar days the words near a figure name in a report of a known day: a weekday
    the last such day on or before it (the news tense, ``slots.resolve``), 'yesterday' the day
    before; none without a day to count from.

    A weekday is counted back even in a figure of days to come ('will strike on Monday'): its
    tense is not read here. These dates only keep two figures with near days from being told
    apart when both name one date, so a future 'on Monday' in Tuesday's report meets another's
    'yesterday' (review of missed34; untested on tuning)."""
    if published is None:
        return frozenset()
    found = {
        published - timedelta(days=_DAYS_BACK[word])
        if word in _DAYS_BACK
        else resolve(WEEKDAY_NAMES.index(word), published, future=False)
        for word in words
        if word in _DAYS_BACK or word in WEEKDAYS
    }
    return frozenset(day.isoformat() for day in found)


def _changes_values(line: str, original: Sequence[str]) -> bool:
    """Does a copy's line give a figure or weekday the original's line it is most like (its own
    line, edited) does not? (One that only drops some is the original's line, trimmed.)"""
    match = process.extractOne(line, original, scorer=Indel.normalized_similarity)
    return match is None or not _values(line) <= _values(match[0])


def _values(text: str) -> set[tuple[str, float, float]]:
    days = {(word, 0.0, 0.0) for word in re.findall(r"[a-z]+", text.lower()) if word in WEEKDAYS}
    return days | {(q.unit, q.low, q.high) for q in extract_quantities(text)}


def _dated(articles: Sequence[Article], days: Sequence[str]) -> dict[str, str | None]:
    """Each article's publication time for reading its weekdays, a time with no day ('Updated
    19:05') put on the cluster's first day: one event's reports come out within a day or two,
    and a weekday read from either day names the same day of the week before it. An article
    that gives no time at all (a scraped page often doesn't) is read from the cluster's last
    day: it came out with the others, and 'on Friday' names the Friday before the last of
    them, as it does in theirs."""
    first, last = (days[0], days[-1]) if days else (None, None)
    return {a.id: _day_of(a.published, first, last) for a in articles}


def _day_of(published: str | None, first: str | None, last: str | None) -> str | None:
    if not published:
        return last
    return f"{first}T{published}" if first and _TIME_ONLY.match(published) else published


def _sentence_figures(
    sentence: Sentence,
    claim: str,
    names: tuple[
        frozenset[str],
        frozenset[str],
        frozenset[str],
        frozenset[str],
        frozenset[frozenset[str]],
        frozenset[tuple[str, str, str]],
    ],
    year: str | None,
    published: str | None = None,
    *,
    undated_from: str | None = None,
    first_day: str | None = None,
    tokens: list[tuple[int, str]],
) -> Iterable[Figure]:
    """The figures of one sentence (``tokens``: its words, ``_tokens``, cut once by the caller),
    so a sentence with many numbers (a flattened table) costs linear, not quadratic, time. A
    weekday is a figure only where a day to count from is known, in a lead sentence (the
    event's own day) or next to what happened on it ("the vote on Wednesday"); in an undated
    article (read from the cluster's last day, ``published``, and its first, ``undated_from``)
    only next to what happened, and only where both days name one date."""
    day = publication_day(published)
    quantities = tuple(
        _past_month_day(q, day, sentence.text)
        for q in extract_quantities(sentence.text)
        if not _against_its_weekday(q, sentence.text, day)
    )
    lead = sentence.index < LEAD_SENTENCES and undated_from is None
    days = weekdays(sentence.text, published, lead)
    if undated_from is not None:
        alike = {(q.start, q.value) for q in weekdays(sentence.text, undated_from, lead)}
        days = (q for q in days if (q.start, q.value) in alike)
    quantities += tuple(days)
    quantities = tuple(q for q in quantities if not _is_generic(sentence.text, q))
    if not quantities:
        return ()
    common, known, places, shared, outlets, families = names
    past_months = _months_before(sentence.text, published)
    spans = _name_spans(tokens, known, places)
    # speakers' names too, read only where an age may be theirs
    aged = any(quantity.dimension == "age" for quantity in quantities)
    people = _raw_spans(tokens, known) if aged else []
    whole = _Sentence(
        sentence=sentence,
        claim=claim,
        tokens=tokens,
        starts=[start for start, _ in tokens],
        names=[span for span in spans if not _outlet(span[2], outlets)],
        people=[span for span in people if not _outlet(span[2], outlets)],
        days=frozenset(w.lower() for _, w in tokens if w.lower() in DAYS),
        historic=_historic(sentence.text, year)
        or (sentence.index >= LEAD_SENTENCES and _other_event(sentence.text, shared)),
        past_months=past_months,
        month_before=bool(past_months),
        before_reports=_before_reports(sentence.text, first_day),
        together=_together(tokens, spans),
        counts=[(q.start, q.end) for q in quantities if q.dimension == "count"],
        starts_by_dimension=[(q.start, q.dimension) for q in quantities],
        published=day if undated_from is None else None,
    )
    built_in = _year_of(published) or year
    # a time ago is counted back from the report's own year only: an undated report's 'four
    # years ago' may be from any year (review of nouns36)
    ago_from = _year_of(published) if undated_from is None else None
    return tuple(
        _year_ago(_built_year(_figure(q, whole, common, families), built_in), ago_from)
        for q in quantities
    )


def _past_month_day(quantity: Quantity, day: date | None, text: str) -> Quantity:
    """'arrested on 22 June' as the calendar day it names when its clause names what was done
    on it (``slots.names_a_day_done``) and that day is on or before the report's publication
    ``day`` (``timeline.in_its_year``), so that it is compared with '22 June 2028'
    and with 'on Friday' (a weekday, read on the same day). A day still to come ('will reopen on
    30 June', 'meets again on 27 June'), one in a sentence of another year ('a year ago, on 21
    June'), one without a publication day or with none in its year (29 February) stays a day of
    no known year (unit "monthday"), compared only with its like (review19d)."""
    if quantity.unit != "monthday" or day is None or _PAST_YEAR_PHRASE.search(text):
        return quantity
    # a weekday written before the date ('destroyed the mill on Thursday, 12 March') stands
    # between it and the verb of its clause
    named = weekday_before_date(text, quantity.start)
    if named is not None and negated_before(text, named[1]):
        return quantity  # 'did not collapse on Wednesday, 11 March': no day it happened
    if not names_a_day_done(text[: named[1] if named else quantity.start]):
        # 'will open on 20 October', 'after a blaze on 12 January', 'reopened on 22 June':
        # no day of the story's event, so none to compare with its weekdays
        return quantity
    dated = _in_year_of(quantity, day)
    if dated is None or not 0 <= (day - dated).days <= PAST_MONTH_DAY:
        return quantity
    shift = dated.toordinal() - int(quantity.low)
    return replace(
        quantity,
        low=quantity.low + shift,
        high=quantity.high + shift,
        value=quantity.value + shift,
        unit="day",
    )


def _in_year_of(quantity: Quantity, day: date) -> date | None:
    """A month-day's date in the year its report of ``day`` reads it in (``in_its_year``)."""
    first = date.fromordinal(int(quantity.low))
    try:
        return in_its_year(first.month, first.day, day)
    except ValueError:  # 29 February, in a year that has none
        return None


def _against_its_weekday(quantity: Quantity, text: str, day: date | None) -> bool:
    """Is a date written after a weekday that is not its day of the week, in the year it is
    written with or read in ('on Wednesday, 12 March' when 12 March 2026 is a Thursday)? Then
    the report names no one day and neither is trusted: the date gives no figure, and the
    weekday is compared only as the day of the week of that date (``slots.weekdays``)."""
    if quantity.dimension != "date" or quantity.unit not in {"day", "monthday"}:
        return False
    named = weekday_before_date(text, quantity.start)
    if named is None or quantity.low != quantity.high:
        return False
    if quantity.unit == "day":
        dated: date | None = date.fromordinal(int(quantity.low))
    else:
        dated = _in_year_of(quantity, day) if day is not None else None
    return dated is not None and dated.weekday() != named[0]


# How far back a month-day without a year is read as this year's: half a year (a chosen bound,
# not tuned: '20 October' read on 23 June may be last year's or a plan's, review19d).
PAST_MONTH_DAY = 183
# A sentence that tells of another year than its report's: its month-days are not read in it.
_PAST_YEAR_PHRASE = re.compile(
    r"\b(?:a\s+year\s+ago|last\s+year|years\s+ago|previous\s+year)\b", re.I
)


def _is_generic(text: str, quantity: Quantity) -> bool:
    """A figure of what may happen to any such thing, not of this event: its clause says what
    things of a kind typically do ('quakes of magnitude 6 usually last seconds'), or opens
    with an indefinite thing that can or would do something ('A magnitude 6 quake can cause
    severe damage', 'a conviction would carry up to 10 years')."""
    clause = clause_of(text, quantity)
    own = text[clause.start : clause.stop]
    return bool(_HABITUAL.search(own) or _INDEFINITE_MODAL.match(own))


def _year_of(published: str | None) -> str | None:
    return published[:4] if published and _DAY.match(published) else None


def _built_year(figure: Figure, year: str | None) -> Figure:
    """An age of a built thing ('the 33-year-old ship') as the year it was built, read from
    the report's year: N years old in year Y is built in Y-N, or Y-N-1 before its birthday."""
    quantity = figure.quantity
    thing, end = _aged_thing(figure.sentence.text, quantity)
    if quantity.dimension != "age" or thing not in BUILT_THINGS or year is None:
        return figure
    if _OF_A_PERSON.match(figure.sentence.text, end):
        return figure  # 'the 52-year-old bus driver': the thing names a person's work
    built = int(year) - int(quantity.value)
    if built < 2:
        return figure
    low, high = date(built - 1, 1, 1).toordinal(), date(built, 12, 31).toordinal()
    as_year = replace(
        quantity,
        low=low,
        high=high,
        unit="day",
        dimension="date",
        value=built,
        written_unit=None,
        noun=thing,
    )
    return replace(
        figure, quantity=as_year, slot=YEAR_BUILT, person=None, historic=False, deed=None
    )


def _year_ago(figure: Figure, year: str | None) -> Figure:
    """A whole number of years ago right after a year's verb ('The inn closed four years ago')
    as the year it was done, read from the report's year as a built thing's age is
    (``_built_year``): N years ago in year Y is Y-N, or Y-N-1 when the anniversary is still to
    come; so 'closed four years ago' in 2043 meets 'closed in 2039' and not 'shut in 2041'."""
    quantity, text = figure.quantity, figure.sentence.text
    if quantity.dimension != "duration" or year is None or quantity.worded:
        return figure
    years = quantity.value / MINUTES_A_YEAR
    if quantity.low != quantity.high or abs(years - round(years)) > _WHOLE_YEAR_SLACK:
        return figure
    slot = year_ago_slot(text[: quantity.start], text[quantity.end :])
    done = int(year) - round(years)
    if slot is None or done < 2:
        return figure
    low, high = date(done - 1, 1, 1).toordinal(), date(done, 12, 31).toordinal()
    as_year = replace(
        quantity, low=low, high=high, unit="day", dimension="date", value=done, written_unit=None
    )
    return replace(figure, quantity=as_year, slot=slot, span=False, deed=None)


def _aged_thing(text: str, quantity: Quantity) -> tuple[str | None, int]:
    """What an age is of, and where its noun starts: the word after it ('the 33-year-old ship'),
    or the last word of a name after it when that word is a built thing ('the 86-year-old
    Kingsway Bridge'); a name ending in anything else is a person's or a place's ('the
    27-year-old Anna Marsh', 'the 40-year-old Tower Hamlets resident')."""
    named = named_thing(text, quantity)
    if named is not None:
        return named.group("thing").lower(), named.start("thing")
    return quantity.noun, quantity.end


def named_thing(text: str, quantity: Quantity) -> re.Match[str] | None:
    """The name of a built thing right after an age ('the 86-year-old Kingsway Bridge'), if
    one."""
    named = _NAMED_THING.match(text, quantity.end)
    if named is None or named.group("thing").lower() not in BUILT_THINGS - _FAMILY_NAMES_TOO:
        return None
    if not _AFTER_A_THING.match(text, named.end()) or _OF_SOMEONE.search(text, named.end()):
        return None  # a person's work or place ('the City Hospital nurse'), or a person
    said = _SAID_TO_BE.match(text, named.end())
    if said is not None and said.group("noun").lower() not in BUILT_THINGS:
        return None  # 'the 9-year-old Grey Tower, the favourite,': a horse's name
    return named


def _outlet(name: str, outlets: frozenset[frozenset[str]]) -> bool:
    """Is a name (part of) an outlet's: 'Meridian Daily', or 'Daily' of it? (``outlets``: each
    outlet's name as its words)"""
    words = set(name.split())
    return any(words <= outlet for outlet in outlets)


def _together(
    tokens: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, frozenset[str]]]:
    """Names joined by 'and' ('Kenya and Tanzania'), as (first token, end token, names)."""
    groups: list[tuple[int, int, frozenset[str]]] = []
    for one, two in pairwise(spans):
        if two[0] != one[1] + 1 or tokens[one[1]][1].lower() != "and":
            continue
        if groups and groups[-1][1] == one[1]:
            start, _, names = groups.pop()
            groups.append((start, two[1], names | {two[2]}))
        else:
            groups.append((one[0], two[1], frozenset({one[2], two[2]})))
    return groups


def _story_year(texts: Iterable[str]) -> str | None:
    """The latest year the articles mention: the story's year; older years are history."""
    return max((y for text in texts for y in YEAR_WRITTEN.findall(text)), default=None)


def _before_reports(text: str, first_day: str | None) -> bool:
    """The sentence names a year more than one before the first report came out, which no
    text may name ('the last big search, in 2021' in reports of 2027); the year before may
    still be the story's ('2026 profits' reported in February 2027, a New Year's Eve fire)."""
    if first_day is None:
        return False
    return any(int(year) < int(first_day[:4]) - 1 for year in YEAR_WRITTEN.findall(text))


def _is_past(whole: _Sentence, quantity: Quantity) -> bool:
    """The figure is of another, earlier event: its sentence is (``_historic``), or a year
    well before the reports, or a month well before its report's, dates it."""
    text = whole.sentence.text
    return (
        (
            whole.historic
            and not _dated_after_it(text, quantity)
            and not _record_of_it(text, quantity)
            and not _thing_dated_before_it(text, quantity)
            and not _tenure_after_it(text, quantity)
        )
        or (
            whole.before_reports
            and _dated_by_a_year_near(text, quantity)
            and not _thing_dated_before_it(text, quantity)
            and not _tenure_after_it(text, quantity)
        )
        or any(_dates_the_figure(text, month, quantity) for month in whole.past_months)
    )


def _thing_dated_before_it(text: str, quantity: Quantity) -> bool:
    """The sentence's years stand only in an apposition dating its subject's making or placing,
    before the figure's clause (``_THING_DATED_BEFORE``), and nothing else in the sentence is
    of the past: 'The previous capsule, buried in 1962, held 80 items' and 'The box, buried in
    1992, held 214 items, the most since 1950' stay historic."""
    found = _THING_DATED_BEFORE.match(text, 0, quantity.start)
    if found is None:
        return False
    outside = found.group("subject") + found.group("clause") + text[quantity.start :]
    return not (YEAR_WRITTEN.search(outside) or _HISTORY.search(outside))


def _tenure_after_it(text: str, quantity: Quantity) -> bool:
    """A person's age before a tenure clause (``_TENURE_AFTER``), where the sentence's older
    year stands only in that clause: the habit began then and goes on, the age is now. Only an
    age ('Mabb, 91, ...'): a count before such a clause is most often the first time's ('Only
    12 boats entered the first regatta, held as it has been since 1952', 'set off with 8
    dancers, as it has done since 1990': review of sides36), so it stays historic. Not where
    the sentence names another year or a past word outside that clause ('Mabb, 91, sang at the
    1969 final as he has since 1971')."""
    if quantity.dimension != "age":
        return False
    found = _TENURE_AFTER.search(text, quantity.end)
    if found is None:
        return False
    outside = text[: found.start()] + text[found.end() :]
    return not (YEAR_WRITTEN.search(outside) or _HISTORY.search(outside))


def _dated_after_it(text: str, quantity: Quantity) -> bool:
    """The sentence's older year (or 'since') stands only in a clause after the figure that
    describes its thing: 'a 250-kilogram bomb, probably dropped during a raid in 1941', 'EUR 120
    a head, a rate set in 2024 and unchanged since'. The thing is that old, not the figure."""
    comma = text.find(",", quantity.end)
    found = _DESCRIBING.match(text, comma) if comma >= 0 else None
    if found is None or (found.group("noun") or "").lower() in _SPEAKERS:
        return False
    if _RELATIVE_OPEN.search(text[: quantity.start]):
        return False  # the comma closes a clause the figure is in: what follows is its verb
    clause = found.group(0)
    year = YEAR_WRITTEN.search(clause)
    head = text[:comma]
    return not (
        YEAR_WRITTEN.search(head)
        or _HISTORY.search(head)
        or _HISTORY.search(clause[: year.start() if year else len(clause)])
    )


def _record_of_it(text: str, quantity: Quantity) -> bool:
    """The sentence's older year (or 'since') stands only in a record said of the figure in an
    apposition right after it ('14 per cent of its usual rain, the driest spring since 1976'):
    the figure is now. Only where the figure's clause opens the sentence, nothing but the
    figure's own noun phrase stands between (``_own_tail``) and nothing outside the apposition
    is of the past: 'In his first season, Heller scored 31 goals, the most since 1988', 'it rose
    to 5.2 metres, the highest since 1947, when the bridge was lost' and '40mm fell, the lowest
    since records began, in 1976' stay historic."""
    opening = _APPOSITION_MARK.search(text, quantity.end)
    if opening is None or "," in text[: quantity.start]:
        return False
    if not _own_tail(text[quantity.end : opening.start()], quantity):
        return False
    closing = _APPOSITION_MARK.search(text, opening.end())
    end = closing.start() if closing else len(text)
    apposition, after = text[opening.end() : end], text[end:]
    outside = _SINCE_A_MONTH.sub("", text[: opening.start()]) + after
    if YEAR_WRITTEN.search(outside) or _HISTORY.search(outside) or _PAST_CLAUSE_AFTER.match(after):
        return False
    return _a_record(apposition)


def _own_tail(tail: str, quantity: Quantity) -> bool:
    """Is the text between a figure and its apposition no more than the figure's own noun
    phrase: its noun or unit, then at most an 'of' phrase ('per cent of normal')?"""
    words = re.findall(r"[a-z]+", tail.lower())
    own = {lemma(w) for w in (quantity.noun, quantity.written_unit) if w}
    while words and lemma(words[0]) in own:
        words = words[1:]
    return not words or (words[0] == "of" and len(words) <= _RECORD_OF_WORDS)


def _a_record(apposition: str) -> bool:
    """Does the apposition open with a determiner, then a superlative or 'first' and a span of
    the past ('the driest spring since 1976', 'its lowest on record')?"""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", apposition.lower())
    if not words or words[0] not in _APPOSITION_OPENERS:
        return False
    marks = (w.split("-")[-1] for w in words[1 : 1 + _RECORD_MARK_WORDS])
    marked = any(w == "first" or is_superlative(w) for w in marks)
    return marked and _RECORD_SPAN.search(apposition) is not None


def _dates_the_figure(text: str, month: tuple[int, int], quantity: Quantity) -> bool:
    """The month dates the figure: it opens the sentence ('In March, a ferry sank and 23
    people died'), or stands within HISTORY_YEAR_REACH of the figure ('23 people died last
    March', 'hit Orlan in January, killing 40'), not inside a clause of its own that closes
    before the figure ('The ferry, which was repaired in March, was carrying 46 people')."""
    start, end = month
    if quantity.dimension == "date":
        return False
    if not text[:start].strip(" \"'“‘"):
        return True
    between = text[end : quantity.start] if quantity.start >= end else text[quantity.end : start]
    inside = _RELATIVE_OPEN.search(text[:start]) is not None
    return len(between) <= HISTORY_YEAR_REACH and not ("," in between and inside)


def _dated_by_a_year_near(text: str, quantity: Quantity) -> bool:
    """A year stands next to the figure ('in 2021, lasted two days'), so it dates it; a year
    further on dates another clause ('Tashi, 9, arrived from a centre in Bern in 2019'), and a
    date's own year is its value, compared as one ('in February 2019')."""
    if quantity.dimension == "date":
        return False
    reach = (max(0, quantity.start - HISTORY_YEAR_REACH), quantity.end + HISTORY_YEAR_REACH)
    return any(
        _dates_next_to_it(text, year, quantity) for year in YEAR_WRITTEN.finditer(text, *reach)
    )


def _other_event(text: str, shared: frozenset[str]) -> bool:
    """A sentence below the lead telling of another event of the story's kind: 'another fire',
    'a similar crash', or one introduced with 'a' at a place no other report names ('a dozen
    were killed by a quake in eastern Corvania' in reports of a quake elsewhere)."""
    if _ANOTHER_EVENT.search(text):
        return True
    return any(m.group("place").lower() not in shared for m in _EVENT_AT_A_PLACE.finditer(text))


def _dates_next_to_it(text: str, year: re.Match[str], quantity: Quantity) -> bool:
    """The year dates the figure beside it: not a year of another thing's slot ('The ferry,
    built in 2001, was carrying 46 people'), nor one after the figure past a comma ('Ewan
    Maclure, 47, took over the route in 2009': another clause)."""
    if _YEAR_OF_A_THING.search(text[max(0, year.start() - 20) : year.start()]):
        return False
    return year.start() < quantity.start or "," not in text[quantity.end : year.start()]


def _months_before(text: str, published: str | None) -> tuple[tuple[int, int], ...]:
    """Where the sentence names a month at least HISTORY_MONTHS before its report's ('In
    March, 23 people died when another boat sank' in October): another, earlier event. 'Last
    December' is always past; a later month 'in November' is next year's or last year's, which
    only a year tells; nor is a month past in a clause of what is to come ('will face trial in
    March')."""
    if published is None or not _DAY.match(published):
        return ()
    month = int(published[5:7])
    found = []
    for named in _IN_A_MONTH.finditer(text):
        back = month - _MONTH_NUMBER[named.group(2).lower()]
        if named.group(1).lower() == "last" and back <= 0:
            back += 12  # 'last March' in March is a year ago
        clause = re.split(r"[,;:]", text[: named.start()])[-1]
        if back >= HISTORY_MONTHS and not _TO_COME.search(clause):
            found.append(named.span())
    return tuple(found)


def _cluster_names(
    sentences: Iterable[tuple[Sentence, str]],
    tokens_of: Mapping[Sentence, list[tuple[int, str]]],
    n_articles: int,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(ubiquitous, known, places, shared): name words in most articles, every name word of
    the cluster, the names it writes as places ('in Guatemala'), and name words of more than
    one article."""
    carriers: dict[str, set[str]] = {}
    places: set[str] = set()
    joined: list[frozenset[str]] = []
    for sentence, _ in sentences:
        tokens = tokens_of[sentence]
        # (the runs of capitalised words read once: places, names and groups all start from them)
        spans = _raw_spans(tokens)
        places |= _places(tokens, spans)
        joined += [names for _, _, names in _together(tokens, spans)]
        for name in _names(tokens, spans):
            for word in name.split():
                carriers.setdefault(word, set()).add(sentence.article)
    # "Honduras and Guatemala": a name written together with a place is a place too
    places |= {n for group in joined if group & places for n in group}
    known = frozenset(carriers)
    shared = frozenset(n for n, a in carriers.items() if len(a) > 1)
    if n_articles < 3:
        return frozenset(), known, frozenset(places), shared
    share = UBIQUITOUS_SHARE * n_articles
    common = frozenset(n for n, a in carriers.items() if len(a) >= share)
    return common, known, frozenset(places), shared


def _places(tokens: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """Names written after a preposition of place: 'in Guatemala', 'across El Salvador'
    (``spans``: the tokens' ``_raw_spans``)."""
    return {
        name for start, _, name in spans if start and tokens[start - 1][1].lower() in _PLACE_BEFORE
    }


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().rstrip(".")) for m in _TOKEN.finditer(text)]


def _names(tokens: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """The names of a whole sentence, sources apart (``spans``: the tokens' ``_raw_spans``, as
    ``_name_spans`` reads them knowing no names or places)."""
    return {name for start, end, name in spans if not _is_source(tokens, start, end)}


def _name_spans(
    tokens: Sequence[tuple[int, str]],
    known: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """Runs of capitalised words ('Qin Gang', 'Swan Islands') as (first token, end token, name):
    not sentence-initial, without titles, days or months, and without the names that are
    sources ('news agency TT', 'said Sven Martinell'). A sentence-initial word is a name when the
    cluster writes it capitalised elsewhere too (``known``): "Guatemala reported...". A place
    of the cluster (``places``) that reports a figure is where it was counted, not an outlet:
    "Guatemala reported 100 deaths" is Guatemala's toll."""
    return [
        span
        for span in _raw_spans(tokens, known)
        if span[2] in places or not _is_source(tokens, span[0], span[1])
    ]


def _raw_spans(
    tokens: Sequence[tuple[int, str]], known: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Every run of capitalised words, sources included."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    for position, (_, word) in enumerate([*tokens, (0, "")]):
        clean = _without_possessive(word)
        named = _is_name(position, clean) or (not position and clean.lower() in known)
        if named and start >= 0 and _punctuated(tokens, position):
            spans.append((start, position, _joined(tokens[start:position])))
            start = -1  # 'in Brennholt, Oderby and the villages': two places, not one name
        if named and start < 0:
            start = position
        # a possessive ends the name: "El Salvador's National..."
        if start >= 0 and (not named or clean != word):
            end = position + 1 if named else position
            spans.append((start, end, _joined(tokens[start:end])))
            start = -1
    return spans


def _joined(tokens: Sequence[tuple[int, str]]) -> str:
    return " ".join(_without_possessive(w) for _, w in tokens).lower()


_POSSESSIVE = re.compile(r"['’]s$")


def _without_possessive(word: str) -> str:
    """The word without a possessive "'s". Most words end otherwise, and are returned as they
    are without a regular expression: the figures stage asks this of every token of every
    sentence three times (~48,000 calls for three DUC clusters)."""
    return _POSSESSIVE.sub("", word) if word.endswith(("s", "s\n")) else word


def _punctuated(tokens: Sequence[tuple[int, str]], position: int) -> bool:
    """Is there punctuation between a token and the one before? Words of one name are one
    space apart, or two after an abbreviation ('St. Albans'); a comma makes the gap two too."""
    (before, word), (at, _) = tokens[position - 1], tokens[position]
    gap = at - before - len(word)
    return gap > 2 or (gap == 2 and len(word) > ABBREVIATION)


def _is_source(tokens: Sequence[tuple[int, str]], start: int, end: int) -> bool:
    """'news agency TT', 'according to Vale Rail', 'the Harbour Courier understands'."""
    before = [w.lower() for _, w in tokens[max(0, start - 2) : start]]
    after = tokens[end][1].lower() if end < len(tokens) else ""
    if after in _SOURCE_AFTER:
        return True
    # "the Eastgate Herald has been told", "the Post has learned"
    if _TOLD_AFTER.match(" ".join(w.lower() for _, w in tokens[end : end + 3])):
        return True
    # "figures released to the Meridian Daily": a name with a masthead word is an outlet
    if "the" in before and OUTLET_WORD_RE.fullmatch(tokens[end - 1][1]):
        return True
    return bool(before) and (before[-1] in _SOURCE_BEFORE or before == ["according", "to"])


def _in_range(spans: Sequence[tuple[int, int, str]], low: int, high: int) -> set[str]:
    return {name for start, end, name in spans if start < high and end > low}


def _is_name(position: int, word: str) -> bool:
    if not position or not word[:1].isupper() or len(word) < 2 or word in CURRENCY_CODES:
        return False
    if word.lower().endswith(_AGED_ADJECTIVE):
        return False  # 'OOV: Sixty-seven-year-old Tomas Greel': the age, not the name's first word
    return word.lower() not in _CAPITAL_STOP and not _GROUP.search(word)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What every figure of a sentence shares."""

    sentence: Sentence
    claim: str
    tokens: list[tuple[int, str]]
    starts: list[int]
    names: list[tuple[int, int, str]]
    # every name, speakers included: 'Marta Lindqvist, 63, said' gives an age's person
    people: list[tuple[int, int, str]]
    days: frozenset[str]
    historic: bool
    # where it names a month well before its report's, which dates the figures next to it
    past_months: tuple[tuple[int, int], ...]
    # ...and whether it names one: a strong slot's figure ('In March, a 6.4 quake hit Bam')
    # is then of another event too
    month_before: bool
    # names a year well before the reports, which dates the figures next to it
    before_reports: bool
    together: list[tuple[int, int, frozenset[str]]]
    # Where the sentence's counts are: a frame word past another count is that one's.
    counts: list[tuple[int, int]]
    # Where each of the sentence's figures starts, with its dimension (``_moved_from_later``).
    starts_by_dimension: list[tuple[int, str]]
    # Its report's publication day, where the report gives one: what 'Monday' and
    # 'yesterday' near a figure name (``_near_dates``).
    published: date | None = None


def _figure(
    quantity: Quantity,
    whole: _Sentence,
    common: frozenset[str],
    families: frozenset[tuple[str, str, str]],
) -> Figure:
    tokens, text = whole.tokens, whole.sentence.text
    first = bisect.bisect_left(whole.starts, quantity.start)
    last = bisect.bisect_left(whole.starts, quantity.end)
    # The figure's own words ("seven and a half hours") are not context.
    window = [
        *tokens[max(0, first - CONTEXT_WINDOW) : first],
        *tokens[last : last + CONTEXT_WINDOW],
    ]
    near = [*tokens[max(0, first - FRAME_WINDOW) : first], *tokens[last : last + FRAME_WINDOW]]
    words = {lemma(w) for _, w in window if w.lower() not in _STOP and not w[:1].isupper()}
    # a semicolon ends what the names around a figure can be of: 'El Salvador reported 239
    # dead; Guatemala said 194 had been killed'
    part = clause_of(text, quantity, ";")
    spans = [span for span in whole.names if tokens[span[0]][0] in part]
    window_names = _in_range(spans, first - CONTEXT_WINDOW, first) | _in_range(
        spans, last, last + CONTEXT_WINDOW
    )
    near_names = _in_range(spans, first - FRAME_WINDOW, first) | _in_range(
        spans, last, last + FRAME_WINDOW
    )
    # the 'toll' or 'number of ...' a verb links to the figure, read once for noun, frame, now
    subject = _linked_subject(text, quantity, whole.counts)
    noun = _counted_noun(text, quantity, subject)
    # a subject the verb links to the figure names it before any word that is merely near:
    # 'the number of people hurt during the evacuation has risen to eleven' counts the hurt
    frame = _count_frame(whole, quantity, (first, last), subject)
    noun, frame = _counted_in_frame(text, quantity, noun, frame)
    hospital = frame == "hospital"
    before = _slot_before(text, quantity)
    slot = _figure_slot(quantity, whole, (first, last), before)
    # what was done to those counted is said in the figure's own clause ('fell to two, as
    # rescuers found a couple': the two are not found)
    clause = own_clause = clause_of(text, quantity)
    staged = near
    if clause.start and _BRINGING.search(text, clause.start, quantity.start):
        # 'identified another 22 of the bodies, bringing the total to 40': the total of those
        # identified, as the clause before says
        clause = range(_clause_start(text, clause.start - 1), clause.stop)
        staged = [(at, w) for at, w in tokens if at in clause and at < quantity.start]
    moved = _moved_from_later(text, quantity, whole)
    revised, direction = _revision(text, quantity, moved)
    own_day = frozenset({quantity.text.lower()}) if quantity.unit == "day" else frozenset()
    return Figure(
        quantity=quantity,
        sentence=whole.sentence,
        claim=whole.claim,
        names=frozenset(n for n in window_names if not set(n.split()) <= common),
        all_names=frozenset(window_names),
        days=whole.days - own_day,
        near_days=frozenset(w.lower() for _, w in near if w.lower() in DAYS) - own_day,
        near_dates=_near_dates({w.lower() for _, w in near} - own_day, whole.published),
        words=frozenset(words - {noun}),
        frame=frame,
        noun=noun,
        near=frozenset(lemma(w) for _, w in near if w.lower() not in _STOP),
        # (a lead time before an event is no span: 'two days before the exam', ``slots``)
        span=_is_span(text, quantity)
        and not is_length(before)
        and not (slot or "").startswith(LEAD_TIME),
        # (a word of the past inside the stretch naming the value it moved from is said of that
        # value: '52,000, up from the 38,000 it gave earlier' is the latest; one before the
        # figure still marks it replaced: 'had earlier put the toll at 30, up from 25')
        superseded=_is_superseded(
            text, quantity, _outside_moved_from(text, quantity, near, moved), own_clause
        ),
        historic=_is_historic(whole, quantity, slot),
        part=_is_part(text, quantity),
        lead=whole.sentence.index < LEAD_SENTENCES,
        revised=revised,
        direction=direction,
        current=revised
        or any(w.lower() in _CURRENT for _, w in near)
        or _above_first(text, quantity)
        or _current_subject(text, quantity, subject)
        or _FINAL.search(text[own_clause.start : own_clause.stop]) is not None,
        stage=next((w.lower() for at, w in staged if _STAGE.match(w) and at in clause), None),
        story=(frame in STORY_FRAMES or slot is not None)
        and not (_is_past(whole, quantity) and not (slot and quantity.dimension == "date"))
        # the count in hospital is the story's wherever the hospital is
        and (whole.sentence.index < LEAD_SENTENCES or _unnamed(near, near_names) or hospital),
        person=_whose_age(quantity, whole, first, last, common, families=families),
        together=frozenset(
            names
            for start, end, names in whole.together
            if start < last + CONTEXT_WINDOW and end > first - CONTEXT_WINDOW
        ),
        slot=slot,
        reach=quantity.dimension == "distance"
        and is_reach(text[: quantity.start], text[quantity.end :]),
        deed=_count_deed(quantity, text),
    )


def counted_noun(text: str, quantity: Quantity) -> str | None:
    """The noun the figure counts or measures in its own words, folded (``_counted_noun``
    with no subject read): what the citation check compares two equal figures by."""
    return _counted_noun(text, quantity, None)


def _counted_noun(text: str, quantity: Quantity, subject: re.Match[str] | None) -> str | None:
    """The noun a figure counts or measures, folded ('people' for 'residents') and with the
    role of a tenure ('seasons as assistant coach'); for a count with none of its own, the one
    of the ``subject`` a verb links to it."""
    # a weekday's noun marks its kind (lead, planned), not what it counts
    noun = lemma(quantity.noun) if quantity.noun and not is_weekday(quantity) else None
    if noun is None and quantity.dimension == "count":
        noun = _subject_noun(subject)
    if noun == "people" and (who := _PEOPLE_WHO.match(text, quantity.end)):
        noun = _PEOPLE_WHO_NOUN[who.group(1).lower()]  # '1,100 people who work at the plant'
    noun = _NOUN_FOLD.get(noun or "", noun)
    if noun and quantity.dimension == "count" and (role := _as_role(text, quantity.end)):
        noun = f"{noun} as {role}"  # 'seven seasons as an assistant coach': a tenure's
    elif quantity.dimension == "duration" and (role := _as_role(text, quantity.end, True)):
        noun = f"{noun or 'time'} as {role}"  # 'served 10 years as mayor': a tenure too
    return noun


def _slot_before(text: str, quantity: Quantity) -> str:
    """The text before a figure that its slot's verb may stand in."""
    # (a month's or a written date's verb may stand further back: 'will close its engine plant in
    # Ravensholm in', 'was detained as he stepped off a flight from Lisbon on')
    # (and a bail's release: 'can free the ship if the owner lodges a €500,000 guarantee'; a
    # share's group: 'Turnout in the by-election on Sunday, held in heavy rain, was 43 percent
    # of registered voters')
    far = quantity.unit == "month" or quantity.dimension in {"money", "percent"}
    dated = quantity.unit in {"day", "monthday", "clock"}
    reach = DATE_REACH if dated else MONTH_REACH if far else SLOT_REACH
    return text[max(0, quantity.start - reach) : quantity.start]


def _figure_slot(
    quantity: Quantity, whole: _Sentence, span: tuple[int, int], before: str
) -> str | None:
    """The slot of a figure whose tokens ``span`` (first, last) of its sentence, read in the
    words around it and the text ``before`` it."""
    tokens, text = whole.tokens, whole.sentence.text
    after = text[quantity.end : quantity.end + SLOT_REACH]
    slot = slot_of(quantity, _slot_cues(text, tokens, quantity, span), before, after)
    if slot is None and quantity.dimension == "percent":
        # "Containment of the wildfire has climbed to 40%": a share is named as the subject
        slot = slot_of(quantity, _nearest_first(tokens, *span, CONTEXT_WINDOW), before)
    return slot


def _revision(text: str, quantity: Quantity, moved: int) -> tuple[bool, int]:
    """Whether the figure is told as a revision, and its direction (1 up, -1 down, 0 unsaid):
    by a word of change before it, or by the value it ``moved`` from after it."""
    change = _REVISED.search(text[max(0, quantity.start - 40) : quantity.start])
    # (a peak a measure 'reached' is its value, not a revision: 'Gusts reached 94 mph')
    if change and quantity.dimension in _PEAKS and _REACHED.match(change.group(0)):
        change = None
    revised = change is not None
    direction = _direction(change.group(0)) if change else 0
    if not revised and moved:
        revised, direction = True, moved  # 'Six are still in hospital, down from fourteen'
    return revised, direction


def _is_historic(whole: _Sentence, quantity: Quantity, slot: str | None) -> bool:
    """The figure is of an older event than the story's (``Figure.historic``)."""
    # the year something was built is the slot's value, not a sign of an older event
    # (a strong slot's figure in a sentence of a past month: 'A 6.3-magnitude quake hit
    # Orlan in January' is another quake, however far the month stands)
    text = whole.sentence.text
    return (
        (_is_past(whole, quantity) or (strong(slot) and whole.month_before))
        and not (slot and quantity.dimension == "date")
        # "turnout was 43.1%, the highest since 2010": the year is not the figure's
        and not (
            strong(slot)
            and not whole.month_before
            and not YEAR_WRITTEN.search(
                text, max(0, quantity.start - HISTORY_YEAR_REACH), quantity.end + HISTORY_YEAR_REACH
            )
        )
    )


def _slot_cues(
    text: str, tokens: Sequence[tuple[int, str]], quantity: Quantity, span: tuple[int, int]
) -> list[str]:
    """The words that say what a figure's slot is, nearest first; a weekday's stop at a
    clause that dates its own event (``_dated_apart``)."""
    first, last = span
    cues = tokens[: _dated_apart(text, tokens, last)] if is_weekday(quantity) else tokens
    written = date_after_weekday(text, quantity.end) if is_weekday(quantity) else None
    if written is not None:  # 'on Thursday, 12 March': the date's words are no cues
        cues = [(at, word) for at, word in cues if not written[0] <= at < written[1]]
    return _nearest_first(cues, first, last, FRAME_WINDOW)


def _dated_apart(text: str, tokens: Sequence[tuple[int, str]], last: int) -> int:
    """Where a weekday's cue words end: at a clause joined after it that dates its own event
    ('the aftershock hit on Monday, as the toll from the quake a day before rose': the quake
    is not Monday's), else nowhere."""
    for index in range(last, min(len(tokens), last + FRAME_WINDOW)):
        at, word = tokens[index]
        if word.lower() in _SUBORDINATORS:
            return index if _OWN_TIME.search(text, at) else len(tokens)
    return len(tokens)


def _nearest_first(
    tokens: Sequence[tuple[int, str]], first: int, last: int, window: int
) -> list[str]:
    """The words within ``window`` tokens of a figure, nearest first, so the cue next to it wins:
    'agreed to pay $40 million to settle' is a payment, 'a settlement under which it will pay
    400 million dollars' too."""
    low = max(0, first - window)
    before = [(first - i, w) for i, (_, w) in enumerate(tokens[low:first], low)]
    after = [(i - last + 0.5, w) for i, (_, w) in enumerate(tokens[last : last + window], last)]
    return [w.lower() for _, w in sorted([*before, *after], key=lambda pair: pair[0])]


def _person(
    spans: Sequence[tuple[int, int, str]],
    tokens: Sequence[tuple[int, str]],
    first: int,
    last: int,
    life_event: bool = False,
) -> frozenset[str] | None:
    """The name an age follows: 'Linkov, 27' or 'Linkov, aged 27' (commas are not tokens); else
    the name right after it: 'a 19-year-old student, Mikko Aaltonen'; else, unnamed, the role
    next to it as 'the <role>': 'a retired teacher, 71', 'a 74-year-old retired teacher'; else
    the name the sentence opens with."""
    after = [
        (start, name)
        for start, _, name in spans
        if last <= start <= last + AGE_NOUN_SPAN
        and not (start > last and tokens[start - 1][1].lower() in _PLACE_WORDS)
    ]
    if after and tokens[first][1].lower().endswith("year-old"):
        # 'The Morning Wren's skipper, 52-year-old Ewan Maclure': an age before a noun is
        # the age of the name after it, whatever name stands before; 'the 31-year-old nephew
        # Hector Graal' is a relative of someone else of the name
        start, name = after[0]
        kin = [f"{ROLE}{w.lower()}" for _, w in tokens[last:start] if w.lower() in KIN]
        return frozenset([*name.split(), *kin])
    before = [(start, end, name) for start, end, name in spans if first - 2 <= end <= first]
    if before:  # the nearest: 'in Hangzhou, Wang Youcai, 33' is Wang's age
        start, _, name = max(before, key=lambda span: span[1])
        # 'his father, Qin Qinguo, 76': a relative of someone else of the name
        kin = [f"{ROLE}{w.lower()}" for _, w in tokens[max(0, start - 1) : start] if w in KIN]
        # 'Its pilot, Gareth Tolland, 54': the role is the named person's too, for an
        # age another report gives only by the role ('The pilot, aged 49')
        role = _role(tokens, start - 1) if start and not kin else ""
        return frozenset([*name.split(), *kin, *([role] if role else [])])
    if after:
        return frozenset(after[0][1].split())
    near = range(max(0, first - AGE_NOUN_SPAN), min(len(tokens), last + AGE_NOUN_SPAN + 1))
    roles = {role for index in near if (role := _role(tokens, index))}
    if roles:
        return frozenset(roles)
    if role := _role_before_a_phrase(tokens, first):
        return frozenset({role})
    # 'Ostrova died of tuberculosis at 44', 'Ostrova, who died in 1931 aged 47': with no name
    # or role next to it, an age at a death or a retirement is of the person the sentence
    # opens with, when no other name stands between (not 'Tomas Breck said a 34-year-old')
    # (a first name opening the sentence is not read as a name: 'Ilse Brandt' spans 'Brandt')
    opening = [(start, end, name) for start, end, name in spans if start <= 1 and life_event]
    between = [span for span in spans if opening and opening[0][1] <= span[0] < first]
    return frozenset(opening[0][2].split()) if opening and not between else None


def _whose_age(
    quantity: Quantity,
    whole: _Sentence,
    first: int,
    last: int,
    common: frozenset[str],
    *,
    families: frozenset[tuple[str, str, str]],
) -> frozenset[str] | None:
    """The person an age is of (``_person``); and whether that is the story's protagonist: a
    name most reports carry, or an age standing for a person already named, 'The 57-year-old
    was detained' (a definite age with no noun opens its sentence: the one the story is about)."""
    if quantity.dimension != "age":
        return None
    text = whole.sentence.text
    if quantity.noun and _OWNER_BEFORE.search(text, 0, quantity.start):
        # 'Halvorsen's 16-year-old daughter', 'Norvik's 61-year-old founder': the age of the
        # person the noun names, never of the owner (who may be given an age of their own)
        return frozenset({f"{ROLE}{lemma(quantity.noun)}"})
    person = _person(whole.people, whole.tokens, first, last, _life_event(text, quantity))
    if person is None:
        bare = quantity.noun is None and _THE_AGED.fullmatch(text, 0, quantity.start) is not None
        return frozenset({PROTAGONIST}) if bare and quantity.text.endswith("year-old") else None
    named = person - roles(person)
    if len(named) == 1 and _one_of_a_family(next(iter(named)), whole.sentence, families):
        person |= {FAMILY_ALONE}  # 'Mr Hest, 71' where Tom and Ivo Hest are named: either
    return person | {PROTAGONIST} if named and named <= common else person


def _one_of_a_family(
    family: str, sentence: Sentence, families: frozenset[tuple[str, str, str]]
) -> bool:
    """Whether a family name alone in the sentence may be either of two people of the family
    its article writes (``_families``), under the honorific before it or none."""
    honorific = "|".join(_HONORIFIC_SEX)
    titled = re.search(rf"\b({honorific})\.?\s+{re.escape(family)}\b", sentence.text, re.I)
    sex = _HONORIFIC_SEX.get(titled.group(1).lower(), "") if titled else _NO_HONORIFIC
    article = sentence.article
    return (article, family, "") in families or bool(sex and (article, family, sex) in families)


def _families(
    sentences: Iterable[tuple[Sentence, str]],
    tokens_of: Mapping[Sentence, list[tuple[int, str]]],
    known: frozenset[str],
) -> frozenset[tuple[str, str, str]]:
    """Where a family name alone may be either of two people, as (article, family name, the
    honorific that is ambiguous: a sex, ``_NO_HONORIFIC``, or "" for any).

    An article naming two of the family in full under given names that are not one spelled two
    ways ('Tom Hest' and 'Ivo Hest'; not 'Katrin' and 'Katrine Holm'): any honorific, unless a
    relative's word gives one of them a sex ('Tom Hest and his wife Ana Hest': only 'Mrs Hest'
    or a bare 'Hest' may be either; 'Mr Hest' is Tom). An article writing a relative right
    after a full name of the family ('Tom Hest, 45, and his father'): the relative's sex
    ('Mr Hest' may be the father; 'Mathilde Ostrova ... her sister's farm' far apart leaves
    'Ostrova' hers, and 'farmer Ian Bole and his son' is no Hest's son)."""
    givens: dict[tuple[str, str], set[str]] = defaultdict(set)
    sexes: dict[tuple[str, str], set[str]] = defaultdict(set)
    of_relatives: set[tuple[str, str, str]] = set()
    for sentence, _ in sentences:
        tokens = tokens_of[sentence]
        kin_before = _KIN_BEFORE_RE.search(sentence.text) is not None
        kin_after = _KIN_OF_SOMEONE_RE.search(sentence.text) is not None
        # (a sentence's first word is a name's where the cluster writes it so elsewhere: 'Tom
        # Hest and his father were lifted off')
        for name in _names(tokens, _raw_spans(tokens, known)):
            *given, family = name.split()
            if not given:
                continue
            key = (sentence.article, family)
            givens[key].add(given[-1])
            written = rf"(?i:{re.escape(name)})"  # (the names are lower case)
            if kin_before:
                for kin in re.finditer(rf"{_KIN_BEFORE}{written}\b", sentence.text):
                    sexes[key].add(_KIN_SEX.get(kin.group("kin").lower(), ""))
            if not kin_after:
                continue
            after = (
                rf"\b{written}\b(?:[\s,]+(?:\d+|[a-z]+)){{0,{_KIN_GAP}}}?[\s,]+{_KIN_OF_SOMEONE}"
            )
            for kin in re.finditer(after, sentence.text):
                if sex := _KIN_SEX.get(kin.group("kin").lower(), ""):
                    of_relatives.add((*key, sex))
    two_named: set[tuple[str, str, str]] = set()
    for key, names in givens.items():
        if any(Indel.normalized_similarity(a, b) < GIVEN_ALIKE for a, b in combinations(names, 2)):
            told = sexes.get(key, set()) - {""}
            two_named |= {(*key, sex) for sex in told | {_NO_HONORIFIC}} if told else {(*key, "")}
    return frozenset(two_named | of_relatives)


def roles(person: frozenset[str]) -> frozenset[str]:
    """The roles among an age's person's words ('the pilot'), apart from its name words."""
    return frozenset(word for word in person if word.startswith(ROLE))


def _life_event(text: str, quantity: Quantity) -> bool:
    """An age at a death or a retirement ('died at 44', 'who died in 1931 aged 47')."""
    before = text[: quantity.start]
    return AGE_AT_EVENT_RE.search(before) is not None or _DIED_AGED.search(before) is not None


def _counted_in_frame(
    text: str, quantity: Quantity, noun: str | None, frame: str | None
) -> tuple[str | None, str | None]:
    """A count's noun and frame as each other say them: 'passengers and crew' are everyone
    aboard ('people'), paramedics counted are who treat, not who were treated; and only a
    count has a frame, not a member of one."""
    # 'one of them a 79-year-old woman': a member of those counted, not a count of anyone
    member = _ONE_OF.match(text, quantity.start) is not None
    count = quantity.dimension == "count"
    frame = frame if count and not member else None
    if count and _EVERYONE_ABOARD.match(text, quantity.end):
        noun = "people"  # 'with 198 passengers and crew': everyone aboard, not the passengers
    if frame == "treated" and (noun in _TREATERS or _MEDICAL_NOUN.match(text, quantity.end)):
        frame = None  # 'some 30 paramedics were sent', '40 medical staff'
    return noun, frame


def _role_before_a_phrase(tokens: Sequence[tuple[int, str]], first: int) -> str:
    """The role an age follows past a short phrase of where the person is: 'The firefighter in
    hospital, 41', 'the guard on duty, 58'; or of what they are: 'the driver, who is 52'."""
    for words in range(1, ROLE_PHRASE_WORDS + 1):
        index = first - words - 2  # the role, its preposition, the phrase's words, the age
        phrase = tokens[index + 1 : first] if index >= 0 else ()
        state = " ".join(w for _, w in phrase) in _ROLE_STATES
        if state and (role := _role(tokens, index)):
            return role
    return ""


def _role(tokens: Sequence[tuple[int, str]], index: int) -> str:
    """'the driver', or with what qualifies it ('the lorry driver', the driver of 'the car's
    41-year-old driver'): two drivers of one crash are two people."""
    if not person_noun(tokens[index][1]):
        return ""
    word = tokens[index][1].lower()
    before = [w.lower() for _, w in tokens[max(0, index - ROLE_QUALIFIER_SPAN) : index]]
    qualifiers = [w for w in before if w not in _ROLE_OPENERS and not _AGE_WORD.match(w)]
    return f"{ROLE}{' '.join([*qualifiers, word])}"


def _unnamed(near: Sequence[tuple[int, str]], names: set[str]) -> bool:
    """No name close by, not even the story's own places: 'killed 60 people', not 'Guatemala,
    where 21 people died' (Guatemala may be in every report of a hurricane), and not 'nine
    other deaths elsewhere'."""
    return not names and not any(w.lower() == "elsewhere" for _, w in near)


def _above_first(text: str, quantity: Quantity) -> bool:
    """'4 500 passengers were stranded, far more than first estimated': said of this figure,
    with no other figure between."""
    rest = re.split(r"\d", text[quantity.end :], maxsplit=1)[0]
    return _ABOVE_FIRST.search(rest) is not None


def _first_estimated(text: str, quantity: Quantity) -> bool:
    """'first valued at £40,000': the estimate a later one replaced."""
    reach = max(0, quantity.start - FIRST_ESTIMATED_REACH)
    return _FIRST_ESTIMATED.search(text, reach, quantity.start) is not None


def _changed_then_from(text: str, start: int) -> bool:
    """The figure at ``start`` is the value a change just before it replaced ('rose to 1,200,
    from 950', 'is down to 35.2 per cent full, from about 38.4 per cent': a figure's text holds
    its hedge, so none stands between 'from' and ``start``)."""
    return bool(_CHANGED_THEN_FROM.search(text, max(0, start - CHANGED_REACH), start))


def _is_superseded(
    text: str, quantity: Quantity, near: Sequence[tuple[int, str]], clause: range
) -> bool:
    """Words near a figure saying a later one replaced it ('from 7,000 to about 6,100'), or
    its clause (``clause_of``) calling the count unfinished; not a vote split ('backed it
    29-14')."""
    if quantity.dimension == "split":
        return False
    if _FROM_TO.match(text, quantity.end) and text[: quantity.start].rstrip().endswith("from"):
        return True
    # (a year names whose value it was, not the value: 'up from the 2019 figure of 55')
    before = text[max(0, quantity.start - UP_FROM_REACH) : quantity.start]
    up_from = _UP_FROM.search(before) and not YEAR_WRITTEN.fullmatch(quantity.text)
    if up_from or _changed_then_from(text, quantity.start):
        return True
    if _FIRST_REPORTED.match(text, quantity.end) or _first_estimated(text, quantity):
        return True
    if _PARTIAL_COUNT.search(text, clause.start):
        return True  # 'a lead of 812 votes with two thirds of ballots counted': not the result
    said = _SUPERSEDED_WHEN if quantity.dimension in {"date", "time"} else _SUPERSEDED
    return bool(said.search(" ".join(w for _, w in near)))


def _historic(text: str, story_year: str | None) -> bool:
    """A sentence about another, earlier event: it names an older year than the story's, or a
    year with 'previous', 'worst', 'since'..."""
    years = set(YEAR_WRITTEN.findall(text))
    if not years:
        return False
    return bool(story_year and min(years) < story_year) or bool(_HISTORY.search(text))


def _is_span(text: str, quantity: Quantity) -> bool:
    """A duration that places something in time or is a rate ('two days a week'). Hours
    after an event are how long it lasted: 'flights resumed six hours after a power failure
    shut the tower' (days after it move with the day a report is written)."""
    before = text[max(0, quantity.start - 12) : quantity.start]
    after = _SPAN_AFTER.match(text, quantity.end)
    if after and after.group(0).strip().lower() == "after" and quantity.high <= HOURS_AFTER:
        return bool(_SPAN_BEFORE.search(before))
    return bool(_SPAN_BEFORE.search(before) or after)


def _is_part(text: str, quantity: Quantity) -> bool:
    """A part of another figure ('including 12 Americans', '20 of them severely'); not
    'killed 67 of them', where 'them' is everyone."""
    before = text[max(0, quantity.start - 40) : quantity.start]
    if quantity.dimension == "count" and _FIRST_OR_LAST.search(before):
        return True  # 'his first two seasons': some of them, not how many
    if _PART_BEFORE.search(before) or _ONE_OF.match(text, quantity.start):
        return True  # "one of the men": a member of a group, never the group's count
    opens = not text[: quantity.start].strip() or bool(re.search(r"[,(;]\s*$", before))
    if quantity.dimension == "count" and _added_up(text, quantity):
        return True
    if quantity.dimension == "count" and _IN_A_STRETCH.match(text, quantity.end):
        # '28 of his 68 punches thrown during the round': the round's, not all
        return not _whole_group(text, quantity)
    return bool(_PART_AFTER.match(text, quantity.end)) and opens


def _whole_group(text: str, quantity: Quantity) -> bool:
    """'Its 64 singers', 'The 46 singers', 'All 11 riders': the whole group of people a
    clause is about (``_WHOLE_GROUP_BEFORE``), not narrowed by a relative clause, a participle
    or an adverb after it (``_PEOPLE_AFTER``)."""
    if not _WHOLE_GROUP_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start]):
        return False
    noun = _PEOPLE_AFTER.match(text, quantity.end)
    if noun is None:
        return False
    word = _singular(noun.group("noun").lower())
    agent = _AGENT.match(word) is not None and word not in _NOT_AGENTS
    return person_noun(word) or agent or word in {"people", "man", "woman", "child"}


def tells_a_difference(figure: Figure) -> bool:
    """A count of how many more or fewer ('three more than were first reported'): a difference
    of two counts, compared with no total (nor with a part, so not read as one)."""
    quantity = figure.quantity
    found = _DIFFERENCE_AFTER.match(figure.sentence.text, quantity.end)
    return quantity.dimension == "count" and found is not None


def _as_role(text: str, end: int, unit_written: bool = False) -> str | None:
    """The role a count is of ('seven seasons as an assistant coach', 'two terms as mayor',
    '12 people as ministers'): a person noun or an agent noun ('player', 'director'), not 'as a
    precaution', nor 'as' opening a clause ('as water rose', 'as the other supporters left')."""
    found = _AS_ROLE.match(text, end)
    if found is None or (found.group("noun") is None) != unit_written:
        return None  # a count's noun is written after it, a length's unit is in its text
    if _OF_AFTER_ROLE.match(text, found.end()):
        return None
    offset = found.start("words")
    for index, written in enumerate(found.group("words").split()):
        offset = text.index(written, offset) + len(written)
        word = _singular(written.lower())
        if word in _NOT_ROLE_WORDS:
            return None  # 'as the other ...', 'as many ...'
        if index and _CLAUSE_VERB.fullmatch(f" {written}"):
            return None  # 'as police watched guards' (first, a modifier: 'as a retired nurse')
        if word in _ROLE_NOUNS or (
            written[0].islower() and _AGENT.match(word) and word not in _NOT_AGENTS
        ):
            return None if _CLAUSE_VERB.match(text, offset) else word
    return None


def _singular(word: str) -> str:
    """A plural role in the singular ('ministers', 'coaches', 'chairmen', 'deputies'), enough
    to look it up among the role nouns."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _added_up(text: str, quantity: Quantity) -> bool:
    """One of counts added up in one noun phrase ('one Australian and one English climber'),
    with no plural noun or frame word between them that makes each a count of its own."""
    after = _AND_A_COUNT.match(text, quantity.end)
    before = _A_COUNT_AND.search(text[max(0, quantity.start - 60) : quantity.start])
    joined = [m.group("between").split() for m in (after, before) if m is not None]
    return any(
        not any(_frame_of(word.lower()) or _PLURAL.search(word) for word in words)
        for words in joined
    )


def lemma(word: str) -> str:
    """A crude stem, enough to match 'injured' with 'injuring' and 'talks' with 'meeting'."""
    word = word.lower().strip("'’.-")
    word = _SYNONYMS.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return _SYNONYMS.get(word, word)


# A count right after a preposition of place or time ('lay dead on two farms', 'hurt in three
# crashes'): where or when those the sentence counts were, not who; no frame of its sentence
# is its own, unless the count's own noun names people ('treated in up to 30 patients'), and
# a noun that is a frame stays the count's ('ended in 12 deaths'). After 'by', the count is
# who did it ('killed by three wolves'): only a frame word after it can be its own ('injured
# by two men who were later arrested'). Hedges and determiners may stand between ('in at least
# 12 villages', 'by the two dogs'), not 'all' ('In all 130 people have fallen ill' is a total);
# not 'at' ('the toll stood at 40'), nor 'of' ('a pack of five wolves': the count itself), nor
# 'near', which is as often 'nearly' ('Near 40 people were injured').
# Nouns of people a count after a preposition may count ('confirmed in 40 people', 'found in 12
# guests'): the sentence's frame is theirs; written from the people nouns of news tolls.
_COUNTED_PEOPLE = wordset(
    "people persons patients guests passengers residents children adults men women pupils "
    "students workers visitors tourists villagers victims civilians survivors"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?P<prep>by|on|in|across|during)\s+(?:(?:about|some|around|nearly|almost|at\s+least"
    r"|more\s+than|fewer\s+than|less\s+than|up\s+to|over|the|a|an|only|just)\s+)*$",
    re.IGNORECASE,
)


# A count opening a clause of its own, after the word that joins it ('Five people were hurt
# when three dogs ran loose', 'taken to hospital after 23 vehicles collided'): what the clause
# before says happened is not said of it. Hedges and determiners may stand between ('after
# about 40 cars'); not 'as' of 'such as' or 'so as' (a list), nor the second 'as' of 'as many
# as', 'as well as' (``_AS_ADJECTIVE_AS``).
_OWN_CLAUSE_BEFORE = re.compile(
    r"(?<!\bsuch )(?<!\bso )"
    r"\b(?:when|after|as|while|since|because|before|though|although|once|until)\s+"
    r"(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than|over|up\s+to|the|a|an"
    r"|another|only|just)\s+)*$",
    re.IGNORECASE,
)

# The second 'as' of 'as many as 40', 'as well as', 'as high as 40', 'as low as 12': a hedge
# on the count or a list, not a clause of its own (review24d: 'the number of dead could be as
# high as 40' lost its frame).
_AS_ADJECTIVE_AS = re.compile(r"\bas\s+[a-z]+\s+as$", re.IGNORECASE)


def _count_frame(
    whole: _Sentence, quantity: Quantity, span: tuple[int, int], subject: re.Match[str] | None
) -> str | None:
    """The frame of a figure (dead, hurt, missing...): the one of the subject a verb links it
    to, else the nearest frame word, the sentence's verb, 'on board', or a part's; none of its
    sentence's for a place or time, only one said after it for an agent
    (``_PREPOSITION_BEFORE``), and none said before the word opening its own clause
    (``_OWN_CLAUSE_BEFORE``)."""
    tokens, text = whole.tokens, whole.sentence.text
    first, last = span
    between = _between(quantity, whole.counts)
    opening = _own_clause_opening(text, quantity)
    if opening:
        subject = subject if subject and subject.start() >= opening else None
        between = _after_opening(between, opening)
    frame = _subject_frame(subject)
    frame = frame or _frame(tokens, first, last, between)
    frame = frame or _predicate_frame(text, tokens, quantity, last)
    frame = frame or _aboard_frame(text, tokens, quantity, span=span, counts=whole.counts)
    frame = _partitive_frame(text, quantity) or frame
    if frame is None or quantity.dimension != "count":
        return frame
    start = max(0, quantity.start - PREPOSITION_REACH)
    found = _PREPOSITION_BEFORE.search(text, start, quantity.start)
    if found is None:
        return frame
    if found.group("prep").lower() != "by":
        noun = tokens[last][1].lower() if last < len(tokens) else ""
        return _frame_of(noun) or (frame if noun in _COUNTED_PEOPLE else None)
    return _frame(tokens, first, last, lambda offset: offset < quantity.start or between(offset))


def _own_clause_opening(text: str, quantity: Quantity) -> int:
    """Where the clause a count opens starts ('when' of 'when three dogs ran loose'), or 0."""
    if quantity.dimension != "count":
        return 0
    start = max(0, quantity.start - PREPOSITION_REACH)
    found = _OWN_CLAUSE_BEFORE.search(text, start, quantity.start)
    if found is None or _AS_ADJECTIVE_AS.search(text, start, found.start() + 2):
        return 0
    return found.start()


def _after_opening(between: Callable[[int], bool], opening: int) -> Callable[[int], bool]:
    """``between``, and also every offset before the word opening a count's own clause."""
    return lambda offset: offset < opening or between(offset)


def _between(quantity: Quantity, counts: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Does another count stand between the figure and a character offset, or is the offset
    that of the word right after another count?"""
    others = [span for span in counts if span != (quantity.start, quantity.end)]
    # looked up, not scanned: a run-on line of figures asks this of every word near each of its
    # figures, and a scan of the others made that cubic in the line's figures (issue 9: 1 MB of
    # figures with no full stop took 58 s in this stage)
    starts = sorted(start for start, _ in others)
    ends = frozenset(end for _, end in others)

    def past(offset: int) -> bool:
        low, high = sorted((offset, quantity.start))
        # the word right after another count is that count's: '12 dead and 30 injured'
        after = bisect.bisect_right(starts, low)
        return (after < len(starts) and starts[after] < high) or offset - 1 in ends

    return past


def _direction(change: str) -> int:
    """1 for a figure said to have risen, -1 for one lowered, 0 when the words do not say."""
    if _UP.search(change):
        return 1
    return -1 if _DOWN.search(change) else 0


def changed_frames(text: str) -> frozenset[str]:
    """The frames an article says changed, in any of its lines ('Hallin crash toll rises', 'the
    number of wounded has been revised'): its figures of them are the latest it knows."""
    frames: set[str] = set()
    for part in _CLAUSES.split(text):
        if not _CHANGE.search(part):
            continue
        words = [w.lower() for w in _WORD.findall(part)]
        frames |= {f for w in words if (f := _frame_of(w))}
        frames |= {"dead"} if "toll" in words else set()
    return frozenset(frames)


def _subject_frame(found: re.Match[str] | None) -> str | None:
    """The frame named by the subject of a sentence whose verb links it to the figure
    (``_linked_subject``): 'the death toll ... rose to 14', 'the number of wounded ... was
    revised to four'."""
    if found is None:
        return None
    if found.group("toll"):
        # 'the injured toll was lowered to 180' counts the injured; a bare toll, the dead
        before = _WORD.findall(found.string[: found.start()])[-1:]
        return next((f for w in before if (f := _frame_of(w.lower()))), "dead")
    # 'the number of wounded', 'the number of people injured'
    words = [w.lower() for w in (found.group("word"), found.group("then")) if w]
    return next((f for w in words if (f := _frame_of(w))), None)


def _subject_noun(found: re.Match[str] | None) -> str | None:
    """What a bare figure counts when the subject (``_linked_subject``) names it: 'puts the
    number of supplier jobs at risk at 900' counts jobs, 'the number of homes without power
    stood at 3,000' homes."""
    if found is None or found.group("toll"):
        return None
    word, then = found.group("word").lower(), (found.group("then") or "").lower()
    # the head of a compound is its last noun: 'supplier jobs', not 'people injured'
    head = then if then.endswith("s") and then not in _STOP and not _frame_of(then) else word
    return None if _frame_of(head) else lemma(head)


def clause_of(text: str, quantity: Quantity, marks: str = CLAUSE_MARKS) -> range:
    """The offsets of the clause a figure stands in, between the punctuation around it (of
    ``marks``: a semicolon alone gives the part of the sentence it stands in)."""
    start = _clause_start(text, quantity.start, marks)
    ends = [at for mark in marks if (at := text.find(mark, quantity.end)) >= 0]
    return range(start, min(ends, default=len(text)))


def day_of_a_change(figure: Figure) -> bool:
    """'The toll rose to three on Wednesday', 'now three dead, up from two on Tuesday': a
    weekday in a clause that tells a figure changing is the day of the change, not of the
    event."""
    text = figure.sentence.text
    clause = clause_of(text, figure.quantity)
    before = text[clause.start : figure.quantity.start]
    return bool(_CHANGE.search(before) or _FROM_BEFORE.search(before))


def _clause_start(text: str, offset: int, marks: str = CLAUSE_MARKS) -> int:
    """Where the clause holding ``offset`` starts: after the punctuation before it."""
    return max(text.rfind(mark, 0, offset) for mark in marks) + 1


def _current_subject(text: str, quantity: Quantity, found: re.Match[str] | None) -> bool:
    """'The union now puts the number of supplier jobs at risk at 900': a figure linked to
    its subject (``_linked_subject``) is called the latest by a word of that clause, however
    far before it."""
    if found is None:
        return False
    clause = text[_clause_start(text, found.start()) : quantity.start]
    return any(w.lower() in _CURRENT for w in _WORD.findall(clause))


def _linked_subject(
    text: str, quantity: Quantity, counts: Sequence[tuple[int, int]]
) -> re.Match[str] | None:
    """The last 'toll' or 'number of ...' before a figure that a verb links to it; not past
    another count ('the toll of 9 dead and 4 wounded')."""
    before = text[: quantity.start]
    if not _LINKED.search(before):
        return None
    start = max((end for s, end in counts if end <= quantity.start), default=0)
    found = None
    for match in _SUBJECT.finditer(before, start):
        found = match
    return found


# What a hospital has and counts that is no one in it: 'Four wards at Kelvin General Hospital
# were closed', 'Twelve operations at the hospital were cancelled' count wards and operations,
# not patients (a hospital story's own nouns; people counted with them keep the frame).
_HOSPITAL_THINGS = wordset(
    "ward wards bed beds operation operations appointment appointments theatre theatres clinic"
    " clinics department departments unit units ambulance ambulances hospital hospitals site"
    " sites procedure procedures"
)


def _frame(
    tokens: Sequence[tuple[int, str]], first: int, last: int, past: Callable[[int], bool]
) -> str | None:
    """The frame word nearest the figure ('174 dead, 96 missing': 96 is missing), not one past
    another count ('140 people on board, and 27 were injured': 140 is not injured); a bare
    'toll' means deaths only when no other frame word is near ('the injured toll')."""
    distance = lambda i: first - i if i < first else i - last + 0.5  # noqa: E731
    near = range(max(0, first - FRAME_WINDOW), min(len(tokens), last + FRAME_WINDOW))
    ordered = sorted(
        (i for i in near if not first <= i < last and not past(tokens[i][0])), key=distance
    )
    hospital = [
        i
        for i in ordered
        if _hospital_word(tokens[i][1])
        and not _names_a_place(tokens, i)
        and not _across_clause(tokens, i, first)
    ]
    counted = tokens[last][1].lower() if last < len(tokens) else ""
    if hospital and not _with_injuries(tokens, hospital[0]) and counted not in _HOSPITAL_THINGS:
        return "hospital"  # "eight of the injured were taken to hospital": how many are in it
    # (a frame word opening the sentence is capitalised: 'Evacuations now stand at 2,100')
    framed = [
        (i, f)
        for i in ordered
        if (tokens[i][1].islower() or i == 0) and (f := _frame_at(tokens, i))
    ]
    # a counted noun that names a frame yields to a verb naming another: 'four hostages were
    # released' counts the freed, '300 refugees were killed' the dead
    verbs = [frame for index, frame in framed if index != last]
    if framed and framed[0][0] == last and verbs:
        # ...but a participle after a count is its frame ('Ten were killed and 50 injured':
        # the verb before is the other count's), unless a verb after it says more ('12 wounded
        # were evacuated')
        later = [frame for index, frame in framed if index > last]
        if _PARTICIPLE.match(tokens[last][1].lower()):
            return later[0] if later else framed[0][1]
        return verbs[0]
    if framed:
        return framed[0][1]
    words = " ".join(tokens[i][1].lower() for i in near)
    displaced = _DISPLACED.search(words)
    if displaced and not _things_moved(displaced.group(0), counted):
        return "homeless"
    return "dead" if any(tokens[i][1] == "toll" for i in ordered) else None


def _things_moved(displacing: str, counted: str) -> bool:
    """'have taken 45 statements from people who were there', 'moved 40 cars out of the
    street': the count is the verb's object and counts things, not people made to leave (as
    '40 families were moved out', '45 were taken from their homes' are)."""
    if counted not in displacing.split() or not _plural_noun(counted):
        return False
    people = person_noun(_singular(counted)) or counted in _COUNTED_PEOPLE
    return not (people or counted in _MOVED_GROUPS or counted in _PEOPLE_BY_STATE)


def _plural_noun(word: str) -> bool:
    """A word that may be a plural noun: alphabetic, ending in -s (not -ss/-us/-is), so no
    particle nor verb of the displacing phrase ('Floods forced 200 from their homes', 'ordered
    1,500 out of their homes': the count is of people, the word after it the verb's)."""
    return word.isalpha() and s_plural(word)


def _predicate_frame(
    text: str, tokens: Sequence[tuple[int, str]], quantity: Quantity, last: int
) -> str | None:
    """A count that opens its sentence takes the frame of its verb, however long the subject:
    'At least 212 people in the market town of Varrow have fallen ill'. Up to the first
    comma or other figure only: 'Two buses, carrying 40 pupils, were hit' is no frame of 40;
    and not a place the subject may end up in: 'three men could face life in prison'."""
    if len(_WORD.findall(text[: quantity.start])) > SUBJECT_OPENING:
        return None
    clause = re.split(r"[,;:()\d]", text[quantity.end :], maxsplit=1)[0]
    end = quantity.end + len(clause)
    for index in range(last, len(tokens)):
        offset, word = tokens[index]
        if offset >= end:
            break
        # not a place it ends up in ('face life in prison'), nor an object ('visited the
        # injured', 'cared for those who fell ill')
        before = [w.lower() for _, w in tokens[max(last, index - 2) : index]]
        by = before[:1] == ["by"]  # 'struck down by the illness': the agent names the frame
        if before[-1:] and ((before[-1] in _NOT_VERB_BEFORE and not by) or "who" in before):
            continue
        if word.islower() and (frame := _frame_at(tokens, index)):
            return frame
    return None


def _outside_moved_from(
    text: str, quantity: Quantity, near: Sequence[tuple[int, str]], moved: int
) -> Sequence[tuple[int, str]]:
    """The words near a figure that gives the value it moved from later in its clause, without
    those of that 'up from ...' stretch ('the 3,800 they gave earlier' speaks of the old value)."""
    if not moved:
        return near
    end = _CLAUSES.search(text, quantity.end)
    stop = end.start() if end else len(text)
    start = _FROM_AFTER.search(text, quantity.end, stop)
    if start is None:
        return near
    # (the stretch runs to the next clause mark after the old value, or the sentence's end)
    after = STRETCH_END.search(text, start.end())
    last = after.start() if after else len(text)
    return [(at, word) for at, word in near if not start.start() <= at < last]


def _moved_from_later(text: str, quantity: Quantity, whole: _Sentence) -> int:
    """1 or -1 when the figure's clause goes on to give the value it moved from, with no other
    count between ('Six ... are still in hospital, down from fourteen'), nor a figure of its
    dimension that a clause of its own tells (``_told_apart_before``); else 0."""
    end = _CLAUSES.search(text, quantity.end)
    moved = _FROM_AFTER.search(text, quantity.end, end.start() if end else len(text))
    if moved is None or any(quantity.end <= start < moved.start() for start, _ in whole.counts):
        return 0
    if _told_apart_before(text, quantity, whole, moved):
        return 0
    return 1 if moved.group(1).lower() == "up" else -1


def _told_apart_before(
    text: str, quantity: Quantity, whole: _Sentence, moved: re.Match[str]
) -> bool:
    """Whether a figure of the same dimension stands between this one and its 'up from'
    (``moved``), in a clause with a verb of its own: in 'the repairs will cost £60,000, and the
    appeal has raised £11,500, up from £4,000' the old value is the appeal's, not the cost's. A
    restatement is no such clause ('£11,500, about €13,400', '£480, or £40 a month', '26 km, 4 km
    longer', '£20, £35 for families'), nor is a list the 'up from' answers value for value ('£40
    and premium ones are £65, up from £35 and £55')."""
    alike = [start for start, kind in whole.starts_by_dimension if kind == quantity.dimension]
    rivals = [start for start in alike if quantity.end <= start < moved.start()]
    if not any(_OWN_PREDICATE.search(text, quantity.end, at) for at in rivals):
        return False
    # (the old values run to the clause mark after 'up from', as ``_outside_moved_from`` reads)
    after = STRETCH_END.search(text, moved.end())
    stop = after.start() if after else len(text)
    return sum(moved.end() <= start < stop for start in alike) <= len(rivals)


def _partitive_frame(text: str, quantity: Quantity) -> str | None:
    """'Fourteen of the people injured in the crash remain in hospital': a part of a group
    named by one frame, counted by what its clause then says of it — the last frame word of
    the clause (the group's comes first)."""
    if not _PARTITIVE.match(text, quantity.end):
        return None
    end = _CLAUSES.search(text, quantity.end)
    stop = end.start() if end else len(text)
    # (not a relative clause of something else: '30 of the 80 wounded remained in hospital
    # after the tremor, which damaged 1,500 houses' are in hospital, not damaged)
    if relative := _RELATIVE.search(text, quantity.end, stop):
        stop = relative.start()
    words = _WORD.findall(text[quantity.end : stop])
    frames = [
        "hospital" if _hospital_word(word) else _frame_of(word)
        for word in words[PARTITIVE_WORDS:]
        if word.islower()
    ]
    # ('needed hospital treatment' is a count in hospital)
    named = [
        frame for frame in frames if frame and not (frame == "treated" and "hospital" in frames)
    ]
    # only a group named by a frame and then another ('three of the nation's dissidents to
    # jail' is read as any count is)
    return named[-1] if len(named) >= PARTITIVE_FRAMES else None


def _aboard_frame(
    text: str,
    tokens: Sequence[tuple[int, str]],
    quantity: Quantity,
    *,
    span: tuple[int, int],
    counts: Sequence[tuple[int, int]],
) -> str | None:
    """'The coach was carrying 46 people', 'with 52 on board', 'a crew of five was aboard':
    everyone a vehicle carried, the count a crash or a sinking is told by. Only when no other
    frame is read: 'killing all 229 people aboard' counts the dead. Not 'others': 'three others
    who had been aboard the liferaft', 'seven others on board' are the rest of a group another
    count names (a DUC cluster's false conflict)."""
    if (quantity.noun or "").lower().startswith("other"):
        return None
    if _EVERYONE_ABOARD.match(text, quantity.end):
        return ABOARD
    first, last = span
    if _CARRYING_BEFORE.search(text, max(0, quantity.start - CARRYING_REACH), quantity.start):
        return ABOARD
    past = _between(quantity, counts)
    near = range(max(0, first - FRAME_WINDOW), min(len(tokens), last + FRAME_WINDOW))
    for index in near:
        offset, word = tokens[index]
        # ('412 passengers and 38 crew on board': a list of counts shares its predicate)
        listed = offset > quantity.end and _LISTED.fullmatch(text, quantity.end, offset)
        if first <= index < last or (past(offset) and not listed):
            continue
        on_board = word.lower() == "board" and index and tokens[index - 1][1].lower() == "on"
        if word.lower() == "aboard" or on_board:
            return ABOARD
    return None


# Words before 'damages' that make it the money a court awards, not things harmed: 'seeking
# damages', 'claiming damages', 'paid damages' (tuning: 'At least 15 collectors are seeking
# damages' was read as 15 things damaged, and never met 'Nineteen collectors have now joined').
# The verb stays a frame: 'partial collapse damages 19 homes'; and so does harm after a bare
# preposition, which says nothing of money: 'resulted in damages to 40 homes' (so neither 'in'
# nor 'for' is here, and 'a claim for damages' stays a frame, a missed reading).
_AWARDED_DAMAGES_BEFORE = wordset(
    "seek seeks seeking sought claim claims claimed claiming pay pays paid paying award "
    "awards awarded awarding win wins won winning recover recovered sue sues sued suing "
    "punitive compensatory"
)


def _frame_at(tokens: Sequence[tuple[int, str]], index: int) -> str | None:
    """The frame the word at ``index`` names, if any: not 'damages' a court awards."""
    word = tokens[index][1].lower()
    before = tokens[index - 1][1].lower() if index else ""
    if word == "damages" and (before in _AWARDED_DAMAGES_BEFORE or _sum_in(tokens, index)):
        return None
    return _frame_of(word)


def _sum_in(tokens: Sequence[tuple[int, str]], index: int) -> bool:
    """'£4 million in damages': a sum paid in damages, where 'in' alone ('resulted in damages
    to 40 homes') says nothing of money (only a scaled sum: the words read here hold no digit)."""
    words = [w.lower() for _, w in tokens[max(0, index - 2) : index]]
    return len(words) == 2 and words[1] == "in" and words[0] in SCALE_WORDS


def _frame_of(word: str) -> str | None:
    """The frame a word names ('killed' dead, 'evacuated' homeless), if any."""
    return next((frame for frame, pattern in _FRAMES.items() if pattern.match(word)), None)


def _names_a_place(tokens: Sequence[tuple[int, str]], word: int) -> bool:
    """Does the hospital word name a street or a building by it ('Hospital Road', 'the old
    hospital building'), not a hospital anyone is in?"""
    after = tokens[word + 1][1].lower() if word + 1 < len(tokens) else ""
    return after in _HOSPITAL_PLACES


def _hospital_word(word: str) -> bool:
    return word.lower().startswith(_HOSPITAL_WORD)


def _across_clause(tokens: Sequence[tuple[int, str]], word: int, figure: int) -> bool:
    """Is a hospital word in another clause than the figure? After the figure: a clause joiner
    between them once the figure's clause has its verb ('Twelve were treated at the scene while
    four were taken to hospital'). Before it: the figure opens the joined clause ('in hospital
    as all fourteen on board were rescued'), not a noun phrase's 'after the fire'."""
    if word < figure:
        opening = figure - 1
        while opening > word and tokens[opening][1].lower() in _CLAUSE_OPENING:
            opening -= 1
        return opening > word and _joins_clause(tokens, opening)
    joiners = [k for k in range(figure + 1, word) if _joins_clause(tokens, k)]
    return bool(joiners) and any(w.lower() in _FINITE for _, w in tokens[figure + 1 : joiners[0]])


def _joins_clause(tokens: Sequence[tuple[int, str]], k: int) -> bool:
    """Is the token a word joining a clause, not the 'as' of 'as many as' or 'as of'?"""
    word = tokens[k][1].lower()
    if word not in _CLAUSE_JOINERS:
        return False
    if word != "as":
        return True
    before = tokens[k - 1][1].lower() if k > 0 else ""
    after = tokens[k + 1][1].lower() if k + 1 < len(tokens) else ""
    return before not in _PHRASE_AS_BEFORE and after not in _PHRASE_AS_AFTER


def _with_injuries(tokens: Sequence[tuple[int, str]], hospital: int) -> bool:
    """'180 people were taken to hospitals with injuries': the injured, all of them, not a
    count of those still in hospital."""
    after = " ".join(w.lower() for _, w in tokens[hospital + 1 : hospital + 1 + _INJURY_SPAN])
    return bool(_INJURIES_AFTER.match(after))


def what_measured(figure: Figure) -> str:
    """What a figure measures, as far as the context says: its frame, else its noun; and what
    was done to those counted ('hurt', 'hurt/intensive')."""
    what = figure.frame or figure.slot or figure.noun or ""
    return f"{what}/{figure.stage}" if figure.stage else what


# What was done to (or by) those a count counts, said by the verb right before it ('fined
# 6,240 drivers', 'wrongly fined about 40') or by a passive after its noun ('1,950 drivers have
# been repaid', '2,640 drivers who were wrongly fined'): a count of drivers fined and one of
# drivers repaid are two figures of one noun (fresh33 #5: one outlet's 'repaid, up from 800'
# made its 'fined 6,240' an earlier value). Past forms only: 'will refund 2,640 drivers' says
# what is to be done, and the passive after it what was.
_DONE = rf"(?:re)?(?:[a-z]{{3,}}ed|{alternation(_PARTICIPLES | IRREGULAR_PASTS)})"
_DEED_BEFORE = re.compile(
    rf"\b(?P<verb>{_DONE})\s+(?:(?:about|around|some|nearly|almost|over|another|more\s+than"
    r"|at\s+least|a\s+further|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
_ADVERB = r"(?:(?:now|already|so\s+far|since|[a-z]+ly)\s+)?"
# (not past a conjunction: 'killing 4,000 people and had set out to' is the killer's verb; at
# most two words between the count and its passive, the noun and one more: '1,950 drivers have
# been repaid', '2,640 drivers who were fined'. Set by the fresh33 cases, not tuned on the
# tuning split; a part of them may come first: '1,950 of the drivers have been repaid')
_DEED_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|these|those)\s+)?"
    r"(?:(?!(?:and|but|or|then|while)\b)[a-z-]+\s+){0,2}?(?:who\s+|that\s+)?"
    r"(?:have|has|had|were|was|are|is)\s+"
    rf"{_ADVERB}(?:been\s+)?{_ADVERB}(?P<verb>{_DONE})\b",
    re.IGNORECASE,
)
# Past forms before a count that are no deed done to it: a hedge ('an estimated 40', 'a
# reported 300') or a statement ('said 40', 'added 12'). Past forms only, so the speech
# lists of ``values`` and ``names`` (present forms, and regexes) do not serve.
_NO_DEED = wordset(
    "estimated reported confirmed expected believed said added revised recorded registered "
    "listed put stood numbered totalled totaled reached hit included"
)


# Deeds of other words than ``align``'s families of what happens to people: what is done to
# things ('12 roads were shut' / 'closed 12 roads'). Kept here, not as a family in ``align``:
# a family there also joins claims, unmeasured for 'shut'. (``align.event_families`` is
# reused, not copied, so 'detained' / 'arrested' is one deed here as in claims.)
_DEED_WORDS = {"shut": "closed"}


def _count_deed(quantity: Quantity, text: str) -> str | None:
    """What was done to or by those a count counts, as a stem ('fin' of 'fined 6,240
    drivers', 'repaid' of '1,950 drivers have been repaid'); None when its own clause says no
    such verb next to it."""
    if quantity.dimension != "count":
        return None
    clause = clause_of(text, quantity)
    before = _DEED_BEFORE.search(text, clause.start, quantity.start)
    after = _DEED_AFTER.match(text, quantity.end, clause.stop)
    for found in (before, after):
        verb = found.group("verb").lower() if found else ""
        if verb and verb not in _NO_DEED:
            # (one deed in other words: 'detained' / 'arrested', 'shut' / 'closed')
            family = sorted(event_families(verb))
            return family[0] if family else lemma(_DEED_WORDS.get(verb, verb))
    return None
