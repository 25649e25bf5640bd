"""Where time grows with the square of the input: each stage on two generated articles, with and
without the bounds of bylines.report.bounds.

    PYTHONPATH=src python benchmarks/huge_profile.py [--sizes 100000,200000] [--bounded 2500000]

Two articles (so alignment has cross-article pairs) of news-like generated text (tests/hostile.py:
a small vocabulary, so nearly every sentence is a candidate partner of every other: the worst
case). Unbounded runs replace the bounds with a plain clean; the top functions of the largest
unbounded run (cProfile, by cumulative time, bylines code only) name the quadratic paths.
Writes benchmarks/results/huge_profile.md. TF-IDF and rule-based names, so no model time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bylines import Article, ReportOptions, build_report, load_models
from bylines.report import pipeline
from bylines.report.bounds import bound_articles, clean_within_bounds

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "huge_profile.md"
OPTIONS = ReportOptions(embedder="tfidf", entities="rules")


def unbounded(articles: list[Article], clean: Callable[[Article], Article]) -> tuple[Article, ...]:
    return tuple(clean(a) for a in articles)


def uncut(articles: list[Article]) -> tuple[Article, ...]:
    return tuple(articles)


def pair(chars: int) -> list[Article]:
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import news_text

    return [Article(f"a{n}", news_text(chars, seed=n), f"a{n}") for n in range(2)]


def run(articles: list[Article], models: object, profile: bool) -> tuple[dict[str, float], str]:
    profiler = cProfile.Profile()
    started = time.perf_counter()
    if profile:
        profiler.enable()
    report = build_report(articles, OPTIONS, models)  # type: ignore[arg-type]
    profiler.disable()
    stages = {t.stage: t.seconds for t in report.timings}
    stages["total"] = time.perf_counter() - started
    out = io.StringIO()
    if profile:
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats("bylines/", 25)
    return stages, out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,200000", help="characters an article")
    parser.add_argument("--bounded", default="2500000", help="characters an article, bounded")
    args = parser.parse_args()
    models = load_models(OPTIONS)
    rows, profile = [], ""
    sizes = [int(s) for s in args.sizes.split(",")]
    load = os.getloadavg()[0]
    for size in sizes:
        pipeline.clean_within_bounds = unbounded  # type: ignore[assignment]
        pipeline.bound_articles = uncut  # type: ignore[assignment]
        stages, text = run(pair(size), models, profile=size == sizes[-1])
        rows.append((f"2 x {size:,} unbounded", stages))
        profile = text or profile
    pipeline.clean_within_bounds = clean_within_bounds
    pipeline.bound_articles = bound_articles
    for size in [int(s) for s in args.bounded.split(",")]:
        rows.append((f"2 x {size:,} bounded", run(pair(size), models, profile=False)[0]))
    names = list(rows[0][1])
    lines = [
        "# Huge input: time per stage with and without the bounds",
        "",
        f"`PYTHONPATH=src python benchmarks/huge_profile.py --sizes {args.sizes} --bounded "
        f"{args.bounded}` on {time.strftime('%Y-%m-%d')}, 2 cores shared with other work (load "
        f"average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end). Seconds:",
        "",
        "| input | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
        *(f"| {n} | " + " | ".join(f"{s.get(k, 0):.2f}" for k in names) + " |" for n, s in rows),
        "",
        f"Top bylines functions of the 2 x {sizes[-1]:,} unbounded run (cumulative):",
        "",
        "```text",
        *[line.rstrip() for line in profile.splitlines() if "bylines/" in line or "ncalls" in line],
        "```",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
