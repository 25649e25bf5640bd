"""Figures read for what they are: a price per unit, a hyphenated fraction of a unit, a group
said by its strength, a difference of two counts, a lead time before an event, and a length of
another named thing. All texts are invented."""

from __future__ import annotations

from bylines.report.figure_reading import _dated_after_it
from bylines.report.quantities import extract_quantities
from dated_reports import report_of, sides


def _only(text: str) -> tuple[float, str, str | None]:
    (quantity,) = extract_quantities(text)
    return quantity.value, quantity.unit, quantity.noun


def test_a_price_per_unit_is_a_rate_of_money_per_that_unit() -> None:
    assert _only("Farmers get EUR 180 for each ewe lost.") == (180.0, "EUR", "per ewe")
    assert _only("The board pays EUR 120 a head.") == (120.0, "EUR", "per unit")
    assert _only("Rooms cost 90 euros per night.") == (90.0, "EUR", "per night")
    assert _only("The stay cost 900 euros in all.") == (900.0, "EUR", None)
    # a sum by the year is a budget or a salary, given with and without its period
    assert _only("The contract costs £2.5m a year.") == (2_500_000.0, "GBP", None)
    # 'an hour later' is when, not a rate
    assert _only("The stake sold for $300 an hour later.") == (300.0, "USD", None)


def test_two_rates_for_the_same_animals_disagree() -> None:
    report = report_of(
        (
            "Sheep farmers in Corvath will be paid EUR 180 for each animal the wolves killed, "
            "the ministry said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The ministry will pay Corvath sheep farmers EUR 120 a head for animals the wolves "
            "killed, it said on Monday.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"EUR 180": ("a0",), "EUR 120": ("a1",)}


def test_a_price_per_night_and_a_total_price_are_not_compared() -> None:
    report = report_of(
        (
            "Guests at the Pellow Inn in Darnmouth paid 90 euros per night, the owner said on "
            "Monday.",
            "2031-03-03T09:00",
        ),
        (
            "Guests at the Pellow Inn in Darnmouth paid 900 euros for the festival week, the "
            "owner said on Monday.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_hyphenated_fraction_before_a_unit_is_a_quantity() -> None:
    half = _only("The half-tonne bomb lay under the quay.")
    assert half == (0.5, "tonne", "bomb")
    (mile,) = extract_quantities("Traffic stood in a three-quarter-mile queue.")
    assert (round(mile.value, 3), mile.unit, mile.noun) == (1.207, "km", "queue")
    (quarter,) = extract_quantities("a quarter-mile queue")
    assert round(quarter.value, 3) == 0.402


def test_a_half_tonne_bomb_and_a_250_kg_bomb_disagree() -> None:
    report = report_of(
        (
            "Army experts defused a half-tonne bomb found by builders on Quarry Lane in "
            "Tessington on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The 250 kg bomb found on Quarry Lane in Tessington was defused on Monday, the "
            "army said.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"half-tonne", "250 kg"}


def test_a_group_said_by_its_strength_counts_the_group() -> None:
    assert _only("The five-strong pack was seen near Ulvby.") == (5.0, "count", "pack")
    assert _only("A 40-strong crew worked through the night.") == (40.0, "count", "crew")
    # ...while another hyphenated count is still a size
    assert _only("The 12-seat council met.") == (12.0, "count", "seat-size")


def test_a_difference_of_two_counts_is_not_compared_with_a_total() -> None:
    report = report_of(
        (
            "Eight people were injured when a ride collapsed at Harlow Fair in Gantry on Monday, "
            "police said.",
            "2031-03-03T09:00",
        ),
        (
            "Eleven people were injured when the ride collapsed at Harlow Fair in Gantry on "
            "Monday.",
            "2031-03-03T12:30",
        ),
        (
            "Police in Gantry said three more were injured than was first reported when the ride "
            "collapsed at Harlow Fair on Monday.",
            "2031-03-03T14:30",
        ),
    )
    assert all("three" not in sides(conflict) for conflict in report.conflicts)


def test_three_more_buses_is_still_a_count_of_buses() -> None:
    # an addition with its noun, not a difference: the figures stage keeps reading it
    (buses,) = extract_quantities("The council sent three more buses to Gantry.")
    assert (buses.value, buses.dimension) == (3.0, "count")
    report = report_of(
        (
            "The council sent three more buses than planned to Harlow Fair in Gantry on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The council sent eight buses to Harlow Fair in Gantry on Monday.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_two_lead_times_before_one_event_disagree() -> None:
    report = report_of(
        (
            "The papers for the Marrow Board's chemistry exam were posted online about 14 hours "
            "before the exam, the board said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The Marrow Board said on Monday its chemistry papers were posted online two days "
            "before the exam.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"about 14 hours", "two days"}


def test_a_length_of_nothing_named_is_not_a_named_zones_length() -> None:
    report = report_of(
        (
            "The bomb found on Quarry Lane in Tessington was nearly four feet long, the army "
            "said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "Police set up a 400-metre exclusion zone around Quarry Lane in Tessington on Monday.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_bridges_length_said_two_ways_still_disagrees() -> None:
    report = report_of(
        (
            "The Sallow bridge in Tessington, which closed on Monday, is 420 metres long.",
            "2031-03-03T09:00",
        ),
        (
            "The 380-metre Sallow bridge in Tessington closed on Monday.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"420 metres", "380-metre"}


def test_a_year_before_the_figure_still_dates_it() -> None:
    report = report_of(
        (
            "In 1871 a 300-kilogram shell fell on Mallow Row in Ferrisby, engineers said on "
            "Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The 150 kg shell found on Mallow Row in Ferrisby on Monday was made safe, "
            "engineers said.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_rate_set_in_an_earlier_year_is_still_todays_rate() -> None:
    report = report_of(
        (
            "Goat keepers in Vellamoor get EUR 95 for each goat lost to lynx, the regional "
            "office said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "Goat keepers in Vellamoor receive EUR 70 a head for goats lost to lynx, a rate set "
            "in 2027 and unchanged since, the regional office said on Monday.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"EUR 95": ("a0",), "EUR 70": ("a1",)}


# Review of the rules above (review rates18): look-alikes they must not swallow.


def _pair(first: str, second: str) -> set[str]:
    """The values of the one conflict (or none) between two reports of one day."""
    report = report_of((first, "2031-03-03T09:00"), (second, "2031-03-03T09:30"))
    return {value for conflict in report.conflicts for value in sides(conflict)}


def test_a_length_before_an_event_is_still_a_length() -> None:
    assert _pair(
        "The siege in Orvel lasted 10 hours before the arrest on Monday, police said.",
        "The siege in Orvel lasted 14 hours, police said on Monday.",
    ) == {"10 hours", "14 hours"}
    assert _pair(
        "Dario Kell was held for 36 hours in Orvel before the hearing on Monday, police said.",
        "Dario Kell was held for 48 hours in Orvel before his release on Monday, police said.",
    ) == {"36 hours", "48 hours"}


def test_a_sum_each_meets_a_sum_with_each_before_it() -> None:
    assert _pair(
        "Two men were fined £500 each by magistrates in Orvel on Monday.",
        "Two men were each fined £600 by magistrates in Orvel on Monday.",
    ) == {"£500", "£600"}
    assert _pair(
        "The 40 families flooded out in Orvel will each get £2,000, the council said on Monday.",
        "The 40 families flooded out in Orvel will get £3,000 each, the council said on Monday.",
    ) == {"£2,000", "£3,000"}
    assert _pair(
        "Each of the 40 families flooded out in Orvel will get £2,000, the council said on Monday.",
        "The 40 families flooded out in Orvel will get £3,000 each, the council said on Monday.",
    ) == {"£2,000", "£3,000"}
    assert _pair(
        "Tickets for the Orvel ferry will cost £85, the operator said on Monday.",
        "Tickets for the Orvel ferry will cost £95 each, the operator said on Monday.",
    ) == {"£85", "£95"}


def test_a_rate_and_a_total_marked_as_one_are_not_compared() -> None:
    assert (
        _pair(
            "Guests at the Pellow Inn in Darnmouth paid 90 euros each, the owner said on Monday.",
            "Guests at the Pellow Inn in Darnmouth paid 900 euros in total, the owner said.",
        )
        == set()
    )


def test_rates_per_two_things_meet_but_not_per_a_time_and_a_thing() -> None:
    assert _pair(
        "The Orvel ferry will cost £85 per person, the operator said on Monday.",
        "The Orvel ferry will cost £95 a ticket, the operator said on Monday.",
    ) == {"£85", "£95"}
    assert _pair(
        "Buses in Orvel will cost £3 a journey, the council said on Monday.",
        "Buses in Orvel will cost £2.50 per trip, the council said on Monday.",
    ) == {"£3", "£2.50"}
    assert (
        _pair(
            "Parking at the Orvel depot will cost £4 an hour, the council said on Monday.",
            "Parking at the Orvel depot will cost £9 a ticket, the council said on Monday.",
        )
        == set()
    )


def test_an_unnamed_length_still_meets_a_queue() -> None:
    assert _pair(
        "Traffic stretched 5 miles on the Orvel bypass after the crash on Monday, police said.",
        "The crash on the Orvel bypass on Monday caused an 8-mile queue, police said.",
    ) == {"5 miles", "8-mile"}


def test_a_word_after_a_that_goes_on_is_not_what_a_sum_is_paid_per() -> None:
    assert _only("He was paid £80,000 a spokesman confirmed.")[2] is None
    assert _only("It gave £20 a head teacher fund.")[2] is None
    assert _only("Fares are £5 each way.")[2] is None
    assert extract_quantities("Fares are £200 a one-way ticket.")[0].noun is None
    # ...while a word that ends the phrase is
    assert _only("Fares are £5 a trip, and rising.")[2] == "per trip"
    assert _only("The fine was £500 each.")[2] == "per unit"


def _dated_after(text: str, figure: str) -> bool:
    (quantity,) = [q for q in extract_quantities(text) if text[q.start : q.end] == figure]
    return _dated_after_it(text, quantity)


def test_a_clause_describes_the_figures_thing_only_with_a_participle() -> None:
    assert _dated_after(
        "It was a 300-kilogram shell, probably fired during a siege in 1871.", "300-kilogram"
    )
    assert _dated_after(
        "Keepers get EUR 70 a head, a rate set in 2027 and unchanged since.", "EUR 70"
    )
    # a finite verb after the relative clause the figure is in, a speaker, 'since': old figures
    assert not _dated_after(
        "The last quake in Orvel, which killed 300 people, struck in 1985.", "300"
    )
    assert not _dated_after("A blast killed 31 miners, the company said in 1987.", "31")
    assert not _dated_after("A blast killed 31 miners, a spokesman confirmed in 1987.", "31")
    assert not _dated_after("A blast killed 31 miners, the worst since 1985.", "31")
    assert not _dated_after("A blast killed 31 miners, recorded since 1985.", "31")


def test_more_than_a_mile_is_no_difference() -> None:
    assert _pair(
        "Police said the storm killed 15 more than a mile from Orvel on Monday.",
        "Police said the storm killed 9 near Orvel on Monday.",
    ) == {"15", "9"}
