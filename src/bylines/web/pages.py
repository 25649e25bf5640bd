"""The service's HTML pages: one shell, the submission form, the report page, the list.

Pages are plain HTML forms and links: no script at all (the Content-Security-Policy forbids
it), so everything works with a keyboard, a screen reader and JavaScript off. Every value that
comes from a user or an article goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape

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
textarea, input[type=file] { width:100%; font:inherit; font-size:.95rem; color:var(--ink);
  background:var(--bg); border:1px solid var(--line); border-radius:8px; padding:.6rem; }
textarea { min-height:9rem; resize:vertical; }
button { font:inherit; font-weight:600; background:var(--accent); color:var(--accent-ink); border:0;
  border-radius:8px; padding:.7rem 1.4rem; margin-top:1.25rem; cursor:pointer; }
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


def shell(title: str, body: str, *, main: bool = True, listing: bool = True) -> str:
    """The page around ``body``; ``main=False`` when the body brings its own <main id="report">;
    ``listing=False`` when the service keeps its list of recent reports private."""
    content = f'<main id="main" class="wrap">{body}</main>' if main else body
    recent = '<a href="/reports">Recent briefings</a>' if listing else ""
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


def form_page(
    error: str | None = None, urls: str = "", texts: str = "", *, listing: bool = True
) -> str:
    message = f'<div class="error" role="alert">{escape(error)}</div>' if error else ""
    return shell(
        "New briefing",
        "<h1>One briefing from many reports</h1>"
        '<p class="meta">Paste links or texts of several reports of the same event. bylines '
        "writes a short summary in which every sentence names the outlets that carry it.</p>"
        f"{message}"
        '<form class="card" method="post" action="/reports" enctype="multipart/form-data">'
        '<label for="urls">Article links</label>'
        '<p class="hint" id="urls-hint">One URL per line.</p>'
        '<textarea id="urls" name="urls" aria-describedby="urls-hint" '
        f'placeholder="https://…">{escape(urls)}</textarea>'
        '<label for="texts">Article texts</label>'
        '<p class="hint" id="texts-hint">Paste one or more articles; put a line with only '
        "<code>---</code> between two articles.</p>"
        '<textarea id="texts" name="texts" aria-describedby="texts-hint" rows="10">'
        f"{escape(texts)}</textarea>"
        '<label for="files">Files</label>'
        '<p class="hint" id="files-hint">.txt, .md, .html or .jsonl (one article a line).</p>'
        '<input id="files" name="files" type="file" multiple aria-describedby="files-hint" '
        'accept=".txt,.md,.html,.htm,.jsonl">'
        '<button type="submit">Make the briefing</button></form>',
        listing=listing,
    )


def report_page(stored: StoredReport, *, listing: bool = True) -> str:
    """A toolbar (when, how many reports, JSON, download) above the stored report body."""
    count = stored.article_count
    when = escape(stored.created[:16].replace("T", " "))
    toolbar = (
        f'<div class="wrap toolbar"><p class="meta">Briefing from {count} '
        f"report{'s' if count != 1 else ''} · "
        f'<time datetime="{escape(stored.created)}">{when} UTC</time></p>'
        f'<p class="actions"><a href="/api/reports/{escape(stored.id)}">JSON</a>'
        f'<a href="/reports/{escape(stored.id)}/export.html" download>Download HTML</a></p></div>'
    )
    return shell(stored.title, toolbar + stored.body_html, main=False, listing=listing)


def list_page(reports: list[ReportListing]) -> str:
    rows = "".join(
        f'<tr><td><a href="/reports/{escape(r.id)}">{escape(r.title)}</a></td>'
        f'<td class="meta">{r.articles} reports</td>'
        f'<td class="meta">{escape(r.created[:16].replace("T", " "))}</td></tr>'
        for r in reports
    )
    table = (
        f'<table class="recent"><tbody>{rows}</tbody></table>'
        if rows
        else '<p class="meta">No briefings yet. <a href="/">Make the first one</a>.</p>'
    )
    return shell("Recent briefings", f"<h1>Recent briefings</h1>{table}")


def error_page(status: int, message: str, *, listing: bool = True) -> str:
    return shell(
        "Error",
        f'<h1>Something went wrong ({status})</h1><div class="error" role="alert">'
        f'{escape(message)}</div><p><a href="/">Back to a new briefing</a></p>',
        listing=listing,
    )
