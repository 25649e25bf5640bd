"""Figures that are not this event's, seen on real reports (ECB+, DUC) and written here in
invented words: what things of a kind may do, another quake dated to an earlier month, the
day of an aftershock beside the day of the quake, the age of someone's daughter, and the
count a participle names after another clause's verb. All texts are invented."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides
from test_figure_kinds import read_figures

DAY = "2031-03-21T"


def _number_sides(first: str, second: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((first, f"{DAY}09:00"), (second, f"{DAY}10:00"))
    return [sides(c) for c in (*report.conflicts, *report.updates) if c.kind != "name"]


@pytest.mark.parametrize(
    "generic",
    [
        "A magnitude 7 quake can flatten mud-brick villages.",
        "An earthquake of magnitude 7 would be felt across the whole region.",
        "Quakes of magnitude 7 usually cause heavy damage in the region.",
    ],
)
def test_what_quakes_of_a_kind_do_gives_no_magnitude_of_this_one(generic: str) -> None:
    assert read_figures(generic) == {}
    found = _number_sides(
        "A 5.8-magnitude earthquake shook the Varna valley on Tuesday, officials said.",
        f"An earthquake shook the Varna valley on Tuesday. {generic}",
    )
    assert not [s for s in found if "7" in s]


@pytest.mark.parametrize(
    "specific",
    [
        "A 5.8-magnitude quake struck the valley on Tuesday.",
        "A spokesman said 10 people would be charged.",
        "A fire may have killed 30 people.",
        "A 12-member team will arrive on Monday.",
    ],
)
def test_this_events_figures_in_indefinite_or_hedged_clauses_are_still_read(
    specific: str,
) -> None:
    assert read_figures(specific)


def test_a_habit_in_a_clause_of_its_own_leaves_the_rest_of_the_sentence() -> None:
    found = read_figures("The ferry, which usually carries 300 passengers, had 412 aboard.")
    assert "412" in found and "300 passengers" not in found and "300" not in found


def test_a_quake_dated_to_an_earlier_month_is_another_quake() -> None:
    # read_figures reads a report published on 21 March 2031
    older = read_figures("A 6.3-magnitude quake hit the town of Orlan in January, killing 40.")
    assert older["6.3"].historic
    found = _number_sides(
        "A 5.8-magnitude earthquake shook the Varna valley on Tuesday, officials said.",
        "An earthquake shook the Varna valley on Tuesday. "
        "In January, a quake measuring 6.3 hit the town of Orlan, killing 40 people.",
    )
    assert not [s for s in found if "6.3" in s]


def test_a_magnitude_beside_a_record_year_is_still_this_quakes() -> None:
    found = read_figures("The 5.8-magnitude quake was the strongest in the valley since 2011.")
    assert not found["5.8"].historic


def test_a_weekday_of_an_aftershock_is_not_the_day_of_the_quake() -> None:
    found = _number_sides(
        "An earthquake shook the Varna valley on Sunday, killing nine people.",
        "A strong aftershock shook the Varna valley on Monday as the toll from the earthquake "
        "a day before rose to nine.",
    )
    assert not [s for s in found if "Monday" in s]


def test_a_weekday_before_a_clause_of_the_same_moment_is_still_the_events() -> None:
    found = read_figures("Nine people died on Sunday when an earthquake shook the valley.")
    assert found["Sunday"].slot == "day of the earthquake"


@pytest.mark.parametrize(
    "owner",
    [
        "The court heard from Halvorsen's 16-year-old daughter on Tuesday.",
        "Prosecutors called Halvorsen' 16-year-old daughter on Tuesday.",
    ],
)
def test_the_age_of_someones_daughter_is_not_their_own(owner: str) -> None:
    found = _number_sides(
        "Edvin Halvorsen, 54, went on trial in Tromsdal on Monday.",
        f"Edvin Halvorsen went on trial in Tromsdal on Monday. {owner}",
    )
    assert not [s for s in found if any("16" in value for value in s)]
    aged = read_figures(owner)["16-year-old"]
    assert aged.person == frozenset({"the daughter"})


def test_two_reports_of_ones_own_age_still_disagree() -> None:
    found = _number_sides(
        "Edvin Halvorsen, 54, went on trial in Tromsdal on Monday.",
        "Edvin Halvorsen, 55, went on trial in Tromsdal on Monday.",
    )
    assert {"54": ("a0",), "55": ("a1",)} in found


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Ten people were killed and about 50 hurt.", "hurt"),
        ("Ten people were killed and about 50 injured.", "hurt"),
        ("Twelve wounded were evacuated by air.", "homeless"),
        ("Four hostages were released.", "freed"),
    ],
)
def test_a_participle_after_a_count_is_its_frame(text: str, frame: str) -> None:
    counts = [f for f in read_figures(text).values() if f.quantity.dimension == "count"]
    assert counts[-1].frame == frame


@pytest.mark.parametrize(
    "other",
    [
        "Last week, 14 people were killed by a quake in eastern Corvania.",
        "Another earthquake killed 14 people in the same valley in 1998.",
        "A similar fire killed 14 people at a club in the capital.",
    ],
)
def test_a_toll_of_another_event_below_the_lead_is_not_this_ones(other: str) -> None:
    found = _number_sides(
        "An earthquake shook the Varna valley on Sunday. Nine people were killed, officials said.",
        "An earthquake shook the Varna valley on Sunday. "
        f"Rescuers searched the rubble of the town of Bresk. {other}",
    )
    assert not [s for s in found if "Nine" in s]


def test_the_storys_own_event_at_its_own_place_below_the_lead_is_still_its_toll() -> None:
    found = _number_sides(
        "An earthquake shook the Varna valley on Sunday. Nine people were killed, officials said.",
        "An earthquake shook the Varna valley on Sunday. Rescuers searched the rubble of the "
        "town of Bresk. Eleven people were killed by a quake in Varna, officials said.",
    )
    assert {"Nine": ("a0",), "Eleven": ("a1",)} in found


def test_a_part_of_a_group_is_counted_by_its_own_clause_not_a_relative_one() -> None:
    found = read_figures(
        "He said 30 of the 80 wounded remained in hospital after the storm, which damaged "
        "1,500 houses."
    )
    assert found["30"].frame == "hospital"


def test_a_toll_a_governor_gives_is_the_toll_a_place_gives() -> None:
    # a count of two names was kept apart by whoever stood before its verb: the governor's
    # 'put the toll at 12' and 'the toll in the Omsel valley had risen to 15' (the actor rule,
    # taken out again)
    report = report_of(
        (
            "A quake struck the Omsel valley in northern Varn on Sunday, killing 12 people.",
            f"{DAY}09:00",
        ),
        (
            "Governor Ilse Marrow said on Tuesday the death toll in the Omsel valley had "
            "risen to 15 people.",
            f"{DAY}10:00",
        ),
    )
    (update,) = report.updates
    assert [p.value for p in update.positions] == ["12", "15"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Varga landed 28 of his 68 punches thrown during the round.", "68"),
        ("Oduya scored 12 points in the second half.", "12"),
    ],
)
def test_a_count_of_one_round_or_half_is_a_part_of_the_contests(text: str, value: str) -> None:
    assert read_figures(text)[value].part


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company sold 2 million phones in the first quarter.", "2 million"),
        ("Crews rescued 40 people in the town.", "40"),
    ],
)
def test_a_count_of_a_quarter_or_a_place_is_no_part(text: str, value: str) -> None:
    assert not read_figures(text)[value].part
