"""A thing said to be lent is not said to be sold: the citation check reads the verb of a
handing-over in what an outlet reports someone said (``verify._other_dealing``).

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.models import Models, load_models
from bylines.report.align import FactLinks, claims_from_groups
from bylines.report.pipeline import build_report
from bylines.report.values import Reading
from bylines.report.verify import _other_dealing, verify_claims
from bylines.types import Article, Report


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def _report(models: Models, *texts: str) -> Report:
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    return build_report(articles, models=models)


def _cited(briefing: Report, words: str) -> list[set[str]]:
    shown = [(s.text, s.sources) for s in briefing.summary]
    shown += [(c.text, c.sources) for c in briefing.claims]
    found = [set(sources) for text, sources in shown if words in text]
    assert found, f"nothing shown says {words!r}"
    return found


_SHOWN = "Organiser Ida Wren said the mill had lent every one of the benches."


@pytest.mark.parametrize(
    ("other", "apart"),
    [
        ('"The mill sold us every one of the benches," said Ida Wren.', True),
        ("The mill donated the benches, Ida Wren said.", True),
        # look-alikes: one dealing in other words, a sale of something else, a negated or
        # two-way sentence, and one deal told by its buyer
        ('"The mill loaned us every one of the benches," said Ida Wren.', False),
        ("The mill sold cider to the crowd all afternoon, Ida Wren said.", False),
        ("The mill sold every ticket, Ida Wren said.", False),
        ('"The mill did not sell us the benches," said Ida Wren.', False),
        ('"The mill lent, never sold, the benches," said Ida Wren.', False),
        ("We bought the benches from the mill, Ida Wren said.", False),
    ],
)
def test_a_thing_lent_is_not_a_thing_sold(other: str, apart: bool) -> None:
    assert _other_dealing(_SHOWN, other, Reading()) is apart
    assert _other_dealing(other, _SHOWN, Reading()) is apart


def _checked_pair(first: str, second: str) -> list[tuple[str, ...]]:
    """The sources of the claims verify leaves of two one-sentence articles that alignment
    grouped into one claim (so the citation check alone decides)."""
    articles = [
        Article(id="a0", text=first, source="Kestrel Radio"),
        Article(id="a1", text=second, source="Orme Gazette"),
    ]
    sentences = split_sentences(articles)
    claims = claims_from_groups([[0, 1]], sentences, articles)
    return [c.sources for c in verify_claims(claims, FactLinks({}, {}, {}), sentences, articles)]


def test_a_quote_that_says_sold_is_no_citation_for_lent() -> None:
    checked = _checked_pair(_SHOWN, '"The mill sold us every one of the benches," said Ida Wren.')
    assert checked == [("a0",), ("a1",)]


def test_a_quote_that_says_loaned_is_a_citation_for_lent() -> None:
    checked = _checked_pair(_SHOWN, '"The mill loaned us every one of the benches," said Ida Wren.')
    assert checked == [("a0", "a1")]


_RECORD = "Orrin set a record on Saturday for the longest bench in the county, at 212 metres."


def test_three_outlets_that_say_lent_are_cited_together_without_the_one_that_says_sold(
    models: Models,
) -> None:
    # the look-alike through the whole report: "lent" in three wordings still cites all three
    record = _RECORD
    briefing = _report(
        models,
        f'{record} "The mill lent us every one of the benches," said organiser Ida Wren, 58.',
        f"{record} Organiser Ida Wren said the mill had lent every one of the benches.",
        f"{record} Ida Wren tells us the mill lent every bench.",
        f'{record} "The mill sold us every one of the benches," said organiser Ida Wren.',
    )
    lent = _cited(briefing, "lent")
    assert all("a3" not in sources for sources in lent)
    assert any({"a0", "a1", "a2"} <= sources for sources in lent)
