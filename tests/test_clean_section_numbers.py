"""Minutes and reports number their paragraphs within a section ("4.1 The committee noted ...",
"4.2 Officers reported ..."): in a run of three or more numbered in order the numbers are taken
off, as a plain numbered list's are, so "4.1" is never read as a figure. An item whose words
would own its number ("4.4 RESOLVED: that ...") keeps it. Look-alikes: "4.1 million" opening a
line, a decimal inside a sentence, items out of order, two items only. Invented minutes."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.models import load_models
from bylines.types import Article
from cleaned import kept_lines

MODELS = load_models()
HEADLINE = "Minutes: Harbour Committee, report on the Dunnock slipway"
MINUTES = [
    "4.1 The committee received a report on the repairs to the Dunnock slipway.",
    "4.2 Officers reported that 240 tonnes of stone had been laid by the end of May.",
    "4.3 The committee noted that the work had cost £86,000 so far.",
]
RESOLVED = "4.4 RESOLVED: that the slipway reopen to boats on 1 July."
LAST = "The meeting closed at 8.40pm."


def test_a_section_s_paragraph_numbers_are_taken_off() -> None:
    kept = kept_lines("\n".join([HEADLINE, *MINUTES, RESOLVED, LAST]))
    assert [line.split(" ", 1)[1] for line in MINUTES] == kept[: len(MINUTES)]
    assert RESOLVED in kept  # the label after the number would own a plain list's number


@pytest.mark.parametrize(
    "lines",
    [
        ["4.1 million people live along the coast, the survey found.", *MINUTES[1:2]],
        [MINUTES[0], MINUTES[2], MINUTES[1]],  # out of order
        MINUTES[:2],  # two: a chance of prose
        [MINUTES[0], "5.2 Officers reported that the boats had been moved.", MINUTES[2]],
    ],
)
def test_numbers_outside_a_section_s_run_stay(lines: list[str]) -> None:
    kept = kept_lines("\n".join([HEADLINE, *lines, LAST]))
    assert [line for line in lines if line in kept] == lines


def test_a_decimal_inside_a_sentence_is_untouched() -> None:
    line = "Harbour dues rose 4.1% in May, and 4.2 tonnes of nets were landed."
    assert line in kept_lines("\n".join([HEADLINE, *MINUTES, line, LAST]))


def test_a_paragraph_number_is_no_figure_of_the_report() -> None:
    paper = "\n".join(
        [
            "Slipway repairs reach halfway mark",
            "Some 240 tonnes of stone have been laid on the Dunnock slipway, officers said.",
            "The work has cost £86,000 so far, the committee heard.",
        ]
    )
    report = build_report(
        [
            Article("minutes", "\n".join([HEADLINE, *MINUTES, LAST]), "Dunnock Council"),
            Article("paper", paper, "Dunnock Herald"),
        ],
        models=MODELS,
    )
    texts = [claim.text for claim in report.claims] + [line.text for line in report.summary]
    assert not [text for text in texts if text.startswith(("4.1", "4.2", "4.3"))]
    values = [p.value for c in (*report.conflicts, *report.updates) for p in c.positions]
    assert not [value for value in values if value.startswith("4.")]
    stone = [claim for claim in report.claims if "240 tonnes" in claim.text]
    assert stone and any("minutes" in claim.sources for claim in stone)


# The review of labels33's look-alikes: numbers that open lines in order but are figures or times.
LIVE_BLOG = [
    "19.05 The harbour committee meeting has begun in the town hall.",
    "19.06 Councillor Ivo Rask has opened the debate on the slipway.",
    "19.07 He said boat owners had waited long enough for repairs.",
]
DECIMAL_OPENERS = [
    "2.1 million visits a year are expected at the slipway, the council said.",
    "2.2 million visits were made to the old harbour in its best year.",
    "2.3 million pounds of the cost will come from a national grant.",
]
HEIGHTS = [
    "1.1 Metres of stone was the height of the first course laid in May.",
    "1.2 Metres was the height of the slipway wall after the storm.",
    "1.3 Metres is the height the wall must reach by July.",
]
SHARES = [
    "3.1 Per cent of the harbour dues went to the slipway last year.",
    "3.2 Per cent is the rise the committee agreed for next year.",
    "3.3 Per cent was the rise in the year before.",
]
MID_SECTION = [
    "4.9 The committee heard that the slipway would cost £86,000.",
    "4.10 RESOLVED: that the slipway be repaired.",
    "4.11 The vote was 9 to 2.",
    "4.12 Councillor Ivo Rask thanked officers.",
]


@pytest.mark.parametrize("lines", [LIVE_BLOG, DECIMAL_OPENERS, HEIGHTS, SHARES, MID_SECTION])
def test_a_run_of_times_figures_or_a_section_s_later_paragraphs_stays(lines: list[str]) -> None:
    kept = kept_lines("\n".join([HEADLINE, *lines, LAST]))
    assert [line for line in lines if line in kept] == lines


def test_a_section_run_from_its_first_paragraph_with_a_figure_in_words_loses_its_numbers() -> None:
    # the same shapes as the look-alikes but a section's paragraphs: capital sentence words after
    # "5.1", the figures inside the sentences
    lines = [
        "5.1 Officers said 2.1 million visits a year were expected.",
        "5.2 The wall stood 1.2 metres high after the storm.",
        "5.3 Harbour dues rose 3.2 per cent last year.",
    ]
    kept = kept_lines("\n".join([HEADLINE, *lines, LAST]))
    assert [line.split(" ", 1)[1] for line in lines] == kept[: len(lines)]
