"""Lengths that must stay apart (stretches of other things or parts of one thing, a thing's size
and a distance from somewhere) and sizes said with from/off that must still meet. All texts are
invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str) -> Report:
    """The report of the texts, published a minute apart."""
    published = [f"2031-03-21T12:{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


_UNITS = ("metre", "mile", "kilometre")


def _lengths(report: Report) -> list[dict[str, tuple[str, ...]]]:
    """The sides of each conflict between distances."""
    found = [sides(c) for c in report.conflicts]
    return [s for s in found if any(unit in value for value in s for unit in _UNITS)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a stretch of another thing
        (
            "A 30-metre section of the pier at Holmvik collapsed into the sea on Tuesday.",
            "A 500-metre stretch of the road to the pier was closed on Tuesday.",
        ),
        (
            "A 200-metre stretch of the beach at Holmvik was closed after the storm.",
            "A 2-kilometre section of the coast path at Holmvik was closed after the storm.",
        ),
        (
            "A 40-metre section of the sea wall collapsed during the storm.",
            "Oil spread along a 3-kilometre stretch of the coast after the storm.",
        ),
        (
            "A six-metre length of pipe burst under the square on Monday.",
            "A 400-metre stretch of the road flooded on Monday.",
        ),
        # a path of another thing, nothing said alike
        (
            "The tornado cut a 5-kilometre path through Ardley on Sunday evening.",
            "Volunteers cleared a 12-kilometre trail for the rescue teams.",
        ),
        # a cordon, an evacuation zone and a stretch
        (
            "Police set up a 200-metre cordon around the bridge.",
            "A 400-metre stretch of the river bank was closed to walkers.",
        ),
        # the length of a slick and how far it is from the shore
        (
            "The slick covers a 5-kilometre stretch of the bay.",
            "The slick was drifting 12 kilometres from the shore.",
        ),
        # a stretch and a path are two things
        (
            "A 40-metre section of the roof fell in on Friday.",
            "Fans were led out along a 300-metre path behind the stand on Friday.",
        ),
        # (review spans21a) parts of one thing that different things happened to
        (
            "A 30-metre section of the road at Wenby collapsed into the river on Tuesday, the "
            "council said.",
            "Police closed a 2-kilometre stretch of the road at Wenby on Tuesday after the "
            "collapse.",
        ),
        (
            "A 15-metre section of the dam wall at Hollins gave way early on Saturday.",
            "Engineers on Saturday inspected a 300-metre stretch of the dam wall at Hollins for "
            "cracks.",
        ),
        (
            "A 50-metre section of the railway at Dunmore was washed away on Sunday.",
            "Trains were halted along a 20-mile stretch of the railway at Dunmore on Sunday.",
        ),
        (
            "Riders crashed on a 3-kilometre section of the course near Arlo on Sunday.",
            "Spectators lined an 8-kilometre stretch of the course near Arlo on Sunday.",
        ),
        (
            "A 40-metre section of the sea wall at Brennock collapsed during the storm on Sunday.",
            "The storm on Sunday battered the 2-kilometre stretch of sea wall at Brennock, built "
            "in 1890.",
        ),
        # ...of two things with one word before them ('the old', 'the main', 'the A')
        (
            "A 40-metre section of the old pier at Brennock collapsed into the sea on Saturday.",
            "A 400-metre stretch of the old coast road at Brennock was closed on Saturday.",
        ),
        (
            "A 25-metre section of the main stand roof at Holm Park fell in on Friday night.",
            "A 300-metre stretch of the main road outside Holm Park was closed on Friday night.",
        ),
        (
            "A 3-mile stretch of the A14 near Carrow was closed after the lorry fire on Sunday.",
            "A 12-mile section of the A1 near Carrow was shut on Sunday as smoke drifted.",
        ),
        # ...or of nothing said on one side
        (
            "A 40-metre section of the roof of Holm Park collapsed on Friday night.",
            "Police closed a 500-metre stretch outside Holm Park on Friday night.",
        ),
        (
            "The tornado cut a 10-kilometre path through Dunmore on Sunday, forecasters said.",
            "The tornado flattened the stands beside the 400-metre track at Dunmore on Sunday.",
        ),
        (
            "Floodwater covered a 10-kilometre stretch of the valley near Carrow on Monday.",
            "The 1,200-metre landing strip at Carrow was under water on Monday.",
        ),
        (
            "The wildfire burned a 20-kilometre swath through the hills above Marlo on Thursday.",
            "Rangers closed an 8-kilometre trail above Marlo on Thursday as the wildfire spread.",
        ),
        (
            "The tornado cut a 15-kilometre track through Ardley on Sunday evening.",
            "On Sunday evening the tornado crossed a 4-kilometre trail popular with hikers near "
            "Ardley.",
        ),
    ],
)
def test_lengths_of_other_things_are_no_conflict(first: str, second: str) -> None:
    assert _lengths(report_of(first, second)) == []


def test_two_depths_said_with_where_they_lie_still_conflict() -> None:
    report = report_of(
        "The wreck of the Saldra lies at a depth of 44 metres off Kelmouth, divers said.",
        "The Saldra sank to a depth of 60 metres off Kelmouth.",
    )
    assert _lengths(report) == [{"44 metres": ("a0",), "60 metres": ("a1",)}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The slick covers a 5-kilometre stretch of the bay near Orsk.",
            "The slick near Orsk was some 12 kilometres offshore on Monday.",
        ),
        (
            "The sinkhole in Varrow is 15 metres deep, engineers said.",
            "The sinkhole opened 40 metres from the school in Varrow.",
        ),
    ],
)
def test_a_size_and_a_distance_from_somewhere_are_no_conflict(first: str, second: str) -> None:
    assert _lengths(report_of(first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a size from end to end
        (
            "The ferry Marit Kessler, which ran aground near Orsk on Monday, is 120 metres long.",
            "The Marit Kessler measures 140 metres from bow to stern and ran aground near Orsk "
            "on Monday.",
            {"120 metres": ("a0",), "140 metres": ("a1",)},
        ),
        (
            "The crater left by the blast at Tarby is 20 metres wide, police said.",
            "The crater at Tarby measures 30 metres from rim to rim, police said.",
            {"20 metres": ("a0",), "30 metres": ("a1",)},
        ),
        # a height from the ground
        (
            "The climber was stranded at a height of 40 metres on the Varrow mast on Sunday.",
            "The climber was stuck 30 metres off the ground on the Varrow mast on Sunday.",
            {"40 metres": ("a0",), "30 metres": ("a1",)},
        ),
        (
            "The Varrow mast, which collapsed on Sunday, was 90 metres high.",
            "The Varrow mast rose 110 metres from the ground before it collapsed on Sunday.",
            {"90 metres": ("a0",), "110 metres": ("a1",)},
        ),
        # a verb of extent before the figure
        (
            "The queue of lorries at Velk was 12 kilometres long on Friday.",
            "On Friday lorries queued for 15 kilometres from the border post at Velk.",
            {"12 kilometres": ("a0",), "15 kilometres": ("a1",)},
        ),
        (
            "The slick off Orsk is 8 kilometres long, the coastguard said on Monday.",
            "The slick off Orsk stretched 12 kilometres from the harbour mouth on Monday.",
            {"8 kilometres": ("a0",), "12 kilometres": ("a1",)},
        ),
        (
            "The submarine lies at a depth of 250 metres off Varna, the navy said on Tuesday.",
            "The submarine sank to 300 metres off Varna, the navy said on Tuesday.",
            {"250 metres": ("a0",), "300 metres": ("a1",)},
        ),
        (
            "The diver died at a depth of 60 metres near Kelmouth Head on Saturday.",
            "The diver died after going down 45 metres off Kelmouth Head on Saturday.",
            {"60 metres": ("a0",), "45 metres": ("a1",)},
        ),
        (
            "Police cleared homes within a 300-metre radius of the unexploded bomb at Tarby on "
            "Friday.",
            "Homes up to 500 metres from the unexploded bomb at Tarby were cleared on Friday.",
            {"300-metre": ("a0",), "500 metres": ("a1",)},
        ),
    ],
)
def test_a_size_said_with_from_or_off_is_still_a_size(
    first: str, second: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert _lengths(report_of(first, second)) == [expected]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # how far from somewhere meets how far from somewhere, not the depth of the water
        (
            "The trawler sank 12 miles off Kelmouth Head on Saturday.",
            "The trawler sank on Saturday 20 miles to the west of Kelmouth Head, in water 80 "
            "metres deep.",
            {"12 miles": ("a0",), "20 miles": ("a1",)},
        ),
        (
            "The trawler sank 12 miles off Kelmouth Head on Saturday.",
            "The trawler sank on Saturday some 20 miles out, where the sea off Kelmouth Head is "
            "80 metres deep.",
            {"12 miles": ("a0",), "some 20 miles": ("a1",)},
        ),
    ],
)
def test_a_reach_meets_a_reach_not_a_depth(
    first: str, second: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert _lengths(report_of(first, second)) == [expected]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The earthquake struck at a depth of 10 kilometres near Orsk on Monday.",
            "The earthquake struck 35 kilometres off Orsk on Monday.",
        ),
        (
            "The missing boys were found at Arlo after a 3-kilometre trek from their camp on "
            "Sunday.",
            "The missing boys were found at Arlo on Sunday, 5 kilometres from their camp.",
        ),
    ],
)
def test_a_depth_or_a_trek_and_a_reach_are_no_conflict(first: str, second: str) -> None:
    assert _lengths(report_of(first, second)) == []
