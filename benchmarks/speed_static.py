"""Can a static embedding distilled from the packaged MiniLM take over some of its work?

Run:  PYTHONPATH=src python benchmarks/speed_static.py   (a few minutes)
Writes benchmarks/results/speed_static.md. The table is distilled in memory and dropped.

1. Distil (model2vec's recipe): each of the tokenizer's word pieces through the model once, as
   "[CLS] piece [SEP]", the mean of the three output states as the piece's row. A sentence is
   the mean of its pieces' rows, L2-normalised. (Taking the piece's own output state, weighting
   pieces by their inverse document frequency in the cluster or by vocabulary rank, and PCA to
   256 dimensions all scored within 0.01-0.03 of this or below it, tried while exploring.)
2. Replace: alignment's combined score with static vectors in place of MiniLM's, over a grid of
   embedding weights and cuts, on the labelled pairs of benchmarks/align_bench.py.
3. Select: static vectors choose which candidate sentences reach MiniLM. A sentence whose best
   combined score (static vectors) with a sentence of another article is below the threshold
   minus a margin is left out (it would stay a claim of its own). The same rule on MiniLM's own
   scores (the oracle) bounds what any selector could save.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

import align_bench
from bylines.embed import MiniLMEmbedder, char_tfidf
from bylines.models import Vectors
from bylines.report import align
from bylines.types import Sentence

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "speed_static.md"
CLS, SEP = 101, 102
BATCH = 1024
WEIGHTS = (0.1, 0.2, 0.3, 0.4)
CUTS = (0.28, 0.31, 0.34, 0.37)
MARGINS = (0.0, 0.05, 0.1, 0.15)


def distil(minilm: MiniLMEmbedder) -> Vectors:
    """One row per word piece: the model's mean output over "[CLS] piece [SEP]"."""
    session = minilm._session
    size = minilm._tokenizer.get_vocab_size()
    table = np.zeros((size, 384), dtype=np.float32)
    for start in range(0, size, BATCH):
        pieces = np.arange(start, min(start + BATCH, size), dtype=np.int64)
        ids = np.stack([np.full_like(pieces, CLS), pieces, np.full_like(pieces, SEP)], axis=1)
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        feed["token_type_ids"] = np.zeros_like(ids)
        wanted = {k: v for k, v in feed.items() if k in minilm._inputs}
        table[start : start + len(pieces)] = session.run(None, wanted)[0].mean(axis=1)
    return table


class StaticEmbedder:
    """Sentences as the normalised mean of their word pieces' distilled rows. Named "minilm"
    so that alignment uses its combined score with it."""

    name = "minilm"

    def __init__(self, table: Vectors, tokenizer: Any) -> None:
        self.table, self.tokenizer = table, tokenizer

    def embed(self, texts: Sequence[str]) -> Vectors:
        found = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        rows = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for k, encoding in enumerate(found):
            if encoding.ids:
                rows[k] = self.table[encoding.ids].mean(axis=0)
        norms = np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
        return np.asarray(rows / norms, dtype=np.float32)


@contextmanager
def settings(weight: float, cut: float) -> Iterator[None]:
    saved = align.EMBED_WEIGHT, align.LEX_WEIGHT, align.THRESHOLDS["combined"]
    align.EMBED_WEIGHT, align.LEX_WEIGHT, align.THRESHOLDS["combined"] = weight, 1 - weight, cut
    try:
        yield
    finally:
        align.EMBED_WEIGHT, align.LEX_WEIGHT, align.THRESHOLDS["combined"] = saved


def combined(vectors: Vectors, tfidf: Any, anchors: Any, members: Any) -> Any:
    """Alignment's combined score of ``members`` (align.pair_scores, without its fallbacks)."""
    centred = align._centred(vectors)
    bonus = np.minimum(align._gram(anchors, members), 2.0)
    lexical = align._gram(tfidf, members)
    return (
        align.EMBED_WEIGHT * (centred @ centred.T)
        + align.LEX_WEIGHT * lexical
        + align.ANCHOR_WEIGHT * bonus
    )


Chooser = Callable[[list[str]], Vectors]


@contextmanager
def selected(minilm: MiniLMEmbedder, chooser: Chooser, margin: float, kept: list[int]) -> Any:
    """align.pair_scores, with only the chosen candidates embedded by MiniLM; appends the
    candidates and the chosen counts of each call to ``kept``."""
    original = align.pair_scores

    def pair_scores(sentences: Sequence[Sentence], embedder: Any, method: Any) -> Any:
        texts = [s.text for s in sentences]
        if method != "combined" or not texts:
            return original(sentences, embedder, method)
        articles = np.array([s.article for s in sentences])
        tfidf, anchors = char_tfidf(texts), align._anchor_matrix(texts)
        members = align._candidates(tfidf, anchors, articles)
        scores = combined(chooser([texts[i] for i in members]), tfidf, anchors, members)
        mine = articles[members]
        best = np.where(mine[:, None] != mine[None, :], scores, -1.0).max(axis=1, initial=-1.0)
        chosen = members[best >= align.THRESHOLDS["combined"] - margin]
        kept.extend([len(members), len(chosen)])
        vectors = minilm.embed([texts[i] for i in chosen])
        final = np.asarray(combined(vectors, tfidf, anchors, chosen), dtype=np.float32)
        return align._Scored(tuple(int(m) for m in chosen), final, align.THRESHOLDS[method])

    align.pair_scores = align_bench.pair_scores = pair_scores
    try:
        yield
    finally:
        align.pair_scores = align_bench.pair_scores = original


def scores(corpora: list[Any], embedder: Any) -> tuple[float, float]:
    found = align_bench.scores_for(corpora, embedder, "combined")
    return found["pair f1"], found["cluster f1"]


def main() -> None:
    minilm = MiniLMEmbedder()
    minilm.embed(["A sentence to warm the session up."])
    started, cpu = time.perf_counter(), time.process_time()
    table = distil(minilm)
    distil_wall, distil_cpu = time.perf_counter() - started, time.process_time() - cpu
    static = StaticEmbedder(table, minilm._tokenizer)
    corpora = align_bench.load_corpora()
    texts = [s.text for c in corpora for s in c.sentences]
    cpu = time.process_time()
    static.embed(texts)
    static_rate = len(texts) / (time.process_time() - cpu)
    lines = [
        "# A static embedding distilled from MiniLM (issue 9)",
        "",
        "Written by `PYTHONPATH=src python benchmarks/speed_static.py` (see its docstring) on"
        f" {time.strftime('%Y-%m-%d %H:%M')}, 2 cores shared with other work.",
        "",
        f"- Distilling {len(table)} word pieces: {distil_cpu:.1f} CPU s ({distil_wall:.1f} s wall);"
        f" the table is {table.nbytes / 2**20:.0f} MB as float32.",
        f"- Static sentences per CPU-second: {static_rate:,.0f} ({len(texts)} sentences).",
        "",
        "## Replacing MiniLM in the combined score (pair F1 / cluster F1)",
        "",
        f"MiniLM, as shipped: {both(scores(corpora, minilm))}."
        f" TF-IDF only: {both(lexical_scores(corpora))}.",
    ]
    lines += ["", "| embedding weight | " + " | ".join(f"cut {c}" for c in CUTS) + " |"]
    lines.append("|---" * (len(CUTS) + 1) + "|")
    for weight in WEIGHTS:
        cells = []
        for cut in CUTS:
            with settings(weight, cut):
                cells.append(both(scores(corpora, static)))
        lines.append(f"| {weight} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Choosing which candidates reach MiniLM",
        "",
        "| chooser | margin | pair F1 | cluster F1 | candidates embedded |",
        "|---|---|---|---|---|",
    ]
    for name, chooser in (("oracle (MiniLM)", minilm.embed), ("static", static.embed)):
        for margin in MARGINS:
            kept: list[int] = []
            with selected(minilm, chooser, margin, kept):
                pair, cluster = scores(corpora, minilm)
            share = f"{sum(kept[1::2])} of {sum(kept[::2])}"
            lines.append(f"| {name} | {margin} | {pair:.3f} | {cluster:.3f} | {share} |")
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def both(f1s: tuple[float, float]) -> str:
    return f"{f1s[0]:.3f} / {f1s[1]:.3f}"


def lexical_scores(corpora: list[Any]) -> tuple[float, float]:
    found = align_bench.scores_for(corpora, align_bench.TfidfEmbedder(), "lexical")
    return found["pair f1"], found["cluster f1"]


if __name__ == "__main__":
    main()
