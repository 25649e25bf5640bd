"""Days of events a story tells of many times (talks, hearings, votes): a visit's talks on
Monday with one minister and on Tuesday with the president are two meetings, neither a
disagreement nor a day that changed. All texts are invented."""

from __future__ import annotations

from bylines.types import Report
from dated_reports import report_of


def _days_compared(report: Report) -> list[str]:
    return [c.subject for c in (*report.conflicts, *report.updates) if c.subject.startswith("day")]


def test_a_visits_talks_on_two_days_are_two_meetings() -> None:
    report = report_of(
        (
            "Foreign Minister Ilse Varga held five hours of talks with her counterpart Tomas "
            "Brede on Monday, the ministry said. Varga met President Anna Solt on Tuesday "
            "afternoon in the old palace, as her visit to Korvan drew to a close.",
            "2031-03-11T20:00",
        ),
        (
            "Varga met President Anna Solt earlier on Tuesday, a day after her talks with Tomas "
            "Brede. The two sides agreed to reopen the border crossing at Lidno.",
            "2031-03-11T21:30",
        ),
        (
            "After talks with Anna Solt on Tuesday, Ilse Varga said the border crossing at Lidno "
            "would reopen in the spring.",
            "2031-03-11T22:10",
        ),
    )
    assert _days_compared(report) == []


def test_other_peoples_talks_on_another_day_are_no_disagreement() -> None:
    report = report_of(
        (
            "Ilse Varga held talks with her counterpart Tomas Brede in Korvan on Monday, the "
            "ministry said, and the two agreed to reopen the border crossing at Lidno.",
            "2031-03-11T20:00",
        ),
        (
            "Varga's talks with Brede in Korvan on Monday ended with a deal on the Lidno "
            "crossing, officials said.",
            "2031-03-11T21:30",
        ),
        (
            "Meanwhile, the national security advisers of Ostria, Lundmark and the Halven "
            "Islands held their first joint talks on Saturday and agreed to share radar data.",
            "2031-03-11T22:00",
        ),
    )
    assert _days_compared(report) == []


def test_one_meetings_day_given_two_ways_is_still_a_disagreement() -> None:
    report = report_of(
        (
            "Ilse Varga held talks with her counterpart Tomas Brede in Korvan on Monday, the "
            "ministry said.",
            "2031-03-11T20:00",
        ),
        (
            "Ilse Varga held talks with her counterpart Tomas Brede in Korvan on Sunday, the "
            "ministry said.",
            "2031-03-11T21:30",
        ),
    )
    (subject,) = _days_compared(report)
    assert subject.startswith("day of the")


def test_the_day_a_closed_place_reopens_given_two_ways_is_a_disagreement() -> None:
    report = report_of(
        (
            "The head teacher said the flooded school at Lendry would reopen on Monday.",
            "2031-03-13T09:00",
        ),
        (
            "Engineers said the building was safe and the Lendry school would reopen on Wednesday.",
            "2031-03-13T11:00",
        ),
    )
    (subject,) = _days_compared(report)
    assert subject.startswith("day of the reopening")
