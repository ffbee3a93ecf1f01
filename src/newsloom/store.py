"""The store: one SQLite file in WAL mode, versioned schema, one transaction per batch.

Every stage writes here; ``export``, ``report`` and ``serve`` only read. An article is known by its id;
its ``origin`` (file path and record number) tells a rebuild that it has seen the same input before, and
its ``content_hash`` whether that input changed.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from .records import ArticleResult

SCHEMA_VERSION = 1

# Each migration takes the store from version i to i+1 (index 0: empty file -> 1).
MIGRATIONS: list[str] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        title TEXT, url TEXT,
        lang TEXT NOT NULL,
        published TEXT, published_basis TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT,
        event_cluster TEXT, story TEXT,
        information_density REAL,
        words INTEGER NOT NULL DEFAULT 0,
        extra TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX articles_text_hash ON articles(text_hash);
    CREATE TABLE sentences (
        article TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE TABLE mentions (
        article TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, label TEXT NOT NULL, ner_label TEXT NOT NULL DEFAULT '', entity TEXT,
        PRIMARY KEY (article, start, "end")
    ) WITHOUT ROWID;
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE TABLE timexes (
        article TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (article, start, "end")
    ) WITHOUT ROWID;
    CREATE TABLE signatures (article TEXT PRIMARY KEY, minhash BLOB) WITHOUT ROWID;
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]',
        extra TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE event_mentions (article TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (article, idx)) WITHOUT ROWID;
    CREATE TABLE events (id TEXT PRIMARY KEY, story TEXT, data TEXT NOT NULL);
    CREATE TABLE quote_mentions (article TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (article, idx)) WITHOUT ROWID;
    CREATE TABLE quotes (id INTEGER PRIMARY KEY, article TEXT NOT NULL, start INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE discrepancies (id INTEGER PRIMARY KEY, subject TEXT NOT NULL, field TEXT NOT NULL,
        data TEXT NOT NULL);
    """,
]

ARTICLE_CHILD_TABLES = ("sentences", "mentions", "timexes", "signatures", "event_mentions", "quote_mentions")


class StoreError(Exception):
    """The file is not a newsloom store, or one newer than this program."""


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    path = Path(path)
    if readonly:
        if not path.exists():
            raise StoreError(f"no store at {path}")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    else:
        con = sqlite3.connect(path, timeout=30, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA foreign_keys=ON")
    return con


def schema_version(con: sqlite3.Connection) -> int:
    has_meta = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not has_meta:
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables:
            raise StoreError("this SQLite file is not a newsloom store")
        return 0
    row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: sqlite3.Connection) -> int:
    """Bring the store to SCHEMA_VERSION; returns the version found before."""
    try:
        found = schema_version(con)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not a newsloom store: {exc}") from exc
    if found > SCHEMA_VERSION:
        raise StoreError(f"store schema {found} is newer than this newsloom ({SCHEMA_VERSION}); upgrade newsloom")
    for version in range(found, SCHEMA_VERSION):
        with transaction(con):
            for stmt in _statements(MIGRATIONS[version]):
                con.execute(stmt)
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(version + 1),))
    return found


def _statements(script: str) -> Iterator[str]:
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()


@contextmanager
def transaction(con: sqlite3.Connection):
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    else:
        con.execute("COMMIT")


def require_current(con: sqlite3.Connection) -> None:
    """Readers call this: the store must be a newsloom store of this schema version."""
    try:
        found = schema_version(con)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not a newsloom store: {exc}") from exc
    if found != SCHEMA_VERSION:
        raise StoreError(f"store schema {found}, this newsloom reads {SCHEMA_VERSION}: run 'newsloom build' to migrate")


def open_store(path: str | Path) -> sqlite3.Connection:
    con = connect(path)
    migrate(con)
    return con


# ---------------------------------------------------------------- articles

def known_origin(con: sqlite3.Connection, origin: str) -> sqlite3.Row | None:
    return con.execute("SELECT id, content_hash FROM articles WHERE origin=?", (origin,)).fetchone()


def id_taken(con: sqlite3.Connection, article_id: str) -> bool:
    return con.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None


def write_articles(con: sqlite3.Connection, results: Iterable[ArticleResult]) -> int:
    """Insert or replace whole articles (with sentences, mentions, timexes) in ONE transaction."""
    n = 0
    with transaction(con):
        for r in results:
            for table in ARTICLE_CHILD_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article=?", (r.id,))
            con.execute("DELETE FROM articles WHERE id=?", (r.id,))
            minhash = r.extra.pop("minhash", None)
            event_mentions = r.extra.pop("event_mentions", [])
            quote_mentions = r.extra.pop("quote_mentions", [])
            con.execute(
                """INSERT INTO articles(id, origin, content_hash, text_hash, source, title, url, lang, published,
                   published_basis, text, removed, words, information_density, extra)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (r.id, r.origin, r.content_hash, r.extra.pop("text_hash", ""), r.source or "", r.title, r.url,
                 r.lang, r.published.isoformat() if isinstance(r.published, date) else r.published,
                 r.published_basis, r.text, json.dumps(r.removed, ensure_ascii=False), r.words,
                 r.extra.pop("information_density", None), json.dumps(r.extra, ensure_ascii=False)),
            )
            con.executemany(
                'INSERT INTO sentences(article, idx, start, "end") VALUES (?,?,?,?)',
                [(r.id, i, s.start, s.end) for i, s in enumerate(r.sentences)],
            )
            con.executemany(
                'INSERT OR IGNORE INTO mentions(article, start, "end", text, label, ner_label, entity) VALUES (?,?,?,?,?,?,?)',
                [(r.id, m.start, m.end, m.text, m.label, m.ner_label, m.entity) for m in r.mentions],
            )
            con.executemany(
                'INSERT OR IGNORE INTO timexes(article, start, "end", text, type, value) VALUES (?,?,?,?,?,?)',
                [(r.id, t.start, t.end, t.text, t.type, t.value) for t in r.timexes],
            )
            con.execute("INSERT INTO signatures(article, minhash) VALUES (?, ?)", (r.id, minhash))
            con.executemany("INSERT INTO event_mentions(article, idx, data) VALUES (?,?,?)",
                            [(r.id, i, json.dumps(d, ensure_ascii=False)) for i, d in enumerate(event_mentions)])
            con.executemany("INSERT INTO quote_mentions(article, idx, data) VALUES (?,?,?)",
                            [(r.id, i, json.dumps(d, ensure_ascii=False)) for i, d in enumerate(quote_mentions)])
            n += 1
    return n


def article_count(con: sqlite3.Connection) -> int:
    return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def set_meta(con: sqlite3.Connection, key: str, value) -> None:
    con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value)))


def get_meta(con: sqlite3.Connection, key: str, default=None):
    row = con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


# ---------------------------------------------------------------- checks

def check(con: sqlite3.Connection) -> list[str]:
    """Problems found in a store (empty list: sound)."""
    problems: list[str] = []
    ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    if ok != "ok":
        problems.append(f"integrity_check: {ok}")
    try:
        version = schema_version(con)
    except StoreError as exc:
        return problems + [str(exc)]
    if version != SCHEMA_VERSION:
        problems.append(f"schema version {version}, expected {SCHEMA_VERSION}")
        return problems
    for table in ARTICLE_CHILD_TABLES:
        orphans = con.execute(
            f"SELECT count(*) FROM {table} WHERE article NOT IN (SELECT id FROM articles)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} rows of {table} belong to no article")
    bad = con.execute(
        'SELECT count(*) FROM mentions m JOIN articles a ON a.id=m.article '
        'WHERE m."end" > length(a.text) OR m.start < 0 OR substr(a.text, m.start+1, m."end"-m.start) != m.text'
    ).fetchone()[0]
    if bad:
        problems.append(f"{bad} mentions whose offsets do not point at their text")
    bad = con.execute(
        'SELECT count(*) FROM timexes t JOIN articles a ON a.id=t.article '
        'WHERE substr(a.text, t.start+1, t."end"-t.start) != t.text').fetchone()[0]
    if bad:
        problems.append(f"{bad} timexes whose offsets do not point at their text")
    dangling = con.execute(
        "SELECT count(*) FROM mentions WHERE entity IS NOT NULL AND entity NOT IN (SELECT id FROM entities)"
    ).fetchone()[0]
    if dangling:
        problems.append(f"{dangling} mentions point to a missing entity")
    dups = con.execute(
        "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND duplicate_of NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    if dups:
        problems.append(f"{dups} articles are duplicates of a missing article")
    return problems
