"""The figure parser on phrasings we wrote ourselves, the way news writes them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bylines.report.quantities import ABOUT, JUST_OVER, NEARLY, Quantity, extract_quantities

INF = math.inf


def only(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


H = 60.0  # minutes in an hour
MI = 1.609344  # km in a mile
PHRASINGS = [
    # text, (as written, low, high, unit, dimension); durations normalise to minutes
    ("The talks lasted 35 minutes.", ("35 minutes", 35, 35, "minute", "duration")),
    (
        "They met for seven and a half hours.",
        ("seven and a half hours", 7.5 * H, 7.5 * H, "minute", "duration"),
    ),
    ("It took half an hour.", ("half an hour", 30, 30, "minute", "duration")),
    (
        "It lasted just over half an hour.",
        ("just over half an hour", 30, 30 * (1 + JUST_OVER), "minute", "duration"),
    ),
    (
        "after nearly 6 hours of debate",
        ("nearly 6 hours", 6 * H * (1 - NEARLY), 6 * H, "minute", "duration"),
    ),
    (
        "during a nearly 6-hour meeting",
        ("nearly 6-hour", 6 * H * (1 - NEARLY), 6 * H, "minute", "duration"),
    ),
    ("more than 10 hours of talks", ("more than 10 hours", 10 * H, INF, "minute", "duration")),
    ("a two-day visit", ("two-day", 48 * H, 48 * H, "minute", "duration")),
    ("an hour and a half later", ("an hour and a half", 1.5 * H, 1.5 * H, "minute", "duration")),
    ("for 90 seconds", ("90 seconds", 1.5, 1.5, "minute", "duration")),
    ("a 17-year rule", ("17-year", 17 * 525960, 17 * 525960, "minute", "duration")),
    ("a couple of hours", ("a couple of hours", 2 * H, 3 * H, "minute", "duration")),
    ("it took 3 1/2 hours", ("3 1/2 hours", 3.5 * H, 3.5 * H, "minute", "duration")),
    # counts of people and things
    ("half a dozen people", ("half a dozen", 6, 6, "count", "count")),
    ("at least 32 people were killed", ("at least 32", 32, INF, "count", "count")),
    ("about 80 people", ("about 80", 80 * (1 - ABOUT), 80 * (1 + ABOUT), "count", "count")),
    ("some 400 guests", ("some 400", 400 * (1 - ABOUT), 400 * (1 + ABOUT), "count", "count")),
    ("a dozen protesters", ("a dozen", 12, 12, "count", "count")),
    ("9,000 troops moved", ("9,000", 9000, 9000, "count", "count")),
    ("fewer than 20 boats", ("fewer than 20", 0, 20, "count", "count")),
    ("up to 15 villages", ("up to 15", 0, 15, "count", "count")),
    ("between 1,000 and 1,500 people", ("1,000 and 1,500", 1000, 1500, "count", "count")),
    ("Between 40 and 50 divers", ("40 and 50", 40, 50, "count", "count")),
    ("10-12 dead", ("10-12", 10, 12, "count", "count")),
    ("200 or more homes", ("200 or more", 200, INF, "count", "count")),
    ("twenty-one nations", ("twenty-one", 21, 21, "count", "count")),
    ("two hundred thousand voters", ("two hundred thousand", 2e5, 2e5, "count", "count")),
    ("2.5 million residents", ("2.5 million", 2.5e6, 2.5e6, "count", "count")),
    (
        "close to 37,000 people died",
        ("Close to 37,000", 37e3 * (1 - NEARLY), 37e3, "count", "count"),
    ),
    # money keeps its currency
    ("a $95bn deal", ("$95bn", 95e9, 95e9, "USD", "money")),
    ("£3m in fines", ("£3m", 3e6, 3e6, "GBP", "money")),
    ("€1.2 billion", ("€1.2 billion", 1.2e9, 1.2e9, "EUR", "money")),
    ("US$2.5 billion loan", ("US$2.5 billion", 2.5e9, 2.5e9, "USD", "money")),
    ("200 million yuan", ("200 million yuan", 2e8, 2e8, "CNY", "money")),
    ("nearly $5 million", ("nearly $5 million", 5e6 * (1 - NEARLY), 5e6, "USD", "money")),
    # percentages
    ("prices rose 2.3%", ("2.3%", 2.3, 2.3, "percent", "percent")),
    ("about 90 percent of the land", ("about 90 percent", 81, 99, "percent", "percent")),
    ("a 5 per cent cut", ("5 per cent", 5, 5, "percent", "percent")),
    ("three percentage points", ("three percentage points", 3, 3, "points", "percent")),
    # distances in km, weights in tonnes, ages in years
    ("40 kilometers west", ("40 kilometers", 40, 40, "km", "distance")),
    ("a 350-mile-wide storm", ("350-mile", 350 * MI, 350 * MI, "km", "distance")),
    ("winds of 180 mph", ("180 mph", 180 * MI, 180 * MI, "kph", "speed")),
    ("700 tons of food", ("700 tons", 700, 700, "tonne", "weight")),
    ("a 57-year-old teacher", ("57-year-old", 57, 57, "year", "age")),
    ("a man aged 60", ("60", 60, 60, "year", "age")),
    ("Pinochet, 82, was arrested", ("82", 82, 82, "year", "age")),
    (
        "It took a week and a half.",
        ("a week and a half", 1.5 * 7 * 24 * H, 1.5 * 7 * 24 * H, "minute", "duration"),
    ),
    (
        "It lay a mile and a half off the path.",
        ("a mile and a half", 1.5 * MI, 1.5 * MI, "km", "distance"),
    ),
    # a distance per hour or second is a speed, in km/h
    ("Gusts reached 43 miles an hour.", ("43 miles an hour", 43 * MI, 43 * MI, "kph", "speed")),
    ("The limit is 20 metres a second.", ("20 metres a second", 72, 72, "kph", "speed")),
    # numbers in words that carry their own unit or scale
    ("The slip is half a kilometre across.", ("half a kilometre", 0.5, 0.5, "km", "distance")),
    ("Half a million homes lost power.", ("Half a million", 5e5, 5e5, "count", "count")),
    ("Nearly a hundred people were moved.", ("Nearly a hundred", 85, 100, "count", "count")),
    (
        "He was missing for a fortnight.",
        ("a fortnight", 14 * 24 * H, 14 * 24 * H, "minute", "duration"),
    ),
    (
        "Help came a quarter of an hour later.",
        ("a quarter of an hour", 15, 15, "minute", "duration"),
    ),
    (
        "It took three-quarters of an hour.",
        ("three-quarters of an hour", 45, 45, "minute", "duration"),
    ),
    # pounds paid per person or by the week are money; pounds of something, or weighed, weight
    (
        "A hundred and fifty pounds per household has been offered.",
        ("A hundred and fifty pounds", 150, 150, "GBP", "money"),
    ),
    ("Carers get 90 pounds a week.", ("90 pounds", 90, 90, "GBP", "money")),
    ("The sack weighed 50 pounds a day later.", ("50 pounds", 0.02268, 0.02268, "tonne", "weight")),
    # (review16a) a verb of weight before 'each' or 'a week': weight
    ("Each sack weighed 50 pounds each.", ("50 pounds", 0.02268, 0.02268, "tonne", "weight")),
    ("The calf gained 50 pounds a week.", ("50 pounds", 0.02268, 0.02268, "tonne", "weight")),
    ("Nurses gained a rise to 90 pounds a week.", ("90 pounds", 90, 90, "GBP", "money")),
    # a quarter of a length is a length, as half of one is
    (
        "Police shut the streets within a quarter of a mile of the block.",
        ("a quarter of a mile", 0.25 * MI, 0.25 * MI, "km", "distance"),
    ),
    (
        "The spill reached three-quarters of a kilometre downstream.",
        ("three-quarters of a kilometre", 0.75, 0.75, "km", "distance"),
    ),
    ("A quarter of the staff were sent home.", ("A quarter", 25, 25, "percent", "percent")),
    ("Orders fell by a fifth, the firm said.", ("a fifth", 20, 20, "percent", "percent")),
    ("Two-thirds of members voted yes.", ("Two-thirds", 66.67, 66.67, "percent", "percent")),
    # shares said as so many in so many
    ("Four in ten of the shops shut.", ("Four in ten", 40, 40, "percent", "percent")),
    ("One in every five pupils stayed home.", ("One in every five", 20, 20, "percent", "percent")),
    ("3 out of 10 voters backed it.", ("3 out of 10", 30, 30, "percent", "percent")),
    # a time's zone is written in capitals: 'on' after '5 a.m.' is no zone
    ("The dam burst at 5 a.m. on Saturday.", ("5 a.m", 293, 307, "clock", "time")),
    ("The vote closed at 4:30 p.m. EDT.", ("4:30 p.m. EDT", 990, 990, "clock EDT", "time")),
    # a local time on the twelve-hour dial, give or take CLOCK_SLACK minutes (not '40' a count)
    ("The crane fell at 07:40, the police said.", ("07:40", 453, 467, "clock", "time")),
    ("It came down at twenty to nine.", ("twenty to nine", 513, 527, "clock", "time")),
    ("The dam gave way at half past three.", ("half past three", 203, 217, "clock", "time")),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_phrasings(text: str, expected: tuple[str, float, float, str, str]) -> None:
    written, low, high, unit, dimension = expected
    quantity = only(text)
    assert quantity.text.lower() == written.lower()
    assert quantity.low == pytest.approx(low)
    assert quantity.high == pytest.approx(high)
    assert (quantity.unit, quantity.dimension) == (unit, dimension)
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("at least 32 people were killed", "people"),
        ("10,000 troops", "troops"),
        ("a nearly 6-hour meeting", "meeting"),
        ("seven hours of talks", "talks"),
        ("64 of the 122 parliamentary seats", "seats"),
        ("dozens of people", "people"),
        # a word in -ing before a noun qualifies it
        ("30 hectares of grazing land", "land"),
        ("about 2,000 people in the surrounding villages", "people"),
        # a possessive is no counted noun: what follows it is
        ("Six of his races this season were annulled.", "races"),
        ("Four of their flats were flooded.", "flats"),
        # a group said by its size counts the group
        ("The trawler, with a crew of 9, sank.", "crew"),
        ("The mill has a workforce of 1,200.", "workforce"),
    ],
)
def test_counted_noun(text: str, noun: str) -> None:
    assert extract_quantities(text)[-1].noun == noun


def test_clock_times_keep_their_zone() -> None:
    times = extract_quantities("They met just after 4:30 pm (0830 GMT) on Monday.")
    # a local time is read on the twelve-hour dial, give or take CLOCK_SLACK minutes
    assert [(q.text, q.value, q.unit) for q in times] == [
        ("4:30 pm", 4 * 60 + 30, "clock"),
        ("0830 GMT", 8 * 60 + 30, "clock GMT"),
    ]
    assert [q.dimension for q in times] == ["time", "time"]


def test_dates_are_day_numbers_and_years_whole_years() -> None:
    full, year = extract_quantities("It was amended on June 19, 2023, as in 2021.")
    assert full.unit == "day" and full.low == full.high
    assert (year.text, year.dimension) == ("2021", "date")
    assert year.high - year.low == 364  # the whole year
    no_year = only("The trial opens Nov. 2.")
    assert (no_year.text, no_year.unit) == ("Nov. 2", "monthday")
    # a stop and no space: the same day ("Dec.14"), not a count of 14
    tight = only("Voting in Kessar began on Dec.14.")
    assert (tight.text, tight.unit, tight.low) == ("Dec.14", "monthday", only("on Dec. 14").low)


def test_a_year_is_not_a_count() -> None:
    assert [q.dimension for q in extract_quantities("In 1998, 20 people died.")] == [
        "date",
        "count",
    ]


def test_scores_are_not_quantities() -> None:
    assert [q.text for q in extract_quantities("They beat the Braves 3-0 in Game 2.")] == ["2"]


def test_over_a_span_of_days_is_not_a_hedge() -> None:
    talks = extract_quantities("He held more than 10 hours of talks over two days.")
    assert [(q.text, q.hedge) for q in talks] == [
        ("more than 10 hours", "atleast"),
        ("two days", None),
    ]
    assert only("The talks lasted over two hours.").low == 120


def test_over_after_a_verb_of_spreading_is_across_not_more_than() -> None:
    spread = only("By nightfall the oil had spread over 40 hectares of marsh.")
    assert (spread.text, spread.low, spread.high, spread.hedge) == ("40 hectares", 40, 40, None)
    assert only("Glass was scattered over 300 metres of the street.").high == pytest.approx(0.3)
    # 'over' as 'more than' still bounds an extent, and 'spread to over' is a bound too
    assert only("Over 40 hectares of marsh were soaked.").high == INF
    assert only("The oil spread to over 40 hectares.").high == INF
    # ...and a count after 'spread over' is no extent: 'over' stays 'more than'
    assert only("The workers were spread over 12 sites.").hedge == "atleast"


def test_a_distance_up_to_so_far_away_is_how_far_it_reached() -> None:
    reach = only("Doors were blown in up to three kilometres away.")
    assert (reach.text, reach.low, reach.high) == ("three kilometres", 3, 3)
    assert only("Ash fell up to 20 miles from the crater.").low == pytest.approx(20 * MI)
    # a ceiling with nothing reached stays a ceiling
    assert only("Visibility will be up to 10 km.").low == 0
    assert only("Up to 40 homes away from the river were flooded.").hedge == "atmost"


def test_a_participle_before_a_plural_is_no_counted_noun() -> None:
    assert only("The clinic cancelled 48 planned visits.").noun == "visits"
    assert only("The storm flattened six parked vans.").noun == "vans"
    # an adjective or a noun before the plural says which ones, and stays
    assert only("They cancelled all 30 charter flights.").noun == "charter"
    assert only("She met four outspoken critics.").noun == "outspoken"
    # a count with no plural after the participle keeps what it had
    assert only("Nine died, most of them in the fire.").noun == "died"


def test_converted_units_remember_what_was_written() -> None:
    km, miles = extract_quantities("Kindu is 380 kilometers west of Goma, or 235 miles by road")
    assert (km.written_unit, miles.written_unit) == ("kilometer", "mile")
    assert miles.low == pytest.approx(378.2, abs=0.1)
    both = only("Kindu, 380 kilometers (235 miles) west of Goma")
    assert both.written_unit == "kilometer"
    assert (both.low, both.high) == pytest.approx((378.2, 380), abs=0.1)


def test_numeric_dates_are_not_counts() -> None:
    assert [q.text for q in extract_quantities("Filed on 12/25/1998 in court.")] == ["1998"]


def test_text_without_numbers_has_no_quantities() -> None:
    assert extract_quantities("The minister said nothing of note.") == ()
    assert extract_quantities("") == ()


@given(st.text(max_size=300))
def test_any_text_gives_well_formed_quantities(text: str) -> None:
    for quantity in extract_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.low <= quantity.high


def test_a_flattened_table_is_read_whole() -> None:
    table = " | ".join(f"row {n}: {n * 3} units, {n}.5%" for n in range(300))
    found = extract_quantities(table)
    assert len(found) == 900
    assert found[-1].text == "299.5%"


def test_a_range_of_days_is_one_interval() -> None:
    summit = only("The summit runs Oct. 3-9 in the capital.")
    assert summit.text == "Oct. 3-9" and summit.dimension == "date"
    assert summit.high - summit.low == 6
    assert summit.low <= only("It opens Oct. 5.").low <= summit.high


def test_a_figure_and_its_conversion_in_brackets_are_one_quantity() -> None:
    metric = only("the airfield, four kilometers (two miles) away")
    assert metric.text == "four kilometers (two miles)"
    assert (metric.low, metric.high) == pytest.approx((2 * MI, 4.0))
    imperial = only("the airfield, two miles (three kilometers) away")
    assert (imperial.low, imperial.high) == pytest.approx((3.0, 2 * MI))
    # a compound adjective on both readings
    row = only("mourners set up a 30-meter-long (100-foot-long) row of candles")
    assert row.text == "30-meter-long (100-foot-long)"
    assert (row.low, row.high) == pytest.approx((0.03, 0.03048))


def test_two_currencies_in_brackets_stay_two_quantities() -> None:
    assert [q.unit for q in extract_quantities("a $20m (£16m) deal")] == ["USD", "GBP"]


def test_a_hyphenated_count_is_the_size_of_a_group() -> None:
    assert only("half of the 80-boat fleet").noun == "boat-size"
    assert only("25 boats withdrew").noun == "boats"


def test_a_count_in_brackets_is_not_a_conversion() -> None:
    assert [q.text for q in extract_quantities("The council voted 52 (48) in favour")] == [
        "52",
        "48",
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the fire burned 250 hectares of pine", 250.0, "hectare"),
        ("the fire burned about 100 acres", 40.4686, "hectare"),
        ("a lake of 3 square kilometres", 300.0, "hectare"),
        ("flooded 12 km2 of farmland", 1200.0, "hectare"),
    ],
)
def test_areas_are_read_in_hectares(text: str, value: float, unit: str) -> None:
    (quantity,) = extract_quantities(text)
    assert (quantity.dimension, quantity.unit) == ("area", unit)
    assert math.isclose(quantity.value, value, rel_tol=1e-6)


def test_nordic_crowns_by_word_or_code_are_one_currency() -> None:
    (word,) = extract_quantities("each passenger gets 800 kroner back")
    (code,) = extract_quantities("each passenger gets NOK 600 back")
    assert word.unit == code.unit == "crowns"
    assert (word.value, code.value) == (800.0, 600.0)


def test_a_month_of_a_year_spans_its_days_and_a_bare_month_is_a_month() -> None:
    (of_year,) = extract_quantities("The bridge last closed in March 2021.")
    assert of_year.unit == "day" and of_year.high - of_year.low == 30
    (bare,) = extract_quantities("She resigned in October over the contract.")
    assert (bare.unit, bare.value, bare.text) == ("month", 10.0, "October")
    assert extract_quantities("They may stay, and May Lind agrees.") == ()


def test_an_age_said_of_a_role_is_an_age() -> None:
    (age,) = extract_quantities("The driver is 61 and lives in Orsa.")
    assert (age.dimension, age.value) == ("age", 61.0)
    (late,) = extract_quantities("The driver was 20 minutes late.")
    assert late.dimension == "duration"


def test_a_month_name_that_is_a_first_name_is_no_month() -> None:
    assert extract_quantities("Aides for June Tessaly, who resigned, said little.") == ()


def test_a_crew_is_no_person_whose_number_is_an_age() -> None:
    (count,) = extract_quantities("The crew was 12 and the ship sank.")
    assert count.dimension == "count"
    assert all(
        q.dimension != "age" for q in extract_quantities("The driver was 3 and a half hours late.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "A third suspect was held on Monday.",
        "She came a third time.",
        "at a quarter past one",
        "The flat was sold by a third party.",
        "Turnout was lifted by a third wave of postal votes.",
        "The road reopened by a quarter past nine.",
    ],
)
def test_an_ordinal_or_a_clock_quarter_is_no_share(text: str) -> None:
    assert "percent" not in [q.dimension for q in extract_quantities(text)]


def test_half_a_year_is_read_as_its_days() -> None:
    (half,) = extract_quantities("The deal should close in the first half of 2026.")
    assert half.high - half.low == 180


def test_an_age_opening_a_sentence_after_at_is_an_age() -> None:
    (age,) = extract_quantities("At 78, Hallgrim Toft refused to leave his farm.")
    assert (age.dimension, age.value) == ("age", 78.0)
    (count,) = extract_quantities("They met at 10, then left.")
    assert count.dimension == "count"


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [
        ("The stolen vases are valued at 2.3 million pounds, the insurers said.", "GBP", "money"),
        ("The county was fined 40,000 pounds.", "GBP", "money"),
        ("The plant recalled 2.3 million pounds of minced pork.", "tonne", "weight"),
        ("The stranded walrus weighs about 1,800 pounds.", "tonne", "weight"),
        # a compound adjective naming a sum's thing, and a thing weighed (fresh28)
        ("Each family was given a twenty-pound voucher.", "GBP", "money"),
        ("He was handed a 50-pound fine at the gate.", "GBP", "money"),
        ("He landed a twenty-pound salmon.", "tonne", "weight"),
        ("She bought a 20-pound bag of flour.", "tonne", "weight"),
        ("Army engineers detonated a 500-pound charge.", "tonne", "weight"),
        # 'thousand' is no scale word of a sum: American pages weigh so (review letters28)
        ("The trailer held forty thousand pounds when it tipped.", "tonne", "weight"),
        ("The insurer bore three million pounds in claims.", "GBP", "money"),
    ],
)
def test_pounds_are_money_after_a_scale_or_a_word_of_value(
    text: str, unit: str, dimension: str
) -> None:
    (quantity,) = extract_quantities(text)
    assert (quantity.unit, quantity.dimension) == (unit, dimension)


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("The yacht was about 50 nautical miles off the coast.", 92.6),
        ("Fishing is banned inside the 8-nautical-mile zone.", 14.816),
    ],
)
def test_nautical_miles_are_a_distance(text: str, km: float) -> None:
    (quantity,) = extract_quantities(text)
    assert quantity.dimension == "distance"
    assert quantity.value == pytest.approx(km)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("She died at the age of 61.", 61.0),
        ("Moen died of pneumonia at 85 and was buried in Orsa.", 85.0),
        ("He retired at 60, the club said.", 60.0),
    ],
)
def test_an_age_at_a_life_event_is_an_age(text: str, age: float) -> None:
    (quantity,) = [q for q in extract_quantities(text) if q.dimension == "age"]
    assert quantity.low == age


@pytest.mark.parametrize(
    "text",
    [
        "He died on Monday at 9 and ten minutes later the road closed.",
        "The girl died in hospital at 6, her family said.",  # six o'clock, perhaps
    ],
)
def test_a_clock_hour_after_a_death_is_no_age(text: str) -> None:
    assert "age" not in [q.dimension for q in extract_quantities(text)]


def test_a_distance_swum_a_second_time_is_no_speed() -> None:
    assert [q.dimension for q in extract_quantities("He swam 200 metres a second time.")] == [
        "distance"
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The balloon came down about a mile from the park.", [("about a mile", "distance")]),
        ("The jet circled for more than an hour.", [("more than an hour", "duration")]),
        ("The boat sank within a kilometre of the pier.", [("a kilometre", "distance")]),
        # a rate, a moment and a plain 'a mile' are no measure of the story
        ("The van was doing 60 miles an hour.", [("60 miles an hour", "speed")]),
        ("An hour later the road reopened.", []),
        ("About an hour later the road reopened.", []),
        ("It is a mile walk to the station.", []),
        # what the measure measures follows it
        ("Divers searched a mile of the flooded Tarrow culvert.", [("a mile", "distance")]),
        ("A kilometre-long queue formed at the Vessby crossing.", [("A kilometre", "distance")]),
        ("Passengers faced an hour-long wait at Osterby.", [("an hour", "duration")]),
        # "an hour of" says when or what kind of hour, not how long
        ("In an hour of need, 40 volunteers came forward.", [("40", "count")]),
        ("The dam gave way at an hour of the night when Kelby slept.", []),
    ],
)
def test_a_mile_or_an_hour_is_a_measure_after_a_hedge_or_before_what_it_measures(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.dimension) for q in extract_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A quarter of a million people lost power.", ("A quarter of a million", 250_000.0)),
        (
            "Three-quarters of a million tickets were sold.",
            ("Three-quarters of a million", 750_000.0),
        ),
        ("The flight lasted an hour and a quarter.", ("an hour and a quarter", 75.0)),
    ],
)
def test_a_fraction_of_a_scale_or_an_hour(text: str, read: tuple[str, float]) -> None:
    (quantity,) = extract_quantities(text)
    assert (quantity.text, quantity.value) == read


@pytest.mark.parametrize(
    ("text", "read", "value", "unit"),
    [
        ("The van slid about 300ft down the bank.", "about 300ft", 0.09144, "km"),
        ("The kite rose 45m above the dunes.", "45m", 0.045, "km"),
        ("It was a 250m drop to the quarry floor.", "250m", 0.25, "km"),
        ("She climbed the 120m-high mast.", "120m", 0.12, "km"),
        ("The gash was 3.5cm long.", "3.5cm", 3.5e-5, "km"),
        ("The bolt is 8mm across.", "8mm", 8e-6, "km"),
        ("The lamb weighed 4.2lb at birth.", "4.2lb", 4.2 * 4.536e-4, "tonne"),
        ("He carried a 20kg pack.", "20kg", 0.02, "tonne"),
        ("The ferry ran at 30mph into the harbour.", "30mph", 30 * 1.609344, "kph"),
        ("a tokenised 'about 3, 000ft' from a corpus", "about 3, 000ft", 0.9144, "km"),
    ],
)
def test_a_unit_stuck_to_its_digits_is_a_measure(
    text: str, read: str, value: float, unit: str
) -> None:
    (quantity,) = extract_quantities(text)
    assert quantity.text == read and quantity.unit == unit
    assert math.isclose(quantity.value, value, rel_tol=1e-6)


def test_a_stuck_m_is_millions_before_people_or_after_a_currency_sign() -> None:
    assert [(q.text, q.unit) for q in extract_quantities("a €40m grant")] == [("€40m", "EUR")]
    assert extract_quantities("the 40m viewers who watched")[0].dimension == "count"


def test_metres_with_feet_in_brackets_are_one_measure() -> None:
    (drop,) = extract_quantities("It fell 90m (300ft) onto the rocks.")
    assert drop.text == "90m (300ft)"
    assert (drop.low, drop.high) == pytest.approx((0.09, 0.09144))


def test_a_list_of_small_numbers_is_not_one_tokenised_thousand() -> None:
    assert [q.value for q in extract_quantities("bays 4, 512 and 513 were full")] == [
        4.0,
        512.0,
        513.0,
    ]


def test_an_n_time_compound_counts_wins_of_its_title() -> None:
    assert only("Rask, a three-time Grand Slam winner, withdrew.").noun == "time-grand slam"
    assert only("the two-time world champion").noun == "time-champion"
    assert only("a six-time Pro Bowler").noun != only("a six-time All-Pro").noun


def test_a_size_in_a_models_name_is_no_measure_of_the_story() -> None:
    assert only("Orla launched the 13-inch AirSlate on Monday.").noun is None
    assert only("Reviewers preferred the ZX 17-inch overall.").noun is None
    assert only("It has a 13-inch screen.").noun == "inch-size"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Orla will pay $24 to $26 a share.", 24.0, 26.0),
        ("Orla will pay between $24 and $26 a share.", 24.0, 26.0),
        ("The repairs cost $4m-$5m.", 4e6, 5e6),
        ("The firm lost €2 billion to €3 billion a year.", 2e9, 3e9),
        ("The repairs will cost $24 to $26 million.", 24e6, 26e6),
    ],
)
def test_a_sums_range_with_its_sign_written_twice_is_one_interval(
    text: str, low: float, high: float
) -> None:
    found = only(text)
    assert (found.low, found.high, found.dimension) == (low, high, "money")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The toll rose from 10 to 12 on Friday.", [12.0]),
        ("The council cut the fare from $3 to $2.50 on Monday.", [2.5]),
        ("Sales grew 20 percent, from $5 million to $6 million.", [20.0, 6e6]),
        ("The jobless rate rose from 5 to 7 percent.", [7.0]),
        ("Inflation rose from 3.5% to 4% last year.", [4.0]),
        ("The toll rose from 10 people to 12.", [12.0]),
        ("Sales were up 20 percent from $5 million to $6 million.", [20.0, 6e6]),
        ("The toll rose from five to seven overnight.", [7.0]),  # words: no clock time 6:55
        ("Prices went up from ten to twelve dollars.", [12.0]),
    ],
)
def test_a_change_gives_the_figure_it_changed_to_not_a_range(
    text: str, figures: list[float]
) -> None:
    found = extract_quantities(text)
    assert [q.value for q in found] == figures
    assert all(q.low == q.high for q in found)


def test_a_range_of_values_after_a_change_word_stays_one() -> None:
    found = only("Temperatures will rise, ranging from 10 to 20 degrees.")
    assert (found.low, found.high) == (10.0, 20.0)


def test_a_range_after_from_without_a_change_stays_one() -> None:
    assert (
        only("From 10 to 12 people were hurt.").low,
        only("From 10 to 12 people were hurt.").high,
    ) == (10.0, 12.0)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Tens of thousands of people marched on Sunday.", 20e3, 99e3),
        ("Hundreds of thousands fled the city.", 200e3, 999e3),
        ("The storm left hundreds of millions of people without power.", 200e6, 999e6),
        ("Dozens of people were hurt.", 24.0, 144.0),
    ],
)
def test_a_vague_plural_of_a_vague_plural_is_one_figure(text: str, low: float, high: float) -> None:
    found = only(text)
    assert (found.low, found.high, found.hedge) == (low, high, "vague")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Between 24 and 26 million people voted.", 24e6, 26e6, "count"),
        ("The sea wall is 10 to 12 m high.", 0.010, 0.012, "km"),  # metres, not millions
        ("Between six and seven million people voted.", 6e6, 7e6, "count"),  # not 13 million
        ("The repairs will cost six or seven million euros.", 6e6, 7e6, "EUR"),
        ("Five to seven hundred people marched.", 500.0, 700.0, "count"),  # not 6:55
        ("Two hundred to three hundred homes flooded.", 200.0, 300.0, "count"),  # written whole
    ],
)
def test_a_ranges_scale_word_after_its_top_scales_both_ends(
    text: str, low: float, high: float, unit: str
) -> None:
    found = only(text)
    assert (found.low, found.high, found.unit) == pytest.approx((low, high, unit))


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        (
            "The fund lost four point two million euros.",
            "four point two million euros",
            4.2e6,
            "EUR",
        ),
        ("Unemployment rose to six point one per cent.", "six point one per cent", 6.1, "percent"),
        ("The quake measured five point eight.", "five point eight", 5.8, "count"),
        (
            "The wall is three point two five metres tall.",
            "three point two five metres",
            3.25e-3,
            "km",
        ),
    ],
)
def test_a_decimal_said_in_words_is_one_figure(
    text: str, written: str, value: float, unit: str
) -> None:
    # as a broadcast transcript writes it: not 'four' and 'two million pounds'
    found = only(text)
    assert (found.text, found.unit) == (written, unit)
    assert found.low == pytest.approx(value)


def test_at_one_point_is_a_moment_not_a_decimal() -> None:
    found = extract_quantities("At one point two stewards were trapped at the gate.")
    assert [q.low for q in found] == [1.0, 2.0]


@pytest.mark.parametrize(
    ("text", "litres"),
    [
        ("The lagoon held 3.5 million cubic metres of slurry.", 3.5e9),
        ("The lagoon held 3.5 billion litres of slurry.", 3.5e9),
        ("About 40,000 liters of diesel leaked into the harbour.", 40_000 * (1 - ABOUT)),
        ("The tank holds 12 m³ of fuel.", 12_000),
    ],
)
def test_a_volume_is_read_in_litres(text: str, litres: float) -> None:
    # one reservoir in two units is one figure, not two counts of other things
    found = only(text)
    assert (found.unit, found.dimension) == ("litre", "volume")
    assert found.low == pytest.approx(litres)


@pytest.mark.parametrize(
    "text",
    [
        "Orla showed the 2-litre Golf GTI at the fair.",  # a size in a model's name
        "The river carried 1,200 cubic metres per second at its peak.",  # a flow
        "The river carried 1,200 m³/s at its peak.",
    ],
)
def test_a_model_size_or_a_flow_is_no_volume(text: str) -> None:
    assert all(q.dimension != "volume" for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Boats picked up survivors from 10 to 15 km offshore.", 10.0, 15.0),  # no change
        ("Some 8 to 10k people marched.", 7200.0, 11000.0),
        ("Between 500,000 and 1 million people fled.", 500e3, 1e6),  # the low written whole
    ],
)
def test_ranges_that_are_no_change_keep_both_ends(text: str, low: float, high: float) -> None:
    found = only(text)
    assert (found.low, found.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tremors from a quake registering 6. 1 on the Richter scale were felt.", 6.1, "magnitude"),
        ("A 6. 4 - magnitude quake hit the town on Monday.", 6.4, "magnitude"),
        ("Shares closed at $9. 21 on Friday.", 9.21, "USD"),
        ("Each unit cost $1,234. 56 in the spring.", 1234.56, "USD"),
        ("Prices fell 5. 4 per cent in the spring.", 5.4, "percent"),
    ],
)
def test_a_tokenisers_decimal_point_with_a_space_is_one_figure(
    text: str, value: float, unit: str
) -> None:
    found = only(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The toll was 6. A further 1 died later.", [6, 1]),
        ("The fire at the depot killed 6. 12 others were hurt.", [6, 12]),  # joined sentences
        ("Between 15 and 12 million people voted.", [15, 12e6]),  # falling: two figures
    ],
)
def test_no_decimal_or_range_where_none_makes_sense(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The outbreak caused 20 confirmed deaths.", "deaths"),
        ("Crews reached 33 trapped miners.", "miners"),
    ],
)
def test_a_participle_that_only_says_which_is_not_what_is_counted(text: str, noun: str) -> None:
    assert only(text).noun == noun


def test_a_magnitude_of_at_least_so_much_is_a_magnitude_and_a_floor() -> None:
    text = (
        "A quake with a magnitude of at least 5.9 hit Varn on Sunday, killing at least 10 people."
    )
    magnitude, toll = extract_quantities(text)
    assert (magnitude.unit, magnitude.low, magnitude.high) == ("magnitude", 5.9, math.inf)
    assert (toll.unit, toll.low) == ("count", 10.0)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("One hundred and six people were rescued.", [106.0]),  # 'and' after a scale word
        ("Teams of six and seven searched the hills.", [6.0, 7.0]),  # two figures, not 13
    ],
)
def test_and_joins_a_number_only_after_its_scale_word(text: str, figures: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "The firefighter in hospital, 41, is in a stable condition.",
        "A nurse from Kelby, 29, was among the injured.",
        "The trawler's master, 58, was questioned by police.",
        "The driver of the bus, Ivo Marsh, is 63.",
    ],
)
def test_an_age_after_a_role_with_its_place_or_after_a_name_in_apposition(text: str) -> None:
    assert only(text).dimension == "age"


@pytest.mark.parametrize(
    "text",
    [
        "The toll in Karvo is 58.",
        "Two were treated at the scene, and 41 went home.",
        "The toll in the worst-hit province, Vell Marra, is 58.",  # a place in apposition
        "The toll in the hardest-hit area, Vell Marra, is 58.",
        "The number of homes lost in the coastal town, Orlby, was 37.",
    ],
)
def test_a_count_said_of_a_place_is_no_age(text: str) -> None:
    assert [q.dimension for q in extract_quantities(text)][-1] == "count"


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("At ten to seven police were called to the house.", "time"),  # 'at': a time
        ("At ten to four Jones left the building.", "time"),
        ("The alarm sounded at five to six across the town.", "time"),
        ("The death toll, according to officials in Kelby, is 58.", "count"),  # no person
        ("About five to six people were hurt.", "count"),  # a hedge, not 'at'
        ("Five to seven Britons were among the injured.", "count"),
        ("He was freed after five to seven years in prison.", "duration"),
        ("The death toll was put at five to six hundred.", "count"),  # 'at' an estimate
        ("The crowd was estimated at five to six thousand people.", "count"),
        ("The ship's captain, Sean O'Brien, was 58.", "age"),
        ("The gunman, identified as John Smith, was 24.", "age"),
        ("The pilot, Dahl, was 44.", "age"),
    ],
)
def test_review_readings_that_stay_as_they_were(text: str, dimension: str) -> None:
    assert [q.dimension for q in extract_quantities(text)] == [dimension]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between five and a hundred people were hurt.", 5.0, 100.0),  # the low written whole
        ("Between 40 and two thousand people were hurt.", 40.0, 2000.0),
    ],
)
def test_a_range_whose_low_is_written_whole_keeps_it(text: str, low: float, high: float) -> None:
    found = only(text)
    assert (found.low, found.high) == (low, high)


def test_a_change_to_one_of_many_keeps_the_figure_it_started_from() -> None:
    text = "Unemployment fell from 8% to one of the lowest levels in Europe."
    assert extract_quantities(text)[0].value == 8.0


@pytest.mark.parametrize(
    "text",
    ["The ship's crew of 19 was rescued.", "The lifeboat crew of 19 were aboard within minutes."],
)
def test_a_crew_after_a_possessive_or_a_modifier_is_counted(text: str) -> None:
    assert only(text).noun == "crew"


def test_a_change_to_a_number_of_a_whole_gives_the_new_figure() -> None:
    found = extract_quantities("Seats rose from three to five of the twelve on the council.")
    assert [q.value for q in found] == [5.0, 12.0]


@pytest.mark.parametrize(
    "text",
    [
        "The ferryman, who is 47, swam ashore at Orsby.",
        "The skipper, who was aged 61, was lifted off by helicopter.",
        "The most seriously hurt, a woman of 71, was flown to Kelby.",
        "A man of 58 was arrested in Orsby on Tuesday.",
        "The cyclist was a man of 33.",
        "A woman of 64 said she was frightened by the Orsby flood.",
    ],
)
def test_an_age_in_a_clause_of_a_role_or_a_person_of_a_number_is_an_age(text: str) -> None:
    assert only(text).dimension == "age"


@pytest.mark.parametrize(
    "text",
    [
        "The captain of 11 was injured in the Orsby crash.",
        "The teacher of 30 was praised by the Orsby coroner.",
        "An owner of 12 has died, the Orsby council said.",
        "A leader of 40 has resigned from the Orsby council.",
    ],
)
def test_a_number_of_whom_a_person_heads_or_has_is_a_count_not_an_age(text: str) -> None:
    assert only(text).dimension == "count"


def test_a_person_of_few_words_has_no_number() -> None:
    assert extract_quantities("The ferryman is a man of few words.") == ()
