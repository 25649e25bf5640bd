"""Citations reach every outlet stating a fact (issue 7, items 1-2): a figure the other
sentence gives as well is no disagreement over another figure of that sentence.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.align import FactLinks, fact_units
from bylines.report.pipeline import build_report
from bylines.report.values import Reading, value_mismatches
from bylines.report.verify import _disagrees, _opposite_states, _other_values
from bylines.types import Article, Sentence


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "Another 31 outbound buses were sent to Pellmoor and Ruskin.",
            "It said 212 buses were withdrawn and 31 were sent to other depots.",
        ),
        (
            "Another 31 incoming ferries were sent to Pellmoor and Ruskin.",
            "In all, 212 ferries were cancelled, the Orvane Post has learned, and 31 more were "
            "sent to other ports.",
        ),
        (
            "Nine of them were injured, and one man is still in hospital in Orvane.",
            "Nine people were hurt, one of them with a broken arm, the coastguard said.",
        ),
        (
            "The landslide started about 1.8 kilometres up the hill, just below the crest.",
            "The landslide broke away at 1,800 metres and ran for about 400 metres down the hill.",
        ),
    ],
)
def test_a_figure_the_other_also_gives_is_no_disagreement(shown: str, other: str) -> None:
    read = Reading()
    assert value_mismatches(shown, other, read)  # the sentences' figures are paired wrongly
    assert _other_values(shown, other, read) == []


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "About 300 workers were sent home from the Quarrow plant.",
            "About 450 workers were sent home from the Quarrow plant, not 300 as first reported.",
        ),
        (
            "About 300 workers were sent home from the Quarrow plant.",
            "About 450 workers were sent home from the Quarrow plant, more than the 300 first "
            "reported.",
        ),
    ],
)
def test_an_earlier_value_the_other_gives_is_still_a_disagreement(shown: str, other: str) -> None:
    read = Reading()
    assert [m.other for m in _other_values(shown, other, read)] == ["About 450"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Berit Sandvold, the district's chief engineer, said the pumping station could "
            "reopen by Friday.",
            "the pumping station could reopen by Friday.",
        ),
        (
            "Orla Fenwick, head of the Tarrow lifeboat crew, told reporters the two anglers "
            "were cold but unhurt.",
            "the two anglers were cold but unhurt.",
        ),
        (
            "Harbour master Ivo Lind said the quay would stay shut for another week.",
            "the quay would stay shut for another week.",
        ),
        (
            'The lifeboat coxswain, Orla Fenwick, said: "We found them clinging to the buoy."',
            '"We found them clinging to the buoy."',
        ),
        (
            '"We found them clinging to the buoy," the lifeboat coxswain, Orla Fenwick, told '
            "reporters on the quay.",
            '"We found them clinging to the buoy,"',
        ),
    ],
)
def test_a_speaker_named_with_an_apposition_is_left_out_of_the_fact(text: str, unit: str) -> None:
    (found,) = fact_units(Sentence("a", 0, text, 0, len(text)))
    assert found.text == unit


@pytest.mark.parametrize(
    "text",
    [
        "In March, the council said it would close two schools in the valley.",
        "The museum's director, Elna Brisk, said she was heartbroken.",
    ],
)
def test_no_frame_is_cut_where_no_apposition_names_the_speaker_or_too_little_is_left(
    text: str,
) -> None:
    (found,) = fact_units(Sentence("a", 0, text, 0, len(text)))
    assert found.text == text


def test_two_statements_of_one_speaker_are_not_cited_for_each_other(models: Models) -> None:
    texts = (
        "Floodwater reached the centre of Tarrowby on Sunday. "
        "Berit Sandvold, the district's chief engineer, said the pumping station could "
        "reopen by Friday. "
        "About 300 homes were without drinking water.",
        "The river Tarrow broke its banks at Tarrowby on Sunday morning. "
        "Volunteers filled sandbags along the river. "
        "Berit Sandvold, the district's chief engineer, said the army would send two boats "
        "to the valley. "
        "Drinking water ran out in some 300 homes.",
        "Tarrowby was flooded on Sunday after days of rain. "
        "The mayor, Ansel Krag, said the damage would cost millions. "
        "Berit Sandvold, the district's chief engineer, said the water would fall by "
        "Wednesday.",
    )
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    briefing = build_report(articles, models=models)

    def cited(words: str) -> tuple[str, ...]:
        (found,) = [c for c in briefing.claims if words in c.text]
        return found.sources

    assert cited("pumping station") == ("a0",)
    assert cited("two boats") == ("a1",)
    assert cited("fall by Wednesday") == ("a2",)
    assert cited("300 homes") == ("a0", "a1")  # one fact in other words is still joined


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        (
            "The ski lifts on the Morrow side remain closed today.",
            "The other lifts will open as normal.",
        ),
        ("Schools in Callan reopen this morning.", "Schools in Callan stayed shut."),
        (
            "The price of bread rose by a tenth in Orsk.",
            "The price of bread fell in Orsk last month.",
        ),
        ("The assembly approved the fishing bill.", "The assembly rejected the fishing bill."),
    ],
)
def test_opposite_states_of_one_thing_are_not_agreement(shown: str, other: str) -> None:
    assert _opposite_states(shown, other)
    assert _opposite_states(other, shown)


@pytest.mark.parametrize(
    ("shown", "other"),
    [
        # one side says both: it tells of a change, not the opposite state
        ("The bridge was closed overnight and reopened at 6am.", "The bridge reopened at 6am."),
        ("The bridge reopened at 6am.", "Traffic on the bridge resumed at dawn."),
        ("The mine closed in 1987.", "The mine shut its gates for good in 1987."),
    ],
)
def test_the_same_state_or_a_change_told_whole_is_no_opposite(shown: str, other: str) -> None:
    assert not _opposite_states(shown, other)


def test_an_outlet_saying_the_opposite_state_is_not_cited(models: Models) -> None:
    texts = (
        "Heavy snow fell on the Morrow valley resort on Friday. "
        "Four skiers were hurt in an avalanche above Callan on Saturday. "
        "The ski lifts on the Morrow side remain closed today.",
        "Snow fell on the Morrow valley resort on Friday night. "
        "An avalanche injured four skiers near Callan on Saturday afternoon. "
        "The ski lifts on the Morrow side will open as normal today.",
    )
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    briefing = build_report(articles, models=models)
    cited = {c.text: c.sources for c in briefing.claims}
    assert cited["The ski lifts on the Morrow side remain closed today."] == ("a0",)
    assert cited["The ski lifts on the Morrow side will open as normal today."] == ("a1",)
    (lifts,) = [s for s in briefing.summary if "lifts" in s.text]
    assert len(lifts.sources) == 1


def _sentence(article: str, text: str) -> Sentence:
    return Sentence(article, 0, text, 0, len(text))


def test_a_negation_in_the_shown_sentences_other_fact_does_not_veto_the_citation() -> None:
    shown = _sentence(
        "a0", '"The old crater is still smoking, and we do not expect this to stop soon," she said.'
    )
    first, second = fact_units(shown)
    assert second.text.startswith("and we do not expect")
    agrees = _sentence("a1", '"The old crater is still smoking," Dr Hela Brun said in Ostvik.')
    denies = _sentence("a2", "The old crater is no longer smoking, Dr Hela Brun said.")
    links = FactLinks(
        {(shown, agrees): ((first, agrees), (second, agrees)), (shown, denies): ((first, denies),)},
        {shown: (agrees, denies)},
    )
    read = Reading()
    assert not _disagrees(shown, agrees, links, read)
    assert _disagrees(shown, denies, links, read)


def test_a_quotation_run_into_the_frame_keeps_its_speaker() -> None:
    # only a colon before the quotation marks where the frame ends; 'said "..." and that ...'
    # reports two things, and is one unit as written
    text = 'Fire chief Hanne Vold said "there are signs of a break-in" and that police were called.'
    (found,) = fact_units(_sentence("a0", text))
    assert found.text == text
