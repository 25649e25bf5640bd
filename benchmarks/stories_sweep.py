"""Sweep one placing constant over values on the two tuning sources; writes nothing.

Run from the repository root:
    PYTHONPATH=src python benchmarks/stories_sweep.py JOIN 0.24 0.26 0.28 0.3 [--orders 8]
        [--duc-orders 3]

For each value of the named constant of ``bylines.stories.assign`` (or ``represent``), set on
the module for this process only (the library reads its constants at call time and keeps no
state of its own), prints one row: on the even ECB+ topics (``stories_bench.py --even``: streamed
in ``--orders`` random orders and both batches) the mean B³ F1, precision, recall, topics mixed
per run and the lowest run; on the tuning stream of ``stories_mixed.py --tuning`` (even DUC
clusters and even ECB+ topics, in ``--duc-orders`` random orders) the mean B³ F1 of the DUC part
(the same-story DUC pairs joined) and of the ECB+ part, and its topics mixed per run. The odd
ECB+ topics and odd DUC clusters are never read. Cleaning and representing an article do not
depend on these constants, so each article is cleaned and represented once per process.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from math import nan
from statistics import mean

from bylines.stories import assign, pipeline, represent
from stories_bench import POLL, bcubed, mixed_topics, run_stories, stream_and_batch
from stories_bench import load as load_ecb
from stories_mixed import joined, tuning
from stories_mixed import load as load_mixed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("name", help="a constant of bylines.stories.assign or represent")
    parser.add_argument("values", nargs="+")
    parser.add_argument("--orders", type=int, default=8)
    parser.add_argument("--duc-orders", type=int, default=3)
    parser.add_argument("--topics", action="store_true", help="even topics mixed, runs each")
    args = parser.parse_args()
    module = assign if hasattr(assign, args.name) else represent
    default = getattr(module, args.name)
    pipeline.clean_article = cache(pipeline.clean_article)  # type: ignore[assignment]
    pipeline.represent = cache(pipeline.represent)  # type: ignore[assignment]
    articles, gold = load_ecb()
    even = [a for a in articles if int(gold[a.id].split("_")[0]) % 2 == 0]
    mixed, mixed_gold = load_mixed()
    stream = tuning(mixed, mixed_gold)
    mixed_gold = joined(mixed_gold)
    print(f"{args.name} (now {default!r}) | even F1 | P | R | mixed/run | lowest | "
          f"DUC-even F1 | ECB-part F1 | mixed/run")  # fmt: skip
    for text in args.values:
        value = (
            None
            if text == "None"
            else type(default)(float(text))
            if default is not None
            else float(text)
        )
        setattr(module, args.name, value)
        runs = stream_and_batch(even, tuple(range(1, args.orders + 1)))
        scores = [bcubed(pred, gold) for pred in runs.values()]
        mixes = [mixed_topics(pred, gold) for pred in runs.values()]
        duc, ecb, duc_mixes = [], [], []
        for seed in range(1, args.duc_orders + 1):
            order = list(stream)
            random.Random(seed).shuffle(order)
            pred = run_stories(order, POLL)
            duc.append(
                bcubed({i: s for i, s in pred.items() if i.startswith("duc-")}, mixed_gold)[2]
            )
            part = {i: s for i, s in pred.items() if i.startswith("ecb-")}
            ecb.append(bcubed(part, mixed_gold)[2])
            duc_mixes.append(
                mixed_topics(part, {i: mixed_gold[i].removeprefix("ecb:") for i in part})
            )
        print(f"{text} | {mean(s[2] for s in scores):.4f} | {mean(s[0] for s in scores):.3f} | "
              f"{mean(s[1] for s in scores):.3f} | {mean(mixes):.2f} | "
              f"{min(s[2] for s in scores):.4f} | {mean(duc or [nan]):.4f} | "
              f"{mean(ecb or [nan]):.4f} | "
              f"{mean(duc_mixes or [nan]):.2f}", flush=True)  # fmt: skip
        if args.topics:
            print("    even topics mixed (runs):", topic_runs(runs.values(), gold), flush=True)
    setattr(module, args.name, default)


def topic_runs(runs: Iterable[dict[str, str]], gold: dict[str, str]) -> str:
    """Each even topic mixed in any run, with the number of runs it is mixed in."""
    found: Counter[str] = Counter()
    for pred in runs:
        events: dict[str, set[str]] = defaultdict(set)
        for item, story in pred.items():
            events[story].add(gold[item])
        found.update({t for events_ in events.values() for t, n in
                      Counter(e.split("_")[0] for e in events_).items() if n > 1})  # fmt: skip
    return ", ".join(f"{t} {n}" for t, n in sorted(found.items(), key=lambda x: int(x[0])))


if __name__ == "__main__":
    main()
