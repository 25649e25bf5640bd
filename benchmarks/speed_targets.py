"""The four speed targets of issue 9, as medians, with CPU time beside wall time.

Run:  PYTHONPATH=src python benchmarks/speed_targets.py [--repeats 3]
Writes benchmarks/results/speed_targets.md.

- warm 10: one process with the models loaded builds DUC clusters 1..repeats (10 articles each),
  each new to the embedder; median wall and CPU seconds, and each stage's median wall and CPU
  seconds (CPU from one stage's start to the next's, every thread of the process: steadier
  than wall time on a loaded machine).
- after the first report the process freezes its objects out of the collector's reach, as the
  service does once its models are loaded.
- warm 100: the same process builds piles of ten DUC clusters (11-20, 21-30, ...), each new.
- cold: `python -m bylines report <example> --format json` in a new process, `repeats` times;
  wall, CPU (user + system, from wait4: the process and the tagger process it starts and
  joins) and peak RSS (the larger of the two processes). Where the environment keeps Python
  from writing bytecode, also alternating with runs from a bytecode cache (``cold_runs``).

Beside the times, the texts each stage sends to the model that the process had not embedded
before ("align 107, facts 106"): the model's cost is per text and word piece, and unlike the times
these counts do not move with the machine's load, so they say whether a change embeds less.

The machine has 2 cores shared with other work; the load average is written beside the numbers.
CPU seconds count every thread (the embedder runs two), so on an idle machine the wall time of a
run lies between CPU / 2 and CPU; under load the wall time grows, the CPU time much less.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bylines import Article, ReportOptions, build_report, load_models
from bylines.models import Embedder, Models, Vectors

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "blinken-xi"
DUC = SHARED / "data" / "duc2004" / "clusters.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "speed_targets.md"
# Targets from issue 9 (seconds, MB).
TARGETS = {"warm 10": 0.8, "warm 100": 5.0, "cold": 2.5}
PEAK_TARGET_MB = 1000
# Notes below this heading in the results file are kept when the table is rewritten.
NOTES = "## Notes"


def duc_articles(first: int, count: int) -> list[Article]:
    lines = DUC.read_text(encoding="utf-8").splitlines()[first : first + count]
    return [
        Article(id=d["doc_id"], text=d["text"], source=d["doc_id"])
        for line in lines
        for d in json.loads(line)["documents"]
    ]


class CountingEmbedder:
    """Passes texts to an embedder, counting per stage those it has not been given before (the
    embedder remembers the vectors of a few thousand texts, so these are the ones it runs)."""

    def __init__(self, embedder: Embedder) -> None:
        self.inner = embedder
        self.stage = ""
        self.seen: set[str] = set()
        self.new: dict[str, int] = {}

    @property
    def name(self) -> str:
        return self.inner.name

    def embed(self, texts: Sequence[str]) -> Vectors:
        self._note(texts)
        return self.inner.embed(texts)

    def embed_spans(self, spans: Sequence[tuple[str, int, int]]) -> Vectors:
        """Spans of texts (``bylines.embed``): the model runs on a text it has not seen."""
        self._note([text for text, _, _ in spans])
        return self.inner.embed_spans(spans)  # type: ignore[attr-defined, no-any-return]

    def for_pile(self) -> CountingEmbedder:
        """The inner embedder's int8 run for big piles, counted with this one's stages."""
        inner = getattr(self.inner, "for_pile", None)
        if inner is None:
            return self
        counting = CountingEmbedder(inner())
        counting._note = self._note  # type: ignore[method-assign]
        return counting

    def _note(self, texts: Sequence[str]) -> None:
        fresh = [t for t in dict.fromkeys(texts) if t not in self.seen]
        self.seen.update(fresh)
        if fresh:
            self.new[self.stage] = self.new.get(self.stage, 0) + len(fresh)

    def on_stage(self, stage: str) -> None:
        self.stage = stage


def warm(
    models: Models, counter: CountingEmbedder, articles: list[Article]
) -> tuple[float, float, dict[str, float], dict[str, float]]:
    """Wall and CPU seconds of one build, its stage times and each stage's CPU seconds (all
    threads, from one stage's start to the next's); ``counter`` (the models' embedder) adds the
    build's newly embedded texts per stage to its ``new``."""
    marks: list[tuple[str, float]] = []

    def on_stage(stage: str) -> None:
        counter.on_stage(stage)
        marks.append((stage, time.process_time()))

    wall, cpu = time.perf_counter(), time.process_time()
    report = build_report(articles, ReportOptions(), models, on_stage=on_stage)
    ended = time.process_time()
    stages = {t.stage: t.seconds for t in report.timings}
    ends = [t for _, t in marks[1:]] + [ended]
    cpus = {stage: end - start for (stage, start), end in zip(marks, ends, strict=True)}
    return time.perf_counter() - wall, ended - cpu, stages, cpus


def cold(env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one `bylines report` process (with the
    tagger process it starts: wait4 counts the children a process has joined)."""
    command = [sys.executable, "-m", "bylines", "report", str(EXAMPLE), "--format", "json"]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"bylines report exited with {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


Cold = tuple[float, float, float]


def cold_runs(repeats: int) -> tuple[list[Cold], list[Cold]]:
    """Cold runs as the environment has them and, where it keeps Python from writing bytecode
    (PYTHONDONTWRITEBYTECODE, as the machine these numbers come from does), alternating with
    runs that read bylines' modules from a bytecode cache, as an installed package has them
    (pip compiles them on install): compiling ~70 modules from source is ~0.15-0.2 CPU s of
    the main process's critical path. The cache is filled by one untimed run."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return [cold() for _ in range(repeats)], []
    with tempfile.TemporaryDirectory(prefix="bylines-bytecode-") as prefix:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = prefix
        cold(env)
        runs = [(cold(), cold(env)) for _ in range(repeats)]
    return [plain for plain, _ in runs], [cached for _, cached in runs]


def embedded_text(new: dict[str, int], runs: int) -> str:
    """Mean newly embedded texts per run, by stage."""
    return ", ".join(f"{stage} {count / runs:.0f}" for stage, count in new.items())


Run = tuple[float, float, dict[str, float], dict[str, float]]


def summary(runs: list[Run]) -> tuple[float, float, str, str]:
    """Median wall and CPU seconds, and each stage's median wall and CPU seconds."""
    texts = []
    for part in (2, 3):
        stages = {name: statistics.median(r[part][name] for r in runs) for name in runs[0][part]}
        texts.append(", ".join(f"{name} {seconds:.2f}" for name, seconds in stages.items()))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), *texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    load = [os.getloadavg()[0]]
    colds, cached = cold_runs(args.repeats)
    loaded = load_models()
    counter = CountingEmbedder(loaded.embedder)
    models = replace(loaded, embedder=counter)
    warm(models, counter, duc_articles(49, 1))  # first inference allocates the runtime's buffers
    gc.freeze()  # as the service does once its models are loaded (web/app.py)
    counter.new.clear()
    tens = [warm(models, counter, duc_articles(k, 1)) for k in range(args.repeats)]
    embedded = {"warm 10": embedded_text(counter.new, args.repeats)}
    counter.new.clear()
    hundreds = [warm(models, counter, duc_articles(10 + 10 * k, 10)) for k in range(args.repeats)]
    embedded["warm 100"] = embedded_text(counter.new, args.repeats)
    load.append(os.getloadavg()[0])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("warm 10", *summary(tens), embedded["warm 10"]),
        ("warm 100", *summary(hundreds), embedded["warm 100"]),
    ]
    cold_wall, cold_cpu = (statistics.median(c[i] for c in colds) for i in (0, 1))
    peak_cold = max(c[2] for c in colds)
    peak_text = f"peak RSS {peak_cold:.0f} MB (largest process)"
    rows.append(("cold", cold_wall, cold_cpu, peak_text, "", ""))
    if cached:
        cached_wall, cached_cpu = (statistics.median(c[i] for c in cached) for i in (0, 1))
        text = "bylines' bytecode cached, as an installed package has it"
        rows.append(("cold, bytecode cached", cached_wall, cached_cpu, text, "", ""))
    write(rows, args.repeats, load, peak, models)


def target_of(run: str) -> float:
    """The target of a row ("cold, bytecode cached" has cold's)."""
    return TARGETS[run.split(",", maxsplit=1)[0]]


def write(rows, repeats: int, load: list[float], peak: float, models) -> None:
    lines = [
        "# Speed targets (issue 9)",
        "",
        f"`PYTHONPATH=src python benchmarks/speed_targets.py --repeats {repeats}` on"
        f" {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores shared with other work:"
        f" load average {load[0]:.1f} at the start, {load[1]:.1f} at the end. Backends:"
        f" `{models.embedder.name}`, `{models.tagger.name}`. Medians of {repeats} runs, each on"
        " input new to the process. Peak RSS of the warm process (models loaded, all runs):"
        f" {peak:.0f} MB (target {PEAK_TARGET_MB} MB).",
        "",
        "| run | target wall (s) | wall (s) | CPU (s, all threads) | stages, median wall (s) |"
        " stages, median CPU (s) | new texts embedded, mean per run |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {name} | {target_of(name)} | {wall:.2f} | {cpu:.2f} | {detail} | {cpus} | {embedded} |"
        for name, wall, cpu, detail, cpus, embedded in rows
    ]
    RESULTS.write_text("\n".join(lines) + "\n" + kept_notes(), encoding="utf-8")
    print("\n".join(lines))


def kept_notes() -> str:
    """The hand-written notes of the results file (from its NOTES heading on), kept across runs."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    return "\n" + old[old.index(NOTES) :] if NOTES in old else ""


if __name__ == "__main__":
    main()
