"""Stage 3: split cleaned articles into sentences with character offsets.

nupunkt (Punkt with a model inside the package) gets abbreviations, initials, clock times and
quotations right and downloads nothing. We split paragraph by paragraph, because scraped text
often has headline-like lines without final punctuation that must not run into the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import nupunkt

from bylines.ingest.lines import ends_sentence
from bylines.ingest.repeats import MIN_REPEAT_WORDS, repeat_key
from bylines.types import Article, Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A "sentence" that is only a closing quote or bracket belongs to the one before it.
_FRAGMENT = re.compile(r"^[\"”’'»)\]\s.,;:]+$")
# News sentences never start in lower case; one that does is the tail of a sentence that Punkt
# cut after an unknown abbreviation ("China-U.S. relations,” Xi added.").
_CONTINUATION = re.compile(r"^[a-z]")
# A title written short stands before a name, never at a sentence's end: Punkt knows some
# ("Sgt.", "Capt.") but cuts after others ("Troy police Lt. | Gerry Scherlinck said.",
# "Then Cmdr. | Ek left."), which leaves a speaker's title as a sentence and his words
# unattributed. "Jr." and "Sr." are left out: they end a name, and so may end a sentence.
_TITLE_END = re.compile(
    r"(?<![\w.])(?:Lt|Lieut|Sgt|Capt|Col|Gen|Maj|Cmdr|Cmdt|Cpl|Pvt|Adm|Brig|Det|Insp|Supt|Rep"
    r"|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Rev|Fr|Hon|Amb|Atty)\.$"
)
# A decimal point with a space after it ("rose to $1. 29", "from 5. 4 per cent"), as text
# tokenised for a corpus writes it: Punkt ends a sentence there. News style starts no sentence
# with a numeral but a year, so a piece that opens with one to three digits after a piece that
# ends in a digit and a full stop is the rest of that number. Not after a year ("in 2012. 14 were
# hurt") or a count with thousands ("Turnout was 10,500. 12 stations shut": a sum may, "$1,234.
# 56"), and not across more than one space: those are two sentences.
_ENDS_IN_DIGIT = re.compile(r"(?:(?<![\d,])\d{1,3}|[$£€¥]\d{1,3}(?:,\d{3})+)\.$")
_OPENS_WITH_NUMBER = re.compile(r"^\d{1,3}(?!\d)")
# No sentence is longer than this: the longest of the 13,036 DUC 2004 sentences has 600
# characters. A longer "sentence" is a table, a list or a line without punctuation; it is cut
# between words into pieces of at most this size, so that the stages after (name tagging, quote
# and figure patterns) work on bounded pieces and spaCy's own length limit is never reached.
MAX_SENTENCE_CHARS = 1_000
# The stops of scripts Punkt does not know end a sentence too: the wide stops of Chinese and
# Japanese (no space follows them; not one inside a closing quote or bracket, '「…。」と述べた'
# goes on), the Devanagari danda and double danda, and the Arabic question mark and Urdu full
# stop before a space (with the closing quotes after them, as '."' in English). A Japanese or
# Hindi article was one "sentence" cut every 1,000 characters, mid-word, and cited whole.
_SCRIPT_STOP = re.compile(r"[。！？]+(?![」』）)”’\"'】〕》〉])|[।॥؟۔]+[\"”’'»)]*(?=\s)")


def split_sentences(articles: Sequence[Article]) -> tuple[Sentence, ...]:
    """Every sentence of every article, in article order then text order."""
    return tuple(s for article in articles for s in split_article(article))


def split_article(article: Article) -> tuple[Sentence, ...]:
    spans = [span for para in _PARAGRAPH.finditer(article.text) for span in _spans(para)]
    merged = _merge_fragments(article.text, spans)
    pieces = [piece for span in merged for piece in _pieces(article.text, *span)]
    return tuple(
        Sentence(article.id, index, article.text[start:end], start, end)
        for index, (start, end) in enumerate(_first_copies(article.text, pieces))
    )


def _first_copies(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences but a repeat, word for word, of an earlier one of the same article: a page
    that prints its standfirst again as the lead's first sentence says it once, and its two
    copies stood as two reports of the fact (newuser30). Cleaning drops a repeated paragraph
    (``repeats.drop_repeated_lines``); a repeated sentence inside a longer paragraph is left to
    here, where sentences are known. The text keeps both copies; only the first is read. A
    short sentence ("He said no.") may well be said twice, so is always kept
    (``MIN_REPEAT_WORDS``); so is a piece with no stop at its end, a cut of a table or of a
    run-on line at ``MAX_SENTENCE_CHARS`` (the cuts of a repetitive list are alike and are
    each a different part of it)."""
    seen: set[str] = set()
    kept: list[tuple[int, int]] = []
    for start, end in pieces:
        key = repeat_key(text[start:end])
        if key in seen:
            continue
        if len(key.split()) >= MIN_REPEAT_WORDS and ends_sentence(text[start:end]):
            seen.add(key)
        kept.append((start, end))
    return kept


def _spans(paragraph: re.Match[str]) -> Iterator[tuple[int, int]]:
    offset = paragraph.start()
    for start, end in nupunkt.sent_spans(paragraph.group()):
        for cut_start, cut_end in _script_cuts(paragraph.group(), start, end):
            text = paragraph.group()[cut_start:cut_end]
            stripped = text.strip()
            if stripped:
                lead = len(text) - len(text.lstrip())
                yield offset + cut_start + lead, offset + cut_start + lead + len(stripped)


def _script_cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Punkt's span cut after each stop of a script it does not know."""
    for stop in _SCRIPT_STOP.finditer(text, start, end):
        if stop.end() < end:
            yield start, stop.end()
            start = stop.end()
    yield start, end


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span, cut between words into pieces of at most ``MAX_SENTENCE_CHARS``."""
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = space if space > start else start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end]
        after_title = (
            bool(merged)
            and "\n" not in text[merged[-1][1] : start]  # a line ending "Elm Dr." ends there
            and _TITLE_END.search(text, *merged[-1]) is not None
        )
        cut_number = (
            bool(merged)
            and text[merged[-1][1] : start] == " "
            and _ENDS_IN_DIGIT.search(text, *merged[-1]) is not None
            and _OPENS_WITH_NUMBER.match(piece) is not None
        )
        if merged and (
            _FRAGMENT.match(piece) or _CONTINUATION.match(piece) or after_title or cut_number
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
