"""Bounds on what is analysed: ordinary input untouched, over-long input cut and said so."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bylines.report.bounds import bound_articles, clean_within_bounds
from bylines.types import Article


def paragraphs(count: int, word: str = "fact") -> str:
    return "\n".join(f"Paragraph {n} states a {word} about the harbour." for n in range(count))


def test_articles_within_the_bounds_are_returned_unchanged() -> None:
    articles = (Article("a", paragraphs(50), "A"), Article("b", paragraphs(80), "B"))
    assert bound_articles(articles, per_article=10_000, total=20_000) == articles


def test_an_over_long_article_is_cut_at_a_paragraph_end_and_the_cut_is_named() -> None:
    text = paragraphs(2_000)
    (cut,) = bound_articles([Article("a", text, "A")], per_article=10_000, total=50_000)
    assert len(cut.text) <= 10_000 and text.startswith(cut.text)
    assert cut.text.endswith("about the harbour.")  # a whole paragraph, not half a word
    assert cut.removed[-1].startswith(f"[not analysed: the last {len(text) - len(cut.text):,}")
    assert "10,000 characters an article" in cut.removed[-1]


def test_the_total_bound_shares_what_is_left_among_the_long_articles() -> None:
    short = Article("short", paragraphs(10), "S")
    longs = [Article(f"long{n}", paragraphs(1_000), "L") for n in range(3)]
    bounded = bound_articles([short, *longs], per_article=100_000, total=30_000)
    assert bounded[0] == short  # the short one stays whole
    assert sum(len(a.text) for a in bounded) <= 30_000
    lengths = [len(a.text) for a in bounded[1:]]
    assert max(lengths) - min(lengths) < 100  # equal shares, up to the paragraph boundary
    assert all("for this many articles" in a.removed[-1] for a in bounded[1:])


def test_an_article_cut_before_and_after_cleaning_gets_one_note_for_both() -> None:
    text = "Read more: ferries\n" + paragraphs(5_000)

    def clean(article: Article) -> Article:  # stands in for the clean stage: drops a line
        kept = article.text.removeprefix("Read more: ferries\n")
        return Article(article.id, kept, article.source, removed=(*article.removed, "Read more"))

    cleaned, _ = clean_within_bounds([Article("a", text, "A")], clean, per_article=10_000)
    assert len(cleaned[0].text) <= 20_000  # cut before cleaning at twice the bound
    (cut,) = bound_articles(cleaned, per_article=10_000, total=50_000)
    assert cut.removed[0] == "Read more" and len(cut.removed) == 2
    left = len(text) - len("Read more: ferries\n") - len(cut.text)
    limit = "past the limit of 10,000 characters an article"
    assert cut.removed[1] == f"[not analysed: the last {left:,} characters, {limit}]"


def test_text_without_spaces_is_cut_hard_at_the_bound() -> None:
    (cut,) = bound_articles([Article("a", "x" * 50_000, "A")], per_article=1_000, total=5_000)
    assert cut.text == "x" * 1_000


def test_the_bounds_are_said_up_front_in_the_readme_and_the_help() -> None:
    from pathlib import Path

    from bylines.cli import LIMITS
    from bylines.ingest.sentences import MAX_SENTENCE_CHARS
    from bylines.report.bounds import MAX_ARTICLE_CHARS, MAX_TOTAL_CHARS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for bound in (MAX_ARTICLE_CHARS, MAX_TOTAL_CHARS, MAX_SENTENCE_CHARS):
        assert f"{bound:,} characters" in " ".join(readme.split())
    assert f"{MAX_ARTICLE_CHARS:,} characters" in LIMITS and f"{MAX_TOTAL_CHARS:,}" in LIMITS
    from bylines.ingest.read import MAX_HTML_TAGS

    assert f"{MAX_HTML_TAGS:,} tags" in LIMITS and f"{MAX_HTML_TAGS:,} tags" in readme


def test_articles_past_the_count_limit_are_named_in_one_entry() -> None:
    from bylines.report.bounds import limit_count

    articles = [Article(f"a{n}", "The ferry burned.", "A") for n in range(7)]
    assert limit_count(articles, limit=7) == (tuple(articles), ())
    kept, (skipped,) = limit_count(articles, limit=5)
    assert kept == tuple(articles[:5])
    assert skipped.name == "a5 ... a6"
    assert skipped.reason == "not analysed: 2 articles past the limit of 5 a briefing"


def counting_clean(seen: list[str]) -> Callable[[Article], Article]:
    """Stands in for the clean stage: notes each article it cleans; "Share this" is all junk."""

    def clean(article: Article) -> Article:
        seen.append(article.id)
        return dataclasses.replace(article, text=article.text.replace("Share this", ""))

    return clean


def test_articles_past_the_count_are_not_cleaned_and_an_emptied_one_is_replaced() -> None:
    seen: list[str] = []
    articles = [Article(f"a{n}", "Share this" if n == 1 else paragraphs(3), "A") for n in range(9)]
    cleaned, rest = clean_within_bounds(articles, counting_clean(seen), limit=4)
    assert seen == ["a0", "a1", "a2", "a3", "a4"]  # a1 cleaned to nothing: a4 takes its place
    assert [a.id for a in rest] == ["a5", "a6", "a7", "a8"]
    story = paragraphs(3)
    assert [a.text for a in cleaned] == [story, "", story, story, story]


def test_within_the_count_every_article_is_cleaned() -> None:
    seen: list[str] = []
    articles = [Article(f"a{n}", paragraphs(3), "A") for n in range(4)]
    cleaned, rest = clean_within_bounds(articles, counting_clean(seen), limit=4)
    assert seen == ["a0", "a1", "a2", "a3"] and rest == () and len(cleaned) == 4


def test_a_pile_over_the_total_is_cut_before_cleaning_at_twice_each_share() -> None:
    articles = [Article(f"a{n}", paragraphs(1_000), "A") for n in range(10)]
    cleaned, _ = clean_within_bounds(articles, counting_clean([]), per_article=50_000, total=20_000)
    assert all(2_000 <= len(a.text) <= 4_000 for a in cleaned)  # 2 x (20,000 / 10) at most
    note = "past the limit of 4,000 characters for this many articles]"
    assert all(a.removed[-1].endswith(note) for a in cleaned)
    (bounded, *_) = bound_articles(cleaned, per_article=50_000, total=20_000)
    assert len(bounded.text) <= 2_000 and len(bounded.removed) == 1  # one note for both cuts
    assert "2,000 characters for this many articles" in bounded.removed[0]


def test_a_pile_within_twice_the_total_is_not_cut_before_cleaning() -> None:
    articles = [Article(f"a{n}", paragraphs(100), "A") for n in range(10)]  # ~4,400 each
    cleaned, _ = clean_within_bounds(articles, counting_clean([]), per_article=50_000, total=50_000)
    assert cleaned == tuple(articles)
