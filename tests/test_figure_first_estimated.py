"""'first' right before a verb of estimating marks the value a later one replaced ('first valued
at £40,000', then 'now £90,000'); 'first' that counts or times something else ('the first coin
was valued at £40', 'at first sight') does not. All texts are invented."""

from __future__ import annotations

import pytest

from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "The hoard was first valued at £40,000 but is now thought to be worth £90,000.",
            "£40,000",
            "£90,000",
        ),
        ("The damage was first estimated at about £2m, then at £5m.", "about £2m", "£5m"),
        ("The crowd was first put at 300 people and later at 800 people.", "300", "800"),
    ],
)
def test_a_first_estimate_is_superseded(text: str, old: str, new: str) -> None:
    figures = read_figures(text)
    assert figures[old].superseded
    assert not figures[new].superseded


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The first coin was valued at £40 by the dealer.", "£40"),
        ("The pot was valued at £40,000 at first sight.", "£40,000"),
        ("The first valuation of the pot came to £40,000.", "£40,000"),
        ("The hoard was valued at £40,000 when it was first found.", "£40,000"),
    ],
)
def test_first_that_is_no_first_estimate_leaves_the_value(text: str, value: str) -> None:
    assert not read_figures(text)[value].superseded
