"""People and their mentions: one `people` row per name (its key: crawler/mentions/names.py),
one `mentions` row per post an article gives that person (or one without a post).

A name seen at more than one organisation is flagged (`organisations` > 1), never
split or merged by guess: two people may share a name, one person may change posts.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from ..extraction.text import fold
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
    db["mentions"].create_index(["person_id", "organisation"], if_not_exists=True)
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


def write_mentions(
    db: sqlite_utils.Database, article_id: str, published_at: str | None, mentions, refresh: bool = True
) -> None:
    """Replace an article's mentions (inside the caller's transaction) and bring the
    people they touch up to date. Counts move by the article's difference and dates
    are read from an index, so an article costs the same however often its people are
    named elsewhere. `refresh=False` leaves the people to refresh_all_people()."""
    before = dict(db.execute(_COUNTS, [article_id]).fetchall())
    db.execute("delete from mentions where article_id = ?", [article_id])
    for row in mention_rows(mentions):
        db.execute(
            "insert into mentions (article_id, person_id, name, honorific, position, position_normalised,"
            " organisation, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                _person_id(db, row["key"], row["name"]),
                row["name"],
                row["honorific"],
                row["position"],
                row["position_normalised"],
                row["organisation"],
                published_at,
            ],
        )
    if not refresh:
        return
    after = dict(db.execute(_COUNTS, [article_id]).fetchall())
    for person_id in before.keys() | after.keys():
        old, new = before.get(person_id, 0), after.get(person_id, 0)
        db.execute(
            "update people set mentions = mentions + ?, articles = articles + ? where id = ?",
            [new - old, (new > 0) - (old > 0), person_id],
        )
        _refresh_dates_and_bodies(db, person_id)
    db.execute(
        f"delete from people where articles <= 0 and id in ({','.join('?' * len(before))})",  # noqa: S608 - placeholders
        list(before),
    )


_COUNTS = "select person_id, count(*) from mentions where article_id = ? group by person_id"


def _person_id(db: sqlite_utils.Database, key: str, name: str) -> int:
    found = db.execute("select id from people where key = ?", [key]).fetchone()
    if found:
        return found[0]
    return db.execute(
        "insert into people (key, name, name_folded) values (?, ?, ?)", [key, name, folded_name(name)]
    ).lastrowid


def _refresh_dates_and_bodies(db: sqlite_utils.Database, person_id: int) -> None:
    # min() and max() read one entry each of the (person_id, published_at) index.
    db.execute(
        "update people set first_date = (select min(published_at) from mentions where person_id = :id),"
        " last_date = (select max(published_at) from mentions where person_id = :id) where id = :id",
        {"id": person_id},
    )
    printed = [row[0] for row in db.execute(_ORGANISATIONS, [person_id])]
    db.execute("update people set organisations = ? where id = ?", [len(distinct_bodies(printed)), person_id])


def refresh_all_people(db: sqlite_utils.Database) -> None:
    """Every person's counts, dates and bodies from the mentions, in one pass; a
    person no article names any more is removed."""
    db.execute(
        "update people set (mentions, articles, first_date, last_date) = (select count(*),"
        " count(distinct article_id), min(published_at), max(published_at) from mentions where person_id = people.id)"
    )
    db.execute("update people set organisations = 0")
    named = db.execute(
        "select person_id, group_concat(organisation, char(31)) from"
        " (select distinct person_id, organisation from mentions where organisation is not null) group by person_id"
    ).fetchall()
    db.conn.executemany(
        "update people set organisations = ? where id = ?",
        [(len(distinct_bodies(bodies.split("\x1f"))), person_id) for person_id, bodies in named],
    )
    db.execute("delete from people where articles = 0")


_ORGANISATIONS = "select distinct organisation from mentions where person_id = ? and organisation is not null"


def distinct_bodies(organisations: Iterable[str]) -> list[str]:
    """The bodies a person's posts name, one per body: a shorter name that opens a
    longer one ("Đảng ủy Khối", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh") is the same."""
    folded = sorted({fold(name).strip() for name in organisations}, key=len, reverse=True)
    kept: list[str] = []
    for name in folded:
        if not any(longer.startswith(name) for longer in kept):
            kept.append(name)
    return kept


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
            with db.conn:
                refresh_all_people(db)
            return count
        with db.conn:
            for article_id, title, summary, body, author, published_at, captions in rows:
                found = article_mentions(title, summary, body, (captions or "").split("\n"), author)
                write_mentions(db, article_id, published_at, found, refresh=False)
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


def person_page(db: sqlite_utils.Database, person_id: int, articles_shown: int = 100) -> dict | None:
    """What the person page shows: the person, each post with the first and last
    article that gives it, the articles naming them (newest first) and the people most
    often named beside them."""
    person = next(db.query("select * from people where id = ?", [person_id]), None)
    if person is None:
        return None
    posts = list(
        db.query(
            "select position_normalised as position, organisation, count(distinct article_id) as articles,"
            " min(published_at) as first_date, max(published_at) as last_date"
            " from mentions where person_id = ? and position_normalised is not null"
            " group by position_normalised order by first_date, position_normalised",
            [person_id],
        )
    )
    for post in posts:
        for end, order in (("first", "asc"), ("last", "desc")):
            post[f"{end}_article"] = next(
                db.query(
                    "select a.id, a.title, a.url, a.published_at from mentions m join articles a on a.id = m.article_id"
                    f" where m.person_id = ? and m.position_normalised = ? order by m.published_at {order}, a.id limit 1",
                    [person_id, post["position"]],
                )
            )
    articles = list(
        db.query(
            "select a.id, a.title, a.url, a.portal, a.published_at,"
            " group_concat(distinct m.position) as positions"
            " from mentions m join articles a on a.id = m.article_id where m.person_id = ?"
            " group by a.id order by a.published_at desc, a.id limit ?",
            [person_id, articles_shown],
        )
    )
    beside = list(
        db.query(
            "select p.id, p.name, count(distinct other.article_id) as shared"
            " from mentions own join mentions other on other.article_id = own.article_id"
            " and other.person_id != own.person_id join people p on p.id = other.person_id"
            " where own.person_id = ? group by p.id order by shared desc, p.name limit 10",
            [person_id],
        )
    )
    return {"person": person, "posts": posts, "articles": articles, "beside": beside}


def people_in_articles(db: sqlite_utils.Database, search_keys: list[int], limit: int = 10) -> list[dict]:
    """The people named most often in these articles (by their search keys)."""
    if not search_keys:
        return []
    placed = ",".join(str(int(key)) for key in search_keys)
    return list(
        db.query(
            "select p.id, p.name, count(distinct m.article_id) as articles from articles a"
            " join mentions m on m.article_id = a.id join people p on p.id = m.person_id"
            f" where a.search_key in ({placed}) group by p.id order by articles desc, p.name limit ?",
            [limit],
        )
    )
