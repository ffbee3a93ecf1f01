"""The language-blind tagging engine: find candidates with the language's rules, choose spans, normalise."""
from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from datetime import date, timedelta

from ..records import Timex
from . import anchoring as A
from . import lexicon
from .normaliser import (add_months, ago, clamp_day, duration, fmt_day, fmt_month, fmt_quarter, fmt_week,
                         holiday_date, quarter_of, shift)

DAYISH = re.compile(r"^\d{4}-\d\d-\d\d")
_CAP = re.compile(r"[A-ZÀ-ÝÄÖÜ]")


class Ctx:
    def __init__(self, L, text, anchor, sents):
        self.L, self.text, self.anchor = L, text, anchor
        self.sents = sents
        self.starts = [s for s, _ in sents]
        self.cur = 0                            # start of the expression being interpreted
        self.last_day: date | None = None       # last day-level date mentioned (for anaphora / times)
        self.last_year: int | None = None
        self.last_month: tuple[int, int] | None = None
        self.last_quarter: tuple[int, int] | None = None
        self.last_quarter_pos = -10 ** 9
        self.lead_quarter: tuple[int, int] | None = None    # the first quarter the text names
        self.last_months: tuple[str, int] | None = None      # the last "nine months" named (value, end)
        self.spans: list[tuple[int, int]] = []
        self.cue_cache: dict = {}

    def sentence(self, pos):
        i = bisect_right(self.starts, pos) - 1
        return self.sents[max(i, 0)] if self.sents else (0, len(self.text))

    def tense(self, s, e):
        return A.tense_at(self.L, self.text, self.sentence(s), s, e, self.spans, self.cue_cache)

    def weekday_tense(self, s, e):
        """Tense for a bare weekday; a sentence without any cue takes the language's default (German present
        tense speaks of the coming days: "Die Mannschaft trifft sich am Montag")."""
        t = self.tense(s, e)
        return t if t is not None else self.L.no_cue_tense

    def date_tense(self, s, e):
        """Tense for a calendar date or month: a deadline preposition right before it means the future."""
        if self.L.deadline is not None and self.L.deadline.search(self.text, max(0, s - 25), s):
            return A.FUT
        t = self.tense(s, e)
        if t is None and self.L.get("NO_CUE_TENSE_DATES", False):
            return self.L.no_cue_tense
        return t

    QUARTER_WINDOW = 800

    def quarter_context(self, pos):
        """A quarter was named shortly before: "a year earlier" then means that quarter a year back."""
        return self.last_quarter is not None and pos - self.last_quarter_pos <= self.QUARTER_WINDOW

    @property
    def cmp_quarter(self):
        """The quarter that "a year earlier" / "the year-ago period" compare with: the last one named, unless it
        is older than the one the story leads with ("third-quarter net rose ... After a flat second quarter ...
        charges in the year-earlier period" compares the third quarter)."""
        if self.lead_quarter and self.last_quarter and self.last_quarter < self.lead_quarter:
            return self.lead_quarter
        return self.last_quarter

    # where the last day / year was named: offsets like "a year earlier" count from it only when it is near
    @property
    def last_day(self):
        return self._last_day

    @last_day.setter
    def last_day(self, d):
        self._last_day, self.last_day_pos = d, self.cur

    @property
    def last_year(self):
        return self._last_year

    @last_year.setter
    def last_year(self, y):
        self._last_year, self.last_year_pos = y, self.cur

    CONTEXT_WINDOW = 250

    def ref_day(self):
        return self.last_day or self.anchor


# ----------------------------------------------------------------------------------------------- helpers

def _g(m, name):
    """The text of a named group, None when the rule has no such group or it did not take part."""
    if name in m.re.groupindex:
        return m.group(name)
    return None


def _num(L, txt):
    """Parse a number written in digits or words; 'X' for vague quantities; None if unknown."""
    if txt is None:
        return None
    t = lexicon._norm(txt)
    half = 0.0
    if t.endswith("½"):
        t, half = t[:-1].strip(), 0.5
    if t.endswith(" 1/2"):
        t, half = t[:-4].strip(), 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", ".")) + half if ("." in t or "," in t or half) else int(t) + half if half else int(t)
    v = L.lookup("NUMBERS", t)
    if v is not None:
        return v
    parts = [p for p in re.split(L.get("NUMBER_JOINERS", r"[-\s]+"), t) if p and p.strip()]
    total, cur = 0, 0
    for p in parts:
        v = L.lookup("NUMBERS", p.strip())
        if v is None or v == "X":
            return None
        if v in (100, 1000) and cur:
            cur *= v
        elif v == 100 and not cur:
            cur = 100
        else:
            cur += v
    total += cur
    return total or None


def _unit(L, word):
    if word is None:
        return None, None
    u = L.lookup("UNITS", word)
    if u is None:
        return None, None
    mult = 1
    mm = re.match(r"^(\d+)(\D+)$", u)
    if mm:
        mult, u = int(mm.group(1)), mm.group(2)
    return u, mult


def _is_plural_unit(L, word):
    return lexicon._norm(word) in {lexicon._norm(w) for w in L.get("PLURAL_UNITS", ())}


def _pod_suffix(L, m):
    p = _g(m, "pod")
    if not p:
        return None
    return L.lookup("PARTS_OF_DAY", p)


def _with_pod(day_value, pod, L):
    if pod and pod != "MI":
        return L.get("PART_OF_DAY_TYPE", "TIME"), f"{day_value}T{pod}"
    if pod == "MI":
        return "TIME", f"{day_value}T12:00"
    return "DATE", day_value


def _cap_ok(L, word):
    """A case-sensitive vocabulary word must be capitalised."""
    if word is None:
        return True
    if lexicon._norm(word) in L.case_sensitive:
        return bool(_CAP.match(word))
    return True


# ----------------------------------------------------------------------------------------------- validity

def _valid(L, kind, m, text, s, e):
    for grp in ("month", "weekday", "season", "holiday", "month2"):
        w = _g(m, grp)
        if w and not _cap_ok(L, w):
            return False
    w = _g(m, "month")
    if w and w[:1].isupper() and L.get("MONTH_CAPITALISED_IS_NAME", False):
        # languages that write months in lower case: "la avenida 9 de Julio" is a street
        if not re.search(r"(?:^|[.!?¡¿:\n][\"'“”»«\s]*)$", text[max(0, m.start("month") - 4):m.start("month")]):
            return False
    before = text[max(0, s - 30):s]
    after = text[e:e + 30]
    if kind in ("month", "holiday", "season"):
        needs = (kind == "month" and L.get("MONTH_NEEDS_CONTEXT", True)) or \
            (kind == "holiday" and L.get("HOLIDAY_NEEDS_CONTEXT", False))
        if needs and L.namelike_before is not None and not _g(m, "rel") and not _g(m, "year"):
            w0 = m.start(kind) if kind in m.re.groupindex and m.group(kind) else m.start()
            stripped = text[max(0, w0 - 30):w0]
            if not L.namelike_before.search(stripped):
                return False
        if kind in ("holiday", "month") and not _g(m, "year"):
            if s > 0 and text[s - 1] in "-‐":
                return False
            nxt = re.match(r"[\s]+([^\s]+)", after)
            if nxt and _CAP.match(nxt.group(1)) and not L.lookup("MONTHS", nxt.group(1)) \
                    and not L.lookup("WEEKDAYS", nxt.group(1)) and not re.match(r"\d", nxt.group(1)):
                # "April Smith", "Noël Le Graët" (a following capitalised word: a name)
                if not re.search(r"[.!?:;]\s*$", text[e:e + 3]):
                    return False
    if kind == "month" and not _g(m, "year") and not _g(m, "day"):
        na = L.get("MONTH_NAME_AFTER")          # "the March of Dimes": a name, not a month
        if na and re.match(na, after):
            return False
    if kind == "season" and not _g(m, "rel") and not _g(m, "year"):
        sb = L.get("BARE_SEASON_BEFORE")
        w0 = m.start("season") if "season" in m.re.groupindex and m.group("season") else m.start()
        if sb and not re.search(sb, text[max(0, w0 - 30):w0], re.I):
            return False
    unit = _g(m, "unit")
    if unit and L.get("UNITS_LOWERCASE", False) and unit[:1].isupper() and kind != "set":
        # "60 Minutes", "This Week With ...": a capitalised unit inside a sentence is a title
        if not re.search(r"(?:^|[.!?\n][\"'“”»«\s]*)$", text[max(0, m.start() - 4):m.start()]):
            return False
    if kind in ("duration", "set", "ago") and unit:
        u = L.lookup("UNITS", unit)
        numw = lexicon._norm(_g(m, "num") or "")
        if re.fullmatch(r"(?:1[89]|20)\d\d", numw) and not _is_plural_unit(L, unit):
            return False          # "the 1988 quarter", "the 1996 season": a year, not a count
        # "a second betrayal": a unit that is also an ordinal needs a telling word after it
        need = L.get("ARTICLE_UNIT_NEEDS_AFTER", {}).get(u)
        if need and numw in L.articles and not re.match(need, after, re.I):
            return False
        # "a quarter of the budget", "three-quarters of its food", "a four-quarter test"
        frac = L.get("UNIT_FRACTION_AFTER", {}).get(u)
        if frac and kind == "duration":
            if L.lookup("NUMBERS", numw) == 1 or re.match(frac, after):
                return False
            if re.search(r"\d/|\w-" + re.escape(unit) + r"s?$", m.group(0), re.I):
                return False
    if kind == "set" and _g(m, "rate"):
        # "$1.76 a year", "four flights a week", "twice a day" -- but not "within a week"
        rb = L.get("SET_RATE_BEFORE")
        if not rb or not re.search(rb, text[max(0, s - 40):s], re.I):
            return False
    if kind == "ref":
        w = lexicon._norm(_g(m, "ref") or "")
        need = L.ref_needs.get(w)
        if need is not None and not need.search(text[max(0, s - 20):s]):
            return False
    if kind == "anaphor" and _g(m, "anaday"):
        need = L.ana_needs.get(lexicon._norm(_g(m, "anaday")))
        if need is not None and not need.search(text[max(0, s - 25):s]):
            return False
    if kind == "year":
        y = int(_g(m, "year"))
        plain = lexicon._norm(m.group(0)) == _g(m, "year")
        if plain:
            if y < 1800 or y > 2099:
                pre = L.get("YEAR_PREPOSITIONS")
                if not (pre and re.search(pre + r"\s+$", before, re.I)):
                    return False
            # "2000 people" is caught by blockers; "1990-91" by the rule; a bare number list is not a year
            if re.match(r"\s*(?:[-–]\s*\d|:\d|\.\d|,\d{3})", after):
                return False
            # "seized 2000 rifles": a count before a plural noun, unless a word introduces a year
            ca, cb = L.get("YEAR_COUNT_AFTER"), L.get("YEAR_INTRO_BEFORE")
            if ca and re.match(ca, after) and not (cb and re.search(cb + r"\s*$", before, re.I)):
                return False
    return True


# ----------------------------------------------------------------------------------------------- interpret

def _interpret(ctx: Ctx, kind: str, m, s: int, e: int):
    L, anchor, text = ctx.L, ctx.anchor, ctx.text
    g = lambda n: _g(m, n)
    lk = L.lookup

    if kind == "date":
        month = lk("MONTHS", g("month"))
        day = int(g("day")) if g("day") else None
        year = int(g("year")) if g("year") else None
        if year is None and g("yy"):
            yy = int(g("yy").lstrip("'’"))
            year = (1900 + yy) if (anchor is None or 1900 + yy <= anchor.year + 1) and yy > 30 else 2000 + yy
        wd = lk("WEEKDAYS", g("weekday")) if g("weekday") else None
        rel = lk("REL_PRE", g("rel")) if g("rel") else None
        if rel is None and g("relpost"):
            rel = lk("REL_POST", g("relpost"))
        week = g("weekof")
        if month is None:
            return None
        if day is None:
            if year is None:
                return None
            ctx.last_year, ctx.last_month = year, (year, month)   # "June 1998 ... later that year"
            return "DATE", fmt_month(year, month)
        if year is not None:
            d = clamp_day(year, month, day)
        elif anchor is not None:
            t = ctx.date_tense(s, e) if rel is None else None
            if rel == 0:
                rel = None
            d = A.resolve_day_month(anchor, month, day, t, wd, rel)
        else:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        if d is None:
            return None
        if week:
            v = fmt_week(d) + ("-WE" if lk("UNITS", week) == "WE" else "")
            return "DATE", v
        ctx.last_day, ctx.last_year = d, d.year
        return _with_pod(fmt_day(d), _pod_suffix(L, m), L)

    if kind == "day2":
        month = lk("MONTHS", g("month"))
        day = int(g("day2"))
        if month is None:
            return None
        if g("year"):
            d = clamp_day(int(g("year")), month, day)
        elif anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        else:
            rel = lk("REL_POST", g("relpost")) if g("relpost") else None
            d = A.resolve_day_month(anchor, month, day, ctx.date_tense(s, e) if rel is None else None, None, rel)
        return ("DATE", fmt_day(d)) if d else None

    if kind == "the_year":
        if g("ended"):
            return "DURATION", "P1Y"
        if anchor is None:
            return None
        return "DATE", f"{anchor.year:04d}"

    if kind == "numdate":
        n1, n2, ny = int(g("n1")), int(g("n2")), g("ny")
        y = int(ny) if len(ny) == 4 else (1900 + int(ny) if int(ny) > 30 else 2000 + int(ny))
        order = L.get("NUMERIC_DATE_ORDER", "DMY")
        mo, dy = (n1, n2) if order == "MDY" else (n2, n1)
        if mo > 12 and dy <= 12:
            mo, dy = dy, mo
        d = clamp_day(y, mo, dy)
        if d is None:
            return None
        ctx.last_day, ctx.last_year = d, d.year
        return "DATE", fmt_day(d)

    if kind == "isodate":
        d = clamp_day(int(g("year")), int(g("mm")), int(g("dd")))
        if d is None:
            return None
        ctx.last_day, ctx.last_year = d, d.year
        if g("hour"):
            return "TIME", f"{fmt_day(d)}T{int(g('hour')):02d}:{g('minute')}"
        return "DATE", fmt_day(d)

    if kind == "month_relyear":
        month = lk("MONTHS", g("month"))
        rel = lk("REL_PRE", g("rel"))
        if month is None or rel is None:
            return None
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}"
        return "DATE", fmt_month(anchor.year + rel, month)

    if kind == "month":
        month = lk("MONTHS", g("month"))
        if month is None:
            return None
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}"
        y, mo = A.resolve_month(anchor, month, ctx.date_tense(s, e))
        ctx.last_year = y
        ctx.last_month = (y, mo)
        return "DATE", fmt_month(y, mo)

    if kind == "year":
        y = int(g("year"))
        ctx.last_year = y
        if g("yperiod") and ctx.quarter_context(s):
            # "the 1989 period" in a quarterly report: the quarter under discussion, in that year
            return "DATE", fmt_quarter(y, ctx.cmp_quarter[1])
        return "DATE", f"{y:04d}"

    if kind == "spoken_year":
        sp = lexicon._norm(g("span"))
        month = None
        if g("month"):
            month = lk("MONTHS", g("month"))
            sp = lexicon._norm(sp[len(lexicon._norm(g("month"))):])
        if g("y2000"):
            y = 2000
        else:
            first, rest = sp.split(" ", 1)
            a, b = _num(L, first), _num(L, rest)
            if not isinstance(a, int) or not isinstance(b, int):
                return None
            y = a * 100 + b
        return "DATE", (fmt_month(y, month) if month else f"{y:04d}")

    if kind == "decade":
        if g("decade") and len(g("decade")) == 4:
            return "DATE", g("decade")[:3]
        dd = g("decade2") or g("decade")
        k = int(dd[0]) if dd else lk("DECADE_WORDS", g("decadew"))
        if k is None:
            return None
        if anchor is None:
            return "DATE", f"19{k}"
        c = anchor.year // 100
        v = c * 10 + k
        if v * 10 > anchor.year + 5:
            v -= 10
        return "DATE", f"{v:03d}"

    if kind == "century":
        n = lk("ORDINALS", g("ord")) if g("ord") else None
        if n is None and g("roman"):
            n = _roman(g("roman"))
        if not n or n > 25:
            return None
        return "DATE", f"{n - 1:02d}"

    if kind == "quarter":
        q = lk("ORDINALS", g("ord")) if g("ord") else (int(g("qn")) if g("qn") else None)
        if g("qn") and not m.group(0)[:1].isupper():
            return None                                   # "q3" in lower case is not the quarter notation
        if q is not None and not 1 <= q <= 4:
            return None
        y = int(g("year")) if g("year") else (2000 + int(g("yy2")) if g("yy2") else None)
        rel = lk("REL_PRE", g("rel")) if g("rel") else None
        if rel is None and g("relpost"):
            rel = lk("REL_POST", g("relpost"))
            if rel is not None and y is None and anchor is not None:
                y = anchor.year + rel
        yearago = bool(g("yearago")) or bool(g("corr"))
        if yearago and g("qperiod") and ctx.last_months and ctx.last_months[1] > ctx.last_quarter_pos \
                and s - ctx.last_months[1] <= ctx.QUARTER_WINDOW:
            # "for the first nine months ... in the year-earlier period": the same length a year back
            return "DURATION", ctx.last_months[0]
        if anchor is None and y is None:
            return "DATE", f"XXXX-Q{q}" if q else "XXXX-QX"
        rep_y, rep_q = ctx.cmp_quarter or _reporting_quarter(anchor)
        if q is not None:
            if y is None:
                if rel is not None and g("poss"):
                    y = anchor.year + rel
                elif yearago:
                    y = rep_y - 1
                else:
                    cq = quarter_of(anchor)
                    y = anchor.year if q <= cq or ctx.tense(s, e) == A.FUT else anchor.year - 1
            ctx.last_quarter = (y, q)
            ctx.last_quarter_pos = e
            if ctx.lead_quarter is None:
                ctx.lead_quarter = (y, q)
            return "DATE", fmt_quarter(y, q)
        if rel is not None and not g("poss"):
            cy, cq = anchor.year, quarter_of(anchor)
            k = cy * 4 + cq - 1 + rel
            return "DATE", fmt_quarter(k // 4, k % 4 + 1)
        if rel is not None:   # "last year's quarter"
            return "DATE", fmt_quarter(rep_y + rel, rep_q)
        if yearago:
            return "DATE", fmt_quarter(rep_y - 1, rep_q)
        latest = (g("latest") or "").lower()
        if latest == "current":                           # "the current quarter": the one we are in
            yq = (anchor.year, quarter_of(anchor))
        elif latest in ("latest", "most recent"):         # "the latest quarter": the last one reported
            yq = _reporting_quarter(anchor)
        else:
            yq = ctx.last_quarter or _reporting_quarter(anchor)    # "the quarter", "that quarter": the last named
        ctx.last_quarter, ctx.last_quarter_pos = yq, e    # "... a year earlier" refers back to it
        return "DATE", fmt_quarter(*yq)

    if kind == "half":
        n = int(g("hn")) if g("hn") else (2 if g("lasthalf") else lk("ORDINALS", g("ord")))
        if n not in (1, 2):
            return None
        y = int(g("year")) if g("year") else (anchor.year if anchor else None)
        return "DATE", (f"{y:04d}-H{n}" if y else f"XXXX-H{n}")

    if kind == "deictic":
        off, pod = lk("DEICTIC", g("deictic")) or (None, None)
        if off is None:
            return None
        pod = _pod_suffix(L, m) or pod
        if anchor is None:
            return _with_pod("XXXX-XX-XX", pod, L)
        d = anchor + timedelta(days=off)
        ctx.last_day, ctx.last_year = d, d.year
        if g("hour"):
            return "TIME", f"{fmt_day(d)}T{int(g('hour')):02d}:{int(g('minute') or 0):02d}"
        return _with_pod(fmt_day(d), pod, L)

    if kind == "rel_unit":
        if g("cur"):
            if anchor is None:
                return None
            return "DATE", shift(anchor, lk("UNITS", g("cur")), 0)
        if g("unitend"):
            # "by year-end" / "since year-end": the last day of the year (month) under way, or of the one
            # before it when the clause looks back
            u = lk("UNITS", g("unitend"))
            if anchor is None or u not in ("Y", "M"):
                return None
            y, mo = (anchor.year, 12) if u == "Y" else (anchor.year, anchor.month)
            if ctx.date_tense(s, e) != A.PAST:
                return "DATE", shift(anchor, u, 0)
            y, mo = (y - 1, 12) if u == "Y" else add_months(y, mo, -1)
            d = date(y, mo, monthrange(y, mo)[1])
            return "DATE", fmt_day(d)
        u, mult = _unit(L, g("unit"))
        if u is None:
            return None
        if g("anaph"):
            ref = ctx.ref_day()
            return ("DATE", shift(ref, u, 0)) if ref else None
        relw = lexicon._norm(g("rel") or "")
        rel = lk("REL_PRE", g("rel")) if g("rel") else (lk("REL_POST", g("relpost")) if g("relpost") else None)
        if rel is None:
            return None
        if _is_plural_unit(L, g("unit")):
            return None
        if L.get("DURATION_REL_RE") and re.match(L.get("DURATION_REL_RE"), relw) and rel != 0:
            return "DURATION", duration(mult, u)
        if anchor is None:
            return "DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}.get(u, "XXXX")
        if u == "WE":
            return "DATE", _weekend(anchor, rel, ctx.tense(s, e))
        if u in ("H", "MIN", "S"):
            return None
        if mult != 1:
            return "DURATION", duration(mult, u)
        v = shift(anchor, u, rel)
        if u == "D":
            ctx.last_day = anchor + timedelta(days=rel)
        elif u == "Y":
            ctx.last_year = anchor.year + rel                 # "last year ... a year earlier"
        return ("DATE", v) if v else None

    if kind == "rel_named":
        rel = lk("REL_PRE", g("rel")) if g("rel") else lk("REL_POST", g("relpost"))
        if rel is None:
            return None
        if anchor is None:
            if g("weekday"):
                return "DATE", f"XXXX-WXX-{lk('WEEKDAYS', g('weekday'))}"
            if g("month"):
                return "DATE", f"XXXX-{lk('MONTHS', g('month')):02d}"
            return None
        t = ctx.tense(s, e) if rel == 0 else None
        if g("weekday"):
            wd = lk("WEEKDAYS", g("weekday"))
            base = anchor
            if rel and g("rel") and lk("REL_ANAPHORIC", g("rel")) == rel:
                base = ctx.ref_day()                     # "the previous Friday": before the day last mentioned
            d = A.resolve_weekday(base, wd, t, rel if rel else None)
            ctx.last_day = d
            return _with_pod(fmt_day(d), _pod_suffix(L, m), L)
        if g("month"):
            y, mo = A.resolve_month(anchor, lk("MONTHS", g("month")), t, rel)
            ctx.last_year, ctx.last_month = y, (y, mo)
            return "DATE", fmt_month(y, mo)
        if g("season"):
            return "DATE", A.resolve_season(anchor, lk("SEASONS", g("season")), t, rel)
        if g("holiday"):
            d = A.resolve_holiday(anchor, lk("HOLIDAYS", g("holiday")), t, rel if rel else 0)
            if d:
                ctx.last_day = d
            return ("DATE", fmt_day(d)) if d else None
        return None

    if kind == "ago":
        u, mult = _unit(L, g("unit"))
        if u is None or u in ("WE",):
            return None
        n = _num(L, g("num")) if g("num") else 1
        if g("num") is None and _is_plural_unit(L, g("unit")):
            n = "X"
        if n is None:
            return None
        direction = lk("AGO_POST", g("ago")) if g("ago") else lk("AGO_PRE", g("agopre"))
        if direction is None:
            return None
        if n == "X":
            return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
        n = n * mult
        base = anchor
        if g("ago") and lexicon._norm(g("ago")) in L.ago_from_context:
            # "ein Jahr zuvor", "a year earlier": counted from the date named just before, if there is one
            if u == "Y" and ctx.last_year and s - ctx.last_year_pos <= ctx.CONTEXT_WINDOW:
                base = date(ctx.last_year, 7, 1)
            elif ctx.last_day and s - ctx.last_day_pos <= ctx.CONTEXT_WINDOW:
                base = ctx.last_day
        if base is None:
            return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
        if u == "Y" and n == 1 and direction < 0 and ctx.quarter_context(s):
            qy, qq = ctx.cmp_quarter
            return "DATE", fmt_quarter(qy - 1, qq)
        v = ago(base, u, -direction * n if direction > 0 else n)
        if v and DAYISH.match(v):
            try:
                ctx.last_day = date.fromisoformat(v[:10])
            except ValueError:
                pass
        return ("DATE", v) if v else None

    if kind == "weekday":
        wd = lk("WEEKDAYS", g("weekday"))
        if wd is None:
            return None
        if anchor is None:
            return _with_pod(f"XXXX-WXX-{wd}", _pod_suffix(L, m), L)
        d = A.resolve_weekday(anchor, wd, ctx.weekday_tense(s, e))
        ctx.last_day, ctx.last_year = d, d.year
        return _with_pod(fmt_day(d), _pod_suffix(L, m), L)

    if kind == "season":
        se = lk("SEASONS", g("season"))
        if se is None:
            return None
        if g("year"):
            return "DATE", f"{int(g('year')):04d}-{se}"
        if g("yrel") and anchor is not None:               # "the spring of last year"
            return "DATE", f"{anchor.year + {'last': -1, 'this': 0, 'next': 1}[g('yrel').lower()]:04d}-{se}"
        rel = lk("REL_PRE", g("rel")) if g("rel") else (lk("REL_POST", g("relpost")) if g("relpost") else None)
        if anchor is None:
            return "DATE", f"XXXX-{se}"
        if rel is None and L.get("BARE_SEASON_GENERIC"):
            return "DATE", f"XXXX-{se}"
        t = ctx.tense(s, e) if rel in (None, 0) else None
        return "DATE", A.resolve_season(anchor, se, t, rel)

    if kind == "holiday":
        spec = lk("HOLIDAYS", g("holiday"))
        if spec is None:
            return None
        if g("year"):
            d = holiday_date(spec, int(g("year")))
        elif anchor is None:
            return ("DATE", f"XXXX-{spec[0]:02d}-{spec[1]:02d}") if isinstance(spec[0], int) else None
        else:
            rel = lk("REL_PRE", g("rel")) if g("rel") else (lk("REL_POST", g("relpost")) if g("relpost") else None)
            d = A.resolve_holiday(anchor, spec, ctx.date_tense(s, e) if rel is None else None, rel)
        if d is None:
            return None
        ctx.last_day = d
        return "DATE", fmt_day(d)

    if kind == "anaphor":
        ref = ctx.ref_day()
        if ref is None:
            return None
        if g("anaday"):
            off, pod = lk("ANAPHORIC_DAYS", g("anaday")) or (None, None)
            if off is None:
                return None
            d = ref + timedelta(days=off)
            ctx.last_day = d
            return _with_pod(fmt_day(d), pod, L)
        if g("ana_day"):
            d = ref + timedelta(days=1)
            pod = _first_pod(L, g("ana_day"))
            ctx.last_day = d
            return _with_pod(fmt_day(d), pod, L)
        if g("ana_prev") or g("ana_before"):
            d = ref - timedelta(days=1)
            ctx.last_day = d
            return _with_pod(fmt_day(d), _first_pod(L, g("ana_prev") or ""), L)
        if g("ana_after"):
            d = ref + timedelta(days=1)
            ctx.last_day = d
            return "DATE", fmt_day(d)
        off = lk("REL_ANAPHORIC", g("relana"))
        if off is None:
            return None
        if g("pod"):
            return _with_pod(fmt_day(ref + timedelta(days=off)), _pod_suffix(L, m), L)
        u, mult = _unit(L, g("unit"))
        if u is None or _is_plural_unit(L, g("unit")):
            return None
        if u == "Y" and ctx.last_year:
            return "DATE", f"{ctx.last_year + off:04d}"
        if u == "M" and ctx.last_month:
            yy, mm = add_months(ctx.last_month[0], ctx.last_month[1], off)
            return "DATE", fmt_month(yy, mm)
        v = shift(ref, u, off)
        if u == "D":
            ctx.last_day = ref + timedelta(days=off)
        return ("DATE", v) if v else None

    if kind == "time":
        hour = int(g("hour")) if g("hour") else None
        minute = int(g("minute")) if g("minute") else 0
        if hour is None and g("timeword"):
            hour = lk("TIME_WORDS", g("timeword"))
        if hour is None:
            return None
        if g("ampm"):
            add = lk("AMPM", g("ampm"))
            if hour > 12 or hour == 0:
                return None
            if add == 12 and hour < 12:
                hour += 12
            elif add == 0 and hour == 12:
                hour = 0
        elif g("pod"):
            pod = _pod_suffix(L, m)
            if pod in ("AF", "EV", "NI") and hour < 12 and not (pod == "NI" and hour < 5):
                hour += 12
        if hour > 24 or minute > 59:
            return None
        if g("rel") and g("pod") and not g("hour"):
            rel = lk("REL_PRE", g("rel"))
            if anchor is None or rel is None:
                return None
            return _with_pod(fmt_day(anchor + timedelta(days=rel)), _pod_suffix(L, m), L)
        # the day: in the expression, else resolved later from the sentence
        d = None
        if g("weekday") and anchor:
            d = A.resolve_weekday(anchor, lk("WEEKDAYS", g("weekday")), ctx.weekday_tense(s, e))
        elif g("deictic") and anchor:
            off = (lk("DEICTIC", g("deictic")) or (0, None))[0]
            d = anchor + timedelta(days=off)
        elif g("month") and g("day") and anchor:
            d = A.resolve_day_month(anchor, lk("MONTHS", g("month")), int(g("day")), ctx.tense(s, e))
        hhmm = f"T{hour:02d}:{minute:02d}"
        if d is not None:
            ctx.last_day = d
            return "TIME", fmt_day(d) + hhmm
        return "TIME", "@DAY@" + hhmm         # filled in by _fill_times

    if kind == "duration":
        if g("whilex"):
            return "DURATION", "PXX"
        word = g("unit")
        u, mult = _unit(L, word)
        if u is None:
            return None
        if g("fuzzy"):
            return "DURATION", duration("X", u)
        if g("span") is not None and g("num") is None:
            if not _is_plural_unit(L, word):
                return None
            return "DURATION", duration("X", u)
        n = _num(L, g("num")) if g("num") else 1
        if n is None:
            return None
        if n == "X":
            return "DURATION", duration("X", u)
        if g("half") or g("half2"):
            n = n + 0.5
        if u == "WE":
            return "DURATION", duration(n, "WE")
        v = duration(n * mult, u)
        if u == "M" and isinstance(n, int) and n > 1:
            ctx.last_months = (v, e)          # "the first nine months": what "the year-earlier period" may mean
        return "DURATION", v

    if kind == "set":
        if g("setword"):
            v = lk("SET_WORDS", g("setword"))
            if v in ("TMO", "TAF", "TEV", "TNI"):          # "nightly", "nachts", "mornings"
                return "SET", "XXXX-XX-XX" + v
            return ("SET", v) if v else None
        if g("weekdaypl") or (g("weekday") and g("podpl")):
            wd = lk("WEEKDAYS_PLURAL", g("weekdaypl")) if g("weekdaypl") else lk("WEEKDAYS", g("weekday"))
            pod = lk("PARTS_OF_DAY", g("pod") or g("podpl") or "") if (g("pod") or g("podpl")) else None
            return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        if g("weekday"):
            wd = lk("WEEKDAYS", g("weekday"))
            pod = _pod_suffix(L, m)
            return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        if g("month"):
            return "SET", f"XXXX-{lk('MONTHS', g('month')):02d}"
        if g("season"):
            return "SET", f"XXXX-{lk('SEASONS', g('season'))}"
        u, mult = _unit(L, g("unit"))
        if u is None:
            return None
        n = _num(L, g("num")) if g("num") else 1
        if not isinstance(n, (int, float)):
            n = 1
        ev = lk("EVERY", g("every")) if g("every") else 1
        if u == "WE":
            return "SET", "XXXX-WXX-WE"
        return "SET", duration(n * mult * (ev or 1), u)

    if kind == "pod_ref":
        # "in the morning": the day in context (the last day mentioned, else the publication day)
        ref = ctx.ref_day()
        pod = _first_pod(L, g("span"))
        if ref is None or pod is None:
            return None
        return "TIME", f"{fmt_day(ref)}T{pod}"

    if kind == "prev_period":
        # "im Vorjahresmonat": the period before the one last named (else before the publication date's)
        unit, off = lk("PREV_PERIOD", g("prevperiod")) or (None, None)
        if unit == "Y":
            y = ctx.last_year or (anchor.year if anchor else None)
            return ("DATE", f"{y + off:04d}") if y else None
        if unit == "M":
            ym = ctx.last_month or ((anchor.year, anchor.month) if anchor else None)
            return ("DATE", fmt_month(*add_months(ym[0], ym[1], off))) if ym else None
        if unit == "Q":
            yq = ctx.last_quarter or (_reporting_quarter(anchor) if anchor else None)
            if not yq:
                return None
            k = yq[0] * 4 + yq[1] - 1 + off
            return "DATE", fmt_quarter(k // 4, k % 4 + 1)
        if unit == "W":
            ref = ctx.ref_day()
            return ("DATE", fmt_week(ref - timedelta(weeks=-off))) if ref else None
        return None

    if kind == "anaphor_wd":
        # "the previous Friday", "the following Monday": relative to the last day mentioned
        off = lk("REL_ANAPHORIC", g("relana"))
        wd = lk("WEEKDAYS", g("weekday"))
        ref = ctx.ref_day()
        if off not in (-1, 1) or wd is None or ref is None:
            return None
        d = A.resolve_weekday(ref, wd, None, off)
        ctx.last_day = d
        return "DATE", fmt_day(d)

    if kind == "weekend":
        if anchor is None:
            return "DATE", "XXXX-WXX-WE"
        return "DATE", _weekend(anchor, None, ctx.tense(s, e))

    if kind == "yearago":
        if anchor is None:
            return None
        if ctx.quarter_context(s):
            qy, qq = ctx.cmp_quarter
            return "DATE", fmt_quarter(qy - 1, qq)
        return "DATE", f"{anchor.year - 1:04d}"

    if kind == "ref":
        v = lk("REFS", g("ref"))
        return ("DATE", v) if v else None

    return None


def _first_pod(L, txt):
    for w in re.findall(r"[\w-]+", txt):
        p = L.lookup("PARTS_OF_DAY", w)
        if p:
            return p
    return None


def _roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = vals.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _reporting_quarter(anchor):
    """The quarter a business story most likely reports on: the last one closed if we are early in a quarter."""
    if anchor is None:
        return (0, 0)
    q = quarter_of(anchor)
    if (anchor.month - 1) % 3 < 2:
        k = anchor.year * 4 + q - 2
        return k // 4, k % 4 + 1
    return anchor.year, q


def _weekend(anchor, rel, tense):
    wd = anchor.isoweekday()
    if wd >= 6 and rel in (0, None):
        sat = anchor - timedelta(days=wd - 6)
    elif rel == -1 or (rel in (0, None) and tense != A.FUT):
        sat = anchor - timedelta(days=(wd - 6) % 7 or 7)
    else:
        sat = anchor + timedelta(days=(6 - wd) % 7 or 7)
    return fmt_week(sat) + "-WE"


# ----------------------------------------------------------------------------------------------- main

_TOKEN = re.compile(r"\w+", re.UNICODE)
BACK, FWD = 60, 70        # a match holds its trigger token and is never longer than ~60 characters


def _trigger_positions(L, text):
    """Token start positions per trigger category (and per literal token)."""
    pos: dict = {}
    tt = L.trigger_tokens
    for m in _TOKEN.finditer(text):
        tok = m.group().lower()
        s = m.start()
        if tok[0].isdigit():
            pos.setdefault("DIGIT", []).append(s)
            if tok.endswith("s"):
                pos.setdefault("DECADE", []).append(s)
        cats = tt.get(tok)
        if cats:
            for c in cats:
                pos.setdefault(c, []).append(s)
        pos.setdefault(tok, []).append(s)
    return pos


def _windows(points, n):
    out = []
    for p in points:
        a, b = max(0, p - BACK), min(n, p + FWD)
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1][1] = b
        else:
            out.append([a, b])
    return out


# the article's dates are tagged right after its publication date was looked for in the same text (and both
# scan for the same candidates): the candidates of the last text are kept
# (one assignment, so that a time bound interrupting it leaves no half-made entry)
_LAST_CANDIDATES: tuple = (None, None, ())


def _candidates(L, text):
    """Every rule's matches in ``text`` (a new list; the matches are shared with the last call's)."""
    global _LAST_CANDIDATES
    lang, last_text, found = _LAST_CANDIDATES
    if lang is L and last_text is not None and (last_text is text or last_text == text):
        return list(found)
    out = _find_candidates(L, text)
    _LAST_CANDIDATES = (L, text, tuple(out))
    return out


def _find_candidates(L, text):
    n = len(text)
    pos = _trigger_positions(L, text)
    cands = []
    by_trigger: dict = {}   # many rules share a trigger category: their windows are the same
    for idx, kind, rx, trig in L.rules:
        wins = by_trigger.get(trig)
        if wins is None:
            if trig is None:
                wins = [(0, n)]
            else:
                if isinstance(trig, frozenset):
                    pts = sorted(p for t in trig for p in pos.get(t, ()))
                else:
                    pts = pos.get(trig)
                wins = []
                for a, b in (_windows(pts, n) if pts else ()):
                    # extend the window end to a word boundary so that look-aheads see real text
                    while b < n and (text[b - 1].isalnum() or text[b - 1] in ".'’"):
                        b += 1
                    wins.append((a, b))
            by_trigger[trig] = wins
        if not wins:
            continue
        has_span = "span" in rx.groupindex
        for a, b in wins:
            for m in rx.finditer(text, a, b):
                if has_span and m.group("span") is not None:
                    s, e = m.span("span")
                else:
                    s, e = m.span()
                while e > s and text[e - 1] in " \t\n,;:":
                    e -= 1
                while s < e and text[s] in " \t\n,;:":
                    s += 1
                if e <= s:
                    continue
                if not _valid(L, kind, m, text, s, e):
                    continue
                cands.append((s, e, idx, kind, m))
    if not cands:
        return cands
    # blockers, run only around the candidates
    blocked = []
    spans = sorted((max(0, c[0] - 60), min(n, c[1] + 60)) for c in cands)
    merged = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        for bl in L.blockers:
            for bm in bl.finditer(text, a, b):
                if bm.end() > bm.start():
                    blocked.append(bm.span())
    if blocked:
        blocked.sort()
        bstarts = [x[0] for x in blocked]

        def is_blocked(s, e):
            i = bisect_right(bstarts, e - 1)
            for j in range(max(0, i - 16), i):
                bs, be = blocked[j]
                if bs < e and s < be:
                    return True
            return False

        cands = [c for c in cands if not is_blocked(c[0], c[1])]
    # the same match found from two overlapping windows
    seen = set()
    out = []
    for c in cands:
        k = (c[0], c[1], c[2])
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _select(cands, dry=None):
    """Longest first, then rule order; with ``dry`` (a throw-away context) a candidate that does not
    interpret leaves its place to the next one."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    starts: list[int] = []      # accepted spans never overlap: keep them sorted by start
    ends: list[int] = []
    out = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        if dry is not None:
            try:
                dry.cur = s
                r = _interpret(dry, c[3], c[4], s, e)
            except (ValueError, TypeError, KeyError, OverflowError, AttributeError):
                r = None
            if not r or not r[1]:
                continue
        starts.insert(i, s)
        ends.insert(i, e)
        out.append(c)
    out.sort(key=lambda c: c[0])
    return out


def tag(text: str, lang: str, anchor: date | None, sentences: list[tuple[int, int]] | None = None) -> list[Timex]:
    """TIMEX3 expressions in ``text`` with TimeML values anchored to ``anchor`` (the publication date).

    ``sentences`` are (start, end) character spans; without them a cheap splitter is used. Deterministic and
    cheap (about 2 ms of CPU per news article), so re-anchoring an article whose publication date becomes known
    later (e.g. from the other articles of its story) is just another call with the new ``anchor``. Without an
    anchor nothing relative is invented: "Friday" is ``XXXX-WXX-5``, "two days ago" ``PAST_REF``, explicit dates
    stay explicit.
    """
    if not text:
        return []
    L = lexicon.load((lang or "en").lower()[:2])
    if anchor is not None and not isinstance(anchor, date):
        anchor = None
    if hasattr(anchor, "date") and callable(getattr(anchor, "date")):
        anchor = anchor.date()
    sents = sorted((int(a), int(b)) for a, b in sentences) if sentences else A.sentence_bounds(text)
    dry = Ctx(L, text, anchor, sents)
    chosen = _select(_candidates(L, text), dry)
    ctx = Ctx(L, text, anchor, sents)
    ctx.cue_cache = dry.cue_cache
    ctx.spans = [(c[0], c[1]) for c in chosen]
    out: list[Timex] = []
    for s, e, idx, kind, m in chosen:
        ctx.cur = s
        try:
            r = _interpret(ctx, kind, m, s, e)
        except (ValueError, TypeError, KeyError, OverflowError, AttributeError):
            r = None
        if not r or not r[1]:
            continue
        out.append(Timex(start=s, end=e, text=text[s:e], type=r[0], value=r[1]))
    _fill_times(ctx, out)
    return out


def _fill_times(ctx, out):
    """Times without a day take the nearest day in their sentence, else the last day mentioned, else the anchor."""
    days = [(t.start, t.value[:10]) for t in out if DAYISH.match(t.value)]
    pos = [p for p, _ in days]
    for t in out:
        if not t.value.startswith("@DAY@"):
            continue
        ss, se = ctx.sentence(t.start)
        i = bisect_right(pos, t.start)
        near = [days[j] for j in (i - 1, i) if 0 <= j < len(days) and ss <= days[j][0] < se]
        if near:
            day = min((abs(p - t.start), v) for p, v in near)[1]
        elif i > 0:
            day = days[i - 1][1]
        else:
            day = fmt_day(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
        t.value = t.value.replace("@DAY@", day)
