"""One look for the web pages and the report: the colour of each entity and event type, and the geometry of a
story's timeline. The server's templates and the report's script both draw from what is computed here (the
report receives the colours and the timeline geometry in its data block), so a type has one colour and a
timeline one layout wherever it is shown.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date

TYPE_COLOURS = {"PERSON": "#d9534f", "ORG": "#5b8c2a", "PLACE": "#2a7bd9", "OTHER": "#8a8a8a"}

# the timeline: dots (events) stacked upwards from BASE_Y, an axis, date labels, ticks (articles) below
TIMELINE = {"width": 900, "height": 210, "margin": 30, "axis_y": 165, "axis_inset": 20, "label_y": 182,
            "label_tick": 4, "tick_y": 190, "tick_w": 3, "tick_h": 14, "dot_r": 5, "base_y": 150, "row_h": 11,
            "rows": 12, "column_px": 6, "labels": 6, "faint": 0.35,
            "caption": "events by date (faint: month or year only) · ticks: articles by publication date"}
TIMELINE_MAX = 400  # events drawn on one story's timeline (the pages list them all)
TIMELINE_TICKS = 200  # articles drawn (the earliest)


def hue(value) -> str:
    """A stable colour for an event or entity type."""
    value = str(value or "")
    if value in TYPE_COLOURS:
        return TYPE_COLOURS[value]
    h = int(hashlib.md5(value.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({h}, 62%, 46%)"


def colours(types) -> dict[str, str]:
    """{type: colour} for the given types and every entity type."""
    return {t: hue(t) for t in sorted({*TYPE_COLOURS, *(str(t) for t in types if t)})}


def type_css() -> str:
    """The style rules that colour entity mentions by type (appended to newsloom.css by both faces)."""
    return "".join(f"a.m.{t} {{ border-color:{c}; }}\n" for t, c in TYPE_COLOURS.items() if t != "OTHER")


def date_key(d) -> str | None:
    """'2026-03-12', '2026-03' or '2026' -> a sortable full date (first day); None when not a valid date."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d) if isinstance(d, str) else None
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)).isoformat()
    except ValueError:
        return None


def timeline(events: list[dict], articles: list[dict]) -> dict:
    """Positions for a story's timeline: events ({"id", "date", "type"}) by date, stacked per column, at most
    TIMELINE_MAX of them (the earliest); articles ({"id", "published"}) as ticks below (the earliest
    TIMELINE_TICKS); date labels.

    Dots carry their colour and whether the date is exact (a day) or only a month or year (drawn faint)."""
    g = TIMELINE
    width = g["width"]
    points = sorted(((k, e) for e in events if (k := date_key(e.get("date")))), key=lambda p: (p[0], str(p[1]["id"])))
    ticks = sorted(((k, a) for a in articles if (k := date_key(a.get("published")))),
                   key=lambda p: (p[0], str(p[1]["id"])))
    undated = len(events) - len(points)
    points, ticks = points[:TIMELINE_MAX], ticks[:TIMELINE_TICKS]
    keys = [k for k, _ in points] + [k for k, _ in ticks]
    if not keys:
        return {"width": width, "height": 0, "dots": [], "ticks": [], "labels": [], "legend": [], "undated": undated,
                "geometry": g}
    lo, hi = date.fromisoformat(min(keys)), date.fromisoformat(max(keys))
    span = max((hi - lo).days, 1)
    margin = g["margin"]

    def x(k: str) -> float:
        return round(margin + (width - 2 * margin) * (date.fromisoformat(k) - lo).days / span, 1)

    stack: Counter = Counter()
    dots = []
    for k, e in points:
        col = round(x(k) / g["column_px"])  # dots closer than column_px share a column and stack
        row = stack[col]
        stack[col] += 1
        if row >= g["rows"]:
            continue
        dots.append({"x": x(k), "y": g["base_y"] - g["row_h"] * row, "id": e["id"], "type": e.get("type") or "EVENT",
                     "colour": hue(e.get("type") or "EVENT"), "date": e.get("date"),
                     "exact": len(str(e.get("date"))) == 10, "summary": e.get("summary", "")})
    tick_list = [{"x": x(k), "id": a.get("id"), "lang": a.get("lang"), "title": a.get("title") or a.get("id"),
                  "date": a.get("published")} for k, a in ticks]
    labels, seen = [], set()
    n = g["labels"]
    for i in range(n + 1):
        iso = date.fromordinal(lo.toordinal() + round(span * i / n)).isoformat()
        if iso not in seen:  # the first and last labels stand inside the picture
            seen.add(iso)
            labels.append({"x": x(iso), "text": iso, "anchor": "start" if i == 0 else "end" if i == n else "middle"})
    legend = sorted({d["type"] for d in dots})
    return {"width": width, "height": g["height"], "dots": dots, "ticks": tick_list, "labels": labels,
            "legend": [{"type": t, "colour": hue(t)} for t in legend], "undated": undated,
            "first": lo.isoformat(), "last": hi.isoformat(), "geometry": g}
