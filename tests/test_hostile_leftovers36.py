"""Issue 9's leftovers: a page nested deeper than the HTML parser builds, articles pasted with
CR-only line ends between "---" lines, and a run-on line of figures whose frames were read
against every other figure of its sentence (its time is measured by benchmarks/huge_profile.py
--single, not here)."""

from __future__ import annotations

import io

import pytest

from bylines.ingest.read import InputError, article_from_html, read_inputs
from hostile import GOOD, cr_pasted_articles, nested_page
from test_figure_kinds import read_figures

STORY_START = GOOD["harbour-wire.txt"].split("\n\n", 1)[1].split(",")[0]


@pytest.mark.parametrize("depth", [200, 256, 300, 5_000])
def test_a_story_nested_past_the_parser_s_depth_is_read(depth: int) -> None:
    article = article_from_html(nested_page(depth).decode(), "deep")
    assert article.text.startswith(STORY_START)


def test_a_story_nested_deep_in_inline_tags_is_read() -> None:
    assert article_from_html(nested_page(2_000, b"b").decode(), "deep").text.startswith(STORY_START)


def test_paragraphs_of_a_flattened_page_stay_apart() -> None:
    first, second = (text.split("\n\n", 1)[1] for text in list(GOOD.values())[:2])
    page = (
        "<html><body>" + "<div>" * 400 + f"<div>{first}</div><section>{second}</section>"
        "" + "</div>" * 400 + "</body></html>"
    )
    assert article_from_html(page, "deep").text.split("\n") == [first, second]


DEEP_STORY = (
    "Part of the quay wall at Orrin harbour collapsed on Tuesday night, the harbour board said. "
    "Nobody was hurt, but two fishing boats were damaged by falling stone and 40 metres of the "
    "wall will be rebuilt before the summer season, the board's engineer said on Wednesday."
)


@pytest.mark.parametrize(
    "shallow",
    [
        "<h1>Quay wall gives way at Orrin harbour</h1>",
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></nav>",
        "<p>Orrin Gazette</p>",
    ],
)
def test_a_deep_story_is_read_beside_a_shallow_part_that_gives_text(shallow: str) -> None:
    # the parser reads the shallow part and nothing past its depth: the flat reading gives more
    nest = "<div>" * 300 + f"<p>{DEEP_STORY}</p>" + "</div>" * 300
    article = article_from_html(f"<html><body>{shallow}{nest}</body></html>", "deep")
    assert DEEP_STORY in article.text
    assert "Sport" not in article.text  # a menu's links are not read into the story


def test_a_deep_story_in_inline_tags_around_its_paragraph_is_read() -> None:
    page = "<html><body><h1>Quay wall</h1>" + "<b>" * 2_000 + f"<p>{DEEP_STORY}</p>"
    article = article_from_html(page + "</b>" * 2_000 + "</body></html>", "deep")
    assert DEEP_STORY in article.text


def test_a_deep_page_with_no_text_says_how_deep_it_nests() -> None:
    page = "<html><body>" + "<div>" * 300 + "<script>x()</script>" + "</div>" * 300
    with pytest.raises(InputError, match=r"nested 30\d deep"):
        article_from_html(page + "</body></html>", "deep")


def test_a_shallow_page_with_no_text_gives_the_usual_reason() -> None:
    with pytest.raises(InputError) as raised:
        article_from_html("<html><body><div><script>x()</script></div></body></html>", "x")
    assert raised.value.reason == "no article text found in the HTML"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("line_end", ["\r", "\r\n", "\n"])
def test_pasted_articles_split_at_dashes_whatever_ends_their_lines(line_end: str) -> None:
    data = f"{line_end}---{line_end}".join(
        text.replace("\n", line_end) for text in GOOD.values()
    ).encode()
    result = read_inputs(["-"], stdin=_Stdin(data))
    titles = [text.split("\n", 1)[0] for text in GOOD.values()]
    assert [article.title for article in result.articles] == titles
    assert not any("---" in article.text for article in result.articles)


def test_the_hostile_corpus_s_cr_paste_is_three_articles() -> None:
    result = read_inputs(["-"], stdin=_Stdin(cr_pasted_articles()))
    assert [article.id for article in result.articles] == ["stdin-1", "stdin-2", "stdin-3"]


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        ("The blast left 12 dead and 30 injured, officials said.", {"12": "dead", "30": "hurt"}),
        # a frame word past another count is that count's, in either order
        ("Officials said 30 were injured and 12 were killed.", {"30": "hurt", "12": "dead"}),
    ],
)
def test_a_count_s_frame_is_still_not_read_past_another_count(
    text: str, frames: dict[str, str]
) -> None:
    # what the look-up of the counts between a figure and a word (once a scan) must keep
    assert {name: figure.frame for name, figure in read_figures(text).items()} == frames
