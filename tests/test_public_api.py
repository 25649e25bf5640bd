from __future__ import annotations

import subprocess
import sys

import bylines


def test_every_exported_name_resolves_once() -> None:
    # ruff (RUF022) keeps __all__ sorted; this checks what only running it can.
    assert len(set(bylines.__all__)) == len(bylines.__all__)
    for name in bylines.__all__:
        exported = getattr(bylines, name)
        # Everything public is bylines' own (no re-exported third-party names).
        assert isinstance(exported, str) or exported.__module__.startswith("bylines.")


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        bylines.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_importing_bylines_loads_no_heavy_module() -> None:
    heavy = ["sklearn", "spacy", "onnxruntime", "trafilatura", "fastapi", "httpx", "numpy"]
    code = f"import sys, bylines; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""
