"""Language identification restricted to newsloom's languages (py3langid), with a confidence floor."""
from __future__ import annotations

import re
from functools import lru_cache

from .config import SUPPORTED_LANGS

CONFIDENCE_FLOOR = 0.80
MIN_LETTERS = 12
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier():
    import py3langid.langid as L

    ident = L.LanguageIdentifier.from_modelpath(L.MODEL_DIR / L.MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED_LANGS))
    return ident


def detect(text: str, sample: int = 4000) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence); ``("und", p)`` when the text is too short or the model unsure."""
    head = text[:sample]
    if len(_LETTER.findall(head)) < MIN_LETTERS:
        return "und", 0.0
    lang, prob = _identifier().classify(head)
    if prob < CONFIDENCE_FLOOR:
        return "und", float(prob)
    return lang, float(prob)


def normalise_given(lang: str | None) -> str | None:
    """A language code given by the input ("fr", "FR", "fr-FR", "fra") reduced to a supported code, or None."""
    if not lang:
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    aliases = {"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "deu": "de", "ger": "de"}
    code = aliases.get(code, code)
    return code if code in SUPPORTED_LANGS else None
