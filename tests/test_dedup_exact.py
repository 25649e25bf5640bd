"""A report's duplicate marking counts shared shingles exactly, without datasketch's import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bylines.ingest.dedup import CONTAINMENT, contains_copy, mark_duplicates, shingles
from bylines.types import Article

SRC = str(Path(__file__).resolve().parents[1] / "src")

# A long article we wrote, and a short brief written from it by another desk.
LONG = " ".join(
    f"Paragraph {n}: the ferry service between Ostrava Point and the island of Kelmsey ran "
    f"{n + 3} extra crossings as the harbour master reported calm seas and light winds."
    for n in range(40)
)
BRIEF = (
    "Kelmsey islanders queued for hours on the quay at Ostrava Point, where the harbour master "
    "reported calm seas and light winds, but many were turned away by the crew of a full ferry."
)


def _article(id_: str, text: str) -> Article:
    return Article(id=id_, text=text, source=id_)


def test_a_short_brief_sharing_a_phrase_with_a_long_article_is_not_its_copy() -> None:
    brief, long = shingles(BRIEF), shingles(LONG)
    shared = len(brief & long) / len(brief)
    assert 0 < shared < CONTAINMENT
    marked = mark_duplicates([_article("long", LONG), _article("brief", BRIEF)])
    assert [m.duplicate_of for m in marked] == [None, None]


def test_a_paragraph_cut_from_a_long_article_is_its_copy() -> None:
    excerpt = LONG[: len(LONG) // 10]
    assert contains_copy(shingles(LONG), shingles(excerpt))
    marked = mark_duplicates([_article("long", LONG), _article("excerpt", excerpt)])
    assert [m.duplicate_of for m in marked] == [None, "long"]


def test_containment_is_the_share_of_the_smaller_set() -> None:
    small = sorted(f"s{k:02}" for k in range(20))
    large = {*small, *(f"x{k}" for k in range(500))}
    others = [f"y{k}" for k in range(5)]
    assert contains_copy(large, {*small[:11], *others[:4]})  # 11 of 15 inside: 0.73
    assert not contains_copy(large, {*small[:10], *others})  # 10 of 15: 0.67
    assert not contains_copy(large, set(small[:11]))  # too few shingles to judge


def test_marking_a_report_s_copies_does_not_import_datasketch() -> None:
    script = (
        "import sys\n"
        "from bylines.ingest.dedup import mark_duplicates\n"
        "from bylines.types import Article\n"
        f"text = {LONG!r}\n"
        "marked = mark_duplicates([Article(id=k, text=text, source=k) for k in 'ab'])\n"
        "assert marked[1].duplicate_of == 'a'\n"
        "print('datasketch' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    command = [sys.executable, "-c", script]
    run = subprocess.run(command, check=False, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"
