"""A pile of many articles of one event links each fact unit, and reads for each shown sentence,
a bounded number of other articles' sentences, shared out in turns among the articles (issue 9:
50 pages of 100 KB in a small vocabulary took ~59 CPU s and 1.1 GB, most of it sentence pairs).

Counted, not timed: the generated pages of tests/hostile.py share a small vocabulary, so every
unit scores alike with units of every other article."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from bylines import Article, ReportOptions, build_report, load_models
from bylines.ingest.sentences import split_sentences
from bylines.report import align, verify
from bylines.types import Sentence
from hostile import news_text

OPTIONS = ReportOptions(embedder="tfidf", entities="rules")


def _pile(count: int, chars: int) -> tuple[Article, ...]:
    text = news_text(count * chars, seed=13)
    return tuple(Article(f"a{n}", text[n * chars : (n + 1) * chars], f"A{n}") for n in range(count))


def test_a_unit_s_links_past_the_total_are_each_article_s_best_in_turns() -> None:
    # unit 0 (article a) with three units of each of b, c, d, best-scored first within each
    articles = ["a", "b", "b", "b", "c", "c", "c", "d", "d", "d", "a"]
    scores = np.zeros((11, 11), dtype=np.float32)
    scores[0, 1:10] = [0.5, 0.9, 0.7, 0.8, 0.6, 0.4, 0.3, 0.2, 0.1]
    scores[0, 10] = 0.95  # its own article's: counted last
    rows, cols = np.zeros(10, dtype=np.intp), np.arange(1, 11)
    kept = align.capped_links(rows, cols, scores, articles, total=5)
    # the best of b, c, d (0.9, 0.8, 0.3), then the second of b and c (0.7, 0.6)
    assert kept == [(0, 2), (0, 3), (0, 4), (0, 5), (0, 7)]


def test_a_unit_s_links_under_the_total_are_all_kept_in_their_order() -> None:
    articles = ["a", "b", "b", "c", "c"]
    scores = np.full((5, 5), 0.5, dtype=np.float32)
    rows, cols = np.array([0, 0, 0, 0, 1]), np.array([4, 3, 2, 1, 0])
    assert align.capped_links(rows, cols, scores, articles, total=4) == list(
        zip(rows.tolist(), cols.tolist(), strict=True)
    )


def _sentences(article: str, count: int) -> list[Sentence]:
    return [Sentence(article, n, f"Fact {n} of {article}.", 0, 10) for n in range(count)]


@pytest.mark.parametrize(
    ("per_article", "kept_order"),
    [
        # past the total: in turns b0 c0 d0, b1 d1, b2 (shown in the articles' order)
        ({"b": 4, "c": 1, "d": 4}, [("b", 0), ("b", 1), ("b", 2), ("c", 0), ("d", 0), ("d", 1)]),
        # under the total: each article's first sentences, all of them, in order
        ({"b": 4, "c": 2}, [("b", 0), ("b", 1), ("b", 2), ("c", 0), ("c", 1)]),
    ],
)
def test_evidence_is_each_article_s_first_sentences_taken_in_turns_up_to_the_total(
    per_article: dict[str, int], kept_order: list[tuple[str, int]]
) -> None:
    said = [s for article, count in per_article.items() for s in _sentences(article, count)]
    kept = verify._in_turns(said, per_article=3, total=6)
    assert [(s.article, s.index) for s in kept] == kept_order


def test_a_many_article_pile_links_each_unit_with_at_most_the_total() -> None:
    articles = _pile(40, 2_500)
    sentences = split_sentences(articles)
    links = align.link_facts(sentences, articles, load_models(OPTIONS).embedder)
    most = max(len(links.unit_pairs(s, other)) for s in sentences for other in links.linked(s))
    per_unit = max(
        sum(len(links.unit_pairs(s, other)) for other in links.linked(s)) / len(align.fact_units(s))
        for s in sentences
    )
    assert most >= 1
    # the pile is past the bound (some unit is linked with more than half the total), not
    # past it for every unit in turn
    assert align.MAX_LINKS_PER_UNIT / 2 < per_unit <= align.MAX_LINKS_PER_UNIT


def test_a_many_article_pile_reads_at_most_the_total_of_evidence_for_a_shown_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[int] = []
    supporting = verify.supporting

    def counting(shown: Sentence, mentions: Sequence[Sentence], *rest: object, **kw: object):  # type: ignore[no-untyped-def]
        before = len(calls)
        out = supporting(shown, mentions, *rest, **kw)  # type: ignore[arg-type]
        read.append(sum(calls[before:]))
        return out

    calls: list[int] = []
    stated_in = verify._stated_in

    def stating(shown: Sentence, said: Sequence[Sentence], *rest: object) -> object:
        calls.append(len(said))
        return stated_in(shown, said, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(verify, "supporting", counting)
    monkeypatch.setattr(verify, "_stated_in", stating)
    report = build_report(_pile(40, 2_500), OPTIONS, load_models(OPTIONS))
    assert report.claims
    assert max(read) <= verify.MAX_EVIDENCE_PER_SHOWN
    # the bound holds where it binds: some shown sentence had more to read
    assert max(read) > verify.MAX_EVIDENCE_PER_SHOWN / 2
