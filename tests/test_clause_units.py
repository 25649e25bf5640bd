"""A fact inside a longer sentence is a fact unit of its own (issue 7: facts, not sentences,
are counted), so a shorter sentence stating only that fact can credit the longer one's outlet.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import fact_units
from bylines.types import Sentence


def _units(text: str) -> list[str]:
    return [u.text for u in fact_units(Sentence("a", 0, text, 0, len(text)))]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Tenants on the top floors of Harrow Court are stuck in their flats, because the "
            "two remaining lifts are out of use.",
            "Tenants on the top floors of Harrow Court are stuck in their flats",
            "because the two remaining lifts are out of use.",
        ),
        (
            "Parents can leave their children at the Dunmore leisure centre, where volunteers "
            "from the parish will look after them.",
            "Parents can leave their children at the Dunmore leisure centre",
            "where volunteers from the parish will look after them.",
        ),
        (
            "The ferry kept sailing from Orla to the mainland, until the harbour master "
            "closed the port at noon.",
            "The ferry kept sailing from Orla to the mainland",
            "until the harbour master closed the port at noon.",
        ),
    ],
)
def test_a_comma_then_a_clause_of_cause_place_or_time_is_a_unit(
    text: str, first: str, second: str
) -> None:
    assert _units(text) == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        # no clause of its own after the conjunction: a time, a phrase without a verb
        "The bakery on Quill Street has sold the same rye loaf, since 1998 and the war years.",
        "The inspectors will visit the Tarn Road depot again, when possible next spring.",
        # (the verb after it belongs to the next clause: 'since 2010, the agency said')
        "Rents in Harlow have doubled, since 2010, the housing agency said.",
    ],
)
def test_a_comma_then_a_phrase_without_a_verb_is_no_unit(text: str) -> None:
    assert _units(text) == [text]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # who was told is the frame ...
        (
            "Officials told reporters no ferries would sail from Kestlow on Friday.",
            "no ferries would sail from Kestlow on Friday.",
        ),
        (
            "The harbour master told KTV that the Kestlow pier would reopen in May.",
            "the Kestlow pier would reopen in May.",
        ),
        # ... but a negation after "told" is the fact's, in any case
        (
            "Residents of Quillford were told not to return to their homes on Tuesday.",
            "Residents of Quillford were told not to return to their homes on Tuesday.",
        ),
        (
            "The mayor of Oskirk was told no decision had been made on the ring road.",
            "The mayor of Oskirk was told no decision had been made on the ring road.",
        ),
        (
            "Police in Marrowby told No one about the arrest until Friday.",
            "Police in Marrowby told No one about the arrest until Friday.",
        ),
        (
            "Passengers were told never to leave their cabins during the crossing.",
            "Passengers were told never to leave their cabins during the crossing.",
        ),
        (
            "Families in Drumlee were told nothing about the rescue until Thursday.",
            "Families in Drumlee were told nothing about the rescue until Thursday.",
        ),
    ],
)
def test_a_told_frame_keeps_the_negation_after_it(text: str, unit: str) -> None:
    assert _units(text) == [unit]
