"""The clustering kept in the store between builds, so that a build re-clusters only what its articles touch.

Stored (tables ``cluster_features``, ``cluster_edges``, ``cluster_blocks``, see ``store.MIGRATIONS``):

* each clustered article's features (what its text, dates and metadata give, cached by content hash, and its
  linked entities, which linking may change when other articles arrive);
* the similarity graph: every edge kept (event and story similarity);
* each block's members and labels.

A build (:func:`update`) computes the features of new and changed articles, the weights (see
:func:`.cluster.vocabulary_members`), and the set of *affected* articles: new, changed or removed ones and
those holding a key whose weight changed. Only their edges are computed again — through the index of
specific keys, against every article — and only the blocks holding an affected article, or whose members
changed, are clustered again. Every other block keeps its labels. The result is the partition that
:func:`.cluster.partition` gives for the whole set at once (the tests check it), whatever the order and the
number of builds that brought the articles in.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import asdict

import numpy as np

from .cluster import Graph, Params, blocks, cluster_block, sym, vocabulary_members
from .features import (FEATURES_VERSION, Article, Vocabulary, article_features, load_event_mentions, load_mentions,
                       metadata_published)

def _params_key(p: Params) -> str:
    return hashlib.sha1(json.dumps(asdict(p), sort_keys=True).encode()).hexdigest()


def _ents_json(a: Article) -> str:
    return json.dumps([sorted(a.ents.items()), sorted(a.lead.items()), sorted(a.types.items()),
                       sorted(a.priors.items()), sorted(a.events.items())])


def _set_ents(a: Article, data: str) -> None:
    a.changed()
    ents, lead, types, priors, events = json.loads(data)
    a.ents, a.lead, a.types = Counter(dict(ents)), Counter(dict(lead)), dict(types)
    a.priors, a.events = dict(priors), Counter(dict(events))


class Stats:
    """What a build did (for the build summary and the benchmarks)."""

    def __init__(self):
        self.articles = 0
        self.affected = 0
        self.full = False
        self.blocks = 0
        self.reclustered = 0

    def __repr__(self):
        return (f"Stats(articles={self.articles}, affected={self.affected}, full={self.full}, "
                f"blocks={self.blocks}, reclustered={self.reclustered})")


def update(con: sqlite3.Connection, duplicates: dict[str, str], p: Params | None = None,
           stats: Stats | None = None):
    """Bring the stored clustering up to date with the stored articles; returns ({article id: (event key,
    story key)} for every clustered article — keys are member ids —, the clustered articles (their word counts
    emptied: the graph holds them), the weights, the graph).

    ``duplicates``: {article id: its original} for the articles that are near-duplicates (not clustered).
    The caller owns the transaction.
    """
    p = p or Params()
    stats = stats if stats is not None else Stats()
    # ---- features: cached content part, fresh entity part
    rows = con.execute("SELECT id, lang, content_hash, published, published_basis, extra, title "
                       "FROM articles ORDER BY id").fetchall()
    ments = load_mentions(con)
    meta = {}                      # article -> (sig, keyhash, was a vocabulary member)
    arts: list[Article] = []
    need_content: list = []
    sigs: dict[str, str] = {}
    wanted = {}
    for r in rows:
        if r[0] in duplicates:
            continue
        pub = metadata_published(r[3], r[4], r[5])
        sigs[r[0]] = hashlib.sha1(f"{r[2]}\x00{pub}\x00{r[1]}\x00{r[6] or ''}\x00{FEATURES_VERSION}".encode(
            "utf-8", "surrogatepass")).hexdigest()
        wanted[r[0]] = (r[1], pub, r[6])
    for aid, sig, content, keyhash, was_vocab in con.execute(
            "SELECT article, sig, content, keyhash, vocab FROM cluster_features"):
        meta[aid] = (sig, keyhash, bool(was_vocab))
        if aid in sigs and sigs[aid] == sig:
            a = Article.from_content(aid, None, json.loads(content))
            a.set_mentions(ments.get(aid, []))
            arts.append(a)
    have = {a.id for a in arts}
    for aid, (lang, pub, title) in wanted.items():
        if aid in have:
            continue
        text = con.execute("SELECT text FROM articles WHERE id=?", (aid,)).fetchone()[0] or ""
        tx = [(t[0], t[1], t[2], t[3]) for t in con.execute(
            'SELECT start, "end", type, value FROM timexes WHERE article=? ORDER BY start', (aid,))]
        evm = load_event_mentions(con, aid).get(aid, [])
        arts.append(article_features(aid, lang, text, pub, None, title, ments.get(aid, []), tx, evm))
    del ments
    arts.sort(key=lambda a: a.id)
    stats.articles = len(arts)
    hashes = {a.id: a.key_hash() for a in arts}
    # ---- weights before and after; what they change
    members = vocabulary_members(arts, p)
    vocab = Vocabulary(members)
    in_vocab = {a.id for a in members}
    old_members = {aid for aid, m in meta.items() if m[2]}
    now = {a.id: a for a in arts}
    removed = set(meta) - set(now)
    changed = {a.id for a in arts if a.id not in meta or meta[a.id][1] != hashes[a.id]}
    full = (not meta or con.execute("SELECT value FROM meta WHERE key='cluster_params'").fetchone() is None
            or json.loads(con.execute("SELECT value FROM meta WHERE key='cluster_params'").fetchone()[0])
            != _params_key(p)
            or len(old_members) != len(in_vocab))
    affected: set[str] = set()
    if not full:
        # the vocabulary members whose keys entered or left the counts
        delta: Counter = Counter()
        old_langs: Counter = Counter()
        touched = (in_vocab ^ old_members) | (changed & (in_vocab | old_members))
        for aid in sorted(touched):
            if aid in in_vocab:
                delta.update(now[aid].keys().keys())
            if aid in old_members:
                old = con.execute("SELECT content, ents FROM cluster_features WHERE article=?", (aid,)).fetchone()
                if old is not None:
                    oa = Article.from_content(aid, None, json.loads(old[0]))
                    _set_ents(oa, old[1])
                    delta.subtract(oa.keys().keys())
                    old_langs[oa.lang] += 1
        langs_now = Counter(now[a].lang for a in touched if a in in_vocab)
        if langs_now != old_langs:
            full = True
        changed_keys = {k for k, v in delta.items() if v}
        affected = set(changed)
        if changed_keys:
            for a in arts:
                if a.id not in affected and not changed_keys.isdisjoint(a.keys()):
                    affected.add(a.id)
        if len(affected) + len(removed) > 0.5 * max(len(arts), 1):
            full = True
    stats.full = full
    stats.affected = len(arts) if full else len(affected)
    # ---- edges
    g = Graph(arts, vocab, p)
    # ---- features
    write = [a for a in arts if a.id not in meta or meta[a.id][0] != sigs[a.id] or meta[a.id][1] != hashes[a.id]
             or meta[a.id][2] != (a.id in in_vocab)]
    con.executemany("INSERT OR REPLACE INTO cluster_features(article, sig, content, ents, keyhash, vocab) "
                    "VALUES (?,?,?,?,?,?)",
                    ((a.id, sigs[a.id], json.dumps(a.content_json(), ensure_ascii=False), _ents_json(a), hashes[a.id],
                      int(a.id in in_vocab)) for a in write))
    con.executemany("DELETE FROM cluster_features WHERE article=?", [(x,) for x in removed])
    for a in arts:          # what the clustering reads is in the graph now: free the word counts
        a.words, a.lead_words = Counter(), Counter()
    n = len(arts)
    ids = g.ids
    if full:
        I, J, EV, SV = g.edges(np.arange(n))
        con.execute("DELETE FROM cluster_edges")
        fresh = (I, J, EV, SV)
    else:
        gone = affected | removed
        if gone:
            con.executemany("DELETE FROM cluster_edges WHERE a=?", [(x,) for x in gone])
            con.executemany("DELETE FROM cluster_edges WHERE b=?", [(x,) for x in gone])
        kept = con.execute("SELECT a, b, e, s FROM cluster_edges").fetchall()
        kI = np.array([g.pos[r[0]] for r in kept], dtype=np.int64)
        kJ = np.array([g.pos[r[1]] for r in kept], dtype=np.int64)
        kE = np.array([r[2] for r in kept], dtype=np.float64)
        kS = np.array([r[3] for r in kept], dtype=np.float64)
        del kept
        fresh = g.edges([g.pos[a] for a in affected])
        I, J = np.concatenate([kI, fresh[0]]), np.concatenate([kJ, fresh[1]])
        EV, SV = np.concatenate([kE, fresh[2]]), np.concatenate([kS, fresh[3]])
    con.executemany("INSERT OR REPLACE INTO cluster_edges(a, b, e, s) VALUES (?,?,?,?)",
                    ((ids[min(i, j)], ids[max(i, j)], e, s_) for i, j, e, s_ in
                     zip(fresh[0].tolist(), fresh[1].tolist(), fresh[2].tolist(), fresh[3].tolist())))
    E, S = sym(n, I, J, EV), sym(n, I, J, SV)
    del I, J, EV, SV
    # ---- blocks: reuse the labels of those that did not change
    old_blocks = {r[0]: (json.loads(r[1]), json.loads(r[2])) for r in con.execute(
        "SELECT block, members, labels FROM cluster_blocks")}
    out: dict[str, tuple[str, str]] = {}
    new_blocks = []
    bl = blocks(n, E, S, p)
    stats.blocks = len(bl)
    for rows_b in bl:
        members = [ids[r] for r in rows_b]
        key = members[0]
        old = old_blocks.get(key)
        if not full and old is not None and old[0] == members and affected.isdisjoint(members):
            labels = old[1]
        else:
            stats.reclustered += 1
            idx = np.array(rows_b)
            lab = cluster_block([arts[r] for r in rows_b], E[idx][:, idx].toarray(), S[idx][:, idx].toarray(),
                                vocab, p, g.U[idx], g.cols)
            labels = {members[k]: [members[e], members[s_]] for k, (e, s_) in enumerate(lab)}
            new_blocks.append((key, json.dumps(members), json.dumps(labels)))
        for aid, (e, s_) in labels.items():
            out[aid] = (e, s_)
    live = {ids[b[0]] for b in bl}
    con.executemany("DELETE FROM cluster_blocks WHERE block=?", [(b,) for b in old_blocks if b not in live])
    con.executemany("INSERT OR REPLACE INTO cluster_blocks(block, members, labels) VALUES (?,?,?)", new_blocks)
    con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('cluster_params', ?)", (json.dumps(_params_key(p)),))
    return out, arts, vocab, g
