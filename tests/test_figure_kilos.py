"""'kilos' is kilograms as people say them: "936 kilos" is the weight "936kg", not a count of
kilos; words that only begin with kilo- (kilometres, kilowatts, kilobytes, 'kilo-calories') are
read as before. All texts are invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.quantities import extract_quantities
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def read(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.text, q.low, q.dimension, q.noun) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The old county mark of 936 kilos had stood since the show began.", ("936 kilos", 0.936)),
        ("Customs officers seized 12 kilos of resin at the port.", ("12 kilos", 0.012)),
        ("Each crate held one kilo of dried figs.", ("one kilo", 0.001)),
        ("Volunteers packed a 5-kilo box for every family.", ("5-kilo", 0.005)),
    ],
)
def test_kilos_are_a_weight(text: str, expected: tuple[str, float]) -> None:
    ((written, tonnes, dimension, _),) = [q for q in read(text) if q[2] != "date"]
    assert (written, dimension) == (expected[0], "weight")
    assert tonnes == pytest.approx(expected[1])


def test_kilos_weigh_as_kilograms() -> None:
    (kilos,) = extract_quantities("The marrow weighed 936 kilos at the show.")
    (kg,) = extract_quantities("The marrow weighed 936kg at the show.")
    assert (kilos.low, kilos.high, kilos.unit) == (kg.low, kg.high, kg.unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry route runs 34 kilometres along the coast.", ("34 kilometres", "distance")),
        ("The new turbine makes 900 kilowatts at full speed.", ("900", "count")),
        ("The leaked file was only 300 kilobytes long.", ("300", "count")),
        ("Each bar holds 200 kilo-calories of sugar.", ("200", "count")),
    ],
)
def test_words_that_begin_with_kilo_are_read_as_before(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(q[0], q[2]) for q in read(text)] == [expected]


def report_of(*texts: str) -> Report:
    published = [f"2031-09-06T12:{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


def test_the_same_weight_in_kilos_and_kg_is_no_conflict() -> None:
    report = report_of(
        "Anna Velt's giant marrow weighed 936 kilos at the Harlow Show on Saturday.",
        "At the Harlow Show on Saturday, Anna Velt's giant marrow weighed 936kg.",
        "Anna Velt's giant marrow weighed 936kg at the Harlow Show on Saturday, judges said.",
    )
    assert not report.conflicts


def test_another_weight_in_kilos_still_conflicts() -> None:
    report = report_of(
        "Anna Velt's giant marrow weighed 936 kilos at the Harlow Show on Saturday.",
        "At the Harlow Show on Saturday, Anna Velt's giant marrow weighed 963kg.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"936 kilos": ("a0",), "963kg": ("a1",)}
