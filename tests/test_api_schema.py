"""The API keeps its OpenAPI contract: a bounded Schemathesis run over /openapi.json (every GET route, valid and
invalid parameters) finds no 5xx, no undocumented status, no body or header that breaks the schema."""
from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from webdata import client, web_settings  # noqa: F401 - fixtures

# What JSON Schema cannot say, so a request that fits the schema may still be refused, as documented: the search
# language (a query of excluded words only, "-rusia", is a 400), a calendar (2023-02-31 is a 422) and an order
# between two parameters (since after until is a 422), a count across parameters (1 to 5 attention series).
UNSPEAKABLE = {path: [checks.positive_data_acceptance]
               for path in ("/api/search", "/api/events", "/api/disputes", "/api/attention")}
EXAMPLES = 12  # per operation and mode (valid, invalid parameters): about 300 requests, well under a minute


def _check(operation: schemathesis.APIOperation, mode: schemathesis.GenerationMode) -> None:
    """Cases of one operation: each answered without a 5xx and as its schema says (status, body, headers)."""
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(excluded_checks=UNSPEAKABLE.get(operation.path, []))

    check()


@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
def test_api_schema_holds(client: TestClient, mode: schemathesis.GenerationMode) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        _check(operation, mode)


def test_api_schema_documents_the_problem_body(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    events = spec["paths"]["/api/events"]["get"]["responses"]
    assert events["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Problem")
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    assert spec["paths"]["/api/events/{event_id}"]["get"]["responses"]["404"]["content"]
    assert spec["paths"]["/api/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
