"""`wzw serve` refuses to listen beyond loopback unless told --public, and then says so."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from wiezegtwat.cli import serve as cli_serve

runner = CliRunner()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    seen: list[dict] = []
    monkeypatch.setattr(cli_serve, "serve", lambda db, **kw: seen.append({"db": db, **kw}))
    return seen


@pytest.fixture
def app() -> typer.Typer:
    built = typer.Typer()
    cli_serve.register(built)
    built.command(name="noop", hidden=True)(lambda: None)  # keep "serve" a subcommand
    return built


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_serve_non_loopback_needs_public(app: typer.Typer, calls: list[dict],
                                         host: str) -> None:
    result = runner.invoke(app, ["serve", "--db", "x.db", "--host", host])
    assert result.exit_code == 1
    assert f"--host {host} is reachable from other machines" in result.output
    assert "add --public" in result.output
    assert calls == []


def test_serve_public_warns_what_it_exposes(app: typer.Typer, calls: list[dict]) -> None:
    result = runner.invoke(app, ["serve", "--db", "x.db", "--host", "0.0.0.0", "--public"])
    assert result.exit_code == 0, result.output
    assert "reachable from other machines, without authentication" in result.output
    assert "store" in result.output and "exports" in result.output
    assert [c["host"] for c in calls] == ["0.0.0.0"]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_serve_loopback_needs_nothing(app: typer.Typer, calls: list[dict], host: str) -> None:
    result = runner.invoke(app, ["serve", "--db", "x.db", "--host", host])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    assert [c["host"] for c in calls] == [host]
