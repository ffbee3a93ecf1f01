"""The Dask engine: per-article stages as Dask tasks, corpus stages in the driver.

A local cluster (processes, no dashboard, loopback only) by default; an existing scheduler when an
address is given. Results are written in submission order, so the store is the same as the local
engine's on the same input.
"""
from __future__ import annotations

import itertools
import logging

log = logging.getLogger("newsloom")


def _batches(items, size):
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def run_dask(items, settings, sink, scheduler, process_batch) -> None:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = LocalCluster(n_workers=max(1, settings.workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    try:
        in_flight = []
        limit = max(2, 3 * len(client.scheduler_info().get("workers", {})) or 2)
        for batch in _batches(iter(items), settings.batch_size):
            in_flight.append(client.submit(process_batch, batch, settings.batch_size, settings.article_seconds, pure=False))
            while len(in_flight) >= limit:
                sink(in_flight.pop(0).result())
        for fut in in_flight:
            sink(fut.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
