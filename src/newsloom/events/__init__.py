"""Events and quotes: PLOVER event mentions and quotes per article, merged into events across the corpus.

    extract(text, lang, docs, sentences, mentions, timexes, published) -> (list[EventMention], list[QuoteMention])
    merge(articles, mention_entity, article_info) -> list[Event]
    merge_quotes(articles, mention_entity, article_info) -> list[dict]   # the contract's quotes

The engines are language blind; each language's triggers, cues and quote verbs are data in
newsloom.lang.<code>.events. See docs/events.md.
"""
from __future__ import annotations

from datetime import date

from .records import Event, EventMention, QuoteMention

__all__ = ["extract", "merge", "merge_quotes", "Event", "EventMention", "QuoteMention"]


def extract(text: str, lang: str, docs, sentences, mentions, timexes,
            published: date | None) -> tuple[list[EventMention], list[QuoteMention]]:
    """Event mentions and quotes of one article (pure). ``docs`` are (character offset, spaCy Doc) pieces
    covering ``text``; ``mentions``/``timexes``/``sentences`` carry offsets into ``text``."""
    from .engine import Extractor
    from .quotes import extract_quotes

    x = Extractor(text, lang, docs, sentences, mentions, timexes, published)
    events = x.run()
    quotes = extract_quotes(x)
    return events, quotes


def merge(articles, mention_entity, article_info) -> list[Event]:
    from .corpus import merge_events

    return merge_events(articles, mention_entity, article_info)


def merge_quotes(articles, mention_entity, article_info) -> list[dict]:
    from .corpus import merge_quote_mentions

    return merge_quote_mentions(articles, mention_entity, article_info)
