"""A name spelled two ways is a value each outlet gives (issue 7: a citation agrees on each
figure, date, name and speaker): an outlet that writes "Verena Holtzmann" is not cited for
"Verena Holzmann said ...". Look-alikes stay cited: an honorific on the given name ("Mr
Tanh" for Dao Tanh, the same person named the same way) and outlets that agree on the
spelling.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

RIGHT = "Verena Holtzmann"
WRONG = "Verena Holzmann"


def report_spelling(first: str, second: str, third: str) -> Report:
    return report_of(
        (
            "The Orrin Valley dairy closed its bottling hall on Tuesday after a fire.\n"
            f"Plant manager {first} said the fire started in a conveyor motor.\n"
            "About 60 staff were sent home.",
            None,
        ),
        (
            "A fire shut the bottling hall at the Orrin Valley dairy on Tuesday.\n"
            f"The blaze began in a conveyor motor, plant manager {second} said.\n"
            "Some 60 workers were sent home.",
            None,
        ),
        (
            "Fire crews were called to the Orrin Valley dairy on Tuesday morning.\n"
            f"{third}, the plant manager, said a conveyor motor had caught fire.\n"
            "The bottling hall will stay shut this week.",
            None,
        ),
    )


def claim_sources(report: Report, words: str) -> set[str]:
    found = [set(c.sources) for c in report.claims if words in c.text]
    assert found, f"no claim says {words!r}"
    return set().union(*found)


def test_an_outlet_spelling_the_name_otherwise_is_not_cited_for_this_spelling() -> None:
    report = report_spelling(RIGHT, RIGHT, WRONG)
    (conflict,) = [c for c in report.conflicts if c.kind == "name"]
    assert sides(conflict) == {RIGHT: ("a0", "a1"), WRONG: ("a2",)}
    assert claim_sources(report, WRONG) == {"a2"}


def test_outlets_agreeing_on_the_spelling_stay_cited() -> None:
    report = report_spelling(RIGHT, RIGHT, RIGHT)
    assert not [c for c in report.conflicts if c.kind == "name"]
    assert claim_sources(report, f"Plant manager {RIGHT} said") == {"a0", "a1", "a2"}


def test_an_outlet_spelling_the_name_otherwise_in_another_sentence_is_not_cited() -> None:
    report = report_of(
        (
            "The Orrin Valley dairy closed its bottling hall on Tuesday after a fire.\n"
            f"Plant manager {RIGHT} was at the site within minutes.\n"
            "She said the fire started in a conveyor motor.\n"
            "About 60 staff were sent home.",
            None,
        ),
        (
            "A fire shut the bottling hall at the Orrin Valley dairy on Tuesday.\n"
            f"Plant manager {RIGHT} said nobody had been hurt.\n"
            "Some 60 workers were sent home.",
            None,
        ),
        (
            "Fire crews were called to the Orrin Valley dairy on Tuesday morning.\n"
            f"Plant manager {WRONG} said the fire started in a conveyor motor.\n"
            "The bottling hall will stay shut this week.",
            None,
        ),
    )
    (conflict,) = [c for c in report.conflicts if c.kind == "name"]
    assert sides(conflict) == {RIGHT: ("a0", "a1"), WRONG: ("a2",)}
    # a0 gives the words to the manager in its "She said", but writes her name otherwise
    (shown,) = [s for s in report.summary if WRONG in s.text]
    assert shown.sources == ("a2",)


def test_an_honorific_on_the_given_name_drops_no_citation() -> None:
    # "Mr Lin" for Zhao Lin is a slip of the same person's name, not another spelling
    report = report_of(
        (
            "Foreign Minister Zhao Lin met the Ostland envoy in Harbin on Sunday.\n"
            "Zhao Lin said the talks had been candid and useful.",
            None,
        ),
        (
            "The Ostland envoy held talks in Harbin on Sunday with Foreign Minister Zhao Lin.\n"
            "Mr Lin said the talks had been candid and useful.",
            None,
        ),
    )
    (slip,) = [c for c in report.conflicts if c.kind == "name"]
    assert sides(slip)["Mr Lin"] == ("a1",)
    (shown,) = [s for s in report.summary if "candid and useful" in s.text]
    assert shown.sources == ("a0", "a1")


# The review's look-alikes: a name slip that is no other value of the name. The outlet writing
# the name otherwise (a1) stays cited for the fact it states.
NOT_SIDES = {
    "accents left out": (
        "\n".join(
            [
                "Swimmer Karolina Lindén broke the national 200m record in Malmstad on Saturday.",
                "She finished in 2 minutes 6 seconds.",
                "Lindén said she had trained at altitude.",
            ]
        ),
        "\n".join(
            [
                "Karolina Linden set a national 200m record in Malmstad on Saturday.",
                "She clocked 2 minutes 6 seconds.",
                "She said she had trained at altitude.",
            ]
        ),
        "\n".join(
            [
                "Karolina Lindén set a new national 200m record in Malmstad on Saturday, "
                "finishing in 2 minutes 6 seconds.",
            ]
        ),
    ),
    "another given name, another person": (
        "\n".join(
            [
                "A chip pan fire gutted a house in Rathmore Close on Tuesday evening.",
                "Francis Doherty, 63, was taken to hospital with burns to his hands.",
                "Firefighters said the kitchen was destroyed.",
            ]
        ),
        "\n".join(
            [
                "A house in Rathmore Close was gutted by a chip pan fire on Tuesday evening.",
                "A 63-year-old man was taken to hospital with burns to his hands.",
                "His wife, Frances Doherty, said he had tried to smother the flames.",
                "The kitchen was destroyed.",
            ]
        ),
        "\n".join(
            [
                "Fire crews were called to Rathmore Close on Tuesday evening.",
                "Francis Doherty, 63, was taken to hospital with burns to his hands.",
                "The kitchen was destroyed, firefighters said.",
            ]
        ),
    ),
    "a firm's name": (
        "\n".join(
            [
                "Brennock Dairies recalled 40,000 yoghurts on Friday.",
                "The company said a batch had been contaminated with plastic.",
                "No illnesses have been reported.",
            ]
        ),
        "\n".join(
            [
                "Brenock Dairies has recalled 40,000 yoghurts.",
                "A batch was contaminated with plastic, the company said.",
                "No illnesses have been reported.",
            ]
        ),
        "\n".join(
            [
                "Some 40,000 yoghurts were recalled by Brennock Dairies on Friday.",
                "No one has fallen ill.",
            ]
        ),
    ),
}
SHOWN_WORDS = {
    "accents left out": "2 minutes 6 seconds",
    "another given name, another person": "was taken to hospital",
    "a firm's name": "40,000 yoghurts",
}


@pytest.mark.parametrize("kind", sorted(NOT_SIDES))
def test_a_slip_that_is_no_other_value_keeps_the_citation(kind: str) -> None:
    report = report_of(*((text, None) for text in NOT_SIDES[kind]))
    shown = [s for s in report.summary if SHOWN_WORDS[kind] in s.text]
    assert shown and all("a1" in s.sources for s in shown)
