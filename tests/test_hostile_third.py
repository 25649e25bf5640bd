"""Hostile inputs of the third round: figures written in other scripts' digits, soft hyphens
inside words and numbers, an output file that is also an input, and .json files of articles.
All text is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bylines.cli import main
from bylines.ingest.lines import paragraphs
from bylines.report.quantities import extract_quantities
from hostile import GOOD

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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Vellmar: می\u200cخواهم بمانم", "می\u200cخواهم"),  # Persian spells with the non-joiner
        ("बाँध क्\u200dष टूटा", "क्\u200dष"),  # a Devanagari conjunct
        ("Rescuers 👩\u200d🚒 arrived", "👩\u200d🚒"),  # one emoji, not two
    ],
)
def test_a_joiner_a_script_spells_with_is_kept(text: str, kept: str) -> None:
    """The zero-width joiners were dropped everywhere: a Persian word then showed joined."""
    (line,) = paragraphs(text)
    assert kept in line.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Vell\u200dmar and Vell\u200cmar", "Vellmar and Vellmar"),  # hidden inside a word
        ("Москва\u200c и Вел\u200dмар", "Москва и Велмар"),  # Cyrillic spells without
        ("\u0661\u200d\u0660\u0660\u0660 and ४\u200c०००", "١٠٠٠ and ४०००"),  # inside figures
    ],
)
def test_a_joiner_elsewhere_is_still_dropped(text: str, read: str) -> None:
    (line,) = paragraphs(text)
    assert line.text == read


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


@pytest.mark.parametrize("command", ["report", "stories"])
def test_an_output_file_that_is_also_an_input_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """'-o' naming an input file wrote the briefing over the article: the article was lost."""
    paths = []
    for name, text in GOOD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    target = tmp_path / "coast-daily.txt"
    extra = ["--db", str(tmp_path / "s.db")] if command == "stories" else FAST
    assert main([command, *paths, "-o", str(target), *extra]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert str(target) in line and "input" in line
    assert target.read_text(encoding="utf-8") == GOOD["coast-daily.txt"]


def test_an_output_file_inside_an_input_directory_is_refused_once_it_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second run of 'report DIR -o DIR/briefing.md' read the first briefing as an article of
    an outlet 'briefing', then wrote over it."""
    for name, text in GOOD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    target = tmp_path / "briefing.md"
    assert main(["report", str(tmp_path), "-o", str(target), *FAST]) == 0
    first = target.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["report", str(tmp_path), "-o", str(target), *FAST]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert str(target) in line and "input" in line
    assert target.read_text(encoding="utf-8") == first


def test_a_json_file_of_article_objects_is_read_as_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scraper's .json list (pretty-printed) was read as plain text: the briefing quoted its
    brackets and keys as the story. Each object is an article; one with no text is named."""
    records = [
        {"id": "ash-post", "source": "Ash Post", "text": _flood("4,000")},
        {"id": "birch-news", "text": _flood("4,000").replace("Monday", "Monday night")},
        {"id": "no-text", "title": "Only a title"},
    ]
    (tmp_path / "scraped.json").write_text(json.dumps(records, indent=2), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": _flood("4,000")}), encoding="utf-8")
    out = tmp_path / "out.json"
    paths = [str(tmp_path / "scraped.json"), str(tmp_path / "one.json")]
    assert main(["report", *paths, "-o", str(out), *FAST]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert "scraped.json" in line and "item 3" in line and '"text"' in line
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in data["articles"]) == ["ash-post", "birch-news", "one"]
    assert "Ash Post" in [a["source"] for a in data["articles"]]
    written = json.dumps(data["summary"]) + json.dumps(data["claims"])
    assert '\\"id\\"' not in written and '\\"text\\"' not in written


def test_right_to_left_text_is_isolated_in_the_html_and_latin_text_is_not(tmp_path: Path) -> None:
    """An Arabic or Hebrew sentence in the page's left-to-right flow showed its final stop at
    its start: it is set apart in <bdi>, and its source text takes its own direction."""
    arabic = (
        "انهيار سد في فيلمار\n\nانهار سد فوق بلدة فيلمار يوم الاثنين، وأصيب 12 شخصا. ودمر 35 منزلا."
    )
    (tmp_path / "qamar.txt").write_text(arabic, encoding="utf-8")
    (tmp_path / "ash.txt").write_text(_flood("4,000"), encoding="utf-8")
    out = tmp_path / "out.html"
    assert main(["report", str(tmp_path), "-o", str(out), *FAST]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<bdi>ودمر 35 منزلا.</bdi>" in page
    assert '<div class="article-text" dir="auto">' in page
    assert "<bdi>A dam burst" not in page and "A dam burst above" in page
    assert page.count('<div class="article-text">') == 1  # the English text: the page's own
