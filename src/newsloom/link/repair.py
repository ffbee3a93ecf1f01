"""Per-article repair of the mentions a small NER model gives on news text. Pure: text in, mentions out.

In order:

1. trim: spaces, punctuation and quotes at the edges, the possessive "'s", a leading article
   ("the United States" -> "United States", unless the article belongs to the name: "The Hague"),
   an honorific ("M. Rubio" -> "Rubio"); spans without a letter ("###") go;
2. photo credits ("Photo Jane Roe/Pool via REUTERS", "© AFP") name no actor: their mentions go;
3. a word that is never an entity alone ("État", "State", "Government") or a bare role title
   ("ministre des Affaires étrangères de France") is dropped;
4. an organisation glued to a person ("OTAN Mark Rutte", "NATO Secretary General Mark Rutte") is split;
   a title inside a person's span ("President Emmanuel Macron") is cut off;
5. labels: a place the model called a person ("Soumy") becomes PLACE when the knowledge base knows it as a
   place and no person of the article bears that name; a surname the model called a place or organisation
   ("Blinken" GPE beside "Antony Blinken") becomes PERSON; a demonym ("French", "américain", "russe") is
   OTHER -- the linker links it to a nationality entity that points to its country; a MISC span the
   knowledge base knows as a place or organisation takes that type ("Moyen-Orient"); "sultanat d'Oman"
   becomes the place "Oman";
6. additions, precision first: knowledge-base names the model missed (countries, capitals and cities of a
   million, regions, organisations, listed people: case-sensitive, not inside a longer capitalised name,
   not in an all-capitals headline); a lower-case capital or country after a preposition ("support for
   kyiv"); later bare surnames of a person named in full in the article. A language without a model
   (German) gets all its mentions this way.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..kb import get_kb, name_lists
from ..kb.text import fold, norm
from ..records import Mention
from .langdata import LangData, capitalised_demonyms, get, with_english
from .names import Tok, line_tokens, tokens
from .roles import qualifiers

_LEAD = set(" \t\r\n\"'“”‘’«»‹›()[]{}*#-–—:;,.!?/|•·…_=+~")
_TRAIL = _LEAD
_POSSESSIVE = ("'s", "’s", "´s")
_SCAN_TOKEN = re.compile(r"[^\W_]+|['’\-]")


# ---------------------------------------------------------------- trimming
def _trim(text: str, m: Mention, ld: LangData) -> Mention | None:
    s, e = m.start, m.end
    while s < e and text[s] in _LEAD:
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    # keep the dot of an abbreviation ("U.S.", "Jr.")
    if e < m.end and text[e:e + 1] == "." and re.search(r"(?:\b\w\.\w|\b[A-Z]|\bJr|\bSr|\bSt)$", text[s:e]):
        e += 1
    # a regnal number written as an ordinal mid-sentence ("Elisabeth II. besuchte", "Ottos II. von")
    elif e < m.end and text[e:e + 1] == "." and re.search(r"\s[IVX]{1,4}$", text[s:e]) \
            and re.match(r"\s+[^\W\d_]", text[e + 1:e + 3]) and text[e + 1:e + 3].strip()[:1].islower():
        e += 1
    for p in _POSSESSIVE:
        if text[s:e].endswith(p) and e - s > len(p) + 1:
            e -= len(p)
            break
    if s >= e:
        return None
    span = text[s:e]
    kb = get_kb()
    # time words glued to the end of a name ("Soumy dimanche")
    toks = tokens(text, s, e)
    while len(toks) >= 2 and toks[-1].key in ld.time_words and norm(text[s:e]) not in kb.by_key:
        toks = toks[:-1]
        e = toks[-1].end
    span = text[s:e]
    # a leading article, unless it belongs to the name ("The Hague", "Le Havre", "Los Angeles"); a capitalised
    # one at the start of a sentence ("La Comisión Europea aprobó"), when the name is known without it or
    # not known with it
    if m.label != "PERSON":
        toks = tokens(text, s, e)
        if len(toks) >= 2 and toks[0].key in ld.locative_preps and toks[0].text.islower() \
                and toks[1].text[:1].isupper():  # "en Estados Unidos"
            toks = toks[1:]
            s = toks[0].start
            span = text[s:e]
        if len(toks) >= 2 and toks[0].key in ld.articles | {"the"}:
            first = toks[0].text
            if (first.islower() or toks[0].key == "the") and norm(span) not in kb.by_key:
                s = toks[1].start
            elif first[:1].isupper() and not first.isupper() and toks[1].text[:1].isupper() \
                    and _sentence_initial(text, s) and norm(span) not in kb.by_key:
                s = toks[1].start
    # a lower-case word closing the span where names capitalise their words ("Real Madrid ganó")
    if ld.names_end_capitalised:
        toks = tokens(text, s, e)
        cut = False
        while len(toks) >= 2 and toks[-1].text.isalpha() and toks[-1].text.islower():
            toks = toks[:-1]
            cut = True
            while len(toks) >= 2 and toks[-1].key in ld.particles:
                toks = toks[:-1]
            e = toks[-1].end
        # what is left of "Los bomberos", "Un incendio" at the start of a sentence is no name
        if cut and len(toks) == 1 and _sentence_initial(text, s) and kb.lookup(toks[0].text) is None:
            return None
    # a word that is never an entity alone, a connector, then the name ("Gobierno de Colombia")
    toks = tokens(text, s, e)
    if len(toks) >= 3 and toks[0].key in ld.not_alone and toks[0].key not in ld.org_heads \
            and toks[1].key in {c[0] for c in ld.connectors if len(c) == 1} and toks[2].text[:1].isupper() \
            and kb.lookup(text[s:e]) is None and kb.lookup(text[toks[2].start:e], ("PLACE", "PERSON")) is not None:
        s = toks[2].start
    else:
        toks = tokens(text, s, e)
        while len(toks) >= 2 and (toks[0].key in ld.honorifics or toks[0].key in ("mr", "mrs", "ms", "dr")):
            toks = toks[1:]
            s = toks[0].start
    span = text[s:e]
    if not any(c.isalpha() for c in span) or len(span.strip()) < 2:
        return None
    return Mention(s, e, span, m.label, m.ner_label, m.entity)


# ---------------------------------------------------------------- credits
def credit_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Character ranges of photo / picture credits ("Photo Jane Roe/Pool via REUTERS", "© AFP")."""
    ld = get(lang)
    en = get("en")
    markers = ld.credit_markers | en.credit_markers
    links = ld.credit_links | en.credit_links
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        ls, le = line.start(), line.end()
        toks = line_tokens(text, ls, le)
        starts = []
        for i, t in enumerate(toks):
            if t.key in markers and (t.text[:1].isupper() or text[max(ls, t.start - 1):t.start] in ("(", "[")):
                starts.append(t.end)
        starts += [ls + k + 1 for k, ch in enumerate(text[ls:le]) if ch == "©"]
        for st in starts:
            stop = le
            for ch in ")]":
                k = text.find(ch, st, le)
                if k != -1:
                    stop = min(stop, k)
            after = text[st:stop]
            if len(after) > 120:
                continue
            ta = tokens(text, st, stop)
            if not ta or not any(t.text[:1].isupper() for t in ta):
                continue
            linked = "/" in after or "©" in text[max(ls, st - 1):stop] or any(t.key in links for t in ta)
            bare = (stop == le and len(ta) <= 6
                    and all(t.text[:1].isupper() or t.key in links for t in ta))
            if linked or bare:
                begin = st
                while begin > ls and not text[begin - 1].isspace() and text[begin - 1] not in "([":
                    begin -= 1
                out.append((begin, stop))
    return out


# ---------------------------------------------------------------- drops
def _title_only(toks: list[Tok], ld: LangData) -> bool:
    quals = qualifiers(toks, ld)
    inq = {i for q in quals for i in range(q.i, q.j)}
    keys = tuple(t.key for i, t in enumerate(toks) if i not in inq and not (i == 0 and t.key in ld.articles | {"the"}))
    return bool(keys) and keys in ld.titles


def _never_alone(toks: list[Tok], ld: LangData) -> bool:
    dem = ld.demonyms
    keys = [t.key for t in toks if t.key not in ld.articles and t.key != "the" and (t.key,) not in dem]
    return bool(keys) and all(k in ld.not_alone for k in keys)


# ---------------------------------------------------------------- glued names
def _title_before(text: str, pos: int, ld: LangData) -> bool:
    """Does the text just before ``pos`` end with a role title and a connector ("secrétaire général de l'")?"""
    toks = tokens(text, max(0, pos - 80), pos)[-(ld.max_title + 3):]
    keys = [t.key for t in toks]
    for conn in ld.connectors:
        if tuple(keys[len(keys) - len(conn):]) == conn:
            rest = keys[:len(keys) - len(conn)]
            return any(tuple(rest[len(rest) - L:]) in ld.titles for L in range(1, min(ld.max_title, len(rest)) + 1))
    return False


def _split_glued(text: str, m: Mention, ld: LangData) -> list[Mention]:
    """ORG + (title) + PERSON in one span -> two mentions.

    Only with evidence that a person follows the organisation: a title between them ("NATO Secretary General
    Mark Rutte"), a title before the span that the organisation qualifies ("secrétaire général de l'OTAN
    Mark Rutte"), or a person the knowledge base lists. "Boston Red Sox", "George H.W. Bush" stay whole.
    """
    if m.label not in ("ORG", "PERSON", "PLACE"):
        return [m]
    ld = with_english(ld.code)
    toks = tokens(text, m.start, m.end)
    if len(toks) < 2:
        return [m]
    kb = get_kb()
    if kb.lookup(m.text) is not None:
        return [m]
    org_end = 0
    org_type = "ORG"
    for L in range(min(4, len(toks) - 1), 0, -1):
        part = toks[:L]
        e = kb.lookup(text[part[0].start:part[-1].end], ("ORG", "PLACE"))
        acronym = L == 1 and len(part[0].text) >= 2 and part[0].text.isupper() and part[0].text.isalpha()
        if (e is not None and (e.type == "ORG" or m.label != "PERSON")) or acronym:
            org_end, org_type = L, (e.type if e is not None else "ORG")
            break
    i = org_end
    titled = False
    for L in range(min(ld.max_title, len(toks) - i - 1), 0, -1):
        if tuple(t.key for t in toks[i:i + L]) in ld.titles and toks[i].text[:1].isupper():
            i += L
            titled = True
            break
    while i < len(toks) - 1 and toks[i].key in ld.honorifics:
        i += 1
    rest = toks[i:]
    if i == 0 or not rest or not all(t.text[:1].isupper() and t.text[:1].isalpha() for t in rest):
        return [m]
    if org_end and len(rest) < 2:
        return [m]
    person = text[rest[0].start:rest[-1].end]
    if org_end and not titled and not _title_before(text, m.start, ld) \
            and kb.lookup(person, ("PERSON",)) is None:
        return [m]
    if not org_end and m.label != "PERSON" and len(rest) < 2:
        return [m]
    out = []
    if org_end:
        a, b = toks[0].start, toks[org_end - 1].end
        out.append(Mention(a, b, text[a:b], org_type, m.ner_label))
    a, b = rest[0].start, rest[-1].end
    out.append(Mention(a, b, text[a:b], "PERSON", m.ner_label))
    return out


# ---------------------------------------------------------------- labels
def _demonym(toks: list[Tok], ld: LangData) -> str | None:
    """The country of a demonym span; a capitalised name the knowledge base knows ("China") is no demonym."""
    if not toks:
        return None
    kb = get_kb()
    if toks[0].text[:1].isupper():
        span = " ".join(t.text for t in toks)
        if kb.lookup(span, ("PLACE", "ORG")):
            return None
        # a place name with a genitive ending ("Chinas", "Indiens")
        if any(span.endswith(e) and kb.lookup(span[: -len(e)], ("PLACE",)) for e in ld.genitive_endings):
            return None
    t = tuple(x.key for x in toks)
    code = ld.demonyms.get(t)
    if code is not None and (not ld.demonym_caps.get(t) or toks[0].text[:1].isupper()):
        return code
    if toks and toks[0].text[:1].isupper():
        return capitalised_demonyms().get(t)
    return None


def _government_form(toks: list[Tok], ld: LangData) -> int:
    """Number of leading tokens that are a form of government ("sultanat d'" in "sultanat d'Oman")."""
    keys = tuple(t.key for t in toks)
    for f in ld.government_forms:
        if keys[:len(f)] == f and len(keys) > len(f):
            return len(f)
    return 0


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([^\W_]+)['’]?\W*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _next_is_name(text: str, pos: int) -> bool:
    """Is the next word (same line) a capitalised word or a name-like token ("76ers")?"""
    m = re.match(r"[ \t]{1,2}(\w[\w\-]*)", text[pos:pos + 40])
    if not m:
        return False
    w = m.group(1)
    return w[:1].isupper() or (w[:1].isdigit() and any(c.isalpha() for c in w))


def _relabel(text: str, ms: list[Mention], ld: LangData) -> list[Mention]:
    kb = get_kb()
    given = name_lists()[0]
    surnames: set[str] = set()
    name_words: set[str] = set()
    for m in ms:
        if m.label == "PERSON":
            toks = tokens(text, m.start, m.end)
            if len(toks) >= 2:
                surnames.add(toks[-1].key)
                name_words.update(t.key for t in toks)
                if ld.double_surnames and len(toks) >= 3 and toks[-2].text not in given:
                    surnames.add(toks[-2].key)  # "Gómez" of "Elena Gómez Rey"
    out = []
    for m in ms:
        toks = tokens(text, m.start, m.end)
        if not toks:
            continue
        key = norm(m.text)
        code = _demonym(toks, ld)
        if code is not None:
            if m.label != "OTHER":
                m = Mention(m.start, m.end, m.text, "OTHER", m.ner_label)
            out.append(m)
            continue
        if len(toks) >= 2 and toks[0].key in ld.org_heads and toks[0].text[:1].isupper() and m.label != "ORG" \
                and kb.lookup(m.text, ("PLACE", "PERSON")) is None:
            out.append(Mention(m.start, m.end, m.text, "ORG", m.ner_label))  # "Ministerio de Sanidad"
            continue
        known = kb.lookup(m.text)
        if known is not None and m.label in ("PLACE", "PERSON", "ORG") and known.type != m.label \
                and known.type in ("PERSON", "ORG") and kb.lookup(m.text, ("PLACE",)) is None \
                and (known.type == "ORG" or len(toks) >= 2):
            # a name the knowledge base knows only as an organisation or a person ("Telefónica" tagged LOC)
            out.append(Mention(m.start, m.end, m.text, known.type, m.ner_label))
            continue
        if m.label in ("PLACE", "ORG") and 2 <= len(toks) <= 4 and toks[0].text in given \
                and not any(kb.lookup(t.text, ("PLACE",)) for t in toks[1:] if t.key not in ld.particles) \
                and all(t.text[:1].isupper() or t.key in ld.particles for t in toks) \
                and toks[-1].text[:1].isupper() and kb.lookup(m.text) is None \
                and not any(t.key in ld.org_heads for t in toks) \
                and (m.label == "PLACE" or toks[-1].text in name_lists()[1]):
            out.append(Mention(m.start, m.end, m.text, "PERSON", m.ner_label))  # "Carolina Tohá" tagged LOC
            continue
        if m.label == "PERSON":
            place = kb.lookup(m.text, ("PLACE",))
            if (place is not None and kb.lookup(m.text, ("PERSON",)) is None and len(toks) <= 3
                    and not any(t.key in name_words for t in toks if len(toks) == 1)
                    and not any(t.key in ld.honorifics for t in tokens(text, max(0, m.start - 6), m.start))
                    and not _next_is_name(text, m.end) and place.kind in ("country", "city", "region")
                    # a given name or surname that a small town also bears stays a person ("Bella")
                    and not (len(toks) == 1 and place.kind == "city" and place.population < 1_000_000
                             and (m.text in given or m.text in name_lists()[1]))):
                m = Mention(m.start, m.end, m.text, "PLACE", m.ner_label)
        elif len(toks) == 1 and key in surnames and m.text[:1].isupper():
            if not kb.candidates(m.text) or all(e.type == "PERSON" for e in kb.candidates(m.text)):
                m = Mention(m.start, m.end, m.text, "PERSON", m.ner_label)
        elif m.label == "OTHER":
            n = _government_form(toks, ld)
            if n:
                a, b = toks[n].start, toks[-1].end
                e = kb.lookup(text[a:b], ("PLACE",))
                if e is not None:
                    m = Mention(a, b, text[a:b], "PLACE", m.ner_label)
            else:
                e = kb.lookup(m.text, ("PLACE", "ORG"))
                if e is not None:
                    m = Mention(m.start, m.end, m.text, e.type, m.ner_label)
        out.append(m)
    return out


# ---------------------------------------------------------------- additions
def _scan_tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for x in _SCAN_TOKEN.finditer(text):
        w = x.group()
        out.append((x.start(), x.end(), w if w.isascii() else fold(w).replace("’", "'")))  # ASCII: nothing to fold
    return out


def _shouting(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals (headlines), where capitalisation says nothing."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        letters = list(filter(str.isalpha, line.group()))
        if len(letters) >= 8 and sum(map(str.isupper, letters)) >= 0.6 * len(letters):
            out.append((line.start(), line.end()))
    return out


def _sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'«“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?:\n;"


def kb_mentions(text: str, lang: str | None, taken: list[tuple[int, int]],
                every_city: bool = False) -> list[Mention]:
    """Knowledge-base names in ``text`` outside the ``taken`` spans (see the module doc for the rules)."""
    ld = get(lang)
    kb = get_kb()
    idx = kb.scan_index(every_city)
    toks = _scan_tokens(text)
    shout = _shouting(text)
    busy = sorted(taken)
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in busy) and not any(s <= a < e for s, e in shout)

    common = ld.common_lower | get("en").common_lower
    i = 0
    n = len(toks)
    while i < n:
        s, e, w = toks[i]
        if not w[:1].isalpha():
            i += 1
            continue
        matched = False
        if w[:1].isupper() and text[s:e] in ld.common_capitalised:
            i += 1
            continue
        if w[:1].isupper():
            cands = list(idx.get(w, ()))
            for end_ in ld.genitive_endings:  # "Europas": "Europa" + genitive s
                if w.endswith(end_) and len(w) > len(end_) + 2:
                    cands += [(words[:-1] + (w,), entry) for words, entry in idx.get(w[:-len(end_)], ())
                              if len(words) == 1 and entry.type == "PLACE"]
            for words, entry in cands:
                L = len(words)
                if i + L > n:
                    continue
                ok = all(toks[i + k][2] == words[k] for k in range(L))
                ok = ok and all(0 <= toks[i + k + 1][0] - toks[i + k][1] <= 1 and "\n" not in text[toks[i + k][1]:toks[i + k + 1][0]]
                                for k in range(L - 1))
                if not ok:
                    continue
                a, b = s, toks[i + L - 1][1]
                # not part of a longer capitalised name
                if _next_is_name(text, b) or (text[b:b + 1] == "-" and text[b + 1:b + 2].isupper()):
                    continue
                # a name glued by a hyphen into a compound word is no mention of its own ("FDP-geführte")
                if ld.hyphen_compounds and (text[b:b + 1] == "-" or (a >= 2 and text[a - 1] == "-"
                                                                      and text[a - 2].isalpha())):
                    continue
                prev = _prev_word(text, a)
                if prev and prev[:1].isupper() and not _sentence_initial(text, a - len(prev) - 1 if a > len(prev) else 0) \
                        and re.search(r"[^\W\d_]\s{1,2}$", text[max(0, a - 3):a]):
                    continue
                if not free(a, b):
                    continue
                # a capitalised first word of a sentence may be an ordinary word ("Seul" is also Seoul):
                # there, only the entry's own names count
                if L == 1 and _sentence_initial(text, a) and text[a:b] not in entry.names \
                        and not any(text[a:b] == n + x for n in entry.names for x in ld.genitive_endings):
                    continue
                out.append(Mention(a, b, text[a:b], entry.type, "KB"))
                busy.append((a, b))
                i += L
                matched = True
                break
        elif ld.lowercase_places and w.islower() and len(w) >= 4 and w not in common:
            cand = idx.get(w.capitalize(), ())
            for words, entry in cand:
                if len(words) != 1 or entry.type != "PLACE" or entry.kind not in ("country", "city"):
                    continue
                if norm(_prev_word(text, s)) not in ld.locative_preps:
                    continue
                if free(s, e):
                    out.append(Mention(s, e, text[s:e], "PLACE", "KB"))
                    busy.append((s, e))
                    matched = True
                break
            if matched:
                i += 1
        if not matched:
            i += 1
    return out


def titled_person_mentions(text: str, lang: str | None, taken: list[tuple[int, int]]) -> list[Mention]:
    """For a language without a model: one to three capitalised words right after a role title or an
    honorific ("Außenminister Johann Wadephul", "Frau Keller") are a person."""
    ld = get(lang)
    busy = sorted(taken)
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        hit = 0
        if toks[i].key in ld.honorifics and toks[i].text[:1].isupper():
            hit = 1
        else:
            for L in range(min(ld.max_title, n - i), 0, -1):
                if tuple(t.key for t in toks[i:i + L]) in ld.titles:
                    hit = L
                    break
        if not hit:
            i += 1
            continue
        j = i + hit
        k = j
        while k < n and k - j < 3 and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
                and toks[k].key not in ld.title_vocab and toks[k].key not in ld.honorifics \
                and (k == j or toks[k].start - toks[k - 1].end <= 1):
            k += 1
        if k > j and toks[j].start - toks[j - 1].end <= 2 and (k - j >= 2 or toks[i].key in ld.honorifics):
            a, b = toks[j].start, toks[k - 1].end
            if not any(s < b and a < e for s, e in busy) and not get_kb().lookup(text[a:b], ("PLACE", "ORG")):
                out.append(Mention(a, b, text[a:b], "PERSON", "KB"))
                busy.append((a, b))
        i = max(k, i + 1)
    return out


def demonym_mentions(text: str, lang: str | None, taken: list[tuple[int, int]]) -> list[Mention]:
    """Demonyms the model left untagged ("l'attaque russe"): OTHER mentions, linked to their nationality."""
    ld = get(lang)
    busy = sorted(taken)
    out = []
    for t in tokens(text):
        code = ld.demonyms.get((t.key,))
        if code is None or (ld.demonym_caps.get((t.key,)) and not t.text[:1].isupper()):
            continue
        if t.text[:1].isupper() and get_kb().lookup(t.text, ("PLACE", "ORG")) is not None:
            continue
        if any(s < t.end and t.start < e for s, e in busy):
            continue
        out.append(Mention(t.start, t.end, t.text, "OTHER", "KB"))
    return out


def surname_mentions(text: str, ms: list[Mention], lang: str | None) -> list[Mention]:
    """Later bare surnames of people named in full in the article ("Rubio" after "Marco Rubio")."""
    ld = get(lang)
    busy = [(m.start, m.end) for m in ms]
    out: list[Mention] = []
    seen: set[str] = set()
    for m in ms:
        if m.label != "PERSON":
            continue
        toks = tokens(text, m.start, m.end)
        if len(toks) < 2:
            continue
        k = len(toks) - 1
        while k > 1 and toks[k - 1].key in ld.particles:
            k -= 1
        forms = [(k, text[toks[k].start:toks[-1].end])]
        if ld.double_surnames and k >= 2 and toks[k - 1].text not in name_lists()[0] \
                and toks[k - 1].text[:1].isupper():
            forms.append((k - 1, toks[k - 1].text))  # "Gómez" of "Elena Gómez Rey"
        for k, surname in forms:
            out += _surname_hits(text, toks, k, surname, seen, busy, ld)
    return out


# one pattern per surname: more than the re module's own cache keeps across a batch of articles
@lru_cache(maxsize=4096)
def _lower_word_rx(word: str) -> re.Pattern:
    return re.compile(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])")


@lru_cache(maxsize=4096)
def _surname_rx(surname: str) -> re.Pattern:
    return re.compile(r"(?<![\w\-'’])" + re.escape(surname) + r"(?![\w\-])")


def _surname_hits(text: str, toks: list[Tok], k: int, surname: str, seen: set[str], busy: list,
                  ld: LangData) -> list[Mention]:
    """The bare occurrences of ``surname`` (of the full name ``toks``, surname from token ``k``)."""
    out: list[Mention] = []
    if surname in seen or len(surname) < 3 or not surname[:1].isupper():
        return out
    seen.add(surname)
    # only names that look like names: letters only, and no ordinary lower-case word of the text
    if not all(t.text.replace("'", "").replace("’", "").isalpha() and t.text[:1].isupper() for t in toks[:k]):
        return out
    if _lower_word_rx(surname.lower()).search(text):
        return out
    for x in _surname_rx(surname).finditer(text):
        a, b = x.start(), x.end()
        if any(s < b and a < e for s, e in busy):
            continue
        prev = _prev_word(text, a)
        sentence_end = len(prev) > 2 and re.search(r"[^\W\d_]\.\s{1,2}$", text[max(0, a - 3):a])  # "Lima. Quiroga"
        if (prev and prev[:1].isupper() and norm(prev) not in ld.honorifics and not sentence_end
                and re.search(r"[^\W\d_]\.?\s{1,2}$", text[max(0, a - 3):a])
                and not _sentence_initial(text, a - len(prev) - 1)):
            continue
        if _next_is_name(text, b):
            continue
        out.append(Mention(a, b, surname, "PERSON", "KB"))
        busy.append((a, b))
    return out


# ---------------------------------------------------------------- datelines
def dateline_mentions(text: str, lang: str | None) -> list[Mention]:
    """The city, region and agency of agency datelines ("MADRID, 12 may (EFE).", "Berlin (dpa) -"),
    from the language's ``DATELINES`` patterns (named groups place, region, agency)."""
    out: list[Mention] = []
    for rx in get(lang).datelines:
        for x in rx.finditer(text):
            for group, label in (("place", "PLACE"), ("region", "PLACE"), ("agency", "ORG")):
                if x.groupdict().get(group):
                    a, b = x.span(group)
                    if not any(o.start < b and a < o.end for o in out):
                        out.append(Mention(a, b, text[a:b], label, "DATELINE"))
    return out


# ---------------------------------------------------------------- the whole repair
def _has_model(lang: str | None) -> bool:
    """Does ``lang``'s pipeline tag names? Without a NER component (no model, or a user's model without one),
    every city of the knowledge base is looked for."""
    try:
        from ..config import model_for
        from ..nlp import get_nlp
    except ImportError:  # pragma: no cover
        return True
    try:
        if model_for(lang or "und") is None:
            return False
        return any("ner" in name or name == "entity_ruler" for name in get_nlp(lang or "und").pipe_names)
    except Exception:  # pragma: no cover
        return True


def repair_mentions(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """The article's mentions, repaired and completed (a new list; the input is not changed)."""
    ld = get(lang)
    credits = credit_spans(text, lang)
    ms: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
        t = _trim(text, m, ld)
        if t is None:
            continue
        if any(a <= t.start and t.end <= b for a, b in credits):
            continue
        toks = tokens(text, t.start, t.end)
        if not toks or _never_alone(toks, ld) or _title_only(toks, ld):
            continue
        if not any(c.isupper() for c in t.text) and _demonym(toks, ld) is None and get_kb().lookup(t.text) is None:
            continue
        ms.extend(_split_glued(text, t, ld))
    ms = _relabel(text, ms, ld)
    dated = dateline_mentions(text, lang)
    if dated:  # the dateline's reading wins over the model's ("MÉXICO" tagged ORG)
        ms = [m for m in ms if not any(d.start < m.end and m.start < d.end for d in dated)] + dated
    taken = [(m.start, m.end) for m in ms] + credits
    no_model = not mentions and not _has_model(lang)
    ms += kb_mentions(text, lang, taken, every_city=no_model)
    if no_model:
        ms += titled_person_mentions(text, lang, [(m.start, m.end) for m in ms] + credits)
    ms += surname_mentions(text, ms, lang)
    ms += demonym_mentions(text, lang, [(m.start, m.end) for m in ms] + credits)
    # no overlaps: the model's (or the earlier) mention wins, then the longer one
    ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
