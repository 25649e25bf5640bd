"""Times of day however written, read for fact linking (bylines.report.clock).

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import _same_reading_pairs
from bylines.report.clock import read_times, times_of_day


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The pumps failed at 05:50, the water board said.", "at ten to six the pumps stopped"),
        ("The tanker ran aground at 23:15.", "It hit the sandbank at a quarter past eleven."),
        ("Smoke was seen at 3:30 am.", "Neighbours saw smoke at half past three in the morning."),
        ("The roof fell in at about 5 a.m.", "The roof gave way at five in the morning."),
        ("The last bus left at 19.05 as usual.", "the bus left at five past seven"),
        ("The ferry sailed at 20 past 6.", "the ferry left at twenty past six"),
        ("The pumps failed at 05:50.", "at 10 minutes to 6 the pumps stopped"),
        ("The train left at 06:55.", "The train left at five to seven this morning."),
    ],
)
def test_one_time_of_day_in_digits_and_in_words(first: str, second: str) -> None:
    assert times_of_day(first) == times_of_day(second) != frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "The water rose 2.40 metres overnight.",  # a dotted figure with no word of time
        "The fund lost 3.15 million crowns.",
        "The meeting ran an hour and a half past its end.",  # a length of time
        "Eleven pupils were sent home.",
        "The council agreed the plan in 2023.",
        "The number of patients rose from 12 to 19 overnight.",  # a change, not 18:48
        "Fares went up by between 10 past levels and 20.",
        "Crowds of 12 to 19 thousand were expected.",
        "The 3.50 dollars fare rose to 3.80 dollars.",  # a dotted sum
        "The toll rose from five to seven overnight.",  # a change, not 6:55
        "Five to seven people were hurt.",  # a range of people
        "Ten to twelve homes were damaged.",
    ],
)
def test_no_time_of_day_where_none_is_given(text: str) -> None:
    assert times_of_day(text) == frozenset()


def test_two_outlets_giving_one_time_are_paired_and_other_times_are_not() -> None:
    texts = [
        "The barrier at Holm lock jammed at 06:35.",
        "Boats were held at Holm lock from twenty-five to seven.",
        "The lock reopened at 09:10.",
    ]
    assert _same_reading_pairs(texts, ["a", "b", "c"], times_of_day) == [(0, 1), (1, 0)]


def test_a_line_of_many_times_reads_each_once() -> None:
    # (read in windows: the same answer on a long line as on its pieces, in linear time)
    piece = "at 07:40 and 20 past 6, then four in the morning, 5 a.m., from 12 to 19."
    one = sorted(read_times(piece), key=lambda t: t.start)
    many = sorted(read_times(" ".join([piece] * 3000)), key=lambda t: t.start)
    assert [t.minutes for t in one] == [460, 380, 240, 300]
    assert [t.minutes for t in many] == [t.minutes for t in one] * 3000
