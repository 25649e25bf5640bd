"""A change that gives its old value ('6,500 signatures, up from 2,000') ties another report's
bare count of the people who gave that value ('signed by about 2,000 people') when the two say
it in the same words; not a count of people something befell, nor one in other words, nor a
count of things against one of people. Invented texts."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides

LATER = "A petition against the fare rise has 6,500 signatures, up from 2,000 on Monday."


def test_the_people_who_signed_are_the_old_value_of_the_signatures() -> None:
    report = report_of(
        (
            "The petition against the fare rise had been signed by about 2,000 people.",
            "2031-11-23T07:00",
        ),
        (LATER, "2031-11-24T10:15"),
    )
    assert [sides(u) for u in report.updates] == [{"about 2,000": ("a0",), "6,500": ("a1",)}]
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "early",
    [
        # people something befell: a frame of their own
        "About 2,000 people were evacuated from the Hallowby estate.",
        # people in other words: nothing ties them to the petition
        "About 2,000 people watched the parade through the town centre.",
    ],
)
def test_other_people_are_no_old_value(early: str) -> None:
    report = report_of((early, "2031-11-23T07:00"), (LATER, "2031-11-24T10:15"))
    assert report.updates == ()
    assert report.conflicts == ()
