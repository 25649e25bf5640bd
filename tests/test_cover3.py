"""Citations reach every outlet stating a fact (issue 7, items 1-2), third round: a negation
about a second thing said is no denial; a count of people given by two outlets in other nouns
links their units; two units sharing rare words are one fact where the model alone is unsure.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import numpy as np
import pytest

from bylines.report.align import (
    RARE_WORDS_RAW,
    THRESHOLDS,
    _counted,
    _linked_pairs,
    _same_figure_pairs,
    _Scored,
)
from bylines.report.values import Reading
from bylines.report.verify import _denies
from unit_vectors import unit_vectors


def test_a_negation_about_a_second_thing_said_is_no_denial() -> None:
    evacuated = "About 90 tenants of the block beside the mill were moved out overnight."
    not_back = (
        "The 90 tenants moved out of the block beside the mill will not be allowed back "
        "before Friday."
    )
    read = Reading()
    assert not _denies(evacuated, not_back, read)
    assert not _denies(not_back, evacuated, read)


def test_a_shared_name_before_the_negation_does_not_make_it_a_second_thing() -> None:
    # two facts of one person: the name they share is who, not what
    read = Reading()
    for name in ("Orla Quist", "Søren Ødegård"):  # letters of any script are a name's
        absent = f"{name} was not on the ferry."
        speech = f"{name} will speak at the memorial service."
        assert _denies(absent, speech, read)
        assert _denies(speech, absent, read)


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # the negation denies what the other says
        (
            "The board will suspend the ferry service.",
            "The board will not suspend the ferry service.",
        ),
        (
            "The pumping station at Orvik was restarted on Monday.",
            "The pumping station at Orvik was not restarted on Monday.",
        ),
        # another verb on the same thing: the words after "not" are the other's
        (
            "The ministry will delay toll collection on the Harrow bridge.",
            "The ministry will not suspend toll collection on the Harrow bridge.",
        ),
    ],
)
def test_a_negation_of_what_the_other_says_is_still_a_denial(shown: str, other: str) -> None:
    read = Reading()
    assert _denies(shown, other, read)
    assert _denies(other, shown, read)


def test_a_count_of_people_in_other_nouns_pairs_and_a_count_of_other_things_does_not() -> None:
    texts = [
        "In all, 318 villagers have reported symptoms since Sunday.",
        "Officials now say 318 people in Dunmere were made ill by the water.",
        "Seismologists have recorded more than 140 aftershocks since Tuesday.",
        "More than 140 people were injured, the hospital in Dunmere said.",
    ]
    articles = ["a", "b", "a", "b"]
    read = Reading()
    assert _same_figure_pairs(texts, articles, read, people=True) == [(0, 1), (1, 0)]
    # the link rule still wants the same thing counted
    assert _same_figure_pairs(texts[:2], articles[:2], read) == []
    assert _counted(texts[0], texts[0].index("318") + len("318")) == "villagers"
    assert _counted(texts[2], texts[2].index("140") + len("140")) == "aftershocks"
    # people named by what they are or do, not only by a word for people
    coach = [
        "The 64 pensioners on the Kelby coach were taken to hotels.",
        "Some 64 people were on the coach when it left Kelby.",
        "The 64 containers on deck were lost overboard near Kelby.",
    ]
    assert _same_figure_pairs(coach, ["a", "b", "c"], read, people=True) == [(0, 1), (1, 0)]
    # two groups of people are not one count, however many each holds
    groups = [
        ("The crash left 14 dead, police said.", "In all 14 people were injured in the crash."),
        ("The 18 survivors were taken to hospital.", "The 18 dead included the driver."),
        ("Rescuers had counted 12 dead in Orsa.", "The 12 missing include four children."),
        ("The gas sent 64 pupils to hospital.", "The school's 64 teachers would work from home."),
        ("Some 40 volunteers joined the clean-up.", "Police deployed 40 officers overnight."),
        ("The 60 sensors failed at noon.", "All 60 passengers were taken off the ferry."),
        ("Fourteen miners died in the blast.", "Fourteen miners were rescued on Monday."),
        ("Fourteen people died in the blast.", "Fourteen people were hurt in the blast."),
    ]
    for first, second in groups:
        assert _same_figure_pairs([first, second], ["a", "b"], read, people=True) == [], first
    # the word after this figure, not after the first place its digits are written
    bus = "The 212 bus took 212 residents to the sports hall."
    assert _counted(bus, bus.rindex("212") + len("212")) == "residents"


def _filler(count: int) -> list[str]:
    return [
        f"Item {k} of the Velmore list concerns nothing in particular today." for k in range(count)
    ]


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        # the fact's rare words (soldiers, sandbags, river, Pellworth) kept in other phrasing
        (
            "Soldiers have been sent to fill sandbags along the river at Pellworth.",
            "Some 150 soldiers spent the night stacking sandbags on the river banks at Pellworth.",
            True,
        ),
        # alike to the model, but sharing no rare word
        (
            "Soldiers have been sent to fill sandbags along the river at Pellworth.",
            "The army has deployed troops to reinforce flood defences downstream.",
            False,
        ),
    ],
)
def test_units_sharing_rare_words_are_linked_from_a_lower_cosine(
    first: str, second: str, linked: bool
) -> None:
    texts = [first, second, *_filler(40)]
    articles = ["a", "b", *("c" if k % 2 else "d" for k in range(40))]
    vectors = unit_vectors(len(texts), RARE_WORDS_RAW + 0.05, seed=7)
    # a combined score and a cosine too low for any other link rule
    scores = np.full((len(texts), len(texts)), 0.05, dtype=np.float32)
    scored = _Scored(tuple(range(len(texts))), scores, THRESHOLDS["combined"], "combined")
    pairs, *_ = _linked_pairs(scored, texts, articles, lambda: vectors, "combined")
    assert ((0, 1) in pairs) is linked
    assert ((1, 0) in pairs) is linked


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        (
            "In all, 318 villagers have reported symptoms since Sunday.",
            "Officials now say 318 people in Dunmere were made ill by the water.",
            True,
        ),
        (
            "Seismologists have recorded more than 140 aftershocks since Tuesday.",
            "More than 140 people were injured, the hospital in Dunmere said.",
            False,
        ),
    ],
)
def test_one_count_of_people_in_other_nouns_links_two_units(
    first: str, second: str, linked: bool
) -> None:
    texts = [first, second, *_filler(4)]
    articles = ["a", "b", "c", "d", "c", "d"]
    vectors = unit_vectors(len(texts), 0.25, seed=7)  # alike as two short texts of one topic
    scores = np.full((len(texts), len(texts)), 0.05, dtype=np.float32)
    scored = _Scored(tuple(range(len(texts))), scores, THRESHOLDS["combined"], "combined")
    pairs, *_ = _linked_pairs(scored, texts, articles, lambda: vectors, "combined")
    assert ((0, 1) in pairs) is linked
