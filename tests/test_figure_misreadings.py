"""Figures the reading stage misread, so never compared: a person's age after a comma, sums
of pounds written in words, a weekday after 'the night of'. Each rule with the
look-alikes where it must not fire. All texts, places, people and outlets are invented."""

from __future__ import annotations

import pytest

from bylines.report.figure_reading import ROLE, _role
from bylines.report.quantities import extract_quantities
from bylines.report.slots import weekdays
from bylines.wordlists import person_noun
from dated_reports import report_of, sides
from test_figure_people_and_things import conflict_values, two_reports


def dimensions(text: str) -> list[str]:
    return [q.dimension for q in extract_quantities(text)]


# --- ages in apposition -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Guests were led out by the ranger, Osric Pellow, 61.",  # the age ends the sentence
        "Police named the man as Nia Treloar, 34.",
        "The lifeboatman, 23, was flown to hospital.",  # a '-man' role
        "The chairwoman, 58, resigned on Tuesday.",
        "The warden, 47, raised the alarm.",
        "A volunteer from Dunmere, 19, was among the injured.",
        "The ferryman is 52 and has worked the crossing for years.",
    ],
)
def test_a_persons_age_after_a_comma_is_an_age(text: str) -> None:
    assert dimensions(text) == ["age"]


@pytest.mark.parametrize(
    "text",
    [
        # another number after the age's comma opens no list of numbers
        "The skipper, Ewan Tregarth, 52, 30 years a fisherman, was rescued.",
        "He died at 44, 12 years after his wife.",
        "At 78, 3 decades after he first sailed, Osric Pellow refused to leave.",
        "Ann Pellow, 34, 5ft 4in, was last seen in Tolvern.",
        "Joss Penhale, 29, 12 Quay Street, Tolvern, was fined.",
        "Tregarth, 82, 3 times mayor, died on Sunday.",
    ],
)
def test_an_age_with_another_number_after_its_comma_is_an_age(text: str) -> None:
    assert dimensions(text)[0] == "age"


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("The ferry used Route 61, which runs north of Harlow Sound.", "count"),
        ("Trains left from Platform 9, 10 minutes late.", "count"),
        ("In Ward 4, 12 patients fell ill overnight.", "count"),
        ("She lives at Harbour Road, 45, in Tolvern.", "count"),  # an address's number
        ("The letters went to the landlord, Quay Street, 12.", "count"),
        ("The trains, 23, were all cancelled.", "count"),  # things, not a person
        ("The team, 11, were named on Friday.", "count"),  # a group's size
        ("The firemen, 23, were stood down.", "count"),  # a plural: how many
        ("The ottoman, 12, was sold at auction.", "count"),
        ("The operator, Skyline Air, 12.", "count"),  # no person's role
        ("The owner, Tolvern Boats, 12.", "count"),  # a firm's name, not a person's
        ("Dunmere Ferries, 14, were named in the report.", "count"),
    ],
)
def test_a_number_after_a_comma_that_is_no_persons_age(text: str, dimension: str) -> None:
    assert dimensions(text)[0] == dimension


@pytest.mark.parametrize(
    "text",
    [
        "Penrose, 3, 2 and 1 were the scores at the break.",  # a list of numbers
        "Flats 12, 14 and 16 were evacuated.",
        "Brown, 4, 6 or 9 were the numbers called.",
        "The captain, Joss Penhale, 3, 4 and 5 were the numbers drawn.",
    ],
)
def test_a_number_in_a_list_of_numbers_is_no_age(text: str) -> None:
    assert "age" not in dimensions(text)


def test_a_date_after_a_comma_stays_a_date() -> None:
    assert dimensions("On May 21, 2028 the ranger retired.") == ["date"]


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("fireman", True),
        ("chairwoman", True),
        ("warden", True),
        ("ottoman", False),
        ("man", True),  # a listed role
        ("trains", False),
        ("team", False),
        ("firemen", False),  # a plural counts people, it is no one's role
        ("Driver", True),  # a listed role opening a sentence
        ("snowman", False),  # things and names spelt '-man'
        ("superman", False),
        ("walkman", False),
        ("Amman", False),
        ("German", False),
        ("Newman", False),
        ("Cayman", False),
        ("Fireman", False),  # a '-man' word capitalised is a name ('Fireman Sam')
    ],
)
def test_person_noun(word: str, person: bool) -> None:
    assert person_noun(word) is person


@pytest.mark.parametrize(
    "first",
    [
        "The lifeboatman, 23, was flown to hospital with burns.",
        "The lifeboatman, aged 23, is an apprentice at the yard.",
    ],
)
def test_a_roles_age_after_a_comma_meets_the_same_roles_age_before_it(first: str) -> None:
    report = two_reports(first, "Its 31-year-old lifeboatman was scalded and is in hospital.")
    assert {"23": ("a0",), "31-year-old": ("a1",)} in conflict_values(report)


def test_a_named_roles_age_ending_its_sentence_meets_another_age() -> None:
    report = two_reports(
        "Guests were led to safety by the ranger, Osric Pellow, 61.",
        "The 67-year-old ranger, Osric Pellow, woke the guests.",
    )
    assert {"61": ("a0",), "67-year-old": ("a1",)} in conflict_values(report)


# --- pounds in words ----------------------------------------------------------------------


def units(text: str) -> list[str]:
    return [q.unit for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Six million pounds was spent restoring the jetty.", 6e6),  # a scale in words
        ("Refunds of thirty-eight pounds are being offered.", 38.0),  # a word of value before
        ("Thirty-eight pounds is being refunded to each adult.", 38.0),  # a sum's verb after
        ("Forty pounds was paid by every stallholder at Kelby.", 40.0),
        ("A prize of 500 pounds went to a baker from Dunmere.", 500.0),
        ("The ferry company spent 90 pounds on every cabin.", 90.0),
        ("Kelby council gained 2 million pounds in harbour fees.", 2e6),  # gained, not weighed
        ("Twenty pounds was raised for the Tolvern lifeboat.", 20.0),
    ],
)
def test_pounds_in_a_sums_words_are_sterling(text: str, value: float) -> None:
    [quantity] = extract_quantities(text)
    assert (quantity.unit, quantity.value) == ("GBP", value)


@pytest.mark.parametrize(
    "text",
    [
        "A 38-pound salmon was landed at Orrin Quay.",
        "The sow weighed 200 pounds.",
        "He lost 30 pounds over the winter.",
        "He gained 12 pounds before the race.",
        "The barge weighed two million pounds.",  # a scale in words, weighed
        "Two million pounds of grain were recalled.",  # pounds of something
        "The fee covers up to 50 pounds of luggage.",
        "Anglers spent hours landing a 40-pound pike.",
        "The cod, 38 pounds, was landed at Penrith Quay.",
        "He had lost 30 pounds by the time he was charged.",
        "The boxer weighed in at 147 pounds.",
        "Forty pounds were lost in the first month of the diet.",
        # borne, with a scale word: weight
        "The new Orrin bridge can carry two million pounds.",
        "The barge carried six million pounds in cargo.",
        "A cargo of two million pounds was lost off Orrin Point.",
        "The engine gives a thrust of 1.6 million pounds.",
        "Twenty pounds was raised by the crane.",  # lifted, not a sum raised
    ],
)
def test_pounds_of_weight_stay_weight(text: str) -> None:
    assert units(text) == ["tonne"]


# --- a weekday after a part of the day ----------------------------------------------------

PUBLISHED = "2028-05-23T10:00"  # a Tuesday


def days_read(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.noun) for q in weekdays(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On the night of Friday the ferry sank off Orrin Point.", "Friday"),
        ("It happened on the morning of Tuesday when the tide was high.", "Tuesday"),
        ("The alarm sounded on the evening of Monday.", "Monday"),
    ],
)
def test_a_weekday_after_a_part_of_the_day_is_read(text: str, day: str) -> None:
    assert days_read(text) == [(day, "weekday")]


@pytest.mark.parametrize(
    "text",
    [
        "The Sunday Times reported the fire at Carrick Head.",
        "The opening hours of Sunday markets were cut in Kelby.",
        "He spent the hours of Sunday reading in the lighthouse.",
        "The afternoon of Saturday Kelby Rovers played was wet.",  # a name after the day
        "She spoke of Sunday as a day of rest.",  # 'of' with no part of the day
        "Crews worked hours of overtime on the night shift.",
        "A night of Sunday concerts was planned in Dunmere.",
        "The morning of Friday prayers was quiet in Harlow.",
        # the early hours of a day are the night before's too ('late on Saturday night')
        "Fire broke out in the early hours of Sunday, destroying the lantern.",
        "The roof fell in the small hours of Saturday 20 May.",
        # a span counted from a day names no day of the event
        "Residents were told to leave Orrin within 24 hours of Tuesday.",
        "He died within hours of Sunday, his family in Kelby said.",
    ],
)
def test_a_weekday_in_a_names_or_a_things_words_is_not_read(text: str) -> None:
    assert days_read(text) == []


def test_another_things_day_keeps_its_own_reading() -> None:
    # 'Sunday's final' is read as before (a day to come with 'will'), not as the event's day
    assert days_read("He will play in Sunday's final at Kelby.") == [("Sunday", "planned weekday")]


def test_the_early_hours_of_a_day_meet_the_night_before_with_no_conflict() -> None:
    report = report_of(
        (
            "Fire gutted the lantern room of the Carrick Head lighthouse in the early hours of"
            " Sunday, the coastguard said. Guests were led out by the ranger.",
            "2028-05-22T08:00",
        ),
        (
            "Fire gutted the lantern room of the Carrick Head lighthouse late on Saturday night,"
            " the coastguard said. Guests were led out by the ranger.",
            "2028-05-22T09:00",
        ),
    )
    assert report.conflicts == ()


def test_a_weekday_after_the_night_of_meets_another_outlets_day() -> None:
    report = report_of(
        (
            "Fire gutted the lantern room of the Carrick Head lighthouse on the night of"
            " Friday, the coastguard said. Guests were led out by the ranger.",
            "2028-05-22T08:00",
        ),
        (
            "Fire gutted the lantern room of the Carrick Head lighthouse on Saturday evening,"
            " the coastguard said. Guests were led out by the ranger.",
            "2028-05-22T09:00",
        ),
    )
    assert [sides(c) for c in report.conflicts] == [{"Friday": ("a0",), "Saturday": ("a1",)}]


@pytest.mark.parametrize(("word", "role"), [("Amman", ""), ("German", ""), ("fireman", "fireman")])
def test_a_capitalised_man_word_names_no_role(word: str, role: str) -> None:
    # the figures stage once lowercased the word first, so 'the Amman' read as a role
    found = _role([(0, "the"), (4, word)], 1)
    assert found.removeprefix(ROLE) == role
