from __future__ import annotations

import pytest

from bylines.ingest.sentences import MAX_SENTENCE_CHARS, split_article
from bylines.types import Article


def _split(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text, source="A"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy landed just after 4:30 pm (0830 GMT), officials said. Talks began at once.",
            [
                "The envoy landed just after 4:30 pm (0830 GMT), officials said.",
                "Talks began at once.",
            ],
        ),
        (
            "Mr. Okafor met U.S. officials in Lagos. Dr. Reyes did not attend.",
            ["Mr. Okafor met U.S. officials in Lagos.", "Dr. Reyes did not attend."],
        ),
        (
            "The report by J. K. Mwangi was published. It ran long.",
            ["The report by J. K. Mwangi was published.", "It ran long."],
        ),
        (
            "“We will rebuild,” the mayor said. “It will take years.” Crews arrived on Sunday.",
            [
                "“We will rebuild,” the mayor said.",
                "“It will take years.”",
                "Crews arrived on Sunday.",
            ],
        ),
        (
            "The firm, Acme Corp. of Ohio, said the plant would close. Workers were told Friday.",
            [
                "The firm, Acme Corp. of Ohio, said the plant would close.",
                "Workers were told Friday.",
            ],
        ),
    ],
)
def test_hard_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_lines_without_final_punctuation_do_not_run_into_the_next() -> None:
    text = "Storm closes ports along the coast\nThe storm closed six ports on Tuesday."
    assert _split(text) == [
        "Storm closes ports along the coast",
        "The storm closed six ports on Tuesday.",
    ]


def test_offsets_point_back_into_the_article_text() -> None:
    text = "First line here.  Second one follows.\n\n  Third, after a gap."
    article = Article(id="a", text=text, source="A")
    sentences = split_article(article)
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_lone_closing_quote_joins_the_sentence_before() -> None:
    assert _split("He said it was “over. ” Then he left.")[-1] == "Then he left."
    assert all(s.strip() not in {"”", '"'} for s in _split("It ended. ”\nNext day."))


def test_an_unknown_abbreviation_does_not_cut_the_sentence() -> None:
    text = "“We hope for better Sino-U.S. relations,” the envoy added. Talks end today."
    assert _split(text) == [
        "“We hope for better Sino-U.S. relations,” the envoy added.",
        "Talks end today.",
    ]


def test_a_line_without_punctuation_is_cut_into_bounded_pieces_between_words() -> None:
    words = [f"Word{n}" for n in range(3_000)]
    article = Article("a", " ".join(words), "a")
    pieces = split_article(article)
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(article.text[p.start : p.end] == p.text for p in pieces)
    assert [w for p in pieces for w in p.text.split()] == words  # nothing lost, no word cut


def test_ordinary_sentences_are_not_cut() -> None:
    text = "The bridge opened on Monday. " + "It was long awaited, " * 40 + "residents said."
    assert [s.text for s in split_article(Article("a", text, "a"))] == [
        "The bridge opened on Monday.",
        text.split("Monday. ")[1],
    ]


def test_a_quotation_of_several_sentences_is_one_sentence() -> None:
    """No sentence shown opens a quote it never closes ('"People were calm.' alone)."""
    text = (
        'Passenger Ines Varga said the ship tilted. "People were calm. The crew handed out '
        'life jackets and told us to wait by the doors," she said. The ship was towed away.'
    )
    got = [s.text for s in split_article(Article(id="a", text=text, source="A"))]
    assert got == [
        "Passenger Ines Varga said the ship tilted.",
        '"People were calm. The crew handed out life jackets and told us to wait by the '
        'doors," she said.',
        "The ship was towed away.",
    ]


def test_a_quote_left_open_or_too_long_keeps_punkts_sentences() -> None:
    """A stray quotation mark never swallows the rest of the article, and a long quotation
    is not joined past MAX_QUOTE_CHARS."""
    stray = 'He called it a "disgrace. The vote is on Monday. Turnout was low.'
    assert len(split_article(Article(id="a", text=stray, source="A"))) == 3
    long_quote = '"' + " ".join(["This is one sentence of a very long statement."] * 12) + '"'
    assert len(split_article(Article(id="b", text=long_quote, source="B"))) == 12


def test_a_quotation_is_not_joined_across_paragraphs() -> None:
    """A quotation running over paragraphs opens each with a mark of its own, so the next
    paragraph's opening mark is no close of this one."""
    text = (
        '"It was a long night for the crew. Nobody slept.\n'
        '"We were shocked at the damage," the skipper said.'
    )
    got = [s.text for s in split_article(Article(id="a", text=text, source="A"))]
    assert got == [
        '"It was a long night for the crew.',
        "Nobody slept.",
        '"We were shocked at the damage," the skipper said.',
    ]


def test_a_sentence_opening_a_quote_does_not_close_the_one_before() -> None:
    """Text whose paragraphs were run together: the next opening mark starts a new quotation
    (or the next paragraph of this one), so nothing is joined."""
    text = '"It was a long night for the crew. Nobody slept. "We were shocked," the skipper said.'
    assert len(split_article(Article(id="a", text=text, source="A"))) == 3
