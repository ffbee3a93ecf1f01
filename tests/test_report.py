"""newsloom report: one self-contained HTML file; hostile text stays inert; evidence is cut from the article
text, never repeated."""
from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import re
import shutil
from html.parser import HTMLParser

import pytest

from newsloom import store
from newsloom.export import to_dict
from newsloom.web.report import read_data, script_json

from conftest import HOSTILE_TEXT, hostile_record, run_cli


class _Doc(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = [dict(attrs), ""]

    def handle_data(self, d):
        if self._in is not None:
            self._in[1] += d

    def handle_endtag(self, tag):
        if tag == "script" and self._in is not None:
            self.scripts.append(tuple(self._in))
            self._in = None


@pytest.fixture(scope="module", params=["packed", "plain"])
def report(request, web_store, tmp_path_factory):
    """The report as written by default (data packed) and with --uncompressed (plain JSON)."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    res = run_cli("report", "--db", web_store, "-o", out, *(["--uncompressed"] if request.param == "plain" else []))
    assert res.returncode == 0, res.stderr
    assert str(out) in res.stderr
    return out.read_text(encoding="utf-8")


def _block(html: str) -> tuple[dict, str, str]:
    """The data block: its attributes, its text as written, and the JSON it holds (decoded here, independently of
    the code under test: base64, then gzip)."""
    doc = _Doc()
    doc.feed(html)
    blocks = [(attrs, body) for attrs, body in doc.scripts if attrs.get("id") == "nl-data"]
    assert len(blocks) == 1
    attrs, body = blocks[0]
    if attrs.get("data-encoding") == "gzip+base64":
        assert attrs.get("type") == "application/octet-stream"
        assert re.fullmatch(r"[A-Za-z0-9+/=\n]+", body)
        return attrs, body, gzip.decompress(base64.b64decode("".join(body.split()))).decode("utf-8")
    assert attrs.get("type") == "application/json" and "data-encoding" not in attrs
    return attrs, body, body


def _data(html: str) -> dict:
    data = json.loads(_block(html)[2])
    assert read_data(html) == data  # what the module's reader gives back
    return data


def test_script_json_cannot_close_its_script_or_open_a_comment():
    hostile = {"t": "</script><script>alert(1)</script> <!-- x --> a\u2028b\u2029c & </SCRIPT >"}
    s = script_json(hostile)
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == hostile


def test_report_is_self_contained_and_inert(report):
    doc = _Doc()
    doc.feed(report)
    scripts = doc.scripts
    assert [a.get("id") for a, _ in scripts] == ["nl-data", None]  # one data block, one program
    assert scripts[0][0].get("type") in ("application/json", "application/octet-stream")  # data, never run
    for tag, attrs in doc.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "textarea", "base"), tag
        assert "src" not in attrs, (tag, attrs)
        assert not any(k.lower().startswith("on") for k in attrs), (tag, attrs)
    # no external asset anywhere in the markup, style or program
    outside_data = report.replace(next(b for a, b in scripts if a.get("type")), "")
    assert not re.search(r"(?i)(src|href)\s*=\s*[\"']?(https?:)?//", outside_data)
    assert "@import" not in outside_data and "url(" not in outside_data
    # the data block holds no way out of itself
    block = next(b for a, b in scripts if a.get("type"))
    assert "</" not in block and "<!--" not in block and "\u2028" not in block and "\u2029" not in block
    assert report.count("</script>") == 2
    # the CSP allows only this program, by hash, and no network
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', report).group(1))
    program = next(b for a, b in scripts if not a.get("type"))
    digest = base64.b64encode(hashlib.sha256(program.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in csp and "default-src 'none'" in csp and "unsafe" not in csp
    # the program builds pages with the DOM API only
    assert "innerHTML" not in program and "outerHTML" not in program and "eval(" not in program
    assert "document.write" not in program and "insertAdjacentHTML" not in program


def test_hostile_article_round_trips_as_text(report):
    d = _data(report)
    rec = hostile_record()
    arts = {a["id"]: a for a in d["articles"]}
    a = arts[rec["id"]]
    assert a["t"] == rec["title"] and a["src"] == rec["source"]
    assert a["u"] is None  # a javascript: URL is never made a link
    for needle in ("<script>window.__pwned = 1</script>", "</textarea>", "<!-- like this -->", "\u2028",
                   "javascript:window.__pwned = 3"):
        assert needle in HOSTILE_TEXT and needle in a["x"]


def test_report_carries_every_object_and_cites_evidence_by_offset(report, web_store):
    d = _data(report)
    con = store.connect(web_store, readonly=True)
    doc = to_dict(con)
    assert len(d["articles"]) == len(doc["articles"]) and len(d["events"]) == len(doc["events"])
    assert len(d["stories"]) == len(doc["stories"]) and len(d["discrepancies"]) == len(doc["discrepancies"])
    texts = [a["x"] for a in d["articles"]]
    by_id = {e["id"]: e for e in doc["events"]}
    for v in d["events"]:
        want = [ev["text"] for ev in by_id[v["id"]]["evidence"]]
        got = [texts[ai][s:e] for ai, s, e in v.get("e", [])]
        assert got == want
        assert v.get("k") == by_id[v["id"]]["type"] and v.get("d") == by_id[v["id"]]["date"]
    # every story points at articles and events of its own
    for st in d["stories"]:
        assert all(0 <= ai < len(texts) for ai in st["a"]) and all(0 <= vi < len(d["events"]) for vi in st["v"])
    # roles over time survive, with their evidence
    people = [e for e in d["entities"] if e["k"] == "PERSON" and e["r"]]
    assert people and all(r["t"] for p in people for r in p["r"])
    # article texts appear once: a sentence that is evidence of an event is not repeated in the data
    multi = max(d["events"], key=lambda v: len(v.get("e", [])))
    ai, s, e = multi["e"][0]
    sentence = texts[ai][s:e]
    attrs, _, raw = _block(report)
    written = script_json(sentence)[1:-1] if attrs["type"] == "application/json" else json.dumps(
        sentence, ensure_ascii=False)[1:-1]
    assert len(sentence) > 30 and raw.count(written) == 1
    # quotes are cut from the text too, and give back the quoted words
    quotes = {q["text"] for q in doc["quotes"]}
    cut = [texts[i][q[4][0]:q[4][1]] for i, a in enumerate(d["articles"]) for q in a["q"] if isinstance(q[4], list)]
    assert cut and set(cut) <= quotes


def test_report_of_a_missing_store_is_one_line_error(tmp_path):
    res = run_cli("report", "--db", tmp_path / "none.db", "-o", tmp_path / "r.html")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_report_into_a_missing_folder_names_the_folder(web_store, tmp_path):
    res = run_cli("report", "--db", web_store, "-o", tmp_path / "nowhere" / "r.html")
    assert res.returncode == 2 and res.stderr.strip().splitlines() == [
        f"newsloom: error: cannot write {tmp_path / 'nowhere' / 'r.html'}: no folder {tmp_path / 'nowhere'}"]


@pytest.mark.slow
def test_demo_writes_the_report_and_prints_how_to_serve(tmp_path):
    res = run_cli("demo", "--dir", tmp_path)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "report.html").stat().st_size > 10_000
    assert f"newsloom serve --db {tmp_path / 'demo.db'}" in res.stdout
    assert str(tmp_path / "report.html") in res.stdout


def test_report_and_pages_draw_one_timeline_in_one_colour_code(report, web_store):
    """The report's timelines are the web pages' (same positions, same events and articles, same colours)."""
    from newsloom.web import data, style

    d = _data(report)
    con = store.connect(web_store, readonly=True)
    drawn = 0
    for st in d["stories"]:
        page = data.story(con, st["id"])["timeline"]
        g = st.get("g", {})
        assert [(x, y, d["events"][vi]["id"], bool(exact)) for x, y, vi, exact in g.get("dt", [])] == \
            [(p["x"], p["y"], p["id"], p["exact"]) for p in page["dots"]]
        assert [(x, d["articles"][ai]["id"]) for x, ai in g.get("tk", [])] == [(t["x"], t["id"]) for t in page["ticks"]]
        assert [tuple(lb) for lb in g.get("lb", [])] == [(lb["x"], lb["text"], lb["anchor"]) for lb in page["labels"]]
        assert g.get("lg", []) == [x["type"] for x in page["legend"]] and g.get("u", 0) == page["undated"]
        for p in page["dots"]:
            assert d["colours"][p["type"]] == p["colour"] == style.hue(p["type"])
        drawn += len(page["dots"])
    assert drawn > 10
    assert d["geometry"] == style.TIMELINE
    for t in ("PERSON", "ORG", "PLACE"):  # mentions are underlined in the entity type's colour, in both faces
        assert f"a.m.{t} {{ border-color:{style.TYPE_COLOURS[t]}; }}" in report


def test_report_has_the_pages_network_and_whom_each_entity_met(report, web_store):
    from newsloom.web import data

    d = _data(report)
    con = store.connect(web_store, readonly=True)
    net = data.network(con)
    ents = d["entities"]
    assert net["nodes"] and [[ents[n[0]]["id"], n[1], n[2], n[3], n[4]] for n in d["network"]["n"]] == \
        [[n["id"], n["x"], n["y"], n["r"], n["degree"]] for n in net["nodes"]]
    assert [[ents[a]["id"], ents[b]["id"], w] for a, b, w in d["network"]["l"]] == \
        [[e["source"], e["target"], e["weight"]] for e in net["edges"]]
    with_met = [e for e in ents if e.get("mt")]
    assert with_met
    for e in with_met:
        assert [[ents[i]["id"], n] for i, n in e["mt"]] == [[m["id"], m["count"]] for m in data.met(con, e["id"])]
    con.close()


def test_demo_prints_a_serve_command_that_runs_without_an_active_environment(monkeypatch):
    """After 'make demo' newsloom lives in ./.venv/bin, which a new user's PATH does not hold: the command the demo
    prints must run as typed, so it names the script by its full path then."""
    import shlex
    import subprocess

    from newsloom import cli

    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    cmd = cli._command()
    assert cmd != "newsloom" or shutil.which("newsloom")
    res = subprocess.run([*shlex.split(cmd), "serve", "--help"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and "--db" in res.stdout
