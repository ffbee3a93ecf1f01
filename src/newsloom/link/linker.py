"""Corpus-level entity linking: every mention of every article to one entity.

Keys, not pairs: each mention is reduced to normalised keys (knowledge-base name, person name parts,
folded name) and grouped through dictionaries, so the cost grows with the number of mentions.

People
  * a full name known to the knowledge base (any listed variant: "Vladimir Poutine", "Putín") is that
    person; other full names group by (surname, first given name) under a spelling-tolerant key
    (Séjourné/Sejourne, Zelensky/Zelenskyy); "J. Smith" joins the one "John Smith";
  * a bare surname ("Rubio", "M. Rubio") goes to the person of that surname named in full in the same
    article (the nearest one before it, else after); else to the person of that surname named in full
    elsewhere in the corpus (the most reported one when there are several: two "Johnson"s stay apart);
    else to the knowledge base's person known by that one word ("Poutine"); else it stands alone.
Places and organisations
  * knowledge-base names in any language (Moscou, Bruxelles, OTAN, UE, Soumy, Kiev/kyiv) are the entry;
  * other names group by their folded form without leading article, then by a spelling-tolerant key.
Demonyms ("French", "américain", "russe") are OTHER entities, one per nationality across languages
(named by the English demonym), whose ``refers_to`` gives the id of their country's entity.

Ids are ``type:slug-of-canonical-name`` (the knowledge base's id for its entries), so rebuilding the same
corpus gives the same ids.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..kb import KBEntry, get_kb, strip_article
from ..kb.text import norm, skeleton, slug
from ..records import ArticleResult, Mention
from .langdata import all_demonyms, capitalised_demonyms, english, get
from .names import PersonName, keys_of, person_name, tokens
from .roles import NATIONAL_ROLES, RoleHit, find_roles, render


@dataclass
class Role:
    title: str                                   # normalised English title ("US Secretary of State")
    date: str | None                             # "YYYY", "YYYY-MM" or "YYYY-MM-DD" when it was held
    evidence: list[tuple[str, int, int]] = field(default_factory=list)   # (article, start, end)


@dataclass
class Entity:
    id: str
    type: str                                    # PERSON, ORG, PLACE, OTHER
    name: str                                    # canonical name (English where known)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[tuple[str, int, int]] = field(default_factory=list)
    country: str | None = None                   # ISO 3166-1 code where known (place's, person's, nationality's)
    refers_to: str | None = None                 # a nationality's country entity id ("place:france")
    kb_id: str | None = None                     # the knowledge-base entry it was linked to


@dataclass(eq=False)
class _Cluster:
    key: str
    type: str
    kb: KBEntry | None = None
    country: str | None = None
    mentions: list[tuple[int, Mention]] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)        # surface form -> count
    en_forms: Counter = field(default_factory=Counter)     # forms seen in English articles
    full_forms: Counter = field(default_factory=Counter)   # persons: full-name forms
    full_articles: set = field(default_factory=set)
    labels: Counter = field(default_factory=Counter)
    merged_into: "_Cluster | None" = None

    def root(self) -> "_Cluster":
        c = self
        while c.merged_into is not None:
            c = c.merged_into
        return c


_HON_RX = re.compile(r"^(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Sr|Sra|Herr|Frau)\.?\s+)+")
_POSS_RX = re.compile(r"(?:['’]s|['’])$")


def _no_article(form: str, ld) -> str:
    """'The Harbour Authority' -> 'Harbour Authority' (not 'The Hague': a name the knowledge base knows)."""
    toks = tokens(form)
    if len(toks) >= 2 and (toks[0].key in ld.articles or toks[0].key == "the") and get_kb().lookup(form) is None:
        return form[toks[1].start:]
    return form


def _surface(text: str) -> str:
    t = _POSS_RX.sub("", text.strip())
    return _HON_RX.sub("", t).strip() or text.strip()


class _PersonIndex:
    """Skeleton keys of the knowledge base's people (full names)."""

    def __init__(self) -> None:
        kb = get_kb()
        self.size = len(kb.entries)
        self.by_skel: dict[str, list[KBEntry]] = defaultdict(list)
        for e in kb.entries:
            if e.type == "PERSON":
                for a in e.aliases:
                    if len(a.split()) >= 2:
                        lst = self.by_skel[skeleton(a)]
                        if e not in lst:
                            lst.append(e)


_PIDX: _PersonIndex | None = None


def _person_index() -> _PersonIndex:
    global _PIDX
    if _PIDX is None or _PIDX.size != len(get_kb().entries):
        _PIDX = _PersonIndex()
    return _PIDX


def _sentence_bounds(a: ArticleResult, starts: list[int], pos: int) -> tuple[int, int]:
    if a.sentences:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and a.sentences[i].start <= pos < a.sentences[i].end:
            return a.sentences[i].start, a.sentences[i].end
    text = a.text
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e == -1 else e)


_DATE_RX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _role_date(a: ArticleResult, s: int, e: int) -> str | None:
    if a.published:
        return a.published.isoformat()
    for t in a.timexes or []:
        if s <= t.start < e and t.type == "DATE" and _DATE_RX.match(t.value or ""):
            return t.value
    return None


def link(articles: list[ArticleResult]) -> list[Entity]:
    """Link every mention of ``articles`` to an entity; sets ``mention.entity`` (and ``mention.label`` to the
    entity's type) on the input mentions and returns the entities, sorted by id."""
    kb = get_kb()
    pidx = _person_index()
    dem_all = all_demonyms()
    clusters: dict[str, _Cluster] = {}

    def cluster(key: str, typ: str, entry: KBEntry | None = None) -> _Cluster:
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = _Cluster(key, typ, entry, entry.country if entry else None)
        return c.root()

    def add(c: _Cluster, ai: int, m: Mention, form: str, full: bool = False) -> None:
        c.mentions.append((ai, m))
        c.forms[form] += 1
        if articles[ai].lang == "en":
            c.en_forms[form] += 1
        c.labels[m.label] += 1
        if full:
            c.full_forms[form] += 1
            c.full_articles.add(ai)

    shorts: list[tuple[int, Mention, PersonName, str]] = []
    names_pending: list[tuple[int, Mention, str]] = []
    # full-name person clusters by surname key, and per article: surname key -> [(offset, cluster)]
    by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    in_article: dict[tuple[int, str], list[tuple[int, _Cluster]]] = defaultdict(list)

    def note_full(c: _Cluster, ai: int, m: Mention, pn: PersonName) -> None:
        keys = {pn.surname_key, pn.last_key}
        if get(articles[ai].lang).double_surnames and pn.first_surname_key:
            keys.add(pn.first_surname_key)  # "Gómez" for "Elena Gómez Rey"
        for k in keys:
            if c not in by_surname[k]:
                by_surname[k].append(c)
            in_article[(ai, k)].append((m.start, c))

    # ---- pass 1: knowledge base, full names, demonyms
    for ai, a in enumerate(articles):
        ld = get(a.lang)
        for m in a.mentions:
            form = _surface(m.text)
            if not form or not any(ch.isalpha() for ch in form):
                continue
            toks = keys_of(form)
            if m.label == "PERSON":
                pn = person_name(form, a.lang, ld)
                if not pn.full:
                    shorts.append((ai, m, pn, form))
                    continue
                e = kb.lookup(form, ("PERSON",))
                if e is None:
                    hits = pidx.by_skel.get(skeleton(form), [])
                    e = hits[0] if len(hits) == 1 else None
                if e is not None:
                    c = cluster("kb:" + e.id, "PERSON", e)
                else:
                    c = cluster(f"p:{pn.surname_key}|{pn.given_key}", "PERSON")
                add(c, ai, m, form, full=True)
                note_full(c, ai, m, pn)
                continue
            code = ld.demonyms.get(toks)
            if code is None and form[:1].isupper():
                # another language's demonym: any for a mention repair called OTHER, else only the capitalised
                # ones ("French"), not Spanish "chinas" for a German genitive "Chinas" tagged as a place
                code = (dem_all if m.label == "OTHER" else capitalised_demonyms()).get(toks)
            if code is not None and not (form[:1].isupper() and kb.lookup(form, ("PLACE", "ORG"))):
                c = cluster("nat:" + code, "OTHER")
                c.country = code
                add(c, ai, m, form)
                continue
            types = ("PLACE", "ORG") if m.label in ("PLACE", "ORG") else ("PLACE", "ORG", "OTHER")
            e = kb.lookup(form, types)
            if e is not None:
                add(cluster("kb:" + e.id, e.type, e), ai, m, form)
                continue
            names_pending.append((ai, m, _no_article(form, ld)))

    # ---- "J. Smith" -> the one "John Smith"; full names matching a listed person by surname + first name
    for key, lst in list(by_surname.items()):
        roots = list(dict.fromkeys(c.root() for c in lst))
        if len(roots) < 2:
            continue
        for c in roots:
            if c.kb is not None or c.merged_into is not None:
                continue
            given = c.key.split("|")[-1] if c.key.startswith("p:") else ""
            if len(given) != 1:
                continue
            targets = [d for d in roots if d is not c and d.merged_into is None and d.key.startswith("p:")
                       and d.key.split("|")[-1][:1] == given and len(d.key.split("|")[-1]) > 1]
            targets += [d for d in roots if d is not c and d.kb is not None and d.merged_into is None
                        and any(skeleton(x.split()[0])[:1] == given for x in d.kb.aliases if len(x.split()) > 1)]
            if len(targets) == 1:
                _merge(c, targets[0])

    # ---- bare surnames
    def resolve_short(ai: int, m: Mention, pn: PersonName, form: str) -> _Cluster:
        keys = [pn.surname_key] + ([pn.last_key] if pn.last_key != pn.surname_key else [])
        local: list[tuple[int, _Cluster]] = []
        for k in keys:
            local += in_article.get((ai, k), [])
        if local:
            before = [x for x in local if x[0] <= m.start]
            pick = max(before, key=lambda x: x[0]) if before else min(local, key=lambda x: x[0])
            return pick[1].root()
        cands: list[_Cluster] = []
        for k in keys:
            for c in by_surname.get(k, []):
                r = c.root()
                if r not in cands:
                    cands.append(r)
        if cands:
            return max(cands, key=lambda c: (len(c.full_articles), sum(c.full_forms.values()), c.key))
        e = kb.person_by_surname(form)
        if e is None:
            e0 = kb.lookup(form, ("PERSON",))
            e = e0 if e0 is not None and norm(form) in {norm(s) for s in e0.surnames} else None
        if e is not None:
            return cluster("kb:" + e.id, "PERSON", e)
        return cluster("s:" + pn.surname_key, "PERSON")

    for ai, m, pn, form in shorts:
        add(resolve_short(ai, m, pn, form), ai, m, form)

    # ---- other names: a surname the model took for a place or organisation, else grouped by folded name
    groups: dict[str, list[tuple[int, Mention, str]]] = defaultdict(list)
    for ai, m, form in names_pending:
        key = strip_article(norm(form))
        if " " not in key and form[:1].isupper() and by_surname.get(skeleton(key)) and m.label != "OTHER":
            pn = person_name(form, articles[ai].lang)
            c = resolve_short(ai, m, pn, form)
            add(c, ai, m, form)
            continue
        if " " in key and form[:1].isupper() and m.label in ("ORG", "PLACE"):
            # a full name the model took for an organisation or place ("Ana Petrenko" as ORG, unknown to
            # it): the person when the corpus names that person so elsewhere, or the knowledge base does
            pn = person_name(form, articles[ai].lang)
            if pn.full:
                e = kb.lookup(form, ("PERSON",))
                same = clusters.get(f"p:{pn.surname_key}|{pn.given_key}")
                if e is not None or same is not None:
                    c = cluster("kb:" + e.id, "PERSON", e) if e is not None else same.root()
                    add(c, ai, m, form, full=True)
                    continue
        groups[key].append((ai, m, form))
    skel_groups: dict[tuple[str, str], _Cluster] = {}
    for key in sorted(groups):
        items = groups[key]
        labels = Counter(m.label for _, m, _ in items)
        typ = _majority(labels)
        sk = (skeleton(_place_stem(key, get(articles[items[0][0]].lang)) if typ == "PLACE" else key), typ)
        c = skel_groups.get(sk)
        if c is None:
            c = skel_groups[sk] = cluster("n:" + key, typ)
        for ai, m, form in items:
            add(c, ai, m, form)

    # ---- entities
    roots = [c for c in dict.fromkeys(c.root() for c in clusters.values()) if c.mentions]
    ents: list[tuple[_Cluster, Entity]] = []
    used: set[str] = set()
    for c in roots:
        ent = _entity(c, articles)
        ents.append((c, ent))
    # ids: the knowledge base's first, then by canonical name; clashes get ~2, ~3 in a stable order
    ents.sort(key=lambda ce: (ce[1].kb_id is None, ce[1].id, ce[1].mentions[0] if ce[1].mentions else ("", 0, 0)))
    for c, ent in ents:
        base, i = ent.id, 2
        while ent.id in used:
            ent.id = f"{base}~{i}"
            i += 1
        used.add(ent.id)
        for _, m in c.mentions:
            m.entity = ent.id
            m.label = ent.type
    by_code = {e.country: e.id for c, e in ents if c.kb is not None and c.kb.kind == "country"}
    for c, ent in ents:
        if c.key.startswith("nat:"):
            country = kb.country(c.country)
            ent.refers_to = by_code.get(c.country) or (country.id if country else None)
    _add_roles(ents, articles)
    out = [e for _, e in ents]
    out.sort(key=lambda e: e.id)
    return out


def _place_stem(key: str, ld) -> str:
    """A one-word place name with the language's country ending turned into the English one
    (``PLACE_NAME_ENDINGS``: German "Vardenien", French "Vardénie" -> "vardenia"), so that names the knowledge
    base does not know still meet across languages (within places only, by skeleton)."""
    if " " in key:
        return key
    for ending, english in ld.place_endings:
        if key.endswith(ending) and len(key) > len(ending) + 3:
            return key[: -len(ending)] + english
    return key


def _merge(c: _Cluster, into: _Cluster) -> None:
    into = into.root()
    if c is into:
        return
    into.mentions += c.mentions
    into.forms.update(c.forms)
    into.en_forms.update(c.en_forms)
    into.full_forms.update(c.full_forms)
    into.full_articles |= c.full_articles
    into.labels.update(c.labels)
    c.mentions = []
    c.merged_into = into


def _majority(labels: Counter) -> str:
    named = Counter({k: v for k, v in labels.items() if k in ("PLACE", "ORG", "PERSON")})
    pool = named or labels
    return sorted(pool.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _accents(s: str) -> int:
    return sum(1 for ch in s if ord(ch) > 127)


def _entity(c: _Cluster, articles: list[ArticleResult]) -> Entity:
    kb = get_kb()
    if c.kb is not None:
        name, typ = c.kb.name, c.kb.type
    elif c.key.startswith("nat:"):
        forms = english().DEMONYMS.get(c.country or "", "")
        name, typ = (forms.split("|")[0] if forms else c.forms.most_common(1)[0][0]), "OTHER"
    elif c.type == "PERSON":
        pool = c.full_forms or c.forms
        name = max(pool, key=lambda f: (pool[f], _accents(f), len(f), f))
        typ = "PERSON"
    else:
        pool = c.en_forms or c.forms
        name = max(pool, key=lambda f: (pool[f], -len(f) if f[:1].islower() else len(f), f))
        typ = c.type
    ent = Entity(f"{typ.lower()}:{slug(name)}" if c.kb is None else c.kb.id, typ, name)
    if c.kb is not None:
        ent.kb_id = c.kb.id
        ent.country = c.kb.country
    elif c.key.startswith("nat:"):
        ent.country = c.country
    seen = list(dict.fromkeys(f for f, _ in sorted(c.forms.items(), key=lambda kv: (-kv[1], kv[0]))))
    extra = c.kb.names if c.kb is not None else []
    ent.aliases = list(dict.fromkeys([name] + seen + list(extra)))
    ent.mentions = sorted((articles[ai].id, m.start, m.end) for ai, m in c.mentions)
    return ent


def _add_roles(ents: list[tuple[_Cluster, Entity]], articles: list[ArticleResult]) -> None:
    starts = {}
    for c, ent in ents:
        if ent.type != "PERSON":
            continue
        hits: list[tuple[RoleHit, str, str | None]] = []
        for ai, m in sorted(c.mentions, key=lambda x: (x[0], x[1].start)):
            a = articles[ai]
            if ai not in starts:
                starts[ai] = [s.start for s in a.sentences]
            s, e = _sentence_bounds(a, starts[ai], m.start)
            for h in find_roles(a.text, m.start, m.end, s, e, a.lang):
                hits.append((h, a.id, _role_date(a, s, e)))
        if not hits:
            continue
        # a national office named without its country takes the one the same person's other mentions give,
        # else the knowledge base's
        known: dict[str, Counter] = defaultdict(Counter)
        for h, _, _ in hits:
            if h.country:
                known[h.key][h.country] += 1
        grouped: dict[str, list[tuple[str, tuple[str, int, int]]]] = defaultdict(list)
        for h, aid, date in hits:
            country = h.country
            if not country and h.org is None and h.key in NATIONAL_ROLES:
                if known.get(h.key):
                    country = known[h.key].most_common(1)[0][0]
                elif ent.country:
                    country = ent.country
            grouped[render(h.key, country, h.org)].append((date, (aid, h.start, h.end)))
        roles: list[Role] = []
        for title, items in grouped.items():
            roles.extend(_dated_roles(title, items))
        roles.sort(key=lambda r: (r.date or "9999", r.title))
        ent.roles = roles


def _dated_roles(title: str, items: list[tuple[str | None, tuple[str, int, int]]]) -> list[Role]:
    """One role per year the title is attested (date as precise as the evidence agrees on); evidence
    without a date joins the only dated role, or stands as an undated role."""
    by_year: dict[str, list] = defaultdict(list)
    undated = []
    for date, ev in items:
        if date:
            by_year[date[:4]].append((date, ev))
        else:
            undated.append(ev)
    out = []
    for year in sorted(by_year):
        dates = {d for d, _ in by_year[year]}
        if len(dates) == 1:
            date = dates.pop()
        elif len({d[:7] for d in dates}) == 1 and all(len(d) >= 7 for d in dates):
            date = next(iter(dates))[:7]
        else:
            date = year
        out.append(Role(title, date, _uniq([ev for _, ev in by_year[year]])))
    if undated:
        if len(out) == 1:
            out[0].evidence = _uniq(out[0].evidence + undated)
        else:
            out.append(Role(title, None, _uniq(undated)))
    return out


def _uniq(evs: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return sorted(set(evs))
