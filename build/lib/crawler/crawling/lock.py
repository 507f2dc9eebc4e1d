"""One crawl at a time per archive: a lock file beside the database."""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path


class ArchiveLocked(RuntimeError):
    pass


@contextmanager
def crawl_lock(db_path: str | Path):
    """Hold `<db>.lock` for the duration; raise ArchiveLocked at once if a crawl holds it.

    The kernel releases the lock when the holder dies, even by SIGKILL, so a killed
    crawl never leaves a stale lock behind.
    """
    path = Path(f"{db_path}.lock")
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ArchiveLocked(f"another crawl is running on {db_path} (pid {holder}, lock {path})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()
