"""The immutable document model every stage reads and returns.

Stages never mutate what they receive: they return new values (``dataclasses.replace``).
Article ids are the join key everywhere: a claim, a summary sentence or an entity names the
articles that carry it by id, and the report's article list maps ids to outlets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA = "bylines.report/1"

Coverage = Literal["all", "several", "one"]
ConflictKind = Literal["number", "date", "quote", "name"]
# How a quote's wording differs from its first variant ("" where not computed).
Difference = Literal["same", "wording", "meaning", ""]
# A piece of a word diff: ("equal" | "delete" | "insert", the words as written).
DiffPiece = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Article:
    """One report of the event, as read (``text`` raw) or after cleaning (``text`` clean).

    ``removed`` lists what the clean stage took out, so a reader can audit it.
    ``duplicate_of`` names the article this one repeats (same wire copy under two names).
    ``language`` is the ISO 639-1 code the clean stage detected ("en", "zh"...), None if unknown.
    ``outlet_known`` is False when nothing named the outlet and ``source`` is only a label that
    tells the article apart ("Source 3", its file name or the start of its title).
    """

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    removed: tuple[str, ...] = ()
    duplicate_of: str | None = None
    language: str | None = None
    outlet_known: bool = True


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, with a one-line reason for the user."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a cleaned article; ``start``/``end`` are character offsets in its text."""

    article: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement that one or more articles make, with every sentence that makes it."""

    id: str
    text: str
    sources: tuple[str, ...]
    coverage: Coverage
    mentions: tuple[Sentence, ...]
    # For each source none of whose sentences is a mention: the sentence it was checked to
    # state the fact in (inside a longer sentence, or in other words), so every citation has
    # a sentence a reader can check.
    support: tuple[Sentence, ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of the summary, citing every article that states its fact with its values.

    ``disputed`` is empty unless one of its figures is a side of one of the report's figure
    conflicts: then they are that conflict's positions, the sentence's own value first.
    """

    text: str
    sources: tuple[str, ...]
    claim: str
    disputed: tuple[Position, ...] = ()
    # The sentence each cited article was checked to state the fact in, in article order
    # (the shown sentence for its own article).
    support: tuple[Sentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place (``type`` is PERSON, ORG or PLACE)."""

    name: str
    type: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Position:
    """One side of a disagreement: a value as written, its interval and who carries it."""

    value: str
    sources: tuple[str, ...]
    evidence: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    subject: str
    positions: tuple[Position, ...]


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    text: str
    sources: tuple[str, ...]
    # Against the quote's first (most carried) variant.
    difference: Difference = ""
    # The sentence(s) the variant comes from, for a reader to check.
    evidence: str = ""
    # This wording as a word diff from the first one; empty when it reads best as written
    # (the first itself, or a partial quote the marks would bury).
    diff: tuple[DiffPiece, ...] = ()
    # Who this variant's articles say spoke, set only when outlets credit the words to
    # different people ("" otherwise: the quote's speaker is everyone's).
    speaker: str = ""
    # Whether these articles give the words in indirect speech ("Ada Roos said the road was
    # shut"), not in quotation marks: shown without marks, so a reader does not take a
    # reporter's paraphrase for the speaker's words.
    reported: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str
    variants: tuple[QuoteVariant, ...]


@dataclass(frozen=True, slots=True)
class StageTiming:
    stage: str
    seconds: float


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """Something that happened on one day, as stated by ``sources`` (outlets): an entry of a
    report's or a story's timeline."""

    date: str  # ISO date, resolved against each article's publication time
    text: str  # the sentence that says it (from the first article that does)
    expression: str  # the words that gave the date ("on Sunday", "yesterday")
    sources: tuple[str, ...]
    articles: tuple[str, ...]
    # The day was still to come when every article that gives it was published: a thing set for
    # it or a state lasting until it ("suspended until Tuesday", written on a Friday), not a
    # thing that happened (the date alone cannot tell: a reader reads the report later).
    ahead: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """The briefing: everything a renderer needs, nothing it has to compute."""

    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...]
    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quotes: tuple[Quote, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    # Figures that changed between an earlier and a later report (a rising toll): news, not a
    # disagreement. Same shape as a number conflict; positions ordered by value.
    updates: tuple[Conflict, ...] = ()
    # What happened when, oldest first: the dates the articles give, relative ones resolved
    # against the publication time of the article that says them.
    timeline: tuple[TimelineEntry, ...] = ()
    # Wall time per stage; kept out of the JSON so reports stay reproducible.
    timings: tuple[StageTiming, ...] = field(default=(), compare=False)
    # The title its maker gave the briefing: a story's own (``stories.title``), so that a story
    # has one title in its listing, its page and its briefing. None: the renderers choose the
    # neutral headline (``report.headline``).
    title: str | None = None

    def outlet(self, article_id: str) -> str:
        """The outlet name of an article id (the id itself when unknown)."""
        for article in self.articles:
            if article.id == article_id:
                return article.source
        return article_id
