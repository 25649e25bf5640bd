"""Updates against conflicts: a figure the reports say changed is news; two values of one thing
with no word of change are a disagreement, however far apart the reports were published.
All texts are invented."""

from __future__ import annotations

from dated_reports import report_of, sides
from test_figure_kinds import read_figures


def test_two_lower_bounds_of_a_toll_minutes_apart_conflict() -> None:
    report = report_of(
        (
            "Floods swept through the valley town of Brennic on Sunday, and at least 9 people "
            "were killed, the regional governor said. Roads to the town remain closed.",
            "2031-04-06T10:00",
        ),
        (
            "At least 14 people died in the Brennic floods on Sunday, according to the local "
            "hospital. Roads to the town remain closed.",
            "2031-04-06T10:20",
        ),
    )
    assert report.updates == ()
    (conflict,) = report.conflicts
    assert sides(conflict) == {"at least 9": ("a0",), "At least 14": ("a1",)}


def test_a_larger_toll_hours_later_is_an_update_without_a_word_of_change() -> None:
    report = report_of(
        (
            "A bus plunged off a mountain road near Karvo on Monday, killing 12 passengers.",
            "2031-05-02T09:00",
        ),
        (
            "Seventeen passengers died when their bus left the road near Karvo on Monday.",
            "2031-05-02T15:05",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"12": ("a0",), "Seventeen": ("a1",)}


def test_a_larger_count_between_two_reports_of_the_smaller_one_conflicts() -> None:
    report = report_of(
        (
            "A bus plunged off a mountain road near Karvo on Monday, killing 12 passengers.",
            "2031-05-02T09:00",
        ),
        (
            "Seventeen passengers died when their bus left the road near Karvo on Monday.",
            "2031-05-02T13:05",
        ),
        (
            "Twelve passengers were killed when a bus went off a road near Karvo on Monday.",
            "2031-05-02T18:30",
        ),
    )
    assert report.updates == ()
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number of dead")
    assert sides(conflict)["Seventeen"] == ("a1",)


def test_a_figure_above_the_first_estimate_is_the_latest_even_undated() -> None:
    report = report_of(
        (
            "Storms closed Velby airport on Friday, leaving about 2,000 passengers stranded.",
            None,
        ),
        (
            "The airport said 3,100 passengers had been stranded at Velby by Friday's storms, "
            "far more than first estimated.",
            "2031-07-04T16:00",
        ),
        ("Velby airport reopened on Friday evening after the storms passed.", "2031-07-04T19:00"),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert update.subject.startswith("number stranded")


def test_a_toll_said_to_rise_through_the_day_is_one_update() -> None:
    report = report_of(
        (
            "Two people were killed when a gas explosion tore through flats in Nerrow on Monday.",
            "2031-06-16T08:00",
        ),
        (
            "The death toll from the gas explosion in Nerrow rose to four, police said.",
            "2031-06-16T12:00",
        ),
        (
            "Six people are now known to have died in Monday's gas explosion in Nerrow.",
            "2031-06-16T18:00",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"Two": ("a0",), "four": ("a1",), "Six": ("a2",)}


def test_a_count_that_falls_and_remains_is_an_update() -> None:
    report = report_of(
        (
            "Fourteen miners are trapped underground after a collapse at the Harrow pit.",
            "2031-06-16T08:00",
        ),
        (
            "Rescuers have reached three men, and 11 miners remain trapped at the Harrow pit.",
            "2031-06-16T15:00",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert set(sides(update)) == {"Fourteen", "11"}


def test_homes_still_without_power_later_is_an_update() -> None:
    report = report_of(
        ("Storm Edda left 80,000 homes in Marren without power.", "2031-06-16T08:00"),
        (
            "About 35,000 homes in Marren were still without power on Tuesday evening, the "
            "utility said.",
            "2031-06-16T19:00",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert set(sides(update)) == {"80,000", "About 35,000"}


def test_a_figure_called_risen_with_no_publication_times_is_an_update() -> None:
    report = report_of(
        ("The number of people killed by the Orvik landslide is eleven, officials said.", None),
        ("The death toll from the Orvik landslide has risen to 15, officials said.", None),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert set(sides(update)) == {"eleven", "15"}


def test_a_later_report_that_still_gives_the_old_figure_keeps_the_conflict() -> None:
    report = report_of(
        ("The Tessel tram crash injured 27 people, the operator said.", "2031-01-09T09:00"),
        (
            "Thirty-one people were hurt in the Tessel tram crash, the operator said.",
            "2031-01-09T13:00",
        ),
        ("The tram crash in Tessel injured 27 people, the operator now says.", "2031-01-09T17:00"),
    )
    assert report.updates == ()
    (conflict,) = report.conflicts
    assert sides(conflict) == {"27": ("a0", "a2"), "Thirty-one": ("a1",)}


def test_a_rise_in_words_outweighs_a_day_guessed_for_a_time_alone() -> None:
    report = report_of(
        ("Volunteers have so far pulled three tonnes of dead fish from the Orne.", "13:15"),
        (
            "The weight of dead fish taken from the Orne has risen to 8 tonnes, a day after "
            "the spill.",
            "2031-05-14T07:30",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"three tonnes": ("a0",), "8 tonnes": ("a1",)}


def test_the_number_of_people_injured_named_as_the_subject_is_the_injured() -> None:
    report = report_of(
        ("Four people were slightly hurt when the ferry Alma struck rocks off Skarv.", None),
        (
            "The number of people injured when the ferry Alma struck rocks off Skarv has "
            "risen to nine, the coastguard said.",
            None,
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert update.subject.startswith("number of injured")


def test_bare_times_of_the_event_day_are_not_placed_on_the_next_morning() -> None:
    # the dated report is of Sunday morning; the bare times are Saturday's bulletins
    report = report_of(
        ("Two climbers were killed in a rockfall on the Varn ridge on Saturday.", "16:50"),
        ("Four climbers have died in the rockfall on the Varn ridge, police said.", "21:05"),
        (
            "The rockfall that killed four climbers on the Varn ridge on Saturday was the worst "
            "in a decade.",
            "2031-08-10T08:10",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"Two": ("a0",), "Four": ("a1", "a2")}


def test_a_lower_count_later_is_no_update_because_another_report_says_now() -> None:
    report = report_of(
        ("As many as 130 people in Orsa have been struck down by the illness.", "2031-03-11T12:30"),
        ("In all, 90 residents of Orsa have reported symptoms since Tuesday.", "2031-03-11T18:10"),
        ("Health officials now say 90 people in Orsa were made ill by the water.", None),
    )
    conflicts = [c for c in report.conflicts if c.kind == "number"]
    assert [sides(c) for c in conflicts] == [{"130": ("a0",), "90": ("a1",)}]


def test_durations_since_an_event_place_it_in_time() -> None:
    report = report_of(
        (
            "Ada Lund won Orsa, ending the Civic Party's 28 years in charge of the city.",
            "2031-05-11T07:10",
        ),
        (
            "Ada Lund won Orsa, the first Green win in the 140 years since the city's charter.",
            "2031-05-11T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_change_one_report_gives_ties_another_reports_old_value_to_it() -> None:
    report = report_of(
        (
            "Orsa council will vote on Tuesday on a budget that raises fares to close a £9m gap.",
            "2031-02-23T10:05",
        ),
        (
            "The shortfall the council had to find now stands at £12.5m, up from £9m in the "
            "autumn, because of higher energy costs.",
            "2031-02-23T19:40",
        ),
    )
    (update,) = report.updates
    assert sides(update)["£9m"][0] == "a0"
    assert "£12.5m" in sides(update)


def test_the_subject_names_the_count_before_a_nearer_frame_word() -> None:
    # 'evacuation' sits nearer the figure than 'hurt', but the subject says what rose
    report = report_of(
        ("Three people were hurt on the slides when the Orvane jet was evacuated.", None),
        (
            "The number of people hurt during the evacuation of the Orvane jet has risen to "
            "eight, the airport said.",
            None,
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert update.subject.startswith("number of injured")
    assert {p.value for p in update.positions} == {"Three", "eight"}


def test_a_count_named_by_its_subject_and_called_the_latest_is_an_update() -> None:
    # 'now' opens the clause, far from the figure; the subject says what is counted (the
    # first report's time has no day, so the two cannot be ordered by time)
    report = report_of(
        ("About 300 jobs at local suppliers are also at risk, the traders' guild said.", "11:05"),
        ("The guild now puts the number of supplier jobs at risk at 450.", "2031-05-03"),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert {p.value for p in update.positions} == {"About 300", "450"}


def test_unaccounted_for_is_missing_and_a_clause_after_a_comma_is_not_its_stage() -> None:
    # 'overnight' is no counted noun; the couple 'found' belong to the next clause
    report = report_of(
        ("A mudslide hit the village of Orrin before dawn, leaving seven people missing.", "07:20"),
        ("Five people were still unaccounted for in Orrin on Sunday afternoon.", "13:05"),
        (
            "The number of people missing in Orrin fell to three overnight, as rescuers found "
            "a couple sheltering in a shed.",
            "21:30",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert {p.value for p in update.positions} == {"seven", "Five", "three"}


def test_a_count_revised_up_to_a_value_is_that_value_and_an_opening_frame_word_counts() -> None:
    report = report_of(
        ("Mount Hessa erupted at dawn, forcing 900 people from their homes.", "2031-06-01T07:10"),
        (
            "The number of people evacuated from around Mount Hessa has been revised up to "
            "1,300, the civil protection agency said.",
            "2031-06-01T13:00",
        ),
        ("Evacuations around Mount Hessa now stand at 1,600 people.", "2031-06-02T09:00"),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert {p.value for p in update.positions} == {"900", "1,300", "1,600"}


def test_a_report_that_tells_a_count_moving_later_in_the_day_makes_it_an_update() -> None:
    report = report_of(
        (
            "About 300 households were moved out of Dalby early on Sunday when the spillway of "
            "the Orrin dam broke, the water board said. By Sunday evening, 420 households had "
            "been told to leave as a precaution, the board said in an update.",
            None,
        ),
        (
            "About 300 households in Dalby were evacuated on Sunday after the spillway of the "
            "Orrin dam failed. The water board said repairs would take weeks.",
            None,
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"About 300": ("a1",), "420": ("a0",)}


def test_a_floor_then_a_larger_count_hours_later_is_an_update() -> None:
    report = report_of(
        (
            "A scaffold collapsed onto a school yard in Pellin on Tuesday morning, injuring at "
            "least three people, the fire service said.",
            "2031-06-03T09:10",
        ),
        (
            "Eight people are now known to have been injured when the scaffold fell onto the "
            "Pellin school yard, the hospital said.",
            "2031-06-03T17:40",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"at least three": ("a0",), "Eight": ("a1",)}


def test_a_floor_and_a_larger_count_minutes_apart_agree() -> None:
    report = report_of(
        (
            "A scaffold collapsed onto a school yard in Pellin on Tuesday morning, injuring at "
            "least three people, the fire service said.",
            "2031-06-03T09:10",
        ),
        (
            "Eight people were injured when the scaffold fell onto the Pellin school yard, the "
            "hospital said.",
            "2031-06-03T09:25",
        ),
    )
    assert report.conflicts == ()
    assert report.updates == ()


def test_a_count_given_as_final_in_an_undated_report_updates_a_dated_one() -> None:
    report = report_of(
        (
            "Between 20 and 25 dolphins are stranded on Marrow Bay beach, rescuers said on "
            "Saturday morning.",
            "2031-07-05T08:30",
        ),
        ("Thirty-one dolphins stranded on Marrow Bay beach in all, the rescuers said.", None),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert set(sides(update)) == {"20 and 25", "Thirty-one"}


def test_an_undated_larger_count_without_a_final_word_still_conflicts() -> None:
    report = report_of(
        (
            "Between 20 and 25 dolphins are stranded on Marrow Bay beach, rescuers said on "
            "Saturday morning.",
            "2031-07-05T08:30",
        ),
        ("Thirty-one dolphins are stranded on Marrow Bay beach, the rescuers said.", None),
    )
    assert report.updates == ()
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"20 and 25", "Thirty-one"}


def test_an_undated_count_as_of_nightfall_updates_a_dated_count() -> None:
    report = report_of(
        (
            "Nine of the stranded dolphins on Marrow Bay beach have died, vets said.",
            "2031-07-05T13:00",
        ),
        ("Fourteen of the stranded dolphins on Marrow Bay beach had died by nightfall.", None),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert set(sides(update)) == {"Nine", "Fourteen"}


def test_a_count_that_swelled_is_the_count_now() -> None:
    report = report_of(
        (
            "Some 40 homes in Harl were flooded when the river burst its banks on Monday.",
            "2031-06-16T08:00",
        ),
        (
            "By nightfall the number of homes flooded in Harl had swelled to 90, police said.",
            "2031-06-16T21:00",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert set(sides(update)) == {"Some 40", "90"}


def test_a_figure_a_count_swelled_or_had_grown_to_is_revised() -> None:
    for text in (
        "By nightfall the search party had swelled to 90, police said.",
        "The number of families in the shelter had grown to 90 by Friday.",
    ):
        figure = read_figures(text)["90"]
        assert figure.revised and figure.direction == 1


def test_a_value_the_first_reports_gave_is_superseded() -> None:
    figures = read_figures("The flood killed four people, against two in the first reports.")
    assert figures["two"].superseded
    assert not figures["four"].superseded
    figures = read_figures("Rescuers counted 43 seals on the beach, not the 30 first reported.")
    assert figures["30"].superseded
    assert not figures["43"].superseded


def test_a_figure_of_the_first_hours_is_not_a_first_report() -> None:
    figures = read_figures("Two people died in the first hours of the flood.")
    assert not figures["Two"].superseded


def test_a_repeat_of_the_later_value_joins_the_update_in_any_order_of_articles() -> None:
    # the wire gives only its day, so it cannot be ordered against the evening report, which
    # repeats the later value with no change word and with no noun next to it; the report
    # must not depend on which article was given first
    repeat = (
        "The coastguard put the fuel oil lost from a ruptured bunker tank after Wednesday's "
        "collision off Persk at 40 tonnes.",
        "2031-05-26T17:15",
    )
    wire = (
        "A tanker and a cargo ship collided off Persk on Wednesday. About 12 tonnes of fuel "
        "oil had leaked into the sea by dawn, the coastguard said.",
        "2031-05-26",
    )
    risen = (
        "The fuel oil that leaked after the collision off Persk has risen to about 40 tonnes, "
        "the coastguard said on Wednesday.",
        "2031-05-26T12:40",
    )
    for order in ((repeat, wire, risen), (wire, risen, repeat)):
        report = report_of(*order)
        assert report.conflicts == ()
        (update,) = report.updates
        early = next(i for i, article in enumerate(order) if article is wire)
        assert update.positions[0].sources == (f"a{early}",)
