"""docs/api.md documents every `wzw serve` option and every limit of the API."""

from __future__ import annotations

from pathlib import Path

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
