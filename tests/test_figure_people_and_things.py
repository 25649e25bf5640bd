"""Ages of people and things, and groups of people named in other words: each rule written
several ways, with the cases where it must not fire. All texts are invented."""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.figure_reading import collect_figures
from bylines.types import Article, Claim, Report
from dated_reports import report_of, sides

DAY = "2027-06-14T"


def two_reports(first: str, second: str) -> Report:
    """Two reports half an hour apart, each with a lead of its own, so the sentences under
    test stand where they would in real copy (below the lead)."""
    return report_of(
        (
            f"A storm flooded the lower town of Marrowby on Sunday, the council said. {first}",
            f"{DAY}09:00",
        ),
        (f"Floodwater reached the lower streets of Marrowby on Sunday. {second}", f"{DAY}09:30"),
    )


def conflict_values(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(conflict) for conflict in report.conflicts]


@pytest.mark.parametrize(
    ("built", "aged", "year", "age"),
    [
        (
            "The embankment at Corley Reservoir was built in 1911 and holds back the lake.",
            "The 136-year-old embankment had been listed for repairs since 2019.",
            "1911",
            "136-year-old",
        ),
        (
            "The ferry Tamsin Gale, built in 1989 at a yard in Ostrava, is one of the oldest.",
            "The 33-year-old ferry is one of the oldest in the company's fleet.",
            "1989",
            "33-year-old",
        ),
        (
            "The North Stand, opened in 1957, is the oldest part of the ground.",
            "The crush began at the gates of the 61-year-old stand.",
            "1957",
            "61-year-old",
        ),
    ],
)
def test_an_age_of_a_built_thing_against_the_year_it_was_built(
    built: str, aged: str, year: str, age: str
) -> None:
    report = two_reports(built, aged)
    assert {year: ("a0",), age: ("a1",)} in conflict_values(report)


@pytest.mark.parametrize(
    ("built", "aged"),
    [
        (
            "The ferry Tamsin Gale was built in 1994 and has sailed the route since 2011.",
            "The 33-year-old ferry is one of the oldest in the company's fleet.",
        ),
        # N years old in June may be built in the year before (its birthday still to come)
        (
            "The embankment at Corley Reservoir was built in 1990 and holds back the lake.",
            "The 37-year-old embankment had been listed for repairs since 2019.",
        ),
    ],
)
def test_an_age_of_a_thing_that_fits_its_year_is_no_conflict(built: str, aged: str) -> None:
    assert not two_reports(built, aged).conflicts


@pytest.mark.parametrize(
    ("built", "aged", "year", "age"),
    [
        (
            "The Tolvern Bridge opened in 1931 and carries the coast road.",
            "Engineers found cracks in the 86-year-old Tolvern Bridge over the weekend.",
            "1931",
            "86-year-old",
        ),
        (
            "The stand, which opened in 1994, seats about 2,000 fans.",
            "The 27-year-old West Stand was the newest part of the ground.",
            "1994",
            "27-year-old",
        ),
        (
            "The Ashby Road Viaduct was built in 1902 of local stone.",
            "Trains were stopped at the 112-year-old Ashby Road Viaduct.",
            "1902",
            "112-year-old",
        ),
    ],
)
def test_an_age_of_a_named_built_thing_against_the_year_it_was_built(
    built: str, aged: str, year: str, age: str
) -> None:
    report = two_reports(built, aged)
    assert {year: ("a0",), age: ("a1",)} in conflict_values(report)


@pytest.mark.parametrize(
    ("built", "aged"),
    [
        # a family name that is also a built thing: a person's age
        ("The hall opened in 1983 and was full.", "The 44-year-old Anna Hall led the choir."),
        ("The plant was built in 1990 by the council.", "The 61-year-old Robert Plant saw it."),
        # a named thing's worker, a street's resident
        (
            "The Grand Hotel was built in 1901 on the front.",
            "The 45-year-old Grand Hotel receptionist raised the alarm.",
        ),
        (
            "The bridge opened in 1991 and carries the coast road.",
            "The 36-year-old Bridge Street resident heard the crack.",
        ),
        (
            "The station opened in 1969 as a terminus.",
            "The 58-year-old Harbour Station manager closed the gates.",
        ),
        # a person of a club, not its stand
        (
            "The stand opened in 1998 for the new season.",
            "The 29-year-old Kelmouth Rovers striker was in the crowd.",
        ),
        # another thing of the kind, named otherwise
        (
            "The South Stand, opened in 1961, was not damaged.",
            "The 40-year-old North Stand lost part of its roof.",
        ),
        (
            "The Western Viaduct was built in 1950 over the river.",
            "The 50-year-old Marsh Lane Bridge was closed too.",
        ),
        # the age that fits the year (2027 less 30)
        (
            "The Tolvern Bridge opened in 1997 and carries the coast road.",
            "Engineers found cracks in the 30-year-old Tolvern Bridge on Sunday.",
        ),
    ],
)
def test_a_name_after_an_age_that_is_no_built_things_year(built: str, aged: str) -> None:
    assert not two_reports(built, aged).conflicts


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Owen Bridge, 31, was swept off his feet near the weir.",
            "The 27-year-old Owen Bridge was swept off his feet near the weir.",
            {"31": ("a0",), "27-year-old": ("a1",)},
        ),
        (
            "Cal Tower, 44, was rescued from the ninth floor.",
            "The 40-year-old Cal Tower was rescued from the ninth floor.",
            {"44": ("a0",), "40-year-old": ("a1",)},
        ),
        (
            "Nia Stand, 35, was in the crowd when the roof fell.",
            "The 31-year-old Nia Stand was in the crowd when the roof fell.",
            {"35": ("a0",), "31-year-old": ("a1",)},
        ),
    ],
)
def test_a_person_named_like_a_built_thing_keeps_their_age(
    first: str, second: str, values: dict[str, tuple[str, ...]]
) -> None:
    assert values in conflict_values(two_reports(first, second))


@pytest.mark.parametrize(
    ("built", "aged"),
    [
        # a person named like the thing: what the sentence tells is a person's (no age here
        # fits the year: 2027 less it is another year)
        (
            "The bridge opened in 2005 and carries the coast road.",
            "The 27-year-old Owen Bridge was swept off his feet near the weir.",
        ),
        (
            "The tower was built in 1990 and has 12 floors.",
            "The 40-year-old Cal Tower was rescued from the ninth floor.",
        ),
        (
            "The stand opened in 1998 for the new season.",
            "The 31-year-old Nia Stand was in the crowd when the roof fell.",
        ),
        # a lowercase noun after the name: a person who works or was there
        (
            "Harlow Hospital, which opened in 1965, took in 40 patients.",
            "The 44-year-old Harlow Hospital nurse was the first to raise the alarm.",
        ),
        (
            "The East Stand, opened in 1994, was evacuated.",
            "The 27-year-old East Stand steward was cut by falling glass.",
        ),
        (
            "The Quay Hotel, built in 1901, was flooded.",
            "The 60-year-old Quay Hotel guest was carried out by firefighters.",
        ),
        (
            "Ferren Bridge opened in 1973 and was closed on Sunday.",
            "The 30-year-old Ferren Bridge victim was identified by police.",
        ),
        (
            "Kelmouth Prison, built in 1860, lost power.",
            "A 23-year-old Kelmouth Prison inmate was taken to hospital.",
        ),
        (
            "The Kingsway Bridge opened in 1931 and carries the coast road.",
            "The 52-year-old Kingsway Bridge toll collector saw the crack.",
        ),
        (
            "The Pier Hotel was built in 1901 on the front.",
            "The 45-year-old Pier Hotel chef raised the alarm.",
        ),
        # another bridge of the story, with a modifier of its own
        (
            "The old rail bridge, built in 1875, was swept away.",
            "The 86-year-old Kingsway Bridge was closed on Sunday as the river rose.",
        ),
        (
            "The bridge at Brindle, built in 1950, was swept away.",
            "The 86-year-old Kingsway Bridge was closed when the bridge at Brindle fell.",
        ),
        # a horse's name, said after it to be the favourite
        (
            "The course's Grey Tower, a stone tower built in 1850, was damaged.",
            "The 9-year-old Grey Tower, the favourite, was withdrawn from the race.",
        ),
    ],
)
def test_a_named_person_or_another_thing_is_no_named_things_year(built: str, aged: str) -> None:
    assert not two_reports(built, aged).conflicts


def test_a_persons_age_with_a_family_name_of_a_thing_is_still_compared() -> None:
    report = two_reports(
        "The choir was led by Anna Hall, 48, on Sunday night.",
        "The 44-year-old Anna Hall led the choir through the water.",
    )
    assert {"48": ("a0",), "44-year-old": ("a1",)} in conflict_values(report)


def test_an_age_of_a_person_is_not_a_year_built() -> None:
    report = two_reports(
        "The reservoir's keeper, Hal Brandt, has run the dam since 1991.",
        "The 57-year-old keeper said the water rose faster than ever before.",
    )
    assert not [c for c in report.conflicts if "1991" in sides(c)]


@pytest.mark.parametrize(
    ("named", "role"),
    [
        ("Its pilot, Gareth Tolland, 54, has flown for two decades.", "The pilot, aged 49,"),
        ("The skipper, Ewan Maclure, 47, is well known in the port.", "The skipper, 52,"),
        ("The driver, Mira Solt, 38, was unhurt.", "The driver, 44,"),
    ],
)
def test_a_named_persons_age_against_their_role_alone(named: str, role: str) -> None:
    report = two_reports(named, f"{role} was praised by the passengers for staying calm.")
    (conflict,) = report.conflicts
    assert set(sides(conflict).values()) == {("a0",), ("a1",)}


def test_a_role_many_people_share_is_no_one_person() -> None:
    report = two_reports(
        "One passenger, Ilse Varga, 38, was taken to hospital with a broken wrist.",
        "The passenger, aged 71, was helped off the bus by firefighters.",
    )
    assert not report.conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A 9-year-old girl was carried out of the water by a lifeguard.",
            "The girl, 11, was kept in hospital overnight, her father said.",
        ),
        (
            "The cyclist, 29, was taken to hospital with a broken leg.",
            "Police said a 36-year-old cyclist had been hit at the junction.",
        ),
    ],
)
def test_each_reports_one_age_of_a_role_is_one_persons(first: str, second: str) -> None:
    (conflict,) = two_reports(first, second).conflicts
    assert set(sides(conflict).values()) == {("a0",), ("a1",)}


def test_a_victim_and_a_suspect_of_one_role_are_two_people() -> None:
    # (review16a) a report may name only the victim, another only the suspect
    report = two_reports(
        "The 16-year-old girl was taken to hospital with wounds to her arm.",
        "A girl, 15, has been arrested on suspicion of wounding and remains in custody.",
    )
    assert not report.conflicts


def test_a_suspect_in_court_is_the_suspect_charged() -> None:
    # (review16c) court words make a suspect too: one boy, two ages
    report = two_reports(
        "The boy, 15, was charged with murder on Monday.",
        "The 16-year-old boy appeared at Dunholt youth court on Tuesday.",
    )
    assert report.conflicts


def test_a_role_given_two_ages_in_one_report_ties_neither() -> None:
    # two girls in the first report: which of them the other report's girl is, nothing says
    report = two_reports(
        "A 9-year-old girl was carried out of the water; a 13-year-old girl swam ashore.",
        "The girl, 11, was kept in hospital overnight, her father said.",
    )
    assert not report.conflicts


def test_ages_of_two_roles_are_two_people() -> None:
    report = two_reports(
        "A 9-year-old girl was carried out of the water by a lifeguard.",
        "The boy, 11, was kept in hospital overnight, his father said.",
    )
    assert not report.conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ewan Maclure, 47, has fished out of the port since he left school.",
            "The Morning Wren's skipper, 52-year-old Ewan Maclure, was not on board.",
        ),
        (
            "Dana Holt, 29, was the first to raise the alarm.",
            "The shop's manager, 34-year-old Dana Holt, raised the alarm.",
        ),
    ],
)
def test_an_age_before_a_name_is_that_names_age(first: str, second: str) -> None:
    (conflict,) = two_reports(first, second).conflicts
    assert set(sides(conflict).values()) == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "About 3,400 savers lost money when the Halden fund stopped paying out.",
            "The Halden scheme cost 4,300 investors their savings, the charge sheet says.",
            {"About 3,400", "4,300"},
        ),
        (
            "Its 21 crew members are being held on board the Karsk Dawn by the coastguard.",
            "The Karsk Dawn's company of 19 seafarers is being questioned by investigators.",
            {"21", "19"},
        ),
        (
            "About 60 inmates took part in the disturbance at Holm prison.",
            "Some 85 prisoners joined the disturbance at Holm prison, the union said.",
            {"About 60", "Some 85"},
        ),
    ],
)
def test_one_group_of_people_in_two_nouns_conflicts(
    first: str, second: str, values: set[str]
) -> None:
    report = two_reports(first, second)
    assert values in [set(found) for found in conflict_values(report)]


def test_a_capacity_is_not_the_count_of_a_group() -> None:
    report = two_reports(
        "The balloon was carrying 14 passengers when it came down in a field.",
        "The balloon, built in 2009, carried up to 16 passengers in a divided basket.",
    )
    assert not [c for c in report.conflicts if "16" in sides(c)]


@pytest.mark.parametrize(
    ("text", "capacity"),
    [
        ("The balloon carried up to 16 passengers in a divided basket.", True),
        ("The terrace, which holds 4,200 fans, was closed.", True),
        ("The hall has a capacity of 900 people.", True),
        ("The number moved out has been revised up to 1,750 people.", False),
        ("Up to 300 people were moved out overnight.", False),
    ],
)
def test_a_capacity_is_told_from_a_count(text: str, capacity: bool) -> None:
    article = Article("a0", text, "Outlet 0", published="2027-06-14")
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    counts = [f for f in collect_figures([claim], [article]) if f.quantity.dimension == "count"]
    assert [f.quantity.limit for f in counts] == [capacity]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Doctors in Marrowby treated 38 residents for stomach upsets over the weekend.",
            "Fifty-two people needed treatment for stomach pains over the weekend.",
            {"38", "Fifty-two"},
        ),
        (
            "About 26 fans needed treatment after the crush at the turnstiles.",
            "Paramedics treated 31 supporters at the turnstiles, the ambulance service said.",
            {"About 26", "31"},
        ),
    ],
)
def test_counts_of_people_treated_conflict(first: str, second: str, values: set[str]) -> None:
    (conflict,) = two_reports(first, second).conflicts
    assert conflict.subject.startswith("number treated")
    assert set(sides(conflict)) == values


def test_hospital_treatment_is_a_count_in_hospital() -> None:
    report = two_reports(
        "Seven of those on board needed hospital treatment, the ambulance trust said.",
        "Paramedics treated eleven passengers at the scene for cuts and bruises.",
    )
    assert not report.conflicts


def test_a_definite_age_stands_for_the_person_the_story_is_about() -> None:
    """(the person named in most reports: at least three are needed to say 'most')"""
    report = report_of(
        (
            "Fund boss Ivo Marsk was arrested in Lisbon on Monday. The 57-year-old was detained "
            "as he stepped off a flight.",
            f"{DAY}09:00",
        ),
        (
            "Ivo Marsk has been arrested in Lisbon. Marsk, 61, built the Halden fund into the "
            "country's largest.",
            f"{DAY}09:30",
        ),
        ("Portugal has detained Ivo Marsk at Lisbon airport, police said.", f"{DAY}10:00"),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"57-year-old", "61"}


def test_an_indefinite_age_is_someone_else() -> None:
    report = report_of(
        (
            "Fund boss Ivo Marsk was arrested in Lisbon on Monday. A 34-year-old woman was "
            "also held at the airport.",
            f"{DAY}09:00",
        ),
        (
            "Ivo Marsk has been arrested in Lisbon. Marsk, 61, built the Halden fund into the "
            "country's largest.",
            f"{DAY}09:30",
        ),
        ("Portugal has detained Ivo Marsk at Lisbon airport, police said.", f"{DAY}10:00"),
    )
    assert not report.conflicts


@pytest.mark.parametrize(
    "aged",
    [
        "The 52-year-old bus driver was treated in hospital.",
        "The 45-year-old factory worker was the first to raise the alarm.",
    ],
)
def test_an_age_before_a_persons_work_is_no_year_built(aged: str) -> None:
    report = two_reports("The bus was built in 2019 and had passed its last inspection.", aged)
    assert not report.conflicts


def test_a_place_after_an_age_is_not_whose_age() -> None:
    report = two_reports(
        "Police named the driver as Tom Hale, a 52-year-old mechanic from Dunmere.",
        "The driver, Tom Hale, 47, was unhurt.",
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"52-year-old", "47"}


def _count_frames(text: str) -> list[tuple[str, str | None]]:
    article = Article("a0", text, "Outlet 0", published="2027-06-14")
    (sentence,) = split_sentences([article])
    claim = Claim("c0", text, ("a0",), "one", (sentence,))
    figures = collect_figures([claim], [article])
    return [(f.quantity.text, f.frame) for f in figures if f.quantity.dimension == "count"]


@pytest.mark.parametrize(
    ("text", "value", "frame"),
    [
        ("The coach was carrying 46 people when it left the road.", "46", "aboard"),
        ("The trawler had six fishermen aboard when it sailed.", "six", "aboard"),
        ("The ferry ran aground with 412 passengers and 38 crew on board.", "412", "aboard"),
        ("The ferry ran aground with 412 passengers and 38 crew on board.", "38", "aboard"),
        # another frame comes first; the rest of a group is no load
        ("The crash killed all 120 people on board.", "120", "dead"),
        ("Two men were rescued, but three others who had been aboard drowned.", "three", None),
        ("The council approved 40 new posts at the depot.", "40", None),
        ("Police carried out 46 raids across the city.", "46", None),  # no load
        ("The ferry sank with six passengers and four crew on board.", "six", "aboard"),
    ],
)
def test_everyone_a_vehicle_carried_is_a_count_of_its_own(
    text: str, value: str, frame: str | None
) -> None:
    assert dict(_count_frames(text))[value] == frame


def test_two_counts_aboard_conflict() -> None:
    report = two_reports(
        "A crew of five was aboard when the trawler Morwen left harbour.",
        "The trawler had six crew aboard, two of them brothers.",
    )
    assert {"five": ("a0",), "six": ("a1",)} in conflict_values(report)


def test_people_aboard_are_more_than_the_passengers() -> None:
    report = two_reports(
        "The ferry was carrying 386 passengers when it struck the reef.",
        "In all there were 450 people on board the ferry, the coastguard said.",
    )
    assert not report.conflicts


def test_a_report_with_two_years_built_disputes_neither() -> None:
    report = two_reports(
        "Engineers constructed the Marrowby weir in 1962; the sluice house was built in 1958.",
        "Completed in 1958, it had never failed before, its keepers said.",
    )
    assert not [c for c in report.conflicts if "1962" in sides(c)]


def test_fishermen_who_came_to_help_are_no_crew() -> None:
    # (review16a) a fold of fishermen into crew compared the ferry's crew with the helpers
    report = _aground(
        "The ferry had a crew of 12 and 80 passengers.",
        "About 30 fishermen came out in their boats to help.",
    )
    assert not [c for c in report.conflicts if "12" in sides(c)]


def test_each_reports_one_load_is_the_vehicles_load() -> None:
    # no noun on one side and no shared anchor: only each report's one load ties them, and a
    # load told a day later is a disagreement, not a count that grew
    report = report_of(
        ("The minibus was carrying 14 people when it overturned on the hill road.", f"{DAY}09:00"),
        ("The minibus, with 19 on board, overturned on the hill road.", "2027-06-15T09:00"),
    )
    assert {"14": ("a0",), "19": ("a1",)} in conflict_values(report)
    assert not report.updates


def test_a_ransom_demanded_in_each_report_is_one_sum() -> None:
    report = two_reports(
        "The kidnappers demanded €1.5m for the release of the driver.",
        "The family was told to pay a ransom of 2.5 million euros by Friday.",
    )
    assert {"€1.5m": ("a0",), "2.5 million euros": ("a1",)} in conflict_values(report)


def _aground(first: str, second: str) -> Report:
    """Two reports of a ferry aground, the sentences under test deep in each (no lead's or
    story's anchor reaches them there)."""
    return report_of(
        (
            "The island ferry ran aground off Carrick Point on Sunday, the coastguard said. "
            "All passengers were taken off by lifeboat. Divers will inspect the hull on "
            f"Monday. The operator has cancelled sailings until Wednesday. {first}",
            f"{DAY}09:00",
        ),
        (
            "A ferry struck rocks near Carrick Point on Sunday evening. Lifeboats brought the "
            "passengers ashore. The hull will be checked by divers. No sailings are planned "
            f"before Wednesday. {second}",
            f"{DAY}09:30",
        ),
    )


def test_each_reports_one_year_built_may_be_of_two_things() -> None:
    # (review16a) the story's ferry and the lighthouse above the rocks were both built
    report = _aground(
        "The Tamsin Gale was built in 1962 and joined the island route in 2001.",
        "The rocks lie below the Carrick lighthouse, which was built in 1871.",
    )
    assert not [c for c in report.conflicts if "1871" in sides(c)]


def test_a_report_with_two_years_built_ties_neither_to_a_third() -> None:
    report = _aground(
        "The Tamsin Gale was built in 1962; her sister ship was built in 1971.",
        "The ferry, built in 1926 at a yard in Leith, is the oldest on the coast.",
    )
    assert not [c for c in report.conflicts if "1926" in sides(c)]


def test_two_prices_of_one_sale_in_the_same_past_year_conflict() -> None:
    # 'a record' makes one sentence read as an earlier event's; both name the sale's year
    report = two_reports(
        "Her painting The Harbour at Dusk fetched 900,000 crowns at auction in 2018.",
        "The Harbour at Dusk sold for 1.4 million crowns in 2018, a record for the artist.",
    )
    assert {"900,000 crowns": ("a0",), "1.4 million crowns": ("a1",)} in conflict_values(report)


def test_a_year_far_along_the_sentence_makes_no_past_figure_this_ones() -> None:
    # (review16a) the past flood's toll is not compared with the story's, though both
    # sentences name its year
    report = two_reports(
        "The last great flood, in 2019, killed 12 people in the lower town.",
        "At least 30 people were killed, the most in the lower town since 2019, officials said.",
    )
    assert not [c for c in report.conflicts if c.kind == "number"]


def test_a_price_of_another_year_is_another_sale() -> None:
    report = two_reports(
        "Her painting The Harbour at Dusk fetched 900,000 crowns at auction on Sunday.",
        "The Harbour at Dusk sold for 1.4 million crowns in 2018, a record for the artist.",
    )
    assert not report.conflicts


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # those who live there, said as residents and as tenants
        (
            "Nine residents of the Harlow Court flats were treated for smoke inhalation.",
            "Paramedics saw twelve tenants of Harlow Court for smoke inhalation, the trust said.",
            {"Nine", "twelve"},
        ),
        # what they needed, and who saw them
        (
            "More than 150 runners needed medical attention along the Fellbridge course.",
            "Medics saw 90 runners on the Fellbridge course, organisers said.",
            {"More than 150", "90"},
        ),
        # the runners of a race, treated in one report, seen by medics in the other
        (
            "More than 150 runners were treated by medical teams along the Fellbridge course.",
            "Medics attended to 90 runners on the Fellbridge course, organisers said.",
            {"More than 150", "90"},
        ),
    ],
)
def test_people_treated_said_in_other_words_conflict(
    first: str, second: str, values: set[str]
) -> None:
    report = two_reports(first, second)
    assert values in [set(found) for found in conflict_values(report)]


def test_medics_counted_are_not_the_people_they_treated() -> None:
    report = two_reports(
        "Paramedics treated 14 residents of Harlow Court for smoke inhalation.",
        "Some 30 paramedics and 12 fire crews were sent to Harlow Court.",
    )
    assert not [c for c in report.conflicts if "14" in sides(c)]


def test_a_role_before_a_phrase_of_place_is_whose_age() -> None:
    report = two_reports(
        "The guard on duty, 27, raised the alarm when the smoke reached the gallery.",
        "A 31-year-old guard raised the alarm when smoke reached the gallery, police said.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"27": ("a0",), "31-year-old": ("a1",)}


def test_a_place_named_after_a_role_is_no_phrase_of_its_age() -> None:
    # 'in Tarrow' names where the other guard works: its age is not the first's
    report = two_reports(
        "The guard, 27, raised the alarm when the smoke reached the gallery.",
        "A guard in Tarrow, 31, said the smoke could be seen for miles.",
    )
    assert not report.conflicts


def test_passengers_and_crew_are_everyone_aboard() -> None:
    report = two_reports(
        "The Halvard Star went down with 120 people aboard, the coastguard said.",
        "The Halvard Star sank with 104 passengers and crew off the Marrowby light.",
    )
    assert {"120": ("a0",), "104": ("a1",)} in conflict_values(report)


def test_passengers_and_crew_are_more_than_the_passengers() -> None:
    report = two_reports(
        "The ferry was carrying 386 passengers when it struck the reef.",
        "The ferry struck the reef with 450 passengers and crew, the coastguard said.",
    )
    assert not report.conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # staff called medical are who treat, not who were treated
        (
            "Nine people were treated for smoke inhalation, the ambulance service said.",
            "Some 40 medical staff were sent to Harlow Court.",
        ),
        # the passengers and a crew counted apart add up to everyone aboard
        (
            "The ferry carried 150 passengers and its crew of 12 when it struck the reef.",
            "The ferry had 162 people aboard when it struck the reef, the coastguard said.",
        ),
        # delegates of a meeting are not the crowd outside it
        (
            "Some 1,200 participants from 80 countries attended the summit in Marrowby.",
            "About 3,000 people marched outside the summit in Marrowby on Sunday.",
        ),
        # where each stood tells two drivers apart
        (
            "The driver in front, 52, braked hard.",
            "The 34-year-old driver behind him could not stop.",
        ),
    ],
)
def test_two_groups_or_two_people_in_other_words_are_no_conflict(first: str, second: str) -> None:
    assert conflict_values(two_reports(first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The ride's owner, Hector Graal, 58, said he had checked the carousel himself.",
            "The carousel belongs to the 65-year-old showman Hector Graal, whose family has "
            "worked the fairs for four generations.",
        ),
        (
            "The quay's owner, Ilse Brandt, 52, closed it to the public.",
            "The quay belongs to the 57-year-old boatbuilder Ilse Brandt, whose yard has built "
            "ferries for a century.",
        ),
    ],
)
def test_two_ages_of_one_name_in_one_claim_conflict(first: str, second: str) -> None:
    (conflict,) = two_reports(first, second).conflicts
    assert conflict.kind == "number"
    assert set(sides(conflict).values()) == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two people of one place, each named
        (
            "The bakery's owner, Lidia Varro, 41, said the water reached her ovens.",
            "The bakery's baker, Tomas Ekwall, 44, said the water reached his ovens.",
        ),
        # an age at a past event is no age now
        (
            "Lidia Varro, 61, who runs the bakery, said the flood reached her ovens.",
            "Lidia Varro, who opened the bakery at the age of 44, said the flood reached her "
            "ovens.",
        ),
    ],
)
def test_ages_in_one_claim_of_other_people_or_times_stay_apart(first: str, second: str) -> None:
    assert not two_reports(first, second).conflicts


@pytest.mark.parametrize(
    "second",
    [
        "The carousel belongs to the 31-year-old nephew Hector Graal, whose family has worked "
        "the fairs for four generations.",
        "The carousel belongs to the showman's 12-year-old grandson Hector Graal, whose family "
        "has worked the fairs for four generations.",
    ],
)
def test_a_relative_of_the_name_after_an_age_is_someone_else(second: str) -> None:
    first = "The ride's owner, Hector Graal, 58, said he had checked the carousel himself."
    assert not two_reports(first, second).conflicts


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The ferryman, who is 47, swam ashore, the coastguard said.",
            "The ferryman, aged 51, swam ashore, the coastguard said.",
            {"47", "51"},
        ),
        (
            "A woman of 64 was cut free and taken to Marrowby Infirmary.",
            "A woman aged 69 was cut free and taken to Marrowby Infirmary.",
            {"64", "69"},
        ),
    ],
)
def test_an_age_said_in_a_clause_or_as_of_a_person_is_the_roles_age(
    first: str, second: str, values: set[str]
) -> None:
    report = two_reports(first, second)
    assert values in [set(found) for found in conflict_values(report)]


# Two people of one role: an unnamed one and one named in apposition to a longer role phrase
# are not shown to be the same person, so their ages are no conflict (a guard: reads23 paired
# them and disputed every such pair).
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A woman aged 64 was cut free at Quillby.",
            "The woman who was driving, Ada Penwyn, 69, was unhurt.",
        ),
        ("A man of 30 was taken to hospital.", "The man who died, Tom Reed, 45, was from Kelby."),
        ("A driver aged 52 was arrested.", "The driver of the van, Tom Reed, 60, was unhurt."),
        (
            "The man, aged 30, was taken to hospital.",
            "A man, Tom Reed, 45, who lives near Quillby, saw the crash.",
        ),
    ],
)
def test_an_unnamed_and_a_named_person_of_one_role_are_no_age_conflict(
    first: str, second: str
) -> None:
    assert conflict_values(two_reports(first, second)) == []
