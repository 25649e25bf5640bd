"""A quote conflict's sides are meanings, not wordings: outlets that say the same thing in
other words stand on one side (invented quotes)."""

from __future__ import annotations

from bylines.report.variants import (
    _another_day,
    _edits,
    classify_variants,
    normal_tokens,
    quote_conflicts,
)
from bylines.types import Conflict, Quote, QuoteVariant


def _variant(text: str, article: str, difference: str = "meaning") -> QuoteVariant:
    return QuoteVariant(text=text, sources=(article,), difference=difference)  # type: ignore[arg-type]


def _sides(conflict: Conflict) -> list[tuple[str, ...]]:
    return [position.sources for position in conflict.positions]


def test_wordings_of_one_meaning_share_a_side_against_the_negation() -> None:
    quote = Quote(
        speaker="Rhona Castell",
        variants=(
            _variant("the pier had been checked in May and had been found safe", "a", "same"),
            _variant("This pier was checked in May and it was safe", "b"),
            _variant("the pier had been checked in May and found safe", "c"),
            _variant("the pier had not been checked in May", "d"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a", "b", "c"), ("d",)]
    assert conflict.positions[0].value == "the pier had been checked in May and had been found safe"


def test_three_meanings_stay_three_sides() -> None:
    quote = Quote(
        speaker="Tomas Vell",
        variants=(
            _variant("We will reopen the pool on Monday", "a", "same"),
            _variant("We will not reopen the pool on Monday", "b"),
            _variant("We will reopen the pool on Friday", "c"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",), ("c",)]


def test_a_meaning_told_only_through_a_third_wording_keeps_each_wording_a_side() -> None:
    # The quotes stage judged a meaning on pieces matched through another wording; the texts
    # alone read as one meaning, so no side is merged away and the conflict is kept as judged.
    quote = Quote(
        speaker="Tomas Vell",
        variants=(
            _variant("the pool will reopen on Monday", "a", "same"),
            _variant("The pool will reopen on Monday morning", "b"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",)]


def test_wording_only_is_no_conflict() -> None:
    quote = Quote(
        speaker="Tomas Vell",
        variants=(
            _variant("the pool will reopen on Monday", "a", "same"),
            _variant("The pool will reopen on Monday morning", "b", "wording"),
        ),
    )
    assert quote_conflicts([quote]) == ()


def test_another_weekday_or_month_in_a_quote_is_another_meaning() -> None:
    assert classify_variants(
        "We will reopen the pool on Monday", "We will reopen the pool on Friday"
    ) == ("meaning")
    assert classify_variants("the works end in June", "the works end in August") == "meaning"
    # "may" and "march" are words as often as months
    assert classify_variants(
        "We may reopen the pool in June", "We will reopen the pool in June"
    ) == ("wording")
    assert classify_variants("We will reopen the pool on Monday", "We will reopen on Monday") == (
        "wording"
    )


def test_a_fragment_that_reads_as_either_meaning_stays_its_own_side() -> None:
    quote = Quote(
        speaker="Ines Marrow",
        variants=(
            _variant("We do not believe the storm drains caused the flooding", "a", "same"),
            _variant("the storm drains were the most likely cause", "b"),
            _variant("We believe the storm drains caused the flooding", "c"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",), ("c",)]


def test_another_claim_of_the_speaker_takes_no_side() -> None:
    quote = Quote(
        speaker="Ines Marrow",
        variants=(
            _variant("Everything we have seen points to the old boiler", "a", "same"),
            _variant(
                "Nothing we have seen points to the old boiler … Until the tests are back, we are"
                " treating every appliance as a suspect",
                "b",
            ),
            _variant("her team was treating every appliance in the hall as a suspect", "c"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",), ("c",)]


def _told(text: str, article: str, evidence: str) -> QuoteVariant:
    return QuoteVariant(
        text=text, sources=(article,), difference="meaning", evidence=evidence, reported=True
    )


def test_reported_speech_with_another_subject_stays_its_own_side() -> None:
    # "the insurers" is not the speaker's "we": only words that carry nothing may differ
    quote = Quote(
        speaker="Hana Veld",
        variants=(
            _variant("We will pay for the repairs to every damaged boat", "a", "same"),
            _told(
                "the insurers would pay for the repairs to every damaged boat",
                "b",
                "Hana Veld said the insurers would pay for the repairs to every damaged boat.",
            ),
            _variant("We will not pay for the repairs to every damaged boat", "c"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",), ("c",)]


def test_quantifiers_modals_moved_and_swapped_words_are_other_sides() -> None:
    cases = [
        (
            "All of the homes were flooded",
            "Some of the homes were flooded",
            "None of the homes were flooded",
        ),
        (
            "We will close the plant in spring",
            "We might close the plant in spring",
            "We will not close the plant in spring",
        ),
        (
            "On Monday we will reopen the galleries",
            "We will reopen the galleries on Thursday",
            "We will not reopen the galleries on Monday",
        ),
        (
            "The van hit the bus at the lights",
            "The bus hit the van at the lights",
            "The van did not hit the bus at the lights",
        ),
    ]
    for first, second, third in cases:
        quote = Quote(
            speaker="Ines Marrow",
            variants=(_variant(first, "a", "same"), _variant(second, "b"), _variant(third, "c")),
        )
        (conflict,) = quote_conflicts([quote])
        assert _sides(conflict) == [("a",), ("b",), ("c",)], first


def test_a_wording_told_inside_a_denial_stays_its_own_side() -> None:
    quote = Quote(
        speaker="Lars Orm",
        variants=(
            _variant("We will close the Tessel depot next year", "a", "same"),
            _variant("We will not close the Tessel depot next year", "b"),
            _told(
                "the firm would close the Tessel depot next year",
                "c",
                "Lars Orm denied the firm would close the Tessel depot next year.",
            ),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",), ("c",)]


def test_other_words_of_content_are_other_sides() -> None:
    quote = Quote(
        speaker="Dan Orrel",
        variants=(
            _variant("The van was heading east when it left the road", "a", "same"),
            _variant("The van was heading west when it left the road", "b"),
            _variant("The van was not speeding when it left the road", "c"),
            _variant("Dozens of sheep were killed when it left the road", "d"),
        ),
    )
    (conflict,) = quote_conflicts([quote])
    assert _sides(conflict) == [("a",), ("b",), ("c",), ("d",)]


def test_a_day_changed_beside_other_words_is_not_a_change_of_meaning() -> None:
    # two sentences of the speaker's, not one misquoted
    assert not _another_day_of(
        "We last saw him on Friday evening", "We last heard from him on Sunday evening"
    )
    assert _another_day_of(
        "The lane will close on Monday night", "The lane will close on Thursday night"
    )
    assert not _another_day_of("The lane will close on Monday", "The lane will close on 3 June")
    assert _another_day_of("Saturday's power cut was the worst", "Sunday's power cut was the worst")
    assert not _another_day_of("Trams run on Mondays", "Trams run on Monday")


def _another_day_of(a: str, b: str) -> bool:
    return _another_day(list(_edits(normal_tokens(a), normal_tokens(b))))


def test_a_wording_whose_rest_limits_or_reverses_its_first_clause_stays_its_own_side() -> None:
    # the review of exact32: what follows a semicolon or a comma before 'but'/'and' can take
    # back the first clause ('only by a leaflet', 'we will merge', 'all the same'), so the
    # longer wording is no outlet on the shorter side
    for short, longer, negation in (
        (
            "The tenants were warned",
            "The tenants were warned, but only by a leaflet that nobody read",
            "The tenants were never warned",
        ),
        (
            "We will not close",
            "We will not close; we will merge with the Ashton branch",
            "We will close the branch",
        ),
        (
            "The bridge is safe",
            "The bridge is safe, and we will close it tonight all the same",
            "The bridge is not safe",
        ),
    ):
        quote = Quote(
            speaker="Lena Duff",
            variants=(_variant(short, "a"), _variant(longer, "b"), _variant(negation, "c")),
        )
        (conflict,) = quote_conflicts([quote])
        assert _sides(conflict) == [("a",), ("b",), ("c",)], longer
