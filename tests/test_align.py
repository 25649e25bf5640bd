from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bylines.embed import MiniLMEmbedder, TfidfEmbedder
from bylines.ingest.clean import clean_article
from bylines.ingest.sentences import split_sentences
from bylines.models import Embedder, Vectors
from bylines.report.align import align_claims, anchors_of, representative, well_formed
from bylines.types import Article, Claim, Sentence

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"


class FakeEmbedder:
    """One axis per keyword: sentences sharing a keyword are identical, others orthogonal."""

    name = "fake"
    keywords = ("bridge", "mayor", "barge", "inquiry")

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = [[1.0 if k in t.lower() else 0.0 for k in self.keywords] + [0.01] for t in texts]
        vectors = np.array(rows, dtype=np.float32).reshape(len(texts), len(self.keywords) + 1)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts, 1)]


def _align(articles: Sequence[Article], embedder: Embedder) -> tuple[Claim, ...]:
    return align_claims(split_sentences(articles), articles, embedder)


def _claim_with(claims: Sequence[Claim], article: str, words: str) -> Claim:
    found = [c for c in claims if any(m.article == article and words in m.text for m in c.mentions)]
    assert len(found) == 1, f"{words!r} in {article}"
    return found[0]


@pytest.fixture(scope="module")
def example() -> list[Article]:
    files = sorted(EXAMPLE.glob("*.txt"))
    assert len(files) == 5
    return [
        clean_article(Article(p.stem[:3], p.read_text(encoding="utf-8"), p.stem)) for p in files
    ]


@pytest.fixture(scope="module")
def example_claims(example: list[Article], minilm: MiniLMEmbedder) -> tuple[Claim, ...]:
    return _align(example, minilm)


def test_example_xi_progress_quote_is_one_claim_from_three_outlets(
    example_claims: tuple[Claim, ...],
) -> None:
    claim = _claim_with(example_claims, "000", "reached agreement on some specific issues")
    assert {"000", "001", "004"} <= set(claim.sources)
    assert claim.coverage == "several"


def test_example_great_hall_meeting_is_one_claim(example_claims: tuple[Claim, ...]) -> None:
    claim = _claim_with(example_claims, "000", "Great Hall of the People")
    assert {"000", "001"} <= set(claim.sources)


def test_example_differently_translated_hope_quote_is_one_claim(
    example_claims: tuple[Claim, ...],
) -> None:
    claim = _claim_with(example_claims, "001", "positive contributions")
    assert {"000", "001", "004"} <= set(claim.sources)


def test_example_unrelated_statements_stay_apart(example_claims: tuple[Claim, ...]) -> None:
    quote = _claim_with(example_claims, "000", "reached agreement on some specific issues")
    taiwan = _claim_with(example_claims, "000", "no room for compromise")
    assert quote is not taiwan
    assert not any("Taiwan" in m.text or "balloon" in m.text for m in quote.mentions)
    flights = _claim_with(example_claims, "000", "passenger flights")
    assert flights.sources == ("000",)
    assert flights.coverage == "one"


def test_example_every_sentence_in_exactly_one_claim_one_mention_per_article(
    example: list[Article], example_claims: tuple[Claim, ...]
) -> None:
    sentences = split_sentences(example)
    mentioned = [m for c in example_claims for m in c.mentions]
    assert sorted(mentioned, key=lambda s: (s.article, s.index)) == list(sentences)
    for claim in example_claims:
        assert len({m.article for m in claim.mentions}) == len(claim.mentions)
        assert claim.sources == tuple(dict.fromkeys(m.article for m in claim.mentions))
        assert claim.text in {m.text for m in claim.mentions}
    assert [c.id for c in example_claims] == [f"c{n}" for n in range(1, len(example_claims) + 1)]


def test_example_model_free_fallback_still_groups_the_quote(example: list[Article]) -> None:
    claims = _align(example, TfidfEmbedder())
    claim = _claim_with(claims, "000", "reached agreement on some specific issues")
    assert {"000", "001", "004"} <= set(claim.sources)


# Three reports we wrote of one fire: paraphrases, a differing toll, and unrelated details.
FIRE = _articles(
    "A fire at the Dunmore paper mill killed 12 workers on Sunday, the fire service said. "
    "The mill's owner, Hartwell Group, promised to pay for the funerals.",
    "Fourteen workers died when flames swept through the Dunmore paper mill on Sunday, "
    "firefighters said. Investigators are examining a faulty boiler.",
    "Police closed the ring road near Dunmore for most of the afternoon. "
    "Sunday's blaze at the Dunmore paper mill left 12 workers dead, according to the fire service.",
)


def test_paraphrases_with_different_tolls_are_one_claim(minilm: MiniLMEmbedder) -> None:
    claims = _align(FIRE, minilm)
    toll = _claim_with(claims, "a1", "killed 12 workers")
    assert toll.sources == ("a1", "a2", "a3")
    assert toll.coverage == "all"
    assert toll.id == "c1"
    for article, words in (("a1", "funerals"), ("a2", "boiler"), ("a3", "ring road")):
        assert _claim_with(claims, article, words).sources == (article,)


def test_claims_are_ordered_by_first_mention(minilm: MiniLMEmbedder) -> None:
    claims = _align(FIRE, minilm)
    firsts = [(int(c.mentions[0].article[1:]), c.mentions[0].index) for c in claims]
    assert firsts == sorted(firsts)


def test_a_claim_holds_one_sentence_per_article() -> None:
    articles = _articles(
        "The bridge reopened on Tuesday. The bridge reopened to lorries too.",
        "On Tuesday the bridge reopened.",
    )
    claims = _align(articles, FakeEmbedder())
    assert sorted(len(c.mentions) for c in claims) == [1, 2]
    assert [c.sources for c in claims] == [("a1", "a2"), ("a1",)]


def test_duplicate_articles_count_once_in_coverage() -> None:
    articles = _articles(
        "The mayor cut the ribbon at noon.",
        "The mayor cut the ribbon at noon.",
        "At noon the mayor cut the ribbon.",
    )
    copy = dataclasses.replace(articles[1], duplicate_of="a1")
    claims = _align([articles[0], copy], FakeEmbedder())
    assert [(c.sources, c.coverage) for c in claims] == [(("a1", "a2"), "one")]
    claims = _align([articles[0], copy, articles[2]], FakeEmbedder())
    assert [(c.sources, c.coverage) for c in claims] == [(("a1", "a2", "a3"), "all")]


def test_no_sentences_no_claims() -> None:
    assert align_claims([], [], FakeEmbedder()) == ()
    assert align_claims([], [], TfidfEmbedder()) == ()


def test_representative_prefers_a_complete_sentence() -> None:
    fragment = Sentence("a", 0, "relations,” Xi added.", 0, 20)
    full = Sentence("b", 0, "The two leaders agreed to keep talking about trade and travel.", 0, 62)
    assert representative([fragment, full]) == full.text
    assert well_formed(full.text) == 2
    assert well_formed(fragment.text) < 2


def test_anchors_are_names_and_numbers_not_the_first_word() -> None:
    assert anchors_of("Police said 1,200 people met Mayor Okafor’s team in Leeds.") == {
        "1200",
        "mayor",
        "okafor",
        "leeds",
    }


class RefusingEmbedder:
    name = "refusing"

    def embed(self, texts: Sequence[str]) -> Vectors:
        raise AssertionError("the model must not be called")


def test_too_many_candidates_fall_back_to_the_lexical_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("bylines.report.align.MAX_EMBEDDED", 2)
    claims = _align(FIRE, RefusingEmbedder())
    assert {"a1", "a3"} <= set(_claim_with(claims, "a1", "killed 12 workers").sources)


def test_report_on_the_example_with_a_wire_copy_counts_the_copy_once(
    minilm: MiniLMEmbedder,
) -> None:
    from bylines import build_report
    from bylines.models import Models
    from bylines.report.entities import RuleTagger

    files = sorted(EXAMPLE.glob("*.txt"))
    articles = [Article(p.stem, p.read_text(encoding="utf-8"), p.stem) for p in files]
    copy = dataclasses.replace(articles[1], id="copy-of-001", source="Another outlet")
    report = build_report([*articles, copy], models=Models(minilm, RuleTagger()))

    assert [a.duplicate_of for a in report.articles] == [None] * 5 + [files[1].stem]
    quote = next(c for c in report.claims if any("specific issues" in m.text for m in c.mentions))
    assert {files[0].stem, files[1].stem, files[4].stem, "copy-of-001"} <= set(quote.sources)
    assert quote.coverage == "several"
    # A statement only 001 and its copy carry is still one report's statement (unless another
    # report states one of its facts with another value: then it is no exclusive either).
    only_001 = [c for c in report.claims if set(c.sources) == {files[1].stem, "copy-of-001"}]
    assert sum(c.coverage == "one" for c in only_001) >= 2
