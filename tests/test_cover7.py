"""Only in X (issue 7, item 3), seventh round: a fact unit that tells the year something began
or happened is stated by another outlet only where that outlet gives the year too. Two
sentences about one organisation linked on its name, neither giving another value, state two
facts when one says when ("founded in 1987") and the other does not.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import FactLinks
from bylines.report.values import Reading
from bylines.report.verify import _gives_its_years, _states_unit, _stating_a_unit
from bylines.types import Sentence


def _sentence(article: str, text: str) -> Sentence:
    return Sentence(article, 3, text, 0, len(text))


@pytest.mark.parametrize(
    ("unit", "other", "gives"),
    [
        # a year the other does not give: another fact of the same subject
        (
            "Brannock Ferries, founded in 1987, sails to 22 ports",
            "Brannock Ferries runs six ships from Ostwick",
            False,
        ),
        ("The library, which opened in 1911, holds 80,000 books", "The library has shut", False),
        # the same year, in other words around it
        (
            "The mill opened in 1911 and once employed most of the town",
            "Built in 1911, the mill was the town's biggest employer",
            True,
        ),
        # no year in the unit: nothing to give
        ("The ferry ran aground on the reef", "The ship hit rocks off the island", True),
        # a day of a month is no whole year
        ("The council met on 4 March to vote", "Councillors voted at a special meeting", True),
    ],
)
def test_a_unit_giving_a_year_needs_the_year_from_the_other(
    unit: str, other: str, gives: bool
) -> None:
    assert _gives_its_years(unit, other, Reading()) is gives


def test_a_figure_alike_still_states_the_unit_whatever_its_year() -> None:
    # both give 22 ports: that count is a fact the other states, year or no year
    read = Reading()
    unit = "Brannock Ferries, founded in 1987, sails to 22 ports"
    assert _states_unit(unit, "Brannock Ferries sails to 22 ports around the coast", read)
    assert not _states_unit(unit, "Brannock Ferries runs six ships from Ostwick", read)


def test_an_outlet_telling_the_subject_without_its_year_does_not_doubt_only_in() -> None:
    shown = _sentence("a-post", "Brannock Ferries, founded in 1987, sails to 22 ports.")
    other = _sentence("a-wire", "Brannock Ferries runs six ships from Ostwick.")
    same = _sentence("a-radio", "Brannock Ferries has sailed since 1987.")
    links = FactLinks(
        {(shown, other): ((shown, other),), (shown, same): ((shown, same),)},
        {shown: (other, same)},
    )
    assert tuple(_stating_a_unit(shown, links, Reading())) == ("a-radio",)
