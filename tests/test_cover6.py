"""Citations reach every outlet stating a fact (issue 7, items 1-2), sixth round: 'only in X'
is doubted wherever another outlet gives the same figure, time of day or count of people in
other words, even where the two units are too far apart in wording to cite it.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.models import Models, load_models
from bylines.report.pipeline import build_report
from bylines.types import Article, Claim, Report


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def report(models: Models, texts: tuple[str, ...]) -> Report:
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    return build_report(articles, models=models)


def claim(briefing: Report, words: str) -> Claim:
    (found,) = [c for c in briefing.claims if words in c.text]
    return found


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
    assert claim(briefing, shown[:30]).coverage != "one"


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
