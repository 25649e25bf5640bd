"""Years of a thing put to work or lent, read as a slot so two outlets' years meet (fresh36).

Each conflict test has a near-miss beside it: a year of another deed of the story (built,
founded, printed, taken out of service, a career that first started), which must stay apart.
"""

from __future__ import annotations

from bylines import build_report
from bylines.types import Conflict, Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str) -> Report:
    return build_report(articles_of(texts, ()), models=MODELS)


def _sum_conflicts(report: Report) -> list[Conflict]:
    return [c for c in report.conflicts if any("£" in p.value for p in c.positions)]


def test_the_year_a_clock_was_installed_conflicts_with_when_it_first_started() -> None:
    report = report_of(
        "Brackley church clock ticks again\nThe church clock at Brackley, installed in 1871, "
        "was restarted on Friday after volunteers mended its escapement.",
        "Brackley clock restored\nVolunteers have repaired the Brackley church clock. The "
        "clock, first started in 1817, stopped during a gale four years ago.",
    )
    assert [(c.kind, c.subject) for c in report.conflicts] == [("date", "year installed")]
    assert sides(report.conflicts[0]) == {"1871": ("a0",), "1817": ("a1",)}


def test_a_clock_first_set_going_meets_one_installed() -> None:
    report = report_of(
        "Ellerby clock back\nThe market clock at Ellerby was first set going in 1902. It was "
        "restarted on Monday by a retired engineer.",
        "Ellerby market clock mended\nA retired engineer has mended the Ellerby market clock, "
        "which was installed in 1920 and had stood still for a decade.",
    )
    assert [c.subject for c in report.conflicts] == ["year installed (Ellerby)"]
    assert sides(report.conflicts[0]) == {"1902": ("a0",), "1920": ("a1",)}


def test_the_year_a_book_was_borrowed_conflicts_with_when_it_was_taken_out() -> None:
    report = report_of(
        "Overdue atlas returned\nAn atlas borrowed in 1979 was handed back to Pellow library on "
        "Tuesday, its fine long since forgotten.",
        "Atlas comes home to Pellow\nAn atlas taken out of Pellow Library in 1975 has been "
        "returned by the borrower's grandson.",
    )
    assert [c.subject for c in report.conflicts] == ["year borrowed (Pellow)"]
    assert sides(report.conflicts[0]) == {"1979": ("a0",), "1975": ("a1",)}


def test_a_library_built_in_one_year_is_no_rival_of_a_clock_installed_in_another() -> None:
    report = report_of(
        "Clock restarted at Fulby library\nThe library at Fulby, built in 1868, has its clock "
        "going again.",
        "Fulby clock mended\nThe clock on Fulby library was installed in 1886 and stopped in "
        "a storm.",
    )
    assert not report.conflicts


def test_a_book_printed_in_one_year_is_no_rival_of_it_borrowed_in_another() -> None:
    report = report_of(
        "Old guide returned to Hesket\nThe bird guide, printed in 1984, was returned to Hesket "
        "library on Monday.",
        "Hesket book back\nA bird guide borrowed in 1981 has come back to Hesket library.",
    )
    assert not report.conflicts


def test_a_firm_founded_is_no_rival_of_a_clock_first_started() -> None:
    report = report_of(
        "Tolby clock going\nThe clock was restored by Harrow & Sons, a firm founded in 1868. "
        "Volunteers wound it on Friday.",
        "Tolby clock restored\nThe Tolby town clock, first started in 1886, is going again "
        "after a restoration.",
    )
    assert not report.conflicts


def test_a_career_that_first_started_is_no_clock_installed() -> None:
    report = report_of(
        "Clockmaker retires at Wenby\nThe Wenby clock, installed in 1880, was wound for the last "
        "time by its keeper on Sunday.",
        "Wenby keeper steps back\nThe keeper's interest first started in 1962, when he helped "
        "his father wind the Wenby clock.",
    )
    assert not report.conflicts


def test_a_train_taken_out_of_service_is_not_a_loan() -> None:
    report = report_of(
        "Old engine returns to Carrow\nThe steam engine borrowed in 1990 from a museum has "
        "been given back to Carrow.",
        "Carrow engine home\nThe engine, taken out of service in 1968, is home at Carrow again.",
    )
    assert not report.conflicts


def test_a_bell_and_a_clock_installed_in_two_years_are_two_things() -> None:
    report = report_of(
        "Sorby clock going again\nThe Sorby church clock, installed in 1868, was restarted on "
        "Friday by volunteers.",
        "Sorby clock mended\nVolunteers restarted the Sorby church clock on Friday. A new bell "
        "was installed in 1990, the vicar said.",
    )
    assert not report.conflicts


def test_a_book_lent_to_a_museum_is_one_year_said_once() -> None:
    report = report_of(
        "Lost ledger back at Amble\nA ledger borrowed from Amble library in 1962 was returned "
        "this week. The library lent its maps to the county museum in 1990.",
        "Amble ledger returned\nThe ledger borrowed from Amble library in 1962 is back.",
    )
    assert not report.conflicts


def test_a_shops_takings_and_a_fine_are_no_sum_stolen() -> None:
    report = report_of(
        "Arley shop robbed\nThe village shop in Arley, robbed on Monday, took £3,000 a day "
        "before the raid, its owner said.",
        "Arley raid\nRaiders got away with £15,000 in cash from the village shop in Arley. One "
        "man got away with a £200 fine for an earlier theft.",
    )
    assert not _sum_conflicts(report), report.conflicts


def test_a_sum_taken_with_no_robbery_named_has_no_theft_slot() -> None:
    report = report_of(
        "Arley fete\nThe Arley fete took about £8,000 on Saturday, organisers said.",
        "Arley raid\nRaiders got away with £15,000 in cash from the village shop in Arley.",
    )
    assert not _sum_conflicts(report), report.conflicts


def test_a_vicar_installed_is_no_clock_installed() -> None:
    report = report_of(
        "Church clock going\nThe clock of St Mary's at Orby, installed in 1868, was restarted "
        "on Friday.",
        "Orby church news\nThe new vicar of St Mary's at Orby was installed in 2001. The church "
        "clock was restarted on Friday.",
    )
    assert not report.conflicts


def test_a_councils_loan_is_no_book_borrowed() -> None:
    report = report_of(
        "Overdue book\nA book borrowed in 1984 was returned to Kelby library on Monday.",
        "Kelby library news\nThe council borrowed £2m in 2010 to rebuild Kelby library, where a "
        "long overdue book came back on Monday.",
    )
    assert not report.conflicts


# review-slots36: two things of one kind, each dated, are two things.


def test_two_clocks_told_by_their_modifiers_stay_apart() -> None:
    report = report_of(
        "Clocks stop in Wexley\nThe chapel clock, installed in 1852, stopped on Tuesday night.",
        "Wexley clocks halt\nThe market clock, installed in 1923, stopped as well on Tuesday.",
    )
    assert not report.conflicts


def test_a_new_clock_put_in_its_place_is_another_clock() -> None:
    report = report_of(
        "Wexley clock auctioned\nThe clock installed in 1852 at Wexley chapel was auctioned on "
        "Friday.",
        "Wexley chapel clock sold\nA replacement clock was installed in 1987 in its place, and "
        "the old one was auctioned on Friday.",
    )
    assert not report.conflicts


def test_an_organ_at_a_priory_is_no_choir_organ() -> None:
    report = report_of(
        "Priory fire\nFlames gutted the organ at Dunmere Priory, installed in 1911, on Sunday.",
        "Dunmere Priory blaze\nThe chamber organ, installed in 1974, was saved by firefighters.",
    )
    assert not report.conflicts


def test_cameras_installed_on_two_roads_stay_apart() -> None:
    report = report_of(
        "Camera haul\nAverage-speed cameras installed in 2018 on the B1102 caught 900 drivers.",
        "B-road cameras\nCameras were installed in 2022 on the B1107 as well, the council said.",
    )
    assert not [c for c in report.conflicts if c.subject.startswith("year installed")]


def test_a_painting_lent_to_two_galleries_has_no_year_borrowed() -> None:
    report = report_of(
        "Seascape returns\nThe Estuary seascape was lent in 1992 to the Uffizi, its owner said.",
        "Estuary seascape home\nThe Estuary seascape was lent in 2006 to the Rijksmuseum.",
    )
    assert not report.conflicts


def test_a_chain_borrowed_with_no_library_has_no_year_borrowed() -> None:
    report = report_of(
        "Mayor's chain found\nThe mayoral chain, borrowed in 1990 for a pageant, was found.",
        "Chain turns up\nThe mayoral chain, borrowed in 1997 by a theatre, has turned up.",
    )
    assert not report.conflicts


def test_the_clock_meets_the_same_clock_named_with_its_hall() -> None:
    report = report_of(
        "Tamby clock going\nThe turret clock of Tamby Corn Exchange, installed in 1874, was "
        "restarted on Monday.",
        "Tamby clock restarted\nVolunteers restarted the clock on Monday. The clock, installed "
        "in 1879, had stood still since spring.",
    )
    assert [c.subject for c in report.conflicts] == ["year installed"], report.conflicts


def test_a_shops_takings_after_a_robbery_are_no_sum_stolen() -> None:
    report = report_of(
        "Tolley shop reopens\nAfter the robbery at the Tolley shop, it reopened and took "
        "£3,000 last week.",
        "Tolley robbery\nRobbers got away with £14,000 from the Tolley shop.",
    )
    assert not _sum_conflicts(report), report.conflicts
