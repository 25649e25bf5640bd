"""The bylines web service: FastAPI routes over ``bylines.web.service``.

Models are loaded once per process (in the lifespan, kept in the app's state). Analyses are
CPU-bound, so they run off the event loop, which stays free to answer other requests: small
submissions in ``max_running`` threads with the loaded models, large ones in up to
``max_processes`` processes of their own at a lower priority (``web/workers.py``); each is
answered with 503 after ``analysis_seconds``. At most ``max_running + max_waiting`` analyses are
admitted at once, the next one gets 429. Every failure, from any layer, is answered with one
JSON shape: ``{"error": {"status", "code", "message", "details"}}`` (pages get the same message
as HTML).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import secrets
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    ValidationError,
    field_validator,
)
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bylines.ingest.fetch import Fetcher, GuardedFetcher
from bylines.ingest.published import unix_time
from bylines.models import Models, load_models
from bylines.options import MIN_WORDS
from bylines.stories.types import Story
from bylines.types import Article, Report
from bylines.web import pages
from bylines.web.service import (
    KEEP_CHOICES,
    MAX_KEEP_DAYS,
    MAX_WORDS,
    MIN_KEEP_DAYS,
    Lanes,
    Made,
    Refused,
    Submission,
    WebConfig,
    analyse,
    check,
    pasted_articles,
    text_article,
    url_list,
)
from bylines.web.store import ReportStore
from bylines.web.stories import StoriesDesk, stories_path

log = logging.getLogger("bylines.web")
T = TypeVar("T")

# Past the analysis time limit, the fetching of URLs and the start of a worker process.
GRACE_SECONDS = 30.0

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "busy",
    500: "internal_error",
    503: "timeout",
}


class ArticleIn(BaseModel):
    """One article as text; every field but ``text`` is optional."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=200)
    source: str | None = Field(default=None, max_length=200)
    title: str | None = None
    url: str | None = None
    # a number is Unix time, as in a JSON Lines file (strict: true is no time, not 1970)
    published: str | StrictInt | StrictFloat | None = None

    @field_validator("url")
    @classmethod
    def _absolute_url(cls, url: str | None) -> str | None:
        """The page the text came from must at least parse ("http://[bad" does not); any
        scheme is kept as given, since pages and exports escape it and never link it raw."""
        if url is None:
            return None
        try:
            urlsplit(url).hostname  # noqa: B018 (parsing the host is the check)
        except ValueError as exc:
            raise ValueError(f"not a URL ({exc})") from None
        return url


class ReportRequest(BaseModel):
    """Articles as texts and/or URLs to fetch (mixable)."""

    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    words: int | None = Field(
        default=None, ge=MIN_WORDS, le=MAX_WORDS, description="summary length budget in words"
    )
    keep_days: int | None = Field(
        default=None,
        ge=MIN_KEEP_DAYS,
        le=MAX_KEEP_DAYS,
        description="delete the report after this many days (default: keep until deleted)",
    )


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    details: list[Any] = Field(default_factory=list)


class ErrorBody(BaseModel):
    """The one shape of every error the service returns."""

    error: ErrorDetail


@dataclass
class _State:
    config: WebConfig
    store: ReportStore
    fetcher: Fetcher
    lanes: Lanes
    stories: StoriesDesk
    models: Models | None = None
    executor: ThreadPoolExecutor | None = None
    admitted: int = 0

    @contextmanager
    def admission(self) -> Iterator[None]:
        """A place among the admitted analyses, or 429. Only touched on the event loop."""
        limit = self.config.max_running + self.config.max_waiting
        if self.admitted >= limit:
            raise Refused(429, "busy", f"{limit} analyses are running or waiting; try again soon")
        self.admitted += 1
        try:
            yield
        finally:
            self.admitted -= 1


def create_app(
    config: WebConfig | None = None,
    models: Models | None = None,
    fetcher: Fetcher | None = None,
) -> FastAPI:
    config = config or WebConfig()
    own_fetcher = fetcher is None
    store = ReportStore(config.db_path)
    stories = StoriesDesk(stories_path(store.path))
    own = fetcher or GuardedFetcher(config.fetch)
    state = _State(config, store, own, Lanes.of(config), stories)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.models = models or await asyncio.to_thread(load_models, config.options)
        # The models' objects (~110,000 the collector tracks) live as long as the service:
        # frozen out of its reach, a full collection stops walking them, which took 0.06-0.07 s
        # of the main thread, holding the GIL, about once in four warm reports (speed30: DUC
        # clusters 20-27; 0.003 s in all frozen, against 0.13 s). A report's own garbage is
        # collected as before.
        gc.freeze()
        workers = config.max_running + config.max_processes  # a thread waits on each process
        state.executor = ThreadPoolExecutor(workers, thread_name_prefix="analysis")
        yield
        state.executor.shutdown(wait=False, cancel_futures=True)
        if own_fetcher and isinstance(state.fetcher, GuardedFetcher):
            state.fetcher.close()

    app = FastAPI(
        title="bylines",
        version="0.1.0",
        summary="One cited briefing from many reports of the same news event.",
        lifespan=lifespan,
        responses={code: {"model": ErrorBody} for code in (413, 422, 429, 500, 503)},
        docs_url=None,
        redoc_url=None,
    )
    app.state.bylines = state
    app.add_middleware(BodyLimit, max_bytes=config.max_bytes, listing=config.listing)
    app.add_middleware(HeadAsGet)
    _install_errors(app, config.listing)
    _api_routes(app, state)
    _page_routes(app, state)
    _story_routes(app, state)
    _docs_routes(app)
    return app


async def _run(state: _State, submission: Submission) -> Made:
    check(submission, state.config)
    assert state.models is not None  # set by the lifespan
    work = partial(
        analyse,
        submission,
        state.config,
        state.models,
        state.fetcher,
        state.store,
        lanes=state.lanes,
    )
    return await _admitted(state, work)


async def _admitted(state: _State, work: Callable[[], T]) -> T:
    """CPU-bound work in the analysis pool, counted against the admission limit (or 429)."""
    assert state.executor is not None  # set by the lifespan
    config = state.config
    with state.admission():
        running = asyncio.get_running_loop().run_in_executor(state.executor, work)
        try:
            # A worker process is stopped at the limit; a thread (small input, bounded work)
            # finishes in the background, but the request is answered now.
            return await asyncio.wait_for(running, config.analysis_seconds + GRACE_SECONDS)
        except TimeoutError:
            message = f"the analysis took longer than {config.analysis_seconds:.0f} s"
            raise Refused(503, "timeout", message) from None


def _docs_routes(app: FastAPI) -> None:
    """Swagger UI 5 served from the fastapi-offline package's copy of its files.

    FastAPI's default /docs loads its script from a CDN: blank offline, and bylines runs offline.
    FastAPI writes OpenAPI 3.1, which Swagger UI reads from version 5 on (4.x and older say
    "does not specify a valid version field").
    """
    from importlib import resources

    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles

    assets = str(resources.files("fastapi_offline").joinpath("static"))
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="bylines API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon.png",
        )


# --- API ---------------------------------------------------------------------------------


def _api_routes(app: FastAPI, state: _State) -> None:
    @app.post(
        "/api/reports",
        status_code=201,
        summary="Make a report",
        openapi_extra={"requestBody": _request_body_doc()},
        responses={201: {"description": "The bylines.report/1 object plus its `id`."}},
    )
    async def create_report(request: Request) -> JSONResponse:
        """JSON `{"articles": [...], "urls": [...]}`, or multipart with `files`, `texts`,
        `sources`, `urls`, `words`, `keep` (days). A JSON key or form field outside these is
        refused (422 `invalid_request`, naming it: the form's expiry is `keep`, not `keep_days`).

        URLs that are refused or fail are listed in `skipped` with the reason.

        Limits: up to 5 MB a request (413 `too_large`); up to 50 articles, files and URLs in
        all (422 `too_many_articles`); `words` 10-1000 (422). Each article is analysed up to
        its first 100,000 characters and the request up to 200,000 in all (the rest is named
        in the article's `removed`). A request over 300 KB is analysed in a process of its own;
        an analysis running past 120 s is stopped (503 `timeout`); when 10 are running or
        waiting the next gets 429 `busy` with `Retry-After`.
        """
        config = state.config
        submission = await _submission(request, config.max_articles, config.max_bytes)
        made = await _run(state, submission)
        stored = state.store.get(made.id)
        owner = {
            "delete_url": made.delete_path,
            "expires": stored.expires if stored else None,
        }
        headers = {"Location": f"/api/reports/{made.id}"}
        return JSONResponse({"id": made.id, **owner, **made.data}, 201, headers=headers)

    @app.get("/api/reports", summary="Recent reports (404 when the service hides its list)")
    def recent(limit: int = 20) -> dict[str, Any]:
        _listing_on(state)
        listing = state.store.recent(max(1, min(limit, 100)))
        return {"reports": [_listing(r) for r in listing]}

    @app.get("/api/reports/{report_id}", summary="One report")
    def get_report(report_id: str) -> dict[str, Any]:
        stored = state.store.get(report_id)
        if stored is None:
            raise HTTPException(404, f"no report with id {report_id!r}")
        when = {"created": stored.created, "expires": stored.expires}
        return {"id": stored.id, **when, **stored.report}

    @app.delete(
        "/api/reports/{report_id}",
        status_code=204,
        summary="Delete a report with the secret returned when it was made (`delete_url`)",
    )
    def delete_report(report_id: str, secret: str) -> Response:
        if not state.store.delete_with_secret(report_id, secret):
            raise HTTPException(404, f"no report with id {report_id!r} and this secret")
        return Response(status_code=204)

    @app.get("/api/health", summary="Liveness")
    def health() -> dict[str, Any]:
        models = state.models
        return {
            "status": "ok",
            "embedder": models.embedder.name if models else None,
            "entities": models.tagger.name if models else None,
        }


def _listing_on(state: _State, listed: str = "reports") -> None:
    """404 when the service hides its lists; the message names the list asked for."""
    if not state.config.listing:
        raise HTTPException(404, f"this service does not list its {listed}")


def _listing(r: Any) -> dict[str, Any]:
    return {"id": r.id, "created": r.created, "title": r.title, "articles": r.articles}


async def _submission(request: Request, max_files: int, max_part_size: int) -> Submission:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        try:
            payload = ReportRequest.model_validate_json(await request.body())
        except ValidationError as exc:
            details = validation_details(exc.errors())
            raise Refused(422, "invalid_request", "the request body is not valid", details) from exc
        return Submission(
            articles=tuple(_article(a, n) for n, a in enumerate(payload.articles, start=1)),
            urls=tuple(payload.urls),
            words=payload.words,
            keep_days=payload.keep_days,
        )
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        async with _read_form(request, max_files, max_part_size) as form:
            return await _form_submission(form)
    raise Refused(415, "unsupported_media_type", "send application/json or multipart/form-data")


@asynccontextmanager
async def _read_form(
    request: Request, max_files: int, max_part_size: int
) -> AsyncIterator[FormData]:
    """The parsed form; the parser's own refusals (too many files, a part too large, broken
    multipart) become the service's 422 and 413 with the documented limits."""
    try:
        # One file more than the limit is parsed, so that "too many" is told apart from "at it".
        form = await request.form(max_files=max_files + 1, max_part_size=max_part_size)
    except HTTPException as exc:
        raise _form_refusal(str(exc.detail), max_files, max_part_size) from None
    try:
        yield form
    finally:
        await form.close()


def _form_refusal(detail: str, max_files: int, max_part_size: int) -> Refused:
    if detail.startswith("Too many files"):
        message = f"too many files (more than {max_files}); the limit is {max_files} articles"
        return Refused(422, "too_many_articles", message)
    if "exceeded maximum size" in detail:
        message = f"a file or field is too large; the limit is {max_part_size} bytes a request"
        return Refused(413, "too_large", message)
    return Refused(422, "invalid_request", f"the form could not be read: {detail}")


def _article(article: ArticleIn, n: int) -> Article:
    return text_article(
        article.text,
        n,
        article_id=article.id,
        source=article.source,
        title=article.title,
        url=article.url,
        published=_given_time(article.published),
    )


def _given_time(published: str | float | None) -> str | None:
    if published is None or isinstance(published, str):
        return published
    return unix_time(published)


# The fields a report form may carry. A field outside them is refused (422, named), as the JSON
# body refuses a key outside ReportRequest: a client sending "keep_days" (the JSON key) in a form
# must learn that the form calls it "keep", not find its report kept for ever.
FORM_FIELDS = ("files", "texts", "sources", "urls", "words", "keep")


async def _form_submission(form: FormData) -> Submission:
    _refuse_unknown_fields(form)
    uploads = []
    for number, item in enumerate(form.getlist("files"), start=1):
        # A part with no file name ('curl -F "files=<story.txt"', or a client that names none)
        # was dropped without a word, its article lost; it is read under a name of its place.
        # Only the empty nameless part a browser sends for an untouched file picker is nothing.
        filename = item.filename if isinstance(item, UploadFile) else None
        content = await item.read() if isinstance(item, UploadFile) else item.encode()
        if filename or content.strip():
            uploads.append((filename or f"file-{number}", content))
    texts = [t for t in form.getlist("texts") if isinstance(t, str)]
    sources = [t for t in form.getlist("sources") if isinstance(t, str)]
    urls = [u for text in form.getlist("urls") if isinstance(text, str) for u in url_list(text)]
    articles = pasted_articles(texts, sources)
    return Submission(articles, tuple(urls), tuple(uploads), _form_words(form), _form_keep(form))


def _refuse_unknown_fields(form: FormData) -> None:
    """A 422 naming every field of the form that the service does not read, in the shape the
    JSON body's "extra_forbidden" details have."""
    unknown = sorted({name for name in form if name not in FORM_FIELDS})
    if not unknown:
        return
    known = ", ".join(FORM_FIELDS)
    details = [
        {"type": "extra_forbidden", "loc": [name], "msg": f"not a field of the form ({known})"}
        for name in unknown
    ]
    message = f"unknown form field {', '.join(unknown)}; the form's fields are {known}"
    raise Refused(422, "invalid_request", message, details)


def _form_keep(form: FormData) -> int | None:
    """The expiry chosen in the form, in days; 0 or nothing keeps the report until deleted."""
    value = str(form.get("keep") or "0").strip()
    allowed = {str(days) for days, _ in KEEP_CHOICES}
    if value not in allowed:
        choices = "; ".join(f"{days} ({label})" for days, label in KEEP_CHOICES)
        raise Refused(422, "invalid_request", f"keep is the days to keep the report: {choices}")
    return int(value) or None


def _form_words(form: FormData) -> int | None:
    """The optional summary budget of a form ("" when the field is left empty)."""
    value = form.get("words")
    if not isinstance(value, str) or not value.strip():
        return None
    # ASCII digits only: "²" passes str.isdigit() but is no number int() reads.
    if not re.fullmatch(r"[0-9]{1,6}", value.strip()) or not MIN_WORDS <= int(value) <= MAX_WORDS:
        message = f"words must be a whole number from {MIN_WORDS} to {MAX_WORDS}"
        raise Refused(422, "invalid_request", message)
    return int(value)


def _request_body_doc() -> dict[str, Any]:
    """Both accepted bodies for the OpenAPI document (the route reads the request itself)."""
    schema = _inline_refs(ReportRequest.model_json_schema())
    form = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "texts": {"type": "array", "items": {"type": "string"}},
            "urls": {"type": "string", "description": "URLs separated by spaces or lines"},
            "sources": {
                "type": "array",
                "items": {"type": "string"},
                "description": "the outlet of each of `texts`, in the same order",
            },
            "words": {"type": "integer", "minimum": MIN_WORDS, "maximum": MAX_WORDS},
            "keep": {"type": "integer", "enum": [days for days, _ in KEEP_CHOICES]},
        },
    }
    return {
        "required": True,
        "content": {
            "application/json": {"schema": schema},
            "multipart/form-data": {"schema": form},
        },
    }


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return dict(walk(schema))


# --- pages -------------------------------------------------------------------------------


def _html(content: str, status: int = 200, nonce: str = "") -> HTMLResponse:
    """A page with the security headers; ``nonce`` lets the page's own script run."""
    headers = dict(SECURITY_HEADERS)
    if nonce:
        headers["Content-Security-Policy"] = pages.csp_with_script(nonce)
    return HTMLResponse(content, status_code=status, headers=headers)


def _form(error: str | None = None, status: int = 200, **shown: Any) -> HTMLResponse:
    """The form page, with a fresh nonce for its progress script."""
    nonce = secrets.token_urlsafe(16)
    return _html(pages.form_page(error, **shown, nonce=nonce), status, nonce)


# The maker's delete secret rides in a cookie scoped to the report's own pages, so the report's
# address stays shareable (no secret in it) while its maker is shown the delete link.
DELETE_COOKIE = "bylines-delete"


SECURITY_HEADERS = {
    "Content-Security-Policy": pages.CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _page_routes(app: FastAPI, state: _State) -> None:
    listed = state.config.listing

    @app.get("/", include_in_schema=False)
    def home() -> HTMLResponse:
        return _form(listing=listed)

    @app.post("/reports", include_in_schema=False)
    async def submit(request: Request) -> Response:
        urls, articles, keep = "", [], 0  # what the form held, shown again with the error
        try:
            config = state.config
            async with _read_form(request, config.max_articles, config.max_bytes) as form:
                urls, articles = str(form.get("urls") or ""), _typed_articles(form)
                submission = await _form_submission(form)
                keep = submission.keep_days or 0
            made = await _run(state, submission)
        except Refused as exc:
            shown = {"urls": urls, "articles": articles, "keep": keep, "listing": listed}
            return _form(_with_details(exc), exc.status, **shown)
        response = RedirectResponse(f"/reports/{made.id}", status_code=303)
        response.set_cookie(
            DELETE_COOKIE,
            made.delete_secret,
            path=f"/reports/{made.id}",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response

    @app.get("/reports", include_in_schema=False)
    def listing() -> HTMLResponse:
        _listing_on(state)
        return _html(pages.list_page(state.store.recent()))

    @app.get("/reports/{report_id}", include_in_schema=False)
    def report(request: Request, report_id: str) -> HTMLResponse:
        stored = state.store.get(report_id)
        if stored is None:
            raise HTTPException(404, "there is no briefing at this address")
        secret = request.cookies.get(DELETE_COOKIE)
        delete = f"/reports/{report_id}/delete?secret={secret}" if secret else None
        return _html(pages.report_page(stored, listing=listed, delete_path=delete))

    @app.get("/reports/{report_id}/export.html", include_in_schema=False)
    def export(report_id: str) -> HTMLResponse:
        stored = state.store.get(report_id)
        if stored is None:
            raise HTTPException(404, "there is no briefing at this address")
        response = _html(stored.export_html)
        response.headers["Content-Disposition"] = f'attachment; filename="bylines-{report_id}.html"'
        return response

    _delete_routes(app, state)


def _delete_routes(app: FastAPI, state: _State) -> None:
    """A delete link opens a confirmation page; its form deletes (a link alone never does)."""
    listed = state.config.listing

    @app.get("/reports/{report_id}/delete", include_in_schema=False)
    def confirm_delete(report_id: str, secret: str = "") -> HTMLResponse:
        stored = state.store.get(report_id)
        if stored is None:
            raise HTTPException(404, "there is no briefing at this address")
        return _html(pages.delete_page(report_id, stored.title, secret, listing=listed))

    @app.post("/reports/{report_id}/delete", include_in_schema=False)
    async def delete(request: Request, report_id: str) -> HTMLResponse:
        async with request.form() as form:
            secret = str(form.get("secret") or "")
        if not state.store.delete_with_secret(report_id, secret):
            raise HTTPException(404, "no briefing here can be deleted with this link")
        response = _html(pages.deleted_page(listing=listed))
        response.delete_cookie(DELETE_COOKIE, path=f"/reports/{report_id}")
        return response


def _typed_articles(form: FormData) -> list[tuple[str, str]]:
    """The (outlet, text) pairs as typed, to show the form again after an error."""
    texts = [t for t in form.getlist("texts") if isinstance(t, str)]
    sources = [t for t in form.getlist("sources") if isinstance(t, str)]
    sources += [""] * (len(texts) - len(sources))
    return [(s, t) for s, t in zip(sources, texts, strict=False) if s.strip() or t.strip()]


def _with_details(exc: Refused) -> str:
    named = [
        f"{d['name']}: {d['reason']}" for d in exc.details if isinstance(d, dict) and "name" in d
    ]
    return exc.message + (" — " + "; ".join(named) if named else "")


# --- errors ------------------------------------------------------------------------------


def error_response(
    request_path: str,
    accept: str,
    status: int,
    *,
    message: str,
    code: str | None = None,
    details: list[Any] | None = None,
    listing: bool = True,
) -> Response:
    """The one error shape (JSON); a page request (not /api, accepting HTML) gets it as HTML."""
    if not request_path.startswith("/api") and "text/html" in accept:
        return _html(pages.error_page(status, message, listing=listing), status)
    body = ErrorDetail(status=status, code=code or CODES.get(status, "error"), message=message)
    body.details = details or []
    headers = {"Retry-After": "10"} if status == 429 else None
    return JSONResponse({"error": body.model_dump()}, status_code=status, headers=headers)


def validation_details(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Where and why a request is not valid. The input itself is left out: it can be a number
    JSON cannot carry (1e309 is infinite), bytes that are not UTF-8, or megabytes long."""
    return [{"type": e["type"], "loc": list(e["loc"]), "msg": str(e["msg"])} for e in errors]


def _install_errors(app: FastAPI, listing: bool) -> None:
    def respond(
        request: Request, status: int, message: str, code: str | None = None, details: Any = None
    ) -> Response:
        accept = request.headers.get("accept", "")
        return error_response(
            request.url.path,
            accept,
            status,
            message=message,
            code=code,
            details=details,
            listing=listing,
        )

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refused)
        return respond(request, exc.status, exc.message, exc.code, exc.details)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return respond(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = validation_details(exc.errors())
        return respond(request, 422, "the request is not valid", "invalid_request", details)

    async def gone(request: Request, exc: Exception) -> Response:
        # a client that hung up before its body was sent (a time-out, a closed tab, a slow
        # body given up on) is not the service failing: one line, no traceback, no 500
        log.info("client closed the connection mid-request: %s", request.url.path)
        return respond(request, 400, "the connection closed before the request was sent")

    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("request failed: %s", request.url.path, exc_info=exc)
        return respond(request, 500, "the service failed on this request; it has been logged")

    handlers: dict[type[Exception], Callable[..., Any]] = {
        Refused: refused,
        HTTPException: http_error,
        RequestValidationError: invalid,
        ClientDisconnect: gone,
        Exception: crashed,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)


class HeadAsGet:
    """Answers HEAD as GET without the body: FastAPI routes only the methods they name, so a
    link checker's or monitor's HEAD of any page was 405 (HTTP requires HEAD wherever GET is)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413: by Content-Length up front, and by
    counting while the body streams in (chunked uploads declare no length)."""

    def __init__(self, app: ASGIApp, max_bytes: int, listing: bool = True) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.listing = listing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response = error_response(
                scope["path"],
                headers.get("accept", ""),
                413,
                message=self._message(int(declared)),
                listing=self.listing,
            )
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise HTTPException(413, self._message(received))
            return message

        await self.app(scope, counted, send)

    def _message(self, size: int) -> str:
        return f"the request is too large ({size} bytes); the limit is {self.max_bytes} bytes"


# --- stories -----------------------------------------------------------------------------


def _story_routes(app: FastAPI, state: _State) -> None:
    """The stream of articles grouped into stories: API and pages."""

    @app.post(
        "/api/stories/articles",
        status_code=201,
        summary="Add articles to the stories",
        openapi_extra={"requestBody": _request_body_doc()},
        responses={201: {"description": "bylines.stories/2: the stories the articles are in."}},
    )
    async def add_articles(request: Request) -> JSONResponse:
        """The same JSON or multipart body as `POST /api/reports` (without `words`, `keep_days`
        or `keep`). Each readable article joins an existing story or starts a new one."""
        from bylines.render.stories import stories_to_dict

        config = state.config
        submission = await _submission(request, config.max_articles, config.max_bytes)
        work = partial(state.stories.add, submission, config, state.fetcher)
        result = await _admitted(state, work)
        return JSONResponse(stories_to_dict(result), 201)

    @app.get("/api/stories", summary="Stories, most covered first (404 when lists are hidden)")
    def stories(limit: int = 30) -> dict[str, Any]:
        from bylines.render.stories import stories_to_dict
        from bylines.stories.types import StoriesResult

        _listing_on(state, "stories")
        listed = state.stories.front(limit)
        held = state.stories.count()
        return stories_to_dict(StoriesResult(listed, in_database=held, listed=True))

    @app.get("/api/stories/{story_id}", summary="One story with its full briefing")
    async def story(story_id: str) -> dict[str, Any]:
        from bylines.render import report_to_dict
        from bylines.render.stories import stories_to_dict
        from bylines.stories.types import STORIES_SCHEMA, StoriesResult

        found, report = await _story_and_briefing(state, story_id)
        shown = stories_to_dict(StoriesResult((found,)))["stories"][0]
        return {"schema": STORIES_SCHEMA, "story": shown, "briefing": report_to_dict(report)}

    @app.get("/stories", include_in_schema=False)
    def front() -> HTMLResponse:
        from bylines.web.story_pages import front_page

        _listing_on(state, "stories")
        return _html(front_page(state.stories.front(), held=state.stories.count()))

    @app.get("/stories/{story_id}", include_in_schema=False)
    async def story_page(story_id: str) -> HTMLResponse:
        from bylines.web.service import report_body
        from bylines.web.story_pages import story_page

        found, report = await _story_and_briefing(state, story_id)
        page = story_page(found, report_body(report), listing=state.config.listing)
        return _html(page)


async def _story_and_briefing(state: _State, story_id: str) -> tuple[Story, Report]:
    found = await asyncio.to_thread(state.stories.story, story_id)
    if found is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    assert state.models is not None  # set by the lifespan
    work = partial(state.stories.briefing, found.id, state.config, state.models)
    briefing = await _admitted(state, work)
    # shown once the reader gets it whole: a busy or timed-out answer leaves the news for later
    await asyncio.to_thread(state.stories.shown, found)
    return found, briefing
