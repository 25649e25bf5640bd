"""'Only in X' tells the truth (issue 7, item 1): a claim is no outlet's exclusive when another
outlet restates its fact in other words, even where the wording is too far apart to cite that
outlet for it; two facts about one company, or one fact with another figure, stay apart.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.models import Models, load_models
from bylines.report.align import (
    FactLinks,
    _nameless,
    _names_inside,
    claims_from_groups,
    fact_units,
)
from bylines.report.verify import verify_claims
from bylines.types import Article, Claim, Sentence
from model_reports import claim, report


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


DEPOT_FIRE = (
    "Fire destroyed a warehouse at the Pellworth freight depot on Tuesday night. "
    "Forty firefighters fought the flames for six hours. "
    "It is not yet clear what started the fire. "
    "The haulier Carlin Freight cancelled 40 deliveries on Wednesday. "
    "Smoke drifted over the Orme valley until dawn. "
    "The depot opened in 1991 and employs about 200 people.",
    "A warehouse at Pellworth's freight depot burned down late on Tuesday. "
    "The cause of the blaze is being investigated by the fire service. "
    "Carlin Freight says its lorries are running normally again. "
    "Firefighters needed nine hours to bring the fire under control. "
    "Residents of Dunsey were told to keep their windows shut. "
    "The company's chief executive, Mara Velt, visited the site on Wednesday morning.",
    "Flames tore through a depot warehouse in Pellworth on Tuesday evening. "
    "Nobody was hurt, the fire service said. "
    "The road to Dunsey was closed for most of the night.",
)


def test_a_cause_not_yet_known_in_other_words_is_no_exclusive(models: Models) -> None:
    briefing = report(models, DEPOT_FIRE)
    for words in ("not yet clear what started", "cause of the blaze"):
        restated = claim(briefing, words)
        assert restated.coverage == "several"
        # a cause not yet known is one fact of its event, however said (align.cause_unknown):
        # each outlet is cited for the other's words (once only a restatement, citing nobody;
        # tests/test_cover6.py has restatements that cite nobody)
        assert restated.sources == ("a0", "a1")


def test_two_facts_of_one_company_or_two_figures_stay_exclusives(models: Models) -> None:
    briefing = report(models, DEPOT_FIRE)
    assert claim(briefing, "cancelled 40 deliveries").coverage == "one"
    assert claim(briefing, "running normally again").coverage == "one"
    assert claim(briefing, "for six hours").coverage == "one"
    assert claim(briefing, "nine hours").coverage == "one"


def _restated_pair(first: str, second: str) -> tuple[Claim, ...]:
    """Claims of two one-sentence articles whose sentences are marked as restating each other."""
    articles = [
        Article(id="a0", text=first, source="Kestrel Radio"),
        Article(id="a1", text=second, source="Orme Gazette"),
    ]
    sentences = split_sentences(articles)
    one, other = sentences
    links = FactLinks({}, {}, {one: (other,), other: (one,)})
    claims = claims_from_groups([[0], [1]], sentences, articles)
    return verify_claims(claims, links, sentences, articles)


def test_a_restatement_with_the_same_or_no_figure_makes_a_claim_shared() -> None:
    checked = _restated_pair(
        "The Tolland ferry will not sail again before the spring, its operator said.",
        "Crossings to Tolland are suspended for the winter.",
    )
    assert [c.coverage for c in checked] == ["several", "several"]
    assert [c.sources for c in checked] == [("a0",), ("a1",)]


def test_a_restatement_giving_another_figure_leaves_the_claim_its_outlets_own() -> None:
    checked = _restated_pair(
        "The storm cut power to 3,000 homes in Tolland.",
        "About 5,000 households in Tolland lost electricity in the storm.",
    )
    assert [c.coverage for c in checked] == ["one", "one"]


@pytest.mark.parametrize(
    ("text", "nameless"),
    [
        # a name the cluster writes inside a sentence is one at the start too
        ("Tresslink says its trains run again.", "says its trains run again."),
        # a word only ever seen opening a sentence is no name
        (
            "Nobody was hurt, the Brask fire service said.",
            "Nobody was hurt, the fire service said.",
        ),
        ("The Orme Gazette's reporter saw Mara Velt leave.", "The reporter saw leave."),
    ],
)
def test_names_are_left_out_and_a_sentence_opening_word_kept(text: str, nameless: str) -> None:
    cluster = [text, "The operator, Tresslink, apologised.", "Queues formed at Orme station."]
    assert _nameless(text, _names_inside(cluster)) == nameless


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel line was shut on Monday after a gust threw a crane onto the track.",
        "The Dunmore road was closed overnight after the river burst its banks near Hollin.",
        "Ferries to Tolland were cancelled on Friday because the wind blew at gale force.",
    ],
)
def test_a_clause_of_time_or_cause_with_an_irregular_past_is_a_unit_of_its_own(text: str) -> None:
    units = fact_units(Sentence("a", 0, text, 0, len(text)))
    assert len(units) == 2
    assert units[1].text.split()[0] in {"after", "because"}
