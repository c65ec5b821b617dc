"""The real-news actor scorer: matching and error kinds on small written cases, and the dev file.

The written cases are tiny original texts with hand-made actor records (the scorer's input), so
the matching logic is checked without the pipeline; the pipeline itself is scored by
``sitrep eval actors --news`` and ``bench/bench_actors_news.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import ROOT, shared_path

from sitrep.errors import EvalError
from sitrep.eval.actors_news import (
    GoldMention,
    error_kind,
    load_article,
    match_actor,
    parse_row,
    read_devset,
    score_articles,
)
from sitrep.records import Actor, Mention

DEVSET = ROOT / "bench" / "devsets" / "news_actors.jsonl"

# "Senator Ada Brill told the Harbour Post that a red line had been crossed in Lisbon."
TEXT = "Senator Ada Brill told the Harbour Post that a red line had been crossed in Lisbon."


def gold(text: str, **labels: object) -> GoldMention:
    start = TEXT.index(text)
    base: dict[str, object] = {
        "id": f"t{start}",
        "source": "written.txt",
        "start": start,
        "end": start + len(text),
        "text": text,
        "date": "2020-01-01",
        "split": "dev",
        "actor": True,
        "country": None,
        "sector": None,
        "kind": "person",
        "wikidata": None,
    }
    base.update(labels)
    return parse_row(base, path=Path("written"), n=1)


def record(xid: str, text: str, **fields: object) -> Actor:
    start = TEXT.index(text)
    return Actor(
        id=xid,
        name=str(fields.pop("name", text)),
        mentions=[Mention(start=start, end=start + len(text), text=text)],
        **fields,  # type: ignore[arg-type]
    )


BRILL = dict(country="PRT", sector="LEG", kind="person", wikidata="NIL")


def test_overlap_picks_the_record_covering_the_span_most():
    records = [
        record("x1", "Senator", kind="person", sector="LEG"),
        record("x2", "Ada Brill", kind="person", country="PRT", sector="LEG"),
    ]
    assert match_actor(gold("Senator Ada Brill", **BRILL), records).id == "x2"
    # an exact span wins over a wider overlap of the same length elsewhere
    assert match_actor(gold("Senator", **BRILL), records).id == "x1"


def test_a_possessor_inside_a_non_actor_phrase_is_not_that_phrase():
    """ "a red line" is no actor; a record for a word inside it other than its head (here a
    possessor-like "red") is someone else's mention, not junk; one for the head is junk."""
    records = [record("x1", "red", kind="group"), record("x2", "line", kind="group")]
    non_actor = {"actor": False, "kind": None, "origin": "np"}
    assert match_actor(gold("a red line", **non_actor), records[:1]) is None
    assert match_actor(gold("a red line", **non_actor), records).id == "x2"


def test_no_overlap_no_match():
    records = [record("x1", "Harbour Post", kind="org", sector="JRN")]
    assert match_actor(gold("Ada Brill", **BRILL), records) is None


@pytest.mark.parametrize(
    ("labels", "fields", "expected"),
    [
        # right on every field, no QID because the gold says the KB does not know her
        (BRILL, dict(kind="person", country="PRT", sector="LEG"), None),
        # a famous namesake: a QID where the gold says NIL
        (
            BRILL,
            dict(kind="person", country="PRT", sector="LEG", wikidata="Q1"),
            "namesake mislink",
        ),
        (BRILL, dict(kind="state", country="PRT"), "person -> state"),
        (BRILL, dict(kind="person", sector="LEG"), "no country (person)"),
        (BRILL, dict(kind="person", country="ESP", sector="LEG"), "wrong country"),
        (BRILL, dict(kind="person", country="PRT", sector="JRN"), "wrong sector"),
        (dict(BRILL, wikidata="Q99"), dict(kind="person", country="PRT", sector="LEG"), "no QID"),
    ],
)
def test_error_kinds_of_an_actor(labels, fields, expected):
    g = gold("Ada Brill", **labels)
    assert error_kind(g, record("x1", "Ada Brill", **fields)) == expected


def test_missed_actor():
    assert error_kind(gold("Ada Brill", **BRILL), None) == "missed person"


def test_non_actors_and_places():
    red = gold("a red line", actor=False, kind=None, origin="np")
    assert error_kind(red, None) is None
    assert error_kind(red, record("x1", "a red line", kind="group")) == "NP as actor"
    post = gold("Harbour Post", actor=False, kind=None, origin="ent:ORG")
    assert error_kind(post, record("x3", "Harbour Post", kind="org")) == "ORG non-actor as actor"
    lisbon = gold("Lisbon", actor=False, kind="place", country="PRT")
    assert error_kind(lisbon, record("x2", "Lisbon", kind="place", country="PRT")) is None
    assert error_kind(lisbon, record("x2", "Lisbon", kind="state", country="PRT")) == (
        "place as actor (state)"
    )


def test_a_bare_state_accepts_gov_or_no_sector():
    state = gold("Lisbon", kind="state", country="PRT")
    assert error_kind(state, record("x1", "Lisbon", kind="state", country="PRT")) is None
    assert (
        error_kind(state, record("x1", "Lisbon", kind="state", country="PRT", sector="GOV")) is None
    )


def test_summary_keeps_coverage_precision_and_junk_apart():
    golds = [
        gold("Ada Brill", **BRILL),
        gold("Harbour Post", kind="org", country="PRT", sector="JRN", wikidata=None),
        gold("a red line", actor=False, kind=None, origin="np"),
        gold("Lisbon", actor=False, kind="place", country="PRT"),
    ]
    records = [
        record("x1", "Ada Brill", kind="person", country="PRT", sector="GOV"),
        record("x2", "a red line", kind="group"),
    ]
    result = score_articles(golds, {"written.txt": records})
    s = result.summary()
    assert s["gold_actors"] == 2 and s["covered"] == 1
    assert s["coverage"] == 0.5
    assert s["precision"]["country"] == 1.0 and s["precision"]["sector"] == 0.0
    assert s["precision"]["qid"] == 1.0 and s["precision"]["qid_n"] == 1
    assert s["junk_rate"] == 1.0 and s["non_actors"] == 1
    assert s["places"] == 1 and s["places_as_actors"] == 0.0
    assert dict(result.error_counts()) == {"wrong sector": 1, "missed org": 1, "NP as actor": 1}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "city"}, "kind"),
        ({"actor": "yes"}, "actor"),
        ({"wikidata": "Barack Obama"}, "wikidata"),
        ({"split": "train"}, "split"),
        ({"start": 9, "end": 3}, "offsets"),
        ({"country": "usa"}, "country"),
    ],
)
def test_malformed_rows_are_refused(change, message):
    row = {
        "id": "t1",
        "source": "written.txt",
        "start": 0,
        "end": 7,
        "text": "Senator",
        "date": None,
        "split": "dev",
        "actor": True,
        "country": None,
        "sector": "LEG",
        "kind": "person",
        "wikidata": None,
    }
    row.update(change)
    with pytest.raises(EvalError, match=message):
        parse_row(row, path=Path("written"), n=1)


# --------------------------------------------------------------------------- the dev file


def test_devset_is_well_formed_and_large_enough():
    rows = read_devset(DEVSET, split=None)
    assert len(rows) >= 300
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids))
    assert all(r.date is not None for r in rows)
    by_article: dict[str, set[str]] = {}
    for r in rows:
        by_article.setdefault(r.source, set()).add(r.split)
    # split by article: no article in both splits, and about a quarter of them in test
    assert all(len(s) == 1 for s in by_article.values())
    test_share = sum("test" in s for s in by_article.values()) / len(by_article)
    assert 0.2 <= test_share <= 0.3
    kinds = Counter(r.kind for r in rows if r.actor)
    assert kinds["person"] and kinds["org"] and kinds["state"] and kinds["group"]
    assert sum(not r.actor for r in rows) >= 0.25 * len(rows)
    assert sum(r.wikidata == "NIL" for r in rows) >= 20  # people the KB does not know


def test_devset_file_has_no_unannotated_rows():
    for n, line in enumerate(DEVSET.read_text(encoding="utf-8").splitlines(), 1):
        assert json.loads(line)["actor"] is not None, f"row {n} is not annotated"


def test_devset_offsets_hold_the_surface_text():
    data = shared_path()
    rows = read_devset(DEVSET, split=None)
    texts: dict[str, str] = {}
    for r in rows:
        if r.source not in texts:
            texts[r.source] = load_article(r.source, data_root=data)[0]
        assert texts[r.source][r.start : r.end] == r.text, r.id


# --------------------------------------------------------------------------- the CLI


def test_cli_needs_exactly_one_gold_file():
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    result = CliRunner().invoke(app, ["eval", "actors"])
    # main() turns an EvalError into exit code 6; the bare app raises it
    assert isinstance(result.exception, EvalError)
    assert "--news" in str(result.exception)


def test_cli_news_codes_the_article_and_writes_predictions(tmp_path):
    """End to end on a written article: the real pipeline codes it, every gold row is scored."""
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    (tmp_path / "written.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {**gold("Ada Brill", **BRILL).__dict__, "date": "2020-01-01"},
        {**gold("a red line", actor=False, kind=None, origin="np").__dict__, "date": "2020-01-01"},
        {**gold("Lisbon", actor=False, kind="place", country="PRT").__dict__, "date": "2020-01-01"},
    ]
    devset = tmp_path / "news.jsonl"
    devset.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    args = ["eval", "actors", "--news", str(devset), "--data", str(tmp_path), "--json"]
    result = CliRunner().invoke(app, [*args, "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    assert (summary["articles"], summary["gold_actors"], summary["non_actors"]) == (1, 1, 1)
    assert summary["places"] == 1 and summary["split"] == "dev"
    preds = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["id"] for p in preds] == [r["id"] for r in rows]
    # the written senator is found: some record overlaps her name
    assert preds[0]["actor"] is not None
