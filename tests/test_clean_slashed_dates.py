"""A slashed date of either order in a page's header ("10/02/2032"), settled by the page's other
dates or not read at all (nor its clock time alone), beside the look-alikes that must not change.
Every page is invented."""

from __future__ import annotations

import pytest

from bylines.ingest.published import with_dateline_years
from bylines.types import Article
from cleaned import clean


def _dated_page(header: str, other: str = "") -> str:
    return (
        "Ferry grounded after gearbox warning\n"
        f"ROTOR & RIG ⧊ Offshore news ⧊ {header} ⧊ 09:40\n"
        f"{other}"
        "Fourteen people were rescued in the Quellmoor firth on Monday after the ferry grounded.\n"
        "The master reported a gearbox warning before the ferry ran aground, the operator said.\n"
    )


@pytest.mark.parametrize(
    ("header", "other", "published"),
    [
        # the dateline is a day before 10 February, months from 2 October
        ("10/02/2032", "QUELLMOOR, Feb 9 (Rotor & Rig) - ", "2032-02-10T09:40:00"),
        ("10/02/2032", "Monday 9 February 2032\n", "2032-02-10T09:40:00"),
        ("10/02/2032", "Published 2 October 2032\n", "2032-10-02T09:40:00"),
        # nothing settles the order: no date, and no clock time with no day either
        ("10/02/2032", "", None),
        # another stamp, far from both readings, is the page's time
        ("10/02/2032", "Published 20 June 2032\n", "2032-06-20"),
        # the order shows, or does not matter: read as before
        ("14/02/2032", "", "2032-02-14T09:40:00"),
        ("10/10/2032", "", "2032-10-10T09:40:00"),
    ],
)
def test_a_slashed_date_of_either_order(header: str, other: str, published: str | None) -> None:
    assert clean(_dated_page(header, other)).published == published


def test_a_listing_framed_by_the_house_glyph_gives_no_time() -> None:
    """The page's header unsettled, a webinar's "Thursday 14:00" below it is no stamp either."""
    listing = "⧊ Webinar: gearbox maintenance ⧊ Thursday 14:00 ⧊ free to members ⧊\n"
    assert clean(_dated_page("10/02/2032", listing)).published is None


def _pile(header: str, *others: str) -> list[str | None]:
    """The publication times of the page with ``header`` among reports published ``others``."""
    page = clean(_dated_page(header))
    pile = [page] + [Article(f"o{i}", "", f"Outlet {i}", published=p) for i, p in enumerate(others)]
    return [article.published for article in with_dateline_years(pile)]


@pytest.mark.parametrize(
    ("others", "published"),
    [
        # the other reports are of 9 and 10 February: 10/02 is 10 February, with its clock time
        (("2032-02-09T11:05:00", "2032-02-10"), "2032-02-10T09:40:00"),
        # of 1 October: 10/02 is 2 October
        (("2032-10-01",), "2032-10-02T09:40:00"),
        # of June: neither reading is near, and the page stays undated
        (("2032-06-20",), None),
    ],
)
def test_the_pile_settles_a_slashed_date_its_page_did_not(
    others: tuple[str, ...], published: str | None
) -> None:
    assert _pile("10/02/2032", *others)[0] == published


def test_the_pile_leaves_a_settled_page_alone() -> None:
    assert _pile("14/02/2032", "2032-10-01")[0] == "2032-02-14T09:40:00"


def test_a_teaser_below_the_story_does_not_date_the_page() -> None:
    """The page's head gave its own clock ("09:40"); a related story's slashed stamp below the
    story is that story's time, not this page's."""
    page = clean(
        "Ferry grounded after gearbox warning\n"
        "ROTOR & RIG | 09:40\n"
        "Fourteen people were rescued in the Quellmoor firth on Monday after the ferry grounded.\n"
        "The master reported a gearbox warning before the ferry ran aground, the operator said.\n"
        "Read more | Quellmoor ferry inspection | 03/04/2032 | 16:20\n"
    )
    pile = [page, Article("o0", "", "Outlet 0", published="2032-04-02T10:00:00")]
    assert page.published == "09:40:00"
    assert with_dateline_years(pile)[0].published == "09:40:00"


def _clockless_page(header: str, other: str = "") -> str:
    """A broadcaster's header with a slashed date and no clock time (fresh28's radio)."""
    return (
        "Ferry grounded after gearbox warning\n"
        f"QUELL FM ⧊ 96.2 ⧊ EARLY NEWS ⧊ TRANSCRIPT ⧊ {header}\n"
        f"{other}"
        "Fourteen people were rescued in the Quellmoor firth on Monday after the ferry grounded.\n"
        "The master reported a gearbox warning before the ferry ran aground, the operator said.\n"
    )


@pytest.mark.parametrize(
    ("others", "published"),
    [
        (("2036-03-08T17:30:00", "2036-03-10"), "2036-03-09"),  # 9 March, not 3 September
        (("2036-09-02",), "2036-09-03"),
        (("2036-06-20",), None),  # neither reading is near
        ((), None),
    ],
)
def test_a_clockless_slashed_date_is_settled_by_the_pile(
    others: tuple[str, ...], published: str | None
) -> None:
    page = clean(_clockless_page("09/03/36"))
    assert page.published is None  # the page alone cannot tell the order
    pile = [page] + [Article(f"o{i}", "", f"Outlet {i}", published=p) for i, p in enumerate(others)]
    assert with_dateline_years(pile)[0].published == published


def test_a_section_label_beside_a_clockless_slashed_date_is_no_teaser() -> None:
    """ "OPINION | 09/03/36" under the masthead names no other story: the pile settles it
    (review letters28-3)."""
    page = clean(
        _clockless_page("09/03/36").replace(
            "QUELL FM ⧊ 96.2 ⧊ EARLY NEWS ⧊ TRANSCRIPT ⧊ ", "OPINION | "
        )
    )
    pile = [page, Article("o0", "", "Outlet 0", published="2036-03-08T17:30:00")]
    assert with_dateline_years(pile)[0].published == "2036-03-09"


def test_a_clockless_slashed_date_is_settled_by_the_page() -> None:
    page = clean(_clockless_page("09/03/36", "QUELLMOOR, March 8 (Quell FM) - "))
    assert page.published == "2036-03-09"


@pytest.mark.parametrize(
    "line",
    [
        "Related: Quellmoor pier closure | 03/04/36",  # a teaser below the story
        "Most read: Pier closure row 03/04/36",
        "This article is from our archive, first published 03/04/36",
        "Inquiry hearing: 03/04/36",  # an event's date
        "Related | Fell car park closure | 03/04/36",  # a teaser with no colon
    ],
)
def test_a_clockless_slashed_date_off_the_masthead_dates_no_page(line: str) -> None:
    """A page with no stamp of its own is not dated by a teaser's, a note's or an event's date,
    even among reports it would fit (review letters28)."""
    page = clean(
        "Ferry grounded after gearbox warning\nQUELL POST\n"
        "Fourteen people were rescued in the Quellmoor firth on Monday after the ferry grounded.\n"
        "The master reported a gearbox warning before the ferry ran aground, the operator said.\n"
        f"{line}\n"
    )
    pile = [page, Article("o0", "", "Outlet 0", published="2036-04-02T10:00:00")]
    assert with_dateline_years(pile)[0].published is None
