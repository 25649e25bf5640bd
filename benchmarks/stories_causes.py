"""Why articles split from their event's story or mix into another's, on the tuning sources;
writes nothing.

Run from the repository root:
    PYTHONPATH=src python benchmarks/stories_causes.py [--orders 8] [--duc-orders 2]

Streams the even ECB+ topics (``--orders`` random orders, polls of POLL) and the tuning stream
of ``stories_mixed.py --tuning`` (even DUC clusters and even ECB+ topics) and, at each article's
placing, looks at the open stories whose most articles are of its gold event ("its own"). A
split is an article that starts a story, or joins another event's, while an own story is open;
its cause is the first veto that kept it from the most alike own story (the top anchor, a clock
time, magnitude, sum, year or weekday), else its score under JOIN, else another story scoring
higher. A mix is a join into a story whose most articles are of another event (of the same
ECB+ topic, or another DUC cluster), counted with why its own story did not take it (none open,
a veto, under JOIN, lower); with none open, whether the article was its event's first (its
later articles then mostly follow it into the mix), and per even topic how many first articles
mixed. Merges (at a join, and a lone article's second look) that put two
events together are counted apart. Stories close by arrival time (WINDOW): a bench run lasts
seconds, so none closes here. Prints counts only: the odd topics are never read.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Sequence
from statistics import mean

from bylines.stories import assign
from bylines.types import Article
from stories_bench import POLL, run_stories
from stories_bench import load as load_ecb
from stories_mixed import joined, tuning
from stories_mixed import load as load_mixed


class Tally:
    """Gold events per story, kept as the desk places and merges (for one run)."""

    def __init__(self, gold: dict[str, str], counted: str) -> None:
        self.gold, self.counted = gold, counted  # counted: article id prefix counted
        self.events: dict[str, Counter[str]] = {}
        self.causes: Counter[str] = Counter()
        self.seen: set[str] = set()  # gold events placed so far
        self.first: Counter[str] = Counter()  # ECB+ topic -> its events' first articles mixed
        self.parts: list[tuple[float, float]] = []  # (word, anchor) cosine of each mix's join

    def owner(self, story: str) -> str | None:
        found = self.events.get(story)
        return found.most_common(1)[0][0] if found else None


def why(desk: assign.Desk, rep: object, story: assign.OpenStory) -> tuple[str, float]:
    """The first veto that keeps the article from ``story``, or '' and its unvetoed score."""
    words = assign._unit(assign._weighted(rep.words, desk.word_df, desk.documents))  # type: ignore[attr-defined]
    anchors = assign._unit(assign._weighted(rep.anchors, desk.anchor_df, desk.documents))  # type: ignore[attr-defined]
    word_norm, anchor_norm = story.norms()
    named = assign._unit_cosine(anchors, story.anchors, anchor_norm)
    score = (
        assign.WORD_WEIGHT * assign._unit_cosine(words, story.words, word_norm)
        + (1 - assign.WORD_WEIGHT) * named
    )
    checks = (
        ("top anchor", assign._vetoed(anchors, story)),
        ("clock time", assign._another_moment(rep, story)),  # type: ignore[arg-type]
        ("magnitude", assign._another_quake(rep, story)),  # type: ignore[arg-type]
        ("sum", assign._another_sum(rep, story)),  # type: ignore[arg-type]
        ("year", assign._another_year(rep, story)),  # type: ignore[arg-type]
        ("weekday", named < assign.DAY_NAMES_AGREE and assign._another_day(rep, story)),  # type: ignore[arg-type]
    )
    return next((name for name, fired in checks if fired), ""), score


def parts(desk: assign.Desk, rep: object, story: assign.OpenStory) -> tuple[float, float]:
    """The article's content-word and anchor cosines with ``story``, before it is placed."""
    words = assign._unit(assign._weighted(rep.words, desk.word_df, desk.documents))  # type: ignore[attr-defined]
    anchors = assign._unit(assign._weighted(rep.anchors, desk.anchor_df, desk.documents))  # type: ignore[attr-defined]
    word_norm, anchor_norm = story.norms()
    return (
        assign._unit_cosine(words, story.words, word_norm),
        assign._unit_cosine(anchors, story.anchors, anchor_norm),
    )


def instrument(tally: list[Tally]) -> None:
    place, settle = assign.Desk.place, assign.Desk.settle

    def placing(self, rep, arrived, published=None, copies_one_in=None):  # type: ignore[no-untyped-def]
        t = tally[-1]
        event = t.gold[rep.article.id]
        own = [s for s in self.stories.values() if t.owner(s.id) == event]
        found = [why(self, rep, s) for s in own]
        alike = {s.id: parts(self, rep, s) for s in self.stories.values()}
        placement, merge = place(self, rep, arrived, published, copies_one_in)
        story = placement.story
        if merge is not None:
            t.events.setdefault(merge.kept, Counter()).update(t.events.pop(merge.absorbed, {}))
        before = t.owner(story)
        t.events.setdefault(story, Counter())[event] += 1
        first = event not in t.seen
        t.seen.add(event)
        if not rep.article.id.startswith(t.counted):
            return placement, merge
        if before is not None and before != event:
            t.causes[f"mix: {_cause(found)}{_which(found, first)}"] += 1
            if story in alike:
                t.parts.append(alike[story])
            if first:
                t.first[event.removeprefix("ecb:").split("_")[0]] += 1
        elif before is None and own:
            t.causes[f"split: {_cause(found)}"] += 1
        if merge is not None and len(t.events[merge.kept]) > 1:
            t.causes["a join's merge holds 2+ events"] += 1
        return placement, merge

    def settling(self):  # type: ignore[no-untyped-def]
        t = tally[-1]
        merges = settle(self)
        for m in merges:
            absorbed = t.events.pop(m.absorbed, Counter())
            kept_owner = t.owner(m.kept)
            if absorbed and kept_owner not in (None, absorbed.most_common(1)[0][0]):
                t.causes["mix at second look"] += 1
            t.events.setdefault(m.kept, Counter()).update(absorbed)
        return merges

    assign.Desk.place = placing  # type: ignore[method-assign]
    assign.Desk.settle = settling  # type: ignore[method-assign]


def _which(found: list[tuple[str, float]], first: bool) -> str:
    """With no own story open: the event's first article, or a later one whose event's earlier
    articles all went to other stories (mostly following its first article into a mix)."""
    if found:
        return ""
    return " (its event's first article)" if first else " (its event's earlier ones all elsewhere)"


def _cause(found: list[tuple[str, float]]) -> str:
    """Why none of the article's own open stories (each: first veto, unvetoed score) took it."""
    if not found:
        return "no own story open"
    open_scores = [score for veto, score in found if not veto]
    if not open_scores:
        return f"veto {Counter(veto for veto, _ in found).most_common(1)[0][0]}"
    if max(open_scores) >= assign.JOIN:
        return "lower than another"
    return "under JOIN" + (" (< 0.2)" if max(open_scores) < 0.2 else " (0.2 to JOIN)")


def run(articles: Sequence[Article], gold: dict[str, str], counted: str, seeds: Sequence[int],
        tally: list[Tally]) -> Counter[str]:  # fmt: skip
    total: Counter[str] = Counter()
    for seed in seeds:
        order = list(articles)
        random.Random(seed).shuffle(order)
        tally.append(Tally(gold, counted))
        run_stories(order, POLL)
        total.update(tally[-1].causes)
    found = [p for t in tally[-len(seeds) :] for p in t.parts]
    if found:
        total[f"mixes joined by (word, anchor) cosine, mean ({len(found)} placed outright): "
              f"{mean(w for w, _ in found):.2f}, {mean(a for _, a in found):.2f}; anchors "
              f"higher in"] = sum(a > w for w, a in found)  # fmt: skip
        total["mixes whose anchor cosine reaches DAY_NAMES_AGREE"] = sum(
            a >= assign.DAY_NAMES_AGREE for _, a in found
        )
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=8)
    parser.add_argument("--duc-orders", type=int, default=2)
    args = parser.parse_args()
    tally: list[Tally] = []
    instrument(tally)
    articles, gold = load_ecb()
    even = [a for a in articles if int(gold[a.id].split("_")[0]) % 2 == 0]
    ecb = run(even, gold, "", range(1, args.orders + 1), tally)
    print(f"even ECB+ topics, {args.orders} streamed orders:")
    for cause, n in sorted(ecb.items()):
        print(f"  {cause}: {n}")
    first = sum((t.first for t in tally), Counter())
    by_topic = sorted(first.items(), key=lambda found: int(found[0]))
    print(
        "  topics whose events' first articles mixed:", ", ".join(f"{t} {n}" for t, n in by_topic)
    )
    mixed, mixed_gold = load_mixed()
    duc = run(
        tuning(mixed, mixed_gold), joined(mixed_gold), "duc-", range(1, args.duc_orders + 1), tally
    )
    print(f"DUC part of the tuning stream, {args.duc_orders} streamed orders:")
    for cause, n in sorted(duc.items()):
        print(f"  {cause}: {n}")


if __name__ == "__main__":
    main()
