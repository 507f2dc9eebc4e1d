"""robots.txt is fetched once per site and run, and once a day where there is an
archive to keep it in; the spider's own robots.txt request is answered from that copy."""

from __future__ import annotations

import asyncio
import sqlite3

from scrapy import Request
from scrapy.http import TextResponse
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

from crawler.crawling import distributed
from crawler.crawling.robots import ROBOTS_TEXT
from crawler.crawling.run import scrapy_settings
from crawler.storage import database

ROBOTS = b"User-agent: *\nDisallow: /admin/\nSitemap: https://dukhoi.example.vn/sitemap.xml\n"


class Engine:
    """Stands for Scrapy's engine where the middleware downloads robots.txt."""

    def __init__(self):
        self.downloaded: list[str] = []

    async def download_async(self, request):
        self.downloaded.append(request.url)
        return TextResponse(request.url, status=200, body=ROBOTS, encoding="utf-8", request=request)


def middleware(tmp_path, worker: bool = False):
    """The robots.txt middleware a crawl's settings enable, as the writer or a worker has it."""
    settings = scrapy_settings(str(tmp_path / "archive.db"))
    if worker:
        distributed.apply(settings, "redis://127.0.0.1:6379/0", worker=True)
    enabled = [name for name, order in settings.getdict("DOWNLOADER_MIDDLEWARES").items() if "robots" in name and order]
    assert len(enabled) == 1, enabled
    wanted = ("ARCHIVE_DB", "ARCHIVE_ROLE", "ARCHIVE_ROBOTS_CACHE_HOURS", "ROBOTSTXT_OBEY", "DOWNLOADER_MIDDLEWARES")
    crawler = get_crawler(settings_dict={name: settings[name] for name in wanted if name in settings})
    crawler.engine = Engine()
    return load_object(enabled[0]).from_crawler(crawler), crawler


def ask(mw, url: str, **meta):
    return asyncio.run(mw.process_request(Request(url, meta=meta)))


def test_a_worker_answers_the_spiders_robots_request_from_its_one_download(tmp_path):
    mw, crawler = middleware(tmp_path, worker=True)
    answer = ask(mw, "https://dukhoi.example.vn/robots.txt", **{ROBOTS_TEXT: True})
    assert (answer.status, answer.body) == (200, ROBOTS)
    assert ask(mw, "https://dukhoi.example.vn/tin-tuc/bai-1.html") is None  # allowed, downloaded as usual
    again = ask(mw, "https://dukhoi.example.vn/robots.txt", **{ROBOTS_TEXT: True})
    assert again.body == ROBOTS
    assert crawler.engine.downloaded == ["https://dukhoi.example.vn/robots.txt"]
    assert not (tmp_path / "archive.db").exists()  # a worker has no archive


def test_the_writer_keeps_robots_txt_in_the_archive_and_reads_it_there_next_run(tmp_path):
    database.connect(tmp_path / "archive.db").close()  # the archive the crawl opens first
    first, crawler = middleware(tmp_path)
    assert ask(first, "https://dukhoi.example.vn/robots.txt", **{ROBOTS_TEXT: True}).body == ROBOTS
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        assert conn.execute("select netloc, body from robots").fetchall() == [("dukhoi.example.vn", ROBOTS.decode())]
    next_run, crawler = middleware(tmp_path)
    assert ask(next_run, "https://dukhoi.example.vn/robots.txt", **{ROBOTS_TEXT: True}).body == ROBOTS
    assert crawler.engine.downloaded == []
    assert crawler.stats.get_value("robotstxt/cache_hit") == 1
