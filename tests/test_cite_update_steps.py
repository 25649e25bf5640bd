"""No outlet is cited for another step of a figure update (issue 7, trust): where a count rose
over the day, the early report's "two people were treated" is not cited for an outlet that says
five have now been treated, nor the later outlet's five for the early report. Look-alikes stay
cited: an outlet that gives both steps, the same step in other words ("Five" / "5"), a sentence
with no figure, or whose other fact is the later step, and an outlet on another step of an
update of another thing.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from bylines.types import Report
from dated_reports import report_of, sides

EARLY = (
    "Part of the roof of the Kestle market hall in Dunmarrow fell in on Friday morning, and two "
    "people were treated by paramedics, the fire service said.\n"
    "The roof fell onto five stalls near the east door.\n"
    "The hall will stay shut until engineers have checked the roof."
)
# a local radio's later count, in words of its own
RADIO = (
    "Five people have now been treated after plaster fell from the roof of the Kestle market "
    "hall in the middle of the morning market.\n"
    "The number has gone up from two as more people came forward with cuts.\n"
    "The hall will stay shut until further notice."
)
LATE = (
    "Five people have now been treated after part of the roof of the Kestle market hall in "
    "Dunmarrow fell in on Friday morning, the fire service said.\n"
    "The hall will stay shut until engineers have checked the roof."
)
LATER = (
    "Five people have been treated since part of the Kestle market hall roof in Dunmarrow fell "
    "in on Friday morning.\n"
    "The hall will stay shut until engineers have checked the roof, the council said."
)
TIMES = ("2031-05-02T09:00", "2031-05-02T13:00", "2031-05-02T15:00")
EARLY_COUNT = "and two people were treated by paramedics"


def claim_sources(report: Report, words: str) -> set[str]:
    found = [set(c.sources) for c in report.claims if words in c.text]
    assert found, f"no claim says {words!r}"
    return set().union(*found)


def dated(*texts: str) -> Report:
    """The report of the texts published at 09:00, 13:00 and 15:00 of one day."""
    return report_of(*zip(texts, TIMES, strict=True))


def test_the_early_step_is_not_cited_for_a_later_outlet_nor_the_later_for_the_early() -> None:
    report = dated(EARLY, RADIO, LATER)
    (update,) = report.updates
    assert sides(update) == {"two": ("a0",), "Five": ("a1", "a2")}
    assert claim_sources(report, EARLY_COUNT) == {"a0"}
    assert claim_sources(report, "Five people have now been treated") == {"a1", "a2"}


def test_the_same_step_in_other_words_stays_cited() -> None:
    report = dated(EARLY, RADIO, LATER.replace("Five people", "5 people"))
    (update,) = report.updates
    assert sides(update) == {"two": ("a0",), "Five": ("a1", "a2")}
    assert claim_sources(report, "Five people have now been treated") == {"a1", "a2"}


def test_an_outlet_giving_both_steps_stays_cited_for_the_early_one() -> None:
    both = (
        "Two people were treated by paramedics when part of the roof of the Kestle market hall "
        "in Dunmarrow fell in on Friday morning.\n"
        "By the afternoon the number treated had risen to five, the fire service said.\n"
        "The hall will stay shut until engineers have checked the roof."
    )
    report = dated(EARLY, both, LATER)
    (update,) = report.updates
    assert sides(update) == {"two": ("a0", "a1"), "five": ("a1", "a2")}
    assert claim_sources(report, EARLY_COUNT) == {"a0", "a1"}


def test_a_sentence_with_no_figure_keeps_the_later_outlets() -> None:
    report = dated(EARLY, LATE, LATER)
    assert claim_sources(report, EARLY_COUNT) == {"a0"}
    assert claim_sources(report, "will stay shut until engineers") == {"a0", "a1", "a2"}


def test_an_outlet_whose_other_fact_is_the_later_step_stays_cited_for_the_first() -> None:
    shut = (
        "The hall will stay shut until engineers have checked the roof, and the five treated "
        "are recovering at home."
    )
    report = dated(
        EARLY,
        LATE.replace("The hall will stay shut until engineers have checked the roof.", shut),
        LATER,
    )
    assert claim_sources(report, "will stay shut until engineers") == {"a0", "a1", "a2"}


def test_an_outlet_on_another_step_of_another_update_stays_cited() -> None:
    # a0 and a1 agree on the two treated; they count the shoppers in the hall otherwise
    early = f"{EARLY}\nAbout 300 shoppers were in the hall at the time."
    also_early = (
        "Part of the roof of the Kestle market hall in Dunmarrow fell in on Friday morning, and "
        "two people were treated by paramedics.\n"
        "Nearly 500 shoppers were in the hall at the time."
    )
    report = report_of((early, TIMES[0]), (also_early, "2031-05-02T10:00"), (LATER, TIMES[2]))
    assert {tuple(sorted(sides(u))) for u in report.updates} >= {("About 300", "Nearly 500")}
    assert claim_sources(report, EARLY_COUNT) == {"a0", "a1"}


# An outlet on the later step whose cited sentence gives the early count's number for another
# thing (cars, a dozen crates, a clock time) does not stand by the early count: only its own
# count is a side of the update.
RAMP = "the loading ramp at Orvell quay in Strathmoy gave way on Tuesday morning"
RAMP_SHUT = "The quay will stay closed until the ramp has been inspected."


def ramp_report(early: str, later: str, late_words: str) -> Report:
    return dated(
        f"Part of {RAMP}, and {early} passengers were treated by ambulance crews, the port "
        f"said.\n{RAMP_SHUT}",
        f"Part of {RAMP}, and {later} passengers have now been treated by ambulance crews.\n"
        f"{RAMP_SHUT}",
        f"{later.capitalize()} passengers have been treated since the loading ramp at Orvell "
        f"quay in Strathmoy gave way {late_words}.\n{RAMP_SHUT}",
    )


def test_a_later_outlet_giving_the_early_number_of_another_thing_is_not_cited_for_it() -> None:
    report = ramp_report("four", "nine", "under 4 cars on Tuesday morning")
    assert claim_sources(report, "and four passengers were treated") == {"a0"}


def test_a_later_outlet_giving_a_dozen_of_another_thing_is_not_cited_for_twelve() -> None:
    report = ramp_report("12", "twenty", "under a dozen crates on Tuesday morning")
    assert claim_sources(report, "and 12 passengers were treated") == {"a0"}


def test_a_later_outlet_giving_the_early_number_as_a_time_is_not_cited_for_it() -> None:
    report = ramp_report("seven", "fifteen", "at 7 on Tuesday morning")
    assert claim_sources(report, "and seven passengers were treated") == {"a0"}
