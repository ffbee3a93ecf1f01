"""The records that flow through newsloom.

Offsets are always character offsets into the article's *cleaned* text, end exclusive.
Per-article stages produce an :class:`ArticleResult`; corpus stages read and update the store.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class RawArticle:
    """One article as read from the input, before cleaning.

    ``origin`` says where it came from (file path, plus ``#N`` for the N-th record of a JSONL/WARC file);
    it is how a rebuild recognises the same input again.
    """

    id: str
    origin: str
    text: str | None = None          # plain text (txt/md/jsonl "text")
    html: str | None = None          # raw HTML (html files, jsonl "html", WARC responses)
    title: str | None = None
    url: str | None = None
    source: str | None = None        # outlet / site name
    published: str | None = None     # ISO date or datetime as given
    lang: str | None = None          # as given by the input, if any
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Skipped:
    """An input that could not become an article (binary, empty, oversized, malformed ...)."""

    origin: str
    reason: str


@dataclass
class Cleaned:
    """Result of cleaning: the kept text and every removed piece, verbatim."""

    text: str
    removed: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Mention:
    """A named-entity mention found in one article."""

    start: int
    end: int
    text: str
    label: str                       # newsloom type: PERSON, ORG, PLACE, OTHER
    ner_label: str = ""              # the model's own label (PER, GPE, NORP ...)
    entity: str | None = None        # entity id, set by linking


@dataclass
class Timex:
    """A TIMEX3 expression with its TimeML value."""

    start: int
    end: int
    text: str
    type: str                        # DATE, TIME, DURATION, SET
    value: str                       # e.g. 2025-04-16, 2024-07, P1M, XXXX-06-02, PRESENT_REF


@dataclass
class ArticleResult:
    """Everything the per-article stages know about one article."""

    id: str
    origin: str
    content_hash: str
    source: str
    title: str | None
    url: str | None
    lang: str
    published: date | None
    published_basis: str | None      # "metadata" | "inferred" | None
    text: str
    removed: list[str]
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    words: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
