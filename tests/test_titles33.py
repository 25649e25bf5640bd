"""Titles of local office and service before a name ("Cllr", "Prof", "Revd", "Pte") are no part
of it, as "Mr" and "Insp" are not: "Cllr Ruth Abernathy" and "Ruth Abernathy" are one person.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.names import name_tokens
from bylines.report.variants import is_who_said
from bylines.types import Conflict, Report
from model_reports import report
from quote_groups import carriers, quotes_of


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def _report(models: Models, *texts: str) -> Report:
    return report(models, texts)


def _who_said(briefing: Report) -> list[Conflict]:
    return [c for c in briefing.conflicts if is_who_said(c)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Cllr Ruth Abernathy", ["Ruth", "Abernathy"]),
        ("Councillor Ruth Abernathy", ["Ruth", "Abernathy"]),
        ("Prof Ada Lindqvist", ["Ada", "Lindqvist"]),
        ("Professor Ada Lindqvist", ["Ada", "Lindqvist"]),
        ("Revd Tomas Hale", ["Tomas", "Hale"]),
        ("Pte Ivo Rask", ["Ivo", "Rask"]),
        # look-alikes: a name that holds no title keeps every word, and a title word after a
        # given name is a family name, as "Billy King" is
        ("Ruth Abernathy", ["Ruth", "Abernathy"]),
        ("Ada Professor", ["Ada", "Professor"]),
        # before one word the title stays: "Professor Green" (a rapper) is no Tom Green
        ("Professor Green", ["Professor", "Green"]),
        ("Cllr Abernathy", ["Cllr", "Abernathy"]),
        ("Council Leader Cllr Ruth Abernathy", ["Ruth", "Abernathy"]),
    ],
)
def test_a_title_of_office_is_no_part_of_the_name(phrase: str, name: list[str]) -> None:
    assert name_tokens(phrase) == name


_WORDS = "Libraries are for everyone, and never for the fines they collect"


def test_the_same_words_of_a_councillor_and_her_bare_name_are_one_speaker() -> None:
    quotes = quotes_of(
        f'Cllr Ruth Abernathy said: "{_WORDS}," at the meeting in Tarrow.',
        f'"{_WORDS}," Ruth Abernathy told the Tarrow committee.',
    )
    assert carriers(quotes, "never for the fines") == {"a0", "a1"}
    assert {q.speaker for q in quotes} == {"Ruth Abernathy"}


def test_a_councillor_and_her_bare_name_stand_on_one_side_of_who_said(models: Models) -> None:
    briefing = _report(
        models,
        f'Cllr Ruth Abernathy said: "{_WORDS}." The amnesty in Tarrow ends on Friday.',
        f'"{_WORDS}," Ruth Abernathy told the Tarrow library committee on Monday.',
        f'Library manager Nadia Voss said: "{_WORDS}." Tarrow ends its amnesty on Friday.',
    )
    (conflict,) = _who_said(briefing)
    sides = {p.value: set(p.sources) for p in conflict.positions}
    assert sides == {"Ruth Abernathy": {"a0", "a1"}, "Nadia Voss": {"a2"}}


def test_two_councillors_are_two_speakers(models: Models) -> None:
    # the look-alike: the title goes from both names, and two people stay two
    briefing = _report(
        models,
        f'Cllr Ruth Abernathy said: "{_WORDS}." The amnesty in Tarrow ends on Friday.',
        f'Cllr Nadia Voss said: "{_WORDS}." Tarrow ends its amnesty on Friday.',
    )
    (conflict,) = _who_said(briefing)
    sides = {p.value: set(p.sources) for p in conflict.positions}
    assert sides == {"Ruth Abernathy": {"a0"}, "Nadia Voss": {"a1"}}
