"""Property test over the OpenAPI schema (schemathesis): no request the schema allows gets a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newscheck.config import ServeSettings, Settings
from newscheck.pipeline import analyze
from newscheck.server import create_app


@pytest.fixture(scope="module")
def app(tmp_path_factory, seed_000, seed_001):
    url = f"sqlite:///{tmp_path_factory.mktemp('schema') / 'schema.db'}"
    analyze([str(seed_000), str(seed_001)], Settings(db_url=url, workers=1, progress=False))
    serve = ServeSettings(allowed_hosts=("127.0.0.1", "localhost", "testserver"), reads_per_minute=0, writes_per_minute=0)
    return create_app(Settings(db_url=url, progress=False, serve=serve))


def test_no_request_the_schema_allows_gets_a_server_error(app):
    """Every GET operation (reads, the job status and its events, the graph), 25 generated requests each."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(method="GET")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        if operation.path.endswith("/events"):  # a stream: checked by the API tests, not by generated cases
            continue

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            case.call_and_validate(checks=[not_a_server_error])

        check()
