"""Real rises whose digits swap between two reports (12 -> 21 dead, 23 -> 32 in hospital,
1,200 -> 2,100 evacuated): each a count that grew, an update, as on main. The review of missed33
found a reading of swapped digits as one count mistyped made each of these a conflict; it was
taken out. All texts are invented (the review's cases)."""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

Dated = tuple[tuple[str, str | None], ...]

RISES = [
    pytest.param(
        # Genuine rise 12 -> 21, "21 are confirmed dead"
        (
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday "
                "morning and rolled down a slope. Twelve people were killed, police said."
                " The coach was travelling from Orrin to the shrine at Saint Bevan.",
                "2031-03-14T09:00",
            ),
            (
                "After a coach rolled down a slope near Varnley Pass on Friday, 21 are "
                "confirmed dead, police said. The coach was travelling from Orrin to the "
                "shrine at Saint Bevan.",
                "2031-03-14T18:00",
            ),
        ),
        [{"Twelve": ("a0",), "21": ("a1",)}],
        id="review02",
    ),
    pytest.param(
        # Genuine rise 12 -> 21, "police confirmed 21 deaths"
        (
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday "
                "morning and rolled down a slope. Twelve people were killed, police said."
                " The coach was travelling from Orrin to the shrine at Saint Bevan.",
                "2031-03-14T09:00",
            ),
            (
                "Police confirmed 21 deaths after a coach carrying pilgrims rolled down a"
                " slope near Varnley Pass on Friday. The coach was travelling from Orrin "
                "to the shrine at Saint Bevan.",
                "2031-03-14T18:00",
            ),
        ),
        [{"Twelve": ("a0",), "21": ("a1",)}],
        id="review03",
    ),
    pytest.param(
        # 12 -> 16 -> 21 through the day, each worded "were killed": the middle value proves a rise
        (
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday "
                "morning and rolled down a slope. Twelve people were killed, police said."
                " The coach was travelling from Orrin to the shrine at Saint Bevan.",
                "2031-03-14T09:00",
            ),
            (
                "A coach carrying pilgrims rolled down a slope near Varnley Pass on "
                "Friday. Sixteen people were killed, police said. The coach was "
                "travelling from Orrin to the shrine at Saint Bevan.",
                "2031-03-14T13:00",
            ),
            (
                "A coach carrying pilgrims rolled down a slope near Varnley Pass on "
                "Friday. Twenty-one people were killed, police said. The coach was "
                "travelling from Orrin to the shrine at Saint Bevan.",
                "2031-03-14T18:30",
            ),
        ),
        [{"Twelve": ("a0",), "Sixteen": ("a1",), "Twenty-one": ("a2",)}],
        id="review05",
    ),
    pytest.param(
        # 12 in two morning reports, 21 in two evening reports: no single mistype can explain it
        (
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday "
                "morning. Twelve people were killed, police said. The coach was "
                "travelling from Orrin to Saint Bevan.",
                "2031-03-14T09:00",
            ),
            (
                "Twelve people were killed when a coach carrying pilgrims left the road "
                "near Varnley Pass on Friday, police said. The coach was travelling from "
                "Orrin to Saint Bevan.",
                "2031-03-14T09:40",
            ),
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday. "
                "Twenty-one people were killed, police said. The coach was travelling "
                "from Orrin to Saint Bevan.",
                "2031-03-14T18:00",
            ),
            (
                "Twenty-one people were killed when a coach carrying pilgrims left the "
                "road near Varnley Pass on Friday, police said. The coach was travelling "
                "from Orrin to Saint Bevan.",
                "2031-03-14T19:10",
            ),
        ),
        [{"Twelve": ("a0", "a1"), "Twenty-one": ("a2", "a3")}],
        id="review06",
    ),
    pytest.param(
        # Hospital count 23 -> 32 over a day, no change word (food poisoning)
        (
            (
                "Dozens of guests fell ill after a wedding reception at the Marlow Hotel "
                "in Kelby on Saturday. Twenty-three people were taken to hospital with "
                "food poisoning, health officials said. The hotel's kitchen has been "
                "closed.",
                "2031-08-20T08:00",
            ),
            (
                "Thirty-two people were treated in hospital after eating at a wedding "
                "reception at the Marlow Hotel in Kelby on Saturday, health officials "
                "said. The hotel's kitchen has been closed while inspectors investigate.",
                "2031-08-20T18:00",
            ),
            (
                "Health officials said 32 guests from a wedding at the Marlow Hotel in "
                "Kelby went to hospital. Inspectors took samples of chicken from the "
                "kitchen.",
                "2031-08-20T19:00",
            ),
        ),
        [{"Twenty-three": ("a0",), "Thirty-two": ("a1",)}],
        id="review13",
    ),
    pytest.param(
        # Weight of dead fish removed 23 -> 32 tonnes (accumulates)
        (
            (
                "Workers have removed 23 tonnes of dead fish from the River Lyme since "
                "Monday, the environment agency said. A spill from a dairy plant is "
                "blamed.",
                "2031-08-02T09:00",
            ),
            (
                "Some 32 tonnes of dead fish have been taken out of the River Lyme, the "
                "environment agency said. The agency blames a spill from a dairy plant.",
                "2031-08-03T17:00",
            ),
        ),
        [{"23 tonnes": ("a0",), "Some 32 tonnes": ("a1",)}],
        id="review14",
    ),
    pytest.param(
        # The word of growth in the sentence BEFORE the swapped count
        (
            (
                "Heavy rain flooded 23 homes in Rillbrook overnight, the county council "
                "said. Sandbags were handed out at the village hall.",
                "2031-02-11T07:00",
            ),
            (
                "A second wave of flooding swept through Rillbrook on Tuesday afternoon "
                "as the river burst its banks again. Thirty-two homes are under water, "
                "the county council said. Sandbags were handed out at the village hall.",
                "2031-02-11T19:00",
            ),
        ),
        [{"23": ("a0",), "Thirty-two": ("a1",)}],
        id="review15",
    ),
    pytest.param(
        # Arrests 12 -> 21 over a day of unrest, "Police have arrested 21 people"
        (
            (
                "Police arrested 12 people after clashes outside Grellan Stadium on "
                "Saturday night, the city's police chief said. Two officers were hurt.",
                "2031-04-19T10:00",
            ),
            (
                "Police have arrested 21 people over the clashes outside Grellan Stadium "
                "on Saturday night. Two officers were hurt, police said.",
                "2031-04-19T21:00",
            ),
        ),
        [{"12": ("a0",), "21": ("a1",)}],
        id="review25",
    ),
    pytest.param(
        # 12 missing on Monday, 21 missing two days later: days apart, a typo reading is implausible
        (
            (
                "An avalanche struck the ski village of Montclos on Monday. Twelve people"
                " are missing, rescuers said. Roads to the village were closed.",
                "2031-01-05T10:00",
            ),
            (
                "Rescuers searching the ski village of Montclos after Monday's avalanche "
                "said 21 people are missing. Roads to the village were still closed.",
                "2031-01-07T10:00",
            ),
        ),
        [{"Twelve": ("a0",), "21": ("a1",)}],
        id="review26",
    ),
    pytest.param(
        # 1,200 -> 2,100 evacuated over a day (zeros stripped: '12' / '21')
        (
            (
                "A wildfire in the hills above Caldera Springs forced 1,200 people from "
                "their homes on Wednesday, fire officials said. Three houses burned.",
                "2031-07-30T08:00",
            ),
            (
                "Fire officials said 2,100 people were evacuated as the wildfire above "
                "Caldera Springs spread on Wednesday. Three houses have burned.",
                "2031-07-30T20:00",
            ),
        ),
        [{"1,200": ("a0",), "2,100": ("a1",)}],
        id="review27",
    ),
    pytest.param(
        # Homes without power 3,400 at 06:00 -> 4,300 at 13:00 during a storm that was still raging
        (
            (
                "Storm Edda brought down power lines across the Harlow valley overnight. "
                "About 3,400 homes were without electricity, the network operator said.",
                "2031-11-20T06:00",
            ),
            (
                "As Storm Edda kept battering the Harlow valley, 4,300 homes were without"
                " electricity, the network operator said.",
                "2031-11-20T13:00",
            ),
        ),
        [{"About 3,400": ("a0",), "4,300": ("a1",)}],
        id="review30",
    ),
    pytest.param(
        # Rubble cleared 1,500 -> 5,100 tonnes two days later (ratio 3.4)
        (
            (
                "Crews in Serrin have cleared 1,500 tonnes of rubble since Friday's "
                "earthquake, the mayor said.",
                "2031-10-11T09:00",
            ),
            (
                "The mayor said crews had cleared 5,100 tonnes of rubble from the streets"
                " of Serrin since the earthquake.",
                "2031-10-13T09:00",
            ),
        ),
        [{"1,500 tonnes": ("a0",), "5,100 tonnes": ("a1",)}],
        id="review35",
    ),
    pytest.param(
        # "So far 21 bodies have been recovered"
        (
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday. "
                "Twelve bodies have been recovered, police said.",
                "2031-03-14T09:00",
            ),
            (
                "So far 21 bodies have been recovered from the coach that left the road "
                "near Varnley Pass on Friday, police said.",
                "2031-03-14T18:00",
            ),
        ),
        [{"Twelve": ("a0",), "21": ("a1",)}],
        id="review38",
    ),
    pytest.param(
        # Viewers 2.5 million at launch day -> 5.2 million next day (count, decimals)
        (
            (
                "The final episode of the drama Harrowgate drew 2.5 million viewers on "
                "Sunday night, the broadcaster said.",
                "2031-05-01T09:00",
            ),
            (
                "The broadcaster said 5.2 million viewers have watched the Harrowgate "
                "finale, which aired on Sunday night, counting catch-up streams.",
                "2031-05-02T12:00",
            ),
        ),
        [{"2.5 million": ("a0",), "5.2 million": ("a1",)}],
        id="review39",
    ),
    pytest.param(
        # One outlet's own morning and evening reports: 12 killed, then 21 killed
        (
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday. "
                "Twelve people were killed, police said. The coach was travelling from "
                "Orrin to Saint Bevan.",
                "2031-03-14T09:00",
            ),
            (
                "A coach carrying pilgrims left the road near Varnley Pass on Friday. "
                "Twenty-one people were killed, police said. The coach was travelling "
                "from Orrin to Saint Bevan.",
                "2031-03-14T18:00",
            ),
            (
                "Rescuers were working at the scene of a coach crash near Varnley Pass on"
                " Friday. The coach was travelling from Orrin to Saint Bevan.",
                "2031-03-14T12:00",
            ),
        ),
        [{"Twelve": ("a0",), "Twenty-one": ("a1",)}],
        id="review46",
    ),
]


def _number_conflicts(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.kind == "number"]


@pytest.mark.parametrize(("dated", "updates"), RISES)
def test_a_rise_that_swaps_digits_is_an_update(
    dated: Dated, updates: list[dict[str, tuple[str, ...]]]
) -> None:
    report = report_of(*dated)
    assert _number_conflicts(report) == []
    assert [sides(u) for u in report.updates] == updates


def test_the_risen_count_cites_no_report_of_the_earlier_one() -> None:
    (dated,) = [p.values[0] for p in RISES if p.id == "review13"]
    report = report_of(*dated)
    risen = [s for s in report.summary if "Thirty-two" in s.text or "32" in s.text]
    assert risen
    assert all("a0" not in s.sources for s in risen)
