"""The values a sentence gives, and where another sentence gives them differently.

What the verification stage (verify.py) checks for each citation, and what it splits claims by:

- figures: quantities of the same unit about the same thing must overlap as intervals
  (``quantities.extract_quantities``: "about 80" meets "82", "9" does not meet "at least 14");
- dates and weekdays: the same calendar day, the same day of the week;
- names: a name spelled another way ("Petrova" / "Petrov") is a different value;
- speaker: the same words given to a minister and to her spokesman are two claims;
- polarity: "there is no sign" and "there are signs" state opposite facts.

Reading a text's figures, speaker and polarity costs ~0.3 ms, and a report checks each sentence
against many, so each is read once per call: a ``Reading`` is the memo of one call, made by the
caller and dropped with it. (A few readings of one text alone, its words and quoted words
here and its quantities in ``quantities``, are also remembered in small bounded caches across
calls: the stages read the same sentences again.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bylines.report.clock import TimeOfDay, read_times
from bylines.report.names import HONORIFICS
from bylines.report.quantities import (
    CONVERTIBLE,
    Quantity,
    a_first_part,
    conversion_slack,
    extract_quantities,
)
from bylines.report.speakers import quote_spans
from bylines.report.summarise import display_text, stem
from bylines.report.variants import FUNCTION_WORDS
from bylines.types import ConflictKind, Sentence
from bylines.wordlists import WEEKDAYS, wordset

if TYPE_CHECKING:  # (align reads this module: the type only)
    from bylines.report.align import MainClause

# Two spellings are one name's variants (a slip, not another person) at this rapidfuzz ratio or
# above and below 100: "Petrova"/"Petrov" 92, "Halvorsen"/"Halvorson" 89, "Marek"/"Marta" 60.
# 80 keeps short different names apart ("Lund"/"Lind" 75) while catching one-letter slips in
# names of six letters and more.
NAME_SLIP = 80
# Texts whose words are remembered (``lower_words``, ``_quoted_words``): the citation checks
# read the same sentences against many others (a pile of 100 DUC articles: 10,214 + 16,688 calls
# of the word sets, here and in verify, for 984 and 722 distinct texts; 14,704 of
# ``_quoted_words`` for 639).
WORDS_MEMO = 8192
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
# Content words after a negation read as what it denies ("will not suspend the night trains":
# suspend, night). More reaches past the clause: "no sign of foul play at the mill" would
# meet any sentence about the mill.
NEGATION_SCOPE = 2
# Words before a speech verb read as the speaker ("a spokesman for Interior Minister Lena Varga").
SPEAKER_WORDS = 8
# Two direct quotations of at least MIN_QUOTED_WORDS content words each are one statement when
# they share at least SAME_QUOTE_SHARE of the shorter one's: quotes are verbatim, so one cut
# shorter keeps all its words, while another statement on the same subject shares the topic's
# ("tanker", "channel", "fog": 4 of 6 in the tests) and little else. A quote reworded more than
# that is a misquote, shown by the quotes stage, not an agreeing citation.
MIN_QUOTED_WORDS = 3
SAME_QUOTE_SHARE = 0.75
_VERBAL_NEGATIONS = wordset("not cannot")
# Words a negation passes over on its way to what it denies.
_UNDENIED = wordset(
    "a an the to of be is was were are been being will would shall should can could may might "
    "must do does did have has had any longer yet there it this that ever"
)
NEGATIONS = wordset(
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
# The widest date that still gives a date inside it (or is given by one): half a year.
HALF_YEAR_DAYS = 184
# Two counts of one noun this close are two values of one thing (386 / 412 passengers); tuned on
# the divergence tuning events, where 1.75x apart ('released four', 'held seven') were two facts.
SAME_NOUN_NEAR = 1.5
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
# Where one negation's clause ends: a sentence is negated when a clause of it holds an odd
# number of negations ("No one was hurt and nothing was damaged", "Neither the driver nor the
# passenger was hurt" are negative; "did not deny the report" is not). Counted over the whole
# sentence, two clauses' negations cancelled out.
_NEGATION_CLAUSE = re.compile(r"[,;:()]|\s(?:and|but|nor|or|while|whereas)\s")
# A short aside between commas sits inside its clause ("did not, however, deny that ..."): split
# there, "did not" would read as a clause of its own. Up to three words, as a "however", "in the
# end" or "as expected" runs; a longer span between commas is a clause ("Nothing, not even the
# roof, was damaged").
_ASIDE = re.compile(r",\s*(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*,")
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
    # The shown value as an interval, where it is a figure: both sides of a dispute alike.
    shown_low: float | None = None
    shown_high: float | None = None


@dataclass(frozen=True, slots=True)
class Level:
    """A thing put above or below a mark in one clause: the mark's words (stems), the side, and
    the clause's other lower-case content words (stems), which tell what is put there. Read by
    ``verify``, kept per text by ``Reading``."""

    mark: tuple[str, ...]
    side: str
    context: frozenset[str]
    alone: bool  # the sentence's only clause: what it puts there is what the sentence is about


@dataclass(frozen=True, slots=True)
class Reading:
    """What one call has read of each text so far: its figures, their slots, its speaker and
    its polarity (pure functions of the text, memoised for the call's lifetime only)."""

    quantities_of: dict[str, tuple[Quantity, ...]] = field(default_factory=dict)
    slotted_of: dict[str, tuple[tuple[Quantity, frozenset[str]], ...]] = field(default_factory=dict)
    speaker_of: dict[str, frozenset[str]] = field(default_factory=dict)
    negated_of: dict[str, bool] = field(default_factory=dict)
    scope_of: dict[str, frozenset[str]] = field(default_factory=dict)
    stems_of: dict[str, frozenset[str]] = field(default_factory=dict)
    names_of: dict[str, frozenset[str]] = field(default_factory=dict)
    # (shown, other) -> their value mismatches: a claim's citations are checked more than once.
    values_of: dict[tuple[str, str], tuple[Mismatch, ...]] = field(default_factory=dict)
    # text -> its counts of people by what happened to them, and whether each is a part of a
    # group (``align.event_counts``): the citation check reads an article's every sentence for
    # each sentence it is cited for.
    event_counts_of: dict[str, frozenset[tuple[float, str, bool]]] = field(default_factory=dict)
    # text -> its times of day: a citation check reads them for each of a sentence's figures.
    times_of: dict[str, tuple[TimeOfDay, ...]] = field(default_factory=dict)
    # text -> the text without the figures a change starts from (``verify._reported``): the
    # citation check reads it of both sides of every pair it compares.
    reported_of: dict[str, str] = field(default_factory=dict)
    # (shown, other) -> the values the other gives otherwise, but those it gives as shown too
    # (``verify._other_values``): the citation check compares most pairs it reads twice, as
    # sentences and as units of one, and again for each check of its claim.
    others_of: dict[tuple[str, str], tuple[Mismatch, ...]] = field(default_factory=dict)
    # (text, figure) -> what the figure counts, in words (``_counted``): a figure given
    # otherwise is named in every pair its sentence is compared in.
    counted_of: dict[tuple[str, Quantity], str] = field(default_factory=dict)
    # (shown, other, the shown units linked with the other) -> whether the other gives a figure
    # of them (``verify._gives_shown_figures``): one article's check asks it of a sentence up
    # to three times (whether any gives one, which agreeing one does, whether a veto is met).
    gives_shown_of: dict[tuple[str, str, tuple[str, ...]], bool] = field(default_factory=dict)
    # (figure, text) -> whether the figure is only a value a change starts from in the text
    # (``verify._earlier_value``), and the minutes of the text's times of day holding it
    # (``verify._times_holding``): both are asked of every value a pair gives otherwise, and a
    # sentence is one side of many pairs.
    earlier_of: dict[tuple[str, str], bool] = field(default_factory=dict)
    held_of: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict)
    # speaker -> its proxy and its names (``_speaker_mismatch``), read once per speaker, not per
    # pair of sentences.
    speaker_parts_of: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict
    )
    # text -> the levels it states, above or below a mark (``verify._levels``): asked of both
    # sides of every pair the citation check compares (2,282 calls for 283 texts on three DUC
    # clusters, ~15 ms a report of the serial tail).
    levels_of: dict[str, tuple[Level, ...]] = field(default_factory=dict)
    # sentence text -> the sentence as shown (``summarise.display_text``, a function of the text
    # alone): the citation check asks it of both sentences of every pair it reads (~1,000,000
    # times on huge_profile.py's 50-article pile, for ~2,700 sentences).
    display_of: dict[str, str] = field(default_factory=dict)
    # text -> its figures another text must give one of (``gives_a_figure``: not the pronoun
    # "one"), and its counts of people not part of a group (``align.group_counts``): asked of
    # one side of every pair the citation check reads.
    to_give_of: dict[str, tuple[Quantity, ...]] = field(default_factory=dict)
    group_counts_of: dict[str, frozenset[tuple[float, str]]] = field(default_factory=dict)
    # sentence -> its main clause (``align.main_clause``), and text -> the families of what
    # happens it tells of (``align.event_families`` of the text in lower case): the citation
    # check asks both of each side of every pair it compares (a DUC cluster: ~600 main clauses
    # of ~100 sentences, ~900 families of ~150 texts).
    main_clause_of: dict[Sentence, MainClause] = field(default_factory=dict)
    families_of: dict[str, frozenset[str]] = field(default_factory=dict)

    def quantities(self, text: str) -> tuple[Quantity, ...]:
        if text not in self.quantities_of:
            self.quantities_of[text] = _quantities(text)
        return self.quantities_of[text]

    def shown(self, sentence: Sentence) -> str:
        """The sentence as shown (``summarise.display_text``)."""
        text = sentence.text
        if text not in self.display_of:
            self.display_of[text] = display_text(sentence)
        return self.display_of[text]

    def to_give(self, text: str) -> tuple[Quantity, ...]:
        """The text's figures but the pronoun "one" ("one of the biggest events" is no count
        anyone must give)."""
        if text not in self.to_give_of:
            self.to_give_of[text] = tuple(
                q for q in self.quantities(text) if q.text.lower() != "one"
            )
        return self.to_give_of[text]

    def slotted(self, text: str) -> tuple[tuple[Quantity, frozenset[str]], ...]:
        """Each figure of the text with its slot."""
        if text not in self.slotted_of:
            self.slotted_of[text] = tuple((q, _slot(text, q)) for q in self.quantities(text))
        return self.slotted_of[text]

    def speaker(self, text: str) -> frozenset[str]:
        if text not in self.speaker_of:
            self.speaker_of[text] = _speaker(text)
        return self.speaker_of[text]

    def negated(self, text: str) -> bool:
        if text not in self.negated_of:
            self.negated_of[text] = _negated(text)
        return self.negated_of[text]

    def negation_scope(self, text: str) -> frozenset[str]:
        if text not in self.scope_of:
            self.scope_of[text] = _negation_scope(text)
        return self.scope_of[text]

    def stems(self, text: str) -> frozenset[str]:
        if text not in self.stems_of:
            self.stems_of[text] = _stems(text)
        return self.stems_of[text]

    def times(self, text: str) -> tuple[TimeOfDay, ...]:
        if text not in self.times_of:
            self.times_of[text] = read_times(text)
        return self.times_of[text]

    def counted(self, text: str, quantity: Quantity) -> str:
        key = (text, quantity)
        if key not in self.counted_of:
            self.counted_of[key] = _counted(text, quantity)
        return self.counted_of[key]

    def names(self, text: str) -> frozenset[str]:
        if text not in self.names_of:
            self.names_of[text] = frozenset(_names(text))
        return self.names_of[text]

    def speaker_parts(self, speaker: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
        """Who speaks for the speaker (``_proxy``) and the speaker's names."""
        if speaker not in self.speaker_parts_of:
            self.speaker_parts_of[speaker] = (_proxy(speaker), _speaker_names(speaker))
        return self.speaker_parts_of[speaker]


def mismatches(shown: str, other: str, read: Reading | None = None) -> tuple[Mismatch, ...]:
    """Every value on which ``other`` (a sentence stating the same fact) differs from ``shown``."""
    read = read or Reading()
    return (*value_mismatches(shown, other, read), *polarity_mismatch(shown, other, read))


def slot_mismatches(
    shown: str, others: Iterable[str], read: Reading | None = None
) -> tuple[Mismatch, ...]:
    """Figures of ``shown`` that an article's other sentences give another value for.

    Only figures whose slot is named ("dead", "injured", "evacuated", or the counted noun) are
    compared here, as the sentences need not state the same fact.
    """
    return tuple(_slot_mismatches(shown, others, read or Reading()))


def gives_a_slot_otherwise(shown: str, others: Iterable[str], read: Reading) -> bool:
    """Whether ``slot_mismatches`` finds any, read up to the first (the citation check asks it
    of an article's every sentence and needs no more)."""
    return next(_slot_mismatches(shown, others, read), None) is not None


def _slot_mismatches(shown: str, others: Iterable[str], read: Reading) -> Iterator[Mismatch]:
    mine = read.slotted(shown)
    for text in others:
        for theirs, slot in read.slotted(text):
            for quantity, own in mine:
                if (
                    (_strong(own & slot) or _same_noun(quantity, theirs))
                    and _same_measure(quantity, theirs)
                    and not _meet(quantity, theirs)
                ):
                    yield _figure(quantity, theirs, read.counted(shown, quantity))


def _same_noun(first: Quantity, second: Quantity) -> bool:
    """Two close counts of one specific thing ('386 passengers', '412 passengers'): another
    value of it, not another fact ('11 million passengers last year', 'released four hostages'
    beside 'held seven')."""
    noun = first.noun
    if not noun or noun != second.noun or noun in _GENERIC:
        return False
    low, high = sorted((abs(first.value), abs(second.value)))
    return high <= SAME_NOUN_NEAR * low


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


def _figure_mismatches(shown: str, other: str, read: Reading) -> list[Mismatch]:
    # (the slots as read once per text: a text is compared with many others)
    mine, theirs = read.slotted(shown), read.slotted(other)
    quantities = [q for q, _ in mine]
    found = []
    for quantity, slot in mine:
        partner = _partner(quantity, slot, quantities, theirs)
        if partner is not None:
            found.append(_figure(quantity, partner, read.counted(shown, quantity)))
    return found


def _partner(
    quantity: Quantity,
    slot: frozenset[str],
    mine: Sequence[Quantity],
    theirs: Sequence[tuple[Quantity, frozenset[str]]],
) -> Quantity | None:
    """The other sentence's differing figure for the same thing, if it gives one (``slot``:
    the figure's, ``theirs``: the other's figures with theirs).

    The same thing is a figure of the same unit and slot; else, with no slot in common, the
    only figure of its unit on both sides, or the one in the same place when both give as many
    (the sentences state one fact: "212 in favour and 187 against" / "212 votes to 178").
    """
    alike = [(q, their_slot) for q, their_slot in theirs if _same_measure(quantity, q)]
    same_unit = [q for q, _ in alike]
    named = [q for q, their_slot in alike if slot & their_slot]
    if named:
        return None if any(_meet(quantity, q) for q in named) else named[0]
    if any(_meet(quantity, q) for q in same_unit):
        return None
    own = [q for q in mine if _same_measure(quantity, q)]
    unmet = [q for q in same_unit if not any(_meet(o, q) for o in own)]
    close = [q for q in unmet if _near(quantity, q)]
    # A bare count far from it is more likely another fact of a long sentence ("within 12
    # miles" / "will cost 3,000 jobs") than the same count told another way.
    lone = len(own) == 1 and len(same_unit) == 1
    if lone and (quantity.unit != "count" or _near(quantity, same_unit[0])):
        return same_unit[0]
    return min(close, key=lambda q: abs(q.value - quantity.value)) if close else None


def _near(first: Quantity, second: Quantity) -> bool:
    """Within a factor of NEAR of each other: a value reported another way, not another
    figure of the fact ("187 against" / "178 against", not "187 against" / "11 abstaining")."""
    low, high = sorted((abs(first.value), abs(second.value)))
    return high <= NEAR * low


def _same_measure(first: Quantity, second: Quantity) -> bool:
    """One unit, and both limits or both amounts: 'a crane that can lift up to 2 tonnes'
    neither gives nor differs from '2 tonnes of gravel' (``Quantity.limit``)."""
    return (
        first.unit == second.unit
        and first.dimension == second.dimension
        and first.limit == second.limit
    )


def _meet(first: Quantity, second: Quantity) -> bool:
    """The two values can both be true. An open bound is read as the figure reported: "at least
    9 dead" and "at least 14 dead" are two tolls, though both could hold. A measure written in
    two units meets within the rounding of its conversion ("13ft" / "4.1 metres", "2,000 acres"
    / "800 hectares"); '6ft' meets '6ft 2in', of which it is the first part."""
    if a_first_part(first, second):
        return True
    slack = conversion_slack(first, second) if first.dimension in CONVERTIBLE else 0.0
    return first.low <= _high(second) * (1 + slack) and second.low <= _high(first) * (1 + slack)


def _high(quantity: Quantity) -> float:
    if math.isinf(quantity.high):
        return quantity.low * (1 + OPEN_BOUND)
    return quantity.high


def _slot(text: str, quantity: Quantity) -> frozenset[str]:
    """What the figure counts, as folded stems of the words next to it."""
    return _stems_folded(_slot_words(text, quantity))


def _stems_folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_SLOT_SYNONYMS.get(stem(w), stem(w)) for w in words)


def _slot_words(text: str, quantity: Quantity) -> list[str]:
    """The words next to a figure in its clause, as written, without the general ones."""
    before = _CLAUSE.split(text[: quantity.start].lower())[-1]
    after = _CLAUSE.split(text[quantity.end :].lower())[0]
    before_words = re.findall(r"[a-z]+", before)[-SLOT_BEFORE:]
    after_words = re.findall(r"[a-z]+", after)[:SLOT_AFTER]
    words = (quantity.noun or "", *after_words, *before_words)
    return [w for w in dict.fromkeys(words) if w not in _GENERIC and len(w) > 2]


def _figure(quantity: Quantity, other: Quantity, what: str) -> Mismatch:
    """The mismatch, about ``what`` the figure counts (``_counted``)."""
    kind: ConflictKind = "date" if quantity.dimension == "date" else "number"
    if quantity.dimension == "split":  # its value encodes both sides: no interval to show
        return Mismatch(kind, "vote", quantity.text, other.text, None, None, other.unit)
    return Mismatch(
        kind,
        what,
        quantity.text,
        other.text,
        other.low,
        other.high,
        other.unit,
        quantity.low,
        quantity.high,
    )


def _counted(shown: str, quantity: Quantity) -> str:
    """What the figure of the text counts, in words: a folded slot ("dead"), else the first
    word of its slot as written ("votes"), else its unit."""
    written = _slot_words(shown, quantity)
    folded = sorted(_stems_folded(written) & _FOLDED)
    return folded[0] if folded else written[0] if written else quantity.unit


def _weekday_mismatch(shown: str, other: str) -> list[Mismatch]:
    mine, theirs = lower_words(shown) & WEEKDAYS, lower_words(other) & WEEKDAYS
    if mine and theirs and not mine & theirs:
        return [Mismatch("date", "day", " ".join(sorted(mine)), " ".join(sorted(theirs)))]
    return []


def _name_mismatches(shown: str, other: str, read: Reading) -> list[Mismatch]:
    """A name in one written another way in the other (a near spelling, not another name)."""
    mine, theirs = read.names(shown), read.names(other)
    found = []
    for name in sorted(mine - theirs):
        slips = [t for t in sorted(theirs - mine) if NAME_SLIP <= fuzz.ratio(name, t) < 100]
        if slips and len(name) >= 5:
            found.append(Mismatch("name", "name", name, slips[0]))
    return found


def _names(text: str) -> list[str]:
    """Capitalised words after the first (the first is capitalised anyway)."""
    return [_POSSESSIVE.sub("", m.group()) for m in _NAME.finditer(text) if m.start() > 0]


def _speaker_mismatch(shown: str, other: str, read: Reading) -> list[Mismatch]:
    mine, theirs = read.speaker(shown), read.speaker(other)
    if not mine or not theirs:
        return []
    proxy_mine, names_mine = read.speaker_parts(mine)
    proxy_theirs, names_theirs = read.speaker_parts(theirs)
    differ = proxy_mine != proxy_theirs or (
        names_mine and names_theirs and not names_mine & names_theirs
    )
    if not differ:
        return []
    return [Mismatch("quote", "speaker", " ".join(sorted(mine)), " ".join(sorted(theirs)))]


_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)


def _apposition(phrase: str) -> str:
    """The speaker's own part of the words before a speech verb: the last comma-separated piece
    ("..., on Tuesday, killing 9 people, officials" -> "officials"), with the piece before it
    when the last is a bare name in apposition ("Her spokesman, Aron Dahl,")."""
    pieces = [p for p in phrase.split(",") if p.strip()]
    # a relative clause about the speaker is not who speaks: 'Petra Kallberg, who flew to the
    # island late on Saturday, said'
    while len(pieces) > 1 and _RELATIVE.match(pieces[-1]):
        pieces.pop()
    if not pieces:
        return ""
    last = pieces[-1]
    bare = all(w[:1].isupper() for w in last.split())
    return f"{pieces[-2]} {last}" if bare and len(pieces) > 1 else last


def _speaker_names(speaker: frozenset[str]) -> frozenset[str]:
    """The capitalised words of a speaker ('Mr' names nobody: 'Mr Ardagh' and 'Mr Swärd' share
    no name)."""
    return frozenset(
        w for w in speaker if w[:1].isupper() and w.lower().rstrip(".") not in HONORIFICS
    )


def _proxy(speaker: frozenset[str]) -> frozenset[str]:
    """Who speaks for a person ("her spokesman", "a spokesman for Minister Varga"); an
    organisation's spokesperson speaks as the organisation, so is not another speaker."""
    lowered = {w.lower() for w in speaker}
    return frozenset(speaker & _PROXIES) if lowered & _PERSONAL else frozenset()


def _speaker(text: str) -> frozenset[str]:
    """The words naming who speaks, next to a speech verb ("her spokesman", "Lena Varga")."""
    verb = _speech_verb(text)
    if verb is None:
        return frozenset()
    before = _apposition(re.split(r"[\"“”:]", text[: verb.start()])[-1]).split()[-SPEAKER_WORDS:]
    after = _SPEAKER_AFTER.match(text, verb.start())
    phrase = " ".join(before) if before else _apposition(after.group(1)) if after else ""
    words = re.findall(r"[\w’'-]+", phrase)
    return frozenset(
        w
        for w in words
        if (w[:1].isupper() and w.lower() not in _GENERIC and w.lower() not in _OPENERS)
        or w.lower() in _PROXIES | _PERSONAL
    )


def _speech_verb(text: str) -> re.Match[str] | None:
    """The first speech verb outside the quoted words ("'... park only where you are told,'
    said county recorder Anselm Mott": the speaker is named at "said", not at "told")."""
    quoted = list(quote_spans(text))  # (none where the text has no quotation mark)
    verbs = _SPEECH_VERB.finditer(text)
    return next((v for v in verbs if not any(a <= v.start() < b for a, b in quoted)), None)


def quote_mismatch(shown: str, other: str) -> list[Mismatch]:
    """Both sentences quote someone directly, and the quoted words are two statements, not one
    worded twice: an outlet is not cited for words it never printed ("We will find out why" /
    "It should never have left port"). Indirect speech on either side is left to the rest."""
    mine, theirs = _quoted_words(shown), _quoted_words(other)
    if len(mine) < MIN_QUOTED_WORDS or len(theirs) < MIN_QUOTED_WORDS:
        return []
    if len(mine & theirs) >= SAME_QUOTE_SHARE * min(len(mine), len(theirs)):
        return []
    return [Mismatch("quote", "quoted words", "", "")]


@lru_cache(maxsize=WORDS_MEMO)
def _quoted_words(text: str) -> frozenset[str]:
    """Stems of the content words inside quotation marks (the words someone said), the marks
    found as the quotes stage finds them. Read word for word, not with the quotes stage's
    looser tokens ("otherwise" as "other"), as it decides what an outlet printed."""
    spans = " ".join(text[a:b] for a, b in quote_spans(text))
    return frozenset(stem(w) for w in _plain_words(spans) if w not in FUNCTION_WORDS)


def polarity_mismatch(shown: str, other: str, read: Reading) -> list[Mismatch]:
    """Opposite polarity about the same thing: the negated side's negation bears on words the
    other side says ("no sign of foul play" / "signs of foul play"). A negation about something
    the other does not mention is another wording of the fact ("no trains will run" / "the line
    will stay shut") or a second fact beside it ("nobody was seriously hurt, although two
    firefighters suffered smoke inhalation" / "two firefighters were treated")."""
    mine, theirs = read.negated(shown), read.negated(other)
    if mine == theirs:
        return []
    negative, positive = (shown, other) if mine else (other, shown)
    if not read.negation_scope(negative) & read.stems(positive) and not _denies_a_verb(negative):
        return []
    return [Mismatch("quote", "polarity", _polar(mine), _polar(theirs))]


def _denies_a_verb(text: str) -> bool:
    """A "not" denies the predicate itself ("did not appear to be spreading", "will not cut
    corners"): the other side says the opposite in whatever words. "No", "nobody", "never"
    deny a thing, which the other side may not mention at all ("no trains will run" / "the line
    stays shut")."""
    return any(w in _VERBAL_NEGATIONS or w.endswith(("n't", "n’t")) for w in _plain_words(text))


def _negation_scope(text: str) -> frozenset[str]:
    """Stems of the first content words after each negation: what is denied."""
    words = _plain_words(text)
    paired = "but" in words  # "not only ... but also ..." denies nothing
    scope: set[str] = set()
    for k, word in enumerate(words):
        if is_negation(word) and not (paired and not_only(words, k)):
            following = [w for w in words[k + 1 :] if _deniable(w)]
            scope |= {stem(w) for w in following[:NEGATION_SCOPE]}
    return frozenset(scope)


def _deniable(word: str) -> bool:
    """A word a negation can bear on: not a function word, another negation or an adverb
    ("was not seriously hurt" denies the hurt)."""
    adverb = len(word) > 4 and word.endswith("ly")
    return word not in _UNDENIED and not is_negation(word) and not adverb


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _plain_words(text))


def _plain_words(text: str) -> list[str]:
    """Lower-case words without a possessive "'s" ("nobody's" is a negation)."""
    return [_POSSESSIVE.sub("", w) for w in re.findall(r"[a-z’']+", text.lower())]


def is_negation(word: str) -> bool:
    """A lower-case word that negates: 'not', 'never', 'refused', any "n't" ('didn’t')."""
    return word in NEGATIONS or word.endswith(("n't", "n’t"))


def _negated(text: str) -> bool:
    lowered = _ASIDE.sub(" ", text.lower())
    paired = " but " in lowered  # "not only ... but also ..." affirms both (``not_only``)
    return any(
        _negations(_plain_words(clause), paired) % 2 == 1
        for clause in _NEGATION_CLAUSE.split(lowered)
    )


def _negations(words: Sequence[str], paired: bool) -> int:
    """The negations of a clause's words, less a "not only" answered by a "but"."""
    return sum(is_negation(w) and not (paired and not_only(words, k)) for k, w in enumerate(words))


def not_only(words: Sequence[str], k: int) -> bool:
    """The k-th word opens "not only": with a "but" in the sentence ("not only closed the road
    but also cut power") it affirms what follows, and is no negation."""
    return words[k].lower() == "not" and [w.lower() for w in words[k + 1 : k + 2]] == ["only"]


def _polar(negated: bool) -> str:
    return "negative" if negated else "positive"


@lru_cache(maxsize=WORDS_MEMO)
def lower_words(text: str) -> frozenset[str]:
    """The text's words of Latin letters, lower case (the checks read them again and again)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def value_mismatches(shown: str, other: str, read: Reading) -> tuple[Mismatch, ...]:
    """The mismatches that split a claim: values, not a lost negation, which only fails a
    citation where the sentences share a fact unit."""
    pair = (shown, other)
    if pair not in read.values_of:
        read.values_of[pair] = (
            *_figure_mismatches(shown, other, read),
            *_weekday_mismatch(shown, other),
            *_name_mismatches(shown, other, read),
            *_speaker_mismatch(shown, other, read),
        )
    return read.values_of[pair]


def _gives(quantity: Quantity, other: Quantity) -> bool:
    # (the unit and the bounds first, the cheapest tests: the citation check compares every
    # figure of one sentence with every figure of the other, 100,000 times on the worst pile)
    if not (_same_measure(quantity, other) and _meet(quantity, other)):
        return False
    close = abs(quantity.value - other.value) <= SAME_FIGURE * max(abs(quantity.value), 1e-9)
    # a date is given by one within the other, at most half a year wide: 'June 2026' and 'the
    # first half of 2026', '3 March 2031' and 'March 2031'; 'in 2031' does not give '3 March'
    nested = (other.low >= quantity.low and other.high <= quantity.high) or (
        quantity.low >= other.low and quantity.high <= other.high
    )
    narrow = max(quantity.high - quantity.low, other.high - other.low) <= HALF_YEAR_DAYS
    return close or (quantity.dimension == "date" and nested and narrow)


def gives_the_figure(figure: str, other: str, read: Reading) -> bool:
    """The other text gives the figure itself, not a bound it is within ("more than 500
    million" is not the figure "540 million", nor "540 million" the figure "more than 500
    million": one may be the other's earlier count)."""
    mine = [q for q in read.quantities(figure) if not math.isinf(q.high)]
    return any(
        _gives(q, t) and not math.isinf(t.high) for q in mine for t in read.quantities(other)
    )


def gives_a_figure(shown: str, other: str, read: Reading) -> bool:
    """Where the shown sentence has figures, the other gives at least one of them: an outlet
    is never cited for a figure it does not give."""
    return gives_one_of(read.to_give(shown), other, read)


def gives_one_of(mine: Sequence[Quantity], other: str, read: Reading) -> bool:
    """The other text gives one of the figures ``mine`` (read in their own sentence, so a
    limit stays one: ``Quantity.limit``), or there are none to give."""
    theirs = read.quantities(other)
    if not mine or any(_gives(q, t) for q in mine for t in theirs):
        return True
    # A figure the parser leaves out in the other ("a 212-187 vote" reads as a score), or a
    # split the other gives as its two counts ("212 in favour and 187 against"; the other's
    # digits are read only for a split: the citation check asks this of every pair it reads).
    return any(
        (_as_a_whole(q.text).search(other) and not _read_as_the_other_kind(q, theirs))
        or (
            q.dimension == "split"
            and set(_DIGITS.findall(q.text)) <= set(_DIGITS.findall(_THOUSANDS.sub(",", other)))
        )
        for q in mine
        if q.text[:1].isdigit()
    )


def _read_as_the_other_kind(quantity: Quantity, theirs: Sequence[Quantity]) -> bool:
    """The other text writes the figure, but as a limit where it is an amount or the other way
    round ('2 tonnes' in 'can lift up to 2 tonnes'): read, not left out by the parser."""
    written = _as_a_whole(quantity.text)
    return any(t.limit != quantity.limit and written.search(t.text) for t in theirs)


def _as_a_whole(text: str) -> re.Pattern[str]:
    """``text`` as whole words and a whole number: '2 tonnes' is not written in 'up to 12
    tonnes' (review of limits34), nor '5' in '5.5'."""
    return re.compile(rf"(?<![\w.,]){re.escape(text)}(?![\w]|[.,]\d)")
