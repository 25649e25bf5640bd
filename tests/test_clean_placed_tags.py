"""A running text's presenter tag ("MEL IN STUDIO:", "JAS AT THE GROUND:"): a staff member's
short name in capitals and where they speak from, repeated over the page's lines. The tag goes
and the outlet's words stay, so the tag is no person of the story nor a speaker. Beside it the
look-alikes that keep their lines: a tag seen once, a role, a body or a crowd in the tag's place
("MINISTER IN STUDIO:", "POLICE AT THE SCENE:", "FANS AT THE GROUND:"), a person's full name
and role in capitals ("ANNA REY, HEAD TEACHER:"), and a tag in lower case in prose.

Every line is invented.
"""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.models import load_models
from bylines.types import Article
from cleaned import kept_lines

HEADLINE = "Kelby Rovers part company with their manager"
STORY = [
    "Kelby Rovers have sacked their manager Ivo Marsh after relegation.",
    "The board met this morning and acted within the hour.",
    "A statement is expected from the club later tonight.",
    "Supporters gathered outside the ground this afternoon.",
]


def page(first: str, second: str) -> str:
    """A running text whose lines carry the two tags, alternating."""
    tagged = [f"{(first, second)[i % 2]} {line}" for i, line in enumerate(STORY)]
    return "\n".join((HEADLINE, *tagged))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("MEL IN STUDIO:", "JAS AT THE GROUND:"),
        ("TOM OUTSIDE COURT:", "ANA IN THE STUDIO:"),
        ("RHIAN ON LOCATION:", "DEV AT THE TOWN HALL:"),
        ("KIT BELL IN STUDIO:", "JO VANE AT THE SCENE:"),
    ],
)
def test_a_repeated_presenter_tag_is_taken_off(first: str, second: str) -> None:
    assert kept_lines(page(first, second))[-len(STORY) :] == STORY


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("MINISTER IN STUDIO:", "MEL IN STUDIO:"),  # a guest's role: the minister's words
        ("POLICE AT THE SCENE:", "MEL IN STUDIO:"),  # a body
        ("FANS AT THE GROUND:", "MEL IN STUDIO:"),  # a crowd
        ("ANNA REY, HEAD TEACHER:", "MEL IN STUDIO:"),  # a person named with her role
    ],
)
def test_a_role_a_body_or_a_crowd_keeps_its_label(first: str, second: str) -> None:
    kept = kept_lines(page(first, second))[-len(STORY) :]
    assert kept[0::2] == [f"{first} {line}" for line in STORY[0::2]]
    assert kept[1::2] == STORY[1::2]


def test_a_tag_seen_once_stays() -> None:
    line = f"MEL IN STUDIO: {STORY[0]}"
    kept = kept_lines("\n".join((HEADLINE, line, *STORY[1:])))
    assert line in kept


def test_the_tag_is_no_person_of_the_story() -> None:
    texts = [
        page("MEL IN STUDIO:", "JAS AT THE GROUND:"),
        "\n".join((HEADLINE, *STORY)),
    ]
    articles = [
        Article(id=f"a{i}", text=text, source=f"Outlet {i}") for i, text in enumerate(texts)
    ]
    report = build_report(articles, models=load_models())
    people = {e.name for e in report.entities if e.type == "PERSON"}
    assert "Ivo Marsh" in people
    assert not {name for name in people if "MEL" in name or "JAS" in name}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("NEIGHBOURS AT THE SCENE:", "VILLAGERS OUTSIDE ORRIN:"),  # crowds, in the plural
        ("PM AT THE DESPATCH BOX:", "FAMILY OUTSIDE COURT:"),  # a politician and a family
        ("RELATIVES BY THE RIVER:", "COPS AT THE SCENE:"),
    ],
)
def test_plural_crowds_a_family_and_the_pm_keep_their_labels(first: str, second: str) -> None:
    kept = kept_lines(page(first, second))[-len(STORY) :]
    assert kept == [f"{(first, second)[i % 2]} {line}" for i, line in enumerate(STORY)]


def test_a_tag_naming_a_person_of_the_page_keeps_its_label() -> None:
    # the interviewee, named in full in the story, tagged by surname outside court
    text = "\n".join(
        (
            "Builder cleared of fraud after three-year case",
            "Builder Rob Marsh was cleared of fraud at Orrin Crown Court on Friday.",
            "MARSH OUTSIDE COURT: I have said all along that I did nothing wrong.",
            "The jury took less than two hours to reach its verdicts.",
            "MARSH OUTSIDE COURT: Now I want to get back to work.",
        )
    )
    kept = kept_lines(text)
    assert "MARSH OUTSIDE COURT: Now I want to get back to work." in kept


def test_one_repeated_tag_outside_a_studio_keeps_its_label() -> None:
    # no name of the page, but the one tag the page repeats, and not where a presenter sits
    text = "\n".join(
        (
            "Builder cleared of fraud after three-year case",
            "A builder was cleared of fraud at Orrin Crown Court on Friday.",
            "DEV OUTSIDE COURT: I have said all along that I did nothing wrong.",
            "The jury took less than two hours to reach its verdicts.",
            "DEV OUTSIDE COURT: Now I want to get back to work.",
        )
    )
    assert "DEV OUTSIDE COURT: Now I want to get back to work." in kept_lines(text)
