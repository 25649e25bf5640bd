"""Readings of other units kept from reading what is no such measure (issue 7, units24c): a
speed near the word 'limit', a count an hour before 'into' or 'apart', a letter after a
figure that is a class, an address or a size, stone that is a gem's count or a score, a
glued 'in' that is a ratio, and a sentence's stop after inches. Phrases, places and outlets
are invented."""

from __future__ import annotations

import pytest

from bylines.report.quantities import SPEED_LIMIT, extract_quantities
from bylines.report.values import Reading, value_mismatches


def _of(text: str, dimension: str) -> list[str]:
    return [q.text for q in extract_quantities(text) if q.dimension == dimension]


@pytest.mark.parametrize(
    "text",
    [
        "Tovin was caught above the speed limit at 95mph near Brackwell.",
        "The van was well over the limit at 90mph, Brackwell police said.",
        "She was within the speed limit at 28mph when the dog ran out.",
        "He was twice the drink-drive limit and driving at 80mph on the Quell road.",
    ],
)
def test_a_speed_gone_at_near_the_word_limit_is_no_limit(text: str) -> None:
    (speed,) = [q for q in extract_quantities(text) if q.dimension == "speed"]
    assert speed.noun is None


@pytest.mark.parametrize(
    "text",
    [
        "The limit on the Quell bypass was lowered to 50mph.",
        "The speed limit there is 40mph.",
        "The Quell road's limit has been reduced to 50mph.",
        "A 40mph zone covers Brackwell.",
    ],
)
def test_a_limit_named_through_a_verb_or_after_is_a_limit(text: str) -> None:
    (speed,) = [q for q in extract_quantities(text) if q.dimension == "speed"]
    assert speed.noun == SPEED_LIMIT


def test_a_speed_gone_at_near_the_word_limit_meets_another_speed() -> None:
    shown = "Tovin was caught above the speed limit at 95mph near Brackwell."
    assert value_mismatches(shown, "Tovin was clocked at 70mph near Brackwell.", Reading())


@pytest.mark.parametrize(
    "text",
    [
        "Guards held two men an hour into the hunt in Brackwell.",
        "Two rafts an hour apart reached the Quell bank.",
        "Four crews a minute apart crossed the Brackwell line.",
        "Rangers moved 300 sheep an hour's drive from the blaze.",
        "Five hikers an hour from the Quell hut were found.",
    ],
)
def test_a_count_an_hour_apart_or_into_is_no_rate(text: str) -> None:
    assert not _of(text, "frequency")


def test_a_count_each_hour_is_still_a_rate() -> None:
    assert _of("The Quell ferry carries 300 riders an hour.", "frequency") == ["300"]


@pytest.mark.parametrize(
    "text",
    [
        "Nine pupils from 8C were hit by the falling sign in Brackwell.",
        "A van hit the front of 16C Mill Street in Quell.",
        "The lorry hit 14F Tarn Road in Brackwell before it stopped.",
        "His collar size rose to 17C after the Quell course.",
        "The Quell club won 5-1 and reached the 3C final.",
        "A blaze broke out at 11C Frost Lane in Brackwell.",
    ],
)
def test_a_letter_far_from_a_word_of_temperature_is_no_scale(text: str) -> None:
    assert not _of(text, "temperature")


def test_a_label_after_an_article_is_no_temperature_even_near_one() -> None:
    text = "Temperatures on the 6C ward in Quell reached 31C."
    assert _of(text, "temperature") == ["31C"]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("The mercury in Quell hit 31C on Sunday.", "31C"),
        ("Brackwell reached a high of 33C.", "33C"),
        ("Highs of 27C are forecast in Quell.", "27C"),
        ("Temperatures in Quell fell to 4C.", "4C"),
        ("The Brackwell relay was run in 32C heat.", "32C"),
        ("Brackwell had 28C highs all week.", "28C"),
    ],
)
def test_a_letter_by_a_word_of_temperature_is_a_scale(text: str, reading: str) -> None:
    assert _of(text, "temperature") == [reading]


@pytest.mark.parametrize(
    "text",
    [
        "Robbers took a 4-stone sapphire ring from the Quell shop.",
        "Brackwell 3 Stone 2 was the final score on Saturday.",
        "Masons laid 30 stone in a day on the Quell bridge.",
        "Tovin won 1in 3 of the Brackwell heats.",
    ],
)
def test_stone_or_a_glued_in_that_measures_nothing_is_no_measure(text: str) -> None:
    assert not _of(text, "weight") and not _of(text, "distance")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("A 19-stone man was rescued from the Quell mud.", "19-stone"),
        ("Tovin lost 5 stone after the Brackwell diet.", "5 stone"),
        ("The storm left 3in of rain on Quell.", "3in"),
        ("The 50in TV was taken from the Brackwell flat.", "50in"),
    ],
)
def test_stone_and_a_glued_in_that_measure_are_measures(text: str, written: str) -> None:
    found = [q.text for q in extract_quantities(text) if q.dimension in ("weight", "distance")]
    assert found == [written]


def test_inches_do_not_take_the_sentence_stop() -> None:
    (found,) = extract_quantities("The Quell rope was 40ft 6in.")
    assert found.text == "40ft 6in"
    (found,) = extract_quantities("The Quell rope was 40 ft. 6 in. long.")
    assert found.text == "40 ft. 6 in."
