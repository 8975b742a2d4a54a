"""The web page, in headless Chromium (Debian's chromium, driven by Playwright)."""
import shutil
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def page(server):
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed (.ci/run installs it)"
    assert (ROOT / "web" / "node_modules" / "leaflet").exists(), "run `npm ci` in web/ (.ci/run does)"
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.errors = errors
        yield pg
        browser.close()


def _loaded(pg, url):
    pg.goto(url)
    pg.wait_for_selector("body[data-loaded=true]", state="attached", timeout=30000)


def test_map_shows_the_events_and_a_filter_changes_the_table(server, page):
    _loaded(page, server + "/")
    page.wait_for_timeout(500)
    rows = page.locator("#events tbody tr").count()
    assert rows >= 20
    # every placed event is on the map, alone or inside a cluster
    singles = page.locator(".event-marker").count()
    clustered = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    import json
    import urllib.request
    with urllib.request.urlopen(server + "/api/export.geojson") as r:
        placed = len(json.load(r)["features"])
    assert singles + clustered == placed > 0
    assert page.locator("#timeline rect.bar").count() >= 5
    page.select_option("select[name=country]", "Syria")
    page.click("button[type=submit]")
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length < {rows}")
    places = page.locator("#events tbody tr td:nth-child(3)").all_inner_texts()
    assert places and all(p.endswith("Syria") for p in places)
    assert "country=Syria" in page.locator("#x-csv").get_attribute("href")
    assert page.errors == []


def test_event_page_shows_highlighted_evidence(server, page, tmp_path):
    import json
    import urllib.request
    with urllib.request.urlopen(server + "/api/events?sort=sources&limit=1") as r:
        ev = json.load(r)["items"][0]
    _loaded(page, server + "/event/" + ev["event_id"])
    cards = page.locator("article.source")
    assert cards.count() >= 2
    marks = page.locator(".source-text mark").all_inner_texts()
    assert marks and all(len(m) > 20 for m in marks)
    assert ev["sub_event_type"] in page.locator("h1").last.inner_text()
    page.screenshot(path=str(tmp_path / "event-page.png"), full_page=True)
    assert page.errors == []


def test_main_page_renders_a_map(server, page, tmp_path):
    """The screenshot is not blank: the basemap and the markers are drawn (the one in
    docs/img/main-page.png is taken the same way)."""
    _loaded(page, server + "/")
    page.wait_for_timeout(500)
    shot = tmp_path / "main-page.png"
    page.locator("#map").screenshot(path=str(shot))
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 50   # country outlines
    assert shot.stat().st_size > 20000
