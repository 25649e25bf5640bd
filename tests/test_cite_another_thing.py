"""An outlet is not cited for a figure it gives of another thing: one equal number is all that
ties "the hamlet has 480 homes" to "480 residents bought shares" (branch cite35, fresh35's
trace cause 2). The same count in other nouns of one group, homes counted as a utility's or a
landlord's customers, tenants or premises, and one measure as a size and as a place, keep their
citations (the review of cite35 found each of these parted).

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import FactLinks, fact_units
from bylines.report.values import Reading
from bylines.report.verify import supporting
from bylines.types import Sentence


def _cited(shown_text: str, other_text: str) -> tuple[str, ...]:
    """The articles cited for ``shown_text`` (article a0) where every one of its fact units
    is linked with ``other_text`` (article a1)."""
    shown = Sentence("a0", 0, shown_text, 0, len(shown_text))
    other = Sentence("a1", 0, other_text, 0, len(other_text))
    pairs = {(shown, other): tuple((unit, other) for unit in fact_units(shown))}
    links = FactLinks(pairs, {shown: (other,)})
    by_article = {"a0": [shown], "a1": [other]}
    return tuple(s.article for s in supporting(shown, (shown,), links, by_article, Reading()))


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # a count of homes and one of people
        (
            "Councillors noted that the hamlet of Brackby has 480 homes.",
            "Some 480 residents of Brackby bought shares in the inn.",
        ),
        (
            "Some 480 residents of Brackby bought shares in the inn.",
            "Councillors noted that the hamlet of Brackby has 480 homes.",
        ),
    ],
)
def test_an_equal_figure_of_another_thing_is_no_citation(shown: str, other: str) -> None:
    assert _cited(shown, other) == ("a0",)


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # one height in two units, and in two wordings of a place
        (
            "The walker was found on a shelf at about 400 metres.",
            "He was found nearly 1,300 feet up, on a shelf.",
        ),
        (
            "The walker was found on a shelf at about 400 metres.",
            "He was spotted on the shelf 400 metres up.",
        ),
        # the stretch's length said as a compound and as a predicate
        (
            "The stretch of shale is 400 metres long.",
            "The shelf lies above a 400-metre stretch of shale.",
        ),
        # one group of people in other nouns, or in words
        (
            "Some 480 villagers bought shares in the inn.",
            "Some 480 residents bought shares in the inn.",
        ),
        ("Some 480 villagers bought shares in the inn.", "Some 480 shareholders now own the inn."),
        (
            "Some 480 villagers bought shares in the inn.",
            "Four hundred and eighty people bought shares in the inn.",
        ),
        # one count of homes in two nouns; a compound read by its first noun
        ("The hamlet has 480 homes.", "Some 480 households live in the hamlet."),
        ("Investigators took 12 witness statements.", "Police have 12 statements from the crowd."),
        # things counted for the people who gave them, and people nouns no list knows
        (
            "Some 7,400 people have signed the petition to save the mural.",
            "The petition to save the mural now has 7,400 signatures.",
        ),
        (
            "Nine people were treated by paramedics after the ceiling fell.",
            "Nine audience members needed treatment after the ceiling fell.",
        ),
        (
            "Twelve specialists had signed certificates for the paintings.",
            "A dozen experts had vouched for the paintings.",
        ),
        # a depth said as a place and as a measure of water
        ("The wreck lies 62 metres down.", "Divers found the wreck in 62 metres of water."),
        # one toll in two nouns
        ("12 bodies were found in the rubble.", "12 victims were found in the rubble."),
    ],
)
def test_one_figure_of_one_thing_in_other_words_keeps_its_citation(shown: str, other: str) -> None:
    assert _cited(shown, other) == ("a0", "a1")


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # homes counted by the firm that serves them or the landlord that lets them
        (
            "Gale Oona cut power to 4,200 homes in Fenwick on Sunday night.",
            "About 4,200 customers in Fenwick were left without power on Sunday night.",
        ),
        (
            "About 4,200 customers in Fenwick were left without power on Sunday night.",
            "Gale Oona cut power to 4,200 homes in Fenwick on Sunday night.",
        ),
        (
            "Nearly 1,800 households in Stenby were told to boil their tap water.",
            "Nearly 1,800 premises in Stenby were told to boil their tap water.",
        ),
        (
            "A cracked main cut the gas supply to 650 homes in Arnsey.",
            "The gas supply to 650 properties in Arnsey was cut, the network said.",
        ),
        (
            "Superfast broadband now reaches 7,000 homes across the dale.",
            "Some 7,000 subscribers across the dale can now order superfast broadband.",
        ),
        (
            "The council moved all 64 households out of Larch Court on Friday.",
            "All 64 tenants of Larch Court were moved out on Friday.",
        ),
        (
            "The storm cut 900 homes off from the phone network.",
            "The storm cut 900 connections to the phone network.",
        ),
        # one measure as the size of a thing and as a place or a fall
        (
            "The climber slipped down a 150-metre gully on Hobb Fell.",
            "The climber slipped 150 metres down the side of Hobb Fell.",
        ),
        (
            "Firefighters reached a worker at the top of an 80-foot mast.",
            "A worker was left stranded 80 feet up after the lift failed.",
        ),
        (
            "Protesters scaled the 250-metre chimney at dawn.",
            "Protesters climbed a chimney 250 metres high at dawn.",
        ),
    ],
)
def test_homes_by_another_count_and_a_size_as_a_place_keep_their_citation(
    shown: str, other: str
) -> None:
    assert _cited(shown, other) == ("a0", "a1")
