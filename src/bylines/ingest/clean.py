"""Stage 1, clean: remove what is not the story, and keep a list of what was removed.

Works line by line (a line is a paragraph; the sentence splitter splits paragraphs on "\\n") on
plain text and on text extracted from HTML alike. A text with no newline but double-space gaps
(as scraped pages often come) is split into paragraphs at those gaps first; hard-wrapped text
(short lines, blank lines between paragraphs) is joined back into one line a paragraph.

Removed, each recorded in ``Article.removed`` in text order so a reader can audit it:
widget and error strings, comment prompts, "Read more" / "Related" headings with the link titles
after them, credit, byline, photo and copyright lines, editor's notes about amendments, bullets
that hold no sentence, separator lines, a dateline opener ("BEIJING (AP) —"), a headline or
standfirst repeated in the body; cookie banners, subscription walls, newsletter blurbs,
translation notes, wire slugs and desk codes, "Live · Updated" headers, tag and source labels,
reader call-outs, captions ending in a photo credit, and date lines in any language; menus and
breadcrumbs ("Home › Politics"), mastheads with a date or section ("Harbour Times — Monday 10
August 2026"), calls to action ("Download our app ...", "Send us your pictures"), reader polls,
finance disclaimers, desk codes with initials, closing credits ("-- Coastal Press Agency"), the
"About X:" boilerplate of a release, and an outlet's bare name on a line near the top or bottom.
These kinds were found on pages other people wrote (the divergence set, tuning half) and are
written as line shapes, never as the strings seen there.

From what it removed (never from the story) the stage reads the publication time
(ingest/published.py) and the outlet (ingest/outlet.py); it detects the language
(ingest/language.py) on the text left after the furniture, before date lines in that language go.

Headline and standfirst: the headline becomes ``title`` (when the article has none) and leaves the
text; a standfirst stays once, as the lead paragraph, and its repeat is removed. Only whole lines
(or an exact repeat) are ever removed, so a sentence of the story is never cut in half; a line is
only removed when it is short or matches a furniture pattern as a whole. Stray punctuation
(" ,", ". .", "ambitions. from China") is repaired without being listed.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence

from bylines.ingest.language import detect_language
from bylines.ingest.outlet import OUTLET_WORD_RE, find_outlet, is_outlet_name
from bylines.ingest.published import LocalDates, find_published, read_stamp
from bylines.ingest.read import first_line_title, is_headline
from bylines.types import Article

# --- patterns (whole-line unless said otherwise; all case-insensitive) ---------------------------

# Paragraph gaps in a text without newlines: two or more spaces (or tabs).
PARAGRAPH_GAP_RE = re.compile(r"[ \t]{2,}")
# Spaces in disguise (no-break, thin, ideographic), read as plain spaces.
ODD_SPACE_RE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Characters that are not text at all (zero-width spaces and joiners, BOM, U+FFFD), dropped.
INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\ufffd]")
# A leading list marker: bullets, asterisks, dashes, followed by a space.
BULLET_RE = re.compile(r"^[•·▪●◦‣∙■□►▸*+\-–—]\s+")
# Separator lines: rules of underscores, dashes, stars, equals signs ("___", "* * *", "-----").
SEPARATOR_RE = re.compile(r"^[\s_\-=*~#•·.—–+|/\\]+$")
# Page widgets and their error strings: "Oops!", "Something went wrong.", "Please try again
# later.", share/subscribe/print buttons, ad slots, reading-time badges. A line made only of these
# (one or several) is furniture. The phrases carry no punctuation and no open-ended tail, so a
# line can be parsed only one way: the repetition below cannot backtrack exponentially.
WIDGET_PHRASES = (
    r"oops",
    r"something went wrong",
    r"please try again(?: later)?",
    r"an error (?:has )?occurred",
    r"loading",
    r"advertisement",
    r"story continues below",
    r"skip (?:advertisement|ad)",
    r"(?:subscribe|sign up|log ?in|sign in|register)(?: now| here| for free)?",
    r"share(?: this)?(?: (?:article|story|page))?",
    r"share (?:on|via) \w+",
    r"(?:print|email|e-mail|tweet|facebook|twitter|whatsapp|linkedin|copy link|save)",
    r"listen to (?:this )?(?:article|story)",
    r"\d+ ?min(?:ute)?s? read",
    r"thank you for (?:signing up|subscribing|reading)",
    r"accept(?: all)?(?: cookies)?",
    r"reject(?: all)?",
    r"(?:manage|cookie) (?:preferences|settings|options)",
    r"got it",
    r"learn more",
    r"i agree",
    r"key points",
    r"live(?: updates| coverage)?",
    r"breaking(?: news)?",
    r"what we know(?: so far)?",
    r"at a glance",
)
WIDGET_RE = re.compile(rf"^(?:(?:{'|'.join(WIDGET_PHRASES)})\b[.!:…]*\s*)+$", re.I)
# Widget lines that run on: "Click here to ...", "Your browser does not support the video tag."
WIDGET_LINE_RE = re.compile(
    r"^(?:click here|your browser does(?: not|n['’]t) support|this video (?:is (?:not |un)"
    r"available|can ?not be played)|(?:please )?enable javascript|sign up (?:for|to) (?:our|the)"
    r" [\w ]{0,40}newsletters?|follow us on|view (?:all|more) related|video:? watch)\b.{0,100}$",
    re.I,
)
# Cookie banners: "We use cookies to ...", "This site uses cookies. By using this site you consent".
COOKIE_RE = re.compile(
    r"^(?:we(?: and our partners)?|this (?:site|website)|our (?:site|website)s?) uses? cookies\b"
    r"|^by (?:continuing to (?:browse|use)|using) (?:this|our) (?:site|website)\b",
    re.I,
)
# Subscription walls: "Subscribe to continue reading", "You have read 3 of 5 free articles",
# "Already a subscriber? Log in", "Subscribers get unlimited access ... for $1 a week".
PAYWALL_RE = re.compile(
    r"^(?:to (?:continue|keep) reading|(?:subscribe|register|sign up|log ?in|sign in)\b.{0,40}"
    r"\bto (?:continue|keep) reading)\b.{0,80}$"
    r"|^you(?:'ve|’ve| have) (?:read|reached) (?:\d+ of \d+|your (?:limit|last))\b.{0,80}$"
    r"|^already (?:a subscriber|a member|registered|have an account)\?.{0,60}$"
    r"|^subscri\w+\b.{0,80}\b(?:unlimited|full|digital|premium) access\b.{0,80}$",
    re.I,
)
# Newsletter blurbs: an imperative offer of email ("Get our morning briefing in your inbox").
NEWSLETTER_RE = re.compile(
    r"^(?:(?:newsletters?|briefing|e-?mail alerts?)\s*:\s*)?"  # "Newsletter: get ..."
    r"(?:get|receive|want|never miss|sign up|subscribe|stay (?:informed|up to date))\b.{0,120}"
    r"\b(?:inbox|newsletters?|e-?mail alerts?|briefing)\b.{0,80}$",
    re.I,
)
# Translation notes: "Translated from the Portuguese by Ana Pires.", "This article was translated
# from Danish." (a note about the text, never the story).
TRANSLATION_NOTE_RE = re.compile(
    r"^(?:\(?this (?:article|story|report|text) (?:was|has been|is) "
    r"|(?:quotes?|quotations|interviews?|comments?) (?:(?:were|was|have been|has been) )?)?"
    r"(?:machine[- ])?"
    r"(?:translated|translation) (?:from|by|into)\b[^“”\"]{0,100}$",
    re.I,
)
# Wire slugs: "(For use by New York Times News Service clients)", "(ART ADV: Photo is being sent
# ...)", "(EDS: ...)", "(Embargoed until ...)": a whole line in brackets opening with a desk
# keyword; and a line of desk code ("NYT-11-04-98 1532EST": capitals, digits, no lower case).
WIRE_SLUG_RE = re.compile(
    r"^\((?:(?i:for (?:use|release) by|embargoed|distributed by|eds?\b|editors?\b)|[A-Z]{2,}"
    r"(?: [A-Z]{2,})*:)[^()]{0,300}\)\.?$"
)
DESK_CODE_RE = re.compile(
    r"^(?=[^a-z]*[A-Z])(?=[^a-z]*\d)[A-Z0-9][A-Z0-9/:.-]*(?: [A-Z0-9:./-]+){0,2}$"
)
# Meta lines: parts joined by "|", "·" or "•" ("Live · Updated 14:02 BST", "Kestrel News |
# 21.07.2025 | Updated 08:15") of which one is a time stamp: the page's header, not a sentence.
META_SEPARATOR_RE = re.compile(r"\s[|·•]\s")
MAX_META_WORDS = 20
# Labels over lists of tags or the source: "Topics: Mountains, Rescue", "Source: Kestrel News".
LABEL_LINE_RE = re.compile(
    r"^(?:source|topics?|tags?|filed under|categories|more about|来源|出处)\s*[:：]"
    r"[^“”\"]{1,100}$",
    re.I,
)
# Reader call-outs: "Have you been affected? Email us at ...", "Got a story? Contact us": an
# imperative at the start or after a question ("the ministry did not contact us" is story).
CALLOUT_RE = re.compile(
    r"^(?:[^“”\"?]{0,80}\?\s*)?(?:(?:e-?mail|contact|message|write to|get in touch with|tell"
    r"|send) (?:us|our (?:newsroom|team|reporters|journalists|editors|desk))\b|get in touch\b)"
    r"[^“”\"]{0,120}$",
    re.I,
)
# Calls to action: an imperative aimed at the reader, at the start or after a question ("Enjoying
# the Courier? Sign up for ...", "Download our app for alerts", "Listen again: ..."). Only verbs
# that open no story sentence in the news: "Share prices fell" and "Follow-up checks" do not match.
CALL_TO_ACTION_RE = re.compile(
    r"^(?:[^“”\"?]{0,80}\?\s*)?(?:subscribe\b|sign up\b|download (?:our|the)\b"
    r"|(?:install|get) (?:our|the) [\w ]{0,20}\bapp\b|follow us\b|listen (?:again|live|now)\b"
    r"|(?:listen to|watch) (?:the|our) (?:full |whole |latest )?(?:bulletin|programme|program|show"
    r"|episode|podcast|interview|report)\b"
    r"|follow [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} on (?:social media|twitter|x|facebook"
    r"|instagram|tiktok|youtube|mastodon|bluesky)\b"
    r"|watch (?:again|live|now)\b|share (?:this|on|via)\b|donate\b|support (?:us|our)\b"
    r"|(?:read|view|open) (?:this|in) (?:the )?app\b)[^“”\"]{0,120}$",
    re.I,
)
# Reader polls: a label, then a question to the reader ("Your view: should the line be closed?").
POLL_RE = re.compile(
    r"^(?:your (?:view|say|vote)|have your say|poll|quick poll|vote|we want to hear from you)"
    r"\s*[:?]\s*[^“”\"]{1,150}\?$",
    re.I,
)
# Boilerplate disclaimers of finance and data pages ("Market data delayed by 15 minutes", "This is
# not investment advice."): a notice about the page, never a fact of the event.
DISCLAIMER_RE = re.compile(
    r"^(?:[\w ]{0,30}\b(?:data|quotes?|prices?) (?:is |are )?delayed (?:by )?(?:at least )?\d+"
    r"|(?:this|it|nothing here) (?:is not|does not constitute|isn't) (?:\w+ )?"
    r"(?:investment|financial|legal|tax|medical) advice)\b[^“”\"]{0,200}$",
    re.I,
)
# Cookie notices phrased any way: the word "cookies" where the site speaks to the reader ("we",
# "you", "our services") or asks to accept them; "the regulator fined the site for its use of
# cookies" is story.
COOKIE_WORD_RE = re.compile(r"\bcookies\b", re.I)
COOKIE_CONSENT_RE = re.compile(r"\b(?:you|your|we|our|us)\b|^accept\b", re.I)
# Desk codes with the editors' initials: "KPS mk/jd 0610", "NW-ab/cd 1532".
INITIALS_CODE_RE = re.compile(
    r"^[A-Z]{2,6}[-/ ]+(?:[a-z]{1,3}/[a-z]{1,3}(?:/[a-z]{1,3})*)(?: [0-9A-Z:]{2,8}){0,2}$"
)
# A closing credit that only names who filed: "-- Larnian Press Agency", "— NW".
CLOSING_CREDIT_RE = re.compile(r"^(?:—|–|--?)\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}\.?$")
# The press-release boilerplate about the sender: "About NBW: NBW distributes ...".
ABOUT_SENDER_RE = re.compile(r"^(?i:about) (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}\s*:\s")
# Menus, breadcrumbs and badges: short parts joined by strong separators ("Home › Politics",
# "Cookie settings | Privacy policy | Terms of use", "Listen · 4 min", "Read in: English |
# Svenska"). A sentence never strings together words this way.
NAV_SEPARATOR_RE = re.compile(r"\s+[|·•›»]\s+")
MAX_NAV_PART_WORDS = 4
# A masthead or stamp line with weak separators ("Lowland Post — Monday, 22 September 2025",
# "Radio Kestrel, 16 October 2025, 13:00 news bulletin", "Business desk, updated 20:10"): parts
# split by commas or dashes, one of them nothing but a date or time.
MASTHEAD_SEPARATOR_RE = re.compile(r"\s*,\s+|\s+(?:[—–|·•]|--?)\s+")
MAX_MASTHEAD_WORDS = 14
# An outlet's bare name on its own line ("Lowland Post") is page furniture only near the top or
# the bottom of the article (a masthead, a signature); this many lines from either end.
OUTLET_LINE_REACH = 4
MAX_OUTLET_LINE_WORDS = 5
# Page age badges: "This article is more than 2 months old".
AGE_BADGE_RE = re.compile(
    r"^this (?:article|story|report) is (?:more than|over) .{1,20} old\.?$", re.I
)
# A job title under a name, the byline without "By": "Gemma Price" / "Transport correspondent".
JOB_TITLE_LINE_RE = re.compile(
    r"^(?:[\w-]+ ){0,3}(?:correspondent|editor|reporter|writer|columnist|journalist)$", re.I
)
NAME_LINE_RE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$")
# A caption that ends with a photographer's credit in brackets: "... on Monday. (Owen Marsh/Valley
# Tribune)", "(Photo: Tom Reilly/Ashby Gazette)", "(AP Photo/Jane Doe)".
CAPTION_CREDIT_RE = re.compile(
    r"\((?:[\w ]{0,20}(?i:photo|picture|image)s?\s*[:/]\s*)?[A-Z][\w.'’ -]{1,40}\s*/\s*"
    r"[A-Z][\w.'’ &-]{1,40}\)\.?$"
)
# A date line in any language: a few words at most, a year, and the day as a number
# ("2 марта 2025", "21.07.2025"); no sentence ends that way.
NUMERIC_DATE_RE = re.compile(
    r"^(?=.*\b(?:19|20)\d{2}\b)(?=.*\b\d{1,2}\b)(?:[^\W\d_]+\.?,? ?|\d{1,4}[.,/-]? ?){2,5}$"
)
# A date line in another language: "Publié le 17 août 2025 à 12h30" (a label, a date, a time).
MAX_LOCAL_STAMP_WORDS = 8
# A weekday and a month name are the most words such a date line has.
MAX_DATE_WORDS = 2
# Widget checks run on lines up to this long only (widget lines are short; this also bounds the
# regex work on long paragraphs).
MAX_WIDGET_CHARS = 300
# The full widget error string inside a longer line (it is never a sentence of the story).
INLINE_WIDGET_RE = re.compile(
    r"\s*(?:•\s*)?Oops!\s*Something went wrong\.\s*Please try again later\.\s*", re.I
)
# Comment prompts: "Leave a Comment", "Show 12 comments", "Join the conversation".
COMMENT_PROMPT_RE = re.compile(
    r"^(?:(?:leave|add|post|write|submit) (?:a |your )?(?:comment|reply|response)s?"
    r"|(?:show|view|load|hide|read|see) (?:all )?(?:\d+ )?comments?"
    r"|\d+ comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion|debate)"
    r"|be the first to comment|comments (?:are|have been) closed(?: (?:on|for) this \w+)?"
    r"|(?:sign|log) in to (?:comment|reply)"
    r"|you must be logged in to post a comment)[.!:]*$",
    re.I,
)
# Invitations to comment, phrased as imperative sentences: "Tell us in the comments.", "Sound off
# in the comments below!", "Share your thoughts..." (length-limited in _is_comment_invite).
COMMENT_INVITE_RE = re.compile(
    r"^(?:(?:leave|share|post|tell us|let us know|sound off|join|add|write|drop|have your say)"
    r"\b.{0,80}\b(?:in|to|using) the comments?(?: section| box| field)?(?: below)?"
    r"|(?:share|tell us|let us know) (?:your|what you) (?:thoughts|think|views|opinion).{0,60})"
    r"[.!?]*$",
    re.I,
)
# A line that is only a date and/or time: "10 Jun 2013 09:10", "June 19, 2023, 4:30 PM EDT".
DATE_TOKEN_RE = re.compile(
    r"\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|(?:mon|tue|wed|thu|fri|sat"
    r"|sun)[a-z]*|[ap]\.?m|gmt|utc|bst|cest?|[ecmp][sd]?t|ist|aest|st|nd|rd|th|at|on|[apm]"
    r"|published|updated|posted|time|[年月日时分]",
    re.I,
)
MAX_DATE_TOKENS = 12
# A heading that starts a list of links to other stories ("Read more:", "Related", "See also").
READ_MORE_HEADING_RE = re.compile(
    r"^(?:read more|read also|also read|more on this(?: story| topic)?|related"
    r"(?: (?:articles?|stories|content|coverage|news|links|topics|reading))?|see also"
    r"|further reading|recommended(?: (?:reading|stories|for you))?"
    r"|you (?:may|might) also (?:like|be interested in)"
    r"|most (?:read|popular|viewed|shared|watched)(?: (?:in|on|from) [^.!?:]{1,40})?"
    r"|trending(?: now)?|what to read next|top stories|more stories)\s*[:.…]*$",
    re.I,
)
# A heading and one link title on the same line: "Read more: Five key talking points".
INLINE_READ_MORE_RE = re.compile(
    r"^(?:read more|read also|also read|related|see also|more|watch|listen|most (?:read|viewed))"
    r"\s*[:|»]\s*(?P<link>.+)$",
    re.I,
)
# Contributor credit: "... contributed to this report." (no quotation marks: a quote is story).
CONTRIBUTOR_RE = re.compile(
    r"^[^“”\"]{0,300}\bcontributed (?:reporting|to (?:this|the) (?:report|story|article|reporting))"
    r"(?: from [^“”\".]{1,60})?\.?$",
    re.I,
)
# Wire credits: "With News Wire Services", "— With files from Reuters", "From agencies".
WIRE_CREDIT_RE = re.compile(
    r"^[—–-]?\s*(?:with|from|compiled from|sources?:)\s+(?:(?:news )?wire services|wires"
    r"|(?:news )?agencies|agency reports|files from .{1,60}|reporting by .{1,60}"
    r"|(?:the )?(?:AP|AFP|Reuters|Bloomberg|Xinhua|dpa|Associated Press|Agence France-Presse)"
    r"(?:(?:,| and| &) [^.;:]{1,40})?)\.?$",
    re.I,
)
# Reuters-style credits: "(Reporting by X in Beijing; Editing by Y)", "Additional reporting by Z"
# (only taken as a credit in parentheses, with ";", or without final stop; see _is_credit).
REPORTING_BY_RE = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|translation) by\b[^“”\"]{1,300}$",
    re.I,
)
# Time stamps: "Updated: 19 June 2023 12:30 GMT", "Published 3 hours ago": the keyword, then only a
# date or time (read by ingest/published.py) and date words; "Updated figures showed 14 dead." is
# story.
TIMESTAMP_RE = re.compile(
    r"^(?:published|updated|last updated|posted|first published|filed)(?: on| at)?\s*:?\s*"
    r"(?P<rest>.{1,60})$",
    re.I,
)
RELATIVE_TIME_RE = re.compile(r"^\d+ (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago\.?$", re.I)
# Photo and picture credits: "(AP Photo/Jane Doe)", "Photo: AFP", "Image source, Getty Images".
PHOTO_CREDIT_RE = re.compile(
    r"^\(?(?:(?:AP|AFP|Reuters|Getty|EPA) )?(?:photo|photograph|picture|image|credit|video)s?"
    r"(?: source| caption)?\s*[:/,].{0,120}$|^getty images\.?$",
    re.I,
)
# Copyright notices and the wire's reuse notice.
COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright\b|c\.\s?\d{4}\b).{0,200}$|^all rights reserved\.?$"
    r"|^this material may not be published, broadcast, rewritten,? or redistributed\.?$",
    re.I,
)
# Editor's notes: always notes when labelled so; corrections and clarifications.
EDITORS_NOTE_RE = re.compile(
    r"^(?:editor[’']?s[’']?|editors[’']?) note\b.*$|^(?:correction|clarification)s?\s*[:—–-].*$",
    re.I,
)
# Notes about amendments: "NOTE: This headline ... was amended on ...", "Update: ... updated",
# "This story has been corrected ...", "An earlier version of this article ...".
AMENDMENT_NOTE_RE = re.compile(
    r"^(?:note|update|updated)\s*[:—–-].*\b(?:amended|updated|corrected|changed|revised"
    r"|clarified|edited)\b.*$"
    r"|^this (?:story|article|report|headline|post)\b.{0,80}\b(?:has been|have been|was|were)"
    r" (?:amended|updated|corrected|changed|revised|edited)\b.*$"
    r"|^an earlier version of this (?:story|article|report|headline)\b.*$",
    re.I,
)
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (checked word by word below).
BYLINE_START_RE = re.compile(r"^by\s+", re.I)
BYLINE_JOINERS = frozenset({"and", "&", "in", "the", "|", "of", "for"})
# A dateline opening the first paragraph: "BEIJING (AP) —", "WASHINGTON, June 18 (Reuters) -",
# "LONDON —". The place is upper case words of two letters or more ("A FIRE - BOMB attack" is not
# a dateline); a plain hyphen only counts after an agency in brackets.
DATELINE_RE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?(?:\s+\d{1,2})?){0,2}"
    r"\s*(?:\([A-Za-z.& ]{1,30}\)\s*(?:[—–]|-{1,2})|—|–|--))\s+(?=\S)"
)

# Spacing damage around punctuation: "discontent. ." and "world. , as" and "signal , to".
STRAY_STOP_RE = re.compile(r"(?<=\w[.!?])\s+\.(?=\s|$)")
STRAY_COMMA_RE = re.compile(r"(?:\.)?\s+,(?=\s)")
# A stray full stop inside a sentence: "ambitions. from China." (a lower-case word of four letters
# or more, then a lower-case function word; no sentence starts that way). Lower-case
# abbreviations ("approx. to") are left alone; capitalised ones ("Calif.") never match.
STRAY_INNER_STOP_RE = re.compile(
    r"\b(?P<word>[a-z]{4,})\.(?= (?:from|of|to|in|into|and|or|but|with|for|at|on|by|the|an?)\b)"
)
ABBREVIATIONS = frozenset({"approx", "incl", "excl", "govt", "dept", "intl", "natl", "univ"})

# Terminal punctuation of a sentence (before closing quotes and brackets).
SENTENCE_END = frozenset(".!?")
CLOSING_MARKS = "\"'”’»)]"
# A bullet holds a sentence when it has at least this many words and ends like a sentence.
MIN_SENTENCE_WORDS = 4
# Link titles after a "Read more" heading: at most this many lines of at most this many words
# (headlines run 6-20 words).
MAX_LINK_LINES = 10
MAX_LINK_WORDS = 25
MAX_BYLINE_WORDS = 10
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
# A repeat is only removed when it is this long (shorter repeats can be real: "he said.").
MIN_REPEAT_WORDS = 6
# Repeated headline/standfirst runs are looked for in the first words of each paragraph only,
# which keeps the search cheap on long one-paragraph texts (a DUC document is ~700 words).
LEAD_WINDOW_WORDS = 150


@dataclasses.dataclass(frozen=True, slots=True)
class _Line:
    """A paragraph with its position in the raw text, so removals can be listed in text order."""

    pos: int
    text: str


Removed = list[tuple[int, str]]


def clean_article(article: Article) -> Article:
    """The article with page furniture removed from ``text``; ``removed`` lists what went."""
    removed: Removed = []
    lines = _paragraphs(article.text)
    lines = _drop_furniture(lines, removed)
    lines = _drop_outlet_lines(lines, removed)
    language = article.language or detect_language("\n".join(line.text for line in lines))
    lines = _drop_local_stamps(lines, language, removed)
    title = article.title or _title_line(lines)
    lines, title = _split_run_in_headline(lines, title, removed)
    lines = _drop_title_lines(lines, title, removed)
    lines = _drop_repeated_lines(lines, removed)
    lines = _drop_dateline(lines, removed)
    text = "\n".join(_repair_spacing(line.text) for line in lines)
    found = tuple(item for _, item in sorted(removed, key=lambda pair: pair[0]))
    return dataclasses.replace(
        article,
        text=text,
        title=title,
        # a headline that names an outlet ("..., Harbour Daily reports") is not its signature
        source=find_outlet(article, tuple(item for item in found if item != title)),
        published=find_published(article.published, found, language),
        language=language,
        removed=article.removed + found,
    )


# --- paragraphs -----------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[_Line]:
    """Non-empty lines, whitespace normalised; double-space gaps are breaks when no newline."""
    text = INVISIBLE_RE.sub("", ODD_SPACE_RE.sub(" ", text.replace("\r\n", "\n")))
    text = text.replace("\r", "\n").strip()
    raw = PARAGRAPH_GAP_RE.split(text) if "\n" not in text else _unwrap(text.split("\n"))
    lines = (" ".join(line.split()) for line in raw)
    return [_Line(pos, line) for pos, line in enumerate(lines) if line]


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
    return len(line) >= WRAP_MIN_LINE_CHARS and not _ends_sentence(line)


# --- furniture, line by line ----------------------------------------------------------------------

LinePredicate = Callable[[str], bool]


def _drop_furniture(lines: Sequence[_Line], removed: Removed) -> list[_Line]:
    kept: list[_Line] = []
    links_left = 0  # after a "Read more" heading, how many link-title lines may still follow
    for line in lines:
        text = _without_inline_widget(line, removed)
        if not text:
            continue  # the whole line was the widget string, already listed
        content = BULLET_RE.sub("", text)
        if links_left and _is_link_title(content):
            removed.append((line.pos, line.text))
            links_left -= 1
            continue
        # a heading, alone or with its first link title ("Related: ..."), opens a list of links
        heading = READ_MORE_HEADING_RE.match(content) or _is_inline_read_more(content)
        links_left = MAX_LINK_LINES if heading else 0
        if links_left or _is_furniture(text, content):
            removed.append((line.pos, line.text))
        elif JOB_TITLE_LINE_RE.match(content) and kept and NAME_LINE_RE.match(kept[-1].text):
            removed += [(kept[-1].pos, kept.pop().text), (line.pos, line.text)]  # name, job title
        else:
            kept.append(_Line(line.pos, content))
    return kept


def _drop_outlet_lines(lines: Sequence[_Line], removed: Removed) -> list[_Line]:
    """An outlet's bare name on a line of its own near the top or the bottom ("Lowland Post")."""
    kept: list[_Line] = []
    for index, line in enumerate(lines):
        near_end = index < OUTLET_LINE_REACH or index >= len(lines) - OUTLET_LINE_REACH
        if index and near_end and _is_outlet_line(line.text):
            removed.append((line.pos, line.text))
        else:
            kept.append(line)
    return kept


def _is_outlet_line(text: str) -> bool:
    if len(text.split()) > MAX_OUTLET_LINE_WORDS or _ends_sentence(text):
        return False
    return is_outlet_name(text) and OUTLET_WORD_RE.search(text) is not None


def _without_inline_widget(line: _Line, removed: Removed) -> str:
    for match in INLINE_WIDGET_RE.finditer(line.text):
        removed.append((line.pos, match.group().strip()))
    return " ".join(INLINE_WIDGET_RE.sub(" ", line.text).split())


def _is_furniture(text: str, content: str) -> bool:
    """Whether a whole line (``content`` is it without a bullet marker) is not the story."""
    if not any(char.isalnum() for char in content):
        return True
    if content != text and not _is_sentence(content):
        return True  # a bullet with no sentence
    return any(check(content) for check in _FURNITURE_CHECKS)


def _matches(pattern: re.Pattern[str]) -> LinePredicate:
    return lambda text: pattern.match(text) is not None


def _is_widget(text: str) -> bool:
    if len(text) > MAX_WIDGET_CHARS:
        return False
    return WIDGET_RE.match(text) is not None or WIDGET_LINE_RE.match(text) is not None


def _is_inline_read_more(text: str) -> bool:
    match = INLINE_READ_MORE_RE.match(text)
    return match is not None and _is_link_title(match.group("link"), questions=True)


def _is_byline(text: str) -> bool:
    """ "By Jane Doe, Reuters": capitalised words after "By", no final punctuation; after a
    comma the desk may follow in lower case ("By Jane Doe, Tolmar Courier arts desk")."""
    if not BYLINE_START_RE.match(text) or _ends_sentence(text):
        return False
    if not 1 <= len(text.split()) - 1 <= MAX_BYLINE_WORDS:
        return False
    name = text.split(",", maxsplit=1)[0].split()[1:]
    return bool(name) and all(word[:1].isupper() or word.lower() in BYLINE_JOINERS for word in name)


def _is_comment_invite(text: str) -> bool:
    return len(text.split()) <= MAX_LINK_WORDS and COMMENT_INVITE_RE.match(text) is not None


def _is_date_line(text: str) -> bool:
    """A line of date and time tokens only, with at least one number.

    Words in any script are tokens ("[^\\W\\d_]+"): a Chinese or Russian sentence with digits in it
    is not a date line because its words are not date words.
    """
    tokens = re.findall(r"[^\W\d_]+|\d+", text)
    if not 0 < len(tokens) <= MAX_DATE_TOKENS or not any(t.isdigit() for t in tokens):
        return False
    return all(DATE_TOKEN_RE.fullmatch(token) for token in tokens)


def _is_reporting_credit(text: str) -> bool:
    """ "Reporting by X; Editing by Y": a credit, unlike "Reporting by the BBC showed that..."."""
    if REPORTING_BY_RE.match(text) is None:
        return False
    return text.startswith("(") or ";" in text or not _ends_sentence(text)


def _is_short_match(pattern: re.Pattern[str]) -> LinePredicate:
    """A pattern checked on short lines only (banners and notes are short; stories run on)."""
    return lambda text: len(text) <= MAX_WIDGET_CHARS and pattern.match(text) is not None


def _is_timestamp(text: str) -> bool:
    match = TIMESTAMP_RE.match(text)
    if match is None:
        return False
    rest = match.group("rest")
    return RELATIVE_TIME_RE.match(rest) is not None or _is_stamp(rest) or _is_date_line(rest)


def _is_stamp(text: str) -> bool:
    """A date or time with nothing else but date words, zones and punctuation."""
    if read_stamp(text) is None:
        return False
    tokens = re.findall(r"[^\W\d_]+", text)
    return all(DATE_TOKEN_RE.fullmatch(t) or (t.isupper() and len(t) <= 5) for t in tokens)


def _is_meta_line(text: str) -> bool:
    """ "Live · Updated 14:02 BST": parts split by | or ·, one of them a time stamp or a credit."""
    parts = META_SEPARATOR_RE.split(text)
    if len(parts) < 2 or len(text.split()) > MAX_META_WORDS or _ends_sentence(text):
        return False
    return any(
        read_stamp(part) is not None
        or _is_timestamp(part)
        or _is_reporting_credit(part)
        or CALL_TO_ACTION_RE.match(part) is not None
        for part in parts
    )


def _is_nav_line(text: str) -> bool:
    """ "Home › Politics › Transport": short parts between strong separators, no sentence."""
    parts = NAV_SEPARATOR_RE.split(text)
    if len(parts) < 2 or _ends_sentence(text) or _has_quote(text):
        return False
    return all(0 < len(part.split()) <= MAX_NAV_PART_WORDS for part in parts)


def _is_masthead_line(text: str) -> bool:
    """ "Stonebridge Gazette, 14 May 2025 at 09:30": a part that is only a date or time."""
    parts = MASTHEAD_SEPARATOR_RE.split(text)
    if len(parts) < 2 or len(text.split()) > MAX_MASTHEAD_WORDS or _ends_sentence(text):
        return False
    return not _has_quote(text) and any(_is_stamp(p) or _is_timestamp(p) for p in parts if p)


def _is_cookie_notice(text: str) -> bool:
    if len(text) > MAX_WIDGET_CHARS or not COOKIE_WORD_RE.search(text):
        return False
    return COOKIE_CONSENT_RE.search(text) is not None


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '“”"')


def _is_caption(text: str) -> bool:
    return len(text) <= MAX_WIDGET_CHARS and CAPTION_CREDIT_RE.search(text) is not None


def _is_numeric_date_line(text: str) -> bool:
    """ "2 марта 2025": at most MAX_DATE_WORDS words beside the numbers, no sentence end
    ("Dilger had 42 in 1995." is story)."""
    if len(text) > MAX_WIDGET_CHARS or _ends_sentence(text):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) <= MAX_DATE_WORDS and NUMERIC_DATE_RE.match(text) is not None


_FURNITURE_CHECKS: tuple[LinePredicate, ...] = (
    _matches(SEPARATOR_RE),
    _is_widget,
    _is_short_match(COOKIE_RE),
    _is_short_match(PAYWALL_RE),
    _is_short_match(NEWSLETTER_RE),
    _is_short_match(TRANSLATION_NOTE_RE),
    _is_short_match(WIRE_SLUG_RE),
    _matches(DESK_CODE_RE),
    _is_meta_line,
    _is_short_match(LABEL_LINE_RE),
    _is_short_match(CALLOUT_RE),
    _matches(AGE_BADGE_RE),
    _is_caption,
    _is_numeric_date_line,
    _is_short_match(CALL_TO_ACTION_RE),
    _is_short_match(DISCLAIMER_RE),
    _is_short_match(POLL_RE),
    _is_cookie_notice,
    _matches(INITIALS_CODE_RE),
    _matches(CLOSING_CREDIT_RE),
    _is_short_match(ABOUT_SENDER_RE),
    _is_nav_line,
    _is_masthead_line,
    _matches(COMMENT_PROMPT_RE),
    _is_comment_invite,
    _is_date_line,
    _matches(CONTRIBUTOR_RE),
    _matches(WIRE_CREDIT_RE),
    _is_reporting_credit,
    _is_timestamp,
    _matches(PHOTO_CREDIT_RE),
    _matches(COPYRIGHT_RE),
    _matches(EDITORS_NOTE_RE),
    _matches(AMENDMENT_NOTE_RE),
    _is_inline_read_more,
    _is_byline,
)


def _ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSING_MARKS)[-1:] in SENTENCE_END


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= MIN_SENTENCE_WORDS and _ends_sentence(text)


def _is_link_title(text: str, questions: bool = False) -> bool:
    """A short line without final punctuation (questions too when ``questions``)."""
    last = text.rstrip(CLOSING_MARKS)[-1:]
    ends = ".:;," if questions else ".:;,!?"
    return 0 < len(text.split()) <= MAX_LINK_WORDS and last not in ends


def _drop_local_stamps(
    lines: Sequence[_Line], language: str | None, removed: Removed
) -> list[_Line]:
    """Date lines in the article's own language ("Publié le 17 août 2025 à 12h30") removed: short,
    no sentence end, and a date with that language's month names in them."""
    local = LocalDates.of(language) if language and language != "en" else None
    if local is None:
        return list(lines)
    kept: list[_Line] = []
    for line in lines:
        short = len(line.text.split()) <= MAX_LOCAL_STAMP_WORDS and not _ends_sentence(line.text)
        if short and local.pattern.search(line.text) and read_stamp(line.text, local):
            removed.append((line.pos, line.text))
        else:
            kept.append(line)
    return kept


# --- headline and standfirst ----------------------------------------------------------------------


def _title_line(lines: Sequence[_Line]) -> str | None:
    """The first line as title when it reads as a headline (same rule as the read stage)."""
    return first_line_title("\n".join(line.text for line in lines[:2]))


def _split_run_in_headline(
    lines: Sequence[_Line], title: str | None, removed: Removed
) -> tuple[list[_Line], str | None]:
    """Repeated runs removed; a headline run into a repeated standfirst becomes the title.

    Scraped pages often flatten "headline, standfirst, standfirst again, body" into one
    paragraph; the repeat is dropped and, in the first paragraph, the words before it (a short
    run without final punctuation) are the headline.
    """
    result: list[_Line] = []
    for index, line in enumerate(lines):
        words = line.text.split(" ")
        repeat = _adjacent_repeat(words[:LEAD_WINDOW_WORDS])
        if repeat is None:
            result.append(line)
            continue
        start, length = repeat
        head, lead = " ".join(words[:start]), " ".join(words[start : start + length])
        rest = " ".join(words[start + 2 * length :])
        if index == 0 and is_headline(head):
            title = title or head
            removed.append((line.pos, head))
            head = ""
        removed.append((line.pos, lead))
        result.extend(_Line(line.pos, part) for part in _lead_parts(head, lead, rest) if part)
    return result, title


def _lead_parts(head: str, lead: str, rest: str) -> list[str]:
    """The paragraph with the repeat gone; a lead with no final stop is its own paragraph."""
    if not head and not _ends_sentence(lead):
        return [lead, rest]
    return [" ".join(part for part in (head, lead, rest) if part)]


def _adjacent_repeat(words: Sequence[str]) -> tuple[int, int] | None:
    """(start, length) of the longest run of words immediately repeated, or None."""
    for length in range(len(words) // 2, MIN_REPEAT_WORDS - 1, -1):
        for start in range(len(words) - 2 * length + 1):
            if words[start] != words[start + length]:
                continue  # cheap test first: most positions fail on the first word
            if words[start : start + length] == words[start + length : start + 2 * length]:
                return start, length
    return None


def _drop_title_lines(lines: Sequence[_Line], title: str | None, removed: Removed) -> list[_Line]:
    """Lines that repeat the title removed: the first line, or a later one that is no sentence
    (a body sentence the headline was made from stays)."""
    if not title or len(lines) < 2:
        return list(lines)
    key = _normal(title)
    kept: list[_Line] = []
    for index, line in enumerate(lines):
        if _normal(line.text) == key and (index == 0 or not _ends_sentence(line.text)):
            removed.append((line.pos, line.text))
        else:
            kept.append(line)
    return kept


def _drop_repeated_lines(lines: Sequence[_Line], removed: Removed) -> list[_Line]:
    """A paragraph that repeats an earlier one (a standfirst printed twice) kept once.

    The copy kept is the first, unless only a later one ends like a sentence (a caption or
    standfirst often repeats the lead without its full stop).
    """
    kept: dict[str, _Line] = {}
    result: list[_Line | None] = []
    for line in lines:
        key = _normal(line.text)
        first = kept.get(key)
        if first is None or len(key.split()) < MIN_REPEAT_WORDS:
            kept.setdefault(key, line)
            result.append(line)
        elif _ends_sentence(line.text) and not _ends_sentence(first.text):
            removed.append((first.pos, first.text))
            result[result.index(first)] = None
            kept[key] = line
            result.append(line)
        else:
            removed.append((line.pos, line.text))
    return [line for line in result if line is not None]


def _normal(text: str) -> str:
    """Comparison key: case, quote style, spacing and final punctuation ignored."""
    text = text.casefold().translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(text.split()).rstrip(".!?:;, ")


# --- dateline and spacing -------------------------------------------------------------------------


def _drop_dateline(lines: Sequence[_Line], removed: Removed) -> list[_Line]:
    """A dateline opening the first paragraph ("BEIJING (AP) —") removed."""
    match = DATELINE_RE.match(lines[0].text) if lines else None
    if match is None or not _is_sentence(lines[0].text[match.end() :]):
        return list(lines)
    removed.append((lines[0].pos, match.group("dateline")))
    return [_Line(lines[0].pos, lines[0].text[match.end() :]), *lines[1:]]


def _drop_inner_stop(match: re.Match[str]) -> str:
    word = match.group("word")
    return match.group() if word in ABBREVIATIONS else word


def _repair_spacing(text: str) -> str:
    text = STRAY_INNER_STOP_RE.sub(_drop_inner_stop, STRAY_STOP_RE.sub("", text))
    return STRAY_COMMA_RE.sub(",", text)
