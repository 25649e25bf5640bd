"""Speed and memory of `bylines report`, beside sumy's LexRank on the same input.

Run:  python benchmarks/speed_bench.py [--clusters 5] [--repeats 3] [--embedder auto] [--huge 1,2,5]
Writes benchmarks/results/speed.md. Needs `pip install '.[bench]'` for sumy.

- cold: a new process runs `python -m bylines report ... --format json` (imports, model loading,
  analysis); wall time and the child's peak RSS.
- warm, new input: one process has the models loaded; the first build of each input (the
  embedder has never seen its sentences). Per-stage times come from this run.
- warm, repeat: the same input built again `--repeats` times (median); the embedder's
  per-instance cache then skips the model for sentences it has seen.
- 100 articles: the documents of the first ten DUC 2004 clusters as one pile (ten events, so
  fewer claims align than in one event's 100 reports).
- huge: one generated news-like article of 1, 2 and 5 MB (tests/hostile.py), cold (wall time and
  peak RSS of the CLI process) and warm with per-stage times. sumy is not run on these: its
  LexRank builds the full sentence-by-sentence matrix in Python (quadratic).
- sumy LexRank: the same articles, 5 sentences, with a tokenizer that needs no NLTK data
  (nupunkt for sentences, a regular expression for words), warm, in this process.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nupunkt

from bylines import Article, ReportOptions, build_report, load_models

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "blinken-xi"
DUC = SHARED / "data" / "duc2004" / "clusters.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "speed.md"
MANY = 20


class NoDataTokenizer:
    """sumy's tokenizer protocol without NLTK's punkt download."""

    language = "english"
    _WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(nupunkt.sent_tokenize(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._WORD.findall(sentence))


def example_inputs() -> tuple[str, list[Path]]:
    return "example (5 articles)", sorted(EXAMPLE.glob("*.txt"))


def duc_inputs(limit: int, folder: Path) -> list[tuple[str, list[Path]]]:
    inputs = []
    for line in DUC.read_text(encoding="utf-8").splitlines()[:limit]:
        cluster = json.loads(line)
        paths = []
        for doc in cluster["documents"]:
            path = folder / f"{cluster['cluster_id']}_{doc['doc_id'].split('/')[-1]}.txt"
            path.write_text(doc["text"], encoding="utf-8")
            paths.append(path)
        inputs.append((f"DUC {cluster['cluster_id']} (10 articles)", paths))
    return inputs


# The cold child runs the real CLI, then reports its own peak RSS on stderr's last line. VmHWM
# belongs to the child's own address space; ru_maxrss would carry over the parent's peak (Linux
# keeps it across fork and exec), and the parent holds the warm models.
COLD_CHILD = """
import re, sys
from bylines.cli import main
code = main(sys.argv[1:])
status = open("/proc/self/status").read()
print(re.search(r"VmHWM:\\s+(\\d+)", status).group(1), file=sys.stderr)
sys.exit(code)
"""


def cold_run(paths: list[Path], embedder: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a new `bylines report` process."""
    command = [sys.executable, "-c", COLD_CHILD, "report", *map(str, paths), "--format", "json"]
    command += ["--embedder", embedder]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=True, text=True)
    wall = time.perf_counter() - started
    json.loads(done.stdout)  # it produced a whole report
    return wall, int(done.stderr.strip().splitlines()[-1]) / 1024


def pile_inputs(clusters: int, folder: Path) -> tuple[str, list[Path]]:
    paths = [p for _, found in duc_inputs(clusters, folder) for p in found]
    return f"pile: {len(paths)} DUC articles of {clusters} events", paths


def huge_input(megabytes: float, folder: Path) -> tuple[str, list[Path]]:
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import news_text

    path = folder / f"huge-{megabytes:g}MB.txt"
    path.write_text(news_text(int(megabytes * 1_000_000)), encoding="utf-8")
    return f"one {megabytes:g} MB article", [path]


def articles_of(paths: list[Path]) -> list[Article]:
    return [Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem) for p in paths]


def warm_runs(paths: list[Path], options: ReportOptions, models, repeats: int):
    """(first build's wall, median wall of the repeats, the first build's stage times)."""
    articles = articles_of(paths)
    walls, stages = [], {}
    for run in range(repeats + 1):
        started = time.perf_counter()
        report = build_report(articles, options, models)
        walls.append(time.perf_counter() - started)
        if run == 0:
            stages = {timing.stage: timing.seconds for timing in report.timings}
    return walls[0], statistics.median(walls[1:]), stages


def lexrank_run(paths: list[Path], repeats: int) -> float:
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    walls = []
    for _ in range(repeats):
        started = time.perf_counter()
        parser = PlaintextParser.from_string(text, NoDataTokenizer())
        LexRankSummarizer()(parser.document, 5)
        walls.append(time.perf_counter() - started)
    return statistics.median(walls)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clusters", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--embedder", default="auto")
    parser.add_argument("--huge", default="1,2,5", help="sizes in MB of the huge articles")
    parser.add_argument("--pile", type=int, default=10, help="DUC clusters in the 100-article pile")
    args = parser.parse_args()
    options = ReportOptions(embedder=args.embedder)
    started = time.perf_counter()
    models = load_models(options)
    load_seconds = time.perf_counter() - started
    rows, stage_rows = [], []
    args.load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [example_inputs(), *duc_inputs(args.clusters, Path(tmp))]
        (Path(tmp) / "pile").mkdir()
        inputs.append(pile_inputs(args.pile, Path(tmp) / "pile"))
        huge = [huge_input(float(mb), Path(tmp)) for mb in args.huge.split(",") if mb]
        for name, paths in [*inputs, *huge]:
            cold, peak = cold_run(paths, args.embedder)
            repeats = args.repeats if len(paths) > 1 else 1  # one huge article: once is enough
            warm, repeat, stages = warm_runs(paths, options, models, repeats)
            # LexRank is quadratic in Python: once on the 100-article pile (minutes), not at all
            # on one huge article (hours).
            lex_repeats = args.repeats if len(paths) <= MANY else 1
            lexrank = lexrank_run(paths, lex_repeats) if len(paths) > 1 else float("nan")
            rows.append((name, cold, warm, repeat, peak, lexrank, warm / lexrank))
            stage_rows.append((name, stages))
            print(f"{name}: cold {cold:.2f}s warm {warm:.2f}s/{repeat:.2f}s", end=" ")
            print(f"peak {peak:.0f}MB", end=" ")
            print(f"lexrank {lexrank:.2f}s")
    args.load.append(os.getloadavg()[0])
    write_results(rows, stage_rows, args, models, load_seconds)


def write_results(rows, stage_rows, args, models, load_seconds: float) -> None:
    warm_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "# Speed and memory",
        "",
        f"`python benchmarks/speed_bench.py --clusters {args.clusters} --repeats {args.repeats}"
        f" --embedder {args.embedder} --huge {args.huge}` on {time.strftime('%Y-%m-%d')}, 2 cores"
        f" shared with other work: load average {args.load[0]:.1f} at the start,"
        f" {args.load[1]:.1f} at the end (times grow with it).",
        f"Backends: embedder `{models.embedder.name}`, entities `{models.tagger.name}`;"
        f" loading them once took {load_seconds:.2f} s. Peak RSS of the warm process:"
        f" {warm_peak:.0f} MB (all inputs, models loaded).",
        "",
        "| input | cold (s) | warm, new input (s) | warm, repeat (s) | cold peak RSS (MB)"
        " | sumy LexRank warm (s) | warm new / LexRank |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {n} | {c:.2f} | {w:.2f} | {rp:.2f} | {p:.0f} | "
        + ("not run | |" if math.isnan(lx) else f"{lx:.2f} | {r:.1f}x |")
        for n, c, w, rp, p, lx, r in rows
    ]
    duc = [r for r in rows if r[0].startswith("DUC")]
    if duc:
        mean = [statistics.mean(r[i] for r in duc) for i in (1, 2, 3, 5)]
        lines.append(
            f"| **DUC mean** | {mean[0]:.2f} | {mean[1]:.2f} | {mean[2]:.2f} | "
            f"{max(r[4] for r in duc):.0f} (max) | {mean[3]:.2f} | {mean[1] / mean[3]:.1f}x |"
        )
    stages = list(stage_rows[0][1])
    lines += ["", "Warm time per stage, new input (s):", ""]
    lines += ["| input | " + " | ".join(stages) + " |", "|---|" + "---|" * len(stages)]
    lines += [
        f"| {n} | " + " | ".join(f"{s.get(k, 0):.3f}" for k in stages) + " |" for n, s in stage_rows
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
