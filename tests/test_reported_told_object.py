"""Reported speech after "told" and whom it was told to: the object (a pronoun, the outlet's
own reporter, an owner's people) is no part of the words. A name or an outlet after "told", and
"told the court that ...", are read as before. All texts are invented."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.names import build_index
from bylines.report.reported import find_reported
from quote_groups import articles_of, carriers, quotes_of

OPENING = "Mira Holt, the depot manager, spoke on Monday. "


def reported(sentence: str) -> list[tuple[str, str]]:
    articles = articles_of((OPENING + sentence,))
    return [
        (r.speaker, r.what) for r in find_reported(split_sentences(articles), build_index(articles))
    ]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # the object is skipped
        (
            "Holt told me the company could not have done more.",
            "the company could not have done more",
        ),
        ("Holt told us that the depot would close on Friday.", "the depot would close on Friday"),
        ("Holt told them the depot would close on Friday.", "the depot would close on Friday"),
        ("Holt told her the depot would close on Friday.", "the depot would close on Friday"),
        (
            "Holt told our reporter she visits the depot every morning.",
            "she visits the depot every morning",
        ),
        (
            "Holt told this newspaper the depot would close on Friday.",
            "the depot would close on Friday",
        ),
        (
            "Holt told Larkway's staff the depot would close on Friday.",
            "the depot would close on Friday",
        ),
        # as before: a name, an outlet, reporters
        ("Holt told Anna Berg the depot would close on Friday.", "the depot would close on Friday"),
        (
            "Holt told the Harbour Courier the depot would close on Friday.",
            "the depot would close on Friday",
        ),
        ("Holt told reporters the depot would close on Friday.", "the depot would close on Friday"),
        # look-alikes that stay as they were read
        (
            "Holt told the court that the depot would close on Friday.",
            "the court that the depot would close on Friday",
        ),
        (
            "Holt told her staff the depot would close on Friday.",
            "her staff the depot would close on Friday",
        ),
        (
            "Holt said Larkway's staff would be paid until Friday.",
            "Larkway's staff would be paid until Friday",
        ),
        (
            "Holt said them buses were the oldest in the county.",
            "them buses were the oldest in the county",
        ),
    ],
)
def test_the_words_after_told_and_its_object(sentence: str, what: str) -> None:
    assert reported(sentence) == [("Mira Holt", what)]


def test_words_told_to_me_join_the_quotation_they_report() -> None:
    quotes = quotes_of(
        "“The company could not have done more for its drivers,” depot manager Mira Holt said.",
        "Depot manager Mira Holt spoke on Monday. Holt told me the company could not have done"
        " more for its drivers.",
    )
    assert carriers(quotes, "could not have done more") == {"a0", "a1"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # an owner's noun with no clause after it is the words' subject, not whom they were told to
        ("Okafor told the BBC Larkway's depot would close on Friday.", "depot would close"),
        ("Okafor told Radio Wenlow Larkway's staff were owed two weeks of pay.", "staff were owed"),
        # 'her' before a word that only starts like a clause's first word is her people told
        ("Holt told her assistant the depot would close on Friday.", "her assistant the depot"),
        ("Holt told her audience the depot would close on Friday.", "her audience the depot"),
    ],
)
def test_an_object_is_skipped_only_before_a_clause(sentence: str, words: str) -> None:
    ((_, what),) = reported(sentence)
    assert what.startswith(words)
