"""A hostile-input corpus, generated (no committed blobs): what a careless or malicious user sends.

Every case is invented: made-up places, people, outlets and figures. ``good_articles`` are three
short reports of one invented event; each ``Hostile`` is one bad or pathological input, with the
file name it is written under. Used by tests/test_hostile.py and benchmarks/speed_bench.py.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

# spaCy refuses texts over nlp.max_length (1,000,000 characters); this is just past it.
OVER_SPACY_LIMIT = 1_100_000
# A JSON value nested this deep makes json.loads raise RecursionError (the default limit is 1000).
DEEP_NESTING = 100_000

GOOD = {
    "harbour-wire.txt": (
        "Ferry fire at Pellmouth harbour\n\n"
        "A fire broke out on a ferry in Pellmouth harbour on Tuesday, injuring 14 people, "
        "the coastguard said. The ferry Marisol was carrying 212 passengers. "
        '"The crew acted quickly," said harbour master Ines Toller. '
        "The cause of the fire is not yet known."
    ),
    "coast-daily.txt": (
        "Blaze on Pellmouth ferry injures 14\n\n"
        "Fourteen people were hurt when fire swept through the ferry Marisol in Pellmouth "
        "harbour on Tuesday. The vessel had 212 passengers on board, the coastguard said. "
        '"The crew acted quickly," harbour master Ines Toller told reporters. '
        "Investigators will board the ship on Wednesday."
    ),
    "north-radio.txt": (
        "Pellmouth ferry fire: 15 hurt\n\n"
        "Fifteen people were injured in a fire on the ferry Marisol at Pellmouth on Tuesday. "
        "About 210 passengers were evacuated. Harbour master Ines Toller praised the crew. "
        "The ferry operator, Tessaly Lines, said it would cooperate with investigators."
    ),
}

# One invented sentence each in scripts other than the Latin one, with their own stops.
OTHER_SCRIPTS = [
    "ペルマス港のフェリーで火災が起き、14人が負傷した。",
    "佩尔茅斯港一艘渡轮起火，14人受伤。",
    "اندلع حريق في عبارة في ميناء بيلموث وأصيب 14 شخصا.",
    "पेलमाउथ बंदरगाह पर एक नौका में आग लगने से 14 लोग घायल हुए।",
]
_FIRST = ["Ines", "Marek", "Odile", "Tobias", "Anja", "Ruben", "Kasia", "Lionel"]
_LAST = ["Toller", "Varga", "Lindqvist", "Okafor", "Brandt", "Moreau", "Sato", "Quist"]
_PLACES = ["Pellmouth", "Carrow Bay", "Estmere", "Dunhallow", "Vossberg", "Tarn Ridge"]
_VERBS = ["said", "told reporters", "added", "confirmed", "warned", "announced"]
_NOUNS = ["council", "ferry", "harbour", "budget", "bridge", "storm", "vote", "inquiry"]


def news_text(chars: int, seed: int = 7) -> str:
    """An invented news-like text of about ``chars`` characters: paragraphs of sentences with
    names, places, figures and quotations, as a long real article has them."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def _sentence(rng: random.Random) -> str:
    person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    place, noun = rng.choice(_PLACES), rng.choice(_NOUNS)
    number = rng.randint(2, 5000)
    kind = rng.randint(0, 3)
    if kind == 0:
        return f'"The {noun} in {place} will cost {number} million," {person} {rng.choice(_VERBS)}.'
    if kind == 1:
        return f"{person} of {place} said {number} people had been affected by the {noun}."
    if kind == 2:
        return f"Officials in {place} expect the {noun} to reach {number} tonnes by May."
    return f"The {noun} was discussed in {place} on Tuesday, {person} {rng.choice(_VERBS)}."


@dataclass(frozen=True)
class Hostile:
    """One bad input: the file name to write it under and its bytes."""

    kind: str
    name: str
    data: bytes
    # How many one-line "skipped" messages it must give (0: it is read and analysed).
    skips: int = 0


def quotes_text(chars: int) -> str:
    """A text full of quotation marks (unbalanced, nested, curly and straight)."""
    unit = '“He said "yes" and ‘no’ — “then ”what" she asked " '
    return (unit * (chars // len(unit) + 1))[:chars]


def capitalised_line(chars: int) -> str:
    """One line of capitalised words with no sentence end: a name-finder's worst case."""
    rng = random.Random(3)
    words = [w.capitalize() for w in _FIRST + _LAST + _PLACES + _NOUNS]
    out: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(words)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def number_table(rows: int) -> str:
    """A table of figures, as pasted from a spreadsheet."""
    rng = random.Random(5)
    lines = ["Region\t2019\t2020\t2021\tChange"]
    for n in range(rows):
        cells = [f"{rng.randint(0, 99999):,}" for _ in range(3)]
        lines.append(f"Zone {n}\t" + "\t".join(cells) + f"\t{rng.uniform(-50, 50):.1f}%")
    return "\n".join(lines)


def hostile_cases() -> list[Hostile]:
    """Every kind of bad input, small enough to run in the test suite (the huge ones are in
    ``huge_cases``)."""
    deep = "[" * DEEP_NESTING + "]" * DEEP_NESTING
    escape_record = {
        "id": "esc\x1b[31mred\x1b[0m",
        "source": "Outlet\x1b]0;pwned\x07\nNext",
        "title": "Title\x1b[2J",
        "text": GOOD["harbour-wire.txt"],
    }
    return [
        Hostile("empty", "empty.txt", b"", 1),
        Hostile("whitespace", "blank.txt", b"  \n\t\n  ", 1),
        Hostile("binary", "image.txt", bytes(range(256)) * 40, 1),
        Hostile("nul bytes", "nul.txt", b"Some text\x00\x00\x00 with NUL bytes in it." * 50, 1),
        Hostile("deep json", "deep.jsonl", _jsonl({"text": _story()}) + deep.encode(), 1),
        Hostile("bad json", "bad.jsonl", b'{"text": "unterminated\n[1, 2]\n"just a string"\n', 3),
        Hostile(
            "lone surrogate", "surrogate.jsonl", _jsonl({"text": "Half \ud800 a pair. " + _story()})
        ),
        Hostile("undefined charset", "undefined.html", _html("undefined")),
        Hostile("punycode charset", "puny.html", _html("punycode")),
        Hostile("idna charset", "idna.html", _html("idna")),
        Hostile("rot13 charset", "rot.html", _html("rot13")),
        Hostile("escapes in jsonl", "escapes.jsonl", _jsonl(escape_record)),
        Hostile("latin-1 soup", "soup.txt", bytes(range(128, 256)) * 30, 1),
        Hostile("quotes", "quotes.txt", quotes_text(20_000).encode()),
        Hostile("capitalised line", "caps.txt", capitalised_line(20_000).encode()),
        Hostile("number table", "table.txt", number_table(400).encode()),
        Hostile(
            "html no text", "nothing.html", b"<html><body><script>x()</script></body></html>", 1
        ),
        Hostile("only furniture", "junk.txt", b"Leave a Comment\nRead more:\nShare this\n", 1),
        Hostile("utf-16 without bom", "u16.txt", "Hello world. ".encode("utf-16-le") * 20, 1),
        Hostile("missing text field", "notext.jsonl", _jsonl({"title": "No text"}), 1),
        Hostile("text not a string", "nums.jsonl", _jsonl({"text": [1, 2, 3]}), 1),
        *more_hostile_cases(),
    ]


def more_hostile_cases() -> list[Hostile]:
    """Second round: each of these broke a rule once (a file read as the wrong encoding, a
    field shown reversed) or is a shape the first round did not try."""
    bidi_record = {
        "id": "wire\u202etxt.exe",
        "source": "Coast\u2067 Daily",
        "title": "Ferry \u202efire",
        "text": _story().replace("14 people", "\u202e14\u202c people"),
    }
    odd_fields = [{"text": {"a": 1}}, {"text": None}, {"text": 12}, {"id": ["x"], "text": _story()}]
    return [
        # FF FE, then UTF-8 text: no UTF-16 (it read as Chinese characters)
        Hostile("false utf-16 mark", "false-bom.txt", b"\xff\xfe" + _story().encode()),
        Hostile("utf-32 with its mark", "u32.txt", GOOD["coast-daily.txt"].encode("utf-32")),
        Hostile("nul bytes only", "nuls.txt", b"\x00" * 4096, 1),
        # a word of UTF-16 in a UTF-8 text: a few NULs (the whole file was called binary)
        Hostile(
            "mixed encodings",
            "mixed.txt",
            _story().encode() + b" " + "Pellmouth".encode("utf-16-le") + " café".encode("cp1252"),
        ),
        Hostile("bidi overrides in jsonl", "bidi.jsonl", _jsonl(bidi_record)),
        Hostile("odd field types", "odd.jsonl", b"".join(_jsonl(r) for r in odd_fields), 4),
        Hostile(
            "number as published", "when.jsonl", _jsonl({"published": 1e300, "text": _story()})
        ),
        Hostile(
            "odd types as published",  # each article was skipped whole for its optional time
            "odd-when.jsonl",
            b"".join(_jsonl({"published": p, "text": _story()}) for p in (True, [2026], {}, -1e15)),
        ),
        Hostile(  # uncased scripts beside English paragraphs were removed as page junk
            "paragraphs in other scripts",
            "scripts.txt",
            "\n\n".join([_story(), *OTHER_SCRIPTS, _story().replace("14", "15")]).encode(),
        ),
        Hostile(  # all ASCII bytes with escapes between scripts: it was read as UTF-8
            "seven-bit charset",
            "jis.html",
            f'<meta charset="iso-2022-jp"><p>{OTHER_SCRIPTS[0]}</p>'.encode("iso-2022-jp"),
        ),
        Hostile("one long word", "word.txt", b"Pellmouth" * 20_000),
        # the parser stops 255 elements deep: the story inside was lost (read flat since)
        Hostile(
            "html nested deep",
            "deep.html",
            b"<html><body>" + b"<div>" * 20_000 + _paragraph() + b"</div>" * 20_000,
        ),
        Hostile("html nested just past the parser's depth", "deep300.html", nested_page(300)),
        Hostile("html nested deep in inline tags", "deepb.html", nested_page(2_000, b"b")),
        Hostile("html of styles", "style.html", b"<html><head><style>p{}</style></head></html>", 1),
        *third_hostile_cases(),
    ]


def third_hostile_cases() -> list[Hostile]:
    """Third round: figures in other scripts' digits ('٤٬٠٠٠' was read as 4 and 0), soft hyphens
    inside words and numbers ('4\u00ad000' was read as 4), JSON documents and huge integers."""
    digits = _story().replace("212", "\u0662\u0661\u0662").replace("14", "\uff11\uff14")
    articles = [
        {"id": "list-1", "text": _story()},
        {"id": "list-2", "text": GOOD["north-radio.txt"]},
    ]
    huge_int = b'{"published": 1' + b"0" * 5000 + b', "text": ' + json.dumps(_story()).encode()
    return [
        Hostile("other scripts' digits", "digits.txt", digits.encode()),
        Hostile("soft hyphens", "shy.html", _html("utf-8").replace(b"212", "2\u00ad12".encode())),
        # read as plain text: the briefing quoted its brackets and keys as the story
        Hostile("json list of articles", "list.json", json.dumps(articles, indent=2).encode()),
        Hostile("json of no article", "meta.json", b'{"count": 3, "items": []}', 1),
        # Python's int() refuses over 4,300 digits: the article was lost for its optional time
        Hostile("huge integer in jsonl", "huge-int.jsonl", huge_int + b"}\n"),
        *fourth_hostile_cases(),
    ]


def fourth_hostile_cases() -> list[Hostile]:
    """Fourth round (check9): a page of more tags than the reader parses (1,000,000 of them took
    44 s and 1.16 GB before the limit); byte order marks of UTF-8 and UTF-16 on texts and on
    a JSON Lines file, which must be read as the text they mark."""
    from bylines.ingest.read import MAX_HTML_TAGS

    tags = b"<html><body><p>Ferry." + b"<i>" * (MAX_HTML_TAGS + 1) + b"</p></body></html>"
    record = _jsonl({"id": "bom-line", "text": _story()})
    return [
        Hostile("more tags than the limit", "tags.html", tags, 1),
        Hostile("utf-8 byte order mark", "bom8.txt", b"\xef\xbb\xbf" + _story().encode()),
        Hostile("utf-16 big-endian mark", "bom16.txt", b"\xfe\xff" + _story().encode("utf-16-be")),
        Hostile("byte order mark on jsonl", "bom.jsonl", b"\xef\xbb\xbf" + record),
        *fifth_hostile_cases(),
    ]


def fifth_hostile_cases() -> list[Hostile]:
    """Fifth round (hostile35): a time zone no clock keeps ("GMT+25", "+25:00") in a page's
    dateline sank every article of the run with an internal error, and as a JSON Lines
    ``published`` lost its article; a tag of many attributes and many short paragraphs took
    time that grew with the square of their number."""
    dateline = "Ferry fire\n\nPublished 3 March 2026 10:00 GMT+25\n\n" + _story()
    zoned = [{"published": p, "text": _story()} for p in ("2026-03-03T10:00:00+25:00", "+99:99")]
    crowded = b"<p " + b" ".join(b"a%d=1" % n for n in range(20_000)) + b">"
    return [
        Hostile("impossible zone in a dateline", "zone.txt", dateline.encode()),
        Hostile("impossible zone as published", "zone.jsonl", b"".join(_jsonl(r) for r in zoned)),
        # the HTML parser compares each attribute with those before it: 16,000 took 15 s
        Hostile(
            "a tag of 20,000 attributes", "attrs.html", _html("utf-8").replace(b"<p>", crowded)
        ),
        # the short paragraphs were compared each with each when the page lines were removed
        Hostile(
            "5,000 short paragraphs", "paras.txt", "\n\n".join(["Ferry fire."] * 5000).encode()
        ),
        # one element and no <html>: trafilatura called it no HTML, the story was lost
        Hostile("an html fragment", "fragment.html", f"<p>{_story()}</p>".encode()),
    ]


def huge_cases() -> list[Hostile]:
    """Big inputs inside the accepted limits: each must finish in linear time."""
    return [
        Hostile("over spaCy's limit", "caps-huge.txt", capitalised_line(OVER_SPACY_LIMIT).encode()),
        Hostile("280 KB of quotes", "quotes-huge.txt", quotes_text(280_000).encode()),
        Hostile("1 MB article", "long.txt", news_text(1_000_000).encode()),
        Hostile("1 MB of figures, no full stop", "figures.txt", figure_run(1_000_000).encode()),
    ]


def _paragraph() -> bytes:
    return f"<p>{_story()}</p>".encode()


def nested_page(depth: int, tag: bytes = b"div") -> bytes:
    """A page whose story lies ``depth`` elements deep."""
    opening, closing = b"<%s>" % tag, b"</%s>" % tag
    return b"<html><body>" + opening * depth + _paragraph() + closing * depth + b"</body></html>"


def figure_run(chars: int) -> str:
    """One run-on line of figures with no full stop, cut into sentences only by length: every
    figure's frame was read against every other figure of its sentence."""
    unit = "£4.5m 212 homes 14% 3,000 people 10:30 4 May 2025 between 10 and 20 £1 "
    return (unit * (chars // len(unit) + 1))[:chars]


# Articles pasted into standard input with CR-only line ends (old Mac text, some paste buffers)
# and "---" lines between them: they were read as one article, separators and all.
def cr_pasted_articles() -> bytes:
    return "\r---\r".join(text.replace("\n", "\r") for text in GOOD.values()).encode()


def _story() -> str:
    return GOOD["harbour-wire.txt"].split("\n\n", 1)[1]


def _jsonl(record: object) -> bytes:
    return json.dumps(record).encode() + b"\n"


def _html(charset: str) -> bytes:
    body = "<p>" + GOOD["coast-daily.txt"].replace("\n\n", "</p><p>") + "</p>"
    page = f'<html><head><meta charset="{charset}"><title>Ferry</title></head><body>{body}</body>'
    return (page + "</html>").encode()
