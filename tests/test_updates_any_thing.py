"""'items' or 'pieces' in a frame says nothing of what is counted, as 'people' says nothing of
who: 'Five items are now listed as missing' may be the step after another report's 'three
fossils are missing'. Not against a count of people, nor in another frame. Invented texts."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides

EARLY = "At least three fossils are missing from the marine gallery of the Varnhold museum."


@pytest.mark.parametrize(
    "late",
    [
        "Five items are now listed as missing from the marine gallery of the Varnhold museum.",
        "Five pieces are now missing from the marine gallery of the Varnhold museum.",
    ],
)
def test_a_generic_noun_in_the_same_frame_is_a_step_of_the_count(late: str) -> None:
    report = report_of((EARLY, "2031-05-04T08:15"), (late, "2031-05-04T13:00"))
    assert [sorted(sides(u)) for u in report.updates] == [sorted(["At least three", "Five"])]
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "late",
    [
        # people, not things
        "Five visitors are now listed as missing after the flood at the Varnhold museum.",
        # another frame: damaged, not missing
        "Five items were damaged in the marine gallery of the Varnhold museum.",
    ],
)
def test_a_generic_noun_does_not_join_people_or_another_frame(late: str) -> None:
    report = report_of((EARLY, "2031-05-04T08:15"), (late, "2031-05-04T13:00"))
    assert report.updates == ()
    assert report.conflicts == ()
