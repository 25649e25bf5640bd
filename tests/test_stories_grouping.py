"""Stories: which words are anchors, which weekdays date an event, and how days keep two events
of one kind apart. Every article, place, person and outlet here is invented."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bylines.stories import assign
from bylines.stories.pipeline import add_articles, prepare
from bylines.stories.represent import (
    Represented,
    clock_minutes,
    event_days,
    event_years,
    magnitudes,
    numbers,
    represent,
    sums,
    years,
)
from bylines.stories.store import (
    StoryStore,
    load_desk,
    merged_from,
    resolve,
    story_articles,
)
from bylines.types import Article


def grouped(articles: list[Article], store: StoryStore | None = None) -> dict[str, str]:
    """Article id -> story id."""
    own = store or StoryStore()
    add_articles(own, articles, now=datetime(2026, 5, 4, 9))
    return {a.id: story for story, placed in story_articles(own).items() for a in placed}


def test_a_headline_word_the_article_writes_in_lower_case_is_no_anchor() -> None:
    rep = represent(Article(
        "a", "Singer Pell Armory checked into a rehab centre in Vossberg on Monday, her agent "
        "said. However, the centre would not confirm it.", "Lantern",
        "Pell Armory Checks Into Rehab Centre",
    ))  # fmt: skip
    assert {"pell", "armory", "vossberg"} <= set(rep.anchors)
    assert not {"rehab", "centre", "however"} & set(rep.anchors)


def test_a_name_never_written_in_lower_case_stays_an_anchor_at_a_sentence_start() -> None:
    rep = represent(Article("a", "Quorra left the harbour. Officials in Tamsk said Quorra "
                            "would sail again.", "Lantern"))  # fmt: skip
    assert {"quorra", "tamsk"} <= set(rep.anchors)


def test_a_tokenised_number_is_read_as_written_before_tokenising() -> None:
    # "4. 6" and "120, 000" are tokenised 4.6 and 120000; a year ending a sentence is not a
    # decimal, and a list of small numbers is not one number.
    assert numbers("A 4. 6 quake hit Brask, home to 120, 000 people.") == ["4.6", "120000"]
    assert numbers("It closed in 2004. 5 people were hurt.") == ["2004", "5"]
    assert numbers("Rooms 3, 4 and 5 flooded; $1. 25 a litre.") == ["3", "4", "5", "1.25"]
    assert numbers("A 5.9 quake and 1,200 hurt.") == ["5.9", "1200"]


def test_a_number_from_ten_written_in_words_is_the_same_anchor_as_its_digits() -> None:
    """'Fourteen people died' (a sentence opens with the word) and 'killing 14' give one
    anchor, so the story's top anchor #14 does not veto the article; below ten a word is too
    often no count ('no one', 'one of them')."""
    assert numbers("Fourteen people died; twenty-one were hurt and Forty five fled.") == [
        "14",
        "21",
        "45",
    ]
    assert numbers("No one of the two men was hurt.") == []
    story = [
        Article("s1", "A fire swept through a dance hall in Velmark late on Friday, killing 14 "
                "people. Rescue chief Ola Brand said the staircase filled with smoke. Prime "
                "Minister Eva Lind called it a national tragedy.", "Wire"),
        Article("s2", "Fourteen people died when fire swept through a Velmark dance hall on "
                "Friday night. Rescue chief Ola Brand said smoke filled the staircase. Prime "
                "Minister Eva Lind called the fire a national tragedy.", "Post"),
    ]  # fmt: skip
    placed = grouped(story)
    assert placed["s1"] == placed["s2"]


def test_the_day_something_happened_counts_the_day_someone_said_it_does_not() -> None:
    assert event_days("A quake struck the Omsel valley on Sunday, killing 12.") == ("sunday",)
    assert event_days("Governor Ilse Marrow said on Tuesday the toll had risen.") == ()
    assert event_days("The mayor told reporters on Friday the bridge would reopen.") == ()
    assert event_days("Police said late Saturday that two men were held.") == ()
    assert event_days("Rescuers said the valley was cut off, and on Monday an aftershock "
                      "hit Brask.") == ("monday",)  # fmt: skip
    assert event_days("Two quakes, on Wednesday and Friday, hit Tamsk.") == ("friday", "wednesday")


def test_only_the_lead_dates_an_article_every_weekday_it_names_is_kept() -> None:
    rep = represent(Article(
        "a", "A fire destroyed the Dunmere grain store on Thursday.\nFirefighters came from "
        "Kell.\nThe store had burned once before, on a Saturday in 2019.", "Lantern",
        "Dunmere grain store burns",
    ))  # fmt: skip
    assert rep.lead_days == ("thursday",)
    assert rep.days == ("saturday", "thursday")


ISLAND_ONE = [
    ("q1", "Harbour Post", "Quake shakes Pellin island",
     "A magnitude 5.4 earthquake shook Pellin island off the Varsk coast on Sunday, injuring "
     "six people in the town of Orrin, the Varsk seismic office said."),
    ("q2", "Daily Lantern", "Six hurt as quake hits Pellin",
     "An earthquake of magnitude 5.4 hit Pellin island on Sunday, injuring six people in Orrin "
     "and cracking walls, according to the Varsk seismic office."),
]  # fmt: skip
ISLAND_TWO = Article(
    "q3",
    "A magnitude 5.9 earthquake struck Pellin island off the Varsk coast on Thursday, killing "
    "three people in the town of Dossa, the Varsk seismic office said.",
    "Northern Wire",
    "Deadly quake strikes Pellin island",
)


def island(article_id: str, source: str, title: str, text: str) -> Article:
    return Article(article_id, text, source, title)


def test_a_quake_on_another_day_in_the_same_place_starts_its_own_story() -> None:
    placed = grouped([*(island(*a) for a in ISLAND_ONE), ISLAND_TWO])
    assert placed["q1"] == placed["q2"]
    assert placed["q3"] != placed["q1"]


def test_without_the_day_veto_the_two_quakes_share_a_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "DAY_SHARE", 2.0)  # no story ever has enough dated leads
    monkeypatch.setattr(assign, "VALUE_SHARE", 2.0)  # nor leads giving magnitudes (5.4, 5.9)
    placed = grouped([*(island(*a) for a in ISLAND_ONE), ISLAND_TWO])
    assert placed["q3"] == placed["q1"]


def test_a_follow_up_that_recalls_the_first_day_joins_its_story() -> None:
    follow_up = Article(
        "q4",
        "Aftershocks rattled Orrin on Tuesday as engineers checked buildings on Pellin island.\n"
        "Six people were injured in Sunday's magnitude 5.4 quake, the Varsk seismic office said.",
        "Coast Radio",
        "Aftershocks rattle Pellin island",
    )
    placed = grouped([*(island(*a) for a in ISLAND_ONE), follow_up])
    assert placed["q4"] == placed["q1"]


def test_a_second_run_keeps_the_days_of_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        first = grouped([island(*a) for a in ISLAND_ONE], store)
    with StoryStore(path) as store:  # the desk read back from the file, not kept in memory
        placed = grouped([ISLAND_TWO], store)
    assert placed["q3"] != first["q1"] and placed["q1"] == first["q1"]


def test_near_identical_short_reports_with_title_case_headlines_share_one_story() -> None:
    reports = [
        Article(f"s{i}", f"Singer Pell Armory has checked into a rehab centre in Vossberg, her "
                f"agent Tomas Grell told {outlet}. {extra}", outlet, title)
        for i, (outlet, title, extra) in enumerate([
            ("Lantern", "Pell Armory Checks Into Rehab", "She is expected to stay 30 days."),
            ("Harbour Post", "Armory Enters Rehab Centre", "The stay follows a court order."),
            ("Coast Radio", "Pell Armory In Rehab Again", "Grell asked for privacy."),
        ])
    ]  # fmt: skip
    placed = grouped(reports)
    assert len(set(placed.values())) == 1


def test_a_clock_time_is_kept_as_minutes_past_the_half_hour_a_page_stamp_is_not() -> None:
    assert clock_minutes("The quake struck at 9:27 a.m. near Orrin.") == ("27",)
    assert clock_minutes("It hit at 2:09 a. m. (17:39 GMT) on Pellin.") == ("9",)
    assert clock_minutes("The blast came at 11.45 PM local time.") == ("15",)
    assert clock_minutes("Posted: May 3, 2026 8:20 AM ET\nA fire broke out in Dunmere.") == ()
    assert clock_minutes("The match ended 3:2 and the score was 4:1 at half time.") == ()


VALLEY_ONE = [
    ("v1", "Harbour Post", "Quake rattles Omsel valley",
     "A magnitude 4.3 earthquake rattled the Omsel valley near Brask on Sunday at 9:27 a.m., "
     "the Varsk seismic office said. No one was hurt."),
    ("v2", "Daily Lantern", "Light quake near Brask",
     "A light earthquake shook the Omsel valley near Brask at about 9:30 a.m. on Sunday, "
     "according to the Varsk seismic office. There was no damage."),
]  # fmt: skip
VALLEY_TWO = Article(
    "v3",
    "A magnitude 4.5 earthquake shook the Omsel valley near Brask at 2:09 a.m., the Varsk "
    "seismic office said. No damage was reported.",
    "Northern Wire",
    "Quake shakes Omsel valley",
)


def test_a_quake_at_another_time_of_day_in_the_same_valley_starts_its_own_story() -> None:
    placed = grouped([*(island(*a) for a in VALLEY_ONE), VALLEY_TWO])
    assert placed["v1"] == placed["v2"]
    assert placed["v3"] != placed["v1"]


def test_without_the_clock_veto_the_two_valley_quakes_share_a_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "CLOCK_SLACK", 30)  # every two times are close enough
    placed = grouped([*(island(*a) for a in VALLEY_ONE), VALLEY_TWO])
    assert placed["v3"] == placed["v1"]


def test_the_same_moment_told_in_another_time_zone_joins_its_story() -> None:
    # 9:27 a.m. local is 14:57 GMT in a zone 5.5 hours behind it: the minutes past the half
    # hour agree.
    abroad = Article(
        "v4",
        "An earthquake of magnitude 4.3 hit the Omsel valley near Brask at 14:57 GMT on Sunday, "
        "the Varsk seismic office said.",
        "Coast Radio",
        "Omsel valley quake felt in Brask",
    )
    placed = grouped([*(island(*a) for a in VALLEY_ONE), abroad])
    assert placed["v4"] == placed["v1"]


def test_a_second_run_keeps_the_clock_times_of_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        first = grouped([island(*a) for a in VALLEY_ONE], store)
    with StoryStore(path) as store:  # the desk read back from the file, not kept in memory
        placed = grouped([VALLEY_TWO], store)
    assert placed["v3"] != first["v1"]


def test_a_quake_magnitude_is_read_however_it_is_written() -> None:
    assert magnitudes("A 5.4 magnitude earthquake shook Pellin.") == ("5.4",)
    assert magnitudes("An earthquake measuring at least magnitude - 5. 9 hit Dossa.") == ("5.9",)
    assert magnitudes("Tremors registering 6. 1 on the Richter scale reached Orrin.") == ("6.1",)
    assert magnitudes("A magnitude-4.2 quake and a 3.8-magnitude aftershock.") == ("3.8", "4.2")
    assert magnitudes("Shares fell 5.4 percent in Orrin.") == ()
    # One quake's magnitude differs by agency and revision by a few tenths; two quakes' by more.
    assert assign._same_magnitude("5.9", "6.1") and assign._same_magnitude("4.4", "4.2")
    assert not assign._same_magnitude("5.6", "5.9")


STRAIT_ONE = [
    ("m1", "Harbour Post", "Quake hits Tarrow strait",
     "A 5.6 magnitude earthquake hit the Tarrow strait off the Varsk coast, injuring five people "
     "in Orrin, the Varsk seismic office said."),
    ("m2", "Daily Lantern", "Five hurt in Tarrow quake",
     "An earthquake measuring 5.6 jolted the Tarrow strait, injuring five people in Orrin and "
     "damaging houses, the Varsk seismic office said."),
]  # fmt: skip
STRAIT_TWO = [
    ("m3", "Northern Wire", "Quake hits Tarrow strait",
     "A 6.1 magnitude earthquake hit the Tarrow strait off the Varsk coast, killing ten people "
     "in Orrin, the Varsk seismic office said."),
    ("m4", "Coast Radio", "Ten dead in Tarrow quake",
     "A 5.9 magnitude earthquake struck the Tarrow strait off the Varsk coast, killing ten "
     "people in Orrin and flattening houses, the Varsk seismic office said. The Omsel "
     "institute put it at 6.1."),
]  # fmt: skip


def test_a_quake_of_another_magnitude_in_the_same_strait_starts_its_own_story() -> None:
    placed = grouped([island(*a) for a in [*STRAIT_ONE, *STRAIT_TWO]])
    assert placed["m1"] == placed["m2"]
    assert placed["m3"] == placed["m4"]  # 6.1 and 5.9: one quake told by two agencies
    assert placed["m3"] != placed["m1"]


def test_without_the_magnitude_veto_the_two_strait_quakes_share_a_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "MAGNITUDE_SLACK", 10)  # every two magnitudes are close enough
    placed = grouped([island(*a) for a in [*STRAIT_ONE, *STRAIT_TWO]])
    assert placed["m3"] == placed["m1"]


def test_two_stories_of_quakes_apart_are_not_merged_by_an_article_that_reaches_both() -> None:
    desk = assign.Desk()
    reps = [represent(island(*a)) for a in [*STRAIT_ONE, *STRAIT_TWO]]
    desk.count(reps)
    for rep in reps:
        desk.place(rep, datetime(2026, 5, 4, 9))
    one, two = (desk.stories[s] for s in sorted(desk.stories))
    assert assign._stories_apart(one, two)
    assert desk._maybe_merge(one, [two.id]) is None


def test_two_stories_of_quakes_on_other_days_are_not_merged() -> None:
    desk = assign.Desk()
    reps = [represent(island(*a)) for a in ISLAND_ONE] + [represent(ISLAND_TWO)]
    desk.count(reps)
    for rep in reps:
        desk.place(rep, datetime(2026, 5, 4, 9))
    one, two = (desk.stories[s] for s in sorted(desk.stories))
    assert assign._stories_apart(one, two)
    assert desk._maybe_merge(one, [two.id]) is None


def test_a_second_run_keeps_the_magnitudes_of_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        first = grouped([island(*a) for a in STRAIT_ONE], store)
    with StoryStore(path) as store:  # the desk read back from the file, not kept in memory
        placed = grouped([island(*STRAIT_TWO[0])], store)
    assert placed["m3"] != first["m1"]


def test_a_sum_of_money_is_read_in_units_however_it_is_written() -> None:
    assert sums("Thieves took €2m from a Brask jeweller.") == ("2000000",)
    assert sums("a two - million - euro ($2. 6 - million) haul") == ("2600000",)
    assert sums("rings worth 85 million euros (74 million pounds)") == ("74000000", "85000000")
    assert sums("Orrin offered US$160 million; Tamsk $200MM.") == ("160000000", "200000000")
    assert sums("The reward is USD 40,000.") == ("40000",)
    # a euro or pound sign an ASCII feed lost: "e" or "p" glued to a scaled number
    assert sums("stole e85 million in gems, or p74million") == ("74000000", "85000000")
    assert sums("Route e45 and type 2 diabetes; a p5 form; helpe80 million") == ()
    # A weight in pounds, a share price and a bare number are no sums.
    assert sums("The laptop weighs 6.6 pounds and costs 1,200 crowns at $24 a share.") == ()
    # One haul in two currencies is one sum; two hauls a hundredfold apart are two.
    assert assign._same_sum("2000000", "2600000") and assign._same_sum("1700000", "2600000")
    assert not assign._same_sum("2600000", "108000000")


VAULT_ONE = [
    ("j1", "Harbour Post", "Robbers grab €3m in Brask jewel raid",
     "Armed robbers rammed a car into the Varn jewellery shop in central Brask and made off "
     "with €3 million in rings and watches, police said."),
    ("j2", "Daily Lantern", "Jewel heist in Brask",
     "Armed robbers smashed a car into the Varn jewellery shop in central Brask and escaped "
     "with rings and watches worth 3 million euros ($3.9 million), police said."),
]  # fmt: skip
VAULT_TWO = [
    ("j3", "Northern Wire", "Robbers grab $150 million in Brask jewel heist",
     "Armed robbers stole rings and watches worth $150 million (120 million euros) from the "
     "Lune jewellery shop in central Brask, police said, the largest heist in the country."),
    ("j4", "Coast Radio", "Brask jewel raid nets $150m",
     "Armed robbers stole $150m (120 million euros) in rings and watches from the Lune "
     "jewellery shop in central Brask, police said."),
]  # fmt: skip


def test_a_heist_of_another_sum_in_the_same_city_starts_its_own_story() -> None:
    placed = grouped([island(*a) for a in [*VAULT_ONE, *VAULT_TWO]])
    assert placed["j1"] == placed["j2"]
    assert placed["j3"] == placed["j4"]
    assert placed["j3"] != placed["j1"]


def test_without_the_money_veto_the_two_heists_share_a_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "MONEY_RATIO", 1000.0)  # every two sums are close enough
    placed = grouped([island(*a) for a in [*VAULT_ONE, *VAULT_TWO]])
    assert placed["j3"] == placed["j1"]


def test_a_second_run_keeps_the_sums_of_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        first = grouped([island(*a) for a in VAULT_ONE], store)
    with StoryStore(path) as store:  # the desk read back from the file, not kept in memory
        placed = grouped([island(*VAULT_TWO[0])], store)
    assert placed["j3"] != first["j1"]


FERRY_LONE = Article("f0", "Divers from Kettra searched Lake Ostrel overnight, the Brask coast "
                     "guard said.", "Lake Radio")  # fmt: skip
FERRY_LONE_STORY = represent(FERRY_LONE).key[:12]  # the story it started
FERRY = [
    Article("f1", "The ferry Marisol capsized in a storm on Friday, and twelve passengers are "
            "missing.", "Harbour Post", "Ferry Marisol capsizes"),
    Article("f2", "Twelve passengers are missing after the ferry Marisol capsized on Lake Ostrel "
            "in a storm, the Brask coast guard said; divers from Kettra joined the search.",
            "Daily Lantern", "Twelve missing as Marisol ferry capsizes"),
    Article("f3", "Divers from Kettra searched Lake Ostrel for the twelve passengers missing from "
            "the capsized ferry Marisol, the Brask coast guard said.", "Northern Wire",
            "Search for Marisol passengers"),
]  # fmt: skip
GRAIN = [
    Article("o1", "Farmers in Dunmere protested against a grain tax outside the Tamsk "
            "parliament.", "Coast Radio", "Dunmere farmers protest"),
    Article("o2", "A fire destroyed the Vell grain store in Dunmere overnight, firefighters "
            "said.", "Coast Radio", "Vell grain store burns"),
]  # fmt: skip


def test_a_lone_article_joins_the_story_that_grew_alike_after_it() -> None:
    # The search report came first; the ferry's first report shares too little with it, so it
    # stood alone until two more reports gave the story its divers, lake and coast guard.
    store = StoryStore()
    placed = grouped([*GRAIN, FERRY_LONE, *FERRY], store)
    assert placed["f0"] == placed["f1"] == placed["f2"] == placed["f3"]
    assert placed["o1"] != placed["f1"]
    assert merged_from(store)[placed["f1"]] == [FERRY_LONE_STORY]


def test_without_the_second_look_the_lone_article_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "SETTLE_JOIN", 1.0)
    placed = grouped([*GRAIN, FERRY_LONE, *FERRY])
    assert placed["f0"] != placed["f1"] == placed["f3"]


def test_a_lone_article_of_an_earlier_run_is_merged_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        first = grouped([*GRAIN, FERRY_LONE, FERRY[0]], store)
        assert first["f0"] != first["f1"]
    with StoryStore(path) as store:
        placed = grouped(FERRY[1:], store)
        assert placed["f0"] == placed["f3"] == resolve(store, first["f0"])
        assert resolve(store, first["f1"]) == placed["f1"]


def test_a_year_is_read_where_it_stands_alone() -> None:
    assert years("Quillon unveiled the Pell 3 at Orrin Expo 2011 (June 11th, 2011).") == ("2011",)
    assert years("Posted 12 March 2014; the 1998 model sold for $2012.") == ("1998", "2014")
    # a price, a decimal and a longer number are no years
    assert years("It costs $1999, weighs 2011.5 grams, serial 120114, code X2013.") == ()
    # a wire's clock time is no year
    assert years("Troops moved at 1930 GMT; the 2004 treaty bars it; curfew from 2100 hrs.") == (
        "2004",
    )


LAUNCH_ONE = [
    ("l1", "Harbour Post", "Quillon unveils the Pell laptop at Orrin Expo",
     "Quillon unveiled a thinner Pell laptop with a faster Varn chip at Orrin Expo 2011 in "
     "Tamsk, chief executive Ilse Marrow told the keynote crowd."),
    ("l2", "Daily Lantern", "New Pell laptop at Orrin Expo",
     "At Orrin Expo 2011 in Tamsk, Quillon chief executive Ilse Marrow showed a thinner Pell "
     "laptop with a faster Varn chip and a longer battery life."),
]  # fmt: skip
LAUNCH_TWO = [
    ("l3", "Northern Wire", "Quillon unveils a new Pell laptop at Orrin Expo",
     "Quillon unveiled a new Pell laptop with a faster Varn chip and a sharper screen at Orrin "
     "Expo 2014 in Tamsk, chief executive Ilse Marrow told the keynote crowd."),
    ("l4", "Coast Radio", "Pell laptop refreshed at Orrin Expo",
     "At Orrin Expo 2014 in Tamsk, Quillon chief executive Ilse Marrow showed a new Pell laptop "
     "with a faster Varn chip and a sharper screen."),
]  # fmt: skip


def test_a_launch_of_another_year_at_the_same_show_starts_its_own_story() -> None:
    placed = grouped([island(*a) for a in [*LAUNCH_ONE, *LAUNCH_TWO]])
    assert placed["l1"] == placed["l2"]
    assert placed["l3"] == placed["l4"]
    assert placed["l3"] != placed["l1"]


def test_without_the_year_veto_the_two_launches_share_a_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "_another_year", lambda rep, story: False)
    placed = grouped([island(*a) for a in [*LAUNCH_ONE, *LAUNCH_TWO]])
    assert placed["l3"] == placed["l1"]


def test_two_stories_of_launches_in_other_years_are_not_merged_unless_one_names_the_other() -> None:
    desk = assign.Desk()
    reps = [represent(island(*a)) for a in [*LAUNCH_ONE, *LAUNCH_TWO]]
    desk.count(reps)
    for rep in reps:
        desk.place(rep, datetime(2026, 5, 4, 9))
    one, two = (desk.stories[s] for s in sorted(desk.stories))
    assert assign._stories_apart(one, two)
    assert desk._maybe_merge(one, [two.id]) is None
    # a story whose reports also name the other's year ("the 2011 model") is not told apart
    later = one if "2014" in one.lead_years else two
    later.years["2011"] = 1
    assert not assign._stories_apart(one, two)


def test_a_follow_up_of_a_later_year_that_recalls_the_launch_year_joins_its_story() -> None:
    follow_up = island(
        "l5", "Northern Wire", "Pell laptop recalled in 2012",
        "Quillon recalled the Pell laptop it unveiled at Orrin Expo 2011 in Tamsk, chief "
        "executive Ilse Marrow said in 2012, as its Varn chip overheated.",
    )  # fmt: skip
    placed = grouped([island(*a) for a in LAUNCH_ONE] + [follow_up])
    assert placed["l5"] == placed["l1"]


def test_a_year_the_story_names_beyond_its_leads_is_no_other_year() -> None:
    # The story's reports recall, after their leads, the first Pell of 2010; a report whose
    # lead gives 2010 (a look back) is not told apart by it: the story names that year too.
    recalled = [
        (aid, source, title, f"{text}\n\nMore chips.\n\nThe first Pell laptop came out in 2010.")
        for aid, source, title, text in LAUNCH_ONE
    ]
    look_back = island(
        "l6", "Coast Radio", "Pell laptop shown in Tamsk",
        "A thinner Pell laptop with a faster Varn chip, the first since 2010, was shown by "
        "Quillon chief executive Ilse Marrow to the keynote crowd at Orrin Expo in Tamsk.",
    )  # fmt: skip
    placed = grouped([*(island(*a) for a in recalled), look_back])
    assert placed["l6"] == placed["l1"]


def test_a_second_run_keeps_the_years_of_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        first = grouped([island(*a) for a in LAUNCH_ONE], store)
    with StoryStore(path) as store:  # the desk read back from the file, not kept in memory
        placed = grouped([island(*LAUNCH_TWO[0])], store)
    assert placed["l3"] != first["l1"]


def test_a_year_looked_back_to_is_no_event_year() -> None:
    text = (
        "Dockers in Kettra struck, the first stoppage since 1994 and in June 1982 before it, "
        "at the Orrin Expo 2011 site, a day after the 2014 vote, on 8 October 2011, in Tamsk "
        "2016 (the games' name)."
    )
    assert event_years(text) == ("2011", "2014", "2016")


# A port strike told three times, each lead recalling another past year: what a report looks
# back to is its story's past, not another event's year.
STRIKE = [
    ("p1", "Harbour Post", "Dockers strike in Kettra",
     "Dockers at the port of Kettra walked off the quays, the longest stoppage since 1996, "
     "union leader Bram Ostrow told the crowd at the Varn gate."),
    ("p2", "Daily Lantern", "Kettra port shut by dockers' strike",
     "The port of Kettra stood still as dockers walked off the quays, union leader Bram Ostrow "
     "said at the Varn gate, the longest stoppage since 1996."),
    ("p3", "Coast Radio", "Kettra dockers stay out",
     "Dockers at the port of Kettra stayed off the quays, their first walkout in 1989 having "
     "lasted a month, union leader Bram Ostrow told the crowd at the Varn gate."),
]  # fmt: skip


def test_reports_recalling_other_past_years_stay_one_story() -> None:
    placed = grouped([island(*a) for a in STRIKE])
    assert placed["p1"] == placed["p2"] == placed["p3"]


# One launch told three times, its year in one lead only: a lead gives a year more rarely than a
# weekday, so one lead in three is enough to tell the story's year (VALUE_SHARE).
YEARLESS = [
    ("l7", "Coast Radio", "Quillon shows a thinner Pell laptop at Orrin Expo",
     "Quillon chief executive Ilse Marrow showed a thinner Pell laptop with a faster Varn chip "
     "to the keynote crowd at Orrin Expo in Tamsk."),
    ("l8", "Evening Star", "Thinner Pell laptop at Orrin Expo",
     "At Orrin Expo in Tamsk, Quillon unveiled a thinner Pell laptop with a faster Varn chip, "
     "chief executive Ilse Marrow told the keynote crowd."),
]  # fmt: skip


def test_a_year_in_one_lead_of_three_keeps_a_launch_of_another_year_out() -> None:
    placed = grouped([island(*a) for a in [LAUNCH_ONE[0], *YEARLESS, LAUNCH_TWO[0]]])
    assert placed["l1"] == placed["l7"] == placed["l8"]
    assert placed["l3"] != placed["l1"]


def test_with_the_weekday_share_for_years_one_lead_of_three_is_not_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "VALUE_SHARE", assign.DAY_SHARE)
    placed = grouped([island(*a) for a in [LAUNCH_ONE[0], *YEARLESS, LAUNCH_TWO[0]]])
    assert placed["l1"] == placed["l7"] == placed["l8"]
    assert placed["l3"] == placed["l1"]


def test_a_copy_of_a_storys_article_joins_it_below_the_join_score_and_moves_nothing() -> None:
    """An article too unlike a story to join it, that copies one of its articles (a wire
    lead cut short: the pipeline reads the texts to tell), goes in that story, the most alike
    one, and leaves its centroid as it was; one that copies nothing starts its own."""
    fire = [
        Article("s1", "A fire swept through a dance hall in Velmark late on Friday, killing 14 "
                "people. Rescue chief Ola Brand said the staircase filled with smoke. Prime "
                "Minister Eva Lind called it a national tragedy.", "Wire"),
        Article("s2", "At least 14 people died when fire swept through a Velmark dance hall on "
                "Friday night. Rescue chief Ola Brand said smoke filled the staircase. Prime "
                "Minister Eva Lind called the fire a national tragedy.", "Post"),
    ]  # fmt: skip
    other = Article("c1", "Velmark's harbour reopened to ferries, the port authority said.", "FM")
    # (other news counted too, so that the fire's own words weigh as in a day's stream)
    elsewhere = [
        Article(f"e{n}", text, "Wire")
        for n, text in enumerate(
            [
                "Parliament in Osterby passed the budget on Thursday after a long debate.",
                "A storm closed roads across the Kessel valley and cut power to farms.",
                "The Marholm football club named a new coach on Wednesday.",
                "Train drivers in Tessby will strike next week over pay, their union said.",
            ]
        )
    ]
    when = datetime(2026, 3, 6, 22)

    def desk_with_story() -> tuple[assign.Desk, str, list[Represented]]:
        reps = [prepared.rep for a in [*fire, other, *elsewhere] if (prepared := prepare(a))]
        desk = assign.Desk()
        desk.count(reps)
        story = desk.place(reps[0], when)[0].story
        assert desk.place(reps[1], when)[0].story == story
        return desk, story, reps

    desk, story, reps = desk_with_story()
    assert desk.place(reps[2], when, copies_one_in=lambda s: False)[0].story != story
    desk, story, reps = desk_with_story()
    centroid = dict(desk.stories[story].words)
    asked: list[str] = []
    placed, merge = desk.place(reps[2], when, copies_one_in=lambda s: asked.append(s) is None)
    assert (placed.story, merge, asked) == (story, None, [story])
    assert desk.stories[story].words == centroid


# Two fires in one valley a week apart. The yard fire's report came first and stood alone; the
# mill fire's three reports made a story whose leads give its day once ("on Sunday"), in one
# lead of three: too few for a join's day veto (DAY_SHARE), enough to keep the lone Saturday
# report out at its second look (SETTLE_DAY_SHARE).
YARD_FIRE = Article(
    "y1",
    "A fire tore through the Osgood timber yard in Harlow Vale on Saturday night, and "
    "firefighters from Tessly fought the blaze until dawn. Nobody was hurt, said Ansel Crowe "
    "of the fire service.",
    "Tessly Courier",
    "Fire guts timber yard in Harlow Vale",
)
MILL_FIRE = [
    Article("m1", "Fire destroyed the old Brennock flour mill in Harlow Vale on Sunday, and "
            "firefighters from Tessly and Marrow fought the blaze for six hours. The Vale fire "
            "service said two firefighters were treated for smoke.", "Vale Gazette",
            "Brennock mill destroyed by fire"),
    Article("m2", "The Brennock flour mill in Harlow Vale burned down after a fire spread through "
            "its grain lofts; firefighters from Tessly and Marrow fought the blaze for six hours, "
            "the Vale fire service said.", "Marrow Post", "Harlow Vale mill burns down"),
    Article("m3", "Investigators from the Vale fire service began sifting the ruins of the "
            "Brennock flour mill in Harlow Vale, where firefighters from Tessly and Marrow fought "
            "the blaze for six hours.", "Northern Wire", "Inquiry opens into Brennock mill fire"),
]  # fmt: skip
# A later report of the mill fire, dated in its lead by its own day, that recalls the fire's
# Sunday only further down.
MILL_FOLLOW_UP = Article(
    "m4",
    "Damp-down crews from Tessly stayed at the ruined Brennock flour mill in Harlow Vale on "
    "Tuesday.\nThe owner, Petra Lusk, promised to rebuild the mill.\n"
    "Firefighters from Tessly and Marrow fought the blaze there for six hours on Sunday.",
    "Coast Radio",
    "Brennock mill owner vows to rebuild",
)


def test_a_lone_report_of_a_fire_a_week_apart_stays_out_at_its_second_look() -> None:
    store = StoryStore()
    placed = grouped([YARD_FIRE, *MILL_FIRE], store)
    assert placed["m1"] == placed["m2"] == placed["m3"]
    assert placed["y1"] != placed["m1"]
    assert merged_from(store) == {}


def test_with_a_join_s_day_share_the_lone_fire_report_is_merged_into_the_other_fire(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assign, "SETTLE_DAY_SHARE", assign.DAY_SHARE)
    placed = grouped([YARD_FIRE, *MILL_FIRE])
    assert placed["y1"] == placed["m1"] == placed["m3"]


def test_a_lone_report_of_the_same_fire_that_recalls_its_day_is_merged_at_its_second_look() -> None:
    store = StoryStore()
    placed = grouped([MILL_FOLLOW_UP, *MILL_FIRE], store)
    assert placed["m4"] == placed["m1"] == placed["m2"] == placed["m3"]
    assert merged_from(store)[placed["m1"]] == [represent(MILL_FOLLOW_UP).key[:12]]


def test_a_second_run_keeps_the_weekdays_its_stories_name_anywhere(tmp_path: Path) -> None:
    path = tmp_path / "stories.sqlite3"
    with StoryStore(path) as store:
        grouped([MILL_FOLLOW_UP], store)
    with StoryStore(path) as store:  # the desk read back from the file, not kept in memory
        desk, _ = load_desk(store)
    (story,) = desk.stories.values()
    assert story.days == {"sunday": 1, "tuesday": 1} and story.lead_days == {"tuesday": 1}
