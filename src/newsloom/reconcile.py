"""Discrepancies: where independent sources disagree about the same event or entity (a corpus stage).

Precise before complete — a false alarm costs a user's trust — so a disagreement is reported only when two
*independent* sources (a near-duplicate or a translation counts with its original, never on its own) make
claims that cannot both be true:

* **date** of an event: the days differ, at the granularity both give ("April" and "17 April" agree; a bare
  weekday is compared with the weekday of the other's date). A plan for a later date than the day something
  happened is another occurrence (the next round), not a disagreement; hypotheses are not claims.
* **place** of an event: two places neither of which contains the other (a city inside a country agrees
  with the country).
* **participants**: who did it (an attack, a threat, sanctions, an accusation) — two sources naming different
  actors of the same kind as the doer, neither naming the other's at all.
* **dead**, **injured**, **money**: figures whose ranges do not meet ("at least 35" agrees with 40, not
  with 30; "about 40" with 38), from reports published within a day of each other (tolls grow).
* **role** of an entity: titles of the same office with different portfolios ("Minister of Foreign
  Affairs" and "Minister of the Armed Forces"), or two exclusive offices of one country, given by
  independent sources within two months of each other.

The same happening may have been merged into one event (then its reports are compared) or, when the sources
disagree on what the events stage merges by (the day of an attack, its place), into two events of one event
cluster with the same type and participants, each reported by its own sources (then the two are compared,
and the discrepancy is reported on the better attested one).

Each discrepancy: ``{"subject": event or entity id, "field": ..., "claims": [{"value", "evidence": [...],
"sources": [article ids], ...}]}`` (``sources`` and ``status`` are extensions of the contract).
"""
from __future__ import annotations

import importlib
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .stories.features import LEAD_CHARS

FIGURE_KINDS = ("dead", "injured", "money")
# Events whose doer matters (who attacked, who threatened): sources naming different doers disagree. Talks,
# agreements and the like have no side that "did" them: "Rubio met Macron" and "Macron met Rubio" agree.
DOER_TYPES = ("ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "MOBILIZE")
FIGURE_SAME_DAY = 1           # days: figures from reports further apart in time are not compared
ROLE_WINDOW = 60              # days
CROSS_EVENT_DAYS = 7          # two events further apart are two occurrences, not one in dispute
MONEY_TOLERANCE = 0.02        # relative: rounding of sums of money
_DV = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$")
_WD = re.compile(r"^(\d{4}|XXXX)-W(?:\d{2}|XX)-(\d)$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# ------------------------------------------------------------------ language data

@lru_cache(maxsize=None)
def _lang(code: str):
    try:
        return importlib.import_module(f"newsloom.lang.{code}.reconcile")
    except ImportError:
        return None


def _words(code: str, name: str) -> list[str]:
    mod = _lang(code)
    return list(getattr(mod, name, []) or []) if mod else []


# ------------------------------------------------------------------ dates

@dataclass(frozen=True)
class When:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None

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

    def value(self) -> str:
        if self.full:
            return self.full.isoformat()
        if self.wd and not self.m:
            return f"{self.y or 'XXXX'}-WXX-{self.wd}"
        parts = [f"{self.y:04d}" if self.y else "XXXX"]
        if self.m:
            parts.append(f"{self.m:02d}")
            if self.d:
                parts.append(f"{self.d:02d}")
        return "-".join(parts)


def parse_when(v: str | None) -> When | None:
    if not v:
        return None
    v = v.split("T")[0]
    m = _WD.match(v)
    if m:
        return When(int(m.group(1)) if m.group(1).isdigit() else None, wd=int(m.group(2)))
    m = _DV.match(v)
    if not m:
        return None
    y, mo, d = m.groups()
    w = When(int(y) if y.isdigit() else None, int(mo) if mo and mo.isdigit() else None,
             int(d) if d and d.isdigit() else None)
    if w.full:
        w = When(w.y, w.m, w.d, w.full.isoweekday())
    return w if w.specificity() else None


def dates_conflict(a: When, b: When) -> bool:
    """True when the two cannot name the same day, at the granularity both give."""
    if a.y and b.y and a.y != b.y:
        return True
    if a.m and b.m and a.m != b.m and (a.y == b.y or not (a.y and b.y)):
        return True
    if a.m and b.m and a.d and b.d and a.m == b.m and a.d != b.d:
        return True
    if a.wd and b.wd and a.wd != b.wd:
        # a bare weekday against a date, or two bare weekdays
        return bool((not a.m or not b.m) or (a.d and b.d))
    return False


def _status_conflict_ok(sa: str, a: When, sb: str, b: When) -> bool:
    """May claims of these statuses be compared? A plan for a later day than an occurrence is another
    occurrence; hypotheses claim nothing."""
    if "hypothetical" in (sa, sb):
        return False
    for (s1, w1), (s2, w2) in (((sa, a), (sb, b)), ((sb, b), (sa, a))):
        if s1 == "planned" and s2 in ("occurred", "reported"):
            f1, f2 = w1.full, w2.full
            if f1 and f2 and f1 > f2:
                return False
            if not (f1 and f2) and w1.m and w2.m and (w1.m, w1.d or 0) > (w2.m, w2.d or 0):
                return False
    return True


# ------------------------------------------------------------------ claims

@dataclass
class Claim:
    value: str
    source: str                  # the independent source: the original of a copy or translation
    article: str
    span: tuple[int, int]
    status: str = "occurred"
    when: When | None = None
    text: str | None = None      # the words that make the claim ("Thursday", "at least 35")
    extra: dict = field(default_factory=dict)


class Corpus:
    """What reconciliation needs to know about articles: their independent source, date, language, text."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.original: dict[str, str] = {}
        self.day: dict[str, date | None] = {}
        self.lang: dict[str, str] = {}
        self.cluster: dict[str, str | None] = {}
        rows = con.execute("SELECT id, duplicate_of, published, lang, event_cluster, translation_of FROM articles").fetchall()
        parent = {}
        for r in rows:
            parent[r[0]] = r[1] or r[5]
            try:
                self.day[r[0]] = date.fromisoformat(r[2][:10]) if r[2] else None
            except ValueError:
                self.day[r[0]] = None
            self.lang[r[0]] = r[3] or "und"
            self.cluster[r[0]] = r[4]
        for aid in parent:
            seen, cur = set(), aid
            while parent.get(cur) and parent[cur] in parent and cur not in seen:
                seen.add(cur)
                cur = parent[cur]
            self.original[aid] = cur
        self._texts: dict[str, str] = {}

    def text(self, aid: str) -> str:
        t = self._texts.get(aid)
        if t is None:
            row = self.con.execute("SELECT text FROM articles WHERE id=?", (aid,)).fetchone()
            t = row[0] if row else ""
            if len(self._texts) > 512:
                self._texts.clear()
            self._texts[aid] = t
        return t

    def evidence(self, aid: str, span) -> dict:
        s, e = int(span[0]), int(span[1])
        return {"article": aid, "start": s, "end": e, "text": self.text(aid)[s:e]}


def _claims_json(claims: list[Claim], corpus: Corpus, field_name: str) -> list[dict]:
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_value[c.value].append(c)
    out = []
    for value in sorted(by_value, key=lambda v: (min(c.source for c in by_value[v]), v)):
        cs = sorted(by_value[value], key=lambda c: (c.article, c.span))
        seen, ev = set(), []
        for c in cs:
            k = (c.article, c.span)
            if k not in seen:
                seen.add(k)
                ev.append(corpus.evidence(c.article, c.span))
        item = {"value": value, "evidence": ev, "sources": sorted({c.source for c in cs})}
        statuses = sorted({c.status for c in cs if c.status})
        if field_name == "date" and statuses:
            item["status"] = statuses
        texts = sorted({c.text for c in cs if c.text})
        if texts:
            item["text"] = texts
        out.append(item)
    return out


def _disagreement(claims: list[Claim], conflict) -> list[Claim] | None:
    """The claims that take part in a disagreement (two independent sources, each consistent with itself,
    whose claims conflict), or None."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    # a source that contradicts itself says nothing we can rely on
    usable = {s: cs for s, cs in by_source.items()
              if not any(conflict(a, b) for i, a in enumerate(cs) for b in cs[i + 1:])}
    srcs = sorted(usable)
    involved: set[str] = set()
    for i, a in enumerate(srcs):
        for b in srcs[i + 1:]:
            if any(conflict(x, y) for x in usable[a] for y in usable[b]):
                involved |= {a, b}
    if not involved:
        return None
    return [c for s in sorted(involved) for c in usable[s]]


# ------------------------------------------------------------------ events

def _date_claims(ev: dict, corpus: Corpus) -> list[Claim]:
    out = []
    for c in ev.get("claims") or []:
        w = parse_when(c.get("date_value") or c.get("date"))
        if w is None or c.get("status") == "hypothetical":
            continue
        text = None
        if c.get("date_span"):
            s, e = c["date_span"]
            text = corpus.text(c["article"])[s:e]
        out.append(Claim(w.value(), corpus.original.get(c["article"], c["article"]), c["article"],
                         tuple(c["sentence"]), c.get("status") or "occurred", w, text))
    # the most specific claims of each source
    best: dict[str, int] = {}
    for c in out:
        best[c.source] = max(best.get(c.source, 0), c.when.specificity())
    return [c for c in out if c.when.specificity() == best[c.source]]


def _date_conflict(a: Claim, b: Claim) -> bool:
    return dates_conflict(a.when, b.when) and _status_conflict_ok(a.status, a.when, b.status, b.when)


def _place_ok(a: str, b: str) -> bool:
    from .events.places import place_country, place_kind

    if a == b:
        return True
    ca, cb = place_country(a), place_country(b)
    ka, kb = place_kind(a), place_kind(b)
    if ca and cb and ca == cb and ("country" in (ka, kb) or "region" in (ka, kb)):
        return True
    if ca is None or cb is None:
        return True            # a place the knowledge base does not know: no claim we can check
    return False


def _place_claims(ev: dict, corpus: Corpus) -> list[Claim]:
    return [Claim(c["location"], corpus.original.get(c["article"], c["article"]), c["article"], tuple(c["sentence"]),
                  c.get("status") or "occurred") for c in ev.get("claims") or [] if c.get("location")]


def _source_claims(ev: dict, corpus: Corpus, types: dict[str, str]) -> list[Claim]:
    out = []
    if ev.get("type") not in DOER_TYPES:
        return out
    for c in ev.get("claims") or []:
        s = c.get("source")
        if s and types.get(s) in ("PERSON", "ORG", "PLACE") and c.get("status") != "hypothetical":
            out.append(Claim(s, corpus.original.get(c["article"], c["article"]), c["article"], tuple(c["sentence"]),
                             c.get("status") or "occurred", extra={"actors": set(_claim_actors(c))}))
    return out


def _claim_actors(c: dict) -> list[str]:
    return [x for x in (c.get("source"), c.get("target"), *(c.get("actors") or [])) if x]


def _figure_claims(ev: dict, corpus: Corpus, kind: str) -> list[Claim]:
    out = []
    for c in ev.get("claims") or []:
        if c.get("status") == "hypothetical":
            continue
        for f in c.get("figures") or []:
            if f.get("kind") != kind or f.get("value") is None:
                continue
            lo, hi, qual = _range(f, corpus, c["article"])
            out.append(Claim(_figure_value(f), corpus.original.get(c["article"], c["article"]), c["article"],
                             tuple(c["sentence"]), c.get("status") or "occurred", text=f.get("text"),
                             extra={"lo": lo, "hi": hi, "unit": f.get("unit"), "day": corpus.day.get(c["article"])}))
    return out


def _figure_value(f: dict) -> str:
    v = f["value"]
    s = f"{int(v)}" if float(v).is_integer() else f"{v:g}"
    return f"{s} {f['unit']}" if f.get("unit") else s


def _range(f: dict, corpus: Corpus, aid: str) -> tuple[float, float, str]:
    v = float(f["value"])
    text = corpus.text(aid)
    s = f.get("start")
    before = (text[max(0, s - 40):s] if s is not None else "").lower()
    words = (f.get("text") or "").lower()
    lang = corpus.lang.get(aid, "en")

    def has(name):
        for w in _words(lang, name) + (_words("en", name) if lang != "en" else []):
            if re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", words) or before.rstrip().endswith(w.lower()):
                return True
        return False

    if has("LOWER_BOUND"):
        return v, float("inf"), "lower"
    if has("UPPER_BOUND"):
        return 0.0, v, "upper"
    if has("APPROXIMATE"):
        return 0.85 * v, 1.15 * v, "about"
    return v, v, "exact"


def _figure_conflict(kind: str):
    def conflict(a: Claim, b: Claim) -> bool:
        if a.extra.get("unit") != b.extra.get("unit"):
            return False
        da, db = a.extra.get("day"), b.extra.get("day")
        if da is None or db is None or abs((da - db).days) > FIGURE_SAME_DAY:
            return False
        lo1, hi1, lo2, hi2 = a.extra["lo"], a.extra["hi"], b.extra["lo"], b.extra["hi"]
        if kind == "money":
            lo1, hi1, lo2, hi2 = lo1 * (1 - MONEY_TOLERANCE), hi1 * (1 + MONEY_TOLERANCE), lo2, hi2
        return hi1 < lo2 or hi2 < lo1
    return conflict


def _event_discrepancies(events: list[dict], corpus: Corpus, types: dict[str, str]) -> list[dict]:
    out = []
    for ev in events:
        for field_name, got in sorted(_field_checks(ev, corpus, types).items()):
            out.append({"subject": ev["id"], "field": field_name, "claims": _claims_json(got, corpus, field_name)})
    return out


def _reporters(ev: dict, corpus: Corpus) -> set[str]:
    return {corpus.original.get(c["article"], c["article"]) for c in ev.get("claims") or []}


def _named(ev: dict, types: dict[str, str]) -> set[str]:
    return {a for a in [*(ev.get("actors") or []), ev.get("location")] if a and types.get(a) in ("PERSON", "ORG", "PLACE")}


def _leads(ev: dict, corpus: Corpus) -> set[str]:
    """The articles whose first report of this kind of event, in their first lines, is this event."""
    return {c["article"] for c in ev.get("claims") or [] if c["sentence"][0] < LEAD_CHARS}


def _field_checks(ev_claims: dict, corpus: Corpus, types: dict[str, str]) -> dict[str, list[Claim]]:
    """Per field, the claims in disagreement (fields in agreement or without claims are absent)."""
    out = {}
    got = _disagreement(_date_claims(ev_claims, corpus), _date_conflict)
    if got:
        out["date"] = got
    got = _disagreement(_place_claims(ev_claims, corpus), lambda x, y: not _place_ok(x.value, y.value))
    if got:
        out["place"] = got
    got = _disagreement(_source_claims(ev_claims, corpus, types), _doer_conflict(types))
    if got:
        out["participants"] = got
    for kind in FIGURE_KINDS:
        got = _disagreement(_figure_claims(ev_claims, corpus, kind), _figure_conflict(kind))
        if got:
            out[kind] = got
    return out


def _differences(a: dict, b: dict) -> set[str]:
    """The fields in which two events differ at all — places the knowledge base does not know, figures of
    reports days apart included: what tells two happenings apart, even where no disagreement can be
    reported."""
    out = set()
    if a.get("location") and b.get("location") and a["location"] != b["location"] \
            and not _place_ok(a["location"], b["location"]):
        out.add("place")
    if a.get("location") and b.get("location") and a["location"] != b["location"]:
        from .events.places import place_kind
        if place_kind(a["location"]) is None or place_kind(b["location"]) is None:
            out.add("place")
    wa, wb = parse_when(a.get("date")), parse_when(b.get("date"))
    if wa and wb and dates_conflict(wa, wb):
        out.add("date")
    for kind in FIGURE_KINDS:
        va = {f["value"] for f in a.get("figures") or [] if f.get("kind") == kind}
        vb = {f["value"] for f in b.get("figures") or [] if f.get("kind") == kind}
        if va and vb and not (va & vb):
            out.add(kind)
    return out


def _doer_conflict(types: dict[str, str]):
    def conflict(a: Claim, b: Claim) -> bool:
        return (a.value != b.value and types.get(a.value) == types.get(b.value)
                and a.value not in b.extra["actors"] and b.value not in a.extra["actors"])
    return conflict


def _cross_event_discrepancies(events: list[dict], corpus: Corpus, types: dict[str, str]) -> list[dict]:
    """One happening the events stage split in two because its reports disagree on what it merges by (the
    day, the place, who): two events of one event cluster, of one type, reported by disjoint sources, that
    name a participant or place in common or are each the first such event in their articles' first lines —
    and that disagree on exactly one thing (two reports that differ on the day, the place and the toll are
    about two happenings, not one in dispute)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for ev in events:
        if ev.get("status") == "hypothetical":
            continue
        clusters = {corpus.cluster.get(x["article"]) for x in ev.get("evidence") or []} - {None}
        if len(clusters) != 1:
            continue
        groups[(clusters.pop(), ev["type"])].append(ev)
    out = []
    for key, evs in sorted(groups.items()):
        evs = sorted(evs, key=lambda e: (-int(e.get("independent_sources") or 0), e["id"]))
        for i, a in enumerate(evs):
            for b in evs[i + 1:]:
                if _reporters(a, corpus) & _reporters(b, corpus):
                    continue            # one source reports both: two happenings, to its mind
                ma, mb = a.get("mode"), b.get("mode")
                if ma and mb and ma != mb and "phone" in (ma, mb):
                    continue
                shared = _named(a, types) & _named(b, types)
                leads = _leads(a, corpus) and _leads(b, corpus)
                if not (shared or leads):
                    continue
                wa, wb = parse_when(a.get("date")), parse_when(b.get("date"))
                fa, fb = (wa.full if wa else None), (wb.full if wb else None)
                if fa and fb and abs((fa - fb).days) > CROSS_EVENT_DAYS:
                    continue
                both = {"claims": (a.get("claims") or []) + (b.get("claims") or []), "type": a["type"]}
                found = _field_checks(both, corpus, types)
                if len(found) != 1 or len(_differences(a, b) | set(found)) != 1:
                    continue
                (field_name, got), = found.items()
                out.append({"subject": a["id"], "field": field_name, "claims": _claims_json(got, corpus, field_name),
                            "events": [a["id"], b["id"]]})
    return out


# ------------------------------------------------------------------ roles

def _portfolio(title: str) -> str | None:
    t = title.lower()
    found = set()
    for name, words in (getattr(_lang("en"), "PORTFOLIOS", {}) or {}).items():
        if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t) for w in words):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _office(title: str) -> str | None:
    t = title.lower()
    for w in _words("en", "EXCLUSIVE_OFFICES"):
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t):
            if w == "president" and re.search(r"vice[- ]president|president of the (?:commission|council|court)", t):
                return None
            return w
    return None


def _country_words(title: str) -> set[str]:
    """The countries a title names ("US Secretary of State", "President of France", "French minister")."""
    from .events.places import country_id, demonym_country

    out = set()
    for w in re.findall(r"\b[A-Z][A-Za-z]+\b", title):
        code = demonym_country(w) or country_id(w, place=True)
        if code and (demonym_country(w) or _is_country(w)):
            out.add(code)
    return out


@lru_cache(maxsize=4096)
def _is_country(word: str) -> bool:
    from .events.places import country_id, place_kind

    got = country_id(word, place=True, want_id=True)
    return bool(got and place_kind(got) == "country")


def _roles_conflict(t1: str, t2: str) -> bool:
    if t1 == t2 or "former" in (t1 + t2).lower() or "acting" in (t1 + t2).lower():
        return False
    c1, c2 = _country_words(t1), _country_words(t2)
    if c1 and c2 and not (c1 & c2):
        return False            # offices of two countries: not comparable here
    is_minister = lambda t: re.search(r"(?i)\b(minister|secretary)\b", t) and not re.search(r"(?i)prime minister", t)
    if is_minister(t1) and is_minister(t2):
        p1, p2 = _portfolio(t1), _portfolio(t2)
        return bool(p1 and p2 and p1 != p2)
    o1, o2 = _office(t1), _office(t2)
    return bool(o1 and o2 and o1 != o2)


def _role_discrepancies(con: sqlite3.Connection, corpus: Corpus) -> list[dict]:
    out = []
    for eid, roles in con.execute("SELECT id, roles FROM entities WHERE type='PERSON'"):
        claims = []
        for role in json.loads(roles or "[]"):
            title = role.get("title")
            for ev in role.get("evidence") or []:
                aid, s, e = (ev["article"], ev["start"], ev["end"]) if isinstance(ev, dict) else ev[:3]
                if aid not in corpus.original:
                    continue
                claims.append(Claim(title, corpus.original[aid], aid, (s, e), extra={"day": corpus.day.get(aid)}))
        if len({c.value for c in claims}) < 2:
            continue

        def conflict(a: Claim, b: Claim) -> bool:
            da, db = a.extra["day"], b.extra["day"]
            if da is None or db is None or abs((da - db).days) > ROLE_WINDOW:
                return False
            return _roles_conflict(a.value, b.value)

        got = _disagreement(claims, conflict)
        if got:
            out.append({"subject": eid, "field": "role", "claims": _claims_json(got, corpus, "role")})
    return out


# ------------------------------------------------------------------ the stage

def find(con: sqlite3.Connection, events: list[dict]) -> list[dict]:
    """Every discrepancy the corpus holds (nothing is written). ``events``: the merged events with their
    claims (see :func:`newsloom.pipeline.merge_events`)."""
    corpus = Corpus(con)
    types = {r[0]: r[1] for r in con.execute("SELECT id, type FROM entities")}
    out = _event_discrepancies(events, corpus, types)
    seen = {(d["subject"], d["field"]) for d in out}
    for d in _cross_event_discrepancies(events, corpus, types):
        if (d["subject"], d["field"]) not in seen:
            seen.add((d["subject"], d["field"]))
            out.append(d)
    out += _role_discrepancies(con, corpus)
    out.sort(key=lambda d: (d["subject"], d["field"]))
    return out


def write(con: sqlite3.Connection, found: list[dict]) -> None:
    """Replace the stored discrepancies (the caller owns the transaction)."""
    con.execute("DELETE FROM discrepancies")
    con.executemany("INSERT INTO discrepancies(subject, field, data) VALUES (?,?,?)",
                    [(d["subject"], d["field"], json.dumps(d, ensure_ascii=False)) for d in found])
