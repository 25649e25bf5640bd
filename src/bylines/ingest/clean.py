"""Stage 1, clean: remove what is not the story, and keep a list of what was removed.

Works line by line (a line is a paragraph) on plain text and on text extracted from HTML alike.
The cascade, in order (each removal recorded in ``Article.removed``, listed in text order so a
reader can audit it):

1. paragraphs     split at newlines or double-space gaps; hard wrapping undone   (lines.py)
   table rows     a pipe table's rows with a figure kept as their cells ("Orrin pot | 30 cm |
                  1,140"); its heading row and rule lines left to the furniture rules (tables.py)
2. furniture      whole lines that are not the story: page furniture (furniture.py), newsroom
                  marks (credits.py), date and time lines (stamps.py); the link titles after a
                  "Read more" heading; a name over a job title
3. outlet lines   an outlet's bare name on a line near the top or the bottom, or its name
                  and motto under the headline ("Dunnock Today – news from the harbour")
                                                                                   (outlet.py)
   letter frame   a salutation near the top with no sentence above it ("Dear colleagues,"),
                  a sign-off near the foot with no sentence under it ("In solidarity,")
                                                                                (furniture.py)
   staff turns    a transcript's "PRESENTER: <sentence>" (a name, a beat or a stage note
                  with the role, "HARRIET VOSS, CORRESPONDENT:", "ANCHOR (in studio):"; on a
                  running order its cues, "VO:", "IN VISION:"; on a script its shorthand,
                  "PRES:", "REP VO:", "PITCHSIDE:") kept without the label; a staff
                  label over a credit ("Reporter: Ana Lind in Corrow.") removed
                                                                      (lines.py, credits.py)
   body labels    after the lead, a short line with no stop, figure, quotation or common verb
                  between two whole sentences (a sub-heading, a widget, a credit); listed, but
                  not read for the outlet or the time                           (furniture.py)
4. language       detected on the text left after the furniture                  (language.py)
5. local dates    date lines in that language ("Publié le 17 août 2025")         (stamps.py)
6. headline       the first line becomes the title when it reads as a headline    (repeats.py)
7. repeats        a headline and standfirst run together, the title repeated, a repeated
                  paragraph                                                        (repeats.py)
   page lines     what the rules left of the lines the line score (prose.py) reads as the page
                  rather than the story: scored on the page as it came, general features (no
                  verb, no stop, symbols, separators, capitals, a call to the reader, a label,
                  brackets, the edges of the page) with fitted weights; read for the outlet only
8. dateline       "BEIJING (AP) —", "Dunnock, Varrow -" cut from the lead, the first
                  paragraph that is a sentence                                    (credits.py)
9. spacing        stray punctuation (" ,", ". .", "ambitions. from China") repaired, not listed
10. signature     from what was removed: the outlet (outlet.py; the line under the headline
                  read as a masthead, the story only for the outlet naming itself) and the
                  publication time (published.py; the headline read last)

The kinds of furniture were found on pages other people wrote (the divergence set, tuning half)
and are written as line shapes, never as the strings seen there. Only whole lines (or an exact
repeat) are ever removed, so a sentence of the story is never cut in half; a line is only removed
when it is short or matches a furniture pattern as a whole.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from bylines.ingest.credits import (
    CREDIT_CHECKS,
    DATELINE_RE,
    JOB_TITLE_LINE_RE,
    NAME_LINE_RE,
    SHOW_PAGE_RE,
    WIRE_CODE_CHECKS,
    WIRE_PICKUP_RE,
    is_credit_turn,
    is_foot_note,
    is_name_line,
    is_production_credit,
)
from bylines.ingest.furniture import (
    BOX_ROW_CHECKS,
    FURNITURE_CHECKS,
    INLINE_WIDGET_RE,
    READ_MORE_HEADING_RE,
    SINGLE_WORD_RE,
    drop_letter_frame,
    factbox_lines,
    is_body_label,
    is_box_row,
    is_factbox_heading,
    is_inline_read_more,
    is_media_caption,
)
from bylines.ingest.language import detect_language
from bylines.ingest.lines import (
    BULLET_RE,
    MAX_LINK_LINES,
    Line,
    LinePredicate,
    Removed,
    StaffTurn,
    ends_sentence,
    has_figure,
    has_quote,
    is_link_title,
    is_sentence,
    other_outlet_names,
    paragraphs,
    running_order_cues,
    staff_turn,
)
from bylines.ingest.outlet import (
    OUTLET_WORD_RE,
    find_outlet,
    is_outlet_name,
    newsroom_named,
    without_abbreviation,
)
from bylines.ingest.prose import is_page_line
from bylines.ingest.published import find_published, live_entry_time
from bylines.ingest.repeats import (
    drop_repeated_lines,
    drop_title_lines,
    split_run_in_headline,
    title_line,
)
from bylines.ingest.stamps import (
    STAMP_CHECKS,
    TABLE_ROW_STAMP_CHECKS,
    drop_local_stamps,
    is_glyph_masthead_line,
)
from bylines.ingest.tables import row_text, table_fact_rows
from bylines.types import Article

# Every whole-line check of step 2; a line is furniture when any says so.
LINE_CHECKS: tuple[LinePredicate, ...] = (*FURNITURE_CHECKS, *CREDIT_CHECKS, *STAMP_CHECKS)
BOX_ROW_LINE_CHECKS: tuple[LinePredicate, ...] = (*BOX_ROW_CHECKS, *CREDIT_CHECKS, *STAMP_CHECKS)
TABLE_ROW_LINE_CHECKS: tuple[LinePredicate, ...] = (
    *BOX_ROW_CHECKS,
    *CREDIT_CHECKS,
    *TABLE_ROW_STAMP_CHECKS,
)
# A note on the reporter or on the outlet's company is a credit only this many lines from the foot
# of the page, and a name alone only this many lines under the headline (bylines sit under the
# headline, notes at the end). Three covers headline, masthead, byline, date.
EDGE_REACH = 3
# An outlet's bare name on its own line ("Lowland Post") is page furniture only near the top or
# the bottom of the article (a masthead, a signature); this many lines from either end.
OUTLET_LINE_REACH = 4
MAX_OUTLET_LINE_WORDS = 5
# A masthead with its motto under the headline: "Dunnock Today – news from the harbour",
# "Varrow Live - your coast, online". The name must read as an outlet's (an outlet word) or be
# named again in the story, as outlets name themselves ("..., Varrow Live has learned"); the
# motto is a few words with no figure, no name after its first word and no sentence end (a
# headline split at a hyphen, "Hewlett - Packard buys a rival, chases IBM", names things).
MASTHEAD_MOTTO_RE = re.compile(r"^(?P<name>[^–—-]{2,60}?)\s+(?:[–—]|--?)\s+(?P<motto>[^–—]{2,60})$")
MAX_MOTTO_WORDS = 6
# An outlet's name with the place it files from: "Orrin Newswire, Pellow" (a place of one to
# three capitalised words after the comma).
OUTLET_PLACE_RE = re.compile(r",\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}$")
# A bare brand: "The Lantern", "Pellow Spectrum", "OrrinLive" (one plain word is as often a place
# or a section, so it is not one).
BRAND_LINE_RE = re.compile(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+|\S+(?: \S+){1,3})$")
# The masthead is the first or second line of a page (under the headline).
MASTHEAD_REACH = 1
# A footnote's mark after a word or a closing mark, ending a clause: "missed their invitations
# [1].", "was "deeply sorry"[2], and" (not "three causes: [1] a lost file ... and [3] a late
# fix", an enumeration inside the sentence). Only on a page that lists its notes
# (``NOTES_LIST_RE``): elsewhere "[4]" after a name is a seed, "item [7]" an agenda's.
FOOTNOTE_MARK_RE = re.compile(r"(?<=[\w\"”’)])\s?\[\d{1,3}\](?=[.,;:!?]|$)")
# A page's list of its notes or sources: a line opening with its first note, "Sources: [1]
# Ardlow Health Board statement … [2] …" or "[1] The figure was given in the board's papers."
# (not an enumeration in a story line, "The agenda lists [1] Minutes …, [2] …").
NOTES_LIST_RE = re.compile(
    r"^\W*(?:(?:sources?|notes?|references?|footnotes?)\s*:?\s*)?\[1\]\s+[A-Z]", re.IGNORECASE
)
# A note of the list, on a page that has one: "[2] Interview with the author, 5 June."
NOTE_LINE_RE = re.compile(r"^\W*\[\d{1,3}\]\s+\S")
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


def clean_article(article: Article, reference: dt.datetime | None = None) -> Article:
    """The article with page furniture removed from ``text``; ``removed`` lists what went.

    ``reference`` is when the page was read (a fetch time), against which a relative stamp
    ("Updated 2 hours ago") is resolved; without it such a stamp gives no time.
    """
    removed: Removed = []
    lines = paragraphs(article.text)  # 1
    # a pipe table's rows with a figure are the story's facts, kept as their cells
    lines, rows = _table_rows(lines)
    # a fact box's lines ("By the numbers:" over "42 — metres, the length of the blade") are
    # the story's, however terse: read once, on the page as it came
    box = rows | frozenset(lines[i].pos for i in factbox_lines([line.text for line in lines]))
    turns = _page_turns([line.text for line in lines])
    # scored as the words of a staff turn: its label alone is no mark of the page
    page_lines = _page_lines([Line(line.pos, _turn_words(line.text, turns)) for line in lines], box)
    lines = _drop_furniture(lines, removed, box, rows)  # 2
    lines = _drop_outlet_lines(lines, removed)  # 3
    lines = drop_letter_frame(lines, removed)
    lines = _drop_turn_labels(lines, removed, turns)
    labels: Removed = []  # listed as removed, but no signature: a name there is no masthead
    lines = _drop_body_labels(lines, labels, box)
    language = article.language or detect_language("\n".join(line.text for line in lines))  # 4
    lines = drop_local_stamps(lines, language, removed)  # 5
    title = _given_title(article.title, removed) or title_line(lines)  # 6
    lines, title = split_run_in_headline(lines, title, removed)  # 7
    lines = drop_title_lines(lines, title, removed)
    lines = drop_repeated_lines(lines, removed)
    # read for the outlet (a prompt naming it); for the time only above the story (step 10)
    scored: Removed = []
    lines = _drop_page_lines(lines, page_lines, title, scored)
    lines = _drop_dateline(lines, removed)  # 8
    text = "\n".join(_repair_spacing(line.text) for line in lines)  # 9
    # 10: the signature, read from what was removed
    # the scored lines above the story are the page's head: its stamps are the article's
    # ("NORDPRESS ›› INDUSTRY ›› 03.11.2027 ›› 09:12"); those below may be other articles'
    # (the story opens at its first sentence: a standfirst over the masthead, "Two boats
    # damaged as the old wall gives way", is the headline's, and the date line under it the
    # page's)
    story_start = next((line.pos for line in lines if ends_sentence(line.text)), None)
    story_start = story_start if story_start is not None else (lines[0].pos if lines else 0)
    head = [(pos, item) for pos, item in scored if pos < story_start]
    found = tuple(item for _, item in sorted(removed + head, key=lambda pair: pair[0]))
    # a headline that names an outlet ("..., Harbour Daily reports") or a figure ("a $1.25bn
    # deal") is not its signature
    signature = tuple(item for item in found if item != title)
    named = tuple(item for _, item in sorted(removed + scored, key=lambda pair: pair[0]))
    listed = tuple(item for _, item in sorted(removed + labels + scored, key=lambda pair: pair[0]))
    return dataclasses.replace(
        article,
        text=text,
        title=title,
        source=find_outlet(
            article,
            tuple(item for item in named if item != title),
            _masthead(removed + head, title),
            text,
        ),
        published=_published(article.published, signature, found, language, reference)
        or live_entry_time(text, (title or "", *listed)),
        language=language,
        removed=article.removed + listed,
    )


def _given_title(title: str | None, removed: Removed) -> str | None:
    """The title the read stage found, unless it is a wire code it took for the first line's
    headline ("KPS 0412 NORTH COAST/STORM (FLASH)") or a line the steps before removed as page
    furniture ("Valmont Post | Local | 14 March 2027, 09:40"): then the headline is the first
    line left."""
    if title and any(check(title) for check in WIRE_CODE_CHECKS):
        return None
    if title and any(item == title for _, item in removed):
        return None
    return title


def _published(
    given: str | None,
    signature: Sequence[str],
    found: Sequence[str],
    language: str | None,
    reference: dt.datetime | None,
) -> str | None:
    """The publication time from the signature; from the title only when the title is itself a
    stamp line ("Aktualisiert am 14.03.2026, 09:15 Uhr" first on the page)."""
    return find_published(given, signature, language, reference) or find_published(
        None, found, language, reference
    )


def _masthead(removed: Removed, title: str | None) -> str | None:
    """The removed line right under the headline (or first, when the title came apart), where
    a page prints its masthead."""
    top = sorted((pos, item) for pos, item in removed if pos <= MASTHEAD_REACH and item != title)
    return top[0][1] if top else None


def _table_rows(lines: Sequence[Line]) -> tuple[list[Line], frozenset[int]]:
    """The lines with each pipe table's rows of figures as their cells between bars
    ("| Orrin pot | 30 cm | 1,140 |" as "Orrin pot | 30 cm | 1,140"), and those rows' positions."""
    rows = table_fact_rows([line.text for line in lines])
    kept = [
        Line(line.pos, row_text(line.text)) if index in rows else line
        for index, line in enumerate(lines)
    ]
    return kept, frozenset(lines[index].pos for index in rows)


def _drop_furniture(
    lines: Sequence[Line], removed: Removed, box: frozenset[int], rows: frozenset[int]
) -> list[Line]:
    kept: list[Line] = []
    links_left = 0  # after a "Read more" heading, how many link-title lines may still follow
    sentences = [index for index, line in enumerate(lines) if is_sentence(line.text)]
    story_end = sentences[-1] if sentences else len(lines)
    # the page's head: the lines above the story's first sentence, or the top ones
    head_end = max(sentences[0] if sentences else 0, MASTHEAD_REACH + 1)
    footnoted = any(NOTES_LIST_RE.match(line.text) for line in lines)
    show_page = any(SHOW_PAGE_RE.search(line.text) for line in lines)
    for index, line in enumerate(lines):
        text = _without_inline_junk(line, removed, footnoted)
        if not text:
            continue  # the whole line was the widget string, already listed
        content = BULLET_RE.sub("", text)
        if links_left and is_link_title(content):
            removed.append((line.pos, line.text))
            links_left -= 1
            continue
        # a heading, alone or with its first link title ("Related: ..."), opens a list of links
        heading = READ_MORE_HEADING_RE.match(content) or is_inline_read_more(content)
        links_left = MAX_LINK_LINES if heading else 0
        if (
            links_left
            or _is_furniture(text, content, boxed=line.pos in box, row=line.pos in rows)
            or (footnoted and NOTE_LINE_RE.match(line.text) is not None)
            or (show_page and is_production_credit(content))
            or (index < head_end and is_glyph_masthead_line(content))
            or (index > 0 and SINGLE_WORD_RE.match(content) is not None)
            or _is_edge_credit(content, index, lines, story_end, removed)
        ):
            removed.append((line.pos, line.text))
        elif JOB_TITLE_LINE_RE.match(content) and kept and NAME_LINE_RE.match(kept[-1].text):
            removed += [(kept[-1].pos, kept.pop().text), (line.pos, line.text)]  # name, job title
        else:
            kept.append(Line(line.pos, content))
    return kept


def _is_edge_credit(
    content: str, index: int, lines: Sequence[Line], story_end: int, removed: Removed
) -> bool:
    """A note on the reporter at the foot; a name alone where credits stand."""
    if index >= len(lines) - EDGE_REACH and is_foot_note(content):
        return True
    return is_name_line(content) and _is_credit_place(index, lines, story_end, removed)


def _is_credit_place(index: int, lines: Sequence[Line], story_end: int, removed: Removed) -> bool:
    """Where a name alone is a credit: after the story's last sentence (a signature), or near
    the top between other page furniture (a byline block: "Ana Lind" over a date line)."""
    if index > story_end:
        return True
    if not 0 < index <= EDGE_REACH:
        return False
    after_furniture = bool(removed) and removed[-1][0] == lines[index - 1].pos and index > 1
    nxt = lines[index + 1].text if index + 1 < len(lines) else ""
    before_furniture = bool(nxt) and _is_furniture(nxt, BULLET_RE.sub("", nxt))
    return after_furniture or before_furniture


@dataclasses.dataclass(frozen=True, slots=True)
class PageTurns:
    """What a page says about its labelled turns: the running order's cues it reads as labels,
    and the names it introduces as another outlet's journalists (whose labels stay)."""

    cues: frozenset[str]
    others: frozenset[str]


def _page_turns(texts: Sequence[str]) -> PageTurns:
    return PageTurns(running_order_cues(texts), other_outlet_names(texts))


def _own_turn(text: str, turns: PageTurns) -> StaffTurn | None:
    """The line's staff turn, if it is one and no credit under a staff label."""
    turn = staff_turn(text, turns.cues, turns.others)
    return None if turn is None or _credit_under_label(turn) else turn


def _credit_under_label(turn: StaffTurn) -> bool:
    """Is a staff turn's words a credit? Read under the bare role, whatever name, beat or stage
    note the label had: "CORRESPONDENT (live): Ana Lind in Lower Brack." is the credit
    "CORRESPONDENT: Ana Lind in Lower Brack.", which the credit rules know."""
    return is_credit_turn(f"{turn.role}: {turn.words}")


def _turn_words(text: str, turns: PageTurns) -> str:
    """A line without its staff label, if it is a staff turn (a credit is left as written)."""
    turn = _own_turn(text, turns)
    return text if turn is None else turn.words


def _drop_turn_labels(lines: Sequence[Line], removed: Removed, turns: PageTurns) -> list[Line]:
    """A staff turn of a transcript ("PRESENTER: The ferry will not sail.", "PELL AMORY,
    CORRESPONDENT: ...", on a running order "VO: ...") kept without its label; a staff label over
    a credit ("Correspondent: Ana Lind in Lower Brack.", which the credit rules did not read for
    its full stop) removed as a whole, listed as written. The credit is read under the bare role,
    so "CORRESPONDENT (live): Ana Lind in Lower Brack." is one too."""
    kept: list[Line] = []
    for line in lines:
        turn = staff_turn(line.text, turns.cues, turns.others)
        if turn is not None and _credit_under_label(turn):
            removed.append((line.pos, line.text))
        else:
            kept.append(line if turn is None else Line(line.pos, turn.words))
    return kept


def _drop_body_labels(lines: Sequence[Line], removed: Removed, box: frozenset[int]) -> list[Line]:
    """Short lines with no stop between the story's sentences ("Most commented", "Ana Lind,
    PA"): only after the lead (the top of a page holds the headline and is read by the rules
    above), and only between whole sentences, so a hard-wrapped piece of one is never taken;
    and the heading of a fact box over its first figure ("By the numbers:")."""
    kept: list[Line] = []
    started = False
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        after = following.text if following else ""
        between = (not kept or ends_sentence(kept[-1].text)) and not after[:1].islower()
        # (a box's line in words is no label: "Fourteen — stalls lost")
        label = (is_body_label(line.text) and line.pos not in box) or (
            is_factbox_heading(line.text) and following is not None and following.pos in box
        )
        if started and between and label:
            removed.append((line.pos, line.text))
            continue
        started = started or is_sentence(line.text)
        kept.append(line)
    return kept


def _page_lines(lines: Sequence[Line], box: frozenset[int]) -> frozenset[int]:
    """The positions of the lines that read as the page rather than the story (prose.py), each
    scored in the page as it came, before any rule removed its neighbours."""
    texts = [line.text for line in lines]
    return frozenset(
        line.pos
        for index, line in enumerate(lines)
        if line.pos not in box and is_page_line(index, texts)
    )


def _drop_page_lines(
    lines: Sequence[Line], page_lines: frozenset[int], title: str | None, removed: Removed
) -> list[Line]:
    """What the rules left of the lines scored as the page, removed (never the headline, and
    never every line of the text)."""
    # Flags beside the lines, not 'line not in kept': that compared every line with every kept
    # one, and 12,500 short paragraphs (160 KB) took 97 s to clean.
    keep = [line.pos not in page_lines or line.text == title for line in lines]
    if not any(keep):
        return list(lines)
    removed += [(line.pos, line.text) for line, kept in zip(lines, keep, strict=True) if not kept]
    return [line for line, kept in zip(lines, keep, strict=True) if kept]


def _drop_outlet_lines(lines: Sequence[Line], removed: Removed) -> list[Line]:
    """An outlet's bare name on a line of its own near the top or the bottom ("Lowland Post")."""
    kept: list[Line] = []
    for index, line in enumerate(lines):
        near_end = index < OUTLET_LINE_REACH or index >= len(lines) - OUTLET_LINE_REACH
        if index and near_end and _is_outlet_line(line.text, index, lines):
            removed.append((line.pos, line.text))
        else:
            kept.append(line)
    return kept


def _is_outlet_line(text: str, index: int, lines: Sequence[Line]) -> bool:
    if ends_sentence(text):
        return False
    if index < OUTLET_LINE_REACH and _is_masthead_motto(text, lines):
        return True
    if index <= MASTHEAD_REACH and _is_named_brand(text, lines):
        return True
    name = without_abbreviation(OUTLET_PLACE_RE.sub("", text))
    if len(name.split()) > MAX_OUTLET_LINE_WORDS:
        return False
    return is_outlet_name(name) and OUTLET_WORD_RE.search(name) is not None


def _is_named_brand(text: str, lines: Sequence[Line]) -> bool:
    """A bare name under the headline that the story names again as a newsroom ("The Lantern" /
    "..., seen by The Lantern", "told The Lantern", "The Lantern understands"): two capitalised
    words or more, or a joined brand. A place or a subject heading ("Orrin Valley") is named in
    the story too, but not as who was told or who has learned."""
    if not is_outlet_name(text) or BRAND_LINE_RE.match(text) is None:
        return False
    return newsroom_named(text, "\n".join(line.text for line in lines if line.text != text))


def _is_masthead_motto(text: str, lines: Sequence[Line]) -> bool:
    """ "Dunnock Today – news from the harbour": an outlet's name, a dash and its motto."""
    match = MASTHEAD_MOTTO_RE.match(text)
    if match is None or has_figure(match.group("motto")) or has_quote(text):
        return False
    name, motto = match.group("name"), match.group("motto")
    words = motto.split()
    # a capitalised word of the motto must be the name's own ("Orrin Today - news for Orrin")
    named = set(name.split())
    if len(words) > MAX_MOTTO_WORDS or any(
        word[:1].isupper() and word.strip(",.") not in named for word in words[1:]
    ):
        return False
    if has_figure(name) or not is_outlet_name(name):
        return False
    story = "\n".join(line.text for line in lines if line.text != text)
    # a name set in capitals ('SITE & STRUCTURE') only as the story names its newsroom: a
    # section's label in capitals ('COUNTY COUNCIL — what happens next') is named too
    named_again = newsroom_named(name, story) if name.isupper() else name in story
    return named_again or OUTLET_WORD_RE.search(name) is not None


def _without_inline_junk(line: Line, removed: Removed, footnoted: bool = False) -> str:
    """The line without a widget's message or a wire's pickup slug inside it (each listed), and
    on a page that lists its notes (``footnoted``) without footnote marks (not listed: no line
    of the page)."""
    text = FOOTNOTE_MARK_RE.sub("", line.text) if footnoted else line.text
    for pattern in (INLINE_WIDGET_RE, WIRE_PICKUP_RE):
        for match in pattern.finditer(text):
            removed.append((line.pos, match.group().strip()))
        text = pattern.sub(" ", text)
    return " ".join(text.split())


def _is_furniture(text: str, content: str, boxed: bool = False, row: bool = False) -> bool:
    """Whether a whole line (``content`` is it without a bullet marker) is not the story; a
    line of a fact box (``boxed``) is no sentence by design, and a table's row (``row``) is
    cells between bars by design, no menu."""
    if not any(char.isalnum() for char in content):
        return True
    if content != text and not is_sentence(content) and not boxed:
        return True  # a bullet with no sentence
    if content != text and is_media_caption(text):
        return True  # '▶ Watch the moment the tugs arrived.'
    return any(check(content) for check in _line_checks(content, boxed, row))


def _line_checks(content: str, boxed: bool, row: bool) -> tuple[LinePredicate, ...]:
    if row:
        return TABLE_ROW_LINE_CHECKS
    return BOX_ROW_LINE_CHECKS if boxed and is_box_row(content) else LINE_CHECKS


def _drop_dateline(lines: Sequence[Line], removed: Removed) -> list[Line]:
    """A dateline opening the lead ("BEIJING (AP) —") removed: the first paragraph that is a
    sentence (a wire header or a caption that no rule knew may stand above it)."""
    index = next((i for i, line in enumerate(lines) if is_sentence(line.text)), None)
    if index is None:
        return list(lines)
    lead = lines[index]
    match = DATELINE_RE.match(lead.text)
    if match is None or not is_sentence(lead.text[match.end() :]):
        return list(lines)
    removed.append((lead.pos, match.group("dateline") or match.group("plain")))
    return [*lines[:index], Line(lead.pos, lead.text[match.end() :]), *lines[index + 1 :]]


def _drop_inner_stop(match: re.Match[str]) -> str:
    word = match.group("word")
    return match.group() if word in ABBREVIATIONS else word


def _repair_spacing(text: str) -> str:
    text = STRAY_INNER_STOP_RE.sub(_drop_inner_stop, STRAY_STOP_RE.sub("", text))
    return STRAY_COMMA_RE.sub(",", text)
