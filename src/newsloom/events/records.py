"""The records of the events stage: per-article mentions (stored as JSON) and corpus-level events."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

Span = tuple[int, int]

_ATOMS = (str, int, float, bool, type(None))


def _plain(obj):
    """``dataclasses.asdict`` without its cost: the same result (nested dataclasses as dicts, lists, tuples and
    dicts rebuilt, anything else deep-copied), with strings, numbers and None taken as they are."""
    if type(obj) in _ATOMS:
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def _span(x) -> Span | None:
    return (int(x[0]), int(x[1])) if x is not None else None


@dataclass
class EventMention:
    """One report of a PLOVER event in one sentence of one article.

    Spans are character offsets into the article's cleaned text. ``source``/``target``/``actors``/``location``
    are named-entity mention spans (what linking knows); a participant named only by a role ("the US envoy")
    or a pronoun points at the mention of the person it stands for, and ``source_np``/``target_np`` keep the
    words of this sentence. A participant that is no named entity ("protesters", "police") has no mention
    span: its words are in ``source_text``/``target_text`` (and ``source_np``/``target_np``).
    """

    type: str
    mode: str | None
    sentence: Span
    trigger: tuple[int, int, str]
    source: Span | None = None
    target: Span | None = None
    actors: list[Span] = field(default_factory=list)
    location: Span | None = None
    date: str | None = None              # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None
    status: str = "occurred"             # occurred | planned | reported | hypothetical
    negated: bool = False                # "did not meet": never occurred; the merge drops it
    topics: list[str] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)   # {kind, value, unit, text, start, end}
    # what the engine knew beyond the contract fields
    date_value: str | None = None        # the TimeML value it came from (may be partial: "XXXX-04-17")
    date_span: Span | None = None
    source_np: Span | None = None
    target_np: Span | None = None
    source_text: str | None = None       # a participant that is not a named entity ("police")
    target_text: str | None = None
    actor_texts: list[str] = field(default_factory=list)
    location_kb: str | None = None       # a knowledge-base place id when the place is no mention ("the French capital")
    kb_actors: dict[str, str] = field(default_factory=dict)   # "s,e" of a demonym mention -> its country's KB id
    resolved: dict[str, str] = field(default_factory=dict)    # "source"/"target" -> "role" | "pronoun" | "antecedent"

    def to_json(self) -> dict[str, Any]:
        d = _plain(self)
        return {k: v for k, v in d.items() if v not in (None, [], {}, False) or k in ("type", "mode", "status")}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "EventMention":
        d = dict(d)
        for k in ("sentence", "source", "target", "location", "date_span", "source_np", "target_np"):
            if k in d:
                d[k] = _span(d[k])
        if "trigger" in d:
            t = d["trigger"]
            d["trigger"] = (int(t[0]), int(t[1]), str(t[2]))
        if "actors" in d:
            d["actors"] = [_span(a) for a in d["actors"]]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class QuoteMention:
    """Something someone said, as the article gives it: direct (in quotation marks) or reported."""

    text: Span                           # the quoted / reported words
    sentence: Span                       # the evidence sentence(s)
    speaker: Span | None = None          # the speaker's named-entity mention (resolved through roles, pronouns)
    speaker_text: str | None = None      # the speaker as written ("a member of Séjourné's entourage")
    direct: bool = True

    def to_json(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "QuoteMention":
        d = dict(d)
        for k in ("text", "sentence", "speaker"):
            if k in d:
                d[k] = _span(d[k])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Event:
    """One real-world happening, merged from every mention in every article and language."""

    id: str
    type: str
    mode: str | None
    actors: list[str]
    source: str | None
    target: str | None
    location: str | None
    date: str | None
    status: str
    topics: list[str]
    figures: list[dict]                  # {kind, value, unit, text, evidence: {article, start, end}}
    evidence: list[dict]                 # {article, start, end} of every sentence that reports it
    duplicates: list[str] = field(default_factory=list)   # articles among the evidence that are duplicates
    independent: int = 0                 # articles reporting it, duplicates not counted
    # ids in actors/source/target that linking did not make: participants that are no named entity
    # ("actor:police"): the caller adds them as OTHER entities (name, mentions)
    generic_actors: dict[str, dict] = field(default_factory=dict)
    mentions: int = 0
    negated: bool = False                # every report says it did not happen (status "hypothetical")
    # country id -> the nationality words that name it in the evidence ("Russian strikes"): the caller adds
    # them to the country entity's mentions, so the country is found by the words the articles use
    demonym_mentions: dict[str, list[dict]] = field(default_factory=dict)
    # what each mention says of it (article, sentence, date, status, place, source, target, figures,
    # duplicate): the claims that newsloom.reconcile compares across sources
    claims: list[dict] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return _plain(self)
