"""The crawl's worker processes: pages are processed (processing.py) on other cores
while Scrapy's process goes on fetching and storing."""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from ..extraction.selectors import Selectors
from ..storage.raw import Capture
from .processing import Outcome, process_capture

_pool: ProcessPoolExecutor | None = None


def worker_count() -> int:
    """Leave one core to Scrapy and the writer; at least one worker."""
    return max(1, (os.cpu_count() or 1) - 1)


def _exit_with_parent(parent: int) -> None:
    """A worker's first step: end when the crawl that started it ends, even if it was
    killed (SIGKILL leaves no chance to shut the pool down)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _shared_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # spawn, not fork: the crawl process has a running event loop, threads and
        # open SQLite connections that a forked child must not inherit.
        _pool = ProcessPoolExecutor(
            worker_count(),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_exit_with_parent,
            initargs=(os.getpid(),),
        )
        atexit.register(_pool.shutdown, cancel_futures=True)
    return _pool


async def process_in_worker(capture: Capture, selectors: Selectors, origin: str | None) -> Outcome:
    """process_capture in a worker process, awaited without blocking the crawl."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_shared_pool(), process_capture, capture, selectors, origin)
