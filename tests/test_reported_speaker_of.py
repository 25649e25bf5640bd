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
