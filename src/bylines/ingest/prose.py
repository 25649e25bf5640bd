"""How much a line reads as the page around a story rather than the story's prose (issue 7).

The furniture rules (furniture.py, credits.py, stamps.py) name the shapes of page junk seen so far;
a page written by another newsroom prints its junk in shapes no rule knows ("▶ Play the bulletin",
"==Wire== SPORT :: 1102", "Reading this on your phone? Get ..."). What such lines share is that
they are not prose: no finite verb in the third person, no stop at the end, symbols, separators
and capitals, an address to the reader, a label before a colon, brackets around the whole line,
a place at the top or foot of the page. This module scores a line on those general features,
weighs them in one small linear function and calls the line page junk over a threshold.

The weights were fitted by benchmarks/fit_line_score.py (plain logistic regression, leave one
event out) on the tuning events of the divergence set other than its last blind batch: keyed
junk lines against the lines the cleaner keeps as the story. The guards below are not fitted:
they keep any line that reads as a story sentence (a quotation, a long sentence with a verb).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from bylines.ingest.lines import ends_sentence, has_figure, has_quote, is_sentence
from bylines.ingest.outlet import OUTLET_WORD_RE

# A finite verb of a report: the auxiliaries, the verbs of saying and common irregular pasts; a
# past in -ed after the first word ("Police closed the road"; a first word in -ed is as often a
# label: "Updated 14:15"); a present in -s after a determiner and a noun or two ("the sign reads",
# "the tram network carries"); a speaker after a comma closing the sentence ("..., the banner on
# the quay read."); a plural subject's present ("MPs want a ...").
FINITE_VERB_RE = re.compile(
    r"\b(?:said|says|told|tells|is|are|was|were|has|have|had|will|would|could|can|did|does|do"
    r"|may|might|must|should|shall|went|came|took|made|found|began|left|fell|rose|saw|gave|got"
    r"|became|kept|held|brought|met|ran|won|lost|paid|sent|spent|built|struck|broke|flew|sold"
    r"|bought|caught|thought|felt|heard|led|stood|understood|wrote|spoke|chose|drove|fought|hit"
    r"|cut|put|shut|hurt|cost|spread|sank|threw|grew|knew|drew|blew|shown|seen|fled|hid|slid)\b"
    r"|(?<=\w )[a-z]{2,}ed\b"
    r"|\b(?:the|a|an|this|that|its|his|her|their)\s(?:[\w'’-]+\s){1,2}[a-z]{3,}s\b"
    r"|,\s(?:the|a|an|his|her|their|its)\s[^,]{1,40}\s[a-z]{3,}[.!]$"
    # a plural subject and a present tense before its object ("Opposition MPs want a national
    # register", "Residents fear that ..."): no preposition in the verb's place
    r"|\b(?!(?:this|his|its|was|has|is|as|us|yes|news|plus|thus|less|across|always|perhaps"
    r"|subscribers|members|readers|users|visitors|listeners|viewers)\b)"
    r"[A-Za-z]{2,}s\s(?!(?:and|or|of|in|for|to|with|from|on|at|by|the|per|about|via|over|after"
    r"|before|into|under|near|against|during|without)\b)(?-i:[a-z]{3,})"
    r"\s(?-i:a|an|the|to|that|it|them|their|his|her|its|more|no)\b",
    re.I,
)
# The reader addressed: "you", "your" (outside quotation marks: a quoted speaker says "you" too).
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.I)
# A call to the reader's hands: what a page asks a reader to do, anywhere in the line.
READER_ACTION_RE = re.compile(
    r"\b(?:log ?in|sign ?in|sign ?up|subscribe|download|click|tap here|send us|tell us|email us"
    r"|share this|listen (?:live|again|now|back)|watch (?:live|again|now)|follow us|register"
    r"|account|newsletter|podcast|episode|app\b)",
    re.I,
)
# The newsroom speaking of itself: "we", "our", "us" outside quotation marks.
FIRST_PERSON_RE = re.compile(r"\b(?:we|our|us|we['’](?:re|ll|ve))\b", re.I)
# Words about the page, not the event: the article, its edition, its readers, its rights.
PAGE_WORDS_RE = re.compile(
    r"\b(?:article|articles|this story|edition|coverage|translated|translation|copyright"
    r"|rights reserved|redistribution|comments?|author|editor['’]s note|newsletter|subscri\w+"
    r"|members?|membership|transcript|live[- ]?blog|podcast|episode|bulletin|broadcast"
    r"|read more|related|photograph|photo|video|footage|clip|image|advert\w*|sponsored"
    r"|partner|print|playlist|duration|odds|programme|listen|watch|updates?)\b",
    re.I,
)
# A line that opens with a bare verb (an imperative) or a question to the reader ("Got news?").
IMPERATIVE_WORDS = frozenset(
    {"get", "sign", "log", "subscribe", "download", "listen", "watch", "follow", "send", "read"}
    | {"continue", "click", "tap", "share", "join", "register", "play", "visit", "email", "call"}
    | {"text", "contact", "find", "see", "tell", "support", "donate", "install", "try", "explore"}
    | {"discover", "enjoy", "like", "tune", "catch", "book", "bet", "order", "buy", "save"}
    | {"got", "hear", "view", "upgrade", "unlock", "shop", "skip", "jump", "print", "comment"}
)
# Separators between the parts of a header, a slug or a menu ("Wire :: SPORT", "==Wire==",
# "News | Local", "Share · Listen", "▸ Next"); a dash between spaces is one in a line without a
# verb ("Harbour Radio — 0700 bulletin").
SEPARATOR_RE = re.compile(r"::|==|\s\|\s|\s[·•▸►▪/]\s|\*\*|//|\s--\s|>>|<<")
DASH_SEPARATOR_RE = re.compile(r"\s[—–]\s")
# A label before a colon opening the line: "Author: ...", "Odds: ...", "Drone footage: ...".
LABEL_RE = re.compile(r"^[^\W\d_][\w'’ -]{0,24}:\s")
# The whole line in brackets, or opened by a bracketed tag: "[CLIP: ...]", "(Editing by ...)",
# "{RIA} HEALTH ...".
BRACKETED_RE = re.compile(r"^[\[({<].*[\])}>]\W*$|^[\[({<][^\])}>]{1,12}[\])}>]\s")
QUOTED_RE = re.compile(r"[“\"«][^”\"»]*[”\"»]?")
# Characters that are neither letters, figures, spaces nor the punctuation of prose.
PROSE_MARKS = frozenset(".,;:'’‘\"“”!?()-–—%&/$€£")
ODD_MARKS = frozenset("*#_\\@")
# Unicode's blocks of general punctuation (U+2000-206F, U+2E00-2E7F): beside the marks of
# sentences (an ellipsis, '‼', a prime for feet, '‰', a bullet, a dagger) they hold editors'
# and printers' signs ('※' reference mark, '⁜' dotted cross, '⁂' asterism, '⁖') that wires and
# houses part slug lines and mastheads with. Category Po like a comma, the signs are told apart
# by the words of their Unicode names: none of SENTENCE_MARK_WORDS. Other scripts' punctuation
# (Arabic, Devanagari, CJK) has blocks of its own and stays punctuation.
PUNCTUATION_BLOCKS = ((0x2000, 0x206F), (0x2E00, 0x2E7F))
# Matched as substrings of the name ("LEADER" in "TWO DOT LEADER", "STOP" in "FULL STOP"), so a
# word that is part of longer words carries its space: "PER " is the word of PER MILLE SIGN and
# PER TEN THOUSAND SIGN ('‰', '‱'), not the letters of "UPPER" or "SUPERSCRIPT" in a sign's name.
SENTENCE_MARK_WORDS = (
    *("EXCLAMATION", "QUESTION", "INTERROBANG", "ELLIPSIS", "LEADER", "PRIME", "PER "),
    *("BULLET", "DAGGER", "COMMA", "COLON", "STOP", "HYPHEN", "TIRONIAN", "QUOTATION"),
)
# The characters that may be symbols: no letter, digit or space is one (checked over every code
# point), so only the rest are looked up, one by one (reading each character's category was a
# large part of cleaning's time).
SYMBOL_CANDIDATE_RE = re.compile(r"[^\w\s]|_")
# An opening or closing bracket glyph said this many times in a line, its partner never, parts
# the line like a symbol ("TWS ⟬ 1210 ⟬ UK-SHARK/PELLMOUTH ⟬ flash"): '⟬' is category Ps, so it
# counted as punctuation and the slug showed no page mark. Two, as a separator parts at least
# three pieces of a slug; a bracket closed in the line ("[CLIP: ...]", "⟦sic⟧") stays punctuation,
# and so does one against a word, as an open quote is ("「我們", a quote broken over two lines).
MIN_UNPAIRED_BRACKETS = 2
BRACKET_CATEGORIES = frozenset({"Ps", "Pe"})
# The words of a bracket's Unicode name that its partner's name swaps ("MATHEMATICAL LEFT WHITE
# TORTOISE SHELL BRACKET" and "... RIGHT ..."; "... OPENING ..." and "... CLOSING ...").
BRACKET_SIDE_WORDS = (("LEFT", "RIGHT"), ("OPENING", "CLOSING"))
# Lines shorter than this many words are short for the length feature (page junk runs 2-10
# words, story sentences 12-35).
SHORT_WORDS = 14
# How far from the top or the foot of a page (in lines) the position feature fades out.
EDGE_LINES = 5


@dataclasses.dataclass(frozen=True, slots=True)
class LineFeatures:
    """What a line looks like, each feature between 0 and 1 (1: as named)."""

    verb: float  # a finite verb
    stop: float  # ends like a sentence
    symbols: float  # share of symbols, emoji and arrows (scaled: one in ten chars is 1)
    leading_symbol: float  # opens with a symbol, not a letter, figure or quotation mark
    separators: float  # separators between parts ("::", "|", "·", a dash without a verb)
    capitals: float  # share of words in capitals
    reader: float  # addresses the reader: "you", a bare verb first, a reader's action
    label: float  # opens with a label and a colon
    bracketed: float  # wrapped in brackets, or opened by a bracketed tag
    quote: float  # holds a quotation
    first_person: float  # "we", "our", "us" outside quotations (the newsroom speaking)
    outlet_named: float  # names an outlet (a capitalised outlet word: "Gazette", "Radio")
    page_words: float  # speaks of the page: its article, edition, readers, rights
    short: float  # how short the line is (1 for one word, 0 from SHORT_WORDS words)
    edge: float  # how near the top or foot of the page
    between_sentences: float  # story sentences on both sides


FEATURE_NAMES = tuple(field.name for field in dataclasses.fields(LineFeatures))

# Fitted by benchmarks/fit_line_score.py (see the module docstring); positive weights push a
# line towards page junk.
WEIGHTS = LineFeatures(
    verb=-1.3,
    stop=-2.2,
    symbols=0.1,
    leading_symbol=0.1,
    separators=0.4,
    capitals=0.2,
    reader=0.7,
    label=0.4,
    bracketed=0.1,
    quote=-0.2,
    first_person=0.5,
    outlet_named=0.3,
    page_words=1.1,
    short=1.3,
    edge=1.2,
    between_sentences=-1.2,
)
BIAS = 1.4
# A line is page junk when its score reaches this. Leave one event out (27 tuning events, the
# blind batch apart), with the guards of _reads_as_story: at 0.5, 308/435 keyed junk lines caught
# and 0 of 1064 story lines (1045 carrying a keyed fact) removed; at 0.0 the same 0, at 1.0 303.
# 0.5 keeps a margin over the highest story line.
JUNK_THRESHOLD = 0.5
# Never junk, whatever the score: a line this long that reads as a sentence with a verb (page
# junk is short; a story's long sentence may carry a separator or a capitalised name list).
MAX_JUNK_WORDS = 30


def line_features(index: int, lines: Sequence[str]) -> LineFeatures:
    """The features of ``lines[index]`` read in its page."""
    text = lines[index]
    words = text.split()
    unquoted = QUOTED_RE.sub(" ", text)
    verb = _has_verb(text, unquoted)
    return LineFeatures(
        verb=float(verb),
        stop=float(ends_sentence(text)),
        symbols=min(1.0, 10 * _symbol_share(text)),
        leading_symbol=float(_opens_with_symbol(text)),
        separators=min(1.0, _separator_count(text, verb) / 2),
        capitals=_capital_share(words),
        reader=float(_addresses_reader(text, unquoted)),
        label=float(LABEL_RE.match(text) is not None and not has_figure(text)),
        bracketed=float(BRACKETED_RE.match(text) is not None),
        quote=float(has_quote(text)),
        first_person=float(FIRST_PERSON_RE.search(unquoted) is not None),
        outlet_named=float(_names_outlet(unquoted)),
        page_words=float(PAGE_WORDS_RE.search(unquoted) is not None),
        short=max(0.0, 1 - (len(words) - 1) / (SHORT_WORDS - 1)),
        edge=_edge(index, len(lines)),
        between_sentences=float(_between_sentences(index, lines)),
    )


def junk_score(
    features: LineFeatures, weights: LineFeatures = WEIGHTS, bias: float = BIAS
) -> float:
    """The weighted sum of the features: above JUNK_THRESHOLD, the line is page junk."""
    terms = (
        float(getattr(features, name)) * float(getattr(weights, name)) for name in FEATURE_NAMES
    )
    return bias + sum(terms)


def _has_verb(text: str, unquoted: str) -> bool:
    """A finite verb outside quotation marks (``unquoted``: the text with its quotes blanked),
    or inside them."""
    return FINITE_VERB_RE.search(unquoted) is not None or FINITE_VERB_RE.search(text) is not None


def is_page_line(index: int, lines: Sequence[str]) -> bool:
    """Whether ``lines[index]`` reads as the page around the story rather than the story."""
    text = lines[index]
    # A long line with a verb is story whatever else it holds (``_reads_as_story``): its other
    # features are not read. Story paragraphs are most lines, and a page without line breaks
    # is one line of some 600 words, whose dozen feature scans were ~1.7 ms (a pile of 100 DUC
    # articles: 0.17 of its 0.59 CPU s of cleaning).
    if len(text.split()) >= MAX_JUNK_WORDS and _has_verb(text, QUOTED_RE.sub(" ", text)):
        return False
    features = line_features(index, lines)
    if _reads_as_story(lines[index], features):
        return False
    return junk_score(features) >= JUNK_THRESHOLD


def _reads_as_story(text: str, features: LineFeatures) -> bool:
    """Never junk, whatever the score: a quotation ending like a sentence; a sentence with a
    finite verb that does not speak to the reader; a long line with a verb; a line with none of
    the page's marks (short and unpunctuated alone is a headline or a sub-heading as often)."""
    if has_quote(text) and ends_sentence(text):
        return True
    if features.verb and features.stop and not SECOND_PERSON_RE.search(QUOTED_RE.sub(" ", text)):
        return True
    if len(text.split()) >= MAX_JUNK_WORDS and features.verb:
        return True
    return not any(getattr(features, name) for name in PAGE_MARKS) and features.capitals < 1


# The features that are evidence of the page (at least one must be present to call a line junk).
PAGE_MARKS = (
    "symbols",
    "leading_symbol",
    "separators",
    "reader",
    "label",
    "bracketed",
    "first_person",
    "outlet_named",
    "page_words",
)


def _symbol_share(text: str) -> float:
    """Symbols (emoji, arrows, ▶, |, =) and the marks no prose uses (*, #, _): the punctuation
    of any script is no symbol."""
    candidates = SYMBOL_CANDIDATE_RE.findall(text)
    unpaired = _unpaired_brackets(text, candidates)
    symbols = [char for char in candidates if char in unpaired or _is_symbol(char)]
    return len(symbols) / max(1, len(text.replace(" ", "")))


def _unpaired_brackets(text: str, candidates: Sequence[str]) -> frozenset[str]:
    """The bracket glyphs of the line used as separators: repeated, their partner absent."""
    brackets = {
        char
        for char in candidates
        if char not in PROSE_MARKS and unicodedata.category(char) in BRACKET_CATEGORIES
    }
    return frozenset(
        char
        for char in brackets
        if _spaced_count(text, char) >= MIN_UNPAIRED_BRACKETS and _bracket_partner(char) not in text
    )


def _spaced_count(text: str, char: str) -> int:
    """How often ``char`` stands with a space on both sides, as a separator does ("TWS ⟬ 1210 ⟬
    ..."); a CJK quote left open over a hard break ("…說「我們…") leans on its words."""
    return len(re.findall(rf"(?<!\S){re.escape(char)}(?!\S)", text))


def _bracket_partner(char: str) -> str:
    """The bracket that closes (or opens) ``char``, read from its Unicode name; '' if none."""
    name = unicodedata.name(char, "")
    for one, other in BRACKET_SIDE_WORDS:
        for side, partner in ((one, other), (other, one)):
            if f"{side} " in name or name.startswith(side):
                try:
                    return unicodedata.lookup(name.replace(side, partner, 1))
                except KeyError:
                    return ""
    return ""


def _is_symbol(char: str) -> bool:
    if char in PROSE_MARKS:
        return False
    category = unicodedata.category(char)
    return category.startswith("S") or char in ODD_MARKS or _is_sign(char, category)


def _is_sign(char: str, category: str) -> bool:
    """A sign of the punctuation blocks that no sentence is written with ('※', '⁜', '⁂'):
    category Po like a comma, so read by what its name says it is."""
    if category != "Po" or not any(low <= ord(char) <= high for low, high in PUNCTUATION_BLOCKS):
        return False
    name = unicodedata.name(char, "")
    return not any(word in name for word in SENTENCE_MARK_WORDS)


def _opens_with_symbol(text: str) -> bool:
    first = text[:1]
    if not first or first.isalnum() or first in "\"“‘'«([{":
        return False
    return unicodedata.category(first)[0] in "SP" or first in "-–—"


def _separator_count(text: str, verb: bool) -> int:
    count = len(SEPARATOR_RE.findall(text))
    return count if verb else count + len(DASH_SEPARATOR_RE.findall(text))


def _capital_share(words: Sequence[str]) -> float:
    """The share of words in capitals. A word of a script without case (Chinese, Arabic, Thai)
    is no capitals: it equals its upper case, so a paragraph in such a script beside English
    ones scored as a line of capitals and was removed as page junk."""
    # (``map``: an article with no line breaks is one line of some 700 words)
    lettered = [word for word in words if sum(map(str.isalpha, word)) >= 2]
    if not lettered:
        return 0.0
    capitals = [word for word in lettered if word.upper() == word != word.lower()]
    return len(capitals) / len(lettered)


def _addresses_reader(text: str, unquoted: str) -> bool:
    if SECOND_PERSON_RE.search(unquoted) or READER_ACTION_RE.search(unquoted):
        return True
    first = re.sub(r"^[^\w\"“‘']+", "", text).split(" ", 1)[0].lower().strip(":,?!")
    return first in IMPERATIVE_WORDS


def _names_outlet(text: str) -> bool:
    return any(match.group()[:1].isupper() for match in OUTLET_WORD_RE.finditer(text))


def _edge(index: int, count: int) -> float:
    """Near the top or the foot of a page long enough to have a middle (in a page of a few
    lines, every line is near an edge, and the position says nothing)."""
    if count < 2 * EDGE_LINES:
        return 0.0
    distance = min(index, count - 1 - index)
    return max(0.0, 1 - distance / EDGE_LINES)


def _between_sentences(index: int, lines: Sequence[str]) -> bool:
    before = lines[index - 1] if index > 0 else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return is_sentence(before) and is_sentence(after)
