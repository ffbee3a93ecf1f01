"""Event clusters and stories: a similarity graph from an inverted index, hierarchical clustering in its blocks.

How a partition is made (every step is a function of the article *set*, never of the order of arrival):

1. Each article is a sparse vector (see :mod:`.features`): content words, entities, dates and figures, each
   namespace normalised on its own and weighted. Keys found in many articles are left out of the index but
   still count in the similarity of the pairs the index brings together.
2. An article meets its candidates through the index (the matrix columns *are* the postings lists): one
   sparse product gives what it shares with every article that has one of its specific keys; those
   candidates get their exact similarity (cosine-like, in [0, 1]).
3. Event blocks: connected components of the pairs with similarity >= ``min_sim``. In each block, Ward's
   hierarchical clustering over the distances sqrt(2 - 2 s); an event cluster is a subtree all of whose
   merges cost at most ``event_cut`` and join two groups whose average similarity is at least ``min_sim``.
   (Ward splits a topic into its happenings much better than average-link, which peels off outliers first;
   the second condition keeps unrelated articles from pooling together.)
4. Story blocks: connected components of the pairs with a story similarity (words and entities only, "the
   same kind of happening") >= ``story_cut``, together with the event blocks. In each, average-link over the
   articles, starting from the event clusters, cut where the average story similarity falls below
   ``story_cut``. Stories are therefore unions of event clusters.

A new article opens or joins a cluster through the index (:meth:`Index.add`): only the blocks it touches are
clustered again. Near-duplicates (``duplicate_of``) are not clustered: they take their original's cluster
(see :func:`newsloom.stories.cluster_articles`).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix, diags, vstack
from scipy.sparse.csgraph import connected_components

from .features import Article, Vocabulary


@dataclass(frozen=True)
class Params:
    """The few numbers the clustering depends on (tuned on ECB+ dev topics, see docs/benchmarks_clusters.md)."""

    entity_weight: float = 0.5        # entities against words (words weigh 1)
    date_weight: float = 0.2          # normalised dates
    number_weight: float = 0.2        # figures
    event_cut: float = 2.0            # highest Ward merge cost inside an event cluster
    min_sim: float = 0.05             # least average similarity of two groups merged into one event cluster
    date_gap: int = 30                # articles whose dates lie further apart (days) ...
    gap_penalty: float = 1.0          # ... have their similarity lowered by this much, for events
    story_entity_weight: float = 0.5  # entities against words, for stories
    story_cut: float = 0.06           # least average similarity between the event clusters of a story
    max_df: float = 0.01              # keys in more than this share of articles (and > min_df_cap) are not indexed
    min_df_cap: int = 100
    candidate_floor: float = 0.03     # candidates whose indexed keys alone give less are not compared
    floor: float = 0.02               # similarities below this are not kept
    max_block: int = 3000             # a larger block is split (deterministically) before clustering


class _Keys:
    """Column numbers of keys, growing as new keys arrive."""

    def __init__(self):
        self.col: dict[str, int] = {}

    def __call__(self, key: str) -> int:
        c = self.col.get(key)
        if c is None:
            c = self.col[key] = len(self.col)
        return c


def _namespace(a: Article, vocab: Vocabulary, keys_of) -> dict[str, float]:
    vec: dict[str, float] = {}
    norm = 0.0
    for key, count in keys_of(a):
        w = (1.0 + math.log(count)) * vocab.idf(key, a.lang if key.startswith("w:") else None)
        vec[key] = w
        norm += w * w
    if norm <= 0:
        return {}
    norm = math.sqrt(norm)
    return {k: v / norm for k, v in vec.items()}


def _words(a):
    return ((f"w:{a.lang}:{w}", c) for w, c in a.words.items())


def _ents(a):
    return ((f"e:{e}", c) for e, c in a.ents.items() if c > 0)


def _dates(a):
    return a.dates.items()


def _numbers(a):
    return a.numbers.items()


class Index:
    """The similarity graph of a set of articles, grown by :meth:`add`; :meth:`partition` reads it.

    ``vocab`` fixes the key weights (document frequencies); :func:`newsloom.stories.assign` takes them from
    the whole stored corpus, so that the partition is a function of the article set.
    """

    def __init__(self, vocab: Vocabulary, params: Params | None = None):
        self.p = params or Params()
        self.vocab = vocab
        cap = max(self.p.min_df_cap, self.p.max_df * vocab.n)
        self._is_indexed = lambda key: vocab.df[key] <= cap
        self._indexed: list[bool] = []      # per column: is the key in the index
        self.keys = _Keys()
        self.ids: list[str] = []
        self.pos: dict[str, int] = {}
        self.arts: list[Article] = []
        self.lang: list[str] = []
        self._X: list[csr_matrix] = []      # event-space rows, in chunks
        self._Y: list[csr_matrix] = []      # story-space rows
        self._edges: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []  # i, j, event s, story s
        self._parent: list[int] = []        # union-find over story blocks
        self._labels: dict[int, tuple[int, int]] = {}  # article -> (event root, story root), per block
        self._dirty: set[int] = set()

    # ------------------------------------------------------------ vectors
    def _rows(self, arts: list[Article]) -> tuple[csr_matrix, csr_matrix]:
        """Event-space and story-space rows of ``arts`` (every key; the index mask says which are indexed)."""
        p = self.p
        spaces = [(_words, 1.0, 1.0), (_ents, p.entity_weight, p.story_entity_weight),
                  (_dates, p.date_weight, 0.0), (_numbers, p.number_weight, 0.0)]
        xr, xc, xv, yr, yc, yv = [], [], [], [], [], []
        for r, a in enumerate(arts):
            for keys_of, we, ws in spaces:
                if we <= 0 and ws <= 0:
                    continue
                for k, v in _namespace(a, self.vocab, keys_of).items():
                    c = self.keys(k)
                    if c == len(self._indexed):
                        self._indexed.append(self._is_indexed(k))
                    if we > 0:
                        xr.append(r); xc.append(c); xv.append(v * math.sqrt(we))
                    if ws > 0:
                        yr.append(r); yc.append(c); yv.append(v * math.sqrt(ws))
        n = len(self.keys.col)
        X = csr_matrix((xv, (xr, xc)), shape=(len(arts), n), dtype=np.float64)
        Y = csr_matrix((yv, (yr, yc)), shape=(len(arts), n), dtype=np.float64)
        return X, Y

    def _norms(self, lang_i: np.ndarray, lang_j: np.ndarray, event: bool) -> np.ndarray:
        """What a pair's dot product is divided by: the sum of the weights of the namespaces the pair can share
        (words only within a language)."""
        p = self.p
        if event:
            other = p.entity_weight + p.date_weight + p.number_weight
        else:
            other = p.story_entity_weight
        return np.where(lang_i == lang_j, 1.0 + other, max(other, 1e-9))

    # ------------------------------------------------------------ growing
    def add(self, arts: list[Article]) -> None:
        """Index new articles (ids not seen before): their similarities to every indexed article and to each
        other, through the postings of their specific keys; marks the blocks they touch for re-clustering.

        Candidates are the articles sharing an indexed (specific) key; their similarity is then computed
        exactly, common keys included."""
        arts = [a for a in arts if a.id not in self.pos]
        if not arts:
            return
        X_new, Y_new = self._rows(arts)
        base = len(self.ids)
        for k, a in enumerate(arts):
            self.pos[a.id] = base + k
            self.ids.append(a.id)
            self.arts.append(a)
            self.lang.append(a.lang)
            self._parent.append(base + k)
        ncol = len(self.keys.col)
        self._X = vstack([_pad(x, ncol) for x in self._X] + [X_new]).tocsr()
        self._Y = vstack([_pad(y, ncol) for y in self._Y] + [Y_new]).tocsr()
        self._X, self._Y = [self._X], [self._Y]
        X_all, Y_all = self._X[0], self._Y[0]
        mask = diags(np.array(self._indexed, dtype=np.float64))
        rest = diags(1.0 - np.array(self._indexed, dtype=np.float64))
        Xr, Yr = (X_all @ mask).tocsr(), (Y_all @ mask).tocsr()
        Xc, Yc = (X_all @ rest).tocsr(), (Y_all @ rest).tocsr()
        XrT, YrT = Xr.T.tocsr(), Yr.T.tocsr()
        lang = np.array(self.lang, dtype=object)
        n = len(self.ids)
        step = 1000
        for s in range(base, n, step):
            e = min(n, s + step)
            rows = np.arange(s, e)
            E = (Xr[s:e] @ XrT).tocoo()
            S = (Yr[s:e] @ YrT).tocoo()
            # one entry per unordered pair: a new article against every earlier one
            ei, ej, ev = rows[E.row], E.col, E.data
            si, sj, sv = rows[S.row], S.col, S.data
            ke, ks = ej < ei, sj < si
            keys = np.concatenate([ei[ke] * n + ej[ke], si[ks] * n + sj[ks]])
            uniq, inv = np.unique(keys, return_inverse=True)
            evv = np.zeros(len(uniq)); svv = np.zeros(len(uniq))
            ne = int(ke.sum())
            evv[inv[:ne]] = ev[ke]
            svv[inv[ne:]] = sv[ks]
            I, J = uniq // n, uniq % n
            keep = (evv >= self.p.candidate_floor) | (svv >= self.p.candidate_floor)
            I, J, evv, svv = I[keep], J[keep], evv[keep], svv[keep]
            evv += _rowdots(Xc, I, J)
            svv += _rowdots(Yc, I, J)
            # rounded, so that the order in which the sums were taken never shows
            evv = np.round(evv / self._norms(lang[I], lang[J], True), 9)
            svv = np.round(svv / self._norms(lang[I], lang[J], False), 9)
            keep = (evv >= self.p.floor) | (svv >= self.p.floor)
            I, J, evv, svv = I[keep], J[keep], evv[keep], svv[keep]
            self._edges.append((I, J, evv, svv))
            link = (evv >= self.p.min_sim) | (svv >= self.p.story_cut)
            for i, j in zip(I[link].tolist(), J[link].tolist()):
                self._union(i, j)
        for a in arts:
            self._dirty.add(self._find(self.pos[a.id]))

    def _find(self, i: int) -> int:
        p = self._parent
        while p[i] != i:
            p[i] = p[p[i]]
            i = p[i]
        return i

    def _union(self, i: int, j: int) -> None:
        ri, rj = self._find(i), self._find(j)
        if ri != rj:
            if ri < rj:
                ri, rj = rj, ri
            self._parent[ri] = rj
            self._dirty.add(rj)

    # ------------------------------------------------------------ clustering
    def _graph(self) -> tuple[csr_matrix, csr_matrix]:
        n = len(self.ids)
        if self._edges:
            I = np.concatenate([e[0] for e in self._edges]); J = np.concatenate([e[1] for e in self._edges])
            EV = np.concatenate([e[2] for e in self._edges]); SV = np.concatenate([e[3] for e in self._edges])
            self._edges = [(I, J, EV, SV)]
        else:
            I = J = np.zeros(0, dtype=np.int64); EV = SV = np.zeros(0)
        E = csr_matrix((np.concatenate([EV, EV]), (np.concatenate([I, J]), np.concatenate([J, I]))), shape=(n, n))
        S = csr_matrix((np.concatenate([SV, SV]), (np.concatenate([I, J]), np.concatenate([J, I]))), shape=(n, n))
        return E, S

    def partition(self) -> dict[str, tuple[str, str]]:
        """{article id: (event cluster key, story key)}; keys are the smallest member id of each group
        (the caller names them)."""
        if self._dirty:
            E, S = self._graph()
            blocks: dict[int, list[int]] = defaultdict(list)
            dirty = {self._find(d) for d in self._dirty}
            for i in range(len(self.ids)):
                r = self._find(i)
                if r in dirty:
                    blocks[r].append(i)
            for members in blocks.values():
                self._cluster_block(sorted(members, key=lambda i: self.ids[i]), E, S)
            self._dirty.clear()
        groups_e: dict[int, list[int]] = defaultdict(list)
        groups_s: dict[int, list[int]] = defaultdict(list)
        for i, (e, s) in self._labels.items():
            groups_e[e].append(i)
            groups_s[s].append(i)
        name_e = {g: min(self.ids[i] for i in m) for g, m in groups_e.items()}
        name_s = {g: min(self.ids[i] for i in m) for g, m in groups_s.items()}
        return {self.ids[i]: (name_e[e], name_s[s]) for i, (e, s) in self._labels.items()}

    def _cluster_block(self, members: list[int], E: csr_matrix, S: csr_matrix) -> None:
        """Event clusters and stories of one story block (members in id order)."""
        p = self.p
        if len(members) > p.max_block:
            for part in _split(members, S, p.story_cut, p.max_block):
                self._cluster_block(part, E, S)
            return
        if len(members) == 1:
            self._labels[members[0]] = (members[0], members[0])
            return
        idx = np.array(members)
        Eb = E[idx][:, idx]
        ev = np.empty(len(members), dtype=np.int64)
        _, sub = connected_components(Eb >= p.min_sim, directed=False)
        for c in np.unique(sub):
            rows = np.flatnonzero(sub == c)
            sim = Eb[rows][:, rows].toarray()
            if p.gap_penalty and len(rows) > 1:
                sim -= p.gap_penalty * self._gaps(idx[rows])
            ev[rows] = rows[_ward(sim, p.event_cut, p.min_sim)]
        Sb = S[idx][:, idx].toarray()
        Sb[ev[:, None] == ev[None, :]] = np.inf        # an event cluster stays whole inside its story
        st = _upgma(Sb, p.story_cut)
        first = {}
        for k, l in enumerate(st):
            first.setdefault(l, k)
        for k, i in enumerate(members):
            self._labels[i] = (int(idx[ev[k]]), int(idx[first[st[k]]]))

    def _gaps(self, rows: np.ndarray) -> np.ndarray:
        """1 where two articles' dates are more than ``date_gap`` days apart (0 when either has none)."""
        days = np.array([self._days(i) for i in rows], dtype=float)
        known = ~np.isnan(days)
        if known.sum() < 2:
            return np.zeros((len(rows), len(rows)))
        gap = np.abs(days[:, None] - days[None, :])
        return np.where(known[:, None] & known[None, :] & (gap > self.p.date_gap), 1.0, 0.0)

    def _days(self, i: int) -> float:
        a = self.arts[i].anchor
        if not a:
            return math.nan
        try:
            return float(date.fromisoformat(a[:10]).toordinal())
        except ValueError:
            return math.nan


def _split(members: list[int], S: csr_matrix, cut: float, max_block: int) -> list[list[int]]:
    """A block too large to cluster: connected components at a higher threshold (deterministic)."""
    idx = np.array(members)
    sub = S[idx][:, idx]
    t = cut
    while True:
        t += 0.05
        _, lab = connected_components(sub >= t, directed=False)
        parts: dict[int, list[int]] = defaultdict(list)
        for k, l in enumerate(lab):
            parts[l].append(members[k])
        out = list(parts.values())
        if max(len(v) for v in out) <= max_block or t > 1:
            big = [q for q in out if len(q) > max_block]
            out = [q for q in out if len(q) <= max_block]
            for q in big:  # still too large past 1.0: plain chunks in id order
                out += [q[k:k + max_block] for k in range(0, len(q), max_block)]
            return out


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
        good = ok[a] and ok[b] and cost <= cut and sim[np.ix_(A, B)].mean() >= min_sim
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


def _rowdots(M: csr_matrix, I: np.ndarray, J: np.ndarray, chunk: int = 200_000) -> np.ndarray:
    """Dot products of rows I[k] and J[k] of M, in chunks."""
    out = np.zeros(len(I))
    for s in range(0, len(I), chunk):
        a, b = M[I[s:s + chunk]], M[J[s:s + chunk]]
        out[s:s + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


def _pad(M: csr_matrix, ncol: int) -> csr_matrix:
    if M.shape[1] == ncol:
        return M
    M = M.tocsr().copy()
    M.resize((M.shape[0], ncol))
    return M


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
    cond = d[np.triu_indices(m, 1)]
    Z = linkage(cond, method="average")
    return fcluster(Z, 1.0 - cut + 1e-12, criterion="distance")
