"""Two values of one size whose digits are two neighbours struck in the other order ('23' /
'32', '£15,000' / '£51,000'). Two sums of a slot a story has one of (a reward, a ransom) are one
sum mistyped, a conflict, though MAX_MONEY_RATIO would keep them apart; two prices, budgets or
fines are not (a grant and a whole cost, a firm's fine and its director's). A count that grew
with its digits swapped is still a count that grew: an update (the review of missed33). All
texts are invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.figure_pairs import digits_swapped
from bylines.types import Article
from dated_reports import MODELS, report_of, sides


@pytest.mark.parametrize(
    ("one", "other"),
    [(23, 32), (46, 64), (3_400, 4_300), (180_000, 810_000), (12e6, 21e6), (4_260, 4_620)],
)
def test_two_neighbouring_digits_in_the_other_order_are_swapped(one: float, other: float) -> None:
    assert digits_swapped(one, other)
    assert digits_swapped(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (1.2e6, 2.1e9),  # '£1.2m' / '£2.1bn': the same digits, other sizes
        (120, 2_100),
        (12, 13),  # one digit other
        (9, 17),
        (212, 240),
        (123, 321),  # the digits reversed, not two neighbours swapped
        (32, 32),
    ],
)
def test_other_sizes_or_other_digits_are_not_swapped(one: float, other: float) -> None:
    assert not digits_swapped(one, other)


LEAD = "A water main burst under Cranmer Road in Dunwick early on Thursday, flooding {} homes."
REST = " Engineers from Dunwick Water worked through the night to repair the pipe."


def _homes(early: str, late: str) -> tuple[tuple[str, str], tuple[str, str]]:
    return (LEAD.format(early) + REST, "2031-11-23T07:10"), (
        LEAD.format(late) + REST,
        "2031-11-23T16:40",
    )


def test_a_later_count_with_its_digits_swapped_is_still_an_update() -> None:
    report = report_of(*_homes("23", "32"))
    assert report.conflicts == ()
    assert [sides(u) for u in report.updates] == [{"23": ("a0",), "32": ("a1",)}]


def test_a_later_count_that_grew_is_still_an_update() -> None:
    report = report_of(*_homes("23", "41"))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sorted(s for side in sides(update).values() for s in side) == ["a0", "a1"]


def test_a_swapped_count_the_report_says_has_risen_is_still_an_update() -> None:
    early, _ = _homes("23", "32")
    late = (
        "The number of homes flooded after a water main burst under Cranmer Road in Dunwick "
        "has risen to 32." + REST,
        "2031-11-23T16:40",
    )
    report = report_of(early, late)
    assert report.conflicts == ()
    assert len(report.updates) == 1


REWARD = (
    "Police in Hollin have offered a {} reward for information about the theft of the "
    "lifeboat from its station on Sunday."
)


REPAIR = (
    "The ice rink at Kestlow Arena was closed on Monday after an ammonia leak. "
    "The owners said repairs to the cooling plant would cost {}."
)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [(REWARD, "£15,000", "£51,000"), (REPAIR, "about £180,000", "£810,000")],
    ids=["reward", "cost of the damage"],
)
def test_two_sums_a_story_has_one_of_with_their_digits_swapped_are_one_sum_misreported(
    text: str, low: str, high: str
) -> None:
    report = report_of(
        (text.format(low), "2031-11-02T10:00"), (text.format(high), "2031-11-02T14:00")
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {low: ("a0",), high: ("a1",)}


def test_two_rewards_far_apart_with_other_digits_stay_two_sums() -> None:
    report = report_of(
        (REWARD.format("£15,000"), "2031-11-02T10:00"),
        (REWARD.format("£60,000"), "2031-11-02T14:00"),
    )
    assert report.conflicts == ()


# Two sums of slots a story has several of, their digits swapped and more than MAX_MONEY_RATIO
# apart: two sums, no conflict (the review of missed33's cases 07 and 20, and two fines)
TWO_SUMS = [
    pytest.param(
        (
            "The new library in Carrow will open next spring. The council received a £14m "
            "grant from the Heritage Fund for the building. The project's overall budget is "
            "£41m, the council said. Work began in January.",
            "Carrow's new library is due to open next spring. A £14m grant from the Heritage "
            "Fund will pay for part of the work. Building began in January.",
            "Carrow council says its new library will cost £41m. The library is due to open "
            "next spring. Work started in January.",
        ),
        id="grant-and-budget",
    ),
    pytest.param(
        (
            "Repairs to the cracked spillway of the Tarsin Dam will cost $1.3bn, the water "
            "ministry said on Monday. Work will start in the dry season.",
            "The water ministry said on Monday that modernising the whole Tarsin Dam would cost "
            "$3.1bn. Work will start in the dry season.",
        ),
        id="repairs-and-modernising",
    ),
    pytest.param(
        (
            "Brackley Chemicals was fined £130,000 at Dorrow Crown Court on Thursday over a "
            "leak into Fenn Brook.",
            "The director of Brackley Chemicals, Owen Tarr, was fined £310,000 at Dorrow Crown "
            "Court on Thursday over the Fenn Brook leak.",
        ),
        id="firm-and-director-fined",
    ),
]


# The review's outlet names: under 'Outlet 0', 'Outlet 1', ... (``report_of``) the grant
# against the budget was no conflict even with the swap read in every slot, so it could not fail
OUTLETS = ("Fenwick Gazette", "Carrow Echo", "Eastern Wire")


@pytest.mark.parametrize("texts", TWO_SUMS)
def test_swapped_digits_join_no_two_sums_of_a_slot_with_many(texts: tuple[str, ...]) -> None:
    articles = [
        Article(f"a{i}", text, OUTLETS[i], published=f"2031-06-02T1{i}:00")
        for i, text in enumerate(texts)
    ]
    assert build_report(articles, models=MODELS).conflicts == ()


def test_a_swapped_count_said_as_a_total_is_still_an_update() -> None:
    early, _ = _homes("23", "32")
    late = (
        "A second main burst under Cranmer Road in Dunwick on Thursday afternoon. In all, 32 "
        "homes were flooded." + REST,
        "2031-11-23T16:40",
    )
    report = report_of(early, late)
    assert report.conflicts == ()
    assert [sides(u) for u in report.updates] == [{"23": ("a0",), "32": ("a1",)}]
