"""MiniLM batches run on worker threads, one core each: the same vectors as one at a time."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from bylines import embed
from bylines.embed import MiniLMEmbedder, _run_on_workers

SENTENCES = [
    "The ferry from Ostrava Point to Kelmsey ran four extra crossings on Sunday.",
    "Harbour master Ines Vardanyan said the seas were calm.",
    "Islanders queued on the quay for hours before the first boat left at dawn.",
    "A second ferry will join the route in the spring, the operator said.",
    "Rain.",
    "The council of Kelmsey thanked the crews for working through the holiday weekend, "
    "and promised a review of the timetable before the summer season begins.",
    "Tickets cost eleven euros.",
]


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_batches_on_workers_give_the_vectors_of_each_text_alone(minilm: MiniLMEmbedder) -> None:
    together = minilm.embed(SENTENCES)
    alone = np.stack([MiniLMEmbedder().embed([text])[0] for text in SENTENCES])
    assert np.array_equal(together, alone)


def test_a_short_call_is_cut_into_a_batch_for_each_worker(
    minilm: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[int] = []
    threads: set[str] = set()
    embed_batch = minilm._embed_batch

    def counted(pieces: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        runs.append(len(pieces))
        threads.add(threading.current_thread().name)
        return embed_batch(pieces)

    monkeypatch.setattr(minilm, "_embed_batch", counted)
    texts = [f"{text} (Ward {n})" for n, text in enumerate(SENTENCES[:4])]  # new to the embedder
    minilm.embed(texts)
    assert sum(runs) == 4
    assert len(runs) >= embed.WORKERS
    assert max(runs) <= 2
    caller = threading.current_thread().name
    assert all(name == caller or name.startswith("bylines-embed") for name in threads)


def test_every_batch_runs_once_largest_first_and_errors_reach_the_caller() -> None:
    ran: list[list[int]] = []
    lock = threading.Lock()

    def run(batch: list[int]) -> None:
        with lock:
            ran.append(batch)

    batches = [[0], [1, 2], [3, 4, 5], [6]]
    with ThreadPoolExecutor(max_workers=1) as helpers:
        _run_on_workers(run, batches, [1, 20, 30, 2], helpers)
        assert sorted(ran) == sorted(batches)
        _run_on_workers(run, batches, [1, 20, 30, 2], None)  # the caller alone
        assert sorted(ran) == sorted(batches + batches)

        def fail(batch: list[int]) -> None:
            if batch == [6]:
                raise ValueError(f"batch {batch}")
            run(batch)

        ran.clear()
        with pytest.raises(ValueError, match=r"batch \[6\]"):
            _run_on_workers(fail, batches, [1, 20, 30, 2], helpers)
        assert sorted(ran) == [[0], [1, 2], [3, 4, 5]]  # the others still ran


def test_the_largest_batch_is_taken_first() -> None:
    ran: list[list[int]] = []
    _run_on_workers(ran.append, [[0], [1, 2], [3, 4, 5]], [5, 40, 90], None)
    assert ran == [[3, 4, 5], [1, 2], [0]]


def test_one_batch_runs_in_the_calling_thread() -> None:
    names: list[str] = []
    with ThreadPoolExecutor(max_workers=1) as helpers:
        run = lambda _: names.append(threading.current_thread().name)  # noqa: E731
        _run_on_workers(run, [[0, 1]], [2], helpers)
    assert names == [threading.current_thread().name]


def test_batches_still_run_when_the_helpers_take_no_more_work() -> None:
    ran: list[list[int]] = []
    helpers = ThreadPoolExecutor(max_workers=1)
    helpers.shutdown()
    _run_on_workers(ran.append, [[0], [1, 2]], [1, 2], helpers)
    assert sorted(ran) == [[0], [1, 2]]
