"""A count's subject is its noun and what was done to those counted (``Figure.deed``): drivers
fined and drivers repaid are two figures, so one outlet's 'repaid, up from 800' makes no
earlier value of its 'fined 6,240', while two reports' counts of drivers repaid are still the
steps of one figure. All texts are invented."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides
from test_figure_kinds import read_figures

FINED = "A faulty camera at the Pell Street bus gate fined {} drivers who did nothing wrong."


@pytest.mark.parametrize(
    ("text", "deeds"),
    [
        ("We wrongly fined 2,640 drivers.", {"2,640": "fined"}),
        ("By Wednesday, 1,950 drivers had been repaid.", {"1,950": "repaid"}),
        ("So far 1,950 drivers have now been repaid.", {"1,950": "repaid"}),
        # a part of those counted ('of the drivers'), but not past a conjunction
        ("So far 1,950 of the drivers have been repaid.", {"1,950": "repaid"}),
        ("In all, 300 of the homes and the school had been flooded.", {"300": None}),
        (
            "The council will refund 2,640 drivers who were wrongly fined by the camera.",
            {"2,640": "fined"},
        ),
        # a hedge or a statement is no deed, and a count with no verb beside it has none
        ("An estimated 40 drivers queued at the gate.", {"An estimated 40": None}),
        ("Police said 60 rescuers searched the hill.", {"60": None}),
        ("The gate is on the route of 70 buses.", {"70": None}),
        # a verb past 'and' is another clause's
        ("He was blamed for killing 40 people and had set out to flee.", {"40": None}),
    ],
)
def test_what_was_done_to_those_counted_is_read(text: str, deeds: dict[str, str | None]) -> None:
    found = {words: figure.deed for words, figure in read_figures(text).items()}
    assert {words: found[words] for words in deeds} == deeds


def test_a_count_of_another_deed_is_no_earlier_value_of_a_changing_count() -> None:
    # the live page's 'repaid, up from 800' says its repaid count changed, not its fined one
    report = report_of(
        (FINED.format("2,640") + " So far 800 drivers have been repaid.", "2031-09-09T11:00"),
        (
            FINED.format("6,240") + " The council now says 1,950 drivers have been repaid, "
            "up from 800 this morning.",
            None,
        ),
    )
    assert [sides(c) for c in report.conflicts] == [{"2,640": ("a0",), "6,240": ("a1",)}]
    assert [sides(u) for u in report.updates] == [{"800": ("a0",), "1,950": ("a1",)}]


def test_a_changing_count_of_one_deed_says_nothing_of_another_deeds_count() -> None:
    # half an hour apart: too close for a rise alone to be news; only words of change are
    report = report_of(
        (FINED.format("2,640"), "2031-09-09T11:00"),
        (
            FINED.format("3,120") + " So far 1,950 drivers have now been repaid, up from 800.",
            "2031-09-09T11:30",
        ),
    )
    assert [sides(c) for c in report.conflicts] == [{"2,640": ("a0",), "3,120": ("a1",)}]
    assert report.updates == ()


def test_two_reports_counts_of_drivers_repaid_are_still_an_update() -> None:
    report = report_of(
        ("So far 1,950 drivers have been repaid by the Pell Street council.", "2031-09-09T09:00"),
        (
            "The Pell Street council now says 2,400 drivers have been repaid, up from 1,950.",
            "2031-09-09T18:00",
        ),
    )
    assert report.conflicts == ()
    assert [sides(u) for u in report.updates] == [{"1,950": ("a0",), "2,400": ("a1",)}]


def test_a_part_of_those_counted_keeps_its_deed_in_a_report() -> None:
    # 'of the drivers' repaid: no update from drivers fined, no conflict with another's fined
    report = report_of(
        (
            "Kelby council wrongly fined 6,240 drivers at a bus gate, an audit found. So far"
            " 1,950 of the drivers have been repaid, up from 800 in January.",
            "2031-02-10T09:00",
        ),
        (
            "An audit found 6,240 drivers were wrongly fined at the Kelby bus gate. The council"
            " said it had repaid 1,950 drivers.",
            "2031-02-10T09:10",
        ),
        ("Kelby council fined about 6,300 drivers by mistake at a bus gate.", "2031-02-10T09:20"),
    )
    assert [sides(c) for c in report.conflicts if "1,950" in sides(c)] == []
    assert [u for u in report.updates if "6,240" in str(u) and "1,950" in str(u)] == []
