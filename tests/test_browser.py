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
    assert page.locator(".stats li").first.inner_text().startswith("5")
    assert "12" in page.locator(".stats li").nth(1).inner_text() and "15 reports" in page.locator(".stats li").nth(1).inner_text()
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
    assert date.inner_text() == "11月6日至7日" and date.get_attribute("title") == "date: 2023-11-06 to 2023-11-07"
    # the JavaScript (served as a file, allowed by the CSP) highlights an event's evidence
    page.locator(".ev-toggle[data-ev='e3']").click()
    hl = page.locator("#article-text .ev.hl")
    assert hl.count() >= 1 and "签署" in "".join(hl.all_inner_texts())
    assert page.locator("#ev-e3.active").count() == 1
    shot(page, "article")
    # each event of the record links to the resolved event it belongs to
    page.locator("#ev-e1 a.resolved").click()
    page.wait_for_url("**/event/*")
    assert "reported by 2 articles" in page.locator("p.meta").inner_text()
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


def facet(page, name: str):
    return page.locator(f".facet[data-facet='{name}'] li")


def test_events_facets_filters_and_twins(server, page):
    page.goto(server + "/events")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 12
    assert facet(page, "type").count() == 4 and facet(page, "type").first.inner_text().split() == ["meeting", "4"]
    facet(page, "type").filter(has_text="agreement").locator("a").click()
    page.wait_for_url("**type=agreement**")
    assert page.locator("table.events tbody tr").count() == 3
    facet(page, "province").filter(has_text="Jilin").locator("a").click()
    page.wait_for_url("**province=220000**")
    assert page.locator("table.events tbody tr").count() == 2  # filters combine in the URL
    assert facet(page, "type").filter(has_text="agreement").get_attribute("class") == "selected"
    shot(page, "events-facets")
    # the JSON and CSV links carry the same filters
    json_href = page.locator("a.json-link").get_attribute("href")
    assert json_href == "/api/events?type=agreement&province=220000"
    body = page.request.get(server + json_href).json()
    assert body["events"]["total"] == 2
    csv_text = page.request.get(server + page.locator("a.csv-link").get_attribute("href")).text()
    assert csv_text.splitlines()[0].startswith("event,type,type_label,start") and len(csv_text.splitlines()) == 3
    # sorting by reports, then the other way
    page.goto(server + "/events")
    page.get_by_role("link", name="Reports").click()
    page.wait_for_url("**sort=sources**")
    page.locator("a.sort.sorted").click()
    page.wait_for_url("**sort=-sources**")
    assert page.locator("table.events tbody tr").first.locator("a.reports").inner_text() == "2"
    page.goto(server + "/events?date_from=2023-11-01&date_to=2024-03-31")
    shot(page, "events")
    assert page.locator("table.events tbody tr").count() == 8
    page.goto(server + "/events?limit=5")
    assert page.locator("table.events tbody tr").count() == 5
    page.get_by_role("link", name="next →").click()
    page.wait_for_url("**offset=5**")
    assert "6–10 of 12" in page.locator(".pager").inner_text()
    assert page.errors == []


def test_resolved_event_page(server, page):
    page.goto(server + "/events?type=visit&year=2023")
    page.locator("table.events tbody tr a.reports").first.click()
    page.wait_for_url("**/event/*")
    reports = page.locator("ol.reports > li")
    assert reports.count() == 2
    assert "来津考察" in reports.nth(0).locator("blockquote.evidence").inner_text()
    assert "visited Tianjin" in reports.nth(1).locator("blockquote.evidence").inner_text()
    assert reports.nth(1).locator(".ent-person").first.inner_text() == "Wang Lixin"
    people = page.locator("table.participants tbody tr")
    assert people.count() == 2 and "leader" in people.first.inner_text()
    shot(page, "event")
    page.locator("table.participants a.person").first.click()
    page.wait_for_url("**/person/*")
    assert "Wang Lixin" in page.locator("h1").inner_text()
    assert page.errors == []


def test_person_page(server, page):
    page.goto(server + "/people")
    assert facet(page, "role").count() == 2
    page.get_by_role("link", name="王立新").first.click()
    assert "Wang Lixin" in page.locator("h1").inner_text()
    positions = page.locator("table.positions tbody tr")
    assert positions.count() == 3  # party secretary (2023, reported twice), then governor (2024)
    assert "8 November 2023" in positions.nth(0).inner_text() and "省长" in positions.nth(2).inner_text()
    items = page.locator(".timeline .tl-item")
    assert items.count() == 4
    assert items.first.locator(".tl-date").inner_text() == "6–7 November 2023"
    assert "2 reports" in items.first.inner_text()
    shot(page, "person")
    page.goto(page.url + "?limit=2")
    assert page.locator(".timeline .tl-item").count() == 2 and "1–2 of 4" in page.locator(".pager").inner_text()
    assert page.errors == []


def test_region_page(server, page):
    page.goto(server + "/region/220000")
    assert "Jilin" in page.locator("h1").inner_text()
    assert page.locator("ul.partners li").first.inner_text().startswith("天津市 Tianjin")
    assert page.locator("table.events tbody tr").count() == 7  # Changchun's visit too
    facet(page, "type").filter(has_text="visit").locator("a").click()
    page.wait_for_url("**type=visit**")
    assert page.locator("table.events tbody tr").count() == 2
    page.goto(server + "/region/220000")
    shot(page, "region")
    assert page.errors == []


def test_network(server, page):
    page.goto(server + "/network")
    svg = page.locator(".network svg")
    assert svg.locator("circle").count() == 5  # Jilin (with Changchun), Tianjin, Hainan, Ha Giang, Vietnam
    assert svg.locator(".legend-type").count() == 4 and svg.locator(".legend-field").count() >= 3
    shot(page, "network")
    page.locator("#network-filters input[name=type][value=visit]").check()  # app.js submits on change
    page.wait_for_url("**type=visit**")
    assert page.locator(".network svg path.edge").count() == 3
    page.locator("#network-filters input[name=year][value='2024']").check()
    page.wait_for_url("**year=2024**")
    assert page.locator(".network svg path.edge").count() == 2  # the 2023 visit is gone
    with page.expect_download() as dl:
        page.get_by_text("Download SVG").click()
    path = dl.value.path()
    assert Path(path).read_text("utf-8").startswith("<svg")
    assert dl.value.suggested_filename == "liaison-network-2024-visit.svg"
    page.locator(".network svg a[href='/region/460000']").click()
    page.wait_for_url("**/region/460000")
    assert page.errors == []


def test_map(server, page):
    page.goto(server + "/map")
    svg = page.locator(".map svg")
    assert svg.locator("circle").count() == 5
    assert svg.locator("line.grid").count() >= 4 and "GeoNames" in svg.locator("text.credit").text_content()
    assert svg.locator("path.edge").count() >= 5
    shot(page, "map")
    svg.locator("a[href='/region/220000'] circle").click()
    page.wait_for_url("**/region/220000")
    assert page.errors == []


def test_search(server, page):
    page.goto(server + "/")
    page.fill("header input[name=q]", "Haikou")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Haikou")
    hits = page.locator("ol.hits li")
    assert hits.count() == 1 and "Ha Giang" in hits.first.inner_text()
    assert hits.first.locator("mark").first.inner_text().lower() == "haikou"
    page.goto(server + "/search?q=吉林")
    assert page.locator("ul.hit-regions li").count() == 1 and page.locator("ul.hit-regions mark").inner_text() == "吉林"
    page.goto(server + "/search?q=Wang Lixin")
    assert page.locator("ul.hit-people li").count() == 1
    assert page.locator("ol.hits li").count() == 1  # the English report names him so
    page.goto(server + "/search?q=王立新")
    assert "Wang Lixin" in page.locator("ul.hit-people").inner_text()
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
    assert "?" not in page.locator("section.record ul.people").inner_text()
    shot(page, "extract")
    assert page.errors == []
