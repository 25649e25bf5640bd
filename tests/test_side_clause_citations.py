"""A citation that rests on a side clause (issue 7): a sentence whose main clause tells one fact
beside a clause of time or cause ("... when the bus overturned", "... as rescuers tried to reach
the miners") or a relative aside ("Halworth Farms, which sold the eggs, said ...") is not stated
by an outlet that shares only the side clause: it never gave the main clause's figure, nor the
speaker's statement. An outlet stating the main fact, in other words or beside the same clause,
is still cited, and so is each fact of two joined by "and".
Each report is built once (a module-scoped fixture). All texts, places and outlets are invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bylines.report.align import main_clause
from bylines.types import Claim, Report, Sentence
from dated_reports import report_of


@dataclass(frozen=True)
class Statement:
    """The sentence of ``article`` holding ``words``, the outlets that state it and those that
    do not."""

    article: str
    words: str
    by: tuple[str, ...]
    not_by: tuple[str, ...]


@dataclass(frozen=True)
class Reports:
    """Three reports of one event (Outlet 0 = a0, ...) and who states what."""

    name: str
    texts: tuple[str, str, str]
    statements: tuple[Statement, ...]


CASES = (
    # The when-clause is a1's fact; the figure of the main clause is nobody else's.
    Reports(
        "figure_beside_a_when_clause",
        (
            "Skarn Buses, which operates the route, said 40 passengers were on board when the "
            "bus overturned near Coldmere.",
            "A bus overturned on the A40 near Coldmere on Friday, injuring 12 people.",
            "Police closed the A40 near Coldmere for six hours after the crash on Friday.",
        ),
        (Statement("a0", "40 passengers were on board", ("a0",), ("a1", "a2")),),
    ),
    # An as-clause ties the crowd to the rescue, which a1 reports; the crowd is a0's alone.
    Reports(
        "crowd_beside_an_as_clause",
        (
            "Relatives and fellow workers gathered outside the gates as rescuers tried to reach "
            "the trapped miners.",
            "Rescuers were still trying to reach the 14 trapped miners at the Brennock pit on "
            "Sunday.",
            "A roof collapsed at the Brennock pit on Saturday, trapping 14 miners underground.",
        ),
        (Statement("a0", "gathered outside the gates", ("a0",), ("a1", "a2")),),
    ),
    # The relative aside in the speaker's frame is a1's fact; the promise is not.
    Reports(
        "statement_beside_a_relative_aside",
        (
            "Halworth Farms, which sold the contaminated eggs, said it would co-operate fully "
            "with the inquiry.",
            "Halworth Farms sold contaminated eggs to shops across the county, inspectors said.",
            "More than 60 people fell ill with salmonella after eating eggs bought in Drayton.",
        ),
        (Statement("a0", "co-operate fully with the inquiry", ("a0",), ("a1", "a2")),),
    ),
    # The time of the side clause is a1's fact; the fire engines are not.
    Reports(
        "count_beside_a_timed_clause",
        (
            "Four fire engines were sent to the Harnby quay after the alarm was raised at 02:40.",
            "The alarm was raised at twenty to three in the morning by a night watchman.",
            "The warehouse on the Harnby quay was empty, its owner said.",
        ),
        (Statement("a0", "Four fire engines were sent", ("a0",), ("a1", "a2")),),
    ),
    # The main clause's own time is its fact, which a1 gives in other words.
    Reports(
        "time_of_the_main_clause",
        (
            "The blaze at the Harnby depot started at twenty to midnight, as the last train "
            "left the station.",
            "The blaze at the Harnby depot began at 23:40 on Sunday, firefighters said.",
            "Two firefighters were treated for smoke inhalation at Harnby General Hospital.",
        ),
        (Statement("a0", "started at twenty to midnight", ("a0", "a1"), ("a2",)),),
    ),
    # a1 gives the main fact in its own words, with no time clause.
    Reports(
        "main_fact_in_other_words",
        (
            "Skarn Buses, which operates the route, said 40 passengers were on board when the "
            "bus overturned near Coldmere.",
            "The coach was carrying 40 passengers, the operator said.",
            "Police closed the A40 near Coldmere for six hours on Friday.",
        ),
        (Statement("a0", "40 passengers were on board", ("a0", "a1"), ("a2",)),),
    ),
    # a1 carries both facts; a2 shares only the place and the day of the side clause.
    Reports(
        "both_facts_in_one_sentence",
        (
            "Skarn Buses, which operates the route, said 40 passengers were on board when the "
            "bus overturned near Coldmere.",
            "The bus had 40 passengers on board when it overturned near Coldmere on Friday.",
            "Police closed the A40 near Coldmere for six hours on Friday.",
        ),
        (
            Statement("a0", "40 passengers were on board", ("a0", "a1"), ("a2",)),
            Statement("a1", "had 40 passengers on board", ("a0", "a1"), ("a2",)),
        ),
    ),
    # The main clause has no figure and a1 states it with its own time clause.
    Reports(
        "arrest_after_the_crash",
        (
            "Police said the driver was arrested after the bus overturned near Coldmere.",
            "The driver was arrested after the crash near Coldmere on Friday.",
            "Skarn Buses said it was helping the police with their inquiries.",
        ),
        (Statement("a0", "driver was arrested", ("a0", "a1"), ("a2",)),),
    ),
    # Two facts joined by "and" are both main: each outlet stating one of them is cited.
    Reports(
        "two_facts_joined_by_and",
        (
            "The bus overturned near Coldmere on Friday morning, and 40 passengers were taken "
            "to hospital in Wexley.",
            "A bus overturned near Coldmere on Friday morning, police said.",
            "Forty passengers were taken to hospital in Wexley after the crash.",
        ),
        (Statement("a0", "40 passengers were taken", ("a0", "a1", "a2"), ()),),
    ),
)


@pytest.fixture(scope="module", params=CASES, ids=[case.name for case in CASES])
def reported(request: pytest.FixtureRequest) -> tuple[Reports, Report]:
    case: Reports = request.param
    return case, report_of(*[(text, None) for text in case.texts])


def claim_stating(report: Report, statement: Statement) -> Claim | None:
    """The claim one of whose mentions is the sentence of the statement's article."""
    for claim in report.claims:
        for mention in claim.mentions:
            if mention.article == statement.article and statement.words in mention.text:
                return claim
    return None


def test_a_claim_cites_the_outlets_stating_it_and_no_other(
    reported: tuple[Reports, Report],
) -> None:
    case, report = reported
    for statement in case.statements:
        claim = claim_stating(report, statement)
        assert claim is not None, (statement, [c.text for c in report.claims])
        assert set(statement.by) <= set(claim.sources), (statement, claim.text, claim.sources)
        wrong = set(claim.sources) & set(statement.not_by)
        assert not wrong, (statement, claim.text, claim.sources)


def test_no_summary_sentence_cites_an_outlet_for_a_statement_it_does_not_make(
    reported: tuple[Reports, Report],
) -> None:
    case, report = reported
    for statement in case.statements:
        claim = claim_stating(report, statement)
        assert claim is not None, statement
        for sentence in report.summary:
            if sentence.claim == claim.id:
                wrong = set(sentence.sources) & set(statement.not_by)
                assert not wrong, (statement, sentence.text, sentence.sources)


def _main(text: str) -> str:
    return main_clause(Sentence("a0", 0, text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # said-frame (with its relative aside) and a trailing when-clause out
        (
            "Skarn Buses, which operates the route, said 40 passengers were on board when the "
            "bus overturned.",
            "40 passengers were on board",
        ),
        # a fronted clause and a trailing attribution out
        (
            "When the coach overturned near Coldmere, it was carrying 40 passengers, the firm "
            "said.",
            "it was carrying 40 passengers",
        ),
        # "as many as" is no clause of time
        (
            "As many as 40 people were hurt when the coach overturned, police said.",
            "As many as 40 people were hurt",
        ),
        # a unit opened by a relative pronoun is an aside
        (
            "A fire broke out at the Tarn mill on Friday, which employs 200 people in the town.",
            "A fire broke out at the Tarn mill on Friday",
        ),
        # a clause of contrast tells a second fact, as "and" does
        (
            "The council reopened the bridge on Monday, although engineers said it needed repairs.",
            "The council reopened the bridge on Monday although engineers said it needed repairs.",
        ),
        # "and" joins two main facts
        (
            "The coach overturned near Coldmere, and 40 passengers were taken to hospital.",
            "The coach overturned near Coldmere and 40 passengers were taken to hospital.",
        ),
    ],
)
def test_main_clause_leaves_out_frames_and_side_clauses(text: str, main: str) -> None:
    assert _main(text) == main
