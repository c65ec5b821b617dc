"""An unwritable model cache gives the same events (the int8 graph exported to a temporary
folder), never a silent switch to fp32."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

SENTENCES = [
    "<s>Russia</s> launched missile strikes on <t>Kyiv</t> on Monday.",
    "<s>The minister</s> met <t>his Turkish counterpart</t> in Ankara.",
    "<s>Protesters</s> marched on <t>the parliament</t> demanding new elections.",
]

SCRIPT = """
import json, sys
from sitrep.settings import load_settings
from sitrep.events.classifier import EventClassifier
clf = EventClassifier.load(load_settings())
print(json.dumps({"int8": clf.int8, "backend": clf.backend, "path": str(clf._onnx_path),
                  "probs": clf.predict(json.loads(sys.argv[1]))}))
"""


def test_unwritable_cache_gives_the_same_int8_results(tmp_path, settings):
    from sitrep.events.classifier import EventClassifier

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # XDG_CACHE_HOME under a file: unwritable even for root
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(blocker / "cache"),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(ROOT / "src"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(SENTENCES)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["backend"] == "onnx" and out["int8"], out
    assert not os.path.exists(out["path"]), "the temporary export is removed at exit"
    assert "not writable" in proc.stderr  # said once, on the log
    here = EventClassifier.load(settings)
    assert here.int8
    for theirs, ours in zip(out["probs"], here.predict(SENTENCES), strict=True):
        assert theirs.keys() == ours.keys()
        assert all(abs(theirs[k] - ours[k]) < 1e-6 for k in ours)
