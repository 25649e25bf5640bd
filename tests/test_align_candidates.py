"""Which sentences reach the model: a big pile asks more of a candidate partner than a
cluster does (``align.PILE_TEXTS``)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

from bylines.report import align

# Rows 0 and 1 (two articles) at cosine ``lexical``; every other row alone on a column of its
# own, so nothing else can be anyone's partner.
FIRST, SECOND = 0, 1


def _rows(total: int, lexical: float, shared_anchors: int) -> tuple[Any, Any, NDArray[np.str_]]:
    tfidf = np.zeros((total, total + 2), dtype=np.float32)
    tfidf[FIRST, 0] = 1.0
    tfidf[SECOND, 0] = lexical
    tfidf[SECOND, 1] = np.sqrt(1.0 - lexical**2)
    for k in range(2, total):
        tfidf[k, k + 2] = 1.0
    anchors = np.zeros((total, 2), dtype=np.float32)
    anchors[[FIRST, SECOND], :shared_anchors] = 1.0
    articles = np.array(
        ["Harbour Gazette", "Valley Post"] + [f"outlet {k}" for k in range(2, total)]
    )
    return csr_matrix(tfidf), csr_matrix(anchors), articles


def _chosen(total: int, lexical: float, shared_anchors: int = 0) -> list[int]:
    tfidf, anchors, articles = _rows(total, lexical, shared_anchors)
    return [int(i) for i in align._candidates(tfidf, anchors, articles)]


def test_a_weak_lexical_partner_is_enough_in_a_cluster_but_not_in_a_pile() -> None:
    weak = (align.LEX_CANDIDATE + align.PILE_LEX_CANDIDATE) / 2
    assert _chosen(50, weak) == [FIRST, SECOND]
    assert _chosen(align.PILE_TEXTS + 1, weak) == []


def test_a_strong_lexical_partner_is_a_candidate_in_a_pile_too() -> None:
    strong = align.PILE_LEX_CANDIDATE + 0.05
    assert _chosen(align.PILE_TEXTS + 1, strong) == [FIRST, SECOND]


def test_shared_anchors_alone_are_enough_in_a_cluster_but_a_pile_wants_some_words_too() -> None:
    no_words, some_words = 0.0, align.PILE_ANCHOR_LEX + 0.02
    anchors = align.ANCHOR_CANDIDATE
    assert _chosen(50, no_words, anchors) == [FIRST, SECOND]
    assert _chosen(align.PILE_TEXTS + 1, no_words, anchors) == []
    assert _chosen(align.PILE_TEXTS + 1, some_words, anchors) == [FIRST, SECOND]


def test_sentences_of_one_article_are_never_each_others_candidates() -> None:
    tfidf, anchors, articles = _rows(50, 0.9, 0)
    articles[SECOND] = articles[FIRST]
    assert len(align._candidates(tfidf, anchors, articles)) == 0


def test_partners_in_different_blocks_are_both_chosen() -> None:
    """Each block is scored against itself and the texts after it only: a pair across blocks
    must still mark the earlier text and the later one, and a pair inside the last block too."""
    total = 2 * align.BLOCK + 10
    tfidf = np.zeros((total, total + 3), dtype=np.float32)
    for k in range(total):
        tfidf[k, k + 3] = 1.0  # alone on a column of its own
    pairs = [(3, align.BLOCK + 7), (align.BLOCK - 1, 2 * align.BLOCK + 9)]
    pairs.append((2 * align.BLOCK + 1, 2 * align.BLOCK + 4))
    for column, (first, second) in enumerate(pairs):
        tfidf[[first, second], :] = 0.0
        tfidf[[first, second], column] = 1.0
    articles = np.array([f"outlet {k}" for k in range(total)])
    chosen = align._candidates(
        csr_matrix(tfidf), csr_matrix((total, 2), dtype=np.float32), articles
    )
    assert [int(i) for i in chosen] == sorted(k for pair in pairs for k in pair)
