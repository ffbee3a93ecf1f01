"""newsloom's multilingual temporal tagger (TIMEX3 / TimeML values), rule based and offline.

    tag(text, lang, anchor, sentences=None) -> list[Timex]
    infer_published(text, lang, today=None) -> date | None

User documentation: docs/dates.md; measurements: docs/benchmarks_timex.md.

The engine is language blind; each language's words and patterns live in newsloom.lang.<xx>.time.
"""
from .engine import tag
from .published import infer_published

__all__ = ["tag", "infer_published"]
