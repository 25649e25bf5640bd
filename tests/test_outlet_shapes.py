"""Outlet names from page shapes: an abbreviation that takes letters from inside its words ("PNW"
for Pellow Newswire), and a joined web name the story writes as words ("OrrinLocal.tv" /
"told Orrin Local"). All names are invented."""

from __future__ import annotations

from bylines.ingest.clean import clean_article
from bylines.ingest.outlet import _abbreviates
from bylines.types import Article

STORY = "A landslide closed the Orrin valley road on Thursday, the county council said."
MORE = "About 40 households in Pellow were cut off until the afternoon, the council said."


def outlet(text: str) -> str:
    return clean_article(Article(id="a", text=text, source="a")).source


def test_an_abbreviation_spelled_out_on_the_page_is_given_in_full() -> None:
    text = (
        f"Road shut by slide\nPellow Newswire, Orrin\n{STORY}\n{MORE}\n"
        "(c) PNW. Redistribution prohibited."
    )
    assert outlet(text) == "Pellow Newswire"


def test_letters_must_come_in_order_and_each_word_give_its_initial() -> None:
    assert _abbreviates("PLN", "Pellow Linknews")
    assert _abbreviates("KNS", "Kestrian News Service")
    assert not _abbreviates("PNL", "Pellow Linknews")  # out of order
    assert not _abbreviates("LN", "Pellow Linknews")  # the first word gives no letter
    assert not _abbreviates("PL", "Pellow Linknews Weekly")  # a word gives none


def test_a_joined_web_name_is_written_as_the_story_spells_it() -> None:
    text = (
        f"Road shut by slide\nOrrinLocal.tv | updated Fri 12 Mar 09:15\n{STORY}\n"
        f"Drivers told Orrin Local the detour adds an hour.\n{MORE}"
    )
    assert outlet(text) == "Orrin Local"


def test_a_web_name_of_one_word_is_not_taken_for_the_place() -> None:
    text = f"Road shut by slide\npellow.news | Fri 12 Mar 09:15\n{STORY}\n{MORE}"
    assert outlet(text) != "Pellow"


def test_a_masthead_parted_by_any_ornament_names_the_outlet() -> None:
    for ornament in ("✦", "◆", "⟫", "∙", "▲"):
        text = (
            f"Road shut by slide\nPELLOW RIDGE NEWS {ornament} Fri 12 Mar 2027 {ornament} 09:15\n"
        )
        assert outlet(f"{text}{STORY}\n{MORE}") == "Pellow Ridge News", ornament


def test_a_masthead_opened_by_ornaments_names_the_outlet() -> None:
    text = (
        f"Road shut by slide\n≈≈ ORRIN NEWSWIRE ≈≈ Fri 12 Mar 2027 09:15 ≈≈ take 1\n{STORY}\n{MORE}"
    )
    assert outlet(text) == "Orrin Newswire"


def test_a_name_in_capitals_with_a_motto_is_named_as_the_story_writes_it() -> None:
    text = (
        "Road shut by slide\nKILN & QUARRY — the monthly for the stone trades\n"
        f"{STORY}\nContractors told Kiln & Quarry the detour adds an hour.\n{MORE}"
    )
    cleaned = clean_article(Article(id="a", text=text, source="a"))
    assert cleaned.source == "Kiln & Quarry"
    assert "monthly for the stone trades" not in cleaned.text


def test_a_newsletter_names_itself_by_its_masthead() -> None:
    masthead = "THE ORRIN LETTER — № 12 — a weekly note on the valley"
    text = f"Road shut by slide\n{masthead}\n{STORY}\n{MORE}"
    assert outlet(text) == "The Orrin Letter"
