"""'within a fortnight' is a bound on how long a job takes: it disputes a longer length of the
same job, not a shorter one nor another bound it meets, and 'within 12 hours of the flood' is no
such bound. All texts are invented."""

from __future__ import annotations

from dated_reports import report_of, sides

BRIDGE = (
    "A lorry struck the Dunmere road bridge on Monday, cracking one of its piers.\n"
    "Engineers said repairs to the Dunmere bridge would be finished within a fortnight.\n"
    "Traffic is being sent through Oldcastle."
)


def _bridge(repairs: str) -> str:
    return (
        "The Dunmere road bridge was closed on Monday after a lorry hit one of its piers.\n"
        f"Engineers said repairs to the Dunmere bridge {repairs}.\nBuses are running a detour."
    )


def test_a_length_outside_a_within_bound_conflicts() -> None:
    report = report_of((BRIDGE, None), (_bridge("could take three months"), None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"within a fortnight": ("a0",), "three months": ("a1",)}


def test_a_length_inside_a_within_bound_or_another_bound_does_not() -> None:
    for repairs in ("could take ten days", "would be done within six weeks"):
        report = report_of((BRIDGE, None), (_bridge(repairs), None))
        assert report.conflicts == ()


def test_within_hours_of_an_event_is_no_bound_on_a_job() -> None:
    # when the engineers arrived, not how long the repair took
    reached = (
        "A water main burst under Pellan Street in Corrow on Monday, flooding cellars.\n"
        "Engineers reached the burst main within 12 hours of the flood, the water company said.\n"
        "Residents were given bottled water."
    )
    took = reached.replace(
        "Engineers reached the burst main within 12 hours of the flood",
        "The repair of the burst main took 36 hours",
    )
    report = report_of((reached, None), (took, None))
    assert report.conflicts == ()
