"""Sums with a slot an unseen check found read as no one thing (fresh31, issue 7): a debt, a
prize and what repairs cost, each compared across reports as one sum; and the look-alike sums
of other things that must stay apart. All texts are invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.quantities import extract_quantities
from bylines.report.slots import slot_of
from bylines.types import Article, Report
from dated_reports import MODELS, report_of, sides

_LEAD = "A bus firm in Pellow collapsed on Friday, the council said. "


def _reports(*texts: str) -> Report:
    return report_of(*((_LEAD + t, f"2027-06-14T{9 + i:02d}:00") for i, t in enumerate(texts)))


def _money_conflicts(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.kind == "number"]


def _slot(text: str) -> str | None:
    """The slot of the text's one sum, read from the words before it as the figures stage
    reads them (nearest first)."""
    (sum_,) = [q for q in extract_quantities(text) if q.dimension == "money"]
    before = text[: sum_.start]
    near = [w.lower() for w in before.replace(",", " ").replace("'s", " ").split()][::-1]
    after = text[sum_.end :]
    near += [w.lower().strip(".,") for w in after.split()]
    return slot_of(sum_, near, before, after)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Her prize of £1,500 will go towards a greenhouse.", "prize"),
        ("Haddon wins £1,500 in prize money.", "prize"),
        ("The director said repairs would cost £3.2m.", "cost of the damage"),
        ("Repairing the roof will cost about £40,000.", "cost of the damage"),
        ("The cost of the repairs, £3.2m, will be met by the council.", "cost of the damage"),
    ],
)
def test_a_sum_named_by_its_cue_takes_its_slot(text: str, slot: str) -> None:
    assert _slot(text) == slot


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Its turnover was £6.8m last year.", None),
        ("Organisers said £1,500 had been raised for the hospice.", None),
        ("The telescope cost £30m to build.", "price"),
        ("The ship, which cost £30m to build, now needs repairs.", "price"),
    ],
)
def test_look_alike_sums_keep_their_own_slot(text: str, slot: str | None) -> None:
    assert _slot(text) == slot


def test_a_debt_and_a_turnover_of_one_value_are_no_conflict() -> None:
    report = _reports("Administrators said the company owed £6.8m.", "Its turnover was £8.6m.")
    assert _money_conflicts(report) == []


def test_a_prize_and_a_sum_raised_are_no_conflict() -> None:
    report = _reports(
        "Her prize of £1,500 will go towards a greenhouse.",
        "Organisers said £500 had been raised for the hospice.",
    )
    assert _money_conflicts(report) == []


def test_two_prizes_are_in_conflict() -> None:
    report = _reports("Her prize of £1,500 will go towards a greenhouse.", "The prize was £500.")
    assert {"£1,500": ("a0",), "£500": ("a1",)} in _money_conflicts(report)


def test_what_repairs_cost_meets_the_repair_bill() -> None:
    report = _reports(
        "The director said repairs would cost £3.2m.",
        "The director puts the repair bill at £2.3m.",
    )
    assert {"£3.2m": ("a0",), "£2.3m": ("a1",)} in _money_conflicts(report)


def test_what_a_thing_cost_to_build_meets_no_repair_bill() -> None:
    report = _reports(
        "The depot cost £3.2m to build in 2009.",
        "The director puts the repair bill at £2.3m.",
    )
    assert _money_conflicts(report) == []


@pytest.mark.parametrize(
    "text",
    [
        "She has scooped a £1,500 lottery jackpot.",
        "His winnings of £1,500 went on a caravan.",
    ],
)
def test_a_jackpot_or_winnings_take_no_prize_slot(text: str) -> None:
    assert _slot(text) != "prize"


def test_a_show_prize_and_a_lottery_jackpot_are_no_conflict() -> None:
    """Review of slots32 (R4): a win the day after the show is a second sum. The outlets are
    named as the review named them: with 'Outlet 1' the town's name is a shared word and the
    two sums met before this branch too."""
    articles = [
        Article(
            "a0",
            "Alma Pike won the £500 prize for the best dahlias at the Dunmore show on Saturday.",
            "Dunmore Courier",
        ),
        Article(
            "a1",
            "A Dunmore woman has scooped a £1,500 lottery jackpot a day after winning at the "
            "flower show. Alma Pike said it had been quite a weekend.",
            "Radio Dunmore",
        ),
    ]
    assert _money_conflicts(build_report(articles, models=MODELS)) == []


def test_the_nations_debt_lends_no_change_to_a_firms_debt() -> None:
    """Review of slots32 (R7): the national debt 'had reached' its sum; the firm's £340m and
    £430m are two outlets' values of one debt, never an update."""
    report = report_of(
        (
            "The chancellor said the national debt had reached £2.6 trillion. She announced a "
            "rescue fund for Tallowmere Steel, which owes £340m to its lenders.",
            None,
        ),
        ("Tallowmere Steel owes £340m, its chief executive said.", None),
        ("Tallowmere Steel has debts of £430m, according to filings.", None),
    )
    moved = {value for u in report.updates for value in sides(u)}
    assert not {"£340m", "£430m"} <= moved
