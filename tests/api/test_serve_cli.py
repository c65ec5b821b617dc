"""``sitrep serve`` as a command: a real process on 127.0.0.1 over a copy of the demo store."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.api.conftest import copy_store
from tests.conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, **headers: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_serve_answers_api_and_dashboard(store_dir, tmp_path):
    db = copy_store(store_dir, tmp_path)
    port = _free_port()
    env = {**os.environ, "SITREP_TOKEN": "", "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli.main", "serve", "--db", str(db), "--port", str(port),
         "--settings", str(ROOT / "examples" / "sitrep.toml")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _get(base + "/openapi.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read() if proc.stdout else ""
                    raise AssertionError(f"sitrep serve did not start: {out}") from None
                time.sleep(0.2)
        assert status == 200 and json.loads(body)["info"]["title"] == "sitrep"
        status, body = _get(base + "/api/events?limit=5")
        assert status == 200 and len(json.loads(body)["items"]) == 5
        status, body = _get(base + "/api/report")
        assert status == 200 and json.loads(body)["articles"] == 15
        status, body = _get(base + "/")
        assert status == 200 and b"Situation overview" in body
        # read-only without a token: the write endpoints answer 401
        request = urllib.request.Request(
            base + "/api/code", data=b'{"text": "x"}', method="POST",
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        try:
            urllib.request.urlopen(request, timeout=30)
            raise AssertionError("POST /api/code answered without a token")
        except urllib.error.HTTPError as e:
            assert e.code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_a_missing_store_is_one_clear_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep.cli.main", "serve", "--db", str(tmp_path / "nope.duckdb")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert proc.returncode == 5, proc.stderr  # a store error (README: exit codes)
    message = " ".join(proc.stderr.split())  # rich wraps long paths at the terminal width
    assert "does not exist" in message and "Traceback" not in message
