"""Speed of the entities stage: spaCy (on the covering subset, and on every sentence) vs rules.

Run from the repository root:  PYTHONPATH=src python benchmarks/entities_bench.py
Writes benchmarks/results/entities.md. Timings are the median of REPEATS warm runs, in one
process, after the models are loaded (the load time is reported on its own).
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bylines.ingest.clean import clean_article
from bylines.ingest.sentences import split_sentences
from bylines.report import entities
from bylines.types import Article, Entity, Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "benchmarks" / "results" / "entities.md"
REPEATS = 3
DUC_CLUSTERS = 3
# The 100-article input of the speed target: ten DUC clusters in one pile.
PILE_CLUSTERS = 10


def example() -> list[Article]:
    paths = sorted((SHARED / "examples" / "blinken-xi").glob("*.txt"))
    return [Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem) for p in paths]


def duc(count: int) -> list[tuple[str, list[Article]]]:
    lines = (SHARED / "data" / "duc2004" / "clusters.jsonl").read_text().splitlines()[:count]
    clusters = [json.loads(line) for line in lines]
    return [
        (
            c["cluster_id"],
            [Article(id=d["doc_id"], text=d["text"], source=d["doc_id"]) for d in c["documents"]],
        )
        for c in clusters
    ]


def timed(work: Callable[[], tuple[Entity, ...]]) -> tuple[float, tuple[Entity, ...]]:
    times, result = [], ()
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def variant(
    sentences: Sequence[Sentence], tagger: entities.SpacyTagger, window: int
) -> tuple[Entity, ...]:
    """find_entities with another WINDOW (10**9: the whole sentence of each open name)."""
    saved = entities.WINDOW
    entities.WINDOW = window
    try:
        return entities.find_entities(sentences, tagger)
    finally:
        entities.WINDOW = saved


def every_sentence(
    sentences: Sequence[Sentence], tagger: entities.SpacyTagger
) -> tuple[Entity, ...]:
    """find_entities with every distinct sentence tagged whole: the reference."""
    saved = entities._covering
    entities._covering = list
    try:
        return entities.find_entities(sentences, tagger)
    finally:
        entities._covering = saved


def tokens(texts: Sequence[str]) -> int:
    return sum(len(entities._TOKEN.findall(t)) for t in texts)


def row(name: str, articles: list[Article], spacy: entities.SpacyTagger) -> str:
    sentences = split_sentences([clean_article(a) for a in articles])
    distinct = list(dict.fromkeys(s.text for s in sentences))
    windows = entities._covering(distinct)
    chosen = [t for t in distinct if any(w in t for w in windows)]
    all_t, every = timed(lambda: every_sentence(sentences, spacy))
    cov_t, covered = timed(lambda: variant(sentences, spacy, 10**9))
    ship_t, shipped = timed(lambda: entities.find_entities(sentences, spacy))
    rules_t, rules = timed(lambda: entities.find_entities(sentences, entities.RuleTagger()))
    agree = len({(e.name, e.type) for e in rules} & {(e.name, e.type) for e in every})
    n = len(sentences)
    return (
        f"| {name} | {len(articles)} | {n} / {tokens(distinct)} | {len(chosen)} / "
        f"{tokens(chosen)} | {tokens(windows)} | {all_t:.2f} s | {cov_t:.2f} s "
        f"({_same(covered, every)}) | **{ship_t:.2f} s** ({n / ship_t:.0f}/s; "
        f"{_same(shipped, every)}) | {rules_t:.3f} s | {agree}/{len(rules)} |"
    )


def _same(found: tuple[Entity, ...], reference: tuple[Entity, ...]) -> str:
    return f"{len(set(found) & set(reference))}/{len(reference)} same"


def main() -> None:
    started = time.perf_counter()
    spacy = entities.load_spacy()
    load = time.perf_counter() - started
    lines = [
        "# Entities stage: speed and agreement",
        "",
        f"`PYTHONPATH=src python benchmarks/entities_bench.py` (median of {REPEATS} warm runs; "
        f"spaCy pipeline load {load:.2f} s, once per process; load average at start "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, shared with other jobs, so compare "
        "the columns of one run rather than runs).",
        "",
        "Columns: sentences / tokens in the cluster (distinct sentences); sentences / tokens "
        "holding a run of capitalised words still open under the covering rule (seen fewer than "
        f"COVER={entities.COVER} times in what was tagged before); tokens of the stretches of "
        f"WINDOW={entities.WINDOW} tokens around the open runs (what spaCy is given); "
        "`find_entities` time with spaCy on every sentence, on the whole sentences of the open "
        "runs, and as shipped (open runs' windows), with how many of the every-sentence "
        "entities "
        "(name, type, outlets) each reproduces exactly; the rule tagger's time and how many of "
        "its (name, type) pairs spaCy on every sentence also finds.",
        "",
        "| cluster | articles | sentences / tokens | covering | windows | spaCy, every sentence "
        "| spaCy, covering | spaCy, shipped | rules | rules agreeing with spaCy |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines.append(row("blinken-xi (example)", example(), spacy))
    clusters = duc(PILE_CLUSTERS)
    lines += [row(f"DUC {name}", articles, spacy) for name, articles in clusters[:DUC_CLUSTERS]]
    pile = [a for _, articles in clusters for a in articles]
    lines.append(row(f"DUC pile of {PILE_CLUSTERS} clusters", pile, spacy))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
