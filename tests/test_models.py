from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from bylines import Article, ReportOptions, build_report, load_models, to_json
from bylines.errors import MissingExtraError

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"
MODEL_FREE = ReportOptions(embedder="tfidf", entities="rules")


def example_articles() -> list[Article]:
    paths = sorted(EXAMPLE.glob("*.txt"))
    return [Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem) for p in paths]


def test_models_loaded_in_the_background_give_the_same_report() -> None:
    articles = example_articles()
    eager = build_report(articles, MODEL_FREE, load_models(MODEL_FREE))
    models = load_models(MODEL_FREE, background=True)
    assert (models.embedder.name, models.tagger.name) == ("tfidf", "rules")
    assert to_json(build_report(articles, MODEL_FREE, models)) == to_json(eager)


def test_a_backend_that_fails_in_the_background_raises_at_its_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    models = load_models(ReportOptions(embedder="minilm", entities="rules"), background=True)
    assert models.tagger.tag(["Talks in Oslo ended."]) == [[("Oslo", "PLACE")]]
    with pytest.raises(MissingExtraError, match=r"bylines\[embeddings\]"):
        models.embedder.embed(["Talks in Oslo ended."])


def test_settle_waits_for_backends_still_loading_and_swallows_their_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    import time

    from bylines import embed
    from bylines import models as models_module

    started = threading.Event()

    def slow_failing_load(name: str) -> object:
        started.set()
        time.sleep(0.2)
        raise MissingExtraError("not installed here")

    monkeypatch.setattr(embed, "load_embedder", slow_failing_load)
    models = load_models(MODEL_FREE, background=True)
    assert started.wait(5)
    loading = [t for t in threading.enumerate() if t.name == "bylines-embedder"]
    assert loading and loading[0].is_alive()  # an early error would exit while it still runs
    models_module.settle(models)  # a run that ends early waits, and does not raise
    assert not loading[0].is_alive()


def test_the_tagger_process_finds_what_the_tagger_loaded_here_finds() -> None:
    from bylines.models import settle
    from bylines.report.entities import load_tagger

    texts = [
        "Mayor Ines Varga of Lindqvist met the Harbour Board in Port Talmen on Monday.",
        "Talks in Oslo ended, the Valdoria Ministry of Water said.",
    ]
    here = load_tagger("auto")
    models = load_models(ReportOptions(embedder="tfidf", entities="auto"), background=True)
    try:
        assert models.tagger.name == here.name
        assert models.tagger.tag(texts) == here.tag(texts)
        assert models.tagger.tag([]) == []
    finally:
        settle(models)


def test_settle_stops_a_tagger_process_still_loading() -> None:
    from bylines.models import _TaggerProcess, settle

    models = load_models(ReportOptions(embedder="tfidf", entities="auto"), background=True)
    assert isinstance(models.tagger, _TaggerProcess)
    process = models.tagger._process
    settle(models)  # at once: the process has not finished importing spaCy
    assert not process.is_alive()


def test_a_tagger_process_that_dies_is_replaced_by_the_tagger_loaded_here() -> None:
    from bylines.models import _TaggerProcess, settle
    from bylines.report.entities import load_tagger

    texts = ["Talks in Oslo ended, the Valdoria Ministry of Water said."]
    models = load_models(ReportOptions(embedder="tfidf", entities="auto"), background=True)
    assert isinstance(models.tagger, _TaggerProcess)
    models.tagger._process.kill()
    try:
        assert models.tagger.tag(texts) == load_tagger("auto").tag(texts)
        assert models.tagger.name == load_tagger("auto").name
    finally:
        settle(models)


class _SpacyNamed:
    """A tagger named as spaCy's is in this process (``models.IN_PROCESS_SPACY``)."""

    name = "spacy"

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        return [[] for _ in texts]


def test_entities_start_ahead_for_spacy_here_or_in_a_process_not_for_the_rules() -> None:
    import threading

    from bylines.models import ahead, settle
    from bylines.report.entities import RuleTagger

    def work() -> str:
        return "tagged"

    assert ahead(work, RuleTagger()) is work  # runs at its own stage
    started = threading.Event()

    def in_a_thread() -> str:
        started.set()
        return threading.current_thread().name

    collect = ahead(in_a_thread, _SpacyNamed())
    assert started.wait(5)  # before anyone asked for the result
    assert collect().startswith("bylines-entities")
    started.clear()

    def early() -> str:
        started.set()
        return "tagged"

    models = load_models(ReportOptions(embedder="tfidf", entities="auto"), background=True)
    try:
        collect = ahead(early, models.tagger)
        assert started.wait(5)  # before anyone asked for the result
        assert collect() == "tagged"
    finally:
        settle(models)


def test_a_report_with_the_tagger_in_its_own_process_reads_as_one_built_here() -> None:
    from bylines.models import settle

    articles = example_articles()
    options = ReportOptions(embedder="tfidf", entities="auto")
    eager = build_report(articles, options, load_models(options))
    models = load_models(options, background=True)
    try:
        assert to_json(build_report(articles, options, models)) == to_json(eager)
    finally:
        settle(models)


def test_a_report_runs_its_blas_products_on_one_thread_and_gives_the_count_back() -> None:
    import threadpoolctl  # type: ignore[import-untyped]

    def blas_threads() -> set[int]:  # (an OpenMP library another test loaded is not limited)
        libraries = threadpoolctl.threadpool_info()
        return {lib["num_threads"] for lib in libraries if lib["user_api"] == "blas"}

    seen: list[set[int]] = []
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):  # as on a 2-core machine
        before = blas_threads()
        report = build_report(
            example_articles(),
            MODEL_FREE,
            load_models(MODEL_FREE),
            on_stage=lambda _: seen.append(blas_threads()),
        )
        assert blas_threads() == before
    assert before and len(seen) == len(report.timings) and all(counts == {1} for counts in seen)
