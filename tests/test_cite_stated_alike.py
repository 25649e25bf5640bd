"""An article stating the shown fact in one sentence, with every value alike, is cited even
where another of its sentences, linked on the same fact unit, gives another figure: that
figure is of another thing the article tells (branch shared16).

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from bylines.report.align import FactLinks, fact_units
from bylines.report.values import Reading, gives_the_figure
from bylines.report.verify import _denies, _gives_converted, _other_values, supporting
from bylines.types import Sentence


def _sentence(article: str, index: int, text: str) -> Sentence:
    return Sentence(article, index, text, 0, len(text))


def _cited(shown: Sentence, linked: list[tuple[Sentence, Sentence, Sentence]]) -> tuple[str, ...]:
    """The articles cited for ``shown`` when each (shown unit, other sentence, its unit) of
    ``linked`` is a fact link."""
    pairs: dict[tuple[Sentence, Sentence], list[tuple[Sentence, Sentence]]] = {}
    for unit, other, their_unit in linked:
        pairs.setdefault((shown, other), []).append((unit, their_unit))
    others = tuple(dict.fromkeys(other for _, other, _ in linked))
    links = FactLinks({k: tuple(v) for k, v in pairs.items()}, {shown: others})
    by_article: dict[str, list[Sentence]] = {shown.article: [shown]}
    for other in others:
        by_article.setdefault(other.article, []).append(other)
    return tuple(s.article for s in supporting(shown, (shown,), links, by_article, Reading()))


def test_another_count_in_a_second_sentence_does_not_veto_the_one_stated_alike() -> None:
    shown = _sentence("a0", 0, "Health officials say 212 people in Tarrowby have been made ill.")
    (unit,) = fact_units(shown)
    alike = _sentence("a1", 0, "In all, 212 residents have reported symptoms since Monday.")
    other = _sentence("a1", 1, "Seventeen people are now in hospital in Tarrowby.")
    assert _cited(shown, [(unit, alike, alike), (unit, other, other)]) == ("a0", "a1")


def test_the_other_count_alone_still_vetoes() -> None:
    shown = _sentence("a0", 0, "Health officials say 212 people in Tarrowby have been made ill.")
    (unit,) = fact_units(shown)
    other = _sentence("a1", 1, "Seventeen people are now in hospital in Tarrowby.")
    assert _cited(shown, [(unit, other, other)]) == ("a0",)


def test_another_value_for_a_fact_no_agreeing_sentence_states_vetoes() -> None:
    shown = _sentence(
        "a0",
        0,
        "Brindle airport halted all flights on Friday after a power failure knocked out its "
        "radar, leaving about 3,000 passengers stranded.",
    )
    *before, stranded = fact_units(shown)
    assert stranded.text.startswith("leaving about 3,000")
    alike = _sentence(
        "a1", 0, "Brindle airport halted all flights on Friday after a power failure at its radar."
    )
    other = _sentence("a1", 1, "About 4,500 travellers were stranded, the airport said.")
    stated = [(unit, alike, alike) for unit in before]
    assert _cited(shown, [*stated, (stranded, other, other)]) == ("a0",)
    # the same other figure is no veto where a sentence of the article states that unit too
    also = _sentence("a1", 2, "About 3,000 passengers were left stranded at Brindle on Friday.")
    assert _cited(shown, [*stated, (stranded, also, also), (stranded, other, other)]) == (
        "a0",
        "a1",
    )


def test_a_bound_does_not_state_the_figure_another_sentence_gives_otherwise() -> None:
    shown = _sentence(
        "a0", 0, "The whole evening at the Ostler saleroom brought in 540 million crowns."
    )
    (unit,) = fact_units(shown)
    bound = _sentence("a1", 0, "The evening sale brought in more than 500 million crowns.")
    other = _sentence("a1", 1, "The Ostler saleroom had expected about 150 million crowns.")
    assert _cited(shown, [(unit, bound, bound), (unit, other, other)]) == ("a0",)


def test_another_count_of_the_same_group_still_vetoes() -> None:
    """The article's own toll vetoes, though another of its sentences gives the shown figure
    for a part of the same dead (review16b: the summary then showed the older toll)."""
    shown = _sentence("a0", 0, "The death toll from the Kelm plant blast has risen to 12.")
    (unit,) = fact_units(shown)
    part = _sentence("a1", 0, "The first explosion at the Kelm plant killed 12 people.")
    toll = _sentence("a1", 1, "The death toll from the Kelm plant blast has risen to 15.")
    assert _cited(shown, [(unit, part, part), (unit, toll, toll)]) == ("a0",)


def test_a_denial_in_a_second_sentence_still_vetoes() -> None:
    shown = _sentence("a0", 0, "Brask's lawyer says he will appeal against the verdict.")
    (unit,) = fact_units(shown)
    alike = _sentence("a1", 0, "Brask will appeal against the verdict, his lawyer told reporters.")
    other = _sentence("a1", 1, "Brask will not appeal against the verdict, his family said.")
    assert _cited(shown, [(unit, alike, alike), (unit, other, other)]) == ("a0",)


def test_a_figure_is_given_as_itself_not_as_a_bound() -> None:
    read = Reading()
    assert gives_the_figure("212 people", "In all, 212 residents were ill.", read)
    assert not gives_the_figure("540 million crowns", "more than 500 million crowns", read)
    assert not gives_the_figure("more than 500 million crowns", "540 million crowns", read)


def test_a_spokeswoman_named_by_her_organisation_speaks_for_it() -> None:
    read = Reading()
    quoted = '"No loyal customer will lose a single crown," said Tarvik\'s spokeswoman, Ana Holm.'
    told = "Tarvik said customers who had paid on time would not lose a single crown."
    assert _other_values(quoted, told, read) == []
    short = "Marrow's spokesman, Ivo Bern, said his thoughts were with everyone on board."
    whole = '"Our thoughts are with everyone on board," Marrow Ferry Lines said in a statement.'
    assert _other_values(short, whole, read) == []
    # another organisation's spokesman is another speaker
    other = "Tolvern's spokesman, Ivo Bern, said his thoughts were with everyone on board."
    assert [m.subject for m in _other_values(other, whole, read)] == ["speaker"]


def test_a_negation_after_the_same_happening_in_other_words_bears_on_another_thing() -> None:
    read = Reading()
    left = "The 300 people who left their homes on Friday still do not know when they can go back."
    evacuated = "The number of people evacuated from the Ormley villages has risen to 300."
    assert not _denies(left, evacuated, read)
    # told in the same words, nothing else shared before the negation: still a denial
    assert _denies(
        "Nobody was hurt at the Kelm depot.", "Four guards were hurt at the Kelm depot.", read
    )


def test_a_measure_in_another_unit_gives_the_shown_figure() -> None:
    read = Reading()
    assert _gives_converted(
        "They climbed the 17-foot outer wall of Harlow jail.", "They scaled a 5.2-metre wall.", read
    )
    assert _gives_converted(
        "The kite reached about 300 metres.", "It flew at nearly 1,000 feet.", read
    )
    # one unit written alike is no conversion, and another figure is not the shown one
    assert not _gives_converted("The wall is 17 feet high.", "The wall is 17 metres high.", read)
    assert not _gives_converted("The wall is 17 feet high.", "The wall is 6 metres high.", read)
