"""A sentence saying things were found is not cited for an outlet saying one is still missing
(issue 7, trust; fresh34's row O): "found" and "still missing" are opposite states of one thing.
Look-alikes stay cited: the find in other words ("found safe and well"), and "still missing"
said of another thing.

Every sentence here is invented for these tests (places, animals and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.verify import _found_and_missing
from dated_reports import report_of

FOUND = "Both of the other goats from the paddock have now been found safe."
RESCUE = (
    "Firefighters rescued a goat from a quarry ledge near Tarrow on Sunday.\n"
    "The goat was stranded on the ledge for two days.\n"
)
SHOWN = (
    "A goat was lifted off a ledge above the Tarrow quarry by firefighters on Sunday.\n"
    "The goat had been stuck on the ledge for two days.\n"
    f"{FOUND}\n"
)


def found_sources(*texts: str) -> tuple[str, ...]:
    report = report_of(*((text, None) for text in texts))
    (claim,) = [c for c in report.claims if FOUND in c.text]
    return claim.sources


@pytest.mark.parametrize(
    "other",
    [
        "Two other goats from the same paddock are still missing.",
        "1 goat from the same paddock is still unaccounted for.",
        # one found, one missing: not "both found"
        "One of the two goats that got out is still missing; the other was found in a lane.",
    ],
)
def test_a_goat_still_missing_denies_both_found(other: str) -> None:
    assert _found_and_missing(FOUND, other)
    assert _found_and_missing(other, FOUND)


@pytest.mark.parametrize(
    "other",
    [
        "Both goats from the paddock were found safe and well.",  # the same find
        "The farm's sheepdog is still missing.",  # another animal
        "The goats went missing on Tuesday.",  # how it began, no state now
        "Firefighters said the missing goats were a worry.",  # no state said of them
        "A goat has been rescued from the quarry.",  # a rescue is no find of the others
    ],
)
def test_no_opposite_of_another_thing_or_the_same_find(other: str) -> None:
    assert not _found_and_missing(FOUND, other)


def test_a_find_stated_beside_another_missing_thing_agrees() -> None:
    assert not _found_and_missing(
        "The three climbers were found.",
        "The three climbers were found; two other climbers are still missing.",
    )


def test_the_found_claim_does_not_cite_the_outlet_with_goats_still_missing() -> None:
    missing = RESCUE + "Two other goats from the same paddock are still missing.\n"
    same = (
        "A goat stuck on a ledge in the Tarrow quarry was brought down by firefighters on "
        "Sunday.\nIt had been there for two days.\n"
        "Both of the other goats from the paddock were found safe and well.\n"
    )
    assert found_sources(SHOWN, missing, same) == ("a0", "a2")


def test_a_missing_dog_beside_the_find_keeps_the_citation() -> None:
    other = RESCUE + (
        "Both of the other goats from the paddock were found safe, but the farm's sheepdog is "
        "still missing.\n"
    )
    assert found_sources(SHOWN, other) == ("a0", "a1")
