"""What the costly stages read once on the worst accepted input (issue 9): counted, not timed.

Two long articles in a small vocabulary link nearly every sentence of one with every sentence
of the other, and the citation check compares most pairs it reads more than once; each test
counts the work a pair or a figure costs, which the old code did again for every reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

from bylines import Article, ReportOptions, load_models
from bylines.ingest.sentences import split_sentences
from bylines.report import align, figures, values, verify
from bylines.report.align import FactLinks
from bylines.report.values import Reading
from bylines.types import Sentence
from hostile import news_text


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


def test_whether_a_sentence_gives_the_shown_figures_is_read_once_a_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = Sentence("a", 0, "The Orrel Lane fire destroyed 31 homes, firefighters said.", 0, 57)
    text = "Thirty-one homes on Orrel Lane were lost, and 31 families were moved out."
    evidence = Sentence("b", 4, text, 0, len(text))
    other = Sentence("b", 5, "Crews from Tamsey stayed overnight.", 0, 35)
    calls = counting(monkeypatch, verify, "gives_a_figure")
    read, links = Reading(), FactLinks({}, {})
    assert verify._gives_shown_figures(shown, evidence, links, read)
    assert not verify._gives_shown_figures(shown, other, links, read)
    asked = len(calls)
    # the citation check asks again (whether any gives one, which agreeing one, a veto met)
    assert verify._gives_shown_figures(shown, evidence, links, read)
    assert not verify._gives_shown_figures(shown, other, links, read)
    assert asked > 0 and len(calls) == asked
    # linked on a unit, a sentence is read for that unit's figures: another question (a unit
    # of no figures asks for none), not the answer for the whole sentence
    unit = Sentence("a", 0, "firefighters said", 40, 57)
    linked = FactLinks({(shown, other): ((unit, other),)}, {})
    assert verify._gives_shown_figures(shown, other, linked, read)
    assert len(calls) > asked


def test_a_copy_giving_another_figure_is_no_rewording_and_its_edits_are_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = "The Halden footbridge will cost 14 million crowns, the council said on Monday."
    copy = "The Halden footbridge will cost 19 million crowns, the council said Monday."
    calls = counting(monkeypatch, verify, "_only_left_out_or_respelled")
    assert verify._reworded({verify._wording(original): original}, copy, Reading()) is None
    assert not calls  # another value says it: the word-by-word edits need no reading
    same = "The Halden footbridge will cost 14 million crowns, the council said Monday."
    found = verify._reworded({verify._wording(original): original}, same, Reading())
    assert found == verify._wording(original) and len(calls) == 1


def test_an_article_giving_a_figure_otherwise_is_read_up_to_its_first_such_sentence() -> None:
    shown = "The Pellow flood forced 240 residents from their homes."
    texts = [
        "Volunteers in Pellow handed out 90 blankets.",
        "The Pellow flood forced 310 residents from their homes, police said.",
        "The Pellow flood forced 400 residents from their homes on Sunday.",
        "The flood forced 500 residents out, the mayor said.",
    ]
    read_so_far: list[str] = []

    def article() -> Iterator[str]:
        for text in texts:
            read_so_far.append(text)
            yield text

    read = Reading()
    assert [m.other for m in values.slot_mismatches(shown, texts, read)] == ["310", "400", "500"]
    assert values.gives_a_slot_otherwise(shown, article(), read)
    assert read_so_far == texts[:2]
    assert not values.gives_a_slot_otherwise(shown, texts[:1], read)


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


def test_a_unit_is_linked_with_at_most_the_cap_of_one_articles_units_its_best_first() -> None:
    # unit 0 (article a) scores 0.9, 0.5, 0.7, 0.7, 0.8 with units 1-5 (article b); unit 6 is
    # a's too, and c's unit 7 is under the cap
    scores = np.zeros((8, 8), dtype=np.float32)
    scores[0, 1:6] = [0.9, 0.5, 0.7, 0.7, 0.8]
    scores[0, 6] = scores[0, 7] = 0.6
    articles = ["a", "b", "b", "b", "b", "b", "a", "c"]
    rows = np.array([0, 0, 0, 0, 0, 0, 0, 1])
    cols = np.array([5, 4, 3, 2, 1, 6, 7, 0])
    kept = align.capped_links(rows, cols, scores, articles, cap=3)
    # the three best of b (0.9, 0.8 and the first 0.7 linked), in the links' order
    assert kept == [(0, 5), (0, 4), (0, 1), (0, 6), (0, 7), (1, 0)]
    assert align.capped_links(rows, cols, scores, articles, cap=5) == list(
        zip(rows, cols, strict=True)
    )


def test_two_pages_in_a_small_vocabulary_link_each_sentence_with_the_cap_at_most() -> None:
    articles = tuple(Article(f"a{n}", news_text(20_000, seed=n), f"A{n}") for n in range(2))
    sentences = split_sentences(articles)
    models = load_models(ReportOptions(embedder="tfidf", entities="rules"))
    links = align.link_facts(sentences, articles, models.embedder)
    most = max(
        Counter(other.article for other in links.linked(s)).most_common(1)[0][1]
        / len(align.fact_units(s))
        for s in sentences
        if links.linked(s)
    )
    # every sentence has partners; past the cap, a unit keeps its best-scored
    assert all(links.linked(s) for s in sentences[:10])
    assert most <= align.MAX_LINKS_PER_ARTICLE


def test_a_groups_agreeing_outlets_are_sought_only_among_its_members_pairs() -> None:
    """Each group once read every pair of the report (the worst pile: thousands of both);
    now it reads the pairs that hold one of its members, in the report's order."""
    pairs: list[Any] = [_Pair(first=f"a{i}", second=f"b{i}") for i in range(50)]
    touching = figures._pairs_of_each_figure(pairs)
    members = [pairs[7].first, pairs[3].second]
    assert figures._touching(members, pairs, touching) == [pairs[3], pairs[7]]
    assert figures._touching(["nowhere"], pairs, touching) == []


class _Pair:
    """A stand-in of a FigurePair: the index reads only which two figures it holds."""

    def __init__(self, first: str, second: str) -> None:
        self.first, self.second = first, second


def test_what_a_figure_is_in_its_sentence_is_read_once_however_many_pairs_ask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a figure is a value a change starts from, and which times of day hold it, are
    read of a sentence once: each value a pair gives otherwise asks, and a sentence is one side
    of many pairs."""
    text = "By 22:40 the Tamsey count was 31, up from 12, the coroner said."
    changed = counting(monkeypatch, verify, "_changed_from")
    times = counting(monkeypatch, Reading, "times")
    read = Reading()
    for _ in range(3):
        assert verify._earlier_value("12", text, read)
        assert not verify._earlier_value("31", text, read)
        assert verify._times_holding("22:40", text, read)
        assert not verify._times_holding("31", text, read)
    assert len(changed) == 2  # one figure "12", one "31"
    assert len(times) == 2  # once for each figure asked


def test_a_speakers_names_are_read_once_for_every_pair_it_is_compared_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = '"We will rebuild," said Ilsa Brandt, the mayor of Vossberg.'
    others = [
        f'"We will rebuild the {noun}," said Marek Quist of the Vossberg council.'
        for noun in ("bridge", "harbour", "school", "library")
    ]
    calls = counting(monkeypatch, values, "_proxy")
    read = Reading()
    found = [values.value_mismatches(shown, other, read) for other in others]
    assert [m.subject for pair in found for m in pair] == ["speaker"] * 4
    assert len(calls) == 2  # one speaker a side, not two readings a pair
