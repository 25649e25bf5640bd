"""Weekdays read ahead or back by the timeline. The review of timeline31 (its invented
sentences) found families of past days a broad forward reading got wrong; they are kept here
with the days main reads, so a narrower forward reading cannot bring them back. Every event,
outlet and person here is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bylines.report.timeline import resolve_dates


def _days(published: str, sentence: str) -> list[str]:
    when = datetime.fromisoformat(f"{published}T09:00").replace(tzinfo=UTC)
    return [dated.date for dated in resolve_dates(sentence, when)]


# (published, sentence, days): 2026-12-02 is a Wednesday, 12-04 a Friday, 12-05 a Saturday,
# 12-08 a Tuesday.
REVIEW_FAMILIES = [
    # A: a range with no tensed verb before "from", its main verb past: the days gone by
    ("2026-12-02", "Passengers stuck in the terminal from Monday to Tuesday were given blankets.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "Over the weekend, from Saturday, ferries ran every hour.", ["2026-11-28"]),
    ("2026-12-04", "Aid flights from Monday to Wednesday brought 40 tonnes of food.",
     ["2026-11-30", "2026-12-02"]),
    ("2026-12-04", "During the blackout from Monday to Tuesday, hospitals ran on generators.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "In the chaos from Monday to Tuesday, 300 people were evacuated.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "In the days from Monday, rescuers pulled 14 people from the rubble.",
     ["2026-11-30"]),
    ("2026-12-04", "Rescuers digging from Monday to Tuesday found three survivors.",
     ["2026-11-30", "2026-12-01"]),
    ("2026-12-04", "Crews working from Monday to Wednesday cleared the road.",
     ["2026-11-30", "2026-12-02"]),
    ("2026-12-05", "At the height of the blaze from Monday to Tuesday, 60 firefighters were on "
     "site.", ["2026-11-30", "2026-12-01"]),
    ("2026-12-05", "For most of the week from Monday, the plant burned.", ["2026-11-30"]),
    ("2026-12-05", "Smoke seen from Monday to Wednesday drifted over the estuary.",
     ["2026-11-30", "2026-12-02"]),
    ("2026-12-05", "Workers stuck inside from Monday to Tuesday were rescued by crane.",
     ["2026-11-30", "2026-12-01"]),
    # B: a headline's state with no auxiliary ("closed until Tuesday"): still to come
    ("2026-12-02", "LIVE: Kell ferries cancelled until Sunday", ["2026-12-06"]),
    ("2026-12-04", "Ferries cancelled until Sunday as gales return", ["2026-12-06"]),
    ("2026-12-04", "Ferries to Kell cancelled until Sunday, operator says", ["2026-12-06"]),
    ("2026-12-05", "Brannock road closed until Tuesday after factory blaze", ["2026-12-08"]),
    ("2026-12-05", "Main road closed until Tuesday, police say", ["2026-12-08"]),
    ("2026-12-05", "With the main road closed until Tuesday, drivers face long detours.",
     ["2026-12-08"]),
    # C: a past verb of speech with a noun object and a following clause: the days gone by
    ("2026-12-04", "Forecasters predicted heavy rain by Tuesday, and it came.", ["2026-12-01"]),
    ("2026-12-04", "The agency confirmed aftershocks until Tuesday, when the tremors stopped.",
     ["2026-12-01"]),
    ("2026-12-05", "Firefighters warned of toxic smoke until Tuesday, when the wind changed.",
     ["2026-12-01"]),
    ("2026-12-05", "The fire brigade confirmed smoke until Tuesday, when the blaze was put out.",
     ["2026-12-01"]),
    # D: a possessive weekday after a verb of the future: the coming one
    ("2026-12-08", "Both sides are expected to sign the deal at Thursday's summit.",
     ["2026-12-10"]),
    ("2026-12-08", "The council will vote at Friday's meeting.", ["2026-12-11"]),
    ("2026-12-08", "The stolen brooch, insured for 2 million, is expected to surface for "
     "Friday's auction.", ["2026-12-11"]),
    ("2026-12-08", "The minister will speak at Saturday's rally in Lorrach.", ["2026-12-12"]),
    ("2026-12-08", "Both sides signed the deal at Thursday's summit.", ["2026-12-03"]),
    # E: a reduced participle with "from": read back, as main reads it
    ("2026-12-04", "Schools shut from Tuesday, the ministry said on Wednesday.",
     ["2026-12-01", "2026-12-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "days"), REVIEW_FAMILIES)
def test_the_review_families_keep_mains_reading(
    published: str, sentence: str, days: list[str]
) -> None:
    assert _days(published, sentence) == days


# Each forward shape with a look-alike that must stay as main reads it. Written on Friday
# 2026-12-04: last Monday 11-30 / next 12-07, Tuesday 12-01 / 12-08, Sunday 11-29 / 12-06.
SHAPES = [
    # a state that lasts until a day, told by a present or future auxiliary of its clause
    ("Services are suspended until Tuesday.", ["2026-12-08"]),
    ("Services were suspended until Tuesday.", ["2026-12-01"]),
    ("The bridge will stay shut till Monday.", ["2026-12-07"]),
    ("The bridge stayed shut till Monday.", ["2026-11-30"]),
    ("The pier remains closed through Sunday.", ["2026-12-06"]),
    ("The pier remained closed through Sunday.", ["2026-11-29"]),
    ("Ferries are expected to stay suspended through Tuesday.", ["2026-12-08"]),
    ("Kell ferries were suspended through Sunday, the operator said.", ["2026-11-29"]),
    ("The museum won’t reopen until Tuesday.", ["2026-12-08"]),
    ("The museum didn’t reopen until Tuesday.", ["2026-12-01"]),
    ("The party can't publish its manifesto until Tuesday.", ["2026-12-08"]),
    ("The party couldn't publish its manifesto until Tuesday.", ["2026-12-01"]),
    ("Officials said ferries are suspended through Tuesday.", ["2026-12-08"]),
    # the noun "remains", a past after the auxiliary, another clause: not the auxiliary's day
    ("Human remains kept at the morgue through Tuesday were identified.", ["2026-12-01"]),
    ("Residents are angry that ferries were cancelled through Tuesday.", ["2026-12-01"]),
    ("Rescuers are tired after they dug through Sunday.", ["2026-11-29"]),
    ("The family stayed with relatives through Tuesday.", ["2026-12-01"]),
    ("Tremors grew stronger through Sunday, the observatory said.", ["2026-11-29"]),
    # a period a figure or a noun covers, after a present: not a state lasting until the day
    ("The figures are for the week through Sunday.", ["2026-11-29"]),
    ("Sales are up 4% in the three days through Tuesday.", ["2026-12-01"]),
    ("Residents are counting the cost of flooding through Sunday.", ["2026-11-29"]),
    ("The curfew is in force through Sunday.", ["2026-12-06"]),
    ("Rescuers will keep searching through Sunday.", ["2026-12-06"]),
    # a thing set for a day by the present of "be"
    ("The verdict is due on Monday.", ["2026-12-07"]),
    ("The verdict was due on Monday.", ["2026-11-30"]),
    ("Counting is scheduled for Tuesday.", ["2026-12-08"]),
    ("Counting was scheduled for Tuesday.", ["2026-12-01"]),
    ("An inquiry has been set for Monday.", ["2026-12-07"]),
    ("An inquiry had been set for Monday.", ["2026-11-30"]),
    ("More rain is expected after Monday's storm.", ["2026-11-30"]),
    ("A verdict is expected in the trial of the man arrested on Monday.", ["2026-11-30"]),
    ("Prices are set by the board on Monday each week.", ["2026-11-30"]),
    ("A decision is expected soon on Monday's vote.", ["2026-11-30"]),
    ("A dozen farmers are expected at Monday's union meeting.", ["2026-12-07"]),
    ("The hearing is scheduled for Monday, a week after the crash on Sunday.",
     ["2026-12-07", "2026-11-29"]),
    # "this coming" / "the coming" weekday, and "next"
    ("Ferry crossings resume this coming Tuesday.", ["2026-12-08"]),
    ("Ferry crossings resumed this Tuesday.", ["2026-12-01"]),
    ("The museum reopens the coming Sunday.", ["2026-12-06"]),
    ("The museum reopened on Sunday.", ["2026-11-29"]),
    ("Schools reopen next Monday.", ["2026-12-07"]),
    # a list after a cue reads every day alike; a new clause after ", and" does not
    ("The hearing is scheduled for Monday and Tuesday.", ["2026-12-07", "2026-12-08"]),
    ("The hearing was scheduled for Monday and Tuesday.", ["2026-11-30", "2026-12-01"]),
    ("Extra ferries sail this coming Saturday and Sunday.", ["2026-12-05", "2026-12-06"]),
    ("Schools reopen next Monday or Tuesday.", ["2026-12-07", "2026-12-08"]),
    ("Trains will run on Saturday, and on Monday the line closed.", ["2026-12-05", "2026-11-30"]),
    ("Schools reopen next Monday, the ministry said on Tuesday.", ["2026-12-07", "2026-12-01"]),
    # a range whose last day is to come starts in that week; one told in the past does not
    ("Services are suspended from Monday until Wednesday.", ["2026-12-07", "2026-12-09"]),
    ("Services were suspended from Monday until Wednesday.", ["2026-11-30", "2026-12-02"]),
    ("More rain is forecast from Monday through Wednesday.", ["2026-12-07", "2026-12-09"]),
    ("Rain fell from Monday through Wednesday, the Met office said.",
     ["2026-11-30", "2026-12-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "days"), SHAPES)
def test_a_weekday_is_read_ahead_only_in_the_forward_shapes(sentence: str, days: list[str]) -> None:
    assert _days("2026-12-04", sentence) == days


# The one rule for a weekday still to come that is the publication's own (written on Monday
# 2026-12-07): a day a thing is set on is that day, as wires name the day they write on; the end
# of a state, a deadline, "next" and "this coming" are a week on.
SAME_WEEKDAY = [
    ("Counting is scheduled for Monday.", ["2026-12-07"]),
    ("The council will vote on Monday evening.", ["2026-12-07"]),
    ("Schools will stay shut on Monday and Tuesday.", ["2026-12-07", "2026-12-08"]),
    ("Ferries are suspended until Monday.", ["2026-12-14"]),
    ("The pier remains closed through Monday.", ["2026-12-14"]),
    ("Schools reopen next Monday.", ["2026-12-14"]),
    ("Schools reopen this coming Monday.", ["2026-12-14"]),
    ("Schools reopened on Monday.", ["2026-12-07"]),
]


@pytest.mark.parametrize(("sentence", "days"), SAME_WEEKDAY)
def test_a_weekday_to_come_on_the_publications_own_weekday(sentence: str, days: list[str]) -> None:
    assert _days("2026-12-07", sentence) == days


# The review of timeline32's invented look-alikes: readings main gets right that the first
# forward shapes got wrong, with the days main reads (written 2026-12-10, a Thursday, or
# 2026-12-15, a Tuesday). "through Day" after a verb of the future keeps main's reading; a
# range's "from Day" is passed over only after a state; "through" ends only a state, not a
# figure, an object or an account; a possessive after "for / into" is what is set, not its day;
# a day starting its own clause is no list's; "the coming" after a past; "to have been".
REVIEW32 = [
    ("2026-12-10", "Flags will fly at half-mast through Sunday.", ["2026-12-13"]),
    ("2026-12-10", "The festival will run in three venues through Sunday.", ["2026-12-13"]),
    ("2026-12-10", "Flights will be grounded at Kell through Monday.", ["2026-12-14"]),
    ("2026-12-15", "The inquiry will sit in public through Friday.", ["2026-12-18"]),
    ("2026-12-15", "Hearings are scheduled to run in Osby through Friday.", ["2026-12-18"]),
    ("2026-12-10", "Traders are counting losses from Monday through Wednesday.",
     ["2026-12-07", "2026-12-09"]),
    ("2026-12-10", "Officers are reviewing footage from Friday through Sunday.",
     ["2026-12-04", "2026-12-06"]),
    ("2026-12-15", "Sales are up sharply from Wednesday through Friday.",
     ["2026-12-09", "2026-12-11"]),
    ("2026-12-10", "Most roads are clear, crews working through Tuesday to remove debris.",
     ["2026-12-08"]),
    ("2026-12-10", "Prices are up four points through Tuesday.", ["2026-12-08"]),
    ("2026-12-10", "The death toll is twelve through Monday, officials say.", ["2026-12-07"]),
    ("2026-12-15", "Passengers are owed refunds through Sunday.", ["2026-12-13"]),
    ("2026-12-15", "Workers at the mine are paid through Monday, the company says.",
     ["2026-12-14"]),
    ("2026-12-10", "A new date has been set for Monday's postponed match.", ["2026-12-07"]),
    ("2026-12-10", "An apology is expected for Tuesday's blackout.", ["2026-12-08"]),
    ("2026-12-10", "Compensation is due for Monday's cancelled trains.", ["2026-12-07"]),
    ("2026-12-10", "An inquiry is expected into Sunday's crash.", ["2026-12-06"]),
    ("2026-12-10", "Roads are shut until Monday and Tuesday saw the worst of the snow.",
     ["2026-12-14", "2026-12-08"]),
    ("2026-12-15", "Trains are suspended until Sunday, Monday's storm having washed away the "
     "track.", ["2026-12-20", "2026-12-14"]),
    ("2026-12-10", "On Friday, residents were told to prepare for the coming Sunday.",
     ["2026-12-04", "2026-12-06"]),
    ("2026-12-15", "Villagers who fled on Friday were told to return the coming Monday.",
     ["2026-12-11", "2026-12-14"]),
    ("2026-12-15", "Ferries are thought to have been suspended until Thursday.", ["2026-12-10"]),
    # the gains of the shapes that stay ahead beside them
    ("2026-12-10", "The pier is open through Sunday.", ["2026-12-13"]),
    ("2026-12-10", "More rain is likely from Monday through Wednesday.",
     ["2026-12-14", "2026-12-16"]),
    ("2026-12-10", "An apology is expected on Tuesday.", ["2026-12-15"]),
    ("2026-12-10", "Ferries are suspended until Monday and Tuesday.", ["2026-12-14", "2026-12-15"]),
    ("2026-12-15", "Ferries are said to be suspended until Thursday.", ["2026-12-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "days"), REVIEW32)
def test_review32_look_alikes_keep_mains_days(
    published: str, sentence: str, days: list[str]
) -> None:
    assert _days(published, sentence) == days


# A possessive day after a clause set by "be" and an "and" is another clause's: its own day is
# the one gone by, whatever the first day reads (main reads those first days back too).
REVIEW32_SECOND_DAY = [
    ("2026-12-10", "Fans are due at the stadium on Saturday and Friday's ticket queue stretched "
     "for a mile.", "2026-12-04"),
    ("2026-12-10", "The museum is set for Friday's reopening and Monday's storm left it "
     "undamaged.", "2026-12-07"),
    ("2026-12-15", "The talks are scheduled for Thursday and Friday's collapse is forgotten.",
     "2026-12-11"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "day"), REVIEW32_SECOND_DAY)
def test_a_possessive_day_after_and_is_not_moved(published: str, sentence: str, day: str) -> None:
    assert _days(published, sentence)[1] == day


# A range told by a past verb of its own, and words reported as said on a day gone by, keep the
# days main reads; a state's range and a report said with no day stay ahead.
REVIEW32_TOLD = [
    ("2026-12-15", "The festival, which ran from Friday until Sunday, is over.", "2026-12-11"),
    ("2026-12-15", '"Roads are closed through Monday," she said on Saturday.', "2026-12-14"),
    ("2026-12-15", "Ferries are suspended from Friday until Sunday.", "2026-12-18"),
    ("2026-12-15", '"Roads are closed through Monday," she said.', "2026-12-21"),
]


@pytest.mark.parametrize(("published", "sentence", "day"), REVIEW32_TOLD)
def test_a_range_or_report_told_in_the_past_keeps_its_first_day(
    published: str, sentence: str, day: str
) -> None:
    assert _days(published, sentence)[0] == day
