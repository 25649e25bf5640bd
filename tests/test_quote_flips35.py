"""A negation flip between two versions of one person's words is a meaning conflict, also
when the versions were joined through a third (a reported version counts as one); a version
that only adds a preposition's object stands on its side (an adverb may hedge: its own side);
and the near-misses stay as they were: two negations, "not only ... but", a negative told
positively elsewhere, two people's similar words, a person named with a post the name index
kept before the name.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.report.variants import classify_variants, negation_flips, quote_conflicts
from bylines.types import Quote
from quote_groups import conflict_sides, quotes_of


def _conflict_sides(*texts: str) -> list[set[str]]:
    """The sides (article sets) of every quote conflict over what was said in the articles."""
    quotes = quotes_of(*texts)
    return [{s for p in c.positions for s in p.sources} for c in quote_conflicts(quotes)]


def _one_quote(*texts: str) -> Quote:
    quotes = quotes_of(*texts)
    assert len(quotes) == 1, quotes
    return quotes[0]


_HURT = (
    'Lifeboats brought the yacht in at dawn. "He is not seriously injured, just cold and very'
    ' tired," said surveyor Hal Brennock.',
    "The yacht was towed in. The surveyor, Hal Brennock, told us the sailor was seriously injured.",
)


def test_a_flip_joined_through_reported_speech_is_a_meaning_not_a_wording() -> None:
    quote = _one_quote(*_HURT)
    kinds = {v.sources: v.difference for v in quote.variants}
    assert kinds[("a1",)] == "meaning"
    assert _conflict_sides(*_HURT) == [{"a0", "a1"}]


def test_a_reported_version_by_a_name_with_a_post_before_it_is_a_version() -> None:
    # the index may keep an unknown post ("Surveyor") as part of the name: still the same person
    third = (
        "The yacht reached port. Surveyor Hal Brennock said the sailor was not seriously injured."
    )
    quote = _one_quote(*_HURT, third)
    assert {s for v in quote.variants for s in v.sources} == {"a0", "a1", "a2"}
    (conflict,) = quote_conflicts([quote])
    flipped = [p.sources for p in conflict.positions if "a1" in p.sources]
    assert flipped == [("a1",)]


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        ("She is not badly hurt", "the mare was badly hurt and needs days of care"),
        ("We will not close the depot", "we will close the depot in spring"),
        (
            "Nothing could have been done to save the barn",
            "something could be done to save the barn",
        ),
        ("The pumps did not work that night", "the pumps worked that night"),
    ],
)
def test_a_negation_in_the_same_words_around_it_flips(negated: str, plain: str) -> None:
    assert negation_flips(negated, plain)
    assert negation_flips(plain, negated)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("We no longer run night buses", "we do not run night buses"),  # both negative
        ("We not only repaired the roof but rebuilt the tower", "we repaired the roof"),
        ("There was no warning at all", "the warning came too late"),  # a negative, told
        ("She is not badly hurt", "the rider was hurt when she fell"),  # other words around
        ("We will not close the depot", "we will not close the depot"),
    ],
)
def test_no_flip_without_one_negation_in_the_same_words(first: str, second: str) -> None:
    assert not negation_flips(first, second)


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # a quote about a negative told positively elsewhere is no conflict ...
        ("There was no warning at all", "the warning came too late", "wording"),
        ("We had no warning from the council", "the warning from the council came late", "wording"),
        # ... but the noun where the "no" stood, the same said of it, is
        ("No library in this city will close", "The library in this city will close", "meaning"),
        ("The council gave no warning", "the council gave the warning too late", "meaning"),
        ("We had no warning", "we had warnings", "meaning"),
        # "not only" negates nothing
        ("We not only repaired the roof of the chapel", "they had repaired the roof of the chapel",
         "wording"),
    ],
)  # fmt: skip
def test_a_negative_told_positively_or_not_only_is_not_a_flip(
    first: str, second: str, kind: str
) -> None:
    assert classify_variants(first, second) == kind


def test_two_negations_and_not_only_joined_by_reported_speech_make_no_conflict() -> None:
    longer = (
        'Buses stop. "We no longer run night buses on the Kelby route," said Ruth Okafor, the'
        " transport director.",
        "Buses stop. Ruth Okafor said they did not run night buses on the Kelby route.",
    )
    only = (
        'Work goes on. "We not only repaired the roof of the chapel but rebuilt the tower," said'
        " Ruth Okafor, the architect.",
        "Work goes on. Ruth Okafor said they had repaired the roof of the chapel.",
    )
    warning = (
        'Floods hit Marrow Vale. "There was no warning at all, and the water was in the kitchen'
        ' within minutes," said farmer Ewan Tarrow.',
        "Floods hit Marrow Vale. Farmer Ewan Tarrow said the warning came too late and the water"
        " was in the kitchen within minutes.",
    )
    for texts in (longer, only, warning):
        assert {s for v in _one_quote(*texts).variants for s in v.sources} == {"a0", "a1"}
        assert _conflict_sides(*texts) == []


def test_another_persons_words_with_the_negation_dropped_are_no_version() -> None:
    texts = (
        'The depot is safe. "We will not close the Marsh Lane depot," said Ruth Okafor, the'
        " transport director.",
        "The depot may shut. Union leader Sam Pell said they would close the Marsh Lane depot in"
        " the spring.",
    )
    assert _conflict_sides(*texts) == []


def _sides(*wordings: str) -> list[tuple[str, ...]]:
    return conflict_sides("Ines Vard", *wordings)


_SAID = "passengers were told the ship would not wait"
_FLIPPED = "Passengers were told the ship would wait for them"


@pytest.mark.parametrize(
    "added",
    [
        "Passengers were told the ship would not wait for them",  # a preposition's object
        "passengers were told the ship would not wait at the quay",
    ],
)
def test_a_version_that_adds_a_prepositions_object_is_the_same_side(added: str) -> None:
    assert _sides(_SAID, _FLIPPED, added) == [("a0", "a2"), ("a1",)]


@pytest.mark.parametrize(
    "other",
    [
        "passengers were told the ship would not wait long",  # a word that bounds the claim
        "passengers were told the ship would not wait for two hours",  # a number
        "passengers were told the ship would only not wait",  # a bounding adverb
        "passengers were told the ship would simply not wait",  # an adverb (may hedge)
        "passengers were told the boat would not wait",  # a word replaced
        "passengers were told the ship would not wait for them and would sail without them",
    ],
)
def test_a_version_that_adds_more_or_replaces_words_keeps_its_own_side(other: str) -> None:
    assert _sides(_SAID, _FLIPPED, other) == [("a0",), ("a1",), ("a2",)]


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        ("We will not close the pool", "we will close the gym early"),  # another thing closed
        ("The lifts did not stop", "the trains stop at midnight"),  # one shared word
    ],
)
def test_one_shared_word_beside_the_negation_is_no_flip(negated: str, plain: str) -> None:
    assert not negation_flips(negated, plain)
