"""Name normalisation shared by the knowledge base and the linker.

* :func:`norm` gives the lookup key of a name: case-folded, accents stripped, apostrophes and dashes unified,
  dots dropped ("U.S." -> "us", "États-Unis" -> "etats unis", "Jean-Noël" -> "jean noel").
* :func:`skeleton` is a looser key that survives transliteration and spelling variants
  (Zelensky / Zelenskyy / Zelenskiy / Selenskyj, Séjourné / Sejourne). It is only ever used together with a
  second check (same type, compatible first names), never alone.
* :func:`slug` turns a canonical name into the stable part of an entity id.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:['.]\w+)*'?", re.UNICODE)


# bump when norm() changes: geo.json.gz stores precomputed keys and is rebuilt when this differs
NORM_VERSION = 1


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def norm(s: str) -> str:
    """Lookup key: case and accents folded, '-' and '_' as spaces, dots and most punctuation dropped."""
    s = strip_accents(s.translate(_APOS)).casefold()
    s = s.replace(".", "")
    s = re.sub(r"[^\w' ]+", " ", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s*'\s*", "'", s)
    return _SPACES.sub(" ", s).strip()


def fold(s: str) -> str:
    """Accents folded and apostrophes unified, case kept (for case-sensitive scans of the text)."""
    return strip_accents(s.translate(_APOS))


_SKELETON_RULES = [
    (re.compile(r"[' ]"), ""),
    (re.compile(r"(?<=[a-z])(?:yy|iy|ij|yj|ii)(?=$|[^a-z])"), "y"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"dzh|dj"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"w"), "v"),
    (re.compile(r"z"), "s"),
    (re.compile(r"c(?=[aou]|$)"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=200_000)
def skeleton(s: str) -> str:
    """A spelling-variant-tolerant key of a name (input: raw or :func:`norm`-ed)."""
    s = norm(s)
    words = []
    for w in s.split():
        for rx, rep in _SKELETON_RULES:
            w = rx.sub(rep, w)
        words.append(w)
    return " ".join(words)


def slug(s: str) -> str:
    s = norm(s).replace("'", " ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def words(s: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``s`` with offsets (apostrophes and dots inside a word kept: "d'Etat", "U.S")."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(s.translate(_APOS))]


def is_capitalised(w: str) -> bool:
    return bool(w) and w[0].isupper()


def has_letter(s: str) -> bool:
    return any(c.isalpha() for c in s)
