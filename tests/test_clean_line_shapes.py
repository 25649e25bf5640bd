"""Page junk written as the shape of a line, not as any outlet's string: wire headers parted by
"//" or closed by a version tag with a note, sign-offs after dashes, terms of use, desk credits,
video lines, mastheads with a tagline, calls to the reader. Every outlet, place and person here is
invented; each kind has story sentences beside it that start the same way and must stay."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

BEFORE = "A landslide closed the Orrin valley road on Thursday, the county council said."
AFTER = "About 40 households in Pellow were cut off until the afternoon, the council said."


def clean(text: str) -> Article:
    return clean_article(Article(id="a", text=text, source="a"))


def assert_removed(line: str) -> None:
    article = clean(f"{BEFORE}\n{line}\n{AFTER}")
    assert line not in article.text
    assert article.text.splitlines() == [BEFORE, AFTER]


def assert_kept(line: str) -> None:
    article = clean(f"{BEFORE}\n{line}\n{AFTER}")
    assert line in article.text.splitlines()


WIRE_HEADERS = [
    "KPS FLASH // ORRIN-LANDSLIDE // 1420 GMT",  # codes parted by double slashes
    "VNA // PELLOW/ROAD // 0935",
    "DWX 14:20 NATIONAL /ORRIN-SLIDE (UPDATE 1, adds council statement)",  # tag and a note
    "OPA-WEATHER/PELLOW-SLIDE (UPDATE 3, changes toll in para 2)",
    "KNW-TRANSPORT-ORRIN/ (URGENT, 150 words)",
    "LPA 0902 2 REG /LOWMARK-ROAD (REFILED, corrects spelling of valley)",
]
SIGN_OFFS = ["-- KPS/ab/cd", "— VNA/jk/lm", "--DWX/rt/sv"]
LICENCE_NOTES = [
    "For use by KNW clients only. Not for resale.",
    "Distributed by Orrin Newswire. Not for onward transmission.",
    "For distribution to VNA members only.",
    "Not for redistribution. Archiving prohibited.",
    "Supplied by Pellow Press. Reproduction strictly prohibited.",
]
DESK_CREDITS = [
    "Posted by Orrin FM Newsdesk",
    "Compiled by the Lowmark Radio newsroom",
    "Filed by Pellow Post Staff",
    "From our correspondent Ilse Marrow, Pellow",
    "From our valley reporter Tam Oduya in Orrin",
]


@pytest.mark.parametrize("line", WIRE_HEADERS + SIGN_OFFS + LICENCE_NOTES + DESK_CREDITS)
def test_wire_and_desk_marks_are_removed(line: str) -> None:
    assert_removed(line)


STORY_LIKE_WIRE = [
    "Distributed by the Red Cross, the food parcels reached 300 families.",
    "Not for sale, the farmer said of the land above the road.",
    "The bread is for use by the shelters only, the bakery said.",
    "Posted by a neighbour on Friday, the video shows the slope giving way.",
    "From our correspondent's window the slope looked bare, she wrote in her diary.",
    "Reproduction of the map is prohibited by the county, a spokesman said.",
]


@pytest.mark.parametrize("line", STORY_LIKE_WIRE)
def test_story_sentences_like_wire_marks_stay(line: str) -> None:
    assert_kept(line)
