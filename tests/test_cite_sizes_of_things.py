"""An equal figure is no agreement when one of the two is the size of a thing the other
sentence never names (issue 7, trust; fresh34's row N): "a 1.2-metre glass cabinet" is not
given by "buried 1.2 metres under the car park". Look-alikes stay given: the same thing named
("the 1.2-metre hole" / "the hole was 1.2 metres deep"), and two plain depths in other words.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.values import Reading, gives_a_figure
from dated_reports import report_of

CABINET = "We have been offered a 1.2-metre glass cabinet for the best items."


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (CABINET, "The tin box had been sitting 1.2 metres down, under the car park."),
        ("The box was buried 1.2 metres down.", "The school has a 1.2-metre display case."),
        ("A 30-metre crane was brought in.", "The cabin lay 30 metres down the slope."),
    ],
)
def test_the_size_of_an_unnamed_thing_is_not_given(shown: str, other: str) -> None:
    assert not gives_a_figure(shown, other, Reading())


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        ("They dug a 1.2-metre hole by the gate.", "The hole was 1.2 metres deep."),
        ("The box lay 1.2 metres deep.", "It lay at a depth of 1.2m."),
        ("A 10-mile tailback formed.", "The tailback was 10 miles long."),
        ("Talks ended after a six-hour meeting.", "They talked for six hours."),  # no size
    ],
)
def test_the_same_thing_or_a_plain_figure_is_given(shown: str, other: str) -> None:
    assert gives_a_figure(shown, other, Reading())
    assert gives_a_figure(other, shown, Reading())


def test_the_cabinet_is_not_cited_for_the_outlet_giving_the_depth() -> None:
    report = report_of(
        (
            "Pupils at Larkmoor Primary School dug up a time capsule on Friday.\n"
            "The tin box had been sitting 1.2 metres down, under what is now the car park.\n"
            f"{CABINET}\n",
            None,
        ),
        (
            "A time capsule was dug up at Larkmoor Primary School on Friday.\n"
            "The tin box, buried 1.2 metres under the car park in 1994, held 180 items.\n",
            None,
        ),
        (
            "Larkmoor Primary School opened its time capsule on Friday.\n"
            "The museum has lent the school a 1.2-metre glass cabinet to show the items.\n",
            None,
        ),
    )
    (cabinet,) = [c for c in report.claims if "glass cabinet" in c.text]
    assert cabinet.sources == ("a0", "a2")
    (depth,) = [c for c in report.claims if "sitting 1.2 metres down" in c.text]
    assert depth.sources == ("a0", "a1")
