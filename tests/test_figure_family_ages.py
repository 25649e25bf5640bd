"""An age given by a family name alone ("Mr Hest, 71") is no one's in particular where the
cluster names two people of that family in full (a son Tom Hest, 45, and his father Ivo Hest,
71): joined to the nearest full name, the father's 71 and the son's 45 read as a conflict. Where
the cluster names one person of the family, or one given name spelled two ways, the bare name
is that person and a differing age is still a conflict.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of, sides


def rescue(
    first_named: str, third_named: str, second_named: str = "Tom Hest and his father"
) -> Report:
    return report_of(
        (
            "Two men were rescued from a fishing boat off Kelby on Sunday.\n"
            f"{first_named} were winched aboard a helicopter.\n"
            "The boat sank within minutes.",
            None,
        ),
        (
            "A father and son were rescued when their boat sank off Kelby on Sunday.\n"
            f"{second_named} were lifted off by helicopter.\n"
            "Mr Hest, 71, was treated for the cold in hospital.",
            None,
        ),
        (
            "Two fishermen were winched to safety off Kelby on Sunday after their boat sank.\n"
            f"{third_named} said the crew had kept calm.\n"
            "The boat went down within minutes.",
            None,
        ),
    )


def age_conflicts(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.subject == "age"]


def test_a_family_name_alone_is_neither_of_two_named_relatives() -> None:
    report = rescue("Skipper Tom Hest, 45, and his father Ivo Hest, 71,", "Tom Hest, 45,")
    assert age_conflicts(report) == []


def test_a_family_name_alone_beside_a_relative_in_its_article_is_no_one_s() -> None:
    # (the cluster names one Hest in full; the article naming him also writes 'his father')
    report = rescue("Skipper Tom Hest, 45, and a deckhand,", "Tom Hest, 45,")
    assert age_conflicts(report) == []


def test_a_family_name_alone_is_the_one_person_of_that_family_named() -> None:
    report = rescue(
        "Skipper Tom Hest, 45, and a deckhand,", "Tom Hest, 45,", "Tom Hest and a friend"
    )
    assert age_conflicts(report) == [{"45": ("a0", "a2"), "71": ("a1",)}]


def test_one_given_name_spelled_two_ways_is_one_person() -> None:
    report = rescue(
        "Skipper Tomas Hest, 45, and a deckhand,", "Tomass Hest, 45,", "Tomas Hest and a friend"
    )
    assert age_conflicts(report) == [{"45": ("a0", "a2"), "71": ("a1",)}]


def test_a_relative_of_the_other_sex_leaves_mr_hest_the_one_named() -> None:
    report = rescue(
        "Skipper Tom Hest, 45, and a deckhand,", "Tom Hest, 45,", "Tom Hest and his wife"
    )
    assert age_conflicts(report) == [{"45": ("a0", "a2"), "71": ("a1",)}]


@pytest.mark.parametrize(
    "second_named",
    [
        # a relative of the other sex named in full: 'Mr Hest' can only be Tom
        "Tom Hest and his wife Ana Hest",
        "Walking with his daughter Eva Hest, Tom Hest and a friend",
        # another person's relative: no Hest's son or brother
        "Tom Hest and a friend, found by farmer Ian Bole and his son,",
        "Tom Hest and a friend, spotted when witness Ian Bole said his brother saw a flare,",
    ],
)
def test_a_family_name_alone_that_only_one_named_person_fits_keeps_its_conflict(
    second_named: str,
) -> None:
    report = rescue("Skipper Tom Hest, 45, and a deckhand,", "Tom Hest, 45,", second_named)
    assert age_conflicts(report) == [{"45": ("a0", "a2"), "71": ("a1",)}]


def test_mrs_beside_a_wife_named_in_full_stays_no_one_s() -> None:
    # (the honorific of the named wife's sex: either Ana Hest or another Mrs Hest)
    report = report_of(
        (
            "Two walkers were rescued off Kelby sands on Sunday.\n"
            "Ana Hest, 44, and her husband were winched aboard a helicopter.",
            None,
        ),
        (
            "A couple were rescued off Kelby sands on Sunday.\n"
            "A helicopter lifted Tom Hest and his wife Ana Hest off the sands.\n"
            "Mrs Hest, 71, was treated for the cold in hospital.",
            None,
        ),
    )
    assert age_conflicts(report) == []
