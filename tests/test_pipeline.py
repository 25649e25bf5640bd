from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import pytest

from bylines import Article, BylinesError, build_report, to_json
from bylines.embed import TfidfEmbedder
from bylines.models import Models, Vectors
from bylines.report import pipeline
from bylines.report.entities import RuleTagger
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
        "clean", "dedup", "sentences", "align", "figures", "quotes", "conflicts", "facts",
        "verify", "summarise", "cite", "entities", "timeline",
    ]  # fmt: skip


def test_each_stage_is_announced_before_it_runs() -> None:
    seen: list[str] = []
    report = build_report([Article(id="a", text=STORY, source="A")], on_stage=seen.append)
    assert seen == [t.stage for t in report.timings] == list(STAGES)


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31T23:59:59-14:00"])
def test_a_time_at_the_calendars_edge_given_by_a_caller_is_dropped_not_a_crash(
    published: str,
) -> None:
    # An Article built in Python skips the reader's check: the weekday "Tuesday" resolved against
    # year 1 or 9999 raised OverflowError in the figures stage.
    articles = [
        Article(
            id="a",
            text=(
                "A fire broke out on the Orlen ferry in Dalby harbour on Tuesday, injuring 14 "
                "people, the coastguard said. The ferry was carrying 212 passengers."
            ),
            source="Orlen Post",
            published=published,
        ),
        Article(
            id="b",
            text=(
                "Fourteen people were hurt when fire swept through the Orlen ferry in Dalby "
                "harbour on Tuesday. It had 212 passengers on board, the coastguard said."
            ),
            source="Dalby Radio",
            published="2026-03-04",
        ),
    ]
    report = build_report(articles)
    assert [a.published for a in report.articles] == [None, "2026-03-04"]


class _ModelNamed:
    """The TF-IDF embedder under a model's name (so the pipeline treats it as one), noting the
    threads that call it."""

    name = "model"

    def __init__(self) -> None:
        self.inner = TfidfEmbedder()
        self.threads: set[str] = set()

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.threads.add(threading.current_thread().name)
        return self.inner.embed(texts)


# Two outlets whose sentences share a clause each: fact linking embeds their units.
LINKED = [
    Article(
        id="a",
        text="The council approved the new bridge on Monday, while residents protested outside. "
        "Work on the crossing starts in May and will take two years.",
        source="A",
    ),
    Article(
        id="b",
        text="Residents protested outside as the council approved the new bridge on Monday. "
        "Builders will start work on the crossing in May.",
        source="B",
    ),
]


def test_fact_linking_runs_in_a_thread_beside_a_model_and_links_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threaded = _ModelNamed()
    report = build_report(LINKED, models=Models(threaded, RuleTagger()))
    assert any(name.startswith("bylines-facts") for name in threaded.threads)
    assert [t.stage for t in report.timings] == list(STAGES)

    def at_its_stage(work: Callable[[], object], models: Models) -> Callable[[], object]:
        return work

    monkeypatch.setattr(pipeline, "_linking", at_its_stage)
    inline = _ModelNamed()
    assert to_json(build_report(LINKED, models=Models(inline, RuleTagger()))) == to_json(report)
    assert not any(name.startswith("bylines-facts") for name in inline.threads)


def test_with_tfidf_fact_linking_runs_at_its_stage() -> None:
    def work() -> str:
        return threading.current_thread().name

    models = Models(TfidfEmbedder(), RuleTagger())
    assert pipeline._linking(work, models) is work  # type: ignore[arg-type]
