"""A person's name with lower-case particles ("Piet van der Molen", "Maria de la Cruz", "Abdel
bin Rashid", "Jan ter Horst") is one name, whole, in the name index and in both entity taggers:
cut to its last words it was another person ("van der Molen", "Horst"), and a spelling written
joined by other outlets ("Vandermolen") was no name conflict. Near-misses keep their reading: a
family named without a given name, a number before a capitalised word, a firm's name.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bylines.models import EntityTagger
from bylines.report.entities import RuleTagger, find_entities, load_tagger
from bylines.report.names import build_index
from bylines.types import Article, Report, Sentence
from dated_reports import report_of, sides

PARTICLE_NAMES = ("Piet van der Molen", "Maria de la Cruz", "Abdel bin Rashid", "Jan ter Horst")


def sentences(*texts: str) -> list[Sentence]:
    return [Sentence("a", i, text, 0, len(text)) for i, text in enumerate(texts)]


def people(texts: Sequence[str], tagger: EntityTagger) -> set[str]:
    return {e.name for e in find_entities(sentences(*texts), tagger) if e.type == "PERSON"}


@pytest.fixture(scope="module")
def spacy_tagger() -> EntityTagger:
    return load_tagger("spacy")


@pytest.mark.parametrize("name", PARTICLE_NAMES)
def test_the_name_index_keeps_a_name_with_particles_whole(name: str) -> None:
    text = f"The new caretaker, {name}, starts on Monday. Staff welcomed {name} warmly."
    index = build_index([Article(id="a", text=text, source="a")])
    assert name in index.counts
    assert not [n for n in index.counts if n != name and n in name]


def test_a_family_named_by_its_particles_alone_is_no_full_name() -> None:
    text = "The van der Molen family farm was sold. Almost nobody in Kelby knew."
    index = build_index([Article(id="a", text=text, source="a")])
    assert not [n for n in index.counts if "Molen" in n]


@pytest.mark.parametrize("tagger_name", ["rules", "spacy"])
def test_both_taggers_keep_the_given_name_before_particles(
    tagger_name: str, spacy_tagger: EntityTagger
) -> None:
    tagger = RuleTagger() if tagger_name == "rules" else spacy_tagger
    found = people(
        [
            "Forwards coach Piet van der Molen will take the team for the rest of the season.",
            "The statement was read by Maria de la Cruz, the club secretary.",
            "Abdel bin Rashid, the owner, said the horse was fine.",
            "Jan ter Horst told reporters he had not been asked.",
        ],
        tagger,
    )
    assert set(PARTICLE_NAMES) <= found
    assert not {"Molen", "van der Molen", "Horst", "Rashid", "Cruz"} & found


def test_a_number_word_before_a_capital_opens_no_name_in_the_rule_tagger() -> None:
    found = people(
        [
            "Around ten Kelby families were moved on Sunday.",
            "They later met Ivo Marsh and Ana Lind.",
        ],
        RuleTagger(),
    )
    assert found == {"Ivo Marsh", "Ana Lind"}


def reports_spelling(first: str, second: str, third: str) -> Report:
    return report_of(
        (
            "Orrin Rovers sacked their head coach on Sunday after relegation.\n"
            f"Forwards coach {first} will take the team until the summer.\n"
            "The club finished bottom with nine points.",
            None,
        ),
        (
            "Orrin Rovers have sacked their head coach after they were relegated.\n"
            f"{second}, the forwards coach, takes over until the summer.\n"
            "The club finished the season bottom with nine points.",
            None,
        ),
        (
            "Relegated Orrin Rovers sacked their head coach on Sunday.\n"
            f"Forwards coach {third} will be in charge until the summer.\n"
            "Rovers ended the season bottom of the table.",
            None,
        ),
    )


def test_a_particle_name_written_joined_elsewhere_is_a_spelling_conflict() -> None:
    report = reports_spelling("Piet van der Molen", "Piet Vandermolen", "Piet Vandermolen")
    (conflict,) = [c for c in report.conflicts if c.kind == "name"]
    assert sides(conflict) == {"Piet Vandermolen": ("a1", "a2"), "Piet van der Molen": ("a0",)}
    for claim in report.claims:
        if "Vandermolen" in claim.text:
            assert "a0" not in claim.sources
        if "van der Molen" in claim.text:
            assert set(claim.sources) == {"a0"}


def test_particles_in_capitals_are_the_same_spelling() -> None:
    report = reports_spelling("Piet van der Molen", "Piet Van Der Molen", "Piet van der Molen")
    assert not [c for c in report.conflicts if c.kind == "name"]


def test_a_day_an_opener_or_a_role_before_a_particle_is_no_given_name(
    spacy_tagger: EntityTagger,
) -> None:
    found = people(
        [
            "Yesterday van Basten said he was proud of the squad.",
            "Manager de Boer said the squad was tired.",
            "Today van Basten signs for Orrin.",
            "Afterwards van Basten thanked the fans.",
        ],
        spacy_tagger,
    )
    assert found == {"van Basten", "de Boer"}


def test_a_body_opened_by_jockey_keeps_its_first_word(spacy_tagger: EntityTagger) -> None:
    found = people(
        ["Jockey Club Racecourses said on Friday that the meeting would go ahead."], spacy_tagger
    )
    assert "Club Racecourses" not in found


def test_the_rule_tagger_takes_no_day_or_role_before_a_particle_as_a_given_name() -> None:
    # the rule path as the spaCy path: "Yesterday van Dijk" was a person of three words
    found = people(
        [
            "Yesterday van Basten said he was proud of the squad.",
            "Manager de Boer said the squad was tired.",
            "Jan ter Horst told reporters the club would appeal.",
        ],
        RuleTagger(),
    )
    assert not any(name.split()[0] in {"Yesterday", "Manager"} for name in found)
    assert "Jan ter Horst" in found
