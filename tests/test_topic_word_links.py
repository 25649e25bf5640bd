"""Two best matches linked on shared words (issue 7): a word more texts than a rare name's share
hold still links one fact told twice ("The ferry capsized" / "The ferry turned over"). A cut of
such words (cite21) lost these paraphrases; at a share that kept them it changed no citation on
the tuning events, so none is made."""

from __future__ import annotations

import numpy as np
import pytest

from bylines.report.align import THRESHOLDS, _linked_pairs, _Scored
from unit_vectors import unit_vectors

# Raw cosine (of the first two ``unit_vectors``) and combined score of the pair under test:
# each other's best match with a mean above the mutual-best cut, below every cut that links
# without shared words.
RAW = 0.38
SCORE = 0.34


# Of the story's 20 other sentences, how many name its topic word: most of them, or a third of
# them (a common word: more than RARE_NAME_SHARE, fewer than half).
MOST = 16
A_THIRD = 7


def _story(topic: str, holding: int = MOST, count: int = 20) -> list[str]:
    """Other sentences of the story, ``holding`` of them naming its topic word."""
    return [
        f"Item {k} of the Velmore {topic} log concerns nothing in particular."
        if k < holding
        else f"Item {k} of the Velmore log concerns nothing in particular."
        for k in range(count)
    ]


def _linked(first: str, second: str, topic: str, holding: int = MOST) -> bool:
    texts = [first, second, *_story(topic, holding)]
    articles = ["a", "b", *("c" if k % 2 else "d" for k in range(len(texts) - 2))]
    scores = np.full((len(texts), len(texts)), 0.05, dtype=np.float32)
    scores[0, 1] = scores[1, 0] = SCORE
    scored = _Scored(tuple(range(len(texts))), scores, THRESHOLDS["combined"], "combined")
    vectors = unit_vectors(len(texts), RAW, seed=11)
    pairs, *_ = _linked_pairs(scored, texts, articles, lambda: vectors, "combined")
    return (0, 1) in pairs


@pytest.mark.parametrize(
    ("first", "second", "topic"),
    [
        # one rare word: what few of the story's texts say
        (
            "Divers recovered the ferry bell from the seabed off Dunmore.",
            "The ship's bell was brought up by divers on Tuesday.",
            "ferry",
        ),
        # two words, however common: the fact and its subject
        (
            "The ferry's captain was arrested at his home in Tollan.",
            "Officers detained the skipper of the ferry, who had been arrested once before.",
            "ferry",
        ),
        (
            "The crane toppled in high winds onto an empty car park.",
            "High winds brought the crane down across the car park behind the depot.",
            "crane",
        ),
        (
            "The orchestra cancelled its concert after the conductor fell ill.",
            "Its concert was called off, the orchestra said, with the conductor unwell.",
            "orchestra",
        ),
        # what happened, told in other verbs (a rare family of events)
        (
            "Two deckhands were injured when the ferry hit the quay.",
            "A pair of crew members were hurt in the collision, the ferry company said.",
            "ferry",
        ),
        # the same fact in indirect speech, sharing two words
        (
            "The harbourmaster said the ferry had been overloaded with freight.",
            '"She was carrying far too much freight," the harbourmaster told reporters.',
            "ferry",
        ),
        # the topic word and a figure alike, one of them hedged: what they tell of
        (
            "The ferry sailed about 40km before it ran aground.",
            "It had gone 40 kilometres when the ferry struck rock.",
            "ferry",
        ),
        # two words packed into a longer sentence
        (
            "The crane's jib snapped at the top.",
            "On Marl Street, where the crane stood for a year, people saw the jib snap and fall.",
            "crane",
        ),
        (
            "Tickets for the orchestra's cancelled concert will be refunded.",
            "The orchestra, founded by a teacher in Pellam, will refund every ticket in full.",
            "orchestra",
        ),
    ],
)
def test_best_matches_sharing_what_few_texts_say_stay_linked(
    first: str, second: str, topic: str
) -> None:
    assert _linked(first, second, topic)


@pytest.mark.parametrize(
    ("first", "second", "topic"),
    [
        ("The ferry capsized.", "The ferry turned over.", "ferry"),
        ("The strike was called off.", "Unions cancelled the strike.", "strike"),
        ("The plane landed safely.", "The plane touched down without incident.", "plane"),
    ],
)
def test_a_word_a_third_of_the_texts_hold_still_links(first: str, second: str, topic: str) -> None:
    """More texts than a rare name's share hold it: the pair is still one fact."""
    assert _linked(first, second, topic, holding=A_THIRD)


def test_a_word_three_of_twenty_two_texts_hold_links() -> None:
    first = "Households on Fenwick Road were evacuated overnight."
    second = "Police evacuated people who lived near the cracked main."
    assert _linked(first, second, "evacuated", holding=1)


def test_a_tiny_story_links_on_its_one_word() -> None:
    texts = ["The ferry ran aground.", "The ferry hit a sandbank.", "The ferry was refloated."]
    articles = ["a", "b", "a"]
    scores = np.full((3, 3), 0.05, dtype=np.float32)
    scores[0, 1] = scores[1, 0] = SCORE
    scored = _Scored((0, 1, 2), scores, THRESHOLDS["combined"], "combined")
    vectors = unit_vectors(3, RAW, seed=11)
    pairs, *_ = _linked_pairs(scored, texts, articles, lambda: vectors, "combined")
    assert (0, 1) in pairs


def test_best_matches_sharing_no_word_are_not_linked() -> None:
    assert not _linked("Onlookers cheered loudly.", "Nobody was hurt, its owner said.", "ferry")
