"""Entities: mention repair per article, and linking across articles and languages.

* :func:`repair_mentions` (per article, pure): fixes what small NER models get wrong on news text.
* :func:`link` (per corpus): one :class:`Entity` per person, place, organisation, with canonical English
  name, aliases, roles over time and mentions; sets ``mention.entity`` on the input mentions.

See docs/entities.md.
"""
from .linker import Entity, Role, link
from .repair import repair_mentions
from .roles import render as render_role

__all__ = ["Entity", "Role", "link", "repair_mentions", "render_role"]
