"""Days of the happenings of a running story (guards from the when22 reviews, issue 7): a
happening and its aftermath on the next day (a tanker overturned, the verge dug up) are no
disagreement on the day; two leads that tell one happening (the same bomb, the same final, the
same car park told as a deck that gave way) on two days still disagree. A same-happening test on
the leads' words (when22b) was tried and dropped: it lost the paraphrased ones. Known and left: a
fire on Friday and a body found in the burnt-out house on Saturday, leads sharing the place, are
still paired as one day disagreement. All texts are invented."""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of

PUBLISHED = "2031-03-17T09:00"


def _report(*leads: str) -> Report:
    return report_of(*((lead, PUBLISHED) for lead in leads))


def _days_compared(report: Report) -> list[str]:
    return [c.subject for c in (*report.conflicts, *report.updates) if c.subject.startswith("day")]


@pytest.mark.parametrize(
    "leads",
    [
        (
            "A tanker overturned on the A40 near Cowley on Thursday.",
            "Crews began digging up the contaminated verge beside the A40 on Friday.",
        ),
        (
            "A lorry ploughed into a bus queue in Castlegate on Thursday.",
            "The lorry driver was charged with dangerous driving on Friday, police said.",
        ),
        (
            "A blaze destroyed the Regal cinema in Brockton on Friday.",
            "Detectives arrested a teenager on suspicion of arson on Saturday.",
        ),
    ],
)
def test_a_happening_and_its_aftermath_stay_no_disagreement(leads: tuple[str, ...]) -> None:
    assert _days_compared(_report(*leads)) == []


@pytest.mark.parametrize(
    "leads",
    [
        (
            "The cup final was played at Hanley Park on Friday night.",
            "The cup final was played at Hanley Park early on Saturday afternoon.",
        ),
        (
            "Ministers signed the trade deal in Geneva on Friday night.",
            "Ministers signed the trade deal in Geneva on Saturday evening.",
        ),
        (
            "A bomb exploded at the market in Tarrow on Tuesday.",
            "The bomb went off at Tarrow market on Wednesday.",
        ),
        (
            "Firefighters said the fire broke out on Friday.",
            "Residents said the blaze started on Saturday.",
        ),
        (
            "The ferry Karsa ran aground off Holm Point on Monday.",
            "The ferry Karsa ran aground near Holm Point on Tuesday.",
        ),
        # one happening told in other words: the day is still the happening's
        (
            "The multi-storey car park in Denholm collapsed on Friday evening.",
            "The upper deck gave way at Denholm on Saturday evening, trapping two cars.",
        ),
        (
            "The dam above Hurst burst on Monday, flooding the valley.",
            "The reservoir wall at Hurst failed on Tuesday, sending water into the valley.",
        ),
    ],
)
def test_one_happening_on_two_days_is_still_a_disagreement(leads: tuple[str, ...]) -> None:
    (subject,) = _days_compared(_report(*leads))
    assert subject.startswith("day of the")
