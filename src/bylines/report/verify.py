"""Stage 5: every citation checked against the cited article's own sentence.

A claim or summary sentence cites an article only when that article states the same fact
(its sentence is in the claim, or one of its fact units was aligned with one of the displayed
sentence's, see ``align.link_facts``) and agrees on every value in it:

- figures: quantities of the same unit about the same thing must overlap as intervals
  (``quantities.extract_quantities``: "about 80" meets "82", "9" does not meet "at least 14");
- dates and weekdays: the same calendar day, the same day of the week;
- names: a name spelled another way ("Petrova" / "Petrov") is a different value;
- speaker: the same words given to a minister and to her spokesman are two claims;
- polarity: "there is no sign" and "there are signs" state opposite facts.

A citation that fails is dropped. Where it fails on a value of the same thing, that is a
disagreement, kept (``Verification.disagreements``) so the conflicts stage and the summary can
show it with each side's outlets. A claim whose mentions disagree is split by value, so
"Reported by all" never stands over one outlet's figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from bylines.report.align import FactLinks, claims_from_groups
from bylines.report.coverage import coverage, report_of
from bylines.report.quantities import Quantity, extract_quantities
from bylines.report.summarise import display_text, stem
from bylines.types import (
    Article,
    Claim,
    Conflict,
    ConflictKind,
    Position,
    Sentence,
    SummarySentence,
)
from bylines.wordlists import wordset

# Two spellings are one name's variants (a slip, not another person) at this rapidfuzz ratio or
# above and below 100: "Petrova"/"Petrov" 92, "Halvorsen"/"Halvorson" 89, "Marek"/"Marta" 60.
# 80 keeps short different names apart ("Lund"/"Lind" 75) while catching one-letter slips in
# names of six letters and more.
NAME_SLIP = 80
# Words either side of a figure read as what it counts ("killed 9 people" -> killed, people).
SLOT_BEFORE = 2
SLOT_AFTER = 3
# Two unmatched figures of one unit in two sentences of one fact are the same figure reported
# two ways when within this factor: "187 against" / "178 against", "9 dead" / "14 dead".
NEAR = 2.0
# A figure is given by another sentence when the values are this close (relative): "about 80"
# and "82", "just over half an hour" and "35 minutes"; not "up to 110 km" and "15 km".
SAME_FIGURE = 0.25
# "at least 9" read as 9 to 9 * (1 + this) when compared with another report's figure.
OPEN_BOUND = 0.1
# Words before a speech verb read as the speaker ("a spokesman for Interior Minister Lena Varga").
SPEAKER_WORDS = 8
# Figures, speakers and polarity are read once per sentence text: a report checks each sentence
# against many, and reading one costs ~0.3 ms. Pure functions of the text, so the memo (like
# ``summarise.stem``'s) holds no state between reports beyond saved work; bounded to a few MB.
CACHED_TEXTS = 1 << 12
# Distinct wordings of one claim compared pair by pair when splitting it by value (cubic in
# their number); past this many, grouped by their figures. A 200-report pile of one wire story
# has claims of 200 wordings; news events rarely have 20 outlets.
SPLIT_PAIRWISE = 24

_WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
_NEGATIONS = wordset(
    "not no never none nobody nothing neither nor cannot denied denies deny refused "
    "refuses rejected rejects"
)
# Words that say what a figure counts, folded to one slot so "killed 9" meets "9 dead".
_SLOTS = {
    "dead": "kill dead die died dies dying death toll live fatality fatalitie bodie",
    "injured": "injur injury wound hurt hospitalis hospitaliz",
    "evacuated": "evacuat evacuee displac relocat homeles fled",
    "missing": "miss missing unaccount",
}
_SLOT_SYNONYMS = {word: slot for slot, words in _SLOTS.items() for word in words.split()}
# Capitalised only because they open a sentence: not a name.
_OPENERS = wordset("the a an but and i this that there then")
_FOLDED = frozenset(_SLOT_SYNONYMS.values())
# Words too general to say what is counted: "9 people" and "2,300 people" may be dead and moved.
_GENERIC = wordset(
    "people person persons resident residents about around some least more than over at the a an "
    "it they he she we "
    "of in on to and were was are is had have has been by with for from as its their his her total"
)
_SPEECH = r"(?:said|says|told|added|stated|insisted|warned|announced|confirmed)"
# "..., Varga said." / "Varga said ..." / "said Varga" / "according to Varga".
# The speaker: the words (at most 8, after any quotation) before the speech verb.
_SPEECH_VERB = re.compile(rf"\b{_SPEECH}\b")
_SPEAKER_AFTER = re.compile(rf"\b{_SPEECH}\s+((?:the\s+)?(?:[\w’'-]+\s*){{1,4}})")
# A spokesman is not the minister: these words make a speaker someone else than the named one.
_PROXIES = wordset(
    "spokesman spokeswoman spokesperson aide aides deputy office ministry adviser advisers "
    "officials official representative lawyer"
)
# Where the words about one figure end: "14 died and more than 120 were injured".
_CLAUSE = re.compile(r"[,;:()]|\s(?:and|but|while|when|after|as)\s")
_THOUSANDS = re.compile(
    r"(?<=\b\d{2})\s(?=\d{3}\b)|(?<=\b\d{3})\s(?=\d{3}\b)|(?<=\b\d)\s(?=\d{3}\b)"
)
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?")
# Words that make a speaker phrase about a person: a possessive, or a title.
_PERSONAL = wordset(
    "her his minister president governor mayor chief director secretary chancellor senator "
    "premier leader chairman chairwoman ceo"
)
_POSSESSIVE = re.compile(r"[’']s$")
_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A value the displayed sentence and an article's sentence give differently for one thing."""

    kind: ConflictKind
    subject: str
    shown: str
    other: str
    # The other value as an interval, where it is a figure (so "9" and "nine" are one side).
    low: float | None = None
    high: float | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Verification:
    """Claims whose every citation was checked, and the disagreements the checks found."""

    claims: tuple[Claim, ...]
    disagreements: tuple[Conflict, ...]


def mismatches(shown: str, other: str) -> tuple[Mismatch, ...]:
    """Every value on which ``other`` (a sentence stating the same fact) differs from ``shown``."""
    return (
        *_figure_mismatches(shown, other),
        *_weekday_mismatch(shown, other),
        *_name_mismatches(shown, other),
        *_speaker_mismatch(shown, other),
        *_polarity_mismatch(shown, other),
    )


def slot_mismatches(shown: str, others: Iterable[str]) -> tuple[Mismatch, ...]:
    """Figures of ``shown`` that an article's other sentences give another value for.

    Only figures whose slot is named ("dead", "injured", "evacuated", or the counted noun) are
    compared here, as the sentences need not state the same fact.
    """
    found: list[Mismatch] = []
    mine = _slotted(shown)
    for text in others:
        for theirs, slot in _slotted(text):
            for quantity, own in mine:
                if (
                    _strong(own & slot)
                    and _same_unit(quantity, theirs)
                    and not _meet(quantity, theirs)
                ):
                    found.append(_figure(quantity, theirs, shown))
    return tuple(found)


@lru_cache(maxsize=CACHED_TEXTS)
def _slotted(text: str) -> tuple[tuple[Quantity, frozenset[str]], ...]:
    """Each figure of the text with its slot."""
    return tuple((q, _slot(text, q)) for q in _quantities(text))


@lru_cache(maxsize=CACHED_TEXTS)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """The text's figures, with a space between thousands read as a separator ("45 000"), and
    any run of digits the parser leaves out (the "212-187" of a vote) as a bare count."""
    read = _THOUSANDS.sub(",", text)  # same length: offsets hold
    found = [replace(q, text=text[q.start : q.end]) for q in extract_quantities(read)]
    for match in _DIGITS.finditer(read):
        if not any(q.start <= match.start() < q.end for q in found):
            value = float(match.group().replace(",", ""))
            bare = Quantity(match.group(), value, value, "count", "count", *match.span(), value)
            found.append(bare)
    return tuple(sorted(found, key=lambda q: q.start))


def _strong(shared: frozenset[str]) -> bool:
    """A slot that says what is counted in another sentence too: a folded slot ("dead"), or two
    words in common ("sent 40 firefighters" / "sent 60 firefighters"). One shared word is too
    little: "the two biggest economies" / "the Group of 20 economies"."""
    return bool(shared & _FOLDED) or len(shared) >= 2


def _figure_mismatches(shown: str, other: str) -> list[Mismatch]:
    mine, theirs = _quantities(shown), _quantities(other)
    found = []
    for quantity in mine:
        partner = _partner(shown, quantity, mine, other, theirs)
        if partner is not None:
            found.append(_figure(quantity, partner, shown))
    return found


def _partner(
    shown: str,
    quantity: Quantity,
    mine: Sequence[Quantity],
    other: str,
    theirs: Sequence[Quantity],
) -> Quantity | None:
    """The other sentence's differing figure for the same thing, if it gives one.

    The same thing is a figure of the same unit and slot; else, with no slot in common, the
    only figure of its unit on both sides, or the one in the same place when both give as many
    (the sentences state one fact: "212 in favour and 187 against" / "212 votes to 178").
    """
    same_unit = [q for q in theirs if _same_unit(quantity, q)]
    slot = _slot(shown, quantity)
    named = [q for q in same_unit if slot & _slot(other, q)]
    if named:
        return None if any(_meet(quantity, q) for q in named) else named[0]
    if any(_meet(quantity, q) for q in same_unit):
        return None
    own = [q for q in mine if _same_unit(quantity, q)]
    unmet = [q for q in same_unit if not any(_meet(o, q) for o in own)]
    close = [q for q in unmet if _near(quantity, q)]
    if len(own) == 1 and len(same_unit) == 1:
        return same_unit[0]
    return min(close, key=lambda q: abs(q.value - quantity.value)) if close else None


def _near(first: Quantity, second: Quantity) -> bool:
    """Within a factor of NEAR of each other: a value reported another way, not another
    figure of the fact ("187 against" / "178 against", not "187 against" / "11 abstaining")."""
    low, high = sorted((abs(first.value), abs(second.value)))
    return high <= NEAR * low


def _distance(quantity: Quantity, other: Quantity) -> float:
    return 0.0 if _meet(quantity, other) else abs(quantity.value - other.value)


def _same_unit(first: Quantity, second: Quantity) -> bool:
    return first.unit == second.unit and first.dimension == second.dimension


def _meet(first: Quantity, second: Quantity) -> bool:
    """The two values can both be true. An open bound is read as the figure reported: "at least
    9 dead" and "at least 14 dead" are two tolls, though both could hold."""
    return first.low <= _high(second) and second.low <= _high(first)


def _high(quantity: Quantity) -> float:
    if math.isinf(quantity.high):
        return quantity.low * (1 + OPEN_BOUND)
    return quantity.high


def _slot(text: str, quantity: Quantity) -> frozenset[str]:
    """What the figure counts, as folded stems of the words next to it."""
    words = _slot_words(text, quantity)
    return frozenset(_SLOT_SYNONYMS.get(stem(w), stem(w)) for w in words)


def _slot_words(text: str, quantity: Quantity) -> list[str]:
    """The words next to a figure in its clause, as written, without the general ones."""
    before = _CLAUSE.split(text[: quantity.start].lower())[-1]
    after = _CLAUSE.split(text[quantity.end :].lower())[0]
    before_words = re.findall(r"[a-z]+", before)[-SLOT_BEFORE:]
    after_words = re.findall(r"[a-z]+", after)[:SLOT_AFTER]
    words = (quantity.noun or "", *after_words, *before_words)
    return [w for w in dict.fromkeys(words) if w not in _GENERIC and len(w) > 2]


def _figure(quantity: Quantity, other: Quantity, shown: str) -> Mismatch:
    """The mismatch, about what the figure counts in words ("dead", "votes", else its unit)."""
    kind: ConflictKind = "date" if quantity.dimension == "date" else "number"
    if quantity.dimension == "split":  # its value encodes both sides: no interval to show
        return Mismatch(kind, "vote", quantity.text, other.text, None, None, other.unit)
    folded = sorted(_slot(shown, quantity) & _FOLDED)
    written = _slot_words(shown, quantity)
    what = folded[0] if folded else written[0] if written else quantity.unit
    return Mismatch(kind, what, quantity.text, other.text, other.low, other.high, other.unit)


def _weekday_mismatch(shown: str, other: str) -> list[Mismatch]:
    mine, theirs = _words(shown) & _WEEKDAYS, _words(other) & _WEEKDAYS
    if mine and theirs and not mine & theirs:
        return [Mismatch("date", "day", " ".join(sorted(mine)), " ".join(sorted(theirs)))]
    return []


def _name_mismatches(shown: str, other: str) -> list[Mismatch]:
    """A name in one written another way in the other (a near spelling, not another name)."""
    mine, theirs = set(_names(shown)), set(_names(other))
    found = []
    for name in sorted(mine - theirs):
        slips = [t for t in theirs - mine if NAME_SLIP <= fuzz.ratio(name, t) < 100]
        if slips and len(name) >= 5:
            found.append(Mismatch("name", "name", name, slips[0]))
    return found


def _names(text: str) -> list[str]:
    """Capitalised words after the first (the first is capitalised anyway)."""
    return [_POSSESSIVE.sub("", m.group()) for m in _NAME.finditer(text) if m.start() > 0]


def _speaker_mismatch(shown: str, other: str) -> list[Mismatch]:
    mine, theirs = _speaker(shown), _speaker(other)
    if not mine or not theirs:
        return []
    proxy_mine, proxy_theirs = _proxy(mine), _proxy(theirs)
    names_mine = {w for w in mine if w[:1].isupper()}
    names_theirs = {w for w in theirs if w[:1].isupper()}
    differ = proxy_mine != proxy_theirs or (
        names_mine and names_theirs and not names_mine & names_theirs
    )
    if not differ:
        return []
    return [Mismatch("quote", "speaker", " ".join(sorted(mine)), " ".join(sorted(theirs)))]


def _apposition(phrase: str) -> str:
    """The speaker's own part of the words before a speech verb: the last comma-separated piece
    ("..., on Tuesday, killing 9 people, officials" -> "officials"), with the piece before it
    when the last is a bare name in apposition ("Her spokesman, Aron Dahl,")."""
    pieces = [p for p in phrase.split(",") if p.strip()]
    if not pieces:
        return ""
    last = pieces[-1]
    bare = all(w[:1].isupper() for w in last.split())
    return f"{pieces[-2]} {last}" if bare and len(pieces) > 1 else last


def _proxy(speaker: frozenset[str]) -> frozenset[str]:
    """Who speaks for a person ("her spokesman", "a spokesman for Minister Varga"); an
    organisation's spokesperson speaks as the organisation, so is not another speaker."""
    lowered = {w.lower() for w in speaker}
    return frozenset(speaker & _PROXIES) if lowered & _PERSONAL else frozenset()


@lru_cache(maxsize=CACHED_TEXTS)
def _speaker(text: str) -> frozenset[str]:
    """The words naming who speaks, next to a speech verb ("her spokesman", "Lena Varga")."""
    verb = _SPEECH_VERB.search(text)
    if verb is None:
        return frozenset()
    before = re.split(r"[\"“”:]", text[: verb.start()])[-1].split()[-SPEAKER_WORDS:]
    after = _SPEAKER_AFTER.match(text, verb.start())
    phrase = " ".join(before) if before else after.group(1) if after else ""
    words = re.findall(r"[\w’'-]+", _apposition(phrase))
    return frozenset(
        w
        for w in words
        if (w[:1].isupper() and w.lower() not in _GENERIC and w.lower() not in _OPENERS)
        or w.lower() in _PROXIES | _PERSONAL
    )


def _polarity_mismatch(shown: str, other: str) -> list[Mismatch]:
    if _negated(shown) == _negated(other):
        return []
    return [Mismatch("quote", "polarity", _polar(shown), _polar(other))]


@lru_cache(maxsize=CACHED_TEXTS)
def _negated(text: str) -> bool:
    words: list[str] = re.findall(r"[a-z’']+", text.lower())
    count = sum(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in words)
    return count % 2 == 1


def _polar(text: str) -> str:
    return "negative" if _negated(text) else "positive"


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def verify_claims(
    claims: Sequence[Claim],
    links: FactLinks,
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
) -> Verification:
    """Claims split by value, each citing the articles whose sentence states its fact and agrees
    on every value; the values that disagreed, as conflicts.

    Wire copies (``duplicate_of``) are set aside while claims are split and join their original's
    sentence at the end, so that a copy never tips a split.
    """
    index = {s: n for n, s in enumerate(sentences)}
    copies = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    groups: list[list[int]] = []
    found: list[Conflict] = []
    for claim in claims:
        own = [m for m in claim.mentions if m.article not in copies]
        parts, conflicts = _split_by_value(own, report_of(articles)) if own else ([], [])
        groups += [[index[m] for m in part] for part in parts]
        found += conflicts
    by_article = _sentences_by_article(sentences)
    checked = _checked(claims_from_groups(groups, sentences, articles), links, by_article, articles)
    while any(not {m.article for m in c.mentions} <= set(c.sources) for c in checked):
        groups = [[index[m] for m in part] for c in checked for part in _cited_apart(c)]
        checked = _checked(
            claims_from_groups(groups, sentences, articles), links, by_article, articles
        )
    if copies:
        groups = _with_copies(checked, sentences, copies, index)
        checked = _checked(
            claims_from_groups(groups, sentences, articles), links, by_article, articles
        )
    return Verification(checked, tuple(found))


def _with_copies(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    copies: Mapping[str, str],
    index: Mapping[Sentence, int],
) -> list[list[int]]:
    """The claims' sentences as groups, each copy's sentence with its original's same sentence
    (an edited line on its own)."""
    groups = [[index[m] for m in c.mentions] for c in claims]
    group_of = {(sentences[i].article, sentences[i].text): g for g in groups for i in g}
    for n, sentence in enumerate(sentences):
        original = copies.get(sentence.article)
        if original is None:
            continue
        group = group_of.get((original, sentence.text))
        if group is None:
            groups.append([n])
        else:
            group.append(n)
    return groups


def _checked(
    claims: Sequence[Claim],
    links: FactLinks,
    by_article: Mapping[str, Sequence[Sentence]],
    articles: Sequence[Article],
) -> tuple[Claim, ...]:
    return tuple(_with_support(c, links, by_article, articles) for c in claims)


def _cited_apart(claim: Claim) -> list[list[Sentence]]:
    """The claim's mentions whose article it cites, and each of the others on its own (one
    that failed its check, on a polarity, a speaker or a figure it does not give)."""
    kept = [m for m in claim.mentions if m.article in claim.sources]
    return [kept] + [[m] for m in claim.mentions if m.article not in claim.sources]


def _split_by_value(
    mentions: Sequence[Sentence], reports: Mapping[str, str]
) -> tuple[list[list[Sentence]], list[Conflict]]:
    """Mentions in groups that agree on every value, the most carried first; each mention that
    disagrees with the first group on a value is a side of a conflict.

    Sentences of one wording agree: only one of each wording is compared. Past
    ``SPLIT_PAIRWISE`` wordings (a pile of hundreds of reports) they are grouped by their
    figures as written, since comparing every pair would take minutes.
    """
    wordings: dict[str, list[Sentence]] = {}
    for mention in mentions:
        wordings.setdefault(display_text(mention), []).append(mention)
    if len(wordings) > SPLIT_PAIRWISE:
        parts = _by_figures(wordings, reports)
    else:
        parts = _pairwise(wordings, reports)
    conflicts = [c for part in parts[1:] if (c := _conflict(parts[0], part)) is not None]
    return parts, conflicts


def _pairwise(
    wordings: Mapping[str, list[Sentence]], reports: Mapping[str, str]
) -> list[list[Sentence]]:
    left = [same[0] for same in wordings.values()]
    parts: list[list[Sentence]] = []
    while left:
        part = _agreeing(left, reports)
        parts.append([m for first in part for m in wordings[display_text(first)]])
        left = [m for m in left if m not in part]
    return parts


def _by_figures(
    wordings: Mapping[str, list[Sentence]], reports: Mapping[str, str]
) -> list[list[Sentence]]:
    groups: dict[tuple[tuple[str, float, float], ...], list[Sentence]] = {}
    for text, same in wordings.items():
        key = tuple((q.unit, q.low, q.high) for q in _quantities(text))
        groups.setdefault(key, []).extend(same)
    return sorted(groups.values(), key=lambda part: -len(_reports(part, reports)))


def _agreeing(mentions: Sequence[Sentence], reports: Mapping[str, str]) -> list[Sentence]:
    """The group of mentions that agree with each other carried by most independent reports
    (a wire copy counts as its original), greedily from each seed."""
    best: list[Sentence] = []
    for seed in mentions:
        part = [seed]
        for other in mentions:
            if other is not seed and all(_agree(other, m) for m in part):
                part.append(other)
        if len(_reports(part, reports)) > len(_reports(best, reports)):
            best = part
    return sorted(best, key=mentions.index)


def _reports(mentions: Iterable[Sentence], reports: Mapping[str, str]) -> set[str]:
    return {reports.get(m.article, m.article) for m in mentions}


def _agree(first: Sentence, second: Sentence) -> bool:
    return not _value_mismatches(display_text(first), display_text(second))


def _value_mismatches(shown: str, other: str) -> tuple[Mismatch, ...]:
    """The mismatches that split a claim: values, not a reworded speaker or a lost negation,
    which only fail a citation where the sentences share a fact unit."""
    return tuple(m for m in mismatches(shown, other) if m.subject != "polarity")


def _conflict(first: Sequence[Sentence], second: Sequence[Sentence]) -> Conflict | None:
    found = _value_mismatches(display_text(first[0]), display_text(second[0]))
    if not found:
        return None
    what = found[0]
    positions = (
        Position(what.shown, _articles(first), display_text(first[0])),
        Position(what.other, _articles(second), display_text(second[0])),
    )
    return Conflict(what.kind, what.subject, positions)


def _articles(mentions: Iterable[Sentence]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.article for m in mentions))


def _sentences_by_article(sentences: Iterable[Sentence]) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        out.setdefault(sentence.article, []).append(sentence)
    return out


def _with_support(
    claim: Claim,
    links: FactLinks,
    by_article: Mapping[str, Sequence[Sentence]],
    articles: Sequence[Article],
) -> Claim:
    """The claim citing every article that states its shown sentence's fact with its values."""
    shown = _shown_mention(claim)
    sources = supporters(shown, claim.mentions, links, by_article)
    return replace(claim, sources=sources, coverage=coverage(sources, articles))


def _shown_mention(claim: Claim) -> Sentence:
    return next((m for m in claim.mentions if m.text == claim.text), claim.mentions[0])


def supporters(
    shown: Sentence,
    mentions: Sequence[Sentence],
    links: FactLinks,
    by_article: Mapping[str, Sequence[Sentence]],
) -> tuple[str, ...]:
    """Articles that state ``shown``'s fact and agree on its values, in article order."""
    text = display_text(shown)
    evidence: dict[str, list[Sentence]] = {}
    for sentence in (*mentions, *links.linked(shown)):
        evidence.setdefault(sentence.article, []).append(sentence)
    kept = [shown.article]
    for article, own in evidence.items():
        if article == shown.article:
            continue
        if any(_fails(shown, s, links) for s in own):
            continue
        if slot_mismatches(text, (s.text for s in by_article.get(article, ()))):
            continue
        kept.append(article)
    order = {a: n for n, a in enumerate(by_article)}
    return tuple(sorted(kept, key=lambda a: order.get(a, len(order))))


def _fails(shown: Sentence, evidence: Sentence, links: FactLinks) -> bool:
    """The evidence sentence gives another value or none of the shown figures, or states a
    linked unit with another value or the other way round."""
    text, other = display_text(shown), display_text(evidence)
    if _value_mismatches(text, other) or not _gives_a_figure(text, other):
        return True
    pairs = links.unit_pairs(shown, evidence)
    return any(
        _value_mismatches(a.text, b.text) or _polarity_mismatch(a.text, b.text) for a, b in pairs
    )


def _gives(quantity: Quantity, other: Quantity) -> bool:
    close = abs(quantity.value - other.value) <= SAME_FIGURE * max(abs(quantity.value), 1e-9)
    return _same_unit(quantity, other) and _meet(quantity, other) and close


def _gives_a_figure(shown: str, other: str) -> bool:
    """Where the shown sentence has figures, the other gives at least one of them: an outlet
    is never cited for a figure it does not give."""
    mine = _quantities(shown)
    theirs = _quantities(other)
    if not mine or any(_gives(q, t) for q in mine for t in theirs):
        return True
    # A figure the parser leaves out in the other ("a 212-187 vote" reads as a score).
    return any(q.text in other for q in mine if q.text[:1].isdigit())


def verify_summary(
    summary: Sequence[SummarySentence],
    claims: Sequence[Claim],
    links: FactLinks,
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
) -> tuple[SummarySentence, ...]:
    """Each summary sentence citing the articles that state its fact with its values, and the
    other values given for its figures, with their outlets, where outlets disagree.

    Where every article giving another value was published after every cited one, the figure was
    updated: the sentence is replaced by the latest report's, citing those who carry it.
    """
    check = _Checker(
        {c.id: c for c in claims},
        {m: c for c in claims for m in c.mentions},
        links,
        _sentences_by_article(sentences),
        {a.id: a.published for a in articles},
    )
    out: list[SummarySentence] = []
    for item in summary:
        checked = check.latest(check.cite(item))
        if checked.claim not in {s.claim for s in out}:
            out.append(checked)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Checker:
    """What checking a summary sentence reads: claims, links, sentences, publication times."""

    claims: Mapping[str, Claim]
    claim_of: Mapping[Sentence, Claim]
    links: FactLinks
    by_article: Mapping[str, Sequence[Sentence]]
    published: Mapping[str, str | None]

    def cite(self, item: SummarySentence) -> SummarySentence:
        claim = self.claims[item.claim]
        shown = next((m for m in claim.mentions if display_text(m) == item.text), claim.mentions[0])
        sources = supporters(shown, claim.mentions, self.links, self.by_article)
        return replace(
            item, sources=sources, disputed=_disputed(item.text, sources, self.by_article)
        )

    def latest(self, item: SummarySentence) -> SummarySentence:
        """The sentence of the latest report where a later report updated its figure."""
        newer = self._newer_side(item)
        if newer is None:
            return self._without_earlier(item)
        sentence = next(
            (s for s in self.by_article[newer.sources[0]] if s.text == newer.evidence), None
        )
        if sentence is None:
            return item
        claim = self.claim_of[sentence]
        return self._without_earlier(
            self.cite(SummarySentence(display_text(sentence), (), claim.id))
        )

    def _without_earlier(self, item: SummarySentence) -> SummarySentence:
        """No dispute where every other value was reported before this one: an update."""
        if item.disputed and all(self._before(p.sources, item.sources) for p in item.disputed[1:]):
            return replace(item, disputed=())
        return item

    def _newer_side(self, item: SummarySentence) -> Position | None:
        later = [p for p in item.disputed[1:] if self._before(item.sources, p.sources)]
        return max(later, key=lambda p: min(self._times(p.sources)), default=None)

    def _before(self, first: Sequence[str], second: Sequence[str]) -> bool:
        """Every article of ``first`` was published before every article of ``second``."""
        early, late = self._times(first), self._times(second)
        return bool(early and late) and max(early) < min(late)

    def _times(self, ids: Sequence[str]) -> list[str]:
        """Publication times (ISO text sorts as time); empty when any is unknown."""
        times = [self.published.get(i) for i in ids]
        return [t for t in times if t] if all(times) else []


def _disputed(
    text: str, sources: Sequence[str], by_article: Mapping[str, Sequence[Sentence]]
) -> tuple[Position, ...]:
    """The sentence's figures as each side gives them, where another article gives another."""
    sides: dict[tuple[float | None, float | None], list[Position]] = {}
    shown_value = ""
    for article, own in by_article.items():
        if article in sources:
            continue
        for sentence in own:
            found = [
                m for m in slot_mismatches(text, [sentence.text]) if shown_value in ("", m.shown)
            ]
            if found:
                what = found[0]
                shown_value = what.shown
                side = Position(
                    what.other, (article,), sentence.text, what.low, what.high, what.unit
                )
                sides.setdefault((what.low, what.high), []).append(side)
                break
    if not sides:
        return ()
    first = Position(shown_value, tuple(sources), text)
    rest = [_joined(side) for _, side in sorted(sides.items(), key=lambda kv: str(kv[0]))]
    return (first, *rest)


def _joined(side: Sequence[Position]) -> Position:
    """One side of a dispute: the first wording of the value, every article giving it."""
    articles = tuple(a for p in side for a in p.sources)
    return replace(side[0], sources=articles)
