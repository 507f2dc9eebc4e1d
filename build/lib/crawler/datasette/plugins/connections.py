"""Datasette plugin: read connections that wait for a crawl's brief write locks.

Without a busy timeout, a search that opens the FTS5 index at the moment a crawl
commits fails with "vtable constructor failed" (found by the load test in
tests/test_incremental.py).
"""

from datasette import hookimpl

from crawler.defaults import BUSY_TIMEOUT_MS


@hookimpl
def prepare_connection(conn):
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
