"""Only in X (issue 7, item 4), ninth round: two outlets giving one small count of one thing
("Three buses have been hired" / "with three buses laid on", "six and a half points" / "6½
points") may state one fact, so neither sentence is "only in" its outlet, though neither is
cited for the other's. A count of people, a number labelling one thing ("the route 3 bus"),
another count or another thing stay apart.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.align import small_counts
from bylines.report.values import Reading
from model_reports import claim, report


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Three buses have been hired.", {(3.0, "bus")}),
        ("The 14-year-old finished on six and a half points.", {(6.5, "point")}),
        ("She finished on 6½ points in nine games.", {(6.5, "point"), (9.0, "gam")}),
        # a count of people is read by what happened to them, not here
        ("Two people died in the crash.", set()),
        ("Four pupils were hurt.", set()),
        # no noun of its own, another thing's, a change's start, a label, a time
        ("Two of them were taken to hospital.", set()),
        ("Two other vessels joined the search.", set()),
        ("Fares rose to four, up from three buses a day.", set()),
        ("The route 3 bus was late.", set()),
        ("The storm lasted three days.", set()),
        # things already known, not counted
        ("Damage to the two trams is put at 900,000 euros.", set()),
    ],
)
def test_a_small_count_is_read_with_the_thing_it_counts(
    text: str, counts: set[tuple[float, str]]
) -> None:
    assert {(value, noun) for value, noun, _ in small_counts(text, Reading())} == counts


def test_what_happened_is_read_beside_the_count() -> None:
    ((_, _, rescued),) = small_counts("Two helicopters rescued the crew.", Reading())
    ((_, _, sent),) = small_counts("Two helicopters were sent to the field.", Reading())
    assert rescued == {"rescue"}
    assert not sent


CHAMPION = (
    "Ilse Marrin won the Orme chess title on Sunday. "
    "The 13-year-old finished on six and a half points."
)
FINAL_ROUND = "A schoolgirl is the new Orme chess champion. She beat Pavel Ostrov in 41 moves"


def test_one_small_count_of_one_thing_is_no_exclusive(models: Models) -> None:
    other = f"{FINAL_ROUND} in the last round to finish on 6½ points in nine games."
    restated = claim(report(models, (CHAMPION, other)), "six and a half points")
    assert restated.coverage == "several"
    # too far apart in words to cite the other outlet for it
    assert restated.sources == ("a0",)


@pytest.mark.parametrize(
    "ending",
    [
        # another count of the same thing
        "in the last round to finish on 7½ points in nine games.",
        # the same figure of another thing: a time
        "in the last round after 6½ hours of play.",
        # the same count of another thing
        "in the last round, six and a half games behind the leader last year.",
    ],
)
def test_another_count_or_thing_leaves_the_exclusive(models: Models, ending: str) -> None:
    briefing = report(models, (CHAMPION, f"{FINAL_ROUND} {ending}"))
    assert claim(briefing, "six and a half points").coverage == "one"
