"""Jobs lost as one count of a story, however written (fresh31, issue 7): 'the loss of 240
jobs', 'Two hundred and forty people have lost their jobs', 'Some 420 drivers, mechanics and
office staff lost their jobs'; and the look-alikes that count other things. Invented texts."""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

_LEAD = "A bus firm in Pellow collapsed on Friday, the council said. "


def _reports(*texts: str) -> Report:
    """Undated reports: a count that rises between dated ones may be an update (the jobs lost
    as more cuts are announced), which ``figure_pairs`` decides by the times, not this reading."""
    return report_of(*((_LEAD + t, None) for t in texts))


def _count_conflicts(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.kind == "number"]


@pytest.mark.parametrize(
    ("lost", "value"),
    [
        ("Some 420 drivers, mechanics and office staff lost their jobs.", "Some 420"),
        ("Four hundred and twenty people have lost their jobs.", "Four hundred and twenty"),
        ("The firm will cut 420 jobs at its depots.", "420"),
        ("About 420 jobs will go, administrators said.", "About 420"),
        ("The 420 staff who lost their jobs can get advice at the civic centre.", "420"),
        ("Some 420 workers were made redundant on Friday.", "Some 420"),
    ],
)
def test_jobs_lost_written_other_ways_meet_the_loss_of_jobs(lost: str, value: str) -> None:
    report = _reports("Ribbon Buses went into administration with the loss of 240 jobs.", lost)
    assert {"240": ("a0",), value: ("a1",)} in _count_conflicts(report)


def test_the_same_jobs_said_two_ways_stand_on_one_side() -> None:
    report = _reports(
        "Ribbon Buses went into administration with the loss of 240 jobs.",
        "Some 420 drivers, mechanics and office staff lost their jobs.",
        "Two hundred and forty people have lost their jobs.",
    )
    conflicts = _count_conflicts(report)
    assert conflicts == [{"240": ("a0", "a2"), "Some 420": ("a1",)}]


@pytest.mark.parametrize(
    "other",
    [
        "The 420 bus to Harkley stopped running on Friday.",
        "Some 420 drivers were kept on by the new operator.",
        "The firm created 420 jobs when it opened in 2010.",
        "About 420 jobs were saved by the sale of the depot.",
        "Some 420 jobs are at risk at the depot.",  # at risk: not (yet) lost
        "Some 420 people lost their homes in the flood of 2019.",
        # another count between: the jobs are its own
        "Some 420 drivers and 30 mechanics lost their jobs.",
        "Some 420 drivers and thirty mechanics lost their jobs.",
    ],
)
def test_other_counts_meet_no_jobs_lost(other: str) -> None:
    report = _reports("Ribbon Buses went into administration with the loss of 240 jobs.", other)
    assert _count_conflicts(report) == []


def test_a_lower_count_of_jobs_lost_published_later_is_a_conflict() -> None:
    report = report_of(
        (
            _LEAD + "Some 420 drivers, mechanics and office staff lost their jobs.",
            "2027-06-14T09:00",
        ),
        (
            _LEAD + "Ribbon Buses went into administration with the loss of 240 jobs.",
            "2027-06-14T11:00",
        ),
    )
    assert {"Some 420": ("a0",), "240": ("a1",)} in _count_conflicts(report)


def test_a_larger_count_of_jobs_lost_said_later_with_no_change_is_a_conflict() -> None:
    report = report_of(
        (
            _LEAD + "Ribbon Buses went into administration with the loss of 240 jobs.",
            "2027-06-14T09:00",
        ),
        (
            _LEAD + "Some 420 drivers, mechanics and office staff lost their jobs.",
            "2027-06-14T15:00",
        ),
    )
    assert {"240": ("a0",), "Some 420": ("a1",)} in _count_conflicts(report)


def test_a_larger_count_of_jobs_lost_said_to_have_risen_is_an_update() -> None:
    report = report_of(
        (
            _LEAD + "Ribbon Buses went into administration with the loss of 240 jobs.",
            "2027-06-14T09:00",
        ),
        (
            _LEAD + "Administrators now say 420 jobs will go, up from 240.",
            "2027-06-14T15:00",
        ),
    )
    assert _count_conflicts(report) == []
    assert {"240": ("a0",), "420": ("a1",)} in [sides(u) for u in report.updates]
