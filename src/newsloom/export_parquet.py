"""Parquet export: one table per kind of record of the JSON document, for pandas, DuckDB, R or Spark.

``write_parquet(con, folder)`` writes ``articles.parquet``, ``entities.parquet``, ``timexes.parquet``,
``events.parquet``, ``quotes.parquet``, ``stories.parquet`` and ``discrepancies.parquet`` into ``folder``;
``write_parquet(con, "events.parquet", only="events")`` writes one table. The columns are the JSON export's
fields with fixed types (nested lists and Evidence objects as Parquet lists and structs); fields that a
newer newsloom adds beyond these go, as a JSON object, into the ``extra`` column. Rows are written in
groups, so a large store is never held in memory whole.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .export import sections

ROW_GROUP = 2000


def _schemas():
    import pyarrow as pa

    s, i, f = pa.string(), pa.int64(), pa.float64()
    evidence = pa.struct([("article", s), ("start", i), ("end", i), ("text", s)])
    return {
        "articles": [("id", s), ("source", s), ("title", s), ("lang", s), ("published", s),
                     ("published_basis", s), ("text", s), ("removed", pa.list_(s)), ("duplicate_of", s),
                     ("event_cluster", s), ("story", s), ("information_density", f), ("url", s)],
        "entities": [("id", s), ("type", s), ("name", s), ("aliases", pa.list_(s)),
                     ("roles", pa.list_(pa.struct([("title", s), ("date", s),
                                                   ("evidence", pa.list_(evidence))]))),
                     ("mentions", pa.list_(evidence))],
        "timexes": [("article", s), ("start", i), ("end", i), ("text", s), ("type", s), ("value", s)],
        "events": [("id", s), ("type", s), ("mode", s), ("actors", pa.list_(s)), ("source", s), ("target", s),
                   ("location", s), ("date", s), ("status", s), ("topics", pa.list_(s)),
                   ("figures", pa.list_(pa.struct([("kind", s), ("value", f), ("unit", s), ("text", s)]))),
                   ("evidence", pa.list_(evidence)), ("story", s)],
        "quotes": [("speaker", s), ("speaker_text", s), ("text", s), ("evidence", evidence)],
        "stories": [("id", s), ("title", s), ("articles", pa.list_(s)), ("events", pa.list_(s)),
                    ("first_date", s), ("last_date", s)],
        "discrepancies": [("subject", s), ("field", s),
                          ("claims", pa.list_(pa.struct([("value", s), ("evidence", pa.list_(evidence))])))],
    }


def _normalise(row: dict, names: list[str]) -> dict:
    out = {k: row.get(k) for k in names}
    extra = {k: v for k, v in row.items() if k not in out}
    out["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
    if "claims" in out and out["claims"]:  # a claimed value may be a number or a list: keep it as text
        out["claims"] = [dict(c, value=c.get("value") if isinstance(c.get("value"), str) or c.get("value") is None
                              else json.dumps(c.get("value"), ensure_ascii=False)) for c in out["claims"]]
    return out


def _write_table(rows, fields, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([*fields, ("extra", pa.string())])
    names = [n for n, _ in fields]
    tmp = path.with_name(path.name + ".part")
    n = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        chunk: list[dict] = []
        for row in rows:
            chunk.append(_normalise(row, names))
            if len(chunk) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    os.replace(tmp, path)
    return n


def write_parquet(con: sqlite3.Connection, target: str | Path, only: str | None = None) -> dict[str, int]:
    """Write the tables; returns {table: rows}. ``only``: one table into the file ``target``."""
    schemas = _schemas()
    if only is not None and only not in schemas:
        raise ValueError(f"no table {only!r}; one of {', '.join(schemas)}")
    target = Path(target)
    counts: dict[str, int] = {}
    for name, rows in sections(con):
        if only is not None and name != only:
            continue
        path = target if only is not None else target / f"{name}.parquet"
        if only is None:
            target.mkdir(parents=True, exist_ok=True)
        counts[name] = _write_table(rows, schemas[name], path)
    return counts
