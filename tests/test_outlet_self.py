"""An article that names itself gets that outlet: its self-description, a call to listen again,
figures released to it; a date after a byline is no outlet. Lines invented for these tests."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEAD = "Ferry strike strands Quellport islanders for a second day"
STORY = [
    "No ferries left Quellport harbour on Tuesday as the crews' strike went into a second day.",
    "About 2,000 islanders were unable to reach the mainland, the harbour board said.",
    "The union wants a 6 percent pay rise; the operator has offered 3 percent.",
    "Talks are due to resume on Thursday at the regional labour office.",
    "Shops on the island said fresh food was running short.",
]


def outlet(lines: list[str]) -> str:
    text = "\n".join([HEAD, *lines])
    return clean_article(Article(id="f-1", text=text, source="f-1")).source


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The Quellport Lantern is funded by its readers. Join from 2 crowns a month.",
            "Quellport Lantern",
        ),
        ("Isle Sound is an official media partner of the Quellport regatta.", "Isle Sound"),
        ("Listen again: Harbour Radio Morning News", "Harbour Radio"),
    ],
)
def test_the_page_naming_itself_names_the_outlet(line: str, expected: str) -> None:
    assert outlet([*STORY, line]) == expected


def test_figures_released_to_the_newsroom_name_it() -> None:
    released = "The cost, €40,000 a day, is in figures the operator released to the Quellport Star."
    assert outlet([*STORY[:3], released, *STORY[3:]]) == "Quellport Star"


def test_a_company_owned_by_another_needs_an_outlet_word() -> None:
    """ "Is funded by" a bank is what a company says too: no outlet word, no outlet."""
    line = "Harbour Ferries is funded by the Quellport Savings Bank."
    assert outlet([*STORY, line]) == "f-1"


def test_a_date_after_a_byline_is_no_outlet() -> None:
    byline = "By Mira Holt, Transport Editor | 12 March 2027"
    assert outlet([byline, *STORY]) != "12 March 2027"


def test_a_breadcrumb_masthead_names_the_outlet() -> None:
    assert outlet(["Quellport Courier › News › Islands", *STORY]) == "Quellport Courier"


def test_a_broadcasters_band_is_an_outlet_word() -> None:
    told = "The harbour master told Isle FM the strike could last a week."
    assert (
        outlet([*STORY[:2], told, *STORY[2:], "Text the Isle FM newsroom on 81 220"]) == "Isle FM"
    )


def test_the_page_telling_the_reader_what_they_read_names_it() -> None:
    line = "You're reading The Ferry Letter, a weekly note on island transport."
    assert outlet([line, *STORY]) == "The Ferry Letter"


def test_reading_a_version_of_a_story_names_no_outlet() -> None:
    line = "You are reading the English version of a story first told in Quellish."
    assert outlet([*STORY, line]) == "f-1"


def test_a_name_is_read_at_most_one_word_past_the_longest_outlet_name() -> None:
    # Unbounded, a search for "<Name> understands" retried the whole rest of a long run of
    # capitalised words or figures from each of its words: a line of 40,000 numbers spent half an
    # hour in one search. Seven words are enough to see that a run is too long for a name.
    from bylines.ingest.outlet import CALLED_NAME_RE, MAX_NAME_WORDS

    run = "Quellport Harbour Board North Gate Ferry Crews Union Strike Fund Office"
    name = CALLED_NAME_RE.match(run)
    assert name is not None
    assert name.group("name").split() == run.split()[: MAX_NAME_WORDS + 1]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Talks failed again, the Quellport Courier understands.", "Quellport Courier"),
        # a run of eight capitalised words is no outlet's name, nor are its last six
        ("Talks failed, Old North Gate Quay Ferry Crews Union Courier understands.", "f-1"),
    ],
)
def test_the_outlet_speaking_of_itself_is_a_name_of_at_most_six_words(
    line: str, expected: str
) -> None:
    assert outlet([*STORY, line]) == expected
