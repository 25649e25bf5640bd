"""The stories pipeline over Ray Data: the same grouping, spread over the machines of a cluster.

1. read     one row per input path -> its articles           map_batches, Ray tasks
            (URLs, feeds and stdin are read in the driver, through the one guarded fetcher,
            and article ids are made unique there, exactly as ``read_sources`` does)
2. prepare  clean, represent and MinHash-sign each article    map_batches, an actor pool
            (``pipeline.prepare``: each actor loads its stop words and MinHash permutations once)
3. assign   into stories, in the driver, in input order       ``pipeline.add_cleaned``

Assignment is sequential by nature: where an article goes depends on every story the articles
before it opened, grew or merged, so it cannot be split across workers without changing the
result. It is the cheap part (a few sparse dot products per article); stages 1-2 are the work
that spreads. The result is the local engine's, article for article (tests/test_stories_ray.py).

On one machine the local engine is faster (benchmarks/results/stories_ray.md): Ray is for a
stream that needs many machines, and the local engine stays the default.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from bylines.errors import MissingExtraError
from bylines.ingest.fetch import Fetcher, is_url, merge_results, read_sources
from bylines.stories.pipeline import Prepared, add_cleaned, placed_stories, prepare
from bylines.stories.store import StoryStore
from bylines.stories.types import StoriesResult
from bylines.types import Article, ReadResult, Skipped

# Articles one prepare call handles: large enough that Ray's per-batch cost (~ms) is small
# against cleaning and representing 64 articles (~100 ms), small enough to spread 1,000
# articles over several actors.
BATCH = 64
# Actors kept below the cluster's CPU count: with as many actors as CPUs, the reading tasks
# waited for a free CPU behind them (measured on 2 cores, issue 8).
SPARE_CPUS = 1


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingExtraError("--engine ray", "ray") from None
    return ray


@contextmanager
def connected(address: str | None = None) -> Iterator[Any]:
    """Ray, joined at ``address`` (an existing cluster: "ray://host:10001" or "auto"), else a
    local Ray started for this run; an already started Ray is used as it is and left running."""
    ray = _ray()
    if ray.is_initialized():
        yield ray
        return
    ray.init(address=address, include_dashboard=False, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def read_sources_ray(
    inputs: Sequence[str],
    fetcher: Fetcher,
    *,
    feeds: Sequence[str] = (),
    since: Any = None,
    limit: int | None = None,
    stdin: Any = None,
) -> ReadResult:
    """``read_sources`` with files and directories read as Ray tasks (needs a connected Ray)."""
    from bylines.ingest.read import read_inputs, unique_ids

    paths = [name for name in inputs if not is_url(name)]
    on_ray = [p for p in paths if p != "-"]
    by_path = dict(zip(on_ray, _read_on_ray(on_ray), strict=True))
    if "-" in paths:
        by_path["-"] = read_inputs(["-"], stdin=stdin)
    files = ReadResult(
        unique_ids([a for p in paths for a in by_path[p].articles]),
        tuple(s for p in paths for s in by_path[p].skipped),
    )
    rest = [name for name in inputs if is_url(name)]
    others = read_sources(rest, fetcher, feeds=feeds, since=since, limit=limit)
    return merge_results(files, others) if rest or feeds else files


def _read_on_ray(paths: list[str]) -> list[ReadResult]:
    if not paths:
        return []
    rows = [{"pos": n, "path": p} for n, p in enumerate(paths)]
    dataset = _ray().data.from_items(rows).map_batches(_read_batch, batch_size=1)
    found = sorted(dataset.take_all(), key=lambda row: int(row["pos"]))
    return [pickle.loads(row["read"]) for row in found]


def _read_batch(batch: dict[str, Any]) -> dict[str, Any]:
    from bylines.ingest.read import read_inputs

    read = [pickle.dumps(read_inputs([str(path)])) for path in batch["path"]]
    return {"pos": list(batch["pos"]), "read": read}


class _Preparer:
    """An actor of the prepare stage: clean, represent and sign its batches of articles."""

    def __init__(self) -> None:
        prepare(Article("warm-up", "Loading stop words and MinHash once per actor.", "bylines"))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        ready = [pickle.dumps(prepare(pickle.loads(blob))) for blob in batch["article"]]
        return {"pos": list(batch["pos"]), "prepared": ready}


def prepare_on_ray(articles: Sequence[Article]) -> list[Prepared | None]:
    """Every article prepared on the cluster's actors, in input order (needs a connected Ray)."""
    if not articles:
        return []
    ray = _ray()
    cpus = int(ray.cluster_resources().get("CPU", 1))
    rows = [{"pos": n, "article": pickle.dumps(a)} for n, a in enumerate(articles)]
    pool = ray.data.ActorPoolStrategy(size=max(1, cpus - SPARE_CPUS))
    blocks = -(-len(rows) // BATCH)  # one block per batch: no re-bundling of tiny blocks
    dataset = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
        _Preparer, batch_size=BATCH, compute=pool
    )
    found = sorted(dataset.take_all(), key=lambda row: int(row["pos"]))
    return [pickle.loads(row["prepared"]) for row in found]


def group_stories_ray(
    articles: Sequence[Article],
    store: StoryStore | None = None,
    skipped: Sequence[Skipped] = (),
    now: datetime | None = None,
) -> StoriesResult:
    """``pipeline.group_stories`` with stage 2 on Ray (needs a connected Ray: ``connected``)."""
    prepared = [p for p in prepare_on_ray(articles) if p is not None]
    own = store is None
    store = store or StoryStore()
    try:
        cleaned = [p.rep.article for p in prepared]
        ready = {p.rep.key: p for p in prepared}
        placed = add_cleaned(store, cleaned, now, ready)
        return placed_stories(store, articles, placed, skipped, now)
    finally:
        if own:
            store.close()
