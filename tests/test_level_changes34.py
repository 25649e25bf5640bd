"""A store's level that a later report gives as changed ('is down to 35 per cent full, from 38
per cent this morning') is an update; levels of other things, or of one moment, stay as they
were (issue 7, figures34: C3 again after the review of figures33, whose cases these are).

Every text is invented.
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.figure_reading import collect_figures
from bylines.types import Article, Claim
from dated_reports import report_of, sides

MORNING, EVENING = "2039-07-04T10:15", "2039-07-04T18:30"
_BAN = "Orrendale Water will bring in a hosepipe ban from Friday."


def _changes(text: str) -> list[tuple[str, bool, bool, int]]:
    """(figure, revised, superseded, direction) of each figure of one sentence."""
    article = Article("a0", text, "Outlet 0", published=MORNING)
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    return [
        (f.quantity.text, f.revised, f.superseded, f.direction)
        for f in collect_figures([claim], [article])
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Calder Reservoir is down to 35 per cent full, from 38 per cent this morning.",
            [("35 per cent", True, False, -1), ("38 per cent", False, True, 0)],
        ),
        ("The toll rose to 14, from 11 at noon.", [("14", True, False, 1), ("11", False, True, 0)]),
        ("Bookings are now down to 40.", [("40", True, False, -1)]),
        # review of figures34: a decimal point, a thousands comma, a hedge after 'from'
        (
            "Brenn reservoir is now down to 35.2 per cent full, from 38.4 per cent this morning.",
            [("35.2 per cent", True, False, -1), ("38.4 per cent", False, True, 0)],
        ),
        (
            "The number evacuated rose to 1,200, from 950 in the morning.",
            [("1,200", True, False, 1), ("950", False, True, 0)],
        ),
        (
            "The toll climbed to 14, from about 11 at noon.",
            [("14", True, False, 1), ("about 11", False, True, 0)],
        ),
        # look-alikes: a clause between the new value and 'from'; a cap with a thousands comma
        (
            "The toll rose to 14, rescuers said, from 3 villages.",
            [("14", True, False, 1), ("3", False, False, 0)],
        ),
        (
            "The ship can carry up to 1,200 passengers, from 3 ports.",
            [("up to 1,200", False, False, 0), ("3", False, False, 0)],
        ),
        # look-alikes: a cap, a margin, a 'from' with no change before it
        (
            "The ferry can carry up to 16 passengers, from 3 ports.",
            [("up to 16", False, False, 0), ("3", False, False, 0)],
        ),
        ("The vote came down to 50 votes.", [("50", False, False, 0)]),
        (
            "The council logged 12 complaints, from 3 villages.",
            [("12", False, False, 0), ("3", False, False, 0)],
        ),
    ],
)
def test_a_change_said_with_down_to_and_a_bare_from(
    text: str, read: list[tuple[str, bool, bool, int]]
) -> None:
    assert _changes(text) == read


def test_a_level_a_later_report_gives_as_fallen_is_an_update() -> None:
    report = report_of(
        (f"{_BAN} Calder Reservoir is 38 per cent full.", MORNING),
        (
            f"{_BAN} Calder Reservoir is down to 35 per cent full, from 38 per cent this morning.",
            EVENING,
        ),
    )
    assert [sides(u) for u in report.updates] == [{"35 per cent": ("a1",), "38 per cent": ("a0",)}]
    assert report.conflicts == ()


_SENNET = "A hosepipe ban will start on Friday across the Harrowby district."


@pytest.mark.parametrize(
    ("texts", "conflicts", "updates"),
    [
        # review e7: two levels of one moment disagree, whatever the hours between the reports
        (
            (
                "Lake Sennet reservoir was 41 per cent full on Monday morning, the company said.",
                "Lake Sennet reservoir was 14 per cent full on Monday morning, the company said.",
            ),
            [{"14 per cent": ("a1",), "41 per cent": ("a0",)}],
            [],
        ),
        # review e2: a hospital's level is not a reservoir's; two hospitals' levels conflict
        (
            (
                "Lake Sennet reservoir is 41 per cent full, Harrowby Water said on Monday.",
                "The hospital was running at 95 per cent of capacity on Monday, its managers said.",
            ),
            [],
            [],
        ),
        # review e9: a share price is no water level
        (
            (
                "The Kessock reservoir was 38 per cent full on Monday, Kessock Water said.",
                "Kessock Water stocks fell to 24 per cent below their January price on Monday.",
            ),
            [],
            [],
        ),
    ],
)
def test_levels_of_one_moment_or_of_other_things(
    texts: tuple[str, str],
    conflicts: list[dict[str, tuple[str, ...]]],
    updates: list[dict[str, tuple[str, ...]]],
) -> None:
    report = report_of((f"{texts[0]} {_SENNET}", MORNING), (f"{texts[1]} {_SENNET}", EVENING))
    assert [sides(c) for c in report.conflicts] == conflicts
    assert [sides(u) for u in report.updates] == updates


@pytest.mark.parametrize(
    "texts",
    [
        # review of figures34, e3: a fuel tank is no reservoir
        (
            "Aldgrove reservoir is 38 per cent full, Fenmoor Water said on Thursday.",
            "Aldgrove reservoir, the largest of three lakes that serve Fenmoor, is 38 per cent "
            "full. The fuel tank at the pumping station is 20 per cent full.",
        ),
        # e5: a town's storage tank is no dam
        (
            "Corrow dam is 30 per cent full, the water board said on Friday.",
            "Corrow dam is 30 per cent full, the water board said. The town's main storage tank "
            "is 90 per cent full after tankers refilled it overnight.",
        ),
    ],
)
def test_levels_of_other_stores_are_no_conflict(texts: tuple[str, str]) -> None:
    report = report_of((f"{texts[0]} {_SENNET}", MORNING), (f"{texts[1]} {_SENNET}", EVENING))
    assert report.conflicts == ()


def test_a_hospital_beside_a_loch_and_its_car_park_are_no_conflict() -> None:
    # review of figures34, e11: read as a reservoir's level (88 vs 96) and a hospital's (70 vs 96)
    report = report_of(
        (
            "The Royal Infirmary beside Loch Tarr is 96 per cent full as a flu wave peaks, the "
            "health board said on Monday. Loch Tarr reservoir is 88 per cent full after heavy "
            "rain. The hospital's car park is 70 per cent full, the board said, and visitors "
            "were asked to use the bus.",
            "2032-01-15T08:00",
        ),
        (
            "The Royal Infirmary is 96 per cent full, the health board said on Monday. Medical "
            "director Ailsa Rennie said 40 patients had flu.",
            "2032-01-15T10:00",
        ),
        (
            "The Royal Infirmary hospital is 96 per cent full, the health board said. Forty "
            "patients have flu, medical director Ailsa Rennie said. Loch Tarr reservoir is 88 "
            "per cent full.",
            "2032-01-15T12:00",
        ),
    )
    assert report.conflicts == ()
