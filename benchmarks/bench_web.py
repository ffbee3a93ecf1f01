"""Web interface and report: page time (p95) on the demo store and on a 10,000-article store, and the size of
the report of 1,000 articles.

    python benchmarks/bench_web.py                     # demo, 10,000 and 1,000 articles
    python benchmarks/bench_web.py --articles 10000 --repeat 20
    python benchmarks/bench_web.py --real ../shared/data/clusters/ecbplus-dev.articles.jsonl  # + a real corpus

The large stores are made cheaply from the built demo store, at the SQL level: each copy of its 22 articles gets
new ids (``ID~rK``) with its sentences, mentions (linked to the same entities), dates, quotes, events (new ids,
evidence pointing at the copies) and stories (one per copy); then the corpus stage ``web index`` runs as in a
build. The entities are shared, so the most mentioned ones gather thousands of mentions (a worst case for their
pages). Pages are fetched over HTTP from uvicorn on 127.0.0.1 (in a thread), one at a time, after one warm-up
round; the figure is the 95th percentile over all fetches of all pages.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsloom import store  # noqa: E402
from newsloom.web.index import build_index  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


def build_demo(folder: Path) -> Path:
    from importlib import resources

    from newsloom.config import Settings
    from newsloom.pipeline import build

    db = folder / "demo.db"
    if db.exists():
        return db
    corpus = folder / "demo-articles"
    if corpus.exists():
        shutil.rmtree(corpus)
    with resources.as_file(resources.files("newsloom") / "demo" / "articles") as src:
        shutil.copytree(src, corpus)
    build([str(corpus)], str(db), Settings())
    return db


def replicate(base: Path, target: Path, n_articles: int) -> Path:
    """A store of about ``n_articles`` articles: copies of the base store's articles under new ids."""
    if target.exists():
        target.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = store.connect(base, readonly=True)
    con = store.open_store(target)
    con.execute("ATTACH DATABASE ? AS b", (f"file:{base}?mode=ro",))
    n_base = store.article_count(src)
    copies = max(1, math.ceil(n_articles / n_base))
    events = [json.loads(r[0]) for r in src.execute("SELECT data FROM events")]
    quotes = [(r[0], r[1], json.loads(r[2])) for r in src.execute("SELECT article, start, data FROM quotes")]
    stories = [json.loads(r[0]) for r in src.execute("SELECT data FROM stories")]
    con.execute("BEGIN")
    con.execute("INSERT INTO entities SELECT * FROM b.entities")
    for k in range(copies):
        sfx = f"~r{k}"
        con.execute(
            "INSERT INTO articles(id, origin, content_hash, text_hash, source, title, url, lang, published, "
            "published_basis, text, removed, duplicate_of, event_cluster, story, information_density, words, extra) "
            "SELECT id||?1, origin||'#r'||?1, content_hash, text_hash||?1, source, title, url, lang, published, "
            "published_basis, text, removed, CASE WHEN duplicate_of IS NULL THEN NULL ELSE duplicate_of||?1 END, "
            "event_cluster||?1, story||?1, information_density, words, extra FROM b.articles ORDER BY seq", (sfx,))
        for table, cols in (("sentences", 'idx, start, "end"'), ("mentions", 'start, "end", text, label, ner_label, '
                                                                             'entity'),
                            ("timexes", 'start, "end", text, type, value')):
            con.execute(f"INSERT INTO {table}(article, {cols}) SELECT article||?, {cols} FROM b.{table}", (sfx,))
        rows = []
        for art, start, q in quotes:
            q = dict(q, evidence=dict(q["evidence"], article=q["evidence"]["article"] + sfx))
            rows.append((art + sfx, start, json.dumps(q, ensure_ascii=False)))
        con.executemany("INSERT INTO quotes(article, start, data) VALUES (?,?,?)", rows)
        rows = []
        for ev in events:
            ev = dict(ev, id=ev["id"] + sfx, story=(ev.get("story") or "") + sfx if ev.get("story") else None,
                      evidence=[dict(e, article=e["article"] + sfx) for e in ev.get("evidence") or []])
            rows.append((ev["id"], ev["story"], json.dumps(ev, ensure_ascii=False)))
        con.executemany("INSERT INTO events(id, story, data) VALUES (?,?,?)", rows)
        rows = []
        for s in stories:
            s = dict(s, id=s["id"] + sfx, articles=[a + sfx for a in s.get("articles") or []],
                     events=[e + sfx for e in s.get("events") or []])
            rows.append((s["id"], json.dumps(s, ensure_ascii=False)))
        con.executemany("INSERT INTO stories(id, data) VALUES (?,?)", rows)
    con.execute("COMMIT")
    con.execute("DETACH DATABASE b")
    t = time.perf_counter()
    build_index(con)
    print(f"  web index over {store.article_count(con)} articles: {time.perf_counter() - t:.1f} s", file=sys.stderr)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    src.close()
    return target


def real_copies(source: Path, n_articles: int, target: Path) -> Path:
    """A JSONL of ``n_articles`` real articles: every article of ``source``, then copies of them (in order) with
    new ids (``ID~pK``) and small perturbations (one line dropped, two neighbouring lines swapped), so that the
    copies are near-duplicates, as in a real news feed, and go through every stage like any article."""
    import random

    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = list(rows[:n_articles])
    k = 0
    while len(out) < n_articles:
        r = dict(rows[k % len(rows)])
        rng = random.Random(k)
        lines = r["text"].split("\n")
        if len(lines) >= 3:
            lines.pop(rng.randrange(1, len(lines)))
            i = rng.randrange(1, len(lines) - 1) if len(lines) > 2 else 0
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        r["id"], r["text"] = f"{r['id']}~p{k}", "\n".join(lines)
        out.append(r)
        k += 1
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    return target


def build_real(source: Path, n_articles: int) -> Path:
    """The real corpus replicated to ``n_articles`` and built through the whole pipeline (cached in out/)."""
    from newsloom.config import Settings
    from newsloom.pipeline import build

    db = OUT / f"web-real-{n_articles}.db"
    if not db.exists():
        corpus = real_copies(source, n_articles, OUT / f"real-{n_articles}.jsonl")
        t = time.perf_counter()
        build([str(corpus)], str(db), Settings())
        print(f"  built {corpus.name}: {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return db


def page_urls(db: Path) -> list[str]:
    con = store.connect(db, readonly=True)
    one = lambda sql: [r[0] for r in con.execute(sql)]  # noqa: E731
    stories = one("SELECT id FROM stories ORDER BY id LIMIT 3")
    events = one("SELECT id FROM event_index ORDER BY articles DESC, id LIMIT 3")
    entities = one("SELECT id FROM entity_index ORDER BY mentions DESC, id LIMIT 3")
    articles = one("SELECT id FROM articles ORDER BY seq LIMIT 2") + one("SELECT id FROM articles ORDER BY seq DESC "
                                                                         "LIMIT 1")
    con.close()
    q = lambda x: quote(x, safe=":~")  # noqa: E731
    urls = ["/", "/stories", "/stories?page=2", "/events", "/events?type=CONSULT", "/entities", "/articles",
            "/articles?page=50", "/discrepancies", "/network", "/search?q=geneve", "/search?q=minister",
            "/search?q=the", "/search?q=minister&lang=fr", "/search?q=kostadin&kind=entity",
            "/search?q=ceasefire&kind=event"]
    urls += [f"/stories/{q(s)}" for s in stories] + [f"/events/{q(e)}" for e in events]
    urls += [f"/entities/{q(e)}" for e in entities] + [f"/articles/{q(a)}" for a in articles]
    urls += [f"/entities/{q(entities[0])}?page=100&articles_page=100"]  # deep pages of the most mentioned entity
    return urls + ["/api" + (u if u != "/" else "/overview") for u in urls]


def time_pages(db: Path, repeat: int) -> dict:
    import httpx
    import uvicorn

    from newsloom.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    while not srv.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    urls = page_urls(db)
    times: dict[str, list[float]] = {u: [] for u in urls}
    sizes: dict[str, int] = {}
    with httpx.Client(base_url=base, timeout=30) as client:
        for u in urls:  # warm-up (caches, first connection per thread)
            r = client.get(u)
            assert r.status_code == 200, (u, r.status_code, r.text[:200])
            sizes[u] = len(r.content)
        for _ in range(repeat):
            for u in urls:
                t = time.perf_counter()
                client.get(u)
                times[u].append(1000 * (time.perf_counter() - t))
    srv.should_exit = True
    th.join(timeout=10)
    every = sorted(x for v in times.values() for x in v)
    pct = lambda xs, p: xs[min(len(xs) - 1, int(math.ceil(p / 100 * len(xs))) - 1)]  # noqa: E731
    per = {u: round(pct(sorted(v), 95), 1) for u, v in times.items()}
    classes: dict[str, list[float]] = {}
    for u, v in times.items():
        classes.setdefault(page_class(u), []).extend(v)
    return {"fetches": len(every), "p50_ms": round(pct(every, 50), 1), "p95_ms": round(pct(every, 95), 1),
            "max_ms": round(every[-1], 1), "slowest": sorted(per.items(), key=lambda kv: -kv[1])[:6],
            "classes": {c: [round(pct(sorted(v), 50), 1), round(pct(sorted(v), 95), 1), round(max(v), 1)]
                        for c, v in sorted(classes.items())},
            "largest_page_kb": round(max(sizes.values()) / 1000, 1)}


def page_class(url: str) -> str:
    """'/api/entities/person:x?page=2' -> 'entity' (pages and their JSON twins together)."""
    path = url.removeprefix("/api").split("?")[0]
    if path in ("", "/", "/overview"):
        return "home"
    parts = path.strip("/").split("/", 1)
    if len(parts) == 2:
        return {"stories": "story", "events": "event", "entities": "entity", "articles": "article"}[parts[0]]
    if parts[0] == "events" and "type=" in url:
        return "events?type"
    if parts[0] == "search":
        return "search" + ("?kind" if "kind=" in url else "")
    return parts[0]


def report_size(db: Path, out: Path) -> dict:
    from newsloom.web.report import write_report

    t = time.perf_counter()
    size = write_report(db, out)
    seconds = time.perf_counter() - t
    plain = write_report(db, out.with_name(out.stem + "-uncompressed.html"), compress=False)
    con = store.connect(db, readonly=True)
    n = store.article_count(con)
    text = con.execute("SELECT sum(length(text)) FROM articles").fetchone()[0] or 0
    con.close()
    return {"articles": n, "bytes": size, "mb": round(size / 1e6, 2), "mb_per_1000": round(size / n * 1000 / 1e6, 2),
            "text_mb": round(text / 1e6, 2), "uncompressed_mb": round(plain / 1e6, 2), "seconds": round(seconds, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000, help="size of the large store")
    ap.add_argument("--report-articles", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=20, help="fetches of each page")
    ap.add_argument("--real", default=None, help="also build this corpus and measure its report")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"bench_web {time.strftime('%Y-%m-%d %H:%M')}", file=sys.stderr)
    demo = build_demo(OUT)
    results = {"demo": time_pages(demo, args.repeat)}
    print("demo:", json.dumps(results["demo"]), file=sys.stderr)
    big = replicate(demo, OUT / f"web-{args.articles}.db", args.articles)
    results[f"{args.articles}"] = time_pages(big, args.repeat)
    print(f"{args.articles}:", json.dumps(results[f"{args.articles}"]), file=sys.stderr)
    small = replicate(demo, OUT / f"web-{args.report_articles}.db", args.report_articles)
    results["report"] = report_size(small, OUT / f"report-{args.report_articles}.html")
    results["report_demo"] = report_size(demo, OUT / "report-demo.html")
    print("report:", json.dumps(results["report"]), file=sys.stderr)
    if args.real:
        real = build_real(Path(args.real), args.report_articles)
        results["report_real"] = report_size(real, OUT / f"report-real-{args.report_articles}.html")
        results["real_pages"] = time_pages(real, max(3, args.repeat // 4))
        print("real:", json.dumps(results["report_real"]), json.dumps(results["real_pages"]), file=sys.stderr)
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
