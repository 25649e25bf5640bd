"""The outlet of pages in shapes the rules were not written on: a masthead under the headline
(with sections, a motto, a logo's letters, in capitals, a lower-case brand), a wire's dateline in
ordinary case, a desk's credit, the outlet naming itself in its story, an abbreviation the story
spells out; and what is no outlet (a staff byline's person, a weekday, a slug's tag, a desk)."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEADLINE = "Dam spillways opened as the Tolmar rises"
STORY = "The Tolmar dam spillways were opened on Wednesday as the river rose, officials said."
MORE = "About 1,200 residents of low-lying villages were moved to schools overnight."


def outlet(text: str) -> str:
    return clean_article(Article(id="000_b099b2140a", text=text, source="000_b099b2140a")).source


@pytest.mark.parametrize(
    ("masthead", "self_mention", "expected"),
    [
        ("Veralia Courier · Rivers · Tolmar", "", "Veralia Courier"),  # an outlet word
        ("TVR Tolmar Valley Radio · Morning news · 07:00", "", "Tolmar Valley Radio"),  # logo
        (
            "THE VERALIA STANDARD · REGIONAL",
            "the Veralia Standard has learned",
            "The Veralia Standard",
        ),
        ("Tolmar Today – news from the valley", "Tolmar Today has learned", "Tolmar Today"),
        ("TolmarLive · Money · Homes", "TolmarLive has been told", "TolmarLive"),
        ("tolmar24 · News · Weather", "neighbours told tolmar24", "tolmar24"),
        ("tolmar.news · Valley life", "officials told tolmar.news", "tolmar.news"),
        ("Veralia Courier, 14 May 2025 at 09:30", "", "Veralia Courier"),
        ("Veralia Courier  ☰ News  Sport  Jobs", "", "Veralia Courier"),  # a menu's icon
        ("tolmar.now  ⌂ Home › Valley", "", "tolmar.now"),  # a site's address, never repeated
        # what follows a name on a masthead: a frequency, a programme's hour, the desk, a date
        ("TOLMAR FM 96.4 | News on the hour", "", "Tolmar FM"),
        ("KTV NEWS AT SIX — web version of a television report", "", "KTV News"),
        ("VERALIA FM NEWSROOM ▸ heard on the 8 o'clock bulletin ▸ Wed 14 May", "", "Veralia FM"),
        # an edition's name led by the letters the story spells out
        (
            "TRJ PRO | Industry news | 14.05.2025 16:50",
            "the Tolmar River Journal understands",
            "Tolmar River Journal",
        ),
    ],
)
def test_masthead_under_the_headline_names_the_outlet(
    masthead: str, self_mention: str, expected: str
) -> None:
    mention = f"The river peaked at noon, {self_mention}." if self_mention else ""
    text = "\n".join(line for line in (HEADLINE, masthead, STORY, mention, MORE) if line)
    assert outlet(text) == expected


@pytest.mark.parametrize(
    "masthead",
    [
        "Tolmar · Rivers",  # one plain word: a place or a section as often as a name
        "Wednesday, 14 May 2025 - 16:40",  # a weekday
        "Tolmar Valley · Live",  # two words, not named again in the story
        "Tolmar — from our river correspondent",  # a credit
        "Veralia Science Desk · Updated 16:00",  # a desk is no outlet
        "LIVE · Updated 10:30",
    ],
)
def test_a_line_under_the_headline_that_names_no_outlet(masthead: str) -> None:
    text = (
        f"{HEADLINE}\n{masthead}\n{STORY}\nIn Tolmar on Wednesday, the water kept rising.\n{MORE}"
    )
    assert outlet(text) == "000_b099b2140a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline in ordinary case, under a slug whose tag is not an outlet
        (f"BC-TOLMAR-DAM (URGENT)\nTolmar, Veralia (Coast Wire) - {STORY}\n{MORE}", "Coast Wire"),
        (f"BC-TOLMAR-DAM (URGENT)\n{STORY}\n{MORE}", "000_b099b2140a"),
        # the copyright's year is no part of the name
        (
            f"TNS - 14.05.2025 - 16:22 - RIVERS\n{STORY}\n{MORE}\n(c) TNS 2025 All rights reserved",
            "TNS",
        ),
        # the outlet's own desk
        (f"{STORY}\n{MORE}\nPosted by the Veralia Radio newsdesk", "Veralia Radio"),
        (f"Tolmar — from the Herald's river correspondent\n{STORY}\n{MORE}", "Herald"),
        (
            f"Tolmar — from the Herald's river correspondent\n{STORY}\n"
            f"The Veralia Herald first reported the cracks in May.\n{MORE}",
            "Veralia Herald",
        ),
        # an abbreviation the story spells out
        (
            f"TOLMAR (VPA) -- {STORY}\nThe mayor told the Veralia Press Association the dam held."
            f"\n{MORE}",
            "Veralia Press Association",
        ),
        # the outlet naming itself in the story
        (
            f"{STORY}\nSix villages were cut off, the Veralia Herald has been told.\n{MORE}",
            "Veralia Herald",
        ),
        (
            f"{STORY}\nVeralia Radio's reporter at the dam, Ana Pires, saw the gates open.",
            "Veralia Radio",
        ),
        (
            f"{STORY}\nThe cause is not known, Tolmar Press Agency was told.\n{MORE}",
            "Tolmar Press Agency",
        ),
    ],
)
def test_outlet_from_the_page_in_other_shapes(text: str, expected: str) -> None:
    assert outlet(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\nBy our river reporter, Ana Pires\n{STORY}\n{MORE}",  # a person
        f"{HEADLINE}\nBy Ana Pires, River Reporter\n{STORY}\n{MORE}",  # a job title
        f"{HEADLINE}\nSun, 17 Jan 2027 13:40 | Reading time 3 min\n{STORY}\n{MORE}",  # a weekday
        f"{HEADLINE}\nPUBLISHED FRIDAY, MARCH 8, 2027 AT 12:46 PM\n{STORY}\n{MORE}",
        f"{STORY}\nThe Tolmar dam operator can confirm the gates held.\n{MORE}",  # not an outlet
        f"{STORY}\nTolmar District Council was told of the cracks in May.\n{MORE}",  # nor this
        f"{STORY}\nThe mayor said Ana Pires was told to leave.\n{MORE}",  # a person
    ],
)
def test_no_outlet_is_made_of_a_person_a_title_or_a_date(text: str) -> None:
    assert outlet(text) == "000_b099b2140a"


def test_a_staff_byline_leaves_the_masthead_line_to_name_the_outlet() -> None:
    text = f"{HEADLINE}\nVeralia Evening Star\nBy our river reporter, Ana Pires\n{STORY}\n{MORE}"
    assert outlet(text) == "Veralia Evening Star"


@pytest.mark.parametrize(
    ("call", "story_mention", "expected"),
    [
        ("Subscribe to the Gazette from 1 crown a week", "", "Gazette"),
        ("Enjoying the Courier? Sign up for our morning briefing", "", "Courier"),
        (
            "Enjoying the Courier? Sign up for our morning briefing",
            "told the Tolmar Courier",
            "Tolmar Courier",
        ),
        ("Enjoy the Veralia Post? Subscribe now", "", "Veralia Post"),
    ],
)
def test_a_call_to_the_reader_names_the_outlet(
    call: str, story_mention: str, expected: str
) -> None:
    mention = f"The gates held, the dam operator {story_mention}." if story_mention else ""
    text = "\n".join(line for line in (STORY, mention, MORE, call) if line)
    assert outlet(text) == expected


@pytest.mark.parametrize(
    "call",
    [
        "Subscribe to the Morning Dam Briefing",  # no outlet word: a newsletter
        "Support the Tolmar Dam Fund and Rescue Teams here",  # not a call that ends there
    ],
)
def test_a_call_to_the_reader_that_names_no_outlet(call: str) -> None:
    assert outlet(f"{STORY}\n{MORE}\n{call}") == "000_b099b2140a"


@pytest.mark.parametrize("section", ["World News · Europe", "Evening News | 19:40", "Local News"])
def test_a_section_or_programme_is_no_outlet(section: str) -> None:
    assert outlet(f"{HEADLINE}\n{section}\n{STORY}\n{MORE}") == "000_b099b2140a"


def test_a_name_with_its_letters_names_the_outlet() -> None:
    text = (
        f"{HEADLINE}\n21 May 2026, 12:30\nVeralia Broadcasting Corporation (VBC)\n{STORY}\n{MORE}"
    )
    assert outlet(text) == "Veralia Broadcasting Corporation"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ana Pires, Veralia Radio, Tolmar.", "Veralia Radio"),  # a broadcaster's sign-off
        ("This is Veralia Radio News.", "Veralia Radio News"),
        ("Agency: Coast Wire", "Coast Wire"),
    ],
)
def test_a_sign_off_or_label_names_the_outlet(line: str, expected: str) -> None:
    assert outlet(f"{STORY}\n{MORE}\n{line}") == expected


@pytest.mark.parametrize(
    ("masthead", "headline", "expected"),
    [
        # the place of the story and the "Herald" of the headline, joined in the address
        ("tolmarherald.net ⌂ News ⌂ Weather", "How the Herald saw the flood", "Tolmar Herald"),
        # words the page writes, but the last is no outlet's word: a place, not a name
        ("tolmarvalley.net ⌂ News", "Tolmar Valley braces for the flood", "tolmarvalley.net"),
        # an address no words of the page make up
        ("tolmrhrld.net ⌂ News", "How the Herald saw the flood", "tolmrhrld.net"),
    ],
)
def test_a_sites_address_is_spelled_out_from_words_of_the_page(
    masthead: str, headline: str, expected: str
) -> None:
    assert outlet(f"{headline}\n{masthead}\n{STORY}\n{MORE}") == expected


@pytest.mark.parametrize(
    "slug", ["◆ TW ◆ ENDS ◆ 0940 ◆ mk/jd ◆", "◆ TW ◆ URGENT ◆ 0915 ◆ TOLMAR-DAM ◆"]
)
def test_a_wire_status_word_between_marks_is_no_outlet(slug: str) -> None:
    """A wire's slug cells ("ENDS", "URGENT") are no outlet's name, however they stand."""
    text = f"{HEADLINE}\n{STORY}\n{MORE}\n{slug}"
    assert outlet(text) == "000_b099b2140a"  # the page names no outlet
