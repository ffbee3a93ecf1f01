"""What the clustering compares: per-article features read from the store.

An article becomes a bag of weighted *keys* in a few namespaces, so that one sparse dot product compares them:

* ``w:<lang>:<word>``  content words (lower case, stop words of its language removed); only articles of the
  same language share them;
* ``e:<entity id>``    linked entities (PERSON, ORG, PLACE; OTHER less), shared across languages after linking;
* ``y:<YYYY>``, ``m:<YYYY-MM>``, ``d:<YYYY-MM-DD>``  normalised dates (TIMEX3 values) and the publication date;
* ``n:<number>``       figures written in the text (not years, not parts of dates).

The weights of a key depend on the corpus only through document frequencies, which :class:`Vocabulary` keeps.
"""
from __future__ import annotations

import math
from bisect import bisect_right
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,  ]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)")
_PARTIAL = re.compile(r"^(?:\d{4}|XXXX)-(?:(\d\d)(?:-(\d\d))?|W(?:\d\d|XX)-(\d))")
PARTIAL_DATES = True   # month, day of month, weekday keys, whether the year is known or not
LEAD_DATE_ANCHOR = False  # without a publication date, take the first full date of the lead as the article's date
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"^(\d{4}-\d\d)(?:-(\d\d))?")

IDF_OFFSET = 1.0   # idf = log((1+n)/(1+df)) + IDF_OFFSET
LEAD_CHARS = 400   # the title and first sentence(s): who and what the article is about
LEAD_WORD_BONUS = 0  # extra count for a word of the lead

# Entity types and how much one shared mention of that type counts.
ENTITY_TYPE_WEIGHT = {"PERSON": 1.0, "ORG": 1.0, "PLACE": 1.0, "OTHER": 0.5}


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for the language (newsloom depends on spaCy anyway), plus news boilerplate."""
    words: set[str] = set()
    try:
        if lang == "en":
            from spacy.lang.en.stop_words import STOP_WORDS as words  # type: ignore[no-redef]
        elif lang == "fr":
            from spacy.lang.fr.stop_words import STOP_WORDS as words  # type: ignore[no-redef]
        elif lang == "es":
            from spacy.lang.es.stop_words import STOP_WORDS as words  # type: ignore[no-redef]
        elif lang == "de":
            from spacy.lang.de.stop_words import STOP_WORDS as words  # type: ignore[no-redef]
    except ImportError:  # pragma: no cover - spaCy is a dependency
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
    published: str | None
    duplicate_of: str | None
    title: str | None
    words: Counter = field(default_factory=Counter)     # stemmed content words
    ents: Counter = field(default_factory=Counter)      # entity id -> mentions (type-weighted)
    lead: Counter = field(default_factory=Counter)      # entity id -> mentions in the lead (title, first lines)
    types: dict = field(default_factory=dict)           # entity id -> label
    dates: Counter = field(default_factory=Counter)     # "y:2025", "m:2025-04", "d:2025-04-09"
    numbers: Counter = field(default_factory=Counter)   # "n:12"
    surface: Counter = field(default_factory=Counter)   # unstemmed words, for titles
    anchor: str | None = None                           # the date it reports from: published, else its lead's date

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


def article_features(aid: str, lang: str, text: str, published: str | None, duplicate_of: str | None,
                     title: str | None, mentions: list[tuple[int, int, str, str]],
                     timexes: list[tuple[int, int, str, str]]) -> Article:
    """Features of one article. ``mentions``: (start, end, label, entity id or None); ``timexes``:
    (start, end, type, value)."""
    a = Article(aid, lang or "und", published, duplicate_of, title)
    stops = stop_words(a.lang)
    low = text.lower()
    surface = Counter(w for w in _WORD.findall(low) if w not in stops)
    a.surface = surface
    for w, c in surface.items():
        a.words[_stem(w)] += c
    if LEAD_WORD_BONUS:
        for w in set(_WORD.findall(low[:LEAD_CHARS])):
            if w not in stops:
                a.words[_stem(w)] += LEAD_WORD_BONUS
    for s, _e, label, ent in mentions:
        if ent:
            a.ents[ent] += ENTITY_TYPE_WEIGHT.get(label, 0.5)
            a.types[ent] = label
            if s < LEAD_CHARS:
                a.lead[ent] += 1
    covered = []
    lead_dates = []
    for s, e, typ, value in timexes:
        covered.append((s, e))
        if s < LEAD_CHARS and _FULL_DATE.match(value) and _weekday(value[:10]):
            lead_dates.append((s, value[:10]))
        if typ not in ("DATE", "TIME"):
            continue
        if PARTIAL_DATES:
            pm = _PARTIAL.match(value)
            if pm:
                if pm.group(1):
                    a.dates["mo:" + pm.group(1)] += 1
                    if pm.group(2):
                        a.dates["md:" + pm.group(1) + "-" + pm.group(2)] += 1
                        wd = _weekday(value[:10])
                        if wd:
                            a.dates["wd:" + wd] += 1
                elif pm.group(3):
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
    a.anchor = published[:10] if published else (min(lead_dates)[1] if (lead_dates and LEAD_DATE_ANCHOR) else None)
    if published:
        a.dates["y:" + published[:4]] += 1
        a.dates["m:" + published[:7]] += 1
    covered.sort()
    starts = [s for s, _ in covered]
    for m in _NUM.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and covered[k][0] <= m.start() < covered[k][1]:
            continue
        k = _number_key(m.group())
        if k:
            a.numbers[k] += 1
    return a


def load_articles(con: sqlite3.Connection) -> list[Article]:
    """Every stored article's features, in id order."""
    ments: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", label, entity FROM mentions WHERE entity IS NOT NULL'):
        ments[r[0]].append((r[1], r[2], r[3], r[4]))
    tx: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", type, value FROM timexes'):
        tx[r[0]].append((r[1], r[2], r[3], r[4]))
    out = []
    for r in con.execute("SELECT id, lang, text, published, duplicate_of, title FROM articles ORDER BY id"):
        out.append(article_features(r[0], r[1], r[2] or "", r[3], r[4], r[5], ments.get(r[0], []),
                                    tx.get(r[0], [])))
    return out


class Vocabulary:
    """Document frequencies of keys over a set of articles, and the idf weights derived from them."""

    def __init__(self, articles: list[Article]):
        self.n = len(articles)
        self.df: Counter = Counter()
        self.df_lang: Counter = Counter()
        self._idf: dict = {}
        for a in articles:
            self.df_lang[a.lang] += 1
            self.df.update(f"w:{a.lang}:{w}" for w in a.words)
            self.df.update(f"e:{e}" for e in a.ents)
            self.df.update(a.dates)
            self.df.update(a.numbers)

    def idf(self, key: str, lang: str | None = None) -> float:
        """log((1 + n) / (1 + df)) + IDF_OFFSET, where n counts the articles of the key's language for words."""
        got = self._idf.get((key, lang))
        if got is None:
            n = self.df_lang[lang] if lang is not None else self.n
            got = self._idf[(key, lang)] = math.log((1 + max(n, 1)) / (1 + self.df[key])) + IDF_OFFSET
        return got
