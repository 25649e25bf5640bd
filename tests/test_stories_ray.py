"""The Ray engine gives the local engine's stories, article for article (one local Ray, 2 CPUs).

Input: invented articles of two events written to files (so the reading stage runs on Ray too),
and the first ECB+ topics (../shared/data/ecbplus, read at run time), whose topics each hold two
events of one kind.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import ray

from bylines.cli import main
from bylines.ingest.fetch import read_sources
from bylines.render.stories import stories_to_dict
from bylines.stories.pipeline import group_stories
from bylines.stories.types import StoriesResult
from bylines.types import Article
from conftest import make_fetcher
from test_web_stories import FIRE, STRIKE

NOW = datetime(2026, 5, 6, 12, 0)
ECB = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "documents.jsonl"
ECB_TOPICS = 6


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def files(tmp_path: Path) -> list[str]:
    """The fire as one JSON Lines file, the strike as text files in a directory."""
    stream = tmp_path / "fire.jsonl"
    keys = ("id", "source", "title", "text")
    stream.write_text("\n".join(json.dumps(dict(zip(keys, r, strict=True))) for r in FIRE))
    folder = tmp_path / "strike"
    folder.mkdir()
    for article_id, _, title, text in STRIKE:
        (folder / f"{article_id}.txt").write_text(f"{title}\n\n{text}\n")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    return [str(stream), str(folder), str(tmp_path / "broken.txt")]


def ecb_articles() -> list[Article]:
    docs = [json.loads(line) for line in ECB.read_text(encoding="utf-8").splitlines()]
    return [Article(d["doc_id"], d["text"], d["doc_id"]) for d in docs if d["topic"] <= ECB_TOPICS]


def shown(result: StoriesResult) -> dict[str, Any]:
    return stories_to_dict(result)


def test_ray_reads_files_as_the_local_reader_does(local_ray: None, tmp_path: Path) -> None:
    from bylines.stories.ray_engine import read_sources_ray

    paths = files(tmp_path)
    local = read_sources(paths, make_fetcher())
    on_ray = read_sources_ray(paths, make_fetcher())
    assert on_ray == local
    assert len(local.articles) == 5 and [s.name for s in local.skipped] == [paths[2]]


def test_ray_groups_as_the_local_engine(local_ray: None) -> None:
    from bylines.stories.ray_engine import group_stories_ray

    articles = ecb_articles()
    assert len(articles) > 100
    local = shown(group_stories(articles, now=NOW))
    on_ray = shown(group_stories_ray(articles, now=NOW))
    assert on_ray == local
    assert len(local["stories"]) > 2 * ECB_TOPICS // 2  # really grouped, not one pile


def test_cli_engine_ray_writes_the_local_json(local_ray: None, tmp_path: Path) -> None:
    paths = files(tmp_path)
    outputs = []
    for engine in ("local", "ray"):
        out = tmp_path / f"{engine}.json"
        code = main(["stories", *paths, "--engine", engine, "--format", "json", "-o", str(out)])
        assert code == 0
        stories = json.loads(out.read_text())["stories"]
        # first and last seen are the time of the run for undated articles: left out here
        outputs.append([(s["id"], s["title"], s["articles"], s["outlets"]) for s in stories])
    assert outputs[0] == outputs[1]
    assert sorted(len(articles) for _, _, articles, _ in outputs[1]) == [2, 3]


def test_without_ray_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # as if bylines[ray] were not installed
    assert main(["stories", *files(tmp_path), "--engine", "ray"]) == 1
    assert "pip install 'bylines[ray]'" in capsys.readouterr().err
