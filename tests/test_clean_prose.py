"""The line score (ingest/prose.py): page junk of shapes no rule names is removed, story sentences
that look like junk stay. Every line here is invented for these tests."""

from __future__ import annotations

import pytest

from bylines.ingest.prose import is_page_line, junk_score, line_features
from cleaned import clean

HEADLINE = "Grain silo fire keeps Tollemby crews busy overnight"
STORY = [
    "Firefighters spent the night at a burning grain silo on the edge of Tollemby.",
    "The fire started shortly after nine in the evening, the fire service said.",
    "About forty residents of nearby Mill Lane were moved to the village hall.",
    "Smoke could be seen from the coast road until the early morning.",
    "The silo's owner, Brannock Farms, said no one had been inside at the time.",
    "Crews used foam to stop the fire spreading to a second silo.",
    "Investigators will return to the site on Thursday to look for a cause.",
    "The road past the farm stayed closed for most of the morning.",
    "Residents were allowed home just before dawn.",
    "The fire service thanked neighbours who brought tea to the crews.",
]


def page(top: list[str], middle: list[str], foot: list[str]) -> str:
    body = STORY[:5] + middle + STORY[5:]
    return "\n".join([HEADLINE, *top, *body, *foot])


# Page junk of kinds no furniture rule names, at the top or the foot of the page.
UNSEEN_TOP = [
    "▷ Hear the morning report (3'05\")",
    "~~Tollemby Wire~~ FIRE :: SILO :: 0412 GMT",
    "{TWX} FIRE-SILO :: 2nd lead :: adds evacuation",
]
UNSEEN_FOOT = [
    "Subscribers get the full story in our app.",
    "⇦ Earlier: Harvest traffic warning for the coast road",
    "Seen the smoke? Send your photos to our picture desk",
    "Listening on the go? Get the Tollemby Sound app",
    "Written by: Orla Penhale, farming editor",
    "[SOUNDBITE: chief fire officer at the gate]",
    "FINISH · running time 2 min",
]


@pytest.mark.parametrize("junk", UNSEEN_TOP)
def test_unseen_junk_at_the_top_is_removed(junk: str) -> None:
    article = clean(page([junk], [], []))
    assert junk not in article.text
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize("junk", UNSEEN_FOOT)
def test_unseen_junk_at_the_foot_is_removed(junk: str) -> None:
    article = clean(page([], [], [junk]))
    assert junk not in article.text
    assert article.text.split("\n") == STORY
    assert junk in article.removed


# Story sentences that share a feature with page junk: a quotation opening with a bare verb, a
# "you" inside a quotation, dashes, capitals, a very short sentence, a label-like opening with a
# figure, a sentence with "our" in reported speech.
STORY_LOOK_ALIKES = [
    "“Send every pump you have,” the farm manager told the control room.",
    "“If you live on Mill Lane, keep your windows shut,” a firefighter said.",
    "The blaze — the third at the farm in a decade — was out by six.",
    "The NFRS and the TCC sent ADR specialists to the A-road junction.",
    "He resigned.",
    "Losses: about 300 tonnes of wheat.",
    "Watch commander Ilse Varne said her crews had worked in shifts.",
    "Our village has never seen smoke like it, one resident wrote.",
    "Download speeds in the village fell as the mast lost power.",
    # a plural subject and a present tense, with no verb from the lists
    "Opposition councillors want a public inquiry into the fire.",
    "Farmers nearby fear the smoke has spoiled their hay.",
]


@pytest.mark.parametrize("story", STORY_LOOK_ALIKES)
def test_story_look_alike_stays_in_the_middle(story: str) -> None:
    article = clean(page([], [story], []))
    assert story in article.text.split("\n")


@pytest.mark.parametrize("story", STORY_LOOK_ALIKES)
def test_story_look_alike_stays_at_the_foot(story: str) -> None:
    article = clean(page([], [], [story]))
    assert story in article.text.split("\n")


@pytest.mark.parametrize(
    "story",
    [
        "Opposition MPs want a national register of flood-prone streams.",
        "Local MPs expect a ruling on the silo within the month.",
        "Farmers nearby fear the smoke has spoiled their hay.",
    ],
)
def test_a_last_sentence_above_the_page_foot_stays(story: str) -> None:
    foot = [
        story,
        "Most read: 1. Harvest festival 2. Road closures 3. Cup draw",
        "This story has been updated to correct the name of the mill.",
    ]
    article = clean(page([], [], foot))
    assert story in article.text.split("\n")


def test_story_look_alikes_are_not_page_lines_anywhere() -> None:
    lines = [HEADLINE, *STORY_LOOK_ALIKES, *STORY]
    for index in range(1, len(lines)):
        assert not is_page_line(index, lines), lines[index]


def test_marks_of_the_page_raise_the_score() -> None:
    """The same words score higher as a slug with separators and capitals than as prose."""
    lines = [HEADLINE, *STORY, "FIRE :: SILO :: TOLLEMBY", "Fire at a silo in Tollemby."]
    slug = junk_score(line_features(len(lines) - 2, lines))
    prose = junk_score(line_features(len(lines) - 1, lines))
    assert slug > prose


def test_a_reader_prompt_scores_higher_than_a_report() -> None:
    lines = [
        HEADLINE,
        *STORY,
        "Sign up to get our silo updates",
        "Crews signed up for extra shifts",
    ]
    prompt = junk_score(line_features(len(lines) - 2, lines))
    report = junk_score(line_features(len(lines) - 1, lines))
    assert prompt > report


def test_a_short_page_keeps_its_lines() -> None:
    """On a page of a few lines every line is near an edge; position alone removes nothing."""
    lines = [HEADLINE, STORY[0], "Mill Lane and Quarry Row", STORY[1]]
    assert not is_page_line(2, lines)


def test_the_unseen_kinds_are_found_by_the_score() -> None:
    """The removals above are the score's, not a furniture rule's."""
    lines = page(UNSEEN_TOP[:1], [], UNSEEN_FOOT).split("\n")
    scored = [line for index, line in enumerate(lines) if is_page_line(index, lines)]
    assert scored == UNSEEN_TOP[:1] + UNSEEN_FOOT


# The same invented event told in scripts other than the Latin one, each ending with its own stop.
OTHER_SCRIPTS = {
    "japanese": "トレンビーのサイロ火災で、消防隊が夜通し消火に当たった。住民約40人が避難した。",
    "chinese": "托伦比村一座粮仓周二晚起火，消防员彻夜灭火。约四十名居民被转移到村礼堂。",
    "arabic": "اشتعلت النيران في صومعة حبوب في قرية تولمبي ونقل أربعون من السكان.",
    "hebrew": "שריפה פרצה בממגורת תבואה בכפר טולמבי, וכארבעים תושבים הועברו לאולם הכפר.",
    "hindi": "टॉलेम्बी गाँव में एक अनाज के गोदाम में आग लग गई।",
}


@pytest.mark.parametrize("script", sorted(OTHER_SCRIPTS))
@pytest.mark.parametrize("place", ["first", "middle", "last"])
def test_a_paragraph_in_another_script_beside_english_ones_is_kept(script: str, place: str) -> None:
    """A script without case read as a line of capitals (page junk), and one with stops of its
    own ("।") as an unpunctuated headline: either way the paragraph left the text."""
    other = OTHER_SCRIPTS[script]
    at = {"first": 0, "middle": 1, "last": 2}[place]
    paragraphs = [STORY[0], STORY[1]]
    paragraphs.insert(at, other)
    cleaned = clean("\n\n".join(paragraphs))
    assert other in cleaned.text.splitlines()
    assert cleaned.title is None
