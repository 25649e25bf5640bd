"""A second count in a sentence is not a count of the first one's subject (issue 7, trust): in
"Four people were hurt when three dogs ran loose" the three are dogs, not people hurt, and in
"Nine were taken to hospital after 18 vehicles crashed" the 18 are no hospital count. Read so,
the dogs met another outlet's hurt and became a step of the injured count's update ("injured
2 -> 3 -> Four"), a figure no outlet gave for the hurt. And an age said of a person in other
words than an apposition ("Nia Corran, the girl who was worst hurt, is eleven", "a woman of
thirty-four from Thelby") is an age, not a count of the hurt. What must stay: a part of the
counted group ("including three children", "two of them seriously"), counts listed with their
verbs ("killing 3 and injuring 12"), a hedge ("as many as 40"), and a count with its own verb
after it ("three dogs and their owner were injured").
All texts, places, people and outlets are invented."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.figure_reading import Figure, collect_figures
from bylines.types import Article, Claim, Report
from dated_reports import report_of, sides

TIMES = ("2031-07-12T09:00", "2031-07-12T13:00", "2031-07-12T17:00")


def read_figures(text: str) -> dict[str, Figure]:
    """The figures of one sentence, read as a one-article cluster would, by their text."""
    article = Article("a0", text, "Outlet 0", published="2031-07-12")
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    return {f.quantity.text: f for f in collect_figures([claim], [article])}


def reading(text: str, value: str) -> tuple[str, str | None, str | None]:
    """(dimension, frame, noun) of the figure written ``value`` in ``text``."""
    figure = read_figures(text)[value]
    return figure.quantity.dimension, figure.frame, figure.noun


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        (
            "Four people were hurt in Varlow Bay when three dogs ran loose on the sands.",
            "three",
            "dogs",
        ),
        ("3 people injured when 2 dogs attacked families at Varlow Bay.", "2", "dogs"),
        (
            "Nine people were taken to hospital after twenty-one vehicles collided near Caddow.",
            "twenty-one",
            "vehicl",
        ),
        (
            "Nine people were taken to hospital after 18 vehicles crashed near Caddow.",
            "18",
            "vehicl",
        ),
        ("Two walkers were hurt as 300 cattle stampeded across the Orrin fells.", "300", "cattle"),
        (
            "Six people were injured after about 40 cars collided in fog near Caddow.",
            "about 40",
            "cars",
        ),
    ],
)
def test_a_count_opening_its_own_clause_takes_no_frame_from_the_clause_before(
    text: str, value: str, noun: str
) -> None:
    assert reading(text, value) == ("count", None, noun)


@pytest.mark.parametrize(
    ("text", "value", "frame"),
    [
        ("Four people were hurt in Varlow Bay when three dogs ran loose.", "Four", "hurt"),
        ("Nine people were taken to hospital after 18 vehicles crashed.", "Nine", "hospital"),
        # a part of the group counted before it
        ("Five people, including three children, were hurt in Varlow Bay.", "three", "hurt"),
        ("Five people were hurt in Varlow Bay, two of them seriously.", "two", "hurt"),
        ("12 people, four of them firefighters, were hurt in Caddow.", "four", "hurt"),
        # counts listed with their own verbs
        ("The blast in Caddow, killing 3 and injuring 12, shook the town.", "3", "dead"),
        ("The blast in Caddow, killing 3 and injuring 12, shook the town.", "12", "hurt"),
        # a hedge is no clause of its own ('as many as')
        ("The blast in Caddow injured as many as 40 people.", "40", "hurt"),
        ("The blast in Caddow injured as well as 40 people.", "40", "hurt"),
        # 'as high as', 'as low as': a hedge on the count too
        ("Police said the number of dead could be as high as 40.", "40", "dead"),
        ("The number injured may be as low as 12, officials said.", "12", "hurt"),
        # a count whose verb comes after it keeps that verb's frame
        ("Three dogs and their owner were injured in Varlow Bay.", "Three", "hurt"),
        ("Four people were hurt when three more were bitten and injured.", "three", "hurt"),
        # an earlier frame word inside the count's own clause is still its
        ("The dogs ran loose in Varlow Bay after police said 4 people were hurt.", "4", "hurt"),
    ],
)
def test_counts_of_the_group_itself_keep_their_frame(text: str, value: str, frame: str) -> None:
    assert reading(text, value)[1] == frame


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nia Corran, the girl who was worst hurt, is eleven and was flown to Harl.", "eleven"),
        ("Nia Corran, the girl who was worst hurt, is 11 and was flown to Harl.", "11"),
        ("A woman of thirty-four from Thelby is being questioned by police.", "thirty-four"),
        ("A woman of 34 from Thelby is being questioned by police.", "34"),
        ("A man aged seventy was among those hurt in Varlow Bay.", "seventy"),
    ],
)
def test_ages_said_of_a_person_in_other_words_are_ages(text: str, value: str) -> None:
    assert reading(text, value)[0] == "age"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a count of people or things, not an age
        ("Nia Corran, the girl who was worst hurt, is one of eleven people hurt.", "eleven"),
        ("A group of forty from Thelby were hurt in Varlow Bay.", "forty"),
        ("The captain of 11 from Thelby was praised by the club.", "11"),
        ("Orrin Vale, the town that was worst hit, is 40 kilometres from Caddow.", "40 kilometres"),
        ("A crowd of 300 from Thelby was on the sands.", "300"),
        # a role of a place, or a person's role in the possessive, is no person named
        ("Orrin Vale, the town that was worst hit, is 40.", "40"),
        ("Thelby, the driver's home town, is 11, police said.", "11"),
        ("Harl, the man's home village, is 40 and growing, the council said.", "40"),
    ],
)
def test_counts_beside_a_person_or_a_place_stay_counts(text: str, value: str) -> None:
    assert reading(text, value)[0] != "age"


@pytest.fixture(scope="module")
def dogs() -> Report:
    return report_of(
        *zip(
            (
                "3 people injured when 2 dogs attacked families on the beach at Varlow Bay on "
                "Saturday, police said.",
                "Four people were hurt on Saturday when three dogs ran loose on the beach at "
                "Varlow Bay.",
                "Four people were injured in the dog attack at Varlow Bay on Saturday, police "
                "said. Two dogs were involved.",
            ),
            TIMES,
            strict=True,
        )
    )


def test_the_dogs_are_no_step_of_the_injured_count(dogs: Report) -> None:
    hurt = [u for u in dogs.updates if "injured" in u.subject]
    assert [sides(u) for u in hurt] == [{"3": ("a0",), "Four": ("a1", "a2")}]


def test_two_dogs_and_three_dogs_conflict(dogs: Report) -> None:
    (conflict,) = [c for c in dogs.conflicts if "dogs" in c.subject]
    assert sides(conflict) == {"2": ("a0", "a2"), "three": ("a1",)}


def test_the_vehicles_are_no_hospital_count() -> None:
    report = report_of(
        *zip(
            (
                "Nine people were taken to hospital after 18 vehicles crashed in fog on the A88 "
                "near Caddow on Monday.",
                "Nine people were taken to hospital after twenty-one vehicles collided in fog on "
                "the A88 near Caddow on Monday.",
                "Twenty-one vehicles were involved in the fog crash on the A88 near Caddow on "
                "Monday, police said.",
            ),
            TIMES,
            strict=True,
        )
    )
    told = [*report.updates, *report.conflicts]
    assert not [t for t in told if "hospital" in t.subject]
    assert [sides(t) for t in told if "vehicles" in t.subject] == [
        {"18": ("a0",), "twenty-one": ("a1", "a2")}
    ]
