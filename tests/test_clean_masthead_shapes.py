"""A masthead read by its shape, whatever glyph a house parts it with: a line of a name,
separator glyphs and a date or time is page furniture ("THE ORRIN LAMP ✤✤ Sunday 3 May 2029",
a lower-case "kelvale now ⁖ ... ⁖ 03.05.2029 08:15"). The glyphs and outlets are invented, none
of them a tuning page's; story lines with glyphs or times (a list's line, a quote, a short line
with a time, Chinese and Russian text) are kept."""

from __future__ import annotations

import pytest

from bylines.ingest.stamps import is_only_a_date
from harbour_page import LAST, LEAD, MIDDLE, cleaned


@pytest.mark.parametrize(
    "masthead",
    [
        "THE ORRIN LAMP ✤✤ Sunday 3 May 2029",  # a doubled glyph
        "THE ORRIN LAMP ⁘⁘⁘ Sunday 3 May 2029 ⁘⁘⁘ late edition",
        "kelvale now ⁖ notes from the valley ⁖ 03.05.2029 08:15",  # lower case
        "Harbour Lantern ❖ 3 May 2029, 08:15",
    ],
)
def test_a_name_glyphs_and_a_date_are_a_masthead(masthead: str) -> None:
    article = cleaned(masthead, LEAD, MIDDLE, LAST)
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert masthead in article.removed
    assert (article.published or "").startswith("2029-05-03")


@pytest.mark.parametrize(
    "line",
    [
        "High tide is at 19:38.",  # a short story line with a time
        "“Get out now,” the harbour master shouted ✤ 19:38",  # a quote line
        "Ferry to Tarnside ✤ 14:20, from the north pier.",  # a one-line paragraph of a list
        "Low water ✤ 13:05, when the divers go back in.",
        "(Orrin Harbour Board) ✤ the wall had been inspected in March, a spokesman said.",
        "渔民 ◆ 2029年5月3日晚，奥林港的码头墙倒塌，两艘渔船受损。",  # Chinese
        "Рыбаки ◆ стена причала в Оррине обрушилась 3 мая 2029 года.",  # Russian
    ],
)
def test_story_lines_with_glyphs_or_times_are_kept(line: str) -> None:
    article = cleaned(LEAD, line, MIDDLE, LAST)
    assert line in article.text.splitlines()


@pytest.mark.parametrize(
    "line",
    [
        "Previous collapse † 12 March 1998",
        "Ferry to Tarnside ✤ 14:20",
        "Kick-off → 15:00",
        "Orrin ⇄ Tarnside ⇄ 07:45 ⇄ 09:10",
        "Harbour fire 🔥 19:38",
        "Storm warning ⚠️ 18:00",
        "Harbour reopens 🎉 4 June 2029",
        "Wall inspected ✔ 12 March 2029",
        "Orrin Rovers 2 ✦ 1 Tarnside ✦ 3 May 2029",
        "Final ⚽ Orrin 2-1 Tarnside ⚽ 3 May 2029",
        "Fuel price ↑ 3 May 2029",
        "Tickets £12 ✤ 3 May 2029",
        "Results … 3 May 2029",
        "Harbour master Tom Reed † 12 March 2029",
        "Ana Lind ✎ 3 May 2029",
    ],
)
def test_a_glyph_line_inside_the_story_gives_no_time_or_outlet(line: str) -> None:
    # (a short line with only a time may go as page furniture; its time is still no stamp)
    article = cleaned(LEAD, line, MIDDLE, LAST)
    assert article.published is None
    assert article.source == "000_c4f1a9"


@pytest.mark.parametrize(
    "line",
    [
        "Previous collapse † 12 March 1998",
        "Wall inspected ✔ 12 March 2029",
        "Orrin Rovers 2 ✦ 1 Tarnside ✦ 3 May 2029",
        "Fuel price ↑ 3 May 2029",
        "Results … 3 May 2029",
        "Harbour master Tom Reed † 12 March 2029",
        "Ana Lind ✎ 3 May 2029",
    ],
)
def test_a_glyph_line_with_a_date_inside_the_story_is_kept(line: str) -> None:
    assert line in cleaned(LEAD, line, MIDDLE, LAST).text.splitlines()


def test_a_credit_parted_by_a_glyph_at_the_head_is_no_masthead() -> None:
    article = cleaned("By Ana Lind ✎ 3 May 2029", LEAD, MIDDLE, "Ana Lind", LAST)
    assert article.source != "Ana Lind"


def test_an_event_with_a_glyph_and_a_date_is_more_than_a_date() -> None:
    assert not is_only_a_date("Harbour reopens 🎉 4 June 2029")
