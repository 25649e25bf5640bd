"""Weekdays read ahead or back by the timeline. The review of timeline31 (its invented
sentences) found families of past days a broad forward reading got wrong; they are kept here
with the days main reads, so a narrower forward reading cannot bring them back. Every event,
outlet and person here is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bylines.report.timeline import resolve_dates


def _days(published: str, sentence: str) -> list[str]:
    when = datetime.fromisoformat(f"{published}T09:00").replace(tzinfo=UTC)
    return [dated.date for dated in resolve_dates(sentence, when)]


# (published, sentence, days): 2026-12-02 is a Wednesday, 12-04 a Friday, 12-05 a Saturday,
# 12-08 a Tuesday.
REVIEW_FAMILIES = [
    # A: a range with no tensed verb before "from", its main verb past: the days gone by
    ("2026-12-02", "Passengers stuck in the terminal from Monday to Tuesday were given blankets.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "Over the weekend, from Saturday, ferries ran every hour.", ["2026-11-28"]),
    ("2026-12-04", "Aid flights from Monday to Wednesday brought 40 tonnes of food.",
     ["2026-11-30", "2026-12-02"]),
    ("2026-12-04", "During the blackout from Monday to Tuesday, hospitals ran on generators.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "In the chaos from Monday to Tuesday, 300 people were evacuated.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "In the days from Monday, rescuers pulled 14 people from the rubble.",
     ["2026-11-30"]),
    ("2026-12-04", "Rescuers digging from Monday to Tuesday found three survivors.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "Crews working from Monday to Wednesday cleared the road.",
     ["2026-11-30", "2026-12-02"]),
    ("2026-12-05", "At the height of the blaze from Monday to Tuesday, 60 firefighters were on "
     "site.", ["2026-11-30", "2026-12-01"]),
    ("2026-12-05", "For most of the week from Monday, the plant burned.", ["2026-11-30"]),
    ("2026-12-05", "Smoke seen from Monday to Wednesday drifted over the estuary.",
     ["2026-11-30", "2026-12-02"]),
    ("2026-12-05", "Workers stuck inside from Monday to Tuesday were rescued by crane.",
     ["2026-11-30", "2026-12-01"]),
    # B: a headline's state with no auxiliary ("closed until Tuesday"): still to come
    ("2026-12-02", "LIVE: Kell ferries cancelled until Sunday", ["2026-12-06"]),
    ("2026-12-04", "Ferries cancelled until Sunday as gales return", ["2026-12-06"]),
    ("2026-12-04", "Ferries to Kell cancelled until Sunday, operator says", ["2026-12-06"]),
    ("2026-12-05", "Brannock road closed until Tuesday after factory blaze", ["2026-12-08"]),
    ("2026-12-05", "Main road closed until Tuesday, police say", ["2026-12-08"]),
    ("2026-12-05", "With the main road closed until Tuesday, drivers face long detours.",
     ["2026-12-08"]),
    # C: a past verb of speech with a noun object and a following clause: the days gone by
    ("2026-12-04", "Forecasters predicted heavy rain by Tuesday, and it came.", ["2026-12-01"]),
    ("2026-12-04", "The agency confirmed aftershocks until Tuesday, when the tremors stopped.",
     ["2026-12-01"]),
    ("2026-12-05", "Firefighters warned of toxic smoke until Tuesday, when the wind changed.",
     ["2026-12-01"]),
    ("2026-12-05", "The fire brigade confirmed smoke until Tuesday, when the blaze was put out.",
     ["2026-12-01"]),
    # D: a possessive weekday after a verb of the future: the coming one
    ("2026-12-08", "Both sides are expected to sign the deal at Thursday's summit.",
     ["2026-12-10"]),
    ("2026-12-08", "The council will vote at Friday's meeting.", ["2026-12-11"]),
    ("2026-12-08", "The stolen brooch, insured for 2 million, is expected to surface for "
     "Friday's auction.", ["2026-12-11"]),
    ("2026-12-08", "The minister will speak at Saturday's rally in Lorrach.", ["2026-12-12"]),
    ("2026-12-08", "Both sides signed the deal at Thursday's summit.", ["2026-12-03"]),
    # E: a reduced participle with "from": read back, as main reads it
    ("2026-12-04", "Schools shut from Tuesday, the ministry said on Wednesday.",
     ["2026-12-01", "2026-12-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "days"), REVIEW_FAMILIES)
def test_the_review_families_keep_mains_reading(
    published: str, sentence: str, days: list[str]
) -> None:
    assert _days(published, sentence) == days
