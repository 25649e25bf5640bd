"""A wire's four-digit clock time with its zone, on a header or a sign-off ("KPS FLASH // ORRIN
// 0710 GMT", "KPS/ab/cd 0620 GMT"), is the item's time; a bare four-digit code is not."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

STORY = "A landslide closed the Orrin valley road on Thursday, the county council said."
MORE = "About 40 households in Pellow were cut off until the afternoon, the council said."


def published(text: str) -> str | None:
    return clean_article(Article(id="a", text=text, source="a")).published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"KPS URGENT // ORRIN-SLIDE // 0710 GMT\n{STORY}\n{MORE}", "07:10:00+00:00"),
        (f"{STORY}\n{MORE}\nVNA/ab/cd 1945 GMT", "19:45:00+00:00"),
        (f"{STORY}\n{MORE}\n-- DWX/rt/sv 2305 UTC", "23:05:00+00:00"),
    ],
)
def test_a_wire_clock_time_with_its_zone_is_read(text: str, expected: str) -> None:
    assert published(text) == expected


def test_a_wire_item_number_without_a_zone_is_no_time() -> None:
    text = f"LPA 0412 2 REG /ORRIN-SLIDE\n{STORY}\n{MORE}"
    article = clean_article(Article(id="a", text=text, source="a"))
    assert "LPA 0412 2 REG /ORRIN-SLIDE" in article.removed
    assert article.published is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("11-09-2027 ◆ 08:40", "2027-09-11T08:40:00"),  # day first, as with dots
        ("13-02-2030 ◆ 08:40", "2030-02-13T08:40:00"),  # the order shows
        # slashes: month or day first, and no other date of the page tells: neither the date
        # nor its clock time alone is read
        ("11/09/2027 ◆ 08:40", None),
    ],
)
def test_a_dashed_date_is_read_day_first(stamp: str, expected: str | None) -> None:
    assert published(f"Road shut by slide\nORRIN WIRE ◆ {stamp}\n{STORY}\n{MORE}") == expected
