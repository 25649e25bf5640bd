"""Citations reach every outlet stating a fact (issue 7, items 1-2), fourth round: a clause
that only names a source ("according to ...") is no fact unit.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import FactLinks, _same_figure_pairs, fact_units
from bylines.report.values import Reading
from bylines.report.verify import (
    _denies,
    _disagrees,
    _gives_shown_figures,
    _other_values,
    supporting,
)
from bylines.types import Sentence


def _units(text: str) -> list[str]:
    return [u.text for u in fact_units(Sentence("a", 0, text, 0, len(text)))]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "A barge ran aground below the Tollen weir at about 04:10, according to the "
            "river authority.",
            "A barge ran aground below the Tollen weir at about 04:10",
        ),
        (
            "Forty-two pupils were sent home from Marrowby school, according to a letter "
            "seen by the Vale Courier.",
            "Forty-two pupils were sent home from Marrowby school",
        ),
    ],
)
def test_a_clause_that_only_names_the_source_is_no_fact_unit(text: str, fact: str) -> None:
    assert _units(text) == [fact]


def test_a_clause_opened_by_another_participle_is_still_a_unit() -> None:
    text = (
        "The storm brought down power lines across Kelby, leaving 3,000 homes without "
        "heating overnight."
    )
    assert _units(text) == [
        "The storm brought down power lines across Kelby",
        "leaving 3,000 homes without heating overnight.",
    ]


@pytest.mark.parametrize(
    ("shown", "other", "agree"),
    [
        # the figure a change starts from is no value the other must give
        (
            "Opening hours at nine of the county's 14 pools will be cut from seven days a "
            "week to five.",
            "Nine of the 14 pools will open only five days a week.",
            True,
        ),
        (
            "The number of patients in the Orsby clinic rose from 12 to 19 overnight.",
            "The Orsby clinic is now treating 19 patients.",
            True,
        ),
        # the value it changes to still must agree
        (
            "The number of patients in the Orsby clinic rose from 12 to 19 overnight.",
            "The Orsby clinic is now treating 23 patients.",
            False,
        ),
        # a range's start is a value of its own, not where a change starts
        (
            "Pell ran the harbour trust from 2011 until his arrest in 2023.",
            "Pell ran the harbour trust from 2014 until his arrest in 2023.",
            False,
        ),
    ],
)
def test_the_figure_a_change_starts_from_need_not_be_given(
    shown: str, other: str, agree: bool
) -> None:
    assert (not _other_values(shown, other, Reading())) is agree


@pytest.mark.parametrize(
    ("first", "second", "paired"),
    [
        # one measure given in other units: the reader converts both to one
        ("The barge was doing about 40 km/h.", "Witnesses put its speed at roughly 25 mph.", True),
        (
            "The smoke rose some 16 kilometres over Harrowdale.",
            "A cloud of smoke about ten miles high hung over Harrowdale.",
            True,
        ),
        # two measures that differ are not one figure
        ("The slick now covers 15 km of the Orne.", "The slick has spread along 18 km.", False),
        # counts and years stay as written
        ("In all 140 walkers were rescued.", "Rescuers brought down 141 walkers.", False),
        ("The bridge opened in 1981.", "The bridge has stood since 1982.", False),
    ],
)
def test_one_measure_in_other_units_is_one_figure(first: str, second: str, paired: bool) -> None:
    found = _same_figure_pairs([first, second], ["a", "b"], Reading())
    assert (found == [(0, 1), (1, 0)]) is paired


def _sentence(article: str, text: str) -> Sentence:
    return Sentence(article, 0, text, 0, len(text))


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # the other gives the shown figure only as where its own change starts
        (
            "Nine of the people hurt in the fall on the Vardle ridge remain in hospital today.",
            "Four of the injured are still in hospital, down from nine on Sunday.",
        ),
        # the shown sentence gives the other's figure only as where its change starts
        (
            "The number of pupils off sick at Orrow school now stands at 31, up from twelve.",
            "Twelve pupils at Orrow school were sent home sick.",
        ),
    ],
)
def test_a_figure_a_change_starts_from_cites_nobody_for_the_new_one(shown: str, other: str) -> None:
    first, second = _sentence("a0", shown), _sentence("a1", other)
    links = FactLinks({(first, second): ((first, second),)}, {first: (second,)})
    read = Reading()
    assert _disagrees(first, second, links, read) or not _gives_shown_figures(
        first, second, links, read
    )


def test_the_figure_reported_after_a_change_is_still_cited() -> None:
    first = _sentence("a0", "Four of the walkers hurt on the Vardle ridge are still in hospital.")
    second = _sentence("a1", "Four walkers are still in hospital, down from nine on Sunday.")
    links = FactLinks({(first, second): ((first, second),)}, {first: (second,)})
    read = Reading()
    assert not _disagrees(first, second, links, read)
    assert _gives_shown_figures(first, second, links, read)


@pytest.mark.parametrize(
    ("negative", "positive", "denied"),
    [
        # an instruction given in other words is no denial
        (
            "The council told residents of Brannock not to use their cars on Sunday.",
            "Residents of Brannock should leave their cars at home on Sunday.",
            False,
        ),
        (
            "The warning not to drink tap water covers every home in Lisby.",
            "The tap water warning covers 900 homes in Lisby.",
            False,
        ),
        # the same instruction told in other words, naming the verb after "against", "avoid",
        # "before" or "banned"; "be" is not the instructed verb
        (
            "Households in Tarrow were told not to drink the tap water.",
            "Households in Tarrow were told to avoid drinking tap water.",
            False,
        ),
        (
            "Households in Tarrow were told not to drink the tap water.",
            "A notice tells households in Tarrow to boil water before drinking it.",
            False,
        ),
        (
            "Passengers in Quillford were told not to travel to Harnby on Tuesday.",
            "The rail firm warned against travel to Harnby on Tuesday.",
            False,
        ),
        (
            "Drivers in Ostrey were urged not to drive in the snow.",
            "Police in Ostrey advised against driving in the snow.",
            False,
        ),
        (
            "Swimmers at Pellow Bay were warned not to enter the water.",
            "Entering the water at Pellow Bay is banned.",
            False,
        ),
        (
            "Residents of Kelby were told not to be alarmed by the sirens.",
            "Residents of Kelby should be calm when the sirens sound, the mayor said.",
            False,
        ),
        # the opposite of an instruction, naming the instructed verb, denies it
        (
            "Residents of Quillford were told not to return to their homes on Tuesday.",
            "Residents of Quillford were told they may return to their homes on Tuesday.",
            True,
        ),
        (
            "Pupils in Ostrey were told not to come to school on Monday.",
            "Pupils in Ostrey were told they could come to school on Monday.",
            True,
        ),
        (
            "Drivers on the Harnby road were warned not to travel after dark.",
            "Drivers on the Harnby road were warned to travel after dark.",
            True,
        ),
        (
            "Staff at the Velmor depot were told not to report for work on Friday.",
            "Staff at the Velmor depot were told to report for work on Friday.",
            True,
        ),
        (
            "Passengers on the Orla ferry were told never to leave their cabins.",
            "Passengers on the Orla ferry were told they may leave their cabins.",
            True,
        ),
        # "ever" is not the instructed verb either
        (
            "Residents of Kelby were told not to ever return to the quarry.",
            "Residents of Kelby were told they may return to the quarry.",
            True,
        ),
        # "not only ... but also" affirms: only the clause after it denies, something else
        (
            "The storm not only cut power to 300 homes in Fernby but also shut the school, "
            "and nobody was hurt.",
            "The storm cut power to 300 homes in Fernby.",
            False,
        ),
        # a negated statement still denies the other
        (
            "The ferry to Orvik will not sail on Sunday.",
            "The ferry to Orvik will sail on Sunday.",
            True,
        ),
    ],
)
def test_a_negated_instruction_is_no_denial(negative: str, positive: str, denied: bool) -> None:
    read = Reading()
    assert _denies(negative, positive, read) is denied
    assert _denies(positive, negative, read) is denied


def _cited(shown_text: str, other_text: str) -> tuple[str, ...]:
    """The articles cited for the first text when its fact units are linked to every unit of
    the second (the path of a claim whose units fact linking matched)."""
    shown, other = _sentence("a0", shown_text), _sentence("a1", other_text)
    pairs = tuple((a, b) for a in fact_units(shown) for b in fact_units(other))
    links = FactLinks({(shown, other): pairs}, {shown: (other,)})
    by_article = {"a0": [shown], "a1": [other]}
    return tuple(s.article for s in supporting(shown, (shown,), links, by_article, Reading()))


@pytest.mark.parametrize(
    ("first", "second", "cited"),
    [
        # an instruction and its opposite: the frame keeps the negation, the check reads it
        (
            "Residents of Quillford were told not to return to their homes on Tuesday.",
            "Residents of Quillford were told they may return to their homes on Tuesday.",
            ("a0",),
        ),
        (
            "The mayor of Oskirk was told no decision had been made on the ring road.",
            "The mayor of Oskirk was told a decision had been made on the ring road.",
            ("a0",),
        ),
        (
            "Families in Drumlee were told nothing about the rescue until Thursday.",
            "Families in Drumlee were told about the rescue on Thursday.",
            ("a0",),
        ),
        # one instruction in other words, and a statement after "told reporters", still cite
        (
            "Households in Tarrow were told not to drink the tap water.",
            "Households in Tarrow were told to avoid drinking tap water.",
            ("a0", "a1"),
        ),
        (
            "Passengers on the Orla ferry were told never to leave their cabins.",
            "Passengers on the Orla ferry were told to stay in their cabins.",
            ("a0", "a1"),
        ),
        (
            "Officials told reporters that no ferries would sail from Kestlow on Friday.",
            "No ferries will sail from Kestlow on Friday, officials said.",
            ("a0", "a1"),
        ),
    ],
)
def test_an_instruction_and_its_opposite_are_not_one_fact(
    first: str, second: str, cited: tuple[str, ...]
) -> None:
    assert _cited(first, second) == cited
    assert _cited(second, first) == cited


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Divers searched the flooded quarry at Renwick and a dog team combed the banks for "
            "an hour and a quarter before the light failed.",
            "an hour and a quarter",
        ),
        (
            "Pumps ran at the Brack Lane tunnel for a day and a half before the water fell.",
            "a day and a half",
        ),
        ("The siege of the Varn depot lasted 3 and a half hours, police said.", "3 and a half"),
    ],
)
def test_the_and_of_a_figure_does_not_cut_a_unit(text: str, figure: str) -> None:
    # cut at 'and a quarter', no unit holds the figure, and an outlet writing it as
    # '75 minutes' meets no figure alike
    assert any(figure in unit for unit in _units(text))


@pytest.mark.parametrize(
    "text",
    [
        "A guard was killed by the blast at the Varn depot on Friday and a third man was hurt.",
        "Two guards were arrested at the Varn depot on Friday and a half dozen others fled.",
    ],
)
def test_and_a_third_or_a_half_after_no_figure_still_cuts_a_unit(text: str) -> None:
    assert len(_units(text)) == 2


def test_and_between_two_clauses_still_cuts_a_unit() -> None:
    text = "The quarry pump failed at noon and the divers were called back to the surface."
    assert _units(text) == [
        "The quarry pump failed at noon",
        "and the divers were called back to the surface.",
    ]
