"""Stages that compare sentences or quotes pair by pair read a bounded number of each article's
pieces, so a page whose every sentence matches every other costs time linear in its length.

Counted, not timed: the generated pages of tests/hostile.py are in a vocabulary small enough
that, unbounded, an article quotes one group's words ever more often as it grows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest

from bylines import Article, ReportOptions, build_report, load_models
from bylines.report import quotes, verify
from bylines.report.align import FactLinks
from bylines.report.values import Reading
from bylines.types import Sentence
from hostile import news_text

OPTIONS = ReportOptions(embedder="tfidf", entities="rules")


def _pages(chars: int) -> list[Article]:
    return [Article(f"a{n}", news_text(chars, seed=n), f"a{n}") for n in range(2)]


def test_an_article_gives_a_bounded_number_of_sentences_as_evidence_for_one_fact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = Sentence("a1", 0, "The Orrin road reopened on Friday.", 0, 34)
    linked = tuple(
        Sentence("a2", n, f"The Orrin road reopened on Friday, notice {n} said.", 0, 45)
        for n in range(40)
    )
    read_at_once: list[int] = []

    def recording(shown: Sentence, said: Sequence[Sentence], *rest: object) -> None:
        read_at_once.append(len(said))

    monkeypatch.setattr(verify, "_stated_in", recording)
    by_article = {"a1": [shown], "a2": list(linked)}
    verify.supporting(shown, (shown,), FactLinks({}, {shown: linked}), by_article, Reading())
    assert read_at_once == [verify.MAX_EVIDENCE_PER_ARTICLE]


def test_articles_stating_a_fact_are_found_trying_a_bounded_number_of_their_sentences() -> None:
    sentences = [Sentence("a1" if n < 30 else "a2", n, f"Fact {n}.", 0, 8) for n in range(40)]
    tried: Counter[str] = Counter()

    def holds(sentence: Sentence) -> bool:
        tried[sentence.article] += 1
        return sentence.index == 35

    assert tuple(verify._articles_where(sentences, holds)) == ("a2",)
    assert tried == {"a1": verify.MAX_EVIDENCE_PER_ARTICLE, "a2": 6}


def test_a_quote_s_wordings_are_compared_on_a_bounded_number_of_pieces_an_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    per_variant: list[Counter[tuple[str, str]]] = []
    difference, same_quotation = quotes._difference, quotes.same_quotation

    def comparing(*args: object) -> object:
        per_variant.append(Counter())
        return difference(*args)  # type: ignore[arg-type]

    def recording(a: quotes.Occurrence, b: quotes.Occurrence) -> bool:
        per_variant[-1][(a.article, b.article)] += 1
        return same_quotation(a, b)

    monkeypatch.setattr(quotes, "_difference", comparing)
    monkeypatch.setattr(quotes, "same_quotation", recording)
    report = build_report(_pages(6000), OPTIONS, load_models(OPTIONS))
    assert report.quotes
    most = max(n for compared in per_variant for n in compared.values())
    assert most == quotes.MAX_PIECES_COMPARED**2
