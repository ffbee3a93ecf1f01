"""Corpus stage: event mentions from every article (any language) merged into events; quotes for the export.

Two mentions are one event when they have the same PLOVER type, compatible modes (a phone call is not a
visit; a visit and a meeting are compatible), compatible dates (same day; one unknown; a month or a weekday
that contains the other; one day apart when one of them is a plan or a visit, since trips span days and
plans move), compatible places (the same, or a city inside the other's country) and enough shared
participants (see ``_score``). Candidates come from an index by (type, participant) and by (type,
article), so the cost grows with the number of mentions, not with their pairs.

Mentions are taken most specific first (full date, then partial, then none; occurred before planned), so
vague mentions join the events that precise ones made. Negated mentions ("did not meet") are dropped.
Duplicate articles (``duplicate_of``) add evidence but are never counted as independent reports.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .lexicon import fold
from .places import entity_name, place_country, place_kind
from .records import Event, EventMention, QuoteMention

STATUS_RANK = {"occurred": 0, "reported": 1, "planned": 2, "hypothetical": 3}
MAX_CANDIDATES = 400          # per index key: the most recent events only (hub entities like "United States")
_DV = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$")
_WD = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)-(\d)$")


@dataclass
class _When:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None      # ISO weekday when only the weekday is known

    @property
    def known(self) -> bool:
        return any(x is not None for x in (self.y, self.m, self.d, self.wd))

    @property
    def full(self) -> date | None:
        if self.y and self.m and self.d:
            try:
                return date(self.y, self.m, self.d)
            except ValueError:
                return None
        return None

    def specificity(self) -> int:
        return (self.y is not None) * 4 + (self.m is not None) * 2 + (self.d is not None) * 2 + (self.wd is not None)


def _when(value: str | None) -> _When:
    if not value:
        return _When()
    v = value.split("T")[0]
    m = _DV.match(v)
    if m:
        y, mo, d = m.groups()
        return _When(int(y) if y and y.isdigit() else None, int(mo) if mo and mo.isdigit() else None,
                     int(d) if d and d.isdigit() else None)
    m = _WD.match(v)
    if m:
        return _When(int(m.group(1)) if m.group(1).isdigit() else None, wd=int(m.group(3)))
    m = re.match(r"^(\d{4})", v)
    if m:
        return _When(int(m.group(1)))
    return _When()


def _dates_ok(a: _When, b: _When, tol: int) -> bool:
    if not a.known or not b.known:
        return True
    fa, fb = a.full, b.full
    if fa and fb:
        return abs((fa - fb).days) <= tol
    if a.y and b.y and a.y != b.y:
        return False
    # one full date against a partial one: try the partial one in the full one's year
    for x, y in ((a, b), (b, a)):
        fx = x.full
        if fx is None:
            continue
        if y.wd is not None and y.m is None:
            return any((fx + timedelta(days=k)).isoweekday() == y.wd for k in range(-tol, tol + 1))
        if y.m is not None and y.d is not None:
            try:
                fy = date(y.y or fx.year, y.m, y.d)
            except ValueError:
                return False
            return abs((fx - fy).days) <= tol
        if y.m is not None:
            return y.m == fx.month or (tol and abs((fx.replace(day=1) - date(fx.year, y.m, 1)).days) <= 31 and
                                       (fx.day <= tol or fx.day >= 28))
        return True
    # two partial dates
    if a.m and b.m and a.m != b.m:
        return False
    if a.d and b.d and abs(a.d - b.d) > tol:
        return False
    if a.wd and b.wd and a.wd != b.wd and tol == 0:
        return False
    return True


@dataclass
class _Item:
    aid: str
    k: int
    em: EventMention
    dup: bool
    published: date | None
    when: _When
    src: str | None = None
    tgt: str | None = None
    actors: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)          # linked entities (and countries of nationality words)
    groups: list[set[str]] = field(default_factory=list)  # the keys of each participant
    generic: set[str] = field(default_factory=set)       # "actor:police"
    labels: dict[str, str] = field(default_factory=dict)  # id -> PERSON/ORG/PLACE/OTHER guess
    loc: str | None = None
    sent_index: int = 0
    orig: str | None = None                               # the article this one duplicates
    via_demonym: dict = field(default_factory=dict)       # country id -> spans of the nationality words for it


@dataclass
class _Ev:
    items: list[_Item] = field(default_factory=list)
    type: str = ""
    keys: Counter = field(default_factory=Counter)
    generic: set[str] = field(default_factory=set)
    when: _When = field(default_factory=_When)
    when_status: int = 9
    locs: Counter = field(default_factory=Counter)
    modes: Counter = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    dates: list = field(default_factory=list)
    window: tuple[date, date] | None = None


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH_LAST = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _window(it: "_Item") -> tuple[date, date] | None:
    """The days the mention can be about: its date (a day, a week, a month, a year), else, for a report
    without a date, the weeks before its article's publication (a plan: the year after). News reports
    recent happenings: two undated reports published years apart are not the same happening."""
    w, v = it.when, (it.em.date_value or it.em.date or "")
    try:
        if w.full:
            return w.full, w.full
        m = _WEEK.match(v)
        if m:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return monday, monday + timedelta(days=6)
        if w.y and w.m:
            return date(w.y, w.m, 1), date(w.y, w.m, _MONTH_LAST[w.m - 1] if w.m != 2 or w.y % 4 == 0 else 28)
        if w.y and w.wd is None:
            return date(w.y, 1, 1), date(w.y, 12, 31)
    except ValueError:
        return None
    p = it.published
    if p is None or w.known:
        return None
    if it.em.status == "planned":
        return p - timedelta(days=1), p + timedelta(days=400)
    return p - timedelta(days=45), p + timedelta(days=1)


def _overlap(a: tuple[date, date] | None, b: tuple[date, date] | None, tol: int) -> bool:
    if a is None or b is None:
        return True
    return a[0] - timedelta(days=tol) <= b[1] and b[0] - timedelta(days=tol) <= a[1]


def merge_events(articles, mention_entity: Callable[[str, int, int], str | None],
                 article_info: dict[str, dict]) -> list[Event]:
    items: list[_Item] = []
    for aid, mentions in articles:
        info = article_info.get(aid) or {}
        pub = _as_date(info.get("published"))
        dup = bool(info.get("duplicate_of"))
        text = info.get("text")
        for k, m in enumerate(mentions or []):
            em = m if isinstance(m, EventMention) else EventMention.from_json(m)
            it = _Item(aid, k, em, dup, pub, _when(em.date_value or em.date), orig=info.get("duplicate_of"))
            _resolve_ids(it, mention_entity, text)
            items.append(it)
    # the most specific first
    items.sort(key=lambda it: (-it.when.specificity(), STATUS_RANK.get(it.em.status, 3), it.dup,
                               it.published or date.max, it.aid, it.em.sentence[0]))
    events: list[_Ev] = []
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for it in items:
        typ = it.em.type
        cands: set[int] = set()
        for key in it.keys:
            cands.update(by_key.get((typ, key), [])[-MAX_CANDIDATES:])
        cands.update(by_article.get((typ, it.aid), []))
        if it.orig:
            cands.update(by_article.get((typ, it.orig), []))
        best, best_score = None, 0.0
        for ei in cands:
            sc = _score(events[ei], it)
            if sc > best_score:
                best, best_score = ei, sc
        if best is None:
            ev = _Ev(type=typ)
            events.append(ev)
            best = len(events) - 1
        ev = events[best]
        _add(ev, it)
        for key in it.keys:
            lst = by_key[(typ, key)]
            if not lst or lst[-1] != best:
                lst.append(best)
        lst = by_article[(typ, it.aid)]
        if not lst or lst[-1] != best:
            lst.append(best)
    out = [_build(ev, article_info) for ev in events]
    out.sort(key=lambda e: e.id)
    return out


def _as_date(v) -> date | None:
    if v is None:
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def generic_id(text: str) -> str:
    words = [w for w in re.findall(r"\w+", fold(text)) if w not in _DETS]
    return "actor:" + "-".join(words) if words else ""


_DETS = {"the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "du", "de", "el", "los", "las", "der", "die",
         "das", "this", "these", "those", "ces", "ce", "cette", "its", "their", "his", "her", "leur", "leurs", "son",
         "sa", "ses"}


def _resolve_ids(it: _Item, mention_entity, text: str | None) -> None:
    em, aid = it.em, it.aid

    def ent(span) -> str | None:
        if span is None:
            return None
        try:
            e = mention_entity(aid, span[0], span[1])
        except Exception:  # noqa: BLE001 - a broken look-up must not stop the merge
            e = None
        # a nationality word ("Russian strikes", "les délégations ukrainienne et russe") stands for its country
        alt = em.kb_actors.get(f"{span[0]},{span[1]}")
        if alt and alt != e:
            it.via_demonym.setdefault(alt, []).append(tuple(span))
            return alt
        return e

    def add(eid: str | None, span=None, generic=False):
        if not eid:
            return
        if eid not in it.actors:
            it.actors.append(eid)
        if generic:
            it.generic.add(eid)
        else:
            grp = {eid}
            it.keys |= grp
            if not any(grp & g for g in it.groups):
                it.groups.append(grp)

    s = ent(em.source)
    if s is None and em.source_text:
        s = generic_id(em.source_text)
        add(s, generic=True)
    else:
        add(s, em.source)
    t = ent(em.target)
    if t is None and em.target_text:
        t = generic_id(em.target_text)
        add(t, generic=True)
    else:
        add(t, em.target)
    it.src, it.tgt = s or None, t or None
    for a in em.actors:
        add(ent(a), a)
    for txt in em.actor_texts:
        add(generic_id(txt), generic=True)
    loc = ent(em.location) if em.location else None
    it.loc = loc or em.location_kb


def _loc_ok(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    ca, cb = place_country(a), place_country(b)
    ka, kb = place_kind(a), place_kind(b)
    if ca and cb and ca == cb and ("country" in (ka, kb) or "region" in (ka, kb)):
        return True
    return False


def _mode_ok(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    if "phone" in (a, b):
        return False
    return True


def _score(ev: _Ev, it: _Item) -> float:
    """How well a mention fits an event (0: not at all)."""
    em = it.em
    if ev.type != em.type:
        return 0.0
    # "did not meet" is a claim of its own: never one event with a meeting that happened
    if any(x.em.negated != em.negated for x in ev.items):
        return 0.0
    # "the need to continue negotiations" is not a report of the negotiations that took place
    if any((x.em.status == "hypothetical") != (em.status == "hypothetical") for x in ev.items):
        return 0.0
    if it.orig and any(x.aid == it.orig and x.em.trigger == em.trigger for x in ev.items):
        return 100.0           # the same words in a duplicate article
    mode = ev.modes.most_common(1)[0][0] if ev.modes else None
    if not _mode_ok(mode, em.mode) or any(not _mode_ok(m, em.mode) for m in ev.modes):
        return 0.0
    planned = em.status == "planned" or any(x.em.status == "planned" for x in ev.items[:3])
    visit = em.mode == "visit" or "visit" in ev.modes
    tol = 1 if (planned or visit) else 0
    if not _dates_ok(ev.when, it.when, tol):
        return 0.0
    if not _overlap(ev.window, _window(it), tol):
        return 0.0
    locs = [lc for lc in ev.locs]
    if it.loc and any(not _loc_ok(lc, it.loc) for lc in locs):
        return 0.0
    shared = [g for g in it.groups if any(ev.keys.get(k) for k in g)]
    same_article = it.aid in ev.articles
    score = 0.0
    people = 0
    for g in shared:
        if all(k.startswith(("place:", "other:")) for k in g):
            score += 1.0
        else:
            score += 2.0
            people += 1
    if same_article:
        shared_generic = it.generic & ev.generic
        near = any(x.aid == it.aid and _sentence_gap(x, it) <= 2 for x in ev.items)
        same_sentence = any(x.aid == it.aid and x.em.sentence == it.em.sentence for x in ev.items)
        if shared or shared_generic:
            score += 1.0 + 1.0 * len(shared_generic)
        elif same_sentence and not (it.src and any(x.src and x.src != it.src for x in ev.items
                                                     if x.em.sentence == it.em.sentence)):
            score += 1.5           # "Turkey sent rescue teams and aid to Syria": one sending
        elif not (it.keys or it.generic) or not (ev.keys or ev.generic):
            if it.loc and it.loc in ev.locs:
                score += 1.5       # "the talks in Paris" later in an article about Rubio's Paris talks
            elif not near:
                return 0.0
            else:
                score += 1.5       # "the talks" next to "Rubio met Barrot": the same talks
        elif not it.keys or not ev.keys:
            if not near:
                return 0.0
            score += 1.0
        else:
            return 0.0             # different named participants: different events
    else:
        if not shared:
            return 0.0
        if it.loc and it.loc in ev.locs:
            score += 1.0
        if ev.when.known and it.when.known:
            score += 1.5 if (ev.when.full and it.when.full) else 0.75
            if score < 2.0:
                return 0.0
        elif score < 3.0:
            # without a date on one side: a person plus the place, or several shared participants
            return 0.0
    if it.loc and it.loc in ev.locs:
        score += 0.5
    if em.mode and em.mode == mode:
        score += 0.25
    if same_article:
        # nearer reports in the same article are more likely the same happening
        gap = min(abs(x.em.sentence[0] - em.sentence[0]) for x in ev.items if x.aid == it.aid)
        score += 1.0 if gap < 300 else 0.5 if gap < 800 else 0.0
    return score


def _sentence_gap(a: _Item, b: _Item) -> int:
    if a.aid != b.aid:
        return 99
    # sentences are spans: count characters as a rough stand-in when indexes are unknown
    return 0 if a.em.sentence == b.em.sentence else (1 if abs(a.em.sentence[0] - b.em.sentence[0]) < 400 else 3)


def _add(ev: _Ev, it: _Item) -> None:
    win = _window(it)
    if win is not None:
        ev.window = win if ev.window is None else (max(ev.window[0], win[0]), min(ev.window[1], win[1])) \
            if _overlap(ev.window, win, 0) else ev.window
    ev.items.append(it)
    ev.articles.add(it.aid)
    for k in it.keys:
        ev.keys[k] += 1
    ev.generic |= it.generic
    if it.loc:
        ev.locs[it.loc] += 1
    if it.em.mode:
        ev.modes[it.em.mode] += 1
    # the event's date: an occurred report's before a planned one's, then the most specific; what it lacks
    # (the year of "April 17") comes from the other reports
    rank = STATUS_RANK.get(it.em.status, 3)
    if it.when.known:
        ev.dates.append((rank, it.when))
        ranked = sorted(ev.dates, key=lambda rw: (rw[0] > 1, -rw[1].specificity(), rw[0]))
        best = ranked[0][1]
        w = _When(best.y, best.m, best.d, best.wd)
        for _, o in ranked[1:]:
            if w.y is None and o.y is not None and (w.m is None or o.m is None or abs(o.m - w.m) <= 1):
                w.y = o.y
            if w.m is None and o.m is not None and w.y in (None, o.y) and w.wd is None:
                w.m = o.m
                if w.d is None and o.d is not None:
                    w.d = o.d
        ev.when = w
        ev.when_status = ranked[0][0]


def _kind_rank(eid: str) -> int:
    """People and organisations are the participants worth naming first; nationality words last."""
    for i, p in enumerate(("person:", "org:", "place:", "actor:", "other:")):
        if eid.startswith(p):
            return 5 - i
    return 2


def _build(ev: _Ev, article_info: dict[str, dict]) -> Event:
    items = ev.items
    first = min(items, key=lambda x: (x.aid, x.em.trigger[0]))
    eid = "event:" + hashlib.sha1(f"{first.aid}:{first.em.trigger[0]}".encode()).hexdigest()[:12]
    indep = [x for x in items if not x.dup] or items
    # participants: most reported first
    count: Counter = Counter()
    for x in indep:
        for a in x.actors:
            count[a] += 1
    srcs = Counter(x.src for x in indep if x.src)
    tgts = Counter(x.tgt for x in indep if x.tgt)
    source = max(srcs, key=lambda k: (srcs[k], _kind_rank(k), k)) if srcs else None
    # the other side: named as target, else as source in other reports ("Macron met Rubio" / "Rubio met Macron")
    other = Counter()
    for k, n in tgts.items():
        other[k] += 2 * n
    for k, n in srcs.items():
        other[k] += n
    target = max((k for k in other if k != source), key=lambda k: (_kind_rank(k), other[k], k), default=None)
    if target is not None and target not in tgts and not tgts:
        target = None
    actors = [a for a, _ in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))]
    # place: the most reported; a city wins over its country
    locs = Counter(x.loc for x in indep if x.loc)
    location = None
    if locs:
        ranked = [lc for lc, _ in locs.most_common()]
        location = ranked[0]
        for lc in ranked:
            if place_kind(lc) == "city" and place_country(lc) and place_country(lc) == place_country(location) \
                    and place_kind(location) == "country":
                location = lc
                break
    # the city where it happened is its place, not one of its actors ("Rubio will travel to Paris")
    if location and place_kind(location) == "city":
        if target == location:
            target = None
        actors = [a for a in actors if a != location or a == source]
    for x in (target, source):
        if x and x not in actors:
            actors.insert(0, x)
    modes = Counter(x.em.mode for x in indep if x.em.mode)
    mode = modes.most_common(1)[0][0] if modes else None
    status = min((x.em.status for x in indep), key=lambda s: STATUS_RANK.get(s, 3))
    negated = all(x.em.negated for x in items)
    d = ev.when
    if d.y and d.m and d.d:
        dstr = f"{d.y:04d}-{d.m:02d}-{d.d:02d}"
    elif d.y and d.m:
        dstr = f"{d.y:04d}-{d.m:02d}"
    elif d.y:
        dstr = f"{d.y:04d}"
    else:
        dstr = None
    if dstr is None or (d.m and not d.y):
        # "April 17" with no year anywhere: the year of the reports, when they all agree
        years = {x.published.year for x in items if x.published}
        if d.m and len(years) == 1:
            y = years.pop()
            dstr = f"{y:04d}-{d.m:02d}" + (f"-{d.d:02d}" if d.d else "")
    topics: list[str] = []
    tc: Counter = Counter()
    for x in indep:
        for t in x.em.topics:
            tc[t] += 1
    topics = [t for t, _ in tc.most_common()]
    figures: list[dict] = []
    seen = set()
    for x in items:
        for f in x.em.figures:
            key = (x.aid, f.get("start"), f.get("kind"))
            if key in seen:
                continue
            seen.add(key)
            ev_text = (article_info.get(x.aid) or {}).get("text")
            s, e = f.get("start"), f.get("end")
            evd = {"article": x.aid, "start": s, "end": e}
            if ev_text is not None and s is not None:
                evd["text"] = ev_text[s:e]
            figures.append({"kind": f["kind"], "value": f["value"], "unit": f.get("unit"), "text": f.get("text"),
                            "evidence": evd, "duplicate": x.dup})
    evidence: list[dict] = []
    seen_ev = set()
    for x in sorted(items, key=lambda x: (x.published or date.max, x.aid, x.em.sentence[0])):
        key = (x.aid, x.em.sentence[0], x.em.sentence[1])
        if key in seen_ev:
            continue
        seen_ev.add(key)
        evd = {"article": x.aid, "start": x.em.sentence[0], "end": x.em.sentence[1]}
        t = (article_info.get(x.aid) or {}).get("text")
        if t is not None:
            evd["text"] = t[x.em.sentence[0]:x.em.sentence[1]]
        evidence.append(evd)
    dups = sorted({x.aid for x in items if x.dup})
    originals = {((article_info.get(x.aid) or {}).get("duplicate_of") or x.aid) for x in items}
    generic: dict[str, dict] = {}
    for x in items:
        em = x.em
        for eid2, txt, span in ((x.src, em.source_text, em.source_np), (x.tgt, em.target_text, em.target_np)):
            if eid2 and eid2.startswith("actor:") and txt:
                g = generic.setdefault(eid2, {"name": txt, "type": "OTHER", "mentions": []})
                if span is not None:
                    g["mentions"].append({"article": x.aid, "start": span[0], "end": span[1]})
        for txt in em.actor_texts:
            gid = generic_id(txt)
            if gid:
                generic.setdefault(gid, {"name": txt, "type": "OTHER", "mentions": []})
    via: dict[str, list[dict]] = {}
    for x in items:
        for cid, spans in x.via_demonym.items():
            if cid in actors or cid == location:
                lst = via.setdefault(cid, [])
                for sp in spans:
                    m = {"article": x.aid, "start": sp[0], "end": sp[1]}
                    if m not in lst:
                        lst.append(m)
    claims = [{"article": x.aid, "original": x.orig or x.aid, "duplicate": x.dup, "sentence": list(x.em.sentence),
               "date": x.em.date, "date_value": x.em.date_value,
               "date_span": list(x.em.date_span) if x.em.date_span else None, "status": x.em.status,
               "mode": x.em.mode, "location": x.loc, "source": x.src, "target": x.tgt, "actors": list(x.actors),
               "figures": x.em.figures}
              for x in sorted(items, key=lambda x: (x.aid, x.em.sentence[0], x.em.trigger[0]))]
    return Event(id=eid, type=ev.type, mode=mode, actors=actors, source=source, target=target, location=location,
                 date=dstr, status=status, topics=topics, figures=figures, evidence=evidence, duplicates=dups,
                 independent=len(originals), generic_actors=generic, mentions=len(items), negated=negated,
                 demonym_mentions=via, claims=claims)


# ---------------------------------------------------------------------------------------------- quotes

def merge_quote_mentions(articles, mention_entity, article_info: dict[str, dict]) -> list[dict]:
    """The contract's quotes: {speaker, speaker_text, text, evidence}. A duplicate article's quote that its
    original already gives is left out."""
    out: list[dict] = []
    given: dict[str, set[str]] = defaultdict(set)
    ordered = sorted(articles, key=lambda a: bool((article_info.get(a[0]) or {}).get("duplicate_of")))
    for aid, quotes in ordered:
        info = article_info.get(aid) or {}
        text = info.get("text") or ""
        orig = info.get("duplicate_of")
        for q in quotes or []:
            qm = q if isinstance(q, QuoteMention) else QuoteMention.from_json(q)
            s, e = qm.text
            words = " ".join(text[s:e].split())
            if orig and words in given.get(orig, set()):
                continue
            given[aid].add(words)
            speaker = None
            if qm.speaker is not None:
                try:
                    speaker = mention_entity(aid, qm.speaker[0], qm.speaker[1])
                except Exception:  # noqa: BLE001
                    speaker = None
            ss, se = qm.sentence
            out.append({"speaker": speaker, "speaker_text": qm.speaker_text, "text": text[s:e],
                        "evidence": {"article": aid, "start": ss, "end": se, "text": text[ss:se]},
                        "direct": qm.direct, "span": {"start": s, "end": e}})
    return out


def name_of(entity_id: str) -> str | None:
    return entity_name(entity_id)
