from __future__ import annotations

from bylines.ingest.dedup import mark_duplicates
from bylines.types import Article

# A wire story we wrote, and what outlets do with it.
WIRE = """Harbour bridge reopens after three weeks of repairs
By Ana Lopes, Coastal Wire
The Millbrook harbour bridge reopened to traffic on Tuesday morning, three weeks after a barge
struck one of its pillars during a storm. City engineers said the pillar had been strengthened with
steel collars and that the bridge was now safe for lorries as well as cars. Mayor Ruth Okafor, who
drove across the bridge at seven o'clock, thanked the repair crews for working through two weekends.
The closure had forced commuters into a forty minute detour through the industrial estate, and
local shops on the north bank said their takings had fallen by a third. The barge operator has
agreed to pay for the repairs, which cost 2.4 million euros, the council said. An inquiry into why
the barge left its mooring in the storm will report in the spring.
"""

RETITLED = WIRE.replace(
    "Harbour bridge reopens after three weeks of repairs\nBy Ana Lopes, Coastal Wire",
    "Millbrook commuters cheer as bridge opens again\nStaff and agencies",
)

TRIMMED = WIRE.split("The barge operator", maxsplit=1)[0]

# The same event told by another writer: same names and figures, different words.
OTHER_WRITER = """Drivers return to Millbrook bridge
Cars and lorries were back on the Millbrook harbour bridge on Tuesday. The crossing had been shut
since a barge hit a pillar in a storm three weeks ago. Mayor Ruth Okafor was among the first to
cross, at 7am, and praised the crews who had worked weekends to finish the job. Engineers fitted
steel collars around the damaged pillar. Shopkeepers on the north bank, who lost about a third of
their trade during the closure, welcomed the news. The repair bill of 2.4 million euros will be met
by the barge's operator, according to the council, and an inquiry is due to report next spring.
"""


def _article(id_: str, text: str) -> Article:
    return Article(id=id_, text=text, source=id_)


def test_identical_copy_is_marked_as_duplicate_of_the_earlier_article() -> None:
    marked = mark_duplicates([_article("a", WIRE), _article("b", WIRE)])
    assert [m.duplicate_of for m in marked] == [None, "a"]


def test_copy_with_new_headline_and_byline_is_a_duplicate() -> None:
    marked = mark_duplicates([_article("a", WIRE), _article("b", RETITLED)])
    assert marked[1].duplicate_of == "a"


def test_trimmed_copy_is_a_duplicate_whichever_comes_first() -> None:
    marked = mark_duplicates([_article("short", TRIMMED), _article("full", WIRE)])
    assert [m.duplicate_of for m in marked] == [None, "short"]


def test_same_event_by_another_writer_is_not_a_duplicate() -> None:
    marked = mark_duplicates([_article("a", WIRE), _article("b", OTHER_WRITER)])
    assert [m.duplicate_of for m in marked] == [None, None]


def test_third_copy_points_at_the_first_original() -> None:
    articles = [_article("a", WIRE), _article("b", OTHER_WRITER), _article("c", RETITLED)]
    marked = mark_duplicates([*articles, _article("d", WIRE)])
    assert [m.duplicate_of for m in marked] == [None, None, "a", "a"]


def test_tiny_and_empty_articles_are_never_duplicates() -> None:
    marked = mark_duplicates([_article("a", "Rain."), _article("b", "Rain."), _article("c", "")])
    assert [m.duplicate_of for m in marked] == [None, None, None]


# A one-paragraph bulletin whose only line is a quote the wire also carries, word for word.
QUOTE_ONLY = (
    "Mayor Ruth Okafor, who drove across the bridge at seven o'clock, thanked the repair crews "
    "for working through two weekends."
)


def test_a_full_report_is_never_the_copy_of_a_one_line_bulletin() -> None:
    marked = mark_duplicates([_article("bulletin", QUOTE_ONLY), _article("wire", WIRE)])
    assert [m.duplicate_of for m in marked] == [None, None]


def test_a_one_line_bulletin_after_the_wire_is_still_its_copy() -> None:
    marked = mark_duplicates([_article("wire", WIRE), _article("bulletin", QUOTE_ONLY)])
    assert [m.duplicate_of for m in marked] == [None, "wire"]
