"""The citation check stops reading where the answer is known (issue 9): whether another report
states one of a claim's facts is asked only of a claim its citations leave "one", and only until
a second report is found. The answers are those of reading every candidate.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bylines.report import verify
from bylines.report.align import FactLinks
from bylines.report.coverage import Reports
from bylines.report.values import Reading
from bylines.report.verify import _stated_elsewhere
from bylines.types import Claim, Sentence

SHOWN = Sentence("a-post", 2, "The Ostwick ferry carried 212 passengers on Sunday.", 0, 51)
# another toll: states no fact of the shown sentence
OTHER_VALUE = Sentence("a-wire", 4, "The Ostwick ferry carried 340 passengers on Sunday.", 0, 51)
SAME = Sentence("a-radio", 1, "On Sunday the Ostwick ferry carried 212 passengers.", 0, 51)
ALSO = Sentence("a-daily", 7, "The Ostwick ferry had 212 passengers aboard on Sunday.", 0, 54)
REPORTS = Reports({a: a for a in ("a-post", "a-wire", "a-radio", "a-daily")}, 4)


def _links(*others: Sentence) -> FactLinks:
    return FactLinks({(SHOWN, o): ((SHOWN, o),) for o in others}, {SHOWN: others})


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles whose sentence ``_states_unit`` was asked of."""
    seen: list[str] = []
    states = verify._states_unit

    def counting(unit: str, other: str, read: Reading) -> bool:
        seen.append(next(s.article for s in (OTHER_VALUE, SAME, ALSO) if s.text == other))
        return states(unit, other, read)

    monkeypatch.setattr(verify, "_states_unit", counting)
    return seen


def test_a_second_report_found_first_ends_the_reading(asked: list[str]) -> None:
    links = _links(SAME, ALSO, OTHER_VALUE)
    assert _stated_elsewhere(SHOWN, ("a-post",), links, REPORTS, Reading())
    assert asked == ["a-radio"]


def test_an_outlet_giving_another_value_is_read_past(asked: list[str]) -> None:
    links = _links(OTHER_VALUE, SAME, ALSO)
    assert _stated_elsewhere(SHOWN, ("a-post",), links, REPORTS, Reading())
    assert asked == ["a-wire", "a-radio"]


def test_nobody_else_stating_it_reads_every_candidate(asked: list[str]) -> None:
    links = _links(OTHER_VALUE)
    assert not _stated_elsewhere(SHOWN, ("a-post",), links, REPORTS, Reading())
    assert asked == ["a-wire"]


def test_a_copy_of_the_cited_report_is_no_second_report(asked: list[str]) -> None:
    # a-radio is a wire copy of a-post here: its stating the fact leaves it one report's
    reports = Reports({"a-post": "a-post", "a-radio": "a-post", "a-daily": "a-daily"}, 2)
    links = _links(SAME, ALSO)
    assert _stated_elsewhere(SHOWN, ("a-post",), links, reports, Reading())
    assert asked == ["a-radio", "a-daily"]
    assert not _stated_elsewhere(SHOWN, ("a-post",), _links(SAME), reports, Reading())


def _refusing(*_: object) -> Iterator[str]:
    raise AssertionError("a claim cited by two reports must not ask who else states it")


def test_a_claim_cited_by_two_reports_asks_nobody_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify, "_stating_a_unit", _refusing)
    monkeypatch.setattr(verify, "_restating", _refusing)
    claim = Claim("c1", SHOWN.text, ("a-post", "a-radio"), "several", (SHOWN, SAME))
    links = _links(SAME)
    by_article = {"a-post": [SHOWN], "a-radio": [SAME]}
    checked = verify._with_support(claim, links, by_article, REPORTS, Reading())
    assert checked.sources == ("a-post", "a-radio")
    assert checked.coverage == "several"


def test_a_claim_cited_by_one_report_still_asks_and_stays_one_where_nobody_states_it() -> None:
    claim = Claim("c1", SHOWN.text, ("a-post",), "one", (SHOWN,))
    by_article = {"a-post": [SHOWN], "a-wire": [OTHER_VALUE], "a-radio": [SAME]}
    # (linked on a unit with another toll: a-wire is neither cited nor stating it)
    alone = verify._with_support(claim, _links(OTHER_VALUE), by_article, REPORTS, Reading())
    assert (alone.sources, alone.coverage) == (("a-post",), "one")
