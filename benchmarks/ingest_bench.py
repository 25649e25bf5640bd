"""Reading input that generalises: page junk left, story sentences lost, outlet and time found.

Run from the repository root:

    PYTHONPATH=src python benchmarks/ingest_bench.py

The labelled set (benchmarks/data/ingest/, invented articles, format in its README) has a tuning
half (``tune/``, used while writing the rules) and a held-out half (``heldout/``, scored only at
the end). Each article is read as a plain-text file is (``article_from_text``: the id is the file
stem, the outlet unknown) and cleaned with ``clean_article``; then:

- junk left: labelled junk lines (and dateline spans) still at the start of a cleaned paragraph;
- story lost: sentences of labelled story lines whose words are no longer in the cleaned text;
- outlet named: the outlet the clean stage found equals the label (case-insensitive); a name
  given to an article whose label has none, or a different name, is counted as wrong;
- time found: ``published`` equals the label exactly (date, clock and offset).

Also runs the clean stage over the five real articles in ../shared/examples/blinken-xi and
reports how many items were removed and how many of them read as sentences (to check by eye that
none is story; their text is not written to the results).

Writes benchmarks/results/ingest.md.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bylines.ingest.clean import clean_article
from bylines.ingest.read import article_from_text, read_inputs
from bylines.types import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "ingest"
EXAMPLE = ROOT.parent / "shared" / "examples" / "blinken-xi"
RESULTS = ROOT / "benchmarks" / "results" / "ingest.md"
INLINE_JUNK_RE = re.compile(r"\[\[(.+?)\]\]")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?。！？»”\"])\s+(?=\S)|(?<=[。！？])")
WORD_RE = re.compile(r"\w+")
# A removed item "reads as a sentence" when it has this many words and ends like one.
SENTENCE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Labelled:
    name: str
    raw: str
    junk: tuple[str, ...]
    story: tuple[str, ...]
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Score:
    articles: int = 0
    junk: int = 0
    junk_left: int = 0
    story: int = 0
    story_lost: int = 0
    outlets_labelled: int = 0
    outlet_right: int = 0
    outlet_wrong: int = 0
    times_labelled: int = 0
    time_right: int = 0
    time_wrong: int = 0


def load(path: Path) -> Labelled:
    meta: dict[str, str] = {}
    raw: list[str] = []
    junk: list[str] = []
    story: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            key, _, value = line[1:].partition(":")
            meta[key.strip()] = value.strip()
        elif line.startswith(("J ", "T ")):
            raw.append(line[2:])
            if line.startswith("J "):
                junk.append(line[2:])
        elif line.strip():
            junk += INLINE_JUNK_RE.findall(line)
            story.append(INLINE_JUNK_RE.sub("", line))
            raw.append(INLINE_JUNK_RE.sub(r"\1", line))
    return Labelled(
        path.stem,
        "\n".join(raw),
        tuple(junk),
        tuple(story),
        meta.get("outlet"),
        meta.get("published"),
    )


def words(text: str) -> str:
    return " ".join(WORD_RE.findall(text.casefold()))


def sentences(line: str) -> list[str]:
    return [s for s in SENTENCE_SPLIT_RE.split(line) if WORD_RE.search(s)]


def score(item: Labelled, cleaned: Article) -> tuple[Score, list[str]]:
    lines = [words(line) for line in cleaned.text.splitlines()]
    everything = " ".join(lines)
    notes: list[str] = []
    left = [j for j in item.junk if any(line.startswith(words(j)) for line in lines)]
    notes += [f"junk left: {j!r}" for j in left]
    story = [s for line in item.story for s in sentences(line)]
    lost = [s for s in story if words(s) not in everything]
    notes += [f"story lost: {s!r}" for s in lost]
    outlet = cleaned.source if cleaned.source != cleaned.id else None
    outlet_right = bool(item.outlet and outlet and outlet.casefold() == item.outlet.casefold())
    if outlet and not outlet_right:
        notes.append(f"outlet {outlet!r}, label {item.outlet!r}")
    elif item.outlet and not outlet:
        notes.append(f"outlet not found, label {item.outlet!r}")
    time_right = bool(item.published and cleaned.published == item.published)
    if cleaned.published and not time_right:
        notes.append(f"time {cleaned.published!r}, label {item.published!r}")
    elif item.published and not cleaned.published:
        notes.append(f"time not found, label {item.published!r}")
    return Score(
        articles=1,
        junk=len(item.junk),
        junk_left=len(left),
        story=len(story),
        story_lost=len(lost),
        outlets_labelled=int(item.outlet is not None),
        outlet_right=int(outlet_right),
        outlet_wrong=int(bool(outlet) and not outlet_right),
        times_labelled=int(item.published is not None),
        time_right=int(time_right),
        time_wrong=int(bool(cleaned.published) and not time_right),
    ), notes


def total(scores: Iterable[Score]) -> Score:
    result = Score()
    for item in scores:
        result = Score(*(a + b for a, b in zip(_values(result), _values(item), strict=True)))
    return result


def _values(score: Score) -> tuple[int, ...]:
    return tuple(getattr(score, name) for name in Score.__slots__)


def run_half(half: str) -> tuple[Score, list[str]]:
    scores: list[Score] = []
    notes: list[str] = []
    for path in sorted((DATA / half).glob("*.txt")):
        item = load(path)
        cleaned = clean_article(article_from_text(item.raw, item.name))
        result, found = score(item, cleaned)
        scores.append(result)
        notes += [f"{half}/{item.name}: {note}" for note in found]
    return total(scores), notes


def percent(part: int, whole: int) -> str:
    return f"{part} of {whole} ({100 * part / whole:.0f}%)" if whole else "-"


def table(halves: dict[str, Score]) -> list[str]:
    rows = [
        ("articles", lambda s: str(s.articles)),
        ("junk lines left (target <= 5%)", lambda s: percent(s.junk_left, s.junk)),
        ("story sentences lost (target 0)", lambda s: percent(s.story_lost, s.story)),
        ("outlet right, of all articles (>= 70%)", lambda s: percent(s.outlet_right, s.articles)),
        ("... of those that name it", lambda s: percent(s.outlet_right, s.outlets_labelled)),
        ("outlet named wrong", lambda s: str(s.outlet_wrong)),
        ("time right, of all articles (>= 70%)", lambda s: percent(s.time_right, s.articles)),
        ("... of those that show one", lambda s: percent(s.time_right, s.times_labelled)),
        ("time wrong", lambda s: str(s.time_wrong)),
    ]  # fmt: skip
    lines = ["| measure | " + " | ".join(halves) + " |", "|---|" + "---|" * len(halves)]
    lines += [f"| {name} | " + " | ".join(f(s) for s in halves.values()) + " |" for name, f in rows]
    return lines


def example_check() -> list[str]:
    if not EXAMPLE.is_dir():
        return ["(../shared/examples/blinken-xi not found: skipped)"]
    lines = ["| file | removed items | of which read as sentences | story characters kept |"]
    lines.append("|---|---|---|---|")
    for article in read_inputs([str(EXAMPLE)]).articles:
        cleaned = clean_article(article)
        long = [r for r in cleaned.removed if _reads_as_sentence(r)]
        lines.append(
            f"| {article.id} | {len(cleaned.removed)} | {len(long)} | {len(cleaned.text)} |"
        )
    return lines


def _reads_as_sentence(item: str) -> bool:
    return len(item.split()) >= SENTENCE_WORDS and item.rstrip("\"'”’)")[-1:] in ".!?"


def main() -> int:
    halves: dict[str, Score] = {}
    notes: list[str] = []
    for half in ("tune", "heldout"):
        halves[half], found = run_half(half)
        notes += found
    report = [
        "# Ingest: junk, story kept, outlet, publication time",
        "",
        "`PYTHONPATH=src python benchmarks/ingest_bench.py` on benchmarks/data/ingest/ (invented",
        "articles; `tune` used while writing the rules, `heldout` written with it; the held-out",
        "half's first, blind scoring and what changed after it: ingest_history.md).",
        "",
        *table(halves),
        "",
        "Misses:",
        "",
        *([f"- {note}" for note in notes] or ["- none"]),
        "",
        "## The example cluster (../shared/examples/blinken-xi), read as files",
        "",
        "Removed items that read as sentences were checked by eye (ingest_history.md).",
        "",
        *example_check(),
        "",
    ]
    RESULTS.write_text("\n".join(report), encoding="utf-8")
    sys.stdout.write("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
