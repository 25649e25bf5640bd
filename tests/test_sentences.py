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


def test_a_short_title_before_a_name_never_ends_a_sentence() -> None:
    text = (
        "The gunman fled on foot, Varrow police Lt. Ana Brask said. Then Cmdr. Ola Lind "
        "arrived, with Lt. Col. Bo Ek. Nobody else spoke."
    )
    assert [s.text for s in split_article(Article("a", text, "a"))] == [
        "The gunman fled on foot, Varrow police Lt. Ana Brask said.",
        "Then Cmdr. Ola Lind arrived, with Lt. Col. Bo Ek.",
        "Nobody else spoke.",
    ]
    # a line that ends in one ("Elm Dr.", an address) ends there
    lines = "The crash happened on Elm Dr.\nPolice closed the road."
    assert [s.text for s in split_article(Article("a", lines, "a"))] == [
        "The crash happened on Elm Dr.",
        "Police closed the road.",
    ]


def test_a_decimal_point_written_with_a_space_does_not_end_a_sentence() -> None:
    """Text tokenised for a corpus writes "$1. 29" and "5. 4 per cent": the number runs on,
    while a sentence that opens with a year after one ending in a figure is a new one."""
    text = (
        "The currency fell to $1. 29 for the first time in a year. Shares dropped 5. 4 per "
        "cent. The vote was 98 to 12. 2011 was a hard year for the port. Each unit cost "
        "$1,234. 56 in May."
    )
    found = [s.text for s in split_article(Article(id="a", text=text, source="x"))]
    assert found == [
        "The currency fell to $1. 29 for the first time in a year.",
        "Shares dropped 5. 4 per cent.",
        "The vote was 98 to 12.",
        "2011 was a hard year for the port.",
        "Each unit cost $1,234. 56 in May.",
    ]


def test_a_figure_after_a_year_or_two_spaces_opens_a_new_sentence() -> None:
    text = (
        "The port closed in 2011. 14 ships moved away. The toll stood at 12.  3 were missing. "
        "Turnout was 10,500. 12 polling stations stayed shut."
    )
    found = [s.text for s in split_article(Article(id="a", text=text, source="x"))]
    assert found == [
        "The port closed in 2011.",
        "14 ships moved away.",
        "The toll stood at 12.",
        "3 were missing.",
        "Turnout was 10,500.",
        "12 polling stations stayed shut.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese: wide stops with no space after; one inside a quotation goes on
        (
            "オストランドで橋が崩れ、12人がけがをした。市長は「原因を調べる。」と述べた。"
            "救助隊が到着した！",
            [
                "オストランドで橋が崩れ、12人がけがをした。",
                "市長は「原因を調べる。」と述べた。",
                "救助隊が到着した！",
            ],
        ),
        # Chinese: a run of stops ends one sentence
        ("渡轮在佩尔港起火？！十四人受伤。", ["渡轮在佩尔港起火？！", "十四人受伤。"]),
        # Hindi: the danda, with a closing quote after it
        (
            'ओस्ट्रांड में पुल गिरा। महापौर ने कहा, "हम जांच करेंगे।" बारह लोग घायल हुए।',
            ["ओस्ट्रांड में पुल गिरा।", 'महापौर ने कहा, "हम जांच करेंगे।"', "बारह लोग घायल हुए।"],
        ),
        # Arabic: its own question mark
        (
            "هل انهار الجسر؟ قال المسؤولون إن 12 أصيبوا.",
            ["هل انهار الجسر؟", "قال المسؤولون إن 12 أصيبوا."],
        ),
    ],
)
def test_the_stops_of_other_scripts_end_sentences(text: str, expected: list[str]) -> None:
    """Punkt knows only the Latin stops: a Japanese or Hindi article was one sentence, cut every
    1,000 characters mid-word and cited whole."""
    article = Article(id="a", text=text, source="A")
    sentences = split_article(article)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


# A page that printed its standfirst again as its lead's first sentence (newuser30).
STANDFIRST = "The ferry Cassia ran aground off Dunmore Point on Sunday with 212 passengers aboard."
REPEATED_STANDFIRST = (
    f"{STANDFIRST}\n{STANDFIRST} Coastguard crews took everyone off by the evening. "
    "Nobody was hurt.\nThe harbour master blamed a low tide."
)


def test_a_sentence_repeated_word_for_word_in_one_article_is_read_once() -> None:
    sentences = split_article(Article(id="a", text=REPEATED_STANDFIRST, source="A"))
    assert [s.text for s in sentences] == [
        STANDFIRST,
        "Coastguard crews took everyone off by the evening.",
        "Nobody was hurt.",
        "The harbour master blamed a low tide.",
    ]
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert sentences[0].start == 0  # the first copy is the one read
    assert all(REPEATED_STANDFIRST[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        # short sentences are said twice in earnest
        "Nobody was hurt. The crew swam ashore. Nobody was hurt.",
        "“Get out,” he said. The crew swam ashore. “Get out,” he said.",
        # one word apart: two facts
        f"{STANDFIRST}\n{STANDFIRST.replace('Sunday', 'Monday')} Nobody was hurt.",
        # the sentence inside a longer one is no repeat of it
        f"{STANDFIRST}\n{STANDFIRST[:-1]}, the coastguard said.",
    ],
)
def test_short_or_different_sentences_are_all_kept(text: str) -> None:
    sentences = split_article(Article(id="a", text=text, source="A"))
    assert " ".join(s.text for s in sentences).split() == text.split()  # every word, once each


def test_the_alike_cuts_of_a_line_with_no_stop_are_all_kept() -> None:
    """A run-on line is cut at MAX_SENTENCE_CHARS; its cuts are parts of it, not repeats."""
    text = " ".join(["Quarrel Bay ferry crews said 4,000"] * 200)
    sentences = split_article(Article(id="a", text=text, source="A"))
    assert len(sentences) > len(text) // MAX_SENTENCE_CHARS
    assert " ".join(s.text for s in sentences).split() == text.split()


def test_the_same_sentence_in_two_articles_is_kept_in_each() -> None:
    from bylines.ingest.sentences import split_sentences

    articles = [Article(id=i, text=f"{STANDFIRST} Nobody was hurt.", source=i) for i in "ab"]
    assert [(s.article, s.text) for s in split_sentences(articles) if s.text == STANDFIRST] == [
        ("a", STANDFIRST),
        ("b", STANDFIRST),
    ]


def test_a_repeated_standfirst_is_one_mention_in_the_report() -> None:
    """The two copies were two mentions of one article, listed twice as a fact all report."""
    from bylines.options import ReportOptions
    from bylines.report.pipeline import build_report

    others = [
        "A ferry with 212 passengers ran aground off Dunmore Point on Sunday. Nobody was hurt.",
        "Coastguard crews took 212 passengers off the ferry Cassia at Dunmore Point on Sunday.",
    ]
    articles = [
        Article(id="a", text=REPEATED_STANDFIRST, source="Harbour Daily"),
        *(Article(id=i, text=t, source=i) for i, t in zip("bc", others, strict=True)),
    ]
    report = build_report(articles, ReportOptions(embedder="tfidf", entities="rules"))
    of_a = [m.text for c in report.claims for m in c.mentions if m.article == "a"]
    assert of_a.count(STANDFIRST) == 1
    assert len({c.text for c in report.claims}) == len(report.claims)
