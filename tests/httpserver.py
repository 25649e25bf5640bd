"""A real HTTP server on 127.0.0.1 for the fetcher, feed and service tests.

Every page and feed here is text written for these tests (a fictional event in a fictional
town), never copied from the shared corpus.
"""

from __future__ import annotations

import gzip
import html
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STORIES = {
    "harbour-bridge": (
        "Lorvik Post",
        "Lorvik opens harbour bridge after four years of work",
        "2026-03-02",
        [
            "The new harbour bridge in Lorvik opened to traffic on Monday morning after four "
            "years of construction.",
            "Mayor Edda Strand cut the ribbon at 9 am in front of several hundred residents.",
            "The bridge cost 84 million euros, according to the city council.",
            "Engineers from the firm Nordvik Bygg designed the span to carry trams and cars.",
            "Ferry operators said they expect fewer passengers on the old crossing.",
        ],
    ),
    "bridge-opens": (
        "Coastal Herald",
        "Ribbon cut on Lorvik's long-awaited harbour crossing",
        "2026-03-02",
        [
            "Lorvik's harbour bridge opened on Monday after four years of construction work.",
            "Mayor Edda Strand cut the ribbon in front of a crowd of several hundred people.",
            "City officials put the final cost at 84 million euros.",
            "Trams will start using the bridge in the autumn, the council said.",
            "Some residents complained about noise during the long building works.",
        ],
    ),
    "crossing-ready": (
        "Fjord Daily",
        "Harbour crossing ready at last",
        "2026-03-03",
        [
            "After four years of construction, the harbour bridge in Lorvik opened on Monday.",
            "Mayor Edda Strand cut a ribbon before hundreds of residents.",
            "The council said the crossing had cost 84 million euros.",
            "The design by Nordvik Bygg leaves room for a tram line.",
            "Traffic on the old coast road fell by half within hours, police said.",
        ],
    ),
}

# A page that declares its charset only in a <meta> tag, not in the Content-Type header.
LATIN1_PAGE = (
    '<html><head><meta charset="iso-8859-1"></head><body><p>Troms\u00f8 ferry r\u00e9sum\u00e9</p>'
).encode("latin-1")

# A page compressed with gzip although bylines asks for identity, and a "bomb": a small gzip
# body (a few kB) that inflates to 20 MB, far past any size cap.
GZIP_PAGE = gzip.compress(b"<html><body><p>Squeezed ferry news from Lorvik.</p></body></html>")
GZIP_BOMB = gzip.compress(b"<p>" + b"z" * 20_000_000)

HOSTILE_TEXT = [
    "Visitors to the Lorvik museum found a strange sign on Tuesday.",
    "It read <script>alert('pwned')</script> in large letters above the door.",
    'A second sign said <img src=x onerror="alert(1)"> and nobody knew who put it there.',
    "The museum director said the signs would be removed by Friday.",
]


def article_html(slug: str) -> str:
    outlet, title, date, paragraphs = STORIES[slug]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title} | {outlet}</title>"
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{date}T08:00:00Z">'
        f'<link rel="canonical" href="{canonical_url(slug)}"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright the publisher</footer></body></html>"
    )


def canonical_url(slug: str) -> str:
    """Where the publisher says the story lives (differs from where the tests serve it)."""
    outlet = STORIES[slug][0].lower().replace(" ", "-")
    return f"https://{outlet}.example/news/{slug}"


def rss_feed(base: str, loopback: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}/{slug}.html</link>"
        f"<pubDate>{pub}</pubDate></item>"
        for slug, title, pub in (
            ("harbour-bridge", "Bridge opens", "Mon, 02 Mar 2026 08:00:00 GMT"),
            ("bridge-opens", "Ribbon cut", "Mon, 02 Mar 2026 10:00:00 GMT"),
            ("crossing-ready", "Crossing ready", "Tue, 03 Mar 2026 07:00:00 GMT"),
            ("missing", "A page that is gone", "Sun, 01 Feb 2026 07:00:00 GMT"),
        )
    )
    items += (
        f"<item><title>Old and local</title><link>{loopback}/harbour-bridge.html</link>"
        "<pubDate>Thu, 01 Jan 2026 07:00:00 GMT</pubDate></item>"
        "<item><title>Undated</title><link>" + base + "/crossing-ready.html?undated</link></item>"
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Lorvik news</title>'
        f"<link>{base}/</link><description>Test feed</description>{items}</channel></rss>"
    )


def atom_feed(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Lorvik atom</title><id>urn:test:feed</id><updated>2026-03-03T07:00:00Z</updated>"
        '<entry><title>Crossing ready</title><link href="crossing-ready.html"/>'
        "<id>urn:test:1</id><updated>2026-03-03T07:00:00Z</updated></entry>"
        f'<entry><title>Bridge opens</title><link href="{base}/harbour-bridge.html"/>'
        "<id>urn:test:2</id><updated>2026-03-02T08:00:00Z</updated></entry></feed>"
    )


@dataclass
class Site:
    """The running server: ``base`` is http://127.0.0.1:PORT; ``seen`` logs request headers."""

    port: int
    seen: list[dict[str, str]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:  # noqa: C901 (one closure per route)
    redirects = {
        "/redirect": "/harbour-bridge.html",
        "/loop": "/loop",
        "/to-loopback": f"http://127.0.0.1:{site.port}/harbour-bridge.html",
        "/to-evil": f"http://evil.test:{site.port}/harbour-bridge.html",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-file": "file:///etc/passwd",
        "/to-bad-port": "http://public.test:xx/",  # httpx.InvalidURL while joining
    }
    # Feeds link to the host they were asked under (the Host header), as a real site does.
    pages: dict[str, Callable[[str], tuple[str, str]]] = {
        "/hostile.html": lambda base: ("text/html", hostile_html()),
        "/big": lambda base: ("text/html", "<p>" + "x" * 200_000 + "</p>"),
        "/image.png": lambda base: ("image/png", "\x89PNG not really"),
        "/empty.html": lambda base: ("text/html", "<html><body><div></div></body></html>"),
        "/feed.xml": lambda base: ("application/rss+xml", rss_feed(base, site.base)),
        "/atom.xml": lambda base: ("application/atom+xml", atom_feed(base)),
    }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            return

        def do_GET(self) -> None:
            site.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
            route = self.path.split("?")[0]
            try:
                self._route(route)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client gave up on purpose (size cap, time-out)

        def _route(self, route: str) -> None:
            slug = route.strip("/").removesuffix(".html")
            if slug in STORIES:
                self._send(200, "text/html; charset=utf-8", article_html(slug))
            elif route in redirects:
                self._redirect(redirects[route])
            elif route in pages:
                self._send(200, *pages[route](f"http://{self.headers['Host']}"))
            elif route == "/slow":
                time.sleep(2.0)
                self._send(200, "text/html", article_html("harbour-bridge"))
            elif route == "/drip":
                self._drip()
            elif route == "/latin1.html":
                self._send_bytes("text/html", LATIN1_PAGE)
            elif route in ENCODED:
                self._send_encoded(*ENCODED[route])
            elif route == "/big-chunked":
                self._chunked(b"<p>" + b"y" * 200_000 + b"</p>")
            else:
                self._send(404, "text/html", "<h1>Not found</h1>")

        def _send(self, status: int, content_type: str, body: str) -> None:
            self._send_bytes(content_type, body.encode("utf-8"), status)

        def _send_bytes(self, content_type: str, data: bytes, status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _send_encoded(self, content_type: str, encoding: str, data: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _chunked(self, data: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(data), 8192):
                piece = data[start : start + 8192]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")

        def _drip(self) -> None:
            """A byte every 0.3 s: under any read time-out, but never finishing quickly."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.3)

    return Handler


# A host name no IDNA codec accepts (httpx raises InvalidURL, not an HTTPError).
BAD_NAME = "http://\u00e9\u0301xn--/"
_STORY = b"<html><body><p>Lorvik ferry news.</p></body></html>"
# Responses with odd headers: route -> (Content-Type, Content-Encoding, body).
ENCODED = {
    "/gzip.html": ("text/html; charset=utf-8", "gzip", GZIP_PAGE),
    "/gzip-bomb.html": ("text/html", "gzip", GZIP_BOMB),
    "/brotli.html": ("text/html", "br", b"not really brotli"),
    "/charset-base64.html": ("text/html; charset=base64", "", _STORY),
    "/charset-unknown.html": ("text/html; charset=no-such-thing", "", _STORY),
    "/meta-rot13.html": ("text/html", "", b'<meta charset="rot13">' + _STORY),
}


def hostile_html() -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in HOSTILE_TEXT)
    return f"<html><body><article>{body}</article></body></html>"


TLS_DIR = Path(__file__).resolve().parent / "tls"
# A self-signed certificate for the name public.test only (generated once with openssl, valid
# for 100 years; the key is a test key and protects nothing).
TLS_KEY_AND_CERT = TLS_DIR / "public-test.pem"
TLS_CERT = TLS_DIR / "public-test-cert.pem"


@contextmanager
def serve(tls: bool = False) -> Iterator[Site]:
    """Start the test site on a free port of 127.0.0.1 in a thread; stop it on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS_KEY_AND_CERT)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    site = Site(port=server.server_address[1])
    server.RequestHandlerClass = _handler(site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
