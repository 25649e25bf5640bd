"""Story grouping on one mixed stream: DUC 2004 and ECB+ together, no topic given.

Run from the repository root:
    PYTHONPATH=src python benchmarks/stories_mixed.py
Writes benchmarks/results/stories_mixed.md. Reads ../shared/data at run time.
    PYTHONPATH=src python benchmarks/stories_mixed.py --tuning
prints (writes nothing) the same rows for a tuning stream: the DUC clusters of even number and
the even ECB+ topics only, so that the placing rules can be chosen on a second source that is not
the held-out odd topics (DUC follows a story over days; it rewards keeping later reports together).

Issue 8 asks for a larger mixed stream than ECB+ alone (B³ F1 >= 0.90 expected there). The
largest we can build from what we hold without inventing labels: the 50 DUC 2004 clusters (500
AP / NYT articles of 1998-99, one event or topic a cluster) and ECB+'s 86 events (982 articles,
two events of one kind a topic), 1,482 articles of 136 events in one stream. Gold labels are the
DUC cluster and the ECB+ event. DUC's clusters follow a topic over days ("Hurricane Mitch"),
so a story clusterer may split them where a reader would too; splits cost B³ recall here.

Streamed in polls of POLL articles in three random orders. Reported per order: B³ precision,
recall, F1 and AMI over all articles and over each source, the stories that hold articles of
two gold events (counted once per story), and the ECB+ topics whose two events share a story.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from pathlib import Path

from bylines.types import Article
from stories_bench import ECB, POLL, SEEDS, SHARED, bcubed, mixed_topics, run_stories

ROOT = Path(__file__).resolve().parents[1]
DUC = SHARED / "data" / "duc2004" / "clusters.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "stories_mixed.md"
# DUC clusters that, by their human summaries, follow one story (labelled by hand for this
# bench): China's signing of the rights covenant, the Microsoft antitrust case, the launch of the
# space station's first module. Scored once with each DUC cluster its own event ("strict") and
# once with these pairs as one ("same story joined"). Other pairs of one region or theme (the
# embassy bombings and the strikes that answered them; APEC and Malaysia's politics) stay apart.
SAME_STORY = (("d30022t", "d31050t"), ("d30026t", "d31033t"), ("d30031t", "d30047t"))


def load() -> tuple[list[Article], dict[str, str]]:
    """Both corpora as articles with ids unique across them, and each id's gold event."""
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for line in DUC.read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        for doc in cluster["documents"]:
            item = f"duc-{cluster['cluster_id']}-{doc['doc_id']}"
            articles.append(Article(item, doc["text"], item))
            gold[item] = f"duc:{cluster['cluster_id']}"
    for line in ECB.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        item = f"ecb-{doc['doc_id']}"
        articles.append(Article(item, doc["text"], item))
        gold[item] = f"ecb:{doc['subtopic']}"
    return articles, gold


def tuning(articles: list[Article], gold: dict[str, str]) -> list[Article]:
    """The articles of DUC clusters of even number (d30002t) and of even ECB+ topics."""
    return [a for a in articles if _number(gold[a.id]) % 2 == 0]


def _number(event: str) -> int:
    """The cluster's number ('duc:d30002t' -> 30002) or the ECB+ topic ('ecb:12_1ecb' -> 12)."""
    source, label = event.split(":")
    return int(label[1:-1]) if source == "duc" else int(label.split("_")[0])


def joined(gold: dict[str, str]) -> dict[str, str]:
    """``gold`` with each SAME_STORY pair given its first cluster's label."""
    alias = {f"duc:{second}": f"duc:{first}" for first, second in SAME_STORY}
    return {item: alias.get(event, event) for item, event in gold.items()}


def impure_stories(pred: dict[str, str], gold: dict[str, str]) -> int:
    """Stories holding articles of more than one gold event."""
    events: dict[str, set[str]] = defaultdict(set)
    for item, story in pred.items():
        events[story].add(gold[item])
    return sum(len(found) > 1 for found in events.values())


def row(name: str, pred: dict[str, str], gold: dict[str, str]) -> str:
    from sklearn.metrics import adjusted_mutual_info_score

    items = sorted(pred)
    p, r, f = bcubed(pred, gold)
    ami = adjusted_mutual_info_score([gold[i] for i in items], [pred[i] for i in items])
    ecb = {i: s for i, s in pred.items() if i.startswith("ecb-")}
    ecb_gold = {i: gold[i].removeprefix("ecb:") for i in ecb}
    duc = {i: s for i, s in pred.items() if i.startswith("duc-")}
    per_source = [bcubed(part, gold)[2] for part in (duc, ecb)]
    return (
        f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {ami:.3f} | {per_source[0]:.3f} | "
        f"{per_source[1]:.3f} | {impure_stories(pred, gold)} | {mixed_topics(ecb, ecb_gold)} of "
        f"{len({e.split('_')[0] for e in ecb_gold.values()})} "
        f"| {len(set(pred.values()))} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tuning", action="store_true", help="even DUC and ECB+ only; no file")
    args = parser.parse_args()
    articles, gold = load()
    if args.tuning:
        articles = tuning(articles, gold)
    events = len(set(gold.values()))
    lines = [
        "# Stories: one mixed stream of DUC 2004 and ECB+",
        "",
        "`PYTHONPATH=src python benchmarks/stories_mixed.py` (2 shared cores): "
        f"{len(articles)} articles of {events} events, streamed in polls of {POLL}.",
        "",
        "| run | B³ P | B³ R | B³ F1 | AMI | B³ F1 DUC part | B³ F1 ECB+ part | stories with "
        "two events or more | ECB+ topics mixed | stories |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for seed in SEEDS:
        order = list(articles)
        random.Random(seed).shuffle(order)
        start = time.perf_counter()
        pred = run_stories(order, POLL)
        seconds = time.perf_counter() - start
        lines.append(row(f"streamed, order {seed}, strict", pred, gold))
        lines.append(row(f"streamed, order {seed}, same story joined", pred, joined(gold)))
        print(*lines[-2:], f"({seconds:.0f} s)", sep="\n", flush=True)
    if not args.tuning:
        RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
