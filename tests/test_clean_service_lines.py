"""Service lines a page puts between a story's paragraphs: a broadcaster's trailer for its next
programme, a traffic or travel ticker, the paper's corrections and letters desks, a downloadable
attachment. Every line here is invented for an invented outlet; the look-alikes are story
sentences that start or end with the same words and must stay."""

from __future__ import annotations

import pytest

from cleaned import kept_lines

HEADLINE = "Flood barrier fails at Ostwick"
LEAD = "The flood barrier at Ostwick failed on Sunday night, the river authority said."
MIDDLE = "About 90 homes on Mill Row were flooded before pumps arrived."
LAST = "Engineers from the Tarrow river board will inspect the gates on Tuesday."


SERVICE_LINES = [
    "Next on Radio Pellow: the farming hour at 06:30",
    "Coming up on Tarrow Sound: sport and the shipping forecast",
    "Up next: the lunchtime phone-in with Dena Mork",
    "Traffic now: B4410 southbound, slow past the Ostwick roundabout",
    "Travel update: trains between Ostwick and Hale replaced by buses",
    "Weather now: 11C, showers clearing from the west",
    "Corrections and clarifications: contact the readers' editor on ext. 2207",
    "Corrections: corrections@ostwickpost.example",
    "Letters to the editor: see page 31",
    "Letters: write to the Ostwick Post, 4 Quay Street",
    "Full flood report attached (PDF, 1.4 MB)",
    "River authority statement — download (DOCX, 56 KB)",
    "Map of the flooded streets [PDF 320KB]",
]


@pytest.mark.parametrize("line", SERVICE_LINES)
def test_a_service_line_between_paragraphs_is_removed(line: str) -> None:
    assert kept_lines(f"{HEADLINE}\n{LEAD}\n{line}\n{MIDDLE}\n{LAST}") == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("line", SERVICE_LINES)
def test_a_service_line_at_the_foot_of_the_page_is_removed(line: str) -> None:
    """At the foot, above the site's links, where no sentence of the story comes after it."""
    footer = "More from Ostwick Post: News | Sport | Jobs"
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{line}\n{footer}")
    assert lines == [LEAD, MIDDLE, LAST]


LOOK_ALIKES = [
    "Next on the list for repair is the Hale sluice, the board said.",
    "Traffic was diverted away from Mill Row for most of Monday.",
    "Travel between Ostwick and Hale will be disrupted until Friday, the operator warned.",
    "Weather forecasters had warned of a surge on Sunday.",
    "Corrections to the river gauges were made after the 2019 flood, the inquiry heard.",
    "Letters sent to residents in March warned that the barrier needed work.",
    "The board's report, a 140-page PDF, was published on Monday.",
    "Coming up with the money for repairs will take years, the mayor said.",
    # a label before a whole sentence, a file's size at a sentence's end, a day after "on"
    "Travel update: Trains to Hale are suspended until Thursday, the operator said.",
    "Weather update: The forecaster has extended its flood warning until Tuesday.",
    "Letters: residents sent more than 200 letters of objection to the barrier plan.",
    "The full 96-page report is on the river authority's website (PDF, 2.3MB).",
    "Coming up on Saturday: a public meeting at Ostwick town hall at 7pm.",
    "Next on Monday: the council meets to approve emergency funding of £2m.",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_story_sentence_that_starts_like_a_service_line_stays(sentence: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{sentence}\n{MIDDLE}\n{LAST}")
    assert lines == [LEAD, sentence, MIDDLE, LAST]
    last = kept_lines(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{sentence}")
    assert last == [LEAD, MIDDLE, LAST, sentence]
