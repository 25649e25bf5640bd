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
from collections.abc import Callable, Sequence

from bylines.wordlists import MONTH_PATTERN

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
LIST_NUMBER_RE = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?=\S)")
LIST_MIN_ITEMS = 3
# An item whose number is part of what it says, so the run keeps every number: a day before its
# month ("1. März: ...", "3. May: ..." in a day-first chronology), a label the number belongs to
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
# stood inside claims as if the outlet had written "ANCHOR:"). Only before a whole sentence, and
# only when the line is no credit (clean.py reads that after the credit rules): a label over a
# name ("Correspondent: Ana Lind in Lower Brack.", "Reporter: Ana Lind. Edited by Ivo Rask.") is
# a byline even with a full stop. A turn of anyone else ("FAIRLIE: We will invest.") keeps its
# label: those are not the outlet's words.
TURN_LABEL_RE = re.compile(
    r"^(?i:anchor|presenter|reporter|correspondent|host|newsreader|narrator|announcer)s?\s*:\s+"
    r"(?=\S)"
)
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


def staff_turn(text: str) -> str | None:
    """The words of a staff turn without its label ("PRESENTER: The ferry will not sail."), or
    None when the line opens with no staff label or no sentence follows it."""
    match = TURN_LABEL_RE.match(text)
    if match is None or not is_sentence(text[match.end() :]):
        return None
    return text[match.end() :]


def _without_list_numbers(lines: list[Line]) -> list[Line]:
    """The lines with the numbers of a numbered list taken off (kept, "2." was read as a count
    of 2 and showed in the claims quoting the item)."""
    numbers = [_list_number(line.text) for line in lines]
    listed: set[int] = set()
    start = 0
    for index in range(1, len(lines) + 1):
        follows = index < len(lines) and _follows(numbers[index - 1], numbers[index])
        if not follows:
            run = range(start, index)
            if len(run) >= LIST_MIN_ITEMS and all(_is_list_item(lines[i].text) for i in run):
                listed.update(run)
            start = index
    return [
        Line(line.pos, LIST_NUMBER_RE.sub("", line.text)) if index in listed else line
        for index, line in enumerate(lines)
    ]


def _is_list_item(text: str) -> bool:
    """Whether a numbered line reads as a sentence on its own after its number, the number owned
    by nothing in it (``NUMBER_OWNED_RE``)."""
    item = LIST_NUMBER_RE.sub("", text)
    return is_sentence(item) and NUMBER_OWNED_RE.match(item) is None


def _list_number(text: str) -> int | None:
    match = LIST_NUMBER_RE.match(text)
    return int(match.group("number")) if match else None


def _follows(before: int | None, after: int | None) -> bool:
    return before is not None and after is not None and after == before + 1


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
