"""Tokens with offsets, and the parts of a person's name."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..kb.text import norm, skeleton
from .langdata import LangData, get

_TOKEN_RX = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*['’]?\.?", re.UNICODE)
_ELIDED = re.compile(r"^([^\W\d_]{1,3}['’])(?=[^\W_])", re.UNICODE)


class Tok(NamedTuple):   # a named tuple: made several times faster than a frozen dataclass, as immutable
    start: int
    end: int
    text: str      # surface text
    key: str       # normalised (norm) form


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Word tokens of ``text[start:end]`` with absolute offsets.

    Elided articles are split off ("l'OTAN" -> "l'", "OTAN"); hyphenated words are split ("États-Unis" ->
    "États", "Unis"); a final dot is kept only for abbreviations ("U.S.", "M.").
    """
    end = len(text) if end is None else end
    return list(_tokens(text, start, end))  # a new list each time: callers may change theirs


def line_tokens(text: str, start: int, end: int) -> list[Tok]:
    """``tokens(text, start, end)`` for a whole line (``text[end]`` a line break or the end of the text), taken
    from the tokens of the whole text: a token never holds a line break, so they are the same."""
    full, starts = _whole(text)
    return list(full[bisect_left(starts, start):bisect_left(starts, end)])


@lru_cache(maxsize=16)
def _whole(text: str) -> tuple[tuple[Tok, ...], list[int]]:
    full = _tokens(text, 0, len(text))
    return full, [t.start for t in full]


# The repair and role stages tokenise the same spans (a mention, the words before it, the whole text) several
# times over: tokens of the last spans are kept (Tok is frozen; the cache holds tuples).
@lru_cache(maxsize=8192)
def _tokens(text: str, start: int, end: int) -> tuple[Tok, ...]:
    out: list[Tok] = []
    for m in _TOKEN_RX.finditer(text, start, end):
        s, e = m.span()
        w = m.group()
        if w[-1] == "." and not _abbrev(w):
            w, e = w[:-1], e - 1
        if "'" in w or "’" in w:
            x = _ELIDED.match(w)
            if x:
                j = x.end()
                out.append(Tok(s, s + j, w[:j], norm(w[:j])))
                s, w = s + j, w[j:]
        if "-" in w:
            pos = s
            for part in w.split("-"):
                if part:
                    k = norm(part)
                    if k:
                        out.append(Tok(pos, pos + len(part), part, k))
                pos += len(part) + 1
        else:
            k = norm(w)
            if k:
                out.append(Tok(s, e, w, k))
    return tuple(out)


@lru_cache(maxsize=100_000)
def keys_of(s: str) -> tuple[str, ...]:
    """The token keys of a short string (cached)."""
    return tuple(t.key for t in tokens(s))


def _abbrev(w: str) -> bool:
    """'U.S.', 'M.', 'Dr.' keep their final dot; 'Paris.' does not."""
    core = w[:-1]
    return "." in core or len(core) == 1 or core.lower() in {"dr", "mr", "mrs", "ms", "st", "jr", "sr", "sra",
                                                               "srta", "prof", "mme", "mlle", "mgr", "gen", "col",
                                                               "lt", "sgt", "gov", "sen", "rep", "inc", "ltd", "co"}


@dataclass
class PersonName:
    given: list[str]          # given-name words, normalised
    surname: str              # surname with its particles, normalised ("von der leyen")
    honorific: str | None = None

    @property
    def full(self) -> bool:
        return bool(self.given)

    @property
    def surname_key(self) -> str:
        return skeleton(self.surname)

    @property
    def last_key(self) -> str:
        return skeleton(self.surname.split()[-1]) if self.surname else ""

    @property
    def first_surname_key(self) -> str:
        """Where a person carries two surnames ("Elena Gómez Rey": Gómez and Rey), the first of them, which
        alone names the person ("Gómez dijo"); "" when the word before the surname is itself a given name
        ("José Manuel Albares")."""
        if len(self.given) < 2:
            return ""
        w = self.given[-1]
        if any(norm(g) == w for g in _given_forms(w)):
            return ""
        return skeleton(w)

    @property
    def given_key(self) -> str:
        return skeleton(self.given[0]) if self.given else ""

    @property
    def initial(self) -> bool:
        return bool(self.given) and len(self.given[0]) == 1


def person_name(text: str, lang: str | None = None, ld: LangData | None = None) -> PersonName:
    ld = ld or get(lang)
    words = [norm(w) for w in re.split(r"\s+", text.replace("’", "'").strip()) if norm(w)]
    hon = None
    while words and (words[0] in ld.honorifics or words[0] in _EN_HON) and len(words) > 1:
        hon = words.pop(0)
    if words and words[-1] in ("jr", "sr", "ii", "iii", "iv") and len(words) > 2:
        words.pop()
    parts: list[str] = []
    for w in words:
        parts.extend(p for p in w.split() if p)
    if not parts:
        return PersonName([], norm(text), hon)
    i = len(parts) - 1
    while i > 0 and parts[i - 1] in ld.particles:
        i -= 1
    return PersonName(parts[:i], " ".join(parts[i:]), hon)


_EN_HON = {"mr", "mrs", "ms", "dr"}


def _given_forms(w: str) -> list[str]:
    """Given names of the name lists that fold to ``w`` (case and accents folded)."""
    return _given_index().get(w, [])


_GIVEN: dict[str, list[str]] | None = None


def _given_index() -> dict[str, list[str]]:
    global _GIVEN
    if _GIVEN is None:
        from ..kb import name_lists

        idx: dict[str, list[str]] = {}
        for g in name_lists()[0]:
            idx.setdefault(norm(g), []).append(g)
        _GIVEN = idx
    return _GIVEN
