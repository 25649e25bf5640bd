"""Names: the cluster's name index, speaker resolution, and name slips.

Small texts here are written for the tests; the example cluster is read at run time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bylines.ingest.clean import clean_article
from bylines.ingest.sentences import split_sentences
from bylines.report.names import (
    NAME_SLIP_SEVERITY,
    _Evidence,
    build_index,
    find_name_slips,
    name_tokens,
)
from bylines.types import Article, Conflict

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "blinken-xi"


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", text=t, source=f"Outlet {i}") for i, t in enumerate(texts)]


def _slips(*texts: str) -> tuple[Conflict, ...]:
    articles = _articles(*texts)
    return find_name_slips(split_sentences(articles), articles)


def test_name_tokens_drop_titles_and_nationalities() -> None:
    assert name_tokens("Chinese President Xi Jinping") == ["Xi", "Jinping"]
    assert name_tokens("Turkish President Suleyman Demirel’s") == ["Suleyman", "Demirel"]
    assert name_tokens("Syrian Foreign Minister Farouq al-Sharaa") == ["Farouq", "al-Sharaa"]


def test_an_occupation_before_a_name_is_no_part_of_it() -> None:
    assert name_tokens("Farmer Edda Quillon") == ["Edda", "Quillon"]
    assert name_tokens("Pensioner Ivo Rask") == ["Ivo", "Rask"]
    assert name_tokens("Paul Farmer") == ["Paul", "Farmer"]  # a family name, not a title
    assert name_tokens("Ada Farmer Roos") == ["Ada", "Farmer", "Roos"]  # only the first word
    index = build_index(
        _articles(
            "Farmer Edda Quillon told the radio her flock was gone.",
            "Edda Quillon, who keeps 9,000 hens, said the order came too late.",
        )
    )
    assert index.canonical("Farmer Edda Quillon") == "Edda Quillon"
    assert index.canonical("Quillon") == "Edda Quillon"


def test_an_occupation_describes_no_one_in_particular() -> None:
    """Many people share an occupation: "another farmer" is not the farmer named before."""
    index = build_index(
        _articles(
            "Farmer Edda Quillon, 52, said the order came too late.",
            "Edda Quillon said she had kept hens for 30 years.",
        )
    )
    assert index.canonical("another farmer") != "Edda Quillon"


def test_speakers_resolve_to_the_fullest_name_in_the_cluster() -> None:
    index = build_index(
        _articles(
            "Chinese President Zhao Lin met the envoy. Zhao Lin spoke first.",
            "The Chinese leader Zhao Lin said little. Foreign Minister Ruth Abebe listened.",
        )
    )
    for written in ("Zhao", "Mr Zhao", "President Zhao", "the Chinese leader", "Zhao Lin"):
        assert index.canonical(written) == "Zhao Lin", written
    assert index.canonical("Abebe") == "Ruth Abebe"
    assert index.canonical("the harbour authority") == "harbour authority"
    # A description must match on two words at least: "diplomat" alone is nobody in particular.
    assert index.canonical("the top diplomat") == "top diplomat"


def test_honorific_on_a_chinese_given_name_is_a_slip() -> None:
    slips = _slips(
        "Foreign Minister Zhao Lin met the envoy on Sunday. Zhao later left for Paris.",
        "The envoy thanked Mr Lin for the talks.",
    )
    assert len(slips) == 1
    slip = slips[0]
    assert slip.kind == "name"
    assert slip.subject == "Zhao Lin"
    correct, wrong = slip.positions
    assert (correct.value, correct.sources) == ("Zhao Lin", ("a0",))
    assert (wrong.value, wrong.sources) == ("Mr Lin", ("a1",))
    assert wrong.evidence == "The envoy thanked Mr Lin for the talks."


def test_honorific_on_the_family_name_is_fine() -> None:
    assert (
        _slips(
            "Foreign Minister Zhao Lin met the envoy. Mr Zhao smiled.",
            "Ruth Abebe spoke next. Ms Abebe was brief.",
        )
        == ()
    )


def test_honorific_on_a_western_given_name_is_a_slip() -> None:
    slips = _slips("Harbour chief Ruth Abebe spoke. Later Ms Ruth left the room.")
    assert [(s.subject, s.positions[1].value) for s in slips] == [("Ruth Abebe", "Ms Ruth")]


def test_two_spellings_of_one_name_are_a_slip_but_two_people_are_not() -> None:
    slips = _slips(
        "Marta Kowalczyk chaired the meeting. Wang Yi attended.",
        "The meeting was chaired by Marta Kowalczik. Wang Yu attended.",
    )
    assert len(slips) == 1
    assert {p.value for p in slips[0].positions} == {"Marta Kowalczyk", "Marta Kowalczik"}
    assert [p.sources for p in slips[0].positions] in ([("a0",), ("a1",)], [("a1",), ("a0",)])


def test_mc_and_mac_open_one_family_name_spelled_two_ways() -> None:
    slips = _slips(
        "The harbour master, Rory Mackintyre, said the crew were safe.",
        "Harbour master Rory McIntyre said all four crew were rescued.",
        "Its editor, Orla McKessy, apologised. Rory Mackintyre thanked the lifeboat.",
        "The editor, Orla Mackessy, said sorry.",
    )
    assert sorted(sorted((p.value, p.sources) for p in s.positions) for s in slips) == [
        [("Orla Mackessy", ("a3",)), ("Orla McKessy", ("a2",))],
        [("Rory Mackintyre", ("a0", "a2")), ("Rory McIntyre", ("a1",))],
    ]


def test_an_age_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert name_tokens("Seven-year-old Ines Dalgaard") == ["Ines", "Dalgaard"]
    assert name_tokens("Eighty-Year-Old Ivo Rask") == ["Ivo", "Rask"]
    slips = _slips(
        "Seven-year-old Ines Dalgaard is safe and warm tonight.",
        "Ines Dalgaard, 7, is back at home.",
        "Ines Dalgard, aged seven, was found on Sunday.",
    )
    assert [sorted((p.value, p.sources) for p in s.positions) for s in slips] == [
        [("Ines Dalgaard", ("a0", "a1")), ("Ines Dalgard", ("a2",))]
    ]


def test_an_outlet_writing_only_title_and_family_name_is_on_its_spellings_side() -> None:
    (slip,) = _slips(
        "Bomb disposal officer Aled Treharne said the device was stable.",
        "Capt Aled Treherne and his team cut out the fuse.",
        "Captain Treharne told the radio his team would try this afternoon.",
        "The fuse was out by noon, said Treherne.",
        # another of the family, or the name after another name word, is no such use
        "Claire Treharne, a neighbour, said she had left.",
        "Nobody was hurt, police said. Aled Treharnes was not there.",
    )
    assert sorted((p.value, p.sources) for p in slip.positions) == [
        ("Aled Treharne", ("a0", "a2")),
        ("Aled Treherne", ("a1", "a3")),
    ]


BOMB = "Bomb disposal officer Aled Treharne said the device was stable."
FUSE = "Capt Aled Treherne and his team cut out the fuse."


@pytest.mark.parametrize(
    "third",
    [
        # another of the family, named in full in that article
        "Claire Treharne, a neighbour, said she heard the blast. Treharne, 54, said she left.",
        "Claire Treharne, a neighbour, said she heard the blast. Mrs Treharne said she left.",
        "A neighbour (Claire Treharne, 54) said she heard the blast.",
        # a place named after the family
        "Drinkers at the Treharne Arms were moved out by police.",
        "Police closed Treharne Road while the team worked.",
        # a title of a gender the person is not known by
        "Ms Treharne, the head teacher, said the school was closed.",
    ],
)
def test_a_family_name_of_someone_or_something_else_is_on_no_side(third: str) -> None:
    (slip,) = _slips(BOMB, FUSE, third)
    assert sorted((p.value, p.sources) for p in slip.positions) == [
        ("Aled Treharne", ("a0",)),
        ("Aled Treherne", ("a1",)),
    ]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "Council leader Tom Wells said the roads were closed.",
            "Council leader Tom Welles visited the flooded roads.",
            "Flooding hit Wells on Sunday, closing the cathedral.",
        ),
        (
            "Rescuer Ann Brown said the water was rising.",
            "Rescuer Ann Browne said the water was waist-deep.",
            "Brown floodwater filled the streets of the town on Sunday.",
        ),
        (
            "Coach Ewan Mackay said the pitch was ruined.",
            "Coach Ewan McKay said the pitch was under water.",
            "Ms McKay, the club secretary, said games were off.",
        ),
    ],
)
def test_a_family_name_as_a_word_or_a_place_is_no_use(first: str, second: str, third: str) -> None:
    (slip,) = _slips(first, second, third)
    assert sorted(p.sources for p in slip.positions) == [("a0",), ("a1",)]


def test_a_gendered_title_of_the_persons_own_puts_the_outlet_on_a_side() -> None:
    (slip,) = _slips(
        "Mr Aled Treharne said the device was stable.",
        FUSE,
        "Mr Treharne said he had left at once.",
    )
    assert sorted((p.value, p.sources) for p in slip.positions) == [
        ("Aled Treharne", ("a0", "a2")),
        ("Aled Treherne", ("a1",)),
    ]


def test_a_family_name_alone_is_found_at_its_own_sentence() -> None:
    articles = _articles(BOMB, FUSE, "The fuse was cut at noon. Treharne said the team was safe.")
    finder = _Evidence(split_sentences(articles), articles)
    found = finder.family_alone("Aled Treharne", "Treherne", frozenset())
    assert list(found) == ["a2"]
    assert finder.at("a2", found["a2"]) == "Treharne said the team was safe."


@pytest.mark.parametrize(
    ("first", "second"),
    [("McKee", "McGee"), ("McVey", "McVay"), ("Mackie", "McKee"), ("Machin", "McKin")],
)
def test_short_names_after_mc_or_mac_that_differ_are_two_people(first: str, second: str) -> None:
    assert _slips(f"Ian {first} chaired the meeting.", f"Ian {second} chaired the meeting.") == ()


def test_other_names_after_mc_or_mac_are_two_people() -> None:
    assert (
        _slips(
            "Ian Mackenzie chaired the meeting. Ewan McCoy seconded.",
            "Ian Mackinnon chaired the meeting. Ewan Mackay seconded.",
        )
        == ()
    )


def test_honorific_on_a_family_name_is_fine_even_beside_a_junk_name() -> None:
    # "Okafor Cabinet" looks like a name with "Okafor" as given name; Ada Okafor says otherwise.
    assert _slips("Ada Okafor spoke. The Okafor Cabinet met. Ms Okafor left.") == ()


def test_plurals_and_demonyms_are_not_second_spellings() -> None:
    assert (
        _slips(
            "Rwandan Tutsi leaders met.",
            "Rwandan Tutsis fled. East Africa and East African states.",
        )
        == ()
    )


def test_a_doubled_letter_is_a_second_spelling() -> None:
    slips = _slips("Aide Prak Sokhonn spoke.", "Aide Prak Sokhon spoke again.")
    assert [{p.value for p in s.positions} for s in slips] == [{"Prak Sokhonn", "Prak Sokhon"}]


def test_without_sentences_the_evidence_is_the_line_around_the_slip() -> None:
    articles = _articles(
        "Foreign Minister Zhao Lin met the envoy. Zhao left.",
        "The talks went on. The envoy thanked Mr Lin for them. Then he flew home.",
    )
    (slip,) = find_name_slips((), articles)
    assert slip.positions[1].evidence == "The envoy thanked Mr Lin for them."
    assert slip.positions[0].evidence == "Foreign Minister Zhao Lin met the envoy."


def test_name_slips_are_low_severity() -> None:
    assert NAME_SLIP_SEVERITY == "low"


def test_example_mr_gang_is_found_against_qin_gang() -> None:
    articles = [
        clean_article(Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem))
        for p in sorted(EXAMPLE.glob("*.txt"))
    ]
    slips = find_name_slips(split_sentences(articles), articles)
    gang = [s for s in slips if s.positions[1].value == "Mr Gang"]
    assert len(gang) == 1
    correct, wrong = gang[0].positions
    assert gang[0].subject == "Qin Gang"
    assert correct.value == "Qin Gang"
    assert len(correct.sources) >= 2
    assert [s[:3] for s in wrong.sources] == ["003"]
    assert "Mr Gang" in wrong.evidence
    # No other slip in the example: every other honorific takes the family name.
    assert len(slips) == 1


def test_one_letter_changed_in_a_long_family_name_is_a_slip() -> None:
    (slip,) = _slips(
        "The guide, Mattias Brenneke, led the group down the ridge.",
        "Mattias Brenneka had warned the group about the cornice.",
    )
    assert {p.value for p in slip.positions} == {"Mattias Brenneke", "Mattias Brenneka"}


def test_one_name_written_as_one_word_and_with_a_particle_is_a_slip() -> None:
    (slip,) = _slips(
        "The new harbour master, Lotte van Dalsum, took office on Monday.",
        "Lotte Vandalsum said the harbour would reopen within a week.",
    )
    assert {p.value for p in slip.positions} == {"Lotte van Dalsum", "Lotte Vandalsum"}


def test_short_family_names_a_letter_apart_are_two_people() -> None:
    assert (
        _slips(
            "Ola Berg chaired the meeting.",
            "Ola Borg, her deputy, read the figures.",
        )
        == ()
    )


def test_two_names_a_letter_apart_in_one_article_are_two_people() -> None:
    assert _slips("Lars Hansen of Nordbygg and Lars Jansen of Brotek bid for the contract.") == ()


def test_names_differing_in_their_first_letter_are_two_people() -> None:
    assert _slips("Lars Hansen spoke first.", "Lars Jansen spoke later.") == ()


def test_a_name_with_every_part_spelt_another_way_is_a_slip() -> None:
    (slip,) = _slips(
        "The port director, Henrika Lindqvist, closed the quay on Friday.",
        "Henrike Lindkvist said the quay would reopen next week.",
    )
    assert {p.value for p in slip.positions} == {"Henrika Lindqvist", "Henrike Lindkvist"}


def test_two_names_sharing_no_part_and_spelt_far_apart_are_two_people() -> None:
    assert _slips("Henrika Lindqvist spoke first.", "Helena Lindholm spoke later.") == ()


@pytest.mark.parametrize(
    "body", ["Commuter Rail Services", "Spectator Sports Trust", "Cyclist Touring Club"]
)
def test_a_public_role_word_opening_a_body_is_a_word_of_its_name(body: str) -> None:
    assert name_tokens(body) == body.split()
