"""A denial of every moment ('at no point', 'at no time', 'not for a moment', 'never once') is
the negation of its clause, not of the moment: 'At no point were the swimmers at risk' means
the opposite of 'the swimmers had been at risk for a moment'. Wordings that say one such claim
with the phrase in another place ('the swimmers were at no point at risk'), or a moment said
otherwise ('at one point' / 'for a moment'), are one side (fresh35 cause 8: four sides for
two). Near-misses keep their reading: 'no point in waiting', 'at one time', 'never before
seen', 'not only ... but', words in another order. All texts are invented.
"""

from __future__ import annotations

import pytest

from bylines.report.variants import classify_variants, quote_conflicts
from quote_groups import quotes_of


@pytest.mark.parametrize(
    ("denied", "said"),
    [
        ("At no point were the swimmers at risk", "the swimmers had been at risk for a moment"),
        ("the swimmers were at no point at risk", "the swimmers had been at risk for a moment"),
        ("At no time was the pier unsafe", "the pier had been unsafe for a moment"),
        ("Not for a moment did the engine stall", "the engine did stall at one point"),
        ("Never once did the lights fail", "the lights failed at some point"),
        ("At no stage were the pupils in danger", "the pupils were briefly in danger"),
        (
            "At no time were members of the public at risk",
            "members of the public were at risk for a moment",
        ),
        ("At no point did the crew lose control", "the crew lost control at one point"),
        # fronted, 'not for a second' denies every moment
        ("Not for a second did the crew lose control", "the crew lost control"),
    ],
)
def test_a_denial_of_every_moment_flips_its_clause(denied: str, said: str) -> None:
    assert classify_variants(denied, said) == "meaning"
    assert classify_variants(said, denied) == "meaning"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # 'no point' with no 'at': the point itself is denied, a rewording of it stays one
        ("There is no point in waiting for the ferry", "there was no point waiting for the ferry"),
        # a record, not a denial
        ("The river has never before been this high", "the river has never been this high"),
        # 'not only ... but': affirms both
        ("not only the roof but the walls were lost", "the roof and the walls were lost"),
        # fronted, the denial puts the verb before its subject: what it denies is the claim,
        # not the first word after it ('crew'), and keeping control is not losing it
        ("At no point did the crew lose control", "the crew kept control throughout"),
        # 'not for a moment but ...' says what it was instead: no denial (review-clocks36)
        ("The power failed, not for a moment but for an hour", "the power failed for an hour"),
        ("The siren wailed not for a minute but all morning", "the siren wailed all morning"),
        # two denials of every moment, however placed
        ("At no point were the swimmers at risk", "the swimmers were at no point at risk"),
    ],
)
def test_near_misses_are_still_wordings(one: str, other: str) -> None:
    assert classify_variants(one, other) == "wording"


def _sides(*texts: str) -> list[tuple[str, ...]]:
    (conflict,) = quote_conflicts(quotes_of(*texts))
    return sorted(p.sources for p in conflict.positions)


def test_the_wordings_of_each_meaning_are_one_side() -> None:
    assert _sides(
        '"At no point were the swimmers at risk," said harbour master Ola Venn on Sunday.',
        "The swimmers were at risk at one point, harbour master Ola Venn admitted on Sunday.",
        "Harbour master Ola Venn told the Gazette the swimmers were at no point at risk.",
        "Harbour master Ola Venn told the Courier the swimmers had been at risk for a moment.",
    ) == [("a0", "a2"), ("a1", "a3")]


def test_words_in_another_order_stay_sides_of_their_own() -> None:
    # the same words moved otherwise than the phrase of the moment: who let whom in
    sides = _sides(
        '"At no point did the stewards let the crowd in," said organiser Ruth Maple.',
        "Organiser Ruth Maple said the crowd had been let in by stewards at one point.",
        "Organiser Ruth Maple said at no point did the crowd let the stewards in.",
    )
    assert ("a0", "a2") not in sides
    assert ("a0",) in sides


def test_a_denial_moved_to_the_end_joins_and_a_moment_said_stays_apart() -> None:
    assert _sides(
        '"At no point were the swimmers at risk," said harbour master Ola Venn on Sunday.',
        "Harbour master Ola Venn told the Gazette the swimmers were at risk at no point.",
        "Harbour master Ola Venn told the Courier the swimmers were at risk at one point.",
    ) == [("a0", "a1"), ("a2",)]
