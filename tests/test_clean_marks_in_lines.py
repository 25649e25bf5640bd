"""Marks a page sets in its story lines that are no part of the story: a footnote's number
after a word ("[1]", on a page that lists its notes) and the ">>" with which live subtitles open
each speaker's line. The sentence stays, without the mark; a figure in square brackets that
belongs to the story (a seed, an agenda item, a page with no notes) is left as it is."""

from __future__ import annotations

import pytest

from cleaned import kept_lines

HEADLINE = "Varrow clinic letters never sent"
LEAD = "About 3,200 patients in Varrow never got their clinic letters, the health board said."
LAST = "The board says every patient will be seen within ten weeks."
NOTES = "Sources: [1] Varrow Health Board statement · [2] Varrow Courier"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        (
            "The fault went unnoticed for two years [1].",
            "The fault went unnoticed for two years.",
        ),
        (
            'The chief executive said she was "deeply sorry"[2], and would write to each patient.',
            'The chief executive said she was "deeply sorry", and would write to each patient.',
        ),
        (
            ">> Some patients may have come to harm because of this error.",
            "Some patients may have come to harm because of this error.",
        ),
    ],
)
def test_the_mark_goes_and_the_sentence_stays(written: str, kept: str) -> None:
    lines = kept_lines("\n\n".join([HEADLINE, LEAD, written, LAST, NOTES]))
    assert kept in lines
    assert written not in lines


@pytest.mark.parametrize(
    "sentence",
    [
        "The letters were printed on machine [3B] at the Dunmore depot.",
        "Patients on list [2024-7] were told first, the board said.",
        "The report lists three causes: [1] a lost file, [2] a wrong address and [3] a late fix.",
    ],
)
def test_brackets_that_are_the_story_s_stay(sentence: str) -> None:
    assert sentence in kept_lines("\n\n".join([HEADLINE, LEAD, sentence, LAST]))


@pytest.mark.parametrize(
    "sentence",
    [
        "In the semi-finals Quill beat Sofi Lark [4], and Brenn beat Eva Toll [2].",
        "The councillor's motion, item [7], passed without a vote.",
        "Crews launched lifeboats [1], [2] and [3].",
    ],
)
def test_numbers_in_brackets_stay_on_a_page_with_no_notes(sentence: str) -> None:
    assert sentence in kept_lines("\n\n".join([HEADLINE, LEAD, sentence, LAST]))


def test_an_enumeration_in_the_story_does_not_make_the_page_footnoted() -> None:
    draw = "The draw had set out [1] Oren against [8] Vell and [2] Brix against [7] Harte."
    seeded = "In the final Brix beat the top seed, Mila Oren [1]."
    lines = kept_lines("\n\n".join([HEADLINE, LEAD, draw, seeded, LAST]))
    assert seeded in lines


def test_notes_written_as_sentences_with_a_correction_after_them() -> None:
    marked = "The ward closed in May, the trust said[1]."
    notes = [
        "[1] The figure was given in the trust's board papers for June.",
        "[2] Interview with the ward manager, 4 June.",
        "This article was amended on 6 June to correct the ward's name.",
    ]
    lines = kept_lines("\n\n".join([HEADLINE, LEAD, marked, LAST, *notes]))
    assert "The ward closed in May, the trust said." in lines
    assert not any(note in lines for note in notes)
