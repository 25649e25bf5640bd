"""Two shapes of figures of one thing that were never compared (fresh34, slots35):

- a sum each of a group is given, 'each' its receiver ('is paying each of them £420', 'each of
  them will get £420'), is one slot, 'sum paid to each': two outlets' sums to each disagree; a
  total, a payer's 'each', a fine, a charge or a wage are other sums;
- the noun of a count is the head of its phrase: '48 cruise passengers' counts passengers, as
  another outlet's '38 passengers' does; '12 bus passengers' and '40 train passengers' are two
  groups.

All texts are invented (places, people, outlets, sums).
"""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities, names_which_people
from dated_reports import sides
from test_figure_kinds import read_figures, report_of

TO_EACH = "sum paid to each"


@pytest.mark.parametrize(
    ("text", "sum_"),
    [
        ("The Velmor Line is paying each of them £300 towards a hotel.", "£300"),
        ("Velmor has offered each passenger £300 after the delay.", "£300"),
        ("Each of the stranded passengers will receive £300, the line said.", "£300"),
        ("Each family would get €1,500 from the fund.", "€1,500"),
        ("The council gave each of the tenants up to £900 for new furniture.", "up to £900"),
    ],
)
def test_a_sum_given_to_each_fills_one_slot(text: str, sum_: str) -> None:
    assert read_figures(text)[sum_].slot == TO_EACH


@pytest.mark.parametrize(
    ("text", "sum_"),
    [
        # the payer, not the receiver
        ("Each of them paid £40 for the coach home.", "£40"),
        ("Fans paid £40 each for the replacement tickets.", "£40"),
        # a fine, a charge, a cost
        ("The court fined each of them £600 on Tuesday.", "£600"),
        ("The operator charged each passenger £40 for the transfer.", "£40"),
        ("Each ticket costs £40 on the day.", "£40"),
        # a wage by the year
        ("The firm pays each driver £31,000 a year.", "£31,000"),
        # a total
        ("The line will pay a total of £12,000 to the stranded passengers.", "£12,000"),
    ],
)
def test_a_payer_a_fine_a_charge_a_wage_or_a_total_is_no_sum_to_each(text: str, sum_: str) -> None:
    assert read_figures(text)[sum_].slot != TO_EACH


LEFT = "Forty passengers were left behind at Dunmore on Friday when the Kestrel Belle sailed."


def test_two_outlets_sums_to_each_disagree() -> None:
    report = report_of(
        f"{LEFT}\nThe Velmor Line is paying each of them £300 towards hotels.",
        f"{LEFT}\nEach of them will get £350, a Velmor spokesman said.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"£300": ("a0",), "£350": ("a1",)}


def test_a_sum_to_each_and_a_total_do_not_disagree() -> None:
    report = report_of(
        f"{LEFT}\nThe Velmor Line is paying each of them £300 towards hotels.",
        f"{LEFT}\nThe Velmor Line is paying a total of £12,000 towards hotels.",
    )
    assert report.conflicts == ()


def test_a_payers_each_and_a_receivers_each_do_not_disagree() -> None:
    report = report_of(
        f"{LEFT}\nEach of them paid £40 for a coach to Harl, a Velmor spokesman said.",
        f"{LEFT}\nThe Velmor Line has offered each of them £60, a spokesman said.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Forty-eight cruise passengers were left on the quay.", "passengers"),
        ("Thirty factory workers were sent home.", "workers"),
        ("Ten bus drivers went on strike.", "drivers"),
        # a word that counts people itself, a person noun, a thing: as read before
        ("12 police officers were hurt.", "police"),
        ("Five crew members were rescued.", "crew"),
        ("Two student nurses were hurt.", "student"),
        ("Two fire engines attended.", "fire"),
        ("Nine bus routes were cut.", "bus"),
    ],
)
def test_the_noun_of_a_count_of_people_is_the_head(text: str, noun: str) -> None:
    (count,) = extract_quantities(text)
    assert count.noun == noun


def test_a_count_of_people_named_with_a_modifier_meets_the_bare_count() -> None:
    # one frame, the load of one coach: the same people
    report = report_of(
        "A coach carrying 48 cruise passengers overturned near Dunmore on Friday.",
        "A coach carrying 38 passengers overturned near Dunmore on Friday.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"48": ("a0",), "38": ("a1",)}


def test_people_named_with_two_modifiers_are_two_groups() -> None:
    report = report_of(
        "Twelve bus passengers were hurt when the bus hit a train at Orlin crossing on Monday.",
        "Forty train passengers were hurt when a bus hit the train at Orlin crossing on Monday.",
    )
    assert report.conflicts == ()


# A year in an apposition dating the subject's making or placing leaves the figure of the clause
# after it this event's. ('buried in 1992' as a slot of its own was taken out after review: two
# capsules, or a capsule and people buried, met as one year; a miss is better.)


def test_years_of_two_things_buried_do_not_disagree() -> None:
    report = report_of(
        "Pupils opened a time capsule at Orrin Primary School on Thursday.\n"
        "The capsule was buried in 1994, the school said.\n"
        "An older capsule, buried in 1971, is still under the hall.",
        "Pupils opened a time capsule at Orrin Primary School on Thursday.\n"
        "A second capsule, buried in 1971, will stay under the hall.\n"
        "The opened capsule had been buried in 1994 near the graves of miners buried in 1908.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    ("text", "count", "historic"),
    [
        ("The steel box, buried under the playground in 1992, held 214 items.", "214", False),
        ("The ferry, built in 2001, was carrying 46 people.", "46", False),
        ("The climber, born in 1980, fell 200 metres.", "200 metres", False),
        # closing is no making: the mine's workforce is history
        ("The mine, closed in 1986, employed 900 men.", "900", True),
        # a past thing, or a record beside the figure
        ("The previous capsule, buried in 1962, held 80 items.", "80", True),
        ("The box, buried in 1992, held 214 items, the most since 1950.", "214", True),
        # the year dates the figure's own clause
        ("In 1992 the box held 214 items.", "214", True),
    ],
)
def test_a_year_dating_the_subjects_making_leaves_the_figure_current(
    text: str, count: str, historic: bool
) -> None:
    assert read_figures(text)[count].historic is historic


def test_a_sum_to_each_named_by_its_kind_keeps_the_kind() -> None:
    # 'in compensation' says what the sum is, as another report's 'NOK 1,000 in compensation'
    text = "The line will pay each passenger 1,500 kroner in compensation."
    assert read_figures(text)["1,500 kroner"].slot == "fine"


def test_people_described_otherwise_are_still_one_group() -> None:
    # 'elderly' says how they are, not which people: one count of passengers, two values
    report = report_of(
        "A coach carrying 38 elderly passengers overturned near Dunmore on Friday.",
        "A coach carrying 48 cruise passengers overturned near Dunmore on Friday.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"38": ("a0",), "48": ("a1",)}


# Review of slots35: outside one shared frame, a count read through its modifier is a part of
# a group or another group, never a side against the bare count of the noun.
@pytest.mark.parametrize(
    "texts",
    [
        # a part (the rescuers) and a whole doing another thing
        (
            "Some 25 rescue workers searched the Kelby mill on Monday.",
            "About 180 workers searched for a way out of the Kelby mill on Monday.",
        ),
        (
            "Four agency nurses were sent home when the Harlow ward closed on Monday.",
            "Eleven nurses were working on the Harlow ward when it closed on Monday.",
        ),
        # two groups named by nouns of any ending
        (
            "Forty hospital cleaners went on strike in Kelby on Monday.",
            "Fifteen school cleaners joined a strike in Kelby on Monday.",
        ),
        (
            "About 35 music teachers joined a strike in Kelby on Monday.",
            "Some 90 school teachers went on strike in Kelby on Monday.",
        ),
        (
            "Twenty mining workers marched through Kelby on Monday.",
            "Sixty building workers marched through Kelby on Monday.",
        ),
        # three outlets: two groups and a bare count beside each
        (
            "Around 150 search volunteers combed Ben Orrin on Monday for a missing climber.",
            "Thirty army volunteers and police combed Ben Orrin on Monday for a missing climber.",
            "About 150 volunteers searched Ben Orrin on Monday for a missing climber.",
        ),
        # more of a group, not the group
        (
            "The Kelby mill will take on 60 extra workers, its owners said on Monday.",
            "The Kelby mill, which employs 500 workers, said on Monday it would grow.",
        ),
    ],
)
def test_a_modified_count_outside_a_shared_frame_is_no_side(texts: tuple[str, ...]) -> None:
    assert report_of(*texts).conflicts == ()


@pytest.mark.parametrize("word", ["extra", "more", "other", "spare", "new", "fellow"])
def test_a_word_adding_to_a_group_is_not_read_through(word: str) -> None:
    (count,) = extract_quantities(f"The mill will take on 60 {word} workers.")
    assert count.noun != "workers"


@pytest.mark.parametrize(
    ("word", "names"),
    [
        ("hospital", True),
        ("music", True),
        ("family", True),
        ("mining", True),
        ("bus", True),
        ("elderly", False),
        ("stranded", False),
        ("extra", False),
    ],
)
def test_which_people_a_word_names_is_not_read_by_its_ending(word: str, names: bool) -> None:
    assert names_which_people(word, "passengers") is names
