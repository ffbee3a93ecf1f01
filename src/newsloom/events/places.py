"""Knowledge-base look-ups the events engine needs: nationality words, countries, capitals, English names.

Everything goes through newsloom.kb and the demonym tables of newsloom.link (language data); a failure
there (missing tables) makes these return None, never an error.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import fold


@lru_cache(maxsize=1)
def _kb():
    try:
        from ..kb import get_kb
        return get_kb()
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=1)
def _demonyms() -> dict:
    try:
        from ..link.langdata import all_demonyms
        return all_demonyms()
    except Exception:  # noqa: BLE001
        return {}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    kb = _kb()
    out: dict[str, str] = {}
    if kb is None:
        return out
    for e in kb.entries:
        if getattr(e, "capital", False) and e.country and e.type == "PLACE":
            prev = out.get(e.country)
            if prev is None or kb.by_id[prev].population < e.population:
                out[e.country] = e.id
    return out


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """"américain", "Russian", "ukrainienne" -> ISO country code."""
    if not word or not word[:1].isalpha():
        return None
    key = tuple(fold(word).replace("-", " ").split())
    return _demonyms().get(key)


@lru_cache(maxsize=8192)
def country_id(name: str, place: bool = False, want_id: bool = False) -> str | None:
    """The country code of a person (place=False) or place named ``name``; with want_id the KB id of the place."""
    kb = _kb()
    if kb is None:
        return None
    e = kb.lookup(name, ("PLACE",) if place else ("PERSON",))
    if e is None:
        return None
    if want_id:
        return e.id
    return e.country


@lru_cache(maxsize=512)
def capital_of(code: str, country: bool = False) -> str | None:
    """KB id of a country's capital (or of the country itself with country=True)."""
    kb = _kb()
    if kb is None:
        return None
    if country:
        e = kb.country(code)
        return e.id if e is not None else None
    return _capitals().get(code)


@lru_cache(maxsize=8192)
def english_place(text: str) -> str | None:
    """The English name of a place or nationality word ("Russie", "ukrainienne" -> "Russia", "Ukraine")."""
    kb = _kb()
    code = demonym_country(text)
    if code and kb is not None:
        e = kb.country(code)
        if e is not None:
            return e.name
    if kb is not None:
        e = kb.lookup(text, ("PLACE",))
        if e is not None:
            return e.name
    return text if text[:1].isupper() else None


def entity_name(entity_id: str) -> str | None:
    """A readable name for an entity id: the KB's name, else the id's slug."""
    kb = _kb()
    if kb is not None:
        e = kb.by_id.get(entity_id)
        if e is not None:
            return e.name
    if ":" in entity_id:
        slug = entity_id.split(":", 1)[1]
        return " ".join(w.capitalize() if len(w) > 2 else w.upper() for w in slug.split("-"))
    return None


@lru_cache(maxsize=8192)
def place_country(entity_id: str) -> str | None:
    kb = _kb()
    if kb is None:
        return None
    e = kb.by_id.get(entity_id)
    return e.country if e is not None else None


@lru_cache(maxsize=8192)
def place_kind(entity_id: str) -> str | None:
    kb = _kb()
    if kb is None:
        return None
    e = kb.by_id.get(entity_id)
    return e.kind if e is not None else None
