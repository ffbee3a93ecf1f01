"""The Dask engine: per-article stages as Dask tasks, corpus stages in the driver.

A local cluster (processes, no dashboard, loopback only) by default; an existing scheduler when an
address is given (``newsloom build --engine dask --scheduler tcp://HOST:8786``). Workers must be able to
import newsloom and load the same language models (same install, or ``PYTHONPATH`` pointing at it).
Results are written in submission order, so the store is the same as the local engine's on the same input.
Inputs stream: at most ``3 x workers`` batches are in flight at once, whatever the size of the input.
The user's knowledge-base entries (``build --kb``) travel with the tasks, so remote workers see them too.
"""
from __future__ import annotations

import hashlib
import itertools
import logging
import pickle

log = logging.getLogger("newsloom")

class SchedulerError(Exception):
    """The Dask scheduler given could not be reached."""


_LOADED: set[str] = set()  # on a worker: the user KB entry sets already added to this process's KB


def _batches(items, size):
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def _user_entries() -> tuple[str, bytes] | None:
    from . import kb

    entries = list(kb._USER)
    if not entries:
        return None
    blob = pickle.dumps(entries)
    return hashlib.sha1(blob).hexdigest(), blob


def _with_entries(entries, batch, batch_size, seconds):
    """The task a worker runs: the user's KB entries added once per worker process, then the batch."""
    from . import kb
    from .pipeline import process_batch

    if entries is not None and entries[0] not in _LOADED:
        added = pickle.loads(entries[1])
        with kb._LOCK:
            kb._USER.extend(added)
        if kb._KB is not None:
            for e in added:
                kb._KB.add(kb._copy(e))
        _LOADED.add(entries[0])
    return process_batch(batch, batch_size, seconds)


def run_dask(items, settings, sink, scheduler, process_batch=None) -> None:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler)  # connect time-out: distributed.comm.timeouts.connect (30 s)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerError(f"no Dask scheduler answered at {scheduler} ({exc})") from None
    else:
        cluster = LocalCluster(n_workers=max(1, settings.workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    entries = _user_entries()
    try:
        n_workers = len(client.scheduler_info().get("workers", {})) or 1
        if scheduler and not client.scheduler_info().get("workers"):
            log.warning("the Dask scheduler at %s has no workers yet; tasks wait for one", scheduler)
        limit = max(2, 3 * n_workers)
        in_flight = []
        for batch in _batches(iter(items), settings.batch_size):
            in_flight.append(client.submit(_with_entries, entries, batch, settings.batch_size,
                                           settings.article_seconds, pure=False))
            while len(in_flight) >= limit:
                sink(in_flight.pop(0).result())
        while in_flight:
            sink(in_flight.pop(0).result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
