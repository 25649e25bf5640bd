"""The hostile-input corpus (tests/hostile.py) through the command line: each bad input alone and
mixed with good articles. 0 tracebacks, 0 good articles lost, one stderr line per bad input
naming it (escaped), a non-zero exit only when nothing could be read."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from bylines.cli import main
from hostile import GOOD, Hostile, hostile_cases, huge_cases

SRC = str(Path(__file__).resolve().parents[1] / "src")
FAST = ["--embedder", "tfidf", "--entities", "rules"]
GOOD_IDS = sorted(Path(name).stem for name in GOOD)


def write_good(folder: Path) -> list[str]:
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in GOOD]


def report(
    capsys: pytest.CaptureFixture[str], paths: list[str], out: Path, *extra: str
) -> tuple[int, list[str], dict[str, object] | None]:
    """Exit code, stderr lines and the JSON report (None when none was written)."""
    code = main(["report", *paths, "--format", "json", "-o", str(out), *FAST, *extra])
    lines = capsys.readouterr().err.splitlines()
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return code, lines, data


def article_ids(data: dict[str, object] | None) -> list[str]:
    assert data is not None
    articles = data["articles"]
    assert isinstance(articles, list)
    return sorted(str(a["id"]) for a in articles)


def assert_named_once_per_problem(lines: list[str], case: Hostile) -> None:
    assert len(lines) == case.skips, lines
    assert all(line.startswith(f"bylines: skipped {Path(case.name).stem}") or case.name in line
               for line in lines), lines  # fmt: skip
    assert not any("\x1b" in line or "Traceback" in line for line in lines)


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda case: case.kind)
def test_a_hostile_input_mixed_with_good_ones_loses_no_good_article(
    case: Hostile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / case.name).write_bytes(case.data)
    good = write_good(tmp_path)
    code, lines, data = report(capsys, [*good, str(tmp_path / case.name)], tmp_path / "out.json")
    assert code == 0
    assert_named_once_per_problem(lines, case)
    assert set(GOOD_IDS) <= set(article_ids(data))


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda case: case.kind)
def test_a_hostile_input_alone_fails_only_when_nothing_could_be_read(
    case: Hostile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / case.name).write_bytes(case.data)
    code, lines, data = report(capsys, [str(tmp_path / case.name)], tmp_path / "out.json")
    if data is None:  # nothing readable: the named reasons, then one error line
        assert code == 1 and case.skips >= 1
        assert lines[-1].startswith("bylines: error: ")
        if lines[:-1]:
            assert_named_once_per_problem(lines[:-1], case)
        else:  # the one error line names the input (all page furniture, say)
            assert Path(case.name).stem in lines[-1] and case.skips == 1
    else:
        assert code == 0
        assert_named_once_per_problem(lines, case)
        assert article_ids(data)


def test_control_characters_in_jsonl_fields_never_reach_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (case,) = [c for c in hostile_cases() if c.kind == "escapes in jsonl"]
    (tmp_path / case.name).write_bytes(case.data)
    for fmt in ("text", "markdown", "html", "json"):
        out = tmp_path / f"out.{fmt}"
        assert (
            main(["report", str(tmp_path / case.name), "--format", fmt, "-o", str(out), *FAST]) == 0
        )
        written = out.read_text(encoding="utf-8")
        assert "\x1b" not in written and "\x07" not in written
        assert "Outlet" in written  # the outlet is still named, its escapes shown as text


def test_every_hostile_input_at_once_with_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = hostile_cases()
    for case in cases:
        (tmp_path / case.name).write_bytes(case.data)
    paths = [*write_good(tmp_path), *(str(tmp_path / c.name) for c in cases)]
    code, lines, data = report(capsys, paths, tmp_path / "out.json")
    assert code == 0
    assert len(lines) == sum(c.skips for c in cases)
    assert set(GOOD_IDS) <= set(article_ids(data))


def run_cli(
    args: list[bytes | str], cwd: Path, backends: Sequence[str] = FAST
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": SRC, "LC_ALL": "C.UTF-8"}
    command: list[bytes | str] = [sys.executable, "-m", "bylines", *args, *backends]
    return subprocess.run(command, capture_output=True, cwd=cwd, env=env, check=False)


@pytest.mark.parametrize("output", [True, False], ids=["with -o", "to stdout"])
def test_a_file_name_that_is_not_utf8_is_read_and_written_as_valid_utf8(
    tmp_path: Path, output: bool
) -> None:
    write_good(tmp_path)
    name = b"caf\xe9 \xff.txt"
    (tmp_path / os.fsdecode(name)).write_text(GOOD["coast-daily.txt"], encoding="utf-8")
    args: list[bytes | str] = ["report", "harbour-wire.txt", name, "--format", "json"]
    done = run_cli([*args, "-o", "out.json"] if output else args, tmp_path)
    assert done.returncode == 0, done.stderr
    raw = (tmp_path / "out.json").read_bytes() if output else done.stdout
    ids = [a["id"] for a in json.loads(raw.decode("utf-8"))["articles"]]  # strict UTF-8
    assert ids == ["harbour-wire", "caf\\xe9 \\xff"]


@pytest.mark.parametrize("command", ["report", "stories"])
def test_escapes_and_newlines_in_file_names_stay_on_one_escaped_line(
    tmp_path: Path, command: str
) -> None:
    write_good(tmp_path)
    names = ["evil\x1b[2Jname.txt", "two\nlines.txt", "bell\x07.txt"]
    for name in names:
        (tmp_path / name).write_bytes(b"")  # empty: each is skipped and named
    backends = FAST if command == "report" else ()  # stories take no backend options
    done = run_cli([command, "harbour-wire.txt", *names, "--format", "json"], tmp_path, backends)
    assert done.returncode == 0
    lines = done.stderr.decode("utf-8").splitlines()
    assert lines == [
        "bylines: skipped evil\\x1b[2Jname.txt: empty file",
        "bylines: skipped two\\nlines.txt: empty file",
        "bylines: skipped bell\\x07.txt: empty file",
    ]


def test_huge_and_pathological_articles_are_analysed_with_the_real_models(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Over spaCy's 1,000,000-character limit, 280 KB of quotation marks, a 1 MB article: each
    is read, analysed (its tail past the bound named as not analysed) and reported."""
    cases = huge_cases()
    for case in cases:
        (tmp_path / case.name).write_bytes(case.data)
    paths = [*write_good(tmp_path), *(str(tmp_path / c.name) for c in cases)]
    code = main(["report", *paths, "--format", "json", "-o", str(tmp_path / "out.json")])
    assert code == 0 and capsys.readouterr().err == ""
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in data["articles"]}
    assert set(GOOD_IDS) | {Path(c.name).stem for c in cases} == set(by_id)
    for case in cases:
        assert by_id[Path(case.name).stem]["removed"][-1].startswith("[not analysed: the last")


def test_a_jsonl_file_of_many_thousand_articles_is_cut_to_the_limit_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bylines.report.bounds import MAX_ARTICLES

    stories = list(GOOD.values())
    lines = [json.dumps({"text": stories[n % 3] + f" Update {n}."}) for n in range(20_000)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, err, data = report(capsys, [str(tmp_path / "many.jsonl")], tmp_path / "out.json")
    assert code == 0
    rest = 20_000 - MAX_ARTICLES
    assert err == [
        f"bylines: skipped many-{MAX_ARTICLES + 1} ... many-20000: "
        f"not analysed: {rest:,} articles past the limit of {MAX_ARTICLES} a briefing"
    ]
    assert len(article_ids(data)) == MAX_ARTICLES


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_bidirectional_overrides_never_reach_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """An override in an id, an outlet or the story would show the rest of the line reversed
    ("14" as "41"): names show it escaped, the story text drops it."""
    (case,) = [c for c in hostile_cases() if c.kind == "bidi overrides in jsonl"]
    (tmp_path / case.name).write_bytes(case.data)
    out = tmp_path / f"out.{fmt}"
    assert main(["report", str(tmp_path / case.name), "--format", fmt, "-o", str(out), *FAST]) == 0
    written = out.read_text(encoding="utf-8").replace("\\\\", "\\")  # JSON doubles "\\"
    assert not any(char in written for char in BIDI_CONTROLS)
    assert "Coast\\u2067 Daily" in written and "14 people" in written


def special_inputs(folder: Path) -> list[str]:
    """Paths that are no regular file: a named pipe (opening it waits for a writer forever),
    /dev/zero (never ends), a symbolic link to itself and a directory holding a loop."""
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "loops").mkdir()
    (folder / "loops" / "again.txt").symlink_to(folder / "loops")
    (folder / "loops" / "self").symlink_to(folder / "loops")
    return [str(folder / "pipe.txt"), "/dev/zero", str(folder / "loop.txt"), str(folder / "loops")]


def test_a_pipe_a_device_and_symlink_loops_are_named_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    special = special_inputs(tmp_path)
    code, lines, data = report(capsys, [*write_good(tmp_path), *special], tmp_path / "out.json")
    assert code == 0
    assert article_ids(data) == GOOD_IDS
    assert len(lines) == len(special)
    named = zip(lines, special, strict=True)
    assert all(line.startswith(f"bylines: skipped {path}: ") for line, path in named)
    assert "not a regular file" in lines[0] and "not a regular file" in lines[1]
    assert "symbolic links" in lines[2] and "nothing readable" in lines[3]


def test_standard_input_that_never_ends_is_cut_at_the_file_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bylines.ingest import read

    monkeypatch.setattr(read, "MAX_FILE_BYTES", 1000)
    endless = io.TextIOWrapper(io.BytesIO(b"\x00" * 5000))  # stands in for cat /dev/zero
    result = read.read_inputs(["-"], stdin=endless)
    assert result.articles == ()
    assert [(s.name, s.reason) for s in result.skipped] == [
        ("-", "input too large: over 0 MB (limit 0 MB)")
    ]


def test_a_broken_link_a_pipe_and_a_device_inside_a_directory_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Inside a directory they were left out without a word: an article the user gave, lost.
    folder = tmp_path / "pile"
    folder.mkdir()
    write_good(folder)
    (folder / "moved.txt").symlink_to(tmp_path / "elsewhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "older.txt").mkdir()  # a folder: not read, the reading is not recursive
    code, lines, data = report(capsys, [str(folder)], tmp_path / "out.json")
    assert code == 0
    assert article_ids(data) == GOOD_IDS
    assert lines == [
        f"bylines: skipped {folder / 'moved.txt'}: no such file or directory",
        f"bylines: skipped {folder / 'pipe.txt'}: not a regular file (a device, pipe or socket)",
        f"bylines: skipped {folder / 'zero.txt'}: not a regular file (a device, pipe or socket)",
    ]


def test_a_file_and_a_directory_the_user_may_not_read_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The tests run as root, whom chmod 000 does not stop: the refusal is the system's own error.
    locked_file, locked_dir = tmp_path / "secret.txt", tmp_path / "locked"
    locked_file.write_text(GOOD["harbour-wire.txt"], encoding="utf-8")
    locked_dir.mkdir()
    (locked_dir / "inside.txt").write_text(GOOD["coast-daily.txt"], encoding="utf-8")
    refused = {locked_file, locked_dir}
    opened, listed = Path.open, Path.iterdir

    def deny(path: Path) -> None:
        if path in refused:
            raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", lambda p, *a, **k: deny(p) or opened(p, *a, **k))
    monkeypatch.setattr(Path, "iterdir", lambda p: deny(p) or listed(p))
    good = write_good(tmp_path)
    code, lines, data = report(
        capsys, [*good, str(locked_file), str(locked_dir)], tmp_path / "o.json"
    )
    assert code == 0
    assert article_ids(data) == GOOD_IDS
    assert lines == [
        f"bylines: skipped {locked_file}: permission denied",
        f"bylines: skipped {locked_dir}: permission denied",
    ]
    code, lines, data = report(capsys, [str(locked_file)], tmp_path / "alone.json")
    assert code == 1 and data is None
    assert lines[0] == f"bylines: skipped {locked_file}: permission denied"
