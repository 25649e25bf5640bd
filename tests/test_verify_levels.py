"""A level on either side of one mark ("below inflation" / "above inflation") is no citation of
the other side, beside look-alikes that must not change: the same side in other words, another
mark, a side that names both. Every article is invented."""

from __future__ import annotations

import pytest

from bylines.models import load_models
from bylines.report.pipeline import build_report
from bylines.report.values import Reading
from bylines.report.verify import _opposite_levels
from bylines.types import Article

MODELS = load_models()
LEAD = "Quellmoor Ferries will raise its fares by 4.8 per cent in January, the operator said."
BELOW = "Managing director Ivo Rask said the rise had been kept below inflation."
ABOVE = "Managing director Ivo Rask admits the rise is above inflation."


def _sources_of(text: str, *bodies: str) -> set[str]:
    articles = [Article(f"a{i}", f"{LEAD}\n{body}", f"Outlet {i}") for i, body in enumerate(bodies)]
    report = build_report(articles, models=MODELS)
    return {source for claim in report.claims if claim.text == text for source in claim.sources}


def test_below_a_mark_is_not_cited_for_above_it() -> None:
    assert _sources_of(BELOW, BELOW, BELOW, ABOVE) == {"a0", "a1"}


@pytest.mark.parametrize(
    ("shown", "other", "opposite"),
    [
        ("kept the rise below inflation", "the rise is above inflation", True),
        ("temperatures stayed above freezing", "temperatures stayed below freezing", True),
        ("kept the rise below inflation", "held the rise below inflation", False),  # same side
        ("the flat above the harbour", "kept the rise below inflation", False),  # another mark
        ("a rise above or below inflation", "the rise is above inflation", False),  # both named
        ("the rise is below inflation", "the rise is under inflation", False),  # no level word
        # the mark is the whole noun phrase, not its first word
        ("capsized below the Corrow weir", "capsized above the Corrow bridge", False),
        ("the road below the dam was shut", "the road above the dam wall was shut", False),
        ("sales were above last year", "sales were below last month", False),
        (
            "the road below the Corrow weir was shut",
            "the road above the Corrow weir was shut",
            True,
        ),
        # an apposition between commas is part of the clause it interrupts
        (
            "the operator's managing director, Ivo Rask, admits this rise is above inflation",
            "managing director Ivo Rask told the Herald the increase had been held below inflation",
            True,
        ),
        # one clause each: what it puts there is what each sentence is about
        (
            "admits this rise is above inflation",
            "Ivo Rask told the Herald the increase had been held below inflation",
            True,
        ),
        # a part that opens with a joint is no sentence alone
        (
            "fares will rise by 4.8 per cent in January, above inflation, the operator said",
            "while crew pay has been held below inflation, the operator said",
            False,
        ),
        # a negated side states no side
        ("the rise was not above inflation", "the rise was below inflation", False),
        # the level is read in its own clause, of what that clause puts there
        (
            "the river peaked at 4.2 metres above normal on Tuesday",
            "the river peaked at 4.2 metres on Tuesday and had fallen back below normal by Friday",
            False,
        ),
        (
            "fares will rise by 4.8 per cent, above inflation",
            "fares will rise by 4.8 per cent, while crew pay has been held below inflation",
            False,
        ),
        (
            "the river stayed above the danger mark for six hours",
            "the river spent six hours above the danger mark before it fell below the danger mark",
            False,
        ),
    ],
)
def test_opposite_levels(shown: str, other: str, opposite: bool) -> None:
    assert _opposite_levels(shown, other, Reading()) is opposite


PEAK = (
    "The river Sorrel peaked at 4.2 metres above normal in Corrow on Tuesday, the environment"
    " agency said."
)
RIVER = (
    "Sorrel flood warning lifted\nThe environment agency lifted its flood warning for Corrow on"
    " Friday.\nThe Sorrel had peaked at 4.2 metres on Tuesday, the agency said.\nAbout 60 homes"
    " were evacuated on the quay.",
    "Corrow quay evacuated as Sorrel rises\nThe river Sorrel peaked at 4.2 metres in Corrow on"
    " Tuesday and had fallen back below normal by Friday, the environment agency said.\nAbout 60"
    " homes on the quay were evacuated on Tuesday.\nResidents were allowed home on Saturday.",
    f"Sorrel peaks at 4.2 metres\n{PEAK}\nAbout 60 homes on the quay were evacuated as a"
    " precaution.\nThe agency expects the river to fall slowly over the weekend.",
)


def test_a_level_in_another_clause_keeps_the_citation() -> None:
    """The second report's "below normal" is said of Friday's level, not of the peak."""
    articles = [Article(f"a{i}", body, f"Outlet {i}") for i, body in enumerate(RIVER)]
    report = build_report(articles, models=MODELS)
    shown = [*report.claims, *report.summary]
    assert [set(item.sources) for item in shown if item.text == PEAK] == [{"a0", "a1", "a2"}] * 2


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # review clean25-2: a level in a clause of reason or circumstance is that clause's
        (
            "Delmor bus fares will rise 6 per cent in April, above inflation, the operator said.",
            "Delmor bus fares will rise 6 per cent in April as pay is held below inflation.",
        ),
        (
            "Rainfall in Tarnshire reached 80mm in March, above average, the agency said.",
            "Rainfall in Tarnshire reached 80mm in March, with sunshine below average.",
        ),
        # a hyphenated mark is the whole word
        (
            "Visitors rose to 2.1 million last year, above pre-pandemic levels.",
            "Visitors rose to 2.1 million last year, though staff are below pre-war levels.",
        ),
    ],
)
def test_a_level_of_another_clause_or_mark_is_no_opposite(shown: str, other: str) -> None:
    assert not _opposite_levels(shown, other, Reading())


def test_a_texts_levels_are_read_once_for_the_report() -> None:
    # (verify asks for both sides' levels of every pair it compares: the report's Reading
    # keeps them, and a second pair over the same text reads the kept levels)
    read = Reading()
    below, above = "the rise is below inflation", "the rise is above inflation"
    assert _opposite_levels(below, above, read)
    assert set(read.levels_of) == {below, above}
    kept = read.levels_of[below]
    assert [level.side for level in kept] == ["below"]
    assert _opposite_levels(below, "fares stayed above the harbour", read) is False
    assert read.levels_of[below] is kept
