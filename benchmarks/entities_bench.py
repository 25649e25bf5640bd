"""Speed of the entities stage: spaCy (on the covering subset, and on every sentence) vs rules.

Run from the repository root:  PYTHONPATH=src python benchmarks/entities_bench.py
Writes benchmarks/results/entities.md. Timings are the median of REPEATS warm runs, in one
process, after the models are loaded (the load time is reported on its own).
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bylines import entities
from bylines.clean import clean_article
from bylines.sentences import split_sentences
from bylines.types import Article, Entity, Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "benchmarks" / "results" / "entities.md"
REPEATS = 3
DUC_CLUSTERS = 3


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


def every_sentence(
    sentences: Sequence[Sentence], tagger: entities.SpacyTagger
) -> tuple[Entity, ...]:
    cover, entities.COVER = entities.COVER, 10**9  # tag every distinct sentence
    try:
        return entities.find_entities(sentences, tagger)
    finally:
        entities.COVER = cover


def row(name: str, articles: list[Article], spacy: entities.SpacyTagger) -> list[str]:
    sentences = split_sentences([clean_article(a) for a in articles])
    distinct = list(dict.fromkeys(s.text for s in sentences))
    tagged = len(entities._covering(distinct))
    rules_t, rules = timed(lambda: entities.find_entities(sentences, entities.RuleTagger()))
    cover_t, cover = timed(lambda: entities.find_entities(sentences, spacy))
    all_t, every = timed(lambda: every_sentence(sentences, spacy))
    same = len(set(cover) & set(every))
    agree = len({(e.name, e.type) for e in rules} & {(e.name, e.type) for e in every})
    n = len(sentences)
    return [
        f"| {name} | {len(articles)} | {n} | {tagged} | {all_t:.2f} s ({n / all_t:.0f}/s) "
        f"| {cover_t:.2f} s ({n / cover_t:.0f}/s) | {same}/{len(every)} "
        f"| {rules_t:.3f} s ({n / rules_t:.0f}/s) | {agree}/{len(rules)} |"
    ]


def main() -> None:
    started = time.perf_counter()
    spacy = entities.load_spacy()
    load = time.perf_counter() - started
    lines = [
        "# Entities stage: speed and agreement",
        "",
        f"`PYTHONPATH=src python benchmarks/entities_bench.py` (median of {REPEATS} warm runs; "
        f"spaCy pipeline load {load:.2f} s, once per process). 2-core machine shared with other "
        "jobs: expect +-20%.",
        "",
        "Columns: sentences in the cluster; sentences spaCy actually tags under the covering rule "
        f"(COVER={entities.COVER}); time to tag every distinct sentence; time of `find_entities` "
        "as shipped; how many of the every-sentence entities (name, type, outlets) the shipped "
        "way reproduces exactly; the rule tagger's time; how many of the rule tagger's "
        "(name, type) pairs spaCy (every sentence) also finds.",
        "",
        "| cluster | articles | sentences | tagged | spaCy, every sentence | spaCy, covering "
        "| same result | rules | rules agreeing with spaCy |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += row("blinken-xi (example)", example(), spacy)
    for name, articles in duc(DUC_CLUSTERS):
        lines += row(f"DUC {name}", articles, spacy)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
