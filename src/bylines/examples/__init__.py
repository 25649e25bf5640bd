"""The example event that ships inside the package, so ``bylines demo`` works on a fresh install.

Its reports are invented (see its README.md): the project may distribute them, unlike real
scraped articles.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from bylines.errors import BylinesError

EXAMPLE = "ferry-aground"


def example_path() -> Path:
    """The folder of the shipped example's article files."""
    folder = resources.files(__name__).joinpath(EXAMPLE)
    if not isinstance(folder, Path) or not folder.is_dir():
        # A zipped install has no folder to read; bylines is installed unzipped by pip.
        raise BylinesError(f"the example {EXAMPLE!r} is not installed as a folder: {folder}")
    return folder
