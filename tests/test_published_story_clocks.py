"""A clock time is a publication stamp only on a line that reads like a stamp: not inside a
sentence or bullet of the story ("- Baby born on the 08:12 service") nor after a running
order's cue ("[ENDS — VT OUT 18:36:40]"). A stamp word, a zone, a house's glyph or a date keeps
the time. Every page here is invented."""

from __future__ import annotations

import pytest

from harbour_page import LAST, LEAD, MIDDLE, cleaned

# The story's own points over it, as a trade site's "key takeaways" box lists them.
POINTS = "Key takeaways"


@pytest.mark.parametrize(
    "line",
    [
        "- Boats moved off the 07:40 berth at Orrin before the wall fell",
        "• The 06:15 ferry from Orrin was held at the outer mole",
        "Harbour Radio will have more on this story in the late news at 22:00.",
    ],
)
def test_a_clock_in_a_story_bullet_or_sentence_is_no_publication_time(line: str) -> None:
    assert cleaned(POINTS, line, LEAD, MIDDLE, LAST).published is None


@pytest.mark.parametrize(
    "line", ["[ENDS — VT OUT 18:36:40]", "[SOT IN 10:02:13]", "OUTCUE: 18:04:10"]
)
def test_a_running_order_cue_s_timecode_is_no_publication_time(line: str) -> None:
    assert cleaned(LEAD, MIDDLE, LAST, line).published is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Updated 16:45 GMT", "16:45:00+00:00"),
        ("Posted at 08:12", "08:12:00"),
        ("Updated 19:05", "19:05:00"),
        ("HARBOUR FM ⧊ EARLY NEWS ⧊ 09:00", "09:00:00"),
        ("Orrin Quayside Radio · lunchtime bulletin · 13:00", "13:00:00"),
        ("14:05 BST · 6 March 2031", "2031-03-06T14:05:00+01:00"),
        (
            "Correction appended 20:05: an earlier version gave the wrong name of the boat.",
            "20:05:00",
        ),
    ],
)
def test_a_stamp_line_s_clock_is_still_read(line: str, published: str) -> None:
    assert cleaned(line, LEAD, MIDDLE, LAST).published == published


def test_a_page_s_stamp_is_read_past_a_story_bullet_with_a_clock() -> None:
    page = cleaned(POINTS, "- The 06:15 ferry from Orrin was held at the outer mole", LEAD)
    assert page.published is None
    assert (
        cleaned(POINTS, "- The 06:15 ferry from Orrin was held", LEAD, "Posted at 08:12").published
        == "08:12:00"
    )
