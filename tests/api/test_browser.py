"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

Clicks overview → events → article view and checks the highlighted spans against the API;
renders the actor and claims pages; every page must log no console error and send no request
beyond 127.0.0.1. Screenshots of each page go to ``<pytest basetemp>/screenshots/``.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs, urlparse

import pytest

from sitrep.store.queries import actor_key

CHROMIUM = "/usr/bin/chromium"

pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; "
        "`make install` does) to run the browser tests",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory):
    return tmp_path_factory.getbasetemp() / "screenshots"


class Watched:
    """A page whose console errors and off-host requests are recorded (the latter aborted)."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1366, "height": 860})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def _route(self, route) -> None:
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def goto(self, path: str) -> None:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path

    def shot(self, folder, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    def check_clean(self) -> None:
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.outside == [], f"requests leaving localhost: {self.outside}"
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"


@pytest.fixture
def watched(browser, live_server):
    w = Watched(browser, live_server)
    yield w
    w.context.close()


def test_overview_to_event_to_article_view(watched, client, shots):
    page = watched.page
    watched.goto("/")
    assert page.locator("h1").inner_text() == "Situation overview"
    assert page.locator("svg.chart rect").count() >= 5  # days x quad classes of the demo
    assert page.locator("svg.map circle").count() >= 1  # Geneva
    assert page.locator("#h-dyads + table tbody tr").count() >= 1
    watched.shot(shots, "1-overview")

    # a bar of the chart opens that day's events of that quad class
    page.locator("svg.chart a").first.click()
    page.wait_for_url("**/events?**")
    query = parse_qs(urlparse(page.url).query)
    assert query["since"] == query["until"]
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    watched.shot(shots, "2-events")

    # its first event opens the article view
    rows.first.locator("a.open").click()
    page.wait_for_url("**/articles/**")
    article_id = urlparse(page.url).path.rsplit("/", 1)[1]
    event_id = parse_qs(urlparse(page.url).query)["event"][0]
    event = client.get(f"/api/events/{article_id}-{event_id}").json()
    article = client.get(f"/api/articles/{article_id}").json()
    watched.shot(shots, "3-article")

    trigger = page.locator("#article-text mark.hl-trigger")
    assert "".join(trigger.all_inner_texts()) == event["trigger"]["text"]
    for role in ("actor", "recipient"):
        marks = page.locator(f"#article-text mark.hl-{role}")
        if event[role]:
            assert marks.count() >= 1, role
            names = {m.lower() for m in marks.all_inner_texts()}
            mentions = {
                m["text"].lower()
                for a in article["dispatch"]["actors"]
                if a["id"] in [p["id"] for p in event[role]]
                for m in a["mentions"]
            }
            assert names <= mentions, (role, names, mentions)
        else:
            assert marks.count() == 0
    if event["attribution"]:
        claim = next(
            a for a in article["dispatch"]["attributions"] if a["id"] == event["attribution"]["id"]
        )
        cue = page.locator("#article-text mark.hl-cue")
        assert claim["cue"]["text"] in "".join(cue.all_inner_texts())
        assert page.locator("ol.chain li").count() >= 2  # the outlet, then who says so
    # the text shown is the article text, whole
    assert page.locator("#article-text").inner_text().strip() == article["text"].strip()
    watched.check_clean()


def test_actor_page(watched, shots):
    watched.goto(f"/actors/{actor_key('Kestria')}")
    page = watched.page
    assert page.locator("h1").inner_text() == "Kestria"
    assert page.locator("svg.chart rect").count() >= 1
    assert page.locator("#h-counter + table tbody tr").count() >= 1
    assert "deny" in page.locator("#h-said + table").inner_text()
    watched.shot(shots, "4-actor")
    watched.check_clean()


def test_claims_page(watched, shots):
    watched.goto("/claims")
    page = watched.page
    pairs = page.locator("#h-contested ~ .pair")
    assert pairs.count() >= 1
    rejected = page.locator(".claim.rejected .badge").all_inner_texts()
    assert rejected and set(rejected) <= {"deny", "dispute"}
    assert page.locator(".claim.claimed").count() >= 1  # at least one claim found for a denial
    watched.shot(shots, "5-claims")
    # a rejection opens its claim in the article view with cue and content highlighted
    page.locator(".claim.rejected a").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#article-text mark.hl-cue").count() >= 1
    assert page.locator("#article-text mark.hl-content").count() >= 1
    watched.check_clean()


def test_hostile_article_shows_markup_as_text(watched, hostile_id, shots):
    watched.goto(f"/articles/{hostile_id}")
    page = watched.page
    text = page.locator("#article-text").inner_text()
    assert '<script>window.__pwned = 1; alert("x")</script>' in text
    assert "<img src=x" in text
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert "<i>Hostile</i> markup" in page.locator("h1").inner_text()
    watched.shot(shots, "6-hostile-article")
    watched.check_clean()


def test_filters_stay_in_the_url_and_keyboard_reaches_them(watched):
    watched.goto("/")
    page = watched.page
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to content"
    page.select_option("#f-event", "ASSAULT")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/?**event=ASSAULT**")
    assert page.locator("#f-event").input_value() == "ASSAULT"
    for label in ("From", "To", "Event type", "Quad class", "Modality", "Outlet", "Text contains"):
        assert page.get_by_label(label, exact=True).count() == 1, label
    watched.check_clean()
