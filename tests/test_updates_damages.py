"""'damages' a court awards is no frame of things harmed: 'At least 15 collectors are seeking
damages' counts collectors, and meets a later report's collectors who have joined the claim,
while 'the collapse damages 19 homes' is still a count of homes damaged. Invented texts."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.figure_reading import collect_figures
from bylines.types import Article, Claim
from dated_reports import report_of, sides

EARLY, LATE = "2031-01-09T08:00", "2031-01-09T16:00"


def frame_of(text: str, value: str) -> str | None:
    """The frame of the figure written ``value`` in a one-sentence, one-article cluster."""
    article = Article("a0", text, "Outlet 0", published="2031-07-12")
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    figures = {f.quantity.text: f for f in collect_figures([claim], [article])}
    return figures[value].frame


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 15 collectors are seeking damages in a separate civil claim.", "At least 15"),
        ("The court ordered the firm to pay damages to 40 former tenants.", "40"),
        # a scaled sum paid in damages
        ("Some 340 drivers will share £4 million in damages from the carmaker.", "Some 340"),
    ],
)
def test_damages_a_court_awards_is_no_frame(text: str, value: str) -> None:
    assert frame_of(text, value) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A partial collapse damages 19 homes on Quarry Lane.", "19"),
        ("Nineteen homes were damaged by the collapse.", "Nineteen"),
        # harm after a bare preposition is not money a court awards
        ("A gas explosion in Tarnby resulted in damages to 40 homes.", "40"),
        # (second review: other words after 'in damages')
        ("The tremor resulted in damages at 60 homes, the council said.", "60"),
        ("The fire resulted in damages of £3m to 40 shops.", "40"),
    ],
)
def test_damage_done_to_things_is_still_the_frame(text: str, value: str) -> None:
    assert frame_of(text, value) == "damaged"


def test_claimants_seeking_damages_meet_the_later_count_of_claimants() -> None:
    report = report_of(
        (
            "At least 15 collectors are seeking damages in a civil claim against the painter.",
            "2031-03-17T10:05",
        ),
        (
            "Nineteen collectors have now joined the civil claim against the painter.",
            "2031-03-17T18:40",
        ),
    )
    assert [sides(u) for u in report.updates] == [{"At least 15": ("a0",), "Nineteen": ("a1",)}]
    assert report.conflicts == ()


def test_damages_to_homes_after_in_stays_a_step_of_the_homes_damaged() -> None:
    report = report_of(
        ("A gas explosion in Tarnby on Monday night resulted in damages to 40 homes.", EARLY),
        (
            "Fifty-five homes were damaged by the gas explosion in Tarnby, the council now says.",
            LATE,
        ),
    )
    assert [sides(u) for u in report.updates] == [{"40": ("a0",), "Fifty-five": ("a1",)}]
    assert report.conflicts == ()
