"""Progress of a build: a rich progress bar on a terminal, plain log lines otherwise."""
from __future__ import annotations

import logging
import sys
import time

log = logging.getLogger("newsloom")


class Progress:
    """Counts articles read and built; ``update(stage, n)`` is the pipeline's callback."""

    def __init__(self, enabled: bool = True, every: float = 5.0):
        self.tty = enabled and sys.stderr.isatty()
        self.every = every
        self.counts = {"read": 0, "articles": 0}
        self._last = 0.0
        self._bar = None
        self._task = None
        self._t0 = time.perf_counter()

    def __enter__(self):
        if self.tty:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, SpinnerColumn,
                                       TextColumn, TimeElapsedColumn)

            self._bar = RichProgress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                                     MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                     console=Console(stderr=True), transient=False)
            self._bar.__enter__()
            self._task = self._bar.add_task("building", total=None, rate="")
            # route log lines above the bar
            from rich.logging import RichHandler

            root = logging.getLogger()
            root.handlers[:] = [RichHandler(console=self._bar.console, show_path=False, show_time=False)]
        return self

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)
        return False

    def update(self, stage: str, n: int) -> None:
        if stage in self.counts:
            self.counts[stage] += n
        done = self.counts["articles"] + self.counts["read"]
        elapsed = max(1e-6, time.perf_counter() - self._t0)
        rate = f"{self.counts['articles'] / elapsed:.1f} articles/s"
        if self._bar is not None:
            desc = "linking the corpus" if stage == "corpus" else "building articles"
            self._bar.update(self._task, completed=done, description=desc, rate=rate)
        else:
            now = time.perf_counter()
            if now - self._last >= self.every or stage == "corpus":
                self._last = now
                if stage == "corpus":
                    log.info("corpus stages done")
                else:
                    log.info("%d articles built, %d unchanged or skipped, %s", self.counts["articles"],
                             self.counts["read"], rate)
