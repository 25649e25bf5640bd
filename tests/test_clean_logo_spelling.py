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
