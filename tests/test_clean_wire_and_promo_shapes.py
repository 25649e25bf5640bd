"""Junk shapes of wires, broadcasters and reader-funded sites added after a blind batch of events:
headers parted by "--" or "+++", slash desk codes, programme promos, reader counters, arrow
links, labels. Written on invented outlets; story lines that share a word or a clock time stay."""

from __future__ import annotations

import pytest

from cleaned import kept_lines

HEADLINE = "Two inmates still at large after Pellow escape"
LEAD = "Two men escaped from Pellow prison early on Tuesday, the prison service said."
MIDDLE = "Police closed three roads around the town while officers searched the moor."
LAST = "The governor said the fence would be inspected by the end of the week."


@pytest.mark.parametrize(
    "line",
    [
        "KPA FLASH 0712 -- PRISONS -- PELLOW",
        "+++ ONW +++ 4 June 2027 +++ 09:48 +++",
        "KPA/Prisons/JL/0712",
        "Moved on the home wire at 07:12 BST",
        "-- KPA --",
        "[Translated from the Orrinese by the Pellow Post English desk]",
        "Tomorrow on Orrin TV: the justice minister live in the studio at 10:00",
        "Orrin News at Six: the full report tonight",
        "Watch the search from above: Orrin TV drone camera (1:42)",
        "Follow @OrrinNews for live updates",
        "Have your say: 14 comments",
        "👁 2,310 views",
        "← Previous: Bridge repairs begin | Next: Library hours cut →",
        "Keywords: Pellow, prison, escape",
        "Data: Orrin Justice Office",
        "About the author: Ana Lind has covered the courts since 2016.",
        "The Pellow Voice is funded by its readers. Become a member from €3 a month.",
        "You are reading the English version of a story first broadcast in Orrinese.",
    ],
)
def test_a_junk_line_of_a_wire_broadcaster_or_site_is_removed(line: str) -> None:
    assert kept_lines(f"{HEADLINE}\n{LEAD}\n{line}\n{MIDDLE}\n{LAST}") == [LEAD, MIDDLE, LAST]


def test_a_reporter_note_with_the_outlets_possessive_at_the_foot_is_removed() -> None:
    note = "Ana Lind is the Pellow Post's courts editor and a former prison officer."
    assert kept_lines(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{note}") == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "sentence",
    [
        "The van left Pellow at 21:40, two hours late, officials said.",
        "Yesterday at 18:40 the first search team reached the moor.",
        "Tomorrow the inspectors will walk the fence line.",
        "The prison is funded by the justice ministry, which pays for 400 places.",
        "Data from the gate cameras showed the men leaving at 02:10.",
        "Moved to a secure unit in 2024, the older man had been a model prisoner.",
        "The escape was reported on the radio at 07:12, a listener said.",
    ],
)
def test_a_story_sentence_with_the_same_words_stays(sentence: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{sentence}\n{MIDDLE}\n{LAST}")
    assert lines == [LEAD, sentence, MIDDLE, LAST]
