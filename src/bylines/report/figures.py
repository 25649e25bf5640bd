"""Stage 5: figures compared across outlets, into conflicts and updates.

Three steps, one module each: read every figure in its sentence (``figure_reading``), pair the
figures of different articles that are about the same thing and label each pair agree,
conflict or update (``figure_pairs``), and here group the differing pairs into ``Conflict``
values, one position per distinct value with every article carrying it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from bylines.report.figure_pairs import (
    ANOTHER_COUNTS_DATE,
    ANYONE,
    FigurePair,
    both_runs,
    meets,
    overlap,
    pair_figures,
    rose_from_floor,
    same_name,
    same_subject,
    told_apart,
)
from bylines.report.figure_reading import (
    YEAR_WRITTEN,
    Figure,
    collect_figures,
    tells_a_difference,
)
from bylines.report.quantities import Quantity
from bylines.report.slots import ALONE_SUMS, describe
from bylines.types import Article, Claim, Conflict, ConflictKind, Position

__all__ = [
    "Comparison",
    "Figure",
    "FigurePair",
    "collect_figures",
    "compare_figures",
    "same_subject",
]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the figure comparison found: the pairs, and them grouped for the report."""

    pairs: tuple[FigurePair, ...]
    conflicts: tuple[Conflict, ...]
    updates: tuple[Conflict, ...]


def compare_figures(claims: Sequence[Claim], articles: Sequence[Article]) -> Comparison:
    """Pair every two same-subject figures of different articles and group the differences."""
    figures = collect_figures(claims, articles)
    pairs = pair_figures(figures, articles)
    by_claim = _in_claims(figures)
    in_claims = _ClaimFigures(by_claim, _paired(pairs), _by_thing(by_claim))
    conflicts = _group("conflict", pairs, in_claims, _latest_of_each)
    # an update keeps every value: an article's own earlier figure is evidence of the change
    updates = _group("update", pairs, in_claims, list, _same_in_an_update)
    return Comparison(pairs, conflicts, updates)


@dataclass(frozen=True)
class _ClaimFigures:
    """Where a side looks for the outlets the pairing left unpaired (``_unpaired_alike``), read
    once per comparison: each claim's figures, and the pairs of figures the pairing judged."""

    by_claim: Mapping[str, Sequence[Figure]]
    paired: frozenset[frozenset[int]]
    # the same figures by the thing their sentence names (``_named_thing``), where a side
    # looks across claims (``_alike_across_claims``)
    by_thing: Mapping[tuple[str, str, str], Sequence[Figure]]


def _paired(pairs: Sequence[FigurePair]) -> frozenset[frozenset[int]]:
    """Every two figures the pairing judged, by their ids."""
    return frozenset(frozenset((id(p.first), id(p.second))) for p in pairs)


def _in_claims(figures: Sequence[Figure]) -> dict[str, list[Figure]]:
    """The figures of each claim, in the order read: where a side looks for the outlets the
    pairing left unpaired (``_unpaired_alike``). Not only those the pairing compares: one that
    says too little of what it measures to be paired ('about 40 minutes later', a span) is
    read beside a figure of its own claim, which says it. Not a difference ('three more than
    first reported'), which is no count of the thing. A vague one ('hundreds') stays in:
    ``_same_value`` lets it join only a side as vague."""
    found: dict[str, list[Figure]] = {}
    for figure in figures:
        if not tells_a_difference(figure):
            found.setdefault(figure.claim, []).append(figure)
    return found


def _group(
    label: str,
    pairs: Sequence[FigurePair],
    in_claims: _ClaimFigures,
    kept: Callable[[list[Figure]], list[Figure]],
    same_value: Callable[[Quantity, Quantity], bool] = overlap,
) -> tuple[Conflict, ...]:
    """The pairs of ``label`` joined into one Conflict per subject, with the figures of other
    articles that give a side's very value (``_agreeing``, found among all ``pairs``), positions
    merged by value (of the figures ``kept`` keeps of each group, when ``same_value``)."""
    parent: dict[int, int] = {}

    def root(key: int) -> int:
        # (each step points its figure at its grandparent: without it the worst accepted pile's
        # chains ran hundreds of links, walked again for each pair; which figure is the root
        # does not change a group, nor the order groups are read in)
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    figures: dict[int, Figure] = {}
    for pair in pairs:
        if pair.label == label:
            figures[id(pair.first)], figures[id(pair.second)] = pair.first, pair.second
            parent[root(id(pair.first))] = root(id(pair.second))
    groups: dict[int, list[Figure]] = {}
    for key, figure in figures.items():
        groups.setdefault(root(key), []).append(figure)
    # Sorted by where they are read, not by object ids or set order: the same report for every
    # PYTHONHASHSEED.
    ordered = sorted(groups.values(), key=lambda m: min(_place(f) for f in m))
    touching = _pairs_of_each_figure(pairs)
    conflicts = (
        _conflict(
            kept([*m, *_agreeing(m, _touching(m, pairs, touching), label, in_claims)]),
            same_value,
            m,
        )
        for m in ordered
    )
    return tuple(c for c in conflicts if not _one_reporter(c))


def _pairs_of_each_figure(pairs: Sequence[FigurePair]) -> dict[int, list[int]]:
    """Where each figure (by id) stands in ``pairs``: a group asks only its members' pairs,
    not every pair of the report once a group (the worst accepted pile holds thousands of both)."""
    touching: dict[int, list[int]] = {}
    for index, pair in enumerate(pairs):
        touching.setdefault(id(pair.first), []).append(index)
        touching.setdefault(id(pair.second), []).append(index)
    return touching


def _touching(
    members: list[Figure], pairs: Sequence[FigurePair], touching: dict[int, list[int]]
) -> list[FigurePair]:
    """The pairs that hold a member, in the order of ``pairs``."""
    return [pairs[i] for i in sorted({i for f in members for i in touching.get(id(f), ())})]


def _agreeing(
    members: list[Figure],
    pairs: Sequence[FigurePair],
    label: str,
    in_claims: _ClaimFigures,
) -> list[Figure]:
    """The figures of other articles that give one side's very value of the same thing: an
    outlet that agrees with a side stands on it, though only the pairs that differ made the
    group ('£2m into a clean-up fund' beside the £2 million fund another outlet set against
    £1.2m). Only an article the group does not hold yet, whose agreeing figures all give one
    member's value, and none of whose figures the pairing judged otherwise against a member (a
    pair of another label, or an agreement of values that are not the same: 'stated
    elsewhere', part and whole, a rounding). Besides the pairs, a member's own claim: a figure
    there that the pairing left unpaired (``_unpaired_alike``)."""
    inside = {id(f) for f in members}
    held = {f.sentence.article for f in members}
    said = _GroupSays.of(members)
    found: dict[str, list[Figure]] = {}
    barred: set[str] = set()
    for pair in pairs:
        for member, other in ((pair.first, pair.second), (pair.second, pair.first)):
            article = other.sentence.article
            if id(member) not in inside or id(other) in inside or article in held:
                continue
            agrees = pair.label == "agree" and _same_value(member.quantity, other.quantity)
            if agrees and _reads_alike(member, other, said):
                found.setdefault(article, []).append(other)
            else:
                barred.add(article)
    joined = [*_unpaired_alike(members, in_claims, said)]
    if label == "conflict":
        joined += _alike_across_claims(members, in_claims, said)
    for other in joined:
        if other.sentence.article not in held:
            found.setdefault(other.sentence.article, []).append(other)
    return [
        figure
        for article, given in sorted(found.items())
        if article not in barred and _one_value(given)
        for figure in dict.fromkeys(given)
    ]


def _unpaired_alike(
    members: list[Figure],
    in_claims: _ClaimFigures,
    said: _GroupSays,
) -> Iterable[Figure]:
    """The figures of each member's own claim, in other articles, that no pair ties to
    it but that give its very value of the same thing: the pairing wants words or a name to
    tie two sentences about nothing it can name ('The valve was isolated about 40 minutes
    after the alarm' / 'Engineers isolated the leaking valve about 40 minutes later'), while
    the alignment has already read the two sentences as saying one thing. What the pairing
    judged (any label) it judged; this reads only the figures it did not."""
    inside = {id(f) for f in members}
    for member in members:
        for other in in_claims.by_claim.get(member.claim, ()):
            if id(other) in inside or frozenset((id(member), id(other))) in in_claims.paired:
                continue
            if other.sentence.article == member.sentence.article:
                continue
            if (
                _same_value(member.quantity, other.quantity)
                and _counted_alike(member, other)
                and _done_alike(member, other)
                and _reads_alike(member, other, said)
            ):
                yield other


def _alike_across_claims(
    members: list[Figure], in_claims: _ClaimFigures, said: _GroupSays
) -> list[Figure]:
    """The figures of other claims, in articles the group does not hold, that give a member's
    very value of the thing the member's slot or counted noun names, that no pair judged: the
    pairing wants a name, a day or a shared word to tie two sentences, and a side's outlet
    that says its value in other words ('We had 42 volunteers on the hill over the week' /
    '42 volunteers took part', '62 metres down' / 'a depth of 62 metres') stood on no side
    (fresh35). Never a day or time: a weekday is read of any deed. It only adds an outlet to a
    side a differing pair made, never makes one; and only where nothing tells it from that
    side's members (``told_apart``: another name, day, limit, past), the thing is named alike
    (``_named_thing``), said of the same time (``_of_its_time``) and its article gives that
    thing no other value."""
    inside = {id(f) for f in members}
    held = {f.sentence.article for f in members}
    joined: list[Figure] = []
    judged: set[int] = set()  # each figure is judged against its side once, not per member
    for member in members:
        thing = _named_thing(member)
        if thing is None:
            continue
        for other in _of_thing(in_claims, thing, held):
            if id(other) in inside or id(other) in judged or other.claim == member.claim:
                continue  # (a member's own claim is ``_unpaired_alike``'s)
            if frozenset((id(member), id(other))) in in_claims.paired:
                continue  # what the pairing judged, it judged
            if not (
                _same_value(member.quantity, other.quantity)
                and member.quantity.limit == other.quantity.limit
                and _reads_alike(member, other, said, across=True)
                and _of_its_time(member, other)
            ):
                continue
            judged.add(id(other))
            # the side it would stand on: told apart from none of its figures (asked of the
            # side, not the whole group: a pile's groups hold hundreds of figures)
            side = [m for m in members if _same_value(m.quantity, other.quantity)]
            if not any(told_apart(m, other) for m in side) and _one_value_given(
                in_claims, thing, other
            ):
                joined.append(other)
    return joined


# Days, dates, years and clock times name no thing of their own: a weekday is read as 'day of
# the event' in a sentence about any deed ('A man was arrested on Tuesday over a separate
# burglary', 'Snow fell across the county on Tuesday'), and a year 'since' is anyone's tenure.
# The review of sides36 found seven such weekdays put an outlet on a side of the day a robbery,
# crash or death happened; the pairing, which wants a shared name or word, judges days alone.
_WHEN_DIMENSIONS = frozenset({"date", "time"})
# A count something has now, right before the figure ('The team has 42 volunteers on its
# books', 'The school now has some 214 pupils'): a standing number, not what the story's
# event counted ('42 volunteers took part'), though its noun is the same.
_STANDING = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:about|some|around|nearly|almost|over|more\s+than)?\s*$",
    re.IGNORECASE,
)
# How far before a figure _STANDING looks: 'have now more than ' and a space.
_STANDING_REACH = 24


def _named_thing(figure: Figure) -> tuple[str, str, str] | None:
    """What a figure is the value of, when its sentence names it: its slot ('depth'), or for a
    count its counted noun with its frame ('volunteer'); not a bare count of people, nor a day,
    date, year or time (``_WHEN_DIMENSIONS``), which say of nothing in particular. A sum only in a
    slot a story has one of (ALONE_SUMS: a reward, a ransom): 'price' is read of a grant, a
    share's minimum and a sale alike ('A government grant of £385,000' is no outlet of the
    £385,000 the pub was sold for)."""
    quantity = figure.quantity
    if quantity.dimension in _WHEN_DIMENSIONS:
        return None
    if quantity.dimension == "money" and figure.slot not in ALONE_SUMS:
        return None
    if figure.slot is not None:
        return (quantity.dimension, quantity.unit, figure.slot)
    if quantity.dimension == "count" and figure.noun and figure.noun not in ANYONE:
        return (quantity.dimension, quantity.unit, f"{figure.noun} {figure.frame}")
    return None


def _of_its_time(member: Figure, other: Figure) -> bool:
    """Is other said of the member's time: no other year or season than the member's sentence
    names ('Last year 42 volunteers took part in a search', 'a year ago';
    ``ANOTHER_COUNTS_DATE``), and a standing count ('has 42 volunteers on its books') only
    beside another?"""
    dated = ANOTHER_COUNTS_DATE.search(other.sentence.text)
    if dated and not ANOTHER_COUNTS_DATE.search(member.sentence.text):
        return False
    return _standing(member) == _standing(other)


def _standing(figure: Figure) -> bool:
    """A count something has now (``_STANDING``)."""
    start = figure.quantity.start
    return bool(_STANDING.search(figure.sentence.text[max(0, start - _STANDING_REACH) : start]))


def _by_thing(
    by_claim: Mapping[str, Sequence[Figure]],
) -> dict[tuple[str, str, str], list[Figure]]:
    """The figures of every claim by the thing their sentence names, in the order read."""
    found: dict[tuple[str, str, str], list[Figure]] = {}
    for figures in by_claim.values():
        for figure in figures:
            thing = _named_thing(figure)
            if thing is not None:
                found.setdefault(thing, []).append(figure)
    return found


def _of_thing(
    in_claims: _ClaimFigures, thing: tuple[str, str, str], held: set[str]
) -> Iterable[Figure]:
    """The figures of articles outside ``held`` whose named thing is ``thing``."""
    return (f for f in in_claims.by_thing.get(thing, ()) if f.sentence.article not in held)


def _one_value_given(in_claims: _ClaimFigures, thing: tuple[str, str, str], other: Figure) -> bool:
    """Does other's article give ``thing`` no value but other's ('42 volunteers on Saturday,
    60 on Sunday' is no side's outlet)?"""
    article = other.sentence.article
    return all(
        _same_value(figure.quantity, other.quantity)
        for figure in in_claims.by_thing.get(thing, ())
        if figure.sentence.article == article
    )


def _counted_alike(member: Figure, other: Figure) -> bool:
    """Do two unpaired figures count the same noun, or both none? Not a noun against none, not
    even people against none ('Fourteen people were rescued' / 'Fourteen were sent by the
    mountain rescue team', the rescuers): with no pair, nothing else says the two are one."""
    return member.noun == other.noun


def _done_alike(member: Figure, other: Figure) -> bool:
    """Do two unpaired figures say the same befell what they measure: the same frame (None
    only against None). A count needs a frame (dead, hurt, cancelled...): one claim is no tie
    on its own, the alignment puts '17 people died in the crash' beside '17 people survived the
    crash', and 'The coastguard said 14 passengers had booked the trip' beside 'The coastguard
    said 14 passengers were rescued' (words near both, 'coastguard said', do not tell the
    verb). Another measure ('about 40 minutes', a span) names no frame; it needs a word near
    both figures besides its noun ('shut off ... about 40 minutes later')."""
    if member.frame != other.frame:
        return False
    if member.frame is not None:
        return True
    shared = (member.near & other.near) - {member.noun}
    return member.quantity.dimension != "count" and bool(shared)


def _same_value(first: Quantity, second: Quantity) -> bool:
    """One value as given, not two that overlap: '£2.7m' is no outlet's '£3 million', 'between
    £2.5m and £3m' and 'about a dozen' are none of their ends, 'up to a fortnight' no 'two
    days' (a join only adds a source to a side, so it takes no rounding)."""
    keys = (first.dimension, first.unit, first.low, first.high, first.hedge)
    return keys == (second.dimension, second.unit, second.low, second.high, second.hedge)


def _one_value(given: list[Figure]) -> bool:
    """Do an article's agreeing figures all give one value (each is one member's, and two
    members' values differ: the article would stand on two sides at once)."""
    return all(_same_value(a.quantity, b.quantity) for a, b in combinations(given, 2))


@dataclass(frozen=True)
class _GroupSays:
    """What a group's figures name, read once a group (not once for each pair it is asked of):
    each article's days, every name, every year written in their sentences."""

    days: dict[str, frozenset[str]]
    names: frozenset[str]
    years: frozenset[str]

    @classmethod
    def of(cls, members: Sequence[Figure]) -> _GroupSays:
        days: dict[str, frozenset[str]] = {}
        for m in members:
            days[m.sentence.article] = days.get(m.sentence.article, frozenset()) | m.days
        return cls(
            days=days,
            names=frozenset(name for m in members for name in m.all_names),
            years=frozenset(y for m in members for y in YEAR_WRITTEN.findall(m.sentence.text)),
        )


def _reads_alike(member: Figure, other: Figure, said: _GroupSays, across: bool = False) -> bool:
    """Is other read as the same thing as member, not only an equal figure of something else:
    no slot, frame, noun or stage the two read differently, no other time (superseded,
    historic) or part; sentences of one claim (the alignment found them to say one thing), or a
    count of the same people or things that the same befell ('65 people stranded'); and either
    way naming no day, no name and no year the group does not. A shared slot alone is no tie:
    'the lifeboat station cost £3 million to build' is read as the price the £3 million fund
    is, and the pairing calls the two agreeing; nor is one claim: 'Harlow Marine has put £3
    million into the fund' is another giver's, 'On Sunday ... 65 people were stranded' another
    day's, 'a crash in 2019' another crash. With ``across`` (``_alike_across_claims``, which has
    asked that the two name one thing), sentences of any two claims."""
    readings = (
        (member.slot, other.slot),
        (member.frame, other.frame),
        (member.noun, other.noun),
        (member.stage, other.stage),
    )
    if any(one and two and one != two for one, two in readings):
        return False
    if (member.superseded, member.historic, member.part) != (
        other.superseded,
        other.historic,
        other.part,
    ):
        return False
    counted = member.frame is not None and member.noun is not None
    counted = counted and (member.frame, member.noun) == (other.frame, other.noun)
    if member.claim != other.claim and not (counted or across):
        return False
    # the days of the member's article's figures in the group: its lead's day is the story's
    return (
        other.days <= said.days[member.sentence.article]
        and other.names <= said.names
        and set(YEAR_WRITTEN.findall(other.sentence.text)) <= said.years
    )


def _latest_of_each(members: list[Figure]) -> list[Figure]:
    """Each article's last value of the thing, and what agrees with it: an article that says
    "five died ... then seven died" stands on the side of seven, never on two sides at once."""
    last: dict[str, Figure] = {}
    for figure in sorted(members, key=_place):
        last[figure.sentence.article] = figure
    return [f for f in members if overlap(f.quantity, last[f.sentence.article].quantity)]


def _place(figure: Figure) -> tuple[str, int]:
    return figure.sentence.article, figure.offset


def _one_reporter(conflict: Conflict) -> bool:
    """A 'conflict' whose positions all come from one article disputes nothing between
    outlets (its figures are two things, or one changing within the story)."""
    return (
        len({a for p in conflict.positions for a in p.sources}) < 2 or len(conflict.positions) < 2
    )


def _same_in_an_update(first: Quantity, second: Quantity) -> bool:
    """In an update, a floor ('at least four') and the larger count that followed it ('seven')
    are two steps of the figure, though they overlap."""
    floor, count = sorted((first, second), key=lambda q: not math.isinf(q.high))
    return overlap(first, second) and not rose_from_floor(floor, count)


def _conflict(
    figures: list[Figure],
    same_value: Callable[[Quantity, Quantity], bool],
    grouped: Sequence[Figure],
) -> Conflict:
    """The positions of a group's figures (``grouped``, from the differing pairs) and of those
    joined to it: what each side is called, shows and is about comes from the group only; a
    joined figure whose member ``figures`` no longer keeps (its article's later value) goes."""
    inside = {id(f) for f in grouped}
    members = [f for f in figures if id(f) in inside]
    figures = [
        f
        for f in figures
        if id(f) in inside or any(_same_value(f.quantity, m.quantity) for m in members)
    ]
    figures = sorted(figures, key=lambda f: (f.quantity.low, _place(f)))
    positions: list[list[Figure]] = []
    for figure in figures:
        if positions and _one_position(positions[-1][0], figure, same_value):
            positions[-1].append(figure)
        else:
            positions.append([figure])
    kind: ConflictKind = "date" if figures[0].quantity.dimension in {"date", "time"} else "number"
    return Conflict(kind, _subject(members), tuple(_position(p, inside) for p in positions))


def _one_position(
    first: Figure, second: Figure, same_value: Callable[[Quantity, Quantity], bool]
) -> bool:
    """Do two figures stand on one side: ``same_value``, but a run's time ('the 08:12 from
    Orvel') only at its exact minute, as the pairing compares it (``figure_pairs.meets``)."""
    return meets(first.quantity, second.quantity, both_runs(first, second), same_value)


def _position(figures: list[Figure], inside: set[int]) -> Position:
    """One side: its sources in the order read, its value and evidence a group member's (what
    the differing pairs compared), never a joined figure's."""
    first = next((f for f in figures if id(f) in inside), figures[0])
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
    # (a name the head already says, 'the service from Paddington', is not said twice)
    named = [n.title() for n in names if n.title() not in head][:2]
    anchors = named + sorted(days)[:1]
    return f"{head} ({', '.join(anchors)})" if anchors else head


def _most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent value, ties to the alphabetically first (never to set order)."""
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _everywhere(name: str, members: Sequence[Figure]) -> bool:
    return all(any(same_name(name, other) for other in f.names) for f in members)
