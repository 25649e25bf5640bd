"""Guards from a review of a dropped branch (issue 7) that made a "which" clause inside a speaker's
frame ("Dunmore Rigging, which put up the stage, said ...") a fact of its own. Matched on that
clause, two outlets were cited for each other's sentences although the clause was not what either
sentence said: two different statements of one ferry firm became one claim, an owner's plan was
cited to the outlet that said the firm rented the mill out, and a bureau's find was cited to the
outlets that only said the boat sank. In each case below every outlet states its own fact, main
cites each claim only to the outlets that state it, and that must stay so.
Each report is built once (a module-scoped fixture). All texts, places and outlets are invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bylines.types import Claim, Report
from dated_reports import report_of


@dataclass(frozen=True)
class Statement:
    """The sentence of ``article`` holding ``words``, and the outlets that do not state it."""

    article: str
    words: str
    not_by: tuple[str, ...]


@dataclass(frozen=True)
class Reports:
    """Three reports of one event (Outlet 0 = a0, ...) and what each of them states."""

    name: str
    texts: tuple[str, str, str]
    statements: tuple[Statement, ...]


CASES = (
    # Two different statements in one frame ("X, which runs Y, said ...") stay two claims.
    Reports(
        "one_frame_two_statements",
        (
            "Saltmarsh Lines, which runs the crossing to Orrin Island, said the ferry would "
            "resume sailing on Thursday.",
            "Saltmarsh Lines, which runs the crossing to Orrin Island, said three deckhands had "
            "been injured by shifting freight.",
            "Storms lashed Orrin Island overnight, cutting power to 500 homes.",
        ),
        (
            Statement("a0", "resume sailing on Thursday", ("a1", "a2")),
            Statement("a1", "three deckhands had been injured", ("a0", "a2")),
        ),
    ),
    # An owner's plan is not what another outlet said about the owner renting the place out.
    Reports(
        "owns_vs_rented_out",
        (
            "Qorvin Holdings, which owns the mill, said the ruins would be cleared in April "
            "after the blaze.",
            "Qorvin Holdings rented the mill to a textile firm until two years ago.",
            "A blaze gutted an old textile mill on Canal Lane on Friday night.",
        ),
        (
            Statement("a0", "ruins would be cleared in April", ("a1", "a2")),
            Statement("a1", "rented the mill to a textile firm", ("a0", "a2")),
        ),
    ),
    Reports(
        "owns_vs_let_to_a_tenant",
        (
            "Morrow Properties, which owns the depot, said rebuilding would start in May after "
            "the blaze.",
            "Morrow Properties, which let the depot to Gant Haulage, said the tenant had been "
            "warned about the heaters.",
            "A blaze destroyed a haulage depot on Quarry Road on Monday night.",
        ),
        (
            Statement("a0", "rebuilding would start in May", ("a1", "a2")),
            Statement("a1", "warned about the heaters", ("a0", "a2")),
        ),
    ),
    # The clause and another outlet's sentence share a fact (who put the stage up), but the
    # speaker's statement is the engineers' check, which the other outlet never gives.
    Reports(
        "put_up_the_stage",
        (
            "Dunmore Rigging, which put up the stage, said its engineers had inspected the frame "
            "on Thursday afternoon.",
            "The stage was built by Dunmore Rigging, a company based in Pellbury.",
            "A concert stage collapsed in Marsk Park on Friday, injuring three crew members.",
        ),
        (
            Statement("a0", "engineers had inspected the frame", ("a1", "a2")),
            Statement("a1", "a company based in Pellbury", ("a0", "a2")),
        ),
    ),
    # Owning the paper is no link to the sale of it; the editor's exit is a0's and a2's.
    Reports(
        "owns_the_paper_vs_sold_it",
        (
            "Tennant Press, which owns the Evening Beacon, said the editor had stepped down on "
            "Wednesday night.",
            "Tennant Press sold the Evening Beacon to a rival publisher in a deal worth 15 "
            "million pounds.",
            "The editor of the Evening Beacon stepped down after a plagiarism inquiry.",
        ),
        (
            Statement("a0", "editor had stepped down", ("a1",)),
            Statement("a1", "sold the Evening Beacon", ("a0", "a2")),
        ),
    ),
    Reports(
        "makes_the_trams_vs_ordered_them",
        (
            "Castell Engineering, which makes the new trams, said the first cars would arrive in "
            "September.",
            "The new trams are running three years late and over budget, the audit office said.",
            "The city ordered 30 new trams from Castell Engineering in 2020.",
        ),
        (
            Statement("a0", "first cars would arrive in September", ("a1", "a2")),
            Statement("a2", "ordered 30 new trams", ("a0", "a1")),
        ),
    ),
    # "which is investigating the sinking" presumes the sinking; it does not report it.
    Reports(
        "investigating_the_sinking",
        (
            "The Marine Accident Bureau, which is investigating the sinking, said the voyage "
            "recorder had been lifted from the seabed.",
            "Coastguards are investigating the sinking and have closed the harbour mouth.",
            "A fishing boat sank off Hallow Point on Thursday, killing the skipper.",
        ),
        (
            Statement("a0", "voyage recorder had been lifted", ("a1", "a2")),
            Statement("a1", "closed the harbour mouth", ("a0", "a2")),
            Statement("a2", "killing the skipper", ("a0", "a1")),
        ),
    ),
    Reports(
        "supplied_the_excavator",
        (
            "Digger maker Fenwright, which supplied the excavator, said its mechanics were "
            "travelling to the quarry at Ostley.",
            "The excavator was hired from a local contractor, not supplied by Fenwright, the "
            "quarry manager said.",
            "An excavator slid into a flooded pit at the Ostley quarry on Wednesday.",
        ),
        (
            Statement("a0", "mechanics were travelling", ("a1", "a2")),
            Statement("a1", "hired from a local contractor", ("a0", "a2")),
            Statement("a2", "slid into a flooded pit", ("a0", "a1")),
        ),
    ),
    # An outlet that saw a memo says what is in it; another says to whom the memo went.
    Reports(
        "saw_the_memo",
        (
            "The Calder Post, which saw the memo, said the company had offered 3 million pounds "
            "to the victims' families.",
            "The memo, seen by several broadcasters, was sent to investors on Tuesday.",
            "Brisk Chemicals faces lawsuits from the families of the three workers who died.",
        ),
        (
            Statement("a0", "offered 3 million pounds", ("a1", "a2")),
            Statement("a1", "sent to investors on Tuesday", ("a0", "a2")),
        ),
    ),
    # A clause about not commenting is no link to the recall another outlet reports.
    Reports(
        "has_not_commented_on_the_recall",
        (
            "Pellow Dairies, which has not commented on the recall, said in April that its "
            "cheese was safe to eat.",
            "Pellow Dairies commented on the recall in a brief statement on Tuesday evening.",
            "Inspectors ordered a recall of cheese from Pellow Dairies on Tuesday.",
        ),
        (Statement("a0", "cheese was safe to eat", ("a1", "a2")),),
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


def test_each_outlets_statement_keeps_a_claim_citing_it(reported: tuple[Reports, Report]) -> None:
    case, report = reported
    for statement in case.statements:
        claim = claim_stating(report, statement)
        assert claim is not None, (statement, [c.text for c in report.claims])
        assert statement.article in claim.sources, (statement, claim.sources)


def test_no_claim_cites_an_outlet_for_a_statement_it_does_not_make(
    reported: tuple[Reports, Report],
) -> None:
    case, report = reported
    for statement in case.statements:
        claim = claim_stating(report, statement)
        assert claim is not None, statement
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
