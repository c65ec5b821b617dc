"""The store: an embedded DuckDB file holding coded articles, with numbered migrations.

Tables (``store/migrations/001_init.sql``): ``articles`` (keyed by content hash, with the whole
Dispatch as JSON), ``actors``, ``attributions``, ``events`` (flattened, with actor and recipient
names, countries and sectors), ``event_actors``, ``rejects`` and ``schema_version``.

Rules: one writer (DuckDB locks the file; a second writer gets a :class:`StoreError` naming the
lock), and each article's whole dispatch is written in ONE transaction, so a run killed with
``kill -9`` leaves only complete articles behind and a rerun, which skips the article ids already
stored, finishes the job.

Example:
    >>> from sitrep.store import Store
    >>> with Store("news.duckdb") as store:
    ...     store.write(dispatch, article)
    ...     store.counts()
    {'articles': 1, 'events': 12, ...}
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import duckdb

from sitrep.errors import StoreError
from sitrep.ingest.article import Article
from sitrep.records import Dispatch

log = logging.getLogger(__name__)

__all__ = ["EXPORT_TABLES", "Store", "migrations"]

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

#: Tables ``Store.export`` writes, with the columns exported (lists stay lists in Parquet).
EXPORT_TABLES: dict[str, str] = {
    "events": "SELECT * FROM events ORDER BY article_id, event_id",
    "attributions": "SELECT * FROM attributions ORDER BY article_id, attribution_id",
    "actors": "SELECT * FROM actors ORDER BY article_id, actor_id",
    "articles": (
        "SELECT id, title, url, outlet, published, language, text_chars, path, n_attributions, "
        "n_events, n_actors, warnings, ingested_at, text FROM articles ORDER BY published, id"
    ),
}


def migrations() -> list[tuple[int, str, str]]:
    """The packaged migrations as ``(version, name, sql)``, in version order."""
    found = []
    folder = resources.files("sitrep.store").joinpath("migrations")
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise StoreError(
            f"store migrations are not numbered 001, 002, ... without gaps: {versions}; "
            "reinstall sitrep",
            stage="store",
        )
    return found


def _span_text(text: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        return None
    return text[start:end]


class Store:
    """A DuckDB file of coded articles.

    Args:
        path: the database file (created, with its folder, when missing and not read-only).
        read_only: open for reading only (several readers may share a file no one writes).

    Raises:
        StoreError: the file cannot be opened (locked by a writer, not a DuckDB file, missing
            when read-only) or its schema is newer than this sitrep knows.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(
                f"store {self.path} does not exist; create it with `sitrep ingest PATH --db "
                f"{self.path}`",
                path=str(self.path),
            )
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as e:
            msg = str(e)
            if "lock" in msg.lower():
                raise StoreError(
                    f"store {self.path} is in use by another process (one writer at a time); "
                    "wait for it to finish or use another --db",
                    path=str(self.path),
                ) from e
            raise StoreError(
                f"cannot open store {self.path}: {msg.splitlines()[0]}; expected a DuckDB file "
                "written by sitrep",
                path=str(self.path),
            ) from e
        except duckdb.Error as e:
            raise StoreError(
                f"cannot open store {self.path}: {str(e).splitlines()[0]}", path=str(self.path)
            ) from e
        self._migrate()

    # ------------------------------------------------------------------ lifecycle and schema

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    @property
    def schema_version(self) -> int:
        """The latest migration applied to this file (0 for an empty file)."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        known = migrations()
        current = self.schema_version
        latest = known[-1][0] if known else 0
        if current > latest:
            raise StoreError(
                f"store {self.path} has schema version {current}, newer than this sitrep "
                f"knows ({latest}); upgrade sitrep",
                path=str(self.path),
            )
        if current == latest:
            return
        if self.read_only:
            raise StoreError(
                f"store {self.path} has schema version {current}, expected {latest}; open it "
                "once for writing (e.g. `sitrep ingest`) to migrate it",
                path=str(self.path),
            )
        for version, name, sql in known:
            if version <= current:
                continue
            log.info("migrating %s to schema version %d (%s)", self.path, version, name)
            try:
                self.con.begin()
                self.con.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "name VARCHAR NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)"
                )
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name]
                )
                self.con.commit()
            except duckdb.Error as e:
                self.con.rollback()
                raise StoreError(
                    f"migration {name} failed on {self.path}: {e}; the store is unchanged",
                    path=str(self.path),
                    stage="store",
                ) from e

    # ------------------------------------------------------------------------------- reading

    def article_ids(self) -> set[str]:
        """Ids of the articles stored."""
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """``(article id, signature bytes)`` of every stored article that has one."""
        rows = self.con.execute(
            "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY id"
        ).fetchall()
        for article_id, data in rows:
            yield article_id, bytes(data)

    def dispatch(self, article_id: str) -> Dispatch:
        """The stored Dispatch of one article.

        Raises:
            StoreError: no article has this id.
        """
        row = self.con.execute(
            "SELECT dispatch FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise StoreError(
                f"no article {article_id!r} in {self.path}; list ids with `sitrep report`",
                path=str(self.path),
                article_id=article_id,
            )
        return Dispatch.model_validate(json.loads(row[0]))

    def dispatches(self) -> Iterator[Dispatch]:
        """Every stored Dispatch, by publication date then id."""
        rows = self.con.execute(
            "SELECT dispatch FROM articles ORDER BY published NULLS LAST, id"
        ).fetchall()
        for (data,) in rows:
            yield Dispatch.model_validate(json.loads(data))

    def article_text(self, article_id: str) -> str | None:
        """The stored text of an article (offsets index into it), or None."""
        row = self.con.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out = {}
        for table in ("articles", "attributions", "events", "actors", "event_actors", "rejects"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def rejects(self) -> list[tuple[str, int, str]]:
        """``(path, line, reason)`` of the documents rejected (line 0: the whole file)."""
        return [
            (p, int(n), r)
            for p, n, r in self.con.execute(
                "SELECT path, line, reason FROM rejects ORDER BY path, line"
            ).fetchall()
        ]

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a read query and return all rows (for reports and ad-hoc analysis)."""
        return self.con.execute(sql, params or []).fetchall()

    # ------------------------------------------------------------------------------- writing

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"store {self.path} is open read-only; open it with read_only=False to write",
                path=str(self.path),
            )

    def write(self, dispatch: Dispatch, article: Article, *, minhash: bytes | None = None) -> bool:
        """Store one coded article — all its rows in ONE transaction.

        Args:
            dispatch: the coded article.
            article: the article it was coded from (its text is stored; offsets index into it).
            minhash: the near-duplicate signature (``sitrep.ingest.dedupe.to_bytes``), if any.

        Returns:
            True if written, False if an article with this id was already stored (idempotent).

        Raises:
            StoreError: the write failed; nothing of this article was stored.
        """
        self._check_writable()
        meta = dispatch.article
        if meta.id != article.id:
            raise StoreError(
                f"dispatch is for article {meta.id} but the text given is article {article.id}; "
                "pass the Article the dispatch was coded from",
                path=str(self.path),
                article_id=meta.id,
            )
        text = article.text
        actors = {a.id: a for a in dispatch.actors}
        try:
            self.con.begin()
            if self.con.execute("SELECT 1 FROM articles WHERE id = ?", [meta.id]).fetchone():
                self.con.rollback()
                return False
            self._insert_article(dispatch, text, article.path, minhash)
            if dispatch.actors:
                self.con.executemany(
                    "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        [
                            meta.id, a.id, a.name, a.country, a.sector, a.kind, a.title,
                            a.wikidata, len(a.mentions),
                            json.dumps([m.model_dump() for m in a.mentions]),
                        ]
                        for a in dispatch.actors
                    ],
                )  # fmt: skip
            if dispatch.attributions:
                self.con.executemany(
                    "INSERT INTO attributions VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [self._attribution_row(meta.id, a, actors) for a in dispatch.attributions],
                )
            if dispatch.events:
                self.con.executemany(
                    f"INSERT INTO events VALUES ({', '.join(['?'] * 37)})",
                    [self._event_row(dispatch, e, actors, text) for e in dispatch.events],
                )
                roles = [
                    [meta.id, e.id, role, i, actor_id]
                    for e in dispatch.events
                    for role, ids in (("actor", e.actor), ("recipient", e.recipient))
                    for i, actor_id in enumerate(ids)
                ]
                if roles:
                    self.con.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?)", roles)
            self._clear_reject(article.path)
            self.con.commit()
        except BaseException as e:  # Ctrl-C or a bug while building rows: never leave it open
            self.con.rollback()
            if not isinstance(e, duckdb.Error):
                raise
            raise StoreError(
                f"could not store article {meta.id}: {str(e).splitlines()[0]}; nothing of it "
                "was written",
                path=str(self.path),
                article_id=meta.id,
            ) from e
        return True

    def _insert_article(
        self, dispatch: Dispatch, text: str, path: str | None, minhash: bytes | None
    ) -> None:
        meta = dispatch.article
        self.con.execute(
            "INSERT INTO articles (id, title, url, outlet, published, language, text, text_chars, "
            "path, minhash, n_attributions, n_events, n_actors, warnings, dispatch) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                meta.id, meta.title, meta.url, meta.outlet, meta.published, meta.language, text,
                len(text), path, minhash, len(dispatch.attributions), len(dispatch.events),
                len(dispatch.actors), list(dispatch.warnings),
                json.dumps(dispatch.to_json_dict(), ensure_ascii=False),
            ],
        )  # fmt: skip

    @staticmethod
    def _attribution_row(article_id: str, a: Any, actors: dict[str, Any]) -> list[Any]:
        src = a.source
        actor = actors.get(src.actor) if src is not None and src.actor else None
        content = a.content
        return [
            article_id, a.id, a.cue.start, a.cue.end, a.cue.text,
            src.start if src else None, src.end if src else None, src.text if src else None,
            src.actor if src else None,
            actor.name if actor else None, actor.country if actor else None,
            actor.sector if actor else None,
            min(c.start for c in content) if content else None,
            max(c.end for c in content) if content else None,
            " … ".join(c.text for c in content) if content else None,
            json.dumps([c.model_dump() for c in content], ensure_ascii=False),
            a.kind, a.stance, a.parent, a.disputes, a.confidence,
        ]  # fmt: skip

    @staticmethod
    def _event_row(dispatch: Dispatch, e: Any, actors: dict[str, Any], text: str) -> list[Any]:
        def names(ids: list[str], attr: str) -> list[str | None]:
            return [getattr(actors[i], attr) if i in actors else None for i in ids]

        loc, size = e.location, e.size
        return [
            dispatch.article.id, e.id, e.event, e.mode, list(e.context),
            list(e.actor), names(e.actor, "name"), names(e.actor, "country"),
            names(e.actor, "sector"),
            list(e.recipient), names(e.recipient, "name"), names(e.recipient, "country"),
            names(e.recipient, "sector"),
            e.trigger.start, e.trigger.end, e.trigger.text,
            e.sentence.start, e.sentence.end, _span_text(text, e.sentence.start, e.sentence.end),
            e.modality, e.attribution, e.date, e.date_text, dispatch.article.published,
            loc.text if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            size.min if size else None, size.max if size else None, size.unit if size else None,
            e.dead, e.injured, e.arrested, e.cameo, e.quad_class, e.confidence,
        ]  # fmt: skip

    @staticmethod
    def _reject_key(path: str | None) -> tuple[str, int] | None:
        if not path:
            return None
        head, sep, tail = path.rpartition(":")
        if sep and tail.isdigit() and head.lower().endswith(".jsonl"):
            return head, int(tail)
        return path, 0

    def _clear_reject(self, path: str | None) -> None:
        key = self._reject_key(path)
        if key:
            self.con.execute("DELETE FROM rejects WHERE path = ? AND line = ?", list(key))

    def add_reject(
        self, path: str, reason: str, *, line: int | None = None, article_id: str | None = None
    ) -> None:
        """Record (or update) why a document was skipped.

        ``path`` may carry a jsonl line as ``file.jsonl:LINE`` when ``line`` is None; it is
        split so that storing the article later clears this reject.
        """
        self._check_writable()
        if line is None:
            key = self._reject_key(path)
            if key is not None:
                path, line = key
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO rejects (path, line, reason, article_id) "
                "VALUES (?, ?, ?, ?)",
                [path, line or 0, reason, article_id],
            )
        except duckdb.Error as e:
            raise StoreError(
                f"could not record the reject of {path}: {e}", path=str(self.path)
            ) from e

    # ------------------------------------------------------------------------------- export

    def export(
        self,
        out: str | os.PathLike[str],
        *,
        table: str = "events",
        fmt: Literal["parquet", "csv"] = "parquet",
    ) -> int:
        """Write a table to Parquet or CSV with DuckDB ``COPY``.

        In CSV, list columns (actor names, countries, ...) are joined with ``"; "``.

        Args:
            out: the file to write (its folder is created).
            table: one of :data:`EXPORT_TABLES` (events, attributions, actors, articles).
            fmt: ``parquet`` or ``csv``.

        Returns:
            The number of rows written.

        Raises:
            StoreError: an unknown table or format, or the file cannot be written.
        """
        if table not in EXPORT_TABLES:
            raise StoreError(
                f"unknown table {table!r} to export; expected one of {', '.join(EXPORT_TABLES)}",
                path=str(self.path),
            )
        if fmt not in ("parquet", "csv"):
            raise StoreError(f"unknown export format {fmt!r}; expected parquet or csv")
        query = EXPORT_TABLES[table]
        if fmt == "csv":
            cols = self.con.execute(f"DESCRIBE ({query})").fetchall()
            select = ", ".join(
                f"array_to_string({name}, '; ') AS {name}" if str(typ).endswith("[]") else name
                for name, typ, *_ in cols
            )
            query = f"SELECT {select} FROM ({query})"
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        literal = str(target).replace("'", "''")
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        try:
            self.con.execute(f"COPY ({query}) TO '{literal}' ({options})")
            row = self.con.execute(f"SELECT count(*) FROM ({EXPORT_TABLES[table]})").fetchone()
        except duckdb.Error as e:
            raise StoreError(
                f"could not export {table} to {target}: {str(e).splitlines()[0]}",
                path=str(self.path),
            ) from e
        return int(row[0]) if row else 0
