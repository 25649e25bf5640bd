"""Issue 2 acceptance, end to end on the canonical example (five real scraped reports).

The texts are read from ../shared at run time; only short phrases are named here.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bylines import Report, build_report, read_inputs, report_to_dict, to_html, to_markdown
from bylines.types import Claim

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"

# Page furniture that is in the raw files and must not reach the story.
FURNITURE = (
    "Oops",
    "Something went wrong",
    "Please try again later",
    "Leave a Comment",
    "Read more",
    "contributed to this report",
    "With News Wire Services",
    "This headline, photo and content",
    "___",
)
STANDFIRST = "Chinese president hails agreement on issues with top US diplomat"


@pytest.fixture(scope="module")
def report() -> Report:
    read = read_inputs([str(EXAMPLE)])
    assert len(read.articles) == 5
    return build_report(read.articles)


def _story_texts(report: Report) -> list[str]:
    """Everything a reader sees as the story (the removal audit trail aside)."""
    return (
        [a.text for a in report.articles]
        + [s.text for s in report.summary]
        + [m.text for c in report.claims for m in c.mentions]
    )


def test_no_page_furniture_is_left_in_the_story(report: Report) -> None:
    for text in _story_texts(report):
        for junk in FURNITURE:
            assert junk not in text


def test_no_page_furniture_in_the_rendered_story(report: Report) -> None:
    markdown = to_markdown(report).split("\n## Removed from the sources")[0]
    for junk in FURNITURE:
        assert junk not in markdown
    page = to_html(report).split('id="removed"')[0]
    for junk in FURNITURE:
        assert junk not in page


def test_the_furniture_is_kept_as_an_audit_trail(report: Report) -> None:
    removed = " ".join(r for a in report.articles for r in a.removed)
    for junk in ("Oops", "Leave a Comment", "Read more", "contributed to this report"):
        assert junk in removed


def test_a_repeated_standfirst_appears_once(report: Report) -> None:
    article = next(a for a in report.articles if a.id.startswith("000_"))
    assert article.text.count(STANDFIRST) == 1


def test_the_summary_cites_at_least_three_outlets(report: Report) -> None:
    cited = {source for sentence in report.summary for source in sentence.sources}
    assert len(cited) >= 3
    assert all(sentence.sources for sentence in report.summary)


def _claim_with(report: Report, phrase: str) -> Claim:
    matches = [c for c in report.claims if any(phrase in m.text for m in c.mentions)]
    assert len(matches) == 1, [c.sources for c in matches]
    return matches[0]


def test_one_fact_in_different_words_is_one_claim_with_all_its_outlets(report: Report) -> None:
    # Xi's words, translated and trimmed differently by three outlets.
    claim = _claim_with(report, "reached agreement on some specific issues")
    assert {s[:3] for s in claim.sources} == {"000", "001", "004"}
    assert claim.coverage == "several"


def test_unrelated_statements_stay_apart(report: Report) -> None:
    claim = _claim_with(report, "reached agreement on some specific issues")
    assert not any("Nikki Haley" in m.text or "fentanyl" in m.text for m in claim.mentions)


def test_every_sentence_is_in_exactly_one_claim(report: Report) -> None:
    mentions = [(m.article, m.index) for c in report.claims for m in c.mentions]
    assert len(mentions) == len(set(mentions))


def test_json_output_of_the_cli_is_the_versioned_contract() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bylines", "report", str(EXAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(done.stdout)
    assert data["schema"] == "bylines.report/1"
    assert {a["id"][:3] for a in data["articles"]} == {"000", "001", "002", "003", "004"}
    ids = {a["id"] for a in data["articles"]}
    for claim in data["claims"]:
        assert set(claim["sources"]) <= ids
        assert claim["coverage"] in {"all", "several", "one"}
        # Every mention's article is cited; so may be one that states the fact in a longer
        # sentence of another claim.
        assert {m["article"] for m in claim["mentions"]} <= set(claim["sources"])
    for sentence in data["summary"]:
        assert sentence["sources"] and set(sentence["sources"]) <= ids


def test_markdown_cites_with_numbers_that_resolve(report: Report) -> None:
    markdown = to_markdown(report)
    assert "[1]" in markdown
    data = report_to_dict(report)
    assert len(data["summary"]) >= 3


def test_a_wire_copy_joins_its_original_without_crowding_out_the_other_outlets(
    report: Report,
) -> None:
    read = read_inputs([str(EXAMPLE)])
    original = next(a for a in read.articles if a.id.startswith("001_"))
    copy = dataclasses.replace(original, id="zz-copy", source="zz-copy")
    with_copy = build_report([*read.articles, copy])
    assert with_copy.articles[-1].duplicate_of == original.id
    claim = _claim_with(with_copy, "reached agreement on some specific issues")
    assert {s[:3] for s in claim.sources} == {"000", "001", "004", "zz-"}

    def shared(r: Report) -> list[set[str]]:
        return [set(c.sources) - {"zz-copy"} for c in r.claims if c.coverage != "one"]

    # The copy adds no outlet and takes none away: the same facts are shared by the same outlets.
    assert shared(with_copy) == shared(report)


def test_every_citation_has_a_sentence_of_its_article_a_reader_can_check(report: Report) -> None:
    """Each claim's sources each have a mention or a supporting sentence, and each summary
    sentence gives the sentence every cited article was checked on, from that article."""
    texts = {a.id: a.text for a in report.articles}
    linked_only = 0
    for claim in report.claims:
        stated = {s.article for s in (*claim.mentions, *claim.support)}
        assert set(claim.sources) <= stated
        assert not {s.article for s in claim.support} & {m.article for m in claim.mentions}
        linked_only += len(claim.support)
    assert linked_only > 0  # the example has facts cited inside longer sentences
    for item in report.summary:
        assert [s.article for s in item.support] == list(item.sources)
    supporting = [*(s for i in report.summary for s in i.support)]
    for sentence in [*supporting, *(s for c in report.claims for s in c.support)]:
        assert texts[sentence.article][sentence.start : sentence.end] == sentence.text
