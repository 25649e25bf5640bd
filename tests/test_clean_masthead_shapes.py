"""A masthead read by its shape, whatever glyph a house parts it with: a line of a name,
separator glyphs and a date or time is page furniture ("THE ORRIN LAMP ✤✤ Sunday 3 May 2029",
a lower-case "kelvale now ⁖ ... ⁖ 03.05.2029 08:15"). The glyphs and outlets are invented, none
of them a tuning page's; story lines with glyphs or times (a list's line, a quote, a short line
with a time, Chinese and Russian text) are kept."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEADLINE = "Quay wall gives way at Orrin harbour"
LEAD = "Part of the quay wall at Orrin harbour collapsed on Tuesday night, the harbour board said."
MIDDLE = "Nobody was hurt, but two fishing boats were damaged by falling stone."
LAST = "Engineers from the county council will inspect the rest of the wall on Thursday."


def cleaned(*lines: str) -> Article:
    text = "\n".join([HEADLINE, *lines])
    return clean_article(Article(id="000_c4f1a9", text=text, source="000_c4f1a9"))


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
