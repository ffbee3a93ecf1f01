"""Infer a publication date from an article's own text, only when the text gives real evidence."""
from __future__ import annotations

import re
from datetime import date

from . import engine, lexicon
from .normaliser import clamp_day

# Without any year in the text, a weekday + day + month is looked for in the years up to ``today`` going back
# this far. A given (weekday, day, month) recurs after 5, 6 or 11 years, so the window holds it at most twice;
# twice is ambiguous and gives None.
DEFAULT_LOOKBACK_YEARS = 6


def _today() -> date:
    return date.today()


def infer_published(text: str, lang: str, today: date | None = None) -> date | None:
    """A publication date the text itself states, else None (never a guess).

    Evidence, best first:

    1. a full date introduced by a "today" / "published" cue ("Aujourd'hui, 3 mars 2025", "Published
       March 3, 2025") or standing in the dateline ("PARIS, 3 mars 2025 (AFP) -");
    2. a weekday with a day and month presented as this week's or standing in the dateline ("arrives this
       Tuesday, April 2", "ce mardi 2 avril"): the year is the only one that fits the weekday in the window
       from the latest year the text names (not after ``today``) — or, when it names none, from
       ``today.year - DEFAULT_LOOKBACK_YEARS`` — up to ``today``. No fit or two fits: None.

    ``today`` is the latest plausible publication date (default: the clock). A caller that knows better —
    the crawl date, or the dates of other articles of the same story — should pass it: it bounds the
    window and no date after it is returned. A bare date in the body ("on Tuesday, April 2, the bank ...")
    is an event, not evidence of publication, and is ignored.
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
    cands = engine._select(engine._candidates(L, text))
    # the latest year the whole text names (a lower bound of the publication year)
    named_years = [int(engine._g(m, "year")) for s, e, idx, kind, m in cands
                   if engine._g(m, "year") and int(engine._g(m, "year")) <= today.year]
    low = max(named_years) if named_years else today.year - DEFAULT_LOOKBACK_YEARS
    best = []
    for s, e, idx, kind, m in cands:
        if kind != "date" or s >= len(head):
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
            fits = [d for d in (clamp_day(y, month, day) for y in range(low, today.year + 1))
                    if d and d <= today and d.isoweekday() == wd]
            if len(fits) == 1:
                best.append((2, s, fits[0]))
    if not best:
        return None
    best.sort()
    return best[0][2]
