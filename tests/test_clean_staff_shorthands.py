"""A script's shorthand for its own staff ("PRES:", "REP VO:", "DESK:", "PITCHSIDE:"): on a page
shaped as a script (three shorthand lines or more, of two kinds at least, one of them no other
person's title or with a cue after it, and no president or rep named on the page) the label
comes off and the words stay, as the full roles' labels do. The look-alikes keep their words as
written: the same words in prose case, a note's label on a print page, one kind of label only
(an interview's "PRES:" may be a president's), "PRES:" among "PRESENTER:" lines, a union rep's
"REP:" in a script, a print interview's "DESK:" and "PRES:". Invented bulletins, places and
people."""

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


# The review of labels33's look-alikes: a president's, a representative's or a union rep's turns
# under a shorthand on a page with its full staff roles or a second title shorthand.
PRESIDENT_ON_AIR = [
    "PRESENTER: The dock strike at Port Vessen is in its first day.",
    "PRESENTER: I am joined by the president of the port authority, Oren Vasko.",
    "PRES: We have offered a rise of four per cent and the offer is fair.",
    "PRESENTER: The union says 900 workers have walked out.",
    "PRES: Only 600 workers have walked out, by our count.",
]
REPRESENTATIVE_AT_A_HEARING = [
    "ANCHOR: A hearing on the Port Vessen strike opened in the capital on Thursday.",
    "CORRESPONDENT: Lawmakers questioned the port authority for three hours.",
    "REP: The port has lost 40 million dollars this week alone.",
    "ANCHOR: The port authority says 40 ships are waiting offshore.",
    "REP: Workers deserve a fair rise and I will vote to fund it.",
]
UNION_REP_IN_A_SCRIPT = [
    "PRES: Dock workers at Port Vessen have walked out over pay.",
    "CORR: About 900 workers joined the strike on Wednesday, the union said.",
    "PRES: We asked a union rep on the picket line what happens next.",
    "REP: We will stay out until the offer improves, and 1,200 of us will march on Friday.",
]
PRINT_INTERVIEW = [
    "DESK: This interview has been edited for length.",
    "PRES: There are 40 ships waiting offshore this morning.",
    "DESK: The union puts the number of strikers at 900.",
    "PRES: We have offered four per cent and we will not go higher.",
]


@pytest.mark.parametrize(
    "page", [PRESIDENT_ON_AIR, REPRESENTATIVE_AT_A_HEARING, UNION_REP_IN_A_SCRIPT, PRINT_INTERVIEW]
)
def test_a_title_shorthand_that_may_be_another_person_s_keeps_its_label(page: list[str]) -> None:
    lines = kept_lines("\n".join(["Port Vessen strike", *page]))
    shorthand = [line for line in page if line.startswith(("PRES:", "REP:", "DESK:", "CORR:"))]
    assert shorthand and not [line for line in shorthand if _words(line) in lines]
    assert [line for line in shorthand if line in lines]  # kept as written, label and all


def test_a_president_s_words_never_become_the_outlet_s_own() -> None:
    paper = "\n".join(
        [
            "Port Vessen dockers strike",
            "Some 900 dock workers at Port Vessen went on strike on Wednesday over pay.",
            "The port authority said it had offered a rise of four per cent.",
        ]
    )
    report = build_report(
        [
            Article("radio", "\n".join(["Port Vessen strike", *PRESIDENT_ON_AIR]), "Vessen FM"),
            Article("paper", paper, "Vessen Gazette"),
        ],
        models=MODELS,
    )
    six_hundred = [claim for claim in report.claims if "600 workers" in claim.text]
    assert six_hundred and all(claim.text.startswith("PRES:") for claim in six_hundred)
