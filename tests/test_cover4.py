"""Citations reach every outlet stating a fact (issue 7, items 1-2), fourth round: a clause
that only names a source ("according to ...") is no fact unit.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import fact_units
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
