"""End to end in headless Chromium (Debian's, driven by Playwright; never `playwright install`): a reader follows
a story from its timeline to an event and lands on its evidence sentence in each language — in the served web
interface and in the report opened from disk. Hostile markup stays text in both.

Skipped when /usr/bin/chromium or playwright is missing, unless NEWSLOOM_REQUIRE_BROWSER=1 (set by .ci/run),
then it fails. A failing test leaves a screenshot in tests/artifacts/.
"""
from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import hostile_record, run_cli
from newsloom.web.report import read_data

CHROMIUM = os.environ.get("NEWSLOOM_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-dev-shm-usage",  # a small /dev/shm (containers) crashes tabs; Debian's launcher check can miss it
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (Python) is not installed"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    why = _missing()
    if why:
        if os.environ.get("NEWSLOOM_REQUIRE_BROWSER") == "1":
            pytest.fail(why)
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1200, "height": 900})
        context.set_default_timeout(10_000)
        yield context
        context.close()


@pytest.fixture
def page(browser, request):
    pg = browser.new_page()
    problems: list[str] = []
    dialogs: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(str(exc)))

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.problems, pg.dialogs = problems, dialogs
    failed = request.session.testsfailed
    yield pg
    if request.session.testsfailed > failed:
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    pg.close()


@pytest.fixture(scope="module")
def server(web_store):
    import uvicorn

    from newsloom.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(web_store, allowed_hosts=["127.0.0.1"]), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def report_file(web_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("report-browser") / "report.html"
    res = run_cli("report", "--db", web_store, "-o", out)
    assert res.returncode == 0, res.stderr
    return out


def _in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""")


def _check_evidence(page, sentence: str):
    target = page.locator("mark.ev.target").first
    target.wait_for(state="visible")
    assert _in_viewport(page, "mark.ev.target")
    marked = page.eval_on_selector_all("mark.ev.target", "els => els.map(e => e.textContent).join('')")
    assert " ".join(sentence.split()) in " ".join(marked.split())


def test_served_story_timeline_event_evidence_in_each_language(page, server):
    page.goto(server + "/stories")
    page.locator("table.list a").first.click()
    page.wait_for_url(re.compile(r"/stories/"))
    assert page.locator("svg.timeline a.dot").count() > 0
    # the event of the story reported in the most languages, reached from its dot on the timeline
    # (the page itself may not fetch: its CSP forbids it; the JSON twin is read beside it)
    api = server + "/api" + page.url[len(server):] + "?per_page=100"
    story = page.request.get(api).json()
    events = sorted(story["events"], key=lambda e: (-len(e["langs"]), e["id"]))
    dated = [e for e in events if e.get("date")]
    pick = dated[0] if dated and len(dated[0]["langs"]) >= len(events[0]["langs"]) else events[0]
    dot = page.locator(f'svg.timeline a.dot[href="/events/{pick["id"]}"]')
    if dot.count():
        dot.first.click()
    else:  # an undated event: from the list under the timeline
        page.locator(f'.days a[href="/events/{pick["id"]}"]').first.click()
    page.wait_for_url(re.compile(r"/events/"))
    page.locator("dl.facts").wait_for()
    reports = page.locator(".card.report")
    n = reports.count()
    assert n >= 1
    langs = set()
    for i in range(n):
        card = page.locator(".card.report").nth(i)
        langs.add(card.locator(".badge.lang").first.inner_text().strip().lower())
        sentence = card.locator("blockquote.evidence").first.inner_text().replace("in context →", "").strip()
        card.locator("a.in-context").first.click()
        page.wait_for_url(re.compile(r"/articles/.*#s-\d+-\d+$"))
        _check_evidence(page, sentence)
        page.go_back()
        page.locator(".card.report").first.wait_for()
    assert len(langs) == len(pick["langs"])
    assert not page.problems and not page.dialogs


def test_report_from_disk_story_timeline_event_evidence(page, report_file):
    page.goto(report_file.as_uri())
    page.locator("li.story a").first.click()
    page.locator("svg.timeline").wait_for()
    assert page.locator("svg.timeline a.dot").count() > 0
    page.locator("svg.timeline a.dot").first.click()
    page.locator("dl.facts").wait_for()
    assert re.search(r"#/event/\d+$", page.url)
    cards = page.locator(".card.report")
    for i in range(cards.count()):
        card = page.locator(".card.report").nth(i)
        sentence = card.locator("blockquote.evidence").first.inner_text().replace("in context →", "").strip()
        card.locator("a.in-context").first.click()
        page.locator(".article-text").wait_for()
        _check_evidence(page, sentence)
        page.go_back()
        page.locator(".card.report").first.wait_for()
    # the event reported in the most languages: every language's evidence is one click away
    d = read_data(report_file.read_text(encoding="utf-8"))
    langs_of = [len({d["articles"][ai]["l"] for ai, _, _ in v.get("e", [])}) for v in d["events"]]
    best = max(range(len(langs_of)), key=lambda i: (langs_of[i], -i))
    assert langs_of[best] >= 2
    page.goto(report_file.as_uri() + f"#/event/{best}")
    page.locator(".card.report").first.wait_for()
    seen = set()
    for i in range(page.locator(".card.report").count()):
        card = page.locator(".card.report").nth(i)
        seen.add(card.locator(".badge.lang").first.inner_text().strip().lower())
        card.locator("a.in-context").first.click()
        page.locator("mark.ev.target").first.wait_for()
        assert _in_viewport(page, "mark.ev.target")
        page.go_back()
        page.locator(".card.report").first.wait_for()
    assert len(seen) == langs_of[best]
    assert not page.problems and not page.dialogs


def test_hostile_article_is_inert_in_the_browser(page, server, report_file):
    rec = hostile_record()
    page.goto(server + "/articles/" + quote(rec["id"], safe=""))
    body = page.locator(".article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in body and "</textarea>" in body
    assert page.locator("h1").inner_text() == rec["title"]
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 0 and page.locator(".article-text img, .article-text svg").count() == 0
    page.goto(server + "/search?q=pwned")
    assert page.evaluate("typeof window.__pwned") == "undefined"

    d = read_data(report_file.read_text(encoding="utf-8"))
    idx = [a["id"] for a in d["articles"]].index(rec["id"])
    page.goto(report_file.as_uri() + f"#/article/{idx}")
    page.locator(".article-text").wait_for()
    body = page.locator(".article-text").inner_text()
    assert "<img src=x onerror=" in body and "<!-- like this -->" in body
    assert page.locator("h1").inner_text() == rec["title"]
    assert page.locator(".article-text img, .article-text svg, .article-text script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    for view in ("#/articles", "#/entities", "#/events"):
        page.goto(report_file.as_uri() + view)
        page.locator("main h1").wait_for()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not page.dialogs and not page.problems


def test_report_says_so_when_the_browser_cannot_unpack_it(browser, report_file):
    """A browser without DecompressionStream gets a clear message (and the way out), not a blank page."""
    pg = browser.new_page()
    try:
        pg.add_init_script("delete window.DecompressionStream;")
        pg.goto(report_file.as_uri())
        problem = pg.locator("main p.problem")
        problem.wait_for()
        text = problem.inner_text()
        assert "DecompressionStream" in text and "newsloom report --uncompressed" in text
        assert pg.locator("li.story").count() == 0
    finally:
        pg.close()
