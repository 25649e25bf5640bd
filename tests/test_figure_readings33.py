"""Readings an unseen check (fresh32) found narrow, second part, each with look-alikes that must
not change (issue 7). All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities
from bylines.types import Report
from dated_reports import report_of, sides

PUBLISHED = "2031-03-20T09:00"


def _report(*texts: str) -> Report:
    return report_of(*((text, PUBLISHED) for text in texts))


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.dimension) for q in extract_quantities(text)]


# A2: pounds taken in or from fines, fees, donations are a sum, not a weight.
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wardens collected 3,400 pounds in fines.", [("3,400 pounds", "money")]),
        ("It took 900 pounds from parking fees.", [("900 pounds", "money")]),
        ("Wardens collected 3,400 pounds in unpaid parking fines.", [("3,400 pounds", "money")]),
        # look-alikes: weights stay weights
        ("She gave birth to a 9-pound baby.", [("9-pound", "weight")]),
        ("The boat landed 300 pounds of fish.", [("300 pounds", "weight")]),
        ("The crew lost 3,400 pounds in weight.", [("3,400 pounds", "weight")]),
        ("The van carried 300 pounds in sacks.", [("300 pounds", "weight")]),
        # review e10: goods among the free words, or a verb of holding, keep a weight
        (
            "The drive brought in 3,000 pounds in canned food donations.",
            [("3,000 pounds", "weight")],
        ),
        ("Volunteers gathered 2,600 pounds from food donations.", [("2,600 pounds", "weight")]),
        ("The bin held 200 pounds from the food donations.", [("200 pounds", "weight")]),
        ("The bin held 200 pounds in donations.", [("200 pounds", "weight")]),
        ("They took 800 pounds in cash donations.", [("800 pounds", "money")]),
    ],
)
def test_pounds_taken_in_fines_are_a_sum(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("£4,100", [{"3,400 pounds": ("a0",), "£4,100": ("a1",)}]),
        ("£3,400", []),  # the same sum in another form
    ],
)
def test_pounds_in_fines_meet_another_outlets_sum_in_pounds_sterling(
    other: str, conflicts: list[dict[str, tuple[str, ...]]]
) -> None:
    report = _report(
        "Wardens in Dunmere collected 3,400 pounds in fines from drivers last year.",
        f"Wardens in Dunmere collected {other} in fines from drivers last year.",
    )
    assert [sides(c) for c in report.conflicts] == conflicts


# A4: an age given by a copula after a person presented by a role or a word of family.
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Her mum Ilka is twenty-nine.", [("twenty-nine", "age")]),
        ("Her mum Ilka Brand is 29 and lives in Orrendale.", [("29", "age")]),
        ("The driver Tam Orr was 52.", [("52", "age")]),
        ("Her uncle Tam Orr is 61.", [("61", "age")]),
        ("Her nan Ilka is 80.", [("80", "age")]),
        # look-alikes: no person, no age's end, an ordinal, a count of points
        ("The bridge is 29 metres long.", [("29 metres", "distance")]),
        ("The score is 29.", [("29", "count")]),
        ("The river Tay is 29.", [("29", "count")]),
        ("Ilka is 29th in the queue.", []),
        ("Her brother Tam is 29 points behind.", [("29", "count")]),
        ("A mum of three was hurt.", [("three", "count")]),
        # review: a firm's partner is no kin
        ("Its partner Kelda Energy is 49.", [("49", "count")]),
    ],
)
def test_an_age_said_of_a_named_person_by_a_copula(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


_BIRTH = "Ilka Brand gave birth to a girl on the Harnmoor ferry on Sunday."


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("Ilka Brand, 31, gave birth on the ferry.", [{"twenty-nine": ("a0",), "31": ("a1",)}]),
        ("Ilka Brand, 29, gave birth on the ferry.", []),
        # a firm's age is not hers
        ("The ferry firm is 31 years old.", []),
    ],
)
def test_an_age_by_a_copula_meets_another_outlets_age_of_the_person(
    other: str, conflicts: list[dict[str, tuple[str, ...]]]
) -> None:
    report = _report(f"{_BIRTH}\nHer mum Ilka is twenty-nine.", f"{_BIRTH}\n{other}")
    assert [sides(c) for c in report.conflicts] == conflicts


# A8: megalitres and kilolitres in words, and kilolitres as a water authority's symbol, are
# volumes; 'ML' and 'Ml' are not read as megalitres (a bottle's '500ML' is millilitres).
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The plant can treat 12 megalitres a day.", [("12 megalitres", "volume")]),
        ("The tank holds 12,000 kilolitres.", [("12,000 kilolitres", "volume")]),
        ("The plant held 12 kL on Monday.", [("12 kL", "volume")]),
        ("It released 300 kL.", [("300 kL", "volume")]),
        # look-alikes: a bottle's millilitres (review e17), a recipe's, initials, a league
        ("Each recalled bottle holds 500ML.", []),
        ("The mill uses 12 Ml each day.", [("12", "count")]),
        ("Add 200 ml of milk.", [("200", "count")]),
        ("He scored 12 ML Kell.", [("12", "count")]),
        ("The 12 kL Kell left.", [("12", "count")]),
    ],
)
def test_megalitres_and_kilolitres_are_volumes(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


def test_a_megalitre_is_a_thousand_kilolitres() -> None:
    (mega,) = extract_quantities("It released 40 megalitres.")
    (kilo,) = extract_quantities("It released 40,000 kL.")
    assert (mega.unit, mega.value) == (kilo.unit, kilo.value) == ("litre", 4e7)


_RELEASED = "Orrendale reservoir released {} into the Orren on Tuesday, the water board said."


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("40,000 kilolitres", []),
        ("40 million litres", []),
        ("55 megalitres", [{"40 megalitres": ("a0",), "55 megalitres": ("a1",)}]),
    ],
)
def test_megalitres_meet_another_outlets_volume_by_conversion(
    other: str, conflicts: list[dict[str, tuple[str, ...]]]
) -> None:
    report = _report(_RELEASED.format("40 megalitres"), _RELEASED.format(other))
    assert [sides(c) for c in report.conflicts] == conflicts


def test_a_recipes_millilitres_in_one_outlet_raise_nothing() -> None:
    report = _report(
        _RELEASED.format("40 megalitres") + " Add 200 ml of milk to the scones, ML Kell wrote.",
        _RELEASED.format("40 megalitres"),
    )
    assert report.conflicts == ()


_BOTTLE = (
    "Brightfield Juices recalled 40,000 bottles of apple juice on Tuesday. Each bottle holds {}."
)


def test_a_bottles_millilitres_in_capitals_meet_half_a_litre_without_a_conflict() -> None:
    """Review e17: '500ML' read as 500 megalitres was a false conflict with '0.5 litres'."""
    report = _report(_BOTTLE.format("500ML"), _BOTTLE.format("0.5 litres"))
    assert report.conflicts == ()


_DRIVE = "The Pell County food drive collected 3,000 pounds of food on Saturday, organisers said."


def test_pounds_of_canned_food_donations_stay_a_weight_that_can_disagree() -> None:
    """Review e10: read as money, the donations' weight lost its conflict with 2,600 pounds."""
    report = _report(
        _DRIVE,
        "The food drive brought in 3,000 pounds in canned food donations on Saturday.",
        "Volunteers at the food drive gathered 2,600 pounds from food donations on Saturday.",
    )
    assert [sides(c) for c in report.conflicts] == [
        {"3,000 pounds": ("a0", "a1"), "2,600 pounds": ("a2",)}
    ]
