"""Calendar arithmetic and TimeML value formatting (language blind)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

UNIT_ORDER = ("CE", "DE", "Y", "Q", "M", "W", "D", "H", "MIN", "S")


def clamp_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_quarter(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def shift(anchor: date, unit: str, n: int) -> str | None:
    """The calendar unit containing ``anchor`` shifted by n units, at that unit's granularity."""
    try:
        if unit == "D":
            return fmt_day(anchor + timedelta(days=n))
        if unit == "W":
            return fmt_week(anchor + timedelta(weeks=n))
        if unit == "WE":
            d = anchor + timedelta(weeks=n)
            return fmt_week(d) + "-WE"
        if unit == "M":
            y, m = add_months(anchor.year, anchor.month, n)
            return fmt_month(y, m)
        if unit == "Q":
            y, q = add_quarters(anchor.year, quarter_of(anchor), n)
            return fmt_quarter(y, q)
        if unit == "H2":  # half year
            h = 1 if anchor.month <= 6 else 2
            k = anchor.year * 2 + (h - 1) + n
            return f"{k // 2:04d}-H{k % 2 + 1}"
        if unit == "Y":
            return f"{anchor.year + n:04d}"
        if unit == "DE":
            return f"{(anchor.year // 10 + n):03d}"
        if unit == "CE":
            return f"{(anchor.year // 100 + n):02d}"
        if unit in ("H", "MIN", "S"):
            return fmt_day(anchor)
    except (ValueError, OverflowError):
        return None
    return None


def ago(anchor: date, unit: str, n: float) -> str | None:
    """The date n units before (negative n: after) the anchor, at the unit's granularity."""
    try:
        if unit == "D":
            return fmt_day(anchor - timedelta(days=round(n)))
        if unit == "W":
            return fmt_week(anchor - timedelta(days=round(7 * n)))
        if unit == "M":
            if n != int(n):
                return fmt_day(anchor - timedelta(days=round(30.44 * n)))
            y, m = add_months(anchor.year, anchor.month, -int(n))
            return fmt_month(y, m)
        if unit == "Q":
            y, q = add_quarters(anchor.year, quarter_of(anchor), -int(n))
            return fmt_quarter(y, q)
        if unit == "Y":
            return f"{anchor.year - int(round(n)):04d}"
        if unit == "DE":
            return f"{anchor.year - int(round(10 * n)):04d}"
        if unit == "CE":
            return f"{(anchor.year - int(round(100 * n))) // 100:02d}"
        if unit in ("H", "MIN", "S"):
            return fmt_day(anchor)
    except (ValueError, OverflowError):
        return None
    return None


def duration(n: float | str | None, unit: str) -> str:
    """TimeML duration value: P3D, PT30M, P2Y6M, PXY ..."""
    if unit == "WE":
        return "P2D" if n in (None, 1) else ("PXWE" if n == "X" else f"P{int(2 * n)}D")
    if n is None:
        n = 1
    if n == "X":
        return {"DE": "PXDE", "CE": "PXCE", "H": "PTXH", "MIN": "PTXM", "S": "PTXS"}.get(unit, f"PX{unit}")
    if unit == "DE":
        n, unit = n * 10, "Y"
    elif unit == "CE":
        n, unit = n * 100, "Y"
    elif unit == "Q":
        if n == int(n):
            return f"P{int(n)}Q"
        n, unit = n * 3, "M"
    whole = int(n)
    frac = n - whole
    time_unit = unit in ("H", "MIN", "S")
    code = {"MIN": "M"}.get(unit, unit)
    if frac < 1e-9:
        return ("PT" if time_unit else "P") + f"{whole}{code}"
    sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60)}.get(unit)
    if sub is not None:
        k = frac * sub[1]
        if abs(k - round(k)) < 1e-6:
            k = int(round(k))
            if unit == "D":
                return (f"P{whole}DT{k}H" if whole else f"PT{k}H")
            if time_unit or unit == "D":
                return "PT" + (f"{whole}{code}" if whole else "") + f"{k}{sub[0]}"
            return "P" + (f"{whole}{code}" if whole else "") + f"{k}{sub[0]}"
    txt = f"{n:.2f}".rstrip("0").rstrip(".")
    return ("PT" if time_unit else "P") + f"{txt}{code}"


def easter(year: int) -> date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) ISO weekday (1=Mon) of a month."""
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    last = calendar.monthrange(year, month)[1]
    d = date(year, month, last)
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def holiday_date(spec, year: int) -> date | None:
    """spec: (month, day) | ("easter", offset) | ("nth", month, weekday, n[, days after])."""
    try:
        if spec[0] == "easter":
            return easter(year) + timedelta(days=spec[1])
        if spec[0] == "nth":     # optional 5th item: days after that weekday ("the Tuesday after ...")
            d = nth_weekday(year, spec[1], spec[2], spec[3])
            return d + timedelta(days=spec[4]) if d is not None and len(spec) > 4 else d
        return date(year, spec[0], spec[1])
    except (ValueError, TypeError):
        return None
