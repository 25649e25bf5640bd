"""Word lists written as one string: easier to read and edit than a list of literals."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())
