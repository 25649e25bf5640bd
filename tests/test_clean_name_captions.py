"""A broadcast script's name caption over a clip ("[SUPER: NAME / ROLE]", "[ASTON: ...]",
"CAPTION: ...", "STRAP: ...") names the clip's speaker: read as the quotation's label, so the
words are not given to the person the sentence before has acting. Captions of no one, captions
the page does not confirm as a person's and captions over anything but a quotation stay page
furniture, as before. Every text here is invented (places, people, outlets)."""

from __future__ import annotations

import pytest

from bylines.ingest.captions import NameCaption, caption_speaker
from bylines.ingest.sentences import split_sentences
from bylines.models import Models, load_models
from bylines.report.quotes import find_occurrences
from cleaned import clean
from model_reports import report

LEAD = "A 30-metre mural on the Tarnby baths has been painted over by council contractors."
PAINTER = "It was painted in 1991 by Mirela Vasko-Hume with children from the town."
LEADER = "The council leader, Osric Penwell, has said the council made a mistake."
CLIP = '"I came past at nine and the whole wall had gone grey."'
AFTER = "A petition to bring the mural back has 5,200 signatures."


def _script(caption: str, clip: str = CLIP) -> str:
    return "\n".join(("Tarnby mural painted over", LEAD, PAINTER, LEADER, caption, clip, AFTER))


def _speakers(text: str) -> list[str]:
    articles = [clean(text)]
    return [o.speaker for o in find_occurrences(split_sentences(articles), articles)]


@pytest.mark.parametrize(
    "caption",
    [
        "[SUPER: MIRELA VASKO-HUME / ARTIST]",
        "[ASTON: Mirela Vasko-Hume, painter of the mural]",
        "CAPTION: Mirela Vasko-Hume - artist",
        "STRAP: MIRELA VASKO-HUME",
        "(SUPER: Mirela Vasko-Hume / artist)",
    ],
)
def test_a_caption_naming_a_person_the_story_names_gives_the_clip_its_speaker(
    caption: str,
) -> None:
    article = clean(_script(caption))
    assert caption in article.removed
    assert caption not in article.text
    assert _speakers(_script(caption)) == ["Mirela Vasko-Hume"]


def test_a_caption_whose_role_is_a_persons_names_someone_the_story_does_not() -> None:
    caption = "[SUPER: TOMAS REEVE / RESIDENT]"
    assert _speakers(_script(caption)) == ["Tomas Reeve"]
    assert caption_speaker(caption, LEAD) == NameCaption("Tomas Reeve", "resident")


@pytest.mark.parametrize(
    "caption",
    [
        # no person: a label, a heading, a place
        "[SUPER: LIVE]",
        "[STRAP: Flood warning]",
        "[SUPER: FLOOD WARNING / RIVER TAME]",
        "[SUPER: TARNBY / EARLIER TODAY]",
        # shaped as a name, but neither the story nor a person's role confirms it
        "[SUPER: ODELL PRAGUE / ARCHIVE]",
        # a body, not a person
        "[ASTON: Tarnby Council / statement]",
    ],
)
def test_a_caption_of_no_person_names_no_speaker_and_stays_out(caption: str) -> None:
    assert caption_speaker(caption, _script(caption)) is None
    article = clean(_script(caption))
    assert caption not in article.text
    assert CLIP in article.text.splitlines()


def test_a_caption_over_no_quotation_is_left_as_it_was() -> None:
    said = "She said she came past at nine and the wall had gone grey."
    caption = "[SUPER: MIRELA VASKO-HUME / ARTIST]"
    article = clean(_script(caption, said))
    assert caption not in article.text
    assert said in article.text.splitlines()
    # a quotation that says whose it is keeps its own attribution, unjoined
    credited = f'{CLIP[:-2]}," she said.'
    assert credited in clean(_script(caption, credited)).text.splitlines()


@pytest.fixture(scope="module")
def models() -> Models:
    return load_models()


def test_the_clip_is_not_credited_to_the_leader_in_the_report(models: Models) -> None:
    paper = "\n".join(("Tarnby mural painted over by mistake", LEAD, LEADER, AFTER))
    briefing = report(models, (_script("[SUPER: MIRELA VASKO-HUME / ARTIST]"), paper))
    (quote,) = [q for q in briefing.quotes if "whole wall" in q.variants[0].text]
    assert quote.speaker == "Mirela Vasko-Hume"
