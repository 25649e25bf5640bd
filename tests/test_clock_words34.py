"""Clock times in words with any minute, in the clock's own shapes only, and a time given to the
minute read as no rounded one (issue 7, figures34: A7 again after the review of figures33).

Every text is invented; the report cases are the review's (its e3 and e14) and look-alikes.
"""

from __future__ import annotations

import pytest

from bylines.report.clock import read_times
from bylines.report.quantities import extract_quantities
from dated_reports import report_of, sides

PUBLISHED = "2031-02-10T09:00"


def _minutes(text: str) -> list[int]:
    return [time.minutes for time in read_times(text)]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        # any minute, said with 'minutes' and past or to, or with 'past' alone
        ("The baby arrived at twenty-seven minutes past eight.", 8 * 60 + 27),
        ("The surge came ashore at twelve minutes past seven.", 7 * 60 + 12),
        ("Seventeen minutes past nine, the first engine arrived.", 9 * 60 + 17),
        ("The fire began at seven minutes to eight.", 7 * 60 + 53),
        ("Twenty-three minutes to ten, the power returned.", 9 * 60 + 37),
        ("The lights failed at seven past eight.", 8 * 60 + 7),
        ("Thirteen past four was when the call came.", 4 * 60 + 13),
        ("One minute past midnight the roof fell.", 1),
        # the fixed shapes, as before
        ("The roof fell in at twenty past four.", 4 * 60 + 20),
        ("Crews left shortly after half past nine.", 9 * 60 + 30),
        ("The alarm sounded at quarter to eleven.", 10 * 60 + 45),
        ("The alarm sounded at four o'clock.", 4 * 60),
        # after 'at' a plural is the sentence's next word
        ("At ten past four firefighters arrived.", 4 * 60 + 10),
        ("At half past four people began to leave.", 4 * 60 + 30),
    ],
)
def test_a_time_in_the_clocks_own_words(text: str, minutes: int) -> None:
    assert _minutes(text) == [minutes]


@pytest.mark.parametrize(
    "text",
    [
        # minutes after an event, not after an hour (review R6)
        "Forty-one minutes after two trains collided, the first ambulance arrived.",
        "Seventeen minutes after eight passengers were freed, the deck collapsed.",
        "Twenty minutes after eight passengers were freed, the deck collapsed.",
        # the hour counts the noun after it
        "Nineteen minutes past four people were still trapped.",
        "Twenty after six homes were flooded.",
        # the hour joined to the next word
        "The gala honoured eleven past three-time winners.",
        # any minute with neither 'minutes' nor 'past': counts as often as times
        "Seven to eight people were hurt.",
        "Twelve after six the gates shut.",
        # no hour
        "About eleven past, the mains burst.",
        "The crew worked twenty minutes past the deadline.",
        "It took twenty-seven minutes to free him.",
        # an hour then a minute in words is read nowhere (review: a count or a price as often)
        "He paid at eight twenty-pence coins a go.",
        "The tally stood at eight twenty-one when play stopped.",
        "Since nine eleven, airport checks have tightened.",
        "The sheep numbered about eight forty-six head.",
        "Police arrived by ten oh five.",
    ],
)
def test_no_time_where_the_words_count_or_measure(text: str) -> None:
    assert _minutes(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # to the minute: no rounding to allow for
        ("The fire service was called at 8.21pm.", 8 * 60 + 19, 8 * 60 + 23),
        ("Crews were called at twenty-seven minutes past eight.", 8 * 60 + 25, 8 * 60 + 29),
        ("The crane fell at 07:41.", 7 * 60 + 39, 7 * 60 + 43),
        # look-alikes: a time on a five-minute step may be a rounded one
        ("The crane fell at 07:40.", 7 * 60 + 33, 7 * 60 + 47),
        ("It came down at twenty to nine.", 8 * 60 + 33, 8 * 60 + 47),
        ("The surge came ashore just after 7am.", 6 * 60 + 53, 7 * 60 + 7),
    ],
)
def test_a_time_to_the_minute_is_read_with_less_slack(text: str, low: int, high: int) -> None:
    (time,) = [q for q in extract_quantities(text) if q.unit == "clock"]
    assert (time.low, time.high) == (low, high)


_TRAIN = (
    "Two passenger trains collided near Hathersby station on Tuesday evening, injuring 31 people."
)


def test_minutes_after_an_event_stay_a_length_in_a_report() -> None:
    # review e14: read as 2:41, 'Forty-one minutes' left the side of '41 minutes'
    report = report_of(
        (
            f"{_TRAIN} Forty-one minutes after two trains collided, the first ambulance "
            "arrived, passengers said.",
            PUBLISHED,
        ),
        (
            f"{_TRAIN} The first ambulance arrived 41 minutes after the collision, passengers "
            "said.",
            "2031-02-10T09:30",
        ),
        (
            f"{_TRAIN} The first ambulance arrived 25 minutes after the collision, the "
            "ambulance service said.",
            "2031-02-10T10:00",
        ),
    )
    assert [sides(c) for c in report.conflicts] == [
        {"25 minutes": ("a2",), "Forty-one minutes": ("a0", "a1")}
    ]


_FIRE = "A mother and her son escaped a fire at their house in Ollerby on Sunday night."


def test_two_times_to_the_minute_six_minutes_apart_are_cited_apart() -> None:
    # review e3: the claim of 8.21pm cited the outlets of 8.27pm, in digits or in words
    report = report_of(
        (f"{_FIRE} Fire crews were called at twenty-seven minutes past eight.", PUBLISHED),
        (f"{_FIRE} Firefighters were called to the house in Ollerby at 8.27pm.", PUBLISHED),
        (f"{_FIRE} The fire service was called at 8.21pm to the house in Ollerby.", PUBLISHED),
    )
    cited = {c.text: c.sources for c in report.claims if "called" in c.text}
    assert [s for t, s in cited.items() if "8.21pm" in t] == [("a2",)]
    assert all("a2" not in s for t, s in cited.items() if "8.21pm" not in t)


_BRIDGE = "The Wendle footbridge collapsed on Sunday evening."


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("8.45pm", [{"twenty-seven minutes past eight": ("a0",), "8.45pm": ("a1",)}]),
        ("8.21pm", [{"twenty-seven minutes past eight": ("a0",), "8.21pm": ("a1",)}]),
        # look-alikes: the same time in digits, or rounded
        ("8.27pm", []),
        ("about 8.25pm", []),
    ],
)
def test_a_worded_time_of_the_collapse_meets_a_time_in_digits(
    other: str, conflicts: list[dict[str, tuple[str, ...]]]
) -> None:
    report = report_of(
        (f"{_BRIDGE} The footbridge collapsed at twenty-seven minutes past eight.", PUBLISHED),
        (f"{_BRIDGE} The footbridge collapsed at {other}, police said.", "2031-02-10T09:30"),
    )
    assert [sides(c) for c in report.conflicts] == conflicts


@pytest.mark.parametrize(
    ("text", "slack"),
    [
        # review e9: a hedge says even an odd minute is rounded, so it keeps 7 minutes' slack
        ("The tram derailed at about 6.41pm, police said.", 7),
        ("The tram derailed around 8.22pm, police said.", 7),
        # look-alikes: no hedge, a time to the minute; a hedge after the time says nothing of it
        ("The tram derailed at 6.41pm, police said.", 2),
        ("The tram derailed at 6.41pm, about a mile from the depot.", 2),
    ],
)
def test_a_hedged_time_to_the_minute_keeps_the_slack_of_a_rounded_one(
    text: str, slack: int
) -> None:
    [clock] = [q for q in extract_quantities(text) if q.unit == "clock"]
    assert (clock.value - clock.low, clock.high - clock.value) == (slack, slack)


_TRAM = "A tram derailed on Quay Street in Kellen"


def test_a_hedged_time_meets_a_time_five_minutes_on() -> None:
    # review e9: 'at about 6.41pm' and '18:46' tell one time, so the claim cites both outlets
    report = report_of(
        (f"{_TRAM} at about 6.41pm on Sunday, the operator said.", PUBLISHED),
        (
            "The tram came off the rails on Quay Street at 18:46 on Sunday, the operator said.",
            PUBLISHED,
        ),
    )
    cited = [c.sources for c in report.claims if "6.41pm" in c.text]
    assert cited == [("a0", "a1")]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        # review R3: the minutes of a time in digits are never read again with the word after
        ("The rescue team was called at 16:12 after four climbers went missing.", [4 * 60 + 12]),
        ("Police arrived at 21:05 after two men were seen fighting.", [9 * 60 + 5]),
        ("The team was called at 16.12 after four climbers went missing.", [4 * 60 + 12]),
        # review M2: digit minutes and a worded hour, a plural after: two counts
        ("The ferry sailed at 10 past six passengers short.", []),
        # look-alikes that stay times: no plural after, or worded minutes after 'at'
        ("The ferry sailed at 10 past six this evening.", [6 * 60 + 10]),
        ("Police arrived at 10 past six, the force said.", [6 * 60 + 10]),
        ("At ten past four firefighters arrived.", [4 * 60 + 10]),
        ("The team was called at 16:12 after four hours of searching.", [4 * 60 + 12]),
    ],
)
def test_a_time_in_digits_before_after_and_a_count(text: str, minutes: list[int]) -> None:
    assert _minutes(text) == minutes


def test_the_count_after_a_time_in_digits_is_no_update() -> None:
    # review e16: '16:12 after four climbers' gave a count of 16 against the others' four
    climbers = "Four climbers were found on a ledge on Scarth Pike by a helicopter."
    report = report_of(
        (
            f"{climbers} Thirty-five minutes after four climbers were reported missing, a "
            "helicopter found them.",
            "2032-12-03T09:00",
        ),
        (
            f"{climbers} The rescue team was called at 16:12 after four climbers went missing.",
            "2032-12-03T11:00",
        ),
    )
    assert report.updates == ()
    counts = extract_quantities("called at 16:12 after four climbers went missing")
    assert [(q.text, q.unit) for q in counts] == [("16:12", "clock"), ("four", "count")]
