"""The command line: errors are one line naming what is wrong, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
STORY = "The council approved the new bridge on Monday. Work starts in May, officials said.\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    command = [sys.executable, "-m", "bylines", *args, "--embedder", "tfidf", "--entities", "rules"]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, check=False)


def test_an_output_file_that_cannot_be_written_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / "missing" / "out.md"
    done = run("report", "a.txt", "-o", str(target), cwd=tmp_path)
    assert done.returncode == 1
    assert (
        done.stderr.strip() == f"bylines: error: {target}: cannot write (No such file or directory)"
    )


def test_a_word_budget_too_small_is_refused_before_any_work(tmp_path: Path) -> None:
    done = run("report", "nothing-here.txt", "--words", "5", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip() == "bylines: error: the word budget must be at least 10, got 5"


def test_the_output_file_holds_the_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    done = run("report", "a.txt", "--format", "json", "-o", "out.json", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""
    assert '"schema": "bylines.report/1"' in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_the_output_format_follows_the_file_extension(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert run("report", "a.txt", "-o", "out.html", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert run("report", "a.txt", "-o", "out.txt", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("# ")


def test_an_article_that_is_all_page_furniture_is_named_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "junk.txt").write_text("Leave a Comment\nRead more:\n", encoding="utf-8")
    done = run("report", "a.txt", "junk.txt", cwd=tmp_path)
    assert done.returncode == 0
    assert (
        done.stderr.strip() == "bylines: skipped junk: nothing left after removing page furniture"
    )


def test_help_speaks_to_users() -> None:
    done = run("--help", cwd=Path.cwd())
    assert "every statement names the outlets" in done.stdout.replace("\n", " ")
