"""Quotes: spans, speakers, grouping across outlets, and wording vs meaning differences.

Small texts here are written for the tests; the example cluster is read at run time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bylines.ingest.clean import clean_article
from bylines.ingest.sentences import split_sentences
from bylines.report.quotes import GenericSpeakers, find_occurrences, find_quotes, generic
from bylines.report.speakers import quote_spans
from bylines.report.variants import classify_variants, quote_conflicts, shown_diff, word_diff
from bylines.types import Article, Quote, QuoteVariant

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"


def _quotes(*texts: str) -> tuple[Quote, ...]:
    articles = [Article(id=f"a{i}", text=t, source=f"Outlet {i}") for i, t in enumerate(texts)]
    return find_quotes(split_sentences(articles), articles)


def _speakers(text: str) -> list[tuple[str, str]]:
    articles = [Article(id="a", text=text, source="A")]
    return [(o.speaker, o.text) for o in find_occurrences(split_sentences(articles), articles)]


# --- spans ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “the bridge is safe” today.", ["the bridge is safe"]),
        ('He said "the bridge is safe" today.', ["the bridge is safe"]),
        ("Il a dit «le pont est sûr» hier.", ["le pont est sûr"]),
        ("She called it ‘a fair deal’ and we’re glad.", ["a fair deal"]),
        ("“One,” she said, “two.”", ["One,", "two."]),
    ],
)
def test_spans_of_each_kind_of_mark(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


def test_an_unclosed_quote_ends_with_its_sentence_not_the_article() -> None:
    text = "The mayor said “we will rebuild. Later the council met. It voted twice."
    ends = [32, 55, len(text)]
    spans = list(quote_spans(text, ends))
    assert [text[a:b] for a, b in spans] == ["we will rebuild."]


def test_a_quote_left_open_at_a_paragraph_break_ends_there() -> None:
    text = "“We will rebuild,\nthe mayor said. Then “the council met”."
    assert [text[a:b] for a, b in quote_spans(text)] == ["We will rebuild,", "the council met"]


def test_many_unbalanced_marks_do_not_crash_or_run_away() -> None:
    text = "A “stray mark. " * 2000 + "The end “without closing"
    quotes = _quotes(text)
    assert all(len(v.text) < 40 for q in quotes for v in q.variants)


# --- speakers -------------------------------------------------------------------------------


def test_speaker_after_the_quote_and_before_it() -> None:
    found = _speakers(
        "Harbour chief Ada Okafor spoke on Monday. "
        "“The port will reopen on Friday,” Okafor said. "
        "Minister Tomas Berg told reporters: “Repairs have cost more than planned.”"
    )
    assert found == [
        ("Ada Okafor", "The port will reopen on Friday"),
        ("Tomas Berg", "Repairs have cost more than planned"),
    ]


def test_said_before_the_name_and_according_to() -> None:
    found = _speakers(
        "“We expect two more ships this week,” said Ada Okafor, the harbour chief. "
        "Crews worked “around the clock on the damaged quay”, according to the port authority."
    )
    assert found == [
        ("Ada Okafor", "We expect two more ships this week"),
        ("port authority", "around the clock on the damaged quay"),
    ]


def test_a_pronoun_points_back_to_the_last_named_speaker() -> None:
    found = _speakers(
        "“The storm broke the sea wall in three places,” Ada Okafor said. "
        "“We will need months to repair it,” she added."
    )
    assert [s for s, _ in found] == ["Ada Okafor", "Ada Okafor"]


def test_a_split_quote_is_one_quotation() -> None:
    found = _speakers(
        "“The storm broke the sea wall,” Ada Okafor said on Monday, “and the quay went with it.”"
    )
    assert found == [("Ada Okafor", "The storm broke the sea wall … and the quay went with it")]


def test_a_quote_continued_in_the_next_sentence_keeps_its_speaker() -> None:
    found = _speakers(
        "“The quay is closed to all traffic,” Ada Okafor said. “This will last a month.”"
    )
    assert found == [("Ada Okafor", "The quay is closed to all traffic … This will last a month")]


def test_straight_quote_running_into_a_new_paragraph_reopens() -> None:
    # Wire copy without line breaks: the first paragraph's quote has no closing mark.
    text = (
        '"The port will reopen on Friday," Ada Okafor said. "Ships will queue for a week. '
        '"Nobody expected the storm," she continued, "and nobody was ready."'
    )
    assert [text[a:b] for a, b in quote_spans(text)] == [
        "The port will reopen on Friday,",
        "Ships will queue for a week. ",
        "Nobody expected the storm,",
        "and nobody was ready.",
    ]


def test_an_attribution_in_a_sentence_of_its_own_after_a_question() -> None:
    found = _speakers(
        "The mayor took questions. “Are you ready to sign the deal today?” Berg said."
    )
    assert found == [("Berg", "Are you ready to sign the deal today?")]


def test_quoted_as_saying_names_the_speaker() -> None:
    found = _speakers(
        "State radio quoted an unnamed official in the Harbour Office as saying that "
        "“a solution to this dispute is within reach.” "
        "The daily quoted Port Minister Ada Okafor as saying “the quay reopens on Friday.”"
    )
    assert found == [
        ("unnamed official", "a solution to this dispute is within reach"),
        ("Ada Okafor", "the quay reopens on Friday"),
    ]


def test_a_generic_speaker_joins_the_named_one() -> None:
    quotes = _quotes(
        "“The new bridge is a gift to the whole delta region,” the Delta Times said.",
        "The bridge is “a gift to the whole delta region,” the paper said.",
    )
    assert len(quotes) == 1
    assert quotes[0].speaker == "Delta Times"


def test_scare_quotes_are_not_quotations() -> None:
    assert _speakers("Officials called the talks “productive” on Monday.") == []


def test_speakers_resolve_across_articles_to_the_fullest_name() -> None:
    quotes = _quotes(
        "Premier Zhao Lin met the visitors. “Our two ports must work together,” Zhao said.",
        "The Chinese premier Zhao Lin spoke in Shanghai. "
        "“Our two ports must work together,” the Chinese premier said.",
        "“Our two ports must work together closely,” Mr Zhao said on Monday.",
    )
    assert len(quotes) == 1
    assert quotes[0].speaker == "Zhao Lin"
    assert sorted(s for v in quotes[0].variants for s in v.sources) == ["a0", "a1", "a2"]


# --- grouping -------------------------------------------------------------------------------


def test_one_statement_translated_two_ways_is_one_quote_with_two_variants() -> None:
    quotes = _quotes(
        "“I hope the new bridge can make lasting contributions to stabilising trade between "
        "the two cities,” Mayor Ines Duarte said.",
        "“I hope that through this bridge we will make more lasting contributions to "
        "stabilizing trade between our cities,” Duarte said.",
        "Duarte said she hoped the bridge would make “more lasting contributions” to trade.",
    )
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker == "Ines Duarte"
    assert [v.sources for v in quote.variants] == [("a0",), ("a1",), ("a2",)]
    assert [v.difference for v in quote.variants] == ["same", "wording", "wording"]


def test_two_statements_of_one_speaker_stay_apart() -> None:
    quotes = _quotes(
        "“The harbour will reopen to cargo ships on Friday,” Ada Okafor said.",
        "“Fishing boats must wait for the divers to finish their survey,” Ada Okafor said.",
    )
    assert len(quotes) == 2


def test_a_short_quote_carried_word_for_word_is_one_quotation() -> None:
    """'It was a panic' has one content word, too few to match a rewording by, but the same
    words of the same speaker in three outlets are one quotation; another speaker's stay apart."""
    quotes = _quotes(
        "“It was a panic,” said Ola Brand, a doorman at the hall.",
        "Doorman Ola Brand said the crowd rushed the stairs. “It was a panic,” Brand said.",
        "“It was a panic,” Ola Brand told reporters outside the hall.",
        "“It was a panic,” said Tomas Berg, a dancer.",
    )
    grouped = sorted((q.speaker, sorted(s for v in q.variants for s in v.sources)) for q in quotes)
    assert grouped == [("Ola Brand", ["a0", "a1", "a2"]), ("Tomas Berg", ["a3"])]
    # ...but two unnamed people's stock words are not one statement
    bystanders = _quotes(
        "“It was terrible,” said a resident of the street.",
        "“It was terrible,” a firefighter told reporters.",
    )
    assert len(bystanders) == 2


def test_the_same_words_by_different_people_stay_apart() -> None:
    quotes = _quotes(
        "“We are ready to talk at any time,” Ada Okafor said.",
        "“We are ready to talk at any time,” Tomas Berg said.",
    )
    assert len(quotes) == 2


def test_the_most_widely_carried_quote_comes_first() -> None:
    quotes = _quotes(
        "“Nobody was hurt in the fire,” Ada Okafor said. “The crane is lost,” Berg said.",
        "“Nobody was hurt in the fire at the depot,” Okafor said.",
    )
    assert quotes[0].speaker == "Ada Okafor"
    assert {s for v in quotes[0].variants for s in v.sources} == {"a0", "a1"}


# --- differences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("We will stabilise the U.S. economy", "We will stabilize the US economy", "same"),
        ("We reached agreement on issues", "We have reached agreement on issues", "wording"),
        ("We reached agreement on some issues today", "agreement on some issues", "wording"),
        ("Nine people were rescued", "Seven people were rescued", "meaning"),
        ("Nine people were rescued", "9 people were rescued", "same"),
        ("We will support the plan", "We will not support the plan", "meaning"),
        ("We can accept this offer", "We can't accept this offer", "meaning"),
        ("We support the plan for the harbour", "We oppose the plan for the harbour", "meaning"),
        ("The harbour reopens on Friday for ships", "Our team won the cup final", "meaning"),
        # A clause one outlet left out is trimming even when it holds a "not".
        (
            "The count is slow not only because of the rain but also because of the roads",
            "The count is slow because of the roads",
            "wording",
        ),
        # Two negated wordings of one statement are a translation.
        (
            "He is not a guilty man and we know it",
            "We know it: he is a man without guilt",
            "wording",
        ),
    ],
)
def test_classify_variants(a: str, b: str, kind: str) -> None:
    assert classify_variants(a, b) == kind


def test_word_diff_marks_only_real_changes() -> None:
    diff = word_diff("We will stabilise the U.S. economy", "We must stabilize the US economy")
    assert diff == [
        ("equal", "We"),
        ("delete", "will"),
        ("insert", "must"),
        ("equal", "stabilize the US economy"),
    ]


def test_only_meaning_changes_become_conflicts() -> None:
    wording = Quote(
        "Ada Okafor",
        (
            QuoteVariant("Nobody was hurt in the fire", ("a",)),
            QuoteVariant("No one was hurt in the fire", ("b",)),
        ),
    )
    meaning = Quote(
        "Ada Okafor",
        (
            QuoteVariant("Nine people were hurt in the fire", ("a",), evidence="She said so."),
            QuoteVariant("Two people were hurt in the fire", ("b", "c")),
        ),
    )
    conflicts = quote_conflicts([wording, meaning])
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict.kind == "quote"
    assert conflict.subject == "Ada Okafor: “Nine people were hurt in the fire”"
    assert [(p.value, p.sources) for p in conflict.positions] == [
        ("Nine people were hurt in the fire", ("a",)),
        ("Two people were hurt in the fire", ("b", "c")),
    ]
    assert conflict.positions[0].evidence == "She said so."


def test_conflicting_quotes_found_end_to_end() -> None:
    quotes = _quotes(
        "“Twelve boats were lost in the storm last night,” Ada Okafor said.",
        "“Two boats were lost in the storm last night,” Ada Okafor said.",
    )
    assert len(quotes) == 1
    assert quotes[0].variants[1].difference == "meaning"
    assert len(quote_conflicts(quotes)) == 1


# --- the example cluster --------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_quotes() -> tuple[Quote, ...]:
    articles = [
        clean_article(Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem))
        for p in sorted(EXAMPLE.glob("*.txt"))
    ]
    return find_quotes(split_sentences(articles), articles)


def _carrying(quotes: tuple[Quote, ...], words: str) -> Quote:
    found = [q for q in quotes if any(words in v.text for v in q.variants)]
    assert len(found) == 1, found
    return found[0]


def _outlets(quote: Quote) -> set[str]:
    return {s[:3] for v in quote.variants for s in v.sources}


def test_example_xi_progress_quote_is_one_quote_from_three_outlets(
    example_quotes: tuple[Quote, ...],
) -> None:
    quote = _carrying(example_quotes, "reached agreement on some specific issues")
    assert quote.speaker == "Xi Jinping"
    assert _outlets(quote) == {"000", "001", "004"}
    assert len(quote.variants) == 3
    assert all(v.difference != "meaning" for v in quote.variants)


def test_example_xi_hope_quote_groups_translations_and_the_partial(
    example_quotes: tuple[Quote, ...],
) -> None:
    quote = _carrying(example_quotes, "positive contributions to stabilising")
    assert quote.speaker == "Xi Jinping"
    assert _outlets(quote) == {"000", "001", "003", "004"}
    # Two outlets carry the same words (spelling aside): one variant with both.
    assert any(len(v.sources) == 2 for v in quote.variants)


def test_example_has_no_quote_conflicts(example_quotes: tuple[Quote, ...]) -> None:
    assert quote_conflicts(example_quotes) == ()


# --- robustness -----------------------------------------------------------------------------

_MARK_PIECES = ["“", "”", '"', "«", "»", "‘", "’", "\n", "?", ", "]
_WORD_PIECES = [" said Ada Okafor. ", "Okafor said, ", "the quay ", "9 boats ", "he added. "]
_PIECES = [*_MARK_PIECES, *_WORD_PIECES, "It is not over. ", "Mr Lin "]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60), st.lists(st.sampled_from(_PIECES), max_size=30)
)
def test_any_mix_of_marks_and_words_is_handled(first: list[str], second: list[str]) -> None:
    texts = ["".join(first) or "Empty.", "".join(second) or "Empty."]
    articles = [Article(id=f"a{i}", text=t, source=f"S{i}") for i, t in enumerate(texts)]
    sentences = split_sentences(articles)
    quotes = find_quotes(sentences, articles)
    for quote in quotes:
        for variant in quote.variants:
            assert variant.text.strip()
            assert set(variant.sources) <= {"a0", "a1"}
    for text in texts:
        assert all(0 <= a <= b <= len(text) for a, b in quote_spans(text))
    quote_conflicts(quotes)


def test_each_later_variant_carries_its_word_diff_from_the_first() -> None:
    (quote,) = _quotes(
        "“We will rebuild the harbour wall before the winter storms,” the mayor said.",
        "“We will repair the harbour wall before the winter storms,” the mayor said.",
    )
    first, second = quote.variants
    assert first.diff == ()
    assert ("delete", "rebuild") in second.diff and ("insert", "repair") in second.diff


def test_a_partial_quote_of_a_long_statement_is_given_as_written() -> None:
    long = "we will rebuild the harbour wall before the winter storms and reopen the ferry"
    assert shown_diff(long, "reopen the ferry") == ()
    assert shown_diff(long, long) == ()


def test_a_short_quote_with_a_negation_dropped_is_one_quotation_that_conflicts() -> None:
    quotes = _quotes(
        "“It could not have been stopped,” said Ilka Moorfield, the water board chair.",
        "“It could have been stopped, and we will answer for that,” Ilka Moorfield said.",
    )
    (quote,) = quotes
    assert [v.difference for v in quote.variants] == ["same", "meaning"]
    assert len(quote_conflicts(quotes)) == 1


def test_a_short_quote_said_twice_the_same_way_is_no_conflict() -> None:
    quotes = _quotes(
        "“It could not have been stopped,” said Ilka Moorfield, the water board chair.",
        "“It could not have been stopped, and nobody saw it coming,” Ilka Moorfield said.",
    )
    assert quote_conflicts(quotes) == ()


def test_no_reason_to_do_a_thing_flips_doing_it() -> None:
    assert (
        classify_variants(
            "We are closing the east wing until the checks are done",
            "We see no reason to close the east wing",
        )
        == "meaning"
    )


def test_below_a_level_and_at_it_differ_in_meaning() -> None:
    assert (
        classify_variants(
            "Our stocks were below the usual level that week",
            "Our stocks were at the usual level that week",
        )
        == "meaning"
    )


def test_enough_and_not_enough_of_one_thing_are_two_meanings() -> None:
    assert (
        classify_variants(
            "the crew were insufficiently equipped for the climb",
            "Mr Dane was well equipped at the time",
        )
        == "meaning"
    )
    assert classify_variants("He was badly hurt and cold", "He was hurt and cold") != "meaning"
    # a contraction typed without its apostrophe is the same words
    assert (
        classify_variants("I cant speak for the first death", "I can't speak for the first death")
        == "same"
    )


def test_a_reports_generic_speakers_are_read_once_each_and_answer_as_generic_does() -> None:
    is_generic = GenericSpeakers()
    asked = ["a Pellish official", "Ondra Vastel", "a Pellish official", "the ministry"]
    assert (
        [is_generic(s) for s in asked]
        == [generic(s) for s in asked]
        == [
            True,
            False,
            True,
            True,
        ]
    )
    assert is_generic.known == {
        "a Pellish official": True,
        "Ondra Vastel": False,
        "the ministry": True,
    }
