"""Figures in a sentence: death tolls, injured, sums of money, counted things (troops, prisoners ...).

Language blind: numbers, scale words ("billion", "milliards"), currencies and the words that make a number
a toll ("killed", "morts", "muertos", "Tote") come from the language data.
"""
from __future__ import annotations

import re

from .lexicon import Lex

_NUM = re.compile(r"^(\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+|\d+)(?:([.,])(\d+))?([a-zA-Z]{0,3})$")
_CUR_SYMBOLS = {"$", "€", "£", "¥", "us$", "usd", "eur", "gbp"}


def parse_number(text: str, lex: Lex) -> tuple[float, str] | None:
    """"1,200" -> 1200; "1.5" -> 1.5; "2,5" -> 2.5 (decimal comma languages); "75bn" -> (75e9, "")."""
    t = text.strip()
    m = _NUM.match(t)
    if not m:
        return None
    whole, sep, frac, suffix = m.groups()
    if sep and frac is not None:
        # "1,5" in a decimal-comma language, "1.5" otherwise; "1,500" with three digits is a grouping
        if len(frac) == 3 and ((sep == "," and not lex.decimal_comma) or (sep == "." and lex.decimal_comma)):
            whole = whole + frac
            frac = None
        elif (sep == "," and not lex.decimal_comma) or (sep == "." and lex.decimal_comma):
            return None
    digits = re.sub(r"[,.\u202f\u00a0 ]", "", whole)
    if len(re.split(r"[,.\u202f\u00a0 ]", whole)) > 1:
        groups = re.split(r"[,.\u202f\u00a0 ]", whole)
        if any(len(g) != 3 for g in groups[1:]):
            return None
    value = float(digits + ("." + frac if frac else ""))
    scale = 1.0
    if suffix:
        s = suffix.lower()
        if s in lex.scales:
            scale = lex.scales[s]
        else:
            return None
    return value * scale, suffix


def find_figures(d, lex: Lex, idx: list[int]) -> list[dict]:
    key = (idx[0], idx[-1])
    cache = d.__dict__.setdefault("_figures", {})
    if key in cache:
        return [dict(f) for f in cache[key]]
    out = _find(d, lex, idx)
    cache[key] = out
    return [dict(f) for f in out]


def _find(d, lex: Lex, idx: list[int]) -> list[dict]:
    toks = d.toks
    out: list[dict] = []
    used: set[int] = set()
    first, last = idx[0], idx[-1]
    in_timex = {i for i in idx if d.timex_at[i] is not None}

    def keys(i):
        return lex.keys(toks[i].text, toks[i].lemma)

    def number_at(i):
        """(value, last token index) of a number starting at token i."""
        t = toks[i]
        c0 = t.text[:1]
        if not c0.isdigit() and t.norm not in lex.number_first:
            return None
        v = parse_number(t.text, lex) if c0.isdigit() else None
        j = i
        if v is None:
            w = t.norm
            # multi-word numbers: "a dozen", "une trentaine de"
            for k in (3, 2):
                if i + k - 1 <= last:
                    phrase = " ".join(toks[x].norm for x in range(i, i + k))
                    if phrase in lex.number_words and isinstance(lex.number_words[phrase], (int, float)):
                        return float(lex.number_words[phrase]), i + k - 1
            nv = lex.number_words.get(w)
            if not isinstance(nv, (int, float)):
                return None
            val = float(nv)
        else:
            val = v[0]
            # "1 200" written with a space
            if i + 1 <= last and re.fullmatch(r"\d{3}", toks[i + 1].text) and re.fullmatch(r"\d{1,3}", t.text) \
                    and toks[i + 1].start - t.end == 1:
                val = float(t.text + toks[i + 1].text)
                j = i + 1
        # scale words: "75 billion", "44 milliards"
        if j + 1 <= last and toks[j + 1].norm in lex.scales:
            val *= lex.scales[toks[j + 1].norm]
            j += 1
        return val, j

    i = first
    nf = lex.number_first
    while i <= last:
        if i in used or i in in_timex:
            i += 1
            continue
        t0 = toks[i]
        if not t0.text[:1].isdigit() and t0.norm not in nf:
            i += 1
            continue
        n = number_at(i)
        if n is None:
            i += 1
            continue
        val, j = n
        raw = toks[i].text
        if re.fullmatch(r"(1[5-9]|20)\d\d", raw) and j == i:
            i += 1
            continue
        # approximators before: "at least", "au moins", "more than"
        a = i
        for ap in sorted(lex.multi.get("APPROXIMATORS", []), key=len, reverse=True):
            k = len(ap)
            if a - k >= first and tuple(toks[x].norm for x in range(a - k, a)) == ap:
                a -= k
                break
        else:
            if a - 1 >= first and toks[a - 1].norm in lex.sets["APPROXIMATORS"]:
                a -= 1
        # money: a currency just before or after
        cur = None
        ca = a

        def currency(k):        # "livres" is a currency, "livré" (delivered) is not
            return toks[k].norm in lex.currencies and toks[k].pos not in ("VERB", "AUX")

        if a - 1 >= first and currency(a - 1):
            cur = lex.currencies[toks[a - 1].norm]
            ca = a - 1
        elif i - 1 >= first and currency(i - 1) and i - 1 >= a - 1:
            cur = lex.currencies[toks[i - 1].norm]
        k = j + 1
        end = j
        if cur is None:
            for step in range(3):
                if k > last:
                    break
                w = toks[k].norm
                if currency(k):
                    cur = lex.currencies[w]
                    end = k
                    break
                if w in lex.sets["OF_PREPS"] or w in ("de", "d'", "of"):
                    k += 1
                    continue
                break
        if cur is not None:
            s, e = toks[min(ca, a)].start, toks[end].end
            out.append({"kind": "money", "value": val, "unit": cur, "text": d.text[s:e], "start": s, "end": e})
            used.update(range(min(ca, a), end + 1))
            i = end + 1
            continue
        # tolls: the nearest death / injury word on either side
        kind, dist, span_end = None, 99, j
        k = j + 1
        steps = 0
        people_end = j
        while k <= last and steps < 6:
            ks = keys(k)
            if ks & lex.sets["DEAD_WORDS"]:
                kind, dist = "dead", steps
                break
            if ks & lex.sets["INJURED_WORDS"]:
                kind, dist = "injured", steps
                break
            if ks & lex.sets["PEOPLE_WORDS"] or toks[k].pos in ("ADJ", "DET", "ADV") or toks[k].text == ",":
                if toks[k].pos in ("NOUN", "PROPN") or ks & lex.sets["PEOPLE_WORDS"] and toks[k].pos not in ("AUX", "ADP", "PRON", "CCONJ", "VERB"):
                    if toks[k].pos not in ("AUX", "ADP", "PRON", "CCONJ", "VERB", "ADV"):
                        people_end = k
                k += 1
                steps += 1
                continue
            break
        k = a - 1
        steps = 0
        while k >= first and steps < 5:
            ks = keys(k)
            if ks & lex.sets["DEAD_WORDS"] and steps < dist:
                kind, dist = "dead", steps
                break
            if ks & lex.sets["INJURED_WORDS"] and steps < dist:
                kind, dist = "injured", steps
                break
            if toks[k].pos in ("ADP", "DET", "AUX", "ADV") or toks[k].norm in lex.sets["OF_PREPS"] | \
                    {"to", "a", "à", "de", "d'", "la", "the", "of", "at", "rose", "stood", "climbed", "reached",
                     "s'eleve", "eleve", "est", "is", "was", "passe"}:
                k -= 1
                steps += 1
                continue
            break
        if kind is not None:
            s, e = toks[a].start, toks[max(people_end, j)].end
            out.append({"kind": kind, "value": val, "unit": None, "text": d.text[s:e], "start": s, "end": e})
            used.update(range(a, max(people_end, j) + 1))
            i = max(people_end, j) + 1
            continue
        # counted things: "390 prisoners", "1,000 troops", "twelve French embassy staff", "une vingtaine d'élèves"
        # (not "a village", "une frappe", nor "a two-day visit")
        k = j + 1
        if (val == 1 and not raw[:1].isdigit()) or (j + 1 <= last and toks[j + 1].text in ("-", "\u2011")):
            i = j + 1
            continue
        for step in range(4):
            if k > last:
                break
            ks = keys(k)
            tk = toks[k]
            counted = bool(ks & lex.sets["QUANTITY_NOUNS"]) or (
                tk.pos in ("NOUN", "PROPN") and ("Number=Plur" in tk.morph or tk.tag in ("NNS", "NNPS") or (
                    d.head(j) == k and toks[j].dep in ("nummod", "det"))) and
                d.timex_at[k] is None and tk.norm not in lex.units and tk.norm not in lex.scales and
                not ks & lex.sets["NOT_COUNTED"] and tk.norm not in lex.currencies)
            if counted:
                if k + 1 <= last and toks[k].dep in ("compound", "nn") and toks[k + 1].pos == "NOUN" and \
                        d.head(k) is not None and d.head(k) > k:
                    k += 1          # "15 opposition activists": the counted noun is the head
                    continue
                s, e = toks[a].start, toks[k].end
                out.append({"kind": "quantity", "value": val, "unit": toks[k].text.lower(), "text": d.text[s:e],
                            "start": s, "end": e})
                used.update(range(a, k + 1))
                break
            if toks[k].pos in ("ADJ", "PROPN") or toks[k].dep in ("compound", "nn", "amod") or (
                    step == 0 and toks[k].norm in lex.sets["OF_PREPS"] | {"d'"}):
                k += 1
                continue
            break
        i = j + 1
    return out
