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


def test_the_tokenizer_is_the_one_the_pipeline_stores() -> None:
    """The tokenizer is built empty and then loaded from the pipeline (``load_spacy``): the same
    rules, patterns and tokens as spaCy's own load, which builds the defaults first."""
    import spacy

    ours = _spacy_tagger()._nlp.tokenizer
    default = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE)).tokenizer
    assert ours.rules == default.rules
    assert len(ours.rules) > 100  # the stored exceptions, not an empty tokenizer's
    for pattern in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(ours, pattern).__self__.pattern == getattr(default, pattern).__self__.pattern
    text = "Dr. Varga's team didn't fly (via Port-Talmen) at 5:30p.m.; see https://example.org/x!"
    assert [t.text for t in ours(text)] == [t.text for t in default(text)]
