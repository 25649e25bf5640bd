"""Load test: 50 concurrent report requests against a real `bylines serve` process on loopback.

    PYTHONPATH=src python benchmarks/load_bench.py [--requests 50] [--embedder auto]
    PYTHONPATH=src python benchmarks/load_bench.py --big 2     (writes results/load_big.md)

Starts the service on a free port with a temporary database, makes one warm-up report (so model
loading is not counted), then sends all requests at once, each the five articles of
../shared/examples/blinken-xi as uploaded files. While they run, /api/health is polled to show
the event loop stays responsive. Writes benchmarks/results/load.md. Bounded: every request has
a time-out and the whole run a deadline; the server process is always stopped.

With ``--big N``: N requests of one ~5 MB article each (at the request limit) are sent at once;
while they run, /api/health is polled and a small report (the example's five articles) is asked
for again and again, one at a time: the service must keep answering both within 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT.parent / "shared" / "examples" / "blinken-xi"
RESULTS = ROOT / "benchmarks" / "results" / "load.md"
BIG_RESULTS = ROOT / "benchmarks" / "results" / "load_big.md"
# A 5 MB request is the service's limit; the multipart wrapping needs a few hundred bytes.
BIG_BYTES = 4_990_000
# Pause between two small reports during the big run (another user, not a flood).
SMALL_EVERY = 2.0
REQUEST_TIMEOUT = 300.0
RUN_DEADLINE = 600.0
HEALTH_EVERY = 0.25
RETRY_AFTER = 1.0  # the patient clients wait less than the advertised Retry-After, to load harder


@dataclass
class Outcome:
    status: int
    seconds: float
    code: str = ""


@dataclass
class Run:
    outcomes: list[Outcome] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    wall: float = 0.0
    warmup: float = 0.0
    # second phase: every client retries after a 429 until it has its report
    patient: list[float] = field(default_factory=list)
    patient_wall: float = 0.0
    patient_429s: int = 0


def commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        check=False,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() or "unknown"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(port: int, db: Path, embedder: str, entities: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "bylines", "serve", "--port", str(port), "--db", str(db)]
    command += ["--embedder", embedder, "--entities", entities]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_up(base: str, process: subprocess.Popen[bytes]) -> tuple[float, dict[str, str]]:
    started = time.monotonic()
    while time.monotonic() - started < 120:
        if process.poll() is not None:
            raise SystemExit("the service exited during start-up")
        try:
            health = httpx.get(f"{base}/api/health", timeout=1)
            if health.status_code == 200:
                return time.monotonic() - started, health.json()
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the service did not start within 120 s")


def files() -> list[tuple[str, tuple[str, bytes, str]]]:
    paths = sorted(p for p in EXAMPLE.glob("*.txt"))
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in paths]


async def one(client: httpx.AsyncClient, base: str) -> Outcome:
    started = time.perf_counter()
    try:
        response = await client.post(f"{base}/api/reports", files=files())
    except httpx.HTTPError as exc:
        return Outcome(0, time.perf_counter() - started, type(exc).__name__)
    seconds = time.perf_counter() - started
    body = response.json()
    code = body["error"]["code"] if response.status_code >= 400 else "report"
    if response.status_code == 201:
        assert body["schema"] == "bylines.report/1" and body["summary"]
    return Outcome(response.status_code, seconds, code)


async def poll_health(client: httpx.AsyncClient, base: str, done: asyncio.Event) -> list[float]:
    latencies = []
    while not done.is_set():
        started = time.perf_counter()
        await client.get(f"{base}/api/health")
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(HEALTH_EVERY)
    return latencies


async def burst(base: str, count: int) -> Run:
    run = Run()
    limits = httpx.Limits(max_connections=count + 5)
    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT, limits=limits) as client:
        warm = await one(client, base)
        run.warmup = warm.seconds
        done = asyncio.Event()
        health = asyncio.create_task(poll_health(client, base, done))
        started = time.perf_counter()
        run.outcomes = list(await asyncio.gather(*(one(client, base) for _ in range(count))))
        run.wall = time.perf_counter() - started
        done.set()
        run.health = await health
        started = time.perf_counter()
        patient = await asyncio.gather(*(until_report(client, base) for _ in range(count)))
        run.patient_wall = time.perf_counter() - started
        run.patient = [seconds for seconds, _ in patient]
        run.patient_429s = sum(tries for _, tries in patient)
    return run


async def until_report(client: httpx.AsyncClient, base: str) -> tuple[float, int]:
    """Retry after each 429 (after RETRY_AFTER seconds) until a report comes back."""
    started = time.perf_counter()
    refusals = 0
    while True:
        outcome = await one(client, base)
        if outcome.status == 201:
            return time.perf_counter() - started, refusals
        if outcome.status != 429:
            raise SystemExit(f"unexpected answer {outcome.status} {outcome.code}")
        refusals += 1
        await asyncio.sleep(RETRY_AFTER)


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the highest resident set size of the server process so far."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def latency_row(name: str, values: list[float]) -> str:
    cells = [f"{pct(values, q):.2f}" for q in (50, 90, 95, 99)]
    top = f"{max(values):.2f}" if values else "nan"
    return f"| {name} | {len(values)} | " + " | ".join(cells) + f" | {top} |"


def report(
    run: Run,
    args: argparse.Namespace,
    *,
    startup: float,
    rss: float,
    alive: bool,
    health: dict[str, str],
) -> str:
    by_code: dict[str, list[float]] = {}
    for outcome in run.outcomes:
        by_code.setdefault(f"{outcome.status} {outcome.code}", []).append(outcome.seconds)
    rows = [latency_row(name, sorted(v)) for name, v in sorted(by_code.items())]
    rows.append(latency_row("/api/health during the burst", run.health))
    rows.append(latency_row("patient client, until its report", sorted(run.patient)))
    answered = sum(1 for o in run.outcomes if o.status in (201, 429))
    return "\n".join(
        [
            "# Load test: concurrent report requests",
            "",
            f"Command: `PYTHONPATH=src python benchmarks/load_bench.py --requests {args.requests}"
            f" --embedder {args.embedder} --entities {args.entities}`",
            "",
            f"Code: commit `{commit()}`. Machine: {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}; service and client on one machine "
            "(loopback), other work running alongside.",
            "",
            f"Each request uploads the {len(files())} articles of `examples/blinken-xi` as "
            "multipart files. Service limits: 2 analyses running, 8 waiting, the rest 429.",
            "",
            f"Models the service loaded: embedder `{health.get('embedder')}`, "
            f"entities `{health.get('entities')}`.",
            "",
            f"- start-up until /api/health answers (models loaded): {startup:.1f} s",
            f"- warm-up request (one report, service idle): {run.warmup:.2f} s",
            f"- burst of {len(run.outcomes)} concurrent requests: {run.wall:.1f} s wall",
            f"- answered with a report or a limit error: {answered}/{len(run.outcomes)}",
            f"- service alive and serving reports after the burst: {'yes' if alive else 'NO'}",
            f"- peak memory of the service process (VmHWM): {rss:.0f} MB",
            "",
            f"Then {len(run.patient)} patient clients at once, each retrying 1 s after a 429 "
            f"until it has its report: all {len(run.patient)} reports in {run.patient_wall:.1f} s "
            f"({len(run.patient) / max(run.patient_wall, 1e-9):.1f} reports/s), "
            f"{run.patient_429s} refusals on the way.",
            "",
            "Latency in seconds:",
            "",
            "| outcome | n | p50 | p90 | p95 | p99 | max |",
            "|---|---|---|---|---|---|---|",
            *rows,
            "",
        ]
    )


def big_article(seed: int) -> bytes:
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import news_text

    return news_text(BIG_BYTES, seed=seed).encode()[:BIG_BYTES]


@dataclass
class BigRun:
    big: list[Outcome] = field(default_factory=list)
    small: list[Outcome] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    wall: float = 0.0
    idle: list[float] = field(default_factory=list)


async def post_big(client: httpx.AsyncClient, base: str, data: bytes) -> Outcome:
    started = time.perf_counter()
    files = [("files", ("big.txt", data, "text/plain"))]
    try:
        response = await client.post(f"{base}/api/reports", files=files)
    except httpx.HTTPError as exc:
        return Outcome(0, time.perf_counter() - started, type(exc).__name__)
    body = response.json()
    code = body["error"]["code"] if response.status_code >= 400 else "report"
    return Outcome(response.status_code, time.perf_counter() - started, code)


async def small_reports(client: httpx.AsyncClient, base: str, done: asyncio.Event) -> list[Outcome]:
    outcomes = []
    while not done.is_set():
        outcomes.append(await one(client, base))
        await asyncio.sleep(SMALL_EVERY)
    return outcomes


async def big_burst(base: str, count: int) -> BigRun:
    run = BigRun()
    bodies = [big_article(seed) for seed in range(count)]
    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT) as client:
        await one(client, base)  # warm-up
        for _ in range(3):  # the same small report with the service idle, for comparison
            run.idle.append((await one(client, base)).seconds)
        done = asyncio.Event()
        health = asyncio.create_task(poll_health(client, base, done))
        small = asyncio.create_task(small_reports(client, base, done))
        started = time.perf_counter()
        run.big = list(await asyncio.gather(*(post_big(client, base, b) for b in bodies)))
        run.wall = time.perf_counter() - started
        done.set()
        run.health, run.small = await health, await small
    return run


def big_report(run: BigRun, args: argparse.Namespace, rss: float) -> str:
    small = sorted(o.seconds for o in run.small if o.status == 201)
    rows = [latency_row(f"{o.status} {o.code} (5 MB request)", [o.seconds]) for o in run.big]
    rows.append(latency_row("/api/health while they run", run.health))
    rows.append(latency_row("small report (5 articles), service idle", sorted(run.idle)))
    rows.append(latency_row("small report (5 articles) while they run", small))
    failed = [o for o in run.small if o.status != 201]
    return "\n".join(
        [
            "# Load test: a small report while large analyses run",
            "",
            f"Command: `PYTHONPATH=src python benchmarks/load_bench.py --big {args.big}"
            f" --embedder {args.embedder} --entities {args.entities}`",
            "",
            f"Code: commit `{commit()}`. Machine: {os.cpu_count()} cores, "
            f"Python {platform.python_version()}; service and client on one machine (loopback), "
            "other work running alongside.",
            "",
            f"{args.big} requests of one {BIG_BYTES / 1e6:.2f} MB article each (generated news-like"
            " text, tests/hostile.py) sent at once. Each is analysed in a worker process of its own"
            " at niceness 10 (its first 100,000 characters; the rest is named as not analysed)."
            " Meanwhile /api/health is polled every 0.25 s and a report of the 5 example articles"
            f" is asked for again and again, {SMALL_EVERY:.0f} s after the previous answer.",
            "",
            f"- wall time until both large reports were back: {run.wall:.1f} s",
            f"- small reports answered: {len(small)}, failed: {len(failed)}",
            f"- peak memory of the service process (VmHWM, workers not included): {rss:.0f} MB",
            "",
            "Latency in seconds:",
            "",
            "| outcome | n | p50 | p90 | p95 | p99 | max |",
            "|---|---|---|---|---|---|---|",
            *rows,
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--big", type=int, default=0, help="N concurrent 5 MB requests instead")
    parser.add_argument("--embedder", default="auto")
    parser.add_argument("--entities", default="auto")
    args = parser.parse_args()
    if not EXAMPLE.is_dir():
        raise SystemExit(f"missing {EXAMPLE} (../shared beside the checkout)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        process = start(port, Path(tmp) / "load.sqlite3", args.embedder, args.entities)
        try:
            startup, health = wait_up(base, process)
            if args.big:
                big = asyncio.run(asyncio.wait_for(big_burst(base, args.big), RUN_DEADLINE))
                text = big_report(big, args, peak_rss_mb(process.pid))
                BIG_RESULTS.write_text(text, encoding="utf-8")
                print(text)
                return
            run = asyncio.run(asyncio.wait_for(burst(base, args.requests), RUN_DEADLINE))
            rss = peak_rss_mb(process.pid)
            listed = httpx.get(f"{base}/api/reports?limit=1", timeout=10).json()["reports"]
            alive = process.poll() is None and bool(listed)
        finally:
            process.terminate()
            process.wait(timeout=30)
    text = report(run, args, startup=startup, rss=rss, alive=alive, health=health)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
