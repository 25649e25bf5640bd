"""Quote grouping and speaker attribution against hand labels, and the stage's growth with input.

Run from the repository root:

    PYTHONPATH=src python benchmarks/quotes_bench.py

Labels (benchmarks/data/quotes_labels.jsonl, our own annotation): one line per piece of a
quotation of three words or more, named by cluster, document id and the character offset of its
opening quotation mark in the text as stored in ../shared (no text copied). Pieces with the same
``group`` are one quotation (the same statement, whoever carries it and however translated; the
pieces of a split quote are one quotation); ``speaker`` is who said it, as a reader would name them.

The stage runs on the stored texts (no cleaning) so that offsets are the labels' offsets.
Writes benchmarks/results/quotes.md.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from bylines.ingest.sentences import split_sentences
from bylines.report.names import find_name_slips
from bylines.report.quotes import find_occurrences, find_quotes, group_occurrences, group_speaker
from bylines.report.variants import quote_conflicts
from bylines.types import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "benchmarks" / "data" / "quotes_labels.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "quotes.md"
OPENING_MARKS = '“«„"‘'
# A predicted speaker is right when its words and the label's are one set inside the other
# ("State Department" / "US State Department") or the same name spelled a little differently.
SPEAKER_MATCH = 90

QUALITY_HEADER = (
    "| cluster | pieces | extracted | pair precision | pair recall | cross precision "
    "| cross recall | speaker (piece) | speaker (shown) |\n|---|---|---|---|---|---|---|---|---|"
)

# "dev": looked at while the stage was written; "dev-late": labelled blind from a listing of
# quotation marks without the stage's output, scored once, then used to fix bugs (first scores
# in the results text); "blind": labelled the same way, scored after the last change.
SPLITS = ("dev", "dev-late", "blind")

Piece = tuple[str, int]  # (document id, offset of the opening mark)


@dataclass(frozen=True)
class Label:
    group: str
    speaker: str


def load_cluster(name: str) -> list[Article]:
    if name == "blinken-xi":
        folder = SHARED / "examples" / "blinken-xi"
        return [
            Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem)
            for p in sorted(folder.glob("*.txt"))
        ]
    return duc_clusters()[name]


def duc_clusters() -> dict[str, list[Article]]:
    clusters: dict[str, list[Article]] = {}
    with (SHARED / "data" / "duc2004" / "clusters.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            clusters[row["cluster_id"]] = [
                Article(id=d["doc_id"].split("/")[-1], text=d["text"], source=d["doc_id"])
                for d in row["documents"]
            ]
    return clusters


def load_labels() -> tuple[dict[str, dict[Piece, Label]], dict[str, str]]:
    """Labels per cluster, and each cluster's split (see ``SPLITS``)."""
    labels: dict[str, dict[Piece, Label]] = defaultdict(dict)
    splits: dict[str, str] = {}
    with LABELS.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            piece = (row["doc"], row["offset"])
            labels[row["cluster"]][piece] = Label(row["group"], row["speaker"])
            splits[row["cluster"]] = row["split"]
    return labels, splits


def predict(articles: Sequence[Article]) -> dict[Piece, tuple[int, str, str]]:
    """Each predicted piece -> (its group number, the speaker its own sentences give, the
    speaker the report shows for its quote)."""
    occurrences = find_occurrences(split_sentences(articles), articles)
    found: dict[Piece, tuple[int, str, str]] = {}
    for number, group in enumerate(group_occurrences(occurrences)):
        shown = group_speaker(group)
        for occurrence in group:
            for mark in occurrence.pieces:
                found[(occurrence.article, mark)] = (number, occurrence.speaker, shown)
    return found


def check_offsets(articles: Sequence[Article], labels: dict[Piece, Label]) -> None:
    texts = {a.id: a.text for a in articles}
    for doc, offset in labels:
        if texts[doc][offset] not in OPENING_MARKS:
            raise SystemExit(f"label {doc}@{offset} is not on an opening quotation mark")


@dataclass
class Counts:
    true_pairs: int = 0
    predicted_pairs: int = 0
    gold_pairs: int = 0
    cross_true: int = 0
    cross_predicted: int = 0
    cross_gold: int = 0
    labelled: int = 0
    extracted: int = 0
    speakers_right: int = 0
    shown_right: int = 0
    predicted_pieces: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score(labels: dict[Piece, Label], predicted: dict[Piece, tuple[int, str, str]]) -> Counts:
    counts = Counts(labelled=len(labels), predicted_pieces=len(predicted))
    for a, b in combinations(sorted(labels), 2):
        gold = labels[a].group == labels[b].group
        same = a in predicted and b in predicted and predicted[a][0] == predicted[b][0]
        cross = a[0] != b[0]
        counts.gold_pairs += gold
        counts.predicted_pairs += same
        counts.true_pairs += gold and same
        counts.cross_gold += gold and cross
        counts.cross_predicted += same and cross
        counts.cross_true += gold and same and cross
    for piece, label in labels.items():
        if piece in predicted:
            counts.extracted += 1
            counts.speakers_right += same_speaker(label.speaker, predicted[piece][1])
            counts.shown_right += same_speaker(label.speaker, predicted[piece][2])
    return counts


def same_speaker(label: str, predicted: str) -> bool:
    if not label or not predicted:
        return label == predicted
    return fuzz.token_set_ratio(label.lower(), predicted.lower()) >= SPEAKER_MATCH


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def quality_rows(
    labels: dict[str, dict[Piece, Label]], splits: dict[str, str]
) -> tuple[list[str], Counts, list[str]]:
    rows: list[str] = []
    totals: dict[str, Counts] = defaultdict(Counts)
    slips: list[str] = []
    for cluster, cluster_labels in labels.items():
        articles = load_cluster(cluster)
        check_offsets(articles, cluster_labels)
        counts = score(cluster_labels, predict(articles))
        totals[splits[cluster]].add(counts)
        totals["all"].add(counts)
        rows.append(_row(f"{cluster} ({splits[cluster]})", counts))
        for slip in find_name_slips(split_sentences(articles), articles):
            values = " / ".join(f"{p.value} ({len(p.sources)})" for p in slip.positions)
            slips.append(f"- {cluster}: {slip.subject}: {values}")
    rows.extend(_row(f"**{name}**", totals[name]) for name in (*SPLITS, "all"))
    return rows, totals["all"], slips


def _row(cluster: str, c: Counts) -> str:
    return (
        f"| {cluster} | {c.labelled} | {ratio(c.extracted, c.labelled)} "
        f"| {ratio(c.true_pairs, c.predicted_pairs)} | {ratio(c.true_pairs, c.gold_pairs)} "
        f"| {ratio(c.cross_true, c.cross_predicted)} | {ratio(c.cross_true, c.cross_gold)} "
        f"| {ratio(c.speakers_right, c.extracted)} | {ratio(c.shown_right, c.extracted)} |"
    )


def duc_sweep() -> list[str]:
    """Quotes, quote conflicts and name slips over every DUC cluster (unlabelled): how many
    conflicts of these kinds the report would show per cluster."""
    clusters = duc_clusters()
    quotes = shared = 0
    lines: list[str] = []
    for name, articles in sorted(clusters.items()):
        sentences = split_sentences(articles)
        found = find_quotes(sentences, articles)
        quotes += len(found)
        shared += sum(1 for q in found if len({s for v in q.variants for s in v.sources}) > 1)
        for conflict in (*quote_conflicts(found), *find_name_slips(sentences, articles)):
            values = " / ".join(f"{p.value[:60]} ({len(p.sources)})" for p in conflict.positions)
            lines.append(f"- {name} [{conflict.kind}] {conflict.subject}: {values}")
    head = (
        f"{len(clusters)} clusters: {quotes} quotes, {shared} carried by two articles or more, "
        f"{len(lines)} quote or name conflicts ({len(lines) / len(clusters):.2f} per cluster):"
    )
    return [head, "", *lines]


# --- growth -------------------------------------------------------------------------------------


def stage_seconds(articles: Sequence[Article], repeats: int = 3) -> tuple[int, float]:
    sentences = split_sentences(articles)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        find_quotes(sentences, articles)
        find_name_slips(sentences, articles)
        best = min(best, time.perf_counter() - started)
    return len(sentences), best


def many(duc: dict[str, list[Article]], names: Sequence[str]) -> list[Article]:
    """Several distinct clusters as one input: more sentences, quotes and names, none repeated."""
    return [
        Article(id=f"{name}/{a.id}", text=a.text, source=a.source)
        for name in names
        for a in duc[name]
    ]


def pathological(sentences: int) -> list[Article]:
    """Text we write: unbalanced marks, quotes running to the end, a sentence of many quotes."""
    parts = []
    for n in range(sentences):
        if n % 3 == 0:
            parts.append(f"Officer {n} said “the line {n} is open. ")
        elif n % 3 == 1:
            parts.append(" ".join(f"“w{k}” said X{k}," for k in range(12)) + " ok. ")
        else:
            parts.append(f'The count was "{n} and more. ')
    text = "".join(parts) + "“And this one never closes"
    return [Article(id="bad", text=text, source="bad")]


def growth_rows() -> list[str]:
    duc = duc_clusters()
    names = sorted(duc)
    rows = []
    for label, make in (
        ("DUC clusters run as one input (10, 20, 40)", lambda f: many(duc, names[: 10 * f])),
        ("pathological text (ours)", lambda f: pathological(300 * f)),
    ):
        one: tuple[int, float] | None = None
        for factor in (1, 2, 4):
            count, seconds = stage_seconds(make(factor))
            one = one or (count, seconds)
            rows.append(
                f"| {label} | {factor}x | {count} | {count / one[0]:.2f} | {seconds * 1000:.0f} "
                f"| {seconds / count * 1e6:.0f} | {seconds / one[1]:.2f} |"
            )
    return rows


def write(
    quality: Sequence[str],
    total: Counts,
    slips: Iterable[str],
    sweep: Iterable[str],
    growth: Iterable[str],
) -> None:
    clusters = len(quality) - len(SPLITS) - 1
    text = f"""# Quotes: grouping, attribution and growth

Command: `PYTHONPATH=src python benchmarks/quotes_bench.py` (from the repository root).
Labels: `benchmarks/data/quotes_labels.jsonl` ({total.labelled} quotation pieces of 3+ words in
{clusters} clusters), labelled by hand by the quotes helper; scare quotes of one or two words
are not quotations and not labelled. Splits: "dev" (the example, DUC d30001t, d30028t, d30040t,
d30056t) was looked at while the stage was written and its rules tuned, so its scores are
optimistic. "dev-late" was labelled from a listing of quotation marks that did not show the
stage's output, scored once, then used to fix the bugs it showed. First scores, before those
fixes: DUC d30029t + d30034t (55 pieces): pair precision 0.922, recall 0.959, cross-article
precision 0.919, recall 0.944, piece speaker accuracy 0.709; DUC d30037t + d30042t (80 pieces,
scored after the d30029t/d30034t fixes): pair precision 1.000, recall 0.625, cross-article
precision 1.000, recall 0.660, piece speaker accuracy 0.772; DUC d30044t + d30047t (62 pieces,
scored after all earlier fixes): pair precision 0.842, recall 0.941, cross-article precision
0.870, recall 1.000, speaker accuracy 0.903 (piece) and 0.871 (shown); DUC d30031t + d30007t
(51 pieces, scored after all earlier fixes): pair precision 0.870, recall 0.976, cross-article
precision 0.868, recall 1.000, speaker accuracy 0.922 (piece and shown). These first scores are
the honest estimate of quality on unseen news. "blind" clusters, if any, were labelled the same
way and scored after the last change to the stage.

## Quality

Pieces were listed for labelling with the stage's own mark scanner (`quote_spans`), so
"extracted" measures the stage's filtering and attribution, not span recall: a quotation the
scanner cannot see at all (one opened with a backtick in d30037t D5) is not labelled.

Pairwise over labelled pieces: a pair is predicted "same" when both pieces were extracted and
fall in one predicted group. "Cross" counts only pairs from two different articles (the
grouping across outlets proper; within an article, pairs are pieces of one split quote).
Speaker accuracy is over extracted labelled pieces: "piece" is the speaker the piece's own
sentences give (resolved across the cluster), "shown" the speaker the report shows for the
quote the piece is grouped in (a named speaker of the group wins over "the paper"). A speaker
is right when its words and the label's are one set inside the other or near-identical
(rapidfuzz token_set_ratio >= 90).

{QUALITY_HEADER}
{chr(10).join(quality)}

Name slips found in the same clusters (kind "name", always low severity):

{chr(10).join(slips) or "- none"}

## Every DUC cluster (no labels)

Each line below was read by hand: the name slips are real second spellings or an honorific
on a given name, except where the line says otherwise in the note under the list.

{chr(10).join(sweep)}

Note: "Yediot Aharonot"/"Ahronot" (a newspaper) and "Griboedova"/"Griboyedova Canal" (a
place) are transliteration variants of names that are not people: the slip finder does not
know people from places.

## Growth (quotes + name slips, best of 3)

The stage should grow linearly with the number of sentences: compare "time x 1x" with
"sentences x 1x" (the machine is shared: expect +-20% noise).

| input | size | sentences | sentences x 1x | ms | µs per sentence | time x 1x |
|---|---|---|---|---|---|---|
{chr(10).join(growth)}
"""
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    quality, total, slips = quality_rows(*load_labels())
    sweep = duc_sweep()
    growth = growth_rows()
    write(quality, total, slips, sweep, growth)
    print(RESULTS.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
