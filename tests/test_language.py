"""Every language is kept, its language detected and shown; the report says where analysis is
English-only."""

from __future__ import annotations

import json

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.language import detect_language
from bylines.options import ReportOptions
from bylines.render import to_html, to_json, to_markdown
from bylines.report.pipeline import build_report
from bylines.types import Article

ENGLISH = (
    "The ferry operator suspended all crossings on Sunday after inspectors found a crack in the "
    "hull of its largest vessel. About 3,400 passengers a day use the crossing, the company said."
)
CHINESE = (
    "渡轮运营商周日暂停了所有航班，此前检查人员在船体上发现了一道裂缝。"
    "每天约有3400名乘客使用这条航线。"
)
RUSSIAN = (
    "Оператор парома приостановил все рейсы в воскресенье. "
    "Ежедневно переправой пользуются 3400 пассажиров."
)
ARABIC = "علقت شركة العبارات جميع الرحلات يوم الأحد بعد أن اكتشف المفتشون صدعا في هيكل أكبر سفنها."
FRENCH = (
    "L'opérateur du ferry a suspendu toutes les traversées dimanche après la découverte d'une "
    "fissure dans la coque."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [(ENGLISH, "en"), (CHINESE, "zh"), (RUSSIAN, "ru"), (ARABIC, "ar"), (FRENCH, "fr")],
)
def test_language_is_detected(text: str, code: str) -> None:
    assert detect_language(text) == code
    assert clean_article(Article(id="a", text=text, source="a")).language == code


def test_too_short_to_tell() -> None:
    assert detect_language("Oslo 2025") is None


# Under 12 letters the model is not asked; the script alone names the language (check9).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("渡轮停航", "zh"),
        ("フェリー運休", "ja"),  # kana beside Han: Japanese, not Chinese
        ("여객선 운항 중단", "ko"),
        ("Паром стоит", "ru"),
        ("توقف العبارة", "ar"),
        ("Πλοίο 12", "el"),
        ("המעבורת", "he"),
        ("नौका बंद", "hi"),
        ("Oslo: 渡轮停航", "zh"),  # a Latin dateline beside more letters of the script
    ],
)
def test_a_short_text_is_named_by_its_script(text: str, code: str) -> None:
    assert detect_language(text) == code


# Short texts in Latin letters, numbers, or with a stray letter of another script stay unnamed.
@pytest.mark.parametrize(
    "text",
    [
        "Ferry halted",
        "12 345 / 2025",
        "",
        "a 5 Ω fuse",  # one Greek letter is a unit
        "π 3.14 BBC",
        "BBC News 北京",  # a foreign word in mostly Latin letters
    ],
)
def test_a_short_latin_or_numeric_text_is_not_named(text: str) -> None:
    assert detect_language(text) is None


def test_a_short_article_in_another_script_is_flagged_in_the_report() -> None:
    articles = [
        Article(id="en", text=ENGLISH, source="Coastal Wire"),
        Article(id="ru", text="Паром стоит.", source="Harbour Daily"),
        Article(id="short", text="Ferry halted.", source="Tide Post"),
    ]
    report = build_report(articles, ReportOptions(embedder="tfidf", entities="rules"))
    languages = [a["language"] for a in json.loads(to_json(report))["articles"]]
    assert languages == ["en", "ru", None]
    assert "Not in English: \\[2\\] Harbour Daily (ru)." in to_markdown(report)


def test_non_english_article_is_kept_and_the_report_says_so() -> None:
    articles = [
        Article(id="en", text=ENGLISH, source="Coastal Wire"),
        Article(id="zh", text=CHINESE, source="Harbour Daily"),
    ]
    report = build_report(articles, ReportOptions(embedder="tfidf", entities="rules"))
    data = json.loads(to_json(report))
    assert [(a["id"], a["language"]) for a in data["articles"]] == [("en", "en"), ("zh", "zh")]
    assert data["articles"][1]["text"] == CHINESE
    assert "Not in English: \\[2\\] Harbour Daily (zh)." in to_markdown(report)
    assert "Not in English: [2] Harbour Daily (zh)." in to_html(report)
