"""Who says a quote: names with accents, the person a subject names, a body and its officer,
and the same account given to two people.

Every text here is invented for the tests (places, people, outlets); each rule has several
wordings, so that a rule fixed for one sentence fails here.
"""

from __future__ import annotations

import re

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.names import build_index
from bylines.report.quotes import _may_name_a_post, _speaks_for, find_occurrences
from bylines.report.reported import find_reported
from bylines.report.variants import quote_conflicts
from bylines.types import Conflict
from quote_groups import articles_of, carriers, quotes_of


def _speaker_conflicts(*texts: str) -> list[Conflict]:
    return [c for c in quote_conflicts(quotes_of(*texts)) if c.subject.startswith("who said")]


def _reported(text: str) -> list[tuple[str, str]]:
    articles = articles_of((text,))
    return [
        (r.speaker, r.what) for r in find_reported(split_sentences(articles), build_index(articles))
    ]


# --- names with accents ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("Mr Swärd", "Bertil Swärd"),
        ("Ms Ødegård", "Sigrun Ødegård"),
        ("Dr Lindén", "Oskar Lindén"),
        ("Mr Żak", "Łukasz Żak"),
    ],
)
def test_a_name_with_accents_is_a_name_of_the_cluster(written: str, full: str) -> None:
    text = f"The head of the kitchen, {full}, met the inspectors on Monday."
    index = build_index(articles_of((text,)))
    assert index.is_person(full)
    assert index.canonical(written) == full


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Colm Ardagh", "Bertil Swärd"),
        ("Agnès Mercier", "Jörg Håland"),
        ("Ivo Brek", "Sigrun Ødegård"),
    ],
)
def test_the_same_words_under_two_accented_surnames_are_a_speaker_conflict(
    first: str, second: str
) -> None:
    said = "“Every plate was cooked fresh that morning by our own staff,”"
    surname_a, surname_b = first.rsplit(maxsplit=1)[-1], second.rsplit(maxsplit=1)[-1]
    conflicts = _speaker_conflicts(
        f"The hotel's manager, {first}, defended the kitchen. {said} Mr {surname_a} said.",
        f"Head chef {second} spoke to the inspectors. {said} Mr {surname_b} said.",
    )
    assert len(conflicts) == 1
    assert sorted(p.value for p in conflicts[0].positions) == sorted([first, second])


# --- the person a reported sentence's subject names -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The leader of Caddow council, Gerald Unwin, said nobody would be allowed back.",
            "Gerald Unwin",
        ),
        (
            "Nordvale boss Oskar Lindén said the company was grounding its other jets.",
            "Oskar Lindén",
        ),
        (
            "Brenmark county sheriff Tam Olsen told reporters the road would stay shut.",
            "Tam Olsen",
        ),
    ],
)
def test_a_name_before_a_noun_of_the_subject_is_not_the_speaker(
    sentence: str, speaker: str
) -> None:
    # the body is named in full elsewhere, so it is a "name" of the cluster too
    text = f"Caddow Market Street, Nordvale Air and Brenmark County Hall were named. {sentence}"
    assert [who for who, _ in _reported(text)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "The tribunal's chair, Elin Mårtensen, told Vask Radio the level could not be "
            "explained by a tainted supplement.",
            "the level could not be explained by a tainted supplement",
        ),
        (
            "Judge Elin Mårtensen said the result was denied by nobody at the hearing.",
            "the result was denied by nobody at the hearing",
        ),
    ],
)
def test_a_verb_after_a_passive_is_no_one_speaking(sentence: str, what: str) -> None:
    assert _reported(sentence) == [("Elin Mårtensen", what)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Even if Hollis wins the vote, he could be denied a second term by the board.",
        "The appeal was rejected and the claim was denied in March.",
    ],
)
def test_a_passive_speech_verb_reports_nobody(sentence: str) -> None:
    assert _reported(f"Councillor Mara Hollis ran again. {sentence}") == []


# --- a body and its officer in reported speech -------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Harnet Lines' spokesman Ivo Brek insisted: “We had no idea what was in those crates.”",
            "Harnet Lines said it had no knowledge of what had been packed in the crates.",
        ),
        (
            "“We had no idea what was in those crates,” said Ivo Brek, a spokesman for Harnet "
            "Lines.",
            "Harnet Lines told reporters it had no idea what the crates held.",
        ),
        # the other way round: the body quoted, its officer reported
        (
            "“We had no idea what was in those crates,” Harnet Lines said in a statement.",
            "Ivo Brek, a spokesman for Harnet Lines, said it had no idea what the crates held.",
        ),
    ],
)
def test_reported_words_of_the_body_an_officer_speaks_for_join_the_quote(
    texts: tuple[str, ...],
) -> None:
    quotes = quotes_of(*texts)
    assert carriers(quotes, "no idea") == {"a0", "a1"}
    assert quote_conflicts(quotes) == ()


def test_reported_words_of_another_body_do_not_join_the_quote() -> None:
    quotes = quotes_of(
        "Harnet Lines' spokesman Ivo Brek insisted: “We had no idea what was in those crates.”",
        "Dorn Freight said it had no knowledge of what had been packed in the crates.",
    )
    assert carriers(quotes, "no idea") == {"a0"}


# --- one account given to two people ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "first", "second"),
    [
        (
            "This was not a random check",
            "customs director Ruth Aalders told reporters.",
            "said coastguard commander Piet Vos.",
        ),
        (
            "The pilot did all he could to land",
            "police spokeswoman Anja Dorn told the Courant.",
            "said Tomasz Relling of the pilots' union.",
        ),
        (
            "We should have seen it much sooner",
            "chief executive Margit Solheim said on the radio.",
            "security chief Anton Frei told staff.",
        ),
        (
            "We checked it all, and then we checked again",
            "harbour master Olof Brink said.",
            "said port director Ines Vall.",
        ),
    ],
)
def test_one_account_word_for_word_given_to_two_people_is_a_speaker_conflict(
    said: str, first: str, second: str
) -> None:
    conflicts = _speaker_conflicts(f"“{said},” {first}", f"“{said},” {second}")
    assert len(conflicts) == 1
    assert len(conflicts[0].positions) == 2


@pytest.mark.parametrize(
    "said",
    [
        "We are ready to talk at any time",  # a stance
        "We will never give up on them",  # a promise
        "We were shocked",  # too short to be one account
        "This was not random",
        "It was like a bomb had hit us",  # a simile many witnesses reach for
    ],
)
def test_a_stance_or_a_short_line_of_two_people_is_no_speaker_conflict(said: str) -> None:
    quotes = quotes_of(f"“{said},” Ada Okafor said.", f"“{said},” Tomas Berg said.")
    assert len(quotes) == 2
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


def test_an_account_reworded_by_two_people_stays_apart() -> None:
    quotes = quotes_of(
        "“This was not a random check,” customs director Ruth Aalders told reporters.",
        "“It was not a random check at all,” said coastguard commander Piet Vos.",
    )
    assert len(quotes) == 2


# --- a quote that stands alone after the sentence bringing its speaker in ----------------------


def _speakers(text: str) -> list[tuple[str, bool]]:
    articles = articles_of((text,))
    return [(o.speaker, o.pointer) for o in find_occurrences(split_sentences(articles), articles)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The zoo's director, Dr Anselm Crouch, urged people to keep away.", "Anselm Crouch"),
        ("Harbour master Olof Brink walked the quay at dawn.", "Olof Brink"),
        ("Later, Mayor Ines Vall told the crowd to go home.", "Ines Vall"),
    ],
)
def test_a_quote_standing_alone_is_the_person_the_sentence_before_has_acting(
    lead: str, speaker: str
) -> None:
    text = f"{lead} “He is a shy animal, far more frightened of you than you are of him.”"
    assert _speakers(text) == [(speaker, True)]


@pytest.mark.parametrize(
    "lead",
    [
        "The square was quiet by noon.",
        "Rain fell on the square all morning, and the market stayed shut.",
    ],
)
def test_a_quote_standing_alone_after_no_one_acting_has_no_speaker(lead: str) -> None:
    assert _speakers(f"{lead} “Nobody wants to come down here any more.”") == [("", False)]


def test_a_quote_standing_alone_joins_the_same_persons_reported_words() -> None:
    quotes = quotes_of(
        "The zoo's director, Dr Anselm Crouch, urged people to keep away. “He is a shy animal "
        "and far more frightened of you than you are of him, so please leave him be.”",
        "Dr Anselm Crouch said on Tuesday evening that the leopard was more frightened of people "
        "than they were of him.",
    )
    assert carriers(quotes, "shy animal") == {"a0", "a1"}


def test_a_speaker_guessed_for_a_quote_standing_alone_makes_no_speaker_conflict() -> None:
    said = "“We played the best game of our season and we lost it.”"
    quotes = quotes_of(
        f"Coach Ema Rolf praised the team after the final. {said}",
        "“We played the best game of our season and we lost it,” said captain Ivo Lind.",
    )
    assert carriers(quotes, "best game") == {"a0", "a1"}
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


@pytest.mark.parametrize(
    "sentence",
    [
        "She also apologised to every family whose trip had been ruined.",
        "The mayor later told reporters the school would be rebuilt before winter.",
        "She then said the school would be rebuilt before winter.",
    ],
)
def test_an_adverb_after_a_pronoun_or_title_still_points_to_the_person(sentence: str) -> None:
    articles = articles_of(("Mayor Lena Voss met parents on Monday. " + sentence,))
    reported = find_reported(split_sentences(articles), build_index(articles))
    assert [(r.speaker, r.named) for r in reported] == [("Lena Voss", False)]


# --- what a reported sentence says ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "Fire Chief Nora Kessel said the fire had started in the dye store, where solvents "
            "are kept.",
            "the fire had started in the dye store, where solvents are kept",
        ),
        (
            "Nora Kessel said the blaze began in a shed, which had no alarm.",
            "the blaze began in a shed, which had no alarm",
        ),
    ],
)
def test_a_relative_clause_after_the_words_is_part_of_them(sentence: str, what: str) -> None:
    assert _reported(sentence) == [("Nora Kessel", what)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The district's medical officer, Marit Olander, asked everyone in the town to boil "
        "their water until further notice.",
        "Marit Olander asked residents to boil all their water until further notice.",
    ],
)
def test_a_request_reported_joins_the_quote_that_makes_it(sentence: str) -> None:
    quotes = quotes_of(
        "“We are asking everyone in Varrow to boil their water until we say otherwise,” said "
        "Marit Olander.",
        sentence,
    )
    assert carriers(quotes, "boil their water") == {"a0", "a1"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Marit Olander asked whether the water was safe to drink.",
        "Councillor Ivo Brek asked why the plant had not been inspected.",
    ],
)
def test_a_question_asked_is_not_reported_words(sentence: str) -> None:
    assert _reported(sentence) == []


# --- a named person and an office --------------------------------------------------------------

_FLOOD = "“Nobody will lose their home because of this flood,”"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{_FLOOD} Mayor Ove Tran said.", f"{_FLOOD} the police commander told reporters."),
        (f"{_FLOOD} Mayor Ove Tran said.", f"{_FLOOD} said the harbour master."),
        (
            f"{_FLOOD} Deputy Mayor Lisa Holm said.",
            f"{_FLOOD} the coastguard captain said on Monday.",
        ),
    ],
)
def test_a_named_person_and_an_office_the_cluster_does_not_give_them_are_two_speakers(
    first: str, second: str
) -> None:
    conflicts = _speaker_conflicts(first, second)
    assert len(conflicts) == 1
    assert len(conflicts[0].positions) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the office the cluster gives the person
        (f"{_FLOOD} Mayor Ove Tran said.", f"{_FLOOD} the town's mayor said."),
        (f"{_FLOOD} Health Minister Ada Lind said.", f"{_FLOOD} the minister told reporters."),
        # only the head noun is known ("Fire Chief" is learnt as "chief")
        (f"{_FLOOD} Fire Chief Anna Berg said.", f"{_FLOOD} the fire chief said."),
        # no office known for the person: nothing tells them apart
        (f"{_FLOOD} said Ada Lind.", f"{_FLOOD} the harbour master said."),
        # a vague word is no office, nor a title one leader often holds with another
        (f"{_FLOOD} Mayor Ove Tran said.", f"{_FLOOD} the council leader said."),
        (f"{_FLOOD} Director Ada Lind said.", f"{_FLOOD} the museum's chief said."),
    ],
)
def test_an_office_the_person_may_hold_is_no_second_speaker(first: str, second: str) -> None:
    assert _speaker_conflicts(first, second) == []


# --- a person described, then named, after the verb -------------------------------------------


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said his wife, Dana Vasko, as she left the gallery.", "Dana Vasko"),
        ("said the harbour master, Olof Brink.", "Olof Brink"),
        ("said a neighbour, Ruth Aalders, who saw the crash.", "Ruth Aalders"),
    ],
)
def test_a_person_described_then_named_after_the_verb_is_the_speaker(
    tail: str, speaker: str
) -> None:
    assert _speakers(f"“He will not get a fair trial there,” {tail}") == [(speaker, False)]


def test_the_same_words_given_to_a_lawyer_and_to_a_wife_named_so_are_a_speaker_conflict() -> None:
    said = "“He will not get a fair trial there, and everyone in this courtroom knows it,”"
    conflicts = _speaker_conflicts(
        f"{said} his lawyer, Ilse Marchetti, told reporters outside.",
        f"{said} said his wife, Dana Vasko, as she left the public gallery.",
    )
    assert len(conflicts) == 1
    assert sorted(p.value for p in conflicts[0].positions) == ["Dana Vasko", "Ilse Marchetti"]


# --- a body named before its officer's post ----------------------------------------------------


@pytest.mark.parametrize(
    ("quoted", "reported"),
    [
        (
            "“The disturbance is contained and no prisoner has left the site,” said Prison "
            "Service spokesman Colm Reddy.",
            "The Prison Service said the disturbance was contained and no prisoner had escaped.",
        ),
        # the body's name without its first word, in lower case
        (
            "“We expect to have the fire contained by the weekend,” said fire service spokesman "
            "Joel Farrant.",
            "The Harrandale Fire Service said it expected to have the fire contained by the "
            "weekend.",
        ),
        (
            "“We expect to have the fire contained by the weekend,” Harrandale Fire Service "
            "press officer Joel Farrant said.",
            "Harrandale Fire Service said it expected to have the fire contained by the weekend.",
        ),
    ],
)
def test_a_body_named_before_its_officers_post_is_one_voice_with_them(
    quoted: str, reported: str
) -> None:
    quotes = quotes_of(quoted, reported)
    assert carriers(quotes, "contained") == {"a0", "a1"}
    assert quote_conflicts(quotes) == ()


def test_the_same_words_of_a_body_and_its_officer_named_so_are_one_quote() -> None:
    said = "“The disturbance is contained and no prisoner has left the site,”"
    quotes = quotes_of(
        f"{said} said Prison Service spokesman Colm Reddy.",
        f"{said} the Prison Service said in a statement.",
    )
    assert carriers(quotes, "contained") == {"a0", "a1"}
    assert quote_conflicts(quotes) == ()


@pytest.mark.parametrize(
    "said_by",
    [
        "said a spokesman for the Prison Service, Colm Reddy.",
        "Colm Reddy, who speaks for the Prison Service, said.",
        "said Colm Reddy, the Prison Service's spokesman.",
        "said the Prison Service's Colm Reddy.",
        "a Prison Service spokesman, Colm Reddy, said.",
        "said Colm Reddy, a spokesman for the service.",
    ],
)
def test_every_way_of_saying_an_officer_speaks_for_the_body_is_one_voice(said_by: str) -> None:
    said = "“The disturbance is contained and no prisoner has left the site,”"
    for other in (
        f"{said} the Prison Service said in a statement.",
        "The Prison Service said the disturbance was contained and no prisoner had escaped.",
    ):
        quotes = quotes_of(f"{said} {said_by}", other)
        assert carriers(quotes, "contained") == {"a0", "a1"}
        assert quote_conflicts(quotes) == ()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Prison Service's Colm Reddy spoke at the gate.", "Colm Reddy"),
        ("Harwick Council's Moira Tennant Lowe opened the library.", "Moira Tennant Lowe"),
    ],
)
def test_a_name_after_an_owner_is_the_persons_alone(text: str, person: str) -> None:
    index = build_index(articles_of((text,)))
    assert index.is_person(person)
    assert index.canonical(person.rsplit(maxsplit=1)[-1]) == person


# --- a possessive told in the third person ---------------------------------------------------


@pytest.mark.parametrize(
    ("quoted", "reported"),
    [
        (
            "“This should never have happened, and it is my responsibility,” Anselm Crouch said.",
            "Anselm Crouch repeated that the failure was his own responsibility.",
        ),
        (
            "“We played badly today, and that is my fault,” coach Ema Rolf said.",
            "Ema Rolf said the defeat was her fault.",
        ),
    ],
)
def test_a_short_clause_with_its_possessive_shifted_joins_the_quote(
    quoted: str, reported: str
) -> None:
    assert carriers(quotes_of(quoted, reported), "my") == {"a0", "a1"}


@pytest.mark.parametrize(
    "reported",
    [
        "Ivo Lind said the defeat was his fault.",  # another person
        "Ema Rolf said her family had moved away from the town.",  # another thing of hers
    ],
)
def test_a_possessive_of_another_person_or_thing_does_not_join(reported: str) -> None:
    quotes = quotes_of(
        "“We played badly today, and that is my fault,” coach Ema Rolf said. “My family "
        "suffers too.”",
        reported,
    )
    assert carriers(quotes, "played badly") == {"a0"}


# --- the forms that need a post are left out where the text names none ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leonie Maart of Brunsvik Construction said the crane had been inspected.",
        "Brunsvik Construction's Leonie Maart said the crane had been inspected.",
        "Leonie Maart, speaking for Brunsvik Construction, said the crane was safe.",
        "Leonie Maart said Brunsvik Construction would pay for the repairs.",
        "Leonie Maart, who visited Brunsvik Construction last year, praised its work.",
        "Leonie Maart, a spokeswoman for Brunsvik Construction, said the crane was safe.",
        "Brunsvik Construction chief executive Leonie Maart said the crane was safe.",
        "Director Leonie Maart said Brunsvik Construction was sorry.",
        "director Leonie Maart said Brunsvik Construction was sorry.",
    ],
)
def test_a_text_is_read_for_a_voice_alike_with_and_without_the_post_forms(text: str) -> None:
    person, body, tail = "Leonie Maart", "Brunsvik Construction", "construction"
    every_form = re.search(_speaks_for(person, body, tail, "Brunsvik"), text)
    as_read = re.search(_speaks_for(person, body, tail, "Brunsvik", _may_name_a_post(text)), text)
    assert bool(as_read) == bool(every_form)


def test_a_text_without_a_posts_word_names_no_post_and_one_with_it_may() -> None:
    assert not _may_name_a_post("Leonie Maart of Brunsvik Construction said it was safe.")
    assert _may_name_a_post("Leonie Maart, a spokeswoman for Brunsvik Construction, said so.")
    assert _may_name_a_post("the chairwoman of Brunsvik Construction, Leonie Maart, said so.")
