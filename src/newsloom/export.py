"""Exports of the store: the contract's JSON document (``newsloom/1``), JSONL, CSV, GraphML (:mod:`.graph`);
Parquet is in :mod:`.export_parquet`.

The JSON document is written piece by piece, so a large store never has to sit in memory whole.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import IO

SCHEMA = "newsloom/1"
KINDS = {"articles": "article", "entities": "entity", "timexes": "timex", "events": "event", "quotes": "quote",
         "stories": "story", "discrepancies": "discrepancy"}


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


class _Texts:
    """Article texts, cached a few at a time, for building Evidence objects."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.cache: dict[str, str] = {}

    def get(self, article: str) -> str:
        text = self.cache.get(article)
        if text is None:
            row = self.con.execute("SELECT text FROM articles WHERE id=?", (article,)).fetchone()
            text = row[0] if row else ""
            if len(self.cache) > 256:
                self.cache.clear()
            self.cache[article] = text
        return text

    def evidence(self, article: str, start: int, end: int) -> dict:
        return {"article": article, "start": start, "end": end, "text": self.get(article)[start:end]}


def _evidence_list(texts: _Texts, items) -> list[dict]:
    out = []
    for ev in items or []:
        if isinstance(ev, dict):
            out.append(texts.evidence(ev["article"], ev["start"], ev["end"]))
        else:
            a, s, e = ev[:3]
            out.append(texts.evidence(a, s, e))
    return out


def _where_ids(column: str, ids) -> tuple[str, list]:
    """A WHERE clause selecting ``ids`` (all rows when ids is None); readers for one page of objects."""
    if ids is None:
        return "", []
    ids = list(ids)
    return f" WHERE {column} IN ({','.join('?' * len(ids))})" if ids else " WHERE 0", ids


def iter_articles(con: sqlite3.Connection, ids=None) -> Iterator[dict]:
    where, params = _where_ids("id", ids)
    for r in con.execute(
            "SELECT id, source, title, lang, published, published_basis, text, removed, duplicate_of, "
            f"event_cluster, story, information_density, url, translation_of FROM articles{where} ORDER BY seq", params):
        yield {
            "id": r["id"], "source": r["source"] or "", "title": r["title"], "lang": r["lang"],
            "published": r["published"], "published_basis": r["published_basis"], "text": r["text"],
            "removed": json.loads(r["removed"]), "duplicate_of": r["duplicate_of"],
            "event_cluster": r["event_cluster"], "story": r["story"],
            "information_density": r["information_density"] if r["information_density"] is not None else 0.0,
            "url": r["url"],
            "translation_of": r["translation_of"],   # extension: the article it translates (same report)
        }


def iter_entities(con: sqlite3.Connection, ids=None, with_mentions: bool = True) -> Iterator[dict]:
    """Entities (all, or those of ``ids``); ``with_mentions=False`` leaves ``mentions`` empty (a page of names)."""
    texts = _Texts(con)
    mentions: dict[str, list] = defaultdict(list)
    where, params = _where_ids("entity", ids)
    if with_mentions:
        for m in con.execute('SELECT entity, article, start, "end", text FROM mentions'
                             + (where + " AND" if where else " WHERE") + ' entity IS NOT NULL '
                             'ORDER BY entity, article, start', params):
            mentions[m[0]].append({"article": m[1], "start": m[2], "end": m[3], "text": m[4]})
    where, params = _where_ids("id", ids)
    for r in con.execute(f"SELECT id, type, name, aliases, roles, extra FROM entities{where} ORDER BY id", params):
        extra = json.loads(r["extra"] or "{}")
        for m in extra.get("mentions", []) if with_mentions else []:
            # participants that are no named entity ("police"), from the events stage
            mentions[r["id"]].append(texts.evidence(m["article"], m["start"], m["end"]))
        roles = []
        for role in json.loads(r["roles"]):
            roles.append({"title": role.get("title"), "date": role.get("date"),
                          "evidence": _evidence_list(texts, role.get("evidence"))})
        yield {"id": r["id"], "type": r["type"], "name": r["name"], "aliases": json.loads(r["aliases"]),
               "roles": roles, "mentions": mentions.get(r["id"], [])}


def iter_timexes(con: sqlite3.Connection, article: str | None = None) -> Iterator[dict]:
    where, params = (" WHERE t.article=?", [article]) if article is not None else ("", [])
    for r in con.execute('SELECT t.article, t.start, t."end", t.text, t.type, COALESCE(t.corpus_value, t.value) '
                         f'FROM timexes t JOIN articles a ON a.id=t.article{where} ORDER BY a.seq, t.start', params):
        yield {"article": r[0], "start": r[1], "end": r[2], "text": r[3], "type": r[4], "value": r[5]}


def _json_rows(con: sqlite3.Connection, sql: str, params=()) -> Iterator[dict]:
    for r in con.execute(sql, params):
        yield json.loads(r[0])


def iter_events(con: sqlite3.Connection, ids=None) -> Iterator[dict]:
    where, params = _where_ids("id", ids)
    return _json_rows(con, f"SELECT data FROM events{where} ORDER BY id", params)


def iter_quotes(con: sqlite3.Connection, article: str | None = None, ids=None) -> Iterator[dict]:
    """Quotes in text order (all, those of one article, or those of quote row ``ids``)."""
    where, params = _where_ids("q.id", ids)
    if article is not None:
        where, params = (where + " AND" if where else " WHERE") + " q.article=?", [*params, article]
    return _json_rows(con, "SELECT q.data FROM quotes q JOIN articles a ON a.id=q.article"
                           f"{where} ORDER BY a.seq, q.start, q.id", params)


def iter_stories(con: sqlite3.Connection, ids=None) -> Iterator[dict]:
    where, params = _where_ids("id", ids)
    return _json_rows(con, f"SELECT data FROM stories{where} ORDER BY id", params)


def iter_discrepancies(con: sqlite3.Connection, ids=None) -> Iterator[dict]:
    where, params = _where_ids("id", ids)
    return _json_rows(con, f"SELECT data FROM discrepancies{where} ORDER BY id", params)


def sections(con: sqlite3.Connection) -> list[tuple[str, Iterator[dict]]]:
    return [
        ("articles", iter_articles(con)),
        ("entities", iter_entities(con)),
        ("timexes", iter_timexes(con)),
        ("events", iter_events(con)),
        ("quotes", iter_quotes(con)),
        ("stories", iter_stories(con)),
        ("discrepancies", iter_discrepancies(con)),
    ]


def write_json(con: sqlite3.Connection, out: IO[str]) -> None:
    """The contract's ONE JSON document."""
    out.write('{\n"schema": "newsloom/1"')
    for name, rows in sections(con):
        out.write(f',\n"{name}": [')
        first = True
        for row in rows:
            out.write("\n" if first else ",\n")
            out.write(_dumps(row))
            first = False
        out.write("\n]" if not first else "]")
    out.write("\n}\n")


def write_jsonl(con: sqlite3.Connection, out: IO[str]) -> None:
    """One JSON object per line, each tagged with its kind: {"kind": "article", ...}."""
    out.write(_dumps({"kind": "schema", "schema": SCHEMA}) + "\n")
    for name, rows in sections(con):
        kind = KINDS[name]
        for row in rows:
            out.write(_dumps({"kind": kind, **row}) + "\n")


def write_csv(con: sqlite3.Connection, out: IO[str], what: str = "entities") -> None:
    """CSV of entities (with aliases and roles) or of articles."""
    w = csv.writer(out)
    if what == "articles":
        w.writerow(["id", "source", "title", "lang", "published", "published_basis", "duplicate_of",
                    "event_cluster", "story", "information_density", "words", "removed_pieces"])
        for r in con.execute("SELECT id, source, title, lang, published, published_basis, duplicate_of, "
                             "event_cluster, story, information_density, words, removed FROM articles ORDER BY seq"):
            w.writerow([*list(r)[:11], len(json.loads(r["removed"]))])
        return
    w.writerow(["id", "type", "name", "aliases", "roles", "mentions", "articles"])
    for e in iter_entities(con):
        roles = "; ".join(f"{r['title']}" + (f" ({r['date']})" if r.get("date") else "") for r in e["roles"])
        arts = sorted({m["article"] for m in e["mentions"]})
        w.writerow([e["id"], e["type"], e["name"], " | ".join(e["aliases"]), roles, len(e["mentions"]),
                    " ".join(arts)])


def export(con: sqlite3.Connection, fmt: str, out: IO[str], what: str = "entities") -> None:
    if fmt == "json":
        write_json(con, out)
    elif fmt == "jsonl":
        write_jsonl(con, out)
    elif fmt == "csv":
        write_csv(con, out, what)
    elif fmt == "graphml":
        from .graph import write_graphml

        write_graphml(con, out)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def to_dict(con: sqlite3.Connection) -> dict:
    """The whole export as a Python dict (tests, report)."""
    buf = io.StringIO()
    write_json(con, buf)
    return json.loads(buf.getvalue())
