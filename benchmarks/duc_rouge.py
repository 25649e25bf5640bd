"""Summary quality on DUC 2004 Task 2: bylines against 13 published systems and a lead baseline.

Every system is scored here, in one run, with the same code: rouge-score with stemming, each
summary cut to its first 100 whitespace words, recall against each of the 4 human references,
averaged over the references and then over the clusters. The published systems' summaries come
from ``../shared/data/duc2004/system_summaries.jsonl`` (SumRepo, Hong et al. 2014).

    PYTHONPATH=src python benchmarks/duc_rouge.py                 # all 50 clusters
    PYTHONPATH=src python benchmarks/duc_rouge.py --clusters 10 --embedder tfidf --no-write

The table is printed and written between the markers in ``benchmarks/results/duc_rouge.md``
(the notes around it, what was tried and why, are kept).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bylines.ingest.sentences import split_article
from bylines.models import load_models
from bylines.options import EmbedderChoice, ReportOptions
from bylines.report.pipeline import build_report
from bylines.types import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "duc2004"
RESULTS = ROOT / "benchmarks" / "results" / "duc_rouge.md"
WORDS = 100
METRICS = ("rouge1", "rouge2", "rougeL")
BEGIN, END = "<!-- table:begin -->", "<!-- table:end -->"

Cluster = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Score:
    system: str
    r1: float
    r2: float
    rl: float


def load_clusters(limit: int | None = None) -> list[Cluster]:
    with (DATA / "clusters.jsonl").open(encoding="utf-8") as lines:
        clusters = [json.loads(line) for line in lines]
    return clusters[:limit] if limit else clusters


def load_systems() -> dict[str, dict[str, str]]:
    """cluster id -> system name -> summary text."""
    with (DATA / "system_summaries.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return {row["cluster_id"]: row["systems"] for row in rows}


def articles_of(cluster: Cluster) -> list[Article]:
    documents = sorted(cluster["documents"], key=lambda d: d["position"])
    return [Article(id=d["doc_id"], text=d["text"], source=d["doc_id"]) for d in documents]


def lead_summary(cluster: Cluster) -> str:
    """The first sentences of the first document, up to the word budget."""
    first = articles_of(cluster)[0]
    return " ".join(s.text for s in split_article(first))


def bylines_summarizer(embedder: EmbedderChoice) -> tuple[str, Callable[[Cluster], str]]:
    """The embedder actually loaded, and a function from a cluster to bylines' summary."""
    options = ReportOptions(words=WORDS, embedder=embedder, entities="rules")
    models = load_models(options)

    def summarize(cluster: Cluster) -> str:
        report = build_report(articles_of(cluster), options, models)
        return " ".join(s.text for s in report.summary)

    return models.embedder.name, summarize


def cut(text: str) -> str:
    return " ".join(text.split()[:WORDS])


def score_system(name: str, summaries: Sequence[str], clusters: Sequence[Cluster]) -> Score:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = dict.fromkeys(METRICS, 0.0)
    for summary, cluster in zip(summaries, clusters, strict=True):
        references = [r["text"] for r in cluster["references"]]
        for reference in references:
            result = scorer.score(reference, cut(summary))
            for metric in METRICS:
                totals[metric] += result[metric].recall / len(references)
    n = len(clusters)
    return Score(name, *(100 * totals[m] / n for m in METRICS))


def run(clusters: Sequence[Cluster], embedder: EmbedderChoice) -> tuple[list[Score], float]:
    systems = load_systems()
    names = sorted({name for c in clusters for name in systems[c["cluster_id"]]})
    scores = [
        score_system(name, [systems[c["cluster_id"]].get(name, "") for c in clusters], clusters)
        for name in names
    ]
    scores.append(
        score_system("lead (first document)", [lead_summary(c) for c in clusters], clusters)
    )
    loaded, summarize = bylines_summarizer(embedder)
    started = time.perf_counter()
    ours = [summarize(c) for c in clusters]
    seconds = time.perf_counter() - started
    scores.append(score_system(f"**bylines** ({loaded} embedder)", ours, clusters))
    return sorted(scores, key=lambda s: s.r2, reverse=True), seconds


def table(scores: Sequence[Score]) -> str:
    rows = ["| system | ROUGE-1 | ROUGE-2 | ROUGE-L |", "|---|---:|---:|---:|"]
    rows += [f"| {s.system} | {s.r1:.2f} | {s.r2:.2f} | {s.rl:.2f} |" for s in scores]
    return "\n".join(rows)


def write(text: str) -> None:
    block = f"{BEGIN}\n{text}\n{END}"
    if RESULTS.exists() and BEGIN in (old := RESULTS.read_text(encoding="utf-8")):
        head, rest = old.split(BEGIN, 1)
        RESULTS.write_text(head + block + rest.split(END, 1)[1], encoding="utf-8")
    else:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(f"# DUC 2004 ROUGE\n\n{block}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=None, help="only the first N clusters")
    parser.add_argument("--embedder", default="auto", choices=["auto", "minilm", "tfidf"])
    parser.add_argument("--no-write", action="store_true", help="print only; keep the results file")
    args = parser.parse_args()
    clusters = load_clusters(args.clusters)
    scores, seconds = run(clusters, args.embedder)
    text = (
        f"{len(clusters)} clusters, rouge-score 0.1.2 (stemming, first {WORDS} words, recall,"
        f" mean of 4 references); bylines took {seconds:.1f} s for all clusters.\n\n"
        + table(scores)
    )
    print(text)
    if not args.no_write:
        write(text)


if __name__ == "__main__":
    main()
