"""Page shapes of a broadcaster's transcript, a numbered explainer and a wire slug parted by a
bracket glyph, each beside the look-alike that must not change: a transcript's turn is story and
a credit label over a name is not; a run of numbered lines loses its numbers and a sentence that
opens with a number keeps it; a bracket used as a separator marks the page and a bracket closed
in the line is punctuation. Every line is invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.ingest.prose import line_features
from bylines.models import load_models
from bylines.types import Article
from cleaned import clean, kept_lines

HEADLINE = "Hull crack halts the Quellmoor ferry"
LEAD = "The Quellmoor ferry was halted on Friday after a hull crack was found, the operator said."
LAST = "About 300 passengers were taken back to Dunnock pier by lifeboat crews."


def _page(*middle: str) -> str:
    return "\n".join((HEADLINE, *middle, LEAD, LAST))


# A transcript's turns spoken by the outlet's own staff: the words stay, the label goes.
TURNS = [
    (
        "PRESENTER: The ferry will not sail again this week.",
        "The ferry will not sail again this week.",
    ),
    (
        "CORRESPONDENT: The operator's chief, Ivo Rask, admits the crack was missed.",
        "The operator's chief, Ivo Rask, admits the crack was missed.",
    ),
    ("REPORTER: How long were they at sea?", "How long were they at sea?"),
    ("Anchor: Inspectors board the ship on Monday.", "Inspectors board the ship on Monday."),
]


@pytest.mark.parametrize(("line", "story"), TURNS)
def test_a_staff_turn_is_kept_without_its_label(line: str, story: str) -> None:
    assert story in kept_lines(_page(line))


# A credit label over a name (and where or for whom the person filed) is a byline.
CREDITS = [
    "Correspondent: Ana Lind",
    "Reporter: Ana Lind in Quellmoor",
    "Correspondent: Ana Lind, Dunnock Herald",
    "Correspondents: Ana Lind and Ivo Rask",
    "Photographs: Ivo Rask",
    "Photographs by Ivo Rask for the Dunnock Herald",
]


@pytest.mark.parametrize("line", CREDITS)
def test_a_credit_label_over_a_name_is_removed(line: str) -> None:
    assert kept_lines(_page(line)) == [LEAD, LAST]


def test_a_turn_of_someone_else_keeps_its_label() -> None:
    """Not the outlet's words: the speaker's name stays with them."""
    line = "RASK: We will repair the hull before the summer."
    assert line in kept_lines(_page(line))


# A numbered list: three items or more numbered one after another lose their numbers.
LIST = [
    "1. The crack runs for about 40 centimetres along the hull.",
    "2. The number of sailings cancelled has risen to 30, the operator says.",
    "3. Repairs will take 21 days.",
]


def test_the_numbers_of_a_numbered_list_are_taken_off() -> None:
    kept = kept_lines(_page(*LIST))
    assert kept[:3] == [item.split(" ", 1)[1] for item in LIST]


@pytest.mark.parametrize(
    "lines",
    [
        ["1.5 million passengers used the Quellmoor ferry last year, the operator said."],
        ["2. Bundesliga clubs booked the ferry for their summer tours, the operator said."],
        ["2031. That is the year the operator expects a new ferry to sail, it said."],
        LIST[:2],  # two items: as likely a chance of prose
        [LIST[0], LIST[2], LIST[1]],  # numbers out of order
    ],
)
def test_a_number_outside_a_list_stays(lines: list[str]) -> None:
    kept = kept_lines(_page(*lines))
    assert kept[: len(lines)] == lines


MODELS = load_models()


def _report_texts(*pages: str) -> list[str]:
    articles = [Article(f"a{i}", page, f"Outlet {i}") for i, page in enumerate(pages)]
    report = build_report(articles, models=MODELS)
    return [claim.text for claim in report.claims] + [s.text for s in report.summary]


def test_list_numbers_and_turn_labels_stay_out_of_claims() -> None:
    texts = _report_texts(
        _page(*LIST),
        _page("PRESENTER: The number of sailings cancelled has risen to 30, the operator says."),
    )
    assert not [text for text in texts if text.startswith(("2. ", "PRESENTER"))]
    assert any("risen to 30" in text for text in texts)


# A wire's slug parted by a bracket glyph said again and never closed.
SLUGS = [
    "TWS ⟬ 1210 ⟬ UK-FERRY/QUELLMOOR ⟬ flash ⟬ take 1",
    "KNA 〔 0930 〔 FERRY/HULL 〔 urgent",
]


@pytest.mark.parametrize("slug", SLUGS)
def test_a_slug_parted_by_an_unclosed_bracket_is_removed(slug: str) -> None:
    assert kept_lines(_page(slug)) == [LEAD, LAST]


@pytest.mark.parametrize(
    ("line", "symbols"),
    [
        ("TWS ⟬ 1210 ⟬ UK-FERRY/QUELLMOOR ⟬ flash", True),
        ("Notice ⟬draft⟭ and ⟬final⟭ posted at Dunnock pier", False),  # closed: punctuation
        ("Quellmoor pier 〔east〕 reopens", False),
        ("Ferry ⟬ halted", False),  # once: no parting
    ],
)
def test_only_a_repeated_unclosed_bracket_counts_as_a_symbol(line: str, symbols: bool) -> None:
    assert (line_features(0, [line]).symbols > 0) is symbols


def test_the_masthead_stays_out_of_the_text() -> None:
    assert clean(_page(SLUGS[0])).text.splitlines() == [LEAD, LAST]


# A credit under a staff label is a credit with a full stop too, removed and listed as written.
CREDITS_WITH_A_STOP = [
    "Correspondent: Ana Lind in Quellmoor.",
    "Reporter: Ana Lind. Edited by Ivo Rask.",
    "Correspondents: Ana Lind and Ivo Rask.",
    "Correspondent: Ana Lind, who has covered Quellmoor harbour for ten years.",
    "Correspondent: Ana Lind, reporting from Dunnock pier.",
    "Correspondent: Ana Lind in Quellmoor and Ivo Rask in Dunnock.",
    "Correspondent: Ana Lind. Camera: Ivo Rask.",
]


@pytest.mark.parametrize("line", CREDITS_WITH_A_STOP)
def test_a_credit_label_with_a_full_stop_is_removed(line: str) -> None:
    page = clean(_page(line))
    assert page.text.splitlines() == [LEAD, LAST]
    assert line in page.removed


@pytest.mark.parametrize(
    ("line", "story"),
    [
        # a name that goes on to say something is a turn
        (
            "REPORTER: Ana Lind, who chairs the harbour board, resigned on Friday.",
            "Ana Lind, who chairs the harbour board, resigned on Friday.",
        ),
        (
            "PRESENTER: Ivo Rask has run the ferry for ten years.",
            "Ivo Rask has run the ferry for ten years.",
        ),
    ],
)
def test_a_turn_that_opens_with_a_name_is_kept(line: str, story: str) -> None:
    assert story in kept_lines(_page(line))


# A run numbered in order whose numbers belong to what the items say: every number stays.
OWNED_NUMBERS = [
    [  # a day-first chronology: the day before its month
        "1. März: Ingenieure melden erste Risse am Rumpf der Fähre.",
        "2. März: Die Reederei sagt alle Fahrten nach Quellmoor ab.",
        "3. März: Die Fähre wird in die Werft geschleppt.",
    ],
    [  # the number is the fact
        "10. That is how many times the ferry was stopped since 2030.",
        "11. That is how many crew members were trained last year.",
        "12. That is how many lifeboats the ferry carries.",
    ],
    [  # a race's results: no sentence after the number
        "1. Ana Lind (Dunnock) 2:31:04",
        "2. Ivo Rask (Quellmoor) 2:32:10",
        "3. Mira Holt (Dunnock) 2:33:00",
    ],
    [  # a club's name carries it
        "1. FC Quellmoor will play its home games in Dunnock until the pitch dries out.",
        "2. Liga side Dunnock Rovers offered their ground too, the club added.",
        "3. Liga clubs have been asked to help, the league said.",
    ],
    [  # a label the number belongs to
        "1) Wall: 2 metres high, 3 km long.",
        "2) Grants: 5,000 pounds per household.",
        "3) Alerts: every hour, by text message.",
    ],
]


@pytest.mark.parametrize("lines", OWNED_NUMBERS)
def test_a_run_whose_numbers_are_owned_keeps_them(lines: list[str]) -> None:
    kept = kept_lines(_page(*lines))
    assert [line for line in lines if line in kept] == lines


def test_a_list_of_whole_sentences_still_loses_its_numbers() -> None:
    items = [
        "1. The Sorrel had the lowest level, at 2 milligrams a litre.",
        "2. The Brack came second, at 3.5 milligrams a litre.",
        "3. The Varn was third, at 4 milligrams a litre.",
    ]
    kept = kept_lines(_page(*items))
    assert [item.split(" ", 1)[1] for item in items] == kept[:3]


@pytest.mark.parametrize(
    ("line", "symbols"),
    [
        # a quote left open over a hard break: the bracket leans on its words
        ("一位居民说：「我们没有收到任何警告。我们的邻居说「水来得太快了，", False),
        ("KNA 〔 0930 〔 FERRY/HULL 〔 urgent", True),  # spaced: a separator
    ],
)
def test_a_bracket_is_a_separator_only_between_spaces(line: str, symbols: bool) -> None:
    assert (line_features(0, [line]).symbols > 0) is symbols
