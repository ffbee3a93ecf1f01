"""A language's event data (``newsloom/lang/<code>/events.py``) turned into lookup tables.

The engine never asks which language it reads: everything that differs between languages is here.
A language without a data file (``und``, or one not written yet) gets the union of every language's tables.
"""
from __future__ import annotations

import importlib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

LANGS = ("en", "fr", "es", "de")
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

Value = tuple[str, str | None] | None        # (PLOVER type, mode) or None for "not an event"


def fold(s: str) -> str:
    """Lower case, accents off, typographic apostrophes made plain."""
    s = s.lower().replace("\u2019", "'").replace("\u02bc", "'")
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def parse_value(v) -> Value:
    if v is None:
        return None
    t, _, m = str(v).partition(":")
    t = t.strip().upper()
    if t not in TYPES:
        raise ValueError(f"unknown PLOVER type {t!r}")
    return t, (m.strip() or None)


def inflect(lemma: str, rules: list[tuple[str, list[str]]]) -> list[str]:
    """Forms of ``lemma`` by the first rule whose ending matches ("~" = stem, "%" = stem's last letter)."""
    out = [lemma]
    for ending, reps in rules:
        if lemma.endswith(ending):
            stem = lemma[: len(lemma) - len(ending)] if ending else lemma
            for r in reps:
                if "~" in r or "%" in r:
                    f = r.replace("~", stem).replace("%", stem[-1:] if stem else "")
                else:
                    f = stem + r
                out.append(f)
            break
    return out


@dataclass
class Lex:
    code: str
    vforms: dict[str, str] = field(default_factory=dict)      # folded surface form -> verb lemma
    nforms: dict[str, str] = field(default_factory=dict)      # folded surface form -> noun lemma
    verbs: dict[str, Value] = field(default_factory=dict)
    reflexive: dict[str, Value] = field(default_factory=dict)  # verbs that are triggers only with "se"
    nouns: dict[str, Value] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], Value, bool]]] = field(default_factory=dict)  # first word -> ...
    verb_object: dict[str, list[tuple[str, Value]]] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)
    senses: dict[str, list[tuple[set[str], Value]]] = field(default_factory=dict)
    requires: dict[str, str] = field(default_factory=dict)
    sets: dict[str, set[str]] = field(default_factory=dict)    # every list of words, folded
    multi: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # multi-word cues, folded tokens
    first: dict[str, set[str]] = field(default_factory=dict)   # first words of the multi-word cues
    elisions: dict[str, str] = field(default_factory=dict)
    prep_forms: dict[str, str] = field(default_factory=dict)
    quote_marks: list[tuple[str, str]] = field(default_factory=list)
    number_words: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    decimal_comma: bool = False
    topics: dict[str, str] = field(default_factory=dict)
    trigger_forms: set[str] = field(default_factory=set)      # every folded form that may start a trigger
    quote_forms: set[str] = field(default_factory=set)
    topic_keys: set[str] = field(default_factory=set)
    number_first: set[str] = field(default_factory=set)        # first words of number words and phrases
    according: list[tuple[str, ...]] = field(default_factory=list)
    _norm_cache: dict[str, str] = field(default_factory=dict)
    _keys_cache: dict = field(default_factory=dict)

    # ---- lookups
    def s(self, name: str) -> set[str]:
        return self.sets.get(name, set())

    def norm(self, w: str) -> str:
        f = self._norm_cache.get(w)
        if f is None:
            f = fold(w)
            f = self.elisions.get(f, f)
            if len(self._norm_cache) < 200_000:
                self._norm_cache[w] = f
        return f

    def keys(self, w: str, lemma: str = "") -> frozenset[str]:
        """Every lemma a surface word may stand for (itself, as verb, as noun, the model's lemma)."""
        k = (w, lemma)
        out = self._keys_cache.get(k)
        if out is not None:
            return out
        f = self.norm(w)
        s = {f}
        v = self.vforms.get(f)
        if v:
            s.add(v)
        n = self.nforms.get(f)
        if n:
            s.add(n)
        if lemma:
            s.add(fold(lemma))
        out = frozenset(s)
        if len(self._keys_cache) < 200_000:
            self._keys_cache[k] = out
        return out

    def in_class(self, keys: set[str], name: str) -> bool:
        return bool(keys & self.classes.get(name, set()))

    def expand(self, words: set[str]) -> set[str]:
        out: set[str] = set()
        for w in words:
            if w.startswith("@"):
                out |= self.classes.get(w[1:], set())
            else:
                out.add(w)
        return out


_LIST_NAMES = (
    "LIGHT_VERBS", "HAPPEN_VERBS", "PLANNED_GOVERNORS", "FUTURE_AUX", "HYPOTHETICAL_AUX", "HYPOTHETICAL_GOVERNORS",
    "NEGATING_GOVERNORS", "REPORTED_CUES", "NEGATIONS", "CONDITIONAL_MARKS", "PURPOSE_MARKS", "QUESTION_MARKS",
    "TARGET_PREPS", "SOURCE_PREPS", "BETWEEN_PREPS", "OF_PREPS", "PLACE_PREPS", "TOPIC_PREPS", "INCLUDING",
    "ACCOMPANY_VERBS", "AFTER_WORDS", "BEFORE_WORDS", "PERSON_PRONOUNS", "GROUP_PRONOUNS", "RELATIVE_PRONOUNS",
    "WHERE_WORDS", "DETERMINERS", "ANAPHORIC_DETERMINERS", "ANAPHORIC_ADJECTIVES", "ROLE_NOUNS", "SPOKES_NOUNS",
    "CAPITAL_WORDS", "GENERIC_ACTORS", "QUOTE_VERBS", "CONTENT_OBJECT_VERBS", "ACCORDING_TO", "APPROXIMATORS",
    "DEAD_WORDS", "INJURED_WORDS", "PEOPLE_WORDS", "QUANTITY_NOUNS", "REFLEXIVE_PRONOUNS", "QUANTIFIER_HEADS",
    "FUTURE_GOVERNORS", "AUX_FUTURE_LEMMAS", "PLACE_ONLY_PREPS", "AGENT_PREPS",
    "PARTITIVE_HEADS", "HEAD_OF_STATE_NOUNS", "DEMONSTRATIVES", "STATEMENT_NOUNS", "CLAIM_VERBS", "NON_ACTORS", "INTENT_GOVERNORS", "BACKGROUND_PREPS", "ALLEGATION_VERBS", "LIGHT_PREPS", "PREVENT_VERBS", "HOST_VERBS", "ORIGIN_PREPS", "IT_PRONOUNS", "JOINT_WORDS", "CONDITIONAL_ENDINGS", "ACTIVE_ETRE_VERBS", "PLACE_NOUNS", "SPOKES_PREPS",
    "REACTION_NOUNS", "CONTAINER_NOUNS", "ORDER_VERBS", "DEFY_VERBS", "YIELD_TRIGGERS", "ADVERBIAL_PREPS",
    "PUNITIVE_WORDS", "WARN_VERBS", "CROWD_NOUNS", "PROTEST_MANNER_PREPS", "REASON_PREPS", "CLAIM_OBJECTS", "PRESENT_PARTICIPLE_ENDINGS", "HABITUAL_CUES", "PARTY_NOUNS", "BOTH_WORDS", "HISTORY_PREPS", "NEED_NOUNS", "NOT_COUNTED",
)


def _module(code: str):
    try:
        return importlib.import_module(f"newsloom.lang.{code}.events")
    except ImportError:
        return None


def _build(mods: list) -> Lex:
    lex = Lex("+".join(getattr(m, "__name__", "?").split(".")[-2] for m in mods))
    for m in mods:
        _add(lex, m)
    vlem = set(lex.verbs) | set(lex.reflexive) | set(lex.verb_object)
    nlem = set(lex.nouns)
    firsts = set(lex.phrases)
    lex.trigger_forms = {f for f, lem in lex.vforms.items() if lem in vlem or lem in firsts or f in firsts}
    lex.trigger_forms |= {f for f, lem in lex.nforms.items() if lem in nlem or lem in firsts or f in firsts}
    lex.trigger_forms |= firsts
    lex.topic_keys = set(lex.topics)
    lex.number_first = {k.split()[0] for k in lex.number_words}
    lex.according = lex.multi.get("ACCORDING_TO", []) + [(w,) for w in lex.s("ACCORDING_TO") if " " not in w]
    return lex


def _add(lex: Lex, m) -> None:
    g = lambda name, default=None: getattr(m, name, default if default is not None else [])  # noqa: E731
    vrules = list(g("VERB_INFLECTIONS"))
    nrules = list(g("NOUN_INFLECTIONS"))
    irregular = {fold(k): v.split() for k, v in g("IRREGULAR", {}).items()}
    irregular_n = {fold(k): v.split() for k, v in g("IRREGULAR_NOUNS", {}).items()}
    for k, v in g("ELISIONS", {}).items():
        lex.elisions.setdefault(fold(k), fold(v))
    for k, v in g("PREP_FORMS", {}).items():
        lex.prep_forms.setdefault(fold(k), fold(v))
    refl = {fold(x) for x in g("REFLEXIVE_PRONOUNS")}

    def verb_forms(lemma: str) -> None:
        for f in inflect(lemma, vrules) + irregular.get(lemma, []):
            lex.vforms.setdefault(fold(f), lemma)

    def noun_forms(lemma: str) -> None:
        for f in inflect(lemma, nrules) + irregular_n.get(lemma, []):
            lex.nforms.setdefault(fold(f), lemma)

    def strip_reflexive(key: str) -> tuple[str, bool]:
        parts = key.split()
        if len(parts) > 1 and parts[0] in refl:
            return " ".join(parts[1:]), True
        if "'" in key[:3] and key.split("'", 1)[0] + "'" in refl:
            return key.split("'", 1)[1], True
        return key, False

    # forms of every verb and noun the data mentions anywhere (triggers, cues, classes)
    for key, val in g("VERBS", {}).items():
        k, is_refl = strip_reflexive(fold(key))
        verb_forms(k)
        (lex.reflexive if is_refl else lex.verbs).setdefault(k, parse_value(val))
    for key, val in g("NOUNS", {}).items():
        k = fold(key)
        noun_forms(k)
        lex.nouns.setdefault(k, parse_value(val))
    for key, val in g("PHRASES", {}).items():
        k, is_refl = strip_reflexive(fold(key))
        words = tuple(lex.elisions.get(w, w) for w in _split(k))
        if not words:
            continue
        for k2, w in enumerate(words):
            # a phrase word may be inflected: the first may be a verb ("called for"), the others are nouns
            # ("air strikes") or particles
            if k2 == 0:
                verb_forms(w)
            noun_forms(w)
        lex.phrases.setdefault(words[0], []).append((words, parse_value(val), is_refl))
    # words written with hyphens are one token or three, depending on the model ("attentat - suicide")
    hyphened = [(k, v) for k, v in list(g("NOUNS", {}).items()) + list(g("VERBS", {}).items()) +
                list(g("PHRASES", {}).items()) if "-" in k]
    for key, val in hyphened:
        k, is_refl = strip_reflexive(fold(key))
        words: list[str] = []
        for w in _split(k):
            parts = w.split("-")
            for j, part in enumerate(parts):
                if j:
                    words.append("-")
                if part:
                    words.append(lex.elisions.get(part, part))
        if len(words) > 1:
            for w in words:
                noun_forms(w) if w != "-" else None
            if words[0] != "-":
                verb_forms(words[0])
            lex.phrases.setdefault(words[0], []).append((tuple(words), parse_value(val), is_refl))
    for first in lex.phrases:
        lex.phrases[first].sort(key=lambda p: -len(p[0]))
    for verb, objs in g("VERB_OBJECT", {}).items():
        v = fold(verb)
        verb_forms(v)
        lst = lex.verb_object.setdefault(v, [])
        for o, val in objs.items():
            o = fold(o)
            if not o.startswith("@"):
                noun_forms(o)
            lst.append((o, parse_value(val)))
    for name, words in g("CLASSES", {}).items():
        cl = lex.classes.setdefault(name, set())
        for w in words:
            w = fold(w)
            cl.add(w)
            noun_forms(w)
    for trig, rules in g("SENSES", {}).items():
        lst = lex.senses.setdefault(fold(trig), [])
        for cond, val in rules:
            words = {fold(c) for c in cond}
            for w in words:
                if not w.startswith("@") and " " not in w:
                    noun_forms(w)
                    verb_forms(w)
            lst.append((words, parse_value(val)))
    for k, v in g("REQUIRES", {}).items():
        lex.requires.setdefault(fold(k), v)
    for name in _LIST_NAMES:
        words = g(name)
        st = lex.sets.setdefault(name, set())
        mu = lex.multi.setdefault(name, [])
        for w in words:
            f = fold(w)
            st.add(f)
            toks = tuple(lex.elisions.get(x, x) for x in _split(f))
            if len(toks) > 1:
                mu.append(toks)
                lex.first.setdefault(name, set()).add(toks[0])
        mu.sort(key=len, reverse=True)
    for name in ("LIGHT_VERBS", "HAPPEN_VERBS", "PLANNED_GOVERNORS", "HYPOTHETICAL_GOVERNORS", "QUOTE_VERBS",
                 "CONTENT_OBJECT_VERBS", "ACCOMPANY_VERBS", "FUTURE_GOVERNORS", "NEGATING_GOVERNORS",
                 "AUX_FUTURE_LEMMAS"):
        for w in g(name):
            parts = _split(fold(w))
            if parts:
                k, _ = strip_reflexive(" ".join(parts))
                verb_forms(k.split()[0])
    for name in ("ROLE_NOUNS", "GENERIC_ACTORS", "QUANTITY_NOUNS", "SPOKES_NOUNS", "QUANTIFIER_HEADS",
                 "CAPITAL_WORDS", "PARTITIVE_HEADS", "HEAD_OF_STATE_NOUNS", "DEMONSTRATIVES", "STATEMENT_NOUNS", "CLAIM_VERBS", "NON_ACTORS", "INTENT_GOVERNORS", "BACKGROUND_PREPS", "ALLEGATION_VERBS", "LIGHT_PREPS", "PREVENT_VERBS", "HOST_VERBS", "ORIGIN_PREPS", "IT_PRONOUNS", "JOINT_WORDS", "CONDITIONAL_ENDINGS", "ACTIVE_ETRE_VERBS", "PLACE_NOUNS",
                 "REACTION_NOUNS", "CONTAINER_NOUNS", "PUNITIVE_WORDS", "CROWD_NOUNS", "CLAIM_OBJECTS",
                 "PARTY_NOUNS", "NEED_NOUNS"):
        for w in g(name):
            noun_forms(fold(w).split()[-1])
    for name in ("ORDER_VERBS", "DEFY_VERBS", "PUNITIVE_WORDS", "WARN_VERBS"):
        for w in g(name):
            parts = _split(fold(w))
            if parts:
                verb_forms(strip_reflexive(" ".join(parts))[0].split()[0])
    lex.quote_marks.extend(x for x in g("QUOTE_MARKS") if x not in lex.quote_marks)
    for k, v in g("NUMBER_WORDS", {}).items():
        lex.number_words.setdefault(fold(k), v)
    for k, v in g("SCALES", {}).items():
        lex.scales.setdefault(fold(k), v)
    for k, v in g("CURRENCIES", {}).items():
        lex.currencies.setdefault(fold(k), v)
    for k, v in g("DURATION_UNITS", {}).items():
        lex.units.setdefault(fold(k), v)
    lex.decimal_comma = lex.decimal_comma or bool(getattr(m, "DECIMAL_COMMA", False))
    for k, v in g("TOPICS", {}).items():
        lex.topics.setdefault(fold(k), v)
    qv = {strip_reflexive(fold(w))[0].split()[0] for w in g("QUOTE_VERBS")}
    lex.quote_forms |= {f for f, lem in lex.vforms.items() if lem in qv}


def _split(s: str) -> list[str]:
    """Words of a data phrase; elided articles split off ("d'accord" -> "d'", "accord")."""
    out: list[str] = []
    for w in s.split():
        while "'" in w[:-1]:
            i = w.index("'")
            out.append(w[: i + 1])
            w = w[i + 1:]
        if w:
            out.append(w)
    return out


@lru_cache(maxsize=None)
def get_lex(lang: str | None) -> Lex:
    """The tables of ``lang``; a language without data gets every language's tables merged."""
    lang = (lang or "und").lower()
    m = _module(lang) if lang in LANGS else None
    if m is not None:
        return _build([m])
    mods = [x for x in (_module(c) for c in LANGS) if x is not None]
    return _build(mods)
