"""Store: migrations, idempotent writes, one transaction per article, exports, one writer."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest
from tests.store.dispatches import TEXT_A, standoff

from sitrep.errors import StoreError
from sitrep.store import Store, migrations


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        yield s


def test_new_store_is_migrated_once(tmp_path):
    path = tmp_path / "deep" / "new.duckdb"
    with Store(path) as s:
        assert s.schema_version == len(migrations()) >= 1
        tables = {r[0] for r in s.query("SELECT table_name FROM information_schema.tables")}
    assert {"articles", "events", "attributions", "actors", "event_actors", "rejects"} <= tables
    with Store(path) as s:  # reopening applies nothing twice
        rows = s.query("SELECT version, name FROM schema_version ORDER BY version")
    assert [v for v, _ in rows] == list(range(1, len(migrations()) + 1))
    assert rows[0][1] == "001_init.sql"


def test_read_only_missing_store_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist.*sitrep ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_newer_than_sitrep_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, '999_future.sql')")
    con.close()
    with pytest.raises(StoreError, match="newer than this sitrep"):
        Store(path)


def test_not_a_duckdb_file(tmp_path):
    path = tmp_path / "text.duckdb"
    path.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)


def test_write_is_idempotent_and_complete(store):
    (a, da), (b, db) = standoff()
    assert store.write(da, a) is True
    assert store.write(da, a) is False  # same content hash: nothing written twice
    assert store.write(db, b) is True
    counts = store.counts()
    assert counts["articles"] == 2
    assert counts["events"] == len(da.events) + len(db.events)
    assert counts["attributions"] == 2
    assert counts["event_actors"] == 2 * counts["events"]
    assert store.article_ids() == {a.id, b.id}
    assert store.dispatch(a.id).to_json_dict() == da.to_json_dict()
    # events are flattened with names, countries and the sentence text
    row = store.query(
        "SELECT actor_names, recipient_countries, sentence_text, trigger_text FROM events "
        "WHERE article_id = ? AND event_id = 'e3'",
        [a.id],
    )[0]
    assert row[0] == ["Kestria"] and row[1] == ["VAL"]
    assert row[2] == "Kestrian artillery shelled Dren again on Tuesday."
    assert row[3] == "shelled"
    assert store.article_text(a.id) == TEXT_A


def test_failed_write_rolls_back_everything(store):
    (a, da), _ = standoff()
    broken = da.model_copy(deep=True)
    broken.events.append(broken.events[0].model_copy())  # duplicate event id: PK violation
    with pytest.raises(StoreError, match="nothing of it was written"):
        store.write(broken, a)
    assert store.counts() == dict.fromkeys(store.counts(), 0)
    assert store.write(da, a) is True  # and the store still works


def test_write_refuses_mismatched_article(store):
    (a, da), (b, _) = standoff()
    with pytest.raises(StoreError, match="pass the Article"):
        store.write(da, b)


def test_rejects_recorded_and_cleared(store):
    (a, da), _ = standoff()
    store.add_reject("a.txt", "binary file")
    store.add_reject("a.txt", "empty document")  # the latest verdict replaces the earlier
    store.add_reject("feed.jsonl", "not a JSON object", line=3)
    assert store.rejects() == [
        ("a.txt", 0, "empty document"),
        ("feed.jsonl", 3, "not a JSON object"),
    ]
    store.write(da, a)  # a.txt now reads fine: its reject is cleared in the same transaction
    assert store.rejects() == [("feed.jsonl", 3, "not a JSON object")]


def test_jsonl_line_reject_given_as_path_is_cleared_when_the_line_is_stored(store):
    (a, da), _ = standoff()
    a.path = "feed.jsonl:7"  # how a coding failure names a jsonl line
    store.add_reject("feed.jsonl:7", "coding failed (ValueError: x)")
    assert store.rejects() == [("feed.jsonl", 7, "coding failed (ValueError: x)")]
    store.write(da, a)  # the retry worked
    assert store.rejects() == []


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export(store, tmp_path, fmt):
    for art, d in standoff():
        store.write(d, art)
    out = tmp_path / "out" / f"events.{fmt}"
    n = store.export(out, table="events", fmt=fmt)
    assert n == 6
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    rows = duckdb.sql(
        f"SELECT event, actor_names, quad_class FROM {reader}('{out}') ORDER BY article_id, event_id"
    ).fetchall()
    assert len(rows) == 6
    names = [r[1] for r in rows]
    assert (["Kestria"] if fmt == "parquet" else "Kestria") in names  # CSV joins lists
    n_art = store.export(tmp_path / f"articles.{fmt}", table="articles", fmt=fmt)
    assert n_art == 2


def test_export_unknown_table(store, tmp_path):
    with pytest.raises(StoreError, match="unknown table 'nope'"):
        store.export(tmp_path / "x.csv", table="nope", fmt="csv")


def test_read_only_store_cannot_write(tmp_path):
    path = tmp_path / "ro.duckdb"
    Store(path).close()
    (a, da), _ = standoff()
    with Store(path, read_only=True) as s, pytest.raises(StoreError, match="read-only"):
        s.write(da, a)


def test_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "locked.duckdb"
    with Store(path):
        code = (
            "import sys\nfrom sitrep.store import Store\nfrom sitrep.errors import StoreError\n"
            f"try:\n    Store({str(path)!r})\nexcept StoreError as e:\n"
            "    print(e); sys.exit(5)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 5, proc.stderr
    assert "in use by another process" in proc.stdout


def test_dispatch_json_is_the_record(store):
    (a, da), _ = standoff()
    store.write(da, a)
    raw = store.query("SELECT dispatch FROM articles")[0][0]
    assert json.loads(raw)["schema"] == "sitrep.dispatch/1"
    with pytest.raises(StoreError, match="no article 'nope'"):
        store.dispatch("nope")
