"""Batch coding: several worker processes give the same dispatches, in the same order, as one."""

from __future__ import annotations

import pytest
from tests.conftest import EXAMPLES

from sitrep.ingest import Article
from sitrep.ingest.readers import Rejected, read_paths
from sitrep.run import code_articles


def test_two_processes_match_one(coder, settings):
    articles = [
        a for a in read_paths([EXAMPLES], settings=settings.ingest) if isinstance(a, Article)
    ]
    assert len(articles) >= 12
    one = list(code_articles(coder, articles, n_process=1, batch_size=4))
    two = list(code_articles(coder, articles, n_process=2, batch_size=4))
    assert [d.article.id for d in two] == [a.id for a in articles]
    assert [d.to_json_dict() for d in two] == [d.to_json_dict() for d in one]


def test_errors_reject_isolates_the_failing_article(coder):
    good = Article("The foreign minister said on Monday that talks would resume.", path="good")
    broken = Article(None, id="broken", path="broken.txt")  # type: ignore[arg-type]
    out = list(code_articles(coder, [good, broken, good], n_process=1, errors="reject"))
    assert [type(x).__name__ for x in out] == ["Dispatch", "Rejected", "Dispatch"]
    assert isinstance(out[1], Rejected) and out[1].path == "broken.txt"
    assert "coding failed" in out[1].reason


# ------------------------------------------------------------------------------------ Dask

_PEOPLE = ["Foreign Minister Ana Petrov", "General Tomas Reyes", "President Lena Okafor",
           "Defence Secretary Ivo Marsh", "Mayor Carla Duval", "Police chief Omar Haddad"]  # fmt: skip
_PLACES = ["Valdoria", "Kestria", "the northern province", "the capital", "the border town of Dren"]
_ACTS = [
    "said troops would withdraw from {place} by Friday",
    "accused rebels of shelling {place} overnight, killing {n} civilians",
    "announced talks with the opposition in {place} next week",
    "denied that police had arrested {n} protesters in {place}",
    "called for a ceasefire after clashes near {place}",
    "pledged {n} million dollars in aid to families displaced from {place}",
]


def short_articles(n: int, seed: int = 16) -> list[Article]:
    """``n`` short, original news-like texts (made up here), each different."""
    import datetime as dt
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        sents = []
        for _ in range(rng.randint(2, 4)):
            act = rng.choice(_ACTS).format(place=rng.choice(_PLACES), n=rng.randint(2, 90))
            sents.append(f"{rng.choice(_PEOPLE)} {act}.")
        text = f"Dispatch {i}. " + " ".join(sents)
        out.append(
            Article(
                text, published=dt.date(2025, 3, 1 + i % 28), title=f"Dispatch {i}", path=f"d{i}"
            )
        )
    return out


def test_dask_cluster_stores_what_one_process_stores_even_when_a_worker_dies(
    tmp_path, coder, settings
):
    """A 2-worker LocalCluster: the same table hashes as one process; one worker is killed
    mid-run (its chunk runs again elsewhere, nothing is stored twice)."""
    pytest.importorskip("distributed")
    import os
    import signal

    from sitrep.run import ingest
    from sitrep.run_dask import code_on_cluster, local_client
    from sitrep.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    arts = short_articles(120)
    for a in arts:
        (folder / f"{a.path}.txt").write_text(a.text)

    def run(db, **how):
        with Store(db) as store:
            outcomes = list(
                ingest(
                    [folder],
                    store=store,
                    settings=settings,
                    default_published=arts[0].published,
                    **how,
                )  # fmt: skip
            )
            return outcomes, store.content_hashes(), store.counts()

    one, hashes_one, counts = run(tmp_path / "one.duckdb", coder=coder)
    with local_client(n_workers=2) as client:
        killed = []

        def code_with(articles):
            for i, result in enumerate(
                code_on_cluster(client, articles, settings=settings, batch_size=8)
            ):
                if i == 16 and not killed:  # kill a worker while others' chunks are in flight
                    worker = sorted(client.scheduler_info()["workers"])[0]
                    pid = client.run(os.getpid, workers=[worker])[worker]
                    os.kill(pid, signal.SIGKILL)
                    killed.append(worker)
                yield result

        two, hashes_two, _ = run(tmp_path / "two.duckdb", code_with=code_with)
    assert killed
    assert counts["articles"] >= 60  # most texts are stored (some are near duplicates)
    assert [(o.status, o.article_id) for o in two] == [(o.status, o.article_id) for o in one]
    assert hashes_two == hashes_one


def test_rerun_over_a_stored_corpus_loads_no_model(tmp_path, coder, settings):
    """Stored articles are skipped before the Coder is built: the factory is never called, and
    the CLI rerun never imports spaCy or torch."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    from sitrep.run import ingest
    from sitrep.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for a in short_articles(6, seed=3):
        (folder / f"{a.path}.txt").write_text(a.text)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        first = [o.status for o in ingest([folder], store=store, coder=coder)]

    def no_model():
        raise AssertionError("a model was loaded for a corpus that is all stored")

    with Store(db) as store:
        again = [o.status for o in ingest([folder], store=store, coder=no_model, settings=settings)]
    assert first.count("stored") >= 4
    assert again == ["skipped"] * first.count("stored") + ["duplicate"] * first.count("duplicate")
    # main() ends the process itself (after the exit functions): report from one of them
    code = (
        "import atexit, sys\nfrom sitrep.cli.main import main\nsys.argv = ['sitrep', 'ingest', "
        f"{str(folder)!r}, '--db', {str(db)!r}]\n"
        "atexit.register(lambda: print('loaded:', sorted(m for m in ('spacy', 'torch', "
        "'onnxruntime') if m in sys.modules), flush=True))\nmain()\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "loaded: []" in r.stdout, r.stdout + r.stderr
    assert f"already stored {first.count('stored')}" in r.stderr


def test_code_to_parquet_partitions_by_date_and_matches_jsonl(tmp_path, coder, monkeypatch):
    import json

    import duckdb
    from typer.testing import CliRunner

    from sitrep.cli import code as cli_code
    from sitrep.cli.main import app

    monkeypatch.setitem(cli_code._CODERS, (0, None), coder)
    folder = tmp_path / "in"
    folder.mkdir()
    for a in short_articles(5, seed=5):
        (folder / f"{a.path}.txt").write_text(a.text)
    runner = CliRunner()
    args = ["code", str(folder), "--published", "2025-03-04", "-j", "1"]
    r1 = runner.invoke(app, [*args, "--format", "parquet", "--out", str(tmp_path / "pq")])
    r2 = runner.invoke(app, [*args, "--format", "jsonl", "--out", str(tmp_path / "d.jsonl")])
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output + r2.output
    assert [p.name for p in (tmp_path / "pq").iterdir()] == ["published=2025-03-04"]
    rows = duckdb.sql(
        f"SELECT id, dispatch FROM read_parquet('{tmp_path}/pq/**/*.parquet', "
        "hive_partitioning = true) ORDER BY id"
    ).fetchall()
    lines = [json.loads(x) for x in (tmp_path / "d.jsonl").read_text().splitlines()]
    assert [json.loads(d) for _, d in rows] == sorted(lines, key=lambda d: d["article"]["id"])
    assert len(rows) == 5


def test_ingest_gives_the_default_outlet_to_articles_without_one(coder, settings, tmp_path):
    """`sitrep ingest --outlet BBC`: stored articles without an outlet get it, and a national
    outlet's country is the home country of the story's unmarked actors."""
    from sitrep.run import ingest
    from sitrep.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(
        "Ministers said the plan would cut waiting lists. The opposition called it a gimmick."
    )
    with Store(tmp_path / "s.duckdb") as store:
        outcomes = list(
            ingest([folder], store=store, coder=coder, settings=settings, default_outlet="BBC")
        )
    stored = [o.dispatch for o in outcomes if o.dispatch is not None]
    assert len(stored) == 1 and stored[0].article.outlet == "BBC"
    ministers = next(a for a in stored[0].actors if a.name == "Ministers")
    assert ministers.country == "GBR"
