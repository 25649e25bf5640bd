"""Lengths of one stretch of the story's thing written with two nouns ('a section of the roof',
'a stretch of the roof'; a tornado's 'path' and 'track'), and the look-alikes that must stay
apart: stretches of other things, a length and a distance from somewhere, one length in two
units. All texts are invented."""

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


def test_a_section_and_a_stretch_of_one_pier_conflict() -> None:
    report = report_of(
        "A 30-metre section of the pier at Holmvik collapsed into the sea on Tuesday, the "
        "harbour board said.",
        "A 50-metre stretch of the pier gave way on Tuesday night as the storm peaked.",
    )
    assert _lengths(report) == [{"30-metre": ("a0",), "50-metre": ("a1",)}]


def test_a_tornados_path_and_its_track_conflict() -> None:
    report = report_of(
        "The tornado cut a 5-kilometre path through the village of Ardley, forecasters said.",
        "The tornado cut an eight-mile track across farmland near the old mill.",
    )
    assert _lengths(report) == [{"5-kilometre": ("a0",), "eight-mile": ("a1",)}]


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
    ],
)
def test_lengths_of_other_things_are_no_conflict(first: str, second: str) -> None:
    assert _lengths(report_of(first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A 1.6-kilometre stretch of the canal at Wenby was drained on Monday.",
            "A one-mile section of the canal was drained on Monday.",
        ),
        (
            "The tornado cut a 16-kilometre path through Ardley.",
            "The tornado cut a ten-mile track through the town.",
        ),
    ],
)
def test_one_length_in_two_units_and_two_nouns_is_no_conflict(first: str, second: str) -> None:
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
