"""Stories: weekdays compared only between reports of one week, and a lone report's magnitudes
read anywhere. Every article, place, person and outlet here is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bylines.stories import assign
from bylines.stories.pipeline import add_articles
from bylines.stories.store import StoryStore, story_articles
from bylines.types import Article


def grouped(articles: list[Article]) -> dict[str, str]:
    """Article id -> story id, all placed in one call."""
    with StoryStore() as store:
        add_articles(store, articles, now=datetime(2026, 5, 20, 9))
        return {a.id: story for story, placed in story_articles(store).items() for a in placed}


def dated(article: Article, published: str) -> Article:
    return replace(article, published=published)


# A flood on the Sunday, 3 May 2026, told twice on the Monday.
FLOOD = [
    Article("f1", "The Ambry river burst its banks at Coldharbour on Sunday, flooding 300 homes "
            "in the Lisk valley, the Varrow county council said. Mayor Tobin Quell opened the "
            "Coldharbour school as a shelter.", "Harbour Post", "Ambry floods Coldharbour"),
    Article("f2", "Three hundred homes were flooded at Coldharbour on Sunday when the Ambry "
            "river burst its banks in the Lisk valley, Mayor Tobin Quell said, opening the "
            "Coldharbour school as a shelter.", "Daily Lantern", "Coldharbour under water"),
]  # fmt: skip
# Published nine days later: its lead's Tuesday is the day of its own news.
FLOOD_LATER = Article(
    "f3",
    "Pumps from Denholt and Fairmead began draining 300 flooded homes at Coldharbour on Tuesday "
    "as the Ambry river fell back, engineer Hessa Morrow of the Orlin water board said, and "
    "the school shelter closed.",
    "Coast Radio",
    "Coldharbour school reopens after Ambry floods",
)


def test_a_weekday_of_a_report_published_nine_days_later_is_no_other_day() -> None:
    placed = grouped([
        *(dated(a, "2026-05-04T08:00:00") for a in FLOOD),
        dated(FLOOD_LATER, "2026-05-13T08:00:00"),
    ])  # fmt: skip
    assert placed["f1"] == placed["f2"] == placed["f3"]


def test_a_weekday_of_a_report_published_the_same_week_still_tells_another_day() -> None:
    placed = grouped([
        *(dated(a, "2026-05-04T08:00:00") for a in FLOOD),
        dated(FLOOD_LATER, "2026-05-06T08:00:00"),
    ])  # fmt: skip
    assert placed["f1"] == placed["f2"]
    assert placed["f3"] != placed["f1"]


def test_an_undated_report_is_compared_by_its_weekday_names() -> None:
    placed = grouped([*(dated(a, "2026-05-04T08:00:00") for a in FLOOD), FLOOD_LATER])
    assert placed["f3"] != placed["f1"]


def test_with_weekdays_compared_whenever_published_the_later_report_splits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "WEEKDAY_REACH", None)
    placed = grouped([
        *(dated(a, "2026-05-04T08:00:00") for a in FLOOD),
        dated(FLOOD_LATER, "2026-05-13T08:00:00"),
    ])  # fmt: skip
    assert placed["f3"] != placed["f1"]


# One report of a quake whose magnitude comes only after its lead.
QUAKE = Article(
    "k1",
    "An earthquake shook the Tarrow strait off the Varsk coast, injuring five people in Orrin.\n"
    "Houses cracked along the harbour.\n"
    "The Varsk seismic office gave a magnitude of 5.6.",
    "Harbour Post",
    "Quake hits Tarrow strait",
)


def quake_report(magnitude: str) -> Article:
    return Article(
        "k2",
        "An earthquake jolted the Tarrow strait off the Varsk coast, injuring people in Orrin.\n"
        "Walls cracked along the harbour.\n"
        f"The Varsk seismic office said it was a tremor measuring {magnitude}.",
        "Daily Lantern",
        "Tarrow strait quake",
    )


def test_a_lone_report_is_told_apart_by_a_magnitude_after_its_lead() -> None:
    placed = grouped([QUAKE, quake_report("6.4")])
    assert placed["k2"] != placed["k1"]


def test_a_lone_report_of_the_same_magnitude_after_its_lead_is_joined() -> None:
    placed = grouped([QUAKE, quake_report("5.7")])
    assert placed["k2"] == placed["k1"]


def test_without_lone_magnitudes_the_quake_of_another_magnitude_joins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "LONE_MAGNITUDES", False)
    placed = grouped([QUAKE, quake_report("6.4")])
    assert placed["k2"] == placed["k1"]
