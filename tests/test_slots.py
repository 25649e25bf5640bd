"""Disagreements found across the whole cluster, end to end, on short articles we wrote.

Each test is one kind of failure: a slot (magnitude, price, evacuated, vote split, weekday,
year, length, crowd), a name, a quote's speaker or meaning, a figure updated over time, and the
things that are not conflicts (two values in one sentence, values all from one article).
The sentences that disagree are written differently on purpose, so alignment keeps them in
different claims: the slot, not the claim, must bring them together.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bylines import build_report
from bylines.report.quantities import extract_quantities
from bylines.report.slots import weekdays
from bylines.types import Conflict, Report
from dated_reports import MODELS, articles_of, sides

SRC = str(Path(__file__).resolve().parents[1] / "src")
EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"


def report_of(*texts: str, published: tuple[str, ...] = ()) -> Report:
    return build_report(articles_of(texts, published), models=MODELS)


def only_conflict(report: Report) -> Conflict:
    assert len(report.conflicts) == 1, report.conflicts
    return report.conflicts[0]


def test_a_magnitude_given_three_ways_is_one_conflict() -> None:
    report = report_of(
        "Quake hits Varnel valley\nA magnitude 6.1 earthquake struck the Varnel valley on "
        "Tuesday morning. Houses in the old town collapsed.",
        "Strong tremor shakes Varnel\nThe tremor, which the national seismology office measured "
        "at 5.8, was felt as far away as the coast. Residents slept outdoors.",
        "Varnel earthquake\nResidents fled into the streets when the ground began to shake. The "
        "quake had a magnitude of 6.4, according to the Lund observatory.",
    )
    conflict = only_conflict(report)
    assert conflict.subject == "magnitude of the earthquake"
    assert sides(conflict) == {"6.1": ("a0",), "5.8": ("a1",), "6.4": ("a2",)}


def test_two_sums_paid_for_one_deal_conflict() -> None:
    report = report_of(
        "Port deal signed\nThe city of Maribel agreed to sell its container port to Hollis "
        "Shipping. The buyer will pay $340 million for the terminal, officials said.",
        "Maribel sells port\nHollis Shipping is buying the Maribel container terminal in a deal "
        "worth $310 million. The union said jobs were at risk.",
    )
    conflict = only_conflict(report)
    assert conflict.subject == "price"
    assert sides(conflict) == {"$340 million": ("a0",), "$310 million": ("a1",)}


def test_counts_of_people_moved_out_conflict() -> None:
    report = report_of(
        "Floods in Tessin\nHeavy rain flooded the lower districts of Tessin on Sunday. "
        "Authorities evacuated 4,500 residents from homes along the river.",
        "Tessin river bursts its banks\nThe river burst its banks after days of rain. About "
        "6,000 people were moved out of their homes, the mayor said.",
    )
    conflict = only_conflict(report)
    assert conflict.subject == "number evacuated or displaced"
    assert sides(conflict) == {"4,500": ("a0",), "About 6,000": ("a1",)}


def test_a_vote_split_written_two_ways_conflicts() -> None:
    report = report_of(
        "Council backs tram plan\nThe Dunmore city council approved the new tram line on "
        "Thursday. The plan passed by 31 votes to 12 after a long debate.",
        "Tram line approved\nDunmore's council voted in favour of the tram line. Councillors "
        "backed it 29-14, with two abstentions.",
    )
    conflict = only_conflict(report)
    assert conflict.subject == "vote split"
    assert sides(conflict) == {"31 votes to 12": ("a0",), "29-14": ("a1",)}
    assert conflict.positions[0].low is None  # a split has no interval to show


def test_a_vote_split_given_the_same_by_both_agrees() -> None:
    report = report_of(
        "Council backs tram plan\nThe council approved the tram line by 31 votes to 12.",
        "Tram line approved\nCouncillors voted 31-12 for the line after a long debate.",
    )
    assert report.conflicts == ()


def test_the_weekday_of_the_event_conflicts_when_both_are_dated() -> None:
    report = report_of(
        "Strike ends at Pellow mine\nMiners at the Pellow copper mine returned to work on Monday "
        "after a two-week strike. The union accepted a 4 percent raise.",
        "Pellow miners back at work\nThe strike at the Pellow mine ended on Wednesday, when "
        "workers went back underground.",
        published=("2026-03-04T10:00", "2026-03-04T12:00"),
    )
    conflict = only_conflict(report)
    assert conflict.kind == "date"
    assert conflict.subject.startswith("day of the strike")
    assert sides(conflict) == {"Monday": ("a0",), "Wednesday": ("a1",)}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The leak began late on Tuesday night, the company said.", "The leak started on Monday."),
        ("Solvent leaked from a tank on Tuesday night.", "The spill started late on Monday."),
    ],
)
def test_the_day_a_leak_began_conflicts(one: str, other: str) -> None:
    report = report_of(
        f"Solvent in the Orre river\nA chemical plant at Orrby polluted the Orre. {one}",
        f"Orre river polluted\nSolvent from the Orrby plant reached the Orre. {other}",
        published=("2026-03-06T10:00", "2026-03-06T12:00"),
    )
    conflict = only_conflict(report)
    assert conflict.subject.startswith("day of the leak")
    assert set(sides(conflict)) == {"Tuesday", "Monday"}


def test_the_day_a_statement_was_made_is_not_the_day_of_the_event() -> None:
    # A later report quotes a statement made the day after the event: not another event day.
    report = report_of(
        "Strike ends at Pellow mine\nMiners at the Pellow copper mine returned to work on "
        "Monday after a two-week strike.",
        "Pellow miners back at work\nThe Pellow miners are back at work after the strike, the "
        "union said on Tuesday. Talks on pensions resume next month, officials told reporters "
        "on Tuesday.",
        published=("2026-03-02T18:00", "2026-03-03T12:00"),
    )
    assert [c for c in report.conflicts if c.kind == "date"] == []


def test_one_day_named_from_two_publication_days_agrees() -> None:
    # Published on Wednesday "on Monday" and on Tuesday "on Monday" are one day; "yesterday"
    # style shifts are not compared as weekdays.
    report = report_of(
        "Strike ends at Pellow mine\nMiners at the Pellow mine returned to work on Monday.",
        "Pellow miners back at work\nThe strike at the Pellow mine ended on Monday.",
        published=("2026-03-04T10:00", "2026-03-03T09:00"),
    )
    assert report.conflicts == ()


def test_the_year_something_was_built_conflicts() -> None:
    report = report_of(
        "Bridge reopens in Calder\nThe old stone bridge in Calder reopened to traffic after "
        "repairs. The bridge was built in 1887 by local masons.",
        "Calder bridge back in use\nCars crossed the Calder bridge again on Saturday. Built in "
        "1892, the bridge is the oldest in the province.",
    )
    conflict = only_conflict(report)
    assert (conflict.kind, conflict.subject) == ("date", "year built")
    assert sides(conflict) == {"1887": ("a0",), "1892": ("a1",)}


def test_the_year_a_find_was_made_conflicts_with_its_verb_far_back() -> None:
    report = report_of(
        "Fossil stolen from Harwick museum\nThieves took a fossil skull from the Harwick "
        "museum overnight. The skull was found on the cliffs at Orme Point in 1909 and has been "
        "shown since the hall opened.",
        "Harwick skull theft\nA fossil skull was taken from the Harwick museum. The specimen, "
        "dug out of the cliffs at Orme Point in 1921, is the museum's best known piece.",
    )
    conflict = only_conflict(report)
    assert (conflict.kind, conflict.subject) == ("date", "year found (Orme Point)")
    assert sides(conflict) == {"1909": ("a0",), "1921": ("a1",)}


def test_since_after_a_year_is_not_its_slot() -> None:
    report = report_of(
        "Mayor of Tresk steps down\nThe mayor of Tresk resigned on Monday. She was elected in "
        "2015 and has lived in the town since her childhood.",
        "Tresk mayor quits\nThe mayor of Tresk has quit. She has held the office since 2015, "
        "the council said.",
    )
    assert not report.conflicts


def test_the_length_of_talks_conflicts_across_claims() -> None:
    report = report_of(
        "Talks in Orvieto\nThe two foreign ministers met in Orvieto for talks on fishing rights. "
        "The meeting lasted three hours, an aide said.",
        "Fishing talks\nNegotiators from both sides sat down in Orvieto. The ministers talked "
        "for 90 minutes before leaving without a statement.",
    )
    conflict = only_conflict(report)
    assert conflict.subject == "length of the talks"
    assert sides(conflict) == {"three hours": ("a0",), "90 minutes": ("a1",)}


def test_the_same_length_in_other_words_agrees() -> None:
    report = report_of(
        "Talks in Orvieto\nThe meeting in Orvieto lasted 35 minutes, an aide said.",
        "Fishing talks\nThe ministers talked for just over half an hour in Orvieto.",
    )
    assert report.conflicts == ()


def test_a_name_spelled_two_ways_is_a_name_conflict() -> None:
    report = report_of(
        "Mayor resigns in Kestrel Bay\nKestrel Bay mayor Annika Holmqvist resigned on Friday "
        "after an audit. Holmqvist said she had done nothing wrong.",
        "Kestrel Bay mayor quits\nThe mayor of Kestrel Bay, Annika Holmkvist, stepped down after "
        "auditors found missing funds. Holmkvist denied wrongdoing.",
    )
    conflict = only_conflict(report)
    assert conflict.kind == "name"
    assert sides(conflict) == {"Annika Holmqvist": ("a0",), "Annika Holmkvist": ("a1",)}


def test_words_given_to_two_speakers_conflict_and_name_both() -> None:
    words = "We will keep our ports open for grain shipments through the winter"
    report = report_of(
        f'Minister on grain\nThe agriculture minister, Lena Sorvik, spoke on Tuesday. "{words},"'
        " Sorvik said.",
        f'Grain exports to continue\nThe government will not stop exports. "{words}," said Piet '
        "Arnaud, a spokesman for the ministry.",
    )
    conflict = only_conflict(report)
    assert conflict.kind == "quote"
    assert conflict.subject.startswith("who said “We will keep our ports open")
    assert sides(conflict) == {"Lena Sorvik": ("a0",), "Piet Arnaud": ("a1",)}
    (quote,) = report.quotes
    assert quote.speaker == "Lena Sorvik or Piet Arnaud"
    assert {(v.speaker, v.sources) for v in quote.variants} == {
        ("Lena Sorvik", ("a0",)),
        ("Piet Arnaud", ("a1",)),
    }


def test_one_speakers_words_in_two_outlets_are_one_quote_without_conflict() -> None:
    words = "We will keep our ports open for grain shipments through the winter"
    report = report_of(
        f'Minister on grain\nThe minister, Lena Sorvik, spoke on Tuesday. "{words}," Sorvik said.',
        f'Grain exports\n"{words}," said Lena Sorvik, the agriculture minister.',
    )
    assert report.conflicts == ()
    (quote,) = report.quotes
    assert quote.speaker == "Lena Sorvik"
    assert {s for v in quote.variants for s in v.sources} == {"a0", "a1"}


def test_a_negation_flip_in_a_quote_is_a_conflict() -> None:
    report = report_of(
        'Fever cases\nThe health office spoke about the fever cases in Bramley. "There is no sign '
        'that the virus is spreading between people," said Dr Olu Benson.',
        'Bramley fever\nOfficials in Bramley are tracking the cases. "There are signs that the '
        'virus is spreading between people," said Dr Olu Benson.',
    )
    conflict = only_conflict(report)
    assert conflict.kind == "quote"
    assert [p.sources for p in conflict.positions] == [("a0",), ("a1",)]
    assert [v.difference for v in report.quotes[0].variants] == ["same", "meaning"]


def test_a_verb_that_changes_the_meaning_is_a_conflict() -> None:
    report = report_of(
        'Rail operator\nThe Norland rail operator answered the strike call. "We will not suspend '
        'the night trains this month," said Carla Vint, the chief executive.',
        'Norland trains\nThe chief executive commented on the timetable. "We will delay the '
        'night trains this month," said Carla Vint.',
    )
    conflict = only_conflict(report)
    assert conflict.kind == "quote"
    assert {p.value for p in conflict.positions} == {
        "We will not suspend the night trains this month",
        "We will delay the night trains this month",
    }


def test_a_toll_that_rises_in_a_later_report_is_an_update_not_a_conflict() -> None:
    report = report_of(
        "Bus crash near Hallin\nA bus fell into a ravine near Hallin on Sunday morning. At least "
        "9 people were killed, police said.",
        "Hallin crash toll rises\nThe toll from the bus crash near Hallin has risen. At least 14 "
        "people were killed, police said in the evening.",
        published=("2026-03-01T08:00", "2026-03-01T19:00"),
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert update.subject == "number of dead"
    assert sides(update) == {"At least 9": ("a0",), "At least 14": ("a1",)}


def test_two_tolls_at_one_time_conflict() -> None:
    report = report_of(
        "Bus crash near Hallin\nA bus fell into a ravine near Hallin. At least 9 people were "
        "killed, police said.",
        "Hallin crash\nThe bus left the road near Hallin. At least 14 people were killed, "
        "officials said.",
    )
    assert report.updates == ()
    conflict = only_conflict(report)
    assert sides(conflict) == {"At least 9": ("a0",), "At least 14": ("a1",)}


def test_a_space_as_thousands_separator_is_read_as_one_number() -> None:
    (crowd,) = extract_quantities("Police said 45 000 people took part.")
    assert (crowd.text, crowd.low, crowd.noun) == ("45 000", 45000.0, "people")
    report = report_of(
        "Rally in Tarn\nA rally against the new tax filled the main square of Tarn. Police said "
        "45 000 people took part.",
        "Tarn protest\nProtesters marched through Tarn on Saturday. Police said 38,000 people "
        "joined the march against the tax.",
    )
    conflict = only_conflict(report)
    assert conflict.subject == "size of the crowd"
    assert sides(conflict) == {"45 000": ("a0",), "38,000": ("a1",)}


def test_two_values_inside_one_sentence_are_not_a_conflict() -> None:
    report = report_of(
        "Budget for Lisle schools\nThe Lisle school budget was increased by $25 million, to $100 "
        "million, the council said.",
        "Lisle schools get more\nThe council of Lisle raised school spending to $100 million.",
    )
    assert report.conflicts == ()


def test_values_that_all_come_from_one_article_are_not_a_conflict() -> None:
    report = report_of(
        "Fire in Wexby\nA fire destroyed a warehouse in Wexby on Monday. Fifty firefighters "
        "fought the blaze. Later, 70 firefighters were at the scene as it spread.",
        "Wexby warehouse fire\nA warehouse in Wexby burned down on Monday. In the end 70 "
        "firefighters were called to the blaze.",
    )
    assert report.conflicts == ()


def test_a_small_and_a_large_sum_are_two_things() -> None:
    report = report_of(
        "Auction in Sorel\nA gold watch sold for $43,000 at the Sorel auction on Friday.",
        "Sorel auction\nThe Sorel auction on Friday raised $750,000 in total, the house said.",
    )
    assert report.conflicts == ()


def test_the_report_is_byte_identical_for_any_hash_seed(tmp_path: Path) -> None:
    for path in sorted(EXAMPLE.glob("*.txt")):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": SRC, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "bylines", "report", str(tmp_path), "--format", "json"]
        command += ["--embedder", "tfidf", "--entities", "rules"]
        done = subprocess.run(command, capture_output=True, env=env, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["conflicts"]  # the example has conflicts to order


def test_reported_speech_joins_the_quote_it_reports() -> None:
    report = report_of(
        'Derailment near Orla\nA freight train left the rails near Orla on Friday. "It is too '
        'early to say what caused the derailment," a spokesperson for Kessel Rail said.',
        "Orla derailment\nNobody was hurt when the train came off the tracks. Kessel Rail said it "
        "was too early to say what had caused the accident.",
    )
    (quote,) = report.quotes
    assert {s for v in quote.variants for s in v.sources} == {"a0", "a1"}
    assert report.conflicts == ()


def test_reported_speech_that_flips_the_quote_is_a_conflict() -> None:
    report = report_of(
        'Fire at Brenn mill\nFire destroyed the Brenn mill overnight. "There is no sign of foul '
        'play at this stage," said Fire Chief Ida Marsh.',
        'Brenn mill fire\nFire Chief Ida Marsh said "there are signs of foul play" and that '
        "police had been called.",
    )
    conflict = only_conflict(report)
    assert conflict.kind == "quote"
    assert [p.sources for p in conflict.positions] == [("a0",), ("a1",)]
    assert report.quotes[0].speaker == "Ida Marsh"


def test_a_count_that_falls_back_later_is_a_conflict_not_an_update() -> None:
    report = report_of(
        "Ferry fire off Tarvik\nA fire broke out on a ferry off Tarvik. 27 passengers were hurt, "
        "the coast guard said.",
        "Tarvik ferry fire\nThe ferry burned off Tarvik. 31 passengers were hurt, according to "
        "the coast guard.",
        "Ferry fire near Tarvik\nThe fire on the ferry off Tarvik is out. 27 passengers were hurt, "
        "the coast guard said.",
        published=("2026-04-02T09:00", "2026-04-02T12:00", "2026-04-02T17:00"),
    )
    assert report.updates == ()
    conflict = only_conflict(report)
    assert sides(conflict) == {"27": ("a0", "a2"), "31": ("a1",)}


def test_a_lead_toll_and_a_statements_toll_below_it_still_dispute_another_outlet() -> None:
    report = report_of(
        "Raid near Osvik\nSoldiers raided a village near Osvik on Tuesday, killing one man and "
        "wounding 22 others. A statement issued in Marlo later said 19 men were wounded.",
        "Osvik raid\nA raid on a village near Osvik on Tuesday left one man dead. The Marlo "
        "statement said that 22 people were injured.",
    )
    conflict = only_conflict(report)
    assert sides(conflict) == {"19": ("a0",), "22": ("a1",)}


def test_people_taken_to_hospital_with_injuries_are_the_injured() -> None:
    report = report_of(
        "Stand collapse in Dunmere\nA stand collapsed at the Dunmere stadium, injuring 157 "
        "people, the fire service said.",
        "Dunmere stadium\nThe stand at the Dunmere stadium gave way during the match. About 180 "
        "people were taken to hospitals with injuries.",
    )
    conflict = only_conflict(report)
    assert conflict.subject.startswith("number of injured")
    assert sides(conflict) == {"157": ("a0",), "About 180": ("a1",)}


def test_how_many_of_the_hurt_are_badly_hurt_is_a_part_not_the_toll() -> None:
    report = report_of(
        "Blast in Korrin\nA gas blast hit a market in Korrin on Monday. Police said 22 people "
        "were wounded, eight seriously.",
        "Korrin market blast\nA gas explosion in a Korrin market on Monday wounded 22 people, "
        "police said.",
    )
    assert report.conflicts == ()


def test_a_shortfall_of_votes_is_not_the_margin_of_a_vote() -> None:
    report = report_of(
        "Government falls in Venra\nBy one vote, the Venra coalition lost a confidence vote in "
        "parliament on Friday.",
        "Venra vote\nThe Venra coalition was four votes short of the 316 votes it needed in the "
        "confidence vote on Friday.",
    )
    assert report.conflicts == ()


def test_a_place_that_reports_a_toll_is_where_it_was_counted() -> None:
    report = report_of(
        "Storm over the coast\nThe storm killed 357 people across the region, officials in "
        "Ostria said on Saturday.",
        "Storm toll\nThe storm hit Ostria and Halvia. Halvia reported 100 storm-related deaths.",
    )
    assert report.conflicts == ()


def test_a_dotted_clock_time_is_no_count_of_people() -> None:
    quantities = extract_quantities("The 07.40 train from Brell left at 7.40 and 12 were hurt.")
    assert [(q.text, q.dimension) for q in quantities] == [
        ("07.40", "time"),
        ("7.40", "time"),
        ("12", "count"),
    ]
    (price,) = extract_quantities("Shares closed at 3.50 dollars.")
    assert price.dimension == "money"


def test_a_wire_paragraph_reference_is_no_figure() -> None:
    assert extract_quantities("The mayor visited the site. graf 19 pvs") == ()
    assert extract_quantities("Floods in Arlo _ once, 2nd graf pvs") == ()


def test_some_of_the_dead_named_apart_are_not_the_toll() -> None:
    report = report_of(
        "Quake in Pellin\nAn earthquake struck Pellin on Monday, killing at least nine people.",
        "Pellin earthquake\nThe earthquake in Pellin on Monday killed nine people. Among the dead "
        "were four children from one street.",
    )
    assert report.conflicts == ()


def test_one_of_a_group_is_not_a_count_of_the_group() -> None:
    report = report_of(
        "Arrests in Cobley\nTwo men were charged in Cobley on Monday with the robbery of a "
        "jeweller.",
        "Cobley robbery\nPolice in Cobley said on Monday that one of the men was charged with the "
        "robbery of the jeweller.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "text",
    [
        "Little progress was made in many hours of discussions on Sunday and Monday.",
        "The fair runs from Friday to Sunday.",
        "Talks were held on Tuesday, Wednesday and Thursday.",
    ],
)
def test_weekdays_joined_into_a_span_are_no_event_date(text: str) -> None:
    """A span of days is not the one day an event happened on: a report of talks "on Sunday
    and Monday" gives no other date than one of a meeting "on Monday"."""
    assert [q.text for q in weekdays(text, "2026-06-19T10:00")] == []


def test_a_weekday_alone_is_still_a_date() -> None:
    assert [q.text for q in weekdays("Blinken met Xi on Monday.", "2026-06-19T10:00")] == ["Monday"]


def test_two_weekdays_each_with_its_own_on_are_two_dates() -> None:
    text = "He was arrested on Sunday and on Monday he appeared in court."
    assert [q.text for q in weekdays(text, "2026-06-19T10:00")] == ["Sunday", "Monday"]


def test_a_sum_claimed_in_a_suit_is_not_the_price_of_a_contract() -> None:
    report = report_of(
        "Halden fires manager\nIvo Brandt, fired by Halden Rovers on Monday, still has $5 "
        "million left on the contract he signed with the club.",
        "Brandt sues Rovers\nIvo Brandt, fired by Halden Rovers on Monday, is seeking $9 million "
        "in a breach-of-contract suit against the club.",
    )
    assert not report.conflicts and not report.updates
    # ...while two prices of one contract still meet
    report = report_of(
        "Halden fires manager\nHalden Rovers fired manager Ivo Brandt on Monday. He had signed "
        "a contract worth $5 million with the club in 2025.",
        "Brandt out at Rovers\nIvo Brandt, fired by Halden Rovers on Monday, had signed a "
        "contract worth $9 million with the club in 2025.",
    )
    assert only_conflict(report).subject == "price"
