"""Per-language entity data (``newsloom/lang/<code>/entities.py``) turned into lookup tables.

A language without a data file (or ``und``) gets the union of every language's tables.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..kb.text import norm

LANGS = ("en", "fr", "es", "de")


def toks(s: str) -> tuple[str, ...]:
    """Normalised tokens of a phrase; elided articles split off ("d'etat" -> "d'", "etat")."""
    out: list[str] = []
    for w in norm(s).split():
        while "'" in w[:-1]:
            i = w.index("'")
            out.append(w[: i + 1])
            w = w[i + 1:]
        if w:
            out.append(w)
    return tuple(out)


def inflect(base: str, rules: list[tuple[str, list[str]]]) -> list[str]:
    for ending, reps in rules:
        if base.endswith(ending):
            stem = base[: len(base) - len(ending)] if ending else base
            return [base] + [stem + r for r in reps]
    return [base]


@dataclass
class LangData:
    code: str
    articles: set[str] = field(default_factory=set)
    elisions: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    not_alone: set[str] = field(default_factory=set)
    credit_markers: set[str] = field(default_factory=set)
    credit_links: set[str] = field(default_factory=set)
    demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)   # tokens -> country code
    demonym_caps: dict[tuple[str, ...], bool] = field(default_factory=dict)  # must be capitalised in text
    titles: dict[tuple[str, ...], tuple[str, str | None]] = field(default_factory=dict)
    title_vocab: set[str] = field(default_factory=set)
    max_title: int = 1
    blockers: set[tuple[str, ...]] = field(default_factory=set)
    connectors: list[tuple[str, ...]] = field(default_factory=list)
    remit_preps: list[tuple[str, ...]] = field(default_factory=list)
    government_forms: list[tuple[str, ...]] = field(default_factory=list)
    locative_preps: set[str] = field(default_factory=set)
    common_lower: set[str] = field(default_factory=set)
    time_words: set[str] = field(default_factory=set)
    lowercase_places: bool = False
    genitive_endings: tuple[str, ...] = ()
    common_capitalised: set[str] = field(default_factory=set)
    org_heads: set[str] = field(default_factory=set)        # first words that make a name an organisation
    datelines: list = field(default_factory=list)           # compiled agency-dateline patterns
    names_end_capitalised: bool = False                     # trailing lower-case words are not in a name
    double_surnames: bool = False                           # "Elena Gómez Rey": "Gómez" alone names her
    place_endings: list = field(default_factory=list)       # (ending, English ending) of country names
    hyphen_compounds: bool = False                          # "SPD-Chef": a name in a compound is no mention
    # NER features (newsloom.crfner): lexicons read from installed packages, and word endings
    word_frequencies: str | None = None                     # wordfreq language code of the language
    foreign_frequencies: tuple[str, ...] = ()               # other languages' lists: names are common there too
    noun_lexicon: str | None = None                         # package of the language's nouns (german_nouns)
    ner_noun_suffixes: tuple[str, ...] = ()                 # endings of common nouns (lower case, as written)
    ner_adj_suffixes: tuple[str, ...] = ()                  # endings of adjectives and demonyms
    ner_org_words: set[str] = field(default_factory=set)    # words in or beside organisation names

    def merge(self, o: "LangData") -> None:
        for name in ("articles", "elisions", "honorifics", "particles", "not_alone", "credit_markers",
                     "credit_links", "blockers", "locative_preps", "common_lower", "title_vocab", "time_words",
                     "common_capitalised", "org_heads"):
            getattr(self, name).update(getattr(o, name))
        for name in ("demonyms", "demonym_caps", "titles"):
            for k, v in getattr(o, name).items():
                getattr(self, name).setdefault(k, v)
        for name in ("connectors", "remit_preps", "government_forms"):
            lst = getattr(self, name)
            lst.extend(x for x in getattr(o, name) if x not in lst)
            lst.sort(key=len, reverse=True)
        self.max_title = max(self.max_title, o.max_title)
        self.lowercase_places = self.lowercase_places or o.lowercase_places


def _module(code: str):
    try:
        return importlib.import_module(f"newsloom.lang.{code}.entities")
    except ImportError:
        return None


def _build(code: str) -> LangData:
    m = _module(code)
    d = LangData(code)
    if m is None:
        return d
    g = lambda name, default=(): getattr(m, name, default)  # noqa: E731
    d.articles = {norm(a) for a in g("ARTICLES")}
    d.elisions = {norm(a) for a in g("ELISIONS")}
    d.honorifics = {norm(a) for a in g("HONORIFICS")}
    d.particles = {norm(a) for a in g("NAME_PARTICLES")}
    d.not_alone = {norm(a) for a in g("NOT_ALONE")}
    d.credit_markers = {norm(a) for a in g("CREDIT_MARKERS")}
    d.credit_links = {norm(a) for a in g("CREDIT_LINKS")}
    caps = bool(g("DEMONYMS_CAPITALISED", False))
    rules = list(g("DEMONYM_INFLECTIONS", []))
    for code2, forms in g("DEMONYMS", {}).items():
        for f in forms.split("|"):
            f = f.strip()
            if not f:
                continue
            for form in inflect(f, rules):
                t = toks(form)
                if t and t not in d.demonyms:
                    d.demonyms[t] = code2
                    d.demonym_caps[t] = caps
    for phrase, key, default in g("ROLE_TITLES", []):
        t = toks(phrase)
        d.titles[t] = (key, default)
        d.title_vocab.update(t)
        d.max_title = max(d.max_title, len(t))
    d.blockers = {toks(b) for b in g("ROLE_BLOCKERS")}
    d.connectors = sorted({toks(c) for c in g("CONNECTORS")}, key=len, reverse=True)
    d.remit_preps = sorted({toks(c) for c in g("REMIT_PREPS")}, key=len, reverse=True)
    d.government_forms = sorted({toks(c) for c in g("GOVERNMENT_FORMS")}, key=len, reverse=True)
    d.locative_preps = {norm(a) for a in g("LOCATIVE_PREPS")}
    d.common_lower = {norm(a) for a in g("COMMON_LOWER")}
    d.time_words = {norm(a) for a in g("TIME_WORDS")}
    d.lowercase_places = bool(g("LOWERCASE_PLACES", False))
    d.genitive_endings = tuple(g("GENITIVE_ENDINGS", ()))
    d.common_capitalised = set(g("COMMON_CAPITALISED", ()))
    d.org_heads = {norm(a) for a in g("ORG_HEADS")}
    d.datelines = [re.compile(p, re.M) for p in g("DATELINES")]
    d.names_end_capitalised = bool(g("NAMES_END_CAPITALISED", False))
    d.double_surnames = bool(g("DOUBLE_SURNAMES", False))
    d.place_endings = [(norm(a), norm(b)) for a, b in g("PLACE_NAME_ENDINGS", [])]
    d.hyphen_compounds = bool(g("HYPHEN_COMPOUNDS", False))
    d.word_frequencies = g("WORD_FREQUENCIES", None)
    d.foreign_frequencies = tuple(g("FOREIGN_FREQUENCIES", ()))
    d.noun_lexicon = g("NOUN_LEXICON", None)
    d.ner_noun_suffixes = tuple(x.lower() for x in g("NER_NOUN_SUFFIXES", ()))
    d.ner_adj_suffixes = tuple(x.lower() for x in g("NER_ADJ_SUFFIXES", ()))
    d.ner_org_words = {x.lower() for x in g("NER_ORG_WORDS", ())}
    return d


@lru_cache(maxsize=None)
def get(lang: str | None) -> LangData:
    """The data of ``lang``; for a language without data, every language's data merged."""
    lang = (lang or "und").lower()
    if lang in LANGS and _module(lang) is not None:
        return _build(lang)
    d = LangData(lang)
    for code in LANGS:
        d.merge(_build(code))
    return d


@lru_cache(maxsize=None)
def all_demonyms() -> dict[tuple[str, ...], str]:
    """Demonyms of every language (tokens -> country code): a French article may say "American"."""
    out: dict[tuple[str, ...], str] = {}
    for code in LANGS:
        for k, v in _build(code).demonyms.items():
            out.setdefault(k, v)
    return out


@lru_cache(maxsize=None)
def capitalised_demonyms() -> dict[tuple[str, ...], str]:
    """Demonyms of the languages that capitalise them (English "French"): the ones a capitalised word of
    another language's text may be ("the French" in a German article), unlike Spanish "chinas" or French
    "indiens", which a capitalised German "Chinas", "Indiens" (genitives of country names) are not."""
    out: dict[tuple[str, ...], str] = {}
    for code in LANGS:
        d = _build(code)
        for k, v in d.demonyms.items():
            if d.demonym_caps.get(k):
                out.setdefault(k, v)
    return out


@lru_cache(maxsize=None)
def with_english(lang: str | None) -> LangData:
    """``lang``'s data plus the English data (English titles and honorifics turn up in every language)."""
    d = LangData((lang or "und") + "+en")
    d.merge(get(lang))
    if (lang or "") != "en":
        d.merge(get("en"))
    return d


@lru_cache(maxsize=None)
def english():
    """The English rendering tables (role names, styles, overrides, country adjectives)."""
    return importlib.import_module("newsloom.lang.en.entities")


@lru_cache(maxsize=None)
def country_adjective(code: str) -> str | None:
    en = english()
    if code in en.COUNTRY_TITLE_ADJ:
        return en.COUNTRY_TITLE_ADJ[code]
    forms = en.DEMONYMS.get(code)
    return forms.split("|")[0] if forms else None
