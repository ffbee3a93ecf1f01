"""The article as the events engine reads it: spaCy tokens with absolute offsets, mentions and timexes on
tokens, and the few dependency relations it needs, named the same for both label schemes spaCy models use
(ClearNLP for English, Universal Dependencies for French, Spanish, German).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .lexicon import Lex

SUBJ = {"nsubj", "csubj", "expl:subj", "sb"}
PASS_SUBJ = {"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"}
OBJ = {"dobj", "obj", "oa"}
IOBJ = {"iobj", "dative", "da"}
AGENT = {"agent", "obl:agent"}
EN_PREP = {"prep", "agent", "dative"}
UD_OBL = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "obl:tmod", "nmod:poss", "iobj"}
POBJ = {"pobj", "pcomp"}
AUX = {"aux", "auxpass", "aux:pass", "aux:tense", "aux:caus", "cop"}
CONJ = {"conj"}
APPOS = {"appos"}
FLAT = {"flat", "flat:name", "compound", "nn", "fixed"}
RELCL = {"relcl", "acl:relcl"}
POSS = {"poss", "nmod:poss", "det:poss"}
MODS = {"amod", "compound", "nn", "flat", "flat:name", "nummod", "nmod:poss", "poss"}
# relations that end a clause: walking up through one of them leaves the clause
BOUNDARY = {"conj", "relcl", "acl:relcl", "advcl", "parataxis", "appos", "ROOT", "root", "list", "dep", "punct",
            "discourse", "vocative", "csubj", "csubjpass", "csubj:pass"}
SUBJECT_EDGES = SUBJ | PASS_SUBJ


@dataclass(slots=True)
class Tok:
    """What the engine needs of a spaCy token, with offsets into the whole article."""

    i: int            # index in the article's token list
    start: int
    end: int
    text: str
    norm: str         # folded, elision expanded
    pos: str
    tag: str
    dep: str
    head: int         # article index of the head (itself for a root)
    morph: str
    lemma: str
    ws: bool


class ArticleDoc:
    def __init__(self, text: str, docs, sentences, mentions, timexes, lex: Lex):
        self.text = text
        self.lex = lex
        self.parsed = False
        self.tagged = False
        cols: dict[str, list] = {k: [] for k in ("start", "end", "text", "norm", "pos", "tag", "dep", "head",
                                                 "morph", "lemma", "ws")}
        for off, doc in docs:
            base = len(cols["start"])
            try:
                self.parsed = self.parsed or doc.has_annotation("DEP")
                self.tagged = self.tagged or doc.has_annotation("POS") or doc.has_annotation("TAG")
            except Exception:  # noqa: BLE001 - old spaCy versions
                pass
            _columns(doc, off, base, lex, text, cols)
        n = len(cols["start"])
        self.cols = cols
        self.norms = cols["norm"]
        self.starts = cols["start"]
        heads, deps = cols["head"], cols["dep"]
        joined = _join_fragments([(s.start, s.end) for s in sentences], text)
        self.sentences = _refine(joined, cols, text)
        self.sent_starts = [s for s, _ in self.sentences]
        # sentence of each token (tokens and sentences are both in order)
        self.tok_sent = ts = [0] * n
        k = 0
        ns = len(self.sentences)
        starts = self.starts
        for i in range(n):
            while k + 1 < ns and self.sent_starts[k + 1] <= starts[i]:
                k += 1
            ts[i] = k
        # a dependency that crosses a sentence boundary is a parse error: cut it
        for i in range(n):
            h = heads[i]
            if h != i and ts[i] != ts[h]:
                heads[i] = i
                deps[i] = "ROOT"
        if len(joined) < len(sentences) and self.parsed:
            self._repair_roots()
        c = cols
        self.toks = list(map(Tok, range(n), c["start"], c["end"], c["text"], c["norm"], c["pos"], c["tag"],
                             c["dep"], c["head"], c["morph"], c["lemma"], c["ws"]))
        self.children = [[] for _ in range(n)]
        for i in range(n):
            h = heads[i]
            if h != i:
                self.children[h].append(i)
        self.mentions = list(mentions)
        self.ment_at: list[int | None] = [None] * n
        for mi, m in enumerate(self.mentions):
            for ti in self.tokens_in(m.start, m.end):
                cur = self.ment_at[ti]
                if cur is None or (self.mentions[cur].end - self.mentions[cur].start) < (m.end - m.start):
                    self.ment_at[ti] = mi
        self.timexes = list(timexes)
        self.timex_at: list[int | None] = [None] * n
        for xi, x in enumerate(self.timexes):
            for ti in self.tokens_in(x.start, x.end):
                self.timex_at[ti] = xi

    def _repair_roots(self) -> None:
        """A sentence the model cut into pieces ("Kinshasa et Kigali" | "ont convenu ...") has one root per
        piece: the noun phrase before the first verb becomes its subject, later pieces hang from it."""
        c = self.cols
        heads, deps, pos, texts = c["head"], c["dep"], c["pos"], c["text"]
        by_sent: dict[int, list[int]] = {}
        for i in range(len(heads)):
            if heads[i] == i and pos[i] not in ("PUNCT", "SPACE") and not texts[i].isspace():
                by_sent.setdefault(self.tok_sent[i], []).append(i)
        for roots in by_sent.values():
            if len(roots) < 2:
                continue
            verbs = [r for r in roots if pos[r] in ("VERB", "AUX")]
            if not verbs:
                continue
            v0 = verbs[0]
            first_frag = None
            for r in roots:
                if r in verbs:
                    continue
                has_case = any(heads[j] == r and deps[j] in ("case", "prep") for j in range(max(0, r - 4), r))
                if r < v0:
                    if first_frag is None and not has_case:
                        first_frag = r
                        heads[r], deps[r] = v0, "nsubj"
                    else:
                        heads[r], deps[r] = (first_frag if first_frag is not None else v0), "nmod"
                else:
                    prev_verb = max(v for v in verbs if v < r)
                    heads[r], deps[r] = prev_verb, ("obl" if has_case else "obj")

    # ---- positions
    def tokens_in(self, start: int, end: int) -> range:
        a = bisect.bisect_right(self.starts, start) - 1
        if a < 0 or (a < len(self.starts) and self.cols["end"][a] <= start):
            a += 1
        b = bisect.bisect_left(self.starts, end)
        return range(max(a, 0), b)

    def sentence_of(self, pos: int) -> int:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return max(k, 0)

    def span_text(self, i: int, j: int) -> str:
        """Text of tokens i..j inclusive."""
        return self.text[self.toks[i].start:self.toks[j].end]

    # ---- tree
    def head(self, i: int) -> int | None:
        h = self.cols["head"][i]
        return None if h == i else h

    def kids(self, i: int, deps: set[str] | None = None) -> list[int]:
        if deps is None:
            return self.children[i]
        dep = self.cols["dep"]
        return [c for c in self.children[i] if dep[c] in deps]

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            x = stack.pop()
            out.append(x)
            stack.extend(self.children[x])
        return sorted(out)

    def edges(self, i: int) -> tuple[int, int]:
        st = self.subtree(i)
        return st[0], st[-1]

    def ancestors(self, i: int):
        seen = set()
        h = self.head(i)
        while h is not None and h not in seen:
            seen.add(h)
            yield h
            h = self.head(h)

    def same_sentence(self, a: int, b: int) -> bool:
        return self.tok_sent[a] == self.tok_sent[b]

    # ---- word classes (from tags where the model gives them)
    def is_verb(self, i: int) -> bool:
        t = self.toks[i]
        if self.tagged:
            return t.pos == "VERB" or (t.pos in ("ADJ", "AUX") and "VerbForm=Part" in t.morph and t.pos != "AUX")
        return t.norm in self.lex.vforms

    def is_noun(self, i: int) -> bool:
        t = self.toks[i]
        if self.tagged:
            return t.pos in ("NOUN", "PROPN")
        return t.norm in self.lex.nforms

    def is_det(self, i: int) -> bool:
        t = self.toks[i]
        return t.pos in ("DET", "PRON") and t.dep in ("det", "poss", "det:poss", "nmod:poss") or t.norm in \
            self.lex.sets["DETERMINERS"]

    def preps(self, i: int) -> list[tuple[str, int]]:
        """(preposition, object) pairs hanging from token i, for both label schemes."""
        out: list[tuple[str, int]] = []
        lex = self.lex
        for c in self.children[i]:
            d = self.toks[c].dep
            if d in EN_PREP:
                objs = self.kids(c, POBJ)
                words = [self.toks[c].norm]
                if not objs:  # "according to X", "because of X": the second word carries the object
                    for c2 in self.kids(c, {"prep"}):
                        o2 = self.kids(c2, POBJ)
                        if o2:
                            words.append(self.toks[c2].norm)
                            objs = o2
                            break
                p = " ".join(lex.prep_forms.get(w, w) for w in words)
                for o in objs:
                    out.append((p, o))
            elif d in UD_OBL:
                case = [x for x in self.children[c] if self.toks[x].dep in ("case", "fixed") and x < c]
                if not case:
                    if d in ("nmod:poss",):
                        out.append(("'s", c))
                    continue
                words = []
                for x in sorted(case):
                    words.append(self.toks[x].norm)
                    words.extend(self.toks[f].norm for f in self.kids(x, {"fixed"}))
                p = " ".join(lex.prep_forms.get(w, w) for w in words)
                out.append((p, c))
        return out

    def prep_of(self, i: int) -> str | None:
        """The preposition that introduces token i (as object of a preposition), if any."""
        t = self.toks[i]
        if t.dep in POBJ:
            h = self.head(i)
            if h is not None:
                return self.lex.prep_forms.get(self.toks[h].norm, self.toks[h].norm)
        case = [x for x in self.children[i] if self.toks[x].dep == "case" and x < i]
        if case:
            w = " ".join(self.toks[x].norm for x in sorted(case))
            return self.lex.prep_forms.get(w, w)
        return None

    def governor(self, i: int) -> tuple[int | None, str]:
        """The content word token i depends on, skipping a preposition (English), and the relation."""
        t = self.toks[i]
        h = self.head(i)
        if h is None:
            return None, "ROOT"
        if t.dep in POBJ and self.toks[h].dep in EN_PREP | {"prep"}:
            h2 = self.head(h)
            return h2, "prep"
        return h, t.dep


_STR_CACHE: dict[int, str] = {}


def _columns(doc, off: int, base: int, lex: Lex, text: str, cols: dict[str, list]) -> None:
    """The Doc's token attributes, read through ``to_array`` (several times faster than token attributes),
    appended column by column."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, MORPH, POS, SPACY, TAG

    n = len(doc)
    if not n:
        return
    arr = doc.to_array([IDX, LENGTH, HEAD, DEP, POS, TAG, MORPH, LEMMA, SPACY])
    idx, lens, heads, deps, poss, tags, morphs, lemmas, sps = (arr[:, k].tolist() for k in range(9))
    strings = doc.vocab.strings
    cache = _STR_CACHE
    if len(cache) > 200_000:
        cache.clear()
    for col in (deps, poss, tags, morphs, lemmas):
        for h in set(col):
            if h not in cache:
                try:
                    cache[h] = strings[h] if h else ""
                except (KeyError, IndexError):
                    cache[h] = ""
    nc = lex._norm_cache
    norm = lex.norm
    starts = [off + x for x in idx]
    ends = [s + ln for s, ln in zip(starts, lens)]
    texts = [text[s:e] for s, e in zip(starts, ends)]
    big = 2 ** 62
    cols["start"].extend(starts)
    cols["end"].extend(ends)
    cols["text"].extend(texts)
    cols["norm"].extend([nc.get(w) or norm(w) for w in texts])
    cols["pos"].extend([cache[h] for h in poss])
    cols["tag"].extend([cache[h] for h in tags])
    cols["dep"].extend([cache[h] for h in deps])
    # relative heads come back as unsigned
    cols["head"].extend([base + i + (h - 2 ** 64 if h > big else h) for i, h in enumerate(heads)])
    cols["morph"].extend([cache[h] for h in morphs])
    cols["lemma"].extend([cache[h] for h in lemmas])
    cols["ws"].extend(sps)


def _join_fragments(sentences: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences a model cut in the middle (no final punctuation, no line break before the next one) are
    put back together: "Kinshasa et Kigali" + "ont convenu le mois dernier ..."."""
    out: list[tuple[int, int]] = []
    for s0, s1 in sentences:
        if out:
            p0, p1 = out[-1]
            prev = text[p0:p1].rstrip()
            gap = text[p1:s0]
            if prev and prev[-1] not in ".!?\u2026:;" and "\n" not in gap and len(gap) <= 2 and \
                    not (prev[-1] in "\u00bb\u201d\"" and len(prev) > 1 and prev[-2] in ".!?"):
                out[-1] = (p0, s1)
                continue
        out.append((s0, s1))
    return out


def _refine(sentences: list[tuple[int, int]], cols: dict[str, list], text: str) -> list[tuple[int, int]]:
    """Sentences as given, cut again where a full stop stands alone before a capital letter ("... avancées.
    Les entretiens ..."): models sometimes run two sentences together, and their parse across the cut
    is not to be trusted."""
    starts, ends, texts = cols["start"], cols["end"], cols["text"]
    n = len(starts)
    out: list[tuple[int, int]] = []
    closing = ("\u00bb", "\u201d", '"', ")")
    for s0, s1 in sentences:
        a = bisect.bisect_left(starts, s0)
        cut = s0
        i = a
        while i < n and starts[i] < s1:
            if texts[i] in (".", "!", "?") and i + 1 < n and starts[i + 1] < s1:
                j = i + 1
                while j < n and (texts[j] in closing or texts[j].isspace()) and starts[j] < s1:
                    j += 1
                if j < n and starts[j] < s1:
                    first = texts[j][:1]
                    if first.isupper() or first in "\u00ab\u201c\"":
                        k = j - 1
                        while k > i and texts[k].isspace():
                            k -= 1
                        end = ends[k]
                        if end > cut:
                            out.append((cut, end))
                        cut = starts[j]
                        i = j
                        continue
            i += 1
        if s1 > cut:
            out.append((cut, s1))
    return out
