"""The actor network: who did something with whom, from the stored events.

Nodes are the entities that take part in at least one event (actors, source, target); an edge joins two
entities that take part in the same event, weighted by the number of such events, with the event types and
ids that make it. ``write_graphml`` writes it as GraphML (for Gephi, Cytoscape, NetworkX, igraph); the corpus
stage ``web index`` stores the same pairs (``actor_pairs``) for the who-met-whom pages of report and serve.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import IO
from xml.sax.saxutils import escape, quoteattr


@dataclass
class Edge:
    a: str
    b: str
    events: list[str] = field(default_factory=list)
    types: Counter = field(default_factory=Counter)

    @property
    def weight(self) -> int:
        return len(self.events)


@dataclass
class Network:
    nodes: dict[str, dict]            # entity id -> {"name", "type", "events"}
    edges: list[Edge]


def participants(ev: dict) -> list[str]:
    """Who takes part in an event, for the network: its actors, source and target (each once, sorted)."""
    return sorted({a for a in [*(ev.get("actors") or []), ev.get("source"), ev.get("target")]
                   if isinstance(a, str) and a})


def co_actor_edges(events: Iterable[dict], types: set[str] | None = None) -> tuple[dict[tuple[str, str], Edge],
                                                                                 Counter]:
    """{(a, b): Edge} for every pair of participants of the same event (a < b), and how many events each
    participant takes part in; only events of ``types`` when given."""
    pairs: dict[tuple[str, str], Edge] = {}
    involvement: Counter = Counter()
    for ev in events:
        if types and ev.get("type") not in types:
            continue
        actors = participants(ev)
        involvement.update(actors)
        for a, b in combinations(actors, 2):
            edge = pairs.get((a, b))
            if edge is None:
                edge = pairs[(a, b)] = Edge(a, b)
            edge.events.append(ev.get("id"))
            edge.types[ev.get("type") or "?"] += 1
    return pairs, involvement


def actor_network(con: sqlite3.Connection, types: set[str] | None = None) -> Network:
    """The co-actor network of the store's events (optionally only events of the given PLOVER types)."""
    pairs, involvement = co_actor_edges((json.loads(d) for (d,) in con.execute("SELECT data FROM events ORDER BY id")),
                                        types)
    names: dict[str, tuple[str, str]] = defaultdict(lambda: ("", "OTHER"))
    wanted = list(involvement)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in con.execute(f"SELECT id, name, type FROM entities WHERE id IN ({marks})", chunk):
            names[r[0]] = (r[1], r[2])
    nodes = {eid: {"name": names[eid][0] or eid, "type": names[eid][1], "events": n}
             for eid, n in sorted(involvement.items())}
    edges = sorted(pairs.values(), key=lambda e: (-e.weight, e.a, e.b))
    return Network(nodes, edges)


def write_graphml(con: sqlite3.Connection, out: IO[str]) -> None:
    net = actor_network(con)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
              '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n'
              '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n'
              '  <key id="nevents" for="node" attr.name="events" attr.type="int"/>\n'
              '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n'
              '  <key id="types" for="edge" attr.name="event_types" attr.type="string"/>\n'
              '  <key id="events" for="edge" attr.name="events" attr.type="string"/>\n'
              '  <graph id="actors" edgedefault="undirected">\n')
    for eid, n in net.nodes.items():
        out.write(f'    <node id={quoteattr(eid)}><data key="name">{escape(n["name"])}</data>'
                  f'<data key="type">{escape(n["type"])}</data><data key="nevents">{n["events"]}</data></node>\n')
    for i, e in enumerate(net.edges):
        types = " ".join(f"{t}:{c}" for t, c in sorted(e.types.items()))
        out.write(f'    <edge id="e{i}" source={quoteattr(e.a)} target={quoteattr(e.b)}>'
                  f'<data key="weight">{e.weight}</data><data key="types">{escape(types)}</data>'
                  f'<data key="events">{escape(" ".join(e.events))}</data></edge>\n')
    out.write("  </graph>\n</graphml>\n")
