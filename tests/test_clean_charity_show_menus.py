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
    "Orrin Inshore Rescue is a registered charity, no. 1187240. All crew are unpaid volunteers.",
    "The Wendle Otter Trust is a registered charity (number 1034567).",
    "Registered charity number 1099412 (England and Wales) and SC043210 (Scotland)",
    "Registered charity in England and Wales no. 250123.",
    "Charity registration number: 1122334",
    "Charity no. 1099412",
    "Harbour Lifeboat Fund — registered charity 1034567",
    "Wold Hospice is a registered charity, No. SC012345. Our nurses are paid for by donations.",
]

CHARITY_STORY = [
    "The charity, registered in 1998, said demand for its boats had doubled this year.",
    "Orrin Inshore Rescue is a registered charity that runs 12 boats along the coast.",
    "The charity number 1187240 was struck off the register in March, the commission said.",
    "The charity had 15000 volunteers on its books, its chair said.",
]


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


@pytest.mark.parametrize("credit", PRODUCTION_CREDITS)
def test_a_show_s_production_credit_is_removed(credit: str) -> None:
    page = cleaned(LEAD, MIDDLE, LAST, credit)
    assert page.text.split("\n") == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize("sentence", PRODUCTION_STORY)
def test_a_story_sentence_of_makers_and_music_stays(sentence: str) -> None:
    assert sentence in cleaned(LEAD, MIDDLE, LAST, sentence).text.split("\n")


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
    ("header", "lead"),
    [
        # a place the story names, but as a place: "Port Orrin harbour", no one who acts
        ("PORT ORRIN — PRESS RELEASE", "Port Orrin harbour reopened on Tuesday, the board said."),
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


def test_a_page_s_own_stamp_is_still_read_beside_fewer_entry_times() -> None:
    # one or two clock times alone are a page's stamps (a masthead's, a byline's), not entries
    assert find_published(None, ["15:22 BST"]) == "15:22:00+01:00"
    assert find_published(None, ["Updated 18:28 BST", "15:22 BST", "15:48 BST"]) == (
        "18:28:00+01:00"
    )
