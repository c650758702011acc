"""The API against its own OpenAPI document: schemathesis generates the requests.

A fixed seed and a bounded number of examples per operation keep the run repeatable
and short; /api/analyse uses the fake backend of fakes.py, not Frog.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fakes import make_pipeline
from hypothesis import HealthCheck, settings
from hypothesis import seed as fixed_seed
from serve_support import build_corpus

from wiezegtwat.serve.api import create_app

MAX_EXAMPLES = 100  # per operation: about 30 s for all routes on a shared 2-core machine

# schemathesis.pytest.from_fixture does not work with pytest 9 (it reads Function._nodeid),
# so the schema is loaded at import, over a corpus in a folder removed after the module.
_FOLDER = Path(tempfile.mkdtemp(prefix="wzw-schemathesis-"))
build_corpus(_FOLDER / "wzw.db")
APP = create_app(str(_FOLDER / "wzw.db"), pipeline_factory=make_pipeline, max_body=20_000)
# A search query that FTS5 cannot run ("!!!", an unbalanced quote) is a documented 400 that
# no JSON schema can describe, so schema-valid data may also get a 400.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict({"checks": {
    "positive_data_acceptance": {"expected-statuses": ["2XX", "400", "404"]}}})
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def _remove_corpus() -> Iterator[None]:
    yield
    shutil.rmtree(_FOLDER, ignore_errors=True)


@pytest.mark.slow
@schema.parametrize()
@fixed_seed(20261204)
@settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_openapi(case: schemathesis.Case) -> None:
    case.call_and_validate()
