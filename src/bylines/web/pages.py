"""The service's HTML pages: one shell, the submission form, the report page, the list.

Pages are plain HTML forms and links, so everything works with a keyboard, a screen reader and
JavaScript off. The Content-Security-Policy forbids script; the form page alone carries one
small script, allowed by a per-response nonce, that shows the work is under way. Every value that
comes from a user or an article goes through ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bylines.render._view import when
from bylines.web.service import FORM_ARTICLES, KEEP_CHOICES
from bylines.web.store import ReportListing, StoredReport

CSS = """
:root { --ink:#1b1f24; --muted:#5b6470; --line:#dde1e6; --bg:#f6f7f9; --card:#fff;
  --accent:#1f5fbf; --accent-ink:#fff; --mark:#fff3bf; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --ink:#e8eaed; --muted:#a0a8b3; --line:#343a42;
  --bg:#15181c; --card:#1d2126; --accent:#7fb0ff; --accent-ink:#0b1220; --mark:#4a4020; } }
* { box-sizing: border-box; }
body { margin:0; font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  color:var(--ink); background:var(--bg); }
a { color:var(--accent); }
a:focus-visible, button:focus-visible, textarea:focus-visible, input:focus-visible,
summary:focus-visible { outline:3px solid var(--accent); outline-offset:2px; }
.skip { position:absolute; left:-999px; } .skip:focus { left:1rem; top:1rem; background:var(--card);
  padding:.5rem 1rem; z-index:2; }
header.bar { background:var(--card); border-bottom:1px solid var(--line); }
header.bar nav { max-width:52rem; margin:0 auto; padding:.75rem 1rem; display:flex; gap:1.25rem;
  align-items:center; flex-wrap:wrap; }
.brand { font-weight:700; font-size:1.2rem; text-decoration:none; color:var(--ink); }
.brand span { color:var(--accent); }
header.bar a:not(.brand) { text-decoration:none; } header.bar a:hover { text-decoration:underline; }
.card > label:first-child { margin-top:0; }
.wrap { max-width:52rem; margin:0 auto; padding:1.25rem 1rem 3rem; display:block; }
.toolbar { padding-bottom:0; }
h1 { font-size:1.7rem; line-height:1.25; margin:.5rem 0 1rem; }
h2 { font-size:1.25rem; margin:2rem 0 .75rem; padding-bottom:.25rem;
  border-bottom:2px solid var(--line); }
h3 { font-size:1.05rem; margin:1.25rem 0 .5rem; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:1.25rem; }
label { display:block; font-weight:600; margin:1rem 0 .25rem; }
.hint { color:var(--muted); font-size:.9rem; margin:.1rem 0 .4rem; }
textarea, input[type=file], input[type=text], select { width:100%; font:inherit;
  font-size:.95rem; color:var(--ink); background:var(--bg); border:1px solid var(--line);
  border-radius:8px; padding:.6rem; }
textarea { min-height:9rem; resize:vertical; }
button { font:inherit; font-weight:600; background:var(--accent); color:var(--accent-ink); border:0;
  border-radius:8px; padding:.7rem 1.4rem; margin-top:1.25rem; cursor:pointer; }
fieldset.article { border:1px solid var(--line); border-radius:8px; margin:1rem 0 0;
  padding:.25rem .9rem .9rem; } fieldset.article legend { font-weight:600; padding:0 .3rem; }
button:disabled { opacity:.6; cursor:progress; }
.working { font-weight:600; margin:.75rem 0 0; }
.owner { background:var(--card); border:1px solid var(--line); border-radius:8px;
  padding:.5rem .9rem; }
.error { border-left:4px solid #c62828; background:var(--card); padding:.75rem 1rem;
  margin:1rem 0; }
.meta { color:var(--muted); font-size:.9rem; }
.actions { display:flex; gap:1rem; flex-wrap:wrap; font-size:.95rem; }
ol.summary { padding-left:1.4rem; } ol.summary li { margin:.5rem 0; font-size:1.05rem; }
.cites { white-space:nowrap; } a.cite { text-decoration:none; font-size:.8em; vertical-align:super;
  padding:0 .1em; }
ul.claims li, #differ li, #quotes li { margin:.35rem 0; }
.columns { display:grid; grid-template-columns:repeat(auto-fit,minmax(14rem,1fr)); gap:0 1.5rem; }
ol.sources { list-style:none; padding:0; } ol.sources > li { background:var(--card);
  border:1px solid var(--line); border-radius:10px; padding:.25rem 1rem .75rem; margin:.75rem 0; }
.num { color:var(--muted); font-variant-numeric:tabular-nums; }
.sentence:target, li:target { background:var(--mark); scroll-margin-top:4rem; }
.note { color:var(--muted); font-style:italic; }
.skipped li { color:var(--muted); }
table.recent { width:100%; border-collapse:collapse; } table.recent td { padding:.5rem .25rem;
  border-bottom:1px solid var(--line); vertical-align:top; }
@media (max-width: 480px) { body { font-size:16px; } h1 { font-size:1.35rem; }
  .card { padding:.9rem; } table.recent td.meta { display:none; } }
"""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

# The form page's one script (allowed by its nonce, nothing else may run): once the form is
# sent, the button is disabled, so a second press cannot start a second analysis, and a status
# line says that the work is under way. Without script the form still works, silently.
FORM_SCRIPT = """
(function () {
  var form = document.getElementById("make");
  var status = document.getElementById("working");
  form.addEventListener("submit", function (event) {
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    button.textContent = "Working\u2026";
    form.setAttribute("aria-busy", "true");
    status.hidden = false;
    status.textContent = "Reading and comparing the reports; this takes 5 to 30 seconds.";
  });
})();
"""


def shell(title: str, body: str, *, main: bool = True, listing: bool = True) -> str:
    """The page around ``body``; ``main=False`` when the body brings its own <main id="report">;
    ``listing=False`` when the service keeps its list of recent reports private."""
    content = f'<main id="main" class="wrap">{body}</main>' if main else body
    recent = (
        '<a href="/stories">Stories</a><a href="/reports">Recent briefings</a>' if listing else ""
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · bylines</title><style>{CSS}</style></head><body>"
        f'<a class="skip" href="#{"main" if main else "report"}">Skip to content</a>'
        '<header class="bar"><nav aria-label="Main">'
        '<a class="brand" href="/">by<span>lines</span></a>'
        '<a href="/">New briefing</a>'
        f'{recent}<a href="/docs">API</a></nav></header>'
        f"{content}</body></html>"
    )


def csp_with_script(nonce: str) -> str:
    """The page policy, letting run only the script that carries this response's nonce."""
    return f"{CONTENT_SECURITY_POLICY}; script-src 'nonce-{nonce}'"


def form_page(
    error: str | None = None,
    urls: str = "",
    articles: Sequence[tuple[str, str]] = (),
    *,
    keep: int = 0,
    listing: bool = True,
    nonce: str = "",
) -> str:
    """The submission form; ``articles`` are (outlet, text) pairs to show again after an error,
    ``keep`` the expiry chosen. ``nonce`` lets the form's progress script run."""
    message = f'<div class="error" role="alert">{escape(error)}</div>' if error else ""
    boxes = list(articles) + [("", "")] * max(FORM_ARTICLES - len(articles), 0)
    script = f'<script nonce="{escape(nonce)}">{FORM_SCRIPT}</script>' if nonce else ""
    return shell(
        "New briefing",
        "<h1>One briefing from many reports</h1>"
        '<p class="meta">Paste links or texts of several reports of the same event. bylines '
        "writes a short summary in which every sentence names the outlets that carry it.</p>"
        f"{message}"
        '<form class="card" id="make" method="post" action="/reports" '
        'enctype="multipart/form-data">'
        '<label for="urls">Article links</label>'
        '<p class="hint" id="urls-hint">One URL per line.</p>'
        '<textarea id="urls" name="urls" aria-describedby="urls-hint" '
        f'placeholder="https://…">{escape(urls)}</textarea>'
        '<p class="hint" id="texts-hint">Or paste article texts, one per box, with the outlet '
        "that published each if you know it. For more articles, put a line with only "
        "<code>---</code> between two articles in one box: the outlet named above a box is "
        "given to every article in it, so keep one box per outlet.</p>"
        + "".join(_article_box(n, source, text) for n, (source, text) in enumerate(boxes, 1))
        + '<label for="files">Files</label>'
        '<p class="hint" id="files-hint">.txt, .md, .html or .jsonl (one article a line).</p>'
        '<input id="files" name="files" type="file" multiple aria-describedby="files-hint" '
        'accept=".txt,.md,.html,.htm,.jsonl">'
        f"{_keep_choice(keep)}"
        '<button type="submit">Make the briefing</button>'
        '<p id="working" class="working" role="status" hidden></p></form>'
        f"{script}",
        listing=listing,
    )


def _article_box(n: int, source: str, text: str) -> str:
    return (
        f'<fieldset class="article"><legend>Article {n}</legend>'
        f'<label for="source-{n}">Article {n} outlet</label>'
        f'<input id="source-{n}" name="sources" type="text" maxlength="200" '
        f'placeholder="e.g. The Valley Post" value="{escape(source)}">'
        f'<label for="text-{n}">Article {n} text</label>'
        f'<textarea id="text-{n}" name="texts" aria-describedby="texts-hint" rows="6">'
        f"{escape(text)}</textarea></fieldset>"
    )


def _keep_choice(keep: int) -> str:
    options = "".join(
        f'<option value="{days}"{" selected" if days == keep else ""}>{escape(label)}</option>'
        for days, label in KEEP_CHOICES
    )
    return (
        '<label for="keep">Keep the briefing</label>'
        '<p class="hint" id="keep-hint">After this it is deleted. You also get a link to '
        "delete it yourself.</p>"
        f'<select id="keep" name="keep" aria-describedby="keep-hint">{options}</select>'
    )


def report_page(
    stored: StoredReport, *, listing: bool = True, delete_path: str | None = None
) -> str:
    """A toolbar (when, how many reports, JSON, download) above the stored report body; for the
    person who made it (``delete_path``), the link that deletes it."""
    count = stored.article_count
    expires = (
        f' · deleted after <time datetime="{escape(stored.expires)}">'
        f"{escape(when(stored.expires))}</time>"
        if stored.expires
        else ""
    )
    owner = (
        '<p class="owner">You made this briefing. Keep this link to delete it later: '
        f'<a href="{escape(delete_path)}">delete this briefing</a></p>'
        if delete_path
        else ""
    )
    toolbar = (
        f'<div class="wrap toolbar"><p class="meta">Briefing from {count} '
        f"report{'s' if count != 1 else ''} · "
        f'<time datetime="{escape(stored.created)}">{escape(when(stored.created))}</time>'
        f"{expires}</p>"
        f'<p class="actions"><a href="/api/reports/{escape(stored.id)}">JSON</a>'
        f'<a href="/reports/{escape(stored.id)}/export.html" download>Download HTML</a></p>'
        f"{owner}</div>"
    )
    return shell(stored.title, toolbar + stored.body_html, main=False, listing=listing)


def delete_page(report_id: str, title: str, secret: str, *, listing: bool = True) -> str:
    """Asks before deleting: a link may be opened by a preview bot, a form is sent by a person."""
    return shell(
        "Delete briefing",
        f"<h1>Delete “{escape(title)}”?</h1>"
        '<p class="meta">The briefing and the articles it was made from are removed for good.</p>'
        f'<form method="post" action="/reports/{escape(report_id)}/delete">'
        f'<input type="hidden" name="secret" value="{escape(secret)}">'
        '<button type="submit">Delete this briefing</button></form>',
        listing=listing,
    )


def deleted_page(*, listing: bool = True) -> str:
    return shell(
        "Briefing deleted",
        "<h1>Briefing deleted</h1><p>It is gone, with the articles it was made from.</p>"
        '<p><a href="/">Make a new briefing</a></p>',
        listing=listing,
    )


def list_page(reports: list[ReportListing]) -> str:
    rows = "".join(
        f'<tr><td><a href="/reports/{escape(r.id)}">{escape(r.title)}</a></td>'
        f'<td class="meta">{r.articles} report{"s" if r.articles != 1 else ""}</td>'
        f'<td class="meta">{escape(when(r.created))}</td></tr>'
        for r in reports
    )
    table = (
        f'<table class="recent"><tbody>{rows}</tbody></table>'
        if rows
        else '<p class="meta">No briefings yet. <a href="/">Make the first one</a>.</p>'
    )
    return shell("Recent briefings", f"<h1>Recent briefings</h1>{table}")


def error_page(status: int, message: str, *, listing: bool = True) -> str:
    """A plain page for a failed page request: what failed, in words, and a way on."""
    title = ERROR_TITLES.get(status, "Error")
    heading = ERROR_TITLES.get(status, "Something went wrong")
    return shell(
        title,
        f'<h1>{heading} ({status})</h1><div class="error" role="alert">'
        f'{escape(message)}</div><p><a href="/">Back to a new briefing</a></p>',
        listing=listing,
    )


# Error pages that say what happened rather than "Something went wrong".
ERROR_TITLES = {404: "Not found", 405: "Not allowed", 413: "Too large"}
