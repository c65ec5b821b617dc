"""The store: an embedded DuckDB file holding coded articles, with numbered migrations.

Tables (``store/migrations/001_init.sql``): ``articles`` (keyed by content hash, with the whole
Dispatch as JSON), ``actors``, ``attributions``, ``events`` (flattened, with actor and recipient
names, countries and sectors), ``event_actors``, ``rejects`` and ``schema_version``.

Rules:

* **One writer, batched.** :meth:`Store.write_many` stores a batch of coded articles (and the
  rejects found meanwhile) in ONE transaction, each table appended with a single columnar
  ``INSERT ... SELECT unnest(?)`` (about 25 µs a row, against ~0.7 ms a row for
  ``executemany``). A run killed with ``kill -9`` leaves only whole batches, hence only whole
  articles, behind; a rerun, which skips the article ids already stored (content hashes), finishes
  the job with identical contents (:meth:`Store.content_hashes` compares two stores).
* **Readers during an ingest.** DuckDB locks the file per process (one writer, or several
  readers). ``sitrep ingest`` does not hold the lock for the whole run: it opens the file for each
  batch, commits, and closes it again (:meth:`Store.release`), so between batches, which is most
  of the time, the file is free. A reader (``sitrep report``, ``sitrep export``, the API) that
  finds it locked retries for up to ``lock_wait`` seconds, and so does the writer when a reader
  holds it. What a reader sees: the store as of the last committed batch, never part of a batch
  or of an article; articles coded but not yet committed are not visible yet (at most one batch,
  ``store.batch_size`` articles or ``store.batch_seconds`` seconds, behind the coder). A process
  that holds a :class:`Store` open without releasing it (the library default) keeps the lock; a
  second process then gets a :class:`StoreError` naming the lock after ``lock_wait`` seconds.
* **Ctrl-C during a commit** is deferred until the transaction has committed or rolled back, then
  raised as ``KeyboardInterrupt``: a batch is never left half-written, and the CLI exits 130.

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
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import duckdb

from sitrep.errors import StoreError
from sitrep.ingest.article import Article
from sitrep.records import Dispatch

log = logging.getLogger(__name__)

__all__ = ["EXPORT_TABLES", "Reject", "Store", "migrations"]

#: Seconds a Store waits for the file lock another process holds (a writer between batches,
#: a reader running a report) before giving up with a StoreError.
DEFAULT_LOCK_WAIT = 10.0

#: A document skipped in a run: ``(path, reason, line, article_id)`` (see Store.add_reject).
Reject = tuple[str, str, int | None, str | None]

#: Columns left out of :meth:`Store.content_hashes` (they differ between two runs by design).
_RUN_COLUMNS = {"ingested_at", "rejected_at"}


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


_SCHEMA: dict[str, dict[str, str]] = {}


def _schema() -> dict[str, dict[str, str]]:
    """``{table: {column: type}}`` of the packaged schema, columns in order."""
    if not _SCHEMA:
        con = duckdb.connect()
        for _, _, sql in migrations():
            con.execute(sql)
        for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall():
            _SCHEMA[name] = {c: t for c, t, *_ in con.execute(f"DESCRIBE {name}").fetchall()}
        con.close()
    return _SCHEMA


def _columns(table: str) -> list[str]:
    """The columns of a table in the packaged schema, in order (as the row builders give them)."""
    return list(_schema()[table])


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block has finished, then raise KeyboardInterrupt.

    An interrupt inside a DuckDB commit otherwise leaves "Query interrupted" and a rollback
    with no transaction. Only the main thread can set signal handlers; elsewhere a no-op.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.getsignal(signal.SIGINT)

    def hold(signum: int, frame: object) -> None:
        caught.append(signum)

    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _first_line(e: BaseException) -> str:
    return str(e).splitlines()[0] if str(e) else type(e).__name__


def _disk_full(e: BaseException) -> bool:
    msg = str(e).lower()
    return "no space left" in msg or "disk full" in msg or "could not write" in msg


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

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        lock_wait: float = DEFAULT_LOCK_WAIT,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.lock_wait = lock_wait
        if read_only and not self.path.exists():
            raise StoreError(
                f"store {self.path} does not exist; create it with `sitrep ingest PATH --db "
                f"{self.path}`",
                path=str(self.path),
            )
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._con: duckdb.DuckDBPyConnection | None = None
        with _sigint_deferred():
            self._migrate()

    def _connect(self) -> duckdb.DuckDBPyConnection:
        """Open the file, retrying for ``lock_wait`` seconds while another process holds it."""
        deadline = time.monotonic() + self.lock_wait
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.IOException as e:
                msg = str(e)
                if "lock" in msg.lower():
                    if time.monotonic() < deadline:
                        time.sleep(delay)
                        delay = min(delay * 2, 0.25)
                        continue
                    raise StoreError(
                        f"store {self.path} is in use by another process (one writer at a "
                        f"time; waited {self.lock_wait:g} s for its lock); wait for it to "
                        "finish or use another --db",
                        path=str(self.path),
                    ) from e
                raise StoreError(
                    f"cannot open store {self.path}: {msg.splitlines()[0]}; expected a DuckDB "
                    "file written by sitrep",
                    path=str(self.path),
                ) from e
            except duckdb.Error as e:
                raise StoreError(
                    f"cannot open store {self.path}: {str(e).splitlines()[0]}",
                    path=str(self.path),
                ) from e

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, (re)opened on first use after :meth:`release`."""
        if self._con is None:
            self._con = self._connect()
        return self._con

    def release(self) -> None:
        """Close the connection and free the file lock; the next use reopens it (waiting for
        the lock). The ingest writer calls this after each batch so readers can get in."""
        if self._con is not None:
            con, self._con = self._con, None
            with _sigint_deferred():  # closing checkpoints: let it finish
                try:
                    con.close()
                except duckdb.Error as e:  # the checkpoint failed (disk full): the WAL keeps it
                    raise StoreError(
                        f"could not close store {self.path}: {_first_line(e)}; what was "
                        "committed is kept in its write-ahead log (free disk space, then open "
                        "it again)",
                        path=str(self.path),
                    ) from e

    # ------------------------------------------------------------------ lifecycle and schema

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log)."""
        self.release()

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
                self._rollback()
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
        return self.write_many([(dispatch, article, minhash)])[0]

    def write_many(
        self,
        items: Sequence[tuple[Dispatch, Article, bytes | None]],
        *,
        rejects: Sequence[Reject] = (),
    ) -> list[bool]:
        """Store a batch of coded articles, and the rejects met meanwhile, in ONE transaction.

        Each table gets one columnar append for the whole batch. Articles already stored (or
        repeated within the batch) are left out (idempotent). Ctrl-C arriving meanwhile is held
        until the transaction has committed or rolled back, then raised.

        Args:
            items: ``(dispatch, article, minhash)`` per article (minhash may be None).
            rejects: ``(path, reason, line, article_id)`` of documents skipped (see
                :meth:`add_reject`); storing an article clears an earlier reject of its path.

        Returns:
            For each item, True if written, False if its article was already stored.

        Raises:
            StoreError: the write failed (disk full, ...); nothing of the batch was stored.
        """
        self._check_writable()
        for dispatch, article, _ in items:
            if dispatch.article.id != article.id:
                raise StoreError(
                    f"dispatch is for article {dispatch.article.id} but the text given is "
                    f"article {article.id}; pass the Article the dispatch was coded from",
                    path=str(self.path),
                    article_id=dispatch.article.id,
                )
        if not items and not rejects:
            return []
        with _sigint_deferred():
            con = self.con
            try:
                con.begin()
                ids = [d.article.id for d, _, _ in items]
                stored = set()
                if ids:
                    stored = {
                        r[0]
                        for r in con.execute(
                            "SELECT id FROM articles WHERE list_contains(?, id)", [ids]
                        ).fetchall()
                    }
                written: list[bool] = []
                new: list[tuple[Dispatch, Article, bytes | None]] = []
                for item in items:
                    article_id = item[0].article.id
                    fresh = article_id not in stored
                    written.append(fresh)
                    if fresh:
                        stored.add(article_id)
                        new.append(item)
                self._append_rejects(rejects)
                self._append_articles(new)
                cleared = [k for _, a, _ in new if (k := self._reject_key(a.path)) is not None]
                if cleared:
                    con.execute(
                        "DELETE FROM rejects WHERE list_contains(?, path || ':' || line)",
                        [[f"{p}:{n}" for p, n in cleared]],
                    )
                con.commit()
            except BaseException as e:  # Ctrl-C, a full disk, a bug building rows: roll back
                self._rollback()
                if isinstance(e, duckdb.Error):
                    what = (
                        f"article {items[0][0].article.id}: {_first_line(e)}; nothing of it"
                        if len(items) == 1
                        else f"a batch of {len(items)} articles: {_first_line(e)}; nothing of "
                        "the batch"
                    )
                    hint = (
                        "free disk space, then rerun (stored articles are skipped)"
                        if _disk_full(e)
                        else "rerun to retry (stored articles are skipped)"
                    )
                    raise StoreError(
                        f"could not store {what} was written to {self.path}; {hint}",
                        path=str(self.path),
                        article_id=items[0][0].article.id if len(items) == 1 else None,
                    ) from e
                raise
        return written

    def _rollback(self) -> None:
        """Roll back the open transaction, if any (an interrupted commit may have ended it)."""
        if self._con is None:
            return
        # "no transaction is active": an interrupted commit already ended it
        with suppress(duckdb.Error):
            self._con.rollback()

    def _append(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Append ``rows`` to ``table`` with one statement: each column bound as one list."""
        if not rows:
            return
        types = _schema()[table]
        select = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
        params = [list(col) for col in zip(*rows, strict=True)]
        self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}", params)

    def _append_articles(self, items: Sequence[tuple[Dispatch, Article, bytes | None]]) -> None:
        articles: list[list[Any]] = []
        actor_rows: list[list[Any]] = []
        attribution_rows: list[list[Any]] = []
        event_rows: list[list[Any]] = []
        roles: list[list[Any]] = []
        for dispatch, article, minhash in items:
            meta = dispatch.article
            text = article.text
            actors = {a.id: a for a in dispatch.actors}
            articles.append(
                [
                    meta.id, meta.title, meta.url, meta.outlet, meta.published, meta.language,
                    text, len(text), article.path, minhash, len(dispatch.attributions),
                    len(dispatch.events), len(dispatch.actors), list(dispatch.warnings),
                    json.dumps(dispatch.to_json_dict(), ensure_ascii=False),
                ]
            )  # fmt: skip
            actor_rows.extend(
                [
                    meta.id, a.id, a.name, a.country, a.sector, a.kind, a.title, a.wikidata,
                    len(a.mentions), json.dumps([m.model_dump() for m in a.mentions]),
                ]
                for a in dispatch.actors
            )  # fmt: skip
            attribution_rows.extend(
                self._attribution_row(meta.id, a, actors) for a in dispatch.attributions
            )
            event_rows.extend(self._event_row(dispatch, e, actors, text) for e in dispatch.events)
            roles.extend(
                [meta.id, e.id, role, i, actor_id]
                for e in dispatch.events
                for role, ids in (("actor", e.actor), ("recipient", e.recipient))
                for i, actor_id in enumerate(ids)
            )
        self._append(
            "articles", [c for c in _columns("articles") if c not in _RUN_COLUMNS], articles
        )
        self._append("actors", _columns("actors"), actor_rows)
        self._append("attributions", _columns("attributions"), attribution_rows)
        self._append("events", _columns("events"), event_rows)
        self._append("event_actors", _columns("event_actors"), roles)

    def _append_rejects(self, rejects: Sequence[Reject]) -> None:
        latest: dict[tuple[str, int], tuple[str, str | None]] = {}
        for path, reason, line, article_id in rejects:
            if line is None:
                key = self._reject_key(path)
                if key is not None:
                    path, line = key
            latest[(path, line or 0)] = (reason, article_id)  # the latest verdict wins
        if not latest:
            return
        keys = [f"{p}:{n}" for p, n in latest]
        self.con.execute("DELETE FROM rejects WHERE list_contains(?, path || ':' || line)", [keys])
        self._append(
            "rejects",
            ["path", "line", "reason", "article_id"],
            [[p, n, r, a] for (p, n), (r, a) in latest.items()],
        )

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

    def add_reject(
        self, path: str, reason: str, *, line: int | None = None, article_id: str | None = None
    ) -> None:
        """Record (or update) why a document was skipped.

        ``path`` may carry a jsonl line as ``file.jsonl:LINE`` when ``line`` is None; it is
        split so that storing the article later clears this reject.
        """
        self.write_many([], rejects=[(path, reason, line, article_id)])

    def content_hashes(self) -> dict[str, str]:
        """An md5 of each table's rows in key order, leaving out the run's timestamps.

        Two stores with equal hashes hold the same rows (used to check that a resumed, a
        parallel or a Dask run stores exactly what a clean single-process run does).
        """
        out = {}
        tables = self.con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY' ORDER BY table_name"
        ).fetchall()
        for table, key_columns in tables:  # every data table, ordered by its primary key
            if table not in _schema():
                continue  # the migration bookkeeping
            key = ", ".join(key_columns)
            cols = [
                name
                for name, *_ in self.con.execute(f"DESCRIBE {table}").fetchall()
                if name not in _RUN_COLUMNS
            ]
            row = self.con.execute(
                f"SELECT md5(coalesce(string_agg(({', '.join(cols)})::VARCHAR, '\n' "
                f"ORDER BY {key}), '')) FROM {table}"
            ).fetchone()
            out[table] = str(row[0]) if row else ""
        return out

    # ------------------------------------------------------------------------------- export

    def export(
        self,
        out: str | os.PathLike[str],
        *,
        table: str = "events",
        fmt: Literal["parquet", "csv"] = "parquet",
        min_confidence: float | None = None,
    ) -> int:
        """Write a table to Parquet or CSV with DuckDB ``COPY``.

        In CSV, list columns (actor names, countries, ...) are joined with ``"; "``.

        Args:
            out: the file to write (its folder is created).
            table: one of :data:`EXPORT_TABLES` (events, attributions, actors, articles).
            fmt: ``parquet`` or ``csv``.
            min_confidence: events table only: the asserted events with at least this
                confidence (what the report counts); None for every event.

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
        if table == "events" and min_confidence is not None:
            query = (
                "SELECT * FROM events WHERE modality = 'asserted' AND coalesce(confidence, 0) >= "
                f"{float(min_confidence)!r} ORDER BY article_id, event_id"
            )
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
            row = self.con.execute(f"SELECT count(*) FROM ({query})").fetchone()
        except duckdb.Error as e:
            raise StoreError(
                f"could not export {table} to {target}: {str(e).splitlines()[0]}",
                path=str(self.path),
            ) from e
        return int(row[0]) if row else 0
