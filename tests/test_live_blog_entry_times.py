"""A clock time that opens a live blog's or a timeline box's line is when the line was posted,
or the time of that line's own event: never, by itself, the time of the event the story is
about. A reading that took it as such (reverted) set up false conflicts in ordinary live-blog
lines; these invented reports, from its review, must keep their one time of the event."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides

_CRANE = (
    "Crane falls on Pellow quay\n\nA tower crane collapsed at 8.50am on Thursday onto the Pellow "
    "quay in Strandhaven, crushing two parked vans. Nobody was injured, the harbour authority "
    "said. The quay will stay shut until Monday, harbour master Ruth Okafor said.",
    "Live: Crane collapse at Pellow quay\n\nA tower crane collapsed onto the Pellow quay in "
    "Strandhaven on Thursday morning, crushing two parked vans. Nobody was hurt, the harbour "
    "authority said.\n\n16:45 - Police now confirm that the crane collapsed this morning, "
    "crushing two vans.\n15:10 - The harbour master, Ruth Okafor, says the quay will stay shut "
    "until Monday.\n14:30 - Engineers are checking a second crane on the same quay.",
    "Two vans crushed as crane topples in Strandhaven\n\nTwo vans were crushed when a tower crane "
    "collapsed at 8.50am on Thursday at the Pellow quay in Strandhaven. No one was hurt. "
    "Engineers were checking a second crane on the quay, the harbour authority said.",
)
_TRAWLER = (
    "Six rescued as trawler goes down off Carrick Head\n\nThe trawler Marta Belle sank at about "
    "9.45pm on Saturday off Carrick Head. The lifeboat from Port Inver rescued all six crew "
    "members, the coastguard said. Relatives gathered at the harbour wall to wait for news.",
    "Trawler sinks off Carrick Head: live updates\n\nThe trawler Marta Belle sank off Carrick "
    "Head on Saturday night. All six crew were rescued by the lifeboat from Port Inver.\n\n"
    "11.02pm: Our reporter at the lifeboat station says the trawler sank more than an hour "
    "ago.\n10.40pm: Relatives have gathered at the harbour wall.",
    "Lifeboat saves crew of Marta Belle\n\nAll six crew of the Marta Belle were rescued after the "
    "trawler sank off Carrick Head at 9.45pm on Saturday, the coastguard said.",
)
_STAND = (
    "Stand collapse at Millbrook Park: as it happened\n\nPart of a temporary stand collapsed "
    "during a concert at Millbrook Park in Halden on Friday, injuring 14 people. A man was "
    "arrested on suspicion of breaching safety rules.\n\n19:20 - The man arrested over the "
    "collapse has been released on bail, police say.\n18:00 - A vigil will be held on Sunday "
    "for those hurt when the stand collapsed.",
    "Fourteen hurt as concert stand gives way\n\nA temporary stand collapsed at 3.10pm on Friday "
    "during a concert at Millbrook Park in Halden, injuring 14 people. Police said a "
    "41-year-old man was arrested at 5pm on suspicion of breaching safety rules. He was later "
    "released on bail.",
    "Millbrook Park stand collapse injures 14\n\nFourteen people were injured when part of a "
    "temporary stand collapsed at 3.10pm on Friday at Millbrook Park in Halden. A man was "
    "arrested at 5pm and later released on bail. A vigil is planned for Sunday.",
)
_ARRESTS = (
    "Fellside bank raid: two men held\n\nA man suspected of driving the getaway car was arrested "
    "at 02:10 on Thursday in Halden, police said. A second man was detained in Orrin. Nobody "
    "was injured in Wednesday's raid on the Fellside bank.",
    "Raid suspects detained\n\nPolice arrested the getaway driver at 02:10 on Thursday at a "
    "petrol station in Halden, hours after the armed raid on the Fellside bank in Orrin. The "
    "gunman was arrested at a flat in Orrin later that morning. No one was hurt in the raid.",
    "Two held after Orrin bank raid\n\nTwo men have been arrested after an armed raid on the "
    "Fellside bank in Orrin on Wednesday night. No one was hurt.\n\nTimeline\n02:10 - The "
    "getaway driver is arrested at a petrol station in Halden.\n04:30 - The gunman is arrested "
    "at a flat in Orrin.",
)


@pytest.mark.parametrize(
    ("texts", "entry_time"),
    [
        (_CRANE, "16:45"),  # a later confirmation of a morning collapse
        (_TRAWLER, "11.02pm"),  # a reporter's line on a sinking an hour before
        (_STAND, "19:20"),  # a release on bail, after the collapse
        (_ARRESTS, "04:30"),  # the second of two arrests, not the first's other time
    ],
)
def test_a_live_blog_entry_time_is_no_side_of_a_conflict(
    texts: tuple[str, ...], entry_time: str
) -> None:
    report = report_of(*((text, None) for text in texts))
    assert [sides(c) for c in report.conflicts if entry_time in sides(c)] == []
