"""Publication times from the page furniture only: a wire slug line's four figures
("TARNPRESS ✣ 0815 ✣ COAST-STORM/FLOOD"), a date with a two-figure year beside the clock
("03.05.29 · 08:15"); not a code that runs on into words, a sign-off with no slug, nor the time
of a tide, a sunrise or a kick-off on a weather or fixtures line."""

from __future__ import annotations

import pytest

from bylines.ingest.published import find_published
from harbour_page import LAST, LEAD, MIDDLE, cleaned


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("TARNPRESS ✣ 0815 ✣ COAST-STORM/FLOOD ✣ urgent", "08:15:00"),
        ("⟦KNB⟧ 2210 ⁘ PORT-FIRE/ORRIN ⁘ flash", "22:10:00"),
        ("KNB ▕NEWS ▕PORT-FIRE/ORRIN ▕2210 ▕for use", "22:10:00"),  # the glyph against a word
    ],
)
def test_a_wire_slug_lines_four_figures_are_its_time(header: str, expected: str) -> None:
    assert cleaned(header, LEAD, MIDDLE, LAST).published == expected


@pytest.mark.parametrize(
    "header",
    [
        "KNB 0412 PORT FIRE/ORRIN-DOCKS (FLASH)",  # words run on after the figures: an item number
        "TARNPRESS ✣ end ✣ 0827",  # a sign-off with no slug: no time of the item
    ],
)
def test_four_figures_off_a_slugs_shape_are_no_time(header: str) -> None:
    assert cleaned(header, LEAD, MIDDLE, LAST).published is None


def test_a_date_with_a_two_figure_year_beside_the_clock_is_read() -> None:
    masthead = "VALE NOTES ⦂ the valley's own site ⦂ 03.05.29 · 08:15"
    assert cleaned(masthead, LEAD, MIDDLE, LAST).published == "2029-05-03T08:15:00"


@pytest.mark.parametrize(
    "line",
    [
        "✣ Orrin weather: showers, max 11°C, high tide 06:52 ✣",
        "✣ Sunrise 05:12 ✣ sunset 20:41 ✣",
        "✣ Orrin Rovers v Tarnside, kick-off 15:00 ✣",
    ],
)
def test_the_time_of_a_tide_or_a_kick_off_is_not_the_pages(line: str) -> None:
    assert cleaned("ORRIN RADIO ✣ News at noon", line, LEAD, MIDDLE, LAST).published is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("✣ Harbour desk ✣ filed 07:40 ✣", "07:40:00"),
        ("By Ana Lind | Orrin Radio 14:20", "14:20:00"),
        ("Updated Sun 09:30", "09:30:00"),
        ("Posted at 09:10 GMT", "09:10:00+00:00"),
        ("ORRIN RADIO ✣ Midday ✣ web version of the 12:00 bulletin", "12:00:00"),  # a determiner
        ("✣ 3-minute read | Last edit 20:05 Tue", "20:05:00"),
    ],
)
def test_a_stamps_own_word_or_a_name_before_the_clock_keeps_it(line: str, expected: str) -> None:
    assert cleaned(line, LEAD, MIDDLE, LAST).published == expected


def test_a_clock_on_an_updated_line_is_the_pages_whatever_word_comes_before() -> None:
    stamp = "Updated 4 times · latest 21:05 · 14/05/2029"
    assert cleaned(stamp, LEAD, MIDDLE, LAST).published == "2029-05-14T21:05:00"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Orrin Post · Tuesday 3 May 2029 · night desk 16:45", "2029-05-03T16:45:00"),
        ("3 May 2029 · Newsroom 14:20", "2029-05-03T14:20:00"),
        ("3 May 2029 · London 14:20", "2029-05-03T14:20:00"),
        ("Orrin Post · 3 May 2029 · News 14:20", "2029-05-03T14:20:00"),
        ("3 May 2029 · Bulletin 13:00", "2029-05-03T13:00:00"),
        ("Orrin Post | Sports desk 14:20", "14:20:00"),
        ("Orrin Post · London 14:20", "14:20:00"),
        ("Julkaistu 30.12. klo 14.40", "14:40:00"),  # a page in another language
    ],
)
def test_a_desk_place_or_section_before_the_clock_keeps_it(line: str, expected: str) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    "line",
    ["Low water 04:10 · Orrin pier", "Ferry departs 07:45", "Doors open at 19:30"],
)
def test_an_event_word_before_the_clock_gives_no_page_time(line: str) -> None:
    assert find_published(None, [line]) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KNB ✣ 3 May 2029 ✣ PORT-FIRE/ORRIN ✣ urgent", "2029-05-03"),  # the date's year
        ("KNB ✣ 2029 ✣ PORT-FIRE/ORRIN-DOCKS", None),  # a year alone
        ("ROUTE A1-M6-M62 ✣ 1430 ✣ closed", None),  # a road's code, no slug
        ("Flight BA-1234-X ✣ 1130 ✣ delayed", None),
    ],
)
def test_a_year_or_a_code_with_figures_gives_no_slug_time(line: str, expected: str | None) -> None:
    assert find_published(None, [line]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted 05.12.29 8:15 AM ET", "08:15:00-05:00"),  # an American page: month first maybe
        ("Version 3.4.12 released", None),
        ("Posted 3.4.12", None),
        ("1.2.29", None),
        ("Wednesday 06.05.30", None),  # 6 May 2030 is a Monday
        ("Monday 06.05.30 · 09:10", "2030-05-06T09:10:00"),
    ],
)
def test_a_dotted_two_figure_year_only_where_it_cannot_be_misread(
    line: str, expected: str | None
) -> None:
    assert find_published(None, [line]) == expected


def test_a_clock_on_an_updated_line_stays_the_pages_after_an_event_word() -> None:
    line = "3 May 2029 · Updated after high tide 19:38"
    assert find_published(None, [line]) == "2029-05-03T19:38:00"
