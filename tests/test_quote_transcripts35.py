"""A broadcast transcript's line ("NILS ABERDON: ...", "[00:18] NILS ABERDON: ...") is its speaker's
quotation when the label names one of the cluster's people in capitals (initials name
nobody); a short quote with one word turned to its opposite ("I believe" /
"I doubt") is one statement flipped; a body named after what it is ("director of the display
company, Brightspur Pyrotechnics") speaks with its director's voice.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

from bylines.report.variants import quote_conflicts
from bylines.types import Quote
from quote_groups import quotes_of

_QUOTED = (
    'The pier at Kelby was shut on Monday. "The pier is safe to reopen once the storm has'
    ' passed," said harbour master Nils Aberdon.'
)


def _conflicts(*texts: str) -> list[set[str]]:
    quotes = quotes_of(*texts)
    return [{s for p in c.positions for s in p.sources} for c in quote_conflicts(quotes)]


def _quote_with(words: str, quotes: tuple[Quote, ...]) -> Quote:
    (quote,) = [q for q in quotes if any(words in v.text for v in q.variants)]
    return quote


def test_a_transcript_line_labelled_with_a_name_is_that_persons_quote() -> None:
    transcript = (
        "Kelby Sound news.\n[00:12] REPORTER: Nils Aberdon runs the harbour, and he was blunt."
        "\n[00:18] NILS ABERDON: The pier is not safe to reopen once the storm has passed."
    )
    quotes = quotes_of(_QUOTED, transcript)
    quote = _quote_with("not safe", quotes)
    assert quote.speaker == "Nils Aberdon"
    assert {s for v in quote.variants for s in v.sources} == {"a0", "a1"}
    assert _conflicts(_QUOTED, transcript) == [{"a0", "a1"}]


def test_a_transcript_line_labelled_with_initials_is_nobodys_quote() -> None:
    # initials name a post, a note or a score as often as a person ("PM", "NB", "FT")
    transcript = (
        "Kelby Sound news.\nJD: Nils Aberdon is on the line from the harbour.\n"
        "NA: The pier is not safe to reopen once the storm has passed."
    )
    assert _conflicts(_QUOTED, transcript) == []


def test_a_label_that_names_nobody_is_no_speaker() -> None:
    for label in ("HOST", "REPORTER", "CUE", "KB"):
        transcript = (
            "Kelby Sound news.\nJD: Nils Aberdon is on the line from the harbour.\n"
            f"{label}: The pier is not safe to reopen once the storm has passed."
        )
        quotes = quotes_of(_QUOTED, transcript)
        assert {s for q in quotes for v in q.variants for s in v.sources} == {"a0"}


def test_initials_two_people_of_the_article_share_name_nobody() -> None:
    transcript = (
        "Kelby Sound news.\nNils Aberdon and Nora Ash were at the harbour.\n"
        "NA: The pier is not safe to reopen once the storm has passed."
    )
    quotes = quotes_of(_QUOTED, transcript)
    assert {s for q in quotes for v in q.variants for s in v.sources} == {"a0"}


_BELIEVE = 'Riders had punctures. "I believe this was planned," said organiser Wenna Tolley.'


def test_a_short_quote_with_its_stance_turned_is_one_quote_in_conflict() -> None:
    doubt = "Hesselmoor Radio.\nAUDIO — WENNA TOLLEY, ORGANISER: I doubt this was planned."
    assert _conflicts(_BELIEVE, doubt) == [{"a0", "a1"}]


def test_another_persons_doubt_or_another_word_is_no_flip() -> None:
    other = 'Riders had punctures. "I doubt this was planned," said rider Rory Penhale.'
    assert _conflicts(_BELIEVE, other) == []
    changed = 'Riders had punctures. "I believe this was reckless," said organiser Wenna Tolley.'
    assert _conflicts(_BELIEVE, changed) == []


def test_a_body_named_after_what_it_is_speaks_with_its_directors_voice() -> None:
    direct = (
        'The display went wrong. "The rack was secured exactly as it should have been," said'
        " Callum Verey, director of the display company, Brightspur Pyrotechnics."
    )
    reported = (
        "The display went wrong. The display company, Brightspur Pyrotechnics, says its rack"
        " had not been secured exactly as it should have been."
    )
    assert _conflicts(direct, reported) == [{"a0", "a1"}]
