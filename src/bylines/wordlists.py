"""Word lists written as one string: easier to read and edit than a list of literals."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def wordset(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# The days of the week, Monday first (the order of date.weekday()).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(WEEKDAY_NAMES)
# The months in English, January first (not the locale's: ``calendar.month_name`` follows it).
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# A month's name in a regular expression, whole or cut to its first three letters ("jan",
# "january"), with no group and no stop after it (each pattern puts its own around it). One
# alternation for the readers of dates in ingest/ and report/; the second also takes "sept"
# (and so "sept."), which the first, for editors' notes, never did.
MONTH_PATTERN = "|".join(m[:3] + (f"(?:{m[3:]})?" if m[3:] else "") for m in MONTH_NAMES)
MONTH_OR_SEPT_PATTERN = MONTH_PATTERN.replace("sep(?:tember)?", "sept?(?:ember)?")
# The names a calendar gives days and months: no outlet's or station's name ("Sun 20 Jun").
CALENDAR_NAMES = (*WEEKDAY_NAMES, *MONTH_NAMES)

# The lower-case particles inside a person's name ("Piet van der Molen", "Maria de la Cruz",
# "Abdel bin Rashid", "Jan ter Horst"): a name runs on across them, so the person is one name of
# four words, not "van der Molen" or "Horst". One list for the readers of names (names.py,
# entities.py) and of a transcript cue's initials (ingest/lines.py); "al" and "el" are also
# written joined ("al-Sharaa"). Not English words that stand between two capitals in a
# sentence ("of", "and", "the").
NAME_PARTICLES = wordset(
    "van von de der den du da di del della la le ter ten bin bint ibn al el dos das"
)

# Nouns that name a person by role, in the singular: an age may follow them in apposition ('a
# retired teacher, 71,') and they tell which unnamed person an age is of.
PERSON_NOUNS = wordset(
    "man woman boy girl child baby teenager person pensioner retiree teacher schoolteacher "
    "student pupil driver pilot passenger mother father son daughter wife husband widow "
    "grandmother grandfather nurse doctor surgeon officer soldier policeman firefighter "
    "worker farmer fisherman miner resident victim suspect owner manager captain priest "
    "engineer cyclist pedestrian motorist climber hiker swimmer tourist patient customer "
    "employee guard mechanic crewman sailor skipper master labourer laborer shopkeeper neighbour "
    "neighbor warden keeper ranger lifeguard volunteer diver angler walker rambler jogger runner "
    "rider steward stewardess conductor caretaker cleaner paramedic carer bystander witness "
    "survivor tenant landlord landlady apprentice chef waiter waitress shepherd gamekeeper "
    # people of a show or a parish a local report names by role ('the 72-year-old grower' /
    # 'The grower, aged 76': fresh31's pumpkin and bell reports)
    "grower gardener beekeeper ringer "
    # the professions a report writes before a name as a title ('Vet Anand Ostrow said',
    # 'Owner Isolde Farraday thanked': fresh34's horse report), which ``names.OCCUPATIONS`` reads
    # from this list (but 'jockey', which opens a body's name: 'Jockey Club Estates',
    # ``names._NOT_TITLE_NOUNS``); not 'trainer' or 'groom', also a shoe and a wedding's
    "vet veterinarian jockey breeder headteacher midwife campaigner lawyer solicitor barrister "
    "scientist photographer journalist councillor goalkeeper vicar"
)
# Zero plurals: the animals and craft news counts with a plural that is the singular ('52,000
# salmon', '300 sheep', 'two aircraft'), which readers of a plural by its 's' miss ('52,000
# farmed salmon' was read as counting 'farmed': fresh26).
ZERO_PLURALS = wordset(
    "salmon sheep fish deer trout cod cattle aircraft spacecraft hovercraft livestock poultry"
    " swine bison moose"
)
# Plural nouns without an 's': the people nouns of news tolls, and the zero plurals.
PLURALS_WITHOUT_S = wordset("people men women children police staff crew") | ZERO_PLURALS
# The numbers below twenty written as words, by value ("zero" is 0), and the tens from twenty:
# one table for every reader of a spelled number (figures, clock times, quote wordings, page
# stamps, stories' terms).
NUMBER_WORDS_BELOW_20 = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Numbers written as words, the start of a spelled figure ("Fourteen", "twenty-three", "a
# dozen" reads from "dozen").
CARDINAL_WORDS = (
    frozenset(NUMBER_WORDS_BELOW_20[1:])
    | frozenset(TENS_WORDS)
    | wordset("hundred hundreds thousand thousands million millions dozen dozens")
)
# Roles compounded with '-man' or '-woman' ('the fireman, 23,'), listed: a suffix would take
# 'snowman', 'superman', 'walkman' and, capitalised, 'Amman', 'German', 'Newman'.
_ROLE_COMPOUNDS = wordset(
    "fireman firewoman policeman policewoman boatman boatwoman ferryman lifeboatman lifeboatwoman"
    " chairman chairwoman spokesman spokeswoman postman postwoman milkman dustman linesman"
    " groundsman gunman businessman businesswoman cameraman camerawoman councilman congressman"
    " congresswoman lineman deliveryman handyman doorman watchman nightwatchman signalman"
    " seaman yachtsman yachtswoman sportsman sportswoman tradesman craftsman workman foreman"
    " serviceman servicewoman airman airwoman patrolman stuntman stuntwoman salesman saleswoman"
    " clergyman clergywoman horseman horsewoman huntsman alderman barman barwoman ambulanceman"
    " lengthsman coastguardsman lobsterman trawlerman lighthouseman"
)


def s_plural(word: str) -> bool:
    """A word written as an -s plural: longer than three letters, ending in -s but not in -ss
    ('press'), -us ('bus') or -is ('crisis')."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def person_noun(word: str) -> bool:
    """A singular noun naming a person by role, as written: one of ``PERSON_NOUNS`` (any case,
    'Driver' opens a sentence) or a listed '-man' role in lower case ('the lifeboatman')."""
    return word.lower() in PERSON_NOUNS or word in _ROLE_COMPOUNDS


# English verbs whose past is not made with -ed: the present, the past, and the participle where
# it is another word again. Reading a clause's tense needs them ("after forecasters warned",
# "after the storm struck"), and so does matching one verb in two tenses ("we knew" / "they had
# known"). Verbs whose past is the present ("hit", "set") are UNCHANGED_PASTS.
_IRREGULAR_TABLE = """
        arise arose arisen, become became, begin began begun, blow blew blown,
        break broke broken, bring brought, build built, buy bought, catch caught,
        choose chose chosen, come came, dig dug, draw drew drawn, drive drove driven,
        eat ate eaten, fall fell fallen, feel felt, fight fought, find found, flee fled,
        fly flew flown, forget forgot forgotten, freeze froze frozen, get got gotten,
        give gave given, go went gone, grow grew grown, hang hung, hear heard, hold held,
        keep kept, know knew known, lead led, leave left, lend lent, lose lost, make made,
        mean meant, meet met, pay paid, ride rode ridden, ring rang rung, rise rose risen,
        run ran, say said, see saw seen, seek sought, sell sold, send sent,
        shake shook shaken, shoot shot, sing sang sung, sink sank sunk, sit sat, slide slid,
        speak spoke spoken, spend spent, spring sprang sprung, stand stood,
        steal stole stolen, strike struck, swear swore sworn, sweep swept, swim swam swum,
        take took taken, teach taught, tear tore torn, tell told, think thought,
        throw threw thrown, understand understood, wake woke woken, wear wore worn, win won,
        write wrote written
        """
IRREGULAR_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {forms[0]: tuple(forms[1:]) for forms in (e.split() for e in _IRREGULAR_TABLE.split(","))}
)
IRREGULAR_PASTS = frozenset(forms[0] for forms in IRREGULAR_VERBS.values())
# A clause's auxiliaries and modals: a part of a sentence with one of them is a clause of its
# own (``reported``), a transcript's line with none is a list, not a statement (``speakers``).
AUXILIARIES = wordset(
    "is are was were be been has have had will would can could may might must shall should did"
    " does do"
)
# The marks a quotation opens with, straight or curly, double or single, guillemets and the
# low mark ('„'): a word right after one starts a quoted passage (ingest's lines, entities).
QUOTE_OPENERS = "\"'“‘«„"
# Prepositions that open a phrase of their own: a subject never starts with one (speakers), and
# a wording that adds one and its object says the same thing of more (variants: "would not
# wait" / "would not wait for them").
PREPOSITIONS = wordset("in on at of for to with from by into over under about against after")

UNCHANGED_PASTS = wordset("hit cut set put burst shut spread cost hurt let quit cast")


def alternation(words: frozenset[str]) -> str:
    """A regular expression's alternation of ``words``, longest first (so none is cut short)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


# Nouns of kinship before a name: 'his father, Qin Qinguo' is not the Qin of the story
# (``figure_reading``), and 'her uncle Tam Orr is 61' is an age said of a person (``quantities``).
KIN = wordset(
    "father mother son daughter brother sister wife husband widow uncle aunt cousin nephew "
    "niece grandson granddaughter grandfather grandmother"
)
# The homely words of kin, for the age reading only ('her mum Ilka is 29'). Not in ``KIN``: there
# they would tag 'her mum Ilka' as a relative apart from the Ilka Brand of another outlet, and
# that outlet's '31' lost its conflict. 'partner' is in neither, as a firm has partners too
# ('Its partner Kelda Energy is 49').
HOMELY_KIN = wordset("mum mom dad gran granny grandma grandad nan twin")


# Things whose age says when they were built: 'the 136-year-old embankment' in a report of 2027
# was built in 1890 or 1891, which 'built in 1911' contradicts. Built things and vessels only:
# an age before any other noun is a person's ('the 57-year-old banker'). Also the places and
# vehicles whose capacity 'could seat 500' or 'may carry 120' says (quantities._a_capacity).
BUILT_THINGS = wordset(
    "bridge dam embankment viaduct tunnel tower building block church cathedral chapel mill "
    "factory plant mine pier lighthouse stadium station terminal hotel theatre hall school "
    "hospital prison reservoir canal pipeline reactor ship ferry vessel boat steamer trawler "
    "tanker liner yacht aircraft plane jet airliner train locomotive tram bus satellite "
    "structure car-park carpark warehouse depot barracks manor castle museum library market "
    "works terrace grandstand stand balloon airship helicopter glider"
)
