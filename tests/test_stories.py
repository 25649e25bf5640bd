"""Stories: grouping, stable ids across runs, merges, timeline, what's new, CLI and JSON format.

Every article here is invented: two earthquakes of the same kind in made-up places, told by
made-up outlets.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bylines.cli import main
from bylines.errors import BylinesError
from bylines.ingest.clean import clean_article
from bylines.ingest.dedup import mark_duplicates
from bylines.render.stories import stories_to_dict
from bylines.report.timeline import resolve_dates
from bylines.stories import assign
from bylines.stories import store as db
from bylines.stories.pipeline import add_articles, get_story, group_stories, list_stories
from bylines.stories.store import StoryStore, mark_shown, resolve, story_articles
from bylines.types import Article, Skipped

ROOT = Path(__file__).resolve().parents[1]

TARVIA = [
    (
        "tv-1",
        "Daily Lantern",
        "Magnitude 6.1 quake kills 12 in Tarvia's Omsel valley",
        "A magnitude 6.1 earthquake struck the Omsel valley in northern Tarvia on Sunday, killing "
        "12 people and flattening mud-brick homes in the villages of Kettra and Brask. Governor "
        "Ilse Marrow said rescuers were still digging through rubble in Kettra.",
    ),
    (
        "tv-2",
        "Harbour Post",
        "Tarvia earthquake: Omsel death toll rises to 12",
        "Rescue teams in Tarvia's Omsel valley pulled survivors from collapsed houses in Kettra "
        "after Sunday's 6.1 magnitude quake. Governor Ilse Marrow put the death toll at 12 and "
        "said Brask had lost its school.",
    ),
    (
        "tv-3",
        "Northern Wire",
        "Kettra digs out after Omsel valley quake",
        "Residents of Kettra in the Omsel valley spent the night outdoors after the 6.1 quake, "
        "Governor Ilse Marrow said, as aftershocks rattled Brask and the Tarvia army sent tents.",
    ),
]
ZELMANIA = [
    (
        "zl-1",
        "Coastal Times",
        "Strong quake hits Zelmania's port city of Varn, 40 dead",
        "A magnitude 7.3 earthquake hit the Zelmanian port city of Varn on Thursday, killing 40 "
        "people, collapsing a hotel on the Quillon waterfront and cutting power, Mayor Tobias "
        "Fennick said. A tsunami warning for the Dray coast was lifted.",
    ),
    (
        "zl-2",
        "Evening Courier",
        "Varn earthquake: hotel collapse on Quillon waterfront",
        "Firefighters in Varn searched the ruins of a waterfront hotel on Quillon Street after the "
        "7.3 earthquake, Mayor Tobias Fennick said, as the Zelmania death toll reached 40.",
    ),
    (
        "zl-3",
        "Northern Wire",
        "Zelmania lifts Dray tsunami warning after Varn quake",
        "Zelmania lifted a tsunami warning for the Dray coast hours after the 7.3 magnitude quake "
        "struck Varn; Mayor Tobias Fennick said 40 people died and the Quillon hotel collapsed.",
    ),
]


def articles(rows: list[tuple[str, str, str, str]], day: str = "2026-03-02") -> list[Article]:
    return [Article(i, text, source, title, published=f"{day}T09:00:00")
            for i, source, title, text in rows]  # fmt: skip


def story_of(store: StoryStore) -> dict[str, str]:
    return {a.id: s for s, arts in story_articles(store).items() for a in arts}


def test_two_earthquakes_stay_apart_and_every_article_is_in_one_story() -> None:
    pile = articles(TARVIA) + articles(ZELMANIA)
    pile = [pile[k] for k in (0, 3, 1, 4, 2, 5)]  # interleaved, as a feed would give them
    result = group_stories(pile)
    groups = sorted(sorted(a.id for a in s.articles) for s in result.stories)
    assert groups == [["tv-1", "tv-2", "tv-3"], ["zl-1", "zl-2", "zl-3"]]
    titles = {s.articles[0].id[:2]: s.title for s in result.stories}
    assert "Varn" in titles["zl"] and "Omsel" in titles["tv"]
    # a headline as one of its outlets wrote it, the one whose words the others carry most
    assert titles["tv"] in {title for _, _, title, _ in TARVIA}
    assert titles["zl"] in {title for _, _, title, _ in ZELMANIA}


def test_ids_come_from_the_first_article_and_are_the_same_in_every_run() -> None:
    first = {s.id for s in group_stories(articles(TARVIA + ZELMANIA)).stories}
    again = {s.id for s in group_stories(articles(TARVIA + ZELMANIA)).stories}
    assert first == again and len(first) == 2


def test_a_split_stream_moves_no_article_and_keeps_ids(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    pile = articles(TARVIA + ZELMANIA)
    with StoryStore(path) as store:
        add_articles(store, [pile[0], pile[3]])
        before = story_of(store)
    with StoryStore(path) as store:  # a later run, another process
        add_articles(store, pile[1:3] + pile[4:])
        add_articles(store, pile)  # the same articles again are not placed twice
        after = story_of(store)
        assert len(after) == 6 and len(story_articles(store)) == 2
    assert all(after[a] == story for a, story in before.items())
    assert after["tv-3"] == before["tv-1"] and after["zl-3"] == before["zl-1"]


def test_a_second_run_cannot_write_between_a_runs_read_and_its_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two runs at once on one file: each read the known articles and the desk, then both
    # inserted the same article, and the later one failed with an IntegrityError. Here the
    # second run gets in just after the first has read; the first must hold the lock by then.
    path = tmp_path / "stories.sqlite3"
    pile = articles(TARVIA)
    refused: list[str] = []
    load_desk = db.load_desk

    def another_run_gets_in(store: StoryStore) -> tuple[assign.Desk, int]:
        if store.path == path and not refused:
            refused.append("tried")
            with StoryStore(path) as other:
                other.path = tmp_path / "other"  # its own read of the desk is not hooked
                other.db.execute("PRAGMA busy_timeout = 50")  # not the 10 minutes a run waits
                try:
                    add_articles(other, pile)
                except BylinesError as error:
                    refused.append(str(error))
                else:
                    refused.append("placed")
        return load_desk(store)

    monkeypatch.setattr(db, "load_desk", another_run_gets_in)
    with StoryStore(path) as store:
        add_articles(store, pile)
    busy = f"{tmp_path / 'other'}: the stories database is busy (database is locked)"
    assert refused == ["tried", busy]
    monkeypatch.setattr(db, "load_desk", load_desk)
    with StoryStore(path) as store:  # its turn, once the first has placed them: nothing new
        add_articles(store, pile)
        assert sorted(story_of(store)) == ["tv-1", "tv-2", "tv-3"]


def test_a_listing_of_more_stories_than_sqlite_can_count_lists_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # '--recent 10**23' overflowed SQLite's integer: an internal error.
    db = str(tmp_path / "stories.sqlite3")
    with StoryStore(db) as store:
        add_articles(store, articles(TARVIA + ZELMANIA))
    assert main(["stories", "--db", db, "--recent", str(10**23), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr()[0])["stories"]) == 2


def test_a_merge_keeps_one_id_and_records_the_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two reports of one quake in words different enough to start two stories...
    one = Article("a", "Omsel valley quake: Kettra houses flattened, Marrow says.", "Lantern")
    two = Article("b", "Tarvia rescuers dig in Brask after tremor, army sends tents.", "Post")
    both = "Omsel valley quake flattened Kettra houses; Tarvia rescuers dig in Brask after tremor"
    bridge = Article("c", f"{both}, army sends tents, Marrow says.", "Wire")
    # ...then one that reports both: with the merge bar lowered, the two stories become one.
    monkeypatch.setattr(assign, "MERGE", 0.0)
    with StoryStore() as store:
        add_articles(store, [one, two])
        ids = {s.id for s in list_stories(store)}
        assert len(ids) == 2
        add_articles(store, [bridge])
        (story,) = list_stories(store)
        assert story.id in ids and story.merged_from == tuple(ids - {story.id})
        assert {a.id for a in story.articles} == {"a", "b", "c"}
        merged = get_story(store, story.merged_from[0])
        assert merged is not None and merged.id == story.id


def test_wire_copies_are_counted_once() -> None:
    copy = Article("tv-1-copy", TARVIA[0][3], "Regional Herald", TARVIA[0][2])
    (story, _) = sorted(group_stories([*articles(TARVIA), copy, *articles(ZELMANIA)]).stories,
                        key=lambda s: -len(s.articles))  # fmt: skip
    assert len(story.articles) == 4 and story.independent == 3
    assert next(a for a in story.articles if a.id == "tv-1-copy").duplicate_of == "tv-1"


def test_timeline_resolves_relative_dates_against_publication() -> None:
    (tarvia,) = group_stories(articles(TARVIA)).stories
    dates = {(e.date, e.expression) for e in tarvia.timeline}
    assert ("2026-03-01", "on Sunday") in dates  # published Monday 2 March 2026
    entry = next(e for e in tarvia.timeline if e.expression == "on Sunday")
    assert entry.sources == ("Daily Lantern",)
    found = resolve_dates("It closed last week and reopens next Monday.", datetime(2026, 3, 4))
    assert [d.date for d in found] == ["2026-W09", "2026-03-09"]


def test_timeline_labelled_set_is_resolved_at_least_95_percent() -> None:
    path = ROOT / "benchmarks" / "data" / "timeline" / "cases.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    right = sum(
        [d.date for d in resolve_dates(c["sentence"], datetime.fromisoformat(c["published"]))]
        == c["dates"]
        for c in cases
    )
    assert len(cases) >= 50 and right / len(cases) >= 0.95


def test_whats_new_lists_new_outlets_facts_and_changed_figures() -> None:
    """A toll that rose is a changed figure; a count of something else ('3 people arrested'
    against '12 people' killed) is not, though both count people."""
    later = Article("tv-4", "Governor Ilse Marrow said on Tuesday the death toll in the Omsel "
                    "valley had risen to 15 people. A field hospital opened in Kettra, and police "
                    "said 3 people were arrested for looting.",
                    "Valley Radio", "Omsel quake toll rises to 15")  # fmt: skip
    with StoryStore() as store:
        add_articles(store, articles(TARVIA), now=datetime(2026, 3, 2, 10))
        (story,) = list_stories(store)
        assert story.new is None  # never shown: everything is new
        mark_shown(store, {story.id: [a.key for a in story.articles]}, "2026-03-02T10:00:00")
        add_articles(store, [later], now=datetime(2026, 3, 3, 10))
        (story,) = list_stories(store)
        (again,) = list_stories(store)  # (read back as the store kept it)
    assert again.new == story.new
    assert story.new is not None and story.new.outlets == ("Valley Radio",)
    assert any("field hospital" in fact for fact in story.new.facts)
    changes = [(f.subject, f.before, f.after, f.sources) for f in story.new.figures]
    assert changes == [("number of dead", "12", "15", ("Valley Radio",))]


def test_the_command_line_tells_what_is_new_since_its_last_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A listing written by ``bylines stories --db`` is "shown": the next run lists an outlet's
    report that joined a story since as new, and a run after that no longer does."""
    rows = [{"id": i, "source": s, "title": t, "text": x} for i, s, t, x in TARVIA]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(json.dumps(r) for r in rows[:2]), encoding="utf-8")
    second.write_text(json.dumps(rows[2]), encoding="utf-8")
    db = str(tmp_path / "s.sqlite3")

    def run(path: Path) -> dict[str, Any]:
        assert main(["stories", str(path), "--db", db, "--format", "json"]) == 0
        (story,) = json.loads(capsys.readouterr()[0])["stories"]
        return dict(story)

    assert run(first)["new"] is None  # never shown before
    grown = run(second)  # (in the same second: what was shown is kept by article, not by time)
    assert grown["new"] is not None and grown["new"]["outlets"] == [TARVIA[2][1]]
    assert run(second)["new"]["outlets"] == []  # shown since: no longer news


def key_paths(value: object, prefix: str = "") -> set[str]:
    if isinstance(value, dict):
        paths: set[str] = set()
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            paths |= {path} | key_paths(item, path)
        return paths
    if isinstance(value, list):
        return set().union(*(key_paths(item, f"{prefix}[]") for item in value))
    return set()


def test_every_json_field_is_documented() -> None:
    later = Article("tv-4", "Governor Ilse Marrow said on Tuesday the death toll in the Omsel "
                    "valley had risen to 15 people.", "Valley Radio")  # fmt: skip
    with StoryStore() as store:
        add_articles(store, articles(TARVIA), now=datetime(2026, 3, 2, 10))
        shown = {s.id: [a.key for a in s.articles] for s in list_stories(store)}
        mark_shown(store, shown, "2026-03-02T10:00:00")
        skipped = (Skipped("empty.txt", "the file is empty"),)
        result = group_stories([later], store, skipped, now=datetime(2026, 3, 3, 10))
    produced = key_paths(stories_to_dict(result))
    assert "stories[].new.figures[].after" in produced and "stories[].timeline[].date" in produced
    doc = (ROOT / "docs" / "stories-format.md").read_text(encoding="utf-8")
    fields = doc.split("## Fields")[1].split("\n## ")[0]  # not the changes from /1
    documented = set(re.findall(r"^\| `([^`]+)` \|", fields, re.MULTILINE))
    assert produced - documented == set()
    assert documented - produced == set()


def test_the_json_has_the_shapes_of_bylines_stories_2() -> None:
    """The fields /2 gave another meaning (docs/stories-format.md, "Changes from ..."): seen
    is when placed, never a publication time; and a date may be a day of no known year (an
    addition, as in bylines.report/1)."""
    published = [Article(i, x, s, t, published="2026-03-01T18:10:00+00:00")
                 for i, s, t, x in TARVIA[:2]]  # fmt: skip
    fair = Article("kv-1", "Kestrel Motors on Tuesday (Jan 6) showed its lightest van at the "
                   "Varn motor fair.", "Motor Wire")  # fmt: skip
    result = group_stories([*published, fair], now=datetime(2026, 3, 2, 9))
    shown = stories_to_dict(result)
    assert shown["schema"] == "bylines.stories/2"
    quake = next(s for s in shown["stories"] if "tv-1" in s["articles"])
    assert (quake["first_seen"], quake["last_seen"]) == ("2026-03-02T09:00:00",) * 2
    assert quake["first_published"] == "2026-03-01T18:10:00+00:00"
    dates = [e["date"] for s in shown["stories"] for e in s["timeline"]]
    assert "--01-06" in dates and "2026-03-01" in dates
    shapes = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-\d{2}|--\d{2}-\d{2}")
    assert all(shapes.fullmatch(d) for d in dates), dates
    doc = (ROOT / "docs" / "stories-format.md").read_text(encoding="utf-8")
    changes = doc.split("## Changes from `bylines.stories/1`")[1]
    changed = ["first_seen", "outlets", "latest.source", "new.outlets"]
    assert all(f"`stories[].{field}`" in changes for field in changed)
    assert "`--01-06`" in changes  # the added date shape, said as an addition


def test_cli_groups_adds_to_the_database_and_briefs_one_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, bad = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "empty.txt"
    rows = [{"id": i, "source": s, "title": t, "text": x} for i, s, t, x in TARVIA + ZELMANIA]
    first.write_text("\n".join(json.dumps(r) for r in rows[:2] + rows[3:5]), encoding="utf-8")
    second.write_text("\n".join(json.dumps(r) for r in [rows[2], rows[5]]), encoding="utf-8")
    bad.write_text("", encoding="utf-8")
    db = str(tmp_path / "s.sqlite3")
    assert main(["stories", str(first), str(bad), "--db", db, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert "empty.txt" in err and len(err.strip().splitlines()) == 1
    before = json.loads(out)
    assert before["schema"] == "bylines.stories/2" and len(before["stories"]) == 2
    assert main(["stories", str(second), "--db", db, "--format", "json"]) == 0
    after = json.loads(capsys.readouterr()[0])
    assert {s["id"] for s in after["stories"]} == {s["id"] for s in before["stories"]}
    placed = sorted(a for s in after["stories"] for a in s["articles"])
    assert placed == ["tv-1", "tv-2", "tv-3", "zl-1", "zl-2", "zl-3"]  # each story whole
    quake = next(s for s in before["stories"] if "tv-1" in s["articles"])
    out_file = tmp_path / "brief.json"
    assert main(["report", "--story", quake["id"], "--db", db, "-o", str(out_file)]) == 0
    brief = json.loads(out_file.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in brief["articles"]) == ["tv-1", "tv-2", "tv-3"]
    assert main(["report", "--story", "nosuchstory", "--db", db]) == 1
    assert "no story nosuchstory" in capsys.readouterr()[1]


def test_a_second_run_says_how_many_stories_it_touched_and_how_many_the_database_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    rows = [{"id": i, "source": s, "title": t, "text": x} for i, s, t, x in TARVIA + ZELMANIA]
    first.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    second.write_text(json.dumps({**rows[0], "id": "tv-9", "source": "Kettra Radio"}), "utf-8")
    db = str(tmp_path / "s.sqlite3")
    assert main(["stories", str(first), "--db", db, "--format", "text"]) == 0
    assert capsys.readouterr()[0].startswith("2 stories touched by this run; 2 in the database\n")
    assert main(["stories", str(second), "--db", db, "--format", "json"]) == 0
    answer = json.loads(capsys.readouterr()[0])
    assert (len(answer["stories"]), answer["in_database"]) == (1, 2)
    # with no input, the database's stories are listed (and nothing is placed)
    assert main(["stories", "--db", db, "--format", "text"]) == 0
    listed = capsys.readouterr()[0]
    assert listed.startswith("2 stories in the database\n") and "Kettra Radio" in listed
    assert main(["stories", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no such stories database" in capsys.readouterr()[1]
    assert not (tmp_path / "none.sqlite3").exists()  # a mistyped path is not created empty
    assert main(["stories", "--format", "text"]) == 1  # no input and no database: nothing to do
    # without a database, a run's stories are all there is: no count of a database
    assert json.loads(_json_run(first, capsys))["in_database"] is None


def test_a_listing_builds_only_the_stories_most_recently_added_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The best-covered story placed first, a one-article story placed after it: a listing of
    one is the later story, until the first story gains an article; the count is the database's."""
    from bylines.stories.pipeline import stored_stories

    rows = [{"id": i, "source": s, "title": t, "text": x} for i, s, t, x in TARVIA + ZELMANIA]
    quake, port, later = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    quake.write_text("\n".join(json.dumps(r) for r in rows[:2]), encoding="utf-8")
    port.write_text(json.dumps(rows[3]), encoding="utf-8")
    later.write_text(json.dumps(rows[2]), encoding="utf-8")
    db = str(tmp_path / "s.sqlite3")
    for path in (quake, port):
        assert main(["stories", str(path), "--db", db, "--format", "json"]) == 0
    capsys.readouterr()
    with StoryStore(db) as store:
        (recent,) = stored_stories(store, limit=1).stories
        assert recent.articles[0].id == "zl-1"  # not the best covered: the latest placed
        everything = stored_stories(store)  # the default is generous
        assert [len(s.articles) for s in everything.stories] == [2, 1]
        assert everything.in_database == 2
    assert main(["stories", "--db", db, "--recent", "1", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr()[0])
    assert [s["articles"] for s in listed["stories"]] == [["zl-1"]]
    assert listed["in_database"] == 2
    assert main(["stories", str(later), "--db", db, "--format", "text"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--recent", "1", "--format", "text"]) == 0
    text = capsys.readouterr()[0]
    assert text.startswith("1 story of 2 in the database\n")
    assert "Northern Wire" in text  # the quake story, added to last
    assert main(["stories", str(later), "--db", db, "--recent", "1"]) == 1  # no listing
    assert "--recent lists a database" in capsys.readouterr()[1]


def _json_run(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["stories", str(path), "--format", "json"]) == 0
    return capsys.readouterr()[0]


def test_an_unknown_outlet_is_not_counted_as_an_outlet() -> None:
    named = [Article(i, x, s, t) for i, s, t, x in TARVIA[:2]]
    unnamed = [Article(i, x, i) for i, _, _, x in TARVIA[2:]]  # nothing names its outlet
    with StoryStore() as store:
        add_articles(store, named, now=datetime(2026, 3, 2, 9))
        mark_shown(store, {s.id: [a.key for a in s.articles] for s in list_stories(store)}, "x")
        (story,) = group_stories(unnamed, store, now=datetime(2026, 3, 2, 10)).stories
    assert story.outlets == ("Daily Lantern", "Harbour Post") and story.unnamed == 1
    assert story.new is not None and story.new.outlets == ()  # a label is no new outlet
    shown = stories_to_dict(_result(story))["stories"][0]
    assert shown["outlets"] == ["Daily Lantern", "Harbour Post"]
    assert shown["counts"]["outlets"] == 2 and shown["counts"]["unknown_outlet"] == 1
    assert shown["latest"]["source"] is None  # the unnamed one came last
    (alone,) = group_stories(unnamed).stories
    assert alone.outlets == () and alone.latest.source == "Source 1"  # labelled, not named


def _result(story: Any) -> Any:
    from bylines.stories.types import StoriesResult

    return StoriesResult((story,))


@pytest.mark.parametrize(
    "foreign",
    [
        "CREATE TABLE desk (a TEXT, b TEXT)",  # another program's table of one of our names
        "CREATE TABLE articles (id TEXT PRIMARY KEY, report TEXT)",  # as the service's reports
    ],
)
def test_a_sqlite_file_of_another_layout_is_refused_in_one_line_and_left_untouched(
    foreign: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "theirs.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute(foreign)
    rows = [{"id": i, "source": s, "title": t, "text": x} for i, s, t, x in TARVIA]
    given = tmp_path / "a.jsonl"
    given.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["stories", str(given), "--db", str(path)]) == 1
    err = capsys.readouterr()[1].splitlines()
    assert len(err) == 1 and "not a bylines stories database" in err[0], err
    with sqlite3.connect(path) as other:  # none of our tables written into their file
        tables = other.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert len(tables) == 1


def test_a_database_written_before_outlets_were_told_from_labels_reads_its_placeholders(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.sqlite3"
    with StoryStore(db) as store:
        add_articles(store, [Article(i, x, i) for i, _, _, x in TARVIA[:1]])
        store.db.execute("UPDATE articles SET named = NULL")  # as an older bylines left it
        store.db.commit()
        (placed,) = story_articles(store).values()
    assert [(a.source, a.named) for a in placed] == [("Source 1", False)]


def test_no_article_moves_when_a_real_stream_arrives_in_two_runs(tmp_path: Path) -> None:
    """ECB+ topics 1-6 (two events each), read in two runs into one database: every article of
    the first run is, after the second, in the story it was put in or the one that absorbed it."""
    path = ROOT.parent / "shared" / "data" / "ecbplus" / "documents.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pile = [Article(d["doc_id"], d["text"], d["doc_id"]) for d in docs if d["topic"] <= 6]
    db = tmp_path / "stream.sqlite3"
    with StoryStore(db) as store:
        add_articles(store, pile[::2])
        before = story_of(store)
    with StoryStore(db) as store:
        add_articles(store, pile[1::2])
        after = story_of(store)
        moved = [a for a, s in before.items() if after[a] != resolve(store, s)]
    assert len(after) == len(pile) and len(before) == len(pile[::2])
    assert moved == []


def test_a_wire_copy_is_in_its_originals_story() -> None:
    """DUC 2004's Swedish fire cluster holds wire versions that repeat one another, one of them
    only a lead cut from a long version: each copy the report's dedup finds is in the story of
    the article it copies."""
    path = ROOT.parent / "shared" / "data" / "duc2004" / "clusters.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    (cluster,) = [c for c in map(json.loads, lines) if c["cluster_id"] == "d31022t"]
    pile = [Article(d["doc_id"], d["text"], d["doc_id"]) for d in cluster["documents"]]
    placed = {a.id: (s.id, a) for s in group_stories(pile).stories for a in s.articles}
    cleaned = [clean_article(a) for a in pile]  # (as the report reads them)
    copies = [(a.id, a.duplicate_of) for a in mark_duplicates(cleaned) if a.duplicate_of]
    assert len(copies) >= 3
    assert [
        (copy, original) for copy, original in copies if placed[copy][0] != placed[original][0]
    ] == []
    # ...and marked a copy there, so that it is not counted as a report of its own
    assert [copy for copy, _ in copies if placed[copy][1].duplicate_of is None] == []


def test_unnamed_outlets_of_two_runs_are_two_outlets() -> None:
    """An article whose outlet nothing names is labelled "Source 1" in its run; an unnamed
    article of a later run is another outlet, not a second report of that one."""
    tarvia = [Article(f"{n:04}", text, f"{n:04}") for n, (_, _, _, text) in enumerate(TARVIA)]
    with StoryStore() as store:
        first = group_stories(tarvia[:2], store, now=datetime(2026, 3, 2, 10))
        later = group_stories(tarvia[2:], store, now=datetime(2026, 3, 3, 10))
        stored = [a.source for s in list_stories(store) for a in s.articles]
    assert {a.source for s in first.stories for a in s.articles} == {"Source 1", "Source 2"}
    assert later.stories and len(stored) == 3
    assert len(set(stored)) == 3


def test_a_story_of_an_untitled_article_is_titled_by_its_first_words_whole() -> None:
    """No headline: the first line stands for it, cut at a word with an ellipsis."""
    lead = (
        "Ferry crews on the Tessaly crossing began a 48-hour strike on Wednesday over pay, the "
        "Maritime Union said, and twelve sailings a day were cancelled."
    )
    with StoryStore() as store:
        (story,) = group_stories([Article("s1", lead, "Island Courier")], store).stories
    assert story.title.endswith("…") and len(story.title) <= 101
    assert lead.startswith(story.title[:-1]) and lead[len(story.title) - 1] == " "


def test_an_unnamed_outlets_article_read_again_is_not_placed_twice() -> None:
    """Labelled apart from the stored names only when new: read again, the same article is
    found by its key and keeps its one place."""
    article = Article("0001", TARVIA[0][3], "0001")
    with StoryStore() as store:
        group_stories([article], store, now=datetime(2026, 3, 2, 10))
        group_stories([article], store, now=datetime(2026, 3, 3, 10))
        stored = [(a.id, a.source) for s in list_stories(store) for a in s.articles]
    assert stored == [("0001", "Source 1")]


def test_a_story_in_another_script_keeps_a_headline_of_its_own() -> None:
    """The headline comparison reads Latin letters and digits only: a story whose headlines
    have none of them is titled by its first article's headline, never "Briefing"."""
    pile = [
        Article(
            "ru-1", "Пожар в танцевальном зале унёс жизни людей.", "Вести", "Пожар в Гётеборге"
        ),
        Article(
            "ru-2", "Пожар в танцевальном зале, много погибших.", "Известия", "Гётеборг: пожар"
        ),
    ]
    titles = [s.title for s in group_stories(pile).stories]
    assert titles and all(title in {"Пожар в Гётеборге", "Гётеборг: пожар"} for title in titles)


def test_an_article_placed_while_a_story_was_being_shown_is_still_new() -> None:
    """A story is marked shown with the articles it was shown with: one placed between building
    the page and marking it was never seen, so it is listed as new."""
    from bylines.stories.pipeline import mark_shown as mark_served

    later = Article("tv-4", "Governor Ilse Marrow said the Omsel valley toll had risen to 15.",
                    "Valley Radio", "Omsel quake toll rises")  # fmt: skip
    with StoryStore() as store:
        add_articles(store, articles(TARVIA), now=datetime(2026, 3, 2, 10))
        (served,) = list_stories(store)
        add_articles(store, [later], now=datetime(2026, 3, 2, 10))  # while the page was built
        mark_served(store, [served], now=datetime(2026, 3, 2, 10))
        (story,) = list_stories(store)
    assert story.new is not None and story.new.outlets == ("Valley Radio",)


def test_an_article_id_used_again_by_a_later_run_is_told_apart_from_the_shown_one() -> None:
    """Two runs may each have an article 'tv-1': what is new is decided by the article itself,
    not by its id, so the shown one is not listed again as new."""
    first = articles(TARVIA)[:2]
    later = Article("tv-1", "Governor Ilse Marrow said a field hospital opened in Kettra on "
                    "Tuesday for the Omsel valley's injured.", "Valley Radio")  # fmt: skip
    with StoryStore() as store:
        add_articles(store, first, now=datetime(2026, 3, 2, 10))
        (story,) = list_stories(store)
        mark_shown(store, {story.id: [a.key for a in story.articles]}, "2026-03-02T10:00:00")
        add_articles(store, [later], now=datetime(2026, 3, 3, 10))
        (story,) = list_stories(store)
    assert story.new is not None and story.new.outlets == ("Valley Radio",)
    assert all("field hospital" in fact for fact in story.new.facts)


def test_a_headline_wins_over_an_untitled_articles_first_line() -> None:
    """An untitled article's first line stands for a headline only in a story with none: its
    lead sentence, whose words the others carry, does not win over a written headline."""
    from bylines.stories.title import story_title

    titled = articles(TARVIA)[1]
    untitled = Article("tv-9", "Governor Ilse Marrow put the Omsel valley death toll at 12 after "
                       "Sunday's 6.1 magnitude quake flattened homes in Kettra and Brask.",
                       "Valley Radio")  # fmt: skip
    assert story_title([untitled, titled]) == titled.title
    assert story_title([untitled]).startswith("Governor Ilse Marrow put the Omsel valley")
    # a title that is only a date line (kept by an older bylines) is no headline
    stamped = Article(
        "tv-8", untitled.text, "Valley Radio", "2 March 2026 Last updated at 09:15 GMT"
    )
    assert story_title([stamped]).startswith("Governor Ilse Marrow put the Omsel valley")
