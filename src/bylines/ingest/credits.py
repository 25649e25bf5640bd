"""Newsroom marks around a story: credits, bylines, wire slugs, notes and datelines.

Bylines ("By Jane Doe, Reuters", or a name over a job title) and staff credits ("By our harbour
correspondent"), contributor and wire credits ("Reporting by X; Editing by Y", "With files from
..."), photo credits and captions ending in one, copyright lines, editor's notes, notes about
amendments and about the article itself (a series, its funder), translation notes, wire slugs
and desk codes ("(EDS: ...)", "NW-HARBOUR-FIRE/ (UPDATE 2)", "KPS mk/jd 0610"), closing credits
("-- Coastal Press Agency"), the "About X:" boilerplate of a release, and the dateline of a wire
story ("BEIJING (AP) —"). Each rule matches a whole line, except the dateline, which is cut from
the start of the first paragraph (or is a whole line of its own).
"""

from __future__ import annotations

import re

from bylines.ingest.furniture import WEB_ADDRESS_RE
from bylines.ingest.lines import (
    MAX_WIDGET_CHARS,
    LinePredicate,
    ends_sentence,
    is_short_match,
    matches,
)
from bylines.wordlists import MONTH_PATTERN, WEEKDAY_NAMES

# Translation notes: "Translated from the Portuguese by Ana Pires.", "This article was translated
# from Danish.", "(Rendered from the Pellish original by the desk.)" (a note about the text,
# never the story).
TRANSLATION_NOTE_RE = re.compile(
    # "Herald translation: ...", "[Translated from ... by the ... desk]"
    r"^[\[(]?(?:[\w’'-]+ (?:translation|translator[’']?s? note)\s*:\s*)?"
    r"(?:\(?this (?:article|story|report|text) (?:was|has been|is) "
    r"|(?:quotes?|quotations|interviews?|comments?) (?:(?:were|was|have been|has been) )?)?"
    r"(?:machine[- ])?"
    r"(?:translated|translation|rendered) (?:from|by|into)\b"
    # a clause after a comma makes it a sentence: "Translated into English, the sign reads ..."
    r"(?!.*,\s(?:the|a|an|he|she|it|they|we|this|that|his|her|its|their)\s)[^“”\"]{0,100}[\])]?$",
    re.I,
)
# Wire slugs: "(For use by New York Times News Service clients)", "(ART ADV: Photo is being sent
# ...)", "(EDS: ...)", "(Embargoed until ...)": a whole line in brackets opening with a desk
# keyword; and a line of desk code ("NYT-11-04-98 1532EST": capitals, digits, no lower case).
WIRE_SLUG_RE = re.compile(
    r"^\((?:(?i:for (?:use|release) by|embargoed|distributed by|eds?\b|editors?\b"
    r"|(?:photos?|pictures?|graphics?|video) (?:available|attached|moved)\b)|[A-Z]{2,}"
    r"(?: [A-Z]{2,})*:)[^()]{0,300}\)\.?$"
)
# A wire's pickup line left at the end of a paragraph: the first words of the paragraph a new
# version picks up from and where ("At its, 4th graf pvs", "Jamal Fawz, graf 19 pvs": the
# 4th / 19th paragraph of the previous version). Only after a sentence's end or alone.
WIRE_PICKUP_RE = re.compile(
    r"(?:(?<=[.!?\"”’])|^)\s*[^.!?\"“”\n]{0,60},\s+"
    r"(?:\d+(?:st|nd|rd|th)\s+grafs?|grafs?\s+\d+)\s+(?:pvs|prev(?:ious)?)\.?\s*$",
    re.IGNORECASE,
)
DESK_CODE_RE = re.compile(
    r"^(?=[^a-z]*[A-Z])(?=[^a-z]*\d)[A-Z0-9][A-Z0-9/:.-]*(?: [A-Z0-9:./-]+){0,2}$"
)
# A desk code of slash-joined parts with a number: "URP/Crime/KW/0702".
SLASH_CODE_RE = re.compile(r"^(?=.*\d)[A-Z][A-Za-z0-9]*(?:/[A-Za-z0-9]+){2,}$")
# A wire header of desk codes: "KPS 0412 NORTH COAST/STORM (FLASH)", "XNA0311 2 VRL
# /XNA-Varrow-Port": a few code tokens (capitals and digits, or words joined by "-" and "/"),
# a number among them, and a slug or a code of letters and digits. A sentence has lower-case
# words; a headline in capitals has no slug and no code.
WIRE_TOKEN_RE = re.compile(
    r"^[(/]*(?:[A-Z0-9]+(?:[-/:.][A-Z0-9]+)*|[A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+)[)/]*$"
)
WIRE_MARK_RES = (
    re.compile(r"[A-Za-z0-9][-/][A-Za-z0-9]"),  # a slug: "COAST/STORM", "/XNA-Varrow-Port"
    re.compile(r"^[A-Z]{2,}\d{3,}$"),  # an item code: "XNA0311"
    re.compile(r"^\d{2,}$"),  # an item number or time: "0412"
    re.compile(r"^\(.*\)$"),  # a tag: "(FLASH)"
)
# A wire header ends in a version tag in capitals, perhaps with the desk's note on what changed in
# lower case: "(UPDATE 3, adds minister's comment)", "(CORRECTED, fixes a name)", "(FLASH, 300
# words)". The tag counts as one mark of the header.
HEADER_TAG_RE = re.compile(
    r"\s*\((?P<tag>[A-Z][A-Z0-9 ]{0,20}[A-Z0-9]|[A-Z])(?:,\s*[^()]{1,120})?\)$"
)
# Parts of a header may be set apart by double slashes: "KPS URGENT // COAST-STORM // 0640 GMT".
HEADER_SEPARATOR_RE = re.compile(r"\s+(?://|--|\+{2,})\s+")
# Two marks at least: "COVID-19 UPDATE" and "M25 CLOSED" (a heading in capitals) have fewer.
MIN_WIRE_MARKS = 2
MAX_WIRE_HEADER_TOKENS = 10
# A wire's note on what a new version changes, no sentence in it: "(Adds quotes from the
# minister, paragraphs 5-6)", "(Updates with the operator's statement)".
VERSION_NOTE_RE = re.compile(
    r"^\((?i:adds|updates|recasts|rewrites|writes through|changes|corrects|fixes|refiles"
    r"|repeats)\b[^().!?“”\"]{0,200}\)$"
    # without brackets, the note names what a desk changes: "Adds quotes from the minister,
    # paragraphs 4-5", "Updates with new toll, recasts lead"
    r"|^(?i:adds|updates(?: with)?|recasts|rewrites|writes through|corrects|fixes|refiles)"
    r" (?i:[\w’'-]+ ){0,6}?(?i:quotes?|comments?|background|details|detail|paragraphs?|byline"
    r"|dateline|headline|lead|photos?|links?|toll|figures?|context|reaction|graphics?|minister"
    r"|statement)\b[^().!?“”\"]{0,120}$"
)
# A wire's priority or version on a line of its own: "URGENT", "FLASH", "-- UPDATE 2 --", "2nd
# lead", "WRITETHRU".
WIRE_PRIORITY_RE = re.compile(
    r"^[-–—(\[*\s]*(?i:urgent|flash|bulletin|advisory|(?:update|version|take)\s+\d+|writethru"
    r"|(?:\d+(?:st|nd|rd|th)|new|first|second|third) lead|corrected|repeat|refile)"
    r"[-–—)\]*\s]*$"
)
# Editors' initials on a line of their own: "hj/ok", "ab/cd/ef".
BARE_INITIALS_RE = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4})+$")
# The end of a wire item: "ENDS", "-ends-", "KPS ends /", "End of item".
WIRE_END_RE = re.compile(
    r"^[-–—(\[]*\s*(?:[A-Z]{2,8}\s+)?(?i:ends|endit|end of (?:item|story|text|transmission))"
    r"\s*[-–—)\]/.#]*$"
)
# A reference code under a label: "Ref: KPS-COAST-0412-STORM", "Story ref. 4410-B".
REFERENCE_LINE_RE = re.compile(
    r"^(?i:(?:story |item |our )?ref(?:erence)?\.?(?: no\.?| number)?|slug|item id)\s*[:#]?\s*"
    r"(?=[^ ]*[\d-])[A-Za-z0-9][\w./-]{2,60}$"
)
# A contact line in brackets: "((lena.varga@coastwire.example; +47 5550 1200))", "(Contact: ...)".
CONTACT_LINE_RE = re.compile(
    r"^\(+[^()]{0,200}(?:@[\w-]+\.\w|\+?\d[\d ()-]{6,}\d)[^()]{0,200}\)+\.?$"
)
# Desk codes with the editors' initials: "KPS mk/jd 0610", "NW-ab/cd 1532", "-- KPS/mk/jd" (a
# sign-off after dashes).
INITIALS_CODE_RE = re.compile(
    r"^(?:[-–—]+\s*)?[A-Z]{2,6}[-/ ]+(?:[a-z]{1,3}/[a-z]{1,3}(?:/[a-z]{1,3})*)"
    r"(?: [0-9A-Z:]{2,8}){0,2}$"
)
# A closing credit that only names who filed: "-- Larnian Press Agency", "— NW", "(Coast Wire)".
CLOSING_CREDIT_RE = re.compile(
    r"^(?:(?:—|–|--?)\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}\.?(?:\s*(?:—|–|--?))?"
    r"|\([A-Za-z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}\)\.?)$"
)
# The press-release boilerplate about the sender: "About NBW: NBW distributes ...".
ABOUT_SENDER_RE = re.compile(r"^(?i:about) (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}\s*:\s")
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
# A caption that ends with a labelled credit, no bracket: "Crews at the pier on Tuesday.
# Photograph: Mira Holt/Dunnock Herald", "Boats near the wall. Image: Varrow Coastguard". A label
# of a picture's maker after a sentence's stop; a story sentence never ends so.
CAPTION_LABEL_END_RE = re.compile(
    r"[.!?)]\s+\(?(?i:photo(?:graph)?|picture|image|illustration|graphic|video|footage|credit"
    r"|(?:photo|picture|image) credit|composite|source)s?\s*[:/]\s*[A-Z][\w.'’&-]*"
    r"(?: [A-Za-z][\w.'’&-]*){0,5}(?:\s*/\s*[A-Z][\w.'’&-]*(?: [A-Za-z][\w.'’&-]*){0,5})?\)?\.?$"
)
# A credit in square brackets: "[Photo/Varrow Daily]", "[Image: Ivo Rask]", "[Video: VTV]".
BRACKET_CREDIT_RE = re.compile(
    r"^\[(?i:photo|picture|image|video|graphic|illustration|file photo|credit)s?\s*[/:|]\s*"
    r"[^\[\]]{1,80}\]$"
)
# An agency's picture credit: "AFP via Getty Images", "(Reuters photo)", "Embed from Getty
# Images", "Ivo Rask/AP file photo".
AGENCY_PICTURE_RE = re.compile(
    r"^\(?[A-Z][\w.'’&-]*(?:(?: | ?/ ?)[A-Z][\w.'’&-]*){0,5} via [A-Z][\w.'’&-]*"
    r"(?: [A-Z][\w.'’&-]*){0,3}\)?$"
    r"|^(?i:via) [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}$"
    r"|^\((?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})"
    r" (?i:(?:file )?(?:photo|picture|image|video)s?"
    r"|pool photo|handout)\)$"
    r"|^(?i:embed(?:ded)? from) [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}$"
)
# Contributor credit: "... contributed to this report." (no quotation marks: a quote is story).
CONTRIBUTOR_RE = re.compile(
    r"^[^“”\"]{0,300}\bcontributed (?:reporting|to (?:this|the) (?:report|story|article|reporting))"
    r"(?: from [^“”\".]{1,60})?\.?$"
    # "Coast Wire writer Ivo Rask contributed.": a newsroom job before the name
    r"|^[^“”\"]{0,80}\b(?:writers?|reporters?|correspondents?|staff|journalists?) [A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’-]+){1,3}(?:(?:,| and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})* contributed\.?$",
    re.I,
)
# A broadcaster's sign-off: "Ana Lind, Varrow Radio, Dunnock.", "Ivo Rask, Coast TV News";
# "Ana Lind reports from Dunnock."; "This is Varrow Radio News." (the outlet by its outlet word).
SIGN_OFF_RE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, "
    r"(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4})"
    r"(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?\.?$"
    r"|^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} reports? from [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\.?$"
    r"|^(?i:this is) (?P<station>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4})\.?$"
)
SIGN_OFF_OUTLET_RE = re.compile(
    r"\b(?:news|radio|tv|television|wire|press|times|post|herald|gazette|daily|channel|network"
    r"|broadcasting|courier|tribune|journal|agency)\b",
    re.I,
)
# A reporter's address: "Ana Lind can be reached at ana@varrowdaily.example".
REACH_AUTHOR_RE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:can|may) be (?:reached|contacted|emailed|followed)"
    r" (?:at|on|via|by)\b[^“”\"]{0,80}$"
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
# (only taken as a credit in parentheses, as parts joined by ";" that are each a credit, or without
# final stop; see is_reporting_credit).
REPORTING_BY_RE = re.compile(
    r"^(?:[-–—]+\s*)?\(?(?:additional )?(?:reporting|writing|editing|compiled|translation) by\b"
    r"[^“”\"]{1,300}$",
    re.I,
)
# Photo and picture credits: "(AP Photo/Jane Doe)", "Photo: AFP", "Image source, Getty Images",
# "Media caption, ...". A comma only after "source" or "caption": "Video, filmed by a passer-by,
# shows ..." and "Pictures, posted online, showed ..." are story.
PHOTO_CREDIT_RE = re.compile(
    r"^\(?(?:(?:AP|AFP|Reuters|Getty|EPA) )?(?:(?:photo|photograph|picture|image|credit|video|foto"
    r"|bild|illustration|graphic|artwork|map|chart|infographic|pictured|cartoon|footage"
    r"|(?:photo|picture|image|video|main|top|header|lead|file) (?:credit|illustration|photo|image"
    r"|picture)|photo illustration)s?"
    r"(?:(?: source| caption)\s*[:/,]|\s*[:/])|(?:media |video |photo )?caption\s*[:,]).{0,120}$"
    r"|^getty images\.?$"
    # a label over photos or a gallery: "Our pictures: crews at the pier", "Gallery: the storm"
    r"|^(?:our|more|all) (?:photos|pictures|images|videos)\s*:.{0,120}$"
    r"|^(?:gallery|galleries|slideshow|photo gallery)\s*:.{0,120}$",
    re.I,
)
# "Photo by Mira Holt / Harbour Daily", "Photo courtesy of the fire brigade", "Photo illustration
# by ...": taken only without a sentence end ("Photos by residents showed the roof." is story).
PHOTO_BY_RE = re.compile(
    r"^\(?(?:(?:AP|AFP|Reuters|Getty|EPA) )?(?:photo|photograph|picture|image|video)s?"
    r"(?: illustration)? (?:by|courtesy(?: of)?|supplied by|provided by)\s[^“”\"!?]{1,80}$",
    re.I,
)
MAX_PHOTO_BY_WORDS = 12
# A credit with no caption: "Mira Holt/Getty Images", "Getty Images/iStockphoto": a few
# capitalised words, a slash, a few more, nothing else.
BARE_CREDIT_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4} ?/ ?[A-Za-z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}$"
)
# Copyright notices and the wire's reuse notice. After the word "Copyright" comes a ©, a year or
# a name: "Copyright lawyers for the festival said ..." is story.
COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright(?=\s*(?:©|\(c\)|\d{4}|:|(?-i:[A-Z])|$))|c\.\s?\d{4}\b).{0,200}$"
    r"|^all rights reserved\.?$"
    r"|^this material may not be published, broadcast, rewritten,? or redistributed\.?$",
    re.I,
)
# Editor's notes: always notes when labelled so; corrections and clarifications, with the time
# or date they were made and a colon or one spaced dash ("Correction appended 20:05: ...",
# "Clarification, 4 June - ...", "Correction (18:40): ..."). Not a plural's story
# ("Corrections issued on 4 June - two weeks after the exam - raised 300 grades"), a number
# that is no date ("Correction at 14 prisons: ..."), nor a hyphen ("Clarification on
# 15-minute parking").
_MONTH = MONTH_PATTERN
_NOTE_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?"
    rf"|\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?|(?:{_MONTH})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
EDITORS_NOTE_RE = re.compile(
    r"^(?:editor[’']?s[’']?|editors[’']?) note\b.*$|^notes? (?:to|for) (?:editors|news desks)\b.*$"
    r"|^(?:correction|clarification)s?\s*[:—–-].*$"
    r"|^(?:correction|clarification)(?:\s+(?:appended|added|made|published|issued))?"
    rf"(?:\s+(?:at|on))?(?:,?\s+{_NOTE_TIME}|\s*\({_NOTE_TIME}\))"
    r"(?:\s*:|\s+[—–-]\s+(?!.*\s[—–-]\s)).*$"
    rf"|^(?:correction|clarification|update)s? appended(?:\s+{_NOTE_TIME})?\.?$",
    re.I,
)
# Notes about amendments: "NOTE: This headline ... was amended on ...", "Update: ... updated",
# "This story has been corrected ...", "An earlier version of this article ...".
AMENDMENT_NOTE_RE = re.compile(
    r"^\*?\s*(?:note|update|updated)\s*[:—–-].*\b(?:amended|updated|corrected|changed|revised"
    r"|clarified|edited)\b.*$"
    r"|^\*?\s*this (?:story|article|report|headline|post)\b(?! of\b).{0,80}"
    r"\b(?:has been|have been|was|were)"
    r" (?:amended|updated|corrected|changed|revised|edited)\b.*$"
    r"|^\*?\s*an earlier version of this (?:story|article|report|headline)\b.*$",
    re.I,
)
# A sentence that ends by naming who said it is story, not a note ("This report was revised
# after the inspection, the agency said.").
ATTRIBUTION_END_RE = re.compile(
    r",\s(?:[^,]{1,60}\s)?(?:said|says|told\s\w+|reported|added|heard|was told|were told"
    r"|wrote|announced|confirmed|insisted|warned|ruled|found|according to [^,]{1,60})\.?$"
)
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (checked word by word below).
BYLINE_START_RE = re.compile(
    r"^(?:(?:written |reported |words |story )?by|von|par|por|door|av|af)\s+", re.I
)
BYLINE_JOINERS = frozenset({"and", "&", "in", "the", "|", "of", "for"})
# A dateline opening the first paragraph: "BEIJING (AP) —", "WASHINGTON, June 18 (Reuters) -",
# "LONDON —". The place is upper case words of two letters or more ("A FIRE - BOMB attack" is not
# a dateline); a plain hyphen only counts after an agency in brackets.
# A part after the place's comma: a region or a date ("Varrow", "March 5", "5 March", "March 5,
# 2026").
DATELINE_PART = (
    r",\s*(?:\d{1,2}\s+)?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
)
# After an agency in brackets a wire may mark the dateline's end with another sign than a dash
# ("(Kingfisher Wire) ^", "(Coast Wire) ~", "(KPS) |", "(NNA) ::", "(KPS) //", "(CVP) ▏"): one
# or two signs of any kind, as each house picks its own glyph (a list of the ones seen grew with
# every batch of invented outlets), but not what goes on a sentence after a bracket: a comma or
# other stop, a quotation mark or bracket, '&', '+', '#', currency or a single slash ("NATO (the
# alliance), said", "(AP) “The", "(WHO) & partners").
AGENCY_MARK = r"(?:-{1,2}|::|//|[^\w\s,.;:!?\"“”‘’'()\[\]{}<>&*#@%$£€+=/\\-]{1,2})"
DATELINE = (
    r"[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}"
    rf"(?:{DATELINE_PART}){{0,2}}"
    rf"\s*(?:\([A-Za-z.& ]{{1,30}}\)\s*{AGENCY_MARK}|—|–|--)"
)
# A dateline with the place in ordinary case has a region or date after a comma and a spaced
# dash ("Dunnock, Varrow Coast -", "Quellmoor, March 5 —"), and the story after it starts with a
# capital ("In Oslo, Vestline – the operator – said" is a sentence). A word that opens sentences
# is no place ("Meanwhile, Vestline - ...", "On Monday, March 5 - ...").
SENTENCE_OPENERS = (
    r"(?:on|in|at|by|for|from|with|after|before|during|meanwhile|however|today|yesterday|earlier"
    r"|later|now|still|also|then|here|there|but|and|so|yet|when|while|as|if|the|an?|this|that"
    r"|mr|mrs|ms|dr|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
PLAIN_DATELINE = (
    rf"(?!(?i:{SENTENCE_OPENERS}))[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){{0,2}}"
    # the region in brackets: "Quellmoor (Varrow), March 3 (Coast Wire) -"
    r"(?:\s*\([A-Z][A-Za-z’' -]{1,30}\)(?=,))?"
    # a region or date after a comma, perhaps the agency; or no comma and the agency in brackets
    # ("Dunnock (Coast Wire) -")
    rf"(?:(?:{DATELINE_PART}){{1,2}}(?:\s*\([A-Za-z.& ]{{1,30}}\))?"
    r"|\s*\([A-Z][A-Za-z.& ]{0,29}\))"
    r"\s+(?:[—–]|-{1,2})"
)
DATELINE_RE = re.compile(
    rf"^(?P<dateline>{DATELINE})\s+(?=\S)|^(?P<plain>{PLAIN_DATELINE})\s+(?=[A-Z“\"])"
)
# The same dateline on a line of its own, the story starting on the next.
DATELINE_LINE_RE = re.compile(rf"^(?:{DATELINE}|{PLAIN_DATELINE})$")
# A wire slug line: capitals and digits joined by hyphens, perhaps a slash and a bracketed
# tag ("NW-HARBOUR-FIRE/ (UPDATE 2)", "BC-VOTE-COUNT (URGENT)", "KW-PORTS/VARROW-STRIKE"); two
# joins at least, so a capitalised "COVID-19" on a line is not one.
SLUG_LINE_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+){2,}/?(?: ?\([A-Z0-9 ,.-]{1,30}\))?$")
# A part of a header line that opens as a credit: "By Ana Lind", "Dunnock — from our reporter";
# in a masthead's place it makes the line no masthead (outlet.py, stamps.py).
CREDIT_PART_START_RE = re.compile(r"^(?:by|from|posted by|written by|reporting by)\b", re.I)
# Staff credits without a name or before one: "By our harbour correspondent", "From our reporter
# in Estmere", "Posted by the Coast Radio newsdesk", "Estmere — from the Herald's court reporter".
STAFF_CREDIT_RE = re.compile(
    r"^(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? [—–-] )?(?i:by|from|posted by|written by|filed by"
    r"|compiled by) (?i:our|a|an|the)\b[\w ’'-]{0,40}?\b(?i:correspondent|reporter|editor|staff"
    r"|writer|team|desk|newsdesk|newsroom|bureau)s?"
    # the reporter's name after the job: "From our correspondent Ana Lind, Dunnock"
    r"(?: [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})?"
    r"(?:,? (?:in|at) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?|, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})?$"
)
# A wire's terms of use, one to three short sentences: "For use by KPS clients only. Not for
# resale.", "Distributed by Coast Wire. Not for onward transmission.", "Redistribution
# prohibited." Each sentence is a licence phrase and one of them restricts use ("only", "not for",
# "prohibited"): "Distributed by the Red Cross, the food reached 300 families." is story.
LICENCE_SENTENCE_RE = re.compile(
    r"^(?:for (?:the )?(?:use|publication|distribution|broadcast) (?:by|of|to|in)\b"
    r"[^.!?,“”\"]{1,60}"
    r"|(?:distributed|supplied|syndicated|provided) (?:by|via|through) [^.!?,“”\"]{1,50}"
    r"|not for (?:re-?sale|sale|re-?distribution|(?:onward )?(?:transmission|publication"
    r"|distribution|broadcast)|(?:re-?)?publication|archiving)\b[^.!?,“”\"]{0,40}"
    r"|(?:re-?distribution|re-?sale|reproduction|onward transmission|archiving)"
    r"(?: [^.!?,“”\"]{1,30})? (?:is )?(?:strictly )?(?:prohibited|forbidden|not permitted))[.!]?$",
    re.I,
)
LICENCE_LIMIT_RE = re.compile(r"\b(?:only|not for|prohibited|forbidden|not permitted)\b", re.I)
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!])\s+")
MAX_LICENCE_SENTENCES = 3
# A desk's credit by its name: "Posted by Coast TV News Desk", "Compiled by the Varrow Newsroom".
DESK_BY_RE = re.compile(
    r"^(?i:posted|written|filed|compiled|produced|edited|updated) (?i:by) (?:(?i:the) )?"
    r"[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4} (?i:desk|newsdesk|newsroom|team|staff|bureau)$"
)
# A note about the article itself, not the event: "This article is part of our Coast Towns
# series, funded by the Harbour Trust", "This story was produced with support from ...".
ABOUT_ARTICLE_RE = re.compile(
    r"^this (?:article|story|report|piece|series|content|coverage) (?:is|was|has been) "
    r"(?:part of|produced|funded|supported|paid for|sponsored|made possible|brought to you"
    r"|published in partnership)\b[^“”\"]{0,160}$"
    r"|^(?:a version of )?this (?:article|story) (?:first )?(?:appeared|appears) in (?:print|the"
    r" print edition)\b[^“”\"]{0,80}$"
    # where the text was first printed: "This story originally appeared on the Dunnock Herald",
    # "A version of this story appeared in the Herald's newsletter", "Originally published as
    # ...", "Read the original article on ..."
    r"|^(?:an? (?:version|edition|shorter version|longer version) of )?this (?:article|story"
    r"|report|piece|post|interview|column|content)(?: was| has been| is| also)?"
    r" (?:first |originally |also |previously )*(?:published|appeared|ran|posted|printed|aired"
    r"|broadcast|syndicated|republished)\b[^“”\"]{0,120}$"
    r"|^(?:originally|first) (?:published|appeared|posted|printed|aired|broadcast) (?:in|on|by|as"
    r"|at)\b[^“”\"]{0,120}$"
    r"|^(?:read|see|view) (?:the )?original (?:article|story|report|version|post)\b[^“”\"]{0,80}$"
    # "You are reading the English version of a story first broadcast in Tessalian."
    r"|^[^“”\"]{0,40}\b(?:english|translated|shorter|edited|online) version of (?:a|this|the|our)"
    r" (?:story|article|report|programme|broadcast|interview)\b[^“”\"]{0,100}$"
    # "Eastbank Voice is funded by its readers. Become a member ..."
    r"|^[\w ’'.-]{1,40} (?:is|are) (?:funded|supported|paid for|made possible|owned) by (?:its|our"
    r"|their) (?:readers|members|listeners|viewers|subscribers|community)\b[^“”\"]{0,120}$"
    # who pays for the journalism: "Dunnock Daily journalism is funded by our readers."
    r"|^[\w ’'.-]{0,40}\bjournalism is (?:funded|supported|made possible|paid for) by\b"
    r"[^“”\"]{0,80}$",
    re.I,
)
# A broadcaster's line about its reporter, not the event: "Our correspondent Ana Lind is at the
# pier.", "Our reporter, Ivo Rask, is in Dunnock", and, named, "Our reporter Ana Lind was at the
# fair." A place only: "Our reporter was in the bank when the gunman came in", "Our reporter Ivo
# Rask was on the bus that was hit" or "was in hospital overnight" is story.
REPORTER_PLACE_RE = re.compile(
    r"^(?i:our) (?:[\w-]+ ){0,2}(?i:correspondent|reporter|editor|team|crew)s?,? "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3},? (?:is|are) (?:now )?(?:at|in|on|outside|near|by|live"
    r" (?:at|in|from)|there|here|travelling to|on (?:the|her|his|their) way to)\b[^“”\",;]{0,60}$"
    r"|^(?i:our) (?:[\w-]+ ){0,2}(?i:correspondent|reporter),? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)"
    r"{0,3},? was at (?:the (?:[a-z’'-]+ ){0,1}[a-z’'-]+|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\.?$"
)
# "From Ana Lind, Transport Correspondent": a byline that opens with "From" names a job title.
FROM_BYLINE_RE = re.compile(
    r"^From [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},? (?:[\w-]+ ){0,3}"
    r"(?i:correspondent|editor|reporter|writer|columnist|journalist)$"
)
# A labelled byline: "Words: Ana Lind", "Text and photos: Ivo Rask", "Interview: Ana Lind".
# So are the other credits of a page's makers: "Edited by Ivo Rask", "Editor: Ana Lind",
# "Additional reporting: Ivo Rask", "Graphics by Ana Lind" (names only, to the end of the line),
# and a reporter's credit with where or for whom they filed: "Correspondent: Ana Lind",
# "Reporter: Ana Lind in Corrowmere", "Photographs: Ivo Rask for the Dunnock Herald", each
# name with its own place ("Correspondents: Ana Lind in Corrow and Ivo Rask in Varnholt"). A
# transcript's turn after the label ("CORRESPONDENT: Westmarch's director admits ...") is no name
# only, and stays.
LABEL_BYLINE_RE = re.compile(
    r"^(?i:words|text|story|report|reporting|additional reporting|interview|written|editor|edited"
    r"|editing|production|produced|producer|graphics|design|research|photos|pictures|translation"
    r"|translated|presented|presenter|correspondents?|reporters?|photographs|photography)"
    r"(?: (?i:and|&) (?i:photos|pictures|images))?(?:\s*:|\s+(?i:by)\b:?)"
    r"\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}(?: (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?"
    r"(?:(?:,| and| &) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}"
    r"(?: (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?)*"
    r"(?:(?:,| in| at| for) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?$"
)
# A byline that says what the people did, or dates itself: "Posted by Ana Lind on 3 March 2026",
# "Fact-checked by Ivo Rask", "Reviewed by Mira Holt". The time after it is cut before the name
# is read.
BYLINE_ROLE_RE = re.compile(
    r"^(?:posted|filed|published|updated|produced|presented|fact[- ]checked|reviewed|medically"
    r" reviewed|verified|edited|illustrated|photographed|narrated|interviews?|analysis|comment)"
    r" by\s+",
    re.I,
)
BYLINE_STAMP_RE = re.compile(
    r"\s*(?:,|\bon\b|\bat\b|[|•·—–]|\b(?i:posted|published|updated|filed)\b:?)\s*[^|•·]{0,40}\d"
    r"[^|•·]{0,30}$"
)
# Who the text was written for or comes from: "Special to the Dunnock Herald", "From the Varrow
# Daily", "Exclusive to Orrin News" (an outlet word names it).
SPECIAL_TO_RE = re.compile(
    r"^(?i:special to|exclusive to|written for|from|courtesy of|republished from|via) (?:the )?"
    r"(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4})\.?$"
)
# The text of a picture that did not load: "Ana Lind profile picture", "Ana Lind's avatar",
# "Dunnock Herald logo": a name, then what the picture is.
ALT_TEXT_RE = re.compile(
    r"^[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4}(?:['’]s?)? (?i:profile (?:picture|photo|image)"
    r"|avatar|logo|headshot|portrait|mugshot|byline (?:photo|picture|image)"
    r"|author (?:photo|image))$"
)
# Two people or more named alone: "Ana Lind, Ivo Rask", "Ana Lind and Ivo Rask" (a byline; a
# heading names one thing).
NAME_LIST_RE = re.compile(
    r"^[A-Z][\w'’-]+ [A-Z][\w'’-]+(?:(?:,| and| &|, and) [A-Z][\w'’-]+ [A-Z][\w'’-]+)+$"
)
# "Ivo Rask for the Dunnock Herald", "Ana Lind and Ivo Rask for Varrow Radio": a byline without
# "By", the outlet named with an outlet word.
FOR_OUTLET_RE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}(?:(?:,| and| &) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})*"
    r" for (?:the )?(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4})$"
)
# A person's name with the job of a newsroom, no verb: "Ana Lind, Health Correspondent", "Health
# Correspondent, Dunnock", "Ana Lind — Senior Reporter in Dunnock", "Ivo Rask, Editor".
NEWSROOM_JOB = (
    r"(?:[\w-]+ ){0,3}(?i:correspondent|editor|reporter|writer|columnist|journalist|producer"
    r"|photographer|photojournalist|presenter|anchor|contributor|stringer|videographer)s?"
)
PERSON = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}"
PLACE = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
NAME_JOB_RE = re.compile(
    rf"^(?:{PERSON}\s*(?:,|—|–|-|\|)\s*)?{NEWSROOM_JOB}(?:(?:,| in| at| -| —)\s*{PLACE})?$"
)
# A name alone at the top or foot of a page ("Ana Lind", "Ana Lind in Dunnock", "Ana Lind,
# Dunnock"): a byline or a signature without "By" (taken only near the ends: see clean.py).
EDGE_NAME_RE = re.compile(rf"^{PERSON}(?:(?:,| and| &|, and) {PERSON})*(?:(?:,| in| at) {PLACE})?$")
# A note on the reporter at the foot: "Ana Lind is our health correspondent.", "Ivo Rask is the
# Varrow Daily's political editor. He has covered ...", "Mira Holt covers courts for the
# Herald.": a name opens it, then a newsroom's job or beat.
AUTHOR_NOTE_RE = re.compile(
    rf"^{PERSON} (?:is|was|has been) (?:our|a|an|the|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}}['’]s)"
    r" (?:[\w’'.-]+ ){0,5}?"
    r"(?i:correspondent|editor|reporter|writer|columnist|journalist|producer|photographer"
    r"|presenter|contributor|stringer)s?\b[^“”\"]{0,240}$"
    rf"|^{PERSON} (?:covers|writes about|reports on|writes for|reports for|has covered|has reported"
    r" on|has written for)\b[^“”\"]{0,240}$"
)
# "our" makes it the outlet's own note anywhere: "Ana Lind is our health correspondent".
OUR_STAFF_RE = re.compile(
    rf"^{PERSON},? (?:is|was) our (?:[\w-]+ ){{0,3}}"
    r"(?i:correspondent|editor|reporter|writer|columnist|journalist|producer|photographer"
    r"|presenter)\b[^“”\",;]{0,80}\.?$"
)
# The outlet's company at the foot: "Dunnock Herald is part of Varrow Media Group", "Registered in
# England and Wales No. 01234567".
COMPANY_NOTE_RE = re.compile(
    r"^(?:the )?[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4} (?:is|are) (?:part of|a member of"
    r"|owned by|published by|a (?:division|subsidiary|brand|trading name) of) (?:the )?"
    r"[A-Z][\w.&'’-]*(?: [A-Z0-9&][\w.&'’-]*){0,5}\.?$",
)
REGISTERED_RE = re.compile(
    r"^(?:[\w ’'.,&-]{0,60}\b)?registered (?:in|office|company|address|as)\b[^“”\"]{0,120}"
    r"(?:no\.?|number|company)\s*:?\s*[\dA-Z]{5,}\b[^“”\"]{0,60}$",
    re.I,
)
# A charity's registration at the foot of its own page (fresh35: a rescue team's release):
# "Fellhaven Mountain Rescue Team is a registered charity, no. 1099412.", "Registered charity
# number 1099412 (England and Wales) and SC043210 (Scotland)", "Charity no. 1099412",
# "Charity registration number: 1099412". REGISTERED_RE reads a company's "registered in /
# office / as"; a charity gives its number after "charity". The number (five to eight figures,
# a two-letter register's prefix allowed) is what makes it the note: "The charity, registered
# in 1998, ..." and "Ellerby Trust is a registered charity that runs 12 shops" state no number
# in that place and stay story.
_ORGANISATION = (
    r"(?:(?i:the) )?[A-Z][\w.&'’-]*(?: (?:[A-Z0-9][\w.&'’-]*|of|the|and|for|on|in|&)){0,8}"
)
_CHARITY_NUMBER = r"(?:[A-Z]{1,2} ?)?\d{5,8}(?: ?\([A-Z][\w ]{1,30}\))?"
# The number follows "registered charity" or a label ("no.", "number", "reg. no",
# "registration number"): "Registered charities in Wendle number 18000" counts charities
# ("number" a verb) and a fact box's "Charities: 18000" gives a count; a plural only with a
# plural label ("Registered charity nos. 1099412 and SC043210").
_CHARITY_LABEL = r"(?i:nos?\.?|numbers?|reg\.? no\.?|registration (?:no\.?|number))"
CHARITY_NOTE_RE = re.compile(
    rf"^(?:{_ORGANISATION}(?: (?:is|are) (?:an? )?| [—–-] |, ))?"
    r"(?:(?i:registered (?:as an? )?charity),? ?(?:\(?|[,:] ?)?(?:{label} ?:? ?)?"
    r"|(?i:charity|registered charity)(?: in [A-Z][\w ]{1,30}?,?)?"
    r" (?:registration )?{label} ?:? ?\(?"
    r"|(?i:(?:registered )?charities) (?i:nos\.?|numbers) ?:? ?\(?)"
    rf"{_CHARITY_NUMBER}(?:(?:,| and|;) {_CHARITY_NUMBER})*\)?\.?$".replace(
        "{label}", _CHARITY_LABEL
    )
)
# What a charity's foot note says besides its number: where to give or read ("Donate at
# orrinfoodbank.example", "www.fellhavenmrt.example"), its office or its company ("Registered
# office: 4 Mill Lane, Orrin", "A company limited by guarantee no. 0123456"). No other figure:
# "It fed 900 families in March" after the number is story.
CHARITY_BOILERPLATE_RE = re.compile(
    r"^(?:(?:please )?(?:donate|give|find out more|read more|visit us|more) (?:at|online at|via|on)"
    r" \S{4,80}"
    r"|registered office:? [^“”\"\d]{0,80}(?:\d{1,4}[^“”\"\d]{1,80})?"
    r"|(?:an?|the)?\s*(?:company|charitable company) limited by guarantee"
    r"(?:,? (?:(?:registered )?in [A-Z][\w ]{1,30}?,?)? ?(?:no\.?|number):? ?[A-Z]{0,2}\d{5,8})?"
    r")\.?$",
    re.I,
)
# A sentence of a note: a stop before a capital or a quotation mark, not the stop of "no."
# ("no. 1099412", "No. SC012345" go on).
NOTE_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])(?<![Nn]o\.)\s+(?=[A-Z“\"‘])")
# A show's production credit (fresh35: a podcast's page): "Pints & Parishes is made by Hedgerow
# Audio.", "The Wold Hour is produced by Carrow Sound for Wold Radio." Only with a labelled
# credit after it on the line ("Music: "Last Orders" by the Ellerby Silver Band.", "Theme music
# by Ana Lind.", "Editing: Ivo Rask."): alone, "Parmesan is made by farmers in Emilia" and "The
# film is produced by Wendle Pictures" are what a story says.
PRODUCTION_CREDIT_RE = re.compile(
    rf"^{_ORGANISATION} (?:is|are) (?:a )?(?:made|produced|presented|hosted|edited|mixed"
    r"|recorded)(?: and (?:made|produced|presented|hosted|edited|mixed|recorded))?"
    rf" by {_ORGANISATION}(?:(?:,| and| in association with| for) {_ORGANISATION})*\.?$"
)
# A labelled credit names only: "Music: Ana Lind.", "Music: "Last Orders" by the Ellerby Silver
# Band.", "Editor: Ivo Rask and Mia Dorn." A clause, a verb or a figure after the name ("Music by
# Ana Lind, who grew up in Orrin, plays over ...", "Recorded by the brewery, sales rose 20
# percent") and words in lower case ("Theme: loss and the sea.") are what a story or a review says.
_CREDITED_NAME = r"(?:the )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|&))*"
# A page that says it is a show's: the production credit of a podcast, an episode or a
# programme ("Episode 12: ...", "On this week's podcast", "Wold Radio").
SHOW_PAGE_RE = re.compile(r"\b(?:podcasts?|episodes?|programmes?|radio|broadcast|listen)\b", re.I)
LABELLED_CREDIT_RE = re.compile(
    r"^(?i:(?:theme )?music|theme|sound(?: design)?|editing|edited|editor|mixing|mixed"
    r"|(?:executive |series )?producers?|artwork|cover art|engineer(?:ing)?|recorded)"
    r"(?::| by) (?:[“\"‘][^“”\"‘’]{1,60}[”\"’] by )?"
    rf"{_CREDITED_NAME}(?:(?:,| and) {_CREDITED_NAME})*\.?$"
)
# "Ana Lind reported from Dunnock, and Ivo Rask from Quellmoor.": who filed from where.
FILED_FROM_RE = re.compile(
    rf"^{PERSON} (?:reported|filed|contributed reporting) from {PLACE}"
    rf"(?:(?:,| and|, and) {PERSON} (?:(?:reported|filed) )?from {PLACE})*\.?$"
)
# A dateline split from the lead with no place: "Mar 3 (Coast Wire) -".
DATE_DATELINE_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\s*\([A-Za-z.& ]{1,30}\)"
    r"\s*(?:[—–]|-{1,2})$"
)
# A byline names at most this many words after "By" (two or three people and a desk).
MAX_BYLINE_WORDS = 10
# "By" before a time is a time phrase opening a story sentence, not a byline: "By Wednesday,
# 1,950 drivers had been repaid." (fresh33: the stamp reading cut it at its comma and left "By
# Wednesday"). A number, "the end/time/...", in lower case "late/early/mid-" ("By Mid Ulster
# Reporter" is a desk), or a weekday, month or time of day with no capitalised word after it:
# names and desks begin with these words too ("By April Lind", "By Dawn Fenwick", "By Sunday
# Ekwueme", "By Today Reporter", "By Nightfall Staff" are bylines; "By April, ...", "By March
# 3," and "By dawn the fire was out" are not).
_TIME_OF_DAY = "then now noon midday midnight nightfall dusk dawn lunchtime tonight today tomorrow"
_TIME_AFTER_THE = "end time start middle close following next weekend morning afternoon evening"
_NAMED_TIME = "|".join([*WEEKDAY_NAMES, MONTH_PATTERN, *_TIME_OF_DAY.split()])
TIME_PHRASE_BY_RE = re.compile(
    rf"^by\s+(?:\d|the\s+(?:{'|'.join(_TIME_AFTER_THE.split())})\b"
    rf"|(?-i:late|early|mid)\b|(?-i:mid)-|(?:{_NAMED_TIME})\b(?!\.?\s+[A-Z]))",
    re.I,
)


def _is_role_byline(text: str) -> bool:
    """ "Posted by Ana Lind on 3 March 2026", "Fact-checked by Ivo Rask": the role, the name."""
    match = BYLINE_ROLE_RE.match(text)
    if match is None or ends_sentence(text):
        return False
    rest = BYLINE_STAMP_RE.sub("", text[match.end() :])
    return _is_byline(f"By {rest}")


def _is_credit_sentences(text: str) -> bool:
    """ "Written by Ana Lind. Edited by Ivo Rask.": two or three sentences, each a credit."""
    parts = [part.rstrip(".") for part in SENTENCE_SPLIT_RE.split(text.strip())]
    if not 1 < len(parts) <= MAX_LICENCE_SENTENCES:
        return False
    return all(_is_role_byline(part) or _is_byline(part) for part in parts)


# A credit's tail after the name that tells of the person, not the event: "Correspondent: Ana
# Lind, who has covered Varnholt county for ten years.", "..., reporting from Lower Brack." Only
# to the end of the line with no further comma: "PRESENTER: Ana Lind, who chairs the board,
# resigned today" is a turn whose sentence goes on after the clause.
CREDIT_TAIL_RE = re.compile(r", (?:who|reporting|filing|based|writing) [^,]+$")
# A second credit after the first sentence of a credit line: "Camera: Ivo Rask", "Sound: Mira
# Holt" (any one-word label over a name of two to four capitalised words).
LABELLED_NAME_RE = re.compile(r"^[A-Z][a-z]+: [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$")


def is_credit_turn(text: str) -> bool:
    """Whether a line under a staff label ("Correspondent: Ana Lind in Lower Brack.",
    "Reporter: Ana Lind. Edited by Ivo Rask.") is a credit, read without its full stops: its
    first sentence (without a tail on the person) a credit, any other a credit too."""
    parts = [part.rstrip(".") for part in SENTENCE_SPLIT_RE.split(text.strip())]
    if len(parts) > MAX_LICENCE_SENTENCES:
        return False
    parts[0] = CREDIT_TAIL_RE.sub("", parts[0])
    return all(
        LABELLED_NAME_RE.match(part) or any(check(part) for check in CREDIT_CHECKS)
        for part in parts
    )


def _is_for_outlet(text: str) -> bool:
    match = FOR_OUTLET_RE.match(text) or SPECIAL_TO_RE.match(text)
    return match is not None and SIGN_OFF_OUTLET_RE.search(match.group("outlet")) is not None


def is_foot_note(text: str) -> bool:
    """A note on the reporter or the outlet's company: a credit among the last lines of a page;
    in the middle it may be the story ("Ana Lind is a reporter who was detained in 2019").
    A charity's number with its boilerplate after it on the line ("... no. 1099412. Donate at
    orrinfoodbank.example.") is its note there too; any other sentence after it is story ("Its
    volunteers were called out 212 times last year.") and keeps the line."""
    if AUTHOR_NOTE_RE.match(text) is not None or COMPANY_NOTE_RE.match(text) is not None:
        return True
    sentences = NOTE_SENTENCE_SPLIT_RE.split(text.strip())
    return (
        len(text) <= MAX_WIDGET_CHARS
        and len(sentences) <= MAX_LICENCE_SENTENCES
        and CHARITY_NOTE_RE.match(sentences[0]) is not None
        and all(_is_charity_boilerplate(sentence) for sentence in sentences[1:])
    )


def _is_charity_boilerplate(sentence: str) -> bool:
    return (
        WEB_ADDRESS_RE.match(sentence.rstrip(".")) is not None
        or CHARITY_BOILERPLATE_RE.match(sentence) is not None
    )


def _is_charity_note(text: str) -> bool:
    return len(text) <= MAX_WIDGET_CHARS and CHARITY_NOTE_RE.match(text.strip()) is not None


def is_production_credit(text: str) -> bool:
    """ "Pints & Parishes is made by Hedgerow Audio. Music: ... by ...": who made the show,
    then labelled credits, each sentence a credit; junk only on a show's page (SHOW_PAGE_RE):
    a review or a story may say who made a film and its music."""
    sentences = NOTE_SENTENCE_SPLIT_RE.split(text.strip())
    if len(text) > MAX_WIDGET_CHARS or not 1 < len(sentences) <= MAX_LICENCE_SENTENCES:
        return False
    return PRODUCTION_CREDIT_RE.match(sentences[0]) is not None and all(
        LABELLED_CREDIT_RE.match(sentence) for sentence in sentences[1:]
    )


def is_name_line(text: str) -> bool:
    """A name alone ("Ana Lind", "Ana Lind in Dunnock"): a byline or a signature where it stands
    among credits or after the story; under a headline alone it may be a subject heading."""
    return EDGE_NAME_RE.match(text) is not None


def _is_byline(text: str) -> bool:
    """ "By Jane Doe, Reuters": capitalised words after "By", no final punctuation; after a
    comma the desk may follow in lower case ("By Jane Doe, Tolmar Courier arts desk"); a time
    may close it ("By Ana Lind Posted: 14:05 GMT Tuesday 3 March 2026")."""
    if TIME_PHRASE_BY_RE.match(text):
        return False
    if BYLINE_START_RE.match(text) and BYLINE_STAMP_RE.search(text):
        text = BYLINE_STAMP_RE.sub("", text)
    if not BYLINE_START_RE.match(text) or ends_sentence(text):
        return False
    if not 1 <= len(BYLINE_START_RE.sub("", text).split()) <= MAX_BYLINE_WORDS:
        return False
    name = BYLINE_START_RE.sub("", text).split(",", maxsplit=1)[0].split()
    return bool(name) and all(word[:1].isupper() or word.lower() in BYLINE_JOINERS for word in name)


def is_reporting_credit(text: str) -> bool:
    """ "Reporting by X; Editing by Y": a credit, unlike "Reporting by the BBC showed that..."."""
    if REPORTING_BY_RE.match(text) is None:
        return False
    if text.startswith("(") or not ends_sentence(text):
        return True
    parts = text.split(";")
    return len(parts) > 1 and all(REPORTING_BY_RE.match(part.strip()) for part in parts)


def _is_photo_by(text: str) -> bool:
    if PHOTO_BY_RE.match(text) is None or len(text.split()) > MAX_PHOTO_BY_WORDS:
        return False
    return text.startswith("(") or not ends_sentence(text)


def _is_amendment_note(text: str) -> bool:
    return AMENDMENT_NOTE_RE.match(text) is not None and ATTRIBUTION_END_RE.search(text) is None


def _is_about_article(text: str) -> bool:
    return ABOUT_ARTICLE_RE.match(text) is not None and ATTRIBUTION_END_RE.search(text) is None


def _is_wire_header(text: str) -> bool:
    """ "KPS 0412 NORTH COAST/STORM (FLASH)": code tokens only, a number, a slug or code; a
    version tag with a note in lower case may close it ("KW-PORT/STRIKE (UPDATE 1, adds
    quotes)"), and "//" may part its codes."""
    tag = HEADER_TAG_RE.search(text)
    tokens = HEADER_SEPARATOR_RE.sub(" ", text[: tag.start()] if tag else text).split()
    if not 2 <= len(tokens) + bool(tag) <= MAX_WIRE_HEADER_TOKENS:
        return False
    if not all(WIRE_TOKEN_RE.match(token) for token in tokens):
        return False
    marks = sum(any(mark.search(token) for mark in WIRE_MARK_RES) for token in tokens)
    parted = HEADER_SEPARATOR_RE.search(text) is not None  # parts set apart count as a mark
    return marks + bool(tag) + parted >= MIN_WIRE_MARKS and any(char.isdigit() for char in text)


def _is_licence_note(text: str) -> bool:
    """ "For use by KPS clients only. Not for resale.": every sentence a licence phrase, one of
    them a limit."""
    sentences = SENTENCE_SPLIT_RE.split(text.strip())
    if len(sentences) > MAX_LICENCE_SENTENCES or not LICENCE_LIMIT_RE.search(text):
        return False
    return all(LICENCE_SENTENCE_RE.match(sentence) for sentence in sentences)


def _is_sign_off(text: str) -> bool:
    """A sign-off names an outlet (an outlet word): "Ana Lind, Dunnock Harbour, Varrow" is a
    person and places, as a list or a caption could also be."""
    match = SIGN_OFF_RE.match(text)
    if match is None:
        return False
    outlet = match.group("outlet") or match.group("station")
    if outlet is None or SIGN_OFF_OUTLET_RE.search(outlet) is not None:
        return True
    return re.fullmatch(r"[A-Z]{2,5}", outlet) is not None  # an agency's letters: "Ana Lind, PA"


def _is_caption(text: str) -> bool:
    return len(text) <= MAX_WIDGET_CHARS and CAPTION_CREDIT_RE.search(text) is not None


def _is_caption_label_end(text: str) -> bool:
    return len(text) <= MAX_WIDGET_CHARS and CAPTION_LABEL_END_RE.search(text) is not None


# Wire codes a reader never takes for a headline (the read stage may have: the first line).
WIRE_CODE_CHECKS: tuple[LinePredicate, ...] = (
    _is_wire_header,
    matches(DESK_CODE_RE),
    matches(SLUG_LINE_RE),
    matches(INITIALS_CODE_RE),
)

# Newsroom marks, each a check on a whole line (without its bullet marker).
CREDIT_CHECKS: tuple[LinePredicate, ...] = (
    is_short_match(TRANSLATION_NOTE_RE),
    is_short_match(WIRE_SLUG_RE),
    matches(DESK_CODE_RE),
    matches(SLUG_LINE_RE),
    matches(DATELINE_LINE_RE),
    matches(STAFF_CREDIT_RE),
    matches(DESK_BY_RE),
    _is_licence_note,
    _is_caption,
    matches(INITIALS_CODE_RE),
    is_short_match(SLASH_CODE_RE),
    _is_wire_header,
    matches(BARE_INITIALS_RE),
    matches(WIRE_PRIORITY_RE),
    matches(VERSION_NOTE_RE),
    matches(WIRE_END_RE),
    matches(REFERENCE_LINE_RE),
    is_short_match(CONTACT_LINE_RE),
    matches(CLOSING_CREDIT_RE),
    is_short_match(ABOUT_SENDER_RE),
    matches(CONTRIBUTOR_RE),
    matches(WIRE_CREDIT_RE),
    is_reporting_credit,
    matches(PHOTO_CREDIT_RE),
    _is_photo_by,
    matches(BARE_CREDIT_RE),
    matches(COPYRIGHT_RE),
    matches(EDITORS_NOTE_RE),
    _is_amendment_note,
    _is_about_article,
    _is_byline,
    matches(REPORTER_PLACE_RE),
    matches(FROM_BYLINE_RE),
    matches(LABEL_BYLINE_RE),
    matches(REACH_AUTHOR_RE),
    _is_sign_off,
    _is_role_byline,
    _is_for_outlet,
    is_short_match(NAME_JOB_RE),
    is_short_match(OUR_STAFF_RE),
    is_short_match(REGISTERED_RE),
    _is_charity_note,
    is_short_match(FILED_FROM_RE),
    is_short_match(DATE_DATELINE_RE),
    is_short_match(AGENCY_PICTURE_RE),
    is_short_match(ALT_TEXT_RE),
    is_short_match(NAME_LIST_RE),
    _is_credit_sentences,
    is_short_match(BRACKET_CREDIT_RE),
    _is_caption_label_end,
)
