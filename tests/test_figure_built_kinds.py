"""One built thing called by two nouns of its kind: a ship's age against the ferry's build
year, a tower's against the block's; and the look-alikes that are other things of the kind."""

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


def test_a_ships_age_meets_the_ferrys_build_year() -> None:
    report = report_of(SHIP.format("ship"), FERRY.format("The ferry"))
    assert built_years(report) == [{"33-year-old": ("a0",), "1989": ("a1",)}]


def test_a_towers_age_meets_the_blocks_build_year() -> None:
    report = report_of(
        "Gas leaked in Corrin House on Sunday. Corrin House, a 22-storey block built in 1968, "
        "has 118 flats.",
        "Residents of Corrin House were moved out on Sunday. The 55-year-old tower, which has "
        "118 flats, was last inspected in March.",
    )
    assert built_years(report) == [{"1968": ("a0",), "55-year-old": ("a1",)}]


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
