"""Speakers and spans as a fact-checker's trial on real news found them wrong: a sentence's
first word read as part of a name, a rank abbreviated, an attribution put before its subject
or closing a sentence of reported speech, a state's abbreviation read as a speaker, and inch
marks read as quotation marks.

Every text here is invented for the tests (people, places, bodies, products).
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.names import build_index, name_tokens
from bylines.report.quotes import find_occurrences
from bylines.report.speakers import quote_spans
from quote_groups import articles_of, quotes_of


def _speakers(*texts: str) -> list[tuple[str, str]]:
    """(speaker, quote) of every quote of the articles."""
    articles = articles_of(texts)
    found = find_occurrences(split_sentences(articles), articles)
    return [(o.speaker, o.text) for o in found]


# --- a sentence's first word is no part of a name ----------------------------------------------


@pytest.mark.parametrize(
    ("run", "tokens"),
    [
        ("Like Brannock", ["Brannock"]),
        ("Although Velcorp", ["Velcorp"]),
        ("Neither Velcorp", ["Velcorp"]),
        ("Though Ostrand", ["Ostrand"]),
        ("Tarn Oil. Both Velcorp", ["Velcorp"]),  # a run carried past a full stop
        ("Doctor Who", ["Doctor", "Who"]),  # inside a run, no full stop: a title's word
        ("Halvard Brannock", ["Halvard", "Brannock"]),
        ("Ana de la Cruz", ["Ana", "de", "la", "Cruz"]),  # every particle kept
    ],
)
def test_a_sentence_opener_is_dropped_from_a_name(run: str, tokens: list[str]) -> None:
    assert name_tokens(run) == tokens


def test_a_speaker_is_not_named_by_a_sentence_that_opens_with_their_name() -> None:
    text = (
        "Opposition leader Halvard Brannock attacked the choice. "
        "Like Brannock, some deputies fear a return to the old ways. "
        'In choosing the general, "the rules were simply ignored," Brannock said. '
        "Although Velcorp has cut costs, its profits fell. "
        "Neither Velcorp nor Tarnwell would comment."
    )
    assert _speakers(text) == [("Halvard Brannock", "the rules were simply ignored")]
    index = build_index(articles_of((text,)))
    assert not [name for name in index.counts if name.split()[0] in {"Like", "Although"}]


# --- a rank written short is the same rank --------------------------------------------------------


def test_an_abbreviated_rank_and_the_rank_spelt_out_name_one_officer() -> None:
    quotes = quotes_of(
        'Inspector Mara Quillon said: "The ridge is closed until the snow settles."',
        '"We have never seen so many walkers stranded at once," Insp Quillon said.',
        '"Nobody should set out without an ice axe," Inspector Quillon added.',
        '"The ridge is closed until the snow has settled," Det Sgt Mara Quillon said.',
    )
    assert {q.speaker for q in quotes} == {"Mara Quillon"}


# --- an attribution put before its subject, or closing a sentence ------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "In the face of these alliances, said Orla Fenwick, an analyst at Tessaly Partners,",
        "As the big carriers team up, said Orla Fenwick, a lecturer in transport,",
    ],
)
def test_a_verb_before_its_subject_names_the_speaker_after_it(lead: str) -> None:
    text = f'{lead} "if you are a small airline, how do you compete?"'
    assert _speakers(text) == [("Orla Fenwick", "if you are a small airline, how do you compete?")]


def test_a_verb_before_a_thing_that_speaks_names_that_thing() -> None:
    text = 'In the face of these alliances, said the report, "small airlines have no chance."'
    assert _speakers(text) == [("report", "small airlines have no chance")]


def test_a_state_after_a_place_is_not_the_speaker() -> None:
    text = (
        "Dorian Pell, editor of the Smallcap Letter in Gresham, Ore., said: "
        '"The bargains are in the smaller stocks now."'
    )
    assert _speakers(text) == [("Dorian Pell", "The bargains are in the smaller stocks now")]


def test_a_pronoun_after_reported_speech_is_the_person_named_at_its_end() -> None:
    text = (
        "A Skyline Air Ambulance helicopter from Corran was called in the afternoon.\n"
        "Rescuers could not reach the climbers before dark, Area Commander Inspector Tova "
        "Brisk said.\n"
        '"They saw him from the air and it was clear he had not survived," she told '
        "the Corran Echo on Sunday."
    )
    assert [s for s, _ in _speakers(text)] == ["Tova Brisk"]


# --- inch marks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The new 17" Lumenbook Pro ships in March, and the 15" model follows in May.',
        'The new 17 "Lumenbook Pro ships in March. The 17 "Lumenbook Pro weighs 3kg.',
        'The case is 0.98" thick, or 0.98 " to be exact.',
    ],
)
def test_a_mark_after_a_number_is_an_inch_mark(text: str) -> None:
    assert list(quote_spans(text)) == []


def test_a_quote_that_ends_with_a_number_still_closes() -> None:
    text = 'He said "the toll has risen to 12". A 15" screen and "a quote of words" follow.'
    assert [text[a:b] for a, b in quote_spans(text)] == [
        "the toll has risen to 12",
        "a quote of words",
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('It topped the "Top 10" list, and "we are proud," she said.', ["Top 10", "we are proud,"]),
        ('It is "Phase 2" of the plan, "a big step," he said.', ["Phase 2", "a big step,"]),
        ('She said "the 17" screen is too small" and left.', ['the 17" screen is too small']),
    ],
)
def test_inside_a_quote_a_mark_after_a_number_closes_it_unless_inches_follow(
    text: str, quoted: list[str]
) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == quoted


# --- a closing mark written after its space -------------------------------------------------------


def test_a_misplaced_closing_mark_ends_a_quote_over_a_paragraph_break() -> None:
    text = (
        "Lumen launched its new editing suite on Tuesday.\n"
        '"Framewise is the reason people buy a Lumen today.\n'
        'Nothing else on any platform comes close, "said Ivo Marsh.\n'
        "It ships in March."
    )
    assert _speakers(text) == [
        (
            "Ivo Marsh",
            "Framewise is the reason people buy a Lumen today. Nothing else on any platform "
            "comes close",
        )
    ]


def test_a_misplaced_closing_mark_with_no_opening_quotes_its_paragraph() -> None:
    text = (
        "The second climber was found on Sunday.\n"
        "I cannot speak for the first death, but this was a lack of experience, "
        '"Marsh told the Valley Herald.\n'
        "The park stays open."
    )
    assert _speakers(text) == [
        ("Marsh", "I cannot speak for the first death, but this was a lack of experience")
    ]


def test_a_quote_runs_over_unmarked_paragraphs_to_its_misplaced_closing_mark() -> None:
    text = (
        "The new captain was named on Monday.\n"
        '"Being chosen is a privilege.\n'
        "Like the old captain I am in a state of terror and delight.\n"
        'I cannot wait to get started, "she said.\n'
        "Training starts in May."
    )
    assert [text[a:b] for a, b in quote_spans(text)] == [
        "Being chosen is a privilege.\nLike the old captain I am in a state of terror and "
        "delight.\nI cannot wait to get started, "
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The minister said, "Nobody told me.\nIt was never raised."',
        'He added, "We told them so.\n"And we meant it."',
    ],
)
def test_an_opening_mark_after_a_comma_still_opens(text: str) -> None:
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans[0].startswith(("Nobody told me", "We told them so")), spans


# --- a family name that is also a title ---------------------------------------------------------


def test_a_title_word_after_a_given_name_is_a_family_name() -> None:
    assert name_tokens("team president Billy Queen") == ["Billy", "Queen"]
    assert name_tokens("General Manager Carla King") == ["Carla", "King"]
    assert name_tokens("Secretary of State") == []
    assert name_tokens("Vik. The") == ["Vik"]
    index = build_index(articles_of(("Club president Carla King spoke first.",)))
    assert index.canonical("King") == "Carla King"


# --- a person the sentence before describes but does not name -----------------------------------


def test_a_pronoun_after_an_unnamed_customer_is_not_the_product_before_the_noun() -> None:
    text = (
        "Lumen showed the new Lumen Tower at the fair.\n"
        "However, one Lumen customer on the show floor doubted the claims.\n"
        '"They say five years, but for some it might only be two or three," he said.'
    )
    assert [s for s, _ in _speakers(text)] == [""]


# --- indirect speech joined to a quote ---------------------------------------------------------


def test_a_variant_in_indirect_speech_is_marked_reported_and_a_flipped_degree_differs() -> None:
    quotes = quotes_of(
        'Inspector Mara Quillon said: "It appears the party was poorly equipped for the climb."',
        "Police inspector Mara Quillon said the party was well equipped for the climb.",
    )
    variants = [v for q in quotes for v in q.variants if "equipped" in v.text]
    assert [(v.reported, v.difference) for v in variants] == [(False, "same"), (True, "meaning")]
