"""Dates for undated articles from the articles they cluster with (a corpus stage, after the clusters).

An article without a publication date tags its dates with no anchor: "Thursday" stays ``XXXX-WXX-4``,
"le 2 juin" ``XXXX-06-02``. Once the clusters are known, such an article gets a *reference date*:

* **from its event cluster** (strong): the dated members report the same happening, so the article was
  written around their dates — the lower median of their publication dates, when they lie within
  ``CLUSTER_SPREAD`` days of each other;
* **from its story** (weak): the publication date of the dated member of its story it is most similar to.

Against a strong reference every underspecified date is resolved again: a day and month take the year that
puts them nearest the reference, a bare weekday the nearest such day, "today" or "this week" what the time
engine (:func:`newsloom.timex.tag`) makes of them with the reference as anchor. Against a weak one only the
year of a day or month is filled in (nearest the reference). The values are stored beside the article's own
(``timexes.corpus_value``); the event mentions dated by them are re-dated before the events are merged.

A publication date is inferred (``published_basis: "inferred"``) only on strong evidence: at least
``PUBLISHED_MIN_SOURCES`` independent dated members of its event cluster, within ``PUBLISHED_SPREAD`` days of
each other, and nothing in the article dated later. Otherwise ``published`` stays null.

Only dates from metadata or from an article's own text are used as evidence, never dates inferred here, so
that a rebuild gives the same result.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .features import metadata_published

CLUSTER_SPREAD = 7          # days: dated members of a cluster further apart make no strong reference
PUBLISHED_MIN_SOURCES = 2
PUBLISHED_SPREAD = 2
_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"^XXXX-(\d\d)$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)$")
_CONCRETE = re.compile(r"^\d{4}")


@dataclass
class Reference:
    day: date
    strong: bool
    basis: str                  # "cluster" | "story"
    sources: list[str] = field(default_factory=list)


@dataclass
class Dating:
    """What the stage found: reference dates, re-resolved timex values, inferred publication dates."""

    references: dict[str, Reference] = field(default_factory=dict)
    values: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)   # article -> span -> value
    published: dict[str, date] = field(default_factory=dict)

    def mention_date(self, article: str, mention: dict) -> dict:
        """An event mention (stored JSON) with its date re-resolved, when its date came from a timex whose
        value changed."""
        span = mention.get("date_span")
        got = self.values.get(article, {}).get((span[0], span[1])) if span else None
        if not got or got == mention.get("date_value"):
            return mention
        m = dict(mention)
        m["date_value"] = got
        m["date"] = contract_date(got)
        return m


def contract_date(v: str | None) -> str | None:
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v or "")
    if not m:
        return None
    y, mo, da = m.groups()
    return f"{y}-{mo}-{da}" if mo and da else (f"{y}-{mo}" if mo else y)


def _as_date(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:
        return None


def _nearest_year(ref: date, month: int, day: int | None) -> date | None:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def resolve(value: str, ref: Reference, anchored: str | None) -> str | None:
    """A new value for an underspecified timex ``value`` against ``ref`` (None: keep it). ``anchored`` is what
    the time engine gives for the same words with the reference as anchor."""
    if _CONCRETE.match(value):
        return None
    m = _DAY.match(value)
    if m:
        d = _nearest_year(ref.day, int(m.group(1)), int(m.group(2)))
        return d.isoformat() if d else None
    m = _MONTH.match(value)
    if m:
        d = _nearest_year(ref.day, int(m.group(1)), None)
        return f"{d.year:04d}-{d.month:02d}" if d else None
    if not ref.strong:
        return None
    m = _WEEKDAY.match(value)
    if m:
        wd = int(m.group(1))
        for k in (0, 1, -1, 2, -2, 3, -3):
            d = ref.day + timedelta(days=k)
            if d.isoweekday() == wd:
                return d.isoformat()
    if anchored and _CONCRETE.match(anchored):
        return anchored
    return None


def _lower_median(days: list[date]) -> date:
    days = sorted(days)
    return days[(len(days) - 1) // 2]


def infer(con: sqlite3.Connection) -> Dating:
    """Compute reference dates, re-resolved values and inferred publication dates (nothing is written)."""
    rows = con.execute("SELECT id, lang, published, published_basis, extra, coalesce(duplicate_of, translation_of), "
                       "event_cluster, story FROM articles").fetchall()
    own: dict[str, date | None] = {}
    for r in rows:
        own[r[0]] = _as_date(metadata_published(r[2], r[3], r[4]))
    dup = {r[0]: r[5] for r in rows}
    by_cluster: dict[str, list[str]] = defaultdict(list)
    by_story: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r[6]:
            by_cluster[r[6]].append(r[0])
        if r[7]:
            by_story[r[7]].append(r[0])
    undated = [r for r in rows if own[r[0]] is None]
    out = Dating()
    if not undated:
        return out
    sims: dict[str, dict[str, float]] = defaultdict(dict)
    wanted = {r[0] for r in undated}
    for a, b, e in con.execute("SELECT a, b, e FROM cluster_edges"):
        if a in wanted:
            sims[a][b] = e
        if b in wanted:
            sims[b][a] = e
    for r in undated:
        aid, cluster, story = r[0], r[6], r[7]
        orig = dup.get(aid) or aid
        mates = [x for x in by_cluster.get(cluster, []) if x != aid and own.get(x)]
        ref = None
        if mates:
            days = [own[x] for x in mates]
            if (max(days) - min(days)).days <= CLUSTER_SPREAD:
                ref = Reference(_lower_median(days), True, "cluster", sorted(mates))
        if ref is None:
            dated = [x for x in by_story.get(story, []) if x != aid and own.get(x)]
            if dated:
                near = {x: sims.get(orig, {}).get(dup.get(x) or x, 0.0) for x in dated}
                best = max(near.values())
                pick = [x for x in dated if near[x] == best]
                ref = Reference(_lower_median([own[x] for x in pick]), False, "story", sorted(pick))
        if ref is None:
            continue
        out.references[aid] = ref
    _resolve_all(con, out, {r[0]: r[1] for r in undated})
    # publication dates: several independent sources of the same happening, published together
    for aid, ref in out.references.items():
        if not ref.strong:
            continue
        independent = sorted({dup.get(x) or x for x in ref.sources} - {dup.get(aid) or aid})
        days = [own[x] for x in independent if own.get(x)]
        if len(days) < PUBLISHED_MIN_SOURCES or (max(days) - min(days)).days > PUBLISHED_SPREAD:
            continue
        guess = _lower_median(days)
        latest = max((_as_date(v) for v in out.values.get(aid, {}).values() if re.match(r"^\d{4}-\d\d-\d\d", v)),
                     default=None)
        mine = [_as_date(t[0]) for t in con.execute("SELECT value FROM timexes WHERE article=?", (aid,))
                if re.match(r"^\d{4}-\d\d-\d\d", t[0])]
        latest = max([d for d in [latest, *mine] if d], default=None)
        if latest and latest > guess + timedelta(days=PUBLISHED_SPREAD):
            continue
        out.published[aid] = guess
    return out


def _resolve_all(con: sqlite3.Connection, out: Dating, langs: dict[str, str]) -> None:
    from ..timex import tag

    for aid, ref in out.references.items():
        tx = con.execute('SELECT start, "end", type, value FROM timexes WHERE article=? ORDER BY start',
                         (aid,)).fetchall()
        todo = [t for t in tx if not _CONCRETE.match(t[3])]
        if not todo:
            continue
        anchored: dict[tuple[int, int], str] = {}
        if ref.strong and any(not (_DAY.match(t[3]) or _MONTH.match(t[3]) or _WEEKDAY.match(t[3])) for t in todo):
            text = con.execute("SELECT text FROM articles WHERE id=?", (aid,)).fetchone()[0] or ""
            spans = [(s[0], s[1]) for s in con.execute(
                'SELECT start, "end" FROM sentences WHERE article=? ORDER BY idx', (aid,))]
            try:
                anchored = {(t.start, t.end): t.value for t in tag(text, langs.get(aid) or "en", ref.day, spans or None)}
            except Exception:  # noqa: BLE001 - the time engine failing costs the article its re-resolution only
                anchored = {}
        for s, e, _typ, value in todo:
            new = resolve(value, ref, anchored.get((s, e)))
            if new and new != value:
                out.values.setdefault(aid, {})[(s, e)] = new


def write(con: sqlite3.Connection, dating: Dating) -> None:
    """Store the re-resolved values and inferred publication dates (and clear those no longer inferred).
    The caller owns the transaction."""
    con.execute("UPDATE timexes SET corpus_value=NULL WHERE corpus_value IS NOT NULL")
    con.executemany('UPDATE timexes SET corpus_value=? WHERE article=? AND start=? AND "end"=?',
                    [(v, aid, s, e) for aid, vals in dating.values.items() for (s, e), v in vals.items()])
    for r in con.execute("SELECT id, extra FROM articles WHERE published_basis='inferred'").fetchall():
        extra = json.loads(r[1] or "{}")
        if extra.get("published_from") == "cluster" and r[0] not in dating.published:
            extra.pop("published_from", None)
            con.execute("UPDATE articles SET published=NULL, published_basis=NULL, extra=? WHERE id=?",
                        (json.dumps(extra, ensure_ascii=False), r[0]))
    for aid, day in dating.published.items():
        extra = json.loads(con.execute("SELECT extra FROM articles WHERE id=?", (aid,)).fetchone()[0] or "{}")
        extra["published_from"] = "cluster"
        con.execute("UPDATE articles SET published=?, published_basis='inferred', extra=? WHERE id=?",
                    (day.isoformat(), json.dumps(extra, ensure_ascii=False), aid))
