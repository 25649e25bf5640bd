"""One measure written in other units (issue 7, units24): feet and inches, square feet, stone,
temperatures in Celsius and Fahrenheit, and the slack two conversions meet within. Phrases,
places and outlets are invented."""

from __future__ import annotations

import math

import pytest

from bylines.report.align import _same_figure_pairs
from bylines.report.quantities import (
    CONVERSION,
    FAHRENHEIT_ROUNDING,
    SPEED_LIMIT,
    conversion_slack,
    extract_quantities,
)
from bylines.report.values import Reading, gives_a_figure, value_mismatches


def _only(text: str) -> tuple[str, str, float, float]:
    """The one quantity of ``text``: (as written, dimension, low, high)."""
    (found,) = extract_quantities(text)
    return found.text, found.dimension, found.low, found.high


@pytest.mark.parametrize(
    ("text", "written", "metres"),
    [
        ("a 13ft 5in bridge over the Carrow", "13ft 5in", 4.0894),
        ("the arch is 13 feet 5 inches high", "13 feet 5 inches", 4.0894),
        ("a man 6ft 2in tall", "6ft 2in", 1.8796),
        ("a wall 6ft and 2in thick", "6ft and 2in", 1.8796),
    ],
)
def test_feet_and_inches_are_one_length(text: str, written: str, metres: float) -> None:
    said, dimension, low, high = _only(text)
    assert (said, dimension) == (written, "distance")
    assert low == pytest.approx(metres / 1000) and high == pytest.approx(metres / 1000)


def test_inches_alone_are_a_length_not_a_model_size() -> None:
    assert _only("Five inches of rain fell on Kelby")[1] == "distance"
    assert _only("a 5in crack in the Marl dam")[1] == "distance"
    # a model's size stays a size in its name, and the preposition is no unit
    assert extract_quantities("the 15-inch Lumo laptop")[0].dimension == "count"
    assert extract_quantities("at 5 in the morning")[0].dimension == "time"


@pytest.mark.parametrize(
    ("text", "square_metres"),
    [
        ("the hole covers 43 sq ft", 3.9948),
        ("the hole covers 43 square feet", 3.9948),
        ("the hole covers four square metres", 4.0),
        ("a 40 sq m flat", 40.0),
    ],
)
def test_square_feet_and_metres_are_areas(text: str, square_metres: float) -> None:
    _, dimension, low, _ = _only(text)
    assert dimension == "area"
    assert low == pytest.approx(square_metres / 1e4, rel=1e-3)


def test_stone_is_a_weight_only_after_a_figure_and_not_a_count_of_things() -> None:
    assert _only("firefighters freed a 20-stone man")[1:3] == (
        "weight",
        pytest.approx(0.127006, rel=1e-4),
    )
    assert _only("he had lost 3 stone.")[1] == "weight"
    # stone and pounds: one weight
    said, dimension, low, _ = _only("a 20 stone 4lb man")
    assert (said, dimension) == ("20 stone 4lb", "weight")
    assert low == pytest.approx(0.127006 + 0.0018144, rel=1e-4)
    # a count of walls, a count of stones, no figure at all
    assert extract_quantities("20 stone walls fell")[0].dimension == "count"
    assert extract_quantities("they threw 20 stones")[0].dimension == "count"
    assert extract_quantities("a stone wall fell in Orrin") == ()


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Temperatures in Drumlow fell to minus 4C.", "minus 4C", -4.0, -4.0),
        ("Temperatures in Drumlow fell to -4C.", "-4C", -4.0, -4.0),
        ("It was 30 degrees Celsius in Ossby.", "30 degrees Celsius", 30.0, 30.0),
        ("It hit 30°C in Ossby.", "30°C", 30.0, 30.0),
        # a whole Fahrenheit figure is any Celsius value that rounds to it
        ("The thermometer read 25F in the cold.", "25F", -4.161, -3.617),
        ("It was 86 degrees Fahrenheit in Ossby.", "86 degrees Fahrenheit", 29.728, 30.272),
        # a hedge is degrees either side, not a share of a value near zero
        ("Temperatures were about 2C in the frost.", "about 2C", 1.0, 3.0),
    ],
)
def test_temperatures_read_in_celsius(text: str, written: str, low: float, high: float) -> None:
    said, dimension, found_low, found_high = _only(text)
    assert (said, dimension) == (written, "temperature")
    assert (found_low, found_high) == (pytest.approx(low, abs=1e-3), pytest.approx(high, abs=1e-3))


def test_a_temperature_ceiling_has_a_floor() -> None:
    (found,) = extract_quantities("Forecasters expect up to 35°C in Ossby.")
    assert found.high == 35.0 and math.isfinite(found.low)


@pytest.mark.parametrize(
    "text",
    [
        "Pupils with a grade C passed in Ossby.",
        "Block F of the Marrow estate was evacuated.",
        # a letter after digits is a seat, a flat, a block, even in a cold sentence
        "The passenger in seat 14F said the cabin was cold.",
        "Flat 4C was freezing, its tenant said.",
        # digits and a letter in a sentence of weather, with no word of temperature near
        "Block 4F of the Ossby flats lost power in the snow.",
        "Pupils in grade 5C were sent home because of the snow in Kell.",
        "Flight 14F from Ossby was delayed by the snow.",
        "Pupils in 5C were sent home because of the snow.",
        "Inspector Frost of Kell said 3C and 4F were searched.",
        "The apartment at 22F was gutted in the Ossby heat.",
    ],
)
def test_letters_are_no_temperatures(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "temperature"]


def test_a_bare_letter_is_a_temperature_only_in_a_sentence_of_weather() -> None:
    assert not [q for q in extract_quantities("Tower 4C opened.") if q.dimension == "temperature"]
    assert extract_quantities("Frost came as it fell to 4C.")[0].dimension == "temperature"


def _measure(text: str):  # type: ignore[no-untyped-def]
    (found,) = extract_quantities(text)
    return found


def test_a_whole_figure_meets_its_conversion_within_its_rounding() -> None:
    # '13ft' is 12.5 to 13.5 feet: 4.1 metres (13.45 feet) is within it, 5 metres is not
    feet, metres = _measure("a 13ft bridge"), _measure("a 4.1-metre bridge")
    assert conversion_slack(feet, metres) == pytest.approx(0.5 / 13)
    read = Reading()
    same = ("A lorry hit the 13ft bridge.", "A lorry hit the 4.1-metre bridge.")
    assert value_mismatches(*same, read) == ()
    assert gives_a_figure(*same, read)
    other = ("A lorry hit the 13ft bridge.", "A lorry hit the 5-metre bridge.")
    assert value_mismatches(*other, read)


def test_two_figures_in_one_unit_get_no_conversion_slack() -> None:
    assert conversion_slack(_measure("a 13ft bridge"), _measure("a 14ft bridge")) == 0.0


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "The fire burned 2,000 acres of Hobley Moor.",
            "The fire burned 800 hectares of Hobley Moor.",
        ),
        ("Gusts of 60mph hit Pellby.", "Gusts of about 100km/h hit Pellby."),
        ("A 20-stone man was freed in Wexley.", "A 127kg man was freed in Wexley."),
        ("The temperature in Drumlow was minus 4C.", "The temperature in Drumlow was 25F."),
        ("The hole in Tarrow covers 43 sq ft.", "The hole in Tarrow covers four square metres."),
    ],
)
def test_one_measure_in_two_units_gives_the_figure(shown: str, other: str) -> None:
    read = Reading()
    assert value_mismatches(shown, other, read) == ()
    assert gives_a_figure(shown, other, read) and gives_a_figure(other, shown, read)


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "The fire burned 2,000 acres of Hobley Moor.",
            "The fire burned 1,400 hectares of Hobley Moor.",
        ),
        ("A 20-stone man was freed in Wexley.", "A 160kg man was freed in Wexley."),
        ("The temperature in Drumlow was minus 4C.", "The temperature in Drumlow was 14F."),
        ("The temperature in Drumlow was 30C.", "The temperature in Drumlow was 85F."),
        ("The hole in Tarrow covers 43 sq ft.", "The hole in Tarrow covers nine square metres."),
    ],
)
def test_two_measures_in_two_units_differ(shown: str, other: str) -> None:
    assert value_mismatches(shown, other, Reading())


@pytest.mark.parametrize(
    ("text", "per_hour"),
    [
        ("A train leaves Ossby every 20 minutes.", 3.0),
        ("Buses to Kell run every 2 hours.", 0.5),
        ("Three trains an hour leave Ossby.", 3.0),
        ("Three an hour leave Ossby.", 3.0),
    ],
)
def test_how_often_is_read_per_hour(text: str, per_hour: float) -> None:
    (found,) = extract_quantities(text)
    assert (found.dimension, found.unit) == ("frequency", "per hour")
    assert found.low == pytest.approx(per_hour) and found.high == pytest.approx(per_hour)


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        # a daily or yearly count stays a count; 'an hour later' says when
        ("Sixty flights a day leave Ossby.", "count"),
        ("Two an hour later, the ferry sank.", "count"),
        # a length that recurs is no 'every N minutes'
        ("A 40-minute wait every day in Ossby.", "duration"),
        ("The talks lasted 20 minutes.", "duration"),
    ],
)
def test_other_figures_are_no_frequency(text: str, dimension: str) -> None:
    assert extract_quantities(text)[0].dimension == dimension


def test_every_twenty_minutes_gives_three_an_hour() -> None:
    read = Reading()
    every, hourly = "A train leaves Ossby every 20 minutes.", "Three trains an hour leave Ossby."
    assert value_mismatches(every, hourly, read) == ()
    assert gives_a_figure(every, hourly, read) and gives_a_figure(hourly, every, read)
    assert value_mismatches(every, "Two trains an hour leave Ossby.", read)


def test_a_speed_limit_is_named_a_limit() -> None:
    (driven, limit) = extract_quantities("The van was doing 90mph in a 60mph limit.")
    assert (driven.noun, limit.noun) == (None, SPEED_LIMIT)
    assert extract_quantities("a 30mph zone")[0].noun == SPEED_LIMIT
    assert extract_quantities("a 30mph speed limit")[0].noun == SPEED_LIMIT


def test_money_in_two_spellings_gets_no_rounding_slack() -> None:
    # 'EUR 2.4m' and '3 million euros' are two spellings of one currency, not a conversion: the
    # round '3' lends the decimal no rounding of its own
    euros = (_measure("a cost of EUR 2.4m"), _measure("a cost of 3 million euros"))
    assert conversion_slack(*euros) == CONVERSION


@pytest.mark.parametrize(
    ("first", "second", "paired"),
    [
        # one measure in two units: 809 and 800 hectares, 96.6 and 90-110 km/h, which two
        # significant digits (810 / 800, 97 / 100) indexed apart
        (
            "The fire burned 2,000 acres of Hobley Moor.",
            "Some 800 hectares of Hobley burned.",
            True,
        ),
        ("Gusts of 60mph hit Pellby.", "Pellby was hit by gusts of about 100km/h.", True),
        (
            "The temperature in Drumlow fell to minus 4C.",
            "Drumlow hit 25F, a cold night.",
            True,
        ),
        # two measures
        (
            "The fire burned 2,000 acres of Hobley Moor.",
            "900 hectares of Hobley burned.",
            False,
        ),
        (
            "The temperature in Drumlow fell to minus 4C.",
            "Drumlow hit 14F, a cold night.",
            False,
        ),
    ],
)
def test_one_measure_in_two_units_is_indexed_alike(first: str, second: str, paired: bool) -> None:
    found = _same_figure_pairs([first, second], ["a0", "a1"], Reading())
    assert bool(found) == paired


@pytest.mark.parametrize(
    "text",
    [
        "Overnight the temperature in Ossby dropped to minus two degrees.",
        "The cold in Drumlow reached 12 degrees below zero.",
        # Celsius or Fahrenheit: 40 degrees in the snow is 40F (review units24b)
        "It was 40 degrees in Kell as snow fell.",
    ],
)
def test_degrees_without_a_scale_are_not_converted(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "temperature"]


def test_degrees_without_a_scale_are_no_conflict_with_a_scale() -> None:
    snow = "It was 40 degrees in Kell as snow fell."
    assert not value_mismatches(snow, "It was 40F in Kell as temperatures fell.", Reading())


@pytest.mark.parametrize(
    "text",
    [
        "It was 95 degrees in the Ossby heat.",  # a bare heat that high is Fahrenheit: unread
        "The Kell ferry turned 180 degrees.",
        "She holds two degrees in law from Kell.",
        "In the snow, she holds two degrees in law from Kell.",
        "The Kell ferry banked 30 degrees in the icy gale.",
        "The roof of the Ossby school was tilted 20 degrees after the snow.",
        "It was cold, and the ramp was at a 45-degree angle.",
    ],
)
def test_other_degrees_are_no_temperature(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "temperature"]


def test_a_round_figure_lends_a_conversion_only_the_rounding_it_surely_has() -> None:
    # '20 metres a second' (72 km/h) may be 19.5 to 20.5, not 15 to 25: it is not '43 miles
    # an hour' (69.2 km/h); two round figures may both be rounded to their tens
    limit, gust = _measure("gusts reach 20 metres a second"), _measure("gusts of 43 mph")
    assert conversion_slack(limit, gust) == pytest.approx(0.025)
    assert value_mismatches("Gusts reached 20 metres a second.", "Gusts reached 43 mph.", Reading())
    assert conversion_slack(_measure("30 miles away"), _measure("50 km away")) == 0.06


@pytest.mark.parametrize(
    ("first", "second"),
    [("a 120 km road", "the 122-kilometre road"), ("60 mph", "61 miles per hour")],
)
def test_one_unit_spelled_two_ways_gets_no_conversion_slack(first: str, second: str) -> None:
    assert conversion_slack(_measure(first), _measure(second)) == 0.0


def test_a_range_of_temperatures_is_one_interval() -> None:
    (found,) = extract_quantities("Temperatures in Ossby ranged from 10 to 20 degrees Celsius.")
    assert (found.dimension, found.low, found.high) == ("temperature", 10.0, 20.0)
    (found,) = extract_quantities("Temperatures in Kell: 14 - 23F at dawn.")
    assert found.low == pytest.approx((14 - 32) * 5 / 9 - FAHRENHEIT_ROUNDING)


# Review units24b: each case below was read wrongly at units24's 2d5f0ad.


@pytest.mark.parametrize(
    "other",
    [
        "The Harl suspect is 6ft 2ins tall.",
        "The Harl suspect is 6 ft 2 in tall.",
        "The Harl suspect is 6ft 2 tall.",
        # the first part alone is the whole rounded down, no disagreement
        "The Harl suspect is 6ft tall.",
    ],
)
def test_feet_and_inches_written_another_way_agree(other: str) -> None:
    assert not value_mismatches("The Harl suspect is 6ft 2in tall.", other, Reading())


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Harl suspect is 6ft 2ins tall.", "6ft 2ins"),
        ("The Harl suspect is 6 ft 2 in tall.", "6 ft 2 in"),
        ("The Harl suspect is 6ft 2 tall.", "6ft 2"),
    ],
)
def test_feet_and_inches_are_one_figure(text: str, written: str) -> None:
    said, dimension, low, high = _only(text)
    assert (said, dimension) == (written, "distance")
    assert low * 1000 == pytest.approx(1.8796) and high == low


def test_a_bare_figure_after_feet_is_inches_only_before_a_word_of_height() -> None:
    lengths = [q.text for q in extract_quantities("A 6ft 2 men crew came from Harl.")]
    assert lengths == ["6ft", "2"]


@pytest.mark.parametrize(
    "other",
    ["The Tarrow boxer weighs 15st 4lb.", "The Tarrow boxer weighs 15 stone."],
)
def test_stone_and_pounds_written_another_way_agree(other: str) -> None:
    assert not value_mismatches("The Tarrow boxer weighs 15 stone 4lb.", other, Reading())


def test_stone_and_pounds_glued_are_one_weight() -> None:
    said, dimension, low, _ = _only("The Tarrow boxer weighs 20st 4lb.")
    assert (said, dimension) == ("20st 4lb", "weight")
    assert low == pytest.approx(20 * 6.35029e-3 + 4 * 4.536e-4)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Ossby baby weighed 7lb 8oz.", "7lb 8oz"),
        ("The Ossby baby weighed 7 lb 8 oz on Tuesday.", "7 lb 8 oz"),
        ("The Ossby baby weighed 7lbs, 8oz.", "7lbs, 8oz"),
        ("The Ossby baby weighed 7 pounds, 8 ounces.", "7 pounds, 8 ounces"),
        ("The Ossby baby weighed seven pounds eight ounces.", "seven pounds eight ounces"),
        ("The Ossby baby weighed seven pounds, eight ounces.", "seven pounds, eight ounces"),
        ("The Ossby baby weighed 7 pounds and eight ounces.", "7 pounds and eight ounces"),
    ],
)
def test_pounds_and_ounces_are_one_weight(text: str, written: str) -> None:
    said, dimension, low, high = _only(text)
    assert (said, dimension) == (written, "weight")
    assert low == pytest.approx(7.5 * 4.536e-4) and high == low


def test_pounds_and_ounces_with_kilograms_in_brackets_are_one_weight() -> None:
    said, dimension, low, high = _only("The Ossby baby weighed 7lb 8oz (3.4kg).")
    assert (said, dimension) == ("7lb 8oz (3.4kg)", "weight")
    assert low == pytest.approx(0.0034) and high == pytest.approx(7.5 * 4.536e-4)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # ounces alone are no unit: a count of ounces, or no figure at all
        ("Add eight ounces of flour to the Ossby loaf.", [("eight", "count")]),
        ("The Kell cafe sells an 8oz steak.", []),
        ("She bought 7lb of potatoes in Ossby.", [("7lb", "weight")]),
        # a sum in old money, a fine, pounds and pence: as before, never a weight in parts
        ("A loaf cost £7 8s in Ossby.", [("£7", "money")]),
        ("He was fined seven pounds in Ossby.", [("seven pounds", "money")]),
        ("It cost 7 pounds 8 pence in Ossby.", [("7 pounds", "money"), ("8", "count")]),
        (
            "He paid seven pounds for eight ounces of tea.",
            [("seven pounds", "money"), ("eight", "count")],
        ),
        # more ounces than a pound holds are no second part
        ("The Ossby bag weighed 7lb, 20 ounces.", [("7lb", "weight"), ("20", "count")]),
        ("The Ossby baby weighed seven pounds.", [("seven pounds", "weight")]),
    ],
)
def test_ounces_are_read_only_as_a_second_part_of_pounds(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.dimension) for q in extract_quantities(text)] == read


@pytest.mark.parametrize(
    ("other", "differ"),
    [
        ("The Ossby baby weighed 3.4kg.", False),
        ("The Ossby baby weighed 7lb.", False),  # the first part alone: rounded down
        ("The Ossby baby weighed 3.9kg.", True),
        ("The Ossby baby weighed 3.3kg.", True),
        ("The Ossby baby weighed 8lb.", True),
        ("The Ossby baby weighed 7lb 12oz.", True),
    ],
)
def test_pounds_and_ounces_meet_another_weight(other: str, differ: bool) -> None:
    for shown in (
        "The Ossby baby weighed 7lb 8oz.",
        "The Ossby baby weighed seven pounds eight ounces.",
    ):
        assert bool(value_mismatches(shown, other, Reading())) is differ


def test_pounds_alone_still_differ_from_the_weight_with_ounces_in_kilograms() -> None:
    # '7lb' alone is 3.18kg: no reading of ounces that are not written
    assert value_mismatches(
        "The Ossby baby weighed 7lb.", "The Ossby baby weighed 3.4kg.", Reading()
    )


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        ("The Harl suspect is 6ft 2in tall.", "The Harl suspect is 1.78m tall."),
        ("The Harl suspect is 6ft 2in tall.", "The Harl suspect is 1.8m tall."),
        ("The Harl suspect is 6ft tall.", "The Harl suspect is 1.9m tall."),
    ],
)
def test_a_joined_or_one_digit_figure_lends_no_wide_rounding(shown: str, other: str) -> None:
    assert value_mismatches(shown, other, Reading())


def test_a_joined_figure_is_rounded_to_its_last_part() -> None:
    # '6ft 2in' is to the half inch of 74 inches, not to half a foot of six
    joined, metres = _measure("6ft 2in tall"), _measure("1.88m tall")
    assert conversion_slack(joined, metres) == CONVERSION
    assert not value_mismatches("He is 6ft 2in tall.", "He is 1.88m tall.", Reading())
    assert not value_mismatches("He is 6ft tall.", "He is 1.8m tall.", Reading())


@pytest.mark.parametrize(
    "text",
    [
        "Three died within an hour in Ossby.",
        "5 trapped for an hour in the Kell lift.",
        "The 12 passengers waited an hour at Ossby.",
        "Two officers spent an hour at the Kell flat.",
        "The 6 firefighters took an hour to reach Harl.",
    ],
)
def test_a_count_before_a_length_of_an_hour_is_no_rate(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "frequency"]


def test_a_count_before_a_length_of_an_hour_gives_its_count() -> None:
    died, other = "Three died within an hour in Ossby.", "Three people died in Ossby."
    assert gives_a_figure(died, other, Reading()) and gives_a_figure(other, died, Reading())


def test_temperature_words_make_a_letter_a_scale() -> None:
    (found,) = extract_quantities("Temperatures in Kell fell to 5C overnight.")
    assert (found.dimension, found.low) == ("temperature", 5.0)
    (found,) = extract_quantities("The mercury in Ossby hit 86F on Sunday.")
    assert found.dimension == "temperature"
    (found,) = extract_quantities("Ossby recorded 93F on Sunday.")
    assert found.dimension == "temperature"
    # a word of heat straight after the letter, even after 'in'
    (found,) = extract_quantities("The Kell fun run was held in 31C heat.")
    assert (found.dimension, found.low) == ("temperature", 31.0)
    (found,) = extract_quantities("The 29C heatwave closed Ossby schools.")
    assert found.dimension == "temperature"


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures in Kell rose by 8C in a day.",
        "The Ossby temperature was 10C above normal.",
        "Temperatures in Harl were 3C colder than last week.",
    ],
)
def test_a_change_of_temperature_is_no_reading(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "temperature"]


@pytest.mark.parametrize(
    "text",
    [
        "The 12 stone and brick cottages of Harl were buried.",
        "Diggers moved 20 stone of rock from the Kell road.",
        "The 8 stone or timber huts in Ossby burned.",
    ],
)
def test_stone_as_a_material_is_no_weight(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "weight"]


@pytest.mark.parametrize(
    "text",
    [
        "The speed limit on the Harl road is 40mph.",
        "He was caught where the speed limit was 40mph.",
        "The road has a speed limit of 40 mph.",
    ],
)
def test_a_speed_limit_named_before_its_figure_is_a_limit(text: str) -> None:
    speeds = [q for q in extract_quantities(text) if q.dimension == "speed"]
    assert [q.noun for q in speeds] == [SPEED_LIMIT]


def test_a_speed_driven_before_a_limit_is_no_limit() -> None:
    text = "He drove at 80mph on the Harl road, where the speed limit was 40mph."
    driven, limit = [q for q in extract_quantities(text) if q.dimension == "speed"]
    assert (driven.noun, limit.noun) == (None, SPEED_LIMIT)


@pytest.mark.parametrize(
    ("shown", "other", "differ"),
    [
        ("He is six feet two inches tall.", "He is six feet tall.", False),
        ("He is six feet two inches tall.", "He is 6ft 2in tall.", False),
        # a first part that is no whole number of feet, or more than a foot below, differs
        ("He is 6ft 2in tall.", "He is 5ft tall.", True),
        ("He is 6ft 2in tall.", "He is 6ft 3in tall.", True),
    ],
)
def test_a_first_part_alone_is_the_whole_rounded_down(shown: str, other: str, differ: bool) -> None:
    assert bool(value_mismatches(shown, other, Reading())) == differ
