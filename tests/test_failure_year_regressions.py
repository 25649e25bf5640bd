"""Review cases of the failure-time and year-made slots (both taken out): two failures or two
works told in one article, a failure of last year, generic heads and a painter's career date
must give no conflict of times or years. All texts are invented."""

from __future__ import annotations

import pytest

from dated_reports import report_of

TWO_PYLONS = (
    "Storm Orla brought down lines in the Brenn valley on Monday. A pylon failed at 6.05am near"
    " Dunmore. A second pylon failed at 7.30am outside Kelby, engineers said.",
    "Homes lost power when Storm Orla hit the Brenn valley on Monday. A pylon failed at 6.05am"
    " near Dunmore, the grid operator said.",
    "Storm Orla left the Brenn valley without power on Monday. The grid operator said a pylon"
    " outside Kelby failed at 7.30am.",
)
LAST_YEAR = (
    "Ferries on Lake Corran were halted on Monday. The ferry's engine failed at 2.15pm"
    " mid-crossing. Last year the same engine had failed at 8am during a test run.",
    "Sixty passengers were brought ashore on Monday after the ferry's engine failed at 2.15pm.",
)
TWO_DAYS = (
    "The boiler at Tamberlow General broke down at 4.40am on Monday. Engineers fixed it, but"
    " the boiler failed at 10.15pm on Tuesday, staff said.",
    "The boiler at Tamberlow General failed at 10.15pm on Tuesday, the hospital said.",
    "Tamberlow General's boiler broke down at 4.40am, a nurse said.",
)
TWO_SYSTEMS = (
    "Commuters in Harnby faced delays on Monday. The signalling system failed at 7.05am.",
    "Tram passengers in Harnby were stranded on Monday. The ticketing system failed at 9.30am.",
)
TWO_PLACES = (
    "Power failed at 4.10am across Orrin Bay on Monday. At the hospital, power in the east wing"
    " failed at 6.30am when a switch jammed.",
    "Orrin Bay lost electricity on Monday. Power failed at 4.10am, the grid operator said.",
    "Surgery at Orrin Bay Hospital was cancelled after power to the east wing failed at 6.30am.",
)
CAREER_DATE = (
    "A mural on the Seaford fish market will be saved. The mural was painted in 1984 by pupils.",
    "Its designer, Rosa Quill, who first painted in 1962, led the pupils. The mural was painted"
    " in 1984.",
    "Councillors voted to keep the mural. Quill, a local artist, carved in 1979 a set of benches.",
)
TWO_WORKS = (
    "Two paintings were stolen from the Harrow Gallery on Thursday. One, painted in 1956, is a"
    " portrait of the founder. The other, painted in 1971, shows the harbour.",
    "Thieves took two paintings from the Harrow Gallery. A harbour scene painted in 1971 was"
    " among them.",
    "Police are hunting thieves who took a portrait painted in 1956 from the Harrow Gallery.",
)


@pytest.mark.parametrize(
    "texts", [TWO_PYLONS, LAST_YEAR, TWO_DAYS, TWO_SYSTEMS, TWO_PLACES, CAREER_DATE, TWO_WORKS]
)
def test_no_conflict_of_failure_times_or_years_made(texts: tuple[str, ...]) -> None:
    report = report_of(*((text, "2031-03-25T09:00") for text in texts))
    slotted = [c.subject for c in report.conflicts if c.subject.startswith(("time of", "year"))]
    assert slotted == []
