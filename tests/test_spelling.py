"""One word spelled two ways, or two words that look alike (``spelling.respelled``)."""

from __future__ import annotations

import pytest

from bylines.report.spelling import respelled


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("colour", "color"),
        ("organise", "organize"),
        ("organisations", "organizations"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("e mail", "email"),  # 'e-mail' as a line's words
        ("zürich", "zurich"),
        ("defence", "defense"),
        ("programme", "program"),
        ("towards", "toward"),
        ("two storey", "two story"),
        ("constituional", "constitutional"),  # a slip of the keys inside the word
        ("recieved", "received"),  # two letters swapped
        ("gadhafi", "gadhadi"),  # a neighbouring key
    ],
)
def test_one_word_spelled_two_ways_is_respelled(old: str, new: str) -> None:
    assert respelled(old, new) and respelled(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("northeast", "northwest"),
        ("overestimated", "underestimated"),
        ("ascended", "descended"),
        ("inbound", "outbound"),
        ("imports", "exports"),
        ("prewar", "postwar"),
        ("legal", "illegal"),  # a prefix put before
        ("older", "elder"),  # another first letter
        ("filled", "filed"),  # a letter doubled
        ("four", "for"),  # too short for a slip
        ("whose", "whole"),
        # another letter from across the keyboard is another word
        ("charged", "changed"),
        ("injured", "insured"),
        ("adopted", "adapted"),
        ("proscribed", "prescribed"),
    ],
)
def test_two_words_that_look_alike_are_not_respelled(old: str, new: str) -> None:
    assert not respelled(old, new) and not respelled(new, old)
