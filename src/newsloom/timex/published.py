"""Infer a publication date from an article's own text, only when the text gives real evidence."""
from __future__ import annotations

import re
from datetime import date

from . import engine, lexicon
from .normaliser import clamp_day


def _today() -> date:
    return date.today()


def infer_published(text: str, lang: str, today: date | None = None) -> date | None:
    """A publication date the text itself states, else None (never a guess).

    Evidence, in order: a full date introduced by a "today"/"published" cue or in a dateline
    ("PARIS, 3 mars 2025 (AFP)"); a date presented as this week's ("this Tuesday, April 2": the year is
    the latest one, not after ``today``, in which April 2 is a Tuesday).
    """
    if not text:
        return None
    today = today or _today()
    L = lexicon.load((lang or "en").lower()[:2])
    head = text[:3000]
    today_words = [k for k, v in L.tables.get("DEICTIC", {}).items() if v and v[0] == 0 and v[1] is None]
    today_rx = re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in today_words) + r")[\s,:(]*$",
                          re.I) if today_words else None
    pub_cues = L.get("PUBLISHED_CUES")
    pub_rx = re.compile(pub_cues + r"[\s\w,:'’]{0,25}$", re.I) if pub_cues else None
    best = []
    for s, e, idx, kind, m in engine._select(engine._candidates(L, head)):
        if kind != "date":
            continue
        g = lambda n: engine._g(m, n)
        if not (g("day") and g("month")):
            continue
        month = L.lookup("MONTHS", g("month"))
        day = int(g("day"))
        wd = L.lookup("WEEKDAYS", g("weekday")) if g("weekday") else None
        rel = L.lookup("REL_PRE", g("rel")) if g("rel") else None
        before = head[max(0, s - 40):s]
        line_start = head.rfind("\n", 0, s) + 1
        dateline = s < 250 and (s - line_start) <= 60 and re.match(r"\s*(?:\(|—|–|-|_|\||$)", head[e:e + 4]) is not None
        deictic = bool(today_rx and today_rx.search(before)) or rel == 0
        published = bool(pub_rx and pub_rx.search(before))
        if g("year"):
            d = clamp_day(int(g("year")), month, day)
            if d is None or d > today:
                continue
            if wd and d.isoweekday() != wd:
                continue
            if deictic or published or dateline:
                best.append((0 if (deictic or published) else 1, s, d))
        elif wd and (deictic or dateline or published):
            for y in range(today.year, today.year - 40, -1):
                d = clamp_day(y, month, day)
                if d and d <= today and d.isoweekday() == wd:
                    best.append((2, s, d))
                    break
    if not best:
        return None
    best.sort()
    return best[0][2]
