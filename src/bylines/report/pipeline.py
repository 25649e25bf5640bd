"""From articles to a report: the table of contents of bylines.

1. clean      remove page furniture, keep a list of what was removed   (clean.py)
              and cut over-long articles to the bounds of what is analysed (bounds.py)
2. dedup      mark near-duplicate articles (same wire copy twice)      (dedup.py)
3. sentences  split each article into sentences                        (sentences.py)
4. align      group sentences that state the same fact into claims     (align.py)
5. figures    every quantity compared across outlets: conflicts, updates (figures.py)
6. quotes     direct quotations, grouped across outlets                (quotes.py, speakers.py)
7. conflicts  figures, quotes and names on which the outlets differ    (conflicts.py)
8. facts      link the fact units (clauses) other articles share       (align.py)
              (started with figures, in a thread: see ``_linking``)
9. verify     cite an article only where it states the fact with the
              same values and stands on no other side of a conflict or
              step of an update over one of them; split claims whose
              mentions disagree                                        (verify.py)
10. summarise choose central, non-redundant claims under a word budget (summarise.py)
11. cite      each summary sentence's citations checked again and its
              figure's conflict shown beside it                        (verify.py)
12. entities  people, organisations and places, with their outlets     (entities.py)
13. timeline  what happened when, relative dates resolved against
              each article's publication time                          (timeline.py)

The numbers are those of ``STAGES`` (the names ``on_stage`` receives), of each stage module's
docstring and of README's stage list.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from bylines.errors import BylinesError
from bylines.ingest.clean import clean_article
from bylines.ingest.dedup import mark_duplicates
from bylines.ingest.outlet import label_outlets
from bylines.ingest.published import with_dateline_years
from bylines.ingest.sentences import split_sentences
from bylines.models import Models, ahead, load_models, one_blas_thread, started
from bylines.options import ReportOptions
from bylines.report.align import FactLinks, align_claims, link_facts
from bylines.report.bounds import bound_articles, clean_within_bounds, limit_count
from bylines.report.conflicts import find_conflicts
from bylines.report.entities import find_entities
from bylines.report.figures import compare_figures
from bylines.report.names import NameIndex, build_index
from bylines.report.quotes import find_quotes
from bylines.report.summarise import summarise
from bylines.report.timeline import timeline_of
from bylines.report.values import Reading
from bylines.report.verify import verify_claims, verify_summary
from bylines.types import Article, Quote, Report, Sentence, Skipped, StageTiming

T = TypeVar("T")

# The stages in the order they run (the names ``on_stage`` receives).
STAGES = (
    "clean",
    "dedup",
    "sentences",
    "align",
    "figures",
    "quotes",
    "conflicts",
    "facts",
    "verify",
    "summarise",
    "cite",
    "entities",
    "timeline",
)


def build_report(
    articles: Sequence[Article],
    options: ReportOptions | None = None,
    models: Models | None = None,
    skipped: Sequence[Skipped] = (),
    on_stage: Callable[[str], None] | None = None,
) -> Report:
    """Analyse articles about one event into a cited briefing.

    ``on_stage`` is called with each stage's name (one of ``STAGES``) as it starts, so a caller
    can show progress; the library itself never prints.
    """
    options = options or ReportOptions()
    models = models or load_models(options)
    # (``one_blas_thread``: the few small products of a report on one BLAS thread, whose
    # helper thread would spin on a core the model's and the tagger's threads need)
    with one_blas_thread():
        return _build(articles, options, models, skipped, on_stage)


def _build(
    articles: Sequence[Article],
    options: ReportOptions,
    models: Models,
    skipped: Sequence[Skipped],
    on_stage: Callable[[str], None] | None,
) -> Report:
    """``build_report``'s stages, in order."""
    timings: list[StageTiming] = []
    stage = _timer(timings, on_stage)

    cleaned, dropped = stage("clean", lambda: _readable_articles(articles))
    cleaned = stage("dedup", lambda: mark_duplicates(cleaned))
    sentences = stage("sentences", lambda: split_sentences(cleaned))
    tagged = ahead(lambda: find_entities(sentences, models.tagger), models.tagger)
    aligned = stage("align", lambda: align_claims(sentences, cleaned, models.embedder))
    # the texts' figures, slots and speakers, read once for the report: linking facts and
    # checking citations read many of the same texts (pure readings, so none is read otherwise)
    read = Reading()
    linking = _linking(lambda: link_facts(sentences, cleaned, models.embedder, read), models)
    # the claims as aligned, before verify splits them by value: two sentences of one fact
    # that give two values are what the figures stage compares
    figures = stage("figures", lambda: compare_figures(aligned, cleaned))
    quotes, names = stage("quotes", lambda: _quotes_and_names(sentences, cleaned))
    # the conflicts are read by verify: an outlet on another side of one is not cited for a
    # sentence giving this side's value (figure, day, quoted words or their speaker), nor one
    # on another step of a figure update
    conflicts = stage(
        "conflicts", lambda: find_conflicts(figures, quotes, sentences, cleaned, names)
    )
    links = stage("facts", linking)
    claims = stage(
        "verify",
        lambda: verify_claims(
            aligned, links, sentences, cleaned, read, conflicts=conflicts, updates=figures.updates
        ),
    )
    chosen = stage("summarise", lambda: summarise(claims, cleaned, options.words))
    summary = stage(
        "cite",
        lambda: verify_summary(
            chosen,
            claims,
            links,
            sentences,
            cleaned,
            conflicts=conflicts,
            updates=figures.updates,
            read=read,
        ),
    )
    entities = stage("entities", tagged)
    timeline = stage("timeline", lambda: timeline_of(sentences, cleaned))
    return Report(
        articles=cleaned,
        summary=summary,
        claims=claims,
        entities=entities,
        quotes=quotes,
        conflicts=conflicts,
        updates=figures.updates,
        timeline=timeline,
        skipped=(*skipped, *dropped),
        timings=tuple(timings),
    )


def _linking(work: Callable[[], FactLinks], models: Models) -> Callable[[], FactLinks]:
    """Fact linking (``work``) started in a thread beside the figures, quotes and conflicts
    stages, which do not read its links, when the embedder runs a model: the ~20 texts it
    embeds a 10-article cluster are a model run that releases the GIL, while those stages'
    Python had left the second core idle. With TF-IDF it is Python beside Python: it runs at
    its stage. The links are the same: nothing those stages read is written by it (the
    report's ``Reading`` is read by fact linking and verify only, verify after the links).

    On an idle machine fact linking took 0.16 s of a warm 10-article report's 0.84 (0.31 CPU
    s: half its Python, half the model) and the three stages 0.08 s on one core. Measured on a
    machine loaded 6-12 by other work, in one process, report by report, at its stage and in a
    thread alternating (each with its own embedder, so every text is new to it; the memos
    cleared before each report): 58 pairs (49 DUC clusters, 9 tuning events), the same reports
    byte for byte; wall -0.035 and -0.049 s (medians of the pairs' differences, two runs),
    CPU -0.008 and +0.004 s. Old and new code alternating in new processes could not tell
    the two apart on that machine (medians 4.25 -> 4.10 s, the pairs' +0.06 s).
    """
    if models.embedder.name == "tfidf":
        return work
    return started(work, "bylines-facts")


def _readable_articles(
    articles: Sequence[Article],
) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """The articles as analysed: cleaned and cut to the bounds, each labelled with its outlet;
    and those dropped (nothing left once cleaned, or past the count analysed)."""
    cleaned, uncleaned = clean_within_bounds(articles, clean_article)
    cleaned, empty = _keep_articles_with_text(cleaned)
    cleaned, too_many = limit_count((*cleaned, *uncleaned))
    cleaned = bound_articles(cleaned)
    cleaned = label_outlets(cleaned)  # after dropping empty ones: "Source 3" is cited [3]
    return with_dateline_years(cleaned), (*empty, *too_many)


def _quotes_and_names(
    sentences: Sequence[Sentence], articles: Sequence[Article]
) -> tuple[tuple[Quote, ...], NameIndex]:
    """The quotes, and the names the articles use: read once for the quotes' speakers and
    again by the conflicts stage for names spelled two ways."""
    names = build_index(articles)
    return find_quotes(sentences, articles, names), names


def _keep_articles_with_text(
    articles: tuple[Article, ...],
) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """An article that was all page furniture is listed as skipped, not analysed."""
    kept = tuple(a for a in articles if a.text.strip())
    if not kept:
        names = ", ".join(a.id for a in articles[:5]) + (", ..." if len(articles) > 5 else "")
        raise BylinesError(
            f"no article has any story text left after removing page furniture: {names}"
        )
    empty = tuple(
        Skipped(a.id, "nothing left after removing page furniture")
        for a in articles
        if not a.text.strip()
    )
    return kept, empty


def _timer(
    timings: list[StageTiming], on_stage: Callable[[str], None] | None
) -> Callable[[str, Callable[[], T]], T]:
    def run(name: str, work: Callable[[], T]) -> T:
        if on_stage is not None:
            on_stage(name)
        started = time.perf_counter()
        result = work()
        timings.append(StageTiming(name, time.perf_counter() - started))
        return result

    return run
