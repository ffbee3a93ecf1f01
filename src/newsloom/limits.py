"""A time bound per article: a stage that runs longer than the bound is stopped and the article skipped
(reason ``timeout``), so one pathological input never holds a worker.

In a process's main thread (the local engine's workers, a build in one process) the bound is a SIGALRM
timer: it also stops a regular expression that backtracks for ever (Python's ``re`` checks for signals).
In other threads (Dask runs tasks in a thread pool) a watchdog raises the timeout in the thread at its next
Python instruction: pure-Python loops stop, a single long call into C finishes first.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager


class ArticleTimeout(Exception):
    """A stage took longer than the time bound."""


def _on_alarm(signum, frame):
    raise ArticleTimeout()


@contextmanager
def time_limit(seconds: float | None):
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    target = threading.get_ident()
    done = threading.Event()
    fired = []

    def watch():
        if not done.wait(seconds):
            fired.append(True)
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(ArticleTimeout))

    w = threading.Thread(target=watch, daemon=True, name="newsloom-time-limit")
    w.start()
    try:
        yield
    finally:
        done.set()
        w.join()
        if fired:  # raised too late to land inside the block: clear it
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
