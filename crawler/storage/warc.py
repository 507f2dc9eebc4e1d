"""Captures as WARC (ISO 28500), the format web archives and courts already know.

A `response` record per capture, with the status line, headers and body the portal
sent, dated with the time it was fetched, after one `warcinfo` record naming the
software. Scrapy hands over bodies already decompressed, so the headers that
described the transfer (Content-Encoding, Transfer-Encoding) are dropped and
Content-Length is the stored body's: the record then reads as one consistent answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from http import HTTPStatus
from io import BytesIO
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .raw import Capture

_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def write_warc(captures: Iterable[Capture], output: BinaryIO, software: str) -> int:
    """Write the captures as a gzipped WARC file; returns how many were written."""
    writer = WARCWriter(output, gzip=True)
    writer.write_record(
        writer.create_warcinfo_record(
            getattr(output, "name", "captures.warc.gz"), {"software": software, "format": "WARC File Format 1.1"}
        )
    )
    written = 0
    for capture in captures:
        headers = [(name, value) for name, value in capture.headers if name.lower() not in _TRANSFER_HEADERS]
        headers.append(("Content-Length", str(len(capture.body))))
        http_headers = StatusAndHeaders(_status_line(capture.status), headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            capture.final_url,
            "response",
            payload=BytesIO(capture.body),
            length=len(capture.body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": capture.fetched_at.replace("+00:00", "Z")},
        )
        writer.write_record(record)
        written += 1
    return written
