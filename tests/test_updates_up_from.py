"""A figure that rose during the day is an update, and the value it rose from is never cited as
the new one (issue 7): 'the number of X ... is now N' names what N counts, 'up from the 21,000
it gave earlier' is the old value, and a sentence giving a value only as the one replaced does
not state it. All texts are invented (places, counts, outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.align import FactLinks
from bylines.report.values import Reading
from bylines.report.verify import _disagrees, _gives_shown_figures, _reported
from bylines.types import Sentence
from dated_reports import report_of, sides
from test_figure_kinds import read_figures

EVACUATED = "About 900 people were evacuated from their homes in Dunmarrow on Friday, police said."
BACK_HOME = "All 1,400 people who were moved out, up from about 900 in the first hours, are home."


def test_the_number_of_a_noun_is_now_a_count_of_that_noun() -> None:
    text = "The number of pupils who must resit the Orvel maths paper is now 27,000."
    (figure,) = read_figures(text).values()
    assert figure.noun is not None
    assert figure.noun == read_figures("About 27,000 pupils must resit it.")["About 27,000"].noun


@pytest.mark.parametrize(
    ("subject", "plain"),
    [
        ("The total of homes damaged in Lessary now stands at 310.", "Storms damaged 310 homes."),
        ("The count of pupils sent home in Orvel is currently 640.", "About 640 pupils went home."),
    ],
)
def test_the_total_or_count_of_a_noun_counts_that_noun(subject: str, plain: str) -> None:
    (figure,) = read_figures(subject).values()
    (other,) = (f for f in read_figures(plain).values() if f.quantity.dimension == "count")
    assert figure.noun is not None
    assert figure.noun == other.noun


def test_a_value_a_figure_rose_from_after_a_determiner_is_the_old_one() -> None:
    found = read_figures(
        "The Orvel board now counts 27,000 pupils who must resit, up from the 21,000 it gave on "
        "Monday."
    )
    assert found["21,000"].superseded
    assert not found["27,000"].superseded
    # 'earlier' is said of the old value: the new one is the latest, not replaced
    found = read_figures("Police now count 5,200 marchers, up from the 3,800 they gave earlier.")
    assert [found[v].superseded for v in ("5,200", "3,800")] == [False, True]
    assert read_figures("Nine walkers are in hospital, down from an earlier 14.")["14"].superseded


def test_a_report_that_gives_the_old_value_only_as_the_one_replaced_stands_on_the_new() -> None:
    report = report_of((EVACUATED, "2031-06-06T08:00"), (BACK_HOME, "2031-06-06T22:00"))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"About 900": ("a0",), "1,400": ("a1",)}


def test_a_count_given_as_up_from_the_earlier_value_updates_another_report() -> None:
    report = report_of(
        ("Eight other dairy farms inside the zone have been placed under restrictions.", "08:00"),
        (
            "The restrictions cover 14 farms, up from the eight named this morning, as tracing "
            "went on.",
            "19:00",
        ),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"Eight": ("a0",), "14": ("a1",)}


def test_a_value_of_another_year_a_count_rose_from_is_no_step_of_todays_count() -> None:
    report = report_of(
        ("Twelve people were treated for heatstroke in Carvell on Sunday.", "2031-07-06T09:00"),
        (
            "The Carvell clinic has seen 40 heatstroke cases this summer, up from 12 in 2019.",
            "2031-07-06T18:00",
        ),
    )
    assert report.updates == ()
    assert report.conflicts == ()


def test_other_things_of_the_old_value_are_not_steps_of_the_changed_count() -> None:
    report = report_of(
        (
            "Two climbers were found alive on the Varn ridge on Monday. Two helicopters from "
            "Osby joined the search at dawn.",
            "2031-02-03T09:00",
        ),
        (
            "Three climbers have been brought down from the Varn ridge, up from the two found "
            "on Monday.",
            "2031-02-03T20:00",
        ),
    )
    (update,) = report.updates
    assert sides(update) == {"Two": ("a0",), "Three": ("a1",)}
    assert [p.evidence.startswith("Two climbers") for p in update.positions] == [True, False]


def test_the_count_of_deaths_since_a_war_began_is_no_update_of_a_days_toll() -> None:
    report = report_of(
        ("An air strike on the town of Velka killed 12 people on Tuesday.", "2031-07-06T09:00"),
        (
            "The number of people who have died since the war began is now 40,000, the ministry "
            "said.",
            "2031-07-06T18:00",
        ),
    )
    assert report.updates == ()


def _sentence(article: str, text: str) -> Sentence:
    return Sentence(article, 0, text, 0, len(text))


def test_a_sentence_giving_a_value_only_as_the_one_replaced_does_not_state_it() -> None:
    shown = _sentence("a0", EVACUATED)
    evidence = _sentence("a2", BACK_HOME)
    links = FactLinks({(shown, evidence): ((shown, evidence),)}, {shown: (evidence,)})
    read = Reading()
    assert not _gives_shown_figures(shown, evidence, links, read) or _disagrees(
        shown, evidence, links, read
    )


# Review updates18b: look-alikes the updates18 rules read wrongly (invented texts).
MORNING, EVENING = "2031-05-14T08:00", "2031-05-14T15:00"


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("The toll rose from about 12 to 19, officials said.", "19"),
        ("Turnout climbed from around 40 to 55.", "55"),
    ],
)
def test_a_hedged_range_a_change_reaches_keeps_its_new_value(text: str, new: str) -> None:
    assert new in _reported(text, Reading())
    # (a hedged single value still drops: 'down from about 14')
    assert "14" not in _reported("Six are in hospital, down from about 14.", Reading())


def test_a_year_elsewhere_in_the_sentence_keeps_the_update() -> None:
    report = report_of(
        ("Twelve people died when floods hit Brisk on Tuesday.", MORNING),
        ("The toll from the Brisk floods rose to 20, up from 12, the worst since 2019.", EVENING),
    )
    (update,) = report.updates
    assert sides(update) == {"Twelve": ("a0",), "20": ("a1",)}


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("Officials had earlier put the toll at 30, up from 25, but revised it to 28.", "30"),
        ("An earlier estimate of 40 dead, up from 25, was later revised to 38.", "40"),
        ("Police initially said 20 people were held, up from 12, but later put it at 18.", "20"),
    ],
)
def test_a_past_word_before_a_figure_still_marks_it_replaced(text: str, replaced: str) -> None:
    assert read_figures(text)[replaced].superseded


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Eight cars were swept away in Tolvern.", "Fourteen vehicles were swept away in Tolvern"),
        ("Eight boats sank off Quorn on Monday.", "Fourteen vessels sank off Quorn on Monday"),
        ("Eight shops were looted in Pell.", "Fourteen businesses were looted in Pell"),
    ],
)
def test_two_nouns_of_one_thing_keep_the_update(first: str, later: str) -> None:
    report = report_of((first, MORNING), (f"{later}, up from the eight reported earlier.", EVENING))
    (update,) = report.updates
    assert sides(update) == {"Eight": ("a0",), "Fourteen": ("a1",)}


def test_a_count_of_things_is_no_step_of_a_count_of_people() -> None:
    report = report_of(
        ("Two helicopters joined the search at Varn. Two men were found.", MORNING),
        ("Three men have been saved at Varn, up from the two found.", EVENING),
    )
    (update,) = report.updates
    assert [p.evidence.startswith("Two men") for p in update.positions] == [True, False]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Smoke was still rising from the 40 homes in Harrow Vale.", "40"),
        ("Turnout in Pellam was 61 percent, up from the 2019 figure of 55 percent.", "2019"),
    ],
)
def test_rising_from_the_or_a_year_is_no_replaced_value(text: str, figure: str) -> None:
    assert not read_figures(text)[figure].superseded


@pytest.mark.parametrize(
    ("text", "moved", "still"),
    [
        (
            "The bell frame will cost £60,000 to repair, and an appeal has raised £11,500, up "
            "from £4,000.",
            "£11,500",
            "£60,000",
        ),
        (
            "The walk covers 14 miles this year, and riders will face 22 miles, up from 18.",
            "22 miles",
            "14 miles",
        ),
        (
            "The repair bill is £60,000 and the appeal has raised £11,500, up from £4,000.",
            "£11,500",
            "£60,000",
        ),
    ],
)
def test_the_value_moved_from_belongs_to_the_nearer_figure_of_its_kind(
    text: str, moved: str, still: str
) -> None:
    found = read_figures(text)
    assert found[moved].revised
    assert found[moved].direction == 1
    assert not found[still].revised


def test_a_figure_of_another_kind_or_clause_does_not_take_the_value_moved_from() -> None:
    # a weekday between the toll and 'up from 9' is no rival for the old value
    found = read_figures("The toll rose to 12 on Monday, up from 9.")
    assert found["12"].revised
    assert found["9"].superseded
    # nor is a figure told beside it in its own clause: both fares moved
    found = read_figures(
        "Fares rise to £2.50 for adults and £1.20 for children, up from £2 and £1."
    )
    assert found["£2.50"].revised
    assert found["£1.20"].revised


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        # a list the 'up from' answers value for value, told with a verb of its own or not
        ("Standard tickets are £40 and premium ones are £65, up from £35 and £55.", "£40"),
        (
            "Fares rise to £2.50 for adults, £1.20 for children and £1 for students, up from "
            "£2, 90p and 80p.",
            "£2.50",
        ),
        # the same value restated: a conversion, a rate, a difference, a part
        ("The appeal has raised £11,500, about €13,400, up from £4,000.", "£11,500"),
        ("The cordon is 3 miles, or 5 km, up from 2 miles.", "3 miles"),
        ("Water bills will average £480, or £40 a month, up from £450.", "£480"),
        ("The trail now runs 26 km, 4 km longer than before, up from 22 km.", "26 km"),
        ("Tickets cost £20, £35 for families, up from £18.", "£20"),
    ],
)
def test_a_restated_or_listed_figure_still_moved_from_the_old_value(text: str, moved: str) -> None:
    assert read_figures(text)[moved].revised
