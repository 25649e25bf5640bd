"""A conflict's sides, and an update's, name every outlet that gives the value of the same
thing, and no outlet that gives an equal figure of something else. All texts are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bylines.report import figures
from bylines.report.figures import Figure, FigurePair
from dated_reports import report_of, sides

InClaims = figures._ClaimFigures


def _placed(in_claims: InClaims, claim: str, *added: Figure) -> InClaims:
    """in_claims with figures added to one claim, as the alignment might have put them."""
    by_claim = {**in_claims.by_claim, claim: [*in_claims.by_claim.get(claim, ()), *added]}
    return replace(in_claims, by_claim=by_claim)


# A sum the Estuary Recovery Fund's name ties to one report, Corvane Shipping's to the other:
# the first report is paired with the second (agreeing) but never with the third.
FUND = (
    "A freight barge sank in the Welbury estuary on Tuesday, spilling diesel along the shore.\n"
    "The Estuary Recovery Fund has been given £3m for the clean-up.\n"
    "Volunteers were out on the mudflats by noon."
)
SHIPPING = (
    "A barge went down in the Welbury estuary on Tuesday and diesel washed up along the shore.\n"
    "Corvane Shipping has put £3 million into the Estuary Recovery Fund to pay for the "
    "clean-up.\nBirds were being cleaned at a rescue centre."
)
PROMISED = (
    "Diesel from a sunken barge fouled the Welbury estuary on Tuesday.\n"
    "Corvane Shipping has promised £1.8m towards the clean-up.\n"
    "The harbour master said the channel was open again."
)


def test_an_outlet_agreeing_with_one_side_stands_on_it() -> None:
    report = report_of((FUND, None), (SHIPPING, None), (PROMISED, None))
    (conflict,) = report.conflicts
    # the side is labelled by the figure the differing pair compared, not by the joined one
    assert sides(conflict) == {"£3 million": ("a0", "a1"), "£1.8m": ("a2",)}
    assert conflict.subject == "price (Shipping)"


def test_an_equal_sum_of_another_thing_joins_no_side() -> None:
    for other in (
        "The Estuary Recovery Fund's new lifeboat station cost £3 million to build in 2019.",
        "The Estuary Recovery Fund pays £3m a year to keep the sea wall in repair.",
    ):
        third = f"A barge sank in the Welbury estuary on Tuesday.\n{other}\nVolunteers came."
        report = report_of((SHIPPING, None), (PROMISED, None), (third, None))
        (conflict,) = report.conflicts
        assert sides(conflict) == {"£3 million": ("a0",), "£1.8m": ("a1",)}


def test_a_sum_that_meets_both_sides_joins_neither_and_keeps_the_conflict() -> None:
    # 'about £2.4 million' meets £2.4m and, by the rounding of a round sum, '£3 million' too
    middle = (
        "A barge sank in the Welbury estuary on Tuesday.\n"
        "The barge operator has promised about £2.4 million towards the clean-up.\n"
        "Volunteers came."
    )
    lower = PROMISED.replace("£1.8m", "£2.4m")
    report = report_of((SHIPPING, None), (lower, None), (middle, None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"£3 million": ("a0",), "£2.4m": ("a1",)}


CAVES = (
    "About 40 people were stranded in the Harrowdeep caves on Sunday morning after a flash flood "
    "blocked the entrance, the Brenn county rescue service said.\nDivers went in at noon."
)
ALL_OUT = (
    "All 65 people who were stranded underground, up from the 40 first reported this morning, "
    "are now out, thanks to the pumps from Tullow.\nThe last of them walked out at dusk."
)


def test_a_count_beside_a_name_the_update_does_not_hold_is_no_source_of_it() -> None:
    # Tullow is named by no figure of the update: 65 people stranded beside it may be another
    # group's (on a road, at a station, on another day), so the outlet joins no side
    for line in (
        "Crews brought pumps from Tullow as word came that 65 people were stranded.",
        "Crews brought pumps from Tullow, where 65 people were stranded by the same storm.",
        "Crews brought pumps from Tullow as sleet left 65 people stranded on the ring road.",
    ):
        report = report_of(
            (CAVES, "2031-06-08T09:00"),
            (f"{line}\nDivers went in at noon.", "2031-06-08T13:00"),
            (ALL_OUT, "2031-06-08T21:00"),
        )
        (update,) = report.updates
        assert sides(update) == {"About 40": ("a0",), "65": ("a2",)}


def test_an_equal_count_of_another_day_and_place_is_no_source_of_the_update() -> None:
    mine = (
        "Pumps were brought from Tullow to the caves on Sunday.\nOn Friday 65 people were "
        "stranded in the Tarnhollow mine, Orvel Gazette reporters were told."
    )
    report = report_of(
        (CAVES, "2031-06-08T09:00"), (mine, "2031-06-08T13:00"), (ALL_OUT, "2031-06-08T21:00")
    )
    (update,) = report.updates
    assert sides(update) == {"About 40": ("a0",), "65": ("a2",)}


def _third(line: str) -> tuple[str, None]:
    return f"A barge sank in the Welbury estuary on Tuesday.\n{line}\nVolunteers came.", None


def test_one_claim_of_another_giver_day_or_year_joins_no_side() -> None:
    # the alignment may call these one claim with the fund's sum; who gave it, on which day and
    # in which year are not the group's
    for line in (
        "Pellam Marine has put £3 million into the Estuary Recovery Fund to pay for the clean-up.",
        "On Sunday, before the sinking, Corvane Shipping had put £3 million into the Estuary "
        "Recovery Fund to pay for dredging.",
        "Corvane Shipping put £3 million into the Estuary Recovery Fund in 2027 for the clean-up.",
    ):
        report = report_of((SHIPPING, None), (PROMISED, None), _third(line))
        (conflict,) = report.conflicts
        assert sides(conflict) == {"£3 million": ("a0",), "£1.8m": ("a1",)}, line


def test_a_near_value_joins_no_side_and_renames_none() -> None:
    # '£2.7m' or 'between £2.5m and £3m' overlaps £3 million by rounding; it is not that value
    for value in ("£2.7m", "between £2.5m and £3m"):
        fund = FUND.replace("£3m", value)
        lower = PROMISED.replace("£1.8m", "£2.4m")
        report = report_of((SHIPPING, None), (lower, None), (fund, None))
        (conflict,) = report.conflicts
        assert sides(conflict) == {"£2.4m": ("a1",), "£3 million": ("a0",)}, value


def test_an_article_that_also_gives_a_near_value_joins_nothing() -> None:
    # its first sum is the fund's, but it also puts the gift at about £2.8 million, which the
    # pairing calls agreeing with £3 million (rounding) though it is not that value: the
    # article is not clearly on the side, so it stays off it
    near = FUND.replace(
        "Volunteers were out on the mudflats by noon.",
        "Corvane Shipping put about £2.8 million into the Estuary Recovery Fund, it said.",
    )
    report = report_of((SHIPPING, None), (PROMISED, None), (near, None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"£3 million": ("a0",), "£1.8m": ("a1",)}


CRASH = (
    "A coach overturned on the Velder pass on Monday evening.\n"
    "Eleven people died when the Holm Coaches coach overturned on the Velder pass, police said.\n"
    "The road was closed overnight."
)
CRASH_OTHER = (
    "A coach came off the road on the Velder pass on Monday.\n"
    "Fourteen people died when the coach overturned on the Velder pass, the governor said.\n"
    "Injured passengers were taken to Ambry."
)


def _mourning(line: str) -> tuple[str, None]:
    return f"Relatives gathered at the hospital in Ambry.\n{line}\nThe driver survived.", None


def test_a_death_toll_of_another_crash_or_a_rounded_one_joins_no_side() -> None:
    for line in (
        "Eleven people died when a Holm Coaches coach overturned near Sarrow in 2019.",
        "Eleven people died when a Holm Coaches coach overturned near Sarrow on Friday.",
        "About a dozen people died when the Holm Coaches coach overturned.",
    ):
        report = report_of((CRASH, None), (CRASH_OTHER, None), _mourning(line))
        (conflict,) = report.conflicts
        assert sides(conflict) == {"Eleven": ("a0",), "Fourteen": ("a1",)}, line


def test_the_same_death_toll_joins_its_side() -> None:
    line = "Eleven people died when the Holm Coaches coach overturned."
    report = report_of((CRASH, None), (CRASH_OTHER, None), _mourning(line))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"Eleven": ("a0", "a2"), "Fourteen": ("a1",)}


def test_an_article_a_pair_judges_otherwise_against_a_member_joins_no_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the fund's £3m joins the £3 million side; had the pairing also called one of that
    # article's figures an update of a member's (or any label but an agreement of one value),
    # the article's stand is not clear, and it joins nothing
    seen: list[tuple[list[Figure], tuple[FigurePair, ...], str, InClaims]] = []
    agreeing = figures._agreeing

    def recorded(
        members: list[Figure], pairs: tuple[FigurePair, ...], label: str, in_claims: InClaims
    ) -> list[Figure]:
        seen.append((members, pairs, label, in_claims))
        return agreeing(members, pairs, label, in_claims)

    monkeypatch.setattr(figures, "_agreeing", recorded)
    report_of((FUND, None), (SHIPPING, None), (PROMISED, None))
    ((members, pairs, label, in_claims),) = [s for s in seen if s[2] == "conflict"]
    (joined,) = agreeing(members, pairs, label, in_claims)
    assert joined.sentence.article == "a0"
    (pair,) = [p for p in pairs if joined in (p.first, p.second)]
    judged = replace(pair, label="update")
    assert agreeing(members, (*pairs, judged), label, in_claims) == []


# One claim (the alignment read the two sentences as saying one thing) holding a figure the
# pairing left unpaired: it wants words or a name to tie two sentences that name nothing.
VALVE = (
    "Ammonia leaked at the Tarnby ice rink on Saturday afternoon.\n"
    "The valve was shut off about 40 minutes after the alarm, the rink's owners said.\n"
    "Skaters waited in the car park."
)
VALVE_OTHER = (
    "Ammonia escaped at the Tarnby ice rink on Saturday.\n"
    "Engineers took nearly two hours to shut off the leaking valve, according to firefighters.\n"
    "Nobody was hurt."
)
VALVE_LATER = (
    "A leak of ammonia closed the Tarnby ice rink on Saturday.\n"
    "Engineers shut off the leaking valve about 40 minutes later, the rink said.\n"
    "Training was cancelled."
)


def test_an_unpaired_figure_of_a_members_claim_with_its_value_joins_its_side() -> None:
    report = report_of((VALVE, None), (VALVE_OTHER, None), (VALVE_LATER, None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"about 40 minutes": ("a0", "a2"), "nearly two hours": ("a1",)}


ABOARD = (
    "A helicopter ditched off Corran Point on Monday morning.\n"
    "Fourteen people were on board the helicopter when it came down off Corran Point, the "
    "coastguard said.\nThe pilot sent a mayday call."
)
ABOARD_OTHER = (
    "A helicopter came down in the sea off Corran Point on Monday.\n"
    "Seventeen people were on board the helicopter when it came down off Corran Point, the "
    "operator said.\nLifeboats from two stations were sent."
)


def _ditched(line: str) -> tuple[str, None]:
    return f"A helicopter ditched off Corran Point on Monday.\n{line}\nThe sea was calm.", None


def test_the_same_count_said_otherwise_in_the_members_claim_joins_its_side() -> None:
    line = (
        "All 14 people on board the helicopter were rescued off Corran Point, the coastguard said."
    )
    report = report_of((ABOARD, None), (ABOARD_OTHER, None), _ditched(line))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"Fourteen": ("a0", "a2"), "Seventeen": ("a1",)}


def _recorded_group(
    monkeypatch: pytest.MonkeyPatch, *texts: tuple[str, None]
) -> tuple[list[Figure], tuple[FigurePair, ...], str, InClaims]:
    """The arguments of the one conflict group's ``_agreeing`` call in the report of texts."""
    seen: list[tuple[list[Figure], tuple[FigurePair, ...], str, InClaims]] = []
    agreeing = figures._agreeing

    def recorded(
        members: list[Figure], pairs: tuple[FigurePair, ...], label: str, in_claims: InClaims
    ) -> list[Figure]:
        seen.append((members, pairs, label, in_claims))
        return agreeing(members, pairs, label, in_claims)

    monkeypatch.setattr(figures, "_agreeing", recorded)
    report_of(*texts)
    monkeypatch.undo()
    (group,) = [s for s in seen if s[2] == "conflict"]
    return group


def test_an_equal_count_of_other_things_in_the_members_claim_joins_no_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # put in the claim of 'Fourteen people were on board' as the alignment might: an equal
    # count of rescuers, of another noun, or of nothing named against the member's people
    for line, noun in (
        ("14 rescuers were on board the lifeboat that reached Corran Point, it said.", "rescuer"),
        ("The coastguard said 14 boats had joined the search off Corran Point.", "boat"),
    ):
        members, pairs, label, in_claims = _recorded_group(
            monkeypatch, (ABOARD, None), (ABOARD_OTHER, None), _ditched(line)
        )
        (member,) = [m for m in members if m.sentence.article == "a0"]
        (other,) = [f for g in in_claims.by_claim.values() for f in g if f.sentence.article == "a2"]
        assert other.noun is not None and other.noun.startswith(noun[:4]), line
        placed = _placed(in_claims, member.claim, replace(other, claim=member.claim))
        assert figures._agreeing(members, pairs, label, placed) == [], line
        # (and the same figure counting the member's noun would join: the test can fail)
        alike = replace(other, claim=member.claim, noun=member.noun, frame=member.frame)
        placed = _placed(in_claims, member.claim, alike)
        assert figures._agreeing(members, pairs, label, placed) == [alike], line


def test_an_unpaired_count_of_another_day_or_a_part_joins_no_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # in the member's claim, unpaired, with its very value and noun: still not its thing when
    # its own sentence names another day ('On Sunday 14 people ...') or reads it as a part
    # ('14 of them were ...')
    line = (
        "All 14 people on board the helicopter were rescued off Corran Point, the coastguard said."
    )
    members, pairs, label, in_claims = _recorded_group(
        monkeypatch, (ABOARD, None), (ABOARD_OTHER, None), _ditched(line)
    )
    (member,) = [m for m in members if m.sentence.article == "a0"]
    (joined,) = figures._agreeing(members, pairs, label, in_claims)
    assert joined.sentence.article == "a2" and joined.claim == member.claim
    alone = replace(
        in_claims,
        by_claim={
            claim: [f for f in group if f is not joined]
            for claim, group in in_claims.by_claim.items()
        },
    )
    for unlike in (replace(joined, days=frozenset({"sunday"})), replace(joined, part=True)):
        placed = _placed(alone, member.claim, unlike)
        assert figures._agreeing(members, pairs, label, placed) == []


# The review of exact32's cases: an outlet's sentence in a member's claim with the member's
# value, but another frame, another verb or another group; it must join no side. Each is
# (line of a0, line of a1, line of a2): a0 and a1 differ, a2 gives a0's value of something else.
_OTHER_THING_IN_THE_CLAIM = (
    # a survival against deaths, with and without another frame word
    (
        "Police said 17 people died in the crash.",
        "Police said 21 people died.",
        "Police said 17 people survived the crash by swimming to the bank.",
    ),
    (
        "Forty cattle died in the fire, the owner said.",
        "The owner said 32 cattle died.",
        "Forty cattle survived the fire, the owner said.",
    ),
    (
        "Forty cattle died in the fire, the owner said.",
        "The owner said 32 cattle died.",
        "Forty cattle were led to safety by neighbours, the owner said.",
    ),
    (
        "Forty cattle died in the fire, the owner said.",
        "The owner said 32 cattle died.",
        "Forty cattle were in the barn when the fire started, the owner said.",
    ),
    (
        "Firefighters said thirty homes were destroyed.",
        "Firefighters said 24 homes were destroyed.",
        "Firefighters said thirty homes were saved by a change in the wind.",
    ),
    # no frame on either count: another verb
    (
        "The coastguard said 14 passengers were rescued.",
        "The coastguard said 12 passengers were rescued.",
        "The coastguard said 14 passengers had booked the trip.",
    ),
    # a count with no noun against people: the rescuers
    (
        "Fourteen people were rescued from the crag by the mountain rescue team.",
        "The mountain rescue team rescued nine people from the crag.",
        "Fourteen were sent by the mountain rescue team to the crag.",
    ),
    # a list of another group than the member's noun
    (
        "Operators said 80 trains were cancelled.",
        "Operators said 60 trains were cancelled.",
        "Operators said 80 buses and coaches were cancelled as well.",
    ),
    (
        "The head said 300 pupils were evacuated to the playing field.",
        "The head said 250 pupils were evacuated.",
        "The head said 300 teachers and parents were evacuated from a meeting in the hall.",
    ),
)


@pytest.mark.parametrize("lines", _OTHER_THING_IN_THE_CLAIM, ids=lambda lines: lines[2][:30])
def test_an_equal_value_of_something_else_in_the_claim_joins_no_side(
    lines: tuple[str, str, str],
) -> None:
    texts = [
        (f"A storm hit Kasslo on Monday.\n{line}\nThe roads were shut.", None) for line in lines
    ]
    report = report_of(*texts)
    (conflict,) = [c for c in report.conflicts if c.kind == "number"]
    assert sorted(sides(conflict).values()) == [("a0",), ("a1",)], lines[2]
