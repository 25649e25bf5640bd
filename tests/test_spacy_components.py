"""The spaCy tagger runs only the components named-entity recognition reads."""

from __future__ import annotations

import pytest

from bylines.errors import MissingExtraError
from bylines.report.entities import SPACY_EXCLUDE, SPACY_MODEL, SpacyTagger, load_spacy

TEXTS = [
    "Mayor Ines Varga of Lindqvist met the Harbour Board in Port Talmen on Monday.",
    "The Valdoria Ministry of Water said talks with Castellan Energy would resume in Oslo.",
    "Governor Petra Halloran, 58, flew to Brask after the flood, officials in Tarnwick said.",
    "said Okafor",
]


def _spacy_tagger() -> SpacyTagger:
    try:
        return load_spacy()
    except MissingExtraError:  # the ``ner`` extra is part of the test environment
        pytest.fail("spaCy and its English pipeline must be installed for these tests")


def test_the_tagger_runs_ner_alone() -> None:
    assert _spacy_tagger()._nlp.pipe_names == ["ner"]


def test_leaving_out_the_shared_tok2vec_finds_the_same_entities() -> None:
    import spacy

    kept = [name for name in SPACY_EXCLUDE if name != "tok2vec"]
    with_tok2vec = SpacyTagger(spacy.load(SPACY_MODEL, exclude=kept))
    assert with_tok2vec._nlp.pipe_names == ["tok2vec", "ner"]
    found = _spacy_tagger().tag(TEXTS)
    assert found == with_tok2vec.tag(TEXTS)
    assert any(found)  # the sentences do hold names the model finds
