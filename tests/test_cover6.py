"""Citations reach every outlet stating a fact (issue 7, items 1-2), sixth round: 'only in X'
is doubted wherever another outlet gives the same figure, time of day or count of people in
other words, even where the two units are too far apart in wording to cite it; a cause not yet
known, however it is said, is one fact; "the couple who died", "both men" and "the death toll
rose to three" are counts of people; an organisation and the person named as speaking for it are
one speaker; an age and the year it counts from are read alike.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.align import (
    LARGE_COUNT,
    FactLinks,
    _age_and_year_pairs,
    _same_figure_pairs,
    cause_unknown,
    event_counts,
)
from bylines.report.values import Reading
from bylines.report.verify import (
    _denies,
    _gives_shown_figures,
    _named_as_employer,
    _other_values,
)
from bylines.types import Sentence
from model_reports import claim, report


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # one length of time in other units
        (
            "Witnesses at the Marlow tribunal were heard for 14 days in all.",
            "Judge Orla Fenn gave her ruling on the fraud after a two-week hearing.",
        ),
        # one time of day written two ways
        (
            "The raid on the Tessel jewellers happened at twenty to five in the morning.",
            "The gang smashed the shop window on Quay Row at 4:40 am, according to police.",
        ),
        # one share, in another sentence about it
        (
            "The warning signs were a fixed 7% yield and payments sent through a shell firm.",
            "The Carrowmore scheme failed in 2025 after promising its savers 7% a year.",
        ),
    ],
)
def test_a_figure_read_alike_is_no_exclusive(models: Models, shown: str, other: str) -> None:
    briefing = report(
        models,
        (
            f"The Pelling case went to court in spring. {shown}",
            f"A long saga ended in Pelling on Tuesday. {other}",
        ),
    )
    restated = claim(briefing, shown[:30])
    assert restated.coverage != "one"
    # too far apart in words to cite the other outlet for them
    assert restated.sources == ("a0",)


def test_a_month_alike_is_no_shared_fact(models: Models) -> None:
    briefing = report(
        models,
        (
            "The council in Harnby voted to close two libraries. "
            "A final decision on which branches close will be made in June.",
            "Harnby council backed its savings plan on Thursday night. "
            "Parking charges in the town centre will rise by 8 per cent from June.",
        ),
    )
    assert claim(briefing, "final decision").coverage == "one"
    assert claim(briefing, "Parking charges").coverage == "one"


@pytest.mark.parametrize(
    "text",
    [
        "It is too early to say what caused the derailment at Brannock.",
        "Investigators have not yet established the source of ignition.",
        "Nobody yet knows why the barge sank off Quillan Head.",
        "The reason for the flooding of the tunnel remains unclear.",
        '"We will not speculate on a cause," the chief fire officer said.',
        "What sparked the blaze in the Merrow warehouse is under investigation.",
        "Engineers are still trying to establish why the crane toppled.",
    ],
)
def test_a_cause_not_yet_known_is_read_in_its_many_wordings(text: str) -> None:
    assert cause_unknown(text) == {"cause unknown"}


@pytest.mark.parametrize(
    "text",
    [
        # a cause given, or something else not known
        "The fire was caused by a faulty heater in the kitchen.",
        "Police said the driver had not been named.",
        "It is not yet known how many people were on board.",
        "The reason for the delay was a signal failure at Orrin.",
        # 'caused' is what happened; what is not known is another thing
        "The storm caused damage whose full cost is not yet known.",
    ],
)
def test_a_cause_given_or_another_unknown_is_no_cause_unknown(text: str) -> None:
    assert cause_unknown(text) == frozenset()


def test_two_wordings_of_a_cause_unknown_deny_nothing_of_each_other() -> None:
    read = Reading()
    first = "Police said it was too early to say what had caused the blast at the Tarn mill."
    second = "Safety inspectors have not yet established the source of ignition."
    assert not _denies(first, second, read)
    assert not _denies(second, first, read)
    # a negation of the fact itself still denies it
    assert _denies("The mill will reopen on Monday.", "The mill will not reopen on Monday.", read)


def test_outlets_saying_in_other_words_that_the_cause_is_unknown_are_cited(
    models: Models,
) -> None:
    briefing = report(
        models,
        (
            "A gas tank exploded at the Ferrow bottling plant on Friday. "
            "Nine workers were taken to hospital with burns. "
            "Officials said it was too early to say what had caused the explosion.",
            "An explosion tore through a bottling plant in Ferrow on Friday morning. "
            "Nine staff were treated in hospital for burns. "
            "Inspectors have not yet established the source of ignition.",
        ),
    )
    assert claim(briefing, "too early to say").sources == ("a0", "a1")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The couple who died, Mara and Ivo Brandt, had run the inn for years.", (2.0, "die")),
        ("Both climbers who went missing on the Serrat ridge were experienced.", (2.0, "missing")),
        ("Both of the prisoners who escaped from Hallow jail were caught.", (2.0, "escape")),
        (
            "The death toll from the fire at the Orrin flats rose to five on Tuesday.",
            (5.0, "die"),
        ),
        ("The toll has now reached 11, the regional governor said.", (11.0, "die")),
        ("The number of injured in Carrow now stands at 14.", (14.0, "injure")),
    ],
)
def test_a_pair_or_a_toll_is_a_count_of_people(text: str, count: tuple[float, str]) -> None:
    assert count in event_counts(text, Reading())


@pytest.mark.parametrize(
    "text",
    [
        "Both sides said the talks in Varrow went well.",
        "Rescuers found a couple sheltering in a barn near Ebbing.",
        "The toll road to Carrow reached 12 lanes at the bridge.",
        "The death toll is expected to rise, officials in Marrow said.",
    ],
)
def test_no_pair_or_toll_where_none_is_counted(text: str) -> None:
    assert not {c for c in event_counts(text, Reading()) if c[0] == 2.0 or c[1] == "die"}


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            '"The climber was lucky," said Ola Brant, spokeswoman for Fennick Mountain Rescue.',
            'Fennick Mountain Rescue said: "The climber was lucky."',
        ),
        (
            '"Our thoughts are with the family," said Ivo Sarn, speaking for Dallow Cranes.',
            'Dallow Cranes said in a statement: "Our thoughts are with the family."',
        ),
        (
            "Harrow Lifts said it was cooperating fully with the inspectors.",
            '"We are cooperating fully with the inspectors," said Nell Orde, a spokeswoman for'
            " Harrow Lifts.",
        ),
        (
            '"We are proud the bell is home," said Tam Voss, head of press at Keel & Barrow.',
            'Keel & Barrow said: "We are proud the bell is home."',
        ),
    ],
)
def test_a_speaker_for_an_organisation_speaks_as_it(shown: str, other: str) -> None:
    read = Reading()
    assert not [m for m in _other_values(shown, other, read) if m.subject == "speaker"]
    assert not [m for m in _other_values(other, shown, read) if m.subject == "speaker"]


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # another organisation, or another person with no organisation named
        (
            '"The climber was lucky," said Ola Brant, spokeswoman for Fennick Mountain Rescue.',
            'Carrow Coastguard said: "The climber was lucky."',
        ),
        (
            '"The climber was lucky," said Ola Brant, spokeswoman for Fennick Mountain Rescue.',
            '"The climber was lucky," said Edda Morn.',
        ),
        # the organisation named, but not as the one the speaker speaks for
        (
            '"The climber was lucky," said Edda Morn, who thanked Fennick Mountain Rescue.',
            'Fennick Mountain Rescue said: "The climber was lucky."',
        ),
    ],
)
def test_another_organisation_or_person_is_still_another_speaker(shown: str, other: str) -> None:
    read = Reading()
    assert [m for m in _other_values(shown, other, read) if m.subject == "speaker"]


def test_an_organisation_and_its_spokeswoman_are_cited_for_one_quote(models: Models) -> None:
    briefing = report(
        models,
        (
            "A walker missing for two days on Brack Fell was found alive on Sunday. "
            '"She was cold, tired and very lucky," said Ola Brant, spokeswoman for Fennick '
            "Mountain Rescue.",
            "Rescuers found a missing walker alive on Brack Fell on Sunday. "
            'Fennick Mountain Rescue said: "She was cold, tired and very lucky."',
        ),
    )
    quoted = [c for c in briefing.claims if "very lucky" in c.text]
    assert quoted
    assert all(c.sources == ("a0", "a1") for c in quoted)


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        ("Two pensioners from Ebbing died at the scene.", "A man and a woman died on the quay."),
        ("The couple who died had run the Ebbing inn.", "Two pensioners from Ebbing died."),
        ("Both men who escaped from Hallow jail are back in custody.", "Two inmates escaped."),
    ],
)
def test_a_count_of_people_in_other_words_gives_the_figure(shown: str, other: str) -> None:
    read = Reading()
    first, second = _sentence("a1", shown), _sentence("a2", other)
    assert _gives_shown_figures(first, second, FactLinks({}, {}), read)


def test_another_count_of_people_gives_no_figure() -> None:
    read = Reading()
    first = _sentence("a1", "Two pensioners from Ebbing died at the scene.")
    second = _sentence("a2", "Three people died on the quay.")
    assert not _gives_shown_figures(first, second, FactLinks({}, {}), read)


def _sentence(article: str, text: str) -> Sentence:
    return Sentence(article, 0, text, 0, len(text))


def test_a_large_count_pairs_whatever_its_noun_only_for_doubt() -> None:
    texts = [
        "Harrowby Mutual has 1,400,000 members and 52 branches.",
        "The records of 90,000 savers were taken, out of a total of 1.4 million.",
        "Some 140 workers staff the call centre.",
        "The quake was followed by 140 aftershocks.",
    ]
    articles = ["a", "b", "a", "b"]
    read = Reading()
    loose = _same_figure_pairs(texts, articles, read, any_noun_from=LARGE_COUNT)
    assert (0, 1) in loose
    assert (1, 0) in loose
    # a small count names another thing as often as the same one
    assert (2, 3) not in loose
    # to link (and so cite), a count still needs a word of its slot in common
    assert (0, 1) not in _same_figure_pairs(texts, articles, read)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The mill opened 52 years ago as the town's first factory.", "The mill opened in 1975."),
        ("The ferry is eighteen years old.", "The ferry was launched at Orrin in 2009."),
        ("The 31-year-old's appeal was heard on Friday.", "Brandt, born in 1996, appealed."),
        ("There has been no flood like it here for 40 years.", "It is the worst since 1987."),
    ],
)
def test_an_age_and_the_year_it_counts_from_are_read_alike(first: str, second: str) -> None:
    pairs = _age_and_year_pairs(
        [first, second], ["a", "b"], {"a": (2027,), "b": (2027,)}, Reading()
    )
    assert pairs == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another year, or a length of time that is no age
        ("The ferry is eighteen years old.", "The ferry was launched at Orrin in 2001."),
        ("He was handed a four-year ban.", "He was first tested in 2023."),
        # 'within' and 'again' end in 'in' but say no time ago
        ("The pier must be rebuilt within 10 years.", "The pier was opened in 2017."),
        # one article alone
        ("The mill opened 52 years ago.", "The mill opened in 1975."),
    ],
)
def test_no_age_and_year_alike_otherwise(first: str, second: str) -> None:
    articles = ["a", "a"] if "mill" in first else ["a", "b"]
    pairs = _age_and_year_pairs([first, second], articles, {"a": (2027,), "b": (2027,)}, Reading())
    assert pairs == []


@pytest.mark.parametrize(
    ("negative", "positive"),
    [
        ("None of the passengers was injured.", "The passengers walked off the ferry unhurt."),
        ("Nobody on the bus was hurt.", "All 30 people on the bus escaped unharmed."),
        ("The crew were not injured, the coastguard said.", "The crew are uninjured."),
    ],
)
def test_not_hurt_in_one_word_is_no_denial_of_a_negated_injury(
    negative: str, positive: str
) -> None:
    read = Reading()
    assert not _denies(negative, positive, read)
    assert not _denies(positive, negative, read)


def test_a_word_for_not_hurt_leaves_other_denials() -> None:
    read = Reading()
    # the negation is of another thing said: still a denial
    assert _denies("The driver was unhurt and the road reopened.", "The road did not reopen.", read)


def test_a_word_for_not_hurt_beside_injuries_is_still_a_denial() -> None:
    read = Reading()
    negative = "No one was injured in the crash."
    positive = "Three passengers were injured in the crash, though the driver was unhurt."
    assert _denies(negative, positive, read)
    assert _denies(positive, negative, read)


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the fire has not yet been established, police said.",
        "Police do not yet know what caused the crash.",
    ],
)
def test_more_wordings_of_a_cause_unknown(text: str) -> None:
    assert cause_unknown(text) == {"cause unknown"}


@pytest.mark.parametrize(
    "said",
    [
        "said Tom Hale, a longtime critic of Carrow Council.",
        "said Ada Lind, a resident from Carrow Council's estate.",
    ],
)
def test_a_critic_or_a_resident_does_not_speak_for_the_body(said: str) -> None:
    assert not _named_as_employer(frozenset({"Carrow", "Council"}), said)


@pytest.mark.parametrize(
    "said",
    [
        "said Ada Lind, a spokeswoman for Carrow Council.",
        "said Ivo Roos, head of press at Carrow Council.",
        "said Ivo Roos, speaking for Carrow Council.",
    ],
)
def test_a_post_or_speaking_for_a_body_names_its_employer(said: str) -> None:
    assert _named_as_employer(frozenset({"Carrow", "Council"}), said)
