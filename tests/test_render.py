from __future__ import annotations

import dataclasses
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bylines import (
    Article,
    Claim,
    Conflict,
    Entity,
    Position,
    Quote,
    QuoteVariant,
    Report,
    Sentence,
    Skipped,
    SummarySentence,
    TimelineEntry,
    build_report,
    report_to_dict,
    to_html,
    to_json,
    to_markdown,
    to_text,
)
from bylines.embed import load_embedder
from bylines.ingest.outlet import label_outlets
from bylines.models import Models
from bylines.render import _view
from bylines.render.html import render_body, stylesheet
from bylines.render.text import rich_view
from bylines.report.entities import load_tagger
from bylines.report.variants import shown_diff

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT.parent / "shared" / "examples" / "blinken-xi"
EVIL = "<script>alert(1)</script> and <img src=x onerror=alert(2)>"

# -- a report built by hand ---------------------------------------------------------------------

TEXTS = {
    "harbour": "The ferry sank at dawn.\nNine crew were rescued, officials said. "
    f"A witness wrote {EVIL} on a sign.",
    "tide": "The ferry sank at dawn.\nNine crew were rescued. "
    "Rescuers used [bold]two[/bold] boats.",
    "wire": "The ferry sank at dawn.\nNine crew were rescued.",
    "coast": "The ferry sank early on Tuesday.\nThe port will reopen on Friday.",
}


def sentence(article: str, index: int) -> Sentence:
    """The index-th sentence of a TEXTS article (split on full stops, offsets kept)."""
    text = TEXTS[article]
    spans = [m.span() for m in re.finditer(r"[^\s.][^.]*\.", text)]
    start, end = spans[index]
    return Sentence(article, index, text[start:end], start, end)


def claim(cid: str, coverage: str, *mentions: tuple[str, int]) -> Claim:
    sents = tuple(sentence(a, i) for a, i in mentions)
    sources = tuple(dict.fromkeys(s.article for s in sents))
    return Claim(cid, sents[0].text, sources, coverage, sents)  # type: ignore[arg-type]


# The summary's second sentence gives nine rescued; Coast Radio says a dozen.
DISPUTED = (
    Position("Nine", ("harbour", "tide", "wire"), "Nine crew were rescued, officials said.", 9, 9),
    Position("a dozen", ("coast",), "A dozen crew were rescued.", 12, 12, "count"),
)


def hand_report() -> Report:
    articles = (
        Article("harbour", TEXTS["harbour"], "Harbour News", "Ferry sinks", "https://harbour.test/a?x=1&y=2",
                "2024-03-05", removed=("Read more: Ferry timetable", "Photo: <b>AP</b>")),
        Article("tide", TEXTS["tide"], "Tide Times", None, "javascript:alert(3)"),
        Article("wire", TEXTS["wire"], "Tide Times", duplicate_of="tide"),
        Article("coast", TEXTS["coast"], "Coast Radio", "Port to reopen"),
    )  # fmt: skip
    claims = (
        claim("c1", "all", ("harbour", 0), ("tide", 0), ("wire", 0), ("coast", 0)),
        claim("c2", "several", ("harbour", 1), ("tide", 1), ("wire", 1)),
        claim("c3", "one", ("harbour", 2)),
        claim("c4", "one", ("tide", 2)),
        claim("c5", "one", ("coast", 1)),
    )
    return Report(
        articles=articles,
        summary=(
            SummarySentence(claims[0].text, claims[0].sources, "c1"),
            SummarySentence(claims[1].text, claims[1].sources, "c2", DISPUTED),
        ),
        claims=claims,
        entities=(
            Entity("Harbour Authority", "ORG", ("harbour", "coast")),
            Entity("Mara Quell", "PERSON", ("tide",)),
            Entity("Port Elma", "PLACE", ("harbour", "tide", "coast")),
        ),
        conflicts=(
            Conflict(
                "number",
                "crew rescued",
                (
                    Position(
                        "Nine", ("harbour", "tide"), "Nine crew were rescued.", 9, 9, "person"
                    ),
                    Position("a dozen", ("coast",), "A dozen crew were rescued.", 12, 12, "person"),
                ),
            ),
        ),
        updates=(
            Conflict(
                "number",
                "boats missing",
                (
                    Position("two", ("harbour",), "Two boats were missing.", 2, 2, "boat"),
                    Position("three", ("coast",), "Three boats are now missing.", 3, 3, "boat"),
                ),
            ),
        ),
        quotes=(
            Quote(
                "Mara Quell",
                (
                    QuoteVariant("We saw it go down", ("harbour",)),
                    QuoteVariant(
                        "we watched it sink",
                        ("tide", "coast"),
                        "wording",
                        diff=shown_diff("We saw it go down", "we watched it sink"),
                    ),
                ),
            ),
        ),
        timeline=(
            TimelineEntry(
                "2024-03-04",
                "The ferry sank at dawn on Monday.",
                "on Monday",
                ("Harbour News", "Coast Radio"),
                ("harbour", "coast"),
            ),
            TimelineEntry(
                "2024-03-05",
                "Divers reached the wreck on Tuesday.",
                "on Tuesday",
                ("Harbour News",),
                ("harbour",),
            ),
        ),
        skipped=(Skipped("notes.pdf", "not a text file"),),
    )


def test_every_format_shows_the_timeline_with_its_sources() -> None:
    md = to_markdown(hand_report()).split("## Timeline\n\n")[1].split("\n\n")[0]
    assert md.splitlines() == [
        "- **4 Mar 2024** The ferry sank at dawn on Monday. — Harbour News, Coast Radio [1][4]",
        "- **5 Mar 2024** Divers reached the wreck on Tuesday. — Harbour News [1]",
    ]
    text = to_text(hand_report()).split("Timeline")[1]
    assert "4 Mar 2024 The ferry sank at dawn on Monday. — Harbour News, Coast Radio [1][4]" in text
    html = to_html(hand_report())
    assert '<time datetime="2024-03-05">5 Mar 2024</time> Divers reached the wreck' in html
    assert json.loads(to_json(hand_report()))["timeline"][0] == {
        "date": "2024-03-04", "text": "The ferry sank at dawn on Monday.",
        "expression": "on Monday", "sources": ["Harbour News", "Coast Radio"],
        "articles": ["harbour", "coast"], "ahead": False,
    }  # fmt: skip


def test_every_format_marks_a_day_still_to_come_when_reported() -> None:
    """An entry ahead (a thing set for a day, a state lasting until it) is shown as such beside
    its day; the entry of a day that had passed is shown as before."""
    past, wreck = hand_report().timeline
    ahead = TimelineEntry(
        "2024-03-08", "Salvage work is suspended until Friday.", "until Friday",
        ("Harbour News",), ("harbour",), ahead=True,
    )  # fmt: skip
    report = dataclasses.replace(hand_report(), timeline=(past, wreck, ahead))
    md = to_markdown(report)
    assert "- **8 Mar 2024 (to come when reported)** Salvage work is suspended" in md
    assert "- **5 Mar 2024** Divers reached the wreck" in md
    assert "8 Mar 2024 (to come when reported) Salvage work" in to_text(report)
    html = to_html(report)
    assert (
        '<time datetime="2024-03-08">8 Mar 2024</time> '
        '<span class="note">(to come when reported)</span> Salvage work'
    ) in html
    assert '<time datetime="2024-03-05">5 Mar 2024</time> Divers reached the wreck' in html
    assert [e["ahead"] for e in json.loads(to_json(report))["timeline"]] == [False, False, True]


def test_a_long_timeline_shows_the_most_reported_entries_in_date_order() -> None:
    entries = tuple(
        TimelineEntry(f"2024-03-{day:02d}", f"Event {day}.", "on", ("Harbour News",),
                      ("harbour", "coast") if day % 5 == 0 else ("harbour",))
        for day in range(1, 29)
    )  # fmt: skip
    report = dataclasses.replace(hand_report(), timeline=entries)
    shown, left_out = _view.timeline(report)
    days = [e.date[-2:] for e in shown]
    # the five reported by two articles, then the earliest of the rest
    assert days == ["01", "02", "03", "04", "05", "06", "07", "08", "10", "15", "20", "25"]
    assert [e.date for e in shown] == sorted(e.date for e in shown)
    assert len(shown) == _view.TIMELINE_CAP and left_out == 28 - _view.TIMELINE_CAP
    assert f"_{left_out} more timeline entries in the JSON report._" in to_markdown(report)


# -- Markdown -----------------------------------------------------------------------------------


def test_markdown_summary_cites_every_source_by_number() -> None:
    md = to_markdown(hand_report())
    assert md.startswith("# Ferry sinks\n\nA briefing from 4 reports by 3 outlets")
    summary = md.split("## Summary\n\n")[1].split("\n\n## ")[0].split("\n\n")
    assert summary == [
        "The ferry sank at dawn. [1][2][3][4]",
        "Nine crew were rescued, officials said. [1][2][3]  \n"
        "  _Disputed: Nine [1][2][3]; a dozen [4]._",
    ]


def test_rendered_markdown_summary_is_one_paragraph_per_sentence_with_its_note() -> None:
    """Rendered (CommonMark), each summary sentence stays its own paragraph, as in the HTML,
    and a disputed figure's note stays under its sentence instead of running into the text."""
    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark").render(to_markdown(hand_report()))
    summary = page.split("<h2>Summary</h2>")[1].split("<h2>")[0]
    assert re.findall(r"<p>(.*?)</p>", summary, re.S) == [
        "The ferry sank at dawn. [1][2][3][4]",
        "Nine crew were rescued, officials said. [1][2][3]<br />\n"
        "<em>Disputed: Nine [1][2][3]; a dozen [4].</em>",
    ]


def test_markdown_source_list_numbers_outlets_and_notes_duplicates() -> None:
    md = to_markdown(hand_report())
    sources = md.split("## Sources\n\n")[1].split("\n\n")
    assert sources[0].splitlines() == [
        "1. **Harbour News** — Ferry sinks — <https://harbour.test/a?x=1&y=2> — 5 Mar 2024",
        "2. **Tide Times (tide)**",  # a javascript: URL is not shown as a link
        "3. **Tide Times (wire)**",
        "4. **Coast Radio** — Port to reopen",
    ]
    assert "[3] Tide Times (wire) repeats [2] Tide Times (tide) (same wire copy)" in sources[1]


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2026-11-28", "28 Nov 2026"),
        ("2026-11-28T23:05:00+00:00", "28 Nov 2026, 23:05 UTC"),
        ("2026-11-28T23:05:00Z", "28 Nov 2026, 23:05 UTC"),
        ("2027-03-14T11:05:00+01:00", "14 Mar 2027, 11:05 UTC+01:00"),
        ("2027-03-14T11:05:00-05:30", "14 Mar 2027, 11:05 UTC-05:30"),
        ("2026-11-29T07:15:00", "29 Nov 2026, 07:15"),  # no zone given: the page's own time
        # a clock time and no date anywhere (it was shown raw, "14:15:00+01:00")
        ("14:15:00+01:00", "14:15 UTC+01:00, day unknown"),
        ("16:45:00+00:00", "16:45 UTC, day unknown"),
        ("10:05:00", "10:05, day unknown"),
        ("2026", "2026"),  # a year alone is no clock time (fromisoformat reads it as 20:26)
        ("25:70:00", "25:70:00"),  # no such time: as it came
        ("last Tuesday", "last Tuesday"),  # not a date: shown as it came
    ],
)
def test_every_format_writes_a_publication_time_one_readable_way(
    published: str, shown: str
) -> None:
    report = hand_report()
    dated = dataclasses.replace(report.articles[3], published=published)
    report = dataclasses.replace(report, articles=(*report.articles[:3], dated))
    assert "4. **Coast Radio** — Port to reopen — " + shown + "\n" in to_markdown(report)
    assert f"Port to reopen   {shown}" in re.sub(r" {3,}", "   ", to_text(report))
    assert f'<span class="note" title="{published}">{shown}</span>' in to_html(report)
    assert report_to_dict(report)["articles"][3]["published"] == published


def test_markdown_agreement_sections_entities_conflicts_quotes_and_removed() -> None:
    md = to_markdown(hand_report())
    assert "## Reported by all (1)\n\n- The ferry sank at dawn. [1][2][3][4]" in md
    assert (
        "## Reported by several (1)\n\n- Nine crew were rescued, officials said. — "
        "Harbour News, Tide Times (tide), Tide Times (wire) [1][2][3]"
    ) in md
    assert (
        "## Only in Tide Times (tide) (1)\n\n- Rescuers used \\[bold\\]two\\[/bold\\] boats. [2]"
        in md
    )
    assert "## Only in Coast Radio (1)\n\n- The port will reopen on Friday. [4]" in md
    assert "- **People:** Mara Quell [2]" in md
    assert "- **Organisations:** Harbour Authority [1][4]" in md
    assert "- **Places:** Port Elma [1][2][4]" in md
    assert (
        "### crew rescued — figures differ\n\n- **Nine** — Harbour News, Tide Times (tide) [1][2]"
        in md
    )
    assert "  > A dozen crew were rescued." in md
    assert (
        "- “we ~~saw~~ **watched** it ~~go down~~ **sink**” — Tide Times (tide), Coast Radio [2][4]"
        in md
    )
    assert "## Skipped inputs\n\n- notes.pdf: not a text file" in md
    assert "<details><summary>[1] Harbour News: 2 removed</summary>" in md
    assert "- Photo: \\<b\\>AP\\</b\\>" in md
    sections = re.findall(r"^## (.+)$", md, re.MULTILINE)
    assert sections == [
        "Summary",
        "Sources",
        "Where reports differ",
        "Figures that changed",
        "Quotes",
        "Timeline",
        "Reported by all (1)",
        "Reported by several (1)",
        "Only in Harbour News (1)",
        "Only in Tide Times (tide) (1)",
        "Only in Coast Radio (1)",
        "People, organisations and places",
        "Skipped inputs",
        "Removed from the sources",
    ]


def test_markdown_escapes_markup_in_article_text() -> None:
    md = to_markdown(hand_report())
    assert "\\<script\\>alert(1)\\</script\\> and \\<img src=x onerror=alert(2)\\>" in md
    # The only raw HTML is the <details> the removed items fold into, and autolinked URLs.
    raw = set(re.findall(r"(?<!\\)<(/?[a-z]+)", md))
    assert raw == {"details", "/details", "summary", "/summary", "https"}


def test_markdown_caps_single_source_claims_and_says_how_many_more() -> None:
    text = " ".join(f"Fact number {i} stands." for i in range(9))
    article = Article("solo", text, "Solo")
    sents = [
        Sentence("solo", i, m.group(), m.start(), m.end())
        for i, m in enumerate(re.finditer(r"Fact[^.]*\.", text))
    ]
    claims = tuple(Claim(f"c{i}", s.text, ("solo",), "one", (s,)) for i, s in enumerate(sents))
    md = to_markdown(Report((article,), (), claims))
    assert f"## Reported by Solo ({len(sents)})" in md  # one report: nothing is "only" in it
    assert md.count("- Fact number") == _view.SINGLE_CAP
    assert f"- _… and {len(sents) - _view.SINGLE_CAP} more (all are in the JSON report)_" in md


def test_an_empty_report_still_renders() -> None:
    empty = Report((), (), ())
    assert "_No summary: nothing was reported._" in to_markdown(empty)
    assert "No summary" in to_text(empty)
    assert "Nothing was reported." in to_html(empty)


# -- text ---------------------------------------------------------------------------------------


def test_text_is_plain_100_columns_and_says_what_the_markdown_says() -> None:
    text = to_text(hand_report())
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 100
    for expected in (
        "Ferry sinks",
        "The ferry sank at dawn. [1][2][3][4]",
        "Reported by several (1)",
        "Only in Coast Radio (1)",
        "Harbour Authority [1][4]",
        "crew rescued — figures differ",
        "“we [-saw-] {+watched+} it [-go down-] {+sink+}” — Tide Times (tide), Coast Radio [2][4]",
        "[3] Tide Times (wire) repeats [2] Tide Times (tide) (same wire copy)",
        "notes.pdf: not a text file",
        "Photo: <b>AP</b>",
    ):
        assert expected in text, expected
    # Article text is never read as rich markup.
    assert "Rescuers used [bold]two[/bold] boats. [2]" in text


def test_rich_view_renders_on_a_colour_terminal() -> None:
    from rich.console import Console

    console = Console(width=80, force_terminal=True, color_system="truecolor", record=True)
    console.print(rich_view(hand_report()))
    styled = console.export_text(styles=True)
    assert "\x1b[" in styled and "The ferry sank at dawn." in styled


# -- HTML ---------------------------------------------------------------------------------------


class Page(HTMLParser):
    """The tags, attributes, ids, links and text of an HTML document."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.by_id: dict[str, int] = {}
        self._open: list[int] = []
        self.inner: dict[int, list[str]] = {}
        self.feed(document)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        ident = dict(attrs).get("id")
        if ident:
            self.by_id[ident] = len(self.tags) - 1
            self.inner[len(self.tags) - 1] = []
        if tag not in {"meta", "br", "img", "link", "input"}:
            self._open.append(len(self.tags) - 1)

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for index in self._open:
            if index in self.inner:
                self.inner[index].append(data)

    def text_of(self, ident: str) -> str:
        return "".join(self.inner[self.by_id[ident]])

    def links(self) -> list[str]:
        return [attrs["href"] or "" for tag, attrs in self.tags if tag == "a" and "href" in attrs]


def test_html_is_a_complete_self_contained_document() -> None:
    document = to_html(hand_report())
    assert document.startswith('<!doctype html>\n<html lang="en">')
    page = Page(document)
    assert (
        "meta",
        {"name": "viewport", "content": "width=device-width, initial-scale=1"},
    ) in page.tags
    assert "<title>Ferry sinks · bylines briefing</title>" in document
    # No external assets: no stylesheet links, no script sources, no images.
    for tag, attrs in page.tags:
        assert tag not in {"link", "img", "iframe"}
        assert not (tag == "script" and "src" in attrs)
    assert stylesheet() in document
    assert [tag for tag, _ in page.tags].count("script") == 1


def test_html_escapes_every_piece_of_article_text() -> None:
    document = to_html(hand_report())
    page = Page(document)
    # The article's markup is text in the page, not elements.
    assert [tag for tag, _ in page.tags].count("script") == 1
    assert all(not name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert EVIL in "".join(page.text)
    assert "Photo: <b>AP</b>" in "".join(page.text)
    assert ("b", {}) not in page.tags
    # A javascript: URL never becomes a link; a web URL does, escaped.
    assert not any(link.lower().startswith("javascript") for link in page.links())
    assert 'href="https://harbour.test/a?x=1&amp;y=2"' in document


def test_html_citations_jump_to_the_cited_sentences() -> None:
    report = hand_report()
    page = Page(to_html(report))
    for link in page.links():
        if link.startswith("#"):
            assert link[1:] in page.by_id, link
    summary_links = [
        attrs["href"] or ""
        for tag, attrs in page.tags[page.by_id["summary"] :]
        if tag == "a" and attrs.get("href", "").startswith("#s")  # type: ignore[union-attr]
    ][:7]
    assert summary_links == ["#s1-0", "#s2-0", "#s3-0", "#s4-0", "#s1-1", "#s2-1", "#s3-1"]
    assert page.text_of("s1-1") == "Nine crew were rescued, officials said."
    assert page.text_of("s4-0") == "The ferry sank early on Tuesday."
    # Entities and positions cite the source list; claims and the source list exist as targets.
    assert "src-4" in page.by_id and "claim-c5" in page.by_id and "text-2" in page.by_id


def test_html_body_for_embedding() -> None:
    body = render_body(hand_report())
    assert body.startswith('<main class="bylines" id="report">') and body.endswith("</main>")
    assert "<html" not in body and "<style" not in body


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'/=ab sx\n.[]*`\\")), min_size=1))
def test_html_and_markdown_never_let_article_text_become_markup(text: str) -> None:
    article = Article("x", text, text, title=text, removed=(text,))
    sent = Sentence("x", 0, text, 0, len(text))
    report = Report(
        (article,),
        (SummarySentence(text, ("x",), "c1"),),
        (Claim("c1", text, ("x",), "one", (sent,)),),
        (Entity(text, "PERSON", ("x",)),),
        skipped=(Skipped(text, text),),
        timeline=(TimelineEntry(text, text, text, (text,), ("x",)),),
    )
    page = Page(to_html(report))
    assert {tag for tag, _ in page.tags} <= {
        "html", "head", "meta", "title", "style", "body", "a", "main", "header", "p", "nav", "h1",
        "ul", "li", "section", "h2", "div", "span", "ol", "strong", "dl", "dt", "dd",
        "details", "summary", "footer", "script", "time",
    }  # fmt: skip
    md = to_markdown(report)
    assert not re.search(r"(?<!\\)<[a-z/]", md.split("## Removed")[0])


# -- JSON ---------------------------------------------------------------------------------------


def test_json_has_the_documented_shape() -> None:
    data = json.loads(to_json(hand_report()))
    assert data["schema"] == "bylines.report/1"
    assert list(data) == [
        "schema", "articles", "summary", "claims", "entities", "conflicts", "updates", "quotes",
        "timeline", "skipped",
    ]  # fmt: skip
    assert data["articles"][2] == {
        "id": "wire",
        "source": "Tide Times",
        "title": None,
        "url": None,
        "published": None,
        "language": None,
        "text": TEXTS["wire"],
        "removed": [],
        "duplicate_of": "tide",
        "outlet_known": True,
    }
    assert data["summary"][1] == {
        "text": "Nine crew were rescued, officials said.",
        "sources": ["harbour", "tide", "wire"],
        "claim": "c2",
        "disputed": [
            {"value": "Nine", "low": 9, "high": 9, "unit": None,
             "sources": ["harbour", "tide", "wire"],
             "evidence": "Nine crew were rescued, officials said."},
            {"value": "a dozen", "low": 12, "high": 12, "unit": "count", "sources": ["coast"],
             "evidence": "A dozen crew were rescued."},
        ],
        "support": [],
    }  # fmt: skip
    assert data["claims"][1]["coverage"] == "several"
    assert data["claims"][1]["mentions"][1] == {
        "article": "tide",
        "sentence": 1,
        "text": "Nine crew were rescued.",
    }
    assert data["conflicts"][0]["positions"][1] == {
        "value": "a dozen",
        "low": 12,
        "high": 12,
        "unit": "person",
        "sources": ["coast"],
        "evidence": "A dozen crew were rescued.",
    }
    assert data["quotes"][0]["variants"][1] == {
        "text": "we watched it sink",
        "sources": ["tide", "coast"],
        "difference": "wording",
        "diff": [
            ["equal", "we"],
            ["delete", "saw"],
            ["insert", "watched"],
            ["equal", "it"],
            ["delete", "go down"],
            ["insert", "sink"],
        ],
        "speaker": "",
        "reported": False,
    }
    assert data["skipped"] == [{"name": "notes.pdf", "reason": "not a text file"}]


def test_every_json_field_refers_to_known_articles() -> None:
    data = report_to_dict(hand_report())
    ids = {a["id"] for a in data["articles"]}
    lists = [s["sources"] for s in data["summary"]] + [c["sources"] for c in data["claims"]]
    lists += [e["sources"] for e in data["entities"]]
    lists += [p["sources"] for c in data["conflicts"] for p in c["positions"]]
    lists += [v["sources"] for q in data["quotes"] for v in q["variants"]]
    assert all(set(sources) <= ids for sources in lists)


def key_paths(value: Any, prefix: str = "") -> set[str]:
    """Every field path in a JSON value, lists written as ``[]``: ``claims[].mentions[].text``."""
    if isinstance(value, dict):
        paths = set()
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            paths |= {path} | key_paths(item, path)
        return paths
    if isinstance(value, list):
        return set().union(*(key_paths(item, f"{prefix}[]") for item in value))
    return set()


def test_every_json_field_is_documented() -> None:
    doc = (ROOT / "docs" / "report-format.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([^`]+)` \|", doc, re.MULTILINE))
    produced = key_paths(report_to_dict(hand_report()))
    assert "claims[].mentions[].article" in produced  # the hand report exercises every list
    assert produced - documented == set()
    assert documented - produced == set()  # and the document describes nothing that is not there


# The shapes docs/report-format.md gives ``timeline[].date``: an ISO date, week or month, or a
# day of no known year (added within bylines.report/1, listed under "Later additions").
DOCUMENTED_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-\d{2}|--\d{2}-\d{2}")


def test_every_timeline_date_written_has_a_documented_shape() -> None:
    from bylines.report.timeline import build_timeline

    dated = Article("d-1", "The Varn ferry sank on Sunday. Its owner was fined last week. The "
                    "port was closed last month.", "Varn Courier",
                    published="2026-03-04T09:00:00")  # fmt: skip
    undated = Article("u-1", "Kestrel Motors on Tuesday (Jan 6) showed its lightest van at the "
                      "Varn motor fair.", "Motor Wire")  # fmt: skip
    report = dataclasses.replace(hand_report(), timeline=build_timeline([dated, undated]))
    dates = [e["date"] for e in json.loads(to_json(report))["timeline"]]
    assert all(DOCUMENTED_DATE.fullmatch(d) for d in dates), dates
    assert {"2026-03-01", "2026-W09", "2026-02", "--01-06"} <= set(dates)  # all four shapes
    doc = (ROOT / "docs" / "report-format.md").read_text(encoding="utf-8")
    (row,) = [line for line in doc.splitlines() if line.startswith("| `timeline[].date` |")]
    assert all(f"`{shape}`" in row for shape in ("2026-03-01", "2026-W09", "2026-02", "--01-06"))
    assert "`--01-06`" in doc.split("## Later additions")[1]  # an addition within report/1


# -- end to end on the example cluster ----------------------------------------------------------


@pytest.fixture(scope="module")
def example_report() -> Report:
    articles = [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem)
        for p in sorted(EXAMPLE.glob("*.txt"))
    ]
    models = Models(embedder=load_embedder("tfidf"), tagger=load_tagger("rules"))
    return build_report(articles, models=models)


@pytest.mark.slow
def test_example_cluster_renders_in_every_format(example_report: Report) -> None:
    count = len(example_report.articles)
    assert count == 5
    md = to_markdown(example_report)
    numbered = re.findall(r"^(\d+)\. \*\*", md.split("## Sources")[1], re.MULTILINE)
    assert numbered == [str(n) for n in range(1, count + 1)]
    assert "## People, organisations and places" in md and "Antony Blinken" in md
    cited = {int(n) for line in md.split("## Summary")[1].split("## Sources")[0].splitlines()
             for n in re.findall(r"\[(\d+)\]", line)}  # fmt: skip
    assert cited and cited <= set(range(1, count + 1))

    page = Page(to_html(example_report))
    for link in page.links():
        if link.startswith("#"):
            assert link[1:] in page.by_id, link
    assert sum(bool(re.fullmatch(r"s\d+-\d+", ident)) for ident in page.by_id) >= 50

    text = to_text(example_report)
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "Sources" in text and "Xi Jinping" in text

    data = json.loads(to_json(example_report))
    assert len(data["articles"]) == count and data["entities"]


def test_html_navigation_lists_the_sections_once() -> None:
    document = to_html(hand_report())
    nav = re.search(r'<nav aria-label="Sections"><ul>(.*?)</ul></nav>', document)
    assert nav is not None
    assert re.findall(r'href="#([^"]+)"', nav.group(1)) == [
        "summary", "sources", "differ", "updates", "quotes", "timeline", "all", "several",
        "only-1", "entities", "skipped", "texts", "removed",
    ]  # fmt: skip
    assert "Only in one outlet" in nav.group(1)


def test_updates_are_shown_apart_from_conflicts_in_every_format() -> None:
    report = hand_report()
    markdown = to_markdown(report)
    differ = markdown.index("## Where reports differ")
    changed = markdown.index("## Figures that changed")
    assert "boats missing" in markdown[changed:] and "boats missing" not in markdown[differ:changed]
    assert 'id="updates"' in to_html(report)
    assert "Figures that changed" in to_text(report)
    assert report_to_dict(report)["updates"][0]["subject"] == "boats missing"


def _quoted(*variants: QuoteVariant) -> Report:
    """A report with one quote; later variants carry their diff, as the quotes stage gives it."""
    first = variants[0].text
    diffed = (
        variants[0],
        *(dataclasses.replace(v, diff=shown_diff(first, v.text)) for v in variants[1:]),
    )
    return dataclasses.replace(hand_report(), quotes=(Quote("Mara Quell", diffed),))


def test_a_reworded_quote_is_shown_as_a_word_difference_from_the_first() -> None:
    report = _quoted(
        QuoteVariant("we will rebuild the harbour wall by spring", ("harbour",)),
        QuoteVariant("we will repair the harbour wall by <b>spring</b>", ("tide",), "wording"),
    )
    markdown = to_markdown(report)
    assert "~~rebuild~~ **repair**" in markdown
    page = to_html(report)
    assert "<del>rebuild</del> <ins>repair</ins>" in page
    assert "&lt;b&gt;spring&lt;/b&gt;" in page and "<b>spring" not in page


def test_the_marks_of_a_reworded_quote_are_explained_once_in_every_format() -> None:
    reworded = _quoted(
        QuoteVariant("the ferry will sail again on Friday", ("harbour",)),
        QuoteVariant("the ferry should sail again by Friday", ("tide",), "wording"),
    )
    quotes = to_markdown(reworded).split("## Quotes")[1].split("\n## ")[0]
    assert "_Other wordings are set against the first: ~~its words they drop~~, " in quotes
    assert quotes.count("Other wordings") == 1
    assert quotes.index("Other wordings") < quotes.index("~~will~~ **should**")
    text = to_text(reworded).split("Quotes")[1]
    assert "set against the first: [-its words they drop-], {+their own words+}." in text
    assert text.index("set against") < text.index("[-will-] {+should+}")
    assert "<del>its words they drop</del>, <ins>their own words</ins>.</p>" in to_html(reworded)
    # Quotes every outlet words alike have no marks, and so no legend.
    alike = _quoted(QuoteVariant("the ferry will sail again on Friday", ("harbour", "tide")))
    for rendered in (to_markdown(alike), to_text(alike), to_html(alike)):
        assert "the ferry will sail again on Friday" in rendered
        assert "Other wordings" not in rendered


def test_a_change_of_meaning_is_flagged_and_a_partial_quote_is_shown_as_written() -> None:
    report = _quoted(
        QuoteVariant("nine of the crew were rescued from the water", ("harbour",)),
        QuoteVariant("none of the crew were rescued from the water", ("tide",), "meaning"),
        QuoteVariant("rescued", ("coast",), "wording"),
    )
    markdown = to_markdown(report)
    assert "(meaning differs)" in markdown
    assert "- “rescued” —" in markdown
    assert "(meaning differs)" in to_text(report)


def test_quotes_of_one_speaker_are_under_one_heading_with_other_wordings_nested() -> None:
    quotes = (
        Quote("Mara Quell", (QuoteVariant("the wall will hold", ("harbour",)),)),
        Quote("Ivo Brand", (QuoteVariant("we were lucky tonight", ("tide",)),)),
        Quote(
            "Mara Quell",
            (
                QuoteVariant("we saw it go down", ("harbour",)),
                QuoteVariant("we watched it sink", ("coast",), "wording"),
            ),
        ),
    )
    report = dataclasses.replace(hand_report(), quotes=quotes)
    markdown = to_markdown(report)
    assert markdown.count("### Mara Quell") == 1
    assert markdown.index("### Mara Quell") < markdown.index("### Ivo Brand")
    assert "\n- “we saw it go down” — Harbour News [1]\n  - “we watched it sink”" in markdown
    page = to_html(report)
    assert page.count("<h3>Mara Quell</h3>") == 1 and '<ul class="variants">' in page
    quotes_section = to_text(report).split("Quotes")[1].split("Reported by")[0]
    assert quotes_section.count("Mara Quell") == 1


def test_a_single_report_says_there_is_nothing_to_compare() -> None:
    story = "The Orrin Dam was closed on Tuesday. Engineers found cracks in the spillway."
    single = build_report([Article(id="a", text=story, source="Velka Times")])
    for text in (to_markdown(single), to_text(single), to_html(single)):
        assert "only one report, so there is nothing to compare" in text
    pair = build_report(
        [
            Article(id="a", text=story, source="Velka Times"),
            Article(id="b", text="The dam closed on Tuesday after cracks were found.", source="B"),
        ]
    )
    assert "nothing to compare" not in to_markdown(pair)


def test_a_single_reports_statements_are_not_said_to_be_only_in_it() -> None:
    """ "Only in" a report means no other carries it; with no other report there is nothing to
    be "only" against, and every format says "Reported by" instead."""
    story = (
        "The Orrin Dam was closed on Tuesday. Engineers found cracks in the spillway. "
        "The reservoir will be lowered by four metres over the next week."
    )
    single = build_report([Article(id="a", text=story, source="Velka Times")])
    markdown, text, page = to_markdown(single), to_text(single), to_html(single)
    assert "## Reported by Velka Times (" in markdown
    assert "Reported by Velka Times (" in text
    assert '<h2 id="only-1-h">Reported by Velka Times (' in page
    assert '<a href="#only-1">Reported by Velka Times (' in page
    for rendered in (markdown, text, page):
        assert "Only in" not in rendered
    two = build_report(
        [
            Article(id="a", text=story, source="Velka Times"),
            Article(id="b", text="The dam closed on Tuesday after cracks were found.", source="B"),
        ]
    )
    assert "## Only in Velka Times (" in to_markdown(two)


def test_a_shared_claim_cited_to_one_report_is_neither_only_in_it_nor_reported_by_several() -> None:
    # others state its fact in part or with other values: it is not that report's exclusive
    # (fresh31 found one fact under two outlets' "Only in"), nor "several" over one citation
    from dataclasses import replace

    report = hand_report()
    partly = dataclasses.replace(claim("c9", "several", ("coast", 1)), text="Ferries resume soon.")
    md = to_markdown(replace(report, claims=(*report.claims, partly)))
    several = md.split("## Reported by several")[1].split("## ")[0]
    assert partly.text not in several
    only = md.split("## Only in Coast Radio")[1].split("## ")[0]
    assert partly.text not in only
    in_part = md.split(f"## {_view.IN_PART_HEADING}")[1].split("## ")[0]
    assert f"- {partly.text} — Coast Radio [4]" in in_part
    page = to_html(replace(report, claims=(*report.claims, partly)))
    assert f'<h2 id="in-part-h">{_view.IN_PART_HEADING} (1)' in page
    assert partly.text in to_text(replace(report, claims=(*report.claims, partly)))


def test_the_same_words_given_to_two_people_are_labelled_as_such() -> None:
    who = Conflict(
        "quote",
        "who said “The port will reopen on Friday”",
        (
            Position("Mara Quell", ("harbour",), "“The port will reopen on Friday,” Quell said."),
            Position("Harbour Authority", ("coast",), "“The port will reopen on Friday,” it said."),
        ),
    )
    wording = Conflict(
        "quote",
        "“The port will reopen on Friday”",
        (
            Position("will reopen", ("harbour",), "“The port will reopen on Friday.”"),
            Position("will not reopen", ("coast",), "“The port will not reopen on Friday.”"),
        ),
    )
    report = dataclasses.replace(hand_report(), conflicts=(who, wording))
    md = to_markdown(report)
    assert "— the same words given to different speakers" in md
    assert "“The port will reopen on Friday” — quoted words differ in meaning" in md
    assert "the same words given to different speakers" in to_text(report)
    assert "the same words given to different speakers" in to_html(report)


def test_a_disputed_floor_is_written_as_null_not_infinity() -> None:
    """ "At least 30" has no upper end: the JSON says null there (as documented), never the
    non-standard ``Infinity`` that strict parsers and the web service's encoder refuse."""
    articles = [
        Article(
            id="coast",
            text="At least 30 people were killed when a storm hit the coast of Varnia on "
            "Tuesday, officials said.",
            source="Coast News",
        ),
        Article(
            id="wire",
            text="A storm killed 12 people on the coast of Varnia on Tuesday, officials said.",
            source="Wire",
        ),
    ]
    models = Models(embedder=load_embedder("tfidf"), tagger=load_tagger("rules"))
    written = to_json(build_report(articles, models=models))

    def refuse(constant: str) -> None:
        raise ValueError(f"non-standard JSON constant {constant}")

    data = json.loads(written, parse_constant=refuse)
    positions = [p for s in data["summary"] for p in s["disputed"]]
    floor = next(p for p in positions if p["value"] == "At least 30")
    assert floor["low"] == 30.0 and floor["high"] is None


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ('"People were calm.', '"People were calm."'),
        ("“People were calm.", "“People were calm.”"),
        (
            'The crew handed out life jackets," she said.',
            '"The crew handed out life jackets," she said.',
        ),
        ('"We are safe," she said.', '"We are safe," she said.'),
        ("He is 5'10\" tall.", "He is 5'10\" tall."),  # a mark that is no quote is left alone
    ],
)
def test_a_sentence_of_a_longer_quotation_is_shown_with_its_missing_mark(
    sentence: str, shown: str
) -> None:
    assert _view.as_shown(sentence) == shown


def test_the_overview_counts_only_named_outlets() -> None:
    """Labels given to articles whose outlet nothing named ("Source 2") are no outlets: the
    overview says how many reports came from outlets nobody named, and the JSON marks them."""
    labelled = label_outlets(
        (
            Article("a1", "The ferry sank.", "Harbour News"),
            Article("a2", "The ferry sank at dawn.", "a2"),
            Article("a3", "A ferry sank.", "a3"),
        )
    )
    report = dataclasses.replace(hand_report(), articles=labelled)
    assert "A briefing from 3 reports by 1 outlet, and 2 whose outlets are unknown." in (
        to_markdown(report)
    )
    assert [a["outlet_known"] for a in json.loads(to_json(report))["articles"]] == [
        True,
        False,
        False,
    ]
    unnamed = dataclasses.replace(report, articles=labelled[1:])
    assert "A briefing from 2 reports whose outlets are unknown." in to_markdown(unnamed)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2024-03-04", "4 Mar 2024"),
        ("2024-W10", "week of 4 Mar 2024"),
        ("2024-03", "Mar 2024"),
        ("--01-06", "6 Jan, year unknown"),
        ("--02-31", "--02-31"),  # no such day: as it came
    ],
)
def test_a_timeline_date_is_shown_as_a_reader_writes_it(value: str, shown: str) -> None:
    assert _view.day_shown(value) == shown


def test_indirect_speech_is_shown_without_quotation_marks_in_every_format() -> None:
    report = _quoted(
        QuoteVariant("the harbour wall was well built", ("harbour",)),
        QuoteVariant("the harbour wall was poorly built", ("tide",), "meaning", reported=True),
    )
    markdown = to_markdown(report)
    assert "- “the harbour wall was well built” —" in markdown
    assert "“the harbour wall was poorly built”" not in markdown
    assert "(reported speech)" in markdown
    assert "(reported speech)" in to_text(report)
    page = to_html(report)
    assert "(reported speech)" in page and "“<del>" not in page
    variants = json.loads(to_json(report))["quotes"][0]["variants"]
    assert [v["reported"] for v in variants] == [False, True]


def test_a_source_whose_outlet_nothing_names_says_so_and_gives_its_id() -> None:
    """ "Source 2" (or a headline's first words) read as an outlet's name and left no way to
    tell which file it was; an outlet the page or the user named gets no note."""
    labelled = label_outlets(
        (
            Article("harbour-1", "The ferry sank.", "Harbour News"),
            Article("001_9b23", "The ferry sank at dawn.", "001_9b23"),
            Article("002_4b9d", "A ferry sank.", "002_4b9d", title="Ferry sinks off the cape"),
        )
    )
    report = dataclasses.replace(hand_report(), articles=labelled)
    md = to_markdown(report).split("## Sources\n\n")[1].split("\n\n")[0].splitlines()
    assert md[0] == "1. **Harbour News**"
    assert md[1] == "2. **Source 2** (outlet unknown, id 001_9b23)"
    assert md[2].startswith("3. **") and md[2].endswith(
        "(outlet unknown, id 002_4b9d) — Ferry sinks off the cape"
    )
    text = to_text(report)
    assert "(outlet unknown, id 001_9b23)" in text
    assert text.count("outlet unknown") == 2
    page = to_html(report)
    assert '<strong>Source 2</strong> <span class="note">(outlet unknown, id 001_9b23)</span>' in (
        page
    )
    assert '<strong>Harbour News</strong> — <a href="#text-1">' in page
    assert page.count("outlet unknown") == 2
