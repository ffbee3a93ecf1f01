"""Per-article event mentions: PLOVER triggers read off spaCy's parse with the language's lexicon.

Steps for each sentence (see docs/events.md):
1. candidates: multi-word phrases, verbs, nouns, and "light verb + event noun" ("hold talks");
   word-sense rules and verb+object rules pick the type ("strike a deal" is AGREE, "strike" alone ASSAULT);
2. an event embedded in another one's content ("accused X of attacking", "agreed to release") is not
   reported as happening: it is dropped (same type: its participants join the outer event);
3. participants: subject -> source, object / with-, against-, on-, to- phrase -> target, "between A and B",
   possessives and nationality adjectives of event nouns ("the Russian attack"), conjuncts -> actors;
   "in X" + place -> location; roles and pronouns are resolved to the person the article named;
4. status (occurred / planned / reported / hypothetical, negated), date (the time expression tied to the
   trigger, else to its clause), figures (dead, injured, money, quantities) and topics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .doc import (AGENT, APPOS, AUX, BOUNDARY, CONJ, FLAT, IOBJ, OBJ, PASS_SUBJ, POBJ, POSS, RELCL, SUBJ,
                  ArticleDoc)
from .figures import find_figures
from .lexicon import Lex, Value, fold, get_lex
from .places import capital_of, country_id, demonym_country, english_place, place_kind
from .records import EventMention

# meetings and agreements between equals: "A and B met" -> source A, target B
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# types whose "of"-phrase names the doer ("the visit of Rubio"), not the one it is done to
OF_SOURCE_TYPES = {"CONSULT", "PROTEST", "MOBILIZE", "REQUEST", "THREATEN", "AGREE", "COOPERATE", "SUPPORT"}
# types where "on/over/about" names a topic rather than a target
TOPIC_TYPES = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "COOPERATE", "CONCEDE", "PROTEST"}
# nouns of these types take their doer from the clause they sit in ("during a call with X, he ...")
PARTICIPATORY = {"CONSULT", "COOPERATE", "AGREE"}
# types whose doer may be any plural noun ("Truck drivers blockaded ...")
CROWD_TYPES = {"PROTEST", "ASSAULT", "COERCE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "MOBILIZE"}
# physical types: a place after "on/against/in" is also the target
PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE"}
CONTENT_STOP = BOUNDARY | SUBJ | PASS_SUBJ
# acts made of words: what they say, ask or refuse is their content, not an event that happened
VERBAL_ACTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}
CONTENT_DEPS = {"ccomp", "xcomp", "csubj", "dobj", "obj", "prep", "obl", "obl:arg", "obl:mod", "nmod", "pcomp",
                "acl", "oprd", "attr", "nsubjpass", "nsubj:pass"}
ISO_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?")
WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-(\d)$")


@dataclass
class Cand:
    value: tuple[str, str | None]
    head: int                  # the event word (noun or verb)
    pred: int                  # the clause word participants hang from (verb; the noun for nominal events)
    tokens: list[int]          # trigger tokens
    kind: str                  # verb | noun | light
    lemma: str
    gov: int | None = None     # for a noun: the verb that says it happened ("talks took place")
    subject: int | None = None  # a doer found outside the usual relations
    absorbed: "Cand | None" = None
    dropped: bool = False
    intent: int | None = None  # the word that offers it ("ready to negotiate"): an AGREE that happened
    parts: dict = field(default_factory=dict)


@dataclass
class Part:
    mention: int | None = None             # index into ArticleDoc.mentions
    np: tuple[int, int] | None = None      # char span of the words in this sentence
    text: str | None = None                # for a generic participant
    how: str | None = None                 # role | pronoun | antecedent
    kb: str | None = None


class Extractor:
    def __init__(self, text, lang, docs, sentences, mentions, timexes, published: date | None):
        self.lex: Lex = get_lex(lang)
        self.lang = lang
        self.published = published
        self.d = ArticleDoc(text, docs, sentences, mentions, timexes, self.lex)
        self.events: list[EventMention] = []
        self.recent_subjects: list[tuple[int, int]] = []   # (char position, mention index) of PERSON subjects
        self._roles = None
        self._quotes = None
        self._cand_heads: set[int] = set()
        S = self.lex.sets
        self._place_preps = S["PLACE_ONLY_PREPS"] | {w for w in S["PLACE_PREPS"] if w not in S["TARGET_PREPS"]} | {"a"}

    # ================================================================== entry
    def run(self) -> list[EventMention]:
        d, lex = self.d, self.lex
        if not d.toks:
            return []
        sent_toks: list[list[int]] = [[] for _ in d.sentences]
        if d.sentences:
            ts = d.tok_sent
            for i in range(len(d.starts)):
                sent_toks[ts[i]].append(i)
        norms, forms = d.norms, lex.trigger_forms
        for si, idx in enumerate(sent_toks):
            if not idx:
                continue
            has_trigger = any(norms[i] in forms for i in idx)
            if has_trigger:
                self._sentence(si, idx)
            self._note_subjects(idx)
        return self.events

    # ================================================================== per sentence
    def _sentence(self, si: int, idx: list[int]) -> None:
        d, lex = self.d, self.lex
        cands = self._candidates(idx)
        if not cands:
            return
        # "..., a claim Moscow denied", "..., a move Kyiv hailed": a reaction to the sentence's news, not news
        reaction = self._reaction_span(idx)
        if reaction and any(c.head < min(reaction) for c in cands):
            cands = [c for c in cands if c.head not in reaction]
        if d.parsed:
            cands = self._orders(cands)
        self._cand_heads = {c.head for c in cands}
        by_pred: dict[int, Cand] = {}
        for c in cands:
            by_pred.setdefault(c.pred, c)
            by_pred.setdefault(c.head, c)
        by_gov: dict[int, Cand] = {}
        for c in cands:
            if c.gov is not None:
                by_gov.setdefault(c.gov, c)
        # embedded events: what a verbal act says, asks, refuses or promises is not reported as happening
        content = self._contents(cands)
        for c in cands:
            outer = None
            for o, toks in content:
                if o is not c and (c.head in toks or c.pred in toks) and c.head not in o.tokens:
                    if outer is None or len(toks) < len(outer[1]):
                        outer = (o, toks)
            outer = outer[0] if outer is not None else self._container(c, by_pred, by_gov)
            if outer is not None:
                if outer.value[0] == c.value[0]:
                    c.absorbed = outer
                else:
                    c.dropped = True
        # "suspended aid to Burkina Faso", "lifted the curfew": what a material act is done to is part of it
        if d.parsed:
            at = {c.head: c for c in cands if c.kind == "noun"}
            for v in cands:
                if v.kind != "verb" or v.dropped or v.value[0] in VERBAL_ACTS:
                    continue
                objs = d.kids(v.pred, OBJ)
                objs += [cj for o in objs for cj in d.kids(o, CONJ)]
                for o in objs:
                    c2 = at.get(o)
                    if c2 is None or c2.dropped or c2.absorbed is not None:
                        continue
                    if c2.value[0] == v.value[0]:
                        c2.absorbed = v
                    else:
                        c2.dropped = True
        # "defied a curfew to protest": the protest is the news
        for c in cands:
            if c.lemma in lex.sets["DEFY_VERBS"] and not c.dropped and d.parsed:
                sub = set(d.subtree(c.pred))
                if any(o is not c and not o.dropped and o.head in sub and o.head not in c.tokens for o in cands):
                    c.dropped = True
        # "Russian strikes killed 12 people": the strikes are the killing's doer, one event
        for c in cands:
            if c.kind != "noun" or c.dropped or c.absorbed is not None or not d.parsed:
                continue
            o = None
            if d.toks[c.head].dep in SUBJ | PASS_SUBJ:
                o = by_pred.get(d.toks[c.head].head)
            if o is None:
                # the same sentence misparsed as "strikes (that were) killed ...": the verb hangs from the noun
                for ch in d.children[c.head]:
                    if d.toks[ch].dep == "acl" and ch in by_pred and by_pred[ch].kind == "verb":
                        o = by_pred[ch]
                        o.subject = c.head
            if o is not None and o is not c and o.kind != "noun" and o.value[0] == c.value[0]:
                c.absorbed = o
                if o.absorbed is c:
                    o.absorbed = None
                if o.value[1] is None and c.value[1] is not None:
                    o.value = c.value
        # "warned that such killings were underreported" is no threat; "warned of consequences" is
        if d.parsed and lex.sets["PUNITIVE_WORDS"]:
            for c in cands:
                if c.value[0] == "THREATEN" and c.kind == "verb" and c.lemma in lex.sets["WARN_VERBS"] and \
                        not self._punitive(c):
                    c.dropped = True
        # "..., killing 12 people": a participle after a comma says more about the event it hangs from
        flags: dict[int, str] = {}
        if d.parsed:
            for c in cands:
                if c.dropped or c.absorbed is not None:
                    continue
                f = self._structure(c)
                if f is None:
                    continue
                flags[id(c)] = f[0]
                h = by_pred.get(f[1]) if f[0] == "participial" and f[1] is not None else None
                if h is None or h is c or h.dropped:
                    continue
                if h.value[0] == c.value[0]:
                    c.absorbed = h
                elif c.value[0] == "CONCEDE" and c.lemma in lex.sets["YIELD_TRIGGERS"]:
                    # "ordered the mine closed, bowing to protests": the order is the concession
                    h.value = ("CONCEDE", None)
                    c.absorbed = h
        # no cycles of absorption ("an investigation into allegations")
        for c in cands:
            seen = {id(c)}
            o = c.absorbed
            while o is not None:
                if id(o) in seen:
                    c.absorbed = None
                    break
                seen.add(id(o))
                o = o.absorbed
        for c in cands:
            if c.absorbed is not None and c.absorbed.dropped:
                c.absorbed = None if not c.dropped else c.absorbed
        live = [c for c in cands if not c.dropped]
        for c in live:
            self._intent(c)
        for c in live:
            c.parts = self._participants(c)
        # "the talks in Istanbul led to an agreement between the Ukrainian and Russian delegations": the talks
        # were between them too
        if d.parsed:
            for c in live:
                if c.value[0] != "CONSULT" or c.kind != "noun" or c.parts.get("source") or c.parts.get("target"):
                    continue
                g = d.head(c.head) if d.toks[c.head].dep in SUBJ | PASS_SUBJ else None
                if g is None or not d.is_verb(g):
                    continue
                sub = {k for ch in d.children[g] if ch != c.head and d.toks[ch].dep not in SUBJ | PASS_SUBJ
                       for k in d.subtree(ch)}
                for o in live:
                    if o is not c and o.value[0] in ("AGREE", "COOPERATE") and o.head in sub and \
                            (o.parts.get("source") or o.parts.get("target")):
                        for k in ("source", "target"):
                            c.parts[k] = o.parts.get(k)
                        c.parts["actors"] = list(o.parts.get("actors", []))
                        break
        for c in live:
            top = c.absorbed
            while top is not None and top.absorbed is not None:
                top = top.absorbed
            if top is not None and not top.dropped:
                o = top.parts
                extra = [c.parts.get("source"), c.parts.get("target")] + c.parts.get("actors", [])
                for p in extra:
                    if p is not None and not _has(o, p):
                        o.setdefault("actors", []).append(p)
                if o.get("location") is None and c.parts.get("location") is not None:
                    o["location"] = c.parts["location"]
                for t in c.parts.get("topic_heads", []):
                    o.setdefault("topic_heads", []).append(t)
        s0, s1 = d.sentences[si]
        question = d.text[s0:s1].rstrip().endswith(tuple(lex.sets["QUESTION_MARKS"] or {"?"}))
        figures = find_figures(d, lex, idx)
        out: list[tuple[Cand, EventMention]] = []
        before = list(self.events)
        for c in sorted(live, key=lambda c: c.head):
            if c.absorbed is not None:
                continue
            em = self._mention(c, si, question)
            if em is None:
                continue
            out.append((c, em))
        out = self._main_events(out, flags)
        # "..., and al-Shabaab later claimed responsibility", "in an attack claimed by the Islamic State group"
        if d.parsed and any(em.type == "ASSAULT" and em.source is None and not em.source_text for _, em in out):
            who = self._claimant(idx)
            if who is not None:
                for _, em in out:
                    if em.type == "ASSAULT" and em.source is None and not em.source_text:
                        self._fill(em, "source", who)
        self.events.extend(em for _, em in out)
        _attach_figures(out, figures, before, si, d)
        topics = self._topics(idx)
        for c, em in out:
            for t in topics:
                if t not in em.topics:
                    em.topics.append(t)

    def _main_events(self, out: list, flags: dict[int, str]) -> list:
        """What the sentence reports, without what it only mentions on the way: participles after a comma
        ("..., accusing Paris of ..."), relative clauses ("demonstrators who tried to march"), background
        ("after police shot ...", "as fighting intensified"), purposes ("to protect shipping from attacks"),
        and hypothetical or negated events next to one that happened. One-sentence reports of one happening
        should give one event; a sentence that reports several ("A and B clashed, and C fled") keeps them."""
        if not out or not self.d.parsed:
            return out
        out = [ce for ce in out if flags.get(id(ce[0])) != "historical" or (
            ce[1].date_span and self._own_date(ce[0], ce[1]))]
        if len(out) < 2:
            return out
        main = [ce for ce in out if id(ce[0]) not in flags]
        if not main:
            # nothing in the main clause: the nearest to it ("..., bowing to protests" before "to allow talks")
            for f in ("participial", "background", "purpose", "relative", "attribution"):
                main = [ce for ce in out if flags.get(id(ce[0])) == f]
                if main:
                    break
            flags = {k: v for k, v in flags.items() if k not in {id(ce[0]) for ce in main}}
        real = [ce for ce in main if ce[1].status != "hypothetical"]
        keep = []
        for ce in out:
            c, em = ce
            f = flags.get(id(c))
            if f is None:
                if em.status == "hypothetical" and real and self._embedded(c):
                    continue            # "..., saying it would not release any hostages"
                if em.status == "hypothetical" and em.negated and real:
                    continue
                keep.append(ce)
            elif f == "background" and em.date_span and em.status != "hypothetical" and self._own_date(c, em):
                keep.append(ce)         # "after Paris held a conference last February": news of its own
        # "Poland accused Belarus ... and said its soldiers had fired tear gas": what an accusation alleges
        accusers = {self._pkey(c.parts.get("source")) for c, em in keep if em.type in ("ACCUSE",)}
        accusers.discard(None)
        if accusers:
            keep = [ce for ce in keep if not (ce[1].status == "reported" and self._speaker_key(ce[0]) in accusers)]
        return keep or out

    def _own_date(self, c: Cand, em: EventMention) -> bool:
        """Is the event's time expression inside its own clause (not the main clause's date)?"""
        d = self.d
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else c.head)
        sub = set(d.subtree(x))
        toks = list(d.tokens_in(*em.date_span))
        return bool(toks) and all(t in sub for t in toks)

    def _pkey(self, p: "Part | None"):
        if p is None:
            return None
        if p.mention is not None:
            return ("m", p.mention)
        return ("t", fold(p.text)) if p.text else None

    def _speaker_key(self, c: Cand):
        """The participant key of whoever says the clause of ``c`` ("..., Poland said")."""
        d, lex = self.d, self.lex
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else c.head)
        for _ in range(6):
            h = d.head(x)
            if h is None:
                return None
            if d.toks[x].dep in ("ccomp", "conj") and self._vlemma(h) in lex.sets["QUOTE_VERBS"]:
                s_tok, _ = self._subject(h)
                return self._pkey(self._resolve(s_tok, generic=True, any_noun=True)) if s_tok is not None else None
            x = h
        return None

    def _embedded(self, c: Cand) -> bool:
        """Is the clause of ``c`` inside another one (not the sentence's main clause or its conjuncts)?"""
        d = self.d
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else self._clause_verb(c.head) or c.head)
        for _ in range(10):
            t = d.toks[x]
            if t.dep in ("ROOT", "root"):
                return False
            if t.dep not in ("conj", "parataxis"):
                return True
            h = d.head(x)
            if h is None:
                return False
            x = h
        return True

    def _structure(self, c: Cand) -> tuple[str, int | None] | None:
        """Where ``c`` sits in its sentence: ("participial", head) for "..., killing 12"; ("relative", None)
        inside a relative clause or a participle on a noun; ("background", None) under "after", "as",
        "amid" ...; ("purpose", None) in "to ..." clauses of purpose; None in the main clause."""
        d, lex = self.d, self.lex
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else c.head)
        t = d.toks[x]
        if c.value[0] in VERBAL_ACTS and self._inverted(c) is not None:
            return "attribution", None
        first = d.edges(x)[0]
        if c.kind != "noun" and self._participle(x) and t.dep in ("advcl", "xcomp", "conj", "acl", "dep") \
                and not d.kids(x, SUBJ | PASS_SUBJ):
            h = d.head(x)
            if h is not None and h != x and (first > 0 and d.toks[first - 1].text in (",", ";", "\u2013", "\u2014", "-") or (
                    t.dep == "conj" and self._participle(h) and d.toks[h].dep in ("advcl", "xcomp", "acl") and
                    d.edges(h)[0] > 0 and d.toks[d.edges(h)[0] - 1].text == ",")):
                return "participial", h
        if c.kind == "verb" and t.dep == "amod" and d.is_noun(d.head(x) if d.head(x) is not None else x):
            return "relative", None     # "looted shops", "an armed group": a modifier, not the news
        bgs = lex.sets["BACKGROUND_PREPS"]
        n = x
        for _ in range(12):
            tn = d.toks[n]
            h = d.head(n)
            if h is None or tn.dep in ("ROOT", "root"):
                # "X bombed Y, a day after a drone struck Z" parsed with "struck" as the root: what follows the
                # background mark is the background
                for m in d.children[n]:
                    if d.toks[m].dep == "mark" and d.toks[m].norm in bgs and x >= m:
                        return "background", None
                return None
            if n != x and self._participle(n) and tn.dep in ("advcl", "xcomp", "acl") and not self._is_trigger_verb(n):
                fn = d.edges(n)[0]
                if fn > 0 and d.toks[fn - 1].text in (",", ";"):
                    return "participial", None      # "..., ending 11 days of fighting"
            if tn.dep in RELCL or (tn.dep in ("acl", "acl:relcl") and (d.is_verb(n) or self._participle(n))):
                if not (d.toks[h].dep in ("ROOT", "root") and not d.is_verb(h) and d.kids(n, OBJ)):
                    return "relative", None
                # "Gunmen on motorcycles killed ..." parsed as a noun with a participle: the main clause
            p = d.prep_of(n)
            if p is not None and p in bgs:
                # "since the start of the Russian invasion": history, not news, even alone in its sentence
                return ("historical" if p in lex.sets["HISTORY_PREPS"] else "background"), None
            for m in d.children[n]:
                tm = d.toks[m]
                if tm.dep == "mark" and (tm.norm in bgs or " ".join(
                        d.toks[k].norm for k in [m] + d.kids(m, {"fixed"})) in bgs):
                    return "background", None
            if tn.dep == "advcl" and d.is_verb(n) and self._purpose(n):
                ho = d.head(n)
                if ho is None or not self._is_trigger_verb(ho) or self._vlemma(ho) not in lex.sets["DEFY_VERBS"]:
                    return "purpose", None
            n = h
        return None

    def _inverted(self, c: Cand) -> int | None:
        """", a dénoncé une ONG", "..., the ministry complained": a verbal act set after the clause it reports
        (the clause first, a comma, then the verb without a subject before it): that clause's head, else None."""
        d = self.d
        if c.kind != "verb" or not d.parsed:
            return None
        v = c.pred
        first = min(d.kids(v, AUX) + [v])
        if first == 0 or d.toks[first - 1].text != "," or any(k < v and d.toks[k].dep in SUBJ for k in d.children[v]):
            return None
        for ch in d.children[v]:
            if d.toks[ch].dep in ("ccomp", "parataxis", "dep") and ch < v:
                return ch
        # ", a dénoncé une ONG": the subject after the verb (or parsed as its object, for a verb of saying),
        # the news before the comma
        after = [k for k in d.children[v] if k > v and (d.toks[k].dep in SUBJ or (
            d.toks[k].dep in OBJ and self._vlemma(v) in self.lex.sets["QUOTE_VERBS"]))]
        if after and any(d.is_verb(k) for k in range(self._sent_start(v), first)):
            return v
        return None

    def _sent_start(self, i: int) -> int:
        d = self.d
        j = i
        while j > 0 and d.tok_sent[j - 1] == d.tok_sent[i]:
            j -= 1
        return j

    def _punitive(self, c: Cand) -> bool:
        """Does what ``c`` warns of carry a penalty or force ("consequences", "would respond", "sanctions")?"""
        d, lex = self.d, self.lex
        pw = lex.sets["PUNITIVE_WORDS"]
        for ch in d.children[c.pred]:
            if d.toks[ch].dep in SUBJ | PASS_SUBJ | {"punct", "aux", "neg", "cc"}:
                continue
            for k in d.subtree(ch):
                t = d.toks[k]
                if lex.keys(t.text, t.lemma) & pw:
                    return True
        return False

    def _participle(self, x: int) -> bool:
        t = self.d.toks[x]
        return t.tag == "VBG" or "VerbForm=Ger" in t.morph or ("VerbForm=Part" in t.morph and "Tense=Pres" in t.morph) \
            or (t.pos == "VERB" and bool(self.lex.sets["PRESENT_PARTICIPLE_ENDINGS"]) and
                t.norm.endswith(tuple(self.lex.sets["PRESENT_PARTICIPLE_ENDINGS"])))

    def _purpose(self, v: int) -> bool:
        """"to protect shipping", "in order to", "pour protéger": a clause of purpose."""
        d, lex = self.d, self.lex
        marks = lex.sets["PURPOSE_MARKS"]
        for m in d.children[v]:
            tm = d.toks[m]
            if m < v and tm.dep in ("aux", "mark", "case") and tm.norm in marks and (
                    tm.pos == "PART" or "VerbForm=Inf" in d.toks[v].morph or tm.dep == "mark"):
                return True
        return False

    def _reaction_span(self, idx: list[int]) -> set[int]:
        """", a claim Moscow denied", ", une décision saluée par ...": the tokens of a reaction set off after
        the news (a determiner and a reaction noun right after a comma), up to the next comma after its verb."""
        d, lex = self.d, self.lex
        nouns = lex.sets["REACTION_NOUNS"]
        if not nouns:
            return set()
        for k, i in enumerate(idx):
            if k < 3 or d.toks[i].text != ",":
                continue
            j = k + 1
            while j < len(idx) and j <= k + 3 and (d.is_det(idx[j]) or d.toks[idx[j]].pos == "ADJ"):
                j += 1
            if j >= len(idx) or j == k + 1 and d.toks[idx[j]].norm not in nouns:
                continue
            t = d.toks[idx[j]]
            if not (lex.keys(t.text, t.lemma) & nouns):
                continue
            span = set()
            seen_verb = False
            for m in idx[j:]:
                if seen_verb and d.toks[m].text in (",", ";"):
                    break
                span.add(m)
                if d.is_verb(m):
                    seen_verb = True
            if seen_verb:
                return span
        return set()

    def _orders(self, cands: list[Cand]) -> list[Cand]:
        """"ordered the mobilisation of 300,000 reservists", "ordered units to move to the border": an order
        by someone who can give it is the act ordered, done by whoever ordered it."""
        d, lex = self.d, self.lex
        orders = [c for c in cands if c.kind == "verb" and c.lemma in lex.sets["ORDER_VERBS"] and c.value[0] == "REQUEST"]
        if not orders:
            return cands
        drop = set()
        for o in orders:
            sub = set()
            for ch in d.children[o.pred]:
                if d.toks[ch].dep in OBJ | IOBJ | {"xcomp", "ccomp", "oprd"}:
                    sub.update(d.subtree(ch))
            inner = [c for c in cands if c is not o and c.head in sub and
                     c.value[0] not in VERBAL_ACTS | {"REQUEST", "CONSULT"}]
            if not inner:
                continue
            c = min(inner, key=lambda c: c.head)
            if c.kind == "noun":
                c.kind, c.pred = "light", o.pred
            drop.add(id(o))
        return [c for c in cands if id(c) not in drop]

    # ================================================================== candidates
    def _candidates(self, idx: list[int]) -> list[Cand]:
        d, lex = self.d, self.lex
        used: set[int] = set()
        cands: list[Cand] = []
        first, last = idx[0], idx[-1]
        for i in idx:
            if i in used:
                continue
            t = d.toks[i]
            if t.norm not in lex.trigger_forms:
                continue
            # multi-word phrases first
            hit = self._phrase(i, last)
            if hit is not None:
                toks, val, words = hit
                used.update(toks)
                if val is None:
                    continue
                head = self._phrase_head(toks)
                verbal = d.is_verb(head) or (not d.tagged and toks[0] == head and t.norm in lex.vforms)
                sense = self._sense(" ".join(words), head, val)
                if sense is None:
                    continue
                cands.append(Cand(sense, head, head, toks, "verb" if verbal else "noun", " ".join(words)))
                continue
            c = self._single(i)
            if c is not None:
                cands.append(c)
                used.add(i)
        # "exploiter conjointement", "worked together": an act done jointly is cooperation
        if d.parsed and lex.sets["JOINT_WORDS"]:
            heads = {c.head for c in cands}
            for i in idx:
                t = d.toks[i]
                if t.norm in lex.sets["JOINT_WORDS"] and t.dep in ("advmod", "amod"):
                    h = d.head(i)
                    if h is not None and h in heads:
                        # "Interpol and police in 12 countries carried out coordinated raids": done together
                        c0 = next(c for c in cands if c.head == h)
                        g0 = self._governor(h)[0] if d.is_noun(h) else h
                        if g0 is not None and c0.value[0] not in ("COOPERATE", "CONSULT", "AGREE"):
                            s0, _ = self._subject(g0)
                            if s0 is not None and (d.kids(s0, CONJ) or any(d.kids(a, CONJ) for a in d.kids(s0, {"amod"}))):
                                c0.value = ("COOPERATE", None)
                        continue
                    if "VerbForm=Part" in t.morph:
                        continue
                    if h is not None and h not in heads and (d.is_verb(h) or d.is_noun(h)):
                        kind = "verb" if d.is_verb(h) else "noun"
                        cands.append(Cand(("COOPERATE", None), h, h, [h], kind, self._vlemma(h)))
                        heads.add(h)
        # light verbs: "hold talks", "launch an attack", "a participé à une réunion", "hired discussions"
        cand_at = {c.head: c for c in cands}
        for c in cands:
            if c.kind != "noun" or not d.parsed:
                continue
            g, rel, via = self._governor(c.head)
            if g is None or g in cand_at or not d.is_verb(g):
                continue
            gl = self._vlemma(g)
            if gl in lex.sets["NEGATING_GOVERNORS"] or gl in lex.sets["PREVENT_VERBS"]:
                continue        # "to stop a ground incursion": nobody is doing it
            if self._happen(g):
                if rel in SUBJ | PASS_SUBJ:
                    c.gov = g
                    continue
            if rel in ("obl", "obl:mod", "obl:arg") and d.prep_of(via) is None and d.timex_at[via] is None:
                rel = "obj"     # "a adopté vendredi un paquet de sanctions": an object parsed as an oblique
            if rel in OBJ or (rel in PASS_SUBJ and gl in lex.sets["LIGHT_VERBS"]) or \
                    (gl in lex.sets["LIGHT_VERBS"] and rel in ("prep", "obl", "obl:arg", "obl:mod") and
                     d.prep_of(via) in lex.sets["LIGHT_PREPS"]):
                if gl in lex.sets["HAPPEN_VERBS"] and rel in PASS_SUBJ:
                    c.gov = g           # "the meeting was held"
                    continue
                c.kind, c.pred = "light", g
            elif rel in SUBJ | PASS_SUBJ and (gl in lex.sets["HAPPEN_VERBS"] or gl in lex.sets["PLANNED_GOVERNORS"]):
                c.gov = g
        # one event per light verb: its object ("opened an investigation into allegations": the investigation)
        light_of: dict[int, list[Cand]] = {}
        for c in cands:
            if c.kind == "light":
                light_of.setdefault(c.pred, []).append(c)
        for g, cs in light_of.items():
            if len(cs) < 2:
                continue
            objs = [c for c in cs if self._governor(c.head)[1] in OBJ]
            keep = objs[0] if objs else min(cs, key=lambda c: c.head)
            for c in cs:
                if c is not keep:
                    c.kind, c.pred = "noun", c.head
        return cands

    def _governor(self, n: int) -> tuple[int | None, str, int]:
        """The governor of an event noun, through a container noun: "began three days of drills", "a wave
        of strikes", "the highest level of combat readiness". Also the word that hangs from it (the noun or
        its container)."""
        d, lex = self.d, self.lex
        g, rel = d.governor(n)
        for _ in range(3):
            if g is None or d.is_verb(g):
                break
            if d.timex_at[g] is not None and d.timex_at[n] is None and d.is_noun(g):
                n = g           # "a émis jeudi des mandats d'arrêt" parsed under "jeudi"
                g, rel = d.governor(g)
                continue
            if not lex.sets["CONTAINER_NOUNS"]:
                break
            t = d.toks[g]
            if not (lex.keys(t.text, t.lemma) & lex.sets["CONTAINER_NOUNS"]) or \
                    d.prep_of(n) not in lex.sets["OF_PREPS"] and rel not in ("nmod", "prep"):
                break
            n = g
            g, rel = d.governor(g)
        return g, rel, n

    def _happen(self, v: int) -> bool:
        """"took place", "a eu lieu", "se tiendront", "erupted": a verb that says an event happened."""
        d, lex = self.d, self.lex
        vl = self._vlemma(v)
        hs = lex.sets["HAPPEN_VERBS"]
        if vl in hs:
            return True
        for c in d.children[v]:
            if d.toks[c].dep in OBJ | {"prt", "compound:prt", "advmod", "fixed"}:
                if f"{vl} {lex.keys(d.toks[c].text).pop() if False else d.toks[c].norm}" in hs or \
                        any(f"{vl} {k}" in hs for k in lex.keys(d.toks[c].text, d.toks[c].lemma)):
                    return True
        return False

    def _phrase(self, i: int, last: int):
        d, lex = self.d, self.lex
        t = d.toks[i]
        keys = lex.keys(t.text, t.lemma)
        best = None
        for k in keys:
            for words, val, refl in lex.phrases.get(k, ()):
                j, toks, ok = i + 1, [i], True
                skipped = 0
                for w in words[1:]:
                    while j <= last and w not in lex.keys(d.toks[j].text) and (
                            d.is_det(j) or (skipped < 2 and (d.timex_at[j] is not None or d.toks[j].pos == "ADV"))):
                        if not d.is_det(j):
                            skipped += 1
                        j += 1
                    if j <= last and w in lex.keys(d.toks[j].text, d.toks[j].lemma):
                        toks.append(j)
                        j += 1
                    else:
                        ok = False
                        break
                if not ok:
                    continue
                if refl and not self._reflexive(i):
                    continue
                if best is None or len(toks) > len(best[0]):
                    best = (toks, val, words)
        return best

    def _phrase_head(self, toks: list[int]) -> int:
        d = self.d
        if d.parsed:
            inside = set(toks)
            for x in toks:
                h = d.head(x)
                if h is None or h not in inside:
                    return x
        for x in toks:
            if d.is_verb(x):
                return x
        return toks[-1]

    def _vlemma(self, i: int) -> str:
        t = self.d.toks[i]
        return self.lex.vforms.get(t.norm) or fold(t.lemma) or t.norm

    def _nlemma(self, i: int) -> str:
        t = self.d.toks[i]
        return self.lex.nforms.get(t.norm) or fold(t.lemma) or t.norm

    def _reflexive(self, i: int) -> bool:
        d, refl = self.d, self.lex.sets["REFLEXIVE_PRONOUNS"]
        if any(d.toks[c].norm in refl for c in d.children[i]):
            return True
        for j in range(max(0, i - 3), i):
            if d.toks[j].norm in refl:
                return True
        return False

    def _single(self, i: int) -> Cand | None:
        d, lex = self.d, self.lex
        t = d.toks[i]
        if t.pos in ("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM"):
            return None
        as_verb = d.is_verb(i)
        as_noun = d.is_noun(i)
        if not d.tagged:
            as_verb = t.norm in lex.vforms
            as_noun = t.norm in lex.nforms and (t.text[:1].isupper() or not as_verb)
        if d.ment_at[i] is not None and d.mentions[d.ment_at[i]].label != "OTHER":
            return None      # "French Armed Forces Minister": words of a name are no triggers
        order = ("v",) if as_verb else ("n",) if as_noun else ()
        if not d.tagged:
            order = ("v", "n") if as_verb else ("n",) if as_noun else ()
        if not order and t.pos in ("ADJ", "PROPN", "X", ""):
            order = ("n", "v") if t.pos == "PROPN" else ("v",) if "VerbForm=Part" in t.morph else ()
        for kind in order:
            if kind == "v":
                lem = lex.vforms.get(t.norm) or fold(t.lemma)
                if not lem:
                    continue
                base: Value = None
                if lem in lex.reflexive and self._reflexive(i):
                    base = lex.reflexive[lem]
                elif lem in lex.verbs:
                    base = lex.verbs[lem]
                vo = self._verb_object(i, lem)
                if vo is not None:
                    base = vo
                elif lem in lex.verb_object and base is None:
                    continue
                if base is None:
                    continue
                val = vo if vo is not None else self._sense(lem, i, base)
                if val is None:
                    return None
                if t.text[:1].isupper() and lem == "march" and i != 0:
                    return None
                return Cand(val, i, i, [i], "verb", lem)
            else:
                lem = lex.nforms.get(t.norm) or fold(t.lemma)
                if lem not in lex.nouns:
                    continue
                base = lex.nouns[lem]
                if base is None:
                    return None
                if t.text[:1].isupper() and t.text.lower() in ("march", "may") and i > 0:
                    return None
                val = self._sense(lem, i, base)
                if val is None:
                    return None
                if val[0] == "REQUEST" and d.parsed and d.prep_of(i) in lex.sets["ADVERBIAL_PREPS"]:
                    return None     # "at the request of Washington", "à la demande de Paris": how, not what
                return Cand(val, i, i, [i], "noun", lem)
        return None

    def _context(self, i: int) -> set[str]:
        """Words around a trigger for the sense rules: its dependents, its head, its subject's and objects'
        heads (with their modifiers) and the words next to it."""
        d, lex = self.d, self.lex
        out: set[str] = set()

        def add(j):
            t = d.toks[j]
            out.update(lex.keys(t.text, t.lemma))

        near = [j for j in range(i - 2, i + 3) if 0 <= j < len(d.toks) and j != i and d.same_sentence(i, j)]
        for j in near:
            add(j)
        if d.parsed:
            for c in d.children[i]:
                add(c)
                for c2 in d.children[c]:
                    if d.toks[c2].dep in ("compound", "amod", "pobj", "nmod", "case", "flat", "obj", "dobj"):
                        add(c2)
                if d.toks[c].dep in OBJ | PASS_SUBJ | {"prt", "compound:prt", "advmod", "prep"}:
                    for p, o in d.preps(c):     # "expelled a group of priests", "pulled out of the deal"
                        add(o)
            h = d.head(i)
            if h is not None:
                add(h)
                for c in d.children[h]:
                    if d.toks[c].dep in SUBJ | PASS_SUBJ | {"compound", "amod"}:
                        add(c)
                        for c2 in d.kids(c, {"compound", "amod"}):
                            add(c2)
            if d.is_noun(i):
                # "China's military began three days of drills": the doer of the clause
                g = self._governor(i)[0]
                if g is not None and g != h and d.is_verb(g):
                    add(g)
                    for c in d.kids(g, SUBJ | PASS_SUBJ):
                        add(c)
                        for c2 in d.kids(c, {"compound", "amod", "poss", "nmod:poss"}):
                            add(c2)
        return out

    def _sense(self, lemma: str, i: int, base: Value) -> Value:
        rules = self.lex.senses.get(lemma)
        val = base
        if rules:
            ctx = self._context(i)
            for cond, res in rules:
                if not cond or ctx & self.lex.expand(cond):
                    val = res
                    break
        if val is not None and val[0] == "CONSULT" and val[1] != "phone":
            ctx = self._context(i)
            if ctx & self.lex.classes.get("phone", set()):
                val = ("CONSULT", "phone")
        return val

    def _verb_object(self, i: int, lem: str) -> Value:
        d, lex = self.d, self.lex
        rules = lex.verb_object.get(lem)
        if not rules:
            return None
        objs: list[int] = []
        if d.parsed:
            objs = d.kids(i, OBJ | PASS_SUBJ | {"attr", "oprd"})
            # "provide Ukraine with $4.5 billion", "send aid to Gaza"
            for p, o in d.preps(i):
                objs.append(o)
            if not objs:
                # an object parsed as an oblique ("a adopté vendredi un paquet de sanctions")
                objs = [o for o in d.kids(i, {"obl", "obl:mod", "obl:arg"}) if d.prep_of(o) is None and
                        d.timex_at[o] is None]
            # "allowed trucks carrying fuel into Gaza": the subject of a small clause
            for x in d.kids(i, {"ccomp", "xcomp"}):
                objs.extend(d.kids(x, SUBJ))
            # "had committed abuses" parsed as a modifier of its object
            if d.toks[i].dep in ("amod", "acl") and d.head(i) is not None and d.head(i) > i:
                objs.append(d.head(i))
        else:
            objs = [j for j in range(i + 1, min(i + 5, len(d.toks))) if d.same_sentence(i, j)]
        words: set[str] = set()
        for o in objs:
            words |= lex.keys(d.toks[o].text, d.toks[o].lemma)
            if d.parsed:
                for c in d.subtree(o):
                    if c - o > 6 or o - c > 6:
                        continue
                    words |= lex.keys(d.toks[c].text, d.toks[c].lemma)
        for o, val in rules:
            if o.startswith("@"):
                if words & lex.classes.get(o[1:], set()):
                    return val
            elif o in words:
                return val
        return None

    def _intent(self, c: Cand) -> None:
        """"ready to negotiate", "offered to mediate": a cooperative act offered is AGREE."""
        d, lex = self.d, self.lex
        if not d.parsed or c.value[0] not in ("CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"):
            return
        x = c.pred
        for _ in range(2):
            h = d.head(x)
            if h is None or d.toks[x].dep not in ("xcomp", "ccomp", "acl", "advcl"):
                return
            t = d.toks[h]
            if lex.keys(t.text, t.lemma) & lex.sets["INTENT_GOVERNORS"]:
                c.value = ("AGREE", None)
                c.intent = h
                return
            x = h

    # ================================================================== embedding
    def _contents(self, cands: list[Cand]) -> list[tuple[Cand, set[int]]]:
        """The words each verbal act carries as its content ("urged Israel to [allow aid]", "condemned [the
        attack]", "warned of [a response] [if it attacked]"), and what a protest demands."""
        d, lex = self.d, self.lex
        if not d.parsed:
            return []
        out = []
        cond = lex.sets["CONDITIONAL_MARKS"]
        reason = lex.sets["REASON_PREPS"]
        topic = lex.sets["TOPIC_PREPS"] - lex.sets["OF_PREPS"]
        for c in cands:
            typ = c.value[0]
            roots = [c.pred] if c.pred == c.head else [c.pred, c.head]
            if typ not in VERBAL_ACTS and typ != "PROTEST" or c.lemma in lex.sets["DEFY_VERBS"]:
                # "sanctions over the arrest of a journalist", "talks on a truce and the release of hostages":
                # the reason or the subject of an act is not an event of the sentence
                toks = set()
                for r in roots:
                    for p, o in d.preps(r):
                        if p in reason or (typ in TOPIC_TYPES and p in topic and self._place(o) is None):
                            toks.update(d.subtree(o))
                if toks:
                    out.append((c, toks))
                continue
            toks: set[int] = set()
            inv = self._inverted(c)
            for r in roots:
                for ch in d.children[r]:
                    t = d.toks[ch]
                    if ch in c.tokens or ch == inv:
                        continue
                    dep = t.dep
                    take = False
                    if typ == "PROTEST":
                        take = dep == "xcomp" or (dep == "advcl" and (t.tag == "VBG" or "VerbForm=Ger" in t.morph or
                                                                       "VerbForm=Part" in t.morph or
                                                                       "VerbForm=Inf" in t.morph))
                    elif dep in CONTENT_DEPS:
                        take = True
                    elif dep == "advcl":
                        marks = [d.toks[m].norm for m in d.children[ch] if d.toks[m].dep in ("mark", "aux")]
                        take = any(m in cond or m in lex.sets["PURPOSE_MARKS"] for m in marks)
                    if take:
                        toks.update(d.subtree(ch))
            if toks:
                out.append((c, toks))
        return out

    def _container(self, c: Cand, by_pred: dict[int, Cand], by_gov: dict[int, Cand]) -> Cand | None:
        """The candidate whose content ``c`` is ("accused X of attacking Y": attacking is in accused's)."""
        d = self.d
        if not d.parsed:
            return None
        x = c.pred
        for _ in range(12):
            t = d.toks[x]
            if t.dep in CONTENT_STOP:
                return None
            h = d.head(x)
            if h is None:
                return None
            o = by_pred.get(h)
            g = by_gov.get(h)
            if o is None and g is not None and g is not c and g.value[0] == c.value[0]:
                return g     # "a round is planned ..., under the mediation of Oman": one event
            if o is not None and o is not c:
                if c.kind == "noun" and t.dep in ("nmod", "amod", "compound") and o.kind == "noun":
                    return o
                return o
            x = h
        return None

    # ================================================================== participants
    def _participants(self, c: Cand) -> dict:
        d, lex = self.d, self.lex
        typ = c.value[0]
        parts: dict = {"actors": [], "topic_heads": []}
        src = tgt = loc = None
        sym_second = None
        actors: list[Part] = []
        subj_tok = None
        # any group of people may protest, fight or demand ("Lawyers boycotted ..."); meetings, agreements and
        # aid need an actor the lexicon knows ("as users meet them" in a README is no meeting)
        crowd = typ in CROWD_TYPES

        def take_target(o):
            nonlocal tgt
            heads = self._np_heads(o)
            for k, h in enumerate(heads):
                p = self._resolve(h, generic=True)
                if p is None:
                    continue
                if tgt is None:
                    tgt = p
                else:
                    actors.append(p)

        def prep_arg(p: str, o: int, nominal: bool):
            nonlocal src, tgt, loc
            if o in c.tokens:
                return
            if p in lex.sets["BETWEEN_PREPS"]:
                heads = self._np_heads(o)
                ps = [q for q in (self._resolve(h, generic=True) for h in heads) if q is not None]
                if len(heads) == 1 and self._is_parties(o, generic_ok=True):
                    # "l'échange entre les hauts responsables": between the two just named
                    ps = self._party_antecedent(d.tok_sent[o]) or ps
                # "entre les délégations ukrainienne et russe": coordinated nationality words
                for h in heads:
                    for a in d.kids(h, {"amod", "nmod", "compound"}):
                        for cj in d.kids(a, CONJ):
                            mi = d.ment_at[cj]
                            if mi is not None and not any(q.mention == mi for q in ps):
                                ps.append(self._part_from_mention(mi, cj))
                if ps:
                    if src is None:
                        src = ps.pop(0)
                    if ps and tgt is None:
                        tgt = ps.pop(0)
                    actors.extend(ps)
                return
            if p in lex.sets["SOURCE_PREPS"] or p in lex.sets["AGENT_PREPS"]:
                if src is None:
                    src = self._resolve(o, generic=True)
                return
            if nominal and p in lex.sets["OF_PREPS"]:
                q = self._resolve(o, generic=True)
                if q is None:
                    if self._is_topic_word(o):
                        parts["topic_heads"].append(o)
                    return
                if typ in OF_SOURCE_TYPES and self._label(q) == "PLACE" and typ != "CONSULT" and \
                        not self._is_country(q):
                    if loc is None:
                        loc = q      # "took to the streets of Madrid"
                elif typ in OF_SOURCE_TYPES and src is None:
                    src = q
                elif tgt is None and self._label(q) != "PLACE" or typ in PHYSICAL | {"RETREAT", "SANCTION"}:
                    if tgt is None:
                        tgt = q
                    else:
                        actors.append(q)
                elif loc is None and self._label(q) == "PLACE" and typ not in OF_SOURCE_TYPES:
                    loc = q
                return
            if p in lex.sets["INCLUDING"]:
                for h in self._np_heads(o):
                    q = self._resolve(h, generic=False)
                    if q is not None:
                        actors.append(q)
                return
            place = self._place(o)
            is_target_prep = p in lex.sets["TARGET_PREPS"]
            is_topic_prep = p in lex.sets["TOPIC_PREPS"]
            if place is not None and (p in lex.sets["PLACE_PREPS"] or is_target_prep):
                visit = typ == "CONSULT" and c.value[1] == "visit"
                if typ == "CONSULT" or p in lex.sets["PLACE_ONLY_PREPS"] or not is_target_prep:
                    # "talks in Paris", "réunion à Paris", "a visit to Kyiv" (also its host)
                    if loc is None:
                        loc = place
                    if visit and is_target_prep and tgt is None and p not in lex.sets["PLACE_ONLY_PREPS"]:
                        tgt = place
                    return
                # "strikes on Sumy", "aid to Ukraine", "sanctions against Iran"
                if tgt is None:
                    tgt = place
                else:
                    actors.append(place)
                if typ in PHYSICAL and loc is None:
                    loc = place
                return
            if is_topic_prep and (typ in TOPIC_TYPES or not is_target_prep):
                parts["topic_heads"].append(o)
                return
            if is_target_prep:
                take_target(o)

        # ---- verbal: subject, object, prepositions
        if c.kind in ("verb", "light"):
            v = c.pred
            s_tok, passive = self._subject(v)
            if c.subject is not None:
                s_tok, passive = c.subject, False
            subj_tok = s_tok if not passive else None
            agent = None
            for a in d.kids(v, AGENT):
                objs = d.kids(a, POBJ) or [a]
                agent = objs[0]
            if passive and not (typ == "MOBILIZE" and agent is None):
                if agent is not None:
                    src = self._resolve(agent, generic=True, any_noun=crowd)
                if s_tok is not None:
                    take_target(s_tok)
            elif passive and typ == "MOBILIZE" and s_tok is not None:
                src = self._resolve(s_tok, generic=True, any_noun=crowd)     # "police were deployed"
            else:
                if s_tok is not None:
                    heads = self._np_heads(s_tok)
                    ps = [q for q in (self._resolve(h, generic=True, any_noun=crowd) for h in heads) if q is not None]
                    if len(heads) == 1 and self._is_parties(s_tok):
                        # "the parties agreed on a new exchange": the two sides of the last event that had two
                        ps = self._party_antecedent(d.tok_sent[v]) or ps
                    if ps:
                        src = ps[0]
                        actors.extend(ps[1:])
                        if typ in SYMMETRIC and len(ps) > 1:
                            sym_second = ps[1]     # "Kinshasa et Kigali ont convenu": the other party
            if (src is None or d.toks[s_tok].dep in PASS_SUBJ) and not passive and s_tok is not None and \
                    d.toks[v].dep == "conj" and c.subject is None:
                # "said the vote had been marred by fraud and called on the EU", parsed with "called" under
                # "marred": a subject that is no actor comes from the clause that reports both
                x0 = v
                while d.toks[x0].dep == "conj" and d.head(x0) is not None:
                    x0 = d.head(x0)
                h0 = d.head(x0)
                if h0 is not None and d.toks[x0].dep == "ccomp" and self._vlemma(h0) in lex.sets["QUOTE_VERBS"]:
                    s2, _ = self._subject(h0)
                    if s2 is not None:
                        src = self._resolve(s2, generic=True, any_noun=crowd)
            if passive and src is None:
                for p, o in d.preps(v):      # "réclamée par RSF" parsed without an agent relation
                    if p in lex.sets["SOURCE_PREPS"]:
                        src = self._resolve(o, generic=True, any_noun=crowd)
                        break
            if c.kind == "verb":
                objs = d.kids(v, OBJ | IOBJ)
                if not objs:
                    # an object the model took for an oblique: "a libéré samedi trois otages"
                    objs = [o for o in d.kids(v, {"obl", "obl:mod", "obl:arg"}) if d.prep_of(o) is None
                            and d.timex_at[o] is None and d.is_noun(o)]
                for o in objs:
                    if d.toks[o].dep in IOBJ and tgt is not None:
                        actors.extend(q for q in [self._resolve(o, generic=True)] if q)
                        continue
                    place = self._place(o)
                    if place is not None and typ == "CONSULT" and c.value[1] == "visit":
                        if loc is None:
                            loc = place
                        if tgt is None:
                            tgt = place
                        continue
                    take_target(o)
            for p, o in d.preps(v):
                if c.kind == "light" and o == c.head:
                    continue
                if d.toks[o].dep in AGENT or p in lex.sets["SOURCE_PREPS"] and passive:
                    continue
                prep_arg(p, o, False)
            if c.kind == "light":
                for p, o in d.preps(c.head):
                    prep_arg(p, o, True)
                self._noun_mods(c.head, typ, parts, lambda q: None)
            elif len(c.tokens) > 1:          # "hold a meeting with X": the noun of a phrase
                for x in c.tokens:
                    if x != v and d.is_noun(x):
                        for p, o in d.preps(x):
                            prep_arg(p, o, True)
            if not d.parsed:
                src, tgt, loc = self._positional(c, src, tgt, loc, actors)
        else:
            n = c.head
            mods_src: list[Part] = []
            self._noun_mods(n, typ, parts, mods_src.append)
            if mods_src:
                src = mods_src[0]
                actors.extend(mods_src[1:])
            pps = d.preps(n)
            for ch in d.children[n]:
                if d.timex_at[ch] is not None:      # "l'attaque dimanche contre Soumy"
                    pps.extend(d.preps(ch))
            hn = d.head(n)
            if hn is not None and d.timex_at[hn] is not None:
                pps.extend((p, o) for p, o in d.preps(hn) if o != n)
            for p, o in pps:
                prep_arg(p, o, True)
            # the clause a nominal event sits in: "ont abouti à un accord entre les délégations"
            g0, rel0 = d.governor(n)
            if g0 is not None and c.gov is None and rel0 in OBJ | {"obl", "obl:arg", "prep"} and d.is_verb(g0) \
                    and not self._is_trigger_verb(g0):
                for p, o in d.preps(g0):
                    if o != n and p in lex.sets["BETWEEN_PREPS"]:
                        prep_arg(p, o, True)
            g = c.gov
            if g is not None:
                for p, o in d.preps(g):
                    if o == n:
                        continue
                    place = self._place(o)
                    if place is not None and p in lex.sets["PLACE_PREPS"] and loc is None:
                        loc = place
            elif src is None and d.parsed and typ == "PROTEST" and \
                    d.prep_of(self._governor(n)[2]) in lex.sets["PROTEST_MANNER_PREPS"]:
                # "glued themselves to the tarmac in a protest against ...", "during a night of protests"
                v = self._clause_verb(self._governor(n)[2])
                if v is not None:
                    s_tok, passive = self._subject(v)
                    if s_tok is not None and not passive:
                        t = d.toks[s_tok]
                        if not (lex.keys(t.text, t.lemma) & (lex.classes.get("police", set()) |
                                                             lex.classes.get("troops", set()))):
                            src = self._resolve(s_tok, generic=True, any_noun=True)
            elif src is None and d.parsed and (typ in PARTICIPATORY or self._claimed(n)):
                v = self._clause_verb(n)
                if v is not None and v not in self._cand_heads:
                    s_tok, passive = self._subject(v)
                    accompany = self._vlemma(v) in lex.sets["ACCOMPANY_VERBS"]
                    if s_tok is not None and (not passive or accompany):
                        q = self._resolve(s_tok, generic=False)
                        if q is not None and q.mention is not None:
                            src = q
                    if accompany:
                        for a in d.kids(v, AGENT | OBJ):
                            q = self._resolve((d.kids(a, POBJ) or [a])[0], generic=False)
                            if q is not None:
                                actors.append(q)
                        for p, o in d.preps(v):
                            if p in lex.sets["SOURCE_PREPS"] or p in lex.sets["OF_PREPS"]:
                                q = self._resolve(o, generic=False)
                                if q is not None:
                                    actors.append(q)
            if not d.parsed:
                src, tgt, loc = self._positional(c, src, tgt, loc, actors)
        if tgt is None and sym_second is not None:
            tgt = sym_second
            actors = [a for a in actors if a is not sym_second]
        # a place that is the target of a physical act is also where it happened
        if loc is None and tgt is not None and self._label(tgt) == "PLACE" and (
                typ in PHYSICAL or (typ == "CONSULT" and c.value[1] == "visit")):
            loc = tgt
        if loc is None and d.parsed:
            loc = self._where(c.pred)
        if loc is None and d.parsed:
            loc = self._deep_place(c.gov if c.gov is not None else c.pred, c.head)
        if loc is None and d.parsed and c.head != c.pred:
            loc = self._deep_place(c.head, -1)
        # the same participant once
        if src is not None and tgt is not None and _same(src, tgt):
            tgt = None
        uniq: list[Part] = []
        for a in actors:
            if not any(_same(a, b) for b in uniq + [x for x in (src, tgt) if x is not None]):
                uniq.append(a)
        # "Qatar's emir received the Iranian minister": the minister is the visitor
        if typ == "CONSULT" and c.kind == "verb" and c.lemma in lex.sets["HOST_VERBS"] and src is not None and \
                tgt is not None and self._label(tgt) != "PLACE":
            src, tgt = tgt, src
        # "Amnesty said Israeli forces had committed war crimes": Amnesty accuses them
        if c.lemma in lex.sets["ALLEGATION_VERBS"] and c.kind == "verb" and d.parsed:
            h = d.head(c.pred)
            if h is not None and d.toks[c.pred].dep in ("ccomp", "conj") and self._vlemma(h) in lex.sets["QUOTE_VERBS"]:
                s2, _ = self._subject(h)
                q = self._resolve(s2, generic=True, any_noun=True) if s2 is not None else None
                if q is not None:
                    if src is not None:
                        uniq = [x for x in uniq if not _same(x, src)]
                    src, tgt = q, src
        parts.update(source=src, target=tgt, location=loc)
        parts["actors"] = uniq
        # "withdrew from the bloc", "le retrait de la Cedeao": leaving an organisation reduces relations
        if c.value == ("RETREAT", "withdraw"):
            orgs = [tgt] if tgt is not None else []
            for x in {c.head, c.pred}:
                for p, o in d.preps(x):
                    if p in lex.sets["OF_PREPS"] | lex.sets["ORIGIN_PREPS"] and d.ment_at[o] is not None:
                        orgs.append(Part(mention=d.ment_at[o]))
            if any(self._label(q) == "ORG" for q in orgs):
                c.value = ("SANCTION", "withdraw")
        # "Protesters stormed parliament", "Angry crowds set fire to buildings": violence by a crowd is a riot
        if typ == "ASSAULT" and c.kind in ("verb", "light") and subj_tok is not None and lex.sets["CROWD_NOUNS"]:
            heads = [subj_tok] + [x for x in d.kids(subj_tok, {"compound", "nn"})]
            if d.toks[subj_tok].norm in lex.sets["QUANTIFIER_HEADS"]:
                heads += [o for p, o in d.preps(subj_tok) if p in lex.sets["OF_PREPS"]]
            if any(lex.keys(d.toks[x].text, d.toks[x].lemma) & lex.sets["CROWD_NOUNS"] for x in heads):
                c.value = ("PROTEST", "riot")
        return parts

    def _noun_mods(self, n: int, typ: str, parts: dict, add_src) -> None:
        """Possessives, nationality adjectives and name compounds of an event noun: its doer."""
        d = self.d
        for ch in d.children[n]:
            t = d.toks[ch]
            if t.dep in POSS | {"amod", "compound", "nmod", "nn", "flat", "flat:name"} and ch != n:
                if t.dep == "nmod" and d.prep_of(ch) is not None:
                    continue
                mi = d.ment_at[ch]
                if mi is None:
                    if t.dep in POSS and t.norm in self.lex.sets["PERSON_PRONOUNS"] | self.lex.sets["GROUP_PRONOUNS"]:
                        p = self._pronoun(ch)
                        if p is not None:
                            add_src(p)
                    continue
                add_src(self._part_from_mention(mi, ch))

    def _positional(self, c: Cand, src, tgt, loc, actors):
        """Without a parse (no model): the nearest mentions before and after the trigger in its clause."""
        d = self.d
        i = c.head
        si = d.tok_sent[i]
        j = i - 1
        while j >= 0 and d.tok_sent[j] == si and d.toks[j].text not in (";", ":") and i - j < 12:
            mi = d.ment_at[j]
            if mi is not None and src is None and d.mentions[mi].label != "PLACE":
                src = self._part_from_mention(mi, j)
                break
            j -= 1
        j = c.tokens[-1] + 1
        while j < len(d.toks) and d.tok_sent[j] == si and d.toks[j].text not in (";", ":", ".") and j - i < 14:
            mi = d.ment_at[j]
            if mi is not None:
                m = d.mentions[mi]
                prev = d.toks[j - 1].norm if j > 0 else ""
                if m.label == "PLACE" and prev in self.lex.sets["PLACE_PREPS"] and loc is None:
                    loc = self._part_from_mention(mi, j)
                elif tgt is None and (src is None or mi != src.mention):
                    tgt = self._part_from_mention(mi, j)
                j = d.tokens_in(m.start, m.end)[-1] + 1
                continue
            j += 1
        return src, tgt, loc

    def _clause_verb(self, n: int) -> int | None:
        d = self.d
        if d.toks[n].dep in SUBJ | PASS_SUBJ:
            return None
        x = n
        for _ in range(6):
            h = d.head(x)
            if h is None:
                return None
            if d.is_verb(h) or d.toks[h].pos == "AUX" and d.toks[h].dep in ("ROOT", "root", "ccomp", "advcl"):
                return h
            if d.toks[x].dep in BOUNDARY:
                return None
            x = h
        return None

    def _is_country(self, p: Part) -> bool:
        if p.mention is None:
            return False
        kb = country_id(self.d.mentions[p.mention].text, place=True, want_id=True)
        return bool(kb) and place_kind(kb) == "country"

    def _claimant(self, idx: list[int]) -> "Part | None":
        d, lex = self.d, self.lex
        objs = lex.sets["CLAIM_OBJECTS"]
        for i in idx:
            if not d.is_verb(i) or self._vlemma(i) not in lex.sets["CLAIM_VERBS"]:
                continue
            for a in d.kids(i, AGENT):
                o = (d.kids(a, POBJ) or [a])[0]
                q = self._resolve(o, generic=True, any_noun=True)
                if q is not None:
                    return q
            for p, o in d.preps(i):
                if p in lex.sets["SOURCE_PREPS"]:
                    q = self._resolve(o, generic=True, any_noun=True)
                    if q is not None:
                        return q
            ob = d.kids(i, OBJ)
            if ob and any(lex.keys(d.toks[o].text, d.toks[o].lemma) & objs for o in ob):
                s_tok, passive = self._subject(i)
                if s_tok is not None and not passive:
                    q = self._resolve(s_tok, generic=True, any_noun=True)
                    if q is not None:
                        return q
        return None

    def _claimed(self, n: int) -> bool:
        """"X claimed responsibility for the bombing"."""
        v = self._clause_verb(n)
        return v is not None and self._vlemma(v) in self.lex.sets["CLAIM_VERBS"]

    def _is_trigger_verb(self, v: int) -> bool:
        lem = self._vlemma(v)
        return lem in self.lex.verbs or lem in self.lex.reflexive

    def _subject(self, v: int) -> tuple[int | None, bool]:
        """The subject of verb v (inherited through control, coordination and relative clauses)."""
        d, lex = self.d, self.lex
        x = v
        via_conj = True
        for _ in range(5):
            for c in d.children[x]:
                dep = d.toks[c].dep
                if dep in SUBJ or dep in PASS_SUBJ:
                    # "Lula is scheduled to visit": the passive belongs to "scheduled", not to "visit"; but
                    # "a man was shot and wounded": a conjunct shares its passive subject
                    tv = d.toks[v]
                    shares = x == v or (via_conj and (tv.tag == "VBN" or (
                        "VerbForm=Part" in tv.morph and "Tense=Past" in tv.morph)) and not any(
                        d.toks[a].dep in AUX for a in d.children[v]))
                    passive = shares and (dep in PASS_SUBJ or
                                          any(d.toks[a].dep in ("auxpass", "aux:pass") for a in d.children[x]))
                    # "se sont retirées", "sont descendus": reflexive and être-conjugated verbs are active
                    if passive and (any(d.toks[a].norm in lex.sets["REFLEXIVE_PRONOUNS"] for a in d.children[x]) or
                                    self._vlemma(x) in lex.sets["ACTIVE_ETRE_VERBS"]):
                        passive = False
                    if d.toks[c].norm in lex.sets["RELATIVE_PRONOUNS"] and d.toks[x].dep in RELCL:
                        h = d.head(x)
                        return h, passive
                    return c, passive
            t = d.toks[x]
            h = d.head(x)
            if h is None:
                return None, False
            if t.dep != "conj":
                via_conj = False
            if t.dep in ("xcomp", "conj", "acomp") or (t.dep == "advcl" and ("VerbForm=Ger" in t.morph or t.tag == "VBG"
                                                                     or "VerbForm=Part" in t.morph or
                                                                     "VerbForm=Inf" in t.morph)):
                x = h
                continue
            if t.dep in RELCL:
                return h, False
            if t.dep == "acl":
                return h, "VerbForm=Part" in t.morph and t.tag != "VBG" and not d.kids(x, OBJ)
            if x != v and t.dep in OBJ | {"obl", "obl:arg"} and d.is_noun(x) and d.toks[v].dep == "conj" and \
                    d.head(v) == x:
                x = h           # a verb parsed as the conjunct of the previous verb's object
                continue
            return None, False
        return None, False

    def _np_heads(self, o: int) -> list[int]:
        """A noun phrase and its conjuncts ("Macron and Scholz"), and "including X, Y"."""
        d, lex = self.d, self.lex
        out = [o]
        stack = [o]
        while stack:
            x = stack.pop()
            for c in d.children[x]:
                t = d.toks[c]
                if t.dep in CONJ and d.is_noun(c):
                    out.append(c)
                    stack.append(c)
            for p, o2 in d.preps(x):
                if p in lex.sets["INCLUDING"]:
                    out.append(o2)
                    stack.append(o2)
        return out

    def _label(self, p: Part) -> str | None:
        if p.mention is not None:
            return self.d.mentions[p.mention].label
        if p.kb:
            return "PLACE"
        return None

    def _part_from_mention(self, mi: int, tok: int) -> Part:
        m = self.d.mentions[mi]
        return Part(mention=mi, np=(m.start, m.end))

    def _resolve(self, h: int, generic: bool, depth: int = 0, any_noun: bool = False) -> Part | None:
        """The participant a noun phrase names: a mention, a role or pronoun resolved to one, or words."""
        d, lex = self.d, self.lex
        t = d.toks[h]
        np_span = self._np_span(h)
        if t.norm in lex.sets["PERSON_PRONOUNS"] or t.norm in lex.sets["GROUP_PRONOUNS"] or t.norm in lex.sets["IT_PRONOUNS"]:
            # "Ankara said it was ready": the subject of the clause that reports this one
            m = self._matrix_subject(h) if depth < 3 else None
            if m is not None:
                q = self._resolve(m, generic, depth + 1, any_noun=True)
                if q is not None:
                    q.np = (t.start, t.end)
                    q.how = q.how or "pronoun"
                    return q
            if t.norm in lex.sets["IT_PRONOUNS"]:
                return None
            p = self._pronoun(h)
            if p is not None:
                p.np = (t.start, t.end)
            return p
        if t.norm in lex.sets["RELATIVE_PRONOUNS"]:
            return None
        # quantities: "hundreds of protesters" -> protesters
        if (t.norm in lex.sets["QUANTIFIER_HEADS"] or t.pos == "NUM") and not any(
                d.ment_at[k] is not None for k in d.kids(h, {"compound", "amod", "nn", "flat"} | POSS)):
            for p, o in d.preps(h):
                if p in lex.sets["OF_PREPS"] and depth < 3:
                    q = self._resolve(o, generic, depth + 1)
                    if q is not None:
                        return q
        mi = d.ment_at[h]
        if mi is not None:
            m = d.mentions[mi]
            return Part(mention=mi, np=np_span or (m.start, m.end))
        head_keys = lex.keys(t.text, t.lemma)
        is_role = bool(head_keys & lex.sets["ROLE_NOUNS"])
        partitive = bool(head_keys & lex.sets["PARTITIVE_HEADS"])
        if d.parsed:
            mods: list[int] = []          # mentions that modify the head: "Russian forces", "Rubio's visit"
            names: list[int] = []         # names set beside it: "the spokeswoman, Temmie Bruce"
            for c in d.children[h]:
                dep = d.toks[c].dep
                mi2 = d.ment_at[c]
                if mi2 is None:
                    continue
                gh = d.head(h)
                if dep in APPOS and gh is not None and d.is_verb(gh) and h < gh < c:
                    continue            # an apposition parsed across the verb
                if dep in APPOS | FLAT or (dep in CONJ and not any(
                        d.toks[k].dep == "cc" and h < k < c for k in d.children[h])):
                    names.append(mi2)
                elif dep in {"amod", "nn", "compound"} | POSS or (dep == "nmod" and d.prep_of(c) is None):
                    mods.append(mi2)
            people = [x for x in names if d.mentions[x].label == "PERSON"]
            if people:
                return Part(mention=people[0], np=np_span)
            if is_role:
                # "l'émissaire spécial pour le Moyen-Orient, Steve Witkoff": a name set off by a comma
                for x in d.subtree(h):
                    mi5 = d.ment_at[x]
                    if x > h and mi5 is not None and d.mentions[mi5].label == "PERSON" and \
                            d.toks[x - 1].text == "," and d.toks[x].dep in APPOS | FLAT | CONJ:
                        return Part(mention=mi5, np=np_span)
                lo, hi = d.edges(h)
                for j in range(hi + 1, min(hi + 3, len(d.toks))):
                    if d.toks[j].text == "," or d.is_det(j):
                        continue
                    mi3 = d.ment_at[j]
                    if mi3 is not None and d.mentions[mi3].label == "PERSON" and d.same_sentence(h, j):
                        return Part(mention=mi3, np=np_span)
                    break
                if self._definite_singular(h):
                    r = self._role(h, np_span)
                    if r is not None:
                        return r
            of_ments: list[int] = []
            if not partitive and depth < 2:
                for p, o in d.preps(h):
                    if p not in lex.sets["OF_PREPS"] and not (is_role and p in lex.sets["SPOKES_PREPS"]) and \
                            not (p in lex.sets["ORIGIN_PREPS"] and head_keys & lex.sets["GENERIC_ACTORS"]):
                        continue
                    mi4 = d.ment_at[o]
                    if mi4 is None:
                        q = self._resolve(o, generic=False, depth=depth + 1)
                        if q is not None and q.mention is not None:
                            mi4 = q.mention
                    if mi4 is not None:
                        of_ments.append(mi4)
            if head_keys & lex.sets["SPOKES_NOUNS"]:
                orgs = [x for x in of_ments + mods if d.mentions[x].label in ("ORG", "PLACE")]
                if orgs:
                    return Part(mention=orgs[0], np=np_span)
            others = [x for x in names if d.mentions[x].label in ("ORG", "PLACE", "OTHER")]
            pick = others or sorted(mods, key=lambda x: ("ORG", "PLACE", "OTHER", "PERSON").index(
                d.mentions[x].label) if d.mentions[x].label in ("ORG", "PLACE", "OTHER", "PERSON") else 9) or \
                of_ments
            if pick:
                return Part(mention=pick[0], np=np_span)
        if not generic or not d.is_noun(h):
            return None
        if d.tagged and t.pos == "PROPN" and not head_keys & (set(lex.nouns) | lex.sets["NON_ACTORS"]):
            q = self._name_part(h, np_span)
            if q is not None:
                return q
        if not (head_keys & lex.sets["GENERIC_ACTORS"]) and not is_role and d.parsed and \
                not head_keys & (set(lex.nouns) | lex.sets["NON_ACTORS"]) and any(
                lex.keys(d.toks[k].text, d.toks[k].lemma) & (lex.sets["ROLE_NOUNS"] | lex.sets["GENERIC_ACTORS"])
                for k in d.kids(h, {"compound", "nn", "amod", "flat"}) if k < h):
            is_role = True          # "the president-elect", "the interior minister"
        if not (head_keys & lex.sets["GENERIC_ACTORS"]) and not is_role:
            # the doer of a verb may be any group of people ("Truck drivers blockaded ..."), not an event
            # or a time ("The attack killed ...", "Monday saw ...")
            plural = "Number=Plur" in t.morph or t.tag in ("NNS", "NNPS")
            if not any_noun or not plural or d.timex_at[h] is not None or \
                    head_keys & (set(lex.nouns) | lex.sets["NON_ACTORS"]):
                return None
        core = self._core_span(h)
        return Part(np=np_span, text=d.text[core[0]:core[1]])

    def _name_part(self, h: int, np_span) -> Part | None:
        """A proper noun the model did not tag as a name ("The Taliban", "Hezbollah"): its words."""
        d = self.d
        t = d.toks[h]
        if t.pos != "PROPN" or d.timex_at[h] is not None:
            return None
        lo = hi = h
        for c in d.children[h]:
            if d.toks[c].dep in ("compound", "flat", "flat:name", "nn") and d.toks[c].pos == "PROPN" and abs(c - h) <= 3:
                lo, hi = min(lo, c), max(hi, c)
        return Part(np=np_span, text=d.text[d.toks[lo].start:d.toks[hi].end])

    def _is_parties(self, h: int, generic_ok: bool = False) -> bool:
        """"the parties", "both sides", "les deux camps": the sides of something the article just told (with
        ``generic_ok``, any definite group: "entre les hauts responsables")."""
        d, lex = self.d, self.lex
        t = d.toks[h]
        words = lex.sets["PARTY_NOUNS"] | (lex.sets["GENERIC_ACTORS"] | lex.sets["ROLE_NOUNS"] if generic_ok else set())
        if not (lex.keys(t.text, t.lemma) & words) or d.ment_at[h] is not None or any(
                d.ment_at[k] is not None for k in d.subtree(h)):
            return False
        if not ("Number=Plur" in t.morph or t.tag in ("NNS", "NNPS")):
            return False
        return any(d.toks[k].norm in lex.sets["ANAPHORIC_DETERMINERS"] | lex.sets["BOTH_WORDS"]
                   for k in d.children[h] if k < h)

    def _party_antecedent(self, si: int) -> list[Part]:
        d = self.d
        at = {(m.start, m.end): i for i, m in enumerate(d.mentions)}
        for em in reversed(self.events):
            if d.sentence_of(em.sentence[0]) < si - 3:
                break
            if em.source is None or em.target is None or em.negated or em.status == "hypothetical":
                continue
            a, b = at.get(tuple(em.source)), at.get(tuple(em.target))
            if a is None or b is None or a == b:
                continue
            return [Part(mention=a, np=tuple(em.source), how="antecedent"),
                    Part(mention=b, np=tuple(em.target), how="antecedent")]
        return []

    def _matrix_subject(self, h: int) -> int | None:
        """For a subject pronoun: the subject of the verb whose complement its clause is."""
        d = self.d
        if not d.parsed or d.toks[h].dep not in SUBJ | PASS_SUBJ:
            return None
        v = d.head(h)
        if v is None or d.toks[v].dep not in ("ccomp", "xcomp", "advcl", "conj"):
            return None
        up = d.head(v)
        if up is None:
            return None
        for c in d.children[up]:
            if d.toks[c].dep in SUBJ and c != h and d.toks[c].norm not in self.lex.sets["IT_PRONOUNS"]:
                return c
        return None

    def _definite_singular(self, h: int) -> bool:
        d, lex = self.d, self.lex
        t = d.toks[h]
        if "Number=Plur" in t.morph or t.tag in ("NNS", "NNPS"):
            return False
        for c in d.children[h]:
            ct = d.toks[c]
            if ct.dep in ("det", "poss", "det:poss", "nmod:poss") and (ct.norm in lex.sets["ANAPHORIC_DETERMINERS"]
                                                                    or ct.dep != "det"):
                return True
        return False

    def _np_span(self, h: int) -> tuple[int, int]:
        d = self.d
        if not d.parsed:
            return d.toks[h].start, d.toks[h].end
        lo, hi = h, h
        for x in d.subtree(h):
            if d.toks[x].dep in RELCL or d.toks[x].dep == "punct" and (x < lo or x > hi):
                continue
            if not d.same_sentence(h, x):
                continue
            lo, hi = min(lo, x), max(hi, x)
        # stop at a relative clause or a comma that closes an apposition we do not want
        sub = d.subtree(h)
        rel = [x for x in sub if d.toks[x].dep in RELCL]
        for r in rel:
            rlo, _ = d.edges(r)
            if rlo > h:
                hi = min(hi, rlo - 1)
        while hi > lo and d.toks[hi].pos == "PUNCT":
            hi -= 1
        while lo < hi and d.toks[lo].pos == "PUNCT":
            lo += 1
        return d.toks[lo].start, d.toks[hi].end

    def _core_span(self, h: int) -> tuple[int, int]:
        d = self.d
        lo = hi = h
        for c in d.children[h]:
            if d.toks[c].dep in ("compound", "amod", "nn", "flat") and abs(c - h) <= 3:
                lo, hi = min(lo, c), max(hi, c)
        return d.toks[lo].start, d.toks[hi].end

    # ---- pronouns and roles
    def _note_subjects(self, idx: list[int]) -> None:
        d = self.d
        deps = d.cols["dep"]
        subj = SUBJ | PASS_SUBJ
        for i in idx:
            if deps[i] not in subj:
                continue
            t = d.toks[i]
            if True:
                mi = d.ment_at[i]
                if mi is None and d.parsed:
                    for c in d.children[i]:
                        if d.toks[c].dep in APPOS | FLAT and d.ment_at[c] is not None:
                            mi = d.ment_at[c]
                if mi is not None and d.mentions[mi].label == "PERSON":
                    self.recent_subjects.append((t.start, mi))
                elif mi is None and t.norm in self.lex.sets["PERSON_PRONOUNS"]:
                    p = self._pronoun(i)
                    if p is not None and p.mention is not None:
                        self.recent_subjects.append((t.start, p.mention))

    def _pronoun(self, i: int) -> Part | None:
        """He / she / il / elle: the person last named as a subject (else named at all) before it."""
        d, lex = self.d, self.lex
        t = d.toks[i]
        if t.norm in lex.sets["GROUP_PRONOUNS"]:
            return None
        pos = t.start
        si = d.tok_sent[i]
        lo = d.sentences[max(0, si - 3)][0]
        # this sentence first: a subject before the pronoun
        for start, mi in reversed(self.recent_subjects):
            if start < pos and start >= lo:
                return Part(mention=mi, np=(t.start, t.end), how="pronoun")
        for j in range(i - 1, -1, -1):
            if d.toks[j].start < lo:
                break
            mi = d.ment_at[j]
            if mi is not None and d.mentions[mi].label == "PERSON":
                return Part(mention=mi, np=(t.start, t.end), how="pronoun")
        return None

    def _role_index(self):
        """Per PERSON mention: the role words written next to it ("the US envoy Steve Witkoff",
        "Steve Witkoff, special envoy"), and its country (from nationality words or the knowledge base)."""
        if self._roles is not None:
            return self._roles
        d, lex = self.d, self.lex
        roles = lex.sets["ROLE_NOUNS"]
        out = []
        for mi, m in enumerate(d.mentions):
            if m.label != "PERSON":
                continue
            toks = list(d.tokens_in(m.start, m.end))
            if not toks:
                continue
            words: set[str] = set()
            countries: set[str] = set()
            si = d.tok_sent[toks[0]]
            # before: up to 8 tokens back in the sentence
            j = toks[0] - 1
            k = 0
            while j >= 0 and d.tok_sent[j] == si and k < 9:
                w = d.toks[j]
                if w.text in (".", ";", ":", "(", ")") or (d.ment_at[j] is not None and
                                                          d.mentions[d.ment_at[j]].label == "PERSON"):
                    break
                words |= lex.keys(w.text, w.lemma)
                c = demonym_country(w.text)
                if c:
                    countries.add(c)
                if d.ment_at[j] is not None and d.mentions[d.ment_at[j]].label == "PLACE":
                    c = country_id(d.mentions[d.ment_at[j]].text, place=True)
                    if c:
                        countries.add(c)
                j -= 1
                k += 1
            # after: ", the special envoy,"
            j = toks[-1] + 1
            if j < len(d.toks) and d.toks[j].text == ",":
                k = 0
                j += 1
                while j < len(d.toks) and d.tok_sent[j] == si and k < 8 and d.toks[j].text not in (",", ".", ";"):
                    w = d.toks[j]
                    words |= lex.keys(w.text, w.lemma)
                    c = demonym_country(w.text)
                    if c:
                        countries.add(c)
                    j += 1
                    k += 1
            kbc = country_id(m.text)
            out.append((m.start, mi, words & roles, countries, kbc))
        self._roles = out
        return out

    def _role(self, h: int, np_span) -> Part | None:
        """"the US envoy" -> the person this article introduced as an envoy (nearest before)."""
        d, lex = self.d, self.lex
        t = d.toks[h]
        head = lex.keys(t.text, t.lemma) & lex.sets["ROLE_NOUNS"]
        if not head:
            return None
        lo, hi = d.edges(h) if d.parsed else (h, h)
        quals: set[str] = set()
        for j in range(lo, hi + 1):
            c = demonym_country(d.toks[j].text)
            if c:
                quals.add(c)
            mi = d.ment_at[j]
            if mi is not None and d.mentions[mi].label == "PLACE":
                c2 = country_id(d.mentions[mi].text, place=True)
                if c2:
                    quals.add(c2)
        pos = t.start
        best = best_q = None
        for start, mi, words, countries, kbc in self._role_index():
            if start >= pos:
                break
            if not (words & head):
                continue
            known = countries | ({kbc} if kbc else set())
            if quals and known and not (quals & known):
                continue          # "the French president" is not the American one named before
            best = mi
            if quals and quals & known:
                best_q = mi
        best = best_q if best_q is not None else best
        if best is None and quals and head & lex.sets["HEAD_OF_STATE_NOUNS"]:
            # "the French president": the one person of that country the article names
            found = {}
            for start, mi, words, countries, kbc in self._role_index():
                if kbc and kbc in quals:
                    found.setdefault(fold(d.mentions[mi].text.split()[-1]), mi)
            if len(found) == 1:
                best = next(iter(found.values()))
        if best is None:
            return None
        return Part(mention=best, np=np_span, how="role")

    # ---- places
    def _place(self, o: int) -> Part | None:
        d, lex = self.d, self.lex
        mi = d.ment_at[o]
        if mi is not None:
            return Part(mention=mi, np=(d.mentions[mi].start, d.mentions[mi].end)) \
                if d.mentions[mi].label == "PLACE" else None
        t = d.toks[o]
        keys = lex.keys(t.text, t.lemma)
        if keys & lex.sets["CAPITAL_WORDS"]:
            lo, hi = d.edges(o) if d.parsed else (o - 2, o + 3)
            for j in range(max(lo, 0), min(hi + 1, len(d.toks))):
                c = demonym_country(d.toks[j].text)
                mi3 = d.ment_at[j]
                if c is None and mi3 is not None and d.mentions[mi3].label == "PLACE":
                    c = country_id(d.mentions[mi3].text, place=True)
                if c:
                    cap = capital_of(c)
                    if cap:
                        return Part(np=(d.toks[lo].start, d.toks[hi].end), kb=cap)
        if d.parsed and keys & lex.sets["PLACE_NOUNS"]:
            # "the sultanate of Oman", "la ville de Soumy", "au siège de l'OTAN à Bruxelles"
            for x in d.subtree(o):
                if abs(x - o) > 8 or x == o:
                    continue
                mi2 = d.ment_at[x]
                if mi2 is not None and d.mentions[mi2].label == "PLACE":
                    return Part(mention=mi2, np=(d.mentions[mi2].start, d.mentions[mi2].end))
        return None

    def _deep_place(self, v: int, skip: int) -> Part | None:
        """A place a few steps down the clause ("se tiendront une nouvelle fois à Mascate")."""
        d, lex = self.d, self.lex
        stack = [(c, 1) for c in d.children[v] if c != skip]
        while stack:
            x, depth = stack.pop(0)
            t = d.toks[x]
            if t.dep in BOUNDARY or t.dep in SUBJ | PASS_SUBJ or t.dep in ("ccomp", "xcomp", "advcl"):
                continue
            pp = d.prep_of(x)
            if pp is not None and pp in lex.sets["TOPIC_PREPS"] and pp not in lex.sets["PLACE_PREPS"]:
                continue
            mi = d.ment_at[x]
            place_prep = d.prep_of(x) in self._place_preps
            if mi is not None and d.mentions[mi].label == "PLACE" and place_prep:
                m = d.mentions[mi]
                return Part(mention=mi, np=(m.start, m.end))
            if mi is None and place_prep and lex.keys(t.text, t.lemma) & (lex.sets["PLACE_NOUNS"] | lex.sets["CAPITAL_WORDS"]):
                q = self._place(x)          # "in the city of Kharkiv", "in the French capital"
                if q is not None:
                    return q
            if depth < 3:
                if d.is_noun(x) and mi is None and d.timex_at[x] is None and not (lex.keys(t.text, t.lemma) & (
                        lex.sets["GENERIC_ACTORS"] | lex.sets["ROLE_NOUNS"] | lex.sets["PLACE_NOUNS"])):
                    continue   # "the conflicts in Ukraine" is a topic, "police in Nairobi" an actor's place
                step = 0 if t.dep in ("prep", "case") else 1      # "with police in Nairobi": prep nodes are free
                stack.extend((c, depth + step) for c in d.children[x])
        return None

    def _where(self, v: int) -> Part | None:
        """"..., where he will hold a meeting": the place a 'where' clause hangs from."""
        d, lex = self.d, self.lex
        x = v
        for _ in range(6):
            t = d.toks[x]
            h = d.head(x)
            if h is None:
                return None
            if t.dep in RELCL or t.dep in ("advcl", "acl"):
                if any(d.toks[c].norm in lex.sets["WHERE_WORDS"] for c in d.children[x]):
                    return self._place(h)
                return None
            if t.dep in BOUNDARY:
                return None
            x = h
        return None

    # ================================================================== the mention
    def _mention(self, c: Cand, si: int, question: bool) -> EventMention | None:
        d, lex = self.d, self.lex
        parts = c.parts
        typ, mode = c.value
        src, tgt, loc = parts.get("source"), parts.get("target"), parts.get("location")
        actors = parts.get("actors", [])
        # requirements of weak triggers
        req = lex.requires.get(c.lemma) if c.intent is None else None
        if req == "place" and not (loc is not None or (tgt is not None and self._label(tgt) == "PLACE")):
            return None
        if req == "partner" and c.kind != "noun" and tgt is None and not actors and not self._plural_subject(c):
            return None
        if req == "object" and tgt is None and not self._has_object(c):
            return None
        status, negated = self._status(c, question)
        anaphoric = self._anaphoric(c)
        if c.kind == "noun" and src is None and tgt is None:
            strong = anaphoric == "strong" or req == "anaphor"
            ante = None
            if loc is not None and anaphoric:
                ante = self._antecedent(c, loc, si)
            if ante is None and loc is None and (strong or (anaphoric and c.gov is not None)):
                ante = self._antecedent(c, None, si)
            if ante is not None:
                parts["_ante"] = ante
            elif req == "anaphor":
                return None
            elif loc is None and c.gov is None and not actors and not (typ in PHYSICAL and self._toll(si)):
                return None
        if src is None and tgt is None and not actors and parts.get("_ante") is None and loc is None and \
                not (typ in PHYSICAL and self._toll(si)):
            return None      # nobody and nowhere: "diplomacy is not free from challenges"
        if self._in_condition(c):
            return None      # "if Kigali does not withdraw its troops": a condition, not an event
        if self._habitual(c):
            return None      # "have accused each other of violations in the past", "speak regularly"
        date_value, date_span = self._date(c)
        s0, s1 = d.sentences[si]
        trig = (d.toks[min(c.tokens)].start, d.toks[max(c.tokens)].end)
        em = EventMention(type=typ, mode=mode, sentence=(s0, s1), trigger=(trig[0], trig[1], d.text[trig[0]:trig[1]]),
                          status=status, negated=negated)
        ante = parts.get("_ante")
        if ante is not None:
            em.source, em.target, em.actors = ante.source, ante.target, list(ante.actors)
            em.source_text, em.target_text = ante.source_text, ante.target_text
            em.actor_texts = list(ante.actor_texts)
            em.kb_actors = dict(ante.kb_actors)
            em.resolved = {"source": "antecedent"}
        if True:
            if ante is None:
                self._fill(em, "source", src)
                self._fill(em, "target", tgt)
            for a in actors:
                if a.mention is not None:
                    m = d.mentions[a.mention]
                    sp = (m.start, m.end)
                    if sp not in em.actors:
                        em.actors.append(sp)
                    self._kb_actor(em, a.mention)
                elif a.text:
                    em.actor_texts.append(a.text)
            for sp in (em.target, em.source):
                if sp is not None and sp not in em.actors:
                    em.actors.insert(0, sp)
        if loc is not None:
            if loc.mention is not None:
                m = d.mentions[loc.mention]
                em.location = (m.start, m.end)
                kb = country_id(m.text, place=True, want_id=True)
                if kb:
                    em.location_kb = kb
            elif loc.kb:
                em.location_kb = loc.kb
        if date_value:
            em.date_value = date_value
            em.date_span = date_span
            em.date = _contract_date(date_value)
        # planned by its date
        if em.date and self.published and status == "occurred" and len(em.date) == 10:
            try:
                when = date.fromisoformat(em.date)
            except ValueError:
                when = None
            if when is not None and when > self.published:
                if when <= self.published + timedelta(days=7) and self._past_tense(c) and date_span is not None and \
                        not any(ch.isdigit() for ch in d.text[date_span[0]:date_span[1]]):
                    # "pulled out of the deal on Monday", told in the past: the Monday before, not the next one
                    when = when - timedelta(days=7)
                    em.date = em.date_value = when.isoformat()
                else:
                    em.status = "planned"
        em.topics = self._topic_labels(parts.get("topic_heads", []))
        if em.status in ("occurred", "planned") and not em.negated:
            said = self._attributed(c)
            # "announced that it would withdraw its troops": an announced withdrawal is a concession made now
            if said and em.type == "RETREAT" and em.status == "planned":
                em.type, em.mode, em.status = "CONCEDE", None, "occurred"
            elif said and em.status == "occurred" and em.type not in VERBAL_ACTS and em.type != "CONSULT":
                em.status = "reported"      # "..., officials said", "according to residents"
        return em

    def _attributed(self, c: Cand) -> bool:
        """Is the clause of ``c`` what someone else says ("X was arrested, his lawyer said", "selon Y")?"""
        d, lex = self.d, self.lex
        if not d.parsed:
            return False
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else c.head)
        for _ in range(6):
            t = d.toks[x]
            h = d.head(x)
            for ch in d.children[x]:
                if d.toks[ch].norm in lex.sets["ACCORDING_TO"] or (
                        d.toks[ch].dep in ("prep", "obl", "obl:mod") and d.toks[ch].norm in
                        lex.first.get("ACCORDING_TO", set())):
                    return True
                if d.toks[ch].dep in ("parataxis", "ccomp") and self._vlemma(ch) in lex.sets["QUOTE_VERBS"] and ch > x:
                    return True   # inverted: "..., officials said"
            if h is None:
                return False
            if t.dep == "ccomp" and self._vlemma(h) in lex.sets["QUOTE_VERBS"]:
                s_tok, _ = self._subject(h)
                if s_tok is not None and d.ment_at[s_tok] is None and not self._same_actor(s_tok, c):
                    return True
                if s_tok is not None and not self._same_actor(s_tok, c):
                    return True
                return False
            if t.dep in ("ROOT", "root"):
                return False
            x = h
        return False

    def _same_actor(self, s_tok: int, c: Cand) -> bool:
        """When the speaker is the doer ("Russia said it had withdrawn"), the statement is first-hand."""
        src = c.parts.get("source")
        q = self._resolve(s_tok, generic=True, any_noun=True)
        return src is not None and q is not None and _same(src, q)

    def _fill(self, em: EventMention, role: str, p: Part | None) -> None:
        if p is None:
            return
        d = self.d
        if p.mention is not None:
            m = d.mentions[p.mention]
            setattr(em, role, (m.start, m.end))
            self._kb_actor(em, p.mention)
        elif p.text:
            setattr(em, role + "_text", p.text)
        if p.np is not None:
            setattr(em, role + "_np", p.np)
        if p.how:
            em.resolved[role] = p.how

    def _kb_actor(self, em: EventMention, mi: int) -> None:
        m = self.d.mentions[mi]
        c = demonym_country(m.text)
        if c:
            kb = capital_of(c, country=True)
            if kb:
                em.kb_actors[f"{m.start},{m.end}"] = kb

    def _toll(self, si: int) -> bool:
        """Does the sentence give a death or injury toll?"""
        idx = [i for i in self.d.tokens_in(*self.d.sentences[si])]
        return bool(idx) and any(f["kind"] in ("dead", "injured") for f in find_figures(self.d, self.lex, idx))

    def _in_condition(self, c: Cand) -> bool:
        d, lex = self.d, self.lex
        if not d.parsed:
            return False
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else c.head)
        for _ in range(4):
            t = d.toks[x]
            if any(d.toks[m].dep == "mark" and d.toks[m].norm in lex.sets["CONDITIONAL_MARKS"] for m in d.children[x]):
                return t.dep in ("advcl", "ccomp", "conj") or d.head(x) is not None
            if t.dep not in ("xcomp", "conj", "obj", "dobj", "nsubj", "nsubj:pass", "obl", "nmod", "pobj", "prep"):
                return False
            h = d.head(x)
            if h is None:
                return False
            x = h
        return False

    def _past_tense(self, c: Cand) -> bool:
        d = self.d
        if not d.tagged:
            return False
        x = c.pred if c.kind != "noun" else c.gov
        if x is None:
            return False
        t = d.toks[x]
        return t.tag in ("VBD", "VBN") or ("Tense=Past" in t.morph and "Tense=Fut" not in t.morph and
                                           not any("Tense=Fut" in d.toks[a].morph for a in d.kids(x, AUX)))

    def _habitual(self, c: Cand) -> bool:
        d, lex = self.d, self.lex
        cues = lex.sets["HABITUAL_CUES"]
        if not cues or not d.parsed:
            return False
        x = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else c.head)
        multi = lex.multi.get("HABITUAL_CUES", [])
        for ch in d.children[x]:
            if d.toks[ch].dep in SUBJ | PASS_SUBJ | OBJ | {"ccomp", "xcomp", "conj"}:
                continue
            sub = d.subtree(ch)
            if any(d.toks[k].pos == "NUM" or d.toks[k].norm in lex.number_words for k in sub):
                continue        # "in the past two weeks" is a time
            words = [d.toks[k].norm for k in sub]
            if any(w in cues for w in words):
                return True
            for m in multi:
                n = len(m)
                if any(tuple(words[k:k + n]) == m for k in range(len(words) - n + 1)):
                    return True
        return False

    def _plural_subject(self, c: Cand) -> bool:
        d = self.d
        if c.kind not in ("verb", "light") or not d.parsed:
            return False
        s, _ = self._subject(c.pred)
        if s is None:
            return False
        return "Number=Plur" in d.toks[s].morph or bool(d.kids(s, CONJ)) or d.toks[s].tag in ("NNS", "NNPS")

    def _has_object(self, c: Cand) -> bool:
        d = self.d
        if not d.parsed:
            return True
        return bool(d.kids(c.pred, OBJ | PASS_SUBJ | {"xcomp", "ccomp"})) or bool(d.preps(c.pred))

    def _anaphoric(self, c: Cand) -> str:
        """"strong" for "a new round", "these talks"; "weak" for "the talks"; "" otherwise."""
        d, lex = self.d, self.lex
        if not d.parsed:
            return ""
        out = ""
        for ch in d.children[c.head]:
            w = d.toks[ch].norm
            if w in lex.sets["ANAPHORIC_ADJECTIVES"] or w in lex.sets["DEMONSTRATIVES"]:
                return "strong"
            if w in lex.sets["ANAPHORIC_DETERMINERS"]:
                out = "weak"
        return out

    def _quoted(self, pos: int) -> bool:
        """Inside a direct quotation (someone's words, not the reporter's account)."""
        if self._quotes is None:
            from .quotes import _direct_spans
            self._quotes = _direct_spans(self.d.text, self.lex)
        return any(a <= pos < b for a, b in self._quotes)

    def _antecedent(self, c: Cand, loc: Part | None, si: int) -> EventMention | None:
        d = self.d
        typ = c.value[0]
        loc_text = fold(d.mentions[loc.mention].text) if loc is not None and loc.mention is not None else None
        for em in reversed(self.events):
            if em.type != typ or self._quoted(em.trigger[0]):
                continue
            if not (em.source or em.target or em.actors):
                continue
            if loc_text is not None:
                if em.location is not None and fold(d.text[em.location[0]:em.location[1]]) == loc_text:
                    return em
                continue
            if d.sentence_of(em.sentence[0]) >= si - 3:
                return em
            break
        return None

    # ================================================================== status
    def _status(self, c: Cand, question: bool) -> tuple[str, bool]:
        d, lex = self.d, self.lex
        negated = False
        planned = hypothetical = reported = False
        if not d.parsed:
            lo = max(c.head - 4, d.sentences[d.tok_sent[c.head]][0] and 0)
            for j in range(max(0, c.head - 4), c.head):
                w = d.toks[j].norm
                if w in lex.sets["NEGATIONS"] and d.same_sentence(j, c.head):
                    negated = True
                if w in lex.sets["FUTURE_AUX"] or w in lex.sets["AUX_FUTURE_LEMMAS"]:
                    planned = True
                if w in lex.sets["HYPOTHETICAL_AUX"]:
                    hypothetical = True
            return _status_word(planned, hypothetical, reported, question, negated), negated
        # the clause word whose auxiliaries and governors tell the status
        clause = c.pred if c.kind != "noun" else (c.gov if c.gov is not None else None)
        if c.kind == "noun":
            for ch in d.children[c.head]:
                t = d.toks[ch]
                if t.norm in lex.sets["NEGATIONS"] and t.dep in ("det", "neg", "advmod", "case"):
                    negated = True
                keys = lex.keys(t.text, t.lemma)
                if t.dep in ("amod", "acl", "advmod") and t.pos != "NOUN" and keys & lex.sets["PLANNED_GOVERNORS"]:
                    planned = True
                if t.dep in ("amod", "acl") and keys & lex.sets["HYPOTHETICAL_GOVERNORS"]:
                    hypothetical = True
            if d.prep_of(c.head) in lex.sets["NEGATIONS"]:
                negated = True
            if c.gov is not None and (self._vlemma(c.gov) in lex.sets["PLANNED_GOVERNORS"] or
                                      d.toks[c.gov].norm in lex.sets["PLANNED_GOVERNORS"]):
                planned = True
        if c.kind in ("noun", "light"):
            # "stressed the need to continue negotiations", "la nécessité de poursuivre le processus de
            # négociation": an event a noun of need or wish governs is not one that happened
            x = c.head
            for _ in range(4):
                h = d.head(x)
                if h is None or d.toks[x].dep in SUBJ | PASS_SUBJ or d.toks[x].dep in ("ROOT", "root"):
                    break
                th = d.toks[h]
                if d.is_noun(h) and lex.keys(th.text, th.lemma) & lex.sets["NEED_NOUNS"]:
                    hypothetical = True
                    break
                x = h
        chain = [clause] if clause is not None else []
        # walk up through control verbs: "plans to visit", "va se rendre", "is expected to meet"
        x = clause
        for _ in range(4):
            if x is None:
                break
            t = d.toks[x]
            h = d.head(x)
            if h is None or t.dep not in ("xcomp", "ccomp", "advcl", "csubj", "acl") and not (
                    t.dep in ("obj", "dobj") and d.is_verb(x)):
                break
            if t.dep in ("ccomp", "advcl") and not (t.dep == "advcl" and any(
                    d.toks[m].norm in lex.sets["CONDITIONAL_MARKS"] for m in d.kids(x, {"mark"}))):
                if t.dep == "advcl" and any(d.toks[m].norm in lex.sets["PURPOSE_MARKS"] for m in d.kids(x, {"mark"})):
                    hypothetical = True
                break
            chain.append(h)
            x = h
        for k, v in enumerate(chain):
            t = d.toks[v]
            vl = self._vlemma(v)
            if k > 0:
                if vl in lex.sets["PLANNED_GOVERNORS"] or vl in lex.sets["FUTURE_GOVERNORS"]:
                    planned = True
                elif vl in lex.sets["NEGATING_GOVERNORS"]:
                    negated = True
                elif vl in lex.sets["HYPOTHETICAL_GOVERNORS"] and v != c.intent:
                    hypothetical = True
                elif vl in lex.sets["REPORTED_CUES"]:
                    reported = True
            if "Tense=Fut" in t.morph:
                planned = True
            cnd = "Mood=Cnd" in t.morph or (
                t.norm.endswith(tuple(lex.sets["CONDITIONAL_ENDINGS"])) and bool(lex.sets["CONDITIONAL_ENDINGS"]) and
                not any(d.toks[a].dep in AUX for a in d.children[v]))
            for ch in d.children[v]:
                ct = d.toks[ch]
                w = ct.norm
                if ct.dep in AUX or ct.pos == "AUX" or (ct.dep == "xcomp" and False):
                    if w in lex.sets["FUTURE_AUX"] or fold(ct.lemma) in lex.sets["AUX_FUTURE_LEMMAS"] or \
                            lex.vforms.get(w) in lex.sets["AUX_FUTURE_LEMMAS"]:
                        planned = True
                    elif w in lex.sets["HYPOTHETICAL_AUX"] or lex.vforms.get(w) in lex.sets["HYPOTHETICAL_AUX"]:
                        hypothetical = True
                    if "Tense=Fut" in ct.morph:
                        planned = True
                    if "Mood=Cnd" in ct.morph:
                        if "VerbForm=Part" in t.morph:
                            reported = True
                        else:
                            cnd = True
                if ct.dep in ("neg",) or (ct.dep in ("advmod", "det", "mark", "case") and w in lex.sets["NEGATIONS"]):
                    negated = True
                if ct.dep in ("advmod",) and w in lex.sets["REPORTED_CUES"]:
                    reported = True
                if ct.dep == "mark" and w in lex.sets["CONDITIONAL_MARKS"]:
                    hypothetical = True
            if cnd and not reported:
                # "a annoncé qu'elle retirerait ses troupes": a future seen from the past, not a hypothesis
                if k == 0 and d.toks[v].dep == "ccomp" and d.head(v) is not None and \
                        self._vlemma(d.head(v)) in lex.sets["QUOTE_VERBS"] and not any(
                        d.toks[m].norm in lex.sets["CONDITIONAL_MARKS"] for m in d.children[v]):
                    planned = True
                else:
                    hypothetical = True
        # an unreal clause above: "if they meet", a question
        return _status_word(planned, hypothetical, reported, question, negated), negated

    # ================================================================== dates
    def _date(self, c: Cand) -> tuple[str | None, tuple[int, int] | None]:
        d, lex = self.d, self.lex
        si = d.tok_sent[c.head]
        rel = self._relative_date(c, si)
        if rel is not None:
            return rel
        xs = [xi for xi, x in enumerate(d.timexes) if d.sentence_of(x.start) == si and _usable(x)]
        if not xs:
            return None, None
        if not d.parsed:
            best = min(xs, key=lambda xi: abs(d.timexes[xi].start - d.toks[c.head].start))
            return self._value(best, c)
        attach: dict[int, list[int]] = {}
        for xi in xs:
            x = d.timexes[xi]
            toks = list(d.tokens_in(x.start, x.end))
            if not toks:
                continue
            inside = set(toks)
            root = next((t for t in toks if d.head(t) is None or d.head(t) not in inside), toks[0])
            a = d.head(root)
            while a is not None and a in inside:
                a = d.head(a)
            # climb to the nearest verb or event word
            y = a
            for _ in range(6):
                if y is None:
                    break
                if d.is_verb(y) or y in c.tokens or y == c.pred or y in self._cand_heads:
                    break
                y = d.head(y)
            if y is not None:
                attach.setdefault(y, []).append(xi)
            if a is not None and a != y:
                attach.setdefault(a, []).append(xi)
        # the trigger itself, the verb it hangs from, then up its clause chain
        order = list(c.tokens) + [c.pred]
        if c.gov is not None:
            order.append(c.gov)
        if c.kind == "noun":
            order.extend(x for x in d.children[c.head] if d.toks[x].dep in RELCL | {"acl"})
        x = c.pred if c.kind != "noun" else c.head
        for _ in range(8):
            h = d.head(x)
            if h is None:
                break
            order.append(h)
            x = h
        for y in order:
            if y in attach:
                best = attach[y][0]
                return self._value(best, c)
        return None, None

    def _relative_date(self, c: Cand, si: int):
        """"three days after a meeting with Putin" (said on Monday): the meeting was three days before Monday."""
        d, lex = self.d, self.lex
        rel_words = lex.sets["AFTER_WORDS"] | lex.sets["BEFORE_WORDS"]
        first = min(c.tokens)
        for xi, x in enumerate(d.timexes):
            if d.sentence_of(x.start) != si or x.end > d.toks[first].start:
                continue
            toks = list(d.tokens_in(x.end, d.toks[first].start))
            words = [lex.norm(w) for w in re.findall(r"[\w'-]+", x.text)]
            rel = None
            if words and words[-1] in rel_words:
                rel = words[-1]
                gap = toks
            elif toks and d.toks[toks[0]].norm in rel_words:
                rel = d.toks[toks[0]].norm
                gap = toks[1:]
            else:
                continue
            if len([t for t in gap if not d.is_det(t) and d.toks[t].pos not in ("ADJ",)]) > 0:
                continue
            n = _count(words, lex)
            if n is None:
                continue
            amount, unit = n
            days = {"D": 1, "W": 7}.get(unit)
            if not days:
                continue
            for y in d.timexes:
                if y is x or d.sentence_of(y.start) != si or not re.match(r"^\d{4}-\d{2}-\d{2}$", y.value or ""):
                    continue
                try:
                    a = date.fromisoformat(y.value)
                except ValueError:
                    continue
                delta = timedelta(days=amount * days)
                v = a - delta if rel in lex.sets["AFTER_WORDS"] else a + delta
                return v.isoformat(), (x.start, x.end)
        return None

    def _value(self, xi: int, c: Cand) -> tuple[str | None, tuple[int, int] | None]:
        """The date of a time expression, or a date counted from it: "three days after a meeting"."""
        d, lex = self.d, self.lex
        x = d.timexes[xi]
        words = [lex.norm(w) for w in re.findall(r"[\w'-]+", x.text)]
        rel = None
        if words and (words[-1] in lex.sets["AFTER_WORDS"] or words[-1] in lex.sets["BEFORE_WORDS"]):
            rel = words[-1]
        else:
            # the word right after the expression
            after = [t for t in d.tokens_in(x.end, x.end + 12)]
            if after and d.toks[after[0]].norm in lex.sets["AFTER_WORDS"] | lex.sets["BEFORE_WORDS"]:
                rel = d.toks[after[0]].norm
        if rel is not None and d.toks[c.head].start >= x.end:
            n = _count(words, lex)
            if n is not None:
                amount, unit = n
                anchor = None
                for yi, y in enumerate(d.timexes):
                    if yi != xi and d.sentence_of(y.start) == d.sentence_of(x.start) and re.match(r"^\d{4}-\d{2}-\d{2}$", y.value):
                        anchor = y
                        break
                if anchor is not None:
                    try:
                        a = date.fromisoformat(anchor.value)
                    except ValueError:
                        a = None
                    if a is not None:
                        days = {"D": 1, "W": 7}.get(unit)
                        if days:
                            delta = timedelta(days=amount * days)
                            v = a - delta if rel in lex.sets["AFTER_WORDS"] else a + delta
                            return v.isoformat(), (x.start, x.end)
                return None, None
        return x.value, (x.start, x.end)

    # ================================================================== topics
    def _is_topic_word(self, o: int) -> bool:
        t = self.d.toks[o]
        return bool(self.lex.keys(t.text, t.lemma) & self.lex.topic_keys)

    def _topic_labels(self, heads: list[int]) -> list[str]:
        out: list[str] = []
        for h in heads:
            for lab in self._topic_of(h, deep=True):
                if lab not in out:
                    out.append(lab)
        return out

    def _topics(self, idx: list[int]) -> list[str]:
        out: list[str] = []
        tk = self.lex.topic_keys
        vf, nf, norms = self.lex.vforms, self.lex.nforms, self.d.norms
        for i in idx:
            w = norms[i]
            if w in tk or vf.get(w) in tk or nf.get(w) in tk:
                for lab in self._topic_of(i, deep=False):
                    if lab not in out:
                        out.append(lab)
        return out

    def _topic_of(self, h: int, deep: bool) -> list[str]:
        d, lex = self.d, self.lex
        t = d.toks[h]
        keys = lex.keys(t.text, t.lemma)
        labels = []
        for k in sorted(keys):
            tpl = lex.topics.get(k)
            if tpl:
                labels.append(tpl)
                break
        if not labels:
            if deep:
                mi = d.ment_at[h]
                if mi is not None and d.mentions[mi].label in ("PLACE", "ORG"):
                    name = english_place(d.mentions[mi].text) if d.mentions[mi].label == "PLACE" else d.mentions[mi].text
                    return [name]
                if d.parsed:
                    out = []
                    for c in d.children[h]:
                        if d.toks[c].dep in ("nmod", "amod", "compound", "conj") or d.prep_of(c):
                            out.extend(self._topic_of(c, deep=False))
                    return out
            return []
        place = None
        if d.parsed:
            near = [h] + [x for x in d.subtree(h) if abs(x - h) <= 6]
            if t.dep in ("amod", "compound") and d.head(h) is not None:
                near += [x for x in d.subtree(d.head(h)) if abs(x - h) <= 6]
            for x in near:
                mi = d.ment_at[x]
                if mi is not None and d.mentions[mi].label in ("PLACE", "OTHER"):
                    m = d.mentions[mi]
                    place = english_place(m.text)
                    if place:
                        break
        out = []
        for tpl in labels:
            if place:
                out.append(tpl.replace("{place}", place))
            else:
                out.append(re.sub(r"\s*(\b(in|of)\s+)?\{place\}\s*", " ", tpl).strip())
        return out


# ====================================================================== helpers

def _has(parts: dict, p: Part) -> bool:
    return any(q is not None and _same(q, p) for q in [parts.get("source"), parts.get("target")] + parts.get("actors", []))


def _same(a: Part, b: Part) -> bool:
    if a.mention is not None and b.mention is not None:
        return a.mention == b.mention
    if a.text and b.text:
        return fold(a.text) == fold(b.text)
    return False


def _copy_span(sp, how):
    if sp is None:
        return None
    return Part(np=sp, how=how)


def _status_word(planned, hypothetical, reported, question, negated) -> str:
    if question or negated:
        return "hypothetical"
    if hypothetical:
        return "hypothetical"
    if planned:
        return "planned"
    if reported:
        return "reported"
    return "occurred"


def _usable(x) -> bool:
    if x.type not in ("DATE", "TIME"):
        return False
    v = x.value or ""
    return bool(re.match(r"^(\d{4}|XXXX)", v))


def _contract_date(v: str) -> str | None:
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if not m:
        return None
    y, mo, da = m.groups()
    if mo and da:
        return f"{y}-{mo}-{da}"
    if mo:
        return f"{y}-{mo}"
    return y


def _count(words: list[str], lex: Lex):
    n = None
    unit = None
    for w in words:
        if n is None:
            if w.isdigit():
                n = int(w)
                continue
            v = lex.number_words.get(w)
            if isinstance(v, (int, float)):
                n = v
                continue
        if w in lex.units:
            unit = lex.units[w]
    if n is None or unit is None:
        return None
    return n, unit


def _attach_figures(out, figures, previous, si, d) -> None:
    if not figures:
        return
    for f in figures:
        kinds = {"dead": ("ASSAULT",), "injured": ("ASSAULT",), "money": ("AID", "SANCTION", "AGREE", "COOPERATE"),
                 "quantity": ()}[f["kind"]]
        target = None
        for c, em in out:
            if em.type in kinds:
                target = em
                break
        if target is None and f["kind"] in ("dead", "injured"):
            for em in reversed(previous):
                if em.type == "ASSAULT" and d.sentence_of(em.sentence[0]) >= si - 2:
                    target = em
                    break
        if target is None and out and f["kind"] in ("money", "quantity"):
            # the event whose trigger is nearest
            target = min(out, key=lambda ce: abs(ce[1].trigger[0] - f["start"]))[1]
        if target is not None:
            target.figures.append(f)


def extract_events(text, lang, docs, sentences, mentions, timexes, published) -> list[EventMention]:
    return Extractor(text, lang, docs, sentences, mentions, timexes, published).run()
