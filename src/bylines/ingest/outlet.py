"""Which outlet an article comes from, as a name a reader recognises.

Best first: the name the user gave (``source`` in JSON Lines, ``--source ID=NAME``), the page's
markup (og:site_name, JSON-LD publisher: trafilatura reads both) or the URL's host, all set by the
read stage; then the masthead, the removed line under the headline ("Dunnock Today · Harbour",
"varrow24 | News", "Varrow Live – your coast, online"; a name with no outlet word only when the
story names it again and it has a brand's shape); then what the page says in the other lines
the clean stage removed: a copyright notice ("© 2025 The Harbour Times"), a byline ("By Ann Lee,
Coastal Wire"), a dateline ("OSLO (Reuters) —"), a closing credit ("— AFP"), a "Source:" line, a
masthead ("Harbour Times · Politics", "Coastal Radio, 16 October 2025, 13:00 bulletin", "Mining
Week | Reporting by …"), the "About X:" boilerplate, a bare name line, a desk's credit ("Posted
by the X newsdesk"), a call to the reader ("Subscribe to the Gazette"), or the wire's "Reporting
by …; Editing by …" credit.
Desk words after a byline's name are dropped ("Harbour Times arts desk"); an abbreviation the page
also spells out is given in full. Only removed lines are read: "the minister told Reuters" in a
story sentence names who was told, not who wrote. The story forms read are the outlet speaking of
itself ("…, the Harbour Times understands", "X has been told", "X's reporter at the pier"), last,
which no other outlet writes; and a name the page abbreviates or shortens ("(KNS)", "the
Gazette"), written in full when the story spells it out.

When nothing names the outlet, the label is the file name when it reads as a name ("harbour-times"),
else the headline's first words, else "Source N": never a hash-like file stem.

An article whose outlet is unknown has ``source == id`` (the read stage's convention).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from bylines.ingest.credits import (
    AGENCY_MARK,
    AUTHOR_NOTE_RE,
    CREDIT_PART_START_RE,
    DATELINE_LINE_RE,
    FOR_OUTLET_RE,
    SIGN_OFF_RE,
    SPECIAL_TO_RE,
    WIRE_END_RE,
    WIRE_PRIORITY_RE,
)
from bylines.ingest.letters import read_as_letters
from bylines.types import Article
from bylines.wordlists import CALENDAR_NAMES

# Agency abbreviations written in datelines and credits, with the name readers know.
AGENCY_NAMES = {
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "afp": "AFP",
    "upi": "UPI",
    "reuters": "Reuters",
    "dpa": "dpa",
    "pa": "PA Media",
}
# Words that mark a name as an outlet's rather than a person's or a job title's.
OUTLET_WORDS = (
    r"news|press|times|post|herald|gazette|tribune|journal|daily|weekly|wire|radio|tv|television"
    r"|agency|service|network|broadcasting|chronicle|observer|telegraph|courier|express|mail"
    r"|guardian|standard|record|review|monitor|sentinel|dispatch|bulletin|reporter|media|online"
    r"|magazine|channel|today|report|globe|star|sun|mirror|independent|examiner|register|gazet"
    r"|ledger|echo|inquirer|enquirer|advertiser|argus|mercury|clarion|citizen|beacon|messenger"
    # the same words in the languages of European mastheads ("Velmar Tidende", "Der Anzeiger")
    r"|tidende|tidning|posten|bladet|avis|zeitung|anzeiger|rundschau|courant|krant|dagblad"
    r"|diario|gazzetta|corriere|noticias|nouvelles|presse|sanomat|uutiset"
    r"|economist|newswire|spectator|insider|crier"
    # a broadcaster's band ("Vale FM")
    r"|fm"
)
# A brand that joins its place to an outlet word ("DunnockOnline", "VarrowNet", "OrrinNews").
BRAND_SUFFIXES = r"Online|Net|News|TV|Live|Today|Post|Times|Radio|Media|Daily|Press|Wire|Now|24"
OUTLET_WORD_RE = re.compile(
    rf"\b(?:{OUTLET_WORDS})s?\b|(?-i:(?<=[a-z])(?:{BRAND_SUFFIXES}))\b", re.I
)
# An all-capitals abbreviation ("BBC", "NHK", "RTÉ") names an outlet on its own.
ACRONYM_RE = re.compile(r"^[A-ZÀ-Ý]{2,6}$")
# Job titles after a byline's comma are not outlets ("By Ann Lee, Senior Correspondent").
JOB_TITLE_RE = re.compile(
    r"\b(?:correspondent|reporter|writer|editor|columnist|contributor|producer|staff|analyst"
    r"|bureau chief|photographer)s?\b",
    re.I,
)
# A name: one to six words, each capitalised or a joining word ("The Bay of Islands Herald").
MAX_NAME_WORDS = 6
# The pattern reads at most one word more than a name has, so that a longer run is still seen
# (and refused by ``_outlet_name``): unbounded, an unanchored search retried the whole rest of a
# long run of capitalised words or figures from each of its words (a line of 40,000 numbers
# spent half an hour in one search; now linear).
NAME = (
    r"(?:[A-Z0-9À-Ý][\w.&'’-]*)"
    rf"(?: (?:[A-Z0-9À-Ý&][\w.&'’-]*|of|the|de|la|and|for|on)){{0,{MAX_NAME_WORDS}}}"
)
# What follows an outlet's name on a masthead but is no part of it: the copyright's year ("BPS
# 2027"), a station's frequency ("Heathline FM 104.2"), a programme's hour ("NTV News at Seven").
NAME_TAIL_RE = re.compile(
    r"\s+(?:(?:19|20)\d{2}|\d{2,3}[.,]\d{1,2}(?:\s*(?i:fm|mhz))?"
    r"|(?i:at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight"
    r"|\d{1,2}(?:[.:]\d{2})?(?:am|pm)?)))$"
)
# An agency's letters read out one by one ("BPS", "CTJ") have no vowel.
VOWEL_RE = re.compile(r"[AEIOUYaeiouy]")
# "© 2025 The Harbour Times. All rights reserved." / "Copyright (c) Coastal Wire 2025".
COPYRIGHT_NAME_RE = re.compile(
    r"^(?i:©|\(c\)|copyright|c\.(?=\s?\d{4}))\s*(?:©\s*|\(c\)\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?P<name>[^\W\d_][^.|;,©]{1,60}?)"
    r"(?:\s*\d{4})?\s*(?:[.|;,]|$)"
)
# "By Ann Lee, Coastal Wire" / "By Ann Lee and Bo Kim | Harbour Times" / "By Ann Lee for the X";
# the desk after the name, in lower case, is not part of it ("By Ann Lee, Coastal Wire arts desk").
BYLINE_OUTLET_RE = re.compile(
    r"^(?:(?i:posted|written|filed|reported|words|story|report|produced|edited) )?"
    rf"(?i:by)\b.+?(?:,|\||·|—|–| for)\s*(?:the\s+)?(?P<name>{NAME})(?: [a-z][a-z ]{{0,40}})?\s*$"
)
# A dateline's agency: "OSLO, March 2 (Reuters) -", "BEIJING (AP) —", "Dunmore, Varrow (Coast
# Wire) -". The mark after the bracket makes it a dateline: "BC-PORT-STRIKE (URGENT)" is a slug.
# The mark is a dash or any glyph a house ends its dateline with ("PELLOW, May 3 (Tarn Wire) ✣",
# "ORRIN (KNB) ⁘"): the agency in brackets after the place names the wire whatever follows.
# (a glyph only after a place in capitals, as credits' DATELINE: "Download our outlook
# (members) ⇩" is a link)
DATELINE_OUTLET_RE = re.compile(
    r"^[A-Z][\w.’' -]+(?:,[^()]{1,30})?\s*\((?P<name>[A-Za-z][A-Za-z.& ]{0,29})\)\s*(?:[—–]|--?)"
    r"|^[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}(?:,(?P<when>[^()]{1,30}))?"
    rf"\s*\((?P<agency>[A-Z][A-Za-z.& ]{{0,29}})\)\s*{AGENCY_MARK}"
)
# With a glyph, not a dash, the bracket names a wire only after a date ("PELLOW, May 3 (Tarn
# Wire) ✣"), or as letters or with an agency's word ("ORRIN (KNB) ⁘"): a page's label with a
# glyph names a section, a show or a source ("LIVE (Orrin TV) ●", "WATCH (Harbour Cam) ▶",
# "ORRIN (Tarnside Police) ⚠ Police said ...").
AGENCY_WORD_RE = re.compile(r"\b(?:wire|press|agency|newswire|news service)\b", re.I)
# A closing credit: "— AFP", "-- Reuters", "(AFP)", "Source: Xinhua".
CLOSING_OUTLET_RE = re.compile(rf"^(?:[—–]|--?)\s*(?P<name>{NAME})\.?$|^\((?P<paren>{NAME})\)$")
# A source label in any script: "Source: Xinhua", "来源：海港日报".
SOURCE_LABEL_RE = re.compile(
    r"^(?i:source|agency|wire|来源|出处|источник)\s*[:：]\s*(?P<name>[^.:;|]{2,60})\.?$"
)
# A page header of parts ("Coastline Wire Service | 14.02.2025 | Updated 16:40"): a part that
# reads as an outlet's name.
# A masthead may also use commas and dashes ("Coastal Wire, 14 May 2025 at 09:30", "Harbour Times
# — Monday 10 August 2026").
# Breadcrumbs separate parts too ("Harbour Times › News › Dunnock", "VARROW FM ▸ 8 o'clock").
# Menu and home icons part a masthead from its menu ("Dale Gazette ☰ News Sport", "grevholm.now
# ⌂ Home › Local").
# Any other run of symbols between spaces parts it as well ("HARBOURSIDE WARD NEWS ✦ run by",
# "KAE English Service ⟫ 25.06.2028", "PTK ENGLISH ◆ 11-09-2027"): a masthead's ornaments vary
# from house to house, and a name never holds a symbol standing alone.
META_PARTS_RE = re.compile(
    r"\s[|·•›»▸►⌂☰≡]\s|\s*,\s+|\s+(?:[—–]|--?)\s+|\s+[^\w\s'’&+(),.:;!?\"“”#№-]{1,3}\s+"
)
# Ornaments that open a masthead line ("≡≡ NORDBAY WIRE ≡≡ Tue 14 Mar").
LEADING_ORNAMENT_RE = re.compile(r"^[^\w\s'’\"“”(]{1,4}\s+")
# Page badges in capitals are not outlets ("LIVE · Updated 10:30"), nor weekdays ("Sun, 17 Jan").
NOT_OUTLETS = frozenset(
    {"live", "breaking", "video", "watch", "listen", "updated", "new", "home", "breaking news"}
    | {"live updates", "latest news", "top stories", "news", "opinion", "analysis"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# The links of a site's menu ("Home | Our story | Buy shares | FAQ | Contact us"): a menu item is
# never an outlet (fresh35: a community society's page was read as "FAQ", the letters of a
# link). The pages a site's menu links to, from the menus of the t- events and of invented
# sites; a news section ("News", "Sport") is no outlet either (NOT_OUTLETS, SECTION_NAME_RE).
MENU_ITEM_RE = re.compile(
    r"^(?:home(?: ?page)?|faqs?|(?:contact|about|join|support|find|meet) us|contact|about|help"
    r"|donate|shop|store|events|jobs|careers|privacy(?: policy)?|terms(?: of use)?|sitemap"
    r"|log ?in|sign ?in|sign up|subscribe|search|menu|get involved|volunteer|membership"
    r"|our (?:story|team|work|history|mission|people|services|impact)|buy (?:shares|tickets))$",
    re.I,
)
# What kind of document the page is, printed on its masthead beside the outlet's name ("VALE FM ·
# AS BROADCAST · 13:00", "COUNCIL NEWSROOM · PRESS RELEASE", "SCRIPT AS RECORDED"): never the
# outlet. Only the whole part is read so ("The Transcript", "Press Release Weekly" are names);
# two kinds may stand together ("AS-BROADCAST SCRIPT"). From the mastheads of broadcasters'
# scripts and public bodies' releases; the statement and release kinds as such pages head them.
DOCUMENT_KINDS = (
    r"as[- ]broadcast|as[- ]recorded|as[- ]aired|as[- ]delivered|script|transcript"
    r"|running order|(?:press|news|media) (?:release|statement|notice|advisory)|statement"
    r"|for immediate (?:release|use)|embargoed"
)
DOCUMENT_KIND_RE = re.compile(rf"^(?:{DOCUMENT_KINDS})(?:[ -](?:{DOCUMENT_KINDS}))?$", re.I)
# A section or a programme of a page, not an outlet: "World News", "Evening News", "Local".
SECTION_NAME_RE = re.compile(
    r"^(?:world|local|national|international|regional|business|sports?|politics|money|weather"
    r"|travel|science|tech|health|culture|latest|top|evening|morning|lunchtime|midday|late|main)"
    r"(?: (?:news|report|bulletin|update|headlines|stories))?$",
    re.I,
)
# A desk or team is part of an outlet, not its name ("Kestrel Science Desk", "Varrow Newsroom").
DESK_NAME_RE = re.compile(r"\b(?:desk|newsdesk|newsroom|team|staff|bureau)$", re.I)
# A masthead under the headline ("Dunnock Today · Local · Harbour", "varrow24 | News",
# "Varrow Live – your coast, online"): its first part is the outlet's name. Without an outlet
# word, the name must be named again in the story and have the shape of a brand: two words or
# more, joined words ("VarrowLive"), or a lower-case name with a figure or a domain ("varrow24",
# "dunnock.news"); one plain word is as often a place or a section ("Dunnock · Harbour").
MASTHEAD_PARTS_RE = META_PARTS_RE
BRAND_RE = re.compile(
    r"^(?:[a-z][\w-]*(?:\d[\w-]*|\.[a-z]{2,})|[A-Z][a-z]+(?:[A-Z][a-z]+)+|\S+(?: \S+)+)$"
)
# A brand written as one word with capitals inside ("VarrowLive", "KelpWire").
JOINED_BRAND_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
# A credit of the outlet's own desk or staff: "Posted by the Varrow Radio newsdesk", "Dunnock —
# from the Gazette's court correspondent", "translated ... by the Herald desk".
DESK_CREDIT_RE = re.compile(
    rf"\b(?i:by|from) the (?P<name>{NAME})(?:['’]s)? (?:[a-z]+ )?"
    r"(?i:desk|newsdesk|newsroom|team|correspondent|reporter|editor|staff)\b"
)
# A call to the reader names the outlet it asks them to buy or support: "Subscribe to the
# Gazette from 1 crown a week", "Enjoying the Courier? Sign up ...", "Support the Varrow Post".
READER_CALL_RE = re.compile(
    rf"^(?i:subscribe to|enjoying|enjoy|support|love reading|like reading) the (?P<name>{NAME})"
    r"(?=[?!.,:]|\s+(?i:from|for|today|now|and|with)\b|\s*$)"
)
# Any other call to the reader names the outlet it sends them to: "Follow the Dunnock Gazette on
# Facebook", "Download the Orrin News app", "Listen to Varrow Radio on DAB", "Sign up for the
# Pellow Post's newsletter", "Got a story? Email the Gazette newsdesk". The line opens with the
# call (after a question to the reader, perhaps); the name must carry an outlet word.
CALL_VERB_RE = re.compile(
    r"^(?:[^“”\"?]{0,80}\?\s*)?(?i:follow|like|find|join|listen to|listen live to|watch|tune in"
    r" to|download|get|install|sign up (?:for|to)|subscribe to|register (?:for|with)|support|email"
    r"|e-mail|contact|write to|text|call|message|tell|send|read|visit|donate to|enjoying"
    # a call as a label: "Listen again: Varrow Radio Evening News", "Catch up on ..."
    r"|listen again|listen back|watch again|catch up (?:on|with)|hear more)\b"
)
APPOSITIVE_RE = re.compile(r",? (?:our|your|the|a|an|its) ")
CALLED_NAME_RE = re.compile(rf"(?:\b(?i:the) )?(?P<name>{NAME})(?:['’]s)?")
# A note on the reporter at the foot names the outlet: "Ana Lind is the Dunnock Herald's
# transport editor", "Ivo Rask covers shipping for the Varrow Daily", "The Dunnock Herald is part
# of Varrow Media Group" (the subject).
NOTE_OUTLET_RE = re.compile(
    rf"\b(?:the )?(?P<owner>{NAME})['’]s (?:[\w-]+ ){{0,3}}(?i:correspondent|editor|reporter|writer"
    r"|columnist|journalist|producer|photographer|presenter)"
    rf"|\b(?:for|at|with|joined) (?:the )?(?P<employer>{NAME})"
    r"(?=[.,;]|\s+(?:since|in|from|as|and)\b|$)"
)
# The outlet describing itself: "The Dunnock Herald is funded by its readers", "Varrow Radio is
# an official media partner of the games".
COMPANY_OUTLET_RE = re.compile(
    rf"^(?:[Tt]he )?(?P<name>{NAME}) (?:is|are) (?:part of|a member of|owned by|published by"
    r"|a (?:division|subsidiary|brand|trading name) of|(?:funded|supported|paid for) by"
    r"|(?:an?|the) (?:official )?(?:media |broadcast |news )?partners? (?:of|for|to))\b"
)
MEDIA_SELF_RE = re.compile(
    r" (?:is|are) (?:funded by (?:its|our) readers|(?:an?|the) (?:official )?media partner)\b"
)
# The story naming its own newsroom as who was told: "..., the captain told the Dunnock Gazette",
# "Speaking to Varrow Radio, ...", "In an interview with the Orrin Courier, ...". Another outlet
# is named so too when its interview is quoted, so this is read last, only when one name is named
# so, never otherwise (not "reported by", "according to") and never described ("the Orrin
# Courier, a local paper", "the Orrin Courier newspaper": a page does not introduce itself).
OUTLET_KINDS = (
    r"newspaper|paper|tabloid|broadsheet|magazine|website|site|broadcaster|station|channel|outlet"
    r"|daily|weekly|agency|programme|program|show|network|podcast"
)
TOLD_OUTLET_RE = re.compile(
    r"\b(?i:told|telling|speaking to|spoke to|talking to|talked to|in an interview with|said in an"
    r" interview with|confirmed to|explained to|wrote to|said to|released to|given to|provided to"
    r"|supplied to|sent to|leaked to)"
    rf" (?:the )?(?P<name>{NAME})(?P<after>,? (?:a|an|the) (?:[\w-]+ ){{0,3}}(?:{OUTLET_KINDS})\b"
    rf"| (?:{OUTLET_KINDS})\b|, which\b)?"
    # the newsroom's own reporter at work: "Dunnock Gazette reporter Ana Lind was at the pier"
    rf"|(?:\b[Tt]he )?(?<![\w’'])(?P<staff>{NAME})"
    r" (?:reporter|correspondent|journalist|photographer|crew|team)s? [A-Z][\w’'-]+ [A-Z][\w’'-]+"
    r" (?:was|were|is|are|saw|watched|visited|spent|went|found|asked|met|joined)\b"
)
# A stop before a capitalised word ends the sentence a told outlet's name stands in ("telling
# The Sunday Times. He said", "told CNN. She"), unless it ends an initial or an abbreviation
# that names go on after ("U.S. News", "Fox Corp. News").
_STOP_THEN_CAPITAL = re.compile(r"\. (?=[A-Z])")
_NAME_ABBREVIATIONS = frozenset({"inc", "co", "corp", "ltd", "st", "jr", "bros", "mt", "dr"})
OTHER_ROLE_RE = r"(?:reported by|according to|cited by|published by|quoted by|first reported|in) "
# A logo's letters before the name they stand for: "VRT Varrow Radio" is Varrow Radio.
LOGO_RE = re.compile(r"^(?P<logo>[A-Z]{2,5}) (?P<name>[A-Z].+)$")
# Words that open a credit or a link line, never an outlet's name.
NOT_NAME_STARTS = frozenset(
    {"with", "from", "by", "and", "for", "via", "more", "most", "see", "read"}
    | {"published", "updated", "posted", "filed", "modified"}
)
# A staff byline names a person after the comma, not the outlet: "By our harbour reporter, Ana
# Lind".
STAFF_BYLINE_RE = re.compile(r"^(?i:by|from) (?i:our|a|an) ")
# The press-release boilerplate "About NBW: NBW distributes company news to 40 markets." names the
# sender, which is the outlet of a release.
ABOUT_RE = re.compile(rf"^(?i:about)\s+(?:the\s+)?(?P<name>{NAME})\s*:\s")
# The outlet speaking of itself in the story: "..., the Harbour Courier understands." / "the
# Lowland Post has learned". Unlike "told Reuters" (who was told), only the outlet writes this.
SELF_REFERENCE_RE = re.compile(
    rf"\b(?:[Tt]he )?(?P<name>{NAME}) (?:understands|has learned|has learnt|has established"
    r"|has been told|was told|can (?:confirm|reveal)|has seen|has obtained)\b"
    # "Varrow Radio's reporter at the pier, ...": the outlet's own reporter
    rf"|\b(?:[Tt]he )?(?P<owner>{NAME})['’]s (?:own )?(?:reporter|correspondent)\b"
)
# The page telling the reader where they are: "You're reading The Dunnock Letter, a weekly ...".
READING_NAME_RE = re.compile(
    rf"\b(?i:you['’]re|you are) reading (?P<name>(?:[Tt]he )?{NAME})(?=,|\.|\s[—–-]|$)"
)
# A web name's address ending ("DunnockLocal.tv") and the humps of a joined name.
# A site's address as its masthead: lower case, a dot and a suffix of letters ("varrow.now").
DOMAIN_NAME_RE = re.compile(
    r"^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
    r"(?!(?:html?|php|aspx?|jpe?g|png|gif|pdf|email|more|txt)$)[a-z]{2,6}$"
)
WEB_SUFFIX_RE = re.compile(r"\.(?:[a-z]{2,6})(?:\.[a-z]{2})?$")
CAMEL_PART_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# A part of a masthead that holds a clock time or a year.
STAMP_PART_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b")
MIN_STAMPED_NAME_WORDS = 2
# Words a site's address is split into ("quillhavencrier" = Quillhaven + Crier): written with a
# capital on the page, three letters at least, so that no split is found by chance in short words.
CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][a-z]+\b")
MIN_DOMAIN_WORD_LETTERS = 3
MIN_DOMAIN_WORDS = 2  # one word is a place the address is named after ("lisvik.news")
JOINING_WORDS = frozenset({"and", "of", "the", "on", "in", "at", "for"})
CREDIT_PART_RE = re.compile(r"^(?:additional )?reporting by\b", re.I)
# The Reuters house credit "(Reporting by A; Editing by B)": only Reuters signs copy this way.
REUTERS_CREDIT_RE = re.compile(
    r"^\(?reporting by\b[^;]+;\s*(?:additional )?\w* ?(?:editing|writing) by", re.I
)

# A line that reads as a call or a credit, not a name: a verb before "the" ("Follow the Dunnock
# Gazette on Facebook"), a person "for the" outlet ("Ivo Rask for the Dunnock Herald").
CALL_SHAPE_RE = re.compile(r"^(?!The\b)[A-Z][a-z]+ (?:the|our|us|your)\b| for the ")
# A file stem used as a label must read as a name: letters, spaces, dots, dashes, underscores,
# no digits (hash-like stems "000_b099b2140a72a895" and numbered ones "pasted-1" are not names).
READABLE_STEM_RE = re.compile(r"^[^\W\d_][^\W\d]*(?:[ ._-][^\W\d_]+)*$")
GENERIC_STEMS = frozenset({"stdin", "article", "story", "index", "page", "text", "input", "news"})
# A headline label keeps this many words (enough to tell two stories apart, short in a list).
LABEL_WORDS = 4


def find_outlet(
    article: Article, removed: Sequence[str], masthead: str | None = None, story: str = ""
) -> str:
    """The article's outlet: as given, else named by a removed line, else its id.

    ``masthead`` is the removed line right under the headline and ``story`` the cleaned text,
    where an outlet names itself (its name in full, as it writes it).
    """
    if article.source != article.id:
        return article.source
    story = story or article.text
    names = [name for read in _READERS for line in removed if (name := read(line))]
    top = _masthead(masthead, story) if masthead else None
    if top:
        names.insert(1 if names and _is_dateline_agency(names[0], removed) else 0, top)
    if not names:
        return _self_reference(article.text) or _told_outlet(story) or article.source
    name = _spelled_out(names[0], names, story)
    if ACRONYM_RE.match(name):
        # the letters of a wire the story names in full as itself ("(CVP)" / "Corvey Press
        # Service was told")
        itself = _self_reference(article.text)
        name = itself if itself and _letters_in_order(name, itself) else name
    name = _spaced_as_in_story(_as_written(name, story), story)
    return _domain_in_words(name, article.text)


# A wire's letters stand for the name its story gives itself only when that name has this many
# words or more: one word ("Corvey told ...") is as often a place. Set by hand from the invented
# wires of tests/test_outlet_dateline_marks.py ("CVP" / "Corvey Press Service").
MIN_SELF_NAME_WORDS = 2


def _letters_in_order(short: str, name: str) -> bool:
    """Whether the letters are the name's first letter and others of it in order ("CVP",
    Corvey Press Service), the name two words or more (a self-reference is the outlet's own
    name, so the letters need not be its initials)."""
    if not name or short[0] != name[0]:
        return False
    rest = iter(name.upper())
    return all(letter in rest for letter in short) and len(name.split()) >= MIN_SELF_NAME_WORDS


def _is_dateline_agency(name: str, removed: Sequence[str]) -> bool:
    """A wire's dateline names the agency before its masthead does ("KPS NEWS SERVICE --")."""
    return any(_dateline(line) == name for line in removed)


def _spelled_out(name: str, names: Sequence[str], story: str) -> str:
    """An abbreviation the page also spells out ("(KNS)" in the dateline, "Kestrian News
    Service" at the foot or in the story) is given in full, as readers know the outlet by it;
    so is a one-word name the story gives longer ("the Gazette" / "the Varrow Gazette")."""
    if name in AGENCY_NAMES.values():
        return name  # "Reuters", "AFP": known as they are
    if len(name.split()) == 1 and not ACRONYM_RE.match(name):
        return _longer_in(name, story) or name
    # the letters may lead an edition's name set in capitals: "CTJ PRO", "KNS PLUS" (not "BBC
    # NEWS", whose outlet word says the name is whole, nor "THE ...", "NEW ...": words)
    first, _, rest = name.partition(" ")
    edition = name.isupper() and rest and not OUTLET_WORD_RE.search(rest) and _letters(first)
    short = first if edition else name
    if not ACRONYM_RE.match(short) or short.lower() in AGENCY_NAMES:
        return name
    written = (_outlet_name(re.sub(r"^The ", "", m.group())) for m in re.finditer(NAME, story))
    in_story = [other for other in written if other and OUTLET_WORD_RE.search(other)]
    for other in [*names, *in_story]:
        if other != name and _abbreviates(short, other):
            return other
    return name


def _abbreviates(short: str, name: str) -> bool:
    """Whether the letters stand for the name: its initials ("KNS", Kestrian News Service), or
    letters taken in order from its words, each word giving its initial first ("ELN", Eurolink
    Newswire; "VTV", VarrowTele Vision)."""
    words = [word for word in name.split() if word[:1].isupper()]
    if "".join(word[0] for word in words) == short:
        return True
    return len(words) >= MIN_STAMPED_NAME_WORDS and _letters_from(short, words)


def _letters_from(short: str, words: Sequence[str]) -> bool:
    """Every word starts a run of the letters, the rest of each run found in that word in order."""
    if not words:
        return not short
    if not short or short[0] != words[0][0]:
        return False
    rest = words[0][1:].upper()
    for taken in range(len(short)):  # how many more letters this word gives
        if taken and (not rest or short[taken] not in rest):
            return False
        if taken:
            rest = rest[rest.index(short[taken]) + 1 :]
        if _letters_from(short[taken + 1 :], words[1:]):
            return True
    return False


def _longer_in(name: str, story: str) -> str | None:
    """ "Gazette" written longer in the story: "The Varrow Gazette first reported ..."; or a
    wire's one word with its outlet word after it, as the story names its newsroom ("(Tarnlow)" /
    "Tarnlow Wire understands"; not "Tarnlow Hill", a place, nor "a cameraman for Tarnlow
    Radio")."""
    match = re.search(rf"\b(?:[A-Z][\w'’-]+ ){{1,4}}{re.escape(name)}\b", story)
    if match:
        return re.sub(r"^The ", "", match.group())
    for after in re.finditer(rf"\b{re.escape(name)}(?: [A-Z][\w'’-]+){{1,3}}\b", story):
        # (as the story's newsroom only: "a cameraman for Tarnlow Radio" names another outlet)
        longer = after.group()
        if OUTLET_WORD_RE.fullmatch(longer.rsplit(" ", 1)[1]) and newsroom_named(longer, story):
            return longer
    return None


def _as_written(name: str, story: str) -> str:
    """A name set in capitals on the masthead ("THE VARROW STANDARD") as the story writes it."""
    if not name.isupper() or ACRONYM_RE.match(name):
        return name
    match = re.search(re.escape(name), story, flags=re.I)
    written = match.group() if match and not match.group().isupper() else _title_case(name)
    return written[:1].upper() + written[1:]


def _title_case(name: str) -> str:
    """ "HEATHLINE FM" as "Heathline FM", "ITV NEWS" as "ITV News": letters read out stay."""
    return " ".join(word if read_as_letters(word) else _title_word(word) for word in name.split())


# A letter after an apostrophe is a capital only after a name's one-letter prefix ("O'NEILL" as
# "O'Neill", "D'ARCY" as "D'Arcy"); after two letters or more it ends a possessive or a
# contraction ("ST ALDRIC'S" as "Aldric's", "GROWER'S" as "Grower's", "O'NEILL'S" as
# "O'Neill's"), which str.title() would set as "Aldric'S".
AFTER_APOSTROPHE_RE = re.compile(r"(?<=\w\w['’])\w")


def _title_word(word: str) -> str:
    """One word in title case, a letter after an apostrophe as the apostrophe reads."""
    return AFTER_APOSTROPHE_RE.sub(lambda letter: letter.group().lower(), word.title())


def _spaced_as_in_story(name: str, story: str) -> str:
    """A joined web name ("DunnockLocal.tv") as the story writes its words ("Readers told Dunnock
    Local ..."); as it is when the story never spells it so."""
    core = WEB_SUFFIX_RE.sub("", name)
    words = CAMEL_PART_RE.findall(core)
    if len(words) < MIN_STAMPED_NAME_WORDS:
        return name  # "lisvik.news" is not the place "Lisvik" the story names
    spaced = re.search(r"\b" + r"\s".join(re.escape(word) for word in words) + r"\b", story, re.I)
    return spaced.group() if spaced and spaced.group()[:1].isupper() else name


def _domain_in_words(name: str, page: str) -> str:
    """A site's address joined from words the page writes with capitals ("quillhavencrier.net":
    the place Quillhaven and "the Crier" of the headline) as readers call the outlet, when its
    last word is an outlet word; otherwise the address as it is ("tolmar.now")."""
    if not DOMAIN_NAME_RE.match(name):
        return name
    core = WEB_SUFFIX_RE.sub("", name)
    written = {
        word.lower(): word
        for word in CAPITALISED_WORD_RE.findall(page)
        if word.lower() not in JOINING_WORDS  # a sentence's "And": "expressandstar.com"
    }
    words = _joined_from(core, written)
    if len(words) < MIN_DOMAIN_WORDS or not OUTLET_WORD_RE.fullmatch(words[-1]):
        return name
    return " ".join(words)


def _joined_from(core: str, written: dict[str, str]) -> list[str]:
    """The fewest words of ``written`` (lower case to as written) that join to ``core``, or []."""
    splits: dict[int, list[str]] = {0: []}
    for end in range(MIN_DOMAIN_WORD_LETTERS, len(core) + 1):
        for start in range(end - MIN_DOMAIN_WORD_LETTERS + 1):
            word = written.get(core[start:end])
            if (
                start in splits
                and word
                and (end not in splits or len(splits[start]) + 1 < len(splits[end]))
            ):
                splits[end] = [*splits[start], word]
    return splits.get(len(core), [])


def _masthead(line: str, story: str) -> str | None:
    """The first part of the line under the headline ("Dunnock Today · Harbour", "varrow24 |
    News"), when it reads as an outlet's name: an outlet word, or named again in the story."""
    parts = [part.strip() for part in MASTHEAD_PARTS_RE.split(LEADING_ORNAMENT_RE.sub("", line))]
    # "DUNNOCK, Varrow (Coast Wire) -" names a place first; "By ..." is a credit
    if DATELINE_LINE_RE.match(line) or any(CREDIT_PART_START_RE.match(part) for part in parts):
        return None
    # the page's kind may lead ("TRANSCRIPT · Varrow FM · 08:00"): the name is the next part
    kinds = [part for part in parts if DOCUMENT_KIND_RE.match(part)]
    parts = [part for part in _before_menu(parts) if not DOCUMENT_KIND_RE.match(part)] or [""]
    first = _without_logo(without_abbreviation(parts[0]))
    if kinds and (issuer := _issuer(first, story)):
        return issuer
    if first.casefold() in NOT_OUTLETS or DESK_NAME_RE.search(first):
        return None
    if is_outlet_name(first) and OUTLET_WORD_RE.search(first):
        return _outlet_name(first)
    if DOMAIN_NAME_RE.match(first):
        return first  # 'grevholm.now ⌂ Home': a site's address is its name, as it writes it
    return _brand(first, story)


# A release's issuer is named by this many words or more: one word beside "PRESS RELEASE" is as
# often the place or the subject of the release ("WENDLE — PRESS RELEASE").
MIN_ISSUER_WORDS = 2
# What follows the issuer's name where the story names it as the one who speaks: a verb of
# saying or announcing, or a statement's opening feeling ("Fellhaven Mountain Rescue Team is
# pleased to report", "Orrin County Council has confirmed", "Wendle Police said", "... is sorry
# to learn"). A thing's or a place's verbs ("Port Orrin is open again", "Wendle Bridge will
# close", "Port Orrin's harbour") name the release's subject.
ISSUER_AFTER = (
    r",?\s+(?:(?:has|have|had)\s+)?(?:said|says|announced|announces|confirmed|confirms"
    r"|welcomed|welcomes|thanked|thanks)\b|\s+(?:is|are|was|were)\s+(?:pleased|delighted"
    r"|proud|saddened|sorry|disappointed|grateful)\b"
)
# Words that make a name a body that issues releases (the last or any word: "Orrin Harbour
# Board", "Wendle Police", "Fellhaven Mountain Rescue Team"), from the releases of the t-
# events and invented ones: "MIA DORN — STATEMENT" (a person), "ELLERBY MUSIC FESTIVAL" or
# "ORRIN HARBOUR" (an event, a place) name none.
ISSUER_WORD_RE = re.compile(
    r"\b(?:team|council|police|constabulary|board|trust|society|service|authority|club"
    r"|association|company|charity|group|agency|department|ministry|office|committee"
    r"|commission|federation|union|foundation|partnership|network|institute|hospital|school"
    r"|college|university|brigade|rescue|lifeboats?|ltd|plc|inc)\b",
    re.I,
)


def _issuer(first: str, story: str) -> str | None:
    """The body that issues a release or a statement, named on its header beside the document's
    kind ("FELLHAVEN MOUNTAIN RESCUE TEAM — PRESS RELEASE — ..."), when its name holds a body's
    word and the story names it again, in capitals word by word, as the one who speaks
    ("Fellhaven Mountain Rescue Team is pleased to report"): the issuer is the outlet of its own
    release, a team or a council as much as a newsroom (the desk words that keep "Varrow
    Newsroom" off a newspaper's masthead do not apply)."""
    if len(first.split()) < MIN_ISSUER_WORDS or not ISSUER_WORD_RE.search(first):
        return None
    if not is_outlet_name(first.title()):
        return None
    again = rf"(?<![\w.]){re.escape(first)}(?![\w-])(?={ISSUER_AFTER})"
    for match in re.finditer(again, story, re.I):
        words = [word for word in match.group().split() if word.lower() not in JOINING_WORDS]
        if all(word[:1].isupper() for word in words) and not match.group().isupper():
            return match.group()
    return None


def _brand(first: str, story: str) -> str | None:
    """A masthead's name with no outlet word, as the story names it: again, as its newsroom, or
    with the capitals of a joined brand a lower-case logo leaves out."""
    if first.islower() and (joined := _joined_brand(first.split(maxsplit=1)[0], story)):
        return joined
    brand = (is_outlet_name(first) or first.islower()) and BRAND_RE.match(first)
    # (a name set in capitals, 'SITE & STRUCTURE', only as the story names its newsroom)
    again = rf"(?<![\w.]){re.escape(first)}(?![\w-])"
    named = brand and (newsroom_named(first, story) if first.isupper() else re.search(again, story))
    # one plain word is a brand too when the story names it as its newsroom ("QUILLBOX ✣ Trade
    # news" / "Quillbox understands", "told Quillbox"): a place or a section is named in a
    # story, but not as who was told or who has learned
    newsroom = is_outlet_name(first) and newsroom_named(first, story)
    return _outlet_name(first) if named or newsroom else None


def _joined_brand(word: str, story: str) -> str | None:
    """A lower-case masthead's first word ("kelpwire", "kelpwire harbour ✣ ...") as the story
    writes it, when that is one word with capitals inside ("KelpWire's webcam"): a logo set in
    lower case and the brand's own spelling. A plain capitalised word ("Harbour") may be a
    place the masthead names, so it is not taken."""
    for match in re.finditer(rf"(?<![\w.]){re.escape(word)}(?![\w-])", story, re.I):
        if JOINED_BRAND_RE.fullmatch(match.group()):
            return match.group()
    return None


# How a story names its own newsroom: who was told or shown ("told X", "seen by X"), who has
# learned ("X understands"), whose reporter.
NEWSROOM_BEFORE = r"told|seen by|obtained by|shown to|spoke to|speaking to|said to|wrote to"
NEWSROOM_AFTER = (
    r"understands|has learned|has learnt|has seen|has been told|was told|has obtained|can reveal"
    r"|can confirm|['’]s reporter|['’]s correspondent"
)


def newsroom_named(name: str, story: str) -> bool:
    """Does the story name ``name`` as its newsroom ("told The Lantern", "The Lantern
    understands")? A place or a section's label is named in a story too, but not as who was told
    or who has learned. A masthead set in capitals ('SITE & STRUCTURE', 'THE GALLERY LETTER') is
    found in the story's own case, in capitalised words ('Site & Structure understands', 'spoke
    to the Gallery Letter'); a section label's words ('COUNTY COUNCIL') are not."""
    if not name.isupper():
        exact = re.escape(name)
        written = (
            rf"\b(?:{NEWSROOM_BEFORE}) {exact}(?![\w-])|(?<![\w.]){exact} (?:{NEWSROOM_AFTER})\b"
        )
        return re.search(written, story) is not None
    core = re.escape(re.sub(r"^THE\s+", "", name))
    pattern = re.compile(
        rf"\b(?:{NEWSROOM_BEFORE})\s+(?:the\s+)?(?P<a>{core})(?![\w-])"
        rf"|(?<![\w.])(?P<b>{core})\s+(?:{NEWSROOM_AFTER})",
        re.IGNORECASE,
    )
    for match in pattern.finditer(story):
        words = (match.group("a") or match.group("b")).split()
        if all(word[:1].isupper() for word in words if word[:1].isalpha()):
            return True
    return False


def _without_logo(name: str) -> str:
    """ "VRT Varrow Radio" is "Varrow Radio": the logo's letters start the name's initials."""
    match = LOGO_RE.match(name)
    if match is None:
        return name
    initials = "".join(word[0] for word in match.group("name").split())
    return (
        match.group("name")
        if len(initials) >= 2 and match.group("logo").startswith(initials)
        else name
    )


def _self_reference(text: str) -> str | None:
    for match in SELF_REFERENCE_RE.finditer(text):
        name = _outlet_name(match.group("name") or match.group("owner"), need_mark=True)
        if name:
            return name
    reading = READING_NAME_RE.search(text)
    if reading:
        return _outlet_name(reading.group("name"))
    # a line of the page describing the newsroom ("Isle Sound is an official media partner of
    # the regatta"), kept in the text as it reads as a sentence
    for line in text.split("\n"):
        company = COMPANY_OUTLET_RE.match(line)
        if company and MEDIA_SELF_RE.match(line, company.end("name")):
            return _outlet_name(company.group("name"))
    return None


def label_outlets(articles: Sequence[Article], taken: Iterable[str] = ()) -> tuple[Article, ...]:
    """Articles whose outlet is still unknown get a readable, distinct label ("Source 3"),
    distinct too from the ``taken`` names (a stories database's: "Source 1" of an earlier run
    is another article's, and two outlets are not one)."""
    labelled: list[Article] = []
    taken = {*taken, *(a.source for a in articles if a.source != a.id)}
    for number, article in enumerate(articles, start=1):
        if article.source == article.id:
            label = _distinct(_label(article, number), taken)
            taken.add(label)
            labelled.append(dataclasses.replace(article, source=label, outlet_known=False))
        else:
            labelled.append(article)
    return tuple(labelled)


def with_sources(
    articles: Sequence[Article], names: Mapping[str, str]
) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """Articles with the outlets the user named by article id; and the ids no article has."""
    renamed = tuple(
        dataclasses.replace(a, source=names[a.id]) if names.get(a.id) else a for a in articles
    )
    known = {a.id for a in articles}
    return renamed, tuple(article_id for article_id in names if article_id not in known)


# --- what a removed line says ---------------------------------------------------------------------


def _copyright(line: str) -> str | None:
    match = COPYRIGHT_NAME_RE.match(line)
    return _outlet_name(match.group("name")) if match else None


def _byline(line: str) -> str | None:
    """The name after the byline's last comma; after a job title ("By Ann Lee, Markets
    Correspondent, Coastal Finans") it is the outlet by position, else it must look like one."""
    match = BYLINE_OUTLET_RE.match(line)
    if match is None or JOB_TITLE_RE.search(match.group("name")) or STAFF_BYLINE_RE.match(line):
        return None
    if STAMP_PART_RE.search(match.group("name")):
        return None  # "By Ann Lee, Rail Editor | 19 May 2027": a date after the byline
    after_title = JOB_TITLE_RE.search(line[: match.start("name")]) is not None
    return _outlet_name(match.group("name"), need_mark=not after_title)


def _desk_credit(line: str) -> str | None:
    match = DESK_CREDIT_RE.search(line)
    name = re.sub(r"['’]s$", "", match.group("name")) if match else None
    return _outlet_name(name, need_mark=True) if name else None


def _sign_off(line: str) -> str | None:
    """ "Ana Lind, Varrow Radio, Dunnock." / "This is Varrow Radio News.": a broadcaster's."""
    match = SIGN_OFF_RE.match(line)
    name = (match.group("outlet") or match.group("station")) if match else None
    if name is None or CREDIT_PART_START_RE.match(line) or JOB_TITLE_RE.search(name):
        return None  # "By Ana Lind, River Reporter" is a byline and a job title
    return _outlet_name(name, need_mark=True)


def _reader_call(line: str) -> str | None:
    match = READER_CALL_RE.match(line)
    if match:
        return _outlet_name(match.group("name"), need_mark=True)
    call = CALL_VERB_RE.match(line)
    if call is None:
        return None
    for named in CALLED_NAME_RE.finditer(line, call.end()):
        if APPOSITIVE_RE.match(line, named.end()):
            continue  # "Sign up to Courier Courts, our weekly briefing": the outlet's product
        # "the Dunnock Gazette on Facebook", "the Pellow Post's newsletter": the name alone
        core = _without_programme(re.split(r" (?:on|for|and|of the) ", named.group("name"))[0])
        name = _outlet_name(re.sub(r"['’]s$", "", core), need_mark=True)
        if name and OUTLET_WORD_RE.search(name):
            return name
    return None


def _without_programme(name: str) -> str:
    """ "Varrow Radio Evening News" is Varrow Radio's programme: the outlet is the name before
    a section or programme name of one or two words."""
    words = name.split()
    for size in (2, 1):
        if len(words) > size + 1 and SECTION_NAME_RE.match(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return name


def _for_outlet(line: str) -> str | None:
    """ "Ivo Rask for the Dunnock Herald": a byline without "By"; "Special to the Dunnock
    Herald" (written for it; "From the X" and "Via X" name where a copy came from)."""
    match = FOR_OUTLET_RE.match(line) or SPECIAL_TO_RE.match(line)
    if match is None or re.match(r"(?i:from|courtesy|republished|via)\b", line):
        return None
    return _outlet_name(match.group("outlet"), need_mark=True)


def _foot_note(line: str) -> str | None:
    """The outlet a note on the reporter or the company names."""
    if AUTHOR_NOTE_RE.match(line):
        match = NOTE_OUTLET_RE.search(line)
        name = (match.group("owner") or match.group("employer")) if match else None
        return _outlet_name(name, need_mark=True) if name else None
    company = COMPANY_OUTLET_RE.match(line)
    if company is None:
        return None
    # only a newsroom is its readers' or a media partner: no outlet word needed then
    media = MEDIA_SELF_RE.match(line, company.end("name")) is not None
    return _outlet_name(company.group("name"), need_mark=not media)


def _told_outlet(story: str) -> str | None:
    """The one outlet the story names as who was told, and in no other role."""
    names: list[str] = []
    for match in TOLD_OUTLET_RE.finditer(story):
        named = _to_sentence_end(match.group("name") or match.group("staff"))
        if re.search(r" (?:and|&) ", named):
            return None  # "told Coastline Radio and the Skerry Post": two outlets told
        name = _outlet_name(named, need_mark=True)
        if name is None or not OUTLET_WORD_RE.search(name):
            continue
        if match.group("after") or re.search(r"['’]s\b", name) or name in AGENCY_NAMES.values():
            return None  # described as another's ("a local paper"), or a wire quoted
        if name not in names:
            names.append(name)
    if len(names) != 1:
        return None
    other = re.search(rf"\b{OTHER_ROLE_RE}(?:the )?{re.escape(names[0])}\b", story)
    return None if other else names[0]


def _to_sentence_end(name: str) -> str:
    """The name up to the stop that ends its sentence, if one does (``_STOP_THEN_CAPITAL``)."""
    for stop in _STOP_THEN_CAPITAL.finditer(name):
        word = name[: stop.start()].rsplit(" ", 1)[-1]
        initials = "." in word or len(word) == 1  # 'U.S.', 'J.'
        if not initials and word.lower() not in _NAME_ABBREVIATIONS:
            return name[: stop.start()]
    return name


def _dateline(line: str) -> str | None:
    match = DATELINE_OUTLET_RE.match(line)
    if match is None:
        return None
    if match.group("name"):
        return _outlet_name(match.group("name"))
    agency, when = match.group("agency"), match.group("when") or ""
    named = ACRONYM_RE.match(agency) or AGENCY_WORD_RE.search(agency)
    return _outlet_name(agency) if named or re.search(r"\d", when) else None


def _closing(line: str) -> str | None:
    match = CLOSING_OUTLET_RE.match(line.strip())
    if match is None:
        return None
    return _outlet_name(match.group("name") or match.group("paren"), need_mark=True)


def _source_label(line: str) -> str | None:
    match = SOURCE_LABEL_RE.match(line.strip())
    return _outlet_name(match.group("name")) if match else None


def _meta_part(line: str) -> str | None:
    """A masthead's name part; next to a "Reporting by" credit any name ("Mining Week |
    Reporting by ...") is the outlet, elsewhere it must look like one."""
    parts = _before_menu([part.strip() for part in META_PARTS_RE.split(line)])
    if len(parts) < 2 or line.rstrip()[-1:] in ".!?" or CREDIT_PART_START_RE.match(parts[0]):
        return None
    credited = any(CREDIT_PART_RE.match(part) for part in parts)
    names = (_outlet_name(p, need_mark=not credited) for p in parts if is_outlet_name(p))
    return next((name for name in names if name), None) or _stamped_name(parts)


def _before_menu(parts: Sequence[str]) -> list[str]:
    """A line's parts from its first that is no menu item to the next menu item: a masthead's
    name may stand before its menu ("Dale Gazette | Home | Contact us") or after a link or two
    ("Menu | Dale Gazette | Search", "Sign in · The Orrin Post · Local news"); every part after
    the next link is another link."""
    start = next((n for n, part in enumerate(parts) if not MENU_ITEM_RE.match(part)), len(parts))
    rest = parts[start:]
    menu = next((n for n, part in enumerate(rest) if MENU_ITEM_RE.match(part)), len(rest))
    return list(rest[:menu]) + [""] * (len(rest[:menu]) < len(parts))


def _stamped_name(parts: Sequence[str]) -> str | None:
    """ "Coastal Markets | 16:00 CET": a name of two words or more beside a clock time or date is
    the masthead's (a section is one word: "Politics | 16:00")."""
    if not any(STAMP_PART_RE.search(part) for part in parts):
        return None
    names = [
        p
        for p in parts
        if is_outlet_name(p)
        and len(p.split()) >= MIN_STAMPED_NAME_WORDS
        and not any(char.isdigit() for char in p)  # "Saturday 7 June" is the stamp itself
    ]
    return _outlet_name(names[0]) if len(names) == 1 else None


def _about(line: str) -> str | None:
    match = ABOUT_RE.match(line)
    return _outlet_name(match.group("name")) if match else None


def _bare_name(line: str) -> str | None:
    """A removed line that is only a name with an outlet word ("Lowland Post", "Varrow Radio
    (VR)")."""
    name = without_abbreviation(line.strip())
    return _outlet_name(name, need_mark=True) if is_outlet_name(name) else None


def without_abbreviation(text: str) -> str:
    """ "Varrow Broadcasting Corporation (VBC)": the name without the letters it is known by."""
    match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<short>[A-Z]{2,6})\)", text.strip())
    if match is None:
        return text
    initials = "".join(word[0] for word in match.group("name").split() if word[:1].isupper())
    return match.group("name") if initials == match.group("short") else text


def is_outlet_name(text: str) -> bool:
    """Whether the text has the shape of an outlet's name (capitalised words, no badge word, no
    credit's opening word: "With News Wire Services" credits others)."""
    if re.fullmatch(NAME, text) is None or text.casefold() in NOT_OUTLETS:
        return False
    if SECTION_NAME_RE.match(text) or CALL_SHAPE_RE.search(text):
        return False
    if WIRE_END_RE.match(text) or WIRE_PRIORITY_RE.match(text):  # a wire's "ENDS", "URGENT"
        return False
    return text.split(maxsplit=1)[0].casefold() not in NOT_NAME_STARTS


def _reuters_credit(line: str) -> str | None:
    return "Reuters" if REUTERS_CREDIT_RE.match(line) else None


# A copyright holder and a dateline agency are outlets by position; a name after a byline's comma
# or dash must look like one (an agency, an abbreviation, an outlet word), as it is often a place.
_READERS: tuple[Callable[[str], str | None], ...] = (
    _copyright,
    _byline,
    _desk_credit,
    _dateline,
    _closing,
    _source_label,
    _meta_part,
    _reuters_credit,
    _about,
    _bare_name,
    _sign_off,
    _reader_call,
    _for_outlet,
    _foot_note,
)


def _outlet_name(name: str, need_mark: bool = False) -> str | None:
    name = re.sub(r"\s+(?:all rights reserved|ltd|inc|llc|plc)\b.*$", "", name, flags=re.I)
    name = re.sub(r"^the (?=associated press$)", "", name, flags=re.I)
    name = re.sub(r"(?: (?:of|the|de|la|and|for|on))+$", "", name.strip(" .,;:"))
    name = _without_tail(name)
    desk = DESK_NAME_RE.search(name)
    outlet_words = list(OUTLET_WORD_RE.finditer(name[: desk.start()])) if desk else []
    if outlet_words:  # "VALE FM NEWSROOM", "Tolmar Times Sports Desk": the outlet's desk
        name = name[: outlet_words[-1].end()]
    if not name or len(name.split()) > MAX_NAME_WORDS or DESK_NAME_RE.search(name):
        return None
    if DOCUMENT_KIND_RE.match(name):
        return None  # "AS BROADCAST", "PRESS RELEASE": the page's kind, not whose it is
    if _is_a_date(name):
        return None  # "Sun 20 Jun": "Sun" is a paper's word, but here a weekday
    known = AGENCY_NAMES.get(name.lower().replace(".", ""))
    if known:
        return known
    if need_mark and not (OUTLET_WORD_RE.search(name) or ACRONYM_RE.match(name)):
        return None
    return name


def _without_tail(name: str) -> str:
    """The name without a year, frequency or programme hour after it, when two words or more are
    left or an agency's letters ("Heathline FM 104.2", "KTV News at Six", "BPS 2027"; not "Radio
    2000", "News at Ten")."""
    kept = NAME_TAIL_RE.sub("", name)
    words = re.sub(r"^(?i:the) ", "", kept).split()
    return kept if len(words) >= 2 or (len(words) == 1 and _letters(words[0])) else name


def _letters(word: str) -> bool:
    """An agency's letters read out one by one ("BPS", "CTJ"): capitals with no vowel."""
    return ACRONYM_RE.match(word) is not None and VOWEL_RE.search(word) is None


def _is_a_date(name: str) -> bool:
    """A name made only of weekday and month words (or their short forms) and numbers."""
    words = re.findall(r"[^\W\d_]+|\d+", name.lower())
    return any(word.isdigit() for word in words) and all(
        word.isdigit() or (any(full.startswith(word) for full in CALENDAR_NAMES) and len(word) >= 3)
        for word in words
    )


# --- labels ---------------------------------------------------------------------------------------


def _label(article: Article, number: int) -> str:
    stem = article.id
    if READABLE_STEM_RE.match(stem) and stem.lower() not in GENERIC_STEMS:
        return stem
    if article.title:
        words = article.title.split()
        head = " ".join(words[:LABEL_WORDS])
        return head + ("…" if len(words) > LABEL_WORDS else "")
    return f"Source {number}"


def _distinct(label: str, taken: set[str]) -> str:
    candidate, number = label, 1
    while candidate in taken:
        number += 1
        candidate = f"{label} ({number})"
    return candidate
