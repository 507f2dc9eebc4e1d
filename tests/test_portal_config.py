"""Portals declared as data: the project's TOML file makes the same spiders the
Python files made, and a user's file adds portals or fails naming what is wrong."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from saved import PORTALS

from crawler.cli.mirror import Mirror
from crawler.crawling.cms.liferay import LiferaySpider
from crawler.crawling.cms.wordpress import WORDPRESS_SELECTORS, WordPressSpider
from crawler.crawling.portal_config import PACKAGED_PORTALS, PortalConfigError, load_portals
from crawler.crawling.portal_spider import PortalSpider

PROJECT = Path(__file__).resolve().parent.parent


def spiders_in(text: str, tmp_path: Path) -> dict[str, type]:
    path = tmp_path / "portals.toml"
    path.write_text(text, encoding="utf-8")
    return {spider.name: spider for spider in load_portals(path, "spiders.configured")}


def test_the_projects_portals_are_declared_as_data():
    spiders = {spider.name: spider for spider in load_portals(PACKAGED_PORTALS, "spiders.configured")}
    assert sorted(spiders) == [
        "baolaocai",
        "danguykhoi_hagiang",
        "danguykhoi_laichau",
        "danguykhoi_phutho",
        "danguykhoi_quangbinh",
        "danguykhoi_sonla",
        "danguykhoicaccqvadn_namdinh",
        "danguykhoidoanhnghiephp",
        "hoathanh_tayninh",
        "thanhphohaiphong",
        "tpcaolanh_dongthap",
        "vanlam_hungyen",
    ]
    haiphong = spiders["thanhphohaiphong"]
    assert issubclass(haiphong, WordPressSpider) and haiphong.cms == "wordpress"
    # selectors given replace the CMS base's one by one
    assert haiphong.selectors.title == "h1.post-title"
    assert haiphong.selectors.body == WORDPRESS_SELECTORS.body
    assert haiphong.article_path == r"^/[a-z0-9-]+\.html$|^/\?p=\d+$"
    caolanh = spiders["tpcaolanh_dongthap"]
    assert issubclass(caolanh, LiferaySpider)
    assert caolanh.listing_path == r"^/web/tpcaolanh/tin-tuc(?:\?[^#]*_cur=\d+[^#]*)?$"
    laocai = spiders["baolaocai"]
    assert laocai.__bases__ == (PortalSpider,)
    assert (laocai.portal_name, laocai.origin, laocai.start_paths) == (
        "Báo Lào Cai",
        "https://baolaocai.vn",
        ("/xay-dung-dang/", "/"),
    )
    assert laocai.selectors.drop == (".image-name",)
    assert all(spider.enabled for spider in spiders.values())


def test_a_wordpress_portal_is_four_lines(tmp_path):
    spider = spiders_in(
        '[portals.dukhoi]\nname = "Đảng ủy Khối"\norigin = "https://dukhoi.example.vn"\ncms = "wordpress"\n'
        "enabled = false\n",
        tmp_path,
    )["dukhoi"]
    assert spider.__name__ == "DukhoiSpider" and spider.__module__ == "spiders.configured"
    assert (spider.selectors, spider.listing_path, spider.enabled) == (
        WORDPRESS_SELECTORS,
        WordPressSpider.listing_path,
        False,
    )


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '[portals.x]\nname = "X"\norigin = "https://x.vn"\ncms = "wordpress"\nlisting = "/tin"\n',
            "portal 'x': unknown key 'listing' (known: aliases, api, article_path, cms, feeds, fetch_from, listing_area, "
            "listing_path, name, origin, sitemaps, start_paths, selectors)",
        ),
        (
            '[portals.x]\nname = "X"\norigin = "https://x.vn"\ncms = "wordpress"\n[portals.x.selectors]\nbodi = "p"\n',
            "portal 'x': unknown key 'selectors.bodi'",
        ),
        (
            '[portals.x]\nname = "X"\n',
            "portal 'x': portal spider X",
        ),
        ('[portal.x]\nname = "X"\n', "unknown table 'portal'; portals go under [portals.<name>]"),
        ('[portals.Bao-X]\nname = "X"\n', "portal 'Bao-X': a portal's name is lower-case letters, digits and '_'"),
        ('[portals.x\nname = "X"\n', "not valid TOML"),
    ],
)
def test_a_portal_that_is_not_whole_fails_naming_the_file_and_what_is_wrong(tmp_path, text, message):
    with pytest.raises(PortalConfigError) as error:
        spiders_in(text, tmp_path)
    assert str(error.value).startswith(f"{tmp_path / 'portals.toml'}: ")
    assert message in str(error.value)


def test_a_portal_without_origin_names_it(tmp_path):
    with pytest.raises(PortalConfigError) as error:
        spiders_in('[portals.x]\nname = "X"\n[portals.x.selectors]\nbody = "div.noi-dung"\n', tmp_path)
    assert str(error.value).endswith("must declare: origin")


def test_scrapy_and_the_archive_see_a_users_portals_file(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[portals.dukhoi]\nname = "Đảng ủy Khối"\norigin = "https://dukhoi.example.vn"\ncms = "wordpress"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "ARCHIVE_PORTALS": str(extra)}
    listed = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=PROJECT, env=env, capture_output=True, text=True, check=True
    )
    assert listed.stdout.split() == sorted([*PORTALS, "dukhoi"])
    twice = tmp_path / "twice.toml"
    twice.write_text(extra.read_text(encoding="utf-8"), encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "--portals", str(extra), "--portals", str(twice), "dukhoi"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2
    assert f"portal 'dukhoi' is declared in {extra} too" in refused.stderr


def test_a_registry_of_domains_becomes_a_portals_file_all_off(tmp_path):
    registry, written = tmp_path / "registry.tsv", tmp_path / "registry.toml"
    registry.write_text(
        "domain\tsample_article_url\tkind\n"
        "dukhoi.example.gov.vn\thttps://dukhoi.example.gov.vn/tin/a-123.html\tdang-uy-khoi\n"
        "www.baomau.example.vn\t\tparty-paper\n"
        "dukhoi.example.org.vn\t\tother\n"
        "not a host\t\t\n"
        "baolaocai.vn\t\tparty-paper\n",
        encoding="utf-8",
    )
    made = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "portal", "registry", str(registry), "--write", str(written)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        f"Wrote 4 portals, all off, to {written}",
        "  skipped line 5: 'not a host' is not a host name",
    ]
    spiders = {spider.name: spider for spider in load_portals(written, "spiders.registry_test")}
    # Named from the host, never with a name taken: the project's baolaocai stays its own.
    assert sorted(spiders) == ["baolaocai_2", "baomau_example", "dukhoi_example", "dukhoi_example_2"]
    assert not any(spider.enabled for spider in spiders.values())
    assert spiders["baomau_example"].origin == "https://baomau.example.vn"
    # None is crawled unless named: with no names, `archive crawl` crawls the project's portals only.
    db = tmp_path / "archive.db"
    with Mirror(port=0) as mirror:
        crawled = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler.cli",
                "crawl",
                "--portals",
                str(written),
                "--db",
                str(db),
                "--mirror",
                mirror.url,
            ],
            cwd=PROJECT,
            capture_output=True,
            text=True,
        )
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    with sqlite3.connect(db) as connection:
        assert sorted(portal for (portal,) in connection.execute("select portal from crawl_runs")) == PORTALS
    again = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "portal", "registry", str(registry), "--write", str(written)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert (again.returncode, again.stderr.strip()) == (
        1,
        f"Error: {written} exists already; write the registry to a new file",
    )
