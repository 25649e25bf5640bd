"""Stories: what the desk keeps between calls and runs (signatures, open stories, dates).

Every article here is invented: made-up towns, people and outlets.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bylines.stories import assign
from bylines.stories import store as db
from bylines.stories.assign import Desk
from bylines.stories.pipeline import add_articles, list_stories, story_report
from bylines.stories.represent import represent
from bylines.stories.store import StoryStore, story_articles
from bylines.types import Article

FLOOD = (
    "The river Orlen burst its banks in Pellmar on Tuesday, flooding two hundred homes in the "
    "old quarter, and mayor Anka Drossel said the army would bring sandbags to the Fessel bridge "
    "before the next rain arrives on Thursday evening."
)


def flood(article_id: str, source: str, published: str | None = None) -> Article:
    return Article(article_id, FLOOD, source, "Orlen floods Pellmar", published=published)


def story_of(store: StoryStore) -> dict[str, str]:
    return {a.id: s for s, arts in story_articles(store).items() for a in arts}


def test_a_wire_copy_in_a_later_run_is_found_by_its_stored_signature(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        add_articles(store, [flood("f-1", "Pellmar Courier")])
    with StoryStore(path) as store:  # another process: nothing kept in memory
        add_articles(store, [flood("f-2", "Valley Wire")])
        (story,) = list_stories(store)
    assert [(a.id, a.duplicate_of) for a in story.articles] == [("f-1", None), ("f-2", "f-1")]


def test_the_desk_kept_in_memory_is_the_desk_read_back(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        add_articles(store, [flood("f-1", "Pellmar Courier")])
        kept, version = db.load_desk(store)
    with StoryStore(path) as other:
        read, read_version = db.load_desk(other)
    assert version == read_version == 1
    assert read.stories.keys() == kept.stories.keys() and read.documents == kept.documents == 1
    assert read.word_df == kept.word_df and read.anchor_df == kept.anchor_df


def test_a_desk_saved_by_another_writer_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as first, StoryStore(path) as second:
        add_articles(first, [flood("f-1", "Pellmar Courier")])
        add_articles(second, [flood("f-2", "Valley Wire")])  # first's kept desk is now old
        add_articles(first, [flood("f-3", "Orlen Gazette")])
        assert len(set(story_of(first).values())) == 1
        desk, version = db.load_desk(first)
    assert version == 3 and desk.documents == 3


def test_a_desk_saved_as_one_value_by_an_earlier_version_is_read(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    recent = datetime.now().replace(microsecond=0).isoformat()  # not yet closed by this run
    old = {
        "stories": [{"id": "s1", "words": {"orlen": 1.0}, "anchors": {"pellmar": 1.0},
                     "last": recent, "merged_from": []}],
        "word_df": {"orlen": 1}, "anchor_df": {"pellmar": 1}, "documents": 1, "clock": recent,
    }  # fmt: skip
    with StoryStore(path) as store, store.transaction() as conn:
        conn.execute("INSERT INTO desk VALUES (1, ?)", (json.dumps(old),))
    with StoryStore(path) as store:
        desk, _ = db.load_desk(store)
        assert list(desk.stories) == ["s1"] and desk.word_df["orlen"] == 1
        add_articles(store, [flood("f-1", "Pellmar Courier")])
    with StoryStore(path) as store:
        desk, _ = db.load_desk(store)
    assert "s1" in desk.stories and desk.documents == 2


def test_with_a_date_gap_an_article_published_a_year_apart_starts_another_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "DATE_GAP", timedelta(days=7))
    desk = Desk()
    reps = [represent(flood(f"f-{k}", "Pellmar Courier")) for k in range(3)]
    desk.count(reps)
    now = datetime(2026, 3, 2, 9)
    first, _ = desk.place(reps[0], now, datetime(2025, 3, 3))
    days_later, _ = desk.place(reps[1], now, datetime(2025, 3, 6))
    year_later, _ = desk.place(reps[2], now, datetime(2026, 3, 3))
    assert first.story == days_later.story != year_later.story


def test_an_archive_read_out_of_date_order_keeps_its_stories_open() -> None:
    kettle = represent(Article("x", "Kettle prices in Brumm rose again.", "Brumm Post"))
    floods = [represent(flood(f"f-{k}", "Pellmar Courier")) for k in range(2)]
    desk = Desk()
    desk.count([*floods, kettle])
    now = datetime(2026, 3, 2, 9)
    first, _ = desk.place(floods[0], now, datetime(2019, 5, 1))
    desk.place(kettle, now, datetime(2024, 5, 1))  # five years on in publication time...
    second, _ = desk.place(floods[1], now, datetime(2019, 5, 2))  # ...yet the flood goes on
    assert first.story == second.story and not desk.closed
    later = now + timedelta(days=30)  # a month of arrivals with nothing new for it: it closes
    desk.place(kettle, later)
    assert first.story in desk.closed


def test_a_story_briefing_is_built_once_per_set_of_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bylines.report import pipeline as report_pipeline

    built: list[list[str]] = []
    real = report_pipeline.build_report

    def counted(articles: list[Article], *args: object) -> object:
        built.append([a.id for a in articles])
        return real(articles, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(report_pipeline, "build_report", counted)
    with StoryStore() as store:
        # dated, so that the briefing kept has a timeline (its entries are a type of their own)
        add_articles(store, [flood("f-1", "Pellmar Courier", "2026-03-04T09:00:00"),
                             flood("f-2", "Valley Wire", "2026-03-04T10:00:00")])  # fmt: skip
        (story,) = list_stories(store)
        first = story_report(store, story.id)
        assert first.timeline
        again = story_report(store, story.id)
        add_articles(store, [flood("f-3", "Orlen Gazette")])
        grown = story_report(store, story.id)
    assert built == [["f-1", "f-2"], ["f-1", "f-2", "f-3"]]
    assert again == first and grown != first


def test_a_story_briefing_counts_only_the_outlets_its_articles_name() -> None:
    """Two named outlets and one article nothing names: the briefing built from the store says
    so, as a report of the same articles would (the label is no outlet)."""
    from bylines.render.markdown import to_markdown

    pile = [
        flood("f-1", "Pellmar Courier"),
        Article("f-2", FLOOD.replace("on Tuesday", "late on Tuesday"), "Valley Wire"),
        Article("f-3", FLOOD.replace("mayor", "the mayor"), "f-3"),  # no outlet named
    ]
    with StoryStore() as store:
        add_articles(store, pile)
        (story,) = list_stories(store)
        briefing = story_report(store, story.id)
    assert [a.outlet_known for a in briefing.articles] == [True, True, False]
    assert "A briefing from 3 reports by 2 outlets, and 1 whose outlet is unknown" in (
        to_markdown(briefing)
    )


def test_a_story_briefing_numbers_an_unknown_outlet_by_its_place_in_the_briefing() -> None:
    """A run's placeholder label counts across its whole pile ("Source 4" of four articles); in
    the briefing of a two-article story that article is [2], and its label says so."""
    from bylines.render.markdown import to_markdown

    quake = (
        "A magnitude 5.1 earthquake shook the hill town of Varsk before dawn on Friday, cracking "
        "the walls of the old granary, and the regional governor Ilse Marant said no one was hurt."
    )
    pile = [
        Article("q-1", quake, "q-1"),
        Article("q-2", quake.replace("before dawn", "early"), "q-2"),
        flood("f-1", "Pellmar Courier"),
        Article("f-2", FLOOD.replace("mayor", "the mayor"), "f-2"),  # no outlet, no title
    ]
    with StoryStore() as store:
        add_articles(store, pile)
        stored = {a.id: a.source for a in db.full_articles(store, story_of(store)["f-2"])}
        briefing = story_report(store, story_of(store)["f-2"])
    assert stored["f-2"] == "Source 4"  # as the run labelled it
    assert [(a.id, a.source, a.outlet_known) for a in briefing.articles] == [
        ("f-1", "Pellmar Courier", True),
        ("f-2", "Source 2", False),
    ]
    assert "2. **Source 2** (outlet unknown, id f-2)" in to_markdown(briefing)


def test_an_older_database_placeholder_label_is_read_as_an_unknown_outlet() -> None:
    """A row written before the ``named`` column (NULL there): a "Source N" label is no outlet."""
    with StoryStore() as store:
        add_articles(store, [flood("f-1", "Pellmar Courier"), flood("f-2", "Source 2")])
        (story,) = list_stories(store)
        store.db.execute("UPDATE articles SET named = NULL")
        known = [a.outlet_known for a in db.full_articles(store, story.id)]
    assert known == [True, False]


def test_a_briefing_kept_by_another_report_layout_is_built_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bylines.report import pipeline as report_pipeline
    from bylines.stories import store as story_store

    built: list[int] = []
    real = report_pipeline.build_report

    def counted(articles: list[Article], *args: object) -> object:
        built.append(story_store.BRIEFING_LAYOUT)
        return real(articles, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(report_pipeline, "build_report", counted)
    with StoryStore() as store:
        add_articles(store, [flood("f-1", "Pellmar Courier"), flood("f-2", "Valley Wire")])
        (story,) = list_stories(store)
        monkeypatch.setattr(story_store, "BRIEFING_LAYOUT", 1)  # kept by an older bylines
        story_report(store, story.id)
        monkeypatch.setattr(story_store, "BRIEFING_LAYOUT", 2)
        story_report(store, story.id)
        story_report(store, story.id)
    assert built == [1, 2]


class _Planted:
    """A pickle that would run code when loaded: what a hostile store file could hold."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("planted code ran",))


def test_a_briefing_store_holding_anything_but_a_report_is_never_loaded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pickle

    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        add_articles(store, [flood("f-1", "Pellmar Courier"), flood("f-2", "Valley Wire")])
        (story,) = list_stories(store)
        honest = story_report(store, story.id)
        store.db.execute("UPDATE briefings SET report = ?", (pickle.dumps(_Planted()),))
        store.db.commit()
    with StoryStore(path) as store:
        rebuilt = story_report(store, story.id)
    assert "planted code ran" not in capsys.readouterr().out
    assert rebuilt.summary == honest.summary and rebuilt.articles == honest.articles


def test_the_story_page_leaves_the_timeline_to_its_briefing() -> None:
    from bylines.render.stories import stories_to_html, timeline_html
    from bylines.stories.pipeline import group_stories
    from bylines.web.story_pages import story_page

    pile = [flood("f-1", "Pellmar <Courier>", "2026-03-04T09:00:00"),
            flood("f-2", "Valley Wire", "2026-03-04T10:00:00")]  # fmt: skip
    result = group_stories(pile)
    (story,) = result.stories
    timeline = timeline_html(story, 8)
    assert '<time datetime="2026-03-03">3 Mar 2026</time>' in timeline  # Tuesday, day before
    assert "Pellmar &lt;Courier&gt;" in timeline and "<Courier>" not in timeline
    assert timeline in stories_to_html(result)
    # the page's one timeline is its briefing's (``id="timeline"`` once on the page)
    assert 'id="timeline"' not in story_page(story, "")


def test_first_and_last_published_compare_times_not_strings() -> None:
    from bylines.stories.pipeline import group_stories

    pile = [flood("f-1", "Pellmar Courier", "11:00:00-04:00"),  # a time of day, no date
            flood("f-2", "Valley Wire", "2025-05-03T13:38:00+00:00"),
            flood("f-3", "Orlen Gazette", "2025-05-02"),
            flood("f-4", "Fessel Radio", "2025-05-03T09:00:00-07:00")]  # fmt: skip
    (story,) = group_stories(pile, now=datetime(2026, 3, 2, 9)).stories
    assert (story.first_published, story.last_published, story.undated) == (
        "2025-05-02", "2025-05-03T09:00:00-07:00", 1  # 16:00 UTC, after 13:38 UTC
    )  # fmt: skip
    # when it was read is its own pair of times, never mixed with publication times
    assert (story.first_seen, story.last_seen) == ("2026-03-02T09:00:00", "2026-03-02T09:00:00")
    assert story.latest.id == "f-4"  # the undated one, read later, is not taken for the latest


def test_past_the_open_limit_the_quietest_close_ties_by_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assign, "MAX_OPEN", 2)
    texts = ["Kettle prices in Brumm rose again.", "Orlen ferries halted by fog at Dask.",
             "Vellmar choir wins the Tessin cup.", "Quarry blast shakes Hobb."]  # fmt: skip
    reps = [represent(Article(f"a{k}", t, "Brumm Post")) for k, t in enumerate(texts)]
    desk = Desk()
    desk.count(reps)
    now = datetime(2026, 3, 2, 9)
    for rep in reps[:3]:
        desk.place(rep, now)
    opened = sorted(desk.stories)
    desk.stories = dict(reversed(desk.stories.items()))  # as if read back in another order
    desk.place(reps[3], now)
    assert desk.closed == opened[:1] and len(desk.stories) == 3


def test_the_candidates_are_the_open_stories_sharing_a_term_after_merges_and_closes() -> None:
    texts = ["Kettle prices in Brumm rose again on Monday.", "Orlen ferries halted by fog at Dask.",
             "Vellmar choir wins the Tessin cup in Brumm.", "Quarry blast shakes Hobb near Dask.",
             "Fog returns to Dask; Orlen ferries wait.", "Tessin cup final sold out."]  # fmt: skip
    reps = [represent(Article(f"a{k}", t, "Brumm Post")) for k, t in enumerate(texts)]
    desk = Desk()
    desk.count(reps)
    now = datetime(2026, 3, 2, 9)

    def scanned(rep: object) -> list[str]:
        """The stories sharing an anchor or a top word with ``rep``, by looking at every one."""
        assert isinstance(rep, type(reps[0]))
        words = assign._unit(assign._weighted(rep.words, desk.word_df, desk.documents))
        anchors = assign._unit(assign._weighted(rep.anchors, desk.anchor_df, desk.documents))
        top = sorted(words, key=words.__getitem__, reverse=True)[: assign.CANDIDATE_WORDS]
        found = [
            s.id
            for s in desk.stories.values()
            if any(t in s.anchors for t in anchors) or any(t in s.words for t in top)
        ]
        assert [s.id for s in desk._candidates(words, anchors)] == sorted(found)
        return sorted(found)

    for rep in reps[:4]:
        desk.place(rep, now)
    assert len(desk.stories) == 4 and scanned(reps[4]) and scanned(reps[5])
    one, two = (desk.stories[s] for s in sorted(desk.stories)[:2])
    desk._merge(one, two)  # the absorbed story's terms now belong to the one kept
    assert len(desk.stories) == 3 and all(scanned(rep) for rep in reps[4:])
    desk.place(reps[4], now + assign.WINDOW * 2)  # every earlier story closes for quiet
    assert len(desk.stories) == 1 and scanned(reps[1]) == sorted(desk.stories)
    assert scanned(reps[0]) == []


def test_a_large_call_gives_its_lone_articles_a_second_look_every_few_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "SETTLE_EVERY", 2)
    looks: list[int] = []
    settle = Desk.settle

    def counted(desk: Desk) -> list[assign.Merge]:
        looks.append(len(desk.grown))
        return settle(desk)

    monkeypatch.setattr(Desk, "settle", counted)
    texts = ["Kettle prices in Brumm rose again.", "Orlen ferries halted by fog at Dask.",
             "Vellmar choir wins the Tessin cup.", "Quarry blast shakes Hobb.",
             "Snow closes the Parr pass."]  # fmt: skip
    with StoryStore() as store:
        add_articles(store, [Article(f"a{k}", t, "Brumm Post") for k, t in enumerate(texts)])
    assert looks == [2, 2, 1]  # after each two articles, each look at the stories grown since


def test_a_second_look_weighs_only_the_stories_grown_since_the_last() -> None:
    reps = [represent(flood(f"f-{k}", "Pellmar Courier")) for k in range(3)]
    desk = Desk()
    desk.count(reps)
    now = datetime(2026, 3, 2, 9)
    for rep in reps[:2]:
        desk.place(rep, now)
    assert list(desk.grown) == sorted(desk.stories) and desk.settle() == []
    assert not desk.grown
    desk.place(reps[2], now)
    assert list(desk.grown) == sorted(desk.stories)


# Two stories whose briefing chose another title than the story's (newuser30): untitled
# articles, whose first line stands for the story's headline, and a headline that is only a date.
ONE_TITLE_PILES = {
    "untitled": [
        Article("f-1", FLOOD, "Pellmar Courier"),
        Article("f-2", FLOOD.replace("Tuesday", "Tuesday night"), "Valley Wire"),
    ],
    "dated": [
        Article("f-1", FLOOD, "Pellmar Courier", "4 March 2026"),
        Article("f-2", FLOOD, "Valley Wire"),
    ],
}


@pytest.mark.parametrize("pile", ONE_TITLE_PILES.values(), ids=ONE_TITLE_PILES.keys())
def test_a_story_has_one_title_in_its_listing_its_briefing_and_its_page(
    pile: list[Article],
) -> None:
    from html import escape

    from bylines.options import ReportOptions
    from bylines.render import to_html, to_markdown
    from bylines.render.stories import stories_to_text
    from bylines.stories.types import StoriesResult
    from bylines.web.service import report_body
    from bylines.web.story_pages import front_page, story_page

    fast = ReportOptions(embedder="tfidf", entities="rules")
    with StoryStore() as store:
        add_articles(store, pile)
        (story,) = list_stories(store)
        built = story_report(store, story.id, fast)
        kept = story_report(store, story.id, fast)
    heading = f"<h1>{escape(story.title)}</h1>"
    for briefing in (built, kept):
        assert heading in to_html(briefing)
        assert to_markdown(briefing).startswith(f"# {story.title}\n")
    assert story.title in stories_to_text(StoriesResult((story,)))
    page = story_page(story, report_body(built))
    assert page.count("<h1>") == 2 and page.count(heading) == 2  # the story's and its briefing's
    assert f">{escape(story.title)}</a>" in front_page((story,))


def test_a_report_of_the_same_articles_keeps_its_own_title() -> None:
    """Outside a story nothing gives a briefing its title: the neutral headline is chosen."""
    from bylines.options import ReportOptions
    from bylines.render import to_markdown
    from bylines.report.pipeline import build_report

    fast = ReportOptions(embedder="tfidf", entities="rules")
    report = build_report(ONE_TITLE_PILES["untitled"], fast)
    assert report.title is None
    title = "# The river Orlen burst its banks in Pellmar on Tuesday night\n"
    assert to_markdown(report).startswith(title)
