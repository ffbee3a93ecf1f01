"""Plain-text cleaner: takes web debris out of scraped or pasted article text, keeps every fact.

``clean(text, lang)`` returns a :class:`~newsloom.records.Cleaned`: the kept text and every removed piece,
verbatim, in text order. The engine is language-blind; what counts as debris in each language is DATA in
``newsloom/lang/<code>/clean.py`` (lists of regular expressions, see ``lang/en/clean.py`` for the format).
Every language package that ships such a module is loaded and compiled once, at import. The patterns of ALL
languages are applied together, whatever ``lang`` says: debris phrases are distinctive, language id may be
wrong, and pages mix languages (an English article under a French site's "Les plus lus" box). ``lang`` only
adds the module of a language that is not among the bundled ones, if one exists.

What goes, line by line (the text is never rewritten inside a sentence, only whole lines or exact spans go):

* debris lines: share/subscribe prompts, ads, paywall notes, rights lines, reading time ("4 min read"),
  update/publication stamps ("First modification:", "Publié le 3 avril 2025 à 10h Modifié le …");
* "Read also" teasers, the whole line, also when the teaser is glued to the headline ("Read alsoTwo years…");
* comment forms ("Leave a Reply", the e-mail notice, "Required fields are marked *") with their field labels;
* "Most read" / "Les plus commentés" / "Lo más leído" / "Meistgelesen" headings with the short headline lines
  under them (the list stops at the first line that reads like prose: long, or ending with a full stop);
* picture credits at the end of a line ("… 4 May 2025. Photo Jane Doe/Pool via REUTERS", "Foto: dpa",
  "(Crédit photo : …)", "© AFP"): only the credit goes, the caption stays;
* markdown marks around headings ("### Conclusion" -> "Conclusion", "*** Title ***" -> "Title");
* repeated passages: a run of sentences that already appeared earlier (white space ignored, so repeats glued
  together as "…said.The minister…" are found), including a trailing "…"-truncated fragment of an earlier
  sentence, goes when it is at least ``MIN_REPEAT`` non-space characters long; the first occurrence stays.

Kept on purpose: source signatures ("With AFP and Reuters", "Avec AFP"): they say where facts come from;
datelines ("PARIS (AFP) -"); bylines. A removed line takes its newline with it; the blank lines around it
are kept only as far as they still separate two paragraphs (no doubled or leading/trailing blank lines are
left behind). The text of a normal article with no debris comes back byte-identical.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from types import ModuleType

from . import lang as _lang_pkg
from .records import Cleaned

MAX_DEBRIS_LINE = 300       # a longer line is prose, never a debris line, teaser or list heading
PROSE_LINE = 160            # ... and so is a line this long that ends like a sentence (a cheap gate)
HEADLINE_MAX_CHARS = 160    # a line under a "most read" heading is a headline if this short ...
HEADLINE_MAX_WORDS = 30     # ... and does not end with a full stop
CREDIT_MAX = 80             # longest credit text after "Photo"
MIN_REPEAT = 40             # non-space characters a run of repeated sentences needs before it goes
MIN_FRAGMENT = 25           # ... or a lone "…"-truncated fragment of an earlier sentence

_LISTS = ("LINES", "STAMP_LABELS", "DATE_WORDS", "TEASERS", "LIST_HEADINGS", "COMMENT_FORM", "FORM_FIELDS",
          "CREDIT_WORDS", "AGENCIES", "NAME_PARTICLES")


def _load(code: str) -> ModuleType | None:
    name = f"{_lang_pkg.__name__}.{code}.clean"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name in (name, f"{_lang_pkg.__name__}.{code}"):
            return None
        raise


def _bundled() -> dict[str, ModuleType]:
    out = {}
    for info in sorted(pkgutil.iter_modules(_lang_pkg.__path__), key=lambda i: i.name):
        if info.ispkg:
            mod = _load(info.name)
            if mod is not None:
                out[info.name] = mod
    return out


def _alt(patterns: list[str]) -> str:
    # longest first, so that "Photo credit" is tried before "Photo"
    return "|".join(f"(?:{p})" for p in sorted(dict.fromkeys(patterns), key=len, reverse=True)) or r"(?!)"


_UPPER = r"A-ZÀ-ÖØ-ÞĀ-Ž"


@dataclass(frozen=True)
class _Rules:
    kind: re.Pattern          # fullmatch on a line's core; the group that matched names the kind of debris:
                              # form (comment form), list (list heading), line (debris line), teaser (+ rest)
    form_field: re.Pattern    # comment-form field label (fullmatch, only inside a form)
    credit_word: re.Pattern   # where a credit may start
    bare_credit: re.Pattern   # "Jane Doe/AFP", "REUTERS/Jane Doe" (fullmatch on a line's tail)
    agency: re.Pattern
    names: re.Pattern         # a short list of personal names (fullmatch)


def _compile(mods: list[ModuleType]) -> _Rules:
    get = {k: [p for m in mods for p in getattr(m, k, [])] for k in _LISTS}
    labels = _alt(get["STAMP_LABELS"])
    tok = (rf"(?:\d+(?:h\d*|er|st|nd|rd|th)?|[/.:,;|()\-–—·•+]|(?:{_alt(get['DATE_WORDS'])}|{labels})"
           r"(?![^\W\d_]))")
    stamp = rf"(?:{labels})(?:\s*+{tok})*+\s*"
    words = get["CREDIT_WORDS"]
    words = words + [w.upper() for w in words]
    agencies = _alt(get["AGENCIES"])
    particles = _alt(get["NAME_PARTICLES"])
    name = (rf"[{_UPPER}][\w'’.\-]*(?:[ \t]+(?:(?:{particles})[ \t]+)?[{_UPPER}][\w'’.\-]*){{0,4}}")
    return _Rules(
        # one alternation, tried in this order; a teaser's prefix must be followed by nothing, white space,
        # a separator, or a capital / quote / digit glued on ("Read alsoTwo years …")
        kind=re.compile(rf"(?P<form>{_alt(get['COMMENT_FORM'])})|(?P<list>{_alt(get['LIST_HEADINGS'])})"
                        rf"|(?P<line>{_alt(get['LINES'])}|{stamp})"
                        rf"|(?P<teaser>{_alt(get['TEASERS'])})(?-i:(?=$|[\s:：|–—\-.»«\"“”'’]|[{_UPPER}0-9¿¡]))"
                        r"(?P<rest>.*)", re.I | re.S),
        form_field=re.compile(_alt(get["FORM_FIELDS"]), re.I),
        # no look-behind in front: a pattern starting with the words' first letters is scanned fast;
        # the caller checks that the word is not glued to the previous one
        credit_word=re.compile(rf"(?:{_alt(words)})(?![^\W\d_])"),
        bare_credit=re.compile(rf"(?:{name}[ \t]*/[ \t]*)*(?:{agencies})(?:[ \t]*/[ \t]*[^/\n]{{1,40}}){{0,3}}"
                               rf"|{name}[ \t]*/[ \t]*(?:{agencies})(?:[ \t]+via[ \t]+[^\n]{{1,30}})?"),
        agency=re.compile(rf"(?<![^\W\d_])(?:{agencies})(?![^\W\d_])"),
        names=re.compile(rf"{name}(?:[ \t]*(?:,|&|/|\band\b|\bet\b|\by\b|\bund\b)[ \t]*{name})*"),
    )


_BUNDLED = _bundled()
_RULES = {None: _compile(list(_BUNDLED.values()))}

# markdown: heading marks, emphasis wrapped around a whole line
_MD_HEAD = re.compile(r"^[ \t]*#{1,6}(?:[ \t]+|$)")
_MD_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_MD_WRAP = re.compile(r"^([ \t]*(?:\*{2,}|_{2,})[ \t]*)\S(?:.*?\S)?([ \t]*(?:\*{2,}|_{2,})[ \t]*)$")
# a line's core for matching: without bullets, quote marks, emphasis and trailing stars/pipes
_CORE_HEAD = re.compile(r"^(?:[#>*_]+[ \t]*|[•·\-–—|][ \t]+)+")
_CORE_TAIL = re.compile(r"[ \t]*[*_|#]+$")
_CORE_MARKS = frozenset("#>*_•·-–—|")
# sentence boundary: end punctuation (+ closing quotes), then space, a letter glued on, or the end
_BOUND = re.compile(r"[.!?…]+[»\"”’'\)\]]*(?=\s|[^\W\d_]|[«\"“]|$)")
_BARE_LEAD = re.compile(r"(?<=[.!?»\"”)\]])[ \t]+(?=\S)|^[ \t]*(?=\S)")
_SENT_END = '.!?»"”)]'
_GLUED = re.compile(r"[a-zà-öø-ÿ]{3,}[A-ZÀ-ÖØ-Þ]")     # "IndependentScott": a caption glued to a credit
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zà-öø-ÿ][\w'’\-]*")
_NOT_CREDIT_LOWER = {"via", "pool", "for", "by", "par", "por", "von", "de", "del", "du", "des", "la", "le", "and",
                     "et", "y", "und", "courtesy", "of", "file", "handout", "archives", "archive", "photo", "foto"}


def _rules(lang: str | None) -> _Rules:
    code = (lang or "").strip().lower() or None
    if code is None or code in _BUNDLED:
        return _RULES[None]
    if code not in _RULES:
        extra = _load(code) if re.fullmatch(r"[a-z]{2,3}", code) else None
        _RULES[code] = _compile(list(_BUNDLED.values()) + [extra]) if extra else _RULES[None]
    return _RULES[code]


def _core(s: str) -> str:
    s = s.strip()
    if s and (s[0] in _CORE_MARKS or s[-1] in _CORE_MARKS):
        s = _CORE_TAIL.sub("", _CORE_HEAD.sub("", s)).strip()
    return s


def _headline_like(core: str) -> bool:
    if not core or len(core) > HEADLINE_MAX_CHARS or len(core.split()) > HEADLINE_MAX_WORDS:
        return False
    if core.endswith((".", ";")) and not core.endswith(("...", "…")):
        return False
    return any(c.isalpha() for c in core)


def _credit_text_ok(who: str, r: _Rules, strong_lead: bool, colon: bool) -> bool:
    """Does ``who`` (what follows "Photo") read like a credit: agency, "x/y", "via", or a few names?"""
    who = who.strip()
    if not who or len(who) > CREDIT_MAX or re.search(r"[.!?]\s+\S", who):
        return False
    lowers = [w for w in _LOWER_WORD.findall(r.agency.sub(" ", who)) if w.lower() not in _NOT_CREDIT_LOWER]
    if "/" in who or r.agency.search(who) or re.search(r"\bvia\b", who):
        return len(lowers) <= 2
    if not strong_lead or who.endswith(".") or _GLUED.search(who):
        return False
    return bool(r.names.fullmatch(who)) and (colon or len(who.split()) >= 2)


def _credit_span(line: str, limit: int, r: _Rules) -> tuple[int, int] | None:
    """The span of a picture credit that ends the line (before ``limit``), white space before it included."""
    end = len(line[:limit].rstrip())
    if end == 0:
        return None
    # © to the end of the line
    c = line.rfind("©", 0, end)
    if c != -1 and end - c <= CREDIT_MAX and "\n" not in line[c:end]:
        return _lead(line, c), end
    # parenthesised credit at the end: "(Crédit photo : AFP)"
    if line[end - 1] == ")":
        o = line.rfind("(", 0, end)
        m = r.credit_word.match(line, o + 1) if o != -1 else None
        if m:
            inner = line[m.end():end - 1]
            colon = inner.lstrip().startswith(":")
            if _credit_text_ok(inner.lstrip(" \t:"), r, True, colon):
                return _lead(line, o), end
    win = max(0, end - CREDIT_MAX - 30)   # a credit is short and ends the line: look only there
    for m in r.credit_word.finditer(line, win, end):
        if m.start() and line[m.start() - 1].isalnum():
            continue
        kind = _lead_kind(line, m.start())
        if kind is None:
            continue
        rest = line[m.end():end]
        colon = rest.lstrip(" \t").startswith(":")
        if kind == "space" and not colon:
            continue
        if _credit_text_ok(rest.lstrip(" \t:"), r, kind != "space", colon):
            return _start(line, m.start(), kind), end
    # bare credits after a sentence: "… in Rome. Jane Doe/AFP", "REUTERS/Jane Doe"
    if "/" not in line[win:end]:
        return None
    for m in _BARE_LEAD.finditer(line, win, end):
        tail = line[m.end():end]
        if "/" in tail and len(tail) <= CREDIT_MAX and r.bare_credit.fullmatch(tail):
            return m.start(), end
    return None


def _lead_kind(line: str, i: int) -> str | None:
    before = line[:i]
    prev = before.rstrip(" \t")
    if not prev:
        return "start"
    if len(prev) == len(before):
        return None                       # glued to the previous word
    if prev[-1] in _SENT_END:
        return "sentence"
    if prev[-1] in "|–—-" and prev[:-1].endswith((" ", "\t")):
        return "separator"
    return "space"


def _start(line: str, i: int, kind: str) -> int:
    prev = line[:i].rstrip(" \t")
    if kind == "separator":
        prev = prev[:-1].rstrip(" \t")
    return len(prev)


def _lead(line: str, i: int) -> int:
    return len(line[:i].rstrip(" \t"))


def _markdown_spans(line: str) -> list[tuple[int, int]]:
    if line.lstrip()[:1] not in ("#", "*", "_"):
        return []
    spans = []
    lo, hi = 0, len(line)
    m = _MD_HEAD.match(line)
    if m:
        spans.append((m.start(), m.end()))
        lo = m.end()
        c = _MD_CLOSE.search(line, lo)
        if c:
            spans.append((c.start(), c.end()))
            hi = c.start()
    w = _MD_WRAP.match(line[lo:hi])
    if w:
        spans.append((lo + w.start(1), lo + w.end(1)))
        spans.append((lo + w.start(2), lo + w.end(2)))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _debris(lines: list[str], r: _Rules) -> tuple[list[bool], list[list[tuple[int, int]]]]:
    """Phase 1: whole debris lines and inline spans (markdown marks, credits)."""
    full = [False] * len(lines)
    inline: list[list[tuple[int, int]]] = [[] for _ in lines]
    mode = None                               # "form" | "list" | None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        md = _markdown_spans(line)
        core = _core(line)
        short = len(core) <= MAX_DEBRIS_LINE and not (len(core) > PROSE_LINE and core[-1] in _SENT_END)
        kind = None
        if short:
            m = r.kind.fullmatch(core)
            if m is None:
                if mode == "form" and r.form_field.fullmatch(core):
                    kind = "form"
            elif m["teaser"] is None:
                kind = next(k for k in ("form", "list", "line") if m[k] is not None)
            else:
                rest = m["rest"].strip(" \t:：|–—-")
                if not rest.strip("."):
                    kind = "list"              # a bare "Read also" heads a list of headlines
                elif _headline_like(rest):
                    kind = "teaser"            # prose glued to the prefix is kept: we cannot split it
        if kind is None and mode == "list" and not md and _headline_like(core):
            kind = "list"
        if kind is not None:
            full[i] = True
            mode = kind if kind in ("form", "list") else mode
            continue
        mode = None
        spans = list(md)
        limit = min((s for s, e in md if s > 0 and e >= len(line.rstrip())), default=len(line))
        c = _credit_span(line, limit, r)
        if c:
            spans.append(c)
        inline[i] = _merge(spans)
        if inline[i] and not _blank_out(line, inline[i]).strip():
            full[i], inline[i] = True, []
    return full, inline


def _blank_out(line: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return line
    parts, pos = [], 0
    for s, e in spans:
        parts.append(line[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(line[pos:])
    return "".join(parts)


def _repeats(lines: list[str], full: list[bool], inline: list[list[tuple[int, int]]]) -> None:
    """Phase 2: runs of sentences seen earlier (white space ignored) become inline spans or whole lines."""
    units: list[tuple[int, int, int, str, bool]] = []    # line, start, end, squeezed text, truncated
    for i, line in enumerate(lines):
        if full[i] or not line.strip():
            continue
        masked = _blank_out(line, inline[i])
        pos = 0
        for m in _BOUND.finditer(masked):
            _unit(units, i, masked, pos, m.end())
            pos = m.end()
        _unit(units, i, masked, pos, len(masked))
    if len(units) < 2:
        return
    squeezed = "".join(u[3] for u in units)
    offsets, starts, off = [], set(), 0
    for u in units:
        offsets.append(off)
        starts.add(off)
        off += len(u[3])

    def seen(sq: str, before: int) -> bool:
        p = squeezed.find(sq, 0, before)
        while p != -1 and p not in starts:
            p = squeezed.find(sq, p + 1, before)
        return p != -1

    rep = []
    for k, (_, _, _, sq, trunc) in enumerate(units):
        key = sq.rstrip(".…") if trunc else sq
        rep.append(bool(key) and offsets[k] > 0 and seen(key, offsets[k]))
    k = 0
    while k < len(units):
        if not rep[k]:
            k += 1
            continue
        j = k
        while j < len(units) and rep[j]:
            j += 1
        run = units[k:j]
        size = sum(len(u[3]) for u in run)
        if size >= MIN_REPEAT or (run[-1][4] and size >= MIN_FRAGMENT):
            _drop_run(lines, full, inline, run)
        k = j


def _unit(units: list, i: int, masked: str, s: int, e: int) -> None:
    seg = masked[s:e]
    sq = "".join(seg.split())
    if not sq:
        return
    s += len(seg) - len(seg.lstrip())
    e -= len(seg) - len(seg.rstrip())
    units.append((i, s, e, sq, sq.endswith(("...", "…"))))


def _drop_run(lines, full, inline, run) -> None:
    by_line: dict[int, list[int]] = {}
    for i, s, e, _, _ in run:
        by_line.setdefault(i, []).extend((s, e))
    for i, pos in by_line.items():
        line = lines[i]
        s, e = min(pos), max(pos)
        if not line[:s].strip():
            while e < len(line) and line[e] in " \t":
                e += 1
        else:
            while s > 0 and line[s - 1] in " \t":
                s -= 1
        spans = _merge(inline[i] + [(s, e)])
        if not _blank_out(line, spans).strip():
            full[i], inline[i] = True, []
        else:
            inline[i] = spans


def clean(text: str, lang: str | None = None) -> Cleaned:
    """Remove web debris and repeated passages from plain ``text``; see the module docstring.

    ``lang`` may be None: the patterns of every bundled language apply in any case.
    """
    if not text:
        return Cleaned(text=text or "", removed=[])
    r = _rules(lang)
    ends_nl = text.endswith("\n")
    lines = text.split("\n")
    if ends_nl:
        lines.pop()
    full, inline = _debris(lines, r)
    _repeats(lines, full, inline)
    if not any(full) and not any(inline):
        return Cleaned(text=text, removed=[])
    out: list[str] = []
    removed: list[str] = []
    after_removed = False
    for i, line in enumerate(lines):
        if full[i]:
            removed.append(line)
            after_removed = True
        elif not line.strip():
            # a blank line after removed debris keeps the paragraph break, unless one is already there
            if not after_removed or (out and out[-1].strip()):
                out.append(line)
        else:
            after_removed = False
            if inline[i]:
                kept, pos = [], 0
                for s, e in inline[i]:
                    kept.append(line[pos:s])
                    removed.append(line[s:e])
                    pos = e
                kept.append(line[pos:])
                line = "".join(kept)
            out.append(line)
    if after_removed:                       # the text ended with debris: drop the blank lines before it
        while out and not out[-1].strip():
            out.pop()
    result = "\n".join(out)
    if ends_nl and out:
        result += "\n"
    return Cleaned(text=result, removed=removed)
