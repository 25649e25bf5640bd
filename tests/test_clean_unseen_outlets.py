"""Page junk in the shapes of outlets the rules were not written on: wire headers and end marks,
datelines split from the story, broadcaster lines, site furniture. Each kind is written here on
invented outlets, places and people, in several spellings; story sentences that start the same
way stay whole."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

BEFORE = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
AFTER = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."


def clean(text: str) -> Article:
    return clean_article(Article(id="a", text=text, source="a"))


WIRE_MARKS = [
    "KPS 0412 NORTH COAST/STORM (FLASH)",  # wire headers: codes, numbers, slugs, tags
    "XNA0311 2 VRL /XNA-Varrow-Port",
    "DW 1150 HARBOUR/STRIKE (CORRECTED)",
    "KW-PORTS/VARROW-STRIKE (URGENT)",  # a slug joined by hyphens and slashes
    "VR-SHIPPING/DUNNOCK-FERRY",
    "hj/ok",  # editors' initials on a line of their own
    "ab/cd/ef",
    "KPS ends /",  # the end of a wire item
    "ENDS",
    "-ends-",
    "End of item",
    "Ref: KPS-COAST-0412-STORM",  # a reference code under a label
    "Story ref. 4410-B",
    "((lena.varga@coastwire.example; +47 5550 1200))",  # a contact in brackets
    "(Contact: ivo.rask@varrowpress.example)",
    "(Coast Wire)",  # a closing credit in brackets
    "(Varrow Press Agency)",
]


@pytest.mark.parametrize("junk", WIRE_MARKS)
def test_wire_mark_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{AFTER}\n{junk}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


LOOK_LIKE_WIRE_MARKS = [
    "Flight VA2490 to Dunnock was cancelled, the airline said.",
    "The M25 was closed in both directions.",
    "Ends of the old pier were washed away in the storm.",
    "Reference to the 1998 sinking was made at the inquiry.",
    "(The operator declined to comment.)",
    "Inspectors counted 12 cracks on the hull and 3 on the bow/stern joints.",
]


@pytest.mark.parametrize("story", LOOK_LIKE_WIRE_MARKS)
def test_story_sentence_that_looks_like_a_wire_mark_stays(story: str) -> None:
    article = clean(f"{BEFORE}\n{story}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{story}\n{AFTER}"
    assert article.removed == ()


@pytest.mark.parametrize(
    ("header", "dateline"),
    [
        ("KPS 0412 NORTH COAST/STORM (FLASH)", "DUNNOCK, Varrow, March 5 (Coast Wire) -"),
        ("Unknown header line without a stop", "QUELLMOOR, Varrow, Oct 9 (KPS) -"),
        ("", "Dunnock, Varrow Coast -"),  # a place in ordinary case, a region after the comma
        ("", "Quellmoor, March 5 —"),
    ],
)
def test_dateline_is_cut_from_the_lead_below_a_header(header: str, dateline: str) -> None:
    article = clean(f"{header}\n{dateline} {BEFORE}\n{AFTER}")
    assert article.text.endswith(f"{BEFORE}\n{AFTER}")
    assert dateline in article.removed
    assert all(dateline not in line for line in article.text.split("\n"))


@pytest.mark.parametrize(
    "lead",
    [
        "In Dunnock, Varrow – the port town – the ferry was halted on Friday.",
        "Meanwhile, Vestline - Ferries said the ship would sail on Monday.",
        "On Monday, March 5 - The day the ferry sank - the crew was paid.",
        "Dunnock, Varrow - the port town - halted its ferry on Friday.",
    ],
)
def test_a_lead_that_opens_like_a_plain_dateline_stays(lead: str) -> None:
    article = clean(f"{lead}\n{AFTER}")
    assert article.text == f"{lead}\n{AFTER}"
    assert article.removed == ()
