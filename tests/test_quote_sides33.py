"""A reported wording with the quotation's words in another tense and without the speaker's
"us" stands on the quotation's side of a quote conflict ("The gauges gave us no warning" /
"the gauges had given no warning"); a wording with another person or another verb does not.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.pipeline import build_report
from bylines.report.variants import is_who_said, quote_conflicts
from bylines.types import Article, Quote, QuoteVariant
from quote_groups import quotes_of

_SAID = "The gauges gave us no warning that the wall was moving"
_FLIPPED = "The gauges gave us warning that the wall was moving, and we pulled the crew back"


def _sides(*wordings: str) -> list[tuple[str, ...]]:
    variants = [
        QuoteVariant(text=t, sources=(f"a{n}",), difference="same" if n == 0 else "meaning")
        for n, t in enumerate(wordings)
    ]
    (conflict,) = quote_conflicts([Quote(speaker="Ilse Varn", variants=tuple(variants))])
    return [p.sources for p in conflict.positions]


def test_another_tense_without_the_speakers_us_is_the_same_side() -> None:
    reported = "the gauges had given no warning that the wall was moving"
    assert _sides(_SAID, _FLIPPED, reported) == [("a0", "a2"), ("a1",)]


@pytest.mark.parametrize(
    "reported",
    [
        "the gauges had given them no warning that the wall was moving",  # another person
        "the gauges had sent no warning that the wall was moving",  # another verb
        "the gauges had given no warning that the wall was cracking",  # another word
        "the gauges had shown no warning that the wall was moving",  # another giving verb
        "the gauges give no warning that the wall was moving",  # the present, not a past
    ],
)
def test_other_words_than_tense_and_us_keep_a_side_of_their_own(reported: str) -> None:
    assert _sides(_SAID, _FLIPPED, reported) == [("a0",), ("a1",), ("a2",)]


@pytest.mark.parametrize(
    ("said", "flipped", "reported", "joined"),
    [
        # "us" after a verb of giving is the one the thing went to, which reported speech drops
        (
            "The insurer paid us nothing for the roof",
            "The insurer paid us everything for the roof",
            "the insurer had paid nothing for the roof",
            True,
        ),
        # after another verb it is what the verb acts on: "let me go" is not "let go"
        (
            "They would not let me go for three hours",
            "They would let me go after three hours",
            "they would not let go for three hours",
            False,
        ),
        # and after no verb it is a word of the quote ("the us troops", typed lower-case)
        (
            "Nobody warned the us troops at the gate",
            "Somebody warned the us troops at the gate",
            "Nobody warned the troops at the gate",
            False,
        ),
    ],
)
def test_the_speakers_us_is_dropped_only_after_a_verb_of_giving(
    said: str, flipped: str, reported: str, joined: bool
) -> None:
    sides = _sides(said, flipped, reported)
    assert (sides == [("a0", "a2"), ("a1",)]) is joined


def test_a_text_naming_the_us_keeps_its_us() -> None:
    said = "The US gave us no warning that the wall was moving"
    flipped = "The US gave us warning that the wall was moving, and we pulled the crew back"
    reported = "the US had given no warning that the wall was moving"
    assert _sides(said, flipped, reported) == [("a0",), ("a1",), ("a2",)]


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def test_the_report_puts_each_outlet_with_the_words_it_printed(models: Models) -> None:
    lead = "A dam wall at Kelso Water cracked on Tuesday and 300 homes below it were cleared."
    texts = (
        f'{lead}\n"{_SAID}," said engineer Ilse Varn.',
        f"{lead}\nEngineer Ilse Varn said the gauges had given no warning that the wall was "
        "moving.",
        f'{lead}\n"{_FLIPPED}," said engineer Ilse Varn.',
    )
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    briefing = build_report(articles, models=models)
    (conflict,) = [c for c in briefing.conflicts if c.kind == "quote"]
    assert [set(p.sources) for p in conflict.positions] == [{"a0", "a1"}, {"a2"}]


_LENT = '"The mill lent us every one of the benches," said organiser Ida Wren.'


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ('"The mill sold us every one of the benches," said organiser Ida Wren.', True),
        ('"The mill donated every one of the benches," said organiser Ida Wren.', True),
        # look-alikes: one dealing in other words, and one deal told by its buyer
        ('"The mill loaned us every one of the benches," said organiser Ida Wren.', False),
        ('"We bought every one of the benches from the mill," said organiser Ida Wren.', False),
    ],
)
def test_a_quote_that_says_lent_against_sold_is_a_conflict(other: str, conflict: bool) -> None:
    lead = "Orrin set a record on Saturday for the longest bench in the county."
    quotes = quotes_of(f"{lead} {_LENT}", f"{lead} {_LENT}", f"{lead} {other}")
    found = [c for c in quote_conflicts(quotes) if not is_who_said(c)]
    assert bool(found) is conflict


_LOANED = '"The brewery loaned us all 80 of the marquees," said organiser Pia Solberg.'


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # "loaned" is a loan as "lent" is, against a sale (review of quotes33)
        ('"The brewery sold us all 80 of the marquees," said organiser Pia Solberg.', True),
        # look-alike: the buyer's side of one deal
        ('"We bought all 80 of the marquees," said organiser Pia Solberg.', False),
    ],
)
def test_a_quote_that_says_loaned_against_sold_is_a_conflict(other: str, conflict: bool) -> None:
    lead = "Orrin held its first beer festival on Saturday."
    quotes = quotes_of(f"{lead} {_LOANED}", f"{lead} {_LOANED}", f"{lead} {other}")
    found = [c for c in quote_conflicts(quotes) if not is_who_said(c)]
    assert bool(found) is conflict
