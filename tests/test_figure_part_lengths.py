"""A gap broken in one thing said with two nouns ('breach' / 'hole') is one length; gaps in
other things are not."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str, when: str = "2027-01-14T09:") -> Report:
    """The report of the texts, published a minute apart from ``when`` + "10"."""
    published = [f"{when}{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


def lengths(report: Report) -> list[dict[str, tuple[str, ...]]]:
    """The sides of the conflicts over a length in metres."""
    return [sides(c) for c in report.conflicts if all("metre" in p.value for p in c.positions)]


def test_a_breach_and_a_hole_in_one_wall_are_one_length() -> None:
    report = report_of(
        "A storm surge hit Brannock on Monday. It broke a 30-metre breach in the harbour wall "
        "just after 7am.",
        "A surge flooded Brannock on Monday. The surge punched a 75-metre hole in the harbour "
        "wall, council engineers said.",
    )
    assert lengths(report) == [{"30-metre": ("a0",), "75-metre": ("a1",)}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a breach in the wall is not a hole in the road
        (
            "A storm surge hit Brannock on Monday. It broke a 30-metre breach in the harbour "
            "wall just after 7am.",
            "A surge flooded Brannock on Monday. The surge punched a 75-metre hole in the "
            "coast road, council engineers said.",
        ),
        # ...nor a breach in the road: the same noun, another thing
        (
            "A storm surge hit Brannock on Monday. It broke a 30-metre breach in the harbour "
            "wall just after 7am.",
            "A surge flooded Brannock on Monday. The surge punched a 75-metre breach in the "
            "coast road, council engineers said.",
        ),
    ],
)
def test_parts_of_other_things_are_not_one_length(first: str, second: str) -> None:
    assert lengths(report_of(first, second)) == []
