"""The service as a real process, its page driven in headless Chromium (Debian's /usr/bin/chromium).

Playwright's Python package drives the system browser; no browser is ever downloaded.
Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from httpserver import HOSTILE_TEXT, STORIES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m bylines serve` on a free port; yields its base URL once it answers."""
    port = free_port()
    db = tmp_path_factory.mktemp("serve") / "reports.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "bylines", "serve", "--port", str(port), "--db", str(db)]
    command += ["--embedder", "tfidf", "--entities", "rules"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"bylines serve exited: {process.stderr and process.stderr.read()!r}"
            )
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("bylines serve did not start in time")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()
    assert dialogs == []  # no page ever ran a script that opened a dialog


def test_paste_submit_read_and_follow_a_citation(service: str, page: Page) -> None:
    page.goto(f"{service}/")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home.png"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    stories = [" ".join(story[3]) for story in STORIES.values()]
    texts = "\n---\n".join(stories)
    page.get_by_label("Article 1 text").fill(stories[0])
    page.get_by_label("Article 1 outlet").fill("Valley Post")
    page.get_by_label("Article 2 text").fill("\n---\n".join(stories[1:]))  # two in one box
    page.get_by_role("button", name="Make the briefing").focus()
    page.keyboard.press("Enter")  # submitted from the keyboard
    page.wait_for_url(f"{service}/reports/*")

    # Selectors shared by the service's own report body and render.render_body.
    summary = page.locator("#summary")
    assert len(summary.inner_text().split()) > 10
    sources = page.locator("#sources ol.sources > li")
    assert sources.count() == 3
    # Numbered as the citations are, so [1] is matched by eye; named as the form said.
    assert sources.first.inner_text().startswith("[1] Valley Post")
    assert sources.nth(2).inner_text().startswith("[3] ")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)

    citation = page.locator('#summary a[href^="#s"]').first
    target = str(citation.get_attribute("href"))
    citation.focus()
    page.keyboard.press("Enter")  # follow the citation with the keyboard
    page.wait_for_function(f"location.hash === {target!r}")
    landed = page.locator(":target")
    assert landed.get_attribute("id") == target[1:]
    assert " ".join(landed.inner_text().split()) in " ".join(texts.split())  # a source sentence
    assert landed.is_visible()
    box = landed.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled into view
    page.screenshot(path=str(ARTIFACTS / "citation.png"))


def test_phone_sized_window_has_no_sideways_scroll(service: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2)
    phone = context.new_page()
    phone.goto(f"{service}/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    articles = [{"text": " ".join(s[3]), "source": s[0]} for s in STORIES.values()]
    report = httpx.post(f"{service}/api/reports", json={"articles": articles}, timeout=60).json()
    phone.goto(f"{service}/reports/{report['id']}")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "report-phone.png"), full_page=True)
    context.close()


def test_hostile_markup_stays_text(service: str, page: Page) -> None:
    articles = [{"id": "museum", "source": "Museum <i>News</i>", "text": " ".join(HOSTILE_TEXT)}]
    report = httpx.post(f"{service}/api/reports", json={"articles": articles}, timeout=60).json()
    for path in (f"/reports/{report['id']}", f"/reports/{report['id']}/export.html"):
        response = page.goto(f"{service}{path}") if "export" not in path else None
        if response is None:  # an attachment: load its HTML as a page to see what it would do
            page.set_content(httpx.get(f"{service}{path}").text)
        shown = page.locator("body").inner_text()
        assert "<script>alert('pwned')</script>" in shown
        assert page.evaluate("document.querySelectorAll('img, i, [onerror]').length") == 0
        # the export may carry the renderer's own script; none may come from the article
        scripts = page.evaluate("[...document.scripts].map(s => s.textContent).join(' ')")
        assert "pwned" not in scripts


def test_the_api_docs_render_and_list_the_operations(service: str, page: Page) -> None:
    page.goto(f"{service}/docs")
    operations = page.locator(".opblock-summary-path")
    operations.first.wait_for(timeout=15_000)
    shown = {" ".join(operations.nth(i).inner_text().split()) for i in range(operations.count())}
    assert {"/api/reports", "/api/reports/{report_id}", "/api/health"} <= shown
    assert page.locator(".opblock-summary-method", has_text="POST").count() >= 1
    assert "Unable to render" not in page.locator("body").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs.png"))


def test_the_form_shows_it_is_working_and_cannot_be_sent_twice(service: str, page: Page) -> None:
    page.goto(f"{service}/")
    stories = [" ".join(story[3]) for story in STORIES.values()]
    page.get_by_label("Article 1 text").fill("\n---\n".join(stories))
    # Listening after the page's own script: record whether the page let each submission go,
    # then keep the page here (no navigation) so what it shows while working can be seen.
    page.evaluate(
        """() => {
          window.allowed = [];
          document.getElementById("make").addEventListener("submit", (event) => {
            window.allowed.push(!event.defaultPrevented);
            event.preventDefault();
          });
        }"""
    )
    page.get_by_role("button", name="Make the briefing").click()
    button = page.locator("button[type=submit]")
    assert button.is_disabled() and button.inner_text() == "Working…"
    status = page.get_by_role("status")
    assert status.is_visible() and "Reading and comparing" in status.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "working.png"))
    page.evaluate("document.getElementById('make').requestSubmit()")  # a second press
    assert page.evaluate("window.allowed") == [True, False]


def test_stories_front_page_and_a_story_page(service: str, page: Page) -> None:
    from test_web_stories import FIRE, STRIKE, payload

    added = httpx.post(f"{service}/api/stories/articles", json=payload(FIRE + STRIKE), timeout=60)
    assert added.status_code == 201
    page.goto(f"{service}/")
    page.get_by_role("link", name="Stories").click()  # reached from the main navigation
    page.wait_for_url(f"{service}/stories")
    items = page.locator("li.story")
    assert items.count() == 2
    first = items.first
    assert "3 articles, 3 independent reports, 3 outlets" in first.inner_text()  # most covered
    assert "last published" in first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "stories.png"), full_page=True)

    first.get_by_role("link").click()
    page.wait_for_url(f"{service}/stories/*")
    assert "Oskarby" in page.locator("h1").first.inner_text()
    assert len(page.locator("#summary").inner_text().split()) > 10  # the briefing
    assert page.locator("#sources ol.sources > li").count() == 3
    assert page.locator("#articles li").count() == 3
    assert page.locator("#timeline").is_visible()
    shown = page.locator("body").inner_text()
    assert "quay fire <script>x</script> unknown" in shown  # markup shown as text, never run
    assert "Coast <b>Radio</b>" in shown
    assert page.evaluate("document.querySelectorAll('b, script').length") == 0
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
