"""Shared fixtures: the local test site and a guarded fetcher pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bylines.errors import FetchError
from bylines.ingest.fetch import FetchSettings, GuardedFetcher
from httpserver import Site, serve

# Fake DNS for the tests: "public.test" stands for a public news site and is trusted (allowed to
# reach 127.0.0.1, where the test site runs); "evil.test" also resolves to 127.0.0.1 but is NOT
# trusted, so the real address check must refuse it. Both names are unknown to the system
# resolver, so a successful fetch proves the connection went to the address this resolver gave.
FAKE_DNS = {"public.test": ["127.0.0.1"], "evil.test": ["127.0.0.1"]}


def fake_resolver(host: str, port: int) -> list[str]:
    if host not in FAKE_DNS:
        raise FetchError(host, "cannot resolve the host name")
    return FAKE_DNS[host]


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def make_fetcher(**changes: object) -> GuardedFetcher:
    defaults: dict[str, object] = {
        "allow_private": False,
        "trusted_hosts": frozenset({"public.test"}),
        "connect_timeout": 2.0,
        "read_timeout": 1.0,
        "total_timeout": 5.0,
        "max_bytes": 100_000,
    }
    settings = FetchSettings(**{**defaults, **changes})  # type: ignore[arg-type]
    return GuardedFetcher(settings, resolver=fake_resolver)


@pytest.fixture
def fetcher() -> Iterator[GuardedFetcher]:
    with make_fetcher() as guarded:
        yield guarded
