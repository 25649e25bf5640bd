"""A story's points at its end: a heading that sums the story up ("At a glance", "What it means
for you") over a run of rows after one mark, written as clauses without stops ("– Removal will
cost £240k", "→ Pupils at 19 schools need new transport"). They are the story's, often the only
line with their fact. The look-alikes are the page's lists: a "Read more" or "Most read" list of
other stories' headlines, rows with no summary heading over them, a list after another mark,
rows of links and offers, and a box set in the middle of the story, where a page injects its
modules. All invented (places, outlets, people)."""

from __future__ import annotations

import pytest

from cleaned import kept_lines

HEADLINE = "Ferry firm that served Quellmoor for 60 years goes bust"
STORY = [
    "Skerry Ferries, which has run the Quellmoor crossings for 60 years, collapsed on Friday.",
    "Some 140 crew and office staff lost their jobs, the administrators said.",
    "The council has found a new operator for two of the five routes.",
]
FOOT = "⬒ Crosswords and TV listings, pages 40-43 ⬒"
POINTS = [
    "Relief ferries start at 7am on Monday",
    "Pupils on 3 islands need new transport",
    "Season tickets will be refunded in full",
]


def page(*lines: str) -> str:
    return "\n".join([HEADLINE, *STORY, *lines, FOOT])


@pytest.mark.parametrize("heading", ["WHAT IT MEANS FOR YOU", "At a glance", "What happens next"])
@pytest.mark.parametrize("mark", ["→", "–", "•", "▪"])
def test_a_storys_points_at_its_end_are_kept_without_their_mark(heading: str, mark: str) -> None:
    lines = kept_lines(page(heading, *(f"{mark} {point}" for point in POINTS)))
    for point in POINTS:
        assert point in lines
    assert heading not in lines
    assert FOOT not in lines


def test_worded_points_after_a_figure_row_of_the_box_are_kept() -> None:
    rows = ["– 140 jobs are lost", "– Keeping the routes will cost £240k", "– Term starts on 3 May"]
    lines = kept_lines(page("AT A GLANCE", *rows))
    for row in rows:
        assert row.removeprefix("– ") in lines


HEADLINES = [
    "→ Bakery owner jailed for fraud in Dunmore",
    "→ Council will close 3 libraries next year",
    "→ Police are hunting 2 men after a raid on a post office",
]


@pytest.mark.parametrize(
    "heading",
    [
        "Read more",
        "MOST READ",
        "More from the Quellmoor Star",
        "More stories from Quellmoor",
        "Related stories",
    ],
)
def test_a_list_of_other_stories_headlines_still_goes(heading: str) -> None:
    lines = kept_lines(page(heading, *HEADLINES))
    for headline in HEADLINES:
        assert headline not in lines and headline.removeprefix("→ ") not in lines
    assert STORY[-1] in lines


def test_a_box_whose_rows_share_no_word_with_the_story_keeps_none() -> None:
    # other stories' headlines glued under the box: they name their own things
    rows = ["– Man, 32, has died after crash on A40", "– Bakery owner jailed for fraud in Dunmore"]
    lines = kept_lines(page("At a glance", "– 140 jobs are lost", *rows))
    assert "140 jobs are lost" in lines
    for row in rows:
        assert row.removeprefix("– ") not in lines


def test_a_box_about_the_story_keeps_its_rows_that_add_new_things() -> None:
    # 'ferries' ties the box to the story; 'pupils' and 'islands' are new to it, as a summary's
    # consequences are
    lines = kept_lines(page("What it means for you", f"→ {POINTS[0]}", f"→ {POINTS[1]}"))
    assert POINTS[1] in lines
    lines = kept_lines(page("What it means for you", f"→ {POINTS[1]}"))
    assert POINTS[1] not in lines


def test_the_points_end_at_the_next_modules_heading() -> None:
    lines = kept_lines(page("What it means for you", f"→ {POINTS[0]}", "MOST READ", *HEADLINES))
    assert POINTS[0] in lines
    for headline in HEADLINES:
        assert headline.removeprefix("→ ") not in lines


def test_a_list_after_another_mark_is_not_the_boxs() -> None:
    lines = kept_lines(page("At a glance", f"– {POINTS[0]}", *HEADLINES))
    assert POINTS[0] in lines
    for headline in HEADLINES:
        assert headline.removeprefix("→ ") not in lines


@pytest.mark.parametrize(
    "junk",
    [
        "– Topic: Ferry fares to rise again",
        "– Sign up for our ferry alerts",
        "– We are hiring 3 reporters in Quellmoor",
        "– Our 2 reporters were at the scene",
        "– Share on Facebook",
        "– «Back to the islands homepage»",
        "– Live | Sport | Weather",
    ],
)
def test_links_offers_and_menus_under_the_heading_still_go(junk: str) -> None:
    lines = kept_lines(page("At a glance", f"– {POINTS[0]}", junk))
    assert POINTS[0] in lines
    assert junk not in lines and junk.removeprefix("– ") not in lines


def test_a_box_in_the_middle_of_the_story_keeps_no_worded_rows() -> None:
    # a page injects its modules between paragraphs; a run with story after it is not read as
    # the story's points (its figure rows are, as before)
    rows = ["– 140 jobs are lost", "– Council will close 3 libraries next year"]
    text = "\n".join([HEADLINE, *STORY[:2], "At a glance", *rows, STORY[2], FOOT])
    lines = kept_lines(text)
    assert "140 jobs are lost" in lines
    assert "Council will close 3 libraries next year" not in lines
    assert STORY[2] in lines


def test_a_heading_that_only_starts_like_a_summary_heads_no_points() -> None:
    # the author's box under the story, not its points
    lines = kept_lines(page("What we know about Ana Lind", "– Ana Lind joined the Star in 2019"))
    assert "Ana Lind joined the Star in 2019" not in lines


def test_arrow_rows_with_no_heading_are_a_pages_list_and_arrow_sentences_are_story() -> None:
    # an arrow opens a list's row as a bullet does: a row with no sentence and no summary
    # heading over it is a link; a whole sentence after an arrow is the story's, arrow off
    sentence = "→ The crossing to Skerry had run every day since 1966."
    lines = kept_lines(page(sentence, *HEADLINES))
    assert sentence.removeprefix("→ ") in lines
    for headline in HEADLINES:
        assert headline not in lines and headline.removeprefix("→ ") not in lines


def test_an_arrow_inside_a_line_is_no_mark() -> None:
    line = "Sailings → 14 a day in summer, 6 in winter."
    assert line in kept_lines(page(line))


def test_a_list_heading_after_the_boxs_mark_ends_the_box() -> None:
    rows = [
        f"– {POINTS[0]}",
        "– More stories from Quellmoor",
        *(h.replace("→", "–") for h in HEADLINES),
    ]
    lines = kept_lines(page("What happens next", *rows))
    assert POINTS[0] in lines
    for row in rows[1:]:
        assert row.removeprefix("– ") not in lines


def test_more_stories_from_people_in_a_sentence_is_story() -> None:
    line = "More stories from survivors emerged on Tuesday, the council said."
    assert line in kept_lines(page(line))
