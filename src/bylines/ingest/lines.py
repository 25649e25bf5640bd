"""Lines of a page for the clean stage: paragraphs with their position, and the shape of a line.

A line is a paragraph (the sentence splitter splits paragraphs on "\\n"). A text with no newline
but double-space gaps (as scraped pages often come) is split into paragraphs at those gaps;
hard-wrapped text (short lines, blank lines between paragraphs) is joined back into one line a
paragraph. The helpers here say what a line looks like (a sentence, a link title, a quote) for the
rules in ingest/furniture.py, ingest/credits.py and ingest/stamps.py.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from bylines.wordlists import MONTH_PATTERN, NAME_PARTICLES, PERSON_NOUNS, QUOTE_OPENERS

# Paragraph gaps in a text without newlines: two or more spaces (or tabs).
PARAGRAPH_GAP_RE = re.compile(r"[ \t]{2,}")
# Spaces in disguise (no-break, thin, ideographic), read as plain spaces.
ODD_SPACE_RE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Characters that are not text at all (zero-width spaces and joiners, BOM, U+FFFD), dropped; and
# the bidirectional embeddings, overrides and isolates, which reorder how the rest of a line is
# shown (in a terminal, "14 hurt" can be made to show as "41 hurt"): the text reads the same
# without them, as the bidi algorithm orders right-to-left scripts on its own. And the soft
# hyphen (HTML's &shy;), a hint where a line may break: '4\u00ad000' showed as 4000 and was read
# as 4, and 'evac\u00aduated' matched no other outlet's 'evacuated'.
INVISIBLE_RE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\u202a-\u202e\u2066-\u2069]")
# ...but the zero-width joiner and non-joiner between two characters of the scripts that spell
# with them are kept: Arabic-script languages (Persian writes 'می‌خواهم' with one), Syriac, the
# Indic scripts (conjuncts), and emoji sequences (symbols, skin tones, the emoji selector).
# They were dropped, and the text shown joined otherwise. Elsewhere ('Pell\u200dmouth') they
# hide inside a word and are dropped.
JOINERS = frozenset("\u200c\u200d")
JOINING_RE = re.compile(r"[\u0600-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc\ufe0f]")
JOINING_CATEGORIES = frozenset({"So", "Sk"})
# A leading list marker: bullets, asterisks, dashes, followed by a space. Play marks too: a
# bulletin lists its points after them ("▶ The fault was found at 06:15."), as a page does its
# clips ("▶ Watch: the flood from the air (1:48)"); a marked line that is no sentence is
# furniture (``clean._is_furniture``), as is one that points to a clip (``is_media_caption``),
# so the clip goes and the point stays. An arrow opens a row as a bullet does ("→ The old
# record dated from 2029.", "→ Bakery owner jailed for fraud" in a list of links); inside a
# line it is none ("Kick-off → 15:00"). And the ">>" with which live subtitles open each new
# speaker's line.
BULLET_MARKS = r"•·▪●◦‣∙■□►▸▶▷→*+\-–—"
BULLET_RE = re.compile(rf"^(?:[{BULLET_MARKS}]|>>)\s+")
# A number that marks an item of a numbered list: "2. The number of homes ...", "3) Crews ...".
# Read as a marker only in a run of LIST_MIN_ITEMS lines or more numbered one after another (1,
# 2, 3): a line alone that opens with a number is a sentence's own ("2. Bundesliga clubs ...",
# "2031. The year the line opens"), and "1.5 million" has no space after its stop. Two items
# in order happen by chance in prose; three do not.
# Minutes and reports number their paragraphs within a section ("4.1 The committee noted ...",
# "4.2 Officers reported ...", "4.10 RESOLVED: ..."): the item is the number after the section's,
# and a run goes on within one section. Without the run "4.1 million people" or "2.5 The" stay
# as written, as a plain number does.
LIST_NUMBER_RE = re.compile(
    r"^(?:(?P<section>\d{1,2})\.(?P<item>\d{1,2})[.)]?|(?P<number>\d{1,2})[.)])\s+(?=\S)"
)
LIST_MIN_ITEMS = 3
# Words after a "4.1" that make it a figure, not a section's paragraph number: a multiplier
# ("2.1 million visits", "4.5 Bn"), a unit ("1.8 Metres cleared", "2.5 Km of road") or a share
# ("3.2 Per cent"), capitalised as a line's first word is. Newsroom and SI shorthand, not words
# seen in the set; a lower-case word after the number is read as a figure without the list.
SECTION_FIGURE_WORDS = frozenset(
    {"million", "billion", "trillion", "thousand", "hundred", "m", "bn", "mn", "k", "per",
     "percent", "pc", "metres", "metre", "meters", "meter", "km", "kilometres",
     "kilometers", "miles", "mile", "feet", "ft", "inches", "cm", "mm", "kg", "kilos",
     "kilograms", "grams", "tonnes", "tons", "litres", "liters", "seconds", "secs", "minutes",
     "mins", "hours", "hrs", "days", "weeks", "months", "years", "degrees", "mph", "kph",
     "points", "goals", "runs", "pounds", "dollars", "euros", "pence", "cents", "acres",
     "hectares", "x"}
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class ListNumber:
    """The number opening a list item: ``item`` alone in a plain list ("3." has no
    ``section``), or ``section``.``item`` in a document's numbered paragraphs ("4.2");
    ``zero_led`` when the item is written with a leading zero ("19.05", a clock time's)."""

    section: int | None
    item: int
    zero_led: bool


# An item whose number is part of what it says, so the run keeps every number (a run numbered
# within a section, only that item's: ``_listed_items``): a day before its month ("1. März:
# ...", "3. May: ..." in a day-first chronology), a label the number belongs to
# ("1) Wall: 2 metres high"), the number as the fact ("10. That is how many times ..."), a
# name that carries it ("1. FC Corrow"). A race's results ("1. Ana Lind (Corrow) 2:31:04") are
# no sentence and keep theirs too. When unsure the number stays: kept, it is at worst a stray
# count; taken, the fact is lost.
NUMBER_OWNED_RE = re.compile(
    rf"^(?:(?i:{MONTH_PATTERN})\b|[^\W\d_]+\.?:|(?i:that|this|these|those)(?:['’]s| is| are"
    rf"| was| were)\b|[A-Z]{{2,}}\b)"
)
# The label of a broadcast transcript's turn spoken by the outlet's own staff: "PRESENTER: The
# number taken to hospital has now risen to five.", "Correspondent: He says the money goes back
# into the railway." The words after it are the outlet's, so the label is taken off (kept, it
# stood inside claims as if the outlet had written "ANCHOR:", and a name in it was read as the
# sentence's person or speaker). Only before a whole sentence, and only when the line is no
# credit (clean.py reads that after the credit rules): a label over a name ("Correspondent: Ana
# Lind in Lower Brack.", "Reporter: Ana Lind. Edited by Ivo Rask.") is a byline even with a full
# stop. A turn of anyone else ("FAIRLIE: We will invest.", "CALLER (Derek, Ashby Road): ...",
# "CLIP — NAME, TOWER CAPTAIN: ...", "SOT (Name, fleet manager): ...") keeps its label: those are
# not the outlet's words, and without the label the outlet would be cited as saying them.
# The roles of the outlet's own staff, as a transcript labels their turns.
STAFF_ROLES = (
    "anchor", "presenter", "reporter", "correspondent", "host", "newsreader", "narrator",
    "announcer",
)  # fmt: skip
STAFF_ROLE = rf"(?i:{'|'.join(STAFF_ROLES)})s?"
# The roles that may follow a name or a beat ("PELL AMORY, CORRESPONDENT:", "WEATHER
# PRESENTER:"): not "host", which there is as often a guesthouse's, a party's or a council's
# host ("GRETA VANE, HOST:", "SECURITY HOST:", "Local host:").
STAFF_ROLE_AFTER_NAME = f"(?i:{'|'.join(role for role in STAFF_ROLES if role != 'host')})"
# The roles that may stand before the staff member's name ("REPORTER ANA LIND:"): not "host" or
# "anchor", which also open other people's labels ("HOST CITY MAYOR:", "ANCHOR TENANT ...").
STAFF_ROLE_BEFORE_NAME = (
    f"(?i:{'|'.join(role for role in STAFF_ROLES if role not in ('host', 'anchor'))})"
)
# A beat or rank before a role in a staff label ("ANA LIND, HEALTH CORRESPONDENT:", "OUR
# REPORTER:"): newsroom beats, listed, so another outlet's name ("ANA LIND, TIMES
# CORRESPONDENT:", a guest's words) is never read as the page's own staff.
STAFF_BEATS = (
    r"(?i:our|senior|chief|political|politics|health|business|economics|sport|sports|transport"
    r"|education|environment|science|crime|home|foreign|local|travel|weather|traffic|arts"
    r"|courts?|security|consumer|rural|community)"
)
# A newsroom's desk speaking as one ("TRAVEL DESK:", "News desk:"): the outlet's words, as a
# bulletin's travel or sport news read from its desk. Only with a beat: a bare "DESK:" is no
# shape a transcript prints.
STAFF_DESK = rf"(?:{STAFF_BEATS}|(?i:news))\s+(?i:desk)"
# A staff member's name in a label: two or three capitalised words, as a person's name is
# ("PELL AMORY", "Ana Lind"); one word is as often a place, four a title ("THE MAYOR OF CORROW").
LABEL_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}"
# Words that make a label's name a body's or a title, not a person's ("CORROW COUNCIL, HOST:",
# "THE PARTY HOST"): the label is then someone else's and keeps its place.
NOT_A_PERSON_WORDS = frozenset(
    {"the", "of", "and", "council", "mayor", "city", "town", "county", "borough", "club",
     "party", "company", "group", "board", "police", "office", "ministry", "department"}
)  # fmt: skip
# A stage note in brackets after the label, from an allow-list of where or how the staff member
# gives the turn ("ANCHOR (in studio):", "CORRESPONDENT (live, Dunnock pier):", "REPORTER
# (voiceover):"). Any other note may say the words are someone else's ("(interpreting for Mr
# Osei)", "(listener email)", "(voice of the keeper)", "(Channel Nine)"), so the label stays.
STAGE_NOTE = (
    r"\(\s*(?:(?i:live)(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})?"
    r"|(?i:in studio|voice-?over|vo|to camera|on location|by phone|down the line|on the line"
    r"|at the scene))\s*\)"
)
STAFF_LABEL_RE = re.compile(
    rf"^(?P<label>(?:(?P<name>{LABEL_NAME}),\s*(?:{STAFF_BEATS}\s+)?"
    rf"(?P<named_role>{STAFF_ROLE_AFTER_NAME})"
    rf"|(?P<role_first>{STAFF_ROLE_BEFORE_NAME})\s+(?P<name_after>{LABEL_NAME})"
    rf"|{STAFF_BEATS}\s+(?P<beat_role>{STAFF_ROLE_AFTER_NAME})"
    rf"|(?P<role>{STAFF_ROLE})|(?P<desk>{STAFF_DESK}))"
    rf"(?:\s*(?P<note>{STAGE_NOTE}))?)\s*:\s+(?=\S)"
)
# A name the page introduces as another outlet's journalist ("Marta Kell, transport
# correspondent for the Ormer Courier", "Ana Lind, a reporter with the Brisk Herald"): her
# labelled turns are a guest's words, not the page's own.
OTHER_OUTLET_NAME_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}),\s+(?:(?i:an?)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?i:reporter|correspondent|journalist|editor|presenter|host|anchor)\s+"
    r"(?i:with|for|of|at|from)\s+(?:(?i:the)\s+)?[A-Z]"
)
# The cues of a broadcast's running order, read by the presenter or the reporter over pictures:
# in vision, out of vision (OOV), voiceover (VO), a videotape package (VT), a presenter's link,
# cue or intro, studio. Written in capitals as a running order prints them, and read as labels
# only on a page with CUE_MIN_TURNS staff turns or more besides them ("LINK: Read the full
# report here." on a page of links, or a print page's "STUDIO:" lines, are the page's own).
CUES = frozenset(
    {"IN VISION", "OOV", "VO", "VT", "LINK", "CUE", "STUDIO", "VOICEOVER", "VOICE-OVER", "INTRO"}
)
# A script's shorthand for its own staff's turns: PRES (presenter), REP (reporter), CORR
# (correspondent), a bare DESK (the newsroom reading the bulletin), and where the reporter stands
# at a game (PITCHSIDE, COURTSIDE, RINGSIDE, TRACKSIDE). Each is a word of other pages too
# ("PRES:" may be a president's, "Desk: an oak one" a list's), so they are labels only in the
# capitals a script prints and only on a page shaped as a script (``running_order_cues``), and
# a cue may follow them ("REP VO:", the reporter in voiceover). Seen on fresh32's invented
# bulletins; the list is of newsroom shorthand, not of the strings seen there.
STAFF_SHORTHANDS = frozenset(
    {"PRES", "REP", "CORR", "DESK", "PITCHSIDE", "COURTSIDE", "RINGSIDE", "TRACKSIDE"}
)
# The shorthands that are another person's title too: an interview's "PRES:" is a president's,
# a hearing's "REP:" a representative's, a picket line's a union rep's, a print Q&A's "DESK:" an
# editor's note. Lines under these alone never make a page a script (``_is_script``): a cue after
# one ("REP VO:") or a shorthand that is no one else's title (CORR, PITCHSIDE) must be there too.
TITLE_SHORTHANDS = frozenset({"PRES", "REP", "DESK"})
# A page that names someone by what a title shorthand stands for ("the president of the port
# authority", "a union rep") reads no shorthand as staff: its "PRES:" or "REP:" may be that
# person's turn (the review of labels33: c11, c14, c30).
SHORTHAND_TITLE_RE = re.compile(
    r"\b(?i:president|rep|reps|representative|representatives|congress(?:wo)?man)\b"
)
SHORTHAND_CUES = r"(?:VO|OOV|IN VISION)"
CUE_LABEL_RE = re.compile(
    rf"^(?P<label>(?P<role>{'|'.join(sorted(CUES | STAFF_SHORTHANDS, key=len, reverse=True))})"
    rf"(?P<cue>\s+{SHORTHAND_CUES})?(?:\s*(?P<note>{STAGE_NOTE}))?)\s*:\s+(?=\S)"
)
# A running text's presenter tag: a staff member's short name in capitals and where they speak
# from ("MEL IN STUDIO:", "JAS AT THE GROUND:", "TOM OUTSIDE COURT:", "ANA ON LOCATION:"), the
# house style of a broadcaster's subtitled or teletext running text (fresh34). The words after
# it are the outlet's; kept, the tag was read as a person ("MEL") in the story. A label only
# when it opens PLACED_TAG_MIN_LINES turns of the page or more (a running text tags each line;
# a guest's one answer "ANNA REY IN STUDIO:" is no tag), and never over a role, a body or a
# crowd ("MINISTER IN STUDIO:", "POLICE AT THE SCENE:", "FANS AT THE GROUND:": those speak
# for themselves, and a role's noun there is a person noun or one of PLACED_TAG_NOT_STAFF).
PLACED_TAG_RE = re.compile(
    r"^(?P<label>(?P<tag>[A-Z]{2,}(?: [A-Z]{2,})?)\s+(?P<where>IN (?:THE )?STUDIO|ON LOCATION"
    r"|LIVE|(?:AT|ON|OUTSIDE|INSIDE|BY) THE [A-Z]{3,}(?: [A-Z]{3,})?|OUTSIDE [A-Z]{3,}))"
    r"\s*:\s+(?=\S)"
)
PLACED_TAG_MIN_LINES = 2
PLACED_TAG_NOT_STAFF = frozenset(
    {"fans", "supporters", "protesters", "crowd", "residents", "locals", "parents", "pupils",
     "staff", "workers", "witnesses", "guest", "guests", "caller", "callers", "minister",
     "chairman", "chairwoman", "chair", "mayor", "chief", "leader", "spokesman", "spokeswoman",
     "spokesperson", "manager", "coach", "president", "official", "officials", "mp", "pm",
     "family", "families", "relatives", "villagers", "neighbours", "defendant", "victim"}
)  # fmt: skip
# A tag word ending in S this long is a crowd's plural ("NEIGHBOURS", "VILLAGERS", "RELATIVES"),
# not a presenter's short name ("MEL", "JAS", "RHIAN"); a shorter one is a crowd's when its
# singular is a person noun ("COPS"). A presenter's "JAMES" (five letters) stays a tag.
PLACED_TAG_PLURAL_CHARS = 6
# A tag word of any of these names others than the outlet's staff.
_OTHERS_WORDS = PLACED_TAG_NOT_STAFF | NOT_A_PERSON_WORDS | PERSON_NOUNS
# Where a presenter speaks from and no interviewee is tagged by: a lone repeated tag is a
# presenter's only at one of these; elsewhere ("KEMP OUTSIDE COURT:") the page must repeat two
# different tags, as a running text of two presenters does.
PLACED_TAG_STUDIO_RE = re.compile(r"IN (?:THE )?STUDIO|ON LOCATION|LIVE")
# A page is shaped as a script when this many of its lines open with a staff shorthand of at
# least two kinds (a presenter's and a reporter's, a desk's and the pitchside reporter's; the
# full roles' labels not counted, so "PRESENTER:" and "PRES:" are never two kinds): a print
# page's or an interview's lines under one label ("PRES:" for a president) are not.
SCRIPT_MIN_LABEL_KINDS = 2
# A cue of this many letters or fewer may be a speaker's initials ("VO:" for the Vera Olsen the
# page puts on the line): it is no cue on a page that writes a name with those initials. Three,
# as a name with a middle name gives three initials; the longer cues are words.
MAX_INITIALS = 3
# A bare role, read before any words as it always was; a label of any other shape opens a turn
# only before a capital, a figure or a quotation, as a transcript's turns do (a label in prose,
# "Local host: the town of Dunnock welcomed ...", runs on in lower case).
BARE_ROLE_RE = re.compile(STAFF_ROLE)
# A word in lower case, as a turn's prose has (a verb at least) and a credit's place and date
# ("Varrow, 14 May 2029.") has not.
PROSE_WORD_RE = re.compile(r"\b[a-z]{2,}\b")
# Two labelled lines happen by chance (a page's "LINK:" and "CUE:" lines); three staff turns
# make a running order (the tuning split's cue pages have 9 to 11 labelled lines).
CUE_MIN_TURNS = 3
# The groups of the label patterns that hold its role or cue.
ROLE_GROUPS = ("role", "named_role", "beat_role", "role_first", "desk", "where")
# A separator glyph between the parts of a masthead or a page header ("THE ORRIN LAMP ✤✤ Sunday 3
# May 2029", "kelvale now ⁖ notes ⁖ 03.05.2029 08:15"): a run of one to three signs that are no
# letter, figure or sentence punctuation. Each house picks its own glyph (lists of the ones seen
# grew with every batch of invented outlets), so they are read by shape. Not what stands inside
# a sentence: stops, quotation marks, brackets, '&', '+', '#', '%', '@', '*', '°', currency, a
# slash or a hyphen; nor an ellipsis ("Results … 3 May 2029" is a line of the story).
SEPARATOR_GLYPHS = r"[^\w\s,.;:!?\"“”‘’'()\[\]{}<>&*#@%$£€¥+=/\\°…-]{1,3}"
# Widget checks run on lines up to this long only (widget lines are short; this also bounds the
# regex work on long paragraphs).
MAX_WIDGET_CHARS = 300
# Terminal punctuation of a sentence (before closing quotes and brackets), in the scripts that
# have stops of their own: the wide stops of Chinese and Japanese, the Devanagari danda, the
# Arabic question mark and the Urdu full stop (a Hindi paragraph beside English ones read as a
# headline, unpunctuated, and was taken out of the text).
SENTENCE_END = frozenset(".!?。！？।؟۔")
CLOSING_MARKS = "\"'”’»)]"
OPENING_MARKS = QUOTE_OPENERS
# A bullet holds a sentence when it has at least this many words and ends like a sentence.
MIN_SENTENCE_WORDS = 4
# Link titles after a "Read more" heading: at most this many lines of at most this many words
# (headlines run 6-20 words).
MAX_LINK_LINES = 10
MAX_LINK_WORDS = 25
# Hard-wrapped text (lines cut at 60-80 columns, blank lines between paragraphs) is re-joined
# when nearly all lines are at most WRAP_MAX_LINE_CHARS long and most lines that run on into the
# next one are wrapped lines: at least WRAP_MIN_LINE_CHARS long and without final punctuation.
# Wrapped prose has ~80 % such run-on lines; one-paragraph-a-line text (the example cluster,
# ECB+) has almost none, as its unpunctuated lines (headlines, link lists) are short or lone.
WRAP_MAX_LINE_CHARS = 100
WRAP_MIN_LINE_CHARS = 40
WRAP_SHORT_SHARE = 0.9
WRAP_OPEN_SHARE = 0.6
WRAP_MIN_RUN_ONS = 4


@dataclasses.dataclass(frozen=True, slots=True)
class Line:
    """A paragraph with its position in the raw text, so removals can be listed in text order."""

    pos: int
    text: str


Removed = list[tuple[int, str]]


def paragraphs(text: str) -> list[Line]:
    """Non-empty lines, whitespace normalised; double-space gaps are breaks when no newline."""
    text = INVISIBLE_RE.sub(_unless_spelling, ODD_SPACE_RE.sub(" ", text.replace("\r\n", "\n")))
    text = text.replace("\r", "\n").strip()
    raw = PARAGRAPH_GAP_RE.split(text) if "\n" not in text else _unwrap(text.split("\n"))
    lines = (" ".join(line.split()) for line in raw)
    kept = [Line(pos, line) for pos, line in enumerate(lines) if line]
    return _without_list_numbers(kept)


@dataclasses.dataclass(frozen=True, slots=True)
class StaffTurn:
    """A transcript's turn spoken by the outlet's staff: the role or cue of its label as written
    ("CORRESPONDENT", "VO") and the words after the label."""

    role: str
    words: str


def running_order_cues(texts: Sequence[str]) -> frozenset[str]:
    """The cues ("VO:", "IN VISION:") and staff shorthands ("PRES:", "DESK:") read as labels on
    a page: the cues on a page of ``CUE_MIN_TURNS`` staff turns or more besides its cues, as a
    running order has; the shorthands on a page shaped as a script (``_is_script``); never a
    cue that is the initials of a name the page writes."""
    turns = sum(staff_turn(text) is not None for text in texts)
    cues = (CUES if turns >= CUE_MIN_TURNS else frozenset()) | (
        STAFF_SHORTHANDS if _is_script(texts) else frozenset()
    )
    page = "\n".join(texts)
    named = frozenset(cue for cue in cues if not _names_initials(cue, page))
    return named | _placed_tags(texts)


def _placed_tags(texts: Sequence[str]) -> frozenset[str]:
    """The presenter tags ("MEL IN STUDIO") that open ``PLACED_TAG_MIN_LINES`` turns of the page
    or more, over no role, body, crowd or name the page writes (``PLACED_TAG_RE``): a lone
    repeated tag only where a presenter speaks from (``PLACED_TAG_STUDIO_RE``)."""
    tagged = [(match, text) for text in texts if (match := PLACED_TAG_RE.match(text)) is not None]
    if not tagged:
        return frozenset()
    # the page's words, once and only on a page with tags: a search of the whole page for each
    # tagged line made a page of many tags quadratic (8,000 tagged lines took 92 s)
    written = frozenset(word for text in texts for word in re.findall(r"[^\W\d_]+", text))
    tags: Counter[str] = Counter()
    wheres: dict[str, str] = {}
    for match, text in tagged:
        if not _tag_of_others(match.group("tag"), written) and _opens_turn(
            match, text[match.end() :]
        ):
            tags[match.group("tag")] += 1
            wheres[match.group("tag")] = match.group("label")
    repeated = {tag for tag, lines in tags.items() if lines >= PLACED_TAG_MIN_LINES}
    labels = {label for tag, label in wheres.items() if tag in repeated}
    if len(repeated) < 2:  # one interviewee's tag ("KEMP OUTSIDE COURT:") as well as a presenter's
        labels = {label for label in labels if PLACED_TAG_STUDIO_RE.search(label)}
    return frozenset(labels)


def _tag_of_others(tag: str, written: frozenset[str]) -> bool:
    """Whether a placed tag's words name a role, a body or a crowd, not a staff member, or a
    person the page writes by name ("KEMP OUTSIDE COURT:" beside "Builder Ray Kemp"; ``written``
    holds the page's words)."""
    words = {word.casefold() for word in tag.split()}
    if words & _OTHERS_WORDS:
        return True
    if any(
        word.endswith("s") and (len(word) >= PLACED_TAG_PLURAL_CHARS or word[:-1] in PERSON_NOUNS)
        for word in words
    ):
        return True
    return any(word.title() in written for word in words)


def _is_script(texts: Sequence[str]) -> bool:
    """Whether a page's shorthands ("PRES:", "REP VO:", "PITCHSIDE:") are its staff's labels:
    ``CUE_MIN_TURNS`` lines or more open with them, of ``SCRIPT_MIN_LABEL_KINDS`` kinds, one of
    them no one else's title (or with a cue after it), and the page names no one by what a
    title shorthand stands for."""
    matches = [match for text in texts if (match := _shorthand_match(text)) is not None]
    kinds = {match.group("role") for match in matches}
    if len(matches) < CUE_MIN_TURNS or len(kinds) < SCRIPT_MIN_LABEL_KINDS:
        return False
    if kinds <= TITLE_SHORTHANDS and not any(match.group("cue") for match in matches):
        return False
    words = (CUE_LABEL_RE.sub("", text) for text in texts)
    return not any(SHORTHAND_TITLE_RE.search(text) for text in words)


def _shorthand_match(text: str) -> re.Match[str] | None:
    """The staff shorthand's label that opens a turn on the line ("REP VO: The reservoir is
    low.")."""
    match = CUE_LABEL_RE.match(text)
    if match is None or match.group("role") not in STAFF_SHORTHANDS:
        return None
    return match if _opens_turn(match, text[match.end() :]) else None


def other_outlet_names(texts: Sequence[str]) -> frozenset[str]:
    """The names, case-folded, the page introduces as another outlet's journalists."""
    page = "\n".join(texts)
    return frozenset(match["name"].casefold() for match in OTHER_OUTLET_NAME_RE.finditer(page))


def _names_initials(cue: str, page: str) -> bool:
    """Whether the page writes a name whose initials the cue is ("Vera Olsen", "Valentina de
    Oliveira" or "V. Olsen" for "VO")."""
    if len(cue) > MAX_INITIALS or not cue.isalpha():
        return False
    # (the particles a name carries between its capitalised words are skipped: "Valentina de
    # Oliveira" is "VO")
    particles = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*"
    words = rf"\s+{particles}".join(rf"{letter}(?:[a-z’'-]+|[A-Z’'-]+|\.)" for letter in cue)
    return re.search(rf"\b{words}(?!\w)", page) is not None


def staff_turn(
    text: str, cues: frozenset[str] = frozenset(), others: frozenset[str] = frozenset()
) -> StaffTurn | None:
    """The staff turn of one line ("PRESENTER: The ferry will not sail.", "PELL AMORY,
    CORRESPONDENT: ...", "ANCHOR (in studio): ..."; "VO: ..." when "VO" is one of ``cues``), or
    None when the line opens with no staff label, no sentence follows it, or the label's name is
    no person's or one of ``others`` (names the page gives to another outlet)."""
    match = STAFF_LABEL_RE.match(text)
    if match is not None and not _is_own_staff(match, others):
        return None
    match = match or _cue_match(text, cues)
    if match is None or not _opens_turn(match, text[match.end() :]):
        return None
    groups = match.groupdict()
    role = next(groups[name] for name in ROLE_GROUPS if groups.get(name))
    return StaffTurn(role, text[match.end() :])


def _is_own_staff(match: re.Match[str], others: frozenset[str]) -> bool:
    """Whether a staff label's name, if it has one, is a person's and not another outlet's."""
    name = match.group("name") or match.group("name_after")
    if name is None:
        return True
    words = {word.casefold() for word in name.split()}
    return not words & NOT_A_PERSON_WORDS and name.casefold() not in others


def _opens_turn(match: re.Match[str], words: str) -> bool:
    """Whether the words after a label are a turn: a sentence, and after any label but the bare
    role one that opens with a capital, a figure or (after no name) a quotation."""
    if not is_sentence(words):
        return False
    if match.re is STAFF_LABEL_RE and BARE_ROLE_RE.fullmatch(match.group("label")):
        return True
    if not PROSE_WORD_RE.search(words):
        return False  # 'Ivo Rask, reporter: Varrow, 14 May 2029.': a credit's place and date
    named = match.re is STAFF_LABEL_RE and bool(match.group("name") or match.group("name_after"))
    if words[:1] in OPENING_MARKS:
        return not named  # 'Reporter Ana Lind: "We were held for six hours."': her words, quoted
    return words[:1].isupper() or words[:1].isdigit()  # 'Local host: the town welcomed ...': prose


def _cue_match(text: str, cues: frozenset[str]) -> re.Match[str] | None:
    if not cues:
        return None
    match = CUE_LABEL_RE.match(text)
    if match is not None and match.group("role") in cues:
        return match
    placed = PLACED_TAG_RE.match(text)  # a presenter tag the page repeats ("MEL IN STUDIO")
    return placed if placed is not None and placed.group("label") in cues else None


def _without_list_numbers(lines: list[Line]) -> list[Line]:
    """The lines with the numbers of a numbered list taken off (kept, "2." was read as a count
    of 2 and showed in the claims quoting the item)."""
    numbers = [_list_number(line.text) for line in lines]
    listed: set[int] = set()
    start = 0
    for index in range(1, len(lines) + 1):
        follows = index < len(lines) and _follows(numbers[index - 1], numbers[index])
        if not follows:
            listed.update(_listed_items(range(start, index), lines, numbers))
            start = index
    return [
        Line(line.pos, LIST_NUMBER_RE.sub("", line.text)) if index in listed else line
        for index, line in enumerate(lines)
    ]


def _listed_items(run: range, lines: list[Line], numbers: list[ListNumber | None]) -> list[int]:
    """The items of a run numbered in order that lose their numbers: every one, or none when
    one number is owned by its words ("1. März: ...", "2. Liga side ..."). A run numbered within
    a section ("4.1", "4.2") is a document's paragraphs when it starts at the section's first
    and no number in it reads as a figure or a time (``_is_figure_item``): its items lose
    theirs but one whose words would own it ("4.10 RESOLVED: that ...")."""
    if len(run) < LIST_MIN_ITEMS:
        return []
    items = [i for i in run if _is_list_item(lines[i].text)]
    first = numbers[run.start]  # a run is within one section
    if first is not None and first.section is not None:
        if first.item != 1 or any(_is_figure_item(lines[i].text, numbers[i]) for i in run):
            return []
        return items if len(items) >= LIST_MIN_ITEMS else []
    return items if len(items) == len(run) else []


def _is_list_item(text: str) -> bool:
    """Whether a numbered line reads as a sentence on its own after its number, the number owned
    by nothing in it (``NUMBER_OWNED_RE``)."""
    item = LIST_NUMBER_RE.sub("", text)
    return is_sentence(item) and NUMBER_OWNED_RE.match(item) is None


def _is_figure_item(text: str, number: ListNumber | None) -> bool:
    """Whether a line's "4.1" is a figure or a clock time, not a section's paragraph number: a
    live blog's "19.05 The meeting has begun" (an item with a leading zero), "2.1 million visits",
    "1.8 Metres cleared", "4.2 per cent" (a multiplier, a unit or a lower-case word after it)."""
    if number is None or number.zero_led:
        return True
    words = LIST_NUMBER_RE.sub("", text).split()
    first = words[0].strip(".,;:") if words else ""
    return not first[:1].isupper() or first.lower() in SECTION_FIGURE_WORDS


def _list_number(text: str) -> ListNumber | None:
    match = LIST_NUMBER_RE.match(text)
    if match is None:
        return None
    if match.group("section") is None:
        return ListNumber(None, int(match.group("number")), zero_led=False)
    item = match.group("item")
    return ListNumber(int(match.group("section")), int(item), zero_led=item.startswith("0"))


def _follows(before: ListNumber | None, after: ListNumber | None) -> bool:
    if before is None or after is None:
        return False
    return after.section == before.section and after.item == before.item + 1


def _unless_spelling(match: re.Match[str]) -> str:
    """An invisible character dropped, unless it is a joiner a script spells with."""
    text, start, end = match.string, match.start(), match.end()
    if match.group() not in JOINERS or start == 0 or end == len(text):
        return ""
    return match.group() if _joins(text[start - 1]) and _joins(text[end]) else ""


def _joins(char: str) -> bool:
    if char.isdecimal():  # not inside a figure: '١\u200d٠٠٠' would read as 1 and 0
        return False
    return bool(JOINING_RE.match(char)) or unicodedata.category(char) in JOINING_CATEGORIES


def _unwrap(raw: list[str]) -> list[str]:
    """Hard-wrapped paragraphs joined back into one line each (bullets start a new line)."""
    lines = [line.strip() for line in raw]
    if not _is_hard_wrapped(lines):
        return lines
    joined: list[str] = []
    for index, line in enumerate(lines):
        if line and index and lines[index - 1] and not BULLET_RE.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _is_hard_wrapped(lines: Sequence[str]) -> bool:
    filled = [line for line in lines if line]
    run_ons = [line for line, after in itertools.pairwise(lines) if line and after]
    if len(run_ons) < WRAP_MIN_RUN_ONS:
        return False
    short = sum(len(line) <= WRAP_MAX_LINE_CHARS for line in filled) / len(filled)
    wrapped = sum(_is_wrapped_line(line) for line in run_ons) / len(run_ons)
    return short >= WRAP_SHORT_SHARE and wrapped >= WRAP_OPEN_SHARE


def _is_wrapped_line(line: str) -> bool:
    return len(line) >= WRAP_MIN_LINE_CHARS and not ends_sentence(line)


LinePredicate = Callable[[str], bool]


def matches(pattern: re.Pattern[str]) -> LinePredicate:
    return lambda text: pattern.match(text) is not None


def is_short_match(pattern: re.Pattern[str]) -> LinePredicate:
    """A pattern checked on short lines only (banners and notes are short; stories run on)."""
    return lambda text: len(text) <= MAX_WIDGET_CHARS and pattern.match(text) is not None


def has_quote(text: str) -> bool:
    return any(mark in text for mark in '“”"')


def has_figure(text: str) -> bool:
    return any(char.isdigit() for char in text)


def ends_sentence(text: str) -> bool:
    """Whether the text ends with a stop, before closing marks ("... subdued. '" as some
    scrapers space a closing quote)."""
    return text.rstrip(CLOSING_MARKS + " ")[-1:] in SENTENCE_END


def is_sentence(text: str) -> bool:
    return len(text.split()) >= MIN_SENTENCE_WORDS and ends_sentence(text)


def is_link_title(text: str, questions: bool = False) -> bool:
    """A short line without final punctuation (questions too when ``questions``)."""
    last = text.rstrip(CLOSING_MARKS)[-1:]
    ends = ".:;," if questions else ".:;,!?"
    return 0 < len(text.split()) <= MAX_LINK_WORDS and last not in ends
