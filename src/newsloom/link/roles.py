"""Role titles around a person's mention, normalised to English.

Two shapes, in every language, driven by the title tables of ``newsloom/lang/<code>/entities.py``:

* a title before the name: "US Secretary of State Jane Roe", "la ministre allemande des Affaires
  étrangères Anna Beispiel", "le ministre des Affaires étrangères du Portugal, Paulo Exemplo";
* an apposition after it: "Steve Witkoff, special envoy", "Zelensky, the Ukrainian president".

A title is qualified by a country (a demonym, "de France", "of the United States", "US ...") or by an
organisation ("secrétaire général de l'OTAN"); the English form is made by :func:`render`
("US Secretary of State", "French Minister of Foreign Affairs", "President of France", "Secretary General
of NATO"). A title after a comma ("Le secrétaire d'État américain, Marco Rubio") counts only when it is
qualified, so "with the president, Marco Rubio said" gives no role. Titles with "former", "deputy", ...
(ROLE_BLOCKERS) are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..kb import KBEntry, get_kb
from .langdata import LangData, all_demonyms, country_adjective, english, get
from .names import Tok, tokens

WINDOW = 140
INDEFINITE = {"a", "an", "un", "une", "una", "uno", "ein", "eine", "einer", "the", "le", "la", "l'", "el", "der",
              "die", "das", "den", "dem", "des", "les", "los", "las"}
# roles whose country is the holder's own: may take it from the knowledge base when the text names none
NATIONAL_ROLES = {"president", "vice_president", "prime_minister", "chancellor", "head_of_state",
                  "head_of_government", "king", "queen", "emir", "sultan", "crown_prince", "foreign_minister",
                  "secretary_of_state", "defence_minister", "armed_forces_minister", "interior_minister",
                  "finance_minister", "economy_minister", "justice_minister", "supreme_leader"}


@dataclass
class RoleHit:
    key: str                   # role key ("foreign_minister")
    country: str | None        # ISO code of the qualifying country
    org: KBEntry | None        # qualifying organisation or city
    start: int                 # evidence: from the title ...
    end: int                   # ... to the end of the name
    explicit: bool             # the country / organisation is written in the text


@dataclass
class _Qual:
    i: int
    j: int
    country: str | None
    entry: KBEntry | None
    remit: bool = False      # "for the Middle East": qualifies the title, names no holder's country


def _lookup(toks: list[Tok]) -> KBEntry | None:
    if not toks or not toks[0].text[:1].isupper():
        return None
    kb = get_kb()
    return _lookup_name(" ".join(t.text for t in toks), id(kb), len(kb.entries))


@lru_cache(maxsize=50_000)
def _lookup_name(name: str, kb_id: int, kb_size: int) -> KBEntry | None:
    return get_kb().lookup(name, ("PLACE", "ORG"))


def qualifiers(toks: list[Tok], ld: LangData) -> list[_Qual]:
    """Countries and organisations named in a token list (demonyms, 'de France', 'US', "de l'OTAN")."""
    out: list[_Qual] = []
    keys = [t.key for t in toks]
    dem = all_demonyms()
    n = len(toks)
    i = 0
    while i < n:
        hit = None
        for prep in ld.remit_preps:
            c = len(prep)
            if tuple(keys[i:i + c]) == prep:
                k = i + c
                if k < n and keys[k] in INDEFINITE:
                    k += 1
                for L in range(min(5, n - k), 0, -1):
                    e = _lookup(toks[k:k + L])
                    if e is not None:
                        hit = _Qual(i, k + L, None, e, remit=True)
                        break
            if hit:
                break
        for conn in ([] if hit else ld.connectors):
            c = len(conn)
            if tuple(keys[i:i + c]) == conn:
                for L in range(min(5, n - i - c), 0, -1):
                    e = _lookup(toks[i + c:i + c + L])
                    if e is not None:
                        hit = _Qual(i, i + c + L, e.country if e.kind == "country" else None, e)
                        break
            if hit:
                break
        if hit is None:
            for L in (2, 1):
                t = tuple(keys[i:i + L])
                if len(t) < L:
                    continue
                code = ld.demonyms.get(t)
                caps = ld.demonym_caps.get(t, False)
                if code is None and toks[i].text[:1].isupper():
                    code, caps = dem.get(t), True
                if code is not None and (not caps or toks[i].text[:1].isupper()):
                    hit = _Qual(i, i + L, code, None)
                    break
        if hit is None and toks[i].text[:1].isupper():
            for L in range(min(4, n - i), 0, -1):
                e = _lookup(toks[i:i + L])
                if e is not None:
                    hit = _Qual(i, i + L, e.country if e.kind == "country" else None, e)
                    break
        if hit is not None:
            out.append(hit)
            i = hit.j
        else:
            i += 1
    return out


def _pick(quals: list[_Qual], lo: int, hi: int) -> tuple[str | None, KBEntry | None]:
    """The country / organisation of the qualifiers touching token range [lo, hi)."""
    country, org = None, None
    for q in quals:
        if q.j >= lo and q.i <= hi and not q.remit:
            if q.country and country is None:
                country = q.country
            elif q.entry is not None and q.entry.kind not in ("country", "region") and org is None:
                org = q.entry
    return country, org


def _closed(text: str, pos: int) -> bool:
    """After a title set off by a comma, the name must close the apposition: "..., Marco Rubio, said"."""
    rest = text[pos:pos + 3].lstrip(" \t")
    return not rest or rest[0] in ",;:.)!?\n–—" or rest[0] == "("


def pre_title(text: str, m_start: int, m_end: int, sent_start: int, ld: LangData) -> RoleHit | None:
    lo = max(sent_start, m_start - WINDOW)
    toks = tokens(text, lo, m_start)[-(ld.max_title + 12):]
    if not toks:
        return None
    gap = text[toks[-1].end:m_start]
    g = gap.strip()
    if g not in ("", ",", ":", "-", "–", "—"):
        return None
    comma = bool(g)
    # the last few words must hold a title word, a demonym or a name: cheap test first
    if not any(t.key in ld.title_vocab for t in toks[-(ld.max_title + 6):]):
        return None
    quals = qualifiers(toks, ld)
    inq = set()
    for q in quals:
        inq.update(range(q.i, q.j))
    kept = [i for i in range(len(toks)) if i not in inq]
    if not kept:
        return None
    # title = a suffix of the kept words, ending with the last kept word; nothing but qualifiers after it
    keys = [toks[i].key for i in kept]
    for L in range(min(ld.max_title, len(keys)), 0, -1):
        t = tuple(keys[-L:])
        if t not in ld.titles:
            continue
        key, default = ld.titles[t]
        first = kept[-L]
        # the words of the title are contiguous apart from qualifiers inside it
        if any(kept[k + 1] - kept[k] > 1 and not all(x in inq for x in range(kept[k] + 1, kept[k + 1]))
               for k in range(len(kept) - L, len(kept) - 1)):
            continue
        before = keys[:-L]
        if before and ((before[-1],) in ld.blockers or tuple(before[-2:]) in ld.blockers):
            return None
        if first > 0 and toks[first - 1].key in ("ex",):
            return None
        country, org = _pick(quals, first, len(toks))
        explicit = bool(country or org) or any(q.remit and q.i >= first for q in quals)
        if comma and not (explicit and _closed(text, m_end)):
            return None
        start_tok = first
        for q in quals:
            if q.j == first or (q.i < first < q.j):
                start_tok = min(start_tok, q.i)
        return RoleHit(key, country or (default if not org else None), org, toks[start_tok].start, m_end,
                       explicit)
    return None


def post_title(text: str, m_start: int, m_end: int, sent_end: int, ld: LangData) -> RoleHit | None:
    hi = min(sent_end, m_end + WINDOW)
    rest = text[m_end:hi]
    s = rest.lstrip()
    if not s or s[0] not in ",(–—":
        return None
    body_start = m_end + (len(rest) - len(s)) + 1
    cut = len(text[body_start:hi])
    for ch in ",;:()\n.!?«»\"“”":
        k = text.find(ch, body_start, hi)
        if k != -1:
            cut = min(cut, k - body_start)
    body_end = body_start + cut
    toks = tokens(text, body_start, body_end)[: ld.max_title + 12]
    while toks and toks[0].key in INDEFINITE:
        toks = toks[1:]
    if not toks or not any(t.key in ld.title_vocab for t in toks[: ld.max_title + 4]):
        return None
    quals = qualifiers(toks, ld)
    inq = set()
    for q in quals:
        inq.update(range(q.i, q.j))
    kept = [i for i in range(len(toks)) if i not in inq]
    keys = [toks[i].key for i in kept]
    for L in range(min(ld.max_title, len(keys)), 0, -1):
        t = tuple(keys[:L])
        if t not in ld.titles:
            continue
        key, default = ld.titles[t]
        last = kept[L - 1]
        if kept[0] != 0 and not all(x in inq for x in range(0, kept[0])):
            return None
        after = keys[L:]
        if after:
            nxt = tuple(after)
            if not any(nxt[:len(c)] == c for c in ld.connectors + ld.remit_preps):
                return None
        country, org = _pick(quals, 0, last + 1)
        explicit = bool(country or org)
        end_tok = last
        for q in quals:
            if q.i == last + 1 or (q.i <= last < q.j):
                end_tok = max(end_tok, q.j - 1)
        return RoleHit(key, country or (default if not org else None), org, m_start, toks[end_tok].end, explicit)
    return None


def find_roles(text: str, m_start: int, m_end: int, sent_start: int, sent_end: int,
               lang: str | None) -> list[RoleHit]:
    ld = get(lang)
    out = []
    for f in (pre_title(text, m_start, m_end, sent_start, ld), post_title(text, m_start, m_end, sent_end, ld)):
        if f is not None:
            out.append(f)
    return out


def render(key: str, country: str | None, org: KBEntry | None) -> str:
    """The English title of a role ("US Secretary of State", "President of France", "special envoy")."""
    en = english()
    if country and (key, country) in en.ROLE_OVERRIDES:
        return en.ROLE_OVERRIDES[(key, country)]
    base = en.ROLE_NAMES.get(key, key.replace("_", " "))
    style = en.ROLE_STYLE.get(key, "adj")
    if style == "none":
        return base
    if org is not None and not country:
        return f"{base} of {org.name}"
    if country:
        if style == "of":
            c = get_kb().country(country)
            if c is None:
                return base
            the = "the " if country in en.THE_COUNTRIES else ""
            return f"{base} of {the}{c.name}"
        adj = country_adjective(country)
        if adj:
            return f"{adj} {base}"
        c = get_kb().country(country)
        return f"{base} of {c.name}" if c else base
    return base
