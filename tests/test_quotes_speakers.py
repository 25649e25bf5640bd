"""Who says a quote, read the ways news brings a speaker in: a pronoun right after the sentence
that has the person speaking, a body named by its first word before its officer's post, and an
officer who gives the body's own stance in reported speech.

Every text here is invented for the tests (places, people, bodies, outlets); each rule has
several wordings, and cases where it must not fire.
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.names import build_index
from bylines.report.quotes import find_occurrences, short_names
from bylines.report.variants import quote_conflicts
from bylines.types import Conflict
from quote_groups import articles_of, carriers, quotes_of


def _speakers(text: str) -> list[tuple[str, bool]]:
    """(speaker, whether a guess) of each quote of one article."""
    articles = articles_of((text,))
    return [(o.speaker, o.pointer) for o in find_occurrences(split_sentences(articles), articles)]


def _speaker_conflicts(*texts: str) -> list[Conflict]:
    return [c for c in quote_conflicts(quotes_of(*texts)) if c.subject.startswith("who said")]


# --- a pronoun right after the sentence that has the person speaking ---------------------------

_LINE = "“Whoever did this knew exactly where to look,”"


@pytest.mark.parametrize(
    ("lead", "attribution", "speaker"),
    [
        (
            "Keeper Dr Ines Halvorsen told the Gazette the brooch was worth a fortune.",
            "she said.",
            "Ines Halvorsen",
        ),
        (
            "Olaf Brenner, head of the lifeboat station at Morrow, said the crew had been out "
            "all night.",
            "he told reporters.",
            "Olaf Brenner",
        ),
        (
            "Harbour master Pia Lundqvist said the quay would stay shut.",
            "she added.",
            "Pia Lundqvist",
        ),
        (
            "Ms Tamsin Vore, who chairs the parish council, explained that the hall was locked.",
            "she said.",
            "Tamsin Vore",
        ),
        # past a sentence that names no one, or goes on with the same person
        (
            "Olaf Brenner told the Gazette the cases were smashed. The alarm had been off.",
            "he said.",
            "Olaf Brenner",
        ),
        (
            "Olaf Brenner said the crew had been out all night. Still, he stayed at the quay.",
            "he said.",
            "Olaf Brenner",
        ),
        # a description, then the name
        (
            "A lecturer at Morrow College, Olaf Brenner, said the crew had done well.",
            "he said.",
            "Olaf Brenner",
        ),
        # a tail: the name right after the verb
        (
            "The crew had been out all night, said Olaf Brenner, who runs the station.",
            "he said.",
            "Olaf Brenner",
        ),
        # a scare quote is no one quoted
        (
            "Olaf Brenner said the crew had been “very lucky” to get back.",
            "he said.",
            "Olaf Brenner",
        ),
    ],
)
def test_a_pronoun_after_a_sentence_of_the_person_speaking_is_no_guess(
    lead: str, attribution: str, speaker: str
) -> None:
    assert _speakers(f"{lead} {_LINE} {attribution}") == [(speaker, False)]


@pytest.mark.parametrize(
    "lead",
    [
        # a deed, not words: the pronoun may yet be someone else's
        "Keeper Dr Ines Halvorsen praised the night staff.",
        # writing a review is no one speaking to the reporter
        "Critic Ines Halvorsen wrote a long review of the show.",
        # the pronoun cannot be that person's
        "Mr Ines Halvorsen told the Gazette the brooch was worth a fortune.",
        "Ines Halvorsen, a spokesman for the museum, said the brooch was worth a fortune.",
        # another person named in between, or pointed to by another pronoun
        "Ines Halvorsen told the Gazette the brooch was priceless. Guard Tomas Rell was on duty.",
        "Ines Halvorsen told the Gazette the brooch was priceless. So did he.",
        # a name after a verb that is no speech, or after a preposition
        "Blair quoted in the Morrow Gazette said the brooch was priceless.",
        "The best candidates are Ines Halvorsen, a keeper, and two others, the board said.",
        "Staff at Ines Halvorsen, the shop next door, said the brooch was priceless.",
    ],
)
def test_a_pronoun_after_no_sentence_of_that_person_speaking_stays_a_guess(lead: str) -> None:
    found = _speakers(f"{lead} {_LINE} she said.")
    assert [pointer for _, pointer in found] == [True]


def test_a_pronoun_after_a_sentence_quoting_someone_follows_the_quote_rules() -> None:
    text = f"“The doors were all open at dawn,” Olaf Brenner told the Gazette. {_LINE} she said."
    # the sentence before is a quote of its own: the pronoun is read as before, a guess
    assert [pointer for _, pointer in _speakers(text)] == [False, True]


@pytest.mark.parametrize(
    ("lead", "other"),
    [
        (
            "Keeper Dr Ines Halvorsen told the Gazette the brooch was worth a fortune.",
            "Inspector Marek Dunn told the Courier.",
        ),
        (
            "Carla Oyelaran, director of operations at Fenby Water, said the notice would last "
            "days.",
            "said Dr Jonas Pirrie, the county's director of public health.",
        ),
    ],
)
def test_words_given_to_a_person_so_brought_in_and_to_another_are_a_speaker_conflict(
    lead: str, other: str
) -> None:
    conflicts = _speaker_conflicts(f"{lead} {_LINE} she said.", f"{_LINE} {other}")
    assert len(conflicts) == 1
    assert len(conflicts[0].positions) == 2


def test_the_same_person_brought_in_by_a_pronoun_and_named_is_no_speaker_conflict() -> None:
    quotes = quotes_of(
        f"Keeper Dr Ines Halvorsen told the Gazette the brooch was worth a fortune. {_LINE} "
        "she said.",
        f"{_LINE} said Ines Halvorsen, keeper of the museum.",
    )
    assert carriers(quotes, "where to look") == {"a0", "a1"}
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


# --- a body named by its first word before its officer's post ----------------------------------


@pytest.mark.parametrize(
    "reported",
    [
        "Brightwater's spokeswoman, Olga Marsh, said her thoughts were with the families of "
        "the passengers.",
        "Olga Marsh, Brightwater's spokeswoman, said her thoughts were with the families of "
        "the passengers.",
        "Brightwater's chief executive Olga Marsh said her thoughts were with the families of "
        "the passengers.",
    ],
)
def test_an_officer_of_a_body_named_by_its_first_word_speaks_for_it(reported: str) -> None:
    quotes = quotes_of(
        "“Our thoughts are with the families of the passengers tonight,” Brightwater Coach "
        "Lines said in a statement.",
        reported,
    )
    assert carriers(quotes, "families of the passengers") == {"a0", "a1"}
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


def test_a_first_word_that_opens_two_names_names_neither_alone() -> None:
    texts = (
        "Hallerby Town met on Friday. Hallerby Police closed the road.",
        "Tolvik Ferry Lines said the crossing was cancelled.",
    )
    shorts = short_names(build_index(articles_of(texts)))
    assert shorts["Tolvik Ferry Lines"] == "Tolvik"
    assert "Hallerby Town" not in shorts
    assert "Hallerby Police" not in shorts


def test_an_officer_of_another_body_that_shares_a_first_word_is_another_voice() -> None:
    quotes = quotes_of(
        "“Our thoughts are with the families of the passengers tonight,” Hallerby Town said "
        "in a statement.",
        "Hallerby's spokeswoman, Olga Marsh, said her thoughts were with the families of the "
        "passengers. Hallerby Police closed the road.",
    )
    assert carriers(quotes, "families of the passengers") == {"a0"}


# --- an officer who gives the body's own stance in reported speech ------------------------------


@pytest.mark.parametrize(
    ("quote", "reported", "words"),
    [
        (
            "“We are deeply sorry to every family who was caught up in this,” Norvale Rovers "
            "said in a statement.",
            "Club chief executive Hanna Obi said Norvale Rovers was deeply sorry to every family "
            "caught up in the crush.",
            "deeply sorry",
        ),
        (
            "“We will pay for every repair to the flooded homes,” Kestrel Water said.",
            "Maya Trent, the firm's operations director, said that Kestrel Water would pay for "
            "every repair to the flooded homes.",
            "every repair",
        ),
        (
            "“We will pay for every repair to the flooded homes,” Kestrel Water said.",
            "Operations director Maya Trent told the Ledger Kestrel Water would pay for every "
            "repair to the homes that flooded.",
            "every repair",
        ),
    ],
)
def test_an_officer_giving_the_bodys_stance_speaks_for_it(
    quote: str, reported: str, words: str
) -> None:
    quotes = quotes_of(quote, reported)
    assert carriers(quotes, words) == {"a0", "a1"}
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


@pytest.mark.parametrize(
    "reported",
    [
        # a claim about what the body had done: anyone may make it
        "Club chief executive Hanna Obi said Norvale Rovers had been deeply sorry to every "
        "family caught up in the crush.",
        # no post: a fan, not an officer
        "Hanna Obi, who was at the match, said Norvale Rovers was deeply sorry to every family "
        "caught up in the crush.",
    ],
)
def test_a_person_saying_what_a_body_feels_without_a_post_is_another_voice(
    reported: str,
) -> None:
    quotes = quotes_of(
        "“We are deeply sorry to every family who was caught up in this,” Norvale Rovers said "
        "in a statement.",
        reported,
    )
    assert carriers(quotes, "deeply sorry to every family who") == {"a0"}


def test_two_named_officers_of_one_body_are_two_voices() -> None:
    said = "“The cracks in the bridge were reported to us in March,”"
    conflicts = _speaker_conflicts(
        f"{said} said Olga Marsh, Brightwater's spokeswoman.",
        f"{said} said Jon Hale, Brightwater's chief engineer.",
    )
    assert len(conflicts) == 1


# --- a post after the name: the person the article named with it --------------------------------

_WORDS = "“Whoever broke in knew exactly which cases to open,”"


@pytest.mark.parametrize(
    ("lead", "attribution", "speaker"),
    [
        ("Curator Ada Lindqvist opened the doors at nine.", "the curator said.", "Ada Lindqvist"),
        (
            "Ada Lindqvist, the museum's curator, met the press.",
            "the curator told the Echo.",
            "Ada Lindqvist",
        ),
        (
            "The museum's curator, Ada Lindqvist, met the press.",
            "said the museum's curator.",
            "Ada Lindqvist",
        ),
        (
            "Police were led by Inspector Tomas Barr.",
            "the inspector told reporters.",
            "Tomas Barr",
        ),
    ],
)
def test_a_post_the_article_gave_one_person_is_that_person(
    lead: str, attribution: str, speaker: str
) -> None:
    ((found, pointer),) = _speakers(f"{lead} Later, {_WORDS} {attribution}")
    assert speaker in found
    assert not pointer


@pytest.mark.parametrize(
    ("lead", "attribution"),
    [
        # two people named with that post: either may be meant
        ("Inspector Tomas Barr and Inspector Ivo Kell arrived.", "the inspector said."),
        # no one named with it in the article
        ("The doors opened at nine.", "the curator said."),
        # "a spokesman" may be another than the one named
        ("Spokesman Ivo Kell arrived.", "a spokesman said."),
        # a body is no one person's post
        ("Police Inspector Tomas Barr arrived.", "the police said."),
        # a plural is no one person's post
        ("Party leaders Tomas Barr and Ivo Kell met the press.", "the two party leaders wrote."),
    ],
)
def test_a_post_the_article_gave_no_one_or_two_people_names_no_one_surely(
    lead: str, attribution: str
) -> None:
    ((found, pointer),) = _speakers(f"{lead} Later, {_WORDS} {attribution}")
    # at most a guess (as a pronoun is), never a named speaker
    assert pointer or not any(name in found for name in ("Tomas Barr", "Ivo Kell"))


def test_words_of_a_post_so_named_and_of_another_person_are_a_speaker_conflict() -> None:
    conflicts = _speaker_conflicts(
        f"Curator Ada Lindqvist opened the doors at nine. Later, {_WORDS} the curator said.",
        f"{_WORDS} said Inspector Tomas Barr.",
    )
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    "text",
    [
        f"According to curator Ada Lindqvist, {_WORDS[:-2]}.”",
        f"{_WORDS} said the museum's curator, Ada Lindqvist.",
        f"{_WORDS} the museum's curator, Ada Lindqvist, said.",
        f"{_WORDS[:-2]},” according to Ada Lindqvist, the curator.",
    ],
)
def test_a_speaker_named_around_a_post_or_after_according_to(text: str) -> None:
    assert _speakers(text) == [("Ada Lindqvist", False)]


# --- a spokesperson of a body the story names only by a common noun ----------------------------


@pytest.mark.parametrize(
    "spokesperson",
    [
        "a company spokesman told the Ledger.",
        "said a spokeswoman for the firm.",
        "a spokesperson for the operator said.",
    ],
)
def test_a_spokesperson_for_the_company_and_the_company_are_one_voice(spokesperson: str) -> None:
    said = "“We are sorry for the disruption and we are working around the clock,”"
    quotes = quotes_of(f"{said} Fenmoor Water said in a statement.", f"{said} {spokesperson}")
    assert carriers(quotes, "around the clock") == {"a0", "a1"}
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


@pytest.mark.parametrize(
    "spokesperson", ["a council spokesman said.", "said a spokeswoman for the council."]
)
def test_a_spokesperson_and_a_person_with_a_post_of_their_own_are_two_voices(
    spokesperson: str,
) -> None:
    said = "“Nobody will lose their home because of the flood,”"
    conflicts = _speaker_conflicts(
        f"Mayor Ove Tranberg visited the estate. {said} Mayor Ove Tranberg said.",
        f"{said} {spokesperson}",
    )
    assert len(conflicts) == 1


# --- a post before a last name is no given name -------------------------------------------------

_TIDE = (
    "“The tide turned faster than anyone expected, and the boat was pushed onto the rocks,” "
    "said coastguard commander Iona Reith."
)


@pytest.mark.parametrize("written", ["Commander Reith", "Inspector Reith", "Curator Reith"])
def test_reported_words_of_a_post_and_a_last_name_join_the_persons_quote(written: str) -> None:
    quotes = quotes_of(
        _TIDE,
        "The boat was pushed onto the rocks as the tide turned faster than anyone expected, "
        f"said {written}.",
    )
    assert carriers(quotes, "faster than anyone") == {"a0", "a1"}


def test_reported_words_of_a_namesake_with_another_given_name_stay_apart() -> None:
    quotes = quotes_of(
        _TIDE,
        "The boat was pushed onto the rocks as the tide turned faster than anyone expected, "
        "said Tomas Reith.",
    )
    assert carriers(quotes, "faster than anyone") == {"a0"}


# --- a named officer and an unnamed one of the same body ------------------------------------------

_LINE_RAIL = "“We will not reopen the line until every bridge has been checked,”"


@pytest.mark.parametrize(
    "unnamed",
    ["a Carrow Rail spokesperson said.", "said a spokesman for Carrow Rail."],
)
def test_a_named_and_an_unnamed_spokesperson_of_one_body_are_one_voice(unnamed: str) -> None:
    quotes = quotes_of(
        f"{_LINE_RAIL} said Rhona Gillis, a spokeswoman for Carrow Rail.", f"{_LINE_RAIL} {unnamed}"
    )
    assert carriers(quotes, "every bridge") == {"a0", "a1"}
    assert not [c for c in quote_conflicts(quotes) if c.subject.startswith("who said")]


def test_two_named_spokespeople_of_one_body_are_two_voices() -> None:
    conflicts = _speaker_conflicts(
        f"{_LINE_RAIL} said Rhona Gillis, a spokeswoman for Carrow Rail.",
        f"{_LINE_RAIL} said Ivo Dalgaard, a spokesman for Carrow Rail.",
    )
    assert len(conflicts) == 1


def test_a_quote_standing_alone_after_a_tail_attribution_is_the_tails_speakers() -> None:
    """The sentence before names a company, then its speaker after the verb: the quote that
    stands alone next is the speaker's, not the company's."""
    speakers = _speakers(
        "Small graphics makers have suffered as buyers move to chips sold by Tamsk Systems, said "
        'analyst Bo Chan.\n"A tie-up with Velmar lets Orrin move towards integrated chips."'
    )
    assert [name for name, _ in speakers] == ["Bo Chan"]


# --- a name after the verb, then when or where it was said ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The water is falling at last," said county engineer Rhona Best on Tuesday night.',
            "Rhona Best",
        ),
        (
            '"Nobody could have stopped it," said harbour master Ewan Crill in Portlea.',
            "Ewan Crill",
        ),
        (
            '"We will rebuild the pier," said Mayor Idris Vane at a meeting in March.',
            "Idris Vane",
        ),
        (
            '"The line is safe," said Signe Holt of the Rail Board after Friday\'s inspection.',
            "Signe Holt",
        ),
    ],
)
def test_a_day_or_place_after_the_speakers_name_is_not_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


# --- a second verb of the same subject after an earlier short quote ----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Kit Amble said rangers were "holding the road" in the west but warned: '
            '"We cannot keep it open all week."',
            "Kit Amble",
        ),
        (
            'Coach operator Nell Farrow called the delays "a disgrace" and added: '
            '"Our drivers have done nothing wrong."',
            "Nell Farrow",
        ),
    ],
)
def test_a_quote_after_but_or_and_belongs_to_the_sentences_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The port must reopen," said an editorial Saturday in the daily Kestrel.', "Kestrel"),
        ('"The count is not finished," said the ministry on Sunday.', "ministry"),
        # a post's name with "at" inside is no place (review16b); a surname alone is a name
        ('"We will rebuild," said Mayor Dale in Portlea on Tuesday.', "Mayor Dale"),  # (review16c)
        (
            '"We need more doctors," said Professor of Medicine at Dunmore University Rosa Tell.',
            "Rosa Tell",
        ),
        # a person of an organisation keeps it ("one woman in Tarvia" is a place's)
        (
            '"The water is safe," an official from the Varn Health Ministry said.',
            "Varn Health Ministry",
        ),
    ],
)
def test_a_day_or_a_body_around_a_name_reads_as_it_should(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


# --- what stands around a speaker is not their name --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person described, then where: not the place
        (
            'The quake hit Tarvia Island on Sunday. "I saw an injured man with blood on his '
            'shirt," one woman in Tarvia told reporters.',
            "one woman",
        ),
        # a body whose head is a common noun: not a name its first word is part of
        (
            'The Varrow Cathedral was full. "A night of joy was turned into a tragedy," the '
            "Varrow city council said in a statement.",
            "Varrow city council",
        ),
        # a post of a named country after the person's name: the person
        (
            '"He is ill, and in a few days he will be 83," Ramon Vidal, Tarvia\'s deputy '
            "foreign minister, said after visiting him.",
            "Ramon Vidal",
        ),
        # a time before the subject, an infinitive after it
        (
            'Minister Ivo Rask spoke on Monday. Last week he said: "We will consider whether '
            'the offences were political in character."',
            "Ivo Rask",
        ),
        (
            "Judge Ada Lind spoke for an hour. He went on to say that the court must "
            '"follow the law as it is written, every word of it."',
            "Ada Lind",
        ),
    ],
)
def test_places_bodies_posts_and_times_around_a_speaker_are_not_the_speaker(
    text: str, speaker: str
) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


# --- a member of the public titled by what they were, and one of a group named after a comma ----

_SAID = "“The lights went out and then the whole ceiling came down,”"


@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        ("Listener Tobias Wrenfield was in the stalls.", "he", "Tobias Wrenfield"),
        ("Commuter Oriel Haskett had waited two hours at Dunmarsh.", "he", "Oriel Haskett"),
        ("Viewer Maud Pellow rang the station on Friday.", "she", "Maud Pellow"),
        ("Listener Gwen Mabry was in the stalls.", "she", "Gwen Mabry"),
    ],
)
def test_a_public_role_before_a_name_is_no_word_of_the_speakers_name(
    lead: str, pronoun: str, speaker: str
) -> None:
    text = f"The roof of the Kelmarsh Playhouse gave way on Friday. {lead} {_SAID} {pronoun} said."
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said one, Oriel Haskett.", "Oriel Haskett"),
        ("said another, Oriel Haskett, who had come from Lenby.", "Oriel Haskett"),
        ("said one of them, Oriel Haskett.", "Oriel Haskett"),
    ],
)
def test_one_of_a_group_named_after_the_verb_is_the_speaker(attribution: str, speaker: str) -> None:
    text = f"Passengers at Dunmarsh waited for hours on Monday. {_SAID} {attribution}"
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Commuter Tobias Wrenfield.", "Tobias Wrenfield"),
        # a body whose name opens with such a word keeps it
        ("said Commuter Rail Services.", "Commuter Rail Services"),
        ("said Spectator Sports Trust in a statement.", "Spectator Sports Trust"),
        ("said Resident Doctors Association.", "Resident Doctors Association"),
    ],
)
def test_a_public_role_is_dropped_from_a_persons_name_only(attribution: str, speaker: str) -> None:
    text = f"Passengers at Dunmarsh waited for hours on Monday. {_SAID} {attribution}"
    assert [s for s, _ in _speakers(text)] == [speaker]
