"""The briefing's title is the headline most outlets' words support, not one outlet's angle.

Every event, outlet and headline here is invented.
"""

from __future__ import annotations

from bylines import Article, SummarySentence, build_report, to_markdown
from bylines.report.headline import FALLBACK, neutral_title

DAM = (
    "The Orrin Dam on the Velka river was closed on Tuesday after engineers found cracks in its "
    "spillway, the regional water authority said. About 3,000 residents of Tallow downstream "
    "were told to prepare to leave."
)


def article(n: int, title: str | None, text: str = DAM, source: str | None = None) -> Article:
    return Article(id=f"a{n}", text=text, source=source or f"Outlet {n}", title=title)


def test_a_slanted_headline_loses_to_the_one_the_others_words_support() -> None:
    articles = [
        article(1, "Shameful cover-up: bungling bureaucrats hid dam's crumbling secret for years"),
        article(2, "Orrin Dam closed after engineers find cracks in spillway"),
        article(3, "Cracks found in Orrin Dam spillway, Tallow residents told to prepare"),
        article(4, "Water authority closes dam on the Velka"),
    ]
    # Every word of the water authority headline is in every report; "find" (the texts say
    # "found") and the slanted headline's adjectives are not.
    assert neutral_title(articles) == "Water authority closes dam on the Velka"
    assert neutral_title(articles[:2]) == "Orrin Dam closed after engineers find cracks in spillway"


def test_the_first_article_does_not_win_by_being_first() -> None:
    headlines = ["Tallow panic as dam nightmare unfolds", "Engineers close Orrin Dam over cracks"]
    assert neutral_title([article(1, headlines[0]), article(2, headlines[1])]) == headlines[1]
    assert neutral_title([article(1, headlines[1]), article(2, headlines[0])]) == headlines[1]


def test_a_near_duplicate_does_not_vote_twice() -> None:
    slant = "Dam disgrace: residents abandoned"
    copy = Article("a3", DAM + " Residents feel abandoned in disgrace.", "Outlet 3", slant)
    articles = [
        article(1, slant, DAM + " Residents feel abandoned in disgrace."),
        article(2, "Orrin Dam closed after cracks found"),
        Article(copy.id, copy.text, copy.source, copy.title, duplicate_of="a1"),
    ]
    assert neutral_title(articles) == "Orrin Dam closed after cracks found"


def test_a_headline_in_capitals_gives_way_to_a_plain_one_nearly_as_well_supported() -> None:
    shouted = "ORRIN DAM CLOSED AFTER CRACKS FOUND IN SPILLWAY"  # shorter: it wins a tie
    plain = "Cracks found in Orrin Dam spillway, Tallow residents told to prepare"
    slant = "Shameful cover-up: bungling bureaucrats hid dam's crumbling secret for years"
    assert neutral_title([article(1, shouted), article(2, plain)]) == plain
    assert neutral_title([article(1, plain), article(2, shouted)]) == plain
    # never for an outlet's angle: the capitals are the only plain account
    assert neutral_title([article(1, shouted), article(2, slant)]) == shouted
    # nor when every headline is in capitals
    assert neutral_title([article(1, shouted), article(2, plain.upper())]) == shouted
    # an acronym or two is no headline in capitals
    nasa = "NASA and ESA say Orrin Dam spillway cracks found by engineers"
    assert neutral_title([article(1, nasa), article(2, slant)]) == nasa


def test_without_headlines_the_summary_first_sentence_cut_to_a_title_stands_in() -> None:
    short = SummarySentence("The Orrin Dam was closed on Tuesday.", ("a1",), "c1")
    clause = SummarySentence(
        "Voters in Kessaria cast ballots on Sunday in a parliamentary election, which the "
        "government hailed as a step towards democracy and critics dismissed as a sham.",
        ("a1",), "c1",
    )  # fmt: skip
    long = SummarySentence(" ".join(f"word{n}" for n in range(30)), ("a1",), "c1")
    assert neutral_title([article(1, None)], [short]) == "The Orrin Dam was closed on Tuesday"
    for kept in ("Aid reached the U.S.", "Was the Orrin Dam closed?", "The dam held..."):
        as_kept = SummarySentence(kept, ("a1",), "c1")
        assert neutral_title([article(1, None)], [as_kept]) == kept
    assert neutral_title([article(1, None)], [clause]) == (
        "Voters in Kessaria cast ballots on Sunday in a parliamentary election"
    )
    assert (
        neutral_title([article(1, None)], [long]) == " ".join(f"word{n}" for n in range(20)) + "…"
    )
    assert neutral_title([article(1, None)]) == FALLBACK


def test_the_rendered_briefing_uses_the_neutral_title() -> None:
    texts = [
        "Families in Tallow are terrified after the Orrin Dam was closed on Tuesday. Engineers "
        "found cracks in the spillway. Critics called the inspection regime a fiasco.",
        "Engineers closed the Orrin Dam on the Velka on Tuesday after they found cracks in its "
        "spillway, the water authority said.",
        "The water authority shut the Orrin Dam because of spillway cracks. Residents of Tallow "
        "were told to prepare to leave, officials said on Tuesday.",
    ]
    headlines = [
        "Outrage as dam fiasco leaves families terrified",
        "Orrin Dam closed after engineers find cracks",
        "Engineers close Orrin Dam after finding spillway cracks",
    ]
    report = build_report(
        [article(n, h, t) for n, (h, t) in enumerate(zip(headlines, texts, strict=True))]
    )
    assert not any(a.duplicate_of for a in report.articles)
    first_line = to_markdown(report).splitlines()[0]
    assert "fiasco" not in first_line
    assert "Orrin Dam" in first_line


def test_a_fallback_title_ending_on_a_figure_loses_its_full_stop() -> None:
    # the decimal point is no abbreviation's: only a dotted abbreviation keeps the stop
    figure = SummarySentence("Inflation in Kessaria rose to 2.5.", ("a1",), "c1")
    assert neutral_title([article(1, None)], [figure]) == "Inflation in Kessaria rose to 2.5"
