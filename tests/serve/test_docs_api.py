"""docs/api.md documents every `wzw serve` option and every limit of the API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from wiezegtwat.cli.serve import register
from wiezegtwat.serve import params

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


@pytest.fixture(scope="module")
def docs() -> str:
    return " ".join(DOCS.read_text(encoding="utf-8").split())  # line breaks are spaces


def test_docs_mention_every_serve_option(docs: str) -> None:
    app = typer.Typer(add_completion=False)
    register(app)
    command = typer.main.get_command(app)
    options = [opt for param in command.params if param.param_type_name == "option"
               for opt in param.opts]
    assert "--public" in options
    assert [opt for opt in options if opt not in docs] == []


@pytest.mark.parametrize("text", [
    f"`limit` (0–{params.MAX_LIMIT}", f"`offset` (0–{params.MAX_OFFSET:,}",
    f"at most {params.MAX_QUERY_TERMS} words and {params.MAX_QUERY_CHARS} characters",
    f"at most {params.MAX_FILTER_CHARS} characters",
    f"default {params.DEFAULT_QUERY_BUDGET:g} s", f"at most {params.MAX_SEARCHES} searches",
])
def test_docs_state_the_limits(docs: str, text: str) -> None:
    assert text in docs


def _query_names(dependant: Any) -> list[str]:
    """The query parameters of a route, its dependencies' included."""
    names = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        names += _query_names(sub)
    return names


def test_docs_name_every_route_and_query_parameter(docs: str) -> None:
    from fastapi.routing import APIRoute

    from wiezegtwat.serve.api import api
    from wiezegtwat.serve.web import router

    missing = []
    for route in [*api.routes, *router.routes]:
        assert isinstance(route, APIRoute)
        if f"{route.path}`" not in docs:
            missing.append(route.path)
        missing += [f"{route.path} {name}" for name in _query_names(route.dependant)
                    if f"`{name}`" not in docs]
    assert missing == []
