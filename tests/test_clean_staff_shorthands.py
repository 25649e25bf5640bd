"""A script's shorthand for its own staff ("PRES:", "REP VO:", "DESK:", "PITCHSIDE:"): on a page
shaped as a script (three labelled lines or more, of two kinds of staff at least) the label comes
off and the words stay, as the full roles' labels do. The look-alikes keep their words as
written: the same words in prose case, a note's label on a print page, one kind of label only
(an interview's "PRES:" may be a president's). Invented bulletins, places and people."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.ingest.lines import STAFF_SHORTHANDS, running_order_cues
from bylines.models import load_models
from bylines.types import Article
from cleaned import kept_lines

MODELS = load_models()
HEADLINE = "Quarry road shut after landslip"
SPORT = [
    "DESK: The Tolland derby was called off last night when the main stand lost power.",
    "DESK: Our reporter is at the ground.",
    "PITCHSIDE: The lights went out at 20:05, with the home side a goal up.",
    "PITCHSIDE: Some 2,100 fans have asked for their money back.",
    "DESK: The league will rule on a replay next week.",
]
NEWS = [
    "PRES: The quarry road at Ebbmoor will stay shut until Friday after a landslip.",
    "REP VO: About 400 tonnes of rock came down on to the road on Monday night.",
    "REP VO: Nobody was hurt, the county council said.",
    "PRES: Buses are running on a diversion through Lowfold.",
]


def _words(line: str) -> str:
    return line.split(": ", 1)[1]


@pytest.mark.parametrize("script", [SPORT, NEWS])
def test_a_script_s_shorthand_labels_come_off(script: list[str]) -> None:
    lines = kept_lines("\n".join([HEADLINE, *script]))
    for line in script:
        assert _words(line) in lines
        assert line not in lines


@pytest.mark.parametrize(
    "line",
    [
        "NOTE: The figures are provisional and may change.",
        "Desk: An oak one, bought at the Ebbmoor sale for £40.",
    ],
)
def test_a_label_on_a_print_page_stays(line: str) -> None:
    story = [
        "The quarry road at Ebbmoor will stay shut until Friday after a landslip.",
        line,
        "Buses are running on a diversion through Lowfold.",
    ]
    assert line in kept_lines("\n".join([HEADLINE, *story]))


def test_a_shorthand_in_prose_case_is_no_label() -> None:
    lines = ["Desk: " + _words(line) for line in SPORT]
    assert not running_order_cues([HEADLINE, *lines]) & STAFF_SHORTHANDS


def test_one_kind_of_shorthand_alone_is_no_script() -> None:
    # an interview's turns: "PRES:" may be a president's, "Q:" is no staff label
    interview = [
        "Q: Will the road reopen this week?",
        "PRES: We expect it to reopen on Friday if the slope holds.",
        "Q: Who pays for the clearance?",
        "PRES: The county pays, as it always has.",
        "PRES: We have asked the quarry owners to help.",
    ]
    lines = kept_lines("\n".join([HEADLINE, *interview]))
    assert interview[1] in lines and interview[3] in lines


def test_two_shorthand_lines_are_no_script() -> None:
    assert not running_order_cues([HEADLINE, *NEWS[:2]]) & STAFF_SHORTHANDS


def test_a_script_s_shorthand_stays_out_of_the_report() -> None:
    paper = "\n".join(
        [
            "Landslip shuts Ebbmoor quarry road",
            "A landslip brought about 400 tonnes of rock down on to the Ebbmoor quarry road.",
            "The road will stay shut until Friday, the county council said.",
        ]
    )
    report = build_report(
        [
            Article("tv", "\n".join([HEADLINE, *NEWS]), "Vale TV"),
            Article("paper", paper, "Ebbmoor Echo"),
        ],
        models=MODELS,
    )
    texts = [claim.text for claim in report.claims] + [line.text for line in report.summary]
    assert not [text for text in texts if "PRES" in text or "REP VO" in text]
    tonnes = [claim for claim in report.claims if "400" in claim.text]
    assert tonnes and any("tv" in claim.sources for claim in tonnes)
