"""A shown sentence naming a speaker by family name alone ("Mrs Calloway, the head teacher,
said: ...") stands on that speaker's side of a who-said conflict, so an outlet giving the
words to another speaker is not cited for it (issue 7, trust; fresh34's row M). Look-alikes:
two speakers sharing the family name, and another given name before it, name no side.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from bylines.report.variants import WHO_SAID
from bylines.report.verify import _lone_family, _Value
from bylines.types import Conflict, Position
from dated_reports import report_of

WORDS = '"It is like opening a letter from our own past."'
SHOWN = f"Mrs Calloway, the head teacher, said: {WORDS}"


def texts(chairman: str) -> tuple[str, ...]:
    return (
        "A time capsule was opened at Dunmere Primary School on Friday.\n"
        f"Head teacher Ruth Calloway (52) said: {WORDS}\n",
        "Pupils at Dunmere Primary School opened a time capsule on Friday.\n"
        f"History society chairman {chairman} said: {WORDS}\n"
        "Head teacher Ruth Calloway thanked the parents who helped to dig.\n",
        "Dunmere Primary School pupils opened their time capsule on Friday.\n"
        f"{SHOWN}\n"
        f"Our chairman, {chairman}, has written to the county museum.\n",
    )


def quote_conflict(*speakers: str) -> Conflict:
    positions = tuple(
        Position(value=name, sources=(f"a{n}",), evidence=f"{name} said: {WORDS}")
        for n, name in enumerate(speakers)
    )
    return Conflict(kind="quote", subject=f"{WHO_SAID}{WORDS}", positions=positions)


def sources_of(words: str, chairman: str) -> set[str]:
    report = report_of(*((text, None) for text in texts(chairman)))
    return {a for c in report.claims if words in c.text for a in c.sources}


def test_the_family_name_alone_names_the_side() -> None:
    conflict = quote_conflict("Ruth Calloway", "Osric Pelham")
    value = _Value("Ruth Calloway", _lone_family(conflict.positions[0], conflict))
    assert value.written(SHOWN)
    assert value.written("Calloway said the box was dry.")
    assert not value.written("Tom Calloway, her husband, said the box was dry.")
    assert not value.written("The head teacher said the box was dry.")


def test_a_family_name_two_speakers_share_names_neither() -> None:
    conflict = quote_conflict("Ruth Calloway", "Tom Calloway")
    assert _lone_family(conflict.positions[0], conflict) == ""
    assert not _Value("Ruth Calloway", "").written(SHOWN)


def test_the_outlet_giving_the_words_to_another_speaker_is_not_cited() -> None:
    assert sources_of(SHOWN, "Osric Pelham") == {"a0", "a2"}


def test_a_chairman_sharing_the_family_name_leaves_the_citations() -> None:
    assert sources_of(SHOWN, "Tom Calloway") == {"a0", "a1", "a2"}


def test_the_family_name_must_be_the_speaker() -> None:
    value = _Value("Ruth Calloway", "Calloway")
    assert value.written('"It is dry," said Mrs Calloway.')
    assert not value.written(
        f"Chairman Osric Pelham, who met Mrs Calloway on Friday, said: {WORDS}"
    )
    assert not value.written(f"Chairman Osric Pelham, who met Mrs Calloway, said: {WORDS}")
    assert not value.written(f"Pelham told Calloway: {WORDS}")
    assert not value.written("A reporter on Calloway Street said the road was shut.")


def test_an_outlet_naming_her_as_the_one_spoken_to_is_not_cited() -> None:
    spoken_to = (
        "Dunmere Primary School reopened its time capsule on Friday.\n"
        f"History society chairman Osric Pelham, who met Mrs Calloway on Friday, said: {WORDS}\n"
    )
    report = report_of(*((text, None) for text in (*texts("Osric Pelham"), spoken_to)))
    cited = {a for c in report.claims if SHOWN in c.text for a in c.sources}
    assert cited == {"a0", "a2"}
