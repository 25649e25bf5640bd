from __future__ import annotations

import pytest

from bylines import Article, BylinesError, build_report
from bylines.report.pipeline import STAGES

STORY = "The council approved the new bridge on Monday. Work starts in May."


def test_an_article_that_is_all_furniture_is_skipped_not_analysed() -> None:
    furniture = Article(id="junk", text="Leave a Comment\nRead more:", source="J")
    report = build_report([Article(id="a", text=STORY, source="A"), furniture])
    assert [a.id for a in report.articles] == ["a"]
    assert [(s.name, s.reason) for s in report.skipped] == [
        ("junk", "nothing left after removing page furniture")
    ]


def test_nothing_left_at_all_is_a_clear_error() -> None:
    with pytest.raises(BylinesError, match="no article has any story text"):
        build_report([Article(id="junk", text="Leave a Comment", source="J")])


def test_every_stage_is_timed_in_order() -> None:
    report = build_report([Article(id="a", text=STORY, source="A")])
    assert [t.stage for t in report.timings] == [
        "clean", "dedup", "sentences", "align", "facts", "verify", "figures", "summarise",
        "cite", "entities", "quotes", "conflicts", "timeline",
    ]  # fmt: skip


def test_each_stage_is_announced_before_it_runs() -> None:
    seen: list[str] = []
    report = build_report([Article(id="a", text=STORY, source="A")], on_stage=seen.append)
    assert seen == [t.stage for t in report.timings] == list(STAGES)
