"""A compact CRF named-entity tagger as a spaCy component, for languages without a spaCy model (German).

The component ``newsloom_crf_ner`` tags tokens B-/I-PER, ORG, LOC, MISC with a linear-chain CRF
(python-crfsuite) over hand-made features: the word, its prefixes and suffixes, shape, position in the
sentence, the neighbouring words, and what newsloom's knowledge base and the language's entity data
(``lang/<code>/entities.py``: role titles, honorifics, demonyms, articles, noun and adjective endings,
organisation words) say about each token, with two lexicons read from installed packages
(``newsloom.lexicon``): how common the word is in the language and in other languages (wordfreq; a name is
common in many languages, a German noun only in German), and whether the language's dictionary lists it as
a common noun, a noun compound or a name (the German Wiktionary's nouns, ``german_nouns``). Nothing is
specific to one language: the language's data comes from the doc's language.

A model directory (``src/newsloom/models/de_ner``) is an ordinary spaCy pipeline folder; spaCy finds the
factory once this module is imported (``newsloom.nlp`` does so before loading a model). The weights are in
``newsloom_crf_ner/model.crfsuite``. Training: ``benchmarks/train_de_ner.py``.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .kb import get_kb, name_lists, scan_words
from .kb.text import fold, norm
from .lexicon import NAME_CLASSES, noun_lexicon, zipf_buckets
from .link.langdata import get as langdata

LABELS = ("PER", "ORG", "LOC", "MISC")
_SHAPE = [(re.compile(r"[A-ZÄÖÜÀ-Þ]"), "X"), (re.compile(r"[a-zäöüßà-ÿ]"), "x"), (re.compile(r"\d"), "d")]
_SENT_END = {".", "!", "?", ":", ";", "\n"}


def shape(w: str) -> str:
    s = w
    for rx, c in _SHAPE:
        s = rx.sub(c, s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def gazetteer(doc: Doc) -> list[str]:
    """Per token: what the knowledge base knows it as ("B-PLACE-city", "I-ORG-org", "" for nothing).

    The longest knowledge-base name starting at each word (accent-folded, case-sensitive, all cities) wins; a
    name with a genitive ending ("Europas") counts as the name."""
    kb = get_kb()
    idx = kb.scan_index(True)
    ld = langdata(doc.lang_)
    out = [""] * len(doc)
    # scan words (as the knowledge base cuts names) with the token each belongs to
    words: list[tuple[str, int]] = []
    for t in doc:
        for w in scan_words(t.text):
            words.append((w, t.i))
    i, n = 0, len(words)
    while i < n:
        w, ti = words[i]
        cands = list(idx.get(w, ()))
        for end in ld.genitive_endings:
            if w.endswith(end) and len(w) > len(end) + 2:
                cands += [(ws[:-1] + (w,), e) for ws, e in idx.get(w[: -len(end)], ()) if len(ws) == 1]
        hit = None
        for ws, e in cands:
            L = len(ws)
            if i + L <= n and all(words[i + k][0] == ws[k] for k in range(L)):
                hit = (L, e)
                break
        if hit is None:
            i += 1
            continue
        L, e = hit
        first, last = words[i][1], words[i + L - 1][1]
        for k in range(first, last + 1):
            if not out[k]:
                out[k] = ("B-" if k == first else "I-") + e.type + "-" + e.kind
        i += L
    return out


def _lexicon(lang: str):
    ld = langdata(lang)
    titles = {w for t in ld.titles for w in t}
    return ld, titles


# groups of features that ``features(doc, off=...)`` can leave out (ablations: benchmarks/train_de_ner.py --off)
GROUPS = ("freq", "xfreq", "nouns", "morph", "orgwords", "hyphen", "context")
_NAME_BITS = {v: k for k, v in NAME_CLASSES.items()}


def features(doc: Doc, off: frozenset | set | tuple = ()) -> list[list[str]]:
    """CRF features of every token of ``doc`` (strings: crfsuite reads "name=value" as a binary feature)."""
    out = _base_features(doc)
    _lexical_features(doc, out, frozenset(off))
    return out


def _lexical_features(doc: Doc, out: list[list[str]], off: frozenset) -> None:
    """Word frequency, dictionary and morphology features (appended to ``out``), and those of the neighbours."""
    ld = langdata(doc.lang_)
    toks = list(doc)
    n = len(toks)
    start = [t.i == 0 or toks[t.i - 1].text in _SENT_END for t in toks]
    freq = zipf_buckets(ld.word_frequencies) if ld.word_frequencies else None
    foreign = [zipf_buckets(code) for code in ld.foreign_frequencies]
    forms, names = noun_lexicon(ld.noun_lexicon) if ld.noun_lexicon else (None, None)
    key = (doc.lang_, off)
    memo = _MEMO.setdefault(key, {})
    if len(memo) > _MEMO_MAX:
        memo.clear()
    ex: list[list[str]] = []
    for k, t in enumerate(toks):
        got = memo.get((t.text, start[k]))
        if got is None:
            got = memo[(t.text, start[k])] = _token_lexical(t.text, start[k], ld, freq, foreign, forms, names, off)
        ex.append(got)
    for k in range(n):
        out[k] += ex[k]
        if "context" in off:
            continue
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                out[k] += [f"{d}:" + x for x in ex[j] if x.startswith(("orgw", "orgsuf", "czf", "xld"))]


_MEMO: dict = {}      # (language, groups off) -> {(word, sentence start): its lexical features}
_MEMO_MAX = 200_000


def _token_lexical(w: str, at_start: bool, ld, freq, foreign, forms, names, off) -> list[str]:
    """The lexical features of one word (they depend on nothing else: computed once per word and process)."""
    f: list[str] = []
    lw = w.lower()
    cap = w[:1].isupper()
    zf = freq.get(lw) if freq is not None else 0
    if freq is not None and "freq" not in off:
        f.append(f"zf={zf}")
        if cap:
            f.append(f"czf={zf}|{int(at_start)}")
    if foreign and cap and len(w) > 1 and "xfreq" not in off:
        o = max(x.get(lw) for x in foreign)
        f.append(f"xl={o}")
        f.append(f"xld={max(-3, min(3, zf - o))}")
    if forms is not None and cap and w.isalpha() and "nouns" not in off:
        if w in forms:
            f.append("gn_noun")
        elif len(w) >= 7 and any(w[j:].capitalize() in forms for j in range(3, len(w) - 3)):
            f.append("gn_cmp")  # a compound whose last part is a noun ("Künstlervereinigung")
        bits = names.get(w)
        if not bits and w.endswith("s") and w not in forms:
            bits = names.get(w[:-1])  # genitive of a name ("Merkels")
            f += [f"gn_gen_{_NAME_BITS[b]}" for b in _NAME_BITS if bits & b]
        else:
            f += [f"gn_{_NAME_BITS[b]}" for b in _NAME_BITS if bits & b]
    if cap and "morph" not in off:
        if any(lw.endswith(x) and len(lw) > len(x) + 2 for x in ld.ner_noun_suffixes):
            f.append("nounsuf")
        a = next((x for x in ld.ner_adj_suffixes if lw.endswith(x) and len(lw) > len(x) + 2), None)
        if a:
            f.append("adjsuf=" + a)
    if "orgwords" not in off:
        if lw in ld.ner_org_words:
            f.append("orgw")
        elif cap and any(lw.endswith(x) for x in ld.ner_org_words if len(x) >= 5):
            f.append("orgsuf")
    if "-" in w[1:] and "hyphen" not in off:
        first, last = w.split("-", 1)[0], w.rsplit("-", 1)[-1]
        f.append("hyf_sh=" + shape(first)[:4])
        if last[:1].islower():
            f.append("hyl_lower")
        if freq is not None:
            f.append(f"hylzf={freq.get(last.lower())}")
    return f


def _base_features(doc: Doc) -> list[list[str]]:
    ld, title_words = _lexicon(doc.lang_)
    given, surnames, places = name_lists()
    gaz = gazetteer(doc)
    toks = list(doc)
    lowers = [t.text.lower() for t in toks]
    keys = [norm(t.text) for t in toks]
    # words the document also writes in lower case: a capitalised one of them is likely an ordinary noun
    lower_seen = {t.text for t in toks if t.text.islower()}
    town = [""] * len(toks)
    k = 0
    while k < len(toks):
        for ws in places.get(toks[k].text, ()):
            if all(k + j < len(toks) and toks[k + j].text == ws[j] for j in range(len(ws))):
                for j in range(len(ws)):
                    town[k + j] = "B" if j == 0 else "I"
                k += len(ws) - 1
                break
        k += 1
    start = [t.i == 0 or t.is_sent_start or toks[t.i - 1].text in _SENT_END for t in toks]
    base = []
    for k, t in enumerate(toks):
        w = t.text
        f = [f"w={lowers[k]}", f"s2={lowers[k][-2:]}", f"s3={lowers[k][-3:]}", f"s4={lowers[k][-4:]}",
             f"s5={lowers[k][-5:]}", f"p3={lowers[k][:3]}", f"p4={lowers[k][:4]}", f"sh={shape(w)}"]
        if w[:1].isupper():
            f.append("cap")
        if w.isupper() and len(w) > 1:
            f.append("upper")
        if any(c.isdigit() for c in w):
            f.append("digit")
        if "-" in w[1:]:
            f.append("hyphen")
            f.append(f"hyph_last={w.rsplit('-', 1)[-1].lower()[-4:]}")
        if start[k]:
            f.append("sent_start")
        if gaz[k]:
            f.append(f"gaz={gaz[k]}")
            f.append(f"gaz_t={gaz[k][:2]}{gaz[k].split('-')[1]}")
        if town[k]:
            f.append("town=" + town[k])
        if w in given:
            f.append("given")
        if w in surnames:
            f.append("surname")
        if keys[k] in title_words:
            f.append("title")
        if keys[k] in ld.honorifics:
            f.append("honorific")
        if keys[k] in ld.articles:
            f.append("article")
        if (keys[k],) in ld.demonyms:
            f.append("demonym")
        if w[:1].isupper() and w.lower() in lower_seen:
            f.append("seen_lower")
        if len(w) == 1 and not w.isalnum():
            f.append("punct")
        base.append(f)
    out = []
    n = len(toks)
    for k in range(n):
        f = ["bias"] + base[k]
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                f.append(f"{d}:w={lowers[j]}")
                if abs(d) == 2:
                    f += [f"{d}:" + x for x in base[j] if x.startswith(("cap", "gaz_t", "title", "given"))]
                if abs(d) == 1:
                    f += [f"{d}:" + x for x in base[j] if x.startswith(("cap", "gaz", "title", "honorific", "article", "given", "surname", "town",
                                                                           "sh=", "s3=", "demonym", "upper"))]
            else:
                f.append(f"{d}:none")
        if k > 0:
            f.append(f"-1w+w={lowers[k - 1]}|{lowers[k]}")
        if k + 1 < n:
            f.append(f"w+1w={lowers[k]}|{lowers[k + 1]}")
        out.append(f)
    return out


def bio_tags(doc: Doc) -> list[str]:
    tags = ["O"] * len(doc)
    for e in doc.ents:
        tags[e.start] = "B-" + e.label_
        for k in range(e.start + 1, e.end):
            tags[k] = "I-" + e.label_
    return tags


class CRFTagger:
    """The spaCy component: reads ``model.crfsuite`` from its folder, sets ``doc.ents``."""

    def __init__(self, nlp: Language, name: str = "newsloom_crf_ner"):
        self.name = name
        self.tagger = None
        self.model_bytes: bytes | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None or not len(doc):
            return doc
        tags = self.tagger.tag(features(doc))
        spans = []
        k, n = 0, len(tags)
        while k < n:
            t = tags[k]
            if t == "O" or t[:2] not in ("B-", "I-"):
                k += 1
                continue
            label = t[2:]
            j = k + 1
            while j < n and tags[j] == "I-" + label:
                j += 1
            spans.append(doc[k:j])
            spans[-1].label_ = label
            k = j
        doc.ents = filter_spans(spans)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def load_model(self, path: Path) -> None:
        import pycrfsuite

        self.model_bytes = Path(path).read_bytes()
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(self.model_bytes)

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model_bytes is not None:
            (path / "model.crfsuite").write_bytes(self.model_bytes)

    def from_disk(self, path, exclude=tuple()):
        p = Path(path) / "model.crfsuite"
        if p.exists():
            self.load_model(p)
        return self


@Language.factory("newsloom_crf_ner")
def make_crf_ner(nlp: Language, name: str) -> CRFTagger:
    return CRFTagger(nlp, name)
