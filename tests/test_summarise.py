from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bylines.ingest.sentences import split_sentences
from bylines.options import ReportOptions
from bylines.report.coverage import coverage
from bylines.report.pipeline import build_report
from bylines.report.summarise import (
    MAX_OVERRUN,
    concept_weights,
    concepts,
    display_text,
    form_problem,
    stem,
    summarise,
)
from bylines.types import Article, Claim, Sentence

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"
SRC = str(Path(__file__).resolve().parents[1] / "src")

# Three short reports of one invented event, written for these tests.
FLOOD = (
    Article(
        "a",
        "Floods in the river valley forced 2,000 residents to leave their homes on Tuesday. "
        "The regional governor declared a state of emergency in four districts. "
        "He said the army would help with the evacuation. "
        "Rain is expected to continue until the weekend.",
        "Alpha News",
    ),
    Article(
        "b",
        "About 2,000 residents left their homes on Tuesday as floods hit the river valley. "
        "The regional governor declared a state of emergency across the valley. "
        "Local farmers said the harvest of apples was lost.",
        "Beta Times",
    ),
    Article(
        "c",
        "The regional governor declared a state of emergency after floods in the river valley. "
        "Schools in the valley will stay closed for the rest of the week, officials said. "
        '"We have never seen water this high," one resident told reporters.',
        "Gamma Post",
    ),
)


def one_claim_per_sentence(articles: tuple[Article, ...]) -> tuple[Claim, ...]:
    sentences = split_sentences(articles)
    return tuple(
        Claim(f"c{i}", s.text, (s.article,), coverage((s.article,), articles), (s,))
        for i, s in enumerate(sentences)
    )


def grouped(articles: tuple[Article, ...], groups: list[list[tuple[str, int]]]) -> list[Claim]:
    """Claims made by hand: each group lists (article id, sentence index) pairs."""
    by_key = {(s.article, s.index): s for s in split_sentences(articles)}
    claims = []
    for i, group in enumerate(groups):
        mentions = tuple(by_key[key] for key in group)
        sources = tuple(dict.fromkeys(m.article for m in mentions))
        claims.append(
            Claim(f"g{i}", mentions[0].text, sources, coverage(sources, articles), mentions)
        )
    return claims


def words_of(summary: tuple[object, ...]) -> list[int]:
    return [len(s.text.split()) for s in summary]  # type: ignore[attr-defined]


# --- form -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("He said the army would help with the evacuation.", "points back"),
        ("It was the worst flood in the valley for a century.", "points back"),
        ("But the governor declined to give a figure for the damage.", "points back"),
        ("They had been warned about the river two days before.", "points back"),
        ("This prompted an angry response from farmers across the valley.", "points back"),
        ('"We have never seen water this high," one resident said.', "quotation"),
        ("The mayor called the response “a disgrace to the valley and its people.", "unbalanced"),
        (
            'The mayor called the response "a disgrace to the valley, the minister said.',
            "unbalanced",
        ),
        ("Floods force thousands from homes in river valley", "full stop"),
        ("Thousands Flee Their Homes As Floods Hit The River Valley.", "headline"),
        ("Will the valley recover before the harvest season ends this year?", "full stop"),
        ("LONDON (AP) _", "short"),
        ("Rain fell again.", "short"),
        ("and the army arrived later in the day with boats and trucks.", "mid-sentence"),
        ("412) in the regular season and a place in the final for the first time.", "bracket"),
        ("38) in the regular season and a place in the final for the first time.", "bracket"),
        ("8) in the regular season and a place in the final for the first time.", "bracket"),
        ("The club finished the season with a record of 51 wins (a club best.", "bracket"),
        (" ".join(["word"] * 60) + ".", "long"),
        ("A magnitude 6 quake can cause severe damage in towns built of mud brick.", "general"),
        ("An eruption of this kind typically lasts for several weeks, experts say.", "general"),
    ],
)
def test_badly_formed_sentences_are_named(text: str, why: str) -> None:
    problem = form_problem(text)
    assert problem is not None
    assert why in problem


@pytest.mark.parametrize(
    "text",
    [
        "The regional governor declared a state of emergency in four districts.",
        "Schools in the valley will stay closed for the rest of the week, officials said.",
        'The governor called the floods "the worst in living memory" on Tuesday.',
        "2,000 residents left their homes on Tuesday as the river rose.",
        "US Secretary of State Ann Example met French President Jean Dupont in Paris.",
        "Officials said the dam was safe, the state agency reported (in a statement).",
        "The council weighed two remedies: a) spending cuts across departments, b) new taxes.",
        "Options before the council were: 1) wait for the survey, 2) rebuild the dam now.",
        "The council weighed a) spending cuts and b) new taxes for the valley this year.",
        "Engineers offered 1) a new dam or 2) higher walls along the river this year.",
        "A boy (aged 12) was hurt when the wall of the old dam gave way on Tuesday.",
        "A spokesman for the valley council said the dam could hold for another week.",
        # (review16c) 'can' of a clause or of reported speech is news
        "A spokesman said the dam can hold for another week, the council added.",
        "A man who can barely walk was pulled from the rubble on Tuesday.",
        "A second aftershock can be felt as far away as Varn, residents said.",
        "A woman who usually walks her dog by the river found the boy on Sunday.",
    ],
)
def test_well_formed_sentences_pass(text: str) -> None:
    assert form_problem(text) is None


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("SEOUL, South Korea (AP) _ The talks ended.", "The talks ended."),
        ("PARIS (Reuters) - The talks ended.", "The talks ended."),
        ("BEIJING, Nov. 5 (Xinhua) -- The talks ended.", "The talks ended."),
        ("WASHINGTON _ The talks ended.", "The talks ended."),
        ("The talks in Seoul ended (AP) on time.", "The talks in Seoul ended (AP) on time."),
        ("US officials said the talks ended.", "US officials said the talks ended."),
    ],
)
def test_display_text_drops_a_leading_dateline_only(raw: str, shown: str) -> None:
    assert display_text(Sentence("a", 0, raw, 0, len(raw))) == shown


def test_stem_joins_inflections_and_concepts_skip_function_word_pairs() -> None:
    assert stem("killed") == stem("kills") == stem("killing") == "kill"
    assert stem("countries") == stem("country") == "country"
    assert stem("declared") == stem("declare") == stem("declaring")
    assert stem("stopped") == stem("stop") == "stop"
    assert stem("is") == "is"
    found = concepts("The floods hit the valley.")
    assert ("flood", "hit") in found
    assert ("the", "flood") in found  # one content word is enough
    assert ("hit", "the") in found
    assert ("flood",) in found
    assert ("the",) not in found


# --- concept weights --------------------------------------------------------------------------


def test_concepts_weigh_the_number_of_reports_and_duplicates_count_once() -> None:
    weights = concept_weights(one_claim_per_sentence(FLOOD), FLOOD)
    assert weights[("governor", stem("declared"))] == 3
    assert weights[("river", "valley")] == 3
    assert weights[(stem("homes"), "on")] == 2
    assert 0 < weights[("valley",)] < weights[("river", "valley")]  # words count less than pairs
    single = weights[("local", "farmer")]  # in one report of three: only a filler
    assert 0 < single < 0.1
    copy = Article("d", FLOOD[1].text, "Delta Wire")
    again = (*FLOOD, copy)
    assert concept_weights(one_claim_per_sentence(again), again)[("local", "farmer")] == 2
    marked = (*FLOOD, Article("d", copy.text, copy.source, duplicate_of="b"))
    assert concept_weights(one_claim_per_sentence(marked), marked)[("local", "farmer")] == single


# --- selection --------------------------------------------------------------------------------


def test_summary_leads_with_what_every_report_says_and_skips_repeats() -> None:
    claims = one_claim_per_sentence(FLOOD)
    summary = summarise(claims, FLOOD, 30)
    texts = [s.text for s in summary]
    assert sum("state of emergency" in t for t in texts) == 1
    assert sum("2,000" in t for t in texts) == 1
    for sentence in summary:
        assert form_problem(sentence.text) is None
        assert "He said" not in sentence.text


def test_summary_cites_every_source_of_a_grouped_claim() -> None:
    claims = grouped(FLOOD, [[("a", 1), ("b", 1), ("c", 0)], [("a", 0), ("b", 0)]])
    claims += [c for c in one_claim_per_sentence(FLOOD) if c.mentions[0].index > 1]
    summary = summarise(claims, FLOOD, 40)
    by_claim = {s.claim: s for s in summary}
    assert by_claim["g0"].sources == ("a", "b", "c")
    assert by_claim["g1"].sources == ("a", "b")
    ids = {c.id: c for c in claims}
    for sentence in summary:
        assert sentence.sources == ids[sentence.claim].sources
        assert sentence.text in {display_text(m) for m in ids[sentence.claim].mentions}


def test_the_best_formed_mention_of_a_claim_is_shown() -> None:
    articles = (
        Article("a", "Officials closed the bridge. It had cracks in two of its main pillars.", "A"),
        Article("b", "Inspectors found cracks in two main pillars of the old bridge.", "B"),
    )
    claims = grouped(articles, [[("a", 1), ("b", 0)]])
    summary = summarise(claims, articles, 20)
    assert [s.text for s in summary] == [articles[1].text]
    assert summary[0].sources == ("a", "b")


def test_budget_is_filled_and_only_a_last_sentence_may_overrun_by_less_than_half() -> None:
    claims = one_claim_per_sentence(FLOOD)
    for budget in (15, 25, 40, 60):
        lengths = words_of(summarise(claims, FLOOD, budget))
        total = sum(lengths)
        assert total >= budget * 0.6 or total == sum(words_of(summarise(claims, FLOOD, 1000)))
        overrun = total - budget
        assert overrun <= MAX_OVERRUN * max(lengths)


def test_sentences_are_ordered_by_their_place_in_the_articles() -> None:
    claims = one_claim_per_sentence(FLOOD)
    summary = summarise(claims, FLOOD, 60)
    index = {c.id: c.mentions[0].index for c in claims}
    places = [index[s.claim] for s in summary]
    assert places == sorted(places)


def test_earlier_reports_come_first_among_sentences_of_the_same_place() -> None:
    def article(id_: str, text: str, published: str | None) -> Article:
        return Article(id_, f"The flood in the valley {text}", id_, published=published)

    dated = (
        article("late", "left rescuers short of boats and fuel by Friday.", "2024-05-03"),
        article("early", "began when the river burst its banks on Tuesday.", "2024-04-30"),
        article("undated", "killed hundreds of cattle on farms near the mill.", None),
    )
    summary = summarise(one_claim_per_sentence(dated), dated, 40)
    assert [s.sources[0] for s in summary] == ["early", "late", "undated"]


def test_a_single_short_article_still_gets_a_summary() -> None:
    article = Article("a", "Rain fell again.", "A")
    claims = one_claim_per_sentence((article,))
    summary = summarise(claims, (article,), 120)
    assert [s.text for s in summary] == ["Rain fell again."]


def test_no_claims_no_summary() -> None:
    assert summarise((), (), 120) == ()


# --- the example cluster ----------------------------------------------------------------------


def test_example_cluster_summary_is_readable_cited_and_near_the_budget() -> None:
    files = sorted(EXAMPLE.glob("*.txt"))
    articles = [Article(p.stem, p.read_text(encoding="utf-8"), p.stem) for p in files]
    report = build_report(articles, ReportOptions(words=120, embedder="tfidf", entities="rules"))
    summary = report.summary
    cited = {source for s in summary for source in s.sources}
    assert len(cited) >= 3
    lengths = words_of(summary)
    assert 100 <= sum(lengths) <= 120 + MAX_OVERRUN * max(lengths)
    for sentence in summary:
        assert form_problem(sentence.text) is None, sentence.text
        assert "Oops" not in sentence.text
    assert len({s.claim for s in summary}) == len(summary)
    texts = {a.id: a.text for a in report.articles}
    for sentence in summary:  # each is a sentence of one of the articles it cites
        assert any(sentence.text in texts[source] for source in sentence.sources)


# --- any input --------------------------------------------------------------------------------

_VOCAB = ["the", "flood", "river", "valley", "He", "said", "governor", '"', "on", "Tuesday", "."]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_VOCAB), min_size=0, max_size=30).map(" ".join),
        min_size=1,
        max_size=12,
    ),
    budget=st.integers(min_value=10, max_value=80),
)
def test_any_claims_give_a_cited_summary_within_the_overrun_rule(
    texts: list[str], budget: int
) -> None:
    articles = (Article("a", "x", "A"), Article("b", "x", "B"), Article("c", "x", "C"))
    claims = tuple(
        Claim(
            f"c{i}",
            text,
            (articles[i % 3].id,),
            "one",
            (Sentence(articles[i % 3].id, i, text, 0, len(text)),),
        )
        for i, text in enumerate(texts)
    )
    summary = summarise(claims, articles, budget)
    ids = {c.id: c for c in claims}
    assert len({s.claim for s in summary}) == len(summary)
    for sentence in summary:
        assert sentence.text.strip()
        assert sentence.sources == ids[sentence.claim].sources
    assert bool(summary) == any(t.strip() for t in texts)
    lengths = words_of(summary)
    if len(summary) > 1:
        assert sum(lengths) - budget <= MAX_OVERRUN * max(lengths)


def test_a_budget_shorter_than_every_sentence_still_gives_one_sentence() -> None:
    long_ = (
        "The regional governor declared a state of emergency in four districts of the river "
        "valley on Tuesday after days of heavy rain forced thousands of residents from homes."
    )
    articles = (Article("a", long_, "A"), Article("b", long_.replace("Tuesday", "Monday"), "B"))
    claims = one_claim_per_sentence(articles)
    assert min(len(c.text.split()) for c in claims) > 2 * 10
    summary = summarise(claims, articles, 10)
    assert len(summary) == 1
    assert summary[0].text in (articles[0].text, articles[1].text)


def test_a_sentence_from_inside_a_longer_quotation_is_not_shown_as_narration() -> None:
    text = (
        "The mayor spoke to reporters outside the flooded town hall on Tuesday morning. "
        "“We lost the bridge in the night. The river rose four metres in three hours. "
        "We will rebuild,” she said after touring the damaged streets of the old town."
    )
    articles = [Article(id="a", text=text, source="A")]
    sentences = split_sentences(articles)
    claims = tuple(Claim(f"c{i}", s.text, ("a",), "one", (s,)) for i, s in enumerate(sentences))
    chosen = [s.text for s in summarise(claims, articles, 100)]
    assert not any(t.startswith("The river rose") for t in chosen)
    assert chosen[0].startswith("The mayor spoke")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("“We will rebuild the harbour wall before winter,” Mayor Ana Ruiz said on Tuesday.", None),
        ("“The river rose four metres in three hours,” the mayor told reporters at dawn.", None),
        ("“We will rebuild the harbour wall before winter,” she said on Tuesday.",
         "starts inside a quotation"),
        ("“We will rebuild the harbour wall before winter and reopen the ferry line.",
         "starts inside a quotation"),
    ],
)  # fmt: skip
def test_a_whole_attributed_quotation_may_stand_in_a_summary(
    text: str, problem: str | None
) -> None:
    assert form_problem(text) == problem


# Three invented reports whose lead sentences tie in the summary ('hit' / 'struck' score alike):
# summed in the order of a set of concepts, the tie went one way under some hash seeds and the
# other way under others (seeds 3 and 5 chose 'struck', the rest 'hit').
_TIED_LEADS = {
    "a.txt": "A lorry hit a railway bridge on Crane Road in Selbury on Tuesday.\nThe lorry, "
    "carrying 20 tonnes of steel, was stuck under the bridge.\nPolice said 20 trains were delayed.",
    "b.txt": "A lorry got stuck under a railway bridge on Crane Road in Selbury on Tuesday.\n"
    "Police said 35 trains were delayed.\nIt was carrying steel.",
    "c.txt": "A lorry struck a railway bridge on Crane Road in Selbury on Tuesday.\nPolice said 20 "
    "trains were checked by engineers before the line reopened.\nThe lorry was carrying steel.",
}


def test_a_tie_between_two_wordings_falls_the_same_way_under_any_hash_seed(
    tmp_path: Path,
) -> None:
    for name, text in _TIED_LEADS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    summaries = set()
    for seed in ("1", "3", "5"):
        env = {**os.environ, "PYTHONPATH": SRC, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "bylines", "report", str(tmp_path), "--format", "json"]
        command += ["--embedder", "tfidf", "--entities", "rules"]
        done = subprocess.run(command, capture_output=True, env=env, check=True)
        summaries.add(tuple(s["text"] for s in json.loads(done.stdout)["summary"]))
    assert len(summaries) == 1
    assert "Selbury" in next(iter(summaries))[0]
