"""The review of slots33's cases, kept as they read on main: slots33's three readings (a count
said to have risen 'so far' as a series, a clock time naming a service, a record in an apposition)
were taken out because each turned some of these into a false update, a false conflict or a lost
conflict. Whoever brings a reading back must keep these outputs. All texts are invented (places,
people, outlets, counts).
"""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def _report(*texts: str) -> Report:
    return build_report(articles_of(list(texts)), models=MODELS)


MUDSLIDE = "A mudslide buried part of the village of Orra on Thursday night.\n"
SEARCH = "\nSoldiers joined the search on Friday afternoon."
DIED_15 = f"{MUDSLIDE}Officials said 15 people died in the mudslide.{SEARCH}"
COACH = (
    "A baby girl was born on the night coach from Pellgrave to Ostmark on Tuesday.\n"
    "The mother, Rina Vall, went into labour near Ostmark.\n"
)
LANDSLIDE = "A landslide blocked the Crail Pass road near Hennock on Thursday.\n"
BRIDGE = (
    "A footbridge collapsed over the River Amber in Dornby on Saturday.\n"
    "Fans were leaving a football match when the deck gave way.\n"
)

# A 'now', 'to date' or 'currently' outside the risen figure's own clause, or a risen figure dated
# to a day, or the other report's figure dated before the rise: the two counts still disagree.
STILL_CONFLICTS = {
    "now deleted (d03)": (
        f"{COACH}Harrow Coaches' post about the birth, now deleted, was shared 11,000 times, "
        "up from 4,000 at lunchtime.",
        f"{COACH}Harrow Coaches' post about the birth was shared 19,000 times before it was "
        "taken down.",
        ("11,000", "19,000"),
    ),
    "now in another clause (d11)": (
        f"{LANDSLIDE}The number of vehicles trapped rose from 30 to 45 on Thursday, and the road "
        "is now closed until further notice.\nDrivers were led out on foot.",
        f"{LANDSLIDE}Police said 60 vehicles were trapped.\nDrivers were led out on foot.",
        ("45", "60"),
    ),
    "other figure dated before (d13)": (
        f"{BRIDGE}The death toll has now risen to 14, up from 9 on Saturday night.",
        f"{BRIDGE}By Saturday afternoon, 21 people had died in the collapse, police said.",
        ("14", "21"),
    ),
    "to date of the disaster (d18)": (
        f"{MUDSLIDE}The death toll rose to 12 on Friday, up from 8, making it the region's worst "
        f"disaster to date.{SEARCH}",
        DIED_15,
        ("12", "15"),
    ),
    "currently of the road (d19)": (
        f"{MUDSLIDE}The death toll rose to 12 on Friday, up from 8, and the main road is "
        f"currently shut.{SEARCH}",
        DIED_15,
        ("12", "15"),
    ),
    "now of the saying (d20)": (
        f"{MUDSLIDE}Police now say the death toll rose to 12 on Thursday night, up from the 8 "
        f"first reported.{SEARCH}",
        f"{MUDSLIDE}Officials said 15 people died on Thursday night.{SEARCH}",
        ("12", "15"),
    ),
}


@pytest.mark.parametrize("case", STILL_CONFLICTS, ids=list(STILL_CONFLICTS))
def test_a_rise_with_now_elsewhere_still_conflicts(case: str) -> None:
    first, second, (low, high) = STILL_CONFLICTS[case]
    report = _report(first, second)
    (conflict,) = report.conflicts
    assert sides(conflict) == {low: ("a0",), high: ("a1",)}
    assert report.updates == ()


TRAIN_STUCK = (
    "A commuter train broke down near Wendle on Monday, leaving about 300 passengers stuck for "
    "two hours.\nPassengers were eventually moved onto the 08:42 to Castlebridge.\n"
    "Network operator Linemark apologised for the delay."
)
HARNMOOR = (
    "The 08:12 from Harnmoor broke down near Wendle on Monday, stranding about 300 passengers.\n"
    "A Linemark spokesman said a faulty brake was to blame.\n"
    "Passengers were later put on another train."
)
CASTLE = (
    "About 300 commuters on the 08:12 Harnmoor to Castlebridge service were stuck for two hours "
    "near Wendle on Monday.\nLinemark said a faulty brake was to blame."
)
TWO_TRAINS = (
    "Eleven people were hurt when the 07:50 from Dunmere ran into the back of another passenger "
    "train near Pell Junction on Tuesday.\nThe line was closed for the day.",
    "Eleven people were hurt when a train ran into the back of the 08:05 to Ashby near Pell "
    "Junction on Tuesday.\nThe line was closed for the day.",
)


def test_the_service_passengers_were_moved_to_disputes_nothing() -> None:
    assert _report(TRAIN_STUCK, HARNMOOR, CASTLE).conflicts == ()  # review c06


def test_two_trains_of_one_collision_dispute_nothing() -> None:
    assert _report(*TWO_TRAINS).conflicts == ()  # review c07


FLOOD = "The River Tamsin burst its banks in Holloway on Sunday, flooding 200 homes.\n"


def test_a_record_of_a_past_flood_is_no_rival_or_earlier_level() -> None:
    past = (
        f"{FLOOD}Sandbags were handed out at the fire station.\n"
        "When the river last flooded the town, it rose to 5.2 metres, the highest since 1947."
    )
    report = _report(past, f"{FLOOD}Water at the town bridge rose to 4.6 metres.")
    assert report.conflicts == ()  # review a06
    assert report.updates == ()


def test_a_record_of_a_past_season_is_no_rival_count() -> None:
    signed = "Striker Tomas Heller has signed a new three-year deal with Penmore.\n"
    past = (
        f"{signed}In his first season at the club, Heller scored 31 goals, the most by a Penmore "
        "player since 1988."
    )
    report = _report(
        past, f"{signed}Heller has scored 22 goals this season, manager Rob Ince said."
    )
    assert report.conflicts == ()  # review a13b
    assert report.updates == ()
