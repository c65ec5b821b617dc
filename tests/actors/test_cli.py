"""`sitrep actors resolve`, `sitrep eval actors` and user actor files ([actors] extra_files)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.actors.kb import ActorKB
from sitrep.cli.main import app

HERE = Path(__file__).parent
runner = CliRunner()


def test_resolve_known():
    result = runner.invoke(
        app, ["actors", "resolve", "Jean-Yves Le Drian", "--date", "2015-05-10", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert (out["country"], out["sector"], out["known"]) == ("FRA", "GOV", True)


def test_resolve_unknown_exits_1():
    result = runner.invoke(app, ["actors", "resolve", "Marcus Beam"])
    assert result.exit_code == 1
    assert "unknown" in result.output


def test_resolve_with_context():
    result = runner.invoke(app, ["actors", "resolve", "The PAN", "--context", "Mexico", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["country"] == "MEX"


def test_eval_actors_writes_predictions(tmp_path):
    out = tmp_path / "pred.jsonl"
    tsv = HERE / "officeholders_dev.tsv"
    result = runner.invoke(
        app, ["eval", "actors", "--tsv", str(tsv), "--predictions", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["country"]["n"] > 100 and 0.0 <= scores["sector"]["accuracy"] <= 1.0
    first = json.loads(out.read_text().splitlines()[0])
    assert set(first) == {"row", "country", "sector"}


def test_eval_actors_bad_file(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n")
    result = runner.invoke(app, ["eval", "actors", "--tsv", str(bad)])
    assert result.exit_code != 0


def test_user_tsv_people_file(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text(
        "name\taliases\tcountry\tsector\toffice\tstart\tend\n"
        "Halvard Brennick\tBrennick\tNOR\tGOV\tGovernor of Nordland\t2021-01-01\t2024-12-31\n",
        encoding="utf-8",
    )
    kb = ActorKB(files=[f])
    res = kb.resolve("Governor Halvard Brennick", date=dt.date(2022, 5, 1))
    assert res is not None and (res.country, res.sector) == ("NOR", "GOV")
    assert kb.resolve("Brennick", date=dt.date(2025, 5, 1)).sector == "ELI"


def test_user_yaml_orgs_file(tmp_path):
    f = tmp_path / "orgs.yaml"
    f.write_text(
        "- name: Northern Valley Farmers Union\n  aliases: [NVFU]\n  country: CAN\n  sector: AGR\n",
        encoding="utf-8",
    )
    kb = ActorKB(files=[f])
    res = kb.resolve("NVFU", date=dt.date(2022, 5, 1))
    assert res is not None and (res.country, res.sector) == ("CAN", "AGR")


def test_extra_files_from_settings(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("name\taliases\tcountry\tsector\nQuillon Harbour Authority\t\tNZL\tGOV\n")
    settings = tmp_path / "s.toml"
    settings.write_text(f'[actors]\nextra_files = ["{f}"]\n')
    result = runner.invoke(
        app,
        ["actors", "resolve", "Quillon Harbour Authority", "--settings", str(settings), "--json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["country"] == "NZL"
