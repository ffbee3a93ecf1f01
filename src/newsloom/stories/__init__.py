"""Event clusters and stories: a corpus stage.

:func:`assign` reads the store (articles, linked mentions, timexes, entities) and writes each article's
``event_cluster`` and ``story`` and the ``stories`` rows, in one transaction.

* An **event cluster** is the real-world happening an article reports, whatever the outlet or language.
* A **story** groups event clusters of the same kind of happening (ECB+'s "topic"): two visits to Paris by
  two secretaries of state a year apart are two event clusters of one story.

The partition is a function of the set of stored articles: building the same articles in any order, in one
build or many, gives the same clusters with the same ids. An id is ``cluster:<A>`` / ``story:<A>`` where A is
the earliest member (publication date, then id; near-duplicates excluded). See :mod:`.cluster` for how.
"""
from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter, defaultdict

import numpy as np

from .cluster import Params, partition
from .state import Stats, update
from .features import Article, Vocabulary, _stem, load_articles, metadata_published

__all__ = ["assign", "cluster_articles", "Params", "Stats"]

EVENT_PREFIX = "cluster:"
TITLE_VERSION = 2          # a change to how the words title is made recomputes the stored ones
STORY_PREFIX = "story:"


def _originals(articles: list[Article]) -> dict[str, str]:
    """Each article's original: itself, or what its ``duplicate_of`` chain ends at (within the set)."""
    by_id = {a.id: a for a in articles}
    out = {}
    for a in articles:
        seen, cur = set(), a
        while cur.duplicate_of and cur.duplicate_of in by_id and cur.id not in seen:
            seen.add(cur.id)
            cur = by_id[cur.duplicate_of]
        out[a.id] = cur.id
    return out


def _name(part: dict[str, tuple[str, str]], heads: list[Article],
          copies: dict[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Group keys -> ids: each group is named after its earliest member, copies included (publication date,
    then id), so that which of two copies is the original does not change the name."""
    when = {a.id: (a.published or "9999-99-99", a.id) for a in heads}
    members_e: dict[str, list[str]] = defaultdict(list)
    members_s: dict[str, list[str]] = defaultdict(list)
    for aid, (e, s) in part.items():
        members_e[e].append(aid)
        members_s[s].append(aid)
    for aid, (pub, o) in (copies or {}).items():
        if o in part:
            when[aid] = (pub or "9999-99-99", aid)
            members_e[part[o][0]].append(aid)
            members_s[part[o][1]].append(aid)
    name_e = {k: EVENT_PREFIX + min(v, key=when.__getitem__) for k, v in members_e.items()}
    name_s = {k: STORY_PREFIX + min(v, key=when.__getitem__) for k, v in members_s.items()}
    return {aid: (name_e[e], name_s[s]) for aid, (e, s) in part.items()}


def cluster_articles(articles: list[Article], params: Params | None = None) -> dict[str, tuple[str, str]]:
    """{article id: (event cluster id, story id)} for a set of articles, computed at once (order irrelevant)."""
    original = _originals(articles)
    heads = sorted((a for a in articles if original[a.id] == a.id), key=lambda a: a.id)
    copies = {a.id: (a.published, original[a.id]) for a in articles if original[a.id] != a.id}
    out = _name(partition(heads, params), heads, copies)
    for a in articles:
        if a.id not in out:
            out[a.id] = out[original[a.id]]
    return out


# ------------------------------------------------------------------ story rows

def _article_date(a: Article) -> str | None:
    """The article's date: its publication date, else the full date it states most often."""
    if a.published:
        return a.published[:10]
    days = [(c, k[2:]) for k, c in a.dates.items() if k.startswith("d:")]
    if not days:
        return None
    best = max(c for c, _ in days)
    return min(d for c, d in days if c == best)


def _title(members: list[Article], names: dict[str, tuple[str, str]], vocab: Vocabulary, graph=None) -> str:
    """"Entity, Entity — keyword, keyword, keyword" from the entities and words most specific to the group
    (word counts from ``graph`` when the articles' own were freed)."""
    n = len(members)
    ent_docs: Counter = Counter()
    for a in members:
        ent_docs.update(e for e in a.ents if names.get(e, ("", "OTHER"))[1] != "OTHER")
    ent_score = {e: c * vocab.idf(f"e:{e}") for e, c in ent_docs.items()}
    top_ents = sorted(ent_score, key=lambda e: (-ent_score[e], names[e][0]))
    picked = [e for e in top_ents if ent_docs[e] >= max(1, 0.3 * n)][:2] or top_ents[:1]
    ent_names = [names[e][0] for e in picked]
    in_names = {_stem(w.lower()) for e in picked for w in names[e][0].split()}
    langs = Counter(a.lang for a in members)
    lang = "en" if "en" in langs else min(langs, key=lambda l: (-langs[l], l))
    word_docs: Counter = Counter()
    surface: dict[str, Counter] = defaultdict(Counter)
    same = [a for a in members if a.lang == lang]
    if graph is not None:
        U = graph.U[[graph.pos[a.id] for a in same]].tocsc()
        prefix = f"w:{lang}:"
        docs = np.diff(U.indptr)
        for c in np.flatnonzero(docs).tolist():
            key = graph.cols.keys[c]
            if key.startswith(prefix):
                word_docs[key[len(prefix):]] = int(docs[c])
    for a in same:
        if graph is None:
            word_docs.update(a.words)
        for w, c in a.surface.items():
            surface[_stem(w)][w] += c
    score = {w: c * vocab.idf(f"w:{lang}:{w}", lang) ** 2 for w, c in word_docs.items()
             if w not in in_names and c >= max(1, 0.3 * langs[lang])}
    words = sorted(score, key=lambda w: (-score[w], w))[:3]
    keywords = [min(surface[w], key=lambda s: (-surface[w][s], s)) if surface[w] else w for w in words]
    left = ", ".join(ent_names)
    right = ", ".join(keywords)
    if left and right:
        return f"{left} — {right}"
    return left or right or "(untitled)"


def story_rows(heads: list[Article], part: dict[str, tuple[str, str]], names: dict[str, tuple[str, str]],
               duplicates: dict[str, str] | None = None, vocab: Vocabulary | None = None,
               before: dict[str, dict] | None = None, graph=None) -> list[dict]:
    """One row per story: its title, articles (copies included), first and last dates (events and timeline
    come later, from the events stage). A story whose articles did not change keeps the title it had
    (``before``: the rows of the last build)."""
    by_story: dict[str, list[Article]] = defaultdict(list)
    for a in heads:
        by_story[part[a.id][1]].append(a)
    copies: dict[str, list[str]] = defaultdict(list)
    for aid, o in (duplicates or {}).items():
        copies[part[o][1]].append(aid)
    vocab = vocab or Vocabulary(heads)
    rows = []
    for sid in sorted(by_story):
        members = sorted(by_story[sid], key=lambda a: a.id)
        dates = sorted(d for d in (_article_date(a) for a in members) if d)
        ids = sorted([a.id for a in members] + copies.get(sid, []))
        old = (before or {}).get(sid)
        key = f"{TITLE_VERSION}/{vocab.n}"
        title = old["words_title"] if old and old.get("articles") == ids and old.get("words_title") and \
            old.get("words_title_key") == key else _title(members, names, vocab, graph)
        rows.append({"id": sid, "title": title, "words_title": title, "words_title_key": key, "articles": ids,
                     "events": [], "first_date": dates[0] if dates else None,
                     "last_date": dates[-1] if dates else None})
    return rows


def assign(con: sqlite3.Connection, params: Params | None = None, stats: Stats | None = None) -> None:
    """Bring every stored article's ``event_cluster`` and ``story`` up to date, re-clustering only what changed
    (see :mod:`.state`), and write the ``stories`` rows (one transaction)."""
    from ..store import transaction

    rows = con.execute("SELECT id, duplicate_of, published, published_basis, extra, translation_of "
                       "FROM articles").fetchall()
    stub = [Article(r[0], "", None, r[1] or r[5], None) for r in rows]   # copies and translations
    original = _originals(stub)
    duplicates = {aid: o for aid, o in original.items() if o != aid}
    pub = {r[0]: metadata_published(r[2], r[3], r[4]) for r in rows}
    with transaction(con):
        part, heads, vocab, graph = update(con, duplicates, params, stats)
        out = _name(part, heads, {aid: (pub[aid], o) for aid, o in duplicates.items()})
        for aid, o in duplicates.items():
            out[aid] = out[o]
        old = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, event_cluster, story FROM articles")}
        con.executemany("UPDATE articles SET event_cluster=?, story=? WHERE id=?",
                        [(e, s, aid) for aid, (e, s) in out.items() if old.get(aid) != (e, s)])
        names = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, name, type FROM entities")}
        before = {r[0]: json.loads(r[1]) for r in con.execute("SELECT id, data FROM stories")}
        rows = story_rows(heads, out, names, duplicates, vocab, before, graph)
        del graph
        con.execute("DELETE FROM stories")
        con.executemany("INSERT INTO stories(id, data) VALUES (?, ?)",
                        [(r["id"], json.dumps(r, ensure_ascii=False)) for r in rows])
