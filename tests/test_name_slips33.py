"""A five-letter family name with one letter changed under the same given name is one person's
name spelled two ways ("Halvard Quist" / "Halvard Quest"); two people stay two: both names in
one article, other given names, shorter family names, a family name alone.

Every text here is invented for the tests (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.models import Models, load_models
from bylines.report.names import find_name_slips
from bylines.report.pipeline import build_report
from bylines.types import Article


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", text=t, source=f"Outlet {i}") for i, t in enumerate(texts)]


def _slips(*texts: str) -> list[list[tuple[str, tuple[str, ...]]]]:
    articles = _articles(*texts)
    return [
        [(p.value, p.sources) for p in c.positions]
        for c in find_name_slips(split_sentences(articles), articles)
    ]


def test_a_five_letter_family_name_one_letter_apart_is_a_slip() -> None:
    assert _slips(
        "Chief executive Halvard Quist said the ban on hosepipes would stay.",
        "Halvard Quist told staff in Orrel the ban was needed.",
        "Chief executive Halvard Quest says the ban on hosepipes will stay.",
    ) == [[("Halvard Quist", ("a0", "a1")), ("Halvard Quest", ("a2",))]]


@pytest.mark.parametrize(
    "texts",
    [
        # two people in one article
        (
            "Chief executive Halvard Quist said the ban would stay; his deputy Halvard Quest "
            "agreed.",
            "Halvard Quist told staff in Orrel the ban was needed.",
        ),
        # other given names
        (
            "Chief executive Ruth Quist said the ban would stay.",
            "Ruth Quist told staff in Orrel the ban was needed.",
            "Chief executive Anna Quest says the ban will stay.",
        ),
        # a four-letter family name
        (
            "Chief executive Ruth Hale said the ban would stay.",
            "Ruth Hale told staff in Orrel the ban was needed.",
            "Chief executive Ruth Hall says the ban will stay.",
        ),
        # family names alone, with a title
        ("Mr Hales said the ban would stay.", "Mr Hayes told staff in Orrel the ban was needed."),
    ],
)
def test_names_one_letter_apart_that_may_be_two_people_are_no_slip(
    texts: tuple[str, ...],
) -> None:
    assert _slips(*texts) == []


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def test_the_report_shows_the_slip_with_each_outlet_on_its_spelling(models: Models) -> None:
    briefing = build_report(
        _articles(
            "Orrel Water banned hosepipes on Monday. Chief executive Halvard Quist said the ban "
            "would stay until the reservoirs recovered.",
            "A hosepipe ban began in Orrel on Monday. Halvard Quist said the ban was needed.",
            "Hosepipes are banned in Orrel from Monday. Chief executive Halvard Quest says the "
            "ban will stay until the reservoirs recover.",
        ),
        models=models,
    )
    names = [c for c in briefing.conflicts if c.kind == "name"]
    assert [{p.value: set(p.sources) for p in c.positions} for c in names] == [
        {"Halvard Quist": {"a0", "a1"}, "Halvard Quest": {"a2"}}
    ]
