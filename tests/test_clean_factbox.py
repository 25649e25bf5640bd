"""A fact box: a heading ("By the numbers:", "Key facts", "At a glance") over the story's figures
set out a line each, without verbs or stops. Its lines are story, never furniture; its heading
names the box and goes. Written for invented outlets; the look-alikes are page lines that open
with a figure without a box heading over them, and headings that are sentences."""

from __future__ import annotations

import pytest

from cleaned import clean, kept_lines

HEADLINE = "Roof of Varrow market hall caves in after snow"
STORY = [
    "Part of the roof of Varrow market hall caved in on Sunday night under heavy snow.",
    "Nobody was inside at the time, the council said.",
    "Engineers say the hall will stay shut until the spring.",
]
JUNK_AFTER = "⁂ Share your pictures with the newsroom ⁂"


def page(box: list[str]) -> str:
    return "\n\n".join([HEADLINE, *STORY, *box, JUNK_AFTER])


@pytest.mark.parametrize(
    ("heading", "figures"),
    [
        (
            "By the numbers:",
            ["31 — metres, the span of the fallen roof", "1892 — the year it opened"],
        ),
        ("In numbers", ["£4.5m: the cost of the repairs", "60 stallholders moved to the car park"]),
        ("Key facts", ["• 40cm of snow fell in a day", "• Three beams gave way"]),
        ("At a glance:", ["Eleven — weeks the hall has been shut this year"]),
        ("FAST FACTS", ["2 hours: how long crews searched the rubble"]),
    ],
)
def test_a_fact_box_keeps_its_figures_and_drops_its_heading(
    heading: str, figures: list[str]
) -> None:
    article = clean(page([heading, *figures]))
    lines = article.text.splitlines()
    for figure in figures:
        assert figure.removeprefix("• ") in lines
    assert heading not in lines
    assert heading in article.removed
    assert JUNK_AFTER not in lines


def test_the_box_ends_at_the_first_line_that_is_no_figure() -> None:
    lines = kept_lines(page(["By the numbers:", "31 — metres, the span of the roof", "Subscribe"]))
    assert "31 — metres, the span of the roof" in lines
    assert "Subscribe" not in lines


@pytest.mark.parametrize(
    "junk",
    [
        "24 comments",
        "3 min read ⁂ Share ⁂ Save",
        "12 photos ⁂ View gallery",
    ],
)
def test_a_figure_led_page_line_with_no_box_over_it_still_goes(junk: str) -> None:
    lines = kept_lines("\n\n".join([HEADLINE, *STORY, junk]))
    assert junk not in lines
    assert STORY[-1] in lines


def test_a_heading_that_is_a_sentence_is_story() -> None:
    sentence = "The numbers tell their own story, the market manager said."
    lines = kept_lines(page([sentence, "31 — metres, the span of the roof"]))
    assert sentence in lines
