"""The stories renderers (``bylines stories --format text|markdown|html``), on invented piles."""

from __future__ import annotations

import dataclasses
import re

from bylines import Article
from bylines.render.stories import stories_to_html, stories_to_markdown, stories_to_text
from bylines.stories.pipeline import group_stories
from bylines.stories.types import StoriesResult

QUAY = (
    "A crane collapsed onto the quay at Tessaly harbour on Monday, injuring two dock workers, "
    "the port authority said. The harbour was closed to shipping for the rest of the day."
)


def _pile(*outlets: str) -> list[Article]:
    return [
        Article(f"q-{n}", QUAY, outlet, "Crane collapses at Tessaly harbour",
                published=f"2027-02-0{n}T0{n}:30:00+00:00")
        for n, outlet in enumerate(outlets, start=1)
    ]  # fmt: skip


def test_one_story_is_counted_in_the_singular() -> None:
    result = group_stories(_pile("Tessaly Gazette", "Harbour Wire"))
    assert len(result.stories) == 1
    assert stories_to_text(result).startswith("1 story\n")
    assert stories_to_markdown(result).startswith("# 1 story\n")
    assert "<h1>1 story</h1>" in stories_to_html(result)
    assert stories_to_text(StoriesResult(())).startswith("0 stories\n")


def test_markdown_stories_keep_article_text_literal() -> None:
    """A title, an outlet or a timeline sentence that looks like markup stays text in
    Markdown, as it does in the report's Markdown."""
    pile = _pile("<img src=x onerror=alert(1)> Gazette", "Harbour *Wire*")
    result = group_stories(pile)
    markdown = stories_to_markdown(result)
    assert "\\<img src=x onerror=alert(1)\\> Gazette" in markdown
    assert re.search(r"(?<!\\)<img", markdown) is None
    assert "Harbour \\*Wire\\*" in markdown and "Harbour *Wire*" not in markdown


def test_first_and_last_published_are_written_as_the_briefings_write_times() -> None:
    result = group_stories(_pile("Tessaly Gazette", "Harbour Wire"))
    line = "; published 1 Feb 2027, 01:30 UTC; last published 2 Feb 2027, 02:30 UTC"
    assert line in stories_to_text(result)
    assert line in stories_to_markdown(result)
    assert line in stories_to_html(result)
    assert "undated" not in stories_to_text(result)  # every article gives its time


def test_the_latest_article_names_its_outlet_once() -> None:
    untitled = [dataclasses.replace(a, title=None, source=a.id) for a in _pile("A", "B")]
    titled = _pile("Tessaly Gazette", "Harbour Wire")
    # an untitled article whose page names no outlet: its id, and no label taken for an outlet
    assert "\nLatest: q-2\n" in stories_to_text(group_stories(untitled))
    latest = "\nLatest: Crane collapses at Tessaly harbour (Harbour Wire)\n"
    assert latest in stories_to_text(group_stories(titled))


def test_the_html_format_says_what_the_text_says_of_merges_and_news() -> None:
    from bylines.stories.types import FigureChange, WhatsNew

    (story,) = group_stories(_pile("Tessaly Gazette", "Harbour Wire")).stories
    new = WhatsNew(
        "2027-02-02T09:00:00+00:00",
        ("Quay <Radio>",),
        ("The crane's operator was named.",),
        (FigureChange("injured", "two", "three", ("q-2",)),),
    )
    told = StoriesResult((dataclasses.replace(story, merged_from=("0a1b2c3d4e5f",), new=new),))
    text, page = stories_to_text(told), stories_to_html(told)
    for line in ("Merged from: 0a1b2c3d4e5f", "injured two -> three", "new outlets: Quay <Radio>"):
        assert line in text
    assert "<p>Merged from: 0a1b2c3d4e5f</p>" in page
    assert "injured two -&gt; three" in page and "new outlets: Quay &lt;Radio&gt;" in page
    assert "Since 2 Feb 2027, 09:00 UTC: new outlets" in text
    unseen = dataclasses.replace(story, new=dataclasses.replace(new, since=None))
    assert "Since it was last shown: new outlets" in stories_to_text(StoriesResult((unseen,)))


def test_a_story_with_no_publication_time_says_so_and_labels_its_time_of_reading() -> None:
    undated = [dataclasses.replace(a, published=None) for a in _pile("Tessaly Gazette", "Wire")]
    text = stories_to_text(group_stories(undated))
    assert re.search(r"; no publication date; first seen \d+ \w{3} \d{4}, \d\d:\d\d\n", text)
    assert "last seen" not in text and "published 1" not in text


def test_a_timeline_entry_names_an_unnamed_outlets_article_by_its_id() -> None:
    """Its label ("Source 13", numbered across the whole pile) named nothing the listing shows;
    outlets the pages name are listed as before."""
    pile = [
        *_pile("Tessaly Gazette"),
        dataclasses.replace(_pile("x", "y")[1], id="d30001t_D2", source="d30001t_D2"),
        dataclasses.replace(_pile("x", "y", "z")[2], id="d30001t_D3", source="d30001t_D3"),
    ]
    result = group_stories(pile)
    assert len(result.stories) == 1  # one story: the three are one event
    text = stories_to_text(result)
    entries = [line for line in text.splitlines() if line.startswith("  - ")]
    assert entries, text
    assert all(
        line.endswith("(Tessaly Gazette; articles d30001t_D2, d30001t_D3)") for line in entries
    ), entries
    assert "Source " not in text
    assert "(Tessaly Gazette; articles d30001t_D2, d30001t_D3)" in stories_to_html(result)
    named = group_stories(_pile("Tessaly Gazette", "Harbour Wire"))
    named_entries = [ln for ln in stories_to_text(named).splitlines() if ln.startswith("  - ")]
    assert named_entries and all(
        ln.endswith("(Tessaly Gazette, Harbour Wire)") for ln in named_entries
    ), named_entries


def test_a_storys_timeline_marks_a_day_still_to_come_and_reads_a_past_one_back() -> None:
    """Written on a Friday: the crossings suspended "until Tuesday" end next Tuesday, a day to
    come; the crane that "was removed on Tuesday" was removed last Tuesday."""
    text = (
        "A crane collapsed onto the quay at Tessaly harbour, injuring two dock workers. "
        "Crossings from Tessaly are suspended until Tuesday. A second crane was removed on "
        "Tuesday, the port authority said."
    )
    pile = [
        Article(f"t-{n}", text, outlet, "Crane collapses at Tessaly harbour",
                published="2027-02-05T09:00:00+00:00")  # a Friday
        for n, outlet in enumerate(("Tessaly Gazette", "Harbour Wire"), start=1)
    ]  # fmt: skip
    (story,) = group_stories(pile).stories
    assert [(e.date, e.ahead) for e in story.timeline] == [
        ("2027-02-02", False),
        ("2027-02-09", True),
    ]
    lines = stories_to_text(group_stories(pile)).splitlines()
    assert any(ln.startswith("  - 9 Feb 2027 (to come when reported): Crossings") for ln in lines)
    assert any(ln.startswith("  - 2 Feb 2027: A second crane") for ln in lines)
    page = stories_to_html(group_stories(pile))
    assert '<span class="note">(to come when reported)</span> Crossings' in page
    assert "</time> A second crane" in page


def test_the_html_list_of_a_storys_articles_says_when_no_outlet_is_named() -> None:
    """An article nothing names is labelled by its headline's first words or "Source N"; the list
    of a story's articles says its outlet is unknown rather than repeat that label."""
    pile = _pile("Tessaly Gazette", "Harbour Wire")
    pile[1] = dataclasses.replace(pile[1], source=pile[1].id, title="Two hurt as crane falls")
    html = stories_to_html(group_stories(pile))
    assert "<li>Crane collapses at Tessaly harbour — Tessaly Gazette</li>" in html
    assert "<li>Two hurt as crane falls — outlet unknown</li>" in html
