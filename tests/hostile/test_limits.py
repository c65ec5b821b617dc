"""The real limits live in one place (settings) and the README says the same; the byte limit
holds even where ``stat`` lies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.errors import SettingsError
from sitrep.ingest.readers import Rejected, read_file
from sitrep.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize(
    ("key", "unit"),
    [("ingest.max_bytes", "bytes"), ("ingest.max_chars", "characters"),
     ("pipeline.section_chars", "characters")],
)  # fmt: skip
def test_readme_states_the_limits_of_the_settings(key, unit):
    section, name = key.split(".")
    value = getattr(getattr(load_settings(), section), name)
    assert re.search(rf"\*\*{value:,} {unit}\*\*\s+\(`{re.escape(key)}`", README), (key, value)


def test_section_size_stays_under_the_parsers_limit(tmp_path):
    f = tmp_path / "s.toml"
    f.write_text("[pipeline]\nsection_chars = 2_000_000\n")
    with pytest.raises(SettingsError, match="section_chars"):
        load_settings(f)


def test_byte_limit_holds_where_stat_says_zero(tmp_path):
    """/proc files are regular files of size 0 with content: only a bounded read sees it."""
    proc_file = Path("/proc/self/status")
    if not proc_file.is_file():
        pytest.skip("no /proc here")
    link = tmp_path / "status.txt"
    link.symlink_to(proc_file)
    settings = load_settings().ingest.model_copy(update={"max_bytes": 64})
    [item] = list(read_file(link, settings=settings))
    assert isinstance(item, Rejected)
    assert "too large: more bytes than the limit of 64" in item.reason
