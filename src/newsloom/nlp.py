"""spaCy per language: loaded once per process, run with ``nlp.pipe`` in batches.

Gives sentences and named-entity mentions with character offsets into the cleaned text. A language with
no installed model gets a blank pipeline with a rule-based sentencizer (mentions then come from the
knowledge base in the linking stage).
"""
from __future__ import annotations

import logging
import warnings
from functools import lru_cache

from .config import model_for
from .records import Mention, Sentence

log = logging.getLogger(__name__)

# model label -> newsloom type; labels not listed (DATE, MONEY, CARDINAL ...) are not entities
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "NORP": "OTHER", "MISC": "OTHER", "EVENT": "OTHER", "PRODUCT": "OTHER",
    "LAW": "OTHER", "WORK_OF_ART": "OTHER", "LANGUAGE": "OTHER",
}

# texts longer than this are processed in pieces cut at line breaks (memory and time stay bounded)
CHUNK_CHARS = 50_000
# components never used downstream
NOT_NEEDED = ("lemmatizer",)


@lru_cache(maxsize=None)
def get_nlp(lang: str):
    """The pipeline for ``lang`` (cached per process)."""
    import spacy

    from . import crfner  # noqa: F401  (registers newsloom_crf_ner, the component of our German model)

    name = model_for(lang)
    if name:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # old model versions warn about spaCy's version (W095)
            try:
                nlp = spacy.load(name, exclude=[c for c in NOT_NEEDED])
            except OSError as exc:
                log.warning("spaCy model %s for %s could not be loaded (%s); using rules only", name, lang, exc)
                nlp = None
        if nlp is not None:
            nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
            return nlp
    try:
        nlp = spacy.blank(lang)
    except Exception:  # unknown language code
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.max_length = CHUNK_CHARS * 2
    return nlp


def model_name(lang: str) -> str:
    nlp = get_nlp(lang)
    meta = nlp.meta or {}
    return f"{meta.get('lang', lang)}_{meta.get('name', 'blank')}-{meta.get('version', '0')}"


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, piece) parts of at most ``size`` characters, at line breaks when possible."""
    if len(text) <= size:
        return [(0, text)]
    out, pos = [], 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", pos + size // 2, end)
            if cut != -1:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


def annotate(texts: list[str], lang: str, batch_size: int = 16):
    """Yield (doc_parts, sentences, mentions) for each text, in order.

    ``doc_parts`` is a list of (offset, Doc) pairs: one pair unless the text was long enough to be cut.
    """
    nlp = get_nlp(lang)
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    for i, text in enumerate(texts):
        for off, piece in chunks(text):
            pieces.append((i, off, piece))
    results: list[list] = [[] for _ in texts]
    docs = nlp.pipe((p[2] for p in pieces), batch_size=batch_size)
    for (i, off, _), doc in zip(pieces, docs):
        results[i].append((off, doc))
    for parts in results:
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        for off, doc in parts:
            dtext = doc.text  # a property that joins every token: compute it once
            for sent in doc.sents:
                s, e = _trim(dtext, sent.start_char, sent.end_char)
                if e > s:
                    sentences.append(Sentence(off + s, off + e))
            for ent in doc.ents:
                label = LABELS.get(ent.label_)
                if label is None:
                    continue
                s, e = _trim(dtext, ent.start_char, ent.end_char)
                if e > s:
                    mentions.append(Mention(off + s, off + e, dtext[s:e], label, ent.label_))
        yield parts, sentences, mentions


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
