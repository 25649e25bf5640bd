"""A broadcast script's production cue in square brackets closes with how long it plays
("[JINGLE ⁑ Varrow Sound ⁑ 0:06]"): a length, never the bulletin's time. A stamp in square
brackets ("[Updated 14:05]") is still one."""

from __future__ import annotations

import pytest

from harbour_page import LAST, LEAD, MIDDLE, cleaned


@pytest.mark.parametrize(
    "cue",
    [
        "[JINGLE ⁑ Varrow Sound News ⁑ 0:06]",
        "[SFX: gulls over the quay 0:04]",
        "[CLIP ⁑ the harbour master ⁑ 0:21]",
    ],
)
def test_a_production_cue_s_length_is_no_publication_time(cue: str) -> None:
    assert cleaned(cue, LEAD, MIDDLE, LAST).published is None


def test_a_stamp_in_square_brackets_is_still_read() -> None:
    assert cleaned("[Updated 14:05]", LEAD, MIDDLE, LAST).published == "14:05:00"


@pytest.mark.parametrize(
    ("cue", "hour"), [("[Intro 14:00]", "14:00:00"), ("[INTRO 9:30]", "09:30:00")]
)
def test_the_hour_after_a_cue_word_alone_is_still_a_time(cue: str, hour: str) -> None:
    assert cleaned(cue, LEAD, MIDDLE, LAST).published == hour


@pytest.mark.parametrize(
    ("cue", "hour"),
    [("[Intro — Morning Report 07:00]", "07:00:00"), ("[Theme — Breakfast 06:30]", "06:30:00")],
)
def test_the_hour_after_a_cue_s_words_is_still_a_time(cue: str, hour: str) -> None:
    assert cleaned(cue, LEAD, MIDDLE, LAST).published == hour
