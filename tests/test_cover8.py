"""Only in X (issue 7, item 4), eighth round: two sentences alignment put in one claim, whose
citation the check refuses but which give no other value, deny or oppose nothing and are not
two things one speaker said, state one fact: neither is "only in" its outlet. A sentence
split off for another value, a denial or an opposite state, or another statement of the same
speaker, stays its outlet's own.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.align import FactLinks, claims_from_groups
from bylines.report.values import Reading
from bylines.report.verify import _mains_share_a_word, verify_claims
from bylines.types import Article, Claim, Sentence


def _aligned_pair(first: str, second: str) -> tuple[Claim, ...]:
    """Claims of two one-sentence articles whose sentences alignment grouped into one claim
    (no fact unit linked, nothing restated)."""
    articles = [
        Article(id="a0", text=first, source="Kestrel Radio"),
        Article(id="a1", text=second, source="Orme Gazette"),
    ]
    sentences = split_sentences(articles)
    claims = claims_from_groups([[0, 1]], sentences, articles)
    return verify_claims(claims, FactLinks({}, {}, {}), sentences, articles)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "half" is not read as giving "50 per cent"
        (
            "Traders on the Kelby seafront say their takings are down 50 per cent.",
            "Traders on the Kelby seafront said their takings had fallen by half.",
        ),
        # a quotation and its report in other words
        (
            "Kestrel Sat's chief executive Ona Brel told us: \"We have not lost the Tarn-2 "
            'satellite, and we will not lose it."',
            "Chief executive Ona Brel insisted the satellite had not been lost.",
        ),
    ],
)
def test_an_aligned_paraphrase_left_uncited_is_no_exclusive(first: str, second: str) -> None:
    # neither outlet is cited for the other's sentence, yet both tell the fact
    checked = _aligned_pair(first, second)
    assert [c.sources for c in checked] == [("a0",), ("a1",)]
    assert [c.coverage for c in checked] == ["several", "several"]


@pytest.mark.parametrize(
    ("first", "second", "share"),
    [
        (
            "Traders say their takings are down 50 per cent.",
            "Their takings had fallen by half, traders said.",
            True,
        ),
        (
            "Chief executive Ona Brel insisted the satellite had not been lost.",
            '"We have not lost the satellite," Ona Brel said.',
            True,
        ),
        # one person, named with her title, saying two things
        (
            "The trust's director, Orla Vance, said her team had worked through the night.",
            "Orla Vance, the trust's director, said engineers had flown in to help.",
            False,
        ),
        # one firm, a sentence opening with a word the other writes inside: no shared word
        (
            "Members of the Kelby Choral Society met for a rehearsal on Wednesday.",
            "The Kelby Choral Society was founded in 1952 and has 61 members.",
            False,
        ),
    ],
)
def test_main_clauses_share_a_word_that_is_no_name(first: str, second: str, share: bool) -> None:
    one = Sentence("a0", 0, first, 0, len(first))
    other = Sentence("a1", 0, second, 0, len(second))
    assert _mains_share_a_word(one, other, Reading()) is share
    assert _mains_share_a_word(other, one, Reading()) is share


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another value of the same figure
        (
            "Traders on the Kelby seafront say their takings are down 50 per cent.",
            "Traders on the Kelby seafront say their takings are down 30 per cent.",
        ),
        # a denial
        (
            "The Kelby pier will reopen to visitors on Monday, the council said.",
            "The Kelby pier will not reopen to visitors on Monday, the council said.",
        ),
        # opposite states of one thing
        (
            "The Kelby seafront car park was closed on Sunday.",
            "The Kelby seafront car park opened on Sunday.",
        ),
        # two things one speaker said
        (
            "Mayor Ilse Darrow said the pier would reopen in May.",
            "Mayor Ilse Darrow said the pier needed new decking.",
        ),
        (
            "The trust's director, Orla Vance, said her team had worked through the night.",
            "Orla Vance, the trust's director, said engineers had flown in to help.",
        ),
    ],
)
def test_an_aligned_sentence_split_off_for_what_it_says_stays_its_outlets_own(
    first: str, second: str
) -> None:
    checked = _aligned_pair(first, second)
    assert [c.sources for c in checked] == [("a0",), ("a1",)]
    assert [c.coverage for c in checked] == ["one", "one"]


def test_aligned_sentences_cited_for_each_other_are_unchanged() -> None:
    (claim,) = _aligned_pair(
        "The Kelby pier reopened to visitors on Monday.",
        "The Kelby pier reopened to visitors on Monday, the council said.",
    )
    assert claim.sources == ("a0", "a1")
    assert claim.coverage == "all"
