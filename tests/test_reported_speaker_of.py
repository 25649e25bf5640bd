"""A speaker named with where they are from ('Dr Sunniva Larch of Tolvern University said
...') is the person, and their reported words join their quote in another outlet; a body
named with 'of' ('the Bank of Ostraland said ...') is still no person. Invented texts."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.names import build_index
from bylines.report.reported import find_reported
from quote_groups import articles_of, carriers, quotes_of

INTRO = "Dr Sunniva Larch, an astronomer, examined the stone on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Sunniva Larch of Tolvern University said the stone was the rarest find in decades.",
        "Sunniva Larch of the Tolvern Observatory said the stone was the rarest find in decades.",
    ],
)
def test_a_person_of_a_place_is_the_person(sentence: str) -> None:
    articles = articles_of((INTRO + sentence,))
    reported = find_reported(split_sentences(articles), build_index(articles))
    assert [(r.speaker, r.person) for r in reported] == [("Sunniva Larch", True)]


def test_a_body_named_with_of_is_no_person() -> None:
    articles = articles_of(
        (INTRO + "The Bank of Ostraland said the stone would be insured for its full value.",)
    )
    reported = find_reported(split_sentences(articles), build_index(articles))
    assert [r.person for r in reported] == [False]


def test_the_reported_words_of_a_person_of_a_place_join_the_quote() -> None:
    quotes = quotes_of(
        '"This is the most important meteorite to fall here in a hundred years," said Dr '
        "Sunniva Larch, an astronomer at Tolvern University.",
        "Dr Sunniva Larch of Tolvern University said the stone was the most important "
        "meteorite to fall here in a century.",
    )
    assert carriers(quotes, "most important meteorite") == {"a0", "a1"}


@pytest.mark.parametrize(
    ("intro", "sentence"),
    [
        (
            "Council leader Mara Duke said the repairs would cost about 2 million. ",
            "The Duke of Harrowgate said the bridge should be rebuilt in stone.",
        ),
        (
            "Churchwarden Tom Bishop said nobody was inside. ",
            "The Bishop of Kessel said the parish would rebuild.",
        ),
        (
            "Organiser Sam Earl said refunds would be paid within 14 days. ",
            "The Earl of Orm said the festival could return next year.",
        ),
    ],
)
def test_a_rank_before_of_is_not_a_person_of_that_surname(intro: str, sentence: str) -> None:
    """One word before 'of' is a rank, not the cluster person who bears it as a surname."""
    articles = articles_of((intro + sentence,))
    reported = find_reported(split_sentences(articles), build_index(articles))
    assert [r.person for r in reported] == [True, False]


def test_a_person_in_apposition_to_an_office_of_a_place_is_that_person() -> None:
    articles = articles_of(
        (
            "A fire destroyed 12 stalls overnight. The Lord Mayor of Tarnby, Eva Lund, said "
            "traders would get emergency grants.",
            "Eva Lund, Lord Mayor of Tarnby, said traders would receive grants.",
        )
    )
    reported = find_reported(split_sentences(articles), build_index(articles))
    assert [(r.speaker, r.person) for r in reported] == [("Eva Lund", True), ("Eva Lund", True)]


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        (
            (
                'Council leader Mara Duke said the bridge would reopen in June. "This bridge '
                'has stood for 240 years and it will stand for 240 more," said the Duke of '
                "Harrowgate, who paid for the survey.",
                "The Duke of Harrowgate said the bridge had stood for 240 years and would stand "
                "for 240 more. Mara Duke, the council leader, said it would reopen in June.",
            ),
            "240 years",
        ),
        (
            (
                '"We will rebuild this church stone by stone," the Bishop of Kessel said on '
                "Monday. Churchwarden Tom Bishop said the fire started in the vestry.",
                "The Bishop of Kessel said the church would be rebuilt stone by stone. Tom "
                "Bishop, the churchwarden, said the fire began in the vestry.",
            ),
            "stone by stone",
        ),
    ],
)
def test_the_words_of_a_rank_of_a_place_stay_with_its_quote(
    texts: tuple[str, str], words: str
) -> None:
    """The Duke's reported words are not Mara Duke's, so they join the Duke's quote."""
    assert carriers(quotes_of(*texts), words) == {"a0", "a1"}
