"""A clock time its clause says the story's incident happened at ('the collision happened at
3.10pm', 'the fire broke out at ten past three', 'the near miss came at 4.10pm') is the time of
that incident, a strong slot: two outlets' zone-less times of it are compared (fresh35 cause 5,
the airshow's time never compared). A timetable, a plan, another event's time, a statement's
time, a deadline, a dated or ranked incident (two of one day) keep no such slot. All texts are
invented (places, boats, outlets, times).
"""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides
from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    ("text", "time", "slot"),
    [
        ("The near miss happened at 3.10pm, 12 minutes into the display.", "3.10pm", "near miss"),
        ("The near miss came at 4.10pm, as the team began its last loop.", "4.10pm", "near miss"),
        ("The near-miss occurred at ten past three.", "ten past three", "near miss"),
        ("The fire broke out at twenty to nine on the top floor.", "twenty to nine", "fire"),
        # one incident named by two of its nouns ('the blaze', 'the fire')
        ("Neighbours said the blaze had started, and the blaze struck at 9pm.", "9pm", "fire"),
        ("The collision occurred at about 07:40 on the ring road.", "07:40", "crash"),
        ("The explosion took place at 11.15pm in a disused shed.", "11.15pm", "explosion"),
        # only nouns that never name another incident fold ('the outage' is 'the blackout');
        # a robbery stays a robbery (a police raid is another incident)
        ("The outage struck at 6.05am across the valley.", "6.05am", "blackout"),
        ("Witnesses said the robbery happened at 2.30am.", "2.30am", "robbery"),
        ("The tremor struck at 5.40am.", "5.40am", "tremor"),
        ("The spill happened at 11am.", "11am", "spill"),
        # 'first' elsewhere than ranking the incident: an adverb, a floor
        ("The fire broke out at 4am on the first floor.", "4am", "fire"),
        # a year further on in the sentence, of something else
        ("The fire broke out at 5am, two years after the last one.", "5am", "fire"),
    ],
)
def test_a_time_the_incident_happened_at_is_its_time(text: str, time: str, slot: str) -> None:
    assert read_figures(text)[time].slot == f"time of the {slot}"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # a timetable, opening hours and a plan
        ("The show opens at 10am and the jets fly at 3pm.", "10am"),
        ("The display will start at 4pm.", "4pm"),
        ("The crash is due to be reconstructed at 4pm.", "4pm"),
        # the end of another event, and another event ranked beside the story's
        ("The previous display ended at 3pm.", "3pm"),
        ("The previous near miss happened at 3pm.", "3pm"),
        ("The first near miss came at 3.10pm and the second came at 4.10pm.", "3.10pm"),
        ("The first near miss came at 3.10pm and the second came at 4.10pm.", "4.10pm"),
        ("The first alarm was raised at 3.10pm.", "3.10pm"),
        ("The first crane came down at 3.10pm.", "3.10pm"),
        ("Another collision happened at 5pm on the same stretch.", "5pm"),
        # a history: an indefinite or dated incident
        ("A similar near miss happened at 2pm in 2019.", "2pm"),
        ("The 2019 crash happened at 2pm.", "2pm"),
        # another time than the story's: a time ago, a past month or year, a period before
        ("Ten years ago the fire broke out at 6am in the same hall.", "6am"),
        ("Last winter the blaze broke out at 6am.", "6am"),
        ("Through the 1998 storms the fire broke out at 6am.", "6am"),
        ("During the floods the crash happened at 6pm.", "6pm"),
        ("In October the explosion happened at 6pm.", "6pm"),
        ("The previous winter the fire broke out at 6am.", "6am"),
        ("The collision happened at 6pm two years before.", "6pm"),
        ("The crash happened at 6pm in September, the inquest heard.", "6pm"),
        # a word before the noun tells one incident of a kind from another
        ("The barn fire broke out at 1am.", "1am"),
        ("The Hexley crash happened at 7.05am.", "7.05am"),
        ("The unrelated incident happened at 5pm.", "5pm"),
        ("The other explosion took place at 9pm.", "9pm"),
        ("Last year the fire broke out at 5am in the same shed.", "5am"),
        ("Two years ago the collision happened at 4pm.", "4pm"),
        ("The fire broke out at 5am in 2039, when the mill still stood.", "5am"),
        # the time of a statement or of news, and a deadline
        ("The council said at 4pm that the road was shut.", "4pm"),
        ("The announcement came at 4pm.", "4pm"),
        ("The warning came at 4pm.", "4pm"),
        ("Stewards had to clear the runway by 5pm.", "5pm"),
        # other words between the incident and its verb
        ("The crash, police said, happened at 2pm.", "2pm"),
        # not an incident: a gathering, a crowd, help
        ("The crowd came at 10am.", "10am"),
        ("Help came at 4.30pm.", "4.30pm"),
    ],
)
def test_other_times_are_no_time_of_the_incident(text: str, time: str) -> None:
    assert read_figures(text)[time].slot is None


PUBLISHED = "2043-06-14T18:00"
LEAD = "Two rowing boats collided on the river Tarn at the Oxley regatta on Saturday."


def _conflicts(*bodies: str) -> dict[str, dict[str, tuple[str, ...]]]:
    report = report_of(*((f"{LEAD} {body}", PUBLISHED) for body in bodies))
    return {c.subject: sides(c) for c in report.conflicts}


def test_two_outlets_times_of_the_incident_disagree() -> None:
    conflicts = _conflicts(
        "The collision happened at 3.10pm, midway through the final. Both crews were pulled "
        "from the water.",
        "The collision happened at ten past three. Both crews were rescued by stewards.",
        "The collision came at 4.10pm, as the boats rounded the bend. Both crews were pulled out.",
    )
    assert conflicts == {"time of the crash": {"3.10pm": ("a0", "a1"), "4.10pm": ("a2",)}}


def test_the_same_time_said_two_ways_is_no_conflict() -> None:
    conflicts = _conflicts(
        "The collision happened at 3.10pm. Both crews were pulled from the water.",
        "The collision came at ten past three. Both crews were rescued by stewards.",
    )
    assert conflicts == {}


@pytest.mark.parametrize(
    "other",
    [
        # two incidents of one day
        "A second collision happened at 4.10pm. Both crews were rescued by stewards.",
        # the time of a statement, and a plan
        "Police said at 4.10pm that both crews were safe. The final will start at 5pm.",
        # another event's time, and opening hours
        "The previous race ended at 4.10pm. The boathouse opens at 9am on Sundays.",
    ],
)
def test_other_times_of_the_day_meet_no_time_of_the_incident(other: str) -> None:
    first = "The first collision happened at 3.10pm. Both crews were pulled from the water."
    assert _conflicts(first, other) == {}
    assert _conflicts("The collision happened at 3.10pm. Both crews were pulled out.", other) == {}


@pytest.mark.parametrize(
    ("text", "time", "slot"),
    [
        # 'first' as an adverb, a phrase or a place: the one event's time stays its time
        (
            "Police first spotted the van in Oak Lane and arrested the driver at 2.40pm.",
            "2.40pm",
            "arrest",
        ),
        ("The alarm was first raised at 8.21pm.", "8.21pm", "alarm"),
        (
            "Crews, first to arrive within minutes, said the alarm was raised at 8.21pm.",
            "8.21pm",
            "alarm",
        ),
        ("For the first time in the port, a crane collapsed at 08:40.", "08:40", "collapse"),
    ],
)
def test_first_that_ranks_no_event_keeps_its_time(text: str, time: str, slot: str) -> None:
    assert read_figures(text)[time].slot == f"time of the {slot}"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two incidents of a kind, told apart by a word before the noun
        ("The boathouse fire broke out at 2am.", "The clubhouse fire broke out at 4am."),
        ("The Oxley crash happened at 7.05am.", "The Tarnby crash happened at 8.15am."),
        # nouns of two incidents, not folded into one
        ("The robbery happened at 2am.", "The raid took place at 6am at a house in Mill Row."),
        ("The quake struck at 3.12am.", "After the main shock, the tremor struck at 5.40am."),
        ("The gas leak happened at 9am.", "The spill happened at 11am in the yard."),
        # another time's incident of the kind
        ("The collision happened at 3.10pm.", "Last month the collision happened at 5pm."),
        ("The collision happened at 3.10pm.", "A decade ago the collision happened at 5pm."),
        (
            "The collision happened at 3.10pm.",
            "During the 2031 regatta the collision happened at 5pm.",
        ),
    ],
)
def test_two_incidents_of_a_kind_are_no_conflict(one: str, other: str) -> None:
    assert (
        _conflicts(f"{one} Both crews were pulled out.", f"{other} Both crews were rescued.") == {}
    )


@pytest.mark.parametrize(
    ("one", "other", "subject"),
    [
        (
            "The alarm was first raised at 8.21pm.",
            "The alarm was raised at 8.40pm.",
            "time of the alarm",
        ),
        (
            "Stewards first saw the boats drift and arrested a rower at 2.40pm.",
            "Police arrested a rower at 3pm.",
            "time of the arrest",
        ),
        (
            "The collision happened at 3.10pm.",
            "The derailment happened at 4.10pm.",
            "time of the crash",
        ),
    ],
)
def test_first_as_an_adverb_loses_no_conflict(one: str, other: str, subject: str) -> None:
    assert set(
        _conflicts(f"{one} Both crews were pulled out.", f"{other} Both crews were safe.")
    ) == {subject}
