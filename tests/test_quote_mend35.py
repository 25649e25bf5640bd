"""The review of quotes35 found shapes its new rules read wrong; each stays as it was on main:
a hedging adverb added to a wording ("was barely scratched") is no version of the plain one; a
negation before "as" or "until", or a flip whose shared words stop before the shorter wording
ends ("this winter" / "next winter"), is no meaning conflict, nor a "no" that the other wording
tells as a known thing; a transcript line under initials, a family name two people share, or
with no verb is nobody's quote; a stance turned between unnamed speakers is two quotes; and a
body in a list after the speaker's is not the body the speaker is of.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.report.variants import classify_variants, negation_flips, quote_conflicts
from bylines.types import Quote
from quote_groups import conflict_sides, quotes_of


def _conflicts(*texts: str) -> list[set[str]]:
    quotes = quotes_of(*texts)
    return [{s for p in c.positions for s in p.sources} for c in quote_conflicts(quotes)]


def _sources(quotes: tuple[Quote, ...]) -> set[str]:
    return {s for q in quotes for v in q.variants for s in v.sources}


def _sides(*wordings: str) -> list[tuple[str, ...]]:
    return conflict_sides("Odile Farrant", *wordings)


_PLAIN = "the keeper said the lamb was injured in the storm"
_DENIED = "The keeper said the lamb was not injured in the storm"


@pytest.mark.parametrize(
    "hedged",
    [
        "the keeper said the lamb was barely injured in the storm",
        "the keeper said the lamb was slightly injured in the storm",
        "the keeper said the lamb was probably injured in the storm",
        "the keeper said the lamb was injured against the fence in the storm",
    ],
)
def test_a_hedge_or_a_side_added_keeps_its_own_side(hedged: str) -> None:
    assert _sides(_PLAIN, _DENIED, hedged) == [("a0",), ("a1",), ("a2",)]


def test_a_preposition_object_added_still_joins_its_side() -> None:
    added = "the keeper said the lamb was injured in the storm by a gate"
    assert _sides(_PLAIN, _DENIED, added) == [("a0", "a2"), ("a1",)]


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        ("The ferry will not sail again this winter", "the ferry would sail again next winter"),
        ("The well was not safe to use on Tuesday", "the well was safe to use from Friday"),
        ("The hall is not as badly damaged as we feared", "the hall was badly damaged"),
        ("The bridge will not reopen until Sunday", "the bridge will reopen on Sunday"),
        ("We will not reopen the bridge until Sunday", "we will reopen the bridge on Sunday"),
        ("The museum will not shut for good", "the museum will shut for a year"),
        ("There was no notice from the landlord", "the notice from the landlord came late"),
    ],
)
def test_no_flip_when_the_negation_compares_times_or_stops_short(negated: str, plain: str) -> None:
    assert not negation_flips(negated, plain)
    assert not negation_flips(plain, negated)


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        ("The hall is not badly damaged", "the hall was badly damaged"),
        ("We will not shut", "we will shut"),
        ("No school will shut", "The school will shut"),
    ],
)
def test_a_flip_to_the_end_of_the_shorter_wording_stays_a_flip(negated: str, plain: str) -> None:
    assert negation_flips(negated, plain)


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        # an "until" of another clause, past the negation's reach, leaves the flip a flip
        ("He has shown no real regret and argued with the court until the end",
         "He has shown real regret"),
        ("Nothing we have seen so far points to the well. Until the tests come back",
         "Everything we have seen so far points to the well"),
    ],
)  # fmt: skip
def test_a_far_until_leaves_a_flip_a_conflict(negated: str, plain: str) -> None:
    assert classify_variants(negated, plain) == "meaning"


def test_a_flip_through_reported_words_that_stop_short_is_no_conflict() -> None:
    direct = (
        'The ferry was damaged in the gale. "She will not sail again this winter," said'
        " engineer Maren Holt."
    )
    longer = (
        'The ferry was damaged. Maren Holt said: "She will not sail again this winter, but she'
        ' will be repaired."'
    )
    reported = (
        "The ferry was damaged in the gale. Engineer Maren Holt said the ferry would sail"
        " again next winter."
    )
    assert _conflicts(longer, reported, direct) == []


_SAID = (
    'Bellmoor harbour was hit by the surge. "We will rebuild the sea wall before the winter,"'
    " said the mayor, Petra Marsh."
)


@pytest.mark.parametrize("label", ["PM", "NB", "PMA", "UPDATE", "NEW"])
def test_initials_or_a_note_label_is_nobodys_quote(label: str) -> None:
    transcript = (
        "Bellmoor Radio.\nPetra Marsh spoke to us this morning.\n"
        f"{label}: We will not rebuild the sea wall before the winter."
    )
    assert _sources(quotes_of(_SAID, transcript)) == {"a0"}
    assert _conflicts(_SAID, transcript) == []


def test_a_title_and_a_family_name_two_people_share_names_nobody() -> None:
    said = (
        'The farm was flooded. "We will rebuild the barn before the winter," said Ada Corran.'
        " Her brother Rhys Corran helped."
    )
    for label in ("MR CORRAN", "MRS CORRAN"):
        transcript = f"Bellmoor Radio.\n{label}: We will not rebuild the barn before the winter."
        assert _conflicts(said, transcript) == []


def test_a_title_and_a_family_name_one_person_has_is_that_persons_quote() -> None:
    said = 'The farm was flooded. "We will rebuild the barn before the winter," said Ada Corran.'
    transcript = "Bellmoor Radio.\nMRS CORRAN: We will not rebuild the barn before the winter."
    assert _conflicts(said, transcript) == [{"a0", "a1"}]


def test_a_results_line_under_a_name_is_no_quote() -> None:
    said = 'The race was run. "It was a hard course in the rain," said winner Cai Morden.'
    for line in (
        "CAI MORDEN: 3 hours 2 minutes 40 seconds",
        "CAI MORDEN: Bellmoor Harriers, gold, first place",
    ):
        transcript = f"Bellmoor Radio results.\n{line}"
        assert _sources(quotes_of(said, transcript)) == {"a0"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ('"I believe this was arson," said one neighbour.',
         '"I doubt this was arson," said another neighbour.'),
        ('"I believe this was arson," said warden Ines Tavy.',
         '"I doubt this was arson," said a neighbour.'),
    ],
)  # fmt: skip
def test_a_stance_turned_by_an_unnamed_speaker_is_another_quote(first: str, second: str) -> None:
    opening = "A barn burned at Tavy Cross. "
    assert _conflicts(opening + first, opening + second) == []
    assert len(quotes_of(opening + first, opening + second)) == 2


def test_expect_and_doubt_days_apart_are_no_conflict() -> None:
    first = (
        'The road at Tavy Cross is shut. "I expect we can reopen the road on Monday," said'
        " engineer Ines Tavy."
    )
    later = (
        'The road at Tavy Cross is still shut. "I doubt we can reopen the road on Monday,"'
        " said engineer Ines Tavy."
    )
    assert _conflicts(first, later) == []


def test_a_body_in_a_list_after_the_speakers_is_not_his() -> None:
    said = (
        'The show went wrong. "The stand was bolted down," said Ivo Brand of the coastguard,'
        " Kestrel Staging and the council in a shared statement."
    )
    firm = "The show went wrong. Kestrel Staging said the stand had not been bolted down."
    assert _conflicts(said, firm) == []
    listed = said.replace("of the coastguard,", "of the events company,")
    assert _conflicts(listed, firm) == []
