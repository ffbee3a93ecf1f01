"""What the clustering compares: per-article features read from the store.

An article becomes a bag of weighted *keys* in a few namespaces, so that one sparse dot product compares them:

* ``w:<lang>:<word>``  content words (lower case, stop words of its language removed, crudely stemmed); only
  articles of the same language share them;
* ``l:<lang>:<word>``  the same, for the title and first lines only (what the article is mainly about);
* ``e:<entity id>``    linked entities (PERSON, ORG, PLACE; OTHER less), shared across languages after linking;
  with them handles, hashtags and web addresses (``e:@handle``, ``e:url:site/path``);
* ``y:<YYYY>``, ``m:<YYYY-MM>``, ``d:<YYYY-MM-DD>``, ``mo:<MM>``, ``md:<MM-DD>``, ``wd:<N>``  normalised dates
  the text gives (TIMEX3 values, with or without their year). The publication date is no key — every
  article of a month would share it —; it keeps articles published far apart in separate clusters instead
  (see :func:`.cluster._gaps`);
* ``n:<number>``       figures written in the text (not years, not parts of dates);
* ``v:<TYPE>:<entity>``, ``v:<TYPE>:<entity>|<entity>``, ``v:<TYPE>:<mode>``  the article's event mentions
  (PLOVER type with each participant or place, with each pair of participants, and with its mode: "CONSULT
  with Rubio", "CONSULT Barrot|Rubio", "CONSULT by phone"), shared across languages like entities.

The features of an article depend on its own text, timexes, metadata and linked mentions only. The weights
of the keys depend on the corpus through document frequencies, which :class:`Vocabulary` keeps (see
:mod:`.cluster` for which articles they are counted over).
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import sqlite3
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,  ]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)")
_PARTIAL = re.compile(r"^(?:\d{4}|XXXX)-(?:(\d\d)(?:-(\d\d))?|W(?:\d\d|XX)-(\d))")
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"^(\d{4}-\d\d)(?:-(\d\d))?")
# handles and hashtags ("@MinAffEtr", "#Genf2026") and web addresses: the same in every language
HANDLE = re.compile(r"(?<![\w@#])([@#][A-Za-z_][\w]{1,30})")
URL = re.compile(r"\b(?:https?://)?((?:[\w-]+\.)+[a-z]{2,6}(?:/[\w./%-]*)?)", re.I)


def links(text: str) -> Counter:
    """Handles, hashtags and web addresses of a text, as keys ("@minaffetr", "url:example.org/x")."""
    out: Counter = Counter()
    for m in HANDLE.finditer(text):
        out[m.group(1).lower()] += 1
    for m in URL.finditer(text):
        u = m.group(1).lower().rstrip("./")
        if "." in u and not u[0].isdigit() and not re.fullmatch(r"[\w-]+\.(?:[a-z]\.)?[a-z]", u):
            out["url:" + u] += 1
    return out

# bump when what article_features computes changes: stored features are computed again
FEATURES_VERSION = 1
WEEKDAY_KEYS = True
SURFACE_KEPT = 25     # unstemmed forms kept per article (for titles)
DATELINE_ANCHOR = False
IDF_OFFSET = 1.0   # idf = log((1+n)/(1+df)) + IDF_OFFSET
LEAD_CHARS = 400   # the title and first sentence(s): who and what the article is about

# Entity types and how much one shared mention of that type counts; a country says less about which happening
# an article reports than a person or a city does.
ENTITY_TYPE_WEIGHT = {"PERSON": 1.0, "ORG": 1.0, "PLACE": 1.0, "OTHER": 0.5}
COUNTRY_WEIGHT = 0.5


def entity_weight(label: str, ent: str) -> float:
    w = ENTITY_TYPE_WEIGHT.get(label, 0.5)
    if label == "PLACE" and COUNTRY_WEIGHT != 1.0:
        from ..events.places import place_kind

        if place_kind(ent) in ("country", "region"):
            w *= COUNTRY_WEIGHT
    return w


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for the language (newsloom depends on spaCy anyway), plus web boilerplate."""
    words: set[str] = set()
    try:
        from spacy.util import get_lang_class

        words = set(get_lang_class(lang).Defaults.stop_words)
    except Exception:  # noqa: BLE001 - an unknown language code has no stop words
        words = set()
    extra = {"http", "https", "www", "com", "html", "htm", "php", "org", "net"}
    return frozenset({w.lower() for w in words} | extra)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """A deliberately crude, language-blind suffix fold: plurals and a few endings share one key."""
    if len(word) > 5:
        for suf in ("ing", "ed", "es", "s", "en", "er", "e"):
            if word.endswith(suf) and len(word) - len(suf) >= 4:
                return word[: -len(suf)]
    return word


@dataclass
class Article:
    id: str
    lang: str
    published: str | None        # from metadata only (never a date inferred by the corpus stages)
    duplicate_of: str | None
    title: str | None
    words: Counter = field(default_factory=Counter)       # stemmed content words
    lead_words: Counter = field(default_factory=Counter)  # the same, in the title and first lines
    ents: Counter = field(default_factory=Counter)        # entity id -> mentions
    priors: dict = field(default_factory=dict)            # key -> weight multiplier (entity types)
    lead: Counter = field(default_factory=Counter)        # entity id -> mentions in the lead
    types: dict = field(default_factory=dict)             # entity id -> label
    dates: Counter = field(default_factory=Counter)       # "y:2025", "m:2025-04", "d:2025-04-09", "mo:04" ...
    numbers: Counter = field(default_factory=Counter)     # "n:12"
    surface: Counter = field(default_factory=Counter)     # unstemmed forms of its most frequent words, for titles
    anchor: str | None = None                             # when it reports from: publication date (metadata),
                                                          # else a dateline's full date, else "XXXX-MM-DD"
    event_spans: list = field(default_factory=list)       # [(type, mode, sentence start, [spans], [kb ids])]
    links: Counter = field(default_factory=Counter)       # handles, hashtags, web addresses
    events: Counter = field(default_factory=Counter)      # "v:..." keys (from event_spans and linking)

    def keys(self) -> dict[str, float]:
        """Every key of the article with its count, namespaced."""
        out: dict[str, float] = {}
        for w, c in self.words.items():
            out[f"w:{self.lang}:{w}"] = c
        for w, c in self.lead_words.items():
            out[f"l:{self.lang}:{w}"] = c
        for e, c in self.ents.items():
            if c > 0:
                out[f"e:{e}"] = c
        for k, c in self.links.items():
            out[f"e:{k}"] = c
        out.update(self.dates)
        out.update(self.numbers)
        out.update(self.events)
        return out

    def key_hash(self) -> str:
        """A digest of what the clustering reads of the article (keys, priors, date, language)."""
        h = hashlib.sha1()
        h.update(json.dumps([sorted(self.keys().items()), sorted(self.priors.items()), self.anchor, self.lang,
                             self.event_spans], default=list).encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def changed(self) -> None:
        pass

    def content_json(self) -> dict:
        """What does not depend on entity linking (cached between builds)."""
        return {"lang": self.lang, "published": self.published, "title": self.title,
                "words": dict(self.words), "lead_words": dict(self.lead_words), "dates": dict(self.dates),
                "numbers": dict(self.numbers), "surface": dict(self.surface), "anchor": self.anchor,
                "event_spans": self.event_spans, "links": dict(self.links)}

    @classmethod
    def from_content(cls, aid: str, duplicate_of: str | None, d: dict) -> "Article":
        a = cls(aid, d["lang"], d["published"], duplicate_of, d.get("title"))
        a.words, a.lead_words = Counter(d["words"]), Counter(d["lead_words"])
        a.dates, a.numbers, a.surface = Counter(d["dates"]), Counter(d["numbers"]), Counter(d["surface"])
        a.anchor = d.get("anchor")
        a.event_spans = [tuple(x) for x in d.get("event_spans", [])]
        a.links = Counter(d.get("links", {}))
        return a

    def set_mentions(self, mentions: list[tuple[int, int, str, str]]) -> None:
        """Entity and event features from (start, end, label, entity id) of the linked mentions."""
        self.changed()
        self.ents, self.lead, self.types, self.priors = Counter(), Counter(), {}, {}
        at: dict[tuple[int, int], str] = {}
        for s, e, label, ent in mentions:
            if ent:
                self.ents[ent] += 1
                self.priors[f"e:{ent}"] = entity_weight(label, ent)
                self.types[ent] = label
                at[(s, e)] = ent
                if s < LEAD_CHARS:
                    self.lead[ent] += 1
        self.events = Counter()
        for typ, mode, start, spans, kb in self.event_spans:
            who = sorted({at[(s, e)] for s, e in spans if (s, e) in at} | set(kb))
            bonus = 2 if start < LEAD_CHARS else 1
            if mode:
                self.events[f"v:{typ}:{mode}"] += bonus
            for x in who:
                self.events[f"v:{typ}:{x}"] += bonus
            people = [x for x in who if not x.startswith(("place:", "other:"))]
            for i, x in enumerate(people):
                for y in people[i + 1:]:
                    self.events[f"v:{typ}:{x}|{y}"] += bonus

    def year(self) -> str | None:
        return self.published[:4] if self.published else None


def _weekday(value: str) -> str | None:
    try:
        return str(date.fromisoformat(value).isoweekday())
    except ValueError:
        return None


def _number_key(s: str) -> str | None:
    s = s.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", s):
        s = re.sub(r"[.,]", "", s)
    s = s.replace(",", ".")
    try:
        v = float(s)
    except ValueError:
        return None
    if v < 2 or (1800 <= v <= 2100 and v == int(v)):  # 0 and 1 say nothing; years are dates
        return None
    return f"n:{v:g}"


def event_spans(event_mentions: list[dict]) -> list:
    """(type, mode, sentence start, participant and place spans, knowledge-base ids) of each event mention
    (stored JSON of :class:`newsloom.events.records.EventMention`); negated ones left out."""
    out = []
    for d in event_mentions or []:
        if d.get("negated"):
            continue
        spans = [d[k] for k in ("source", "target", "location") if d.get(k)] + list(d.get("actors") or [])
        kb = sorted(set((d.get("kb_actors") or {}).values()) | ({d["location_kb"]} if d.get("location_kb") else set()))
        out.append((d["type"], d.get("mode"), int(d["sentence"][0]),
                    sorted({(int(s[0]), int(s[1])) for s in spans}), kb))
    return out


def article_features(aid: str, lang: str, text: str, published: str | None, duplicate_of: str | None,
                     title: str | None, mentions: list[tuple[int, int, str, str]],
                     timexes: list[tuple[int, int, str, str]], event_mentions: list[dict] | None = None) -> Article:
    """Features of one article. ``mentions``: (start, end, label, entity id or None); ``timexes``:
    (start, end, type, value); ``published``: the publication date from metadata, or None;
    ``event_mentions``: the stored JSON of its event mentions."""
    a = Article(aid, lang or "und", published, duplicate_of, title)
    a.event_spans = event_spans(event_mentions)
    stops = stop_words(a.lang)
    low = text.lower()
    surface = Counter(w for w in _WORD.findall(low) if w not in stops)
    a.surface = Counter(dict(surface.most_common(SURFACE_KEPT)))
    for w, c in surface.items():
        a.words[_stem(w)] += c
    for w in _WORD.findall(low[:LEAD_CHARS]):
        if w not in stops:
            a.lead_words[_stem(w)] += 1
    a.links = links(text)
    a.set_mentions(mentions)
    covered = []
    for s, e, typ, value in timexes:
        covered.append((s, e))
        if typ not in ("DATE", "TIME"):
            continue
        pm = _PARTIAL.match(value)
        if pm:
            if pm.group(1):
                a.dates["mo:" + pm.group(1)] += 1
                if pm.group(2):
                    a.dates["md:" + pm.group(1) + "-" + pm.group(2)] += 1
                    wd = _weekday(value[:10])
                    if wd and WEEKDAY_KEYS:
                        a.dates["wd:" + wd] += 1
            elif pm.group(3) and WEEKDAY_KEYS:
                a.dates["wd:" + pm.group(3)] += 1
        y = _YEAR.match(value)
        if not y:
            continue
        a.dates["y:" + y.group(1)] += 1
        mm = _MONTH.match(value)
        if mm:
            a.dates["m:" + mm.group(1)] += 1
            if mm.group(2):
                a.dates["d:" + mm.group(0)] += 1
    a.anchor = published[:10] if published else text_anchor(timexes)
    covered.sort()
    starts = [s for s, _ in covered]
    for m in _NUM.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and covered[k][0] <= m.start() < covered[k][1]:
            continue
        k = _number_key(m.group())
        if k:
            a.numbers[k] += 1
    a.changed()
    return a


def text_anchor(timexes: list[tuple[int, int, str, str]]) -> str | None:
    """The date an undated article reports from, as its own text gives it: a full date near the top (a
    dateline), else the day and month it mentions most (without a year: "XXXX-06-02"), else None."""
    for s, _e, typ, value in sorted(timexes):
        if s >= LEAD_CHARS or not DATELINE_ANCHOR:
            break
        if typ == "DATE" and _FULL_DATE.match(value) and _weekday(value[:10]):
            return value[:10]
    days = Counter(v[5:10] for s, e, typ, v in timexes
                   if typ == "DATE" and re.match(r"^(?:\d{4}|XXXX)-\d\d-\d\d$", v[:10]) and _weekday("2000" + v[4:10]))
    if not days:
        return None
    top = days.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return "XXXX-" + top[0][0]


def metadata_published(published: str | None, basis: str | None, extra: str | None) -> str | None:
    """The publication date the clustering may use: one given by metadata or by the article's own text,
    never one the corpus stages inferred from the clusters (that would feed clusters back into clusters)."""
    if not published:
        return None
    if extra:
        try:
            if json.loads(extra).get("published_from") == "cluster":
                return None
        except (ValueError, AttributeError):
            pass
    return published


def content_signature(text_hash: str | None, lang: str | None, published: str | None, title: str | None,
                      timexes: list) -> str:
    h = hashlib.sha1()
    for part in (text_hash or "", lang or "", published or "", title or "", json.dumps(timexes)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def load_mentions(con: sqlite3.Connection) -> dict[str, list]:
    ments: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", label, entity FROM mentions WHERE entity IS NOT NULL '
                         'ORDER BY article, start'):
        ments[r[0]].append((r[1], r[2], r[3], r[4]))
    return ments


def load_event_mentions(con: sqlite3.Connection, article: str | None = None) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    sql = "SELECT article, data FROM event_mentions" + (" WHERE article=?" if article else "") + " ORDER BY article, idx"
    for r in con.execute(sql, (article,) if article else ()):
        out[r[0]].append(json.loads(r[1]))
    return out


def load_articles(con: sqlite3.Connection) -> list[Article]:
    """Every stored article's features, in id order (computed from scratch)."""
    ments = load_mentions(con)
    evm = load_event_mentions(con)
    tx: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", type, value FROM timexes ORDER BY article, start'):
        tx[r[0]].append((r[1], r[2], r[3], r[4]))
    out = []
    for r in con.execute("SELECT id, lang, text, published, published_basis, extra, duplicate_of, title "
                         "FROM articles ORDER BY id"):
        pub = metadata_published(r[3], r[4], r[5])
        out.append(article_features(r[0], r[1], r[2] or "", pub, r[6], r[7], ments.get(r[0], []),
                                    tx.get(r[0], []), evm.get(r[0], [])))
    return out


class Vocabulary:
    """Document frequencies of keys over a set of articles, and the idf weights derived from them."""

    def __init__(self, articles: list[Article] | None = None):
        self.n = 0
        self.df: Counter = Counter()
        self.df_lang: Counter = Counter()
        self._idf: dict = {}
        for a in articles or []:
            self.add(a)

    def add(self, a: Article) -> None:
        self.n += 1
        self.df_lang[a.lang] += 1
        self.df.update(a.keys().keys())
        self._idf.clear()

    def idf(self, key: str, lang: str | None = None) -> float:
        """log((1 + n) / (1 + df)) + IDF_OFFSET, where n counts the articles of the key's language for words."""
        n = self.df_lang[lang] if lang is not None else self.n
        return math.log((1 + max(n, 1)) / (1 + self.df.get(key, 0))) + IDF_OFFSET

    def weight(self, key: str, count: float, lang: str) -> float:
        per_lang = key.startswith(("w:", "l:"))
        return (1.0 + math.log(count)) * self.idf(key, lang if per_lang else None) if count > 0 else 0.0
