"""The guarded fetcher against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import httpcore
import pytest

from bylines.errors import FetchError
from bylines.ingest.fetch import (
    FEED_TYPES,
    HTML_TYPES,
    USER_AGENT,
    Fetched,
    FetchSettings,
    GuardedFetcher,
    address_problem,
    article_ids,
    check_url,
    decoded_chunks,
    fetch_articles,
    merge_results,
    read_sources,
)
from bylines.types import Article, ReadResult
from conftest import fake_resolver, make_fetcher
from httpserver import BAD_NAME, GZIP_BOMB, TLS_CERT, Site, article_html, serve


def _refusal(fetcher: GuardedFetcher, url: str, accept: frozenset[str] = HTML_TYPES) -> str:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url, accept)
    assert caught.value.url == url
    return caught.value.reason


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "not a public"),
        ("240.0.0.1", "reserved"),
    ],
)
def test_forbidden_addresses_are_named(address: str, problem: str) -> None:
    reason = address_problem(address)
    assert reason is not None
    assert problem in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "151.101.1.69", "2a04:4e42::81"])
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(address) is None


def test_trusted_name_is_fetched_with_a_clear_user_agent(
    site: Site, fetcher: GuardedFetcher
) -> None:
    page = fetcher.fetch(site.url("/harbour-bridge.html", host="public.test"), HTML_TYPES)
    assert page.content_type == "text/html"
    assert "Lorvik opens harbour bridge" in page.text
    assert site.seen[-1]["user-agent"] == USER_AGENT
    assert site.seen[-1]["accept"] == "application/xhtml+xml, text/html, */*;q=0.1"
    assert site.seen[-1]["host"] == f"public.test:{site.port}"


def test_loopback_is_refused_when_private_addresses_are_off(
    site: Site, fetcher: GuardedFetcher
) -> None:
    before = len(site.seen)
    reason = _refusal(fetcher, site.url("/harbour-bridge.html"))
    assert reason == "refused: 127.0.0.1, a loopback address"
    assert len(site.seen) == before  # refused before any byte was sent


def test_an_untrusted_name_resolving_to_loopback_is_refused(
    site: Site, fetcher: GuardedFetcher
) -> None:
    reason = _refusal(fetcher, site.url("/harbour-bridge.html", host="evil.test"))
    assert "evil.test resolves to 127.0.0.1, a loopback address" in reason


def test_redirect_from_an_allowed_name_to_loopback_is_refused(
    site: Site, fetcher: GuardedFetcher
) -> None:
    before = len(site.seen)
    reason = _refusal(fetcher, site.url("/to-loopback", host="public.test"))
    assert "127.0.0.1, a loopback address" in reason
    assert [s["path"] for s in site.seen[before:]] == ["/to-loopback"]  # the hop never happened


def test_redirect_to_a_name_resolving_to_loopback_is_refused(
    site: Site, fetcher: GuardedFetcher
) -> None:
    reason = _refusal(fetcher, site.url("/to-evil", host="public.test"))
    assert "evil.test resolves to 127.0.0.1" in reason


def test_redirect_to_the_metadata_address_is_refused(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/to-metadata", host="public.test"))
    assert "169.254.169.254, a cloud metadata address" in reason


def test_redirect_to_another_scheme_is_refused(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/to-file", host="public.test"))
    assert "only http and https" in reason


def test_redirects_are_followed_and_recorded(site: Site, fetcher: GuardedFetcher) -> None:
    url = site.url("/redirect", host="public.test")
    page = fetcher.fetch(url, HTML_TYPES)
    assert page.url == url
    assert page.final_url == site.url("/harbour-bridge.html", host="public.test")
    assert page.redirects == (url,)


def test_redirect_loops_stop_at_the_cap(site: Site) -> None:
    with make_fetcher(max_redirects=3) as fetcher:
        before = len(site.seen)
        reason = _refusal(fetcher, site.url("/loop", host="public.test"))
    assert reason == "more than 3 redirects"
    assert len(site.seen) - before == 4


def test_allow_private_reaches_loopback(site: Site) -> None:
    with make_fetcher(allow_private=True) as fetcher:
        page = fetcher.fetch(site.url("/redirect"), HTML_TYPES)
    assert page.final_url == site.url("/harbour-bridge.html")


@pytest.mark.parametrize("changes", [{"allow_private": True}, {}], ids=["private", "trusted"])
def test_a_metadata_address_is_refused_even_where_private_ones_are_allowed(
    site: Site, changes: dict[str, object]
) -> None:
    # reached through a trusted host (public.test) or with every private address allowed
    with make_fetcher(**changes) as fetcher:
        reason = _refusal(fetcher, site.url("/to-metadata", host="public.test"))
    assert "169.254.169.254, a cloud metadata address" in reason


@pytest.mark.parametrize("address", ["fd00:ec2::254", "100.100.100.200", "::ffff:169.254.169.254"])
def test_the_other_clouds_metadata_addresses_are_named(address: str) -> None:
    assert "a cloud metadata address" in (address_problem(address) or "")


def test_slow_response_times_out(site: Site, fetcher: GuardedFetcher) -> None:
    assert _refusal(fetcher, site.url("/slow", host="public.test")) == "timed out"


def test_dripping_response_hits_the_total_deadline(site: Site) -> None:
    with make_fetcher(read_timeout=2.0, total_timeout=1.0) as fetcher:
        reason = _refusal(fetcher, site.url("/drip", host="public.test"))
    assert reason == "timed out (total time limit)"


def test_declared_oversized_body_is_refused(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/big", host="public.test"))
    assert reason.startswith("too large (200007 bytes, limit 100000)")


def test_streamed_oversized_body_stops_at_the_cap(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/big-chunked", host="public.test"))
    assert reason == "too large (more than 100000 bytes)"


def test_wrong_content_type_is_refused(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/image.png", host="public.test"))
    assert reason.startswith("content type image/png (wanted")
    feed_reason = _refusal(
        fetcher, site.url("/harbour-bridge.html", host="public.test"), FEED_TYPES
    )
    assert feed_reason.startswith("content type text/html")


def test_charset_declared_in_the_page_is_used(site: Site, fetcher: GuardedFetcher) -> None:
    page = fetcher.fetch(site.url("/latin1.html", host="public.test"), HTML_TYPES)
    assert page.encoding == "iso8859-1"
    assert "Tromsø ferry résumé" in page.text


def test_http_errors_are_reasons(site: Site, fetcher: GuardedFetcher) -> None:
    assert _refusal(fetcher, site.url("/nothing-here", host="public.test")) == "HTTP 404"


def test_unknown_host_and_closed_port(fetcher: GuardedFetcher) -> None:
    assert _refusal(fetcher, "http://nowhere.test/") == "cannot resolve the host name"
    with make_fetcher(allow_private=True) as open_fetcher:
        assert _refusal(open_fetcher, "http://127.0.0.1:9/") == "cannot connect"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://public.test/x", "http://user:pw@public.test/", "http:///x"]
)
def test_urls_that_are_not_plain_http_are_refused(url: str, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, url)
    assert reason.startswith("refused") or reason == "the URL has no host"


def test_fetch_articles_extracts_pages_and_skips_failures(
    site: Site, fetcher: GuardedFetcher
) -> None:
    urls = [
        site.url("/harbour-bridge.html", host="public.test"),
        site.url("/image.png", host="public.test"),
        site.url("/to-loopback", host="public.test"),
        site.url("/bridge-opens.html", host="public.test"),
        site.url("/empty.html", host="public.test"),
    ]
    done: list[str] = []
    result = fetch_articles(urls, fetcher, workers=3, progress=done.append)
    assert sorted(done) == sorted(urls)
    assert [a.id for a in result.articles] == ["harbour-bridge", "bridge-opens"]
    first = result.articles[0]
    assert first.source == "Lorvik Post"
    assert first.title == "Lorvik opens harbour bridge after four years of work"
    assert first.published == "2026-03-02T08:00:00+00:00"  # the page gives 08:00:00Z
    assert first.url == "https://lorvik-post.example/news/harbour-bridge"  # the canonical URL
    assert "84 million euros" in first.text
    assert "Copyright the publisher" not in first.text
    assert "Home" not in first.text.split()
    skipped = {s.name: s.reason for s in result.skipped}
    assert skipped[urls[1]].startswith("content type image/png")
    assert "loopback" in skipped[urls[2]]
    assert skipped[urls[4]] == "no article text found in the HTML"


class _FakeFetcher:
    """The Fetcher protocol in memory: pages by URL, anything else fails."""

    def __init__(self, pages: dict[str, str]) -> None:
        self.pages = pages

    def fetch(self, url: str, accept: frozenset[str]) -> Fetched:
        if url not in self.pages:
            raise FetchError(url, "HTTP 404")
        return Fetched(url, url, "text/html", self.pages[url].encode())


def test_fetch_articles_works_with_any_fetcher() -> None:
    page = "<html><body><article><p>" + "The harbour bridge opened on Monday. " * 5
    fake = _FakeFetcher({"https://a.example/news/story.html": page + "</p></article>"})
    result = fetch_articles(["https://a.example/news/story.html", "https://b.example/"], fake)
    assert [a.id for a in result.articles] == ["story"]
    assert result.skipped[0].reason == "HTTP 404"


def test_article_ids_are_readable_and_unique() -> None:
    urls = [
        "https://a.example/world/2026/bridge-opens.html",
        "https://b.example/world/bridge-opens",
        "https://c.example/",
        "https://c.example/?p=1",
    ]
    assert article_ids(urls) == ["bridge-opens", "bridge-opens-2", "c-example", "c-example-2"]


def test_a_url_that_does_not_parse_is_skipped_with_its_reason_not_raised(
    fetcher: GuardedFetcher,
) -> None:
    # Naming the URLs' articles parsed each one first, and "http://[::1" raised there: a
    # traceback in the CLI and an HTTP 500 in the service, every other URL lost.
    urls = ["http://[::1", "https://a.example/news/ferry.html", "http://[fe80::1"]
    assert article_ids(urls) == ["page", "ferry", "page-2"]
    result = fetch_articles(urls[:1], fetcher)
    assert result.articles == ()
    assert [(s.name, s.reason) for s in result.skipped] == [
        ("http://[::1", "bad response or address (Invalid IPv6 URL)")
    ]


def test_merge_results_renames_repeated_ids() -> None:
    one = ReadResult((Article("a", "x", "a"), Article("b", "y", "Outlet")))
    two = ReadResult((Article("a", "z", "a"), Article("b", "w", "Other")))
    merged = merge_results(one, two)
    assert [(a.id, a.source) for a in merged.articles] == [
        ("a", "a"),
        ("b", "Outlet"),
        ("a-2", "a-2"),
        ("b-2", "Other"),
    ]


def test_connects_to_the_checked_address_not_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Against DNS rebinding: one lookup, checked, and the socket opened to that very address.

    The resolver would answer loopback on a second lookup; there must be no second lookup.
    """
    lookups: list[str] = []
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])

    def rebinding_resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return next(answers)

    connected: list[str] = []

    def record_connect(self: object, host: str, port: int, *args: object, **kw: object) -> None:
        connected.append(host)
        raise httpcore.ConnectError("no network in the tests")

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", record_connect)
    with GuardedFetcher(FetchSettings(), resolver=rebinding_resolver) as guarded:
        assert _refusal(guarded, "http://rebind.test/news") == "cannot connect"
    assert lookups == ["rebind.test"]
    assert connected == ["93.184.216.34"]


def test_any_forbidden_answer_refuses_the_name() -> None:
    def mixed(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    with GuardedFetcher(FetchSettings(), resolver=mixed) as guarded:
        reason = _refusal(guarded, "http://mixed.test/")
    assert reason == "refused: mixed.test resolves to 10.0.0.7, a private address"


def test_https_connects_to_the_checked_address_and_verifies_the_name() -> None:
    """TLS to the resolved IP still checks the certificate against the host name (SNI)."""
    trust = ssl.create_default_context(cafile=str(TLS_CERT))
    settings = FetchSettings(trusted_hosts=frozenset({"public.test", "evil.test"}))
    with serve(tls=True) as tls_site, GuardedFetcher(settings, fake_resolver, trust) as guarded:
        page = guarded.fetch(
            tls_site.url("/harbour-bridge.html", "public.test", "https"), HTML_TYPES
        )
        assert "Lorvik opens harbour bridge" in page.text
        wrong_name = tls_site.url("/harbour-bridge.html", "evil.test", "https")
        assert _refusal(guarded, wrong_name) == (
            "refused: the TLS certificate is not valid for this host"
        )
    with serve(tls=True) as tls_site, GuardedFetcher(settings, fake_resolver) as system_cas:
        url = tls_site.url("/harbour-bridge.html", "public.test", "https")
        assert (
            _refusal(system_cas, url) == "refused: the TLS certificate is not valid for this host"
        )


# --- hardening: hostile addresses, encodings, names, bombs ------------------------------


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("2002:c0a8:101::1", "private"),  # 6to4 around 192.168.1.1
        ("2002:a9fe:a9fe::", "metadata"),  # 6to4 around 169.254.169.254
    ],
)
def test_addresses_embedded_in_ipv6_are_checked(address: str, problem: str) -> None:
    reason = address_problem(address)
    assert reason is not None and problem in reason


def test_teredo_ends_are_checked() -> None:
    # Teredo with server 127.0.0.1 (client bits obfuscated as the protocol does).
    reason = address_problem("2001:0:7f00:1::")
    assert reason is not None and "loopback" in reason


def test_a_6to4_address_around_a_public_one_passes() -> None:
    assert address_problem("2002:5db8:d822::1") is None


def test_an_invalid_host_name_is_a_reason_not_a_crash(fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, BAD_NAME)
    assert "invalid address" in reason


def test_a_redirect_to_an_invalid_address_is_a_reason(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/to-bad-port", host="public.test"))
    assert (
        reason
        == "bad response from the server (Invalid URL in location header: Invalid port: 'xx')"
    )


@pytest.mark.parametrize(
    "path", ["/charset-base64.html", "/charset-unknown.html", "/meta-rot13.html"]
)
def test_charsets_that_are_not_text_encodings_fall_back_to_utf8(
    site: Site, fetcher: GuardedFetcher, path: str
) -> None:
    page = fetcher.fetch(site.url(path, host="public.test"), HTML_TYPES)
    assert page.encoding == "utf-8"
    assert "Lorvik ferry news." in page.text


def test_text_of_a_page_with_a_non_text_codec_does_not_raise() -> None:
    page = Fetched("u", "u", "text/html", b"<p>ok</p>", encoding="base64")
    assert page.text == "<p>ok</p>"


def test_requests_ask_for_an_uncompressed_body(site: Site, fetcher: GuardedFetcher) -> None:
    fetcher.fetch(site.url("/harbour-bridge.html", host="public.test"), HTML_TYPES)
    assert site.seen[-1]["accept-encoding"] == "identity"


def test_a_gzip_body_sent_anyway_is_inflated(site: Site, fetcher: GuardedFetcher) -> None:
    page = fetcher.fetch(site.url("/gzip.html", host="public.test"), HTML_TYPES)
    assert "Squeezed ferry news from Lorvik." in page.text


def test_a_gzip_bomb_stops_at_the_cap(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/gzip-bomb.html", host="public.test"))
    assert reason == "too large (more than 100000 bytes)"


def test_inflating_never_produces_much_more_than_the_cap() -> None:
    chunks = list(decoded_chunks([GZIP_BOMB], "gzip", 1000, "u"))
    assert sum(len(c) for c in chunks) == 1001


def test_an_unknown_content_encoding_is_refused(site: Site, fetcher: GuardedFetcher) -> None:
    reason = _refusal(fetcher, site.url("/brotli.html", host="public.test"))
    assert "unsupported content encoding 'br'" in reason


def test_a_resolver_that_hangs_times_out() -> None:
    released = threading.Event()

    def hanging(host: str, port: int) -> list[str]:
        released.wait(10)
        return ["93.184.216.34"]

    settings = FetchSettings(connect_timeout=0.3, total_timeout=5.0)
    try:
        with GuardedFetcher(settings, resolver=hanging) as guarded:
            reason = _refusal(guarded, "http://hangs.test/page")
    finally:
        released.set()
    assert reason == "timed out resolving the host name"


class _Exploding:
    """A fetcher whose one page raises something no one planned for."""

    def fetch(self, url: str, accept: frozenset[str]) -> Fetched:
        if "boom" in url:
            raise RuntimeError("parser fell over\nsecond line")
        return Fetched(url, url, "text/html", article_html("harbour-bridge").encode())


def test_an_unexpected_error_skips_one_page_only() -> None:
    result = fetch_articles(["https://a.test/ok", "https://a.test/boom"], _Exploding())
    assert [a.source for a in result.articles] == ["Lorvik Post"]
    assert [(s.name, s.reason) for s in result.skipped] == [
        ("https://a.test/boom", "could not read the page: RuntimeError: parser fell over")
    ]


class _Counting:
    """Counts how many fetches run at the same time."""

    def __init__(self, workers: int) -> None:
        self.settings = FetchSettings(workers=workers)
        self.running = 0
        self.most = 0
        self.lock = threading.Lock()

    def fetch(self, url: str, accept: frozenset[str]) -> Fetched:
        if url.endswith("feed.xml"):
            items = "".join(f"<item><link>https://a.test/f{n}</link></item>" for n in range(4))
            rss = f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            return Fetched(url, url, "application/rss+xml", rss.encode())
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        threading.Event().wait(0.05)
        with self.lock:
            self.running -= 1
        raise FetchError(url, "HTTP 404")


def test_read_sources_honours_the_fetchers_workers() -> None:
    counting = _Counting(workers=1)
    result = read_sources([f"https://a.test/{n}" for n in range(4)], counting)
    assert len(result.skipped) == 4
    assert counting.most == 1


def test_read_sources_honours_the_fetchers_workers_for_feeds() -> None:
    counting = _Counting(workers=1)
    result = read_sources([], counting, feeds=["https://a.test/feed.xml"])
    assert [s.name for s in result.skipped] == [f"https://a.test/f{n}" for n in range(4)]
    assert counting.most == 1


def test_cli_names_an_invalid_url_instead_of_a_traceback() -> None:
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-m", "bylines", "report", BAD_NAME, "--embedder", "tfidf"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(src)},
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert f"skipped {BAD_NAME}: invalid address" in done.stderr


def test_words_that_are_no_web_address_are_named_so() -> None:
    for words in ("not a url", "example.com:8080/news", "note: read this"):
        with pytest.raises(FetchError, match="not a web address: it must start with http"):
            check_url(words)


class _Asked(_FakeFetcher):
    """The in-memory fetcher, keeping every URL it was asked for."""

    def __init__(self, pages: dict[str, str]) -> None:
        super().__init__(pages)
        self.asked: list[str] = []

    def fetch(self, url: str, accept: frozenset[str]) -> Fetched:
        self.asked.append(url)
        return super().fetch(url, accept)


def _pages(count: int, missing: frozenset[int] = frozenset()) -> tuple[list[str], _Asked]:
    """``count`` article URLs in order, those numbered in ``missing`` answering 404."""
    urls = [f"https://a.test/news/story-{n}" for n in range(count)]
    page = "<html><body><article><p>" + "The harbour bridge opened on Monday. " * 5
    page += "</p></article></body></html>"
    return urls, _Asked({url: page for n, url in enumerate(urls) if n not in missing})


def test_urls_past_the_cap_are_not_fetched_and_a_failure_gives_its_place() -> None:
    urls, fake = _pages(6, missing=frozenset({1}))
    result = read_sources(urls, fake, max_articles=3)
    assert [a.id for a in result.articles] == ["story-0", "story-2", "story-3"]
    assert sorted(fake.asked) == urls[:4]  # the 404 at 1 gave its place to 3; 4 and 5 unasked
    assert [(s.name, s.reason) for s in result.skipped] == [
        (urls[1], "HTTP 404"),
        (f"{urls[4]} ... {urls[5]}", "not fetched: 2 URLs past the limit of 3 articles a briefing"),
    ]


def test_files_count_first_and_a_feed_past_the_cap_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The harbour bridge opened on Monday.\n", encoding="utf-8")
    urls, fake = _pages(3)
    feed = "https://a.test/feed.xml"
    result = read_sources([str(tmp_path / "a.txt"), *urls], fake, feeds=[feed], max_articles=2)
    assert [a.id for a in result.articles] == ["a", "story-0"]
    assert fake.asked == [urls[0]]
    assert [s.name for s in result.skipped] == [f"{urls[1]} ... {urls[2]}", feed]
    assert [s.reason for s in result.skipped] == [
        "not fetched: 2 URLs past the limit of 2 articles a briefing",
        "not read: past the limit of 2 articles a briefing",
    ]


@pytest.mark.parametrize("cap", [None, 5, 4])
def test_a_list_under_the_cap_is_read_as_without_it(cap: int | None) -> None:
    urls, fake = _pages(4, missing=frozenset({2}))
    result = read_sources(urls, fake, max_articles=cap)
    assert [a.id for a in result.articles] == ["story-0", "story-1", "story-3"]
    assert [s.name for s in result.skipped] == [urls[2]]
    assert sorted(fake.asked) == urls


@pytest.mark.parametrize(
    ("reason", "lifted"),
    [
        ("refused: 127.0.0.1, a loopback address", True),
        ("refused: intranet.example resolves to 10.0.0.5, a private address", True),
        ("refused: connected to fe80::1, a link-local address", True),
        ("refused: 2002:7f00:1::1, a loopback address (embedded in 2002:7f00:1::1)", True),
        ("refused: 169.254.169.254, a cloud metadata address", False),
        ("refused: only http and https URLs are fetched, not 'ftp'", False),
        ("refused: URLs with credentials are not fetched", False),
        ("the host name has no address", False),
    ],
)
def test_a_refusal_that_allow_private_lifts_is_told_from_the_others(
    reason: str, lifted: bool
) -> None:
    from bylines.ingest.fetch import lifted_by_allow_private

    assert lifted_by_allow_private(reason) is lifted
