"""Replaceable backends, one small protocol each, and the object that holds the loaded ones.

A ``Models`` is created once (``load_models``) and passed to every ``build_report`` call, so a
long-running process loads the embedding model and the NER pipeline once: no global cache.

A one-shot command can ask for them in the background (``load_models(..., background=True)``):
each backend loads in its own thread while the input is read and the first stages run, and the
first use waits for it. The embedder is first needed at alignment, the tagger only at the
entities stage, so spaCy's import and load (most of the loading time of a cold run) overlap with the
model-free stages and with the embedder's inference, which releases the GIL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

from bylines.options import ReportOptions

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


def load_models(options: ReportOptions | None = None, *, background: bool = False) -> Models:
    """Load the backends the options ask for; ``auto`` falls back to the model-free ones.

    ``background``: return at once and load each backend in a thread; its first use waits for
    it (and raises what loading raised, such as a missing extra)."""
    from bylines.embed import load_embedder
    from bylines.report.entities import load_tagger

    chosen = options or ReportOptions()
    if not background:
        return Models(embedder=load_embedder(chosen.embedder), tagger=load_tagger(chosen.entities))
    embedder = _Loading(lambda: load_embedder(chosen.embedder), "bylines-embedder")
    tagger = _Loading(lambda: load_tagger(chosen.entities), "bylines-tagger")
    return Models(embedder=_LoadingEmbedder(embedder), tagger=_LoadingTagger(tagger))


def settle(models: Models) -> None:
    """Wait for backends still loading in the background, whatever their outcome: a run that
    ends early must not let the interpreter shut down while a thread is still inside a native
    library's import (ONNX Runtime aborts the process then)."""
    for backend in (models.embedder, models.tagger):
        if isinstance(backend, _LoadingEmbedder | _LoadingTagger):
            backend._loading.wait()


B = TypeVar("B")


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

    def embed_spans(self, spans: Sequence[tuple[str, int, int]]) -> Vectors:
        """The loaded embedder's span vectors (``bylines.embed``), so that a report reads the
        same whether the models were loaded in the background or not."""
        inner = self._loading.get()
        found = getattr(inner, "embed_spans", None)
        if found is None:
            return inner.embed([text[start:end] for text, start, end in spans])
        return found(spans)  # type: ignore[no-any-return]


class _LoadingTagger:
    def __init__(self, loading: _Loading[EntityTagger]) -> None:
        self._loading = loading

    @property
    def name(self) -> str:
        return self._loading.get().name

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        return self._loading.get().tag(texts)
