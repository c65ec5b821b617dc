"""Fixtures for ``sitrep serve``: a store coded once per session from the demo dispatches.

The store holds the examples/ dispatches plus one article of ours whose text carries HTML and
a ``<script>``, to check that the dashboard shows untrusted text as text.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'sitrep[web]'")

from tests.conftest import EXAMPLES  # noqa: E402

TOKEN = "test-token-7f3a"
#: An article of ours whose text is hostile markup: it must show as text, never run.
HOSTILE_TEXT = (
    'Valdoria said on Friday that Kestria had shelled the village of Dren. <script>window.__pwned = 1; alert("x")</script> '
    '<img src=x onerror="window.__pwned = 2"> Kestria denied firing on Dren.\n'
)
HOSTILE_META = (
    '{"published": "2025-03-10", "outlet": "Test <b>Wire</b>", "title": "<i>Hostile</i> markup"}'
)


@pytest.fixture(scope="session")
def demo_settings():
    from sitrep.settings import load_settings

    return load_settings(str(EXAMPLES / "sitrep.toml"))


@pytest.fixture(scope="session")
def demo_coder(demo_settings):
    from sitrep.pipeline import Coder

    return Coder(demo_settings, settings_path=str(EXAMPLES / "sitrep.toml"))


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory, demo_coder) -> Path:
    """A folder with ``demo.duckdb``: the demo dispatches and the hostile article, coded once."""
    from sitrep.run import ingest
    from sitrep.store import Store

    folder = tmp_path_factory.mktemp("api-store")
    extra = folder / "extra"
    extra.mkdir()
    (extra / "hostile.txt").write_text(HOSTILE_TEXT, "utf-8")
    (extra / "hostile.meta.json").write_text(HOSTILE_META, "utf-8")
    with Store(folder / "demo.duckdb") as store:
        outcomes = list(ingest([EXAMPLES, extra], store=store, coder=demo_coder))
    stored = [o for o in outcomes if o.status == "stored"]
    assert len(stored) == 15, [(o.status, o.where, o.reason) for o in outcomes]
    return folder


def copy_store(store_dir: Path, dest: Path) -> Path:
    """A private copy of the session store (a test that writes, or another open mode)."""
    target = dest / "copy.duckdb"
    shutil.copy(store_dir / "demo.duckdb", target)
    return target


@pytest.fixture(scope="session")
def app(store_dir, demo_settings, demo_coder):
    """The app over the session store, with a token (so the POST endpoints work)."""
    from sitrep.api import create_app

    return create_app(
        store_dir / "demo.duckdb", settings=demo_settings,
        settings_path=str(EXAMPLES / "sitrep.toml"), token=TOKEN, coder=demo_coder,
    )  # fmt: skip


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def hostile_id() -> str:
    from sitrep.ingest.article import article_id

    return article_id(HOSTILE_TEXT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(app) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 (for the browser)."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start on 127.0.0.1")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
