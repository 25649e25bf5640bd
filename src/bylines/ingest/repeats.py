"""Headline and standfirst for the clean stage: the title taken from the text, and repeats dropped.

The headline becomes ``title`` (when the article has none) and leaves the text; a standfirst stays
once, as the lead paragraph, and its repeat is removed, also when a scraped page ran "headline,
standfirst, standfirst again, body" into one paragraph. Only whole lines or an exact repeat are
ever removed, so a sentence of the story is never cut in half.
"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.ingest.lines import Line, Removed, ends_sentence
from bylines.ingest.read import first_line_title, is_headline

# A repeat is only removed when it is this long (shorter repeats can be real: "he said.").
MIN_REPEAT_WORDS = 6
# Repeated headline/standfirst runs are looked for in the first words of each paragraph only,
# which keeps the search cheap on long one-paragraph texts (a DUC document is ~700 words).
LEAD_WINDOW_WORDS = 150


def title_line(lines: Sequence[Line]) -> str | None:
    """The first line as title when it reads as a headline (same rule as the read stage)."""
    return first_line_title("\n".join(line.text for line in lines[:2]))


def split_run_in_headline(
    lines: Sequence[Line], title: str | None, removed: Removed
) -> tuple[list[Line], str | None]:
    """Repeated runs removed; a headline run into a repeated standfirst becomes the title.

    Scraped pages often flatten "headline, standfirst, standfirst again, body" into one
    paragraph; the repeat is dropped and, in the first paragraph, the words before it (a short
    run without final punctuation) are the headline.
    """
    result: list[Line] = []
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
        result.extend(Line(line.pos, part) for part in _lead_parts(head, lead, rest) if part)
    return result, title


def _lead_parts(head: str, lead: str, rest: str) -> list[str]:
    """The paragraph with the repeat gone; a lead with no final stop is its own paragraph."""
    if not head and not ends_sentence(lead):
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


def drop_title_lines(lines: Sequence[Line], title: str | None, removed: Removed) -> list[Line]:
    """Lines that repeat the title removed: the first line, or a later one that is no sentence
    (a body sentence the headline was made from stays)."""
    if not title or len(lines) < 2:
        return list(lines)
    key = repeat_key(title)
    kept: list[Line] = []
    for index, line in enumerate(lines):
        if repeat_key(line.text) == key and (index == 0 or not ends_sentence(line.text)):
            removed.append((line.pos, line.text))
        else:
            kept.append(line)
    return kept


def drop_repeated_lines(lines: Sequence[Line], removed: Removed) -> list[Line]:
    """A paragraph that repeats an earlier one (a standfirst printed twice) kept once.

    The copy kept is the first, unless only a later one ends like a sentence (a caption or
    standfirst often repeats the lead without its full stop).
    """
    kept: dict[str, Line] = {}
    result: list[Line | None] = []
    for line in lines:
        key = repeat_key(line.text)
        first = kept.get(key)
        if first is None or len(key.split()) < MIN_REPEAT_WORDS:
            kept.setdefault(key, line)
            result.append(line)
        elif ends_sentence(line.text) and not ends_sentence(first.text):
            removed.append((first.pos, first.text))
            result[result.index(first)] = None
            kept[key] = line
            result.append(line)
        else:
            removed.append((line.pos, line.text))
    return [line for line in result if line is not None]


def repeat_key(text: str) -> str:
    """Comparison key of a repeat: case, quote style, spacing and final punctuation ignored."""
    text = text.casefold().translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(text.split()).rstrip(".!?:;, ")
