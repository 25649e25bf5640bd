"""A list of the story's points under a heading ("Key takeaways", "What we know") is the story in
brief: its bulleted items, written as headlines without stops, are kept; its heading names the
list and goes. The look-alikes are lists of the same shape that are the page's: other stories'
headlines ("Most read", "More from ..."), a share list, a tag list. Invented outlets and events."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.ingest.furniture import summary_lists
from bylines.models import load_models
from bylines.types import Article
from cleaned import clean

HEADLINE = "Varrow ferry runs aground in fog"
STORY = [
    "The Varrow ferry ran aground on a sandbank near Dunnock pier on Tuesday morning.",
    "All 86 passengers were taken off by lifeboat crews within two hours.",
    "The operator said the crossing will stay closed until Friday while divers check the hull.",
]
POINTS = [
    "- Varrow ferry aground on a sandbank near Dunnock pier",
    "- 86 passengers taken off by lifeboat crews",
    "- Crossing closed until Friday",
]
MODELS = load_models()


def page(heading: str, items: list[str]) -> str:
    return "\n".join([HEADLINE, heading, *items, *STORY])


@pytest.mark.parametrize("heading", ["Key takeaways", "What we know:", "IN BRIEF"])
def test_a_list_of_the_story_s_points_keeps_its_items_and_drops_its_heading(heading: str) -> None:
    article = clean(page(heading, POINTS))
    lines = article.text.splitlines()
    for item in POINTS:
        assert item.removeprefix("- ") in lines
    assert heading not in lines
    assert heading in article.removed


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        # other stories' headlines, about the same town: a word or two shared, no more
        (
            "Most read",
            [
                "- Dunnock school wins national chess title",
                "- New bakery opens on the harbour front",
                "- Council votes to keep Sunday parking free",
            ],
        ),
        (
            "More from the Dunnock Herald",
            [
                "- Lifeboat volunteers honoured at county awards",
                "- Harbour wall repairs to begin next spring",
            ],
        ),
        # headlines of the same ferry's other stories, under a heading no rule knows
        (
            "Around the coast",
            [
                "- Varrow ferry operator fined over safety lapses last year",
                "- Dunnock pier to get a new lifeboat station",
                "- Passengers complain about crossing delays",
            ],
        ),
        ("Share this story", ["- Share on Facebook", "- Share by email", "- Print this page"]),
        ("Tags", ["- Varrow", "- Ferries", "- Dunnock pier"]),
    ],
)
def test_a_list_of_the_page_s_own_stays_removed(heading: str, items: list[str]) -> None:
    lines = clean(page(heading, items)).text.splitlines()
    assert not [item for item in items if item.removeprefix("- ") in lines]
    assert not summary_lists(page(heading, items).splitlines()).items


def test_one_bullet_under_a_heading_is_no_list_of_points() -> None:
    texts = page("Key takeaways", POINTS[:1]).splitlines()
    assert not summary_lists(texts).items


def test_bullets_without_a_heading_over_them_are_no_list_of_points() -> None:
    texts = "\n".join([HEADLINE, STORY[0], *POINTS, *STORY[1:]]).splitlines()
    assert not summary_lists(texts).items


def test_a_point_of_the_list_is_cited_for_its_outlet() -> None:
    other = "\n".join(
        [
            "Ferry stuck on sandbank off Dunnock",
            "A ferry ran aground near Dunnock pier on Tuesday.",
            "Lifeboat crews took all 86 passengers off the ship within two hours.",
        ]
    )
    brief = "\n".join(
        [
            "Ferry aground: what we know",
            "Key takeaways",
            "- 86 passengers taken off by lifeboat crews near Dunnock pier",
            "- Ferry aground on a sandbank in fog on Tuesday",
            "The ferry ran aground on a sandbank near Dunnock pier on Tuesday morning in fog.",
            "Lifeboat crews took the passengers off.",
        ]
    )
    report = build_report(
        [Article("brief", brief, "Coast Brief"), Article("paper", other, "Dunnock Herald")],
        models=MODELS,
    )
    texts = [claim.text for claim in report.claims]
    assert not [text for text in texts if "takeaways" in text.lower()]
    carried = [claim for claim in report.claims if "86" in claim.text]
    assert carried and any("brief" in claim.sources for claim in carried)


def test_an_item_that_says_what_the_story_never_does_stays_out() -> None:
    # another story's headline glued under the points, with a figure of its own
    glued = "- Man, 32, dies after crash on the A40 at Quenby"
    lines = clean(page("Key takeaways", [*POINTS, glued])).text.splitlines()
    assert POINTS[1].removeprefix("- ") in lines
    assert glued.removeprefix("- ") not in lines and glued not in lines


def test_a_point_restating_only_the_page_s_masthead_stays_out() -> None:
    # the date is in the masthead's line, not in any sentence of the story
    masthead = "THE VARROW GAZETTE ⊷ Wednesday 2 September 2037 ⊷ Edition 3"
    date = "- Crossing had been due to reopen on 3 September"
    text = "\n".join([HEADLINE, masthead, "Key takeaways", *POINTS[:2], date, *STORY])
    lines = clean(text).text.splitlines()
    assert POINTS[0].removeprefix("- ") in lines
    assert date.removeprefix("- ") not in lines
