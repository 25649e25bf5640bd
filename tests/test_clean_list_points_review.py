"""A list of short points under a heading is not read back as the story (labels33's reading of
"Key takeaways" was taken out after its review): the review's invented pages, whose lists are
another match's result, rows that contradict their own page's sentences, quote bullets under a
club's name, or right rows that would only repeat their page's claims, must give main's output:
no claim cited to an outlet for a row's figure, no conflict from a row, no speaker from a
bullet's label, no fact listed twice. Invented clubs, bridges, councils and people."""

from __future__ import annotations

from bylines import build_report
from bylines.models import load_models
from bylines.types import Article, Report

MODELS = load_models()

CUP_GAZETTE = [
    "Ekland double wins cup for Corbel",
    "Tomas Ekland scored twice as Corbel Rovers beat Linden Town 3-1 in the county cup final.",
    "The final at Ashgate Park was watched by 8,400 fans.",
    'Nell Crane, the Rovers manager, said: "The players gave everything."',
]
CUP_LEDGER = [
    "Rovers win cup final",
    "Corbel Rovers beat Linden Town 3-1 in the county cup final at Ashgate Park on Saturday.",
    "Striker Tomas Ekland scored twice in the second half.",
    "A crowd of 8,400 watched the game.",
    'Rovers manager Nell Crane said: "The players gave everything."',
]
CUP_POST = [
    "Corbel lift county cup",
    "Corbel Rovers won the county cup on Saturday, beating Linden Town 3-1 at Ashgate Park.",
    "Tomas Ekland scored two goals after the break.",
]
BRIDGE_GAZETTE = [
    "Osler Bridge closed for six weeks",
    "Engineers closed the Osler Bridge in Tarnwick on Monday when they found a crack in the span.",
    "The county council said about 14,000 vehicles use the crossing daily.",
    "The repairs will take six weeks and cost £2.3m, officials said.",
]
BRIDGE_LEDGER = [
    "Tarnwick bridge shut after crack found",
    "The Osler Bridge in Tarnwick was closed to traffic on Monday after a crack was found.",
    "About 14,000 vehicles cross the bridge each day, the county council said.",
    "Repairs are expected to take six weeks and cost £2.3m.",
    "Buses will be diverted through Elby village.",
]
BRIDGE_POST = [
    "Crack closes Tarnwick's Osler Bridge",
    "A crack in the main span has closed the Osler Bridge in Tarnwick.",
    "Repairs costing £2.3m will take six weeks, the county council said.",
]


def _report(gazette: list[str], ledger: list[str], post: list[str]) -> Report:
    pages = {"gazette": gazette, "ledger": ledger, "post": post}
    articles = [Article(name, "\n".join(lines), name.title()) for name, lines in pages.items()]
    return build_report(articles, models=MODELS)


def _with_list(lines: list[str], heading: str, *rows: str) -> list[str]:
    return [lines[0], heading, *(f"- {row}" for row in rows), *lines[1:]]


def test_an_older_result_under_a_heading_is_no_claim_of_the_outlets() -> None:
    ledger = [
        *CUP_LEDGER,
        "Previous finals",
        "- Corbel Rovers beat Linden Town 2-0 at Ashgate Park",
        "- Linden Town beat Corbel Rovers 3-1 in the county cup final",
    ]
    report = _report(CUP_GAZETTE, ledger, CUP_POST)
    reversed_result = [c for c in report.claims if c.text.startswith("Linden Town beat")]
    assert not [c for c in reversed_result if len(c.sources) > 1]
    assert not [c for c in report.claims if "2-0" in c.text and "gazette" in c.sources]


def test_rows_that_contradict_their_page_make_no_conflict_and_no_citation() -> None:
    ledger = _with_list(
        BRIDGE_LEDGER,
        "What we know so far",
        "Repairs to take four weeks and cost £2.3m",
        "About 12,000 vehicles cross the bridge each day",
    )
    report = _report(BRIDGE_GAZETTE, ledger, BRIDGE_POST)
    values = [p.value for c in report.conflicts for p in c.positions]
    assert not [value for value in values if value.startswith(("four", "4 "))]
    assert not [c for c in report.claims if "12,000" in c.text and "gazette" in c.sources]


def test_right_rows_do_not_list_a_fact_twice() -> None:
    ledger = _with_list(
        BRIDGE_LEDGER,
        "What we know so far",
        "Osler Bridge in Tarnwick closed to traffic on Monday",
        "Repairs to take six weeks and cost £2.3m",
    )
    report = _report(BRIDGE_GAZETTE, ledger, BRIDGE_POST)
    repairs = [c for c in report.claims if "£2.3m" in c.text]
    assert len(repairs) == 1


def test_a_quote_bullet_s_label_names_no_speaker() -> None:
    ledger = [
        *CUP_LEDGER,
        "What the managers said",
        '- Nell Crane: "The players gave everything today"',
        '- Linden Town manager: "The players gave everything but Rovers were better"',
    ]
    report = _report(CUP_GAZETTE, ledger, CUP_POST)
    assert "Linden Town" not in [quote.speaker for quote in report.quotes]
