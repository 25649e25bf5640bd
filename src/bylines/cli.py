"""The ``bylines`` command: parse arguments, call the library, render. No analysis here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bylines.errors import BylinesError
from bylines.options import ReportOptions
from bylines.types import Report

FORMATS = ("text", "markdown", "json", "html")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BylinesError as exc:
        print(f"bylines: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bylines", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    report = commands.add_parser("report", help="make a briefing from several reports of one event")
    report.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.txt .md .html .jsonl), directories, or - for stdin",
    )
    report.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: text on a terminal, markdown otherwise)",
    )
    report.add_argument(
        "--words",
        type=int,
        default=ReportOptions().words,
        help="summary length budget in words (default: %(default)s)",
    )
    report.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    report.add_argument(
        "--embedder",
        choices=("auto", "minilm", "tfidf"),
        default="auto",
        help="sentence similarity backend (default: auto)",
    )
    report.add_argument(
        "--entities",
        choices=("auto", "spacy", "rules"),
        default="auto",
        help="named-entity backend (default: auto)",
    )
    report.set_defaults(run=_report)
    return parser


def _report(args: argparse.Namespace) -> int:
    from bylines.pipeline import build_report
    from bylines.read import read_inputs

    if args.words < 10:
        raise BylinesError(f"--words must be at least 10, got {args.words}")
    options = ReportOptions(words=args.words, embedder=args.embedder, entities=args.entities)
    read = read_inputs(args.paths, stdin=sys.stdin)
    for skipped in read.skipped:
        print(f"bylines: skipped {skipped.name}: {skipped.reason}", file=sys.stderr)
    if not read.articles:
        raise BylinesError("no readable article in the input")
    report = build_report(read.articles, options, skipped=read.skipped)
    _write(report, args.format, args.output)
    return 0


def _write(report: Report, fmt: str | None, output: str | None) -> None:
    from bylines import render

    if fmt is None and output is None and sys.stdout.isatty():
        from rich.console import Console

        from bylines.render.text import rich_view

        Console().print(rich_view(report))
        return
    renderers = {
        "text": render.to_text,
        "markdown": render.to_markdown,
        "json": render.to_json,
        "html": render.to_html,
    }
    text = renderers[fmt or "markdown"](report)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
