"""Citations reach every outlet stating a fact (issue 7, items 1-2): a figure the other
sentence gives as well is no disagreement over another figure of that sentence.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.values import Reading, value_mismatches
from bylines.report.verify import _other_values


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "Another 31 outbound buses were sent to Pellmoor and Ruskin.",
            "It said 212 buses were withdrawn and 31 were sent to other depots.",
        ),
        (
            "Another 31 incoming ferries were sent to Pellmoor and Ruskin.",
            "In all, 212 ferries were cancelled, the Orvane Post has learned, and 31 more were "
            "sent to other ports.",
        ),
        (
            "Nine of them were injured, and one man is still in hospital in Orvane.",
            "Nine people were hurt, one of them with a broken arm, the coastguard said.",
        ),
        (
            "The landslide started about 1.8 kilometres up the hill, just below the crest.",
            "The landslide broke away at 1,800 metres and ran for about 400 metres down the hill.",
        ),
    ],
)
def test_a_figure_the_other_also_gives_is_no_disagreement(shown: str, other: str) -> None:
    read = Reading()
    assert value_mismatches(shown, other, read)  # the sentences' figures are paired wrongly
    assert _other_values(shown, other, read) == []


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "About 300 workers were sent home from the Quarrow plant.",
            "About 450 workers were sent home from the Quarrow plant, not 300 as first reported.",
        ),
        (
            "About 300 workers were sent home from the Quarrow plant.",
            "About 450 workers were sent home from the Quarrow plant, more than the 300 first "
            "reported.",
        ),
    ],
)
def test_an_earlier_value_the_other_gives_is_still_a_disagreement(shown: str, other: str) -> None:
    read = Reading()
    assert [m.other for m in _other_values(shown, other, read)] == ["About 450"]
