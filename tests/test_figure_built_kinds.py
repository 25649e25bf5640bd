"""A built thing's age against another built thing's build year: two things, even in alike
sentences; and two nouns of one kind (a ship, the ferry) not joined into one thing."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str, when: str = "2027-06-14T09:") -> Report:
    """The report of the texts, published a minute apart from ``when`` + "10"."""
    published = [f"{when}{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


def built_years(report: Report) -> list[dict[str, tuple[str, ...]]]:
    """The sides of the conflicts over the year a thing was built."""
    return [sides(c) for c in report.conflicts if c.subject == "year built"]


SHIP = (
    "A ferry ran aground off Holm Point on Sunday. The 33-year-old {} is one of the oldest in "
    "the Tarne Line fleet."
)
FERRY = (
    "A ferry hit rocks off Holm Point on Sunday. {}, built in 1989 at a yard in Ostby, is one "
    "of the oldest on the coast."
)


# review26: joining a ship's age to the ferry's build year, or a tower's to the block's, made
# these false conflicts; such pairs stay as main reads them (neither joined nor told apart)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the year the ferry company was founded is not the ship's
        (
            "A ferry ran aground off Tolland on Friday. The 33-year-old ship had 200 passengers "
            "on board.",
            "A ferry grounded off Tolland on Friday. The ferry company, founded in 1952, said "
            "all 200 passengers were safe.",
        ),
        # 'the vessel' of a story of a tanker and a ferry may be either
        (
            "A tanker and a ferry collided off Varne Head on Monday. The 20-year-old vessel was "
            "carrying 80,000 tonnes of crude oil. Nobody was hurt.",
            "A ferry and an oil tanker collided off Varne Head on Monday. The ferry, built in "
            "1985, was carrying 300 passengers. Nobody was hurt.",
        ),
        # the tower of a church is not the block
        (
            "A storm damaged buildings in Alder on Saturday. The 600-year-old tower of St "
            "Anne's church lost its spire. No one was hurt.",
            "Storm winds hit Alder on Saturday. The block, built in 1970, lost part of its "
            "roof. St Anne's church was also damaged.",
        ),
        # a block the smoke spread to from the tower is another building
        (
            "Fire broke out in a tower in Quell on Friday. The 50-year-old tower has 20 floors. "
            "Some 150 residents were evacuated.",
            "Fire crews were called to Quell on Friday. A block built in 2001 was evacuated "
            "after smoke spread from the tower. Some 150 residents left their homes.",
        ),
    ],
)
def test_things_called_by_two_nouns_of_a_kind_are_not_joined(first: str, second: str) -> None:
    assert built_years(report_of(first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another kind of built thing: the bridge is not the ship
        (SHIP.format("ship"), FERRY.format("The bridge")),
        # two specific vessels are two vessels: the tanker that hit the ferry
        (SHIP.format("tanker"), FERRY.format("The ferry")),
        # a ship called with a modifier is another ship
        (SHIP.format("ferry"), FERRY.format("The cargo ship")),
        # a sentence that names two vessels does not say which one was built when
        (
            SHIP.format("ship"),
            "A ferry hit rocks off Holm Point on Sunday. The ferry, built in 1989 at a yard in "
            "Ostby, is one of the oldest on the coast that a tanker towed.",
        ),
        # ...nor does an age given beside two vessels
        (
            "A ferry ran aground off Holm Point on Sunday. The 33-year-old ship is one of the "
            "oldest in the Tarne Line fleet and a tanker stood by.",
            FERRY.format("The ferry"),
        ),
        (
            "A ferry ran aground off Holm Point on Sunday. The 33-year-old ship, towed by a "
            "tanker, is one of the oldest in the Tarne Line fleet.",
            FERRY.format("The ferry"),
        ),
        # the tower next door is another tower
        (
            "Gas leaked in Corrin House on Sunday. The 55-year-old block has 118 flats.",
            "Corrin House was evacuated on Sunday. The tower next door, built in 1968, has flats "
            "for rent.",
        ),
    ],
)
def test_other_things_of_a_kind_are_not_one_built_year(first: str, second: str) -> None:
    assert built_years(report_of(first, second)) == []


def test_an_age_and_another_things_build_year_in_one_claim_are_apart() -> None:
    # alike enough to be aligned into one claim, but the bridge is not the ship
    report = report_of(
        "A ferry ran aground off Holm Point on Sunday. The 33-year-old ship is one of the "
        "oldest on the coast.",
        "A ferry hit rocks off Holm Point on Sunday. The bridge, built in 1989, is one of the "
        "oldest on the coast.",
    )
    assert built_years(report) == []


def test_an_age_still_meets_its_things_build_year_beside_another_thing() -> None:
    report = report_of(
        "A ferry ran aground off Holm Point on Sunday. The 33-year-old ship is one of the "
        "oldest on the coast.",
        "A ferry hit rocks off Holm Point on Sunday. The ship, built in 1989 near the old "
        "bridge, is one of the oldest on the coast.",
    )
    assert built_years(report) == [{"33-year-old": ("a0",), "1989": ("a1",)}]
