"""The mirror serves the saved sites over real HTTP, many requests at once."""

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from saved import PORTALS

from crawler.cli.mirror import Mirror


@pytest.fixture(scope="module")
def mirror():
    with Mirror(port=0) as served:
        yield served


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.geturl(), response.read()


def test_index_lists_every_portal(mirror):
    import json

    status, _, body = fetch(mirror.url + "/portals.json")
    assert json.loads(body) == mirror.base_urls
    assert sorted(mirror.base_urls) == PORTALS


def test_routes_redirects_and_404(mirror):
    base = mirror.base_urls["thanhphohaiphong"]
    status, final, body = fetch(base + "/?p=18452")
    assert status == 200 and final.endswith("/trao-150-suat-qua-tet-tang-cong-nhan-lao-dong-co-hoan-canh-kho-khan.html")
    with pytest.raises(urllib.error.HTTPError) as error:
        fetch(base + "/no-such-page.html")
    assert error.value.code == 404


def test_many_concurrent_requests(mirror):
    base = mirror.base_urls["baolaocai"]
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda _: fetch(base + "/xay-dung-dang/")[0], range(200)))
    assert results == [200] * 200
