"""A wire's slug line parted by a printer's sign of Unicode's punctuation blocks ('※', '⁜',
'⁂'): category Po like a comma, but no sentence is written with one, so it counts as a symbol of
the page. The slugs, outlets and places are invented; story lines with the marks prose does use
(a middle dot, a bullet, a dash, quotes, a section sign, '#', '*', '&') are kept."""

from __future__ import annotations

import pytest

from bylines.ingest.prose import line_features
from harbour_page import LAST, LEAD, MIDDLE, cleaned


@pytest.mark.parametrize(
    "slug",
    [
        "KLX ⁜ 0930 ⁜ HARBOUR-WALL/ORRIN ⁜ urgent ⁜ lede",
        "KLX ※ 0930 ※ HARBOUR-WALL/ORRIN ※ urgent ※ lede",
        "KLX ⁜ HARBOUR-WALL/ORRIN ⁜ lede",  # no time
        "KLX ⁂ 0930 ⁂ HARBOUR-WALL/ORRIN ⁂ first lede",
    ],
)
def test_a_slug_parted_by_printers_signs_is_page_furniture(slug: str) -> None:
    article = cleaned(slug, LEAD, MIDDLE, LAST)
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    ("sign", "symbol"),
    [
        *((sign, True) for sign in "※⁜⁂⁖⁘"),
        # the punctuation of sentences in the same blocks, and of other scripts
        *((mark, False) for mark in "…‼⁇‽′″‰•†·§&¿،।。"),
    ],
)
def test_a_printers_sign_counts_as_a_symbol_and_punctuation_does_not(
    sign: str, symbol: bool
) -> None:
    features = line_features(0, [f"Orrin {sign} harbour"])
    assert (features.symbols > 0) is symbol


@pytest.mark.parametrize(
    "line",
    [
        "Divers · two of them from Tarnside · went down at first light, the board said.",
        "The wall • built in 1887 • had been inspected in March, the board said.",
        "The wall — built in 1887 — had been inspected in March, the board said.",
        "“It went like a row of dominoes,” said the harbour master, Tom Reed.",
        "Under § 12 of the harbour bylaws the quay must stay shut until it is inspected.",
        "Posts tagged #OrrinHarbour were shared thousands of times on Wednesday night.",
        "It was *not* the first time the wall had moved, fishermen said on Wednesday.",
        "Reed & Daughters, the boatyard by the quay, lost two boats to the falling stone.",
        "Divers ※ two of them from Tarnside ※ went down at first light, the board said.",
    ],
)
def test_story_lines_with_the_marks_of_prose_are_kept(line: str) -> None:
    assert line in cleaned(LEAD, line, MIDDLE, LAST).text.splitlines()
