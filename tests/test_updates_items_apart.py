"""A count of 'items' or 'pieces' is not the next value of another report's count of named
things: 'Seven items, including the three paintings' is a sum of parts, '30 items of luggage'
names what it counts, and neither is a step of 'three paintings' or '14 bodies'. (The reading
that tied them, f464a3b, was taken out after its review.) Invented texts."""

from __future__ import annotations

import pytest

from dated_reports import report_of

EARLY, LATE, LATER = "2031-08-10T09:00", "2031-08-10T17:00", "2031-08-10T18:00"

CASES = [
    (
        # the sum says it includes the part
        "Three paintings are missing from the Tarn gallery after a break-in.",
        "Seven items are now missing from the Tarn gallery, including the three paintings and "
        "four silver cups, police said.",
        "Police say seven items are missing from the Tarn gallery.",
    ),
    (
        # the sum is said to be the whole, and the parts are counted around it
        "Three paintings are missing from the Welby gallery after a break-in.",
        "Police said the thieves also took four silver cups from the Welby gallery. In all, "
        "seven items are missing.",
        "Three paintings and four silver cups are missing from the Welby gallery.",
    ),
    (
        # 'pieces of glass roofing' are not the cars
        "The hailstorm in Orm damaged 40 cars in the station car park. Nobody was hurt.",
        "More than 150 pieces of glass roofing were damaged at Orm station in the hailstorm.",
        "Forty cars were damaged in the Orm station car park by the hailstorm.",
    ),
]


@pytest.mark.parametrize(("early", "late", "later"), CASES)
def test_items_of_a_sum_or_named_are_no_step_of_a_count(early: str, late: str, later: str) -> None:
    report = report_of((early, EARLY), (late, LATE), (later, LATER))
    assert report.updates == ()
    assert report.conflicts == ()


def test_items_of_luggage_are_no_step_of_bodies_and_keep_the_bodies_cited() -> None:
    report = report_of(
        ("Divers recovered 14 bodies from the wreck of the ferry Orm Star on Tuesday.", EARLY),
        (
            "Divers have recovered 30 items of luggage from the Orm Star wreck. Fourteen "
            "bodies have been brought up so far.",
            LATE,
        ),
    )
    assert report.updates == ()
    assert report.conflicts == ()
    bodies = [c for c in report.claims if "14 bodies" in c.text]
    assert [c.sources for c in bodies] == [("a0", "a1")]
