"""The tagger process loads spaCy without its command line, and tags as spaCy does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(script: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    command = [sys.executable, "-c", script]
    run = subprocess.run(command, check=False, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


TAG = (
    "from bylines.report.entities import load_spacy\n"
    "tags = load_spacy().tag(['Mayor Ines Vardanyan opened the Kolbeck Dam in Sorrowby.'])\n"
    "print(sorted(tags[0]))\n"
    "print(sorted(m for m in ('weasel', 'typer', 'requests') if m in sys.modules))\n"
)


def test_spacy_loads_and_tags_alike_without_its_command_line() -> None:
    pytest.importorskip("spacy")
    whole = _run("import sys\n" + TAG)
    bare = _run(
        "import sys\nfrom bylines.models import _without_spacy_command_line\n"
        "_without_spacy_command_line()\n" + TAG
    )
    assert bare[0] == whole[0]
    assert bare[0] != "[]"  # spaCy found names there
    assert bare[1] == "[]"
    assert whole[1] != "[]"  # spaCy as the user has it keeps its command line


def test_a_process_that_already_holds_spacy_keeps_it_whole() -> None:
    pytest.importorskip("spacy")
    lines = _run(
        "import sys\nimport spacy\nfrom bylines.models import _without_spacy_command_line\n"
        "_without_spacy_command_line()\nimport spacy.cli\nprint(hasattr(spacy.cli, 'download'))\n"
    )
    assert lines == ["True"]


FORKED = (
    "import sys\n"
    "from bylines import ReportOptions, load_models\n"
    "from bylines.models import settle\n"
    "models = load_models(ReportOptions(embedder='tfidf', entities='auto'), background=True,"
    " fork=FORK)\n"
    "process = models.tagger._process\n"
    "print(process._popen.method)\n"
    "print(models.tagger.tag(['Mayor Ines Vardanyan opened the Kolbeck Dam in Sorrowby.']))\n"
    "models.tagger._pipe.close()\n"  # the parent's end closed: the child's recv ends
    "process.join(60)\n"
    "print(process.exitcode)\n"
    "settle(models)\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_a_process_with_no_thread_forks_its_tagger_which_tags_as_spacy_does() -> None:
    pytest.importorskip("spacy")
    method, tags, exitcode = _run("FORK = True\n" + FORKED)
    assert method == "fork"
    here = _run(
        "from bylines.report.entities import load_spacy\n"
        "print(load_spacy().tag(['Mayor Ines Vardanyan opened the Kolbeck Dam in Sorrowby.']))\n"
    )
    assert tags == here[0]
    assert tags != "[[]]"  # spaCy found names there
    assert exitcode == "0"  # the pipe's end reached the child: it did not wait forever


def test_a_library_caller_that_does_not_ask_for_fork_spawns_its_tagger() -> None:
    pytest.importorskip("spacy")
    method, tags, exitcode = _run("FORK = False\n" + FORKED)
    assert (method, exitcode) == ("spawn", "0")
    assert tags != "[[]]"


def test_a_process_running_threads_spawns_its_tagger() -> None:
    import threading

    from bylines.models import _start_method

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert _start_method(fork_asked=True) == "spawn"
    finally:
        stop.set()
        thread.join()
