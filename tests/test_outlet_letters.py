"""A name set in capitals is shown as the story writes it; when the story never writes it, words
said as words are title-cased and letters read out stay in capitals ("ITV NEWS" is "ITV News",
"BHWU MEMBERS' BULLETIN" is "BHWU Members' Bulletin"), whether or not the letters have a vowel."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.letters import read_as_letters
from bylines.types import Article

HEADLINE = "Dam spillways opened as the Tolmar rises"
STORY = "The Tolmar dam spillways were opened on Wednesday as the river rose, officials said."
MORE = "About 1,200 residents of low-lying villages were moved to schools overnight."


def outlet(masthead: str, story: str = STORY) -> str:
    text = "\n".join((HEADLINE, masthead, story, MORE))
    return clean_article(Article(id="000_b099b2140a", text=text, source="000_b099b2140a")).source


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("UTV NEWS AT SIX — web version of a television report", "UTV News"),  # "-TV" ends no word
        ("RTK NEWS AT SIX — web version of a television report", "RTK News"),  # no vowel
        ("TOLMAR FM 96.4 | News on the hour", "Tolmar FM"),
        ("SKY VALLEY FM 96.4 | News on the hour", "Sky Valley FM"),  # "Y" said as a vowel
        ("LLANVERRY FM 96.4 | News on the hour", "Llanverry FM"),  # a Welsh opening
        ("LE VERALIA NEWS AT SIX — web version of a television report", "Le Veralia News"),
    ],
)
def test_a_masthead_in_capitals_keeps_only_its_letters_read_out(
    masthead: str, expected: str
) -> None:
    assert outlet(masthead) == expected


@pytest.mark.parametrize(
    ("word", "letters"),
    [
        ("BHWU", True),  # "BH-" opens no English word
        ("ITV", True),
        ("AFP", True),
        ("ABC", True),
        ("AP", True),  # two letters, not a word
        ("FM", True),
        ("NEWS", False),
        ("MEMBERS'", False),
        ("HERALD", False),
        ("CHRONICLE", False),
        ("EDINBURGH", False),
        ("YORK", False),  # "Y" opening a word is a consonant
        ("RHYL", False),
        ("ST", False),  # a short form said as a word ("St Albans")
        ("OF", False),
        ("NATO", False),  # sayable letters are title-cased, as many papers write "Nato"
        ("Tolmar", False),  # not in capitals
        # foreign articles, accented vowels, and longer names English does not say (review
        # letters28): said words, title-cased
        ("LE", False),
        ("AL", False),
        ("ZÜRICH", False),
        ("ÉTÉ", False),
        ("GDANSK", False),
        ("DHAKA", False),
        ("CWMBRAN", False),
        ("YSTRAD", False),
        ("FIFTH", False),
        ("SRI", False),
        ("CWM", False),
        # a Y said before a vowel, endings of three consonants and "NC" (review letters28-2)
        ("RYE", False),
        ("SKYE", False),
        ("KYIV", False),
        ("INCH", False),
        ("ARCH", False),
        ("ZINC", False),
        ("BRNO", False),
        ("PENH", False),
    ],
)
def test_letters_read_out_are_told_from_words_said(word: str, letters: bool) -> None:
    assert read_as_letters(word) is letters
