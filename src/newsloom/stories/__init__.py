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

from .cluster import Index, Params
from .features import Article, Vocabulary, _stem, load_articles

__all__ = ["assign", "cluster_articles", "Params", "Index"]

EVENT_PREFIX = "cluster:"
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


def cluster_articles(articles: list[Article], params: Params | None = None) -> dict[str, tuple[str, str]]:
    """{article id: (event cluster id, story id)} for a set of articles (order irrelevant)."""
    original = _originals(articles)
    heads = sorted((a for a in articles if original[a.id] == a.id), key=lambda a: a.id)
    index = Index(Vocabulary(heads), params)
    index.add(heads)
    part = index.partition()
    # name each group after its earliest member: publication date, then id
    when = {a.id: (a.published or "9999-99-99", a.id) for a in heads}
    members_e: dict[str, list[str]] = defaultdict(list)
    members_s: dict[str, list[str]] = defaultdict(list)
    for aid, (e, s) in part.items():
        members_e[e].append(aid)
        members_s[s].append(aid)
    name_e = {k: EVENT_PREFIX + min(v, key=when.__getitem__) for k, v in members_e.items()}
    name_s = {k: STORY_PREFIX + min(v, key=when.__getitem__) for k, v in members_s.items()}
    out = {aid: (name_e[e], name_s[s]) for aid, (e, s) in part.items()}
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


def _title(members: list[Article], names: dict[str, tuple[str, str]], vocab: Vocabulary) -> str:
    """"Entity, Entity — keyword, keyword, keyword" from the entities and words most specific to the group."""
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
    for a in members:
        if a.lang != lang:
            continue
        word_docs.update(a.words)
        for w, c in a.surface.items():
            surface[_stem(w)][w] += c
    score = {w: c * vocab.idf(f"w:{lang}:{w}", lang) for w, c in word_docs.items()
             if w not in in_names and c >= max(1, 0.3 * langs[lang])}
    words = sorted(score, key=lambda w: (-score[w], w))[:3]
    keywords = [min(surface[w], key=lambda s: (-surface[w][s], s)) if surface[w] else w for w in words]
    left = ", ".join(ent_names)
    right = ", ".join(keywords)
    if left and right:
        return f"{left} — {right}"
    return left or right or "(untitled)"


def story_rows(articles: list[Article], part: dict[str, tuple[str, str]],
               names: dict[str, tuple[str, str]]) -> list[dict]:
    by_story: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_story[part[a.id][1]].append(a)
    heads = [a for a in articles if not a.duplicate_of]
    vocab = Vocabulary(heads or articles)
    rows = []
    for sid in sorted(by_story):
        members = sorted(by_story[sid], key=lambda a: a.id)
        core = [a for a in members if not a.duplicate_of] or members
        dates = sorted(d for d in (_article_date(a) for a in members) if d)
        rows.append({"id": sid, "title": _title(core, names, vocab), "articles": [a.id for a in members],
                     "events": [], "first_date": dates[0] if dates else None,
                     "last_date": dates[-1] if dates else None})
    return rows


def assign(con: sqlite3.Connection, params: Params | None = None) -> None:
    """Compute event clusters and stories for every stored article and write them (one transaction)."""
    from ..store import transaction

    articles = load_articles(con)
    part = cluster_articles(articles, params)
    names = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, name, type FROM entities")}
    rows = story_rows(articles, part, names)
    with transaction(con):
        con.execute("UPDATE articles SET event_cluster=NULL, story=NULL")
        con.executemany("UPDATE articles SET event_cluster=?, story=? WHERE id=?",
                        [(e, s, aid) for aid, (e, s) in part.items()])
        con.execute("DELETE FROM stories")
        con.executemany("INSERT INTO stories(id, data) VALUES (?, ?)",
                        [(r["id"], json.dumps(r, ensure_ascii=False)) for r in rows])
