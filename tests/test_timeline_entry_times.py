"""A clock time that opens its line, set off by a colon or a dash, as a live blog's or a
timeline box's entry is ('6.40am: the vat gives way'), is the time of what the rest of its line
tells (fresh30: such a time had no slot, so it met no other report's time of the same event).
Look-alikes keep their old reading: a time inside a sentence, a time opening a sentence with no
mark, an entry whose first clause tells another thing, a time after other words on its line."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides
from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    ("text", "time", "slot"),
    [
        ("6.40am: the vat gives way", "6.40am", "time of the collapse"),
        ("14:05 — the tower crane collapsed onto the quay", "14:05", "time of the collapse"),
        ("07:40 - the milk tanker overturned", "07:40", "time of the overturning"),
        # the entry's first clause is what the time is of
        ("14:05 — the tower crane collapsed, and crews arrived", "14:05", "time of the collapse"),
    ],
)
def test_a_time_opening_a_timeline_entry_is_the_time_of_what_it_tells(
    text: str, time: str, slot: str
) -> None:
    assert read_figures(text)[time].slot == slot


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # another clause first: the crews' arrival is what the time is of
        ("14:05 — crews arrived, and the tower crane collapsed", "14:05"),
        # no colon or dash after the time
        ("07:40 was when the crane was first checked", "07:40"),
        # other words before the time on its line
        ("Updated 14:05 - the tower crane collapsed", "14:05"),
        ("The gates opened at 14:05: the tower crane collapsed later.", "14:05"),
        # another such event ('a second crane'), as inside a sentence
        ("14:05 — a second crane collapsed onto the quay", "14:05"),
        # the first time of a span
        ("07:40 - 08:15 the tower crane collapsed twice", "07:40"),
        # a number that is no time before a colon
        ("Route 66: the tower crane collapsed", "66"),
    ],
)
def test_look_alikes_of_a_timeline_entry_get_no_time_slot(text: str, time: str) -> None:
    assert read_figures(text)[time].slot is None


def _report(*texts: str) -> Report:
    published = [f"2031-03-21T12:{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


_STORY = (
    "A fermenter at the Holmby brewery in Tarnby split on Monday morning, flooding the yard. "
    "Three workers were treated for minor injuries, the fire service said.\n"
)


def test_a_timeline_entry_time_differs_from_another_time_of_the_event() -> None:
    report = _report(
        _STORY + "6.40am: the vat gives way\n7.05am: the first fire crews arrive",
        "The vat at the Holmby brewery in Tarnby gave way at 7.40am on Monday.",
    )
    assert [sides(c) for c in report.conflicts] == [{"6.40am": ("a0",), "7.40am": ("a1",)}]


def test_a_timeline_entry_time_agrees_with_the_same_time_in_a_sentence() -> None:
    report = _report(
        _STORY + "6.40am: the vat gives way\n7.05am: the first fire crews arrive",
        "The vat at the Holmby brewery in Tarnby gave way at 6.40am on Monday.",
    )
    assert report.conflicts == ()
