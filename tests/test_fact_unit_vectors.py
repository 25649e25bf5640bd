"""Fact units are read from their sentence's run of the model, not embedded one by one."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from bylines.embed import MiniLMEmbedder, TfidfEmbedder
from bylines.ingest.sentences import split_sentences
from bylines.models import Vectors
from bylines.report.align import fact_units, link_facts
from bylines.types import Article

FIRST = (
    "The storm cut power to 4,000 homes in Quarrel Bay on Sunday night, while the coastal road"
    " to Hensby was closed by falling trees. Schools will stay shut on Monday."
)
SECOND = (
    "About 4,000 homes in Quarrel Bay lost power in Sunday's storm. Falling trees closed the"
    " coastal road to Hensby, officials said."
)


class RecordingEmbedder:
    """MiniLM, noting which texts are embedded whole and which spans are asked for."""

    name = "minilm"

    def __init__(self, model: MiniLMEmbedder) -> None:
        self.model = model
        self.texts: list[str] = []
        self.spans: list[tuple[str, int, int]] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts += texts
        return self.model.embed(texts)

    def embed_spans(self, spans: Sequence[tuple[str, int, int]]) -> Vectors:
        self.spans += spans
        return self.model.embed_spans(spans)


def _articles() -> list[Article]:
    return [
        Article(id="a1", text=FIRST, source="Harbour Post"),
        Article(id="a2", text=SECOND, source="Bay Radio"),
    ]


def test_clauses_are_asked_for_as_spans_of_their_sentence_never_as_texts() -> None:
    articles = _articles()
    sentences = split_sentences(articles)
    recording = RecordingEmbedder(MiniLMEmbedder())
    link_facts(sentences, articles, recording)
    clauses = {u.text for s in sentences for u in fact_units(s) if len(fact_units(s)) > 1}
    assert clauses  # the first sentence has two clauses
    assert not clauses & set(recording.texts)
    asked = {text[start:end] for text, start, end in recording.spans}
    assert clauses <= asked


def test_clause_of_one_report_links_the_sentence_of_the_other_stating_it() -> None:
    articles = _articles()
    sentences = split_sentences(articles)
    links = link_facts(sentences, articles, MiniLMEmbedder())
    first = next(s for s in sentences if s.article == "a1" and "power" in s.text)
    linked = {s.text for s in links.linked(first)}
    assert any("power" in t for t in linked)
    assert any("coastal road" in t for t in linked)


def test_an_embedder_without_spans_embeds_each_clause_text() -> None:
    class TextsOnly:
        name = "minilm"

        def __init__(self) -> None:
            self.model = MiniLMEmbedder()
            self.texts: list[str] = []

        def embed(self, texts: Sequence[str]) -> Vectors:
            self.texts += texts
            return np.asarray(self.model.embed(texts), dtype=np.float32)

    articles = _articles()
    sentences = split_sentences(articles)
    plain = TextsOnly()
    link_facts(sentences, articles, plain)
    clauses = {u.text for s in sentences for u in fact_units(s) if len(fact_units(s)) > 1}
    assert clauses <= set(plain.texts)


def _run_on(words: int) -> str:
    """A pasted run of invented words and figures with no sentence end anywhere."""
    vocabulary = ("Quarrel", "Bay", "ferry", "harbour", "Hensby", "crews", "said", "4,000")
    return " ".join(vocabulary[k % len(vocabulary)] for k in range(words))


def test_one_article_without_sentence_ends_runs_the_model_on_nothing() -> None:
    # The splitter cuts the run into pieces of at most 1,000 characters: few enough units that
    # every one was scored against every other, though no link can join one article to itself.
    article = Article(id="a1", text=_run_on(6_000), source="Harbour Post")
    sentences = split_sentences([article])
    assert len(sentences) > 20
    recording = RecordingEmbedder(MiniLMEmbedder())
    links = link_facts(sentences, [article], recording)
    assert recording.texts == [] and recording.spans == []
    assert not links.pairs and not links.partners and not links.restated


def test_an_article_and_its_copy_run_the_model_on_nothing() -> None:
    original = Article(id="a1", text=FIRST, source="Harbour Post")
    copy = Article(id="a2", text=FIRST, source="Bay Radio", duplicate_of="a1")
    sentences = split_sentences([original, copy])
    recording = RecordingEmbedder(MiniLMEmbedder())
    links = link_facts(sentences, [original, copy], recording)
    assert recording.texts == [] and recording.spans == []
    assert not links.partners


def test_past_the_model_bound_units_are_linked_as_tfidf_links_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # More candidate units than MAX_EMBEDDED: pair_scores fell back to the model-free score,
    # and linking reads no vector of the model either (the run the bound is there to spare).
    articles = _articles()
    sentences = split_sentences(articles)
    units = sum(len(fact_units(s)) for s in sentences)
    monkeypatch.setattr("bylines.report.align.MAX_EMBEDDED", units - 1)
    recording = RecordingEmbedder(MiniLMEmbedder())
    links = link_facts(sentences, articles, recording)
    assert recording.texts == [] and recording.spans == []
    assert links == link_facts(sentences, articles, TfidfEmbedder())
    assert links.partners  # the two reports' shared facts are still linked


def test_at_the_model_bound_units_are_still_read_from_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _articles()
    sentences = split_sentences(articles)
    units = sum(len(fact_units(s)) for s in sentences)
    monkeypatch.setattr("bylines.report.align.MAX_EMBEDDED", units)
    recording = RecordingEmbedder(MiniLMEmbedder())
    links = link_facts(sentences, articles, recording)
    assert recording.spans
    assert links == link_facts(sentences, articles, MiniLMEmbedder())
