"""A conflict's side takes an outlet that gives its value of the same named thing in another
claim ('We had 42 volunteers on the hill' beside '42 volunteers took part'), and no outlet whose
equal figure is of another thing, time or kind: a standing count, another year's search, a
limit, a grant, another deed on the day. All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report import figures
from bylines.report.figures import Figure
from dated_reports import report_of, sides

WHEN = "2026-10-06T09:00:00+00:00"

FORTY_TWO = (
    "A terrier missing on Skelby Fell for nine days has been found alive, the Skelby rescue "
    "team said.\n"
    "In all, 42 volunteers took part in the search for Bramble, which ended on Sunday.\n"
    "She was found in a gully below the crags."
)
TWENTY_FOUR = (
    "Bramble the terrier has been found alive on Skelby Fell after nine days.\n"
    "Some 24 volunteers took part in the search for Bramble, which ended on Sunday.\n"
    "Her owner thanked everyone who helped."
)


def _volunteers(line: str) -> list[dict[str, tuple[str, ...]]]:
    third = (
        "A lost terrier was brought down from Skelby Fell on Sunday.\n"
        f"The dog is now back home.\n{line}\nShe was checked by a vet."
    )
    report = report_of((FORTY_TWO, WHEN), (TWENTY_FOUR, WHEN), (third, WHEN))
    return [sides(c) for c in report.conflicts if c.kind == "number"]


@pytest.mark.parametrize(
    "line",
    [
        '"We had 42 volunteers on the hill over the week," the team leader said.',
        "A record 42 volunteers turned out for the search, the most the team has known.",
    ],
)
def test_a_count_of_the_same_noun_in_another_claim_joins_its_side(line: str) -> None:
    assert _volunteers(line) == [{"Some 24": ("a1",), "42": ("a0", "a2")}]


@pytest.mark.parametrize(
    "line",
    [
        # what the team has, not who searched
        "The team has 42 volunteers on its books, the team leader said.",
        # another year's search
        "Last year 42 volunteers took part in a search for a lost walker.",
        "A year ago 42 volunteers searched the fell for a lost walker.",
        # a limit
        "Up to 42 volunteers can be on the hill at once, the team leader said.",
        # another thing numbered 42
        "It was the team's 42nd call-out of the year, the team leader said.",
        # another noun
        '"We had 42 people on the hill over the week," the team leader said.',
    ],
)
def test_an_equal_count_of_another_kind_time_or_limit_joins_no_side(line: str) -> None:
    assert _volunteers(line) == [{"Some 24": ("a1",), "42": ("a0",)}]


PAID = (
    "Villagers in Ellerby have bought their pub, the Wheatsheaf.\n"
    "The clerk reported that the society had paid £385,000 for the building.\n"
    "It reopens in spring."
)
SOLD = (
    "Ellerby's Wheatsheaf is now owned by its drinkers.\n"
    "The society paid £358,000 for the Wheatsheaf, the seller said.\n"
    "The bar will reopen in spring."
)


def test_an_equal_sum_read_as_a_price_in_another_claim_joins_no_side() -> None:
    # 'price' is read of a grant and of a sale alike: a sum joins across claims only in a slot
    # a story has one of (a reward, a ransom)
    third = (
        "A village has bought its pub in Ellerby.\nThe doors open again in spring.\n"
        "A government grant of £385,000 is paying for the new roof.\nA party is planned."
    )
    report = report_of((PAID, WHEN), (SOLD, WHEN), (third, WHEN))
    assert [sides(c) for c in report.conflicts if c.kind == "number"] == [
        {"£358,000": ("a1",), "£385,000": ("a0",)}
    ]


THURSDAY = (
    "The main mirror of the Wendle Hill telescope cracked on Thursday, the observatory said.\n"
    "Repairs could take months.\nAstronomers said the loss was a blow."
)
WEDNESDAY = (
    "The big telescope at Wendle Hill was damaged on Wednesday when its main mirror cracked.\n"
    "Engineers are assessing the damage.\nNo one was hurt."
)


@pytest.mark.parametrize(
    "line",
    [
        # other deeds of the story on that day
        "The dome will reopen to visitors on Thursday.",
        "The trustees met on Thursday to discuss the repairs.",
        # the weather, an arrest, an appeal, a witness's pronoun: a weekday is read as the day
        # of the event in a sentence about any deed (review of sides36), so none joins
        "Heavy frost settled over the hill on Thursday.",
        "A man was held on Thursday over a separate break-in at the visitor centre.",
        "The observatory asked the public for photographs on Thursday.",
        "A guide said she had first seen the dome lights flicker on Thursday.",
    ],
)
def test_a_weekday_in_another_claim_joins_no_side(line: str) -> None:
    third = (
        "Wendle Hill observatory has shut its big telescope.\n"
        f"The dome is closed to visitors.\n{line}\nA fund has been set up."
    )
    report = report_of((THURSDAY, WHEN), (WEDNESDAY, WHEN), (third, WHEN))
    assert [sides(c) for c in report.conflicts if c.kind == "date"] == [
        {"Wednesday": ("a1",), "Thursday": ("a0",)}
    ]


KILN_SUNDAY = (
    "Fire gutted the old kiln shed at Marrow Lane pottery on Sunday, firefighters said.\n"
    "No one was inside."
)
KILN_MONDAY = (
    "The kiln shed of Marrow Lane pottery burned down on Monday, firefighters said.\n"
    "The owners hope to rebuild."
)


@pytest.mark.parametrize(
    "line",
    [
        "Gales brought down trees across the valley on Sunday.",
        "Officers were also called to a break-in at a garage in the village on Sunday.",
        "Flags flew at half mast over the chapel on Sunday.",
    ],
)
def test_a_weekday_of_another_deed_puts_its_outlet_on_no_day_of_a_fire(line: str) -> None:
    third = f"Firefighters are looking into a fire at Marrow Lane pottery.\n{line}"
    report = report_of((KILN_SUNDAY, WHEN), (KILN_MONDAY, WHEN), (third, WHEN))
    assert [sides(c) for c in report.conflicts if c.kind == "date"] == [
        {"Sunday": ("a0",), "Monday": ("a1",)}
    ]


def test_a_figure_of_another_claim_is_judged_against_its_side_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each member of a group once asked every figure of its thing against every member: a
    pile of 200 such reports took 346,000 ``told_apart`` calls. Now a figure is judged once,
    against the members of the side it would join."""
    asked: list[tuple[int, int]] = []
    original = figures.told_apart

    def counted(first: Figure, second: Figure) -> bool:
        asked.append((id(first), id(second)))
        return original(first, second)

    monkeypatch.setattr(figures, "told_apart", counted)
    texts = [
        f"A terrier was found on Skelby Fell on Sunday.\n"
        f"In all, {took} volunteers took part in the search, which ended on Sunday.\n"
        f"We had {had} volunteers on the hill over the week, a leader said.\n"
        f"The dog is well, said Ines Varga of ward {i}."
        for i, (took, had) in enumerate([(42, 40), (40, 42), (42, 44), (44, 42), (40, 40)] * 2)
    ]
    report_of(*((text, WHEN) for text in texts))
    assert asked
    assert len(asked) == len(set(asked))
