"""The page's markup about itself, read in one walk: what each field finds there."""

import lxml.html

from crawler.extraction.page_metadata import read_metadata

PAGE = """<!doctype html><html><head>
<title>Hội nghị sơ kết quý III | Đảng ủy Khối</title>
<meta name="og:title" content="  Hội nghị   sơ kết ">
<meta property="og:title" content="Không phải cái này">
<meta name="description" content="">
<meta name="date" content="2024-10-12">
<link rel="alternate" href="/amp/a.html"><link rel="canonical" href=" /tin/hoi-nghi.html ">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-10-12T08:00:00+07:00"}]}</script>
<script type="application/ld+json">{ broken</script>
</head><body><time datetime="2024-10-12T08:30">8:30</time><time>hôm nay</time>
<div itemscope><meta itemprop="datePublished" content="2024-10-11"></div></body></html>"""


def test_each_field_of_the_markup_is_read_as_its_first_element_says():
    found = read_metadata(lxml.html.document_fromstring(PAGE))
    assert found.meta("og:title") == "Hội nghị sơ kết"  # the first, by name or by property, spaces collapsed
    assert found.meta("description") is None  # empty is none
    assert found.meta("author") is None
    assert found.title == "Hội nghị sơ kết quý III | Đảng ủy Khối"
    assert found.canonical == "/tin/hoi-nghi.html"
    assert found.dates == ["2024-10-12", "2024-10-11"]  # in page order, the body's too
    assert found.json_ld == [
        {"@graph": [{"@type": "NewsArticle", "datePublished": "2024-10-12T08:00:00+07:00"}]},
        {"@type": "NewsArticle", "datePublished": "2024-10-12T08:00:00+07:00"},
    ]  # a broken script is skipped
    assert [time.get("datetime") for time in found.times] == ["2024-10-12T08:30"]
