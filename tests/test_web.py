"""newsloom serve: every route through FastAPI's TestClient, over the demo corpus plus a hostile article built
through the real pipeline (conftest.web_store)."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsloom import export, graph, store
from newsloom.web import data, style
from newsloom.web.app import create_app

from conftest import hostile_record


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, d):
        self.text.append(d)


def parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def assert_inert(html: str) -> _Tags:
    """No script, no event-handler attribute, no javascript: link, no stray textarea in a served page."""
    p = parse(html)
    for tag, attrs in p.tags:
        assert tag not in ("script", "iframe", "object", "embed", "textarea", "img"), tag
        for k, v in attrs.items():
            assert not k.lower().startswith("on"), (tag, k, v)
            if k in ("href", "src", "action", "xlink:href"):
                assert not (v or "").strip().lower().startswith(("javascript:", "data:", "vbscript:")), (tag, k, v)
    return p


def api_json(client, path):
    r = client.get("/api" + path)
    assert r.status_code == 200, (path, r.text[:300])
    return r.json()


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture(scope="module")
def client(web_store):
    return TestClient(create_app(web_store))


@pytest.fixture(scope="module")
def ids(client):
    """One id of each kind, read through the API as a user would click through."""
    story = api_json(client, "/stories")["stories"][0]["id"]
    st = api_json(client, "/stories/" + quote(story, safe=":"))
    multi = [e for e in api_json(client, "/events?per_page=100")["events"] if len(e["langs"]) > 1]
    event = multi[0]["id"]
    ev = api_json(client, "/events/" + quote(event, safe=":"))
    return {"story": story, "story_event": st["events"][0]["id"], "event": event,
            "article": ev["reports"][0]["article"]["id"], "entity": api_json(client, "/entities")["entities"][0]["id"]}


PAGES = ["/", "/stories", "/events", "/events?type=CONSULT", "/entities", "/entities?type=PERSON", "/articles",
         "/articles?lang=fr", "/discrepancies", "/network", "/search?q=geneve", "/search?q=Kostadin&kind=entity",
         "/search?q=gen&kind=article&lang=fr", "/search"]


@pytest.mark.parametrize("path", PAGES)
def test_every_list_page_and_its_json_twin(client, path):
    html = client.get(path)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert_inert(html.text)
    twin = client.get("/api" + (path if path != "/" else "/overview"))
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
    body = twin.json()
    assert isinstance(body, dict) and body
    if "pagination" in body:
        assert body["pagination"]["per_page"] <= data.MAX_PER_PAGE
    # the footer links the page to its twin
    assert ('href="/api' + (path if path != "/" else "/overview")).replace("&", "&amp;") in html.text


def test_object_pages_follow_a_story_to_its_evidence(client, ids):
    st = api_json(client, "/stories/" + quote(ids["story"], safe=":"))
    assert st["timeline"]["dots"], "the demo story has dated events to draw"
    page = client.get("/stories/" + quote(ids["story"], safe=":"))
    assert page.status_code == 200 and '<svg class="timeline"' in page.text
    assert_inert(page.text)
    assert f'href="/events/{ids["story_event"]}"' in page.text  # timeline and list link to the events

    ev = api_json(client, "/events/" + ids["event"])
    assert len(ev["languages"]) >= 2, "an event reported in several languages"
    page = client.get("/events/" + ids["event"])
    assert_inert(page.text)
    for report in ev["reports"]:
        art = report["article"]
        for e in report["evidence"]:
            link = f'/articles/{quote(art["id"], safe=":~@!$()*+,;=")}?event={ids["event"]}#s-{e["start"]}-{e["end"]}'
            assert link.replace("&", "&amp;").replace("'", "&#39;") in page.text
            # the article page holds the anchor and marks that sentence as the target
            ap = client.get(link.split("#")[0])
            assert ap.status_code == 200
            assert f'id="s-{e["start"]}-{e["end"]}"' in ap.text and 'class="ev target"' in ap.text
    # the article's twin carries the same evidence spans, with the text they point at
    a = api_json(client, "/articles/" + quote(ids["article"], safe=":") + "?event=" + ids["event"])
    text = a["article"]["text"]
    targets = [s for s in a["spans"] if s["kind"] == "evidence" and s["target"]]
    assert targets and all(ids["event"] in s["events"] for s in targets)
    assert "".join(seg["text"] for seg in a["segments"]) == text


def test_entity_page_roles_events_and_network(client, ids):
    ent = api_json(client, "/entities/" + quote(ids["entity"], safe=":"))
    assert ent["entity"]["id"] == ids["entity"] and ent["counts"]["mentions"] > 0 and ent["articles"]
    assert_inert(client.get("/entities/" + quote(ids["entity"], safe=":")).text)
    people = api_json(client, "/entities?type=PERSON&per_page=100")["entities"]
    with_roles = [p for p in people if api_json(client, "/entities/" + p["id"])["entity"]["roles"]]
    assert with_roles, "the demo names ministers"
    roles = api_json(client, "/entities/" + with_roles[0]["id"])["entity"]["roles"]
    assert all(r["title"] for r in roles)
    net = api_json(client, "/network")
    assert net["nodes"] and net["edges"]
    names = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in names and e["target"] in names for e in net["edges"])
    assert all(0 <= n["x"] <= net["width"] and 0 <= n["y"] <= net["height"] for n in net["nodes"])
    assert api_json(client, "/network") == net  # a deterministic layout
    svg = client.get("/network").text
    assert "<svg" in svg and svg.count("<circle") == len(net["nodes"])


def test_search_is_accent_and_case_insensitive_across_languages(client):
    plain = api_json(client, "/search?q=geneve&kind=article")
    accented = api_json(client, "/search?q=GEN%C3%88VE&kind=article")
    assert plain["articles"] and [a["id"] for a in plain["articles"]] == [a["id"] for a in accented["articles"]]
    assert any(a["lang"] == "fr" for a in plain["articles"])
    hits = [p["text"] for a in plain["articles"] for p in a["snippet"] if p["hit"]]
    assert hits and all(h.lower().replace("è", "e").startswith("geneve") for h in hits)
    fr = api_json(client, "/search?q=geneve&kind=article&lang=fr")
    assert fr["articles"] and all(a["lang"] == "fr" for a in fr["articles"])
    # entity names and aliases, and event summaries
    ents = api_json(client, "/search?q=kostadin&kind=entity")
    assert any(o["kind"] == "entity" and "Kostadin" in o["name"] for o in ents["objects"])
    events = api_json(client, "/search?q=consult&kind=event")
    assert events["objects"] and all(o["kind"] == "event" for o in events["objects"])
    # words FTS5 would read as syntax are searched as words, never an error
    for q in ['"', "AND OR NOT", "geneve*", "a:b", "(", "NEAR(x y)", "'; DROP TABLE articles; --", "é" * 300]:
        r = client.get("/api/search", params={"q": q[:200]})
        assert r.status_code == 200, q
    assert client.get("/api/search", params={"q": "x" * 201}).status_code == 422


def test_search_beyond_the_ranking_limit_lists_newest_first(client, web_store, monkeypatch):
    """Past RANK_MAX matches the results are not ranked (bm25 over all would cost too much) but listed newest
    first, and the page says so; below it they are ranked. Counts and language filters stay exact."""
    con = store.connect(web_store, readonly=True)
    ranked = data.search(con, "kostadin", "article", per=100)
    assert ranked["ranked"] and ranked["pagination"]["total"] >= 3
    monkeypatch.setattr(data, "RANK_MAX", 2)
    newest = data.search(con, "kostadin", "article", per=100)
    assert not newest["ranked"] and newest["pagination"]["total"] == ranked["pagination"]["total"]
    seq = dict(con.execute("SELECT id, seq FROM articles"))
    got = [a["id"] for a in newest["articles"]]
    assert sorted(got) == sorted(a["id"] for a in ranked["articles"])
    assert [seq[i] for i in got] == sorted((seq[i] for i in got), reverse=True)
    fr = data.search(con, "kostadin", "article", lang="de", per=100)
    assert fr["pagination"]["total"] == sum(1 for a in ranked["articles"] if a["lang"] == "de") == len(fr["articles"])
    assert "shown newest first" in client.get("/search?q=kostadin").text
    con.close()


def test_hostile_article_renders_inert(client):
    rec = hostile_record()
    page = client.get("/articles/" + quote(rec["id"], safe=""))
    assert page.status_code == 200
    p = assert_inert(page.text)
    text = "".join(p.text)
    for needle in ("<script>window.__pwned = 1</script>", "onerror=\"window.__pwned = 2\"", "</textarea>",
                   "javascript:window.__pwned = 3", "<!-- like this -->", "</script><script>window.__pwned = 5"):
        assert needle in text, needle  # shown as text, exactly
    assert "<i>The Hostile Herald</i>" in text
    assert 'href="javascript:' not in page.text and "javascript:window.__pwned = 8" in text  # URL shown, not linked
    assert "&lt;script&gt;" in page.text
    # every page that lists it stays inert too
    for path in ["/articles", "/search?q=pwned", "/search?q=harbour+envoy", "/entities?per_page=100"]:
        assert_inert(client.get(path).text)
    found = api_json(client, "/search?q=pwned&kind=article")
    assert [a["id"] for a in found["articles"]] == [rec["id"]]
    for ev in api_json(client, "/articles/" + quote(rec["id"], safe=""))["events"]:
        assert_inert(client.get("/events/" + ev["id"]).text)


def test_security_headers_openapi_and_no_internet_docs(client):
    r = client.get("/stories")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp  # no script may run on a page
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    for p in ("/api/stories", "/api/stories/{story_id}", "/api/events/{event_id}", "/api/entities/{entity_id}",
              "/api/articles/{article_id}", "/api/discrepancies", "/api/search", "/api/network"):
        assert p in paths, p
    assert not any(not p.startswith("/api") for p in paths)  # HTML pages are not API
    docs = client.get("/docs", follow_redirects=True)
    assert docs.status_code == 200 and "cdn" not in docs.text.lower() and "<script" not in docs.text.lower()
    assert client.get("/redoc").status_code == 404
    listing = client.get("/api?format=json").json()
    assert {r["page"] for r in listing["routes"]} >= {"/stories", "/events/{event_id:path}", "/search"}


def test_unknown_ids_bad_parameters_and_path_traversal(client, web_store):
    for path in ["/stories/story:nope", "/events/event:nope", "/entities/person:nobody", "/articles/nope"]:
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.text or "nobody" in r.text
        assert client.get("/api" + path).json()["detail"].startswith("no ")
    r = client.get("/articles/" + quote("<script>alert(1)</script>", safe=""))
    assert r.status_code == 404 and "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    for path in ["/articles/../../../etc/passwd", "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/../app.py",
                 "/static/..%2fapp.py", "/static/newsloom.css/../../web.db"]:
        r = client.get(path)
        assert r.status_code == 404, path
        assert "root:" not in r.text and "create_app" not in r.text and "SQLite" not in r.text
    assert client.get("/static/newsloom.css").headers["content-type"].startswith("text/css")
    for bad in ["/api/stories?per_page=1000", "/api/stories?page=0", "/api/events?page=-1", "/api/entities?per_page=x"]:
        assert client.get(bad).status_code == 422, bad
    assert client.get("/stories?per_page=1000").headers["content-type"].startswith("text/html")
    p = api_json(client, "/articles?per_page=5&page=2")
    assert len(p["articles"]) == 5 and p["pagination"]["page"] == 2 and p["pagination"]["total"] == 23
    last = api_json(client, "/articles?per_page=5&page=99")
    assert last["articles"] == []


def test_store_is_only_read(client, web_store, ids):
    before = _digest(web_store)
    for path in PAGES + ["/stories/" + ids["story"], "/events/" + ids["event"], "/articles/" + ids["article"]]:
        client.get(path)
        client.get("/api" + (path if path != "/" else "/overview"))
    assert _digest(web_store) == before
    con = store.connect(web_store, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        con.execute("DELETE FROM articles")


def test_allowed_hosts_refuse_a_rebound_name(web_store):
    app = create_app(web_store, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/stories").status_code == 200
    assert TestClient(app, base_url="http://attacker.example").get("/stories").status_code == 400


def test_old_store_is_refused_with_a_clear_error(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript(store.MIGRATIONS[0])
    con.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
    con.commit()
    con.close()
    with pytest.raises(store.StoreError, match="newsloom build"):
        create_app(db)


def test_json_twin_is_the_page_data(client, ids):
    st = api_json(client, "/stories/" + ids["story"])
    page = client.get("/stories/" + ids["story"]).text
    for e in st["events"]:
        assert f'/events/{e["id"]}' in page
    for a in st["articles"]:
        assert f'/articles/{quote(a["id"], safe=":~@!$()*+,;=")}' in page
    assert json.loads(json.dumps(st)) == st


def test_entity_lists_page_through_everything_in_order(client, web_store):
    """An entity's events (by date) and articles (by mentions) come page by page; together the pages hold every
    event it takes part in and every article that mentions it, with the counts of the stored mentions."""
    con = store.connect(web_store, readonly=True)
    eid = con.execute("SELECT entity FROM mentions WHERE entity IS NOT NULL GROUP BY entity "
                      "ORDER BY count(DISTINCT article) DESC, entity LIMIT 1").fetchone()[0]
    first = api_json(client, f"/entities/{eid}?per_page=2")
    assert first["articles_pagination"]["total"] > 2 and first["pagination"]["total"] > 2
    events, articles = [], []
    for page in range(1, first["pagination"]["pages"] + 1):
        events += api_json(client, f"/entities/{eid}?per_page=2&page={page}")["events"]
    for page in range(1, first["articles_pagination"]["pages"] + 1):
        articles += api_json(client, f"/entities/{eid}?per_page=2&articles_page={page}")["articles"]
    want = {}
    for ev in export.iter_events(con):
        roles = {r for r, x in [("source", ev.get("source")), ("target", ev.get("target")),
                                ("location", ev.get("location"))] if x == eid}
        roles |= {"actor"} if eid in (ev.get("actors") or []) else set()
        if roles:
            want[ev["id"]] = sorted(roles)
    assert {e["id"]: e["as"] for e in events} == want and len(events) == len(want)
    keys = [style.date_key(e["date"]) or "9999" for e in events]
    assert keys == sorted(keys)
    per_article = dict(con.execute("SELECT article, count(*) FROM mentions WHERE entity=? GROUP BY article", (eid,)))
    assert {a["id"]: a["mentions"] for a in articles} == per_article
    assert [a["mentions"] for a in articles] == sorted((a["mentions"] for a in articles), reverse=True)
    assert first["counts"]["mentions"] == sum(per_article.values())
    page = client.get(f"/entities/{eid}?per_page=2")
    assert 'href="/entities/' + eid + '?per_page=2&amp;articles_page=2"' in page.text
    con.close()


def test_who_met_whom_is_the_graph_modules_network(client, web_store):
    """The network page, the entity pages' 'met' and the report count co-actors as graph.py (GraphML) does."""
    con = store.connect(web_store, readonly=True)
    net = graph.actor_network(con, set(data.MEETING_TYPES))
    named = {e for e, n in net.nodes.items() if n["type"] != "OTHER" and
             con.execute("SELECT 1 FROM entities WHERE id=?", (e,)).fetchone()}
    want = {(e.a, e.b): e.weight for e in net.edges if e.a in named and e.b in named}
    page = api_json(client, "/network")
    drawn = {(e["source"], e["target"]): e["weight"] for e in page["edges"]}
    assert drawn and all(want[k] == w for k, w in drawn.items())
    assert page == data.network(con)  # the layout stored by the index is the one computed live
    someone = max(net.nodes, key=lambda e: (net.nodes[e]["events"], e))
    met = {m["id"]: m["count"] for m in api_json(client, "/entities/" + someone)["met"]}
    assert met == {(e.b if e.a == someone else e.a): e.weight for e in net.edges if someone in (e.a, e.b)}
    con.close()


def test_each_page_reads_one_snapshot_and_releases_it(web_store, monkeypatch):
    """A page's queries run inside one read transaction (a build writing meanwhile cannot mix two states into
    one page), and the transaction ends with the request (the server never pins an old snapshot)."""
    seen = []
    real = data.overview

    def spy(con):
        seen.append(con.in_transaction)
        spy.con = con
        return real(con)

    monkeypatch.setattr(data, "overview", spy)
    client = TestClient(create_app(web_store))
    for path in ("/api/overview", "/"):
        assert client.get(path).status_code == 200
    assert seen == [True, True]
    assert not spy.con.in_transaction
