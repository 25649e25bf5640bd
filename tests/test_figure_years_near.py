"""A year figure's own text is not 'another year near it' (fresh29's trace; readings29): with it,
two past years of one slot were always 'dated by other years' and never compared. All texts
are invented."""

from __future__ import annotations

from bylines.report.figure_pairs import _years_near
from test_figure_kinds import read_figures


def test_a_years_own_text_is_not_a_year_near_it() -> None:
    assert _years_near(read_figures("The hall was built in Dorrow in 2029.")["2029"]) == set()


def test_other_years_near_a_figure_are_still_read() -> None:
    beside = read_figures("The hall was built in 2027, not 2029.")["2027"]
    assert _years_near(beside) == {"2029"}
