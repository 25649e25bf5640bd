"""A quote's speaker named in the sentence after it, the way radio and TV scripts open on a
voice and then say whose it was ("..." / "That's Ada Roos, the beach warden."), read only where
that sentence points back and names a person; and a report where a broadcaster and two papers
give the same words to two people. Every text here is invented (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of
from test_quotes_speakers import _speakers

_WORDS = '"Nobody told us the rack could tip over in that wind."'
_AFTER = " The Tarnholm display was stopped at eight o'clock."


@pytest.mark.parametrize(
    ("pointer", "speaker"),
    [
        ("That's Nadia Okwuosa, the beach warden at Pellin Cove.", "Nadia Okwuosa"),
        ("That’s Nadia Okwuosa.", "Nadia Okwuosa"),
        ("That was Lorna Gethin, who was at the display with her two sons.", "Lorna Gethin"),
        ("That's lorry driver Teodor Markovic, who was caught up in the crash.", "Teodor Markovic"),
        ("Those were the words of Priya Mallow, who runs the lifeguard team.", "Priya Mallow"),
        ("The words of Priya Mallow, who runs the lifeguard team.", "Priya Mallow"),
        ("That was the voice of Idris Fenwhistle, the display's organiser.", "Idris Fenwhistle"),
        ("Speaking there, Idris Fenwhistle, the display's organiser.", "Idris Fenwhistle"),
        ("Idris Fenwhistle speaking to us earlier.", "Idris Fenwhistle"),
        ("Idris Fenwhistle, the display's organiser, speaking to us earlier.", "Idris Fenwhistle"),
        ("That's Nadia Okwuosa speaking to Vale TV a short time ago.", "Nadia Okwuosa"),
    ],
)
def test_a_sentence_pointing_back_at_a_quote_names_its_speaker(pointer: str, speaker: str) -> None:
    assert _speakers(f"{_WORDS}\n{pointer}{_AFTER}") == [(speaker, False)]


@pytest.mark.parametrize(
    "following",
    [
        "That's the third time this year.",
        "That was the last train out of Ostrevane.",
        "That's what police want to know.",
        "That's why Nadia Okwuosa left the beach.",
        "That's where Nadia Okwuosa was standing, the police say.",
        "That was Kilvanney Council's view.",
        # a reporter signing off is no speaker
        "This is Nadia Okwuosa, Vale TV, at Pellin Cove.",
    ],
)
def test_a_sentence_pointing_back_without_naming_a_person_gives_no_speaker(following: str) -> None:
    assert _speakers(f"{_WORDS}\n{following}{_AFTER}") == [("", False)]


def test_a_quote_with_its_own_attribution_keeps_its_speaker() -> None:
    text = (
        '"Nobody told us the rack could tip over in that wind," Idris Fenwhistle said.\n'
        "That's Nadia Okwuosa's view too, she says." + _AFTER
    )
    assert _speakers(text) == [("Idris Fenwhistle", False)]
    text = f"Idris Fenwhistle said: {_WORDS}\nThat was Nadia Okwuosa.{_AFTER}"
    assert _speakers(text) == [("Idris Fenwhistle", False)]


def test_a_quote_inside_a_sentence_of_other_words_is_not_given_to_the_next_sentence() -> None:
    text = f"Pinned to the gate was a card with the line {_WORDS}\nThat was Nadia Okwuosa.{_AFTER}"
    assert _speakers(text) == [("", False)]


# --- a broadcaster and two papers give the same words to two people -----------------------------

_TV = (
    "Tarnholm fireworks: nine hurt\n"
    '"The rack was never pinned to the ground, and everyone on the crew knew it."\n'
    "That's Orla Penhallow, the display's safety officer, speaking to us a short time ago.\n"
    "Nine people were hurt when a rack of rockets fell over at the Tarnholm display on Saturday.\n"
    "The display was stopped at eight o'clock.\n"
)
_PAPER = (
    "Nine hurt as rockets hit Tarnholm crowd\n"
    "Nine people were hurt when a rack of rockets fell over at the Tarnholm display on Saturday.\n"
    'Gareth Tolley, who organised the display, said: "The rack was never pinned to the ground, '
    'and everyone on the crew knew it."\n'
    "Tolley said the organisers would review every step.\n"
)
_WIRE = (
    "Rockets injure nine in Tarnholm\n"
    "A rack of rockets fell over at the Tarnholm display on Saturday, hurting nine people.\n"
    '"The rack was never pinned to the ground, and everyone on the crew knew it," Gareth Tolley '
    "said.\n"
    "Tolley said the organisers would review every step.\n"
)


@pytest.fixture(scope="module")
def fireworks() -> Report:
    return report_of(
        (_TV, "2031-11-06T07:00"), (_PAPER, "2031-11-06T09:00"), (_WIRE, "2031-11-06T10:00")
    )


def test_the_same_words_given_to_two_people_are_a_speaker_conflict(fireworks: Report) -> None:
    found = [c for c in fireworks.conflicts if c.subject.startswith("who said")]
    assert [{p.value: p.sources for p in c.positions} for c in found] == [
        {"Gareth Tolley": ("a1", "a2"), "Orla Penhallow": ("a0",)}
    ]


def test_the_broadcaster_is_not_cited_for_the_words_of_another_person(fireworks: Report) -> None:
    naming = [s for s in fireworks.summary if "Gareth Tolley" in s.text]
    assert naming
    assert all("a0" not in s.sources for s in naming)


# --- sentences after a quote that point back but do not name its voice --------------------------


@pytest.mark.parametrize(
    "following",
    [
        # a reporter signing off, not the voice of the clip before
        "That was Nadia Okwuosa, reporting from Pellin Cove.",
        "That was our correspondent Nadia Okwuosa.",
        "That's Nadia Okwuosa, Vale TV News, Pellin Cove.",
        # words before the name that make a clause about the person, not a post
        "That's because Teodor Markovic, the club's owner, refused to pay the debts.",
        "That was after Teodor Markovic, the owner, pulled out of the deal.",
        "That's unlike Teodor Markovic, who wanted to keep the ground.",
        "That's just like Priya Mallow, who shut the library.",
        "That's only Priya Mallow, who leads the opposition.",
        # a cleft about who decides
        "That is Priya Mallow, not the council, who will decide.",
        # a person shown or described, not heard
        "That was Teodor Markovic, 34, a father of two from Ostrevane.",
        "That was Teodor Markovic, with his third goal of the season.",
        "That's Teodor Markovic, left, with the shelter's oldest dog.",
    ],
)
def test_a_sentence_pointing_back_at_someone_it_does_not_hear_gives_no_speaker(
    following: str,
) -> None:
    assert _speakers(f"{_WORDS}\n{following}{_AFTER}") == [("", False)]


_LEAD = "Idris Fenwhistle was furious after the display.\n"


@pytest.mark.parametrize(
    "following",
    [
        # the next sentence has a speaker of its own, saying words of its own
        "Speaking earlier, Teodor Markovic, the rival organiser, said the rack had been fine.",
        "Speaking to us earlier, Teodor Markovic, the rival organiser, said the rack was fine.",
        "Teodor Markovic, the safety officer, speaking at the same event, said the rack was fine.",
        "Teodor Markovic speaking to reporters afterwards called the display badly run.",
    ],
)
def test_a_sentence_with_a_verb_of_its_own_leaves_the_quote_to_the_person_before(
    following: str,
) -> None:
    assert _speakers(f"{_LEAD}{_WORDS}\n{following}{_AFTER}") == [("Idris Fenwhistle", True)]


@pytest.mark.parametrize(
    ("quote", "following"),
    [
        ('"Have you seen this man?"', "That's Teodor Markovic, the hiker missing since Friday."),
        (
            '"He never came home from his shift at the harbour that night."',
            "That was Teodor Markovic, a fisherman from Ostrevane.",
        ),
        # no one speaks in the first person: an appeal, a commentator, a place's account
        (
            '"Somebody must know where this child is tonight."',
            "That's Mirren Astley, the girl missing since Friday.",
        ),
        (
            '"What a finish to the season that was from the striker."',
            "That's Teodor Markovic, the striker who scored the winner.",
        ),
        (
            '"The water came right up to the windows."',
            "That was Pellin Cove, a village of 300 people.",
        ),
        # 'US' in capitals is the country, no one speaking
        (
            '"He was sent back to the US last year without a hearing."',
            "That's Teodor Markovic, the man at the centre of the case.",
        ),
        # a post with a preposition in it names someone else: the victim, the client
        (
            '"I have nothing more to say to anyone."',
            "That was the killer of teacher Mirren Astley, who was jailed for life today.",
        ),
        (
            '"My client will appeal against this verdict."',
            "That was the lawyer for suspect Teodor Markovic.",
        ),
        ('"We will never forget her."', "That was a friend of murdered teacher Mirren Astley."),
    ],
)
def test_a_quote_about_a_third_person_is_not_given_to_the_person_named_after_it(
    quote: str, following: str
) -> None:
    assert _speakers(f"{quote}\n{following}{_AFTER}") == [("", False)]


def test_the_second_piece_of_a_split_quote_stays_with_its_speaker() -> None:
    text = (
        '"We will rebuild the rack stand," Idris Fenwhistle said.\n'
        '"It will be ready again for the spring display."\n'
        "That was Teodor Markovic, the safety officer, who disagreed." + _AFTER
    )
    assert _speakers(text) == [("Idris Fenwhistle", False)]


def test_a_quote_brought_in_by_a_colon_is_not_given_to_the_next_sentence() -> None:
    text = (
        "Idris Fenwhistle, who runs the display team, had a warning for the council:\n"
        '"We will take this to court if the display is banned."\n'
        "That's Teodor Markovic, the council leader, who wants it banned." + _AFTER
    )
    assert _speakers(text) == [("", False)]


def test_a_quote_brought_in_by_a_colon_keeps_the_person_who_brought_it() -> None:
    text = (
        "Idris Fenwhistle had a warning for the council:\n"
        '"We will take this to court if the display is banned."\n'
        "That's Teodor Markovic, the council leader, who wants it banned." + _AFTER
    )
    assert _speakers(text) == [("Idris Fenwhistle", True)]


# --- in a report: no "who said" conflict from a sentence that does not name the voice ------------

_LINE_TV = "The stand was checked twice before the first rocket went up"
_FACT = (
    "Nine people were hurt when a rack of rockets fell over at the Tarnholm display on Saturday."
)


def _tv(lead: str, following: str) -> str:
    return (
        f'Tarnholm display\n{_FACT}\n{lead}\n"{_LINE_TV}."\n{following}\nThe display was stopped.\n'
    )


def _papers() -> tuple[tuple[str, str], ...]:
    paper = (
        f'Tarnholm rockets hurt nine\n{_FACT}\n"{_LINE_TV}," Idris Fenwhistle, the organiser, '
        "said.\n"
    )
    wire = f'Rockets hurt nine\n{_FACT}\nIdris Fenwhistle said: "{_LINE_TV}."\n'
    return (paper, "2031-11-06T09:00"), (wire, "2031-11-06T10:00")


@pytest.mark.parametrize(
    ("lead", "following"),
    [
        (  # a sentence with a speaker and a verb of its own
            "Idris Fenwhistle was furious after the display.",
            "Speaking earlier, Teodor Markovic, the rival organiser, said the rack was fine.",
        ),
        (  # a quote brought in by a colon
            "Idris Fenwhistle had a message for the council:",
            "That's Teodor Markovic, the council leader, who wants the display banned.",
        ),
        (
            "Idris Fenwhistle, who runs the display team, had a message for the council:",
            "That's Teodor Markovic, the council leader, who wants the display banned.",
        ),
        (  # a reporter signing off
            "Idris Fenwhistle was furious after the display.",
            "That was Teodor Markovic, reporting from Tarnholm.",
        ),
        (  # a clause about someone else
            "Idris Fenwhistle was furious after the display.",
            "That's because Teodor Markovic, the stand's owner, refused to pay for a check.",
        ),
    ],
)
def test_a_pointer_that_does_not_name_the_voice_makes_no_speaker_conflict(
    lead: str, following: str
) -> None:
    report = report_of((_tv(lead, following), "2031-11-06T07:00"), *_papers())
    assert [c.subject for c in report.conflicts if c.subject.startswith("who said")] == []
