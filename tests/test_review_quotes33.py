"""Cases from the review of quotes33 that its readings got wrong and main got right: a sentence
with 'best-selling', 'sold-out', 'lent her name', 'on loan' or 'lent their support' keeps the
outlets that report the same fact, two people whose names differ in one letter of five stay two
people, and a title with one word ('Professor Green') is a name of its own. Each asserts main's
output, so a reading that comes back must pass them.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.types import Report
from model_reports import report


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def _report(models: Models, *texts: str) -> Report:
    return report(models, texts)


def _cited(briefing: Report, words: str) -> set[str]:
    """The outlets of the one claim that holds ``words``."""
    (claim,) = [c for c in briefing.claims if words in c.text]
    return set(claim.sources)


def test_best_selling_and_lent_her_name_keep_one_fact(models: Models) -> None:
    briefing = _report(
        models,
        "Kelby's new library opened on Saturday after two years of building work. Best-selling "
        "author Ada Hale opened the library in front of 300 people. The building cost 2.4 "
        "million pounds. The sold-out concert that followed raised 4,000 pounds for the hospice.",
        "The new library in Kelby opened on Saturday after two years of work. Ada Hale, who lent "
        "her name to the appeal, opened the library in front of 300 people. It cost 2.4 million "
        "pounds. A concert on a stage lent by the council raised 4,000 pounds for the hospice.",
        "A library opened in Kelby on Saturday. Best-selling author Ada Hale opened the library "
        "in front of 300 people. The sold-out concert afterwards raised 4,000 pounds for the "
        "hospice. The library cost 2.4 million pounds.",
    )
    assert "a1" in _cited(briefing, "Best-selling author Ada Hale")
    assert "a1" in _cited(briefing, "sold-out concert")


def test_a_player_on_loan_elsewhere_is_still_the_one_sold(models: Models) -> None:
    briefing = _report(
        models,
        "Vell United have sold midfielder Jon Amsel to Harl City for 3 million pounds. The "
        "24-year-old scored 11 goals last season. Amsel signed a four-year contract.",
        "Jon Amsel, who spent last season on loan at Dunmore, has joined Harl City for 3 million "
        "pounds. The midfielder, 24, signed a four-year contract.",
        "Harl City have signed midfielder Jon Amsel from Vell United for 3 million pounds. "
        "Amsel, 24, has agreed a four-year contract.",
    )
    assert "a1" in _cited(briefing, "have sold midfielder")


def test_lent_their_support_is_not_a_loan_against_donated_blood(models: Models) -> None:
    briefing = _report(
        models,
        "About 400 residents donated blood at the Kelby centre on Friday after a plea from the "
        "regional hospital. The centre stayed open until 10pm.",
        "About 400 residents lent their support to the blood drive at the Kelby centre on "
        "Friday. The centre opened late, until 10pm.",
        "Some 400 people gave blood at the Kelby centre on Friday. Doors stayed open until 10pm.",
    )
    assert _cited(briefing, "Kelby centre on Friday") == {"a0", "a1", "a2"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a mayor and a shop owner whose family names differ in one letter of five
        (
            "Mayor Ruth Hales said 40 homes had been flooded. "
            '"We have never seen the river this high," Ruth Hales said.',
            "Shop owner Ruth Hayes said her stock was ruined. "
            '"Everything on the bottom shelves is gone," said Ruth Hayes.',
        ),
        # family name first: the given names differ, two skaters
        (
            "Park Minji took gold in the women's event with 214 points. "
            '"I skated for my grandmother," Park Minji said.',
            "Junior skater Park Minju won bronze in the junior event. "
            '"My coach believed in me," Park Minju said.',
        ),
    ],
)
def test_two_people_one_letter_apart_are_no_name_conflict(
    models: Models, first: str, second: str
) -> None:
    lead = "Flood water and a Winter Cup in Cressby made news on Sunday."
    briefing = _report(models, f"{lead} {first}", f"{lead} {second}", f"{lead} {first}")
    assert not [c for c in briefing.conflicts if c.kind == "name"]


def test_a_title_and_one_word_is_a_speaker_of_its_own(models: Models) -> None:
    briefing = _report(
        models,
        "Tarrow council voted on Monday to close two branch libraries by March. Council leader "
        'Tom Green said the closures would save 400,000 pounds a year. "We cannot keep '
        'buildings open that nobody visits," Tom Green said. The rapper Professor Green joined '
        'a protest outside the town hall. "This library is where I learned to write," '
        "Professor Green said.",
        "Two branch libraries in Tarrow will close by March after a council vote on Monday. "
        '"This library is where I learned to write," said the rapper Professor Green. Council '
        "leader Tom Green said the move would save 400,000 pounds a year.",
    )
    (quote,) = [q for q in briefing.quotes if "learned to write" in q.variants[0].text]
    assert quote.speaker == "Professor Green"
