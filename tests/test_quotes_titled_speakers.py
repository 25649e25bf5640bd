"""A second speaker named by one word after a person's title ("Estates director Col Brannagh
said") is a speaker of their own: the words are not folded under the group's main speaker. A
title before the main speaker's own last name ("Ms Oyelowo") still joins that person, and a bare
capitalised word ("Police said") still tells no one apart. Every line is invented."""

from __future__ import annotations

import pytest

from bylines.report.quotes import _titled_name
from quote_groups import quotes_of

MAIN = 'Chief executive Margit Oyelowo said: "Patient safety has never been at risk."'
LINE = '"Patient safety has never been at risk."'


def _speakers(*texts: str) -> dict[str, str]:
    """Each article's credited speaker for the one quote on patient safety."""
    quotes = [q for q in quotes_of(*texts) if any("safety" in v.text for v in q.variants)]
    assert len(quotes) == 1, quotes
    return {s: v.speaker for v in quotes[0].variants for s in v.sources}


@pytest.mark.parametrize(
    "other",
    [
        f"Estates director Col Brannagh said: {LINE}",
        f"The hospital's estates manager, Mr Hest, said: {LINE}",
        f"Insp Gaskin said: {LINE}",
    ],
)
def test_a_titled_one_word_name_is_its_own_speaker(other: str) -> None:
    speakers = _speakers(MAIN, MAIN, other)
    assert speakers["a0"] == speakers["a1"] == "Margit Oyelowo"
    assert speakers["a2"] and "Oyelowo" not in speakers["a2"]


@pytest.mark.parametrize(
    "same", [f"Ms Oyelowo said: {LINE}", f"Oyelowo said: {LINE}", f"Dr Oyelowo said: {LINE}"]
)
def test_a_form_of_the_main_speakers_name_still_joins_her(same: str) -> None:
    speakers = _speakers(MAIN, MAIN, same)
    assert set(speakers.values()) == {""}


@pytest.mark.parametrize(
    ("speaker", "titled"),
    [
        ("Estates director Col Brannagh", True),
        ("Mr. Hest", True),
        ("Insp Gaskin", True),
        ("Police", False),
        ("British Police", False),
        ("Brannagh", False),
        ("Margit Oyelowo", False),
    ],
)
def test_a_titled_name_is_one_name_word_after_a_persons_title(speaker: str, titled: bool) -> None:
    assert _titled_name(speaker) is titled
