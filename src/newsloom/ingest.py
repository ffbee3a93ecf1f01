"""Reading inputs: files, folders and glob patterns -> a stream of :class:`RawArticle` / :class:`Skipped`.

Formats (see the "Inputs" section of the contract):

* ``*.txt``, ``*.md`` -- one article; id = the file name without its extension.
* ``*.html``, ``*.htm`` -- one web page, kept as HTML (``RawArticle.html``); :func:`extract_html` turns it into
  text and metadata later, in the parallel per-article stage.
* ``*.jsonl`` (also ``*.jsonl.gz``) -- one article object per line; ``*.json`` (also ``*.json.gz``) -- a list
  of article objects, or one object (or several objects one after the other). Each object has ``text`` or
  ``html`` and optional ``id``, ``title``, ``url``, ``source``, ``published``, ``lang``; other keys are kept in
  ``extra``.
* ``*.warc``, ``*.warc.gz`` -- every HTTP response (or resource) record with an HTML content type and a 2xx
  status. Requests, metadata, non-HTML payloads, redirects and error pages are not articles and are passed over
  without being counted.
* ``NAME.meta.json`` beside ``NAME.txt`` / ``NAME.md`` / ``NAME.html`` / ``NAME.htm`` adds ``id``, ``title``,
  ``url``, ``source``, ``published``, ``lang`` (other keys go to ``extra``). A ``*.meta.json`` file is always a
  sidecar, never an input, even when named on the command line or matched by a glob.
* Everything else, dotfiles included, is ``Skipped("unsupported file type")``. Hidden folders (``.git``...)
  are not entered.

Choices:

* ``origin`` is the resolved absolute path of the file, plus ``#N`` for the N-th record of a JSONL (N = line
  number, 1-based), JSON (N = position in the list) or WARC file (N = position among all WARC records).
* ids: the sidecar / record ``id`` when given; otherwise the file stem for txt/md/html, ``<stem>-<N>`` for
  JSONL/JSON records, and ``<domain>-<sha1(url)[:10]>`` for WARC records (``<stem>-<N>`` without a URL), so the
  same page keeps its id whichever WARC it comes from. Ids that repeat are made unique later (``ID~2``).
* ``source``: the sidecar / record ``source`` when given. For plain text with a URL, the URL's domain
  (without ``www.``). For HTML it is left ``None`` here so the page's own site name (``og:site_name`` ...,
  see :func:`extract_html`) can win, then the URL domain. Where nothing is known the export says ``""``; the
  folder name is never used (folders are how users sort files, not outlets).
* ``published`` is kept exactly as given; :func:`parse_published` reads it. A WARC's fetch date (``WARC-Date``)
  goes to ``extra["fetched"]``, never to ``published``.
* Limits: txt/md/html files larger than ``max_bytes`` are skipped from their size alone (never read); for
  JSONL/JSON/WARC the limit applies to each record, and the file itself may be any size: it is streamed.
* Skip reasons: ``unsupported file type``, ``binary``, ``empty``, ``oversized``, ``undecodable``, and
  ``unreadable: ...``, ``malformed JSON: ...``, ``malformed record: ...``, ``malformed WARC: ...``,
  ``no HTML response records`` (a WARC without any article).

Nothing heavy is imported at module import: trafilatura, htmldate, warcio and charset-normalizer are imported
where they are needed.
"""
from __future__ import annotations

import codecs
import errno
import glob
import gzip
import hashlib
import io
import json
import logging
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from .records import RawArticle, Skipped

log = logging.getLogger("newsloom.ingest")

__all__ = ["iter_inputs", "extract_html", "parse_published", "decode_bytes", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 10_000_000

# The optional metadata fields an input may give (besides text/html).
META_FIELDS = ("title", "url", "source", "published", "lang")

_SIDECAR = ".meta.json"
_TEXT_EXT = {".txt", ".md"}
_HTML_EXT = {".html", ".htm"}
_CHUNK = 1 << 20


# ====================================================================== paths


def _kind(name: str) -> str | None:
    """The input kind of a file name: text, html, jsonl, json, warc, sidecar, or None (unsupported)."""
    low = name.lower()
    if low.startswith("."):
        return None
    if low.endswith(_SIDECAR):
        return "sidecar"
    if low.endswith((".warc", ".warc.gz")):
        return "warc"
    if low.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if low.endswith((".json", ".json.gz")):
        return "json"
    ext = os.path.splitext(low)[1]
    if ext in _TEXT_EXT:
        return "text"
    if ext in _HTML_EXT:
        return "html"
    return None


def _stem(name: str) -> str:
    """The file name without its extension(s) (``a.b.txt`` -> ``a.b``, ``crawl.warc.gz`` -> ``crawl``)."""
    low = name.lower()
    for double in (".warc.gz", ".jsonl.gz", ".json.gz"):
        if low.endswith(double):
            return name[: -len(double)]
    return os.path.splitext(name)[0]


def _resolve_roots(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Every path as given, globs expanded (sorted); raises FileNotFoundError for a path that matches nothing."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    roots: list[Path] = []
    for p in paths:
        s = os.path.expanduser(os.fspath(p))
        if os.path.lexists(s):
            roots.append(Path(s))
        elif glob.has_magic(s):
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                raise FileNotFoundError(errno.ENOENT, "no file matches the pattern", s)
            roots.extend(Path(m) for m in matches)
        else:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), s)
    return roots


_Found = tuple[Path, Path, "str | None", "frozenset[str] | None"]


def _walk(folder: Path, visited: set) -> Iterator[_Found | Skipped]:
    """Files under ``folder`` in name order, depth first.

    Each as (resolved path, path where it was found, kind, names in that folder): the resolved path is the
    origin; the place where it was found gives the id and the sidecar (they differ for symbolic links).
    """
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in visited:           # a symlink loop or a folder reached twice
            return
        visited.add(key)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(str(folder), f"unreadable: {exc.strerror or exc}")
        return
    names = frozenset(e.name for e in entries)
    for e in entries:
        found = path = folder / e.name
        try:
            is_dir = e.is_dir()
            is_file = not is_dir and e.is_file()
            if e.is_symlink():
                path = path.resolve()
        except OSError as exc:
            yield Skipped(str(path), f"unreadable: {exc.strerror or exc}")
            continue
        if is_dir:
            if not e.name.startswith("."):
                yield from _walk(path, visited)
        elif is_file:
            yield path, found, _kind(e.name), names
        elif not os.path.exists(path):
            yield Skipped(str(path), "unreadable: broken link")
        else:                            # fifo, socket, device: never opened
            yield Skipped(str(path), "unsupported file type")


def _files(roots: list[Path]) -> Iterator[_Found | Skipped]:
    visited: set = set()
    for root in roots:
        try:
            is_dir = root.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root.resolve(), visited)
            continue
        path = root.resolve()
        try:
            regular = stat.S_ISREG(path.stat().st_mode)
        except OSError as exc:
            yield Skipped(str(path), f"unreadable: {exc.strerror or exc}")
            continue
        if not regular:
            yield Skipped(str(path), "unsupported file type")
            continue
        yield path, root.absolute(), _kind(root.name), None


# ====================================================================== the stream


def iter_inputs(paths: Iterable[str | os.PathLike] | str | os.PathLike,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Skipped]:
    """Every article under ``paths`` (files, folders, glob patterns), streamed, in a deterministic order.

    Folders are walked depth first in name order; files named twice are read once. Raises
    ``FileNotFoundError`` at once (before anything is read) when a path does not exist or a pattern matches
    nothing. Bad inputs never raise: they come out as :class:`Skipped`.
    """
    roots = _resolve_roots(paths)
    return _stream(roots, max_bytes)


def _stream(roots: list[Path], max_bytes: int) -> Iterator[RawArticle | Skipped]:
    seen: set[str] = set()
    for item in _files(roots):
        if isinstance(item, Skipped):
            yield item
            continue
        path, found, kind, names = item
        origin = str(path)
        if origin in seen:
            continue
        seen.add(origin)
        if kind == "sidecar":
            continue
        if kind is None:
            yield Skipped(origin, "unsupported file type")
        elif kind in ("text", "html"):
            yield _read_document(path, found, kind, names, max_bytes)
        elif kind == "jsonl":
            yield from _read_jsonl(path, _stem(found.name), max_bytes)
        elif kind == "json":
            yield from _read_json(path, _stem(found.name), max_bytes)
        elif kind == "warc":
            yield from _read_warc(path, _stem(found.name), max_bytes)


# ====================================================================== bytes -> text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),   # before UTF-16: FF FE 00 00
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
# Non-ASCII characters expected in Western European text read as windows-1252.
_CP1252_PUNCT = set("\u00a0«»‘’‚“”„–—…•€°§©®·¡¿ºª±×÷£¥¢¤¦¨¯´¸¹²³¼½¾†‡‰‹›™ˆ˜")


def _bom(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit in every other position, as in UTF-16 ASCII-range text."""
    sample = data[:65536]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.05 * len(sample)


def _plausible_cp1252(text: str) -> bool:
    """True when ``text`` (bytes read as windows-1252) reads like English/French/Spanish/German text."""
    letters = non_ascii_letters = odd = 0
    for ch in text:
        if ch < "\x80":
            if ch.isalpha():
                letters += 1
            continue
        if ch.isalpha() and ("\u00c0" <= ch <= "\u017f" or ch in "ƒŠŒŽšœžŸ"):
            letters += 1
            non_ascii_letters += 1
        elif ch not in _CP1252_PUNCT:
            odd += 1
    if not letters:
        return False
    # Cyrillic or Greek read as cp1252 is all accented letters; real Western text has few of them.
    return non_ascii_letters <= 0.3 * letters and odd <= 0.02 * (letters + odd)


def _codec(name: str | bytes | None) -> str | None:
    """A Python codec for a declared charset (WHATWG habits: latin-1/ascii mean windows-1252), or None."""
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):   # a declaration without a BOM is not to be trusted
        return None
    return codec


def _declared_html_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return _codec(m.group(1)) if m else None


def decode_bytes(data: bytes, html: bool = False, declared: str | None = None) -> tuple[str | None, str]:
    """Bytes to text: ``(text, encoding)``, or ``(None, reason)`` with reason ``binary`` / ``undecodable``.

    Order: a BOM; UTF-16 without BOM (NULs in every other byte); NUL or control bytes mean binary; strict
    UTF-8; the declared charset (``declared``, e.g. from HTTP, then for HTML a ``<meta charset>`` or XML
    declaration); windows-1252 when the result reads like Western European text; charset-normalizer.
    """
    enc = _bom(data)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            return None, "undecodable"
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
        return None, "binary"
    if _looks_binary(data):
        return None, "binary"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [_codec(declared)]
    if html:
        candidates.append(_declared_html_charset(data))
    for enc in candidates:
        if enc and enc != "utf-8":
            try:
                return data.decode(enc), enc
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_cp1252(text):
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000] if len(data) > 2_000_000 else data).best()
    if best is None or best.encoding is None:
        return None, "undecodable"
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None, "undecodable"


# ====================================================================== metadata helpers


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) or None


def _check_fields(obj: dict) -> str | None:
    """Why ``obj`` is not a valid article record (None when it is)."""
    for key in ("text", "html", *META_FIELDS):
        v = obj.get(key)
        if v is not None and not isinstance(v, str):
            return f"malformed record: {key!r} is not a string"
    rid = obj.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        return "malformed record: 'id' is not a string"
    return None


def _meta_from(obj: dict) -> tuple[dict, dict]:
    """(known fields, extra) from a record or sidecar object; blank strings count as absent."""
    meta: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in obj.items():
        if key in META_FIELDS:
            if isinstance(value, str) and value.strip():
                meta[key] = value.strip()
        elif key == "id":
            if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
                meta["id"] = str(value).strip()
        elif key not in ("text", "html"):
            extra[key] = value
    return meta, extra


def _read_sidecar(path: Path, names: frozenset[str] | None, max_bytes: int) -> tuple[dict, dict]:
    name = _stem(path.name) + _SIDECAR
    if names is not None and name not in names:
        return {}, {}
    side = path.with_name(name)
    try:
        with open(side, "rb") as f:
            data = f.read(min(max_bytes, 1_000_000) + 1)
    except FileNotFoundError:
        return {}, {}
    except OSError as exc:
        log.warning("sidecar %s unreadable: %s", side, exc.strerror or exc)
        return {}, {"sidecar_error": f"unreadable: {exc.strerror or exc}"}
    try:
        if len(data) > min(max_bytes, 1_000_000):
            raise ValueError("too large")
        obj = json.loads(data.decode("utf-8-sig") if _bom(data) in (None, "utf-8-sig") else data)
        if not isinstance(obj, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        log.warning("sidecar %s ignored: %s", side, exc)
        return {}, {"sidecar_error": str(exc)[:200]}
    meta, extra = _meta_from({k: v for k, v in obj.items() if k not in ("text", "html")})
    for key in META_FIELDS:            # wrong types in a sidecar: ignore that field, keep the article
        if key in obj and key not in meta and obj[key] is not None and not isinstance(obj[key], str):
            extra.setdefault("sidecar_ignored", []).append(key)
    return meta, extra


# ---------------------------------------------------------------- markdown

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_RULES = [
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"^[ \t]*(```|~~~).*$\n?", re.M), ""),                          # code fences
    (re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$\n?", re.M), ""),          # rules
    (re.compile(r"^(?:=+|-+)[ \t]*$\n?", re.M), ""),                             # setext underlines
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$\n?", re.M), ""),          # link definitions
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),                             # images
    (re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])"), r"\1"),          # links
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),                               # block quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)", re.M), r"\1"),                    # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),                       # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),      # emphasis
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                         # inline code
]
_MD_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.M)


def _markdown(text: str) -> tuple[str, dict]:
    """Markdown to plain text (markup removed, words kept) and the metadata of a front matter block."""
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            value = value.strip().strip("\"'")
            if sep and value:
                key = {"date": "published", "language": "lang", "permalink": "url"}.get(key, key)
                if key in (*META_FIELDS, "id"):
                    meta[key] = value
        text = text[m.end():]
    if "title" not in meta:
        h1 = _MD_H1.search(text)
        if h1:
            meta["title"] = h1.group(1).strip()
    for rx, repl in _MD_RULES:
        text = rx.sub(repl, text)
    return text, meta


# ---------------------------------------------------------------- txt / md / html files


def _read_document(path: Path, found: Path, kind: str, names: frozenset[str] | None,
                   max_bytes: int) -> RawArticle | Skipped:
    origin = str(path)
    try:
        if os.stat(path).st_size > max_bytes:        # judged by its size alone: never opened
            return Skipped(origin, "oversized")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        return Skipped(origin, f"unreadable: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Skipped(origin, "oversized")
    if not data.strip():
        return Skipped(origin, "empty")
    text, how = decode_bytes(data, html=(kind == "html"))
    del data
    if text is None:
        return Skipped(origin, how)
    if not text.strip():
        return Skipped(origin, "empty")
    meta: dict[str, Any] = {}
    if kind == "text" and found.suffix.lower() == ".md":
        text, meta = _markdown(text)
        if not text.strip():
            return Skipped(origin, "empty")
    side, extra = _read_sidecar(found, names, max_bytes)
    meta.update(side)
    if how not in ("utf-8", "utf-8-sig"):
        extra["encoding"] = how
    source = meta.get("source")
    if source is None and kind == "text":
        source = _domain(meta.get("url"))
    return RawArticle(
        id=meta.get("id") or _stem(found.name), origin=origin,
        text=text if kind == "text" else None, html=text if kind == "html" else None,
        title=meta.get("title"), url=meta.get("url"), source=source,
        published=meta.get("published"), lang=meta.get("lang"), extra=extra,
    )


# ---------------------------------------------------------------- records (JSONL / JSON)


def _record(obj: Any, stem: str, n: int, origin: str) -> RawArticle | Skipped:
    if not isinstance(obj, dict):
        return Skipped(origin, "malformed record: not a JSON object")
    why = _check_fields(obj)
    if why:
        return Skipped(origin, why)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        return Skipped(origin, "malformed record: no text or html")
    if not (text or "").strip() and not (html or "").strip():
        return Skipped(origin, "empty")
    meta, extra = _meta_from(obj)
    source = meta.get("source")
    if source is None and html is None:
        source = _domain(meta.get("url"))
    return RawArticle(
        id=meta.get("id") or f"{stem}-{n}", origin=origin,
        text=text if (text or "").strip() else None, html=html if (html or "").strip() else None,
        title=meta.get("title"), url=meta.get("url"), source=source,
        published=meta.get("published"), lang=meta.get("lang"), extra=extra,
    )


def _loads(data: bytes) -> Any:
    # strict=False: raw tabs/newlines inside strings, common in scraped dumps, are accepted
    try:
        return json.loads(data.decode("utf-8"), strict=False)
    except RecursionError:
        raise ValueError("nested too deeply") from None


class _Utf8Reader:
    """A binary reader whose bytes are UTF-8, whatever the BOM of the underlying stream (UTF-8/16/32)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        head = raw.read(4)
        enc = _bom(head)
        if enc in (None, "utf-8-sig"):
            self._pending = head[3:] if enc else head
            self._text = None
        else:
            self._pending = b""
            self._text = io.TextIOWrapper(_Prefixed(head, raw), encoding=enc, errors="replace", newline="\n")

    def read(self, n: int) -> bytes:
        if self._text is not None:
            return self._text.read(n).encode("utf-8", "surrogatepass")
        if self._pending:
            out, self._pending = self._pending, b""
            return out + self.raw.read(max(0, n - len(out)))
        return self.raw.read(n)

    def readline(self, limit: int) -> bytes:
        if self._text is not None:
            return self._text.readline(limit).encode("utf-8", "surrogatepass")
        if self._pending:
            i = self._pending.find(b"\n")
            if i >= 0:
                out, self._pending = self._pending[: i + 1], self._pending[i + 1:]
                return out
            out, self._pending = self._pending, b""
            return out + self.raw.readline(max(1, limit - len(out)))
        return self.raw.readline(limit)


class _Prefixed(io.RawIOBase):
    def __init__(self, head: bytes, raw: BinaryIO):
        self.head, self.raw = head, raw

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.head:
            n = min(len(b), len(self.head))
            b[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.raw.read(len(b))
        b[: len(data)] = data
        return len(data)


def _read_jsonl(path: Path, stem: str, max_bytes: int) -> Iterator[RawArticle | Skipped]:
    base = str(path)
    records = 0
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield Skipped(base, f"unreadable: {exc.strerror or exc}")
        return
    with f:
        try:
            stream = gzip.GzipFile(fileobj=f, mode="rb") if path.name.lower().endswith(".gz") else f
            reader = _Utf8Reader(stream)
            n = 0
            while True:
                line = reader.readline(max_bytes + 1)
                if not line:
                    break
                n += 1
                origin = f"{base}#{n}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    while True:                          # skip the rest of the long line, unread
                        rest = reader.readline(_CHUNK)
                        if not rest or rest.endswith(b"\n"):
                            break
                    records += 1
                    yield Skipped(origin, "oversized")
                    continue
                if not line.strip():
                    continue
                records += 1
                try:
                    obj = _loads(line)
                except UnicodeDecodeError:
                    yield Skipped(origin, "undecodable")
                    continue
                except ValueError as exc:
                    yield Skipped(origin, f"malformed JSON: {_short(exc)}")
                    continue
                yield _record(obj, stem, n, origin)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield Skipped(base if not records else f"{base}#{records + 1}", f"unreadable: {_short(exc)}")
            return
    if not records:
        yield Skipped(base, "empty")


def _short(exc: BaseException) -> str:
    msg = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return msg.splitlines()[0][:120]


# A streaming reader for a JSON list: it finds where each element ends without parsing it, so only one element
# is held at a time, and an oversized one is passed over without being kept.
_TOKEN = re.compile(rb'[\[\]{}"]')
_STRING_END = re.compile(rb'["\\]')
_SCALAR_END = re.compile(rb'[,\]}\s]')
_WS = b" \t\r\n"


class _JsonScanner:
    def __init__(self, reader: _Utf8Reader, max_bytes: int):
        self.reader, self.max_bytes = reader, max_bytes
        self.buf = bytearray()
        self.pos = 0
        self.eof = False

    def _more(self, keep_from: int) -> int:
        """Append a chunk; bytes before ``keep_from`` may go. How many went, or -1 at the end of the input."""
        if self.eof:
            return -1
        chunk = self.reader.read(_CHUNK)
        if not chunk:
            self.eof = True
            return -1
        dropped = 0
        if keep_from > _CHUNK:
            del self.buf[:keep_from]
            dropped = keep_from
            self.pos -= dropped
        self.buf += chunk
        return dropped

    def peek(self) -> int | None:
        """The next non-blank byte (not consumed), or None at the end."""
        while True:
            buf, n = self.buf, len(self.buf)
            while self.pos < n and buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < n:
                return buf[self.pos]
            if self._more(self.pos) < 0:
                return None

    def value(self) -> bytes | None:
        """The bytes of the JSON value at the cursor, consumed; None when longer than max_bytes (then skipped).

        Raises ValueError when the input ends inside the value.
        """
        start = self.pos
        first = self.buf[start]
        if first in b"{[":
            depth, in_str, i = 0, False, start
        elif first == 0x22:
            depth, in_str, i = 0, True, start + 1
        else:
            depth, in_str, i = -1, False, start      # a number, true, false or null
        gone = 0                                      # bytes of this value dropped (it is oversized)
        while True:
            buf = self.buf
            end = None
            if depth < 0:
                m = _SCALAR_END.search(buf, i)
                if m:
                    end = m.start()
                elif self.eof:
                    end = len(buf)
                else:
                    i = len(buf)
            else:
                while True:
                    if in_str:
                        m = _STRING_END.search(buf, i)
                        if not m:
                            i = len(buf)
                            break
                        if buf[m.start()] == 0x5C:     # backslash: the next byte is escaped
                            if m.end() >= len(buf):
                                i = m.start()
                                break
                            i = m.end() + 1
                            continue
                        in_str = False
                        i = m.end()
                        if depth == 0:
                            end = i
                            break
                        continue
                    m = _TOKEN.search(buf, i)
                    if not m:
                        i = len(buf)
                        break
                    c = buf[m.start()]
                    i = m.end()
                    if c == 0x22:
                        in_str = True
                    elif c in b"{[":
                        depth += 1
                    else:
                        depth -= 1
                        if depth == 0:
                            end = i
                            break
            if end is not None:
                self.pos = end
                if gone or end - start > self.max_bytes:
                    return None
                return bytes(buf[start:end])
            if gone + i - start > self.max_bytes:     # too long: keep scanning, stop keeping
                gone += i - start
                del buf[start:i]
                i = start
            dropped = self._more(start)
            if dropped < 0:
                raise ValueError("the file ends inside a record")
            start -= dropped
            i -= dropped

    def consume(self) -> None:
        self.pos += 1


def _read_json(path: Path, stem: str, max_bytes: int) -> Iterator[RawArticle | Skipped]:
    base = str(path)
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield Skipped(base, f"unreadable: {exc.strerror or exc}")
        return
    n = 0
    with f:
        try:
            stream = gzip.GzipFile(fileobj=f, mode="rb") if path.name.lower().endswith(".gz") else f
            sc = _JsonScanner(_Utf8Reader(stream), max_bytes)
            c = sc.peek()
            if c is None:
                yield Skipped(base, "empty")
                return
            if c == 0x5B:       # [
                in_list = True
                sc.consume()
            elif c == 0x7B:     # {
                in_list = False
            else:
                yield Skipped(base, "malformed JSON: expected a list of articles or an article object")
                return
            while True:
                c = sc.peek()
                if in_list and c == 0x5D:                  # ]
                    break
                if c is None:
                    if in_list:
                        yield Skipped(f"{base}#{n + 1}", "malformed JSON: the list is not closed")
                    break
                if not in_list and c != 0x7B:
                    yield Skipped(f"{base}#{n + 1}", "malformed JSON: expected an object")
                    break
                n += 1
                origin = f"{base}#{n}"
                try:
                    data = sc.value()
                except ValueError as exc:
                    yield Skipped(origin, f"malformed JSON: {exc}")
                    return
                if data is None:
                    yield Skipped(origin, "oversized")
                else:
                    try:
                        obj = _loads(data)
                    except UnicodeDecodeError:
                        yield Skipped(origin, "undecodable")
                        obj = None
                    except ValueError as exc:
                        yield Skipped(origin, f"malformed JSON: {_short(exc)}")
                        obj = None
                    else:
                        yield _record(obj, stem, n, origin)
                    del data, obj
                if in_list:
                    c = sc.peek()
                    if c == 0x2C:                          # ,
                        sc.consume()
                    elif c == 0x5D:
                        break
                    else:
                        yield Skipped(f"{base}#{n + 1}", "malformed JSON: expected ',' or ']' after a record")
                        return
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield Skipped(f"{base}#{n + 1}" if n else base, f"unreadable: {_short(exc)}")
            return
    if not n:
        yield Skipped(base, "empty")


# ---------------------------------------------------------------- WARC

_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)


def _warc_record(rec, base: str, stem: str, n: int, max_bytes: int) -> RawArticle | Skipped | None:
    """An article from one WARC record, a Skipped, or None when the record is not a page at all."""
    rtype = rec.rec_type
    if rtype == "response":
        http = rec.http_headers
        if http is None:
            return None
        status = (http.get_statuscode() or "").strip()
        if not status.startswith("2"):
            return None
        ctype = http.get_header("Content-Type") or ""
    elif rtype == "resource":
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if ctype and "html" not in ctype.lower():
        return None
    origin = f"{base}#{n}"
    try:
        data = rec.content_stream().read(max_bytes + 1)
    except Exception:  # broken chunking or content encoding inside the record
        return Skipped(origin, "undecodable")
    if not ctype:                                   # no type given: believe it only if it looks like HTML
        head = data[:1024].lstrip().lower()
        if not head.startswith((b"<!doctype html", b"<html")):
            return None
    if len(data) > max_bytes:
        return Skipped(origin, "oversized")
    if not data.strip():
        return Skipped(origin, "empty")
    m = _CHARSET_PARAM.search(ctype)
    html, how = decode_bytes(data, html=True, declared=m.group(1) if m else None)
    if html is None:
        return Skipped(origin, how)
    url = (rec.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    if url:
        aid = f"{_domain(url) or stem}-{hashlib.sha1(url.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"
    else:
        aid = f"{stem}-{n}"
    extra: dict[str, Any] = {}
    if rec.rec_headers.get_header("WARC-Date"):
        extra["fetched"] = rec.rec_headers.get_header("WARC-Date")
    if rec.rec_headers.get_header("WARC-Record-ID"):
        extra["warc_record_id"] = rec.rec_headers.get_header("WARC-Record-ID")
    if how not in ("utf-8", "utf-8-sig"):
        extra["encoding"] = how
    return RawArticle(id=aid, origin=origin, html=html, url=url, extra=extra)


def _read_warc(path: Path, stem: str, max_bytes: int) -> Iterator[RawArticle | Skipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    base = str(path)
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield Skipped(base, f"unreadable: {exc.strerror or exc}")
        return
    found = 0
    with f:
        if os.fstat(f.fileno()).st_size == 0:
            yield Skipped(base, "empty")
            return
        try:
            head = f.read(64)
            if head.startswith(b"\x1f\x8b"):
                f.seek(0)
                head = gzip.GzipFile(fileobj=f, mode="rb").read(64)
            f.seek(0)
        except (OSError, EOFError, zlib.error) as exc:
            yield Skipped(base, f"malformed WARC: {_short(exc)}")
            return
        if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
            yield Skipped(base, "malformed WARC: not a WARC file")
            return
        n = 0
        try:
            for rec in ArchiveIterator(f):
                n += 1
                item = _warc_record(rec, base, stem, n, max_bytes)
                if item is not None:
                    found += 1
                    yield item
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error, AttributeError, TypeError,
                IndexError, KeyError) as exc:  # warcio on a damaged record fails in many ways
            found += 1
            yield Skipped(f"{base}#{n + 1}", f"malformed WARC: {_short(exc)}")
    if not found:
        yield Skipped(base, "no HTML response records")


# ====================================================================== HTML -> text and metadata

_TRAFILATURA: tuple | None = None
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def _trafilatura() -> tuple:
    """(bare_extraction, load_html, extract_metadata), imported on first use, with their loggers quietened."""
    global _TRAFILATURA
    if _TRAFILATURA is None:
        from trafilatura import bare_extraction
        from trafilatura.metadata import extract_metadata
        from trafilatura.utils import load_html

        for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
            lg = logging.getLogger(name)
            if lg.level == logging.NOTSET:     # leave alone what the user configured
                lg.setLevel(logging.CRITICAL)
        _TRAFILATURA = (bare_extraction, load_html, extract_metadata)
    return _TRAFILATURA


def _date_params() -> dict:
    # Dates from the markup only (meta tags, JSON-LD, <time>, the URL): a date merely written in the text is
    # for the timex stage to infer, and to label as inferred. Original (publication) date, not last change.
    latest = (date.today() + timedelta(days=366)).isoformat()
    return {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d",
            "min_date": "1900-01-01", "max_date": latest}


def _html_lang(tree) -> str | None:
    values = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    try:
        values += tree.xpath(
            "//meta[translate(@http-equiv,'CONTENTLAG','contentlag')='content-language']/@content"
            "|//meta[translate(@name,'LANGUEDC.','languedc.')='language' or "
            "translate(@name,'LANGUEDC.','languedc.')='dc.language']/@content"
            "|//meta[@property='og:locale']/@content")
    except Exception:
        pass
    for v in values:
        if not v:
            continue
        code = re.split(r"[-_,;\s]", str(v).strip().lower(), maxsplit=1)[0]
        if _LANG_CODE.fullmatch(code):
            return code
    return None


def _captions_as_paragraphs(tree) -> None:
    """trafilatura drops <figure> with its caption; keep the caption's words as a paragraph."""
    for fig in list(tree.iter("figure")):
        parent = fig.getparent()
        if parent is None or fig.find(".//table") is not None:
            continue
        cap = fig.find(".//figcaption")
        words = " ".join(cap.text_content().split()) if cap is not None else ""
        if not words:
            continue
        p = fig.makeelement("p", {})
        p.text = words
        p.tail = fig.tail
        parent.replace(fig, p)


# Navigation and page footers are never the article (and the fallback extractors would take them when the
# page has nothing else).
_PRUNE = ["//nav", "//footer"]
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7:-]\s+")


def _site_from_title(tree, title: str | None) -> str | None:
    """'Headline | Outlet' in <title>: the outlet's name, when the headline is the extracted title."""
    if not title:
        return None
    try:
        raw = " ".join((tree.findtext(".//title") or "").split())
    except Exception:
        return None
    parts = _TITLE_SEPARATORS.split(raw)
    if len(parts) < 2:
        return None
    for head, tail in ((parts[0], parts[-1]), (parts[-1], parts[0])):
        if head == title and tail != title and 0 < len(tail.split()) <= 5:
            return tail
    return None


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata of a web page, offline.

    Returns ``{"text", "title", "published", "lang", "site", "url"}``: ``text`` is the main text, one paragraph
    (or heading, caption, list item) per line, "" when nothing is found; ``published`` is ``YYYY-MM-DD`` from
    the markup (meta tags, JSON-LD, ``<time>``, the URL; htmldate through trafilatura) or None; ``lang`` the
    page's declared language code (``fr`` for ``fr-CA``) or None; ``site`` the outlet's name (``og:site_name``
    ...), else the domain of the page's URL, or None; ``url`` the canonical URL when the page gives one. Never
    fetches anything and never raises on bad HTML.
    """
    out: dict[str, Any] = {"text": "", "title": None, "published": None, "lang": None, "site": None,
                           "url": url}
    if not html or not html.strip():
        return out
    try:
        bare_extraction, load_html, extract_metadata = _trafilatura()
        tree = load_html(html)
        if tree is None or len(tree) == 0:
            tree = load_html(f"<html><body><div>{html}</div></body></html>")
        if tree is None:
            return out
        out["lang"] = _html_lang(tree)
        _captions_as_paragraphs(tree)
        params = _date_params()
        doc = bare_extraction(tree, url=url, with_metadata=True, favor_precision=True, include_comments=False,
                              include_tables=True, include_images=False, include_links=False,
                              prune_xpath=_PRUNE, date_extraction_params=params)
        if doc is None:                       # no main text: the metadata may still be there
            doc = extract_metadata(tree, url, dict(params))
            text = ""
        else:
            text = doc.text or ""
    except Exception:  # trafilatura or lxml choking on a pathological page: no text, not a crash
        log.debug("HTML extraction failed (%s)", url, exc_info=True)
        return out
    text = re.sub(r"[ \t]+\n", "\n", text)
    out["text"] = re.sub(r"\n{3,}", "\n\n", text).strip()
    title = (getattr(doc, "title", None) or "").strip()
    out["title"] = title or None
    pub = parse_published(getattr(doc, "date", None))
    out["published"] = pub.isoformat() if pub else None
    site = (getattr(doc, "sitename", None) or "").strip()
    page_url = getattr(doc, "url", None) or url
    if site and "." in site and " " not in site:       # trafilatura's guess from the URL: a last resort
        site = _site_from_title(tree, out["title"]) or _domain(f"//{site}") or site
    out["site"] = site or _site_from_title(tree, out["title"]) or _domain(page_url) or None
    out["url"] = page_url
    return out


# ====================================================================== dates


_LOOSE_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
                        r"\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?")


def parse_published(value: Any) -> date | None:
    """The calendar date of a publication date as given: ISO 8601 date or date-time (``Z`` or an offset; the
    date is read in the time zone given, not converted), or an RFC 2822 date (RSS). None for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 64:
        return None
    iso = s.upper()
    if len(iso) >= 8 and iso[:4].isdigit():
        try:
            return datetime.fromisoformat(iso).date()
        except ValueError:
            pass
        try:
            return date.fromisoformat(iso)
        except ValueError:
            pass
        m = _LOOSE_ISO.fullmatch(iso)               # e.g. "2024-09-18 07:45:00 +0200", "... 07:45 GMT"
        if m:
            try:
                return date.fromisoformat(m.group(1))
            except ValueError:
                return None
        return None
    if "," in s or re.search(r"\d{1,2} [A-Za-z]{3} \d{4}", s):
        try:
            return parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            return None
    return None
