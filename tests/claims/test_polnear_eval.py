"""PolNeAR reader and per-role scoring on a tiny brat fixture (and on dev when present)."""

from __future__ import annotations

import pytest
from tests.conftest import shared_path

from sitrep.errors import EvalError
from sitrep.eval.polnear import read_polnear, score
from sitrep.text.spans import trim_span

TEXT = "Officials said “the road is open.” Later, he added that it may close."
ANN = (
    "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 34\t“the road is open.”\n"
    "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tSource 42 44\the\nT6\tCue 45 50\tadded\nT7\tContent 51 55;56 68\tthat it may close\n"
    "T8\tAttribution 45 50\tadded\nE2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
)


@pytest.fixture
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "attributions" / "a_zz99.ann").write_text(ANN, "utf-8")
    (tmp_path / "attributions" / "a_aa11.ann").write_text(ANN.split("T5")[0], "utf-8")
    return tmp_path


def test_reader_picks_first_annotator_and_fragments(split):
    (art,) = read_polnear(split)
    assert art.annotator == "aa11"
    assert len(art.attributions) == 1


def test_score_exact_and_overlap(split):
    (split / "attributions" / "a_aa11.ann").unlink()
    gold = read_polnear(split)
    assert gold[0].attributions[1].content == [(51, 55), (56, 68)]
    pred = {
        "a": [
            {"cue": {"start": 10, "end": 14}, "source": {"start": 0, "end": 9},
             "content": [{"start": 16, "end": 33}]},
            {"cue": {"start": 45, "end": 50}, "source": None,
             "content": [{"start": 51, "end": 68}]},
        ]
    }  # fmt: skip
    s = score(gold, pred)
    assert s["cue"]["exact"]["f1"] == 1.0
    assert s["source"]["exact"]["p"] == 1.0 and s["source"]["exact"]["r"] == 0.5
    # quotes trimmed: first content matches; the joined second one matches neither fragment
    assert s["content"]["exact"]["p"] == 0.5
    assert s["content"]["exact"]["r"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["content"]["overlap"]["f1"] == 1.0


def test_trim_span():
    assert trim_span(TEXT, 15, 34) == (16, 32)


def test_missing_folders_raise(tmp_path):
    with pytest.raises(EvalError, match="text/ and attributions/"):
        read_polnear(tmp_path)


def test_dev_split_reads():
    dev = shared_path("polnear", "dev")
    gold = read_polnear(dev)
    assert len(gold) == 84
    assert sum(len(g.attributions) for g in gold) > 1500


def test_cli_eval_attribution_writes_predictions(split, tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        app, ["eval", "attribution", "--polnear", str(split), "--predictions", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert '"cue"' in result.output
    import json

    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [x["file"] for x in lines] == ["a"]
    assert any(a["cue"]["text"] in ("said", "added") for a in lines[0]["attributions"])
