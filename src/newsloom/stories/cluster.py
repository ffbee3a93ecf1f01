"""Event clusters and stories: a similarity graph from an inverted index, hierarchical clustering in its blocks.

How a partition is made (every step is a function of the article *set*, never of the order of arrival):

1. **Weights.** Each article is a sparse vector (see :mod:`.features`): content words, lead words, entities,
   dates and figures, each namespace normalised on its own and weighted. Key weights are idf values counted
   over the *vocabulary articles*: the whole set while it is small, else the older half of it (the first
   2^k articles in (publication date, id) order, 2^k < n <= 2^(k+1)). A build that adds newer articles
   therefore leaves every other article's vector as it was, which is what makes the clustering incremental.
2. **Graph.** An article meets its candidates through the index of its specific keys (the columns of a sparse
   matrix *are* the postings lists); candidates get their exact similarity (cosine-like, in [0, 1]): an
   *event* similarity (every namespace) and a *story* similarity (words and entities: the same kind of
   happening). Pairs below ``floor`` are dropped.
3. **Blocks.** Connected components of the pairs with event similarity >= ``min_sim`` or story similarity
   >= ``story_cut``. Everything below is done per block, from the block's members and edges alone.
4. **Stories.** In each block, Ward's clustering of the event similarity (in its sub-components) gives first
   event groups; average-link over the story similarity, starting from those groups, cut where the
   average falls below ``story_cut``, gives the stories.
5. **Event clusters.** In each story, the articles are compared again with weights *local to the story*:
   a key found in every member says what the story is about, not which of its happenings an article
   reports, and one found in a single member links nothing; keys shared by part of the story weigh most
   (4 f (1 - f) for a key in a share f of the members). Ward's clustering over these similarities, cut at
   a few thresholds and with a few weightings, gives a few partitions; the articles that most of them put
   together form the event clusters (a consensus is steadier than any one of them). Small stories keep the
   groups of step 4.

Near-duplicates (``duplicate_of``) are not clustered: they take their original's cluster (see
:func:`newsloom.stories.cluster_articles`). :mod:`.state` keeps the graph in the store between builds and
re-clusters only the blocks that changed.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from .features import IDF_OFFSET, LEAD_CHARS, Article, Vocabulary


@dataclass(frozen=True)
class Params:
    """The few numbers the clustering depends on (tuned on ECB+ dev topics by cross-validation, see
    docs/benchmarks_clusters.md)."""

    entity_weight: float = 0.5        # entities against words (words weigh 1)
    lead_weight: float = 0.5          # words of the title and first lines
    date_weight: float = 0.5          # normalised dates
    number_weight: float = 0.5        # figures
    event_weight: float = 0.25        # event mentions (type with participants)
    anchor_min: float = 0.03          # dates, figures and event kinds ("v:ACCUSE:allege") count in an event
                                      # similarity only when words, entities or participants' events give
                                      # at least this much of it: on a news day, unrelated reports share the
                                      # day's dates, and accusations, and nothing else
    norm_floor: float = 3.0           # least length an entity, date or figure vector is divided by
    min_sim: float = 0.1              # least event similarity of an edge that joins an event group
    block_sim: float = 0.0            # least similarity of an edge that joins a block
    event_cut: float = 2.0            # highest Ward merge cost inside a first event group (step 4)
    story_entity_weight: float = 0.5  # entities against words, for stories
    story_cut: float = 0.06           # least average story similarity between the event groups of a story
    local_cuts: tuple = (1.8, 1.9, 2.0)  # highest Ward merge costs inside an event cluster (step 5) ...
    local_lead_weights: tuple = (0.25, 0.5)    # ... lead words' weights ...
    local_number_weights: tuple = (0.25, 0.5)  # ... and figures' weights: one clustering per combination,
    consensus: float = 0.5            # ... articles together in at least this share of them stay together
    local_min: int = 6                # stories with fewer articles keep their step-4 groups
    local_share: float = 0.8          # the local similarity's share (the rest: the corpus-wide one)
    local_date_weight: float = 0.5    # namespace weights inside a story (step 5)
    local_entity_weight: float = 0.5
    local_event_weight: float = 0.0
    date_gap: int = 21                # articles whose publication dates lie further apart (days) ...
    text_date_gap: int = 0            # ... or whose dates from their own text lie further apart (0: not
                                      #     compared: ECB+ follow-up reports lie months apart) ...
    mode_clash: bool = True           # ... or whose leads report a phone call and a visit, say, ...
    gap_penalty: float = 1.0          # ... have their event similarity lowered by this much
    rare_share: float = 0.0           # keys in at most this share of the vocabulary articles ...
    rare_min: int = 200               # ... or in at most this many are indexed (a bound that does not grow
                                      #     with the corpus keeps the pairs compared linear in it)
    candidate_floor: float = 0.03     # candidates whose indexed keys alone give less are not compared
    floor: float = 0.03               # similarities below this are not kept
    max_block: int = 1500             # a larger block is split (deterministically) before clustering
    vocab_min: int = 256              # sets of up to 2x this many articles count their weights over all


def vocabulary_members(arts: list[Article], p: Params) -> list[Article]:
    """The articles whose keys the weights are counted over (see the module docstring, step 1)."""
    n = len(arts)
    if n <= 2 * p.vocab_min:
        return list(arts)
    size = 1 << (n - 1).bit_length() - 1            # 2^k < n <= 2^(k+1)
    ordered = sorted(arts, key=lambda a: (a.published or "9999-99-99", a.id))
    return ordered[:size]


# ------------------------------------------------------------------ vectors and edges

# Keys that count in similarities but find no candidates: a day and month without the year, a month, a year,
# a weekday, a figure are shared by many unrelated articles of a large corpus (a full date is indexed).
UNINDEXED = ("mo:", "md:", "wd:", "y:", "m:", "n:")


def _space(key: str) -> str:
    if key.startswith("w:"):
        return "w"
    if key.startswith("l:"):
        return "l"
    if key.startswith("e:"):
        return "e"
    if key.startswith("n:"):
        return "n"
    if key.startswith("v:"):
        return "v"
    return "d"


def space_weights(p: Params) -> tuple[dict[str, float], dict[str, float]]:
    event = {"w": 1.0, "l": p.lead_weight, "e": p.entity_weight, "d": p.date_weight, "n": p.number_weight,
             "v": p.event_weight}
    story = {"w": 1.0, "e": p.story_entity_weight}
    return event, story


class Columns:
    """Column numbers of keys, growing as keys arrive."""

    def __init__(self):
        self.col: dict[str, int] = {}
        self.keys: list[str] = []
        self._idf = np.zeros(0)

    def spaces(self) -> np.ndarray:
        """The namespace code (position in SPACES) of every column."""
        have = len(self.__dict__.get("_sp", ()))
        if have < len(self.keys):
            self._sp = np.concatenate([self.__dict__.get("_sp", np.zeros(0, dtype=np.int64)),
                                       _space_codes(self.keys[have:])])
        return self._sp

    def idf(self, vocab: Vocabulary) -> np.ndarray:
        """The idf of every column (computed for the columns added since the last call)."""
        have = len(self._idf)
        if have < len(self.keys):
            new = np.fromiter((vocab.idf(k, k.split(":", 2)[1] if k.startswith(("w:", "l:")) else None)
                               for k in self.keys[have:]), dtype=np.float64, count=len(self.keys) - have)
            self._idf = np.concatenate([self._idf, new])
        return self._idf

    def __call__(self, key: str) -> int:
        c = self.col.get(key)
        if c is None:
            c = self.col[key] = len(self.keys)
            self.keys.append(key)
        return c


SPACES = ("w", "l", "e", "d", "n", "v")


def _space_codes(keys: list[str]) -> np.ndarray:
    code = {sp: k for k, sp in enumerate(SPACES)}
    return np.array([code[_space(k)] for k in keys], dtype=np.int64)


def weighted_rows(arts: list[Article], vocab: Vocabulary, cols: "Columns", norm_floor: float,
                  local: bool = False, raw: bool = False):
    """(rows, cols, values, spaces) of the articles' key weights, each (article, namespace) of unit length
    (entities, dates, figures and events divided by at least ``norm_floor``); with ``local``, weights are
    multiplied by 4 f (1 - f), f the share of ``arts`` holding the key (0 for a key of one or all)."""
    Rs, Cs, Ws, Ps = [], [], [], []
    for r, a in enumerate(arts):
        ks = a.keys()
        k = len(ks)
        Rs.append(np.full(k, r, dtype=np.int64))
        Cs.append(np.fromiter(map(cols, ks), dtype=np.int64, count=k))
        Ws.append(np.fromiter(ks.values(), dtype=np.float64, count=k))
        pr = a.priors
        Ps.append(np.fromiter((pr.get(x, 1.0) for x in ks), dtype=np.float64, count=k) if pr else np.ones(k))
    empty = np.zeros(0)
    R = np.concatenate(Rs) if Rs else empty.astype(np.int64)
    C = np.concatenate(Cs) if Cs else empty.astype(np.int64)
    W = np.concatenate(Ws) if Ws else empty
    prior = np.concatenate(Ps) if Ps else empty
    del Rs, Cs, Ws, Ps
    idf = cols.idf(vocab)
    V = np.where(W > 0, (1.0 + np.log(np.maximum(W, 1e-12))) * idf[C] * prior, 0.0)
    if local:
        m = len(arts)
        _, inv, counts = np.unique(C, return_inverse=True, return_counts=True)
        ldf = counts[inv].astype(np.float64)
        f = ldf / m
        V = V * np.where((ldf >= 2) & (ldf < m), 4.0 * f * (1.0 - f), 0.0)
    keep = V > 0
    R, C, V = R[keep], C[keep], V[keep]
    sp = cols.spaces()[C] if len(C) else np.zeros(0, dtype=np.int64)
    if raw:
        return R, C, V, sp
    return normalised(R, C, V, sp, len(arts), norm_floor)


def normalised(R, C, V, sp, n: int, norm_floor: float):
    """Each (row, namespace) divided by its length (at least ``norm_floor`` for entities, dates, figures,
    events)."""
    slot = R * len(SPACES) + sp
    norm = np.sqrt(np.bincount(slot, weights=V * V, minlength=n * len(SPACES)))
    floor = np.zeros(len(SPACES))
    for k, name in enumerate(SPACES):
        if name in ("e", "d", "n", "v"):
            floor[k] = norm_floor
    norm = np.maximum(norm, np.tile(floor, n))
    V = V / np.where(norm[slot] > 0, norm[slot], 1.0)
    return R, C, V, sp


class Graph:
    """Vectors of a set of articles (rows), and the edges between them."""

    def __init__(self, arts: list[Article], vocab: Vocabulary, p: Params):
        self.p = p
        self.arts = arts
        self.vocab = vocab
        self.ids = [a.id for a in arts]
        self.pos = {a.id: i for i, a in enumerate(arts)}
        self.lang = np.array([a.lang for a in arts], dtype=object)
        cap = max(p.rare_min, p.rare_share * vocab.n)
        ev_w, st_w = space_weights(p)
        self.cols = Columns()
        R, C, V, sp = weighted_rows(arts, vocab, self.cols, p.norm_floor, raw=True)
        self.U = csr_matrix((V, (R, C)), shape=(len(arts), len(self.cols.keys)), dtype=np.float64)
        R, C, V, sp = normalised(R, C, V, sp, len(arts), p.norm_floor)
        we = np.sqrt(np.array([ev_w.get(x, 0.0) for x in SPACES]))[sp]
        ws = np.sqrt(np.array([st_w.get(x, 0.0) for x in SPACES]))[sp]
        n, m = len(arts), len(self.cols.keys)
        ke, ks = we > 0, ws > 0
        self.X = csr_matrix(((V * we)[ke], (R[ke], C[ke])), shape=(n, m), dtype=np.float64)
        self.Y = csr_matrix(((V * ws)[ks], (R[ks], C[ks])), shape=(n, m), dtype=np.float64)
        indexed = np.array([vocab.df.get(k, 0) <= cap and not k.startswith(UNINDEXED) for k in self.cols.keys],
                           dtype=bool)
        self.indexed = indexed
        on = csr_matrix((indexed.astype(np.float64), (np.arange(m), np.arange(m))), shape=(m, m))
        off = csr_matrix(((~indexed).astype(np.float64), (np.arange(m), np.arange(m))), shape=(m, m))
        # what does not anchor an event similarity: dates, figures, and an event's kind without participants
        dn = np.fromiter((_space(k) in ("d", "n") or (k.startswith("v:") and k.count(":") == 2)
                          for k in self.cols.keys), dtype=np.float64, count=m)
        self.Xdn = (self.X @ csr_matrix((dn, (np.arange(m), np.arange(m))), shape=(m, m))).tocsr()
        self.Xr, self.Yr = (self.X @ on).tocsr(), (self.Y @ on).tocsr()
        self.Xc, self.Yc = (self.X @ off).tocsr(), (self.Y @ off).tocsr()
        self._XrT, self._YrT = self.Xr.T.tocsr(), self.Yr.T.tocsr()
        del self.X, self.Y, on, off
        self.ev_norm_same = sum(ev_w.values())
        self.ev_norm_cross = ev_w["e"] + ev_w["d"] + ev_w["n"] + ev_w["v"]
        self.st_norm_same = sum(st_w.values())
        self.st_norm_cross = st_w["e"]

    def edges(self, rows: np.ndarray | list[int], step: int = 250):
        """Edges (i, j, event similarity, story similarity) from each of ``rows`` to every article, i < j
        or j not in ``rows``: every pair is given once, with i in ``rows``."""
        rows = np.asarray(sorted(set(int(r) for r in rows)), dtype=np.int64)
        in_rows = np.zeros(len(self.ids), dtype=bool)
        in_rows[rows] = True
        out_i, out_j, out_e, out_s = [], [], [], []
        p = self.p
        for s in range(0, len(rows), step):
            chunk = rows[s:s + step]
            E = (self.Xr[chunk] @ self._XrT).tocoo()
            S = (self.Yr[chunk] @ self._YrT).tocoo()
            ei, ej, ev = chunk[E.row], E.col.astype(np.int64), E.data
            si, sj, sv = chunk[S.row], S.col.astype(np.int64), S.data
            n = len(self.ids)
            # each unordered pair once: from the smaller row when both are in ``rows``
            ke = (ei != ej) & (~in_rows[ej] | (ei < ej))
            ks = (si != sj) & (~in_rows[sj] | (si < sj))
            keys = np.concatenate([ei[ke] * n + ej[ke], si[ks] * n + sj[ks]])
            if not len(keys):
                continue
            uniq, inv = np.unique(keys, return_inverse=True)
            evv, svv = np.zeros(len(uniq)), np.zeros(len(uniq))
            ne = int(ke.sum())
            evv[inv[:ne]] = ev[ke]
            svv[inv[ne:]] = sv[ks]
            I, J = uniq // n, uniq % n
            keep = (evv >= p.candidate_floor) | (svv >= p.candidate_floor)
            I, J, evv, svv = I[keep], J[keep], evv[keep], svv[keep]
            evv = evv + _rowdots(self.Xc, I, J)
            svv = svv + _rowdots(self.Yc, I, J)
            same = self.lang[I] == self.lang[J]
            ev_norm = np.where(same, self.ev_norm_same, max(self.ev_norm_cross, 1e-9))
            dates = _rowdots(self.Xdn, I, J)
            evv = np.where((evv - dates) / ev_norm >= p.anchor_min, evv, evv - dates)
            evv = np.round(evv / ev_norm, 9)
            svv = np.round(svv / np.where(same, self.st_norm_same, max(self.st_norm_cross, 1e-9)), 9)
            keep = (evv >= p.floor) | (svv >= p.floor)
            out_i.append(I[keep]); out_j.append(J[keep]); out_e.append(evv[keep]); out_s.append(svv[keep])
        if not out_i:
            z = np.zeros(0)
            return z.astype(np.int64), z.astype(np.int64), z, z
        return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_e), np.concatenate(out_s)


def _rowdots(M: csr_matrix, I: np.ndarray, J: np.ndarray, chunk: int = 200_000) -> np.ndarray:
    """Dot products of rows I[k] and J[k] of M, in chunks."""
    out = np.zeros(len(I))
    if M.nnz == 0:
        return out
    for s in range(0, len(I), chunk):
        a, b = M[I[s:s + chunk]], M[J[s:s + chunk]]
        out[s:s + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


# ------------------------------------------------------------------ blocks

def sym(n: int, I: np.ndarray, J: np.ndarray, V: np.ndarray) -> csr_matrix:
    return csr_matrix((np.concatenate([V, V]), (np.concatenate([I, J]), np.concatenate([J, I]))), shape=(n, n))


def blocks(n: int, E: csr_matrix, S: csr_matrix, p: Params) -> list[list[int]]:
    """The blocks: connected components (lists of row numbers, sorted) of the linking edges; a component
    larger than ``max_block`` is cut into the components of stronger and stronger story edges (then, past a
    similarity of 1, into chunks in row order) — deterministic, so a piece that did not change is found
    again in the next build."""
    link = (E >= max(p.min_sim, p.block_sim)).maximum(S >= max(p.story_cut, p.block_sim))
    _, lab = connected_components(link, directed=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, l in enumerate(lab.tolist()):
        groups[l].append(i)
    out: list[list[int]] = []
    todo = [(g, p.story_cut) for g in groups.values()]
    while todo:
        rows, t = todo.pop()
        if len(rows) <= p.max_block:
            out.append(rows)
            continue
        t += 0.05
        if t > 1.0:
            out += [rows[k:k + p.max_block] for k in range(0, len(rows), p.max_block)]
            continue
        idx = np.array(rows)
        _, sub = connected_components(S[idx][:, idx] >= t, directed=False)
        parts: dict[int, list[int]] = defaultdict(list)
        for k, l in enumerate(sub.tolist()):
            parts[l].append(rows[k])
        todo += [(q, t) for q in parts.values()]
    out.sort(key=lambda b: b[0])
    return out


def cluster_block(members: list[Article], E: np.ndarray, S: np.ndarray, vocab: Vocabulary,
                  p: Params, U: csr_matrix | None = None, cols: "Columns | None" = None) -> list[tuple[int, int]]:
    """(event group, story group) per member — each group named by the position of its first member in
    ``members`` — from the members (in id order) and the dense event and story similarities among them."""
    m = len(members)
    if m == 1:
        return [(0, 0)]
    # step 4: first event groups, then stories
    ev = np.arange(m)
    _, sub = connected_components(csr_matrix(E >= p.min_sim), directed=False)
    for c in np.unique(sub):
        rows = np.flatnonzero(sub == c)
        if len(rows) == 1:
            continue
        sim = E[np.ix_(rows, rows)].copy()
        if p.gap_penalty:
            sim -= p.gap_penalty * _gaps([members[i] for i in rows], p.date_gap, p.text_date_gap, p.mode_clash)
        ev[rows] = rows[_ward(sim, p.event_cut, p.min_sim)]
    Sb = S.copy()
    Sb[ev[:, None] == ev[None, :]] = np.inf        # a first event group stays whole inside its story
    st = _upgma(Sb, p.story_cut)
    first: dict[int, int] = {}
    for k, l in enumerate(st.tolist()):
        first.setdefault(l, k)
    story = np.array([first[l] for l in st.tolist()])
    # step 5: event clusters inside each story, with weights local to the story
    final = ev.copy()
    for s0 in np.unique(story):
        rows = np.flatnonzero(story == s0)
        if len(rows) < max(p.local_min, 2):
            continue
        sub = [members[i] for i in rows]
        apart = p.gap_penalty * _gaps(sub, p.date_gap, p.text_date_gap, p.mode_clash) if p.gap_penalty else 0.0
        together = np.zeros((len(rows), len(rows)))
        runs = 0
        parts = local_parts(sub, vocab, p, U[rows] if U is not None else None, cols)
        for lw in p.local_lead_weights:
            for nw in p.local_number_weights:
                sim = local_similarity(sub, vocab, p, lw, nw, parts)
                sim = p.local_share * sim + (1.0 - p.local_share) * E[np.ix_(rows, rows)]
                np.fill_diagonal(sim, 1.0)
                sim = sim - apart
                for cut in p.local_cuts:
                    lab = _ward(sim, cut, -np.inf)
                    together += lab[:, None] == lab[None, :]
                    runs += 1
        final[rows] = rows[_consensus(together / runs, p.consensus)]
    return [(int(final[k]), int(story[k])) for k in range(m)]


def _consensus(share: np.ndarray, least: float) -> np.ndarray:
    """Average-link over the share of clusterings that put two articles together, cut at ``least``; per row,
    the row number of its group's first member."""
    m = share.shape[0]
    if m == 1:
        return np.zeros(1, dtype=np.int64)
    d = 1.0 - share
    np.fill_diagonal(d, 0.0)
    lab = fcluster(linkage(d[np.triu_indices(m, 1)], method="average"), 1.0 - least + 1e-9, criterion="distance")
    first: dict[int, int] = {}
    return np.array([first.setdefault(int(l), k) for k, l in enumerate(lab.tolist())], dtype=np.int64)


def local_parts(members: list[Article], vocab: Vocabulary, p: Params, U: csr_matrix | None = None,
                cols: "Columns | None" = None) -> dict[str, np.ndarray]:
    """Per namespace, the similarities among the members of one story with weights local to it (see the
    module docstring, step 5). ``U``: the members' rows of the graph's raw weights, when at hand."""
    m = len(members)
    if U is None:
        cols = Columns()
        R, C, V, _ = weighted_rows(members, vocab, cols, 0.0, raw=True)
        U = csr_matrix((V, (R, C)), shape=(m, max(1, len(cols.keys))))
    else:
        U = U.tocoo()
        R, C, V = U.row.astype(np.int64), U.col.astype(np.int64), U.data
        cols = cols
    uniq, Cl, counts = np.unique(C, return_inverse=True, return_counts=True)
    ldf = counts[Cl].astype(np.float64)
    f = ldf / m
    V = V * np.where((ldf >= 2) & (ldf < m), 4.0 * f * (1.0 - f), 0.0)
    keep = V > 0
    R, Cl, V, C = R[keep], Cl[keep], V[keep], C[keep]
    sp = cols.spaces()[C] if len(C) else np.zeros(0, dtype=np.int64)
    R, Cl, V, sp = normalised(R, Cl, V, sp, m, 0.0)
    out = {}
    for k, name in enumerate(SPACES):
        sel = sp == k
        if not sel.any():
            continue
        X = csr_matrix((V[sel], (R[sel], Cl[sel])), shape=(m, max(1, len(uniq))))
        out[name] = (X @ X.T).toarray()
    return out


def local_similarity(members: list[Article], vocab: Vocabulary, p: Params, lead_weight: float | None = None,
                     number_weight: float | None = None, parts: dict | None = None) -> np.ndarray:
    """Event similarities among the members of one story, each key weighted by 4 f (1 - f) where f is the
    share of the members that have it (0 for a key of a single member, or of all)."""
    parts = parts if parts is not None else local_parts(members, vocab, p)
    m = len(members)
    ev_w = {"w": 1.0, "l": p.local_lead_weights[0] if lead_weight is None else lead_weight,
            "e": p.local_entity_weight, "d": p.local_date_weight,
            "n": p.local_number_weights[0] if number_weight is None else number_weight, "v": p.local_event_weight}
    sim = np.zeros((m, m))
    for name, M in parts.items():
        sim += ev_w.get(name, 0.0) * M
    lang = np.array([a.lang for a in members], dtype=object)
    same = lang[:, None] == lang[None, :]
    norm = np.where(same, sum(ev_w.values()), ev_w["e"] + ev_w["d"] + ev_w["n"] + ev_w["v"])
    sim = np.round(sim / norm, 9)
    np.fill_diagonal(sim, 1.0)
    return sim


def _lead_modes(a: Article) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for typ, mode, start, _spans, _kb in a.event_spans:
        if mode and start < LEAD_CHARS:
            out[typ].add(mode)
    return out


def _gaps(arts: list[Article], gap: int, text_gap: int | None = None, modes: bool = True) -> np.ndarray:
    """1 where two articles cannot report one happening: their dates lie more than ``gap`` days apart
    (``text_gap`` when either date comes from the text rather than metadata; a date without its year,
    "XXXX-06-02", is compared by day of the year), or their leads report the same kind of event in ways
    that cannot be one happening — a phone call against a visit or meeting, the rule the events stage
    merges by; 0 otherwise."""
    m = len(arts)
    out = np.zeros((m, m), dtype=bool)
    if modes:
        lm = [_lead_modes(a) for a in arts]
        for typ in sorted({t for x in lm for t in x}):
            phone_only = np.array([x.get(typ) == {"phone"} for x in lm])
            other_only = np.array([bool(x.get(typ)) and "phone" not in x[typ] for x in lm])
            if phone_only.any() and other_only.any():
                out |= phone_only[:, None] & other_only[None, :]
                out |= other_only[:, None] & phone_only[None, :]
    full = np.array([_ordinal(a.anchor) if a.published else np.nan for a in arts], dtype=float)
    known = ~np.isnan(full)
    if known.sum() >= 2 and gap:
        d = np.abs(full[:, None] - full[None, :])
        out |= known[:, None] & known[None, :] & (d > gap)
    if text_gap:
        idx = [k for k, a in enumerate(arts) if a.anchor]
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                if arts[i].published and arts[j].published:
                    continue
                dd = _date_distance(arts[i].anchor, arts[j].anchor)
                if dd is not None and dd > text_gap:
                    out[i, j] = out[j, i] = True
    return out.astype(float)


def _ordinal(value: str | None) -> float:
    try:
        return float(date.fromisoformat(value[:10]).toordinal()) if value else math.nan
    except ValueError:
        return math.nan


def _date_distance(a: str, b: str) -> int | None:
    """Days between two dates; by day of the year when either lacks its year."""
    try:
        if not a.startswith("XXXX") and not b.startswith("XXXX"):
            return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
        da = date.fromisoformat("2001" + a[4:10]) if a[4:5] == "-" else None
        db = date.fromisoformat("2001" + b[4:10]) if b[4:5] == "-" else None
    except ValueError:
        return None
    if da is None or db is None:
        return None
    d = abs((da - db).days)
    return min(d, 365 - d)


def _ward(sim: np.ndarray, cut: float, min_sim: float) -> np.ndarray:
    """Ward's clustering of a dense similarity matrix; returns, per row, the row number of its group's first
    member. A group is a subtree whose every merge costs at most ``cut`` and joins two groups with an average
    similarity of at least ``min_sim``."""
    m = sim.shape[0]
    if m == 1:
        return np.zeros(1, dtype=np.int64)
    d = np.sqrt(np.maximum(2.0 - 2.0 * np.minimum(sim, 1.0), 0.0))
    np.fill_diagonal(d, 0.0)
    Z = linkage(d[np.triu_indices(m, 1)], method="ward")
    members: list[list[int]] = [[i] for i in range(m)]
    ok = [True] * m
    for a, b, cost, _ in Z:
        a, b = int(a), int(b)
        A, B = members[a], members[b]
        good = ok[a] and ok[b] and cost <= cut and (min_sim == -np.inf or sim[np.ix_(A, B)].mean() >= min_sim)
        members.append(A + B)
        ok.append(good)
    out = np.empty(m, dtype=np.int64)
    stack = [2 * m - 2]
    while stack:
        node = stack.pop()
        if ok[node]:
            out[members[node]] = min(members[node])
        else:
            a, b = Z[node - m, :2]
            stack += [int(a), int(b)]
    return out


def _upgma(sim: np.ndarray, cut: float) -> np.ndarray:
    """Average-link over a dense similarity matrix, cut where the average similarity falls below ``cut``.
    Returns a label per row; the rows are in a fixed (id) order, so the result is deterministic."""
    m = sim.shape[0]
    if m == 1:
        return np.zeros(1, dtype=int)
    big = np.isinf(sim)
    d = 1.0 - np.where(big, 1.0, sim)
    d[big] = 0.0
    d = np.maximum(d, 0.0) + np.where(big, 0.0, 1e-9)   # ties at 0 only for forced pairs
    np.fill_diagonal(d, 0.0)
    Z = linkage(d[np.triu_indices(m, 1)], method="average")
    return fcluster(Z, 1.0 - cut + 1e-12, criterion="distance")


# ------------------------------------------------------------------ the whole set at once

def partition(arts: list[Article], p: Params | None = None) -> dict[str, tuple[str, str]]:
    """{article id: (event key, story key)} for a set of articles (no duplicates among them); keys are member
    ids (the caller names the groups). A function of the set: the order of ``arts`` does not matter."""
    p = p or Params()
    arts = sorted(arts, key=lambda a: a.id)
    if not arts:
        return {}
    vocab = Vocabulary(vocabulary_members(arts, p))
    g = Graph(arts, vocab, p)
    n = len(arts)
    I, J, EV, SV = g.edges(np.arange(n))
    E, S = sym(n, I, J, EV), sym(n, I, J, SV)
    out: dict[str, tuple[str, str]] = {}
    for rows in blocks(n, E, S, p):
        idx = np.array(rows)
        labels = cluster_block([arts[r] for r in rows], E[idx][:, idx].toarray(), S[idx][:, idx].toarray(), vocab, p,
                               g.U[idx], g.cols)
        for k, (e, s_) in enumerate(labels):
            out[arts[rows[k]].id] = (arts[rows[e]].id, arts[rows[s_]].id)
    return out
