"""An outlet named by the shape of a line or phrase no tuning page has: a call to the reader that
names where to go ("Follow the Dunnock Gazette on Facebook"), a byline without "By" ("Ivo Rask
for the Dunnock Herald"), a note on the reporter or the company at the foot, and, read last, the
story naming its own newsroom as who was told ("..., the captain told the Dunnock Gazette").
Outlets the story cites as another's stay unnamed."""

from __future__ import annotations

import pytest

from bylines.ingest.clean import clean_article
from bylines.types import Article

HEADLINE = "Hull crack halts the Quellmoor ferry"
LEAD = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
MIDDLE = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."
LAST = "Inspectors from the Varrow maritime board are due to board the ship on Monday."


def outlet(*, top: str = "", story: str = "", foot: str = "") -> str:
    lines = [HEADLINE, top, LEAD, story, MIDDLE, LAST, foot]
    text = "\n".join(line for line in lines if line)
    return clean_article(Article(id="a", text=text, source="a")).source


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("Follow the Dunnock Gazette on Facebook", "Dunnock Gazette"),
        ("Sign up for the Pellow Post's morning newsletter", "Pellow Post"),
        ("Download the Orrin News app for alerts", "Orrin News"),
        ("Listen to Varrow Radio on DAB", "Varrow Radio"),
        ("Got a story? Email the Dunnock Gazette newsdesk", "Dunnock Gazette"),
        ("Ana Lind is the Dunnock Herald's transport editor.", "Dunnock Herald"),
        ("Ivo Rask covers shipping for the Varrow Daily.", "Varrow Daily"),
        ("The Skerry Courier is part of Varrow Media Group.", "Skerry Courier"),
        ("Posted by Ana Lind, Dunnock Gazette", "Dunnock Gazette"),
    ],
)
def test_a_removed_call_credit_or_note_names_the_outlet(foot: str, expected: str) -> None:
    assert outlet(foot=foot) == expected


@pytest.mark.parametrize(
    "top", ["Ivo Rask for the Dunnock Herald", "Special to the Dunnock Herald"]
)
def test_a_byline_without_by_names_the_outlet(top: str) -> None:
    assert outlet(top=top) == "Dunnock Herald"


@pytest.mark.parametrize("top", ["From the Dunnock Herald", "Via Dunnock Herald"])
def test_where_a_copy_came_from_is_removed_but_not_the_outlet(top: str) -> None:
    assert outlet(top=top) == "a"


def test_a_call_naming_the_outlets_newsletter_is_not_the_outlet() -> None:
    """ "Sign up to Harbour Notes, our weekly briefing": a product of the outlet, not its name."""
    assert outlet(foot="Sign up to Harbour Notes, our weekly briefing") == "a"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ('"We will not sail," the captain told the Dunnock Gazette.', "Dunnock Gazette"),
        ("Speaking to Varrow Radio, the harbour master said the crack was new.", "Varrow Radio"),
        ("In an interview with the Orrin Courier, the captain said so.", "Orrin Courier"),
        ("Dunnock Gazette reporter Ana Lind was at the pier at dawn.", "Dunnock Gazette"),
        # the name ends with its sentence: "He" opens the next one
        ("The captain was quoted as telling The Dunnock Times. He said so.", "The Dunnock Times"),
        ("The captain was quoted as telling Radio Orsk FM. He said so.", "Radio Orsk FM"),
    ],
)
def test_the_story_naming_its_newsroom_as_who_was_told(story: str, expected: str) -> None:
    assert outlet(story=story) == expected


@pytest.mark.parametrize(
    "story",
    [
        "The crack was first reported by the Orrin Courier on Monday.",
        "According to the Orrin Courier, the crack was 2 metres long.",
        # two outlets told, or one introduced as another's, or its programme
        "The captain told the Orrin Courier and the Varrow Daily that the ship was sound.",
        "The captain told the Orrin Courier last year the ship was sound, and told the Varrow Daily"
        " the same.",
        "The captain told the Orrin Courier, a local newspaper, that the ship was sound.",
        "The captain told the Orrin Courier newspaper that the ship was sound.",
        "The captain told Varrow Radio's Morning Show that the ship was sound.",
        # told, and also cited in another role: another outlet's interview
        "The captain told the Orrin Courier the ship was sound, as reported by the Orrin Courier.",
        # told a person or an authority, not an outlet
        "The captain told the Harbour Board the ship was sound.",
    ],
)
def test_an_outlet_cited_as_another_is_not_the_outlet(story: str) -> None:
    assert outlet(story=story) == "a"
