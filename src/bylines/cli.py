"""The ``bylines`` command: parse arguments, call the library, render. No analysis here."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from bylines.errors import BylinesError
from bylines.ingest.read import MAX_FILE_BYTES, MAX_HTML_TAGS, is_article_file, one_line
from bylines.options import ReportOptions
from bylines.report.bounds import MAX_ARTICLE_CHARS, MAX_ARTICLES, MAX_TOTAL_CHARS
from bylines.types import Article, ReadResult, Report, Skipped

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from bylines.models import Models
    from bylines.stories.types import StoriesResult

FORMATS = ("text", "markdown", "json", "html")
DESCRIPTION = (
    "Read many reports of one news event; get one briefing in which every statement names the "
    "outlets that carry it, with what they agree on, where they differ, and who said what."
)
LIMITS = (
    f"Limits: a file up to {MAX_FILE_BYTES // 1_000_000} MB, an HTML page up to "
    f"{MAX_HTML_TAGS:,} tags. Each article is analysed up to its "
    f"first {MAX_ARTICLE_CHARS:,} characters and the pile up to {MAX_TOTAL_CHARS:,} in all; what "
    f"lies past is named in the briefing as not analysed. At most {MAX_ARTICLES} articles are "
    "read (files, then URLs, then feeds); the URLs past them are named on stderr, not fetched. "
    "A file that cannot be read is named on "
    "stderr; the exit code is 1 only when nothing could be read."
)
# The format an output file's extension asks for when --format is not given.
FORMAT_OF_SUFFIX = {".json": "json", ".html": "html", ".htm": "html", ".md": "markdown"}


# What a command with no input says: piped text is read only when '-' names it (a pipe left
# open by a scheduler would otherwise hang the run), and a user who pasted articles as the
# README's first steps suggest met "give at least one PATH, URL or --feed" (newuser35).
# The article ids a --source that matches none lists, a pile's first few: enough to show what
# an id looks like (a file stem, "stdin-2", a JSON article's "id").
SHOWN_IDS = 5
NO_INPUT = "give at least one PATH, URL or --feed ('-' reads the articles on standard input)"


def main(argv: Sequence[str] | None = None) -> int:
    args, unknown = _parser().parse_known_args(argv)
    if unknown:  # argparse would blame the top-level command; name the one that was used
        args.command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        return int(args.run(args))
    except BylinesError as exc:
        print(f"bylines: error: {_printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not the user's input: still one line, not a traceback
        print(f"bylines: internal error: {_printable(repr(exc))[:500]}", file=sys.stderr)
        return 2


def _printable(message: str) -> str:
    from bylines.ingest.read import printable

    return printable(message)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one line, like every other error of the command: argparse's usage
    block above the error pushed the one line that says what is wrong below six lines of
    options (``--format pdf``); the line names where the full usage is instead. Subcommands'
    parsers are made of this class too (``add_subparsers`` uses the parent's class)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {_printable(message)} (see '{self.prog} --help')\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="bylines", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="make a briefing from several reports of one event",
        epilog=LIMITS,
    )
    report.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files (.txt .md .html .jsonl .json), directories, - for stdin, or http(s) URLs",
    )
    _fetch_arguments(report)
    _output_arguments(report)
    report.add_argument("--story", metavar="ID", help="the briefing of one story of --db")
    report.add_argument("--db", metavar="PATH", help="the stories database --story reads")
    report.set_defaults(run=_report, command_parser=report)
    demo = commands.add_parser(
        "demo", help="the briefing of the example event that ships with bylines (no input needed)"
    )
    _output_arguments(demo)
    demo.set_defaults(run=_demo, command_parser=demo)
    _stories_parser(commands)
    _serve_parser(commands)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bylines")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def _output_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: the one the -o FILE extension names: .json, .html or "
        ".htm, .md; else text on a terminal, markdown otherwise)",
    )
    report.add_argument(
        "--words",
        type=int,
        metavar="N",
        default=ReportOptions().words,
        help="summary length budget in words (default: %(default)s)",
    )
    report.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    report.add_argument(
        "--source",
        action="append",
        type=_source_name,
        default=[],
        metavar="ID=NAME",
        help="name the outlet of the article with id ID (its file stem); repeatable",
    )
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


def _since(text: str) -> object:
    from bylines.ingest.feeds import parse_since

    try:
        return parse_since(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _at_least_one(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


def _source_name(text: str) -> tuple[str, str]:
    """ID=NAME, each as one printable line, as an article's id and outlet are read (a name's
    terminal escapes and newlines went raw into every output)."""
    article_id, sep, name = text.partition("=")
    if not sep or not article_id.strip() or not name.strip():
        raise argparse.ArgumentTypeError(f"expected ID=NAME, got {text!r}")
    return one_line(article_id), one_line(name)


# The ports a server can listen on (a larger one was a traceback from the socket layer).
MAX_PORT = 65535


def _port(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to {MAX_PORT}, got {text!r}")
    return number


def _fetch_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="FEED_URL",
        help="read the articles an RSS/Atom feed links to (repeatable)",
    )
    report.add_argument(
        "--since",
        type=_since,
        metavar="DATE",
        help="feed entries published on or after DATE (YYYY-MM-DD)",
    )
    report.add_argument("--limit", type=int, metavar="N", help="at most N entries per feed")
    report.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching from loopback and private-network addresses",
    )


def _stories_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    stories = commands.add_parser("stories", help="group articles of many events into stories")
    stories.add_argument("paths", nargs="*", metavar="PATH", help="as for report")
    _fetch_arguments(stories)
    stories.add_argument("--db", metavar="PATH", help="SQLite file: a later run adds to it")
    stories.add_argument(
        "--format", choices=FORMATS, default=None,
        help="output format (default: the one the -o FILE extension names: .json, .html or "
        ".htm, .md; else markdown)",
    )  # fmt: skip
    stories.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    stories.add_argument(
        "--recent", type=_at_least_one, metavar="N",
        help="listing a database (--db, no PATH): the N stories most recently added to "
        "(default: 100)",
    )  # fmt: skip
    stories.add_argument(
        "--engine", choices=("local", "ray"), default="local",
        help="ray: read, clean and sign articles on a Ray cluster (pip install 'bylines[ray]')",
    )  # fmt: skip
    stories.add_argument(
        "--ray-address", metavar="ADDR", help="an existing Ray cluster (default: a local Ray)"
    )
    stories.set_defaults(run=_stories, command_parser=stories)


def _stories(args: argparse.Namespace) -> int:
    from bylines.render import stories as render
    from bylines.stories.pipeline import group_stories, mark_shown
    from bylines.stories.store import StoryStore

    renderers = {
        "text": render.stories_to_text,
        "markdown": render.stories_to_markdown,
        "json": render.stories_to_json,
        "html": render.stories_to_html,
    }
    renderer = renderers[args.format or _format_of(args.output) or "markdown"]
    if args.db and not args.paths and not args.feed:
        return _list_stories(args, renderer)
    if not args.paths and not args.feed:  # here the listing of a database is the other use
        raise BylinesError(
            "give at least one PATH, URL or --feed to group ('-' reads standard input), or "
            "--db PATH alone to list the stories of a database"
        )
    if args.recent is not None:
        raise BylinesError("--recent lists a database: give --db PATH and no PATH or --feed")
    _refuse_output_among_inputs(args)
    with contextlib.ExitStack() as scope:
        if args.engine == "ray":
            from bylines.stories import ray_engine

            scope.enter_context(ray_engine.connected(args.ray_address))
            read = _read(args, ray_engine.read_sources_ray)
            store = scope.enter_context(StoryStore(args.db))
            result = ray_engine.group_stories_ray(read.articles, store, read.skipped)
        else:
            read = _read(args)
            store = scope.enter_context(StoryStore(args.db))
            result = group_stories(read.articles, store, skipped=read.skipped)
        for item in result.skipped[len(read.skipped) :]:
            print(_skipped_line(item), file=sys.stderr)
        _write_text(renderer(result), args.output)
        # shown once written: the next run with this database tells what is new since
        mark_shown(store, result.stories)
    return 0


def _list_stories(args: argparse.Namespace, renderer: Callable[[StoriesResult], str]) -> int:
    """``bylines stories --db PATH`` with no input: the database's stories most recently added
    to (``--recent N``, default ``pipeline.LISTED``), as a run lists them (and shown, as a run's
    are)."""
    from bylines.stories.pipeline import mark_shown, stored_stories
    from bylines.stories.store import StoryStore

    if not Path(args.db).is_file():  # not created empty: a mistyped path would look empty
        raise BylinesError(f"{args.db}: no such stories database (give PATHs to start one)")
    with StoryStore(args.db) as store:
        result = stored_stories(store, limit=args.recent)
        _write_text(renderer(result), args.output)
        mark_shown(store, result.stories)
    return 0


def _read(args: argparse.Namespace, reader: Callable[..., ReadResult] | None = None) -> ReadResult:
    """The articles of PATHs, URLs and feeds, each unreadable input named on stderr."""
    from bylines.ingest.fetch import FetchSettings, GuardedFetcher, read_sources

    if not args.paths and not args.feed:
        raise BylinesError(NO_INPUT)
    with GuardedFetcher(FetchSettings(allow_private=args.allow_private)) as fetcher:
        read = (reader or read_sources)(
            args.paths, fetcher, feeds=args.feed, since=args.since, limit=args.limit,
            stdin=sys.stdin,
        )  # fmt: skip
    for item in read.skipped:
        print(_skipped_line(item), file=sys.stderr)
    if not read.articles:
        raise BylinesError("no readable article in the input")
    return read


def _story_report(args: argparse.Namespace) -> int:
    from bylines.stories.pipeline import story_report
    from bylines.stories.store import StoryStore

    if not args.db:
        raise BylinesError("--story needs --db PATH, the database the story is in")
    if args.paths or args.feed or args.source:
        # The story's articles are the stored ones; given inputs would be silently left out.
        given = "PATH" if args.paths else "--feed" if args.feed else "--source"
        raise BylinesError(f"--story reads its articles from --db; give no {given} with it")
    if not Path(args.db).is_file():
        raise BylinesError(f"{args.db}: no such stories database")
    options = ReportOptions(words=args.words, embedder=args.embedder, entities=args.entities)
    with StoryStore(args.db) as store:
        report = story_report(store, args.story, options)
    _write(report, args.format or _format_of(args.output), args.output)
    return 0


def _serve_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    serve = commands.add_parser("serve", help="run the web service and its page")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    serve.add_argument("--port", type=_port, default=8000, help="port (%(default)s)")
    serve.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite file for reports (default: $XDG_DATA_HOME/bylines/reports.sqlite3)",
    )
    serve.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching from loopback and private-network addresses",
    )
    serve.add_argument(
        "--no-listing",
        action="store_true",
        help="hide the list of recent reports (a report is seen only through its link)",
    )
    serve.add_argument(
        "--embedder", choices=("auto", "minilm", "tfidf"), default="auto",
        help="sentence similarity backend (default: auto)",
    )  # fmt: skip
    serve.add_argument(
        "--entities", choices=("auto", "spacy", "rules"), default="auto",
        help="named-entity backend (default: auto)",
    )  # fmt: skip
    serve.set_defaults(run=_serve, command_parser=serve)


def _serve(args: argparse.Namespace) -> int:
    from bylines.ingest.fetch import FetchSettings
    from bylines.web import serve
    from bylines.web.service import WebConfig

    options = ReportOptions(embedder=args.embedder, entities=args.entities)
    fetch = FetchSettings(allow_private=args.allow_private)
    config = WebConfig(db_path=args.db, fetch=fetch, options=options, listing=not args.no_listing)
    serve(config, args.host, args.port)
    return 0


def _report(args: argparse.Namespace) -> int:
    from bylines.models import load_models, settle

    if args.story:
        return _story_report(args)
    if args.db:  # not silently ignored: the briefing would be of the PATHs, not of the store
        raise BylinesError(
            "--db goes with --story ID (the briefing of a stored story); to add articles to "
            "the stories database, use: bylines stories PATH... --db PATH"
        )
    if not args.paths and not args.feed:
        raise BylinesError(NO_INPUT)
    _refuse_output_among_inputs(args)
    options = ReportOptions(words=args.words, embedder=args.embedder, entities=args.entities)
    # First, before any other import: the models load while the input is read and the first
    # stages run.
    models = load_models(options, background=True, fork=True)
    try:
        report = _read_and_report(args, options, models)
    finally:
        settle(models)  # an early error must not exit while a model is half loaded
    _write(report, args.format or _format_of(args.output), args.output)
    return 0


def _read_and_report(args: argparse.Namespace, options: ReportOptions, models: Models) -> Report:
    from bylines.ingest.outlet import with_sources
    from bylines.report.pipeline import build_report

    with _progress() as progress:
        task = progress.add_task("Reading", total=None)
        read = _read_inputs(args, progress, task)
        _say_skipped(progress, read.skipped)
        if not read.articles:
            raise BylinesError("no readable article in the input")
        articles, unknown = with_sources(read.articles, dict(args.source))
        for article_id in unknown:
            message = _unknown_source_line(article_id, read.articles)
            progress.console.print(message, markup=False, soft_wrap=True)
        report = build_report(
            articles,
            options,
            models,
            skipped=read.skipped,
            on_stage=_stage_shower(progress, task, len(articles)),
        )
        _say_skipped(progress, report.skipped[len(read.skipped) :])  # cleaned to nothing
    return report


def _read_inputs(args: argparse.Namespace, progress: Progress, task: TaskID) -> ReadResult:
    """The articles of PATHs, URLs and feeds. Files alone are read without the fetcher: its
    HTTP client's import is ~0.2 CPU-seconds of a cold start that reads no URL."""
    if not args.feed and not any("://" in path for path in args.paths):
        from bylines.ingest.read import read_inputs

        return read_inputs(args.paths, stdin=sys.stdin)  # what read_sources gives for files
    from bylines.ingest.fetch import FetchSettings, GuardedFetcher, read_sources

    fetched = itertools.count(1)
    with GuardedFetcher(FetchSettings(allow_private=args.allow_private)) as fetcher:
        return read_sources(
            args.paths,
            fetcher,
            feeds=args.feed,
            since=args.since,
            limit=args.limit,
            progress=lambda url: progress.update(task, description=f"Fetched {next(fetched)}"),
            stdin=sys.stdin,
            max_articles=MAX_ARTICLES,  # URLs past the briefing's cap are not fetched
        )


def _demo(args: argparse.Namespace) -> int:
    """``report`` on the example event shipped inside the package."""
    from bylines.examples import example_path

    example = {
        "paths": [str(example_path())],
        "feed": [],
        "since": None,
        "limit": None,
        "story": None,
        "db": None,
    }
    return _report(argparse.Namespace(**{**vars(args), **example, "allow_private": False}))


def _stage_shower(progress: Progress, task: TaskID, articles: int) -> Callable[[str], None]:
    """The progress line names the stage running: "Analysing 5 articles: align (4/13)"."""
    from bylines.report.pipeline import STAGES

    def show(stage: str) -> None:
        step = STAGES.index(stage) + 1 if stage in STAGES else 0
        text = f"Analysing {articles} article{'s' if articles != 1 else ''}: {stage}"
        progress.update(task, description=f"{text} ({step}/{len(STAGES)})")

    return show


def _unknown_source_line(article_id: str, articles: Sequence[Article]) -> str:
    """The stderr line of a --source whose id no article has, with the ids there are (the
    first SHOWN_IDS): "ids are file stems" left a user of 'bylines demo' or of JSON Lines
    guessing."""
    ids = [a.id for a in articles]
    shown = ", ".join(ids[:SHOWN_IDS]) + (
        f", … ({len(ids)} in all)" if len(ids) > SHOWN_IDS else ""
    )
    return _printable(
        f"bylines: --source {article_id}: no article has this id (a file's stem, or a JSON "
        f"article's id); the ids here: {shown}"
    )


def _say_skipped(progress: Progress, skipped: Sequence[Skipped]) -> None:
    """One line on stderr for each input that was not analysed, with its reason."""
    for item in skipped:
        progress.console.print(_skipped_line(item), markup=False, soft_wrap=True)


def _skipped_line(item: Skipped) -> str:
    """The one stderr line of an input not analysed, escaped: names can hold terminal escapes.
    A URL refused for a loopback or private address says how to fetch it after all (a user
    pointing bylines at a server on their own machine met only "a loopback address")."""
    line = f"bylines: skipped {item.name}: {item.reason}"
    if item.reason.startswith("refused:"):
        from bylines.ingest.fetch import lifted_by_allow_private

        if lifted_by_allow_private(item.reason):
            line += " (give --allow-private to fetch from your own network)"
    return _printable(line)


def _refuse_output_among_inputs(args: argparse.Namespace) -> None:
    """-o naming an input file, or a file an input directory reads, is refused before anything
    is read: the briefing was written over the article (an article lost), and a second run of
    'DIR -o DIR/briefing.md' read the first briefing as an article. A file not there yet is
    read by no input."""
    output = Path(args.output) if args.output else None
    if output is None or not output.is_file():
        return
    for name in args.paths:
        path = Path(name)
        with contextlib.suppress(OSError):  # an input that is not there is named when read
            if path.samefile(output) or (
                path.is_dir() and output.parent.samefile(path) and is_article_file(output)
            ):
                raise BylinesError(
                    f"{args.output}: is an input too (the briefing would be written over it "
                    "or read as an article); give another -o FILE"
                )


def _format_of(output: str | None) -> str | None:
    """--format from the output file's extension (report.html is HTML); None when unknown."""
    return FORMAT_OF_SUFFIX.get(Path(output).suffix.lower()) if output else None


def _progress() -> Progress:
    """Progress on stderr, drawn only on a terminal (piped stderr gets the plain messages)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, highlight=False)
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


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
    _write_text(renderers[fmt or "markdown"](report), output)


def _write_text(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BylinesError(f"{output}: cannot write ({exc.strerror})") from None
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()  # here, not at exit: a full disk is then this one line
        except BrokenPipeError:
            raise  # the reader stopped reading (| head): as before
        except OSError as exc:  # > /dev/full was an internal error
            raise BylinesError(f"standard output: cannot write ({exc.strerror})") from None
