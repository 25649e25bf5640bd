"""No outlet is cited for a value it gives otherwise (issue 7, trust): an article that stands on
another side of a conflict (a figure, a date, the speaker of quoted words) whose value a shown
sentence gives is not cited for that sentence, whichever of its sentences it was linked on.
Look-alikes stay cited: the same value in other words, an equal figure of another thing, a
figure that rose over the day.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from bylines.types import Report
from dated_reports import report_of, sides

# The tanker's time, 01:30 in the first report and just after 3am in the others; the first
# report states when and where the tanker joined the road in sentences of their own.
EARLY = (
    "A tanker carrying 30,000 litres of milk overturned on the Hessle bypass at 01:30 on "
    "Friday, police said.\n"
    "The driver was cut free by firefighters.\n"
    "{joined}\n"
    "The bypass was closed in both directions."
)
LATE = (
    "The tanker went over shortly after 3am as it joined the bypass from the Marley "
    "roundabout.\n"
    "Milk ran across both carriageways.\n"
    "The driver was freed by firefighters."
)
LATER = (
    "A milk tanker tipped onto its side on the Hessle bypass just after 3am on Friday.\n"
    "The bypass was shut in both directions."
)
TWO_FACTS = "The tanker went over shortly after 3am as it joined the bypass"


def summary_sources(report: Report, words: str) -> tuple[str, ...]:
    (found,) = [s.sources for s in report.summary if words in s.text]
    return found


def claim_sources(report: Report, words: str) -> set[str]:
    found = [set(c.sources) for c in report.claims if words in c.text]
    assert found, f"no claim says {words!r}"
    return set().union(*found)


def test_a_two_fact_sentence_is_not_cited_for_an_outlet_giving_one_of_its_values_otherwise() -> (
    None
):
    joined = "The tanker had just joined the bypass from the Marley roundabout."
    report = report_of((EARLY.format(joined=joined), None), (LATE, None), (LATER, None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"01:30": ("a0",), "3am": ("a1", "a2")}
    # a0 says where the tanker joined the road, and that it went over at 01:30: not "after 3am"
    assert summary_sources(report, TWO_FACTS) == ("a1", "a2")
    # the fact a0 agrees on keeps both outlets
    assert claim_sources(report, "had just joined the bypass") == {"a0", "a1"}


def test_an_outlet_giving_the_other_value_in_another_sentence_is_not_cited() -> None:
    kerb = "Police said the tanker appeared to have clipped the kerb on the slip road."
    report = report_of((EARLY.format(joined=kerb), None), (LATE, None), (LATER, None))
    claims = [c for c in report.claims if TWO_FACTS in c.text]
    assert [(c.sources, c.coverage) for c in claims] == [(("a1", "a2"), "several")]
    assert summary_sources(report, TWO_FACTS) == ("a1", "a2")


def test_the_same_value_in_other_words_stays_cited() -> None:
    report = report_of(
        (
            "A cable car stopped above the Orrin gorge on Saturday with 14 passengers on board.\n"
            "The passengers were stuck for 35 minutes before the car moved again, the operator "
            "said.\nEngineers traced the fault to a sensor.",
            None,
        ),
        (
            "Fourteen passengers were left hanging above the Orrin gorge on Saturday when the "
            "cable car stopped.\nThe passengers were stuck for just over half an hour before "
            "the car moved again.\nThe operator blamed a sensor.",
            None,
        ),
        (
            "A cable car carrying 14 passengers stopped above the Orrin gorge on Saturday.\n"
            "The passengers were stuck for 20 minutes before the car moved again, a passenger "
            "said.",
            None,
        ),
    )
    (conflict,) = report.conflicts
    assert {p.value: set(p.sources) for p in conflict.positions} == {
        "20 minutes": {"a2"},
        "just over half an hour": {"a0", "a1"},
    }
    assert claim_sources(report, "stuck for 35 minutes") == {"a0", "a1"}


def test_an_equal_figure_of_another_thing_in_a_disputed_article_stays_cited() -> None:
    # a0 and a1 count six dead (a2 seven) and seven injured: "seven" is no side they are off
    report = report_of(
        (
            "Six people died when a gas explosion destroyed a bakery in Tallow Street, Brenmoor, "
            "on Monday.\nSeven people were injured, the fire service said.",
            None,
        ),
        (
            "A gas explosion at a Brenmoor bakery on Monday killed six people.\nSeven people "
            "were injured and taken to St Cuthan's hospital.",
            None,
        ),
        (
            "Seven people died after a gas blast wrecked a bakery in Brenmoor on Monday, the "
            "Brenmoor Echo has learned.\nThe street was sealed off.",
            None,
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"Six": ("a0", "a1"), "Seven": ("a2",)}
    assert claim_sources(report, "Seven people were injured") == {"a0", "a1"}
    assert claim_sources(report, "Six people died") == {"a0", "a1"}


def test_an_update_is_no_side_and_its_latest_value_stays_cited() -> None:
    report = report_of(
        (
            "At least four people died when a footbridge collapsed over the Rill in Hanworth on "
            "Tuesday, police said.\nDivers searched the river.",
            "2031-03-04T08:00",
        ),
        (
            "The number of people killed when a footbridge collapsed in Hanworth on Tuesday has "
            "risen to nine, police said.\nDivers searched the river for more.",
            "2031-03-04T19:00",
        ),
        (
            "Nine people are now known to have died in the Hanworth footbridge collapse on "
            "Tuesday, police said.\nThe footbridge was 40 years old.",
            "2031-03-04T20:00",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"At least four": ("a0",), "nine": ("a1", "a2")}
    assert summary_sources(report, "has risen to nine") == ("a1", "a2")
    assert claim_sources(report, "has risen to nine") == {"a1", "a2"}


def test_words_given_to_another_speaker_are_not_cited_for_this_one() -> None:
    # "was angrier still:" names no speech verb: the sentence's own speaker is read by the
    # quotes stage, which finds the words given to two people
    words = '"Nobody should have to stand in the rain for a bus that never comes'
    report = report_of(
        (
            "The Tarn Street bus route in Welham was cut on Monday.\n"
            f'Councillor Hal Brennick, who represents the ward, was angrier still: {words}."\n'
            "The council said the route lost money.",
            None,
        ),
        (
            "Welham council cut the Tarn Street bus route on Monday.\n"
            f"{words},\" said Ida Forsby, who chairs the Tarn Street residents' group.\n"
            "The council said the route lost money.",
            None,
        ),
        (
            "The council ended the Tarn Street bus service in Welham on Monday, saying it lost "
            f'money.\nWard councillor Hal Brennick said: {words}."',
            None,
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"Hal Brennick": ("a0", "a2"), "Ida Forsby": ("a1",)}
    assert claim_sources(report, "was angrier still") == {"a0", "a2"}
    assert claim_sources(report, "said Ida Forsby") == {"a1"}


def test_an_outlet_giving_both_figures_stays_cited_for_the_one_it_states() -> None:
    # a1 gives seven injured, then a later eleven: the conflict puts it on the side of its last
    # value, but its first sentence states the seven word for word
    seven = "Seven people were injured when a coach overturned on the A58 near Ellerby on Friday"
    report = report_of(
        (f"{seven}, police said.\nThe road was closed eastbound.", None),
        (
            f"{seven}.\nPolice later said 11 people had been injured.\n"
            "The road was closed eastbound.",
            None,
        ),
        (
            "Eleven people were hurt when a coach overturned on the A58 near Ellerby on "
            "Friday.\nThe eastbound road was closed.",
            None,
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"Seven": ("a0",), "11": ("a1", "a2")}
    assert claim_sources(report, seven) == {"a0", "a1"}


def test_an_outlet_giving_the_words_to_both_speakers_stays_cited_for_each() -> None:
    words = '"Every family on this road will have a roof again'
    chief = f'{words}," fire officer Nessa Quarry said on Tuesday.'
    mayor = f'Mayor Tobin Ashgrove said: {words}."'
    fire = "The fire gutted five houses on Pell Row on Tuesday."
    report = report_of(
        (f"{chief}\n{fire}", None),
        (f"{mayor}\n{fire}", None),
        (f"{chief}\n{fire}\n{mayor}", None),
    )
    (conflict,) = [c for c in report.conflicts if c.kind == "quote"]
    # a2 stands on the mayor's side only, yet its first sentence gives the words to the officer
    assert sides(conflict) == {"Nessa Quarry": ("a0",), "Tobin Ashgrove": ("a1", "a2")}
    assert claim_sources(report, "Mayor Tobin Ashgrove said") == {"a1", "a2"}
    assert claim_sources(report, "fire officer Nessa Quarry said") == {"a0", "a2"}


def test_a_count_for_each_of_two_places_stays_cited_for_each() -> None:
    # a1 counts the closures of two towns in one sentence: 30 in Fenwold and 12 in Ruskey
    report = report_of(
        (
            "Floods closed 30 roads in Fenwold on Sunday, the council said.\n"
            "Trains were cancelled across the valley.",
            None,
        ),
        (
            "Floods closed roads across the valley on Sunday.\n"
            "In Fenwold, 30 roads were shut, and in Ruskey 12.\n"
            "Trains were cancelled across the valley.",
            None,
        ),
        (
            "Floods closed 12 roads in Ruskey on Sunday.\nTrains were cancelled across the valley.",
            None,
        ),
    )
    # (the two places' counts are read as one dispute: its sides are 12 and 30)
    (conflict,) = report.conflicts
    assert sides(conflict) == {"12": ("a2",), "30": ("a1",)}
    assert claim_sources(report, "Floods closed 12 roads in Ruskey") == {"a1", "a2"}
    assert claim_sources(report, "Floods closed 30 roads in Fenwold") == {"a0", "a1"}
