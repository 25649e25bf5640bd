"""The clean stage: furniture goes (and is listed), the story stays, on text written here and on
the example cluster read at run time."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bylines.ingest.clean import clean_article
from bylines.ingest.read import article_from_text, read_inputs
from bylines.types import Article

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT.parent / "shared" / "examples" / "blinken-xi"

BEFORE = "The harbour bridge reopened to traffic on Tuesday, the council said."
AFTER = "Engineers replaced forty steel cables during the eight-month closure."


def clean(text: str, title: str | None = None) -> Article:
    return clean_article(Article(id="a", text=text, source="A", title=title))


def letters(text: str) -> str:
    return re.sub(r"\W+", "", text)


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


# --- junk goes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "Oops! Something went wrong. Please try again later.",
        "Something went wrong.",
        "Advertisement",
        "Share this article",
        "Leave a Comment",
        "Show 12 comments",
        "Join the conversation",
        "Marta Ruiz contributed to this report.",
        "Associated Press writers Ann Lee in Oslo and Bo Kim in Seoul contributed to this report.",
        "Reuters contributed reporting.",
        "With News Wire Services",
        "— With files from The Canadian Press",
        "(Reporting by Jane Fielding; Editing by Tom Marsh)",
        "By Jane Fielding and Tom Marsh, Coastal Wire",
        "(AP Photo/Jane Fielding)",
        "Image source, Getty Images",
        "Copyright 2024 The Coastal Gazette. All rights reserved.",
        "NOTE: This headline, photo and content in this report was amended on 6 March.",
        "Editor's note: The author sits on the harbour board.",
        "Correction: An earlier version gave the wrong cost.",
        "This story has been updated with comments from the mayor.",
        "Updated: 6 March 2024 12:30 GMT",
        "10 Jun 2013 09:10",
        "March 2024",
        "Tuesday, March 5, 2024, 4:30 PM EDT",
        "Tell us what you think in the comments below!",
        "Share your thoughts with us",
        "View all related articles",
        "Read more: Ferry timetable changes for the summer",
        "RELATED: Is the old bridge safe to walk?",
        "___",
        "* * *",
        "-----",
        "• Share",
        "• Cyclists",
        "Click here to subscribe to our newsletter",
    ],
)
def test_furniture_line_is_removed_and_listed(junk: str) -> None:
    article = clean(f"{BEFORE}\n{junk}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (junk,)


# --- real sentences stay -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "real",
    [
        "The mayor took note of complaints from shop owners about the long closure.",
        "A diplomatic note delivered on Monday said the rules had been amended.",
        "“Everyone on the crew contributed to this report card,” the mayor said.",
        "“The crew contributed to this report,” the mayor said.",
        "Dozens of volunteers contributed to the repairs over the winter.",
        "Many nations contributed.",
        "Shop owners said business fell. Read more about the closure in the minutes, one said.",
        "Read more about the history of the bridge in the council archive.",
        "Something went wrong with the first cable order, the chief engineer admitted.",
        "Please try again later, the hotline told callers on Monday.",
        "Related talks on the ferry contract will be held next week.",
        "By Monday, the bridge had reopened to buses.",
        "By then the cost had doubled, the council said.",
        "Comments from the mayor were welcomed by shop owners.",
        "Photos by the council showed the new cables in place.",
        "Reporting by the local radio station suggested the work ran late.",
        "Update talks with the contractor are planned for May.",
        "This report was welcomed by the harbour board on Friday.",
        "Share prices of the contractor rose after the reopening.",
        "With AFP and Reuters reporting from the scene, the news spread fast.",
        "Will the bridge stay open through the storm season?",
        "Copyrights on the bridge design belong to the architect, the council said.",
        "Readers vented their anger in the comments.",
        "May 5 was the day the bridge reopened.",
    ],
)
def test_look_alike_sentence_is_kept(real: str) -> None:
    article = clean(f"{BEFORE}\n{real}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{real}\n{AFTER}"
    assert article.removed == ()


def test_bullet_with_a_sentence_keeps_the_sentence() -> None:
    article = clean(f"{BEFORE}\n• Traffic will be limited to 30 km/h for a week.\n• Cyclists")
    assert article.text == f"{BEFORE}\nTraffic will be limited to 30 km/h for a week."
    assert article.removed == ("• Cyclists",)


# --- widgets and link lists ----------------------------------------------------------------------


def test_widget_error_split_over_bullet_lines() -> None:
    widget = "  • Oops!\n    Something went wrong.\n    Please try again later.\n"
    article = clean(f"{BEFORE}\n\n{widget * 3}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == ("• Oops!", "Something went wrong.", "Please try again later.") * 3


def test_widget_error_inside_a_paragraph() -> None:
    article = clean(f"{BEFORE} Oops! Something went wrong. Please try again later. {AFTER}")
    assert article.text == f"{BEFORE} {AFTER}"
    assert article.removed == ("Oops! Something went wrong. Please try again later.",)


def test_read_more_heading_and_its_link_titles() -> None:
    links = "Ferry timetable changes for the summer\nCouncil approves new cycle lanes\n"
    question = "Will the ferry keep running?"
    article = clean(f"{BEFORE}\nRead more:\n{links}{question}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{question}\n{AFTER}"
    assert article.removed == (
        "Read more:",
        "Ferry timetable changes for the summer",
        "Council approves new cycle lanes",
    )


def test_related_list_with_bullets() -> None:
    article = clean(f"{BEFORE}\nRelated stories\n• Ferry changes\n• New cycle lanes\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert len(article.removed) == 3


# --- paragraphs ----------------------------------------------------------------------------------


def test_double_spaces_are_paragraph_breaks_when_there_is_no_newline() -> None:
    assert clean(f"{BEFORE}  {AFTER}").text == f"{BEFORE}\n{AFTER}"
    assert clean(f"{BEFORE} {AFTER}").text == f"{BEFORE} {AFTER}"


def test_newlines_are_the_paragraphs_when_present() -> None:
    text = f"  {BEFORE}  Still the first paragraph.\r\n\r\n{AFTER}\u00a0 \n"
    assert clean(text).text == f"{BEFORE} Still the first paragraph.\n{AFTER}"


# --- headline and standfirst ---------------------------------------------------------------------

HEADLINE = "Harbour Bridge Reopens After Eight Months"
STANDFIRST = "Council hails the end of repairs but shop owners count the cost of the long closure"


def test_headline_and_doubled_standfirst_run_into_one_line() -> None:
    text = f"{HEADLINE} {STANDFIRST} {STANDFIRST}  {BEFORE} {AFTER}  The end came on Monday."
    article = clean(text)
    assert article.title == HEADLINE
    assert article.text == f"{STANDFIRST}\n{BEFORE} {AFTER}\nThe end came on Monday."
    assert article.removed == (HEADLINE, STANDFIRST)


def test_doubled_standfirst_keeps_a_known_title() -> None:
    article = clean(f"{HEADLINE} {STANDFIRST} {STANDFIRST}  {BEFORE}", title="Bridge open")
    assert article.title == "Bridge open"
    assert article.text == f"{STANDFIRST}\n{BEFORE}"


def test_repeat_inside_a_body_paragraph_is_kept_once() -> None:
    article = clean(f"{BEFORE} {AFTER} {AFTER} The end.")
    assert article.text == f"{BEFORE} {AFTER} The end."
    assert article.removed == (AFTER,)


def test_repeated_standfirst_line_is_kept_once() -> None:
    article = clean(f"{HEADLINE}\n{STANDFIRST}\n{STANDFIRST}\n{BEFORE}")
    assert article.title == HEADLINE
    assert article.text == f"{STANDFIRST}\n{BEFORE}"
    assert article.removed == (HEADLINE, STANDFIRST)


def test_repeated_line_keeps_the_copy_that_ends_like_a_sentence() -> None:
    caption = "Engineers replaced forty steel cables during the eight-month closure"
    article = clean(f"{BEFORE}\n{caption}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (caption,)


def test_body_sentence_the_headline_repeats_is_kept() -> None:
    headline = "The harbour bridge reopened to traffic on Tuesday"
    article = clean(f"{headline}\n{BEFORE}\n{headline}.\n{AFTER}")
    assert article.title == headline
    assert article.text == f"{BEFORE}\n{headline}.\n{AFTER}"


def test_short_repeats_are_real() -> None:
    text = f"{BEFORE}\n“No,” he said.\n{AFTER}\n“No,” he said."
    assert clean(text).text == text


def test_title_line_leaves_the_body_wherever_it_is() -> None:
    article = clean(f"{HEADLINE}\n{BEFORE}\n{HEADLINE.upper()}\n{AFTER}", title=HEADLINE)
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (HEADLINE, HEADLINE.upper())


def test_text_that_is_only_its_title_is_kept() -> None:
    assert clean(HEADLINE, title=HEADLINE).text == HEADLINE


def test_dateline_is_removed_from_the_first_paragraph_only() -> None:
    article = clean(f"PORTVILLE, March 5 (Coastal Wire) — {BEFORE}\nOSLO — {AFTER}")
    assert article.text == f"{BEFORE}\nOSLO — {AFTER}"
    assert article.removed == ("PORTVILLE, March 5 (Coastal Wire) —",)
    assert clean(f"NATO said on Monday that {AFTER}").removed == ()
    assert clean(f"A FIRE - BOMB attack hit a bank.\n{AFTER}").removed == ()
    assert clean(f"US - China ties: {AFTER}").removed == ()


@pytest.mark.parametrize("mark", ["✦", "▌", "◆◆", "»", "~", "⁂"])
def test_a_wire_may_end_its_dateline_with_any_sign_after_the_agency(mark: str) -> None:
    article = clean(f"KELLMARSH, Mar 3 (Tidewire) {mark} {BEFORE}\n{AFTER}")
    assert article.text == f"{BEFORE}\n{AFTER}"
    assert article.removed == (f"KELLMARSH, Mar 3 (Tidewire) {mark}",)


@pytest.mark.parametrize(
    "lead",
    [
        "NATO (the alliance), said on Monday that ",
        "UNICEF (the children's fund): ",
        "OSLO (Reuters) “We are ready,” said the minister, and ",
        "WHO (Geneva) & partners said ",
        "BBC (Wales) + S4C said ",
        "ITV (Anglia) #1 said ",
    ],
)
def test_a_bracket_followed_by_sentence_punctuation_is_no_dateline(lead: str) -> None:
    assert clean(f"{lead}{AFTER}").removed == ()


def test_spacing_around_stray_punctuation_is_repaired() -> None:
    text = "The work ended. . Shops cheered , and the mayor spoke. , as expected"
    assert clean(text).text == "The work ended. Shops cheered, and the mayor spoke, as expected"
    assert clean("He paused . . . then spoke.").text == "He paused . . . then spoke."
    assert clean("It grew in ambitions. from China.").text == "It grew in ambitions from China."
    for kept in ("He lives in Calif. and works there.", "It rained. iPhones got wet.", "Go. to"):
        assert clean(kept).text == kept


# --- the fixture story and general properties ----------------------------------------------------


def test_fixture_story_loses_all_furniture_in_text_order() -> None:
    (raw,) = read_inputs([str(FIXTURES / "furniture_story.txt")]).articles
    article = clean_article(raw)
    assert article.title == "Harbour bridge reopens after eight months of repairs"
    assert article.removed == (
        "Harbour bridge reopens after eight months of repairs",
        "• Oops!",
        "Something went wrong.",
        "Please try again later.",
        "PORTVILLE (Coastal Wire) —",
        "Read more:",
        "Ferry timetable changes for the summer",
        "Council approves new cycle lanes on the seafront",
        "• Cyclists",
        "• Pedestrians",
        "___",
        "Reporting by Jane Fielding; Editing by Tom Marsh",
        "Marta Ruiz contributed to this report.",
        "With News Wire Services",
        "NOTE: This article was amended on 6 March to correct the cost of the repairs.",
        "Leave a Comment",
    )
    kept = article.text.split("\n")
    assert len(kept) == 6
    assert kept[0].startswith("The harbour bridge reopened")
    assert kept[4] == "Traffic will be limited to 30 km/h for the first week."
    assert kept[5].startswith("Something went wrong with the first cable order")
    assert words(raw.text) == words(article.text) + words(" ".join(article.removed))


def test_html_fixture_is_cleaned_like_plain_text() -> None:
    (raw,) = read_inputs([str(FIXTURES / "harbour.html")]).articles
    article = clean_article(raw)
    assert article.removed == (
        "Harbour bridge reopens after repairs",
        "Advertisement",
        "Read more: Ferry timetable changes for the summer",
        "Marta Ruiz contributed to this report.",
    )
    assert len(article.text.split("\n")) == 4


def test_empty_and_all_furniture_texts() -> None:
    assert clean("").text == ""
    assert clean("Leave a Comment\n___\nAdvertisement").text == ""


def test_cleaning_twice_changes_nothing_more() -> None:
    once = clean_article(read_inputs([str(FIXTURES / "furniture_story.txt")]).articles[0])
    twice = clean_article(once)
    assert (twice.text, twice.title, twice.removed) == (once.text, once.title, once.removed)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab CD.,!?:;•-_\n“”'\"()", "Oops!", "Read more:", "  ", "Mr Xi said"]),
        max_size=120,
    ).map("".join)
)
def test_cleaning_only_ever_removes_words(text: str) -> None:
    article = clean(text)
    assert not words(article.text) - words(text)
    assert words(text) == words(article.text) + words(" ".join(article.removed))


# --- the example cluster, end to end -------------------------------------------------------------

# Page furniture seen in the five example reports; none of it may survive cleaning.
FURNITURE = (
    "Oops",
    "Something went wrong",
    "try again later",
    "Leave a Comment",
    "Read more",
    "Five key talking points",
    "Bill Gates visit signals",
    "contributed to this report",
    "With News Wire Services",
    "___",
    "NOTE:",
    "amended on",
    "•",
    "(AP) —",
)


@pytest.fixture(scope="module")
def example() -> dict[str, tuple[Article, Article]]:
    articles = read_inputs([str(EXAMPLE)]).articles
    return {raw.id[:3]: (raw, clean_article(raw)) for raw in articles}


def test_example_has_no_furniture_left(example: dict[str, tuple[Article, Article]]) -> None:
    assert len(example) == 5
    for _, article in example.values():
        left = [marker for marker in FURNITURE if marker in article.text]
        assert not left, (article.id, left)


def test_example_repeated_standfirst_appears_once(
    example: dict[str, tuple[Article, Article]],
) -> None:
    raw, article = example["000"]
    assert raw.text.count("Chinese president hails agreement") == 2
    assert article.text.count("Chinese president hails agreement") == 1
    assert article.text.startswith("Chinese president hails agreement")  # kept as the lead
    assert article.title is not None
    assert article.title.startswith("China’s Xi Puts a Positive Spin")
    assert article.title not in article.text


def test_example_headlines_leave_the_text(example: dict[str, tuple[Article, Article]]) -> None:
    for key in ("002", "004"):
        raw, article = example[key]
        assert raw.title is not None
        assert article.title == raw.title
        assert raw.title not in article.text


def test_example_removes_exactly_the_furniture(
    example: dict[str, tuple[Article, Article]],
) -> None:
    counts = {key: len(article.removed) for key, (_, article) in example.items()}
    # 000: headline, repeated standfirst, editor's note. 001: nothing. 002: headline, dateline,
    # separator, credit, comment prompt. 003: "Read more:" and two link titles.
    # 004: headline, three bullet widgets of three lines each, wire credit.
    assert counts == {"000": 3, "001": 0, "002": 5, "003": 3, "004": 11}
    for raw, article in example.values():
        # Every word that left the text is in the audit list, and nothing else left.
        assert words(raw.text) == words(article.text) + words(" ".join(article.removed))


def test_example_keeps_every_substantive_paragraph(
    example: dict[str, tuple[Article, Article]],
) -> None:
    for raw, article in example.values():
        paragraphs = re.split(r"\n|\s{2,}", raw.text)
        substantive = [
            p.strip() for p in paragraphs if len(p.split()) >= 8 and p.strip()[-1] in ".”"
        ]
        # Compared without spaces and punctuation: stray-punctuation repairs are not losses.
        lost = [p for p in substantive if letters(p) not in letters(article.text)]
        # Only the editor's note (000), the AP credit (002) and the datelined lead (002, whose
        # dateline alone is removed) are not found whole in the cleaned text.
        assert len(lost) == {"000": 1, "002": 2}.get(article.id[:3], 0), lost
    _, ap = example["002"]
    assert ap.text.startswith("The United States and China failed to overcome")


@pytest.mark.parametrize(
    ("key", "phrase"),
    [
        ("000", "just over half an hour"),
        ("000", "seven and a half hours"),
        ("001", "just over half an hour"),
        ("001", "4:30 pm (0830 GMT)"),
        ("002", "nearly 6-hour meeting"),
        ("003", "They are also at odds"),
        ("004", "met for 35 minutes"),
        ("004", "GOP presidential candidates"),
    ],
)
def test_example_key_facts_survive(
    example: dict[str, tuple[Article, Article]], key: str, phrase: str
) -> None:
    assert phrase in example[key][1].text


@pytest.mark.parametrize(
    "line",
    ["loading.... " * 20 + "x", "Oops!!!! " * 20 + "x", "click here " * 20 + "!", "a b " * 2000],
)
def test_repetitive_lines_are_handled(line: str) -> None:
    # Lines like these once sent a nested-repeat regex into exponential backtracking.
    article = clean(f"{BEFORE}\n{line}\n{AFTER}")
    assert article.text.startswith(BEFORE)
    assert article.text.endswith(AFTER)


def test_a_wire_dateline_names_the_outlet_when_the_input_did_not() -> None:
    article = Article(
        id="a1", text="LIMA (AP) — The port reopened on Friday after storms.", source="a1"
    )
    cleaned = clean_article(article)
    assert cleaned.source == "Associated Press"
    assert cleaned.text == "The port reopened on Friday after storms."


def test_a_known_outlet_is_never_replaced_by_the_dateline() -> None:
    article = Article(id="a1", text="LIMA (AP) — The port reopened on Friday.", source="El Diario")
    assert clean_article(article).source == "El Diario"


def test_hard_wrapped_text_is_joined_back_into_paragraphs() -> None:
    paragraphs = [
        "The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the "
        "city council said in a statement that thanked the crews who worked through the winter.",
        "Engineers replaced forty steel cables and resurfaced the deck at a cost of 12 million "
        "euros, according to the council, which had set aside ten million for the work.",
        "• Traffic will be limited to 30 km/h for the first week.",
        "Shop owners, who had complained about the long closure, said they expected customers "
        "to return quickly now that buses run across the harbour again.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, width=60) for p in [*paragraphs, "Leave a Comment"])
    article = clean(wrapped)
    assert article.text == "\n".join(p.removeprefix("• ") for p in paragraphs)
    assert article.removed == ("Leave a Comment",)


def test_one_paragraph_a_line_is_not_taken_for_wrapped_text() -> None:
    lines = [f"Short line number {n} of the story ends here." for n in range(8)]
    assert clean("\n".join(lines)).text == "\n".join(lines)


def test_example_cleaning_is_stable(example: dict[str, tuple[Article, Article]]) -> None:
    for _, article in example.values():
        again = clean_article(article)
        assert (again.text, again.title, again.removed) == (
            article.text,
            article.title,
            article.removed,
        )


def test_a_first_line_removed_as_furniture_is_no_title_the_headline_under_it_is() -> None:
    text = (
        "Tarnby Courier | Local | 14 March 2027, 09:40\n"
        "Spillway crack forces evacuation below Orrin dam\n"
        "By Hanne Ruud\n"
        "About 300 households below the Orrin dam were told to leave their homes on Saturday.\n"
        "The crack was spotted during a routine inspection, the county said.\n"
    )
    cleaned = clean_article(article_from_text(text, "01-courier"))
    assert cleaned.title == "Spillway crack forces evacuation below Orrin dam"
    assert cleaned.source == "Tarnby Courier"
    assert "Spillway crack" not in cleaned.text
    assert cleaned.text.startswith("About 300 households")
