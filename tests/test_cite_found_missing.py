"""'found' and 'still missing' are not read as opposite states (the reading of a035e19 was
taken out after review): a negated find ('has not been found') and a find of another thing
sharing a word ('The fishing boat Marnie was found drifting' beside 'the boat's two deckhands
are still missing') must leave the citations of an outlet saying the thing is still missing.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from dated_reports import report_of

HIKER = "Police said the hiker who set out across Garth Moor on Sunday is still missing."
DECKHANDS = "Two deckhands from the Marnie are still missing off Carrow Point, the coastguard said."


def cited_for(words: str, *texts: str) -> set[str]:
    """The outlets cited for ``words``, the articles published two hours apart in order."""
    hours = (f"2031-05-10T{7 + 2 * n:02d}:00" for n in range(len(texts)))
    report = report_of(*zip(texts, hours, strict=False))
    return {a for c in (*report.summary, *report.claims) if words in c.text for a in c.sources}


def test_a_hiker_not_found_is_cited_for_still_missing() -> None:
    assert cited_for(
        "is still missing",
        "A hiker who set out across Garth Moor on Sunday has not been found, police said.\n"
        "Forty volunteers joined the search.\n",
        f"{HIKER}\nForty volunteers are helping.\n",
        "The hiker who crossed Garth Moor on Sunday remains missing, police said.\n"
        "Forty volunteers joined police on the moor.\n",
    ) == {"a0", "a1", "a2"}


def test_a_boat_found_beside_its_missing_crew_is_cited_for_the_crew() -> None:
    assert "a0" in cited_for(
        "deckhands",
        "The fishing boat Marnie was found drifting off Carrow Point on Friday, the coastguard"
        " said.\nIts skipper was found safe on a life raft.\n"
        "The boat's two deckhands are still missing.\n",
        "The Marnie's skipper was found safe on a life raft on Friday, the coastguard said.\n"
        "Two deckhands remain unaccounted for.\n",
        f"{DECKHANDS}\nThe skipper of the boat was found safe.\n",
        "The Marnie was found drifting off Carrow Point on Friday.\n"
        "Her skipper was found safe and well, the coastguard said.\n"
        "The search for the deckhands goes on.\n",
    )
