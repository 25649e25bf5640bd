"""A lower-case logo named as another removed line of its page spells it, beside the look-alikes
that must not change. Every page is invented."""

from __future__ import annotations

import pytest

from cleaned import clean

STORY = (
    "Five beaches in Quellmoor remain closed after a swimmer was bitten by a seal.\n"
    "The council said the closure would last 48 hours while rangers watched the bay.\n"
    "Lifeguards brought the swimmer ashore on a rescue board, the coastguard said.\n"
)


def _logo_page(note: str) -> str:
    return f"Quellmoor beaches stay shut\nquellmoor now ⌇ 15.07.33 ⌇ 09:30 ⌇ coast\n{note}{STORY}"


def test_a_lower_case_logo_is_named_as_the_page_spells_it() -> None:
    page = _logo_page("⌇ Quellmoor Now is free to read ⌇ support us from £2 a month ⌇\n")
    assert clean(page).source == "Quellmoor Now"


@pytest.mark.parametrize(
    "note",
    [
        "",  # spelled nowhere
        "⌇ Quellmoor news is free to read ⌇ support us from £2 a month ⌇\n",  # not every word
        "⌇ QUELLMOOR NOW IS FREE TO READ ⌇\n",  # capitals throughout: no spelling shown
    ],
)
def test_a_lower_case_logo_spelled_nowhere_is_not_named(note: str) -> None:
    assert clean(_logo_page(note)).source == "a"


def _section_page(logo: str, foot: str) -> str:
    return f"Quellmoor beaches stay shut\n{logo} ⌇ 15.07.33 ⌇ 09:30 ⌇ coast\n{STORY}{foot}\n"


@pytest.mark.parametrize(
    ("logo", "foot", "source"),
    [
        # a copyright footer names the outlet, over a section's crumb spelled in the navigation
        (
            "local news",
            "⌇ More Local News ⌇ Weather ⌇ Sport ⌇\n© Quellmoor Evening Lamp 2033",
            "Quellmoor Evening Lamp",
        ),
        # a section's name alone is no outlet
        ("local news", "⌇ More Local News ⌇ Weather ⌇ Sport ⌇", "a"),
        # nor a place the story names ("Five beaches in Quellmoor")
        ("quellmoor", "⌇ More from Quellmoor ⌇ Weather ⌇", "a"),
        # nor the opening words of a longer name
        ("quellmoor now", "Read more: Quellmoor Now And Then, our history series ⌇", "a"),
        # the house's own spelling still names it
        ("quellmoor now", "⌇ Quellmoor Now is free to read ⌇ support us ⌇", "Quellmoor Now"),
    ],
)
def test_a_spelled_logo_is_the_last_clue(logo: str, foot: str, source: str) -> None:
    assert clean(_section_page(logo, foot)).source == source
