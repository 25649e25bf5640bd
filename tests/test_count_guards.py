"""Guards from a review of a dropped reading of counts (issue 7): it tied every report's count of
one noun (drivers, households, homes ...) as the story's one group and called a later, larger
count of a group's size a disagreement. Main reads these right, and they must stay right:
- a count that really grows through the day (people rescued, homes without power, workers who
  tested positive) is an update from the earlier report to the later one, never a conflict;
- two different groups counted with one noun (the drivers a firm employs, the drivers who walked
  out) are two counts: neither a conflict nor an update.
Each report is built once (module-scoped fixtures). All texts, places and outlets are invented."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from bylines.types import Conflict, Report
from dated_reports import report_of

DAY = "2031-05-06T"
TALKS_A = (
    "Talks between Corlane Transit and the union went on on Monday, officials said. "
    "Both sides met at the depot. "
)
TALKS_B = "The Corlane Transit dispute dragged on. Union officials met managers again. "
FLOOD_A = "Floods hit the town of Wexmoor on Sunday, the council said. Roads were closed. "
FLOOD_B = "Wexmoor was cleaning up after the floods. The river burst its banks overnight. "


@dataclass(frozen=True)
class Rise:
    """Reports (text, published) of a count that grows, and its values as the update gives them,
    earliest report first."""

    name: str
    reports: tuple[tuple[str, str], ...]
    values: tuple[str, ...]


@dataclass(frozen=True)
class TwoGroups:
    """Two reports, each counting a different group with one noun (``counts`` as written)."""

    name: str
    first: str
    second: str
    counts: tuple[str, str]


def _rise(
    name: str,
    early: str,
    late: str,
    values: tuple[str, str],
    hours: tuple[str, str] = ("09:00", "16:00"),
) -> Rise:
    """A count from a report of ``early`` to a later one of ``late``, the same day."""
    return Rise(name, ((early, DAY + hours[0]), (late, DAY + hours[1])), values)


RISES = (
    _rise(
        "customers_without_power",
        "Storm Maren brought down power lines across Dunwick on Tuesday. About 12,000 customers "
        "were without power, the network operator said.",
        "Storm Maren has caused damage across Dunwick. Some 31,000 customers were without "
        "power, Dunwick Power said.",
        ("About 12,000", "Some 31,000"),
    ),
    _rise(
        "customers_now_without_power",
        "Storm Maren brought down power lines across Dunwick on Tuesday. About 12,000 customers "
        "were without power, the network operator said.",
        "Storm Maren has caused damage across Dunwick. Some 31,000 customers are now without "
        "power, Dunwick Power said.",
        ("About 12,000", "Some 31,000"),
    ),
    _rise(
        "people_without_power",
        "Storm Maren brought down power lines across Dunwick on Tuesday. About 12,000 people "
        "were without power, the network operator said.",
        "Storm Maren has caused damage across Dunwick. Some 31,000 people were without power, "
        "Dunwick Power said.",
        ("About 12,000", "Some 31,000"),
    ),
    Rise(
        "customers_without_power_three_reports",
        (
            (
                "Storm Maren brought down power lines across Dunwick on Tuesday. About 12,000 "
                "customers were without power, the network operator said.",
                DAY + "09:00",
            ),
            (
                "Storm Maren knocked out power across Dunwick. Some 20,000 customers were "
                "without power at midday, Dunwick Power said.",
                DAY + "12:10",
            ),
            (
                "Storm Maren has caused damage across Dunwick. Around 31,000 customers were "
                "without power, the operator said.",
                DAY + "17:20",
            ),
        ),
        ("About 12,000", "Some 20,000", "Around 31,000"),
    ),
    _rise(
        "homes_lost_power",
        "High winds swept across the Tarrin valley on Tuesday. Around 4,500 homes lost power, "
        "the utility said.",
        "Gales battered the Tarrin valley. About 9,800 homes lost power, according to the utility.",
        ("Around 4,500", "About 9,800"),
    ),
    _rise(
        "households_told_to_boil_water",
        "A main burst at the Pellby treatment works on Tuesday. Some 3,200 households were told "
        "to boil their water.",
        "The boil-water notice in Pellby was widened after more tests. About 5,600 households "
        "were told to boil their water, Pellby Water said.",
        ("Some 3,200", "About 5,600"),
    ),
    _rise(
        "boil_water_notice_extended_in_the_headline",
        "Boil-water notice for Pellby\n\nA main burst at the Pellby treatment works on Tuesday. "
        "Some 3,200 households were told to boil their water.",
        "Boil-water notice extended to more homes\n\nThe boil-water notice in Pellby was "
        "extended after more tests. About 5,600 households were told to boil their water, "
        "Pellby Water said.",
        ("Some 3,200", "About 5,600"),
    ),
    _rise(
        "households_left_without_water",
        "A main burst in Wexmoor on Tuesday. About 2,000 households were left without water, "
        "the water board said.",
        "Repairs to the Wexmoor main went on into the evening. Some 6,500 households were left "
        "without water, the water board said.",
        ("About 2,000", "Some 6,500"),
        hours=("07:30", "19:00"),
    ),
    _rise(
        "workers_balloted",
        "Staff at the Harlow Street depot voted on Tuesday over pay. The union balloted 1,200 "
        "workers at the site.",
        "The Harlow Street depot ballot closed after a day of voting. Some 1,450 workers were "
        "balloted, the union said.",
        ("1,200", "Some 1,450"),
    ),
    _rise(
        "drivers_joined_the_strike",
        "Bus services in Ostrel were halted on Tuesday as drivers walked out. About 300 drivers "
        "joined the strike at dawn, the union said.",
        "Ostrel's bus strike spread through the day. Some 700 drivers joined the strike, "
        "according to the union.",
        ("About 300", "Some 700"),
    ),
    _rise(
        "drivers_had_joined_by_the_afternoon",
        "Bus services in Ostrel were halted on Tuesday as drivers walked out. About 300 drivers "
        "joined the strike at dawn, the union said.",
        "Ostrel's bus strike spread through the day. By the afternoon some 700 drivers had "
        "joined the strike, according to the union.",
        ("About 300", "some 700"),
    ),
    Rise(
        "drivers_joined_the_strike_next_day",
        (
            (
                "Bus services in Ostrel were halted on Tuesday as drivers walked out. About 300 "
                "drivers joined the strike, the union said.",
                "2031-05-06T08:00",
            ),
            (
                "Ostrel's bus strike entered its second day on Wednesday. Some 700 drivers "
                "joined the strike, according to the union.",
                "2031-05-07T08:00",
            ),
        ),
        ("About 300", "Some 700"),
    ),
    _rise(
        "passengers_rescued",
        "A ferry caught fire off Tollan Point on Tuesday. Coastguards rescued 40 passengers from "
        "the water, officials said.",
        "The burning ferry off Tollan Point was abandoned. Coastguards rescued 112 passengers, "
        "officials said.",
        ("40", "112"),
        hours=("09:00", "13:00"),
    ),
    _rise(
        "passengers_have_been_rescued_so_far",
        "A ferry caught fire off Tollan Point on Tuesday. Coastguards have rescued 40 "
        "passengers, officials said.",
        "The burning ferry off Tollan Point was abandoned. Coastguards have rescued 112 "
        "passengers so far, officials said.",
        ("40", "112"),
        hours=("09:00", "13:00"),
    ),
    _rise(
        "miners_brought_to_the_surface",
        "A mine shaft collapsed at Garrow on Tuesday. Rescuers brought 12 miners to the "
        "surface, the company said.",
        "Rescue work went on at the Garrow mine. Rescuers brought 27 miners to the surface, "
        "the company said.",
        ("12", "27"),
        hours=("09:00", "18:00"),
    ),
    _rise(
        "workers_tested_positive",
        "An outbreak was confirmed at the Felby meat plant on Tuesday. Forty workers tested "
        "positive, health officials said.",
        "Health officials confirmed the Felby outbreak. Sixty-two workers tested positive, the "
        "officials said.",
        ("Forty", "Sixty-two"),
    ),
    _rise(
        "hikers_found",
        "Snow trapped walkers on Ben Carrick on Tuesday. Mountain rescue teams found 9 hikers, "
        "police said.",
        "Mountain rescue teams searched Ben Carrick all day. Teams found 15 hikers, police said.",
        ("9", "15"),
        hours=("10:00", "18:00"),
    ),
    _rise(
        "passengers_stranded",
        "Snow closed Dunwick airport on Tuesday. About 800 passengers were stranded, the "
        "airport said.",
        "Dunwick airport stayed shut. Some 2,100 passengers were stranded, the airport said.",
        ("About 800", "Some 2,100"),
        hours=("09:00", "17:00"),
    ),
    _rise(
        "pupils_sent_home",
        "A gas leak closed Marlow High School on Tuesday. About 120 pupils were sent home, the "
        "council said.",
        "Marlow High School stayed closed after the leak. Some 480 pupils were sent home, the "
        "council said.",
        ("About 120", "Some 480"),
        hours=("09:00", "14:00"),
    ),
    _rise(
        "customers_could_not_log_in",
        "A fault hit Fennet Bank's app on Tuesday. About 20,000 customers could not log in, the "
        "bank said.",
        "Fennet Bank's outage went on all day. Some 85,000 customers could not log in, the "
        "bank said.",
        ("About 20,000", "Some 85,000"),
        hours=("09:00", "18:00"),
    ),
    _rise(
        "fans_queued",
        "Tickets for the Carrick Arena concert went on sale on Tuesday. About 4,000 fans queued "
        "outside the arena, organisers said.",
        "The Carrick Arena ticket sale drew huge crowds. Some 9,000 fans queued for tickets, "
        "organisers said.",
        ("About 4,000", "Some 9,000"),
        hours=("08:00", "13:00"),
    ),
    _rise(
        "households_registered_for_a_grant",
        "Flood victims in Wexmoor began claiming aid on Tuesday. So far 240 households have "
        "registered for the council's grant.",
        "Wexmoor's flood grant scheme opened on Tuesday. Some 310 households have registered, "
        "the council said.",
        ("240", "Some 310"),
        hours=("09:00", "17:00"),
    ),
    _rise(
        "people_registered_for_a_grant",
        "Flood victims in Wexmoor began claiming aid on Tuesday. So far 240 people have "
        "registered for the council's grant.",
        "Wexmoor's flood grant scheme opened on Tuesday. Some 310 people have registered, the "
        "council said.",
        ("240", "Some 310"),
        hours=("09:00", "17:00"),
    ),
    _rise(
        "patients_moved",
        "A fire alarm forced staff at Dunwick General to move patients on Tuesday. About 30 "
        "patients were moved to other wards.",
        "Dunwick General's fire alarm disrupted care all day. Some 75 patients were moved to "
        "other wards, the trust said.",
        ("About 30", "Some 75"),
        hours=("09:00", "15:00"),
    ),
    _rise(
        "households_evacuated",
        FLOOD_A + "About 300 households were evacuated.",
        FLOOD_B + "Some 420 households were evacuated, the council said.",
        ("About 300", "Some 420"),
        hours=("09:00", "15:00"),
    ),
)

TWO_GROUPS = (
    TwoGroups(
        "drivers_employed_and_drivers_who_walked_out",
        TALKS_A + "The company employs 450 drivers at the Harlow Street depot.",
        TALKS_B + "About 120 drivers joined the walkout, the union said.",
        ("450", "120"),
    ),
    TwoGroups(
        "drivers_balloted_and_drivers_the_union_represents",
        TALKS_A + "Unitra said 1,400 drivers were balloted over the offer.",
        TALKS_B + "The union represents about 2,100 drivers at the firm.",
        ("1,400", "2,100"),
    ),
    TwoGroups(
        "households_without_water_and_homes_flooded",
        FLOOD_A + "About 3,000 households were left without water.",
        FLOOD_B + "Some 400 homes were flooded, the fire service said.",
        ("3,000", "400"),
    ),
    TwoGroups(
        "households_in_a_village_and_households_that_lost_power",
        FLOOD_A + "The village has about 600 households.",
        FLOOD_B + "Some 250 households lost power overnight.",
        ("600", "250"),
    ),
    TwoGroups(
        "homes_burned_and_homes_threatened",
        "A wildfire swept through the hills above Castor on Sunday, officials said. Crews "
        "fought it all night. The blaze burned 45 homes.",
        "Fire crews were battling the Castor wildfire. Winds fanned the flames. Some 300 homes "
        "were threatened by the fire.",
        ("45", "300"),
    ),
    TwoGroups(
        "drivers_who_saw_a_crash_and_drivers_in_the_tailback",
        "A lorry overturned on the Ashby bypass near Kelvy on Monday, police said. The road was "
        "closed. Officers spoke to 30 drivers who saw the crash.",
        "The Ashby bypass near Kelvy reopened after a lorry crash. Traffic was diverted. About "
        "80 drivers were caught in the tailback.",
        ("30", "80"),
    ),
    TwoGroups(
        "bus_drivers_and_lorry_drivers",
        "Bus and lorry drivers protested in Ostrel on Monday, police said. Roads were blocked. "
        "About 200 bus drivers took part.",
        "Ostrel's roads were jammed by the protest. Organisers were pleased. Some 350 lorry "
        "drivers joined in.",
        ("200", "350"),
    ),
    TwoGroups(
        "drivers_on_an_app_and_drivers_at_a_protest",
        "Ride-hail drivers protested outside Ridely's Velmouth office on Monday. The firm "
        "listened. Ridely has 12,000 drivers in the city.",
        "The Ridely protest blocked traffic in central Velmouth. Police watched. About 3,000 "
        "drivers took part, organisers said.",
        ("12,000", "3,000"),
    ),
    TwoGroups(
        "households_surveyed_and_households_affected",
        FLOOD_A + "A survey of 2,000 households found most had no flood insurance.",
        FLOOD_B + "About 1,500 households were affected, the council said.",
        ("2,000", "1,500"),
    ),
    TwoGroups(
        "people_and_drivers_at_one_protest",
        "About 2,000 people joined a go-slow protest on the Tarrow road on Monday over fuel "
        "prices.",
        "About 400 drivers joined a go-slow protest on the Tarrow road on Monday over fuel prices.",
        ("2,000", "400"),
    ),
    TwoGroups(
        "homes_planned_and_homes_flooded",
        FLOOD_A + "Developers plan to build 500 homes on the flood plain.",
        FLOOD_B + "Some 380 homes were flooded, the fire service said.",
        ("500", "380"),
    ),
    TwoGroups(
        "apartments_in_a_tower_and_households_moved",
        "A fire broke out in the Dunwick Tower block on Monday, the fire brigade said. Crews "
        "arrived within minutes. The tower contains 120 apartments.",
        "Firefighters tackled the Dunwick Tower blaze. Residents gathered outside. About 90 "
        "households were moved into hotels.",
        ("120", "90"),
    ),
    TwoGroups(
        "drivers_arrested_and_drivers_questioned",
        "Two cars collided on the A-road near Pellby on Monday, police said. The road was shut. "
        "Two drivers were arrested.",
        "A crash closed the A-road near Pellby. Police attended. Three drivers were questioned "
        "by officers.",
        ("Two", "Three"),
    ),
    TwoGroups(
        "drivers_short_and_drivers_hired",
        TALKS_A + "The company said it was 90 drivers short.",
        TALKS_B + "Corlane Transit has hired 150 drivers this year.",
        ("90", "150"),
    ),
)


def _figures(report: Report) -> tuple[Conflict, ...]:
    """The report's conflicts and updates of figures (names disagree in other ways)."""
    return tuple(c for c in report.conflicts + report.updates if c.kind != "name")


def _says(conflict: Conflict, count: str) -> bool:
    """Whether one side of the conflict gives the count as written (in any case, with or
    without a word of size such as 'about')."""
    pattern = rf"(?<![\w,-]){re.escape(count)}(?![\w,-])"
    return any(re.search(pattern, p.value, re.IGNORECASE) for p in conflict.positions)


@pytest.fixture(scope="module", params=RISES, ids=lambda rise: rise.name)
def rise(request: pytest.FixtureRequest) -> tuple[Rise, Report]:
    case: Rise = request.param
    return case, report_of(*case.reports)


@pytest.fixture(scope="module", params=TWO_GROUPS, ids=lambda groups: groups.name)
def two_groups(request: pytest.FixtureRequest) -> tuple[TwoGroups, Report]:
    case: TwoGroups = request.param
    return case, report_of((case.first, DAY + "09:00"), (case.second, DAY + "09:30"))


def test_a_count_that_grows_through_the_day_is_one_update(rise: tuple[Rise, Report]) -> None:
    case, report = rise
    (update,) = [u for u in report.updates if u.kind != "name"]
    assert tuple(p.value for p in update.positions) == case.values
    assert tuple(p.sources for p in update.positions) == tuple(
        (f"a{i}",) for i in range(len(case.values))
    )


def test_a_count_that_grows_through_the_day_is_no_conflict(rise: tuple[Rise, Report]) -> None:
    case, report = rise
    subjects = {u.subject for u in report.updates}
    assert [c for c in report.conflicts if c.subject in subjects] == []
    assert [c for c in report.conflicts if any(_says(c, v) for v in case.values)] == []


def test_two_groups_counted_with_one_noun_are_two_counts(
    two_groups: tuple[TwoGroups, Report],
) -> None:
    case, report = two_groups
    first, second = case.counts
    assert [c for c in _figures(report) if _says(c, first) and _says(c, second)] == []
