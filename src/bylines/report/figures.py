"""Stage 9: figures compared across outlets, into conflicts and updates.

Three steps, one module each: read every figure in its sentence (``figure_reading``), pair the
figures of different articles that are about the same thing and label each pair agree,
conflict or update (``figure_pairs``), and here group the differing pairs into ``Conflict``
values, one position per distinct value with every article carrying it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bylines.report.figure_pairs import (
    FigurePair,
    overlap,
    pair_figures,
    rose_from_floor,
    same_name,
    same_subject,
)
from bylines.report.figure_reading import Figure, collect_figures
from bylines.report.quantities import Quantity
from bylines.report.slots import describe
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
    pairs = pair_figures(collect_figures(claims, articles), articles)
    conflicts = _group([p for p in pairs if p.label == "conflict"], pairs, _latest_of_each)
    # an update keeps every value: an article's own earlier figure is evidence of the change
    updates = _group([p for p in pairs if p.label == "update"], pairs, list, _same_in_an_update)
    return Comparison(pairs, conflicts, updates)


def _group(
    chosen: Sequence[FigurePair],
    pairs: Sequence[FigurePair],
    kept: Callable[[list[Figure]], list[Figure]],
    same_value: Callable[[Quantity, Quantity], bool] = overlap,
) -> tuple[Conflict, ...]:
    """Conflicting pairs joined into one Conflict per subject, positions merged by value (of
    the figures ``kept`` keeps of each group, when ``same_value``)."""
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
    conflicts = (_conflict(kept(members), same_value) for members in ordered)
    return tuple(c for c in conflicts if not _one_reporter(c))


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


def _conflict(members: list[Figure], same_value: Callable[[Quantity, Quantity], bool]) -> Conflict:
    members = sorted(members, key=lambda f: (f.quantity.low, _place(f)))
    positions: list[list[Figure]] = []
    for figure in members:
        if positions and same_value(positions[-1][0].quantity, figure.quantity):
            positions[-1].append(figure)
        else:
            positions.append([figure])
    kind: ConflictKind = "date" if members[0].quantity.dimension in {"date", "time"} else "number"
    return Conflict(kind, _subject(members), tuple(_position(p) for p in positions))


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
    return all(any(same_name(name, other) for other in f.names) for f in members)
