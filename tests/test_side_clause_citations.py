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
    do not, and whether the summary shows its claim (a claim of two wordings shows one)."""

    article: str
    words: str
    by: tuple[str, ...]
    not_by: tuple[str, ...]
    summarised: bool = True


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
    # An as-clause ties the crowd to the rescue, which a1 reports; the crowd and its count are
    # a0's alone. (Without a count the crowd is not judged: a main clause of no figure or
    # statement may be a1's own fact in other words.)
    Reports(
        "crowd_beside_an_as_clause",
        (
            "About 200 relatives and fellow workers gathered outside the gates as rescuers tried "
            "to reach the trapped miners.",
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
    # a1's own main clause gives the time of a0's relative aside, in other words; the count of
    # a0's main clause is not a1's.
    Reports(
        "count_beside_an_aside_a1_times",
        (
            "About 80 prisoners joined the disturbance, which started at around 21:15 when "
            "guards tried to lock the wings.",
            "The trouble began at a quarter past nine, as the evening roll-call was taken.",
            "Two officers were treated in hospital in Dunmarsh.",
        ),
        (Statement("a0", "About 80 prisoners joined", ("a0",), ("a1", "a2")),),
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
    # A short statement after a speaker and an aside: the statement is the main clause, which
    # a1 gives in the same words, each sentence citing the other.
    Reports(
        "short_statement_after_an_aside",
        (
            "Brask Ferries, which runs the Quarrow crossing, said sailings would restart.",
            "Sailings will restart, a spokeswoman for the operator said.",
            "A ferry struck the harbour wall at Quarrow on Sunday.",
        ),
        (
            Statement("a0", "sailings would restart", ("a0", "a1"), ("a2",)),
            Statement("a1", "Sailings will restart", ("a0", "a1"), ("a2",)),
        ),
    ),
    # The speaker named in apposition, then a short statement.
    Reports(
        "short_statement_after_an_apposition",
        (
            "The harbour master, Oda Rusk, said the port would reopen.",
            "The port will reopen, its owners insisted.",
            "Gales battered Velmoor through Saturday night.",
        ),
        (
            Statement("a0", "the port would reopen", ("a0", "a1"), ("a2",)),
            Statement("a1", "The port will reopen", ("a0", "a1"), ("a2",), summarised=False),
        ),
    ),
    # A who-aside on the speaker, then a short statement a1 gives with one word shared.
    Reports(
        "short_statement_after_a_who_aside",
        (
            "Firefighters, who reached the scene within minutes, said the arsonist had fled.",
            "The arsonist escaped on foot, neighbours said.",
            "Two men were treated for burns in Quarrow.",
        ),
        (Statement("a0", "the arsonist had fled", ("a0", "a1"), ("a2",)),),
    ),
    # The same plain fact in other words beside the same after-clause: a1 is cited for it.
    Reports(
        "evacuation_in_other_words",
        (
            "Tessfield Library was evacuated after smoke was seen on Thursday.",
            "Readers and staff were ushered out of the building after smoke was seen on "
            "Thursday afternoon.",
            "The fire brigade traced the smoke to a faulty heater.",
        ),
        (Statement("a0", "Library was evacuated", ("a0", "a1"), ("a2",)),),
    ),
    # A closure in other words beside an as-clause and a while-clause, both ways.
    Reports(
        "closure_in_other_words",
        (
            "Velmoor Council closed the cliff path as rockfalls hit the beach.",
            "The coastal walkway was shut on Monday while rockfalls struck the beach.",
            "A fishing boat lost its mooring in the bay.",
        ),
        (
            Statement("a0", "closed the cliff path", ("a0", "a1"), ("a2",)),
            Statement("a1", "coastal walkway was shut", ("a0", "a1"), ("a2",)),
        ),
    ),
    # An arrest in other words beside the same after-clause, both ways.
    Reports(
        "arrest_in_other_words",
        (
            "Officers arrested the cyclist after the tram struck a barrier in Quarrow.",
            "The rider was detained after the tram struck a barrier in Quarrow.",
            "The barrier was removed for repairs.",
        ),
        (
            Statement("a0", "arrested the cyclist", ("a0", "a1"), ("a2",)),
            Statement("a1", "rider was detained", ("a0", "a1"), ("a2",)),
        ),
    ),
    # What inspectors said, in other words by a1, whose own main clause is the arson too.
    Reports(
        "statement_in_other_words",
        (
            "Inspectors said the fire was set deliberately when rubbish was lit behind the depot.",
            "The blaze was arson, detectives believe, after rubbish behind the depot was lit.",
            "Nobody was injured, the brigade said.",
        ),
        (Statement("a0", "fire was set deliberately", ("a0", "a1"), ("a2",)),),
    ),
    # A suspension in other words beside the same since-clause.
    Reports(
        "suspension_in_other_words",
        (
            "Rail services have been suspended since the cutting flooded at Quarrow.",
            "No trains have run since the Quarrow cutting flooded.",
            "Engineers expect repairs to take six weeks.",
        ),
        (Statement("a0", "services have been suspended", ("a0", "a1"), ("a2",)),),
    ),
    # A collapse in other words, the when-clause fronted in a0 and an as-clause in a1.
    Reports(
        "collapse_in_other_words",
        (
            "When the gale hit Velmoor, the old pier fell into the sea.",
            "The Edwardian jetty was wrecked as the gale hit Velmoor on Sunday.",
            "Power was cut to 300 homes in the town.",
        ),
        (Statement("a0", "the old pier fell into the sea", ("a0", "a1"), ("a2",)),),
    ),
    # What the council said, in other words by officials, beside the same cause, both ways.
    Reports(
        "demolition_in_other_words",
        (
            "Velmoor Council said the pier would be torn down because gale damage had left it "
            "unsafe.",
            "The jetty will be demolished as gale damage has left it unsafe, officials confirmed.",
            "Power was cut to 300 homes in the town.",
        ),
        (
            Statement("a0", "would be torn down", ("a0", "a1"), ("a2",)),
            Statement("a1", "will be demolished", ("a0", "a1"), ("a2",)),
        ),
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


def test_the_summary_sentence_cites_the_outlets_stating_it_and_no_other(
    reported: tuple[Reports, Report],
) -> None:
    case, report = reported
    for statement in case.statements:
        claim = claim_stating(report, statement)
        assert claim is not None, statement
        shown = [sentence for sentence in report.summary if sentence.claim == claim.id]
        assert bool(shown) == statement.summarised, (statement, [s.text for s in report.summary])
        for sentence in shown:
            assert set(statement.by) <= set(sentence.sources), (statement, sentence.sources)
            wrong = set(sentence.sources) & set(statement.not_by)
            assert not wrong, (statement, sentence.text, sentence.sources)


def _main(text: str) -> str:
    return main_clause(Sentence("a0", 0, text, 0, len(text))).text


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
        # a short statement after its speaker and an apposition: the frame is cut off the front
        ("The harbour master, Oda Rusk, said the port would reopen.", "the port would reopen."),
        # a trailing "said" with a name or title after it is who said it...
        ("The port would reopen, said the harbour master of Velmoor.", "The port would reopen"),
        # ... but not with a clause after it
        (
            "By Friday, the harbour master said the port would reopen.",
            "By Friday, the harbour master said the port would reopen.",
        ),
        # "once" before a verb is an adverb, no clause of time
        ("The mill once employed 500 people.", "The mill once employed 500 people."),
        # a word of timing before the subordinator is the clause's
        ("Just as the whistle blew, the stand collapsed.", "the stand collapsed."),
        # "as soon as" is one subordinator
        ("As soon as the alarm sounded, staff left the building.", "staff left the building."),
        # "and" joins two main facts
        (
            "The coach overturned near Coldmere, and 40 passengers were taken to hospital.",
            "The coach overturned near Coldmere and 40 passengers were taken to hospital.",
        ),
    ],
)
def test_main_clause_leaves_out_frames_and_side_clauses(text: str, main: str) -> None:
    assert _main(text) == main
