"""Page junk written as the shape of a line, not as any outlet's string: wire headers parted by
"//" or closed by a version tag with a note, sign-offs after dashes, terms of use, desk credits,
video lines, mastheads with a tagline, calls to the reader. Every outlet, place and person here is
invented; each kind has story sentences beside it that start the same way and must stay."""

from __future__ import annotations

import pytest

from cleaned import clean

BEFORE = "A landslide closed the Orrin valley road on Thursday, the county council said."
AFTER = "About 40 households in Pellow were cut off until the afternoon, the council said."


def assert_removed(line: str) -> None:
    article = clean(f"{BEFORE}\n{line}\n{AFTER}")
    assert line not in article.text
    assert article.text.splitlines() == [BEFORE, AFTER]


def assert_kept(line: str) -> None:
    article = clean(f"{BEFORE}\n{line}\n{AFTER}")
    assert line in article.text.splitlines()


WIRE_HEADERS = [
    "KPS FLASH // ORRIN-LANDSLIDE // 1420 GMT",  # codes parted by double slashes
    "VNA // PELLOW/ROAD // 0935",
    "DWX 14:20 NATIONAL /ORRIN-SLIDE (UPDATE 1, adds council statement)",  # tag and a note
    "OPA-WEATHER/PELLOW-SLIDE (UPDATE 3, changes toll in para 2)",
    "KNW-TRANSPORT-ORRIN/ (URGENT, 150 words)",
    "LPA 0902 2 REG /LOWMARK-ROAD (REFILED, corrects spelling of valley)",
]
SIGN_OFFS = ["-- KPS/ab/cd", "— VNA/jk/lm", "--DWX/rt/sv"]
LICENCE_NOTES = [
    "For use by KNW clients only. Not for resale.",
    "Distributed by Orrin Newswire. Not for onward transmission.",
    "For distribution to VNA members only.",
    "Not for redistribution. Archiving prohibited.",
    "Supplied by Pellow Press. Reproduction strictly prohibited.",
]
DESK_CREDITS = [
    "Posted by Orrin FM Newsdesk",
    "Compiled by the Lowmark Radio newsroom",
    "Filed by Pellow Post Staff",
    "From our correspondent Ilse Marrow, Pellow",
    "From our valley reporter Tam Oduya in Orrin",
]


@pytest.mark.parametrize("line", WIRE_HEADERS + SIGN_OFFS + LICENCE_NOTES + DESK_CREDITS)
def test_wire_and_desk_marks_are_removed(line: str) -> None:
    assert_removed(line)


STORY_LIKE_WIRE = [
    "Distributed by the Red Cross, the food parcels reached 300 families.",
    "Not for sale, the farmer said of the land above the road.",
    "The bread is for use by the shelters only, the bakery said.",
    "Posted by a neighbour on Friday, the video shows the slope giving way.",
    "From our correspondent's window the slope looked bare, she wrote in her diary.",
    "Reproduction of the map is prohibited by the county, a spokesman said.",
]


@pytest.mark.parametrize("line", STORY_LIKE_WIRE)
def test_story_sentences_like_wire_marks_stay(line: str) -> None:
    assert_kept(line)


READER_CALLS = [
    "Have your say: text ORRIN to 6060",  # a prompt with what to do
    "Your views: email the newsdesk with your pictures",
    "Text SLIDE to 8080 for updates",
    "Follow our live coverage for every update.",  # follow the outlet's page
    "Follow the latest on our rolling blog",
    "Like Pellow Today on Facebook for updates",  # social pages, the whole line
    "Find us on Instagram",
    "Orrin FM will live-blog the council meeting from 7pm.",  # the outlet promising coverage
    "Lowmark News will bring you updates every hour.",
    "We will be reporting live from the valley all day.",
    "Orrin FM will be at the hearing - send us your questions.",  # a call after a dash
    "Our reporter is going to the valley: email us your questions",
    "Sponsored: Warm homes for less with Pellow Energy",  # paid content under a label
    "Promoted | The best walks in the Orrin valley",
    "Most popular: Ten walks along the Pellow ridge",  # a link list heading with its link
    "Most shared: Why the valley road keeps slipping",
    "Weather next: sunny spells and a cold wind",  # a broadcaster's "next" label
    "Coming up: the week in sport",
    "Sign in to save this story",  # account prompts
    "Log in to follow this topic",
    "Pellow Post subscribers can read the full report here.",  # an offer to subscribers
    "Members can listen to the whole interview in our app",
]


@pytest.mark.parametrize("line", READER_CALLS)
def test_calls_to_the_reader_are_removed(line: str) -> None:
    assert_removed(line)


STORY_LIKE_CALLS = [
    "Like many on social media, the mayor posted a photo of the slope.",
    "The council will stream the meeting online, it said.",
    "Pellow Council will live-stream the inquiry on its website.",
    "The minister will bring you nothing but trouble, the opposition leader said.",
    "Residents must register to vote by May.",
    "Subscribers can cancel their contracts free of charge, the regulator said.",
    "Next, the crews will clear the road.",
    "Tell us what happened, the inspector asked the driver.",
    "Have your say, the mayor urged residents at the meeting on Friday.",
    "Sponsored walks along the ridge raised 4,000 crowns for the school.",
]


@pytest.mark.parametrize("line", STORY_LIKE_CALLS)
def test_story_sentences_like_reader_calls_stay(line: str) -> None:
    assert_kept(line)


MEDIA_LINES = [
    "▶ Watch: the slide from the air (1:48)",
    "Video | Crews clear the Orrin road (02:10)",
    "Listen: the council leader on the slide (12 min)",
    "🎧 The valley's farmers in their own words",
    "Audio: Ana Lind reports from the slide (1'52)",
    "Listen: the council leader on the slide (12'05\")",
]


@pytest.mark.parametrize("line", MEDIA_LINES)
def test_clip_links_are_removed(line: str) -> None:
    assert_removed(line)


@pytest.mark.parametrize(
    "line",
    [
        "Video footage shows the slope giving way (police said).",
        "Listen to the birds, the ranger told visitors (in 2019).",
        "Audio evidence lasting 1'52 was played to the jury.",
        "Audio: the recording, played in court, ran to 1'52, the clerk said.",
    ],
)
def test_story_sentences_about_clips_stay(line: str) -> None:
    assert_kept(line)


HEADLINE = "Landslide shuts the Orrin valley road"


def test_masthead_with_a_tagline_naming_its_town_is_removed() -> None:
    article = clean(
        f"{HEADLINE}\nPellow Today - news for Pellow and the ridge\n{BEFORE}\n"
        f"Pellow Today has learned that the slope was last checked in 2019.\n{AFTER}"
    )
    assert "Pellow Today - news" not in article.text
    assert article.source == "Pellow Today"


def test_headline_split_at_a_dash_naming_others_stays() -> None:
    line = "Orrin Council - talks with Pellow Roads fail"
    article = clean(f"{HEADLINE}\n{line}\n{BEFORE}\n{AFTER}")
    assert line in article.text.splitlines()


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The Pellow Spectator", "The Pellow Spectator"),  # an outlet word
        ("OrrinNet", "OrrinNet"),  # a joined brand
        ("ValleyOnline", "ValleyOnline"),
        ("Lowmark Newswire, Pellow", "Lowmark Newswire"),  # a name with its place
    ],
)
def test_bare_outlet_names_under_the_headline_are_removed_and_named(line: str, outlet: str) -> None:
    article = clean(f"{HEADLINE}\n{line}\n{BEFORE}\n{AFTER}")
    assert line not in article.text
    assert article.source == outlet


def test_bare_brand_named_again_in_the_story_is_the_outlet() -> None:
    article = clean(
        f"{HEADLINE}\nThe Lamplighter\n{BEFORE}\n"
        f"Photographs seen by The Lamplighter show cracks in the wall.\n{AFTER}"
    )
    assert article.text.splitlines()[0] == BEFORE
    assert "seen by The Lamplighter" in article.text
    assert article.source == "The Lamplighter"


def test_words_that_end_like_brands_are_no_outlets() -> None:
    line = "Internet Outage"
    article = clean(f"{HEADLINE}\n{line}\n{BEFORE}\n{AFTER}")
    assert line in article.text.splitlines()


@pytest.mark.parametrize("heading", ["Orrin Valley", "Pellow Council", "Road Closures"])
def test_a_place_or_subject_heading_the_story_repeats_is_no_outlet(heading: str) -> None:
    article = clean(
        f"{HEADLINE}\n{heading}\nCrews worked in the {heading} area on Thursday, police said.\n"
        f"{AFTER}"
    )
    assert heading in article.text.splitlines()
    assert article.source == "a"


NOTES_AND_TICKERS = [
    "Correction appended 18:40: an earlier version misspelt the name of the quarry.",
    "Clarification, 4 June: the road belongs to the county, not the parish.",
    "Correction made at 9.15am BST - the school is in Orrin, not Pellow",
    "Correction (18:40): the quarry is owned by the county.",
    "Our correspondent Ilse Marrow was at the quarry.",
    "Our reporter Tam Oduya was at Pellow Town Hall",
    "Sport next, then the farming news.",
    "Weather next, and then the headlines",
    "Traffic and travel next, then sport",
    "Traffic and travel next, then the weather with Morag",
    "News next, then sport with Ana Lind.",
]
STORY_LIKE_NOTES = [
    "Correction officers at Pellow jail - who were not hurt - said the road was shut.",
    "Corrections issued on 4 June - two weeks after the slide - raised the claims of 30 farms.",
    "Corrections on 3 June — the day the court sat — came too late for the defence.",
    "Corrections at 14 prisons - including Orrin - will be inspected next year.",
    "Clarification on 15-minute parking came from the council on Tuesday.",
    "Correction (of the 12 errors found in the audit) will take until March, the council said.",
    "Correction at 10.30 - when the error was noticed - was too late for the printed edition.",
    "Our reporter was in the quarry office when the slope gave way.",
    "Our correspondent Ilse Marrow was at the quarry when the second slide came down.",
    "Our correspondent Ilse Marrow was on the train when it derailed.",
    "Our reporter Jo Pike was in hospital overnight.",
    "Our reporter Sam Beck was near the front of the crowd.",
    "Our football team, Pellow Rovers, were in the final.",
    "Weather next week will decide when the road can reopen, the council said.",
    "Weather for farmers: a dry spring cost growers £4m",
    "Traffic for the quarry: up to 80 lorries a day, the council says",
    "News next, then the crowd fell silent.",
    "Traffic next, then the bypass was shut for two hours.",
    "Traffic next, then the bypass with Orrin closed for two hours.",
    "News next, then the weather with its floods hit Pellow, the crew said.",
    "Weather next, then the riots: what happened in Pellow",
]


@pytest.mark.parametrize("line", NOTES_AND_TICKERS)
def test_timed_notes_named_reporters_and_next_up_lines_are_removed(line: str) -> None:
    assert_removed(line)


@pytest.mark.parametrize("line", STORY_LIKE_NOTES)
def test_story_lines_that_start_like_notes_stay(line: str) -> None:
    assert_kept(line)
