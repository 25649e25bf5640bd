"""A weekday in a report's body is compared only as the day of one deed: the same specific name
and a word besides it in both sentences. All texts are invented."""

from __future__ import annotations

from dated_reports import report_of, sides

LEAD = (
    "A fishing boat sank off Merrow Point early on Sunday, and four crew were rescued. "
    "The lifeboat crew searched the bay for three hours."
)


def day_conflicts(*bodies: str) -> list[set[str]]:
    report = report_of(
        *((f"{LEAD} {body}", f"2031-05-12T{9 + i:02d}:00") for i, body in enumerate(bodies))
    )
    return [set(sides(c)) for c in report.conflicts if c.kind == "date"]


def test_the_day_a_boat_left_one_harbour_differs_between_reports() -> None:
    assert day_conflicts(
        "The boat had sailed from Dunholt on Thursday, the coastguard said.",
        "The boat, a twelve-metre trawler, sailed from Dunholt on Friday night.",
    ) == [{"Thursday", "Friday"}]


def test_two_deeds_of_one_person_on_two_days_do_not_conflict() -> None:
    assert (
        day_conflicts(
            "Tomas Reyl had been at sea since Thursday afternoon.",
            "Tomas Reyl was back home with his family by Monday evening.",
        )
        == []
    )
