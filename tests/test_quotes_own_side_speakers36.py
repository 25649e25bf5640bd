"""A speaker named after a first-person possessive role in apposition ('said our chair, Anwen
Porrit', 'said my colleague, Tomas Brell'): a body's own page telling of its officer names the
person who speaks (fresh35 cause 11: the society's variant had no speaker, and its side lost
it). Near-misses: the owner's relative speaks, not the owner ('said our chair's husband, Dafydd
Porrit'); a relative clause names someone else ('our chair, who Dafydd Porrit appointed'); a
role with no full name after it names no one. All texts are invented.
"""

from __future__ import annotations

import pytest

from bylines.ingest.sentences import split_sentences
from bylines.report.quotes import find_occurrences
from bylines.report.variants import quote_conflicts
from quote_groups import articles_of, quotes_of

_LINE = "“The hall belongs to the whole village now,”"


def _speakers(text: str) -> list[str]:
    articles = articles_of((text,))
    return [o.speaker for o in find_occurrences(split_sentences(articles), articles)]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said our chair, Anwen Porrit.", "Anwen Porrit"),
        ("said our chair, Anwen Porrit, who took over in May.", "Anwen Porrit"),
        ("said my colleague, Tomas Brell.", "Tomas Brell"),
        ("said our own treasurer, Ifor Lane, on Friday.", "Ifor Lane"),
        # the relative after the owner's role speaks, not the owner
        ("said our chair's husband, Dafydd Porrit.", "Dafydd Porrit"),
        # a second verb of hers after the name, no second speaker
        ("said our chair, Anwen Porrit, and added that the bar opens on Friday.", "Anwen Porrit"),
    ],
)
def test_a_name_after_our_role_is_the_speaker(attribution: str, speaker: str) -> None:
    assert _speakers(f"{_LINE} {attribution}") == [speaker]


@pytest.mark.parametrize(
    "attribution",
    [
        "said our chair, who Dafydd Porrit appointed.",
        "said our chair.",
        # one name alone after the comma may be a place or a body, not the person
        "said our chair, Ellerby.",
        # two speakers of the writer's side: neither is the one speaker (review-clocks36)
        "said our secretary, Moira Lusk, and our captain, Ben Tarrow.",
        "said my colleague, Tomas Brell, and Ada Finch.",
    ],
)
def test_no_name_or_another_person_names_no_speaker(attribution: str) -> None:
    assert _speakers(f"{_LINE} {attribution}") == [""]


def test_the_own_pages_speaker_is_on_her_side_of_who_said_it() -> None:
    (conflict,) = quote_conflicts(
        quotes_of(
            f"{_LINE} said our chair, Anwen Porrit.",
            f"{_LINE} said Tam Ruddock, who will run the bar.",
            f"{_LINE} society chair Anwen Porrit told the meeting.",
        )
    )
    assert {p.value: p.sources for p in conflict.positions} == {
        "Anwen Porrit": ("a0", "a2"),
        "Tam Ruddock": ("a1",),
    }


def test_two_speakers_of_our_side_make_no_conflict_with_one_of_them() -> None:
    assert (
        quote_conflicts(
            quotes_of(
                f"{_LINE} said our secretary, Moira Lusk, and our captain, Ben Tarrow.",
                f"{_LINE} said Ben Tarrow.",
            )
        )
        == ()
    )
