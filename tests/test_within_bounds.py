"""'within N' is read as no length of how long a thing took: a drive's reach, an arrival, the
time something took to get somewhere, a deadline for another job or another stage of the same
event gives no figure to set against a repair's or a fire's length. All texts are invented."""

from __future__ import annotations

from dated_reports import report_of


def _pair(first: str, second: str) -> tuple[tuple[str, None], tuple[str, None]]:
    tail = "Residents were told to expect delays."
    return (f"{first}\n{tail}", None), (f"{second}\n{tail}", None)


BRIDGE = "A lorry struck the Kessop road bridge on Monday, cracking one of its piers.\n"
CLOSED = "The Kessop road bridge was closed on Monday after a lorry hit one of its piers.\n"


def test_within_a_length_is_no_figure_against_another_length() -> None:
    cases = (
        # an arrival, not how long the repair took
        (
            BRIDGE + "Engineers arrived at the Kessop bridge within 12 hours, the council said.",
            CLOSED + "Repairs to the Kessop bridge took 36 hours, the council said.",
        ),
        # another job of the same bridge
        (
            BRIDGE + "Engineers said the Kessop bridge would reopen to walkers within 48 hours.",
            CLOSED + "Engineers said repairs to the Kessop bridge would take two weeks.",
        ),
        # a shorter job against a deadline it meets
        (
            BRIDGE
            + "Engineers said repairs to the Kessop bridge would be done within a fortnight.",
            CLOSED + "Engineers said an inspection of the Kessop bridge would take two days.",
        ),
        # another stage of a fire: brought under control, not how long it burned
        (
            "A fire broke out at the Harrel paper mill on Sunday night.\n"
            "Firefighters brought the blaze at the Harrel mill under control within six hours.",
            "Fire crews were called to the Harrel paper mill on Sunday night.\n"
            "The fire at the Harrel mill burned for two days, firefighters said.",
        ),
        # a drive's reach, not a length of anything
        (
            "A gas leak closed the centre of Pardo on Friday.\n"
            "Hotels within 10 minutes' drive of Pardo took in evacuees.",
            "The centre of Pardo was shut on Friday after a gas leak.\n"
            "The leak in Pardo took three hours to stop, the gas board said.",
        ),
        # how soon the water got somewhere, not how long the flood lasted
        (
            "The Venn dam gave way on Monday after days of rain.\n"
            "Within six hours the water had reached the centre of Venn, the mayor said.",
            "The Venn dam burst on Monday after heavy rain.\n"
            "The flood in Venn lasted three days, the mayor said.",
        ),
    )
    for first, second in cases:
        report = report_of(*_pair(first, second))
        assert report.conflicts == (), first
