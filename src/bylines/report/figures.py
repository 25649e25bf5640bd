"""Stage 8: figures compared across outlets, into conflicts and updates.

Every quantity of every sentence (``bylines.report.quantities``) becomes a *figure* with what
surrounds it: the names and days near it, what it counts (its noun), the frame of a count
(killed, injured, missing...) and what was done to those counted (found, identified, in
intensive care). Two figures from different articles are *about the same thing* when they have
the same dimension and unit, nothing tells them apart (another counted noun, frame or stage,
another day, names that share nothing, an older event, one far larger than the other), and
enough ties them together (``same_subject``): the same claim, a shared specific name or day, two
lead-sentence tolls, or two tolls of the story itself (no place named next to them), plus what
is measured or shared predicate words.

Same-subject figures whose intervals overlap agree. Otherwise they differ, and the difference is
an *update* when one side is a figure the reports say was replaced ("police earlier had reported
65 dead", or an article that says its toll was "lowered to 180"), or when a later-dated report
(``Article.published``) gives the larger count; else a *conflict*. Conflicts and updates are
grouped into ``Conflict`` values, one position per distinct value with every article carrying it.

Cost: figures meet only in blocks that share a unit and an anchor (claim, name, day, what is
measured), and a sentence with more than MAX_PER_SENTENCE figures (a flattened table) is not
compared at all, so the stage stays near linear in sentences (benchmarks/conflicts_bench.py).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import Literal

from bylines.report.quantities import Quantity, extract_quantities
from bylines.report.slots import (
    ANY_EVENT,
    LEAD_WEEKDAY,
    describe,
    is_length,
    is_weekday,
    slot_of,
    strong,
    weekdays,
)
from bylines.types import Article, Claim, Conflict, ConflictKind, Position, Sentence
from bylines.wordlists import wordset

# Context windows, in word tokens either side of a figure. The frame (killed/injured...) must be
# close to the number; names and predicates may sit in the rest of the clause. Tuned by reading
# the example cluster and the DUC pairs in benchmarks/data/conflicts_labels.jsonl.
FRAME_WINDOW = 7
CONTEXT_WINDOW = 15
# A report's opening sentences state its main figures: two lead tolls (killed, injured...) are
# about the same event even when they share no name.
LEAD_SENTENCES = 2
# Tolls of the story itself (in a lead sentence, or with no place or group named next to them)
# are one subject per frame: "killing 60 people" in one report, "a fire that killed 67" in
# another.
STORY_FRAMES = frozenset({"dead", "hurt", "missing", "homeless", "held", "hospital"})
# A name carried by at least this share of the articles is the story's protagonist, not a way
# to tell two figures apart (Blinken is in every report; Qin in some).
UBIQUITOUS_SHARE = 0.8
# Evidence needed to call two figures the same thing: a shared claim scores SAME_CLAIM; a shared
# specific name, day, lead toll or story toll ANCHOR each; the same counted noun or frame THING;
# each shared predicate word (or protagonist's name) WORD, at most MAX_WORDS. An anchor is
# required. Tuned on benchmarks/data/conflicts_labels.jsonl: an anchor plus what is measured plus
# one shared word (2.5) is enough; without the word, bodies found and people killed on the same
# Friday were paired. A shared claim was 2.0 while claims were single sentences; with the real
# aligner a claim groups looser paraphrases, so it is necessary-but-not-sufficient evidence
# (1.5): it still needs the same counted noun or frame, or two shared predicate words (it
# stopped pairing '62 percent stunted' with '30 percent malnourished' in one claim).
SAME_CLAIM = 1.5
ANCHOR = 1.0
THING = 1.0
WORD = 0.5
MAX_WORDS = 2
SAME_SUBJECT = 2.5
# A figure so far above or below the other that it is likely a different aggregate (a national
# against a village toll) is more often two things than a disagreement.
MAX_RATIO = 10.0
# Two sums of one thing more than this far apart are more often two sums (a part and a total,
# a budget and a bill) than a misreport: the DUC budget clusters pair $500bn with $1.7tn.
MAX_MONEY_RATIO = 2.0
# Relative slack between values written in different units (miles vs kilometres, hours vs
# minutes): news rounds conversions to whole numbers, so 235 miles is 378 km, not 380.
CONVERSION = 0.02
_AT_LEAST = re.compile(r"at\s+least\b", re.IGNORECASE)
_SCALED_MONEY = re.compile(
    r"(?P<digits>\d[\d,]*(?:\.\d+)?)\s?(?:million|billion|trillion|bn|mn|m|tn|trn)\b", re.I
)
# Two lower bounds ("at least N") are one figure when within this share of each other: the
# same rounding as "about" (quantities.ABOUT).
OPEN_SLACK = 0.10
# A sentence with more figures than this is a table flattened into text, not a claim: its figures
# are extracted but not compared (and cannot make the stage quadratic).
MAX_PER_SENTENCE = 12
# A block (figures sharing a unit and one anchor) larger than this is dropped: in one event's
# cluster no anchor is that common, in a pile of unrelated articles it pairs strangers.
MAX_BLOCK = 300
# A date written as a range of days ("Nov. 12-18") is compared like a day; a year or a month
# alone is too vague to contradict anything.
MAX_DATE_SPAN = 31

Label = Literal["agree", "conflict", "update"]
_ANY = "*"  # in a key of _Context.figures: every figure of the unit, whatever it measures
_ARTICLE = -1  # in a key of _Context.figures, for a sentence index: anywhere in the article


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
_DAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
_DAYS |= wordset("yesterday today tonight weekend")
_CAPITAL_STOP = (
    wordset(
        "i the a an in on at of for and but or as if it its he she they we his her their this that "
        "mr mrs ms dr president minister secretary prime chief state general sen rep gov officials "
        "foreign defense defence interior finance foreign ministry department "
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec u.s us un ap afp reuters "
        "north south east west northeast northwest southeast southwest central eastern western"
    )
    | _DAYS
)
_STOP = wordset(
    "a an the of to in on at for from with by as and or but than that this these those is was "
    "were are be been being has have had it its he she they them his her their who which what "
    "said says say told also after before during while about more less least most nearly just "
    "over under some around almost up down out into than other one new last first per cent "
    "percent not no would could will may might can there here when where all any each"
)
# Verb frames: what happened to the counted people. Two figures in different frames are two
# things (11 killed, 58 injured). Lemmas are prefixes so inflections match.
_FRAMES = {
    "dead": re.compile(r"kill|dead|death|die[ds]?$|dying|fatalit|bod(?:y|ies)$|lives$"),
    "hurt": re.compile(r"injur|wound|hurt"),
    "missing": re.compile(r"missing"),
    "homeless": re.compile(r"homeless|displac|evacu|refugee|shelter|relocat|rehous|fled$|flee"),
    "held": re.compile(r"arrest|detain|jail|prison|captiv|hostage"),
}
# "taken to hospital with (serious) injuries": the hospital word qualifies the injured.
_INJURIES_AFTER = re.compile(r"with\s+(?:\w+\s+){0,2}(?:injur|wound|burn)")
_INJURY_SPAN = 4  # tokens after the hospital word: "with minor burn injuries"
# People moved from their homes, said in more than one word.
_DISPLACED = re.compile(
    r"\b(?:moved|forced|driven|led)\s+(?:out|from)\b|\bleft\s+their\s+homes\b"
    r"|\bhad\s+to\s+(?:leave|flee)\b"
)
# Words near a figure saying it was replaced by a later one ("earlier had reported 65"). Not
# "rose to" or "lowered to": the figure after them is the new one.
_SUPERSEDED = re.compile(
    r"\b(?:earlier|initially|initial|previously|backed)\b",
    re.IGNORECASE,
)
_REVISED = re.compile(
    r"\b(?:lowered|raised|revised|rose|risen|climbed|increased|dropped|fell|jumped|cut)"
    r"\s+(?:\w+\s+){0,2}to\s+$",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+)?[$£€]?\d")
_SPAN_BEFORE = re.compile(
    r"\b(?:past|last|next|coming|previous|first|final|within|recent|in|since|than)\s+$", re.I
)
_SPAN_AFTER = re.compile(r"\s*(?:ago|earlier|later|before|after|from\s+now|a|an|per|each)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_HISTORY = re.compile(r"\b(?:previous|worst|deadliest|since|ago|history|record|last time)\b", re.I)
_PART_BEFORE = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+them|of\s+whom"
    # "Among the dead were four children": some of those counted, not the toll
    r"|among\s+(?:the\s+)?\w+\s+(?:were|was|are|is)(?:\s+at\s+least)?)\s+$",
    re.I,
)
_PART_AFTER = re.compile(
    r"\s+(?:\w+\s+)?of\s+(?:them|whom|those|these|the\s+(?:dead|injured|wounded|victims))\b"
    # "19 were wounded, eight seriously": how many of those hurt are badly hurt
    r"|\s+(?:seriously|critically|severely|gravely|badly)\b",
    re.I,
)
_ONE_OF = re.compile(r"one\s+of\b", re.IGNORECASE)
# Capitalised words for groups of people, not names: "12 Americans", "a Muslim guard".
_GROUP = re.compile(
    r"(?:ans|ese|ims|ats|ists|ites|ian|ean|ish)$|^(?:Muslim|Arab|Jewish|Christian)$"
)
# What was done to those counted, beyond the frame: a count of bodies found is not a count of
# bodies identified, nor of the dead; "two men confessed to killing" counts the killers.
_STAGE = re.compile(
    r"(?:found|identified|recovered|buried|rescued|released|discharged|freed|convicted"
    r"|confessed|pleaded|charged|accused|admitted|sentenced"
    r"|intensive|critical|serious|hospitali[sz]ed"
    # "four votes short of a majority" is a shortfall, not a margin
    r"|short)$"
)
# A name right after these is who reports the figure, not what it is about ("news agency TT",
# "said Sven Martinell", "told Reuters").
_SOURCE_BEFORE = wordset("agency newspaper daily radio television station told said")
# Words before a name that make it a place ("in Guatemala"); outlets are not written so.
_PLACE_BEFORE = wordset("in across near throughout")
_SOURCE_AFTER = wordset("said says say told understands reported reports learned learnt")
_SYNONYMS = {
    "talk": "talk",
    "meeting": "talk",
    "meet": "talk",
    "met": "talk",
    "discussion": "talk",
    "session": "talk",
    "negotiation": "talk",
    "person": "people",
    "persons": "people",
    "resident": "people",
    "residents": "people",
    "civilian": "people",
    "civilians": "people",
    "men": "people",
    "man": "people",
    "individuals": "people",
    "victims": "people",
    "victim": "people",
    "other": "people",
    "others": "people",
    "staff": "worker",
    "employee": "worker",
    "employees": "worker",
    "workers": "worker",
}


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in its sentence, with the context that says what it is about."""

    quantity: Quantity
    sentence: Sentence
    claim: str
    names: frozenset[str]
    all_names: frozenset[str]
    days: frozenset[str]
    near_days: frozenset[str]
    words: frozenset[str]
    frame: str | None
    noun: str | None
    near: frozenset[str]
    span: bool
    superseded: bool
    historic: bool
    part: bool
    lead: bool
    stage: str | None
    story: bool
    revised: bool
    # An age's person: the name it is in apposition with ('Linkov, 27'), as its words.
    person: frozenset[str] | None
    # Names written together near the figure ('in Kenya and Tanzania'): a figure for both is
    # not a figure for one of them.
    together: frozenset[frozenset[str]]
    # What the figure is the value of, from cue words ("price", "year built"; ``slots``).
    slot: str | None = None

    @property
    def offset(self) -> int:
        """Where the figure starts in its article's text."""
        return self.sentence.start + self.quantity.start


@dataclass(frozen=True, slots=True)
class _Context:
    """What labelling a pair needs beyond the pair: dates, and every figure per article/unit."""

    dates: dict[str, str | None]
    figures: dict[tuple[str, int, str, str], list[Quantity]]
    superseded: dict[tuple[str, str], list[Quantity]]
    # Every current figure per (article, unit, what), with where it starts in the article.
    placed: dict[tuple[str, str, str], list[tuple[int, Quantity]]]


@dataclass(frozen=True, slots=True)
class FigurePair:
    """Two figures judged to be about the same thing, and how they relate."""

    first: Figure
    second: Figure
    label: Label


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the figure comparison found: the pairs, and them grouped for the report."""

    pairs: tuple[FigurePair, ...]
    conflicts: tuple[Conflict, ...]
    updates: tuple[Conflict, ...]


def compare_figures(claims: Sequence[Claim], articles: Sequence[Article]) -> Comparison:
    """Pair every two same-subject figures of different articles and group the differences."""
    figures = collect_figures(claims, articles)
    context = _context(figures, articles)
    pairs = tuple(_pairs(figures, context))
    conflicts = _group([p for p in pairs if p.label == "conflict"], pairs)
    updates = _group([p for p in pairs if p.label == "update"], pairs)
    return Comparison(pairs, conflicts, updates)


def _context(figures: Sequence[Figure], articles: Sequence[Article]) -> _Context:
    per_sentence: dict[tuple[str, int, str, str], list[Quantity]] = {}
    superseded: dict[tuple[str, str], list[Quantity]] = {}
    revised: dict[tuple[str, str, str], list[Quantity]] = {}
    placed: dict[tuple[str, str, str], list[tuple[int, Quantity]]] = {}
    for figure in figures:
        unit, what = figure.quantity.unit, _what(figure)
        key = (figure.sentence.article, figure.sentence.index, unit, what)
        per_sentence.setdefault(key, []).append(figure.quantity)
        if not (figure.superseded or figure.revised):
            # the whole article too: one that gives both values disputes neither
            per_sentence.setdefault((key[0], _ARTICLE, unit, what), []).append(figure.quantity)
            placed.setdefault((key[0], unit, what), []).append((figure.offset, figure.quantity))
        per_sentence.setdefault((*key[:3], _ANY), []).append(figure.quantity)
        if figure.superseded:
            superseded.setdefault((unit, what), []).append(figure.quantity)
        if figure.revised:
            revised.setdefault((figure.sentence.article, unit, what), []).append(figure.quantity)
    # An article that says its figure was revised ("lowered to 180") supersedes its others.
    for figure in figures:
        unit, what = figure.quantity.unit, _what(figure)
        new = revised.get((figure.sentence.article, unit, what), ())
        if new and not any(_overlap(figure.quantity, q) for q in new):
            superseded.setdefault((unit, what), []).append(figure.quantity)
    dates = {a.id: a.published for a in articles}
    return _Context(dates, per_sentence, superseded, placed)


def collect_figures(claims: Sequence[Claim], articles: Sequence[Article]) -> tuple[Figure, ...]:
    """Every figure of every sentence the claims mention, skipping near-duplicate articles."""
    repeats = {a.id for a in articles if a.duplicate_of is not None}
    mentions = {(s.article, s.index): (s, c.id) for c in claims for s in c.mentions}
    sentences = [v for k, v in sorted(mentions.items()) if k[0] not in repeats]
    names = _cluster_names(sentences, len(articles) - len(repeats))
    year = _story_year(s.text for s, _ in sentences)
    published = {a.id: a.published for a in articles}
    return tuple(
        figure
        for sentence, claim in sentences
        for figure in _sentence_figures(
            sentence, claim, names, year, published.get(sentence.article)
        )
    )


def _sentence_figures(
    sentence: Sentence,
    claim: str,
    names: tuple[frozenset[str], frozenset[str], frozenset[str]],
    year: str | None,
    published: str | None = None,
) -> Iterable[Figure]:
    """The figures of one sentence; its tokens are computed once, so a sentence with many
    numbers (a flattened table) costs linear, not quadratic, time. A weekday is a figure only
    of a dated article, in a lead sentence (the event's own day) or next to what happened on it
    ("the vote on Wednesday")."""
    quantities = extract_quantities(sentence.text)
    quantities += tuple(weekdays(sentence.text, published, sentence.index < LEAD_SENTENCES))
    if not quantities:
        return ()
    common, known, places = names
    tokens = _tokens(sentence.text)
    whole = _Sentence(
        sentence=sentence,
        claim=claim,
        tokens=tokens,
        starts=[start for start, _ in tokens],
        names=_name_spans(tokens, known, places),
        days=frozenset(w.lower() for _, w in tokens if w.lower() in _DAYS),
        historic=_historic(sentence.text, year),
        together=_together(tokens, _name_spans(tokens, known, places)),
        counts=[(q.start, q.end) for q in quantities if q.dimension == "count"],
    )
    return tuple(_figure(quantity, whole, common) for quantity in quantities)


def _together(
    tokens: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, frozenset[str]]]:
    """Names joined by 'and' ('Kenya and Tanzania'), as (first token, end token, names)."""
    groups: list[tuple[int, int, frozenset[str]]] = []
    for one, two in pairwise(spans):
        if two[0] != one[1] + 1 or tokens[one[1]][1].lower() != "and":
            continue
        if groups and groups[-1][1] == one[1]:
            start, _, names = groups.pop()
            groups.append((start, two[1], names | {two[2]}))
        else:
            groups.append((one[0], two[1], frozenset({one[2], two[2]})))
    return groups


def _story_year(texts: Iterable[str]) -> str | None:
    """The latest year the articles mention: the story's year; older years are history."""
    return max((y for text in texts for y in _YEAR.findall(text)), default=None)


def _cluster_names(
    sentences: Iterable[tuple[Sentence, str]], n_articles: int
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(ubiquitous, known, places): name words in most articles, every name word of the
    cluster, and the names it writes as places ('in Guatemala')."""
    carriers: dict[str, set[str]] = {}
    places: set[str] = set()
    joined: list[frozenset[str]] = []
    for sentence, _ in sentences:
        tokens = _tokens(sentence.text)
        places |= _places(tokens)
        joined += [names for _, _, names in _together(tokens, _raw_spans(tokens))]
        for name in _names(tokens):
            for word in name.split():
                carriers.setdefault(word, set()).add(sentence.article)
    # "Honduras and Guatemala": a name written together with a place is a place too
    places |= {n for group in joined if group & places for n in group}
    known = frozenset(carriers)
    if n_articles < 3:
        return frozenset(), known, frozenset(places)
    share = UBIQUITOUS_SHARE * n_articles
    common = frozenset(n for n, a in carriers.items() if len(a) >= share)
    return common, known, frozenset(places)


def _places(tokens: Sequence[tuple[int, str]]) -> set[str]:
    """Names written after a preposition of place: 'in Guatemala', 'across El Salvador'."""
    return {
        name
        for start, _, name in _raw_spans(tokens)
        if start and tokens[start - 1][1].lower() in _PLACE_BEFORE
    }


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().rstrip(".")) for m in _TOKEN.finditer(text)]


def _names(tokens: Sequence[tuple[int, str]]) -> set[str]:
    """The names of a whole sentence."""
    return {name for _, _, name in _name_spans(tokens)}


def _name_spans(
    tokens: Sequence[tuple[int, str]],
    known: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """Runs of capitalised words ('Qin Gang', 'Swan Islands') as (first token, end token, name):
    not sentence-initial, without titles, days or months, and without the names that are
    sources ('news agency TT', 'said Sven Martinell'). A sentence-initial word is a name when the
    cluster writes it capitalised elsewhere too (``known``): "Guatemala reported...". A place
    of the cluster (``places``) that reports a figure is where it was counted, not an outlet:
    "Guatemala reported 100 deaths" is Guatemala's toll."""
    return [
        span
        for span in _raw_spans(tokens, known)
        if span[2] in places or not _is_source(tokens, span[0], span[1])
    ]


def _raw_spans(
    tokens: Sequence[tuple[int, str]], known: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Every run of capitalised words, sources included."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    for position, (_, word) in enumerate([*tokens, (0, "")]):
        clean = re.sub(r"['’]s$", "", word)
        named = _is_name(position, clean) or (not position and clean.lower() in known)
        if named and start < 0:
            start = position
        # a possessive ends the name: "El Salvador's National..."
        if start >= 0 and (not named or clean != word):
            end = position + 1 if named else position
            words = (re.sub(r"['’]s$", "", w) for _, w in tokens[start:end])
            spans.append((start, end, " ".join(words).lower()))
            start = -1
    return spans


def _is_source(tokens: Sequence[tuple[int, str]], start: int, end: int) -> bool:
    """'news agency TT', 'according to Vale Rail', 'the Harbour Courier understands'."""
    before = [w.lower() for _, w in tokens[max(0, start - 2) : start]]
    after = tokens[end][1].lower() if end < len(tokens) else ""
    if after in _SOURCE_AFTER:
        return True
    return bool(before) and (before[-1] in _SOURCE_BEFORE or before == ["according", "to"])


def _in_range(spans: Sequence[tuple[int, int, str]], low: int, high: int) -> set[str]:
    return {name for start, end, name in spans if start < high and end > low}


def _is_name(position: int, word: str) -> bool:
    if not position or not word[:1].isupper() or len(word) < 2:
        return False
    return word.lower() not in _CAPITAL_STOP and not _GROUP.search(word)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What every figure of a sentence shares."""

    sentence: Sentence
    claim: str
    tokens: list[tuple[int, str]]
    starts: list[int]
    names: list[tuple[int, int, str]]
    days: frozenset[str]
    historic: bool
    together: list[tuple[int, int, frozenset[str]]]
    # Where the sentence's counts are: a frame word past another count is that one's.
    counts: list[tuple[int, int]]


def _figure(quantity: Quantity, whole: _Sentence, common: frozenset[str]) -> Figure:
    tokens, text = whole.tokens, whole.sentence.text
    first = bisect.bisect_left(whole.starts, quantity.start)
    last = bisect.bisect_left(whole.starts, quantity.end)
    # The figure's own words ("seven and a half hours") are not context.
    window = [
        *tokens[max(0, first - CONTEXT_WINDOW) : first],
        *tokens[last : last + CONTEXT_WINDOW],
    ]
    near = [*tokens[max(0, first - FRAME_WINDOW) : first], *tokens[last : last + FRAME_WINDOW]]
    words = {_lemma(w) for _, w in window if w.lower() not in _STOP and not w[:1].isupper()}
    window_names = _in_range(whole.names, first - CONTEXT_WINDOW, first) | _in_range(
        whole.names, last, last + CONTEXT_WINDOW
    )
    near_names = _in_range(whole.names, first - FRAME_WINDOW, first) | _in_range(
        whole.names, last, last + FRAME_WINDOW
    )
    # a weekday's noun marks its kind (lead, planned), not what it counts
    noun = _lemma(quantity.noun) if quantity.noun and not is_weekday(quantity) else None
    frame = _frame(tokens, first, last, _between(quantity, whole.counts))
    frame = frame if quantity.dimension == "count" else None
    hospital = frame == "hospital"
    before = text[max(0, quantity.start - 30) : quantity.start]
    slot = slot_of(quantity, [w.lower() for _, w in near], before)
    own_day = frozenset({quantity.text.lower()}) if quantity.unit == "day" else frozenset()
    return Figure(
        quantity=quantity,
        sentence=whole.sentence,
        claim=whole.claim,
        names=frozenset(n for n in window_names if not set(n.split()) <= common),
        all_names=frozenset(window_names),
        days=whole.days - own_day,
        near_days=frozenset(w.lower() for _, w in near if w.lower() in _DAYS) - own_day,
        words=frozenset(words - {noun}),
        frame=frame,
        noun=noun,
        near=frozenset(_lemma(w) for _, w in near if w.lower() not in _STOP),
        span=_is_span(text, quantity) and not is_length(before),
        superseded=_is_superseded(text, quantity, near),
        # the year something was built is the slot's value, not a sign of an older event
        historic=whole.historic and not (slot and quantity.dimension == "date"),
        part=_is_part(text, quantity),
        lead=whole.sentence.index < LEAD_SENTENCES,
        revised=bool(_REVISED.search(text[max(0, quantity.start - 40) : quantity.start])),
        stage=next((w.lower() for _, w in near if _STAGE.match(w)), None),
        story=(frame in STORY_FRAMES or slot is not None)
        and not (whole.historic and not (slot and quantity.dimension == "date"))
        # the count in hospital is the story's wherever the hospital is
        and (whole.sentence.index < LEAD_SENTENCES or _unnamed(near, near_names) or hospital),
        person=_person(whole.names, first) if quantity.dimension == "age" else None,
        together=frozenset(
            names
            for start, end, names in whole.together
            if start < last + CONTEXT_WINDOW and end > first - CONTEXT_WINDOW
        ),
        slot=slot,
    )


def _person(spans: Sequence[tuple[int, int, str]], first: int) -> frozenset[str] | None:
    """The name an age follows: 'Linkov, 27' or 'Linkov, aged 27' (commas are not tokens)."""
    for _, end, name in spans:
        if first - 2 <= end <= first:
            return frozenset(name.split())
    return None


def _unnamed(near: Sequence[tuple[int, str]], names: set[str]) -> bool:
    """No name close by, not even the story's own places: 'killed 60 people', not 'Guatemala,
    where 21 people died' (Guatemala may be in every report of a hurricane), and not 'nine
    other deaths elsewhere'."""
    return not names and not any(w.lower() == "elsewhere" for _, w in near)


def _is_superseded(text: str, quantity: Quantity, near: Sequence[tuple[int, str]]) -> bool:
    """Words near a figure saying a later one replaced it ('from 7,000 to about 6,100'); not a
    vote split ('backed it 29-14')."""
    if quantity.dimension == "split":
        return False
    if _FROM_TO.match(text, quantity.end) and text[: quantity.start].rstrip().endswith("from"):
        return True
    return bool(_SUPERSEDED.search(" ".join(w for _, w in near)))


def _historic(text: str, story_year: str | None) -> bool:
    """A sentence about another, earlier event: it names an older year than the story's, or a
    year with 'previous', 'worst', 'since'..."""
    years = set(_YEAR.findall(text))
    if not years:
        return False
    return bool(story_year and min(years) < story_year) or bool(_HISTORY.search(text))


def _is_span(text: str, quantity: Quantity) -> bool:
    """A duration that places something in time or is a rate ('two days a week')."""
    before = text[max(0, quantity.start - 12) : quantity.start]
    return bool(_SPAN_BEFORE.search(before) or _SPAN_AFTER.match(text, quantity.end))


def _is_part(text: str, quantity: Quantity) -> bool:
    """A part of another figure ('including 12 Americans', '20 of them severely'); not
    'killed 67 of them', where 'them' is everyone."""
    before = text[max(0, quantity.start - 40) : quantity.start]
    if _PART_BEFORE.search(before) or _ONE_OF.match(text, quantity.start):
        return True  # "one of the men": a member of a group, never the group's count
    opens = not text[: quantity.start].strip() or bool(re.search(r"[,(;]\s*$", before))
    return bool(_PART_AFTER.match(text, quantity.end)) and opens


def _lemma(word: str) -> str:
    """A crude stem, enough to match 'injured' with 'injuring' and 'talks' with 'meeting'."""
    word = word.lower().strip("'’.-")
    word = _SYNONYMS.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return _SYNONYMS.get(word, word)


def _between(quantity: Quantity, counts: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Does another count stand between the figure and a character offset?"""
    others = [span for span in counts if span != (quantity.start, quantity.end)]

    def past(offset: int) -> bool:
        low, high = sorted((offset, quantity.start))
        return any(low < start < high for start, _ in others)

    return past


def _frame(
    tokens: Sequence[tuple[int, str]], first: int, last: int, past: Callable[[int], bool]
) -> str | None:
    """The frame word nearest the figure ('174 dead, 96 missing': 96 is missing), not one past
    another count ('140 people on board, and 27 were injured': 140 is not injured); a bare
    'toll' means deaths only when no other frame word is near ('the injured toll')."""
    distance = lambda i: first - i if i < first else i - last + 0.5  # noqa: E731
    near = range(max(0, first - FRAME_WINDOW), min(len(tokens), last + FRAME_WINDOW))
    ordered = sorted(
        (i for i in near if not first <= i < last and not past(tokens[i][0])), key=distance
    )
    hospital = [i for i in ordered if tokens[i][1].lower().startswith("hospital")]
    if hospital and not _with_injuries(tokens, hospital[0]):
        return "hospital"  # "eight of the injured were taken to hospital": how many are in it
    for index in ordered:
        word = tokens[index][1]
        for frame, pattern in _FRAMES.items():
            if word.islower() and pattern.match(word):
                return frame
    words = " ".join(tokens[i][1].lower() for i in near)
    if _DISPLACED.search(words):
        return "homeless"
    return "dead" if any(tokens[i][1] == "toll" for i in ordered) else None


def _with_injuries(tokens: Sequence[tuple[int, str]], hospital: int) -> bool:
    """'180 people were taken to hospitals with injuries': the injured, all of them, not a
    count of those still in hospital."""
    after = " ".join(w.lower() for _, w in tokens[hospital + 1 : hospital + 1 + _INJURY_SPAN])
    return bool(_INJURIES_AFTER.match(after))


def _pairs(figures: Sequence[Figure], context: _Context) -> Iterable[FigurePair]:
    """Same-subject pairs of figures from different articles.

    Figures only meet when they share a unit and an anchor (a claim, a specific name or a day):
    same_subject needs one anyway, and blocking on them keeps the stage near linear.
    """
    seen: set[tuple[int, int]] = set()
    for block in _blocks(figures).values():
        for first, second in combinations(block, 2):
            key = (id(first), id(second))
            if first.sentence.article == second.sentence.article or key in seen:
                continue
            seen.add(key)
            if same_subject(first, second):
                yield FigurePair(first, second, _label(first, second, context))


def _blocks(figures: Sequence[Figure]) -> dict[tuple[str, ...], list[Figure]]:
    per_sentence = Counter((f.sentence.article, f.sentence.index) for f in figures)
    blocks: dict[tuple[str, ...], list[Figure]] = {}
    for figure in figures:
        crowded = per_sentence[(figure.sentence.article, figure.sentence.index)] > MAX_PER_SENTENCE
        if crowded or not _comparable(figure):
            continue
        unit = (figure.quantity.dimension, figure.quantity.unit)
        anchors = [("claim", figure.claim), *(("name", w) for n in figure.names for w in n.split())]
        anchors += [("day", day) for day in figure.days]
        if figure.lead and figure.frame:
            anchors.append(("lead", _what(figure)))
        if figure.story:
            anchors.append(("story", _what(figure)))
        if strong(figure.slot):
            anchors.append(("slot", figure.slot or ""))
        for anchor in anchors:
            blocks.setdefault((*unit, *anchor), []).append(figure)
    # An anchor that hundreds of figures share tells none of them apart; comparing them all
    # would make the stage quadratic.
    return {key: block for key, block in blocks.items() if len(block) <= MAX_BLOCK}


def _comparable(figure: Figure) -> bool:
    """Figures worth comparing: a count must say what it counts; a year alone is too vague."""
    quantity = figure.quantity
    if quantity.hedge == "vague":
        return False  # "hundreds of" can agree with anything and contradicts nothing
    if quantity.dimension == "count" and figure.part and figure.frame != "hospital":
        return False  # compared through the whole it is part of
    if quantity.dimension == "count":
        return figure.noun is not None or figure.frame is not None
    if quantity.dimension == "duration" and figure.span:
        return False  # "over the past two years", "18 months ago": when, not how long
    # a clock time without a zone cannot be compared across outlets; nor "on Monday" in the
    # body next to no event: the day of what?
    body_weekday = is_weekday(quantity) and quantity.noun != LEAD_WEEKDAY
    if quantity.unit == "clock" or (body_weekday and figure.slot in {None, ANY_EVENT}):
        return False
    # "built in 1887": a year (a slot) is precise enough for what was done in it
    precise = quantity.high - quantity.low < MAX_DATE_SPAN or figure.slot is not None
    return quantity.dimension != "date" or precise


def same_subject(first: Figure, second: Figure) -> bool:
    """Are two figures of the same dimension and unit about the same thing?

    Needs an anchor (the same claim, or a shared specific name or day), something that says
    what is measured (the same counted noun or frame, or shared predicate words), and nothing
    that tells the two apart.
    """
    if _told_apart(first, second):
        return False
    if first.slot == second.slot and strong(first.slot):
        return True
    anchors = SAME_CLAIM * (first.claim == second.claim)
    anchors += ANCHOR * (first.lead and second.lead and first.frame is not None)
    anchors += ANCHOR * (first.story and second.story)
    anchors += ANCHOR * (_shared_names(first.names, second.names) + len(first.days & second.days))
    thing = first.noun is not None and first.noun == second.noun
    thing = thing or (first.frame is not None and first.frame == second.frame)
    thing = thing or (first.slot is not None and first.slot == second.slot)
    # The story's protagonists (names in most articles) are weak evidence, like a shared word.
    common = _shared_names(first.all_names, second.all_names) - _shared_names(
        first.names, second.names
    )
    if first.quantity.dimension == "date":
        shared = first.near & second.near
    else:
        shared = _with_noun(first) & _with_noun(second)
    words = min(MAX_WORDS, len(shared) + max(0, common))
    if not anchors or not (thing or words):
        return False
    return anchors + THING * thing + WORD * words >= SAME_SUBJECT


def _with_noun(figure: Figure) -> frozenset[str]:
    return figure.words | {figure.noun} if figure.noun else figure.words


def _shared_names(first: frozenset[str], second: frozenset[str]) -> int:
    """Names in common; 'Qin' and 'Qin Gang' are one, 'Bay Islands' and 'Swan Islands' two."""
    return sum(any(_same_name(a, b) for b in second) for a in first)


def _same_name(a: str, b: str) -> bool:
    one, two = set(a.split()), set(b.split())
    return one <= two or two <= one


def _told_apart(first: Figure, second: Figure) -> bool:
    """Something in the two contexts says these are two different things."""
    dimension = first.quantity.dimension
    a, b = sorted((abs(first.quantity.value), abs(second.quantity.value)))
    one, two = first.all_names, second.all_names
    return (
        _other_nouns(first, second)
        or (dimension == "count" and first.frame != second.frame)
        # "59 bodies were found" and "14 bodies identified" count different things
        or (dimension == "count" and first.stage != second.stage)
        or (dimension in {"count", "duration", "money"} and bool(a) and b / a > MAX_RATIO)
        or (dimension == "money" and bool(a) and b / a > MAX_MONEY_RATIO)
        # "paid $340 million" and "a budget of $300 million" are two sums
        or bool(first.slot and second.slot and first.slot != second.slot)
        # "the worst previous fire, in 1978, killed 20" is another event
        or first.historic != second.historic
        or bool(first.near_days and second.near_days and not first.near_days & second.near_days)
        or (dimension == "distance" and not _same_places(first, second))
        # (the places next to a count in hospital are the hospital's or the event's)
        or bool(one and two and not _shared_names(one, two) and first.frame != "hospital")
        or (dimension == "age" and not _same_person(first.person, second.person))
        or _split_group(first, second)
        or _split_group(second, first)
    )


def _other_nouns(first: Figure, second: Figure) -> bool:
    """Two counted nouns that tell figures apart; 'people' is anyone in a frame ('350 people
    were evacuated', 'about 300 workers were evacuated')."""
    if not (first.noun and second.noun) or first.noun == second.noun:
        return False
    framed = first.frame is not None and first.frame == second.frame
    return not (framed and "people" in {first.noun, second.noun})


def _same_last(a: str, b: str) -> bool:
    """One name spelled two ways keeps its last word: 'Chastity Pasley', 'Chasity Pasley'."""
    return a.rsplit(maxsplit=1)[-1] == b.rsplit(maxsplit=1)[-1]


def _same_person(one: frozenset[str] | None, two: frozenset[str] | None) -> bool:
    """Ages of different people are never the same thing; an age with no name next to it
    cannot be told to be anyone's. One person: a shared name word ('Kristen Leann Price',
    'Kristen Price'; 'Chastity Vera Pasley', 'Chasity Pasley')."""
    return bool(one and two and one & two)


def _split_group(first: Figure, second: Figure) -> bool:
    """A figure for 'Kenya and Tanzania' is not a figure for Kenya alone: second names some,
    not all, of a group written together next to first."""
    names = second.all_names
    for group in first.together:
        shared = sum(any(_same_name(g, n) or _same_last(g, n) for n in names) for g in group)
        if 0 < shared < len(group):
            return True
    return False


def _same_places(first: Figure, second: Figure) -> bool:
    """Distances are between two places: every name near one must be near the other."""
    one, two = first.all_names, second.all_names
    return _shared_names(one, two) == len(one) and _shared_names(two, one) == len(two)


def _label(first: Figure, second: Figure, context: _Context) -> Label:
    if _overlap(first.quantity, second.quantity):
        return "agree"
    if _stated_elsewhere(first, second, context) or _stated_elsewhere(second, first, context):
        return "agree"
    if _superseded(first, context) != _superseded(second, context):
        return "update"  # one side is a figure the reports say was revised
    one, two = context.dates.get(first.sentence.article), context.dates.get(second.sentence.article)
    if one and two and one != two and first.quantity.dimension == "count":
        early, late = (first, second) if one < two else (second, first)
        rose = late.quantity.low > early.quantity.low
        if rose and not _overlap(late.quantity, early.quantity) and _latest(late, context):
            return "update"  # a toll that rises between an earlier and a later report
    return "conflict"


def _latest(late: Figure, context: _Context) -> bool:
    """Is the larger figure the news, not one outlet's count: no report published after it
    still gives a smaller one ('31 hurt' at 15:20 against '27 hurt' at 17:30 is a conflict)."""
    when = context.dates.get(late.sentence.article) or ""
    unit, what = late.quantity.unit, _what(late)
    later = (a for a, date in context.dates.items() if date and date > when)
    return not any(
        other.high < late.quantity.low
        for article in later
        for other in context.figures.get((article, _ARTICLE, unit, what), ())
    )


def _superseded(figure: Figure, context: _Context) -> bool:
    """Is this figure, or the same value anywhere in the cluster, called earlier or revised?"""
    if figure.superseded:
        return True
    key = (figure.quantity.unit, _what(figure))
    value = figure.quantity.value  # the value as written: "about 180" is not the old 190
    return any(old.low <= value <= old.high for old in context.superseded.get(key, ()))


def _stated_elsewhere(first: Figure, second: Figure, context: _Context) -> bool:
    """Does first's sentence also give second's figure? Then they do not dispute it: the pair
    matched the wrong figure ('213 killed, 12 of them Americans' vs '12 Americans'). Within one
    claim any figure of the unit counts, except for counts, whose frames (killed, injured) do
    tell figures apart: 'a 13-year term for Xu, an 11-year sentence for Wang' against 'Xu, 12
    years in prison already, got 13 years'."""
    article, index, unit = first.sentence.article, first.sentence.index, second.quantity.unit
    loose = first.claim == second.claim and second.quantity.dimension != "count"
    whats = {_what(second), _ANY} if loose else {_what(second)}
    others = [q for what in whats for q in context.figures.get((article, index, unit, what), ())]
    if second.quantity.dimension == "count":
        # "Fifty firefighters ... Later, 70 firefighters": the article moves on to the other
        # value further down (only exact figures: "at least 19" or "about 180" elsewhere gives
        # no toll of 162). A lead's "22 wounded" and a statement's "19 wounded" below it are the
        # article reporting a disagreement, not a story that moved on.
        whole = context.placed.get((article, unit, _what(second)), ())
        others += [q for at, q in whole if q.hedge is None and at > first.offset]
    return any(_overlap(other, second.quantity) for other in others)


def _what(figure: Figure) -> str:
    """What a figure measures, as far as the context says: its frame, else its noun; and what
    was done to those counted ('hurt', 'hurt/intensive')."""
    what = figure.frame or figure.slot or figure.noun or ""
    return f"{what}/{figure.stage}" if figure.stage else what


def _group(chosen: Sequence[FigurePair], pairs: Sequence[FigurePair]) -> tuple[Conflict, ...]:
    """Conflicting pairs joined into one Conflict per subject, positions merged by value."""
    parent: dict[int, int] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    figures: dict[int, Figure] = {}
    for pair in chosen:
        figures[id(pair.first)], figures[id(pair.second)] = pair.first, pair.second
        parent[root(id(pair.first))] = root(id(pair.second))
    groups: dict[int, list[Figure]] = {}
    for key, figure in figures.items():
        groups.setdefault(root(key), []).append(figure)
    # Sorted by where they are read, not by object ids or set order: the same report for every
    # PYTHONHASHSEED.
    ordered = sorted(groups.values(), key=lambda m: min(_place(f) for f in m))
    conflicts = (_conflict(members, pairs) for members in ordered)
    return tuple(c for c in conflicts if not _one_reporter(c))


def _place(figure: Figure) -> tuple[str, int]:
    return figure.sentence.article, figure.offset


def _one_reporter(conflict: Conflict) -> bool:
    """A 'conflict' whose positions all come from one article disputes nothing between
    outlets (its figures are two things, or one changing within the story)."""
    return (
        len({a for p in conflict.positions for a in p.sources}) < 2 or len(conflict.positions) < 2
    )


def _conflict(members: list[Figure], pairs: Sequence[FigurePair]) -> Conflict:
    members = sorted(members, key=lambda f: (f.quantity.low, _place(f)))
    positions: list[list[Figure]] = []
    for figure in members:
        if positions and _overlap(positions[-1][0].quantity, figure.quantity):
            positions[-1].append(figure)
        else:
            positions.append([figure])
    kind: ConflictKind = "date" if members[0].quantity.dimension in {"date", "time"} else "number"
    return Conflict(kind, _subject(members), tuple(_position(p) for p in positions))


def _overlap(a: Quantity, b: Quantity) -> bool:
    """Do two intervals meet? Values converted from another unit ('235 miles' against
    '380 kilometers') get CONVERSION slack for the rounding of the conversion."""
    slack = CONVERSION if a.written_unit != b.written_unit else 0.0
    if _AT_LEAST.match(a.text) and _AT_LEAST.match(b.text) and a.low and b.low:
        # "at least 9 dead" and "at least 14 dead" are two tolls, each the count known to its
        # reporter ("more than 10,000" and "more than 15,000" may just be two roundings).
        return max(a.low, b.low) / min(a.low, b.low) <= 1 + OPEN_SLACK
    low_a, high_a = _rounded(a)
    low_b, high_b = _rounded(b)
    return low_a <= high_b * (1 + slack) and low_b <= high_a * (1 + slack)


def _rounded(quantity: Quantity) -> tuple[float, float]:
    """A whole sum written with a scale word is rounded as written: "$4 billion" is 3.5-4.5
    billion and agrees with "$4.2 billion"; "$340 million" is 335-345 million."""
    scale = _SCALED_MONEY.search(quantity.text)
    if quantity.dimension != "money" or scale is None or math.isinf(quantity.high):
        return quantity.low, quantity.high
    digits = scale.group("digits").replace(",", "")
    if "." in digits:
        return quantity.low, quantity.high  # "$1.2 billion" is precise: not "$1.25 billion"
    step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    half = step / 2 * quantity.value / float(digits)
    return quantity.low - half, quantity.high + half


def _position(figures: list[Figure]) -> Position:
    first = figures[0]
    sources = tuple(dict.fromkeys(f.sentence.article for f in figures))
    high = None if math.isinf(first.quantity.high) else first.quantity.high
    split = first.quantity.dimension == "split"  # its value is a code, not a number to show
    return Position(
        value=first.quantity.text,
        sources=sources,
        evidence=first.sentence.text,
        low=None if split else first.quantity.low,
        high=None if split else high,
        unit=first.quantity.unit,
    )


def _subject(members: Sequence[Figure]) -> str:
    """What a person would call it, with the names and day every side shares: 'number of
    dead', 'length of the talks (Qin, sunday)'."""
    first = members[0]
    head = describe(
        first.quantity.dimension,
        _most_common(f.slot for f in members),
        _most_common(f.frame for f in members),
        _most_common(f.quantity.noun for f in members),
        _most_common(f.stage for f in members),
    )
    names = [n for n in sorted(first.names, key=lambda n: (len(n), n)) if _everywhere(n, members)]
    days = set.intersection(*(set(f.days) for f in members))
    anchors = [n.title() for n in names[:2]] + sorted(days)[:1]
    return f"{head} ({', '.join(anchors)})" if anchors else head


def _most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent value, ties to the alphabetically first (never to set order)."""
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _everywhere(name: str, members: Sequence[Figure]) -> bool:
    return all(any(_same_name(name, other) for other in f.names) for f in members)
