"""A story sentence opening with "By" and a time ("By Wednesday, 1,950 drivers had been
repaid.") is the story, not a byline; the bylines beside it ("By Mara Oyelaran", with a desk,
in capitals, a staff credit, a first name that is a month, a weekday or a time of day)
still go. Every line is invented."""

from __future__ import annotations

import pytest

from bylines.ingest.credits import CREDIT_CHECKS
from cleaned import kept_lines

HEADLINE = "Fare refunds reach Quenmoor bus drivers"
LEAD = "Quenmoor council began refunding wrongly fined drivers on Monday, it said."
LAST = "The council said the camera at the bus gate had been switched off."

TIME_SENTENCES = [
    "By Wednesday, 1,950 drivers had been repaid.",
    "By then, 400 drivers had written to the council.",
    "By March 3, the fund held £80,000.",
    "By the end of the week, 2,100 refunds had been sent.",
    "By 5pm, the queue at the town hall had gone.",
    "By late Tuesday the camera had been covered.",
    "By noon, the council's phone line had closed.",
    "By dawn the camera had been switched off.",
    "By Friday night, 2,400 drivers had been repaid.",
]
BYLINES = [
    "By Mara Oyelaran",
    "By Mara Oyelaran, Chief Reporter",
    "By MARA OYELARAN and TOM HEST",
    "By Staff Reporter",
    "By April Lind",
    "By May Hest, Tuesday 3 March 2026",
    "By Mid Ulster Reporter",
    # Names and desks that begin with a weekday or a time of day (review of small33).
    "By Dawn Fenwick",
    "By Dawn French and Ros Kell",
    "By Sunday Ekwueme",
    "By Monday Okonjo, Lagos desk",
    "By Noon Ahmadi",
    "By Today Reporter",
    "By Nightfall Staff",
]


def _page(line: str) -> str:
    return "\n".join((HEADLINE, line, LEAD, LAST))


@pytest.mark.parametrize("line", TIME_SENTENCES)
def test_a_time_after_by_is_a_story_sentence_kept(line: str) -> None:
    assert not any(check(line) for check in CREDIT_CHECKS)
    assert line in kept_lines(_page(line))


@pytest.mark.parametrize("line", BYLINES)
def test_a_name_after_by_is_still_a_byline_removed(line: str) -> None:
    assert any(check(line) for check in CREDIT_CHECKS)
    assert line not in kept_lines(_page(line))
