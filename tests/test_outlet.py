"""The outlet: as given, from the page's own credits (never from a story sentence), else a
readable label, never a hash-like file stem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.outlet import label_outlets, with_sources
from bylines.ingest.read import article_from_text
from bylines.options import ReportOptions
from bylines.report.pipeline import build_report
from bylines.types import Article

STORY = "The Tolmar dam spillways were opened on Wednesday as the river rose, officials said."
MORE = "About 1,200 residents of low-lying villages were moved to schools overnight."


def outlet(text: str) -> str:
    return clean_article(Article(id="000_b099b2140a", text=text, source="000_b099b2140a")).source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"TOLMAR, Veralia (Reuters) - {STORY}\n{MORE}", "Reuters"),  # dateline agency
        (f"TOLMAR (AP) — {STORY}\n{MORE}", "Associated Press"),
        (f"{STORY}\n{MORE}\n— AFP", "AFP"),  # closing credit
        (f"{STORY}\n{MORE}\n(Reporting by Ana Pires; Editing by Tom Marsh)", "Reuters"),
        (f"{STORY}\n{MORE}\n© 2025 The Tolmar Courier. All rights reserved.", "The Tolmar Courier"),
        (f"{STORY}\n{MORE}\nCopyright © 2024 Daily Examiner Ltd", "Daily Examiner"),
        (f"{STORY}\n{MORE}\nc.1998 The Millbrook Courier", "The Millbrook Courier"),
        (f"By Ana Pires, Veralia News Agency\n{STORY}\n{MORE}", "Veralia News Agency"),
        (f"By Ana Pires for the Valley Tribune\n{STORY}\n{MORE}", "Valley Tribune"),
        (f"By Ana Pires, NRB\n{STORY}\n{MORE}", "NRB"),
        (
            f"Kestrel Wire Service | 21.07.2025 | Updated 08:15\n{STORY}\n{MORE}",
            "Kestrel Wire Service",
        ),
        (f"{STORY}\n{MORE}\n来源：海港日报", "海港日报"),
        (f"{STORY}\n{MORE}\n© 2025 Северный вестник", "Северный вестник"),
    ],
)
def test_outlet_is_named_by_the_page(text: str, expected: str) -> None:
    assert outlet(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"{STORY} The governor told Reuters the dam was safe.\n{MORE}",  # a quoted agency
        f"{STORY}\n“We warned them,” a villager told AFP on Thursday.\n{MORE}",
        f"By Ana Pires, Senior Correspondent\n{STORY}\n{MORE}",  # a job title, not an outlet
        f"By Ana Pires, Tolmar\n{STORY}\n{MORE}",  # a place
    ],
)
def test_outlet_is_not_taken_from_the_story_or_a_byline_title(text: str) -> None:
    assert outlet(text) == "000_b099b2140a"


def test_given_outlet_is_kept() -> None:
    article = Article(id="a", text=f"TOLMAR (AP) — {STORY}\n{MORE}", source="Tolmar Courier")
    assert clean_article(article).source == "Tolmar Courier"


def test_unknown_outlets_get_readable_distinct_labels() -> None:
    articles = [
        article_from_text(f"Dam opens its spillways as river rises\n{STORY}", "000_b099b2140a"),
        article_from_text(f"Dam opens its spillways as river rises\n{MORE}", "001_9b23e0202f"),
        article_from_text(STORY, "pasted-3"),
        article_from_text(MORE, "tolmar-courier"),
        Article(id="known", text=STORY, source="Reuters"),
    ]
    labels = [a.source for a in label_outlets([clean_article(a) for a in articles])]
    assert labels == [
        "Dam opens its spillways…",
        "Dam opens its spillways… (2)",
        "Source 3",
        "tolmar-courier",
        "Reuters",
    ]


def test_source_numbers_follow_the_articles_analysed() -> None:
    articles = [
        Article(id="000_aa11", text=STORY, source="000_aa11"),
        Article(id="001_bb22", text="Advertisement\nShare this article", source="001_bb22"),
        Article(id="002_cc33", text=MORE, source="002_cc33"),
    ]
    report = build_report(articles, ReportOptions(embedder="tfidf", entities="rules"))
    assert [a.source for a in report.articles] == ["Source 1", "Source 2"]
    assert [s.name for s in report.skipped] == ["001_bb22"]


def test_user_names_outlets_by_id() -> None:
    articles = (Article(id="a", text=STORY, source="a"), Article(id="b", text=MORE, source="b"))
    named, unknown = with_sources(articles, {"b": "Tolmar Courier", "zz": "Nobody"})
    assert [a.source for a in named] == ["a", "Tolmar Courier"]
    assert unknown == ("zz",)


def test_cli_source_option_names_the_outlet(tmp_path: Path) -> None:
    (tmp_path / "000_b099b2140a.txt").write_text(f"{STORY}\n{MORE}\n", encoding="utf-8")
    (tmp_path / "001_9b23e0202f.txt").write_text(f"{MORE}\n{STORY}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    command = [
        sys.executable, "-m", "bylines", "report", ".", "--format", "json", "--embedder", "tfidf",
        "--entities", "rules", "--source", "000_b099b2140a=Tolmar Courier", "--source", "nope=X",
    ]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=tmp_path, env=env, check=False
    )
    assert done.returncode == 0
    sources = [a["source"] for a in json.loads(done.stdout)["articles"]]
    assert sources == ["Tolmar Courier", "Source 2"]
    assert "bylines: --source nope: no article has this id" in done.stderr
    assert "the ids here: 000_b099b2140a, 001_9b23e0202f\n" in done.stderr  # what an id is
