"""A letter's frame (its salutation and sign-off on lines of their own) and a text service's page
header taken out of the story, and the story lines of the same look that stay: a sentence that
opens "Dear readers", a letter quoted inside a sentence, a page number or a route in a sentence.
Every text here is invented (places, people, outlets)."""

from __future__ import annotations

import pytest

from cleaned import clean, kept_lines

HEADLINE = "Heating fails at Orrin Vale hospital"
LEAD = "The heating at Orrin Vale hospital failed at 05:10 on Tuesday, the trust said."
MIDDLE = "Sixty-one operations were cancelled and two wards were moved."
LAST = "Engineers from the trust expect the new pump to arrive on Friday."


def _page(*lines: str) -> str:
    return "\n".join((HEADLINE, *lines))


@pytest.mark.parametrize(
    "salutation", ["Dear colleagues,", "Dear members:", "Dear friends and neighbours,", "Hi all,"]
)
def test_a_salutation_on_its_own_line_is_taken_out(salutation: str) -> None:
    article = clean(_page(salutation, LEAD, MIDDLE, LAST))
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert salutation in article.removed


@pytest.mark.parametrize(
    "sign_off",
    [
        "In solidarity,",
        "Yours in unity,",
        "Best wishes,",
        "Kind regards, Mira Holt",
        "With love, Anya",
        "Yours faithfully",
        "Many thanks,",
    ],
)
def test_a_sign_off_on_its_own_line_is_taken_out(sign_off: str) -> None:
    assert kept_lines(_page(LEAD, MIDDLE, LAST, sign_off)) == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Dear readers were told on Monday that the ward would stay open.",
        'Her note began "Dear colleagues," and asked staff to keep the doors shut.',
        "In solidarity with the nurses, 40 porters stopped work for an hour.",
        "Best wishes to every member of staff were sent by the mayor.",
        "Best, the nurses said, was to keep the children at home.",
        '"Dear colleagues, the heating is off," the note read.',
    ],
)
def test_a_story_sentence_that_opens_like_a_letter_stays(line: str) -> None:
    assert kept_lines(_page(LEAD, line, MIDDLE, LAST)) == [LEAD, line, MIDDLE, LAST]


@pytest.mark.parametrize(
    "header",
    [
        "ORRIN TEXT  P302  14 May  13:00  1/2",
        "P 302  NEWS  12 Mar",
        "VALE TEXT P 415 2/3",
        "P540 ORRIN TEXT 09:45",
    ],
)
def test_a_text_page_header_is_taken_out_between_the_story_lines(header: str) -> None:
    assert kept_lines(_page(header, LEAD, MIDDLE, header, LAST)) == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "The P302 bus from Orrin Vale was cut on 14 May.",
        "Patients were sent form P302 to fill in by 12:00 on Friday.",
        "The P302 route now runs 3/4 of its old timetable, the operator says.",
    ],
)
def test_a_page_number_in_a_sentence_stays(line: str) -> None:
    assert kept_lines(_page(LEAD, line, MIDDLE, LAST)) == [LEAD, line, MIDDLE, LAST]


# The review of small34 found these between story lines, each pointed back to by the next line:
# a reply, a banner, the opening of a letter the story quotes.
@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Thanks, Mayor.", "That was all Mayor Ines Vold said when the count was handed to her."),
        ("Hello Orrin!", "That was the banner the porters hung over the hospital gate."),
        ("Dear Ines Vold:", "So began the open letter the ward staff sent the mayor."),
        ("In solidarity,", "The porters signed their note to the board that way on Monday."),
    ],
)
def test_letter_words_between_story_lines_stay(line: str, after: str) -> None:
    page = _page(LEAD, MIDDLE, line, after, LAST)
    assert kept_lines(page) == [LEAD, MIDDLE, line, after, LAST]


@pytest.mark.parametrize("salutation", ["Dear colleagues,", "Hi all,"])
def test_a_salutation_under_a_story_sentence_stays(salutation: str) -> None:
    assert kept_lines(_page(LEAD, salutation, MIDDLE, LAST)) == [LEAD, salutation, MIDDLE, LAST]


@pytest.mark.parametrize("line", ["Dear oh dear!", "Hello Orrin!"])
def test_a_cry_at_the_top_is_no_salutation(line: str) -> None:
    assert kept_lines(_page(line, LEAD, MIDDLE, LAST)) == [line, LEAD, MIDDLE, LAST]


# ("Yours, Mira." as the last line went before this reading too, by another rule.)
@pytest.mark.parametrize("sign_off", ["Cheers, Tom.", "Love, Mum.", "Take care, Orrin."])
def test_a_loose_sign_off_without_a_salutation_stays(sign_off: str) -> None:
    assert kept_lines(_page(LEAD, MIDDLE, LAST, sign_off)) == [LEAD, MIDDLE, LAST, sign_off]


@pytest.mark.parametrize("sign_off", ["Cheers, Mira Holt", "Thanks,", "Best,"])
def test_a_loose_sign_off_closes_a_letter_that_opens_with_a_salutation(sign_off: str) -> None:
    article = clean(_page("Dear members,", LEAD, MIDDLE, LAST, sign_off))
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert sign_off in article.removed


def test_the_signers_name_under_a_sign_off_does_not_keep_it() -> None:
    article = clean(_page(LEAD, MIDDLE, LAST, "In solidarity,", "Mira Holt"))
    assert article.text.splitlines()[:3] == [LEAD, MIDDLE, LAST]
    assert "In solidarity," in article.removed


@pytest.mark.parametrize("line", ["M5 CLOSED 14 MAY P202 DIVERSION", "A1 P450 CLOSED 12:30"])
def test_a_travel_line_in_capitals_is_no_text_page_header(line: str) -> None:
    assert kept_lines(_page(LEAD, MIDDLE, line, LAST)) == [LEAD, MIDDLE, line, LAST]
