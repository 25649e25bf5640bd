"""Replaceable backends, one small protocol each, and the object that holds the loaded ones.

A ``Models`` is created once (``load_models``) and passed to every ``build_report`` call, so a
long-running process loads the embedding model and the NER pipeline once: no global cache.

A one-shot command can ask for them in the background (``load_models(..., background=True)``):
they load while the input is read and the first stages run, and the first use waits for them.
The embedder loads in a thread (ONNX Runtime's inference releases the GIL). spaCy's tagger runs
in a process of its own (``_TaggerProcess``): its import and load are ~1.2 CPU-seconds of Python
that hold the GIL, and in a thread they slowed the reading, cleaning and alignment they were
meant to overlap by as much. Only the short texts it tags and the names it finds cross the pipe,
and the entities stage is started as soon as the sentences are split (``ahead``), so that
process tags while this one aligns. The process is forked where it can be (``_start_method``:
it need not import again what this one has) and costs ~210 MB (this process no longer holds
spaCy: ~325 MB instead of ~480 MB).

How close to the limit (cold `bylines report` on the example, 2 cores shared with other work):
the main process is left with ~2.5 CPU-seconds, of which ~1.1 are the embedder's load and
inference on the 91 texts alignment and fact linking need (78 + 13), ~0.6 imports and ~0.7
the stages' own Python; the tagger process ~0.95 (``import spacy`` without its command line
0.42, the NER-only load 0.3). With ~3.5 CPU s in all (4.05 before dedup stopped importing
datasketch and the tagger stopped importing spaCy's command line: 6 runs each, alternating),
2.5 s of wall time needs the two cores busy two thirds of the time.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import types
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Generic, Protocol, TypeVar, cast

import numpy as np
from numpy.typing import NDArray

from bylines.options import EntityChoice, ReportOptions

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    """Turns sentences into L2-normalised vectors (one row per text)."""

    @property
    def name(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class EntityTagger(Protocol):
    """Finds named entities: for each text, a list of (surface text, PERSON|ORG|PLACE)."""

    @property
    def name(self) -> str: ...

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]: ...


@dataclass(frozen=True, slots=True)
class Models:
    embedder: Embedder
    tagger: EntityTagger


def load_models(
    options: ReportOptions | None = None, *, background: bool = False, fork: bool = False
) -> Models:
    """Load the backends the options ask for; ``auto`` falls back to the model-free ones.

    ``background``: return at once; the embedder loads in a thread and the tagger in a process
    of its own (module notes). A backend's first use waits for it (and raises what loading
    raised, such as a missing extra); ``settle`` ends them. ``fork``: that process may be
    forked from this one (``_start_method``): for a command line that has opened nothing yet;
    a library caller's process, with its own files, sockets and threads, has it spawned."""
    chosen = options or ReportOptions()
    # The tagger's process first, before this process imports anything more: its load is the
    # longer one. The rules need no model to wait for.
    tagged_apart = background and chosen.entities != "rules"
    process = _TaggerProcess(chosen.entities, fork) if tagged_apart else None
    from bylines.embed import load_embedder
    from bylines.report.entities import load_tagger

    if not background:
        return Models(embedder=load_embedder(chosen.embedder), tagger=load_tagger(chosen.entities))
    embedder = _Loading(lambda: load_embedder(chosen.embedder), "bylines-embedder")
    tagger = process or load_tagger("rules")
    return Models(embedder=_LoadingEmbedder(embedder), tagger=tagger)


def settle(models: Models) -> None:
    """Wait for backends still loading in the background, whatever their outcome, and stop a
    tagger process: a run that ends early must not let the interpreter shut down while a
    thread is still inside a native library's import (ONNX Runtime aborts the process then)."""
    for backend in (models.embedder, models.tagger):
        if isinstance(backend, _LoadingEmbedder):
            backend._loading.wait()
        if isinstance(backend, _TaggerProcess):
            backend.close()


B = TypeVar("B")
T = TypeVar("T")


def ahead(work: Callable[[], T], tagger: EntityTagger) -> Callable[[], T]:
    """The entities stage (``work``) started now, in a thread, and only collected at its stage:
    when ``tagger`` runs in a process of its own (``load_models(background=True)``), that
    process loads spaCy and tags while this one aligns (the cold report's ~0.3 s of waiting on
    the tagger); and when spaCy tags in this process, it tags while the embedder's workers run
    alignment. The rule tagger runs at its stage: pure Python, it would only take the GIL.

    Warm, 10 DUC articles, 2 cores near idle (16 pairs, each on texts new to the embedder,
    alternating): 0.898 -> 0.841 s and 0.859 -> 0.804 s median wall, the same CPU (1.45 /
    1.46 s): the Python stages after alignment left one core idle. (An earlier measure, of
    spaCy loading in a thread on the cold path, cost the embedder 0.2-0.4 CPU s; tagging
    without the load does not.) A pile of 100: 3.46 -> 3.42 s median of 4 pairs, 0.4 CPU s
    more."""
    if not (isinstance(tagger, _TaggerProcess) or tagger.name == IN_PROCESS_SPACY):
        return work
    return started(work, "bylines-entities")


def started(work: Callable[[], T], name: str) -> Callable[[], T]:
    """``work`` started now in a thread named ``name``; the function returned waits for its
    result (or raises what it raised)."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    try:
        future = executor.submit(work)
    finally:
        executor.shutdown(wait=False)  # the thread ends with its one job
    return future.result


def one_blas_thread() -> AbstractContextManager[object]:
    """numpy's BLAS library (OpenBLAS in numpy's wheels) limited to one thread while a report is
    built. A report's dense products are a few small score matrices (~100 x 384 times its
    transpose: well under a millisecond), but each call over OpenBLAS's size cut is split over
    its threads, and its second thread then spins waiting for the next call (~0.1 s, its
    default timeout) on the core the embedder's workers and the entities thread need: 0.03-0.065
    CPU s of a warm 10-article report on that thread alone (per-thread CPU from /proc, DUC
    clusters 20-27), with no CPU more on the thread that asked. The products give the same bits
    on one thread (OpenBLAS splits rows and columns, not the sums). Old and new code
    alternating in new processes, each on a DUC cluster new to it (clusters 2-19, load 8-17):
    median CPU 1.302 -> 1.245 s, median pair difference -0.054 CPU s (16 of 18 lower); the
    same ``to_json`` on those 18 and 12 tuning events. The limit is the process's: another
    thread's products are limited too while a report runs, and reports overlapping in threads
    (the web service) may leave it at one thread when the last ends (the same results, only
    the pace of other products changes)."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    # (the limit holds from here; leaving the ``with`` restores the count it found)
    return cast(AbstractContextManager[object], threadpool_limits(limits=1, user_api="blas"))


# The name of spaCy's tagger in this process (``report.entities.SpacyTagger`` takes it from
# here), read by ``ahead`` without importing that module.
IN_PROCESS_SPACY = "spacy"


class _Loading(Generic[B]):
    """A backend being loaded in a daemon thread (a run that ends early does not wait for it)."""

    def __init__(self, load: Callable[[], B], name: str) -> None:
        self._value: B | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(load,), name=name, daemon=True)
        self._thread.start()

    def _run(self, load: Callable[[], B]) -> None:
        try:
            self._value = load()
        except BaseException as error:  # handed to the thread that uses the backend
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def get(self) -> B:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


class _LoadingEmbedder:
    def __init__(self, loading: _Loading[Embedder]) -> None:
        self._loading = loading

    @property
    def name(self) -> str:
        return self._loading.get().name

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._loading.get().embed(texts)

    def for_pile(self) -> Embedder:
        """The loaded embedder's int8 run for big piles (``bylines.embed``), or the embedder
        itself when it has none."""
        inner = self._loading.get()
        found = getattr(inner, "for_pile", None)
        return inner if found is None else cast(Embedder, found())

    def embed_spans(self, spans: Sequence[tuple[str, int, int]]) -> Vectors:
        """The loaded embedder's span vectors (``bylines.embed``), so that a report reads the
        same whether the models were loaded in the background or not."""
        inner = self._loading.get()
        found = getattr(inner, "embed_spans", None)
        if found is None:
            return inner.embed([text[start:end] for text, start, end in spans])
        return found(spans)  # type: ignore[no-any-return]


class _TaggerProcess:
    """An ``EntityTagger`` loaded and run in a process of its own (``_start_method``: forked
    when asked and no other thread runs, else spawned). Whatever goes wrong with
    the process (it cannot start, dies, or its load fails), the tagger is loaded here instead,
    which tags the same or raises what loading raised; ``auto`` falls back to the rules when
    spaCy is missing there."""

    def __init__(self, choice: EntityChoice, fork_asked: bool = False) -> None:
        fork = _start_method(fork_asked) == "fork"
        context = (
            multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
        )
        self._choice = choice
        self._pipe, child = context.Pipe()
        self._process = context.Process(
            target=_serve_tagger, args=(child, self._pipe), name="bylines-tagger", daemon=True
        )
        # The fallback loaded here, or the name of the process's tagger once it has loaded.
        self._loaded: EntityTagger | str | None = None
        self._closed = False
        try:
            if fork:
                with warnings.catch_warnings():
                    # Python 3.12+ warns that forking a process with threads may deadlock: the
                    # only ones here are numpy's BLAS pool, which re-forms itself after a fork.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    self._process.start()
            else:
                self._process.start()
        except (OSError, RuntimeError):  # e.g. started from an unguarded script's import
            self._loaded = self._load_here()
        finally:
            child.close()

    @property
    def name(self) -> str:
        loaded = self._wait()
        return loaded if isinstance(loaded, str) else loaded.name

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        loaded = self._wait()
        if isinstance(loaded, str):
            try:
                self._pipe.send(list(texts))
                return cast(list[list[tuple[str, str]]], self._answer())
            except _ProcessFailed:
                loaded = self._loaded = self._load_here()
        return loaded.tag(texts)

    def close(self) -> None:
        """Stop the process (it may still be loading: nothing it holds needs saving)."""
        self._closed = True
        if self._process.is_alive():
            self._process.kill()
        if self._process.pid is not None:
            self._process.join()
        self._pipe.close()

    def _wait(self) -> EntityTagger | str:
        if self._loaded is None:
            try:
                name = self._answer()
            except _ProcessFailed:
                name = None
            self._loaded = name if isinstance(name, str) else self._load_here()
        return self._loaded

    def _load_here(self) -> EntityTagger:
        if self._closed:  # a report that stopped early: not worth loading spaCy for
            raise _ProcessFailed
        from bylines.report.entities import load_tagger

        return load_tagger(self._choice)

    def _answer(self) -> object:
        """The process's next answer; _ProcessFailed when it stopped or failed (as it does
        when spaCy is not installed)."""
        try:
            kind, value = self._pipe.recv()
        except (EOFError, OSError):
            raise _ProcessFailed from None
        if kind == "failed":
            raise _ProcessFailed
        return value


class _ProcessFailed(Exception):
    """The tagger process gave no answer: the tagger is loaded in this process instead."""


def _start_method(fork_asked: bool) -> str:
    """``fork`` when asked, on Linux, and no other thread of Python runs in this process (the
    command line asks first thing, before the embedder's thread starts), else ``spawn``. A forked
    process starts with what this one has imported (the interpreter, numpy, bylines' modules);
    a spawned one imports them again: the tagger process of a cold report took 1.20 -> 1.00
    CPU s (medians of 4, alternating, load ~7), the same report. Not with other threads
    running: a lock one of them holds would stay held in the child."""
    forkable = fork_asked and sys.platform.startswith("linux") and threading.active_count() == 1
    return "fork" if forkable and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _serve_tagger(pipe: Connection, parent_end: Connection) -> None:
    """The tagger process: load spaCy and say its name, then tag each list of texts it is sent
    until the pipe closes."""
    # A forked process holds the parent's end of the pipe too: closed here, so that the pipe
    # ends (EOFError below) when the parent closes it.
    parent_end.close()
    _without_spacy_command_line()
    from bylines.report.entities import load_spacy

    try:
        tagger: EntityTagger = load_spacy()
    except Exception as error:  # the parent loads the tagger itself, and so meets the error
        pipe.send(("failed", repr(error)))
        return
    pipe.send(("loaded", tagger.name))
    while True:
        try:
            texts = pipe.recv()
        except EOFError:
            return
        try:
            pipe.send(("tagged", tagger.tag(texts)))
        except Exception as error:
            pipe.send(("failed", repr(error)))


def _without_spacy_command_line() -> None:
    """Keep spaCy's command line out of the tagger process. ``import spacy`` imports its
    ``info`` command (``spacy.cli.info``), and with it the whole command line: typer, weasel,
    requests, httpx, 356 modules that loading and running the NER never use. An empty
    ``spacy.cli`` in their place takes ``import spacy`` from 0.62 to 0.42 CPU s (medians of 3
    new processes; the tags are the same). Only in this process, which runs nothing else: a
    process of the user's keeps spaCy whole. Should a later spaCy need more of its command
    line, the load fails here and the parent loads the tagger itself (``_TaggerProcess``)."""
    if "spacy" in sys.modules:
        return
    command_line = types.ModuleType("spacy.cli")
    command_line.__path__ = []  # a package with no modules to find
    info = types.ModuleType("spacy.cli.info")
    info.info = _no_info  # type: ignore[attr-defined]
    command_line.info = info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": command_line, "spacy.cli.info": info})


def _no_info(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("spacy.info is not loaded in the bylines tagger process")
