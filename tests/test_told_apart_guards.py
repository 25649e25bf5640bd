"""Guards from two reviews of a dropped branch (issue 7) that told two figures APART when a word
near one of them looked like a sign of another thing: a state that goes on ('still', 'remained'),
a limit, a standing size ('employs', 'represents'), 'another'/'a further', a planned sum, or
'bringing the total to'. In each case below the word sits beside the figure but the two reports
still give one thing two values (the day a ferry sank, the people a crash killed, the staff of one
plant), so main finds a true conflict and it must stay found, with each value on its own outlet.
Each report is built once (a module-scoped fixture). All texts, places and outlets are invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

PUBLISHED = "2031-06-17T10:00"


@dataclass(frozen=True)
class Disagreement:
    """Two reports of one event (Outlet 0 = a0, Outlet 1 = a1) and the values of the one thing
    they give differently, as written, each with its outlet."""

    name: str
    first: str
    second: str
    values: tuple[str, str]


CASES = (
    # A standing size: what a firm employs, a union represents, a school enrols is one count.
    Disagreement(
        "employs_vs_has_workers",
        "The Caddow works in Fenmere employs 360 workers, the company said.",
        "The Caddow works in Fenmere has 630 workers, the union said.",
        ("360", "630"),
    ),
    Disagreement(
        "search_employed_vs_joined",
        "The search in Ossingham employed 150 soldiers, the army said.",
        "Some 350 soldiers joined the search in Ossingham, the army said.",
        ("150", "Some 350"),
    ),
    Disagreement(
        "represents_vs_speaks_for",
        "The union represents 2,400 drivers at Harl Coaches.",
        "The union, which speaks for 1,800 drivers at Harl Coaches, called the stoppage.",
        ("2,400", "1,800"),
    ),
    Disagreement(
        "enrols_vs_has_pupils",
        "Brackwell College enrols 700 pupils, the council said.",
        "Brackwell College has 1,100 pupils, the principal said.",
        ("700", "1,100"),
    ),
    Disagreement(
        "a_staff_of_vs_its_staff",
        "The clinic, with a staff of 300, was evacuated.",
        "The clinic's 800 staff were evacuated on Monday.",
        ("300", "800"),
    ),
    Disagreement(
        "represents_vs_all_walked_out",
        "The union, which represents 2,400 drivers at Harl Coaches, called the stoppage.",
        "All 1,800 drivers at Harl Coaches walked out on Monday, the union said.",
        ("2,400", "1,800"),
    ),
    Disagreement(
        "represented_who_joined_vs_joined",
        "The union represented 1,300 drivers who joined the stoppage at Harl Coaches.",
        "About 1,100 drivers joined the stoppage at Harl Coaches, the firm said.",
        ("1,300", "About 1,100"),
    ),
    # 'Another' / 'a second' before the figure's own happening: its day is still that happening's.
    Disagreement(
        "another_hurt_when_the_quake_struck",
        "Another 30 people were hurt when the quake struck Dellow on Tuesday, officials said.",
        "The quake struck Dellow on Wednesday, officials said.",
        ("Tuesday", "Wednesday"),
    ),
    Disagreement(
        "another_survivor_said_sank",
        "Another survivor said the ferry Kestra sank off Pellan Head on Tuesday.",
        "The ferry Kestra sank off Pellan Head on Wednesday, the coastguard said.",
        ("Tuesday", "Wednesday"),
    ),
    Disagreement(
        "a_second_report_said_burst",
        "A second report said the Lorrin dam burst on Tuesday.",
        "The Lorrin dam burst on Thursday, engineers said.",
        ("Tuesday", "Thursday"),
    ),
    # A state in another part of the sentence ('still', 'remained', 'staying', 'a stay').
    Disagreement(
        "court_granted_a_stay",
        "The court granted a stay on Tuesday in the Marrick case.",
        "The court granted a stay on Thursday in the Marrick case.",
        ("Tuesday", "Thursday"),
    ),
    Disagreement(
        "still_unknown_attackers_struck",
        "Attackers whose identity is still unknown struck Wendle on Tuesday.",
        "Attackers struck the town of Wendle on Thursday, police said.",
        ("Tuesday", "Thursday"),
    ),
    Disagreement(
        "guests_staying_fled_as_it_burned",
        "Guests staying there fled on Tuesday as the Corvin inn burned.",
        "The Corvin inn burned on Thursday, firefighters said.",
        ("Tuesday", "Thursday"),
    ),
    Disagreement(
        "opening_day_bridge_still_carried_traffic",
        "On Tuesday, a bridge that still carried traffic collapsed in Harrowgate.",
        "The bridge in Harrowgate collapsed on Thursday, officials said.",
        ("Tuesday", "Thursday"),
    ),
    Disagreement(
        "opening_day_rescuers_who_had_remained",
        "On Tuesday, rescuers who had remained nearby pulled 9 people from the rubble in Tessby.",
        "Rescuers pulled 9 people from the rubble in Tessby on Thursday.",
        ("Tuesday", "Thursday"),
    ),
    # A limit named in the sentence is not the figure the sentence gives.
    Disagreement(
        "over_the_drink_drive_limit_killed",
        "A van driver over the drink-drive limit killed three people on the Brindle road.",
        "A van driver killed six people on the Brindle road, police said.",
        ("three", "six"),
    ),
    Disagreement(
        "over_the_limit_crashed_on",
        "A van driver twice over the limit crashed on the Brindle road on Tuesday.",
        "A van driver crashed on the Brindle road on Wednesday, police said.",
        ("Tuesday", "Wednesday"),
    ),
    Disagreement(
        "within_the_city_limits_destroyed",
        "The blaze destroyed 14 homes within the city limits of Dellow.",
        "The blaze destroyed 22 homes in Dellow, officials said.",
        ("14", "22"),
    ),
    Disagreement(
        "tested_the_limits_flooded",
        "The storm tested the limits of the flood barrier and flooded 250 homes in Ashcombe.",
        "The storm flooded 110 homes in Ashcombe, the council said.",
        ("250", "110"),
    ),
    Disagreement(
        "against_the_time_limit_pulled",
        "Rescuers racing against the time limit pulled 35 survivors from the pit in Harsley.",
        "Rescuers pulled 20 survivors from the pit in Harsley, officials said.",
        ("35", "20"),
    ),
    Disagreement(
        "fell_by_the_daily_limit",
        "Shares in Orlan Rail fell by the daily limit of 10 percent on Monday.",
        "Shares in Orlan Rail fell 6 percent on Monday, traders said.",
        ("10 percent", "6 percent"),
    ),
    Disagreement(
        "within_the_limits_of_a_zone",
        "Residents within the limits of 15 km around the Ferrow plant were evacuated.",
        "Residents within 25 km of the Ferrow plant were evacuated, officials said.",
        ("15 km", "25 km"),
    ),
    # A planned or budgeted sum of one thing is that thing's sum.
    Disagreement(
        "long_planned_repairs_cost",
        "The long-planned repairs to the Saltby jetty cost 4 million pounds, the council said.",
        "Repairs to the Saltby jetty cost 7 million pounds, the council said.",
        ("4 million pounds", "7 million pounds"),
    ),
    Disagreement(
        "budgeted_vs_the_budget_was",
        "The council budgeted 4 million pounds for the Saltby jetty repairs.",
        "The council's budget for the Saltby jetty repairs was 7 million pounds.",
        ("4 million pounds", "7 million pounds"),
    ),
    Disagreement(
        "the_planned_stadium",
        "The planned 30 million pound arena in Kelsham was approved on Monday.",
        "The 50 million pound arena in Kelsham was approved on Monday.",
        ("30 million pound", "50 million pound"),
    ),
    Disagreement(
        "planned_vs_announced_cuts",
        "Orlan Rail planned 200 million dollars of cuts, the company said.",
        "Orlan Rail announced 400 million dollars of cuts, the company said.",
        ("200 million dollars", "400 million dollars"),
    ),
    # 'Bringing the total to' gives a total; the figure before it is still the day's own.
    Disagreement(
        "same_total_different_day_counts",
        "Floods in Amberlow killed eight people on Tuesday, bringing the total number of dead "
        "to 35.",
        "Floods in Amberlow killed 14 people on Tuesday, bringing the total number of dead to 35.",
        ("eight", "14"),
    ),
    Disagreement(
        "bringing_a_total_in_another_clause",
        "The quake killed 260 people in Dellow and aftershocks injured 50 more, bringing the total "
        "injured to 1,100.",
        "The quake killed 210 people in Dellow, officials said.",
        ("260", "210"),
    ),
    Disagreement(
        "taking_the_year_total",
        "Police said 64 people died in the Tessby quake, taking the total for the year to 250.",
        "Police said 95 people died in the Tessby quake.",
        ("64", "95"),
    ),
    Disagreement(
        "bringing_the_total_rescued",
        "Rescuers pulled 11 people from the rubble in Tessby on Wednesday, bringing the total "
        "rescued to 70.",
        "Rescuers pulled 26 people from the rubble in Tessby on Wednesday, officials said.",
        ("11", "26"),
    ),
)


@pytest.fixture(scope="module", params=CASES, ids=[case.name for case in CASES])
def told(request: pytest.FixtureRequest) -> tuple[Disagreement, Report]:
    case: Disagreement = request.param
    return case, report_of((case.first, PUBLISHED), (case.second, PUBLISHED))


def test_the_two_values_are_a_conflict_each_on_its_outlet(
    told: tuple[Disagreement, Report],
) -> None:
    case, report = told
    first, second = case.values
    found = [sides(conflict) for conflict in report.conflicts]
    assert {first: ("a0",), second: ("a1",)} in found, found
