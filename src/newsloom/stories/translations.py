"""Translations: an article that translates another is the same report, not an independent source.

Words do not help across languages; what a translation keeps are its facts, and their order: the people,
organisations and places it names (linked to one entity whatever the language), its figures ("2.300",
"2,300" and "2 300" are one number; "6,8" and "6.8" too), its dates (normalised values), its handles,
hashtags and web addresses, and about its length. Two articles in different languages are a translation
pair when those facts agree closely (weighted Jaccard of the two multisets at least ``MIN_OVERLAP``, enough
of them shared) and come in the same order (the longest common subsequence of the two sequences covers
``MIN_ORDER`` of the longer, in text order or sentence by sentence with each sentence's facts sorted, since
languages order the parts of a sentence differently — independent reports of one happening share its facts but tell them in their own
order), their lengths and numbers of sentences are alike, and they were published within ``MAX_DAYS`` of each
other (or either is undated).

The pairs form groups; the original of a group is its earliest member (publication date from metadata or
the article's own text, then id) and every other member gets ``translation_of`` it. Like a near-duplicate, a
translation takes its original's event cluster and story, adds evidence to events without adding an
independent source, and votes with its original in discrepancies. A function of the set of articles:
building them in any order marks the same translations.
"""
from __future__ import annotations

import re
import sqlite3
from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import date

from .features import _NUM, HANDLE, URL, _number_key, links, metadata_published

MIN_OVERLAP = 0.55        # weighted Jaccard of the facts
MIN_ORDER = 0.7           # longest common subsequence of the facts in text order / the longer sequence
MIN_SHARED = 4            # facts in common, at least
# Longer articles: with many facts in common, a looser agreement is as telling (translators merge and split
# sentences, drop one, add a line of context, write a figure in words): independent reports of one
# happening, in another language, agreed on at most 0.40 / 0.44 of their facts / order in our sets, and at
# most 0.24 / 0.29 when they shared 8 facts or more.
LONG_SHARED = 8
LONG_OVERLAP = 0.4
LONG_ORDER = 0.5
MIN_LENGTH_RATIO = 0.75   # shorter / longer text (characters)
MIN_SENTENCE_RATIO = 0.6
MAX_DAYS = 3
MAX_DF = 200              # facts found in more articles find no candidates
_CONCRETE = re.compile(r"^\d{4}")


def fact_sequence(text: str, mentions: list[tuple[int, int, str, str]],
                  timexes: list[tuple[int, int, str, str]], sentence_starts: list[int] | None = None) -> list[str]:
    """An article's language-independent facts, in the order of the text; with ``sentence_starts``, in the
    order of the sentences but sorted inside each (languages order a sentence's parts differently: "on
    Sunday in Dorvik" / "dimanche à Dorvik")."""
    items: list[tuple[int, str]] = []
    for s, _e, label, ent in mentions:
        if ent and label in ("PERSON", "ORG", "PLACE"):
            items.append((s, "e:" + ent))
    spans = []
    for s, e, typ, value in timexes:
        spans.append((s, e))
        if typ in ("DATE", "TIME") and value and any(ch.isdigit() for ch in value):
            items.append((s, "t:" + value[:10]))
    for m in _NUM.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        k = _number_key(m.group())
        if k:
            items.append((m.start(), k))
    for m in HANDLE.finditer(text):
        items.append((m.start(), "l:" + m.group(1).lower()))
    for m in URL.finditer(text):
        got = links(m.group(0))
        items += [(m.start(), "l:" + k) for k in got]
    if sentence_starts:
        return [k for _, k in sorted((bisect_right(sentence_starts, pos), k) for pos, k in items)]
    return [k for _, k in sorted(items)]


def facts(text: str, mentions: list[tuple[int, int, str, str]], timexes: list[tuple[int, int, str, str]]) -> Counter:
    """The multiset of an article's language-independent facts."""
    return Counter(fact_sequence(text, mentions, timexes))


def _order(a: list[str], b: list[str]) -> float:
    """Longest common subsequence of two fact sequences over the longer one."""
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / max(len(a), len(b))


def _overlap(a: Counter, b: Counter) -> tuple[float, int]:
    inter = sum(min(a[k], b[k]) for k in a if k in b)
    union = sum(a.values()) + sum(b.values()) - inter
    return (inter / union if union else 0.0), sum(1 for k in a if k in b)


def find(con: sqlite3.Connection) -> dict[str, str]:
    """{translation: its original} for the stored articles (near-duplicates are left out: they have an
    original already)."""
    ments: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", label, entity FROM mentions WHERE entity IS NOT NULL'):
        ments[r[0]].append((r[1], r[2], r[3], r[4]))
    tx: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", type, value FROM timexes'):
        tx[r[0]].append((r[1], r[2], r[3], r[4]))
    starts: dict[str, list[int]] = defaultdict(list)
    for r in con.execute("SELECT article, start FROM sentences ORDER BY article, idx"):
        starts[r[0]].append(r[1])
    sentences = Counter({aid: len(v) for aid, v in starts.items()})
    info = {}
    for r in con.execute("SELECT id, lang, text, published, published_basis, extra FROM articles "
                         "WHERE duplicate_of IS NULL"):
        pub = metadata_published(r[3], r[4], r[5])
        seq = fact_sequence(r[2] or "", ments.get(r[0], []), tx.get(r[0], []))
        blocked = fact_sequence(r[2] or "", ments.get(r[0], []), tx.get(r[0], []), starts.get(r[0]))
        info[r[0]] = (r[1], len(r[2] or ""), _as_date(pub), pub, Counter(seq), (seq, blocked))
    df: Counter = Counter()
    for v in info.values():
        df.update(v[4].keys())
    postings: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(info):
        for k in info[aid][4]:
            if df[k] <= MAX_DF:
                postings[k].append(aid)
    pairs: set[tuple[str, str]] = set()
    for aid in sorted(info):
        lang, length, day, _pub, f, seq = info[aid]
        shared: Counter = Counter()
        for k in f:
            for other in postings.get(k, ()):
                if other > aid and info[other][0] != lang:
                    shared[other] += 1
        for other, n in shared.items():
            if n < MIN_SHARED:
                continue
            o_lang, o_len, o_day, _o_pub, o_f, o_seq = info[other]
            if min(length, o_len) < MIN_LENGTH_RATIO * max(length, o_len):
                continue
            sa, sb = sentences.get(aid, 0), sentences.get(other, 0)
            if sa and sb and min(sa, sb) < MIN_SENTENCE_RATIO * max(sa, sb):
                continue
            if day and o_day and abs((day - o_day).days) > MAX_DAYS:
                continue
            j, common = _overlap(f, o_f)
            if common < MIN_SHARED or j < min(MIN_OVERLAP, LONG_OVERLAP):
                continue
            order = max(_order(seq[0], o_seq[0]), _order(seq[1], o_seq[1]))
            if (j >= MIN_OVERLAP and order >= MIN_ORDER) or (
                    common >= LONG_SHARED and j >= LONG_OVERLAP and order >= LONG_ORDER):
                pairs.add((aid, other))
    # groups; the original is the earliest member
    parent = {a: a for pair in pairs for a in pair}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in sorted(pairs):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in parent:
        groups[root(a)].append(a)
    out: dict[str, str] = {}
    for members in groups.values():
        first = min(members, key=lambda a: (info[a][3] or "9999-99-99", a))
        for a in members:
            if a != first:
                out[a] = first
    return out


def _as_date(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:
        return None


def mark(con: sqlite3.Connection) -> None:
    """Write ``translation_of`` (one transaction)."""
    from ..store import transaction

    found = find(con)
    old = {r[0]: r[1] for r in con.execute("SELECT id, translation_of FROM articles")}
    with transaction(con):
        con.executemany("UPDATE articles SET translation_of=? WHERE id=?",
                        [(found.get(aid), aid) for aid, was in old.items() if found.get(aid) != was])


def originals(con: sqlite3.Connection) -> dict[str, str]:
    """{article: the article it copies or translates} (chains followed)."""
    parent = {r[0]: r[1] or r[2] for r in con.execute("SELECT id, duplicate_of, translation_of FROM articles")}
    out = {}
    for aid in parent:
        seen, cur = set(), aid
        while parent.get(cur) and parent[cur] in parent and cur not in seen:
            seen.add(cur)
            cur = parent[cur]
        if cur != aid:
            out[aid] = cur
    return out

