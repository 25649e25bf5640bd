"""Lines of a page that send the reader elsewhere or sell something beside the story: a job
advert, a phone-in's number, a pointer to another page of the paper or to its puzzles, an item's
log stamp; written for outlets of many kinds (local papers, radio stations, trade sites, wires,
British and American styles), with story sentences that start or end the same way and must stay.
Also the bulletin hour in a broadcaster's header, and an acronym on the masthead that the story
spells out as its newsroom."""

from __future__ import annotations

import pytest

from cleaned import clean, kept_lines

HEADLINE = "Crane topples onto Quellmoor quay"
LEAD = "A dockside crane toppled onto the Quellmoor quay on Friday, the port authority said."
MIDDLE = "Two dockers were taken to Dunnock General with minor injuries."
LAST = "Inspectors from the Varrow maritime board are due on site on Monday."

JOB_ADVERTS = [
    "Job of the week: Harbour pilot, Quellmoor Port Authority, £48k",
    "Featured job: Night editor — Orrin Courier — $62,000",
    "Vacancy: Lock keeper (part-time), Varrow Canal Trust, £11.40 an hour",
    "Jobs: Site supervisor, Tolmar Build, up to €54,000",
    "Now hiring: Staff nurse, Dunnock General, competitive salary",
    "Careers | Graduate surveyor | Pellow & Lind | £29,500 + benefits",
    "Jobs of the day: Crane driver, Quellmoor Docks, full-time",
]
EVENT_LISTINGS = [
    "Upcoming webinar: Auditing pump controls after the floods, 3 June",
    "Save the date: Varrow Ports Forum, 12-13 May, Dunnock",
    "Upcoming conference: Coastal Engineering Day, 9 October, Pellow — tickets £45",
    "Webinar | Insuring quay cranes | Tuesday 4 March, 2pm",
    "Events: Dockside Safety Breakfast, Quellmoor, early-bird $35",
]
NEXT_NEWS = ["Next news: 18:00", "Next headlines at 7pm", "Next news in Welsh: 19:00"]
PHONE_INS = [
    "Studio lines are open now on 01632 960 555",
    "Phone lines are open until eleven, the show is on 0800 555 0199",
    "Our lines are open after the bulletin: 0161 496 0731",
    "Call the show on 01632 960 812",
    "Text the studio on 60406",
    "Join the phone-in on 0345 555 0100",
    "To take part, call the newsroom on (555) 014-2290",
    "Our lines are open before the news on 01632 960 318",
]
PAGE_POINTERS = [
    "Turn to page 7 for the full list of closed schools",
    "Crossword and sudoku: page 28",
    "Puzzles: today's cryptic crossword is on page 44",
    "See pages 4-5 for the route map",
    "Continued on page 9",
    "Letters, page 18",
    "Full report, pages 2 and 3",
    "Inside: ten of the best walks on the moor, page 36",
    "Weather: see page 47",
]
LOG_STAMPS = [
    "Item logged 14.03.2029 at 08:15 (GMT)",
    "Entry created 3 March 2029, 17:40",
    "Story logged: 2029-03-14 08:15 GMT",
    "Item logged at 09:40 BST on 3 June 2029",
]


@pytest.mark.parametrize(
    "line", JOB_ADVERTS + EVENT_LISTINGS + NEXT_NEWS + PHONE_INS + PAGE_POINTERS + LOG_STAMPS
)
def test_a_line_sending_the_reader_elsewhere_is_removed_in_the_middle(line: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{line}\n{MIDDLE}\n{LAST}")
    assert lines == [LEAD, MIDDLE, LAST]


@pytest.mark.parametrize(
    "line", JOB_ADVERTS + EVENT_LISTINGS + NEXT_NEWS + PHONE_INS + PAGE_POINTERS
)
def test_a_line_sending_the_reader_elsewhere_is_removed_at_the_foot(line: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{line}")
    assert lines == [LEAD, MIDDLE, LAST]


# Story sentences that look like them: a job, a phone line, a page of a report, a logged call.
STORY_LOOK_ALIKES = [
    "Jobs: 200 posts will go at the Tolmar plant by March, the union said.",
    "The vacancy for a harbour pilot had been open since June, when the last one retired.",
    "A crane driver at the docks earns about £31,000 a year.",
    "Job losses at the mill now total 140.",
    "Summit: leaders agree to cut port fees by 2030",
    "Conference: delegates backed the merger on 3 June, the union said.",
    "Events at the quay on 3 June were cancelled after the crane fell.",
    "Next news conference at 10:00",
    "The next news conference is at 10:00, police said.",
    "Lines of traffic stretched for two miles past the Kelsby junction.",
    "Phone lines at the council were open until 23:00 on Friday.",
    "Lines are open at the Moorgate hall for relatives, police said.",
    "Police said the helpline on 0800 555 0101 would stay open overnight.",
    "Relatives can call the port authority on 01632 960 000.",
    "Calls to the helpline were logged at 23:30 on Friday.",
    "The tremor was logged at 04:12 on 3 March 2029 by the Varrow observatory.",
    "Police turned to the public for help on Saturday.",
    "The fault was described on page 40 of the inquiry's report, the council admitted.",
    "The report runs to 212 pages.",
    "Turnout was the lowest since 1998.",
    "The crossword setter, who has written for the paper since 1992, was among the injured.",
    "Page 4 of the contract sets out the penalties.",
]
# The review of junk19: story lines each rule removed on e7477e4 (a page of a report, a
# number to ring that is no show's, a listing's label before a sentence, a log verb before who
# logged it or a clause).
REVIEWED_STORY_LINES = [
    "See page 22 of the report, which sets out the costs.",
    "See page 40 of the inquiry report for the full list of failures.",
    "Turn to page 12 of the audit and the problems are laid bare.",
    "Go to page 5 of the form and tick the box.",
    "Skip to page 30 of the judgment and the judge is scathing.",
    "Continued on page 9 of the minutes, the debate ran for three hours.",
    "Turn to page 12 for the council's statement, which blames the weather",
    "Analysis: the key table is on page 112.",
    "See pages 4-5 of the planning application for the route.",
    "Phone the hotline on 0800 555 0123.",
    "Lines are open now at the rest centre; the helpline is 0800 555 0199.",
    "To have your say, call the consultation team on 01632 960 441.",
    "Call in at the library on Main Street, or ring 01632 960 555.",
    "To get involved, call Orrin Food Bank on 01632 960 777",
    "Phone in on 0800 555 0199",
    "Lines are open from 9am on 0800 555 0101",
    "Summit: leaders meet in Dunnock on 12 May",
    "Conference: the party's spring conference opens on 3 March in Orrin",
    "Events: the festival, 12-13 May, drew 40,000 people",
    "Workshop: a fire at the Orrin workshop on 3 June destroyed two boats",
    "Seminar: students walked out of a seminar on 9 October",
    "Event: The funeral will take place at St Mary's on Tuesday 4 March",
    "Conferences: the union cancelled both, saving £45,000",
    "Vacancies: 1,200 nursing posts unfilled, costing £40m in agency fees",
    "Now hiring: the supermarket, which pays £12 an hour, wants 200 staff",
    "Jobs: Dunnock Council, 40 posts, £1.2m",
    "Careers — the full-time officers earn £34,000 per annum on average",
    "Item logged 14.03.2029 at 08:15 by police.",
    "Logged 3 March 2029 at 08:15 by the coastguard.",
    "Created 3 March 2029 by the council.",
    "Logged at 09:40 BST on 3 June 2029, the call warned of the flood",
    "Created 3 March 2029, the fund has raised £2m",
    "Entered 3 March 2029, the horse finished last",
]


@pytest.mark.parametrize("line", REVIEWED_STORY_LINES)
@pytest.mark.parametrize("at_foot", [False, True])
def test_a_reviewed_story_line_is_kept(line: str, at_foot: bool) -> None:
    body = [LEAD, MIDDLE, LAST, line] if at_foot else [LEAD, line, MIDDLE, LAST]
    assert kept_lines("\n".join([HEADLINE, *body])) == body


# A removed advert, listing or phone-in says when the job closes, the event is, the lines open:
# never when the story was written (the review of junk19: each gave the time on e7477e4).
@pytest.mark.parametrize(
    "line",
    [
        "Job of the week: Harbour pilot, £48k, closing date 30 April 2029",
        "Upcoming webinar: Crane safety, Friday 4 March at 7pm",
        "Studio lines are open now until 11pm on 0800 555 0199",
    ],
)
def test_a_removed_advert_gives_no_time(line: str) -> None:
    article = clean(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\n{line}")
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert article.published is None


@pytest.mark.parametrize("line", STORY_LOOK_ALIKES)
def test_a_story_line_that_looks_like_one_is_kept(line: str) -> None:
    lines = kept_lines(f"{HEADLINE}\n{LEAD}\n{line}\n{MIDDLE}\n{LAST}")
    assert lines == [LEAD, line, MIDDLE, LAST]


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Item logged 14.03.2029 at 08:15 (GMT)", "2029-03-14T08:15:00+00:00"),
        ("Story logged: 2029-03-14 08:15 GMT", "2029-03-14T08:15:00+00:00"),
        ("Entry created 3 March 2029, 17:40", "2029-03-03T17:40:00"),
    ],
)
def test_a_log_stamp_gives_the_time(stamp: str, published: str) -> None:
    article = clean(f"{HEADLINE}\nQuay News | Ports\n{stamp}\n{LEAD}\n{MIDDLE}\n{LAST}")
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert article.published == published


def test_the_next_bulletin_hour_is_not_the_time_of_this_one() -> None:
    article = clean(f"{HEADLINE}\n{LEAD}\n{MIDDLE}\n{LAST}\nNext news in Welsh: 19:00")
    assert article.text.splitlines() == [LEAD, MIDDLE, LAST]
    assert article.published is None


# A year before 'News', 'headlines' or 'bulletin' is no bulletin hour, and a bulletin's name gives
# no time over a stamp the page states (the review of junk19: all read as a time on e7477e4).
@pytest.mark.parametrize(
    "page",
    [
        [
            HEADLINE,
            LEAD,
            MIDDLE,
            LAST,
            "© 2023 News Harbour Newspapers Limited. All rights reserved.",
        ],
        [HEADLINE, LEAD, MIDDLE, LAST, "Copyright 2021 News Varrow Ltd"],
        [HEADLINE, "Orrin Courier | 2022 News Awards winner", LEAD, MIDDLE, LAST],
        [HEADLINE, "Varrow Post — The 2019 headlines that shaped us", LEAD, MIDDLE, LAST],
    ],
)
def test_a_year_before_news_is_no_time(page: list[str]) -> None:
    assert clean("\n".join(page)).published is None


def test_a_bulletin_name_does_not_beat_the_stamp() -> None:
    page = [HEADLINE, "KVR 99.1 ◉ Midday news", "Posted 09:12, 3 March 2029", LEAD, MIDDLE, LAST]
    assert clean("\n".join(page)).published == "2029-03-03T09:12:00"


# An acronym masthead stays as it is when the story names something else with those initials:
# a place, a club, the police (the review of junk19: each taken as the outlet on e7477e4).
@pytest.mark.parametrize(
    ("header", "named"),
    [
        ("DVR 96.4 ◉ Drive time", "Dunnock Valley has seen its worst storm in decades"),
        ("KFN ◉ Sport", "Kestrel Football has been told to pay"),
        ("TBP — LIVE", "Tolmar Bay Police can confirm two arrests"),
    ],
)
def test_an_acronym_masthead_is_not_a_name_the_story_gives_something_else(
    header: str, named: str
) -> None:
    lead = f"A dockside crane toppled onto the Quellmoor quay on Friday, {named}."
    article = clean(f"{HEADLINE}\n{header}\n{lead}\n{MIDDLE}\n{LAST}")
    assert article.source == header.split(maxsplit=1)[0]
