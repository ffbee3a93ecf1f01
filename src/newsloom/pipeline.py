"""The build: inputs -> per-article stages (pure, parallel) -> store -> corpus stages (incremental).

Per-article stages are pure functions of one article (``process_batch``), so a process pool or Dask can
run them anywhere. Corpus stages read and update the store after the articles are in.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from urllib.parse import urlparse

from . import __version__
from . import store as st
from .config import Settings
from .records import ArticleResult, Cleaned, RawArticle, Skipped

log = logging.getLogger("newsloom")

# Changing what the per-article stages compute bumps this, so a rebuild re-processes stored articles.
PIPELINE_VERSION = f"{__version__}/9"   # 9: timex round 4 (year-ago quarters, fiscal years, vague durations); 8: German NER model 1.1 (word frequencies, noun dictionary); 7: runs of 1000+ characters cut, all-debris articles skipped; 6: events round 2b (quotes in quotes, counted quantities); 5: events round 2

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,\u202f\u00a0 ]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")


@dataclass
class Summary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    skip_reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def stored(self) -> int:
        return self.new + self.changed

    def line(self, db: str) -> str:
        reasons = ", ".join(f"{n} {r}" for r, n in self.skip_reasons.most_common())
        skipped = f"{self.skipped} skipped" + (f" ({reasons})" if reasons else "")
        return (f"newsloom: {self.stored} articles built ({self.new} new, {self.changed} changed), "
                f"{self.unchanged} unchanged, {skipped} in {self.seconds:.1f} s; store {db}")


# ------------------------------------------------------------------ per article

def content_hash(raw: RawArticle) -> str:
    """What identifies an input's content: its text or HTML, its metadata, and the pipeline version."""
    h = hashlib.sha1()
    for part in (PIPELINE_VERSION, raw.text or "", raw.html or "", raw.title or "", raw.url or "",
                 raw.source or "", raw.published or "", raw.lang or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def text_hash(text: str) -> str:
    """Hash of the cleaned text with white space folded: identical texts under different ids share it."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def _site(url: str | None) -> str:
    if not url:
        return ""
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(s: str) -> str:
    """Lone surrogates (from JSON escapes such as "\\ud800" or undecodable file names) cannot be stored as
    UTF-8: each becomes U+FFFD, one character for one, so offsets are unchanged."""
    return _SURROGATE.sub("\ufffd", s) if s and not s.isascii() else s


def _storable_key(s: str | None) -> str | None:
    """An id, origin or URL with lone surrogates, made storable without two keys becoming one."""
    if not s or s.isascii() or not _SURROGATE.search(s):
        return s
    return s.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")


# A run of this many characters without white space is no word (long URLs included): the rest of it goes to
# ``removed``. spaCy's tokenizer is quadratic in the length of such a run (200,000 quote marks: minutes).
LONG_RUN = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_RUN + 1))


def _cut_long_runs(cleaned: Cleaned) -> Cleaned:
    text = cleaned.text
    if len(text) <= LONG_RUN or not _LONG_RUN.search(text):
        return cleaned
    kept, removed, pos = [], list(cleaned.removed), 0
    for m in _LONG_RUN.finditer(text):
        kept.append(text[pos:m.start() + LONG_RUN])
        removed.append(m.group()[LONG_RUN:])
        pos = m.end()
    kept.append(text[pos:])
    return Cleaned(text="".join(kept), removed=removed)


def prepare(raw: RawArticle) -> tuple[dict, Cleaned] | Skipped:
    """HTML extraction, cleaning, language, publication date from metadata: everything before spaCy."""
    from .clean import clean
    from .ingest import extract_html, parse_published
    from .langid import detect, normalise_given

    text, title, published, lang_hint, site = raw.text, raw.title, raw.published, raw.lang, raw.source
    if raw.html is not None and not raw.text:
        ex = extract_html(raw.html, raw.url)
        text = ex.get("text") or ""
        title = title or ex.get("title")
        published = published or ex.get("published")
        lang_hint = lang_hint or ex.get("lang")
        site = site or ex.get("site")
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        return Skipped(raw.origin, "no text")
    text = _storable(text)
    given = normalise_given(lang_hint)
    cleaned = clean(text, given)
    cleaned = _cut_long_runs(cleaned)
    if not cleaned.text.strip():
        return Skipped(raw.origin, "no text after cleaning")
    lang = given or detect(cleaned.text or text)[0]
    pub = parse_published(published) if published else None
    meta = {
        "title": _storable((title or "").strip()) or None,
        "source": site or _site(raw.url),
        "lang": lang,
        "published": pub,
        "published_basis": "metadata" if pub else None,
    }
    return meta, cleaned


_WARM = False


def _warm() -> None:
    """Imports and tables the per-article stages need, loaded once per process before any time bound runs
    (an import cut short by the bound would leave a half-made module behind)."""
    global _WARM
    if _WARM:
        return
    from . import clean, dedup, ingest, langid, link, timex  # noqa: F401
    from .events import engine, quotes  # noqa: F401
    from .kb import get_kb

    get_kb()
    dedup.signature("warm up")
    _WARM = True


def process_batch(raws: list[tuple[RawArticle, str, str]], batch_size: int = 16,
                  seconds: float | None = None) -> list[ArticleResult | Skipped]:
    """The per-article stages for a batch of (raw article, assigned id, content hash). Pure: no store access.

    ``seconds``: the time bound of each stage of one article (spaCy: of the batch, ``seconds`` per article);
    an article that takes longer is skipped with reason ``timeout``."""
    from . import nlp
    from .limits import ArticleTimeout, time_limit
    from .link import repair_mentions
    from .timex import infer_published, tag

    _warm()

    out: list[ArticleResult | Skipped | None] = [None] * len(raws)
    prepared: dict[str, list[tuple[int, dict, Cleaned]]] = defaultdict(list)
    timing: dict[str, float] = defaultdict(float)
    t = time.perf_counter()
    for i, (raw, aid, chash) in enumerate(raws):
        try:
            with time_limit(seconds):
                p = prepare(raw)
        except ArticleTimeout:
            p = Skipped(raw.origin, f"timeout: over {seconds:g} s reading and cleaning")
        except Exception as exc:  # a bad article never stops the build
            log.debug("prepare failed for %s", raw.origin, exc_info=True)
            p = Skipped(raw.origin, f"error: {type(exc).__name__}")
        if isinstance(p, Skipped):
            out[i] = p
            continue
        meta, cleaned = p
        prepared[meta["lang"]].append((i, meta, cleaned))
    timing["read+clean+lang"] += time.perf_counter() - t

    for lang, items in prepared.items():
        t = time.perf_counter()
        model_lang = lang if lang != "und" else "xx"
        nlp.get_nlp(model_lang)  # loading the model is not the article's time
        try:
            with time_limit(seconds and seconds * len(items)):
                annotated = list(nlp.annotate([c.text for _, _, c in items], model_lang, batch_size=batch_size))
        except Exception as exc:
            log.warning("spaCy failed on a batch of %s articles (%s); retrying one by one", lang,
                        "timeout" if isinstance(exc, ArticleTimeout) else exc)
            annotated = []
            for _, _, c in items:
                try:
                    with time_limit(seconds):
                        annotated.extend(nlp.annotate([c.text], model_lang))
                except ArticleTimeout:
                    annotated.append("timeout")
                except Exception:
                    annotated.append(None)
        timing["spacy"] += time.perf_counter() - t
        t = time.perf_counter()
        for (i, meta, cleaned), ann in zip(items, annotated):
            raw, aid, chash = raws[i]
            if ann is None or ann == "timeout":
                out[i] = Skipped(raw.origin, "error: language model failed" if ann is None else
                                 f"timeout: over {seconds:g} s in the language model")
                continue
            try:
                with time_limit(seconds):
                    out[i] = _finish(raw, aid, chash, meta, cleaned, ann, lang, repair_mentions, tag,
                                     infer_published)
            except ArticleTimeout:
                out[i] = Skipped(raw.origin, f"timeout: over {seconds:g} s in dates, mentions and events")
            except Exception as exc:
                log.debug("article %s failed", raw.origin, exc_info=True)
                out[i] = Skipped(raw.origin, f"error: {type(exc).__name__}")
        timing["dates+mentions"] += time.perf_counter() - t
    for r in out:  # the batch's stage times travel with its first article
        if isinstance(r, ArticleResult):
            r.extra["_timing"] = dict(timing)
            break
    return out  # type: ignore[return-value]


def _finish(raw, aid, chash, meta, cleaned, ann, lang, repair_mentions, tag, infer_published) -> ArticleResult:
    from .dedup import signature

    _parts, sentences, mentions = ann
    text = cleaned.text
    published, basis = meta["published"], meta["published_basis"]
    if published is None:
        published = infer_published(text, lang)
        basis = "inferred" if published else None
    spans = [(s.start, s.end) for s in sentences]
    timexes = tag(text, lang, published, spans)
    mentions = repair_mentions(text, lang, mentions)
    event_mentions, quote_mentions = [], []
    try:
        from .events import extract

        evs, qs = extract(text, lang, _parts, sentences, mentions, timexes, published)
        event_mentions = [e.to_json() for e in evs]
        quote_mentions = [q.to_json() for q in qs]
    except Exception:  # an event-extraction failure costs the article its events, never the article
        log.debug("event extraction failed for %s", raw.origin, exc_info=True)
    words = len(_WORD.findall(text))
    result = ArticleResult(
        id=aid, origin=raw.origin, content_hash=chash, source=meta["source"] or "", title=meta["title"],
        url=raw.url, lang=lang, published=published, published_basis=basis, text=text,
        removed=cleaned.removed, sentences=sentences, mentions=mentions, timexes=timexes, words=words,
        extra=dict(raw.extra),
    )
    result.extra["text_hash"] = text_hash(text)
    result.extra["minhash"] = signature(text)
    result.extra["event_mentions"] = event_mentions
    result.extra["quote_mentions"] = quote_mentions
    result.extra["information_density"] = information_density(result)
    return result


def information_density(r: ArticleResult) -> float:
    """Concrete facts per 100 words: named people/organisations/places, resolved dates, figures.

    The corpus stages add quotes and events once they are known (see the stories issue).
    """
    if not r.words:
        return 0.0
    facts = sum(1 for m in r.mentions if m.label in ("PERSON", "ORG", "PLACE"))
    covered = [(t.start, t.end) for t in r.timexes]
    facts += sum(1 for t in r.timexes if t.type in ("DATE", "TIME") and t.value[:1].isdigit())
    for m in _NUMBER.finditer(r.text):
        if not any(s <= m.start() < e for s, e in covered):
            facts += 1
    return round(100.0 * facts / r.words, 2)


# ------------------------------------------------------------------ the build

class IdAllocator:
    """Stable ids: a repeat of an id within the input gets a suffix (ID~2, ID~3 ...)."""

    def __init__(self, con):
        self.con = con
        self.pending: set[str] = set()

    def allocate(self, base: str) -> str:
        base = base.strip() or "article"
        candidate, n = base, 1
        while candidate in self.pending or st.id_taken(self.con, candidate):
            n += 1
            candidate = f"{base}~{n}"
        self.pending.add(candidate)
        return candidate


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(paths: list[str], db: str, settings: Settings | None = None,
          progress: Callable[[str, int], None] | None = None, engine: str = "local",
          scheduler: str | None = None) -> Summary:
    """Read every article under ``paths`` into the store ``db``; incremental and idempotent."""
    with _fewer_collections():
        return _build(paths, db, settings, progress, engine, scheduler)


@contextmanager
def _fewer_collections():
    """Python's cycle collector, run less often during a build (restored after it).

    A build holds large long-lived structures (the language model, the knowledge base, in the corpus stages
    every article's mentions): with the default thresholds each full collection walks all of them again,
    about a fifth of the corpus stages' time. Cyclic garbage is still collected, in bigger rounds. The pool's
    workers inherit the setting, and the objects loaded before they fork are frozen (``_run_local``)."""
    import gc

    old, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.set_threshold(max(old[0], 50_000), max(old[1], 20), max(old[2], 20))
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not frozen and gc.get_freeze_count():
            gc.unfreeze()


def _build(paths: list[str], db: str, settings: Settings | None, progress, engine: str,
           scheduler: str | None) -> Summary:
    from .ingest import iter_inputs

    settings = settings or Settings()
    summary = Summary()
    t0 = time.perf_counter()
    if settings.kb_files:  # before the worker processes fork, so that they see the entries too
        from .kb import load_user_entries

        for path in settings.kb_files:
            load_user_entries(path)
    con = st.open_store(db)
    ids = IdAllocator(con)
    progress = progress or (lambda stage, n: None)
    skip_lines = 0

    def skip(s: Skipped):
        nonlocal skip_lines
        summary.skipped += 1
        summary.skip_reasons[s.reason.split(":")[0]] += 1
        if skip_lines < 20:
            log.warning("skipped %s: %s", s.origin, s.reason)
        elif skip_lines == 20:
            log.warning("more inputs skipped; the summary counts them")
        skip_lines += 1

    def todo() -> Iterator[tuple[RawArticle, str, str]]:
        for item in iter_inputs(paths, max_bytes=settings.max_bytes):
            if isinstance(item, Skipped):
                skip(item)
                progress("read", 0)
                continue
            item.id, item.origin = _storable_key(item.id) or "", _storable_key(item.origin) or ""
            item.url, item.source = _storable_key(item.url), _storable_key(item.source)
            chash = content_hash(item)
            row = st.known_origin(con, item.origin)
            if row is not None and row["content_hash"] == chash:
                summary.unchanged += 1
                progress("read", 1)
                continue
            aid = row["id"] if row is not None else ids.allocate(item.id)
            yield item, aid, chash

    existing = {r[0] for r in con.execute("SELECT id FROM articles")} if st.article_count(con) < 200_000 else None

    def store_results(results: list[ArticleResult | Skipped]):
        good = []
        for r in results:
            if isinstance(r, Skipped):
                skip(r)
            else:
                for stage, secs in r.extra.pop("_timing", {}).items():
                    summary.stage_seconds[stage] += secs
                good.append(r)
        t = time.perf_counter()
        try:
            st.write_articles(con, good)
        except (sqlite3.Error, ValueError, UnicodeError) as exc:  # one bad article must not cost the batch
            log.warning("storing a batch failed (%s); storing its articles one by one", exc)
            kept = []
            for r in good:
                try:
                    st.write_articles(con, [r])
                    kept.append(r)
                except (sqlite3.Error, ValueError, UnicodeError) as exc1:
                    skip(Skipped(r.origin, f"error: store: {type(exc1).__name__}"))
            good = kept
        summary.stage_seconds["store"] += time.perf_counter() - t
        for r in good:
            if existing is not None and r.id in existing:
                summary.changed += 1
            else:
                summary.new += 1
        progress("articles", len(results))

    runner = _run_dask if engine == "dask" else _run_local
    t = time.perf_counter()
    runner(todo(), settings, store_results, scheduler)
    summary.stage_seconds["articles (wall)"] += time.perf_counter() - t

    if summary.stored or st.get_meta(con, "corpus_dirty", False):
        # one transaction: a reader sees the corpus stages' results all at once, a crash leaves the last ones
        # whole and the flag set (written with the articles), so the next build runs them again
        with st.transaction(con):
            run_corpus_stages(con, settings, summary, progress)
            st.set_meta(con, "corpus_dirty", False)
    elif st.get_meta(con, "web_index_dirty", False):  # a store migrated to a new schema, nothing else changed
        from .web.index import build_index

        build_index(con)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _run_local(items: Iterator, settings: Settings, sink, scheduler=None) -> None:
    """Small inputs in this process; larger ones through a pool of worker processes."""
    first: list = []
    for item in items:
        first.append(item)
        if len(first) >= settings.pool_threshold:
            break
    if len(first) < settings.pool_threshold or settings.workers <= 1:
        for batch in _batches(first, settings.batch_size):
            sink(process_batch(batch, settings.batch_size, settings.article_seconds))
        for batch in _batches(items, settings.batch_size):
            sink(process_batch(batch, settings.batch_size, settings.article_seconds))
        return
    import itertools
    import multiprocessing as mp

    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    if ctx.get_start_method() == "fork":
        _preload(first)
        import gc

        # what is loaded now lives as long as the build: the collector no longer walks it (in the workers
        # too, where walking it would also copy the pages they share with this process)
        gc.freeze()
    in_flight: list[Future] = []
    with ProcessPoolExecutor(max_workers=settings.workers, mp_context=ctx, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        warmed = False
        for batch in _batches(itertools.chain(first, items), settings.batch_size):
            in_flight.append(pool.submit(process_batch, batch, settings.batch_size, settings.article_seconds))
            while len(in_flight) >= settings.workers * 3:
                if not warmed:  # the workers have work queued: a good moment
                    _warm_corpus_stages(first)
                    warmed = True
                sink(in_flight.pop(0).result())
        for fut in in_flight:
            sink(fut.result())


def _preload(first: list) -> None:
    """Before the pool forks: the tables and the language models the first articles need, loaded once here
    and shared by every worker (copy-on-write), instead of loaded again by each worker while the others
    wait for a core."""
    from . import nlp
    from .langid import detect, normalise_given

    try:
        _warm()
        langs = Counter()
        for raw, _aid, _h in first:
            lang = normalise_given(raw.lang) or detect((raw.text or raw.html or "")[:2000])[0]
            langs[lang if lang != "und" else "xx"] += 1
        for lang, _ in langs.most_common(2):
            nlp.get_nlp(lang)
    except Exception:  # the workers load what they need themselves
        log.debug("preloading failed", exc_info=True)


def _warm_corpus_stages(first: list) -> None:
    """The modules and tables of the corpus stages, loaded in this process while the workers are busy with
    the first batches, instead of after the last article while a core idles."""
    try:
        from . import reconcile  # noqa: F401
        from .events import corpus  # noqa: F401
        from .langid import detect, normalise_given
        from .link import linker  # noqa: F401
        from .stories import cluster, dating, density, state, timeline  # noqa: F401
        from .timex import lexicon
        from .web import index  # noqa: F401
        from datasketch import MinHashLSH  # noqa: F401  (the copies stage)

        langs = {normalise_given(raw.lang) or detect((raw.text or raw.html or "")[:2000])[0] for raw, _a, _h in first}
        for lang in langs - {"und"}:
            lexicon.load(lang)
    except Exception:  # the corpus stages load what they need themselves
        log.debug("warming the corpus stages failed", exc_info=True)


def die_with_parent(parent: int) -> None:
    """Worker initialiser: the worker ends when the build process dies, even by SIGKILL, instead of
    lingering with a model in memory (Linux: PR_SET_PDEATHSIG; elsewhere a thread watches the parent)."""
    import signal
    import threading

    try:
        import ctypes

        if ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL) == 0:  # 1 = PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before prctl
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="newsloom-parent-watch").start()


def _run_dask(items: Iterator, settings: Settings, sink, scheduler=None) -> None:
    from .distributed import run_dask

    run_dask(items, settings, sink, scheduler, process_batch)


# ------------------------------------------------------------------ corpus stages

def run_corpus_stages(con, settings: Settings, summary: Summary, progress) -> None:
    """The corpus stages, in order: copies, entities, translations, clusters and stories, dates of undated articles,
    events, the stories' events and timelines, discrepancies, information density, the web index."""
    def timed(name, fn, *args):
        t = time.perf_counter()
        out = fn(*args)
        summary.stage_seconds[name] += time.perf_counter() - t
        return out

    timed("duplicates", mark_duplicates, con)
    timed("entities", link_entities, con, settings)
    timed("translations", mark_translations, con)
    timed("clusters", assign_clusters, con)
    dating = timed("dates", infer_dates, con)
    events = timed("events", merge_events, con, dating)
    timed("stories", assign_stories, con, events)
    timed("discrepancies", reconcile, con, events)
    timed("density", store_information_density, con)
    t = time.perf_counter()
    from .web.index import build_index

    build_index(con)  # what report and serve read: search, event and entity lookups (newsloom.web.index)
    summary.stage_seconds["web index"] += time.perf_counter() - t
    progress("corpus", 0)


def mark_translations(con) -> None:
    """Articles that translate others get ``translation_of`` (newsloom.stories.translations)."""
    from .stories.translations import mark

    mark(con)


def assign_clusters(con) -> None:
    """Event clusters and stories of the articles (incremental: see newsloom.stories.state)."""
    from .stories import assign

    assign(con)


def infer_dates(con):
    """Reference dates for undated articles from their clusters; their dates resolved again; publication
    dates inferred where the evidence is strong (newsloom.stories.dating)."""
    from .stories import dating

    found = dating.infer(con)
    with st.transaction(con):
        dating.write(con, found)
    return found


def mark_duplicates(con) -> None:
    """Exact copies (same cleaned text) and near-duplicates (MinHash LSH) get ``duplicate_of`` the earliest
    article they copy: earliest by publication date (as metadata or the article's own text give it), so that
    dated copies come out the same whatever the order of arrival; between undated ones, the later one is the
    copy (the contract's rule)."""
    from .dedup import near_duplicates
    from .stories.features import metadata_published

    rows = []
    for r in con.execute("SELECT a.seq, a.id, a.text_hash, a.published, a.published_basis, a.extra, s.minhash "
                         "FROM articles a LEFT JOIN signatures s ON s.article=a.id"):
        pub = metadata_published(r["published"], r["published_basis"], r["extra"])
        rows.append(((pub or "9999-99-99", r["seq"]), r["id"], r["text_hash"], r["minhash"]))
    rows.sort()
    first: dict[str, str] = {}
    dup_of: dict[str, str] = {}
    lsh_rows = []
    for _key, aid, th, sig in rows:
        if th and th in first:
            dup_of[aid] = first[th]
            continue
        if th:
            first[th] = aid
        lsh_rows.append((aid, sig))
    dup_of.update(near_duplicates(lsh_rows))
    for aid in list(dup_of):          # a copy of a copy points to the original
        seen, cur = {aid}, dup_of[aid]
        while cur in dup_of and cur not in seen:
            seen.add(cur)
            cur = dup_of[cur]
        dup_of[aid] = cur
    old = {r[0]: r[1] for r in con.execute("SELECT id, duplicate_of FROM articles")}
    with st.transaction(con):
        con.executemany("UPDATE articles SET duplicate_of=? WHERE id=?",
                        [(dup_of.get(aid), aid) for aid, was in old.items() if dup_of.get(aid) != was])


def load_article_results(con) -> list[ArticleResult]:
    """The stored articles with their sentences and mentions, as the corpus stages read them."""
    from .records import Mention, Sentence

    sents: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end" FROM sentences ORDER BY article, idx'):
        sents[r[0]].append(Sentence(r[1], r[2]))
    ments: dict[str, list] = defaultdict(list)
    for r in con.execute('SELECT article, start, "end", text, label, ner_label FROM mentions ORDER BY article, start'):
        ments[r[0]].append(Mention(r[1], r[2], r[3], r[4], r[5]))
    out = []
    for r in con.execute("SELECT id, origin, content_hash, source, title, url, lang, published, published_basis, "
                         "text, words FROM articles ORDER BY seq"):
        pub = date.fromisoformat(r["published"]) if r["published"] else None
        out.append(ArticleResult(
            id=r["id"], origin=r["origin"], content_hash=r["content_hash"], source=r["source"], title=r["title"],
            url=r["url"], lang=r["lang"], published=pub, published_basis=r["published_basis"], text=r["text"],
            removed=[], sentences=sents.get(r["id"], []), mentions=ments.get(r["id"], []), words=r["words"]))
    return out


def link_entities(con, settings: Settings) -> None:
    """Corpus-level entity linking over every stored mention; writes entities and each mention's entity."""
    from .link import link

    articles = load_article_results(con)
    entities = link(articles)
    with st.transaction(con):
        con.execute("DELETE FROM entities")
        con.executemany(
            "INSERT INTO entities(id, type, name, aliases, roles, extra) VALUES (?,?,?,?,?,?)",
            [(e.id, e.type, e.name, json.dumps(list(e.aliases), ensure_ascii=False),
              json.dumps([_role_json(r) for r in e.roles], ensure_ascii=False),
              json.dumps({k: getattr(e, k) for k in ("country", "refers_to", "kb_id") if getattr(e, k, None)},
                         ensure_ascii=False)) for e in entities])
        con.execute("UPDATE mentions SET entity=NULL")
        con.executemany(
            'UPDATE mentions SET entity=?, label=? WHERE article=? AND start=? AND "end"=?',
            [(m.entity, m.label, a.id, m.start, m.end) for a in articles for m in a.mentions if m.entity])


def merge_events(con, dating=None) -> list[dict]:
    """Event mentions of every article -> events (one per real happening); quote mentions -> quotes.
    Mentions dated by a date the dates stage resolved again take its new value. Returns the events (their
    stored JSON with the per-mention ``claims`` the discrepancies stage compares)."""
    from .events import merge, merge_quotes

    ment = {(r[0], r[1], r[2]): r[3] for r in con.execute(
        'SELECT article, start, "end", entity FROM mentions WHERE entity IS NOT NULL')}

    def mention_entity(aid: str, start: int, end: int) -> str | None:
        return ment.get((aid, start, end))

    # a translation is no independent report, like a copy
    info = {r["id"]: {"published": r["published"], "lang": r["lang"],
                      "duplicate_of": r["duplicate_of"] or r["translation_of"], "text": r["text"]}
            for r in con.execute("SELECT id, published, lang, duplicate_of, translation_of, text FROM articles")}

    def grouped(table: str, redate=None) -> list[tuple[str, list[dict]]]:
        out: dict[str, list[dict]] = defaultdict(list)
        for r in con.execute(f"SELECT article, data FROM {table} ORDER BY article, idx"):
            d = json.loads(r[1])
            out[r[0]].append(redate(r[0], d) if redate else d)
        return list(out.items())

    events = merge(grouped("event_mentions", dating.mention_date if dating is not None else None),
                   mention_entity, info)
    quotes = merge_quotes(grouped("quote_mentions"), mention_entity, info)
    known = {r[0] for r in con.execute("SELECT id FROM entities")}
    new_entities: dict[str, tuple[str, str, list]] = {}
    demonyms: dict[str, list[dict]] = defaultdict(list)  # country id -> nationality words standing for it
    rows = []
    out_events: list[dict] = []
    for ev in events:
        d = ev.to_json()
        for eid in [*d["actors"], d["source"], d["target"], d["location"]]:
            if eid and eid not in known and eid not in new_entities:
                new_entities[eid] = _entity_for(eid, d.get("generic_actors", {}).get(eid))
        for cid, ms in d.get("demonym_mentions", {}).items():
            demonyms[cid].extend(m for m in ms if m not in demonyms[cid])
        for fig in d["figures"]:
            fig.pop("evidence", None)
        data = {k: d[k] for k in ("id", "type", "mode", "actors", "source", "target", "location", "date", "status",
                                  "topics", "figures")}
        data["evidence"] = [{"article": e["article"], "start": e["start"], "end": e["end"],
                             "text": info[e["article"]]["text"][e["start"]:e["end"]]} for e in d["evidence"]]
        data["story"] = None
        data["independent_sources"] = d.get("independent", 0)
        rows.append((d["id"], json.dumps(data, ensure_ascii=False)))
        out_events.append(dict(data, claims=d.get("claims", [])))
    with st.transaction(con):
        con.execute("DELETE FROM events")
        con.executemany("INSERT OR REPLACE INTO events(id, story, data) VALUES (?, NULL, ?)", rows)
        con.execute("DELETE FROM quotes")
        con.executemany("INSERT INTO quotes(article, start, data) VALUES (?,?,?)",
                        [(q["evidence"]["article"], q["evidence"]["start"], json.dumps(
                            {k: q[k] for k in ("speaker", "speaker_text", "text", "evidence")}, ensure_ascii=False))
                         for q in quotes])
        for eid, (etype, name, mentions) in new_entities.items():
            mentions = list(mentions) + [m for m in demonyms.pop(eid, []) if m not in mentions]
            con.execute("INSERT OR REPLACE INTO entities(id, type, name, aliases, roles, extra) VALUES (?,?,?,?,?,?)",
                        (eid, etype, name, json.dumps([name], ensure_ascii=False), "[]",
                         json.dumps({"mentions": mentions, "from": "events"}, ensure_ascii=False)))
        # "Russian strikes": the events cite the country by its nationality word, so it is one of its mentions
        for cid, ms in demonyms.items():
            row = con.execute("SELECT extra FROM entities WHERE id=?", (cid,)).fetchone()
            if row is None:
                continue
            extra = json.loads(row[0] or "{}")
            have = extra.setdefault("mentions", [])
            have.extend(m for m in ms if m not in have)
            con.execute("UPDATE entities SET extra=? WHERE id=?", (json.dumps(extra, ensure_ascii=False), cid))
    return out_events


def _entity_for(eid: str, generic: dict | None) -> tuple[str, str, list]:
    """(type, name, mentions) of a participant or place that linking did not make an entity of."""
    if generic:
        return "OTHER", generic.get("name") or eid.split(":", 1)[-1], generic.get("mentions", [])
    from .kb import get_kb

    entry = get_kb().by_id.get(eid)
    if entry is not None:
        return entry.type, entry.name, []
    kind, _, slug = eid.partition(":")
    etype = {"person": "PERSON", "org": "ORG", "place": "PLACE"}.get(kind, "OTHER")
    return etype, slug.replace("-", " ").title() or eid, []


def assign_stories(con, events: list[dict] | None = None) -> None:
    """Each event joins the story of its evidence articles; each story gets its events, title, first and
    last dates and timeline (newsloom.stories.timeline)."""
    from .stories.timeline import finish_stories

    finish_stories(con, events)


def reconcile(con, events: list[dict] | None = None) -> None:
    """Where independent sources disagree about an event or an entity (newsloom.reconcile)."""
    from .reconcile import find, write

    found = find(con, events or [])
    with st.transaction(con):
        write(con, found)


def store_information_density(con) -> None:
    """Each article's information density, now that its entities, dates, quotes and events are known."""
    from .stories.density import compute

    values = compute(con)
    with st.transaction(con):
        con.executemany("UPDATE articles SET information_density=? WHERE id=?",
                        [(v, aid) for aid, v in values.items()])


def _role_json(role) -> dict:
    if isinstance(role, dict):
        return role
    return asdict(role)
