"""The length of the story's happening compared across reports that share no word; stamps of
any year, in the page head, in wire and dashed forms; a dateline's day given the pile's year."""

from __future__ import annotations

from bylines.ingest.clean import clean_article
from bylines.ingest.published import with_dateline_years
from bylines.types import Article
from dated_reports import report_of, sides

# Two outlets' own openings (identical ones would make one a copy of the other).
ROBBERY = (
    "Masked men robbed the Kessel jewellery store in Avonbright on Tuesday night. ",
    "Three raiders smashed their way into a jeweller's on Avonbright high street on Tuesday. ",
    "Watches and rings were taken from Kessel Jewellers in Avonbright late on Tuesday. ",
)


def test_the_only_length_of_two_reports_is_one_length_without_a_shared_word() -> None:
    report = report_of(
        (ROBBERY[0] + "The gang was in the shop for three minutes, police said.", None),
        (ROBBERY[1] + "The robbery lasted about nine minutes, according to a witness.", None),
    )
    (conflict,) = [c for c in report.conflicts if "minutes" in " ".join(sides(c))]
    assert sides(conflict) == {"three minutes": ("a0",), "about nine minutes": ("a1",)}


def test_a_report_with_two_lengths_pairs_neither_by_being_alone() -> None:
    report = report_of(
        (
            ROBBERY[0] + "The gang was in the shop for three minutes, and officers arrived "
            "twenty minutes later after a drive of 15 minutes across the city.",
            None,
        ),
        (ROBBERY[1] + "The robbery lasted about nine minutes, according to a witness.", None),
    )
    assert not [c for c in report.conflicts if "minutes" in " ".join(sides(c))]


def test_lengths_of_days_and_shifts_are_not_the_events_own() -> None:
    report = report_of(
        (ROBBERY[0] + "Detectives were given an extra 20 days to finish their inquiry.", None),
        (ROBBERY[1] + "The trial of a suspect was put back by 10 hours after a hearing.", None),
        (ROBBERY[2] + "A three-week review of the shop's alarms has begun.", None),
    )
    assert report.conflicts == ()


def test_reports_leading_on_other_days_give_two_occasions_lengths() -> None:
    report = report_of(
        (
            "Union leaders and the Orvane port authority met on Thursday without a deal. "
            "The two sides sat for five hours and agreed to return next week.",
            None,
        ),
        (
            "The Orvane port authority cancelled the first week of sailings on Tuesday. "
            "The decision came after nearly three hours at a harbour hotel.",
            None,
        ),
    )
    assert report.conflicts == ()


def test_a_sum_that_falls_a_day_later_with_no_word_of_change_conflicts() -> None:
    # the second report's 'now' says the value moves; the lower value a day later does not say
    # it moved down, so it is another figure for the same loss
    report = report_of(
        (
            "Thieves took paintings worth £4.7m from the Harrowgate gallery, insurers said.",
            "2031-03-01T09:00",
        ),
        (
            "The stolen paintings are now worth £4.7m, the Harrowgate gallery's insurers said.",
            "2031-03-01T10:00",
        ),
        (
            "Paintings worth 4.2 million pounds were stolen from the Harrowgate gallery, "
            "according to its insurers.",
            "2031-03-02T09:00",
        ),
    )
    assert report.updates == ()
    (conflict,) = report.conflicts
    assert sides(conflict) == {"£4.7m": ("a0", "a1"), "4.2 million pounds": ("a2",)}


STORY = "A gas explosion damaged three houses in Vellport on Friday, the fire service said."
MORE = "Nobody was hurt, and the street was reopened to traffic in the afternoon."


def published(text: str) -> str | None:
    return clean_article(Article(id="a", text=text, source="a")).published


def test_a_stamp_of_a_later_year_is_read_as_the_page_gives_it() -> None:
    assert published(f"Published 4 May 2033 10:15\n{STORY}\n{MORE}") == "2033-05-04T10:15:00"


def test_a_wire_slug_date_and_a_dashed_date_are_read() -> None:
    assert published(f"[KPN] 14OCT31 0930Z HOUSES-BLAST (URGENT)\n{STORY}\n{MORE}") == (
        "2031-10-14T09:30:00+00:00"
    )
    assert published(f"KPN (English) 21-10-2031 16:20 CET — 210 words\n{STORY}\n{MORE}") == (
        "2031-10-21T16:20:00+01:00"
    )


def test_a_dashed_date_that_reads_both_ways_is_read_day_first() -> None:
    # as dotted dates are; month-first dates are written with slashes ('03/04/2031': not read)
    assert published(f"KPN (English) 03-04-2031 — 210 words\n{STORY}\n{MORE}") == "2031-04-03"
    assert published(f"KPN (English) 03/04/2031 — 210 words\n{STORY}\n{MORE}") is None


def test_a_dateline_day_takes_the_year_of_the_other_reports() -> None:
    wire = clean_article(
        Article(id="w", text=f"VELLPORT, Oct 17 (KPN) - {STORY}\n{MORE}\nKPN ab/cd", source="w")
    )
    paper = Article(id="p", text=STORY, source="p", published="2031-10-18T07:00:00")
    alone = Article(id="x", text=STORY, source="x", published="2031-12-30")
    assert wire.published is None
    dated = with_dateline_years([wire, paper, alone])
    assert [a.published for a in dated] == ["2031-10-17", "2031-10-18T07:00:00", "2031-12-30"]
    assert with_dateline_years([wire, alone])[0].published is None  # no report within a week


CRASH = (
    "A tram left the rails at the Orsk bridge in Maltby on Friday evening.",
    "Several carriages overturned when a tram derailed near the Orsk bridge in Maltby.",
    "Passengers were thrown about as a Maltby tram came off the track on Friday.",
)


def test_a_part_of_the_injured_that_remains_in_hospital_is_a_hospital_count() -> None:
    # the group's frame (injured) comes first; what its clause says of the part comes last
    report = report_of(
        (CRASH[0] + " Thirty people were injured, the city said.", "2031-06-06T20:00"),
        (
            CRASH[1] + " Nine of the passengers injured in the crash remain in hospital, "
            "doctors said.",
            "2031-06-07T08:00",
        ),
    )
    assert report.conflicts == ()


def test_a_count_that_gives_the_value_it_fell_from_is_the_latest_against_an_undated_one() -> None:
    report = report_of(
        (CRASH[0] + " More than 15 people were taken to hospital, the city said.", None),
        (CRASH[1] + " Three are still in hospital, down from eight on Saturday.", None),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update)["Three"] == ("a1",)


def test_an_undated_report_that_calls_its_count_the_latest_updates_a_dated_one() -> None:
    # one report dated of three: enough to say the pile is covered over time
    report = report_of(
        (CRASH[0] + " Police said 4 people had been arrested over the crash.", "2031-06-06T21:00"),
        (CRASH[1] + " Police have now arrested 7 people over the crash.", None),
        (CRASH[2] + " The Maltby line will stay closed until Monday.", None),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"4": ("a0",), "7": ("a1",)}


def test_the_drivers_age_in_apposition_and_as_an_adjective_is_one_age() -> None:
    report = report_of(
        (CRASH[0] + " The driver, 47, was treated for shock at the scene.", None),
        (CRASH[1] + " Investigators will interview the 41-year-old driver on Monday.", None),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"47": ("a0",), "41-year-old": ("a1",)}


def test_an_age_in_a_who_clause_is_the_named_persons() -> None:
    report = report_of(
        (CRASH[0] + " The tram's owner, Marta Lindqvist, 63, said the line would reopen.", None),
        (CRASH[1] + " Marta Lindqvist, who is 36, runs the Maltby line with her brother.", None),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"63": ("a0",), "36": ("a1",)}


def test_two_passengers_ages_are_not_one_persons() -> None:
    report = report_of(
        (CRASH[0] + " A passenger, 47, was treated for shock at the scene.", None),
        (CRASH[1] + " Investigators will interview a 41-year-old passenger on Monday.", None),
    )
    assert report.conflicts == ()


def test_a_speakers_age_is_his_and_a_fathers_age_is_not_his_sons() -> None:
    report = report_of(
        (
            CRASH[0] + " At the depot, Orlik, 58, said the brakes had failed before the bridge.",
            None,
        ),
        (CRASH[1] + " The tram's driver, Pavel Orlik, who is 49, was not hurt.", None),
        (CRASH[2] + " His father, Tomas Orlik, 81, said the family was shaken.", None),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"58": ("a0",), "49": ("a1",)}


CAVE = (
    "Four potholers were trapped by floodwater in the Greyscar cave system on Saturday.",
    "Rescuers brought four cavers out of Greyscar after a flood cut them off underground.",
)


def test_the_only_lengths_of_a_day_or_two_are_compared_when_said_as_lengths() -> None:
    report = report_of(
        (CAVE[0] + " The last of them had been underground for 29 hours.", None),
        (CAVE[1] + " The youngest spent 41 hours below ground before he was reached.", None),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"29 hours": ("a0",), "41 hours": ("a1",)}


def test_a_rule_a_plan_and_someday_are_no_lengths_of_the_event() -> None:
    report = report_of(
        (CAVE[0] + " The party had set out on what should have been a five-hour trip.", None),
        (CAVE[1] + " Under club rules a party can stay underground for 30 hours.", None),
        (CAVE[0] + " Their leader hopes one day to map the whole system.", None),
    )
    assert report.conflicts == ()


def test_two_drivers_of_one_crash_are_two_people() -> None:
    collision = (
        "A lorry and a car collided on the Orvik bypass on Monday morning.",
        "Two vehicles crashed on the Orvik bypass early on Monday.",
    )
    report = report_of(
        (collision[0] + " The lorry driver, 47, was unhurt.", None),
        (collision[1] + " The car's 41-year-old driver was taken to hospital in Orvik.", None),
    )
    assert report.conflicts == ()


def test_a_delay_is_no_length_of_the_event_and_a_name_is_no_modal() -> None:
    report = report_of(
        (ROBBERY[0] + "The raid lasted about seven minutes, police said.", None),
        (ROBBERY[1] + "Trams on the high street faced a 40-minute delay.", None),
    )
    assert report.conflicts == ()
    report = report_of(
        (ROBBERY[0] + "Will Orme saw them inside the shop for three minutes.", None),
        (ROBBERY[1] + "The robbery lasted about nine minutes, according to a witness.", None),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"three minutes": ("a0",), "about nine minutes": ("a1",)}


def test_a_misspelt_month_and_a_given_time_that_is_no_time_do_not_break_dating() -> None:
    wire = Article(
        id="w",
        text=STORY,
        source="w",
        published="sometime last week",
        removed=("VELLPORT, Sepember 17 (KPN) -",),
    )
    paper = Article(id="p", text=STORY, source="p", published="2031-09-18T07:00:00")
    assert [a.published for a in with_dateline_years([wire, paper])] == [
        "2031-09-17",
        "2031-09-18T07:00:00",
    ]


def test_a_shift_is_no_length_of_the_event() -> None:
    report = report_of(
        (ROBBERY[0] + "The gang was in the shop for three minutes, police said.", None),
        (ROBBERY[1] + "The first tram of the morning was put back by 10 minutes.", None),
    )
    assert report.conflicts == ()
