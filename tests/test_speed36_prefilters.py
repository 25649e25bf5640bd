"""Cheap tests that spare a costly pattern give the same readings as the pattern alone.

speed36 put a cheap search before the patterns of times of day (``clock.read_times``: the side
and hour of a time in words, a digit before am/pm, the separator of a time in digits, a wire's
four digits, the words of a time on the hour) and before the per-name patterns of relatives
(``figure_reading._families``: a relative's word before a name, 'his/her/their' and a
relative's word after one). Each cheap search is part of what its pattern must match, so it
may only skip texts the pattern finds nothing in. Here the readings with the cheap searches are
compared with the readings without them (each replaced by a search that always finds), on
sentences of every shape the patterns read and on near misses that must read no time or no
relative. And a page's line is judged page or story with its features read only where they
can tell (``prose.is_page_line``: a long line with a verb is story whatever else it holds),
as all its features judge it.

Every sentence here is invented for these tests (places, people and outlets).
"""

from __future__ import annotations

import re

import pytest

from bylines.ingest import prose
from bylines.report import clock, figure_reading
from bylines.report.figure_reading import _families, _tokens
from bylines.types import Sentence

# A search that always finds: the reading as it was before the cheap searches.
_ALWAYS = re.compile("")

READ = [
    # in words, every side, cases and spaces an outlet writes
    "No planes have taken off since about twenty past six.",
    "The ship struck the reef at twenty to eleven on Friday night.",
    "The alarm sounded at a quarter to one and again at half past three.",
    "Crews arrived at seventeen minutes past nine, Harbour Watch said.",
    "The vote closed at TEN TO TWELVE.",
    "Divers went down at twenty\u00a0past\u00a0six in the morning.",
    "The lifts stopped at ten past midnight and restarted at five to noon.",
    # on the hour
    "The fire was reported at eleven o'clock and out by six o\u2019clock in the evening.",
    "Guards found the gate open at four in the morning.",
    "The ferry left at Seven In The Evening.",
    # with am/pm
    "The tremor struck at 2:40 am local time.",
    "Power went off at 4 a.m. and returned at 7.40 p.m.",
    "The crash happened at 1.30am on the ring road.",
    "Police were called at 11PM.",
    # in digits, and a wire's four digits
    "The power went off at 06:20 and came back at 22:40.",
    "The train left at 18.05, the operator Velstra Rail said.",
    "The boat set off at 0530 and came ashore at 1642 local time.",
    "The strike began at 0900 GMT.",
]
# Near misses: no time of day, another number, or a shape the readers pass over.
PASSED_OVER = [
    "Twenty-seven minutes after eight the doors were opened.",
    "Crews were stood down from 2300.",
    "The tremor struck at \u0660\u0666:\u0662\u0660 on Sunday.",
    "The toll rose from five to seven overnight.",
    "Five to seven people were trapped, the council said.",
    "The water rose by 2.45 per cent and stood at 1.20 metres.",
    "The charter of 1642 was read out; call 0800 555 0199 for tickets.",
    "An hour and a half past the deadline, talks went on.",
    "Eleven past three-time winners were in the race.",
    "The mayor spoke to reporters after the meeting.",
    "In the evening the council met in the town hall.",
    "",
]


@pytest.mark.parametrize("text", READ + PASSED_OVER)
def test_times_of_day_read_as_the_patterns_alone_read_them(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = clock.read_times(text)
    for name in [n for n in vars(clock) if n.startswith("_NEEDED_")]:
        monkeypatch.setattr(clock, name, _ALWAYS)
    assert found == clock.read_times(text)


def test_the_cheap_searches_find_the_times_they_guard() -> None:
    # (the comparison above would pass if no reader read anything: these are read)
    minutes = {text: clock.times_of_day(text) for text in READ}
    assert all(minutes.values()), [text for text, found in minutes.items() if not found]
    assert clock.times_of_day("No planes have taken off since about twenty past six.") == {380}
    assert clock.times_of_day("The boat set off at 0530 and came ashore at 1642 local time.") == {
        330,
        1002 % clock.DIAL,
    }


FAMILY_ARTICLES = [
    # relatives before and after a full name, and none
    ("a1", "Skipper Tom Hest, 45, and his father Ivo Hest, 71, were winched aboard."),
    ("a1", "Mr Hest, 71, was treated for the cold."),
    ("a2", "Tom Hest and his wife Ana Hest were lifted off by helicopter."),
    ("a2", "Her sister Mathilde Ostrova said the crew had kept calm."),
    ("a3", "Farmer Ian Bole and his son were not hurt, Kelby Radio said."),
    ("a3", "Ian Bole said his brother Owen Bole had called the coastguard."),
    ("a4", "Their mother Rosa Lind and her daughters Ella Lind and Mia Lind were found safe."),
    ("a4", "Ella Lind, 12, and her brother were taken to Kelby hospital."),
    # near misses: two people of one family with no relative's word, one name spelled two ways
    ("a5", "Katrin Holm and Katrine Holm both wrote to the council."),
    ("a5", "Per Dale and Eva Dale run the harbour cafe."),
    ("a6", "The brothers of the order met Tom Hest in Kelby."),
]


def _family_sentences() -> list[tuple[Sentence, str]]:
    sentences, index = [], {}
    for article, text in FAMILY_ARTICLES:
        index[article] = index.get(article, -1) + 1
        sentences.append((Sentence(article, index[article], text, 0, len(text)), "c0"))
    return sentences


def test_families_read_as_the_per_name_patterns_alone_read_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = _family_sentences()
    tokens = {sentence: _tokens(sentence.text) for sentence, _ in sentences}
    # (the cluster's name words, in lower case, as ``_cluster_names`` gives them)
    known = frozenset(w.lower() for s, _ in sentences for w in re.findall(r"[A-Z][a-z]+", s.text))
    found = _families(sentences, tokens, known)
    monkeypatch.setattr(figure_reading, "_KIN_BEFORE_RE", _ALWAYS)
    monkeypatch.setattr(figure_reading, "_KIN_OF_SOMEONE_RE", _ALWAYS)
    assert found == _families(sentences, tokens, known)
    # (and the relatives are read: a Mr Hest of a1 may be either, a Mrs Hest of a2 Ana's)
    assert ("a1", "hest", "male") in found
    assert ("a2", "hest", "female") in found
    assert ("a4", "lind", "female") in found
    assert not any(article == "a5" and family == "holm" for article, family, _ in found)


PAGE_LINES = [
    # long story lines with a verb, and one whose only verb is inside quotation marks
    "The ferry Kelby Star ran aground on a sandbank off Tressing on Sunday morning, and the 212"
    " passengers aboard were taken off by lifeboat crews from three stations along the coast.",
    '"We are doing everything we can to get people home tonight and we will not stop until'
    ' every one of them is safe and warm," the harbour master, Ilse Marvik, told reporters.',
    "Subscribe to our newsletter and you will get the best of the Kelby Courier in your inbox"
    " every morning, with offers from our partners and the news you need to start the day.",
    # long lines of the page: no verb (a menu, a list of links, a row of tags)
    "Home News Sport Business Opinion Culture Travel Weather Video Audio Podcasts Newsletters"
    " Puzzles Crosswords Obituaries Jobs Dating Shop Events Tickets Archive Contact Us Help"
    " Terms Privacy Cookies Accessibility Careers Advertise Syndication Kelby Courier Group",
    "Tressing | Kelby | Ferries | Lifeboats | Coastguard | Weather | Tides | Harbours | Ports"
    " | Shipping | Fishing | Tourism | Transport | Islands | Coast | Sea | Rescue | Storms",
    # short lines either way
    "Read more",
    "Share this article",
    "Lifeboats were called at dawn.",
    "By Anna Brisk, Coast Reporter",
]


@pytest.mark.parametrize("index", range(len(PAGE_LINES)))
def test_page_lines_judged_as_by_all_their_features(index: int) -> None:
    text = PAGE_LINES[index]
    features = prose.line_features(index, PAGE_LINES)
    whole = not prose._reads_as_story(text, features) and (
        prose.junk_score(features) >= prose.JUNK_THRESHOLD
    )
    assert prose.is_page_line(index, PAGE_LINES) == whole


def test_a_long_menu_line_is_still_page_and_a_long_story_line_still_story() -> None:
    assert not prose.is_page_line(0, PAGE_LINES)
    assert not prose.is_page_line(1, PAGE_LINES)
    assert prose.is_page_line(3, PAGE_LINES)
    assert prose.is_page_line(4, PAGE_LINES)
