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
