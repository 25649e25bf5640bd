"""A length said without a figure (issue 7): 'closed for at least a week', 'lasted about a day'
is read as a length only after 'for', a verb of lasting or taking, or a hedge; never as a rate
('twice a week', '£90 a week'), a point ('a week ago', 'more than a week after the flood') or an
idiom ('a day of mourning', 'a minute's silence'). And a closure said with 'shut' has the slot
'closed' gives it. All texts are invented."""

from __future__ import annotations

import re

import pytest

from bylines import build_report
from bylines.report.quantities import extract_quantities
from bylines.report.slots import slot_of
from bylines.types import Article
from dated_reports import MODELS, report_of, sides

_DAY = 24 * 60  # minutes


def _lengths(text: str) -> list[tuple[str, float, float]]:
    return [(q.text, q.low, q.high) for q in extract_quantities(text) if q.dimension == "duration"]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Fenner Street will be closed for at least a week.", ("at least a week", 7 * _DAY)),
        ("The vigil in Orrin Square lasted a day.", ("a day", _DAY)),
        ("Clearing the Amsel tunnel took more than a month.", ("more than a month", 43830.0)),
        ("The Oxley mill stood empty for a year.", ("a year", 525960.0)),
        ("The hold-up in the Carrow tunnel lasted about a minute.", ("about a minute", 0.9)),
        # a length followed by its cause, after 'for': still a length
        ("Pell Lane was shut for a week after the burst main.", ("a week", 7 * _DAY)),
    ],
)
def test_a_length_said_without_a_figure_is_read(text: str, length: tuple[str, float]) -> None:
    written, low = length
    found = _lengths(text)
    assert [f[0] for f in found] == [written]
    # (a length in words is rough: its interval holds the unit, with a spread unless hedged)
    assert found[0][1] == pytest.approx(low) or found[0][1] < low < found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        # rates
        "The Drayle ferry sails twice a week and a season pass costs £90 a week.",
        "Nurses at Welby check the ward once a day.",
        # points in time
        "The Ostby footbridge was inspected a week ago.",
        "Ostby station reopened more than a week after the flood.",
        "The Tarne plant closed nearly a year before the vote.",
        "A year later the Tarne plant reopened.",
        # idioms, ages, outings and adjectives
        "Kelby declared a day of mourning for the crew.",
        "Fans held a minute's silence before the Arnby match.",
        "The Velt fair is a week-long festival.",
        "The Marl Street foal is about a year old.",
        "Staff at the Lisk depot took a day off.",
        "The Harrow school went on a day trip to Pennock.",
        # an ordinal, not a length
        "Crews returned to the Orme quarry for a second day.",
        # not after a verb of lasting, a hedge or 'for'
        "Within a week of the crash the Calder road had reopened.",
    ],
)
def test_a_rate_a_point_or_an_idiom_is_no_length(text: str) -> None:
    assert _lengths(text) == []


def _length_conflicts(first: str, second: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((first, "2031-03-21T12:10"), (second, "2031-03-21T12:11"))
    return [sides(c) for c in report.conflicts if c.subject.startswith("length of")]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Brennick Lane in Oswick will be closed for a day after the water main burst, the "
            "council said.",
            "Brennick Lane in Oswick will be shut for around six hours after the water main "
            "burst, the council said.",
            {"a day", "around six hours"},
        ),
        # 'shut' names the closure as 'closed' does
        (
            "Quarry Road in Lindow will stay shut for 24 hours while the wall is made safe, the "
            "council said.",
            "The council expects Quarry Road in Lindow to be closed for around four hours while "
            "the wall is made safe.",
            {"24 hours", "around four hours"},
        ),
        (
            "The blackout in Tressick lasted about a day, Westgrid said on Monday.",
            "The blackout in Tressick lasted five hours, Westgrid said on Monday.",
            {"about a day", "five hours"},
        ),
        # a length in words read long before ('a quarter of an hour') still meets a figure when
        # nothing names what lasted
        (
            "Bidding for the Harlow clock at Denby's in Maltby went on for 19 minutes before the "
            "hammer fell, the auction house said.",
            "Bidding for the Harlow clock at Denby's in Maltby went on for a quarter of an hour "
            "before the hammer fell, the auction house said.",
            {"19 minutes", "a quarter of an hour"},
        ),
        # a bound: at least seven days is not two
        (
            "The Halvig bridge in Tormere will be shut for at least a week while it is "
            "inspected, the county said.",
            "The Halvig bridge in Tormere will be closed for two days while it is inspected, "
            "the county said.",
            {"at least a week", "two days"},
        ),
    ],
)
def test_lengths_of_one_thing_that_disagree_conflict(
    first: str, second: str, values: set[str]
) -> None:
    assert [set(s) for s in _length_conflicts(first, second)] == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a bound that the other length keeps
        (
            "The Halvig bridge in Tormere will be shut for at least a week while it is "
            "inspected, the county said.",
            "The Halvig bridge in Tormere will be closed for 10 days while it is inspected, the "
            "county said.",
        ),
        (
            "The Halvig bridge in Tormere will be shut for a week while it is inspected, the "
            "county said.",
            "The Halvig bridge in Tormere will be closed for seven days while it is inspected, "
            "the county said.",
        ),
        # how soon, against how long
        (
            "Firefighters reached the Orme depot in Lask within an hour, the brigade said.",
            "It took 40 minutes for firefighters to reach the Orme depot in Lask, the brigade "
            "said.",
        ),
        # rates and a length of another thing
        (
            "Ferries from Drayle to Muncaster sail twice a week, and a season pass costs £90 a "
            "week, the operator said.",
            "Ferries from Drayle to Muncaster sail once a day for a month, the operator said.",
        ),
        # a point against a length
        (
            "Ostby station was shut for a day after the flood, the operator said.",
            "Ostby station reopened more than a week after the flood, the operator said.",
        ),
        # two things lasting: a search and a closure
        (
            "The search for the missing walker on Pellow Fell lasted a day, rescuers said.",
            "The road to Pellow Fell was shut for a week after the search, rescuers said.",
        ),
        # a law's phase-in and how long a ban was asked for, each report's only length
        (
            "The Fenna bill cuts herring quotas by 20 per cent over five years, the Lessor "
            "assembly said.",
            "The Fenna bill bans net fishing in Corran Bay, which campaigners had demanded for a "
            "decade, the Lessor assembly said.",
        ),
    ],
)
def test_lengths_that_agree_or_measure_other_things_do_not_conflict(
    first: str, second: str
) -> None:
    assert _length_conflicts(first, second) == []


def test_a_pair_of_places_both_reports_write_is_not_split_by_an_outlet_named_after_one() -> None:
    """'the line between Ardley and Pensby' in both reports: that 'Ardley' is dropped from one
    report's names (its outlet is 'The Ardley Echo') does not make the other's figure one for
    Pensby alone."""
    first = (
        "The line between Ardley and Pensby will stay closed for at least two days while the "
        "bridge is checked, Fenlink Rail said."
    )
    second = (
        "Fenlink Rail engineers expect the line between Ardley and Pensby to be shut for around "
        "six hours."
    )
    articles = [
        Article("echo", first, "The Ardley Echo", published="2031-05-02T09:10"),
        Article("tv", second, "Pensford TV", published="2031-05-02T13:00"),
    ]
    report = build_report(articles, models=MODELS)
    found = [sides(c) for c in report.conflicts if c.subject.startswith("length of")]
    assert found == [{"at least two days": ("echo",), "around six hours": ("tv",)}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers expect the Morrow line to be shut for around six hours.",
        "The Morrow line will stay shut for at least a week.",
        "The Morrow depot shuts for a day.",
        "The Morrow line will be closed for at least 48 hours.",
    ],
)
def test_a_length_after_a_verb_of_closing_is_the_closures(sentence: str) -> None:
    (length,) = [q for q in extract_quantities(sentence) if q.dimension == "duration"]
    before = sentence[: length.start]
    near = re.findall(r"[a-z]+", before.lower())[::-1]
    assert slot_of(length, near, before) == "length of the closure"


# review23d: each pair is one length of one thing that two reports tell differently
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # lengths in words read long before the new worded lengths are still compared unslotted
        (
            "The Gellow ferry was stuck at sea off Harnby for about an hour, its owner said.",
            "The Gellow ferry was stuck at sea off Harnby for 15 minutes, its owner said.",
        ),
        (
            "Passengers on the Tarrow train were without water for half an hour, Vellrail said.",
            "Passengers on the Tarrow train were without water for two hours, Vellrail said.",
        ),
        (
            "The Quenby hearing lasted an hour and a half, the court in Darrow said.",
            "The Quenby hearing lasted 20 minutes, the court in Darrow said.",
        ),
        (
            "Dockers at Penmoor stopped work for a fortnight, the Aldry union said.",
            "Dockers at Penmoor stopped work for three days, the Aldry union said.",
        ),
        # another event named far from the length, across a comma, does not tell them apart
        (
            "The Orrin bridge at Salby was closed for two days, the county said.",
            "After the crash, traffic could not cross the Orrin bridge at Salby for 10 hours, "
            "the county said.",
        ),
        # an event named before the length as its cause, in its clause (review23g)
        (
            "The crash kept the Orrin bridge at Salby out of use for six hours, police said.",
            "The Orrin bridge at Salby was closed for 48 hours, police said.",
        ),
        (
            "Following the crash traffic on the Salby road was halted for six hours, police said.",
            "The Salby road was closed for 48 hours, police said.",
        ),
        # 'shut in June' is a closure in June, not people shut in
        (
            "The Albury station was shut in June for a week, the operator said.",
            "The Albury station was shut for two days in June, the operator said.",
        ),
    ],
)
def test_review_lengths_of_one_thing_still_conflict(first: str, second: str) -> None:
    assert len(_length_conflicts(first, second) + _unslotted_conflicts(first, second)) == 1


def _unslotted_conflicts(first: str, second: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((first, "2031-03-21T12:10"), (second, "2031-03-21T12:11"))
    return [sides(c) for c in report.conflicts if not c.subject.startswith("length of")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # 'shut' in other senses is no closure
        (
            "Residents of Marrow Vale were shut indoors for two days, the council said.",
            "The storm closed the road to Marrow Vale for a day, the council said.",
        ),
        (
            "Pupils at Hesk Academy were shut out of lessons for a week, the trust said.",
            "Hesk Academy closed for two days, the trust said.",
        ),
        # 'a week or two', 'a day or two': no exact one unit
        (
            "The Lyle Street bridge in Corby Vale will be shut for a week or two, the county said.",
            "The Lyle Street bridge in Corby Vale will be closed for 10 days, the county said.",
        ),
        (
            "The Amber line at Tolworth will be closed for a day or two, Rellink said.",
            "The Amber line at Tolworth will be closed for 36 hours, Rellink said.",
        ),
        # a worded length is rough
        (
            "The blackout in Kessel Vale lasted a day, Westgrid said.",
            "The blackout in Kessel Vale lasted 30 hours, Westgrid said.",
        ),
        (
            "The Poll Street pool in Varley was shut for a month, the council said.",
            "The Poll Street pool in Varley was closed for six weeks, the council said.",
        ),
        # a hedge leaves a length in words as rough as the bare words (review23g)
        (
            "Flooding closed the Mossgate road in Kelby for about a day, police said.",
            "Flooding closed the Mossgate road in Kelby for 30 hours, police said.",
        ),
        (
            "The Skell bridge will be shut for around a week, Highways Norland said.",
            "The Skell bridge will be shut for 10 days, Highways Norland said.",
        ),
    ],
)
def test_review_rough_or_other_lengths_do_not_conflict(first: str, second: str) -> None:
    assert _length_conflicts(first, second) + _unslotted_conflicts(first, second) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Selby derby was the first for a decade at the Brook ground.",
        "Visitors to Harl Castle pay £5 for a day pass.",
        "The Harl Castle gardens close for a day each month.",
        "The Wenby mayor asked for a day to decide.",
        "Keepers at Harl Castle work for a year at a time.",
        "The Poll Street pool in Varley is shut for a month every summer.",
        "The Amber line will be closed for a week or so.",
    ],
)
def test_review_no_length_or_no_exact_length(text: str) -> None:
    assert _lengths(text) == []
