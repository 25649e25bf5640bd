"""Read: turn files, directories, stdin and JSON Lines into articles (before the pipeline).

Inputs, per PATH:
- ``.txt`` / ``.md`` (and any explicitly named file with another suffix): plain text. A short first
  line without final punctuation is the title; the text is kept intact (the clean stage takes the
  headline out of the body).
- ``.html`` / ``.htm``: main text, title, date and site name through trafilatura.
- ``.jsonl``: one article a line, ``text`` required; ``id``, ``source``, ``title``, ``url``,
  ``published`` optional (a number as ``published`` is Unix time). A bad line is skipped; the
  others are still read.
- ``.json`` (named explicitly): one such object, or a list of them; a file that is no JSON
  document is read as JSON Lines.
- a directory: every such file directly inside it (not recursive), sorted by name, leaving out
  hidden files and project files such as ``README*`` or ``LICENSE*`` (they describe the data).
- ``-``: standard input: HTML when it looks like HTML, JSON Lines when its first line is a JSON
  object, else plain text, split into several articles at lines of only ``---``.

Per-input problems never raise: each becomes a ``Skipped(name, reason)`` with a one-line reason.
Ids are file stems (or the JSONL ``id``), made unique with ``-2``, ``-3``... on collision.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import re
import stat
import unicodedata
from collections.abc import Container, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from bylines.errors import InputError
from bylines.ingest.lines import CLOSING_MARKS, SENTENCE_END
from bylines.ingest.published import given_time, normalise, unix_time
from bylines.ingest.stamps import is_only_a_date
from bylines.types import Article, ReadResult, Skipped

PLAIN_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# A whole JSON document of articles: read when named, not taken from a directory (where a .json
# file is as often the data's metadata).
JSON_SUFFIX = ".json"
READABLE_SUFFIXES = PLAIN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Files inside a directory that describe the data rather than report the event.
NOT_ARTICLES_RE = re.compile(r"^(readme|license|licence|changelog|notice|copying)\b", re.I)

# Refuse files bigger than this: a news article is tens of KB; 20 MB is a mistake, not a report.
MAX_FILE_BYTES = 20_000_000
# Refuse an HTML page with more tag openings ("<") than this before parsing it: parsing keeps a
# tree of every element (and trafilatura copies it), so 1,000,000 empty <b> tags in an 8 MB file
# took 44 s and 1.16 GB to read, past the 1 GB any accepted input may take; 250,000 of them
# (500,000 "<", this limit) 7 s and 330 MB. A long news page has a few thousand to some tens of
# thousands; 19 MB of paragraphs in <p> tags has 126,000.
MAX_HTML_TAGS = 500_000
# A tag keeps at most this many attributes; one with more is read bare (its name alone). The
# HTML parser compares each attribute with those before it in its tag: one <p> of 16,000
# attributes took 15 s to read, 32,000 took 59 s, and 100,000 (a page of 700 KB, within every
# limit) over six minutes. News pages' tags carry a handful; an SVG root or a tracking frame ~20.
MAX_TAG_ATTRIBUTES = 32
# A start tag with room for more attributes than that (each is at least a letter and a space),
# up to its '>' or the end of the page; and one attribute in it.
CROWDED_TAG_RE = re.compile(rf"(<[A-Za-z][^\s/<>]*)\s[^<>]{{{2 * MAX_TAG_ATTRIBUTES},}}(?=>|\Z)")
ATTRIBUTE_RE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]*))?""")
# The HTML parser under trafilatura (libxml2) stops building the tree at this depth of nested
# elements: a page whose text lay deeper came back with no text, and was refused as "no article
# text" (issue 9: 255 nested <div> around the story). Such a page is read again flattened.
MAX_PARSER_DEPTH = 255
TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")


def _tag_names(names: str) -> frozenset[str]:
    return frozenset(names.split())


# Elements with no end tag: they open no level.
VOID_TAGS = _tag_names("area base br col embed hr img input link meta param source track wbr")
# What a flattened page keeps as it was, what it turns into a paragraph break, and (any other
# tag: <span>, <b>, <a>, <font>...) what it drops, keeping the text between. A <nav> is kept
# whole for the extractor to leave out: flattened, its links ran into one line of the story
# ("Home News", then read as the outlet).
FLAT_KEPT_TAGS = _tag_names(
    "html head title meta body p br h1 h2 h3 h4 h5 h6 script style noscript template nav"
)
FLAT_BLOCK_TAGS = _tag_names(
    "div section article main aside header footer blockquote figure figcaption table thead"
    " tbody tfoot tr td th ul ol li dl dt dd form fieldset details summary center pre address"
    " dialog"
)
# Binary sniffing looks at this many leading bytes...
SNIFF_BYTES = 8192
# ...and calls a file binary when more than this share of them are control bytes. Text files
# (UTF-8, Windows-1252, with tabs and CR/LF) have none; images, archives and PDFs have 10-30 %.
MAX_CONTROL_RATIO = 0.05
# Bytes that are neither UTF-8 nor Windows-1252: a handful in a long text are dropped, more than
# this share of the text means the file is in some other encoding and is skipped.
MAX_UNDECODABLE_RATIO = 0.01
# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters no text holds more than a few of: controls, unassigned and private-use code points,
# lone surrogates.
ODD_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})

# A first line is a title when it is this short (news headlines run 6-20 words; 25 leaves room).
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
MIN_TITLE_WORDS = 2
# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Myanmar,
# Khmer): a run of them counts as one word per this many characters (Chinese and Japanese words
# run one to three characters). A Japanese headline was one "word", too short for a title, and
# stayed in the story as a claim.
UNSPACED_RUN_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"
)
UNSPACED_CHARS_PER_WORD = 3
# Final punctuation that makes a first line a sentence rather than a headline (the stops of
# every script lines.py knows, as a Hindi sentence ends in "।").
FINAL_PUNCTUATION = SENTENCE_END | frozenset(":;,…")
BULLET_START_RE = re.compile(r"^[•·▪●◦‣∙*+\-–—]\s")  # a bullet line is never a title

# A line of three or more hyphens alone separates two pasted articles (stdin, the web form).
ARTICLE_SEPARATOR_RE = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)
# A line end of any system: CR LF (Windows), LF, or CR alone (old Mac text, some paste buffers),
# which "^" and "$" of a MULTILINE pattern do not see.
LINE_END_RE = re.compile(r"\r\n?")
# Input that starts like an HTML document (for stdin and files without an HTML suffix).
HTML_START_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
# A page's outer tags. A file of a bare fragment ("<p>...</p>", a story's body as a CMS exports
# it) gave no text: trafilatura refuses a lone element as no HTML. Without them, a page that
# gives no text is read again inside them.
PAGE_TAG_RE = re.compile(r"<(?:html|body)\b", re.I)
# <meta charset="..."> or http-equiv content="...; charset=...", read from the raw bytes.
META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# An XHTML page may name its encoding only in its XML declaration.
XML_ENCODING_RE = re.compile(rb"^\s*<\?xml[^>]*\bencoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I)
# A U+FFFD between a letter and an English contraction tail stood for an apostrophe.
LOST_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])\ufffd(?=(?:s|t|re|ve|ll|d|m)\b)")
REPLACEMENT_CHAR = "\ufffd"
# Markdown syntax that is not text: heading marks, images, links (keep their text), emphasis.
MD_HEADING_RE = re.compile(r"^#{1,6}[ \t]+", re.M)
MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")

# A PATH that is a web address (read elsewhere; here it only gets a clearer reason).
URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)

_UTF8_WITH_CP1252 = "bylines-cp1252"
# The page's date with its time and offset when the markup has them (a lone date comes back as
# midnight without offset, which ingest/published.py reads as the date alone).
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# The latest page date read from markup. htmldate drops a date after today by default, so a
# page stamped in another time zone's tomorrow, or an event's pages saved with their own dates,
# lost their time while a plain-text page with the same stamp kept it: dates are taken as the
# page gives them, as for text.
MAX_PAGE_DATE = "2100-12-31"
# A table row as trafilatura writes it ("| cell | cell |"), its separator line ("|---|---|"), and
# the pipe it escapes inside a cell.
TABLE_ROW_RE = re.compile(r"^\|(.*)\|\s*$")
TABLE_RULE_RE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
# A cell holding a sentence of at least this many words is a page laid out in a table (older and
# regional sites), not data: chosen, not tuned — a data cell is a figure or a label of a few
# words, the shortest story sentences in the tests have eight.
PROSE_CELL_WORDS = 8
# A declared charset is honoured only when it reads plain ASCII markup as itself: this turns away
# codecs that are not web encodings ("undefined" raises on any input, "punycode" and "idna" read
# markup as something else, "unicode_escape" eats backslashes).
ASCII_PROBE = "<meta charset=\"x\">\n<p>A-z 0-9, &amp; (x); 'y' \\.</p>"
# The escape byte that switches scripts in the 7-bit charsets (ISO-2022-JP and its kin).
ESCAPE = b"\x1b"
# C0 and C1 control characters: none belongs in a one-line name, and ESC starts terminal escapes;
# nor do bidirectional overrides and isolates, which make a name show reversed ("evil\u202etxt.exe"
# shows as "evilexe.txt").
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def read_inputs(paths: Sequence[str], stdin: TextIO | None = None) -> ReadResult:
    """Read every PATH into articles; what cannot be read is listed in ``skipped``."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for name in paths:
        found, problems = _read_path(name, stdin)
        articles.extend(found)
        skipped.extend(Skipped(printable(p.name), p.reason) for p in problems)
    return ReadResult(unique_ids(articles), tuple(skipped))


def printable(name: str) -> str:
    """A name fit for one line of a terminal and for a UTF-8 file: bytes that were not UTF-8
    (which Python keeps as lone surrogates) and control characters are shown as escapes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = name.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate from a JSON "\ud800" escape
            raw = name.encode("utf-8", "surrogatepass")
        name = raw.decode("utf-8", "backslashreplace")
    return CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


def one_line(value: str) -> str:
    """A title, outlet or id as one printable line (runs of whitespace, newlines too, as one
    space)."""
    return printable(" ".join(value.split()))


def _layout_cells_as_paragraphs(text: str) -> str:
    """A page laid out in a table, its story in a cell, as paragraphs: trafilatura writes every
    row as "| menu | story |", which glued the menu to the first sentence and made the closing
    "|" a claim of its own. A table is layout when a cell of it holds prose (a nested table's
    rows follow its outer row); a table of data cells (figures, labels) keeps one row a line."""
    lines = text.split("\n")
    out: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and TABLE_ROW_RE.match(lines[end]):
            end += 1
        if end == start:
            out.append(lines[start])
            start += 1
            continue
        out.extend(_table_lines(lines[start:end]))
        start = end
    return "\n".join(out)


def _table_lines(rows: list[str]) -> list[str]:
    """One table's lines: its cells a line each when one of them is prose, else as given."""
    cells = [
        [cell.replace("\\|", "|").strip() for cell in CELL_SPLIT_RE.split(match[1])]
        for row in rows
        if not TABLE_RULE_RE.match(row) and (match := TABLE_ROW_RE.match(row))
    ]
    if not any(_is_prose(cell) for row in cells for cell in row):
        return rows
    return [cell for row in cells for cell in row if cell]


def _is_prose(cell: str) -> bool:
    return len(cell.split()) >= PROSE_CELL_WORDS and cell.rstrip(CLOSING_MARKS)[-1:] in ".!?…"


def _valid_utf8(text: str) -> str:
    """Text without lone surrogates (a JSON "\ud800" escape), which no UTF-8 file can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def article_from_html(html: str, article_id: str, url: str | None = None) -> Article:
    """The article in an HTML page: main text, title, date and site name (via trafilatura).

    Raises ``InputError`` when the page holds no article text or too many tags to parse.
    """
    tags = html.count("<")
    if tags > MAX_HTML_TAGS:
        reason = f"too much markup to read: {tags:,} tags, past the limit of {MAX_HTML_TAGS:,}"
        raise InputError(url or article_id, reason)
    markup = CROWDED_TAG_RE.sub(_bare_if_crowded, html)
    try:
        document = _extract(markup, url)
        if not getattr(document, "text", None) and not PAGE_TAG_RE.search(markup):
            markup = f"<html><body>{markup}</body></html>"
            document = _extract(markup, url)
        # what shallow parts of a deep page give (its h1, a nav, 2,000 <b> around the
        # paragraphs) may hide the story nested past the parser's depth: the flat reading is
        # kept when it gives more text
        depth = _nesting_depth(markup)
        if depth > MAX_PARSER_DEPTH:
            flat = _extract(_flattened(markup), url)
            if len(getattr(flat, "text", None) or "") > len(getattr(document, "text", None) or ""):
                document = flat
    except Exception as exc:  # a parser failure on one page must not sink the other inputs
        raise InputError(url or article_id, "could not parse the HTML") from exc
    text = _layout_cells_as_paragraphs(repair_text(getattr(document, "text", None) or ""))
    if not text.strip() and depth > MAX_PARSER_DEPTH:
        reason = f"no article text found in the HTML (elements nested {depth:,} deep)"
        raise InputError(url or article_id, reason)
    if not text.strip():
        raise InputError(url or article_id, "no article text found in the HTML")
    page_url = getattr(document, "url", None) or url
    title = one_line(repair_text(getattr(document, "title", None) or ""))
    source = one_line(getattr(document, "sitename", None) or "")
    return Article(
        id=one_line(article_id),
        text=text.strip(),
        source=source or _host(page_url) or one_line(article_id),
        title=title or None,
        url=page_url,
        published=normalise(getattr(document, "date", None) or ""),
    )


def _nesting_depth(markup: str) -> int:
    """How deep the page's elements nest, read from its tags in one pass (an end tag closes one
    level, a void or self-closed tag opens none)."""
    depth = deepest = 0
    for match in TAG_RE.finditer(markup):
        closing, name, self_closed = match.groups()
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closed and name.lower() not in VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flattened(markup: str) -> str:
    """The page with no element inside another but its paragraphs: each block container's tag a
    paragraph break, any other tag but the page's and the paragraphs' dropped, text kept."""

    def flat(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name in FLAT_KEPT_TAGS:
            return match.group()
        return "<p>" if name in FLAT_BLOCK_TAGS else ""

    return TAG_RE.sub(flat, markup)


def _extract(markup: str, url: str | None) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"outputformat": DATE_FORMAT, "max_date": MAX_PAGE_DATE},
    )


def _bare_if_crowded(tag: re.Match[str]) -> str:
    """A start tag of more than MAX_TAG_ATTRIBUTES attributes as its name alone, any other as
    it was (its text and the tags inside it are kept either way)."""
    attributes = ATTRIBUTE_RE.findall(tag.group(0), len(tag.group(1)))
    return tag.group(1) if len(attributes) > MAX_TAG_ATTRIBUTES else tag.group(0)


def article_from_text(
    text: str,
    article_id: str,
    *,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    """A plain-text article; the title is the first line when it reads as a headline, the
    given time is read as a JSON Lines record's is (``given_time``) wherever the text came from."""
    text = repair_text(text).strip()
    article_id = one_line(article_id)
    return Article(
        id=article_id,
        text=text,
        source=one_line(source or "") or _host(url) or article_id,
        title=one_line(title or first_line_title(text) or "") or None,
        url=url,
        published=given_time(published),
    )


def article_from_pasted(
    text: str,
    article_id: str,
    *,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    """A text someone pasted or posted: an HTML page is read as a page (main text, title, site
    name), as a file or standard input would be; anything else, and a page with no article text
    in it, as plain text. What the caller names (outlet, title, URL, time) wins over the page."""
    if _looks_like_html(text):
        try:
            page = article_from_html(text, article_id, url)
        except InputError:
            pass
        else:
            return dataclasses.replace(
                page,
                source=one_line(source or "") or page.source,
                title=one_line(title or "") or page.title,
                url=url or page.url,
                published=given_time(published) or page.published,
            )
    return article_from_text(
        text, article_id, source=source, title=title, url=url, published=published
    )


def first_line_title(text: str) -> str | None:
    """The first line when it reads as a headline and more text follows it."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or not is_headline(lines[0]) or is_only_a_date(lines[0]):
        return None  # (a date line says when, not what: "16 May 2005 Last updated at 12:42")
    return lines[0]


def is_headline(line: str) -> bool:
    """A short line without final punctuation that is not a list item."""
    words = word_count(line)
    if not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS or len(line) > MAX_TITLE_CHARS:
        return False
    if BULLET_START_RE.match(line):
        return False
    return line.rstrip(CLOSING_MARKS)[-1:] not in FINAL_PUNCTUATION


def word_count(line: str) -> int:
    """The words of a line, a run of a script written without spaces counted by its length."""
    runs = UNSPACED_RUN_RE.findall(line)
    spaced = len(UNSPACED_RUN_RE.sub(" ", line).split())
    return spaced + sum(-(-len(run) // UNSPACED_CHARS_PER_WORD) for run in runs)


def repair_text(text: str) -> str:
    """Mojibake repaired (ftfy, curly quotes kept), stray U+FFFD replacement characters removed."""
    import ftfy

    config = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
    text = ftfy.fix_text(_valid_utf8(text), config)
    if REPLACEMENT_CHAR in text:
        text = LOST_APOSTROPHE_RE.sub("’", text).replace(REPLACEMENT_CHAR, "")
    return text


def decode_bytes(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (BOM or not), UTF-16 or UTF-32 with a BOM, else byte-wise
    Windows-1252.

    Bytes that start like a UTF-16 BOM (FF FE) but are not UTF-16 text are read like any others,
    without those two bytes. Raises ``InputError`` for empty, binary and undecodable content.
    """
    if not data:
        raise InputError(name, "empty file")
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _strict_text(data, codec)
            if text is not None:
                return text
            data = data[len(bom) :]  # a mark that does not hold: never text itself
            break
    if not data:
        raise InputError(name, "empty file")
    if _looks_binary(data[:SNIFF_BYTES]):
        raise InputError(name, "binary file, not text")
    data = data.replace(b"\x00", b"")
    text = data.decode("utf-8-sig", errors=_UTF8_WITH_CP1252)
    bad = text.count(REPLACEMENT_CHAR) - data.count(REPLACEMENT_CHAR.encode())
    if bad > MAX_UNDECODABLE_RATIO * max(len(text), 1):
        raise InputError(name, f"undecodable bytes: {bad} bytes are neither UTF-8 nor Windows-1252")
    return text


def _strict_text(data: bytes, codec: str) -> str | None:
    """The bytes decoded by ``codec`` when they are text in it, else None.

    Any even run of bytes decodes as UTF-16; text does not come out of it from bytes that are not:
    those give no NUL, few control or unassigned characters, and at least one character below
    U+0100 (a space, a line break, a digit). An 8-bit text read two bytes at a time never makes
    one, having no zero byte: "He" becomes U+6548, a Chinese character.
    """
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    odd = sum(1 for char in text if _is_odd_char(char))
    latin = any(char < "\u0100" for char in text[:SNIFF_BYTES])
    ok = "\x00" not in text and latin and odd <= MAX_UNDECODABLE_RATIO * len(text)
    return text if ok else None


def _is_odd_char(char: str) -> bool:
    if char in "\t\n\r\f\v":
        return False
    return unicodedata.category(char) in ODD_CATEGORIES


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 are read as Windows-1252 (or U+FFFD)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_UTF8_WITH_CP1252, _cp1252_fallback)


def _looks_binary(sample: bytes) -> bool:
    """More than MAX_CONTROL_RATIO control bytes (NUL among them). A few NULs in a text (a word
    of UTF-16 pasted into UTF-8) leave it text, and they are dropped."""
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\x0b\x1b")
    return controls > MAX_CONTROL_RATIO * len(sample)


# --- paths ----------------------------------------------------------------------------------------

Found = tuple[list[Article], list[Skipped]]


def _read_path(name: str, stdin: TextIO | None) -> Found:
    if name == "-":
        return _read_stdin(stdin)
    if not name.strip():
        return [], [Skipped(name, "empty path")]
    path = Path(name)
    if URL_RE.match(name) and not path.exists():
        return [], [Skipped(name, "is a URL, not a file")]
    if path.is_dir():
        return _read_directory(path)
    return _read_file(path, name)


def _read_directory(directory: Path) -> Found:
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        return [], [Skipped(str(directory), _os_reason(exc))]
    files = [p for p in entries if is_article_file(p)]
    if not files:
        kinds = ", ".join(sorted(READABLE_SUFFIXES))
        return [], [Skipped(str(directory), f"nothing readable: no {kinds} file in the directory")]
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in files:
        found, problems = _read_file(path, str(path))
        articles.extend(found)
        skipped.extend(problems)
    return articles, skipped


def is_article_file(path: Path) -> bool:
    """A directory's entry named as an article. One that is no regular file (a broken link, a
    pipe, a device) is still taken, so that reading it names it and why: it was left out
    without a word, an article lost. A directory is not (the reading is not recursive)."""
    name = path.name
    if name.startswith(".") or name.endswith("~") or NOT_ARTICLES_RE.match(name):
        return False
    return path.suffix.lower() in READABLE_SUFFIXES and not path.is_dir()


def _read_file(path: Path, name: str) -> Found:
    try:
        data = _load(path, name)
        if path.suffix.lower() in JSONL_SUFFIXES:
            return _read_jsonl(decode_bytes(data, name), path.stem, name)
        if path.suffix.lower() == JSON_SUFFIX:
            return _read_json(decode_bytes(data, name), path.stem, name)
        return [_article_from_bytes(data, path, name)], []
    except InputError as exc:
        return [], [Skipped(name, exc.reason)]


def _load(path: Path, name: str) -> bytes:
    """The file's bytes. Only a regular file is opened (a named pipe would wait for a writer
    forever, /dev/zero never ends), and no more than the limit is read even when the size said
    less (files under /proc say 0)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, "not a regular file (a device, pipe or socket)")
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(name, _too_large("file", info.st_size))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(name, _os_reason(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise InputError(name, _too_large("file"))
    return data


def _too_large(what: str, size: int | None = None) -> str:
    """The reason for refusing a big input; without ``size`` it only said it was over the limit."""
    limit = MAX_FILE_BYTES // 1_000_000
    said = f"{size / 1e6:.1f} MB" if size is not None else f"over {limit} MB"
    return f"{what} too large: {said} (limit {limit} MB)"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def _article_from_bytes(data: bytes, path: Path, name: str) -> Article:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _html_article(_decode_html(data, name), path.stem, name)
    text = decode_bytes(data, name)
    if suffix not in PLAIN_SUFFIXES and _looks_like_html(text):
        return _html_article(text, path.stem, name)
    if suffix in {".md", ".markdown"}:
        text = _strip_markdown(text)
    return _plain_article(text, path.stem, name)


def _plain_article(text: str, article_id: str, name: str) -> Article:
    article = article_from_text(text, article_id)
    if not article.text:
        raise InputError(name, "empty file (whitespace only)")
    return article


def _html_article(html: str, article_id: str, name: str) -> Article:
    try:
        return article_from_html(html, article_id)
    except InputError as exc:
        raise InputError(name, exc.reason) from exc


def _decode_html(data: bytes, name: str) -> str:
    """HTML bytes as text: the declared charset (<meta charset>, or an XHTML page's XML
    declaration) when it decodes cleanly and the bytes are not UTF-8, else as any text file.

    Valid UTF-8 wins over a declaration: a template's stale "iso-8859-1" over UTF-8 content is
    common, and turned a Russian page into mojibake; text in a legacy charset with any byte
    past ASCII is almost never valid UTF-8 (a lead byte must be followed by continuation bytes).
    The exception is a page with escape bytes: the 7-bit charsets (ISO-2022-JP, -KR, -CN) are all
    ASCII, switching scripts by escape sequences, and no UTF-8 page has one.
    """
    head = data[:SNIFF_BYTES]
    declared = META_CHARSET_RE.search(head) or XML_ENCODING_RE.match(head)
    charset = declared.group(1).decode("ascii") if declared else ""
    if charset and _is_web_charset(charset) and (not _is_utf8(data) or ESCAPE in data):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeError):
            pass
    return decode_bytes(data, name)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_web_charset(charset: str) -> bool:
    try:
        encoded = ASCII_PROBE.encode(charset)
        return encoded == ASCII_PROBE.encode("ascii") and encoded.decode(charset) == ASCII_PROBE
    except (LookupError, UnicodeError, TypeError):
        return False


def _looks_like_html(text: str) -> bool:
    return HTML_START_RE.match(text[:SNIFF_BYTES]) is not None


def _strip_markdown(text: str) -> str:
    text = MD_IMAGE_RE.sub("", text)
    text = MD_LINK_RE.sub(r"\1", text)
    text = MD_EMPHASIS_RE.sub(r"\2", text)
    return MD_HEADING_RE.sub("", text)


def _read_stdin(stdin: TextIO | None) -> Found:
    if stdin is None:
        return [], [Skipped("-", "no standard input to read")]
    try:
        buffer = getattr(stdin, "buffer", None)
        raw = buffer.read(MAX_FILE_BYTES + 1) if buffer is not None else stdin.read().encode()
        if len(raw) > MAX_FILE_BYTES:  # a stream that never ends (cat /dev/zero) stops here
            return [], [Skipped("-", _too_large("input"))]
        return _stdin_articles(decode_bytes(raw, "-"))
    except InputError as exc:
        return [], [Skipped("-", exc.reason.replace("file", "input"))]
    except (OSError, ValueError) as exc:
        return [], [Skipped("-", f"cannot read standard input: {exc}")]


def _stdin_articles(text: str) -> Found:
    if _looks_like_html(text):
        return [_html_article(text, "stdin", "-")], []
    if _looks_like_jsonl(text):
        return _read_jsonl(text, "stdin", "-")
    pieces = split_articles(text)
    if not pieces and text.strip():
        raise InputError("-", "empty input (only lines of ---)")
    if len(pieces) > 1:
        return [_plain_article(p, f"stdin-{n}", "-") for n, p in enumerate(pieces, 1)], []
    # one article, without the separator lines around it: they were read as its text ("---"
    # alone was an article, refused as all page furniture)
    return [_plain_article(pieces[0] if pieces else "", "stdin", "-")], []


def split_articles(text: str) -> list[str]:
    """Several pasted articles split at lines of only ``---`` (as the web form accepts them),
    whatever ends the lines (text with CR-only line ends was one article, separators and all)."""
    pieces = ARTICLE_SEPARATOR_RE.split(LINE_END_RE.sub("\n", text))
    return [piece.strip() for piece in pieces if piece.strip()]


def _looks_like_jsonl(text: str) -> bool:
    """Standard input is JSON Lines when its first non-blank line is a JSON object."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


# --- JSON Lines -----------------------------------------------------------------------------------

JSONL_FIELDS = ("id", "source", "title", "url")
# JSON integers longer than this are read as floats: no id or Unix time is this long, and
# Python's int() refuses strings over 4,300 digits.
MAX_INT_DIGITS = 100


def _read_jsonl(text: str, stem: str, name: str) -> Found:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for number, line in _numbered_lines(text):
        try:
            articles.append(_jsonl_article(line, f"{stem}-{number}"))
        except ValueError as exc:
            skipped.append(Skipped(name, f"line {number}: {exc}"))
    if not articles and not skipped:
        raise InputError(name, "empty file (no JSON lines)")
    return articles, skipped


def _read_json(text: str, stem: str, name: str) -> Found:
    """A .json file: an article object or a list of them (as scrapers write them); it was read
    as plain text, and the briefing quoted its braces and keys as the story. A file that is no
    one JSON document is read as JSON Lines (.json is a common name for those too)."""
    try:
        value = _json_value(text)
    except ValueError:
        return _read_jsonl(text, stem, name)
    records = value if isinstance(value, list) else [value]
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for number, record in enumerate(records, start=1):
        try:
            articles.append(
                _record_article(record, f"{stem}-{number}" if len(records) > 1 else stem)
            )
        except ValueError as exc:
            where = f"item {number}: " if isinstance(value, list) else ""
            skipped.append(Skipped(name, f"{where}{exc}"))
    if not articles and not skipped:
        raise InputError(name, "empty list (no article objects)")
    return articles, skipped


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def _jsonl_article(line: str, default_id: str) -> Article:
    return _record_article(_json_value(line), default_id)


def _json_value(text: str) -> Any:
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from exc
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None


def _json_int(digits: str) -> int | float:
    """A JSON integer; one too long for Python's int() (over 4,300 digits) as a float, which
    has no such limit: such a ``published`` lost the whole article, with a message naming a
    Python setting."""
    return int(digits) if len(digits) <= MAX_INT_DIGITS else float(digits)


def _record_article(record: object, default_id: str) -> Article:
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text" (a non-empty string is required)')
    fields = {key: _optional_str(record, key) for key in JSONL_FIELDS}
    article_id = fields.pop("id") or default_id
    return article_from_text(text, article_id, **fields, published=_published(record))


def _published(record: dict[str, Any]) -> str | None:
    """``published`` as given: a string, or a number read as Unix time. Anything else (true, a
    list) is no time and is dropped as "yesterday" is: the article is kept (it was skipped whole,
    a good text lost for a field the README calls optional)."""
    value = record.get("published")
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return unix_time(value)
    return None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f'"{key}" must be a string')
    return str(value).strip() or None


# --- ids and outlets ------------------------------------------------------------------------------


def unique_ids(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Articles with ids made unique by suffixes -2, -3...; an id-derived outlet follows its id."""
    seen: set[str] = set()
    unique: list[Article] = []
    for article in articles:
        new_id = free_id(article.id, seen)
        seen.add(new_id)
        unique.append(_renamed(article, new_id) if new_id != article.id else article)
    return tuple(unique)


def _renamed(article: Article, new_id: str) -> Article:
    source = new_id if article.source == article.id else article.source
    return dataclasses.replace(article, id=new_id, source=source)


def free_id(wanted: str, seen: Container[str]) -> str:
    """``wanted``, or the first of ``wanted-2``, ``wanted-3``... not in ``seen``."""
    candidate, number = wanted, 1
    while candidate in seen:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _host(url: str | None) -> str | None:
    """The site of a URL as an outlet name (``www.`` dropped), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[bad": no host to name the outlet after
        return None
    return host.removeprefix("www.") or None
