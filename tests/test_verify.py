"""Every citation checked: facts, not sentences, are counted (issue 7, parts 1, 2 and 6).

Each test runs the whole pipeline on short reports of invented events written for these tests.
"""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.align import fact_units
from bylines.report.pipeline import build_report
from bylines.report.values import mismatches
from bylines.report.verify import _in_a_name
from bylines.types import Article, Report, Sentence


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def report(models: Models, *texts: str, published: tuple[str, ...] = ()) -> Report:
    articles = [
        Article(
            id=f"a{n}",
            text=text,
            source=f"Outlet {n}",
            published=published[n] if published else None,
        )
        for n, text in enumerate(texts)
    ]
    return build_report(articles, models=models)


def cited(report: Report, words: str) -> list[tuple[str, ...]]:
    """The sources of every summary sentence and claim whose text holds ``words``."""
    shown = [(s.text, s.sources) for s in report.summary]
    shown += [(c.text, c.sources) for c in report.claims]
    found = [sources for text, sources in shown if words in text]
    assert found, f"nothing shown says {words!r}"
    return found


QUAKE = (
    "A magnitude 6.1 earthquake struck the hill town of Velsk on Tuesday, killing 9 people, "
    "officials said.\nAbout 2,300 residents were evacuated from the old quarter.",
    "At least 14 people were killed when a magnitude 6.1 earthquake struck Velsk on Tuesday.\n"
    "Some 2,300 residents were moved out of the old quarter.",
    "The earthquake, of magnitude 6.1, hit Velsk early on Tuesday.\n"
    "It killed nine people and injured dozens more, the regional governor said.",
)


def test_a_toll_is_never_cited_to_an_outlet_that_gives_another_toll(models: Models) -> None:
    briefing = report(models, *QUAKE)
    for sources in cited(briefing, "At least 14"):
        assert "a0" not in sources and "a2" not in sources
    for sources in cited(briefing, "killing 9 people"):
        assert "a1" not in sources


def test_a_summary_sentence_with_a_disputed_toll_shows_each_side(models: Models) -> None:
    briefing = report(models, *QUAKE)
    disputed = [s for s in briefing.summary if s.disputed]
    assert disputed
    for sentence in disputed:
        values = {p.value.lower(): set(p.sources) for p in sentence.disputed}
        assert values[sentence.disputed[0].value.lower()] == set(sentence.sources)
        given = set().union(*values.values())
        assert {"a0", "a1"} <= given  # 9 and at least 14, each with its outlet
        assert not any({"a0", "a1"} <= sources for sources in values.values())
        # every side, the sentence's own first, with its value as an interval: a floor ("at
        # least 14") has no upper end, None as in the JSON (never inf)
        assert all(p.low is not None for p in sentence.disputed)
        floors = [p for p in sentence.disputed if p.value.lower().startswith("at least")]
        assert floors and all(p.high is None for p in floors)
        assert all(p.high is not None for p in sentence.disputed if p not in floors)


def test_reported_by_all_never_stands_over_one_outlets_figure(models: Models) -> None:
    briefing = report(models, *QUAKE)
    for claim in briefing.claims:
        tolls = {m.article for m in claim.mentions if "kill" in m.text}
        assert not {"a0", "a1"} <= tolls
        assert not {"a0", "a1"} <= set(claim.sources) or "kill" not in claim.text


def test_the_same_count_in_other_words_keeps_both_outlets(models: Models) -> None:
    briefing = report(models, *QUAKE)
    for sources in cited(briefing, "2,300 residents"):
        assert {"a0", "a1"} <= set(sources)


def test_indirect_speech_is_joined_with_the_direct_quote(models: Models) -> None:
    briefing = report(
        models,
        "Floodwater reached the centre of Harnby overnight.\n"
        '"We will rebuild every school before the winter," Mayor Ilse Brandt told reporters.',
        "Mayor Ilse Brandt said the town would rebuild every school before the winter.\n"
        "Volunteers filled sandbags at the Harnby fire station.",
    )
    for sources in cited(briefing, "rebuild every school"):
        assert set(sources) == {"a0", "a1"}


def test_a_fact_inside_a_longer_two_fact_sentence_is_credited(models: Models) -> None:
    briefing = report(
        models,
        "The Tamsel bridge reopened to traffic on Friday after three months of repairs.\n"
        "Drivers queued for an hour to cross it.",
        "The city council approved a new budget for road repairs on Thursday, while the Tamsel "
        "bridge reopened to traffic on Friday after three months of repairs.\n"
        "The council met in Ostrov.",
    )
    for sources in cited(briefing, "The Tamsel bridge reopened"):
        assert set(sources) == {"a0", "a1"}
    long = [c for c in briefing.claims if any("new budget" in m.text for m in c.mentions)]
    assert long and all(c.coverage != "one" for c in long)  # its bridge fact is not a1's alone


def test_a_fact_split_over_two_sentences_is_credited(models: Models) -> None:
    briefing = report(
        models,
        "The ferry Marisol ran aground off Kettle Point on Sunday evening.\n"
        "All 212 passengers were taken ashore by lifeboats.",
        "All 212 passengers of the ferry Marisol were taken ashore by lifeboats after it ran "
        "aground off Kettle Point on Sunday evening.",
    )
    for sources in cited(briefing, "All 212 passengers"):
        assert set(sources) == {"a0", "a1"}


def test_an_outlet_that_keeps_a_sentence_word_for_word_is_cited_for_it(models: Models) -> None:
    """A wire sentence another outlet kept is that outlet's too, though a sentence beside it
    gives another figure of another moment ('six minutes after the call')."""
    wire = (
        "The first emergency call was so hard to understand that it took three minutes for "
        "dispatchers to work out where the fire was, said Ola Brand of the rescue service."
    )
    briefing = report(
        models,
        "A fire swept through a dance hall in Velmark late on Friday, killing 14 people.\n"
        + wire + "\nThe cause of the blaze is under investigation.",
        "Fourteen people died when fire tore through a dance hall in Velmark on Friday night.\n"
        + wire + "\nFire crews were on the scene six minutes after the call, the rescue service "
        "said.\nRelatives gathered outside the hall on Saturday.",
        "Police in Velmark are questioning witnesses after Friday's dance hall fire, in which "
        "14 people were killed.\nThe hall had been rented for a party by a local association.",
    )  # fmt: skip
    for sources in cited(briefing, "it took three minutes"):
        assert set(sources) == {"a0", "a1"}


def wire_story(sixth: str) -> list[str]:
    """A wire story of seven lines, its sixth given: the line a later version edits."""
    return [
        "A fire swept through a dance hall in Velmark late on Friday, killing 14 people.",
        "About 300 teenagers were at a party in the hall when the fire broke out near the stage.",
        "Witnesses said the only staircase filled with smoke within minutes.",
        "Firefighters from three towns fought the blaze for most of the night.",
        "The hall had been rented for the evening by a local sports club.",
        sixth,
        "The mayor of Velmark ordered flags to fly at half-mast on Saturday.",
    ]


ELSEWHERE = "Fourteen people died in the Velmark dance hall fire on Friday night."


def edited_copy(models: Models, line: str, edited: str, other: str = ELSEWHERE) -> Report:
    """The wire story with ``line`` sixth, a later version of it (a near-copy) with ``edited``
    in its place, and another outlet's ``other``."""
    lines = wire_story(line)
    copy = [*lines[:5], edited, lines[6]]
    return report(models, "\n".join(lines), "\n".join(copy), other)


def test_a_wire_copys_edited_line_joins_the_outlet_that_carries_it(models: Models) -> None:
    """A later version of a wire story (a near-copy) whose edited line another outlet carries
    word for word: that line is not 'only in' the copy."""
    lines = wire_story("Police said it was too early to say what started the fire.")
    kept = "Police said the list of injured included four members of the sports club."
    copy = [*lines[:5], kept, lines[6]]  # the version that replaced one line
    briefing = report(
        models,
        "\n".join(lines),
        "\n".join(copy),
        "Fourteen people died in the Velmark dance hall fire on Friday night.\n" + kept,
    )
    assert briefing.articles[1].duplicate_of == "a0"
    for sources in cited(briefing, "the list of injured"):
        assert set(sources) == {"a1", "a2"}


def test_a_wire_copys_line_edited_in_one_word_keeps_its_own_citation(models: Models) -> None:
    """A later version that changes one word of a line ('deliberately' -> 'accidentally') says
    something else: neither outlet is cited for the other's line, and the copy's line stays."""
    line = "Police said the fire had been started deliberately in a storeroom behind the stage."
    briefing = edited_copy(models, line, line.replace("deliberately", "accidentally"))
    assert briefing.articles[1].duplicate_of == "a0"
    assert {s for sources in cited(briefing, "started accidentally") for s in sources} == {"a1"}
    assert {s for sources in cited(briefing, "started deliberately") for s in sources} == {"a0"}


def test_a_copys_line_that_only_adds_words_is_cited_with_the_original_line(
    models: Models,
) -> None:
    """A later version that adds a clause to a line ('..., which holds 400 people, filled')
    says the line still: it is cited with the original, not 'only in' the copy; one that adds
    a 'not' says the opposite and keeps its own citation."""
    lines = wire_story("Police said the fire had been started deliberately in a storeroom.")
    added = [*lines[:2], lines[2].replace("staircase", "staircase, the hall's only way out,"),
             *lines[3:]]  # fmt: skip
    denied = [*lines[:5], lines[5].replace("had been", "had not been"), lines[6]]
    briefing = report(
        models,
        "\n".join(lines),
        "\n".join(added),
        "\n".join(denied),
        "Fourteen people died in the Velmark dance hall fire on Friday night.",
    )
    assert [a.duplicate_of for a in briefing.articles[1:3]] == ["a0", "a0"]
    (smoke,) = [c for c in briefing.claims if "filled with smoke" in c.text]
    assert smoke.sources == ("a0", "a1", "a2")
    # (a summary sentence showing the copy's longer line cites the copy alone: only it says
    # "the hall's only way out")
    assert {s for sources in cited(briefing, "had not been started") for s in sources} == {"a2"}


def test_a_copys_line_that_leaves_words_out_or_respells_one_is_cited_with_the_original(
    models: Models,
) -> None:
    """A later version that drops words from a line ("the two-storey brick hall" / "the
    hall") or respells one ("storey" / "story") states the original's line: one claim citing
    both, not the same line shown twice as 'only in' each of them."""
    lines = wire_story(
        "Police said the two-storey brick hall had passed a fire inspection in March."
    )
    copy = [*lines[:5], "Police said the hall had passed a fire inspection in March.", lines[6]]
    respelled = [*lines[:5], lines[5].replace("storey", "story"), lines[6]]
    briefing = report(
        models,
        "\n".join(lines),
        "\n".join(copy),
        "\n".join(respelled),
        "Fourteen people died in the Velmark dance hall fire on Friday night.",
    )
    assert [a.duplicate_of for a in briefing.articles[1:3]] == ["a0", "a0"]
    (inspection,) = [c for c in briefing.claims if "fire inspection" in c.text]
    assert inspection.sources == ("a0", "a1", "a2")


@pytest.mark.parametrize(
    ("line", "edited"),
    [
        # a word that would turn a line ("refused") kept by both is no edit of it
        (
            "The club secretary refused to say who had locked the theatre's side door.",
            "The club secretary refused to say who had locked the theater's side door.",
        ),
        (
            "Police said the club had refused to pay for a fire alarm in its defence of costs.",
            "Police said the club had refused to pay for a fire alarm in its defense of costs.",
        ),
        # digits written another way, every figure the same
        (
            "Police said the fire burned for 4 1/2 hours before it was out.",
            "Police said the fire burned for 4.5 hours before it was out.",
        ),
    ],
)
def test_a_copys_respelled_line_is_cited_with_the_original_whatever_both_keep(
    models: Models, line: str, edited: str
) -> None:
    briefing = edited_copy(models, line, edited)
    assert briefing.articles[1].duplicate_of == "a0"
    (claim,) = [c for c in briefing.claims if c.text.startswith(line[:25])]
    assert claim.sources == ("a0", "a1")


def test_a_copys_line_with_other_digits_keeps_its_own_citation(models: Models) -> None:
    line = "Police said the fire burned for 4 1/2 hours before it was out."
    briefing = edited_copy(models, line, line.replace("4 1/2", "5 1/2"))
    burned = sorted(c.sources for c in briefing.claims if "fire burned for" in c.text)
    assert burned == [("a0",), ("a1",)]


@pytest.mark.parametrize(
    ("line", "said", "turned"),
    [
        ("Police said the fire spread northeast from the stage to the roof.", "northeast",
         "northwest"),
        ("Police said early counts had overestimated how many were in the hall.",
         "overestimated", "underestimated"),
        ("Police said the smoke ascended the only staircase within minutes.", "ascended",
         "descended"),
    ],
)  # fmt: skip
def test_a_copys_line_that_swaps_a_direction_or_an_opposite_prefix_keeps_its_own_citation(
    models: Models, line: str, said: str, turned: str
) -> None:
    """A later version that swaps a word for one spelled alike but saying the opposite
    ("northeast" / "northwest") says something else: the copy's line is its own, not a
    respelling of the original's."""
    briefing = edited_copy(models, line, line.replace(said, turned))
    assert briefing.articles[1].duplicate_of == "a0"
    assert {s for sources in cited(briefing, turned) for s in sources} == {"a1"}
    assert {s for sources in cited(briefing, said) for s in sources} == {"a0"}


def test_a_copys_line_that_changes_a_value_or_adds_a_prefix_keeps_its_own_citation(
    models: Models,
) -> None:
    """A later version that changes a line's figure ("in March" / "in May") or turns a word
    with a prefix ("legal" / "illegal") says something else: the copy's line stays its own."""
    lines = wire_story("Police said the party in the hall had been legal and inspected in March.")
    moved = [*lines[:5], lines[5].replace("March", "May"), lines[6]]
    turned = [*lines[:5], lines[5].replace("legal", "illegal"), lines[6]]
    briefing = report(
        models,
        "\n".join(lines),
        "\n".join(moved),
        "\n".join(turned),
        "Fourteen people died in the Velmark dance hall fire on Friday night.",
    )
    assert [a.duplicate_of for a in briefing.articles[1:3]] == ["a0", "a0"]
    assert {s for sources in cited(briefing, "inspected in May") for s in sources} == {"a1"}
    assert {s for sources in cited(briefing, "been illegal") for s in sources} == {"a2"}
    assert {
        s for sources in cited(briefing, "been legal and inspected in March") for s in sources
    } == {"a0"}


def test_two_copies_that_carry_the_same_edited_line_are_cited_together(models: Models) -> None:
    """Two later versions of one wire story that both replaced a line the same way: the new
    line is one claim citing both copies, not 'only in' each of them."""
    lines = wire_story("Police said it was too early to say what started the fire.")
    edited = "Police said the list of injured included four members of the sports club."
    copy = "\n".join([*lines[:5], edited, lines[6]])
    briefing = report(
        models,
        "\n".join(lines),
        copy,
        copy.replace("Saturday.", "Saturday morning."),
        "Fourteen people died in the Velmark dance hall fire on Friday night.",
    )
    assert [a.duplicate_of for a in briefing.articles[1:3]] == ["a0", "a0"]
    assert {frozenset(sources) for sources in cited(briefing, "the list of injured")} == {
        frozenset({"a1", "a2"})
    }


def test_the_same_words_given_to_a_minister_and_to_her_spokesman_are_not_one_citation(
    models: Models,
) -> None:
    briefing = report(
        models,
        'Transport Minister Karin Velde said: "We respect the ruling and will study it."',
        'Her spokesman, Aron Dahl, said: "We respect the ruling and will study it."',
    )
    for sources in cited(briefing, "We respect the ruling"):
        assert len(sources) == 1


def test_the_same_words_of_two_people_called_mr_are_not_one_citation(models: Models) -> None:
    briefing = report(
        models,
        "The harbour board met in Orsa on Monday to count the storm damage. "
        '"We will rebuild the pier by June," said Mr Ardagh.',
        "Storm repairs filled the council's Tuesday session in Orsa. "
        '"We will rebuild the pier by June," said Mr Swärd.',
    )
    for sources in cited(briefing, "rebuild the pier"):
        assert len(sources) == 1


def test_a_flipped_negation_is_not_agreement(models: Models) -> None:
    briefing = report(
        models,
        "Fire Chief Nora Kessel said there was no sign of foul play at the mill.",
        "Fire Chief Nora Kessel said there were signs of foul play at the mill.",
    )
    for sources in cited(briefing, "foul play"):
        assert len(sources) == 1


def test_the_summary_gives_the_latest_figure_of_an_update(models: Models) -> None:
    briefing = report(
        models,
        "A landslide buried part of the village of Orrin on Tuesday, killing at least 6 "
        "people, officials said.\nRescuers searched the mud with dogs through the morning.",
        "The toll from Tuesday's landslide in Orrin rose to 11 people killed, officials said.\n"
        "Rescuers searched the mud with dogs through the day.",
        "A landslide in the village of Orrin on Tuesday killed 11 people, officials said.\n"
        "Heavy rain had soaked the hillside for a week.",
        published=("2025-05-06T06:30", "2025-05-06T19:00", "2025-05-06T22:00"),
    )
    tolls = [s for s in briefing.summary if "Orrin" in s.text]
    assert tolls and all("11" in s.text and set(s.sources) == {"a1", "a2"} for s in tolls)
    assert all(not s.disputed for s in tolls)  # an update, not a disagreement


def test_a_long_sentence_is_cut_into_its_facts() -> None:
    text = (
        "The council approved the budget on Thursday, while the bridge reopened on Friday "
        "after three months of repairs; the mayor was not there."
    )
    units = fact_units(Sentence("a", 0, text, 100, 100 + len(text)))
    assert [u.text for u in units] == [
        "The council approved the budget on Thursday",
        "while the bridge reopened on Friday after three months of repairs",
        "the mayor was not there.",
    ]
    assert all(text[u.start - 100 : u.end - 100] == u.text for u in units)


@pytest.mark.parametrize(
    ("shown", "other", "subject"),
    [
        ("Twelve people died in the fire.", "At least 14 people died in the fire.", "dead"),
        ("The vote passed by 212 votes to 187.", "The vote passed by 212 votes to 178.", "vote"),
        ("The talks began on Monday in Ostrov.", "The talks began on Tuesday in Ostrov.", "day"),
        (
            "The driver, Anneli Korhonen, was hurt.",
            "The driver, Anneli Korhunen, was hurt.",
            "name",
        ),
        ("The ministry will not suspend tolls.", "The ministry will suspend tolls.", "polarity"),
    ],
)
def test_a_value_given_another_way_is_a_mismatch(shown: str, other: str, subject: str) -> None:
    assert any(subject in m.subject for m in mismatches(shown, other))


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        ("The meeting lasted 35 minutes.", "The meeting lasted just over half an hour."),
        ("About 45,000 homes lost power.", "Around 45 000 homes were without power."),
        ("Tuesday's vote was close.", "The vote on Tuesday was close."),
        ('"We will rebuild," Mayor Ilse Brandt said.', "Ilse Brandt said they would rebuild."),
    ],
)
def test_the_same_value_in_other_words_is_no_mismatch(shown: str, other: str) -> None:
    assert mismatches(shown, other) == ()


def test_the_summary_shows_only_the_disputes_the_report_lists(models: Models) -> None:
    """A summary sentence's "Disputed" note is one of the report's figure conflicts, its own
    side first: a toll of an older storm in another outlet's sentence ("since 1998, when more
    than 300 people were killed") is no side of this storm's toll."""
    texts = {
        "a": "A storm killed 12 people in the coastal province of Varnia on Tuesday, officials "
        "said. Rescue teams searched flattened villages near the port of Orsk.",
        "b": "The storm that struck Varnia on Tuesday killed 12 people, the provincial governor "
        "said. It was the worst storm to hit the province since 1998, when more than 300 people "
        "were killed in the region.",
        "c": "At least 14 people died when the storm hit Varnia on Tuesday, the civil defence "
        "agency said. Rescue teams were searching villages near Orsk.",
    }
    report = build_report([Article(i, t, i.upper()) for i, t in texts.items()], models=models)
    listed = [{p.value for p in c.positions} for c in report.conflicts if c.kind == "number"]
    assert {"12", "At least 14"} in listed
    disputed = [s for s in report.summary if s.disputed]
    assert disputed
    for sentence in disputed:
        assert {p.value for p in sentence.disputed} in listed
        assert sentence.disputed[0].value.lower() in sentence.text.lower()  # its own side first


def test_a_summary_figure_is_no_side_of_a_dispute_over_another_thing(models: Models) -> None:
    """ "3 workers" is no side of the dispute over "3 trucks" against "Twelve trucks", though
    the outlet giving 3 trucks also gives 3 workers."""
    texts = {
        "a": "A fire killed 3 workers at a warehouse in Orsk on Monday, police said. The blaze "
        "destroyed 3 trucks parked outside.",
        "b": "Three workers died when fire swept through an Orsk warehouse on Monday, police "
        "said. Twelve trucks were destroyed.",
        "c": "A fire at a warehouse in Orsk killed 3 workers on Monday, police said.",
    }
    report = build_report([Article(i, t, i.upper()) for i, t in texts.items()], models=models)
    assert [{p.value for p in c.positions} for c in report.conflicts] == [{"3", "Twelve"}]
    workers = next(s for s in report.summary if "workers" in s.text)
    assert workers.disputed == ()


def test_the_latest_figure_cites_every_report_of_it(models: Models) -> None:
    # the early toll's sentence gives way to the latest report's, and both evening reports
    # give 11, in sentences too unlike to be aligned as one claim: both are cited
    briefing = report(
        models,
        "A landslide buried part of the village of Orrin on Tuesday, killing at least 6 "
        "people, officials said.\nRescuers searched the mud with dogs through the morning.",
        "Searchers recovered a shepherd's body near Orrin at dusk, so the slide has now "
        "claimed 11 lives.\nRescuers searched the mud with dogs through the day.",
        "Eleven people died in the Orrin landslide, against six in the first reports.\n"
        "Heavy rain had soaked the hillside for a week.",
        published=("2025-05-06T06:30", "2025-05-06T19:00", "2025-05-07T08:00"),
    )
    assert cited(briefing, "claimed 11 lives")[0] == ("a1", "a2")


def test_a_copys_edited_line_is_not_linked_to_another_outlets_version_of_the_original(
    models: Models,
) -> None:
    """(review16c) a copy that turns 'deliberately' into 'accidentally' backs neither the
    original's line, as another outlet says it, nor is backed by it."""
    line = "Police said the fire had been started deliberately near the stage."
    other = "Police said the blaze had been started deliberately near the stage."
    briefing = edited_copy(models, line, line.replace("deliberately", "accidentally"), other)
    assert {s for sources in cited(briefing, "started accidentally") for s in sources} == {"a1"}
    assert "a1" not in {s for sources in cited(briefing, "started deliberately") for s in sources}


@pytest.mark.parametrize(
    ("figure", "text", "named"),
    [
        ("2", "The Lumen-2 rocket lifted off from Carrow.", True),
        ("2", "The Lumen-20 rocket lifted off from Carrow.", False),  # another figure
        ("2", "The lumen-2 rocket lifted off from Carrow.", False),  # no name
        ("5", "Trains on the Tarn-X-5 line stopped.", True),  # the name's last part
        ("5%", "Shares in Quist-5% fell.", False),  # no word after the figure's end
        ("5%", "Shares in Quist-5%a fell.", True),
        ("3", "Aurant-3", True),  # at the text's end
    ],
)
def test_a_figure_ending_a_name_is_read_where_the_name_ends(
    figure: str, text: str, named: bool
) -> None:
    """The figure must follow a capitalised word and a dash and end where a word ends, as
    written; read the same way as the pattern made for each figure it replaced."""
    assert _in_a_name(figure, text) is named
