"""Citations reach every outlet stating a fact (issue 7, items 1-2), fifth round: what happens
told in other verbs ("killed" / "died", "broke out" / "escaped") is one shared word, and two
outlets giving one count of people to whom one thing happened state one fact, however small
the count; an outlet counting them otherwise is not cited for that count.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import (
    _family_words,
    _rare_families,
    _same_reading_pairs,
    event_counts,
    event_families,
)
from bylines.report.clock import read_times
from bylines.report.values import Reading
from bylines.report.verify import _counts_otherwise, _other_values, _share_a_figure
from bylines.types import Sentence


@pytest.mark.parametrize(
    ("first", "second", "family"),
    [
        ("three climbers were killed on the ridge", "the climbers who died on the ridge", "die"),
        ("the death toll stands at nine", "nine people lost their lives", "die"),
        ("two inmates broke out of the jail", "the men who escaped from the jail", "escape"),
        ("police detained a woman", "a woman was arrested", "arrest"),
        ("the chairman resigned on Friday", "the chairman stepped down", "resign"),
        ("forty homes were evacuated", "the families who left their homes", "evacuate"),
    ],
)
def test_one_thing_happening_in_other_words_is_one_family(
    first: str, second: str, family: str
) -> None:
    assert family in event_families(first)
    assert family in event_families(second)
    assert family in _family_words(first) & _family_words(second)


def test_words_of_no_family_name_none() -> None:
    assert event_families("the mayor opened the new library on the harbour front") == frozenset()
    # what happens to things, not people, is no family: the thing cancelled or shut differs
    # ("the Saturday market was cancelled" / "the cancellation of the half marathon")
    assert event_families("the saturday market was cancelled and the bridge shut") == frozenset()
    # a word inside another is not the family's word ("skilled", "studied", "disclosed")
    assert event_families("the skilled workers studied the disclosed plans") == frozenset()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two pensioners from Drellow died at the scene.", (2.0, "die")),
        ("The number of dead has risen to four, the police chief said.", (4.0, "die")),
        ("Four people have now died, up from the two confirmed this morning.", (4.0, "die")),
        ("Three skiers were injured when the lift stopped.", (3.0, "injure")),
        ("Two climbers are still unaccounted for.", (2.0, "missing")),
        ("Police have arrested two of the suspects.", (2.0, "arrest")),
        # a pair of people named as such is a count of two
        ("A man and a woman in their eighties died in the blaze.", (2.0, "die")),
        ("A girl and her father were hurt when the wall fell.", (2.0, "injure")),
        # people employed, however said
        ("The Morrow plant has a workforce of about 640.", (640.0, "employ")),
        ("The mill employs some 640 people.", (640.0, "employ")),
        # the dead found: a count of bodies is a toll
        ("A ferry sank off Haldoy, and nine bodies have been recovered.", (9.0, "die")),
        ("Nine bodies were found near the Tarrow weir.", (9.0, "die")),
        ("Nine bodies were found that evening near the weir.", (9.0, "die")),
        ("Nine bodies had been recovered by Monday.", (9.0, "die")),
        # what happened is told after an aside on the earlier count
        (
            "Nine people, up from six in the first count, died when the Haldoy ferry sank.",
            (9.0, "die"),
        ),
        ("Fourteen workers, up from ten, were hurt at the Orvel mill.", (14.0, "injure")),
        # with no noun before the aside, it ends the clause; who said it is no count's word
        ("The floods have killed 14, up from nine on Sunday, police said.", (14.0, "die")),
        ("The blast killed 12, up from an earlier toll of nine, state media said.", (12.0, "die")),
    ],
)
def test_a_count_of_people_reads_with_what_happened_to_them(
    text: str, count: tuple[float, str]
) -> None:
    assert count in event_counts(text, Reading())


@pytest.mark.parametrize(
    "text",
    [
        # a count of things, not people
        "The detention of the freighter held up two other vessels at Pellick.",
        # the figure a change starts from is no count the sentence reports
        "Five people are now confirmed dead, up from three.",
        # what happened is told in another clause
        "Two buses were sent to the school, and a pupil was hurt in the rush.",
        # "a couple of" is no pair of people
        "A couple of hours later three men were arrested.",
        # bodies that are no dead, or that add to a toll
        "Three public bodies were found to have broken the Vessby rules.",
        "Three regulatory bodies found the Vessby plant had broken safety rules.",
        "Two governing bodies were found wanting by the inquiry.",
        "Two student bodies pulled funding from the Vessby union.",
        "The toll rose to 14 when two more bodies were found in the river.",
    ],
)
def test_no_count_of_people_is_read_where_none_is_reported(text: str) -> None:
    read = Reading()
    found = event_counts(text, read)
    assert (2.0, "injure") not in found and (3.0, "die") not in found
    assert (2.0, "arrest") not in found and (2.0, "die") not in found


def test_one_small_count_of_the_dead_in_other_words_pairs_two_outlets() -> None:
    texts = [
        "Two passengers were killed when the minibus left the road at Corrin Hill",
        "Two pensioners from Ashby died at the scene.",
        "Two ambulances were sent from Marlow.",
        "Two people were hurt.",
    ]
    read = Reading()
    pairs = _same_reading_pairs(texts, ["a", "b", "c", "d"], lambda t: event_counts(t, read))
    assert pairs == [(0, 1), (1, 0)]


def test_the_same_count_in_one_article_is_no_pair() -> None:
    texts = ["Three workers died in the blast.", "The three men killed were welders."]
    read = Reading()
    assert _same_reading_pairs(texts, ["a", "a"], lambda t: event_counts(t, read)) == []


def _said(article: str, *texts: str) -> list[Sentence]:
    return [Sentence(article, n, t, 0, len(t)) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("shown", "said", "otherwise"),
    [
        # the article's toll is another: not cited for this one
        (
            "The roof of the Tarn Street depot gave way on Friday, killing two people.",
            ("Three people are now confirmed dead, up from two on Friday.",),
            True,
        ),
        (
            "Five hikers were injured by the rockfall.",
            ("Seven walkers were hurt, the rescue team said.",),
            True,
        ),
        # a sentence of two facts giving a toll in bodies found: an outlet counting the dead
        # otherwise is not cited for it, whatever fact it was linked on
        (
            "A ferry carrying about 40 people sank off Haldoy, and nine bodies have been found.",
            ("The 40 passengers had paid 200 crowns each.", "Eleven people died in the sinking."),
            True,
        ),
        # the same toll, in other words
        (
            "The roof of the Tarn Street depot gave way on Friday, killing two people.",
            ("Two workers died when the roof fell.",),
            False,
        ),
        # another count of something else happening is no other toll
        (
            "The roof of the Tarn Street depot gave way on Friday, killing two people.",
            ("Six people were injured.", "Two died."),
            False,
        ),
        # the toll given as it was and as it is now: it gives the shown one too
        (
            "Two people were killed in the fire at Wendle Mill.",
            ("Two people were killed, police said.", "Later a third man died in hospital."),
            False,
        ),
    ],
)
def test_an_outlet_counting_the_people_otherwise_is_not_cited(
    shown: str, said: tuple[str, ...], otherwise: bool
) -> None:
    assert _counts_otherwise(shown, _said("b", *said), Reading()) is otherwise


def test_a_family_most_texts_tell_of_is_no_shared_word() -> None:
    # a story of job cuts: nearly every text tells of jobs, two of an arrest
    families = [frozenset({"employ"})] * 20 + [frozenset({"arrest"})] * 2 + [frozenset()] * 8
    rare = _rare_families(families)
    assert rare[0] == frozenset()
    assert rare[20] == frozenset({"arrest"})


@pytest.mark.parametrize(
    ("unit", "other", "shared"),
    [
        # one count alike, another value (the day) otherwise: the count is stated by both
        (
            "Forty-one guests have reported symptoms after Friday's dinner at Orme Hall",
            "Forty-one of the 90 guests at Saturday's dinner at Orme Hall have fallen ill",
            True,
        ),
        (
            "The quarry, opened in 1961, employs some 180 people",
            "Around 180 people work at the Brack quarry, which opened in 1958",
            True,
        ),
        # no figure alike
        (
            "Nine people are still in hospital after the fire at Orme Hall",
            "More than 20 people were taken to hospital on Friday",
            False,
        ),
        # a unit with no figure of its own shares none
        (
            "One of the guests said the kitchen was closed",
            "The kitchen at Orme Hall was closed on Friday",
            False,
        ),
    ],
)
def test_units_sharing_a_figure_state_a_fact_of_both(unit: str, other: str, shared: bool) -> None:
    assert _share_a_figure(unit, other, Reading()) is shared


@pytest.mark.parametrize(
    ("shown", "other", "agree"),
    [
        # one measure in two units, the conversion rounded
        ("The barge struck the 12-foot lock gate at Penwick.", "a 3.7-metre gate", True),
        ("The 240-metre tanker was towed to Brack.", "the 790-foot tanker", True),
        ("A 45-tonne crane toppled at the yard.", "the 99,000-pound crane", True),
        # two values in one unit as written are two values, however close
        ("The 240-metre tanker was towed to Brack.", "the 243-metre tanker", False),
        # a conversion that lands far off is another value
        ("The 240-metre tanker was towed to Brack.", "the 900-foot tanker", False),
        # one time of day in digits and in words
        ("The lorry hit the bridge at 21:50 on Tuesday.", "at ten to ten on Tuesday night", True),
        ("The alarm sounded at 04:15.", "at a quarter past four in the morning", True),
        # another time of day is another value
        (
            "The lorry hit the bridge at 21:50 on Tuesday.",
            "at ten to eleven on Tuesday night",
            False,
        ),
    ],
)
def test_one_measure_or_time_written_two_ways_is_no_other_value(
    shown: str, other: str, agree: bool
) -> None:
    assert (not _other_values(shown, other, Reading())) is agree


def test_times_of_day_keep_the_time_as_written_and_where_it_stands() -> None:
    text = (
        "The lorry hit the bridge at 21:50, and the road reopened at half past two in the morning."
    )
    found = [(t.text, t.minutes, text[t.start : t.end]) for t in read_times(text)]
    assert found == [("half past two", 150, "half past two"), ("at 21:50", 590, "21:50")]


def test_a_clause_after_a_change_aside_tells_of_other_people() -> None:
    read = Reading()
    text = "Shelters in Kelby now house 400 people, up from 250 on Sunday, where two have died."
    assert (400.0, "die") not in event_counts(text, read)
    text = "Rescuers have reached 40 miners, up from 25 on Sunday, none of them injured."
    assert (40.0, "injure") not in event_counts(text, read)
