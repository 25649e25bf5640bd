"""The one guarded fetcher: every URL bylines reads (pages, feeds) goes through here.

Why it is built this way
------------------------
A service that fetches URLs people paste is a server-side request forgery target: a link to
``http://169.254.169.254/`` or to a name that resolves to ``127.0.0.1`` would make bylines read
the machine's metadata service or a private admin page. The guard therefore sits where the
connection is made, not where the URL is parsed:

* ``_GuardedBackend.connect_tcp`` resolves the host name itself (with an injectable resolver),
  checks every address the name resolves to, and then opens the socket to that very checked IP
  address. There is no second lookup between check and connect, so a DNS-rebinding name (public
  on the first lookup, private on the second) cannot slip through: the only lookup is the
  checked one. TLS still verifies the certificate against the host *name* (httpcore passes the
  origin host as ``server_hostname``), so connecting to an IP does not weaken HTTPS.
* After connecting, the socket's peer address is checked once more (defence in depth: it is the
  address bytes actually go to).
* Redirects are followed here, one hop at a time (``follow_redirects=False`` in httpx), so every
  hop goes through the same connect-time check, the scheme is re-checked, and the hop count is
  capped. Proxies from the environment are ignored (``trust_env=False``): a proxy would connect
  on our behalf and bypass the check.
* Bodies are streamed and reading stops at the size cap; a total deadline bounds servers that
  drip one byte just inside the read time-out. Requests ask for ``Accept-Encoding: identity``;
  a server that compresses anyway is inflated here chunk by chunk with the cap as the output
  bound (httpx would inflate each chunk whole: a 5 kB gzip bomb can become gigabytes).
* Name resolution runs in a daemon thread bounded by the connect time-out (getaddrinfo has no
  time-out of its own and cannot be cancelled; a hung lookup is abandoned, not waited for).

``FetchSettings.allow_private`` turns the address check off (bylines run inside one's own
network, and the tests); ``trusted_hosts`` lets named hosts resolve to private addresses while
every other name is still checked.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpcore
import httpx

from bylines.errors import BylinesError, FetchError
from bylines.ingest.read import META_CHARSET_RE, free_id, printable, unique_ids
from bylines.types import Article, ReadResult, Skipped

# Says what is asking and why, so a site operator reading logs knows (and can block it).
USER_AGENT = "bylines/0.1 (news briefing reader; fetches pages a user asked it to summarise)"

# Defaults chosen for news pages: a typical article page is 50-500 kB of HTML; 5 MB leaves room
# for heavy pages while bounding memory for 8 parallel fetches to ~40 MB.
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5  # news links go through 1-3 hops (tracking, http->https, canonical)
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0  # between two bytes
TOTAL_TIMEOUT = 30.0  # a whole fetch, redirects included
WORKERS = 8  # parallel fetches; several hosts, few pages each

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/rdf+xml",
    }
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})

Resolver = Callable[[str, int], list[str]]
Progress = Callable[[str], None]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver returns for host (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(host, "cannot resolve the host name") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


# The cloud metadata services (AWS, GCP and Azure share 169.254.169.254; AWS's IPv6 one;
# Alibaba's): refused even under allow_private or for a trusted host. No news page is there, and
# they hand the machine's credentials to whoever asks from it: one redirect from a page or feed
# read with --allow-private reached them, and the answer would have been reported as an article.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
METADATA = "a cloud metadata address"
# A refusal for an address --allow-private lets through: "refused: 127.0.0.1, a loopback
# address", "refused: intranet resolves to 10.0.0.5, a private address" (``_allowed``, with
# ``address_problem``'s words); a cloud metadata address stays refused and matches none.
PRIVATE_REFUSAL_RE = re.compile(r"refused: .*, (?:an? [a-z-]+ address|not a public address)")


@dataclass(frozen=True, slots=True)
class FetchSettings:
    allow_private: bool = False
    trusted_hosts: frozenset[str] = frozenset()
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    total_timeout: float = TOTAL_TIMEOUT
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    workers: int = WORKERS
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document: ``url`` as asked, ``final_url`` after redirects."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    encoding: str = "utf-8"
    redirects: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.body.decode(text_encoding(self.encoding) or "utf-8", errors="replace")


def text_encoding(name: str | None) -> str | None:
    """The codec name for a declared charset, or None when it is unknown or not a text encoding.

    Pages can declare anything: ``base64`` or ``rot13`` are codecs but not text encodings, and
    ``bytes.decode`` refuses them with LookupError.
    """
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


class Fetcher(Protocol):
    """Fetches one URL whose content type is one of ``accept``; raises FetchError otherwise."""

    def fetch(self, url: str, accept: frozenset[str]) -> Fetched: ...


def address_problem(address: str) -> str | None:
    """Why bylines must not connect to this IP address, or None when it is a public one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        problems = [p for p in (_address_problem(v4) for v4 in embedded) if p]
        if problems:
            return f"{problems[0]} (embedded in {ip})"
        if ip.ipv4_mapped is not None:
            return None
    return _address_problem(ip)


def lifted_by_allow_private(reason: str) -> bool:
    """Whether a fetch refused for this reason would be made under --allow-private (a page on
    the user's own network), so that the refusal can say how to allow it."""
    return PRIVATE_REFUSAL_RE.match(reason) is not None and METADATA not in reason


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries: mapped, 6to4 (2002::/16), Teredo (both ends)."""
    found = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    return [v4 for v4 in found if v4 is not None]


def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    checks = (
        (ip in METADATA_ADDRESSES, METADATA),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "not a public address"),
    )
    return next((reason for hit, reason in checks if hit), None)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks, and connects to the checked address (see the module docstring)."""

    def __init__(self, settings: FetchSettings, resolver: Resolver) -> None:
        self._settings = settings
        self._resolver = resolver

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        limit = timeout if timeout is not None else self._settings.connect_timeout
        checked = self._allowed(host, _resolve(self._resolver, host, port, limit))
        stream = super().connect_tcp(checked, port, timeout, local_address, socket_options)
        peer = stream.get_extra_info("socket").getpeername()[0]
        if self._refused(host, peer):
            stream.close()
            raise FetchError(host, f"refused: connected to {peer}, {address_problem(peer)}")
        return stream

    def _allowed(self, host: str, addresses: list[str]) -> str:
        if not addresses:
            raise FetchError(host, "the host name has no address")
        for address in addresses:
            if self._refused(host, address):
                what = address if address == host.strip("[]") else f"{host} resolves to {address}"
                raise FetchError(host, f"refused: {what}, {address_problem(address)}")
        return addresses[0]

    def _refused(self, host: str, address: str) -> bool:
        """Whether ``host`` may not be reached at ``address``: any non-public address, unless
        private ones are allowed (or the host is trusted); a metadata address always."""
        problem = address_problem(address)
        if problem is None:
            return False
        private_ok = self._settings.allow_private or host.lower() in self._settings.trusted_hosts
        return not private_ok or METADATA in problem


def _resolve(resolver: Resolver, host: str, port: int, timeout: float) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        return _resolve_within(resolver, host, port, timeout)


def _resolve_within(resolver: Resolver, host: str, port: int, timeout: float) -> list[str]:
    """Run the resolver in a daemon thread and give up after ``timeout`` seconds.

    A daemon thread, not a pool: a lookup that never returns must neither hold a pool worker
    nor keep the process from exiting.
    """
    outcome: list[list[str] | BaseException] = []

    def lookup() -> None:
        try:
            outcome.append(resolver(host, port))
        except BaseException as exc:  # handed to the caller below
            outcome.append(exc)

    worker = threading.Thread(target=lookup, name="bylines-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise FetchError(host, "timed out resolving the host name")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


class _GuardedTransport(httpx.BaseTransport):
    """httpx transport over an httpcore pool whose every connection goes through the guard."""

    def __init__(
        self, settings: FetchSettings, resolver: Resolver, ssl_context: ssl.SSLContext | None
    ) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            network_backend=_GuardedBackend(settings, resolver),
            max_connections=settings.workers * 2,
            retries=0,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        response = self._pool.handle_request(raw)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Stream(response),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _Stream(httpx.SyncByteStream):
    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        yield from self._response.iter_stream()

    def close(self) -> None:
        self._response.close()


class GuardedFetcher:
    """The real fetcher: httpx over the guarded transport. Thread-safe; close() when done.

    ``resolver`` replaces DNS (tests map fake names); ``ssl_context`` replaces the default
    certificate checks (tests trust their own certificate; None means the system's CAs).
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        resolver: Resolver | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self._client = httpx.Client(
            transport=_GuardedTransport(s, resolver or system_resolver, ssl_context),
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "identity"},
            follow_redirects=False,
            trust_env=False,
        )

    def fetch(self, url: str, accept: frozenset[str]) -> Fetched:
        deadline = time.monotonic() + self.settings.total_timeout
        try:
            return self._follow(url, accept, deadline)
        except FetchError as exc:
            where = "" if exc.url in (url, urlsplit(url).hostname) else f" (at {exc.url})"
            raise FetchError(url, exc.reason + where) from None
        except (httpx.HTTPError, httpcore.TimeoutException, httpcore.NetworkError) as exc:
            raise FetchError(url, _network_reason(exc)) from None
        except httpx.InvalidURL as exc:  # not an httpx.HTTPError; also raised for Location
            raise FetchError(url, f"invalid address ({exc})") from None
        except (httpcore.ProtocolError, httpcore.UnsupportedProtocol, ValueError) as exc:
            raise FetchError(url, f"bad response or address ({exc})") from None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> GuardedFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _follow(self, url: str, accept: frozenset[str], deadline: float) -> Fetched:
        hops: list[str] = []
        current = url
        headers = {"Accept": ", ".join(sorted(accept)) + ", */*;q=0.1"}
        while True:
            check_url(current)
            if time.monotonic() > deadline:
                raise FetchError(current, "timed out (total time limit)")
            with self._client.stream("GET", current, headers=headers) as response:
                if response.status_code not in REDIRECT_CODES:
                    body = _read_capped(response, self.settings.max_bytes, deadline)
                    return _fetched(url, response, body, accept, tuple(hops))
                location = response.headers.get("location")
            if not location:
                raise FetchError(current, f"HTTP {response.status_code} without a Location")
            if len(hops) >= self.settings.max_redirects:
                raise FetchError(url, f"more than {self.settings.max_redirects} redirects")
            hops.append(current)
            current = str(httpx.URL(current).join(location))


def check_url(url: str) -> None:
    """Refuse what is not a plain http(s) URL with a host (file:, ftp:, credentials...)."""
    parts = urlsplit(url)
    # (words, or a host with a port: 'example.com:8080/x' reads as the scheme 'example.com')
    if not parts.scheme or " " in url.strip() or "." in parts.scheme:
        raise FetchError(url, "not a web address: it must start with http:// or https://")
    if parts.scheme not in ("http", "https"):
        raise FetchError(
            url, f"refused: only http and https URLs are fetched, not {parts.scheme!r}"
        )
    if not parts.hostname:
        raise FetchError(url, "the URL has no host")
    if parts.username or parts.password:
        raise FetchError(url, "refused: URLs with credentials are not fetched")


def _read_capped(response: httpx.Response, cap: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchError(str(response.url), f"too large ({int(declared)} bytes, limit {cap})")
    chunks: list[bytes] = []
    size = 0
    encoding = response.headers.get("content-encoding", "")
    for chunk in decoded_chunks(response.iter_raw(), encoding, cap, str(response.url)):
        size += len(chunk)
        if size > cap:
            raise FetchError(str(response.url), f"too large (more than {cap} bytes)")
        if time.monotonic() > deadline:
            raise FetchError(str(response.url), "timed out (total time limit)")
        chunks.append(chunk)
    return b"".join(chunks)


# zlib window bits: 32 + 15 accepts a gzip or a zlib header (HTTP "deflate" is zlib-wrapped).
ZLIB_WBITS = {"gzip": 32 + 15, "x-gzip": 32 + 15, "deflate": 32 + 15}


def decoded_chunks(raw: Iterable[bytes], encoding: str, cap: int, url: str) -> Iterator[bytes]:
    """The body decoded, never producing more than ``cap + 1`` bytes in all.

    ``identity`` passes through; gzip and deflate are inflated with the remaining allowance as
    the output bound of every step, so a compression bomb stops at the cap instead of being
    inflated whole; any other coding is refused (bylines asked for identity).
    """
    name = encoding.strip().lower()
    if name in ("", "identity"):
        yield from raw
        return
    if name not in ZLIB_WBITS:
        raise FetchError(url, f"refused: unsupported content encoding {encoding!r}")
    inflater = zlib.decompressobj(ZLIB_WBITS[name])
    produced = 0
    try:
        for chunk in raw:
            data = inflater.decompress(chunk, cap - produced + 1)
            produced += len(data)
            yield data
            if produced > cap:
                return
    except zlib.error as exc:
        raise FetchError(url, f"bad compressed body ({exc})") from None


def _fetched(
    url: str,
    response: httpx.Response,
    body: bytes,
    accept: frozenset[str],
    hops: tuple[str, ...],
) -> Fetched:
    final = str(response.url)
    if response.status_code >= 400:
        raise FetchError(final, f"HTTP {response.status_code}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in accept:
        wanted = ", ".join(sorted(accept))
        raise FetchError(final, f"content type {content_type or 'missing'} (wanted {wanted})")
    encoding = text_encoding(response.charset_encoding) or _declared_charset(body) or "utf-8"
    return Fetched(url, final, content_type, body, encoding, hops)


XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def _declared_charset(body: bytes) -> str | None:
    """The charset a page declares in a <meta> tag or XML declaration (when the header has none)."""
    head = body[:4096]
    found = META_CHARSET_RE.search(head) or XML_ENCODING.search(head)
    if not found:
        return None
    return text_encoding(found.group(1).decode("ascii"))


def _network_reason(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException | httpcore.TimeoutException):
        return "timed out"
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return "refused: the TLS certificate is not valid for this host"
    if isinstance(exc, httpx.ConnectError | httpcore.ConnectError):
        return "cannot connect"
    if isinstance(exc, httpx.RemoteProtocolError):  # e.g. a Location that is no URL
        return f"bad response from the server ({str(exc).rstrip('.')})"
    return f"network error ({type(exc).__name__})"


# --- pages to articles ---------------------------------------------------------------------

URL_PATTERN = re.compile(r"^https?://", re.IGNORECASE)


def is_url(name: str) -> bool:
    return bool(URL_PATTERN.match(name))


def _skipped(url: str, reason: str) -> Skipped:
    """A URL not read, both printable: a URL typed or pasted can hold control characters and
    bidirectional overrides, and so can a reason that quotes it."""
    return Skipped(printable(url), printable(reason))


def fetch_articles(
    urls: Sequence[str],
    fetcher: Fetcher,
    workers: int = WORKERS,
    progress: Progress | None = None,
) -> ReadResult:
    """Fetch pages concurrently (bounded pool) and extract one article each.

    A URL that is refused, fails, or has no article text becomes a Skipped with the reason;
    it never stops the others. ``progress`` is called with each URL as it finishes.
    """
    ids = article_ids(urls)

    def one(index: int) -> Article | Skipped:
        try:
            page = fetcher.fetch(urls[index], HTML_TYPES)
            return _extract(page, ids[index])
        except BylinesError as exc:
            return _skipped(urls[index], getattr(exc, "reason", str(exc)))
        except Exception as exc:  # a hostile page must not stop the other URLs
            return _skipped(urls[index], f"could not read the page: {_short(exc)}")
        finally:
            if progress:
                progress(urls[index])

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(urls) or 1))) as pool:
        results = list(pool.map(one, range(len(urls))))
    articles = tuple(r for r in results if isinstance(r, Article))
    return ReadResult(articles, tuple(r for r in results if isinstance(r, Skipped)))


REASON_CHARS = 120  # a skipped page's reason is one line in a report


def _short(exc: Exception) -> str:
    text = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


def article_ids(urls: Sequence[str]) -> list[str]:
    """Readable, unique ids from URLs: the last path segment (or the host), numbered if repeated."""
    ids: list[str] = []
    for url in urls:
        ids.append(free_id(_url_stem(url) or "page", ids))
    return ids


def _url_stem(url: str) -> str:
    """The URL's last path segment or host, as id characters; "" for a URL that does not parse
    ("http://[::1" raised here, before the fetcher could name it: a traceback, an HTTP 500)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return ""
    segments = [s for s in parts.path.split("/") if s]
    stem = re.sub(r"\.(s?html?|php|aspx?)$", "", segments[-1]) if segments else ""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem or host or "page").strip("-")[:60]


def merge_results(*results: ReadResult) -> ReadResult:
    """One ReadResult from several, renaming repeated article ids (``x``, ``x-2``...)."""
    articles = unique_ids([a for r in results for a in r.articles])
    return ReadResult(articles, tuple(s for r in results for s in r.skipped))


def _extract(page: Fetched, article_id: str) -> Article:
    """The page's article: main text and metadata through the read stage (trafilatura)."""
    from bylines.ingest.read import article_from_html

    return article_from_html(page.text, article_id, page.final_url)


def read_sources(
    inputs: Sequence[str],
    fetcher: Fetcher,
    *,
    feeds: Sequence[str] = (),
    since: Any = None,
    limit: int | None = None,
    progress: Progress | None = None,
    stdin: Any = None,
    max_articles: int | None = None,
) -> ReadResult:
    """Files, directories and stdin (``read_inputs``), URLs and feeds, as one ReadResult.

    ``since`` and ``limit`` apply to every feed; a feed that fails is one Skipped.
    ``max_articles`` (a briefing's cap) stops fetching once that many articles are read, files
    first: the URLs past it are not fetched but named in one Skipped, and a feed past it is not
    read (a list of 10,000 URLs fetched them all to keep 200). None fetches everything.
    """
    from bylines.ingest.read import read_inputs

    paths = [name for name in inputs if not is_url(name)]
    urls = [name for name in inputs if is_url(name)]
    results = [read_inputs(paths, stdin=stdin) if paths else ReadResult(())]
    left = _left(max_articles, results)
    if urls:
        fetched, rest = _fetch_up_to(urls, fetcher, left, progress)
        results.append(fetched)
        if rest:
            results.append(ReadResult((), (_not_fetched(rest, max_articles),)))
    for feed in feeds:
        left = _left(max_articles, results)
        if left == 0:
            reason = f"not read: past the limit of {max_articles} articles a briefing"
            results.append(ReadResult((), (Skipped(feed, reason),)))
            continue
        results.append(_read_feed(feed, fetcher, since, _within(limit, left), progress))
    return merge_results(*results)


def _left(cap: int | None, results: Sequence[ReadResult]) -> int | None:
    """Articles a briefing of at most ``cap`` can still take after these; None: any number."""
    return None if cap is None else max(0, cap - sum(len(r.articles) for r in results))


def _within(limit: int | None, left: int | None) -> int | None:
    """A feed's entry limit, no more than the articles a briefing can still take."""
    if limit is None or left is None:
        return left if limit is None else limit
    return min(limit, left)


def _read_feed(
    feed: str, fetcher: Fetcher, since: Any, limit: int | None, progress: Progress | None
) -> ReadResult:
    """A feed's articles; a feed that fails is one Skipped."""
    from bylines.ingest.feeds import feed_articles

    try:
        return feed_articles(
            feed, fetcher, since=since, limit=limit, workers=_workers(fetcher), progress=progress
        )
    except FetchError as exc:
        return ReadResult((), (Skipped(feed, exc.reason),))


def _fetch_up_to(
    urls: Sequence[str], fetcher: Fetcher, room: int | None, progress: Progress | None
) -> tuple[ReadResult, Sequence[str]]:
    """The articles of the URLs fetched in their order until ``room`` are read (None: all), and
    the URLs left unfetched.

    The first ``room`` URLs are fetched at once; a URL that fails leaves its place to the next,
    fetched in a following round, so the articles are those a fetch of every URL gave first
    (the ones the briefing's cap kept).
    """
    if room is None or len(urls) <= room:
        return fetch_articles(urls, fetcher, _workers(fetcher), progress=progress), ()
    results: list[ReadResult] = []
    start = read = 0
    while read < room and start < len(urls):
        batch = urls[start : start + room - read]
        results.append(fetch_articles(batch, fetcher, _workers(fetcher), progress=progress))
        read += len(results[-1].articles)
        start += len(batch)
    return merge_results(*results), urls[start:]


def _not_fetched(rest: Sequence[str], cap: int | None) -> Skipped:
    """One entry naming the URLs past the cap, as ``bounds.limit_count`` names the articles."""
    names = rest[0] if len(rest) == 1 else f"{rest[0]} ... {rest[-1]}"
    count = "1 URL" if len(rest) == 1 else f"{len(rest):,} URLs"
    return Skipped(names, f"not fetched: {count} past the limit of {cap} articles a briefing")


def _workers(fetcher: Fetcher) -> int:
    """The fetcher's own worker setting when it has one (GuardedFetcher does), else WORKERS."""
    settings = getattr(fetcher, "settings", None)
    return settings.workers if isinstance(settings, FetchSettings) else WORKERS
