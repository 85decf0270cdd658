"""End-to-end: the web UI in headless Chromium (Debian's, driven by Playwright; nothing is downloaded).

The server runs on a free loopback port in a thread over a database built
from hand-made records (``liaison.web.sample``). Screenshots go to
``artifacts/screenshots/``. Skipped when Chromium or Playwright is missing.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

CHROMIUM = os.environ.get("LIAISON_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)

from liaison.web.app import create_app  # noqa: E402
from liaison.web.sample import build_db  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_db(tmp_path_factory.mktemp("web") / "kb.db")
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except Exception as exc:  # noqa: BLE001 - a broken browser install is a skip, not a failure
            pytest.skip(f"Chromium at {CHROMIUM} does not start: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1360, "height": 900}, locale="en-US")
    pg = ctx.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    ctx.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_home(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Exchanges between governments"
    assert "4" in page.locator(".stats li").first.inner_text()
    shot(page, "home")
    assert page.errors == []


def test_article_highlights_and_evidence(server, page):
    page.goto(server + "/article/zh-jilin-tianjin")
    persons = page.locator("#article-text .ent-person")
    assert persons.count() == 4
    assert "Wang Lixin" in persons.first.get_attribute("title")
    assert "王立新" in persons.first.get_attribute("title")
    assert page.locator("#article-text .ent-region").count() >= 2
    date = page.locator("#article-text .ent-date").first
    assert date.get_attribute("title") == "date: 2023-11-06"
    # the JavaScript (served as a file, allowed by the CSP) highlights an event's evidence
    page.locator(".ev-toggle[data-ev='e3']").click()
    hl = page.locator("#article-text .ev.hl")
    assert hl.count() >= 1 and "签署" in "".join(hl.all_inner_texts())
    assert page.locator("#ev-e3.active").count() == 1
    shot(page, "article")
    assert page.errors == []


def test_mixed_article_shows_language_runs(server, page):
    page.goto(server + "/article/mixed-tianjin-changchun")
    assert page.locator("#article-text .lang-zh").count() >= 1
    assert page.locator("#article-text .lang-en").count() >= 1
    names = [t for t in page.locator("#article-text .ent-person").all_inner_texts()]
    assert "张北方" in names and "Zhang Beifang" in names
    shot(page, "article-mixed")
    page.locator("#show-runs").uncheck()
    assert "runs-on" not in page.locator("#article-text").get_attribute("class")
    assert page.errors == []


def test_hostile_article_is_inert(server, page):
    page.goto(server + "/article/html-attack")
    text = page.locator("#article-text").inner_text()
    assert "<script>" in text and "onerror=" in text
    assert page.title() != "pwned"
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.locator("h1").inner_text().startswith("<img")
    assert page.errors == []


def test_events_filter(server, page):
    page.goto(server + "/events")
    assert page.locator("table.events tbody tr").count() == 12
    page.select_option("select[name=type]", "agreement")  # app.js submits on change
    page.wait_for_url("**type=agreement**")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 3
    page.select_option("select[name=field]", "logistics")
    page.wait_for_url("**field=logistics**")
    assert page.locator("table.events tbody tr").count() == 1
    assert "Logistics Corridor Agreement" in page.locator("table.events").inner_text()
    page.goto(server + "/events?date_from=2023-11-01&date_to=2024-03-31")
    shot(page, "events")
    assert page.locator("table.events tbody tr").count() == 8
    page.locator("table.events tbody tr a[href^='/article/']").first.click()
    assert "/article/" in page.url
    assert page.errors == []


def test_person_page(server, page):
    page.goto(server + "/people")
    page.get_by_role("link", name="王立新").first.click()
    assert "Wang Lixin" in page.locator("h1").inner_text()
    positions = page.locator("section", has_text="Positions over time").locator("tbody tr")
    assert positions.count() == 2  # party secretary (2023), then governor (2024)
    assert "2023-11-08" in positions.nth(0).inner_text() and "省长" in positions.nth(1).inner_text()
    items = page.locator(".timeline .tl-item")
    assert items.count() == 4
    assert items.first.locator(".tl-date").inner_text().startswith("2023-11-06")
    shot(page, "person")
    assert page.errors == []


def test_region_and_network(server, page):
    page.goto(server + "/region/220000")
    assert "Jilin" in page.locator("h1").inner_text()
    assert page.locator("text=Tianjin").count() >= 1
    shot(page, "region")
    page.goto(server + "/network")
    svg = page.locator(".network svg")
    assert svg.locator("circle").count() == 5  # Jilin, Tianjin, Changchun, Hainan, Ha Giang
    assert svg.locator("path.edge").count() == 5
    shot(page, "network")
    page.select_option("select[name=year]", "2024")
    page.wait_for_url("**year=2024**")
    assert page.locator(".network svg path.edge").count() == 4  # the 2023 visit and agreement are gone
    with page.expect_download() as dl:
        page.get_by_text("Download SVG").click()
    path = dl.value.path()
    assert Path(path).read_text("utf-8").startswith("<svg")
    assert dl.value.suggested_filename == "liaison-network-2024.svg"
    assert page.errors == []


def test_search(server, page):
    page.goto(server + "/")
    page.fill("header input[name=q]", "Haikou")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Haikou")
    hits = page.locator("ol.hits li")
    assert hits.count() == 1 and "Ha Giang" in hits.first.inner_text()
    page.goto(server + "/search?q=王立新")
    assert "Wang Lixin" in page.locator("main ul").first.inner_text()
    assert page.locator("ol.hits li").count() == 2
    shot(page, "search")
    assert page.errors == []


def test_extract_box(server, page):
    page.goto(server + "/extract")
    page.fill("textarea[name=text]", "2024年1月5日，海南省代表团访问越南。\nThe delegation visited Hanoi on January 5.")
    page.fill("input[name=published]", "2024-01-06")
    assert "characters" in page.locator("#char-count").inner_text()
    page.locator("form.extract button").click()
    page.wait_for_load_state()
    assert page.locator("section.record h2").inner_text() == "Record"
    page.locator("section.record details summary").click()
    assert '"schema_version": "1"' in page.locator("pre.json").inner_text()
    assert page.locator("#article-text .lang-en").count() >= 1
    dates = page.locator("#article-text .ent-date")
    assert "date: 2024-01-05" in [dates.nth(i).get_attribute("title") for i in range(dates.count())]
    shot(page, "extract")
    assert page.errors == []
