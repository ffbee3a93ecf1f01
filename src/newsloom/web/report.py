"""``newsloom report``: one self-contained HTML file (inline CSS, JS and SVG; no external asset; opens from disk).

The file holds the store's content once, compactly, as a data block: JSON, gzip-compressed and base64-encoded
(a third of the size of plain JSON; the script unpacks it with the browser's own DecompressionStream, offline,
from disk), or plain JSON with ``newsloom report --uncompressed`` for browsers without DecompressionStream. A
small script renders the views (stories and their timelines, events and their evidence in every article,
people and organisations with their roles over time, who met whom, discrepancies side by side, each article
with what cleaning removed and its information density) with the DOM API only — text is never parsed as HTML.
Evidence is stored as (article, start, end) and cut out of the article's text, so no article text is repeated
per event. Colours and timeline positions come from :mod:`.style`, as in the web pages.

Hostile text cannot break out of the data block: base64 has no ``<``; in plain JSON ``<``, ``>``, ``&``, U+2028
and U+2029 are written as JSON escapes, so neither ``</script>`` nor ``<!--`` can appear in it. A
Content-Security-Policy allows only the one inline script (by its hash) and forbids every network access.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import re
import sqlite3
from collections import defaultdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from markupsafe import escape

from .. import __version__, export
from .. import store as st
from . import data, style
from .index import event_summary


def script_json(obj) -> str:
    """JSON safe inside <script>: no '<', '>', '&', U+2028 or U+2029 left unescaped."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def collect(con: sqlite3.Connection) -> dict:
    """The report's data: every object once; references by index; evidence as [article, start, end]."""
    arts, a_index = [], {}
    for a in export.iter_articles(con):
        a_index[a["id"]] = len(arts)
        arts.append({"id": a["id"], "t": a.get("title"), "l": a.get("lang"), "src": a.get("source") or "",
                     "p": a.get("published"), "pb": a.get("published_basis"), "d": a.get("information_density"),
                     "x": a.get("text") or "", "rm": a.get("removed") or [], "dup": a.get("duplicate_of"),
                     "u": data.safe_url(a.get("url")), "m": [], "tx": [], "q": [], "ev": []})
    ents, e_index = [], {}
    for e in export.iter_entities(con):
        e_index[e["id"]] = len(ents)
        roles = []
        for r in e.get("roles") or []:
            roles.append({"t": r.get("title"), "d": r.get("date"),
                          "ev": [[a_index[v["article"]], v["start"], v["end"]] for v in r.get("evidence") or []
                                 if v.get("article") in a_index][:5]})
        ents.append({"id": e["id"], "k": e.get("type") or "OTHER", "n": e.get("name") or e["id"],
                     "al": [x for x in e.get("aliases") or [] if x != e.get("name")], "r": roles, "nm": 0, "na": 0})
        seen = set()
        for m in e.get("mentions") or []:
            ai = a_index.get(m.get("article"))
            if ai is None:
                continue
            arts[ai]["m"].append([m["start"], m["end"], len(ents) - 1])
            ents[-1]["nm"] += 1
            seen.add(ai)
        ents[-1]["na"] = len(seen)

    def ent(eid):
        if eid is None:
            return None
        if eid not in e_index:  # an id no entity row carries: a readable stand-in
            e_index[eid] = len(ents)
            ents.append({"id": eid, "k": "OTHER", "n": eid.split(":", 1)[-1].replace("-", " "), "al": [], "r": [],
                         "nm": 0, "na": 0})
        return e_index[eid]

    for t in export.iter_timexes(con):
        ai = a_index.get(t["article"])
        if ai is not None:
            arts[ai]["tx"].append([t["start"], t["end"], t.get("type"), t.get("value")])
    for q in export.iter_quotes(con):
        ev = q.get("evidence") or {}
        ai = a_index.get(ev.get("article"))
        if ai is not None:
            # the quote's words are cut from the article text when they are there (no text stored twice)
            qt, st0 = q.get("text") or "", ev.get("start") or 0
            at = arts[ai]["x"].find(qt, st0, ev.get("end") or st0) if qt else -1
            arts[ai]["q"].append([ev.get("start"), ev.get("end"), ent(q.get("speaker")), q.get("speaker_text"),
                                  [at, at + len(qt)] if at >= 0 else qt])
    summaries = dict(con.execute("SELECT id, summary FROM event_index").fetchall())
    names = {eid: ents[i]["n"] for eid, i in e_index.items()}
    evs, v_index = [], {}
    for ev in export.iter_events(con):
        v_index[ev["id"]] = len(evs)
        evidence = [[a_index[x["article"]], x["start"], x["end"]] for x in ev.get("evidence") or []
                    if isinstance(x, dict) and x.get("article") in a_index]
        for ai, s, e in evidence:
            arts[ai]["ev"].append([s, e, len(evs)])
        evs.append({"id": ev["id"], "k": ev.get("type"), "mo": ev.get("mode"),
                    "a": [ent(x) for x in ev.get("actors") or [] if x], "s": ent(ev.get("source")),
                    "g": ent(ev.get("target")), "loc": ent(ev.get("location")), "d": ev.get("date"),
                    "st": ev.get("status"), "tp": ev.get("topics") or [],
                    "f": [[f.get("kind"), f.get("value"), f.get("unit"), f.get("text")] for f in ev.get("figures") or []
                          if isinstance(f, dict)],
                    "e": evidence, "sum": summaries.get(ev["id"]) or event_summary(ev, names), "sy": ev.get("story")})
        evs[-1] = {k: x for k, x in evs[-1].items() if x not in (None, [], "")}  # absent means empty
    stories = []
    for s in export.iter_stories(con):
        tl = s.get("timeline")
        st_arts = [a_index[x] for x in s.get("articles") or [] if x in a_index]
        st_evs = [v_index[x] for x in s.get("events") or [] if x in v_index]
        stories.append({"id": s["id"], "t": s.get("title") or s["id"], "fd": s.get("first_date"),
                        "ld": s.get("last_date"), "a": st_arts, "v": st_evs, "g": _timeline(evs, arts, st_evs, st_arts),
                        "tl": [{k: t.get(k) for k in ("date", "event", "summary") if t.get(k)} if isinstance(t, dict) else t
                               for t in tl] if isinstance(tl, list) else None})   # evidence: in the events
    story_index = {s["id"]: i for i, s in enumerate(stories)}
    for e in evs:
        if e.get("sy") in story_index:
            e["sy"] = story_index[e["sy"]]
        else:
            e.pop("sy", None)
    discs = []
    for d in export.iter_discrepancies(con):
        subj = d.get("subject")
        discs.append({"sv": v_index.get(subj), "se": e_index.get(subj) if subj not in v_index else None,
                      "id": subj, "fl": d.get("field"),
                      "c": [{"v": c.get("value"), "e": [[a_index[x["article"]], x["start"], x["end"]]
                                                        for x in c.get("evidence") or []
                                                        if isinstance(x, dict) and x.get("article") in a_index]}
                            for c in d.get("claims") or [] if isinstance(c, dict)]})
    net = st.get_meta(con, "web_network") or data.network(con)  # laid out by the corpus stage web index
    met = defaultdict(list)  # whom each entity met, as the entity pages count it
    for a, b, n in data.meeting_pairs(con):
        met[a].append((n, b))
        met[b].append((n, a))
    for eid, others in met.items():
        ents[ent(eid)]["mt"] = [[ent(o), n] for n, o in sorted(others, key=lambda x: (-x[0], x[1]))[:20]]
    network = {"w": net["width"], "h": net["height"],
               "n": [[ent(n["id"]), n["x"], n["y"], n["r"], n["degree"]] for n in net["nodes"]],
               "l": [[ent(x["source"]), ent(x["target"]), x["weight"]] for x in net["edges"]]}
    for a in arts:
        a["m"].sort()
        a["ev"].sort()
    return {"v": 1, "generator": f"newsloom {__version__}",
            "made": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "articles": arts, "entities": ents, "events": evs, "stories": stories, "discrepancies": discs,
            "network": network, "geometry": style.TIMELINE,
            "colours": style.colours({e.get("k") for e in evs} | {e["k"] for e in ents})}


def _timeline(evs: list[dict], arts: list[dict], ev_ids: list[int], art_ids: list[int]) -> dict:
    """A story's timeline as the web page lays it out (style.timeline), by index: dots [x, y, event, exact],
    ticks [x, article], labels [x, date, text-anchor]."""
    t = style.timeline([{"id": evs[i]["id"], "date": evs[i].get("d"), "type": evs[i].get("k")} for i in ev_ids],
                       [{"id": arts[i]["id"], "published": arts[i]["p"]} for i in art_ids])
    vi = {evs[i]["id"]: i for i in ev_ids}
    ai = {arts[i]["id"]: i for i in art_ids}
    return {k: x for k, x in {
        "dt": [[d["x"], d["y"], vi[d["id"]], int(d["exact"])] for d in t["dots"]],
        "tk": [[k["x"], ai[k["id"]]] for k in t["ticks"]],
        "lb": [[lb["x"], lb["text"], lb["anchor"]] for lb in t["labels"]],
        "lg": [x["type"] for x in t["legend"]], "u": t["undated"], "f": t.get("first"), "l": t.get("last")}.items()
        if x not in (None, [], 0)}


def _asset(name: str) -> str:
    return (resources.files("newsloom.web") / "static" / name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


ENCODING = "gzip+base64"
LINE = 120  # characters per line of the packed data block (browsers skip the line breaks)


def pack(obj) -> str:
    """The data block's text: JSON, gzip-compressed, in base64 lines (nothing in it can end the script)."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    b64 = base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")
    return "\n".join(b64[i:i + LINE] for i in range(0, len(b64), LINE))


def read_data(html: str) -> dict:
    """The data of a report (packed or plain), as the report's script reads it."""
    m = re.search(r'<script type="([^"]+)" id="nl-data"(?: data-encoding="([^"]*)")?>(.*?)</script>', html, re.S)
    if not m:
        raise ValueError("no newsloom data block in this file")
    if m[2] == ENCODING:
        return json.loads(gzip.decompress(base64.b64decode("".join(m[3].split()))).decode("utf-8"))
    return json.loads(m[3])


def render(con: sqlite3.Connection, title: str = "newsloom report", compress: bool = True) -> str:
    """The report's HTML. ``compress``: the data block packed (about a third of the size; browsers unpack it with
    DecompressionStream: Chrome/Edge 80+, Firefox 113+, Safari 16.4+), else plain JSON (any browser)."""
    js, css = _asset("report.js"), _asset("newsloom.css") + style.type_css() + _asset("report.css")
    d = collect(con)
    block = (f'<script type="application/octet-stream" id="nl-data" data-encoding="{ENCODING}">{pack(d)}</script>'
             if compress else f'<script type="application/json" id="nl-data">{script_json(d)}</script>')
    csp = (f"default-src 'none'; script-src {_hash(js)}; style-src {_hash(css)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{escape(csp)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        "<header class=\"top\"><a class=\"brand\" href=\"#/\">newsloom</a><nav id=\"nav\"></nav>"
        "<input id=\"filter\" type=\"search\" placeholder=\"Filter names and titles\" maxlength=\"100\"></header>\n"
        "<main id=\"app\"><noscript>This report draws its pages with JavaScript; allow scripts for this file "
        "(it loads nothing from the network).</noscript><p class=\"muted\" id=\"loading\">Opening the report…</p>"
        "</main>\n"
        f"{block}\n<script>{js}</script>\n</body>\n</html>\n")


def write_report(db: str | Path, output: str | Path, compress: bool = True) -> int:
    """Write the report of the store ``db`` to ``output`` (through a temporary file); returns its size in bytes."""
    con = st.connect(db, readonly=True)
    try:
        st.require_current(con)
        html = render(con, f"newsloom report — {Path(db).name}", compress)
    finally:
        con.close()
    output = Path(output)
    tmp = output.with_name(output.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, output)
    return output.stat().st_size
