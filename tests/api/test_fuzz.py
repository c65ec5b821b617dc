"""API fuzzing: schemathesis generates requests from /openapi.json; no answer may be a 5xx.

Bounded and deterministic (a few examples per operation, derandomized), over a read-only copy
of the demo store: the write endpoints answer 401 there, so no generated text is coded.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402
from tests.api.conftest import copy_store  # noqa: E402

#: Examples per operation: enough to reach every parameter's edges, small enough for CI.
MAX_EXAMPLES = 12
#: schemathesis' coverage phase: boundary and invalid values of every parameter.
COVERAGE_PHASE = True


@pytest.fixture(scope="module")
def api_schema(store_dir, demo_settings, tmp_path_factory):
    from sitrep.api import create_app

    app = create_app(copy_store(store_dir, tmp_path_factory.mktemp("fuzz")), settings=demo_settings)
    config = SchemathesisConfig.from_dict({"phases": {"coverage": {"enabled": COVERAGE_PHASE}}})
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: "
        f"{response.text[:500]}"
    )
    if case.path.startswith("/api") and response.status_code >= 400:
        body = response.json()
        assert body["error"], body  # a message, naming the parameter where one is at fault
