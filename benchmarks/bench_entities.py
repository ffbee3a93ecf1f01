"""Entity mentions and entity linking of newsloom against the hand-made gold set benchmarks/gold/ner_*.

usage:
  python3 benchmarks/bench_entities.py                 # build, export, score (en, fr, en+fr)
  python3 benchmarks/bench_entities.py --make-gold     # regenerate articles/gold/links from ner_*.marked.jsonl

For each language the articles are built through newsloom (``newsloom.cli build``) into a temporary store,
exported (``newsloom.cli export``) and scored with ../shared/tools/score_ner.py (mention level, exact span and
type, PERSON/ORG/PLACE; its output is printed). Linking is then measured against ner_*.links.jsonl over the
gold mentions the system found with the right span (type not required):

- split: gold entities whose found mentions landed in more than one system entity (and the extra pieces);
- merge: system entities holding found mentions of more than one gold entity.

A last run builds EN and FR together and adds the cross-lingual figure: gold entities mentioned in both
languages whose EN and FR mentions share at least one system entity / all end in one system entity.

The gold source is ner_<lang>.marked.jsonl: text with [[surface|P]] / [[surface|O]] / [[surface|L]] marks
(optionally [[surface|P|key]]); --make-gold strips the marks and writes exact offsets.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
TOOLS = ROOT.parent / "shared" / "tools"
TYPES = {"P": "PERSON", "O": "ORG", "L": "PLACE"}
PREFIX = {"PERSON": "person", "ORG": "org", "PLACE": "place"}

# Same real entity under another surface form (other language, acronym, short form) -> one gold key.
ALIASES = {
    # people
    "Sergueï Lavrov": "person:sergei-lavrov", "Dmitri Peskov": "person:dmitry-peskov",
    "Vladimir Poutine": "person:vladimir-putin", "Poutine": "person:vladimir-putin",
    "Mohammed ben Salmane": "person:mohammed-bin-salman",
    "Viatcheslav Fedorichtchev": "person:vyacheslav-fedorishchev",
    # organisations
    "UE": "org:european-union", "Union européenne": "org:european-union",
    "ONU": "org:united-nations", "OTAN": "org:nato",
    "Conseil de sécurité de l'ONU": "org:un-security-council", "Conseil de sécurité": "org:un-security-council",
    "Département d'État": "org:state-department", "Banque centrale européenne": "org:european-central-bank",
    "Fonds monétaire international": "org:international-monetary-fund",
    "Agence internationale de l'énergie atomique": "org:international-atomic-energy-agency",
    "Rêve géorgien": "org:georgian-dream", "Conseil de l'Europe": "org:council-of-europe",
    "Organisation mondiale du commerce": "org:world-trade-organization",
    "Parti progressiste serbe": "org:serbian-progressive-party", "Alliance démocratique": "org:democratic-alliance",
    "Banque de réserve sud-africaine": "org:south-african-reserve-bank",
    "Centre national des ouragans": "org:national-hurricane-center", "Parti pirate": "org:pirate-party",
    "G7": "org:group-of-seven", "HCR": "org:unhcr",
    "Cour européenne des droits de l'homme": "org:european-court-of-human-rights",
    "Banque d'Espagne": "org:bank-of-spain", "Sabadell": "org:banco-sabadell",
    "CDU": "org:christian-democratic-union", "SPD": "org:social-democratic-party",
    "Greens": "org:greens-germany", "Verts": "org:greens-germany",
    "Pentagone": "org:pentagon", "Opep": "org:opec", "Union africaine": "org:african-union",
    "Forces de soutien rapide": "org:rapid-support-forces", "FPÖ": "org:austrian-freedom-party",
    "Austrian Freedom Party": "org:austrian-freedom-party",
    "Programme alimentaire mondial": "org:world-food-programme",
    "Union démocratique du centre": "org:swiss-peoples-party", "Swiss People's Party": "org:swiss-peoples-party",
    "Solidarność": "org:solidarity", "Banque mondiale": "org:world-bank",
    "département du Commerce": "org:commerce-department",
    "OSCE": "org:organization-for-security-and-co-operation-in-europe",
    "Garde nationale": "org:national-guard-mexico", "National Guard": "org:national-guard-mexico",
    "Parti socialiste": "org:socialist-party-france", "Socialist Party": "org:socialist-party-france",
    # places
    "mer Noire": "place:black-sea", "Bruxelles": "place:brussels", "Pologne": "place:poland",
    "Russie": "place:russia", "Hongrie": "place:hungary", "Moscou": "place:moscow", "Pékin": "place:beijing",
    "Londres": "place:london", "Varsovie": "place:warsaw", "Caire": "place:cairo", "Israël": "place:israel",
    "Francfort": "place:frankfurt", "Inde": "place:india", "Vienne": "place:vienna", "Chine": "place:china",
    "Brésil": "place:brazil", "Argentine": "place:argentina", "Tombouctou": "place:timbuktu",
    "Genève": "place:geneva", "Royaume-Uni": "place:united-kingdom", "Britain": "place:united-kingdom",
    "Estonie": "place:estonia", "Tbilissi": "place:tbilisi", "Sind": "place:sindh", "Mexique": "place:mexico",
    "Chypre": "place:cyprus", "Nicosie": "place:nicosia", "Turquie": "place:turkey",
    "Grèce": "place:greece", "Athènes": "place:athens", "Italie": "place:italy", "Finlande": "place:finland",
    "mer Baltique": "place:baltic-sea", "Hongkong": "place:hong-kong", "Arabie saoudite": "place:saudi-arabia",
    "Riyad": "place:riyadh", "Yémen": "place:yemen", "Cap": "place:cape-town",
    "République démocratique du Congo": "place:democratic-republic-of-congo", "Floride": "place:florida",
    "Jordanie": "place:jordan", "Liban": "place:lebanon", "Irak": "place:iraq", "Norvège": "place:norway",
    "Danemark": "place:denmark", "Arctique": "place:arctic", "Copenhague": "place:copenhagen",
    "Groenland": "place:greenland", "Libye": "place:libya", "Soudan": "place:sudan",
    "États-Unis": "place:united-states", "Corée du Sud": "place:south-korea", "Séoul": "place:seoul",
    "Addis-Abeba": "place:addis-ababa", "Zambie": "place:zambia", "Zambèze": "place:zambezi",
    "Suisse": "place:switzerland", "Berne": "place:bern", "Arménie": "place:armenia",
    "Azerbaïdjan": "place:azerbaijan", "Erevan": "place:yerevan", "Bakou": "place:baku",
    "mer de Chine méridionale": "place:south-china-sea", "Manille": "place:manila", "Japon": "place:japan",
    "Éthiopie": "place:ethiopia", "Érythrée": "place:eritrea", "Kiev": "place:kyiv",
}
# Surface forms whose entity depends on the language: French "Mexico" is the city.
LANG_ALIASES = {"fr": {"Mexico": "place:mexico-city"}}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([POL])(?:\|([a-z]+:[a-z0-9-~]+))?\]\]")


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def make_gold(lang: str) -> tuple[int, int]:
    """``lang`` names the set ("en", "es", "es-new"); its language is the part before a dash."""
    code = lang.split("-")[0]
    arts, gold, links = [], [], []
    for rec in load(GOLD / f"ner_{lang}.marked.jsonl"):
        text, spans, pos = "", [], 0
        for m in MARK.finditer(rec["marked"]):
            text += rec["marked"][pos:m.start()]
            start = len(text)
            text += m.group(1)
            spans.append((start, len(text), m.group(1), TYPES[m.group(2)], m.group(3)))
            pos = m.end()
        text += rec["marked"][pos:]
        assert "[[" not in text and "]]" not in text, rec["id"]
        fulls = [s for s in spans if s[3] == "PERSON" and " " in s[2]]
        for s, e, surface, typ, key in spans:
            if key is None:
                key = LANG_ALIASES.get(code, {}).get(surface) or ALIASES.get(surface)
            if key is None and typ == "PERSON":
                # a surname (or short form) of a person named in full in the same article: nearest before
                cands = [f for f in fulls if f[2] != surface and (f[2].endswith(" " + surface)
                         or surface in f[2].split())]
                if cands:
                    before = [f for f in cands if f[0] < s]
                    full = (before[-1] if before else cands[0])[2]
                    key = ALIASES.get(full) or f"person:{slug(full)}"
            if key is None:
                key = f"{PREFIX[typ]}:{slug(surface)}"
            assert text[s:e] == surface
            gold.append({"article": rec["id"], "start": s, "end": e, "text": surface, "type": typ})
            links.append({"article": rec["id"], "start": s, "end": e, "entity": key})
        arts.append({"id": rec["id"], "text": text, "lang": code, "published": rec["published"],
                     "title": rec["title"]})
    write(GOLD / f"ner_{lang}.articles.jsonl", arts)
    write(GOLD / f"ner_{lang}.gold.jsonl", gold)
    write(GOLD / f"ner_{lang}.links.jsonl", links)
    return len(arts), len(gold)


PUNCT = set(",.;:()\"«»“”¿?¡!")


def tokenized(text: str) -> tuple[str, list[int]]:
    """CoNLL-style copy of ``text``: punctuation set off by spaces ("Madrid (EFE)." -> "Madrid ( EFE ) .")
    except inside numbers ("6,2", "5.600"). Returns the new text and the new offset of every old offset."""
    out, pos = [], []
    for i, c in enumerate(text):
        prev, nxt = text[i - 1] if i else " ", text[i + 1] if i + 1 < len(text) else " "
        split = c in PUNCT and not (c in ",." and prev.isdigit() and nxt.isdigit())
        if split and out and not out[-1].isspace():
            out.append(" ")
        pos.append(len(out))
        out.append(c)
        if split and not nxt.isspace():
            out.append(" ")
    pos.append(len(out))
    return "".join(out), pos


def tokenized_copy(lang: str, work: Path) -> tuple[Path, Path, list[dict]]:
    arts, gold, links = [], [], []
    maps = {}
    for a in load(GOLD / f"ner_{lang}.articles.jsonl"):
        t, pos = tokenized(a["text"])
        maps[a["id"]] = pos
        arts.append(dict(a, text=t))
    for g in load(GOLD / f"ner_{lang}.gold.jsonl"):
        pos = maps[g["article"]]
        gold.append(dict(g, start=pos[g["start"]], end=pos[g["end"] - 1] + 1))
    for l in load(GOLD / f"ner_{lang}.links.jsonl"):
        pos = maps[l["article"]]
        links.append(dict(l, start=pos[l["start"]], end=pos[l["end"] - 1] + 1))
    write(work / "articles.jsonl", arts)
    write(work / "gold.jsonl", gold)
    return work / "articles.jsonl", work / "gold.jsonl", links


def run_newsloom(articles: Path, work: Path) -> Path:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    db, out = work / "store.db", work / "export.json"
    subprocess.run([sys.executable, "-m", "newsloom.cli", "build", str(articles), "--db", str(db),
                    "--no-progress"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "newsloom.cli", "export", "--db", str(db), "-o", str(out)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    return out


def score_ner(articles: Path, gold: Path, export: Path) -> dict:
    out = subprocess.run([sys.executable, str(TOOLS / "score_ner.py"), str(articles), str(gold), str(export)],
                         check=True, capture_output=True, text=True).stdout
    print(out.rstrip())
    res = {}
    for line in out.splitlines():
        m = re.match(r"(PERSON|ORG|PLACE)\s+P\s+([\d.]+)\s+R\s+([\d.]+)\s+F1\s+([\d.]+)", line)
        if m:
            res[m.group(1)] = tuple(float(x) for x in m.groups()[1:])
        m = re.match(r"NER F1: ([\d.]+)", line)
        if m:
            res["ALL"] = float(m.group(1))
    return res


def linking(articles: Path, links: list[dict], export: Path) -> dict:
    sys.path.insert(0, str(TOOLS))
    from score_timex import offset_map  # noqa: E402
    arts = {a["id"]: a for a in load(articles)}
    exp = json.load(open(export, encoding="utf-8"))
    clean = {a["id"]: a.get("text", "") for a in exp.get("articles", [])}
    maps = {aid: offset_map(clean[aid], arts[aid]["text"]) for aid in arts if aid in clean}
    sysmap = {}  # (article, start, end) in input offsets -> system entity id
    for ent in exp.get("entities", []):
        for m in ent.get("mentions", []):
            f = maps.get(m["article"])
            if f is None:
                continue
            s, e = f(m["start"]), f(max(m["start"], m["end"] - 1))
            if s is not None and e is not None:
                sysmap[(m["article"], s, e + 1)] = ent["id"]
    g2s, s2g = defaultdict(set), defaultdict(set)
    g_lang = defaultdict(lambda: defaultdict(set))
    found = 0
    for l in links:
        sid = sysmap.get((l["article"], l["start"], l["end"]))
        if sid is None:
            continue
        found += 1
        g2s[l["entity"]].add(sid)
        s2g[sid].add(l["entity"])
        g_lang[l["entity"]][arts[l["article"]]["lang"]].add(sid)
    split = [g for g, s in g2s.items() if len(s) > 1]
    merge = [s for s, g in s2g.items() if len(g) > 1]
    both = [g for g, d in g_lang.items() if len(d) > 1]
    joined = [g for g in both if set.intersection(*g_lang[g].values())]
    whole = [g for g in both if len(g2s[g]) == 1]
    return {"gold_mentions": len(links), "found": found, "gold_entities": len(g2s),
            "split": len(split), "extra_pieces": sum(len(g2s[g]) - 1 for g in split),
            "split_examples": [(g, sorted(g2s[g])) for g in sorted(split)], "sys_entities": len(s2g), "merge": len(merge),
            "merge_examples": [(s, sorted(s2g[s])) for s in sorted(merge)],
            "crossling": len(both), "crossling_joined": len(joined), "crossling_whole": len(whole)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--make-gold", action="store_true")
    ap.add_argument("--langs", default="en,fr")
    ap.add_argument("--tokenized", action="store_true",
                    help="score CoNLL-style copies of the articles (punctuation set off by spaces)")
    args = ap.parse_args()
    langs = args.langs.split(",")
    if args.make_gold:
        for lang in langs:
            print(lang, "articles %d, gold mentions %d" % make_gold(lang))
        return
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs = [(lang, [lang]) for lang in langs] + ([("+".join(langs), langs)] if len(langs) > 1 else [])
        for name, ls in runs:
            work = Path(tmp) / name
            work.mkdir()
            links = [r for l in ls for r in load(GOLD / f"ner_{l}.links.jsonl")]
            if len(ls) == 1 and args.tokenized:
                art, gold, links = tokenized_copy(ls[0], work)
            elif len(ls) == 1:
                art, gold = GOLD / f"ner_{ls[0]}.articles.jsonl", GOLD / f"ner_{ls[0]}.gold.jsonl"
            else:
                art, gold = work / "articles.jsonl", work / "gold.jsonl"
                write(art, [r for l in ls for r in load(GOLD / f"ner_{l}.articles.jsonl")])
                write(gold, [r for l in ls for r in load(GOLD / f"ner_{l}.gold.jsonl")])
            print(f"== {name}")
            export = run_newsloom(art, work)
            ner = score_ner(art, gold, export)
            lk = linking(art, links, export)
            for g, ids in lk["split_examples"]:
                print(f"  split {g} -> {', '.join(ids)}")
            for sid, gs in lk["merge_examples"]:
                print(f"  merge {sid} <- {', '.join(gs)}")
            rows[name] = (ner, lk)
    print("\n| run | PERSON P/R/F1 | ORG P/R/F1 | PLACE P/R/F1 | NER F1 | gold mentions found | split entities (extra pieces) | merged system entities | cross-lingual joined / whole |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, (ner, lk) in rows.items():
        cell = lambda t: "%.1f / %.1f / %.1f" % ner.get(t, (0, 0, 0))  # noqa: E731
        cross = (f"{lk['crossling_joined']}/{lk['crossling']} / {lk['crossling_whole']}/{lk['crossling']}"
                 if lk["crossling"] else "–")
        print(f"| {name} | {cell('PERSON')} | {cell('ORG')} | {cell('PLACE')} | {ner.get('ALL', 0):.1f} | "
              f"{lk['found']}/{lk['gold_mentions']} | {lk['split']}/{lk['gold_entities']} ({lk['extra_pieces']}) | "
              f"{lk['merge']}/{lk['sys_entities']} | {cross} |")


if __name__ == "__main__":
    main()
