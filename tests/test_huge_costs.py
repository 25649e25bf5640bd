"""What the costly stages read once on the worst accepted input (issue 9): counted, not timed.

Two long articles in a small vocabulary link nearly every sentence of one with every sentence
of the other, and the citation check compares most pairs it reads more than once; each test
counts the work a pair or a figure costs, which the old code did again for every reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bylines.report import values, verify
from bylines.report.align import FactLinks
from bylines.report.values import Reading
from bylines.types import Sentence


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace ``module.name`` with a wrapper that counts its calls (in the list's length)."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_pairs_other_values_are_worked_out_once_however_often_they_are_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = "The Varnholt ferry carried 212 passengers on Tuesday, the coastguard said."
    other = "The Varnholt ferry carried 230 passengers on Thursday, the coastguard said."
    calls = counting(monkeypatch, verify, "_gives_too")
    read = Reading()
    first = verify._other_values(shown, other, read)
    asked = len(calls)
    assert [(m.shown, m.other) for m in first][:2] == [("212", "230"), ("tuesday", "thursday")]
    expected = list(first)
    first.append(first[0])  # a caller adds to the list it gets: the memo must not change
    assert verify._other_values(shown, other, read) == expected
    assert asked > 0 and len(calls) == asked  # worked out for the first reading only


def test_no_veto_is_read_where_no_sentence_of_the_article_gives_the_shown_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = Sentence("a", 0, "The new Varnholt bridge will cost 340 million crowns.", 0, 53)
    said = [
        Sentence("b", n, text, 0, len(text))
        for n, text in enumerate(
            [
                "The Varnholt bridge will open to traffic in May, the council said.",
                "The council expects 12,000 cars a day to cross the Varnholt bridge.",
                "Work on the Varnholt bridge began in the spring.",
            ]
        )
    ]
    calls = counting(monkeypatch, verify, "_disagrees")
    found = verify._stated_in(shown, said, FactLinks({}, {}), said, Reading())
    assert found is None
    assert not calls


def test_what_a_figure_counts_is_read_once_for_every_sentence_it_is_compared_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = "The storm in Carrow destroyed 1,400 houses, officials said."
    others = [
        f"The storm in Carrow destroyed {n:,} houses, officials said."
        for n in (1_600, 1_700, 1_800, 1_900, 2_000)
    ]
    read = Reading()
    read.slotted(shown)
    for other in others:
        read.slotted(other)
    calls = counting(monkeypatch, values, "_slot_words")
    found = [values.value_mismatches(shown, other, read) for other in others]
    assert [m.subject for pair in found for m in pair] == ["houses"] * 5
    assert [m.other for pair in found for m in pair] == [
        "1,600",
        "1,700",
        "1,800",
        "1,900",
        "2,000",
    ]
    # the shown figure's words are read once, not twice for each of the five sentences
    assert len(calls) == 1
