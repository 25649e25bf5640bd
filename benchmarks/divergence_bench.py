"""Who reports what, measured on the hand-labelled divergence set (issue 7).

Run from the repository root (reads ../shared/eval/divergence, writes benchmarks/results/):

    PYTHONPATH=src python benchmarks/divergence_bench.py --split tuning

The set (benchmarks/data/divergence, README.md there) holds invented events in the format of
../shared/eval/divergence/FORMAT.md: ``t-`` events are the tuning split, ``h-`` events the held-out
split. Each event directory is read and analysed by the library exactly as `bylines report DIR
--format json` would (models loaded once), the JSON reports are written to
benchmarks/out/divergence/<split>/<slug>.json, and the shared scorer (score.py) scores them; the
totals of every metric for the tuning, held-out and whole set, a line per event and the seconds
each event took go to benchmarks/results/divergence.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from bylines import ReportOptions, build_report, load_models, read_inputs, to_json
from bylines.models import Models

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "divergence" / "score.py"
DEFAULT_SET = ROOT / "benchmarks" / "data" / "divergence"
OUT = ROOT / "benchmarks" / "out" / "divergence"
RESULTS = ROOT / "benchmarks" / "results" / "divergence.md"
FAILURE_RE = re.compile(r"^ {4}\[([a-z ]+?)(?:\]|:)", re.MULTILINE)  # score.py -v lines
WARM_UP = ROOT.parent / "shared" / "examples" / "blinken-xi"
SPLITS = {"tuning": "t-", "heldout": "h-"}
# Metrics shown in the per-event line (the scorer's keys); every metric is in the totals table.
EVENT_COLUMNS = (
    ("prec_summary", "cite prec. summary"),
    ("prec_claims", "cite prec. claims"),
    ("rec_summary", "cite rec. summary"),
    ("rec_claims", "cite rec. claims"),
    ("ex_prec", "only-in prec."),
    ("shared_as_one", "shared as one"),
    ("conf_loose", "conflicts found"),
    ("conf_false", "false conflicts"),
    ("furniture", "junk left"),
)


def event_slugs(set_dir: Path, split: str, only: Sequence[str] = ()) -> list[str]:
    """The keyed event directories of a split (by slug prefix), or the ones named in ``only``."""
    keyed = json.loads((set_dir / "key.json").read_text(encoding="utf-8"))["events"]
    found = sorted(p.name for p in (set_dir / "events").iterdir() if p.is_dir())
    for slug in found:
        if slug not in keyed:
            print(f"{set_dir / 'events' / slug}: not in key.json (run build_key.py): skipped")
    slugs = [s for s in found if s in keyed]
    if split != "all":
        slugs = [s for s in slugs if s.startswith(SPLITS[split])]
    if only:
        slugs = [s for s in slugs if s in only]
    return slugs


def split_of(slug: str) -> str:
    return next((name for name, prefix in SPLITS.items() if slug.startswith(prefix)), "other")


def report_event(event_dir: Path, options: ReportOptions, models: Models) -> dict[str, Any]:
    """The `bylines.report/1` JSON of one event directory, as a dict."""
    read = read_inputs([str(event_dir)])
    report = build_report(read.articles, options, models, read.skipped)
    result: dict[str, Any] = json.loads(to_json(report))
    return result


def run_events(
    set_dir: Path, slugs: Sequence[str], out_dir: Path, options: ReportOptions, models: Models
) -> dict[str, float]:
    """Write a report per event to out_dir/<slug>.json; the seconds each one took."""
    out_dir.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    for slug in slugs:
        start = time.perf_counter()
        report = report_event(set_dir / "events" / slug, options, models)
        seconds[slug] = time.perf_counter() - start
        (out_dir / f"{slug}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return seconds


@dataclass(frozen=True)
class Scored:
    """The scorer's JSON result (per event and TOTAL) and its -v log (every failure, one a line)."""

    result: dict[str, Any]
    log: str


def score(key: Path, reports: Path, slugs: Sequence[str]) -> Scored:
    """Run the shared scorer, with -v, on the reports of these events."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        command = [sys.executable, str(SCORER), str(key), str(reports), "-v"]
        run = subprocess.run(
            [*command, "--events", ",".join(slugs), "--json", str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        return Scored(json.loads(out.read_text(encoding="utf-8")), run.stdout)


def failure_kinds(log: str) -> Counter[str]:
    """How many failures of each kind the scorer's -v log lists ('claims recall', ...)."""
    return Counter(FAILURE_RE.findall(log))


def load_scorer() -> ModuleType:
    """The shared scorer as a module (it lives in ../shared, outside any package)."""
    spec = importlib.util.spec_from_file_location("divergence_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labels() -> list[tuple[str, str]]:
    """The scorer's metric keys and labels, in its order."""
    return list(load_scorer().ORDER)


@dataclass(frozen=True)
class Run:
    """What was run: seconds per event, the command line and the backends used."""

    seconds: dict[str, float]
    command: str
    backends: str


def fraction(cell: Sequence[int]) -> str:
    num, den = cell
    return f"{num}/{den} = {100 * num / den:.1f}%" if den else f"{num}/0 = n/a"


def write_results(set_dir: Path, groups: dict[str, Scored], run: Run) -> None:
    lines = [
        "# Who reports what: the divergence set",
        "",
        f"`{run.command}` on {date.today().isoformat()}. Backends: {run.backends}.",
        "Set: benchmarks/data/divergence (README.md there); scorer: "
        "../shared/eval/divergence/score.py (its FORMAT.md says what each metric counts). "
        "Tune on `t-` events, report on `h-` events.",
        "",
        *totals_table(groups),
        "",
        *events_table(set_dir, groups["all"].result, run.seconds),
        "",
        *failures_table(groups["all"].log),
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")


def totals_table(groups: dict[str, Scored]) -> list[str]:
    lines = [
        "## Totals (micro-averaged over the events)",
        "",
        "| metric | " + " | ".join(groups) + " |",
        "|---|" + "---|" * len(groups),
    ]
    for key, label in labels():
        cells = [fraction(scored.result["TOTAL"][key]) for scored in groups.values()]
        name = f"… {label.strip()}" if label.startswith(" ") else label  # a detail of the row above
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def events_table(set_dir: Path, result: dict[str, Any], seconds: dict[str, float]) -> list[str]:
    lines = [
        "## Per event",
        "",
        "| event | articles | s | " + " | ".join(name for _, name in EVENT_COLUMNS) + " |",
        "|---|---|---|" + "---|" * len(EVENT_COLUMNS),
    ]
    for slug, took in seconds.items():
        articles = len(list((set_dir / "events" / slug).glob("*.txt")))
        cells = " | ".join(fraction(result[slug][key]) for key, _ in EVENT_COLUMNS)
        lines.append(f"| {slug} | {articles} | {took:.2f} | {cells} |")
    mean = sum(seconds.values()) / len(seconds)
    lines += ["", f"Mean {mean:.2f} s per event (warm: models loaded, example cluster run first)."]
    return lines


def failures_table(log: str) -> list[str]:
    lines = [
        "## Failures by kind (all events; every one listed by the rerun command with -v)",
        "",
        "| kind | count |",
        "|---|---|",
    ]
    lines += [f"| {kind} | {n} |" for kind, n in sorted(failure_kinds(log).items())]
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the labelled set")
    parser.add_argument("--split", choices=("tuning", "heldout", "all"), default="all")
    parser.add_argument("--events", default="", help="comma-separated slugs (within the split)")
    parser.add_argument("--embedder", default="auto", choices=("auto", "minilm", "tfidf"))
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    args = parser.parse_args(argv)
    set_dir = args.set.resolve()
    slugs = event_slugs(set_dir, args.split, [s for s in args.events.split(",") if s])
    if not slugs:
        raise SystemExit(f"{set_dir}: no events for split {args.split!r} {args.events}")
    options = ReportOptions(embedder=args.embedder)
    models = load_models(options)
    out_dir = OUT / args.split
    if WARM_UP.is_dir():  # lazy imports and first-call costs, on an input outside the set
        report_event(WARM_UP, options, models)
    seconds = run_events(set_dir, slugs, out_dir, options, models)
    key = set_dir / "key.json"
    groups = {
        split: score(key, out_dir, chosen)
        for split in ("tuning", "heldout")
        if (chosen := [s for s in slugs if split_of(s) == split])
    }
    groups["all"] = score(key, out_dir, slugs)
    words = argv if argv is not None else sys.argv[1:]
    command = " ".join(["PYTHONPATH=src python benchmarks/divergence_bench.py", *words])
    backends = f"embedder `{models.embedder.name}`, entities `{models.tagger.name}`"
    write_results(set_dir, groups, Run(seconds, command, backends))
    if args.verbose:
        print(groups["all"].log)
    for key_name, label in labels():
        print(f"{label:58s} {fraction(groups['all'].result['TOTAL'][key_name])}")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
