"""A broadcast script's name caption over a clip: "[SUPER: ADA ROOS / RESIDENT]", "[ASTON: Ada
Roos, harbour master]", "CAPTION: Ada Roos - resident", "STRAP: ...".

The caption is what the viewer sees on screen while the clip runs: it names the one who speaks
next. Removed as a line of the page, the clip's words stood alone after the story's last
sentence and were given to the person that sentence had acting (a council leader's clip to the
artist's words). So when the next line is a quotation standing alone and the caption names a
person, the two are read as one turn, the name and role as its label ("Ada Roos, resident:
"..."") — the shape a transcript gives another speaker's turn, which the quote reader knows.
The caption itself is listed as removed.

A caption names a person when its name part is shaped as a name (two to four capitalised words,
no word of a body or a title) and the page confirms it: the story writes that name as a name, or
the caption's role is a person's ("resident", "driver"). A caption of no one ("[SUPER: LIVE]",
"[STRAP: Flood warning]", "[SUPER: FLOOD WARNING / RIVER TAME]") and a caption over anything but
a quotation are left to the furniture rules, as before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bylines.ingest.lines import NAME_PARTICLES, NOT_A_PERSON_WORDS, OPENING_MARKS, Line, Removed
from bylines.ingest.outlet import as_written
from bylines.wordlists import person_noun

# The words scripts put before an on-screen name: a super(imposed) caption, an aston (a British
# newsroom's name for it), a caption, a (name) strap, a lower third, a CG (character generator).
CAPTION_WORDS = r"super|aston|caption|(?:name ?)?strap|lower third|cg"
CAPTION_RE = re.compile(
    rf"^[\[(]?\s*(?i:{CAPTION_WORDS})\s*[:–—-]\s*(?P<body>[^\[\]()]+?)\s*[\])]?$"
)
# Between the name and the role: a slash, a comma, a spaced dash or bar.
NAME_ROLE_SPLIT_RE = re.compile(r"\s*/\s*|\s*,\s*|\s+[–—|-]\s+")
# A name word: capitalised, letters with an apostrophe, a hyphen or a stop ("O'Neill",
# "Okoro-Marsh", "J."); or a particle of a name ("de", "van").
NAME_WORD_RE = re.compile(rf"^(?:[A-Z][A-Za-z'’.-]*|{'|'.join(NAME_PARTICLES)})$")
# A person's name is two to four words (one is as often a place or a programme, more a title).
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
# Quotation marks that close a quotation standing alone on its line.
CLOSING_QUOTE_MARKS = "\"”’'"


@dataclasses.dataclass(frozen=True, slots=True)
class NameCaption:
    """The person a caption names, as the story writes the name, and the role it gives."""

    name: str
    role: str

    def label(self) -> str:
        return f"{self.name}, {self.role}:" if self.role else f"{self.name}:"


def caption_speaker(text: str, page: str) -> NameCaption | None:
    """The person a caption line names (``page`` is the text around it), or None when the line
    is no caption or names no one the page confirms."""
    match = CAPTION_RE.match(text.strip())
    if match is None:
        return None
    name, role = _split(match.group("body"))
    words = name.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not all(
        NAME_WORD_RE.match(word) for word in words
    ):
        return None
    if {word.casefold() for word in words} & NOT_A_PERSON_WORDS:
        return None
    written = _named_in(name, page)
    role_words = role.split()
    if written is None and not any(person_noun(word.strip(".,")) for word in role_words):
        return None
    return NameCaption(written or as_written(name, page), role.lower() if role.isupper() else role)


def join_name_captions(lines: Sequence[Line], removed: Removed) -> list[Line]:
    """Each caption naming a person over a quotation standing alone, read as the quotation's
    label ("Ada Roos, resident: "...""); the caption listed as removed."""
    kept: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        index += 1
        if following is None or not _stands_alone(following.text):
            kept.append(line)
            continue
        # the page without the caption: a name there is the story's, not the caption's own
        page = "\n".join(other.text for other in lines if other is not line)
        caption = caption_speaker(line.text, page)
        if caption is None:
            kept.append(line)
            continue
        removed.append((line.pos, line.text))
        kept.append(Line(following.pos, f"{caption.label()} {following.text.strip()}"))
        index += 1  # the quotation, now joined
    return kept


def _split(body: str) -> tuple[str, str]:
    """A caption's name and its role ("" when it gives none)."""
    name, *role = NAME_ROLE_SPLIT_RE.split(body.strip(), maxsplit=1)
    return name, role[0] if role else ""


def _named_in(name: str, page: str) -> str | None:
    """The name as the page writes it elsewhere, when it writes it as a name (capitalised, not
    in capitals as the caption is, nor as common words: "a flood warning")."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", page, re.IGNORECASE):
        found = match.group()
        if not found.isupper() and all(word[:1].isupper() for word in found.split()):
            return found
    return None


def _stands_alone(text: str) -> bool:
    """A line that is one quotation: it opens with a quotation mark and closes with one."""
    text = text.strip()
    return text[:1] in OPENING_MARKS and text[-1:] in CLOSING_QUOTE_MARKS
