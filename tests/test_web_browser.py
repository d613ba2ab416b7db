"""End-to-end: ``eventwire run`` on the seeds, ``eventwire serve``, and the page in headless chromium.

Drives Debian's chromium (``apt-get install chromium``) through Playwright; the
Playwright-managed browsers are never downloaded. Skipped, with the reason,
where chromium, Playwright or ``../shared`` is missing. Screenshots go to a tmp
directory whose path is printed (run with ``-s`` to see it), or to
``$EVENTWIRE_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_store import build, small_articles, synthetic_articles
from conftest import SEEDS
from eventwire.model import Article

pytestmark = [pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SEED_000 = "000_0eede5b9c2889da2.txt"
SEED_004 = "004_f00f0f5b2399b827.txt"
CLI = [sys.executable, "-c", "from eventwire.cli import main; main()"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Debian's chromium with a fresh profile (a new tmp user-data-dir)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install it with `apt-get install chromium` (.ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is absent: pip install -e '.[dev]'")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
                viewport={"width": 1400, "height": 900})
        except Exception as exc:  # e.g. missing shared libraries in a stripped container
            pytest.skip(f"chromium at {CHROMIUM} did not start: {str(exc).splitlines()[0]}")
        yield context
        context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """A tmp dir, or $EVENTWIRE_SCREENSHOTS to keep them (pytest prunes old tmp dirs)."""
    kept = os.environ.get("EVENTWIRE_SCREENSHOTS")
    path = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots in {path}")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path) -> Iterator[str]:
    """``eventwire serve`` in a subprocess on a free loopback port; yields its base URL."""
    port = _free_port()
    process = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"eventwire serve exited {process.returncode}: {process.stdout.read()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    httpx.get(base + "/", timeout=2)  # the server is warm: what follows measures the page
                    break
            if time.monotonic() > deadline:
                pytest.fail("eventwire serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def serve_in_thread(db: Path) -> Iterator[str]:
    """The same app under uvicorn in a thread: no second interpreter to start (the seeds test uses the CLI)."""
    import threading

    import uvicorn

    from eventwire.api import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                pytest.fail("uvicorn did not start within 30 s")
            time.sleep(0.05)
        httpx.get(base + "/", timeout=5)  # warm: what follows measures the page
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    """The seeds through the real pipeline, as a user would run it."""
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS.name} is absent: this test needs ../shared/seeds beside the repo")
    from eventwire.pipeline import ARTICLE_STAGES

    if "events" not in ARTICLE_STAGES:
        pytest.skip("no events stage in eventwire.pipeline.ARTICLE_STAGES yet: nothing to browse")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    env = {**os.environ, "EVENTWIRE_DEBUG": "1"}
    for name, extra in ((SEED_000, ["--published", "2017-05-02"]), (SEED_004, [])):
        done = subprocess.run([*CLI, "run", str(SEEDS / name), "--db", str(db), "--quiet", *extra],
                              capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def seeds_site(seeds_db) -> Iterator[str]:
    with serve(seeds_db) as base:
        yield base


def _open(page, url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    before = page.get_attribute("main", "data-rendered") if page.url.startswith("http") else None
    page.goto(url)  # a change of #fragment alone re-renders in place: wait for the new render
    page.wait_for_selector(f"main[data-rendered]:not([data-rendered='{before}'])")
    assert not errors, errors


def _filter_dyad(page, dyad: str) -> None:
    page.fill("#event-filters input[name=dyad]", dyad)
    before = page.get_attribute("main", "data-rendered")
    page.click("#event-filters button[type=submit]")
    page.wait_for_selector(f"main:not([data-rendered='{before}'])")
    page.wait_for_selector("#event-table")


@pytest.mark.slow
def test_web_browser_dyad_filter_and_evidence(browser, seeds_site, shots):
    page = browser.new_page()
    _open(page, seeds_site + "/")
    _filter_dyad(page, "USA,RUS")
    assert "dyad=USA%2CRUS" in page.url or "dyad=USA,RUS" in page.url
    rows = page.query_selector_all("#event-table tr.event-row")
    assert rows, "no USA–RUS events listed"
    codes = [(row.query_selector_all("td")[1].inner_text(), row.query_selector_all("td")[3].inner_text())
             for row in rows]
    assert all({s[:3], t[:3]} == {"USA", "RUS"} for s, t in codes), codes
    page.screenshot(path=str(shots / "dyad-filter.png"), full_page=True)
    rows[0].click()
    page.wait_for_selector("#evidence:not([hidden]) #evidence-sentence .ev-trigger")
    trigger = page.inner_text("#evidence-sentence .ev-trigger")
    assert trigger and trigger in page.inner_text("#evidence-sentence")
    page.screenshot(path=str(shots / "evidence.png"))
    page.click("#evidence-article")
    page.wait_for_selector("#article-text .m-trigger.m-focus")
    assert page.query_selector_all("#article-text .m-actor"), "no actors highlighted in the article"
    assert "actor " in (page.get_attribute("#article-text .m-actor", "title") or "")  # codes on hover
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    page.close()


@pytest.mark.slow
def test_web_browser_shows_the_2_may_phone_call(browser, seeds_site, shots):
    """The 2 May 2017 Trump–Putin phone call: a 04x event between USA and RUS dated that day."""
    page = browser.new_page()
    _open(page, seeds_site + "/#/events?dyad=USA%2CRUS")
    calls = page.query_selector_all("#event-table tr.event-row[data-root='04'][data-date='2017-05-02']")
    listed = [(r.get_attribute("data-root"), r.get_attribute("data-date")) for r in
              page.query_selector_all("#event-table tr.event-row")]
    assert calls, f"no 04x USA–RUS event dated 2017-05-02 among {listed}"
    calls[0].click()
    page.wait_for_selector("#evidence:not([hidden]) #evidence-sentence .ev-trigger")
    assert "2017-05-02" in page.inner_text("#evidence-body")
    page.screenshot(path=str(shots / "phone-call-evidence.png"))
    page.close()


def test_web_browser_views_render(browser, tmp_path_factory, shots):
    """Dyad chart, network, incident and article views on hand-made records (no spaCy)."""
    markup = '<img src=x onerror="document.title=1"><script>document.title=2</script> Russia met Iran.'
    hostile = Article(id="x.html", text=markup, raw=markup, source_sha="x", title="<b>bold</b>")
    db = build(tmp_path_factory.mktemp("views") / "small.duckdb", [*small_articles(), hostile])
    with serve_in_thread(db) as base:
        page = browser.new_page()
        _open(page, base + "/#/dyad?a=USA&b=RUS&by=month")
        assert len(page.query_selector_all("svg.chart g.bar")) == 2
        assert page.query_selector("svg.chart path.gline")
        page.screenshot(path=str(shots / "dyad.png"))
        _open(page, base + "/#/network")
        assert len(page.query_selector_all("#network path.edge")) == 3
        _open(page, base + "/#/incident/inc-strike")
        assert len(page.query_selector_all("#event-table tr.event-row")) == 2
        _open(page, base + "/#/article/a1.txt")
        assert page.inner_text("details.removed").count("Subscribe to our newsletter!") == 1
        assert "Subscribe" not in page.inner_text("#article-text")
        _open(page, base + "/#/article/x.html")  # article text is shown as text, never as markup
        assert page.inner_text("#article-text") == markup and page.inner_text("h2") == "<b>bold</b>"
        assert not page.query_selector("#article-text img, #article-text script, h2 b") and page.title() == "eventwire"
        page.close()


def test_web_browser_first_paint_on_10k_events(browser, tmp_path_factory, shots):
    db = build(tmp_path_factory.mktemp("perf") / "10k.duckdb", synthetic_articles(10_000))
    with serve_in_thread(db) as base:
        page = browser.new_page()
        _open(page, base + "/")
        page.wait_for_timeout(200)  # let the first-render mark (next animation frame) land
        timing = page.evaluate("""() => ({
            fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime,
            rendered: (performance.getEntriesByName('events-rendered')[0] || {}).startTime,
            rows: document.querySelectorAll('#event-table tr.event-row').length,
            info: document.querySelector('#page-info').textContent })""")
        page.screenshot(path=str(shots / "10k.png"))
        page.close()
    print(f"\n10k events: first-contentful-paint {timing['fcp']:.0f} ms, "
          f"events table rendered {timing['rendered']:.0f} ms ({timing['rows']} rows, {timing['info']})")
    assert timing["rows"] == 50 and timing["info"] == "1–50 of 10,000"
    assert timing["fcp"] < 1000 and timing["rendered"] < 1000
