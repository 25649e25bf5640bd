"""Hostile inputs of the third round: figures written in other scripts' digits and soft hyphens
inside words and numbers. All text is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bylines.cli import main
from bylines.ingest.lines import paragraphs
from bylines.report.quantities import extract_quantities

FAST = ["--embedder", "tfidf", "--entities", "rules"]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # Arabic-Indic digits with the Arabic thousands, decimal and percent signs
        (
            "The army sent \u0664\u066c\u0660\u0660\u0660 sandbags to Vellmar.",
            "٤٬٠٠٠",
            4000,
            "count",
        ),
        ("Prices in Ostrand rose \u0663\u066b\u0665\u066a last month.", "٣٫٥٪", 3.5, "percent"),
        # full-width digits, comma and percent sign, as Japanese and Chinese text writes them
        ("The army sent \uff14\uff0c\uff10\uff10\uff10 sandbags.", "４，０００", 4000, "count"),
        ("Turnout in Vellmar was \uff16\uff12\uff05 this year.", "６２％", 62, "percent"),
        # Devanagari digits with an ASCII comma
        ("The army sent \u096a,\u0966\u0966\u0966 sandbags.", "४,०००", 4000, "count"),
    ],
)
def test_a_figure_in_another_scripts_digits_is_read_whole_and_shown_as_written(
    text: str, written: str, value: float, unit: str
) -> None:
    """'٤٬٠٠٠' was read as 4 and 0 (the digits were taken, their separator was not), and 0
    stood in a conflict as one outlet's figure."""
    (found,) = extract_quantities(text)
    assert (found.text, found.low, found.high, found.unit) == (written, value, value, unit)
    assert text[found.start : found.end] == written


def test_soft_hyphens_are_dropped_from_words_and_numbers() -> None:
    """A soft hyphen (&shy;) shows as nothing: '4\u00ad000' was read as the figure 4."""
    (line,) = paragraphs("Officials in Vellmar said 4\u00ad000 sand\u00adbags were sent.")
    assert line.text == "Officials in Vellmar said 4000 sandbags were sent."


def _flood(sandbags: str) -> str:
    return (
        "Dam bursts above Vellmar\n\n"
        "A dam burst above the town of Vellmar on Monday, forcing 1,200 people from their "
        f"homes, the regional council said. The army sent {sandbags} sandbags to the town, "
        'officials said. "We have never seen water like this," said mayor Helga Brunn.'
    )


def test_outlets_giving_one_figure_in_different_digits_are_no_conflict(tmp_path: Path) -> None:
    """Four outlets give 4,000 sandbags (ASCII, Arabic-Indic, full-width, with a soft hyphen):
    one claim of all four, and no conflict with a figure of 0 or of 4."""
    figures = {"ash": "4,000", "birch": "٤٬٠٠٠", "cedar": "４，０００", "dogwood": "4\u00ad000"}
    for name, figure in figures.items():
        (tmp_path / f"{name}.txt").write_text(_flood(figure), encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["report", str(tmp_path), "-o", str(out), *FAST]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["conflicts"] == []
    (sandbags,) = [c for c in data["claims"] if "sandbags" in c["text"]]
    assert sorted(sandbags["sources"]) == sorted(figures)
