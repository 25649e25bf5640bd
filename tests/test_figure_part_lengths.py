"""Lengths of gaps, holes and breaches stay apart by their nouns (review26): folding 'hole' and
'gap' into 'breach' made false conflicts between two breaches of one wall, the east and west
embankment's, a sandbag line's gap and the levee's breach, and cited a hole in a ship's hull
for a breach in the wall it hit."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str, when: str = "2027-03-02T09:") -> Report:
    """The report of the texts, published a minute apart from ``when`` + "10"."""
    published = [f"{when}{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


def lengths(report: Report) -> list[dict[str, tuple[str, ...]]]:
    """The sides of the conflicts over a length in metres."""
    return [sides(c) for c in report.conflicts if all("metre" in p.value for p in c.positions)]


def sources_of(report: Report, words: str) -> tuple[str, ...]:
    """The outlets of the one claim whose text holds these words."""
    (claim,) = [c for c in report.claims if words in c.text]
    return claim.sources


TWO_BREACHES = (
    "Storm Ilse tore two breaches in the sea wall at Saltby on Sunday. A 20-metre gap opened "
    "near the lifeboat station. A second, 45-metre breach opened at the north end of the wall.",
    "Waves broke through the Saltby sea wall in two places on Sunday. The larger breach is 45 "
    "metres long. A smaller 20-metre gap opened by the lifeboat station.",
    "The sea wall at Saltby was breached twice by Storm Ilse on Sunday. Engineers said a "
    "50-metre hole had opened at the north end of the wall.",
)
EMBANKMENTS = (
    "The Orrin burst its banks at Felby on Thursday. A 30-metre breach opened in the east "
    "embankment. A 10-metre gap opened in the west embankment.",
    "The Orrin flooded Felby on Thursday after a 30-metre breach in the east embankment. "
    "Engineers found a second hole of 10 metres in the west embankment.",
)
SANDBAGS = (
    "The River Dane broke through a levee at Sorby on Wednesday. A 60-metre breach in the levee "
    "flooded 120 homes. Soldiers filled a 20-metre gap in the sandbag line overnight.",
    "The Dane burst its levee at Sorby on Wednesday, flooding 120 homes. A 20-metre gap opened "
    "in the sandbags near the church. The breach in the levee is 60 metres long.",
    "A levee failed at Sorby on Wednesday. The breach was 80 metres across, the Environment "
    "Agency said. About 120 homes were flooded.",
)


@pytest.mark.parametrize("texts", [TWO_BREACHES, EMBANKMENTS, SANDBAGS])
def test_gaps_and_breaches_of_other_parts_are_not_one_length(texts: tuple[str, ...]) -> None:
    assert lengths(report_of(*texts)) == []


def test_two_outlets_giving_both_breaches_keep_their_claim() -> None:
    report = report_of(*TWO_BREACHES)
    assert sources_of(report, "45-metre breach") == ("a0", "a1")


def test_a_hole_in_a_hull_is_not_cited_for_the_walls_breach() -> None:
    report = report_of(
        "A cargo ship hit the harbour wall at Rennick on Friday. The collision tore a 6-metre "
        "hole in the ship's hull. Nobody was injured.",
        "A cargo ship rammed the Rennick harbour wall on Friday. It left a 6-metre breach in "
        "the wall. The crew of 14 were unhurt.",
        "The harbour wall at Rennick was damaged by a ship on Friday. A 9-metre breach opened "
        "in the wall, the port said.",
    )
    assert lengths(report) == [{"6-metre": ("a1",), "9-metre": ("a2",)}]
