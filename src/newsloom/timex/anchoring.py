"""Anchoring underspecified expressions to the publication date (language blind).

Tense comes from the language's cue lists; the resolution rules are calendar arithmetic.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from .normaliser import fmt_day, fmt_month, holiday_date

FUT, PAST, PASTR = "FUT", "PAST", "PASTR"



_BOUNDARY = re.compile(r"[.!?]+[\"'»”’)]*\s+(?=[\"'«“‘(]?[A-ZÀ-ÝÄÖÜ0-9¿¡])|\n\s*\n")
_ABBREV = {"mr", "ms", "mrs", "dr", "st", "jr", "sr", "co", "no", "vs", "mt", "ft", "gen", "sen", "rep", "gov",
           "inc", "ltd", "corp", "col", "sgt", "lt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec", "u.s", "u.n", "m", "mme", "mlle", "sr", "sra", "hr", "fr", "prof", "av",
           "bd", "etc", "approx", "ca", "p", "pp", "vol", "art", "nr", "z.b", "bzw", "dr", "ing"}


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """A cheap sentence splitter, used when the caller gives none."""
    out = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            w = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
            if w and (w.group(1).lower() in _ABBREV or len(w.group(1)) == 1):
                continue
        end = m.end()
        out.append((start, end))
        start = end
    if start < len(text):
        out.append((start, len(text)))
    return out


_LASTWORD = re.compile(r"[\w'’]+$")


def _last_word(m):
    """A cue stands where its last word is: "ist im November ... gesunken" is a cue at "gesunken" (so that it
    does not swallow the expression it dates)."""
    w = _LASTWORD.search(m.group(0))
    return (m.start() + w.start(), m.end()) if w else (m.start(), m.end())


def _cues(lang, text, sent, cache):
    key = sent
    got = cache.get(key) if cache is not None else None
    if got is None:
        ss, se = sent
        got = [(*_last_word(m), FUT) for m in lang.future.finditer(text, ss, se)]
        got += [(*_last_word(m), PAST) for m in lang.past.finditer(text, ss, se)]
        reps = [(m.start(), m.end()) for m in lang.report.finditer(text, ss, se)] if lang.report is not None else []
        got = (got, reps)
        if cache is not None:
            cache[key] = got
    return got


REPORT_ADJACENT = 4
REPORT_ADJACENT_AFTER = 6


def tense_at(lang, text: str, sent: tuple[int, int], s: int, e: int, avoid=(), cache=None) -> str | None:
    """FUT / PAST from the nearest tense cue in the sentence (cues after the timex count double distance);
    PASTR when the only cues are reporting verbs ("said"), which often belong to another clause."""
    # words right before the expression that settle its tense ("as soon as Tuesday", "until Friday", "since May")
    for rx, label in lang.tense_before:
        if rx.search(text, max(0, s - 40), s):
            return label
    cues, reps = _cues(lang, text, sent, cache)
    # a reporting verb right before or after the expression ("said Friday", "In May, it announced") decides
    for rs, re_ in reps:
        if 0 <= s - re_ <= REPORT_ADJACENT or 0 <= rs - e <= REPORT_ADJACENT_AFTER:
            return PAST
    best = None
    for cs, ce, label in cues:
        if cs < e and s < ce:
            continue
        if avoid:
            k = bisect_right(avoid, (cs, 10 ** 12)) - 1
            if k >= 0 and avoid[k][0] <= cs < avoid[k][1]:
                continue
        d = (s - ce) if ce <= s else 2 * (cs - e) + 1
        if best is None or d < best[0]:
            best = (d, label)
    if best:
        return best[1]
    return PASTR if reps else None


def resolve_weekday(anchor: date, wd: int, tense: str | None, rel: int | None = None) -> date:
    cur = anchor.isoweekday()
    back = (cur - wd) % 7
    fwd = (wd - cur) % 7
    if rel == -1:
        return anchor - timedelta(days=back or 7)
    if rel == 1:
        return anchor + timedelta(days=fwd or 7)
    if back == 0:
        return anchor
    if tense == FUT:
        return anchor + timedelta(days=fwd)
    if tense in (PAST, PASTR):
        return anchor - timedelta(days=back)
    # no cue: news mostly reports what happened; only tomorrow beats the past week
    return anchor + timedelta(days=fwd) if fwd == 1 and back > 3 else anchor - timedelta(days=back)


FUTURE_WINDOW_MONTHS = 3     # without a tense cue, a month this close ahead is meant, else the past one
FUTURE_WINDOW_DAYS = 95


def resolve_month(anchor: date, month: int, tense: str | None, rel: int | None = None) -> tuple[int, int]:
    y, m = anchor.year, anchor.month
    if rel == -1:
        return (y, month) if month < m else (y - 1, month)
    if rel == 1:
        return (y, month) if month > m else (y + 1, month)
    if rel == 0:
        return (y, month)
    if month == m:
        return (y, month)
    fut = (y, month) if month > m else (y + 1, month)
    past = (y, month) if month < m else (y - 1, month)
    ahead = (fut[0] * 12 + fut[1]) - (y * 12 + m)
    if tense == FUT:
        return fut
    if tense == PAST:
        # a past-tense clause rarely means the month eleven months back rather than next month
        return fut if ahead <= 1 else past
    return fut if ahead <= FUTURE_WINDOW_MONTHS else past


def resolve_day_month(anchor: date, month: int, day: int, tense: str | None, weekday: int | None = None,
                      rel: int | None = None) -> date | None:
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            pass
    if not cands:
        return None
    if weekday:
        fit = [c for c in cands if c.isoweekday() == weekday]
        if fit:
            return min(fit, key=lambda c: abs((c - anchor).days))
    past = [c for c in cands if c <= anchor]
    fut = [c for c in cands if c >= anchor]
    p = max(past) if past else None
    f = min(fut) if fut else None
    if p == anchor:
        return p
    if rel == -1 and p:
        return p
    if rel == 1 and f:
        return f
    if tense == FUT and f and (f - anchor).days <= 300:
        return f
    if tense == PAST and p and (anchor - p).days <= 300:
        return p
    if f and (f - anchor).days <= FUTURE_WINDOW_DAYS:
        return f
    if p:
        return p
    return min(cands, key=lambda c: abs((c - anchor).days))


def resolve_holiday(anchor: date, spec, tense: str | None, rel: int | None = None) -> date | None:
    cands = [d for d in (holiday_date(spec, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
    if not cands:
        return None
    if rel == -1 or (rel is None and tense in (PAST, PASTR)):
        past = [c for c in cands if c < anchor] if rel == -1 else [c for c in cands if c <= anchor]
        if past:
            return max(past)
    if rel == 1 or (rel is None and tense == FUT):
        fut = [c for c in cands if c > anchor] if rel == 1 else [c for c in cands if c >= anchor]
        if fut:
            return min(fut)
    if rel == 0:
        same = [c for c in cands if c.year == anchor.year]
        if same:
            return same[0]
    return min(cands, key=lambda c: abs((c - anchor).days))


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_span(year: int, season: str) -> tuple[date, date]:
    """First and last day of a season instance; winter Y runs from December Y to February Y+1."""
    m = SEASON_START[season]
    start = date(year, m, 1)
    ey, em = (year + 1, 3) if m == 12 else (year, m + 3)
    return start, date(ey, em, 1) - timedelta(days=1)


def resolve_season(anchor: date, season: str, tense: str | None, rel: int | None = None) -> str:
    inst = [(y, *_season_span(y, season)) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == -1 or (rel is None and tense in (PAST, PASTR)):
        done = [y for y, a, b in inst if b < anchor]
        cur = [y for y, a, b in inst if a <= anchor <= b]
        y = cur[0] if (rel is None and cur) else max(done)
    elif rel == 1 or (rel is None and tense == FUT):
        cur = [y for y, a, b in inst if a <= anchor <= b]
        y = cur[0] if (rel is None and cur) else min(y for y, a, b in inst if a > anchor)
    else:   # "this summer", or no cue: the instance of this year (this winter: the one under way in Jan/Feb)
        cur = [y for y, a, b in inst if a <= anchor <= b]
        y = cur[0] if cur else anchor.year
    return f"{y:04d}-{season}"
