"""The per-report reads the citation check asks of every pair (``values.Reading``): each is
the function it remembers, read once a text, never another text's answer."""

from bylines.report.align import group_counts
from bylines.report.summarise import display_text
from bylines.report.values import Reading, gives_a_figure
from bylines.types import Sentence

DATED = "KARNHOLM (Reuters) - Nine people were injured when the roof of the depot fell."
PLAIN = "Nine people were injured when the roof of the depot fell."


def _sentence(article: str, index: int, text: str) -> Sentence:
    return Sentence(article, index, text, 0, len(text))


def test_shown_text_drops_the_dateline_as_display_text_does() -> None:
    read = Reading()
    dated = _sentence("a1", 0, DATED)
    assert read.shown(dated) == display_text(dated) == PLAIN
    assert read.shown(_sentence("a2", 4, PLAIN)) == PLAIN


def test_shown_text_is_read_by_text_not_by_place() -> None:
    """Two sentences at one place of one article (a claim rebuilt after a split keeps its
    sentences; another report has its own) are shown as their own texts."""
    read = Reading()
    assert read.shown(_sentence("a1", 0, DATED)) == PLAIN
    other = _sentence("a1", 0, "KARNHOLM (Reuters) - Route 34 was closed for the day.")
    assert read.shown(other) == "Route 34 was closed for the day."


def test_figures_to_give_leave_the_pronoun_one_out_and_stay_per_text() -> None:
    read = Reading()
    pronoun = "The depot fire was one of the biggest in Karnholm."
    count = "The depot fire injured nine people in Karnholm."
    assert gives_a_figure(pronoun, "Firefighters attended the depot.", read)
    assert not gives_a_figure(count, "Firefighters attended the depot.", read)
    # asked again of the same Reading, the same answers
    assert gives_a_figure(pronoun, "Firefighters attended the depot.", read)
    assert not gives_a_figure(count, "Firefighters attended the depot.", read)
    assert gives_a_figure(count, "Nine people were hurt at the depot.", read)


def test_group_counts_read_once_are_those_read_fresh() -> None:
    read = Reading()
    whole = "Three people died and 12 were injured in the collapse."
    part = "Two of the 12 injured were children."
    for text in (whole, part, whole, part):
        assert group_counts(text, read) == group_counts(text, Reading())
    assert group_counts(part, read) != group_counts(whole, read)
