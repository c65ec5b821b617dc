"""Read-only queries over the store for the API and dashboard (``sitrep serve``).

Every query is parameterised SQL over the flattened tables of ``001_init.sql``; filters arrive
already validated (types, ranges) and are only ever passed as parameters, never formatted into
the SQL text. Results are plain JSON-ready dicts (dates as ISO strings).

An actor across articles is identified by its *key*: the first 12 hex digits of the MD5 of its
lower-cased name (:func:`actor_key`), the same in SQL and Python, so ``/actors/{key}`` gathers
every article's "Kestria" together.

Example:
    >>> with Store("news.duckdb", read_only=True) as store:
    ...     total, rows = events(store, EventFilters(event="ASSAULT"), limit=10)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.store import Store

__all__ = [
    "ClaimFilters",
    "EventFilters",
    "actor",
    "actor_key",
    "actors",
    "article",
    "claims",
    "event",
    "events",
    "events_per_day",
    "locations",
    "outlets",
]

#: SQL for :func:`actor_key` of a name column.
_KEY_SQL = "substr(md5(lower({col})), 1, 12)"


def actor_key(name: str) -> str:
    """The store-wide key of an actor: 12 hex digits of the MD5 of its lower-cased name."""
    return hashlib.md5(name.lower().encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass(frozen=True)
class EventFilters:
    """Filters of the events list; None means no filter on that field.

    Attributes:
        since: first day (the event's date, else its article's publication date).
        until: last day.
        actor: an actor key (:func:`actor_key`) among the event's actors.
        recipient: an actor key among the event's recipients.
        actor_country: a country code among the actors' (``XVA``, ``RUS``).
        recipient_country: a country code among the recipients'.
        event: a PLOVER type.
        quad_class: 1-4.
        modality: one of the SPEC modalities.
        outlet: the article's outlet, exactly.
        min_confidence: events at least this confident.
        q: words the event's sentence contains (case-insensitive substring).
        article: one article id.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    recipient: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    event: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    outlet: str | None = None
    min_confidence: float | None = None
    q: str | None = None
    article: str | None = None
    #: The names whose key is ``actor`` / ``recipient`` (filled by :meth:`resolve`).
    actor_names: tuple[str, ...] | None = field(default=None, repr=False)
    recipient_names: tuple[str, ...] | None = field(default=None, repr=False)

    def resolve(self, store: Store) -> EventFilters:
        """These filters with the actor keys turned into the names they stand for.

        One query over the distinct actor names, so that the events are then matched by
        ``list_contains`` on their name lists (5x faster than matching a subquery's list).
        """

        def names(key: str | None, known: tuple[str, ...] | None) -> tuple[str, ...] | None:
            if not key or known is not None:
                return known
            rows = store.query(
                "SELECT name FROM (SELECT DISTINCT name FROM actors) n "
                f"WHERE {_KEY_SQL.format(col='n.name')} = ? ORDER BY name",
                [key],
            )
            return tuple(r[0] for r in rows)

        return replace(
            self,
            actor_names=names(self.actor, self.actor_names),
            recipient_names=names(self.recipient, self.recipient_names),
        )

    def as_params(self) -> dict[str, Any]:
        """The filters set, as a dict (dates as ISO strings) for building URLs."""
        out = {}
        for f in fields(self):
            if f.name.endswith("_names"):
                continue
            value = getattr(self, f.name)
            if value is not None and value != "":
                out[f.name] = _iso(value)
        return out

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``events e`` alone, and its params."""
        conds: list[str] = []
        params: list[Any] = []
        day = "coalesce(e.date, e.published)"
        if self.since is not None:
            conds.append(f"{day} >= ?")
            params.append(self.since)
        if self.until is not None:
            conds.append(f"{day} <= ?")
            params.append(self.until)
        for column, key, names in (
            ("e.actor_names", self.actor, self.actor_names),
            ("e.recipient_names", self.recipient, self.recipient_names),
        ):
            if not key:
                continue
            if names is None:  # not resolved: the same match, with the names as a subquery
                conds.append(
                    f"list_has_any({column}, (SELECT coalesce(list(n.name), []) FROM "
                    "(SELECT DISTINCT name FROM actors) n "
                    f"WHERE {_KEY_SQL.format(col='n.name')} = ?))"
                )
                params.append(key)
            elif not names:
                conds.append("FALSE")
            else:
                conds.append("(" + " OR ".join([f"list_contains({column}, ?)"] * len(names)) + ")")
                params += list(names)
        if self.actor_country:
            conds.append("list_contains(e.actor_countries, ?)")
            params.append(self.actor_country)
        if self.recipient_country:
            conds.append("list_contains(e.recipient_countries, ?)")
            params.append(self.recipient_country)
        for column, value in (
            ("e.event", self.event),
            ("e.quad_class", self.quad_class),
            ("e.modality", self.modality),
            ("e.article_id", self.article),
        ):
            if value is not None and value != "":
                conds.append(f"{column} = ?")
                params.append(value)
        if self.outlet:
            conds.append("e.article_id IN (SELECT id FROM articles WHERE outlet = ?)")
            params.append(self.outlet)
        if self.min_confidence is not None:
            conds.append("e.confidence >= ?")
            params.append(self.min_confidence)
        if self.q:
            # a literal substring (ILIKE with an ESCAPE clause ran 20x slower in DuckDB)
            conds.append("contains(lower(e.sentence_text), lower(?))")
            params.append(self.q)
        return (" AND ".join(conds) or "TRUE"), params


_EVENT_COLUMNS = """
    e.article_id, e.event_id, e.event, e.mode, e.context, e.quad_class, e.cameo, e.modality,
    e.confidence, coalesce(e.date, e.published) AS day, e.date, e.date_text, a.published,
    a.outlet, a.title, e.actor_names, e.actor_countries, e.actor_sectors, e.recipient_names,
    e.recipient_countries, e.recipient_sectors, e.trigger_start, e.trigger_end, e.trigger_text,
    e.sentence_start, e.sentence_end, e.sentence_text, e.location_text, e.location_country,
    e.lat, e.lon, e.size_min, e.size_max, e.size_unit, e.dead, e.injured, e.arrested,
    e.attribution_id, att.stance, coalesce(att.source_name, att.source_text) AS source,
    e.actor_ids, e.recipient_ids
"""

_EVENT_FROM = """
    FROM events e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN attributions att
           ON att.article_id = e.article_id AND att.attribution_id = e.attribution_id
"""


def _parties(ids: list[Any] | None, names: list[Any] | None, countries: list[Any] | None,
             sectors: list[Any] | None) -> list[dict[str, Any]]:  # fmt: skip
    ids = ids or []
    names = names or [None] * len(ids)
    countries = countries or [None] * len(ids)
    sectors = sectors or [None] * len(ids)
    return [
        {"id": i, "key": actor_key(n) if n else None, "name": n, "country": c, "sector": s}
        for i, n, c, s in zip(ids, names, countries, sectors, strict=False)
    ]


def _event_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    (
        art, eid, event_type, mode, context, quad, cameo, modality, conf, day, date, date_text,
        published, outlet, title, a_names, a_countries, a_sectors, r_names, r_countries,
        r_sectors, t0, t1, ttext, s0, s1, stext, loc_text, loc_country, lat, lon, size_min,
        size_max, size_unit, dead, injured, arrested, attr_id, stance, source, a_ids, r_ids,
    ) = row  # fmt: skip
    return {
        "id": f"{art}-{eid}",
        "article_id": art,
        "event_id": eid,
        "event": event_type,
        "mode": mode,
        "context": list(context or []),
        "quad_class": quad,
        "cameo": cameo,
        "modality": modality,
        "confidence": conf,
        "day": _iso(day),
        "date": _iso(date),
        "date_text": date_text,
        "published": _iso(published),
        "outlet": outlet,
        "title": title,
        "actor": _parties(a_ids, a_names, a_countries, a_sectors),
        "recipient": _parties(r_ids, r_names, r_countries, r_sectors),
        "trigger": {"start": t0, "end": t1, "text": ttext},
        "sentence": {"start": s0, "end": s1, "text": stext},
        "location": (
            {"text": loc_text, "country": loc_country, "lat": lat, "lon": lon} if loc_text else None
        ),
        "size": (
            {"min": size_min, "max": size_max, "unit": size_unit}
            if size_min is not None or size_max is not None
            else None
        ),
        "dead": dead,
        "injured": injured,
        "arrested": arrested,
        "attribution": (
            {"id": attr_id, "stance": stance, "source": source} if attr_id is not None else None
        ),
    }


#: Time order of events: the event's day (its date, else its article's), then text order.
_EVENT_ORDER = (
    "coalesce(e.date, e.published) NULLS LAST, e.published NULLS LAST, e.article_id, "
    "e.trigger_start, e.event_id"
)


def events(
    store: Store, filters: EventFilters, *, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """One page of events matching ``filters``, in time then text order.

    The page is chosen on the events table alone (no filter needs a join); only the page's
    rows are then joined with their articles and attributions, each narrowed to the page's
    articles first. Joining before the LIMIT cost ~10x more on 20,000 articles
    (bench/bench_api.py).

    Returns:
        ``(total matching, events of this page)``.
    """
    where, params = filters.resolve(store).where()
    total = store.query(f"SELECT count(*) FROM events e WHERE {where}", params)[0][0]
    rows = store.query(
        f"""
        WITH e AS (
            SELECT * FROM events e WHERE {where} ORDER BY {_EVENT_ORDER} LIMIT ? OFFSET ?
        )
        SELECT {_EVENT_COLUMNS}
        FROM e
        JOIN (SELECT id, outlet, title, published FROM articles
              WHERE id IN (SELECT article_id FROM e)) a ON a.id = e.article_id
        LEFT JOIN (SELECT * FROM attributions WHERE article_id IN (SELECT article_id FROM e)) att
               ON att.article_id = e.article_id AND att.attribution_id = e.attribution_id
        ORDER BY {_EVENT_ORDER}
        """,
        [*params, limit, offset],
    )
    return int(total), [_event_dict(r) for r in rows]


def event(store: Store, article_id: str, event_id: str) -> dict[str, Any] | None:
    """One event by its article and event id, or None."""
    rows = store.query(
        f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} WHERE e.article_id = ? AND e.event_id = ?",
        [article_id, event_id],
    )
    return _event_dict(rows[0]) if rows else None


def events_per_day(store: Store, filters: EventFilters) -> list[tuple[str | None, int, int]]:
    """``(day, quad class, events)`` for the events matching ``filters``, by day."""
    where, params = filters.resolve(store).where()
    rows = store.query(
        f"SELECT coalesce(e.date, e.published) AS day, coalesce(e.quad_class, 0), count(*) "
        f"FROM events e WHERE {where} GROUP BY ALL ORDER BY day NULLS LAST, 2",
        params,
    )
    return [(_iso(d), int(q), int(n)) for d, q, n in rows]


def locations(store: Store, filters: EventFilters) -> list[dict[str, Any]]:
    """Places with coordinates among the matching events, with their event counts."""
    where, params = filters.resolve(store).where()
    rows = store.query(
        f"SELECT e.location_text, e.location_country, round(e.lat, 3), round(e.lon, 3), "
        f"count(*) AS n FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
        "GROUP BY ALL ORDER BY n DESC, 1 LIMIT 500",
        params,
    )
    return [
        {"text": t, "country": c, "lat": lat, "lon": lon, "events": int(n)}
        for t, c, lat, lon, n in rows
    ]


def outlets(store: Store) -> list[str]:
    """The outlets in the store, by name."""
    return [
        r[0]
        for r in store.query(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1"
        )
    ]


def actors(
    store: Store,
    *,
    q: str | None = None,
    country: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Actors across articles (grouped by :func:`actor_key`), the most mentioned first."""
    conds, params = ["TRUE"], []
    if q:
        conds.append("contains(lower(ac.name), lower(?))")
        params.append(q)
    if country:
        conds.append("ac.country = ?")
        params.append(country)
    where = " AND ".join(conds)
    key = _KEY_SQL.format(col="ac.name")
    grouped = f"""
        SELECT {key} AS key, min(ac.name) AS name, mode(ac.country) AS country,
               mode(ac.sector) AS sector, mode(ac.kind) AS kind, count(*) AS articles,
               sum(ac.n_mentions) AS mentions
        FROM actors ac WHERE {where} GROUP BY 1
    """
    took_part = f"""
        SELECT {_KEY_SQL.format(col="ac2.name")} AS key, count(*) AS events
        FROM event_actors ea JOIN actors ac2
          ON ac2.article_id = ea.article_id AND ac2.actor_id = ea.actor_id
        GROUP BY 1
    """
    total = store.query(f"SELECT count(DISTINCT {key}) FROM actors ac WHERE {where}", params)
    rows = store.query(
        f"SELECT g.*, coalesce(t.events, 0) FROM ({grouped}) g LEFT JOIN ({took_part}) t "
        "USING (key) ORDER BY g.mentions DESC, g.name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    cols = ("key", "name", "country", "sector", "kind", "articles", "mentions", "events")
    return int(total[0][0]), [dict(zip(cols, r, strict=True)) for r in rows]


def actor(store: Store, key: str, *, limit: int = 200) -> dict[str, Any] | None:
    """One actor by key: its names, events over time, counterparts and claims; None if unknown.

    Args:
        store: the store.
        key: the actor's key (:func:`actor_key`).
        limit: at most this many events and claims listed.
    """
    k = _KEY_SQL.format(col="ac.name")
    head = store.query(
        f"SELECT min(ac.name), mode(ac.country), mode(ac.sector), mode(ac.kind), "
        f"count(*), list(DISTINCT ac.name ORDER BY ac.name), "
        f"list(DISTINCT ac.wikidata) FILTER (WHERE ac.wikidata IS NOT NULL) "
        f"FROM actors ac WHERE {k} = ?",
        [key],
    )
    if not head or head[0][4] == 0:
        return None
    name, country, sector, kind, n_articles, names, wikidata = head[0]
    per_day = store.query(
        f"""
        SELECT coalesce(e.date, e.published) AS day, ea.role, count(*)
        FROM event_actors ea
        JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id
        JOIN events e ON e.article_id = ea.article_id AND e.event_id = ea.event_id
        WHERE {k} = ? GROUP BY ALL ORDER BY day NULLS LAST, 2
        """,
        [key],
    )
    # Counterparts: who is on the other side of this actor's events.
    counterparts = store.query(
        f"""
        WITH mine AS (
            SELECT DISTINCT ea.article_id, ea.event_id, ea.role
            FROM event_actors ea
            JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id
            WHERE {k} = ?
        )
        SELECT {_KEY_SQL.format(col="o.name")}, min(o.name), mine.role, count(*)
        FROM mine
        JOIN event_actors ea ON ea.article_id = mine.article_id AND ea.event_id = mine.event_id
             AND ea.role <> mine.role
        JOIN actors o ON o.article_id = ea.article_id AND o.actor_id = ea.actor_id
        WHERE {_KEY_SQL.format(col="o.name")} <> ?
        GROUP BY 1, 3 ORDER BY 4 DESC, 2 LIMIT 20
        """,
        [key, key],
    )
    event_ids = store.query(
        f"""
        SELECT DISTINCT ea.article_id, ea.event_id FROM event_actors ea
        JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id
        WHERE {k} = ?
        """,
        [key],
    )
    listed: list[dict[str, Any]] = []
    if event_ids:
        keys = [f"{a}\x1f{e}" for a, e in event_ids]
        rows = store.query(
            f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} "
            "WHERE list_contains(?, e.article_id || chr(31) || e.event_id) "
            "ORDER BY day NULLS LAST, e.article_id, e.trigger_start LIMIT ?",
            [keys, limit],
        )
        listed = [_event_dict(r) for r in rows]
    _, said = claims(store, ClaimFilters(source=key), limit=limit)
    return {
        "key": key,
        "name": name,
        "names": list(names or []),
        "country": country,
        "sector": sector,
        "kind": kind,
        "wikidata": list(wikidata or []),
        "articles": int(n_articles),
        "events_per_day": [
            {"day": _iso(d), "role": role, "events": int(n)} for d, role, n in per_day
        ],
        "counterparts": [
            {
                "key": ck,
                "name": cn,
                "as": "recipient" if role == "actor" else "actor",
                "events": int(n),
            }
            for ck, cn, role, n in counterparts
        ],  # fmt: skip
        "events": listed,
        "claims": said,
    }


@dataclass(frozen=True)
class ClaimFilters:
    """Filters of the claims (attributions) list; None means no filter.

    Attributes:
        source: an actor key (:func:`actor_key`) of the claim's source.
        stance: assert, deny, dispute, accuse, predict or report.
        outlet: the article's outlet.
        since: first publication day.
        until: last publication day.
        q: words the claim's content contains (case-insensitive substring).
        article: one article id.
    """

    source: str | None = None
    stance: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    q: str | None = None
    article: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``attributions att`` joined with ``articles a``."""
        conds: list[str] = []
        params: list[Any] = []
        if self.source:
            conds.append(f"{_KEY_SQL.format(col='att.source_name')} = ?")
            params.append(self.source)
        for column, value in (
            ("att.stance", self.stance),
            ("a.outlet", self.outlet),
            ("att.article_id", self.article),
        ):
            if value:
                conds.append(f"{column} = ?")
                params.append(value)
        if self.since is not None:
            conds.append("a.published >= ?")
            params.append(self.since)
        if self.until is not None:
            conds.append("a.published <= ?")
            params.append(self.until)
        if self.q:
            conds.append("contains(lower(att.content_text), lower(?))")
            params.append(self.q)
        return (" AND ".join(conds) or "TRUE"), params


def claims(
    store: Store, filters: ClaimFilters, *, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """One page of attributed claims matching ``filters``, by publication date.

    Returns:
        ``(total matching, claims of this page)``.
    """
    where, params = filters.where()
    base = "FROM attributions att JOIN articles a ON a.id = att.article_id"
    total = store.query(f"SELECT count(*) {base} WHERE {where}", params)[0][0]
    rows = store.query(
        f"""
        SELECT att.article_id, att.attribution_id, att.source_text, att.source_name,
               att.source_country, att.source_sector, att.cue_start, att.cue_end, att.cue_text,
               att.content_text, att.content_start, att.content_end, att.kind, att.stance,
               att.parent, att.disputes, att.confidence, a.outlet, a.published, a.title
        {base} WHERE {where}
        ORDER BY a.published NULLS LAST, att.article_id, att.cue_start LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    )
    out = []
    for (
        art, aid, s_text, s_name, s_country, s_sector, c0, c1, cue, content, k0, k1, kind,
        stance, parent, disputes, conf, outlet, published, title,
    ) in rows:  # fmt: skip
        out.append(
            {
                "id": f"{art}-{aid}",
                "article_id": art,
                "attribution_id": aid,
                "source": (
                    {
                        "text": s_text,
                        "name": s_name,
                        "country": s_country,
                        "sector": s_sector,
                        "key": actor_key(s_name) if s_name else None,
                    }
                    if s_text or s_name
                    else None
                ),  # fmt: skip
                "cue": {"start": c0, "end": c1, "text": cue},
                "content": {"start": k0, "end": k1, "text": content},
                "kind": kind,
                "stance": stance,
                "parent": parent,
                "disputes": disputes,
                "confidence": conf,
                "outlet": outlet,
                "published": _iso(published),
                "title": title,
            }
        )
    return int(total), out


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article: its metadata, text and whole dispatch (SPEC.md); None if unknown."""
    rows = store.query(
        "SELECT id, title, url, outlet, published, language, text_chars, text, dispatch, path "
        "FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        return None
    art, title, url, outlet, published, language, chars, text, dispatch, path = rows[0]
    return {
        "id": art,
        "title": title,
        "url": url,
        "outlet": outlet,
        "published": _iso(published),
        "language": language,
        "text_chars": chars,
        "path": path,
        "text": text,
        "dispatch": json.loads(dispatch),
    }
