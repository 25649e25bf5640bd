"""Page junk and page facts of the shapes fresh35 found left or misread, written here on invented
charities, shows, sites and releases: a charity's registration number at the foot, a show's
production credit and its section headings, a site's menu read for the outlet, a release's
issuer named on its header, and a live page's entry times taken for its publication time. Story
sentences of the same words stay, and the outlet a page names the usual way is still read."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.published import find_published
from bylines.types import Article
from harbour_page import HEADLINE, LAST, LEAD, MIDDLE, cleaned

CHARITY_NOTES = [
    "Orrin Inshore Rescue is a registered charity, no. 1187240.",
    "Orrin Inshore Rescue is a registered charity, no. 1187240. Donate at orrinrescue.example.",
    "The Wendle Otter Trust is a registered charity (number 1034567).",
    "Registered charity number 1099412 (England and Wales) and SC043210 (Scotland)",
    "Registered charity in England and Wales no. 250123.",
    "Charity registration number: 1122334",
    "Charity no. 1099412",
    "Harbour Lifeboat Fund — registered charity 1034567",
    "Wold Hospice is a registered charity, No. SC012345. Registered office: 4 Quay Street, Orrin.",
    "Gull Point Trust is a registered charity, no. 1122334. A company limited by guarantee.",
    "Registered charity nos. 1099412 and SC043210",
]

CHARITY_STORY = [
    "The charity, registered in 1998, said demand for its boats had doubled this year.",
    "Orrin Inshore Rescue is a registered charity that runs 12 boats along the coast.",
    "The charity number 1187240 was struck off the register in March, the commission said.",
    "The charity had 15000 volunteers on its books, its chair said.",
]


# A charity's number, then a sentence of its story: the line is the story's, kept whole (a miss
# of junk is better than a lost claim), wherever it stands.
CHARITY_NOTE_THEN_STORY = [
    "Orrin Inshore Rescue is a registered charity, no. 1187240. Its crews launched 212 times.",
    "Gull Point Food Store is a registered charity, no. 1123456. It fed 900 families, up from 650.",
    "Wold Hospice is a registered charity, No. SC012345. Our nurses are paid for by donations.",
    'Orrin Inshore Rescue is a registered charity, no. 1187240. "We need you," its chair said.',
]

# Counts of charities, not a registration: "number" a verb, a fact box's label.
CHARITY_COUNTS = [
    "Registered charities in Wendle number 18000.",
    "Charities: 18000",
    "Charities in the county: 25000",
    "Registered charities number 4200 in the valley, the regulator said.",
]


@pytest.mark.parametrize("line", CHARITY_NOTE_THEN_STORY)
def test_a_charity_s_number_with_a_story_sentence_after_it_stays(line: str) -> None:
    assert line in cleaned(LEAD, MIDDLE, LAST, line).text.split("\n")


@pytest.mark.parametrize("line", CHARITY_COUNTS)
def test_a_count_of_charities_stays(line: str) -> None:
    # in the story (at the foot another rule, as on main, takes the first one as a tag line)
    assert line in cleaned(LEAD, line, MIDDLE, LAST).text.split("\n")


@pytest.mark.parametrize("note", CHARITY_NOTES)
def test_a_charity_s_registration_at_the_foot_is_removed(note: str) -> None:
    page = cleaned(LEAD, MIDDLE, LAST, note)
    assert page.text.split("\n") == [LEAD, MIDDLE, LAST]
    assert note in page.removed


@pytest.mark.parametrize("sentence", CHARITY_STORY)
def test_a_story_sentence_about_a_charity_stays(sentence: str) -> None:
    assert sentence in cleaned(LEAD, sentence, MIDDLE, LAST).text.split("\n")
    assert sentence in cleaned(LEAD, MIDDLE, LAST, sentence).text.split("\n")


PRODUCTION_CREDITS = [
    'Harbour Hour is made by Gullwing Audio. Music: "High Water" by the Orrin Town Band.',
    "The Orrin Podcast is produced by Carrow Sound for Wold Radio. Theme music by Ana Lind.",
    "Tides & Tales is presented and produced by Nell Orme. Editing: Ivo Rask. Artwork: Mira Holt.",
]

PRODUCTION_STORY = [
    "Orrin's crab paste is made by Gullwing Foods. Music teacher Ann Lowe said it sold out.",
    "The film is produced by Wendle Pictures.",
    "The new lifeboat was made by Carrow Marine. It cost £2.1m.",
    "Music teacher Ann Lowe said the band would play at the reopening.",
]


SHOW_LEAD = "In this week's episode, harbour master Nell Orme tells how the quay wall gave way."

# After who made it, a credit that names more than a name: a story's or a review's sentence.
CREDIT_THEN_STORY = [
    "Harbour Hour is made by Gullwing Audio. Recorded by the Orrin Band in 1999, it sold 4000.",
    "Harbour Hour is made by Gullwing Audio. Music by Ana Lind, who lives in Orrin, closes it.",
    "Gull Point Ale is made by Carrow Brewery. Recorded by the brewery, sales rose 20 percent.",
    "Harbour Hour is made by Gullwing Audio. Theme: loss and the sea.",
]


@pytest.mark.parametrize("credit", PRODUCTION_CREDITS)
def test_a_show_s_production_credit_is_removed(credit: str) -> None:
    page = cleaned(SHOW_LEAD, LEAD, MIDDLE, LAST, credit)
    assert page.text.split("\n") == [SHOW_LEAD, LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "credit",
    [
        'Harbour Lights is made by Gullwing Pictures. Music: "High Water" by the Orrin Town Band.',
        "Tides & Tales is presented and produced by Nell Orme. Editing: Ivo Rask.",
    ],
)
def test_a_production_credit_on_a_page_that_is_no_show_s_stays(credit: str) -> None:
    # a film's or a record's makers in a news story or a review
    assert credit in cleaned(LEAD, MIDDLE, LAST, credit).text.split("\n")


@pytest.mark.parametrize("line", CREDIT_THEN_STORY)
def test_a_credit_with_a_clause_or_a_figure_after_the_name_stays(line: str) -> None:
    assert line in cleaned(SHOW_LEAD, LEAD, line, MIDDLE, LAST).text.split("\n")
    assert line in cleaned(SHOW_LEAD, LEAD, MIDDLE, LAST, line).text.split("\n")


@pytest.mark.parametrize("heading", ["Show notes", "Episode notes", "In this episode"])
def test_a_show_page_s_section_heading_is_removed(heading: str) -> None:
    page = cleaned(heading, LEAD, MIDDLE, LAST)
    assert page.text.split("\n") == [LEAD, MIDDLE, LAST]


def test_a_sentence_opening_on_a_heading_s_words_stays() -> None:
    line = "Show notes from the council meeting were handed to the harbour board."
    assert line in cleaned(LEAD, line, MIDDLE, LAST).text.split("\n")


MENUS = [
    "Home | Our story | Buy shares | FAQ | Contact us",
    "Home · About us · FAQs · Donate",
    "Our work | Get involved | FAQ | Shop",
    "Home › Events › Contact",
]


def _page(*lines: str) -> Article:
    text = "\n".join([HEADLINE, *lines])
    return clean_article(Article(id="000_c4f1a9", text=text, source="000_c4f1a9"))


@pytest.mark.parametrize("menu", MENUS)
def test_a_menu_item_is_never_the_outlet(menu: str) -> None:
    page = _page(menu, LEAD, MIDDLE, LAST)
    assert page.source == "000_c4f1a9"
    assert page.text.split("\n") == [LEAD, MIDDLE, LAST]


def test_a_masthead_before_its_menu_is_still_the_outlet() -> None:
    assert _page("Orrin Gazette | Home | FAQ | Contact us", LEAD, MIDDLE, LAST).source == (
        "Orrin Gazette"
    )
    assert _page("ORRIN GAZETTE · News · Sport", LEAD, MIDDLE, LAST).source == "Orrin Gazette"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Menu | Orrin Gazette | Search", "Orrin Gazette"),
        ("Menu · Orrin Gazette", "Orrin Gazette"),
        ("Subscribe · Wendle Post · 12 March 2031", "Wendle Post"),
        ("Sign in · The Wendle Post · Local news", "The Wendle Post"),
    ],
)
def test_a_masthead_after_a_menu_item_is_still_the_outlet(line: str, outlet: str) -> None:
    assert _page(line, LEAD, MIDDLE, LAST).source == outlet


def test_a_story_sentence_that_starts_with_a_menu_word_stays() -> None:
    line = "FAQ sheets on the wall repairs will be posted at the harbour office, the board said."
    page = _page("Orrin Gazette | Home | Contact us", LEAD, line, MIDDLE, LAST)
    assert line in page.text.split("\n")
    assert page.source == "Orrin Gazette"


RELEASE_LEAD = (
    "Orrin Inshore Rescue Team is pleased to report that two fishermen were brought ashore safely."
)


@pytest.mark.parametrize(
    "header",
    [
        "ORRIN INSHORE RESCUE TEAM — PRESS RELEASE — FOR IMMEDIATE RELEASE — Ref OIRT/12/40",
        "ORRIN INSHORE RESCUE TEAM | MEDIA RELEASE",
        "PRESS RELEASE · ORRIN INSHORE RESCUE TEAM · 4 May",
    ],
)
def test_a_release_s_issuer_on_its_header_is_the_outlet(header: str) -> None:
    page = _page(header, RELEASE_LEAD, MIDDLE, LAST)
    assert page.source == "Orrin Inshore Rescue Team"


@pytest.mark.parametrize(
    ("header", "lead", "outlet"),
    [
        (
            "MEDIA STATEMENT · Wendle County Council",
            "Wendle County Council has confirmed the quay will reopen.",
            "Wendle County Council",
        ),
        (
            "WENDLE HARBOUR TRUST ⌸ NEWSROOM ⌸ PRESS RELEASE",
            "1. Wendle Harbour Trust is sorry to learn that the ferry has stopped.",
            "Wendle Harbour Trust",
        ),
        (
            "GULL POINT POLICE — PRESS RELEASE",
            "Gull Point Police said a man, 34, was arrested.",
            "Gull Point Police",
        ),
    ],
)
def test_a_body_that_speaks_in_its_own_release_is_its_outlet(
    header: str, lead: str, outlet: str
) -> None:
    assert _page(header, lead, MIDDLE, LAST).source == outlet


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        # a place the story names, but as a place: "Port Orrin harbour", no one who acts
        ("PORT ORRIN — PRESS RELEASE", "Port Orrin harbour reopened on Tuesday, the board said."),
        # a place, a bridge, a person, an event: the release's subject, whatever its verb
        ("PORT ORRIN — PRESS RELEASE", "Port Orrin is open again, the harbour board said."),
        ("PORT ORRIN — PRESS RELEASE", "Port Orrin's harbour reopened, the board said."),
        ("GULL POINT — STATEMENT", "Gull Point was closed on Tuesday, the board said."),
        (
            "WENDLE BRIDGE — PRESS RELEASE",
            "Wendle Bridge will close for 12 weeks, the council said.",
        ),
        ("NELL ORME — STATEMENT", "Nell Orme was a much-loved teacher, her family said."),
        ("GULL POINT REGATTA — PRESS RELEASE", "Gull Point Regatta has been called off."),
        # a body's name, but named for what it did, not as who speaks
        ("ORRIN HARBOUR BOARD — STATEMENT", "Orrin Harbour Board's crane fell into the dock."),
        # the story does not name the header's words as a name
        ("ORRIN INSHORE RESCUE TEAM — PRESS RELEASE", LEAD),
        # no document kind: a newspaper's capitals are read as before, a team is no outlet
        ("ORRIN INSHORE RESCUE TEAM", RELEASE_LEAD),
    ],
)
def test_a_header_that_does_not_name_a_release_s_issuer_gives_none(header: str, lead: str) -> None:
    assert _page(header, lead, MIDDLE, LAST).source == "000_c4f1a9"


def test_a_newspaper_in_capitals_beside_a_statement_is_still_its_outlet() -> None:
    lead = "The Orrin Evening Post has learned that the quay wall will be rebuilt by June."
    assert _page("ORRIN EVENING POST · STATEMENT", lead, MIDDLE, LAST).source == (
        "Orrin Evening Post"
    )


ENTRY_HEADS = ["15:22 BST", "15:48 BST", "16:30 BST", "17:15 BST"]


def test_a_live_page_s_entry_times_with_no_day_give_no_publication_time() -> None:
    assert find_published(None, ENTRY_HEADS) is None
    assert find_published(None, ["09:05", "09:40", "10:15"]) is None


def test_entry_times_on_a_page_that_gives_its_day_are_of_that_day() -> None:
    dated = find_published(None, ["Saturday 22 August 2043", *ENTRY_HEADS])
    assert dated == "2043-08-22T15:22:00+01:00"


@pytest.mark.parametrize("day", ["Saturday 22 August", "22 August", "August 22"])
def test_entry_times_under_a_day_with_no_year_are_of_that_day(day: str) -> None:
    # the year comes later from the other reports; the entries' times stay the page's
    assert find_published(None, [day, *ENTRY_HEADS]) == "15:22:00+01:00"


def test_a_page_s_own_stamp_is_still_read_beside_fewer_entry_times() -> None:
    # one or two clock times alone are a page's stamps (a masthead's, a byline's), not entries
    assert find_published(None, ["15:22 BST"]) == "15:22:00+01:00"
    assert find_published(None, ["Updated 18:28 BST", "15:22 BST", "15:48 BST"]) == (
        "18:28:00+01:00"
    )
