"""Citations credited fact by fact (issue 7, parts 1-2): a negation counts against a citation only
where it denies what the other sentence says; a sentence of two facts is credited to an outlet
stating one of them; two reports giving one figure of one thing in other words are linked.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.align import fact_units
from bylines.report.pipeline import build_report
from bylines.report.values import (
    Reading,
    gives_a_figure,
    polarity_mismatch,
    slot_mismatches,
    value_mismatches,
)
from bylines.types import Article, Report, Sentence


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def report(models: Models, *texts: str) -> Report:
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    return build_report(articles, models=models)


def sources_of(report: Report, words: str) -> set[str]:
    """Every article cited by a claim whose text holds ``words``."""
    found = [set(c.sources) for c in report.claims if words in c.text]
    assert found, f"no claim says {words!r}"
    return set().union(*found)


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "There is no sign of damage to the Orlen dam.",
            "There are signs of damage to the Orlen dam.",
        ),
        (
            "The council will not close the Tarrow library.",
            "The council will close the Tarrow library.",
        ),
        ("Nobody saw the fire start, the warden said.", "Two guards saw the fire start."),
        # "not" denies the predicate, whatever words the other side uses for it
        (
            "The doctor said the fever did not appear to be spreading in Lusbury.",
            "There were signs that the fever was passing between people in Lusbury.",
        ),
        # two negations in two clauses do not cancel out
        (
            "Neither the driver nor the passenger was hurt in the Fernby crash.",
            "The driver and the passenger were hurt in the Fernby crash.",
        ),
        (
            "Residents of Fernby were told to boil nothing and drink nothing from the well.",
            "Residents of Fernby were told to drink water from the well.",
        ),
    ],
)
def test_a_negation_of_what_the_other_says_is_a_polarity_mismatch(shown: str, other: str) -> None:
    assert polarity_mismatch(shown, other, Reading())
    assert polarity_mismatch(other, shown, Reading())


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # the same fact, one side said with a negation, the other with its opposite word
        (
            "No ferries will sail to Brannoe before Thursday.",
            "The crossing to Brannoe stays shut until Thursday.",
        ),
        # a second fact beside the shared one
        (
            "Nobody was badly hurt, although three climbers suffered frostbite.",
            "Three climbers were treated for frostbite.",
        ),
        # a negation the possessive hides is still one: both sides deny
        (
            "Nobody's life is worth a race, the organiser said.",
            "No race is worth a life, she said.",
        ),
        # both sides deny, one of them twice in two clauses
        (
            "No one in Fernby was hurt and nothing was damaged.",
            "Nobody in Fernby was hurt, the police said.",
        ),
        # a short aside between commas does not cut a clause: "did not, however, deny" affirms
        (
            "The mayor of Fernby did not, however, deny that she had been at the quarry.",
            "The mayor of Fernby admitted that she had been at the quarry.",
        ),
        # "not only ... but also" affirms
        (
            "Not only the driver but also two passengers were hurt in the Fernby crash.",
            "The driver and two passengers were hurt in the Fernby crash.",
        ),
        # two negations in one clause do cancel out
        (
            "The mayor of Fernby did not deny the report about the bypass.",
            "The mayor of Fernby confirmed the report about the bypass.",
        ),
        # "never before" qualifies, the other side does not deny
        (
            "The fair, first held in 1911, has never before been cancelled.",
            "The fair has run since 1911.",
        ),
    ],
)
def test_a_negation_about_something_else_is_no_polarity_mismatch(shown: str, other: str) -> None:
    assert polarity_mismatch(shown, other, Reading()) == []
    assert polarity_mismatch(other, shown, Reading()) == []


def test_a_fact_split_over_two_sentences_is_credited(models: Models) -> None:
    briefing = report(
        models,
        "A cargo ship carrying about 300 containers ran aground near Pellin at dawn on Sunday, "
        "the port authority said. Tugs were sent from Marsby to pull it free.",
        "A cargo ship has run aground just outside Pellin. Around 300 containers were on board, "
        "the port authority said.",
        "The ship Greta Lind ran aground off Pellin on Sunday morning. Its crew of 14 was unhurt.",
    )
    assert {"a0", "a1"} <= sources_of(briefing, "carrying about 300 containers")
    assert sources_of(briefing, "Tugs were sent") == {"a0"}


def test_a_year_said_in_other_words_is_one_fact(models: Models) -> None:
    briefing = report(
        models,
        "The Harwick clock tower, first built in 1874, was damaged by lightning on Sunday night. "
        "Repairs will cost about 40,000 crowns, the town council said.",
        "Lightning struck the clock tower in Harwick on Sunday. The tower has stood over the "
        "market square since 1874.",
        "A storm hit Harwick overnight. The clock tower, which dates from 1874, lost part of its "
        "roof.",
    )
    assert sources_of(briefing, "has stood over the market square since 1874") == {"a0", "a1", "a2"}
    assert sources_of(briefing, "Repairs will cost") == {"a0"}


def test_a_clause_of_time_or_cause_is_a_fact_unit_of_its_own() -> None:
    text = "The Dunmore regatta was called off on Sunday after coastguards warned of waves of 4 m."
    units = [u.text for u in fact_units(Sentence("a", 0, text, 0, len(text)))]
    assert units == [
        "The Dunmore regatta was called off on Sunday",
        "after coastguards warned of waves of 4 m.",
    ]
    # no verb after "after": a phrase, not a clause
    text = "The old pier of Dunmore reopened on Friday after three months of repairs."
    assert len(fact_units(Sentence("a", 0, text, 0, len(text)))) == 1


def test_a_vote_split_given_as_two_counts_is_the_same_figure() -> None:
    read = Reading()
    shown = "The Velmar council passed the budget by 31 votes to 24."
    assert gives_a_figure(shown, "Councillors voted 31 in favour and 24 against.", read)
    assert not gives_a_figure(shown, "Councillors voted 31 in favour and 22 against.", read)


def test_a_claim_whose_fact_others_state_with_another_figure_is_not_only_in_one(
    models: Models,
) -> None:
    briefing = report(
        models,
        "A bus carrying 40 pupils overturned on the Kessel pass road on Monday, and 12 pupils "
        "were hurt, police said. The driver was arrested.",
        "A school bus overturned on the Kessel pass road on Monday, and 15 children were hurt, "
        "the regional police said.",
        "Firefighters cut pupils free from a school bus that overturned on the Kessel pass road. "
        "Heavy snow fell overnight.",
    )
    (twelve,) = [c for c in briefing.claims if "12 pupils" in c.text]
    assert twelve.sources == ("a0",)  # nobody else gives 12
    assert twelve.coverage == "several"  # but the overturned bus is no exclusive
    (arrest,) = [c for c in briefing.claims if "driver was arrested" in c.text]
    assert arrest.coverage == "one"


def test_a_rare_one_word_name_joins_two_wordings_of_a_fact(models: Models) -> None:
    briefing = report(
        models,
        "The Halvar Assembly passed the river protection bill on Monday by a wide margin. It "
        "now goes to the Veche, which is expected to vote in June. Farmers protested outside.",
        "Lawmakers in Halvar approved the river protection bill on Monday. The Veche, the upper "
        "house, will consider the text next month. The minister welcomed the vote.",
        "The river protection bill cleared the Halvar Assembly on Monday. Governor Ilse Marten "
        "praised the lawmakers.",
    )
    assert sources_of(briefing, "It now goes to the Veche") == {"a0", "a1"}
    assert sources_of(briefing, "the upper house, will consider") == {"a0", "a1"}
    # a person's name is no such anchor, nor is the place every report names
    assert sources_of(briefing, "Farmers protested") == {"a0"}
    assert sources_of(briefing, "Governor Ilse Marten praised") == {"a2"}


def test_a_count_of_another_fact_in_a_long_sentence_is_no_mismatch() -> None:
    read = Reading()
    shown = "The plan cuts ferry fares by 20 percent and closes 4 piers in Osterby."
    other = "Ferry fares fall by 20 percent, a cut the union says will cost 1,500 jobs."
    assert value_mismatches(shown, other, read) == ()
    # the same count given another way still is one
    assert value_mismatches("Osterby closed 4 piers.", "Osterby closed 6 piers.", read)


def test_one_as_a_pronoun_is_no_figure_to_give() -> None:
    read = Reading()
    shown = "The Brisvale fair, one of the oldest in the north, was cancelled on Friday."
    assert gives_a_figure(shown, "Organisers called off the Brisvale fair.", read)
    assert not gives_a_figure("Two stalls burned at the Brisvale fair.", "A stall burned.", read)


def test_a_year_in_another_month_is_no_shared_figure(models: Models) -> None:
    briefing = report(
        models,
        "The treasurer of the Holm rowing club was jailed on Friday for fraud. The theft came to "
        "light in March 2023, when a member noticed missing dues.",
        "A Holm court jailed the rowing club's former treasurer on Friday. He has been held in "
        "custody since his arrest in June 2023.",
    )
    assert sources_of(briefing, "came to light in March 2023") == {"a0"}
    assert sources_of(briefing, "since his arrest in June 2023") == {"a1"}


def test_an_outlet_is_never_cited_for_quoted_words_it_did_not_print(models: Models) -> None:
    # The packaged example (written for bylines): the minister gives Radio Nordmark other words
    # than she gives the Eastmark Herald; the summary cited the radio for the Herald's quote.
    from pathlib import Path

    import bylines
    from bylines.ingest.read import read_inputs

    example = Path(bylines.__file__).parent / "examples" / "ferry-aground"
    built = build_report(read_inputs([str(example)]).articles, models=models)
    radio = next(a.id for a in built.articles if "radio" in a.id)
    quoted = [s for s in built.summary if "find out why this ship" in s.text]
    assert quoted and all(radio not in s.sources for s in quoted)
    assert all(radio not in c.sources for c in built.claims if "find out why this ship" in c.text)


def test_two_direct_quotes_of_one_statement_or_of_two_are_told_apart() -> None:
    from bylines.report.values import quote_mismatch

    said = 'Aaberg said: "We will find out why the tanker was in the channel in such fog."'
    cut = '"We will find out why the tanker was in the channel," Aaberg told reporters.'
    other = '"That tanker should never have entered the channel in such fog," Aaberg said.'
    reported = "Aaberg said they would find out why the tanker was in the channel."
    assert not quote_mismatch(said, cut)
    assert quote_mismatch(said, other) and quote_mismatch(other, said)
    assert not quote_mismatch(said, reported)  # indirect speech is judged by the other checks


def test_a_close_other_count_of_the_same_noun_elsewhere_in_an_article_disagrees() -> None:
    shown = (
        "The Alma was carrying 386 passengers when it ran onto the Skarv reef late on Friday, "
        "according to the operator."
    )
    (mismatch,) = slot_mismatches(shown, ["The ferry had 412 passengers on board, police said."])
    assert (mismatch.shown, mismatch.other) == ("386", "412")
    # a count far from it is another fact of the same noun
    assert slot_mismatches(shown, ["The port handled 11 million passengers last year."]) == ()


def test_a_far_other_count_of_the_same_noun_is_another_fact(models: Models) -> None:
    shown = report(
        models,
        "Storms closed Velby airport on Friday, leaving about 3,000 passengers stranded.",
        "Storms closed Velby airport on Friday and left some 3,000 passengers stuck there. "
        "Velby handled 11 million passengers last year.",
    )
    assert "a1" in sources_of(shown, "3,000 passengers")


def test_a_year_alone_does_not_give_a_day_and_half_a_year_gives_its_month() -> None:
    read = Reading()
    assert not gives_a_figure("The dam failed on 3 March 2031.", "The dam failed in 2031.", read)
    assert gives_a_figure(
        "The sale should complete by June 2026.",
        "The sale should close in the first half of 2026.",
        read,
    )


def test_a_relative_clause_about_the_speaker_does_not_name_another_speaker(models: Models) -> None:
    # 'who flew to Tarnby on Sunday' is about the minister; 'Sunday' is nobody who speaks
    from bylines.report.values import Reading, value_mismatches

    long = (
        "Fisheries Minister Ada Lund, who flew to Tarnby late on Sunday, said: "
        '"We will find out why this trawler was at sea in such weather."'
    )
    short = (
        'Fisheries Minister Ada Lund said: "We will find out why this trawler was at sea in '
        'such weather."'
    )
    assert not value_mismatches(long, short, Reading())
    # in the packaged example the wire's and the Herald's sentences are such a pair
    from pathlib import Path

    import bylines
    from bylines.ingest.read import read_inputs

    example = Path(bylines.__file__).parent / "examples" / "ferry-aground"
    built = build_report(read_inputs([str(example)]).articles, models=models)
    (quoted,) = [c for c in built.claims if "find out why this ship" in c.text]
    assert set(quoted.sources) == {"01-harbour-wire", "05-eastmark-herald"}
