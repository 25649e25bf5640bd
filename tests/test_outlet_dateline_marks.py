"""The outlet named by a wire's dateline whatever mark ends it ("ORRIN, May 3 (Quorvo) ✣"), the
full name a dateline spells out for the masthead's letters, a one-word masthead the story names
as its newsroom ("Quillbox understands"), and a lower-case masthead the story spells as a joined
brand ("KelpWire's webcam"); and what is no outlet (a place the story names, a plain word)."""

from __future__ import annotations

import pytest

from harbour_page import LAST, LEAD, MIDDLE, cleaned


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("ORRIN, May 3 (Quorvo) ✣", "Quorvo"),  # no outlet word: named by its place
        ("ORRIN (KNB) ⁘", "KNB"),
        ("ORRIN, May 3 (Tarnside Press Agency) ⸭", "Tarnside Press Agency"),
    ],
)
def test_an_agency_in_brackets_after_the_place_names_the_wire(dateline: str, expected: str) -> None:
    assert cleaned(f"{dateline} {LEAD}", MIDDLE, LAST).source == expected


def test_a_dateline_that_spells_out_the_masthead_letters_gives_the_full_name() -> None:
    article = cleaned(
        "KNA ✣ 0815 ✣ PORT-WALL/ORRIN ✣ urgent", f"ORRIN, May 3 (Kelp News Agency) ✣ {LEAD}", LAST
    )
    assert article.source == "Kelp News Agency"


@pytest.mark.parametrize(
    "masthead", ["QUILLBOX ✣ Trade news ✣ 3 May 2029 ✣ 10:15", "Quillbox ✣ Trade news ✣ 10:15"]
)
def test_a_one_word_masthead_the_story_names_as_its_newsroom_is_the_outlet(masthead: str) -> None:
    said = "Quillbox understands that the wall had not been surveyed since 2011."
    assert cleaned(masthead, LEAD, said, LAST).source == "Quillbox"
    told = "The harbour master told Quillbox the board had been warned."
    assert cleaned(masthead, LEAD, told, LAST).source == "Quillbox"


def test_a_one_word_masthead_the_story_names_as_a_place_is_no_outlet() -> None:
    masthead = "Kelvale ✣ Harbour news ✣ 10:15"
    named = "Kelvale residents were told to keep away from the quay."
    assert cleaned(masthead, LEAD, named, LAST).source == "000_c4f1a9"


def test_a_lower_case_masthead_is_the_brand_the_story_spells_with_capitals() -> None:
    masthead = "kelpwire orrin ⁖ notes from the quay ⁖ 03.05.2029 08:15"
    webcam = "KelpWire's harbour webcam filmed the wall as it fell."
    assert cleaned(masthead, LEAD, webcam, LAST).source == "KelpWire"
    # a plain capitalised word of the story is a place, not the brand
    assert cleaned(masthead, LEAD, "Kelpwire Lane was closed.", LAST).source == "000_c4f1a9"


def test_a_bracketed_word_on_a_link_line_is_no_dateline() -> None:
    link = "Download our 2029 tide tables (members) ⇩"
    article = cleaned(LEAD, MIDDLE, LAST, link)
    assert link in article.removed
    assert article.source == "000_c4f1a9"


def test_a_wires_one_word_is_written_with_the_outlet_word_the_story_gives_it() -> None:
    dateline = "ORRIN, May 3 (Tarnlow) ✣"
    itself = "Tarnlow Wire understands that the wall had not been surveyed since 2011."
    assert cleaned(f"{dateline} {LEAD}", itself, LAST).source == "Tarnlow Wire"
    place = "Walkers on Tarnlow Hill heard the wall give way."
    assert cleaned(f"{dateline} {LEAD}", place, LAST).source == "Tarnlow"


def test_a_wires_letters_are_the_name_the_story_gives_itself() -> None:
    dateline = "ORRIN, May 3 (KVB) ✣"
    itself = "Kelvale Broadcasting was told that the wall had not been surveyed since 2011."
    assert cleaned(f"{dateline} {LEAD}", itself, LAST).source == "Kelvale Broadcasting"
    other = "Harbour staff were told by Tarnside Radio that the wall had moved."
    assert cleaned(f"{dateline} {LEAD}", other, LAST).source == "KVB"


@pytest.mark.parametrize(
    "line",
    [
        "PHOTOS (Gallery) ➜",
        "LISTEN (Podcast) 🎧",
        "WATCH (Orrin Harbour Cam) ▶",
        "LIVE (Orrin TV) ●",
        f"EXCLUSIVE (Orrin Post) ✦ {LEAD}",
        "ORRIN (Tarnside Police) ⚠ Police said the quay had been closed since Monday.",
    ],
)
def test_a_label_with_a_bracket_and_a_glyph_names_no_wire(line: str) -> None:
    assert cleaned(line, LEAD, MIDDLE, LAST).source == "000_c4f1a9"


def test_a_wires_word_is_not_lengthened_by_another_outlet_the_story_names() -> None:
    dateline = "ORRIN, May 3 (Tarnlow) ✣"
    other = "A cameraman for Tarnlow Radio was hurt by falling stone."
    assert cleaned(f"{dateline} {LEAD}", other, LAST).source == "Tarnlow"
