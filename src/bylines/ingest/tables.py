"""A pipe table's rows, as a page sets a table out in text ("| Find | Depth | Coins |" over
"| Orrin pot | 30 cm | 1,140 |", with or without a rule line "|---|---|---|" between).

A row with a figure is a fact of the story, written without a verb, the way a fact box's row
("Fines issued | 11,400") is: kept, as its cells between bars. The heading row (no figure, the
row over a rule line, or a first row whose only figures are years) and the rule lines name the
columns, not the story, and are left to the furniture rules (a row of short cells between bars
reads as a menu). A single line between bars is no table: a menu ("| Home | News | Sport |") is
one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bylines.ingest.lines import has_figure
from bylines.ingest.published import SLUG_YEAR_RE

# A row: a line opening and closing with a bar, two cells or more between.
TABLE_ROW_RE = re.compile(r"^\|(?:[^|]*\|){2,}$")
# A rule line under the heading: dashes in each cell, colons for the alignment ("|:---|--:|").
TABLE_RULE_RE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
# A number in a cell, with its separators ("3,800", "2:31:07", "4.5").
NUMBER_RE = re.compile(r"\d+(?:[,.:]\d+)*")
# A table has at least two lines of rows or rules (a heading and a row): one line between bars
# is a menu or a breadcrumb.
MIN_TABLE_LINES = 2


def table_fact_rows(texts: Sequence[str]) -> frozenset[int]:
    """The indexes of the lines that are rows of a pipe table carrying a figure, but not its
    heading row (the first row, when a rule line follows it)."""
    found: set[int] = set()
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and _is_table_line(texts[end]):
            end += 1
        if end - start >= MIN_TABLE_LINES:
            found |= _fact_rows(texts, range(start, end))
        start = max(end, start + 1)
    return frozenset(found)


def row_text(text: str) -> str:
    """A row as its cells between bars, without the outer bars: "Orrin pot | 30 cm | 1,140"."""
    return " | ".join(cell.strip() for cell in text.strip().strip("|").split("|"))


def _is_table_line(text: str) -> bool:
    text = text.strip()
    return TABLE_ROW_RE.match(text) is not None or TABLE_RULE_RE.match(text) is not None


def _fact_rows(texts: Sequence[str], run: range) -> set[int]:
    ruled = len(run) > 1 and TABLE_RULE_RE.match(texts[run[1]].strip()) is not None
    rows = run[1:] if ruled or _is_year_heading(texts, run) else run
    return {
        index
        for index in rows
        if TABLE_RULE_RE.match(texts[index].strip()) is None and has_figure(texts[index])
    }


def _is_year_heading(texts: Sequence[str], run: range) -> bool:
    """The first row names the columns with words and years ("| Team | 2025 | 2026 |" over
    "| Tarnby Rovers | 31 | 40 |"): its only figures are years, and the rows under it have other
    figures (a table of names and years, "| Orrin | 2019 |" over "| Vale | 2021 |", has no
    heading of that kind)."""
    if not _names_years(texts[run[0]]):
        return False
    rows = [texts[index] for index in run[1:] if TABLE_RULE_RE.match(texts[index].strip()) is None]
    return any(has_figure(row) and not _names_years(row) for row in rows)


def _names_years(text: str) -> bool:
    """A row whose every number is a year: words and years only, a heading's."""
    numbers = NUMBER_RE.findall(text)
    return bool(numbers) and all(SLUG_YEAR_RE.fullmatch(number) for number in numbers)
