"""Errors bylines raises. Every one of them is meant to be shown to a user as one line.

BylinesError
├── InputError        an input (file, URL, stdin) could not be read; names it and says why
├── MissingExtraError an optional part is not installed; says which ``pip install`` fixes it
└── FetchError        a URL was refused or failed (see ``bylines.ingest.fetch``)
"""

from __future__ import annotations


class BylinesError(Exception):
    """Base of every error bylines raises on purpose; its message is fit for users."""


class InputError(BylinesError):
    """An input could not be read: ``name`` is the file or URL, ``reason`` what is wrong."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class MissingExtraError(BylinesError):
    """An optional dependency is missing; the message names the extra that installs it."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs an optional part: pip install 'bylines[{extra}]'")
        self.extra = extra


class FetchError(BylinesError):
    """A URL was refused by the guarded fetcher or could not be fetched."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
