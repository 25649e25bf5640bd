"""A frame word is matched as a whole word or its inflections, not as the start of another word:
'flee' names the displaced, 'fleet' names vehicles (fresh28: a council's 19 lorries were read as
19 people made homeless, which kept them from the other outlets' count of lorries)."""

from __future__ import annotations

import pytest

from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    "text",
    [
        "The council grounded 19 vehicles of its fleet on Monday.",
        "Nineteen lorries in the fleet stood idle.",
        "The fleet of 19 lorries was idle.",
    ],
)
def test_a_fleet_is_no_one_fleeing(text: str) -> None:
    (figure,) = [f for f in read_figures(text).values() if f.quantity.unit != "day"]
    assert figure.frame is None


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people had to flee the floods.",
        "Some 300 residents are fleeing the fire.",
        "About 300 villagers fled on Monday.",
        "Nearly 300 people flee the town each winter.",
    ],
)
def test_those_who_flee_are_displaced(text: str) -> None:
    (figure,) = [f for f in read_figures(text).values() if f.quantity.unit != "day"]
    assert figure.frame == "homeless"
