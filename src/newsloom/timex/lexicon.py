"""Compile a language's temporal vocabulary (newsloom.lang.<xx>.time) into regexes.

A rule is ``(kind, template)``; the template is a regular expression in which ``@NAME`` (or ``@NAME:group``)
stands for a macro built from the language's word tables. The engine reads the named groups.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

FLAGS = re.IGNORECASE | re.UNICODE
WB = r"(?<![\w])"          # word start
WE = r"(?![\w])"           # word end


def _alt(words, plural_s: bool = False) -> str:
    keys = sorted({w.lower() for w in words if w}, key=lambda w: (-len(w), w))
    parts = []
    for k in keys:
        e = re.escape(k.replace("’", "'")).replace(r"\ ", r"\s+").replace(" ", r"\s+")
        e = e.replace("'", "['’]")
        parts.append(e)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


@dataclass
class Lang:
    code: str
    data: Any
    rules: list = field(default_factory=list)          # (index, kind, compiled, trigger category or None)
    trigger_tokens: dict = field(default_factory=dict)  # lowercase token -> set of categories
    blockers: list = field(default_factory=list)
    future: re.Pattern | None = None
    past: re.Pattern | None = None
    report: re.Pattern | None = None
    deadline: re.Pattern | None = None
    tense_before: list = field(default_factory=list)  # (regex on the text just before, FUT/PAST)
    no_cue_tense: str | None = None                   # tense when the sentence has no cue (German present: FUT)
    ago_from_context: set = field(default_factory=set)  # "zuvor", "después": offsets from the last date named
    namelike_before: re.Pattern | None = None
    tables: dict = field(default_factory=dict)
    case_sensitive: set = field(default_factory=set)
    articles: set = field(default_factory=set)

    def get(self, name, default=None):
        return getattr(self.data, name, default)

    def lookup(self, table: str, text: str):
        t = self.tables.get(table, {})
        k = _norm(text)
        if k in t:
            return t[k]
        k2 = k.rstrip(".")
        for cand in (k2, k2 + "."):
            if cand in t:
                return t[cand]
        return None


def _word(body: str, name: str | None) -> str:
    inner = f"(?P<{name}>{body})" if name else f"(?:{body})"
    return WB + inner + WE


def build_macros(d) -> dict[str, callable]:
    g = lambda attr, default=None: getattr(d, attr, default if default is not None else {})
    months = _alt(g("MONTHS"))
    weekdays = _alt(g("WEEKDAYS"))
    numbers = _alt(g("NUMBERS"))
    joiners = g("NUMBER_JOINERS", r"(?:-|\s+)")
    nums = g("NUMBERS")
    tens = _alt([k for k, v in nums.items() if isinstance(v, int) and v >= 20 and v % 10 == 0 and v < 100
                 and " " not in k])
    small = _alt([k for k, v in nums.items() if isinstance(v, int) and 1 <= v < 20 and " " not in k
                  and k not in set(g("INDEFINITE_ARTICLES", ()))])
    numword = f"(?:{tens}{joiners}{small}|{tens}{joiners}{tens}|{numbers})"
    # digits; decimals; '5 1/2'; '2½'
    numdig = r"\d+(?:[.,]\d+)?(?:\s+1/2|½)?"
    units = _alt(g("UNITS"))
    ords = _alt(g("ORDINALS"))
    m = {
        "MONTH": lambda n: WB + f"(?P<{n}>{months})" + r"(?![\w])",
        "WEEKDAY": lambda n: _word(weekdays, n),
        "WEEKDAYPL": lambda n: _word(_alt(g("WEEKDAYS_PLURAL")), "weekdaypl"),
        "DAY": lambda n: r"(?<![\d,.])" + f"(?P<{n}>[12]\\d|3[01]|0?[1-9])" + g("DAY_SUFFIX", "") + r"(?![\d])(?!,\d)(?![.,]\d)",
        "YEAR": lambda n: r"(?<![\d$€£,.#])(?<!\d-)" + f"(?P<{n}>(?:1[0-9]|20)\\d\\d)" + r"(?![\d])(?![.,]\d)(?!\s*%)",
        "YY": lambda n: r"(?<![\d])" + f"(?P<{n}>'?\\d\\d)",
        "NUM": lambda n: f"(?<![\\w$€£.,])(?P<{n}>{numdig}|{numword})(?![\\w])",
        "HALF": lambda n: f"(?P<{n}>" + g("HALF_WORDS", "(?!)") + ")",
        "UNIT": lambda n: _word(units, n),
        "RELPRE": lambda n: _word(_alt(g("REL_PRE")), "rel"),
        "RELPOST": lambda n: _word(_alt(g("REL_POST")), "relpost"),
        "RELANA": lambda n: _word(_alt(g("REL_ANAPHORIC")), "relana"),
        "ANADAY": lambda n: _word(_alt(g("ANAPHORIC_DAYS")), "anaday"),
        "PREVPERIOD": lambda n: _word(_alt(g("PREV_PERIOD")), "prevperiod"),
        "POD": lambda n: _word(_alt(g("PARTS_OF_DAY")), "pod"),
        "PODPL": lambda n: _word(_alt([k for k in g("PARTS_OF_DAY") if k.endswith("s")]), "podpl"),
        "DEICTIC": lambda n: _word(_alt(g("DEICTIC")), "deictic"),
        "REF": lambda n: _word(_alt([k for k, v in g("REFS").items() if v]), "ref"),
        "SEASON": lambda n: _word(_alt(g("SEASONS")), "season"),
        "HOLIDAY": lambda n: _word(_alt(g("HOLIDAYS")), "holiday"),
        "ORD": lambda n: _word(ords, n),
        "SETWORD": lambda n: _word(_alt(g("SET_WORDS")), "setword"),
        "EVERY": lambda n: _word(_alt(g("EVERY")), "every"),
        "MODS": lambda n: g("MODS", "(?!)") + r"[\s-]*",
        "APPROX": lambda n: WB + g("APPROX", "(?!)") + WE,
        "AGOPOST": lambda n: _word(_alt(g("AGO_POST")), "ago"),
        "AGOPRE": lambda n: _word(_alt(g("AGO_PRE")), "agopre"),
        "DECADE": lambda n: "(?:" + r"(?<![\d$€£,.])(?P<decade>(?:1[0-9]|20)\d0)['’]?s(?![\w])|"
                            r"(?<![\w\d])['’](?P<decade2>\d0)['’]?s(?![\w])|"
                            + _word(_alt(g("DECADE_WORDS")), "decadew") + ")",
        "DECADE_NUM": lambda n: f"(?P<{n}>(?:1[0-9]|20)?\\d0)",
        "HOUR": lambda n: r"(?<![\d.,:])" + f"(?P<{n}>[01]?\\d|2[0-4])",
        "MINUTE": lambda n: f"(?P<{n}>[0-5]\\d)",
        "AMPM": lambda n: f"(?P<{n}>" + _alt(g("AMPM")) + r")(?![\w])",
        "TIMEWORD": lambda n: _word(_alt(g("TIME_WORDS")), "timeword"),
        "TZ": lambda n: g("TIMEZONES", "(?!)"),
        "DURREL": lambda n: WB + g("DURREL", "(?!)") + WE,
        "N1": lambda n: r"(?P<n1>\d{1,2})", "N2": lambda n: r"(?P<n2>\d{1,2})",
        "NY": lambda n: r"(?P<ny>\d{4}|\d{2})",
        "MM": lambda n: r"(?P<mm>0[1-9]|1[0-2])", "DD": lambda n: r"(?P<dd>0[1-9]|[12]\d|3[01])",
        "ROMAN": lambda n: f"(?P<{n}>[IVXL]+)",
    }
    return m


def expand(template: str, macros: dict) -> str:
    used: dict[str, int] = {}

    def rep(mo):
        name, grp = mo.group(1), mo.group(2)
        if name not in macros:
            raise KeyError(f"unknown macro @{name}")
        if not grp:
            grp = name.lower()
            used[grp] = used.get(grp, 0) + 1
            if used[grp] > 1:
                grp = f"{grp}{used[grp]}"
        return macros[name](grp)

    return re.sub(r"@([A-Z][A-Z0-9_]*)(?::(\w+))?", rep, template)


# macros that can serve as a rule's trigger, rarest first; DIGIT stands for every digit-based macro
TRIGGER_ORDER = ["HOLIDAY", "SEASON", "DECADE", "TIMEWORD", "AMPM", "MONTH", "WEEKDAYPL", "WEEKDAY", "DEICTIC",
                 "SETWORD", "EVERY", "AGOPOST", "AGOPRE", "ANADAY", "PREVPERIOD", "RELANA", "POD", "PODPL", "ORD", "REF", "UNIT", "RELPRE",
                 "RELPOST", "DIGIT"]
DIGIT_MACROS = {"DAY", "YEAR", "YY", "HOUR", "MINUTE", "N1", "N2", "NY", "MM", "DD", "DECADE_NUM"}
MACRO_TABLE = {"MONTH": "MONTHS", "WEEKDAY": "WEEKDAYS", "WEEKDAYPL": "WEEKDAYS_PLURAL", "UNIT": "UNITS",
               "RELPRE": "REL_PRE", "RELPOST": "REL_POST", "RELANA": "REL_ANAPHORIC", "POD": "PARTS_OF_DAY",
               "PODPL": "PARTS_OF_DAY", "DEICTIC": "DEICTIC", "REF": "REFS", "SEASON": "SEASONS",
               "HOLIDAY": "HOLIDAYS", "ORD": "ORDINALS", "SETWORD": "SET_WORDS", "EVERY": "EVERY",
               "AGOPOST": "AGO_POST", "AGOPRE": "AGO_PRE", "TIMEWORD": "TIME_WORDS", "AMPM": "AMPM",
               "DECADE": "DECADE_WORDS", "ANADAY": "ANAPHORIC_DAYS", "PREVPERIOD": "PREV_PERIOD"}
TOKEN = re.compile(r"\w+", re.UNICODE)


def _key_token(key: str) -> str | None:
    """The token of a vocabulary entry used to find it: the longest one (the last among equals)."""
    toks = TOKEN.findall(key.lower())
    if not toks:
        return None
    return max(reversed(toks), key=len)


def mandatory_macros(template: str) -> set[str] | None:
    """Macros that every match of the template contains (outside optional groups and alternations)."""
    if re.search(r"(?<!\\)\|", _strip_groups(template)):
        return None
    stack = [[set(), False]]         # [macros, has_top_level_alternation]
    i, n = 0, len(template)
    skip_depth = []
    while i < n:
        c = template[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and template[j] == "]":
                j += 1
            while j < n and template[j] != "]":
                j += 2 if template[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            look = template[i + 1:i + 4]
            stack.append([set(), False, look.startswith(("?=", "?!", "?<=", "?<!"))])
            i += 1
            continue
        if c == ")":
            grp = stack.pop()
            j = i + 1
            optional = j < n and (template[j] in "?*" or template.startswith("{0", j))
            if not optional and not grp[1] and not (len(grp) > 2 and grp[2]):
                stack[-1][0] |= grp[0]
            i += 1
            continue
        if c == "|":
            stack[-1][1] = True
            i += 1
            continue
        if c == "@":
            mo = re.match(r"@([A-Z][A-Z0-9_]*)(?::\w+)?", template[i:])
            if mo:
                j = i + mo.end()
                optional = j < n and template[j] in "?*"
                if not optional:
                    stack[-1][0].add(mo.group(1))
                i = j
                continue
        i += 1
    top = stack[0]
    return top[0] if not top[1] else None


def _strip_groups(t: str) -> str:
    """The template with every parenthesised group removed (to see top-level alternation)."""
    out, depth, i = [], 0, 0
    while i < len(t):
        c = t[i]
        if c == "\\":
            if depth == 0:
                out.append(t[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 1
            while j < len(t) and t[j] != "]":
                j += 2 if t[j] == "\\" else 1
            if depth == 0:
                out.append("x")
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(c)
        i += 1
    return "".join(out)


def trigger_of(template: str) -> str | None:
    mand = mandatory_macros(template)
    if not mand:
        return None
    cats = {("DIGIT" if m in DIGIT_MACROS else m) for m in mand}
    for c in TRIGGER_ORDER:
        if c in cats:
            return c
    return None


@lru_cache(maxsize=None)
def load(code: str) -> Lang:
    try:
        d = importlib.import_module(f"newsloom.lang.{code}.time")
    except ImportError:
        code = "en"
        d = importlib.import_module("newsloom.lang.en.time")
    lang = Lang(code=code, data=d)
    macros = build_macros(d)
    for i, rule in enumerate(getattr(d, "RULES", [])):
        kind, template = rule[0], rule[1]
        # every match starts at a word start: "del jueves" holds no "el jueves", "hasta" no "a"
        pat = r"(?<!\w)" + expand(template, macros)
        try:
            rx = re.compile(pat, FLAGS)
        except re.error as e:  # a broken rule must not break the engine
            raise ValueError(f"{code} rule {i} ({kind}): {e}\n{pat}") from e
        if len(rule) > 2 and rule[2]:
            trig = frozenset(w.lower() for w in rule[2])       # explicit trigger tokens
        else:
            trig = trigger_of(template)
        lang.rules.append((i, kind, rx, trig))
    lang.blockers = [re.compile(b, re.UNICODE) for b in getattr(d, "BLOCKERS", [])]
    # cues start at a word start: the look-around lets the engine skip other positions quickly
    cue = lambda lst: re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{c})" for c in lst) + ")" if lst else "(?!)", FLAGS)
    lang.future = cue(getattr(d, "FUTURE_CUES", []))
    lang.past = cue(getattr(d, "PAST_CUES", []))
    rep = getattr(d, "REPORTING_CUES", [])
    lang.report = cue(rep) if rep else None
    dl = getattr(d, "DEADLINE_BEFORE", None)
    lang.deadline = re.compile(dl, FLAGS) if dl else None
    lang.tense_before = [(re.compile(rx + r"$", FLAGS), lab) for rx, lab in getattr(d, "TENSE_BEFORE", [])]
    lang.no_cue_tense = getattr(d, "NO_CUE_TENSE", None)
    lang.ago_from_context = {_norm(w) for w in getattr(d, "AGO_FROM_CONTEXT", ())}
    nb = getattr(d, "NAMELIKE_BEFORE", None)
    lang.namelike_before = re.compile(nb, FLAGS) if nb else None
    for t in ("MONTHS", "WEEKDAYS", "WEEKDAYS_PLURAL", "NUMBERS", "UNITS", "SEASONS", "PARTS_OF_DAY", "DEICTIC",
              "REL_PRE", "REL_POST", "REL_ANAPHORIC", "AGO_POST", "AGO_PRE", "REFS", "SET_WORDS", "EVERY",
              "HOLIDAYS", "ORDINALS", "DECADE_WORDS", "TIME_WORDS", "AMPM", "ANAPHORIC_DAYS", "PREV_PERIOD"):
        lang.tables[t] = {_norm(k): v for k, v in getattr(d, t, {}).items()}
    for macro, table in MACRO_TABLE.items():
        for k in getattr(d, table, {}) or {}:
            if macro == "REF" and not getattr(d, table)[k]:
                continue
            tok = _key_token(_norm(k))
            if tok:
                lang.trigger_tokens.setdefault(tok, set()).add(macro)
    lang.articles = {_norm(w) for w in getattr(d, "INDEFINITE_ARTICLES", ())}
    lang.case_sensitive = {_norm(w) for w in getattr(d, "CASE_SENSITIVE", set())}
    lang.ref_needs = {_norm(k): re.compile(v, FLAGS) for k, v in getattr(d, "REF_NEEDS_BEFORE", {}).items()}
    lang.ana_needs = {_norm(k): re.compile(v, FLAGS) for k, v in getattr(d, "ANAPHORIC_NEEDS_BEFORE", {}).items()}
    return lang
