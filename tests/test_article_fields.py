"""One definition of the article's fields (crawler/article.py): the schema, the
extraction, the exports and the Datasette columns are checked against it."""

import json
import re
from dataclasses import fields

import pytest

from crawler.article import ARTICLE_COLUMNS, EXPORT_COLUMNS, TEXT_FIELDS
from crawler.defaults import DATASETTE_DIR
from crawler.extraction.page import Extraction
from crawler.storage import database


def test_the_columns_are_the_articles_fields_in_order():
    assert ARTICLE_COLUMNS == (
        "id",
        "portal",
        "url",
        "title",
        "summary",
        "body",
        "author",
        "published_at",
        "published_raw",
        "date_source",
        "category",
        "first_seen",
        "last_checked",
        "content_hash",
        "removed_at",
        "source_sha1",
        "site_modified",
    )
    assert set(EXPORT_COLUMNS) <= set(ARTICLE_COLUMNS)


def test_the_extraction_reads_every_text_field():
    assert set(TEXT_FIELDS) <= {f.name for f in fields(Extraction)}


def test_an_archive_whose_articles_table_disagrees_is_refused_with_the_columns_named(tmp_path):
    path = tmp_path / "archive.db"
    archive = database.connect(path)
    archive["articles"].add_column("stray", str)
    archive.close()
    with pytest.raises(database.SchemaMismatch, match=r"missing nothing, unexpected \['stray'\]"):
        database.connect(path)


def test_datasette_names_only_columns_the_archive_has(tmp_path):
    archive = database.connect(tmp_path / "archive.db")
    columns = set(archive["articles"].columns_dict)
    settings = json.loads((DATASETTE_DIR / "metadata.json").read_text(encoding="utf-8"))
    table = settings["databases"]["archive"]["tables"]["articles"]
    named = {*table["facets"], table["sort_desc"], table["label_column"], table["fts_pk"]}
    assert named <= columns


def test_the_article_page_shows_only_the_articles_columns():
    template = (DATASETTE_DIR / "templates" / "row.html").read_text(encoding="utf-8")
    shown = set(re.findall(r'(?:article|rows\[0\])\["(\w+)"\]', template))
    assert {"title", "body", "published_at", "url"} <= shown <= set(ARTICLE_COLUMNS)
