"""What a count counts, and which year is which (fresh35's misses, nouns36):

- a crowd or an audience counted after 'of' ('in front of a crowd of 18,000') counts those
  watching, as another outlet's '18,000 spectators' does; a count said of 'it' right after a
  sentence that opens on a counted group and gives no count ('The crowd was smaller than last
  year. Organisers put it at about 8,000.') counts that group;
- a person noun in the singular before a plural of things ('12 witness statements') says whose
  they are: the plural is counted; 'taken 45 statements from people' moves no one out;
- the whole group a clause is about ('Its 64 singers scored ... in the final round') is no part
  of a contest's stretch, as '68 punches thrown in the final round' is;
- 'has been shut since 2039' is the year the thing closed, as 'closed in 2039' is; a tenure
  since a year stays one.

All texts are invented (places, people, outlets, figures).
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.figure_reading import Figure, collect_figures
from bylines.types import Article, Claim
from dated_reports import sides
from test_figure_kinds import read_figures, report_of

SPECTATORS = "About 18,000 spectators watched the display at Brannock on Sunday."


def read_text(text: str) -> dict[str, Figure]:
    """The figures of a text of several sentences, each sentence its own claim."""
    article = Article("a0", text, "Outlet 0", published="2031-03-21")
    sentences = split_sentences([article])
    claims = [Claim(f"c{i}", s.text, ("a0",), "one", (s,)) for i, s in enumerate(sentences)]
    return {f.quantity.text: f for f in collect_figures(claims, [article])}


# --- a crowd counted ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The jets passed low in front of a crowd of 18,000 at Brannock.", "18,000"),
        ("The choir sang to an audience of about 1,200 in the cathedral.", "about 1,200"),
        ("Stewards told the crowd of some 18,000 to stay where it was.", "some 18,000"),
    ],
)
def test_a_crowd_of_n_counts_those_watching(text: str, count: str) -> None:
    spectators = read_figures(SPECTATORS)["About 18,000"].noun
    assert spectators is not None
    assert read_figures(text)[count].noun == spectators


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Organisers sold 18,000 tickets for the display.", "18,000"),
        ("A field of 40 runners set off from Brannock at nine.", "40"),
        ("The crowd cheered as 40 jets flew past.", "40"),
    ],
)
def test_other_counts_near_a_crowd_keep_their_own_noun(text: str, count: str) -> None:
    assert read_figures(text)[count].noun != read_figures(SPECTATORS)["About 18,000"].noun


@pytest.mark.parametrize(
    "text",
    [
        "The crowd was smaller than last year. Organisers put it at about 8,000.",
        "The crowd was smaller than last year. It was about 8,000.",
        "This year's audience was bigger. Stewards put it at about 8,000.",
    ],
)
def test_a_count_of_it_counts_the_group_the_sentence_before_opens_on(text: str) -> None:
    assert read_text(text)["about 8,000"].noun == read_figures(SPECTATORS)["About 18,000"].noun


def test_a_count_of_it_written_without_a_comma_is_no_year_of_its_own() -> None:
    # the count's own digits ('2500') are not the other time that leaves a count unread
    text = "The crowd was smaller than last year. Organisers put it at about 2500."
    assert read_text(text)["about 2500"].noun == read_figures(SPECTATORS)["About 18,000"].noun


@pytest.mark.parametrize(
    "text",
    [
        # 'it' of a length, a sum, a queue: not a counted group
        "The route was longer than last year. Organisers put it at about 8,000.",
        "The queue was longer than last year. Stewards put it at about 8,000.",
        # the sentence before gives a count of its own: 'it' may be of that
        "The crowd was smaller than the 12,000 of last year. Organisers put it at about 8,000.",
        # the group is not what the sentence before opens on
        "Ticket sales fell as the crowd thinned. Organisers put it at about 8,000.",
        # a count with its own noun keeps it
        "The crowd was smaller than last year. Organisers sold about 8,000 programmes.",
    ],
)
def test_a_count_of_it_after_no_counted_group_is_left_unread(text: str) -> None:
    figures = read_text(text)
    assert figures["about 8,000"].noun != read_figures(SPECTATORS)["About 18,000"].noun


def test_the_crowd_in_three_words_and_two_sentences_disagrees_with_one_side() -> None:
    report = report_of(
        f"Two display jets came close at the Brannock airshow on Sunday.\n{SPECTATORS}",
        "Two display jets came close at the Brannock airshow on Sunday.\n"
        "The near miss happened in front of a crowd of 18,000.",
        "Two display jets came close at the Brannock airshow on Sunday.\n"
        "The crowd was smaller than last year.\nOrganisers put it at about 8,000.",
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"About 18,000": ("a0", "a1"), "about 8,000": ("a2",)}


def test_a_crowd_and_a_sum_or_tickets_of_one_number_do_not_disagree() -> None:
    report = report_of(
        "Two display jets came close at the Brannock airshow on Sunday.\n"
        "The near miss happened in front of a crowd of 18,000.",
        "Two display jets came close at the Brannock airshow on Sunday.\n"
        "The show raised £8,000 for the air ambulance.\nOrganisers sold 8,000 tickets.",
    )
    assert report.conflicts == ()


# --- the head of a compound, things taken from people ------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police have taken 12 witness statements so far.", "statement"),
        ("The coach had 40 passenger seats.", "seat"),
        ("Three witness accounts of the crash differ.", "account"),
    ],
)
def test_a_singular_person_noun_before_things_says_whose_they_are(text: str, noun: str) -> None:
    (figure,) = read_figures(text).values()
    assert figure.noun == noun


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # people after a person noun, a zero plural, a group word: read as before
        ("Two student nurses were hurt in the crash.", "student"),
        ("Twelve police officers were hurt in the crash.", "police"),
        ("Five crew members were rescued from the raft.", "crew"),
        # no person noun before: the first word is kept, as before
        ("Twelve fire engines attended the blaze.", "fire"),
    ],
)
def test_other_compounds_keep_the_noun_read_before(text: str, kept: str) -> None:
    (figure,) = read_figures(text).values()
    assert kept in (figure.quantity.noun or "")


def test_statements_taken_from_people_move_no_one() -> None:
    (figure,) = read_figures(
        "Investigators have taken 45 statements from people who were there."
    ).values()
    assert (figure.noun, figure.frame) == ("statement", None)
    (cars,) = read_figures("Police moved 40 cars out of the street.").values()
    assert cars.frame is None


@pytest.mark.parametrize(
    "text",
    [
        "Police moved 40 families out of their homes.",
        "Firefighters led 30 residents out of the building.",
        "About 45 were taken from their homes overnight.",
    ],
)
def test_people_moved_out_are_still_displaced(text: str) -> None:
    (figure,) = read_figures(text).values()
    assert figure.frame == "homeless"


def test_witness_statements_rise_as_one_count() -> None:
    opening = "Investigators are looking into the near miss at the Brannock airshow."
    report = report_of(
        f"{opening}\nInvestigators have taken 12 witness statements so far.",
        f"{opening}\nInvestigators say the number of witness statements has risen to 30.",
    )
    assert report.conflicts == ()
    (update,) = report.updates
    assert sides(update) == {"12": ("a0",), "30": ("a1",)}


# --- the whole group in a contest's stretch ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Its 64 singers scored 94 per cent in the final round.",
        "The 46 singers scored 91% in the final round.",
        "All 40 players were on the pitch in the second half.",
    ],
)
def test_the_group_a_clause_is_about_is_no_part_of_the_stretch(text: str) -> None:
    count = next(f for f in read_figures(text).values() if f.quantity.dimension == "count")
    assert not count.part


@pytest.mark.parametrize(
    "text",
    [
        "The boxer threw 68 punches in the final round.",
        "The 68 punches thrown in the final round broke a record.",
        "Its 68 punches in the final round won the fight.",
        "The team scored three goals in the second half.",
        "Their 12 shots in the second half came to nothing.",
        "The 12 riders who crashed in the final lap were taken to hospital.",
    ],
)
def test_things_done_in_a_stretch_and_a_narrowed_group_are_still_parts(text: str) -> None:
    count = next(f for f in read_figures(text).values() if f.quantity.dimension == "count")
    assert count.part


def test_a_choirs_singers_in_the_final_round_disagree() -> None:
    opening = "Wenmoor Male Voice Choir won the national title at Dunhallow on Saturday."
    report = report_of(
        f"{opening}\nThe 46 singers scored 91% from the three judges.",
        f"{opening}\nIts 64 singers scored 94 per cent in the final round.",
    )
    singers = [c for c in report.conflicts if {"46", "64"} <= set(sides(c))]
    assert len(singers) == 1
    assert sides(singers[0]) == {"46": ("a0",), "64": ("a1",)}


# --- the year a thing closed -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Plough has been shut since 2039.",
        "The Plough has been closed to the public since 2039.",
        "The mill has been shut down since early 2039.",
        "The pub closed in 2039.",
    ],
)
def test_shut_since_a_year_is_the_year_it_closed(text: str) -> None:
    (year,) = read_figures(text).values()
    assert year.slot == "year closed"


@pytest.mark.parametrize(
    "text",
    [
        "She has worked there since 2039.",
        "He has been chair of the society since 2039.",
        "The pub has stood empty since 2039.",
        "The pub has been open since 2039.",
        "Residents have been shut indoors since 2039.",
        "The closed pub has been owned by the brewery since 2039.",
    ],
)
def test_a_tenure_or_another_state_since_a_year_is_no_closure(text: str) -> None:
    (year,) = read_figures(text).values()
    assert year.slot != "year closed"


def test_shut_since_and_closed_in_of_one_pub_disagree() -> None:
    opening = "Villagers in Ellwick have bought the Plough, the village's only pub."
    report = report_of(
        f"{opening}\nThe Plough has been shut since 2039, the parish council said.",
        f"{opening}\nThe Plough shut in 2041, the parish council said.",
    )
    years = [c for c in report.conflicts if {"2039", "2041"} <= set(sides(c))]
    assert len(years) == 1


def test_a_tenure_since_a_year_and_a_closure_do_not_disagree() -> None:
    opening = "Villagers in Ellwick have bought the Plough, the village's only pub."
    report = report_of(
        f"{opening}\nAnwen Porrit has run the Plough since 2039, the parish council said.",
        f"{opening}\nThe Plough shut in 2041, the parish council said.",
    )
    assert not [c for c in report.conflicts if {"2039", "2041"} <= set(sides(c))]


@pytest.mark.parametrize(
    ("text", "slot", "done"),
    [
        ("The old inn closed four years ago.", "year closed", 2027),
        ("The bridge was built 40 years ago.", "year built", 1991),
    ],
)
def test_a_whole_number_of_years_ago_after_its_verb_is_that_year(
    text: str, slot: str, done: int
) -> None:
    (year,) = read_figures(text).values()  # read in a report of 2031
    assert (year.quantity.dimension, year.slot, year.quantity.value) == ("date", slot, done)


@pytest.mark.parametrize(
    "text",
    [
        "He has worked there for four years.",
        "Four years ago, the pub closed.",
        "The pub closed four and a half years ago.",
        "The mill closed four months ago.",
        "The pub has been shut since four years ago.",
    ],
)
def test_other_times_ago_and_lengths_stay_lengths(text: str) -> None:
    (length,) = read_figures(text).values()
    assert length.quantity.dimension == "duration"


def test_closed_years_ago_meets_the_year_it_closed_and_disagrees_with_another() -> None:
    opening = "Villagers in Ellwick have bought the Plough, the village's only pub."
    report = report_of(
        f"{opening}\nThe Plough closed four years ago, the parish council said.",
        f"{opening}\nThe Plough closed in 2029, the parish council said.",
    )
    years = [c for c in report.conflicts if c.kind == "date"]
    assert len(years) == 1
    assert set(sides(years[0])) == {"four years", "2029"}


# --- review of nouns36: near-misses the rules above must leave as they were ---------------------


def test_an_audience_an_event_was_held_before_is_those_watching() -> None:
    (count,) = read_figures("The hustings was held before an audience of 700.").values()
    assert count.noun == read_figures(SPECTATORS)["About 18,000"].noun


@pytest.mark.parametrize(
    "text",
    [
        "The showground at Pellow can hold a crowd of 25,000.",
        "Dunmere Park, which has room for a crowd of 40,000, was half full.",
        "The hall could seat an audience of 2,000.",
        "The arena holds an audience of 2,000 for concerts.",
        "The stand takes a capacity crowd of up to 9,000.",
    ],
)
def test_a_crowd_a_place_holds_is_a_limit_not_those_watching(text: str) -> None:
    count = next(f for f in read_figures(text).values() if f.quantity.dimension == "count")
    assert count.noun != read_figures(SPECTATORS)["About 18,000"].noun


@pytest.mark.parametrize(
    "text",
    [
        # a count of 'it' from another time: a year, last year, before, a forecast
        "The crowd was smaller than usual. In 2029 it was 12,000.",
        "The crowd was smaller than usual. Last year it was 12,000.",
        "The crowd was smaller than usual. Stewards had put it at 15,000 before the storm.",
        "The crowd was smaller than usual. Organisers expected it at 15,000.",
        # 'it' neither put at a number nor the sentence's opening subject
        "The crowd was smaller than usual. Stewards said it reached 15,000.",
    ],
)
def test_a_count_of_it_from_another_time_is_left_unread(text: str) -> None:
    count = next(f for f in read_text(text).values() if f.quantity.dimension == "count")
    assert count.noun != read_figures(SPECTATORS)["About 18,000"].noun


@pytest.mark.parametrize(
    ("deaths", "died"),
    [
        ("The inquiry looked into 3 miner deaths at the pit.", "Five miners have died at the pit."),
        ("The firm reported 14 worker injuries at the plant.", "Twenty workers were injured."),
    ],
)
def test_deaths_and_injuries_of_a_person_noun_count_the_people(deaths: str, died: str) -> None:
    (counted,) = read_figures(deaths).values()
    (people,) = read_figures(died).values()
    assert (counted.noun, counted.frame) == (people.noun, people.frame)


def test_worker_deaths_and_workers_died_disagree() -> None:
    opening = "A roof fell in at the Carrow pit near Hensby on Tuesday."
    report = report_of(
        f"{opening}\nThe collapse caused 3 miner deaths, the mine's owner said.",
        f"{opening}\nFive miners have died, the mine's owner said.",
    )
    assert [c for c in report.conflicts if {"3", "Five"} <= set(sides(c))]


@pytest.mark.parametrize(
    "text",
    [
        "Floods forced 200 from their homes in the valley.",
        "Police ordered 1,500 out of their homes on Tuesday.",
        "Carers moved 40 elderly out of the home.",
        "About 200 forced from their homes as the river rose.",
        "Firefighters led 30 from the burning flats.",
        "The storm forced 300 locals from the coast.",
    ],
)
def test_a_bare_count_moved_out_is_still_displaced(text: str) -> None:
    count = next(f for f in read_figures(text).values() if f.quantity.dimension == "count")
    assert count.frame == "homeless"


@pytest.mark.parametrize(
    "text",
    [
        "The 20 cyclists left in the final lap were split by a fall.",
        "The 4 players booked in the first half all came off.",
        "The 9 cyclists still racing in the final lap sprinted.",
        "The 6 players sent off in the second half were banned.",
        "The 7 runners remaining in the final lap were tiring.",
    ],
)
def test_a_group_narrowed_by_a_participle_is_a_part_of_the_stretch(text: str) -> None:
    count = next(f for f in read_figures(text).values() if f.quantity.dimension == "count")
    assert count.part


@pytest.mark.parametrize(
    "text",
    [
        "It is the longest the ferry has been closed since 2030.",
        "The pool, which has not closed since 2030, is to be sold.",
        "The pool has never been shut since 2030.",
        "The lane to the inn has been closed to traffic since 2030.",
        "The lido hasn't closed since 2030.",
    ],
)
def test_a_record_negation_or_traffic_since_a_year_is_no_year_closed(text: str) -> None:
    year = next(f for f in read_figures(text).values() if f.quantity.text.endswith("2030"))
    assert year.slot != "year closed"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, who was first elected 8 years ago, stood down.",
        "The Tarn hoard, which was found 20 years ago, is on show.",
        "The club, which was formed 30 years ago, folded.",
        "The pool first closed 4 years ago for a refit.",
        "The pool closed 4 years ago for a refit and reopened months later.",
        "The councillor was re-elected 4 years ago.",
    ],
)
def test_years_ago_of_other_verbs_or_a_deed_done_again_stay_lengths(text: str) -> None:
    ago = next(f for f in read_figures(text).values() if "years" in f.quantity.text)
    assert ago.quantity.dimension == "duration"


def test_years_ago_in_an_undated_report_stays_a_length() -> None:
    undated = Article("a0", "The old inn closed four years ago.", "Outlet 0", published=None)
    dated = Article("a1", "The old inn is for sale.", "Outlet 1", published="2031-03-21")
    (sentence,) = split_sentences([undated])
    claim = Claim("c0", sentence.text, ("a0",), "one", (sentence,))
    (figure,) = collect_figures([claim], [undated, dated])
    assert figure.quantity.dimension == "duration"
