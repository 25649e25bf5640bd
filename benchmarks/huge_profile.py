"""Where time grows with the square of the input: each stage on two generated articles, with and
without the bounds of bylines.report.bounds.

    PYTHONPATH=src python benchmarks/huge_profile.py [--sizes 100000,200000] [--bounded 2500000]
        [--single 5000000] [--piles 50x99000,200x1000]

Two articles (so alignment has cross-article pairs) of news-like generated text (tests/hostile.py:
a small vocabulary, so nearly every sentence is a candidate partner of every other: the worst
case). Unbounded runs replace the bounds with a plain clean; the top functions of the largest
unbounded run (cProfile, by cumulative time, bylines code only) name the quadratic paths.
``--single``: one article of that size, bounded, in the small vocabulary, as a run-on line of
figures with no full stop (tests/hostile.py figure_run), and in news written by people (the DUC
2004 articles of ../shared, joined and repeated to the size; skipped where they
are absent). ``--piles``: many articles cut from one text of the small vocabulary, and from the
DUC text alike (50 x 99,000 is a 5 MB JSON Lines upload), where the work grows with the articles
a claim is checked against rather than with the characters.
Each row gives the CPU seconds of the process too (both cores count), which other
work on the machine changes less than the wall time.
Writes benchmarks/results/huge_profile.md. TF-IDF and rule-based names, so no model time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
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
DUC = ROOT.parent / "shared" / "data" / "duc2004" / "clusters.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "huge_profile.md"
OPTIONS = ReportOptions(embedder="tfidf", entities="rules")


def unbounded(
    articles: list[Article], clean: Callable[[Article], Article]
) -> tuple[tuple[Article, ...], tuple[Article, ...]]:
    return tuple(clean(a) for a in articles), ()


def uncut(articles: list[Article]) -> tuple[Article, ...]:
    return tuple(articles)


def pair(chars: int, count: int = 2) -> list[Article]:
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import news_text

    return [Article(f"a{n}", news_text(chars, seed=n), f"a{n}") for n in range(count)]


def figure_run(chars: int) -> str:
    """One run-on line of figures with no full stop (tests/hostile.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import figure_run as run_of_figures

    return run_of_figures(chars)


def duc_article(chars: int) -> list[Article]:
    """One article of the DUC 2004 documents' paragraphs, repeated up to ``chars``."""
    if not DUC.exists():
        return []
    texts = [
        doc["text"]
        for line in DUC.read_text(encoding="utf-8").splitlines()
        for doc in json.loads(line)["documents"]
    ]
    joined = "\n\n".join(texts)
    return [Article("duc", (joined * (chars // len(joined) + 1))[:chars], "duc")]


def pile(text: str, count: int, chars: int) -> list[Article]:
    """``count`` articles of ``chars`` characters each, cut one after another from ``text``."""
    return [Article(f"p{n}", text[n * chars : (n + 1) * chars], f"p{n}") for n in range(count)]


def pile_rows(spec: str, models: object) -> list[tuple[str, dict[str, float]]]:
    """A row for each pile of ``spec`` ("50x99000,..."), in the small vocabulary and in DUC text."""
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import news_text

    rows = []
    for count, chars in (map(int, item.split("x")) for item in spec.split(",") if item):
        rows.append(
            (
                f"{count} x {chars:,} pile",
                run(pile(news_text(count * chars, seed=13), count, chars), models, False)[0],
            )
        )
        if news := duc_article(count * chars):
            duc = pile(news[0].text, count, chars)
            rows.append((f"{count} x {chars:,} DUC pile", run(duc, models, False)[0]))
    return rows


def run(articles: list[Article], models: object, profile: bool) -> tuple[dict[str, float], str]:
    profiler = cProfile.Profile()
    started, cpu = time.perf_counter(), time.process_time()
    if profile:
        profiler.enable()
    report = build_report(articles, OPTIONS, models)  # type: ignore[arg-type]
    profiler.disable()
    stages = {t.stage: t.seconds for t in report.timings}
    stages["total"] = time.perf_counter() - started
    stages["CPU"] = time.process_time() - cpu
    out = io.StringIO()
    if profile:
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats("bylines/", 25)
    return stages, out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,200000", help="characters an article")
    parser.add_argument("--bounded", default="2500000", help="characters an article, bounded")
    parser.add_argument("--single", default="5000000", help="characters of one article, bounded")
    parser.add_argument("--piles", default="50x99000,200x1000", help="articles x characters")
    args = parser.parse_args()
    models = load_models(OPTIONS)
    rows, profile = [], ""
    sizes = [int(s) for s in args.sizes.split(",") if s]
    load = os.getloadavg()[0]
    for size in sizes:
        pipeline.clean_within_bounds = unbounded  # type: ignore[assignment]
        pipeline.bound_articles = uncut  # type: ignore[assignment]
        stages, text = run(pair(size), models, profile=size == sizes[-1])
        rows.append((f"2 x {size:,} unbounded", stages))
        profile = text or profile
    pipeline.clean_within_bounds = clean_within_bounds
    pipeline.bound_articles = bound_articles
    for size in [int(s) for s in args.bounded.split(",") if s]:
        rows.append((f"2 x {size:,} bounded", run(pair(size), models, profile=False)[0]))
    for size in [int(s) for s in args.single.split(",") if s]:
        rows.append((f"1 x {size:,} bounded", run(pair(size, 1), models, profile=False)[0]))
        figures = [Article("figures", figure_run(size), "figures")]
        rows.append((f"1 x {size:,} figures bounded", run(figures, models, profile=False)[0]))
        if news := duc_article(size):
            rows.append((f"1 x {size:,} DUC bounded", run(news, models, profile=False)[0]))
    rows += pile_rows(args.piles, models)
    names = list(rows[0][1])
    lines = [
        "# Huge input: time per stage with and without the bounds",
        "",
        f"`PYTHONPATH=src python benchmarks/huge_profile.py --sizes {args.sizes} --bounded "
        f"{args.bounded} --single {args.single} --piles {args.piles}` on "
        f"{time.strftime('%Y-%m-%d')}, 2 cores shared "
        f"with other work (load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at "
        "the end). Seconds:",
        "",
        "| input | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
        *(f"| {n} | " + " | ".join(f"{s.get(k, 0):.2f}" for k in names) + " |" for n, s in rows),
        "",
        *(
            [
                f"Top bylines functions of the 2 x {sizes[-1]:,} unbounded run (cumulative):",
                "",
                "```text",
                *[ln.rstrip() for ln in profile.splitlines() if "bylines/" in ln or "ncalls" in ln],
                "```",
                "",
            ]
            if profile
            else []
        ),
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
