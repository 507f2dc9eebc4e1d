"""People and their mentions: one `people` row per name (its key: crawler/mentions/names.py),
one `mentions` row per post an article gives that person (or one without a post).

A name seen at more than one organisation is flagged (`organisations` > 1), never
split or merged by guess: two people may share a name, one person may change posts.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from ..mentions.find import Mention, article_mentions
from ..mentions.names import folded_name, person_key

PEOPLE_FTS = "people_fts"


def create_people_tables(db: sqlite_utils.Database) -> None:
    db.execute(
        "create table if not exists people ("
        " id integer primary key, key text not null unique, name text not null, name_folded text not null,"
        " mentions integer not null default 0, articles integer not null default 0,"
        " first_date text, last_date text, organisations integer not null default 0)"
    )
    db.execute(
        "create table if not exists mentions ("
        " id integer primary key, article_id text not null references articles(id),"
        " person_id integer not null references people(id), name text not null, honorific text,"
        " position text, position_normalised text, organisation text, published_at text)"
    )
    db["mentions"].create_index(["person_id", "published_at"], if_not_exists=True)
    db["mentions"].create_index(["article_id"], if_not_exists=True)
    db["people"].create_index(["articles"], if_not_exists=True)
    if PEOPLE_FTS not in db.table_names():
        # Searchable with or without diacritics: the name as printed and folded.
        db["people"].enable_fts(["name", "name_folded"], fts_version="FTS5", create_triggers=True)


def mention_rows(mentions: Iterable[Mention]) -> list[dict]:
    """The rows one article's mentions make: each person once per post, or once with none."""
    rows: dict[tuple, dict] = {}
    for mention in mentions:
        roles = mention.roles or (None,)
        for role in roles:
            position = role.normalised if role else None
            key = (mention.key, position)
            if key not in rows:
                rows[key] = {
                    "key": mention.key,
                    "name": mention.name,
                    "honorific": mention.honorific,
                    "position": role.printed if role else None,
                    "position_normalised": position,
                    "organisation": role.organisation if role else None,
                }
    # A person named with a post needs no row without one.
    with_post = {key for key, position in rows if position}
    return [row for (key, position), row in rows.items() if position or key not in with_post]


def write_mentions(db: sqlite_utils.Database, article_id: str, published_at: str | None, mentions) -> None:
    """Replace an article's mentions (inside the caller's transaction) and refresh the
    people they touch."""
    touched = {row[0] for row in db.execute("select person_id from mentions where article_id = ?", [article_id])}
    db.execute("delete from mentions where article_id = ?", [article_id])
    for row in mention_rows(mentions):
        person_id = _person_id(db, row["key"], row["name"])
        touched.add(person_id)
        db.execute(
            "insert into mentions (article_id, person_id, name, honorific, position, position_normalised,"
            " organisation, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                person_id,
                row["name"],
                row["honorific"],
                row["position"],
                row["position_normalised"],
                row["organisation"],
                published_at,
            ],
        )
    refresh_people(db, touched)


def _person_id(db: sqlite_utils.Database, key: str, name: str) -> int:
    found = db.execute("select id from people where key = ?", [key]).fetchone()
    if found:
        return found[0]
    return db.execute(
        "insert into people (key, name, name_folded) values (?, ?, ?)", [key, name, folded_name(name)]
    ).lastrowid


def refresh_people(db: sqlite_utils.Database, person_ids: Iterable[int]) -> None:
    """Counts, dates and organisations of these people from their mentions; a person
    no article names any more is removed."""
    for person_id in person_ids:
        db.execute(
            "update people set"
            " mentions = (select count(*) from mentions where person_id = :id),"
            " articles = (select count(distinct article_id) from mentions where person_id = :id),"
            " first_date = (select min(published_at) from mentions where person_id = :id),"
            " last_date = (select max(published_at) from mentions where person_id = :id),"
            " organisations = (select count(distinct organisation) from mentions where person_id = :id)"
            " where id = :id",
            {"id": person_id},
        )
    db.execute("delete from people where articles = 0")


def rebuild_mentions(db: sqlite_utils.Database, batch: int = 2000) -> int:
    """Every article's mentions again from its stored text; returns the articles read."""
    count, last = 0, ""
    while True:
        rows = db.execute(
            "select a.id, a.title, a.summary, a.body, a.author, a.published_at,"
            " (select group_concat(caption, char(10)) from images i where i.article_id = a.id) as captions"
            " from articles a where a.id > ? order by a.id limit ?",
            [last, batch],
        ).fetchall()
        if not rows:
            return count
        with db.conn:
            for article_id, title, summary, body, author, published_at, captions in rows:
                found = article_mentions(title, summary, body, (captions or "").split("\n"), author)
                write_mentions(db, article_id, published_at, found)
        count += len(rows)
        last = rows[-1][0]


# What `archive export --person` gives: one row per mention, oldest first.
MENTION_COLUMNS = (
    "person",
    "published_at",
    "portal",
    "title",
    "url",
    "name",
    "honorific",
    "position",
    "position_normalised",
    "organisation",
    "article_id",
)


def find_people(db: sqlite_utils.Database, name: str) -> list[dict]:
    """The people of this name: as typed (tones placed either way), else without diacritics."""
    exact = list(db.query("select * from people where key = ?", [person_key(name)]))
    return exact or list(
        db.query("select * from people where name_folded = ? order by articles desc", [folded_name(name)])
    )


def person_mentions(db: sqlite_utils.Database, person_id: int) -> list[dict]:
    return list(
        db.query(
            "select p.name as person, m.published_at, a.portal, a.title, a.url, m.name, m.honorific, m.position,"
            " m.position_normalised, m.organisation, m.article_id"
            " from mentions m join people p on p.id = m.person_id join articles a on a.id = m.article_id"
            " where m.person_id = ? order by m.published_at, m.id",
            [person_id],
        )
    )
