"""Word lexicons read from installed packages at run time (nothing is downloaded, nothing copied into newsloom).

* :func:`zipf_buckets`: how common a word is (its Zipf frequency, rounded down: 0 for unknown or rare, up to 7
  for "der"), from the frequency lists that the ``wordfreq`` package ships inside its wheel (Apache-2.0 code;
  data CC BY-SA 4.0 from Wikipedia, subtitles, news, books, web text, with the credits of its README).
  Words are case-folded there, so "Haus" and "haus" are the same word.
* :func:`noun_lexicon`: the common nouns of a language in all their inflected forms, and the names (places,
  given names, surnames, other proper names) its dictionary lists, from a package named in the language's data
  (``NOUN_LEXICON`` in ``lang/<code>/entities.py``; German: ``german_nouns``, the nouns of the German
  Wiktionary, CC BY-SA 4.0).

Both are kept compact (one sorted byte string per list, looked up by bisection): a few MB per process
instead of the hundreds that Python sets of half a million strings would take. A missing package gives
empty lexicons and one warning: the NER features that use them are then absent, and accuracy drops.
"""
from __future__ import annotations

import csv
import importlib.util
import logging
import threading
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


class WordSet:
    """An immutable set of strings (optionally with a small integer per string), sorted in one byte string."""

    _blob: bytes
    _offs: array
    _vals: bytes
    _n: int

    def __init__(self, items=()):
        """``items``: strings, or (string, value 0-255) pairs; a repeated string keeps its highest value."""
        pairs = sorted((w.encode("utf-8"), 1) if isinstance(w, str) else (w[0].encode("utf-8"), w[1])
                       for w in items)
        words: list[bytes] = []
        vals = bytearray()
        for w, v in pairs:
            if words and words[-1] == w:
                vals[-1] = max(vals[-1], v)
                continue
            words.append(w)
            vals.append(max(0, min(255, v)))
        self._blob = b"\n".join(words)
        self._offs = array("I")
        pos = 0
        for w in words:
            self._offs.append(pos)
            pos += len(w) + 1
        self._vals = bytes(vals)
        self._n = len(words)
        self._base = 0
        self._end = len(self._blob)

    def __len__(self) -> int:
        return self._n

    def to_bytes(self) -> bytes:
        blob = self._blob[self._base:self._end]
        head = _MAGIC + self._n.to_bytes(4, "little") + len(blob).to_bytes(8, "little")
        return head + self._offs.tobytes() + self._vals + blob

    @classmethod
    def from_bytes(cls, data) -> "WordSet":
        if bytes(data[:len(_MAGIC)]) != _MAGIC:
            raise ValueError("not a WordSet")
        p = len(_MAGIC)
        n = int.from_bytes(data[p:p + 4], "little")
        size = int.from_bytes(data[p + 4:p + 12], "little")
        p += 12
        ws = cls.__new__(cls)
        ws._n = n
        ws._offs = array("I")
        ws._offs.frombytes(bytes(data[p:p + 4 * n]))
        p += 4 * n
        ws._vals = bytes(data[p:p + n])
        p += n
        if len(data) < p + size:
            raise ValueError("truncated WordSet")
        ws._blob, ws._base, ws._end = data, p, p + size  # a memory map is read in place, never copied whole
        return ws

    def _word(self, i: int) -> bytes:
        a = self._base + self._offs[i]
        b = self._base + self._offs[i + 1] - 1 if i + 1 < self._n else self._end
        return self._blob[a:b]

    def get(self, word: str, default: int = 0) -> int:
        key = word.encode("utf-8")
        i = bisect_left(_Keys(self), key)
        if i < self._n and self._word(i) == key:
            return self._vals[i]
        return default

    def __contains__(self, word: str) -> bool:
        return self.get(word, -1) != -1 if self._n else False


class _Keys:
    __slots__ = ("s",)

    def __init__(self, s: WordSet):
        self.s = s

    def __len__(self) -> int:
        return self.s._n

    def __getitem__(self, i: int) -> bytes:
        return self.s._word(i)


EMPTY = WordSet()
_MAGIC = b"NLWS1"


def cache_dir() -> Path | None:
    """Where built lexicons are kept between runs: ``NEWSLOOM_CACHE``, else ``$XDG_CACHE_HOME/newsloom``, else
    ``~/.cache/newsloom`` (``NEWSLOOM_CACHE=off``: never)."""
    import os

    env = os.environ.get("NEWSLOOM_CACHE")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "newsloom"


def _cached(name: str, build) -> WordSet:
    """The WordSet ``name`` from the cache (memory-mapped, so worker processes share it), else built by
    ``build()`` and written there (atomically; an unwritable cache only costs the build time)."""
    import mmap
    import os
    import tempfile

    d = cache_dir()
    path = d / "lexicon" / (name + ".bin") if d else None
    if path is not None and path.exists():
        try:
            with open(path, "rb") as f:
                mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            return WordSet.from_bytes(mm)
        except (OSError, ValueError) as exc:
            log.warning("lexicon cache %s unreadable (%s): rebuilding it", path, exc)
    ws = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(ws.to_bytes())
            os.replace(tmp, path)
        except OSError as exc:
            log.info("lexicon cache %s not written (%s)", path, exc)
    return ws


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "0"


def _cbpack(path: str):
    """(Zipf frequency, words) of a wordfreq "cBpack" file, most frequent first, read as a stream: list i
    of the file holds the words of frequency 10^(-i/100), i.e. Zipf 9 - i/100."""
    import gzip

    import msgpack

    with gzip.open(path, "rb") as f:
        up = msgpack.Unpacker(f, raw=False)
        n = up.read_array_header()
        header = up.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError(f"{path}: not a wordfreq cBpack file")
        for i in range(n - 1):
            yield 9 - i / 100, up.unpack()


@lru_cache(maxsize=None)
def zipf_buckets(lang: str, min_zipf: float = 1.0) -> WordSet:
    """word (case-folded) -> floor of its Zipf frequency in ``lang`` (1 to 8; words below ``min_zipf`` and
    unknown words: 0), from wordfreq's large list of the language, else its small one."""
    try:
        import wordfreq
    except ImportError:
        log.warning("wordfreq is not installed: word-frequency features are off (pip install wordfreq)")
        return EMPTY
    path = wordfreq.available_languages("large").get(lang) or wordfreq.available_languages("small").get(lang)
    if not path:
        return EMPTY

    def pairs():
        for z, words in _cbpack(path):
            if z < min_zipf:
                return
            for w in words:
                yield w, int(z)

    return _cached(f"wordfreq-{_version('wordfreq')}-{Path(path).name.split('.')[0]}-{min_zipf:g}",
                   lambda: WordSet(pairs()))


NAME_CLASSES = {"Toponym": 1, "Vorname": 2, "Nachname": 4, "Eigenname": 8}
NOT_NOUNS = {"Abkürzung", "Buchstabe", "Affix", "Gebundenes Lexem", "Symbol"}


@lru_cache(maxsize=None)
def noun_lexicon(package: str) -> tuple[WordSet, WordSet]:
    """(every inflected form of the common nouns, the name lemmas with their classes as bits of
    ``NAME_CLASSES``) of a noun-lexicon package.

    The format read is that of ``german_nouns`` (its ``nouns.csv``: lemma, word classes, gender, then every
    case form): a row whose classes include Toponym, Vorname, Nachname or Eigenname is a name, any other
    noun row gives common-noun forms."""
    with _LOCK:
        spec = importlib.util.find_spec(package) if package else None
        path = None
        if spec is not None:
            for loc in list(spec.submodule_search_locations or []) + ([str(Path(spec.origin).parent)]
                                                                       if spec.origin else []):
                if (Path(loc) / "nouns.csv").exists():
                    path = Path(loc) / "nouns.csv"
                    break
        if path is None:
            if package:
                log.warning("noun lexicon %s is not installed: noun features are off", package)
            return EMPTY, EMPTY
        built: dict[str, WordSet] = {}

        def build(which: str) -> WordSet:
            if not built:
                names: dict[str, int] = {}
                forms: set[str] = set()
                with open(path, encoding="utf-8", newline="") as f:
                    rows = csv.reader(f)
                    next(rows, None)
                    for r in rows:
                        if len(r) < 8:
                            continue
                        classes = set(r[1].split(","))
                        bits = sum(v for k, v in NAME_CLASSES.items() if k in classes)
                        if bits:
                            names[r[0]] = names.get(r[0], 0) | bits
                        elif "Substantiv" in classes and not classes & NOT_NOUNS:
                            forms.update(x for x in r[7:] if x and " " not in x)
                built["forms"], built["names"] = WordSet(forms), WordSet(names.items())
            return built[which]

        tag = f"{package}-{_version(package.replace('_', '-'))}"
        return _cached(tag + "-forms", lambda: build("forms")), _cached(tag + "-names", lambda: build("names"))
