"""Where reports differ on figures: the example cluster, and small texts we wrote."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bylines import build_report
from bylines.ingest.sentences import split_sentences
from bylines.render.json import report_to_dict
from bylines.report.align import align_claims
from bylines.report.conflicts import find_conflicts, find_updates
from bylines.report.figures import compare_figures
from bylines.types import Article, Claim, Conflict, Sentence
from dated_reports import MODELS, articles_of

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"


def example_articles() -> list[Article]:
    return [
        Article(p.stem, p.read_text(encoding="utf-8"), p.stem[:3])
        for p in sorted(EXAMPLE.glob("*.txt"))
    ]


def claims_of(articles: list[Article]) -> tuple[Claim, ...]:
    return align_claims(split_sentences(articles), articles, MODELS.embedder)


def conflicts_of(*texts: str, published: tuple[str | None, ...] = ()) -> tuple[Conflict, ...]:
    articles = articles_of(texts, published)
    return find_conflicts(compare_figures(claims_of(articles), articles), (), (), articles)


def values(conflict: Conflict) -> set[str]:
    return {p.value for p in conflict.positions}


def test_example_flags_the_length_of_sundays_talks() -> None:
    report = build_report(example_articles(), models=MODELS)
    durations = [c for c in report.conflicts if c.subject.startswith("length of the meeting")]
    assert len(durations) == 1
    sunday = durations[0]
    assert sunday.kind == "number"
    assert values(sunday) == {"seven and a half hours", "nearly 6-hour"}
    by_value = {p.value: p for p in sunday.positions}
    assert by_value["seven and a half hours"].sources == ("000_b099b2140a72a895",)
    assert by_value["nearly 6-hour"].sources == ("002_4b9d711c45d98e39",)
    assert "Qin" in by_value["seven and a half hours"].evidence
    assert by_value["nearly 6-hour"].low == 306 and by_value["nearly 6-hour"].high == 360


def test_the_shipped_demo_shows_its_passenger_count_disputed() -> None:
    # the packaged example (written for bylines; its README says what a briefing should find)
    import bylines
    from bylines.ingest.read import read_inputs

    example = Path(bylines.__file__).parent / "examples" / "ferry-aground"
    report = build_report(read_inputs([str(example)]).articles, models=MODELS)
    (passengers,) = [c for c in report.conflicts if "passengers" in c.subject]
    by_value = {p.value: p.sources for p in passengers.positions}
    assert set(by_value) == {"214", "241"}
    assert by_value["241"] == ("03-radio-nordmark",)
    assert len(by_value["214"]) == 4


def test_example_meeting_length_phrasings_agree() -> None:
    report = build_report(example_articles(), models=MODELS)
    shown = {p.value for c in report.conflicts for p in c.positions}
    assert not shown & {"35 minutes", "just over half an hour", "more than 10 hours"}


def test_just_over_half_an_hour_agrees_with_35_minutes() -> None:
    assert not conflicts_of(
        "Marsh met Ortega on Monday for 35 minutes at the palace.",
        "Their meeting with Ortega on Monday lasted just over half an hour.",
    )


def test_two_reaches_of_a_blast_conflict() -> None:
    # 'up to' a distance 'away' is the farthest point, as 'as far as' is: 3 km against 900 m
    (conflict,) = conflicts_of(
        "The blast at the Morrow depot on Friday shattered windows up to three kilometres away.",
        "The blast at the Morrow depot on Friday shattered windows as far as 900 metres away.",
    )
    assert values(conflict) == {"three kilometres", "900 metres"}


def test_planned_visits_and_visits_are_one_count() -> None:
    (conflict,) = conflicts_of(
        "The Orla clinic said 48 planned visits were cancelled on Friday after the flood.",
        "Some 84 visits were cancelled at the Orla clinic on Friday after the flood.",
    )
    assert values(conflict) == {"48", "Some 84"}


def test_talks_of_different_lengths_conflict() -> None:
    (conflict,) = conflicts_of(
        "Marsh held four hours of talks with Ortega on Sunday in the capital.",
        "Officials said Marsh won a pledge from Ortega during a nearly 2-hour meeting.",
    )
    assert values(conflict) == {"four hours", "nearly 2-hour"}
    assert conflict.subject.startswith("length of the")


def test_talks_with_different_people_or_days_are_two_things() -> None:
    assert not conflicts_of(
        "Marsh held four hours of talks with Ortega on Sunday.",
        "Marsh held two hours of talks with Delgado on Monday.",
    )


def test_regional_and_national_tolls_are_two_things() -> None:
    assert not conflicts_of(
        "The flood killed 12 people in Riverton, the mayor of Riverton said on Tuesday.",
        "Across Norland the flood killed 340 people, the Norland government said on Tuesday.",
    )


def test_different_tolls_for_one_event_conflict() -> None:
    (conflict,) = conflicts_of(
        "The Riverton flood killed 12 people on Tuesday, the mayor said.",
        "The Riverton flood killed 19 people on Tuesday, police said.",
    )
    assert values(conflict) == {"12", "19"}
    assert conflict.kind == "number"


def test_a_toll_that_rises_in_a_later_report_is_an_update() -> None:
    texts = (
        "The Riverton flood has killed 12 people, the mayor said.",
        "The Riverton flood has killed 40 people, the mayor said.",
    )
    dated = ("2024-03-01", "2024-03-03")
    articles = articles_of(texts, dated)
    assert not find_conflicts(compare_figures(claims_of(articles), articles), (), (), articles)
    (update,) = find_updates(claims_of(articles), articles)
    assert values(update) == {"12", "40"}
    undated = articles_of(texts)
    assert len(find_conflicts(compare_figures(claims_of(undated), undated), (), (), undated)) == 1


def test_the_report_lists_updates_apart_from_conflicts() -> None:
    articles = articles_of(
        (
            "The Riverton flood has killed 12 people, the mayor said.",
            "The Riverton flood has killed 40 people, the mayor said.",
        ),
        ("2024-03-01", "2024-03-03"),
    )
    report = build_report(articles, models=MODELS)
    assert report.conflicts == ()
    (update,) = report.updates
    assert [p.value for p in update.positions] == ["12", "40"]
    assert [p.sources for p in update.positions] == [("a0",), ("a1",)]


def test_a_figure_the_reports_call_superseded_is_an_update() -> None:
    articles = articles_of(
        (
            "The Riverton fire killed 65 people on Friday, police said.",
            "The Riverton fire killed 60 people on Friday. Police earlier had reported 65 dead.",
        )
    )
    comparison = compare_figures(claims_of(articles), articles)
    assert not comparison.conflicts
    # 65 against the earlier 65 agrees; 65 against 60 is the update
    assert sorted(p.label for p in comparison.pairs) == ["agree", "update"]
    assert values(comparison.updates[0]) == {"65", "60"}


def test_a_part_is_not_compared_with_the_whole() -> None:
    assert not conflicts_of(
        "The blast in Riverton killed 213 people, including 12 Americans.",
        "The blast in Riverton killed 213 people, 12 of them Americans.",
    )


def test_a_copy_is_compared_on_the_lines_it_changed_only() -> None:
    line = "The Riverton flood killed 12 people on Tuesday, the mayor said."
    other = "The Riverton flood killed 19 people on Tuesday, police said."
    articles = articles_of((line, line, other))
    articles[1] = replace(articles[1], duplicate_of=articles[0].id)
    (conflict,) = find_conflicts(compare_figures(claims_of(articles), articles), (), (), articles)
    # the copy's repeated line is its original's, not a second source of "12"
    assert {p.value: p.sources for p in conflict.positions} == {"12": ("a0",), "19": ("a2",)}
    reworded = articles_of((line, line.replace("the mayor", "the town's mayor"), other))
    reworded[1] = replace(reworded[1], duplicate_of=reworded[0].id)
    (conflict,) = find_conflicts(compare_figures(claims_of(reworded), reworded), (), (), reworded)
    assert {p.value: p.sources for p in conflict.positions} == {"12": ("a0",), "19": ("a2",)}
    changed = articles_of((line, other))
    changed[1] = replace(changed[1], duplicate_of=changed[0].id)  # a re-issued copy, edited
    (conflict,) = find_conflicts(compare_figures(claims_of(changed), changed), (), (), changed)
    assert {p.value for p in conflict.positions} == {"12", "19"}


def test_a_copys_edited_line_is_compared_though_its_new_value_is_elsewhere_in_the_original() -> (
    None
):
    original = (
        "The Riverton flood killed 12 people on Tuesday, the mayor said.\n"
        "The water destroyed 15 homes along the river bank."
    )
    copy = original.replace("killed 12", "killed 15")
    articles = articles_of((original, copy))
    articles[1] = replace(articles[1], duplicate_of=articles[0].id)
    conflicts = find_conflicts(compare_figures(claims_of(articles), articles), (), (), articles)
    assert any({p.value for p in c.positions} == {"12", "15"} for c in conflicts)


def test_a_copy_that_only_drops_a_weekday_is_its_originals_line() -> None:
    line = "The Riverton flood killed 12 people on Tuesday, the mayor said."
    articles = articles_of((line, line.replace(" on Tuesday", ""), "Riverton's flood killed 14."))
    articles[1] = replace(articles[1], duplicate_of=articles[0].id)
    (conflict,) = find_conflicts(compare_figures(claims_of(articles), articles), (), (), articles)
    assert {p.value: p.sources for p in conflict.positions}["12"] == ("a0",)


def test_a_copy_that_changed_only_a_weekday_is_compared() -> None:
    original = "The Riverton bridge reopened on Tuesday after repairs, the mayor said."
    articles = articles_of(
        (original, original.replace("Tuesday", "Monday")),
        published=("2025-05-08T09:00:00", "2025-05-08T09:00:00"),
    )
    articles[1] = replace(articles[1], duplicate_of=articles[0].id)
    figures = compare_figures(claims_of(articles), articles)
    found = [*find_conflicts(figures, (), (), articles), *figures.updates]
    assert any(len(c.positions) == 2 for c in found)


def test_open_intervals_serialise_as_json() -> None:
    articles = articles_of(
        (
            "Marsh held more than ten hours of talks with Ortega on Sunday.",
            "Marsh held two hours of talks with Ortega on Sunday, officials said.",
        )
    )
    report = build_report(articles, models=MODELS)
    (conflict,) = report_to_dict(report)["conflicts"]
    highs = sorted((p["high"] is None, p["value"]) for p in conflict["positions"])
    assert highs == [(False, "two hours"), (True, "more than ten hours")]
    json.dumps(conflict, allow_nan=False)


def test_tables_and_numberless_text_do_not_break_the_stage() -> None:
    table = " ".join(f"{n}: {n * 7} units, {n}.5%," for n in range(500))
    assert conflicts_of(table, table.replace("units", "items")) == ()
    assert conflicts_of("No figures here.", "None here either.") == ()
    assert conflicts_of("One article alone with 12 people killed.") == ()


def one_claim_conflicts(*texts: str) -> tuple[Conflict, ...]:
    """Each text is one article of one sentence, and the aligner put them all in one claim: the
    case where a shared claim must not be enough to call two figures the same thing."""
    articles = articles_of(texts)
    mentions = tuple(Sentence(a.id, 0, a.text, 0, len(a.text)) for a in articles)
    ids = tuple(a.id for a in articles)
    claim = Claim("c0", texts[0], ids, "all", mentions)
    return compare_figures((claim,), articles).conflicts


def test_ages_of_two_people_in_one_claim_are_two_things() -> None:
    assert not one_claim_conflicts(
        "Gunmen shot Marta Velde and her driver, Oskar Lind, 31, outside her office on Friday.",
        "Marta Velde, 58, a member of parliament, was shot outside her office on Friday.",
    )


def test_ages_of_one_person_in_one_claim_conflict() -> None:
    (conflict,) = one_claim_conflicts(
        "Gunmen shot her driver, Oskar Lind, 31, outside the office on Friday.",
        "Her driver, Oskar Lind, 34, was also shot outside the office on Friday.",
    )
    assert values(conflict) == {"31", "34"}


def test_a_day_inside_a_range_of_days_agrees() -> None:
    assert not one_claim_conflicts(
        "The hearings will pause on March 9 and resume after the summit.",
        "The hearings will be suspended during the March 7-11 summit.",
    )


def test_a_distance_and_its_conversion_are_one_figure() -> None:
    assert not one_claim_conflicts(
        "Shells hit the airfield, four kilometers (two miles) away, on Tuesday.",
        "Shells fell on the airfield, two miles (three kilometers) away, on Tuesday.",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [("90 mph", "80 knots"), ("50 kilometers", "30 miles")],  # 2.3% and 3.5% apart
)
def test_round_figures_within_a_conversions_rounding_agree(one: str, other: str) -> None:
    assert not one_claim_conflicts(
        f"The patrol boat raced at {one} toward the stricken ferry on Tuesday.",
        f"The patrol boat raced at {other} toward the stricken ferry on Tuesday.",
    )


def test_round_figures_further_apart_than_rounding_conflict() -> None:
    (conflict,) = one_claim_conflicts(
        "The convoy drove 70 kilometers to the border post at Tessel on Monday.",
        "The convoy drove 40 miles to the border post at Tessel on Monday.",
    )
    assert conflict.kind == "number"  # 40 miles is 64.4 km: 8.7% apart


def test_a_change_is_compared_by_the_figure_it_changed_to() -> None:
    rose = "The toll in Varn rose from 10 to 12 on Friday, officials said."
    (conflict,) = one_claim_conflicts(rose, "Officials said 15 people had died in Varn by Friday.")
    assert {p.value for p in conflict.positions} == {"12", "15"}  # not "10 to 12"
    assert not one_claim_conflicts(rose, "Officials said 12 people had died in Varn by Friday.")


def test_converted_distances_that_differ_conflict() -> None:
    (conflict,) = one_claim_conflicts(
        "Shells hit the airfield, ten kilometers (six miles) away, on Tuesday.",
        "Shells fell on the airfield, two miles (three kilometers) away, on Tuesday.",
    )
    assert conflict.kind == "number"


WIRE_STORY = (
    "A landslide buried part of the hill village of Orrin on Tuesday, killing {toll} people, "
    "officials said.\nRescuers dug through the mud with dogs and shovels through the night, and "
    "the regional governor declared three days of mourning for the village."
)


@pytest.mark.parametrize("later", [None, "2025-05-06T19:00:00"])
def test_a_reissued_wire_copy_that_changed_a_figure_is_compared(later: str | None) -> None:
    first = Article("w1", WIRE_STORY.format(toll=6), "Post", published="2025-05-06T08:00:00")
    copy = Article("w2", WIRE_STORY.format(toll=11), "Courier", published=later or first.published)
    briefing = build_report([first, copy])
    assert briefing.articles[1].duplicate_of == "w1"  # the same wire copy, counted once
    found = briefing.updates if later else briefing.conflicts
    (changed,) = [c for c in found if {p.value for p in c.positions} == {"6", "11"}]
    assert {p.value: p.sources for p in changed.positions} == {"6": ("w1",), "11": ("w2",)}
    # the lines a copy repeats word for word are its original's and compare with nothing
    assert not (briefing.conflicts if later else briefing.updates)


def test_a_toll_for_two_places_is_not_a_toll_for_one() -> None:
    assert not one_claim_conflicts(
        "A bomb at the consulate in neighboring Norland killed 40 people on Monday.",
        "The Monday bombings of consulates in Norland and Southmark killed 55 people.",
    )


def test_tolls_for_one_place_in_one_claim_conflict() -> None:
    (conflict,) = one_claim_conflicts(
        "A bomb at the consulate in Norland killed 40 people on Monday.",
        "The Monday bombing of the consulate in Norland killed 55 people.",
    )
    assert values(conflict) == {"40", "55"}


def test_distances_of_different_things_in_one_claim_do_not_conflict() -> None:
    assert not one_claim_conflicts(
        "The storm was 30 miles (50 kms) off the coast; gales stretched out 100 miles (160 kms).",
        "Gales blew up to 30 miles (50 kilometers) from the center of the storm.",
    )


def test_the_size_of_a_group_is_not_a_count_of_its_members() -> None:
    assert not one_claim_conflicts(
        "About half of the 80-boat fleet has withdrawn from the regatta.",
        "A total of 25 boats have withdrawn from the regatta.",
    )


def test_a_claim_and_one_shared_word_do_not_make_two_shares_one_thing() -> None:
    assert not one_claim_conflicts(
        "In the survey, 62 percent were stunted.",
        "The survey showed 30 percent underweight.",
    )


def test_in_one_claim_a_sentence_that_also_states_the_other_figure_agrees() -> None:
    assert not one_claim_conflicts(
        "Lind, who served 12 years in prison in the 1980s, was sentenced to 13 years.",
        "The 13-year prison term given to Lind was the longest in a decade.",
    )


def test_a_name_spelled_two_ways_in_a_pair_of_names_is_still_one_person() -> None:
    (conflict,) = one_claim_conflicts(
        "Their friends, Katrin Olsen, 20, and Mara Dunn, 18, were charged as accessories.",
        "Their friends, Katrine Olsen, 21, and Mara Dunn, 18, have been charged.",
    )
    assert values(conflict) == {"20", "21"}


def test_a_lead_with_part_of_the_count_done_is_an_update_of_the_final_margin() -> None:
    # no publication times: the words 'with half of the precincts reporting' say which is older
    articles = articles_of(
        (
            "Mayor Ilse Dahl was heading for re-election in Tarnby early on Monday, with a lead "
            "of 600 votes and half of the precincts reporting.",
            "Ilse Dahl won re-election as mayor of Tarnby, her margin over Per Holm was "
            "1,400 votes.",
        )
    )
    assert not find_conflicts(compare_figures(claims_of(articles), articles), (), (), articles)
    (update,) = find_updates(claims_of(articles), articles)
    assert values(update) == {"600", "1,400"}


def test_a_casualty_participle_before_its_noun_still_counts_the_casualties() -> None:
    (conflict,) = one_claim_conflicts(
        "The blast at the Varn depot left 12 wounded soldiers on Friday.",
        "The blast at the Varn depot left 15 wounded on Friday.",
    )
    assert {p.value for p in conflict.positions} == {"12", "15"}
