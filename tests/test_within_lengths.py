"""A length after "within" (guards from the durations22 review, issue 7): how soon one thing
happened, or a promise, is no disagreement with how long another thing of the story lasted,
though both reports name the same place, people and day. durations22 read "within X" as a bound
on a length and paired it through shared names; these became false conflicts and it was dropped.
All texts are invented."""

from __future__ import annotations

import pytest

from dated_reports import report_of


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Armed police arrived at the Kestle post office in Arnby within 10 minutes on Sunday, "
            "the force said.",
            "The Kestle post office siege in Arnby lasted 45 minutes on Sunday, the force said.",
        ),
        (
            "The fire at the Velt mill in Harrowgate was brought under control within two hours "
            "on Sunday, crews said.",
            "Crews stayed at the Velt mill in Harrowgate for six hours on Sunday after the fire, "
            "crews said.",
        ),
        (
            "The suspect in the Tarvel jewellery raid was arrested within 48 hours, Tarvel police "
            "said on Friday.",
            "The suspect in the Tarvel jewellery raid was held for 72 hours before being charged, "
            "Tarvel police said on Friday.",
        ),
        (
            "Tickets for the Lumen festival in Bexby sold out within 40 minutes on Friday, "
            "organisers said.",
            "Fans queued for three hours for tickets to the Lumen festival in Bexby on Friday, "
            "organisers said.",
        ),
        (
            "Within 48 hours, 2,000 people had signed the petition against the closure of Dunmere "
            "library, organiser Liv Shaw said.",
            "The petition against the closure of Dunmere library ran for 14 days, organiser Liv "
            "Shaw said.",
        ),
        (
            "The Welby benefits office aims to process housing claims within 20 days, its director "
            "Omar Lisk said on Monday.",
            "Housing claims at the Welby benefits office take 45 days to process, its director "
            "Omar Lisk said on Monday.",
        ),
        (
            "Skylo Air promised to refund passengers of the cancelled Pell flight within seven "
            "days, the airline said.",
            "Passengers of the cancelled Skylo Air Pell flight waited 30 days for refunds, the "
            "airline said.",
        ),
    ],
)
def test_how_soon_one_thing_happened_is_no_disagreement_with_another_length(
    texts: tuple[str, str],
) -> None:
    report = report_of(*((text, None) for text in texts))
    lengths = [c for c in report.conflicts if any("within" in p.value.lower() for p in c.positions)]
    assert lengths == []
    assert all(c.kind == "name" for c in report.conflicts), [c.subject for c in report.conflicts]
