"""Quotes: direct (between quotation marks) and reported ("said that ...", "selon X, ...", "..., said X").

The speaker is the subject of the speech verb (or what follows an inverted one: "indique la porte-parole,
Temmie Bruce"), or the object of "according to" / "selon"; a pronoun speaker is the last speaker quoted
(else the last person named); a speaker that is no named entity ("a member of Séjourné's entourage") is
kept as words only.
"""
from __future__ import annotations

import re

from .doc import OBJ, PASS_SUBJ, SUBJ
from .records import QuoteMention

MIN_DIRECT_WORDS = 3           # shorter quoted words are scare quotes unless someone is said to say them
MIN_REPORTED_TOKENS = 4
MAX_QUOTE_CHARS = 3000


def extract_quotes(x) -> list[QuoteMention]:
    d, lex = x.d, x.lex
    text = d.text
    if not d.toks:
        return []
    direct = _direct_spans(text, lex)
    reported: list[tuple[tuple[int, int], int | None, tuple[int, int] | None]] = []  # (content, speaker tok, speaker np)
    for si, (s0, s1) in enumerate(d.sentences):
        idx = list(d.tokens_in(s0, s1))
        if not idx:
            continue
        cues = lex.sets["ACCORDING_TO"] | lex.first.get("ACCORDING_TO", set())
        norms = d.norms
        if not any(norms[i] in lex.quote_forms or norms[i] in cues for i in idx):
            continue
        reported.extend(_reported(x, idx, s0, s1))
    out: list[QuoteMention] = []
    last_speaker: list[tuple[int, int | None, str | None]] = []   # (sentence index, mention, text)
    items: list[tuple[int, int, int | None, bool]] = []  # (start, end, speaker tok, direct)
    covered_direct: set[tuple[int, int]] = set()
    for (cs, ce), spk, _ in reported:
        inner = [q for q in direct if q[0] >= cs - 2 and q[1] <= ce + 2]
        big = [q for q in inner if (q[1] - q[0]) >= 0.5 * (ce - cs)]
        if big:
            for q in big:
                items.append((q[0], q[1], spk, True))
                covered_direct.add(q)
            for q in inner:
                covered_direct.add(q)
        else:
            items.append((cs, ce, spk, False))
            covered_direct.update(inner)
    for q in direct:
        if q in covered_direct:
            continue
        nwords = len(re.findall(r"\w+", text[q[0]:q[1]]))
        spk = _speaker_near(x, q)
        follows = any(o[3] and o[1] <= q[0] and d.sentence_of(q[0]) - d.sentence_of(max(o[0], o[1] - 1)) <= 1
                      for o in items)
        if spk is None and nwords < MIN_DIRECT_WORDS * 2 and not (follows and nwords >= MIN_DIRECT_WORDS):
            continue
        if nwords < MIN_DIRECT_WORDS:
            continue
        items.append((q[0], q[1], spk, True))
    items.sort(key=lambda it: (it[0], -(it[1] - it[0])))
    kept = []
    for it in items:
        if any(o[0] <= it[0] and it[1] <= o[1] and (o[0], o[1]) != (it[0], it[1]) and o[2] is not None
               for o in kept):
            continue        # a quote inside a quote: the outer speaker's words
        kept.append(it)
    items = kept
    seen: set[tuple[int, int]] = set()
    prev_direct = None          # (sentence index of its end, mention, text) of the last direct quote with a speaker
    for s, e, spk, is_direct in items:
        if (s, e) in seen or e <= s:
            continue
        seen.add((s, e))
        si0, si1 = d.sentence_of(s), d.sentence_of(max(s, e - 1))
        sent = (d.sentences[si0][0], d.sentences[si1][1]) if d.sentences else (s, e)
        mention, stext = None, None
        if spk is not None:
            mention, stext = _speaker(x, spk, si0, last_speaker)
        elif is_direct and prev_direct is not None and si0 - prev_direct[0] <= 1:
            # "« ... », a déclaré le ministre. « La réforme sera appliquée. »": the same speaker goes on
            mention, stext = prev_direct[1], prev_direct[2]
        if is_direct and (mention is not None or stext):
            prev_direct = (si1, mention, stext)
        qm = QuoteMention(text=(s, e), sentence=sent, speaker=None, speaker_text=stext, direct=is_direct)
        if mention is not None:
            m = d.mentions[mention]
            qm.speaker = (m.start, m.end)
        if mention is not None or stext:
            last_speaker.append((si0, mention, stext))
        out.append(qm)
    return out


def _direct_spans(text: str, lex) -> list[tuple[int, int]]:
    """The outermost quotations: « Il nous a dit : « attendez », puis plus rien » is one quote (the words inside
    it are the speaker's too, never a second quote)."""
    out: list[tuple[int, int]] = []

    def trim(s: int, e: int) -> tuple[int, int]:
        while s < e and text[s] in " \u00a0\u202f":
            s += 1
        while e > s and text[e - 1] in " \u00a0\u202f":
            e -= 1
        return s, e

    marks = lex.quote_marks or [("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb")]
    for o, c in marks:
        if o == c or o == "\u2018":
            continue
        depth, start = 0, 0
        for m in re.finditer(re.escape(o) + "|" + re.escape(c) + "|\n", text):
            ch = m.group(0)
            if ch == "\n":
                depth = 0           # a quote does not run over a paragraph break
            elif ch == o:
                if depth == 0:
                    start = m.end()
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0 and m.start() - start <= MAX_QUOTE_CHARS:
                    s, e = trim(start, m.start())
                    if e > s and not any(s < b and a < e for a, b in out):
                        out.append((s, e))
    for o, c in marks:
        if o != c or o == "\u2018":
            continue  # single quotes double as apostrophes
        pat = re.compile(re.escape(o) + r"([^" + re.escape(o + c) + r"\n]{1," + str(MAX_QUOTE_CHARS) + r"})" + re.escape(c))
        for m in pat.finditer(text):
            s, e = m.start(1), m.end(1)
            while s < e and text[s] in " \u00a0\u202f":
                s += 1
            while e > s and text[e - 1] in " \u00a0\u202f":
                e -= 1
            if e > s and not any(s < b and a < e for a, b in out):
                out.append((s, e))
    return sorted(out)


def _clip(d, lo: int, hi: int) -> tuple[int, int] | None:
    """Char span of tokens lo..hi without edge punctuation and a leading 'that' / 'que'."""
    lex = d.lex
    while lo <= hi and (d.toks[lo].pos == "PUNCT" or d.toks[lo].norm in ("that", "que", "qu'", "que", "whether",
                                                                          "dass", ",")):
        if d.toks[lo].text in ("\u00ab", "\u201c", '"') and False:
            break
        lo += 1
    while hi >= lo and d.toks[hi].pos == "PUNCT" and d.toks[hi].text not in ("\u00bb", "\u201d", '"', "?", "!"):
        hi -= 1
    if hi < lo:
        return None
    s, e = d.toks[lo].start, d.toks[hi].end
    # a quotation mark that opens inside and closes outside: keep the pair
    frag = d.text[s:e]
    for o, c in lex.quote_marks or []:
        if o != c and frag.count(o) > frag.count(c) and d.text[e:e + 3].lstrip().startswith(c):
            e = d.text.index(c, e) + len(c)
    return s, e


def _reported(x, idx: list[int], s0: int, s1: int):
    d, lex = x.d, x.lex
    out = []
    if not d.parsed:
        return out
    qverbs = {v for v in lex.sets["QUOTE_VERBS"]}
    for v in idx:
        t = d.toks[v]
        if t.norm not in lex.quote_forms:
            continue
        if not d.is_verb(v) and t.pos not in ("VERB",):
            continue
        lem = x._vlemma(v)
        if lem not in qverbs:
            continue
        kids = d.children[v]
        subj = [c for c in kids if d.toks[c].dep in SUBJ]
        if any(d.toks[c].dep in PASS_SUBJ for c in kids):
            continue
        content = [c for c in kids if d.toks[c].dep in ("ccomp",) and d.toks[c].pos != "PRON"]
        speaker = subj[0] if subj else None
        span = None
        if content:
            c = content[0]
            lo, hi = d.edges(c)
            # the verb's own subject inside the content range means a bad parse: leave it
            span = _clip(d, lo, hi)
        else:
            h = d.head(v)
            inverted = (h is not None and h < v and d.toks[v].dep in ("parataxis", "ccomp", "advcl", "conj", "dep"))
            if d.toks[v].dep in ("ROOT", "root"):
                before = [c for c in kids if c < v and d.toks[c].dep in ("parataxis", "advcl", "ccomp", "dep", "conj")
                          and d.is_verb(c)]
                if before:
                    lo, _ = d.edges(before[0])
                    hi = min([v] + [c for c in kids if c < v and d.toks[c].dep in ("aux", "aux:tense", "aux:pass",
                                                                                  "punct")]) - 1
                    span = _clip(d, lo, hi)
                    if speaker is None or speaker < v:
                        after = [c for c in kids if c > v and d.toks[c].dep in SUBJ | OBJ]
                        speaker = after[0] if after else speaker
            elif inverted:
                lo = idx[0]
                hi = min([v] + [c for c in kids if c < v and d.toks[c].dep in ("aux", "aux:tense", "aux:pass",
                                                                              "punct", "advmod")]) - 1
                span = _clip(d, lo, hi)
                if speaker is None:
                    after = [c for c in kids if c > v and d.toks[c].dep in SUBJ | OBJ]
                    speaker = after[0] if after else None
            if span is None and lem in lex.sets["CONTENT_OBJECT_VERBS"]:
                objs = [c for c in kids if d.toks[c].dep in OBJ]
                if objs:
                    lo, hi = d.edges(objs[0])
                    if hi - lo + 1 >= MIN_REPORTED_TOKENS:
                        span = _clip(d, lo, hi)
        if span is None or speaker is None:
            continue
        ntok = len(list(d.tokens_in(*span)))
        if ntok < MIN_REPORTED_TOKENS and not any(ch in d.text[span[0]:span[1]] for ch in "\u00ab\u201c\""):
            continue
        if span[0] <= d.toks[speaker].start < span[1]:
            continue
        out.append((span, speaker, None))
    # "according to X, ...", "selon X, ..."
    cues = lex.sets["ACCORDING_TO"] | lex.first.get("ACCORDING_TO", set())
    for i in idx:
        t = d.toks[i]
        hit = None
        if t.norm not in cues:
            continue
        for phrase in lex.according:
            k = len(phrase)
            if tuple(d.toks[j].norm for j in range(i, min(i + k, len(d.toks)))) == phrase:
                hit = k
                break
        if hit is None:
            continue
        j = i + hit
        if j > idx[-1]:
            continue
        # the speaker: the noun phrase right after the cue
        spk = j
        while spk <= idx[-1] and d.is_det(spk):
            spk += 1
        if spk > idx[-1]:
            continue
        root = spk
        for _ in range(4):
            h = d.head(root)
            if h is None or not (i <= h <= idx[-1]) or h < i or d.toks[h].start >= d.toks[min(idx[-1], spk + 12)].end:
                break
            if h <= i + hit - 1 or d.is_verb(h):
                break
            root = h
        lo_pp, hi_pp = i, d.edges(root)[1] if d.parsed else spk
        hi_pp = max(hi_pp, spk)
        # the content: the rest of the sentence
        if lo_pp <= idx[0] + 1:
            span = _clip(d, hi_pp + 1, idx[-1])
        else:
            span = _clip(d, idx[0], lo_pp - 1)
        if span is None:
            continue
        if len(list(d.tokens_in(*span))) < MIN_REPORTED_TOKENS:
            continue
        out.append((span, root, None))
    return out


def _speaker_near(x, q: tuple[int, int]) -> int | None:
    """A speech verb right before or after a direct quote ("X said: « ... »", "« ... », a-t-il dit")."""
    d, lex = x.d, x.lex
    si = d.sentence_of(q[0])
    s0, s1 = d.sentences[si]
    # a quote that ends its sentence may have its speech verb in the next one ("« ... », a déclaré X.")
    after_end = q[1] + 80 if d.text[q[1]:s1].strip(" \u00a0\u202f\u00bb\u201d\".,") == "" else s1
    nxt = len(d.text)
    if si + 1 < len(d.sentences):
        nxt = d.sentences[si + 1][1]
    for rng in (range(q[1], min(after_end, nxt, q[1] + 80)), range(max(s0, q[0] - 120), q[0])):
        toks = list(d.tokens_in(rng.start, rng.stop))
        for v in toks:
            if d.toks[v].norm in lex.quote_forms and x._vlemma(v) in lex.sets["QUOTE_VERBS"]:
                subj = [c for c in d.children[v] if d.toks[c].dep in SUBJ] if d.parsed else []
                subj = [c for c in subj if not (q[0] <= d.toks[c].start < q[1])]
                if subj:
                    return subj[0]
                after = [c for c in d.children[v] if c > v and d.toks[c].dep in OBJ | SUBJ and
                         not (q[0] <= d.toks[c].start < q[1])] if d.parsed else []
                if after:
                    return after[0]
    return None


def _speaker(x, tok: int, si: int, last_speaker) -> tuple[int | None, str | None]:
    d, lex = x.d, x.lex
    t = d.toks[tok]
    if t.norm in lex.sets["PERSON_PRONOUNS"]:
        for k in range(len(last_speaker) - 1, -1, -1):
            ssi, mi, stext = last_speaker[k]
            if ssi >= si - 3 and (mi is not None and d.mentions[mi].label == "PERSON"):
                return mi, stext
        p = x._pronoun(tok)
        if p is not None and p.mention is not None:
            m = d.mentions[p.mention]
            return p.mention, m.text
        return None, t.text
    p = x._resolve(tok, generic=False)
    lo, hi = _speaker_span(d, tok)
    stext = d.text[lo:hi]
    if p is not None and p.mention is not None:
        if d.ment_at[tok] is None and not lex.keys(t.text, t.lemma) & (lex.sets["ROLE_NOUNS"] | lex.sets["SPOKES_NOUNS"]):
            # "un habitant de Kherson", "a resident of Kherson": someone from there, not the place
            m = d.mentions[p.mention]
            if d.mentions[p.mention].label == "PLACE" or any(
                    pp in lex.sets["OF_PREPS"] and d.toks[o].start <= m.start < d.toks[d.edges(o)[1]].end
                    for pp, o in d.preps(tok)):
                return None, stext
        return p.mention, stext
    if lex.keys(t.text, t.lemma) & lex.sets["STATEMENT_NOUNS"] and d.parsed:
        # "according to an announcement from the Elysee": whoever issued it
        for y in d.subtree(tok):
            mi = d.ment_at[y]
            if mi is not None and d.mentions[mi].label in ("ORG", "PERSON") and lo <= d.toks[y].start < hi:
                return mi, stext
    return None, stext


def _speaker_span(d, tok: int) -> tuple[int, int]:
    if not d.parsed:
        return d.toks[tok].start, d.toks[tok].end
    sub = [y for y in d.subtree(tok) if d.same_sentence(y, tok)]
    lex = d.lex
    cues = lex.sets["ACCORDING_TO"] | lex.first.get("ACCORDING_TO", set())
    sub = [y for y in sub if not (y < tok and (d.toks[y].dep == "case" or d.toks[y].norm in cues))]
    lo, hi = sub[0], sub[-1]
    while lo < hi and d.toks[lo].pos == "PUNCT":
        lo += 1
    # stop at a clause inside the subject
    for y in sub:
        if y > tok and d.toks[y].dep in ("relcl", "acl:relcl", "parataxis", "ccomp", "advcl"):
            hi = min(hi, d.edges(y)[0] - 1)
    while hi > lo and d.toks[hi].pos == "PUNCT":
        hi -= 1
    return d.toks[lo].start, d.toks[hi].end
