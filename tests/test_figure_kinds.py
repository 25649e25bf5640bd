"""One slot, two values, across the whole cluster: each kind of disagreement written several
ways, and the same figure in other words that must not be one. All texts are invented."""

from __future__ import annotations

from datetime import date

import pytest

from bylines import build_report
from bylines.ingest.sentences import split_sentences
from bylines.report.figure_reading import Figure, collect_figures
from bylines.report.quantities import extract_quantities
from bylines.report.slots import PLANNED_WEEKDAY, weekdays
from bylines.types import Article, Claim, Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str, when: str = "2031-03-21T12:") -> Report:
    """The report of the texts, published a minute apart from ``when`` + "10"."""
    published = [f"{when}{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


def read_figures(text: str) -> dict[str, Figure]:
    """The figures of one sentence, read as a one-article cluster would, by their text."""
    article = Article("a0", text, "Outlet 0", published="2031-03-21")
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    return {f.quantity.text: f for f in collect_figures([claim], [article])}


def test_vote_splits_of_courts_and_chambers_are_read() -> None:
    found = {
        text: [(q.text, q.dimension) for q in extract_quantities(text)]
        for text in (
            "The constitutional court ruled 6-3 on Monday that the levy was lawful.",
            "In a 7-2 decision, the court upheld the levy.",
            "Lawmakers approved the fishing bill 221 to 178 on Thursday.",
        )
    }
    assert [v[0] for v in found.values()] == [
        ("6-3", "split"),
        ("7-2", "split"),
        ("221 to 178", "split"),
    ]
    assert not extract_quantities("Harlow United won 3-1 at home on Saturday.")


def test_a_court_split_given_two_ways_conflicts() -> None:
    report = report_of(
        "The constitutional court of Arvenia ruled 6-3 on Monday that the levy was lawful.",
        "In a 7-2 decision, Arvenia's constitutional court upheld the levy on Monday.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("vote split")
    assert sides(conflict) == {"6-3": ("a0",), "7-2": ("a1",)}


def test_a_chamber_split_given_two_ways_conflicts() -> None:
    report = report_of(
        "The Dravan assembly passed the fishing bill by 212 votes to 178 on Thursday.",
        "Lawmakers in Dravan approved the fishing bill 221 to 178 on Thursday.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"212 votes to 178", "221 to 178"}


def test_a_sum_after_a_currency_code_is_money() -> None:
    (plan,) = extract_quantities("The council approved a EUR 2.2 million repair plan.")
    assert (plan.dimension, plan.unit, plan.value) == ("money", "EUR", 2_200_000.0)
    (fee,) = extract_quantities("It will cost some CHF 40m, the canton said.")
    assert (fee.unit, fee.value, fee.hedge) == ("CHF", 40_000_000.0, "about")


def test_two_sums_for_one_plan_conflict() -> None:
    report = report_of(
        "Oderval council approved a EUR 2.2 million repair plan for the old bridge on Tuesday.",
        "Oderval councillors voted on Tuesday to spend 2.7 million euros repairing the old bridge.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"EUR 2.2 million", "2.7 million euros"}


def test_metres_written_m_are_a_length_and_millions_are_not() -> None:
    (bridge,) = extract_quantities("The 420 m Tarrow viaduct was closed.")
    assert (bridge.dimension, bridge.value) == ("distance", 0.42)
    (fall,) = extract_quantities("A worker fell 30m from the deck.")
    assert fall.dimension == "distance"
    (people,) = extract_quantities("About 1.5m people live in the valley.")
    assert people.dimension == "count"


def test_two_lengths_of_one_bridge_conflict() -> None:
    report = report_of(
        "The 420 m Tarrow viaduct was closed on Monday after inspectors found cracks.",
        "Inspectors closed the Tarrow viaduct, which is 460 metres long, on Monday.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"420 m", "460 metres"}


def test_a_sum_with_a_slipped_zero_conflicts() -> None:
    report = report_of(
        "Halvern Mining agreed to pay $40 million to settle claims over the Tesk dam collapse.",
        "Under the settlement Halvern Mining will pay 400 million dollars to families affected "
        "by the Tesk dam collapse.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"$40 million", "400 million dollars"}


def test_a_refund_and_a_price_of_one_currency_are_two_sums() -> None:
    report = report_of(
        "Festival-goers at Ambermoor will get a EUR 49 refund after Sunday's cancellation.",
        "Tickets for Sunday's Ambermoor festival cost EUR 59 each before the cancellation.",
    )
    assert report.conflicts == ()


def test_a_budget_and_a_total_ten_times_larger_with_other_digits_are_two_sums() -> None:
    report = report_of(
        "The Norvel ministry will spend $45 million on new rail lines, the minister said.",
        "The Norvel ministry's budget for the year is $520 million, the minister said.",
    )
    assert report.conflicts == ()


def test_people_moved_out_and_evacuated_are_one_count() -> None:
    report = report_of(
        "About 1,200 residents were evacuated from Pellin as the wildfire approached on Friday.",
        "Authorities moved some 3,000 people out of Pellin on Friday as the wildfire spread.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number evacuated")
    assert set(sides(conflict)) == {"About 1,200", "some 3,000"}


def test_an_age_before_the_name_is_that_persons_age() -> None:
    report = report_of(
        "A 19-year-old student, Mikko Aaltonen, was arrested at the scene in Varsel.",
        "Police in Varsel arrested Mikko Aaltonen, 21, at the scene.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("age")
    assert set(sides(conflict)) == {"19-year-old", "21"}


def test_ages_of_two_people_are_not_compared() -> None:
    report = report_of(
        "A 19-year-old student, Mikko Aaltonen, was arrested at the scene in Varsel.",
        "Police in Varsel said the victim, Juha Lento, 46, had died at the scene.",
    )
    assert report.conflicts == ()


def test_containment_named_as_the_subject_is_the_share_that_climbs() -> None:
    report = report_of(
        "Firefighters said the Pellin wildfire was 20% contained.",
        "Containment of the Pellin wildfire has climbed to 40%, firefighters said.",
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert update.subject.startswith("containment")


def test_a_rate_and_a_forecast_of_it_are_two_things() -> None:
    report = report_of(
        "Inflation in Aldmar reached 5.1% in May, the statistics office said.",
        "The Aldmar central bank forecast inflation of 3.1% next year, the statistics office said.",
    )
    assert report.conflicts == ()


def test_a_weekday_in_a_report_stamped_with_a_time_only_is_still_a_day() -> None:
    articles = [
        Article(
            "a0",
            "The Lessary parliament approved the harbour bill on Tuesday by a wide margin.",
            "Outlet 0",
            published="2031-03-18T18:20",
        ),
        Article(
            "a1",
            "Lessary's parliament approved the harbour bill on Wednesday by a wide margin.",
            "Outlet 1",
            published="19:05",
        ),
    ]
    (conflict,) = build_report(articles, models=MODELS).conflicts
    assert conflict.kind == "date"
    assert set(sides(conflict)) == {"Tuesday", "Wednesday"}


def test_an_undated_report_gives_the_day_of_a_named_event() -> None:
    # the second page gives no publication time (as scraped pages often don't): its weekday
    # next to the event it dates is still read, from the day the other reports came out
    articles = [
        Article(
            "a0",
            "Forty guests at Sunday's christening lunch at the Orma Inn fell ill, the health "
            "board said.",
            "Outlet 0",
            published="2031-05-13T09:00",
        ),
        Article(
            "a1",
            "Guests at the Orma Inn fell ill after Saturday night's christening lunch, the "
            "health board said.",
            "Outlet 1",
        ),
    ]
    (conflict,) = build_report(articles, models=MODELS).conflicts
    assert set(sides(conflict)) == {"Sunday", "Saturday"}


def test_an_undated_reports_lead_weekday_is_not_the_events_day() -> None:
    # an undated follow-up's lead tells its own day's news: no day of the event to compare
    articles = [
        Article(
            "a0",
            "Crews at the Orma Inn worked through the night on Sunday, the council said.",
            "Outlet 0",
            published="2031-05-13T09:00",
        ),
        Article(
            "a1",
            "Crews at the Orma Inn began clearing the ruins on Tuesday, the council said.",
            "Outlet 1",
        ),
    ]
    assert build_report(articles, models=MODELS).conflicts == ()


def test_a_weekday_planned_far_along_its_clause_is_not_a_day_past() -> None:
    planned = "The Orma council will hold a public meeting in the village school hall on Thursday."
    (thursday,) = weekdays(planned, "2031-03-21")
    assert thursday.noun == PLANNED_WEEKDAY
    # ...but only in its own clause: the fire was on Sunday, whatever will follow
    past = "The council will meet again, after the fire at the village school on Sunday."
    (sunday,) = weekdays(past, "2031-03-21")
    assert sunday.noun != PLANNED_WEEKDAY


def test_one_date_said_to_be_two_weekdays_conflicts() -> None:
    report = report_of(
        "The strike at the Novik port began on Thursday, March 19, union leaders said.",
        "Dockers at Novik walked out on Wednesday, March 19, the union said.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("day of the week of March 19")
    assert set(sides(conflict)) == {"Thursday", "Wednesday"}


def test_one_date_given_the_same_weekday_agrees() -> None:
    report = report_of(
        "The strike at the Novik port began on Thursday, March 19, union leaders said.",
        "Dockers at Novik walked out on Thursday, March 19, the union said.",
    )
    assert report.conflicts == ()


def test_two_years_since_which_one_person_held_office_conflict() -> None:
    report = report_of(
        "Mayor Dana Ulfsen, in office since 1987, resigned on Monday.",
        "Dana Ulfsen, who has led the city since 1978, resigned on Monday.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"1987", "1978"}


def test_people_ordered_to_leave_their_homes_are_evacuated() -> None:
    report = report_of(
        "Some 4,500 people were ordered to leave their homes in Dunmere as the river rose.",
        "Police evacuated 2,000 residents of Dunmere as the river burst its banks.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"Some 4,500", "2,000"}


def test_one_persons_age_in_two_wordings_conflicts() -> None:
    report = report_of(
        "The gunman, identified as Tomas Verl, 34, was arrested.",
        "Police named the gunman as Tomas Verl, aged 43.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"34", "43"}


def test_a_length_written_as_an_adjective_is_the_things_length() -> None:
    report = report_of(
        "The Kessel tunnel, 3.2 km long, was shut after the fire.",
        "Firefighters closed the 2.8-kilometre Kessel tunnel after the fire.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("length")
    assert set(sides(conflict)) == {"3.2 km", "2.8-kilometre"}


def test_a_fall_and_a_length_of_one_bridge_are_two_things() -> None:
    report = report_of(
        "A worker fell 30 m from the Tarrow viaduct on Monday.",
        "The Tarrow viaduct, 420 m long, was closed on Monday after a worker fell.",
    )
    assert report.conflicts == ()


def test_pupils_taken_to_hospital_read_as_a_number_in_hospital() -> None:
    report = report_of(
        "A gas leak at a school in Ferrow sent 23 pupils to hospital on Tuesday.",
        "Thirty-two pupils were taken to hospital after the gas leak at the Ferrow school on "
        "Tuesday.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number in hospital")


@pytest.mark.parametrize(
    ("first", "second", "subject"),
    [
        (
            "Four wards at Kelvin General Hospital have been closed after an outbreak of flu, "
            "the trust said on Monday.",
            "Six wards at Kelvin General Hospital were shut to new patients on Monday because "
            "of flu.",
            "number of wards",
        ),
        (
            "Nine beds at the hospital in Marlow are out of use after a leak on Monday.",
            "A leak on Monday left 14 beds out of use at the Marlow hospital.",
            "number of beds",
        ),
        (
            "Twelve operations at Kelvin General Hospital were cancelled on Monday because of "
            "the strike.",
            "The strike on Monday forced Kelvin General Hospital to cancel 20 operations.",
            "number cancelled",
        ),
    ],
)
def test_what_a_hospital_has_is_counted_as_itself_not_as_people_in_hospital(
    first: str, second: str, subject: str
) -> None:
    (conflict,) = report_of(first, second).conflicts
    assert conflict.subject.startswith(subject)


def test_people_taken_to_a_named_hospital_are_still_a_number_in_hospital() -> None:
    report = report_of(
        "Three people were taken to Kelvin General Hospital after the crash on Monday.",
        "Five people were taken to hospital after the crash on Monday near Kelvin.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number in hospital")


def test_turnout_is_one_slot_even_next_to_an_older_year() -> None:
    report = report_of(
        "Turnout in the Ostrava mayoral election was 41.3 per cent, the returning officer said.",
        "Turnout was 43.1%, higher than at any city election since 2010.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("turnout")
    assert set(sides(conflict)) == {"41.3 per cent", "43.1%"}


def test_sums_in_crowns_stolen_are_compared() -> None:
    (sum_,) = extract_quantities("He stole 2.4 million crowns from the club.")
    assert (sum_.dimension, sum_.unit, sum_.value) == ("money", "crowns", 2_400_000.0)
    report = report_of(
        "A court in Brenholm jailed the treasurer Viktor Alm for embezzling 4.2 million crowns.",
        "Viktor Alm, who stole 2.4 million crowns from the Brenholm club, was jailed.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("sum stolen")


def test_an_outlet_named_in_a_sentence_does_not_tell_figures_apart() -> None:
    articles = [
        Article(
            "a0",
            "The Tarnwick satellites, built by Polaris Works, cost 118 million euros.",
            "North Wire",
            published="2031-03-21T12:10",
        ),
        Article(
            "a1",
            "The Tarnwick satellites cost 180 million euros, the agency told the Meridian Daily.",
            "Meridian Daily",
            published="2031-03-21T12:40",
        ),
    ]
    (conflict,) = build_report(articles, models=MODELS).conflicts
    assert set(sides(conflict)) == {"118 million euros", "180 million euros"}


def test_flights_cancelled_are_counted_apart_from_flights_diverted() -> None:
    report = report_of(
        "In all, 164 flights were cancelled at Orrin airport, the Harbour Star has been told, "
        "and 23 more were diverted.",
        "Orrin airport said 146 flights were cancelled and 23 were diverted.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number cancelled")
    assert set(sides(conflict)) == {"164", "146"}


def test_an_article_whose_figure_changes_within_it_stands_on_one_side() -> None:
    report = report_of(
        "Five people died when the Ostal mine flooded on Monday, and seven died by evening, "
        "officials in Ostal said. Rescuers pumped water all night.",
        "Nine people died when the Ostal mine flooded on Monday, officials said. Rescuers "
        "pumped water from the shaft all night.",
        "Seven people died after the Ostal mine flooded on Monday, officials said. Pumps ran "
        "all night.",
    )
    (conflict,) = [c for c in report.conflicts if c.kind == "number"]
    assert {p.value.lower(): p.sources for p in conflict.positions} == {
        "seven": ("a0", "a2"),
        "nine": ("a1",),
    }


def test_a_count_opening_its_sentence_takes_the_frame_of_its_verb() -> None:
    report = report_of(
        "In all 130 people in the lakeside village of Orrum have fallen ill after a "
        "wedding buffet, health officials said on Thursday.",
        "As many as 185 people have been struck down by food poisoning in Orrum, the "
        "Lakeland Post has learned.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject == "number who fell ill (Orrum)"
    assert {p.value for p in conflict.positions} == {"130", "185"}


def test_the_age_of_an_unnamed_person_known_by_role_conflicts() -> None:
    report = report_of(
        "The fire was started by a 58-year-old farmer who was burning stubble near the road.",
        "The farmer, 63, had been burning stubble near the road when the wind turned.",
    )
    (conflict,) = report.conflicts
    assert {p.value for p in conflict.positions} == {"58-year-old", "63"}


def test_ages_of_two_unnamed_people_of_one_role_saying_different_things_are_apart() -> None:
    report = report_of(
        "A 58-year-old farmer was arrested at his home on Tuesday.",
        "A farmer, 31, who saw the smoke called the fire brigade.",
    )
    assert report.conflicts == ()


def test_two_sums_of_one_thing_with_no_name_in_common_conflict() -> None:
    report = report_of(
        "The new trams, built by the Ostrava firm Kolejka Works, cost 64 million euros.",
        "The new trams cost 46 million euros, according to figures the city released to "
        "the Valley Courier.",
    )
    (conflict,) = report.conflicts
    assert {p.value for p in conflict.positions} == {"64 million euros", "46 million euros"}


def test_two_ratings_on_one_scale_conflict() -> None:
    report = report_of(
        "Forecasters had put the avalanche danger at level 4 of 5 across the Ostral valley.",
        "The avalanche service had rated the danger at level 3 in the valley that morning.",
    )
    (conflict,) = report.conflicts
    assert {p.value for p in conflict.positions} == {"4", "3"}


def test_the_only_speed_in_each_report_is_one_thing() -> None:
    report = report_of(
        "The tanker was travelling at 14 knots when it struck the pier, the port said.",
        "Harbour staff said the tanker came in at 9 knots before it hit the pier.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject == "speed"


def test_two_speeds_in_one_report_are_not_the_only_speed() -> None:
    report = report_of(
        "The tanker was travelling at 14 knots when it struck the pier, the port said.",
        "The pilot boat, doing 25 knots, reached the tanker, which had slowed to 9 knots.",
    )
    assert report.conflicts == ()


def test_two_months_of_one_founding_conflict() -> None:
    report = report_of(
        "The Orsa choir, founded in March 1961, sang at the reopening.",
        "The choir was founded in May 1961 by two teachers from Orsa.",
    )
    (conflict,) = report.conflicts
    assert {p.value for p in conflict.positions} == {"March 1961", "May 1961"}


def test_months_of_two_different_doings_are_not_compared() -> None:
    report = report_of(
        "Ivo Strand was brought into the cabinet in June as minister for the harbour.",
        "The prime minister fired Ivo Strand in September over the harbour contract.",
    )
    assert report.conflicts == ()


def test_hours_after_an_event_are_how_long_it_lasted() -> None:
    report = report_of(
        "Trains ran again through the Orsa tunnel on Monday, five hours after a signal fault "
        "stopped all traffic.",
        "The Orsa tunnel was closed for eight hours on Monday after a signal fault stopped all "
        "traffic.",
    )
    (conflict,) = report.conflicts
    assert {p.value for p in conflict.positions} == {"five hours", "eight hours"}


def test_days_after_an_event_place_a_report_in_time() -> None:
    report = report_of(
        "Two days after the Orsa tunnel fire, engineers began to test the walls.",
        "Engineers began testing the Orsa tunnel walls on Friday, three days after the fire.",
    )
    assert report.conflicts == ()


def test_two_months_of_one_resignation_conflict() -> None:
    report = report_of(
        "The vote was called after the mayor, Ivo Strand, resigned in March.",
        "Ivo Strand resigned in April after a row over the harbour contract.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject == "month resigned (Ivo Strand)"
    assert {p.value for p in conflict.positions} == {"March", "April"}


def test_a_preposition_after_a_number_is_not_what_it_counts() -> None:
    report = report_of(
        "Forecasters put the danger at level 4 of 5 across the Ostral valley.",
        "Forecasters put the danger at level 4 of 5 across the valley on Friday.",
    )
    assert report.conflicts == ()


def test_a_ships_speed_and_the_winds_are_two_things() -> None:
    report = report_of(
        "The ferry was sailing at 12 knots when it struck rocks off Skarv.",
        "Winds gusted to 40 knots overnight across the Skarv strait.",
    )
    assert report.conflicts == ()


def test_a_count_whose_verb_has_an_object_takes_no_frame_from_it() -> None:
    report = report_of(
        "Some 40 pupils from the Varrow school visited the injured in hospital.",
        "Twelve people were injured when a bus crashed in Varrow.",
    )
    assert report.conflicts == ()


def test_a_month_is_of_the_verb_right_before_it() -> None:
    report = report_of(
        "The Varrow dam, built in 1994, was inspected in June by the water board.",
        "The Varrow dam was built in May by a firm from Orsa.",
    )
    assert report.conflicts == ()


def test_two_years_of_one_record_conflict() -> None:
    report = report_of(
        "Council leader Mona Vik said the cuts were the deepest the city had faced since 2009.",
        "The leader, Mona Vik, called the cuts the harshest since 2012 and blamed care costs.",
    )
    (conflict,) = report.conflicts
    assert {p.value for p in conflict.positions} == {"2009", "2012"}


def test_a_protest_since_a_year_is_no_record() -> None:
    report = report_of(
        "Residents have staged a weekly protest since 2009 against the quarry.",
        "The residents' protest against the quarry has run since 2012.",
    )
    assert all(c.subject != "year it last happened" for c in report.conflicts)


def test_households_and_homes_are_one_count() -> None:
    report = report_of(
        "A substation fire cut power to 6,200 households across Orsa overnight.",
        "More than 8,000 homes in Orsa were left without power overnight by the substation fire.",
        when="2031-03-21T12:0",
    )
    (compared,) = (*report.conflicts, *report.updates)  # one count, whichever it is called
    assert {p.value for p in compared.positions} == {"6,200", "More than 8,000"}


def test_a_currency_code_is_no_name_of_the_figures_beside_it() -> None:
    text = "On Tuesday the operator put the repair bill at EUR 4.3m."
    article = Article("a0", text, "Outlet 0", published="2031-03-21")
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    figures = collect_figures([claim], [article])
    assert {f.quantity.text for f in figures} == {"Tuesday", "EUR 4.3m"}
    assert all(not f.all_names for f in figures)


def test_the_same_price_said_alike_with_no_name_or_day_conflicts() -> None:
    report = report_of(
        "The two ferries, built at a yard up the coast, cost 64 million crowns.",
        "The two ferries cost 46 million crowns, according to papers seen by this paper.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"64 million crowns", "46 million crowns"}


def test_hostages_released_are_counted_apart_from_hostages_held() -> None:
    report = report_of(
        "The gunman in Selvik was holding six hostages inside the post office on Friday.",
        "By Friday evening the gunman in Selvik had released two hostages from the post office.",
    )
    assert report.conflicts == ()


def test_two_counts_of_hostages_released_conflict() -> None:
    report = report_of(
        "The gunman in Selvik released three hostages from the post office on Friday.",
        "On Friday the gunman in Selvik released five hostages from the post office.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("number freed")


def test_the_only_reward_in_each_report_is_one_sum() -> None:
    # deep in each story, in sentences that share no name, day or claim
    report = report_of(
        "A painting by Ilse Varga was taken from the Orsby gallery on Friday. Staff noticed "
        "the empty frame at nine. A reward of £40,000 has been put up for information.",
        "Thieves took a Varga canvas from Orsby's gallery on Friday. The alarm did not sound. "
        "Detectives said the £25,000 reward was set by the insurers.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"£40,000", "£25,000"}


def test_a_sum_with_a_dropped_digit_is_one_sum_misreported() -> None:
    report = report_of(
        "The council says the merger, planned for June, will save €16m a year.",
        "The council says the merger will save some 6 million euros a year.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"€16m", "some 6 million euros"}


def test_two_sums_far_apart_with_other_digits_stay_two_sums() -> None:
    report = report_of(
        "The council says the merger, planned for June, will save €16m a year.",
        "The council says the merger will save some 7 million euros a year.",
    )
    assert report.conflicts == ()


def test_the_first_since_a_year_and_last_done_in_another_conflict() -> None:
    report = report_of(
        "The Harl geyser blew on Sunday, its first eruption since 1958, the survey said.",
        "The Harl geyser last erupted in 1985, older villagers told the paper.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("year it last happened")
    assert set(sides(conflict)) == {"1958", "1985"}


def test_two_days_sharing_only_a_time_of_day_are_two_things() -> None:
    report = report_of(
        "The lights went out across the province at nine on Monday evening.",
        "Every home had been reconnected by Tuesday evening, the grid operator said.",
    )
    assert [c for c in report.conflicts if c.kind == "date"] == []


def test_the_day_a_toll_rose_is_not_the_day_of_the_event() -> None:
    report = report_of(
        "Two people died when a footbridge collapsed in Ormsby on Monday.",
        "The toll from the footbridge collapse in Ormsby rose to three on Wednesday.",
    )
    assert [c for c in report.conflicts if c.kind == "date"] == []


def test_people_who_work_somewhere_are_its_workers() -> None:
    report = report_of(
        "Tarvo Motors will close its engine plant, putting its 1,400 workers out of a job.",
        "The 1,100 people who work at the Tarvo engine plant were told on Tuesday.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"1,400", "1,100"}


def test_an_estimate_given_by_a_named_company_is_compared_with_one_at_a_named_site() -> None:
    # the firm that puts a figure is who gives it, not what it is of
    report = report_of(
        "On Tuesday afternoon Corlan Grid put the damage at 4.5 million euros.",
        "On Tuesday afternoon the company put the damage at the Ebbmoor depot at EUR 5.4m.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"4.5 million euros": ("a0",), "EUR 5.4m": ("a1",)}


def test_houses_dwellings_and_homes_destroyed_are_one_count() -> None:
    report = report_of(
        "A mudslide swept away 11 houses on Tarn Row before dawn on Sunday.",
        "Eleven dwellings were flattened when the bank above Tarn Row gave way early on Sunday.",
        "Nine homes were destroyed outright, the council's building officer said.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject == "number destroyed"
    assert sides(conflict) == {"11": ("a0", "a1"), "Nine": ("a2",)}


def test_homes_destroyed_and_homes_damaged_are_two_counts() -> None:
    report = report_of(
        "The storm destroyed 20 homes in Brackwell on Monday night.",
        "The storm damaged 300 homes in Brackwell on Monday night.",
    )
    assert not report.conflicts


def test_names_listed_with_commas_are_names_apart() -> None:
    read = read_figures(
        "Some 3,200 households in Alderby, Ostrum and the villages nearby must boil water."
    )
    assert read["Some 3,200"].all_names == {"alderby", "ostrum"}


def test_one_of_those_in_hospital_is_no_count_in_hospital() -> None:
    read = read_figures(
        "Six guests were taken to Harwell Cottage Hospital, one of them a 79-year-old man."
    )
    assert read["Six"].frame == "hospital"
    assert read["one"].frame is None


def test_people_in_custody_are_held_and_a_further_number_is_what_was_added() -> None:
    figures = read_figures(
        "Three men were in custody last night, and police struck a further two names off "
        "the list, bringing the total to nine."
    )
    assert figures["Three"].frame == "held"
    assert figures["two"].part


def test_a_follow_ups_own_day_is_not_another_day_of_the_event() -> None:
    # 2031-03-22 is a Saturday: the dam burst that day; the follow-up, a day later, leads on
    # its own day's news
    articles = [
        Article(
            "a0",
            "Hundreds of people were evacuated on Saturday after the Orrin dam burst above "
            "Pellby. Water covered the main road by noon.",
            "Outlet 0",
            published="2031-03-22T10:00",
        ),
        Article(
            "a1",
            "As the floodwater drained out of Pellby on Sunday, residents asked why nobody had "
            "warned them about the Orrin dam. Water covered the main road by noon on Saturday.",
            "Outlet 1",
            published="2031-03-23T09:00",
        ),
    ]
    report = build_report(articles, models=MODELS)
    assert not [c for c in report.conflicts if c.kind == "date"]


def figures_of(text: str) -> dict[str, tuple[str | None, frozenset[str]]]:
    """Each figure of one sentence: (frame, names around it)."""
    return {value: (f.frame, f.all_names) for value, f in read_figures(text).items()}


def test_the_word_after_another_count_is_that_counts_frame() -> None:
    assert {k: v[0] for k, v in figures_of("Medics listed 12 dead and 30 injured.").items()} == {
        "12": "dead",
        "30": "hurt",
    }
    listed = figures_of("The agency listed 140 dead, 60 missing and 9,000 homeless.")
    assert [frame for frame, _ in listed.values()] == ["dead", "missing", "homeless"]


def test_names_across_a_semicolon_are_another_clauses() -> None:
    read = figures_of("Officials in Dorvia listed 239 dead; in Kessland 194 people were killed.")
    assert read["239"][1] == {"dorvia"}
    assert read["194"][1] == {"kessland"}


def test_one_routes_length_given_two_ways_conflicts_though_one_names_where_it_starts() -> None:
    report = report_of(
        "Police said 9,000 marchers followed the 4-kilometre route from Harbour Square. "
        "They carried a 30-metre banner.",
        "Our reporter walked the whole six-kilometre route, which took two hours.",
    )
    (conflict,) = [c for c in report.conflicts if "length" in c.subject]
    assert sides(conflict) == {"4-kilometre": ("a0",), "six-kilometre": ("a1",)}


def test_the_month_a_plant_closes_given_two_ways_conflicts() -> None:
    report = report_of(
        "Orvik Motors will close its gearbox plant in Dalby in September, the carmaker said.",
        "Production will end in November, according to a letter sent to staff.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"September": ("a0",), "November": ("a1",)}


def test_the_year_a_volcano_last_erupted_given_two_ways_conflicts() -> None:
    report = report_of(
        "Lava poured down the flanks of Mount Varr on Sunday. It is the first eruption of "
        "Mount Varr since 1961.",
        "Lava poured from Mount Varr on Sunday. The mountain last erupted in 1916, when ash "
        "closed the harbour.",
    )
    years = [c for c in report.conflicts if c.kind == "date"]
    assert [sides(c) for c in years] == [{"1916": ("a1",), "1961": ("a0",)}]


def test_two_lead_counts_of_passengers_are_the_storys_main_figure() -> None:
    report = report_of(
        "A ferry carrying 214 passengers ran aground off Tarnby on Saturday evening.",
        "The coast guard said 241 passengers were on the ship when it hit the bank.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"214": ("a0",), "241": ("a1",)}


def test_two_lead_counts_of_people_say_nothing_of_what_is_counted() -> None:
    report = report_of(
        "About 200 people gathered outside the town hall in Tarnby on Saturday.",
        "The coast guard said 240 people live on the island.",
    )
    assert not report.conflicts


def test_bringing_the_total_to_a_number_counts_what_the_clause_before_counts() -> None:
    total = read_figures(
        "Pathologists identified another 12 of the bodies, bringing the total to 31, and "
        "officials said 20 people had left hospital."
    )
    assert total["31"].stage == "identified"  # the identified, not the dead
    toll = read_figures("Divers found two more bodies on Monday, bringing the toll to 14.")
    assert toll["14"].stage is None  # a toll is the dead, however they were found


def test_an_injured_toll_counts_the_injured_and_a_bare_toll_the_dead() -> None:
    injured = read_figures("The injured toll was lowered slightly to 180, officials said.")
    assert injured["180"].frame == "hurt"
    assert read_figures("The toll rose to 14 overnight.")["14"].frame == "dead"


def test_a_size_said_after_its_figure_is_that_size() -> None:
    report = report_of(
        "A pit about 12 metres across opened on Dunmere's high street on Monday.",
        "Surveyors said the pit on Dunmere's high street was nearly 25 metres wide.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"about 12 metres", "nearly 25 metres"}


def test_a_depth_below_the_surface_meets_a_depth_named_so() -> None:
    report = report_of(
        "Four divers are waiting out the flood about 120 metres below the surface.",
        "The divers are sheltering at a depth of some 70 metres, the rescue team said.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"about 120 metres", "some 70 metres"}


def test_a_walk_across_a_place_is_no_width() -> None:
    report = report_of(
        "The two hikers walked 15 kilometres across the Tarnby moor before they were found.",
        "Rescuers said the moor where the hikers were lost is nearly 40 kilometres wide.",
    )
    assert report.conflicts == ()


def test_a_sum_that_frees_someone_is_bail_whatever_it_is_called() -> None:
    report = report_of(
        "The Vessa court may free the trawler if its owner lodges a €700,000 guarantee.",
        "The trawler can be released against a bond of 1.2 million euros, the court said.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"€700,000", "1.2 million euros"}


def test_a_bond_that_frees_nobody_is_no_bail() -> None:
    report = report_of(
        "The port of Vessa released a €700,000 bond to pay for the new quay.",
        "The trawler can be released against bail of 1.2 million euros, the court said.",
    )
    assert report.conflicts == ()


def test_a_share_of_a_group_is_no_rate_named_later_in_its_sentence() -> None:
    report = report_of(
        "Unemployment in the Orsa region stayed at 9.5 percent in March.",
        "Nearly a third of the residents of Orsa, which has high unemployment, are over 65.",
    )
    assert report.conflicts == ()


def test_a_share_in_words_meets_a_percentage_of_the_same_thing() -> None:
    report = report_of(
        "The Vessa shipyard blamed a 30% fall in orders for its ferries for the job cuts.",
        "Orders for the Vessa yard's ferries dropped by a fifth in two years, the yard says.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"30%", "a fifth"}


def test_two_ages_at_one_death_conflict() -> None:
    report = report_of(
        "Ilse Brandt, who died in 1952 aged 58, painted the harbour at Orsa.",
        "Ilse Brandt died of pneumonia at 85 and sold few of her paintings.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"58", "85"}


def test_an_age_then_and_an_age_now_are_not_one_age() -> None:
    report = report_of(
        "Halvard Moen, who won the Orsa regatta in 1990 aged 30, is racing again.",
        "Halvard Moen, 62, is racing again in the Orsa regatta this summer.",
    )
    assert report.conflicts == ()


def test_an_age_a_thing_happened_at_is_not_an_age_now() -> None:
    report = report_of(
        "Ilse Brandt, 75, said she was surprised by the prize.",
        "Ilse Brandt was unusual for having become known only at the age of 60.",
    )
    assert report.conflicts == ()


def test_a_part_and_its_whole_given_by_a_third_report_are_two_things() -> None:
    report = report_of(
        "Thieves took the records of 90,000 customers of Varrow Savings, the bank said.",
        "Varrow Savings has 600,000 customers and 30 branches across the region.",
        "The bank's count of customers hit is 90,000, out of a total of 600,000.",
    )
    assert report.conflicts == ()


def test_two_counts_of_one_thing_still_conflict_beside_a_part_and_whole() -> None:
    report = report_of(
        "Thieves took the records of 90,000 customers of Varrow Savings, the bank said.",
        "Varrow Savings says hackers stole data on 150,000 of its customers last week.",
        "The bank's count of customers hit is 90,000, out of a total of 600,000.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"90,000", "150,000"}


def test_an_age_in_a_sentence_opened_by_someone_else_is_not_theirs() -> None:
    report = report_of(
        "Tomas Breck told reporters on Monday that a 34-year-old had been arrested.",
        "Tomas Breck, 52, said the fire had started in the kitchen.",
    )
    assert report.conflicts == ()


def test_a_count_beside_a_whole_of_other_things_still_conflicts() -> None:
    report = report_of(
        "The storm damaged 40 homes in Pellin, the council said on Monday.",
        "Some 300 homes in Pellin were damaged by the storm, the council said.",
        "The storm hit 40 homes in a village of 300 people near Pellin.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"40", "Some 300"}


def test_a_width_across_a_place_named_after_it_is_no_width() -> None:
    report = report_of(
        "The breach in the Orsa dyke was 30 metres wide, engineers said.",
        "Water spread 500 metres across Tarnby Moor before it was stopped.",
    )
    assert report.conflicts == ()


def test_a_price_with_fees_and_the_hammer_price_are_two_sums() -> None:
    report = report_of(
        "The Orsa landscape sold for 5.4 million crowns with fees at the Vessa auction.",
        "The hammer fell at 4.5 million crowns for the Orsa landscape at the Vessa auction.",
    )
    assert report.conflicts == ()


def test_two_prices_with_fees_conflict() -> None:
    report = report_of(
        "The Orsa landscape sold for 5.4 million crowns with fees at the Vessa auction.",
        "The Orsa landscape fetched 4.5 million crowns, including the buyer's premium, at Vessa.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"5.4 million crowns", "4.5 million crowns"}


def test_one_group_of_people_in_two_nouns_in_the_leads_conflicts() -> None:
    report = report_of(
        "Twelve residents were inside the cable car above Hollmer when its cable jammed.",
        "The fifteen passengers in the cable car waited two hours for rescuers to reach them.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"Twelve", "fifteen"}


def test_two_groups_of_people_in_two_nouns_stay_apart() -> None:
    # neither noun is 'people': passengers and crew are two groups
    report = report_of(
        "Twelve passengers were inside the cable car above Hollmer when its cable jammed.",
        "The two crew in the cable car waited two hours for rescuers to reach them.",
    )
    assert report.conflicts == ()


def test_a_wreck_lying_so_far_down_is_its_depth() -> None:
    report = report_of(
        "Divers found the trawler Aster Dawn off Kelmouth; she lies 38 metres down.",
        "The wreck rests at a depth of 53 metres, some 9 kilometres offshore.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("depth")


def test_a_repair_bill_is_the_cost_of_the_damage() -> None:
    report = report_of(
        "A fire swept through the Varne sports hall overnight, and the damage is estimated at "
        "£640,000.",
        "Fire gutted the Varne sports hall overnight; the repair bill will be £460,000, a "
        "source tells us.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"£640,000", "£460,000"}


def test_two_days_given_for_one_arrest_conflict() -> None:
    report = report_of(
        "Edvin Rask, the Halver fund's founder, was arrested at the airport on 4 April.",
        "Rask was detained as he came off the night ferry from the islands on 14 April.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("day of the arrest")
    assert set(sides(conflict)) == {"4 April", "14 April"}


def test_the_days_of_two_things_done_are_not_compared() -> None:
    # an arrest and an inspection are two events, whatever their days
    report = report_of(
        "The Halver fund's founder was arrested at Lanby airport on 4 April.",
        "The Halver fund's books were last inspected by auditors on 14 April.",
    )
    assert report.conflicts == ()


def test_a_share_said_as_so_many_in_ten_is_a_percentage() -> None:
    figures = read_figures("Four in ten of the cafés on Quay Street have closed, traders say.")
    share = figures["Four in ten"]
    assert (share.quantity.dimension, share.quantity.value) == ("percent", 40.0)
    report = report_of(
        "A quarter of the cafés on Quay Street have closed since the flood, traders say.",
        "Since the river burst its banks, four in ten of the cafés on Quay Street have shut.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"A quarter", "four in ten"}


def test_two_times_of_one_collapse_conflict_and_one_time_in_words_agrees() -> None:
    report = report_of(
        "The tower crane at the Ostby shipyard fell at 07:40, as the morning shift arrived.",
        "At the Ostby shipyard the tower crane came down at twenty to nine, witnesses said.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("time of the collapse")
    assert set(sides(conflict)) == {"07:40", "twenty to nine"}
    agreed = report_of(
        "The tower crane at the Ostby shipyard fell at 08:40, as the morning shift arrived.",
        "At the Ostby shipyard the tower crane came down at twenty to nine, witnesses said.",
    )
    assert agreed.conflicts == ()


def test_times_of_one_overturning_told_with_other_verbs_are_compared() -> None:
    # 'overturned', 'tipped onto its side', 'went over': one happening, so one time of it
    report = report_of(
        "A tanker carrying milk overturned on the Quenby ring road at 03:25 on Tuesday.",
        "The tanker tipped onto its side at twenty-five past three on the Quenby ring road.",
        "On the Quenby ring road the milk tanker went over shortly after 5am, police said.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("time of the overturning")
    assert sides(conflict) == {"03:25": ("a0", "a1"), "5am": ("a2",)}


def test_times_of_other_things_than_the_overturning_stay_apart() -> None:
    # the road reopened and the first call came at other times than the tanker went over
    report = report_of(
        "A milk tanker overturned on the Quenby ring road at 03:25 on Tuesday.",
        "The Quenby ring road reopened at a quarter to ten after the milk tanker was lifted.",
        "The first call about the milk tanker on the Quenby ring road came at 05:02.",
    )
    assert report.conflicts == ()


def test_going_over_something_is_no_overturning() -> None:
    report = report_of(
        "Auditors went over the Quenby depot's accounts at 09:10 on Tuesday.",
        "Auditors went over the Quenby depot's accounts at twenty to three on Tuesday.",
    )
    assert report.conflicts == ()


def test_times_given_for_finding_the_missing_child_are_compared() -> None:
    report = report_of(
        "Tamsin Rhee, 9, missing on Kelder Moor since Saturday, was found alive at 11:40 on "
        "Sunday, police said.",
        "A search dog team found her safe at twenty to twelve this morning on Kelder Moor.",
        "Tamsin Rhee was found alive shortly before 10 a.m. on Sunday after a night alone on "
        "Kelder Moor.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("time of the finding")
    assert sides(conflict) == {"11:40": ("a0", "a1"), "10 a.m": ("a2",)}


@pytest.mark.parametrize(
    "other",
    [
        # when the search began, or what else was found: no time of finding the child
        "The search for Tamsin Rhee on Kelder Moor began at 09:10, police said.",
        "Searchers found Tamsin Rhee's boots on Kelder Moor at 09:10 on Sunday, police said.",
        # a thing of hers, found without a word for the person (review19d)
        "Tamsin Rhee's bicycle was found on Kelder Moor at 08:15 on Sunday, police said.",
        "Searchers found her phone on Kelder Moor at 09:10 on Sunday, police said.",
        "Tamsin's dog Biscuit, lost on Kelder Moor, was found by a farmer at 16:20.",
        "Rescuers located the wreck of the Kelder Moor glider at 07:20 on Sunday.",
        # another meaning of 'found'
        "A Kelder Moor carer was found guilty of neglect at 15:00 on Sunday.",
        "On Kelder Moor the night nurse found him gone at 02:15 on Sunday.",
    ],
)
def test_times_of_other_things_than_the_finding_stay_apart(other: str) -> None:
    report = report_of(
        "Tamsin Rhee, 9, was found alive on Kelder Moor at 11:40 on Sunday, police said.", other
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "found",
    [
        "Two more bodies were found on Kelder Moor at {} on Sunday, police said.",
        "A body was found on Kelder Moor at {} on Sunday, police said.",
    ],
)
def test_finds_of_several_things_are_no_one_finding(found: str) -> None:
    report = report_of(found.format("4pm"), found.replace("A body", "A second body").format("6pm"))
    assert report.conflicts == ()


def test_a_day_and_month_is_read_in_the_year_of_its_report() -> None:
    # read on Friday 21 March 2031: a day just past is this year's
    dates = {
        text: (f.quantity.unit, f.quantity.value)
        for text, f in read_figures(
            "The Ostrel dam burst on 2 March, was last inspected on 22 June and reopens on "
            "28 April."
        ).items()
    }
    # a day still to come, or one further back than half a year, stays a day of no known year
    assert dates == {
        "2 March": ("day", date(2031, 3, 2).toordinal()),
        "22 June": ("monthday", date(2000, 6, 22).toordinal()),
        "28 April": ("monthday", date(2000, 4, 28).toordinal()),
    }


def test_a_day_an_inspection_is_planned_for_is_no_day_it_was_done() -> None:
    report = report_of(
        "The Ostrel grain silo was inspected on 14 March after the hailstorm.",
        "The Ostrel grain silo will be inspected again on 24 March after the hailstorm.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "other",
    [
        # 'overturned' describing a thing, 'went over' somewhere or something: no overturning
        # at that time (review19d)
        "Cranes lifted the overturned milk tanker off the Quenby ring road at 09:30.",
        "Firefighters freed the driver from the overturned cab on the Quenby ring road at 06:10.",
        "The Quenby tanker driver went over to a nearby farm at 06:30 to call for help.",
        "The Quenby ring road clean-up went over budget at 10:00, the council said.",
        "Police went over it again at 11:00, checking the Quenby tanker's tachograph.",
        "A Quenby ring road officer went over there at 03:40 to close the lane.",
        # another vehicle's overturning
        "A second vehicle, a van, overturned on the Quenby ring road at 03:40 on the spill.",
    ],
)
def test_times_of_no_overturning_stay_apart(other: str) -> None:
    report = report_of("A milk tanker overturned on the Quenby ring road at 03:25.", other)
    assert report.conflicts == ()


def test_caving_in_to_demands_is_no_collapse() -> None:
    report = report_of(
        "The roof of the Quenby depot collapsed at 03:20 after heavy snow.",
        "Quenby depot managers caved in at 23:00 to union demands over the roof.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "other",
    [
        # another storm, one to come, a deadline, or another named thing's day (review19d)
        "It was the worst damage since the hailstorm of 22 June 2019 in Ostrel, farmers said.",
        "Ostrel farmers recalled the hailstorm of 2 June last year, which cost half the crop.",
        "It was Ostrel's second hailstorm this month after hail on 9 March hit the orchards.",
        "Ostrel farmers must file claims for the hail damage on 30 March, the council said.",
        "Forecasters warn of more thunderstorms over Ostrel on 26 March.",
    ],
)
def test_days_of_another_or_a_coming_storm_are_no_day_of_the_hailstorm(other: str) -> None:
    report = report_of("Hail flattened the barley around Ostrel on Thursday, farmers said.", other)
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("planned", "done"),
    [
        # a day still to come, or of a year before: not read as this year's (review19d)
        (
            "The Ostrel bridge will reopen on 30 March, engineers said.",
            "The Ostrel bridge collapsed on Thursday, engineers said.",
        ),
        (
            "The Ostrel bridge inquiry meets again on 27 March, its chairman said.",
            "The Ostrel bridge inquiry met on Tuesday, its chairman said.",
        ),
        (
            "A year ago, on 19 March, an earlier collapse closed the Ostrel bridge.",
            "The Ostrel bridge collapsed on Thursday, engineers said.",
        ),
        (
            "The new Ostrel bridge is due to open on 20 October 2031, engineers said.",
            "The new Ostrel bridge will open on 20 October, engineers said.",
        ),
        # a day of no named event, or of another one, beside a weekday of this one
        (
            "A fire at the Ostrel paint works on Thursday forced 200 people from their homes.",
            "It was the second fire at the Ostrel paint works this year after a blaze on 2 March.",
        ),
        (
            "A lorry crashed into the Ostrel bridge on Tuesday, closing it, police said.",
            "The Ostrel bridge, damaged by the lorry, reopened to traffic on 19 March.",
        ),
    ],
)
def test_a_month_day_to_come_or_of_last_year_is_not_read_in_this_year(
    planned: str, done: str
) -> None:
    assert report_of(planned, done).conflicts == ()


@pytest.mark.parametrize(
    "later",
    [
        # 'next to' a place and 'would not say' tell no day still to come (review19d)
        "Dario Venn was arrested next to Ostrel station on 5 March, police said.",
        "Prosecutors would not say why Dario Venn was arrested in Ostrel on 5 March.",
    ],
)
def test_days_of_one_arrest_are_compared_whatever_else_the_clause_says(later: str) -> None:
    report = report_of("Dario Venn was arrested in Ostrel on 3 March, police said.", later)
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("day of the arrest")
    assert sides(conflict) == {"3 March": ("a0",), "5 March": ("a1",)}


def test_local_times_of_no_named_event_are_not_compared() -> None:
    # the times of two departures, or one in another zone: nothing says they are one moment
    report = report_of(
        "The Ostby ferry left the harbour at 07:40 with 300 passengers on board.",
        "The Ostby ferry left the harbour at twenty to nine with 300 passengers on board.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("group", "population"),
    [
        (
            "Forty passengers were on board the Olm ferry when its engine failed off the coast.",
            "The Olm ferry, which serves the island's 300 people, lost its engine off the coast.",
        ),
        (
            "Sixty pupils were in the Harl school when the roof fell in.",
            "The roof of the Harl school, which has 400 people on its roll, fell in.",
        ),
    ],
)
def test_a_group_and_a_population_are_two_counts(group: str, population: str) -> None:
    assert report_of(group, population).conflicts == ()


def test_an_undated_reports_weekday_is_read_only_where_the_week_is_sure() -> None:
    # the dated reports span a Saturday: 'Saturday' in the undated page may be either one
    articles = [
        Article(
            "a0",
            "Forty guests fell ill after Saturday's christening lunch at the Orma Inn, the "
            "health board said.",
            "Outlet 0",
            published="2031-03-20T09:00",
        ),
        Article(
            "a1",
            "The Varne council approved its budget for the coming year at a long meeting.",
            "Outlet 1",
            published="2031-03-23T09:00",
        ),
        Article(
            "a2",
            "Guests at the Orma Inn fell ill after Saturday's christening lunch, the health "
            "board said in a statement.",
            "Outlet 2",
        ),
    ]
    assert build_report(articles, models=MODELS).conflicts == ()


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("The repair bill will be £2.1m, a source tells us.", "cost of the damage"),
        ("Parliament passed an emergency bill releasing £2 million for Varne.", None),
        ("The wreck lies at a depth of 44 metres off Kelmouth.", "depth"),
        ("He was arrested in Lisbon last year and extradited to Spain on 4 March.", None),
        ("Customs officers seized 40 kg of cocaine at the port on 3 May.", None),
        (
            "Rask was arrested with his accountant outside the bank in Frankfurt on 2 March.",
            "day of the arrest",
        ),
    ],
)
def test_the_slot_of_a_size_or_a_date_is_read_from_its_own_clause(
    text: str, slot: str | None
) -> None:
    figure = next(f for f in read_figures(text).values() if f.quantity.dimension != "weight")
    # (the first figure of the sentence that is not a weight: the size, the date or the sum)
    assert figure.slot == slot


@pytest.mark.parametrize(
    "text",
    [
        "The council will pay for repairs to the hall that burned down on Sunday.",
        "Residents who would normally be at the market were at home when the fire broke out on "
        "Saturday.",
    ],
)
def test_a_will_in_another_clause_plans_no_weekday(text: str) -> None:
    (day,) = weekdays(text, "2031-03-21")
    assert day.noun != PLANNED_WEEKDAY


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("The wedding reception on Friday evening ended early.", "day of the reception"),
        # a party of cavers or a political party is no gathering
        ("The party entered the cave on Friday evening.", "day of the event"),
        ("The ruling party met on Friday to choose a leader.", "day of the talks"),
    ],
)
def test_a_party_is_no_reception(text: str, slot: str) -> None:
    (figure,) = read_figures(text).values()
    assert figure.slot == slot


def test_a_distance_with_no_place_against_one_that_names_its_place_conflicts() -> None:
    report = report_of(
        "The mudslide carried the bus 300 metres down the hillside, police said.",
        "The mudslide pushed the bus some 900 metres before it stopped above Carvell.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"300 metres", "some 900 metres"}


def test_distances_far_apart_with_a_place_on_one_side_are_two_things() -> None:
    report = report_of(
        "The mudslide carried the bus 3 kilometres down the hillside, police said.",
        "The mudslide carried the bus, which had come 300 kilometres from Carvell, off the road.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The chimney of the old mill in Harwood collapsed at 06:40, the council said.",
            "The chimney collapsed at 07:15, waking residents of Tennet Street.",
            {"06:40", "07:15"},
        ),
        (
            "The Larkin Road pumping station, built in 1968, supplies the town.",
            "The pumping station was built in 1986 by engineers from Corvale.",
            {"1968", "1986"},
        ),
    ],
)
def test_what_a_story_has_once_is_one_thing_whatever_names_stand_by(
    first: str, second: str, values: set[str]
) -> None:
    (conflict,) = report_of(first, second).conflicts
    assert set(sides(conflict)) == values


def test_records_since_two_years_with_other_names_are_two_records() -> None:
    report = report_of(
        "In Varland, a Green was elected mayor for the first time since 1969.",
        "The Labour gains marked the first time since 1934 that the party won the north.",
    )
    assert report.conflicts == ()


def test_one_claims_sum_with_its_slot_unread_is_the_same_sum() -> None:
    lead = "A banker from Corvale was arrested on Tuesday. He denies any wrongdoing. "
    report = report_of(
        lead + "Property worth €4 million has been seized in three countries, prosecutors say.",
        lead + "Prosecutors now say €7 million of his property has been seized.",
    )
    # one claim, one shared predicate word ('seized'), the price read only in the first
    (update,) = report.updates
    assert set(sides(update)) == {"€4 million", "€7 million"}


def test_a_length_naming_what_lasted_and_one_naming_nothing_need_a_shared_word() -> None:
    lead = "Divers from Corvale reached the sunken barge on Saturday. The barge sank in 1961. "
    report = report_of(
        lead + "The divers worked in pairs, with shifts of 25 minutes.",
        lead + "Each team then faced two hours of decompression on the way up.",
    )
    assert report.conflicts == ()


def test_counts_added_up_in_one_noun_phrase_are_parts_of_their_sum() -> None:
    read = read_figures("One Dutch and one Irish cyclist were killed on the pass on Sunday.")
    assert read["One"].part and read["one"].part
    read = read_figures("Two Danish and three Polish divers died in the cave.")
    assert read["Two"].part and read["three"].part
    # a count with its own plural noun is a count of its own, compared with that noun elsewhere
    read = read_figures("The ferry carried 210 passengers and nine crew on Sunday.")
    assert not read["210"].part and not read["nine"].part
    # a frame word between the counts makes each its own toll
    read = read_figures("Four people died and nine were injured in the blaze.")
    assert not read["Four"].part and not read["nine"].part
    read = read_figures("Twelve dead and 30 injured were counted by noon.")
    assert not read["Twelve"].part


def test_a_sum_written_as_its_parts_is_no_toll_against_the_sum() -> None:
    report = report_of(
        "One Dutch and one Irish cyclist were killed on the Varno pass on Sunday.",
        "Two cyclists were killed on the Varno pass on Sunday, police said.",
    )
    assert not report.conflicts


def test_the_first_or_last_few_are_some_of_them_not_how_many() -> None:
    read = read_figures("The club reached the final in her first three seasons at Holme.")
    assert read["three"].part
    assert not read_figures("She spent three seasons at Holme.")["three"].part


def test_a_count_of_a_tenure_in_a_role_names_the_role() -> None:
    read = read_figures("Varga returns to Holme after nine seasons as an assistant coach.")
    assert read["nine"].noun == "season as coach"
    assert read_figures("Varga played nine seasons for Holme.")["nine"].noun == "season"
    # 'as a precaution' is no role
    read = read_figures("Police closed four roads as a precaution on Sunday.")
    assert read["four"].noun == "road"


def test_a_count_of_people_in_a_role_or_a_length_of_a_tenure_names_the_role() -> None:
    read = read_figures("The cabinet named 12 people as ministers on Monday.")
    assert read["12"].noun == "people as minister"
    read = read_figures("The club signed up 50 people as volunteers for the race.")
    assert read["50"].noun == "people as volunteer"
    read = read_figures("Orlan served 10 years as mayor of Brell.")
    assert read["10 years"].noun == "time as mayor"
    read = read_figures("Orlan spent 20 years as a trained nurse in Brell.")
    assert read["20 years"].noun == "time as nurse"
    assert read_figures("Orlan lived in Brell for 10 years.")["10 years"].noun is None


def test_as_opening_a_clause_or_a_comparison_names_no_role() -> None:
    read = read_figures("Police held 40 fans as the other supporters left the ground.")
    assert read["40"].noun == "fan"
    read = read_figures("Crews moved 200 people as water rose in the valley.")
    assert read["200"].noun == "people"
    read = read_figures("Police held 40 fans as officers cleared the stands.")
    assert read["40"].noun == "fan"
    read = read_figures("Guards stopped 30 trucks as many drivers waited.")
    assert read["30"].noun == "truck"


def test_counts_with_as_opening_a_clause_still_conflict() -> None:
    report = report_of(
        "Police in Brell held 40 fans as the other supporters left the ground on Sunday.",
        "Police in Brell held 60 fans at the ground on Sunday.",
    )
    assert len(report.conflicts) == 1
    report = report_of(
        "Crews in the Varno valley moved 200 people as water rose on Sunday.",
        "Crews in the Varno valley moved 500 people on Sunday.",
    )
    assert len(report.conflicts) == 1


def test_tenures_in_two_roles_are_not_compared_and_in_one_role_conflict() -> None:
    apart = report_of(
        "Orlan, who served 10 years as mayor of Brell, died on Sunday.",
        "Orlan, who served 14 years as a senator, died on Sunday.",
    )
    assert not apart.conflicts
    alike = report_of(
        "Orlan, who served 10 years as mayor of Brell, died on Sunday.",
        "Orlan, who served 14 years as mayor of Brell, died on Sunday.",
    )
    assert len(alike.conflicts) == 1


def test_tenures_in_other_roles_and_titles_of_other_names_are_not_compared() -> None:
    report = report_of(
        "Varga, who played 12 seasons for Holme City, was named coach on Monday.",
        "Varga, named Holme City coach on Monday, spent five seasons as an assistant coach.",
        "Varga, a three-time All-League guard, was named Holme City coach on Monday.",
        "Varga, a four-time All-Defence pick, was named Holme City coach on Monday.",
    )
    assert not report.conflicts


def test_a_figure_of_a_possessive_with_its_noun_left_out_is_not_compared() -> None:
    report = report_of(
        "Shares of Brindle rose 6.1 percent on Tuesday.",
        "Harlow's spending rose 8 percent. Brindle's rose 14 percent.",
    )
    assert not report.conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two different last events of one place or thing: a blaze and a closure, a repair and
        # an inspection, an owner and an inspection, a case and a death
        (
            "Fire swept across Brack Fell on Sunday. Brack Fell's last big blaze, in 2018, "
            "reached the farms.",
            "A wildfire burned on Brack Fell on Sunday. Brack Fell was last closed to walkers "
            "in 2021.",
        ),
        (
            "The river rose under the Selby bridge on Sunday. The bridge's last repair, in "
            "2015, cost 2 million euros.",
            "The Selby bridge was shut on Sunday as the river rose. The bridge was last "
            "inspected in 2021, the council said.",
        ),
        (
            "A blast shook the Orwin chemical plant on Sunday. The plant's last owner, in "
            "2009, sold it to a fund.",
            "An explosion hit the Orwin chemical plant on Sunday. The plant was last inspected "
            "in 2024.",
        ),
        (
            "A fox with rabies was found in Dunmere on Sunday. The last case of rabies in the "
            "country was in 1922, officials said.",
            "Rabies was found in a fox in Dunmere on Sunday. The last rabies death in the "
            "country was in 1910.",
        ),
        # a government and a scheme's revision are no last event of the story
        (
            "Floods hit Tolby on Sunday. The last Labour government, in 2010, approved the "
            "flood scheme.",
            "Floodwater reached Tolby on Sunday. The flood scheme was last revised in 2018.",
        ),
    ],
)
def test_two_last_things_are_no_year_it_last_happened(first: str, second: str) -> None:
    assert not report_of(first, second, when="2027-06-14T09:").conflicts


def test_a_last_win_against_a_first_title_since() -> None:
    report = report_of(
        "Arlow Town won the league on Sunday. The club last won the league in 1987.",
        "Arlow Town were crowned champions on Sunday. It is their first title since 1990.",
        when="2027-06-14T09:",
    )
    assert [sides(c) for c in report.conflicts] == [{"1987": ("a0",), "1990": ("a1",)}]


def test_another_building_is_not_the_aged_tower() -> None:
    report = report_of(
        "Fire tore through a block of flats in Brindle on Sunday. The office building next "
        "door, built in 1990, was also evacuated.",
        "A fire broke out in a Brindle tower block on Sunday. The 55-year-old tower was "
        "evacuated at 3am.",
        when="2027-06-14T09:",
    )
    assert not report.conflicts
