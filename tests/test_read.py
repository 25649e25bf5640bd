"""The read stage: every kind of input, and every kind of bad input, per file and end to end."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bylines.errors import InputError
from bylines.ingest import read
from bylines.ingest.read import (
    article_from_html,
    article_from_text,
    decode_bytes,
    first_line_title,
    read_inputs,
)
from bylines.types import ReadResult

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT.parent / "shared" / "examples" / "blinken-xi"

STORY = "Bridge reopens after repairs\nThe bridge reopened on Tuesday.\nIt cost 12 million euros.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only_reason(result: ReadResult) -> str:
    assert not result.articles
    assert len(result.skipped) == 1
    return result.skipped[0].reason


# --- the example cluster -------------------------------------------------------------------------


def test_example_directory_reads_five_articles_sorted_without_readme() -> None:
    result = read_inputs([str(EXAMPLE)])
    assert result.skipped == ()
    ids = [a.id for a in result.articles]
    assert ids == sorted(p.stem for p in EXAMPLE.glob("0*.txt"))
    assert len(ids) == 5
    assert all(a.source == a.id for a in result.articles)  # plain text: the outlet is the id
    titled = {a.id[:3] for a in result.articles if a.title}
    assert titled == {"002", "004"}  # the only files whose first line is a headline


def test_example_body_keeps_the_headline_line_for_the_clean_stage() -> None:
    article = next(a for a in read_inputs([str(EXAMPLE)]).articles if a.id.startswith("004"))
    assert article.title is not None
    assert article.text.startswith(article.title)


# --- plain text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bridge reopens after repairs\nThe bridge reopened.", "Bridge reopens after repairs"),
        (
            "Mayor calls repairs “a triumph”\nThe bridge reopened.",
            "Mayor calls repairs “a triumph”",
        ),
        ("\n\n  Bridge reopens  \n\nThe bridge reopened.", "Bridge reopens"),
        ("The bridge reopened on Tuesday.\nIt cost a lot.", None),
        ("He said “yes.”\nThe bridge reopened.", None),
        ("Read more:\nThe bridge reopened.", None),
        ("Is the bridge safe?\nThe bridge reopened.", None),
        ("• Bridge reopens after repairs\nThe bridge reopened.", None),
        ("Bridge reopens after repairs", None),  # a one-line article has no separate title
        ("Bridge\nThe bridge reopened.", None),  # one word is not a headline
        (" ".join(["word"] * 30) + "\nThe bridge reopened.", None),
        # a line that only says when is the page's date line, not its headline
        ("3 March 2027 Last updated at 09:15 GMT\nBridge reopens\nThe bridge reopened.", None),
        ("Tuesday, 2 March 2027\nThe bridge reopened.", None),
        ("Bridge reopens on 2 March 2027\nThe bridge reopened.", "Bridge reopens on 2 March 2027"),
        ("Kestrel News | 2.3.2027 | Updated 08:15\nThe bridge reopened.", None),  # page header
        ("Harbour Times — Tuesday 2 March 2027\nThe bridge reopened.", None),  # masthead
        ("5 hours ago\nThe bridge reopened.", None),
        ("Published 2 March 2027 · 4 min read\nThe bridge reopened.", None),
        ("2 March 2027 | Share this article\nThe bridge reopened.", None),
        ("Staff reporter | 2 March 2027 | Comments (3)\nThe bridge reopened.", None),
        ("Business desk, updated 20:10\nThe bridge reopened.", None),
        # a headline with its date beside it is still the headline
        (
            "Bridge reopens in Marl | 2 March 2027\nThe bridge reopened.",
            "Bridge reopens in Marl | 2 March 2027",
        ),
        ("Floods in Marl, 2 March 2027\nThe river rose.", "Floods in Marl, 2 March 2027"),
        ("Fire at Marl, 2 March 2027\nThe mill burned.", "Fire at Marl, 2 March 2027"),
        (
            "Ferry Sinks Off Marl Coast Killing Nine · 2 March 2027\nIt sank.",
            "Ferry Sinks Off Marl Coast Killing Nine · 2 March 2027",
        ),
    ],
)
def test_first_line_title(text: str, title: str | None) -> None:
    assert first_line_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # scripts written without spaces: a headline was one "word", too short for a title
        ("マール橋が崩落\n月曜日、橋が崩れた。", "マール橋が崩落"),
        ("马尔港渡轮起火\n渡轮周二起火。", "马尔港渡轮起火"),
        ("สะพานมาร์ลถล่ม\nสะพานถล่มเมื่อวันจันทร์", "สะพานมาร์ลถล่ม"),
        # ...but two characters are a word, as one Latin word is no title
        ("広告\n月曜日、橋が崩れた。", None),
    ],
)
def test_a_headline_in_a_script_without_spaces_is_the_title(text: str, title: str | None) -> None:
    assert first_line_title(text) == title


def test_plain_text_file(tmp_path: Path) -> None:
    result = read_inputs([str(write(tmp_path / "gazette.txt", STORY))])
    (article,) = result.articles
    assert article.id == "gazette"
    assert article.source == "gazette"
    assert article.title == "Bridge reopens after repairs"
    assert article.text == STORY.strip()  # the body stays intact


def test_markdown_file_loses_its_syntax(tmp_path: Path) -> None:
    text = "# Bridge reopens\n\nThe **bridge** reopened, says [the council](https://x.example/c).\n"
    (article,) = read_inputs([str(write(tmp_path / "note.md", text))]).articles
    assert article.title == "Bridge reopens"
    assert article.text.endswith("The bridge reopened, says the council.")


def test_an_explicitly_named_readme_is_read(tmp_path: Path) -> None:
    result = read_inputs([str(write(tmp_path / "README.md", STORY))])
    assert [a.id for a in result.articles] == ["README"]


def test_unknown_suffix_named_explicitly_is_read_as_text(tmp_path: Path) -> None:
    result = read_inputs([str(write(tmp_path / "story.eml", STORY))])
    assert [a.id for a in result.articles] == ["story"]


# --- directories ---------------------------------------------------------------------------------


def test_directory_is_sorted_not_recursive_and_leaves_out_non_articles(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", STORY)
    write(tmp_path / "a.md", STORY)
    write(tmp_path / "c.html", (FIXTURES / "harbour.html").read_text(encoding="utf-8"))
    write(tmp_path / "README.txt", STORY)
    write(tmp_path / "LICENSE.md", STORY)
    write(tmp_path / ".hidden.txt", STORY)
    write(tmp_path / "picture.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "sub" / "deeper.txt", STORY)
    result = read_inputs([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a", "b", "c"]
    assert result.skipped == ()


def test_directory_with_nothing_readable(tmp_path: Path) -> None:
    write(tmp_path / "picture.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "README.md", STORY)
    reason = only_reason(read_inputs([str(tmp_path)]))
    assert reason.startswith("nothing readable: no ")
    assert ".txt" in reason


def test_directory_whose_files_are_all_bad_lists_each(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "binary.txt", bytes(range(256)) * 4)
    result = read_inputs([str(tmp_path)])
    assert result.articles == ()
    assert [(Path(s.name).name, s.reason) for s in result.skipped] == [
        ("binary.txt", "binary file, not text"),
        ("empty.txt", "empty file"),
    ]


def test_two_hundred_articles(tmp_path: Path) -> None:
    for number in range(200):
        write(tmp_path / f"report-{number:03d}.txt", f"Report {number}\nThe bridge reopened.\n")
    result = read_inputs([str(tmp_path)])
    assert len(result.articles) == 200
    assert result.articles[0].id == "report-000"
    assert result.articles[-1].id == "report-199"
    assert len({a.id for a in result.articles}) == 200


# --- HTML ----------------------------------------------------------------------------------------


def test_html_file_gives_text_title_date_site_and_url() -> None:
    (article,) = read_inputs([str(FIXTURES / "harbour.html")]).articles
    assert article.id == "harbour"
    assert article.source == "The Coastal Gazette"
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.published == "2024-03-05"
    assert article.url == "https://gazette.example/news/harbour-bridge"
    assert "forty steel cables" in article.text
    assert "Great news for commuters" not in article.text  # reader comments are not the story
    assert "Sport" not in article.text  # navigation is not the story


def test_article_from_html_for_fetched_pages() -> None:
    html = (FIXTURES / "harbour.html").read_text(encoding="utf-8")
    article = article_from_html(html, "page-1", url="https://gazette.example/x?utm=1")
    assert article.id == "page-1"
    assert "eight months of repairs" in article.text


def test_article_from_html_without_text_raises_input_error() -> None:
    with pytest.raises(InputError, match="no article text found in the HTML"):
        article_from_html("<html><body><script>var x = 1;</script></body></html>", "x")


def test_html_with_nothing_to_extract_is_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "blank.html", "<html><head><title>Hi</title></head><body></body></html>"
    )
    assert only_reason(read_inputs([str(path)])) == "no article text found in the HTML"


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = "Мост через гавань открыт для движения после восьми месяцев ремонта."
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{body}</p></body></html>'
    path = write(tmp_path / "ru.html", html.encode("cp1251"))
    (article,) = read_inputs([str(path)]).articles
    assert body in article.text


def test_outlet_falls_back_to_the_url_host_then_the_id() -> None:
    html = "<html><body><p>The bridge reopened to traffic on Tuesday.</p></body></html>"
    assert article_from_html(html, "a", url="https://www.port.example/x").source == "port.example"
    assert article_from_html(html, "a").source == "a"


def test_a_url_that_does_not_parse_leaves_the_id_as_outlet() -> None:
    article = article_from_text("The bridge reopened on Tuesday.", "a", url="http://[bad")
    assert (article.source, article.url) == ("a", "http://[bad")


# --- stdin ---------------------------------------------------------------------------------------


def test_stdin_plain_text() -> None:
    (article,) = read_inputs(["-"], stdin=io.StringIO(STORY)).articles
    assert article.id == "stdin"
    assert article.title == "Bridge reopens after repairs"


def test_stdin_html_is_recognised() -> None:
    html = (FIXTURES / "harbour.html").read_text(encoding="utf-8")
    (article,) = read_inputs(["-"], stdin=io.StringIO(html)).articles
    assert article.source == "The Coastal Gazette"
    assert "<p>" not in article.text


def test_stdin_bytes_are_decoded_like_files() -> None:
    stdin = io.TextIOWrapper(io.BytesIO("Caf\u00e9 owners cheered the bridge.".encode("cp1252")))
    (article,) = read_inputs(["-"], stdin=stdin).articles
    assert article.text == "Café owners cheered the bridge."


def test_stdin_json_lines_are_articles() -> None:
    lines = (
        '{"text": "The ferry sailed at noon.", "source": "Isle Times"}\n\n{"text": "It docked."}\n'
    )
    articles = read_inputs(["-"], stdin=io.StringIO(lines)).articles
    assert [(a.id, a.source, a.text) for a in articles] == [
        ("stdin-1", "Isle Times", "The ferry sailed at noon."),
        ("stdin-3", "stdin-3", "It docked."),
    ]


def test_stdin_is_split_at_separator_lines() -> None:
    text = "Dam opens\nThe dam opened on Friday.\n  ---  \nThe dam opened late.\n-----\n\n"
    articles = read_inputs(["-"], stdin=io.StringIO(text)).articles
    assert [(a.id, a.title, a.text) for a in articles] == [
        ("stdin-1", "Dam opens", "Dam opens\nThe dam opened on Friday."),
        ("stdin-2", None, "The dam opened late."),
    ]


def test_stdin_of_one_article_between_separators_is_read_without_them() -> None:
    # One piece was read as the whole input, separator lines included, and input of nothing
    # but separators became an article "---", refused as page furniture.
    text = "---\nDam opens\nThe dam opened on Friday.\n---\n---\n"
    (article,) = read_inputs(["-"], stdin=io.StringIO(text)).articles
    assert article.text == "Dam opens\nThe dam opened on Friday."
    only = read_inputs(["-"], stdin=io.StringIO("---\n  ---\n---\n"))
    assert only_reason(only) == "empty input (only lines of ---)"


def test_stdin_text_that_starts_with_a_brace_is_still_text() -> None:
    (article,) = read_inputs(["-"], stdin=io.StringIO("{Update} The dam opened.")).articles
    assert article.text == "{Update} The dam opened."


def test_stdin_problems_are_skipped() -> None:
    assert only_reason(read_inputs(["-"], stdin=None)) == "no standard input to read"
    assert only_reason(read_inputs(["-"], stdin=io.StringIO(""))) == "empty input"


# --- JSON Lines ----------------------------------------------------------------------------------


def test_jsonl_reads_good_lines_and_skips_bad_ones() -> None:
    result = read_inputs([str(FIXTURES / "reports.jsonl")])
    first, second, third = result.articles
    assert (first.id, first.source, first.title) == (
        "gazette-1",
        "The Coastal Gazette",
        "Harbour bridge reopens",
    )
    assert (first.url, first.published) == (
        "https://gazette.example/news/harbour-bridge",
        "2024-03-05",
    )
    assert (second.id, second.source) == ("reports-2", "portville-news.example")
    assert second.title == "Bridge open again after long repairs"
    assert (third.id, third.source, third.published) == ("reports-7", "reports-7", "2024")
    reasons = [s.reason for s in result.skipped]
    assert reasons[0].startswith("line 3: not valid JSON")
    assert reasons[1:] == [
        "line 5: not a JSON object",
        'line 6: no "text" (a non-empty string is required)',
    ]
    assert all(s.name.endswith("reports.jsonl") for s in result.skipped)


def test_jsonl_with_two_hundred_lines(tmp_path: Path) -> None:
    lines = [f'{{"text": "Report {n} says the bridge reopened."}}' for n in range(200)]
    result = read_inputs([str(write(tmp_path / "many.jsonl", "\n".join(lines)))])
    assert len(result.articles) == 200
    assert result.articles[199].id == "many-200"


def test_jsonl_field_of_the_wrong_type_is_a_bad_line(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", '{"text": "The bridge reopened.", "source": ["a"]}\n')
    assert only_reason(read_inputs([str(path)])) == 'line 1: "source" must be a string'


# --- ids -----------------------------------------------------------------------------------------


def test_ids_are_made_unique_and_an_id_outlet_follows(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "report.txt", STORY)
    two = write(tmp_path / "two" / "report.txt", STORY)
    jsonl = write(
        tmp_path / "x.jsonl", '{"id": "report", "source": "Gazette", "text": "Hello there."}'
    )
    result = read_inputs([str(one), str(two), str(jsonl)])
    assert [(a.id, a.source) for a in result.articles] == [
        ("report", "report"),
        ("report-2", "report-2"),
        ("report-3", "Gazette"),
    ]


# --- bad input, one by one -----------------------------------------------------------------------


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = read_inputs([missing])
    assert result.skipped[0].name == missing
    assert only_reason(result) == "no such file or directory"


def test_a_url_is_not_a_file() -> None:
    assert only_reason(read_inputs(["https://gazette.example/news"])) == "is a URL, not a file"


def test_empty_path_is_not_the_current_directory() -> None:
    assert only_reason(read_inputs([""])) == "empty path"


def test_empty_file(tmp_path: Path) -> None:
    assert only_reason(read_inputs([str(write(tmp_path / "e.txt", b""))])) == "empty file"
    blank = write(tmp_path / "blank.txt", " \n\t\n")
    assert only_reason(read_inputs([str(blank)])) == "empty file (whitespace only)"


def test_binary_file(tmp_path: Path) -> None:
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert only_reason(read_inputs([str(png)])) == "binary file, not text"


def test_undecodable_bytes_are_skipped_when_many(tmp_path: Path) -> None:
    # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are neither UTF-8 nor defined in Windows-1252.
    data = b"The bridge \x81\x8d\x8f\x90\x9d reopened on Tuesday \x81\x8d.\n"
    reason = only_reason(read_inputs([str(write(tmp_path / "odd.txt", data))]))
    assert reason == "undecodable bytes: 7 bytes are neither UTF-8 nor Windows-1252"


def test_a_few_undecodable_bytes_in_a_long_text_are_dropped(tmp_path: Path) -> None:
    data = ("The bridge reopened on Tuesday. " * 20).encode() + b"\x81"
    (article,) = read_inputs([str(write(tmp_path / "odd.txt", data))]).articles
    assert "\ufffd" not in article.text
    assert article.text.endswith("Tuesday.")


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path / "big.txt", "word " * 1000)
    assert only_reason(read_inputs([str(path)])) == "file too large: 0.0 MB (limit 0 MB)"


def test_single_article_and_one_line_article(tmp_path: Path) -> None:
    line = "The bridge reopened on Tuesday after eight months of repairs."
    (article,) = read_inputs([str(write(tmp_path / "one.txt", line + "\n"))]).articles
    assert (article.text, article.title) == (line, None)


def test_one_bad_file_does_not_sink_the_others(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    bad = write(tmp_path / "bad.txt", b"\x00\x01\x02")
    result = read_inputs([str(bad), str(tmp_path / "nope.txt"), str(good)])
    assert [a.id for a in result.articles] == ["good"]
    assert [Path(s.name).name for s in result.skipped] == ["bad.txt", "nope.txt"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400))
def test_any_bytes_give_an_article_or_a_one_line_reason(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "any.txt", data)
    result = read_inputs([str(path)])
    assert len(result.articles) + len(result.skipped) == 1
    for skipped in result.skipped:
        assert skipped.reason and "\n" not in skipped.reason
    for article in result.articles:
        assert article.text.strip() and "\ufffd" not in article.text


# --- decoding ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("\ufeffThe bridge reopened.".encode(), "The bridge reopened."),  # UTF-8 with BOM
        ("The bridge’s café reopened.".encode("cp1252"), "The bridge’s café reopened."),
        ("Bridge’s café ".encode() + b"\xe9" + b" reopened.", "Bridge’s café é reopened."),
        ("The bridge reopened.".encode("utf-16"), "The bridge reopened."),
        (b"\xfe\xff" + "Brücke eröffnet.\n".encode("utf-16-be"), "Brücke eröffnet.\n"),
        ("\ufeff大桥周二重新开放。\n".encode("utf-16-le"), "大桥周二重新开放。\n"),
        ("The bridge reopened.".encode("utf-32"), "The bridge reopened."),  # BOM FF FE 00 00
        # FF FE, then bytes that are no UTF-16 text (an odd count; Chinese characters from pairs
        # of letters): read as UTF-8, the false mark dropped
        (b"\xff\xfeThe bridge reopened.", "The bridge reopened."),
        (b"\xff\xfeThe bridge reopened.\n", "The bridge reopened.\n"),
        (b"\xff\xfe" + "Café reopened.".encode("cp1252"), "Café reopened."),
    ],
)
def test_decode_bytes(data: bytes, text: str) -> None:
    assert decode_bytes(data, "x") == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe", "empty file"),
        (b"\xff\xfe" + bytes(range(256)) * 4, "binary file, not text"),
        (b"\xff\xfe\x00\x00" + b"\x00\xd8\x00\x00" * 10, "binary file, not text"),
    ],
)
def test_a_false_byte_order_mark_does_not_make_text(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as raised:
        decode_bytes(data, "x")
    assert raised.value.reason == reason


def test_mojibake_and_replacement_characters_are_repaired(tmp_path: Path) -> None:
    raw = "The mayorâ€™s cafÃ© reopened.\nChina\ufffds talks ended well\ufffd.\n"
    (article,) = read_inputs([str(write(tmp_path / "m.txt", raw))]).articles
    assert article.text == "The mayor’s café reopened.\nChina’s talks ended well."


# --- the command line, end to end ----------------------------------------------------------------


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "bylines", "report", *args]
    command += ["--embedder", "tfidf", "--entities", "rules"]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_cli_nothing_readable_exits_non_zero_with_one_line_each(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    binary = write(tmp_path / "photo.txt", b"\x89PNG\x00\x00\x00")
    missing = tmp_path / "missing.txt"
    nothing = tmp_path / "nothing"
    write(nothing / "notes.pdf", b"%PDF-1.4")
    done = run_cli(str(empty), str(binary), str(missing), str(nothing))
    assert done.returncode != 0
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"bylines: skipped {empty}: empty file",
        f"bylines: skipped {binary}: binary file, not text",
        f"bylines: skipped {missing}: no such file or directory",
        f"bylines: skipped {nothing}: nothing readable: no .htm, .html, .jsonl, .markdown, .md, "
        ".ndjson, .text, .txt, .xhtml file in the directory",
        "bylines: error: no readable article in the input",
    ]


def test_cli_reports_what_could_be_read_and_lists_the_rest(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    bad = write(tmp_path / "bad.jsonl", '{"text": "The bridge reopened today."}\n{oops\n')
    done = run_cli(str(good), str(bad), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"bylines: skipped {bad}: line 2: not valid JSON (Expecting property name enclosed in "
        "double quotes)"
    ]
    assert '"id": "good"' in done.stdout
    assert '"id": "bad-1"' in done.stdout
    assert f'"name": "{bad}"' in done.stdout


def test_cli_reads_the_example_directory_and_stdin() -> None:
    done = run_cli(str(EXAMPLE), "-", "--format", "json", stdin=STORY)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert '"id": "stdin"' in done.stdout
    assert '"id": "README"' not in done.stdout
    assert done.stdout.count('"duplicate_of"') == 6


def test_cli_single_one_line_article(tmp_path: Path) -> None:
    line = "The harbour bridge reopened to traffic on Tuesday after eight months of repairs."
    done = run_cli(str(write(tmp_path / "one.txt", line)), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert line in done.stdout


def _reports_and_a_widget(folder: Path, reports: int) -> None:
    """``reports`` short reports of one bridge, then a page of furniture alone ("widget")."""
    for number in range(reports):
        text = f"Report {number}\nThe bridge reopened on day {number}. Traffic resumed at once.\n"
        write(folder / f"r{number:03d}.txt", text)
    write(folder / "widget.txt", "Leave a Comment\nOops! Something went wrong.\n")


def test_cli_two_hundred_articles_and_one_of_pure_furniture(tmp_path: Path) -> None:
    _reports_and_a_widget(tmp_path, 200)
    done = run_cli(str(tmp_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # The 200 reports are analysed; the furniture-only page is skipped and named, not analysed:
    # it comes after 200 articles with text, so it is not cleaned to find that it has none.
    assert done.stdout.count('"duplicate_of"') == 200
    assert (
        done.stderr
        == "bylines: skipped widget: not analysed: 1 article past the limit of 200 a briefing\n"
    )


def test_a_furniture_only_page_within_the_count_is_named_for_what_it_is(tmp_path: Path) -> None:
    _reports_and_a_widget(tmp_path, 3)
    done = run_cli(str(tmp_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "bylines: skipped widget: nothing left after removing page furniture\n"


def test_a_jsonl_published_time_is_read_as_iso_or_dropped(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "The Orlen ferry sailed again.", "published": "2026-03-02 09:10"}',
        '{"id": "b", "text": "The Orlen ferry sailed again.", "published": "not a date"}',
        '{"id": "c", "text": "The Orlen ferry sailed again.", "published": "2026-13-45T99:99"}',
        '{"id": "d", "text": "The Orlen ferry sailed again.", "published": "2026"}',
    ]
    result = read_inputs([str(write(tmp_path / "times.jsonl", "\n".join(lines)))])
    published = {a.id: a.published for a in result.articles}
    assert published == {"a": "2026-03-02T09:10:00", "b": None, "c": None, "d": "2026"}


def test_a_jsonl_published_number_is_unix_time_and_no_odd_type_loses_the_article(
    tmp_path: Path,
) -> None:
    given = {
        "s": 1772443800,  # 2 March 2026, 09:30 UTC, in seconds
        "ms": 1772443800123,  # the same in milliseconds, as JavaScript gives it
        "frac": 1772443800.9,
        "year": 2026,  # a year, as "2026" is (it was read as 33 minutes past 1970)
        "compact": 20260302,  # a date's figures (as Unix seconds, a day of August 1970)
        "not-a-day": 20261345,  # no day, and no Unix time either
        "far": 1e300,
        "huge": 10**400,
        "neg": -1e15,
        "flag": True,
        "list": [2026, 3, 2],
        "object": {"year": 2026},
    }
    text = "The Orlen ferry sailed again."
    lines = [
        json.dumps({"id": key, "text": text, "published": value}) for key, value in given.items()
    ]
    result = read_inputs([str(write(tmp_path / "times.jsonl", "\n".join(lines)))])
    assert result.skipped == ()
    published = {a.id: a.published for a in result.articles}
    march = "2026-03-02T09:30:00+00:00"
    assert published == {
        "s": march,
        "ms": march,
        "frac": march,
        "year": "2026",
        "compact": "2026-03-02",
    } | dict.fromkeys(["not-a-day", "far", "huge", "neg", "flag", "list", "object"])


@pytest.mark.parametrize(
    "given", ["0001-01-01", "9999-12-31T23:59:59-14:00", "0001-01", "1850-06-01", "3000"]
)
def test_a_given_year_no_news_page_carries_is_dropped_from_a_file_and_a_paste(
    tmp_path: Path, given: str
) -> None:
    # A CMS's empty date ("0001-01-01") once reached the figures stage, where a weekday counted
    # back from it fell off the calendar: OverflowError, and the whole report was lost.
    record = (
        f'{{"id": "a", "text": "The Orlen ferry sailed again on Monday.", "published": "{given}"}}'
    )
    result = read_inputs([str(write(tmp_path / "times.jsonl", record))])
    assert [a.published for a in result.articles] == [None]
    pasted = read.article_from_pasted("The Orlen ferry sailed on Monday.", "b", published=given)
    assert pasted.published is None


def test_a_time_given_with_pasted_text_is_read_as_a_jsonl_records_is() -> None:
    # The service passes the form's or API's time through here: it was kept as given
    # ("yesterday" shown as the publication time, sorted among ISO times).
    assert (
        read.article_from_pasted("The ferry sailed.", "a", published="yesterday").published is None
    )
    assert (
        read.article_from_pasted("The ferry sailed.", "a", published=" 2026-03-02 09:10 ").published
        == "2026-03-02T09:10:00"
    )
    assert read.article_from_pasted("The ferry sailed.", "a", published="2026-03").published == (
        "2026-03"
    )


def test_a_page_date_after_today_is_read_as_the_page_gives_it() -> None:
    html = (
        "<html><head><title>Dam holds | Tarnby Ledger</title>"
        '<meta property="article:published_time" content="2091-03-14T11:05:00+01:00">'
        "</head><body><article><p>The Orrin dam held overnight, engineers said on Sunday, and "
        "the 300 households moved out of Dalby may return on Monday.</p><p>Repairs to the "
        "spillway will take weeks, the water board said.</p></article></body></html>"
    )
    article = article_from_html(html, "ledger")
    assert article.published == "2091-03-14T11:05:00+01:00"


def test_a_page_laid_out_in_a_table_gives_its_story_as_paragraphs() -> None:
    # trafilatura writes each row "| menu | story |": the menu was glued to the first sentence
    # and the closing "|" became a claim of its own.
    story = (
        "<p>The council met in Estmere on Monday to approve the new bridge over the river.</p>"
        "<p>Work is expected to start in May and to last two years, the mayor said.</p>"
    )
    html = (
        "<html><body><table width='100%'><tr><td><a href='/'>Home</a> <a href='/n'>News</a></td>"
        f"<td><table><tr><td>{story}</td></tr></table></td></tr></table></body></html>"
    )
    lines = article_from_html(html, "estmere").text.split("\n")
    assert lines[0] == "Home News"
    assert lines[1].startswith("The council met in Estmere on Monday")
    assert lines[-1].endswith("the mayor said.")
    assert not any("|" in line for line in lines)


def test_a_table_of_figures_in_a_page_stays_one_row_a_line() -> None:
    html = (
        "<html><body><article><p>The council met in Estmere on Monday to approve the new bridge "
        "over the river.</p><p>Work is expected to start in May and to last two years.</p>"
        "<table><tr><th>Ward</th><th>Votes</th></tr><tr><td>Northgate</td><td>3,410</td></tr>"
        "</table></article></body></html>"
    )
    lines = article_from_html(html, "estmere").text.split("\n")
    assert [line.strip() for line in lines[2:]] == [
        "| Ward | Votes |",
        "|---|---|",
        "| Northgate | 3,410 |",
    ]


RUSSIAN = "В четверг в гавани Пелмута загорелся паром, пострадали 14 человек."


def _page(head: str, body: str) -> str:
    article = f"<body><article><p>{body}</p></article></body>"
    return f"{head}<html><head><title>Паром</title></head>{article}</html>"


def test_a_page_declared_latin1_whose_bytes_are_utf8_keeps_its_cyrillic(tmp_path: Path) -> None:
    # A template's stale charset over UTF-8 content: the declaration won, and the Russian
    # text came out as mojibake ("Ð ÑеÑвеÑг").
    page = _page('<meta charset="iso-8859-1">', RUSSIAN).encode("utf-8")
    result = read_inputs([str(write(tmp_path / "pelmut.html", page))])
    assert [a.text for a in result.articles] == [RUSSIAN]


def test_a_page_in_a_legacy_charset_is_read_by_its_declaration(tmp_path: Path) -> None:
    # In an XHTML page's XML declaration too (it was ignored: read as Windows-1252).
    meta = _page('<meta charset="koi8-r">', RUSSIAN).encode("koi8-r")
    xml = _page('<?xml version="1.0" encoding="koi8-r"?>', RUSSIAN).encode("koi8-r")
    result = read_inputs(
        [str(write(tmp_path / "meta.html", meta)), str(write(tmp_path / "xml.html", xml))]
    )
    assert [a.text for a in result.articles] == [RUSSIAN, RUSSIAN]


JAPANESE = "木曜日、ペルマス港でフェリーが燃え、14人が負傷した。"
KOREAN = "목요일 펠머스 항구에서 여객선에 불이 나 14명이 다쳤다."


@pytest.mark.parametrize(("charset", "body"), [("iso-2022-jp", JAPANESE), ("iso-2022-kr", KOREAN)])
def test_a_page_in_a_seven_bit_charset_is_read_by_its_declaration(
    tmp_path: Path, charset: str, body: str
) -> None:
    # Its bytes are all ASCII, escape sequences between the scripts, so they read as valid UTF-8
    # and the declaration was passed over: the text came out as "$B>eF|(B...".
    page = _page(f'<meta charset="{charset}">', body).encode(charset)
    result = read_inputs([str(write(tmp_path / "page.html", page))])
    assert [a.text for a in result.articles] == [body]
