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
        ("⁑ FACT FILE ⁑", ["Stalls closed: 60", "Hall opened: 1892", "Shut for: eight weeks"]),
        ("‖ In figures ‖", ["Snow in a day | 40cm", "Repair bill | £4.5m"]),
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


def test_a_page_line_between_glyphs_ends_the_box() -> None:
    promo = "⁑ Market Traders Awards 2031: entries close 28 February ⁑"
    lines = kept_lines(page(["⁑ FACT FILE ⁑", "Stalls closed: 60", promo]))
    assert "Stalls closed: 60" in lines
    assert promo not in lines


# A bulletin's points after play marks, and a page's clips after them.
POINTS = [
    "▶ 2,400 of our members were not paid on Friday.",
    "▶ The fault was found at 06:15 on payday.",
    '▶ The finance director told us: "The supplier failed, not our staff."',
]


def test_points_after_play_marks_are_story_and_clips_still_go() -> None:
    clips = ["▶ Watch: the roof from the air (1:48)", "▶ Listen: the market manager"]
    lines = kept_lines("\n\n".join([HEADLINE, STORY[0], *POINTS, *clips]))
    for point in POINTS:
        assert point.removeprefix("▶ ") in lines
    for clip in clips:
        assert clip not in lines and clip.removeprefix("▶ ") not in lines


@pytest.mark.parametrize(
    "junk",
    [
        "Read all our coverage of the storm here",
        "Our members can read every story free for a month",
        "Become one of our members today",
    ],
)
def test_the_outlets_own_lines_still_go(junk: str) -> None:
    lines = kept_lines("\n\n".join([HEADLINE, *STORY, junk]))
    assert junk not in lines


@pytest.mark.parametrize("stamp", ["Posted at 13:40", "Updated: 13:40 GMT"])
def test_a_stamp_under_a_box_heading_is_still_a_stamp(stamp: str) -> None:
    lines = kept_lines(page(["Key figures", "31 — metres, the span of the roof", stamp]))
    assert stamp not in lines
    assert "31 — metres, the span of the roof" in lines


# The review's look-alikes: a page's lines right under a box heading.
BOX_JUNK = [
    "News | 24/7 Live | Sport",
    "Share | Tweet | 2 Comments",
    "Shares | 1.2k",
    "Last updated | 2 hours ago",
    "Newsletter | 3 times a week",
    "Offer: 50% off your first year",
    "• 2 for 1 on all digital subscriptions this week",
    "• 50% off your first year",
    "• 10 things to do this weekend in Varrow",
]


@pytest.mark.parametrize("junk", BOX_JUNK)
def test_menus_offers_and_counters_under_a_box_heading_still_go(junk: str) -> None:
    lines = kept_lines(page(["By the numbers", "31 — metres, the span of the roof", junk]))
    assert junk not in lines and junk.removeprefix("• ") not in lines
    assert "31 — metres, the span of the roof" in lines


def test_a_box_of_figures_in_words_past_twelve_is_kept() -> None:
    figures = ["Fourteen — stalls lost", "Twenty-three traders moved", "Six — weeks shut"]
    lines = kept_lines(page(["At a glance", *figures]))
    assert all(figure in lines for figure in figures)


@pytest.mark.parametrize(
    "clip",
    [
        "▶ Watch the moment the roof gave way.",
        "▶ Video shows snow sliding off the hall roof.",
        "▶ Hear the market manager explain the closure.",
        "▶ See our gallery of the storm damage.",
    ],
)
def test_a_clip_caption_after_a_play_mark_goes_even_as_a_sentence(clip: str) -> None:
    lines = kept_lines("\n\n".join([HEADLINE, *STORY, clip]))
    assert clip not in lines and clip.removeprefix("▶ ") not in lines


@pytest.mark.parametrize(
    "prompt",
    [
        "Our members get early access to every investigation.",
        "Only our members can see the full list of closed stalls.",
        "Our members are invited to a live Q&A with the editor on Friday at 7pm.",
    ],
)
def test_offers_to_our_members_still_go(prompt: str) -> None:
    assert prompt not in kept_lines("\n\n".join([HEADLINE, *STORY, prompt]))


def test_what_our_members_did_is_story() -> None:
    told = "Our members voted by 82% to accept the council's offer."
    assert told in kept_lines("\n\n".join([HEADLINE, *STORY, told]))


# The second review's look-alikes: rows of real figures with words an offer also uses, rows
# between bars with a note after the figure, bulletin points that open with a word of media.
@pytest.mark.parametrize(
    "row",
    [
        "• Health board's offer: 4%",
        "• Updated count of cancelled clinics: 41",
        "• Free beds left at Varrow General: 12",
        "• Shares in Carrow Power: down 14%",
        "Homes flooded | 340, most in Marlow",
        "Cost | £2.4m, the council estimates",
        "Pupils at home | about 5,600",
    ],
)
def test_a_box_row_with_a_word_of_the_page_or_a_note_is_kept(row: str) -> None:
    last = "• Stalls closed: 60"
    lines = kept_lines(page(["By the numbers", row, last]))
    assert row.removeprefix("• ") in lines
    assert last.removeprefix("• ") in lines  # the box goes on past it


def test_an_offer_in_a_box_is_left_out_and_the_box_goes_on() -> None:
    lines = kept_lines(page(["By the numbers", "• 50% off your first year", "• Stalls closed: 60"]))
    assert "50% off your first year" not in lines
    assert "Stalls closed: 60" in lines


@pytest.mark.parametrize(
    "point",
    [
        "▶ See-through panels were fitted to the hall roof in 2019.",
        "▶ Play areas beside the hall were closed after a beam fell.",
        "▶ Video evidence from a dashcam shows the roof falling in.",
        "▶ Photos taken by a trader show the roof torn open.",
        "▶ Watch officers at the fire station logged 41 calls overnight.",
        "▶ Gallery owner Ines Marr said her window was blown in.",
    ],
)
def test_a_bulletin_point_opening_with_a_word_of_media_is_story(point: str) -> None:
    assert point.removeprefix("▶ ") in kept_lines("\n\n".join([HEADLINE, *STORY, point]))


@pytest.mark.parametrize(
    "prompt",
    [
        "Our members have been invited to an exclusive preview of the new app.",
        "Our members were offered a free ticket to the match.",
        "Our members had early access to this story.",
        "Our members received a free tote bag this month.",
    ],
)
def test_what_an_outlet_gives_its_members_still_goes(prompt: str) -> None:
    assert prompt not in kept_lines("\n\n".join([HEADLINE, *STORY, prompt]))


@pytest.mark.parametrize(
    "told",
    [
        "More than 600 of our members are on the picket lines today.",
        "Our members lost up to £300 each in unpaid overtime.",
        "Our members' wages were paid six days late in March.",
        "Our members will vote on the new offer on Friday.",
        "Two of our members who work at the market helped to clear the debris.",
    ],
)
def test_a_union_s_story_of_its_members_is_kept(told: str) -> None:
    assert told in kept_lines("\n\n".join([HEADLINE, *STORY, told]))


# The third review's look-alikes.
@pytest.mark.parametrize(
    "junk",
    [
        "Save now: 3 months for £1",
        "Join today: 40,000 readers",
        "Episode | 4 of 10, next on Tuesday",
        "Rating | 4.5 stars from 120 readers",
        "Helpline | 0800 555 0199, open 24 hours",
        "Replies | 38",
        "Reposts | 212",
        "Time to read | 4 minutes",
    ],
)
def test_offers_and_page_rows_in_a_box_still_go(junk: str) -> None:
    lines = kept_lines(page(["By the numbers:", "Stalls closed: 60", junk]))
    assert junk not in lines
    assert "Stalls closed: 60" in lines


@pytest.mark.parametrize("row", ["Evacuated | more than 1,100", "Injured | at least 11"])
def test_a_hedged_figure_in_a_row_is_kept(row: str) -> None:
    assert row in kept_lines(page(["By the numbers:", row]))


@pytest.mark.parametrize(
    "told",
    [
        "Our members received no wages on Friday.",
        "Our members have been without pay for six weeks.",
        "Our members marched to the town hall on Saturday.",
        "A majority of our members backed the strike.",
    ],
)
def test_more_of_a_union_s_story_is_kept(told: str) -> None:
    assert told in kept_lines("\n\n".join([HEADLINE, *STORY, told]))


@pytest.mark.parametrize(
    "offer",
    [
        "All of our members get 10% off at the club shop.",
        "Our members took home free tickets to the final.",
    ],
)
def test_more_offers_to_members_go(offer: str) -> None:
    assert offer not in kept_lines("\n\n".join([HEADLINE, *STORY, offer]))


def test_footage_handed_over_is_a_story_point() -> None:
    point = "▶ Footage of the hall was handed to investigators on Friday."
    assert point.removeprefix("▶ ") in kept_lines("\n\n".join([HEADLINE, *STORY, point]))
