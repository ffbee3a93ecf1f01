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

SCHEMA_VERSION = 5

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
    # 1 -> 2: what the report and the web interface read (newsloom.web.index). Full-text search over the
    # cleaned text kept in step with `articles` by triggers (incremental for free); entity names, aliases and
    # event summaries, and small lookup tables, rebuilt by the corpus stage `web index`.
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    CREATE VIRTUAL TABLE objects_fts USING fts5(kind UNINDEXED, ref UNINDEXED, name, body,
        tokenize='unicode61 remove_diacritics 2');
    CREATE TABLE event_index (id TEXT PRIMARY KEY, story TEXT, type TEXT, date TEXT, status TEXT,
        articles INTEGER NOT NULL DEFAULT 0, langs TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '');
    CREATE INDEX event_index_story ON event_index(story, date);
    CREATE TABLE event_actors (entity TEXT NOT NULL, event TEXT NOT NULL, role TEXT NOT NULL,
        PRIMARY KEY (entity, event, role)) WITHOUT ROWID;
    CREATE INDEX event_actors_event ON event_actors(event);
    CREATE TABLE entity_index (id TEXT PRIMARY KEY, type TEXT, name TEXT, mentions INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0, quotes INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX entity_index_rank ON entity_index(mentions DESC, id);
    CREATE TABLE event_evidence (article TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        event TEXT NOT NULL, PRIMARY KEY (article, start, "end", event)) WITHOUT ROWID;
    CREATE TABLE quote_speakers (quote INTEGER PRIMARY KEY, speaker TEXT);
    CREATE INDEX quote_speakers_speaker ON quote_speakers(speaker);
    CREATE INDEX articles_story ON articles(story);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE INDEX quotes_article ON quotes(article, start);
    INSERT OR REPLACE INTO meta(key, value) VALUES ('web_index_dirty', 'true');
    """,
    # 2 -> 3: lookups that keep the pages of very common entities and types fast (newsloom.web.index): an
    # entity's events in date order and its articles by mentions, co-actor pairs (newsloom.graph), indexes
    # for the event lists and the language counts. Derived rows: the next build fills them.
    """
    DROP TABLE event_actors;
    CREATE TABLE entity_events (entity TEXT NOT NULL, sort TEXT NOT NULL, event TEXT NOT NULL, roles TEXT NOT NULL,
        PRIMARY KEY (entity, sort, event)) WITHOUT ROWID;
    CREATE TABLE entity_articles (entity TEXT NOT NULL, article TEXT NOT NULL, mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, article)) WITHOUT ROWID;
    CREATE INDEX entity_articles_rank ON entity_articles(entity, mentions DESC, article);
    CREATE TABLE actor_pairs (a TEXT NOT NULL, b TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL,
        PRIMARY KEY (a, b, type)) WITHOUT ROWID;
    CREATE INDEX actor_pairs_b ON actor_pairs(b, a);
    CREATE INDEX event_index_rank ON event_index(articles DESC, coalesce(date, '0') DESC, id);
    CREATE INDEX event_index_type ON event_index(type, articles DESC, coalesce(date, '0') DESC, id);
    CREATE INDEX articles_lang ON articles(lang, seq);
    INSERT OR REPLACE INTO meta(key, value) VALUES ('web_index_dirty', 'true');
    """,
    # 3 -> 4: the clustering kept between builds (newsloom.stories.state); dates the corpus stages resolve
    # again for undated articles (newsloom.stories.dating), beside the per-article value. Derived rows: the
    # next build that brings something fills them (clustering everything once).
    """
    CREATE TABLE cluster_features (article TEXT PRIMARY KEY, sig TEXT NOT NULL, content TEXT NOT NULL,
        ents TEXT NOT NULL, keyhash TEXT NOT NULL DEFAULT '', vocab INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
    CREATE TABLE cluster_edges (a TEXT NOT NULL, b TEXT NOT NULL, e REAL NOT NULL, s REAL NOT NULL,
        PRIMARY KEY (a, b)) WITHOUT ROWID;
    CREATE INDEX cluster_edges_b ON cluster_edges(b);
    CREATE TABLE cluster_blocks (block TEXT PRIMARY KEY, members TEXT NOT NULL, labels TEXT NOT NULL) WITHOUT ROWID;
    ALTER TABLE timexes ADD COLUMN corpus_value TEXT;
    """,
    # 4 -> 5: an article that translates another (newsloom.stories.translations): the same report, no
    # independent source. Derived: the next build that brings something fills it.
    """
    ALTER TABLE articles ADD COLUMN translation_of TEXT;
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


_savepoints = 0


@contextmanager
def transaction(con: sqlite3.Connection):
    """One write transaction; nested inside another, a savepoint (so the outer one stays atomic)."""
    global _savepoints
    if con.in_transaction:
        _savepoints += 1
        name = f"nl_sp{_savepoints}"
        con.execute(f"SAVEPOINT {name}")
        try:
            yield con
        except BaseException:
            con.execute(f"ROLLBACK TO {name}")
            con.execute(f"RELEASE {name}")
            raise
        else:
            con.execute(f"RELEASE {name}")
        return
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    else:
        con.execute("COMMIT")


@contextmanager
def snapshot(con: sqlite3.Connection):
    """A read transaction: every query inside sees the store as one commit left it, whatever a build writes
    meanwhile (WAL readers never wait for the writer, nor it for them)."""
    if con.in_transaction:
        yield con
        return
    con.execute("BEGIN")
    try:
        yield con
    finally:
        if con.in_transaction:
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


_NOT_EXTRA = ("minhash", "event_mentions", "quote_mentions", "text_hash", "information_density")


def write_articles(con: sqlite3.Connection, results: Iterable[ArticleResult]) -> int:
    """Insert or replace whole articles (with sentences, mentions, timexes) in ONE transaction."""
    n = 0
    with transaction(con):
        for r in results:
            for table in ARTICLE_CHILD_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article=?", (r.id,))
            con.execute("DELETE FROM articles WHERE id=?", (r.id,))
            x = r.extra  # not changed here, so that a failed batch can be written again one by one
            minhash = x.get("minhash")
            event_mentions = x.get("event_mentions") or []
            quote_mentions = x.get("quote_mentions") or []
            extra = json.dumps({k: v for k, v in x.items() if k not in _NOT_EXTRA}, ensure_ascii=False)
            try:
                extra.encode("utf-8")
            except UnicodeEncodeError:  # lone surrogates in input metadata: stored as JSON escapes
                extra = json.dumps({k: v for k, v in x.items() if k not in _NOT_EXTRA})
            con.execute(
                """INSERT INTO articles(id, origin, content_hash, text_hash, source, title, url, lang, published,
                   published_basis, text, removed, words, information_density, extra)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (r.id, r.origin, r.content_hash, x.get("text_hash", ""), r.source or "", r.title, r.url,
                 r.lang, r.published.isoformat() if isinstance(r.published, date) else r.published,
                 r.published_basis, r.text, json.dumps(r.removed, ensure_ascii=False), r.words,
                 x.get("information_density"), extra),
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
        if n:  # the corpus stages must run again; set with the articles, so a crash cannot lose it
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('corpus_dirty', 'true')")
    return n


def article_count(con: sqlite3.Connection) -> int:
    return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def set_meta(con: sqlite3.Connection, key: str, value) -> None:
    con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value)))


def get_meta(con: sqlite3.Connection, key: str, default=None):
    row = con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


# ---------------------------------------------------------------- checks

def _count(con: sqlite3.Connection, sql: str, *args) -> int:
    return con.execute(sql, args).fetchone()[0]


def _examples(con: sqlite3.Connection, sql: str, n: int = 3) -> str:
    rows = [str(r[0]) for r in con.execute(sql + f" LIMIT {n}")]
    return f" (e.g. {', '.join(rows)})" if rows else ""


def check(con: sqlite3.Connection) -> list[str]:
    """Problems found in a store, one line each saying what is wrong (empty list: sound).

    Checks: SQLite's integrity_check; the schema version; the offsets of sentences, mentions, timexes,
    quotes and event evidence against their article's text; rows that belong to no article; references
    from mentions, events, quotes, articles and stories to entities, stories and articles that do not
    exist; ``duplicate_of`` pointing at itself, at a missing article or at another duplicate (a chain);
    counts that must agree (one signature per article, sentence numbers without gaps, the articles and
    events each story lists against those that name the story); and a build whose corpus stages did not
    finish (an interrupted build: run it again).
    """
    problems: list[str] = []
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return [f"not a readable SQLite file: {exc}"]
    if rows != ["ok"]:
        problems.append("integrity_check: " + "; ".join(rows))
        return problems  # nothing below can be trusted
    try:
        version = schema_version(con)
    except StoreError as exc:
        return problems + [str(exc)]
    if version != SCHEMA_VERSION:
        problems.append(f"schema version {version}, this newsloom reads {SCHEMA_VERSION}"
                        + (": run 'newsloom build' to migrate" if version < SCHEMA_VERSION else ""))
        return problems
    q = lambda sql, *a: _count(con, sql, *a)  # noqa: E731
    add = problems.append

    # rows that belong to no article
    for table in ARTICLE_CHILD_TABLES + ("quotes",):
        n = q(f"SELECT count(*) FROM {table} WHERE article NOT IN (SELECT id FROM articles)")
        if n:
            add(f"{n} rows of {table} belong to no article"
                + _examples(con, f"SELECT DISTINCT article FROM {table} WHERE article NOT IN (SELECT id FROM articles)"))

    # offsets
    n = q('SELECT count(*) FROM sentences s JOIN articles a ON a.id=s.article '
          'WHERE s.start < 0 OR s."end" <= s.start OR s."end" > length(a.text)')
    if n:
        add(f"{n} sentences whose offsets fall outside their article's text")
    for table in ("mentions", "timexes"):
        n = q(f'SELECT count(*) FROM {table} m JOIN articles a ON a.id=m.article '
              f'WHERE m.start < 0 OR m."end" <= m.start OR m."end" > length(a.text) '
              f'OR substr(a.text, m.start+1, m."end"-m.start) != m.text')
        if n:
            add(f"{n} {table} whose offsets do not point at their text"
                + _examples(con, f'SELECT m.article || ":" || m.start FROM {table} m JOIN articles a ON a.id=m.article '
                                 f'WHERE m.start < 0 OR m."end" <= m.start OR m."end" > length(a.text) '
                                 f'OR substr(a.text, m.start+1, m."end"-m.start) != m.text'))

    # sentence numbers 0..n-1 without gaps, one signature per article
    n = q("SELECT count(*) FROM (SELECT article FROM sentences GROUP BY article HAVING max(idx) + 1 != count(*))")
    if n:
        add(f"{n} articles whose sentences are not numbered 0..n-1")
    n = q("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM signatures)")
    if n:
        add(f"{n} articles without a near-duplicate signature"
            + _examples(con, "SELECT id FROM articles WHERE id NOT IN (SELECT article FROM signatures)"))
    n = q("SELECT count(*) FROM articles WHERE words < 0 OR lang = '' OR text = ''")
    if n:
        add(f"{n} articles with an empty text or language, or a negative word count")

    # references to entities, articles, stories
    n = q("SELECT count(*) FROM mentions WHERE entity IS NOT NULL AND entity NOT IN (SELECT id FROM entities)")
    if n:
        add(f"{n} mentions point to a missing entity"
            + _examples(con, "SELECT DISTINCT entity FROM mentions WHERE entity IS NOT NULL "
                             "AND entity NOT IN (SELECT id FROM entities)"))
    n = q("SELECT count(*) FROM articles WHERE story IS NOT NULL AND story NOT IN (SELECT id FROM stories)")
    if n:
        add(f"{n} articles belong to a missing story")
    n = q("SELECT count(*) FROM events WHERE story IS NOT NULL AND story NOT IN (SELECT id FROM stories)")
    if n:
        add(f"{n} events belong to a missing story")

    # duplicate_of: no self reference, no missing target, no chains (the target is an original)
    n = q("SELECT count(*) FROM articles WHERE duplicate_of = id")
    if n:
        add(f"{n} articles are duplicates of themselves")
    n = q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND duplicate_of NOT IN (SELECT id FROM articles)")
    if n:
        add(f"{n} articles are duplicates of a missing article"
            + _examples(con, "SELECT id FROM articles WHERE duplicate_of IS NOT NULL "
                             "AND duplicate_of NOT IN (SELECT id FROM articles)"))
    n = q("SELECT count(*) FROM articles a JOIN articles b ON b.id = a.duplicate_of "
          "WHERE b.duplicate_of IS NOT NULL AND a.duplicate_of != a.id")
    if n:
        add(f"{n} articles are duplicates of a duplicate (duplicate_of must name the original)"
            + _examples(con, "SELECT a.id FROM articles a JOIN articles b ON b.id = a.duplicate_of "
                             "WHERE b.duplicate_of IS NOT NULL AND a.duplicate_of != a.id"))
    # translation_of: another article that exists
    n = q("SELECT count(*) FROM articles WHERE translation_of IS NOT NULL AND (translation_of = id OR "
          "translation_of NOT IN (SELECT id FROM articles))")
    if n:
        add(f"{n} articles are translations of themselves or of a missing article")

    texts: dict[str, int] = {r[0]: r[1] for r in con.execute("SELECT id, length(text) FROM articles")}
    entities = {r[0] for r in con.execute("SELECT id FROM entities")}

    def bad_evidence(ev) -> str | None:
        if not isinstance(ev, dict):
            return "malformed evidence"
        aid, s, e = ev.get("article"), ev.get("start"), ev.get("end")
        if aid not in texts:
            return f"evidence in missing article {aid!r}"
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= texts[aid]):
            return f"evidence offsets {s}..{e} outside article {aid!r}"
        return None

    # events: evidence, participants, story
    bad: dict[str, list[str]] = {}
    story_events: dict[str, set[str]] = {}
    for eid, story, data in con.execute("SELECT id, story, data FROM events"):
        try:
            d = json.loads(data)
        except ValueError:
            bad.setdefault("events whose data is not JSON", []).append(eid)
            continue
        if d.get("id") != eid:
            bad.setdefault("events whose data names another id", []).append(eid)
        if d.get("story") != story:
            bad.setdefault("events whose story column and data disagree", []).append(eid)
        if story:
            story_events.setdefault(story, set()).add(eid)
        if not d.get("evidence"):
            bad.setdefault("events without evidence", []).append(eid)
        for ev in d.get("evidence") or []:
            why = bad_evidence(ev)
            if why:
                bad.setdefault(f"events with {why.split(' ')[0]} evidence problems", []).append(eid)
                break
        refs = [*(d.get("actors") or []), d.get("source"), d.get("target"), d.get("location")]
        if any(r and r not in entities for r in refs):
            bad.setdefault("events naming a missing entity", []).append(eid)
    for aid, data in con.execute("SELECT article, data FROM quotes"):
        try:
            d = json.loads(data)
        except ValueError:
            bad.setdefault("quotes whose data is not JSON", []).append(aid)
            continue
        if bad_evidence(d.get("evidence")):
            bad.setdefault("quotes whose evidence does not point into an article", []).append(aid)
        if d.get("speaker") and d["speaker"] not in entities:
            bad.setdefault("quotes whose speaker is a missing entity", []).append(aid)

    # stories: the articles and events they list against those that name them
    members: dict[str, set[str]] = {}
    for aid, story in con.execute("SELECT id, story FROM articles WHERE story IS NOT NULL"):
        members.setdefault(story, set()).add(aid)
    for sid, data in con.execute("SELECT id, data FROM stories"):
        try:
            d = json.loads(data)
        except ValueError:
            bad.setdefault("stories whose data is not JSON", []).append(sid)
            continue
        listed = set(d.get("articles") or [])
        if listed - set(texts):
            bad.setdefault("stories listing a missing article", []).append(sid)
        if listed != members.get(sid, set()):
            bad.setdefault("stories whose article list disagrees with the articles' story", []).append(sid)
        if set(d.get("events") or []) != story_events.get(sid, set()):
            bad.setdefault("stories whose event list disagrees with the events' story", []).append(sid)
    for what, ids in bad.items():
        add(f"{len(ids)} {what} (e.g. {', '.join(map(str, ids[:3]))})")

    if get_meta(con, "corpus_dirty", False):
        add("the corpus stages (duplicates, entities, events, stories) did not finish: an interrupted build? "
            "run 'newsloom build' again")
    return problems
