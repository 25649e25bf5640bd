"""A masthead in capitals set in title case as its words read: a possessive's "s" after an
apostrophe stays small ("GROWER'S" as "Grower's"), a name's one-letter prefix keeps the capital
after it ("O'NEILL" as "O'Neill")."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEADLINE = "Ferry timetable cut as the Drennock crossing closes for repairs"
STORY = "The Drennock crossing will close for six weeks from Monday, the operator said."
MORE = "About 400 passengers a day use the crossing in winter."


def outlet(masthead: str) -> str:
    text = "\n".join((HEADLINE, masthead, STORY, MORE))
    return clean_article(Article(id="000_c4d1a9", text=text, source="000_c4d1a9")).source


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        # a possessive: the letter after the apostrophe is no capital
        ("ST BRENNOC'S PARISH NEWS ✉ Drennock ✉ Issue 12", "St Brennoc's Parish News"),
        ("FISHERMEN'S GAZETTE ❦ tides ❦ boats", "Fishermen's Gazette"),
        ("CROFTERS’ WEEKLY · Drennock", "Crofters’ Weekly"),
        # a name's one-letter prefix: the capital after it stays
        ("THE O'DWYER HERALD · Drennock", "The O'Dwyer Herald"),
        ("D'ARCY COUNTY NEWS · Drennock", "D'Arcy County News"),
        ("O'HARE'S GAZETTE · Drennock", "O'Hare's Gazette"),
        # letters read out stay as they are
        ("DRENNOCK FM 96.2 · News on the hour", "Drennock FM"),
    ],
)
def test_a_masthead_in_capitals_in_title_case(masthead: str, expected: str) -> None:
    assert outlet(masthead) == expected


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        # the page's kind beside the name: the name is the outlet
        ("DRENNOCK FM ⌬ EVENING NEWS ⌬ AS BROADCAST ⌬ 18:00", "Drennock FM"),
        ("TRANSCRIPT · Drennock FM · 08:00", "Drennock FM"),
        ("HARL VALLEY TV ◫ 06:30 ◫ AS-BROADCAST SCRIPT ◫ ITEM 4", "Harl Valley TV"),
        ("HARL VALLEY TV ▣ 22:00 ▣ SCRIPT AS RECORDED ▣ CAM 1", "Harl Valley TV"),
        # an outlet really named with such a word stays
        ("THE TRANSCRIPT · Drennock · 14 May 2031", "The Transcript"),
        ("Newsroom Daily · Ferries", "Newsroom Daily"),
        ("PRESS RELEASE WEEKLY · Drennock", "Press Release Weekly"),
    ],
)
def test_the_kind_of_page_on_a_masthead_is_no_outlet(masthead: str, expected: str) -> None:
    assert outlet(masthead) == expected


@pytest.mark.parametrize(
    "masthead",
    [
        # a body's release, a broadcaster's name the rules cannot read: no outlet, not the kind
        "DRENNOCK HARBOUR BOARD ⌸ NEWSROOM ⌸ PRESS RELEASE ⌸ FOR IMMEDIATE USE",
        "DRENNOCK SOUND 97.4 ⌬ LUNCHTIME NEWS ⌬ AS BROADCAST ⌬ 13:00",
        "Media statement · 14 May 2031 · 10:00",
    ],
)
def test_a_masthead_naming_only_the_kind_of_page_names_no_outlet(masthead: str) -> None:
    assert outlet(masthead) == "000_c4d1a9"
