"""The workbench in a real browser: Debian's Chromium driven by Playwright against a running server.

Seeds 000 and 001 go in through the submit page; the progress bar finishes; the article view shows the
headline verdict, Zakharova's quote with its speaker and seed 001's anonymous sourcing; the story view
and the inbox's keyboard navigation work; each view is photographed (set NEWSCHECK_SCREENSHOTS to a
folder to keep the pictures)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "newscheck", "serve", "--port", str(port), "--db", f"sqlite:///{folder / 'web.db'}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(folder / "server.log", "wb"))
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        raise AssertionError((folder / "server.log").read_text())
    yield base
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def _shoot(page, tmp_path: Path, name: str) -> None:
    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = os.environ.get("NEWSCHECK_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


@pytest.fixture(scope="module")
def submitted(server, browser, seed_000, seed_001, tmp_path_factory):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server + "/submit")
    page.set_input_files("#files", [str(seed_000), str(seed_001)])
    assert page.locator("#chosen li").count() == 2
    page.click("#go")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('Done')", timeout=240_000)
    page.wait_for_function("document.querySelectorAll('#results a').length === 2 && "
                           "[...document.querySelectorAll('#results a')].every(a => !a.textContent.startsWith('Article '))")  # fmt: skip
    _shoot(page, tmp_path_factory.mktemp("shots"), "submit-done")
    state = {
        "status": page.locator("#status").inner_text(),
        "bar": (page.locator("#bar").get_attribute("value"), page.locator("#bar").get_attribute("max")),
        "links": {a.inner_text(): a.get_attribute("href") for a in page.locator("#results a").all()},
    }
    page.close()
    return state


def test_submitting_the_seeds_runs_a_job_whose_progress_bar_finishes(submitted):
    assert submitted["status"] == "Done: 2 article(s) analysed"
    value, maximum = submitted["bar"]
    assert value == maximum
    assert any("military alliance" in h for h in submitted["links"])


def _open(server, browser, submitted, words: str, **options):
    page = browser.new_page(viewport={"width": 1200, "height": 900}, **options)
    page.goto(server + next(href for headline, href in submitted["links"].items() if words in headline))
    page.wait_for_selector("section.article")
    return page


def test_the_article_view_shows_the_headline_verdict_and_zakharovas_quote_with_its_speaker(server, browser, submitted, tmp_path):
    page = _open(server, browser, submitted, "military alliance")
    verdict = page.locator(".verdict .label").inner_text()
    assert verdict in ("Headline only partly supported", "Headline not supported by its sources")
    row = page.locator("table tr", has_text="Zakharova").first
    assert "named" in row.inner_text()
    assert page.locator("svg.actor-graph a.edge").count() >= 2
    _shoot(page, tmp_path, "article-000")
    page.close()


def test_seed_001s_view_shows_its_anonymous_sourcing_signal_in_the_dark_theme_too(server, browser, submitted, tmp_path):
    page = _open(server, browser, submitted, "Beijing", color_scheme="dark")
    signal = page.locator('li.signal[data-code="anonymous_sourcing"]')
    assert "Anonymous sourcing" in signal.inner_text()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 23, 27)"  # the dark theme's background
    _shoot(page, tmp_path, "article-001-dark")
    page.close()


def test_the_story_view_opens_from_the_stories_list(server, browser, submitted, tmp_path):
    page = browser.new_page()
    page.goto(server + "/stories")
    page.click("ul.inbox a.headline >> nth=0")
    page.wait_for_selector("section.story")
    assert page.locator("section.story h2").inner_text()
    assert page.locator("text=Who does what to whom").count() == 1
    _shoot(page, tmp_path, "story")
    page.close()


def test_the_inbox_lists_both_seeds_and_opens_one_from_the_keyboard_at_phone_width(server, browser, submitted, tmp_path):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server + "/")
    assert page.locator("li.row").count() == 2
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")  # nothing runs off a phone
    _shoot(page, tmp_path, "inbox-phone")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_selector("section.article")
    assert "/articles/" in page.url
    page.close()
