"""Alignment quality and speed: TF-IDF only, MiniLM only, and the combined default.

Run from the repository root:
    PYTHONPATH=src python benchmarks/align_bench.py [--sweep]
Writes benchmarks/results/align.md. Reads ../shared at run time; the labels in
benchmarks/data/align_pairs.* name sentences by article and character offset only.

Pair decisions: every labelled cross-article pair, "same fact" when its score clears the
method's threshold. Clustering: the same pairs, "same fact" when the final grouping puts both
sentences in one claim.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bylines.align import THRESHOLDS, Method, align_claims, group_sentences, pair_scores
from bylines.embed import MiniLMEmbedder, TfidfEmbedder
from bylines.models import Embedder
from bylines.sentences import split_sentences
from bylines.types import Article, Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results" / "align.md"
METHODS: tuple[Method, ...] = ("lexical", "embedding", "combined")
NAMES = {"lexical": "TF-IDF only", "embedding": "MiniLM only", "combined": "combined (default)"}
SPEED_CLUSTERS = 10

Pair = tuple[int, int, bool]


@dataclass
class Corpus:
    name: str
    articles: list[Article]
    sentences: tuple[Sentence, ...]
    pairs: list[Pair]


def blinken_articles() -> list[Article]:
    folder = SHARED / "examples" / "blinken-xi"
    return [Article(p.stem[:3], p.read_text(), p.stem) for p in sorted(folder.glob("*.txt"))]


def duc_clusters() -> dict[str, list[Article]]:
    clusters = {}
    with (SHARED / "data" / "duc2004" / "clusters.jsonl").open() as lines:
        for line in lines:
            record = json.loads(line)
            clusters[record["cluster_id"]] = [
                Article(d["doc_id"].split("/")[-1], d["text"], d["doc_id"])
                for d in record["documents"]
            ]
    return clusters


def sentence_at(sentences: Sequence[Sentence], article: str, offset: int) -> int:
    for i, s in enumerate(sentences):
        if s.article == article and s.start <= offset < s.end:
            return i
    raise ValueError(f"no sentence at {article}:{offset}")


def rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open() as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def group_pairs(sentences: tuple[Sentence, ...], members: list[dict[str, str]]) -> list[Pair]:
    """All cross-article pairs: positive when core in one group, skipped when partial."""
    roles: dict[int, dict[str, str]] = defaultdict(dict)
    for row in members:
        roles[sentence_at(sentences, row["article"], int(row["offset"]))][row["group"]] = row[
            "role"
        ]
    pairs = []
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            if sentences[i].article == sentences[j].article:
                continue
            shared = roles[i].keys() & roles[j].keys()
            if any(roles[i][g] == roles[j][g] == "core" for g in shared):
                pairs.append((i, j, True))
            elif not shared:
                pairs.append((i, j, False))
    return pairs


def load_corpora() -> list[Corpus]:
    groups = list(rows(DATA / "align_pairs.groups.tsv"))
    explicit = list(rows(DATA / "align_pairs.tsv"))
    duc = duc_clusters()
    corpora = []
    for name in dict.fromkeys([r["corpus"] for r in groups] + [r["corpus"] for r in explicit]):
        articles = blinken_articles() if name == "blinken" else duc[name]
        sentences = split_sentences(articles)
        members = [r for r in groups if r["corpus"] == name]
        pairs = group_pairs(sentences, members) if members else []
        pairs += [
            (
                sentence_at(sentences, r["article_a"], int(r["offset_a"])),
                sentence_at(sentences, r["article_b"], int(r["offset_b"])),
                r["label"] == "1",
            )
            for r in explicit
            if r["corpus"] == name
        ]
        corpora.append(Corpus(name, articles, sentences, pairs))
    return corpora


def f1(decisions: Sequence[tuple[bool, bool]]) -> dict[str, float]:
    tp = sum(1 for p, g in decisions if p and g)
    fp = sum(1 for p, g in decisions if p and not g)
    fn = sum(1 for p, g in decisions if not p and g)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "accuracy": sum(1 for p, g in decisions if p == g) / max(1, len(decisions)),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
    }


def pair_values(corpus: Corpus, embedder: Embedder, method: Method) -> list[tuple[float, bool]]:
    scored = pair_scores(corpus.sentences, embedder, method)
    where = {m: k for k, m in enumerate(scored.members)}
    values = []
    for i, j, gold in corpus.pairs:
        inside = i in where and j in where
        values.append((float(scored.scores[where[i], where[j]]) if inside else 0.0, gold))
    return values


def cluster_decisions(
    corpus: Corpus, embedder: Embedder, method: Method, threshold: float | None = None
) -> list[tuple[bool, bool]]:
    groups = group_sentences(corpus.sentences, embedder, method, threshold)
    group_of = {i: n for n, g in enumerate(groups) for i in g}
    return [(group_of[i] == group_of[j], gold) for i, j, gold in corpus.pairs]


def quality(corpora: list[Corpus], embedder: Embedder, sweep: bool) -> list[str]:
    lines = [
        "| method | threshold | pairs (pos) | pair acc | pair P | pair R | pair F1 "
        "| cluster P | cluster R | cluster F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for method in METHODS:
        values = [v for c in corpora for v in pair_values(c, embedder, method)]
        cut = THRESHOLDS[method]
        pair = f1([(score >= cut, gold) for score, gold in values])
        clusters = f1([d for c in corpora for d in cluster_decisions(c, embedder, method)])
        positives = sum(1 for _, g in values if g)
        lines.append(
            f"| {NAMES[method]} | {cut} | {len(values)} ({positives}) | {pair['accuracy']:.3f} "
            f"| {pair['precision']:.2f} | {pair['recall']:.2f} | {pair['f1']:.2f} "
            f"| {clusters['precision']:.2f} | {clusters['recall']:.2f} | {clusters['f1']:.2f} |"
        )
        if sweep:
            print(method, "pairs:", sweep_line(values))
            print(method, "clusters:", cluster_sweep(corpora, embedder, method))
    return lines


def sweep_line(values: list[tuple[float, bool]]) -> str:
    cuts = np.arange(0.3, 0.86, 0.02)
    best = max(cuts, key=lambda c: f1([(s >= c, g) for s, g in values])["f1"])
    table = " ".join(f"{c:.2f}:{f1([(s >= c, g) for s, g in values])['f1']:.2f}" for c in cuts)
    lowest = min((s for s, g in values if g), default=0.0)
    return f"best {best:.2f}; lowest positive {lowest:.2f}; {table}"


def cluster_sweep(corpora: list[Corpus], embedder: Embedder, method: Method) -> str:
    cut = THRESHOLDS[method]
    cells = []
    for offset in (-0.06, -0.04, -0.02, 0.0, 0.02, 0.04, 0.06):
        decisions = [
            d for c in corpora for d in cluster_decisions(c, embedder, method, cut + offset)
        ]
        cells.append(f"{cut + offset:.2f}:{f1(decisions)['f1']:.3f}")
    return " ".join(cells)


def speed(embedder: MiniLMEmbedder) -> list[str]:
    clusters = list(duc_clusters().values())[:SPEED_CLUSTERS]
    lines = [
        "| method | sentences / cluster | embedded / cluster | align s / cluster (median) |",
        "|---|---|---|---|",
    ]
    tfidf = TfidfEmbedder()
    for method in METHODS:
        seconds, counts, embedded = [], [], []
        fresh = MiniLMEmbedder() if method != "lexical" else None
        for articles in clusters:
            sentences = split_sentences(articles)
            started = time.perf_counter()
            if fresh is None:
                align_claims(sentences, articles, tfidf)
            else:
                group_sentences(sentences, fresh, method)
            seconds.append(time.perf_counter() - started)
            counts.append(len(sentences))
            embedded.append(
                0 if fresh is None else len(pair_scores(sentences, tfidf, method).members)
            )
        lines.append(
            f"| {NAMES[method]} | {statistics.mean(counts):.0f} "
            f"| {statistics.mean(embedded):.0f} | {statistics.median(seconds):.2f} |"
        )
    texts = [s.text for a in clusters[-1:] for s in split_sentences(a)]
    started = time.perf_counter()
    MiniLMEmbedder().embed(texts)
    rate = len(texts) / (time.perf_counter() - started)
    lines.append("")
    lines.append(
        f"MiniLM alone: {rate:.0f} sentences/s ({len(texts)} DUC sentences, one batch run)."
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", action="store_true", help="print F1 per threshold")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    embedder = MiniLMEmbedder()
    corpora = load_corpora()
    body = ["## Quality", "", *quality(corpora, embedder, args.sweep)]
    if not args.no_speed:
        body += [
            "",
            "## Speed (first 10 DUC 2004 clusters, 10 articles each)",
            "",
            *speed(embedder),
        ]
    print("\n".join(body))


if __name__ == "__main__":
    main()
