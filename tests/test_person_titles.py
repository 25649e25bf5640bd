"""A person noun written as a title before a full name ("Vet Anand Ostrow said", "Owner Isolde
Farraday thanked") is no word of the name: one list of person nouns (``wordlists.PERSON_NOUNS``)
serves ages, witnesses and titles, so "Owner Isolde Farraday" is Isolde Farraday, not a third
person. Person nouns that open names of bodies or are family names stay in the name ("Victim
Support Kelby", "Walker Ivo Rask" may be Walker's).

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.report.names import build_index
from bylines.types import Article
from dated_reports import report_of


def names_in(text: str) -> set[str]:
    return set(build_index([Article(id="a", text=text, source="a")]).counts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Owner Isolde Farraday thanked the crews.", "Isolde Farraday"),
        ("Vet Anand Ostrow said the mare was tired.", "Anand Ostrow"),
        ("Solicitor Ruth Penhale read the statement.", "Ruth Penhale"),
        ("Swimmer Tove Aldersey set off at dawn.", "Tove Aldersey"),
    ],
)
def test_a_role_written_as_a_title_is_no_word_of_the_name(text: str, name: str) -> None:
    assert names_in(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A grant went to Victim Support Kelby this spring.", "Victim Support Kelby"),
        ("Staff at Customer Services Kelby were told on Friday.", "Customer Services Kelby"),
        ("Helpers from Walker Ivo Rask and Sons came too.", "Walker Ivo Rask"),
        ("The course is run by Jockey Club Racecourses in Kelby.", "Jockey Club Racecourses"),
    ],
)
def test_a_person_noun_opening_a_body_or_a_family_name_stays(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_vet_titled_before_the_name_is_the_speaker_named_without_it() -> None:
    report = report_of(
        (
            "A pony was pulled from the mud at Kelby marsh on Friday.\n"
            "Vet Anand Ostrow said the pony was not badly hurt.\n"
            "Crews used a sled to pull her clear.",
            None,
        ),
        (
            "Firefighters freed a pony from deep mud at Kelby marsh on Friday.\n"
            '"She is not badly hurt, just tired," said vet Anand Ostrow.\n'
            "A sled was used to pull her clear.",
            None,
        ),
        (
            "A pony stuck in the mud at Kelby marsh has been rescued.\n"
            "The vet, Anand Ostrow, told us the pony was badly hurt.\n"
            "Crews pulled her clear on a sled.",
            None,
        ),
    )
    (quote,) = [q for q in report.quotes if q.speaker == "Anand Ostrow"]
    sources = [source for variant in quote.variants for source in variant.sources]
    assert sorted(sources) == ["a0", "a1", "a2"]  # "Vet Anand Ostrow said" is his too
    (hurt,) = [v for v in quote.variants if v.sources == ("a2",)]
    assert hurt.difference == "meaning"
