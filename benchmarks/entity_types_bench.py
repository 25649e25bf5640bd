"""Which entity types the text-evidence step changes, and whether each change is right.

Run from the repository root:  PYTHONPATH=src python benchmarks/entity_types_bench.py
Writes benchmarks/results/entity_types.md. spaCy's types before and after ``_retyped`` (a name
written as people are is a PERSON; a compound of region words is a PLACE) on the example and
DUC 2004 clusters, each change checked against the hand labels in benchmarks/data/.
"""

from __future__ import annotations

from pathlib import Path

from bylines.ingest.clean import clean_article
from bylines.ingest.sentences import split_sentences
from bylines.report import entities
from bylines.types import Article, Entity
from entities_bench import duc, example

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "data" / "entity_types.tsv"
OUT = ROOT / "benchmarks" / "results" / "entity_types.md"
# Clusters 1-10 were read while the rules were written (tuning); 11-30 were not (held out).
TUNING, HELD_OUT = 10, 30


def labels() -> dict[str, str]:
    lines = LABELS.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


def types(articles: list[Article], tagger: entities.SpacyTagger, retype: bool) -> list[Entity]:
    sentences = split_sentences(tuple(clean_article(a) for a in articles))
    original = entities._retyped
    if not retype:
        entities._retyped = lambda groups, texts: groups  # type: ignore[assignment]
    try:
        return list(entities.find_entities(sentences, tagger))
    finally:
        entities._retyped = original


def main() -> None:
    tagger, truth = entities.load_spacy(), labels()
    clusters = [("blinken-xi (example)", example()), *duc(HELD_OUT)]
    rows, tally = [], {"tuning": [0, 0, 0], "held out": [0, 0, 0]}  # names, changed, right
    for n, (name, articles) in enumerate(clusters):
        part = "tuning" if n <= TUNING else "held out"
        before = {e.name: e.type for e in types(articles, tagger, retype=False)}
        after = types(articles, tagger, retype=True)
        tally[part][0] += len(after)
        for e in after:
            if before.get(e.name) != e.type:
                right = truth.get(e.name) == e.type
                tally[part][1] += 1
                tally[part][2] += right
                verdict = "right" if right else f"wrong (is {truth.get(e.name, 'unlabelled')})"
                rows.append(
                    f"| {name} | {part} | {e.name} | {before.get(e.name)} | {e.type} | {verdict} |"
                )
    summary = [
        f"| {part} | {names} | {changed} | {right} |"
        for part, (names, changed, right) in tally.items()
    ]
    OUT.write_text(
        "# Entity types corrected from the text\n\n"
        "`PYTHONPATH=src python benchmarks/entity_types_bench.py`: spaCy's entity types before and "
        "after `entities._retyped` on the example and the first 30 DUC 2004 clusters; each change "
        f"checked against the hand labels in `{LABELS.relative_to(ROOT)}`. The example and DUC "
        f"clusters 1-{TUNING} were read while writing the rules; "
        f"{TUNING + 1}-{HELD_OUT} were not.\n\n"
        "| part | entities | types changed | changes right |\n|---|---|---|---|\n"
        + "\n".join(summary)
        + "\n\n| cluster | part | name | before | after | verdict |\n|---|---|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    print(OUT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
