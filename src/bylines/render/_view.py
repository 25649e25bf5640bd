"""What every renderer shows, decided once: numbering, titles, sections, caps.

The renderers (Markdown, rich text, HTML) differ only in how they draw; which claims go in which
section, how sources are numbered and what a section is called is decided here, so the three
formats always say the same thing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from bylines.report.variants import is_who_said
from bylines.types import (
    Article,
    Claim,
    Conflict,
    Entity,
    Quote,
    QuoteVariant,
    Report,
    Sentence,
    TimelineEntry,
)

# Claims listed per section before the rest is summarised as "and N more". Chosen so that the
# Markdown of a ten-article cluster stays about two screens long; the JSON always has them all.
SHARED_CAP = 12
SINGLE_CAP = 5
ENTITY_TYPES = (("PERSON", "People"), ("ORG", "Organisations"), ("PLACE", "Places"))
ENTITIES_HEADING = "People, organisations and places"
TIMELINE_HEADING = "Timeline"
# Timeline entries a briefing shows (the JSON has every entry): those the most articles report,
# in date order. As SHARED_CAP: a cluster's briefing stays about two screens long, while a
# pile's timeline runs to hundreds of entries.
TIMELINE_CAP = 12
SINGLE_REPORT_NOTE = (
    "There is only one report, so there is nothing to compare: every statement below rests on "
    "that report alone, and no agreement or disagreement between outlets can be shown"
)


# Said over the updates: an update is found from a report's own words ("lowered to 180") as
# well as from publication times, so it does not claim that the later report is newer.
UPDATES_NOTE = (
    "The figure changed as the story went on (a report says so, or a later one gives another): "
    "news, not a disagreement."
)


@dataclass(frozen=True, slots=True)
class Source:
    """An article with the number it is cited by ([1], [2]...) and a label for its outlet."""

    number: int
    article: Article
    label: str


@dataclass(frozen=True, slots=True)
class Section:
    """A list of claims under a heading, of which the first ``cap`` are shown in full."""

    key: str
    heading: str
    claims: tuple[Claim, ...]
    cap: int

    @property
    def shown(self) -> tuple[Claim, ...]:
        return self.claims[: self.cap]

    @property
    def more(self) -> int:
        return max(len(self.claims) - self.cap, 0)


@dataclass(frozen=True, slots=True)
class View:
    """A report with the look-ups every renderer needs, built once per rendering (``View.of``),
    so rendering stays linear in the size of the report."""

    report: Report
    sources: tuple[Source, ...]
    by_id: Mapping[str, Source]
    claims: Mapping[str, Claim]
    mentions: Mapping[str, tuple[Sentence, ...]]

    @classmethod
    def of(cls, report: Report) -> View:
        numbered = _numbered(report)
        mentions: dict[str, dict[int, Sentence]] = defaultdict(dict)
        stated = [*(m for c in report.claims for m in (*c.mentions, *c.support))]
        stated += [m for s in report.summary for m in s.support]
        for m in stated:
            mentions[m.article].setdefault(m.index, m)
        return cls(
            report,
            numbered,
            {s.article.id: s for s in numbered},
            {c.id: c for c in report.claims},
            {a: tuple(sorted(found.values(), key=_start)) for a, found in mentions.items()},
        )

    def cited(self, ids: Sequence[str]) -> list[Source]:
        """The sources of these article ids, in citation-number order, unknown ids left out."""
        found = {self.by_id[i].number: self.by_id[i] for i in ids if i in self.by_id}
        return [found[n] for n in sorted(found)]

    def claim(self, claim_id: str) -> Claim | None:
        return self.claims.get(claim_id)

    def mentions_of(self, article_id: str) -> tuple[Sentence, ...]:
        """Every sentence of an article that a claim or a summary sentence cites it for, in
        text order, each once."""
        return self.mentions.get(article_id, ())


def _numbered(report: Report) -> tuple[Source, ...]:
    """Articles in report order, numbered from 1; outlets named twice get their id added."""
    counts = Counter(a.source for a in report.articles)
    return tuple(
        Source(i + 1, a, a.source if counts[a.source] == 1 else f"{a.source} ({a.id})")
        for i, a in enumerate(report.articles)
    )


def title(view: View) -> str:
    """The briefing's title when its maker gave one (a story's), else a neutral title: the
    headline most outlets' words support (``report.headline``)."""
    from bylines.report.headline import report_title

    return report_title(view.report)


def overview(view: View) -> str:
    """One line: how many reports from how many outlets, and near-duplicates; with a single
    report, a plain word that nothing could be compared."""
    report = view.report
    articles = len(report.articles)
    outlets = len({a.source for a in report.articles if a.outlet_known})
    unknown = sum(not a.outlet_known for a in report.articles)
    line = f"A briefing from {articles} report{_s(articles)}"
    if not outlets:
        line += " whose outlets are unknown" if articles > 1 else " whose outlet is unknown"
    else:
        line += f" by {outlets} outlet{_s(outlets)}"
        if unknown:
            line += f", and {unknown} whose outlet{_s(unknown)} {_are(unknown)} unknown"
    duplicates = sum(a.duplicate_of is not None for a in report.articles)
    if duplicates:
        line += f" ({duplicates} near-duplicate{_s(duplicates)} counted once)"
    if single_report(report):
        line += f". {SINGLE_REPORT_NOTE}"
    return line + "."


def unnamed_note(source: Source) -> str | None:
    """ "outlet unknown, id 001_9b23" beside a source whose label is no outlet ("Source 2", a
    headline's first words): the label alone read as an outlet's name, and gave no way to tell
    which file or line it was (the id is what ``--source ID=NAME`` takes)."""
    article = source.article
    if article.outlet_known:
        return None
    if article.id in source.label:
        return "outlet unknown"
    return f"outlet unknown, id {one_line(article.id)}"


def _are(count: int) -> str:
    return "is" if count == 1 else "are"


def single_report(report: Report) -> bool:
    """Is there one independent report only (near-duplicates of it aside)?"""
    return sum(a.duplicate_of is None for a in report.articles) == 1


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def duplicates(view: View) -> list[tuple[Source, Source]]:
    """(copy, original) for every article that repeats another (the same wire copy)."""
    pairs = []
    for source in view.sources:
        original = view.by_id.get(source.article.duplicate_of or "")
        if original is not None:
            pairs.append((source, original))
    return pairs


def duplicate_note(copy: Source, original: Source) -> str:
    """ "[3] Wire repeats [2] Tide (same wire copy)": the plain words, for text and HTML."""
    return (
        f"[{copy.number}] {copy.label} repeats [{original.number}] {original.label} "
        "(same wire copy)"
    )


def language_note(view: View) -> str | None:
    """Which sources are not in English, in plain words; None when all are (or unknown)."""
    others = [s for s in view.sources if s.article.language not in (None, "en")]
    if not others:
        return None
    listed = ", ".join(f"[{s.number}] {s.label} ({s.article.language})" for s in others)
    return (
        f"Not in English: {listed}. Alignment, names, quotes and figures are built for English; "
        "these sources are shown, but what they report may be missed or split"
    )


def shared_sections(view: View) -> list[Section]:
    """ "Reported by all" and "Reported by several", each showing SHARED_CAP claims."""
    sections = []
    for key, heading in (("all", "Reported by all"), ("several", "Reported by several")):
        claims = tuple(c for c in view.report.claims if c.coverage == key and _cited_apart(c))
        if claims:
            sections.append(Section(key, heading, claims, SHARED_CAP))
    return sections


def single_sections(view: View) -> list[Section]:
    """ "Only in <outlet>", one per article with claims no other report carries; before them,
    the claims others carry only in part or with other values (``in_part_section``). With a
    single report there is no other to be "only" against: its section is "Reported by
    <outlet>"."""
    single: dict[str, list[Claim]] = defaultdict(list)
    for claim in view.report.claims:
        if claim.sources and claim.coverage == "one":
            single[claim.sources[0]].append(claim)
    heading = "Reported by {}" if single_report(view.report) else "Only in {}"
    in_part = in_part_section(view)
    return [
        *([in_part] if in_part else []),
        *(
            Section(
                f"only-{s.number}", heading.format(s.label), tuple(single[s.article.id]), SINGLE_CAP
            )
            for s in view.sources
            if single.get(s.article.id)
        ),
    ]


# Claims other reports state only in part or with another value: cited to one report, they are
# not "only in" it (others do report the fact; fresh31 found one fact under two outlets' "Only
# in"), nor "reported by several" over a single citation.
IN_PART_HEADING = "In full in one report (others give part of it, or other values)"
# Sections whose claims name their outlets beside the citation, as a reader cannot tell them
# from the heading.
NAMES_OUTLETS = frozenset({"several", "in-part"})


def in_part_section(view: View) -> Section | None:
    """The claims the JSON counts as carried by several reports but cites to one."""
    claims = tuple(
        claim
        for claim in view.report.claims
        if claim.sources and claim.coverage != "one" and not _cited_apart(claim)
    )
    return Section("in-part", IN_PART_HEADING, claims, SINGLE_CAP) if claims else None


def _cited_apart(claim: Claim) -> bool:
    """Is the claim, as worded, cited to two reports or more? A claim others state only in part
    (its figure given by one report, its fact by others with another value) is "several" in the
    JSON, but its words are shown under the one report that gives them: a reader never sees
    "Reported by several" over a single citation."""
    return len(set(claim.sources)) >= 2


def entity_groups(view: View) -> list[tuple[str, tuple[Entity, ...]]]:
    """Entities by type (people, organisations, places), each group in report order."""
    report = view.report
    groups = []
    for kind, heading in ENTITY_TYPES:
        found = tuple(e for e in report.entities if e.type == kind)
        if found:
            groups.append((heading, found))
    others = tuple(e for e in report.entities if e.type not in dict(ENTITY_TYPES))
    if others:
        groups.append(("Other names", others))
    return groups


def mention_in(
    claim: Claim | None, article_id: str, support: Sequence[Sentence] = ()
) -> Sentence | None:
    """The sentence by which this article makes the claim: one of its mentions, else the
    sentence the article was checked to state it in (``support``, the claim's own)."""
    stated = (*support, *claim.mentions, *claim.support) if claim else tuple(support)
    return next((m for m in stated if m.article == article_id), None)


# Month names written out here rather than by strftime("%b"), which follows the process locale.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# A clock time with no date, as the ingest writes it when a page gives only that
# ("16:45:00+00:00", "11:04:00"; docs/report-format.md, articles[].published). Matched whole:
# time.fromisoformat alone would also read "2026" as 20:26.
_CLOCK_ALONE_RE = re.compile(r"\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?")


def when(published: str) -> str:
    """A publication time as a reader writes it, the same in every format: "28 Nov 2026",
    "28 Nov 2026, 23:05 UTC", "14 Mar 2027, 11:05 UTC+01:00", or "29 Nov 2026, 07:15" when the
    page gave no time zone (the time is the page's own); a clock time with no date "16:45 UTC,
    day unknown" (shown raw, "16:45:00+00:00" read as a code). A value that is no ISO date is
    shown as it came: the JSON keeps every value as given."""
    given = published.strip()
    if _CLOCK_ALONE_RE.fullmatch(given):
        return _clock_alone(given) or one_line(published)
    try:
        moment = datetime.fromisoformat(given)
    except ValueError:
        return one_line(published)
    day = f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
    if len(given) <= len("2026-11-28"):
        return day
    return f"{day}, {moment:%H:%M}{_zone(moment)}"


def day_shown(value: str) -> str:
    """A timeline date as a reader writes it, the same in every format: "6 May 2010", "week of
    3 May 2010" (an ISO week, from its Monday), "May 2010", "6 Jan, year unknown" ("--01-06");
    any other value as it came (the JSON keeps the ISO value)."""
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            return "week of " + when(
                datetime.strptime(value + "-1", "%G-W%V-%u").date().isoformat()
            )
        if re.fullmatch(r"\d{4}-\d{2}", value):
            moment = datetime.strptime(value, "%Y-%m")
            return f"{_MONTHS[moment.month - 1]} {moment.year}"
        if re.fullmatch(r"--\d{2}-\d{2}", value):
            moment = datetime.strptime("2000" + value[1:], "%Y-%m-%d")
            return f"{moment.day} {_MONTHS[moment.month - 1]}, year unknown"
    except ValueError:
        return one_line(value)
    return when(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else one_line(value)


def _clock_alone(given: str) -> str | None:
    try:
        clock = time.fromisoformat(given)
    except ValueError:  # "25:70"
        return None
    return f"{clock:%H:%M}{_zone(clock)}, day unknown"


def _zone(moment: datetime | time) -> str:
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    if not minutes:
        return " UTC"
    sign = "+" if minutes > 0 else "-"
    return f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _start(sentence: Sentence) -> int:
    return sentence.start


def one_line(text: str) -> str:
    return " ".join(text.split())


_DOUBLE_MARKS = re.compile(r"[\"“”]")
_CLOSES_AFTER = re.compile(r"[,.!?]$")


def as_shown(sentence_text: str) -> str:
    """A sentence of a quotation that runs over several sentences, shown with the mark it lacks
    ('"People were calm.' shown as '"People were calm."', 'The crew handed out life jackets,"
    she said.' with its opening mark): shown alone, a sentence never opens a quote it does not
    close. Only where the one unmatched mark opens the sentence or follows its quoted words."""
    text = sentence_text.strip()
    marks = list(_DOUBLE_MARKS.finditer(text))
    if len(marks) % 2 == 0:
        return text
    curly = marks[0].group() in "“”"
    if marks[0].start() == 0:
        return text + ("”" if curly else '"')
    if len(marks) == 1 and _CLOSES_AFTER.search(text, 0, marks[0].start()):
        return ("“" if curly else '"') + text
    return text


# How a reworded quote is marked, said once above the quotes (each format fills in its own marks
# for "dropped" and "added"): without it "[-faster-] {+quicker+}" or struck-out words are a code
# the reader has to guess.
# After a variant an outlet gives in indirect speech, shown without quotation marks.
REPORTED_NOTE = "(reported speech)"


def quote_marks(variant: QuoteVariant) -> tuple[str, str]:
    """The marks around a variant's words: none for indirect speech, which is no quotation."""
    return ("", "") if variant.reported else ("“", "”")


VARIANT_LEGEND = "Other wordings are set against the first: {dropped}, {added}"
VARIANT_DROPPED = "its words they drop"
VARIANT_ADDED = "their own words"


def has_reworded_quote(report: Report) -> bool:
    """Does any quote carry a wording marked against the first (so a legend is needed)?"""
    return any(v.diff for quote in report.quotes for v in quote.variants)


def quotes_by_speaker(report: Report) -> list[tuple[str, list[Quote]]]:
    """The quotes under one heading per speaker, speakers in order of their first quote."""
    by_speaker: dict[str, list[Quote]] = {}
    for quote in report.quotes:
        by_speaker.setdefault(quote.speaker or "Unattributed", []).append(quote)
    return list(by_speaker.items())


# What each kind of conflict is, as a heading says it. A name slip may sit inside one report and
# is the least serious kind: it says so.
CONFLICT_LABELS = {
    "number": "figures differ",
    "date": "dates differ",
    "quote": "quoted words differ in meaning",
    "name": "name used inconsistently (low severity)",
}
UPDATE_LABEL = "figure changed between reports"
# The same words given to two people is a quote conflict of who said them, not of what.
SPEAKER_LABEL = "the same words given to different speakers"


def conflict_label(conflict: Conflict) -> str:
    """What a conflict is, as its heading says it."""
    if is_who_said(conflict):
        return SPEAKER_LABEL
    return CONFLICT_LABELS[conflict.kind]


def timeline(report: Report) -> tuple[list[TimelineEntry], int]:
    """The TIMELINE_CAP entries the most articles report, oldest first, and how many are left
    out."""
    ranked = sorted(range(len(report.timeline)), key=lambda k: -len(report.timeline[k].articles))
    shown = sorted(ranked[:TIMELINE_CAP])
    return [report.timeline[k] for k in shown], len(report.timeline) - len(shown)


# What a timeline entry of a day still to come when reported says beside its day, in every
# format: a plan, a deadline or the end of a state ("suspended until Tuesday"), not a thing that
# happened; "when reported" because the report is read later, when the day may have passed.
AHEAD_LABEL = "(to come when reported)"


def ahead_note(entry: TimelineEntry) -> str:
    """The AHEAD_LABEL of an entry still to come when reported, else "": the one place every
    format (text, markdown, HTML, stories) asks."""
    return AHEAD_LABEL if entry.ahead else ""


def entry_day(entry: TimelineEntry) -> str:
    """A timeline entry's day as the text formats show it: "10 Mar 2026", and its
    ``ahead_note`` when it was still to come."""
    return f"{day_shown(entry.date)} {ahead_note(entry)}".rstrip()


def timeline_more(left_out: int) -> str:
    return f"{left_out} more timeline entr{'y' if left_out == 1 else 'ies'} in the JSON report."
